"""Collecting blocks in reading order while tracking the heading path. Used by every parser."""

from __future__ import annotations

import re

from qa.parse.tables import build_tables, caption_units
from qa.types import BBox, Block, Table

_SPACES = re.compile(r"\s+")
_BOILERPLATE = re.compile(r"\b(click(ing)? here|skip to content|cookie)\b", re.I)


def norm_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_CAPTION = re.compile(r"^(?:table|figure|chart|exhibit)\s+[\w.-]{1,8}\s*[:.–—-]\s*\S", re.I)
CAPTION_CHARS = 200  # a caption is a line, not a paragraph


def is_caption(text: str) -> bool:
    """A line that names the table below it: "Table 1: Budget (£000s)", or a short line stating
    the unit of its figures ("Net revenue budget (£000s)").

    >>> is_caption("Table 1: Library and Community Hubs net revenue budget (£000s)"), is_caption("Net budget (£m)")
    (True, True)
    >>> is_caption("7. The table below sets out the net revenue budget of the service."), is_caption("Staffing rose (by 5%) in 2024.")
    (False, False)
    """
    text = text.strip()
    if len(text) > CAPTION_CHARS:
        return False
    return bool(_CAPTION.match(text)) or (caption_units(text) != "" and not text.endswith("."))


_NOTE = re.compile(r"^(?:units?|source|sources|notes?|base)\s*:", re.I)


def is_table_note(text: str) -> bool:
    """A short line between a table's caption and the table: its units, source or base.

    >>> is_table_note("Units: percentage of adults (%). Source: Annual Population Survey."), is_table_note("The table shows spend.")
    (True, False)
    """
    return len(text) <= CAPTION_CHARS and bool(_NOTE.match(text.strip()))


class BlockCollector:
    """Accumulates text and table blocks under a stack of (level, heading) pairs."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._headings: list[tuple[int, str]] = []
        self.lead = ""  # last paragraph ending in ':', introduces the list items below it
        self._previous = ""  # the paragraph just before, which introduces a list that follows it directly

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(h for _, h in self._headings)

    def heading(self, text: str, level: int) -> None:
        text = norm_space(text.replace("**", "").strip("# "))
        if not text or _BOILERPLATE.search(text):
            return
        while self._headings and self._headings[-1][0] >= level:
            self._headings.pop()
        self._headings.append((level, text))
        self.lead = self._previous = ""

    def paragraph(self, text: str, *, page: int | None = None, list_item: bool = False, bbox: BBox | None = None) -> None:
        text = norm_space(text)
        if not text or (len(text) < 60 and _BOILERPLATE.search(text)) or blank_form(text):
            return
        lead = (self.lead or self._previous) if list_item else ""
        self.blocks.append(Block("text", self.path, text=text, page=page, lead=lead, bbox=bbox))
        if not list_item:
            self.lead = text if text.endswith(":") else ""
            self._previous = text

    def table(self, table: Table, *, page: int | None = None, bbox: BBox | None = None) -> None:
        if table.rows:
            self.blocks.append(Block("table", self.path, table=table, page=page, bbox=bbox))
        self.lead = self._previous = ""

    def grid(self, grid: list[list[str]], *, page: int | None = None, title: str = "", bbox: BBox | None = None) -> list[Table]:
        """Add the tables found in a raw grid; an untitled table takes the caption printed just above
        it ("Table 1: Net revenue budget (£000s)"), or above a short note on its units or source
        ("Units: percentage of adults (%)."), else the nearest heading."""
        above = self.blocks[-1] if self.blocks and self.blocks[-1].kind == "text" and self._previous else None
        caption = not title and above is not None and not above.lead and above.heading_path == self.path and is_caption(above.text)
        if caption and above is not None:
            title = above.text
        elif not title and above is not None and len(self.blocks) >= 2 and is_table_note(above.text):
            over = self.blocks[-2]
            if over.kind == "text" and not over.lead and over.heading_path == self.path and _CAPTION.match(over.text):
                units = caption_units(above.text)
                title = over.text if not units or caption_units(over.text) else f"{over.text} ({units})"
        tables = build_tables(grid, title or (self.path[-1] if self.path else ""))
        if caption and tables:
            self.blocks.pop()  # the caption is the tables' title, carried by every row: not a passage of its own
        for t in tables:
            self.table(t, page=page, bbox=bbox)
        return tables


BLANK_SHARE = 0.4  # a line this much underscores is a form to fill in ("Chair: ______ Date: ______")


def blank_form(text: str) -> bool:
    """A line of blanks to fill in, which says nothing.

    >>> blank_form("Chair: ______________________ Date: ______________"), blank_form("The chair, Cllr Marsh, opened the meeting.")
    (True, False)
    """
    return text.count("_") >= BLANK_SHARE * len(text)
