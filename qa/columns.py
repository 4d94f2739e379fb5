"""Reading a table's columns: what kind of figure each holds, which names the rows, which
describes them, and which one a question asks about. Pure functions."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.intent import Intent
from qa.lexicon import mapping, pattern, synonyms, words
from qa.parse.tables import is_total_label, is_units
from qa.text import tokenize
from qa.types import Unit
from qa.values import Value, figure_cell, parse_value

_MONEY_HEADER = pattern("money_header")
COUNT_HEADER = pattern("count_header")  # header words of columns that count (people, cases, visits)
_CODE_HEADER = pattern("code_header", whole_words=True)  # "Ref", not the "id" of "Oakbridge"
_DESC_HEADER = pattern("description_header")


NO_ENTRY = re.compile(r"\s*(?:n/?a|nil|none|tbc|-+|–|—|\.+)?\s*", re.I)


def no_entry(cell: str) -> bool:
    """A blank, or a cell that says there is nothing to give: "N/A", "nil", "TBC", a dash.

    >>> [no_entry(c) for c in ("", "N/A", "–", "tbc", "0", "None of the above")]
    [True, True, True, True, False, False]
    """
    return NO_ENTRY.fullmatch(cell) is not None


def column_kinds(headers: tuple[str, ...], rows: list[tuple[str, ...]], *, prose: bool = False, units: tuple[str, ...] = ()) -> list[str]:
    """'money', 'count' or 'text' for each column, from its header, its unit and its values.

    >>> column_kinds(("Scheme", "Funding source", "Budget £"), [("A", "Core", "£5"), ("B", "External", "£7")])
    ['text', 'text', 'money']
    >>> column_kinds(("Service", "2024-25"), [("Staffing", "1,315"), ("Books", "165")], units=("", "£000s"))
    ['text', 'money']

    Prose that mentions a figure is text ("Risk Event": "Overspend of £14.2m against budget plans"),
    unless `prose` asks what figures the cells mention at all.

    A cell saying there is no entry ("N/A", "–") says nothing about the column's kind:

    >>> column_kinds(("Activity", "Beneficiaries"), [("A", "N/A"), ("B", "N/A"), ("C", "146")])
    ['text', 'count']
    >>> column_kinds(("Risk", "Cause"), [("Inflation", "Each extra 1% of inflation costs £14m.")]), column_kinds(("Risk", "Cause"), [("Inflation", "Each extra 1% of inflation costs £14m.")], prose=True)
    (['text', 'text'], ['text', 'money'])
    """
    money_units = tuple(bool(u) and bool(_CURRENCY_UNIT.search(u)) for u in group_units(headers, units))
    return list(_column_kinds(tuple(headers), tuple(tuple(r) for r in rows), prose, money_units))


def group_units(headers: tuple[str, ...], units: tuple[str, ...]) -> tuple[str, ...]:
    """Each column's unit, a column without one taking the unit of a column under the same group
    header: a units row printed once over a group ("2025/26" over Target | Forecast | Shortfall,
    "£000" under the first) is the whole group's.

    >>> group_units(("Saving", "2025/26 › Target", "2025/26 › Shortfall", "RAG"), ("", "£000", "", ""))
    ('', '£000', '£000', '')

    A header that says its own unit in brackets keeps it: "Oct-25 (number)" beside "Oct-25" in %.
    >>> group_units(("Test", "Waiting › Oct-25 (number)", "Waiting › Oct-25"), ("", "", "%"))
    ('', '', '%')
    """
    named = [headers[j] if j < len(headers) else "" for j in range(len(units))]
    given: dict[str, str] = {}
    for h, u in zip(named, units):
        if u and _group_of(h):
            given.setdefault(_group_of(h), u)
    return tuple(u or ("" if _OWN_UNIT.search(h) else given.get(_group_of(h), "")) for h, u in zip(named, units))


_OWN_UNIT = re.compile(r"\((?:number|no\.?|n|count|people|[£$€][^)]*|%)\)\s*$", re.I)  # a header ending "(number)", "(£000)"


_CURRENCY_UNIT = re.compile(r"[£$€]|\b(?:dollars?|pounds?|euros?|[A-Z]{3})\b")  # "£000s", "$ million", "USD"


@lru_cache(maxsize=4096)
def _column_kinds(
    headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...], prose: bool, money_units: tuple[bool, ...] = ()
) -> tuple[str, ...]:
    """column_kinds, cached: every answer over a table asks it of the same rows again."""
    kinds = []
    small_numbers = set()  # columns of small whole numbers, read as codes unless their group counts
    for j, h in enumerate(headers):
        values = [r[j] for r in rows if j < len(r) and not no_entry(r[j])]
        parsed = [parse_value(v) if prose or figure_cell(v) else None for v in values]
        numeric = sum(p is not None for p in parsed)
        with_currency = sum(p is not None and bool(p.currency) for p in parsed)
        figures = bool(values) and numeric >= 0.6 * len(values) and not _DESC_HEADER.search(h)
        if values and numeric < len(values) / 2:
            kinds.append("text")  # cells of words ("Core", "External") hold no figure, whatever the header says
        elif _MONEY_HEADER.search(h) or (j < len(money_units) and money_units[j]) or (values and with_currency >= len(values) / 2):
            kinds.append("money")
        elif COUNT_HEADER.search(h) or (figures and not _is_code_column(h, parsed)):
            kinds.append("count")
        else:
            kinds.append("text")
            if figures and not _CODE_HEADER.search(h):
                small_numbers.add(j)
    return tuple(_as_group_counts(headers, kinds, small_numbers))


def _as_group_counts(headers: tuple[str, ...], kinds: list[str], small_numbers: set[int]) -> list[str]:
    """A column of small whole numbers under a group header whose other columns count is a count
    too: "Locality › Felpersham" (5, 4, 2) counts as "Locality › Loxley" (15, 13, 11) does.

    >>> _as_group_counts(("Service", "Area › North", "Area › South"), ["text", "count", "text"], {2})
    ['text', 'count', 'count']
    >>> _as_group_counts(("Service", "Priority", "Area › South"), ["text", "text", "count"], {1})
    ['text', 'text', 'count']
    """
    groups = {_group_of(h) for h, k in zip(headers, kinds) if k == "count"} - {""}
    return ["count" if j in small_numbers and _group_of(h) in groups else k for j, (h, k) in enumerate(zip(headers, kinds))]


def _group_of(header: str) -> str:
    """The group header a column is printed under, "" for none: "2025/26 › Target" is under "2025/26"."""
    return header.rsplit("›", 1)[0].strip() if "›" in header else ""


@lru_cache(maxsize=100_000)
def row_kinds(unit: Unit) -> tuple[str, ...]:
    """The kind of figure each cell of a row mentions, in prose or not: what the row can tell."""
    return tuple(column_kinds(unit.headers, [unit.cells], prose=True, units=unit.units))


def _is_code_column(header: str, parsed: list[Value | None]) -> bool:
    """Numbers that identify rather than count: strand 1-7, priority 2, year 2024.

    >>> _is_code_column("Column 5", [parse_value("2019"), parse_value("2019 (Gold 2022)")]), _is_code_column("Staff", [parse_value("2019"), parse_value("35")])
    (True, False)
    >>> _is_code_column("Ref", [parse_value("12")]), _is_code_column("Locality › Oakbridge", [parse_value("28")])
    (True, False)
    """
    if _CODE_HEADER.search(header):
        return True
    values = [p.total for p in parsed if p is not None]
    years = [part.strip("£$€") for p in parsed if p is not None for part in p.parts]
    if years and all(re.fullmatch(r"(?:19|20)\d\d", y) for y in years):
        return True  # "2019", "2019 (Gold 2022)": years something happened
    return bool(values) and max(values) <= 12 and all(v == int(v) for v in values)


def label_column(unit: Unit) -> int:
    """Index of the cell that names the row."""
    return unit.label_col


def description_column(headers: tuple[str, ...], rows: list[tuple[str, ...]], kinds: list[str], skip: int) -> int | None:
    """The column describing each row: one headed so ("Description", "Detail"), else the text
    column of the longest cells, unless those are short labels (a unit, a status, a rating).

    >>> h = ("Metric", "Unit", "Plan", "Status")
    >>> description_column(h, [("Discharges", "%", "93.0", "On track"), ("Delays", "days", "1.4", "At risk")], ["text", "text", "number", "text"], 0) is None
    True
    >>> description_column(("Scheme", "Detail", "Cost"), [("A", "Two beds", "5")], ["text", "text", "number"], 0)
    1
    >>> description_column(("Scheme", "Aim", "Cost"), [("A", "Fewer falls among people over 65", "5")], ["text", "text", "number"], 0)
    1
    """
    named = [j for j, h in enumerate(headers) if _DESC_HEADER.search(h) and j != skip]
    if named:
        return named[0]
    texts = [
        (sum(len(r[j]) for r in rows) / max(1, len(rows)), j)
        for j in range(len(headers))
        if kinds[j] == "text" and j != skip and not _UNIT_HEADER.match(headers[j].split("›")[-1])
    ]
    longest = max(texts, default=None)
    return longest[1] if longest is not None and longest[0] >= DESCRIPTION_CHARS else None


DESCRIPTION_CHARS = (
    20  # mean cell length below which a text column holds labels ("On track", "days"), not descriptions (12 to 40 score alike on tuning)
)


# Question words that name a column without using its header's own words (stems).
HEADER_SYNONYMS: dict[str, frozenset[str]] = synonyms("header_synonyms")


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset[str]]:
    """Stem of an informal short form (lexicon "informal_words": "ytd", "avg") -> the stems of its
    written-out form."""
    return {stem: frozenset(tokenize(long)) for short, long in mapping("informal_words").items() for stem in tokenize(short)}


def with_short_forms_written_out(tokens: frozenset[str] | set[str]) -> frozenset[str]:
    """Stems, with those of each informal short form's written-out form added: a header "Agency
    YTD" and a question's "year to date" name one column, and so do "ytd" and "Year to date".

    >>> sorted(with_short_forms_written_out({"agenc", "ytd"}))
    ['agenc', 'date', 'year', 'ytd']
    """
    forms = _short_forms()
    return frozenset(tokens).union(*(forms.get(t, ()) for t in tokens))


@lru_cache(maxsize=10_000)
def header_terms(header: str) -> frozenset[str]:
    """Stems that name a column: its header's words and their synonyms.

    >>> sorted(header_terms("Commitments"))
    ['aim', 'commit', 'goal', 'object', 'pledg', 'promis']
    >>> "overspend" in header_terms("Variance £000")
    True
    """
    terms = set(with_short_forms_written_out({t for t in tokenize(header) if not t.isdigit()}))  # "24-25" names a period
    for key, synonyms in HEADER_SYNONYMS.items():
        if any(t.startswith(key) for t in terms):
            terms |= synonyms
    return frozenset(terms)


_WHICH = re.compile(r"^\s*(?:which|what)\s+(\w+)", re.I)
_COUNTED = re.compile(r"\bhow\s+(?:many|much)\s+([a-z][\w'-]*)", re.I)  # "how many hours": the thing counted
PERCENT_WORDS = frozenset(tokenize("percent percentage proportion share"))  # words asking for a percentage
_INTENDED = re.compile(r"\b(?:meant|supposed|expected|intended|planned|aiming|aims?|due) to\b|\bshould\b", re.I)  # a mark, not a figure


def asks_intended(question: str) -> bool:
    """The question asks what was meant to happen (a target, a plan), not what did.

    >>> asks_intended("how much is the scheme meant to save"), asks_intended("how much did it save")
    (True, False)
    """
    return _INTENDED.search(question) is not None


def marks_unasked(terms: frozenset[str] | set[str], question: str, naming: frozenset[str] | set[str] = frozenset()) -> bool:
    """A column's header terms (synonyms too) make it a mark (a plan, a target) that the question
    does not name by any of them.

    >>> marks_unasked(frozenset({"plan", "target", "goal"}), "combined planned wte"), marks_unasked(frozenset({"plan", "target"}), "wte in post")
    (False, True)
    """
    marks = terms & MARK_WORDS
    return bool(marks) and not marks & (frozenset(tokenize(question)) | naming)


MARK_WORDS = frozenset(tokenize(" ".join([*words("target_words"), "plan planned"])))  # a column a figure is measured against


def asks_percentage(question: str) -> bool:
    """Whether the question asks for a percentage or a share.

    >>> asks_percentage("wat % of pharmacies open on a sunday"), asks_percentage("what proportion were seen"), asks_percentage("how many open")
    (True, True, False)
    """
    return "%" in question or not PERCENT_WORDS.isdisjoint(tokenize(question))


def percent_header(header: str) -> bool:
    """A header naming a column of percentages ("% of total", "Change %", "Percentage").

    >>> percent_header("% open on Sunday"), percent_header("Open Sunday")
    (True, False)
    """
    return "%" in header or "percent" in header.lower()


def naming_words(question: str, q_tokens: frozenset[str] | set[str], row_words: frozenset[str]) -> frozenset[str]:
    """The question's words (stems, of `q_tokens`) that may name a column: not those naming the
    row (`row_words`), unless the question writes the word again ("the income return on the
    Schroder Income Maximiser Fund": one "income" names the fund, the other the Income column).

    >>> sorted(naming_words("the income return on the Income Fund", frozenset({"incom", "return", "fund"}), frozenset({"incom", "fund"})))
    ['incom', 'return']
    >>> sorted(naming_words("the return on the Income Fund", frozenset({"incom", "return", "fund"}), frozenset({"incom", "fund"})))
    ['return']
    """
    said = tokenize(question)
    return frozenset(t for t in q_tokens if t not in row_words or said.count(t) > 1)


PREFIX = 6  # letters two long stems share to be one word, here and in `qa.relevance.matches`


def prefix_named(naming: set[str] | frozenset[str], header_tokens: list[frozenset[str]]) -> frozenset[str]:
    """Header stems a question word names by sharing its first six letters: "satisfaction" names
    "% satisfied" (stems "satisfact" and "satisfi"), as the relevance gate reads words.

    >>> sorted(prefix_named({"satisfact", "gp"}, [frozenset({"satisfi"}), frozenset({"respons"})]))
    ['satisfi']
    """
    prefixes = {n[:PREFIX] for n in naming if len(n) >= PREFIX}
    return frozenset(t for tokens in header_tokens for t in tokens if len(t) >= PREFIX and t[:PREFIX] in prefixes)


def pick_column(
    question: str,
    intent: Intent,
    headers: tuple[str, ...],
    kinds: list[str],
    label_col: int | None = None,
    row_words: frozenset[str] = frozenset(),
    table_words: frozenset[str] = frozenset(),
    units: tuple[str, ...] = (),
) -> int | None:
    """The column the question asks about: named by its header, or by the kind of figure wanted.
    The column that names the rows is only the answer to "which <header>...?". Words that name
    the row (`row_words`, stems) do not also name a column; of two columns named alike, the one
    named by a word that is not also the table's (`table_words`: "risk" of a risk register) wins.

    >>> pick_column("when do the Leeds bonds mature", Intent(None, None, False), ("Issuer", "Bond Type", "Maturity Date"), ["text"] * 3, 0, frozenset({"leed", "bond"}))
    2

    A header the question writes in full names its column, whatever kind of figure is asked for:
    >>> pick_column("the time limit for investments", Intent("money", None, False), ("", "Time limit", "Counterparty limit"), ["text", "text", "money"], 0)
    1

    Naming no column, a count or sum is read from the column that totals the others:
    >>> pick_column("how many checks were there in Ohio", Intent("count", None, False), ("State", "Permit", "Handgun", "Totals"), ["text", "count", "count", "count"], 0)
    3
    >>> pick_column("how many were in care homes", Intent("count", None, False), ("Location", "Number", "% of total"), ["text", "count", "count"], 0)
    1

    A number in a header names it as its words do ("over 52 weeks" is not "over 18 weeks"):
    >>> pick_column("how many ENT patients waited over 52 weeks", Intent("count", None, False), ("Specialty", "Waiting over 18 weeks", "Waiting over 52 weeks"), ["text", "count", "count"], 0)
    2
    >>> pick_column("what's the forecast variance on early help", Intent(None, None, False), ("Service", "Budget", "Forecast", "Variance"), ["text", "money", "money", "money"], 0)
    3
    >>> pick_column("what % of pharmacies open on a sunday", Intent(None, None, False), ("Area", "Open Sunday", "% open on Sunday"), ["text", "count", "count"], 0)
    2
    >>> pick_column("what % of referrals were seen within 2 hrs", Intent(None, None, False), ("Area", "Seen within 2 hours", "% within 2 hours"), ["text", "count", "count"], 0)
    2
    >>> pick_column("completion rate for alcohol", Intent(None, None, False), ("Group", "Completions", "Completions (2)"), ["text"] + ["count"] * 2, 0, units=("", "", "%"))
    2
    >>> pick_column("forecast variance on early help in 2025-26", Intent(None, None, False), ("Service", "2025-26 › Forecast", "2025-26 › Variance"), ["text", "money", "money"], 0)
    2
    >>> pick_column("gp practice satisfaction 2024-25", Intent(None, None, False), ("Service", "2024-25 › Responses", "2024-25 › % satisfied"), ["text", "count", "percent"], 0)
    2
    >>> h = ("Volunteer role", "Number of volunteers", "Time given › Hours")
    >>> pick_column("how many hours did board members volunteer", Intent("count", None, False), h, ["text", "count", "count"], 0, frozenset(), frozenset({"volunt", "hour"}))
    2
    >>> pick_column("lung cancer 62 day % for q2", Intent(None, None, False), ("Site", "Treated within 62 days", "Performance"), ["text", "count", "count"], 0, units=("", "", "%"))
    2
    >>> h = ("Service", "2025-26 Month 8 forecast › Budget", "2025-26 Month 8 forecast › Forecast", "2025-26 Month 8 forecast › Variance")
    >>> pick_column("home to school transport - whats the forecast spend", Intent(None, None, False), h, ["text"] + ["money"] * 3, 0)
    2
    >>> h = ("Risk Title", "Source of Risk", "Current Likelihood (1-5)")
    >>> pick_column("the likelihood of the inflation risk", Intent(None, None, False), h, ["text"] * 3, 0, frozenset(), frozenset({"risk", "regist"}))
    2
    >>> pick_column("how likely is the inflation risk", Intent(None, None, False), h, ["text"] * 3, 0, frozenset(), frozenset({"risk", "regist"}))
    2
    >>> h = ("Metric", "Q2 2025-26 › Plan", "Q2 2025-26 › Actual")
    >>> pick_column("avoidable admissions rate for q2", Intent(None, None, False), h, ["text", "count", "count"], 0), pick_column("q2 plan for avoidable admissions", Intent(None, None, False), h, ["text", "count", "count"], 0)
    (2, 1)
    >>> pick_column("how much is the LED scheme meant to save", Intent("money", None, False), ("Scheme", "Target", "Delivered"), ["text", "money", "money"], 0)
    1

    Words in brackets say what a column includes, not what it is:
    >>> h = ("Area", "Year 6 › Overweight (including obese)", "Year 6 › Obese (including severely obese)")
    >>> pick_column("year 6 obesity in kelderby", Intent(None, None, False), h, ["text", "count", "count"], 0)
    2
    """
    q_tokens = set(with_short_forms_written_out(set(tokenize(question))))
    percent = asks_percentage(question)
    rate = "rate" in q_tokens
    m = _WHICH.match(question)
    asked = set(tokenize(m.group(1))) if m else set()
    naming = naming_words(question, q_tokens, row_words)
    naming = naming | prefix_named(naming, [header_terms(h) for j, h in enumerate(headers) if j != label_col])
    written = {j for j, h in enumerate(headers) if j != label_col and len(words := _header_words(h)) > 1 and words <= naming}
    named = any(header_terms(h) & naming for j, h in enumerate(headers) if j != label_col)
    order = tokenize(question)
    counted = set(tokenize(m.group(1))) if (m := _COUNTED.search(question)) else set()
    best, best_score = None, (False, 0.0, 0, 0, False, False, 0, False, -1)

    def of_percent(j: int) -> bool:  # a column of percentages, by its header or its unit
        return percent_header(headers[j]) or (j < len(units) and "%" in units[j])

    intended = asks_intended(question)
    for j, h in enumerate(headers):
        terms = header_terms(h) | header_numbers(h)
        if j == label_col and not (terms & asked):
            continue
        if written and j not in written:
            continue
        score = 2.0 * len(terms & naming)
        percentish = of_percent(j)
        if intent.measure and kinds[j] == intent.measure:
            # the column that totals the others, not a share of the total ("% of total")
            score += 3.0 + (not named and is_total_label(h.split("›")[-1]) and not (percentish and not percent))
        # ties: the column named by a word that is not the table's own, then the one naming what
        # "how many" counts ("how many hours did members volunteer": hours, not volunteers), then
        # the one named last ("the forecast variance" is a variance: an English compound's last word is its head)
        last = max((i for i, t in enumerate(order) if t in header_terms(h) & naming), default=-1)  # words, not the period both share
        # a percentage asked is read from a column of percentages the question names at all ("what % were seen
        # within 2 hours": "% within 2 hours", not "Seen within 2 hours"); a rate, of two named alike, too
        key = (
            bool(score and percent and percentish),
            score,
            # "year 6 obesity": "Obese (including severely obese)", not "Overweight (including obese)"
            len(header_terms(unbracketed(h)) & naming),
            # "the forecast" of "Month 8 forecast" over "Budget | Forecast | Variance": the column its own header names
            leaf_named(h, naming),
            # "the rate for q2" of "Q2 › Plan | Q2 › Actual": the figure, not the mark it is measured against, unless
            # the mark is asked for by name or by what was meant ("how much is it meant to save": the target)
            marks_unasked(header_terms(h), question, naming) == intended,
            bool(rate and percentish),
            len(terms & naming - table_words),
            bool(counted & terms & naming),
            last,
        )
        if score and key > best_score:
            best, best_score = j, key
    if percent and best is not None and not best_score[0]:
        # "lung cancer 62 day %": the count "Treated within 62 days" is named, the table's one column of percentages answers
        shares = [j for j in range(len(headers)) if j != label_col and of_percent(j)]
        return shares[0] if len(shares) == 1 else best
    return best


_BRACKETED_PART = re.compile(r"\([^()]*\)")


def unbracketed(header: str) -> str:
    """A header without what it says in brackets: what a column is, not what it includes.

    >>> unbracketed("Year 6 › Overweight (including obese)")
    'Year 6 › Overweight  '

    A level of the header that is nothing but brackets is what its column is:

    >>> unbracketed("Deliverability › (RAG)")
    'Deliverability › RAG'
    """
    levels = [
        _BRACKETED_PART.sub(" ", level) if _BRACKETED_PART.sub("", level).strip() else level.replace("(", "").replace(")", "")
        for level in header.split("›")
    ]
    return "›".join(levels)


def leaf_named(header: str, naming: set[str] | frozenset[str]) -> int:
    """How many of the naming words the last level of a grouped header holds, when its group is
    named too ("forecast" in "Month 8 forecast › Forecast"); 0 for a header of one level or an
    unnamed group, which this cannot tell apart from the rest.

    >>> leaf_named("2025-26 Month 8 forecast › Forecast", {"forecast"}), leaf_named("2025-26 Month 8 forecast › Budget", {"forecast"})
    (1, 0)
    >>> leaf_named("Pre-Pawn › Handgun", {"handgun"}), leaf_named("Handgun", {"handgun"})
    (0, 0)
    """
    group, _, leaf = header.rpartition("›")
    return len(header_terms(leaf) & naming) if group and header_terms(group) & naming else 0


_UNIT_HEADER = re.compile(r"^\s*(?:units?|unit of measure|measure)\s*$", re.I)


def row_unit(unit: Unit, j: int | None = None) -> str:
    """The unit a row's figures are in when the table gives it row by row, in a column headed
    "Unit" ("%", "days", "minutes"); empty otherwise. Of column `j`: a Unit column printed after
    the figures, beside other figures, is the unit of the column just before it alone.

    >>> u = Unit(id="1", doc="d", kind="row", text="", cells=("A&E 4-hour performance", "%", "72.4"), headers=("Indicator", "Unit", "Apr-25"))
    >>> row_unit(u), row_unit(Unit(id="2", doc="d", kind="row", text="", cells=("Pay", "8.0"), headers=("", "2025-26")))
    ('%', '')
    >>> r = Unit(id="3", doc="d", kind="row", text="", row="Respite", cells=("Respite", "214", "3,046", "nights", "412"), headers=("Type", "Carers", "Volume", "Unit", "Spend"))
    >>> row_unit(r, 1), row_unit(r, 2)
    ('', 'nights')
    """
    if own := label_unit(unit.row):
        return own
    at = unit_column(unit)
    if at is None:
        return ""
    if j is not None and at > label_column(unit) + 1 and j != at - 1:
        return ""  # "Volume | Unit" among other figures: the unit of the volume only
    return unit.cells[at].strip()


def unit_column(unit: Unit) -> int | None:
    """The column of a row saying its figures' unit, under a header "Unit"; None when there is none."""
    for k, (header, cell) in enumerate(zip(unit.headers, unit.cells)):
        if cell.strip() == unit.row.strip():
            continue  # the row's own name, under a "Measure" header, is not its unit
        if _UNIT_HEADER.match(header.split("›")[-1]) and cell and len(cell) <= 20 and not any(ch.isdigit() for ch in cell):
            return k
    return None


_LABEL_UNIT = re.compile(r"\(([^()]{1,24})\)\s*$")


def bracketed(label: str) -> re.Match[str] | None:
    """The bracketed words ending a row's label ("(number)", "(%)"), as a match, or None.

    >>> bracketed("Shifts above cap (number)").group(1), bracketed("Shifts above cap")
    ('number', None)
    """
    return _LABEL_UNIT.search(label or "")


def label_unit(label: str) -> str:
    """The unit a row's label states for its own figures, in brackets at its end: "Items dispensed
    (000s)", "Conversion rate (%)"; empty otherwise.

    >>> label_unit("Items dispensed (000s)"), label_unit("Conversion rate (%)"), label_unit("Mental health (adults)")
    ('000s', '%', '')
    """
    m = bracketed(label)
    return m.group(1).strip() if m and is_units(m.group(1)) else ""


_PERIODS = re.compile(r"\b(?:19|20)?\d\d\s*[-/–]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\b")


def header_numbers(header: str) -> frozenset[str]:
    """Numbers a header names that are no year or period ("52" of "Waiting over 52 weeks").

    >>> sorted(header_numbers("Waiting over 52 weeks")), sorted(header_numbers("2024-25 Budget")), sorted(header_numbers("Budget 2025"))
    (['52'], [], [])
    """
    return frozenset(t for t in tokenize(_PERIODS.sub(" ", header)) if t.isdigit())


def _header_words(header: str) -> frozenset[str]:
    """Stems of the words of a header's last part with words ("2024-25 › Time limit" is "time
    limit"; "Pharmacies per 100,000 › 2025", whose last part is a year, is "pharmacies").

    >>> sorted(_header_words("2024-25 › Time limit")), sorted(_header_words("Pharmacies per 100,000 › 2025"))
    (['limit', 'time'], ['pharmaci'])
    """
    for part in reversed(header.split("›")):
        found = frozenset(t for t in tokenize(part) if not t.isdigit())
        if found:
            return found
    return frozenset()


_LAST_AND = re.compile(r".*\b(and)\b", re.S)  # greedy: the text after the question's last "and"


def columns_asked(
    question: str,
    intent: Intent,
    headers: tuple[str, ...],
    kinds: list[str],
    label_col: int,
    row_words: frozenset[str] = frozenset(),
    table_words: frozenset[str] = frozenset(),
    units: tuple[str, ...] = (),
) -> list[int]:
    """The columns a question asks about: `pick_column`'s, and a second one when the words after
    the question's last "and" name another column ("the counterparty limit and time limit", "how
    much ..., and for how long?").

    >>> h = ("Counterparty", "Cash limit", "Time limit")
    >>> columns_asked("What are the cash limit and time limit for banks?", Intent(None, None, False), h, ["text"] * 3, 0)
    [1, 2]
    >>> columns_asked("What is the cash limit for banks and building societies?", Intent(None, None, False), h, ["text"] * 3, 0)
    [1]
    >>> columns_asked("What is the time limit and cash limit for banks?", Intent(None, None, False), h, ["text"] * 3, 0)
    [2, 1]
    """
    first = pick_column(question, intent, headers, kinds, label_col, row_words, table_words, units)
    m = _LAST_AND.match(question)
    if first is None or m is None:
        return [first] if first is not None else []
    second = pick_column(question[m.end() :], Intent(None, None, False), headers, kinds, label_col, row_words, table_words, units)
    if second == first:  # the whole question's column is the one named last: the first is named before "and"
        first = pick_column(question[: m.start(1)], intent, headers, kinds, label_col, row_words, table_words, units) or first
    return [first] if second in (None, first, label_col) else [first, second]
