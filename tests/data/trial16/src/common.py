"""Shared helpers for the trial16 generators (all figures are invented)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # tests/data/trial16

PDF_NAME = "t16_alh_integrated_performance_m8_2025.pdf"
DOCX_NAME = "t16_ashcombe_send_high_needs_q2_2025.docx"
HTML_NAME = "t16_fenwick_cross_capital_reserves_q2.html"
MD_NAME = "t16_ashcombe_bcf_q2_2025_26.md"


def n(x, dp=0):
    """Format a number with thousands separators; negatives in brackets."""
    if x is None:
        return "n/a"
    s = f"{abs(x):,.{dp}f}"
    return f"({s})" if x < 0 else s


def pct(x, dp=1):
    return f"{x:.{dp}f}%"
