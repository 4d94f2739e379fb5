"""Fit the thresholds of the question-form answerers (qa/data/forms.json) on tuning data.

Each threshold is chosen on the questions of its own forms, one at a time, over a small grid: the
value with the most questions right (answer and citation, or a refusal refused), the current
value on a tie. The questions are the tuning parts of the question sets (tests/data/splits.json;
the frozen parts are never read) and the LLR gold set, all asked over the mixed corpus of
benchmarks/questionsets.py. Name thresholds to fit only those; the others keep their values.

    .venv/bin/python scripts/tune_forms.py            # writes qa/data/forms.json
    .venv/bin/python scripts/tune_forms.py row_share  # only the share of the closest row a listed row needs
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FORMS_FILE = ROOT / "qa" / "data" / "forms.json"
# threshold name -> (module, attribute, question forms it decides, grid)
GRID = {
    "named_list": ("qa.answerers.lists", "NAMED_LIST", ("list",), [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]),
    "support": ("qa.answerers.yesno", "SUPPORT", ("yesno",), [0.5, 0.6, 0.7, 0.75, 0.8, 0.9]),
    "named_heading": ("qa.answerers.sections", "NAMED_HEADING", ("section",), [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]),
    "place_support": ("qa.answerers.sections", "PLACE_SUPPORT", ("section",), [0.2, 0.3, 0.4, 0.5, 0.6]),
    "row_share": ("qa.answerers.lists", "ROW_SHARE", ("list", "summary"), [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0]),
}
SETS = ("ownwords.jsonl", "boardpapers.jsonl", "fresh.jsonl", "voices.jsonl")


def main() -> int:
    from grid import fit_one
    from questionsets import WORK, mixed_corpus, part_of

    from qa.config import Settings
    from qa.evaluate import evaluate, load_gold
    from qa.intent import question_form
    from qa.pipeline import Assistant, build_index

    names = sys.argv[1:] or list(GRID)
    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    items = [i for name in SETS for i in part_of(ROOT / "tests" / "data" / name, "tune")]  # tuning parts only
    items += load_gold(ROOT / "tests" / "data" / "gold.jsonl")
    fitted = json.loads(FORMS_FILE.read_text())
    report = fitted.get("measured", {})
    for name in names:
        module_name, attribute, forms, grid = GRID[name]
        asked = [i for i in items if question_form(i.question) in forms and not i.follows]
        best, scores = fit_one(
            module_name, attribute, grid, lambda asked=asked: sum(r.correct for r in evaluate(asked, assistant.ask).results)
        )
        fitted[name] = best
        report[name] = {"questions": len(asked), "right_by_value": scores, "chosen": best}
        print(f"{name}: {len(asked)} questions, right by value {scores} -> {best}")
    fitted["measured"] = report
    FORMS_FILE.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
