"""Spelling: a question word the documents never write, and English does not know, is replaced by
the closest word the documents do write ("acessible" -> "accessible"), and the answer says so.

The vocabulary is the corpus's own words with their counts, stored with the index at build time
(qa/index.py `word_counts`). Candidates come from rapidfuzz's optimal-string-alignment distance (a
swap of two letters is one edit); the nearest wins, then the one the documents use most. Numbers,
short words and words written like acronyms ("ICBs", "SEND") are never touched. The limits (the
shortest word corrected, the length from which two edits are allowed, how common an English word
must be to be left alone) are data in qa/data/spelling.json, fitted by scripts/tune_spelling.py.
Pure functions apart from the lazy loading of the vocabulary and of wordfreq.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa.lexicon import mapping
from qa.text import stem, stopwords

PARAMS = Path(__file__).resolve().parent / "data" / "spelling.json"
# "ppl" -> "people", "hr" -> "hour": general chat short forms and the short words tables glue to figures, as data
INFORMAL: dict[str, str] = {**mapping("short_words"), **mapping("informal_words")}
_LETTERS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class SpellingParams:
    min_length: int = 5  # shorter words are left alone: too many real words lie one edit apart
    long_word: int = 8  # from this length two edits are allowed, below it one
    known_zipf: float = 3.0  # an English word at least this common (wordfreq's Zipf scale) is meant as written...
    commoner_by: float = 99.0  # ...unless the documents' word one edit away is this much commoner ("goverment" 2.7, "government" 5.6)


@dataclass(frozen=True)
class Correction:
    """The question as it will be answered, and each change made to it."""

    text: str
    changes: tuple[tuple[str, str], ...]  # (as typed, as corrected)


@lru_cache(maxsize=1)
def fitted_params(path: Path = PARAMS) -> SpellingParams:
    """The limits fitted by scripts/tune_spelling.py; the defaults above when none are stored."""
    if not path.exists():
        return SpellingParams()
    data = json.loads(path.read_text(encoding="utf-8"))["params"]
    return SpellingParams(int(data["min_length"]), int(data["long_word"]), float(data["known_zipf"]), float(data.get("commoner_by", 99.0)))


def max_distance(word: str, params: SpellingParams) -> int:
    """How many edits a correction of this word may make: 0 (leave it), 1 or 2.

    >>> p = SpellingParams(min_length=5, long_word=8, known_zipf=3.0)
    >>> [max_distance(w, p) for w in ("ple", "suport", "asistive")]
    [0, 1, 2]
    """
    if len(word) < params.min_length:
        return 0
    return 2 if len(word) >= params.long_word else 1


def looks_like_acronym(token: str) -> bool:
    """Written with two or more capitals ("ICBs", "NHS", "MoD"): an abbreviation or a name.

    >>> [looks_like_acronym(t) for t in ("RSGs", "JSS", "Support", "support")]
    [True, True, False, False]
    """
    return sum(c.isupper() for c in token) >= 2


def nearest(word: str, counts: Mapping[str, int], distance: int, choices: list[str] | None = None) -> str | None:
    """The vocabulary word closest to `word` within `distance` edits; ties go to the more frequent,
    then to the alphabetically first. None when nothing is that close.

    >>> counts = {"support": 40, "sport": 2, "report": 9}
    >>> nearest("suport", counts, 1), nearest("suprot", counts, 1), nearest("suprot", counts, 2), nearest("xyz", counts, 1)
    ('support', None, 'support', None)
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if distance <= 0:
        return None
    found = process.extract(word, choices if choices is not None else list(counts), scorer=OSA.distance, score_cutoff=distance, limit=None)
    ranked = sorted((d, -counts.get(c, 0), c) for c, d, _ in found if c != word)
    return ranked[0][2] if ranked else None


COMPLETION_EXTRA = 3  # a word cut short lacks at least this many letters of the documents' word


def completion(word: str, counts: Mapping[str, int], choices: list[str]) -> str | None:
    """The documents' most frequent word that starts with `word` and is COMPLETION_EXTRA or more
    letters longer: "refurb" written out as the documents write it.

    >>> completion("refurb", {"refurbishment": 3, "refurbished": 1, "budget": 9}, ["refurbishment", "refurbished", "budget"])
    'refurbishment'
    >>> completion("budge", {"budget": 9}, ["budget"]) is None
    True
    """
    found = [w for w in choices if w.startswith(word) and len(w) >= len(word) + COMPLETION_EXTRA and w.isalpha()]
    return max(found, key=lambda w: (counts[w], w)) if found else None


def english_zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 0 unknown, 3 uncommon, 6 everyday)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 0.0
    return float(zipf_frequency(word, "en"))


def match_case(word: str, like: str) -> str:
    """`word` written with the capital `like` starts with.

    >>> match_case("accessible", "Acessible"), match_case("accessible", "acessible")
    ('Accessible', 'accessible')
    """
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def correct_text(question: str, suggest: Callable[[str], str | None]) -> Correction | None:
    """The question with every word `suggest` (given the word as typed) corrects replaced, keeping
    its capital. Only whole runs of letters are offered: no part of "peóple", "covid19" or "2x4".

    >>> fixes = {"acessible": "accessible", "suport": "support", "caf": "cafe", "x": "y"}
    >>> correct_text("Acessible transport, suport?", lambda w: fixes.get(w.lower()))
    Correction(text='Accessible transport, support?', changes=(('Acessible', 'Accessible'), ('suport', 'support')))
    >>> correct_text("caf\\u00e9 2x4", lambda w: fixes.get(w.lower())) is None
    True
    """
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    last = 0
    for m in _LETTERS.finditer(question):
        before = question[m.start() - 1] if m.start() > 0 else " "
        after = question[m.end()] if m.end() < len(question) else " "
        if before.isalnum() or after.isalnum():
            continue
        typed = m.group(0)
        fixed = suggest(typed)
        if fixed is None or fixed == typed.lower():
            continue
        fixed = match_case(fixed, typed)
        out.append(question[last : m.start()] + fixed)
        last = m.end()
        changes.append((typed, fixed))
    if not changes:
        return None
    return Correction("".join(out) + question[last:], tuple(changes))


def worth_saying(correction: Correction) -> bool:
    """Whether a correction changed more than apostrophes ("whats" read as "what's" is not worth a
    "Showing results for" line above the answer).

    >>> worth_saying(Correction("what's the rate", (("whats", "what's"),))), worth_saying(Correction("the support", (("suport", "support"),)))
    (False, True)
    """
    return any(typed.lower() != re.sub(r"['’]", "", fixed).lower() for typed, fixed in correction.changes)


def showing_results_for(corrected: str) -> str:
    """The line shown above an answer to a corrected question.

    >>> showing_results_for("accessible transport")
    'Showing results for “accessible transport”.'
    """
    return f"Showing results for “{corrected}”."


class Speller:
    """Corrects questions against one index's vocabulary. The vocabulary is decoded once, for the
    first word long enough to doubt; wordfreq only about words the documents never write but one edit from one they do."""

    def __init__(
        self,
        counts: Callable[[], Mapping[str, int]],
        *,
        protected: frozenset[str] = frozenset(),
        params: SpellingParams | None = None,
        zipf: Callable[[str], float] = english_zipf,
    ) -> None:
        self._counts_of = counts
        self._counts: Mapping[str, int] | None = None
        self._choices: list[str] = []
        self._lock = threading.Lock()
        self.protected = protected  # abbreviations the glossary or the corpus defines, lower-case
        self.params = params or fitted_params()
        self._zipf = zipf

    def _vocabulary(self) -> tuple[Mapping[str, int], list[str]]:
        with self._lock:
            if self._counts is None:
                counts = self._counts_of()
                self._choices = [w for w in counts if len(w) >= 3]
                self._counts = counts
            return self._counts, self._choices

    def suggest(self, word: str) -> str | None:
        """The correction of one lower-case word, or None to leave it as typed: an informal short
        form the documents never write is written out ("ppl" -> "people"), else a misspelling is
        corrected."""
        written_out = INFORMAL.get(word)
        if written_out is not None and word not in self.protected:
            counts, _ = self._vocabulary()
            return written_out if word not in counts else None
        distance = max_distance(word, self.params)
        if not distance or not word.isalpha() or word in self.protected:
            return None
        counts, choices = self._vocabulary()
        if word in counts:
            return None
        # wordfreq takes a fifth of a second to load: asked only when there is a candidate.
        candidate = nearest(word, counts, distance, choices)
        if candidate is None:
            # "refurb", "accom": the start of the documents' word, cut short as people write it
            completed = completion(word, counts, choices)
            return completed if completed is not None and self._zipf(word) < self.params.known_zipf else None
        typed = self._zipf(word)
        if typed >= self.params.known_zipf and self._zipf(candidate) - typed < self.params.commoner_by:
            return None  # a real word, meant as written
        return candidate

    def everyday(self, word: str) -> bool:
        """A common English word (wordfreq), which a writer means as written."""
        return self._zipf(word) >= self.params.known_zipf

    def meant_whole(self, word: str) -> bool:
        """An English word common enough to be meant as written rather than as the start of a longer
        one ("stand", Zipf 5.1, not "standardisation"; but "ortho", 2.8, is short for "orthopaedics")."""
        return self._zipf(word) >= SHORTHAND_ZIPF

    def knows(self, word: str) -> bool:
        """A lower-case word the documents write, or an abbreviation the glossary or corpus defines."""
        return word in self.protected or word in self._vocabulary()[0]

    def writes(self, word: str) -> bool:
        """A lower-case word the documents write (an abbreviation only the glossary knows is not)."""
        return word in self._vocabulary()[0]

    def correct(self, question: str) -> Correction | None:
        """The question with its misspelt words corrected, or None when none is."""
        return correct_text(question, lambda typed: None if looks_like_acronym(typed) else self.suggest(typed.lower()))


SHORTHAND_MIN = 3  # letters a shortened word keeps ("res", "cat")
# An English word at least this common is meant whole, not as the start of a longer word. Chosen on
# the tuning material from 2.5 (the speller's known_zipf), 3.0, 3.5 and 4.0: each above 2.5 gained
# one question and lost none; the lowest is kept.
SHORTHAND_ZIPF = 3.0
SHORTHAND_EXTRA = 2  # letters at least the documents' word has beyond it
_WORD_AT = re.compile(r"[A-Za-z]+|\d+")
_GLUED = re.compile(rf"\b([A-Za-z]{{{SHORTHAND_MIN},}})(\d+)\b")  # "cat1": a word and a number written together


def shorthand(
    question: str, texts: list[str], known: Callable[[str], bool], everyday: Callable[[str], bool] = lambda w: False
) -> Correction | None:
    """The question with each word the documents never write that, beside the same neighbour, is the
    start of a word in the evidence found for it (`texts`), written out as there: "res care" where
    the evidence says "Residential care", "cat1" where it says "Category 1". Of two words in the
    evidence that fit, none is chosen. A word of four letters or more that starts exactly one
    word of the evidence needs no neighbour ("angio" for "angiography"), unless it is an
    `everyday` English word, meant as written ("what does X stand for" is not "standardisation").

    >>> texts = ["Measure: Category 1 mean | Residential care homes", "Residential respite"]
    >>> shorthand("older people in res care at q2", texts, lambda w: w != "res").text
    'older people in residential care at q2'
    >>> shorthand("what was the cat1 90th centile", texts, lambda w: w not in ("cat", "cat1")).text
    'what was the category 1 90th centile'
    >>> shorthand("the res budget", texts, lambda w: w != "res") is None  # "residential" beside "budget" nowhere
    True
    >>> shorthand("mmr2 coverage at 5", ["MMR dose 2 at 5 years"], lambda w: w != "mmr2").text
    'mmr 2 coverage at 5'
    >>> shorthand("waits for an echo", ["Echocardiography waits"], lambda w: w != "echo").text
    'waits for an echocardiography'
    >>> shorthand("what does it stand for", ["Data standardisation"], lambda w: w != "stand", lambda w: w == "stand") is None
    True
    >>> shorthand("is it ring-fenced", ["It is ringfenced"], lambda w: w != "ring") is None
    True
    >>> shorthand("what are the committee recs", ["The committee recommendations are"], lambda w: w != "recs").text
    'what are the committee recommendations'
    """
    changes: list[tuple[str, str]] = []

    def unglued(m: re.Match[str]) -> str:
        if not known(m.group(1).lower()):
            return f"{m.group(1)} {m.group(2)}"  # "cat1": a word cut short, written out below
        if known(m.group(0).lower()) or not re.fullmatch(r"[1-9]", m.group(2)):
            return m.group(0)  # "ABC03", "covid19": a code or a name as the documents write it
        changes.append((m.group(0), f"{m.group(1)} {m.group(2)}"))  # "mmr2": a word the documents write, and its number
        return f"{m.group(1)} {m.group(2)}"

    spaced = _GLUED.sub(unglued, question)
    said = [[w.lower() for w in _WORD_AT.findall(t)] for t in texts]
    words = [(m.group(0), m.start(), m.end()) for m in _WORD_AT.finditer(spaced)]
    out, last = [], 0
    common = stopwords() | {""}  # "in", "the": no neighbour to tell a word by
    for i, (typed, start, end) in enumerate(words):
        w = typed.lower()
        if len(w) < SHORTHAND_MIN or not w.isalpha() or looks_like_acronym(typed) or known(w):
            continue
        if (start and spaced[start - 1] in "-'’") or spaced[end : end + 1] in ("-", "'", "’"):
            continue  # part of a word written with a hyphen ("ring-fenced") or an apostrophe
        before = words[i - 1][0].lower() if i else ""
        after = words[i + 1][0].lower() if i + 1 < len(words) else ""
        beside, alone = set(), set()
        cut = w[:-1] if w.endswith("s") and len(w) > SHORTHAND_MIN else w  # "recs", "apps": a plural cut short
        for ws in said:
            for j, x in enumerate(ws):
                if x.startswith(cut) and len(x) >= len(cut) + SHORTHAND_EXTRA and x.isalpha() and (cut == w or x.endswith("s")):
                    alone.add(x)
                    if (after not in common and j + 1 < len(ws) and ws[j + 1] == after) or (
                        before not in common and j and ws[j - 1] == before
                    ):
                        beside.add(x)
        found = beside if beside else (alone if len(w) >= SHORTHAND_MIN + 1 and not everyday(w) else set())
        if len(found) != 1:
            continue
        full = found.pop()
        out.append(spaced[last:start] + full)
        last = end
        changes.append((typed, full))
    if not changes:
        return None
    return Correction("".join(out) + spaced[last:], tuple(changes))


INITIALISM_LETTERS = (2, 5)  # a short form spelt by initials has this many letters ("fsp", "ifa")
_JOINERS = frozenset({"and", "of", "&", "the", "for", "in", "on", "to"})  # small words an initialism skips
_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|&")


def spelt_by(initials: str, words: list[str], start: int, capitals: bool) -> int:
    """Where a run of words from `start` whose initials spell `initials` ends (small joining words
    inside it skipped), or -1 when they do not; with `capitals`, each counted word is capitalised.

    >>> ws = "by Family Support and Protection South".split()
    >>> spelt_by("fsp", ws, 1, True), spelt_by("fsp", ws, 0, True), spelt_by("fs", ws, 1, True)
    (5, -1, 3)
    """
    at, k = start, 0
    while k < len(initials) and at < len(words):
        word = words[at]
        if k and word.lower() in _JOINERS:
            at += 1
            continue
        if word.lower() in _JOINERS or word[0].lower() != initials[k] or (capitals and not word[0].isupper()):
            return -1
        k, at = k + 1, at + 1
    return at if k == len(initials) else -1


def initialism(question: str, texts: list[str], known: Callable[[str], bool]) -> Correction | None:
    """The question with each short word the documents never write that spells the initials of
    exactly one run of words in the evidence found for it (`texts`), written out as there: "fsp"
    where the evidence says "Family Support and Protection". Typed in lower case, the run's words
    must be capitalised; typed in capitals ("IFA"), any run of words spells it.

    >>> texts = ["Team: Family Support and Protection – South | Agency rate", "Independent fostering agency placements", "independent fostering agencies"]
    >>> initialism("agency rate in the fsp south team", texts, lambda w: False).text
    'agency rate in the Family Support and Protection south team'
    >>> initialism("how many IFA placements", texts, lambda w: False).text
    'how many Independent fostering agency placements'
    >>> initialism("how many ifa placements", texts, lambda w: False) is None
    True
    """
    low, high = INITIALISM_LETTERS
    said = [_PHRASE_WORD.findall(t) for t in texts]
    out, last, changes = [], 0, []
    for m in re.finditer(r"[A-Za-z]+", question):
        typed = m.group(0)
        if not low <= len(typed) <= high or known(typed.lower()) or typed.lower() in stopwords():
            continue
        capitals = not typed.isupper()
        found: dict[str, str] = {}
        for ws in said:
            for i in range(len(ws)):
                end = spelt_by(typed.lower(), ws, i, capitals)
                if end > 0:
                    phrase = " ".join(ws[i:end])
                    found.setdefault(" ".join(stem(w.lower()) for w in ws[i:end]), phrase)  # "agency" and "agencies" are one
        if len(found) != 1:
            continue
        full = next(iter(found.values()))
        out.append(question[last : m.start()] + full)
        last = m.end()
        changes.append((typed, full))
    if not changes:
        return None
    return Correction("".join(out) + question[last:], tuple(changes))
