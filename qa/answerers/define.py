"""Definitions ("what does ICS stand for?", "what does PCN mean?"): the long form the corpus itself
gives (mined at load time, qa.lexicon.corpus_abbreviations), citing a passage that writes it out.
The general glossary is search vocabulary only and is never given as an answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qa.draft import Draft
from qa.types import Hit, Unit

_ASKED = re.compile(
    r"\bwhat (?:does|do|is|are) (?:the )?(?:abbreviation |acronym |term |word )?[‘'\"“]?(?P<a>[\w&'’-]+?)[’'\"”]?(?:'s)? (?:stand for|mean)\b|"
    r"\b(?:meaning of|what is meant by|define|definition of|(?:full|long) (?:form|name|version) of|expansion of) (?:the )?(?:abbreviation |acronym |term )?[‘'\"“]?(?P<b>[\w&'’-]+)|"
    r"\bwhat(?:'s| is| are) (?:the )?(?:abbreviation |acronym )?[‘'\"“]?(?P<c>[\w&'’-]+?)[’'\"”]? (?:short for|an? (?:abbreviation|acronym) (?:for|of))\b|"
    r"\b[‘'\"“]?(?P<d>[\w&'’-]+?)[’'\"”]? stands? for what\b|"
    r"^\s*[‘'\"“]?(?P<e>[\w&'’-]+?)[’'\"”]?\s+(?:meaning|definition)\s*\??\s*$"
)
# Asking only what the letters stand for; "what does X mean" also asks what X is.
_EXPANSION_ONLY = re.compile(
    r"\bstands? for\b|\bshort for\b|\b(?:full|long) (?:form|name|version)\b|\bexpansion\b|\b(?:abbreviation|acronym) (?:for|of)\b"
)


def term_asked(question: str) -> str:
    """The abbreviation or word a definition question asks about, lower-cased, or ''.

    >>> term_asked("what does ICS stand for?"), term_asked("What does 'PCN' mean"), term_asked("meaning of SEND")
    ('ics', 'pcn', 'send')
    >>> term_asked("what's MTFS short for"), term_asked("what is the full form of RSG"), term_asked("sen stands for what?")
    ('mtfs', 'rsg', 'sen')
    >>> term_asked("rsg meaning"), term_asked("the meaning of life is")
    ('rsg', 'life')
    """
    m = _ASKED.search(question.lower())
    return next((g for g in m.groups() if g), "") if m else ""


def expansion_only(question: str) -> bool:
    """The question asks what an abbreviation's letters stand for, not what the thing is.

    >>> expansion_only("what does CFR stand for"), expansion_only("what does CFR mean"), expansion_only("what is MRP")
    (True, False, False)
    """
    return bool(_EXPANSION_ONLY.search(question.lower()))


_WHAT_IS = re.compile(
    r"^\s*what(?:'s| is| are| was)\s+(?:an?\s+|the\s+)?[‘'\"“]?(?P<t>[\w&'’-]+?)[’'\"”]?(?:\s+(?:in|for|within|at|on)\b[^?]*)?\s*\??\s*$"
)


def defined_term(question: str, definitions: Mapping[str, str]) -> str:
    """`term_asked`, or the one word of "what is X (in …)?" when the documents define X.

    >>> defined_term("what is MRP in council finance?", {"mrp": "minimum revenue provision"}), defined_term("what is the plan?", {})
    ('mrp', '')
    """
    asked = term_asked(question)
    if asked in definitions:
        return asked
    m = _WHAT_IS.match(question.lower())
    if m and m.group("t") in definitions:
        return m.group("t")
    return long_form_asked(question, definitions) or asked


# the whole question asks what the thing is: "what is a direct payment?", "what do direct payments mean"
_DEFINING = (
    r"^(?:what(?:'s| is| are)\s+(?:an?\s+|the\s+)?{name}s?|what (?:does|do) (?:an?\s+|the\s+)?{name}s? mean|"
    r"(?:the )?(?:meaning of|define|definition of) (?:an?\s+|the\s+)?{name}s?)\s*\??$"
)


def long_form_asked(question: str, definitions: Mapping[str, str]) -> str:
    """The short form of a long form a definition question writes out ("what is a direct payment"
    when the documents define "Direct Payment (DP)"), or ''.

    >>> long_form_asked("what is a direct payment?", {"dp": "Direct Payment"}), long_form_asked("how many direct payments", {"dp": "Direct Payment"})
    ('dp', '')
    >>> long_form_asked("what is the direct payment budget?", {"dp": "Direct Payment"})
    ''
    """
    said = question.lower().strip()
    for short, long in definitions.items():
        name = long.lower()
        if " " in name and name in said and re.search(_DEFINING.format(name=re.escape(name)), said):  # the pattern only where the name is
            return short
    return ""


def defining_unit(short: str, long: str, units: list[Unit]) -> Unit | None:
    """The first unit that writes the long form out (with the short form, when one does).

    >>> us = [Unit(id="d#0", doc="d", kind="passage", text="The PCN met."), Unit(id="d#1", doc="d", kind="passage", text="the Primary Care Network (PCN) met")]
    >>> defining_unit("pcn", "Primary Care Network", us).id
    'd#1'
    """
    writes = [u for u in units if long.lower() in f"{u.text} {u.section}".lower()]
    both = [u for u in writes if re.search(rf"\b{re.escape(short)}\b", u.text, re.I)]
    found = both or writes
    return found[0] if found else None


def answer(question: str, hits: list[Hit], definitions: Mapping[str, str]) -> Draft | None:
    """'X stands for …' when the corpus defines X and one of the hits writes it out."""
    short = defined_term(question, definitions)
    long = definitions.get(short)
    if not long:
        return None
    unit = defining_unit(short, long, [h.unit for h in hits])
    if unit is None:
        return None
    text = f"{short.upper()} stands for {long} [1]."
    if expansion_only(question):
        return Draft("answered", text, cited=(unit,), evidence=(unit,))
    # "what is MRP?", "what does CFR mean?" ask what it is, not only its name: what the unit
    # writing it out says of it, else the first close passage that says what it is
    said, source = defining_words(long, unit), unit
    if not said:
        source, said = next(((h.unit, s) for h in hits[:DESCRIBING_DEPTH] if (s := describing_sentence(short, long, h.unit))), (unit, ""))
    if not said:
        return Draft("answered", text, cited=(unit,), evidence=(unit,))
    if source is unit:
        return Draft("answered", f"{text} “{said}” [1]", cited=(unit,), evidence=(unit,))
    return Draft("answered", f"{text} “{said}” [2]", cited=(unit, source), evidence=(unit, source))


DESCRIBING_DEPTH = 5  # hits searched for a sentence saying what a defined term is
_IS = r"(?:\s*\([^()]{1,80}\))?\s+(?:is|are|means|refers to|represents|was)\b"


def describing_sentence(short: str, long: str, unit: Unit, max_chars: int = 300) -> str:
    """A sentence of the unit that says what the term is: it names the term (short or long form,
    a bracket after it allowed) and goes on "is / are / means / refers to …"; '' when none does.

    >>> u = Unit(id="1", doc="d", kind="passage", text="Borrowing rose. The CFR is simply the total historic capital expenditure not yet paid for.")
    >>> describing_sentence("cfr", "Capital Financing Requirement", u)
    'The CFR is simply the total historic capital expenditure not yet paid for.'
    >>> describing_sentence("cfr", "Capital Financing Requirement", Unit(id="2", doc="d", kind="passage", text="The CFR rose by £5m."))
    ''
    """
    if unit.kind != "passage":
        return ""
    names = rf"(?:{re.escape(short)}|{re.escape(long)})"
    for sentence in re.split(r"(?<=[.!?])\s+", unit.text):
        if re.search(rf"(?<![\w&]){names}{_IS}", sentence, re.I):
            return sentence if len(sentence) <= max_chars else sentence[:max_chars].rsplit(" ", 1)[0] + "…"
    return ""


def defining_words(long: str, unit: Unit, max_chars: int = 300) -> str:
    """What the unit says of the term beyond writing it out: the cell or sentence holding the long
    form, when it says more than the name; '' otherwise.

    >>> u = Unit(id="1", doc="d", kind="row", text="", cells=("MRP", "Minimum Revenue Provision – an amount set aside to repay debt."))
    >>> defining_words("minimum revenue provision", u)
    'Minimum Revenue Provision – an amount set aside to repay debt.'
    >>> defining_words("revenue support grant", Unit(id="2", doc="d", kind="passage", text="The Revenue Support Grant (RSG) met."))
    ''
    """
    pieces = list(unit.cells) if unit.kind == "row" else re.split(r"(?<=[.!?])\s+", unit.text)
    holding = next((p for p in pieces if long.lower() in p.lower()), "")
    rest = re.sub(re.escape(long), "", holding, flags=re.I)
    if len(re.findall(r"[a-z]{3,}", rest.lower())) < 4:
        return ""
    return holding if len(holding) <= max_chars else holding[:max_chars].rsplit(" ", 1)[0] + "…"
