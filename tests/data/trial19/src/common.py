def fmt(n, dp=0, zero="–", brackets=True, plus=False):
    if n is None:
        return ""
    if isinstance(n, str):
        return n
    if n == 0 and zero is not None:
        return zero
    s = f"{abs(n):,.{dp}f}"
    if n < 0:
        return f"({s})" if brackets else f"-{s}"
    return ("+" + s) if plus else s

def pct(a, b, dp=1):
    return round(100.0 * a / b + 1e-9, dp)
