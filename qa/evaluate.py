"""Run a gold question set through the assistant and measure it.

A gold line: {"id", "question", "type", "answerable", "expect": [fragments], "cite": {"doc", "contains"} | null}
- answer correct: answered and every expected fragment is in the answer (answerable), or refused (not answerable)
- citation correct: a citation among the first three comes from `cite.doc` and contains `cite.contains`
"""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from qa.config import Settings
from qa.errors import QAError
from qa.types import Answer, Citation


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    type: str
    answerable: bool
    expect: tuple[str, ...]
    cite: dict[str, str] | None  # {"doc", "contains"}
    follows: str = ""  # id of the question this one follows up (asked with that answer as `previous`)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> "GoldItem":  # one parsed line of the gold file
        return GoldItem(
            id=str(d.get("id", "")),
            question=d["question"],
            type=d.get("type", ""),
            answerable=bool(d.get("answerable", True)),
            expect=tuple(d.get("expect") or ()),
            cite=d.get("cite"),
            follows=str(d.get("follows") or ""),
        )

    def split(self, frozen_docs: frozenset[str], *, by_id: bool = False) -> str:
        """'frozen' for questions on a frozen document (or, with no document or in a set split
        `by_id`, an odd id number: a follow-up goes with the question it follows).

        >>> q = GoldItem("vo081", "and for 2025-26?", "followup", True, (), {"doc": "a.pdf"}, follows="vo080")
        >>> q.split(frozenset()), q.split(frozenset(), by_id=True), q.split(frozenset({"a.pdf"}))
        ('tune', 'tune', 'frozen')
        """
        doc = (self.cite or {}).get("doc")
        if doc and not by_id:
            return "frozen" if doc in frozen_docs else "tune"
        digits = re.sub(r"\D", "", self.follows or self.id)
        return "frozen" if digits and int(digits) % 2 else "tune"


@dataclass(frozen=True)
class Result:
    item: GoldItem
    status: str
    answer: str
    citations: tuple[str, ...]
    answer_ok: bool
    citation_ok: bool | None  # None when the item names no citation
    latency_ms: float

    @property
    def correct(self) -> bool:
        return self.answer_ok and self.citation_ok is not False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.item.id,
            "question": self.item.question,
            "type": self.item.type,
            "status": self.status,
            "answer": self.answer,
            "expect": self.item.expect,
            "cite": self.item.cite,
            "citations": self.citations,
            "answer_ok": self.answer_ok,
            "citation_ok": self.citation_ok,
        }


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text)


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
SHORT_FRAGMENT = 3  # expected words this short ("no", "yes") are matched as whole words, not inside others


def _as_number(fragment: str) -> float | None:
    """A fragment that is only a figure ("£3,874.3", "12.5%", "-5,300.0"), as a number; else None."""
    core = re.sub(r"^[-−–£$€\s]+|[%m\s]+$", "", fragment.strip())
    return float(core.replace(",", "")) if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", core) else None


def fragment_in(fragment: str, text: str) -> bool:
    """The expected fragment is in the answer: as text, or, for a figure, as a number equal at the
    fragment's precision and regardless of sign (a fall may be written "-5.0" or "fell by 5.0").

    A short word ("no", "yes", "A-") must stand as a word: "no" is not found in "not" or "known".

    >>> fragment_in("12.5", "rose by 12.50%"), fragment_in("3,874.3", "a change of -3874.3"), fragment_in("12.5", "12.6")
    (True, True, False)
    >>> fragment_in("no", "it is not known"), fragment_in("no", "no: it is privately owned")
    (False, True)
    >>> fragment_in("6,004,834", "market value 16,004,834"), fragment_in("£4.2m", "about £4.2m in all"), fragment_in("2024-25", "in 2024-25")
    (False, True, True)
    """
    want_text = _norm(fragment)
    if len(want_text) <= SHORT_FRAGMENT and re.search(r"[a-z]", want_text):
        return re.search(rf"(?<![\w]){re.escape(want_text)}(?![\w])", text) is not None
    want = _as_number(fragment)
    if want is None:
        return want_text in text
    if re.search(rf"(?<![\d.,]){re.escape(want_text)}(?![\d]|[.,]\d)", text):
        return True  # the figure as written, not inside a longer one ("6,004,834" is not in "16,004,834")
    decimals = len(fragment.split(".")[1].rstrip("%m ")) if "." in fragment else 0
    return any(abs(round(abs(float(n.replace(",", ""))), decimals) - want) < 10**-decimals / 2 for n in _NUMBER.findall(text))


def _cited_text(c: Citation) -> str:
    return _norm(f"{c.text}\n{' '.join(c.cells)}\n{c.section or ''}")


def grade(item: GoldItem, answer: Answer, latency_ms: float) -> Result:
    if item.answerable:
        text = _norm(re.sub(r"\[\d+\]", "", answer.answer))
        answer_ok = answer.status == "answered" and all(fragment_in(e, text) for e in item.expect)
    else:
        answer_ok = answer.status == "no_answer"
    citation_ok = None
    if item.answerable and item.cite:
        want_doc, want = item.cite.get("doc"), _norm(item.cite.get("contains", ""))
        # A table row is cited with its headers, the phrase may quote its cells as the page prints
        # them; a passage is cited with its heading path, and the phrase may be that heading.
        citation_ok = any((not want_doc or c.doc == want_doc) and want in _cited_text(c) for c in answer.citations[:3])
    return Result(item, answer.status, answer.answer, tuple(c.text[:120] for c in answer.citations[:3]), answer_ok, citation_ok, latency_ms)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        ans = [r for r in self.results if r.item.answerable]
        neg = [r for r in self.results if not r.item.answerable]
        cited = [r for r in ans if r.citation_ok is not None]
        lat = sorted(r.latency_ms for r in self.results)

        def pct(p: float) -> float:
            return round(lat[min(len(lat) - 1, int(p * len(lat)))], 2) if lat else 0.0

        by_type: dict[str, list[Result]] = {}
        for r in self.results:
            by_type.setdefault(r.item.type, []).append(r)
        return {
            "questions": len(self.results),
            "answer_accuracy": round(sum(r.answer_ok for r in ans) / max(1, len(ans)), 4),
            "citation_accuracy": round(sum(bool(r.citation_ok) for r in cited) / max(1, len(cited)), 4),
            "refusal_accuracy": round(sum(r.answer_ok for r in neg) / max(1, len(neg)), 4),
            "false_refusals": sum(r.status == "no_answer" for r in ans),
            "overall_accuracy": round(sum(r.correct for r in self.results) / max(1, len(self.results)), 4),
            "latency_ms": {"p50": pct(0.5), "p95": pct(0.95), "max": pct(1.0), "mean": round(statistics.fmean(lat), 2) if lat else 0.0},
            "by_type": {t: round(sum(r.correct for r in rs) / len(rs), 4) for t, rs in sorted(by_type.items())},
        }


def load_gold(path: Path) -> list[GoldItem]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QAError(f"Cannot read the gold set {path}: {exc.strerror or exc}") from exc
    try:
        return [GoldItem.from_dict(json.loads(line)) for line in lines if line.strip()]
    except (ValueError, KeyError, TypeError) as exc:
        raise QAError(f"The gold set {path} is not valid JSON lines with a 'question' on each line ({exc}).") from exc


def evaluate(items: list[GoldItem], ask: Callable[..., Answer]) -> Report:
    """Ask every question; a follow-up is asked with the answer to the question it follows."""
    report = Report()
    answers: dict[str, Answer] = {}
    for item in items:
        t0 = time.perf_counter()
        previous = answers.get(item.follows) if item.follows else None
        answer = ask(item.question, previous=previous) if previous is not None else ask(item.question)
        answers[item.id] = answer
        report.results.append(grade(item, answer, (time.perf_counter() - t0) * 1000))
    return report


def evaluate_file(path: Path, settings: Settings | None = None) -> Report:
    from qa.pipeline import Assistant

    items = load_gold(path)
    assistant = Assistant.load(settings or Settings.from_env())
    assistant.ask("warm-up question about the plan")
    return evaluate(items, assistant.ask)


def format_report(report: Report) -> str:
    s = report.summary()
    lines = [
        f"questions           {s['questions']}",
        f"answer accuracy     {s['answer_accuracy']:.1%}",
        f"citation accuracy   {s['citation_accuracy']:.1%}  (expected unit among the first three citations)",
        f"refusal accuracy    {s['refusal_accuracy']:.1%}",
        f"false refusals      {s['false_refusals']}",
        f"overall accuracy    {s['overall_accuracy']:.1%}",
        f"latency ms          p50 {s['latency_ms']['p50']}  p95 {s['latency_ms']['p95']}  max {s['latency_ms']['max']}",
        "by type             " + ", ".join(f"{t} {v:.0%}" for t, v in s["by_type"].items()),
    ]
    return "\n".join(lines)


__all__ = ["GoldItem", "Report", "Result", "evaluate", "evaluate_file", "format_report", "grade", "load_gold"]
