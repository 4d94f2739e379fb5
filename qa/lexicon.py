"""Lexical knowledge as data: the general glossary and report vocabulary shipped in qa/data/, and
abbreviations the corpus defines itself ("Medium Term Financial Strategy (MTFS)"), mined at build time.

Nothing here names a document's rows or headers; the files say where their words come from.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def glossary() -> dict[str, str]:
    """Lower-case abbreviation -> expansion, from the general glossary."""
    return {k: v for k, v in _load("glossary.json").items() if not k.startswith("_")}


def words(key: str) -> list[str]:
    """A word list of the report vocabulary (lexicon.json)."""
    return list(_load("lexicon.json")[key])


def mapping(key: str) -> dict[str, str]:
    """A word-to-word table of the report vocabulary (lexicon.json), its notes left out."""
    return {k: str(v) for k, v in _load("lexicon.json")[key].items() if not k.startswith("_")}


def synonyms(key: str) -> dict[str, frozenset[str]]:
    table = _load("lexicon.json")[key]
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


def pattern(key: str, *, whole_words: bool = False) -> re.Pattern[str]:
    """A case-insensitive pattern matching any word of a list (as a prefix unless `whole_words`)."""
    alternatives = "|".join(w if "\\" in w else re.escape(w) for w in words(key))
    return re.compile(rf"\b(?:{alternatives})\b" if whole_words else rf"(?:{alternatives})", re.I)


def fingerprint() -> str:
    """Changes when the shipped vocabulary does, so that an index built with other words is stale."""
    h = hashlib.sha256()
    for name in ("glossary.json", "lexicon.json"):
        h.update((DATA / name).read_bytes())
    return h.hexdigest()[:16]


# -- definitions mined from the corpus (Schwartz & Hearst, 2003) -------------------------------
_PAREN = re.compile(r"\(([A-Za-z][A-Za-z0-9&]{1,9}s?)\)")


def long_form(short: str, before: str) -> str | None:
    """The long form a short form abbreviates, found in the words just before it: every letter of
    the short form matched right to left, the first at the start of a word (Schwartz & Hearst).

    >>> long_form("MTFS", "set out in the Medium Term Financial Strategy")
    'Medium Term Financial Strategy'
    >>> long_form("JHWS", "priorities of the Joint Health and Wellbeing Strategy")
    'Joint Health and Wellbeing Strategy'
    >>> long_form("XYZ", "nothing like it") is None
    True
    """
    key = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    tokens = before.split()[-(min(len(key) + 5, len(key) * 2) + 2):]
    text = " ".join(tokens)
    s, l = len(key) - 1, len(text) - 1
    while s >= 0:
        c = key[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (text[l].lower() != c or (s == 0 and l > 0 and text[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = text.rfind(" ", 0, l + 1) + 1
    found = text[start:].strip(" ,;:-–")
    if len(found.split()) < 2 or found.lower() == key.lower() or not found[:1].isalpha():
        return None
    return found


def mine_definitions(texts: list[str]) -> dict[str, str]:
    """Abbreviations the texts define as "Long Form (SF)", lower-case short form -> long form.
    A short form defined two different ways is left out."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        for m in _PAREN.finditer(text):
            short = m.group(1)
            if sum(ch.isupper() for ch in short) < 2:
                continue
            long = long_form(short, text[: m.start()])
            if long is None:
                continue
            key = (short[:-1] if short.endswith("s") and short[:-1].isupper() else short).lower()
            if key in found and found[key].lower() != long.lower():
                clashes.add(key)
            found.setdefault(key, long)
    return {k: v for k, v in found.items() if k not in clashes}


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][a-z]+){1,5}")
_SHORT_FORM = re.compile(r"\b[A-Z][A-Z0-9&]{1,5}\b")


def phrase_initials(texts: list[str]) -> dict[str, str]:
    """Short forms the texts use in capitals without defining them, written out by the one
    capitalised phrase of the same texts whose initials they are ("AM" -> "Anticipatory Medication").

    >>> phrase_initials(["Improving Anticipatory Medication access", "A new approach to AM"])
    {'am': 'Anticipatory Medication'}
    """
    used = {m.group(0).lower() for t in texts for m in _SHORT_FORM.finditer(t)}
    found: dict[str, set[str]] = {}
    for t in texts:
        for m in _CAPITALISED_RUN.finditer(t):
            words = [w for w in m.group(0).split() if w[0].isupper()]
            for start in range(len(words) - 1):
                for end in range(start + 2, len(words) + 1):
                    key = "".join(w[0] for w in words[start:end]).lower()
                    if key in used:
                        phrase = re.search(r"\b" + r"\W+(?:and\W+|of\W+|&\W+)?".join(map(re.escape, words[start:end])) + r"\b", m.group(0))
                        if phrase:
                            found.setdefault(key, set()).add(phrase.group(0))
    return {k: next(iter(v)) for k, v in found.items() if len({p.lower() for p in v}) == 1}


def corpus_abbreviations(texts: list[str]) -> dict[str, str]:
    """Abbreviations the corpus writes out itself: defined in brackets, or by a phrase's initials."""
    return {**phrase_initials(texts), **mine_definitions(texts)}
