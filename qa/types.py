"""Records passed between the stages. Frozen, typed, serialised with dataclasses.asdict.

Importing this module is instant: it pulls in nothing heavy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["text", "table"]
UnitKind = Literal["passage", "row"]
Status = Literal["answered", "no_answer"]
BBox = tuple[float, float, float, float]  # PDF points (x0, top, x1, bottom)


@dataclass(frozen=True)
class Table:
    """A parsed table: a title, column headers and rows of cell strings.

    Reports print headers in bands ("Year to date" over "Plan | Actual | Variance"), put units in
    a row of their own ("$ million") and group rows under a label row ("Current liabilities").
    `headers` is each column's header path joined for display; the parts are in `header_paths`.
    """

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    header_paths: tuple[tuple[str, ...], ...] = ()  # per column, top band row first
    units: tuple[str, ...] = ()  # per column: "$ million", "%", "£000s", or ""
    groups: tuple[str, ...] = ()  # per row: the group label printed above it, or ""


@dataclass(frozen=True)
class Block:
    """One piece of a document in reading order: a paragraph (or list item) or a table.

    `lead` is the sentence that introduces a list item ("...in the following areas:"),
    kept so the item can be understood on its own.
    """

    kind: BlockKind
    heading_path: tuple[str, ...]
    text: str = ""
    table: Table | None = None
    page: int | None = None
    lead: str = ""
    bbox: BBox | None = None  # on `page`


@dataclass(frozen=True)
class Source:
    """What the corpus says about a file: shown beside every citation from it."""

    title: str
    date: str = ""
    publisher: str = ""
    url: str = ""


@dataclass(frozen=True)
class Document:
    name: str  # file name relative to the corpus folder; the `doc` of every citation
    source: Source
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Unit:
    """The smallest citable piece: a passage, or one table row with its table's headers."""

    id: str
    doc: str
    kind: UnitKind
    text: str  # what is cited and shown
    section: str = ""  # heading path joined with " › "
    page: int | None = None
    table: str = ""  # table title, rows only
    headers: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    row: str = ""  # the row's label, rows only
    table_id: str = ""  # groups the rows of one table
    context: str = ""  # heading path and lead-in, searched but not cited
    row_detail: str = ""  # a second cell telling apart rows that share a label
    label_col: int = 0  # which cell holds the label
    group: str = ""  # the group row printed above this row ("Current liabilities")
    header_paths: tuple[tuple[str, ...], ...] = ()  # per column, top band row first
    units: tuple[str, ...] = ()  # per column: "$ million", "%", or ""
    total: bool = False  # the row adds up others ("Total", "Sub-total")
    lead: str = ""  # passages only: the paragraph introducing the list this passage is an item of
    bbox: BBox | None = None  # PDF only: the passage, or the row's table, on `page`

    @property
    def search_text(self) -> str:
        """The text that is embedded and indexed for BM25."""
        return f"{self.context}\n{self.text}" if self.context else self.text

    @staticmethod
    def from_dict(d: dict[str, Any]) -> "Unit":
        d = dict(d)
        d["headers"] = tuple(d.get("headers", ()))
        d["cells"] = tuple(d.get("cells", ()))
        d["header_paths"] = tuple(tuple(p) for p in d.get("header_paths", ()))
        d["units"] = tuple(d.get("units", ()))
        if d.get("bbox") is not None:
            d["bbox"] = tuple(d["bbox"])
        return Unit(**d)


@dataclass(frozen=True)
class Hit:
    unit: Unit
    score: float  # fused score, higher is better
    dense: float = 0.0  # cosine similarity of the question to the unit
    bm25: float = 0.0


@dataclass(frozen=True)
class Citation:
    doc: str
    title: str
    page: int | None
    section: str | None
    table: str | None
    row: str | None
    text: str
    score: float
    # Shown by the chat, not part of the JSON contract.
    unit_id: str = ""
    headers: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    date: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The citation as the CLI and the API print it (the public JSON contract). `unit_id` lets
        a client send the answer back as `previous`, so a follow-up starts from the same unit."""
        return {
            "doc": self.doc,
            "title": self.title,
            "page": self.page,
            "section": self.section,
            "table": self.table,
            "row": self.row,
            "text": self.text,
            "score": round(self.score, 4),
            "unit_id": self.unit_id,
        }

    @staticmethod
    def from_dict(d: object, where: str = "citation") -> "Citation":
        """A citation from its JSON, every field checked (the JSON comes back from clients).
        Unknown keys are ignored; a missing or mistyped field is a ShapeError naming it.

        >>> Citation.from_dict({"doc": "d.md", "title": "T", "page": None, "section": None, "table": None,
        ...     "row": "r", "text": "t", "score": 0.5, "unit_id": "u1", "extra": 1}).unit_id
        'u1'
        >>> Citation.from_dict({"doc": "d.md", "title": "T", "page": "2", "section": None, "table": None,
        ...     "row": None, "text": "t", "score": 0.5})
        Traceback (most recent call last):
        qa.types.ShapeError: citation.page must be a whole number or null
        """
        d = _object(d, where)
        return Citation(
            doc=_get(d, "doc", str, where),
            title=_get(d, "title", str, where),
            page=_get(d, "page", int, where, nullable=True),
            section=_get(d, "section", str, where, nullable=True),
            table=_get(d, "table", str, where, nullable=True),
            row=_get(d, "row", str, where, nullable=True),
            text=_get(d, "text", str, where),
            score=float(_get(d, "score", float, where)),
            unit_id=_get(d, "unit_id", str, where, default=""),
        )


@dataclass(frozen=True)
class Answer:
    question: str
    status: Status
    answer: str
    citations: tuple[Citation, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()  # for no_answer: topics the documents do cover
    value: float | None = None  # the figure the answer gives (looked up or computed), for scripts
    corrected: str | None = (
        None  # the question as answered, when it differs from the one asked (misspelt words corrected, a follow-up such as "and the year after?" written out)
    )

    def to_dict(self) -> dict[str, Any]:
        """The answer as `python -m qa ask --json` and `POST /api/ask` return it."""
        return {
            "question": self.question,
            "corrected": self.corrected,
            "status": self.status,
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "value": self.value,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }

    @staticmethod
    def from_dict(d: object) -> "Answer":
        """The answer from the JSON `to_dict` made, every field checked (clients send it back as
        `previous`). Unknown keys are ignored; a missing or mistyped field is a ShapeError naming it.

        >>> a = Answer("q", "answered", "x [1].", (Citation("d.md", "T", 3, "S", "T", "r", "t", 0.5, unit_id="u1"),), {"total": 1.0})
        >>> Answer.from_dict(a.to_dict()) == a
        True
        >>> Answer.from_dict({"question": "q", "status": "maybe", "answer": "", "citations": []})
        Traceback (most recent call last):
        qa.types.ShapeError: status must be "answered" or "no_answer"
        """
        d = _object(d, "answer")
        question = _get(d, "question", str, "")  # fields checked in the order to_dict writes them
        status = _get(d, "status", str, "")
        if status not in ("answered", "no_answer"):
            raise ShapeError('status must be "answered" or "no_answer"')
        text = _get(d, "answer", str, "")
        citations = tuple(Citation.from_dict(c, f"citations[{i}]") for i, c in enumerate(_get(d, "citations", list, "")))
        value = _get(d, "value", float, "", nullable=True, default=None)
        timings = _get(d, "timings_ms", dict, "", default={})
        return Answer(
            question=question,
            status="answered" if status == "answered" else "no_answer",
            answer=text,
            citations=citations,
            timings_ms={str(k): float(_get(timings, k, float, "timings_ms")) for k in timings},
            value=None if value is None else float(value),
        )


class ShapeError(ValueError):
    """A record read back from JSON lacks a field or has one of the wrong type."""


_KINDS = {str: "text", int: "a whole number", float: "a number", list: "a list", dict: "an object"}


def _object(d: object, where: str) -> dict[str, Any]:
    if not isinstance(d, dict):
        raise ShapeError(f"{where} must be an object")
    return d


_REQUIRED = object()


def _get(d: dict[str, Any], key: str, kind: type, where: str, *, nullable: bool = False, default: object = _REQUIRED) -> Any:
    """d[key], checked to be of `kind` (float admits whole numbers; bool is never a number)."""
    name = f"{where}.{key}" if where else key
    if key not in d:
        if default is _REQUIRED:
            raise ShapeError(f"{name} is missing")
        return default
    v = d[key]
    if v is None and nullable:
        return None
    kinds = (int, float) if kind is float else (kind,)
    if not isinstance(v, kinds) or isinstance(v, bool):
        raise ShapeError(f"{name} must be {_KINDS[kind]}{' or null' if nullable else ''}")
    return v


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not be read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class BuildReport:
    documents: int
    passages: int
    rows: int
    skipped: tuple[Skipped, ...]
    embedded: int  # units embedded in this build (the rest came from the cache)
    seconds: float
    index_dir: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
