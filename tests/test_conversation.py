"""Conversations: when a question is read with the previous answer, and the previous answer as it
comes back from a client. Tiny inline rows and the tiny corpus; no model."""

import json

import pytest

from qa.conversation import MAX_PREVIOUS_CHARS, previous_answer, refers_back, stands_alone
from qa.errors import InvalidPreviousError
from qa.relevance import Evidence
from qa.text import tokenize
from qa.types import Answer, Citation, Hit, Unit

FALLS = Unit(id="r1", doc="d.md", kind="row", text="Table: Staying Well | Activity: Falls team | Beneficiaries: 120", row="Falls team")
WALKS = Unit(id="r2", doc="d.md", kind="row", text="Table: Staying Well | Activity: Walking club | Beneficiaries: 45", row="Walking club")
EVIDENCE = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2, vocabulary=frozenset(tokenize(FALLS.text + " " + WALKS.text)))
GATE = {"min_coverage": 0.5, "rescue_dense": 0.5}


def hit(unit, dense=0.3):
    return Hit(unit=unit, score=1.0, dense=dense)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("And how many people did it help?", True),
        ("what about the year before?", True),
        ("how many families is that", True),
        ("How many people did Home first teams support in their homes?", True),  # decided by the evidence
        ("Which activity had the most beneficiaries?", False),
        ("How many are there?", False),  # existential "there" names nothing
        ("Is the theory of itsy bits thematic?", False),  # whole words only
    ],
)
def test_refers_back_reads_the_wording_only(question, expected):
    assert refers_back(question) is expected


def test_a_question_naming_its_own_subject_stands_alone():
    # after a question about the falls team, the combined search still finds the falls team row
    q = "How many people did the walking club help on their walks?"
    assert stands_alone(q, [hit(WALKS)], [hit(FALLS)], EVIDENCE, **GATE)


def test_a_question_without_a_subject_of_its_own_is_a_follow_up():
    assert not stands_alone("And how many people did it help?", [hit(WALKS)], [hit(FALLS)], EVIDENCE, **GATE)


def test_when_the_combined_reading_covers_the_subject_as_well_it_is_a_follow_up():
    # "And the walking club?" after "How much went to the walking club?" finds the same row either way
    assert not stands_alone("And the walking club?", [hit(WALKS)], [hit(WALKS)], EVIDENCE, **GATE)


def test_a_subject_the_documents_do_not_cover_does_not_stand_alone():
    assert not stands_alone("And what about the weather?", [hit(WALKS)], [hit(FALLS)], EVIDENCE, **GATE)


def test_a_close_paraphrase_stands_alone_as_the_gate_would_answer_it():
    # "strolling group" is not in the row, but the row is as close in meaning as the gate's rescue
    q = "How many joined the strolling group they run?"
    assert not stands_alone(q, [hit(WALKS, dense=0.3)], [hit(FALLS)], EVIDENCE, **GATE)
    assert stands_alone(q, [hit(WALKS, dense=0.7)], [hit(FALLS)], EVIDENCE, **GATE)


# -- the previous answer, as it comes back from a client -------------------------------------
def answer_json():
    c = Citation("d.md", "Report", None, "S", "Staying Well", "Walking club", "Activity: Walking club", 0.61, unit_id="r2")
    return json.loads(
        json.dumps(Answer("How much went to the walking club?", "answered", "£2.5k [1].", (c,), {"total": 8.0}, value=2500.0).to_dict())
    )


def test_the_returned_json_rebuilds_the_answer_and_unknown_keys_are_ignored():
    obj = {**answer_json(), "note": "added by a client"}
    obj["citations"][0]["colour"] = "red"
    a = previous_answer(obj, max_question_chars=1000)
    assert a.question == "How much went to the walking club?" and a.citations[0].unit_id == "r2" and a.value == 2500.0
    assert a.to_dict() == answer_json()


def nested(depth):
    out: list = []
    for _ in range(depth):
        out = [out]
    return out


def broken(**changes):
    obj = answer_json()
    for path, value in changes.items():
        target, *keys = path.split("__")
        node = obj if target == "top" else obj["citations"][0]
        for k in keys[:-1]:
            node = node[k]
        if value is KeyError:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value
    return obj


@pytest.mark.parametrize(
    "obj,message",
    [
        ([1, 2], "an object, not a list"),
        ("How much?", "an object, not text"),
        (5, "an object, not a number"),
        (broken(top__question=5), "question must be text"),
        (broken(top__question=KeyError), "question is missing"),
        (broken(top__status="maybe"), 'status must be "answered" or "no_answer"'),
        (broken(top__citations={"0": {}}), "citations must be a list"),
        (broken(top__value="2500"), "value must be a number or null"),
        (broken(top__value=True), "value must be a number or null"),
        (broken(top__timings_ms={"total": "fast"}), "timings_ms.total must be a number"),
        (broken(cite__page="3"), "citations[0].page must be a whole number or null"),
        (broken(cite__unit_id=["r2"]), "citations[0].unit_id must be text"),
        (broken(cite__doc=KeyError), "citations[0].doc is missing"),
        (broken(top__question="x" * 1001), "longer than 1000 characters"),
        (broken(top__answer="x" * MAX_PREVIOUS_CHARS), "too large"),
        ({**answer_json(), "citations": [None]}, "citations[0] must be an object"),
        (broken(top__question="\ud800"), "not JSON text"),
        ({**answer_json(), "extra": nested(100_000)}, "not JSON text"),
    ],
)
def test_a_bad_previous_answer_is_one_clear_line(obj, message):
    with pytest.raises(InvalidPreviousError) as err:
        previous_answer(obj, max_question_chars=1000)
    text = str(err.value)
    assert message in text and "\n" not in text and text.startswith('"previous"')


# -- in the pipeline, on the tiny corpus -----------------------------------------------------
@pytest.mark.parametrize("question", ["How many people did the walking club help on their walks?", "And what did the walking club cost?"])
def test_a_question_with_its_own_subject_is_answered_as_if_asked_alone(tiny_assistant, question):
    # Read with the previous question, these were refused: the falls team's words pulled the search away.
    first = tiny_assistant.ask("What does the falls team do for people who have fallen at home?")
    alone, after = tiny_assistant.ask(question), tiny_assistant.ask(question, previous=first)
    assert after.status == "answered" and after.answer == alone.answer
    assert after.citations[0].row == alone.citations[0].row == "Walking club"


def test_the_returned_json_works_as_previous_like_the_answer_itself(tiny_assistant):
    first = tiny_assistant.ask("How much was invested in the walking club?")
    back = previous_answer(json.loads(json.dumps(first.to_dict())), max_question_chars=1000)
    q = "And how many people did it help?"
    from_json, from_object = tiny_assistant.ask(q, previous=back), tiny_assistant.ask(q, previous=first)
    assert from_json.answer == from_object.answer and "45" in from_json.answer
    assert from_json.citations[0].unit_id == first.citations[0].unit_id


def test_a_unit_id_not_in_the_index_is_harmless(tiny_assistant):
    first = tiny_assistant.ask("How much was invested in the walking club?").to_dict()
    for unit_id in ("no-such-unit", "", "../../etc/passwd", "x" * 5000):
        first["citations"][0]["unit_id"] = unit_id
        a = tiny_assistant.ask("And how many people did it help?", previous=previous_answer(first, max_question_chars=1000))
        assert a.status in ("answered", "no_answer") and a.question == "And how many people did it help?"


def test_and_the_year_after_asks_the_previous_question_for_the_next_year(assistant_over):
    budget = "# Budget\n\n## Spending plans\n\nService\t2024-25\t2025-26\nFalls team\t£50,000\t£61,000\nWalking club\t£2,500\t£3,000\n"
    assistant = assistant_over({"budget.md": budget})
    first = assistant.ask("How much is planned for the falls team in 2024-25?")
    assert "£50,000" in first.answer
    then = assistant.ask("and the year after?", previous=first)
    assert "£61,000" in then.answer and "£50,000" not in then.answer
    assert then.corrected == "How much is planned for the falls team in 2025-26?"


def test_what_about_another_row_asks_the_previous_question_of_that_row(tiny_assistant):
    first = tiny_assistant.ask("How much was invested in the falls team?")
    assert first.citations and first.citations[0].row == "Falls team", first.answer
    other = tiny_assistant.ask("what about the walking club?", previous=first)
    assert other.status == "answered" and "£2.5k" in other.answer, other.answer
    assert other.citations[0].row == "Walking club"
