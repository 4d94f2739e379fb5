"""The question-form answerers (lists, places, yes/no, summaries) on tiny inline documents whose
right answers can be checked by hand."""

from __future__ import annotations

from qa.answer import compose
from qa.answerers import lists, sections, summary, yesno
from qa.intent import question_form, read_intent
from qa.relevance import Evidence
from qa.types import Hit, Unit

LEAD = "4. The strategy follows a life course approach:"


def passage(i: int, text: str, section: str = "Background", lead: str = "") -> Unit:
    return Unit(id=f"d#{i}", doc="d", kind="passage", text=text, section=section, lead=lead)


def row(i: int, table: str, cells: tuple[str, ...], headers=("Activity", "Priority", "Beneficiaries")) -> Unit:
    return Unit(
        id=f"d#{i}",
        doc="d",
        kind="row",
        text=" | ".join(cells),
        section="Progress",
        table=table,
        headers=headers,
        cells=cells,
        row=cells[0],
        table_id=f"d#t{table}",
    )


DOC = [
    passage(0, "1. The purpose of the report is to update the Board.", section="Purpose of report"),
    passage(1, LEAD),
    passage(2, "a. Best Start for Life;", lead=LEAD),
    passage(3, "b. Staying Healthy, Safe and Well;", lead=LEAD),
    passage(4, "c. Dying Well.", lead=LEAD),
    passage(5, "13. Admissions into hospitals continued to increase in 24-25.", section="Challenges"),
    passage(6, "14. The final strategy is in draft, with sign off due July 2025.", section="Challenges"),
    passage(10, "7. The priorities are listed below.", section="Priorities"),
    passage(11, "a. Prevention;", section="Priorities", lead="Living Well:"),
    passage(12, "b. Frailty.", section="Priorities", lead="Living Well:"),
    passage(13, "a. Understanding need;", section="Priorities", lead="Dying Well:"),
    passage(14, "b. Transitions.", section="Priorities", lead="Dying Well:"),
    row(7, "Priority 1: Prevention", ("Falls service", "Inequalities", "1381")),
    row(8, "Priority 1: Prevention", ("Housing team", "Mental health", "2160")),
    row(9, "Priority 1: Prevention", ("Shared records", "Inequalities", "40")),
]


def evidence() -> Evidence:
    def run(unit: Unit, same) -> list[Unit]:
        return [u for u in DOC if same(u)]

    return Evidence(
        rows_of=lambda tid: [u for u in DOC if u.table_id == tid],
        doc_freq=lambda t: 1,
        n_units=len(DOC),
        items_after=lambda u: run(u, lambda v: v.lead == u.text),
        list_of=lambda u: run(u, lambda v: bool(u.lead) and v.lead == u.lead),
        section_of=lambda u: run(u, lambda v: v.section == u.section),
    )


def hits(*ids: int) -> list[Hit]:
    by_id = {u.id: u for u in DOC}
    return [Hit(unit=by_id[f"d#{n}"], score=1.0 - i / 10, dense=0.8 - i / 100) for i, n in enumerate(ids)]


def test_a_list_is_given_whole_with_its_count_from_any_of_its_items():
    draft = lists.answer("What are the stages of the life course approach?", hits(3, 0), evidence())
    assert draft is not None
    assert "3 items" in draft.text
    assert all(item in draft.text for item in ("Best Start for Life", "Staying Healthy, Safe and Well", "Dying Well"))
    assert draft.cited[0] == DOC[3]  # the item the search ranked first is cited first


def test_sub_lists_under_one_paragraph_are_told_apart_by_their_headings():
    draft = lists.answer("List the dying well priorities", hits(10), evidence())
    assert draft is not None
    assert "Understanding need" in draft.text and "Transitions" in draft.text and "Frailty" not in draft.text


def test_a_list_the_question_does_not_name_is_not_its_answer():
    assert lists.answer("What are the challenges for hospitals?", hits(3, 5), evidence()) is None


def test_a_table_list_is_the_label_column_filtered_by_the_other_subject_words():
    draft = lists.answer("List the activities under inequalities in priority 1 prevention", hits(7), evidence())
    assert draft is not None
    assert "Falls service" in draft.text and "Shared records" in draft.text and "Housing team" not in draft.text
    assert "2 items" in draft.text


def test_a_place_names_the_paragraph_and_heading():
    draft = sections.answer("Which paragraph is about hospital admissions?", hits(5, 6), evidence())
    assert draft is not None and draft.text.startswith("Challenges, paragraph 13:")


def test_a_place_prefers_a_hit_labelled_as_the_kind_of_place_asked_for():
    draft = sections.answer("Which priority covers the housing team?", hits(1, 8), evidence())
    assert draft is not None and "“Priority 1: Prevention”" in draft.text


def test_yes_no_follows_the_evidence():
    assert yesno.answer("Did hospital admissions go down in 24-25?", hits(5), evidence()).text.startswith("No:")
    assert yesno.answer("Did hospital admissions increase in 24-25?", hits(5), evidence()).text.startswith("Yes:")
    assert yesno.answer("Has the final strategy been signed off?", hits(6), evidence()).text.startswith("No:")


def test_yes_no_without_evidence_for_the_subject_gives_no_verdict():
    assert yesno.answer("Did dental waiting lists go down?", hits(5), evidence()) is None


def test_a_summary_quotes_key_points_in_document_order():
    draft = summary.answer("Tell me about the challenges: admissions and sign off", hits(6, 5), evidence())
    assert draft is not None
    assert draft.text.index("Admissions") < draft.text.index("sign off")
    assert draft.cited == (DOC[5], DOC[6])


def test_compose_sends_each_form_to_its_answerer():
    q = "What are the stages of the life course approach?"
    assert question_form(q) == "list"
    draft = compose(q, read_intent(q), hits(3, 0), evidence())
    assert "3 items" in draft.text


def test_yes_no_reads_a_table_row_too():
    draft = yesno.answer("Did the falls service help 1381 people?", hits(7), evidence())
    assert draft is not None and draft.text.startswith("Yes:") and "1381" in draft.text


def test_a_definition_comes_from_the_corpus_and_cites_where_it_is_written_out():
    from qa.answerers import define

    units = [passage(20, "The HWB met in May."), passage(21, "An update to the Health and Wellbeing Board (HWB) on progress.")]
    found = define.answer("what does hwb stand for?", [Hit(unit=u, score=1.0) for u in units], {"hwb": "Health and Wellbeing Board"})
    assert found is not None and found.text == "HWB stands for Health and Wellbeing Board [1]." and found.cited == (units[1],)
    assert define.answer("what does xyz stand for?", [Hit(unit=u, score=1.0) for u in units], {"hwb": "Health and Wellbeing Board"}) is None
