"""PDF with pdfplumber: text lines grouped into paragraphs, headings by font size or weight,
tables as header + rows.

Two things real reports do that a naive extraction gets wrong:
- a table that runs over several pages prints its header only on the first page;
  later pages continue with the same header.
- pdfplumber sometimes merges several rows into one cell joined by newlines;
  they are split back when every filled cell has the same number of lines.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

from qa.errors import ParseError
from qa.parse.blocks import BlockCollector, norm_space
from qa.parse.tables import build_tables, looks_like_header, split_merged_rows
from qa.types import Block, Table

_SPACED_DATE = re.compile(r"^[\d /]+$")
_END_PUNCT = re.compile(r"[.;,!?]$")


def _fix_cell(cell: str | None) -> str:
    """Undo the letter-spacing some PDFs use for dates: '0 3 / 2 5 / 2 0 16' -> '03/25/2016'."""
    if not cell:
        return ""
    if _SPACED_DATE.match(cell) and "/" in cell:
        return cell.replace(" ", "")
    return cell


def _unreadable(exc: BaseException) -> ParseError:
    """The reason a PDF cannot be read. pdfplumber wraps pdfminer's errors, so look through the wrapper."""
    seen = [exc, exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
    names = [type(e).__name__ for e in seen if e is not None]
    if any("Password" in n or "Encrypt" in n for n in names):
        return ParseError("encrypted PDF (needs a password)")
    if "PDFSyntaxError" in names:
        return ParseError(f"not a readable PDF ({exc})")
    return ParseError(f"damaged PDF ({type(exc).__name__}: {exc})")


def _open(path: Path):
    import pdfplumber

    if path.stat().st_size == 0:
        raise ParseError("empty file (0 bytes)")
    try:
        return pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many kinds for damaged files
        raise _unreadable(exc) from exc


def parse_pdf(path: Path) -> tuple[tuple[Block, ...], str]:
    """Blocks of the PDF in reading order, and its metadata title (empty when unset)."""
    pdf = _open(path)
    try:
        return _parse(pdf), str((pdf.metadata or {}).get("Title") or "")
    except ParseError:
        raise
    except Exception as exc:
        raise _unreadable(exc) from exc
    finally:
        pdf.close()


def _parse(pdf) -> tuple[Block, ...]:
    out = BlockCollector()
    body_size = _body_font_size(pdf)
    last_table: Table | None = None
    for page in pdf.pages:
        number = page.page_number
        found = page.find_tables()
        boxes = [t.bbox for t in found]

        def outside(obj, boxes=boxes):
            cx = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
            cy = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
            return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

        lines = page.filter(outside).extract_text_lines(return_chars=True) if boxes else page.extract_text_lines(return_chars=True)
        items = [("line", ln["top"], ln) for ln in lines] + [("table", t.bbox[1], t) for t in found]
        items.sort(key=lambda it: it[1])

        para: list[str] = []
        prev_bottom = None
        text_above: list[str] = []  # lines since the last table on this page
        seen_text_on_page = False

        def flush() -> None:
            if para:
                out.paragraph(" ".join(para), page=number)
                para.clear()

        for kind, _, item in items:
            if kind == "line":
                text = norm_space(item["text"])
                if not text:
                    continue
                if _is_heading(item, text, body_size):
                    flush()
                    out.heading(text, 2)
                else:
                    gap = item["top"] - prev_bottom if prev_bottom is not None else 0
                    height = item["bottom"] - item["top"]
                    if para and gap > height * 0.9:
                        flush()
                    para.append(text)
                prev_bottom = item["bottom"]
                text_above.append(text)
                seen_text_on_page = True
                continue
            flush()
            grid = []
            for raw in item.extract():
                grid.extend(split_merged_rows([_fix_cell(c) for c in raw]))
            if not grid:
                continue
            width = max(len(r) for r in grid)
            continues = (
                last_table is not None
                and not seen_text_on_page
                and len(last_table.headers) == width
                and not looks_like_header([c or "" for c in grid[0]])
            )
            if continues:
                for t in build_tables(grid, last_table.title, template=last_table):
                    out.table(t, page=number)
                    last_table = t
            else:
                title = _title_from(text_above) or (out.path[-1] if out.path else f"Table on page {number}")
                tables = out.grid(grid, page=number, title=title)
                last_table = tables[-1] if tables else last_table
            text_above = []
            prev_bottom = item.bbox[3]
        flush()
        if not found:
            last_table = None if seen_text_on_page else last_table
    if not out.blocks:
        raise ParseError("no extractable text (a scanned image?)")
    return tuple(out.blocks)


def _title_from(lines: list[str]) -> str:
    """The short line just above a table is usually its caption."""
    for text in reversed(lines[-3:]):
        if 3 <= len(text) <= 100 and not _END_PUNCT.search(text):
            return text
    return ""


def _body_font_size(pdf) -> float:
    sizes = []
    for page in pdf.pages[:5]:
        sizes.extend(round(c["size"], 1) for c in page.chars[:3000])
    return statistics.median(sizes) if sizes else 10.0


def _is_heading(line: dict, text: str, body_size: float) -> bool:
    chars = [c for c in line.get("chars", []) if c["text"].strip()]
    if not chars or len(text) > 90 or len(text.split()) > 14 or _END_PUNCT.search(text):
        return False
    size = statistics.mean(c["size"] for c in chars)
    bold = all("bold" in c.get("fontname", "").lower() for c in chars)
    return size >= body_size * 1.15 or (bold and any(ch.isalpha() for ch in text))
