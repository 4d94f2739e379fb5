"""Conversations, measured on every question set over the mixed corpus of benchmarks/questionsets.py.

Two numbers per set:

- standalone lost: of the questions that are not follow-ups and are right when asked on their own,
  how many are wrong when asked after the answer to another question of the set, by default
  the one before it in the file (a new topic after an earlier answer must not be read as a
  follow-up: issue 9);
- follow-ups: the share right of the questions marked `follows`, asked with the answer they follow.

Each set's tuning and frozen parts (tests/data/splits.json) are reported apart, as in
benchmarks/questionsets.py; only the tuning part's lost questions are ever printed.

    .venv/bin/python benchmarks/followups.py                        # every set
    .venv/bin/python benchmarks/followups.py --show 20 --json benchmarks/results-followups.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.questionsets import WORK, mixed_corpus  # noqa: E402

SETS = [ROOT / "tests" / "data" / name for name in ("gold.jsonl", "heldout.jsonl", "ownwords.jsonl", "boardpapers.jsonl")]


def measure(items, assistant, show: int = 0, offset: int = 1, frozen: frozenset[str] = frozenset()) -> dict:
    """Per part ("tune", "frozen"): standalone questions kept and lost, follow-ups right."""
    from qa.evaluate import grade

    alone = {i.id: assistant.ask(i.question) for i in items}
    out = {part: {"standalone_right": 0, "standalone_lost": 0, "followups": 0, "followups_right": 0} for part in ("tune", "frozen")}
    for n, item in enumerate(items):
        part = item.split(frozen)
        counts = out[part]
        if item.follows:
            answer = assistant.ask(item.question, previous=alone[item.follows])
            counts["followups"] += 1
            counts["followups_right"] += grade(item, answer, 0.0).correct
            continue
        if not grade(item, alone[item.id], 0.0).correct:
            continue
        before = items[n - offset]  # the question `offset` lines up (wrapping round to the end)
        after = assistant.ask(item.question, previous=alone[before.id])
        counts["standalone_right"] += 1
        if not grade(item, after, 0.0).correct:
            counts["standalone_lost"] += 1
            if part == "tune" and show > 0:
                show -= 1
                print(
                    f"- lost {item.id} {item.question!r} after {before.question!r}\n    alone: {alone[item.id].answer[:120]}\n"
                    f"    after: {after.answer[:120]}"
                )
    return out


def main(argv: list[str] | None = None) -> int:
    from qa.config import Settings
    from qa.evaluate import load_gold
    from qa.pipeline import Assistant, build_index

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, action="append", help="a question set (default: every set)")
    parser.add_argument("--show", type=int, default=0, help="print this many lost questions per set")
    parser.add_argument("--offset", type=int, default=1, help="ask each question after the one this many lines before it")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    frozen = frozenset(json.loads((ROOT / "tests" / "data" / "splits.json").read_text())["frozen_docs"])
    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    out = {}
    for path in args.set or SETS:
        for part, counts in measure(load_gold(path), assistant, args.show, args.offset, frozen).items():
            out[f"{path.name}:{part}"] = counts
            print(f"{path.name}:{part} {json.dumps(counts)}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
