"""Shared number formatting for the trial 33 papers."""
from decimal import Decimal, ROUND_HALF_UP


def rnd(x, dp=0):
    q = Decimal(1).scaleb(-dp)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def num(x, dp=0, brackets=True, dash_zero=False):
    """Format a number with thousands separators; negatives in brackets."""
    if x is None:
        return "n/a"
    if dash_zero and rnd(x, dp) == 0:
        return "–"
    v = rnd(x, dp)
    s = f"{abs(v):,.{dp}f}"
    if v < 0:
        return f"({s})" if brackets else f"-{s}"
    return s


def pct(x, dp=1):
    return f"{rnd(x, dp):.{dp}f}%"


def pct_of(a, b, dp=1):
    return rnd(100.0 * a / b, dp)
