"""The pure conversions behind the chat: answer -> message, answer -> copied text, a source in its
table or section -> viewer, the index -> documents panel."""

import re

from qa.pages import best_row, box_percent
from qa.types import Answer, Citation, Skipped, Unit
from qa.ui import (
    DocumentInfo,
    PageFigure,
    answer_to_markdown,
    answer_to_text,
    documents_html,
    escape_text,
    public_link,
    source_context,
    source_view_html,
    suggested_questions,
)

ROW = Citation(
    doc="hwb.md",
    title="HWB report",
    page=3,
    section="Priority 1",
    table="JHSW Priority 1",
    row="DFG's",
    text="Table: ...",
    score=0.6,
    unit_id="hwb.md#2-b",
    headers=("Activity", "Beneficiaries", "BCF Investment 24-25"),
    cells=("DFG's", "385", "£3,834,762"),
    date="2025-05-29",
    url="https://example.org/hwb",
)
PASSAGE = Citation(
    doc="plan.txt",
    title="Plan",
    page=None,
    section="Chapter 5 - Our finances",
    table=None,
    row=None,
    text="In this chapter the actions are aligned.",
    score=0.5,
    unit_id="plan.txt#1-a",
)
OTHER = Citation(
    doc="hwb.md",
    title="HWB report",
    page=3,
    section="Priority 2",
    table="Frailty &amp; Complex Care",
    row="Home first",
    text="...",
    score=0.4,
    headers=("Activity", "Beneficiaries"),
    cells=("Home first", "6421"),
)


def row_unit(i, label, value, table_id="hwb.md#t4"):
    return Unit(
        id=f"hwb.md#{i}-x",
        doc="hwb.md",
        kind="row",
        text="",
        section="Priority 1",
        page=3,
        table="JHSW Priority 1",
        headers=("Activity", "BCF Investment 24-25"),
        cells=(label, value),
        row=label,
        table_id=table_id,
    )


def test_row_citation_shows_headers_values_title_date_page_and_link():
    md = answer_to_markdown(Answer("q", "answered", "DFG's — BCF Investment 24-25: £3,834,762 [1].", (ROW,)), ref=4)
    assert md.startswith(
        '<div class="qa-answer qa-a-4"><p class="qa-text">DFG&#39;s — BCF Investment 24-25: £3,834,762 '
        '<button type="button" class="qa-cite qa-a-4 qa-c-1">&#91;1&#93;</button>.</p>'
    )
    assert '<strong>&#91;1&#93;</strong> HWB report, 2025-05-29, page 3 · <a href="https://example.org/hwb"' in md
    assert "Table: JHSW Priority 1" in md
    assert '<th scope="row">Beneficiaries</th><td>385</td>' in md
    assert '<th scope="row">BCF Investment <span class="qa-nw">24-25</span></th><td><strong>£3,834,762</strong></td>' in md
    assert "\n\n" not in md  # one HTML block: Markdown leaves it alone


def test_only_the_first_source_is_open_the_rest_fold_into_details():
    md = answer_to_markdown(Answer("q", "answered", "DFG's: £3,834,762 [1].", (ROW, PASSAGE, OTHER)))
    first, folded = md.split('<details class="qa-more">')
    assert "HWB report" in first and "Chapter 5" not in first
    assert folded.startswith("<summary>2 more sources</summary>") and "Chapter 5" in folded and "Home first" in folded
    assert folded.count("qa-show-btn") == 2 and "qa-c-2" in folded and "qa-c-3" in folded


def test_a_marker_with_no_source_behind_it_stays_text():
    md = answer_to_markdown(Answer("q", "answered", "Figures [1] and [7].", (ROW,)))
    assert md.count('class="qa-cite qa-a-0 qa-c-1"') == 1 and "&#91;7&#93;" in md and "qa-c-7" not in md


def test_passage_citation_is_quoted_with_its_heading_path():
    md = answer_to_markdown(Answer("q", "answered", "“In this chapter the actions are aligned.” [1]", (PASSAGE,)))
    assert "Section: Chapter 5 - Our finances" in md and "<blockquote>In this chapter the actions are aligned.</blockquote>" in md
    assert "public source" not in md and "<details" not in md  # no link without an address; nothing to fold


def test_html_and_markdown_from_questions_or_documents_render_as_text():
    evil = Citation(
        doc="x.md",
        title="<script>alert(1)</script>",
        page=None,
        section=None,
        table=None,
        row=None,
        text="![x](https://evil.example/x.png) <img src=x onerror=alert(1)> [click](javascript:alert(1))",
        score=0.1,
        url="javascript:alert(1)",
    )
    md = answer_to_markdown(Answer("q", "answered", "“<b>hi</b>” [1]", (evil,)))
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "![x](" not in md and "](javascript" not in md and 'href="javascript' not in md
    assert not re.search(r"[\[\]()]", md.replace("&#91;1&#93;", ""))  # every bracket an entity: no Markdown link can form
    assert escape_text("a|b") == "a&#124;b"


def test_refusal_lists_what_the_documents_do_cover():
    a = Answer("q", "no_answer", "The documents do not answer this question.", (), suggestions=("DFG's", "Falls – care homes"))
    md = answer_to_markdown(a)
    assert "You could ask about: DFG&#39;s; Falls – care homes" in md and "qa-sources" not in md
    assert suggested_questions(a) == ["What do the documents say about DFG's?", "What do the documents say about Falls – care homes?"]


def test_copy_text_is_plain_with_entities_decoded_and_travels_inside_the_message():
    a = Answer("q", "answered", "Home first teams helped 6421 people [1].", (OTHER, PASSAGE))
    text = answer_to_text(a)
    assert text.splitlines() == [
        "Home first teams helped 6421 people [1].",
        "",
        "Sources",
        "[1] HWB report, page 3",
        "    Table: Frailty & Complex Care",
        "    Activity: Home first",
        "    Beneficiaries: 6421",
        "[2] Plan",
        "    Section: Chapter 5 - Our finances",
        "    “In this chapter the actions are aligned.”",
    ]
    md = answer_to_markdown(a)
    hidden = re.search(r'<div class="qa-plain" hidden>(.*?)</div>', md).group(1)
    assert "\n" not in hidden and "&#10;" in hidden and "Frailty &amp; Complex Care" in hidden  # decoded by the browser


def test_public_link_goes_to_the_cited_page_of_a_pdf():
    assert public_link("https://example.org/a/report.pdf", 7) == "https://example.org/a/report.pdf#page=7"
    assert public_link("https://example.org/a/report.pdf#page=2", 7) == "https://example.org/a/report.pdf#page=7"
    assert public_link("https://example.org/meeting", 7) == "https://example.org/meeting"
    assert public_link("http://example.org/x.pdf", 1) == "" and public_link("javascript:alert(1)", None) == ""


def test_viewer_shows_the_whole_table_with_the_cited_row_marked_and_the_page_boxed():
    units = [
        row_unit(1, "Falls", "£50k"),
        row_unit(2, "DFG's", "£3,834,762"),
        row_unit(3, "Respite", "£976,170"),
        row_unit(9, "Elsewhere", "£1", table_id="hwb.md#t9"),
    ]
    cited = units[1]
    context = source_context(units, cited)
    assert [u.row for u in context] == ["Falls", "DFG's", "Respite"]
    figure = PageFigure(b"\x89PNG", 3, (10.0, 20.0, 80.0, 2.5), "row")
    pdf_row = Citation(**{**ROW.__dict__, "doc": "hwb.pdf", "url": "https://example.org/hwb.pdf"})
    html = source_view_html(1, pdf_row, context, cited.id, figure, nonce="0:1:5")
    assert '<section class="qa-viewer" role="dialog" aria-labelledby="qa-viewer-title"' in html
    assert (
        '<thead><tr><th scope="col">Activity</th><th scope="col">BCF Investment <span class="qa-nw">24-25</span></th></tr></thead>' in html
    )
    assert html.count("<tr") == 4 and html.count('class="qa-cited"') == 1
    assert (
        '<tr class="qa-cited" aria-current="true"><td><span class="visually-hidden">Cited row: </span>DFG&#39;s</td><td>£3,834,762</td></tr>'
        in html
    )
    assert 'src="data:image/png;base64,iVBORw==" alt="Page 3 of HWB report, with the cited row outlined"' in html
    assert 'style="left:10.0%;top:20.0%;width:80.0%;height:2.5%"' in html
    assert 'href="https://example.org/hwb.pdf#page=3"' in html and "Open the public document at page 3" in html


def test_viewer_shows_a_passage_inside_its_section():
    units = [Unit(id=f"p#{i}", doc="p.txt", kind="passage", text=f"Sentence {i}.", section="Chapter 5") for i in range(20)]
    units.append(Unit(id="q#0", doc="p.txt", kind="passage", text="Other chapter.", section="Chapter 6"))
    context = source_context(units, units[10])
    assert [u.id for u in context] == [f"p#{i}" for i in range(4, 17)]
    html = source_view_html(2, PASSAGE, context, "p#10")
    assert "<h3>Section: Chapter 5 - Our finances</h3>" in html
    assert '<p class="qa-cited"><mark><span class="visually-hidden">Cited passage: </span>Sentence 10.</mark></p>' in html
    assert "Other chapter" not in html and "<img" not in html and "public" not in html


def test_documents_panel_lists_documents_counts_and_skipped_files():
    docs = [DocumentInfo("hwb.md", "HWB <report>", "2025-05-29", "Leicestershire County Council", "https://example.org/hwb", 40, 41)]
    html = documents_html(docs, [Skipped("empty.pdf", "empty file (0 bytes)")])
    assert '<a href="https://example.org/hwb" target="_blank" rel="noopener noreferrer">HWB &lt;report&gt;</a>' in html
    assert "<td>2025-05-29</td><td>Leicestershire County Council</td><td>40</td><td>41</td>" in html
    assert "Files not in the index (1)" in html and "empty.pdf</span>: empty file (0 bytes)" in html
    assert "Every file" in documents_html(docs, [])


def test_page_geometry():
    assert box_percent((-5, 10, 300, 20), 200, 100) == (0.0, 10.0, 100.0, 10.0)  # clamped to the page
    rows = [((0, 0, 100, 10), ["Kansas", "894"]), ((0, 10, 100, 30), ["Kentucky\nLouisiana", "264,140\n1,945"])]
    assert best_row(rows, ("Kentucky", "264,140")) == (0, 10.0, 100, 20.0)
    assert best_row(rows, ("Wyoming", "7")) is None


def test_viewer_prints_the_header_band_and_group_rows_of_a_table():
    paths = (("Area",), ("2024", "Budget"), ("2024", "Actual"))
    units = [
        Unit(
            id=f"t#{i}",
            doc="b.pdf",
            kind="row",
            text="",
            headers=("Area", "2024 Budget", "2024 Actual"),
            cells=(a, "1", "2"),
            row=a,
            table_id="b.pdf#t1",
            table="Spend",
            header_paths=paths,
            group=g,
        )
        for i, (a, g) in enumerate([("Roads", "Capital"), ("Schools", "Capital"), ("Staff", "Revenue")])
    ]
    citation = Citation("b.pdf", "Budget", 2, None, "Spend", "Schools", "", 0.5)
    html = source_view_html(1, citation, units, "t#1")
    assert '<thead><tr><th scope="col" rowspan="2">Area</th><th scope="colgroup" colspan="2">2024</th></tr>' in html
    assert html.count('<tr class="qa-group">') == 2 and '<th scope="colgroup" colspan="3">Revenue</th>' in html


# -- what the chat shows comes from the corpus (issue 8: no corpus words in qa/) ---------------
def test_chat_page_text_comes_from_the_corpus_file_checked(tmp_path, caplog):
    import json

    from qa.ui import DEFAULT_TITLE, MAX_EXAMPLES, ChatPage, load_chat_page

    assert load_chat_page(tmp_path) == ChatPage()  # no file: generic title, no examples of its own
    (tmp_path / "chat.json").write_text(
        json.dumps({"title": "Tiny  Board", "intro": "Falls and walks.", "examples": ["How much for walks?"]})
    )
    assert load_chat_page(tmp_path) == ChatPage("Tiny Board", "Falls and walks.", ("How much for walks?",))
    (tmp_path / "chat.json").write_text(json.dumps({"title": 5, "examples": ["ok?", 7, "", "x" * 1001, *[f"q{i}?" for i in range(9)]]}))
    page = load_chat_page(tmp_path)
    assert page.title == DEFAULT_TITLE and page.examples == ("ok?", *[f"q{i}?" for i in range(MAX_EXAMPLES - 1)])
    assert "examples used" in caplog.text and "'title' should be text" in caplog.text
    (tmp_path / "chat.json").write_text("{not json")
    assert load_chat_page(tmp_path) == ChatPage() and "cannot read" in caplog.text


def test_chat_json_is_not_a_document_and_editing_it_needs_no_rebuild(tiny_corpus):
    from qa.parse import corpus_files, fingerprint

    before = fingerprint(tiny_corpus)
    (tiny_corpus / "chat.json").write_text('{"examples": ["How much for walks?"]}')
    assert [p.name for p in corpus_files(tiny_corpus)] == ["tiny-report.md"] and fingerprint(tiny_corpus) == before


def test_the_chat_shows_the_corpus_examples_or_the_first_row_of_each_table(tiny_settings, tiny_assistant, tmp_path):
    import json

    from qa.feedback import FeedbackStore
    from qa.ui import DEFAULT_TITLE, create_app

    def shown(app):
        comps = app.config["components"]
        buttons = [c["props"]["value"] for c in comps if "example-btn" in (c["props"].get("elem_classes") or [])]
        titles = [c["props"]["value"] for c in comps if c["props"].get("elem_id") == "title"]
        return app.title, titles, buttons

    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    assert shown(create_app(tiny_assistant, store)) == (
        DEFAULT_TITLE,
        [f"# {DEFAULT_TITLE}"],
        ["What do the documents say about Falls team?"],
    )
    (tiny_settings.corpus_dir / "chat.json").write_text(json.dumps({"title": "Tiny Board", "examples": ["How much for walks?"]}))
    assert shown(create_app(tiny_assistant, store)) == ("Tiny Board", ["# Tiny Board"], ["How much for walks?"])


def test_the_chat_starts_without_walking_the_units(tiny_settings, fake_embedder, tmp_path, monkeypatch):
    """Start-up reads no unit when chat.json names the examples, and only the few default examples
    are named from when it does not; the documents panel counts from the index; the viewer reads
    the cited unit's own document."""
    import json

    from qa.feedback import FeedbackStore
    from qa.index import UnitFile
    from qa.pipeline import Assistant, build_index
    from qa.ui import Turn, create_app, document_infos

    (tiny_settings.corpus_dir / "more.md").write_text("# Plan\n\n## Our finances\n\nWe spend carefully.\n")
    build_index(tiny_settings, embedder=fake_embedder)
    every = list(Assistant.load(tiny_settings, embedder=fake_embedder).index.units)
    decoded: list[int] = []
    decode = UnitFile._decode

    def counted(self, line, position):
        decoded.append(position)
        return decode(self, line, position)

    def refuse(*args, **kwargs):
        raise AssertionError("the chat walked every unit")

    monkeypatch.setattr(UnitFile, "_decode", counted)
    monkeypatch.setattr(UnitFile, "__iter__", refuse)
    assistant = Assistant.load(tiny_settings, embedder=fake_embedder)
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    (tiny_settings.corpus_dir / "chat.json").write_text(json.dumps({"examples": ["How much for walks?"]}))
    app = create_app(assistant, store)
    assert decoded == []

    # By hand: one passage in more.md, three rows and some passages in tiny-report.md.
    counts = {d.name: (d.passages, d.rows) for d in document_infos(assistant)}
    assert counts == {"more.md": (1, 0), "tiny-report.md": (sum(u.doc == "tiny-report.md" for u in every) - 3, 3)}
    assert decoded == []

    (tiny_settings.corpus_dir / "chat.json").unlink()
    fallback = create_app(assistant, store)
    buttons = [c["props"]["value"] for c in fallback.config["components"] if "example-btn" in (c["props"].get("elem_classes") or [])]
    assert buttons == ["What do the documents say about Our finances?", "What do the documents say about Falls team?"]
    # The passage of more.md and the first row of the one table, not the rest.
    assert sorted(every[p].id for p in decoded) == sorted(
        [next(u.id for u in every if u.doc == "more.md"), next(u.id for u in every if u.row == "Falls team")]
    )

    answer = assistant.ask("How much was invested in the falls team?")
    assert answer.citations and answer.citations[0].doc == "tiny-report.md"
    decoded.clear()
    (open_source,) = [f.fn for f in app.fns.values() if getattr(f.fn, "__name__", "") == "open_source"]
    html = open_source("0:1", [Turn("t", answer)])
    assert "Walking club" in html and "Befriending" in html  # the whole table of the cited row
    assert all(every[p].doc == "tiny-report.md" for p in decoded)


def test_the_chat_spells_out_abbreviations_and_leaves_the_sources_as_written():
    long_forms = {"dfg": "Disabled Facilities Grants", "bcf": "Better Care Fund"}
    a = Answer("q", "answered", "DFG's — BCF Investment 24-25: £3,834,762 [1].", (ROW,))
    md = answer_to_markdown(a, long_forms=long_forms)
    assert (
        '<p class="qa-text">DFG&#39;s &#40;Disabled Facilities Grants&#41; — BCF &#40;Better Care Fund&#41; Investment 24-25: £3,834,762 '
        '<button type="button" class="qa-cite qa-a-0 qa-c-1">&#91;1&#93;</button>.</p>'
    ) in md
    assert (
        "<td><strong>£3,834,762</strong></td>" in md and "Disabled Facilities" not in md.split('class="qa-sources"')[1].split("qa-plain")[0]
    )
    assert answer_to_text(a, long_forms).startswith(
        "DFG's (Disabled Facilities Grants) — BCF (Better Care Fund) Investment 24-25: £3,834,762 [1]."
    )
    assert answer_to_markdown(a) == answer_to_markdown(a, long_forms={})  # nothing to spell out: as before
