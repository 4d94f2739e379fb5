"""Whether a question is written in English: the engine reads English documents with an English
speller and stemmer, so a question in another language is answered with a plain sentence saying
so rather than with whatever its letters happen to match."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

NOT_ENGLISH = "I can only read questions written in English. Please ask again in English."
OTHER_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "pl", "ro", "tr", "sv", "da", "cs", "hu", "id")
FOREIGN_MARGIN = 2.0  # a word is another language's when it is this much more common there (Zipf scale)
FOREIGN_SHARE = 0.5  # ...and a question is, when at least this share of its words are
ENGLISH_ENOUGH = 6.5  # an English word this common (Zipf) is English whatever else it is ("the", "what")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")


def other_language(question: str, known: Callable[[str], bool] = lambda word: False) -> bool:
    """True when the question is written in another language than English: in another script, or
    with at least half its words (and two or more) far more common in another language. A word
    `known` to the (English) documents counts as English without looking it up in other languages:
    each first look-up in a language loads its word list, seconds for a one-question CLI run.

    >>> other_language("Combien a coûté le fonds de livres en 2024-25 ?"), other_language("¿Cuánto costó el presupuesto?")
    (True, True)
    >>> other_language("图书馆的预算是多少"), other_language("minimum size for a new earmarked reserve (de minimis)?")
    (True, False)
    >>> other_language("what's the KCC budget for 2025-26"), other_language("café opening hours at Oakham hub")
    (False, False)
    >>> other_language("Combien a coûté le fonds de livres ?", known=lambda w: w in {"combien", "fonds", "livres"})
    False
    """
    words = _WORD.findall(question.lower())
    if not words:
        return False
    if not any(_LATIN.match(w) for w in words):
        return True  # another script altogether
    return enough_foreign(words, known)


def enough_foreign(words: list[str], known: Callable[[str], bool] = lambda word: False) -> bool:
    """At least two of the words, and FOREIGN_SHARE of them, are foreign words. Stops as soon as
    the rest cannot reach that: each new word costs fifteen frequency look-ups, and most
    questions are English from their first words.

    >>> enough_foreign(["combien", "le", "fonds"]), enough_foreign(["budget", "for", "combien"])
    (True, False)
    """
    needed = max(2.0, FOREIGN_SHARE * len(words))
    found = 0
    for checked, word in enumerate(words):
        if found + len(words) - checked < needed:
            return False
        found += not known(word) and foreign_word(word)
    return found >= needed


@lru_cache(maxsize=65536)
def foreign_word(word: str) -> bool:
    """Far more common in another language than in English (cached: asked of every question's words).

    >>> foreign_word("combien"), foreign_word("budget")
    (True, False)
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    english = zipf_frequency(word, "en")
    if english >= ENGLISH_ENOUGH:
        return False  # no other language's count can outweigh it by the margin
    for lang, ceiling in _ceilings():
        if ceiling - english < FOREIGN_MARGIN:
            return False  # nor can this language's or any left, whose words are rarer still
        if zipf_frequency(word, lang) - english >= FOREIGN_MARGIN:
            return True
    return False


@lru_cache(maxsize=1)
def _ceilings() -> tuple[tuple[str, float], ...]:
    """Each of OTHER_LANGUAGES with the Zipf frequency of its most common word, which no word there
    exceeds, highest first. A word whose English frequency is within FOREIGN_MARGIN of a language's
    ceiling cannot be that language's by the margin, so an everyday English word needs few of the
    look-ups or none (each runs wordfreq's tokenizer)."""
    from wordfreq import top_n_list, zipf_frequency

    ceilings = [(lang, zipf_frequency(top_n_list(lang, 1)[0], lang)) for lang in OTHER_LANGUAGES]
    return tuple(sorted(ceilings, key=lambda c: -c[1]))
