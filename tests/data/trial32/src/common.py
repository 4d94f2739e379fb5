"""Shared helpers for the trial 32 corpus generators (invented county of Castermere)."""
from decimal import Decimal, ROUND_HALF_UP
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

DISTRICTS = ["Kestlow", "Drennington", "Holmcaster", "Ellsmoor", "Saltreach"]
POPULATION = {"Kestlow": 168400, "Drennington": 121900, "Holmcaster": 97300,
              "Ellsmoor": 84600, "Saltreach": 72800}


def rnd(x, dp=1):
    q = Decimal(1).scaleb(-dp) if dp > 0 else Decimal(1)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def num(x, dp=0, brackets=True, dash_zero=False, plus=False):
    """Format a number like a council paper: thousands separators, negatives in brackets."""
    if x is None:
        return "n/a"
    v = rnd(x, dp)
    if dash_zero and v == 0:
        return "–"
    s = f"{abs(v):,.{dp}f}"
    if v < 0:
        return f"({s})" if brackets else f"-{s}"
    if plus and v > 0:
        return "+" + s
    return s


def pct(x, dp=1):
    return f"{rnd(x, dp):.{dp}f}%"
