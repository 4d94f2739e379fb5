"""Yes/no questions ("did admissions go down in 24-25?", "does the plan commit to X?", "has X been
achieved?", "are there any plans to X?"): "Yes" or "No" with the sentence that decides it, only when
that sentence carries the question's claim; otherwise the closest sentence quoted without a verdict.

The claim is the question's subject less the words naming the document. The deciding sentence is
the one among the best hits that carries most of the claim (a claim word is carried by itself or by
a general paraphrase, qa/data/claims.json). A verdict needs the sentence to carry SUPPORT of the
claim and every claim word the documents use nowhere (a place, a name, a figure they never give):
the documents cannot confirm what they never say. Then a change in the opposite direction, a
negation the question lacks, a thing still to happen when the question asks whether it has
happened, another year, or a wider scope than an "only" make it "No"; else "Yes".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache

from qa.answerers.lists import weighted_share
from qa.draft import Draft
from qa.intent import core_question, document_words
from qa.lexicon import DATA, thresholds, words
from qa.relevance import Evidence, idf, matches, subject_tokens
from qa.tableview import period_names
from qa.text import stem, token_set
from qa.types import Hit, Unit
from qa.units import SENTENCE_END

RISE = frozenset(words("rise_words"))
FALL = frozenset(words("fall_words"))
ABOVE = frozenset(words("above_words"))  # how a figure stands against a mark: "above", "ahead", "on track"
BELOW = frozenset(words("below_words"))  # "below", "behind", "short of"
PENDING = frozenset(words("pending_words"))
NEGATION = frozenset(words("negation_words"))
SUPPORT = thresholds("forms")["support"]  # share of the claim (by rarity) the deciding sentence must carry for a verdict
QUOTE_FLOOR = 0.5  # below this share the closest sentence is not quoted either: the look-up answers instead (half the claim)
CONTEXT_DISCOUNT = 0.5  # a claim word only in the unit's headings carries half: the sentence itself should say it
CLAIM_DEPTH = 5  # hits whose sentences may decide (the deciding sentence is often not in the first hit)
# asks whether something has happened: a perfect or past tense, or a state ending in a participle ("is it approved?")
# asks whether a thing is done: "has it been approved", "is it finished" (not "is it being scrapped", a thing under way or to come)
_DONE = re.compile(r"^\s*(?:has|have|had|did|was|were)\b|^\s*(?:is|are)\b(?!.*\bbeing\b).*\b\w+(?:ed|en|un)\s*\??\s*$")
_REPORTING = re.compile(r"\b(?:talk|talks|talked|talking|discuss\w*|mention\w*|describ\w*|refer|refers|address|addresses|say|says|said)\b")
_BULLET = re.compile(r"\s*[•▪●◦‣⁃]\s*|\n+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PERIOD = re.compile(r"\b(?:19|20)?\d{2}\s*[-/–]\s*\d{2}\b")  # a financial year: "2025-26", "25/26"
_ONLY = re.compile(r"\bonly (?:\w+ ){0,2}?(?:in|for|by|at|to) ((?:the )?[\w'’-]+(?: [\w'’-]+)?)|\bonly ([\w'’-]+)")
# "was approved", "has been agreed": a thing stated as done (a pending word elsewhere in the sentence is about something else)
_DONE_IN = re.compile(r"\b(?:was|were|been|has|have|had|is|are)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|un|t))\b")
# "opiates than alcohol", "alcohol rather than opiates": the two things a comparison sets against each other
_THAN = re.compile(r"\b([a-z][\w'’-]*)\s+(?:rather\s+)?than\s+(?:the\s+|for\s+)?([a-z][\w'’-]*)")
# "(except the County Pension Fund)": what a statement leaves out
_EXCEPT = re.compile(r"\b(?:except(?: for)?|excluding|other than|apart from|with the exception of|not including)\s+((?:[\w'’&-]+\s*){1,6})")


@lru_cache(maxsize=1)
def paraphrases() -> dict[str, frozenset[str]]:
    """Stem -> the stems of every general paraphrase group it belongs to (qa/data/claims.json)."""
    groups = json.loads((DATA / "claims.json").read_text(encoding="utf-8"))["paraphrases"]
    out: dict[str, set[str]] = {}
    for group in groups:
        stems = {stem(w) for w in group}
        for s in stems:
            out.setdefault(s, set()).update(stems)
    return {k: frozenset(v) for k, v in out.items()}


def carried(token: str, words_: frozenset[str]) -> bool:
    """The claim word, or a paraphrase of it, is among `words_` (stems).

    >>> carried("kept", token_set("KCC retained its award")), carried("problem", token_set("Access remains a challenge")), carried("fall", token_set("rose"))
    (True, True, False)
    """
    token = stem(token)
    return matches(token, words_) or any(p in words_ for p in paraphrases().get(token, ()))


def claim(question: str) -> frozenset[str]:
    """The stems of what a yes/no question claims: its subject less the document's name and years
    (a year is checked on its own).

    >>> sorted(claim("Has KCC kept its gold award in the covenant report?")), sorted(claim("does the plan talk about falls?"))
    (['award', 'gold', 'kcc', 'kept'], ['fall'])
    >>> sorted(claim("does the grant get an uplift in 25-26"))
    ['grant', 'uplift']
    """
    named = document_words(question)
    q = _REPORTING.sub(" ", core_question(question))  # "does the plan talk about X?" claims X
    q = _PERIOD.sub(" ", q)  # a period ("in 25-26") is checked on its own, as a year is
    return frozenset(t for t in subject_tokens(q) if t not in named and not _YEAR.fullmatch(t))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower().replace("n't", " not")))


def direction(text: str) -> int:
    """+1 for a rise, -1 for a fall, 0 for neither or both.

    >>> direction("Admissions continued to increase"), direction("did admissions go down"), direction("no change")
    (1, -1, 0)
    """
    return leaning(text, RISE, FALL)


_NUM = r"[£$€]?(\d[\d,]*(?:\.\d+)?)"
_MOVES = (  # (pattern, group index of the new figure, of the old) counted from 0
    (
        re.compile(rf"{_NUM}\s*%?[^()\d]{{0,40}}\((?:previously|formerly|was|down from|up from)\s+{_NUM}", re.I),
        0,
        1,
    ),  # "3% (previously 2.5%)"
    (re.compile(rf"\bfrom\s+{_NUM}\s*%?\s+to\s+{_NUM}", re.I), 1, 0),  # "from 215 to 447": the new figure second
)


def stated_move(text: str) -> int:
    """+1 or -1 when the text gives a figure beside the one it replaced ("3% for 2026-27 (previously
    2.5%)", "from 215 to 447"), by which is larger; 0 when it gives no such pair.

    >>> stated_move("a revised pay award assumption of 3% for 2026-27 (previously 2.5%)"), stated_move("fell from 61% to 58%")
    (1, -1)
    >>> stated_move("the pay award is 3%"), stated_move("the plan runs from 2021 to 2024")
    (0, 0)
    """
    for pattern, new, old in _MOVES:
        for m in pattern.finditer(text):
            if all(_YEAR.fullmatch(g) for g in m.groups()):
                continue  # "from 2021 to 2024" is a span of years, not a figure replaced
            a, b = (float(m.group(i + 1).replace(",", "")) for i in (new, old))
            return (a > b) - (a < b)
    return 0


def standing(text: str) -> int:
    """+1 for a figure at or past its mark (target, plan, average), -1 for one short of it, 0 for
    neither or both.

    >>> standing("was satisfaction above the England average"), standing("34.2% were satisfied, below the England average")
    (1, -1)
    >>> standing("are we on track with CIP"), standing("The forecast is £1.290m short of the target"), standing("no target")
    (1, -1, 0)
    """
    return leaning(text, ABOVE, BELOW)


def leaning(text: str, plus: frozenset[str], minus: frozenset[str]) -> int:
    """+1 when the text uses a word of `plus` and none of `minus`, -1 the other way, else 0."""
    w = _words(text)
    return bool(w & plus) - bool(w & minus)


ONLY_REACH = 3  # words either side of the thing an "only" names searched for others named with it
_AMONG = {"and", ",", "across", "both", "all", "also"}


def wider_than_only(question: str, sentence: str) -> bool:
    """The question asks whether something holds only for one thing, and the sentence names that
    thing among others ("only in Barsetshire" against "across Barchester, Barsetshire and Wessex").

    >>> wider_than_only("is it only done in barsetshire", "It is delivered across Barchester, Barsetshire and Wessex")
    True
    >>> wider_than_only("is it only done in barsetshire", "It is delivered in Barsetshire")
    False
    >>> wider_than_only("is it only done in barsetshire county", "It is delivered across Barchester, Barsetshire and Wessex")
    True
    >>> wider_than_only("is it only done in barsetshire", "The reviews can be found at: Barsetshire County Council")
    False
    """
    m = _ONLY.search(question.lower())
    if not m:
        return False
    only = token_set(m.group(1) or m.group(2))
    words_ = re.findall(r"[\w'’-]+|,", sentence.lower())
    # "only in X county" is met by a sentence naming X among others: "across A, X and B"
    at = [i for i, w in enumerate(words_) if any(matches(t, token_set(w)) for t in only)]
    return any(set(words_[max(0, i - ONLY_REACH) : i + ONLY_REACH + 1]) & _AMONG for i in at)


def stated_done(claimed: frozenset[str], sentence: str) -> bool:
    """The sentence states a claim word as done ("was approved", "has been agreed").

    >>> stated_done(frozenset({"approv", "jss"}), "The JSS was approved in 2022 and aims to improve outcomes")
    True
    >>> stated_done(frozenset({"approv"}), "The strategy is in draft with approval due in July")
    False
    """
    return any(carried(t, frozenset({stem(w)})) for w in _DONE_IN.findall(sentence.lower()) for t in claimed)


def reversed_comparison(question: str, sentence: str) -> bool:
    """The question sets A against B ("more A than B") and the sentence sets B against A ("more
    likely B rather than A"): the comparison runs the other way.

    >>> reversed_comparison("are veterans more likely to be treated for opiates than alcohol", "veterans are more likely to be treated for alcohol rather than opiates")
    True
    >>> reversed_comparison("is A higher than B", "A is higher than B"), reversed_comparison("is A higher than B", "A rose")
    (False, False)
    """
    asked, said = _THAN.search(question.lower()), _THAN.search(sentence.lower())
    if not asked or not said:
        return False
    (a, b), (c, d) = (tuple(stem(w) for w in m.groups()) for m in (asked, said))
    return a == d and b == c and a != b


_BY = r"((?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3})"  # the agent after "by"


@lru_cache(maxsize=1)
def other_agents() -> tuple[str, ...]:
    """Adverbs saying someone other than a named body did a thing (qa/data/claims.json)."""
    return tuple(json.loads((DATA / "claims.json").read_text(encoding="utf-8"))["other_agents"])


def other_agent(question: str, sentence: str) -> bool:
    """The question asks whether a named body did a thing ("owned by KCC?") and the sentence says
    someone else did it: "privately owned", "owned by the trust".

    >>> other_agent("Is the cliff owned by KCC?", "The privately owned cliff collapsed"), other_agent("Is it funded by the council?", "It is funded by the government")
    (True, True)
    >>> other_agent("Is it funded by the council?", "It is funded by the council and the NHS"), other_agent("Is it owned by KCC?", "It is owned")
    (False, False)
    """
    m = re.search(rf"\b(\w+(?:ed|en|wn))\s+by\s+{_BY}", question.lower())
    if not m:
        return False
    done, agent = re.escape(m.group(1)), token_set(m.group(2))
    said = sentence.lower()
    if re.search(rf"\b(?:{'|'.join(other_agents())})\s+{done}\b", said):
        return True
    return any(not (token_set(b.group(1)) & agent) for b in re.finditer(rf"\b{done}\s+by\s+{_BY}", said))


def excepted(question: str, sentence: str) -> bool:
    """The sentence leaves out, by name, what the question asks about ("… pension funds (except the
    Kent Pension Fund)" against "can it borrow from the Kent Pension Fund?"): every content word of
    the exception is in the question.

    >>> excepted("Can the council borrow from the Kent Pension Fund?", "UK pension funds (except the Kent Pension Fund)")
    True
    >>> excepted("Can the council borrow from pension funds?", "UK pension funds (except the Kent Pension Fund)")
    False
    """
    asked = token_set(question)
    for m in _EXCEPT.finditer(sentence.lower()):
        left_out = token_set(m.group(1))
        if left_out and all(matches(t, asked) for t in left_out):
            return True
    return False


def verdict(question: str, sentence: str) -> str | None:
    """'no' when the sentence contradicts the question's claim, 'yes' when nothing does, None
    when the sentence cannot decide (it names neither the claim's direction nor its time).

    >>> verdict("did hospital admissions go down in 24-25", "Admissions into hospitals continued to increase in 24-25")
    'no'
    >>> verdict("has the strategy been signed off already", "The strategy is in draft with final sign off due July 2025")
    'no'
    >>> verdict("was it approved in 2021", "The strategy was approved in February 2022")
    'no'
    >>> verdict("is the strategy finished?", "The strategy is in draft, with sign off due in July")
    'no'
    >>> verdict("is access still a problem", "Access is not a problem")
    'no'
    >>> verdict("is the reservation charge being scrapped?", "The reservation charge will be abolished from April 2026.")
    'yes'
    >>> verdict("is the pay award assumption higher than before?", "a revised pay award assumption of 3% for 2026-27 (previously 2.5%)")
    'yes'
    >>> verdict("was the strategy approved in 2022", "The strategy was approved in February 2022")
    'yes'
    >>> verdict("did investment income go up", "The Council holds significant invested funds") is None
    True
    >>> verdict("was the jss approved in 2022?", "The JSS was approved in February 2022 and aims to improve outcomes")
    'yes'
    >>> verdict("was carers satisfaction above the england average", "34.2% of carers were satisfied, below the England average of 36.3%")
    'no'
    >>> verdict("is the grant ringfenced", "The grant is un-ringfenced.")
    'no'
    >>> verdict("did it hit its restraint target in q2", "Restraint fell to 42 in Q2, meeting the target of no more than 45.")
    'yes'
    """
    q, s = _words(question), _words(sentence)
    if reversed_comparison(question, sentence) or excepted(question, sentence) or other_agent(question, sentence):
        return "no"
    dq, ds = direction(question), direction(sentence) or stated_move(sentence)
    if dq and ds and dq != ds:
        return "no"
    if dq and not ds:
        return None  # asked whether something rose or fell; the sentence says neither
    sq, ss = standing(question), standing(sentence)
    if sq and ss and sq != ss:
        return "no"  # asked whether it is above (or on track), the sentence says below (or short)
    bounded = _words(_NEGATED_BOUND.sub(" ", sentence))  # "a target of no more than 45" is a bound, no denial
    if ((bounded & NEGATION) and not (q & NEGATION)) or prefix_negated(question, sentence):
        return "no"
    if _DONE.search(core_question(question)) and (s & PENDING) and not (q & PENDING) and not stated_done(claim(question), sentence):
        return "no"
    asked_years, said_years = set(_YEAR.findall(question)), set(_YEAR.findall(sentence))
    if asked_years and said_years and not asked_years & said_years:
        return "no"
    if wider_than_only(question, sentence):
        return "no"
    return "yes"


_NEGATED_BOUND = re.compile(
    r"\b(?:no|not)\s+(?:more|less|fewer|greater|higher|lower|later|earlier|longer)\s+than\b|\bnot\s+(?:exceeding|to exceed)\b", re.I
)
_PREFIX_NEGATED = re.compile(r"\b(?:un|non)-([a-z]+)", re.I)


def prefix_negated(question: str, sentence: str) -> bool:
    """The sentence says the question's word with "un-" or "non-" before it ("un-ringfenced" of "is
    it ringfenced"), and the question does not.

    >>> prefix_negated("is the grant ringfenced", "The grant is un-ringfenced."), prefix_negated("is it non-recurrent", "It is non-recurrent.")
    (True, False)
    """
    asked = token_set(question)
    negated = {stem(w.lower()) for w in _PREFIX_NEGATED.findall(sentence)}
    return bool(negated & asked) and not _PREFIX_NEGATED.search(question)


def limits(question: str, sentence: str) -> bool:
    """The sentence bounds what the question claims: an exception naming it, a wider scope than its
    "only", the comparison the other way round, or another body doing what it asks of one.

    >>> limits("can it borrow from the Kent Pension Fund", "pension funds (except the Kent Pension Fund)"), limits("can it borrow", "It can borrow")
    (True, False)
    """
    return (
        excepted(question, sentence)
        or wider_than_only(question, sentence)
        or reversed_comparison(question, sentence)
        or other_agent(question, sentence)
    )


def sentences(unit: Unit) -> list[str]:
    """What a unit says, statement by statement: sentences and bullet points; a row's cells, each
    after the row's name.

    >>> sentences(Unit(id="d#0", doc="d", kind="passage", text="We will: • hold a fair • run a survey. It went well."))
    ['We will:', 'hold a fair', 'run a survey.', 'It went well.']
    """
    if unit.kind == "row":
        label = unit.cells[unit.label_col] if unit.label_col < len(unit.cells) else unit.row
        return [f"{label}. {c}" if j != unit.label_col else c for j, c in enumerate(unit.cells) if c.strip()]
    parts = (p.strip().rstrip(";").strip() for s in SENTENCE_END.split(unit.text) for p in _BULLET.split(s))
    return [p for p in parts if p]


def said_words(text: str) -> frozenset[str]:
    """The stems a text uses, stopwords included ("will" commits to something, though a stopword)."""
    return token_set(text) | frozenset(stem(w) for w in re.findall(r"[a-z]+", text.lower()))


def claim_share(claimed: frozenset[str], text: str, weight: Callable[[str], float], context: str = "") -> tuple[float, frozenset[str]]:
    """Share of the claim (by weight) a sentence carries, a word found only in its headings
    (`context`) counting half; and the claim words it does not carry at all.

    >>> claim_share(frozenset({"kcc", "kept", "award"}), "KCC retained its award", lambda t: 1.0)
    (1.0, frozenset())
    >>> claim_share(frozenset({"fall", "care"}), "Falls fell by half", lambda t: 1.0, context="Care homes")
    (0.75, frozenset())
    """
    if not claimed:
        return 0.0, frozenset()
    have, around = said_words(text), said_words(context)
    missing = frozenset(t for t in claimed if not carried(t, have | around))
    aside = [t for t in claimed if t not in missing and not carried(t, have)]
    total = sum(weight(t) for t in claimed) or 1.0
    return 1.0 - (sum(weight(t) for t in missing) + CONTEXT_DISCOUNT * sum(weight(t) for t in aside)) / total, missing


def deciding(question: str, hits: list[Hit], evidence: Evidence) -> list[tuple[float, Unit, str, frozenset[str]]]:
    """Each of the best hits' units with its sentence carrying most of the claim (the unit's headings
    count as context), best first, the search's order breaking ties; with the share and the claim
    words the sentence lacks."""
    claimed = claim(question)
    weight = lambda t: idf(t, evidence)  # noqa: E731
    named = document_words(question)
    in_named = [h for h in hits if named and weighted_share(named, h.unit.doc, weight) >= 0.5]
    found = []
    asked = set(period_names(question))
    for rank, h in enumerate((in_named or hits)[:CLAIM_DEPTH]):  # "…in the annual report": from that report
        u = h.unit
        # the unit's headings and its other sentences say what a sentence is about, at half weight
        context = f"{u.section} {u.table} {u.lead} {u.row} {u.text}"
        scored = [(claim_share(claimed, s, weight, context), s) for s in sentences(u)]
        if scored:
            # a sentence naming the period asked about is the one that decides, when it carries enough
            (share, missing), sentence = max(
                scored, key=lambda x: (x[0][0] >= QUOTE_FLOOR and bool(asked & set(period_names(x[1]))), x[0][0])
            )
            found.append((share, -rank, u, sentence, missing))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [(share, u, sentence, missing) for share, _, u, sentence, missing in found]


def answer(question: str, hits: list[Hit], evidence: Evidence) -> Draft | None:
    """The verdict of the sentence carrying the claim; the closest sentence without a verdict when
    none carries it; None when not even half of the claim is there (the look-up answers)."""
    found = deciding(question, hits, evidence)
    if not found or found[0][0] < QUOTE_FLOOR:
        return None
    # a close sentence that leaves out by name, or widens past an "only", what the question asks
    # about decides before one that merely carries more of its words
    found = sorted(found, key=lambda f: f[0] < QUOTE_FLOOR or not limits(question, f[2]))
    share, unit, sentence, missing = found[0]
    # other units carrying the claim as well are cited after the deciding one
    also = tuple(u for s, u, _, _ in found[1:] if s >= SUPPORT)[:2]
    # a claim word the documents never use cannot be confirmed by them ("held in Manchester")
    unsaid = [t for t in missing if t not in evidence.vocabulary or t.isdigit()]
    # a sentence bounding the claim by name (an exception, a wider scope) is itself specific: it
    # decides with half the claim
    enough = share >= SUPPORT or limits(question, sentence)
    # a table row's name ("Healthcare support workers", with a code) claims nothing: only its rating cell decides, else its figures
    said = verdict(question, sentence) if enough and not unsaid and not names_only(unit, sentence, question) else None
    said = rated_verdict(question, unit, sentence) or said
    if said == "yes":
        # the claim word this sentence leaves to the rest of its unit is said there, and denied
        # ("The New Homes Bonus scheme was introduced … The grant is un-ringfenced.")
        denying = contradicted_nearby(question, unit, sentence)
        sentence, said = (denying, "no") if denying else (sentence, said)
    asked_years = set(_YEAR.findall(question))
    other_year = said == "no" and asked_years and not asked_years & set(_YEAR.findall(sentence))
    # "another year" is no contradiction when another close sentence speaks of the year asked
    if other_year and any(asked_years & set(_YEAR.findall(s)) for share_, _, s, _ in found[1:] if share_ >= QUOTE_FLOOR):
        said = None
    if said is None:
        # worded without a bare "yes" or "no", so that nothing reads as a verdict
        text = f"I can't tell from the documents whether that is so. The closest they come: “{sentence}” [1]"
    else:
        text = f"{said.capitalize()}: “{sentence}” [1]"
    return Draft("answered", text, cited=(unit, *also), evidence=(unit,))


NAME_EXTRA_WORDS = 2  # words besides a row's label that still only name it (a code: "REF-12/04")


def names_only(unit: Unit, sentence: str, question: str = "") -> bool:
    """Whether a sentence drawn from a table row only names it: its label and a code at most, no claim.

    >>> u = Unit(id="r", doc="d", kind="row", text="", row="Dental access report", cells=("Dental access report", "REF-12/04", "Overdue"))
    >>> names_only(u, "Dental access report. REF-12/04"), names_only(u, "Dental access report. The report was delayed by a month")
    (True, False)

    A figure the question gives is a claim the row's cell makes ("did it help 1381 people": "Falls service. 1381"):

    >>> names_only(Unit(id="f", doc="d", kind="row", text="", row="Falls service"), "Falls service. 1381", "did it help 1381 people")
    False
    """
    extra = sentence.replace(unit.row, " ", 1).split()
    asked = set(re.findall(r"\d[\d,.]*", question))
    claimed = any(w.strip(".,;:") in asked for w in extra)
    return unit.kind == "row" and len(extra) <= NAME_EXTRA_WORDS and not claimed


def rated_verdict(question: str, unit: Unit, sentence: str) -> str:
    """'yes' or 'no' when the sentence is a row's rating cell ("Oxlade Heath. Significantly lower")
    that answers the question by `cell_verdict`; '' otherwise.

    >>> u = Unit(id="r", doc="d", kind="row", text="", row="Oxlade Heath", cells=("Oxlade Heath", "8.7", "Significantly lower"), headers=("Area", "2024", "Compared with England"))
    >>> rated_verdict("is oxlade heath smoking worse than england", u, "Oxlade Heath. Significantly lower"), rated_verdict("is it worse", u, "Oxlade Heath. 8.7")
    ('no', '')
    """
    if unit.kind != "row":
        return ""
    for j, cell in enumerate(unit.cells):
        if j != unit.label_col and sentence.endswith(f". {cell}"):
            return cell_verdict(question, cell, unit.row).lower()
    return ""


def contradicted_nearby(question: str, unit: Unit, sentence: str) -> str:
    """Another sentence of the unit that says a claim word the chosen sentence lacks and answers
    "no"; empty when none does.

    >>> u = Unit(id="1", doc="d", kind="passage", text="The bonus scheme began in 2011. The grant is un-ringfenced.")
    >>> contradicted_nearby("is the bonus grant ringfenced", u, "The bonus scheme began in 2011.")
    'The grant is un-ringfenced.'
    """
    lacking = claim(question) - said_words(sentence)
    return next(
        (s for s in sentences(unit) if s != sentence and lacking & said_words(s) and verdict(question, s) == "no"),
        "",
    )


def change_verdict(question: str, change: float | None) -> str:
    """ "Yes" or "No" for a yes/no question asking whether a figure rose (or fell), given the change
    the table shows; '' when the question asks neither way or no change was computed.

    >>> change_verdict("did the book fund increase?", -17.0), change_verdict("has the budget fallen", -17.0), change_verdict("did it change?", 5.0)
    ('No', 'Yes', '')
    """
    way = direction(question)
    if change is None or way == 0:
        return ""
    return "Yes" if change * way > 0 else "No"


@lru_cache(maxsize=1)
def rating_scales() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The scales of ratings a cell may give (lexicon rating_scales), each rating as its ways of writing it."""
    return tuple(tuple(tuple(r) for r in scale) for k, scale in _named_scales().items() if not k.startswith("_"))


def _says(text: str, written: str) -> bool:
    """The text writes a rating: a phrase word for word, a single word in any of its forms."""
    if " " in written or not written.isalpha():
        return re.search(rf"(?<![\w/-]){re.escape(written)}(?![\w/-])", text) is not None
    return stem(written) in token_set(text)


def cell_verdict(question: str, cell: str, context: str = "") -> str:
    """ "Yes" or "No" for a yes/no question answered by a cell of words ("Worse", "Not on track"):
    Yes when the cell gives the rating the question names, No when it gives another rating of the
    same scale; '' when the cell is no rating or the question names none of its scale.

    >>> cell_verdict("is yr 6 obesity worse than england?", "Worse"), cell_verdict("is it better than england", "Similar")
    ('Yes', 'No')
    >>> cell_verdict("is the scheme rated green", "Amber"), cell_verdict("is it on track", "Not on track"), cell_verdict("is it better", "12.5")
    ('No', 'No', '')

    A level ("Significantly higher") answers better or worse by the measure (`context`: the row):
    >>> cell_verdict("is our smoking rate significantly worse than england", "Significantly higher"), cell_verdict("is activity worse", "Higher")
    ('Yes', 'No')
    """
    said = " ".join(re.sub(r"[^\w/ -]", " ", cell.lower()).split())
    asked = question.lower()
    for scale in rating_scales():
        given = next((r for r in scale if said in r), None)
        if given is None:
            continue
        named = [r for r in scale if any(_says(asked, w) for w in r)]
        # "not on track" also writes "on track": the longest rating the question writes is the one it names
        longest = max((len(w) for r in named for w in r if _says(asked, w)), default=0)
        named = [r for r in named if any(_says(asked, w) and len(w) == longest for w in r)]
        if named:
            return "Yes" if given in named else "No"
    return _level_as_comparison(asked, said, context)


def _level_as_comparison(asked: str, said: str, context: str) -> str:
    """ "Significantly higher" answers "is it worse": higher is better unless more of the measure
    is worse (lexicon adverse_measures, named by the question or the row)."""
    scales = _named_scales()
    level = next((k for k, r in enumerate(scales.get("level", ())) if any(said == w or said.endswith(" " + w) for w in r)), None)
    comparison = scales.get("comparison", [])
    named = [k for k, r in enumerate(comparison) if any(_says(asked, w) for w in r)]
    if level is None or len(named) != 1 or len(comparison) < 3:
        return ""
    adverse = bool(token_set(f"{asked} {context}") & _adverse())
    # level: higher, lower, similar; comparison: better, worse, similar
    means = {0: 1 if adverse else 0, 1: 0 if adverse else 1, 2: 2}.get(level)
    return "Yes" if means == named[0] else "No"


@lru_cache(maxsize=1)
def _named_scales() -> dict[str, list[list[str]]]:
    """Lexicon rating_scales by name ("level": higher, lower, similar; "comparison": better, worse, similar)."""
    scales: dict[str, list[list[str]]] = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))["rating_scales"]
    return scales


@lru_cache(maxsize=1)
def _adverse() -> frozenset[str]:
    return frozenset(stem(w) for w in words("adverse_measures"))


def decides(draft: Draft | None) -> bool:
    """The draft gives a verdict ("Yes: …" or "No: …"), not the closest sentence or a refusal."""
    return draft is not None and draft.status == "answered" and draft.text.startswith(("Yes:", "No:"))
