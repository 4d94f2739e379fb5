"""Fit the reranker's feature weights (qa/data/rerank.json, read by qa/relevance.py `rerank`).

The features of a hit, each weighed against its closeness in meaning to the question (the scale,
`dense`, stays 4.0):
- `focus`: the share of the question's rare words the unit's own text holds;
- `named_row`: a row whose label the question writes in full;
- `measure`: a row holding the kind of figure asked for (money, a count);
- `header`: a row with a column header the question names;
- `missing_number`: taken off for each number the question gives ("in 23-24", "Chapter 5") that
  the unit lacks.

Each is chosen in turn over a small grid (scripts/grid.py: the most questions right, the current
value on a tie), on the tuning parts of the question sets (tests/data/splits.json; the frozen parts
are never read) and the LLR gold set, asked over the mixed corpus of benchmarks/questionsets.py.

    .venv/bin/python scripts/tune_rerank.py            # writes qa/data/rerank.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

RERANK_FILE = ROOT / "qa" / "data" / "rerank.json"
GRID = {
    "focus": [1.5, 3.0, 4.5],
    "named_row": [0.0, 0.5, 1.0, 2.0],
    "measure": [0.0, 0.5, 1.0],
    "header": [0.0, 0.5, 1.0, 2.0],
    "missing_number": [0.0, 0.5, 1.0, 2.0],
}


def main() -> int:
    from grid import fit_setting
    from questionsets import SETS, WORK, mixed_corpus, part_of

    import qa.relevance
    from qa.config import Settings
    from qa.evaluate import evaluate, load_gold
    from qa.pipeline import Assistant, build_index

    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    items = [i for path in SETS for i in part_of(path, "tune") if not i.follows]
    items += load_gold(ROOT / "tests" / "data" / "gold.jsonl")

    def right() -> int:
        return sum(r.correct for r in evaluate(items, assistant.ask).results)

    fitted = json.loads(RERANK_FILE.read_text(encoding="utf-8"))
    measured = {}
    for name, grid in GRID.items():

        def apply(value: float, name: str = name) -> None:
            qa.relevance.RERANK[name] = value

        best, scores = fit_setting(grid, qa.relevance.RERANK[name], apply, right)
        fitted[name] = best
        measured[name] = {"questions": len(items), "right_by_value": scores, "chosen": best}
        print(f"{name}: {len(items)} questions, right by value {scores} -> {best}", flush=True)
    fitted["about"] = (
        "Weights of the reranker's features (qa/relevance.py rerank), fitted by `python scripts/tune_rerank.py` "
        "on the tuning parts of the question sets and the LLR gold set; do not edit by hand."
    )
    fitted["measured"] = measured
    RERANK_FILE.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
