"""Fit the gate's name threshold (qa/data/gate.json) on tuning data.

`rare_name_share`: a name the question gives (qa.relevance.specifics) that is in at most this share
of all units must be in one of the best units, or the question is refused as a near miss. Chosen
over a small grid on the tuning parts of the three question sets (tests/data/splits.json; the
frozen parts are never read) and the LLR gold set, all asked over the mixed corpus of
benchmarks/questionsets.py: the value with the most questions right, the current value on a tie.

    .venv/bin/python scripts/tune_gate.py            # writes qa/data/gate.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

GATE_FILE = ROOT / "qa" / "data" / "gate.json"
GRID = [0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]  # 0.0 checks numbers only


def main() -> int:
    from questionsets import SETS, WORK, mixed_corpus

    import qa.relevance as relevance
    from qa.config import Settings
    from qa.evaluate import evaluate, load_gold
    from qa.pipeline import Assistant, build_index

    frozen = frozenset(json.loads((ROOT / "tests" / "data" / "splits.json").read_text())["frozen_docs"])
    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    items = [i for path in SETS for i in load_gold(path) if i.split(frozen) == "tune" and not i.follows]
    items += load_gold(ROOT / "tests" / "data" / "gold.jsonl")
    current = relevance.RARE_NAME_SHARE
    scores = {}
    for value in GRID:
        relevance.RARE_NAME_SHARE = value
        scores[value] = sum(r.correct for r in evaluate(items, assistant.ask).results)
    best = max(GRID, key=lambda v: (scores[v], v == current))
    print(f"rare_name_share: {len(items)} questions, right by value {scores} -> {best}")
    GATE_FILE.write_text(
        json.dumps(
            {
                "about": "Threshold of the gate's name check (qa/relevance.py), fitted by `python scripts/tune_gate.py` "
                "on the tuning parts of the question sets and the LLR gold set; do not edit by hand.",
                "rare_name_share": best,
                "measured": {"questions": len(items), "right_by_value": scores, "chosen": best},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
