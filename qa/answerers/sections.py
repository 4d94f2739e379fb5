"""Where-questions ("which chapter covers finances?", "where does the report mention carers?", "is
there a section on falls?"): the place in the document — its heading path, a numbered sub-heading,
the paragraph number, the table — with what it says there.

The place is chosen among the sections the best hits sit in, by how much of the question's subject
the section's name (heading path, sub-heading, table title) carries AND how much its best unit's
text carries, with the search's own order breaking near-ties; not by the first hit's heading alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answerers.lists import weighted_share
from qa.draft import Draft, best_sentences, refusal
from qa.intent import KINDS, core_question, document_words, place_text
from qa.lexicon import thresholds
from qa.relevance import Evidence, idf, subject_tokens
from qa.text import stopwords, tokenize, words
from qa.types import Hit, Unit
from qa.units import SECTION_SEP

PLACE_DEPTH = 20  # hits whose places are weighed (a section's units rank close to its subject, not always first)
RANK_WEIGHT = 0.3  # worth of being the search's first place, falling as 1/(1 + rank): breaks near-ties only
DOC_WEIGHT = 2.0  # a place in the document the question names ("in the annual report") outranks any elsewhere (name + text at most 2)
KIND_WEIGHT = 1.0  # a place labelled as the kind asked for ("which chapter…") outranks any unlabelled one
NUMBERED_KINDS = frozenset({"paragraph", "para"})  # stems of places a report labels by number
GENERIC_KINDS = frozenset({"section", "part", "heading", "subsect", "sub", "page"})  # every place is one: no label to prefer
NAMED_HEADING = thresholds("forms")["named_heading"]  # share of the subject a place's name must carry to be matched by it
PLACE_SUPPORT = thresholds("forms")["place_support"]  # share of the subject a place's name or text must carry to be the answer
HEADING_WORDS = 12  # a numbered line this short, without a full stop, is a sub-heading ("2.5 Welfare Support")
_NUMBERED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+\S")
_CONTENTS = re.compile(r"\.{5,}|…{3,}|^\s*page \d+ of \d+\s*$", re.I)  # a contents line or a page footer


def paragraph_number(text: str) -> str:
    """The number a report prints at the start of a paragraph, if any.

    >>> paragraph_number("13. Whilst we have made great strides"), paragraph_number("2.4 The needs assessment"), paragraph_number("In 2024 we")
    ('13', '2.4', '')
    """
    m = _NUMBERED.match(text)
    return m.group(1) if m and len(m.group(1)) <= 7 and not re.match(r"\d{4}\b", m.group(1)) else ""


def is_contents(unit: Unit) -> bool:
    """A line of a table of contents or a page footer: it names places but is not one.

    >>> is_contents(Unit(id="d#0", doc="d", kind="passage", text="15 Welfare Support ........ 15")), is_contents(Unit(id="d#1", doc="d", kind="passage", text="Page 9 of 25"))
    (True, True)
    """
    return unit.kind == "passage" and bool(_CONTENTS.search(unit.text)) or "contents" in unit.section.lower()


def is_sub_heading(unit: Unit) -> bool:
    """A numbered line that titles what follows rather than saying something ("2.5 Welfare Support").

    >>> [is_sub_heading(Unit(id="d#0", doc="d", kind="passage", text=t)) for t in ("2.5 Welfare Support", "2.5.1 KCC gave £46,100 to homes.", "Welfare")]
    [True, False, False]
    """
    text = unit.text.strip()
    return (
        unit.kind == "passage"
        and bool(paragraph_number(text))
        and len(text.split()) <= HEADING_WORDS
        and not text.rstrip().endswith((".", ":", ";"))
        and not is_contents(unit)
    )


def sub_heading(unit: Unit, evidence: Evidence) -> str:
    """The numbered sub-heading a passage sits under inside its section, or ''.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t) for i, t in enumerate(["2.5 Welfare Support", "2.5.1 KCC gave grants.", "2.5.2 And passes."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> sub_heading(us[2], ev), sub_heading(us[0], ev)
    ('2.5 Welfare Support', '2.5 Welfare Support')
    """
    if unit.kind != "passage":
        return ""
    if is_sub_heading(unit):
        return unit.text.strip()
    section = evidence.section_of(unit)
    before = section[: section.index(unit)] if unit in section else []
    number = paragraph_number(unit.text)
    for u in reversed(before):
        if is_sub_heading(u):
            # "2.5 Welfare Support" heads "2.5.1 …", not "3.1 …"
            own = paragraph_number(u.text)
            return u.text.strip() if not number or number.startswith(own + ".") else ""
    return ""


def place_subject(question: str) -> frozenset[str]:
    """The stems of what a where-question is about: the question less its place words and the
    phrase naming the document ("in the annual report").

    >>> sorted(place_subject("Where in the covenant report does it talk about welfare support for veterans?"))
    ['support', 'veteran', 'welfar']
    >>> sorted(place_subject("is there a section on falls")), sorted(place_subject("which chapter covers the budget"))
    (['fall'], ['budget'])
    """
    # every content word: words that frame figure questions ("budget", "plans", "year") name places' subjects
    return frozenset(tokenize(place_text(question))) or subject_tokens(question)


def place(unit: Unit, sub: str = "") -> str:
    """Where a unit sits, in the words a reader would look for.

    >>> place(Unit(id="d#0", doc="d", kind="passage", text="13. We still face challenges:", section="Report › Next steps"))
    'Report › Next steps, paragraph 13'
    >>> place(Unit(id="d#1", doc="d", kind="row", text="", section="Progress", table="Priority 2: Mobility"))
    'Progress, the table “Priority 2: Mobility”'
    >>> place(Unit(id="d#2", doc="d", kind="passage", text="2.5.1 KCC gave grants.", section="Community"), "2.5 Welfare Support")
    'Community › 2.5 Welfare Support, paragraph 2.5.1'
    >>> place(Unit(id="d#3", doc="d", kind="passage", text="Staffing remains a challenge;", section="Progress", lead="13. We still face challenges:"))
    'Progress, paragraph 13'
    """
    path = unit.section if unit.section and unit.section.split(SECTION_SEP)[-1] != unit.table else ""
    if sub and sub != unit.text.strip():
        path = f"{path}{SECTION_SEP}{sub}" if path else sub
    elif sub:
        return f"{path}{SECTION_SEP}{sub}" if path else sub
    parts = [path] if path else []
    if unit.kind == "row":
        parts.append(f"the table “{unit.table}”")
    elif number := paragraph_number(unit.text) or paragraph_number(unit.lead):
        parts.append(f"paragraph {number}")
    return ", ".join(parts)


def kind_asked(question: str) -> str:
    """The stem of the kind of place asked for ("which strand…" -> 'strand'), or ''.

    >>> kind_asked("Which chapter covers finances?"), kind_asked("is there a section on falls"), kind_asked("where does it mention carers")
    ('chapter', 'section', '')
    """
    m = KINDS.search(core_question(question))
    stems = tokenize(m.group(1)) if m else []
    return stems[0] if stems else ""


def labelled(unit: Unit, kind: str, sub: str = "") -> bool:
    """Whether a unit is labelled as the kind of place asked for: its heading, title or opening
    words name the kind ("Section 7: …"), or, for a numbered kind, it is numbered.

    >>> u = Unit(id="d#0", doc="d", kind="passage", text="2.4.1 In 2024 the council published")
    >>> labelled(u, "paragraph"), labelled(u, "strand"), labelled(Unit(id="d#1", doc="d", kind="passage", text="Strand 7: Medicines"), "strand")
    (True, False, True)
    """
    if kind in NUMBERED_KINDS:  # a list item is in the numbered paragraph that leads it in
        return bool(paragraph_number(unit.text) or paragraph_number(unit.lead) or paragraph_number(sub))
    return kind in tokenize(f"{unit.section} {unit.table} {unit.lead} {sub}") or kind in tokenize(unit.text)[:2]


@dataclass(frozen=True)
class Place:
    """A section (or table) the best hits sit in, with what it is called and its best unit."""

    name: str  # heading path, sub-heading, table title and lead-in: what the place is called
    unit: Unit  # its unit carrying most of the subject (the search's order breaks ties)
    sub: str  # the numbered sub-heading, if any
    rank: int  # the search rank of its first unit
    name_share: float
    text_share: float
    kind: bool  # labelled as the kind of place asked for
    in_document: float = 0.0  # share of the words naming the document that its document carries
    together: float = 0.0  # share of the subject its name and text carry between them ("Safe staffing": "… nurse vacancy rate …")

    @property
    def score(self) -> float:
        return (
            self.name_share
            + self.text_share
            + RANK_WEIGHT / (1 + self.rank)
            + (KIND_WEIGHT if self.kind else 0.0)
            + DOC_WEIGHT * self.in_document
        )


def places(question: str, hits: list[Hit], evidence: Evidence) -> list[Place]:
    """The places of the best hits, each once, best first."""
    subject = place_subject(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731 — a one-line weighting passed down
    kind = kind_asked(question)
    kind = "" if kind in GENERIC_KINDS else kind
    named_doc = document_words(question)
    found: dict[tuple[str, str, str], Place] = {}
    for rank, h in enumerate(hits[:PLACE_DEPTH]):
        u = h.unit
        if is_contents(u):
            continue
        sub = sub_heading(u, evidence)
        key = (u.doc, u.section, u.table_id or sub)
        name = f"{u.section} {sub} {u.table} {u.lead}"
        text = u.text if u.kind == "passage" else " ".join(u.cells)
        share = weighted_share(subject, text, weight)
        in_doc = weighted_share(named_doc, u.doc, weight)
        together = weighted_share(subject, f"{name} {text}", weight)
        here = Place(
            name, u, sub, rank, weighted_share(subject, name, weight), share, bool(kind) and labelled(u, kind, sub), in_doc, together
        )
        old = found.get(key)
        if old is None:
            found[key] = here
        elif share > old.text_share or (here.kind and not old.kind):
            found[key] = Place(name, u, sub, old.rank, old.name_share, share, old.kind or here.kind, in_doc, max(together, old.together))
    return sorted(found.values(), key=lambda p: (-p.score, p.rank))


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """The place whose name and text best carry the subject, with its best unit quoted; a refusal
    when no place among the best hits carries enough of it."""
    ranked = [p for p in places(question, hits, evidence) if place(p.unit, p.sub)]
    if not ranked:
        return None
    named_doc = [p for p in ranked if p.in_document >= 0.5]
    ranked = named_doc or ranked  # a question naming its document is about places in it
    kind = kind_asked(question)
    # a place labelled as the kind asked for ("Section 7: …") needs less of the subject in its words
    supported = [
        p
        for p in ranked
        if max(p.name_share, p.text_share, p.together) >= PLACE_SUPPORT
        or (p.kind and kind not in NUMBERED_KINDS and p.name_share + p.text_share > 0)
    ]
    if not supported:
        about = " ".join(w for w in words(place_text(question)) if w not in stopwords())
        return refusal(f"no part of them is about “{about}”" if about else "no part of them matches the question", hits)
    best = supported[0]
    unit = best.unit
    where = place(unit, best.sub)
    computed: frozenset[str] = frozenset()
    if kind == "page" and unit.page is not None:  # "what page is X on": the page the place is printed on
        where, computed = f"{where}, page {unit.page}", frozenset({str(unit.page)})
    # Matched by its heading: cite where the section starts too, then the next places.
    section = [u for u in evidence.section_of(unit) if u.kind == unit.kind and not is_contents(u)]
    if is_sub_heading(unit) and unit in section and section.index(unit) + 1 < len(section):
        unit = section[section.index(unit) + 1]  # a sub-heading is quoted by its first paragraph
    quote = unit.row if unit.kind == "row" else best_sentences(question, unit.text, evidence)
    first = next((u for u in section if best.sub and u.text.strip() == best.sub), section[0] if section else unit)
    opening = (first,) if best.name_share >= NAMED_HEADING and first.id != unit.id and unit.kind == "passage" else ()
    if unit.lead:  # a list item: the paragraph that leads it in is the place named
        opening = (*(u for u in section if u.text == unit.lead), *opening)
    others = tuple(p.unit for p in supported[1:3])
    cited = tuple(dict.fromkeys((unit, *opening, *others)))
    return Draft("answered", f"{where[0].upper()}{where[1:]}: “{quote}” [1]", cited=cited, evidence=(unit,), computed=computed)
