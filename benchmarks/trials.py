"""The new users' trials (tests/data/trial5/ to trial34/): question sets written by helpers
who never read the code, each about its own small corpus (papers the helper wrote, tuning board
papers, public PDFs). The trials listed in tests/data/splits.json `frozen_trials` (10, 12, 14, 16,
18, 20, 22, 24, 26, 28, 30, 32 and 34) are frozen: their scores are reported, their wrong answers never listed; the
others are tuning material. Each is asked over its own corpus, not the mixed one of questionsets.py.

    .venv/bin/python benchmarks/trials.py [--failures N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
WORK = ROOT / "benchmarks" / ".trials"
DATA = ROOT / "tests" / "data"
BOARD = DATA / "boardpapers"
REAL = DATA / "realdocs"

# trial -> the files of its corpus
TRIALS: dict[str, list[Path]] = {
    "trial5": [
        DATA / "trial5" / "quarterly-performance-q2.html",
        DATA / "trial5" / "capital-programme-update.md",
        *(
            BOARD / f"kcc-{name}.pdf"
            for name in (
                "armed-forces-covenant-annual-report-2024",
                "budget-risk-register-2025-26",
                "budget-spending-templates-2025-28",
                "government-grants-lgfs-2025-26",
                "treasury-investments-half-year-2024-25",
                "treasury-management-strategy-2025-26",
            )
        ),
        *(
            REAL / f"{name}.pdf"
            for name in ("WARN-Report-for-7-1-2015-to-03-25-2016", "nics-background-checks-2015-11", "senate-expenditures")
        ),
    ],
    **{
        name: sorted(p for p in (DATA / name).iterdir() if p.is_file() and p.name not in ("README.md", "questions.jsonl"))
        for name in (
            "trial6",
            "trial7",
            "trial8",
            "trial9",
            "trial10",
            "trial11",
            "trial12",
            "trial13",
            "trial14",
            "trial15",
            "trial16",
            "trial17",
            "trial18",
            "trial19",
            "trial20",
            "trial21",
            "trial22",
            "trial23",
            "trial24",
            "trial25",
            "trial26",
            "trial27",
            "trial28",
            "trial29",
            "trial30",
            "trial31",
            "trial32",
            "trial33",
            "trial34",
        )
    },
}
# reported, never looked into: --failures lists nothing for them (tests/data/splits.json)
FROZEN = frozenset(json.loads((DATA / "splits.json").read_text(encoding="utf-8"))["frozen_trials"])


def trial_corpus(name: str, work: Path = WORK) -> Path:
    """The trial's corpus folder, its files copied in (the product skips symlinks)."""
    folder = work / name / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for src in TRIALS[name]:
        dst = folder / src.name
        if not dst.exists() or dst.stat().st_size != src.stat().st_size:
            shutil.copyfile(src, dst)
    return folder


def trial_assistants(work: Path = WORK, *, frozen: bool = True) -> list[tuple[str, object, list]]:
    """(name, assistant over its corpus, its questions) for each trial, indexes built as needed;
    with `frozen=False` the frozen trials are left out (what a tuning script may read)."""
    from qa.config import Settings
    from qa.evaluate import load_gold
    from qa.pipeline import Assistant, build_index

    out = []
    for name in TRIALS:
        if name in FROZEN and not frozen:
            continue
        settings = Settings(corpus_dir=trial_corpus(name, work), index_dir=work / name / "index", data_dir=work / name / "data")
        build_index(settings)
        out.append((name, Assistant.load(settings), load_gold(DATA / name / "questions.jsonl")))
    return out


def main(argv: list[str] | None = None) -> int:
    from questionsets import print_failures

    from qa.evaluate import evaluate, format_report

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", type=int, default=0, help="list this many wrong answers per trial")
    args = parser.parse_args(argv)
    for name, assistant, items in trial_assistants():
        report = evaluate(items, assistant.ask)  # type: ignore[attr-defined]
        print(f"\n== {name}\n{format_report(report)}")
        print_failures(report, 0 if name in FROZEN else args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
