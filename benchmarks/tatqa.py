"""TAT-QA (test split with gold answers, CC BY 4.0) through the whole product.

Each context becomes a corpus file: a heading, the table exactly as extracted (header rows as
ordinary rows, tab-separated), then the paragraphs. One index is built over all of them with the
real model; each question is asked restricted to its own file. Contexts are split by a hash of
their id into a tuning half and a frozen half; report both, tune only on `tune`.

Scoring per answer type:
- span: the gold span is contained in the answer text (case, spaces, `$` and thousands commas ignored);
- multi-span: every gold span is contained;
- arithmetic and count: the answer's `value` equals the gold number at the gold's precision.

    .venv/bin/python benchmarks/tatqa.py                      # both splits, summary
    .venv/bin/python benchmarks/tatqa.py --split tune --failures 40 --type arithmetic
    .venv/bin/python benchmarks/tatqa.py --json benchmarks/results-tatqa.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# TAT-QA test split with gold answers (CC BY 4.0; attribution in tests/data/tatqa/README.md).
DATA = ROOT / "tests" / "data" / "tatqa" / "tatqa_dataset_test_gold.json"
WORK = ROOT / "benchmarks" / ".tatqa"


def split_of(uid: str) -> str:
    """Half the contexts tune, half are frozen: decided by the id alone, never by content."""
    return "tune" if int(hashlib.sha1(uid.encode()).hexdigest(), 16) % 2 == 0 else "frozen"


def context_file(n: int, context: dict) -> tuple[str, str]:
    """File name and text of one context: a heading, the table as TSV, the paragraphs."""
    name = f"tatqa-{n:03d}-{context['table']['uid'][:8]}.md"
    lines = [f"# Annual report extract {n}", ""]
    lines += ["\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) for row in context["table"]["table"]]
    lines.append("")
    for p in sorted(context["paragraphs"], key=lambda p: p.get("order", 0)):
        lines += [p["text"].strip(), ""]
    return name, "\n".join(lines)


def write_corpus(contexts: list[dict], folder: Path) -> dict[str, str]:
    """Corpus files for every context; returns context uid -> file name."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {}
    for n, c in enumerate(contexts):
        name, text = context_file(n, c)
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        names[c["table"]["uid"]] = name
    return names


def _norm(text: str) -> str:
    text = text.lower().replace("$", "").replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".")


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if text.endswith(".0") else len(text.split(".")[1])


def number_matches(value: float | None, gold: float) -> bool:
    """Equal at the gold's precision (gold 3.61 takes 3.6078; gold 273 takes 273.0)."""
    if value is None:
        return False
    d = min(_decimals(gold), 4)
    return abs(round(value, d) - round(gold, d)) < 10 ** (-d) / 2 + 1e-9


def correct(q: dict, answer) -> bool:
    if answer.status != "answered":
        return False
    if q["answer_type"] in {"arithmetic", "count"}:
        try:
            gold = float(q["answer"])
        except (TypeError, ValueError):
            return False
        return number_matches(answer.value, gold)
    text = _norm(re.sub(r"\[\d+\]", "", answer.answer))
    spans = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
    return all(_norm(str(s)) in text for s in spans)


def run(args, work: Path = WORK) -> dict:
    from qa.config import Settings
    from qa.pipeline import Assistant, build_index

    contexts = json.loads(DATA.read_text(encoding="utf-8"))
    names = write_corpus(contexts, work / "corpus")
    settings = Settings(corpus_dir=work / "corpus", index_dir=work / "index", data_dir=work / "data")
    t0 = time.perf_counter()
    report = build_index(settings)
    print(
        f"index: {report.documents} files, {report.passages} passages, {report.rows} rows, "
        f"{report.embedded} embedded, {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    assistant = Assistant.load(settings)
    results = []
    for c in contexts:
        uid = c["table"]["uid"]
        split = split_of(uid)
        if args.split != "both" and split != args.split:
            continue
        for q in c["questions"]:
            if args.type and q["answer_type"] != args.type:
                continue
            start = time.perf_counter()
            answer = assistant.ask(q["question"], document=names[uid])
            ms = (time.perf_counter() - start) * 1000
            results.append(
                {
                    "split": split,
                    "uid": uid,
                    "doc": names[uid],
                    "question": q["question"],
                    "type": q["answer_type"],
                    "from": q["answer_from"],
                    "gold": q["answer"],
                    "derivation": q.get("derivation", ""),
                    "answer": answer.answer,
                    "value": answer.value,
                    "status": answer.status,
                    "ok": correct(q, answer),
                    "ms": ms,
                }
            )
    return summarise(results)


def summarise(results: list[dict]) -> dict:
    out: dict = {"splits": {}}
    for split in ("tune", "frozen"):
        rs = [r for r in results if r["split"] == split]
        if not rs:
            continue
        by_type: dict[str, list[bool]] = defaultdict(list)
        for r in rs:
            by_type[r["type"]].append(r["ok"])
            key = "table span" if r["type"] in {"span", "multi-span"} and r["from"] == "table" else None
            if key:
                by_type[key].append(r["ok"])
        ms = sorted(r["ms"] for r in rs)
        out["splits"][split] = {
            "questions": len(rs),
            "correct": round(100 * sum(r["ok"] for r in rs) / len(rs), 1),
            "by_type": {k: {"n": len(v), "correct": round(100 * sum(v) / len(v), 1)} for k, v in sorted(by_type.items())},
            "p50_ms": round(ms[len(ms) // 2], 1),
            "p95_ms": round(ms[int(len(ms) * 0.95)], 1),
        }
    out["results"] = results
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["tune", "frozen", "both"], default="both")
    parser.add_argument("--type", choices=["span", "multi-span", "arithmetic", "count"])
    parser.add_argument("--failures", type=int, default=0, help="print this many wrong answers")
    parser.add_argument("--json", type=Path, help="write the summary (without per-question results) here")
    args = parser.parse_args(argv)
    out = run(args)
    for split, s in out["splits"].items():
        types = ", ".join(f"{k} {v['correct']}% of {v['n']}" for k, v in s["by_type"].items())
        print(f"{split}: {s['correct']}% of {s['questions']} ({types}); p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms")
    if args.failures:
        wrong = [r for r in out["results"] if not r["ok"]]
        counts = Counter(r["type"] for r in wrong)
        print(f"\n{len(wrong)} wrong: {dict(counts)}")
        for r in wrong[: args.failures]:
            print(
                f"- [{r['type']}/{r['from']}] {r['doc']} {r['question']}\n    gold: {r['gold']} {r['derivation']}\n"
                f"    got ({r['status']}, value={r['value']}): {r['answer'][:300]}"
            )
    if args.json:
        summary = {k: v for k, v in out.items() if k != "results"}
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
