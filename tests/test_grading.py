"""How a question set's answers are graded (qa/evaluate.py), on hand-made answers."""

from qa.evaluate import GoldItem, grade
from qa.types import Answer, Citation


def cite(text: str, cells: tuple[str, ...] = (), section: str = "") -> Citation:
    return Citation(doc="d.pdf", title="D", page=1, section=section or None, table=None, row=None, text=text, score=1.0, cells=cells)


def item(expect: tuple[str, ...], contains: str) -> GoldItem:
    return GoldItem("q1", "?", "lookup", True, expect, {"doc": "d.pdf", "contains": contains})


def test_an_expected_no_must_stand_as_a_word():
    q = item(("no",), "owned")
    said_not = Answer("?", "answered", "Yes: it is not known [1].", (cite("The cliff is privately owned"),))
    said_no = Answer("?", "answered", "No: it is privately owned [1].", (cite("The cliff is privately owned"),))
    assert not grade(q, said_not, 1.0).correct and grade(q, said_no, 1.0).correct


def test_a_row_may_be_found_by_its_cells_as_printed_and_a_passage_by_its_heading():
    row = cite(
        "Table: Deposits | Type: Call Account | Bank: Lloyds Bank plc | Rate: 4.64%", cells=("Call Account", "Lloyds Bank plc", "4.64%")
    )
    assert grade(item(("4.64%",), "Call Account Lloyds Bank plc 4.64%"), Answer("?", "answered", "4.64% [1].", (row,)), 1.0).correct
    passage = cite("54. The Council will not borrow in advance of its needs.", section="Borrowing › Policy on Borrowing in Advance of Need")
    answer = Answer("?", "answered", "Policy on Borrowing in Advance of Need, paragraph 54 [1].", (passage,))
    assert grade(item(("Advance of Need",), "Policy on Borrowing in Advance of Need"), answer, 1.0).correct
    assert not grade(item(("Advance of Need",), "Policy on Lending"), answer, 1.0).correct
