"""List questions ("what are the strands…", "list the activities under…"): the whole list under
its lead-in, or the cells of one column of a table, with its count. Never the sentence that
announces a list without the list.

A list is found from the best hits: a passage that is a list item brings every item sharing its
lead-in; a lead-in paragraph brings the items after it; a table row brings its table. Each
candidate is scored by how much of the question's subject its name (lead-in, heading, table title)
carries, then by how much its items carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass

from qa.answerers.table import PERIOD_WORDS
from qa.columns import column_kinds
from qa.draft import Draft, holds
from qa.intent import without_document
from qa.lexicon import thresholds
from qa.relevance import Evidence, idf, matches, subject_tokens
from qa.tableview import cell_number
from qa.text import token_set, tokenize, words
from qa.types import Hit, Unit
from qa.units import truncate

LIST_DEPTH = 8  # hits whose lists are considered (a list's items rank close to one another)
MAX_ITEMS = 20  # a longer list is given as "the first 20 of N"
MAX_ITEM_CHARS = 160
# a bullet printed inside a paragraph (PDF text keeps lists on one line); a dash is one after a colon
# or a semicolon ("the main risks are: - growth in demand; - provider failure; and - …")
BULLET = re.compile(r"\s*[•▪●◦‣]\s*|(?:(?<=[:;])|(?<=; and)|(?<=; or))\s+[-–]\s+|^\s*[-–]\s+")  # a dash opening a paragraph too
SUBLIST = "\n"  # joins a sub-list's heading to the paragraph introducing it (a key, split again below)
# a row carrying at least this share of what the closest row carries of the question is listed (or summarised) with it
ROW_SHARE = thresholds("forms")["row_share"]
NAMED_LIST = thresholds("forms")["named_list"]  # share of the question's subject a list's name (lead-in, heading, title) must carry


@dataclass(frozen=True)
class Listing:
    """A list as the answer gives it: what it is called, its items and the units they come from."""

    name: str
    items: tuple[str, ...]
    units: tuple[Unit, ...]  # one per item, in the same order
    column: str = ""  # for a table, the header of the listed column
    context: str = ""  # words around the name that also say what the list is (the paragraph above a sub-list)


def weighted_share(subject: frozenset[str], text: str, weight: Callable[[str], float]) -> float:
    """Share of the subject's weight found in `text`.

    >>> weighted_share(frozenset({"fall", "care"}), "Falls in care homes", lambda t: 1.0)
    1.0
    >>> weighted_share(frozenset({"fall", "care"}), "Care homes", lambda t: 1.0)
    0.5
    """
    if not subject:
        return 0.0
    words = token_set(text)
    total = sum(weight(t) for t in subject)
    found: float = sum(weight(t) for t in subject if matches(t, words))
    return found / total if total else 0.0


def item_text(text: str) -> str:
    """A list item as it reads inside a sentence: no closing ';' or '.'.

    >>> item_text("b. Staying Healthy, Safe and Well;")
    'b. Staying Healthy, Safe and Well'
    """
    return truncate(text.strip().rstrip(";.,").strip(), MAX_ITEM_CHARS)


def without_number(text: str) -> str:
    """A paragraph without the number a report prints before it.

    >>> without_number("13. We still face challenges:")
    'We still face challenges:'
    """
    return re.sub(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]?\s+", "", text)


def list_column(question: str, rows: Sequence[Unit]) -> int:
    """The column a question lists: the leftmost whose header it names ("which commitments…"),
    preferring a word that is not also in the table's title; else the column of row labels.

    >>> r = Unit(id="t#0", doc="t", kind="row", text="", headers=("Priority", "Activity", "Commitment"), cells=("P", "A", "C"))
    >>> list_column("what are the commitments under P", [r]), list_column("list the services", [r])
    (2, 0)
    """
    asked = set(tokenize(question))
    title = token_set(rows[0].table)
    headers = rows[0].headers
    named = [j for j, h in enumerate(headers) if set(tokenize(h)) & asked]
    # a header named by a word that is not also the table's title word is the one asked for
    own = [j for j in named if (set(tokenize(headers[j])) & asked) - title]
    return (own or named or [rows[0].label_col])[0]


def table_listing(question: str, rows: Sequence[Unit], weight: Callable[[str], float]) -> Listing | None:
    """The distinct cells of one column of a table, in order. Subject words the table's name does
    not carry pick out the rows that mention them ("the activities under reducing inequalities").

    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Cross-cutting", headers=("Activity", "Priority"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("Records", "Inequalities")), mk(1, ("Discharge unit", "Inequalities")), mk(2, ("Recovery", "Covid"))]
    >>> table_listing("list the activities under inequalities", rows, lambda t: 1.0).items
    ('Records', 'Discharge unit')
    >>> table_listing("list the activities", rows, lambda t: 1.0).items
    ('Records', 'Discharge unit', 'Recovery')
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Mobility", headers=("Activity", "Commitment"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("Home care", "Reduce permanent admissions to care homes")), mk(1, ("Beds", "Reduce permanent admissions to care homes")),
    ...     mk(2, ("Nursing", "A joined-up workforce for homes")), mk(3, ("Records", "Shared data"))]
    >>> found = table_listing("which activities are meant to reduce permanent admissions to care homes", rows, lambda t: 1.0)
    >>> found.items, found.context
    (('Home care', 'Beds'), 'admiss care home perman reduc')
    >>> rows = [mk(0, ("Home care", "Reduce permanent admissions to care homes")), mk(1, ("Beds", "Reduce admissions to homes")), mk(2, ("Records", "Data"))]
    >>> found = table_listing("which activities reduce permanent admissions to care homes", rows, lambda t: 1.0)
    >>> found.items, found.context  # one row and a neighbour, no group the question names
    (('Home care', 'Beds'), '')
    >>> mk = lambda i, cells, group: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Capital", headers=("Scheme", "£000"), cells=cells, row=cells[0], group=group)
    >>> rows = [mk(0, ("Grants", "5"), "Adults"), mk(1, ("Libraries", "6"), "Adults"), mk(2, ("Roads", "9"), "Transport")]
    >>> table_listing("which schemes are under adults", rows, lambda t: 1.0).items  # named by their group
    ('Grants', 'Libraries')
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Risks", headers=("Risk", "Rating"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("Demand", "Red")), mk(1, ("Pay", "Amber")), mk(2, ("Placements", "Red")), mk(3, ("Interest", "Green"))]
    >>> table_listing("which risks are rated red", rows, lambda t: 1.0).items, table_listing("what ratings are used", rows, lambda t: 1.0).items
    (('Demand', 'Placements'), ('Red', 'Amber', 'Green'))
    """
    rows = [r for r in rows if not r.total]
    if len(rows) < 2:
        return None
    col = list_column(question, rows)
    category = ""  # "Rating red": the category the rows listed are picked by, part of the list's name
    if (value := named_category(question, rows, col)) and len(rows) > 2:
        # "which risks are rated red": the rows whose rating says it, by their names, not the ratings
        category = f"{rows[0].headers[col]} {' '.join(sorted(value))}"
        rows = [r for r in rows if value <= token_set(r.cells[col])]
        col = rows[0].label_col
    elif len(rows) > 2 and (found := written_category(question, rows)) is not None:
        # "which metrics are not on track": the rows another column's category says it of
        j, whole = found
        category = f"{rows[0].headers[j]} {whole}"
        rows = [r for r in rows if has_value(r.cells[j], whole)]
    first = rows[0]
    named = token_set(f"{first.table} {first.section} {' '.join(first.headers)}")
    rest = frozenset(t for t in subject_tokens(question) if not matches(t, named))
    picking = ""  # the question's words every picked row carries alike: they say which list it is, as a name does
    if rest:
        others = [token_set(" ".join([r.group, *(c for j, c in enumerate(r.cells) if j != col)])) for r in rows]  # its group names it too
        shares = [weighted_share(rest, " ".join(o), weight) for o in others]
        best = max(shares)
        chosen = [i for i, share in enumerate(shares) if best > 0 and share >= best * ROW_SHARE]
        if 0 < len(chosen) < len(rows):
            if all(shares[i] == best for i in chosen):  # a group the question names, not one row and its neighbours
                picking = " ".join(t for t in sorted(rest) if all(matches(t, others[i]) for i in chosen))
            rows = [rows[i] for i in chosen]
    values: dict[str, Unit] = {}
    for r in rows:
        cell = r.cells[col].strip() if col < len(r.cells) else ""
        if cell and cell not in values:
            values[cell] = r
    if len(values) < 2:
        return None
    context = " ".join(x for x in (category, picking) if x)
    return Listing(first.table, tuple(item_text(v) for v in values), tuple(values.values()), column=first.headers[col], context=context)


def value_written(question: str, values: Set[str]) -> str | None:
    """The longest of a column's values the question writes whole, word for word, lower-cased
    ("not on track" over "on track", which it also holds); None when it writes none.

    >>> value_written("how many metrics are not on track", {"On track", "Not on track", "At risk"})
    'not on track'
    >>> value_written("which metrics are on track", {"On track", "Not on track"}), value_written("how many are red", {"On track"})
    ('on track', None)
    """
    said = " ".join(words(question))
    found = [v for v in {" ".join(words(v)) for v in values} if v and re.search(rf"(?<!\S){re.escape(v)}(?!\S)", said)]
    return max(found, key=len) if found else None


def filled(rows: Sequence[Unit], j: int) -> list[str]:
    """The rows' filled cells of column `j`, stripped."""
    return [r.cells[j].strip() for r in rows if j < len(r.cells) and r.cells[j].strip()]


def holds_categories(values: list[str]) -> bool:
    """A few values, repeated (a RAG status, a type): not a column of distinct descriptions.

    >>> holds_categories(["Red", "Amber", "Red"]), holds_categories(["Red", "Amber"]), holds_categories(["Red", "Red"])
    (True, False, False)
    """
    return 2 <= len(set(values)) <= min(MAX_CATEGORIES, len(values) - 1)


def category_columns(rows: Sequence[Unit]) -> list[int]:
    """The columns holding categories, the label column aside."""
    return [j for j in range(len(rows[0].cells)) if j != rows[0].label_col and holds_categories(filled(rows, j))]


def written_category(question: str, rows: Sequence[Unit]) -> tuple[int, str] | None:
    """A column of categories and the value of it the question writes whole, when that value picks
    some rows but not all ("not on track" of a Status column).

    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="M", headers=("Metric", "Status"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("A", "On track")), mk(1, ("B", "Not on track")), mk(2, ("C", "On track"))]
    >>> written_category("which metrics are not on track", rows), written_category("which metrics are there", rows)
    ((1, 'not on track'), None)
    """
    for j in category_columns(rows):
        values = [r.cells[j] for r in rows if j < len(r.cells)]
        whole = value_written(question, set(values))
        if whole and len(whole.split()) <= CATEGORY_WORDS and not all(has_value(v, whole) for v in values):
            return j, whole
    return None


CATEGORY_WORDS = 4  # a category is a short label ("Not on track"); a longer value written whole is a description


def has_value(cell: str, value: str) -> bool:
    """The cell says the value: the whole of it ("Not on track"), or a stem of it ("Red – overdue")."""
    return " ".join(words(cell)) == value or value in token_set(cell)


def named_category(question: str, rows: Sequence[Unit], col: int) -> frozenset[str]:
    """The words of the one category of the column the question names ("rated red": "red"), when
    the column holds categories (a few values, repeated); empty otherwise.

    >>> mk = lambda i, c: Unit(id=f"t#{i}", doc="t", kind="row", text="", headers=("Risk", "Rating"), cells=(f"R{i}", c), row=f"R{i}")
    >>> rows = [mk(0, "Red"), mk(1, "Amber"), mk(2, "Red"), mk(3, "Green")]
    >>> sorted(named_category("which risks are rated red", rows, 1)), named_category("which risks are there", rows, 1)
    (['red'], frozenset())
    """
    values = filled(rows, col)
    if not holds_categories(values):
        return frozenset()
    asked = token_set(question)
    named = [t for v in set(values) if (t := token_set(v)) and t <= asked]
    return named[0] if len(named) == 1 else frozenset()


def bullets(text: str) -> tuple[str, list[str]]:
    """A paragraph's words before its first bullet, and its bulleted items.

    >>> bullets("48. Sources of borrowing are: • the PWLB • any bank; • bond investors")
    ('48. Sources of borrowing are:', ['the PWLB', 'any bank', 'bond investors'])
    >>> bullets("8.1 The main risks are: - growth in demand; - provider failure; and - the review.")
    ('8.1 The main risks are:', ['growth in demand', 'provider failure', 'the review'])
    """
    head, *items = BULLET.split(text)
    return head.strip(), [_LAST_JOINER.sub("", i.strip()).rstrip(";,.").strip() for i in items if i.strip(" ;,.")]


_LAST_JOINER = re.compile(r"[;,]\s*(?:and|or)$")  # "provider failure; and": the joiner before the last item


def inline_list(unit: Unit, evidence: Evidence) -> Listing | None:
    """A list printed as bullets inside paragraphs, as PDF text gives it: the run of paragraphs
    around `unit` that continue it (each opening with a bullet), named by the words before the
    first bullet, else by the lead-in paragraph just before it (ending with ':'), else by the heading.
    A lead-in paragraph brings the bulleted paragraphs after it.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t, section="Borrowing") for i, t in enumerate(
    ...     ["48. Sources of borrowing are: • the PWLB • any bank", "• bond investors • other councils", "49. Next point."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> found = inline_list(us[1], ev)
    >>> found.name, found.items
    ('48. Sources of borrowing are:', ('the PWLB', 'any bank', 'bond investors', 'other councils'))
    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t, section="Grants") for i, t in enumerate(
    ...     ["Grants rolled in, as listed below:", "• School transport • Transparency code", "Next point."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> inline_list(us[0], ev).items, inline_list(us[1], ev).name
    (('School transport', 'Transparency code'), 'Grants rolled in, as listed below:')
    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t, section="Consultation") for i, t in enumerate(
    ...     ["10.1 Consultation will be carried out as follows:", "- an online survey; - a roadshow in each district.", "10.2 Next."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> inline_list(us[0], ev).items
    ('an online survey', 'a roadshow in each district')
    """
    leads = unit.text.rstrip().endswith(":")
    if not BULLET.search(unit.text) and not leads:
        return None
    section = [u for u in evidence.section_of(unit) if u.kind == "passage"] or [unit]
    at = section.index(unit) if unit in section else 0
    if not BULLET.search(unit.text):
        if at + 1 >= len(section) or not BULLET.match(section[at + 1].text):
            return None
        at += 1  # a lead-in paragraph: its list is the bulleted run after it
    start = at
    while start > 0 and BULLET.match(section[start].text) and BULLET.search(section[start - 1].text):
        start -= 1
    end = at + 1
    while end < len(section) and BULLET.match(section[end].text):
        end += 1
    run = section[start:end]
    while end == len(section) and len(run) < LIST_RUN and (after := evidence.next_of(run[-1])) is not None:
        if after.kind != "passage" or not BULLET.match(after.text):
            break
        run.append(after)  # the list goes on over a page break, under the next page's running heading
    items: list[str] = []
    units: list[Unit] = []
    for u in run:
        for item in bullets(u.text)[1]:
            items.append(item_text(item))
            units.append(u)
    if len(items) < 2:
        return None
    head = bullets(section[start].text)[0]
    before = section[start - 1].text.strip() if start > 0 else ""
    lead = before if before.endswith(":") and not BULLET.search(before) else ""
    name = head or lead or (section[start].section.split(" › ")[-1] if section[start].section else "")
    return Listing(name, tuple(items), tuple(units))


def led_listing(lead: str, items: Sequence[Unit]) -> Listing:
    """A list of item units under its lead-in; a lead-in joined by SUBLIST to the paragraph
    introducing it is named by the first and read in the light of the second."""
    name, _, context = lead.partition(SUBLIST)
    return Listing(name, tuple(item_text(i.text) for i in items), tuple(items), context=context)


def candidates(hits: list[Hit], evidence: Evidence) -> list[tuple[Listing | Sequence[Unit], Unit]]:
    """The lists the best hits belong to, each once: passage lists as their items, tables as rows."""
    out: list[tuple[Listing | Sequence[Unit], Unit]] = []
    seen: set[str] = set()
    for h in hits[:LIST_DEPTH]:
        u = h.unit
        if u.kind == "row":
            rows = printed_rows(u.table_id, evidence)
            if rows and rows[0].id not in seen:
                seen.add(rows[0].id)
                out.append((rows, u))
            continue
        for lead, items in lists_at(u, evidence):
            if len(items) >= 2 and lead not in seen:
                seen.add(lead)
                out.append((led_listing(lead, items), u))
        inline = inline_list(u, evidence)
        if inline is not None and f"{inline.units[0].id}•" not in seen:
            seen.add(f"{inline.units[0].id}•")
            out.append((inline, u))
    return out


def printed_rows(table_id: str, evidence: Evidence) -> list[Unit]:
    """A table's rows with those of the pages it runs onto without its header (Evidence.run_of):
    a list of schemes printed over two pages is one list."""
    return [r.unit for r in evidence.run_of(table_id).rows] if evidence.run_of else evidence.rows_of(table_id)


def lists_at(unit: Unit, evidence: Evidence) -> list[tuple[str, list[Unit]]]:
    """The lists a passage belongs to or introduces, each with its lead-in. A paragraph followed by
    lists under sub-headings ("Living Well:" a, b; "Ageing Well:" a, b, c) introduces each of them,
    named by the paragraph and the sub-heading."""
    if unit.lead:
        return [(unit.lead, evidence.list_of(unit))]
    items = evidence.items_after(unit)
    if items:
        return [(unit.text, items)]
    section = evidence.section_of(unit)
    after = section[section.index(unit) + 1 :] if unit in section else []
    following: dict[str, list[Unit]] = {}
    for u in after:
        if u.kind != "passage" or not u.lead:
            break
        following.setdefault(u.lead, []).append(u)
    return [(f"{lead}{SUBLIST}{unit.text}", items) for lead, items in following.items()]


def codes_only(items: Sequence[str]) -> bool:
    """Items that are numbers or codes, not names ("4", "7", "6"): a column of references, no list of things.

    >>> codes_only(["4", "7", "6"]), codes_only(["Strand 4: Housing", "Strand 7: Medicines"])
    (True, False)
    """
    return sum(not re.search(r"[A-Za-z]{3}", i) for i in items) * 2 > len(items)


def best_listing(question: str, hits: list[Hit], evidence: Evidence) -> Listing | None:
    """The list whose name carries most of the question's subject; its items break ties."""
    subject = subject_tokens(question)
    # what the list is of, less the words naming the document ("the recommendations in the finance report")
    of_what = subject_tokens(without_document(question))
    weight = lambda t: idf(t, evidence)  # noqa: E731 — a one-line weighting passed down
    scored = []
    for rank, (found, unit) in enumerate(candidates(hits, evidence)):
        listing = found if isinstance(found, Listing) else table_listing(question, found, weight)
        if listing is None or codes_only(listing.items):
            continue
        name = f"{listing.name} {listing.context} {unit.section} {listing.column}"
        if of_what and not weighted_share(of_what, name, weight):
            continue  # named by the document's words only (a cover sheet's "Report of" column)
        # a list is named by its lead-in, heading and column; between lists named alike, its
        # document's name decides ("the jsna recommendations"), then a sub-list's own heading
        in_doc = f"{name} {re.sub(r'[-_.]+', ' ', unit.doc)}"
        own = weighted_share(subject, listing.name, weight)
        items = weighted_share(subject, " ".join(listing.items), weight)
        score = (weighted_share(of_what or subject, name, weight), weighted_share(subject, in_doc, weight), own, items, -rank)
        scored.append((score, listing))
    if not scored:
        return None
    best = max(scored, key=lambda s: s[0])
    (_, name_share, *_), listing = best
    return listing if name_share >= NAMED_LIST else None  # a list the question does not name is not its answer


def answer(question: str, hits: list[Hit], evidence: Evidence, max_cited: int = 5) -> Draft | None:
    """Every item of the best list, in document order, with its count, cited in reading order
    ([1], [2], ...) as far as `max_cited` goes; the item the search ranked highest is always among
    them, so the citation nearest the question's own words is never left out."""
    listing = best_listing(question, hits, evidence)
    return None if listing is None else listing_draft(listing, hits, evidence, max_cited)


def own_answer(item: Unit, hits: list[Hit], evidence: Evidence, max_cited: int = 5) -> Draft | None:
    """The whole list a list item belongs to, under its lead-in: what answers a question whose
    closest passage is one item of a list ("what happens at OPEL 4" finds "hold a system call",
    one of the things "the system will:" do). None when the item is not in a list of two or more.

    >>> lead = "When a site reaches level 4 the system will:"
    >>> a, b = (Unit(id=str(i), doc="d", kind="passage", text=t, lead=lead) for i, t in enumerate(["hold a system call;", "open escalation beds."]))
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2, list_of=lambda u: [a, b])
    >>> own_answer(a, [Hit(unit=a, score=1.0)], ev).text
    '“When a site reaches level 4 the system will:” — 2 items: hold a system call [1]; open escalation beds [2].'
    >>> own_answer(Unit(id="3", doc="d", kind="passage", text="A paragraph."), [], ev) is None
    True
    """
    if not item.lead:
        return None
    items = evidence.list_of(item)
    if len(items) < 2 or item not in items:
        return None
    return listing_draft(led_listing(item.lead, items), hits, evidence, max_cited)


def introduced(lead: Unit, hits: list[Hit], evidence: Evidence, max_cited: int = 5) -> Draft | None:
    """The whole list a paragraph ending in ':' announces, under it: never the announcement
    alone. None for any other paragraph, or one followed by no list of two items or more.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t, section="S") for i, t in enumerate(["We will consult as follows:", "• a survey • a roadshow"])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=2, section_of=lambda u: us)
    >>> introduced(us[0], [], ev).text
    '“We will consult as follows:” [1] — 2 items: a survey; a roadshow [2].'
    >>> introduced(us[1], [], ev) is None
    True
    """
    if lead.kind != "passage" or not lead.text.rstrip().endswith(":"):
        return None
    found = [led_listing(text, items) for text, items in lists_at(lead, evidence) if len(items) >= 2]
    listing = found[0] if found else inline_list(lead, evidence)
    return None if listing is None else listing_draft(listing, hits, evidence, max_cited)


def printed_answer(question: str, hits: list[Hit], evidence: Evidence, max_cited: int = 5) -> Draft | None:
    """The list answer when the best list is printed in the text (items or bullets, not a table's
    column); None otherwise. Asked before any operation on a table's figures: "list the sources
    of borrowing" is answered by the paragraph listing them, not by counting a close table's rows."""
    listing = best_listing(question, hits, evidence)
    return None if listing is None or listing.column else listing_draft(listing, hits, evidence, max_cited)


def listing_draft(listing: Listing, hits: list[Hit], evidence: Evidence, max_cited: int = 5) -> Draft:
    """The list's items in document order with its count, cited as `answer` describes."""
    lead = lead_unit(listing, evidence)
    # several items printed in one paragraph share its citation
    distinct = list(dict.fromkeys(u.id for u in listing.units if lead is None or u.id != lead.id))
    order = cited_items(distinct, [h.unit.id for h in hits], max_cited - (lead is not None))
    first = 1 + (lead is not None)  # the lead-in paragraph, quoted as the list's name, is cited first
    number = {distinct[i]: n for n, i in enumerate(order, first)}
    if lead is not None:
        number[lead.id] = 1
    n = len(listing.items)
    shown = listing.items[:MAX_ITEMS]
    marks = [number.get(listing.units[i].id) for i in range(len(shown))]
    # a paragraph's number is printed after the last of its items shown
    parts = [
        f"{item} [{m}]" if m is not None and (i + 1 == len(shown) or marks[i + 1] != m) else item
        for i, (item, m) in enumerate(zip(shown, marks))
    ]
    name = truncate(without_number(listing.name), 200)
    what = f"{listing.column} in “{name}”" if listing.column else f"“{name}”" + (" [1]" if lead is not None else "")
    count = f"{n} items" if n <= MAX_ITEMS else f"the first {MAX_ITEMS} of {n} items"
    text = f"{what} — {count}: " + "; ".join(parts) + "."
    by_id = {u.id: u for u in listing.units}
    cited = ((lead,) if lead is not None else ()) + tuple(by_id[distinct[i]] for i in order)
    evidence_units = ((lead,) if lead is not None else ()) + tuple(listing.units)
    return Draft("answered", text, cited=cited, evidence=evidence_units, computed=frozenset({str(n), str(MAX_ITEMS)}))


def lead_unit(listing: Listing, evidence: Evidence) -> Unit | None:
    """The paragraph before a list's first item that leads it in (the list's name), when it is a
    unit of its own; None for a table's column or bullets inside the lead-in paragraph itself.

    >>> us = [Unit(id=f"d#{i}", doc="d", kind="passage", text=t, section="S") for i, t in enumerate(["Stages are:", "a. One;", "b. Two."])]
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=3, section_of=lambda u: us)
    >>> lead_unit(Listing("Stages are:", ("a. One", "b. Two"), tuple(us[1:])), ev).id
    'd#0'
    """
    if listing.column or not listing.units or not listing.name:
        return None
    first = listing.units[0]
    section = evidence.section_of(first)
    before = section[: section.index(first)] if first in section else []
    name = listing.name.strip()
    for u in reversed(before[-LEAD_REACH:]):
        if u.kind == "passage" and u.text.strip() and (name.startswith(u.text.strip()) or u.text.strip().endswith(name)):
            return u
    return None


LIST_RUN = 20  # bulleted paragraphs followed past the end of a section, at most
LEAD_REACH = 3  # units before a list's first item searched for its lead-in paragraph


def cited_items(items: list[str], ranked: list[str], max_cited: int) -> list[int]:
    """Positions of the list items to cite: the first `max_cited` in reading order, the last of
    them given up for the best-ranked item when that one comes later.

    >>> cited_items(["a", "b", "c", "d"], ["b", "d"], 2), cited_items(["a", "b", "c", "d"], ["d", "b"], 2)
    ([0, 1], [0, 3])
    """
    order = list(range(min(len(items), max_cited)))
    rank = {uid: i for i, uid in enumerate(ranked)}
    best = min(range(len(items)), key=lambda i: (rank.get(items[i], len(ranked)), i), default=None)
    if best is not None and best not in order and order:
        order[-1] = best
    return order


MAX_COUNTED_CITED = 5  # rows counted that are also cited
COUNTED_DEPTH = 5  # best hits searched for the table whose rows are counted
MAX_CATEGORIES = 6  # a column of at most this many distinct values is a category (a RAG status, a type)
_HOW_MANY = re.compile(r"^\s*how many\b", re.I)
_RATED = re.compile(r"\brated\b", re.I)


def value_filter(question: str, rows: Sequence[Unit]) -> tuple[int, str] | None:
    """The column of categories and the word of it the question picks rows by ("how many actions
    are green": the Status column, "green"); None when no category is named, or it names every row.

    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="Log", headers=("Action", "Status"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("Publish", "Green")), mk(1, ("Hire", "Red – overdue")), mk(2, ("Audit", "Green")), mk(3, ("Move", "Amber"))]
    >>> value_filter("how many actions are green", rows), value_filter("how many actions are red", rows)
    ((1, 'green'), (1, 'red'))
    >>> value_filter("how many actions are there", rows) is None
    True
    >>> value_filter("how many people did the audit help", [mk(0, ("Audit", "Helps people")), mk(1, ("Hire", "Staff")), mk(2, ("Move", "Offices"))]) is None
    True
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="T", headers=("Company", "Type", "Employees"), cells=cells, row=cells[0])
    >>> rows = [mk(0, ("Minno", "Closure", "255")), mk(1, ("Acme", "Layoff", "40")), mk(2, ("Bolt", "Closure", "12"))]
    >>> value_filter("how many closures were there", rows), value_filter("how many employees were affected by closures", rows)
    ((1, 'closur'), None)
    >>> value_filter("how many were affected by the minno closure", rows) is None
    True
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="M", headers=("Metric", "Status"), cells=cells, row=cells[0])
    >>> value_filter("how many metrics are not on track", [mk(0, ("A", "On track")), mk(1, ("B", "Not on track")), mk(2, ("C", "On track"))])
    (1, 'not on track')
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="S", headers=("Proposal", "Saving", "RAG"), cells=cells, row=cells[0], units=("", "£000", ""))
    >>> value_filter("how many savings are red", [mk(0, ("Buses", "400", "Red")), mk(1, ("Lights", "150", "Green")), mk(2, ("Care", "850", "Red")), mk(3, ("Parks", "90", "Green"))])  # £ count no savings
    (2, 'red')
    >>> mk = lambda i, cells: Unit(id=f"t#{i}", doc="t", kind="row", text="", table="V", headers=("Vaccine", "Q1", "Q2", "RAG"), cells=cells, row=cells[0])
    >>> value_filter("how many vaccines are red this quarter", [mk(0, ("Dose A", "90", "89", "Red")), mk(1, ("Dose B", "95", "96", "Green")), mk(2, ("Dose C", "91", "90", "Red"))])
    (3, 'red')
    >>> value_filter("how many V vaccines are rated green in Q2", [mk(0, ("Dose A rate", "90", "89", "Red")), mk(1, ("Dose B rate", "95", "96", "Green")), mk(2, ("Dose C V", "91", "90", "Red"))])
    (3, 'green')
    """
    # "rated green": the verb, not a "rate" row; the table's title names no row ("sexual health KPIs")
    asked = subject_tokens(_RATED.sub(" ", question))
    if (asked - token_set(rows[0].table)) & token_set(" ".join(r.row for r in rows)):
        return None  # a word naming a row asks for that row's figures ("the Minno closure")
    kinds = column_kinds(rows[0].headers, [r.cells for r in rows], units=rows[0].units)
    counts = [j for j in range(len(rows[0].cells)) if sum(cell_number(r.cells[j]) is not None for r in rows) * 2 > len(rows)]
    # "red this quarter", "green in Q2": a period names no column of figures counted
    named = {t for t in asked - PERIOD_WORDS if not any(ch.isdigit() for ch in t)}
    if any(named & token_set(rows[0].headers[j]) for j in counts if j < len(rows[0].headers) and kinds[j] != "money"):
        return None  # "how many employees": a column of figures counts them, not the rows ("how many savings" counts rows of £)
    if (found := written_category(question, rows)) is not None:
        return found  # "not on track", of "On track" and "Not on track"
    for j in category_columns(rows):  # categories repeat: a column of distinct descriptions is not one
        values = [r.cells[j] for r in rows if j < len(r.cells)]
        for t in sorted(asked):
            having = [v for v in values if t in token_set(v)]
            if having and len(having) < len(values):
                return j, t
    return None


def counted_answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """ "How many <rows> are <category>?" over the best hit's table: the rows whose category cell
    says it, counted and listed, each cited. None unless the question opens "how many" and names
    one value of a column of categories. The table is the first row's among the best COUNTED_DEPTH
    hits: a paragraph about the rows ("16 proposals, rated …") may come first."""
    first = next((h.unit for h in hits[:COUNTED_DEPTH] if h.unit.kind == "row"), None)
    if first is None or not _HOW_MANY.match(question) or (first is not hits[0].unit and holds("number", hits[0].unit.text)):
        return None  # a closer paragraph giving a figure ("24 food and energy awards") answers, not a count of rows
    rows = [r for r in printed_rows(first.table_id, evidence) if not r.total]
    if len(rows) < 3 or (found := value_filter(question, rows)) is None:
        return None
    top, (j, word) = first, found
    picked = [r for r in rows if has_value(r.cells[j], word)]
    label = rows[0].label_col
    names = "; ".join(f"{r.cells[label] or r.row}" + (f" [{i}]" if i <= MAX_COUNTED_CITED else "") for i, r in enumerate(picked, 1))
    n = len(picked)
    said = " / ".join(dict.fromkeys(r.cells[j] for r in picked))
    text = f"{n} of the {len(rows)} rows of “{top.table}” have {top.headers[j]} “{said}”: {names}."
    return Draft(
        "answered",
        text,
        cited=tuple(picked[:MAX_COUNTED_CITED]),
        evidence=tuple(picked),
        computed=frozenset({str(n), str(len(rows))}),
        value=float(n),
    )
