"""Tables printed without ruled cells, read from where their words sit on the page.

Word-exported council papers usually print a table with no grid: at most a rule under the
header and one over the total. pdfplumber finds tables by their ruling lines, so such a table
comes out as lines of text ("Home care 41.5 40.2 (1.3)"). Here a table is a run of lines with
figures in them whose words leave the same gaps free all the way down (its gutters): prose
leaves no gap free for long, since its words fall at different places on every line. The
columns lie between the gutters. Lines just above the body that keep to the columns head
them; a header line of few cells is a band of group headers ("2025-26" over "Budget |
Forecast | Variance"), each heading every column it spans. A row label or header cell printed
on two lines is put back together; a table's last rows carried onto the next page under its
header printed again are read as a table too.

Words are pdfplumber word dicts: text, x0, x1, top, bottom.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any

from qa.parse.tables import is_figure, is_units

# Typographic constants, in ems (a word's height, near enough its font size).
ROW_GAP = 2.0  # lines further apart than this (bottom to top) are not rows of one table
MIN_GUTTER = 0.3  # a gutter is at least this wide: a Word table's cell margins, a little squeezed
STRAY_SHARE = 0.2  # a gutter may be crossed by up to this share of a run's lines (a note in the label column)
CELL_SPACE = 1.5  # words in two columns are further apart than this many word spaces
MIN_ROWS = 3  # a table has at least this many rows with a figure in a cell of its own
MIN_ROWS_HEADED = 2  # or this many under a header row naming all of three or more columns (a table's last rows, carried over)
WRAP_PITCH = 0.8  # lines closer than this share of the table's row pitch are one row's cells, wrapped
LOOSE_LINES = 3  # a run of lines with figures may pass over this many lines without one
HEADER_LINES = 4  # at most this many lines above the body head its columns
LABEL_WORDS = 8  # row labels are short: a "table" whose labels run longer, as a rule, is numbered paragraphs
PROSE_WORDS = 6  # a line of this many words or more, evenly spaced, is a line of prose
WORD_SPACE = 0.5  # the widest usual gap between words of prose, justified
TRIMS = 2  # lines tried off either end of a run that does not read as a table (a sentence with a figure just above it)

Word = dict[str, Any]
Line = list[Word]
Columns = list[tuple[float, float]]


def lines_of(words: list[Word]) -> list[Line]:
    """Words grouped into printed lines, top to bottom, each line left to right.

    >>> [[w["text"] for w in ln] for ln in lines_of([_w("b", 50, 0), _w("a", 0, 0.5), _w("c", 0, 20)])]
    [['a', 'b'], ['c']]
    """
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= max(2.0, 0.3 * (w["bottom"] - w["top"])):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _text(words: Line) -> str:
    return " ".join(w["text"] for w in words)


def _em(w: Word) -> float:
    return max(1.0, float(w["bottom"] - w["top"]))


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.")
_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?")


def is_value(text: str) -> bool:
    """A figure, not a section number ("6.", "3.1.") printed before a heading.

    A bracket left open or closed alone belongs to the words around it ("from 2025-26)").

    A unit printed over the labels ("£000") is not a figure either.

    >>> is_value("6.5"), is_value("6."), is_value("(1.3)"), is_value("2025-26)"), is_value("£000")
    (True, False, True, False, False)
    """
    if text.count("(") != text.count(")"):
        text = text.strip("()")
    return is_figure(text) and not _SECTION_NUMBER.fullmatch(text) and not is_units(text)


def _figures_apart(line: Line) -> list[Word]:
    """A line's figures set apart as cells, more than WORD_SPACE from a neighbour ("(65+)" in
    "Residential care (65+)" is part of its label).

    >>> [w["text"] for w in _figures_apart(_set("Nursing care (65+)") + [_w("41.5", 150)])]
    ['41.5']
    >>> [w["text"] for w in _figures_apart(_set("Adults (18 to 64)") + [_w("11", 150)])]
    ['11']
    """
    out = []
    for k, w in enumerate(line):
        if not is_value(w["text"]):
            continue
        left = w["x0"] - line[k - 1]["x1"] if k else None
        right = line[k + 1]["x0"] - w["x1"] if k + 1 < len(line) else None
        text = w["text"]
        if text.count(")") > text.count("("):
            right = None  # "(18 to 64)": a bracket closed here was opened by the words on its left
        elif text.count("(") > text.count(")"):
            left = None
        if (left is None and right is None and len(line) == 1) or max(left or 0.0, right or 0.0) > WORD_SPACE * _em(w):
            out.append(w)
    return out


def _has_figure(line: Line) -> bool:
    """A line with a figure set apart as a cell, more than WORD_SPACE from a neighbour ("Quarter 3
    position" or "Change since quarter 2" over a table's columns has none).

    >>> _has_figure(_set("Home care") + [_w("41.5", 100)]), _has_figure(_set("Change since quarter 2")), _has_figure([_w("Pay", 0), _w("3.0", 40)])
    (True, False, True)
    """
    return bool(_figures_apart(line))


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTH}\s+(?:19|20)?\d\d|{_MONTH}[\s-]+(?:19|20)?\d\d|q[1-4]\s+(?:19|20)\d\d(?:[-/]\d\d)?|(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?)\b",
    re.IGNORECASE,
)


def names_periods(line: Line) -> bool:
    """A line naming two periods or more over columns of figures: a header ("31 Mar 2024 |
    31 Mar 2025", "Q1 2025-26 | Q2 2025-26 | Change %") whose day and year numbers are not a
    row's figures. Any other figures ("per 1,000") are fewer than the words printed beside the
    label (a row with two dates in it holds figures, not words).

    >>> names_periods(_set("Service type") + [_w("31 Mar 2024", 100), _w("31 Mar 2025", 170)])
    True
    >>> names_periods(_set("Area") + [_w("Q1 2025-26", 60), _w("Q2 2025-26", 120), _w("Change %", 180), _w("per", 240), _w("1,000", 260)])
    True
    >>> names_periods(_set("Lloyds Bank") + [_w("1 Apr 2025", 100), _w("30 Sep 2025", 170), _w("10.0", 250)])
    False
    >>> names_periods(_set("Balance at 31 Mar 2025") + [_w("12.5", 200)])
    False
    """
    cells_: list[Line] = []
    for k, w in enumerate(line):
        if k and w["x0"] - line[k - 1]["x1"] <= WORD_SPACE * _em(w):
            cells_[-1].append(w)
        else:
            cells_.append([w])
    dates, figures, words_ = 0, 0, 0
    for k, cell in enumerate(cells_):
        text = _text(cell)
        dates += len(_DATE.findall(text))
        rest = _DATE.sub(" ", text).split()
        figures += sum(is_value(t) for t in rest)
        words_ += k > 0 and sum(any(ch.isalpha() for ch in t) and not is_value(t) for t in rest)
    return dates >= 2 and (figures == 0 or words_ > figures)


def is_prose(line: Line) -> bool:
    """A line of running text: PROSE_WORDS words or more, usually a word space apart (at most
    WORD_SPACE) and none further apart than CELL_SPACE times that (a table row has wide gaps
    between its cells).

    >>> is_prose(_set("The overall position has improved by £0.1m"))
    True
    >>> is_prose([_w("Adults", 0), _w("and", 33), _w("Health", 51), _w("144.5", 200), _w("148.8", 260), _w("4.3", 320)])
    False
    >>> is_prose(_set("Home care") + [_w(t, 100 + 40 * i) for i, t in enumerate(("41.5", "40.2", "(1.3)", "39.0", "(0.4)"))])
    False
    """
    if line and _OUTLINE.fullmatch(line[0]["text"]):
        line = line[1:]  # "6.2  The total …": the gap after a paragraph's number is an indent
    if len(line) < PROSE_WORDS:
        return False
    gaps = [float(b["x0"] - a["x1"]) for a, b in zip(line, line[1:])]
    usual = statistics.median(gaps)
    return usual <= WORD_SPACE * _em(line[0]) and max(gaps) <= CELL_SPACE * max(usual, 0.1 * _em(line[0]))


def _over_figures(line: Line, others: list[Line]) -> bool:
    """Whether a line runs across where the figures of the other lines are printed (its own
    figures, as in a group row "Working age adults (18 to 64)", do not count).

    >>> group = _set("Adults (18 to 64)")
    >>> _over_figures(group, [group, [_w("Home", 0), _w("41.5", 100)]])
    False
    >>> _over_figures(_set("The overall position has improved by far"), [[_w("Home", 0), _w("41.5", 100)]])
    True
    """
    return any(line[0]["x0"] <= w["x0"] and w["x1"] <= line[-1]["x1"] for ln in others if ln is not line for w in _figures_apart(ln))


def figure_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """Spans [start, end) of lines with figures, no further apart than ROW_GAP, passing over at
    most LOOSE_LINES lines without a figure (group rows, wrapped labels, notes). A line of prose
    running across the figures' columns ends a run.

    >>> line = lambda y, *ts: [_w(t, 60 * i, y) for i, t in enumerate(ts)]
    >>> lines = [line(0, "North", "1.0"), line(15, "Group"), line(30, "South", "2.0"), line(45, "East", "3.0"), line(90, "West", "4.0")]
    >>> figure_runs(lines)
    [(0, 4), (4, 5)]
    """

    def row(ln: Line) -> bool:
        return _has_figure(ln) and not is_prose(ln)

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not row(lines[i]):
            i += 1
            continue
        end = last = i + 1  # `last`: just past the run's last line with a figure
        while end < len(lines) and _near(lines[end - 1], lines[end]) and end - last < LOOSE_LINES:
            ln = lines[end]
            if is_prose(ln) and _over_figures(ln, lines[max(i, end - 2) : end + 2]):
                break
            if names_periods(ln) and not names_periods(lines[end - 1]):
                break  # a header over the columns of the next table
            end += 1
            if row(ln):
                last = end
        runs.append((i, last))
        i = last
    return runs


def _near(a: Line, b: Line) -> bool:
    return bool(b[0]["top"] - a[0]["bottom"] <= ROW_GAP * _em(a[0]))


def columns_of(lines: list[Line]) -> Columns:
    """The x-ranges of the columns of lines set as a table: what lies between the gutters, the
    gaps at least MIN_GUTTER wide that the lines leave free. A line that runs over the gaps all
    but STRAY_SHARE of the lines leave free (a note across the table) is not counted.

    >>> columns_of([[_w("Home", 0), _w("care", 23), _w("41.5", 100)], [_w("Total", 0), _w("200.0", 94)], [_w("Pay", 0), _w("3.0", 105)]])
    [(0, 43), (94, 120)]
    >>> columns_of([[_w("In", 0), _w("all", 13), _w("1.0", 31)], [_w("the", 0), _w("year", 18), _w("2.0", 41)], [_w("it", 0), _w("rose", 13)]])
    [(0, 56)]
    """
    if not lines:
        return []
    em = statistics.median(_em(w) for ln in lines for w in ln)
    rough = _spans(lines, int(STRAY_SHARE * len(lines)), em)
    kept = [ln for ln in lines if not any(spanned(w, rough) > 1 for w in ln)]
    # again without the stray lines, to find columns few rows fill; a word in a gutter found the
    # first time counts only if it is a figure ("quarter" of a heading over two columns does not)
    kept = [[w for w in ln if is_value(w["text"]) or spanned(w, rough)] for ln in kept]
    kept = [ln for ln in kept if ln]
    return _spans(kept, 0, em) if kept else rough


def _spans(lines: list[Line], stray: int, em: float) -> Columns:
    """The x-ranges printed on by more than `stray` of the lines, joined across gaps under MIN_GUTTER."""
    edges = sorted({round(x, 1) for ln in lines for w in ln for x in (w["x0"], w["x1"])})
    columns: list[list[float]] = []
    for a, b in zip(edges, edges[1:]):
        if sum(any(w["x0"] < (a + b) / 2 < w["x1"] for w in ln) for ln in lines) <= stray:
            continue
        if columns and a - columns[-1][1] < MIN_GUTTER * em:
            columns[-1][1] = b
        else:
            columns.append([a, b])
    return [(a, b) for a, b in columns] or [(edges[0], edges[-1])]


def spanned(word: Word, columns: Columns) -> int:
    """How many of the columns a word is printed over (0: it sits in a gutter).

    >>> spanned(_w("Budget", 95), [(0, 43), (94, 120)]), spanned(_w("x", 60), [(0, 43), (94, 120)]), spanned(_w("Total", 40), [(0, 43), (60, 80)])
    (1, 0, 2)
    """
    return sum(word["x0"] < b and a < word["x1"] for a, b in columns)


def column_of(word: Word, columns: Columns) -> int:
    """The column a word sits in, or the nearest one.

    >>> column_of(_w("Budget", 95), [(0, 43), (94, 120)]), column_of(_w("x", 60), [(0, 43), (94, 120)])
    (1, 0)
    """
    centre = (word["x0"] + word["x1"]) / 2
    return min(range(len(columns)), key=lambda j: max(columns[j][0] - centre, centre - columns[j][1], 0.0))


def keeps_to(line: Line, columns: Columns, space: float, label: int | None = None) -> bool:
    """Whether a line keeps to the columns: no word runs over a gutter, and a line over several
    columns has a gap wider than CELL_SPACE word spaces somewhere (a caption running across the
    columns has only word spaces; a band of group headers has gaps between its groups). Given the
    `label` column, a band of short group labels over the other columns may run over their gutters.

    >>> cols = [(0, 43), (94, 120)]
    >>> keeps_to([_w("Area", 0), _w("2024", 100)], cols, 2.0), keeps_to([_w("Table", 0), _w("1:", 28), _w("care", 40), _w("costs", 63), _w("(£m)", 91)], cols, 2.0)
    (True, False)
    >>> keeps_to(_set("Average weekly cost (£)"), [(0, 80), (130, 160)], 2.0)
    True
    >>> keeps_to([_w("2024-25", 40), _w("2025-26", 130)], [(0, 30), (35, 60), (70, 95), (125, 150), (160, 185)], 3.0, label=0)
    True
    """
    if label is not None and _group_band(line, columns, space, label):
        return True
    if any(spanned(w, columns) > 1 for w in line):
        return False
    if len({column_of(w, columns) for w in line if spanned(w, columns)}) < 2:
        return True  # words in a gutter (a group label running past its column) do not count
    return any(b["x0"] - a["x1"] > CELL_SPACE * space for a, b in zip(line, line[1:]))


GROUP_WORDS = 5  # a group header over columns is a short label: "2025-26", "Quarter 2 position", "Year to date (Month 8)"


def _group_band(line: Line, columns: Columns, space: float, label: int) -> bool:
    """A band of group headers centred over the figure columns, whose labels may run over the
    gutters between the columns they head: short labels set apart, none over the label column
    but the figures' units ("£000").

    >>> cols = [(0, 30), (35, 60), (70, 95), (125, 150), (160, 185)]
    >>> _group_band([_w("2024-25", 40), _w("2025-26", 130)], cols, 3.0, 0), _group_band([_w("2024-25", 40), _w("2025-26", 130)], cols, 3.0, 3)
    (True, False)
    >>> _group_band(_set("Table 4: Permanent admissions by quarter"), cols, 3.0, 0)
    False
    >>> _group_band([_w("£000", 0), _w("2024-25", 40), _w("2025-26", 130)], cols, 3.0, 0)  # the units over the labels
    True
    """
    over_label = any(spanned(w, columns[label : label + 1]) and not is_units(w["text"]) for w in line)
    return not over_label and all(len(p) <= GROUP_WORDS for p in segments(line, space))


def word_space(lines: list[Line], columns: Columns) -> float:
    """The usual gap between two words of one cell.

    >>> word_space([[_w("Home", 0), _w("care", 23), _w("41.5", 100)]], [(0, 43), (94, 120)])
    3.0
    """
    gaps = [b["x0"] - a["x1"] for ln in lines for a, b in zip(ln, ln[1:]) if column_of(a, columns) == column_of(b, columns)]
    return float(statistics.median(gaps)) if gaps else 0.25 * statistics.median(_em(w) for ln in lines for w in ln)


def cells(line: Line, columns: Columns) -> list[str]:
    """A line's words put in their columns; a column with nothing printed is blank.

    >>> cells([_w("Early", 0), _w("help", 28), _w("12.3", 100)], [(0, 50), (94, 120), (160, 190)])
    ['Early help', '12.3', '']
    >>> cells(_set("Average weekly cost (£)"), [(0, 80), (130, 160)])
    ['Average weekly cost (£)', '']
    """
    out: list[list[str]] = [[] for _ in columns]
    at = 0
    for k, w in enumerate(line):
        in_gutter = not spanned(w, columns)
        prev = line[k - 1] if k else None
        beside = prev is not None and abs(prev["top"] - w["top"]) < 1 and 0 <= w["x0"] - prev["x1"] <= WORD_SPACE * _em(w)
        if not (in_gutter and beside):
            at = column_of(w, columns)  # a word in a gutter, a word space on from the last, goes with it
        out[at].append(w["text"])
    return [" ".join(parts) for parts in out]


def _figure_row(row: list[str]) -> bool:
    """Two cells or more, one of them a figure: a row of a table's body."""
    return any(is_value(c) for c in row) and sum(bool(c) for c in row) >= 2


def numbering_columns(rows: list[list[str]]) -> set[int]:
    """Columns that number paragraphs, not figures: every cell a section number ("8.", "8.1"),
    in order, one of them ending with a dot.

    >>> sorted(numbering_columns([["8.", "Outturn"], ["8.1", "Forecast net debt costs are lower"], ["9.", "Treasury"]]))
    [0]
    >>> numbering_columns([["North", "8.1"], ["South", "9.2"], ["East", "3.5"]])
    set()
    """
    out = set()
    for j in range(len(rows[0]) if rows else 0):
        marks = [r[j] for r in rows if r[j]]
        if marks and all(_OUTLINE.fullmatch(m) for m in marks) and any(m.endswith(".") for m in marks):
            keys = [tuple(int(p) for p in m.rstrip(".").split(".")) for m in marks]
            if keys == sorted(keys):
                out.add(j)
    return out


def short_labels(rows: list[list[str]]) -> bool:
    """Whether the labels of a table's rows are, as a rule, at most LABEL_WORDS words: row names,
    not the lines of numbered paragraphs ("1.1  Sections 32 and 43 of the Act require…"), nor
    all ending in a colon.

    >>> short_labels([["Home care", "4.1"], ["Early help", "2.0"]]), short_labels([["1.1", "Sections 32 and 43 of the Local Government Finance Act require"]] * 2)
    (True, False)
    >>> short_labels([["Medway:", "8,529"], ["Thanet:", "5,765"]])
    False
    """
    label = label_column(rows)
    labels = [r[label] for r in rows if _figure_row(r)]
    if all(t.endswith(":") for t in labels):
        return False  # "Medway: 8,529" lines: a list of labelled figures, read as such
    return bool(labels) and statistics.median(len(t.split()) for t in labels) <= LABEL_WORDS


def label_column(rows: list[list[str]]) -> int:
    """The column with most cells that are words, not figures (nor bullets): the row labels.

    >>> label_column([["1.0", "Pay", "2.0"], ["3.0", "Prices", ""]]), label_column([["•", "Medway:", "8,529"]])
    (1, 1)
    """
    counts = [sum(1 for r in rows if any(ch.isalpha() for ch in r[j]) and not is_figure(r[j])) for j in range(len(rows[0]))]
    words = [sum(len(r[j].split()) for r in rows) for j in range(len(rows[0]))]
    return max(range(len(counts)), key=lambda j: (counts[j], words[j], -j))


def header_cells(line: Line, columns: Columns, label: int, space: float = 0.0, widths: Columns | None = None) -> list[str]:
    """A header line's cells: words set close together (within CELL_SPACE word spaces; without
    `space`, in one column) are one cell, put in the column under its middle (`widths`: the
    columns as printed). A line with fewer cells than the columns it heads is a band of group
    headers, each heading every column (but the label column) it spans (`group_spans`).

    >>> cols = [(0, 40), (60, 80), (100, 120), (140, 160), (180, 200)]
    >>> header_cells([_w("2025-26", 92), _w("2024-25", 175)], cols, 0)
    ['', '2025-26', '2025-26', '2025-26', '2024-25']
    >>> header_cells([_w("Service", 0), _w("Budget", 60), _w("Actual", 100)], cols[:3], 0)
    ['Service', 'Budget', 'Actual']
    >>> header_cells(_set("Change since quarter 2", 100), cols, 0, space=3.0)
    ['', 'Change since quarter 2', 'Change since quarter 2', 'Change since quarter 2', 'Change since quarter 2']
    >>> header_cells([_w("Area", 0), _w("Budget", 45)] + _set("Forecast outturn", 80), [(0, 20), (60, 75), (120, 140)], 0, space=3.0)
    ['Area', 'Budget', 'Forecast outturn']
    """
    row = cells(line, columns)
    if len({round(w["top"]) for w in line}) > 1:
        return row  # a header row printed on several lines: each column's words, top to bottom
    groups: list[Line] = []
    for w in line:
        j = column_of(w, columns)
        if j == label:
            continue
        if groups and (w["x0"] - groups[-1][-1]["x1"] <= CELL_SPACE * space if space else column_of(groups[-1][-1], columns) == j):
            groups[-1].append(w)
        else:
            groups.append([w])
    if len(groups) >= len(columns) - 1:
        if not space:
            return row
        # a cell of several words ("Forecast outturn") goes where its middle is, as one
        out = [row[label] if j == label else "" for j in range(len(columns))]
        for g in groups:
            j = column_of({"x0": g[0]["x0"], "x1": g[-1]["x1"]}, widths or columns)
            out[j] = f"{out[j]} {_text(g)}".strip()
        return out
    out = [row[label] if j == label else "" for j in range(len(columns))]
    # columns printed before the labels ("Ref") are headed by this line only where it has words before them
    before = any(g[0]["x0"] < (widths or columns)[label][0] for g in groups)
    under = [j for j in range(len(columns)) if j != label and (j > label or before)]
    if groups and len(groups) <= len(under):
        # no group heads columns on both sides of the label column ("Ref" left of "Proposal" heads "Ref" alone)
        apart = frozenset(i for i in range(1, len(under)) if under[i - 1] < label < under[i])
        owners = group_spans([(g[0]["x0"], g[-1]["x1"]) for g in groups], [(widths or columns)[j] for j in under], apart)
        for j, owner in zip(under, owners):
            out[j] = _text(groups[owner])
    return out


def printed_widths(header: list[Line], columns: Columns, space: float) -> Columns:
    """The columns as wide as they are printed: the body's figures and the header rows with a
    cell (words set apart by more than CELL_SPACE word spaces) over every column but one; a
    group header's words say nothing of the columns it spans.

    >>> printed_widths([[_w("Area", 0), _w("Budget", 30)]], [(0, 20), (40, 60)], 3.0)
    [(0, 20), (30, 60)]
    >>> printed_widths([_set("Quarter 3 position", 0)], [(0, 20), (40, 60), (70, 90)], 3.0)
    [(0, 20), (40, 60), (70, 90)]
    """
    out = [list(c) for c in columns]
    for ln in header:
        cells_here = segments(ln, space)
        if len({round(w["top"]) for w in ln}) > 1 or len(cells_here) < len(columns) - 1:
            continue
        for seg in cells_here:
            x0, x1 = seg[0]["x0"], seg[-1]["x1"]
            j = column_of({"x0": x0, "x1": x1}, columns)
            out[j] = [min(out[j][0], x0), max(out[j][1], x1)]
    return [(a, b) for a, b in out]


def segments(line: Line, space: float) -> list[Line]:
    """A line's words in runs set no more than CELL_SPACE word spaces apart: its cells.

    >>> [_text(s) for s in segments([_w("Area", 0), _w("Budget", 45)] + _set("Forecast outturn", 80), 3.0)]
    ['Area', 'Budget', 'Forecast outturn']
    """
    out: list[Line] = []
    for w in line:
        if out and w["x0"] - out[-1][-1]["x1"] <= CELL_SPACE * space:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def group_spans(groups: list[tuple[float, float]], columns: Columns, apart: frozenset[int] = frozenset()) -> list[int]:
    """Which group header heads each column: the columns split, in order, into one run per group,
    each run centred under its group's label, or starting or ending under it (labels centred,
    left- or right-aligned), as near as can be. No run holds both column i - 1 and column i for
    i in `apart` (the row labels are printed between them).

    >>> group_spans([(10, 40), (110, 140), (212, 238)], [(0, 50), (50, 100), (100, 150), (150, 200), (200, 250)])
    [0, 1, 1, 1, 2]
    >>> group_spans([(0, 30), (100, 130)], [(0, 40), (50, 90), (100, 140), (150, 190)])
    [0, 0, 1, 1]
    >>> group_spans([(294, 331), (397, 434)], [(199, 224), (252, 278), (311, 331), (355, 380), (413, 434)])
    [0, 0, 0, 1, 1]
    >>> cols = [(69, 85), (303, 325), (353, 374), (402, 424), (452, 473), (498, 523)]  # "Ref", then four figures past the labels
    >>> group_spans([(69, 82), (353, 408), (484, 537)], cols), group_spans([(69, 82), (353, 408), (484, 537)], cols, frozenset({1}))
    ([0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 1, 2])
    """
    n, m = len(columns), len(groups)
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]  # best[g][k]: the first k columns under the first g groups
    cut = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for g in range(1, m + 1):
        x0, x1 = groups[g - 1]
        for k in range(g, n + 1):
            for a in range(g - 1, k):
                if best[g - 1][a] == inf or any(a < i < k for i in apart):
                    continue
                left, right = columns[a][0], columns[k - 1][1]
                miss = min(abs((left + right) / 2 - (x0 + x1) / 2), abs(left - x0), abs(right - x1))
                if best[g - 1][a] + miss < best[g][k]:
                    best[g][k], cut[g][k] = best[g - 1][a] + miss, a
    owners = [0] * n
    k = n
    for g in range(m, 0, -1):
        a = cut[g][k]
        owners[a:k] = [g - 1] * (k - a)
        k = a
    return owners


def row_pitch(body: list[Line]) -> float:
    """The usual distance from one row of figures to the next, top to top (0 when unknown).

    >>> row_pitch([[_w("A", 0, t), _w(v, 50, t)] for t, v in ((0, "1.0"), (18, "2.0"), (36, "3.0"))] + [_set("note", top=48)])
    18.0
    """
    tops = [ln[0]["top"] for ln in body if _has_figure(ln)]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    return float(statistics.median(steps)) if steps else 0.0


def wrapped_rows(lines: list[Line], pitch: float) -> list[Line]:
    """Lines closer together than WRAP_PITCH times the row pitch joined into one row: header
    cells printed on two or three lines ("Forecast" over "outturn").

    >>> [[w["text"] for w in row] for row in wrapped_rows([_set("Forecast Planned"), _set("outturn use", top=11), _set("£m £m", top=30)], 18.0)]
    [['Forecast', 'Planned', 'outturn', 'use'], ['£m', '£m']]
    """
    rows: list[Line] = []
    for ln in lines:
        if rows and pitch and ln[0]["top"] - rows[-1][-1]["top"] < WRAP_PITCH * pitch:
            rows[-1] = rows[-1] + ln
        else:
            rows.append(list(ln))
    return rows


_OPEN_END = re.compile(r"(?:\b(?:and|or|of|to|the|for|in|including|per|with|&)|[,(–-])$", re.IGNORECASE)


def carries_on(label: str, line: str) -> bool:
    """Whether a line holding only a label carries on the label above it, wrapped: the label
    above stops mid-phrase or leaves a bracket open, or the line starts in lower case or is a
    note in brackets.

    >>> carries_on("Carers Support and", "Respite Fund"), carries_on("Fees Income (including", "the annual uplift)")
    (True, True)
    >>> carries_on("Prevention Grant", "(previously the Early Help Fund")
    True
    >>> carries_on("Home care", "Children's services")
    False
    """
    return bool(_OPEN_END.search(label.strip())) or label.count("(") > label.count(")") or line[:1].islower() or line.startswith("(")


def read_grid(
    header: list[Line], body: list[Line], columns: Columns, pitch: float = 0.0, space: float = 0.0, widths: Columns | None = None
) -> list[list[str]]:
    """The grid of a table: its header rows, then a row per body line; a line with only a label
    carries on the row above when `carries_on` or when closer to it than WRAP_PITCH times the
    row pitch, else is a row of its own (a group row).

    >>> cols = [(0, 60), (100, 130), (150, 190), (210, 250)]
    >>> hdr = [[_w("2025-26", 130, 0), _w("2024-25", 215, 0)], [_w("Service", 0, 15), _w("Budget", 100, 15), _w("Forecast", 150, 15), _w("Outturn", 210, 15)]]
    >>> body = [[_w("Home", 0, 30), _w("care", 23, 30), _w("41.5", 110, 30), _w("40.2", 160, 30), _w("39.0", 220, 30)], [_w("Children", 0, 45)],
    ...         [_w("Early", 0, 60), _w("help", 28, 60), _w("and", 51, 60), _w("12.3", 110, 60)], [_w("advice", 0, 75)], [_w("Total", 0, 90), _w("53.8", 110, 90)]]
    >>> for row in read_grid(hdr, body, cols): print(row)
    ['', '2025-26', '2025-26', '2024-25']
    ['Service', 'Budget', 'Forecast', 'Outturn']
    ['Home care', '41.5', '40.2', '39.0']
    ['Children', '', '', '']
    ['Early help and advice', '12.3', '', '']
    ['Total', '53.8', '', '']
    """
    rows = [cells(ln, columns) for ln in body]
    label = label_column(rows)
    grid = [header_cells(ln, columns, label, space, widths) for ln in header]
    at = len(grid)
    tops = [ln[0]["top"] for ln in body]
    pending: list[str] | None = None  # words printed just above the row they belong to
    for k, row in enumerate(rows):
        words_only = not any(is_value(c) for c in row)
        before = tops[k] - tops[k - 1] if k else float("inf")
        after = tops[k + 1] - tops[k] if k + 1 < len(rows) else float("inf")
        if words_only and pitch > 0 and after < min(before, WRAP_PITCH * pitch) and any(is_value(c) for c in rows[k + 1]):
            # cells set in the middle of a row of wrapped cells: their first lines print above it
            pending = _joined(pending, row) if pending else row
            continue
        if pending:
            row, pending = _joined(pending, row), None
            words_only = False
        only_label = all(not c for j, c in enumerate(row) if j != label)
        close = pitch > 0 and before < WRAP_PITCH * pitch
        if words_only and close and len(grid) > at:
            grid[-1] = _joined(grid[-1], row)
        elif only_label and len(grid) > at and grid[-1][label] and carries_on(grid[-1][label], row[label]):
            grid[-1][label] += " " + row[label]
        else:
            grid.append(row)
    return grid


def starts_row(line: list[str]) -> bool:
    """A line of one cell that stops mid-phrase: the first line of a wrapped cell of the row below,
    not a header ("Estates and" over "Facilities", at the top of a page).

    >>> starts_row(["", "", "Estates and", "", ""]), starts_row(["", "", "Forecast", "", ""]), starts_row(["", "2024", "2025"])
    (True, False, False)
    """
    filled = [c for c in line if c]
    return len(filled) == 1 and bool(_OPEN_END.search(filled[0]))


def _joined(above: list[str], below: list[str]) -> list[str]:
    """Two lines of a row's cells, joined cell by cell.

    >>> _joined(["Review of high-cost", "", ""], ["packages", "S02", "1,850"])
    ['Review of high-cost packages', 'S02', '1,850']
    """
    return [f"{a} {b}".strip() for a, b in zip(above, below)]


@dataclass(frozen=True)
class WordTable:
    """A table read from word positions, shaped like a pdfplumber table where the parser needs it:
    its bbox, its rows' cell boxes (one per column), and its grid from `extract`, whose first
    `heads` rows are its header."""

    bbox: tuple[float, float, float, float]
    grid: tuple[tuple[str, ...], ...]
    rows: tuple[_Row, ...]
    heads: int

    def extract(self, **_: object) -> list[list[str]]:
        return [list(r) for r in self.grid]


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[float, float, float, float], ...]


def _table(lines: list[Line], start: int, end: int, floor: int = 0) -> WordTable | None:
    """The table of the run lines[start:end] (or of the run without a line or two at either end,
    a sentence with a figure printed just above or below it), with its header lines."""
    for a in range(start, min(start + TRIMS, end) + 1):
        for b in range(end, max(end - TRIMS, a) - 1, -1):
            table = _read_table(lines, a, b, floor)
            if table is not None:
                return table
    return None


def _read_table(lines: list[Line], start: int, end: int, floor: int = 0) -> WordTable | None:
    """The table of lines[start:end], its header read from the lines above down to `floor` (the
    end of the table above)."""
    run = lines[start:end]
    figured = [ln for ln in run if _has_figure(ln)]
    # lines naming periods at the top head the columns of the figures under them
    dated = next((k for k, ln in enumerate(figured[: HEADER_LINES + 1]) if not names_periods(ln)), 0)
    heading = {id(ln) for ln in figured[:dated]}
    columns = columns_of(figured[dated:])
    if len(columns) < 2:
        return None
    space = word_space(run, columns)
    kept = [keeps_to(ln, columns, space) for ln in run]
    in_columns = [cells(ln, columns) for ln in run]  # each line's words in their columns, read once
    numbering = numbering_columns([row for row, k in zip(in_columns, kept) if k])
    rows = [
        k and id(ln) not in heading and _figure_row([c for j, c in enumerate(row) if j not in numbering])
        for ln, row, k in zip(run, in_columns, kept)
    ]
    if sum(rows) < MIN_ROWS_HEADED:
        return None
    first, last = rows.index(True), len(rows) - rows[::-1].index(True)
    body = [ln for ln, k in zip(run[first:last], kept[first:last]) if k]
    body_cells = [row for row, k in zip(in_columns[first:last], kept[first:last]) if k]
    if len(body) < last - first - LOOSE_LINES or not short_labels(body_cells):
        return None
    label = label_column(body_cells)
    above: list[Line] = []  # lines just above the body that keep to its columns, top to bottom
    i = start + first - 1
    while (
        i >= floor
        and len(above) < HEADER_LINES + LOOSE_LINES
        and _near(lines[i], (above or body)[0])
        and keeps_to(lines[i], columns, space, label)
    ):
        above.insert(0, lines[i])
        i -= 1
    heads = [k for k, ln in enumerate(above) if any(c for j, c in enumerate(cells(ln, columns)) if j != label)]
    # the header: from the first line above that heads a figure column to the last; label-only lines
    # under it are group rows of the body; a label-only line over it, or above a body with no
    # header, is a caption or heading, not part of the table
    wrapped: list[int] = []  # the first line of the body's first row, its cell wrapped ("Estates and" over "Facilities")
    while heads and starts_row(cells(above[heads[-1]], columns)):
        wrapped.insert(0, heads.pop())
    header = above[heads[0] : heads[-1] + 1][-HEADER_LINES:] if heads else []
    body = (above[heads[-1] + 1 :] if heads else above[wrapped[0] :] if wrapped else []) + body
    if sum(rows) < MIN_ROWS and not (len(columns) >= 3 and any(len(segments(ln, space)) >= len(columns) - 1 for ln in header)):
        return None  # fewer rows will do under a header row naming every column: a table's last rows, carried over
    pitch = row_pitch(body)
    header = wrapped_rows(header, pitch)
    grid = read_grid(header, body, columns, pitch, space, widths=printed_widths(header, columns, space))
    order = [label, *(j for j in range(len(columns)) if j != label)]  # the labels first, as the table reader expects
    grid = [[row[j] for j in order] for row in grid]
    printed = header + body
    box = (
        min(w["x0"] for ln in printed for w in ln),
        min(w["top"] for ln in printed for w in ln),
        max(w["x1"] for ln in printed for w in ln),
        max(w["bottom"] for ln in printed for w in ln),
    )
    boxes = tuple((columns[j][0], box[1], columns[j][1], box[3]) for j in order)
    return WordTable(box, tuple(tuple(r) for r in grid), tuple(_Row(boxes) for _ in grid), len(header))


def word_tables(words: list[Word]) -> list[WordTable]:
    """The tables printed without rules among a page's words, top to bottom.

    >>> ws = [_w("Area", 0, 0), _w("2024", 100, 0), _w("2025", 150, 0)]
    >>> for y, (a, b, c) in zip((15, 30, 45), (("North", "1.0", "2.0"), ("South", "3.0", "4.0"), ("East", "5.0", "6.0"))):
    ...     ws += [_w(a, 0, y), _w(b, 100, y), _w(c, 150, y)]
    >>> [t.grid for t in word_tables(ws)]
    [(('Area', '2024', '2025'), ('North', '1.0', '2.0'), ('South', '3.0', '4.0'), ('East', '5.0', '6.0'))]
    >>> prose = [_w(t, x, y) for y in (0, 15, 30) for t, x in (("Costs", y), ("rose", y + 30), ("by", y + 53), ("4.2", y + 66), ("in", y + 84), ("all", y + 97))]
    >>> word_tables(prose)
    []
    """
    lines = lines_of(words)
    found: list[WordTable] = []
    floor = 0  # a header is never read from the rows of the table above
    for start, end in figure_runs(lines):
        table = _table(lines, start, end, floor)
        if table is not None:
            found.append(table)
            floor = end
    return found


def _set(text: str, x0: float = 0.0, top: float = 0.0) -> Line:
    """A line of words for the examples, set with 3-point word spaces."""
    line = []
    for t in text.split():
        line.append(_w(t, x0, top))
        x0 = line[-1]["x1"] + 3
    return line


def _w(text: str, x0: float, top: float = 0.0, size: float = 10.0) -> Word:
    """A word dict for the examples: `size` points high, 5 points a letter."""
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top, "bottom": top + size}
