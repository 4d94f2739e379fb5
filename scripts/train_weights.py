"""Fit the learned weights in qa/data/weights.json from the tuning parts of the question sets.

The refusal gate: a logistic regression of "the question is answerable" on the named features of
its reranked evidence (qa/rank.py GATE_FEATURES), over the mixed corpus of benchmarks/questionsets.py.
Only tuning questions are used: questions on documents not listed as frozen in
tests/data/splits.json (and, with no document, an even id). The frozen parts are never read here.

    .venv/bin/python scripts/train_weights.py            # writes qa/data/weights.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SETS = ["gold.jsonl", "heldout.jsonl", "boardpapers.jsonl", "ownwords.jsonl"]
L2 = 1.0  # Newton steps on standardised features; 1.0 keeps weights small with a few hundred questions


def main() -> int:
    from questionsets import WORK, mixed_corpus

    from qa.config import Settings
    from qa.evaluate import load_gold
    from qa.pipeline import Assistant, build_index
    from qa.rank import GATE_FEATURES, WEIGHTS, balanced_weights, best_threshold, fit_logistic
    from qa.relevance import gate_features

    frozen = frozenset(json.loads((ROOT / "tests" / "data" / "splits.json").read_text())["frozen_docs"])
    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data", learned_gate=False)
    build_index(settings)
    assistant = Assistant.load(settings)
    rows, labels, counts = [], [], {}
    for name in SETS:
        items = [i for i in load_gold(ROOT / "tests" / "data" / name) if i.split(frozen) == "tune"]
        answers = {}
        used = 0
        for item in items:
            previous = answers.get(item.follows)
            got = assistant.gather(item.question, previous=previous)
            if got.medical:
                continue
            answers[item.id] = assistant.ask(item.question, previous=previous)
            if not got.hits:
                continue
            f = gate_features(got.gate_text, got.hits, assistant._evidence)
            rows.append([f[k] for k in GATE_FEATURES])
            labels.append(1 if item.answerable else 0)
            used += 1
        counts[name] = used
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    w, b = fit_logistic((x - mean) / scale, y, l2=L2, sample_weight=balanced_weights(y))
    p = 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))
    threshold = best_threshold(p, y)
    accuracy = float(((p >= threshold) == (y == 1)).mean())
    answered = float((p >= threshold)[y == 1].mean())
    refused = float((p < threshold)[y == 0].mean())
    out = {
        "about": "Fitted by `python scripts/train_weights.py` on the tuning parts of the question sets "
        "(tests/data/splits.json); do not edit by hand.",
        "gate": {
            "features": list(GATE_FEATURES),
            "weights": [round(float(v), 6) for v in w],
            "bias": round(b, 6),
            "threshold": round(threshold, 6),
            "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale],
            "trained_on": counts,
            "answerable": int(y.sum()),
            "unanswerable": int(len(y) - y.sum()),
            "tuning_accuracy": round(accuracy, 4),
            "tuning_answerable_answered": round(answered, 4),
            "tuning_unanswerable_refused": round(refused, 4),
        },
    }
    WEIGHTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out["gate"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
