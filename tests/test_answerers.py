"""The question-form answerers (lists, places, yes/no, summaries) on tiny inline documents whose
right answers can be checked by hand."""

from __future__ import annotations

from dataclasses import replace

from qa.answer import compose
from qa.answerers import lists, sections, summary, yesno
from qa.intent import question_form, read_intent
from qa.relevance import Evidence, refusal_reason
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
    # the lead-in paragraph quoted as the list's name first, then the items in reading order
    assert draft.cited[:3] == (DOC[1], DOC[2], DOC[3])
    assert draft.text.index("[1]") < draft.text.index("[2]") < draft.text.index("[3]")


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


def test_a_list_item_is_placed_in_the_paragraph_leading_it_in():
    draft = sections.answer("which paragraph mentions dying well", hits(4, 0), evidence())
    assert draft is not None and draft.text.startswith("Background, paragraph 4:") and draft.cited[:2] == (DOC[4], DOC[1])


def test_a_place_prefers_a_hit_labelled_as_the_kind_of_place_asked_for():
    draft = sections.answer("Which priority covers the housing team?", hits(1, 8), evidence())
    assert draft is not None and "“Priority 1: Prevention”" in draft.text


def test_yes_no_follows_the_evidence():
    assert yesno.answer("Did hospital admissions go down in 24-25?", hits(5), evidence()).text.startswith("No:")
    assert yesno.answer("Did hospital admissions increase in 24-25?", hits(5), evidence()).text.startswith("Yes:")
    assert yesno.answer("Has the final strategy been signed off?", hits(6), evidence()).text.startswith("No:")


def test_yes_no_without_evidence_for_the_subject_gives_no_verdict():
    # no close sentence carries the claim: the yes/no answerer says nothing and leaves the question to the look-up
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


# -- other wordings than the tuning questions, on tiny documents of their own ------------------
from qa.draft import Draft  # noqa: E402
from qa.intent import question_forms  # noqa: E402
from qa.text import token_set  # noqa: E402


def mini(units: list[Unit]) -> Evidence:
    """Evidence over a tiny document: sections by heading, lists by lead-in, the vocabulary of its words."""
    return Evidence(
        rows_of=lambda tid: [u for u in units if u.table_id == tid],
        doc_freq=lambda t: sum(t in token_set(u.search_text) for u in units),
        n_units=len(units),
        vocabulary=frozenset(t for u in units for t in token_set(f"{u.section} {u.table} {u.text}")),
        items_after=lambda u: [v for v in units if v.lead and v.lead == u.text],
        list_of=lambda u: [v for v in units if u.lead and v.lead == u.lead],
        section_of=lambda u: [v for v in units if v.doc == u.doc and v.section == u.section],
    )


def ranked(units: list[Unit], *order: int) -> list[Hit]:
    return [Hit(unit=units[i], score=1.0 - n / 10, dense=0.6 - n / 100) for n, i in enumerate(order)]


def test_forms_are_read_through_polite_wrappers():
    assert question_form("can you list the risks in the register") == "list"
    assert question_form("Could you tell me which part covers carers?") == "section"
    assert question_form("do you know if the plan was approved") == "yesno"
    assert question_form("would you summarise the work on falls") == "summary"
    assert question_form("can the board approve the plan?") == "yesno"  # "can" asks here, it is no wrapper


def test_place_questions_in_other_wordings():
    for q in (
        "where in the report does it talk about carers",
        "which part covers carers",
        "is there a section on carers",
        "under which heading are carers",
        "where can I read about carers",
        "in which chapter are carers discussed",
        "where does the annual report mention carers",
        "where's the bit about carers",
        "where are the parts on carers",
    ):
        assert question_form(q) == "section", q
    for q in (
        "where is the hospital",
        "where is the carers team based",
        "what areas does the duty apply to",
        "which services are in the table",
    ):
        assert question_form(q) != "section", q


def test_asked_what_a_report_found_or_says_is_a_summary():
    for q in ("tell me what the needs assessment found", "can you tell me what the review says about falls"):
        assert question_form(q) == "summary", q
    assert question_form("tell me what time the board meets") != "summary"


def test_yes_no_and_open_questions_in_other_wordings():
    for q in (
        "does the plan commit to a new campaign",
        "has the target been achieved",
        "are there any plans to close the unit",
        "will the unit open in 2026",
        "should the board note the report",
        "is it true that waits fell",
    ):
        assert question_form(q) == "yesno", q
    for q in (
        "give me a summary of the next steps",
        "what does the report say about falls",
        "what progress has been made on falls",
        "how has the work on falls been going",
    ):
        assert question_form(q) == "summary", q
    assert question_forms("what are the key findings of the review") == ("list", "summary")
    assert question_form("what kinds of support are offered") == "list"


PLAN = [
    Unit(id="p#0", doc="plan", kind="passage", text="Staff surveys show morale is improving.", section="Chapter 2 - Where we are now"),
    Unit(id="p#1", doc="plan", kind="passage", text="We will balance the budget by 2026.", section="Chapter 5 - Our finances"),
    Unit(id="p#2", doc="plan", kind="passage", text="Our workforce plan recruits 500 nurses.", section="Chapter 6 - Our people"),
    Unit(id="p#3", doc="plan", kind="passage", text="15 Welfare Support ........ 15", section="Contents"),
    Unit(id="p#4", doc="plan", kind="passage", text="2.4 Needs Assessment", section="Community"),
    Unit(id="p#5", doc="plan", kind="passage", text="2.4.1 A study of veterans' needs was published.", section="Community"),
    Unit(id="p#6", doc="plan", kind="passage", text="2.5 Welfare Support", section="Community"),
    Unit(id="p#7", doc="plan", kind="passage", text="2.5.1 Grants of £46,100 went to veteran homes.", section="Community"),
    Unit(id="p#8", doc="plan", kind="passage", text="2.5.2 Free bus passes were given to veterans.", section="Community"),
    Unit(id="p#9", doc="plan", kind="passage", text="3.1 The next conference is in June.", section="3. Looking ahead"),
]


def test_a_place_is_chosen_by_its_content_not_only_the_first_hits_heading():
    draft = sections.answer("which chapter is about the workforce?", ranked(PLAN, 0, 2, 1), mini(PLAN))
    assert draft is not None and draft.text.startswith("Chapter 6 - Our people:") and draft.cited[0] == PLAN[2]
    draft = sections.answer("where in the plan does it talk about balancing the budget", ranked(PLAN, 2, 1), mini(PLAN))
    assert draft is not None and draft.text.startswith("Chapter 5 - Our finances:")


def test_a_place_names_its_numbered_sub_heading_and_never_a_contents_line():
    draft = sections.answer("what part of the report covers welfare support", ranked(PLAN, 3, 7, 5), mini(PLAN))
    assert draft is not None and draft.text.startswith("Community › 2.5 Welfare Support")
    assert PLAN[3] not in draft.cited and PLAN[6] in draft.cited[:3]  # where the sub-section starts is cited too


def test_a_place_question_about_something_no_section_covers_is_refused():
    draft = sections.answer("is there a section on dental care?", ranked(PLAN, 0, 1, 2), mini(PLAN))
    assert draft is not None and draft.status == "no_answer" and "dental care" in draft.text


def test_a_place_in_the_document_the_question_names_wins():
    units = [
        Unit(id="a#0", doc="kcc-treasury-report.pdf", kind="passage", text="Recommendations are set out below.", section="Recommendations"),
        Unit(
            id="b#0", doc="kcc-covenant-report.pdf", kind="passage", text="Members are asked to note the work.", section="Recommendations"
        ),
    ]
    draft = sections.answer("which section of the covenant report has the recommendations", ranked(units, 0, 1), mini(units))
    assert draft is not None and draft.cited[0] == units[1]


YN = [
    Unit(id="y#0", doc="y", kind="passage", text="The board met four times this year.", section="Governance"),
    Unit(
        id="y#1",
        doc="y",
        kind="passage",
        text="We will develop a social marketing campaign. It will start in spring.",
        section="End of life",
    ),
    Unit(id="y#2", doc="y", kind="passage", text="The 10th conference was held in Chatham in June.", section="Events"),
    Unit(id="y#3", doc="y", kind="passage", text="The council retained its Gold Award after a review.", section="Awards"),
    Unit(
        id="y#4",
        doc="y",
        kind="passage",
        text="End of life care is delivered across Leicester, Leicestershire and Rutland.",
        section="End of life",
    ),
]


def test_yes_no_decides_from_the_sentence_carrying_the_claim_even_below_the_first_hit():
    draft = yesno.answer("Does the plan commit to a social marketing campaign?", ranked(YN, 0, 1), mini(YN))
    assert draft is not None and draft.text.startswith("Yes:") and "social marketing campaign" in draft.text and draft.cited[0] == YN[1]


def test_yes_no_accepts_a_general_paraphrase_of_the_claim():
    draft = yesno.answer("has the council kept its gold award?", ranked(YN, 3), mini(YN))
    assert draft is not None and draft.text.startswith("Yes:")


def test_yes_no_gives_no_verdict_when_the_sentence_lacks_part_of_the_claim():
    draft = yesno.answer("was the conference held in chatham in spring with the board?", ranked(YN, 2, 0, 1), mini(YN))
    assert draft is not None and draft.status == "answered" and not draft.text.startswith(("Yes", "No")) and "Chatham" in draft.text
    before_quote = draft.text.split("“")[0].lower()
    assert "yes" not in before_quote and "no" not in before_quote  # nothing outside the quote reads as a verdict
    assert yesno.answer("was the conference held in chatham?", ranked(YN, 2), mini(YN)).text.startswith("Yes:")


def test_yes_no_about_something_the_documents_never_mention_gets_no_verdict_and_the_gate_names_it():
    q = "was the conference held in Manchester?"
    draft = yesno.answer(q, ranked(YN, 2, 0), mini(YN))
    assert draft is not None and not draft.text.startswith(("Yes", "No"))  # Chatham's conference decides nothing about Manchester
    far = [replace(h, dense=0.3) for h in ranked(YN, 2, 0)]  # as far in meaning as a question about another city is
    assert refusal_reason(q, far, mini(YN), min_dense=0.2) == "they do not mention “Manchester”"


def test_yes_no_only_against_a_wider_scope_is_no():
    draft = yesno.answer("is end of life care only delivered in leicestershire?", ranked(YN, 4), mini(YN))
    assert draft is not None and draft.text.startswith("No:")


def test_yes_no_about_a_thing_in_none_of_the_evidence_is_refused_by_the_gate():
    q = "are there any plans to open a new hospital?"
    assert yesno.answer(q, ranked(YN, 0, 2), mini(YN)) is None  # no sentence carries the claim: no verdict
    far = [replace(h, dense=0.3) for h in ranked(YN, 0, 2)]
    assert "“hospital”" in (refusal_reason(q, far, mini(YN), min_dense=0.2) or "")


def test_yes_no_with_under_half_of_the_claim_in_the_evidence_leaves_it_to_the_look_up():
    assert yesno.answer("was the spring campaign scrapped and abandoned?", ranked(YN, 1), mini(YN)) is None


def test_a_summary_of_a_numbered_sub_section_keeps_to_it():
    draft = summary.answer("summarise the welfare support for veterans", ranked(PLAN, 7, 5), mini(PLAN))
    assert isinstance(draft, Draft) and draft.text.startswith("From “2.5 Welfare Support”")
    assert draft.cited == (PLAN[7], PLAN[8])  # not 2.4.1, which the search also found


def test_a_summary_of_a_section_the_question_names_gives_all_of_it():
    units = [
        Unit(id="n#0", doc="n", kind="passage", text="14. Over the next 12 months care moves closer to communities.", section="Next Steps"),
        Unit(id="n#1", doc="n", kind="passage", text="15. Step-up care will be the focus.", section="Next Steps"),
        Unit(id="n#2", doc="n", kind="passage", text="16. A renewed focus on prevention.", section="Next Steps"),
    ]
    draft = summary.answer("give me a summary of the next steps", ranked(units, 0), mini(units))
    assert draft is not None and draft.cited == tuple(units)


def test_a_summary_from_a_table_gives_its_rows_about_the_subject():
    rows = [
        row(30 + i, "Cross-cutting", cells)
        for i, cells in enumerate(
            [("Transforming Care", "Mental health", "12"), ("Shared records", "Inequalities", "40"), ("Discharges", "Mental health", "7")]
        )
    ]
    draft = summary.answer("tell me about mental health", ranked(rows, 0), mini(rows))
    assert draft is not None and draft.cited == (rows[0], rows[2])


def test_a_page_question_names_the_page_a_place_is_printed_on():
    units = [Unit(id="q#0", doc="q.pdf", kind="passage", text="2.5.1 Welfare grants went to veteran homes.", section="Community", page=15)]
    draft = sections.answer("what page is the welfare support for veterans on", ranked(units, 0), mini(units))
    assert draft is not None and draft.text.startswith("Community, paragraph 2.5.1, page 15:") and "15" in draft.computed


def test_the_gate_judges_a_where_question_on_its_subject_not_its_place_words():

    units = [
        Unit(id="g#0", doc="hwb-report.md", kind="passage", text="Admissions into hospitals continued to increase.", section="Challenges")
    ]
    ev = mini(units)
    close = [Hit(unit=units[0], score=1.0, dense=0.3)]  # related, but no paraphrase-close match
    assert refusal_reason("In which paragraph of the hwb report are hospital admissions discussed?", close, ev, min_dense=0.15) is None
    assert refusal_reason("which paragraph talks about dental care", close, ev, min_dense=0.15) is not None


# A lead-in paragraph whose list is printed as bullets in the paragraphs after it (PDF text), the
# list going on over a page break under the next page's running heading.
GRANTS_LEAD = "Several former grants have been rolled into the settlement, as listed below:"
GRANTS = [
    passage(20, GRANTS_LEAD, section="Settlement"),
    passage(21, "• School transport (£3.6m) • Transparency code", section="Settlement"),
    passage(22, "• Islands grant", section="Appendix K"),
    passage(23, "The allocation is £15.7m.", section="Appendix K"),
    row(24, "Risks", ("Grant reduction", "Finance", "10")),
    row(25, "Risks", ("Grant uncertainty", "Finance", "20")),
]


def grants_evidence() -> Evidence:
    order = {u.id: i for i, u in enumerate(GRANTS)}
    return Evidence(
        rows_of=lambda tid: [u for u in GRANTS if u.table_id == tid],
        doc_freq=lambda t: 1,
        n_units=len(GRANTS),
        section_of=lambda u: [v for v in GRANTS if v.section == u.section],
        next_of=lambda u: GRANTS[order[u.id] + 1] if order[u.id] + 1 < len(GRANTS) else None,
    )


def grant_hits(*ids: int) -> list[Hit]:
    by_id = {u.id: u for u in GRANTS}
    return [Hit(unit=by_id[f"d#{n}"], score=1.0 - i / 10, dense=0.8 - i / 100) for i, n in enumerate(ids)]


def test_a_lead_in_paragraph_brings_the_bulleted_paragraphs_after_it_across_a_page_break():
    draft = lists.answer("Which former grants were rolled into the settlement?", grant_hits(20), grants_evidence())
    assert draft is not None
    assert "3 items" in draft.text and "School transport" in draft.text and "Islands grant" in draft.text
    # the lead-in first; each paragraph cited once, its number after the last of its items
    assert draft.cited == (GRANTS[0], GRANTS[1], GRANTS[2])
    assert "Transparency code [2]" in draft.text and "School transport (£3.6m) [2]" not in draft.text


def test_a_list_printed_in_the_text_comes_before_counting_a_close_tables_rows():
    question = "List the types of grant rolled into the settlement"
    assert question_form(question) == "list"
    draft = compose(question, read_intent(question), grant_hits(24, 25, 20), grants_evidence())
    assert "School transport" in draft.text and "Grant reduction" not in draft.text


def test_yes_no_reads_exceptions_reversed_comparisons_and_things_stated_done():
    assert yesno.verdict("Can the council borrow from the Kent Pension Fund?", "UK pension funds (except the Kent Pension Fund)") == "no"
    assert (
        yesno.verdict(
            "are veterans more likely to be treated for opiates than alcohol",
            "They are more likely to be treated for alcohol rather than opiates",
        )
        == "no"
    )
    assert (
        yesno.verdict(
            "are veterans more likely to be treated for alcohol than opiates",
            "They are more likely to be treated for alcohol rather than opiates",
        )
        == "yes"
    )
    # "aims to" is about what follows, not about the approval the sentence states as done
    assert (
        yesno.verdict("was the strategy approved in 2022?", "The strategy was approved in February 2022 and aims to improve outcomes")
        == "yes"
    )


def test_a_summary_of_a_register_reads_the_close_rows_of_every_page_of_it():
    # one register printed over two pages: a table per page, of one title
    def row(i: int, page: int, cells: tuple[str, str]) -> Unit:
        return Unit(
            id=f"r#{i}", doc="r", kind="row", text="", table="Risk register", table_id=f"r#p{page}", headers=("Risk", "Cause"), cells=cells
        )

    page1 = [row(0, 1, ("Waste sites", "Waste sites are old; KCC must invest £50m")), row(1, 1, ("Cyber", "Attacks on systems"))]
    page2 = [row(2, 2, ("Waste income", "Gate fees rose"))]
    rows = page1 + page2
    ev = Evidence(rows_of=lambda t: [r for r in rows if r.table_id == t], doc_freq=lambda t: 1, n_units=3)
    question = "summarise the waste risks in the register"
    assert question_form(question) == "summary"
    draft = summary.answer(question, [Hit(unit=rows[0], score=1.0), Hit(unit=rows[2], score=0.9)], ev)
    assert draft is not None and draft.cited == (rows[0], rows[2])


def test_which_rows_of_a_table_a_list_question_names_by_their_cells():
    # "which activities … reduce admissions to residential and nursing homes" is a list of the rows
    # sharing that commitment, not the look-up of two rows
    rows = [
        Unit(
            id=f"f#{i}",
            doc="f",
            kind="row",
            text="",
            table="Priority 2: Frailty",
            table_id="f#t",
            headers=("Activity", "Commitments"),
            cells=cells,
            row=cells[0],
        )
        for i, cells in enumerate(
            [
                ("Home care", "Reducing permanent admissions to residential and nursing homes"),
                ("Nursing care", "An integrated workforce"),
                ("High dependency beds", "Reducing permanent admissions to residential and nursing homes"),
                ("Reablement", "Faster discharge"),
            ]
        )
    ]
    ev = Evidence(rows_of=lambda t: rows, doc_freq=lambda t: 1, n_units=4)
    question = "Which activities in the frailty table are meant to reduce permanent admissions to residential and nursing homes?"
    assert question_form(question) == "list"
    draft = compose(question, read_intent(question), [Hit(unit=r, score=1.0 - i / 10) for i, r in enumerate(rows)], ev)
    assert (
        "2 items" in draft.text and "Home care" in draft.text and "High dependency beds" in draft.text and "Nursing care" not in draft.text
    )


def test_yes_no_is_decided_by_the_sentence_naming_the_period_asked_before_any_cell():
    grant = Unit(
        id="g#0",
        doc="g",
        kind="passage",
        section="Settlement",
        text="The RSG has decreased since 2015-16 with only small inflationary uplifts since then. The inflationary uplift for 2025- 26 is based on CPI (+1.7%).",
    )
    cell = Unit(
        id="g#1",
        doc="g",
        kind="row",
        text="",
        table="Risks",
        table_id="g#t",
        headers=("Risk", "2025-26"),
        cells=("Waste inflation", "12"),
        row="Waste inflation",
    )
    ev = Evidence(rows_of=lambda t: [cell], doc_freq=lambda t: 1, n_units=2, vocabulary=frozenset({"rsg", "inflat", "uplift", "grant"}))
    question = "does the RSG get an inflation uplift in 25-26"
    draft = compose(question, read_intent(question), [Hit(unit=cell, score=1.0), Hit(unit=grant, score=0.9)], ev)
    # the period's sentence decides, the RSG named in the sentence before it counting as context
    assert draft.text.startswith("Yes:") and "+1.7%" in draft.text


def test_a_question_listing_things_reads_the_prose_cell_naming_them_not_a_figure():
    # "costs" names money, but the question asks which schemes: the cell naming them answers, not
    # the sentence of the row that gives a sum
    risk = Unit(
        id="w#0",
        doc="w",
        kind="row",
        text="",
        table="Risk register",
        table_id="w#t",
        row="Waste sites",
        headers=("Risk", "Cause", "Event"),
        cells=(
            "Waste sites",
            "New legislation (Simpler Recycling) and new levies (Emissions Trading Scheme) add to costs.",
            "Up to £50m of investment is needed.",
        ),
    )
    ev = Evidence(rows_of=lambda t: [risk], doc_freq=lambda t: 1, n_units=1)
    question = "which new laws or schemes are pushing up waste costs?"
    assert question_form(question) == "list"
    draft = compose(question, read_intent(question), [Hit(unit=risk, score=1.0)], ev)
    assert "Emissions Trading Scheme" in draft.text and "£50m" not in draft.text


def test_a_term_the_question_quotes_picks_the_passage_and_sentence_using_it():
    intro = passage(30, "The Act was passed in 2021. Councils must show ‘due regard’ to school places and housing.", section="Law")
    other = passage(31, "The Act had a smooth passage through the House of Lords.", section="Law")
    ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    question = "what does 'due regard' apply to under the act"
    draft = compose(question, read_intent(question), [Hit(unit=other, score=1.0), Hit(unit=intro, score=0.9)], ev)
    assert "school places" in draft.text and draft.cited[0] == intro


def test_yes_no_reads_another_body_doing_what_the_question_asks_of_one():
    assert yesno.verdict("Is the cliff at the hill owned by KCC?", "The privately owned cliff face at the hill collapsed") == "no"
    assert yesno.verdict("Is the scheme funded by the council?", "The scheme is funded by the government") == "no"
    assert yesno.verdict("Is the scheme funded by the council?", "The scheme is funded by the council") == "yes"


def test_on_target_gives_the_figure_beside_its_target_not_a_yes_quoting_the_row():
    headers = ("Indicator", "Target", "Q1", "Q2", "RAG")
    rows = [
        row(1, "Scorecard", ("Council tax collected (cumulative)", "56.0%", "28.4%", "56.3%", "Green"), headers),
        row(2, "Scorecard", ("Potholes repaired within 28 days", "90%", "92%", "88%", "Amber"), headers),
    ]
    ev = Evidence(rows_of=lambda tid: rows, doc_freq=lambda t: 1, n_units=2)
    q = "Is council tax collection on target at Q2?"
    draft = compose(q, read_intent(q), [Hit(unit=u, score=1.0, dense=0.6) for u in rows], ev)
    # before: "Yes: “Council tax collected (cumulative)”", no figure; 56.3% > 56.0% by hand
    assert "56.3%" in draft.text and "56.0%" in draft.text and "above the target" in draft.text


def test_a_question_not_worded_as_a_list_gets_the_whole_list_its_closest_item_belongs_to():
    q = "stages of the life course approach"  # no "what are" or "list": not read as a list question
    assert question_form(q) != "list"
    draft = compose(q, read_intent(q), hits(3, 0), evidence())
    # before: the one item found first, "b. Staying Healthy, Safe and Well;"
    assert "3 items" in draft.text and "Best Start for Life" in draft.text and "Dying Well" in draft.text


def test_how_many_rows_have_a_category_counts_and_names_them(assistant_over):
    log = (
        "| Action no. | Action | Owner | Status |\n| --- | --- | --- | --- |\n"
        "| HWB-1 | Publish the pharmacy assessment | Public health | Green |\n"
        "| HWB-2 | Report on dental access | Commissioning | Red |\n"
        "| HWB-3 | Circulate ward activity data | Intelligence | Green |\n"
        "| HWB-4 | Share winter campaign data | Communications | Amber |\n"
    )
    filler = "".join(f"## Item {i}\n\nThe board noted item {i} on roads and libraries.\n\n" for i in range(12))
    assistant = assistant_over({"minutes.md": f"# Board minutes\n\n## Action log\n\n{log}\n{filler}"})
    a = assistant.ask("how many actions are green")
    assert a.status == "answered" and a.answer.startswith("2 of the 4 rows") and "Circulate ward activity data" in a.answer
    assert "Report on dental access" not in a.answer
