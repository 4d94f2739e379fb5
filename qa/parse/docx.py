"""Word documents (python-docx): headings by paragraph style, paragraphs, lists and tables in order."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import ParseError
from qa.parse.blocks import BlockCollector
from qa.types import Block

if TYPE_CHECKING:
    from docx.table import _Row

_HEADING_STYLE = re.compile(r"^(?:Heading|Title)\s*(\d*)$", re.I)
# A DOCX is a ZIP. Word's XML compresses about 10:1, so a 20 MB file honestly holds well under
# these; a small file claiming more is a ZIP bomb (the audit's 390 KB file held 150 MB of XML).
MAX_UNPACKED_BYTES = 200_000_000  # every member together, images included
MAX_XML_BYTES = 40_000_000  # the XML parts python-docx parses into memory
MAX_MEMBERS = 5_000


def check_zip(path: Path) -> None:
    """Refuse a DOCX whose members would unpack to more than the limits, judging by the sizes the
    ZIP declares and then by the bytes it actually inflates to (a forged header can understate)."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ParseError(f"not a readable Word file ({exc})") from exc
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ParseError(f"too many parts in the ZIP ({len(infos):,}; the limit is {MAX_MEMBERS:,})")
        declared = sum(i.file_size for i in infos)
        declared_xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
        if declared > MAX_UNPACKED_BYTES or declared_xml > MAX_XML_BYTES:
            raise ParseError(
                f"unpacks to {declared / 1e6:,.0f} MB ({declared_xml / 1e6:,.0f} MB of XML; the limits are "
                f"{MAX_UNPACKED_BYTES // 1_000_000} and {MAX_XML_BYTES // 1_000_000} MB): a ZIP bomb?"
            )
        total = 0
        for info in infos:
            if not info.filename.lower().endswith((".xml", ".rels")):
                continue
            try:
                with z.open(info) as member:
                    while chunk := member.read(1 << 20):
                        total += len(chunk)
                        if total > MAX_XML_BYTES:
                            raise ParseError(f"its XML unpacks to more than {MAX_XML_BYTES // 1_000_000} MB: a ZIP bomb?")
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:  # sizes or checksums that lie
                raise ParseError(f"damaged Word file ({info.filename}: {exc})") from exc


def parse_docx(path: Path) -> tuple[tuple[Block, ...], str]:
    """Blocks of the document, and its core title property (empty when unset)."""
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    check_zip(path)
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
            out.grid(_grid(item.rows))
    return tuple(out.blocks), document.core_properties.title or ""


def _grid(rows: Iterable[_Row]) -> list[list[str]]:
    """The table's cells as printed: python-docx repeats a merged cell in every column and row it
    spans ("Service" over two header rows, "2025-26" over three columns); it is kept once, in its
    first row and column, so that a header band reads as the report prints it."""
    grid: list[list[str]] = []
    above: list[object] = []
    for row in rows:
        cells: list[str] = []
        spans: list[object] = []
        previous = None
        for j, cell in enumerate(row.cells):
            merged = cell._tc is previous or (j < len(above) and cell._tc is above[j])
            cells.append("" if merged else cell.text)
            spans.append(cell._tc)
            previous = cell._tc
        grid.append(cells)
        above = spans
    return grid
