"""Fit the thresholds of reading the evidence (qa/data/reading.json) on tuning data.

- `rare_name_share` (qa/relevance.py): a name the question gives (`specifics`) that is in at most
  this share of all units must be in one of the best units, or the question is refused as a near
  miss. 0.0 checks numbers naming a thing only.
- `name_depth` (qa/relevance.py): how many of the best units are searched for those names.
- `row_context_weight` (qa/answerers/table.py): how much a question word found in a row's other
  text cells (its category, its description) counts against one found in its label.
- `phrase_depth` (qa/answer.py): a name of several capitalised words the question gives must be
  written by the answer's sources, the passage above them, their table's labels, or one of this
  many best hits of their document (0: the sources alone).
- `subheading_chars` (qa/relevance.py): a line this short without a sentence end heads the
  passages below it (0: no such lines).
- `short_form_chars` (qa/relevance.py): a word the documents never use this short may stand for a
  corpus word it begins (0: none), so is not a foreign word.

Each is chosen in turn over a small grid on the tuning parts of the three question sets
(tests/data/splits.json; the frozen parts are never read) and the LLR gold set, all asked over the
mixed corpus of benchmarks/questionsets.py, the new users' trials over their own corpora
(benchmarks/trials.py; the frozen trials are never asked), and on the tuning half of TAT-QA (benchmarks/tatqa.py,
each question asked of its own report): the value with the most questions right, the current value
on a tie.

    .venv/bin/python scripts/tune_reading.py            # writes qa/data/reading.json
    .venv/bin/python scripts/tune_reading.py phrase_depth  # refits that threshold only, keeping the others
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

READING_FILE = ROOT / "qa" / "data" / "reading.json"
# threshold name -> (module, attribute, grid)
GRID = {
    "name_depth": ("qa.relevance", "NAME_DEPTH", [1, 2, 3]),
    "rare_name_share": ("qa.relevance", "RARE_NAME_SHARE", [0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]),
    "row_context_weight": ("qa.answerers.table", "ROW_CONTEXT_WEIGHT", [0.0, 0.25, 0.5, 0.75, 1.0]),
    "phrase_depth": ("qa.answer", "PHRASE_DEPTH", [0, 3, 5]),
    "subheading_chars": ("qa.relevance", "SUBHEADING_CHARS", [0, 80]),
    "short_form_chars": ("qa.relevance", "SHORT_FORM_CHARS", [0, 4]),
}


def main(argv: list[str] | None = None) -> int:
    import tatqa
    from grid import fit_one
    from questionsets import SETS, WORK, mixed_corpus, part_of
    from trials import trial_assistants

    from qa.config import Settings
    from qa.evaluate import evaluate, load_gold
    from qa.pipeline import Assistant, build_index

    only = (argv if argv is not None else sys.argv[1:]) or list(GRID)
    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    items = [i for path in SETS for i in part_of(path, "tune") if not i.follows]
    items += load_gold(ROOT / "tests" / "data" / "gold.jsonl")
    contexts = json.loads(tatqa.DATA.read_text(encoding="utf-8"))
    names = tatqa.write_corpus(contexts, tatqa.WORK / "corpus")
    tat_settings = Settings(corpus_dir=tatqa.WORK / "corpus", index_dir=tatqa.WORK / "index", data_dir=tatqa.WORK / "data")
    build_index(tat_settings)
    reports = Assistant.load(tat_settings)
    tat_items = [(q, names[c["table"]["uid"]]) for c in contexts if tatqa.split_of(c["table"]["uid"]) == "tune" for q in c["questions"]]

    trial_runs = trial_assistants(frozen=False)
    n_trial = sum(len(qs) for _, _, qs in trial_runs)

    def right() -> int:
        sets = sum(r.correct for r in evaluate(items, assistant.ask).results)
        sets += sum(r.correct for _, trial, qs in trial_runs for r in evaluate(qs, trial.ask).results)
        return sets + sum(tatqa.correct(q, reports.ask(q["question"], document=doc)) for q, doc in tat_items)

    fitted = json.loads(READING_FILE.read_text(encoding="utf-8")) | {
        "about": "Thresholds of reading the evidence (qa/relevance.py, qa/draft.py), fitted by "
        "`python scripts/tune_reading.py` on the tuning parts of the question sets, the LLR gold set and TAT-QA's tuning half; do not edit by hand."
    }
    measured = fitted.get("measured", {})
    for name, (module_name, attribute, grid) in ((n, GRID[n]) for n in only):
        best, scores = fit_one(module_name, attribute, grid, right)
        fitted[name] = best
        measured[name] = {"questions": len(items) + n_trial + len(tat_items), "right_by_value": scores, "chosen": best}
        print(f"{name}: {len(items) + n_trial + len(tat_items)} questions, right by value {scores} -> {best}")
    fitted["measured"] = measured
    READING_FILE.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
