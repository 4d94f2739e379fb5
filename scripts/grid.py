"""Fitting one threshold at a time over a small grid, shared by the scripts/tune_*.py scripts: the
value with the most questions right wins, the current value on a tie, and the module keeps it."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence


def fit_one(module_name: str, attribute: str, grid: Sequence[float], right: Callable[[], int]) -> tuple[float, dict[float, int]]:
    """Try each value of `grid` as `module_name.attribute`, count `right()` for each, keep the best.

    >>> import types, sys
    >>> sys.modules["toy"] = types.SimpleNamespace(T=0.5)
    >>> fit_one("toy", "T", [0.3, 0.5, 0.7], lambda: 10 if sys.modules["toy"].T >= 0.5 else 8)
    (0.5, {0.3: 8, 0.5: 10, 0.7: 10})
    """
    module = importlib.import_module(module_name)
    current = getattr(module, attribute)
    scores = {}
    for value in grid:
        setattr(module, attribute, value)
        scores[value] = right()
    best = max(grid, key=lambda v: (scores[v], v == current))
    setattr(module, attribute, best)
    return best, scores
