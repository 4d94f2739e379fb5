"""Shared area data and number formatting for trial 29 (Caldmoor)."""
COUNTY = "Caldmoor"
DISTRICTS = ["Kestlow", "Hallbeck", "Dunmere", "Ashcombe Vale", "Thornsey"]
POP = {"Kestlow": 148200, "Hallbeck": 121500, "Dunmere": 96800, "Ashcombe Vale": 138900, "Thornsey": 134600}
POP65 = {"Kestlow": 31400, "Hallbeck": 27900, "Dunmere": 24100, "Ashcombe Vale": 33600, "Thornsey": 29300}
POP65_TOTAL = sum(POP65.values())  # 146,300


def fint(v, brackets=True, dash_zero=False):
    """Integer with thousands separators; negatives in brackets."""
    if v is None:
        return "n/a"
    if dash_zero and v == 0:
        return "–"
    if v < 0 and brackets:
        return "({:,})".format(-v)
    return "{:,}".format(v)


def f1(v, brackets=True):
    if v is None:
        return "n/a"
    r = round(v + 0.0, 1)
    if r < 0 and brackets:
        return "({:,.1f})".format(-r)
    return "{:,.1f}".format(r)


def money(v, dp=2):
    return "£{:,.{dp}f}".format(v, dp=dp)


def pct(v, dp=1, brackets=True):
    if v is None:
        return "n/a"
    r = round(v, dp)
    if r < 0 and brackets:
        return "({:.{dp}f}%)".format(-r, dp=dp)
    return "{:.{dp}f}%".format(r, dp=dp)
