"""Small text utilities shared by retrieval and answering. Pure functions."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset(
    """a about above after again all am an and any are as at be been being below between both but by can
    could did do does doing down during each few for from further had has have having he her here hers
    him his how i if in into is it its itself just me more most my no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours also per via any much many""".split()
)

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_GLUED = re.compile(r"\b(\d+)([a-z]+)\b")  # "10yr", "3mths": a figure with its unit word


@lru_cache(maxsize=1)
def _short_words() -> dict[str, str]:
    from qa.lexicon import mapping

    return mapping("short_words")


@lru_cache(maxsize=1)
def _stemmer():
    try:
        import Stemmer

        return Stemmer.Stemmer("english").stemWord
    except ImportError:  # the tokenizer still works, with plural-stripping only
        return lambda w: w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def words(text: str) -> list[str]:
    """Lower-cased words and numbers, thousands separators removed.

    >>> words("PCN's: £1,250,000 for 120 people in self-care")
    ['pcn', 's', '1250000', 'for', '120', 'people', 'in', 'self', 'care', 'selfcare']
    >>> words("10yr PWLB")
    ['10yr', 'pwlb', '10', 'year']
    """
    text = _THOUSANDS.sub("", text.lower())
    # "co-ordination" is also written "coordination": index the joined form beside the parts.
    joined = [a + b for a, b in _HYPHENATED.findall(text)]
    short = _short_words()
    glued = [w for n, unit in _GLUED.findall(text) for w in (n, short.get(unit, unit))]
    return _WORD.findall(text) + joined + glued


def tokenize(text: str) -> list[str]:
    """Stemmed content words for BM25.

    >>> tokenize("How much was invested in Walking Clubs?")
    ['invest', 'walk', 'club']
    """
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


@lru_cache(maxsize=200_000)
def token_set(text: str) -> frozenset[str]:
    """tokenize() as a set, cached: unit texts are tokenized again for every question that sees them."""
    return frozenset(tokenize(text))


def stem(word: str) -> str:
    """Snowball stem, also taking the plural off acronyms ("PCNs" -> "pcn"), which Snowball leaves."""
    s = _stemmer()(word)
    if s == word and len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[-2].isalpha():
        return word[:-1]
    return s
