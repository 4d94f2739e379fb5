"""Writes borderless.pdf: a small report whose tables have no grid, as Word-exported council papers print them.

Run with reportlab installed: python make_borderless.py OUT.pdf
"""
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

styles = getSampleStyleSheet()
RULES = [
    ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),  # under the two header rows
    ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),  # above the total
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
    ("SPAN", (1, 0), (3, 0)),
    ("SPAN", (4, 0), (5, 0)),
]
budget = [
    ["", "2025-26", "", "", "2024-25", ""],
    ["Service", "Budget", "Forecast", "Variance", "Outturn", "Variance"],
    ["Adult social care", "", "", "", "", ""],
    ["Residential care", "84.2", "88.9", "4.7", "80.1", "2.3"],
    ["Home care", "41.5", "40.2", "(1.3)", "39.0", "(0.4)"],
    ["Children's services", "", "", "", "", ""],
    ["Looked after children", "62.0", "67.4", "5.4", "58.8", "3.1"],
    ["Early help", "12.3", "11.9", "(0.4)", "n/a", ""],
    ["Total", "200.0", "208.4", "8.4", "177.9", "5.0"],
]
months = [
    ["Measure", "Jul", "Aug", "Sep", "Standard"],
    ["Calls answered within 60 seconds (%)", "88.1", "91.4", "86.7", "95"],
    ["Calls abandoned (%)", "3.2", "2.1", "4.0", "3"],
    ["Ambulance dispositions", "1,204", "1,180", "1,311", "–"],
]


def build(out: str) -> None:
    doc = SimpleDocTemplate(out, pagesize=A4)
    body = styles["BodyText"]
    story = [
        Paragraph("Quarter 2 finance and performance report", styles["Title"]),
        Paragraph("1. Purpose", styles["Heading2"]),
        Paragraph("This report sets out the forecast position at the end of September 2025. "
                  "In 2024 there were 1,234 admissions, 5% more than in 2023.", body),
        Spacer(1, 12),
        Paragraph("Table 1: Revenue forecast by service (£m)", body),
        Table(budget, style=TableStyle(RULES), hAlign="LEFT"),
        Spacer(1, 12),
        Paragraph("2. Performance", styles["Heading2"]),
        Paragraph("The 111 service missed the call answering standard in every month of the quarter.", body),
        Paragraph("Table 2: NHS 111 performance by month", body),
        Table(months, style=TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")]), hAlign="LEFT"),
        Spacer(1, 12),
        Paragraph("3. Recommendations", styles["Heading2"]),
        Paragraph("The board is asked to note the forecast overspend of £8.4m.", body),
    ]
    doc.build(story)


if __name__ == "__main__":
    build(sys.argv[1])
