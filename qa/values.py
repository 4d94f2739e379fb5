"""Reading the figures written in table cells, and writing computed ones. Pure functions.

>>> parse_value("£2.65 million").total
2650000.0
>>> parse_value("4105 people 623,483 hours").total
4105.0
>>> parse_value("N/A") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.lexicon import words

FIGURE_UNIT = "|".join(f"{w}s?" for w in words("figure_units"))  # "days", "hrs", "fte": units of time and staff (lexicon)
_NUMBER = re.compile(
    r"(?P<cur>[£$€])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    rf"(?P<scale>million|billion|thousand|bn|m|k)?\b\s*(?P<unit>{FIGURE_UNIT}|%|per ?cent)?",
    re.I,
)
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
_DIGIT = re.compile(r"\d")
_NUMBER_IN_TEXT = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|k|m|bn)\b)?%?", re.I)


# "exceed $2,000 million", "more than 50", "below £2m": a bound a question sets on a figure
BOUND_WORDS = r"exceed\w*|above|over|more than|greater than|higher than|below|under|less than|lower than|at least|at most"
BOUND = re.compile(
    rf"\b(?P<word>{BOUND_WORDS})\s*(?P<figure>[-$£€]?\s*\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|bn|m|k)?\b",
    re.I,
)


# A month written out or abbreviated ("Sep", "September"), matched case-insensitively by its users.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


@dataclass(frozen=True)
class Value:
    total: float
    parts: tuple[str, ...]  # the figures as written in the cell, e.g. ("£1.7 million", "£5.4 million")
    currency: str = ""


def parse_value(cell: str) -> Value | None:
    """The quantity a cell states: one figure, or the sum of its figures ("4436 adults 19,000 children").

    Figures measured in hours, days or percent, and dates, are not quantities of the column.
    """
    if not cell or _DATE.search(cell):
        return None
    total, parts, currency = 0.0, [], ""
    for m in _NUMBER.finditer(cell):
        if m.group("unit"):
            continue
        scale = (m.group("scale") or "").lower()
        # "m"/"k" only count as a scale straight after a number written with a currency sign.
        if scale in {"m", "k", "bn"} and not m.group("cur"):
            scale = ""
        value = float(m.group("num").replace(",", "")) * _SCALE.get(scale, 1)
        total += value
        parts.append(m.group(0).strip())
        currency = currency or (m.group("cur") or "")
    if not parts:
        return None
    return Value(total=total, parts=tuple(parts), currency=currency)


def format_value(x: float, currency: str = "") -> str:
    """>>> format_value(9958935.0, "£")
    '£9,958,935'
    """
    text = f"{x:,.0f}" if abs(x - round(x)) < 1e-6 else f"{x:,.2f}"
    return f"{currency}{text}"


def numbers_in(text: str) -> list[str]:
    """The figures written in a text, as written (for checking an answer against its sources).

    >>> numbers_in("Falls team — Investment 24-25: £1,250,000 [1].")
    ['24', '25', '£1,250,000']
    """
    text = re.sub(r"\[\d+\]", "", text)
    return [m.group(0).strip() for m in _NUMBER_IN_TEXT.finditer(text)]


# Numbers that name or date something rather than state an amount: years and financial years,
# days of dates, ordinals, section numbers opening a paragraph ("2.5.2 Initial", "38. The"),
# codes glued to letters ("S151", "1RSME") and numbered parts or things ("table 1", "Year 6").
_PART = "|".join(words("part_nouns"))
_MONTH_NAME = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NOT_AMOUNT = re.compile(
    r"\b(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\b|\b{_MONTH_NAME}\.?\s+\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|"
    r"\b\d+(?:st|nd|rd|th)\b|(?:^|(?<=[.:;!?•]\s)|(?<=\n))\s*(?:\d+\.)+\d*(?=\s+[A-Z\d])|"
    r"(?:^|(?<=\n))\s*\d{1,2}\.(?=\s+[a-z])|"  # a numbered item's number: "3. approve the revised date"
    rf"(?<=[A-Za-z])\d+|\b\d+[A-Z]{{2,}}\b|\b(?i:{_PART}|see)\.?\s*\d+(?:\.\d+)*[a-z]?\b|\b\d+(?:\.\d+){{2,}}\b"
)
_SHORT_PERIOD = re.compile(r"\b(\d\d)\s*[-/–]\s*(\d\d)\b(?!\s*%)")  # "24-25", "24/25"; not "10-15"


@lru_cache(maxsize=8192)
def states_amount(text: str) -> bool:
    """Whether the text states an amount (`amounts_in`), cached: the reranker asks it of the same
    units for question after question.

    >>> states_amount("It includes 1500 people."), states_amount("Work began in 2024-25.")
    (True, False)
    """
    return bool(amounts_in(text))


def amounts_in(text: str) -> list[str]:
    """The figures of a text that state an amount (`numbers_in` less the numbers that name or date
    something: years, periods, dates, ordinals, section numbers, codes, numbered parts).

    >>> amounts_in("3.1 The 11th conference will be held on 17 June 2025 (see table 2).")
    []
    >>> amounts_in("2.5.2 The move in 2024-25 includes approximately 1500 people, 40% of them children, at £2.1m.")
    ['1500', '40%', '£2.1m']
    >>> amounts_in("The S151 officer reported that Year 6 obesity was 24/7 news"), amounts_in("38. Borrowing fell by 12.5%")
    (['24', '7'], ['12.5%'])
    >>> amounts_in("500 people came. 3 Councils joined in 24/25, costing £2bn, 10-15 a week, 5 marketing staff")
    ['500', '3', '£2bn', '10', '15', '5']
    >>> amounts_in("3. approve the revised completion date of October 2026"), amounts_in("3 approve the 12. plan")
    ([], ['3', '12'])
    >>> amounts_in("Work began in 2024-25 (see 2.4), as 2.5.2 says"), amounts_in("No figure in this text")
    ([], [])
    """
    if not _DIGIT.search(text):
        return []  # every figure has a digit; _NOT_AMOUNT's many branches need not scan the text
    blank = _NOT_AMOUNT.sub(lambda m: " " * len(m.group(0)), text)
    blank = _SHORT_PERIOD.sub(lambda m: " " * len(m.group(0)) if int(m.group(2)) == (int(m.group(1)) + 1) % 100 else m.group(0), blank)
    return numbers_in(blank)


def normalise_number(token: str) -> str:
    return token.replace(",", "").replace(" ", "").lower().rstrip(".")


FIGURE_CELL_WORDS = 4  # a cell with more words than this is prose that mentions figures, not a figure
_SCALE_WORDS = frozenset({"million", "billion", "thousand", "bn", "mn"})


def figure_cell(cell: str) -> bool:
    """A cell that states figures ("£2 million", "4436 adults 19,000 children"), not prose mentioning them.

    >>> figure_cell("£15 million from two grants"), figure_cell("The 2025-26 core budget includes £14.2m from insecure funding")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z]{2,}", cell) if w.lower() not in _SCALE_WORDS]
    return len(words) <= FIGURE_CELL_WORDS
