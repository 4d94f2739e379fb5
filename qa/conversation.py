"""Conversations without server state. Pure functions.

The client sends the previous turn's answer back with the next question, exactly as the CLI or the
API returned it; `previous_answer` checks that untrusted object and rebuilds the Answer. Whether
the new question is read in its light is decided in two steps:

1. wording (`refers_back`): the question opens like a continuation ("And ...", "What about ...")
   or uses a pronoun or demonstrative ("it", "their", "those"). A question with neither stands
   alone, whatever came before.
2. evidence (`stands_alone`): a question that refers back still stands alone when its own subject
   names something the documents cover: the best unit found for the question alone would pass
   the refusal gate, and adding the previous question pulls the search to a unit that mentions
   less of that subject. "How many people did the falls team support in their homes?" names its own subject;
   "And how many people did it help?" has none, so it is a follow-up.
"""

from __future__ import annotations

import json
import re

from qa.columns import header_terms, with_short_forms_written_out
from qa.errors import InvalidPreviousError
from qa.relevance import Evidence, coverage, subject_tokens
from qa.tableview import period_names
from qa.text import MONTH_NAMES, MONTHS_NOT_VERBS, content_words, token_set
from qa.types import Answer, Hit, ShapeError

# English words that stand for something named elsewhere. "there" is left out: "how many are
# there?" is existential, not a reference.
REFERRING_WORDS = frozenset("it its itself they them their theirs themselves he him his she her hers this that these those".split())
# Openings that continue the previous question rather than start a new one.
_CONTINUATION = re.compile(r"^\s*(?:and|also|what about|how about|what of)\b", re.I)
_WORD = re.compile(r"[a-z]+")

# The largest answer over the 774 questions of the four question sets (tests/data/*.jsonl, over
# the mixed corpus of benchmarks/questionsets.py) is 6,227 characters of JSON; ten times that
# leaves room for wide tables and long passages.
MAX_PREVIOUS_CHARS = 64_000


def of_row(question: str, label: str, previous: str = "", headers: tuple[str, ...] = ()) -> str:
    """A follow-up read as a look-up of the row the previous answer cited: its label is added, so
    that "and its total return?" reads that row's Total column, not a Total row; and, when this
    one names no period, a period the previous question named that heads several of the row's
    columns ("and how many responses?" after "satisfaction 2024-25", in a table of "2024-25 ›
    Responses" and "2024-25 › % satisfied", is about 2024-25; a period heading one column only
    would pick that column instead of the one the follow-up names).

    >>> of_row("and its total return?", "Schroder Income Fund")
    'and its total return? (Schroder Income Fund)'
    >>> of_row("and the target?", "")
    'and the target?'
    >>> h = ("Service", "2023-24 › Responses", "2023-24 › % satisfied", "2024-25 › Responses", "2024-25 › % satisfied")
    >>> of_row("and how many responses did it get?", "GP practices", "gp practice satisfaction 2024-25", h)
    'and how many responses did it get? (GP practices, 2024-25)'
    >>> of_row("and in 2023-24?", "GP practices", "gp practice satisfaction 2024-25", h)
    'and in 2023-24? (GP practices)'
    >>> of_row("and how many people did it help?", "Lift repairs", "capital for lift repairs 24-25", ("Activity", "Capital 24-25", "Impact"))
    'and how many people did it help? (Lift repairs)'
    """
    if not label:
        return question
    heading = [p for h in headers for p in period_names(h)]
    carried = () if period_names(question) else tuple(p for p in period_names(previous) if heading.count(p) >= 2)
    return f"{question.rstrip()} ({', '.join([label, *carried, *carried_headings(question, previous, headers)])})"


def carried_headings(question: str, previous: str, headers: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of the row's column headings ("Year to date" of "Year to date › Actual") that the
    previous question named, each heading two or more columns, at a level the follow-up names none
    of: "and the plan?" after "pay costs year to date actual" is the Year to date Plan, not the In
    month Plan.

    >>> h = ("Item", "In month › Plan", "In month › Actual", "Year to date › Plan", "Year to date › Actual")
    >>> carried_headings("and the plan?", "pay costs year to date actual", h), carried_headings("and the plan?", "pay costs ytd actual", h)
    (('Year to date',), ('Year to date',))
    >>> carried_headings("and in month?", "pay costs year to date actual", h)
    ('Actual',)
    >>> carried_headings("and the plan?", "pay costs", h)
    ()
    >>> carried_headings("and for women?", "male life expectancy", ("Ward", "Life expectancy › Male", "Life expectancy › Female", "Healthy life expectancy › Male"))
    ('Life expectancy',)
    >>> carried_headings("and the full year forecast?", "ytd plan", ("S", "Year to date › Plan", "Year to date › Forecast", "Full year 2025-26 › Plan", "Full year 2025-26 › Forecast"))
    ()
    """
    paths = [tuple(part.strip() for part in h.split("›")) for h in headers if "›" in h]
    levels: dict[str, set[int]] = {}
    for path in paths:
        for i, part in enumerate(path):
            levels.setdefault(part, set()).add(i)
    shared = [part for part in levels if sum(part in path for path in paths) >= 2 and _words_of(part)]
    asked, before = _words_of(question), _words_of(previous)
    # the levels the follow-up names a part of, its words less any period ("Full year 2025-26" by "full year")
    # or a one-word part by a word naming it ("women" names "Female")
    named_now = {
        i
        for part in levels
        if (own := _words_of(period_free(part))) and (own <= asked or (len(own) == 1 and header_terms(part) & asked))
        for i in levels[part]
    }
    return tuple(
        part
        for part in shared
        if not period_names(part)  # a period heading columns is carried by `of_row` itself
        and _words_of(part) <= before
        and not levels[part] & named_now
    )


def period_free(text: str) -> str:
    """The text without the periods it names.

    >>> period_free("Full year 2025-26"), period_free("Year to date (Month 8)")
    ('Full year', 'Year to date (Month 8)')
    """
    return " ".join(_PERIOD_WORDS.sub(" ", text).split())


_PERIOD_WORDS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-/–]\s*\d\d(?:\d\d)?)?\b")


def _words_of(text: str) -> frozenset[str]:
    return with_short_forms_written_out(token_set(text))  # "ytd" names "Year to date"


def refers_back(question: str) -> bool:
    """The wording leans on something said before: a continuation opening, or a pronoun or
    demonstrative.

    >>> [refers_back(q) for q in ("And how many people did it help?", "What about nursing care?",
    ...     "how many of those were still serving?", "Which activity helped the most people?")]
    [True, True, True, False]
    """
    return bool(_CONTINUATION.search(question)) or any(w in REFERRING_WORDS for w in _WORD.findall(question.lower()))


_RELATIVE_YEAR = re.compile(
    r"\b(?:the\s+|a\s+)?(?:year|one)\s+(?P<after>after|before|later|earlier)\b|\b(?P<word>next|following|previous|prior|preceding|last)\s+year\b|"
    r"\b(?P<count>[1-9]|two|three|four|five)\s+(?:years?|yrs?)\s+(?P<counted>after|before|later|earlier|ago)\b",
    re.I,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_RELATIVE_MONTH = re.compile(
    r"\b(?:the\s+|a\s+)?month\s+(?P<after>after|before|later|earlier)\b|\b(?P<word>next|following|previous|prior|preceding|last)\s+month\b",
    re.I,
)
# a month named without its year ("in August"); "may" is left out, being also a verb
_MONTH_ALONE = re.compile(rf"\b(?P<month>{'|'.join(MONTHS_NOT_VERBS)})\b", re.I)
_FORWARD = frozenset({"after", "later", "next", "following"})
# a month with its year ("July 2015", "Jul 2015"), as a monthly report names a row or column
_MONTH_YEAR = re.compile(r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# a financial year ("2025-26", "2025/26", "24-25") or a calendar year ("2024")
_PERIOD = re.compile(r"\b(?P<a>(?:19|20)?\d{2})(?P<sep>\s*[-/–]\s*)(?P<b>\d{2})\b|\b(?P<year>(?:19|20)\d{2})\b")


def shifted_question(previous: str, question: str) -> str | None:
    """The previous question asked again for the year before or after, when this one asks only
    that ("and the year after?", "what about the previous year?"); None otherwise.

    >>> shifted_question("What investment income is budgeted for 2025-26?", "and the year after?")
    'What investment income is budgeted for 2026-27?'
    >>> shifted_question("how many people did the team support in 24-25", "what about the year before?")
    'how many people did the team support in 23-24'
    >>> shifted_question("What was the 2019 revenue?", "and the previous year?"), shifted_question("What is the plan?", "and next year?")
    ('What was the 2018 revenue?', None)
    >>> shifted_question("What was the reserve at 31 March 2025?", "And what is it forecast to be a year later?")
    'What was the reserve at 31 March 2026?'
    >>> shifted_question("gp partners fte sep 2025", "what was it 2 years before"), shifted_question("beds in 2024-25", "and two years later?")
    ('gp partners fte sep 2023', 'beds in 2026-27')
    """
    if len(content_words(question)) > MAX_SHIFT_WORDS:
        return None
    if month := _RELATIVE_MONTH.search(question):
        return _shifted_month(previous, 1 if (month.group("after") or month.group("word") or "").lower() in _FORWARD else -1)
    m = _RELATIVE_YEAR.search(question)
    if not m:
        return None
    step = 1 if (m.group("after") or m.group("word") or m.group("counted") or "").lower() in _FORWARD else -1
    if m.group("count"):
        step *= int(_COUNTS.get(m.group("count").lower(), m.group("count")))
    periods = list(_PERIOD.finditer(previous))
    if len(periods) != 1:
        return None  # no year to move from, or several and no telling which
    p = periods[0]

    def moved(text: str) -> str:
        return f"{int(text) + step:0{len(text)}d}"

    new = moved(p.group("year")) if p.group("year") else f"{moved(p.group('a'))}{p.group('sep')}{moved(p.group('b'))}"
    return previous[: p.start()] + new + previous[p.end() :]


def _shifted_month(previous: str, step: int) -> str | None:
    """The previous question asked again for the month after (`step` 1) or before (-1) the one
    month of a year it names.

    >>> _shifted_month("How many notices were received in December 2015?", 1), _shifted_month("How many in Jan 2016?", -1)
    ('How many notices were received in January 2016?', 'How many in December 2015?')
    >>> _shifted_month("What was A&E performance in August?", -1)
    'What was A&E performance in July?'
    """
    found = list(_MONTH_YEAR.finditer(previous))
    if not found:
        alone = list(_MONTH_ALONE.finditer(previous))
        if len(alone) != 1:
            return None
        m = alone[0]
        at = MONTH_NAMES.index(m.group("month").lower()) + step
        return f"{previous[: m.start()]}{MONTH_NAMES[at % 12].title()}{previous[m.end() :]}"
    if len(found) != 1:
        return None
    m = found[0]
    at = next(i for i, name in enumerate(MONTH_NAMES) if name.startswith(m.group("month").lower())) + step
    year = int(m.group("year")) + at // 12
    return f"{previous[: m.start()]}{MONTH_NAMES[at % 12].title()} {year}{previous[m.end() :]}"


# words of content, stop words aside: a question saying more than "and what is it forecast to be a
# year later?" ("and how many people did it help the year after the pilot?") is read as it stands
MAX_SHIFT_WORDS = 3

_SUPERLATIVE = re.compile(r"\b(?:most|least|fewest|highest|lowest|largest|smallest|biggest|best|worst|greatest)\b", re.I)
# a month named alone ("and in december?"), but not "may", also a verb
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTHS_NOT_VERBS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)
_ONLY_SWAP = re.compile(
    r"^\s*(?:and|but|what about|how about)?\s*(?:for|in|at)?\s*(?:the\s+)?(?P<new>[\w/–-]+(?:\s+(?:19|20)\d\d)?)(?:\s+one)?\s*\??\s*$", re.I
)


def swapped_question(previous: str, question: str) -> str | None:
    """The previous question asked again with its one superlative or period swapped for the one
    this question gives alone ("and the fewest?", "and for 2025-26?"); None otherwise.

    >>> swapped_question("which district had the most veterans?", "and the fewest?")
    'which district had the fewest veterans?'
    >>> swapped_question("What was the allocation for 2024-25?", "and for 2025-26?")
    'What was the allocation for 2025-26?'
    >>> swapped_question("What was the allocation for 2024-25?", "and the fewest?"), swapped_question("Who chairs it?", "and 2019?")
    (None, None)
    >>> swapped_question("How many employees were affected in July 2015?", "What about August 2015?")
    'How many employees were affected in August 2015?'
    >>> swapped_question("how many telephone appts were there in november?", "and in december?")
    'how many telephone appts were there in december?'
    """
    m = _ONLY_SWAP.match(question)
    if not m:
        return None
    new = m.group("new")
    for pattern in (_SUPERLATIVE, _MONTH_YEAR, _MONTH_WORD, _PERIOD):
        if pattern.fullmatch(new):
            found = list(pattern.finditer(previous))
            if len(found) != 1:
                return None  # nothing to swap, or several and no telling which
            return previous[: found[0].start()] + new + previous[found[0].end() :]
    return None


_ONLY_ROW = re.compile(r"^\s*(?:and|also|what about|how about|what of)\s+(?:for\s+|in\s+|at\s+)?(?P<new>.+?)\s*\??\s*$", re.I)


def row_swapped(previous: str, question: str, old_label: str, labels: list[str]) -> tuple[str, str] | None:
    """The previous question asked again of another row of the same table, when this one only names
    that row ("what about dunmarrow?" after "hours lost at ostrevale royal infirmary"): the
    previous question without the words of the row it named, with the other row's label added;
    and that label. None when the question names no other row, or several equally.

    >>> labels = ["Ostrevale Royal Infirmary", "Dunmarrow General Hospital", "System total"]
    >>> row_swapped("ambulance hours lost at ostrevale royal infirmary", "what about dunmarrow?", labels[0], labels)
    ('ambulance hours lost at (Dunmarrow General Hospital)', 'Dunmarrow General Hospital')
    >>> row_swapped("% satisfied with home care in 24/25?", "what about care homes?", "Home care", ["Home care", "Care homes", "GP practices"])
    ('% satisfied with home care in 24/25? (Care homes)', 'Care homes')
    >>> row_swapped("hours lost at ostrevale royal infirmary", "and in october?", labels[0], labels) is None
    True
    >>> row_swapped("income return on the schroder fund", "and its total return?", "Schroder Fund", ["Schroder Fund", "Pyrford Total Return Fund"]) is None
    True
    """
    m = _ONLY_ROW.match(question)
    if not m or set(_WORD.findall(m.group("new").lower())) & REFERRING_WORDS:
        return None  # "and its total return?" asks more of the same row
    wanted = token_set(m.group("new"))
    if not wanted:
        return None
    named = [label for label in labels if label != old_label and wanted <= token_set(label)]
    if len(named) != 1:
        return None
    new_label = named[0]
    old_words = token_set(old_label) - token_set(new_label)
    kept = [w for w in previous.split() if not (token_set(w) and token_set(w) <= old_words)]
    return f"{' '.join(kept)} ({new_label})", new_label


def stands_alone(
    question: str, alone: list[Hit], combined: list[Hit], evidence: Evidence, *, min_coverage: float, rescue_dense: float
) -> bool:
    """The question names its own subject, and reading it with the previous question would not
    serve that subject better. `alone` and `combined` are the reranked hits for the question by
    itself and for the previous and this question together.

    It stands alone when the best hit for it alone passes the refusal gate's test (it mentions at
    least `min_coverage` of the subject, or is `rescue_dense` close in meaning) and the best hit
    of the combined search does not: it mentions less of the subject than that, or less than the
    best hit for the question alone does. (The combined hit's closeness was measured for other
    words, so it cannot rescue.) A question with no subject of its own never stands alone.
    """
    if not subject_tokens(question) or not alone:
        return False
    own = coverage(question, alone[0].unit, evidence)
    if own < min_coverage and alone[0].dense < rescue_dense:
        return False
    if not combined:
        return True
    theirs = coverage(question, combined[0].unit, evidence)
    return theirs < min_coverage or theirs < own


def previous_answer(obj: object, *, max_question_chars: int) -> Answer:
    """The previous answer a client sent back (the JSON object `ask --json` or `POST /api/ask`
    returned), checked: an object of at most MAX_PREVIOUS_CHARS characters of JSON, with the
    fields of an answer and their types. Unknown keys are ignored. InvalidPreviousError otherwise,
    with one line saying what is wrong.

    >>> previous_answer({"question": "q", "status": "answered", "answer": "a", "citations": [], "more": 1},
    ...                 max_question_chars=1000).question
    'q'
    >>> previous_answer([], max_question_chars=1000)
    Traceback (most recent call last):
    qa.errors.InvalidPreviousError: "previous" must be the answer object a previous question returned (an object, not a list).
    """
    if not isinstance(obj, dict):
        kind = {list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(type(obj), "a number")
        raise InvalidPreviousError(f'"previous" must be the answer object a previous question returned (an object, not {kind}).')
    try:
        text = json.dumps(obj, ensure_ascii=False)
        text.encode("utf-8")  # JSON can carry lone surrogates ("\\ud800"), which are not text
    except (ValueError, TypeError, RecursionError):
        raise InvalidPreviousError('"previous" holds something that is not JSON text.') from None
    size = len(text)
    if size > MAX_PREVIOUS_CHARS:
        raise InvalidPreviousError(f'"previous" is too large ({size:,} characters; an answer is at most {MAX_PREVIOUS_CHARS:,}).')
    try:
        answer = Answer.from_dict(obj)
    except ShapeError as exc:
        raise InvalidPreviousError(f'"previous" is not an answer as this service returns it: {exc}.') from None
    if len(answer.question) > max_question_chars:
        raise InvalidPreviousError(f'"previous" holds a question longer than {max_question_chars} characters.')
    return answer
