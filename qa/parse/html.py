"""HTML pages: headings, paragraphs, list items and tables, in reading order."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qa.parse.blocks import BlockCollector
from qa.types import Block

if TYPE_CHECKING:
    from bs4 import Tag

_SKIP = {"script", "style", "nav", "footer", "header", "noscript", "form", "svg", "template"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}


def _span(cell: Tag, name: str) -> int:
    value = cell.get(name)
    # bs4 gives a list only for attributes such as class that hold several values, never colspan.
    try:
        return max(1, min(int(value or 1), _MAX_SPAN)) if not isinstance(value, list) else 1
    except ValueError:
        return 1


_MAX_SPAN = 100  # a hostile colspan="1000000" spans no more than this
_FOOTNOTE_MARK = re.compile(r"<sup[^>]*>\s*(?:[a-z]|[*†‡§¶]+)\s*</sup>")  # "population<sup>a</sup>": a note's mark


def without_note_marks(markup: str) -> str:
    """A cell's markup without the superscript letters and signs that point to a note below the
    table, which would otherwise run into the word before them ("populationa").

    >>> without_note_marks("Pharmacies per 100,000 population<sup>a</sup>"), without_note_marks("Floor area (m<sup>2</sup>)")
    ('Pharmacies per 100,000 population', 'Floor area (m<sup>2</sup>)')
    """
    return _FOOTNOTE_MARK.sub("", markup)


def _grid(table: Tag) -> list[list[str]]:
    """The table's cells as printed, a merged cell kept once in its first row and column, as
    qa/parse/docx.py keeps Word's: a cell spanning rows (`rowspan`) leaves the cells below it
    blank, so that the next header row's cells stay under their own columns.

    >>> from bs4 import BeautifulSoup
    >>> t = BeautifulSoup('<table><tr><th rowspan="2">Service</th><th colspan="2">2025-26</th></tr>'
    ...     '<tr><th>Budget</th><th>Forecast</th></tr><tr><td>Libraries</td><td>6</td><td>7</td></tr></table>', "html.parser")
    >>> _grid(t.table)
    [['Service', '2025-26', ''], ['', 'Budget', 'Forecast'], ['Libraries', '6', '7']]
    """
    rows: list[list[str]] = []
    below: dict[int, int] = {}  # column -> how many more rows a cell above still spans
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells: list[str] = []
        for cell in tr.find_all(["td", "th"]):
            if cell.find_parent("tr") is not tr:
                continue
            _fill_spanned(cells, below)
            width, height = _span(cell, "colspan"), _span(cell, "rowspan")
            for j in range(len(cells), len(cells) + width):
                below[j] = height - 1
            cells.extend([without_note_marks(cell.decode_contents())] + [""] * (width - 1))
        _fill_spanned(cells, below)
        rows.append(cells)
    return rows


def _fill_spanned(cells: list[str], below: dict[int, int]) -> None:
    """Blank cells where cells of rows above still span down into this row, from its end on."""
    while below.get(len(cells), 0) > 0:
        below[len(cells)] -= 1
        cells.append("")


def tables_from_html(markup: str) -> list[list[list[str]]]:
    """The raw grids of every top-level table in an HTML fragment (cells keep their markup)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    return [_grid(t) for t in soup.find_all("table") if t.find_parent("table") is None]


def parse_html(markup: str) -> tuple[tuple[Block, ...], str]:
    """Blocks of the page, and its <title> (empty when there is none)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_SKIP):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    out = BlockCollector()
    body = soup.body or soup
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "caption"]):
        if el.find_parent("table") is not None and el.name != "table":
            continue
        if el.name in _HEADINGS:
            out.heading(el.get_text(" ", strip=True), _HEADINGS[el.name])
        elif el.name == "table":
            caption = el.find("caption")
            title_text = caption.get_text(" ", strip=True) if caption else ""
            out.grid(_grid(el), title=title_text)
        elif el.name == "li":
            if el.find(["p", "li"]) is None:
                out.paragraph(el.get_text(" ", strip=True), list_item=True)
        elif el.find_parent("li") is None:
            out.paragraph(el.get_text(" ", strip=True))
    return tuple(out.blocks), title
