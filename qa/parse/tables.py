"""Turning raw grids of cell strings into clean Tables. Pure functions, no I/O.

Shared by every format: markdown/TSV, HTML, DOCX and PDF all end up here.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from qa.lexicon import words
from qa.types import Table
from qa.values import FIGURE_UNIT

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


def labels_or_periods(cells: list[str]) -> bool:
    """Sub-column headers under a group band: short labels, all present, a period among them
    ("2024-25") being a label here, not a figure.

    >>> labels_or_periods(["Service", "Unit", "2024-25", "2025-26", "Uplift %"]), labels_or_periods(["Home care", "per hour", "23.40"])
    (True, False)
    """
    filled = [c for c in cells if c]
    if len(filled) < max(2, len(cells) - 1):
        return False
    return all(len(c) <= 60 and (not _NUMBERISH.match(c) or (_YEAR.search(c) is not None and not is_figure(c))) for c in filled)


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

    >>> inherit_leading_blanks([["A", "x"], ["", "y"], ["", "12"]])
    [['A', 'x'], ['A', 'y'], ['', '12']]
    >>> inherit_leading_blanks([["W04", "Respiratory ward", "760"], ["", "Subtotal admission avoidance", "3,210"]])
    [['W04', 'Respiratory ward', '760'], ['', 'Subtotal admission avoidance', '3,210']]
    """
    out: list[list[str]] = []
    for row in rows:
        row = list(row)
        first = next((c for c in row if c), "")
        # A row opening with a figure under a blank label is an unlabelled total, not a continuation;
        # nor is a total or subtotal row ("Subtotal admission avoidance" under scheme W04's row)
        if out and any(row) and not is_figure(first) and not is_total_label(first):
            for i, cell in enumerate(row):
                if cell:
                    break
                if i < len(out[-1]):
                    row[i] = out[-1][i]
        out.append(row)
    return out


HEADER_SEP = " › "
# A units caption: "$ million", "(in thousands)", "£000s", "%", "(In millions of dollars, except per share)".
_UNITS = re.compile(
    r"^\(?\s*(?:(?:amounts|figures|dollars|[$£€]|us\$|(?-i:[A-Z]{3}))\s+in\s+|(?:amounts\s+)?in\s+)?(?:[$£€]|us\$|(?-i:[A-Z]{3})['’]?)?\s*"
    r"(?:'?000'?s?|thousands?|millions?|billions?|m|bn|k|%|per\s*cent|percent)"
    r"(?:\s+of\s+[a-z.$£€]+(?:\s+[a-z.$£€]+)?)?\s*(?:[,;].*)?\)?$|^[$£€]$|^\([$£€]\)$",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d\d\s*[-/–]\s*\d\d\b")
MAX_HEADER_ROWS = 6  # report tables print up to six header rows (periods, sub-columns, units, "(Restated)"); more is body text


_BRACKETED = re.compile(r"\(([^()]{1,60})\)")


def caption_units(title: str) -> str:
    """The unit a table's title states for all its figures, in brackets or after a comma: '' if none.

    >>> caption_units("Table 1: Net revenue budget (£000s)"), caption_units("Balances, £m"), caption_units("Visits (2024-25)")
    ('£000s', '£m', '')
    >>> caption_units("Deaths by cause (directly age-standardised rate per 100,000)")
    ''
    """
    for m in _BRACKETED.finditer(title):
        if is_units(m.group(1)):
            return m.group(1).strip()
    tail = re.split(r",\s+|[:–—]\s*", title)[-1].strip()  # "100,000" holds a comma, not a break
    return tail if tail != title.strip() and is_units(tail) else ""


def is_units(cell: str) -> bool:
    """A cell that states the unit of figures rather than naming a column.

    >>> [is_units(c) for c in ("$ million", "(in thousands)", "£000s", "%", "Revenue", "2019")]
    [True, True, True, True, False, False]
    >>> [is_units(c) for c in ("($ in millions)", "(dollars in thousands)", "(Dollars in thousands, except per share data)")]
    [True, True, True]
    """
    return bool(cell) and bool(_UNITS.match(cell.strip()))


_UNIT_SUFFIX = re.compile(r"(?<=\d)\s*\((?:%|[£$€]\s?\w{0,4})\)$")


def is_figure(cell: str) -> bool:
    """A data value: a number that is not a bare year or period ("2019", "24-25" head columns).

    >>> [is_figure(c) for c in ("1,320", "(19)", "$ 6,577", "12.7%", "2019", "24-25", "July 27, 2019", "—", "31.3.24", "2019 %")]
    [True, True, True, True, False, False, False, False, False, False]
    >>> [is_figure(c) for c in ("2022-23 (%)", "2024/25 (£m)", "(5.0)")]
    [False, False, True]
    """
    cell = strip_footnote(cell.strip())
    if not cell or not _NUMBERISH.match(cell):
        return False
    cell = _UNIT_SUFFIX.sub("", cell)  # "2022-23 (%)": a period heading a column of percentages
    return not re.fullmatch(
        r"(?:19|20)\d\d(?:\s+%)?|\d\d\s*[-/–]\s*\d\d|(?:19|20)\d\d\s*[-/–]\s*(?:19|20)?\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d", cell
    )


_FOOTNOTE = re.compile(
    r"(?<=[A-Za-z)])\d{1,2}$|(?<=\S)\s*(?:\(\d{1,2}\)\s*)+$|\s*[*†‡¹²³]+$|(?<=\d{4})\s*\([a-z]\)$|(?<=\b(?:19|20)\d\d)\s+\d$"
)


def strip_footnote(text: str) -> str:
    """A label or header without the footnote mark glued to it.

    >>> [strip_footnote(t) for t in ("Accruals1", "Gross profit(4)", "2019 (1)", "Budget*", "Covid 19", "Total", "2018 1", "Net income(2)(3)(4)")]
    ['Accruals', 'Gross profit', '2019', 'Budget', 'Covid 19', 'Total', '2018', 'Net income']
    """
    return _FOOTNOTE.sub("", text)


def _header_row(row: list[str], first: bool) -> bool:
    """Whether a leading row belongs to the header band.

    The first row is a header when it reads like labels; later rows only when their label cell is
    blank (or a units caption) and they hold no figures: years, units, sub-column names.

    >>> _header_row(["", "£000", "£000", ""], False), _header_row(["", "1,200", "350", ""], False)
    (True, False)
    """
    values = row[1:]
    if not any(row) or any(is_figure(c) and not is_units(c) for c in values):  # "£000" heads a column of thousands
        return False
    if first:
        return (
            looks_like_header(row)
            or is_units(row[0])
            or (not row[0] and any(values))
            or (sum(bool(c) for c in values) >= 1 and bool(row[0]))
        )
    return (not row[0] or is_units(row[0]) or names_periods(values)) and any(values)


def names_periods(cells: list[str]) -> bool:
    """Every filled cell names a year or period: a row of column headers whatever its label cell says.

    >>> names_periods(["2019", "2018 (1)", ""]), names_periods(["2019", "5.2"]), names_periods(["", ""])
    (True, False, False)
    """
    filled = [c for c in cells if c]
    return bool(filled) and all(_YEAR.search(c) and not is_figure(c) for c in filled)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d|FY?\s?\d\d", re.I)  # 2019, FY19, F19
_MARKED_YEAR = re.compile(r"((?:19|20)\d\d|FY?\s?\d\d)[1-9]", re.I)


def unmark_years(row: list[str]) -> list[str]:
    """A row of years where one carries a footnote digit glued to it ("20181" between "2017" and
    "2019") reads that one as its year; any other figure in the row leaves it as it is.

    >>> unmark_years(["", "2017", "20181", "2019"]), unmark_years(["Sales", "20181", "2,000"])
    (['', '2017', '2018', '2019'], ['Sales', '20181', '2,000'])
    >>> unmark_years(["", "FY19", "FY181"])
    ['', 'FY19', 'FY18']
    """
    values = [c for c in row[1:] if c]
    if not any(_BARE_YEAR.fullmatch(c) for c in values) or not all(_BARE_YEAR.fullmatch(c) or _MARKED_YEAR.fullmatch(c) for c in values):
        return row
    return [row[0]] + [m.group(1) if (m := _MARKED_YEAR.fullmatch(c)) else c for c in row[1:]]


def header_band(rows: list[list[str]]) -> int:
    """How many leading rows are headers (0 when the table has none).

    >>> header_band([["", "Years ended", ""], ["", "2019", "2018"], ["Sales", "5", "4"]])
    2
    >>> header_band([["Name", "Cost"], ["Falls", "£5"]])
    1
    >>> header_band([["Falls", "£5"], ["Walks", "£6"]])
    0
    >>> header_band([["£000", "Quarter 1", "Quarter 1"], ["Staff group", "Apr", "May"], ["Medical", "812", "798"]])
    2
    """
    if len(rows) < 2:
        return 0
    n = 0
    while n < min(MAX_HEADER_ROWS, len(rows) - 1) and (
        (_header_row(rows[n], first=n == 0) and not _second_period_row(rows, n))
        # sub-headers under group labels: "State | Handgun | Long Gun" below "| Permit | Permit"
        or (
            n > 0
            and (not rows[n - 1][0] or is_units(rows[n - 1][0]))  # "£000" printed over the labels
            and heads_sub_columns(rows[n - 1], rows[n])
            and labels_or_periods(rows[n])
            and not any(is_figure(c) for c in rows[n])
        )
    ):
        n += 1
    if n == 1 and rows[0][0] and not looks_like_header(rows[0]):
        # A label with a few words to its right and figures below: "(In millions) | Years ended".
        below = rows[1 : MAX_HEADER_ROWS + 1]
        n = 1 if any(is_figure(c) for r in below for c in r[1:]) or is_spanned_header(rows[0], rows[1]) else 0
    if n and not any(any(is_figure(c) for c in r[1:]) for r in rows[n:]) and not looks_like_header(rows[0]):
        return 0  # a text table whose first row is data
    return n


def heads_sub_columns(upper: list[str], lower: list[str]) -> bool:
    """Whether a header row has a row of sub-headers below it: it groups the columns (a value cell
    left blank under a label printed over several, or one label repeated) or names periods ("FY18"
    over "Annual Salary"), or the row below repeats one label (a unit, "S$ Mil", under each). A
    header naming every column apart, with distinct words below, heads them alone: the row below
    is data ("The UK Government | 50 years" under "| Time limit | Counterparty limit").

    >>> heads_sub_columns(["", "Permit", "", "Private Sale", ""], ["State", "Handgun", "Long Gun", "Handgun", "Long Gun"])
    True
    >>> heads_sub_columns(["", "2019", "2018"], ["Revenue", "£m", "£m"]), heads_sub_columns(["", "Bonds", "Loans"], ["Group", "S$ Mil", "S$ Mil"])
    (True, True)
    >>> heads_sub_columns(["", "Time limit", "Counterparty limit"], ["The UK Government", "50 years", "unlimited"])
    False
    """
    values = upper[1:]
    filled = [c for c in values if c]
    below = [c for c in lower[1:] if c]
    return (
        len(filled) < len(values)
        or len(set(filled)) < len(filled)
        or any(_YEAR.search(c) or _BARE_YEAR.search(c) for c in filled)
        or len(set(below)) < len(below)
    )


def _second_period_row(rows: list[list[str]], n: int) -> bool:
    """A labelled row of years below a band that already names years is data ("Granted | 2015"), and so
    is one with no figures under it; only a first row of periods joins the band under its label."""
    row = rows[n]
    if n == 0 or not row[0] or is_units(row[0]):
        return False
    named_before = any(names_periods(r[1:]) or any(_YEAR.search(c) for c in r[1:]) for r in rows[:n])
    figures_below = any(is_figure(c) for r in rows[n + 1 : n + 4] for c in r[1:])
    return named_before or not figures_below


def repeated_blocks(row: list[str], sub: list[str]) -> list[str] | None:
    """Labels over sub-headers that repeat block by block ("In month" and "Year to date" each over
    "Plan | Actual | Variance"): each label heads its own block, wherever in it it is printed
    (centred labels sit over a block's middle column). None when the sub-headers do not repeat once
    per label.

    >>> repeated_blocks(["", "", "In month", "", "", "Year to date", ""], ["£000", "Plan", "Actual", "Variance", "Plan", "Actual", "Variance"])
    ['', 'In month', 'In month', 'In month', 'Year to date', 'Year to date', 'Year to date']
    >>> repeated_blocks(["", "", "In month", "", "Year to date"], ["", "Plan", "Actual", "Budget", "Actual"]) is None
    True
    """
    labels = [j for j in range(1, len(row)) if row[j]]
    cols = [j for j in range(1, len(sub)) if sub[j]]
    if len(labels) < 2 or not cols or len(cols) % len(labels) or any(is_units(row[j]) for j in labels):
        return None
    k = len(cols) // len(labels)
    names = [sub[j].strip().lower() for j in cols]
    if k < 2 or any(names[i * k : (i + 1) * k] != names[:k] for i in range(len(labels))):
        return None
    blocks = [cols[i * k : (i + 1) * k] for i in range(len(labels))]
    if any(not b[0] <= j <= b[-1] for j, b in zip(labels, blocks)):
        return None
    out = list(row)
    for j, block in zip(labels, blocks):
        for c in block:
            out[c] = row[j]
    return out


def _spread(row: list[str], below: list[list[str]]) -> list[str]:
    """Carry a spanning label over the columns it heads. A lone label in its row (printed centred
    over its sub-columns) heads every value column; several labels each run rightwards to the next,
    except units, which belong to the column they are printed over.

    >>> _spread(["", "", "", "Percent Change", ""], [["", "2019", "Actual", "Constant", "2018"]])
    ['', '', 'Percent Change', 'Percent Change', '']
    >>> _spread(["", "Change", ""], [["", "2019 and 2018", "2018 and 2017"]])
    ['', 'Change', 'Change']
    >>> _spread(["", "2019", "", "2018", ""], [["", "Amount", "Share", "Amount", "Share"]])
    ['', '2019', '2019', '2018', '2018']
    >>> _spread(["", "", "% of total", "", "% of total"], [["", "Amount", "revenues", "Amount", "revenues"]])
    ['', '', '% of total', '', '% of total']
    """
    labels = [j for j, c in enumerate(row) if c and j > 0]
    out = list(row)
    if any(row[j] and row[j] == row[j + 1] for j in range(1, len(row) - 1)):
        return out  # spans already written out cell by cell (a merged PDF cell split back)
    if below and (blocks := repeated_blocks(row, below[0])):
        return blocks
    if len(labels) == 1 and below:
        for j in range(1, len(row)):
            if not (names_change(row[labels[0]]) and any(len(_YEAR.findall(b[j])) == 1 for b in below if j < len(b))):
                out[j] = row[labels[0]]  # "Percent Change" centred over "2019 | Actual | Constant | 2018" heads the middle two
        return out
    for j in range(1, len(row)):
        if is_units(out[j - 1]):
            continue  # "% of total" over one column of several is that column's unit alone
        if (
            not out[j]
            and out[j - 1]
            and j - 1 in labels
            or (not out[j] and j - 1 > 0 and out[j - 1] and not row[j] and any(b[j] for b in below))
        ):
            out[j] = out[j - 1]
    return out


_CHANGE_WORDS = frozenset(words("change_headers"))


def names_change(label: str) -> bool:
    """A header naming a change between periods ("Percent Change", "Variance").

    >>> names_change("Percent Change"), names_change("Year Ended May 31,")
    (True, False)
    """
    return bool(_CHANGE_WORDS & set(re.findall(r"[a-z]+", label.lower())))


_GLUED_UNIT = re.compile(r"^(?P<head>.*\S)\s+(?P<unit>\(?[$£€]\s*(?:'?000'?s?|m|bn|k)\)?|\(?£?\s*(?:'000s?|000's|000s)\)?|\(%\))$", re.I)


def _split_unit(cell: str) -> tuple[str, str]:
    """A header with its unit printed after it: "2025-26 £000's" -> ("2025-26", "£000's").

    >>> _split_unit("2025-26 £000's"), _split_unit("Revenue")
    (('2025-26', "£000's"), ('Revenue', ''))
    """
    m = _GLUED_UNIT.match(cell or "")
    return (m.group("head"), m.group("unit")) if m else (cell, "")


def read_header(band: list[list[str]], width: int) -> tuple[list[tuple[str, ...]], list[str]]:
    """Header path and unit of each column from the header band.

    >>> paths, units = read_header([["", "Year to date", "", ""], ["", "Plan", "Actual", "Variance"], ["", "$m", "$m", "$m"]], 4)
    >>> paths[3], units[3]
    (('Year to date', 'Variance'), '$m')
    >>> read_header([["Location", "Number", "% of total"]], 3)
    ([('Location',), ('Number',), ('% of total',)], ['', '', '% of total'])
    >>> read_header([["£000", "Quarter 1", "Quarter 1", "Year to"], ["Staff group", "Apr", "May", "date"]], 4)
    ([('Staff group',), ('Quarter 1', 'Apr'), ('Quarter 1', 'May'), ('Year to date',)], ['', '£000', '£000', '£000'])
    """
    table_unit = ""
    spread = []
    for i, row in enumerate(band):
        filled = [c for c in row if c]
        if row and is_units(row[0]) or len(filled) == 1 and is_units(filled[0]):
            # A units caption alone on its row, or in the label column, is the whole table's unit.
            table_unit = table_unit or (row[0] or filled[0])
            row = [""] * len(row) if len(filled) == 1 else [""] + row[1:]
        spread.append(_spread(row, band[i + 1 :]) if i < len(band) - 1 else list(row))
    spread = [[_split_unit(c)[0] for c in row] for row in spread]
    paths: list[tuple[str, ...]] = []
    units: list[str] = []
    glued = [next((_split_unit(r[j])[1] for r in band if j < len(r) and _split_unit(r[j])[1]), "") for j in range(width)]
    for j in range(width):
        parts: list[str] = []
        unit = ""
        above = ""  # the cell above, when it heads this column alone
        for row in spread:
            cell = row[j] if j < len(row) else ""
            if not cell:
                continue
            if is_units(cell):
                unit = unit or cell
            elif parts and parts[-1] == above and wraps_on(above, cell):
                parts[-1] = f"{above} {cell}"  # "Year to" over "date": one header on two lines
            elif not parts or parts[-1] != cell:
                parts.append(cell)
            above = cell if (j == 0 or row[j - 1] != cell) and (j + 1 >= len(row) or row[j + 1] != cell) else ""
        if not parts and unit and len(band) == 1:
            parts = [unit]  # "Number | % of total": a unit that is the column's only header also names it
        paths.append(tuple(parts))
        units.append((unit or glued[j] or table_unit) if j else "")
    return _unit_told_apart(paths, glued), units


def wraps_on(upper: str, lower: str) -> bool:
    """A header cell over a single column carries on in the cell below when that one starts in
    lower case: "Year to" over "date" is "Year to date", "Annual" over "plan" is "Annual plan".

    A unit of time below ("yrs", "days") is the column's unit, not more of its name.

    >>> wraps_on("Year to", "date"), wraps_on("2025-26", "Budget"), wraps_on("Forecast", "(£m)"), wraps_on("Average life", "yrs")
    (True, False, False, False)
    """
    return bool(upper) and lower[:1].islower() and not _TIME_UNIT.match(lower)


_TIME_UNIT = re.compile(rf"^\(?(?:{FIGURE_UNIT})\.?\)?$", re.I)


def _unit_told_apart(paths: list[tuple[str, ...]], glued: list[str]) -> list[tuple[str, ...]]:
    """Headers the same but for the unit printed after one of them ("Completions", "Completions
    (%)") keep that unit in their name, which is all that tells them apart.

    >>> _unit_told_apart([("Group",), ("Completions",), ("Completions",)], ["", "", "(%)"])
    [('Group',), ('Completions',), ('Completions (%)',)]
    """
    seen = Counter(paths)
    return [(*p[:-1], f"{p[-1]} {glued[j]}") if p and seen[p] > 1 and glued[j] else p for j, p in enumerate(paths)]


_TRAILING_FIGURES = re.compile(r"(?:\s+[-−(]?[$£€]?\d[\d,]*(?:\.\d+)?\)?%?)+$")


def unglue_figures(rows: list[list[str]]) -> list[list[str]]:
    """A row whose figures were printed into its label cell ("TOTAL PAY 21,845.7 12,524.5") gets
    them back in the numeric columns, left to right, when their count matches.

    >>> unglue_figures([["Pay", "1.0", "2.0"], ["TOTAL PAY 3.0 4.0", "", ""]])[1]
    ['TOTAL PAY', '3.0', '4.0']
    """
    width = len(rows[0]) if rows else 0
    numeric = [j for j in range(1, width) if sum(is_figure(r[j]) for r in rows) >= max(1, len(rows) // 3)]
    out = []
    for r in rows:
        m = _TRAILING_FIGURES.search(r[0]) if r[0] and not any(r[1:]) else None
        figures = glued_figures(r[0]) if m else []
        if m and figures and len(figures) == len(numeric) and m.start() > 0:
            r = [r[0][: m.start()].strip()] + list(r[1:])
            for j, f in zip(numeric, figures):
                r[j] = f
        out.append(r)
    return out


def widen_packed_rows(grid: list[list[str]], template: Table) -> list[list[str]] | None:
    """Rows printed as one cell each ("TOTAL 200,131.6 74,325.6"), found as a table of their own
    right under `template`, as rows of the template's width: the label in its first text column,
    the figures in its columns of figures, left to right. None unless every row has one figure
    for each of those columns.

    >>> t = Table("Budget", ("Line", "Team", "2025-26", "2026-27"), (("Pay", "HR", "1.0", "2.0"), ("Rent", "Estates", "3.0", "4.0")))
    >>> widen_packed_rows([["TOTAL 4.0 6.0"]], t)
    [['TOTAL', '', '4.0', '6.0']]
    >>> widen_packed_rows([["Notes on 2025"]], t) is None, widen_packed_rows([["TOTAL 4.0"]], t) is None
    (True, True)
    """
    width = len(template.headers)
    filled = [[c for c in r if c] for r in grid]
    if width < 2 or not template.rows or not grid or any(len(cells) != 1 for cells in filled):
        return None
    body = [r for r in template.rows if len(r) == width]
    numeric = [j for j in range(width) if sum(is_figure(r[j]) for r in body) >= max(1, len(body) // 3)]
    label = next((j for j in range(width) if j not in numeric), None)
    out = []
    for (cell,) in filled:
        m = _TRAILING_FIGURES.search(cell)
        figures = glued_figures(cell) if m else []
        if label is None or not numeric or m is None or m.start() == 0 or len(figures) != len(numeric):
            return None
        row = [""] * width
        row[label] = cell[: m.start()].strip()
        for j, f in zip(numeric, figures):
            row[j] = f
        out.append(row)
    return out


def is_total_line(grid: list[list[str]]) -> bool:
    """A table of one row: a total's label, then figures only.

    >>> is_total_line([["TOTAL £m", "345.0", "", "290.0"]]), is_total_line([["Pay", "3.0"]]), is_total_line([["Total", "1"], ["A", "2"]])
    (True, False, False)
    """
    cells = [c for c in grid[0] if c] if len(grid) == 1 else []
    return len(cells) >= 2 and is_total_label(cells[0]) and all(is_figure(c) for c in cells[1:])


def total_above(line: list[str], centres: list[float], bounds: list[tuple[float, float]]) -> list[str] | None:
    """A total line printed as a table of its own right above a table's header ("TOTAL £m |
    345.0 | 290.0"), as that table's total row: the label in its first column, each figure in the
    column printed under it (`centres`: the x-centre of each cell of the line; `bounds`: the
    table's column x-ranges). None when a figure is under no column.

    >>> total_above(["TOTAL £m", "345.0", "290.0"], [960.0, 1050.0, 1110.0], [(20, 100), (100, 900), (900, 1000), (1000, 1080), (1080, 1145)])
    ['TOTAL £m', '', '', '345.0', '290.0']
    >>> total_above(["TOTAL", "5.0"], [50.0, 2000.0], [(20, 100), (100, 900)]) is None
    True
    """
    if not is_total_line([line]) or not bounds:
        return None
    row = [""] * len(bounds)
    row[0] = line[0]
    for cell, x in zip(line[1:], centres[1:]):
        if not cell:
            continue
        j = next((j for j, (x0, x1) in enumerate(bounds) if x0 <= x <= x1), None)
        if j is None or j == 0 or row[j]:
            return None
        row[j] = cell
    return row


def is_group_row(row: list[str], next_row: list[str] | None) -> bool:
    """A label alone on its row, heading the rows below it ("Current liabilities", "Adults:").

    >>> is_group_row(["Current liabilities", "", ""], ["Accrued", "691.6", "690.5"])
    True
    >>> is_group_row(["Accrued", "691.6", ""], ["Other", "1", "2"])
    False
    >>> is_group_row(["As at 31 December 2019", "", ""], ["FVPL", "14,766", "5,091"])
    True
    """
    if not row or not row[0] or any(row[1:]) or next_row is None or glued_figures(row[0]):
        return False
    return bool(next_row[0]) and any(next_row[1:])


def glued_figures(label: str) -> list[str]:
    """Figures printed at the end of a label cell, a date's year and a footnote mark left out ("As at
    31 December 2019" and "Adjusted EBITDA 3" head the rows below them; "TOTAL PAY 21,845.7 12,524.5"
    is a row of figures).

    >>> glued_figures("TOTAL PAY 21,845.7 12,524.5"), glued_figures("As at 31 December 2019"), glued_figures("Adjusted EBITDA 3")
    (['21,845.7', '12,524.5'], [], [])

    A bracket holding words is part of the label:
    >>> glued_figures("Working age adults (18 to 64)"), glued_figures("Reserves (1,204)")
    ([], ['(1,204)'])

    A date written month first ("Fiscal Year Ended April 27, 2019") is a date, not figures:
    >>> glued_figures("Fiscal Year Ended April 27, 2019"), glued_figures("Balance at Sept. 30, 2018 1,204")
    ([], ['1,204'])
    """
    label = _MONTH_DAY_YEAR.sub(" date ", label)
    label = _WORDS_IN_BRACKETS.sub("", label)  # "Working age adults (18 to 64)": an age range, not figures
    m = _TRAILING_FIGURES.search(label)
    figures = m.group(0).split() if m else []
    if all(re.fullmatch(r"(?:19|20)\d\d", f) for f in figures) or (len(figures) == 1 and re.fullmatch(r"\d{1,2}", figures[0])):
        return []
    return figures


_WORDS_IN_BRACKETS = re.compile(r"\([^()]*[A-Za-z][^()]*\)\s*$")
_MONTH_DAY_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b", re.I)


_TOTAL = re.compile(r"^(?:sub-?\s*|grand\s+|net\s+)?totals?\b|\b(?:sub-?\s*)?totals?\s*(?:\(|$)", re.I)


def is_total_label(label: str) -> bool:
    """A row that adds up others: "Total", "Sub-total", "Total current assets", "Net total".

    >>> [is_total_label(x) for x in ("Total", "Subtotal", "Total current assets", "Grand total", "Totally new", "Net assets")]
    [True, True, True, True, False, False]
    >>> is_total_label("Children and Families subtotal"), is_total_label("Corporate Resources – sub-total")
    (True, True)
    """
    return bool(_TOTAL.search(label.strip()))


def build_tables(grid: list[list[str]], title: str, *, headers: list[str] | None = None, template: Table | None = None) -> list[Table]:
    """Turn raw rows into Tables: title from a caption row, the header band (one or more rows,
    spanning labels, a units row), repeated or changed header rows mid-table, group rows,
    separator rows dropped, continued cells inherited.

    A grid can hold more than one table when a new header row appears in it.
    `template` (or bare `headers`) is used when the grid continues a table whose header came earlier.
    """
    rows = [[clean_cell(c) for c in r] for r in grid]
    rows = [r for r in rows if any(r) and not is_separator_row(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if template is not None:
        headers = list(template.headers)

    captions: list[str] = []
    while rows and headers is None and is_caption_row(rows[0]) and len(rows) > 1 and not is_units(rows[0][0]):
        captions.append(rows.pop(0)[0])
    if captions:
        title = " ".join(captions)
    paths: list[tuple[str, ...]]
    units: list[str]
    if template is not None and len(template.headers) == width:
        paths, units = list(template.header_paths), list(template.units)
    elif headers is not None:
        paths, units = [(h,) if h else () for h in headers], [""] * width
    else:
        rows = [unmark_years(r) for r in rows[:MAX_HEADER_ROWS]] + rows[MAX_HEADER_ROWS:]
        n = header_band(rows)
        if n:
            paths, units = read_header(rows[:n], width)
        else:
            paths, units = [() for _ in range(width)], [""] * width
        rows = rows[n:]
    paths = (list(paths) + [()] * width)[:width]
    units = (list(units) + [""] * width)[:width]
    stated = caption_units(title)
    if stated and not any(units):
        # "Table 1: Budget (£000s)": the title's unit is every figure column's
        units = [stated if any(is_figure(r[j]) for r in rows) else "" for j in range(width)]
    names = fill_header_spans([HEADER_SEP.join(p) for p in paths])

    tables: list[Table] = []
    body: list[list[str]] = []
    for r in rows:
        first_matches = r[0] and names[0] and r[0].lower() == names[0].lower()
        if first_matches and looks_like_header(r):
            if body:
                tables.append(_table(title, names, paths, units, body))
                body = []
            names = fill_header_spans(r)
            paths, units = [(c,) if c else () for c in r], [""] * width
            continue
        if repeats_header(r, paths):
            # the band printed again for the next block ("Year Ended December 31, 2018" over the same sub-columns)
            band = [body.pop()] if body and names_periods(body[-1][1:]) and not body[-1][0] else []
            if body:
                tables.append(_table(title, names, paths, units, body))
                body = []
            if band:
                paths, new_units = read_header([*band, r], width)
                units = [u or old for u, old in zip(new_units, units)]
                names = fill_header_spans([HEADER_SEP.join(p) for p in paths])
            continue
        body.append(r)
    if body:
        tables.append(_table(title, names, paths, units, body))
    return tables


def first_block_group(label_header: str, labels: list[str], groups: list[str]) -> list[str]:
    """The label column's header names the first block when the table prints blocks of the same rows
    under group labels and the first block has none ("Core" over the rows that "Payments" and
    "Complementary" repeat below).

    >>> first_block_group("Core", ["Opening", "Closing", "Opening", "Closing"], ["", "", "Payments", "Payments"])
    ['Core', 'Core', 'Payments', 'Payments']
    >>> first_block_group("Item", ["Sales", "Costs", "Opening"], ["", "", "Reserves"])
    ['', '', 'Reserves']
    """
    first = next((i for i, g in enumerate(groups) if g), 0)
    if not first or any(groups[:first]) or not label_header or label_header.startswith("Column ") or is_units(label_header):
        return groups
    block = [lab for lab, g in zip(labels, groups) if g == groups[first]]
    return [label_header] * first + groups[first:] if labels[:first] == block else groups


def closes_group(label: str, group: str) -> bool:
    """A row that repeats its group's name, alone or after "Total", is the group's subtotal and its last row.

    >>> closes_group("Other intangible assets", "Other intangible assets"), closes_group("Total current assets", "Current assets")
    (True, True)
    >>> closes_group("Corporate Resources subtotal", "Corporate Resources"), closes_group("Corporate Resources – total", "Corporate Resources")
    (True, True)
    >>> closes_group("Trade names", "Other intangible assets")
    False
    """
    name = re.sub(r"^total\s+|[\s–—:-]*\b(?:sub-?\s?)?total$", "", strip_footnote(label).strip().rstrip(":").lower())
    return name == group.strip().lower()


def repeats_header(row: list[str], paths: list[tuple[str, ...]]) -> bool:
    """A body row that prints the header band's bottom row again (the sub-column names of the
    next block), its label cell blank.

    >>> paths = [(), ("Year Ended December 31, 2019", "Activision"), ("Year Ended December 31, 2019", "Total")]
    >>> repeats_header(["", "Activision", "Total"], paths), repeats_header(["Sales", "5", "7"], paths)
    (True, False)
    """
    bottom = [p[-1] if p else "" for p in paths[1:]]
    cells = row[1 : len(paths)]
    return not row[0] and sum(bool(c) for c in cells) >= 2 and cells == bottom and not any(is_figure(c) for c in cells)


def _table(title: str, headers: list[str], paths: list[tuple[str, ...]], units: list[str], body: list[list[str]]) -> Table:
    groups: list[str] = []
    rows: list[list[str]] = []
    group = ""
    body = unglue_figures(body)
    for i, r in enumerate(body):
        if is_group_row(r, body[i + 1] if i + 1 < len(body) else None):
            group = r[0].rstrip(":").strip()
            continue
        if group and rows and groups[-1] == group and is_total_label(rows[-1][0]) and is_total_label(r[0]):
            group = ""  # a total under the group's subtotal ("Total savings" under "Non-recurrent total") adds up every group
        rows.append(r)
        groups.append(group)
        if group and closes_group(r[0], group):
            group = ""  # the group's own subtotal ends it: the rows below stand outside it
    groups = first_block_group(headers[0] if headers else "", [r[0] for r in rows], groups)
    rows = inherit_leading_blanks(rows)
    # Drop columns that are empty in the header and in every row (trailing tabs).
    keep = [i for i, h in enumerate(headers) if not h.startswith("Column ") or any(r[i] for r in rows)]
    return Table(
        title=title,
        headers=tuple(headers[i] for i in keep),
        rows=tuple(tuple(r[i] for i in keep) for r in rows),
        header_paths=tuple(paths[i] if paths[i] else (headers[i],) for i in keep),
        units=tuple(bare_unit(units[i]) for i in keep),
        groups=tuple(groups) if any(groups) else (),
    )


def bare_unit(unit: str) -> str:
    """A column's unit without the brackets it was printed in: answers bracket it themselves.

    >>> bare_unit("(£000)"), bare_unit("(%)"), bare_unit("£m"), bare_unit("(in thousands)")
    ('£000', '%', '£m', 'in thousands')
    """
    unit = unit.strip()
    return unit[1:-1].strip() if unit.startswith("(") and unit.endswith(")") and unit.count("(") == 1 else unit
