"""HTML pages: headings, paragraphs, list items and tables, in reading order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qa.parse.blocks import BlockCollector
from qa.types import Block

if TYPE_CHECKING:
    from bs4 import Tag

_SKIP = {"script", "style", "nav", "footer", "header", "noscript", "form", "svg", "template"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}


def _grid(table: Tag) -> list[list[str]]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells = []
        for cell in tr.find_all(["td", "th"]):
            if cell.find_parent("tr") is not tr:
                continue
            text = cell.decode_contents()
            span = cell.get("colspan")
            # bs4 gives a list only for attributes such as class that hold several values, never colspan.
            width = 1 if isinstance(span, list) else int(span or 1)
            cells.extend([text] + [""] * (width - 1))
        rows.append(cells)
    return rows


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
