"""An answer before it is turned into citations, shared by every answerer; and the refusal."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from qa.lexicon import words
from qa.rank import sentence_model
from qa.relevance import Evidence, idf, periods, subject_tokens, subject_words, written
from qa.text import tokenize
from qa.types import Hit, Status, Unit
from qa.units import SECTION_SEP, SENTENCE_END
from qa.values import MONTH, amounts_in


@dataclass(frozen=True)
class Draft:
    """An answer before it is turned into citations: the units it cites, in order."""

    status: Status
    text: str
    cited: tuple[Unit, ...] = ()
    computed: frozenset[str] = frozenset()  # figures the engine computed (totals), allowed in the text
    evidence: tuple[Unit, ...] = ()  # every unit a figure was taken from (a total may use more than it cites)
    suggestions: tuple[str, ...] = ()
    value: float | None = None  # the figure the answer gives, looked up or computed


_UNPRINTED_HEADER = re.compile(r"Column \d+(?: \(\d+\))?")  # the name qa.parse.tables gives a column printed without one


def headed(header: str, value: str) -> str:
    """A cell as an answer gives it: "Header: value", or the value alone under a header the table
    did not print.

    >>> headed("Maturity Date", "15/05/27"), headed("Column 1 (2)", "Money Market Funds.")
    ('Maturity Date: 15/05/27', 'Money Market Funds.')
    """
    return value if _UNPRINTED_HEADER.fullmatch(header) else f"{header}: {value}"


# -- refusing ------------------------------------------------------------------------
def suggestions_from(hits: list[Hit], n: int = 3) -> tuple[str, ...]:
    """Nearby topics the documents do cover: row labels and section headings of the best hits."""
    seen: list[str] = []
    for h in hits:
        topic = h.unit.row if h.unit.kind == "row" else (h.unit.section.split(SECTION_SEP)[-1] if h.unit.section else "")
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


# -- quoting -------------------------------------------------------------------------
AnswerType = Literal["date", "percent", "number"]
# a question typed as a search ("child poverty rate caldmoor"): no question word or auxiliary verb
# anywhere, no request opening it
_TERSE = (
    r"^(?!.*\b(?:what|which|who|whom|whose|how|when|where|why|is|are|was|were|do|does|did|can|could|should|will|would|has|have|had)\b)"
    r"(?!\s*(?:list|name|tell|give|show|describe|explain|summari[sz]e)\b)"
)
_ASKED_TYPES: tuple[tuple[AnswerType, re.Pattern[str]], ...] = (
    ("date", re.compile(r"^\s*(?:when|since when|by when|until when)\b|\b(?:what|which) (?:date|day|month|year)\b|\bhow long ago\b", re.I)),
    (
        "percent",
        re.compile(
            rf"\b(?:what|which) (?:(?:percentage|proportion|share|per ?cent)\b|%)|\bhow much (?:per ?cent|%)|{_TERSE}[^?]*(?:%|\bper ?cent\b)",
            re.I,
        ),
    ),
    (
        "number",
        re.compile(
            # "what is the council's authorised limit", "what's the 2028 target for ...": a figure noun heads what is asked
            # "what is the trading reserve for?" asks its purpose, not a figure
            rf"\bhow (?:much|many)\b|^(?!.*\bfor\s*\??\s*$)\s*(?:what|which)(?:\s+(?:is|was|were|are|will)|['’]s|s)\s+(?:be\s+)?(?:the|its|their)\s+"
            rf"(?:(?!of\b)[\w'’-]+\s+){{0,3}}?(?:{'|'.join(words('figure_nouns'))})s?\b|"
            rf"{_TERSE}[^?]*\b(?:{'|'.join(words('figure_nouns'))})s?\b|"
            # "what interest rate does the council earn": the question word before the figure noun itself (one, not a list)
            rf"^\s*(?:what|which)\s+(?:(?!of\b)[\w'’-]+\s+){{0,2}}?(?:{'|'.join(words('figure_nouns'))})\s+(?:does|did|do|is|was|will|has)\b",
            re.I,
        ),
    ),
)
_HOLDS: dict[AnswerType, re.Pattern[str]] = {
    "date": re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b|"
        r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d\d\b",
        re.I,
    ),
    "percent": re.compile(r"\d\s*(?:%|per ?cent)", re.I),
    "number": re.compile(r"\d"),
}
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b",
    re.I,
)
_WHEN = re.compile(r"^\s*(?:when|on what (?:date|day)|what (?:date|day))\b", re.I)


def gives_day(question: str, text: str) -> bool:
    """For a question asking when, whether a text names a day ("23 October 2023"), not only a year.

    >>> gives_day("When was KCC told?", "On 23 October 2023 KCC was told."), gives_day("When was KCC told?", "KCC applied in 2024.")
    (True, False)
    """
    return bool(_WHEN.search(question)) and bool(_DAY.search(text))


def asked_type(question: str) -> AnswerType | None:
    """The kind of thing a question asks for, when its wording says.

    >>> [asked_type(q) for q in ("When was the strategy approved?", "What percentage of calls were answered?",
    ...     "How many people were helped?", "Who chairs the board?")]
    ['date', 'percent', 'number', None]
    >>> [asked_type(q) for q in ("What is the council's authorised limit for borrowing?", "what's the 2028 target for breastfeeding",
    ...     "What is the purpose of the limit?", "what is the trading reserve for?")]
    ['number', 'number', None, None]
    >>> [asked_type(q) for q in ("child poverty rate caldmoor", "astley fen cmht vacancies %", "who sets the rate?", "adult social care")]
    ['number', 'percent', None, None]
    >>> asked_type("what % of residents are 65 or over")
    'percent'
    >>> asked_type("Over the six months, did fund A or fund B make the better total return?") is None
    True
    >>> asked_type("what interest rate does the council earn on its reserves"), asked_type("what grants does kent get")
    ('number', None)
    """
    return next((kind for kind, pattern in _ASKED_TYPES if pattern.search(question)), None)


def holds(kind: AnswerType, text: str) -> bool:
    """Whether a text gives the kind of thing asked for.

    >>> holds("date", "Training was given on 23 November 2023."), holds("date", "Members receive training.")
    (True, False)
    >>> holds("number", "Work began in 2024-25, see 2.5.2."), holds("number", "It includes 1500 people.")
    (False, True)
    >>> holds("number", "3.1 The 11th conference is on 17 June 2025."), holds("number", "It drew 240 delegates.")
    (False, True)
    """
    if kind == "number":
        return bool(amounts_in(text))  # a year, a date or a paragraph number is not the figure asked for
    return bool(_HOLDS[kind].search(text))


# The features of a sentence that `best_sentences` weighs; their weights are learned by
# scripts/train_sentences.py (is this the sentence holding the answer?) and kept in
# qa/data/sentences.json.
SENTENCE_FEATURES = (
    "overlap",  # share of the question's subject (weighted by idf) in the sentence
    "overlap_gap",  # how far below the sentence sharing the most it is
    "exact",  # the same for the subject's words as written, unstemmed
    "pair",  # share of the question's neighbouring word pairs the sentence writes side by side
    "typed",  # it holds the kind of thing asked for (a date for "when", a figure for "how much")
    "day",  # asked when, it gives a day
    "period",  # it names a year or period the question names
    "first",  # it is the passage's first sentence
    "place",  # its place in the passage, 0 first to 1 last
    "log_length",  # log of its length
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def sentence_features(question: str, sentences: list[str], evidence: Evidence) -> list[dict[str, float]]:
    """The SENTENCE_FEATURES of each sentence of a passage, in order. Below, the question asks when
    treasury training was given; the second sentence gives a day and holds two of its three words.

    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> f = sentence_features("When was treasury training given?", ["Treasury roles need staff.", "Training was given on 23 May 2023."], ev)
    >>> [(round(x["overlap"], 2), round(x["exact"], 2), x["typed"], x["day"], x["first"]) for x in f]
    [(0.33, 0.33, 0.0, 0.0, 1.0), (0.67, 0.67, 1.0, 1.0, 0.0)]
    """
    subject = subject_tokens(question) or frozenset(tokenize(question))
    weight = {t: idf(t, evidence) for t in subject}
    total = sum(weight.values()) or 1.0
    surface = {w: idf(t, evidence) for w in subject_words(question) for t in tokenize(w)[:1]}
    surface_total = sum(surface.values()) or 1.0
    q_tokens = tokenize(question)
    pairs = set(zip(q_tokens, q_tokens[1:]))
    kind = asked_type(question)
    asked_periods = periods(question) | set(_YEAR.findall(question))
    rows = []
    for i, sentence in enumerate(sentences):
        tokens = tokenize(sentence)
        own = set(tokens)
        named = periods(sentence) | set(_YEAR.findall(sentence))
        rows.append(
            {
                "overlap": sum(weight[t] for t in subject & own) / total,
                "exact": sum(v for w, v in surface.items() if written(w, sentence)) / surface_total,
                "pair": len(pairs & set(zip(tokens, tokens[1:]))) / len(pairs) if pairs else 0.0,
                "typed": float(kind is not None and holds(kind, sentence)),
                "day": float(gives_day(question, sentence)),
                "period": float(bool(asked_periods & named)),
                "first": float(i == 0),
                "place": i / (len(sentences) - 1) if len(sentences) > 1 else 0.0,
                "log_length": math.log1p(len(sentence)),
            }
        )
    best = max((r["overlap"] for r in rows), default=0.0)
    for r in rows:
        r["overlap_gap"] = best - r["overlap"]
    return rows


def best_sentences(question: str, text: str, evidence: Evidence, max_chars: int = 320) -> str:
    """The passage itself when short, else the sentence the learned model (qa/rank.py
    `sentence_model`) finds most likely to hold the answer, with the next when it fits and shares
    the question's words.

    >>> ev = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
    >>> text = "Members with treasury roles must be trained in treasury management. The last training was on 23 November 2023."
    >>> best_sentences("When was treasury management training last given?", text, ev, max_chars=60)
    'The last training was on 23 November 2023.'

    A sentence whose words are all the question's own (the name of the thing asked about, repeated
    as a caption) tells nothing, and is quoted only when every sentence is so:
    >>> text = "Kent Police launched the Forcer Protocol on 1 November 2024. Its purpose is to safeguard vulnerable veterans. Kent Police Forcer Protocol."
    >>> best_sentences("what is the kent police forcer protocol", text, ev, max_chars=60) != "Kent Police Forcer Protocol."
    True
    """
    text = text.strip()
    if len(text) <= max_chars:
        return text.rstrip(";")
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    q = set(tokenize(question))
    features = sentence_features(question, sentences, evidence)
    model = sentence_model()
    scores = model.scores(features).tolist() if model is not None else [f["overlap"] for f in features]
    says = [bool(set(tokenize(s)) - q) for s in sentences]  # a sentence adding no word to the question's says nothing
    i = max(range(len(sentences)), key=lambda k: (says[k], scores[k], -k))
    chosen = sentences[i]
    if i + 1 < len(sentences) and len(chosen) + len(sentences[i + 1]) < max_chars and set(tokenize(sentences[i + 1])) & q:
        chosen = f"{chosen} {sentences[i + 1]}"
    return chosen.rstrip(";")
