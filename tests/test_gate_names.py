"""The gate refuses a question naming a specific place, body or thing that none of the best units
mentions (a near miss), and lets through names common across the corpus and abbreviations."""

from __future__ import annotations

from qa.relevance import Evidence, refusal_reason
from qa.text import token_set
from qa.types import Hit, Unit

ROWS = [
    Unit(id="t#0", doc="t", kind="row", text="Investments | Lloyds Bank plc | Call Account | Interest Rate: 4.64%", row="Lloyds Bank plc"),
    Unit(id="t#1", doc="t", kind="row", text="Investments | Kent County Council | PWLB 10-year certainty rate | 4.83%", row="PWLB"),
]
COMMON = {"kent": 400}  # a name in many units says which documents, not which unit


def evidence() -> Evidence:
    return Evidence(rows_of=lambda t: [], doc_freq=lambda t: COMMON.get(t, 2), n_units=1000)


def gate(question: str, *units: Unit) -> str | None:
    hits = [Hit(unit=u, score=1.0, dense=0.7) for u in units]
    return refusal_reason(question, hits, evidence(), min_dense=0.15)


def test_a_bank_the_evidence_does_not_name_is_refused_by_name():
    assert gate("What interest rate is the Barclays call account paying?", *ROWS) == "they do not mention “Barclays”"


def test_the_bank_the_evidence_names_passes():
    assert gate("What interest rate is the Lloyds call account paying?", *ROWS) is None


def test_a_number_naming_a_thing_must_be_in_the_evidence():
    assert gate("What was the PWLB 15-year certainty rate?", ROWS[1]) == "they do not mention “15-year”"
    assert gate("What was the PWLB 10-year certainty rate?", ROWS[1]) is None


def test_common_names_and_abbreviations_do_not_refuse():
    assert gate("What is Kent's interest rate on the Lloyds call account?", ROWS[0]) is None
    assert gate("What is the NI rate on the Lloyds call account?", ROWS[0]) is None


def test_two_rows_of_one_table_named_together_cover_the_question_together():
    rows = [
        Unit(id=f"s#{i}", doc="s", kind="row", text=f"State: {st} | {n}", row=st, table_id="s#t1")
        for i, (st, n) in enumerate([("Alaska", "7,000"), ("Hawaii", "1,900")])
    ]

    def far(question: str, *units: Unit) -> str | None:  # closeness in meaning alone would not let these through
        known = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 2, n_units=1000, vocabulary=token_set(" ".join(r.text for r in rows)))
        return refusal_reason(question, [Hit(unit=u, score=1.0, dense=0.3) for u in units], known, min_dense=0.15)

    assert far("What were the permit figures for Alaska and Hawaii?", *rows) is None
    assert far("What were the permit figures for Alaska and Hawaii?", rows[0]) is not None


def test_the_arithmetic_asked_for_is_not_a_subject_the_evidence_must_mention():
    row = Unit(id="a#0", doc="a", kind="row", text="Table: Payables | Item: Accruals | 2019: 49.3 | 2018: 43.2", row="Accruals")
    # the corpus uses the words "percentage" and "increase" elsewhere, so they weigh in full
    known = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 2, n_units=1000, vocabulary=token_set(f"{row.text} percentage increase"))
    hits = [Hit(unit=row, score=1.0, dense=0.3)]
    assert refusal_reason("What was the percentage increase in Accruals?", hits, known, min_dense=0.15) is None
    assert refusal_reason("What was the percentage increase in deferrals?", hits, known, min_dense=0.15) is not None
