"""Abbreviations used in NHS and council papers, and their expansions.

Added to the searched text of a unit (and to a question) that uses the short form, so a question
about "minimum revenue provision" finds a row named "MRP" and "PCNs" finds "Primary Care
Networks". Never shown as an answer: the chat only writes a long form out beside an abbreviation
its answer uses (qa/lexicon.py spell_out).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qa.lexicon import glossary
from qa.types import Unit

ABBREVIATIONS: dict[str, str] = glossary()

_TOKEN = re.compile(r"[A-Za-z0-9&]+(?:'s)?")


def expansions(text: str, defined: dict[str, str] | None = None) -> str:
    """The expansions of the abbreviations a text uses, written in capitals or as a plural.

    >>> expansions("MRP charges and PCN's")
    'minimum revenue provision primary care network'
    """
    found: list[str] = []
    for raw in _TOKEN.findall(text):
        word = raw[:-2] if raw.endswith("'s") else raw
        # Short forms are written in capitals ("ABC", "XYZ's"); a lower-case "am" is just a word.
        if not any(c.isupper() for c in word[:2]):
            continue
        known = {**ABBREVIATIONS, **(defined or {})}
        key = word.lower()
        if key not in known and key.endswith("s"):
            key = key[:-1]
        if key in known and known[key].lower() not in found:
            found.append(known[key].lower())
    return " ".join(found)


def initials(name: str) -> str:
    """The acronym of a name's leading capitalised words.

    >>> initials("Royal Voluntary Service discharge support")
    'rvs'
    """
    letters = []
    for word in re.findall(r"[A-Za-z][A-Za-z'’]*", name):
        if not word[0].isupper():
            break
        letters.append(word[0].lower())
    return "".join(letters) if len(letters) >= 2 else ""


def name_initials(name: str) -> list[str]:
    """`initials` of a name, and of the name after a first word that is itself a short form
    written with two capitals or more ("MoD Employer Recognition Scheme" is also "ERS").

    >>> name_initials("2.3 MoD Employer Recognition Scheme"), name_initials("Royal Voluntary Service")
    (['mers', 'ers'], ['rvs'])
    """
    keys = [initials(name)]
    first = re.search(r"[A-Za-z][A-Za-z'’]*", name)
    if first and sum(c.isupper() for c in first.group(0)) >= 2:
        keys.append(initials(name[first.end() :]))
    return [k for k in keys if k]


def acronym_map(names: list[str]) -> dict[str, str]:
    """Acronyms people may type for names in the corpus ("RVS" -> "Royal Voluntary Service ...").
    An acronym shared by two different names is left out: it would be a guess."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for name in names:
        for key in name_initials(name):
            if key in ABBREVIATIONS:
                continue
            if key in found and found[key] != name:
                clashes.add(key)
            found.setdefault(key, name)
    return {k: v for k, v in found.items() if k not in clashes}


def spells_out(unit: Unit) -> bool:
    """Whether a table row only spells out a short form: its label is the initials of another of
    its cells (a glossary's "TSB | Tenant Support Board"). Such a row says what the letters
    stand for and nothing of the thing itself.

    >>> row = lambda *cells: Unit(id="g", doc="d", kind="row", text="", cells=cells, row=cells[0])
    >>> spells_out(row("TSB", "Tenant Support Board")), spells_out(row("Oak Ward", "Acute", "92%"))
    (True, False)
    """
    if unit.kind != "row" or len(unit.cells) < 2:
        return False
    label = unit.cells[unit.label_col].strip() if unit.label_col < len(unit.cells) else unit.row
    key = _acronym_key(label)
    return bool(re.fullmatch(r"[A-Za-z&]{2,8}s?", label)) and any(
        key in name_initials(c) for i, c in enumerate(unit.cells) if i != unit.label_col
    )


def _acronym_key(word: str) -> str:
    """ "MOUs" -> "mou"; "rvs" -> "rvs" (a lower-case plural cannot be told from initials ending in s)."""
    return word[:-1].lower() if word.endswith("s") and word[:-1].isupper() else word.lower()


def acronym_singulars(question: str) -> str:
    """The question with each abbreviation written in the plural made singular ("MOUs" -> "MOU"),
    as the documents' "MOU's" and "MOU" are searched and matched.

    >>> acronym_singulars("what pilots have happened in MOUs and RSGs"), acronym_singulars("Is it Yes or No?")
    ('what pilots have happened in MOU and RSG', 'Is it Yes or No?')
    """
    return re.sub(r"\b([A-Z]{2,})s\b", r"\1", question)


def expand_acronyms(question: str, known: dict[str, str], vocabulary: Collection[str]) -> str:
    """Names for the short words of a question that abbreviate a corpus name the corpus itself
    never abbreviates (`typed_acronyms`)."""
    return " ".join(known[key] for _, key in typed_acronyms(question, known, vocabulary))


def replace_acronyms(question: str, known: dict[str, str], vocabulary: Collection[str]) -> str:
    """The question with such acronyms written out ("RVS funding" -> "Royal Voluntary Service ... funding").

    >>> replace_acronyms("RVS funding", {"rvs": "Royal Voluntary Service"}, set())
    'Royal Voluntary Service funding'
    """
    for typed, key in typed_acronyms(question, known, vocabulary):
        question = re.sub(rf"\b{re.escape(typed)}\b", known[key], question)
    return question


MAX_ACRONYM_ZIPF = (
    3.0  # as the speller's known_zipf: a lower-case word this common in English is a word ("bus", "dom"), not initials ("xkq": 0.0)
)


def typed_acronyms(question: str, known: dict[str, str], vocabulary: Collection[str]) -> list[tuple[str, str]]:
    """(word as typed, acronym key) for each word of the question that is the initials of a corpus
    name the corpus never writes as such: in capitals ("RVS", "MOUs"), or in lower case when it is
    no English word ("rvs").

    >>> typed_acronyms("what does the rvs do and the RVS?", {"rvs": "Royal Voluntary Service"}, set())
    [('rvs', 'rvs'), ('RVS', 'rvs')]
    >>> typed_acronyms("bus pass funding", {"bus": "Brand Unit Scheme"}, set())
    []
    """
    out = []
    for word in dict.fromkeys(re.findall(r"\b[A-Za-z]{2,6}\b", question)):
        key = _acronym_key(word)
        if key not in known or key in vocabulary:
            continue
        if word.isupper() or (word[:-1].isupper() and word.endswith("s")) or (word.islower() and _rare_in_english(word)):
            out.append((word, key))
    return out


def _rare_in_english(word: str) -> bool:
    from qa.spelling import english_zipf

    return english_zipf(word) < MAX_ACRONYM_ZIPF
