"""An answer before it is turned into citations, shared by every answerer; and the refusal."""

from __future__ import annotations

from dataclasses import dataclass

from qa.relevance import Evidence, idf
from qa.text import token_set, tokenize
from qa.types import Hit, Status, Unit
from qa.units import SECTION_SEP, SENTENCE_END


@dataclass(frozen=True)
class Draft:
    """An answer before it is turned into citations: the units it cites, in order."""

    status: Status
    text: str
    cited: tuple[Unit, ...] = ()
    computed: frozenset[str] = frozenset()  # figures the engine computed (totals), allowed in the text
    evidence: tuple[Unit, ...] = ()  # every unit a figure was taken from (a total may use more than it cites)
    suggestions: tuple[str, ...] = ()
    value: float | None = None  # the figure the answer gives, looked up or computed


# -- refusing ------------------------------------------------------------------------
def suggestions_from(hits: list[Hit], n: int = 3) -> tuple[str, ...]:
    """Nearby topics the documents do cover: row labels and section headings of the best hits."""
    seen: list[str] = []
    for h in hits:
        topic = h.unit.row if h.unit.kind == "row" else (h.unit.section.split(SECTION_SEP)[-1] if h.unit.section else "")
        if topic and topic not in seen:
            seen.append(topic)
        if len(seen) == n:
            break
    return tuple(seen)


def refusal(reason: str, hits: list[Hit]) -> Draft:
    topics = suggestions_from(hits)
    text = f"The documents do not answer this question: {reason}."
    if topics:
        text += " They do cover, for example: " + "; ".join(topics) + "."
    return Draft(status="no_answer", text=text, suggestions=topics)


# -- quoting -------------------------------------------------------------------------
def best_sentences(question: str, text: str, evidence: Evidence, max_chars: int = 320) -> str:
    """The passage itself when short, else the one or two sentences sharing the most rare words with the question."""
    text = text.strip()
    if len(text) <= max_chars:
        return text.rstrip(";")
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    q = set(tokenize(question))
    scored = [(sum(idf(t, evidence) for t in token_set(s) & q), -i, s) for i, s in enumerate(sentences)]
    best = max(scored)
    i = -best[1]
    chosen = sentences[i]
    if i + 1 < len(sentences) and len(chosen) + len(sentences[i + 1]) < max_chars and set(tokenize(sentences[i + 1])) & q:
        chosen = f"{chosen} {sentences[i + 1]}"
    return chosen.rstrip(";")
