"""Requests for personal medical advice ("do I have shingles?", "should I take ibuprofen?"),
recognised from the question's meaning rather than its wording.

A logistic regression over the sentence embedding the pipeline already computes for retrieval, so
recognising costs one dot product and no second model. Its weights, bias and threshold are fitted
by scripts/train_medical.py on the labelled questions of tests/data/medical.jsonl and kept in
qa/data/medical.json with the name of the model whose embeddings they read: with another model
(the hashing embedder of the unit tests) there is no classifier unless one is fitted for it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent / "data" / "medical.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MedicalModel:
    """P(the question asks for personal medical advice) from its embedding."""

    model: str  # the embedder whose vectors the weights read
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, vector: np.ndarray) -> float:
        """>>> MedicalModel("m", (2.0, 0.0), 0.0, 0.5).probability(np.array([0.0, 1.0]))
        0.5
        """
        z = float(np.dot(np.asarray(self.weights, dtype=np.float64), np.asarray(vector, dtype=np.float64))) + self.bias
        return 1.0 / (1.0 + float(np.exp(-max(-30.0, min(30.0, z)))))

    def is_medical(self, vector: np.ndarray) -> bool:
        """>>> m = MedicalModel("m", (4.0, -4.0), 0.0, 0.5)
        >>> m.is_medical(np.array([1.0, 0.0])), m.is_medical(np.array([0.0, 1.0]))
        (True, False)
        """
        return self.probability(vector) >= self.threshold


def fit_medical(vectors: np.ndarray, labels: np.ndarray, *, model: str, l2: float, threshold: float = 0.5) -> MedicalModel:
    """Fit the classifier on embeddings (rows) and labels (1 = personal medical advice), each class
    weighted equally.

    >>> x = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]]); y = np.array([1, 1, 0, 0])
    >>> m = fit_medical(x, y, model="toy", l2=0.1)
    >>> m.is_medical(np.array([0.95, 0.05])), m.is_medical(np.array([0.05, 0.95]))
    (True, False)
    """
    from qa.rank import balanced_weights, fit_logistic

    w, b = fit_logistic(
        np.asarray(vectors, dtype=np.float64), np.asarray(labels, dtype=np.float64), l2=l2, sample_weight=balanced_weights(labels)
    )
    return MedicalModel(model, tuple(float(v) for v in w), b, threshold)


@lru_cache(maxsize=4)
def medical_model(model: str, path: Path = MODEL_FILE) -> MedicalModel | None:
    """The fitted classifier for this embedding model, or None when none was fitted for it."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))["classifier"]
    if data["model"] != model:
        log.warning(
            "No medical-advice classifier for the model %r (it was fitted for %r); run scripts/train_medical.py.", model, data["model"]
        )
        return None
    return MedicalModel(data["model"], tuple(data["weights"]), float(data["bias"]), float(data["threshold"]))
