"""Yes/no questions ("did admissions go down in 24-25?"): "Yes" or "No" with the sentence that
decides it, or None (the caller then quotes the evidence without a verdict).

The verdict compares the question's claim with the best sentence: a change in the opposite
direction, a negation the question lacks, a thing still to happen when the question asks whether it
has happened, or a different year, each make it "No"; a sentence that carries the whole claim
makes it "Yes".
"""

from __future__ import annotations

import re

from qa.draft import Draft, best_sentences
from qa.lexicon import thresholds, words
from qa.relevance import Evidence, coverage
from qa.types import Hit

RISE = frozenset(words("rise_words"))
FALL = frozenset(words("fall_words"))
PENDING = frozenset(words("pending_words"))
NEGATION = frozenset(words("negation_words"))
SUPPORT = thresholds("forms")["support"]  # share of the question's subject the deciding unit must carry for a verdict
_DONE = re.compile(r"^\s*(?:has|have|had|did|was|were)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower().replace("n't", " not")))


def direction(text: str) -> int:
    """+1 for a rise, -1 for a fall, 0 for neither or both.

    >>> direction("Admissions continued to increase"), direction("did admissions go down"), direction("no change")
    (1, -1, 0)
    """
    w = _words(text)
    return (bool(w & RISE)) - (bool(w & FALL))


def verdict(question: str, sentence: str) -> str | None:
    """'no' when the sentence contradicts the question's claim, 'yes' when nothing does, None
    when the sentence cannot decide (it names neither the claim's direction nor its time).

    >>> verdict("did hospital admissions go down in 24-25", "Admissions into hospitals continued to increase in 24-25")
    'no'
    >>> verdict("has the strategy been signed off already", "The strategy is in draft with final sign off due July 2025")
    'no'
    >>> verdict("was it approved in 2021", "The strategy was approved in February 2022")
    'no'
    >>> verdict("is access still a problem", "Access is not a problem")
    'no'
    >>> verdict("was the strategy approved in 2022", "The strategy was approved in February 2022")
    'yes'
    >>> verdict("did investment income go up", "The Council holds significant invested funds") is None
    True
    """
    q, s = _words(question), _words(sentence)
    dq, ds = direction(question), direction(sentence)
    if dq and ds and dq != ds:
        return "no"
    if dq and not ds:
        return None  # asked whether something rose or fell; the sentence says neither
    if (s & NEGATION) and not (q & NEGATION):
        return "no"
    if _DONE.search(question.lower()) and (s & PENDING) and not (q & PENDING):
        return "no"
    asked_years, said_years = set(_YEAR.findall(question)), set(_YEAR.findall(sentence))
    if asked_years and said_years and not asked_years & said_years:
        return "no"
    return "yes"


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """The verdict of the best passage; None when it does not carry the question's subject."""
    unit = hits[0].unit if hits else None
    if unit is None or coverage(question, unit, evidence) < SUPPORT:
        return None
    text = ". ".join(c for c in unit.cells if c) if unit.kind == "row" else unit.text
    sentence = best_sentences(question, text, evidence)
    said = verdict(question, sentence)
    if said is None:
        return None
    return Draft("answered", f"{said.capitalize()}: “{sentence}” [1]", cited=(unit,), evidence=(unit,))
