"""A look-up naming several rows of a table ("the respective values of A and B") gives each row's
cell, each cited, on a tiny inline table."""

from __future__ import annotations

from qa.answer import compose
from qa.intent import read_intent
from qa.relevance import Evidence
from qa.types import Hit, Unit


def table(doc: str, title: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[Unit]:
    """One table's row units, as the index gives them."""
    return [
        Unit(
            id=f"{doc}#{i}", doc=doc, kind="row", text=" | ".join(c), table=title, headers=headers, cells=c, row=c[0], table_id=f"{doc}#t1"
        )
        for i, c in enumerate(rows)
    ]


def ask(q: str, units: list[Unit]):
    ev = Evidence(rows_of=lambda tid: units, doc_freq=lambda t: 1, n_units=len(units))
    return compose(q, read_intent(q), [Hit(unit=u, score=1.0, dense=0.6) for u in units], ev)


def test_a_look_up_naming_two_rows_gives_both_cells_each_cited():
    bonds = table(
        "b", "Investments", ("", "Fair value"), [("Municipal bonds", "$44,705"), ("Corporate bonds", "48,296"), ("Treasury bills", "1,000")]
    )
    draft = ask("What are the respective values of the company's fair value municipal and corporate bonds?", bonds)
    assert "$44,705 [1]" in draft.text and "48,296 [2]" in draft.text and "1,000" not in draft.text
    assert [u.id for u in draft.cited[:2]] == ["b#0", "b#1"]


def test_the_two_rows_a_question_counts_are_added_up():
    funds = table(
        "f",
        "Externally managed investments",
        ("Fund", "Book Cost", "6 months return › Total"),
        [
            ("Threadneedle UK Equity Income Fund", "10,000,000", "9.50%"),
            ("Threadneedle Global Equity Institutional Fund", "10,000,000", "6.10%"),
            ("M&G Global Dividend Fund", "10,000,000", "12.55%"),
        ],
    )
    draft = ask("what's the combined book cost of the two Threadneedle funds", funds)
    # before: one fund's 10,000,000 (the second row was no second operand, and "combined" was read
    # as the "Total" return column); 10,000,000 + 10,000,000 = 20,000,000 by hand
    assert "20,000,000" in draft.text and "12.55" not in draft.text
