"""Evidence -> answer. The answer is extracted, never generated: a cell of the cited row, a figure
computed from cited rows (with its arithmetic shown), or one or two sentences quoted from a passage.
Pure functions: the caller passes the hits and a way to read the other rows of a table.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable

from qa.intent import Intent
from qa.text import STOPWORDS, token_set, tokenize, words
from qa.types import Hit, Unit
from qa.units import SECTION_SEP, truncate
from qa.values import format_value, normalise_number, numbers_in, parse_value

_MONEY_HEADER = re.compile(r"invest|cost|budget|fund|spend|expenditure|amount|£|price|value|allocation|bcf", re.I)
_COUNT_HEADER = re.compile(
    r"beneficiar|number|\bno\.? of|count|people|patients|referrals|employees|households|users|attendances|notices|total", re.I
)
_CODE_HEADER = re.compile(r"workstream|\bid\b|code|ref|year|priority|page|date|phase|tier|level|band", re.I)
_DESC_HEADER = re.compile(r"detail|description|summary|purpose|intervention|about", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9“\"'(])")
# Words that frame a question rather than name its subject: absent from the corpus is no signal.
FRAME_WORDS = frozenset(
    """much many invest invested investment investments spend spent spending cost costs money budget budgets fund funded
    funding people number total sum help helped helps support supported largest biggest highest most smallest lowest least
    fewest which what who where when how report reports plan plans document documents say says tell show list activity
    activities service services scheme schemes table tables row rows listed overall across all each every please give
    year years annual figure figures amount amounts
    value receive received get got go went did does do provide provided there kind type about mention mentioned said
    benefit benefited benefitted beneficiaries beneficiary cover covers covered include includes included contain contains
    describe describes explain explains mean means involve involves detail details cheapest expensive costliest priciest
    happen happened happening done doing like""".split()
)
MEDICAL_REFUSAL = (
    "I can't give personal medical advice: these documents are plans and board reports, not clinical guidance. "
    "For help now, contact NHS 111 (online at 111.nhs.uk or by phone), or speak to your GP or pharmacist. "
    "In an emergency, call 999."
)


@dataclass(frozen=True)
class Draft:
    """An answer before it is turned into citations: the units it cites, in order."""

    status: str
    text: str
    cited: tuple[Unit, ...] = ()
    computed: frozenset[str] = frozenset()  # figures the engine computed (totals), allowed in the text
    evidence: tuple[Unit, ...] = ()  # every unit a figure was taken from (a total may use more than it cites)
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """What the answerer may look at besides the hits."""

    rows_of: Callable[[str], list[Unit]]  # all rows of a table, by table_id
    doc_freq: Callable[[str], int]  # document frequency of a BM25 token
    n_units: int
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    items_after: Callable[[Unit], list[Unit]] = lambda unit: []  # list items a lead-in paragraph introduces


# -- relevance ---------------------------------------------------------------------
def subject_words(question: str) -> list[str]:
    """The words naming what the question is about (frame words and stopwords removed)."""
    return [w for w in words(question) if w not in STOPWORDS and w not in FRAME_WORDS and (len(w) > 1 or w.isdigit())]


def unknown_terms(question: str, vocabulary: frozenset[str]) -> list[str]:
    """Subject words that appear nowhere in the corpus."""
    out = []
    for w in subject_words(question):
        stems = tokenize(w)
        if stems and all(s not in vocabulary for s in stems):
            out.append(w)
    return out


def _matches(token: str, words_: set[str]) -> bool:
    """Exact stem match, or a shared six-letter prefix (recognition / recognised, voluntary / volunteers)."""
    return token in words_ or (len(token) >= 6 and any(len(w) >= 6 and w[:6] == token[:6] for w in words_))


def specificity(word: str) -> float:
    """1.0 for a rare English word, down to 0.5 for an everyday one (from its Zipf frequency)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 1.0
    return min(1.0, max(0.5, (5.2 - zipf_frequency(word, "en")) / 1.5))


def coverage(question: str, unit: Unit, evidence: Evidence) -> float:
    """Share of the question's subject (weighted by rarity) that the unit mentions. Subject words
    absent from the whole corpus weigh the most, so a question about something else scores low."""
    subject = subject_tokens(question)
    if not subject:
        return 1.0
    text = token_set(unit.search_text)
    weights = {t: idf(t, evidence) for t in subject}
    # A word the corpus never uses counts fully when it is a rare, specific word ("vaccination"),
    # and less when it is everyday English that a paraphrase might use ("stages", "pays").
    for w in subject_words(question):
        for t in tokenize(w):
            if t in weights and t not in evidence.vocabulary:
                weights[t] *= specificity(w)
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if _matches(t, text)) / total


_PERIOD = re.compile(r"\b(?:20)?(\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b")


def periods(text: str) -> set[str]:
    """Financial years named in a text, written one way.

    >>> sorted(periods("BCF Investment 24-25 and 2025/26"))
    ['24-25', '25-26']
    """
    return {f"{a}-{b}" for a, b in _PERIOD.findall(text) if int(b) == (int(a) + 1) % 100}


def _capitalised(word: str, question: str) -> bool:
    """The word is written with a capital inside the sentence: a name (Glenfield, Infirmary)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.I):
        start = m.start()
        if question[start].isupper() and start > 0 and not re.search(r"[.?!]\s*$", question[:start]):
            return True
    return False


def refusal_reason(
    question: str, hits: list[Hit], evidence: Evidence, *, min_dense: float, min_coverage: float = 0.5, rescue_dense: float = 0.5
) -> str | None:
    """Why the evidence cannot answer the question, or None when it may.

    The question's subject must be mentioned by one of the best few units, unless a unit is so
    close in meaning (`rescue_dense`) that the words differ only by paraphrase.
    """
    if not hits:
        return "nothing in the documents matches the question"
    unknown = unknown_terms(question, evidence.vocabulary)
    years = [w for w in unknown if re.fullmatch(r"(19|20)\d\d", w)]
    if years:
        return f"they do not mention {', '.join(years)}"
    asked = periods(question)
    if asked and not asked & periods(hits[0].unit.search_text):
        shown = sorted(periods(hits[0].unit.search_text))
        also = f" (the closest source gives figures for {', '.join(shown)})" if shown else ""
        return f"they do not give figures for {', '.join(sorted(asked))}{also}"
    best_dense = max(h.dense for h in hits[:10])
    # The answer is built from the first hit, so that is the one that must cover the question.
    best_cover = coverage(question, hits[0].unit, evidence)
    names = [w for w in unknown if _capitalised(w, question)]
    if names and best_dense < rescue_dense + 0.1:
        return f"they do not mention {', '.join(names[:3])}"
    # A rare, specific word the corpus never uses ("vaccination", "maternity") names the subject.
    specific = [w for w in unknown if specificity(w) >= 0.9 and not w.isdigit()]
    if specific and hits[0].dense < rescue_dense:
        return f"they do not mention {', '.join(specific[:3])}"
    if best_dense < min_dense and best_cover < 1.0:
        return "nothing in them is close to the question"
    if best_cover < min_coverage and hits[0].dense < rescue_dense:
        if unknown:
            return f"they do not mention {', '.join(unknown[:3])}"
        return "nothing in them covers what the question asks about"
    return None


def suggestions_from(hits: list[Hit], n: int = 3) -> tuple[str, ...]:
    """Nearby topics the documents do cover: row labels and section headings of the best hits."""
    seen: list[str] = []
    for h in hits:
        topic = h.unit.row.split(" — ")[0] if h.unit.kind == "row" else (h.unit.section.split(SECTION_SEP)[-1] if h.unit.section else "")
        if topic and topic not in seen:
            seen.append(topic)
        if len(seen) == n:
            break
    return tuple(seen)


def refusal(reason: str, hits: list[Hit]) -> Draft:
    topics = suggestions_from(hits)
    text = f"The documents do not answer this question: {reason}."
    if topics:
        text += " They do cover, for example: " + "; ".join(topics) + "."
    return Draft(status="no_answer", text=text, suggestions=topics)


# -- table columns ------------------------------------------------------------------
def column_kinds(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """'money', 'count' or 'text' for each column, from its header and its values."""
    kinds = []
    for j, h in enumerate(headers):
        values = [r[j] for r in rows if j < len(r) and r[j]]
        parsed = [parse_value(v) for v in values]
        numeric = sum(p is not None for p in parsed)
        with_currency = sum(p is not None and bool(p.currency) for p in parsed)
        if _MONEY_HEADER.search(h) or (values and with_currency >= len(values) / 2):
            kinds.append("money")
        elif _COUNT_HEADER.search(h) or (
            values and numeric >= 0.6 * len(values) and not _DESC_HEADER.search(h) and not _is_code_column(h, parsed)
        ):
            kinds.append("count")
        else:
            kinds.append("text")
    return kinds


@lru_cache(maxsize=100_000)
def _row_kinds(unit: Unit) -> tuple[str, ...]:
    return tuple(column_kinds(unit.headers, [unit.cells]))


def _is_code_column(header: str, parsed: list) -> bool:
    """Numbers that identify rather than count: workstream 1-7, priority 2, year 2024."""
    if _CODE_HEADER.search(header):
        return True
    values = [p.total for p in parsed if p is not None]
    return bool(values) and max(values) <= 12 and all(v == int(v) for v in values)


def label_column(unit: Unit) -> int:
    """Index of the cell that names the row (the start of its label)."""
    head = unit.row.split(" — ")[0]
    return next((j for j, c in enumerate(unit.cells) if c and c == head), 0)


def description_column(headers: tuple[str, ...], rows: list[tuple[str, ...]], kinds: list[str], skip: int) -> int | None:
    named = [j for j, h in enumerate(headers) if _DESC_HEADER.search(h) and j != skip]
    if named:
        return named[0]
    texts = [(sum(len(r[j]) for r in rows) / max(1, len(rows)), j) for j in range(len(headers)) if kinds[j] == "text" and j != skip]
    return max(texts)[1] if texts else None


# Question words that name a column without using its header's own words (stems).
HEADER_SYNONYMS: dict[str, frozenset[str]] = {
    "commit": frozenset({"commit", "aim", "goal", "pledg", "promis", "object"}),
    "outcom": frozenset({"outcom", "result", "achiev", "aim"}),
    "detail": frozenset({"detail", "purpos", "describ", "descript", "involv", "explain"}),
    "intervent": frozenset({"intervent", "action", "done", "happen", "undertaken", "develop"}),
    "prioriti": frozenset({"prioriti", "theme"}),
    "workstream": frozenset({"workstream", "stream"}),
    "activ": frozenset({"activ", "scheme", "programm", "project", "initi"}),
}


@lru_cache(maxsize=10_000)
def header_terms(header: str) -> frozenset[str]:
    """Stems that name a column: its header's words and their synonyms.

    >>> sorted(header_terms("Commitments"))
    ['aim', 'commit', 'goal', 'object', 'pledg', 'promis']
    """
    terms = {t for t in tokenize(header) if not t.isdigit()}  # "24-25" names a period, not the column
    for key, synonyms in HEADER_SYNONYMS.items():
        if any(t.startswith(key) for t in terms):
            terms |= synonyms
    return frozenset(terms)


_WHICH = re.compile(r"^\s*(?:which|what)\s+(\w+)", re.I)


def pick_column(question: str, intent: Intent, headers: tuple[str, ...], kinds: list[str], label_col: int | None = None) -> int | None:
    """The column the question asks about: named by its header, or by the kind of figure wanted.
    The column that names the rows is only the answer to "which <header>...?"."""
    q_tokens = set(tokenize(question))
    m = _WHICH.match(question)
    asked = set(tokenize(m.group(1))) if m else set()
    best, best_score = None, 0.0
    for j, h in enumerate(headers):
        terms = header_terms(h)
        if j == label_col and not (terms & asked):
            continue
        score = 2.0 * len(terms & q_tokens)
        if intent.measure and kinds[j] == intent.measure:
            score += 3.0
        if score > best_score:
            best, best_score = j, score
    return best


# -- composing ------------------------------------------------------------------------
def compose(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> Draft:
    """The answer to a question that passed the relevance gate; `hits` come reranked."""
    named_row = hits[0].unit.kind == "row" and label_match(set(tokenize(question)), hits[0].unit) == 1.0
    if (intent.aggregate and intent.measure and not named_row) or intent.aggregate == "rows":
        draft = aggregate_answer(question, intent, hits, evidence)
        if draft is not None:
            return draft
    top = hits[0].unit
    if top.kind == "row":
        return row_answer(question, intent, top, hits, evidence)
    return passage_answer(question, top, hits, evidence)


def idf(token: str, evidence: Evidence) -> float:
    return math.log(1 + evidence.n_units / (1 + evidence.doc_freq(token)))


def subject_tokens(question: str) -> set[str]:
    return set(tokenize(" ".join(subject_words(question))))


def _focus_text(unit: Unit) -> str:
    """What a unit itself says: its text and, for a passage, its own heading (not the lead-in)."""
    if unit.kind == "row":
        return unit.text
    return f"{unit.section} {unit.text}"


def label_match(question_tokens: set[str], unit: Unit) -> float:
    """1.0 when every word of the row's name is in the question (the row is named), else the share."""
    if unit.kind != "row":
        return 0.0
    label = token_set(unit.row.split(" — ")[0])
    return len(label & question_tokens) / len(label) if label else 0.0


def rerank(question: str, intent: Intent, hits: list[Hit], evidence: Evidence, depth: int = 20) -> list[Hit]:
    """Order the best few hits by how directly they answer: semantic closeness, the question's rare
    words found in the unit's own text, a row named in full, and a row holding the figure asked for."""
    q_all = set(tokenize(question))
    subject = subject_tokens(question) or q_all
    total = sum(idf(t, evidence) for t in subject) or 1.0
    numbers = {t for t in subject if t.isdigit()}

    def score(h: Hit) -> float:
        u = h.unit
        own = token_set(_focus_text(u))
        focus = sum(idf(t, evidence) for t in subject & own) / total
        s = 4.0 * h.dense + 2.0 * focus
        if label_match(q_all, u) == 1.0:
            s += 1.0
        if u.kind == "row":
            if intent.measure and intent.measure in _row_kinds(u):
                s += 0.5
            if any(header_terms(hd) & q_all for hd in u.headers):
                s += 1.0
        # A number in the question ("in 23-24", "Chapter 5") is a constraint the unit must meet.
        s -= 1.0 * len(numbers - token_set(u.search_text))
        return s

    head = sorted(hits[:depth], key=score, reverse=True)
    return head + hits[depth:]


def _related(primary: Unit, hits: list[Hit], n: int = 2) -> tuple[Unit, ...]:
    """A few next-best hits, cited after the unit the answer comes from."""
    if not hits:
        return ()
    floor = hits[0].dense - 0.15
    return tuple(h.unit for h in hits if h.unit.id != primary.id and h.dense >= floor)[:n]


def row_answer(question: str, intent: Intent, unit: Unit, hits: list[Hit], evidence: Evidence) -> Draft:
    rows = evidence.rows_of(unit.table_id) or [unit]
    grid = [r.cells for r in rows]
    kinds = column_kinds(unit.headers, grid)
    label_col = label_column(unit)
    label = unit.row or unit.cells[label_col]
    related = _related(unit, hits)
    col = pick_column(question, intent, unit.headers, kinds, label_col)
    if col is not None:
        value = unit.cells[col] or "the table gives no figure for this row"
        text = f"{unit.headers[col]}: {value} [1]." if col == label_col else f"{label} — {unit.headers[col]}: {value} [1]."
        return Draft("answered", text, cited=(unit, *related), evidence=(unit,))
    matched = _column_by_content(question, unit, kinds, label_col, evidence)
    desc = description_column(unit.headers, grid, kinds, label_col)
    if matched is None and desc is not None and (intent.describe or not _other_text_columns(kinds, label_col, desc)):
        return Draft("answered", f"{label} — {unit.headers[desc]}: {unit.cells[desc]} [1].", cited=(unit, *related), evidence=(unit,))
    if matched is None:
        cells = "; ".join(f"{h}: {truncate(c, 200)}" for j, (h, c) in enumerate(zip(unit.headers, unit.cells)) if c and j != label_col)
        return Draft("answered", f"{label} — {cells} [1].", cited=(unit, *related), evidence=(unit,))
    # The question restates one cell (a commitment, say); the answer is that cell and the row's
    # description. A cell merged over several rows brings all of their descriptions.
    group = [r for r in rows if r.cells[matched] == unit.cells[matched]] if matched != label_col else [unit]
    group = group if 1 < len(group) <= 5 else [unit]
    parts = [f"{unit.headers[matched]}: {unit.cells[matched]}"]
    if desc is not None and desc != matched:
        items = [r.cells[desc] for r in group if r.cells[desc]]
        if items:
            parts.append(f"{unit.headers[desc]}: " + " / ".join(f"{c} [{i}]" for i, c in enumerate(items, 1)))
    cited = tuple(group) + tuple(u for u in related if u not in group)
    marker = "" if len(group) > 1 and desc is not None and desc != matched else " [1]"
    text = f"{label.split(' — ')[0]} — " + "; ".join(parts) + marker + "."
    return Draft("answered", text, cited=cited, evidence=tuple(group))


def _other_text_columns(kinds: list[str], label_col: int, desc: int) -> bool:
    return any(k == "text" and j not in (label_col, desc) for j, k in enumerate(kinds))


def _column_by_content(question: str, unit: Unit, kinds: list[str], label_col: int, evidence: Evidence) -> int | None:
    """The text cell sharing the most rare words with the question beyond the row's own name,
    or None when the question only names the row."""
    rest = subject_tokens(question) - set(tokenize(unit.cells[label_col])) - set(tokenize(unit.table))
    scored = [
        (sum(idf(t, evidence) for t in rest if _matches(t, set(tokenize(c)))), -j, j)
        for j, c in enumerate(unit.cells)
        if j != label_col and c and kinds[j] == "text"
    ]
    best = max(scored, default=None)
    return best[2] if best and best[0] > 0 else None


def passage_answer(question: str, unit: Unit, hits: list[Hit], evidence: Evidence) -> Draft:
    quote = best_sentences(question, unit.text, evidence)
    text = f"“{quote}”"
    items = evidence.items_after(unit) if unit.text.rstrip().endswith(":") else []
    if items:
        # A lead-in ("The strategy follows a life course approach:") is answered by its list.
        text += " " + " ".join(f"“{i.text.rstrip(';. ')}”" for i in items[:8])
    heading = unit.section
    subject = subject_tokens(question)
    if heading and subject & set(tokenize(heading)) and not subject & set(tokenize(unit.text)):
        # The question names the heading ("who to contact"), the passage holds the detail.
        text = f"{heading}: {text}"
    cited = (unit, *items[:4]) if items else (unit, *_related(unit, hits))
    return Draft("answered", f"{text} [1]", cited=cited, evidence=(unit, *items))


def best_sentences(question: str, text: str, evidence: Evidence, max_chars: int = 320) -> str:
    """The passage itself when short, else the one or two sentences sharing the most rare words with the question."""
    text = text.strip()
    if len(text) <= max_chars:
        return text.rstrip(";")
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    q = set(tokenize(question))

    def weight(tok: str) -> float:
        return math.log(1 + evidence.n_units / (1 + evidence.doc_freq(tok)))

    scored = [(sum(weight(t) for t in set(tokenize(s)) & q), -i, s) for i, s in enumerate(sentences)]
    best = max(scored)
    i = -best[1]
    chosen = sentences[i]
    if i + 1 < len(sentences) and len(chosen) + len(sentences[i + 1]) < max_chars and set(tokenize(sentences[i + 1])) & q:
        chosen = f"{chosen} {sentences[i + 1]}"
    return chosen.rstrip(";")


# -- aggregates -----------------------------------------------------------------------
def _title_tokens(title: str) -> set[str]:
    return set(tokenize(title))


def choose_tables(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> list[list[Unit]]:
    """The tables an aggregate runs over: the one the question names by title words, else every
    table of the best document that has a column of the kind asked for."""
    q = set(tokenize(question))
    candidates: list[list[Unit]] = []
    seen: set[str] = set()
    for h in hits[:30]:
        u = h.unit
        if u.kind != "row" or u.table_id in seen:
            continue
        seen.add(u.table_id)
        rows = evidence.rows_of(u.table_id)
        if intent.aggregate == "rows" or (intent.measure in column_kinds(u.headers, [r.cells for r in rows])):
            candidates.append(rows)
    if not candidates:
        return []
    titles = [_title_tokens(t[0].table) for t in candidates]
    common = set.intersection(*titles) if len(titles) > 1 else set()
    overlap = [len((t - common) & q) for t in titles]
    if max(overlap) > 0:
        return [c for c, o in zip(candidates, overlap) if o == max(overlap)]
    doc = candidates[0][0].doc
    return [c for c in candidates if c[0].doc == doc]


def aggregate_answer(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> Draft | None:
    tables = choose_tables(question, intent, hits, evidence)
    asked = periods(question)
    if asked and tables:
        tables = [t for t in tables if asked & periods(t[0].text)]
        if not tables:
            return refusal(f"they do not give figures for {', '.join(sorted(asked))}", hits)
    if not tables:
        return None
    if intent.aggregate == "rows":
        rows = tables[0]
        names = "; ".join(r.row.split(" — ")[0] for r in rows)
        text = f"“{rows[0].table}” has {len(rows)} rows: {names} [1]."
        return Draft("answered", text, cited=tuple(rows[:5]), evidence=tuple(rows), computed=frozenset({str(len(rows))}))
    entries: list[tuple[Unit, int, float, tuple[str, ...]]] = []
    missing: list[tuple[Unit, int]] = []
    for rows in tables:
        kinds = column_kinds(rows[0].headers, [r.cells for r in rows])
        measure_cols = [j for j, k in enumerate(kinds) if k == intent.measure]
        col = pick_column(question, intent, rows[0].headers, kinds)
        if col not in measure_cols:
            col = measure_cols[0]
        for r in rows:
            v = parse_value(r.cells[col])
            if v is None:
                missing.append((r, col))
            else:
                entries.append((r, col, v.total, v.parts))
    if not entries:
        return None
    scope = " and ".join(f"“{t[0].table}”" for t in tables)
    if intent.aggregate in {"max", "min"}:
        ranked = sorted(entries, key=lambda e: e[2], reverse=intent.aggregate == "max")
        win, col, _, _ = ranked[0]
        word = {"max": "largest", "min": "smallest"}[intent.aggregate]
        header = win.headers[col]
        text = f"{_name(win)} has the {word} {header} in {scope}: {win.cells[col]} [1]."
        cited = [win]
        if len(ranked) > 1:
            nxt, ncol, _, _ = ranked[1]
            text += f" Next is {_name(nxt)}: {nxt.cells[ncol]} [2]."
            cited.append(nxt)
        if missing:
            text += f" Not compared: {len(missing)} row(s) without a figure."
        return Draft("answered", text, cited=tuple(cited), evidence=tuple(e[0] for e in entries))
    # total
    currency = next((p[0] for e in entries for p in e[3] if p[:1] in "£$€"), "")
    total = sum(e[2] for e in entries)
    total_text = format_value(total, currency)
    header = entries[0][0].headers[entries[0][1]]
    parts = " + ".join(" + ".join(e[3]) for e in entries)
    by_size = sorted(entries, key=lambda e: -e[2])
    cited = tuple(e[0] for e in by_size[:5])
    text = f"Total {header} in {scope}: {total_text} [1], adding up {len(entries)} rows: {parts}."
    if missing:
        text += " Rows without a figure are not counted: " + "; ".join(f"{_name(r)} ({r.cells[c] or 'blank'})" for r, c in missing) + "."
    computed = frozenset({total_text, str(len(entries))})
    return Draft("answered", text, cited=cited, evidence=tuple(e[0] for e in entries) + tuple(r for r, _ in missing), computed=computed)


def _name(unit: Unit) -> str:
    return unit.row.split(" — ")[0] if unit.row else (unit.cells[0] if unit.cells else "")


# -- the promise: every figure comes from a source ------------------------------------
def unsupported_numbers(text: str, sources: list[str], computed: frozenset[str] = frozenset()) -> list[str]:
    """Figures in the answer text that appear in none of the source texts (and were not computed).

    >>> unsupported_numbers("DFG's — £3,834,762 [1].", ["Activity: DFG's | BCF Investment 24-25: £3,834,762"])
    []
    >>> unsupported_numbers("It cost £5 [1].", ["nothing here"])
    ['£5']
    """
    haystack = {normalise_number(n) for s in sources for n in numbers_in(s)}
    haystack |= {normalise_number(c) for c in computed}
    joined = " ".join(sources).replace(",", "").lower()
    out = []
    for n in numbers_in(text):
        key = normalise_number(n)
        if key not in haystack and key.lstrip("£$€") not in joined:
            out.append(n)
    return out
