"""Whether a question is written in English: the engine reads English documents with an English
speller and stemmer, so a question in another language is answered with a plain sentence saying
so rather than with whatever its letters happen to match."""

from __future__ import annotations

import re

NOT_ENGLISH = "I can only read questions written in English. Please ask again in English."
OTHER_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "pl", "ro", "tr", "sv", "da", "cs", "hu", "id")
FOREIGN_MARGIN = 2.0  # a word is another language's when it is this much more common there (Zipf scale)
FOREIGN_SHARE = 0.5  # ...and a question is, when at least this share of its words are
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")


def other_language(question: str) -> bool:
    """True when the question is written in another language than English: in another script, or
    with at least half its words (and two or more) far more common in another language.

    >>> other_language("Combien a coûté le fonds de livres en 2024-25 ?"), other_language("¿Cuánto costó el presupuesto?")
    (True, True)
    >>> other_language("图书馆的预算是多少"), other_language("minimum size for a new earmarked reserve (de minimis)?")
    (True, False)
    >>> other_language("what's the KCC budget for 2025-26"), other_language("café opening hours at Oakham hub")
    (False, False)
    """
    words = _WORD.findall(question.lower())
    if not words:
        return False
    if not any(_LATIN.match(w) for w in words):
        return True  # another script altogether
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    foreign = [w for w in words if max(zipf_frequency(w, lang) for lang in OTHER_LANGUAGES) - zipf_frequency(w, "en") >= FOREIGN_MARGIN]
    return len(foreign) >= 2 and len(foreign) >= FOREIGN_SHARE * len(words)
