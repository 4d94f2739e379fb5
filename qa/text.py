"""Words and BM25 tokens: one tokenizer for the index and the questions.

Tokens come from bm25s's own tokenizer (`bm25s.tokenize`), with its English stop words and
PyStemmer's Snowball stemmer, the pair bm25s recommends. What is ours is only how report text is
normalised before bm25s splits it, so that its token pattern also finds the forms people search
by: figures without thousands separators, hyphenated words joined as well ("co-ordination" is also
"coordination"), a figure glued to its unit split ("10yr" is also "10 year", "100k" also "100000",
"Q1" also "quarter 1")
and accents dropped ("café" is "cafe"). bm25s imports
SciPy, so it is imported on first use. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b")
_GLUED = re.compile(r"\b(\d+)([a-z]+)\b")  # "10yr", "3mths": a figure with its unit word
_QUARTER = re.compile(r"\bq([1-4])\b")  # "Q1": quarter 1
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_DIGIT = re.compile(r"\d")
# The same words for bm25s to split on, less single letters ("dept's" gives "dept", not "s"); a
# single digit is kept: it is a figure.
TOKEN_PATTERN = r"(?:[a-z0-9]{2,}|[0-9])(?:\.[0-9]+)?"
# Words of questions that name no subject and are missing from bm25s's English list.
EXTRA_STOPWORDS = ("also", "could", "many", "much", "per", "via", "would")
# Words of that list kept as search words: of time, comparison and cause ("the year before",
# "progress against the plan"), a word of reports ("won an award") and a prefix of hyphenated
# words ("re-signed"). The list is otherwise NLTK's, as this module's own list was before it.
KEPT_WORDS = ("against", "before", "because", "won", "re")
TOKEN_CACHE = 20_000  # texts whose tokens are kept: the gold set's 187 questions tokenize 1,183 distinct texts
TOKEN_SET_CACHE = 200_000  # sets kept, as before this module used bm25s


@lru_cache(maxsize=1)
def _short_words() -> dict[str, str]:
    from qa.lexicon import mapping

    return mapping("short_words")


@lru_cache(maxsize=1)
def _bm25s() -> Any:
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    return bm25s


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """bm25s's English stop words (NLTK's list) with EXTRA_STOPWORDS, less KEPT_WORDS."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return (frozenset(STOPWORDS_EN_PLUS) | frozenset(EXTRA_STOPWORDS)) - frozenset(KEPT_WORDS)


@lru_cache(maxsize=1)
def _snowball() -> Callable[[str], str]:
    import Stemmer

    stem_word: Callable[[str], str] = Stemmer.Stemmer("english").stemWord
    return stem_word


def plain_letters(text: str) -> str:
    """The text with accents dropped from its letters, as people type them: "café" is "cafe".

    >>> plain_letters("Crisis Café, Zoë's naïve rôle"), plain_letters("£1,250 – 5%")
    ("Crisis Cafe, Zoe's naive role", '£1,250 – 5%')
    """
    if text.isascii():
        return text
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", folded)


THOUSAND_SUFFIX = "k"  # "100k", "£250k": a figure in thousands, searched as the whole number too


def normalise(text: str) -> str:
    """Lower case, accents dropped, thousands separators removed, and the joined and split forms
    added at the end. Each pattern runs only on a text holding the character it needs (a comma, a
    hyphen, a digit): most texts lack one or more, and this runs on every unit text the first time
    it is read.

    >>> normalise("Self-care for 1,250 people over 10yr")
    'self-care for 1250 people over 10yr selfcare 10 year'
    >>> normalise("Rapid Response teams"), normalise("per 100k"), normalise("Crisis Café"), normalise("Q1 variance")
    ('rapid response teams', 'per 100k 100 k 100000', 'crisis cafe', 'q1 variance quarter 1')
    """
    text = plain_letters(text).lower()
    if "," in text:
        text = _THOUSANDS.sub("", text)
    joined = [a + b for a, b in _HYPHENATED.findall(text)] if "-" in text else []
    short = _short_words()
    glued = [w for n, unit in _GLUED.findall(text) for w in (n, short.get(unit, unit))] if _DIGIT.search(text) else []
    glued += [n + "000" for n, unit in _GLUED.findall(text) if unit == THOUSAND_SUFFIX] if glued else []
    glued += [w for n in _QUARTER.findall(text) for w in ("quarter", n)] if "q" in text else []
    return " ".join([text, *joined, *glued])


MONTH_NAMES = tuple("january february march april may june july august september october november december".split())
MONTHS_NOT_VERBS = tuple(m for m in MONTH_NAMES if m != "may")  # named alone, "may" is more often the verb
_MONTH_WORD = re.compile(rf"(?:{'|'.join(MONTH_NAMES)}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?", re.I)


def is_month(word: str) -> bool:
    """A month's name or its short form, and nothing else that starts like one.

    >>> is_month("Sept"), is_month("jul"), is_month("December"), is_month("marsh"), is_month("decision")
    (True, True, True, False, False)
    """
    return _MONTH_WORD.fullmatch(word) is not None


MONTH_NUMBERS = {m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR4 = r"((?:19|20)\d\d)"
# Dates as reports and people write them: day, month, year; month, day, year; numbers, day first.
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]*[-/ ][ \t]*{_MON}[ \t]*[-/ ,'][ \t]*((?:19|20)\d\d|\d\d)\b(?![-/.]\d)")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MON}[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?,[ \t]*{_YEAR4}\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d|\d\d)\b(?![./]\d)")
_MONTH_YEAR = re.compile(rf"\b{_MON}(?:[ \t]*[-/'][ \t]*(\d\d)|[ \t]+{_YEAR4})\b(?![-/.]\d|,?[ \t]*(?:19|20)\d\d)")
_FINANCIAL_YEAR = re.compile(r"(?<![\d.])(?:20)?(\d\d)[ \t]*[-/–][ \t]*(?:20)?(\d\d)(?![\d.%])(?![ \t]*(?:years?|yrs?)\b)")  # not ages
# What each of those patterns needs in the text: a digit (all of them), a month's first three
# letters (the three with a month), a dot or slash (numeric dates), a dash or slash (financial years).
_MONTH_START = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


def _date(day: str | int, month: int, year: str) -> str:
    full = year if len(year) == 4 else f"20{year}"
    return f" {int(day)} {MONTH_NAMES[month - 1]} {full} " if day else f" {MONTH_NAMES[month - 1]} {full} "


def canonical_dates(text: str) -> str:
    """A lower-cased text with its dates, months and financial years written one way, so that
    "30 September 2024" finds a column headed "30-Sep-24" and "24-25" finds "2024-25". Days are
    read day first, as UK reports write them.

    >>> canonical_dates("30-sep-24 | 31.3.24 | march 25, 2024 | sept 2024")
    ' 30 september 2024  |  31 march 2024  |  25 march 2024  |  september 2024 '
    >>> canonical_dates("budget 24-25, 2024/25 and 2025-2026")
    'budget 2024-25, 2024-25 and 2025-26'
    >>> canonical_dates("30- 2024, section 2.3.4, 10-12 people, 45.5-46 %, 16-17 year olds")
    '30- 2024, section 2.3.4, 10-12 people, 45.5-46 %, 16-17 year olds'
    >>> canonical_dates("march and may, with no figure"), canonical_dates("31 march")
    ('march and may, with no figure', '31 march')
    """

    def day_month_year(m: re.Match[str]) -> str:
        month = MONTH_NUMBERS[m.group(2)[:3]]
        return _date(m.group(1), month, m.group(3)) if 1 <= int(m.group(1)) <= 31 else m.group(0)

    def numeric(m: re.Match[str]) -> str:
        d, month = int(m.group(1)), int(m.group(2))
        return _date(d, month, m.group(3)) if 1 <= d <= 31 and 1 <= month <= 12 else m.group(0)

    def financial_year(m: re.Match[str]) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        return f"20{a:02d}-{b:02d}" if b == (a + 1) % 100 else m.group(0)

    # A pattern is tried only on a text holding what it needs (checked on the text as the patterns
    # before it left it): most unit texts hold no date, and each pattern scans the whole text.
    if not _DIGIT.search(text):
        return text
    if _MONTH_START.search(text):
        text = _DAY_MONTH_YEAR.sub(day_month_year, text)
        text = _MONTH_DAY_YEAR.sub(lambda m: _date(m.group(2), MONTH_NUMBERS[m.group(1)[:3]], m.group(3)), text)
    if "." in text or "/" in text:
        text = _NUMERIC_DATE.sub(numeric, text)
    if _MONTH_START.search(text):
        text = _MONTH_YEAR.sub(lambda m: _date("", MONTH_NUMBERS[m.group(1)[:3]], m.group(2) or m.group(3)), text)
    if "-" in text or "/" in text or "–" in text:
        text = _FINANCIAL_YEAR.sub(financial_year, text)
    return text


def words(text: str) -> list[str]:
    """Lower-cased words and numbers, thousands separators removed.

    >>> words("PCN's: £1,250,000 for 120 people in self-care")
    ['pcn', 's', '1250000', 'for', '120', 'people', 'in', 'self', 'care', 'selfcare']
    >>> words("10yr PWLB")
    ['10yr', 'pwlb', '10', 'year']
    """
    return _WORD.findall(normalise(text))


def content_words(text: str) -> list[str]:
    """words() that tokenize() keeps, before stemming: no stop words, no single letters.

    >>> content_words("How many people were helped in 2024?")
    ['people', 'helped', '2024']
    """
    drop = stopwords()
    return [w for w in re.findall(TOKEN_PATTERN, normalise(text)) if w not in drop]


def stem(word: str) -> str:
    """Snowball stem, also taking the plural off acronyms ("PCNs" -> "pcn"), which Snowball leaves.

    >>> stem("walking"), stem("pcns"), stem("class")
    ('walk', 'pcn', 'class')
    """
    s = _snowball()(word)
    if s == word and len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[-2].isalpha():
        return word[:-1]
    return s


def _stem_all(tokens: list[str]) -> list[str]:
    return [stem(t) for t in tokens]


def tokenize_all(texts: Sequence[str]) -> list[list[str]]:
    """Stemmed content words of each text, by bm25s.tokenize (the index's tokens, in one call).

    >>> tokenize_all(["How much was invested in Walking Clubs?", "the"])
    [['invest', 'walk', 'club'], []]
    """
    tokens: list[list[str]] = _bm25s().tokenize(
        [normalise(canonical_dates(t.lower())) for t in texts],
        lower=False,
        token_pattern=TOKEN_PATTERN,
        stopwords=stopwords(),
        stemmer=_stem_all,
        return_ids=False,
        show_progress=False,
    )
    return tokens


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    return re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str) -> tuple[str, ...]:
    """One text's tokens as `tokenize_all` makes them (tests/test_values_intent_text.py checks
    that they agree), without bm25s's set-up for each call: the reranker tokenizes dozens of
    units a question the first time it meets them.

    >>> _tokens("How much was invested in Walking Clubs?") == tuple(tokenize_all(["How much was invested in Walking Clubs?"])[0])
    True
    """
    drop = stopwords()
    return tuple(stem(w) for w in _token_re().findall(normalise(canonical_dates(text.lower()))) if w not in drop)


def tokenize(text: str) -> list[str]:
    """Stemmed content words for BM25, as the index was tokenized (cached: bm25s.tokenize costs
    about 0.1 ms a call, most of it setting up its progress bars, and answering tokenizes the
    same unit texts again for every question that sees them).

    >>> tokenize("How much was invested in Walking Clubs?")
    ['invest', 'walk', 'club']
    """
    return list(_tokens(text))


@lru_cache(maxsize=TOKEN_SET_CACHE)
def token_set(text: str) -> frozenset[str]:
    """tokenize() as a set, cached."""
    return frozenset(_tokens(text))


@lru_cache(maxsize=TOKEN_SET_CACHE)
def lines_token_set(first: str, second: str) -> frozenset[str]:
    """token_set(f"{first}\\n{second}"), made from each line's own set: no pattern here reads across
    a line break (their gaps are spaces and tabs), so the union is the same set, and the two lines'
    sets are cached apart. A table's rows share their first line (`Unit.search_text` is the heading
    path, then the row), which is then tokenized once for all of them.

    >>> lines_token_set("Budget 24", "-25 for 1,250 people") == token_set("Budget 24\\n-25 for 1,250 people")
    True
    """
    return token_set(first) | token_set(second)
