"""A table read once: columns with their header paths, periods and units; rows with their labels,
groups and parsed figures. Answerers ask the view; they never re-parse cells. Pure functions.

>>> from qa.types import Unit
>>> rows = [Unit(id=str(i), doc="d", kind="row", text="", table_id="t", row=label, cells=(label, a, b),
...              headers=("", "2019", "2018"), header_paths=((), ("2019",), ("2018",)), units=("", "$m", "$m"))
...         for i, (label, a, b) in enumerate([("Sales", "532.0", "470.0"), ("Costs", "(12.5)", "10")])]
>>> view = TableView.of(rows)
>>> view.columns[1].years, view.value(1, 1)
(('2019',), -12.5)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from qa.columns import header_terms
from qa.parse.tables import strip_footnote
from qa.text import MONTH_NAMES, canonical_dates, is_month, stem, token_set
from qa.types import Unit

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SHORT_PERIOD = re.compile(r"\b(?:20)?(\d\d)\s*[-/–]\s*(?:20)?(\d\d)\b")
_FIGURE = re.compile(
    r"(?P<pre>[-−–(\s$£€]*)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<scale>bn|m|k|million|billion|thousand)\b)?(?P<post>[\s)%]*)",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*[-–/']?\s*(\d\d)\b(?![-/–]\d|\s*,|\s*\d)", re.I
)
_FISCAL = re.compile(r"\bF(?:Y\s?)?'?((?:19|20)\d\d|\d\d)\b")  # FY19, FY 2019, F19: a financial year by its end
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]((?:19|20)\d\d|\d\d)\b")  # 31.3.26, 31/03/2026
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_MONTH_STEMS = frozenset(stem(m) for m in MONTH_NAMES)  # "septemb", "januari", "juli": months as the search stems them


def names_month(word: str) -> bool:
    """A month's name, short form or stem, not a word that only starts like one ("Marsden",
    "junction", "Mayfield").

    >>> [names_month(w) for w in ("Mar", "march", "septemb", "sept", "juli", "marsden", "junction", "mayfield")]
    [True, True, True, True, True, False, False, False]
    """
    return is_month(word) or word.lower() in _MONTH_STEMS


def period_names(text: str) -> tuple[str, ...]:
    """The years and financial years a header or question names, written one way, in order.

    >>> period_names("Year ended July 27, 2019 vs 2018")
    ('2019', '2018')
    >>> period_names("Budget 2025-26 and 24/25")
    ('2025-26', '2024-25')
    >>> period_names("Mar- 25 | Dec -24 | 1st Jan")
    ('2025', '2024')
    >>> period_names("31.3.26"), period_names("30-Sep-24"), period_names("at 31/03/2027")
    (('2026',), ('2024',), ('2027',))
    >>> period_names("FY19 | FY 2018 | F17")
    ('2019', '2018', '2017')
    """
    found: list[str] = []
    text = _FISCAL.sub(lambda m: f" {m.group(1) if len(m.group(1)) == 4 else '20' + m.group(1)} ", text)
    text = _NUMERIC_DATE.sub(lambda m: f" {m.group(1) if len(m.group(1)) == 4 else '20' + m.group(1)} ", text)
    text = _MONTH_YEAR.sub(lambda m: f" 20{m.group(2)} ", text)

    def financial_year(m: re.Match[str]) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        if b != (a + 1) % 100:
            return m.group(0)  # "30- 2024" is a day and a year, not a financial year
        found.append(f"20{a:02d}-{b:02d}")
        return " "

    rest = _SHORT_PERIOD.sub(financial_year, text)
    found += _YEAR.findall(rest)
    return tuple(dict.fromkeys(found))


FINANCIAL_YEAR_START = 4  # April: the financial year of UK public bodies, 1 April to 31 March
_MONTH_AND_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b", re.I)


def financial_years_named(text: str) -> dict[str, str]:
    """The financial year each month-and-year a text names falls in, by the year it writes: "from
    April 2026" is 2026-27, "in March 2026" is 2025-26.

    >>> financial_years_named("a skip permit from april 2026, and in March 2026?")
    {'2026': '2026-27'}
    >>> financial_years_named("by Feb 2025"), financial_years_named("in 2025")
    ({'2025': '2024-25'}, {})
    """
    out: dict[str, str] = {}
    for m in _MONTH_AND_YEAR.finditer(text):
        year = int(m.group(2))
        start = year if _MONTHS[m.group(1).lower()] >= FINANCIAL_YEAR_START else year - 1
        out.setdefault(m.group(2), f"{start}-{(start + 1) % 100:02d}")
    return out


def cell_number(cell: str) -> float | None:
    """The one figure a cell states, signed; None for text, blanks, dashes and cells with two figures.

    >>> [cell_number(c) for c in ("$ 6,577", "(317)", "(15)%", "-34.8", "−5.0", "£2.5m", "12.7%", "—", "100-200", "N/A")]
    [6577.0, -317.0, -15.0, -34.8, -5.0, 2500000.0, 12.7, None, None, None]
    """
    m = _FIGURE.fullmatch(strip_footnote(cell.strip().replace("\u00a0", " ")))
    if not m:
        return None
    value = float(m.group("num").replace(",", ""))
    pre = m.group("pre")
    scale = (m.group("scale") or "").lower()
    if scale and any(c in pre for c in "$£€"):
        value *= {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}[scale]
    negative = any(c in pre for c in "-−–(")
    return -value if negative else value


def period_order(text: str) -> tuple[int, int]:
    """(year, month) of the last period a header names, for putting columns in time order.

    >>> period_order("Three Months Ended August 31, 2019") > period_order("May 31, 2019")
    True
    >>> period_order("30/09/2024 Balance"), period_order("31.3.24")
    ((2024, 9), (2024, 3))
    """
    years = period_names(text)
    year = int(years[-1][:4]) if years else 0
    months = [m.group(1) for m in _MONTH.finditer(canonical_dates(text.lower())) if names_month(m.group(0))]  # "30/09/2024" is September
    return year, _MONTHS[months[-1][:3].lower()] if months else 0


def months_named(tokens: frozenset[str]) -> frozenset[int]:
    """The months (1-12) a question's word stems name.

    >>> sorted(months_named(frozenset({"septemb", "2025", "rate"}))), sorted(months_named(frozenset({"marsden", "junction"})))
    ([9], [])
    """
    return frozenset(_MONTHS[t[:3]] for t in tokens if _MONTH.fullmatch(t) and names_month(t))


@dataclass(frozen=True)
class Column:
    index: int
    path: tuple[str, ...]  # header path, top band row first
    name: str  # the path joined for display
    tokens: frozenset[str]  # stems of the header's words, periods left out
    years: tuple[str, ...]  # periods the header names
    when: tuple[int, int]  # (year, month) for time order
    unit: str
    numeric: bool  # most filled cells are figures
    percent: bool = False  # most of its figures are printed with "%"

    @property
    def leaf(self) -> str:
        """The bottom level of the header ("Aug" of "Quarter 2 › Aug"), else the whole name."""
        return self.path[-1] if self.path else self.name


@dataclass(frozen=True)
class Row:
    unit: Unit
    label: str
    group: str
    tokens: frozenset[str]  # stems of the label (and the group it sits under)
    total: bool
    values: tuple[float | None, ...]
    context: frozenset[str] = frozenset()  # stems of the row's other text cells (a category, a description)


@dataclass(frozen=True)
class TableView:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    label_col: int

    @staticmethod
    def of(units: list[Unit] | tuple[Unit, ...]) -> "TableView":
        """The view of one table from its row units (all sharing headers)."""
        return _view(tuple(units))

    def row_for(self, unit_id: str) -> "Row | None":
        """The row read from the unit with this id, if it is one of the table's."""
        return next((r for r in self.rows if r.unit.id == unit_id), None)

    def value(self, row: int, col: int) -> float | None:
        return self.rows[row].values[col]

    def period_columns(self) -> list[Column]:
        """Numeric columns that each name one period, left to right."""
        return [c for c in self.columns if c.numeric and len(c.years) == 1 and c.index != self.label_col]

    def columns_for(self, period: str) -> list[Column]:
        return [c for c in self.columns if period in c.years and c.index != self.label_col]

    def value_columns(self) -> list[Column]:
        return [c for c in self.columns if c.numeric and c.index != self.label_col]


@lru_cache(maxsize=2048)
def _view(units: tuple[Unit, ...]) -> TableView:
    first = units[0]
    paths = first.header_paths or tuple((h,) for h in first.headers)
    columns = []
    for j, name in enumerate(first.headers):
        path = paths[j] if j < len(paths) else (name,)
        joined = " ".join(path)
        cells = [u.cells[j] for u in units if j < len(u.cells) and u.cells[j]]
        numbers = sum(cell_number(c) is not None for c in cells)
        years = period_names(joined)
        words = _YEAR.sub(" ", _SHORT_PERIOD.sub(" ", joined))
        unit = first.units[j] if j < len(first.units) else ""
        numeric = bool(cells) and numbers >= len(cells) / 2
        percent = numeric and sum(c.rstrip().endswith("%") for c in cells) >= numbers / 2
        tokens = header_terms(words) | token_set(words)  # with the words that name it ("worth" for "Value")
        columns.append(Column(j, path, name, tokens - {"column"}, years, period_order(joined), unit, numeric, percent))
    text_cols = [c.index for c in columns if not c.numeric and c.index != first.label_col]
    rows = []
    for u in units:
        # A row of figures under a blank label is the sum of the rows above it, printed unnamed.
        label = UNLABELLED_TOTAL if unlabelled(u) else u.row
        rows.append(
            Row(
                u,
                label,
                u.group,
                token_set(f"{u.group} {strip_footnote(label)}"),
                u.total or label == UNLABELLED_TOTAL,
                tuple(cell_number(c) for c in u.cells),
                token_set(" ".join(u.cells[j] for j in text_cols if j < len(u.cells))),
            )
        )
    figures = [c.index for c in columns if c.numeric and c.index != first.label_col]
    for head, members in subtotals_above([r.values for r in rows], [r.unit.cells for r in rows], figures, [r.total for r in rows]).items():
        rows[head] = replace(rows[head], total=True)
        for i in members:
            if not rows[i].group:  # a directorate line over its services
                group = rows[head].label
                rows[i] = replace(rows[i], group=group, tokens=rows[i].tokens | token_set(group))
    for i in totals_below([r.values for r in rows], [r.unit.cells for r in rows], figures, [r.total for r in rows]):
        rows[i] = replace(rows[i], total=True)  # "Ostrevale borough" under its four localities
    return TableView(first.table, tuple(columns), tuple(rows), first.label_col)


def totals_below(values: list[tuple[float | None, ...]], cells: list[tuple[str, ...]], numeric: list[int], totals: list[bool]) -> list[int]:
    """The last row of figures when it is printed under its members with their sum, whatever its
    label says (an area's row under its localities): it adds up all the rows above it, back to the
    table's top or the last total, to the printed rounding, in at least MIN_SUMMED_COLUMNS figure columns and in most of
    those it fills (a rate or an average beside the counts is not a sum).

    >>> v = [(None, 9850.0, 440.0, 26.1), (None, 5200.0, 140.0, 27.35), (None, 8000.0, 470.0, 24.6), (None, 23050.0, 1050.0, 25.9)]
    >>> c = [("", f"{a:g}", f"{b:g}", f"{r}") for _, a, b, r in v]
    >>> totals_below(v, c, [1, 2, 3], [False] * 4)
    [3]
    >>> totals_below(v[:3], c[:3], [1, 2, 3], [False] * 3)
    []
    """
    found: list[int] = []
    start = 0
    last = max((i for i, row in enumerate(values) if any(v is not None for v in row)), default=-1)
    for i in range(len(values)):
        if totals[i]:
            start = i + 1
            continue
        if i != last:
            continue  # only the table's last row of figures: a row inside it that adds up those above may be a measure of its own
        filled = [j for j in numeric if j < len(values[i]) and values[i][j] is not None]
        above = range(start, i)
        if len(above) < 2 or len(filled) < MIN_SUMMED_COLUMNS:
            continue
        summed = [
            j
            for j in filled
            if abs(sum(values[k][j] or 0.0 for k in above if j < len(values[k])) - (values[i][j] or 0.0))
            <= _rounding(cells[i][j]) * len(above)
        ]
        # nought is the sum of noughts: only columns where the row gives a figure other than 0 count
        summed = [j for j in summed if values[i][j]]
        if len(summed) >= MIN_SUMMED_COLUMNS and len(summed) * 2 > len(filled):
            found.append(i)
            start = i + 1
    return found


MIN_SUMMED_COLUMNS = 2  # a row is a subtotal of the rows below it when it adds them up in this many columns
MAX_SUMMED_ROWS = 60  # rows a subtotal printed above them may head: bounds the search in a long table


def subtotals_above(
    values: list[tuple[float | None, ...]], cells: list[tuple[str, ...]], numeric: list[int], totals: list[bool]
) -> dict[int, list[int]]:
    """Rows printed above their members with their sum (a directorate line over its services):
    row -> the rows it adds up. Each such row adds up the two or more rows right below it, to the
    printed rounding, in every figure column it fills (at least MIN_SUMMED_COLUMNS of them).

    >>> v = [(None, 276.1, 4.8), (None, 148.2, 3.7), (None, 96.5, 1.6), (None, 31.4, -0.5), (None, 80.6, 0.0), (None, 41.9, -0.7), (None, 38.7, 0.7)]
    >>> c = [("", f"{a}", f"{b}") for _, a, b in v]
    >>> subtotals_above(v, c, [1, 2], [False] * 7)
    {0: [1, 2, 3], 4: [5, 6]}
    >>> subtotals_above(v[1:4], c[1:4], [1, 2], [False] * 3)
    {}
    """
    found: dict[int, list[int]] = {}
    i = 0
    while i < len(values):
        filled = [j for j in numeric if j < len(values[i]) and values[i][j] is not None]
        members = None if totals[i] or len(filled) < MIN_SUMMED_COLUMNS else _summed_below(i, filled, values, cells, totals)
        if members:
            found[i] = members
            i = members[-1] + 1
        else:
            i += 1
    return found


def _summed_below(
    i: int, filled: list[int], values: list[tuple[float | None, ...]], cells: list[tuple[str, ...]], totals: list[bool]
) -> list[int] | None:
    """The fewest rows (two or more) right below row i that add up to it in every column of `filled`."""
    sums = dict.fromkeys(filled, 0.0)
    for k in range(i + 1, min(len(values), i + 1 + MAX_SUMMED_ROWS)):
        if totals[k]:
            return None
        for j in filled:
            sums[j] += values[k][j] or 0.0 if j < len(values[k]) else 0.0
        n = k - i
        if n >= 2 and all(abs(sums[j] - (values[i][j] or 0.0)) <= _rounding(cells[i][j]) * n for j in filled):
            return list(range(i + 1, k + 1))
    return None


def _rounding(cell: str) -> float:
    """Half the last printed digit of a figure ("276.1": 0.05), a little over.

    >>> _rounding("276.1"), _rounding("1,200")
    (0.051, 0.51)
    """
    m = re.search(r"\.(\d+)", cell)
    return round(0.51 * 10.0 ** -(len(m.group(1)) if m else 0), 6)


UNLABELLED_TOTAL = "Total"  # the name an answer gives a row of figures printed without a label


def unlabelled(unit: Unit) -> bool:
    """A row whose label cell is blank and which gives figures: a total printed under its members.

    >>> unlabelled(Unit(id="1", doc="d", kind="row", text="", row="84.1", cells=("", "84.1", "63.1")))
    True
    >>> unlabelled(Unit(id="2", doc="d", kind="row", text="", row="Sales", cells=("Sales", "5", "4")))
    False
    """
    col = unit.label_col
    return col < len(unit.cells) and not unit.cells[col] and any(cell_number(c) is not None for c in unit.cells)


def in_financial_years(question: str, periods: tuple[str, ...], view: TableView) -> tuple[str, ...]:
    """The periods asked, a calendar year the table has no column for read as the financial year
    its month falls in when the table's columns are financial years ("from April 2026" of a table
    headed 2025-26 | 2026-27 asks for 2026-27).

    >>> u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Skip permit", cells=("Skip permit", "48.00", "52.00"), headers=("", "2025-26", "2026-27"))
    >>> in_financial_years("skip permit cost from april 2026", ("2026",), TableView.of([u]))
    ('2026-27',)
    >>> in_financial_years("skip permit cost in 2026", ("2026",), TableView.of([u]))
    ('2026',)
    """
    named = financial_years_named(question)
    return tuple(named[p] if p in named and not view.columns_for(p) and view.columns_for(named[p]) else p for p in periods)
