"""Shared helpers for the trial28 paper generators."""


def fmt(x, dp=1, brackets=True, dash_zero=False, comma=True):
    """Format a number the way council reports do: negatives in brackets."""
    if x is None:
        return "\u2013"
    if isinstance(x, str):
        return x
    if dash_zero and abs(x) < 1e-9:
        return "\u2013"
    v = round(abs(x), dp)
    s = f"{v:,.{dp}f}" if comma else f"{v:.{dp}f}"
    if x < 0 and v != 0:
        return f"({s})" if brackets else f"-{s}"
    return s


def pct_change(old, new, dp=1):
    return round((new - old) / old * 100, dp)
