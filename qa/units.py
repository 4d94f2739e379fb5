"""Document -> Units: passages with their heading path, and one unit per table row carrying the
table's title and column headers. Pure functions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from qa.glossary import acronym_map, expansions
from qa.lexicon import corpus_abbreviations
from qa.parse.tables import is_total_label, strip_footnote
from qa.tableview import cell_number
from qa.text import MONTH_NAMES
from qa.types import Block, Document, Table, Unit

SECTION_SEP = " › "
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9“\"'(])")
_NUMERIC = re.compile(r"^[\s£$€%.,:/\-–\d()approxkmilon]*$", re.I)


_MARKER_LIKE = re.compile(r"\[(\d{1,3})\]")


def no_markers(text: str) -> str:
    """Document text with citation-like "[2]" written with full-width brackets: only the engine
    writes markers, so a document cannot point a claim at another document's citation.

    >>> no_markers("£999 according to NHS England [2].")
    '£999 according to NHS England ［2］.'
    """
    return _MARKER_LIKE.sub(lambda m: f"［{m.group(1)}］", text)


def unit_id(doc: str, position: int, text: str) -> str:
    """Stable id: document path + position + content hash."""
    return f"{doc}#{position}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def split_passage(text: str, max_chars: int) -> list[str]:
    """Split a long paragraph at sentence ends into pieces of at most about max_chars.

    >>> split_passage("One. Two. Three.", 9)
    ['One. Two.', 'Three.']
    """
    if len(text) <= max_chars:
        return [text]
    pieces, current = [], ""
    for sentence in SENTENCE_END.split(text):
        if current and len(current) + 1 + len(sentence) > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return pieces


def introduces(lead: str, text: str) -> bool:
    """A list item's lead-in paragraph (`lead`, as parsed) is the passage `text`, or ends with it:
    a long lead-in is split into passages at sentence ends, and its last one announces the list.

    >>> lead = "The grant fell. In addition, several grants were rolled in, as listed below:"
    >>> [introduces(lead, p) for p in split_passage(lead, 20)]
    [False, True]
    >>> introduces("The aims are:", "The aims are:"), introduces("", "Anything.")
    (True, False)
    """
    if not lead:
        return False
    return lead == text or (text != "" and no_markers(lead).endswith(text))


def render_row(title: str, headers: tuple[str, ...], cells: tuple[str, ...], max_cell: int | None = None, keep: str = "") -> str:
    """`Table: <title> | <header>: <cell> | ...`, skipping empty cells. With `max_cell`, long cells
    are shortened, except those quoted in `keep` (the answer that cites the row).

    >>> render_row("T", ("A", "B", "C"), ("x", "", "3"))
    'Table: T | A: x | C: 3'
    """
    parts = [f"Table: {title}"] if title else []
    for h, c in zip(headers, cells):
        if c:
            if max_cell and len(c) > max_cell and c not in keep:
                c = truncate(c, max_cell)
            parts.append(f"{h}: {c}")
    return " | ".join(parts)


def embedding_text(unit: Unit) -> str:
    """What the dense model reads: a row with long cells cut short, so that its name and figures are
    not drowned by paragraphs of commitments (the model reads at most 256 word pieces anyway)."""
    if unit.kind != "row":
        return unit.search_text
    row = render_row(unit.table, unit.headers, unit.cells, max_cell=90)
    return f"{unit.context}\n{row}" if unit.context else row


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"


_CODE = re.compile(r"^[A-Za-z]{1,6}[-_ ./]?\d{1,4}(?:[-./]\d{1,4})?[A-Za-z]?$")  # "S05", "NDR-02", "AB-24/03": a reference


def is_code_column(values: list[str]) -> bool:
    """A column of references ("S01", "NDR-02") that identify rows without naming them.

    >>> is_code_column(["S01", "S02", "S10"]), is_code_column(["NDR-01", "AB-24/03"]), is_code_column(["GET", "CYPE"])
    (True, True, False)
    """
    return mostly(values, lambda v: bool(_CODE.match(v.strip())))


_DATE = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b(?:{'|'.join(MONTH_NAMES)})\b", re.I)


def is_date_column(values: list[str]) -> bool:
    """A column of dates ("31 January 2027", "18/12/2025"): when things are due, not what they are.

    >>> is_date_column(["31 January 2027", "18/12/2025"]), is_date_column(["Roads", "Libraries"])
    (True, False)
    """
    return mostly(values, lambda v: bool(_DATE.search(v)))


def mostly(values: list[str], test: Callable[[str], bool]) -> bool:
    """More than half the values pass the test."""
    return bool(values) and sum(test(v) for v in values) > len(values) / 2


def label_columns(table: Table) -> tuple[int, int | None]:
    """Pick the column that names each row, and, when that column repeats, a second one to tell rows apart.
    A column of references ("S05") gives way to a column of names as distinct as it, and becomes the
    second: the row is "Integrated community teams — S05".

    >>> t = Table(title="", headers=("ID", "Scheme", "£000"), rows=[("S01", "Roads", "5"), ("S02", "Libraries", "3")])
    >>> label_columns(t)
    (1, 0)
    >>> t = Table(title="", headers=("No.", "Action", "Due"), rows=[("AB-1", "Publish the plan", "3 May 2027"), ("AB-2", "Hire staff", "1 June 2027")])
    >>> label_columns(t)
    (1, 0)
    """
    n = len(table.rows)
    text_cols = []
    codes = set()
    for j in range(len(table.headers)):
        values = [r[j] for r in table.rows if r[j]]
        if values and sum(not _NUMERIC.match(v) for v in values) > len(values) / 2:
            text_cols.append((j, len(set(values)), sum(map(len, values)) / len(values)))
            if is_code_column(values):
                codes.add(j)
    if not text_cols:
        return 0, None
    short = [c for c in text_cols if c[2] <= 60] or text_cols
    best = max(short, key=lambda c: (c[1], -c[0]))
    dated = {j for j, *_ in text_cols if is_date_column([r[j] for r in table.rows if r[j]])}
    named = [c for c in text_cols if c[0] not in codes | dated and c[1] >= best[1] - 1]  # one fewer: a total row's blank name
    if best[0] in codes and named:
        # the names printed next after the references: "Scheme ID | Scheme", "Action no. | Action | Owner | Due"
        return min(named, key=lambda c: (c[0] < best[0], c[0]))[0], best[0]
    if best[1] >= n:
        return best[0], None
    others = [c for c in text_cols if c[0] != best[0]]
    second = max(others, key=lambda c: (c[1], -c[0]), default=None)
    return best[0], second[0] if second else None


def row_label(cells: tuple[str, ...], label_col: int, second: int | None) -> tuple[str, str]:
    """The row's label and, when the label column repeats, the second cell that tells rows apart.

    >>> row_label(("MH", "Team", "£1"), 0, 1)
    ('MH', 'Team')
    """
    label = cells[label_col] or next((c for c in cells if c), "")
    detail = truncate(cells[second], 60) if second is not None and cells[second] else ""
    return label, detail


def document_units(doc: Document, *, passage_max_chars: int = 600, defined: dict[str, str] | None = None) -> list[Unit]:
    units: list[Unit] = []
    for block_no, block in enumerate(doc.blocks):
        section = SECTION_SEP.join(block.heading_path)
        if block.kind == "table" and block.table is not None:
            units.extend(_table_units(doc, block, block.table, block_no, section, defined))
        else:
            # The document title is left out of the searched text: it is the same for every unit
            # of a document and would only blur the embedding.
            context = section
            if block.lead:
                context = f"{context}\n{block.lead}"
            for piece in split_passage(no_markers(block.text), passage_max_chars):
                extra = expansions(f"{context} {piece}", defined)
                units.append(
                    Unit(
                        id=unit_id(doc.name, len(units), piece),
                        doc=doc.name,
                        kind="passage",
                        text=piece,
                        section=section,
                        page=block.page,
                        context=f"{context}\n{extra}".strip() if extra else context,
                        bbox=block.bbox,
                        lead=block.lead,
                    )
                )
    return units


def _table_units(
    doc: Document, block: Block, table: Table, block_no: int, section: str, defined: dict[str, str] | None = None
) -> list[Unit]:
    label_col, second = label_columns(table)
    table_id = f"{doc.name}#t{block_no}"
    out = []
    groups = table.groups or ("",) * len(table.rows)
    rows = [tuple(no_markers(c) for c in r) for r in table.rows]
    labels = [row_label(cells, label_col, second) for cells in rows]
    shared = shared_cells([r for r, (label, _) in zip(rows, labels) if not is_total_label(label) and not note_row(r)])
    for cells, group, (label, detail) in zip(rows, groups, labels):
        if note_row(cells):
            # a footnote printed inside the table's grid is a passage, not a row of figures
            out.append(Unit(id="", doc=doc.name, kind="passage", text=next(c for c in cells if c), section=section, page=block.page))
            continue
        text = render_row(f"{table.title}{SECTION_SEP}{group}" if group else table.title, table.headers, cells)
        bare = strip_footnote(label)
        context = section if section != table.title else ""
        if bare != label:
            context = f"{context}\n{bare}".strip()  # "Accruals1" is searched as "Accruals"
        if is_total_label(label):
            # a total of rows that are all "Externally Funded" is an externally funded total
            inherited = "; ".join(f"{table.headers[j]}: {v}" for j, v in shared.items() if not cells[j])
            context = f"{context}\n{inherited}".strip()
        extra = expansions(f"{context} {text}", defined)
        out.append(
            Unit(
                id="",  # set by the caller, which knows the position in the document
                doc=doc.name,
                kind="row",
                text=text,
                section=section,
                page=block.page,
                table=table.title,
                headers=table.headers,
                cells=cells,
                row=label,
                table_id=table_id,
                context=f"{context}\n{extra}".strip() if extra else context,
                row_detail=detail,
                label_col=label_col,
                group=group,
                header_paths=table.header_paths,
                units=table.units,
                total=is_total_label(label),
                bbox=block.bbox,
            )
        )
    return out


NOTE_WORDS = 12  # a lone cell this long in a row of a table of three or more columns is a note, not a row


def note_row(cells: tuple[str, ...]) -> bool:
    """A row with one filled cell of prose in a table of three or more columns: a footnote the
    PDF printed inside the grid ("Some states may reflect lower than expected numbers ...").

    >>> note_row(("Some states may reflect lower numbers for handgun checks because of state permit laws.", "", "", ""))
    True
    >>> note_row(("Florida", "15,907", "50,796", "28,981")), note_row(("Adults and communities", "", ""))
    (False, False)
    """
    filled = [c for c in cells if c.strip()]
    return len(cells) >= 3 and len(filled) == 1 and len(filled[0].split()) >= NOTE_WORDS


def shared_cells(members: list[tuple[str, ...]]) -> dict[int, str]:
    """Words every member row of a table (its rows other than totals) writes alike in one column
    (a category: "Core", "Externally Funded"), by column; what the table's total rows, which leave
    it blank, are about.

    >>> shared_cells([("Grant A", "External", "5"), ("Grant B", "External", "7")])
    {1: 'External'}
    >>> shared_cells([("Grant A", "External", "5"), ("Grant B", "Core", "5")])
    {}
    """
    if len(members) < 2:
        return {}
    out = {}
    for j in range(min(len(r) for r in members)):
        values = {r[j] for r in members}
        if len(values) == 1 and (value := values.pop()) and cell_number(value) is None:
            out[j] = value
    return out


def document_texts(doc: Document) -> list[str]:
    """Every paragraph and table row of a document as plain text."""
    out = [b.text for b in doc.blocks if b.kind == "text"] + [h for b in doc.blocks for h in b.heading_path]
    out += [" ".join(row) for b in doc.blocks if b.table is not None for row in b.table.rows]
    return out


def build_units(docs: list[Document], *, passage_max_chars: int = 600) -> list[Unit]:
    """All units of all documents, with stable ids."""
    from dataclasses import replace

    texts = [text for doc in docs for text in document_texts(doc)]
    defined = corpus_abbreviations(texts)
    out: list[Unit] = []
    for doc in docs:
        units = document_units(doc, passage_max_chars=passage_max_chars, defined=defined)
        out.extend(replace(u, id=unit_id(doc.name, i, u.text)) for i, u in enumerate(units))
    return out


_WORD_IN_TEXT = re.compile(r"[A-Za-z][a-z]+")
_AFTER_A_WORD = re.compile(r"[a-z0-9,;]\s$")  # what comes before a word inside a sentence
_ADDRESS = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*|\b[\w-]+\.[\w-]+\.[a-z]{2,}\b"
)  # "barset.gov.uk/x"
PROSE_CAPITALS = 0.5  # a sentence with more of its words capitalised is a heading or a list of names, not prose


def proper_names(prose: list[str], cells: Sequence[str] = ()) -> dict[str, str]:
    """Words the texts write as names, lower-case word -> as written: capitalised inside a sentence
    of prose or anywhere in a table cell, and never in lower case (web and mail addresses aside).
    A question typed in lower case ("barset council") still names the place, body or thing.

    >>> proper_names(["The Barset and Ambridge councils met. Council tax rose in Ambridge.", "The council met in barset time."])
    {'ambridge': 'Ambridge'}
    >>> proper_names(["Our Plan For The Year Ahead Wins", "See www.borchester.gov.uk for more."], ["Borchester", "Lower Borchester"])
    {'borchester': 'Borchester', 'lower': 'Lower'}
    """
    capitalised: dict[str, str] = {}
    lower: set[str] = set()

    def read(text: str, anywhere: bool) -> None:
        for sentence in SENTENCE_END.split(_ADDRESS.sub(" ", text)):
            found = list(_WORD_IN_TEXT.finditer(sentence))
            prose = anywhere or sum(m.group(0)[0].isupper() for m in found) <= PROSE_CAPITALS * len(found)
            for m in found:
                word = m.group(0)
                if word.islower():
                    lower.add(word)
                elif prose and (anywhere or _AFTER_A_WORD.search(sentence[max(0, m.start() - 2) : m.start()])):
                    capitalised.setdefault(word.lower(), word)

    for text in prose:
        read(text, anywhere=False)
    for text in cells:
        read(text, anywhere=True)
    return {w: form for w, form in sorted(capitalised.items()) if w not in lower}


def corpus_terms(units: list[Unit]) -> dict[str, dict[str, str]]:
    """What answering needs from every unit at once, derived at build time and stored with the
    index so that start-up does not read the units: "acronyms", the initials people may type for
    the corpus's row and section names (qa.glossary.acronym_map); "defined", the abbreviations
    the units write out themselves (qa.lexicon.corpus_abbreviations), lower-case short form -> long
    form; and "names", the words the passages write as names (`proper_names`).

    >>> row = Unit(id="r", doc="d", kind="row", text="Royal Voluntary Service: 5", row="Royal Voluntary Service", section="Care")
    >>> passage = Unit(id="p", doc="d", kind="passage", text="It is set in the Medium Term Financial Strategy (MTFS) for the towns of Barset.", section="Money")
    >>> terms = corpus_terms([row, passage])
    >>> terms["acronyms"], terms["defined"], terms["names"]["barset"]
    ({'rvs': 'Royal Voluntary Service'}, {'mtfs': 'Medium Term Financial Strategy'}, 'Barset')
    """
    names = [u.row for u in units if u.kind == "row"]
    names += [h for u in units for h in u.section.split(SECTION_SEP) if h]
    acronyms = acronym_map(list(dict.fromkeys(names)))
    defined = corpus_abbreviations([u.text for u in units] + [u.section for u in units])
    proper = proper_names([u.text for u in units if u.kind == "passage"], [c for u in units for c in u.cells])
    return {"acronyms": acronyms, "defined": defined, "names": proper}
