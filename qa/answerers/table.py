"""Answers from one table: a cell by row and column, a comparison between periods, and arithmetic
(change, percentage change, average, ratio, share, sum) computed from cited cells with the
working shown. Pure functions over a TableView.

The question picks the row by its words and the column by the periods and header words it
names; an operation with operands the table does not have is no answer here (the caller falls
back or refuses), never the nearest row's figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from qa.columns import (
    MARK_WORDS,
    PERCENT_WORDS,
    asks_intended,
    label_unit,
    marks_unasked,
    naming_words,
    no_entry,
    percent_header,
    prefix_named,
    row_unit,
    unbracketed,
)
from qa.draft import headed
from qa.intent import Operation, asks_for_several, operation
from qa.lexicon import thresholds
from qa.lexicon import words as word_list
from qa.not_given import months_written
from qa.parse.tables import is_total_label, strip_footnote
from qa.tableview import Column, Row, TableView, cell_number, in_financial_years, months_named, period_names, period_order
from qa.text import MONTH_NAMES, is_month, stem, token_set, tokenize, words
from qa.types import Unit
from qa.values import BOUND

# How much a row label's words that the question does not use count against it, relative to
# the words it shares (a row named in full beats a longer row that merely contains the words).
UNMATCHED_LABEL_WEIGHT = 0.35
# Words the question shares with a row's other text cells (category, description) count this much
# of a word shared with its label (fitted by scripts/tune_reading.py).
ROW_CONTEXT_WEIGHT = thresholds("reading")["row_context_weight"]
# A second row is an operand only when it matches at least this share of the best row's score.
SECOND_ROW_SHARE = 0.5


@dataclass(frozen=True)
class TableDraft:
    text: str
    rows: tuple[Unit, ...]  # operand rows, in the order the text uses them
    value: float | None
    computed: frozenset[str]
    blank: bool = False  # the cells asked for are empty: `text` says which, and the answer is a refusal


def fmt(x: float) -> str:
    """A computed figure as a person writes it: at most two decimals, thousands separated.

    >>> [fmt(62.0), fmt(13.191), fmt(-1234567.5), fmt(0.004)]
    ['62', '13.19', '-1,234,567.5', '0']
    """
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def figures(*values: float, percent: bool = False) -> frozenset[str]:
    """The written forms of computed figures that an answer may show (signed, unsigned, with %).

    >>> sorted(figures(-698.0))
    ['-698', '698']
    """
    out: set[str] = set()
    for x in values:
        for text in (fmt(x), fmt(abs(x))):
            out.add(text)
            if percent:
                out.add(f"{text}%")
    return frozenset(out | ({"100"} if percent else set()))


def row_scores(view: TableView, q_tokens: frozenset[str], weight: Callable[[str], float], question: str = "") -> list[tuple[float, int]]:
    """Each row's match to the question: weighted shared words minus a share of its unshared ones.
    Best first; rows sharing nothing are left out. Between rows scoring alike, the one whose every
    word (small words too) the question writes comes first: "the revenue" is "Revenue", not "Other revenue".

    >>> from qa.tableview import TableView
    >>> from qa.types import Unit
    >>> units = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...          for i, r in enumerate(["Total revenue", "Revenue", "Cost of sales"])]
    >>> [i for _, i in row_scores(TableView.of(units), frozenset({"revenu"}), lambda t: 1.0)]
    [1, 0]

    When no row shares a word, a row labelled only with small words the question writes:
    >>> units = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...          for i, r in enumerate(["Europe", "Other"])]
    >>> [i for _, i in row_scores(TableView.of(units), frozenset({"revenu", "region"}), lambda t: 1.0, "the revenue from Other regions")]
    [1]

    Words found in a row's other text cells (its category, its description) count too, less:
    >>> units = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(c, r, "1"), headers=("Category", "", "2025-26"))
    ...          for i, (c, r) in enumerate([("Legislative", "TOTAL LEGISLATIVE"), ("Legislative", "Schools deficit"), ("Demand", "Schools deficit")])]
    >>> [i for _, i in row_scores(TableView.of(units), frozenset({"legisl", "school", "deficit"}), lambda t: 1.0)]
    [1, 2, 0]
    >>> units = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...          for i, r in enumerate(["Other revenue", "Revenue"])]
    >>> [i for _, i in row_scores(TableView.of(units), frozenset({"revenu"}), lambda t: 1.0, "What was the revenue?")]
    [1, 0]
    """
    out = []
    for i, row in enumerate(view.rows):
        shared = row.tokens & q_tokens
        if not shared:
            continue
        label_only = token_set(strip_footnote(row.label)) - q_tokens  # footnote marks are not words of the name
        in_context = (row.context & q_tokens) - shared
        score = (
            sum(weight(t) for t in shared)
            - UNMATCHED_LABEL_WEIGHT * sum(weight(t) for t in label_only)
            + ROW_CONTEXT_WEIGHT * sum(weight(t) for t in in_context)
        )
        out.append((score, i))
    if not out and question:
        out = [(SMALL_WORD_LABEL, i) for i, row in enumerate(view.rows) if small_word_label(row, question)]
    return sorted(out, key=lambda s: (-s[0], unwritten_words(view.rows[s[1]], question), s[1]))


SMALL_WORD_LABEL = 1.0  # the score of a row named only by small words, when no row shares a word with the question


def small_word_label(row: Row, question: str) -> bool:
    """A row labelled only with small words ("Other") that the question writes ("revenue from Other regions").

    >>> from qa.types import Unit
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Other", cells=("Other", "1"), headers=("", "2019"))])
    >>> small_word_label(v.rows[0], "What was the revenue from Other regions?"), small_word_label(v.rows[0], "What was the revenue?")
    (True, False)
    """
    label = words(strip_footnote(row.label))
    return bool(label) and not token_set(strip_footnote(row.label)) and set(label) <= set(words(question))


def named_in_full(row: Row, q_tokens: frozenset[str]) -> bool:
    """Every word of the row's own label is in the question.

    >>> from qa.types import Unit
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Television(1)", cells=("Television(1)", "2.77"), headers=("", "2019"))])
    >>> named_in_full(v.rows[0], frozenset({"televis", "local"})), named_in_full(v.rows[0], frozenset({"local"}))
    (True, False)
    """
    label = token_set(strip_footnote(row.label))
    return bool(label) and label <= q_tokens


def unwritten_words(row: Row, question: str) -> int:
    """How many words of a row's label (small words too) the question does not write; 0 without a question.

    >>> from qa.types import Unit
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Other revenue", cells=("Other revenue", "1"), headers=("", "2019"))])
    >>> unwritten_words(v.rows[0], "What was the revenue?"), unwritten_words(v.rows[0], "What was other revenue?")
    (1, 0)
    """
    return len(set(words(strip_footnote(row.label))) - set(words(question))) if question else 0


def pick_columns(
    view: TableView, periods: tuple[str, ...], q_tokens: frozenset[str], row: Row | None = None, question: str = ""
) -> list[Column]:
    """The value columns a question names: by period (in the order named), else by header words
    and by the currency sign the question writes ("in €" is the column whose unit is €).

    Where a period heads several columns ("2019 actual", "2019 target"; "May 31, 2019", "August
    31, 2019") the header words decide, and every column they name equally is kept; a column
    where the row has a figure beats one where it has none.
    """

    months = months_named(q_tokens)

    naming = naming_words(question, q_tokens, row.tokens) if row is not None else q_tokens  # words naming the row do not also name a column
    naming = naming | prefix_named(naming, [c.tokens for c in view.columns if c.index != view.label_col])

    asks_percent = bool(q_tokens & PERCENT_WORDS) or "%" in question
    asks_rate = bool(q_tokens & RATE_WORDS)

    def word_score(c: Column) -> int:
        # "Bank Rate in September 2025": of the 2025 columns, the one headed "Sep-25"; "in percent": the % column
        return (
            len(c.tokens & naming)
            + (c.when[1] in months)
            + (asks_percent and percent_column(c))
            + (asks_rate and rate_column(c))
            + currency_named(c, question)
        )

    def filled(c: Column) -> bool:
        return row is None or row.values[c.index] is not None

    if periods and any(view.columns_for(p) for p in periods):
        out: list[Column] = []
        for p in periods:
            cands = view.columns_for(p)
            # "F18 › Change" is the change since 2018, not a 2018 figure, unless the question asks for it
            cands = [c for c in cands if not (c.tokens & CHANGE_HEADERS) - q_tokens] or cands
            if not asks_intended(question):  # "Q2 › Plan | Q2 › Actual": the figure, not its plan, unless the plan is asked
                cands = [c for c in cands if not marks_unasked(c.tokens, question, q_tokens)] or cands
            if not cands:
                continue
            best = max((word_score(c), filled(c), c.numeric) for c in cands)
            chosen = [c for c in cands if (word_score(c), filled(c), c.numeric) == best]
            if best[0] == 0:  # "the 2025-26 figure" of "2025-26 › Core | External | Total": none named, the total
                chosen = [c for c in chosen if is_total_label(c.path[-1])] or chosen
            # "2019 › % of total" beside "2019 › Amount", named alike: a share, read only when the question asks for one
            chosen = compound_head(_unless_asked_percent(chosen, q_tokens), question)
            out.extend(chosen if best[0] > 0 else chosen[:1])
        return list(dict.fromkeys(out))
    if len(months) >= 2 and (span := span_column(view, months, question)):
        return span  # "no harm incidents apr-sep": the "Total Apr–Sep" column, not April's and September's
    if len(months) >= 2 and (by_month := _month_columns(view, months, lambda c: (word_score(c), filled(c), -len(c.tokens - naming)))):
        return by_month
    named = [c for c in view.columns if c.index != view.label_col and word_score(c) > 0]
    if not asks_intended(question):  # "q1 to q2" of "Q1 › Plan | Q1 › Actual | Q2 › Plan | Q2 › Actual": not the plans
        named = [c for c in named if not marks_unasked(c.tokens, question, q_tokens)] or named
    best_score = max((word_score(c) for c in named), default=0)
    top = [c for c in named if word_score(c) == best_score]
    if months:  # "in september": the "Sep" column, not a "Total Apr–Sep" column ending in it
        top = [c for c in top if not months_named(token_set(c.name)) - months] or top
    if any(quarter_of(c) for c in top):  # "q1 to q2": the quarters' figures, not the "Q2 RAG" rating beside them
        top = [c for c in top if c.numeric] or top
    # "year 6 obesity": "Obese (including severely obese)", not "Overweight (including obese)"
    plainly = {c.index: len(token_set(unbracketed(" ".join(c.path))) & naming) for c in top}
    top = [c for c in top if plainly[c.index] == max(plainly.values())]
    # of the best named only: "the vacancy rate" is the "Vacancy rate %" column, not "Vacancies (WTE)"
    return _unless_asked_percent(top, q_tokens)


def span_column(view: TableView, months: frozenset[int], question: str) -> list[Column]:
    """The one column whose header names the months a question names as a span ("Apr-Sep"), when
    the question asks for no change between them.

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="No harm", cells=("No harm", "70", "65", "412"), headers=("Level", "Apr", "Sep", "Total Apr–Sep"))
    >>> v = TableView.of([u])
    >>> [c.name for c in span_column(v, frozenset({4, 9}), "no harm incidents apr-sep")], span_column(v, frozenset({4, 9}), "how many more in sep than apr")
    (['Total Apr–Sep'], [])
    """
    if operation(question) in {"change", "pct_change", "compare"} or re.search(r"\b(?:from|between|since)\b", question, re.I):
        return []  # "how many more in sept than april": the two months
    spans = [c for c in view.columns if c.index != view.label_col and c.numeric and months_named(token_set(c.name)) == months]
    return spans if len(spans) == 1 else []


def _month_columns(view: TableView, months: frozenset[int], rank: Callable[[Column], tuple[int, ...]]) -> list[Column]:
    """For a question naming two or more months and no year ("between sept and oct"), a column of
    figures for each month, of the latest year the table has it for, the best ranked where the
    month heads several; in time order. Empty unless at least two of the months have one.

    >>> cols = [Column(j, (h,), h, frozenset(), ("2025",), (2025, m), "", True) for j, (h, m) in enumerate([("Jul-25", 7), ("Sep-25", 9), ("Oct-25", 10)], 1)]
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Calls", cells=("Calls", "1", "2", "3"), headers=("", "Jul-25", "Sep-25", "Oct-25"))
    >>> [c.name for c in _month_columns(TableView.of([u]), frozenset({10, 9}), lambda c: (0,))]
    ['Sep-25', 'Oct-25']
    >>> h = ("", "Oakvale 2025 › Apr", "Oakvale 2025 › Sep", "England Sep 2025")
    >>> v = TableView.of([Unit(id="2", doc="d", kind="row", text="", table_id="s", row="See and treat", cells=("See and treat", "31.5", "32.0", "30.4"), headers=h)])
    >>> [c.name for c in _month_columns(v, frozenset({4, 9}), lambda c: (-len(c.tokens),))]
    ['Oakvale 2025 › Apr', 'Oakvale 2025 › Sep']
    """
    by_month = []
    for m in sorted(months):
        cands = [c for c in view.columns if c.index != view.label_col and c.numeric and c.when[1] == m]
        if cands:
            latest = max(c.when[0] for c in cands)
            by_month.append([c for c in cands if c.when[0] == latest])
    # one series for every month ("Oakvale › Apr" and "Oakvale › Sep", not "England Sep"): of those every
    # month has, the one its months rank best, the first printed among equals (a report's own area comes first)
    common = set.intersection(*({header_words(c) for c in cands} for cands in by_month)) if by_month else set()
    if common:
        key = max(
            common,
            key=lambda k: (
                tuple(max(rank(c) for c in cands if header_words(c) == k) for cands in by_month),
                -min(c.index for c in view.columns if header_words(c) == k),
            ),
        )
        by_month = [[c for c in cands if header_words(c) == key] for cands in by_month]
    out = [max(cands, key=rank) for cands in by_month]
    return sorted(out, key=lambda c: c.when) if len(out) >= 2 else []


def compound_head(columns: list[Column], question: str) -> list[Column]:
    """Of columns named equally, the one named by the last word of a compound the question writes
    ("forecast variance" is a variance: an English compound's last word is its head); columns named
    apart ("budget and forecast") are all kept.

    >>> cols = [Column(j, ("2025-26", h), f"2025-26 › {h}", token_set(h), (), (2025, 0), "", True) for j, h in enumerate(["Forecast", "Variance"], 1)]
    >>> [c.path[-1] for c in compound_head(cols, "forecast variance for transport in 2025-26")]
    ['Variance']
    >>> [c.path[-1] for c in compound_head(cols, "the forecast and variance for transport")]
    ['Forecast', 'Variance']
    """
    if len(columns) < 2:
        return columns
    order = [stem(w) for w in words(question)]  # stop words kept: "forecast and variance" is not a compound
    places = []
    for c in columns:
        at = [i for i, t in enumerate(order) if t in c.tokens]
        if len(at) != 1:
            return columns
        places.append(at[0])
    if sorted(places) != list(range(min(places), min(places) + len(places))):
        return columns
    return [columns[places.index(max(places))]]


_CURRENCY_SIGN = re.compile(r"[$£€¥]")


def currency_named(col: Column, question: str) -> bool:
    """The question writes the currency sign that is the column's unit or header ("in €" for a € column).

    >>> c = Column(1, ("Dividend", "€"), "Dividend › €", frozenset(), (), (0, 0), "€", True)
    >>> currency_named(c, "What was the dividend in € in 2016?"), currency_named(c, "What was the dividend in US$?")
    (True, False)
    """
    signs = set(_CURRENCY_SIGN.findall(question))
    own = set(_CURRENCY_SIGN.findall(f"{col.unit} {col.path[-1] if col.path else ''}"))
    return bool(signs) and own == signs


def worded_columns(view: TableView, chosen: Column, q_tokens: frozenset[str], row: Row) -> list[Column]:
    """Other numeric columns without a period that the question names by their header's words
    (not the row's), of the same kind as `chosen` (both percentages or neither), best named first.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Fund A", cells=("Fund A", "10", "16", "4%"),
    ...          headers=("Fund", "Book cost", "Value at 30-Sep-24", "Return at 30-Sep-24"))
    >>> v = TableView.of([u])
    >>> [c.name for c in worded_columns(v, v.columns[2], frozenset({"book", "cost", "fund", "septemb"}), v.rows[0])]
    ['Book cost']
    """
    naming = q_tokens - row.tokens
    others = undated_alike(view, chosen)
    scored = sorted(((len(c.tokens & naming), -c.index, c) for c in others if c.tokens & naming), key=lambda t: t[:2], reverse=True)
    return [c for _, _, c in scored]


def twin_columns(view: TableView, chosen: Column) -> list[Column]:
    """The one other column measuring the same thing in another state: its header differs from the
    chosen one's by one word each way ("Current weekly hours" of "Proposed weekly hours"); else none.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Total", cells=("Total", "378", "312", "5"),
    ...          headers=("Library", "Current weekly hours", "Proposed weekly hours", "Days open (proposed)"))
    >>> v = TableView.of([u])
    >>> [c.name for c in twin_columns(v, v.columns[2])], twin_columns(v, v.columns[3])
    (['Current weekly hours'], [])
    """
    twins = [
        c
        for c in undated_alike(view, chosen)
        if len(c.tokens - chosen.tokens) == 1 and len(chosen.tokens - c.tokens) == 1 and c.tokens & chosen.tokens
    ]
    return twins if len(twins) == 1 else []


def undated_alike(view: TableView, chosen: Column) -> list[Column]:
    """The table's other figure columns without a period, of the same kind as `chosen` (both
    percentages or neither): what a column named in words may be set beside."""
    return [
        c
        for c in view.columns
        if c.numeric and not c.years and c.index not in (view.label_col, chosen.index) and of_percentages(c) == of_percentages(chosen)
    ]


def benchmark_partner(view: TableView, named: Column, q_tokens: frozenset[str]) -> Column | None:
    """The column a benchmark column the question names ("England 2025") is compared with: the
    first other column of the same period whose header the question does not name ("2025" of a
    table of the area's own figures by year; the area's before the region's), of the same kind.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Phone access", cells=("Phone access", "48.3", "53.9", "50.4"),
    ...          headers=("Question", "2024", "2025", "England 2025"))
    >>> v = TableView.of([u])
    >>> benchmark_partner(v, v.columns[3], frozenset({"england", "phone"})).name
    '2025'
    """
    if not named.years or not named.tokens & q_tokens:
        return None  # a plain period ("2025") is not a benchmark
    same = [
        c
        for c in view.columns
        if c.index not in (view.label_col, named.index)
        and c.numeric
        and c.years == named.years
        and not c.tokens & q_tokens
        and of_percentages(c) == of_percentages(named)
    ]
    return same[0] if same else None  # of several ("Area 2024", "Region 2024"), the first printed: the report's own


def percent_column(col: Column) -> bool:
    """A column of percentages by its header or unit ("% of total", "Change %").

    >>> percent_column(Column(1, ("2019", "revenues"), "2019 › revenues", frozenset(), ("2019",), (2019, 0), "% of total", True))
    True
    """
    return "%" in col.unit or percent_header(col.name)


_PER = re.compile(r"\bper\b|\brate\b", re.I)


def rate_column(col: Column) -> bool:
    """A column of rates: percentages, or figures "per" something ("Assessments per 1,000 carers").

    >>> rate_column(Column(1, ("Assessments per 1,000 carers",), "Assessments per 1,000 carers", frozenset(), (), (0, 0), "", True))
    True
    >>> rate_column(Column(1, ("Adult carers' assessments",), "Adult carers' assessments", frozenset(), (), (0, 0), "", True))
    False
    """
    return percent_column(col) or bool(_PER.search(col.name))


def of_percentages(col: Column) -> bool:
    """A column whose figures are percentages, by its header, unit or printed cells ("4.2%")."""
    return col.percent or percent_column(col)


def amounts_instead(view: TableView, columns: list[Column], q_tokens: frozenset[str]) -> list[Column]:
    """For a change asked without a percentage, the amount columns of the same periods in place of
    columns of percentages ("2019 › % of total revenues" named by "revenue"), when the table has them.

    >>> cols = [Column(i, (y, h), f"{y} › {h}", frozenset({h}), (y,), (int(y), 0), u, True)
    ...         for i, (y, h, u) in enumerate([("2019", "amount", ""), ("2019", "revenu", "%"), ("2018", "amount", ""), ("2018", "revenu", "%")], 1)]
    >>> v = TableView("T", tuple(cols), (), 0)
    >>> [c.name for c in amounts_instead(v, [cols[1], cols[3]], frozenset({"revenu"}))]
    ['2019 › amount', '2018 › amount']
    """
    if q_tokens & PERCENT_WORDS or not all(of_percentages(c) for c in columns):
        return columns
    swapped = []
    for c in columns:
        same = [o for o in view.period_columns() if o.years == c.years and not of_percentages(o)]
        if len(same) != 1:
            return columns
        swapped.append(same[0])
    return swapped


_JOINED = re.compile(r"\b(?:and|plus)\b|[&+]", re.I)  # "the budget for A and B" (or "A + B"): two things named, to add up


def joins_names(question: str) -> bool:
    """The question joins two names, to add them up or set them side by side.

    >>> joins_names("combined waiting list cardiology + respiratory?"), joins_names("total budget for the service")
    (True, False)
    """
    return bool(_JOINED.search(question))


RATE_WORDS = frozenset(tokenize("rate rates"))  # a rate may be a percentage: "completion rate" beside "completions"


def _unless_asked_percent(cols: list[Column], q_tokens: frozenset[str]) -> list[Column]:
    """The columns less those of percentages ("2019 › % of total" beside "2019 › Amount"), unless the
    question asks for a percentage or a rate, or nothing else is left.

    >>> cols = [Column(i, (h,), h, frozenset({"complet"}), (), (0, 0), u, True) for i, (h, u) in enumerate([("Completions", ""), ("Completions (2)", "%")], 1)]
    >>> [c.name for c in _unless_asked_percent(cols, frozenset({"complet"}))], len(_unless_asked_percent(cols, frozenset({"complet", "rate"})))
    (['Completions'], 2)
    """
    if q_tokens & (PERCENT_WORDS | RATE_WORDS):
        return cols
    return [c for c in cols if not of_percentages(c)] or cols


def period_range(question: str, view: TableView) -> tuple[str, ...]:
    """Every period of the table within a range the question names ("2017 to 2019", "2017-2019").

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "1", "2", "3"), headers=("", "2019", "2018", "2017"))
    >>> period_range("average for fiscal years 2017 to 2019", TableView.of([u]))
    ('2019', '2018', '2017')
    """
    m = _RANGE.search(question)
    if not m:
        return ()
    lo, hi = sorted((int(m.group(1)), int(m.group(2))))
    return tuple(p for c in view.period_columns() for p in c.years if p[:4].isdigit() and lo <= int(p[:4]) <= hi)


_MONTH_SPAN = re.compile(r"\b(?:from |between )?([a-z]{3,9})\.?\s*(?:to|through|until|till|and|-|–)\s*([a-z]{3,9})\b", re.I)


def month_range_columns(question: str, view: TableView) -> list[Column]:
    """The table's columns of every month within a range the question names ("april to october",
    "between jun and aug"), in the table's order; empty when it names none or the table has no
    column for either end.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "1", "2", "3", "4"), headers=("", "Apr", "May", "Jun", "Jul"))
    >>> [c.name for c in month_range_columns("sum of referrals april to june", TableView.of([u]))]
    ['Apr', 'May', 'Jun']
    >>> month_range_columns("referrals in april and more", TableView.of([u]))
    []
    """
    months = [(c, months_written(c.name)) for c in view.columns if c.index != view.label_col]
    for m in _MONTH_SPAN.finditer(question):
        ends = [months_written(m.group(1)), months_written(m.group(2))]
        if not all(len(e) == 1 for e in ends):
            continue
        at = [next((i for i, (_, named) in enumerate(months) if named == e), None) for e in ends]
        if at[0] is not None and at[1] is not None and at[0] != at[1]:
            lo, hi = sorted((at[0], at[1]))
            return [c for c, named in months[lo : hi + 1] if len(named) == 1]
    return []


def since(question: str, periods: tuple[str, ...], view: TableView) -> tuple[str, ...]:
    """A change "since" the one period a question names runs to the table's latest period.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "61.5", "60.8", "59.9"), headers=("", "2022-23", "2023-24", "2024-25"))
    >>> since("how much has it dropped since 2022-23", ("2022-23",), TableView.of([u]))
    ('2022-23', '2024-25')
    >>> since("how much did it drop in 2022-23", ("2022-23",), TableView.of([u]))
    ('2022-23',)
    """
    start = periods[0][:4] if len(periods) == 1 else ""
    if not start.isdigit() or not _SINCE.search(question):
        return periods
    later = [c.years[0] for c in view.period_columns() if c.years[0][:4].isdigit() and c.years[0][:4] > start]
    return (periods[0], max(later)) if later else periods


_SINCE = re.compile(r"\bsince\b")


def since_columns(view: TableView, columns: list[Column], question: str) -> list[Column]:
    """A change "since" a date runs from the column that date names to the latest column of the
    same group: "since march" of "31 Mar 2024 | 31 Mar 2025 | 30 Sep 2025" is from the last March
    to September; "since march 2024" from March 2024.

    >>> from qa.types import Unit
    >>> h = ("Service", "People at › 31 Mar 2024", "People at › 31 Mar 2025", "People at › 30 Sep 2025")
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "1,956", "1,918", "1,894"), headers=h)])
    >>> march = [c for c in v.columns if "Mar" in c.name]
    >>> [c.name[-11:] for c in since_columns(v, march, "did it go down since march")]
    ['31 Mar 2025', '30 Sep 2025']
    >>> [c.name[-11:] for c in since_columns(v, march, "has it gone up since march 2024")]
    ['31 Mar 2024', '30 Sep 2025']
    >>> [c.name[-11:] for c in since_columns(v, march, "the change from march 2024 to march 2025")]
    ['31 Mar 2024', '31 Mar 2025']
    >>> h = ("Vaccine", "2024-25 › Q3", "2024-25 › Q4", "2025-26 › Q1", "2025-26 › Q2")
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "90.5", "90.3", "89.9", "89.6"), headers=h)])
    >>> [c.name for c in since_columns(v, v.columns[1:4], "has it gone up since Q3 2024-25")]
    ['2024-25 › Q3', '2025-26 › Q2']
    """
    if not columns or not _SINCE.search(question) or columns[0].when == (0, 0):
        return columns
    peers = [c for c in view.period_columns() if same_series(c, columns[0]) and c.when != (0, 0)]
    latest = max(peers, key=_in_time, default=None)
    before = [c for c in columns if latest is not None and _in_time(c) < _in_time(latest)]
    if latest is None or not before:
        return columns
    # a quarter named picks its own column ("since Q3 2024-25"); a year named, its own; a month
    # alone ("since march"), the last one before now
    quarters = {int(n) for n in _QUARTER_NAMED.findall(question.lower())}
    start = next((c for c in before if quarter_of(c) in quarters), None)
    start = start or (before[0] if period_names(question) else max(before, key=_in_time))
    return [start, latest]


_QUARTER_NAMED = re.compile(r"\b(?:q|quarter\s*)([1-4])\b")


def _in_time(col: Column) -> tuple[tuple[int, int], int]:
    return col.when, quarter_of(col)


def same_series(a: Column, b: Column) -> bool:
    """Two columns of one series of periods: under the same group header ("People at"), or each
    under a period of its own ("2024-25 › Q3" and "2025-26 › Q1").

    >>> col = lambda *p: Column(1, p, " › ".join(p), frozenset(), (), (0, 0), "", True)
    >>> same_series(col("2024-25", "Q3"), col("2025-26", "Q1")), same_series(col("People at", "31 Mar 2024"), col("People at", "30 Sep 2025"))
    (True, True)
    >>> same_series(col("Budget", "2024-25"), col("Forecast", "2025-26")), same_series(col("2024-25", "Q3"), col("England Q2 2025-26"))
    (False, False)
    """
    if a.path[:-1] == b.path[:-1]:
        return True
    return bool(a.path[:-1] and b.path[:-1] and period_names(" ".join(a.path[:-1])) and period_names(" ".join(b.path[:-1])))


_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:to|through|until|[-–])\s*((?:19|20)\d\d)\b")


def _cell(row: Row, col: Column) -> str:
    return row.unit.cells[col.index]


def _where(row: Row) -> str:
    return f"{row.group} › {row.label}" if row.group else row.label


def _unit_note(col: Column) -> str:
    return f" ({col.unit})" if col.unit else ""


def lookup(view: TableView, row: Row, columns: list[Column]) -> TableDraft | None:
    """The row's cells under the named columns (every numeric column when none is named).

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Sales", cells=("Sales", "5", "4"), headers=("", "2019", "2018"))
    >>> v = TableView.of([u])
    >>> lookup(v, v.rows[0], [v.columns[2]]).text
    'Sales — 2018: 4 [1].'
    """
    cols = _looked_up(view, row, columns)
    if not cols:
        return None
    if all(no_entry(_cell(row, c)) for c in cols):
        if not columns:
            return None  # no column was asked for and the row gives no figure: its words answer, not a blank
        names = ", ".join(f"{c.name} (“{_cell(row, c).strip()}”)" if _cell(row, c).strip() else c.name for c in cols[:3])
        says = "leaves" if all(not _cell(row, c).strip() for c in cols) else "gives no figure under"
        text = (
            f"“{view.title}” {says} {names} blank for {_where(row)}"
            if says == "leaves"
            else f"“{view.title}” {says} {names} for {_where(row)}"
        )
        return TableDraft(text, (row.unit,), None, frozenset(), blank=True)
    value = row.values[cols[0].index] if len(cols) == 1 else None
    return TableDraft(f"{_row_cells(row, cols)} [1].", (row.unit,), value, scaled_forms(row, cols))


def _looked_up(view: TableView, row: Row, columns: list[Column]) -> list[Column]:
    """The columns a look-up reads: those named, else every column where the row has a cell."""
    return columns or [c for c in view.columns if c.index != view.label_col and _cell(row, c)]


def _row_cells(row: Row, cols: list[Column]) -> str:
    """A row and its cells under `cols`, as an answer gives them (without the citation marker)."""
    parts = [headed(c.name, _cell_as_said(row, c)) for c in cols[:6]]
    return f"{_where(row)} — {'; '.join(parts)}"


def _cell_as_said(row: Row, col: Column) -> str:
    """A cell with its column's unit and, for a figure in thousands or millions, the figure at its scale."""
    cell = _cell(row, col)
    if not cell:
        return "no figure given"
    own = label_unit(row.unit.row) if row.values[col.index] is not None else ""  # "Items dispensed (000s)" under a £000 caption
    note = (
        f" ({own})"
        if own
        else _unit_note(col)
        or (f" ({per_row})" if row.values[col.index] is not None and (per_row := row_unit(row.unit, col.index)) else "")
    )
    return f"{cell}{note}{said_at_scale(row.values[col.index], col, (cell,))[0]}"


def scaled_forms(row: Row, cols: list[Column]) -> frozenset[str]:
    """The figures `_row_cells` writes out at their scale, as the answer check must accept them."""
    return frozenset(w for c in cols[:6] if _cell(row, c) for w in said_at_scale(row.values[c.index], c, (_cell(row, c),))[1])


_LAST_YEAR = re.compile(r"\blast year\b|\ba year (?:ago|earlier|before)\b|\bprevious year\b|\byear before\b", re.I)


def year_before(question: str, view: TableView) -> tuple[str, ...]:
    """For a question comparing with last year and naming no period, the table's year before its
    latest and its latest, when it has columns for both; else nothing.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Debt", cells=("Debt", "5,310", "6,145", "5,000"), headers=("", "Q2 2024/25", "Q2 2025/26", "2025/26 target"))
    >>> year_before("is debt higher than this time last year", TableView.of([u])), year_before("is debt higher than target", TableView.of([u]))
    (('2024-25', '2025-26'), ())
    """
    if not _LAST_YEAR.search(question):
        return ()
    years = sorted({p for c in view.period_columns() for p in c.years}, key=lambda p: period_order(p))
    if len(years) < 2:
        return ()
    latest = years[-1]
    before = next((p for p in reversed(years[:-1]) if period_order(p)[0] == period_order(latest)[0] - 1), None)
    return (before, latest) if before else ()


def current_column(columns: list[Column]) -> Column:
    """Of columns named alike, the latest; where their periods cannot be told apart, the first
    printed (reports print the current figure first: "Variance › Quarter 2 | Quarter 1").

    >>> cols = [Column(j, ("Variance", h), f"Variance › {h}", frozenset({"varianc"}), (), w, "", True) for j, (h, w) in enumerate([("Quarter 2", (0, 0)), ("Quarter 1", (0, 0))], 1)]
    >>> current_column(cols).name, current_column([*cols, Column(3, ("2025",), "2025", frozenset(), ("2025",), (2025, 0), "", True)]).name
    ('Variance › Quarter 2', '2025')
    """
    return max(columns, key=lambda c: (c.when, -c.index))


_PART_OF_YEAR = re.compile(r"\b(?:q[1-4]|quarter\s*[1-4]|h[12]|half\s*[12])\b", re.I)


def period_parts(view: TableView, column: Column) -> list[Column]:
    """The columns dividing the period a column is printed under into quarters or months
    ("2024-25 › Q1" … "2024-25 › Q4"), when the column is one of them; else none.

    >>> cols = [Column(i, ("2024-25", h), f"2024-25 › {h}", frozenset(), ("24-25",), (2024, 0), "", True) for i, h in enumerate(["Q1", "Q2", "Budget"], 1)]
    >>> v = TableView("T", tuple(cols), (), 0)
    >>> [c.name for c in period_parts(v, cols[0])], period_parts(v, cols[2])
    (['2024-25 › Q1', '2024-25 › Q2'], [])
    """

    def part(c: Column) -> bool:
        # "2024-25 › Q1" or "2024-25 Q1" in one header; a month under its year
        return bool(_PART_OF_YEAR.search(c.name)) or (len(c.path) >= 2 and is_month(c.path[-1].lower()))

    if not column.years or not part(column):
        return []
    return [c for c in view.columns if c.years == column.years and c.index != view.label_col and part(c)]


def named_for_other_periods(question: str, unit: Unit, col: int, label_col: int) -> tuple[str, list[str]] | None:
    """A word of the question that heads other columns of the row ("England" of "England Sep 2025")
    but not the one read, which the question picked by its period ("Jul"): the figure asked for is
    not printed. The word as the headers write it, and those headers; None when nothing is so.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Hear and treat", cells=("Hear and treat", "15.1", "14.5", "15.9"), headers=("Measure", "Oakvale › Jul", "Oakvale › Sep", "England Sep 2025"))
    >>> named_for_other_periods("hear and treat rate for england in july", u, 1, 0), named_for_other_periods("hear and treat rate in july", u, 1, 0)
    (('England', ['England Sep 2025']), None)
    """
    header = unit.headers[col]
    picked = {m for m in months_written(header) if m in months_written(question)} or set(period_names(header)) & set(period_names(question))
    if not picked:
        return None
    own = token_set(header)
    asked = token_set(question) - token_set(f"{unit.row} {unit.row_detail} {unit.table}") - own
    for word in sorted(w for w in asked if w.isalpha() and w not in MONTH_WORDS):  # "june" of "june or august" names a month
        others = [
            h
            for j, h in enumerate(unit.headers)
            if j not in (col, label_col)
            and word in token_set(h)
            and cell_number(unit.cells[j]) is not None
            and bool(months_written(h) or period_names(h))  # printed for other periods, not a Total column
        ]
        if others and not any(p in months_written(h) or p in period_names(h) for h in others for p in picked):
            written = next((w for w in re.findall(r"[A-Za-z]+", others[0]) if stem(w.lower()) == word), word)
            return written, others
    return None


def parts_of_one_period(columns: list[Column]) -> bool:
    """The columns are the parts of one period printed under it ("Quarter 1 › Apr | May | Jun").

    >>> cols = [Column(j, ("Quarter 1", m), f"Quarter 1 › {m}", token_set(m), (), (0, 0), "", True) for j, m in enumerate(["Apr", "May", "Jun"], 1)]
    >>> parts_of_one_period(cols), parts_of_one_period(cols[:1]), parts_of_one_period([Column(1, ("Budget",), "Budget", frozenset(), (), (0, 0), "", True), *cols[:1]])
    (True, False, False)
    """
    groups = {c.path[:-1] for c in columns}
    if len(columns) < 2 or len(groups) != 1 or not all(len(c.path) >= 2 for c in columns):
        return False
    group = " ".join(next(iter(groups)))
    return bool(period_names(group) or _PART_OF_YEAR.search(group)) or all(
        is_month(c.path[-1].split()[0].lower()) for c in columns if c.path[-1].split()
    )


def months_asked(columns: list[Column], q_tokens: frozenset[str]) -> list[Column]:
    """The columns headed by a month the question names ("august or september": Aug and Sep).

    >>> cols = [Column(i, ("Q2", m), f"Q2 › {m}", token_set(m), (), (0, 0), "", True) for i, m in enumerate(["Jul", "Aug", "Sep"], 1)]
    >>> [c.name for c in months_asked(cols, token_set("was august or september worse"))], months_asked(cols, token_set("which was worse"))
    (['Q2 › Aug', 'Q2 › Sep'], [])
    """
    asked = months_named(q_tokens)
    return [c for c in columns if asked and months_named(token_set(c.leaf)) & asked]


def compare_months(row: Row, columns: list[Column], smallest: bool = False) -> TableDraft | None:
    """The month a row's figure was highest (or lowest) in, of the month columns asked about.

    >>> from qa.types import Unit
    >>> v = TableView.of([Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Falls", cells=("Falls", "38", "33"), headers=("", "Q2 › Aug", "Q2 › Sep"))])
    >>> compare_months(v.rows[0], list(v.columns[1:])).text
    'Falls was highest in August (Q2 › Aug: 38; Q2 › Sep: 33) [1].'
    """
    cols = [c for c in columns if row.values[c.index] is not None]
    if len(cols) < 2:
        return None
    ranked = sorted(cols, key=lambda c: row.values[c.index] or 0.0, reverse=not smallest)
    month = min(months_named(token_set(ranked[0].leaf)))
    shown = "; ".join(f"{c.name}: {_cell(row, c)}" for c in cols)
    word = "lowest" if smallest else "highest"
    return TableDraft(f"{_where(row)} was {word} in {MONTH_NAMES[month - 1].title()} ({shown}) [1].", (row.unit,), None, frozenset())


def compute(
    op: Operation,
    view: TableView,
    rows: list[Row],
    columns: list[Column],
    question_periods: tuple[str, ...],
    question: str = "",
    q_tokens: frozenset[str] = frozenset(),
) -> TableDraft | None:
    """Arithmetic on cited cells. One row across two or more periods, or two rows in one column."""
    if not rows:
        return None
    row = rows[0]
    if op == "compare":
        smallest = bool(_SMALLER.search(question))
        # "was august or september worse" of month columns without a year ("Mar-25" is named by its header)
        if len(months := [c for c in months_asked(columns, q_tokens) if not c.years]) >= 2:
            way = asked_way(question, row.label)
            return compare_months(row, months, way < 0 if way else smallest)
        if len(rows) >= 2 and len(columns) > 1 and not question_periods:
            columns = [current_column(columns)]  # two rows compared under a measure printed for several periods: the latest
        if len(rows) >= 2 and len(columns) == 1:
            return judged(
                _compare_rows(rows[:2], columns[0], smallest, bracketed_asked(question, columns[0].name)), question, rows, columns[0]
            )
        return _compare_periods(view, row, columns, smallest)
    if op == "sum" and row.total and len(columns) < 2:
        return lookup(view, row, columns)  # "the total X" is a row the table prints
    if op == "sum" and len(rows) >= 2 and len(columns) > 1 and not question_periods and joins_names(question):
        columns = [current_column(columns)]  # "A and B combined" under a measure printed for several periods: the latest
    one_cell = len(rows) == 1 and len(columns) == 1 and len(question_periods) == 1
    if one_cell and op in {"sum", "average"} and len(parts := period_parts(view, columns[0])) >= 2:
        columns = parts  # "total quits for 2024-25" of a table by quarter: the year's quarters
    if one_cell and op in {"change", "pct_change"}:
        columns = amounts_instead(view, columns, q_tokens)
    if one_cell and op in {"change", "pct_change"} and row.values[columns[0].index] is not None:
        # "the change in subscribers in 2019": from the period before it
        before = previous_period(view, columns[0])
        columns = [before, columns[0]] if before is not None and row.values[before.index] is not None else columns
    if len(columns) < 2 and op in {"change", "pct_change", "average", "sum", "ratio"}:
        dated = in_time_order(rows[:2])
        if op == "pct_change" and dated is not None:
            col = columns[0] if columns else _only_numeric(view)
            return _pct_across_rows(*dated, col) if col is not None else None
        if len(rows) >= 2 and op == "average" and asks_over_years(question) and not question_periods:
            rows = rows[:1]  # "the average annual total charges": one row over its years
        if len(rows) >= 2 and op in {"change", "ratio", "sum", "average"}:
            col = columns[0] if columns else _only_numeric(view)
            if col is None:
                return None
            pair = rows[:2]
            col = figures_twin(view, pair, col)
            if op == "change" and asks_magnitude(question):
                at = col.index
                pair = sorted(pair, key=lambda r: -(r.values[at] or 0.0))
            elif op == "change":
                pair = later_first(pair)
            return _across_rows(op, pair, col)
        if op in {"change", "pct_change", "average", "sum"} and not question_periods:
            # "2019 › % of total" beside "2019 › Amount": the amounts, unless a percentage is asked
            periods_here = _unless_asked_percent(view.period_columns(), q_tokens)
            if op in {"change", "pct_change"} and len(periods_here) != 2:
                return None  # which two of three or more periods? the question does not say
            columns = periods_here
    if op == "share":
        if len(columns) == 2 and not question_periods:
            return _share_of_columns(row, part_then_whole(columns, question))
        col = columns[0] if columns else _only_numeric(view)
        return _share(view, rows, col, q_tokens) if col else None
    if len(columns) < 2:
        return None
    if op == "pct_change" and (measured := change_and_base(columns[:2])) is not None:
        return _share_of_columns(row, list(measured))  # "overspent by what percent of its budget": the variance over the budget
    if op in {"change", "pct_change"}:
        columns = amounts_instead(view, columns, q_tokens)
    if op in {"change", "pct_change", "ratio"} and of_percentages(columns[0]) != of_percentages(columns[1]):
        return None  # a percentage and an amount are not two values of one thing
    operands = [(c, nil_as_zero(row.values[c.index], _cell(row, c))) for c in columns]
    if any(v is None for _, v in operands):
        missing = next(c for c, v in operands if v is None)
        return TableDraft(
            f"“{view.title}” gives no figure for {_where(row)} under {missing.name}", (row.unit,), None, frozenset(), blank=True
        )
    values = [v for _, v in operands if v is not None]
    cells = [_cell(row, c) for c, _ in operands]
    names = [c.name for c, _ in operands]
    unit = _unit_note(columns[0])
    if op in {"change", "pct_change"}:
        (old_c, old), (new_c, new) = _chronological(operands[:2])
        diff = new - old
        working = f"{_cell(row, new_c)} − {_cell(row, old_c)} = {fmt(diff)}"
        if op == "change" and asks_magnitude(question):
            (lo_c, lo), (hi_c, hi) = sorted(operands[:2], key=lambda o: o[1] or 0.0)
            gap = (hi or 0.0) - (lo or 0.0)
            text = (
                f"The difference in {_where(row)} between {hi_c.name} and {lo_c.name} is {fmt(gap)}{unit}: "
                f"{_cell(row, hi_c)} − {_cell(row, lo_c)} = {fmt(gap)} [1]."
            )
            return TableDraft(text, (row.unit,), gap, figures(gap))
        if op == "change":
            said, written = said_at_scale(diff, new_c, (_cell(row, new_c), _cell(row, old_c)))
            text = f"{_where(row)} changed by {fmt(diff)}{unit} from {old_c.name} to {new_c.name}: {working}{said} [1]."
            text += direction(diff, new_c.name, old_c.name) if _EITHER_WAY.search(question) else ""
            printed_amount = printed_change(view, row, old_c, new_c, percent=False)
            if printed_amount is not None and printed_amount[2] is row.unit:
                text += f" The table prints {printed_amount[1]} {printed_amount[0]} [1]."
            return TableDraft(text, (row.unit,), diff, figures(diff) | written)
        if old == 0:
            return None
        pct = percent_change(old, new)
        text = (
            f"{_where(row)} changed by {fmt(pct)}% from {old_c.name} to {new_c.name}: "
            f"({working}) ÷ {_cell(row, old_c)} × 100 = {fmt(pct)}% [1]."
        )
        text += f" That is a fall of {fmt(-pct)}%." if pct < 0 else ""  # "what percentage cut": said as a size too
        cited: tuple[Unit, ...] = (row.unit,)
        printed = printed_change(view, row, old_c, new_c)
        if printed is not None:
            where, cell, holder = printed
            cited = tuple(dict.fromkeys((row.unit, holder)))
            text += f" The table prints {cell} {where} [{cited.index(holder) + 1}]."
        return TableDraft(text, cited, pct, figures(diff) | figures(pct, percent=True))
    if op == "average":
        avg = sum(values) / len(values)
        text = f"The average of {_where(row)} over {', '.join(names)} is {fmt(avg)}{unit}: ({' + '.join(cells)}) ÷ {len(values)} = {fmt(avg)} [1]."
        return TableDraft(text, (row.unit,), avg, figures(avg, sum(values), len(values)))
    if op == "sum":
        total = sum(values)
        text = f"{_where(row)} over {', '.join(names)} adds up to {fmt(total)}{unit}: {' + '.join(cells)} = {fmt(total)} [1]."
        return TableDraft(text, (row.unit,), total, figures(total))
    if op == "ratio":
        if values[1] == 0:
            return None
        ratio = values[0] / values[1]
        text = f"The ratio of {_where(row)} in {names[0]} to {names[1]} is {fmt(ratio)}: {cells[0]} ÷ {cells[1]} = {fmt(ratio)} [1]."
        return TableDraft(text, (row.unit,), ratio, figures(ratio))
    return None


CHANGE_HEADERS = frozenset(token_set(" ".join(word_list("change_headers"))))  # "% Change", "Growth", "Variance"


def printed_change(view: TableView, row: Row, old_c: Column, new_c: Column, *, percent: bool = True) -> tuple[str, str, Unit] | None:
    """The percentage change (or, without `percent`, the change in amount) the table prints itself
    for a row between two periods, if it does:
    a cell of the row under a change column ("% Change"; one naming other periods is not it), or the
    later period's cell of a row named as the change of this one ("Revenue growth" under "Revenue").
    Returns where it is printed, the cell and the row unit that holds it.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=c, headers=("", "2019", "2018", "% Change"))
    ...       for i, (r, c) in enumerate([("Cash", ("Cash", "84", "211", "(59.9)")), ("Sales", ("Sales", "5", "4", "")), ("Sales growth", ("Sales growth", "25%", "3%", ""))])]
    >>> v = TableView.of(us)
    >>> printed_change(v, v.rows[0], v.columns[2], v.columns[1])[:2], printed_change(v, v.rows[1], v.columns[2], v.columns[1])[:2]
    (('under % Change', '(59.9)'), ('for Sales growth in 2019', '25%'))
    """
    asked = set(old_c.years) | set(new_c.years)
    for c in view.columns:
        if c in (old_c, new_c) or c.index == view.label_col or not (c.tokens & CHANGE_HEADERS) or not _cell(row, c):
            continue
        in_percent = "%" in c.name or "%" in c.unit or "percent" in c.name.lower() or _cell(row, c).rstrip().endswith("%")
        if in_percent == percent and set(c.years) <= asked:
            return f"under {c.name}", _cell(row, c), row.unit
    label = token_set(strip_footnote(row.label))
    for other in view.rows:
        own = token_set(strip_footnote(other.label))
        if other is not row and label and label < own and own - label <= CHANGE_HEADERS and _cell(other, new_c):
            return f"for {_where(other)} in {_period_name(new_c)}", _cell(other, new_c), other.unit
    return None


_NIL = re.compile(r"\s*[$£€]?\s*(?:[-–—]+|nil)\s*", re.I)


def nil_as_zero(value: float | None, cell: str) -> float | None:
    """A cell's figure, with a dash or "nil" read as 0, as reports print a nothing; a blank stays unknown.

    >>> nil_as_zero(None, "—"), nil_as_zero(None, "$ -"), nil_as_zero(None, ""), nil_as_zero(None, "n/a"), nil_as_zero(5.0, "5")
    (0.0, 0.0, None, None, 5.0)
    """
    if value is None and _NIL.fullmatch(cell):
        return 0.0
    return value


def percent_change(old: float, new: float) -> float:
    """(new − old) ÷ old × 100, dividing by the signed earlier figure as finance tables do: a loss
    of 4.9 growing to a loss of 26.9 is +448.98%, the figure reports print (not −448.98%).

    >>> round(percent_change(470.0, 532.0), 2), round(percent_change(-4.9, -26.9), 2), round(percent_change(-34.8, 46.0), 2)
    (13.19, 448.98, -232.18)
    """
    return (new - old) / old * 100


_DIFFERENCE = re.compile(r"\bdifferences?\b|\bhow far\b", re.I)  # "how far is it from its target": a distance


# "more or less", "higher or lower", "up or down", "increase or decrease": the question asks which way
_EITHER_WAY = re.compile(
    r"\b(?:more|less|higher|lower|up|down|increase[sd]?|decrease[sd]?|rise|fall|above|below|better|worse)\s+or\s+\w+", re.I
)


def direction(diff: float, new: str, old: str) -> str:
    """Which way a change went, said in words, for a question asking "more or less".

    >>> direction(-3.0, "Market value", "Book cost"), direction(2.5, "2025", "2024"), direction(0.0, "B", "A")
    (' Market value is 3 less than Book cost.', ' 2025 is 2.5 more than 2024.', ' B is the same as A.')
    """
    if diff == 0:
        return f" {new} is the same as {old}."
    return f" {new} is {fmt(abs(diff))} {'more' if diff > 0 else 'less'} than {old}."


def asks_magnitude(question: str) -> bool:
    """ "The difference between A and B" is how far apart they are, a figure at least 0; "the change
    from A to B" has a direction.

    >>> asks_magnitude("What is the difference in revenue between 2018 and 2019?"), asks_magnitude("What was the change in revenue?")
    (True, False)
    >>> asks_magnitude("how far is the risk from its target score")
    True
    """
    return bool(_DIFFERENCE.search(question))


def latest_period(view: TableView) -> list[Column]:
    """The column of the latest period when the table's period columns name one each, one per period.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "5", "9"), headers=("", "2018", "2019"))
    >>> [c.name for c in latest_period(TableView.of([u]))]
    ['2019']
    """
    cols = view.period_columns()
    if not cols or len({c.when for c in cols}) != len(cols):
        return []
    return [max(cols, key=lambda c: c.when)]


TARGET_WORDS = frozenset(token_set(" ".join(word_list("target_words"))))  # a column a figure is measured against
PLAN_WORDS = frozenset(token_set("plan planned"))  # a plan is the mark when the question measures against it


def most_alike(columns: list[Column], words_: frozenset[str], leave: frozenset[str]) -> list[Column]:
    """The columns whose header shares the most of `words_` (less `leave`), if any shares one.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "1", "2", "3", "4"), headers=("", "Q1 › Plan", "Q1 › Actual", "Q2 › Plan", "Q2 › Actual"))
    >>> [c.name for c in most_alike(list(TableView.of([u]).columns[1:]), token_set("q2 actual"), frozenset())]
    ['Q2 › Actual']
    """
    scored = [(len((c.tokens - leave) & words_), c) for c in columns]
    best = max((n for n, _ in scored), default=0)
    return [c for n, c in scored if n == best] if best else []


def against_target(view: TableView, row: Row, question: str, judge: bool = True) -> TableDraft | None:
    """A row's figure beside its target, for "is X on target?": the figure of the column the
    question names (a period, a word), else the last column with a figure, and whether it is
    above, below or level with the target. Whether above is good the table's reader knows (a
    waiting time is better below it); the answer says only which side it is on, and "Yes" or "No"
    only where the row's own rating of its latest figure says so ("Green", "Red").

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Council tax collected", cells=("Council tax collected", "56.0%", "28.4%", "56.3%", "Green"), headers=("Indicator", "Target", "Q1", "Q2", "RAG"))
    >>> v = TableView.of([u])
    >>> against_target(v, v.rows[0], "Is council tax collection on target at Q2?").text
    'Yes: Council tax collected — Q2: 56.3% against Target: 56.0%, above the target [1].'
    >>> against_target(v, v.rows[0], "was council tax collection on target in Q1?").text
    'Council tax collected — Q1: 28.4% against Target: 56.0%, below the target [1].'
    >>> against_target(v, v.rows[0], "was council tax collection on target in quarter 1?").text
    'Council tax collected — Q1: 28.4% against Target: 56.0%, below the target [1].'
    >>> y = Unit(id="4", doc="d", kind="row", text="", table_id="y", row="Victims supported", cells=("Victims supported", "450", "438", "471"), headers=("Measure", "Target 2025-26", "Q1 2025-26", "Q2 2025-26"))
    >>> against_target(TableView.of([y]), TableView.of([y]).rows[0], "are victims supported above target?").text  # the latest quarter of the year
    'Victims supported — Q2 2025-26: 471 against Target 2025-26: 450, above the target 2025-26 [1].'
    >>> h = ("Service", "Q1 › Plan", "Q1 › Actual", "Q2 › Plan", "Q2 › Actual")
    >>> p = Unit(id="3", doc="d", kind="row", text="", table_id="p", row="Home care", cells=("Home care", "3,200", "3,085", "3,300", "3,342"), headers=h)
    >>> against_target(TableView.of([p]), TableView.of([p]).rows[0], "were home care hours above or below plan in Q2").text
    'Home care — Q2 › Actual: 3,342 against Q2 › Plan: 3,300, above the plan [1].'
    >>> w = Unit(id="2", doc="d", kind="row", text="", table_id="u", row="Diagnostics over 6 weeks", cells=("Diagnostics over 6 weeks", "5%", "18.3%", "19.0%"), headers=("Indicator", "Standard", "Latest (Oct-25)", "Previous (Sep-25)"))
    >>> against_target(TableView.of([w]), TableView.of([w]).rows[0], "is the diagnostics 6 week wait meeting the standard?").text
    'Diagnostics over 6 weeks — Latest (Oct-25): 18.3% against Standard: 5%, above the standard [1].'
    """
    asked = token_set(question)
    marks = TARGET_WORDS | (PLAN_WORDS & asked)  # "above or below plan": a Plan column is the mark
    targets = [c for c in view.columns if c.numeric and c.tokens & marks and c.index != view.label_col]
    if len(targets) > 1:
        # a plan for each period ("Q2 (Jul-Sep)" over "Plan | Actual"): the one the question names most of
        targets = most_alike(targets, asked - marks, marks)
    if len(targets) != 1 or row.values[targets[0].index] is None:
        return None
    target = targets[0]
    others = [c for c in view.columns if c.numeric and c.index not in (view.label_col, target.index) and row.values[c.index] is not None]
    if any(c.tokens & marks for c in others):
        # other periods' plans too: the figure beside it is the one printed under the same period
        others = most_alike([c for c in others if not c.tokens & marks], target.tokens - marks, marks) or others
    named = [c for c in others if c.tokens & asked or set(c.years) & set(period_names(question))]
    if len(named) > 1:  # "at Q2" names "Q2" in full, "Q1" only by the word "quarter" they share
        most = max(len(c.tokens & asked) for c in named)
        named = [c for c in named if len(c.tokens & asked) == most]
    if not others or len(named) > 1:
        return None
    dated = [c for c in others if c.when != (0, 0)]
    latest = max(dated, key=_in_time) if dated else others[-1]
    col = named[0] if named else latest  # else the latest, else the last printed
    value, goal = row.values[col.index] or 0.0, row.values[target.index] or 0.0
    side = "above" if value > goal else "below" if value < goal else "level with"
    # the table's own rating of its latest figure says whether the target is met
    verdict = {True: "Yes: ", False: "No: ", None: ""}[
        rated_met(row) if col is latest and judge else None
    ]  # judged only when asked yes or no
    mark = target.name.split("›")[-1].strip().lower()
    text = f"{verdict}{_where(row)} — {col.name}: {_cell(row, col)} against {target.name}: {_cell(row, target)}, {side} the {mark} [1]."
    return TableDraft(text, (row.unit,), value, frozenset())


_SET_AGAINST = re.compile(r"\b(?:than|vs\.?|versus|against|compared?|compares|comparison|average|above|below)\b", re.I)
UP_WORDS = frozenset("above higher more greater over exceed exceeds exceeding ahead bigger".split())  # as written: "above" is a stop word
DOWN_WORDS = frozenset("below lower less fewer under behind smaller".split())


MONTH_WORDS = frozenset(token_set(" ".join([*MONTH_NAMES, "jan feb mar apr jun jul aug sep sept oct nov dec"])))
PERIOD_WORDS = frozenset(token_set(" ".join(word_list("period_words")))) | MONTH_WORDS


def header_words(col: Column) -> frozenset[str]:
    """The words of a column's header that are not periods: what it names besides when ("England"
    of "England Sep 2025").

    >>> sorted(header_words(Column(1, ("England Sep 2025",), "England Sep 2025", token_set("England Sep 2025"), ("2025",), (2025, 9), "", True)))
    ['england']
    """
    return frozenset(t for t in col.tokens if t.isalpha() and t not in PERIOD_WORDS)


def benchmark_column(view: TableView, row: Row, question: str) -> Column | None:
    """The column the question sets the row's figure against: one named by the words after its
    "than", "vs", "against" or "compared with" (or before its "average"), not by the row's own label.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Suicide rate", cells=("Suicide rate", "12.9", "10.7"), headers=("Indicator", "Oakvale", "England"))
    >>> v = TableView.of([u])
    >>> benchmark_column(v, v.rows[0], "is our suicide rate worse than england").name, benchmark_column(v, v.rows[0], "what is the suicide rate")
    ('England', None)
    >>> from dataclasses import replace
    >>> w = TableView.of([u, replace(u, id="2", row="Self-harm admissions", cells=("Self-harm admissions", "210", "163"))])
    >>> benchmark_column(w, w.rows[0], "suicide rate vs self-harm admissions, which is higher") is None
    True
    """
    cue = _SET_AGAINST.search(question)
    if cue is None:
        return None
    after = token_set(question[cue.start() :]) - token_set(row.label)
    if any((own := token_set(r.label)) and own <= token_set(question) and not own <= token_set(row.label) for r in view.rows):
        return None  # "pendrick coast vs astley fen rural pcn": another row, not a benchmark column
    before = question[: cue.start()].split()
    if cue.group(0).lower() == "average" and before:
        after |= token_set(before[-1])  # "the england average"
    named = [
        (len(header_words(c) & after), c)
        for c in view.columns
        if c.index != view.label_col and row.values[c.index] is not None  # a figure here, however few the column has
    ]
    best = max((n for n, _ in named), default=0)
    found = [c for n, c in named if n == best and n > 0]
    return found[0] if found else None


def own_figure(view: TableView, row: Row, bench: Column, question: str) -> Column | None:
    """The row's own figure to set beside a benchmark's: of a period the question names, else the
    latest, the first printed among equals (a report prints its own area before the region's);
    never a target, a plan or a change.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="CP rate", cells=("CP rate", "44.1", "47.7", "43.6", "41.6"),
    ...          headers=("Indicator", "2025-26 › Q1", "2025-26 › Q2", "Comparators (2024-25) › Stat. neighbours", "Comparators (2024-25) › England"))
    >>> v = TableView.of([u])
    >>> own_figure(v, v.rows[0], v.columns[4], "is our cp rate above england").name, own_figure(v, v.rows[0], v.columns[4], "was the cp rate above england in q1").name
    ('2025-26 › Q2', '2025-26 › Q1')
    >>> w = Unit(id="2", doc="d", kind="row", text="", table_id="w", row="Alcohol admissions", cells=("Alcohol admissions", "687", "604", "612"),
    ...          headers=("Indicator", "Value › Oakvale", "Value › Region", "Value › England"))
    >>> own_figure(TableView.of([w]), TableView.of([w]).rows[0], TableView.of([w]).columns[3], "is it higher than england").name
    'Value › Oakvale'
    """
    marks = TARGET_WORDS | PLAN_WORDS | CHANGE_HEADERS
    # "England": the benchmark's own word, as the question says it; its other periods are not the area's own
    named_by = token_set(bench.name.split("›")[-1]) & token_set(question) - PERIOD_WORDS
    others = [
        c
        for c in view.columns
        if c.index != view.label_col
        and c.index != bench.index
        and row.values[c.index] is not None
        and not c.tokens & marks
        and not header_words(c) & named_by
        and not holds_periods(view, c)
    ]
    alike = [c for c in others if of_percentages(c) == of_percentages(bench)] or others
    if not alike:
        return None
    asked = token_set(question)
    named = [c for c in alike if (c.tokens - header_words(c) - {"quarter"}) & asked or set(c.years) & set(period_names(question))]
    # "how much more does the nhs put in than the council": the column the question names by its words
    worded = [c for c in named or alike if header_words(c) & asked]
    return max(worded or named or alike, key=lambda c: (*_in_time(c), -c.index))


_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\s*$")


def holds_periods(view: TableView, col: Column) -> bool:
    """Whether a column's cells are years ("Period: 2024", "2023-24"): when each figure is for, no figure.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, p, v), headers=("Indicator", "Period", "Value"))
    ...       for i, (r, p, v) in enumerate([("Smoking", "2024", "12.8"), ("Obesity", "2023-24", "64.5")])]
    >>> v = TableView.of(us)
    >>> holds_periods(v, v.columns[1]), holds_periods(v, v.columns[2])
    (True, False)
    """
    cells = [r.unit.cells[col.index] for r in view.rows if col.index < len(r.unit.cells) and r.unit.cells[col.index].strip()]
    return bool(cells) and all(_YEAR_CELL.match(c) for c in cells)


def quarter_of(col: Column) -> int:
    """The quarter a column's header names ("2025-26 › Q2": 2), else 0.

    >>> quarter_of(Column(1, ("2025-26", "Q2"), "2025-26 › Q2", token_set("Q2"), ("2025-26",), (2025, 0), "", True))
    2
    """
    return max((int(t[1]) for t in col.tokens if re.fullmatch(r"q[1-4]", t)), default=0)


def asked_way(question: str, measure: str) -> int:
    """The side a question asks about: 1 for higher ("above", "more"), -1 for lower, 0 for
    neither or both; "better" is higher and "worse" lower unless more of the measure is worse
    (lexicon adverse_measures, in the question or the `measure` named).

    >>> asked_way("is it above target", ""), asked_way("is our smoking rate worse than england", ""), asked_way("is activity better", "")
    (1, 1, 1)
    >>> asked_way("is uptake worse than england", "Uptake (%)"), asked_way("how does it compare", "")
    (-1, 0)
    """
    asked = frozenset(re.findall(r"[a-z]+", question.lower()))
    way = (1 if asked & UP_WORDS else 0) - (1 if asked & DOWN_WORDS else 0)
    if not way and (_BEST.search(question) or _WORST.search(question)) and not (_BEST.search(question) and _WORST.search(question)):
        adverse = bool(ADVERSE & token_set(f"{measure} {question}"))
        way = (1 if _BEST.search(question) else -1) * (-1 if adverse else 1)
    return way


_YES_NO = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|had)\b", re.I)


def judged(draft: TableDraft | None, question: str, rows: list[Row], col: Column) -> TableDraft | None:
    """A comparison of two rows asked yes or no ("is Kelderby worse than England"): "Yes" when the
    row the question names first is on the side it asks about, else "No".

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("Area", "Smoking (%)")) for i, (r, v) in enumerate([("England", "11.2"), ("Kelderby", "15.7")])]
    >>> v = TableView.of(us)
    >>> d = _compare_rows(list(v.rows), v.columns[1], False)
    >>> judged(d, "is kelderby smoking worse than england", list(v.rows), v.columns[1]).text[:4], judged(d, "is england higher than kelderby", list(v.rows), v.columns[1]).text[:3]
    ('Yes:', 'No:')
    """
    if draft is None or not _YES_NO.match(question):
        return draft
    way = asked_way(question, f"{col.name} {rows[0].label} {rows[1].label}")
    lowered = question.lower()
    at = [min((lowered.find(t) for t in words(r.label.lower()) if lowered.find(t) >= 0), default=len(lowered)) for r in rows[:2]]
    subject, other = rows[:2] if at[0] <= at[1] else rows[1::-1]
    a, b = subject.values[col.index], other.values[col.index]
    if not way or a is None or b is None or a == b:
        return draft
    return replace(draft, text=("Yes: " if (a - b) * way > 0 else "No: ") + draft.text)


def against_benchmark(view: TableView, row: Row, question: str, judge: bool = True) -> TableDraft | None:
    """A row's own figure beside the benchmark the question sets it against ("is our suicide rate
    worse than england", "hear and treat vs england"), saying which is higher; "Yes" or "No" when
    asked yes or no which side it is on ("better" is higher unless more of the measure is worse:
    lexicon adverse_measures).

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Suicide rate", cells=("Suicide rate", "12.9", "10.7"), headers=("Indicator", "Oakvale", "England"))
    >>> v = TableView.of([u])
    >>> against_benchmark(v, v.rows[0], "is our suicide rate worse than england").text
    'Yes: Suicide rate — Oakvale: 12.9 against England: 10.7, higher by 2.2 (12.9 − 10.7 = 2.2) [1].'
    >>> against_benchmark(v, v.rows[0], "suicide rate here vs england?").text
    'Suicide rate — Oakvale: 12.9 against England: 10.7, higher by 2.2 (12.9 − 10.7 = 2.2) [1].'
    >>> against_benchmark(v, v.rows[0], "is the suicide rate below the england average").text
    'No: Suicide rate — Oakvale: 12.9 against England: 10.7, higher by 2.2 (12.9 − 10.7 = 2.2) [1].'
    """
    bench = benchmark_column(view, row, question)
    own = own_figure(view, row, bench, question) if bench is not None else None
    if bench is None or own is None:
        return None
    value, theirs = row.values[own.index] or 0.0, row.values[bench.index] or 0.0
    side = "higher" if value > theirs else "lower" if value < theirs else "the same"
    way = asked_way(question, row.label)
    verdict = ""
    if judge and way:
        verdict = "Yes: " if (value - theirs) * way > 0 else "No: "
    gap = abs(value - theirs)
    by = f" by {fmt(gap)} ({_cell(row, own)} − {_cell(row, bench)} = {fmt(value - theirs)})" if value != theirs else ""
    text = f"{verdict}{_where(row)} — {own.name}: {_cell(row, own)} against {bench.name}: {_cell(row, bench)}, {side}{by} [1]."
    return TableDraft(text, (row.unit,), value, figures(value - theirs))


MET_RATINGS = frozenset(word_list("met_ratings"))  # a rating cell saying a target is met ("Green"), lexicon data
MISSED_RATINGS = frozenset(word_list("missed_ratings"))


def rated_met(row: Row) -> bool | None:
    """Whether the row's own rating cell says its target is met (True: "Green", "Met"), missed
    (False: "Red", "Not met"), or neither (None: "Amber", no rating).

    >>> from qa.types import Unit
    >>> rows = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "80%", "85.1%", r), headers=("", "Standard", "Oct", "RAG")) for i, r in enumerate(["Green", "Red", "Amber"])]
    >>> [rated_met(r) for r in TableView.of(rows[:1]).rows + TableView.of(rows[1:2]).rows + TableView.of(rows[2:]).rows]
    [True, False, None]
    """
    cells = {c.strip().lower() for j, c in enumerate(row.unit.cells) if j != row.unit.label_col and c and cell_number(c) is None}
    met, missed = bool(cells & MET_RATINGS), bool(cells & MISSED_RATINGS)
    return met if met != missed else None


def later_first(rows: list[Row]) -> list[Row]:
    """Two rows that stand for two periods (a date in the label or the group heading them), the later
    first, so that a change between them runs forward in time; other rows as they are.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row="FVPL", group=g, cells=("FVPL", "1"), headers=("", "Level 1"))
    ...       for i, g in enumerate(["As at 31 December 2018", "As at 31 December 2019"])]
    >>> [r.group for r in later_first(list(TableView.of(us).rows))]
    ['As at 31 December 2019', 'As at 31 December 2018']
    """
    whens = [period_order(f"{r.group} {r.label}") for r in rows]
    if len(rows) != 2 or not all(w[0] for w in whens) or whens[0] == whens[1]:
        return rows
    return rows if whens[0] > whens[1] else rows[::-1]


def rows_are_periods(view: TableView) -> bool:
    """Every row with a figure is named by a period ("2015", "Fiscal Year 2018") and no column is:
    a table printed with its years down the side.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("Year", "Dividend"))
    ...       for i, r in enumerate(["2015", "2016 (proposed)"])]
    >>> rows_are_periods(TableView.of(us)), rows_are_periods(TableView.of(us[:1]))
    (True, False)
    >>> rows_are_periods(TableView.of([*us, Unit(id="t", doc="d", kind="row", text="", table_id="t", row="Total", cells=("Total", "2"), headers=("Year", "Dividend"), total=True)]))
    True
    """
    rows = [r for r in view.rows if not r.total and any(v is not None for j, v in enumerate(r.values) if j != view.label_col)]
    return len(rows) >= 2 and not view.period_columns() and all(period_names(r.label) for r in rows)


_OVER_YEARS = re.compile(r"\b(?:annual|annually|yearly|per year|each year|a year)\b", re.I)


def asks_over_years(question: str) -> bool:
    """An average asked per year ("the average annual charges") is taken over the periods of one row.

    >>> asks_over_years("What is the average annual total charges?"), asks_over_years("What is the average of A and B?")
    (True, False)
    """
    return bool(_OVER_YEARS.search(question))


def in_time_order(rows: list[Row]) -> tuple[Row, Row] | None:
    """Two rows that stand for two different periods (a date in the label or the group heading
    them), earlier first; None when they are not such a pair.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "Price"))
    ...       for i, r in enumerate(["Fiscal Year 2019", "Fiscal Year 2018", "Other"])]
    >>> v = TableView.of(us)
    >>> [r.label for r in in_time_order(list(v.rows[:2]))], in_time_order([v.rows[0], v.rows[2]])
    (['Fiscal Year 2018', 'Fiscal Year 2019'], None)
    """
    if len(rows) != 2:
        return None
    ordered = later_first(rows)
    whens = [period_order(f"{r.group} {r.label}") for r in rows]
    if not all(w[0] for w in whens) or whens[0] == whens[1]:
        return None
    return ordered[1], ordered[0]


def _pct_across_rows(old: Row, new: Row, col: Column) -> TableDraft | None:
    """The percentage change in one column from the row of an earlier period to the row of a later one.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("", "Dividend"))
    ...       for i, (r, v) in enumerate([("2015", "1.15"), ("2016", "1.25")])]
    >>> v = TableView.of(us)
    >>> _pct_across_rows(v.rows[0], v.rows[1], v.columns[1]).text
    'Dividend changed by 8.7% from 2015 to 2016: (1.25 − 1.15 = 0.1) ÷ 1.15 × 100 = 8.7% [1][2].'
    """
    a, b = old.values[col.index], new.values[col.index]
    if a is None or b is None or a == 0:
        return None
    diff, pct = b - a, percent_change(a, b)
    ca, cb = _cell(old, col), _cell(new, col)
    text = f"{col.name} changed by {fmt(pct)}% from {_where(old)} to {_where(new)}: ({cb} − {ca} = {fmt(diff)}) ÷ {ca} × 100 = {fmt(pct)}% [1][2]."
    return TableDraft(text, (old.unit, new.unit), pct, figures(diff) | figures(pct, percent=True))


def previous_period(view: TableView, col: Column) -> Column | None:
    """The period column just before `col` in time, headed by the same words ("2018 Amount" for "2019
    Amount"), or by those words and a qualifier ("2018 Amount (Restated)") when none is headed alike.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "5", "9", "4", "3"), headers=("", "2019", "2019 %", "2018", "2017"))
    >>> v = TableView.of([u])
    >>> previous_period(v, v.columns[1]).name, previous_period(v, v.columns[4])
    ('2018', None)
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "5", "4"), headers=("", "2019 Amount", "2018 Amount (Restated)"))
    >>> v = TableView.of([u])
    >>> previous_period(v, v.columns[1]).name
    '2018 Amount (Restated)'
    """
    earlier = [c for c in view.period_columns() if c.when < col.when and c.tokens == col.tokens]
    if not earlier:
        earlier = [
            c for c in view.period_columns() if c.when < col.when and c.tokens > col.tokens and of_percentages(c) == of_percentages(col)
        ]
    return max(earlier, key=lambda c: (c.when, -len(c.tokens)), default=None)


def figures_twin(view: TableView, rows: list[Row], col: Column) -> Column:
    """For arithmetic on rows, a column of words ("Compared with England (2024)": "Significantly
    higher") gives way to the column of figures for the same period ("2024").

    >>> cols = [Column(i, (h,), h, frozenset(), y, (0, 0), "", True) for i, (h, y) in enumerate([("Area", ()), ("2024", ("2024",)), ("Compared (2024)", ("2024",))])]
    >>> rows = [Row(None, label, "", frozenset(), False, (None, value, None)) for label, value in (("North", 13.2), ("England", 11.5))]
    >>> view = TableView("t", tuple(cols), tuple(rows), 0)
    >>> figures_twin(view, rows, cols[2]).name, figures_twin(view, rows, cols[1]).name
    ('2024', '2024')
    """
    if all(r.values[col.index] is not None for r in rows) or not col.years:
        return col
    twins = [c for c in view.columns if c.years == col.years and all(r.values[c.index] is not None for r in rows)]
    return twins[0] if twins else col


def _only_numeric(view: TableView) -> Column | None:
    cols = view.value_columns()
    return cols[0] if cols else None


def _chronological(operands: list[tuple[Column, float | None]]) -> list[tuple[Column, float]]:
    """Earlier period first, whatever order the question named them in; a column without a period
    ("Book cost") before one with ("Value at 30-Sep-24"): the figure the dated one is measured against.

    >>> cols = [Column(i, (h,), h, frozenset(), (), when, "", True) for i, (h, when) in enumerate([("Value Sep-24", (2024, 9)), ("Cost", (0, 0))])]
    >>> [c.name for c, _ in _chronological([(cols[0], 16.0), (cols[1], 10.0)])]
    ['Cost', 'Value Sep-24']
    >>> cols = [Column(i, (h,), h, token_set(h), (), (0, 0), "", True) for i, h in enumerate(["Proposed hours", "Current hours"])]
    >>> [c.name for c, _ in _chronological([(cols[0], 312.0), (cols[1], 378.0)])]
    ['Current hours', 'Proposed hours']
    """
    dated = [bool(c.when[0]) for c, _ in operands]
    if all(dated):
        ordered = sorted(operands, key=lambda item: item[0].when)
    elif any(dated):
        ordered = sorted(operands, key=lambda item: bool(item[0].when[0]))
    else:  # "Current" before "Proposed" (lexicon earlier_states, later_states), else as named
        ordered = sorted(operands, key=lambda item: state_order(item[0]))
    return [(c, v) for c, v in ordered if v is not None]


EARLIER_STATES = frozenset(token_set(" ".join(word_list("earlier_states"))))  # "current", "existing", "original"
LATER_STATES = frozenset(token_set(" ".join(word_list("later_states"))))  # "proposed", "revised", "new"


def state_order(col: Column) -> int:
    """-1 for a column headed as the state things start from ("Current hours"), 1 for one headed as
    the state proposed ("Proposed hours"), 0 otherwise.

    >>> col = lambda h: Column(1, (h,), h, token_set(h), (), (0, 0), "", True)
    >>> state_order(col("Current weekly hours")), state_order(col("Proposed weekly hours")), state_order(col("Budget"))
    (-1, 1, 0)
    """
    return (1 if col.tokens & LATER_STATES else 0) - (1 if col.tokens & EARLIER_STATES else 0)


_SMALLER = re.compile(r"\b(?:smaller|smallest|lower|lowest|less|least|fewer|fewest|worse|worst|decrease)\b", re.I)


def _period_name(c: Column) -> str:
    """A period column named by its year when the header writes it out ("2019"), else by its header ("31.3.28")."""
    return c.years[-1] if len(c.years) == 1 and c.years[-1] in c.name else c.name


def _compare_periods(view: TableView, row: Row, columns: list[Column], smallest: bool = False) -> TableDraft | None:
    """The period in which a row's figure was largest (or smallest), with every figure compared.

    Not when two columns would be named as one period ("List size 1 Oct 2025" and "Appointments
    Oct–Dec 2025" are both "2025": two measures, not two periods):
    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "9,120", "14,300"), headers=("", "List size 1 Oct 2025", "Appointments Oct–Dec 2025"))
    >>> v = TableView.of([u])
    >>> _compare_periods(v, v.row_for("1"), list(v.columns[1:])) is None
    True

    Two measures of one row are compared as such:
    >>> w = TableView.of([Unit(id="2", doc="d", kind="row", text="", table_id="t", row="Fund", cells=("Fund", "25,038", "22,050"), headers=("", "Book Cost", "Market Value"))])
    >>> _compare_periods(w, w.row_for("2"), list(w.columns[1:]), smallest=True).text
    'Fund — Market Value is lower than Book Cost: 22,050 against 25,038 [1].'
    """
    cols = [c for c in (columns if len(columns) >= 2 else view.period_columns()) if row.values[c.index] is not None]
    if len(cols) == 2 and not all(c.years for c in cols) and cols[0].name != cols[1].name:
        # two measures, not two periods ("Book Cost", "Market Value at 30 Sept"): one is higher than the other
        return measures_compared(row, cols, smallest)
    if len(cols) < 2 or len({(c.years, c.when) for c in cols}) < len(cols) or len({_period_name(c) for c in cols}) < len(cols):
        return None  # not periods: "2025-26 › Budget", "2025-26 › Forecast" and "2025-26 › Variance" are one year
    ranked = sorted(cols, key=lambda c: row.values[c.index] or 0.0, reverse=not smallest)
    shown = "; ".join(f"{_period_name(c)}: {_cell(row, c)}" for c in cols)
    word = "lowest" if smallest else "highest"
    text = f"{_where(row)} was {word} in {_period_name(ranked[0])} ({shown}) [1]."
    return TableDraft(text, (row.unit,), None, frozenset())


def measures_compared(row: Row, cols: list[Column], smallest: bool = False) -> TableDraft | None:
    """Which of a row's two figures is higher (or lower): two measures, or the area's figure beside
    a benchmark's ("2025" against "England 2025").

    >>> from qa.types import Unit
    >>> b = TableView.of([Unit(id="3", doc="d", kind="row", text="", table_id="t", row="Phone", cells=("Phone", "53.9", "50.4"), headers=("", "2025", "England 2025"))])
    >>> measures_compared(b.row_for("3"), list(b.columns[1:])).text
    'Phone — 2025 is higher than England 2025: 53.9 against 50.4 [1].'
    """
    if any(row.values[c.index] is None for c in cols):
        return None
    first, second = sorted(cols, key=lambda c: row.values[c.index] or 0.0, reverse=not smallest)
    word = "lower" if smallest else "higher"
    text = f"{_where(row)} — {first.name} is {word} than {second.name}: {_cell(row, first)} against {_cell(row, second)} [1]."
    return TableDraft(text, (row.unit,), None, frozenset())


def _compare_rows(rows: list[Row], col: Column, smallest: bool, negative: str = "") -> TableDraft | None:
    """Which of two named rows has the larger (or smaller) figure in one column; asked of the
    column's negative side (`negative`: the "deficit" of "surplus / (deficit)"), the larger is the
    more negative figure.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("Trust", "Surplus / (deficit)")) for i, (r, v) in enumerate([("A", "(2.3)"), ("B", "(11.6)")])]
    >>> v = TableView.of(us)
    >>> _compare_rows(v.rows, v.columns[1], False, "deficit").text
    'B has the larger deficit in Surplus / (deficit): (11.6) against (2.3) for A [1][2].'
    >>> _compare_rows(v.rows, v.columns[1], False).text
    'A is larger in Surplus / (deficit): (2.3) against (11.6) for B [1][2].'
    """
    pairs = [(r, r.values[col.index]) for r in rows]
    if any(v is None for _, v in pairs):
        return None
    sign = -1.0 if negative else 1.0
    ranked = sorted(pairs, key=lambda p: sign * (p[1] or 0.0), reverse=not smallest)
    word = "smaller" if smallest else "larger"
    (win, _), (other, _) = ranked
    said = f"has the {word} {negative}" if negative else f"is {word}"
    text = f"{_where(win)} {said} in {col.name}: {_cell(win, col)}{_unit_note(col)} against {_cell(other, col)} for {_where(other)} [1][2]."
    return TableDraft(text, (win.unit, other.unit), win.values[col.index], frozenset())


_BRACKETED = re.compile(r"\(([^()]+)\)")


def bracketed_asked(question: str, header: str) -> str:
    """The word a header prints in brackets as its negative side ("surplus / (deficit)",
    "underspend / (overspend)") when the question asks about it; "" otherwise.

    >>> bracketed_asked("which trust has the bigger deficit", "2025-26 surplus / (deficit) › Forecast"), bracketed_asked("the bigger surplus", "Surplus / (deficit)")
    ('deficit', '')
    >>> bracketed_asked("the higher cost", "Cost (£m)")
    ''
    """
    asked = {stem(w) for w in words(question)}
    return next(
        (m.group(1).strip() for m in _BRACKETED.finditer(header) if {stem(w) for w in words(m.group(1))} & asked and "/" in header), ""
    )


def uncovered_periods(view: TableView, periods: tuple[str, ...]) -> tuple[str, ...]:
    """Periods a question asks for that none of the table's columns has, when it has period columns.
    A span of two years ("2017-2018", read as "2017-18") is covered by columns of both years.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="A", cells=("A", "1", "2", "3"), headers=("", "2019", "2018", "2017"))
    >>> uncovered_periods(TableView.of([u]), ("2017-18", "2018-19", "2016-17", "2020"))
    ('2016-17', '2020')
    """
    have = {p for c in view.columns for p in c.years}
    return tuple(p for p in periods if have and p not in have and not (span_years(p) and set(span_years(p)) <= have))


_AVERAGE = re.compile(r"\baverage\b", re.I)


def change_of_averages(view: TableView, row: Row, first: tuple[str, ...], second: tuple[str, ...]) -> TableDraft | None:
    """The change in a row's average from one span of years to another ("the change in the average
    bookings between 2017-2018 and 2018-2019"): the later span's average less the earlier's.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Bookings", cells=("Bookings", "30", "20", "10"), headers=("", "2019", "2018", "2017"))
    >>> v = TableView.of([u])
    >>> change_of_averages(v, v.rows[0], ("2017", "2018"), ("2018", "2019")).text
    'The average of Bookings changed by 10 from 2017 and 2018 to 2018 and 2019: (20 + 30) ÷ 2 − (10 + 20) ÷ 2 = 25 − 15 = 10 [1].'
    """
    spans = sorted((first, second))
    parts = []
    for years in spans:
        cols = [next((c for c in view.period_columns() if c.years == (y,)), None) for y in years]
        if any(c is None or row.values[c.index] is None for c in cols):
            return None
        found = [c for c in cols if c is not None]
        cols_in_time = sorted(found, key=lambda c: c.when)
        values = [row.values[c.index] or 0.0 for c in cols_in_time]
        parts.append((years, cols_in_time, sum(values) / len(values)))
    (old_years, old_cols, old_avg), (new_years, new_cols, new_avg) = parts
    diff = new_avg - old_avg

    def working(cols: list[Column]) -> str:
        return f"({' + '.join(_cell(row, c) for c in cols)}) ÷ {len(cols)}"

    text = (
        f"The average of {_where(row)} changed by {fmt(diff)}{_unit_note(old_cols[0])} from {' and '.join(old_years)} to "
        f"{' and '.join(new_years)}: {working(new_cols)} − {working(old_cols)} = {fmt(new_avg)} − {fmt(old_avg)} = {fmt(diff)} [1]."
    )
    return TableDraft(text, (row.unit,), diff, figures(diff, new_avg, old_avg, 2))


def span_years(period: str) -> tuple[str, ...]:
    """The two calendar years of a span written "2017-18"; () for any other period.

    >>> span_years("2017-18"), span_years("2019")
    (('2017', '2018'), ())
    """
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", period)
    return (m.group(1), m.group(1)[:2] + m.group(2)) if m else ()


def list_rows(view: TableView, q_tokens: frozenset[str]) -> TableDraft | None:
    """The rows of the group the question names (else of the whole table), totals left out.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, group=g, cells=(r, "1"), headers=("", "2019"))
    ...       for i, (g, r) in enumerate([("Revenue", "Sales"), ("Revenue", "Fees"), ("Costs", "Rent")])]
    >>> list_rows(TableView.of(us), frozenset({"revenu"})).text
    'Revenue has 2 rows: Sales; Fees [1][2].'
    """
    groups = list(dict.fromkeys(r.group for r in view.rows if r.group))
    named = [g for g in groups if token_set(g) & q_tokens]
    best = max(named, key=lambda g: len(token_set(g) & q_tokens), default=None)
    rows = [r for r in view.rows if not r.total and (best is None or r.group == best)]
    if not rows:
        return None
    scope = best or view.title or "The table"
    markers = "".join(f"[{i}]" for i in range(1, min(len(rows), 5) + 1))
    text = f"{scope} has {len(rows)} rows: {'; '.join(r.label for r in rows)} {markers}."
    return TableDraft(text, tuple(r.unit for r in rows[:5]), float(len(rows)), figures(len(rows)))


def list_periods(view: TableView) -> TableDraft | None:
    """The periods the table's columns cover, in the order printed."""
    periods = list(dict.fromkeys(p for c in view.columns for p in c.years))
    if not periods or not view.rows:
        return None
    text = f"The table covers {', '.join(periods)} [1]."
    return TableDraft(text, (view.rows[0].unit,), None, frozenset())


def _across_rows(op: Operation, rows: list[Row], col: Column) -> TableDraft | None:
    a, b = rows
    va, vb = a.values[col.index], b.values[col.index]
    if va is None or vb is None:
        return None
    ca, cb = _cell(a, col), _cell(b, col)
    unit = _unit_note(col)
    if op == "change":
        diff = va - vb
        text = f"The difference between {_where(a)} and {_where(b)} in {col.name} is {fmt(diff)}{unit}: {ca} − {cb} = {fmt(diff)} [1][2]."
        return TableDraft(text, (a.unit, b.unit), diff, figures(diff))
    if op == "sum":
        total = va + vb
        text = f"{_where(a)} and {_where(b)} in {col.name} add up to {fmt(total)}{unit}: {ca} + {cb} = {fmt(total)} [1][2]."
        return TableDraft(text, (a.unit, b.unit), total, figures(total))
    if op == "average":
        avg = (va + vb) / 2
        text = f"The average of {_where(a)} and {_where(b)} in {col.name} is {fmt(avg)}{unit}: ({ca} + {cb}) ÷ 2 = {fmt(avg)} [1][2]."
        return TableDraft(text, (a.unit, b.unit), avg, figures(avg, va + vb, 2))
    if vb == 0:
        return None
    ratio = va / vb
    text = f"The ratio of {_where(a)} to {_where(b)} in {col.name} is {fmt(ratio)}: {ca} ÷ {cb} = {fmt(ratio)} [1][2]."
    return TableDraft(text, (a.unit, b.unit), ratio, figures(ratio))


def _share(view: TableView, rows: list[Row], col: Column, q_tokens: frozenset[str] = frozenset()) -> TableDraft | None:
    """One row as a percentage of another: of the total row when the question's rows include one
    or it names one in full, else of the second row named, else of the table's one total row."""
    part = next((r for r in rows if not r.total), rows[0])
    whole = _named_total(view, part, q_tokens) or next((r for r in rows if r.total and r is not part), None)
    whole = whole or next((r for r in rows if r is not part), None)
    if whole is None:
        totals = [r for r in view.rows if r.total and r is not part and r.values[col.index] is not None]
        whole = totals[-1] if len(totals) == 1 else None
        # Of "the total" only when the question says so or names no other whole ("of the net revenue budget").
        if whole is not None and "total" not in q_tokens and q_tokens - part.tokens - whole.tokens:
            return None
    if whole is None:
        return None
    return _percent(
        part.values[col.index],
        whole.values[col.index],
        f"{_where(part)} is {{pct}}% of {_where(whole)} in {col.name}: {_cell(part, col)} ÷ {_cell(whole, col)} × 100 = {{pct}}% [1][2].",
        (part.unit, whole.unit),
    )


def _named_total(view: TableView, part: Row, q_tokens: frozenset[str]) -> Row | None:
    """The total row a question names in full ("as a percentage of total revenue"), the one naming
    most of the question's words when several do.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("", "2019"), total=r.startswith("Total"))
    ...       for i, (r, v) in enumerate([("Services", "2"), ("Total revenue", "8"), ("Total costs", "5")])]
    >>> v = TableView.of(us)
    >>> _named_total(v, v.rows[0], frozenset({"servic", "total", "revenu"})).label
    'Total revenue'
    """
    named = [r for r in view.rows if r.total and r is not part and r.tokens and r.tokens <= q_tokens]
    return max(named, key=lambda r: len(r.tokens), default=None)


_OF_WHOLE = re.compile(
    r"(?:%|\bpercent(?:age)?|\bproportion|\bshare)\s+of\s+(.*?)(?:\b(?:has|have|is|are|was|were|been|did|does|do|that|which)\b|[?,]|$)",
    re.I,
)


def part_then_whole(columns: list[Column], question: str) -> list[Column]:
    """Two columns ordered as part and whole: the whole is the one named after "% of" ("what % of
    the plan has been delivered": the plan column is the whole); else as printed.

    >>> col = lambda i, h: Column(i, (h,), h, token_set(h), (), (0, 0), "", True)
    >>> [c.name for c in part_then_whole([col(1, "YTD plan"), col(2, "YTD actual")], "what % of the plan has actually been delivered")]
    ['YTD actual', 'YTD plan']
    >>> [c.name for c in part_then_whole([col(1, "Actual"), col(2, "Plan")], "what is actual as a share of plan")]
    ['Actual', 'Plan']
    """
    m = _OF_WHOLE.search(question)
    said = token_set(m.group(1)) if m else frozenset()
    heads = [token_set(c.leaf) for c in columns]
    shared = heads[0] & heads[1]  # "YTD" of "YTD plan" and "YTD actual" tells neither apart
    named = [c for c, h in zip(columns, heads) if said and h - shared and h - shared <= said]
    if len(named) == 1 and named[0] is columns[0]:
        return [columns[1], columns[0]]
    return list(columns)


def change_and_base(columns: list[Column]) -> tuple[Column, Column] | None:
    """Of two columns, one headed as a change ("Variance") and the other an amount it changes
    ("Budget"): a percentage change is the first as a share of the second. None otherwise.

    >>> col = lambda i, h: Column(i, (h,), h, token_set(h), (), (0, 0), "", True)
    >>> [c.name for c in change_and_base([col(1, "YTD variance"), col(2, "YTD budget")])], change_and_base([col(1, "2024"), col(2, "2025")])
    (['YTD variance', 'YTD budget'], None)
    """
    changes = [c for c in columns if token_set(c.leaf) & CHANGE_HEADERS]
    if len(columns) != 2 or len(changes) != 1 or of_percentages(changes[0]):
        return None
    base = next(c for c in columns if c is not changes[0])
    return changes[0], base


def _share_of_columns(row: Row, columns: list[Column]) -> TableDraft | None:
    """One cell of a row as a percentage of another cell of it ("adjustment as a share of the reported balance")."""
    part, whole = columns[:2]
    return _percent(
        row.values[part.index],
        row.values[whole.index],
        f"For {_where(row)}, {part.name} is {{pct}}% of {whole.name}: {_cell(row, part)} ÷ {_cell(row, whole)} × 100 = {{pct}}% [1].",
        (row.unit,),
    )


def _percent(part: float | None, whole: float | None, template: str, rows: tuple[Unit, ...]) -> TableDraft | None:
    """`part` as a percentage of `whole`, written into `template` at {pct}; None without both figures.
    A part printed as a deduction from a positive whole ("(129)" of "425") is a share of its size.

    >>> _percent(-129.0, 425.0, "{pct}%", ()).value, _percent(-5.0, -20.0, "{pct}%", ()).value
    (30.352941176470587, 25.0)
    """
    if part is None or not whole:
        return None
    deduction = part < 0 < whole
    pct = (abs(part) if deduction else part) / whole * 100
    text = template.replace("{pct}", fmt(pct))
    if deduction:
        note = f" (a deduction, taken at its size {fmt(abs(part))})"
        text = re.sub(r"(?:\s*\[\d+\])+\.$", lambda m: f"{note}{m.group(0)}", text)
    return TableDraft(text, rows, pct, figures(pct, percent=True) | figures(part))


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def unit_scale(unit: str) -> float | None:
    """The multiplier a column's unit names, if any.

    >>> [unit_scale(u) for u in ("$ million", "£000s", "(in thousands)", "£m", "%")]
    [1000000.0, 1000.0, 1000.0, 1000000.0, None]
    """
    u = unit.lower()
    if re.search(r"billion|\bbn\b", u):
        return 1e9
    if re.search(r"million|[£$€]\s*m\b|\bm\b", u):
        return 1e6
    if re.search(r"thousand|000|\bk\b", u):
        return 1e3
    return None


_CURRENCY_OF_UNIT = (("£", "£"), ("€", "€"), ("$", "$"), ("dollar", "$"), ("pound", "£"), ("euro", "€"))


def at_scale(value: float | None, col: Column, cells: tuple[str, ...] = ()) -> str:
    """A figure of a column printed in thousands or millions, written out in millions or billions
    ("19,064" in "(dollars in thousands)" is "$19.1 million"), as reports say it in their text; ""
    when the column names no scale, its header or the figure's cells are percentages, or the figure
    is under a million.

    >>> cols = [Column(1, ("2019",), "2019", frozenset(), ("2019",), (2019, 0), u, True) for u in ("(dollars in thousands)", "$M", "£000s", "%", "")]
    >>> [at_scale(v, c) for v, c in zip((19064.0, -142.9, 988.0, 5.0, 7.0), cols)]
    ['$19.1 million', '-$142.9 million', '', '', '']
    >>> at_scale(122772.0, Column(1, ("2019",), "2019", frozenset(), ("2019",), (2019, 0), "(in thousands)", True), ("$ 472,841",))
    '$122.8 million'
    >>> at_scale(8450.0, Column(1, ("2025",), "2025", frozenset(), ("2025",), (2025, 0), "£000", True), ("8,450",))
    '£8.5 million'

    """
    scale = None if percent_column(col) or any("%" in c for c in cells) else unit_scale(col.unit)
    if value is None or scale is None:
        return ""
    full = abs(value) * scale
    if full < 1e6:
        return ""
    sign = "-" if value < 0 else ""
    unit = f"{col.unit} {' '.join(cells)}".lower()  # the unit, else the cells, say the currency ("$ 472,841")
    currency = next((sym for key, sym in _CURRENCY_OF_UNIT if key in unit), "")
    word, per = ("billion", Decimal("1e9")) if full >= 1e9 else ("million", Decimal("1e6"))
    # rounded as reports round, half up, on the decimal figure printed: "8,450" in £000 is £8.5 million, not £8.4
    amount = (Decimal(repr(abs(value))) * Decimal(repr(scale)) / per).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{sign}{currency}{amount:,} {word}"


def said_at_scale(value: float | None, col: Column, cells: tuple[str, ...] = ()) -> tuple[str, frozenset[str]]:
    """The words to add after an answer's figure to say it at its scale (", that is $19.1 million"), and
    that written figure for the check that every figure shown is cited or computed."""
    words = at_scale(value, col, cells)
    return (f", that is {words}", frozenset({words.lstrip("-"), words})) if words else ("", frozenset())


def threshold(question: str, unit: str = "") -> tuple[float, bool, str] | None:
    """(figure, above?, as written) of "exceed $2,000 million"; the figure in the column's unit when
    the question and the column each name a different scale.

    >>> threshold("How many years did sales exceed $2,000 million?", "$ million")
    (2000.0, True, '$2,000 million')
    >>> threshold("How many years was it below £2m?", "£000s")
    (2000.0, False, '£2m')
    """
    m = BOUND.search(question)
    if not m:
        return None
    figure = float(re.sub(r"[^\d.]", "", m.group("figure")))
    asked = _SCALES.get((m.group("scale") or "").lower())
    col = unit_scale(unit)
    if asked and col and asked != col:
        figure = figure * asked / col
    above = not re.match(r"below|under|less|lower|at most", m.group("word"), re.I)
    return figure, above, m.group(0)[len(m.group("word")) :].strip()


def count_over(view: TableView, row: Row, question: str, question_periods: tuple[str, ...]) -> TableDraft | None:
    """In how many periods a row's figure is above (or below) the figure the question names, each
    counted period shown with its cell.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Sales", cells=("Sales", "2,540", "1,980", "2,100"), headers=("", "2019", "2018", "2017"))
    >>> v = TableView.of([u])
    >>> count_over(v, v.rows[0], "How many years did sales exceed 2,000?", ()).value
    2.0
    """
    columns = [
        c
        for c in view.period_columns()
        if not question_periods or set(c.years) & set(question_periods) or any(p[:4] in c.name for p in question_periods)
    ]
    asked = threshold(question, columns[0].unit if columns else "")
    if asked is None or not columns:
        return None
    figure, above, written = asked
    values = [(c, row.values[c.index]) for c in columns]
    known = [(c, v) for c, v in values if v is not None]
    if not known:
        return None
    hits = [(c, v) for c, v in known if (v > figure if above else v < figure)]
    word = "above" if above else "below"
    shown = "; ".join(f"{c.name}: {_cell(row, c)}" for c, _ in hits) or "none"
    text = f"{_where(row)} is {word} {written} in {len(hits)} of the {len(known)} periods the table gives ({shown}) [1]."
    # The threshold is the question's own figure, shown as written.
    return TableDraft(
        text, (row.unit,), float(len(hits)), figures(len(hits), len(known), figure) | {written, *re.findall(r"[-$£€]?\d[\d,.]*", written)}
    )


def answer_from_table(
    question: str,
    q_tokens: frozenset[str],
    op: Operation | None,
    view: TableView,
    weight: Callable[[str], float],
    preferred: Unit | None = None,
    *,
    sum_columns: bool = True,
) -> TableDraft | None:
    """The table's answer to a question, or None when it cannot give one. Without `sum_columns`, a
    total over a column's rows is left to the caller (qa.answer.aggregate_answer adds up a document)."""
    if op == "periods":
        return list_periods(view)
    if op == "rows":
        return list_rows(view, q_tokens)
    periods = in_financial_years(question, period_names(question), view)
    if not periods and op in {"compare", "change", "pct_change"}:
        periods = year_before(question, view)  # "higher than this time last year": the latest year and the one before
    if "%" in question:
        q_tokens = q_tokens | {"percent"}  # "the largest % change" asks for a column of percentages
    if periods and not any(view.columns_for(p) for p in periods):
        # no column is of the period asked for: it names rows ("As at 31 December 2019" heading them)
        q_tokens = q_tokens | {t for p in periods for t in token_set(p)}
    total_named = False
    if op == "sum" and "total" in token_set(question) and any("total" in c.tokens for c in view.columns if c.index != view.label_col):
        op, q_tokens, total_named = None, q_tokens | {"total"}, True  # "total return" names a Total column: a look-up
    if op == "sum":
        # "the total X" may be a row the table prints: the operation's own word names it
        named_total = row_scores(view, token_set(question), weight)
        if named_total and view.rows[named_total[0][1]].total:
            q_tokens = q_tokens | token_set(view.rows[named_total[0][1]].label)
    if op == "extreme" or (op == "compare" and rows_are_periods(view)):
        # "in which year was the dividend largest" of a table with a row per year: the row with the highest figure
        return extreme(view, question, q_tokens, periods if op == "extreme" else (), weight)
    scored = row_scores(view, row_words(view, q_tokens), weight, question)
    if (op == "average" or (op == "sum" and sum_columns)) and not any(
        token_set(strip_footnote(view.rows[i].label)) & q_tokens for _, i in scored
    ):
        # "the average age of the officers": no row is named, a column is; over every row of it
        col_draft = column_aggregate(view, op, pick_columns(view, period_range(question, view) or periods, q_tokens))
        if col_draft is not None:
            return col_draft
    if not scored and preferred is None:
        return None
    best_score = scored[0][0] if scored else 0.0
    # operands: rows matching nearly as well as the best, and any row the question names in full
    # ("Television and Local residential telephone services": a short name scores less, yet is named)
    rows = [
        view.rows[i]
        for s, i in scored
        if s >= best_score * SECOND_ROW_SHARE or math.isclose(s, best_score) or named_in_full(view.rows[i], q_tokens)
    ]
    named = token_set(rows[0].label) & q_tokens if rows else frozenset()
    alike = [view.rows[i] for s, i in scored if s > 0 and named and named <= token_set(view.rows[i].label)]
    if op is not None and len(alike) > 1 and len(alike) == rows_counted(question):
        rows = alike  # "the two equity funds": the rows named by the same words, as many as the question says
    else:
        rows = rows[:1] + [r for r in rows[1:] if names_more(r, rows[0], q_tokens)]
    if (op == "compare" or (op == "sum" and joins_names(question))) and len(rows) == 1:
        # "is the highways forecast higher than waste management's", "combined budget for A and B":
        # the other row is named by the question's words the first row lacks, however partly ("Highways Maintenance")
        other = swapped_row(view, rows[0], question) or next(
            (view.rows[i] for s, i in scored if s > 0 and view.rows[i] is not rows[0] and names_more(view.rows[i], rows[0], q_tokens)), None
        )
        rows = rows + [other] if other is not None else rows
    rows = full_names_first(rows, q_tokens)
    if rows and (twin := unmarked_twin(view, rows[0], question)) is not None:
        rows = [twin, *[r for r in rows if r is not twin]]  # "78+ weeks - actual", not "78+ weeks - plan"
    if preferred is not None and (not rows or rows[0].unit.id != preferred.id):
        pref = view.row_for(preferred.id)
        tied = pref is not None and (not scored or _score_of(scored, view, pref) >= best_score - 1e-9)
        if tied and pref is not None and (not rows or unwritten_words(pref, question) <= unwritten_words(rows[0], question)):
            rows = [pref, *[r for r in rows if r is not pref]]
    total = total_of_alike(view, scored, q_tokens, question)
    if total is not None:
        rows, q_tokens = [total], q_tokens | {"total"}  # named by the question's "total", an operation word or not
    if not rows:
        return None
    if op in {"average", "sum"}:
        periods = period_range(question, view) or periods
    if op in {"change", "pct_change"}:
        periods = since(question, periods, view)
    columns = pick_columns(view, periods, q_tokens, rows[0], question)
    if op in {"change", "pct_change"}:
        columns = since_columns(view, columns, question)
    if op in {"average", "sum"}:
        columns = month_range_columns(question, view) or columns  # "april to october": every month between
    if total_named and len(columns) >= 2 and parts_of_one_period(columns):
        op = "sum"  # "total hours lost in q1" where Quarter 1 is printed by month (and a Total column for the year): its months added up
    if op is not None:
        # An operation needs rows the question names; the retrieved row alone is not enough.
        if not scored:
            return None
        if not named_by_label(rows[0], q_tokens) and (preferred is None or rows[0].unit.id != preferred.id):
            return None  # only the group's words match: which of its rows is not said
        if op == "count_over":
            return count_over(view, rows[0], question, periods)
        spans = [span_years(p) for p in periods if span_years(p)]
        if op in {"change", "pct_change"} and _AVERAGE.search(question) and len(spans) == 2:
            return change_of_averages(view, rows[0], spans[0], spans[1])
        if op in {"change", "pct_change"} and len(rows) >= 2 and in_time_order(rows[:2]) is not None:
            columns = columns[:1]  # the periods are rows ("Fiscal Year 2018"): one column, read down
        elif op in {"change", "pct_change"} and len(columns) == 1 and len(rows) < 2:
            # "how far below its book cost was the market value at 30 September": a dated column and one named in words;
            # two rows named ("the gap in female life expectancy between A and B") are the change, in the one column
            if _EITHER_WAY.search(question) and (ends := first_and_last_parts(view, columns[0])):
                columns = ends  # "is it going up or down over the year" of a "Year to date" column adding up the months
            worded = [] if len(columns) == 2 else twin_columns(view, columns[0]) or worded_columns(view, columns[0], q_tokens, rows[0])[:1]
            partner = None if worded else benchmark_partner(view, columns[0], q_tokens)
            if partner is not None:  # "better or worse than england": the area's figure against the benchmark's
                return measures_compared(rows[0], [columns[0], partner], bool(_SMALLER.search(question)))
            columns = columns + worded
        elif (
            op == "compare"
            and len(columns) == 1
            and len(rows) < 2
            and (partner := benchmark_partner(view, columns[0], q_tokens)) is not None
        ):
            return measures_compared(rows[0], [columns[0], partner], bool(_SMALLER.search(question)))  # "is it higher here than in England"
        ordered = _by_mention(question, rows[:2]) if len(rows) >= 2 and len(columns) < 2 else rows
        draft = compute(op, view, ordered, columns, periods, question, q_tokens)
        if draft is not None or not (periods and columns):
            return draft
        # "the price change in 2025-26" names a cell, not an operation on two of them
    if len(rows) >= 2 and asks_for_several(question):
        return lookup_rows(view, rows[:MAX_LOOKUP_ROWS], columns)
    unit = rows[0].unit
    if len(columns) == 1 and (elsewhere := named_for_other_periods(question, unit, columns[0].index, view.label_col)) is not None:
        word, shown = elsewhere  # "the region's rate for 2023-24" where Region is printed for 2024-25 only
        text = f"“{view.title}” gives {word} only under {', '.join(shown)}, not under {columns[0].name}"
        return TableDraft(text, (unit,), None, frozenset(), blank=True)
    return lookup(view, rows[0], columns)


_WORD_PAIR = re.compile(r"\b([a-z]+) and ([a-z]+)\b")


def swapped_row(view: TableView, row: Row, question: str) -> Row | None:
    """The other row of "A with and without B": the row whose label is this one's with one word of a
    pair the question joins ("with and without") swapped for the other, every other word the same.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("Crime", "North"))
    ...       for i, r in enumerate(["Violence without injury", "Violence with injury", "Robbery"])]
    >>> v = TableView.of(us)
    >>> swapped_row(v, v.rows[0], "total violence with and without injury in the north").label
    'Violence with injury'
    >>> swapped_row(v, v.rows[2], "total violence with and without injury") is None
    True
    """
    label = words(row.label)
    for a, b in _WORD_PAIR.findall(question.lower()):
        for old, new in ((a, b), (b, a)):
            if old in label:
                wanted = [new if w == old else w for w in label]
                found = next((r for r in view.rows if r is not row and words(r.label) == wanted), None)
                if found is not None:
                    return found
    return None


def column_aggregate(view: TableView, op: Operation, columns: list[Column]) -> TableDraft | None:
    """The average or sum of one named column over every row that has a figure in it, totals left out.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, a), headers=("Name", "Age"))
    ...       for i, (r, a) in enumerate([("Avi Katz", "61"), ("John Capogrossi", "66"), ("Ravinder Girgla", "56")])]
    >>> v = TableView.of(us)
    >>> column_aggregate(v, "average", [v.columns[1]]).text
    'The average of Age over the 3 rows of “” is 61: (61 + 66 + 56) ÷ 3 = 61 [1][2][3].'
    """
    numeric = [c for c in columns if c.numeric and c.index != view.label_col]
    if len(numeric) != 1 or op not in {"average", "sum"}:
        return None
    col = numeric[0]
    rows = [r for r in view.rows if not r.total and r.values[col.index] is not None]
    if len(rows) < 2 or any(r.values[col.index] is None and figure_in(_cell(r, col)) for r in view.rows if not r.total):
        return None  # a cell holding figures in words ("4436 adults 19,000 children") is not added up here
    values = [r.values[col.index] or 0.0 for r in rows]
    cells = " + ".join(_cell(r, col) for r in rows)
    markers = "".join(f"[{i}]" for i in range(1, min(len(rows), 5) + 1))
    total = sum(values)
    if op == "sum":
        text = f"{col.name} over the {len(rows)} rows of “{view.title}” adds up to {fmt(total)}{_unit_note(col)}: {cells} = {fmt(total)} {markers}."
        return TableDraft(text, tuple(r.unit for r in rows), total, figures(total, len(rows)))
    avg = total / len(rows)
    text = f"The average of {col.name} over the {len(rows)} rows of “{view.title}” is {fmt(avg)}{_unit_note(col)}: ({cells}) ÷ {len(rows)} = {fmt(avg)} {markers}."
    return TableDraft(text, tuple(r.unit for r in rows), avg, figures(avg, total, len(rows)))


def figure_in(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell)


MAX_LOOKUP_ROWS = 4  # rows one look-up may give ("the values of A, B and C each")


def lookup_rows(view: TableView, rows: list[Row], columns: list[Column]) -> TableDraft | None:
    """Several rows the question names, each with its cells under the named columns, each cited.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("", "2019"))
    ...       for i, (r, v) in enumerate([("Bonds", "5"), ("Loans", "7")])]
    >>> v = TableView.of(us)
    >>> lookup_rows(v, v.rows, [v.columns[1]]).text
    'Bonds — 2019: 5 [1]; Loans — 2019: 7 [2].'
    """
    read = [(r, _looked_up(view, r, columns)) for r in rows]
    found = [(r, cols) for r, cols in read if any(_cell(r, c) for c in cols)]
    if len(found) < 2:
        return lookup(view, rows[0], columns)
    text = "; ".join(f"{_row_cells(r, cols)} [{i}]" for i, (r, cols) in enumerate(found, 1))
    return TableDraft(f"{text}.", tuple(r.unit for r, _ in found), None, frozenset().union(*(scaled_forms(r, cols) for r, cols in found)))


_LARGEST = re.compile(r"\b(?:highest|largest|biggest|greatest|most|best)\b", re.I)


ADVERSE = frozenset(stem(w) for w in word_list("adverse_measures"))  # measures where more is worse (lexicon adverse_measures)
_WORST = re.compile(r"\b(?:worst|worse)\b", re.I)
_BEST = re.compile(r"\b(?:best|better)\b", re.I)


def wants_smallest(question: str, column: str) -> bool:
    """Whether a superlative asks for the lowest figure: "lowest", "fewest", "worst"; but of a
    measure where more is worse (waits, obesity, a deficit) the worst is the highest and the best
    the lowest.

    >>> wants_smallest("which ward is least active", "2024-25"), wants_smallest("which district has the worst obesity", "Year 6 › Obese")
    (True, False)
    >>> wants_smallest("which fund did worst", "Total return"), wants_smallest("which trust has the best waiting times", "Median wait (weeks)")
    (True, True)
    """
    adverse = bool(ADVERSE & (token_set(question) | token_set(column)))
    if adverse and _WORST.search(question):
        return False
    if adverse and _BEST.search(question):
        return True
    return bool(_SMALLER.search(question)) and not _LARGEST.search(question)


def extreme(
    view: TableView, question: str, q_tokens: frozenset[str], periods: tuple[str, ...], weight: Callable[[str], float]
) -> TableDraft | None:
    """The row with the highest (or lowest) figure in the column the question names, among the
    rows of the group it names (else every row), total rows left out; the runner-up is given too.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v, w), headers=("Fund", "Rate", "Balance"),
    ...       total=r == "Total") for i, (r, v, w) in enumerate([("Aviva", "4.9", "10"), ("Federated", "5.1", "8"), ("Total", "5.0", "18")])]
    >>> v = TableView.of(us)
    >>> extreme(v, "Which fund paid the highest rate?", frozenset({"fund", "paid", "rate"}), (), lambda t: 1.0).text
    'Federated has the highest Rate in “”: 5.1 [1]. Next is Aviva: 4.9 [2].'
    """
    columns = fewest_unnamed([c for c in pick_columns(view, periods, q_tokens) if c.numeric], q_tokens)
    if len(columns) != 1:
        only = view.value_columns()
        columns = only if len(only) == 1 else [c for c in columns if periods][:1]
    if not columns and not periods:
        columns = latest_period(view)  # "which item is the largest" of a table by year: in the latest year
    if not columns and not periods:
        columns = total_column(view)  # "the biggest scheme" of a table adding its columns up: by its Total
    if len(columns) != 1:
        return None
    col = columns[0]
    smallest = wants_smallest(question, col.name)
    rows = [r for r in view.rows if not r.total and r.values[col.index] is not None]
    # among the rows of a group the question names in full ("of current liabilities"), not one it
    # shares a word with ("the highest obligation" is not "of purchase obligations"), nor by a word
    # of the table's title ("the fewest consultations" of "Clinic consultations by condition" names no group)
    named = [r for r in rows if names_group(r.group, q_tokens - col.tokens, view.title)]
    rows = named or [r for r in rows if names_category(r, token_set(question) - col.tokens)] or rows
    groups = [r for r in group_totals(view, question) if r.values[col.index] is not None]
    rows = groups if len(groups) >= 2 else rows  # "which division overspends most": the divisions' subtotals
    if len(rows) < 2:
        return None
    ranked = sorted(rows, key=lambda r: r.values[col.index] or 0.0, reverse=not smallest)
    win, nxt = ranked[0], ranked[1]
    word = "lowest" if smallest else "highest"
    text = (
        f"{_where(win)} has the {word} {col.name} in “{view.title}”: {_cell(win, col)}{_unit_note(col)} [1]. "
        f"Next is {_where(nxt)}: {_cell(nxt, col)} [2]."
    )
    return TableDraft(text, (win.unit, nxt.unit), win.values[col.index], frozenset())


# "which gp practice has …", not "what is …"
_WHICH_NOUN = re.compile(
    r"^\s*(?:which|what)\s+(?!(?:is|was|are|were|does|did|do|has|have|had|will|would|can|could)\b)((?:[a-z]+\s+){0,2}[a-z]+)\b", re.I
)
_TOTAL_WORDS = frozenset({"total", "subtot", "sub", "grand", "overal"})
_GRAND = re.compile(r"^\s*(?:grand\s+|overall\s+)?total\b", re.I)
# "what percentage", "which figure": a figure asked for, not a thing the rows are
_FIGURE_NOUNS = frozenset(tokenize(" ".join([*word_list("figure_nouns"), "percentage", "proportion", "share", "one", "ones"])))
# "which division", "which directorate": a noun naming a group of rows, lexicon data
GROUP_NOUNS = frozenset(token_set(" ".join(word_list("group_nouns"))))


def group_totals(view: TableView, question: str) -> list[Row]:
    """The subtotal rows of a table whose rows are grouped, when the question asks "which <group>"
    (a noun naming a group of rows) and the label column does not list those: "which division
    overspends most" of a table of service lines grouped by division ranks the divisions' subtotals.
    "Which scheme" or "which condition" asks about the rows themselves. Empty otherwise.

    >>> from qa.types import Unit
    >>> rows = [("Home care", "742"), ("Residential", "1,695"), ("Subtotal – Older People", "2,437"),
    ...         ("Supported living", "1,644"), ("Learning Disability total", "1,644"), ("Total – Adult Social Care", "4,081")]
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, v), headers=("Service line", "Variance"),
    ...       total="otal" in r) for i, (r, v) in enumerate(rows)]
    >>> v = TableView.of(us)
    >>> [r.label for r in group_totals(v, "which division has the biggest overspend")]
    ['Subtotal – Older People', 'Learning Disability total']
    >>> group_totals(v, "which service line has the biggest overspend"), group_totals(v, "what is the variance")
    ([], [])
    >>> group_totals(v, "which care service line has the biggest overspend")  # the thing named in the words after "which"
    []
    >>> group_totals(v, "which condition has the biggest overspend")  # not a noun naming a group of rows
    []
    """
    m = _WHICH_NOUN.match(question)
    noun = set(tokenize(m.group(1))) if m else set()
    listed = (
        token_set(view.columns[view.label_col].name) if view.label_col is not None and view.label_col < len(view.columns) else frozenset()
    )
    if not noun & GROUP_NOUNS or noun & listed or noun <= _FIGURE_NOUNS:
        return []
    # a row headed "Total …" adds up the groups ("Total capital programme"); "Subtotal – X" and "X total" close one
    return [r for r in view.rows if r.total and token_set(strip_footnote(r.label)) - _TOTAL_WORDS and not _GRAND.match(r.label)]


def total_column(view: TableView) -> list[Column]:
    """The one figure column headed as a total ("Total", "Total £000"), else none.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="S1", cells=("S1", "5", "3", "8"), headers=("Scheme", "NHS", "Council", "Total"))
    >>> [c.name for c in total_column(TableView.of([u]))]
    ['Total']
    """
    totals = [c for c in view.value_columns() if is_total_label(c.name.split("›")[-1].strip())]
    return totals if len(totals) == 1 else summing_column(view)


SUMMED_ROWS = 0.8  # share of the rows with figures in which a column must equal the sum of the others


def first_and_last_parts(view: TableView, chosen: Column) -> list[Column]:
    """The first and last of the columns that `chosen` adds up (the months of a "Year to date"
    column): a trend over the year runs from one to the other. Empty when it adds up no others.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, a, b, c, d), headers=("Staff", "Apr", "May", "Jun", "Year to date"))
    ...       for i, (r, a, b, c, d) in enumerate([("Nurses", "10", "12", "15", "37"), ("Doctors", "3", "4", "5", "12")])]
    >>> v = TableView.of(us)
    >>> [c.name for c in first_and_last_parts(v, v.columns[4])], first_and_last_parts(v, v.columns[2])
    (['Apr', 'Jun'], [])
    """
    summing = summing_column(view)
    if not summing or summing[0].index != chosen.index:
        return []
    parts = [c for c in view.value_columns() if c.index != chosen.index]
    return [parts[0], parts[-1]]


def summing_column(view: TableView) -> list[Column]:
    """The last figure column that adds up the others in (nearly) every row, though its header does
    not say so: the whole area's column after its districts' ("North | South | … | County").

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, a, b, c), headers=("Crime", "North", "South", "County"))
    ...       for i, (r, a, b, c) in enumerate([("Theft", "10", "5", "15"), ("Fraud", "3", "4", "7"), ("Arson", "1", "1", "2")])]
    >>> [c.name for c in summing_column(TableView.of(us))], summing_column(TableView.of(us[:1]))
    (['County'], [])
    """
    cols = view.value_columns()
    if len(cols) < 3 or len(view.rows) < 2:
        return []
    last, others = cols[-1], cols[:-1]
    rows = [r for r in view.rows if all(r.values[c.index] is not None for c in cols)]
    adds = sum(
        math.isclose(sum(r.values[c.index] or 0.0 for c in others), r.values[last.index] or 0.0, rel_tol=0.005, abs_tol=0.05) for r in rows
    )
    return [last] if len(rows) >= 2 and adds >= SUMMED_ROWS * len(rows) else []


def names_group(group: str, q_tokens: frozenset[str], title: str) -> bool:
    """The question names a row's group in full, by words other than the table's title's: "the
    fewest consultations" of "Clinic consultations by condition" names no group "Other consultations".

    >>> names_group("Other consultations", token_set("which condition had the fewest consultations"), "Clinic consultations by condition")
    False
    >>> names_group("Current liabilities", token_set("the highest of current liabilities"), "Balance sheet")
    True
    >>> names_group("", token_set("the highest"), "Balance sheet")
    False
    """
    return bool(group) and token_set(group) <= q_tokens - token_set(title)


def names_category(row: Row, q_tokens: frozenset[str]) -> bool:
    """A text cell of the row other than its label (a type, a category) is named in full by the
    question: "which money market fund pays the most" keeps the rows typed "Money Market Funds".

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="LGIM", cells=("Money Market Funds", "LGIM", "5.0%"), headers=("Type", "Fund", "Rate"), label_col=1)
    >>> v = TableView.of([u])
    >>> names_category(v.rows[0], token_set("which money market fund pays most")), names_category(v.rows[0], token_set("which fund pays most"))
    (True, False)
    """
    cells = [c for j, c in enumerate(row.unit.cells) if j != row.unit.label_col and c and c != row.label]
    return any((words := token_set(c)) and not any(ch.isdigit() for ch in c) and words <= q_tokens for c in cells)


def fewest_unnamed(columns: list[Column], q_tokens: frozenset[str]) -> list[Column]:
    """Of columns a question names alike, those whose header path adds the fewest words it does
    not name: "long gun" is the "Long Gun" column, not "Pre-Pawn › Long Gun".

    >>> cols = [Column(i, p, " › ".join(p), token_set(" ".join(p)), (), (0, 0), "", True) for i, p in enumerate([("Pre-Pawn", "Long Gun"), ("Long Gun",)])]
    >>> [c.name for c in fewest_unnamed(cols, token_set("most long gun checks"))]
    ['Long Gun']
    """
    if len(columns) < 2:
        return columns
    least = min(len(c.tokens - q_tokens) for c in columns)
    return [c for c in columns if len(c.tokens - q_tokens) == least]


def row_words(view: TableView, q_tokens: frozenset[str]) -> frozenset[str]:
    """The question's words that may name a row: less those of the table's title ("BCE retail
    subscribers" names the table, not its row "Total growth services, subscribers: retail …"),
    when the words left name a row in full; else all of them.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table="BCE retail subscribers", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...       for i, r in enumerate(["Wireless", "Total subscribers: retail Internet and wireless"])]
    >>> sorted(row_words(TableView.of(us), token_set("retail subscribers for wireless")))
    ['wireless']
    >>> sorted(row_words(TableView.of(us), token_set("retail subscribers")))
    ['retail', 'subscrib']
    """
    rest = q_tokens - token_set(view.title)
    return rest if rest != q_tokens and any(named_in_full(r, rest) for r in view.rows) else q_tokens


def total_of_alike(view: TableView, scored: list[tuple[float, int]], q_tokens: frozenset[str], question: str) -> Row | None:
    """The table's one total row, when the question asks for a total, names no row in full, and its
    words are spread over rows: the best row lacks a word another row has ("the total accrued
    liabilities" over "Accrued interest", "Accrued expenses" and "Deferred liabilities", above
    "Total as of December 31"); None otherwise.

    >>> from qa.types import Unit
    >>> us = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"), total=r.startswith("Total"))
    ...       for i, r in enumerate(["Accrued interest", "Accrued expenses", "Deferred liabilities", "Total as of December 31,"])]
    >>> v = TableView.of(us)
    >>> q = token_set("total accrued liabilities")
    >>> total_of_alike(v, row_scores(v, q, lambda t: 1.0), q, "What is the total accrued liabilities?").label
    'Total as of December 31,'
    >>> total_of_alike(v, row_scores(v, q, lambda t: 1.0), q, "What are the accrued liabilities?") is None
    True
    """
    if "total" not in words(question) or len(scored) < 2 or any("total" in c.tokens for c in view.columns):
        return None  # "the better total return" names a Total column, not the total row
    named = [view.rows[i] for _, i in scored]
    best = named[0]
    if best.total or any(named_in_full(r, q_tokens) for r in named):
        return None
    if not any((r.tokens & q_tokens) - best.tokens for r in named[1:] if not r.total):
        return None  # the best row holds every word the rows share with the question
    totals = [r for r in view.rows if r.total]
    return totals[0] if len(totals) == 1 else None


def unmarked_twin(view: TableView, row: Row, question: str) -> Row | None:
    """The row a table prints beside a plan's (or target's) row for the figure itself ("78+ weeks -
    actual" beside "78+ weeks - plan"), when the question asks for no plan; None otherwise.

    >>> from qa.types import Unit
    >>> v = TableView.of([Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "Jun-25"))
    ...                   for i, r in enumerate(["78+ weeks - plan", "78+ weeks - actual"])])
    >>> unmarked_twin(v, v.rows[0], "how many 78 week waiters in june").label, unmarked_twin(v, v.rows[0], "78 week waiters plan for june")
    ('78+ weeks - actual', None)
    """
    asked = token_set(question)
    own = token_set(strip_footnote(row.label))
    if not own & MARK_WORDS - asked or asks_intended(question):
        return None
    base = own - MARK_WORDS
    return next(
        (
            r
            for r in view.rows
            if r is not row
            and base <= (theirs := token_set(strip_footnote(r.label)))
            and not theirs & (MARK_WORDS | CHANGE_HEADERS)
            and len(theirs - base) <= 1
        ),
        None,
    )


def full_names_first(rows: list[Row], q_tokens: frozenset[str]) -> list[Row]:
    """When the question names two or more rows in full ("between Wireless and High-speed Internet"),
    those are its operands, ahead of a longer row that shares more of its words ("Total growth
    services: retail Internet, IPTV and wireless").

    >>> from qa.types import Unit
    >>> u = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...      for i, r in enumerate(["Total services: retail Internet and wireless", "Wireless", "High-speed Internet"])]
    >>> v = TableView.of(u)
    >>> [r.label for r in full_names_first(list(v.rows), token_set("retail subscribers of wireless and high-speed internet"))]
    ['Wireless', 'High-speed Internet', 'Total services: retail Internet and wireless']
    """
    full = [r for r in rows if named_in_full(r, q_tokens)]
    if len({strip_footnote(r.label) for r in full}) < 2:
        return rows  # one name, or one name printed twice: the scores decide
    return full + [r for r in rows if r not in full]


_COUNTED = re.compile(r"\b(?:(both)|(?:the|all|these|those) (two|three|four|five|six|2|3|4|5|6))\b", re.I)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def rows_counted(question: str) -> int | None:
    """How many things the question says it is about ("both", "the two funds"), if it says.

    >>> rows_counted("the combined book cost of the two Threadneedle funds"), rows_counted("both funds"), rows_counted("the funds")
    (2, 2, None)
    """
    m = _COUNTED.search(question)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return int(word) if word.isdigit() else _COUNTS[word]


def names_more(row: Row, first: Row, q_tokens: frozenset[str]) -> bool:
    """A second operand must be named by words of the question the first row does not use:
    "General Reserves repayment" is not a second row for a question about general reserves.

    >>> from qa.types import Unit
    >>> u = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, cells=(r, "1"), headers=("", "2019"))
    ...      for i, r in enumerate(["General reserves", "General reserves repayment", "Net revenue budget"])]
    >>> v = TableView.of(u)
    >>> q = frozenset({"general", "reserv", "net", "revenu", "budget"})
    >>> names_more(v.rows[1], v.rows[0], q), names_more(v.rows[2], v.rows[0], q)
    (False, True)

    A row the question names in full by its own label is an operand too, though the first row's
    group holds its words ("other intangible assets" beside "Other intangible assets › Total gross
    carrying value"), unless its label is part of the first row's ("Revenue" in "Total revenue"):
    >>> u = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=r, group="Other assets", cells=(r, "1"), headers=("", "Value"))
    ...      for i, r in enumerate(["Total value", "Other assets", "Value"])]
    >>> v = TableView.of(u)
    >>> q = token_set("other assets as a percentage of the total value")
    >>> names_more(v.rows[1], v.rows[0], q), names_more(v.rows[2], v.rows[0], q)
    (True, False)
    """
    own = token_set(strip_footnote(row.label))
    if named_in_full(row, q_tokens) and not own <= token_set(strip_footnote(first.label)):
        return True
    return bool((row.tokens & q_tokens) - first.tokens)


def named_by_label(row: Row, q_tokens: frozenset[str]) -> bool:
    """Whether the question names a row by its own label, not only by the group it sits under.

    >>> from qa.types import Unit
    >>> u = [Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Discount rate", group="Obligations", cells=("Discount rate", "1"), headers=("", "2019"))]
    >>> v = TableView.of(u)
    >>> q = frozenset({"duration", "oblig"})
    >>> named_by_label(v.rows[0], q), named_by_label(v.rows[0], q | {"discount"})
    (False, True)
    """
    label = token_set(strip_footnote(row.label))
    return not label or bool(label & q_tokens)


def _score_of(scored: list[tuple[float, int]], view: TableView, row: Row) -> float:
    return next((s for s, i in scored if view.rows[i] is row), -math.inf)


def _by_mention(question: str, rows: list[Row]) -> list[Row]:
    """Two operand rows in the order the question names them ("ratio of A to B")."""
    words = question.lower()

    def first_position(row: Row) -> int:
        positions = [words.find(w.lower()) for w in row.label.split() if len(w) > 2 and words.find(w.lower()) >= 0]
        return min(positions, default=len(words))

    return sorted(rows, key=first_position)
