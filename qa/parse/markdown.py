"""Markdown and plain text, including the quirks of reports converted from PDF:
headings in `**bold**` or `#`, tables as tab-separated or pipe rows with HTML inside cells,
HTML <table> fragments, numbered paragraphs and bullet lists.
"""

from __future__ import annotations

import re

from qa.parse.blocks import BlockCollector
from qa.parse.html import tables_from_html
from qa.types import Block

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BOLD_LINE = re.compile(r"^\*\*(.+)\*\*$")
_LIST = re.compile(r"^\s*(?:[-*•+]|[a-z]\.|[ivx]+\.|\([a-z0-9]+\))\s+", re.I)
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_END_PUNCT = re.compile(r"[.:;,!?)]$")


def parse_markdown(text: str) -> tuple[Block, ...]:
    lines = _join_split_bold(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    out = BlockCollector()
    para: list[str] = []
    i = 0
    expected: int | None = None  # the number of the next item of a numbered list under a lead-in

    def flush() -> None:
        if para:
            out.paragraph(" ".join(para).replace("**", ""))
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if stripped.lower().startswith("<table"):
            flush()
            j = i
            while j < len(lines) and "</table>" not in lines[j].lower():
                j += 1
            for grid in tables_from_html("\n".join(lines[i : j + 1])):
                out.grid(grid)
            i = j + 1
            continue
        if _is_table_line(line):
            flush()
            grid, i = _collect_table(lines, i)
            out.grid(grid)
            continue
        if not _NUMBERED.match(line):
            expected = None
        m = _ATX.match(stripped)
        if m:
            flush()
            # Converted reports use #, ## and ### without a consistent hierarchy: one section level.
            out.heading(m.group(2), 1 if len(m.group(1)) == 1 else 2)
            i += 1
            continue
        m = _BOLD_LINE.match(stripped)
        if m and not para:
            for part in m.group(1).split("****"):
                out.heading(part, 2)
            i += 1
            continue
        if _LIST.match(line) or _NUMBERED.match(line):
            flush()
            item = _LIST.sub("", line, count=1) if _LIST.match(line) else line
            # A list item whose text is bold only is a sub-heading for the items below it.
            bold = _BOLD_LINE.match(item.strip().rstrip(":"))
            if bold or item.strip().startswith("**") and item.strip().endswith(":**"):
                out.lead = item.replace("**", "").strip()
            else:
                number = numbered_item(line, expected) if expected or out.lead else None
                out.paragraph(item, list_item=bool(_LIST.match(line)) or number is not None)
                expected = None if number is None else number + 1
            i += 1
            continue
        if not para and _is_plain_heading(lines, i):
            out.heading(stripped, 3)
            i += 1
            continue
        para.append(stripped)
        i += 1
    flush()
    if not out.blocks and out.path:
        # A file of a line or two with no punctuation is content, not headings.
        for heading in out.path:
            out.paragraph(heading)
    return tuple(out.blocks)


def numbered_item(line: str, expected: int | None) -> int | None:
    """The number of a numbered list's item: its first ("1.") or the one expected after the item
    before ("2." after "1."); None for a numbered paragraph of the report ("8." after a list of
    "a.", "b.", or "1. Purpose" under a heading).

    >>> numbered_item("1. note the report;", None), numbered_item("3. agree;", 3), numbered_item("8. A report was presented.", None)
    (1, 3, None)
    """
    m = re.match(r"\s*(\d+)[.)]\s", line)
    n = int(m.group(1)) if m else None
    return n if n is not None and n == (expected or 1) else None


def _join_split_bold(lines: list[str]) -> list[str]:
    """Rejoin a bold run that the conversion broke over two lines (an odd count of `**`)."""
    out: list[str] = []
    carry = ""
    for line in lines:
        line = carry + line if carry else line
        if line.count("**") % 2 == 1 and "\t" not in line:
            carry = line.rstrip() + " "
            continue
        carry = ""
        out.append(line)
    if carry:
        out.append(carry)
    return out


def _is_table_line(line: str) -> bool:
    return "\t" in line.strip("\n") and len(line.split("\t")) >= 2 or bool(_PIPE_ROW.match(line))


def _split_row(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _collect_table(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Rows of a table continue across blank lines while the next non-blank line is a row."""
    grid: list[list[str]] = []
    while i < len(lines):
        if _is_table_line(lines[i]):
            grid.append(_split_row(lines[i]))
            i += 1
            continue
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and j > i and _is_table_line(lines[j]):
            i = j
            continue
        break
    return grid, i


def _is_plain_heading(lines: list[str], i: int) -> bool:
    """A short, unpunctuated line standing alone between blank lines, as in web-page text."""
    line = lines[i].strip()
    words = line.split()
    if not (1 <= len(words) <= 12) or len(line) > 80 or _END_PUNCT.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()) or "@" in line or re.search(r"\w: \S", line):
        return False
    prev = lines[i - 1].strip() if i else ""
    # A title block is several short lines in a row: "Organisation" / "Name of the plan".
    prev_blank = not prev or (len(prev) <= 80 and not _END_PUNCT.search(prev) and "\t" not in prev)
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    next_ok = not nxt or (len(nxt) <= 80 and not _END_PUNCT.search(nxt) and "\t" not in nxt)
    return prev_blank and next_ok
