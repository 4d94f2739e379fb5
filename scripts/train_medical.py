"""Fit the medical-advice classifier in qa/data/medical.json (read by qa/medical.py).

Data: tests/data/medical.jsonl, questions written for this (personal medical advice, and questions
about plans and reports on the same topics: "how many people had falls prevention support?"), each
marked train or heldout; plus the questions of the tuning parts of the own-words and board-papers
sets (type "medical" is advice, every other question is not) and of the tuning trials
(tests/data/trial*/, none of them advice). The frozen parts and frozen trials are never read.

The features are the question's all-MiniLM-L6-v2 embedding, the vector retrieval already computes.
The L2 strength is chosen by 5-fold cross-validation on the training questions, the threshold from
the same out-of-fold probabilities (best balanced accuracy); both are then fixed and the held-out
questions, the gold set and the held-out set measured once.

    .venv/bin/python scripts/train_medical.py            # writes qa/data/medical.json, prints the measurements
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data"
L2_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5


def labelled() -> tuple[list[str], list[int], list[str], list[int]]:
    """(train questions, labels, held-out questions, labels)."""
    from qa.evaluate import load_gold

    train_q, train_y, held_q, held_y = [], [], [], []
    for line in (DATA / "medical.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        qs, ys = (held_q, held_y) if item["split"] == "heldout" else (train_q, train_y)
        qs.append(item["question"])
        ys.append(int(item["medical"]))
    frozen = frozenset(json.loads((DATA / "splits.json").read_text())["frozen_docs"])
    tuning = [item for name in ("ownwords.jsonl", "boardpapers.jsonl") for item in load_gold(DATA / name) if item.split(frozen) == "tune"]
    frozen_trials = frozenset(json.loads((DATA / "splits.json").read_text())["frozen_trials"])
    for folder in sorted(DATA.glob("trial*")):
        if folder.name not in frozen_trials:
            tuning += load_gold(folder / "questions.jsonl")
    for item in tuning:
        train_q.append(item.question)
        train_y.append(int(item.type == "medical"))
    return train_q, train_y, held_q, held_y


def out_of_fold(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    from qa.medical import fit_medical

    folds = np.arange(len(y)) % FOLDS
    p = np.zeros(len(y))
    for k in range(FOLDS):
        model = fit_medical(x[folds != k], y[folds != k], model="cv", l2=l2)
        p[folds == k] = [model.probability(v) for v in x[folds == k]]
    return p


def balanced_accuracy(p: np.ndarray, y: np.ndarray, cut: float) -> float:
    return float(((p >= cut)[y == 1].mean() + (p < cut)[y == 0].mean()) / 2)


def precision_recall(predicted: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    tp = int((predicted & (y == 1)).sum())
    return tp / max(1, int(predicted.sum())), tp / max(1, int((y == 1).sum()))


def main() -> int:
    from qa.embed import MODEL_NAME, default_embedder
    from qa.evaluate import load_gold
    from qa.medical import MODEL_FILE, fit_medical
    from qa.rank import best_threshold

    train_q, train_y, held_q, held_y = labelled()
    embedder = default_embedder()
    x, y = embedder.encode(train_q), np.array(train_y)
    order = np.random.default_rng(0).permutation(len(y))  # folds mix the two sources
    x, y = x[order], y[order]
    cv = {}
    for l2 in L2_GRID:
        p = out_of_fold(x, y, l2)
        cut = best_threshold(p, y)
        cv[l2] = (balanced_accuracy(p, y, cut), cut)
    l2 = max(L2_GRID, key=lambda v: (cv[v][0], v))  # ties: the stronger regularisation
    threshold = cv[l2][1]
    model = fit_medical(x, y, model=MODEL_NAME, l2=l2, threshold=threshold)

    hx, hy = embedder.encode(held_q), np.array(held_y)
    held_pred = np.array([model.is_medical(v) for v in hx])
    precision, recall = precision_recall(held_pred, hy)
    missed = [q for q, pr, t in zip(held_q, held_pred, hy) if t and not pr]
    false_alarms = [q for q, pr, t in zip(held_q, held_pred, hy) if pr and not t]
    others = {}
    for name in ("gold.jsonl", "heldout.jsonl"):
        qs = [i.question for i in load_gold(DATA / name)]
        flagged = [q for q, v in zip(qs, embedder.encode(qs)) if model.is_medical(v)]
        others[name] = {"questions": len(qs), "flagged_medical": flagged}
    report = {
        "train_questions": len(y),
        "train_medical": int(y.sum()),
        "l2": l2,
        "cv_balanced_accuracy": {str(k): round(v[0], 4) for k, v in cv.items()},
        "threshold": round(threshold, 6),
        "heldout": {
            "questions": len(hy),
            "medical": int(hy.sum()),
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "missed": missed,
            "false_alarms": false_alarms,
        },
        "other_sets_flagged": others,
    }
    out = {
        "about": "Fitted by `python scripts/train_medical.py` on tests/data/medical.jsonl (train part) and the tuning parts "
        "of the own-words and board-papers sets; do not edit by hand.",
        "classifier": {
            "model": model.model,
            "weights": [round(v, 6) for v in model.weights],
            "bias": round(model.bias, 6),
            "threshold": round(model.threshold, 6),
        },
        "measured": report,
    }
    MODEL_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
