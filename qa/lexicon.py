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
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def glossary() -> dict[str, str]:
    """Lower-case abbreviation -> expansion, from the general glossary."""
    return {k: v for k, v in _load("glossary.json").items() if not k.startswith("_")}


def message(key: str) -> str:
    """A sentence the product says in its own words (messages.json)."""
    return str(_load("messages.json")[key])


def words(key: str) -> list[str]:
    """A word list of the report vocabulary (lexicon.json)."""
    return list(_load("lexicon.json")[key])


def thresholds(name: str) -> dict[str, float]:
    """Fitted thresholds kept as data (qa/data/<name>.json), their notes left out."""
    return {k: float(v) for k, v in _load(f"{name}.json").items() if isinstance(v, (int, float))}


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
    >>> long_form("JSCS", "priorities of the Joint Skills and Careers Strategy")
    'Joint Skills and Careers Strategy'
    >>> long_form("XYZ", "nothing like it") is None
    True
    """
    key = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    tokens = before.split()[-(min(len(key) + 5, len(key) * 2) + 2) :]
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


_SHORT_THEN_LONG = re.compile(r"(?<![\w&])([A-Z][A-Za-z0-9&]{1,9})\s+\(([^()]{5,80})\)")


def written_after(short: str, inside: str) -> str | None:
    """The long form of "SF (Long Form)": the whole bracket, when its words' letters spell the short form.

    >>> written_after("LOBO", "Lender’s Option Borrower’s Option"), written_after("PWLB", "see below")
    ('Lender’s Option Borrower’s Option', None)
    """
    inside = inside.strip()
    return inside if long_form(short, inside) == inside else None


def _definitions_in(text: str) -> list[tuple[str, str]]:
    """(short form, long form) pairs a text defines, either way round.

    >>> _definitions_in("the Medium Term Financial Strategy (MTFS) and LOBO (Lender’s Option Borrower’s Option) loans")
    [('MTFS', 'Medium Term Financial Strategy'), ('LOBO', 'Lender’s Option Borrower’s Option')]
    """
    pairs = [(m.start(), m.group(1), long_form(m.group(1), text[: m.start()])) for m in _PAREN.finditer(text)]
    pairs += [(m.start(), m.group(1), written_after(m.group(1), m.group(2))) for m in _SHORT_THEN_LONG.finditer(text)]
    return [(short, long) for _, short, long in sorted(pairs, key=lambda p: p[0]) if long and sum(ch.isupper() for ch in short) >= 2]


def mine_definitions(texts: list[str]) -> dict[str, str]:
    """Abbreviations the texts define as "Long Form (SF)" or "SF (Long Form)", lower-case short
    form -> long form. A short form defined two ways is kept only when the ways differ in one word
    at most ("Concessionary Transport Scheme", "Concessionary Travel Scheme": one thing, named as
    most texts name it); defined as two different things, it is left out.

    >>> mine_definitions(["the Concessionary Transport Scheme (CTS) rate", "Concessionary Travel Scheme (CTS) levels", "CTS: Concessionary Transport Scheme (CTS)"])
    {'cts': 'Concessionary Transport Scheme'}
    >>> mine_definitions(["Asset Management (AM)", "Annual Meeting (AM)"])
    {}
    """
    found: dict[str, dict[str, int]] = {}
    for text in texts:
        for short, long in _definitions_in(text):
            key = (short[:-1] if short.endswith("s") and short[:-1].isupper() else short).lower()
            ways = found.setdefault(key, {})
            ways[long] = ways.get(long, 0) + 1
    out = {}
    for key, ways in found.items():
        named = sorted(ways, key=lambda w: -ways[w])  # most often first; the first seen on a tie
        first = set(named[0].lower().split())
        if all(len(first ^ set(w.lower().split())) <= 2 for w in named[1:]):
            out[key] = named[0]
    return out


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][a-z]+){1,5}")
_SHORT_FORM = re.compile(r"\b[A-Z][A-Z0-9&]{1,5}\b")


def phrase_initials(texts: list[str]) -> dict[str, str]:
    """Short forms the texts use in capitals without defining them, written out by the one
    capitalised phrase of the same texts whose initials they are ("AM" -> "Asset Management").

    >>> phrase_initials(["Improving Asset Management access", "A new approach to AM"])
    {'am': 'Asset Management'}
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


# -- abbreviations written out in answers (plain language, issue 10) ----------------------------
# A short form as written in an answer: capitals, digits and "&" ("UK", "R&D", "Q4"), then a
# plural or possessive ending ("MPs", "MP's").
_SHORT_IN_TEXT = re.compile(r"(?<![\w&])([A-Z][A-Z0-9&]*[A-Z0-9])(s|['’]s)?(?![\w&])")


def _plain_language() -> dict[str, Any]:
    return _load("plain_language.json")


def long_forms_to_show(defined: dict[str, str]) -> dict[str, str]:
    """The long forms answers spell out: the corpus's definitions (`defined`), then the general
    glossary (see written_out); never for abbreviations readers know better than their long forms."""
    known = set(_plain_language()["well_known"])
    return {k: v for k, v in written_out(defined, glossary()).items() if k not in known}


def written_out(defined: dict[str, str], general: dict[str, str]) -> dict[str, str]:
    """The long form to show for each short form: the corpus's own, as the corpus writes it; else
    the general glossary's, with capitals where its words' initials spell the short form (then it
    is a name), any word that is itself a known short form in capitals, and otherwise as written.

    >>> written_out({"pcn": "Primary Care Networks"}, {"pcn": "primary care network", "nhs": "national health service",
    ...     "nhse": "nhs england", "a&e": "accident and emergency", "dfe": "department for education", "fte": "full time equivalent staff"})
    {'pcn': 'Primary Care Networks', 'nhs': 'National Health Service', 'nhse': 'NHS England', 'a&e': 'Accident and Emergency', 'dfe': 'Department for Education', 'fte': 'full time equivalent staff'}
    """
    small = set(_plain_language()["function_words"])
    out = {}
    for short, long in general.items():
        words = long.split()
        initials = {"".join(w if w in general else "" if w in small and skip else w[0] for w in words) for skip in (True, False)}
        if "".join(c for c in short if c.isalpha()) in initials:
            words = [w.upper() if w in general else w if w in small else w[:1].upper() + w[1:] for w in words]
        out[short] = " ".join(words)
    return {**out, **defined}


def spell_out(text: str, long_forms: dict[str, str]) -> str:
    """`text` with each abbreviation it uses written out in brackets after its first use, for a
    reader who does not know it: "PCN's (Primary Care Networks)". Only short forms in
    `long_forms` are touched (see long_forms_to_show), never one whose long form the text already holds, one already followed by a bracket, one right after a figure (a time or a unit:
    "10 AM"), or a long form holding a figure; inside a
    quotation the insertion is in square brackets, the editor's mark. Nothing else changes, so
    every figure of the text is still there, in the same order.

    >>> long_forms = {"pcn": "Primary Care Networks", "a&e": "Accident and Emergency", "mtfs": "Medium Term Financial Strategy"}
    >>> spell_out("PCN's — A&E Investment 24-25: £1,250,000 [1].", long_forms)
    "PCN's (Primary Care Networks) — A&E (Accident and Emergency) Investment 24-25: £1,250,000 [1]."
    >>> spell_out("“The Medium Term Financial Strategy (MTFS) funds PCNs; PCNs help.” [1]", long_forms)
    '“The Medium Term Financial Strategy (MTFS) funds PCNs [Primary Care Networks]; PCNs help.” [1]'
    """
    seen: set[str] = set()
    lowered = text.lower()

    def quoted(at: int) -> bool:
        return text.rfind("“", 0, at) > text.rfind("”", 0, at)

    def sub(m: re.Match[str]) -> str:
        short = m.group(1).lower()
        long = long_forms.get(short)
        if long is None or short in seen or any(c.isdigit() for c in long):
            return m.group(0)
        seen.add(short)
        stem = long.lower().removesuffix("s")
        after_figure = text[: m.start()].rstrip()[-1:].isdigit()
        if stem in lowered or after_figure or text[m.end() :].lstrip().startswith(("(", "[")):
            return m.group(0)
        return f"{m.group(0)} [{long}]" if quoted(m.start()) else f"{m.group(0)} ({long})"

    return _SHORT_IN_TEXT.sub(sub, text)
