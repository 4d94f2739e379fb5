"""Ingestion of real PDFs (../shared/realdocs), broken files, HTML and DOCX."""

from pathlib import Path

import pytest

from qa.errors import ParseError
from qa.parse import load_corpus, parse_file
from tests.conftest import REALDOCS

BOARDPAPERS = Path(__file__).resolve().parent / "data" / "boardpapers"


def rows_of(doc):
    return [(b.page, b.table) for b in doc.blocks if b.kind == "table"]


def test_warn_report_table_continues_over_pages_with_the_page_one_header():
    doc = parse_file(REALDOCS / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "warn.pdf")
    tables = rows_of(doc)
    page2 = [t for page, t in tables if page == 2]
    assert page2, "page 2 has a table"
    assert page2[0].headers == ("Notice Date", "Effective", "Received", "Company", "City", "No. Of", "Layoff/Closure")
    minno = [r for _, t in tables for r in t.rows if r[3] == "Minno, Inc."]
    assert minno == [("07/20/2015", "09/18/2015", "07/21/2015", "Minno, Inc.", "San Francisco", "255", "Closure Permanent")]
    # the summary table starting at the foot of page 15 continues on page 16 with its own header
    p16 = [t for page, t in tables if page == 16]
    assert p16 and p16[0].headers[0] == "Summary by Month" and p16[0].rows[0][0] == "September 2015"


def test_a_two_row_header_printed_again_on_the_next_page_is_not_read_as_rows():
    # a helper's paper (tests/data/trial19): Table 1 runs onto page 2 and Table 3 onto page 3,
    # each printing its two header rows again there
    path = Path(__file__).resolve().parent / "data" / "trial19" / "t19_cuh_integrated_performance_report.pdf"
    tables = rows_of(parse_file(path, path.name))
    ed = [(page, t) for page, t in tables if t.title.startswith("Table 1:")]
    assert [r[0] for _, t in ed for r in t.rows] == ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25", "Standard"]
    assert {page for page, _ in ed} == {1, 2} and all(t.headers == ed[0][1].headers for _, t in ed)
    rtt = [r[0] for _, t in tables if t.title.startswith("Table 3:") for r in t.rows]
    assert "Specialty" not in rtt and rtt[-1] == "Trust total" and "Gastroenterology" in rtt


def test_nics_rows_merged_into_one_cell_are_split_back():
    doc = parse_file(REALDOCS / "nics-background-checks-2015-11.pdf", "nics.pdf")
    rows = [r for _, t in rows_of(doc) for r in t.rows]
    alabama = [r for r in rows if r[0] == "Alabama"]
    assert alabama and alabama[0][1] == "18,870"
    assert any(r[0] == "California" for r in rows) and not any("\n" in c for r in rows for c in r)


@pytest.mark.parametrize(
    "name,reason",
    [("empty.pdf", "empty file"), ("password-example.pdf", "encrypted")],
)
def test_broken_pdfs_raise_a_readable_reason(name, reason):
    with pytest.raises(ParseError, match=reason):
        parse_file(REALDOCS / name, name)


def test_every_realdoc_is_parsed_or_skipped_with_a_reason(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in REALDOCS.glob("*.pdf"):
        (corpus / p.name).write_bytes(p.read_bytes())
    docs, skipped = load_corpus(corpus)
    assert {s.path for s in skipped} == {"empty.pdf", "password-example.pdf"}
    assert {d.name for d in docs} >= {
        "WARN-Report-for-7-1-2015-to-03-25-2016.pdf",
        "nics-background-checks-2015-11.pdf",
        "senate-expenditures.pdf",
        "la-precinct-bulletin-2014-p1.pdf",
        "malformed-from-issue-932.pdf",
    }


def test_bad_files_are_skipped_and_good_ones_kept(tmp_path):
    c = tmp_path / "c"
    c.mkdir()
    (c / "good.md").write_text("# Good\n\nA fine paragraph.\n")
    (c / "junk.md").write_bytes(b"\x00\x01\x02binary\xff" * 50)
    (c / "empty.pdf").write_bytes(b"")
    (c / "fake.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (c / "notes.xyz").write_text("unknown type")
    (c / "latin1.txt").write_bytes("Caf\xe9 budget was \xa35".encode("latin-1"))
    with (c / "huge.txt").open("w") as f:  # 50 MB of text
        line = "A line of an enormous export that nobody should index in one piece.\n"
        f.write(line * (50_000_000 // len(line) + 1))
    docs, skipped = load_corpus(c)
    assert sorted(d.name for d in docs) == ["good.md", "latin1.txt"]
    reasons = {s.path: s.reason for s in skipped}
    assert "binary" in reasons["junk.md"] and "empty" in reasons["empty.pdf"]
    assert "unsupported" in reasons["notes.xyz"] and "PDF" in reasons["fake.pdf"] and "too large (50 MB" in reasons["huge.txt"]
    assert "£5" in docs[1].blocks[0].text


def test_html_page_headings_paragraphs_and_table(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Board paper</title><script>alert(1)</script></head><body>"
        "<nav>menu</nav><h1>Spending</h1><p>The board met.</p>"
        "<table><caption>Costs 24-25</caption><tr><th>Service</th><th>Cost</th></tr>"
        "<tr><td>Falls</td><td>£5</td></tr></table><ul><li>First point</li></ul></body></html>"
    )
    doc = parse_file(page, "p.html")
    assert doc.source.title == "Board paper"
    text = [b for b in doc.blocks if b.kind == "text"]
    (table,) = [b.table for b in doc.blocks if b.kind == "table"]
    assert [t.text for t in text] == ["The board met.", "First point"] and text[0].heading_path == ("Spending",)
    assert table.title == "Costs 24-25" and table.rows == (("Falls", "£5"),)


def test_docx_headings_paragraphs_and_table(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "HWB paper"
    d.add_heading("Priority 1", level=1)
    d.add_paragraph("We invested in prevention.")
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Activity", "Cost"
    t.rows[1].cells[0].text, t.rows[1].cells[1].text = "Falls", "£5"
    path = tmp_path / "p.docx"
    d.save(path)
    doc = parse_file(path, "p.docx")
    assert doc.source.title == "HWB paper"
    (table,) = [b.table for b in doc.blocks if b.kind == "table"]
    assert table.title == "Priority 1" and table.headers == ("Activity", "Cost") and table.rows == (("Falls", "£5"),)


def test_docx_cells_merged_across_header_rows_and_columns_give_header_paths(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Budget monitoring", level=1)
    t = d.add_table(rows=5, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Service"  # printed once over both header rows
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2025-26"  # over Budget and Variance
    t.cell(0, 3).text = "Quarter 1"
    for j, h in enumerate(("Budget", "Variance", "Variance"), 1):
        t.cell(1, j).text = h
    for i, row in enumerate((("Adults", "", "", ""), ("Older people", "98", "2.8", "2.1"), ("Adults subtotal", "98", "2.8", "2.1")), 2):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    path = tmp_path / "m.docx"
    d.save(path)
    (table,) = [b.table for b in parse_file(path, "m.docx").blocks if b.kind == "table"]
    assert table.headers == ("Service", "2025-26 › Budget", "2025-26 › Variance", "Quarter 1 › Variance")
    assert table.rows[0] == ("Older people", "98", "2.8", "2.1") and table.groups[0] == "Adults"


def test_html_cells_spanning_header_rows_and_columns_give_header_paths(tmp_path):
    # the trial's defect: "Service" spanning two header rows pushed the second row's headers one
    # column left, so "Budget £000" headed the label column and the year's three columns read
    # "2025-26", "2025-26 (2)", "2025-26 (3)"
    page = tmp_path / "m.html"
    page.write_text(
        "<table><thead><tr><th rowspan='2'>Service</th><th colspan='2'>2025-26</th><th>Quarter 1</th></tr>"
        "<tr><th>Budget</th><th>Variance</th><th>Variance</th></tr></thead><tbody>"
        "<tr><th colspan='4'>Adults</th></tr><tr><td>Older people</td><td>98</td><td>2.8</td><td>2.1</td></tr>"
        "<tr><td>Adults subtotal</td><td>98</td><td>2.8</td><td>2.1</td></tr></tbody></table>"
    )
    (table,) = [b.table for b in parse_file(page, "m.html").blocks if b.kind == "table"]
    assert table.headers == ("Service", "2025-26 › Budget", "2025-26 › Variance", "Quarter 1 › Variance")
    assert table.rows[0] == ("Older people", "98", "2.8", "2.1") and table.groups[0] == "Adults"


def test_pdf_page_with_narrow_word_gaps_keeps_its_spaces():
    # the trial's defect: the Senate PDF's words ran together ("BAIN,JMATTHEW DISTRICTDIRECTOR")
    # under pdfplumber's usual tolerance, so its names and jobs could not be found
    doc = parse_file(REALDOCS / "senate-expenditures.pdf", "senate-expenditures.pdf")
    text = " ".join(b.text for b in doc.blocks if b.kind == "text") + " ".join(
        " ".join(r) for b in doc.blocks if b.table for r in b.table.rows
    )
    assert "BAIN, J MATTHEW" in text and "DISTRICT DIRECTOR" in text and "DISTRICTDIRECTOR" not in text


def test_sources_json_gives_titles_dates_and_links(tmp_path):
    import json

    c = tmp_path / "c"
    c.mkdir()
    (c / "a.md").write_text("Para.\n")
    (c / "sources.json").write_text(json.dumps({"a.md": {"title": "Plan A", "date": "2025", "url": "https://example.org/a"}}))
    (doc,), _ = load_corpus(c)
    assert (doc.source.title, doc.source.date, doc.source.url) == ("Plan A", "2025", "https://example.org/a")


def test_a_running_header_atop_every_page_is_neither_a_heading_nor_a_paragraph():
    # "Appendix M" is printed in the top margin of all 20 pages; only its first printing heads anything
    doc = parse_file(BOARDPAPERS / "kcc-treasury-management-strategy-2025-26.pdf", "tms.pdf")
    texts = [b for b in doc.blocks if b.kind == "text"]
    under = next(b for b in texts if b.text.startswith("41. The Council is currently maintaining an under-borrowed"))
    assert under.heading_path[-1] == "Strategy"
    assert sum(b.heading_path[-1:] == ("Appendix M",) for b in doc.blocks) < 5
    assert not any(b.text == "Appendix M" for b in texts)


LAYOUT = Path(__file__).resolve().parent / "data" / "layout"


def test_pdf_table_printed_without_rules_is_read_as_a_table():
    # tests/data/layout/make_borderless.py: two tables with no grid (a rule under the header and
    # over the total, or none at all), a group header over three columns, group rows, blanks
    doc = parse_file(LAYOUT / "borderless.pdf", "borderless.pdf")
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert [t.title for t in tables] == ["Table 1: Revenue forecast by service (£m)", "Table 2: NHS 111 performance by month"]
    budget, months = tables
    assert budget.headers == (
        "Service",
        "2025-26 › Budget",
        "2025-26 › Forecast",
        "2025-26 › Variance",
        "2024-25 › Outturn",
        "2024-25 › Variance",
    )
    assert ("Home care", "41.5", "40.2", "(1.3)", "39.0", "(0.4)") in budget.rows
    assert ("Early help", "12.3", "11.9", "(0.4)", "n/a", "") in budget.rows
    assert budget.groups[budget.rows.index(("Home care", "41.5", "40.2", "(1.3)", "39.0", "(0.4)"))] == "Adult social care"
    assert months.headers == ("Measure", "Jul", "Aug", "Sep", "Standard")
    assert ("Calls abandoned (%)", "3.2", "2.1", "4.0", "3") in months.rows
    texts = " ".join(b.text for b in doc.blocks if b.table is None)
    assert "missed the call answering standard in every month of the quarter." in texts  # the sentence above a table stays whole
    assert "1,204" not in texts and "Residential care" not in texts


def test_pdf_borderless_headers_of_dates_group_bands_and_centred_wrapped_cells():
    # tests/data/layout/make_dated.py: headers naming dates ("31 Mar 2024", whose day and year are
    # not a row's figures), a group row with a figure in its label, a band over columns of periods,
    # and labels wrapped around cells set in the middle of their row
    doc = parse_file(LAYOUT / "dated.pdf", "dated.pdf")
    people, fees, savings = [b.table for b in doc.blocks if b.table is not None]
    assert people.headers == (
        "Service type",
        "Number of people at › 31 Mar 2024",
        "Number of people at › 31 Mar 2025",
        "Number of people at › 30 Sep 2025",
        "Change since › 31 Mar 2025",
    )
    assert ("Shared lives", "118", "124", "121", "(3)") in people.rows  # the run goes on past "(18 to 64)"
    assert people.groups[people.rows.index(("Shared lives", "118", "124", "121", "(3)"))] == "Working age adults (18 to 64)"
    assert fees.title == "Table 2: Standard fee rates"
    assert fees.headers[2:4] == ("Rate (£) › 2024-25", "Rate (£) › 2025-26")
    assert ("Home care", "per hour", "23.40", "24.85", "6.2%") in fees.rows
    assert ("Review of high-cost learning disability packages", "S02", "1,850", "910", "Green") in savings.rows
    assert ("Recovery of unspent direct payment balances", "S04", "900", "720", "Green") in savings.rows
    assert len(savings.rows) == 5


def test_pdf_table_boxed_by_columns_is_read_from_word_positions():
    # Kent's March budget update prints its summary inside ruled boxes around groups of columns
    # (each box one cell of many lines), with the row labels between them
    doc = parse_file(BOARDPAPERS / "kcc-budget-update-2025-26-march.pdf", "budget-update.pdf")
    tables = [b.table for b in doc.blocks if b.table is not None]
    first = tables[0]
    assert first.headers[1:4] == ("2024-25 › Core", "2024-25 › External", "2024-25 › Total")
    assert ("Pay", "10,798.4", "505.1", "11,303.5", "21,845.7", "626.9", "22,472.6") in first.rows
    funding = tables[-1]
    assert ("Social Care Grant", "", "", "117,046.1", "", "", "137,143.6") in funding.rows
