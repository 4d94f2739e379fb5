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
    return fit_setting(grid, getattr(module, attribute), lambda value: setattr(module, attribute, value), right)


def fit_setting(
    grid: Sequence[float], current: float, apply: Callable[[float], None], right: Callable[[], int]
) -> tuple[float, dict[float, int]]:
    """Try each value of `grid` through `apply`, count `right()` for each, apply and return the
    best (the `current` value on a tie).

    >>> box = {"w": 1.0}
    >>> fit_setting([0.0, 1.0, 2.0], 1.0, lambda v: box.update(w=v), lambda: 5 if box["w"] > 0 else 3), box
    ((1.0, {0.0: 3, 1.0: 5, 2.0: 5}), {'w': 1.0})
    """
    scores = {}
    for value in grid:
        apply(value)
        scores[value] = right()
    best = max(grid, key=lambda v: (scores[v], v == current))
    apply(best)
    return best, scores
