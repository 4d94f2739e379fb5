"""What a question asks for that the sources of an answer do not give: a year, a month, a quarter,
or a numbered thing ("category 3", "104 days"). Each check returns what was asked and what the
sources give instead, for a refusal to say in plain words; None (or nothing) when they give it.
Read by qa.answer after a draft is composed."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.columns import HEADER_SYNONYMS
from qa.intent import operation
from qa.relevance import gives_period, periods
from qa.tableview import period_names
from qa.text import MONTH_NAMES, MONTH_NUMBERS, MONTHS_NOT_VERBS, canonical_dates, is_month, stem, stopwords, token_set
from qa.types import Unit

_YEAR = re.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")
_FINANCIAL_YEAR = re.compile(r"\b(?:19|20)?\d{2}\s*[-/–]\s*\d{2}\b")  # "2026/27", "25-26"
_MONTH_NAME = rf"\b({'|'.join(MONTH_NAMES)})\b"
_MONTH_OF_YEAR = re.compile(rf"{_MONTH_NAME} ((?:19|20)\d\d)\b")
_LONE_MONTH_NAME = re.compile(rf"\b({'|'.join(MONTHS_NOT_VERBS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(?<=\bin |\bof )(may)\b")
_LONE_MONTH = re.compile(r"\bthe month (?:before|after)\b")  # "the month before": a follow-up's shift, not a month


def months_asked(question: str) -> list[tuple[str, str]]:
    """The months a question names, as (month, year or ""): "in April 2016", "in august"; "may"
    only after "in" or "of", being also a verb.

    >>> months_asked("ucr referrals in june and july 2025"), months_asked("may we see the figures")
    ([('july', '2025'), ('june', '')], [])
    >>> months_asked("did it get better from aug to sept")
    [('august', ''), ('september', '')]
    """
    said = canonical_dates(question.lower())
    asked = list(dict.fromkeys(_MONTH_OF_YEAR.findall(said)))
    alone = _LONE_MONTH.sub(" ", _MONTH_OF_YEAR.sub(" ", said))
    lone = (x.group(1) or x.group(2) for x in _LONE_MONTH_NAME.finditer(alone))
    return asked + [(m, "") for m in dict.fromkeys(MONTH_NAMES[MONTH_NUMBERS[w[:3]] - 1] for w in lone) if (m, "") not in asked]


def months_written(text: str) -> set[str]:
    """The months a text names, in full or short ("Jun", "Sept"), as their full names.

    >>> sorted(months_written("Apr | May | Jun-25 | Sept 2024 | marsh"))
    ['april', 'june', 'may', 'september']
    """
    return {MONTH_NAMES[MONTH_NUMBERS[w.lower()[:3]] - 1] for w in re.findall(r"[A-Za-z]+", text) if is_month(w)}


def months_with_years(text: str) -> set[tuple[str, str]]:
    """The months a lower-case text names with their years, after dates are written one way.

    >>> sorted(months_with_years(canonical_dates("at 30-sep-24 and in march 2025")))
    [('march', '2025'), ('september', '2024')]
    """
    return set(_MONTH_OF_YEAR.findall(text))


def months_not_given(question: str, units: tuple[Unit, ...]) -> tuple[list[str], list[str]] | None:
    """The months of a year the question names ("in April 2016") when the sources give figures
    month by month and never name those months, with the months they do give; None when they name
    the months asked, or no month of a year at all ("the six months to September" has none to miss).

    >>> u = Unit(id="1", doc="d", kind="row", text="Jan-16 | 6,617", headers=("Month", "Employees"))
    >>> months_not_given("How many were affected in April 2016?", (u,)), months_not_given("and in January 2016?", (u,))
    ((['April 2016'], ['January 2016']), None)
    >>> months_not_given("the six months to Sept 2024", (Unit(id="2", doc="d", kind="passage", text="In the six months to the end of September"),)) is None
    True
    >>> months_not_given("the balance as of December 31, 2019?", (Unit(id="3", doc="d", kind="row", text="Balance as of December 31, | 2019: 5 | 2018: 4 | March 2018: 3"),)) is None
    True
    >>> months_not_given("a&e 4 hour performance in august", (Unit(id="4", doc="d", kind="row", text="A&E | Oct-25: 74.2% | Sep-25: 75.8%"),))
    (['August'], ['October 2025', 'September 2025'])
    >>> months_not_given("what was held at 30 September 2023?", (Unit(id="5", doc="d", kind="row", text="Funds | 30-Sep-24: 133.0"),))
    (['September 2023'], ['September 2024'])
    >>> months_not_given("collection rate at end of december", (Unit(id="6", doc="d", kind="row", text="Table: Collection, cumulative to 30 September | Rate | Q2: 57%"),))
    (['December'], ['September'])
    """
    asked = months_asked(question)
    if not asked:
        return None
    text = canonical_dates(" ".join(f"{u.search_text} {' '.join(u.headers)}" for u in units).lower())
    given = list(dict.fromkeys(_MONTH_OF_YEAR.findall(text)))
    named = months_written(text)
    if not named and all(u.kind == "row" for u in units) and (by_quarter := quarters_missing(asked, text)):
        return by_quarter
    missing = [(m, y) for m, y in asked if m not in named]  # a month named apart from its year ("December 31, | 2019") is not missing
    # the month given for other years only ("September 2024" for "September 2023"), the year asked written nowhere
    missing += [(m, y) for m, y in asked if y and (m, y) not in given and any(g == m for g, _ in given) and y not in text]
    if not missing or not (given or named):
        return None
    shown = [f"{m.title()} {y}" for m, y in given] or [m.title() for m in MONTH_NAMES if m in named]  # "to 30 September": no year
    return [f"{m.title()} {y}".strip() for m, y in missing], shown


_QUARTER_NAMED = re.compile(r"\b(?:q|quarter\s*)([1-4])\b", re.I)


def quarters_named(text: str) -> set[str]:
    """The numbers of the quarters a text names.

    >>> sorted(quarters_named("median wait in q2 and Quarter 3")), quarters_named("Q2 (Jul–Sep)")
    (['2', '3'], {'2'})
    """
    return set(_QUARTER_NAMED.findall(text))


def quarters_missing(asked: list[tuple[str, str]], text: str) -> tuple[list[str], list[str]] | None:
    """Of a table giving figures by quarter and naming no month, the months asked that fall in
    none of its quarters, counted either from April (a financial year) or from January, with the
    quarters it gives; None when it names no quarter or has the quarter of every month asked.

    >>> quarters_missing([("december", "")], "collection rate | q2 2024/25: 57.0% | q2 2025/26: 56.8%")
    (['December'], ['Q2'])
    >>> quarters_missing([("december", "")], "collection rate | q3: 84.0%") is None
    True
    """
    quarters = sorted(quarters_named(text))
    if not quarters:
        return None

    def held(month: str) -> bool:
        n = MONTH_NUMBERS[month[:3]]
        return str((n - 4) % 12 // 3 + 1) in quarters or str((n - 1) // 3 + 1) in quarters

    missing = [f"{m.title()} {y}".strip() for m, y in asked if not held(m)]
    return (missing, [f"Q{q}" for q in quarters]) if missing else None


_SINCE = re.compile(r"\b(?:since|compared|than)\b", re.I)


def quarters_not_given(question: str, units: tuple[Unit, ...]) -> tuple[list[str], list[str]] | None:
    """The quarters the question names ("at Q3", "in quarter 3") when the sources name quarters
    but never those, with the quarters they do name; None otherwise.

    >>> u = Unit(id="1", doc="d", kind="row", text="Library visits | Q1: 5,000 | Q2: 5,200", headers=("Service", "Q1", "Q2"))
    >>> quarters_not_given("how many library visits in Q3?", (u,)), quarters_not_given("visits in quarter 2", (u,))
    ((['Q3'], ['Q1', 'Q2']), None)
    >>> quarters_not_given("visits in Q3", (Unit(id="2", doc="d", kind="passage", text="Visits rose to 5,200."),)) is None
    True
    >>> quarters_not_given("have visits fallen since Q3?", (u,)) is None
    True
    """
    if operation(question) or _SINCE.search(question):
        return None  # "since Q1", "from Q1 to Q2": a quarter to compare with, which a change's sources may only imply
    asked = list(dict.fromkeys(_QUARTER_NAMED.findall(question)))
    if not asked:
        return None
    given = list(dict.fromkeys(_QUARTER_NAMED.findall(" ".join(f"{u.search_text} {' '.join(u.headers)}" for u in units))))
    missing = [q for q in asked if q not in given]
    if not given or not missing:
        return None
    return [f"Q{q}" for q in missing], [f"Q{q}" for q in sorted(given)]


def year_quarters_not_given(question: str, units: tuple[Unit, ...]) -> tuple[list[str], list[str]] | None:
    """The quarters of a year the question names ("q3 2025-26") that a table printing quarters under
    each year ("2025-26 › Q1") does not give, with the ones it gives for that year; None when it
    gives them, prints no quarters under that year, or the question compares.

    >>> u = Unit(id="1", doc="d", kind="row", text="Quits | 2024-25 › Q3: 290 | 2025-26 › Q1: 351", headers=("Measure", "2024-25 › Q3", "2025-26 › Q1"))
    >>> year_quarters_not_given("quits in q3 2025-26", (u,)), year_quarters_not_given("quits in q3 24/25", (u,))
    ((['Q3 2025-26'], ['Q1 2025-26']), None)
    >>> year_quarters_not_given("quits in q3 2023-24", (u,)) is None
    True
    """
    if operation(question) or _SINCE.search(question):
        return None
    asked_quarters = list(dict.fromkeys(_QUARTER_NAMED.findall(question)))
    asked_years = sorted(periods(question))
    if not asked_quarters or not asked_years:
        return None
    printed = {(year, q) for u in units for h in u.headers for year in periods(h) for q in _QUARTER_NAMED.findall(h)}
    missing, given = [], []
    for year in asked_years:
        of_year = sorted(q for y, q in printed if y == year)
        if of_year:
            missing += [f"Q{q} 20{year}" for q in asked_quarters if q not in of_year]
            given += [f"Q{q} 20{year}" for q in of_year]
    return (missing, given) if missing else None


_SPELT = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_PLAIN_NUMBER = r"(?<![\d.,/£$€-])(\d+)(?![\d.,/%-]\d|%|\d)"  # a whole number alone: not part of a date, range, period, sum or code
_NOUN_NUMBER = re.compile(rf"\b([a-z]{{3,}})[ -]?{_PLAIN_NUMBER}")  # "category 3", "month 7"
_NUMBER_NOUN = re.compile(rf"{_PLAIN_NUMBER}[ -]?([a-z]{{3,}})\b")  # "104 days", "50-year"
_ANY_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_OUTLINE_NUMBER = re.compile(r"(?m)^\s*(?:\d+\.)+\d*\s+")  # "3. Urgent care", "2.1 Demand": a heading's number


def numbered(text: str) -> list[tuple[str, str, bool]]:
    """The things a text numbers, as (stem of the noun, number, number first): "category 3" and
    "104 days"; not years, months' days, sums, percentages or scale words.

    >>> numbered("category 3 response times over 104 days in 2024 for £5 million, 12% or 30 september")
    [('categori', '3', False), ('respons', '3', True), ('day', '104', True)]
    >>> numbered("the average of the 3 years"), numbered("the 4 hour target over the last 12 months")
    ([], [('hour', '4', True)])
    """
    text = normalise_number_words(text.lower().replace(",", ""))

    def names(noun: str, n: str) -> bool:
        return noun not in _not_nouns() and not is_month(noun) and not _YEAR.fullmatch(n)

    after_noun = [m for m in _NOUN_NUMBER.finditer(text) if names(m.group(1), m.group(2))]
    found = [(m.group(1), m.group(2), False) for m in after_noun]  # "cancer 62 day" is read both ways
    found += [
        (m.group(2), m.group(1), True)
        for m in _NUMBER_NOUN.finditer(text)
        if names(m.group(2), m.group(1)) and not (m.group(2).endswith("s") and set(text[: m.start()].split()[-1:]) & _SELECTING)
    ]
    return [(stem(noun), n, first) for noun, n, first in found]


_SCALE_NOUNS = frozenset({"million", "billion", "thousand", "bn", "mn", "per", "and", "the"})
# "the 3 years", "the last 12 months": how many of the things in view, not a numbered measure ("104 days")
_SELECTING = frozenset({"the", "these", "those", "all", "both", "last", "past", "next", "first", "previous"})


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    """Words beside a number that do not name what it numbers, built once (stop words load lazily)."""
    return stopwords() | _SCALE_NOUNS | _SELECTING


def normalise_number_words(text: str) -> str:
    """Numbers up to twelve written as words, as digits ("four-hour" is "4-hour").

    >>> normalise_number_words("the four-hour target, two week wait, someone")
    'the 4-hour target, 2 week wait, someone'
    """
    return re.sub(r"\b(" + "|".join(_SPELT) + r")\b", lambda m: _SPELT[m.group(1)], text)


SEXES = ("male", "femal")  # header_synonyms keys (lexicon.json) naming men and women


def sex_not_given(question: str, units: tuple[Unit, ...]) -> str | None:
    """The word a question names men or women by ("for men", "girls") when its sources name
    neither ("Suicide rate (persons)"); None when they do, or the question names both or neither.

    >>> u = Unit(id="1", doc="d", kind="row", text="Suicide rate (persons) | Value: 11.9", headers=("Indicator", "Value"))
    >>> sex_not_given("suicide rate for men", (u,)), sex_not_given("suicide rate", (u,))
    ('men', None)
    >>> sex_not_given("life expectancy for women", (Unit(id="2", doc="d", kind="row", text="Life expectancy (females) | 82.6"),)) is None
    True
    """
    words = {w.lower(): token_set(w) for w in re.findall(r"[A-Za-z]+", question)}
    asked = [k for k in SEXES if any(t & HEADER_SYNONYMS[k] for t in words.values())]
    if len(asked) != 1:
        return None
    said = frozenset().union(*(token_set(f"{u.search_text} {' '.join(u.headers)}") for u in units))
    if said & HEADER_SYNONYMS[asked[0]]:
        return None
    return next(w for w, t in words.items() if t & HEADER_SYNONYMS[asked[0]])


def numbered_not_given(question: str, units: tuple[Unit, ...]) -> tuple[str, str] | None:
    """A numbered thing the question asks about ("category 3", "104 days", "month 7") where the
    sources number the same thing otherwise ("Category 2", "62 day") and never write the number
    asked: (what was asked, what the sources give); None otherwise.

    >>> u = Unit(id="1", doc="d", kind="passage", text="The Category 2 mean response time was 34 minutes.", context="3. Urgent care")
    >>> numbered_not_given("category 3 ambulance response times", (u,)), numbered_not_given("category 2 response", (u,))
    (('category 3', 'category 2'), None)
    >>> r = Unit(id="2", doc="d", kind="passage", text="The cancer 62 day backlog stood at 412 patients.")
    >>> numbered_not_given("how many are waiting over 104 days", (r,)), numbered_not_given("patients over 62 days", (r,))
    (('104 days', '62 day'), None)
    >>> numbered_not_given("what's the 4 hour performance", (Unit(id="3", doc="d", kind="passage", text="Four-hour performance was 74%; 12 hour waits fell."),)) is None
    True
    >>> numbered_not_given("people in the 3 wards", (Unit(id="4", doc="d", kind="passage", text="Teams cover 3 of the 5 wards."),)) is None
    True
    >>> numbered_not_given("category 3 times", (u, Unit(id="5", doc="d", kind="passage", text="See sections 3 and 5.")))
    ('category 3', 'category 2')
    """
    asked = numbered(question)
    if not asked:
        return None
    texts = [_OUTLINE_NUMBER.sub(" ", f"{u.context}\n{u.text}\n{' | '.join(u.headers)}") for u in units]
    given_by = [numbered(t) for t in texts]
    present = [set(_ANY_NUMBER.findall(normalise_number_words(t.lower().replace(",", "")))) for t in texts]
    for noun, n, first in asked:
        if any((noun, n, first) in given for given in given_by):
            continue
        for text, given, numbers in zip(texts, given_by, present):
            other = next((m for g, m, f in given if g == noun and f == first and m != n), None)
            if other is None or n in numbers:
                continue  # a source that writes the number asked may write it apart from the noun
            said, written = noun_as_written(question, noun), noun_as_written(text, noun)
            return (f"{n} {said}", f"{other} {written}") if first else (f"{said} {n}", f"{written} {other}")
    return None


def noun_as_written(text: str, noun_stem: str) -> str:
    """The word of a text whose stem is given, as the text writes it.

    >>> noun_as_written("Category 2 times", "categori"), noun_as_written("nothing", "categori")
    ('category', 'categori')
    """
    return next((w for w in re.findall(r"[a-z]+", text.lower()) if stem(w) == noun_stem), noun_stem)


def years_not_given(question: str, units: tuple[Unit, ...]) -> list[str]:
    """Calendar years the question names ("in 2024") that none of the passages mentions, in any
    form ("2024", "2024-25", "24/25" for 2024 and 2025 alike).

    >>> u = Unit(id="1", doc="d", kind="passage", text="Over 2020 to 2023 there were seven.")
    >>> years_not_given("how many were there in 2024", (u,)), years_not_given("how many were there in 2023", (u,))
    (['2024'], [])
    >>> g = Unit(id="2", doc="d", kind="passage", text="The 2025/26 Public Health Grant is £24.950m.")
    >>> years_not_given("whats the public health grant for 2026/27", (g,)), years_not_given("the grant for 25-26 (aged 10-12)", (g,))
    (['2026/27'], [])
    """
    text = " ".join(f"{u.search_text} {' '.join(u.headers)}" for u in units)
    given = {p for name in period_names(text) for p in re.findall(r"\d{4}|(?<=-)\d{2}$", name)}
    given = {g if len(g) == 4 else f"20{g}" for g in given} | set(re.findall(r"(?:19|20)\d\d", text))
    missing = [y for y in dict.fromkeys(_YEAR.findall(question)) if y not in given]
    # a financial year ("2026/27") none of them gives, written either way
    asked = [(m.group(0), periods(m.group(0))) for m in _FINANCIAL_YEAR.finditer(question)]
    return missing + [said for said, fy in asked if fy and not gives_period(fy, text)]


def years_not_in_rows(question: str, units: tuple[Unit, ...]) -> tuple[list[str], list[str]] | None:
    """Calendar years the question names that the answer's table rows do not give, when those rows
    give figures year by year (their columns are headed by years): (asked, given); None otherwise.

    >>> u = Unit(id="1", doc="d", kind="row", text="Dunholm | 2021: 15.2 | 2024: 13.7", row="Dunholm", cells=("Dunholm", "15.2", "13.7"), headers=("District", "2021", "2024"))
    >>> years_not_in_rows("dunholm smoking prevalence in 2020", (u,)), years_not_in_rows("dunholm in 2024", (u,))
    ((['2020'], ['2021', '2024']), None)
    """
    if not units or any(u.kind != "row" for u in units):
        return None
    headed = list(dict.fromkeys(y for u in units for h in u.headers for y in _YEAR.findall(h)))
    if not headed:
        return None
    missing = years_not_given(question, units)
    return (missing, headed) if missing else None
