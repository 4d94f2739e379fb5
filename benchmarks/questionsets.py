"""Question sets written from the documents alone, run over one mixed corpus: the LLR documents
of `corpus/` and the twelve Kent County Council papers. Questions are asked as a person would,
without naming a document. Each set is split by document (tests/data/splits.json) into a tuning
part and a frozen part; both are reported, only the tuning part is ever looked at for changes.

    .venv/bin/python benchmarks/questionsets.py                                  # every set, both parts
    .venv/bin/python benchmarks/questionsets.py --set tests/data/boardpapers.jsonl --split tune --failures 30
    .venv/bin/python benchmarks/questionsets.py --json benchmarks/results-questionsets.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BOARDPAPERS = ROOT / "tests" / "data" / "boardpapers"
WORK = ROOT / "benchmarks" / ".mixed"
SETS = [
    ROOT / "tests" / "data" / name
    for name in (
        "boardpapers.jsonl",
        "ownwords.jsonl",
        "fresh.jsonl",
        "voices.jsonl",
        "unseen.jsonl",
        "unseen2.jsonl",
        "unseen3.jsonl",
        "unseen4.jsonl",
        "unseen5.jsonl",
    )
]


def mixed_corpus(folder: Path) -> Path:
    """corpus/ plus the board papers, copied (the product skips symlinks)."""
    folder.mkdir(parents=True, exist_ok=True)
    for src in [*sorted((ROOT / "corpus").iterdir()), *sorted(BOARDPAPERS.glob("*.pdf"))]:
        if src.is_file() and src.name.lower() != "readme.md":
            dst = folder / src.name
            if not dst.exists() or dst.stat().st_size != src.stat().st_size:
                shutil.copyfile(src, dst)
    return folder


def part_of(path: Path, part: str) -> list:
    """The questions of one set's tuning or frozen part (tests/data/splits.json)."""
    from qa.evaluate import load_gold

    splits = json.loads((ROOT / "tests" / "data" / "splits.json").read_text())
    frozen, by_id = frozenset(splits["frozen_docs"]), path.name in splits.get("split_by_id", ())
    return [i for i in load_gold(path) if i.split(frozen, by_id=by_id) == part]


def run_sets(sets: list[Path], split: str, work: Path = WORK) -> dict:
    """Summaries per set and part: {"boardpapers.jsonl:frozen": {...}, ...}."""
    from qa.config import Settings
    from qa.evaluate import evaluate
    from qa.pipeline import Assistant, build_index

    settings = Settings(corpus_dir=mixed_corpus(work / "corpus"), index_dir=work / "index", data_dir=work / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    out = {}
    for path in sets:
        for part in ["tune", "frozen"] if split == "both" else [split]:
            out[f"{path.name}:{part}"] = evaluate(part_of(path, part), assistant.ask).summary()
    return out


def print_failures(result, n: int) -> None:
    """The first `n` wrong answers of an evaluation, with what was expected and cited."""
    for r in [r for r in result.results if not r.correct][:n]:
        print(
            f"- [{r.item.type}] {r.item.id} {r.item.question}\n    expect {list(r.item.expect)} cite {r.item.cite}\n"
            f"    got ({r.status}, cite ok={r.citation_ok}): {r.answer[:300]}\n    cites: {[c[:90] for c in r.citations]}"
        )


def main(argv: list[str] | None = None) -> int:
    from qa.config import Settings
    from qa.evaluate import evaluate, format_report
    from qa.pipeline import Assistant, build_index

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, action="append", help="a question set (default: every set)")
    parser.add_argument("--split", choices=["tune", "frozen", "both"], default="both")
    parser.add_argument("--failures", type=int, default=0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    report = build_index(settings)
    print(
        f"index: {report.documents} documents, {report.passages} passages, {report.rows} rows, {len(report.skipped)} skipped",
        file=sys.stderr,
    )
    assistant = Assistant.load(settings)
    out = {}
    for path in args.set or SETS:
        for split in ["tune", "frozen"] if args.split == "both" else [args.split]:
            result = evaluate(part_of(path, split), assistant.ask)
            out[f"{path.name}:{split}"] = result.summary()
            print(f"\n== {path.name} — {split} part\n{format_report(result)}")
            print_failures(result, args.failures)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
