"""Questions about causes on a tiny inline report: a table holding a change and the prose holding
its reason. Right answers can be checked by hand."""

from __future__ import annotations

from qa.answer import compose
from qa.answerers import reason
from qa.intent import read_intent
from qa.relevance import Evidence
from qa.types import Hit, Unit

HEADERS = ("", "2019", "2018")


def row(i: int, cells: tuple[str, ...]) -> Unit:
    return Unit(
        id=f"r#{i}",
        doc="r",
        kind="row",
        text=" | ".join(cells),
        table="Operating expenses",
        headers=HEADERS,
        cells=cells,
        row=cells[0],
        table_id="r#t1",
    )


DOC = [
    row(0, ("Selling and marketing expenses", "6,712", "5,730")),
    row(1, ("Finance costs", "2,767", "1,372")),
    Unit(
        id="r#2",
        doc="r",
        kind="passage",
        section="Results",
        text="Selling and marketing expenses increased by 17% to RMB6,712 million. "
        "The increase was mainly driven by greater marketing spending on cloud services.",
    ),
    Unit(
        id="r#3",
        doc="r",
        kind="passage",
        section="Results",
        text="Finance costs increased by 102% to RMB2,767 million. The finance team moved offices in 2019.",
    ),
]


def evidence() -> Evidence:
    return Evidence(rows_of=lambda tid: [u for u in DOC if u.table_id == tid], doc_freq=lambda t: 1, n_units=len(DOC))


def hits(*ids: int) -> list[Hit]:
    return [Hit(unit=DOC[i], score=1.0 - n / 10, dense=0.6) for n, i in enumerate(ids)]


def test_why_is_answered_by_the_sentence_giving_the_cause_not_by_the_tables_change():
    q = "What was the reason for the increase in Selling and Marketing expenses?"
    draft = compose(q, read_intent(q), hits(0, 2, 1, 3), evidence())
    assert draft.status == "answered"
    assert "mainly driven by greater marketing spending" in draft.text
    assert "Selling and marketing expenses increased by 17%" in draft.text  # the sentence naming the subject
    assert draft.cited[0].id == "r#2"


def test_no_stated_cause_is_a_refusal_not_the_tables_figures():
    # The passage on finance costs states no cause and the table holds only the change.
    q = "Why did finance costs increase from 2018 to 2019?"
    assert reason.answer(q, hits(1, 3), evidence()) is None
    draft = compose(q, read_intent(q), hits(1, 3), evidence())
    assert draft.status == "no_answer" and "2,767" not in draft.text


def test_a_cause_of_something_else_is_not_the_answer():
    q = "Why did finance costs increase?"
    assert reason.answer(q, hits(2), evidence()) is None
