"""Where-questions ("which chapter covers finances?", "where does the report mention carers?"):
the place in the document — its heading, the paragraph number, the table — with what it says there.
"""

from __future__ import annotations

import re

from qa.answerers.lists import weighted_share
from qa.draft import Draft, best_sentences
from qa.lexicon import thresholds
from qa.relevance import Evidence, idf, subject_tokens
from qa.text import stopwords, tokenize
from qa.types import Hit, Unit
from qa.units import SECTION_SEP

SECTION_DEPTH = 5  # hits whose places are considered
NUMBERED_KINDS = frozenset({"section", "paragraph", "para"})  # stems of places a report labels by number
NAMED_HEADING = thresholds("forms")["named_heading"]  # a heading carrying this share of the subject outranks a better hit's place
_NUMBERED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+\S")


def paragraph_number(text: str) -> str:
    """The number a report prints at the start of a paragraph, if any.

    >>> paragraph_number("13. Whilst we have made great strides"), paragraph_number("2.4 The needs assessment"), paragraph_number("In 2024 we")
    ('13', '2.4', '')
    """
    m = _NUMBERED.match(text)
    return m.group(1) if m and len(m.group(1)) <= 7 and not re.match(r"\d{4}\b", m.group(1)) else ""


def place(unit: Unit) -> str:
    """Where a unit sits, in the words a reader would look for.

    >>> place(Unit(id="d#0", doc="d", kind="passage", text="13. We still face challenges:", section="Report › Next steps"))
    'Report › Next steps, paragraph 13'
    >>> place(Unit(id="d#1", doc="d", kind="row", text="", section="Progress", table="Priority 2: Frailty"))
    'Progress, the table “Priority 2: Frailty”'
    """
    parts = [unit.section] if unit.section and unit.section.split(SECTION_SEP)[-1] != unit.table else []
    if unit.kind == "row":
        parts.append(f"the table “{unit.table}”")
    elif number := paragraph_number(unit.text):
        parts.append(f"paragraph {number}")
    return ", ".join(parts)


def container(question: str) -> str:
    """The stem of the kind of place asked for ("which workstream…" -> 'workstream'), or ''.

    >>> container("Which chapter covers finances?"), container("where does it mention carers")
    ('chapter', '')
    """
    m = re.search(r"\b(?:which|what) (\w+)", question.lower())
    stems = tokenize(m.group(1)) if m else []
    return stems[0] if stems and stems[0] not in stopwords() else ""


def labelled(unit: Unit, kind: str) -> bool:
    """Whether a unit is labelled as the kind of place asked for: its heading, title or opening
    words name the kind ("Workstream 7: …"), or, for a numbered kind, it starts with a number.

    >>> u = Unit(id="d#0", doc="d", kind="passage", text="2.4.1 In 2024 the council published")
    >>> labelled(u, "section"), labelled(u, "workstream")
    (True, False)
    """
    if kind in NUMBERED_KINDS and paragraph_number(unit.text):
        return True
    return kind in tokenize(f"{unit.section} {unit.table} {unit.lead} {unit.text[:60]}")


def heading_share(question: str, unit: Unit, evidence: Evidence) -> float:
    """How much of the question's subject the unit's heading (or table title) carries, by rarity."""
    subject = subject_tokens(question)
    if not subject:
        return 0.0
    return weighted_share(subject, f"{unit.section} {unit.table} {unit.lead}", lambda t: idf(t, evidence))


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """The place of the best evidence, or of a close hit whose heading names the subject when the
    best one's heading does not."""
    top = hits[:SECTION_DEPTH]
    if not top:
        return None
    kind = container(question)
    named = [h.unit for h in top if kind and labelled(h.unit, kind)]
    shares = [heading_share(question, h.unit, evidence) for h in top]
    best = max(range(len(top)), key=lambda i: (shares[i], -i))
    by_heading = top[best].unit if shares[best] >= NAMED_HEADING and shares[best] > shares[0] else top[0].unit
    unit = named[0] if named else by_heading  # "which workstream…": the best hit labelled a workstream
    where = place(unit)
    if not where:
        return None
    quote = unit.row if unit.kind == "row" else best_sentences(question, unit.text, evidence)
    others = tuple(h.unit for h in hits[:3] if h.unit.id != unit.id)[:2]
    return Draft("answered", f"{where[0].upper()}{where[1:]}: “{quote}” [1]", cited=(unit, *others), evidence=(unit,))
