"""Collecting blocks in reading order while tracking the heading path. Used by every parser."""

from __future__ import annotations

import re

from qa.parse.tables import build_tables
from qa.types import BBox, Block, Table

_SPACES = re.compile(r"\s+")
_BOILERPLATE = re.compile(r"\b(click(ing)? here|skip to content|cookie)\b", re.I)


def norm_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


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
        if not text or (len(text) < 60 and _BOILERPLATE.search(text)):
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
        """Add the tables found in a raw grid; untitled tables take the nearest heading."""
        tables = build_tables(grid, title or (self.path[-1] if self.path else ""))
        for t in tables:
            self.table(t, page=page, bbox=bbox)
        return tables
