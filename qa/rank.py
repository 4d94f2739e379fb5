"""Learned decisions: features of the evidence, weights fitted on tuning data, stored as data.

The refusal gate asks one thing of the reranked hits: how likely is it that they answer the
question? Its features are named here; its weights, bias and threshold are fitted by
`scripts/train_weights.py` (logistic regression on the tuning parts of the question sets) and
kept in qa/data/weights.json with the command and data that produced them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).resolve().parent / "data" / "weights.json"
GATE_FEATURES = (
    "cover_top",  # share of the question's subject (weighted by rarity) the best unit mentions
    "cover_best3",  # the same, best of the first three units
    "dense_top",  # cosine similarity of the question to the best unit
    "dense_best10",  # the closest of the first ten
    "unknown_specific",  # rare words of the question the corpus never uses (0-3)
    "unknown_any",  # any subject words the corpus never uses (0-3)
    "unknown_names",  # capitalised words the corpus never uses: a place, an organisation (0-3)
    "label_share",  # share of the best row's label the question names (0 for a passage)
)


@dataclass(frozen=True)
class GateModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # refuse below this probability of being answerable
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def probability(self, features: dict[str, float]) -> float:
        """P(answerable) from the named features.

        >>> GateModel((1.0,) + (0.0,) * 7, 0.0, 0.5, (0.0,) * 8, (1.0,) * 8).probability({"cover_top": 0.0})
        0.5
        """
        x = [(features.get(name, 0.0) - m) / s for name, m, s in zip(GATE_FEATURES, self.mean, self.scale)]
        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def gate_model(path: Path = WEIGHTS) -> GateModel | None:
    """The fitted gate, or None when no weights have been trained yet."""
    if not path.exists():
        return None
    gate = json.loads(path.read_text(encoding="utf-8"))["gate"]
    if tuple(gate["features"]) != GATE_FEATURES:
        return None  # trained on other features: the rules decide until it is retrained
    return GateModel(tuple(gate["weights"]), gate["bias"], gate["threshold"], tuple(gate["mean"]), tuple(gate["scale"]))


RERANK_WEIGHTS = Path(__file__).resolve().parent / "data" / "rerank.json"


@dataclass(frozen=True)
class RankModel:
    """A linear score over standardised hit features (qa/relevance.py RANK_FEATURES)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, features: dict[str, float]) -> float:
        """Higher for a hit more likely to support the answer.

        >>> RankModel(("dense", "focus"), (2.0, 1.0), (0.5, 0.0), (0.25, 1.0)).score({"dense": 0.75, "focus": 0.5})
        2.5
        """
        return float(self.scores([features])[0])

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """`score` of many hits at once."""
        x = np.array([[f.get(n, 0.0) for n in self.features] for f in rows], dtype=float).reshape(len(rows), len(self.features))
        result: np.ndarray = ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.weights)
        return result


@lru_cache(maxsize=1)
def rank_model(path: Path = RERANK_WEIGHTS) -> RankModel | None:
    """The fitted reranker, or None when it was trained on other features than the code computes
    (the fused order then stands until `scripts/train_rerank.py` is run again)."""
    from qa.relevance import RANK_FEATURES

    return _linear_model(path, RANK_FEATURES)


SENTENCE_WEIGHTS = Path(__file__).resolve().parent / "data" / "sentences.json"


@lru_cache(maxsize=1)
def sentence_model(path: Path = SENTENCE_WEIGHTS) -> RankModel | None:
    """The fitted sentence chooser (qa/draft.py `best_sentences`), or None when it was trained on
    other features than the code computes (the sentence sharing most words is quoted until
    `scripts/train_sentences.py` is run again)."""
    from qa.draft import SENTENCE_FEATURES

    return _linear_model(path, SENTENCE_FEATURES)


def _linear_model(path: Path, features: tuple[str, ...]) -> RankModel | None:
    if not path.exists():
        return None
    fitted = json.loads(path.read_text(encoding="utf-8"))
    if tuple(fitted.get("features", ())) != features:
        return None
    return RankModel(features, tuple(fitted["weights"]), tuple(fitted["mean"]), tuple(fitted["scale"]))


def balanced_weights(y: np.ndarray) -> np.ndarray:
    """Sample weights giving each class the same total weight (refusals are the rarer class).

    >>> balanced_weights(np.array([1, 1, 1, 0])).tolist()
    [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 2.0]
    """
    n, pos = len(y), y.sum()
    weights: np.ndarray = np.where(y == 1, n / (2 * pos), n / (2 * (n - pos)))
    return weights


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50, sample_weight: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method on standardised features.

    >>> x = np.array([[0.0], [0.2], [0.8], [1.0]]); y = np.array([0, 0, 1, 1])
    >>> w, b = fit_logistic(x, y, l2=0.1)
    >>> bool(w[0] > 0)
    True
    """
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    reg = np.eye(d + 1) * l2
    reg[-1, -1] = 0.0  # the bias is not shrunk
    sw = np.ones(n) if sample_weight is None else sample_weight
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ theta, -30, 30)))
        grad = xb.T @ (sw * (p - y)) + reg @ theta
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The probability cut with the best balanced accuracy (the mean of the shares of answerable
    questions answered and unanswerable ones refused) on the tuning data; ties: the lower cut.

    >>> best_threshold(np.array([0.1, 0.4, 0.6, 0.9]), np.array([0, 0, 1, 1]))
    0.5
    """
    cuts = np.unique(np.concatenate([[0.0], (np.sort(p)[:-1] + np.sort(p)[1:]) / 2, [1.0]]))
    scores = [((p >= c)[y == 1].mean() + (p < c)[y == 0].mean()) / 2 for c in cuts]
    return float(cuts[int(np.argmax(scores))])
