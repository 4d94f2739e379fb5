"""PDF with pdfplumber: text lines grouped into paragraphs, headings by font size or weight,
tables as header + rows.

Three things real reports do that a naive extraction gets wrong:
- a table that runs over several pages prints its header only on the first page;
  later pages continue with the same header.
- pdfplumber sometimes merges several rows into one cell joined by newlines;
  they are split back when every filled cell has the same number of lines.
- a table printed without ruled cells (or inside boxes drawn around its columns) is not
  found by its lines at all; it is read from where its words sit (qa/parse/layout.py).
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

from qa.errors import ParseError
from qa.parse.blocks import BlockCollector, norm_space
from qa.parse.layout import WordTable, lines_of, word_tables
from qa.parse.tables import build_tables, is_figure, is_total_line, looks_like_header, split_merged_rows, total_above, widen_packed_rows
from qa.types import Block, Table

_SPACED_DATE = re.compile(r"^[\d /]+$")
_END_PUNCT = re.compile(r"[.;,!?]$")


def _fix_cell(cell: str | None) -> str:
    """Undo the letter-spacing some PDFs use for dates: '0 3 / 2 5 / 2 0 16' -> '03/25/2016'."""
    if not cell:
        return ""
    cell = unmapped_glyphs(cell)
    if _SPACED_DATE.match(cell) and "/" in cell:
        return cell.replace(" ", "")
    return cell


_UNMAPPED = re.compile(r"\s*\(cid:\d+\)\s*")


def unmapped_glyphs(text: str) -> str:
    """Text with the glyphs a PDF's font gives no character for, which pdfplumber writes as
    "(cid:127)": one opening a line is its bullet, anywhere else a mark with nothing to read.

    >>> unmapped_glyphs("(cid:127) The waiting list fell (cid:3) to 1,476.")
    '• The waiting list fell to 1,476.'
    >>> unmapped_glyphs("No glyphs here")
    'No glyphs here'
    """
    if "(cid:" not in text:
        return text
    opening = _UNMAPPED.match(text)
    rest = _UNMAPPED.sub(" ", text[opening.end() :] if opening else text).strip()
    return f"• {rest}" if opening else rest


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
    last_page = 0  # the page the last table was printed on
    margin_lines: set[str] = set()  # lines printed in a page's top or bottom margin so far
    para: list[str] = []
    para_box: list[float] = []  # x0, top, x1, bottom of the lines in `para` on the page it started
    para_page = 0

    def flush() -> None:
        if para:
            box = tuple(para_box) if para_box else None
            for text, item in bullet_items(para) if any(_BULLET.match(line) for line in para) else label_value_items(para):
                out.paragraph(text, page=para_page, list_item=item, bbox=box)
            para.clear()
            para_box.clear()

    held_total: tuple[list[list[str]], Any, str] | None = None  # a total line printed above the next table's header

    def table_title(lines: list[str]) -> str:
        """A table's title: the lines above it, else the heading it sits under, else its page."""
        return _title_from(lines) or (out.path[-1] if out.path else f"Table on page {number}")

    def emit_grid(grid: list[list[str]], item: Any, title: str) -> Table | None:
        tables = out.grid(grid, page=number, title=title, bbox=tuple(item.bbox))
        return tables[-1] if tables else None

    for page in pdf.pages:
        number = page.page_number
        found = page.find_tables()
        boxes = [t.bbox for t in found]
        if boxes and overprinted_chars(page.chars, boxes, body_size):
            # A banner printed over the table's cells ("Significant Risks (over £10m)" in a larger
            # font across two columns) would be interleaved letter by letter with the cells' text.
            page = page.filter(lambda obj, boxes=boxes: not _overprinted(obj, boxes, body_size))
            found = page.find_tables()
            boxes = [t.bbox for t in found]
        x_tol = _x_tolerance(page)
        found = [t for t in found if not is_frame(t.extract(x_tolerance=x_tol))]
        boxes = [t.bbox for t in found]

        def outside(obj, boxes=boxes):
            return not _inside(obj, boxes)

        text_page = page.filter(outside) if boxes else page
        drawn = word_tables(text_page.extract_words(x_tolerance=x_tol))  # tables printed without ruled cells
        if drawn:
            text_page = text_page.filter(lambda obj, boxes=[t.bbox for t in drawn]: not _inside(obj, boxes))
        found = [*found, *drawn]
        lines = text_page.extract_text_lines(return_chars=True, x_tolerance=x_tol)
        items = [("line", ln["top"], ln) for ln in lines] + [("table", t.bbox[1], t) for t in found]
        items.sort(key=lambda it: it[1])

        prev_bottom = None
        text_above: list[str] = []  # lines since the last table on this page
        seen_text_on_page = False

        for kind, _, item in items:
            if kind == "line":
                text = norm_space(unmapped_glyphs(item["text"]))
                if not text or page_furniture(text, item["top"], item["bottom"], float(page.height)):
                    continue
                if in_margin(item["top"], item["bottom"], float(page.height)):
                    if text in margin_lines:
                        # a running header or footer ("Appendix M" atop every page): neither a heading nor
                        # a paragraph, though still a caption for a table below it
                        text_above.append(text)
                        seen_text_on_page = True
                        continue
                    margin_lines.add(text)
                if CAPTION.match(text) and _is_heading(item, text, body_size):
                    flush()  # a table's caption set as a heading heads no section: it titles the table below
                    text_above.append(text)
                    prev_bottom = item["bottom"]
                    seen_text_on_page = True
                    continue
                if _is_heading(item, text, body_size):
                    flush()
                    out.heading(text, 2)
                else:
                    gap = item["top"] - prev_bottom if prev_bottom is not None else 0
                    height = item["bottom"] - item["top"]
                    if para and (
                        gap > height * 0.9
                        or (para_page != number and not continues_sentence(para[-1], text))
                        or (_PARAGRAPH_NUMBER.match(text) and not _BULLET.match(para[0]))  # "4.4 The main …" starts its own
                    ):
                        flush()
                    if not para:
                        para_page = number
                    para.append(text)
                    if para_page == number:
                        box = (item["x0"], item["top"], item["x1"], item["bottom"])
                        para_box[:] = (
                            [min(para_box[0], box[0]), min(para_box[1], box[1]), max(para_box[2], box[2]), max(para_box[3], box[3])]
                            if para_box
                            else list(box)
                        )
                prev_bottom = item["bottom"]
                text_above.append(text)
                seen_text_on_page = True
                continue
            flush()
            grid = []
            for raw in resplit_merged_rows(page, item, item.extract(x_tolerance=x_tol), x_tol):
                grid.extend(split_merged_rows([_fix_cell(c) for c in raw]))
            if not grid:
                continue
            if held_total is not None:
                # "TOTAL £m 345.0 290.0" printed as a table of its own right above this one's header
                line, held_item, _ = held_total
                centres = [(c[0] + c[2]) / 2 if c else -1.0 for c in held_item.rows[0].cells]
                total = total_above(line[0], centres, column_bounds(item)) if not text_above else None
                if total is not None:
                    grid = [*grid, total]
                else:
                    last_table = emit_grid(*held_total) or last_table
                held_total = None
            if is_total_line(grid) and (last_table is None or text_above):
                held_total = (grid, item, table_title(text_above))
                text_above = []
                continue
            # "TOTAL 200,131.6 74,325.6" found as a one-column table of its own right under a table
            packed = widen_packed_rows(grid, last_table) if last_table is not None and not text_above else None
            grid = packed or grid
            width = max(len(r) for r in grid)
            read_by_words = isinstance(item, WordTable)
            # rows read by word positions with no header of their own, under a note below a table on the
            # same page (a footnote, then more rows under the same columns), carry on that table
            after_note = read_by_words and not item.heads and last_page == number
            continues = packed is not None or (
                last_table is not None
                and (not seen_text_on_page or after_note)
                and len(last_table.headers) == width
                and not looks_like_header([c or "" for c in grid[0]])
                and not (read_by_words and item.heads)
            )
            if continues:
                while grid and restates_header([c or "" for c in grid[0]], last_table):
                    grid = grid[1:]  # the header printed again at the top of the page
                for t in build_tables(grid, last_table.title, template=last_table) if grid else ():
                    out.table(t, page=number, bbox=tuple(item.bbox))
                    last_table = t
            else:
                title = table_title(text_above)
                if last_table is not None and not _title_from(text_above) and repeats_header(grid, last_table):
                    title = last_table.title  # carried onto this page under its header printed again
                last_table = emit_grid(grid, item, title) or last_table
            last_page = number
            text_above = []
            prev_bottom = item.bbox[3]
        if held_total is not None:  # no table followed it on the page: a table of its own after all
            last_table = emit_grid(*held_total) or last_table
            held_total = None
        if not (para and para_page == number and ends_open(para[-1])):
            flush()  # a sentence cut by the page break is kept open for the next page's first line
        page.close()  # drop the page's parsed objects now; otherwise every page stays in memory to the end
        if not found:
            last_table = None if seen_text_on_page else last_table
    flush()
    if not out.blocks:
        raise ParseError("no extractable text (a scanned image?)")
    return tuple(out.blocks)


def repeats_header(grid: list[list[str]], before: Table) -> bool:
    """The grid's header is the table's before it, printed again: the same table, carried on.

    >>> t = Table("Table 2: Practices by PCN", ("Practice", "List size"), (("Abbey", "9,120"),))
    >>> repeats_header([["Practice", "List size"], ["Cedar", "7,410"]], t), repeats_header([["Ward", "Beds"], ["A", "12"]], t)
    (True, False)
    """
    built = build_tables(grid, before.title)
    return bool(built) and built[0].headers == before.headers


def restates_header(cells: list[str], before: Table) -> bool:
    """A row that prints the table's header again, as a page break often does: every filled cell
    (two at least) names its column, as a level of the column's header, its whole header or its
    unit, maybe with the unit in brackets after it.

    >>> t = Table("Table 1", ("Month", "Attendances › (all types)", "4-hour › Type 1", "RAG"), (("Apr-25", "15,284", "58.4", "Red"),),
    ...           units=("", "", "%", ""), header_paths=(("Month",), ("Attendances", "(all types)"), ("4-hour", "Type 1"), ("RAG",)))
    >>> restates_header(["Month", "Attendances", "4-hour (%)", "RAG"], t), restates_header(["Month", "(all types)", "Type 1", ""], t)
    (True, True)
    >>> restates_header(["Oct-25", "15,655", "63.5", "Amber"], t), restates_header(["Month", "", "", ""], t)
    (False, False)
    >>> from dataclasses import replace
    >>> restates_header(["Month", "Attendances (all", "4-hour", "RAG"], replace(t, header_paths=(("Month",), ("Attendances (all types)",), ("4-hour",), ("RAG",))))
    True
    """
    filled = [(i, c) for i, c in enumerate(cells) if c.strip()]
    if len(filled) < 2 or filled[-1][0] >= len(before.headers):
        return False

    def said(text: str) -> str:
        return " ".join(text.lower().split())

    for i, cell in filled:
        path = before.header_paths[i] if i < len(before.header_paths) else ()
        unit = before.units[i] if i < len(before.units) else ""
        names = {said(p) for p in (*path, before.headers[i], unit) if p}
        # a header printed on two lines ("Change in list" over "vs Sep-25") restates it line by line
        lines = {n for name in names for n in _printed_lines(name, said(cell))}
        if said(cell) not in names | lines and said(re.sub(r"\s*\([^)]*\)$", "", cell)) not in names:
            return False
    return True


def _printed_lines(name: str, cell: str) -> tuple[str, ...]:
    """The cell, when it is the first or last words of a header name printed on two lines.

    >>> _printed_lines("change in list vs sep-25", "change in list"), _printed_lines("change in list vs sep-25", "in list")
    (('change in list',), ())
    """
    return (cell,) if name.startswith(cell + " ") or name.endswith(" " + cell) else ()


def ends_open(line: str) -> bool:
    """A line that stops mid-sentence: no closing punctuation.

    >>> ends_open("Work to update a schools handbook"), ends_open("as listed below:"), ends_open("in 2024.")
    (True, False, False)
    """
    return not re.search(r"[.!?:;)\]\"”’]\s*$", line)


_BULLET = re.compile(r"^[•●▪◦■‣\uf0b7\uf0a7]\s*")
_PARAGRAPH_NUMBER = re.compile(r"^\d+(?:\.\d+)+\s+[A-Z]")  # "9.2 The Director …": a numbered paragraph starts, the last item ends


def bullet_items(lines: list[str]) -> list[tuple[str, bool]]:
    """A paragraph's lines split where a line starts with a bullet: the text before the first
    bullet (often the lead-in ending in ":") and then each item with the lines that carry it on,
    as (text, is a list item) pairs. The bullet itself is left out.

    >>> bullet_items(["Reserves fall into these groups:", "• Smoothing – to manage", "fluctuations.", "• Trading"])
    [('Reserves fall into these groups:', False), ('Smoothing – to manage fluctuations.', True), ('Trading', True)]
    >>> bullet_items(["No list • here", "at all."])
    [('No list • here at all.', False)]
    >>> bullet_items(["• an online survey;", "• a roadshow in each", "district.", "9.2 The Director will report."])
    [('an online survey;', True), ('a roadshow in each district.', True), ('9.2 The Director will report.', False)]
    """
    out: list[tuple[list[str], bool]] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet or not out or (out[-1][1] and _PARAGRAPH_NUMBER.match(line)):
            out.append(([line[bullet.end() :] if bullet else line], bool(bullet)))
        else:
            out[-1][0].append(line)
    return [(" ".join(words), item) for words, item in out if " ".join(words).strip()]


_LABEL_VALUE = re.compile(r"^[^:.;]{2,80}:\s*\S.*\d")  # "Children looked after at 30 September 2025: 412"
MIN_LABEL_VALUES = 3  # lines of "Label: value" that make a block of key facts rather than prose


def label_value_items(lines: list[str]) -> list[tuple[str, bool]]:
    """A paragraph's lines as `bullet_items` gives them, with each run of MIN_LABEL_VALUES or more
    lines reading "Label: value" (key facts printed without bullets) made items, the line before
    the run that ends in ":" their lead-in; other lines stay paragraphs.

    >>> label_value_items(["Spend rose.", "3.4 Key facts:", "Net budget: £297.45m", "Outturn: £304.94m", "Children looked after: 412"])
    [('Spend rose.', False), ('3.4 Key facts:', False), ('Net budget: £297.45m', True), ('Outturn: £304.94m', True), ('Children looked after: 412', True)]
    >>> label_value_items(["The budget is set at:", "£297m, a rise of 3%", "on last year."])
    [('The budget is set at: £297m, a rise of 3% on last year.', False)]
    """
    facts = [bool(_LABEL_VALUE.match(line)) for line in lines]
    runs: list[tuple[int, int]] = []  # [start, end) of each run long enough
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and facts[j]:
            j += 1
        if j - i >= MIN_LABEL_VALUES:
            runs.append((i, j))
        i = max(j, i + 1)
    out: list[tuple[str, bool]] = []
    at = 0
    for a, b in runs:
        lead = a - 1 if a > at and lines[a - 1].rstrip().endswith(":") else None
        prose = lines[at : lead if lead is not None else a]
        if prose:
            out.append((" ".join(prose), False))
        if lead is not None:
            out.append((lines[lead], False))
        out += [(line, True) for line in lines[a:b]]
        at = b
    if lines[at:]:
        out.append((" ".join(lines[at:]), False))
    return out


def continues_sentence(before: str, line: str) -> bool:
    """Whether `line`, the first on a page, carries on the sentence `before` left open at the foot
    of the page before: it starts in lower case.

    >>> continues_sentence("Work to update a schools handbook", "also commenced in 2024.")
    True
    >>> continues_sentence("Work to update a schools handbook", "3. Finance")
    False
    """
    return ends_open(before) and line[:1].islower()


_PAGE_LABEL = re.compile(r"(?i)page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?")
_PAGE_NUMBER = re.compile(r"[-–—\s]*\d{1,4}[-–—\s]*")
_ENDS_PAGE_LABEL = re.compile(r"(?i)\bpage\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$")
MARGIN = 0.08  # share of the page's height at its top and at its foot where page numbers are printed


def page_furniture(text: str, top: float, bottom: float, height: float) -> bool:
    """A line that labels the page rather than saying anything: "Page 15 of 25" anywhere, a bare
    page number ("12", "- 12 -") in the top or bottom margin.

    >>> page_furniture("Page 15 of 25", 300, 310, 800), page_furniture("12", 780, 790, 800), page_furniture("12", 300, 310, 800)
    (True, True, False)
    >>> page_furniture("Page 3 shows the budget", 780, 790, 800)
    False
    >>> page_furniture("Board 18 December 2025 - Item 9.1 Finance Report Page 3", 780, 790, 800), page_furniture("see page 3", 300, 310, 800)
    (True, False)
    """
    if _PAGE_LABEL.fullmatch(text):
        return True
    # in a margin, a line ending in its page label is the paper's footer ("Board 18 December 2025 - Item 9.1 Page 3")
    return in_margin(top, bottom, height) and (_PAGE_NUMBER.fullmatch(text) is not None or _ENDS_PAGE_LABEL.search(text) is not None)


def in_margin(top: float, bottom: float, height: float) -> bool:
    """A line printed in the page's top or bottom margin, where running headers, footers and page
    numbers go. The same line in a margin again on a later page is a running header, not a heading:
    the text under it continues the section above.

    >>> in_margin(37, 48, 842), in_margin(780, 790, 800), in_margin(300, 310, 800)
    (True, True, False)
    """
    return bottom < height * MARGIN or top > height * (1 - MARGIN)


OVERPRINT_SIZE = 1.2  # a character this many times the body text's size, inside a table, is a banner over the cells


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
    cy = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _overprinted(obj: dict, boxes: list[tuple[float, float, float, float]], body_size: float) -> bool:
    return obj.get("object_type") == "char" and obj.get("size", 0) >= body_size * OVERPRINT_SIZE and _inside(obj, boxes)


def overprinted_chars(chars: list[dict], boxes: list[tuple[float, float, float, float]], body_size: float) -> bool:
    """Whether large letters are printed inside a table, over its cells.

    >>> c = {"object_type": "char", "size": 14.0, "x0": 10, "x1": 17, "top": 10, "bottom": 24}
    >>> overprinted_chars([c], [(0, 0, 100, 100)], 11.0), overprinted_chars([c], [(50, 50, 100, 100)], 11.0)
    (True, False)
    """
    return any(_overprinted(c, boxes, body_size) for c in chars)


FRAME_LINES = 4  # a ruled cell holding this many lines of figures frames a table; it is not one cell


def is_frame(grid: list[list[str | None]]) -> bool:
    """Ruled boxes drawn around a table's columns, not a table of ruled cells: a cell holds several
    lines, most of them nothing but figures (a column of figures printed inside one box), and
    its row is one box, or its boxes hold different numbers of lines (rows merged by extraction
    hold the same number in every cell, and are split again).

    >>> is_frame([["1,315.6\\n31.7\\n35.0\\n10,798.4"]]), is_frame([["Pay\\nPrices\\nGrant\\nIncome", "1.0\\n2.0\\n3.0\\n4.0"]])
    (True, False)
    >>> is_frame([["Risk", "Announced on 2nd\\nSeptember 2024 for\\n6 months from 30 September 2024\\nto 31 March"]])
    False
    """
    for row in grid:
        filled = [[ln.split() for ln in (c or "").split("\n") if ln.strip()] for c in row if c and c.strip()]
        one_box = len(row) == 1 or len({len(lines) for lines in filled}) > 1
        for lines in filled:
            if one_box and len(lines) >= FRAME_LINES and sum(all(is_figure(w) for w in ln) for ln in lines) * 2 > len(lines):
                return True
    return False


def column_bounds(table) -> list[tuple[float, float]]:
    """x-ranges of a table's columns, from the row with the most separate cells."""
    best = max(table.rows, key=lambda r: sum(c is not None for c in r.cells), default=None)
    if best is None or not all(c is not None for c in best.cells):
        return []
    return [(c[0], c[2]) for c in best.cells]


def assign_words(words: list[dict], bounds: list[tuple[float, float]]) -> list[str]:
    """Words into the columns their centres fall in, in reading order.

    >>> assign_words([{"text": "TOTAL", "x0": 1, "x1": 9, "top": 0}, {"text": "5.0", "x0": 21, "x1": 29, "top": 0}], [(0, 10), (10, 20), (20, 30)])
    ['TOTAL', '', '5.0']
    """
    cells: list[list[str]] = [[] for _ in bounds]
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        centre = (w["x0"] + w["x1"]) / 2
        j = next((j for j, (x0, x1) in enumerate(bounds) if x0 <= centre < x1), None)
        if j is not None:
            cells[j].append(w["text"])
    return [" ".join(c) for c in cells]


def join_label_overflow(cells: list[str]) -> list[str]:
    """In a row of figures, a label that ran over into the next columns is put back together.

    >>> join_label_overflow(["TOTAL BASE BUDGET", "CHANGES", "", "10,320.7"])
    ['TOTAL BASE BUDGET CHANGES', '', '', '10,320.7']
    >>> join_label_overflow(["Category", "Directorate", "2025-26"])
    ['Category', 'Directorate', '2025-26']
    """
    first_figure = next((j for j, c in enumerate(cells) if is_figure(c)), None)
    if first_figure is None or first_figure < 2:
        return cells
    label = " ".join(c for c in cells[:first_figure] if c)
    return [label] + [""] * (first_figure - 1) + cells[first_figure:]


def _column_of(word: dict, bounds: list[tuple[float, float]]) -> int | None:
    centre = (word["x0"] + word["x1"]) / 2
    return next((j for j, (x0, x1) in enumerate(bounds) if x0 <= centre < x1), None)


def spaced_as_columns(line: list[dict], bounds: list[tuple[float, float]]) -> bool:
    """Words that land in different columns are set apart by more than a word space: a row of
    cells, not a title running across the table."""

    def inside(w: dict) -> bool:
        j = _column_of(w, bounds)
        return j is not None and bounds[j][0] - 1 <= w["x0"] and w["x1"] <= bounds[j][1] + 1

    line = sorted(line, key=lambda w: w["x0"])
    for a, b in zip(line, line[1:]):
        if _column_of(a, bounds) == _column_of(b, bounds):
            continue
        if b["x0"] - a["x1"] < 0.45 * (a["bottom"] - a["top"]) and not (inside(a) and inside(b)):
            return False
    return True


def columns_used(line: list[dict], bounds: list[tuple[float, float]]) -> int:
    return len({_column_of(w, bounds) for w in line} - {None})


DEFAULT_X_TOLERANCE = 3.0  # pdfplumber's: letters closer than this are one word
TIGHT_X_TOLERANCE = 1.0  # for a page whose word gaps are narrower than that
LONG_WORD = 14  # letters: few English words are longer, many glued words are ("DISTRICTDIRECTOR")
GLUED_SHARE = 0.05  # a page with this share of its words that long has its spaces lost


def long_share(words: list[str]) -> float:
    """The share of a page's words (those with letters) that are LONG_WORD letters or longer.

    >>> long_share(["DISTRICTDIRECTOR", "of", "37.5"])
    0.5
    """
    letters = [w for w in words if any(ch.isalpha() for ch in w)]
    return sum(sum(ch.isalpha() for ch in w) >= LONG_WORD for w in letters) / max(1, len(letters))


def glued(default: list[str], tight: list[str]) -> bool:
    """Whether a page's words, read with pdfplumber's usual gap between words, ran several words
    together (a PDF whose spaces are narrow glyph gaps, not space characters), so that the tighter
    reading is the right one: many long words that the tighter reading splits, without splitting
    words into letters ("Revenu e Forecas t").

    >>> glued(["BAIN,JMATTHEW", "DISTRICTDIRECTOR", "37,499.96"], ["BAIN,", "J", "MATTHEW", "DISTRICT", "DIRECTOR", "37,499.96"])
    True
    >>> glued(["Responsibilities", "of", "the", "board", "and", "its", "members", "are", "set", "out"], ["Responsibilities", "of", "the"])
    False
    >>> glued(["ForecastVariance", "Budget"], ["Forec", "a", "s", "t", "V", "a", "r", "i", "a", "n", "c", "e", "Budget"])
    False
    """

    def single_share(ws: list[str]) -> float:
        return sum(len(w) == 1 and w.isalpha() for w in ws) / max(1, len(ws))

    return (
        long_share(default) >= GLUED_SHARE
        and long_share(tight) < long_share(default) / 2
        and single_share(tight) <= single_share(default) + 0.2
    )


def _x_tolerance(page) -> float:
    """The gap between letters that still joins them into one word, for this page (`glued`)."""
    default = [w["text"] for w in page.extract_words(x_tolerance=DEFAULT_X_TOLERANCE)]
    if long_share(default) < GLUED_SHARE:
        return DEFAULT_X_TOLERANCE
    tight = [w["text"] for w in page.extract_words(x_tolerance=TIGHT_X_TOLERANCE)]
    return TIGHT_X_TOLERANCE if glued(default, tight) else DEFAULT_X_TOLERANCE


def resplit_merged_rows(page, table, grid: list[list[str | None]], x_tolerance: float = DEFAULT_X_TOLERANCE) -> list[list[str | None]]:
    """Rows that PDF extraction merged across columns, split again by the columns of the table.

    A merged figure row ("TOTAL PAY 21,845.7 12,524.5") is spread over its columns. A merged
    header cell of two lines ("Permit" over "Handgun Long Gun Other") becomes two header rows:
    the top line heads every column the cell spans, the bottom line is split by column.
    """
    if not any(any(c is None for c in r[1:]) for r in grid):
        return grid
    bounds = column_bounds(table)
    width = len(grid[0]) if grid else 0
    if len(bounds) != width or width < 3:
        return grid
    words = page.extract_words(x_tolerance=x_tolerance)
    out: list[list[str | None]] = []
    for i, row in enumerate(grid):
        cells = table.rows[i].cells
        spans = [(j, next((k for k in range(j + 1, width) if cells[k] is not None), width)) for j in range(width) if cells[j] is not None]
        if all(k - j == 1 for j, k in spans):
            out.append(row)
            continue
        upper: list[str] = [""] * width
        lower: list[str] = [c or "" for c in row]
        two_level = False
        for j, k in spans:
            if k - j == 1:
                continue
            x0, top, x1, bottom = cells[j]
            inside = [w for w in words if w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1 and w["top"] >= top - 1 and w["bottom"] <= bottom + 1]
            lines = lines_of(inside)
            sub = bounds[j:k]
            group_over_cells = (
                len(lines) >= 2
                and not any(is_figure(w["text"]) for w in inside)
                and columns_used(lines[-1], sub) >= 2
                and spaced_as_columns(lines[-1], sub)
                and all(columns_used(ln, sub) <= 1 or not spaced_as_columns(ln, sub) for ln in lines[:-1])
            )
            if group_over_cells:
                label = " ".join(w["text"] for ln in lines[:-1] for w in ln)
                upper[j:k] = [label] * (k - j)
                lower[j:k] = assign_words(lines[-1], sub)
                two_level = True
            elif lines and all(spaced_as_columns(ln, sub) for ln in lines):
                lower[j:k] = assign_words(inside, sub)
        if two_level:
            out.append(upper)
        out.append(join_label_overflow(lower) if any(is_figure(c) for c in lower) else lower)
    return out


CAPTION = re.compile(r"^table\s+[A-Z]?\d+[a-z]?\s*[:.–—-]", re.I)  # "Table 1: …", "Table A2 – …"


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
        page.close()
    return statistics.median(sizes) if sizes else 10.0


def _is_heading(line: dict, text: str, body_size: float) -> bool:
    chars = [c for c in line.get("chars", []) if c["text"].strip()]
    if not chars or len(text) > 90 or len(text.split()) > 14 or _END_PUNCT.search(text):
        return False
    size = statistics.mean(c["size"] for c in chars)
    bold = all("bold" in c.get("fontname", "").lower() for c in chars)
    return size >= body_size * 1.15 or (bold and any(ch.isalpha() for ch in text)) or numbered_title(text)


_ENUMERATOR = re.compile(r"^(?:[A-Z]|\(?[a-z]\)|\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})[).]?\s+(?=[A-Z])")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
TITLE_SHARE = 0.75  # share of a numbered line's words written with a capital for it to be a title, not a sentence


def numbered_title(text: str) -> bool:
    """A line on its own that numbers or letters a title ("F) Adult Social Care Market Sustainability
    and Improvement Funding (MSIF)", "2.3 Risk Management"), printed in the body's font: a heading.
    A numbered sentence ("3.1 The position on 31 March is shown below") is not one.

    >>> numbered_title("F) Adult Social Care Market Sustainability and Improvement Funding (MSIF)"), numbered_title("2.3 Risk Management")
    (True, True)
    >>> numbered_title("3.1 The treasury position on 31 March 2024 is shown in the following table"), numbered_title("Adult Social Care Funding")
    (False, False)
    """
    m = _ENUMERATOR.match(text)
    if not m:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", text[m.end() :]) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 1 and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)
