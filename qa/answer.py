"""Evidence -> answer. The answer is extracted, never generated: a cell of the cited row, a figure
computed from cited rows (with its arithmetic shown), or one or two sentences quoted from a passage.
Pure functions: the caller passes the hits and a way to read the other rows of a table.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from qa.answerers import lists, prose_change, reason, sections, summary, yesno
from qa.columns import (
    COUNT_HEADER,
    asks_percentage,
    bracketed,
    column_kinds,
    no_entry,
    columns_asked,
    description_column,
    group_units,
    header_terms,
    label_column,
    label_unit,
    pick_column,
    row_unit,
    unit_column,
)
from qa.answerers.table import (
    PLAN_WORDS,
    TARGET_WORDS,
    against_benchmark,
    against_target,
    answer_from_table,
    fmt,
    group_totals,
    joins_names,
    names_group,
    period_parts,
    named_for_other_periods,
    rows_are_periods,
    uncovered_periods,
    unmarked_twin,
)
from qa.glossary import spells_out
from qa.lexicon import message, thresholds, words
from qa.intent import (
    OPERATIONS,
    Intent,
    Operation,
    asks_actions,
    asks_for_money,
    asks_for_several,
    asks_manner,
    offers_choice,
    operation,
    read_intent,
    without_operation,
)
from qa.tableview import TableView, cell_number, in_financial_years, period_names
from qa.relevance import (
    NAME_SPECIFICITY,
    name_candidates,
    contrasted,
    defined_in,
    Evidence,
    absent_names,
    absent_phrases,
    context_above,
    other_edition,
    coverage,
    gives_period,
    idf,
    label_match,
    matches,
    name_words,
    periods,
    search_tokens,
    specificity,
    subject_tokens,
    surface_forms,
)
from qa.text import canonical_dates, stem, stopwords, token_set, tokenize
from qa.not_given import (
    months_asked,
    months_not_given,
    months_with_years,
    months_written,
    numbered,
    numbered_not_given,
    quarters_named,
    quarters_not_given,
    sex_not_given,
    year_quarters_not_given,
    years_not_given,
    years_not_in_rows,
)
from qa.types import Hit, Unit
from qa.draft import AnswerType, Draft, asked_type, best_sentences, gives_day, headed, holds, refusal
from qa.units import SENTENCE_END, truncate
from qa.values import amounts_in, figure_cell, format_value, normalise_number, numbers_in, parse_value

# One answerer per question form (qa.intent.FORMS); each returns None when its evidence does not
# fit, and the question is then answered as a look-up.
FORM_ANSWERERS: dict[str, Callable[[str, list[Hit], Evidence], Draft | None]] = {
    "list": lists.answer,
    "section": sections.answer,
    "yesno": yesno.answer,
    "summary": summary.answer,
}  # "reason" is asked before any table is read (compose)
ROW_FORMS = {"list", "section"}  # forms a question naming a table row may still ask for
PROSE_ROWS = 3  # rows of the best table among this many best hits whose prose may give a figure asked for
PERIOD_ROW_OPS = frozenset({"change", "pct_change"})  # changes between two rows when a table's rows are periods
TABLE_DEPTH = 5  # a table row among this many best hits may answer an operation on figures
# A name the question gives may be written by one of this many best hits of the answer's document
# (the passage beside a table); fitted by scripts/tune_reading.py.
PHRASE_DEPTH = int(thresholds("reading")["phrase_depth"])
MEDICAL_REFUSAL = message("medical_refusal")  # where to get medical help: qa/data/messages.json


# -- composing ------------------------------------------------------------------------
def table_answer(question: str, hits: list[Hit], evidence: Evidence, intent: Intent | None = None) -> Draft | None:
    """An answer read from the best table: an operation on its figures, or a cell under a period
    the question names. None when the question is not of that kind or the table cannot answer."""
    op = operation(question)
    # the most money or people: over every table of the document (aggregate_answer), never one
    # row's figure; unless the question names a column of figures of another kind ("the highest
    # interest rate"), which only the best table's own ranking can read
    across = op == "extreme" and intent is not None and intent.aggregate in {"max", "min"}
    periods = period_names(question)
    rows = [h.unit for h in hits[:TABLE_DEPTH] if h.unit.kind == "row"]
    top = (best_named_table(rows, question, evidence) if op == "extreme" else rows[0]) if rows else None
    several = hits[0].unit.kind == "row" and asks_for_several(question)  # "the values of A and B each"
    if top is None or not (op or periods or several):
        return None
    view = table_of(top, evidence)
    if op is None and hits[0].unit.kind != "row" and not passes_over_period(periods, hits[0].unit, view):
        return None  # a plain look-up answers from the best evidence, and that is a passage
    if evidence.run_of and (
        op == "extreme" or (op == "sum" and joins_names(question)) or (op in PERIOD_ROW_OPS and rows_are_periods(view))
    ):
        # the most or least of a list printed over many pages, "A and B" added up, or a change
        # between two months printed down the side: all of its pages
        view = evidence.run_of(top.table_id)
    if across and intent is not None and not names_other_figures(view, top, question, intent.measure):
        return None
    if op == "change" and operation_names_row(question, op, top):
        op = None  # "the provision for contractual price increases": the row says "price increases"
    if op == "average" and (header_names_operation(view, question, op) or benchmark_average(view, question)):
        op = None  # "the average rate" of an Average Rate column, "the england average" of an England column: a look-up
    elif op == "average" and (printed := operation_row(view, question, op)) is not None:
        if not periods:  # the table's own average row; with a period asked, its cell under that period
            return row_answer(question, intent or read_intent(question), printed, hits, evidence)
        op = None
    periods = periods_asked(in_financial_years(question, periods, view), view, top)
    if header_is_change(view, question, op, periods, top):
        op = None  # "the forecast variance in 2025-26" where the table has a Variance column: a look-up
    if not (op or periods or several):
        return None
    elsewhere = {p for h in hits[:TABLE_DEPTH] for p in period_names(h.unit.text)}
    missing = [p for p in uncovered_periods(view, periods) if p not in elsewhere]
    if missing and len(missing) == len(periods):
        covered = ", ".join(dict.fromkeys(p for c in view.columns for p in c.years))
        return refusal(f"“{view.title}” gives figures for {covered}, not for {', '.join(missing)}", hits)
    if uncovered_periods(view, periods) or (op is None and periods and not any(view.columns_for(p) for p in periods)):
        return None  # the period asked for is in another source among the best hits
    about = token_set(without_operation(question, op)) - {t for p in periods for t in tokenize(p)}
    about |= {t for m, _ in months_asked(question) for t in tokenize(m)}  # "from aug to sep" names the rows "Aug-25", "Sep-25"
    draft = answer_from_table(
        question,
        about,
        op,
        view,
        lambda t: idf(t, evidence),
        preferred=hits[0].unit if hits[0].unit.kind == "row" else None,
        sum_columns=intent is None or intent.aggregate != "total",  # a total of money or people: over the document
    )
    if draft is None or (not (op or periods) and len(draft.rows) < 2):
        return None  # asked for several things but the table names one: a plain look-up of the best row
    if draft.blank:
        return refusal(draft.text, hits)
    cited = tuple(dict.fromkeys((*draft.rows, *_related(draft.rows[0], hits))))
    return Draft("answered", draft.text, cited=cited, computed=draft.computed, evidence=draft.rows, value=draft.value)


def passes_over_period(periods: tuple[str, ...], passage: Unit, view: TableView) -> bool:
    """The closest passage gives none of the periods asked, and the best table has a column for
    one: "what was the net loss in 2016" is read from the table, not from the heading "Net loss".

    >>> r = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Net loss", cells=("Net loss", "6,557", "4,120"), headers=("", "2016", "2015"))
    >>> v = TableView.of([r])
    >>> passes_over_period(("2016",), Unit(id="2", doc="d", kind="passage", text="Net loss"), v)
    True
    >>> passes_over_period(("2016",), Unit(id="3", doc="d", kind="passage", text="The net loss in 2016 was $6.6 million."), v)
    False
    >>> passes_over_period(("2017",), Unit(id="2", doc="d", kind="passage", text="Net loss"), v)
    False
    """
    said = passage.search_text
    gives = any((p in period_names(said)) or (len(p) == 4 and re.search(rf"\b{p}\b", said)) for p in periods)
    return bool(periods) and not gives and any(view.columns_for(p) for p in periods)


def names_other_figures(view: TableView, row: Unit, question: str, measure: str | None) -> bool:
    """The question names, by its header's words, a column of figures that is not of the kind of
    figure it asks the most of (a rate, where "pays" asks for money).

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "5%", "£10"), headers=("Fund", "Interest Rate", "Balance £"))
    >>> v = TableView.of([u])
    >>> names_other_figures(v, u, "which fund pays the highest interest rate", "money"), names_other_figures(v, u, "which fund has the biggest balance", "money")
    (True, False)
    """
    kinds = column_kinds(row.headers, [r.unit.cells for r in view.rows], units=row.units)
    asked = token_set(question)
    return any(c.numeric and c.index != view.label_col and kinds[c.index] != measure and header_terms(c.name) & asked for c in view.columns)


def operation_names_row(question: str, op: Operation, row: Unit) -> bool:
    """The words that would ask for the operation are the row's own words: "how much is provided
    for contractual price increases" names a row described as "price increases" and asks for its
    figure, not a change between two figures.

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Adult Social Care", cells=("Adult Social Care", "Provision for contractual price increases", "16,500.0"), headers=("", "Description", "2025-26"))
    >>> operation_names_row("How much is provided for contractual price increases in adult social care?", "change", u)
    True
    >>> operation_names_row("How much did adult social care increase from 2024-25 to 2025-26?", "change", u)
    False
    """
    q = question.lower()
    text = " ".join(c for c in row.cells if cell_number(c) is None).lower()
    said = [(q[: m.start()].split()[-1:], m.group(0)) for m in dict(OPERATIONS)[op].finditer(q)]
    # with the word before it, as the row writes them ("price increases"), a plural "s" either way
    return bool(said) and all(
        before and re.search(rf"\b{re.escape(before[0])}\s+{re.escape(w.rstrip('s'))}s?\b", text) for before, w in said
    )


def header_names_operation(view: TableView, question: str, op: Operation) -> bool:
    """A column of figures headed by the operation's own word and another word the question
    writes: "the average interest rate on PWLB loans" asks for the Average Rate column, "average
    cost per place" the "Average annual cost per placement" column, not an average over the row's
    figures (a header "Total" alone says too little). Only averages are read so: a "Total …" or
    "Change from …" column beside the periods is one figure among those a total or a change is
    worked out from.

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="PWLB", cells=("PWLB", "432.4", "4.33"), headers=("", "Balance", "Average Rate"))
    >>> v = TableView.of([u])
    >>> header_names_operation(v, "What is the average interest rate on PWLB loans?", "average"), header_names_operation(v, "What is the average balance?", "average")
    (True, False)
    >>> u = Unit(id="2", doc="d", kind="row", text="", table_id="t", row="INMSS", cells=("INMSS", "341", "62,800"), headers=("", "Placements", "Average annual cost per placement (£)"))
    >>> header_names_operation(TableView.of([u]), "average cost per place for inmss", "average")
    True
    """
    asked = token_set(question)
    said = token_set(without_operation(question, op))
    op_words = asked - said
    return any(
        c.numeric
        and c.index != view.label_col
        and c.path
        and len(terms := token_set(c.path[-1])) > 1
        and bool(terms & op_words)
        and bool((terms - op_words) & said - period_tokens(c.path[-1]))
        for c in view.columns
    )


_BENCHMARK_AVERAGE = re.compile(r"\b([a-z][\w.'’-]*)\s+average\b", re.I)


def benchmark_average(view: TableView, question: str) -> bool:
    """ "The england average" names a column of the table headed by the word before "average"
    ("England", "Region"): a benchmark to read, not an average to work out.

    >>> from qa.tableview import Column
    >>> cols = [Column(j, (h,), h, token_set(h), (), (0, 0), "", True) for j, h in enumerate(["Indicator", "Our rate", "England"])]
    >>> v = TableView("T", tuple(cols), (), 0)
    >>> benchmark_average(v, "cp plan rate england average"), benchmark_average(v, "average cp plan rate"), benchmark_average(v, "the national average")
    (True, False, False)
    """
    named = {stem(m.group(1).lower()) for m in _BENCHMARK_AVERAGE.finditer(question)} - stopwords()
    return any(c.index != view.label_col and named & c.tokens for c in view.columns)


def operation_row(view: TableView, question: str, op: Operation) -> Unit | None:
    """The row labelled with the operation's own word and otherwise only with words the question
    writes: "the England average for pharmacies" asks for the England average row's figure, and
    "the average across the localities" for the table's own Average row, not an average worked out.

    >>> rows = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("", "2025")) for i, (r, v) in enumerate([("Ashmere", "17.6"), ("England average", "18.2")])]
    >>> v = TableView.of(rows)
    >>> operation_row(v, "whats the england average for pharmacies", "average").row, operation_row(v, "average for ashmere", "average")
    ('England average', None)
    >>> operation_row(TableView.of([replace(rows[0], row="Average", cells=("Average", "9.0"))]), "average for the localities", "average").row
    'Average'
    >>> operation_row(TableView.of([replace(rows[0], row="Average weekly cost – residential", cells=("Average weekly cost – residential", "827"))]), "average weekly cost of nursing", "average") is None
    True
    """
    said = token_set(without_operation(question, op))
    op_words = token_set(question) - said
    return next((r.unit for r in view.rows if (terms := token_set(r.label)) & op_words and terms - op_words <= said), None)


def period_tokens(text: str) -> frozenset[str]:
    """The tokens of the periods a text names: a period both share does not name a column.

    >>> sorted(period_tokens("Average rate 2024-25"))
    ['2024', '25']
    """
    return frozenset(t for p in period_names(text) for t in tokenize(p))


def table_of(unit: Unit, evidence: Evidence) -> TableView:
    """The table a row unit belongs to, read once (Evidence.view_of) where the evidence keeps views."""
    return evidence.view_of(unit.table_id) if evidence.view_of else TableView.of(evidence.rows_of(unit.table_id) or [unit])


def best_named_table(rows: list[Unit], question: str, evidence: Evidence) -> Unit:
    """Of the best hits' rows, the first whose table has a column of figures named by most of the
    question's words: "the worst six-month total return" is ranked in the table with a "6 months
    return › Total" column, not in a closer table of market values.

    >>> a = Unit(id="a", doc="d", kind="row", text="", table_id="ta", row="CCLA", cells=("CCLA", "4.9"), headers=("Fund", "Market Value"))
    >>> b = Unit(id="b", doc="d", kind="row", text="", table_id="tb", row="Fidelity", cells=("Fidelity", "-1.2%"), headers=("Fund", "6 months return › Total"))
    >>> ev = Evidence(rows_of=lambda t: [a] if t == "ta" else [b], doc_freq=lambda t: 1, n_units=2)
    >>> best_named_table([a, b], "which fund had the worst six-month total return", ev).id
    'b'
    """
    asked = token_set(question)

    def named(unit: Unit) -> int:
        return max((len(c.tokens & asked) for c in table_of(unit, evidence).value_columns()), default=0)

    scores = [named(u) for u in rows]
    return rows[scores.index(max(scores))]


_SIDES = re.compile(
    r"\b(?:above|over|ahead(?: of)?|higher|more) or (?:below|under|behind|lower|less)\b|\b(?:below|under|behind|lower|less) or (?:above|over|ahead(?: of)?|higher|more)\b|"
    r"\b(?:compare[sd]?|comparing|vs|versus|against)\b",
    re.I,
)


def asks_side(question: str) -> bool:
    """The question asks which side of a mark a figure is on, or sets it against one.

    >>> asks_side("were young carers assessments above or below the year 1 target"), asks_side("what is the target")
    (True, False)
    >>> asks_side("how does business rates collection in nov compare to target")
    True
    """
    return bool(_SIDES.search(question))


def target_answer(question: str, hits: list[Hit], evidence: Evidence, judge: bool = True) -> Draft | None:
    """Asked whether something is on target, the best row's figure beside its Target column
    (qa.answerers.table.against_target), when the best hit is a row of a table with one."""
    top = hits[0].unit if hits else None
    if top is None or top.kind != "row" or not token_set(question) & (TARGET_WORDS | PLAN_WORDS):
        return None
    view = table_of(top, evidence)
    row = view.row_for(top.id)
    found = against_target(view, row, question, judge) if row is not None else None
    if found is None:
        return None
    return Draft("answered", found.text, cited=(top, *_related(top, hits)), evidence=(top,), value=found.value)


BENCHMARK_ROWS = 3  # best hits searched for a row of the best table that a benchmark column has a figure for
_HOW_FAR = re.compile(
    r"\bhow (?:far|much|many) (?:\w+ )?(?:above|below|higher|lower|more|less|fewer|over|under)\b", re.I
)  # "how far above england"


def benchmark_answer(question: str, hits: list[Hit], evidence: Evidence, judge: bool = True) -> Draft | None:
    """Asked how a figure stands against a benchmark ("worse than england", "vs stat neighbours"),
    the best row's own figure beside that column (qa.answerers.table.against_benchmark); where the
    row also gives a rating the question names ("Worse"), that rating says Yes or No."""
    first = hits[0].unit if hits else None
    if first is None or first.kind != "row":
        return None
    view = table_of(first, evidence)
    # the best row of the table with a figure for the benchmark ("Aged 65-74" has no England figure; "Aged 65 and over" has)
    tried = ((h.unit, view.row_for(h.unit.id)) for h in hits[:BENCHMARK_ROWS] if h.unit.table_id == first.table_id)
    top, found = next(
        ((u, d) for u, row in tried if row is not None and (d := against_benchmark(view, row, question, judge))), (first, None)
    )
    if found is None:
        return None
    text = found.text
    rated = rating_cell(question, top, label_column(top)) if judge else None
    if rated is not None:
        (j, verdict), said = rated, re.sub(r"^(?:Yes|No): ", "", text).removesuffix(" [1].")
        text = f"{verdict}: {said}; {headed(top.headers[j], top.cells[j])} [1]."
    return Draft("answered", text, cited=(top, *_related(top, hits)), computed=found.computed, evidence=(top,), value=found.value)


def header_is_change(view: TableView, question: str, op: Operation | None, periods: tuple[str, ...], row: Unit) -> bool:
    """A change asked of at most one period where a column of figures is headed by the change's
    own word and the row has a figure there: "the forecast variance for transport in 2025-26"
    reads the Variance column. A change between two periods, one the column leaves blank, or a
    percentage change (reports round it; it is worked out from the figures) is computed.

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Transport", cells=("Transport", "41", "2.9"), headers=("", "2025-26 › Forecast", "2025-26 › Variance £000"))
    >>> v = TableView.of([u])
    >>> header_is_change(v, "forecast variance for transport in 2025-26", "change", ("2025-26",), u)
    True
    >>> header_is_change(v, "change in transport from 2024-25 to 2025-26", "change", ("2024-25", "2025-26"), u)
    False
    >>> header_is_change(v, "percentage variance for transport", "pct_change", (), u)
    False
    >>> w = Unit(id="2", doc="d", kind="row", text="", table_id="t", row="Castle", cells=("Castle", "73.4", "(0.6)"), headers=("Ward", "Life expectancy › Male", "Change since 2016–2018 › Male"))
    >>> header_is_change(TableView.of([w]), "change in male life expectancy in castle since 2016-18", "change", (), w)
    True
    """
    if op != "change" or len(periods) > 1:
        return False
    asked = token_set(question)
    op_words = asked - token_set(without_operation(question, op))
    return any(
        c.numeric
        and c.index != view.label_col
        and c.path
        # the leaf ("Variance") or a group over it ("Change since 2016–2018 › Male")
        and any((own := {t for t in token_set(part) if t.isalpha()}) and own & op_words and own <= asked for part in c.path)
        and c.index < len(row.cells)
        and bool(row.cells[c.index])
        for c in view.columns
    )


def periods_asked(named: tuple[str, ...], view: TableView, row: Unit) -> tuple[str, ...]:
    """The periods a question asks figures for: those it names, less those that only repeat the
    row's own name ("the pressure from 2024/25" names a row, not a 2024-25 column).

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Pressure from 2024/25", cells=("Pressure from 2024/25", "7,800"), headers=("", "2025-26"))
    >>> periods_asked(("2025-26", "2024-25"), TableView.of([u]), u)
    ('2025-26',)
    """
    in_label = {p for c in row.cells if c and cell_number(c) is None for p in period_names(c)}
    return tuple(p for p in named if view.columns_for(p) or p not in in_label)


def compose(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> Draft:
    """The answer to a question that passed the relevance gate; `hits` come reranked. A figure
    asked for a place, body or thing the question names (qa.relevance.specifics) comes from a
    source that names it: "how much was raised in Borchester" is not answered by a sum raised elsewhere;
    a figure or date asked for a calendar year, from a passage that gives that year. Any answer to
    a question naming a thing in several words ("the Revenue Support Grant") comes from a source
    writing that name (`names_not_written`)."""
    draft = _compose(question, intent, hits, evidence)
    if draft.status == "answered" and draft.evidence and (edition := other_edition(question, list(draft.evidence))):
        period, title = edition
        return refusal(f"the closest source, “{title}”, is not the {period} edition the question asks about", hits)
    if draft.status == "answered" and draft.evidence:
        partly = names_not_written(question, draft.evidence, hits, evidence)
        if partly:
            named = ", ".join(f"“{w}”" for w in partly[:2])
            return refusal(f"the closest source does not mention {named}", hits)
    looked_up = len(draft.evidence) == 1 and draft.evidence[0].kind == "row" and not draft.computed and operation(question) != "periods"
    if draft.status == "answered" and looked_up:
        row = draft.evidence[0]  # one row's cells answer: a row named in part, beside another name, is a near miss
        # a short form the documents define is in a row that writes its long form ("CIP" of a "Cost Improvement Programme" table)
        if pair := contrasted(question, row.row, (held := search_tokens(row)) | defined_in(held, evidence.defined)):
            return refusal(f"they give no figures for “{pair[0]}” (the closest table row is “{row.row}”)", hits)
        if unlisted := names_not_in_table(question, row, evidence):
            return refusal(f"“{row.table}” gives no figures for “{surface_forms(question, unlisted)[0]}”", hits)
    if (intent.quantity or asked_type(question)) and draft.status == "answered" and draft.evidence:
        missing = absent_names(question, [Hit(unit=u, score=1.0) for u in draft.evidence], evidence)
        if all(u.kind == "passage" for u in draft.evidence):  # a table's periods are checked by the table answerer
            missing += years_not_given(question, draft.evidence)
        if missing:
            named = ", ".join(f"“{w}”" for w in surface_forms(question, missing)[:2])
            return refusal(f"the source that gives a figure does not mention {named}", hits)
    if draft.status == "answered" and draft.evidence and (by_year := years_not_in_rows(question, draft.evidence)):
        asked, given = by_year
        return refusal(f"the closest table gives figures for {', '.join(given)}, not for {', '.join(asked)}", hits)
    if draft.status == "answered" and draft.evidence and (months := months_not_given(question, draft.evidence)):
        dated = giving_months(question, hits, evidence)  # a close source that gives the month asked answers instead
        redraft = _compose(question, intent, [dated, *(h for h in hits if h is not dated)], evidence) if dated else None
        if redraft is not None and redraft.status == "answered" and redraft.evidence and not months_not_given(question, redraft.evidence):
            return redraft
        asked, given = months
        return refusal(f"the closest source gives {', '.join(given[:3])}, not {', '.join(asked)}", hits)
    if (
        draft.status == "answered"
        and draft.evidence
        and (quarters := quarters_not_given(question, draft.evidence) or year_quarters_not_given(question, draft.evidence))
    ):
        asked, given = quarters
        return refusal(f"the closest source gives {', '.join(given[:4])}, not {', '.join(asked)}", hits)
    if draft.status == "answered" and draft.evidence and (number_gap := numbered_not_given(question, draft.evidence)):
        return refusal(f"the closest source gives “{number_gap[1]}”, not “{number_gap[0]}”", hits)
    if draft.status == "answered" and draft.evidence and (sex := sex_not_given(question, draft.evidence)):
        return refusal(f"the closest source does not give figures for {sex}", hits)
    asks_value = intent.form is None and asked_type(question) != "date"  # not "what does X stand for", "when", a list
    if draft.status == "answered" and asks_value and (unavailable := says_unavailable(draft)):
        return refusal(f"the closest passage says it is not available: “{unavailable}”", hits)
    return draft


_UNAVAILABLE = re.compile(
    r"\b(?:is|are|was|were|has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:published|available|included|reported|collected|known|measured)\b",
    re.I,
)


def says_unavailable(draft: Draft) -> str:
    """The sentence of a quoted passage answer saying that what it is about is not published or not
    available ("Healthy life expectancy is not included in this report because …") and gives no
    figure: no answer to a question asking for it. Empty when there is none, or the answer is read
    from a table.

    >>> p = Unit(id="1", doc="d", kind="passage", text="")
    >>> says_unavailable(Draft("answered", "“Healthy life expectancy is not included in this report.” [1]", cited=(p,), evidence=(p,)))
    'Healthy life expectancy is not included in this report.'
    >>> says_unavailable(Draft("answered", "“Results were published in May.” [1]", cited=(p,), evidence=(p,)))
    ''
    >>> says_unavailable(Draft("answered", "“It also gets a grant of £412,000, which is not included above.” [1]", cited=(p,), evidence=(p,)))
    ''
    """
    if draft.computed or not draft.cited or any(u.kind != "passage" for u in (*draft.cited[:1], *draft.evidence)):
        return ""
    quoted = re.findall(r"“([^”]+)”", draft.text)
    return next((q for q in quoted if _UNAVAILABLE.search(q) and not amounts_in(q)), "")  # a figure it does give answers


def names_not_in_table(question: str, row: Unit, evidence: Evidence) -> list[str]:
    """Names the question gives (words the corpus writes as names, rare in English) that the
    answer's table writes nowhere (title, headings, section, any row, its file's name), when some of
    its rows are named the same way: "home care hourly rate in dunmarrow?" is not answered by the
    Saltmere row of a table of other localities.

    >>> rows = [Unit(id=str(i), doc="d.md", kind="row", text=f"Locality: {p} | Hourly rate: {v}", table="Home care by locality", table_id="t", row=p, cells=(p, v), headers=("Locality", "Hourly rate"))
    ...         for i, (p, v) in enumerate([("Saltmere", "26.10"), ("Brackwater", "25.80")])]
    >>> ev = Evidence(rows_of=lambda t: rows, doc_freq=lambda t: 1, n_units=2, names=frozenset({"saltmere", "brackwater", "dunmarrow"}))
    >>> names_not_in_table("home care hourly rate in dunmarrow?", rows[0], ev), names_not_in_table("hourly rate in saltmere", rows[0], ev)
    (['dunmarrow'], [])
    """
    asked = [w for w in name_candidates(question, evidence.names) if w in evidence.names and specificity(w) >= NAME_SPECIFICITY]
    if not asked or not row.table_id:
        return []
    rows = evidence.rows_of(row.table_id) or [row]
    if not any(set(re.findall(r"[a-z][a-z'’-]+", r.row.lower())) & evidence.names for r in rows):
        return []  # a table of measures, not of places or bodies: the name may be the whole paper's
    # the file's name once, not per row
    written = name_words(row.doc).union(
        *(search_tokens(r) | token_set(f"{r.table} {r.group} {r.section} {' '.join(r.headers)}") for r in rows)
    )
    return [w for w in asked if not all(t in written for t in tokenize(w))]


def names_not_written(question: str, sources: tuple[Unit, ...], hits: list[Hit], evidence: Evidence) -> list[str]:
    """Names of several words the question gives (qa.relevance.named_phrases) that the answer's
    sources do not write whole, nor the passages above them, their tables' row labels, or the best
    hits of their documents. A question offering alternatives ("A or B") need not find both."""
    if offers_choice(question) or not absent_phrases(question, list(sources)):
        return []  # the common case, decided without reading any more units
    above = [h for u in sources for h in context_above(u, evidence.section_of(u))]
    docs = {u.doc for u in sources}
    above += [h.unit for h in hits[:PHRASE_DEPTH] if h.unit.doc in docs]  # the passage beside a table may name it
    tables = dict.fromkeys(u.table_id for u in sources if u.kind == "row")
    labels = [f"{r.row} {r.group}" for t in tables for r in evidence.rows_of(t)]
    return absent_phrases(question, [*sources, *above], labels)


def month_row(question: str, hits: list[Hit], evidence: Evidence) -> Unit | None:
    """A table row among the best hits with a column for the month the question names, when the
    closest passage does not name it: "ucr referrals in june" is read from the table of months,
    not from the passage on October.

    >>> p = Unit(id="1", doc="d", kind="passage", text="Referrals reached 1,274 in October.")
    >>> r = Unit(id="2", doc="d", kind="row", text="Referrals | Jun: 1,087 | Oct: 1,274", row="Referrals", cells=("Referrals", "1,087", "1,274"), headers=("", "Jun", "Oct"))
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    >>> month_row("referrals in june", [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)], ev).id, month_row("referrals in october", [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)], ev)
    ('2', None)
    >>> month_row("more referrals in june or october?", [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)], ev).id
    '2'
    """
    asked = {m for m, _ in months_asked(question)}
    top = hits[0].unit
    if not asked or top.kind != "passage" or asked <= months_written(canonical_dates(top.search_text.lower())):
        return None
    return next(
        (
            h.unit
            for h in hits[1:TABLE_DEPTH]
            if h.unit.kind == "row"
            and asked <= months_written(" ".join(h.unit.headers))
            and coverage(question, h.unit, evidence) >= HALF_COVERED
        ),
        None,
    )


def giving_months(question: str, hits: list[Hit], evidence: Evidence) -> Hit | None:
    """The first table row among the best hits after the first that names every month the question asks for (with
    its year, when the question gives one) and carries at least half of the question: where the
    figure is when the closest source is of another month ("money market funds at 30 September
    2024", asked of a paper whose closest table is at 30 November).

    >>> us = [Unit(id=str(i), doc="d", kind="row", text=t) for i, t in enumerate(["Funds held | 30 November 2024: £90m", "Funds held | 30 September 2024: £133m"])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    >>> giving_months("funds held at 30 September 2024", [Hit(unit=u, score=1.0) for u in us], ev).unit.id
    '1'
    """
    asked = months_asked(question)
    if not asked:
        return None
    for h in hits[1 : CLOSER_DEPTH * 2]:
        if h.unit.kind != "row":
            continue  # a figure by month is a table's; a passage naming the month may be a page's footer
        text = canonical_dates(f"{h.unit.search_text} {' '.join(h.unit.headers)}".lower())
        given = months_with_years(text)
        if (
            all((m, y) in given if y else m in months_written(text) for m, y in asked)
            and coverage(question, h.unit, evidence) >= HALF_COVERED
        ):
            return h
    return None


def numbered_sibling(question: str, row: Unit, evidence: Evidence) -> Unit | None:
    """Another row of the row's table whose label numbers what the question numbers, when the
    row's own label does not: "patients on pathway 1" is the "Pathway 1 (home)" row, not the
    "Total patients" row that the other words fit better.

    >>> rows = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=label, cells=(label, "5")) for i, label in enumerate(["Pathway 1 (home)", "Pathway 2 (bed)", "Total patients"])]
    >>> ev = Evidence(rows_of=lambda t: rows, doc_freq=lambda t: 1, n_units=3)
    >>> numbered_sibling("patients on pathway 2", rows[2], ev).row, numbered_sibling("patients on pathway 2", rows[1], ev)
    ('Pathway 2 (bed)', None)
    """
    asked = set(numbered(question))
    if row.kind != "row" or not asked or asked & set(numbered(row.row)):
        return None
    return next((r for r in evidence.rows_of(row.table_id) if asked & set(numbered(r.row))), None)


def unit_twin(question: str, row: Unit, evidence: Evidence) -> Unit | None:
    """The row printed twice with its figure in two units ("Shifts above price cap (number)" and
    "(%)"): the one in the unit asked, a count for "how many", a percentage for "%" or "rate".

    >>> rows = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=f"Shifts above cap ({u})", cells=(f"Shifts above cap ({u})", "5")) for i, u in enumerate(["number", "%"])]
    >>> ev = Evidence(rows_of=lambda t: rows, doc_freq=lambda t: 1, n_units=2)
    >>> unit_twin("how many shifts were above the cap", rows[1], ev).row, unit_twin("% of shifts above the cap", rows[0], ev).row
    ('Shifts above cap (number)', 'Shifts above cap (%)')
    >>> unit_twin("shifts above the cap", rows[1], ev) is None
    True
    """
    own = bracketed(row.row) if row.kind == "row" else None
    if own is None:
        return None
    percent = asks_percentage(question) or "rate" in token_set(question)
    count = not percent and bool(_ASKS_COUNT.match(question))
    if not (percent or count) or ("%" in own.group(1)) == percent:
        return None
    base = row.row[: own.start()].strip().lower()
    for r in evidence.rows_of(row.table_id):
        theirs = bracketed(r.row)
        if r.id != row.id and theirs and ("%" in theirs.group(1)) == percent and r.row[: theirs.start()].strip().lower() == base:
            return r
    return None


def rating_cell(question: str, unit: Unit, label_col: int) -> tuple[int, str] | None:
    """The column of a row whose cell gives a rating the yes/no question names or rivals ("Worse"
    for "is it worse than england"), with the verdict it gives; None when no cell does.

    >>> u = Unit(id="r", doc="d", kind="row", text="", cells=("Cinderfold", "25.9", "Worse"), headers=("District", "Obesity (%)", "Compared with England"))
    >>> rating_cell("is obesity in cinderfold worse than england", u, 0), rating_cell("is obesity high", u, 0)
    ((2, 'Yes'), None)
    """
    verdicts = ((j, yesno.cell_verdict(question, c, unit.row)) for j, c in enumerate(unit.cells) if j != label_col)
    return next(((j, said) for j, said in verdicts if said), None)


RATED_DEPTH = 3  # hits searched for a row whose rating answers a yes/no question
RATED_FIGURES = 8  # figures of the row given beside its rating (a row of periods and plans, as printed)


def rated_row(question: str, hits: list[Hit]) -> Draft | None:
    """A yes/no question naming a rating ("on track", "worse", "green") answered by the rating
    cell of the first of the best rows the question names in part: Yes when the row gives that
    rating, No when it gives another of the same scale. None when no such row is there.

    >>> u = Unit(id="r", doc="d", kind="row", text="", row="Falls admissions", cells=("Falls admissions", "521.4", "500.0", "Not on track"),
    ...          headers=("Metric", "Actual", "Plan", "Status"))
    >>> rated_row("is the falls metric on track", [Hit(unit=u, score=1.0)]).text
    'No: Falls admissions — Actual: 521.4; Plan: 500.0; Status: Not on track [1].'
    >>> rated_row("is the falls metric rising", [Hit(unit=u, score=1.0)]) is None
    True
    >>> v = Unit(id="k", doc="d", kind="row", text="", row="Northfield", cells=("Northfield", "15.7", "Worse"), headers=("Area", "2024", "Compared with England"))
    >>> rated_row("is northfield worse than england", [Hit(unit=v, score=1.0)]).text, rated_row("is northfield worse than in southmoor in 2024", [Hit(unit=v, score=1.0)])
    ('Yes: Northfield — 2024: 15.7; Compared with England: Worse [1].', None)
    """
    other = token_set(compared_with(question))
    for h in hits[:RATED_DEPTH]:
        unit = h.unit
        if unit.kind != "row" or not label_match(question, unit) or token_set(unit.row) <= other:
            continue  # "worse than england": the England row is what the figure is compared with
        label = label_column(unit)
        rated = rating_cell(question, unit, label)
        against = {t for t in other - token_set(unit.row) if t.isalpha()}  # not its year
        if rated is not None and against and not against & token_set(unit.headers[rated[0]]):
            return None  # "worse than Southmoor": a rating against England does not say
        if rated is not None:
            j, verdict = rated
            # the row's figures too, that the rating is read beside them
            shown = [k for k, c in enumerate(unit.cells) if k not in (label, j) and figure_cell(c)][:RATED_FIGURES] + [j]
            cells = "; ".join(headed(unit.headers[k], unit.cells[k]) for k in shown)
            return Draft("answered", f"{verdict}: {unit.row} — {cells} [1].", cited=(unit,), evidence=(unit,))
    return None


_COMPARED_WITH = re.compile(r"\b(?:than|vs\.?|versus|against|compared (?:with|to))\s+(.*)$", re.I)


def compared_with(question: str) -> str:
    """What a question compares its subject with: the words after "than", "vs", "against".

    >>> compared_with("is our suicide rate worse than england?"), compared_with("is it on track")
    ('england?', '')
    """
    m = _COMPARED_WITH.search(question)
    return m.group(1) if m else ""


def figure_twin(question: str, row: Unit, evidence: Evidence) -> Unit | None:
    """The row of the figure itself beside a plan's row the question did not ask for ("78+ weeks -
    actual" for "78+ weeks - plan": qa.answerers.table.unmarked_twin); None when there is none."""
    if row.kind != "row":
        return None
    view = table_of(row, evidence)
    own = view.row_for(row.id)
    twin = unmarked_twin(view, own, question) if own is not None else None
    return twin.unit if twin is not None else None


_PERCENT_MARK = re.compile(r"\(\s*%|%\s*\)|\bper ?cent(?:age)?\b|%$", re.I)  # "(%)", "(% of attendances)", "Rate %"


def gives_percentage(unit: Unit, col: int) -> bool:
    """A row's cell is a percentage by its own sign, its column's header or unit, the row's label or
    the group heading it ("4-hour performance (% of attendances)"): no count of things.

    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Royal Infirmary", group="4-hour performance (% of attendances)", cells=("Royal Infirmary", "63.9"), headers=("Measure", "Oct"))
    >>> gives_percentage(u, 1), gives_percentage(replace(u, group="Attendances"), 1)
    (True, False)
    """
    unit_of = unit.units[col] if col < len(unit.units) else ""
    return "%" in unit.cells[col] or any(_PERCENT_MARK.search(t) for t in (unit.group, unit.row, unit.headers[col], unit_of) if t)


_ASKS_COUNT = re.compile(r"^\s*(?:how many|number of|no\.? of)\b", re.I)
_RATE_MARK = re.compile(r"\bper\s+(?:\d[\d,]*|100k|1k|10k|head|capita|thousand|hundred thousand)\b|\brate\b", re.I)


def gives_rate(unit: Unit, col: int, question: str) -> bool:
    """A row's cell is a rate ("per 100,000", "Detection rate") by its row's label, group or
    column, and the question asks for no rate: "how many tests" is not answered by a rate of them.

    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Detection rate per 100,000 aged 15 to 24", cells=("Detection rate per 100,000 aged 15 to 24", "3,046"), headers=("Indicator", "Q2"))
    >>> gives_rate(u, 1, "how many tests in q2"), gives_rate(u, 1, "how many per 100,000 in q2"), gives_rate(replace(u, row="Tests"), 1, "how many tests")
    (True, False, False)
    """
    return not re.search(r"\bper\b|\brates?\b", question, re.I) and any(
        _RATE_MARK.search(t) for t in (unit.group, unit.row, unit.headers[col]) if t
    )


def _compose(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> Draft:
    if intent.form != "define" and hits and spells_out(hits[0].unit):
        # a glossary row matched the short form the question writes ("the TSB's priorities"):
        # it says what the letters stand for, the other evidence what the question asks
        hits = [h for h in hits if not spells_out(h.unit)] + [h for h in hits if spells_out(h.unit)]
    if intent.form == "reason":
        # A table holds a change, never its cause: asked why, the prose answers before any figure.
        cause = reason.answer(question, hits, evidence)
        if cause is not None:
            return cause
        if hits[0].unit.kind == "row" and all(figure_cell(c) for c in hits[0].unit.cells if c):
            return refusal("the closest source is a table, which gives figures but not the reasons for them", hits)
    if (intent.form == "yesno" or asks_side(question)) and (
        targeted := target_answer(question, hits, evidence, intent.form == "yesno")
    ) is not None:
        return targeted  # "is council tax collection on target?", "above or below target?": the figure beside its target
    if (intent.form == "yesno" or asks_side(question) or operation(question) == "compare" or _HOW_FAR.search(question)) and (
        benchmarked := benchmark_answer(question, hits, evidence, intent.form == "yesno")
    ) is not None:
        return benchmarked  # "is our suicide rate worse than england?": the figure beside England's
    if intent.form == "yesno" and (rated := rated_row(question, hits)) is not None:
        return rated  # "is the falls metric on track?": the row's own rating ("Not on track") decides before any sentence
    verdict = yesno.answer(question, hits, evidence) if intent.form == "yesno" else None
    if verdict is not None and yesno.decides(verdict):
        return verdict  # asked yes or no, a sentence deciding it answers before any cell is looked up
    if intent.form == "list" and not intent.aggregate and (op := operation(question)) in (None, "rows"):
        # A list printed in the text, named by the question, comes before any table's rows; asked
        # nothing of figures or periods, a table's column as well ("which activities … reduce A and B"
        # is a list, not the look-up of two rows)
        plain = op is None and not period_names(question)
        listed = (lists.answer if plain else lists.printed_answer)(question, hits, evidence)
        if listed is not None:
            return listed
    counted = lists.counted_answer(question, hits, evidence)  # "how many actions are green"
    if counted is not None:
        return counted
    manner = asks_manner(question) and hits[0].unit.kind == "row"
    from_table = table_answer(question, hits, evidence, intent) if intent.form != "reason" and not manner else None
    if from_table is not None:
        if intent.form == "yesno" and from_table.status == "answered" and operation(question) == "change":
            # "did the book fund increase?": the change computed answers it, and says which way
            said = yesno.change_verdict(question, from_table.value)
            return replace(from_table, text=f"{said}: {from_table.text}") if said else from_table
        return from_table
    changed = prose_change.answer(question, hits)  # "1583 in 23-24, 2160 in 24-25": a change stated in words
    if changed is not None:
        return changed
    named_row = hits[0].unit.kind == "row" and label_match(question, hits[0].unit) == 1.0
    # "how many risks are rated green" of a table counting risks by rating: the Green row's count, not the rows counted
    counted_row = named_row and intent.aggregate == "rows" and bool(amounts_in(" ".join(hits[0].unit.cells[1:])))
    if (intent.aggregate and intent.measure and not named_row) or (intent.aggregate == "rows" and not counted_row):
        draft = aggregate_answer(question, intent, hits, evidence)
        if draft is not None:
            return draft
    # A question naming a row is a look-up of that row, unless it asks for a list or a place.
    for form in (intent.forms or ((intent.form,) if intent.form else ())) if not intent.aggregate else ():
        answerer = FORM_ANSWERERS.get(form) if form in ROW_FORMS or not named_row else None
        draft = answerer(question, hits, evidence) if answerer is not None else None
        if draft is not None:
            return draft
    top = hits[0].unit
    phrases = quoted_phrases(question)
    if phrases and not says_all(top.search_text, phrases):
        # a term the question puts in quotes ("what does 'due regard' apply to") is in its answer
        top = next((h.unit for h in hits[:QUOTED_DEPTH] if says_all(h.unit.search_text, phrases)), top)
    top = month_row(question, hits, evidence) or top
    top = numbered_sibling(question, top, evidence) or top
    top = unit_twin(question, top, evidence) or top
    top = figure_twin(question, top, evidence) or top
    if top.kind == "row":
        return row_answer(question, intent, parent_unless_named(question, top, evidence), hits, evidence)
    kind = asked_type(question) or ("number" if intent.quantity else None)
    asked_periods = periods(question)
    if top is hits[0].unit and asked_periods and not gives_period(asked_periods, top.text):
        # "the grant for 2025-26": a close passage giving a figure for that period
        # beats the closest, which gives none for it
        dated = closer_passages(question, hits, evidence, lambda text: gives_period(asked_periods, text) and holds("number", text))
        top = dated[0] if dated else top
    if top is hits[0].unit and top.lead and not kind and not intent.measure:
        # the closest passage is one item of a list ("cancer (24% of the gap)" under "The three biggest
        # contributors … are:"), and no figure is asked: the whole list answers, not its first item found
        listed = lists.answer(question, hits, evidence)
        if listed is not None and top in listed.cited:  # that item's own list, not another the words fit
            return listed
        # asked what is done ("what will the council do to …"): its own list, however little of the question its lead-in says
        own = lists.own_answer(top, hits, evidence) if asks_actions(question) else None
        if own is not None:
            return own
    elif top is hits[0].unit and not kind and not intent.measure and asks_actions(question):
        # "what is the board being asked to do": the list the question names, though a paragraph came first
        listed = lists.answer(question, hits, evidence)
        if listed is not None:
            return listed
    if kind in {"number", "percent"} and top is hits[0].unit and (row := named_elsewhere(question, top, hits, evidence)) is not None:
        return row_answer(question, intent, row, hits, evidence)  # the passage is about something else: the row the question names answers
    if kind and not holds(kind, top.text):
        # Asked for a figure or a date: a close passage that gives one beats the closest that does not.
        section = evidence.section_of(top)
        carried = continuation(top, section)
        giving = [carried] if carried is not None and holds(kind, carried.text) else []
        # the paragraph after it, under the same heading and on the question's subject, may give the figure it leads up to
        subject = subject_tokens(question)
        giving += [
            u for u in following(top, section, NEXT_PARAGRAPHS) if u is not carried and holds(kind, u.text) and subject & token_set(u.text)
        ]
        giving += closer_passages(question, hits, evidence, lambda text: holds(kind, text))
        if giving and giving[0] is carried:
            # the passage it carries on from says what the figure is of ("the move ..., which")
            draft = passage_answer(question, carried, hits, evidence, intent)
            return replace(draft, evidence=(*draft.evidence, top)) if draft.status == "answered" else draft
        if not giving and kind != "date" and (row := closer_row(question, hits, evidence)) is not None:
            return row_answer(question, intent, row, hits, evidence)  # no passage gives the figure: a close table row does
        if not giving and kind == "date" and (row := dated_row(question, hits, evidence)) is not None:
            return row_answer(question, intent, row, hits, evidence)  # nor the day: a close row, an action plan's, does
        top = giving[0] if giving else top
    elif kind == "date" and not gives_day(question, top.text):
        # Asked when: a close passage giving the day beats one giving only a year.
        dated = closer_passages(question, hits, evidence, lambda text: gives_day(question, text))
        if not dated and (row := dated_row(question, hits, evidence)) is not None:
            return row_answer(question, intent, row, hits, evidence)  # "when is the cctv due": the action plan's row gives the day
        top = dated[0] if dated else top
    if not kind and (led := lists.introduced(top, hits, evidence)) is not None:
        return led  # a paragraph announcing a list ("… will be carried out as follows:") is answered with the list
    draft = passage_answer(question, top, hits, evidence, intent)
    if draft.status != "answered" and kind in {"number", "percent"} and (row := closer_row(question, hits, evidence)) is not None:
        return row_answer(question, intent, row, hits, evidence)  # the passage's figures are not the one asked: a close row's is
    return draft


CLOSER_DEPTH = 5  # hits searched for a passage that says what the closest does not (a figure, a day, the period asked)
HALF_COVERED = 0.5  # such a passage carries at least this share of the question's subject


def closer_passages(question: str, hits: list[Hit], evidence: Evidence, says: Callable[[str], bool]) -> list[Unit]:
    """The passages among the next best hits (after the first) whose text `says` what is asked and
    that carry at least half the question: where the answer is when the closest passage lacks it.

    >>> us = [Unit(id=str(i), doc="d", kind="passage", text=t) for i, t in enumerate(["Grants fell.", "Grants were £5m in 2025.", "Weather."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3)
    >>> [u.text for u in closer_passages("grants in 2025", [Hit(unit=u, score=1.0) for u in us], ev, lambda t: "2025" in t)]
    ['Grants were £5m in 2025.']
    """
    return [
        h.unit
        for h in hits[1:CLOSER_DEPTH]
        if h.unit.kind == "passage" and says(h.unit.text) and coverage(question, h.unit, evidence) >= HALF_COVERED
    ]


def closer_row(question: str, hits: list[Hit], evidence: Evidence) -> Unit | None:
    """The first table row among the next best hits that the question names and that carries at
    least half of it, with a figure: what answers a question asking for a figure when the closest
    passage gives none ("child poverty rate caldmoor" finds "Child poverty is highest in Caldmoor",
    then the table giving the rate).

    >>> p = Unit(id="1", doc="d", kind="passage", text="Child poverty is highest in Caldmoor.")
    >>> r = Unit(id="2", doc="d", kind="row", text="Locality: Caldmoor | Child poverty (%): 27.4", row="Caldmoor", cells=("Caldmoor", "27.4"))
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    >>> closer_row("child poverty rate caldmoor", [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)], ev).id
    '2'
    """
    subject = subject_tokens(question)
    rarest = max(sorted(subject), key=lambda t: idf(t, evidence)) if subject else ""

    def named(unit: Unit) -> bool:
        # in full, or by the question's rarest word and half the row's name ("the golden hello
        # scheme" names "Dental Recruitment Incentive Scheme ("golden hello")")
        name = token_set(f"{unit.row} {unit.row_detail}")
        return label_match(question, unit) == 1.0 or (rarest in name and len(name & token_set(question)) * 2 >= len(name))

    return _close_row(hits, lambda u: named(u) and coverage(question, u, evidence) >= HALF_COVERED)


def dated_row(question: str, hits: list[Hit], evidence: Evidence) -> Unit | None:
    """The first table row among the next best hits that gives a day and carries at least half of
    the question: what answers "when" when the closest passage gives no day.

    >>> p = Unit(id="1", doc="d", kind="passage", text="The rise is why the new cameras are in the action plan.")
    >>> r = Unit(id="2", doc="d", kind="row", text="Action: Install cameras in Eastgate | Due: 31 January 2026", row="Install cameras in Eastgate", cells=("Install cameras in Eastgate", "31 January 2026"))
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    >>> dated_row("when are the eastgate cameras due", [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)], ev).id
    '2'
    """
    return next(
        (
            h.unit
            for h in hits[1:CLOSER_DEPTH]
            if h.unit.kind == "row" and gives_day(question, " ".join(h.unit.cells)) and coverage(question, h.unit, evidence) >= HALF_COVERED
        ),
        None,
    )


def _close_row(hits: list[Hit], fits: Callable[[Unit], bool]) -> Unit | None:
    """The first table row with a figure among the next best hits (after the first) that `fits`."""
    return next(
        (h.unit for h in hits[1:CLOSER_DEPTH] if h.unit.kind == "row" and amounts_in(" ".join(h.unit.cells)) and fits(h.unit)),
        None,
    )


def named_elsewhere(question: str, passage: Unit, hits: list[Hit], evidence: Evidence) -> Unit | None:
    """A close table row the question names in full whose name the closest passage does not say:
    the passage's figures are about something else ("avg cost of a place at a maintained special
    school" finds a passage on other schools' placements, then the row "Maintained special schools").

    >>> p = Unit(id="1", doc="d", kind="passage", text="Independent school placements are 6% of places.")
    >>> r = Unit(id="2", doc="d", kind="row", text="Maintained special schools | 24,600", row="Maintained special schools", cells=("Maintained special schools", "24,600"))
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2)
    >>> hits = [Hit(unit=p, score=1.0), Hit(unit=r, score=0.9)]
    >>> named_elsewhere("cost of a maintained special school place", p, hits, ev).id
    '2'
    >>> named_elsewhere("cost of a special school place", p, hits, ev) is None
    True
    """
    said = token_set(passage.text)
    return _close_row(hits, lambda u: label_match(question, u) == 1.0 and not token_set(u.row) <= said)


QUOTED_DEPTH = 5  # hits searched for a passage saying the term a question quotes
_QUOTED = re.compile(r"""(?:^|(?<=\s))['‘"“]([^'’"”]{2,60})['’"”](?=[\s?.,!;:]|$)""")


def quoted_phrases(question: str) -> list[str]:
    """The terms a question puts in quotes, lower-cased; an apostrophe is no quote.

    >>> quoted_phrases("what areas does 'due regard' apply to?"), quoted_phrases("what are KCC's costs?")
    (['due regard'], [])
    >>> quoted_phrases('is the “gold award” kept')
    ['gold award']
    """
    return [m.group(1).strip().lower() for m in _QUOTED.finditer(question) if m.group(1).strip()]


def says_all(text: str, phrases: list[str]) -> bool:
    """Every phrase is in the text, quotes and case aside.

    >>> says_all("show ‘due regard’ when", ["due regard"]), says_all("show regard", ["due regard"])
    (True, False)
    """
    plain = " ".join(re.sub(r"['‘’\"“”]", " ", text.lower()).split())
    return all(" ".join(p.split()) in plain for p in phrases)


_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]\s*$")


def continuation(unit: Unit, section: list[Unit]) -> Unit | None:
    """The passage that a passage cut off mid-sentence (by a page break, say) carries on in: the next
    unit under the same heading. None when the passage ends its sentence.

    >>> a = Unit(id="1", doc="d", kind="passage", text="Preparations began for the move, which")
    >>> b = Unit(id="2", doc="d", kind="passage", text="includes about 1500 people.")
    >>> continuation(a, [a, b]).text, continuation(b, [a, b])
    ('includes about 1500 people.', None)
    """
    if unit.kind != "passage" or _ENDS_SENTENCE.search(unit.text):
        return None
    ids = [u.id for u in section]
    at = ids.index(unit.id) if unit.id in ids else len(ids)
    following = section[at + 1] if at + 1 < len(section) else None
    return following if following is not None and following.kind == "passage" else None


NEXT_PARAGRAPHS = 1  # paragraphs after the best one, under its heading, read for a figure it lacks


def following(unit: Unit, section: list[Unit], n: int) -> list[Unit]:
    """The next `n` passages after `unit` under the same heading.

    >>> a, b, c = (Unit(id=i, doc="d", kind="passage", text=t) for i, t in (("1", "It was kept for 2025-26."), ("2", "Kent gets £1.9m."), ("3", "More.")))
    >>> [u.id for u in following(a, [a, b, c], 1)], following(c, [a, b, c], 1)
    (['2'], [])
    """
    ids = [u.id for u in section]
    if unit.id not in ids:
        return []
    at = ids.index(unit.id)
    return [u for u in section[at + 1 : at + 1 + n] if u.kind == "passage"]


def _related(primary: Unit, hits: list[Hit], n: int = 2) -> tuple[Unit, ...]:
    """A few next-best hits, cited after the unit the answer comes from."""
    if not hits:
        return ()
    floor = hits[0].dense - 0.15
    return tuple(h.unit for h in hits if h.unit.id != primary.id and h.dense >= floor)[:n]


def row_answer(question: str, intent: Intent, unit: Unit, hits: list[Hit], evidence: Evidence) -> Draft:
    rows = evidence.rows_of(unit.table_id) or [unit]
    grid = [r.cells for r in rows]
    kinds = column_kinds(unit.headers, grid, units=unit.units)
    label_col = label_column(unit)
    label = f"{unit.row} — {unit.row_detail}" if unit.row_detail else (unit.row or unit.cells[label_col])
    related = _related(unit, hits)
    if intent.both:
        wanted = [j for kind in ("count", "money") for j in [next((j for j, k in enumerate(kinds) if k == kind), None)] if j is not None]
        if len(wanted) == 2:
            cells = "; ".join(f"{unit.headers[j]}: {unit.cells[j] or 'no figure given'}" for j in wanted)
            return Draft("answered", f"{label} — {cells} [1].", cited=(unit, *related), evidence=(unit,))
    asked = columns_asked(
        question, intent, unit.headers, kinds, label_col, token_set(f"{unit.row} {unit.row_detail}"), token_set(unit.table), unit.units
    )
    col = asked[0] if asked else None
    col = unit_named_column(question, unit, col)
    col = latest_unnamed(question, unit, col, evidence)
    col = latest_named(question, unit, col, evidence)
    how = _column_by_content(question, unit, kinds, label_col, evidence) if asks_manner(question) else None
    if how is not None:
        # "How is the 2025-26 technology spend paid for?": the row's words that say how, and the figures of the periods it names
        periods_named = set(period_names(question))
        shown = [how, *(j for j, h in enumerate(unit.headers) if j != how and unit.cells[j] and periods_named & set(period_names(h)))]
        cells = "; ".join(headed(unit.headers[j], with_unit(unit, j)) for j in shown)
        name = unit.row if unit.cells[how] == unit.row_detail else label  # the row's detail is not said twice
        return Draft("answered", f"{name} — {cells} [1].", cited=(unit, *related), evidence=(unit,))
    if len(asked) == 2 and any(unit.cells[j] for j in asked):
        cells = "; ".join(f"{unit.headers[j]}: {unit.cells[j] or 'blank'}" for j in asked)
        return Draft("answered", f"{label} — {cells} [1].", cited=(unit, *related), evidence=(unit,))
    # a figure is sought when asked for, or when money or people are, unless things are listed ("which schemes push up costs")
    things = intent.form == "list" and not intent.quantity
    kind: AnswerType | None = asked_type(question) or ("number" if (intent.quantity or intent.measure) and not things else None)
    if kind and (col is None or not holds(kind, unit.cells[col])):
        # Asked for a figure or a date the chosen cell lacks: a sentence of the row's prose that gives it.
        same_table = [h.unit for h in hits[:PROSE_ROWS] if h.unit.kind == "row" and h.unit.table_id == unit.table_id]
        said = prose_giving(question, kind, same_table, evidence)
        if said is not None:
            giver, j, sentence = said
            named = f"{giver.row} — {giver.row_detail}" if giver.row_detail else giver.row
            cited = (giver, *(u for u in (unit, *related) if u.id != giver.id))
            return Draft("answered", f"{named} — {giver.headers[j]}: “{sentence}” [1].", cited=cited, evidence=(giver,))
    if kind == "percent" and col is not None and not holds(kind, unit.cells[col]):
        col = percent_sibling(unit, col)  # "what % of residents are 65+": the % beside the number under "Adults aged 65+"
    if col is not None and not unit.cells[col] and not header_terms(unit.headers[col]) & set(tokenize(question)):
        col = None  # chosen for its kind alone and blank in this row: the row's words answer, not a blank
    if col is not None and not counts_asked(question, unit, kinds[col]):
        return refusal(f"the closest table row, {label}, does not count what the question asks about", hits)
    if col is not None and (elsewhere := named_for_other_periods(question, unit, col, label_col)) is not None:
        word, printed = elsewhere  # "hear and treat for england in july" where England is printed for September only
        return refusal(f"“{unit.table}” gives {word} only under {', '.join(printed)}, not under {unit.headers[col]}", hits)
    if col is not None and _ASKS_COUNT.match(question) and gives_percentage(unit, col):
        return refusal(f"the closest table row, {label}, gives a percentage under {unit.headers[col]}, not a number", hits)
    if col is not None and _ASKS_COUNT.match(question) and gives_rate(unit, col, question):
        return refusal(f"the closest table row, {label}, gives a rate under {unit.headers[col]}, not a number", hits)
    if col is not None and intent.aggregate == "total" and (summed := cell_sum(unit.cells[col])):
        working, total = summed  # "£1.7 million Roads £5.4 million Bridges" asked for combined
        text = f"{label} — {unit.headers[col]}: {unit.cells[col]}; together {working} [1]."
        return Draft("answered", text, cited=(unit, *related), computed=frozenset({total}), evidence=(unit,))
    if col is not None:
        if not unit.cells[col].strip():
            return refusal(f"“{unit.table}” leaves {unit.headers[col]} blank for {label}", hits)
        if no_entry(unit.cells[col]):
            return refusal(f"“{unit.table}” gives no figure under {unit.headers[col]} (“{unit.cells[col].strip()}”) for {label}", hits)
        value = with_unit(unit, col)
        text = f"{headed(unit.headers[col], value)} [1]." if col == label_col else f"{label} — {headed(unit.headers[col], value)} [1]."
        if intent.form == "yesno" and (rated := rating_cell(question, unit, label_col)) is not None:
            # "is it worse than england?": the row's rating decides, beside the figure asked for
            both = "; ".join(headed(unit.headers[j], with_unit(unit, j)) for j in dict.fromkeys((col, rated[0])) if j != label_col)
            text = f"{rated[1]}: {label} — {both} [1]."
        return Draft("answered", text, cited=(unit, *related), evidence=(unit,))
    matched = _column_by_content(question, unit, kinds, label_col, evidence)
    desc = description_column(unit.headers, grid, kinds, label_col)
    if matched is None and desc is not None and unit.cells[desc] and (intent.describe or not _other_text_columns(kinds, label_col, desc)):
        return Draft("answered", f"{label} — {headed(unit.headers[desc], unit.cells[desc])} [1].", cited=(unit, *related), evidence=(unit,))
    if matched is None:
        cells = "; ".join(f"{h}: {truncate(c, 200)}" for j, (h, c) in enumerate(zip(unit.headers, unit.cells)) if c and j != label_col)
        text = f"{label} — {cells} [1]." if cells else f"“{label}” [1]."  # a row printed as one line of text is quoted whole
        return Draft("answered", text, cited=(unit, *related), evidence=(unit,))
    # The question restates one cell (a goal, say); the answer is that cell and the row's
    # description. A cell merged over several rows brings all of their descriptions.
    group = [r for r in rows if r.cells[matched] == unit.cells[matched]] if matched != label_col else [unit]
    group = group if 1 < len(group) <= 5 else [unit]
    parts = [f"{unit.headers[matched]}: {unit.cells[matched]}"]
    items: list[str] = []
    if desc is not None and desc != matched:
        items = [r.cells[desc] for r in group if r.cells[desc]]
        if items:
            marked = [f"{c} [{i}]" if len(items) > 1 else c for i, c in enumerate(items, 1)]
            parts.append(f"{unit.headers[desc]}: " + " / ".join(marked))
    cited = tuple(group) + tuple(u for u in related if u not in group)
    marker = "" if len(items) > 1 else " [1]"
    text = f"{unit.row} — " + "; ".join(parts) + marker + "."
    return Draft("answered", text, cited=cited, evidence=tuple(group))


def percent_sibling(unit: Unit, col: int) -> int:
    """The column under the same heading as `col` whose cell in this row is a percentage ("Adults
    aged 65+ › %" beside "Adults aged 65+ › Number"), else `col` itself.

    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Pendrick", cells=("Pendrick", "9,460", "24.3%"),
    ...          headers=("Locality", "Adults aged 65+ › Number", "Adults aged 65+ › %"), header_paths=(("Locality",), ("Adults aged 65+", "Number"), ("Adults aged 65+", "%")))
    >>> percent_sibling(u, 1), percent_sibling(replace(u, cells=("Pendrick", "9,460", "n/a")), 1)
    (2, 1)
    >>> percent_sibling(replace(u, header_paths=(("Locality",), ("Adults aged 65+", "Number"), ("Adults aged 65+",))), 1)
    2
    """
    paths = unit.header_paths
    if col >= len(paths) or len(paths[col]) < 2:
        return col
    group = paths[col][:-1]  # a "%" under it may be read as its unit, leaving the heading alone
    return next(
        (
            j
            for j, path in enumerate(paths)
            if j != col and path[: len(group)] == group and j < len(unit.cells) and holds("percent", unit.cells[j])
        ),
        col,
    )


_PART_ROW = re.compile(r"^\W*(?:of which|of whom|including|incl\.?)\b", re.I)


def parent_unless_named(question: str, row: Unit, evidence: Evidence) -> Unit:
    """The row a breakdown row ("of which joint assessments") belongs to, the first row above it
    that is not one, unless the question names what sets the breakdown apart ("joint").

    >>> rs = [Unit(id=str(i), doc="d", kind="row", text="", row=r, table_id="t", cells=(r, v)) for i, (r, v) in enumerate([("Carers' assessments", "397"), ("of which joint assessments", "109")])]
    >>> ev = Evidence(rows_of=lambda t: rs, doc_freq=lambda t: 1, n_units=2)
    >>> parent_unless_named("how many carers assessments in q3", rs[1], ev).row, parent_unless_named("how many joint assessments", rs[1], ev).row
    ("Carers' assessments", 'of which joint assessments')
    """
    if not _PART_ROW.match(row.row):
        return row
    rows = evidence.rows_of(row.table_id)
    at = next((i for i, r in enumerate(rows) if r.id == row.id), None)
    parent = next((r for r in reversed(rows[:at]) if not _PART_ROW.match(r.row)), None) if at else None
    if parent is None:
        return row
    own = token_set(_PART_ROW.sub("", row.row)) - token_set(parent.row) - stopwords()
    return row if own & token_set(question) else parent


def latest_unnamed(question: str, unit: Unit, col: int | None, evidence: Evidence) -> int | None:
    """A row's latest quarter or month, when the column chosen is one of them for the kind of figure
    alone (no word or period of the question names it): "how many risks are rated green" of
    "Green | 2024-25 › Q4: 2 | 2025-26 › Q1: 3 | … › Q3: 2" is the Q3 count.

    >>> rs = [Unit(id="1", doc="d", kind="row", text="", row="Green", table_id="t", cells=("Green", "1", "3"), headers=("RAG", "2024-25 › Q4", "2025-26 › Q1"), header_paths=(("RAG",), ("2024-25", "Q4"), ("2025-26", "Q1")))]
    >>> ev = Evidence(rows_of=lambda t: rs, doc_freq=lambda t: 1, n_units=1)
    >>> latest_unnamed("how many are green", rs[0], 1, ev), latest_unnamed("how many were green in 2024-25", rs[0], 1, ev)
    (2, 1)
    """
    if col is None or period_names(question) or quarters_named(question):
        return col
    view = table_of(unit, evidence)
    periods = [c for c in view.period_columns() if unit.cells[c.index].strip() and cell_number(unit.cells[c.index]) is not None]
    chosen = next((c for c in periods if c.index == col), None)
    if chosen is None or not period_parts(view, chosen) or header_terms(unit.headers[col]) & token_set(question):
        return col  # a plan by year ("2025-26", "2026-27") has no latest figure: its first year is the one set
    return max(periods, key=lambda c: (c.when, c.index)).index


_LATEST = re.compile(r"\b(?:latest|this year|current|currently|now|most recent|so far|to date)\b", re.I)


def latest_named(question: str, unit: Unit, col: int | None, evidence: Evidence) -> int | None:
    """The latest period's column of the kind chosen, when the question asks for the latest ("this
    year", "latest", "now") and names no period: "the variance this year" of "2024-25 Outturn ›
    Variance | 2025-26 Month 8 forecast › Variance" is the 2025-26 one, "male life expectancy
    (latest)" of "Male › 2018-20 | Male › 2021-23" the 2021-23 one.

    >>> h = ("Service", "2024-25 Outturn › Variance", "2025-26 Month 8 forecast › Variance")
    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Parking", table_id="t", cells=("Parking", "290", "305"), headers=h,
    ...          header_paths=(("Service",), ("2024-25 Outturn", "Variance"), ("2025-26 Month 8 forecast", "Variance")))
    >>> ev = Evidence(rows_of=lambda t: [u], doc_freq=lambda t: 1, n_units=1)
    >>> latest_named("parking variance this year", u, 1, ev), latest_named("parking variance", u, 1, ev), latest_named("parking variance in 2024-25", u, 1, ev)
    (2, 1, 1)
    >>> h = ("Service", "2025-26 › Variance", "2025-26 › Variance %")
    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Parking", table_id="t", cells=("Parking", "290", "5.8%"), headers=h,
    ...          header_paths=(("Service",), ("2025-26", "Variance"), ("2025-26", "Variance %")))
    >>> latest_named("parking overspend this year", u, 1, Evidence(rows_of=lambda t: [u], doc_freq=lambda t: 1, n_units=1))
    1
    """
    if col is None or not _LATEST.search(question) or period_names(question):
        return col
    view = table_of(unit, evidence)
    chosen = next((c for c in view.columns if c.index == col), None)
    if chosen is None or chosen.when == (0, 0):
        return col
    alike = [
        c
        for c in view.columns
        if c.when != (0, 0)
        and c.index < len(unit.cells)
        and unit.cells[c.index].strip()
        and (c.tokens == chosen.tokens or (len(c.path) > 1 and len(chosen.path) > 1 and c.path[-1] == chosen.path[-1]))
    ]
    latest = max((c.when for c in alike), default=chosen.when)
    if latest <= chosen.when:
        return col  # already the latest period's ("Variance", not "Variance %" beside it)
    same = [c for c in alike if c.when == latest]
    return next((c for c in same if c.path[-1] == chosen.path[-1]), same[0]).index


def unit_named_column(question: str, unit: Unit, col: int | None) -> int | None:
    """The column a question names by the unit the row gives it ("how many nights of respite" of
    "Volume | Unit: nights"), unless the column chosen is named by its own header's words.

    >>> r = Unit(id="1", doc="d", kind="row", text="", row="Respite", cells=("Respite", "214", "3,046", "nights"), headers=("Type", "Carers supported", "Volume", "Unit"))
    >>> unit_named_column("how many nights of respite", r, 1), unit_named_column("how many carers supported by respite", r, 1)
    (2, 1)
    """
    at = unit_column(unit)
    if at is None or at <= label_column(unit) + 1 or not token_set(unit.cells[at]) <= token_set(question):
        return col
    if col is not None and header_terms(unit.headers[col]) & token_set(question):
        return col
    return at - 1 if cell_number(unit.cells[at - 1]) is not None else col


def with_unit(unit: Unit, j: int) -> str:
    """A row's cell with its column's unit, when the table gives one.

    >>> with_unit(Unit(id="1", doc="d", kind="row", text="", cells=("Pay", "8.0"), units=("", "£m")), 1)
    '8.0 (£m)'
    >>> with_unit(Unit(id="2", doc="d", kind="row", text="", cells=("A&E", "%", "72.4"), headers=("Indicator", "Unit", "Apr-25")), 2)
    '72.4 (%)'
    >>> with_unit(Unit(id="3", doc="d", kind="row", text="", cells=("Review", "2,400", "750"), headers=("Saving", "2025/26 › Target", "2025/26 › Shortfall"), units=("", "£000", "")), 2)
    '750 (£000)'
    >>> with_unit(Unit(id="4", doc="d", kind="row", text="", row="Items (000s)", cells=("Items (000s)", "1,476"), units=("", "£000")), 1)
    '1,476 (000s)'
    >>> with_unit(Unit(id="5", doc="d", kind="row", text="", cells=("Astley Fen", "17.3%"), units=("", "%")), 1)  # the cell writes its unit
    '17.3%'
    >>> with_unit(Unit(id="6", doc="d", kind="row", text="", cells=("Alcohol", "34.8"), headers=("Group", "Completions (%)"), units=("", "%")), 1)
    '34.8'
    """
    units = group_units(unit.headers, unit.units) if unit.units else ()
    own = label_unit(unit.row) if cell_number(unit.cells[j]) is not None else ""  # "Items dispensed (000s)" under a £000 caption
    col_unit = own or (units[j] if j < len(units) else "") or (row_unit(unit, j) if cell_number(unit.cells[j]) is not None else "")
    header = unit.headers[j] if j < len(unit.headers) else ""
    written = col_unit and (col_unit in unit.cells[j] or f"({col_unit})" in header)  # "Completions (%)" says it already
    return f"{unit.cells[j]} ({col_unit})" if col_unit and not written and figure_cell(unit.cells[j]) else unit.cells[j]


def prose_giving(question: str, kind: AnswerType, units: list[Unit], evidence: Evidence) -> tuple[Unit, int, str] | None:
    """The row, column and sentence of the rows' prose cells that give what the question asks for
    (`asked_type`) and, read with the row's name, share the most rare words with it; of sentences
    sharing as many, the shortest. None when no such sentence shares any. Cells naming a row are
    not quoted: they name it, they do not say anything about it.

    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Inflation", cells=("Inflation", "Prices may rise faster than planned. Each extra 1% of inflation costs £14m."), headers=("Risk", "Cause"))
    >>> prose_giving("how much does each extra 1% of inflation cost?", "number", [u], ev)[1:]
    (1, 'Each extra 1% of inflation costs £14m.')
    """
    subject = subject_tokens(question)
    best: tuple[float, int, int, Unit, int, str] | None = None
    for rank, unit in enumerate(units):
        name = token_set(f"{unit.row} {unit.row_detail}")
        for j, cell in enumerate(unit.cells):
            if j == unit.label_col or cell in (unit.row, unit.row_detail) or not cell or figure_cell(cell):
                continue
            for sentence in SENTENCE_END.split(cell):
                if not holds(kind, sentence):
                    continue
                said = token_set(sentence)
                score = round(sum(idf(t, evidence) for t in subject if matches(t, said)), 6)
                whole = round(sum(idf(t, evidence) for t in subject if matches(t, said | name)), 6)
                key = (whole, -len(sentence), -rank)
                if score > 0 and (best is None or key > best[:3]):
                    best = (*key, unit, j, sentence.strip().rstrip(";"))
    return best[3:] if best else None


def _other_text_columns(kinds: list[str], label_col: int, desc: int) -> bool:
    return any(k == "text" and j not in (label_col, desc) for j, k in enumerate(kinds))


def _column_by_content(question: str, unit: Unit, kinds: list[str], label_col: int, evidence: Evidence) -> int | None:
    """The text cell sharing the most rare words with the question beyond the row's own name,
    or None when the question only names the row."""
    rest = subject_tokens(question) - set(tokenize(unit.cells[label_col])) - set(tokenize(unit.table))
    scored = [
        (sum(idf(t, evidence) for t in rest if matches(t, set(tokenize(c)))), -j, j)
        for j, c in enumerate(unit.cells)
        if j != label_col and c and kinds[j] == "text"
    ]
    best = max(scored, default=None)
    return best[2] if best and best[0] > 0 else None


_HOW_MANY = re.compile(
    r"\bhow many ((?:[\w'-]+ ){0,3}?[\w'-]+)(?= (?:are|is|were|was|did|do|does|have|has|had|in|of|there|live|will|can)\b|\?|$)"
)


def cell_sum(cell: str) -> tuple[str, str] | None:
    """The working and total of a cell's amounts of money, when it gives two or more in one
    currency and scale ("£1.7 million HART £5.4 million Therapy"); None for a cell with one, a
    range ("£100-£200") or figures that are not money ("2023 cohort: 140").

    >>> cell_sum("£1.7 million HART £5.4 million Therapy"), cell_sum("£50,000"), cell_sum("£3m and 400 people")
    (('£1.7 million + £5.4 million = £7.1 million', '£7.1 million'), None, None)
    >>> cell_sum("£100-£200"), cell_sum("2023 cohort: 140")
    (None, None)
    """
    value = parse_value(cell)
    if value is None or len(value.parts) < 2 or re.search(r"\d\s*(?:-|–|to)\s*[£$€]?\d", cell):
        return None
    if not all(p[0] in "£$€" for p in value.parts):
        return None
    shapes = {(p[0] if p[0] in "£$€" else "", re.sub(r"[\d.,\s£$€]", "", p)) for p in value.parts}
    if len(shapes) != 1:
        return None
    ((currency, scale),) = shapes
    total = sum(float(re.sub(r"[^\d.]", "", p)) for p in value.parts)
    shown = f"{currency}{fmt(total)}{' ' if len(scale) > 2 else ''}{scale}"
    return " + ".join(value.parts) + f" = {shown}", shown


def counts_asked(question: str, unit: Unit, kind: str) -> bool:
    """For "how many <things>", whether a row counts those things: the word right after "how many"
    (the first that is no small word) is in the row (its cells, headers or title), or, read from a
    count column, is a word such columns count ("people", "patients"). Any other question: True.

    >>> u = Unit(id="1", doc="d", kind="row", text="Table: Teams | Service: Rapid response | Beneficiaries: 6421", row="Rapid response")
    >>> counts_asked("How many FTE staff work in rapid response?", u, "count"), counts_asked("how many people got rapid response", u, "count")
    (False, True)
    """
    m = _HOW_MANY.search(question.lower())
    if not m:
        return True
    text = token_set(f"{unit.search_text} {' '.join(unit.headers)}") | name_words(unit.doc)  # "WARN notices" in WARN-Report.pdf
    asked = re.findall(r"[a-z]+", m.group(1))
    head = next(((w, stems) for w in asked if (stems := tokenize(w))), None)
    if head is None:
        return True
    word, stems = head
    counted = all(matches(t, text) for t in stems) or (kind == "count" and COUNT_HEADER.search(word) is not None)
    # the things' name: the words after "how many" up to the first small word
    return counted and named_together(list(itertools.takewhile(lambda w: w not in stopwords(), asked)), unit)


def named_together(phrase: list[str], unit: Unit) -> bool:
    """A name of two words ("care homes") is not, in the unit, only the other name its words make
    the other way round ("home care"): written that way and never in the order asked, it names
    something else.

    >>> u = Unit(id="1", doc="d", kind="row", text="Locality: Ostrevale | Home care hours: 9,850")
    >>> named_together(["care", "homes"], u), named_together(["home", "care"], u), named_together(["people"], u)
    (False, True, True)
    """
    stems = [s for w in phrase for s in tokenize(w)][:2]
    if len(stems) < 2:
        return True
    said = tokenize(f"{unit.search_text} {' '.join(unit.headers)}")
    pairs = set(zip(said, said[1:]))
    return (stems[0], stems[1]) in pairs or (stems[1], stems[0]) not in pairs


# A count written in words ("Three members"); "one" is left out, being also a pronoun.
_COUNT_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b",
    re.I,
)
_NONE = re.compile(r"\b(?:not\s+(?:\w+\s+){0,2}any|none|nil|zero)\b", re.I)
_IN_CURRENCY_WORDS = re.compile(r"\d\s*(?:million |billion |thousand )?(?:pounds|dollars|euros)\b", re.I)


_COUNT_MODIFIERS = frozenset(tokenize(" ".join(words("count_modifiers"))))


def gives_count(question: str, sentence: str) -> bool:
    """Whether a sentence can answer a figure question: it states an amount (`amounts_in`: not a
    year, date, ordinal or paragraph number) other than one the question names; an amount of money
    when the question asks how much was spent or paid; for "how many <things>", a number that is
    not a percentage, and every word naming the things counted.

    >>> gives_count("how many veteran suicides were there in 2024", "The veteran population is over 52,000.")
    False
    >>> gives_count("how many gp practices are there", "40% of practices are accredited.")
    False
    >>> gives_count("How many priorities are there?", "The Plan is built on 13 Priorities.")
    True
    >>> gives_count("how many veterans live there per the 2021 census", "See the 2021 Census - Veterans report.")
    False
    >>> gives_count("how many people are moving", "Preparations for people moving began in 2024."), gives_count("how many people are moving", "It includes 1500 people.")
    (False, True)
    >>> gives_count("How many people went to the 11th conference?", "3.1 The 11th conference is on 17 June 2025.")
    False
    >>> gives_count("How much did the council spend on the app?", "The app has over 40k downloads in 32 regions.")
    False
    >>> gives_count("How much did the council spend on the app?", "The council spent £40k on the app.")
    True
    >>> gives_count("how many subgroups are there", "5. Three subgroups deliver the priorities.")
    True
    >>> gives_count("What is the value of the marketable securities?", "The Company did not hold any marketable securities.")
    True
    >>> gives_count("how many kids took part", "9,830 children took part in the challenge.")
    True
    >>> gives_count("how many pharmacies per 100k people", "There are 12 pharmacies per 100,000 people.")
    True
    >>> gives_count("how many extra school places will it give", "The school expansion will add 210 places.")
    True
    """
    named = {normalise_number(n).strip("£$€") for n in numbers_in(question)}
    figures = [n for n in amounts_in(sentence) if normalise_number(n).strip("£$€") not in named]
    if _NONE.search(sentence):
        figures.append("0")  # "the Company did not hold any marketable securities": none is a figure
    if asks_for_money(question):
        return any(n[:1] in "£$€" for n in figures) or bool(figures and _IN_CURRENCY_WORDS.search(sentence))
    m = _HOW_MANY.search(question.lower())
    if not m:
        return bool(figures)
    counts = [n for n in figures if not re.search(rf"{re.escape(n)}\s*(?:%|per ?cent)", sentence)] + _COUNT_WORDS.findall(sentence)
    # "per 100k": a rate's base, not a thing counted; "extra", "new": how they are counted, not what
    things = {t for t in tokenize(m.group(1)) if not t[:1].isdigit()} - _COUNT_MODIFIERS
    said = token_set(sentence)
    return bool(counts) and all(t in said or any(p in said for p in yesno.paraphrases().get(t, ())) for t in things)


def counting_sentence(question: str, text: str, quoted: str) -> str | None:
    """For "how many <things>", another sentence of the passage that gives the count (`gives_count`:
    a number and the things counted) and names something else the question names, when the
    sentences quoted for the question's words do not. An amount of money asked for is not looked
    for elsewhere in the passage: the sentence giving one may be about someone else's spending.

    >>> text = "The unit moves to Kent in 2025. Schools are ready. The move includes 1500 people."
    >>> counting_sentence("how many people come with the unit move", text, "The unit moves to Kent in 2025.")
    'The move includes 1500 people.'
    >>> counting_sentence("how many schools take part in the unit move", text, "The unit moves to Kent in 2025.") is None
    True
    >>> counting_sentence("how much did the council spend on the app", "The app is free. Surrey paid £12.5k for the app.", "The app is free.") is None
    True
    """
    if not re.search(r"\bhow many\b", question, re.I):
        return None
    asked = subject_tokens(question)
    for sentence in SENTENCE_END.split(text):
        sentence = sentence.strip()
        if sentence and sentence not in quoted and gives_count(question, sentence) and asked & token_set(sentence):
            return sentence
    return None


def passage_answer(question: str, unit: Unit, hits: list[Hit], evidence: Evidence, intent: Intent | None = None) -> Draft:
    quote = best_sentences(question, unit.text, evidence)
    phrases = quoted_phrases(question)
    saying = [s for s in SENTENCE_END.split(unit.text) if phrases and says_all(s, phrases)]
    if saying and not says_all(quote, phrases):
        quote = best_sentences(question, " ".join(saying), evidence)  # the sentence using the term the question quotes
    if intent is not None and (intent.quantity or asked_type(question) == "number") and not gives_count(question, quote):
        counted = counting_sentence(question, unit.text, quote)
        if counted is None:
            # Asked for a figure; the closest passage gives none for it. Quoting it would not be an answer.
            return refusal("the closest passage gives no figure for this", hits)
        quote = f"{quote} … {counted}"
    text = f"“{quote}”"
    items = evidence.items_after(unit) if unit.text.rstrip().endswith(":") else []
    if items:
        # A lead-in ("The plan has three aims:") is answered by its list.
        text += " " + " ".join(f"“{i.text.rstrip(';. ')}”" for i in items[:8])
    heading = unit.section
    subject = subject_tokens(question)
    if heading and subject & set(tokenize(heading)) and not subject & set(tokenize(unit.text)):
        # The question names the heading ("who to contact"), the passage holds the detail.
        text = f"{heading}: {text}"
    cited = (unit, *items[:4]) if items else (unit, *_related(unit, hits))
    return Draft("answered", f"{text} [1]", cited=cited, evidence=(unit, *items))


# -- aggregates -----------------------------------------------------------------------
def choose_tables(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> list[list[Unit]]:
    """The tables an aggregate runs over: the one the question names by title words, else every
    table of the best document that has a column of the kind asked for."""
    q = set(tokenize(question))
    candidates: list[list[Unit]] = []
    seen: set[str] = set()
    for h in hits[:30]:
        u = h.unit
        if u.kind != "row" or u.table_id in seen:
            continue
        seen.add(u.table_id)
        rows = evidence.rows_of(u.table_id)
        if intent.aggregate == "rows" or (intent.measure in column_kinds(u.headers, [r.cells for r in rows], units=u.units)):
            candidates.append(rows)
    if not candidates:
        return []
    # a table is named by its title and by its column headers ("pharmacies per 100,000" names the
    # table with that column, not another whose title says "pharmacies")
    titles = [set(token_set(t[0].table)) | set().union(*(header_terms(h) for h in t[0].headers)) for t in candidates]
    common = set.intersection(*titles) if len(titles) > 1 else set()
    overlap = [len((t - common) & q) for t in titles]
    if max(overlap) > 0:
        named = [c for c, o in zip(candidates, overlap) if o == max(overlap)]
        # A table's identity includes its document: another document's table with a similar
        # title (planted or not) never joins this one's total or superlative.
        return [c for c in named if c[0].doc == named[0][0].doc]
    doc = candidates[0][0].doc
    return [c for c in candidates if c[0].doc == doc]


def aggregate_answer(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> Draft | None:
    tables = choose_tables(question, intent, hits, evidence)
    asked = periods(question)
    if asked and tables:
        tables = [t for t in tables if asked & periods(t[0].text)]
        if not tables:
            return refusal(f"they do not give figures for {', '.join(sorted(asked))}", hits)
    if not tables:
        return None
    if intent.aggregate == "rows":
        rows = tables[0]
        names = "; ".join(r.row for r in rows)
        text = f"“{rows[0].table}” has {len(rows)} rows: {names} [1]."
        return Draft("answered", text, cited=tuple(rows[:5]), evidence=tuple(rows), computed=frozenset({str(len(rows))}))
    entries: list[tuple[Unit, int, float, tuple[str, ...]]] = []
    missing: list[tuple[Unit, int]] = []
    chosen: list[tuple[list[Unit], int]] = []
    named_periods = set(period_names(question))
    for rows in tables:
        kinds = column_kinds(rows[0].headers, [r.cells for r in rows], units=rows[0].units)
        measure_cols = [j for j, k in enumerate(kinds) if k == intent.measure]
        # "the biggest budget in 2024-25": the column of the year asked for
        dated = [j for j in measure_cols if named_periods & set(period_names(rows[0].headers[j]))]
        col = dated[0] if dated else pick_column(question, intent, rows[0].headers, kinds, table_of(rows[0], evidence).label_col)
        chosen.append((rows, col if col in measure_cols else measure_cols[0]))
    # Figures are compared or added only under the same column name ("Investment 24-25" and
    # "Investment 23-24" are different years).
    header = chosen[0][0][0].headers[chosen[0][1]]
    chosen = [(rows, col) for rows, col in chosen if rows[0].headers[col] == header]
    tables = [rows for rows, _ in chosen]
    asked_words = token_set(question)
    for rows, col in chosen:
        # "which division overspends most": the divisions' subtotals are the items (group_totals)
        level = {g.unit.id for g in group_totals(table_of(rows[0], evidence), question)} if intent.aggregate in {"max", "min"} else set()
        # "which spending pressure is the biggest": the rows of the group the question names
        in_group = [r for r in rows if names_group(r.group, asked_words, r.table)]
        for r in in_group or rows:
            if (r.id not in level) if len(level) >= 2 else r.total:
                continue  # a total row adds up the others: never counted again, never the largest item
            v = parse_value(r.cells[col])
            if v is None or not figure_cell(r.cells[col]):
                missing.append((r, col))
            else:  # signed as printed: "(265)" is an underspend of 265, below every overspend
                entries.append((r, col, signed if (signed := cell_number(r.cells[col])) is not None else v.total, v.parts))
    if not entries:
        return None
    scope = " and ".join(f"“{title}”" for title in dict.fromkeys(t[0].table for t in tables))
    if intent.aggregate in {"max", "min"}:
        ranked = sorted(entries, key=lambda e: e[2], reverse=intent.aggregate == "max")
        win, col, _, _ = ranked[0]
        word = {"max": "largest", "min": "smallest"}[intent.aggregate]
        header = win.headers[col]
        what = header if re.search(r"[A-Za-z]{2}", header) else f"figure for {header}"  # "the largest 2024-25" reads oddly
        text = f"{_name(win)} has the {word} {what} in {scope}: {with_unit(win, col)} [1]."
        cited = [win]
        if len(ranked) > 1:
            nxt, ncol, _, _ = ranked[1]
            text += f" Next is {_name(nxt)}: {with_unit(nxt, ncol)} [2]."
            cited.append(nxt)
        if missing:
            text += f" Not compared: {len(missing)} row(s) without a figure."
        return Draft("answered", text, cited=tuple(cited), evidence=tuple(e[0] for e in entries))
    # total
    currency = next((p[0] for e in entries for p in e[3] if p[:1] in "£$€"), "")
    total = sum(e[2] for e in entries)
    total_text = format_value(total, currency)
    header = entries[0][0].headers[entries[0][1]]
    parts = " + ".join(" + ".join(e[3]) for e in entries)
    by_size = sorted(entries, key=lambda e: -e[2])
    largest = tuple(e[0] for e in by_size[:5])
    text = f"Total {header} in {scope}: {total_text} [1], adding up {len(entries)} rows: {parts}."
    if missing:
        text += " Rows without a figure are not counted: " + "; ".join(f"{_name(r)} ({r.cells[c] or 'blank'})" for r, c in missing) + "."
    computed = frozenset({total_text, str(len(entries))})
    return Draft("answered", text, cited=largest, evidence=tuple(e[0] for e in entries) + tuple(r for r, _ in missing), computed=computed)


def _name(unit: Unit) -> str:
    return unit.row if unit.row else (unit.cells[0] if unit.cells else "")


# -- the promise: every figure comes from a source ------------------------------------
def unsupported_numbers(text: str, sources: list[str], computed: frozenset[str] = frozenset()) -> list[str]:
    """Figures in the answer text that appear in none of the source texts (and were not computed).

    >>> unsupported_numbers("Lift repairs — £3,834,762 [1].", ["Activity: Lift repairs | Capital 24-25: £3,834,762"])
    []
    >>> unsupported_numbers("It cost £5 [1].", ["nothing here"])
    ['£5']
    """
    haystack = {normalise_number(n) for s in sources for n in numbers_in(s)}
    haystack |= {normalise_number(c) for c in computed}
    joined = " ".join(sources).replace(",", "").lower()
    out = []
    for n in numbers_in(text):
        key = normalise_number(n)
        if key not in haystack and key.lstrip("£$€") not in joined:
            out.append(n)
    return out
