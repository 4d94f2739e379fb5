"""Hybrid search: BM25 and dense results fused by reciprocal rank fusion."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from qa.text import tokenize
from qa.types import Hit

if TYPE_CHECKING:
    from qa.index import SearchIndex

RRF_K = 60


def rrf(rankings: list[list[int]], k: int = RRF_K, weights: list[float] | None = None) -> dict[int, float]:
    """Reciprocal rank fusion of several ranked lists of ids.

    >>> sorted(rrf([[1, 2], [2, 3]]).items(), key=lambda kv: -kv[1])[0][0]
    2
    """
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + w / (k + rank + 1)
    return fused


def top_k(scores: np.ndarray, k: int, lo: int = 0, hi: int | None = None) -> list[int]:
    """Positions of the k highest positive scores within [lo, hi), best first."""
    hi = len(scores) if hi is None else hi
    window = scores[lo:hi]
    if window.size == 0:
        return []
    k = min(k, window.size)
    idx = np.argpartition(-window, k - 1)[:k]
    idx = idx[np.argsort(-window[idx], kind="stable")]
    return [int(i) + lo for i in idx if window[i] > 0]


def hybrid_search(index: SearchIndex, query_vector: np.ndarray, question: str, *, k: int = 30, doc: str | None = None) -> list[Hit]:
    """Fused hits, best first. Each hit carries its cosine similarity and BM25 score."""
    dense = index.dense_search(query_vector, k, doc=doc)
    bm25 = index.bm25_scores(tokenize(question))
    lo, hi = (0, len(index.units))
    if doc is not None:
        rng = index.doc_range(doc)
        if rng is None:
            return []
        lo, hi = rng
    lexical = top_k(bm25, k, lo, hi)
    fused = rrf([[p for p, _ in dense], lexical])
    cos = dict(dense)
    missing = [p for p in fused if p not in cos]
    cos.update(zip(missing, index.cosine(query_vector, missing)))
    order = sorted(fused, key=lambda p: (-fused[p], -cos[p]))
    return [Hit(unit=index.units[p], score=fused[p], dense=cos[p], bm25=float(bm25[p])) for p in order]
