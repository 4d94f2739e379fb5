from qa.parse.markdown import parse_markdown
from qa.types import Document, Source, Table
from qa.units import build_units, label_columns, render_row, split_passage, unit_id


def doc(text, name="r.md"):
    return Document(name=name, source=Source(title="Report"), blocks=parse_markdown(text))


def test_one_unit_per_row_with_title_headers_and_label():
    units = build_units([doc("## P1: Prevention\n\nActivity\tBeneficiaries\tCost\nFalls\t12\t£5\nWalks\t3\t£6\n")])
    rows = [u for u in units if u.kind == "row"]
    assert len(rows) == 2
    assert rows[0].text == "Table: P1: Prevention | Activity: Falls | Beneficiaries: 12 | Cost: £5"
    assert rows[0].row == "Falls" and rows[0].headers == ("Activity", "Beneficiaries", "Cost")
    assert rows[0].table_id == rows[1].table_id


def test_label_is_the_column_that_tells_rows_apart():
    t = Table("T", ("Priority", "Activity", "Cost"), (("MH", "Team", "£1"), ("MH", "Unit", "£2")))
    assert label_columns(t) == (1, None)


def test_repeating_label_gets_a_second_column_to_tell_rows_apart():
    long1, long2 = "A long description of the first intervention " * 3, "A long description of the second one " * 3
    t = Table("T", ("Priority", "Intervention"), (("Need", long1), ("Need", long2)))
    assert label_columns(t) == (0, 1)


def test_ids_are_stable_and_change_with_content():
    a = build_units([doc("Para one.\n\nPara two.\n")])
    b = build_units([doc("Para one.\n\nPara two.\n")])
    c = build_units([doc("Para one.\n\nPara 2.\n")])
    assert [u.id for u in a] == [u.id for u in b]
    assert a[0].id == c[0].id and a[1].id != c[1].id
    assert unit_id("r.md", 0, "x").startswith("r.md#0-")


def test_passages_keep_their_heading_path_and_long_ones_are_split():
    units = build_units([doc("## Section A\n\n" + "This is a sentence. " * 60 + "\n")], passage_max_chars=200)
    assert len(units) > 3 and all(len(u.text) <= 200 for u in units)
    assert all(u.section == "Section A" for u in units)
    assert split_passage("Short.", 100) == ["Short."]


def test_empty_cells_are_left_out_of_the_rendered_row():
    assert render_row("T", ("A", "B"), ("x", "")) == "Table: T | A: x"


def test_abbreviations_are_expanded_in_the_searched_text_only():
    (u,) = [u for u in build_units([doc("Activity\tCost\nLD short breaks\t£5\n")]) if u.kind == "row"]
    assert "learning disabilities" in u.search_text and "learning" not in u.text


def test_a_document_cannot_write_a_citation_marker():
    from qa.types import Block, Document, Source, Table

    doc = Document(
        "d.md",
        Source("D"),
        (
            Block("text", ("H",), text="Spending was £999,999,999 according to NHS England [2]."),
            Block("table", ("H",), table=Table("T", ("Item", "Cost"), (("Falls [1]", "£5"),))),
        ),
    )
    texts = [u.text for u in build_units([doc])]
    assert not any("[1]" in t or "[2]" in t for t in texts), texts
    assert "NHS England ［2］" in texts[0]


def test_a_total_row_carries_the_category_its_members_share():
    text = (
        "## Drawdowns\n\nItem\tFunding\t2025-26\nPublic health\tExternal\t5\nSchools\tExternal\t7\nTotal drawdowns\t\t12\n\n"
        "## Drawdowns\n\nItem\tFunding\t2025-26\nRoads\tCore\t1\nParks\tExternal\t2\nTotal drawdowns\t\t3\n"
    )
    totals = [u for u in build_units([doc(text)]) if u.kind == "row" and u.row == "Total drawdowns"]
    assert len(totals) == 2
    assert "Funding: External" in totals[0].search_text
    assert "Funding:" not in totals[1].context  # its members are funded two ways: nothing is shared


def test_a_footnote_inside_a_tables_grid_is_a_passage_not_a_row():
    text = (
        "## Checks\n\nState\tPermit\tHandgun\nFlorida\t15907\t50796\nTexas\t21550\t56941\n"
        "Some states may reflect lower numbers for handgun checks because of their state permit laws.\t\t\n"
    )
    units = build_units([doc(text)])
    rows = [u.row for u in units if u.kind == "row"]
    notes = [u for u in units if u.kind == "passage" and u.text.startswith("Some states")]
    assert rows == ["Florida", "Texas"] and len(notes) == 1 and notes[0].section == "Checks"
