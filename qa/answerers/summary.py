"""Open requests ("tell me about falls", "what improved last year?", "how is the work going?"): the
key points of the best-matching section or list, quoted in document order, each cited, within a
length bound. Extractive: nothing is said that a cited unit does not say.
"""

from __future__ import annotations

from qa.answerers.lists import weighted_share
from qa.draft import Draft, best_sentences
from qa.relevance import Evidence, idf, subject_tokens
from qa.types import Hit, Unit
from qa.units import SECTION_SEP

MAX_POINTS = 5  # points quoted (and cited)
MAX_CHARS = 1000  # the summary's length bound
POINT_CHARS = 320  # each point is at most about this long (one or two sentences)
RANKED_DEPTH = 3  # a unit the search ranked this high is a point even without the question's words
ANCHOR_DEPTH = 3  # the section summarised is that of the best passage among this many hits


def key_points(question: str, units: list[Unit], ranked: dict[str, int], evidence: Evidence) -> list[Unit]:
    """The units of a section that best carry the question, in document order: those retrieved
    first (by rank), then those sharing the most of its subject.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t) for i, t in enumerate(["Falls fell by half.", "Weather.", "Falls car answered calls."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> [u.text for u in key_points("what about falls", us, {}, ev)]
    ['Falls fell by half.', 'Falls car answered calls.']
    """
    subject = subject_tokens(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731
    scored = []
    for pos, u in enumerate(units):
        share = weighted_share(subject, u.text, weight)
        if share > 0 or ranked.get(u.id, RANKED_DEPTH) < RANKED_DEPTH:
            scored.append((u.id not in ranked, ranked.get(u.id, 0), -share, pos, u))
    chosen = sorted(scored)[:MAX_POINTS]
    return [u for *_, u in sorted(chosen, key=lambda s: s[3])]


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """Key points of the best hit's list or section; None when it has fewer than two."""
    top = next((h.unit for h in hits[:ANCHOR_DEPTH] if h.unit.kind == "passage"), None)
    if top is None:
        return None
    ranked = {h.unit.id: i for i, h in enumerate(hits)}
    if top.lead:
        pool = evidence.list_of(top)  # an item: its whole list
    elif items := evidence.items_after(top):
        pool = [top, *items] if top.text.rstrip().endswith(":") else items  # a lead-in and its list
    else:
        pool = [u for u in evidence.section_of(top) if u.kind == "passage"]
    points = key_points(question, pool, ranked, evidence)
    if len(points) < 2:
        return None
    quotes: list[str] = []
    used = 0
    for i, u in enumerate(points, 1):
        quote = best_sentences(question, u.text, evidence, max_chars=POINT_CHARS)
        if used + len(quote) > MAX_CHARS and quotes:
            points = points[: i - 1]
            break
        quotes.append(f"“{quote}” [{i}]")
        used += len(quote)
    heading = top.section.split(SECTION_SEP)[-1] if top.section else ""
    lead = f"From “{heading}”: " if heading else ""
    return Draft("answered", lead + " ".join(quotes), cited=tuple(points), evidence=tuple(points))
