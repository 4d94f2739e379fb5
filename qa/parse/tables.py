"""Turning raw grids of cell strings into clean Tables. Pure functions, no I/O.

Shared by every format: markdown/TSV, HTML, DOCX and PDF all end up here.
"""

from __future__ import annotations

import html
import re

from qa.types import Table

_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|br|div|tr|td|th)\b[^>]*>", re.I)
_SPACES = re.compile(r"\s+")
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
_NUMBERISH = re.compile(r"^[\s£$€%.,:/\-–\d()]*\d[\s£$€%.,:/\-–\d()]*$")


def clean_cell(raw: str | None) -> str:
    """Strip HTML markup and bullets from a cell, keeping list items apart.

    >>> clean_cell("<p>One</p> <ul><li>• two;</li><li>• three</li></ul>")
    'One two; three'
    """
    if not raw:
        return ""
    text = _BLOCK_TAG.sub(" ", raw)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("**", "")
    text = text.replace("•", " ")
    return _SPACES.sub(" ", text).strip()


def is_separator_row(cells: list[str]) -> bool:
    """A markdown rule row such as `--\t---\t---`."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(_SEPARATOR_CELL.match(c) for c in filled)


def looks_like_header(cells: list[str]) -> bool:
    """Column headers are short labels, all present, none of them a bare number or date."""
    filled = [c for c in cells if c]
    if len(filled) < max(2, len(cells) - 1):
        return False
    return all(len(c) <= 60 and not _NUMBERISH.match(c) for c in filled)


def is_spanned_header(row: list[str], next_row: list[str]) -> bool:
    """A header whose labels span several columns (blank cells to their right), above a row of figures."""
    filled = [c for c in row if c]
    figures = [c for c in next_row if c and _NUMBERISH.match(c)]
    return len(filled) >= 2 and all(len(c) <= 80 and not _NUMBERISH.match(c) for c in filled) and len(figures) >= len(next_row) / 2


def is_caption_row(cells: list[str]) -> bool:
    """A row with only its first cell filled, used by converted reports as a table title."""
    return len(cells) > 1 and bool(cells[0]) and not any(cells[1:])


def fill_header_spans(headers: list[str]) -> list[str]:
    """Give merged header cells (None/empty to the right of a label) a name, and make names unique."""
    out: list[str] = []
    for i, h in enumerate(headers):
        out.append(h or (out[-1] if out else "") or f"Column {i + 1}")
    seen: dict[str, int] = {}
    unique = []
    for h in out:
        seen[h] = seen.get(h, 0) + 1
        unique.append(h if seen[h] == 1 else f"{h} ({seen[h]})")
    return unique


def split_merged_rows(row: list[str]) -> list[list[str]]:
    """Split a row whose cells hold several rows joined by newlines, when the line counts agree.

    >>> split_merged_rows(["A\\nB", "1\\n2", ""])
    [['A', '1', ''], ['B', '2', '']]
    """
    counts = {c.count("\n") + 1 for c in row if c}
    if len(counts) != 1:
        return [row]
    n = counts.pop()
    if n < 2:
        return [row]
    parts = [c.split("\n") if c else [""] * n for c in row]
    return [[p[i] for p in parts] for i in range(n)]


def inherit_leading_blanks(rows: list[list[str]]) -> list[list[str]]:
    """A row whose first cells are blank continues the row above: copy those leading cells down.

    Only the leading run is filled; a blank cell after a filled one means "no value".
    """
    out: list[list[str]] = []
    for row in rows:
        row = list(row)
        if out and any(row):
            for i, cell in enumerate(row):
                if cell:
                    break
                if i < len(out[-1]):
                    row[i] = out[-1][i]
        out.append(row)
    return out


def build_tables(grid: list[list[str]], title: str, *, headers: list[str] | None = None) -> list[Table]:
    """Turn raw rows into Tables: title from a caption row, header detection, repeated or
    changed header rows mid-table, separator rows dropped, continued cells inherited.

    A grid can hold more than one table when a new header row appears in it.
    `headers` is used when the grid continues a table whose header came earlier.
    """
    rows = [[clean_cell(c) for c in r] for r in grid]
    rows = [r for r in rows if any(r) and not is_separator_row(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]

    captions: list[str] = []
    while rows and headers is None and is_caption_row(rows[0]) and len(rows) > 1:
        captions.append(rows.pop(0)[0])
    if captions:
        title = " ".join(captions)
    if headers is None:
        if looks_like_header(rows[0]) or (len(rows) > 1 and is_spanned_header(rows[0], rows[1])):
            headers = rows.pop(0)
        else:
            headers = [f"Column {i + 1}" for i in range(width)]
    headers = fill_header_spans(list(headers) + [""] * (width - len(headers)))[:width]

    tables: list[Table] = []
    body: list[list[str]] = []
    for r in rows:
        first_matches = r[0] and r[0].lower() == headers[0].lower()
        if first_matches and looks_like_header(r):
            if body:
                tables.append(_table(title, headers, body))
                body = []
            headers = fill_header_spans(r)
            continue
        body.append(r)
    if body:
        tables.append(_table(title, headers, body))
    return tables


def _table(title: str, headers: list[str], body: list[list[str]]) -> Table:
    body = inherit_leading_blanks(body)
    # Drop columns that are empty in the header and in every row (trailing tabs).
    keep = [i for i, h in enumerate(headers) if not h.startswith("Column ") or any(r[i] for r in body)]
    return Table(
        title=title,
        headers=tuple(headers[i] for i in keep),
        rows=tuple(tuple(r[i] for i in keep) for r in body),
    )
