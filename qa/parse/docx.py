"""Word documents (python-docx): headings by paragraph style, paragraphs, lists and tables in order."""

from __future__ import annotations

import re
from pathlib import Path

from qa.parse.blocks import BlockCollector
from qa.types import Block

_HEADING_STYLE = re.compile(r"^(?:Heading|Title)\s*(\d*)$", re.I)


def parse_docx(path: Path) -> tuple[tuple[Block, ...], str]:
    """Blocks of the document, and its core title property (empty when unset)."""
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    out = BlockCollector()
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            style = item.style.name if item.style is not None else ""
            m = _HEADING_STYLE.match(style)
            if m and text:
                out.heading(text, int(m.group(1) or 1))
            elif text:
                out.paragraph(text, list_item=style.lower().startswith("list"))
        elif isinstance(item, DocxTable):
            out.grid([_row_cells(row) for row in item.rows])
    return tuple(out.blocks), document.core_properties.title or ""


def _row_cells(row) -> list[str]:
    """python-docx repeats a horizontally merged cell in every column it spans; keep it once."""
    cells, previous = [], None
    for cell in row.cells:
        cells.append("" if cell._tc is previous else cell.text)
        previous = cell._tc
    return cells
