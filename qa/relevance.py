"""Relevance: reranking the best hits and deciding whether they can answer the question at all.

The question's *subject* (its words minus stopwords and question-framing words such as "how much")
must be covered by the unit the answer would come from; words the corpus never uses count against
it, the more so the rarer they are in English. Pure functions over the hits and corpus statistics.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, TypeVar

from qa.columns import HEADER_SYNONYMS, PREFIX, header_terms, row_kinds
from qa.intent import (
    Intent,
    Operation,
    asks_for_several,
    offers_choice,
    operation,
    place_text,
    question_form,
    without_document,
    without_operation,
)
from qa.lexicon import thresholds
from qa.lexicon import words as words_of
from qa.rank import rank_model
from qa.text import MONTH_NAMES, content_words, is_month, lines_token_set, stem, stopwords, token_set, tokenize, words
from qa.types import Hit, Unit
from qa.values import BOUND, MONTH, states_amount

if TYPE_CHECKING:
    from qa.rank import GateModel
    from qa.tableview import TableView

FORM_DEPTH = 3  # hits the gate reads for a question whose answerer reads several (lists, places, summaries, yes/no)
FORM_DEPTH_FORMS = frozenset({"list", "section", "summary", "yesno"})

# Words that frame a question rather than name its subject: absent from the corpus is no signal.
FRAME_WORDS = frozenset(words_of("frame_words")) | frozenset(words_of("summary_words"))  # "summarise …" asks a form, not a subject


@dataclass(frozen=True)
class Evidence:
    """What the answerer may look at besides the hits."""

    rows_of: Callable[[str], list[Unit]]  # all rows of a table, by table_id
    doc_freq: Callable[[str], int]  # document frequency of a BM25 token
    n_units: int
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    items_after: Callable[[Unit], list[Unit]] = lambda unit: []  # list items a lead-in paragraph introduces
    list_of: Callable[[Unit], list[Unit]] = lambda unit: []  # every item of the list a list item belongs to
    section_of: Callable[[Unit], list[Unit]] = lambda unit: [unit]  # the units under the same heading, in order
    view_of: Callable[[str], "TableView"] | None = None  # a table read once, by table_id
    run_of: Callable[[str], "TableView"] | None = None  # the same, with the pages it is printed on page after page
    next_of: Callable[[Unit], "Unit | None"] = lambda unit: None  # the unit after this one in its document, under any heading
    names: frozenset[str] = frozenset()  # words the corpus writes as names (qa.units.proper_names), lower case
    defined: Mapping[str, str] = field(default_factory=dict)  # abbreviations the documents define ("cip": "Cost Improvement Programme")


_POINTS = re.compile(r"\bpercentage[- ]points?\b|\b(?:pp|ppts?)\b", re.I)  # the unit a change in a rate is given in


def subject_words(question: str) -> list[str]:
    """The words naming what the question is about: not frame words, stopwords, bounds, months
    (dates are matched as periods) or the unit "percentage points".

    >>> subject_words("How many years did sales exceed $2,000 million?")
    ['sales']
    >>> subject_words("by how many percentage points did sales drop between jul and Oct?")
    ['sales', 'drop']
    """
    question = _POINTS.sub(" ", BOUND.sub(" ", question))  # a bound the question sets is not what it is about
    return [w for w in content_words(question) if w not in FRAME_WORDS and not is_month(w)]


def unknown_terms(question: str, vocabulary: frozenset[str]) -> list[str]:
    """Subject words that appear nowhere in the corpus; an abbreviation's plural ("MOUs") is known
    when its singular is.

    >>> unknown_terms("what pilots have happened in MOUs and RSGs", frozenset({"pilot", "happen", "mou"}))
    ['rsgs']
    >>> unknown_terms("was the mobile library discontinued", frozenset({"mobil", "librari", "end"}))
    []
    >>> unknown_terms("how many in jul and Sept", frozenset())
    []
    """
    out = []
    lowered = question.lower()
    for w in subject_words(question):
        if w not in lowered:
            continue  # "steadystate", the joined form of "steady-state", is search vocabulary only
        stems = tokenize(w)
        if _acronym(w, question) and w[:-1] in vocabulary:
            continue
        if stems and all(s not in vocabulary and not _paraphrased(s, vocabulary) for s in stems):
            out.append(w)
    return out


def _paraphrased(token: str, vocabulary: frozenset[str]) -> bool:
    """A general paraphrase of the word (qa/data/claims.json: "discontinued" for "ended") is in the
    corpus, or a column header it names (lexicon header_synonyms: "overspend" names "Variance").

    >>> _paraphrased("overspend", frozenset({"varianc"})), _paraphrased("overspend", frozenset({"budget"}))
    (True, False)
    """
    from qa.answerers.yesno import paraphrases

    return any(p in vocabulary for p in paraphrases().get(token, ())) or any(h in vocabulary for h in _headers_named().get(token, ()))


@lru_cache(maxsize=1)
def _headers_named() -> dict[str, frozenset[str]]:
    """Question stem -> the header stems it names (HEADER_SYNONYMS read the other way)."""
    out: dict[str, set[str]] = {}
    for header, said in HEADER_SYNONYMS.items():
        for t in said:
            out.setdefault(t, set()).add(header)
    return {t: frozenset(h) for t, h in out.items()}


def matches(token: str, words_: Set[str]) -> bool:
    """Exact stem match, or a shared six-letter prefix (recognition / recognised, voluntary / volunteers)."""
    if token in words_:
        return True
    if len(token) < PREFIX:
        return False
    if isinstance(words_, frozenset):
        return token[:PREFIX] in _prefixes(words_)
    return any(len(w) >= PREFIX and w[:PREFIX] == token[:PREFIX] for w in words_)


@lru_cache(maxsize=8192)
def _prefixes(words_: frozenset[str]) -> frozenset[str]:
    """The six-letter prefixes of a text's long stems, cached with the text's token set."""
    return frozenset(w[:PREFIX] for w in words_ if len(w) >= PREFIX)


@lru_cache(maxsize=16384)
def specificity(word: str) -> float:
    """1.0 for a rare English word, down to 0.5 for an everyday one (from its Zipf frequency)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 1.0
    return min(1.0, max(0.5, (5.2 - zipf_frequency(word, "en")) / 1.5))


def coverage(question: str, unit: Unit, evidence: Evidence) -> float:
    """Share of the question's subject (weighted by rarity) that the unit mentions. Subject words
    absent from the whole corpus weigh the most, so a question about something else scores low.
    A word of the unit's file name that no unit prints counts as its own: "WARN notices" are
    covered by a table of "WARN-Report-2015.pdf" that never prints the word (words the units do
    print must be found in the unit itself)."""
    printed = search_tokens(unit)
    unprinted = _unprinted(unit.doc, evidence)
    # without a union when there is nothing to add: the cached set, whose prefixes are cached too
    return _subject_weights(question, evidence).cover(printed | unprinted if unprinted else printed)


def _unprinted(doc: str, evidence: Evidence) -> frozenset[str]:
    """The words of a file name that no unit prints, worked out once per document (cached like
    `_subject_weights`: the reranker asks it for every hit of every question)."""
    return per_evidence(_UNPRINTED_CACHE, doc, evidence, 4096, lambda: frozenset(t for t in name_words(doc) if not evidence.doc_freq(t)))


_UNPRINTED_CACHE: dict[tuple[str, int], tuple[Evidence, frozenset[str]]] = {}
_T = TypeVar("_T")


def per_evidence(cache: dict[tuple[str, int], tuple[Evidence, _T]], key: str, evidence: Evidence, size: int, make: Callable[[], _T]) -> _T:
    """`make()` for this key and evidence, kept in `cache` (keyed by the evidence object itself,
    kept alive in the cache so that its id is not reused; emptied when it holds `size` entries).

    >>> store: dict = {}
    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=1)
    >>> per_evidence(store, "k", ev, 10, lambda: 1), per_evidence(store, "k", ev, 10, lambda: 2)
    (1, 1)
    """
    cached = cache.get((key, id(evidence)))
    if cached is not None and cached[0] is evidence:
        return cached[1]
    made = make()
    if len(cache) > size:
        cache.clear()
    cache[(key, id(evidence))] = (evidence, made)
    return made


def defined_in(row_words: frozenset[str], defined: Mapping[str, str]) -> frozenset[str]:
    """The abbreviations whose long form the unit writes in full: a row of the "Cost Improvement
    Programme delivery" table speaks of the CIP though it never writes "CIP".

    >>> sorted(defined_in(token_set("Cost Improvement Programme delivery by scheme"), {"cip": "Cost Improvement Programme", "icb": "Integrated Care Board"}))
    ['cip']
    """
    return frozenset(short for short, long in defined.items() if (words := token_set(long)) and words <= row_words)


def search_tokens(unit: Unit) -> frozenset[str]:
    """token_set(unit.search_text), its context and its text tokenized apart (`lines_token_set`)."""
    return lines_token_set(unit.context, unit.text) if unit.context else token_set(unit.text)


@lru_cache(maxsize=1024)
def name_words(doc: str) -> frozenset[str]:
    """Stems of the words of a file name.

    >>> sorted(name_words("WARN-Report_2015.pdf"))
    ['2015', 'pdf', 'report', 'warn']
    """
    return token_set(re.sub(r"[-_.]+", " ", doc))


@dataclass(frozen=True)
class _Weights:
    """The question's side of `coverage`, worked out once for the many units judged against it."""

    question: str
    weights: tuple[tuple[str, float], ...]
    total: float

    def cover(self, text: frozenset[str]) -> float:
        if not self.weights:
            return 1.0
        joined = written_together(self.question, text)
        named = _headers_named()
        return (
            sum(w for t, w in self.weights if matches(t, text) or t in joined or not named.get(t, frozenset()).isdisjoint(text))
            / self.total
        )


def _subject_weights(question: str, evidence: Evidence) -> _Weights:
    return per_evidence(_WEIGHTS_CACHE, question, evidence, 256, lambda: _weigh_subject(question, evidence))


def _weigh_subject(question: str, evidence: Evidence) -> _Weights:
    subject = subject_tokens(question)
    weights = {t: idf(t, evidence) for t in subject}
    # A word the corpus never uses counts fully when it is a rare, specific word ("vaccination"),
    # and less when it is everyday English that a paraphrase might use ("stages", "pays").
    for w in subject_words(question):
        for t in tokenize(w):
            if t in weights and t not in evidence.vocabulary:
                weights[t] *= specificity(w)
    return _Weights(question, tuple(weights.items()), sum(weights.values()) or 1.0)


_WEIGHTS_CACHE: dict[tuple[str, int], tuple[Evidence, _Weights]] = {}


def written_together(question: str, text_tokens: Set[str]) -> frozenset[str]:
    """Stems of question words that, joined with the next word, are a word of the text: "lay off"
    is the report's "layoff", "health care" its "healthcare".

    >>> sorted(written_together("how many people did they lay off", {"layoff"}))
    ['lay', 'off']
    >>> sorted(written_together("how many people were laid off", {"layoff"}))
    []
    """
    return frozenset(t for joined, a, b in _word_pairs(question) if joined in text_tokens for t in (a, b))


@lru_cache(maxsize=4096)
def _word_pairs(question: str) -> tuple[tuple[str, str, str], ...]:
    """Each two neighbouring words of the question, stemmed joined and apart; cached because the
    reranker and the gate judge many units against one question."""
    ws = words(question)
    return tuple((stem(a + b), stem(a), stem(b)) for a, b in zip(ws, ws[1:]))


_PERIOD = re.compile(r"\b(?:20)?(\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b")


def periods(text: str) -> set[str]:
    """Financial years named in a text, written one way.

    >>> sorted(periods("Investment 24-25 and 2025/26"))
    ['24-25', '25-26']
    """
    return {f"{a}-{b}" for a, b in _PERIOD.findall(text) if int(b) == (int(a) + 1) % 100}


PERIOD_DEPTH = (
    1  # a period the question asks for must be given by the best hit, or it is refused (2 was measured: 5 fewer right on the tuning parts)
)


PERIOD_SKIP = 3  # best hits searched for those giving a figure, for the period check (2, 3 and 5 score alike on tuning)


def giving_figures(hits: list[Hit], depth: int = PERIOD_SKIP) -> list[Hit]:
    """The best hits that state an amount, in order, or all the hits when none of the first `depth`
    does: the period a question asks is looked for there, not in a note under a table or a glossary
    line ("UCR – urgent community response"), which gives no figure for any period.

    >>> note = Hit(Unit(id="n", doc="d", kind="passage", text="Figures in brackets are reductions. 2026-27 DFG is indicative."), 1.0)
    >>> row = Hit(Unit(id="r", doc="d", kind="row", text="Disabled Facilities Grant | 2025-26: 5,318 | 2026-27: 5,318"), 0.9)
    >>> [h.unit.id for h in giving_figures([note, row])], [h.unit.id for h in giving_figures([note])]
    (['r'], ['n'])
    """
    return [h for h in hits[:depth] if states_amount(h.unit.text)] or hits


def gives_period(asked: set[str], text: str) -> bool:
    """The text gives one of the periods asked, written either way ("25/26", "2025-26").

    >>> gives_period({"25-26"}, "Capital expenditure | 2025/26 Original: 52.4"), gives_period({"26-27"}, "2025/26: 52.4")
    (True, False)
    """
    return bool(asked & periods(text)) or any(both_years(p, text) for p in asked)


def both_years(period: str, text: str) -> bool:
    """A period such as "17-18" (a question's "2017-2018") is also covered by a text giving the two
    calendar years apart, as a table with a 2017 and a 2018 column does.

    >>> both_years("17-18", "Revenue | 2018: 5 | 2017: 4"), both_years("17-18", "Revenue | 2018: 5")
    (True, False)
    """
    a, b = period.split("-")
    return all(re.search(rf"\b20{y}\b", text) for y in (a, b))


def _capitalised(word: str, question: str) -> bool:
    """The word is written with a capital inside the sentence: a name (Glenfield, Infirmary)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.I):
        start = m.start()
        if question[start].isupper() and start > 0 and not re.search(r"[.?!]\s*$", question[:start]):
            return True
    return False


_EDGE_PUNCTUATION = "\"'()[]{}<>.,;:!?“”‘’«»*_"


def surface_forms(question: str, found: list[str]) -> list[str]:
    """How the question itself writes each of `found` (words as qa.text.words splits them): the
    whole word as typed, so a refusal never names a fragment or a lower-cased name.

    >>> surface_forms("How many use the GP café in Hinckley's triple-lock?", ["gp", "cafe", "hinckley", "triple", "lock"])
    ['GP', 'café', "Hinckley's", 'triple-lock']
    """
    tokens = [t.strip(_EDGE_PUNCTUATION) for t in question.split()]
    out: list[str] = []
    for w in found:
        form = next((t for t in tokens if w in words(t)), w)
        if form not in out:
            out.append(form)
    return out


def not_mentioned(question: str, found: list[str]) -> str:
    """The refusal's reason naming at most three of the question's words the documents lack.

    >>> not_mentioned("Is there a plan for the café in Hinckley's triple-lock?", ["cafe", "hinckley", "triple", "lock"])
    "they do not mention “café”, “Hinckley's”, “triple-lock”"
    """
    return "they do not mention " + ", ".join(f"“{w}”" for w in surface_forms(question, found)[:3])


def refusal_reason(
    question: str,
    hits: list[Hit],
    evidence: Evidence,
    *,
    min_dense: float,
    min_coverage: float = 0.5,
    rescue_dense: float = 0.5,
    model: "GateModel | None" = None,
) -> str | None:
    """Why the evidence cannot answer the question, or None when it may.

    With a fitted `model` the decision is learned (qa/rank.py); without one, the subject must be
    mentioned by one of the best few units, unless a unit is so close in meaning (`rescue_dense`)
    that the words differ only by paraphrase.
    """
    if not hits:
        return "nothing in the documents matches the question"
    form = question_form(question)
    if form == "section":
        # "which paragraph of the annual report talks about X" is judged on X: the place words and
        # the document's name are not what the evidence must mention
        question = place_text(question).strip(" ?") or question
    elif form in FORM_DEPTH_FORMS:
        question = without_document(question).strip(" ?") or question
    unknown = unknown_terms(question, evidence.vocabulary)
    years = [w for w in unknown if re.fullmatch(r"(19|20)\d\d", w)]
    if years:
        return not_mentioned(question, years)
    asked = periods(question)
    if asked and not any(gives_period(asked, h.unit.search_text) for h in giving_figures(hits)[:PERIOD_DEPTH]):
        shown = sorted(periods(hits[0].unit.search_text))
        also = f" (the closest source gives figures for {', '.join(shown)})" if shown else ""
        return f"they do not give figures for {', '.join(sorted(asked))}{also}"
    if model is not None:
        p = model.probability(gate_features(question, hits, evidence))
        return None if p >= model.threshold else describe_gap(question, unknown)
    # a question offering a choice ("A or B") names two things, each with its own best units
    absent = absent_names(question, hits[: NAME_DEPTH * (2 if offers_choice(question) else 1)], evidence)
    if absent:
        return not_mentioned(question, absent)
    best_dense = max(h.dense for h in hits[:10])
    # A look-up is built from the first hit, so that is the one that must cover the question; a
    # list, place, summary or yes/no answer reads the best few, so one of them must.
    depth = FORM_DEPTH if form in FORM_DEPTH_FORMS else 1
    judged = operand_text(question)
    best_cover = max(coverage(judged, h.unit, evidence) for h in hits[:depth])
    if len(hits) > 1 and asks_for_several(question) and hits[0].unit.kind == "row" and hits[1].unit.table_id == hits[0].unit.table_id:
        # "the totals for Alaska and Hawaii": two rows of one table answer together.
        both = replace(hits[0].unit, text=f"{hits[0].unit.search_text} {hits[1].unit.search_text}", context="")
        best_cover = max(best_cover, coverage(judged, both, evidence))
    names = [w for w in unknown if _capitalised(w, question)]
    if names and best_dense < rescue_dense + 0.1:
        return not_mentioned(question, names)
    # A rare, specific word the corpus never uses ("vaccination", "maternity") names the subject.
    specific = [w for w in unknown if specificity(w) >= 0.9 and not w.isdigit()]
    if specific and hits[0].dense < rescue_dense:
        return not_mentioned(question, specific)
    foreign = foreign_words(specific, hits[:depth], evidence.vocabulary)
    if foreign and best_cover < min_coverage:
        # closeness in meaning does not stand in for a rare word the documents never use when the
        # best evidence also misses much of the rest ("the northamptonshire council plan")
        return not_mentioned(question, foreign)
    if best_dense < min_dense and best_cover < 1.0:
        return "nothing in them is close to the question"
    if best_cover < min_coverage and hits[0].dense < rescue_dense:
        if unknown:
            return not_mentioned(question, unknown)
        return "nothing in them covers what the question asks about"
    return None


def foreign_words(unknown: list[str], hits: list[Hit], vocabulary: Set[str]) -> list[str]:
    """Of words the documents never use, those that are no short form of a word they do use ("dom"
    for "domiciliary") and no word of the best hits' document names ("templates" of
    "budget-spending-templates.pdf"): words naming something the documents are not about.

    >>> u = Unit(id="1", doc="kcc-spending-templates.pdf", kind="row", text="Domiciliary care | £2m")
    >>> foreign_words(["northamptonshire", "dom", "templates"], [Hit(unit=u, score=1.0)], {"domiciliari", "care"})
    ['northamptonshire']
    """
    named = set(tokenize(" ".join(re.sub(r"[-_.]+", " ", h.unit.doc) for h in hits)))
    return [
        w
        for w in unknown
        if not any(t in named for t in tokenize(w)) and not (len(w) <= SHORT_FORM_CHARS and any(v.startswith(w) for v in vocabulary))
    ]


# A word this short may be the start of a longer one it stands for ("dom", "admin", "pop"); fitted
# by scripts/tune_reading.py.
SHORT_FORM_CHARS = int(thresholds("reading")["short_form_chars"])


def other_edition(question: str, units: list[Unit]) -> tuple[str, str] | None:
    """A source the question names with a period ("the 2024-25 budget risk register") when the
    units come from that source's edition for another period: the table, heading or document whose
    title holds at least two of the words after the period names only other periods. Returns the period
    asked and the source's title, else None.

    >>> row = Unit(id="1", doc="kcc-budget-risk-register-2025-26.pdf", kind="row", text="2024-25 overspend | 23.3", table="Appendix J: Budget Risks Register 2025-26")
    >>> other_edition("What was the total annual exposure in the 2024-25 budget risk register?", [row])
    ('2024-25', 'Appendix J: Budget Risks Register 2025-26')
    >>> other_edition("What was the total annual exposure in the 2025-26 budget risk register?", [row]) is None
    True
    >>> other_edition("What was the 2024-25 overspend in the risk register?", [row]) is None
    True
    """
    for m in _PERIOD_BEFORE_WORDS.finditer(question):
        asked = periods(m.group(1))
        named = set(tokenize(m.group(2)))
        if not asked or len(named) < 2:
            continue
        for u in units:
            for title in (u.table, u.section, re.sub(r"(?<!\d)[-_.]+|[-_.]+(?!\d)", " ", u.doc)):  # "register-2025-26.pdf" keeps its period
                given = periods(title)
                if given and not asked & given and len(named & token_set(title)) >= 2:
                    return m.group(1), title
    return None


# a period, then the words it qualifies ("2024-25 budget risk register", up to a small word or the end)
_PERIOD_BEFORE_WORDS = re.compile(
    r"((?:20)?\d\d\s*[-/–]\s*(?:20)?\d\d)\s+((?:(?!(?:in|of|for|on|at|to|and|or|was|is|the)\b)[A-Za-z][\w'’]*\s*){2,5})", re.I
)


_ARITHMETIC: frozenset[Operation] = frozenset({"pct_change", "change", "average", "ratio", "share", "sum"})


def operand_text(question: str) -> str:
    """The question less the arithmetic it asks for: a figure is worked out, not looked for, so the
    evidence must cover what the sum is done to, not the words "percentage change".

    >>> operand_text("What was the percentage change in the amount of Accruals?")
    'what was the  in the amount of accruals?'
    >>> operand_text("Which fund paid the highest rate?")
    'Which fund paid the highest rate?'
    """
    op = operation(question)
    return without_operation(question, op) if op in _ARITHMETIC else question


NAME_DEPTH = int(thresholds("reading")["name_depth"])  # a name the question gives must be in one of this many best units
# A name in at most this share of all units is specific: a question naming it asks about that
# place, body or thing, and evidence without it is about something else ("Barclays", "Borchester").
# Names more common than this (a county's name across its own papers) say which documents, not which unit.
RARE_NAME_SHARE = thresholds("reading")["rare_name_share"]  # fitted by scripts/tune_reading.py
# Periods, years and days of the month: dates are matched by qa.relevance.periods and the table view.
_NOT_NAMING = re.compile(
    rf"\b(?:19|20)?\d\d\s*[-/–]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+\d{{1,2}}\b",
    re.I,
)
_NUMBER_WORD = re.compile(
    r"(?<![\w.,£$€])\d+(?:st|nd|rd|th)?(?![\d.,%]|k\b)(?!\s+(?:[a-z]+\s+){0,2}(?:years?|months?|quarters?|weeks?|days?|hours?|periods?)\b)"
)
# "across the 8 wards", "all 3 trusts": how many of the things in view, not a thing's number ("Year 6")
_COUNTED = re.compile(r"\b(?:the|these|those|all|both|our|its|their)\s+(\d+)\s+[a-z]+s\b", re.I)
# Title Case in a question is not a name: only a word rare in English ("Barclays", "Borchester", not
# "Property") is one; `specificity` is 1.0 for the rarest English words and 0.5 for everyday ones.
NAME_SPECIFICITY = 0.9


def specifics(question: str) -> list[str]:
    """What a question names that a paraphrase cannot replace: words written with a capital inside
    the sentence, and small numbers naming a thing ("Year 6", "the 15-year rate", "quarter 2",
    "the 11th conference"); years, figures with separators and bounds are not among them.

    >>> specifics("What rate is the Barclays account paying in quarter 2 of 2024-25?")
    ['barclays', '2']
    >>> specifics("How many people did Rsgs help in 2024?"), specifics("what was held at 30 September 2024 and on March 31, 2019")
    (['rsgs'], [])
    >>> specifics("How much SEN transport did the NI grant pay for?"), specifics("What was Property in Q4 over the 3 financial years?")
    ([], [])
    >>> specifics("How many pharmacies per 100k people?")  # thousands, not a thing's number
    []
    >>> specifics("average % of adults active across the 8 wards"), specifics("is ucr meeting the 2 hour standard?"), specifics("cases in ward 8")
    ([], [], ['8'])
    """
    names = [w for w in name_candidates(question) if w.isdigit() or w[:-2].isdigit() or specificity(w) >= NAME_SPECIFICITY]
    return names


def name_candidates(question: str, known_names: frozenset[str] = frozenset()) -> list[str]:
    """`specifics` before the test of how rare each word is in English, which loads a word list:
    that test is left for the few names the evidence lacks. A word the corpus writes as a name
    (`known_names`) is one however the question types it ("barset council")."""
    question = BOUND.sub(" ", question)
    names = [
        w
        for w in words(question)
        if not w.isdigit()
        and w not in stopwords()
        and not is_month(w)
        and (_capitalised(w, question) or w in known_names)
        and not _acronym(w, question)
    ]
    text = _NOT_NAMING.sub(" ", question)
    counted = {m.start(1) for m in _COUNTED.finditer(text)}
    numbers = [m.group(0) for m in _NUMBER_WORD.finditer(text) if m.start() not in counted]
    return list(dict.fromkeys(names + numbers))


def _acronym(word: str, question: str) -> bool:
    """Written in capitals ("SEN", "NI", the plural "MOUs"): an abbreviation, which evidence may write
    out in full."""
    return any(
        re.fullmatch(r"(?=\d*[A-Z])[A-Z\d]+|[A-Z\d]{2,}s", m.group(0)) for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.I)
    )


def absent_names(question: str, hits: list[Hit], evidence: Evidence) -> list[str]:
    """The specific names and numbers of the question (`specifics`) that none of `hits` mentions,
    among those rare in the corpus. A number counts as mentioned in digits only.

    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=1000)
    >>> u = Unit(id="1", doc="d", kind="row", text="Lloyds Bank | Call account | 4.64%")
    >>> absent_names("What interest rate is the Barclays call account paying?", [Hit(unit=u, score=1.0)], ev)
    ['barclays']
    >>> absent_names("What interest rate is the Lloyds call account paying?", [Hit(unit=u, score=1.0)], ev)
    []
    >>> absent_names("What rate is the Barclays call account paying?", [Hit(unit=replace(u, doc="barclays-accounts.pdf"), score=1.0)], ev)
    []
    >>> absent_names("How much does Barset get?", [Hit(unit=replace(u, doc="barsetshire-report.md"), score=1.0)], ev)
    ['barset']
    >>> c = Unit(id="2", doc="d", kind="row", text="Colombian Credit Facility | 24.3")
    >>> absent_names("What was the Columbian Credit Facility in 2019?", [Hit(unit=c, score=1.0)], ev)
    []
    >>> absent_names("what rate is the barclays call account paying", [Hit(unit=u, score=1.0)], replace(ev, names=frozenset({"barclays"})))
    ['barclays']
    >>> r = Unit(id="3", doc="d", kind="row", text="Old School Surgery | Appts per 1,000 patients | 418.1")
    >>> absent_names("appts per 1000 patients at old school surgery", [Hit(unit=r, score=1.0)], ev), absent_names("appts per 100 patients", [Hit(unit=r, score=1.0)], ev)
    ([], ['100'])
    """
    if not hits:
        return []
    # the document's own name counts: a county's report need not repeat the county's name in every unit
    texts = [f"{h.unit.section} {h.unit.search_text} {' '.join(h.unit.headers)} {re.sub(r'[-_.]+', ' ', h.unit.doc)}" for h in hits]
    tokens = set().union(*(token_set(t) for t in texts))
    out = []
    for name in name_candidates(question, evidence.names):
        if name.isdigit() or name[:-2].isdigit():
            digits = re.sub(r"\D", "", name)
            # "per 1000" is the source's "per 1,000": thousands separators are not part of the number
            if not any(re.search(rf"(?<![\d.,]){digits}(?![\d,]|\.\d)", _THOUSANDS.sub("", t)) for t in texts):
                out.append(name)
            continue
        stems = tokenize(name)
        if not stems or any(evidence.doc_freq(t) > RARE_NAME_SHARE * evidence.n_units for t in stems):
            continue
        # a name is matched whole or misspelt, not by its first six letters: "Barset" is not "Barsetshire"
        if not all(t in tokens or _spelt_alike(t, tokens) for t in stems) and specificity(name) >= NAME_SPECIFICITY:
            out.append(name)
    return out


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # the comma of "1,000" and "12,500,000"


# Small words a name may hold between its capitalised words ("Market Sustainability and
# Improvement Fund", "Chamber of Commerce"); other small words end it ("the Grant for Barset").
_NAME_JOINERS = frozenset({"and", "of", "&"})


# Words saying when, not what: months, period words (lexicon), codes with digits ("Q4", "FY19", "2019").
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATING = re.compile(rf"{_MONTH_NAME}|(?:{'|'.join(words_of('period_words'))})|\S*\d\S*", re.I)
_HONORIFIC = re.compile(rf"(?:{'|'.join(words_of('honorifics'))})\.?", re.I)  # "Mr Kapuria": the name is "Kapuria"


def named_phrases(question: str) -> list[str]:
    """Names of two or more capitalised words the question writes inside the sentence ("Band D",
    "Revenue Support Grant"): one thing, which evidence naming only some of its words is not about.
    A possessive ends a name; the question's first word is not part of one, nor are words of dates.

    >>> named_phrases("What is KCC's Band D council tax, and the Revenue Support Grant for Kent in 2026-27?")
    ['Band D', 'Revenue Support Grant']
    >>> named_phrases("What was the Market Sustainability and Improvement Fund allocation?"), named_phrases("What is the Public Health budget?")
    (['Market Sustainability and Improvement Fund'], ['Public Health'])
    >>> named_phrases("What was Gross Profit in the Fiscal Year Ended April 2019 and in Q4 Fiscal 2018?"), named_phrases("What is Mr Kapuria's salary?")
    (['Gross Profit'], [])
    >>> named_phrases("What Is The Budget For The Falls Team?"), named_phrases("WHAT IS THE RSG BUDGET FOR FALLS TEAM")
    ([], [])
    """
    tokens = [t.strip(_EDGE_PUNCTUATION) for t in question.split()]
    if any(len(t) > 1 and t[:1].isupper() and t.lower() in stopwords() for t in tokens[1:]):
        return []  # typed in Title Case or in capitals ("What Is The ..."): the capitals say nothing of names
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        while run and run[-1].lower() in _NAME_JOINERS:
            run.pop()
        if sum(w.lower() not in _NAME_JOINERS for w in run) >= 2:
            out.append(" ".join(run))
        run.clear()

    for i, (raw, t) in enumerate(zip(question.split(), tokens)):
        if _DATING.fullmatch(t) or _HONORIFIC.fullmatch(t):
            close()  # "Year Ended March", "Q4 Fiscal": when, not what
        elif i > 0 and t[:1].isupper() and not re.search(r"[.?!:]$", question.split()[i - 1]):
            run.append(t)
            if re.search(r"['’]s$", t) or raw != t and raw[-1:] in ",;:?!.)":
                close()  # "Barset's", "Grant," end the name
        elif run and t.lower() in _NAME_JOINERS:
            run.append(t)
        else:
            close()
    close()
    return out


def _name_words(text: str) -> list[str]:
    """Lower-cased words in the order written, hyphenated parts apart ("Co-ordination": "co",
    "ordination"), single letters kept ("Band D"), possessive s and joiners dropped."""
    return [w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _NAME_JOINERS and w != "s"]


def _name_tokens(text: str) -> list[str]:
    return [stem(w) for w in _name_words(text)]


# A line this short without a sentence end, above passages, heads them ("H) Employer National
# Insurance Grant"); fitted by scripts/tune_reading.py.
SUBHEADING_CHARS = int(thresholds("reading")["subheading_chars"])


def context_above(unit: Unit, section: list[Unit]) -> list[Unit]:
    """What a passage under a heading is read with when it speaks of "the grant" or "this scheme":
    the passage just above it and the nearest line above that reads as a sub-heading the document
    did not mark as one (short, no sentence end), both under the same heading.

    >>> h = Unit(id="1", doc="d", kind="passage", text="E) New Homes Bonus")
    >>> p = Unit(id="2", doc="d", kind="passage", text="The scheme began in 2011.")
    >>> q = Unit(id="3", doc="d", kind="passage", text="The grant is split 80% to the district.")
    >>> [u.text for u in context_above(q, [h, p, q])], context_above(h, [h, p, q])
    (['The scheme began in 2011.', 'E) New Homes Bonus'], [])
    """
    ids = [u.id for u in section]
    if unit.kind != "passage" or unit.id not in ids:
        return []
    above = [u for u in reversed(section[: ids.index(unit.id)]) if u.kind == "passage"]
    heading = next((u for u in above if len(u.text.strip()) <= SUBHEADING_CHARS and not re.search(r"[.!?;:,]$", u.text.strip())), None)
    return list(dict.fromkeys([*above[:1], *([heading] if heading else [])]))


def absent_phrases(question: str, units: list[Unit], labels: list[str] | None = None) -> list[str]:
    """The names of two or more words (`named_phrases`) that none of the units writes whole: its
    words in order, an abbreviation in it maybe written out ("Employer NI Grant", "Employer National
    Insurance Grant"), or the whole name as its initials ("MSIF"). A unit's document name counts,
    and so do `labels` (the row labels of the tables the units are rows of).

    >>> u = Unit(id="1", doc="d", kind="row", text="Headline Description: Finance - Other Council Tax Incentives | 2025-26: -1,450.0")
    >>> absent_phrases("What's KCC's Band D council tax for 2025-26?", [u])
    ['Band D']
    >>> absent_phrases("What are the Other Council Tax Incentives worth?", [u])
    []
    >>> absent_phrases("What is the Market Sustainability and Improvement Fund?", [replace(u, text="the MSIF grant")])
    []
    >>> absent_phrases("How is the Employer NI Contributions Grant shared?", [replace(u, text="H) Employer National Insurance Contributions Grant")])
    []
    >>> absent_phrases("What were the Columbian Credit Facility and Brazil Facility?", [replace(u, text="Colombian Credit Facility"), replace(u, text="Brazil Facility")])
    []
    >>> absent_phrases("Is there a Kent Pension Fund?", [replace(u, text="the pension fund")])
    ['Kent Pension Fund']
    >>> absent_phrases("What was income tax as a share of Contractual Obligations?", [u], labels=["Contractual Obligations"])
    []
    >>> absent_phrases("What does Care Co-ordination cost?", [replace(u, text="Activity: Care Co-ordination | Detail: A Health and Social Care approach")])
    []
    >>> absent_phrases("How much was J Matthew Bain paid?", [replace(u, text="BAIN, J MATTHEW DISTRICT DIRECTOR 37,499.96")])
    []
    """
    phrases = named_phrases(question)
    if not phrases or not units:
        return []
    texts = [
        _name_tokens(
            f"{u.section} {u.search_text} {u.table} {u.group} {u.row_detail} {' '.join(u.headers)} "
            f"{' '.join(p for path in u.header_paths for p in path)} {re.sub(r'[-_.]+', ' ', u.doc)}"
        )
        for u in units
    ] + [_name_tokens(label) for label in labels or ()]

    def written(phrase: str) -> bool:
        want = [
            (stem(w), len(typed) > 1 and typed.isupper())
            for typed in (t.strip(_EDGE_PUNCTUATION) for t in phrase.split())
            for w in _name_words(typed)
        ]
        initials = "".join(w[0] for w, _ in want)
        surname_first = want[-1:] + want[:-1]  # "J Matthew Bain" as a register lists him: "BAIN, J MATTHEW"
        return any((len(initials) > 2 and initials in t) or _writes(t, want) or _writes(t, surname_first) for t in texts)

    # "Colombian Credit Facility and Brazil Credit Facility" may be two names, each written whole
    parts = [[p for p in re.split(r"\s+(?:and|&)\s+", phrase, flags=re.I) if p] for phrase in phrases]
    return [phrase for phrase, split in zip(phrases, parts) if not written(phrase) and not (len(split) > 1 and all(map(written, split)))]


def _writes(tokens: list[str], want: list[tuple[str, bool]]) -> bool:
    """Whether `tokens` hold the words of `want` next to each other, in order; a word marked as an
    abbreviation may instead be written out, one word per letter ("ni" as "nation insur"); two words
    may be written as one ("co ordin" as "coordin") and one as two.

    >>> _writes(["employ", "nation", "insur", "grant"], [("employ", False), ("ni", True), ("grant", False)])
    True
    >>> _writes(["employ", "grant"], [("employ", False), ("ni", True), ("grant", False)])
    False
    >>> _writes(["care", "co", "ordin"], [("care", False), ("coordin", False)]), _writes(["care", "coordin"], [("care", False), ("co", False), ("ordin", False)])
    (True, True)
    >>> _writes(["mod", "employ", "recognit", "scheme", "gold", "award"], [("mod", False), ("employ", False), ("recognit", False), ("gold", False), ("award", False)])
    True
    >>> _writes(["kent", "counti", "council", "pension", "fund"], [("kent", False), ("pension", False), ("fund", False)])
    False
    """

    def from_(i: int, j: int, spare: int = NAME_INSERTIONS) -> bool:
        if j == len(want):
            return True
        if i >= len(tokens):
            return False
        word, short = want[j]
        if (tokens[i] == word or _spelt_alike(word, {tokens[i]})) and from_(i + 1, j + 1, spare):
            return True
        # written together or apart ("Cooperation", "Co-operation")
        if i + 1 < len(tokens) and tokens[i] + tokens[i + 1] == word and from_(i + 2, j + 1, spare):
            return True
        if j + 1 < len(want) and word + want[j + 1][0] == tokens[i] and from_(i + 1, j + 2, spare):
            return True
        n = len(word)
        if short and [t[0] for t in tokens[i : i + n]] == list(word) and from_(i + n, j + 1, spare):
            return True
        # a word the name is written with inside it ("MoD Employer Recognition Scheme Gold Award")
        return j > 0 and spare > 0 and from_(i + 1, j, spare - 1)

    return any(from_(i, 0) for i in range(len(tokens)))


NAME_INSERTIONS = 1  # words a source may write inside a several-word name and still name it


def _spelt_alike(stem: str, tokens: set[str]) -> bool:
    """A long name misspelt by one or two letters ("Columbian" for "Colombian") is still that name."""
    if len(stem) < 6:
        return False
    from rapidfuzz import fuzz

    return any(len(t) >= 6 and fuzz.ratio(stem, t) >= SPELT_ALIKE for t in tokens)


SPELT_ALIKE = 85  # rapidfuzz ratio of two stems one or two letters apart (colombian / columbian: 88.9)


def gate_features(question: str, hits: list[Hit], evidence: Evidence) -> dict[str, float]:
    """The named features the learned gate reads (see qa/rank.py GATE_FEATURES)."""
    unknown = unknown_terms(question, evidence.vocabulary)
    top = hits[0].unit
    return {
        "cover_top": coverage(question, top, evidence),
        "cover_best3": max(coverage(question, h.unit, evidence) for h in hits[:3]),
        "dense_top": hits[0].dense,
        "dense_best10": max(h.dense for h in hits[:10]),
        "unknown_specific": float(min(3, sum(specificity(w) >= 0.9 and not w.isdigit() for w in unknown))),
        "unknown_any": float(min(3, len(unknown))),
        "unknown_names": float(min(3, sum(_capitalised(w, question) for w in unknown))),
        "label_share": label_match(question, top),
    }


def describe_gap(question: str, unknown: list[str]) -> str:
    """What a refused question asks about that the documents lack, in the question's own words."""
    names = [w for w in unknown if _capitalised(w, question)]
    specific = [w for w in unknown if specificity(w) >= 0.9 and not w.isdigit()]
    missing = names or specific or unknown
    if missing:
        return not_mentioned(question, missing)
    return "nothing in them covers what the question asks about"


def idf(token: str, evidence: Evidence) -> float:
    return math.log(1 + evidence.n_units / (1 + evidence.doc_freq(token)))


@lru_cache(maxsize=4096)
def subject_tokens(question: str) -> frozenset[str]:
    """Stems of subject_words; cached because reranking and the gate ask for them many times per question."""
    return frozenset(tokenize(" ".join(subject_words(question))))


def names_only_columns(question: str, headers: tuple[str, ...]) -> bool:
    """The question's own subject is column headers of a table, and nothing else: "and how much has
    it delivered?" after an answer from a row headed "Scheme | Target | Delivered" asks for that
    row's Delivered cell.

    >>> names_only_columns("and how much has it delivered so far?", ("Scheme", "Target £k", "Delivered £k"))
    True
    >>> names_only_columns("and how much has street lighting delivered?", ("Scheme", "Target £k", "Delivered £k"))
    False
    """
    own = subject_tokens(question)
    columns = frozenset().union(*(header_terms(h) for h in headers)) if headers else frozenset()
    return bool(own) and own <= columns


def _focus_text(unit: Unit) -> str:
    """What a unit itself says: its text and, for a passage, its own heading (not the lead-in)."""
    if unit.kind == "row":
        return unit.text
    return f"{unit.section} {unit.text}"


def label_match(question: str, unit: Unit) -> float:
    """1.0 when every word of the row's name is in the question (the row is named), else the share.
    A short form the row writes in capitals that is also an everyday word ("GET", "ALL") names the
    row only when the question writes it in capitals too: "did Kent get back" names no row.

    >>> row = Unit(id="1", doc="d", kind="row", text="GET | 5", row="GET")
    >>> label_match("How much did Kent get back?", row), label_match("What is the GET total?", row)
    (0.0, 1.0)
    >>> label_match("the rsg budget", Unit(id="2", doc="d", kind="row", text="RSG | 5", row="RSG"))
    1.0
    """
    if unit.kind != "row":
        return 0.0
    label = token_set(unit.row) - everyday_capitals(unit.row, question)
    return len(label & token_set(question)) / len(label) if label else 0.0


def everyday_capitals(label: str, question: str) -> frozenset[str]:
    """Stems of words a label writes in capitals that are everyday English words ("GET" is
    "get") and that the question does not write in capitals: there they are the everyday word.

    >>> sorted(everyday_capitals("GET | ALL | RSG", "did they get it all?")), sorted(everyday_capitals("GET", "the GET budget"))
    (['all', 'get'], [])
    """
    capitals = set(re.findall(r"\b[A-Z]{2,}\b", label)) - set(re.findall(r"\b[A-Z]{2,}\b", question))
    return frozenset(stem(w.lower()) for w in capitals if specificity(w.lower()) < NAME_SPECIFICITY)


# The features of a hit that `rerank` weighs, each computed against the question and the other
# candidates (so a score is relative to what else was found). Their weights are learned by
# scripts/train_rerank.py (logistic regression: is this the unit that supports the answer?) and
# kept in qa/data/rerank.json; retraining is that one command.
RANK_FEATURES = (
    "dense",  # cosine similarity of the question to the unit
    "dense_gap",  # how far below the closest candidate it is
    "bm25_share",  # its BM25 score over the best candidate's
    "fused_rank",  # 1 / (1 + its place in the fused BM25 and dense order)
    "focus",  # share of the question's subject (weighted by idf) in the unit's own text
    "exact",  # the same for the subject's words as written, unstemmed ("organisation" is not "organise")
    "cover",  # the same with its heading path and lead-in, spelling slips allowed (`coverage`)
    "heading",  # share of the subject in its heading path
    "named_row",  # a row whose label the question writes in full
    "label_share",  # share of the row's label the question names
    "measure",  # a row holding the kind of figure asked for (money, a count)
    "header",  # a row with a column header the question names
    "missing_number",  # numbers the question gives ("in 23-24", "Section 5") that the unit lacks
    "is_row",  # a table row rather than a passage
    "figure_asked",  # asked for a figure, and the unit states an amount
    "doc_share",  # share of the first ten candidates from the unit's document
    "table_share",  # share of the first ten candidates from the unit's table
    "log_length",  # log of the length of its text
)
RERANK_DEPTH = 30  # candidates reordered; the rest keep their fused order


def hit_features(question: str, intent: Intent, hits: list[Hit], evidence: Evidence) -> list[dict[str, float]]:
    """The RANK_FEATURES of every hit, in the hits' order. Below, the subject is falls, care, homes
    and drop (equal idf): the first passage holds three of the four in its text (two as written,
    "care" and "homes"; "falls" only once stemmed, as "falling"), one in its heading.

    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> a = Unit(id="a", doc="d", kind="passage", text="Falling by 50% in care homes.", section="Care")
    >>> b = Unit(id="b", doc="e", kind="passage", text="The budget is set each year.")
    >>> f = hit_features("how much did falls in care homes drop", Intent(None, None, False, quantity=True), [Hit(a, 1.0, 0.6, 4.0), Hit(b, 0.5, 0.3, 1.0)], ev)
    >>> round(f[0]["focus"], 2), round(f[0]["exact"], 2), f[0]["heading"], f[0]["figure_asked"], f[1]["dense_gap"], f[1]["bm25_share"], f[1]["doc_share"]
    (0.75, 0.5, 0.25, 1.0, 0.3, 0.25, 0.5)
    """
    if not hits:
        return []
    q_all = set(tokenize(question))
    subject = subject_tokens(question) or frozenset(q_all)
    weight = {t: idf(t, evidence) for t in subject}
    total = sum(weight.values()) or 1.0
    numbers = {t for t in subject if t.isdigit()}
    surface = {w: idf(stem(w), evidence) for w in subject_words(question)}
    surface_total = sum(surface.values()) or 1.0
    top_dense = max(h.dense for h in hits)
    top_bm25 = max(h.bm25 for h in hits) or 1.0
    first = hits[:10]
    in_doc = Counter(g.unit.doc for g in first)
    in_table = Counter(g.unit.table_id for g in first)
    out = []
    for place, h in enumerate(hits):
        u = h.unit
        focus_text = _focus_text(u)
        own = token_set(focus_text)
        named = label_match(question, u)
        out.append(
            {
                "dense": h.dense,
                "dense_gap": round(top_dense - h.dense, 6),
                "bm25_share": h.bm25 / top_bm25,
                "fused_rank": 1.0 / (1 + place),
                "focus": sum(weight[t] for t in subject & own) / total,
                "exact": sum(v for w, v in surface.items() if written(w, focus_text)) / surface_total,
                "cover": coverage(question, u, evidence),
                "heading": sum(weight[t] for t in subject & token_set(u.section)) / total,
                "named_row": float(named == 1.0),
                "label_share": named,
                "measure": float(u.kind == "row" and bool(intent.measure) and intent.measure in row_kinds(u)),
                "header": float(u.kind == "row" and any(header_terms(hd) & q_all for hd in u.headers)),
                "missing_number": float(min(3, len(numbers - search_tokens(u)))),
                "is_row": float(u.kind == "row"),
                "figure_asked": float(intent.quantity and states_amount(u.text)),
                "doc_share": in_doc[u.doc] / len(first),
                "table_share": (in_table[u.table_id] if u.table_id else 0) / len(first),
                "log_length": math.log1p(len(u.text)),
            }
        )
    return out


@lru_cache(maxsize=8192)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(words(text))


def written(word: str, text: str) -> bool:
    """The word is in the text as written, or with a plural "s" added or taken off.

    >>> written("settlement", "Housing Settlement Team"), written("settlement", "to settle claims"), written("home", "in homes")
    (True, False, True)
    """
    found = _word_set(text)
    return word in found or f"{word}s" in found or (word.endswith("s") and word[:-1] in found)


def rerank(question: str, intent: Intent, hits: list[Hit], evidence: Evidence, depth: int = RERANK_DEPTH) -> list[Hit]:
    """Order the best few hits by how likely each is to be the unit that supports the answer, as
    the learned model (qa/rank.py `rank_model`) scores their `hit_features`."""
    model = rank_model()
    head = hits[:depth]
    if model is None or len(head) < 2:
        return hits
    scores = model.scores(hit_features(question, intent, head, evidence)).tolist()
    order = sorted(range(len(head)), key=lambda i: (-scores[i], i))
    return [head[i] for i in order] + hits[depth:]


_LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9'’&-]*")
_SPELT_NUMBER = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$")
_SAME_WAY = (frozenset(stem(w) for w in words_of("rise_words")), frozenset(stem(w) for w in words_of("fall_words")))
CONTRAST_LABEL_WORDS = 12  # a row name is a few words; a longer label cell is prose or a table read badly
CONTRAST_ALIKE = 80  # rapidfuzz ratio above which two stems are one word spelt two ways ("organisation"/"organization")


def _initials(word: str, label_words: list[str]) -> bool:
    """`word` is made of the initials of consecutive label words ("rvs" of "Royal Voluntary Service")."""
    letters = "".join(w[0] for w in label_words)
    return len(word) >= 2 and word in letters


def _cut_short(short: str, long: str) -> bool:
    """A short word written as the long one's first letter and some of its later letters, in order
    ("yr" for "year", "mgmt" for "management", "qtr" for "quarter").

    >>> _cut_short("yr", "year"), _cut_short("mgmt", "management"), _cut_short("ry", "year"), _cut_short("year", "yr")
    (True, True, False, False)
    """
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def _stands_for(x: str, y: str, written: str, label_words: list[str]) -> bool:
    """The question's word and the label's are one thing said two ways: one begins the other
    ("dom"/"domiciliary"), one is the other cut short ("yr"/"year", "mgmt"/"management"), they are
    spelt alike, one is the other's initials, or both say a rise (or a fall).

    >>> _stands_for("yr", "year", "yr", ["year"]), _stands_for("yr", "your", "yr", ["your"])
    (True, True)
    >>> _stands_for("rate", "incl", "rate", ["incl"])
    False
    """
    from rapidfuzz import fuzz

    return (
        x.startswith(y)
        or y.startswith(x)
        or _cut_short(x, y)
        or _cut_short(y, x)
        or fuzz.ratio(x, y) >= CONTRAST_ALIKE
        or _initials(written, label_words)
        or any(x in way and y in way for way in _SAME_WAY)
    )


def contrasted(question: str, label: str, row_words: Set[str] = frozenset()) -> tuple[str, str] | None:
    """A near miss of a row: the question and the row's label share a word, and beside it the
    question writes a word the row never uses where the label writes another ("the Leeds Building
    Society" read as "Coventry Building Society", "River Dene" as "River Lenn"). Returns (the
    question's word, the label's word), or None. The question's word must name its subject (not a
    frame word like "extra"), nor be a past participle ("fixed" of "repaired") or a number word.

    >>> contrasted("maturity date for the leeds building society deposit?", "Coventry Building Society")
    ('leeds', 'coventry')
    >>> contrasted("how much grant went into dom care", "Domiciliary care") is None
    True
    >>> contrasted("which pathway does the rvs service support", "Royal Voluntary Service discharge support") is None
    True
    >>> contrasted("cost of the oakridge secondary school", "Oakridge Primary School expansion")
    ('secondary', 'primary')
    >>> contrasted("potholes fixed within 28 days", "Potholes repaired within 28 days") is None
    True
    >>> contrasted("the costs eating into savings", "Costs impact on savings") is None
    True
    >>> contrasted("forecast for adult social care learning disabilities", "Adult Social Care – Working Age Adults")
    ('learning', 'working')
    >>> contrasted("yr 6 obesity rate", "Year 6: prevalence of obesity (incl. severe obesity)") is None
    True
    """
    q_words, l_words = _LOWER_WORD.findall(question.lower()), _LOWER_WORD.findall(label.lower())
    if len(l_words) > CONTRAST_LABEL_WORDS:
        return None  # a paragraph in a label cell (a table read badly) names nothing to contrast
    q_stems, l_stems = [stem(w) for w in q_words], [stem(w) for w in l_words]
    subject, in_label, in_question = subject_tokens(question), set(l_stems), set(q_stems)
    for i, shared in enumerate(q_stems):
        if shared not in in_label or shared in stopwords():
            continue
        j = l_stems.index(shared)
        for side in (-1, 1):
            if not (0 <= i + side < len(q_stems) and 0 <= j + side < len(l_stems)):
                continue
            x, y, written = q_stems[i + side], l_stems[j + side], q_words[i + side]
            if x not in subject or x in in_label or x in row_words or y in in_question or y in stopwords():
                continue
            after = q_words[i + side + 1] if i + side + 1 < len(q_words) else ""
            if any(c.isdigit() for c in x + y) or _SPELT_NUMBER.match(written) or written.endswith("ed"):
                continue
            if written in words_of("figure_nouns"):
                continue  # what kind of figure is asked ("obesity rate"), not another thing than the row
            if {written, l_words[j + side]} & set(MONTH_NAMES):
                continue  # a month asked of a table by month is the month check's to refuse, naming those it has
            if written.endswith("ing") and (not after or after in stopwords()):
                continue  # a verb ("costs eating into savings"), not a name ("building works")
            if not _stands_for(x, y, written, l_words):
                return written, l_words[j + side]
    return None
