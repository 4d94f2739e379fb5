"""Shared helpers for the trial 31 paper generators."""


def fmt(x, dp=0, dash_zero=True, pct=False, brackets=True):
    """Format a number the way council papers print it.
    Negatives in brackets, zero as an en dash, thousands separators."""
    if x is None:
        return "n/a"
    if isinstance(x, str):
        return x
    if dash_zero and round(x, dp) == 0:
        return "–"
    s = f"{abs(x):,.{dp}f}"
    if pct:
        s += "%"
    if x < 0 and brackets:
        return f"({s})"
    return s


def r(x, dp):
    """Round half up (avoid banker's rounding surprises)."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-dp)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))
