"""The pure conversion of answers into chat Markdown."""

from qa.types import Answer, Citation
from qa.ui import answer_to_markdown, escape_text, suggested_questions

ROW = Citation(
    doc="hwb.md", title="HWB report", page=3, section="Priority 1", table="JHSW Priority 1", row="DFG's",
    text="Table: ...", score=0.6, headers=("Activity", "Beneficiaries", "BCF Investment 24-25"),
    cells=("DFG's", "385", "£3,834,762"), date="2025-05-29", url="https://example.org/hwb",
)
PASSAGE = Citation(doc="plan.txt", title="Plan", page=None, section="Chapter 5 - Our finances", table=None, row=None,
                   text="In this chapter the actions are aligned.", score=0.5)


def test_row_citation_shows_headers_values_title_date_page_and_link():
    md = answer_to_markdown(Answer("q", "answered", "DFG's — BCF Investment 24-25: £3,834,762 [1].", (ROW,)))
    assert md.startswith("DFG's — BCF Investment 24-25: £3,834,762 [1].")
    assert "**[1]** HWB report, 2025-05-29, page 3 · [public source](https://example.org/hwb)" in md
    assert "Table: JHSW Priority 1" in md
    assert "| Beneficiaries | 385 |" in md and "| BCF Investment 24-25 | **£3,834,762** |" in md


def test_passage_citation_is_quoted_with_its_heading_path():
    md = answer_to_markdown(Answer("q", "answered", "“In this chapter the actions are aligned.” [1]", (PASSAGE,)))
    assert "Section: Chapter 5 - Our finances" in md and "> In this chapter the actions are aligned." in md
    assert "public source" not in md  # no link without a source address


def test_html_and_markdown_from_questions_or_documents_render_as_text():
    evil = Citation(doc="x.md", title="<script>alert(1)</script>", page=None, section=None, table=None, row=None,
                    text="![x](https://evil.example/x.png) <img src=x onerror=alert(1)> [click](javascript:alert(1))", score=0.1,
                    url="javascript:alert(1)")
    md = answer_to_markdown(Answer("q", "answered", "“<b>hi</b>” [1]", (evil,)))
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "![x](" not in md and "](javascript" not in md and "public source" not in md
    assert escape_text("a|b") == "a\\|b"


def test_refusal_lists_what_the_documents_do_cover():
    a = Answer("q", "no_answer", "The documents do not answer this question.", (), suggestions=("DFG's", "Falls – care homes"))
    md = answer_to_markdown(a)
    assert "You could ask about: DFG's; Falls – care homes" in md and "Sources" not in md
    assert suggested_questions(a) == ["What do the documents say about DFG's?", "What do the documents say about Falls – care homes?"]
