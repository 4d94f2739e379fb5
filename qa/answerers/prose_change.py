"""Changes between two periods that a passage states in words ("1583 in 23-24, 2160 in 24-25";
"revenue was $5.2 million in 2019 against $4.1 million in 2018"): the question names both periods
and asks how much more, the change or the percentage change; the answer computes it from the two
figures the sentence ties to those periods, the working shown, the passage cited.
"""

from __future__ import annotations

import re

from qa.answerers.table import fmt
from qa.draft import Draft
from qa.intent import operation
from qa.tableview import period_names
from qa.types import Hit
from qa.units import SENTENCE_END
from qa.values import parse_value

PROSE_DEPTH = 3  # passages among the best hits whose sentences are read
_FIGURE = r"(?P<fig>[£$€]?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|thousand)\b)?%?)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"  # "in March 2021": the year is the period
_PERIOD = rf"(?P<per>(?:FY\s?|fiscal\s)?(?:{_MONTH})?(?:19|20)?\d{{2}}(?:\s*[-/–]\s*\d{{2}})?(?!\d))"
# a figure tied to a period by "in", "for" or "during", or a period followed by its figure
_TIED = (
    re.compile(rf"{_FIGURE}\s+(?:in|for|during)\s+{_PERIOD}\b", re.I),
    re.compile(rf"\b(?:in|for|during)\s+{_PERIOD}\s*[:,]?\s*(?:was|were|of|at|to)?\s*{_FIGURE}", re.I),
)
_SINCE = re.compile(r"\bsince\b", re.I)
_MORE = re.compile(r"\bhow (?:many|much) (?:more|less|fewer)\b|\bdifference\b", re.I)


def figures_by_period(sentence: str) -> dict[str, tuple[str, float, str]]:
    """The figures a sentence ties to periods, by period name (qa.tableview.period_names): the
    figure as written, its value and the period as written.

    >>> figures_by_period("up more than 35% (1583 in 23-24, 2160 in 24-25)")
    {'2023-24': ('1583', 1583.0, '23-24'), '2024-25': ('2160', 2160.0, '24-25')}
    >>> figures_by_period("Revenue was $5.2 million in 2019 against $4.1 million in 2018.")
    {'2019': ('$5.2 million', 5200000.0, '2019'), '2018': ('$4.1 million', 4100000.0, '2018')}
    >>> figures_by_period("It has risen from 215 in March 2021 to 447 in March 2025.")
    {'2021': ('215', 215.0, 'March 2021'), '2025': ('447', 447.0, 'March 2025')}
    """
    out: dict[str, tuple[str, float, str]] = {}
    for pattern in _TIED:
        for m in pattern.finditer(sentence):
            names = period_names(m.group("per"))
            value = parse_value(m.group("fig").strip())
            if len(names) == 1 and value is not None and len(value.parts) == 1 and names[0] not in out:
                out[names[0]] = (m.group("fig").strip(), round(value.total, 6), m.group("per").strip())
    return out


_SCALE = re.compile(r"(?:m|bn|k|million|billion|thousand)$", re.I)


def as_written(first: str, second: str) -> tuple[float, float, str] | None:
    """Two figures in the scale they are written in, and that scale's word, when they share one
    ("$5.2 million", "$4.1 million" -> 5.2, 4.1, " million"); None when they do not.

    >>> as_written("$5.2 million", "$4.1 million"), as_written("£3m", "£400k")
    ((5.2, 4.1, ' million'), None)
    """
    scales = [_SCALE.search(f.rstrip("%")) for f in (first, second)]
    words = [m.group(0).lower() if m else "" for m in scales]
    if words[0] != words[1]:
        return None
    nums = [float(re.sub(r"[^\d.]", "", _SCALE.sub("", f.rstrip("%")))) for f in (first, second)]
    return nums[0], nums[1], (f" {words[0]}" if len(words[0]) > 2 else words[0])


def answer(question: str, hits: list[Hit]) -> Draft | None:
    """The change between the two periods the question names (or, asked "since" one period, from
    it to the one later period the sentence gives), computed from the first passage sentence that
    ties a figure to each; None when the question asks no such change or no sentence gives both.

    >>> from qa.types import Unit
    >>> u = Unit(id="1", doc="d", kind="passage", text="Households in temporary accommodation have risen from 215 in March 2021 to 447 in March 2025.")
    >>> answer("how much has temp accommodation gone up since 2021", [Hit(unit=u, score=1.0)]).text
    '447 in March 2025 against 215 in March 2021: 447 − 215 = 232 [1].'
    """
    op = operation(question)
    if op not in {"change", "pct_change"} and not _MORE.search(question):
        return None
    asked = period_names(question)
    since = len(asked) == 1 and _SINCE.search(question) is not None
    if len(asked) != 2 and not since:
        return None
    earlier, later = sorted(asked) if not since else (asked[0], "")
    for h in [h for h in hits if h.unit.kind == "passage"][:PROSE_DEPTH]:
        for sentence in SENTENCE_END.split(h.unit.text):
            found = figures_by_period(sentence)
            if since and earlier in found:
                # "how much has it gone up since 2021": to the one later period the sentence gives
                after = [p for p in found if p > earlier]
                later = after[0] if len(after) == 1 else ""
            if earlier in found and later in found:
                (a_text, a, p1), (b_text, b, p2) = found[earlier], found[later]
                return _drafted(op, (p1, a_text, a), (p2, b_text, b), h)  # periods as the sentence writes them
    return None


def _drafted(op: str | None, first: tuple[str, str, float], second: tuple[str, str, float], hit: Hit) -> Draft | None:
    (p1, t1, a), (p2, t2, b) = first, second
    scale = ""
    if written := as_written(t1, t2):
        a, b, scale = written  # worked in the figures' own scale: 5.2 − 4.1 = 1.1 (million)
    diff = round(b - a, 6)
    shown = fmt(diff)
    working = f"{fmt(b)} − {fmt(a)} = {shown}{scale}"
    if op == "pct_change":
        if a == 0:
            return None
        pct = diff / a * 100
        text = f"From {t1} in {p1} to {t2} in {p2}: {working}; {shown} ÷ {fmt(a)} = {pct:.1f}% [1]."
        computed = frozenset({shown, f"{pct:.1f}", fmt(a), fmt(b)})
        return Draft("answered", text, cited=(hit.unit,), computed=computed, evidence=(hit.unit,), value=round(pct, 1))
    text = f"{t2} in {p2} against {t1} in {p1}: {working} [1]."
    return Draft("answered", text, cited=(hit.unit,), computed=frozenset({shown, fmt(a), fmt(b)}), evidence=(hit.unit,), value=diff)
