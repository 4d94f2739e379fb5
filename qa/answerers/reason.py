"""Questions about causes ("why did costs fall?", "what led to the increase in revenue?", "what was
the reason for the overspend?"): the sentence that gives the cause, quoted from a passage. A table
holds the change but never its reason, so these questions are answered from prose or not at all.

The sentence chosen states a cause (a word such as "due to", "driven by", "because") and, read with
the sentence before it, names what the question is about ("The increase was mainly driven by …"
follows the sentence that names the expense that increased).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.answerers.lists import weighted_share
from qa.draft import Draft
from qa.lexicon import thresholds, words
from qa.relevance import Evidence, idf, subject_tokens
from qa.text import tokenize
from qa.types import Hit, Unit
from qa.units import SENTENCE_END

REASON_DEPTH = 5  # passages among the best hits searched for the cause
NAMED_CAUSE = thresholds("reason")["named_cause"]  # share of the subject a cause (with the sentence before) must name
_CAUSE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words("cause_words"), key=len, reverse=True)) + r")\b", re.I)
# Words that ask for a cause rather than name the subject ("the reason for the increase in sales" is about sales).
_ASKING = frozenset(
    tokenize(
        "why reason reasons cause caused causes led lead drove driven driver drivers explain explains "
        "explanation accounted account accounts attributed attributable contributed behind due result resulted"
    )
)


def states_cause(sentence: str) -> bool:
    """Whether a sentence gives a cause.

    >>> states_cause("The increase was mainly driven by greater marketing spending."), states_cause("Revenue rose 5%.")
    (True, False)
    """
    return bool(_CAUSE.search(sentence))


def best_cause(subject: frozenset[str], text: str, weight: Callable[[str], float]) -> tuple[float, str] | None:
    """The sentence of `text` that states a cause and, with the sentence before it, names most of
    the subject: (share named, quote). The quote keeps the sentence before when only that one names
    the subject.

    >>> best_cause(frozenset({"cost"}), "Costs fell by 5%. This was due to lower fuel prices. Sales rose.", lambda t: 1.0)
    (1.0, 'Costs fell by 5%. This was due to lower fuel prices.')
    >>> best_cause(frozenset({"cost"}), "Costs fell due to lower fuel prices. Sales rose.", lambda t: 1.0)
    (1.0, 'Costs fell due to lower fuel prices.')
    >>> best_cause(frozenset({"cost"}), "Costs fell by 5%. Sales rose.", lambda t: 1.0) is None
    True
    >>> best_cause(frozenset({"wireless", "revenu"}), "Revenue rose, reflecting growth in wireless. Wireless revenue rose due to new plans.", lambda t: 1.0)
    (1.0, 'Wireless revenue rose due to new plans.')
    """
    sentences = [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]
    best: tuple[float, float, int, str] | None = None
    for i, s in enumerate(sentences):
        cause = _CAUSE.search(s)
        if cause is None:
            continue
        before = sentences[i - 1] if i else ""
        own = weighted_share(subject, s, weight)
        with_before = weighted_share(subject, f"{before} {s}", weight)
        quote = s if own >= with_before else f"{before} {s}"
        share = max(own, with_before)
        # What is explained comes before the cause word: "Wireless revenue increased as a result of …"
        # explains wireless revenue; "Revenue rose, reflecting growth in Wireless" does not.
        effect = s[: cause.start()]
        explained = max(
            weighted_share(subject, effect, weight), weighted_share(subject, f"{before} {effect}", weight) if own < with_before else 0.0
        )
        key = (explained, share, -i, quote)
        if best is None or key > best:
            best = key
    return (best[1], best[3]) if best else None


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """The cause quoted from the best passage that gives one; None when no passage among the best
    hits states a cause of what the question names."""
    subject = subject_tokens(question) - _ASKING
    weight = lambda t: idf(t, evidence)  # noqa: E731
    found: list[tuple[float, int, str, Unit]] = []
    passages = [h.unit for h in hits if h.unit.kind == "passage"][:REASON_DEPTH]
    for rank, unit in enumerate(passages):
        got = best_cause(subject, unit.text, weight)
        if got is not None and got[0] >= NAMED_CAUSE:
            found.append((got[0], -rank, got[1], unit))
    if not found:
        return None
    _, _, quote, unit = max(found, key=lambda f: (f[0], f[1]))
    return Draft("answered", f"“{quote.rstrip(';')}” [1]", cited=(unit,), evidence=(unit,))
