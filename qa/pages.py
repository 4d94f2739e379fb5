"""PDF pages as images for the source viewer, and where the cited row or passage is on them.

Pages are rendered with pypdfium2 (installed with pdfplumber) and kept in a small in-memory
cache, so opening the same source twice costs nothing. Boxes are in PDF points with the origin
at the top left, as pdfplumber gives them; `box_percent` turns one into a position on the image.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points
PAGE_WIDTH_PX = 900  # wide enough to read a table on a desk screen; about 100-250 kB as PNG
_WORD = re.compile(r"[a-z0-9£$%.,]+")
_pdfium_lock = threading.Lock()  # pdfium is not thread-safe


@dataclass(frozen=True)
class PageImage:
    png: bytes
    width_pt: float
    height_pt: float


def box_percent(box: Box, width_pt: float, height_pt: float) -> tuple[float, float, float, float]:
    """A box as left, top, width and height in percent of the page, clamped to the page.

    >>> box_percent((50, 100, 150, 150), 200, 400)
    (25.0, 25.0, 50.0, 12.5)
    """
    x0, top, x1, bottom = max(0.0, box[0]), max(0.0, box[1]), min(width_pt, box[2]), min(height_pt, box[3])
    return (
        round(100 * x0 / width_pt, 2),
        round(100 * top / height_pt, 2),
        round(100 * max(0.0, x1 - x0) / width_pt, 2),
        round(100 * max(0.0, bottom - top) / height_pt, 2),
    )


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def best_row(rows: list[tuple[Box, list[str]]], cells: tuple[str, ...]) -> Box | None:
    """The row (box, cell texts) that shares the most words with the cited cells. A row that
    pdfplumber merged from several printed rows (cells holding newline-joined lines) is narrowed
    to the line that matches.

    >>> best_row([((0, 0, 10, 10), ["Falls", "120"]), ((0, 10, 10, 20), ["Walks", "45"])], ("Walks", "45"))
    (0, 10, 10, 20)
    >>> best_row([((0, 0, 10, 20), ["A\\nB", "1\\n2"])], ("B", "2"))
    (0, 10.0, 10, 20.0)
    """
    want = _words(" ".join(cells))
    if not want:
        return None
    best, best_score = None, 0.0
    for box, texts in rows:
        lines = [t.split("\n") for t in texts if t]
        n = max((len(x) for x in lines), default=1)
        if n > 1 and all(len(x) == n for x in lines):
            # merged printed rows: score each line and keep the best one's share of the height
            for i in range(n):
                score = len(want & _words(" ".join(x[i] for x in lines))) / len(want)
                if score > best_score:
                    h = (box[3] - box[1]) / n
                    best, best_score = (box[0], box[1] + i * h, box[2], box[1] + (i + 1) * h), score
            continue
        score = len(want & _words(" ".join(texts))) / len(want)
        if score > best_score:
            best, best_score = box, score
    return best if best_score >= 0.5 else None


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


@lru_cache(maxsize=64)
def _row_box(path: str, mtime: int, page: int, table_box: Box, cells: tuple[str, ...]) -> Box | None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            return None
        tables = pdf.pages[page - 1].find_tables()
        if not tables:
            return None
        table = max(tables, key=lambda t: _overlap(t.bbox, table_box))
        texts = table.extract()
        rows = [(tuple(r.bbox), [c or "" for c in cells_]) for r, cells_ in zip(table.rows, texts)]
    return best_row(rows, cells)


def row_box(path: Path, page: int, table_box: Box, cells: tuple[str, ...]) -> Box | None:
    """The box of one row inside a table kept at parse time; None when it cannot be found
    (the viewer then boxes the whole table)."""
    try:
        return _row_box(str(path), path.stat().st_mtime_ns, page, tuple(table_box), tuple(cells))
    except Exception:  # a damaged or changed file: show the table box rather than fail
        return None


@lru_cache(maxsize=32)
def _render(path: str, mtime: int, page: int, width_px: int) -> PageImage | None:
    import pypdfium2 as pdfium

    with _pdfium_lock:
        pdf = pdfium.PdfDocument(path)
        try:
            if not 1 <= page <= len(pdf):
                return None
            p = pdf[page - 1]
            width_pt, height_pt = p.get_size()
            image = p.render(scale=width_px / width_pt).to_pil()
        finally:
            pdf.close()
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="PNG", optimize=True)
    return PageImage(buf.getvalue(), float(width_pt), float(height_pt))


def render_page(path: Path, page: int, width_px: int = PAGE_WIDTH_PX) -> PageImage | None:
    """Page `page` (1-based) of a PDF as a PNG, cached by file, modification time and size."""
    try:
        return _render(str(path), path.stat().st_mtime_ns, page, width_px)
    except Exception:  # unreadable now: the viewer shows the table without the page
        return None
