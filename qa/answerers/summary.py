"""Open requests ("tell me about falls", "what improved last year?", "how is the work going?", "what
does the report say about X?"): the key points of the best-matching section, sub-section, list or
table, quoted in document order, each cited, within a length bound. Extractive: nothing is said
that a cited unit does not say.
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.answerers import lists
from qa.answerers.lists import weighted_share
from qa.answerers.sections import is_contents, is_sub_heading, paragraph_number, sub_heading
from qa.draft import Draft, best_sentences
from qa.intent import document_words
from qa.lexicon import words
from qa.relevance import Evidence, idf, subject_tokens
from qa.text import stem
from qa.types import Hit, Unit
from qa.units import SECTION_SEP

MAX_POINTS = 5  # points quoted (and cited)
MAX_CHARS = 1000  # the summary's length bound
POINT_CHARS = 320  # each point is at most about this long (one or two sentences)
RANKED_DEPTH = 3  # a unit the search ranked this high is a point even without the question's words
ANCHOR_DEPTH = 3  # the section summarised is that of the best passage among this many hits


_ASKING = frozenset(stem(w) for w in words("summary_words"))  # "summarise", "overview": how the question asks, not what about


def subject_of(question: str) -> frozenset[str]:
    """What a summary is asked about: the question's subject less the words asking for a summary.

    >>> sorted(subject_of("summarise the waste risks"))
    ['risk', 'wast']
    """
    return frozenset(t for t in subject_tokens(question) if t not in _ASKING)


def key_points(question: str, units: list[Unit], ranked: dict[str, int], evidence: Evidence, *, named: bool = False) -> list[Unit]:
    """The units of a section that best carry the question, in document order: those retrieved
    first (by rank), then those sharing the most of its subject; when the question names the
    section itself (`named`), the rest of it in document order fills the points.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t) for i, t in enumerate(["Falls fell by half.", "Weather.", "Falls car answered calls."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> [u.text for u in key_points("what about falls", us, {}, ev)]
    ['Falls fell by half.', 'Falls car answered calls.']
    >>> [u.text for u in key_points("what about falls", us, {}, ev, named=True)]
    ['Falls fell by half.', 'Weather.', 'Falls car answered calls.']
    """
    subject = subject_of(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731
    scored = []
    for pos, u in enumerate(units):
        if is_contents(u) or is_sub_heading(u):
            continue
        share = weighted_share(subject, u.text, weight)
        if share > 0 or ranked.get(u.id, RANKED_DEPTH) < RANKED_DEPTH or named:
            scored.append((u.id not in ranked, ranked.get(u.id, 0), -share, pos if named else 0, pos, u))
    chosen = sorted(scored)[:MAX_POINTS]
    return [u for *_, u in sorted(chosen, key=lambda s: s[4])]


def sub_section(unit: Unit, units: list[Unit], evidence: Evidence) -> tuple[str, list[Unit]]:
    """The numbered sub-section a unit sits in ("2.5 Welfare Support" and its paragraphs 2.5.x),
    with its units; or ('', units) when it sits under no numbered sub-heading.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t) for i, t in enumerate(["2.4 Needs", "2.4.1 A study.", "2.5 Welfare Support", "2.5.1 Grants.", "2.5.2 Passes.", "3. Next"])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=6, section_of=lambda u: us)
    >>> heading, part = sub_section(us[3], us, ev)
    >>> heading, [u.text for u in part]
    ('2.5 Welfare Support', ['2.5 Welfare Support', '2.5.1 Grants.', '2.5.2 Passes.'])
    """
    heading = sub_heading(unit, evidence)
    if not heading:
        return "", units
    start = next((i for i, u in enumerate(units) if u.text.strip() == heading), None)
    if start is None:
        return "", units
    number = paragraph_number(heading)
    end = start + 1
    while (
        end < len(units)
        and not is_sub_heading(units[end])
        and (not paragraph_number(units[end].text) or paragraph_number(units[end].text).startswith(number + "."))
    ):
        end += 1
    return heading, units[start:end]


def same_table(top: Unit, hits: Sequence[Hit], evidence: Evidence) -> list[Unit]:
    """The rows of `top`'s table, with the rows of its continuations on other pages found among the
    hits (a register printed over several pages is read as one table per page, all of one title).

    >>> mk = lambda i, page: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Register", table_id=f"t#p{page}", cells=(str(i),))
    >>> rows = [mk(0, 1), mk(1, 1), mk(2, 2)]
    >>> ev = Evidence(rows_of=lambda t: [r for r in rows if r.table_id == t], doc_freq=lambda t: 1, n_units=3)
    >>> [r.id for r in same_table(rows[0], [Hit(unit=rows[0], score=1.0), Hit(unit=rows[2], score=0.5)], ev)]
    ['t#0', 't#1', 't#2']
    """
    ids = dict.fromkeys(
        [top.table_id, *(h.unit.table_id for h in hits if h.unit.kind == "row" and h.unit.doc == top.doc and h.unit.table == top.table)]
    )
    return [r for t in ids for r in evidence.rows_of(t)] or [top]


def row_points(question: str, top: Unit, evidence: Evidence, hits: Sequence[Hit] = ()) -> list[Unit]:
    """The rows of the best hit's table that carry the question's subject, in table order; none
    when a single row carries it best (the question describes that row: a look-up, not a theme).

    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="T", table_id="t", cells=cells)
    >>> rows = [mk(0, ("Care", "Mental health")), mk(1, ("Records", "Inequalities")), mk(2, ("Mapping of services", "Mental health"))]
    >>> ev = Evidence(rows_of=lambda t: rows, doc_freq=lambda t: 1, n_units=10)
    >>> [r.cells[0] for r in row_points("tell me about mental health", rows[0], ev)], row_points("what is happening with the mapping of services", rows[2], ev)
    (['Care', 'Mapping of services'], [])
    >>> rows = [mk(0, ("Waste sites", "Sites are old, KCC to invest £50m")), mk(1, ("Waste income", "Gate fees rose")), mk(2, ("Cyber", "Attacks"))]
    >>> [r.cells[0] for r in row_points("summarise the waste risks for kcc", rows[0], ev)]
    ['Waste sites', 'Waste income']
    """
    subject = subject_of(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731
    rows = same_table(top, hits, evidence)
    own = f"{top.table} {top.section}"
    rest = frozenset(t for t in subject if weighted_share(frozenset({t}), own, weight) == 0) or subject
    shares = [weighted_share(rest, " ".join(r.cells), weight) for r in rows]
    best = max(shares, default=0.0)
    close = [i for i, s in enumerate(shares) if s >= best * lists.ROW_SHARE]
    if best == 0 or len(close) < 2:
        return []
    chosen = sorted(sorted(close, key=lambda i: -shares[i])[:MAX_POINTS])  # the closest rows, in table order
    return [rows[i] for i in chosen]


def under_heading(unit: Unit, evidence: Evidence) -> Unit:
    """A numbered sub-heading found as a passage of its own ("2.4 Needs Assessment") stands for
    the paragraph under it; any other unit for itself.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t) for i, t in enumerate(["2.4 Needs", "2.4.1 A study.", "2.5 Welfare"])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> under_heading(us[0], ev).text, under_heading(us[1], ev).text
    ('2.4.1 A study.', '2.4.1 A study.')
    """
    if unit.kind != "passage" or not is_sub_heading(unit):
        return unit
    section = evidence.section_of(unit)
    after = section[section.index(unit) + 1 :] if unit in section else []
    return next((u for u in after if u.kind == "passage" and not is_sub_heading(u)), unit)


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """Key points of the best hit's list, sub-section, section or table; None when it has fewer than two."""
    subject = subject_of(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731
    ranked = {h.unit.id: i for i, h in enumerate(hits)}
    # the anchor: of the best few hits, the one whose text and headings carry most of the subject
    readable = [h.unit for h in hits if not is_contents(h.unit)]  # contents lines and page footers say nothing
    document = document_words(question)
    in_named = [u for u in readable if document and weighted_share(document, u.doc, weight) >= 0.5]
    readable = (in_named or readable)[:ANCHOR_DEPTH]  # "…in the annual report": from that report
    anchors = [(weighted_share(subject, u.search_text, weight), -i, u) for i, u in enumerate(readable)]
    if not anchors:
        return None
    top = under_heading(max(anchors, key=lambda a: a[:2])[2], evidence)
    if top.kind == "row":
        points = row_points(question, top, evidence, hits)
        heading = top.table
    else:
        heading = top.section.split(SECTION_SEP)[-1] if top.section else ""
        if top.lead:
            pool, name = evidence.list_of(top), top.lead  # an item: its whole list
        elif items := evidence.items_after(top):
            pool = [top, *items] if top.text.rstrip().endswith(":") else items  # a lead-in and its list
            name = top.text
        else:
            sub, pool = sub_section(top, [u for u in evidence.section_of(top) if u.kind == "passage"], evidence)
            heading, name = (sub or heading), (sub or heading)
        named = bool(subject) and weighted_share(subject, name, weight) > 0
        points = key_points(question, pool, ranked, evidence, named=named)
    if len(points) < 2:
        return None
    quotes: list[str] = []
    used = 0
    for i, u in enumerate(points, 1):
        text = " — ".join(c for c in u.cells if c) if u.kind == "row" else u.text
        quote = best_sentences(question, text, evidence, max_chars=POINT_CHARS)
        if used + len(quote) > MAX_CHARS and quotes:
            points = points[: i - 1]
            break
        quotes.append(f"“{quote}” [{i}]")
        used += len(quote)
    lead = f"From “{heading}”: " if heading else ""
    return Draft("answered", lead + " ".join(quotes), cited=tuple(points), evidence=tuple(points))
