"""Fit the threshold of the cause answerer (qa/data/reason.json) on tuning data.

`named_cause` is the share of a question's subject that a sentence stating a cause (read with the
sentence before it) must name to be quoted as the answer. It is chosen over a small grid on the
questions asking for a cause ("why…", "what led to…", qa.intent form "reason") of the TAT-QA
tuning half (benchmarks/tatqa.py split_of; the frozen half is never read): the value with the most
questions right, the current value on a tie. Right is TAT-QA's own scoring (every gold span in the
answer).

    .venv/bin/python scripts/tune_reason.py            # writes qa/data/reason.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

REASON_FILE = ROOT / "qa" / "data" / "reason.json"
GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


def main() -> int:
    from grid import fit_one
    from tatqa import DATA, WORK, correct, split_of, write_corpus

    from qa.config import Settings
    from qa.intent import question_form
    from qa.pipeline import Assistant, build_index

    contexts = json.loads(DATA.read_text(encoding="utf-8"))
    names = write_corpus(contexts, WORK / "corpus")
    settings = Settings(corpus_dir=WORK / "corpus", index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    asked = [
        (q, names[c["table"]["uid"]])
        for c in contexts
        if split_of(c["table"]["uid"]) == "tune"
        for q in c["questions"]
        if question_form(q["question"]) == "reason"
    ]
    best, scores = fit_one(
        "qa.answerers.reason", "NAMED_CAUSE", GRID, lambda: sum(correct(q, assistant.ask(q["question"], document=doc)) for q, doc in asked)
    )
    print(f"named_cause: {len(asked)} questions, right by value {scores} -> {best}")
    REASON_FILE.write_text(
        json.dumps(
            {
                "about": "Threshold of the cause answerer (qa/answerers/reason.py), fitted by `python scripts/tune_reason.py` "
                "on the TAT-QA tuning half; do not edit by hand.",
                "named_cause": best,
                "measured": {"questions": len(asked), "right_by_value": scores, "chosen": best},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
