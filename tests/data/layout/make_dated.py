"""Writes dated.pdf: borderless tables as Word-exported papers print them, with headers that name
dates ("31 Mar 2024"), a group row with a figure in its label ("(18 to 64)"), a band of group
headers over columns of periods, and cells set in the middle of rows whose labels wrap.

Run with reportlab installed: python make_dated.py OUT.pdf
"""
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

styles = getSampleStyleSheet()
small = styles["BodyText"].clone("small", fontSize=8, leading=9.5)
RULES = [
    ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
]
people = [
    ["", "Number of people at", "", "", "Change since"],
    ["Service type", "31 Mar 2024", "31 Mar 2025", "30 Sep 2025", "31 Mar 2025"],
    ["Older people", "", "", "", ""],
    ["Home care", "3,412", "3,586", "3,701", "+115"],
    ["Nursing care", "842", "871", "896", "+25"],
    ["Working age adults (18 to 64)", "", "", "", ""],
    ["Supported living", "1,104", "1,139", "1,162", "+23"],
    ["Shared lives", "118", "124", "121", "(3)"],
    ["Total people supported", "5,476", "5,720", "5,880", "+160"],
]
fees = [
    ["", "", "Rate (£)", "", ""],
    ["Service", "Unit", "2024-25", "2025-26", "Uplift %"],
    ["Home care", "per hour", "23.40", "24.85", "6.2%"],
    ["Residential care", "per week", "812.00", "856.00", "5.4%"],
    ["Day opportunities", "per session", "48.50", "50.20", "3.5%"],
]
savings = [
    ["Ref", "Saving proposal", "Target", "Delivered", "RAG"],
    ["S01", "Expansion of reablement capacity", "1,200", "540", "Amber"],
    ["S02", Paragraph("Review of high-cost learning disability packages", small), "1,850", "910", "Green"],
    ["S03", "Technology enabled care", "650", "120", "Red"],
    ["S04", Paragraph("Recovery of unspent direct payment balances", small), "900", "720", "Green"],
    ["", "Total savings", "4,600", "2,290", ""],
]


def build(out: str) -> None:
    doc = SimpleDocTemplate(out, pagesize=A4)
    body = styles["BodyText"]
    story = [
        Paragraph("Adult social care demand report", styles["Title"]),
        Paragraph("Table 1: People receiving long-term support", body),
        Table(people, style=TableStyle([*RULES, ("SPAN", (1, 0), (3, 0))]), hAlign="LEFT"),
        Spacer(1, 12),
        Paragraph("Table 2: Standard fee rates", body),
        Table(fees, style=TableStyle([*RULES, ("SPAN", (2, 0), (3, 0)), ("ALIGN", (2, 0), (3, 0), "CENTRE")]), hAlign="LEFT"),
        Spacer(1, 12),
        Paragraph("Table 3: Savings plan", body),
        Table(
            savings,
            colWidths=[40, 150, 50, 50, 40],
            style=TableStyle([*RULES[1:], ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
            hAlign="LEFT",
        ),
        Spacer(1, 12),
        Paragraph("The board is asked to note the report.", body),
    ]
    doc.build(story)


if __name__ == "__main__":
    build(sys.argv[1])
