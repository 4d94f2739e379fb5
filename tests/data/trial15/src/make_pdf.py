"""Generate t15_revenue_budget_q2_2025-26.pdf (fictional Wystanbury Borough Council).

All places, people and figures are invented.
Run: /tmp/t15venv/bin/python src/make_pdf.py   (from the trial15 directory)
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "t15_revenue_budget_q2_2025-26.pdf")

# Liberation Sans (a TrueType font) is embedded so that "•", "–" and "£" extract cleanly.
FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LibSans", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-Bold", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
addMapping("LibSans", 0, 0, "LibSans")
addMapping("LibSans", 1, 0, "LibSans-Bold")
addMapping("LibSans", 0, 1, "LibSans")
addMapping("LibSans", 1, 1, "LibSans-Bold")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="LibSans",
                      fontSize=9.5, leading=12.5, spaceAfter=5, alignment=TA_LEFT)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LibSans-Bold", fontSize=12,
                    leading=15, spaceBefore=8, spaceAfter=5, keepWithNext=1)
TITLE = ParagraphStyle("title", parent=BODY, fontName="LibSans-Bold",
                       fontSize=15, leading=19, spaceAfter=6)
META = ParagraphStyle("meta", parent=BODY, spaceAfter=1)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=16, bulletIndent=5, bulletFontName="LibSans",
                        spaceAfter=3)
CAPTION = ParagraphStyle("caption", parent=BODY, fontName="LibSans-Bold",
                         fontSize=9.5, spaceBefore=4, spaceAfter=3)
KEYFACT = ParagraphStyle("keyfact", parent=BODY, leftIndent=14, spaceAfter=1)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LibSans-Bold")

GREY = colors.HexColor("#D9D9D9")
LIGHT = colors.HexColor("#F2F2F2")


def p(text, style=BODY):
    return Paragraph(text, style)


def bullets(items):
    return [Paragraph(t, BULLET, bulletText="\u2022") for t in items]


def caption(text):
    return Paragraph(text, CAPTION)


def make_table(rows, widths, header_rows=1, spans=(), group_rows=(), bold_rows=(),
               extra=()):
    """rows: list of lists of str; header_rows: number of header rows (bold, grey)."""
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (i < header_rows or i in bold_rows or i in group_rows) else CELL
        data.append([Paragraph(c, st) if c != "" else "" for c in r])
    t = Table(data, colWidths=widths, repeatRows=0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for g in group_rows:
        style.append(("SPAN", (0, g), (-1, g)))
        style.append(("BACKGROUND", (0, g), (-1, g), LIGHT))
    for b in bold_rows:
        style.append(("BACKGROUND", (0, b), (-1, b), LIGHT))
    for s in spans:
        style.append(("SPAN",) + tuple(s))
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LibSans", 8)
    canvas.drawString(18 * mm, 10 * mm,
                      "Wystanbury Borough Council \u2013 Cabinet 18 November 2025 \u2013 Agenda item 8")
    canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d" % doc.page)
    canvas.restoreState()


story = []
story += [
    p("WYSTANBURY BOROUGH COUNCIL", TITLE),
    p("<b>Meeting:</b> Cabinet", META),
    p("<b>Date:</b> 18 November 2025", META),
    p("<b>Agenda item:</b> 8", META),
    p("<b>Title:</b> Revenue Budget Monitoring 2025/26 \u2013 Quarter 2 (position at 30 September 2025)", META),
    p("<b>Report of:</b> Director of Finance and Section 151 Officer (Martin Oduya)", META),
    p("<b>Cabinet Member:</b> Councillor Priya Hallam, Cabinet Member for Finance and Resources", META),
    p("<b>Wards affected:</b> All wards", META),
    p("<b>Key decision:</b> Yes", META),
    Spacer(1, 6),
]

# 1 Purpose
story += [
    p("1. Purpose of the report", H1),
    p("1.1 This report sets out the forecast revenue outturn for 2025/26 as at the end of Quarter 2 "
      "(30 September 2025), based on actual spending to date and forecasts agreed with budget holders. "
      "It also reports progress on the 2025/26 savings programme, the forecast level of usable reserves "
      "and collection performance for council tax and business rates."),
    p("1.2 Quarterly monitoring supports the Council\u2019s Medium Term Financial Strategy (MTFS) 2025/26 to "
      "2028/29 and the duty under Section 28 of the Local Government Act 2003 to review the budget "
      "during the year."),
]

# 2 Recommendations
story += [p("2. Recommendations", H1), p("2.1 Cabinet is recommended to:")]
story += bullets([
    "note the forecast overspend of \u00a37.49m (2.5% of the net revenue budget) at Quarter 2, an "
    "increase of \u00a31.44m from the \u00a36.05m reported at Quarter 1;",
    "approve a virement of \u00a31.20m from the Corporate Contingency to Adult Social Care to fund the "
    "2025/26 care provider fee uplift;",
    "approve the write-off of irrecoverable business rates debts totalling \u00a3312,000, as set out in "
    "paragraph 10.3;",
    "note that 4 of the 20 savings schemes are rated Red and that \u00a33.29m of the \u00a315.10m savings "
    "target is not forecast to be delivered;",
    "ask the Director of Children\u2019s Services to bring a placement sufficiency recovery plan to "
    "Cabinet in January 2026.",
])

# 3 Summary
story += [
    p("3. Summary of the forecast position", H1),
    p("3.1 Full Council set a net revenue budget of \u00a3297.45m for 2025/26 on 26 February 2025. At "
      "Quarter 2 the forecast outturn is \u00a3304.94m, an overspend of \u00a37.49m. This compares with a "
      "forecast overspend of \u00a36.05m at Quarter 1 (30 June 2025)."),
    p("3.2 The overspend is driven by the People directorates, which together forecast an overspend of "
      "\u00a38.33m. This is partly offset by underspends in Corporate services (\u00a31.29m) and in centrally "
      "held budgets (\u00a31.29m), mainly from higher treasury investment income."),
    p("3.3 If the overspend is not reduced by the year end it will have to be met from the Budget "
      "Smoothing Reserve, which would fall to \u00a32.24m at 31 March 2026 (see section 9)."),
    p("3.4 Key facts at Quarter 2:"),
]
for line in [
    "Net revenue budget 2025/26: \u00a3297.45m",
    "Forecast outturn: \u00a3304.94m",
    "Forecast overspend: \u00a37.49m",
    "Forecast overspend at Quarter 1: \u00a36.05m",
    "Savings target 2025/26: \u00a315.10m",
    "Savings forecast to be delivered: \u00a311.81m",
    "General Fund reserve at 1 April 2025: \u00a318.20m",
    "Children looked after at 30 September 2025: 412",
    "Households in temporary accommodation at 30 September 2025: 386",
]:
    story.append(p(line, KEYFACT))

# 4 Directorates - Table 1
story += [
    p("4. Forecast outturn by directorate", H1),
    p("4.1 Table 1 summarises the forecast outturn for each directorate. Figures in brackets are "
      "underspends or, for income budgets, additional income. The movement column compares the "
      "Quarter 2 variance with the variance reported at Quarter 1."),
]
t1 = [
    ["Directorate / service", "Revised budget", "Forecast outturn", "Variance", "", "Movement"],
    ["", "", "", "Quarter 2", "Quarter 1", "since Q1"],
    ["People"] + [""] * 5,
    ["Adult Social Care", "112,380", "116,970", "4,590", "3,860", "730"],
    ["Children\u2019s Services", "68,240", "72,115", "3,875", "2,940", "935"],
    ["Education and Skills", "9,615", "9,480", "(135)", "(60)", "(75)"],
    ["People subtotal", "190,235", "198,565", "8,330", "6,740", "1,590"],
    ["Place"] + [""] * 5,
    ["Highways and Transport", "21,460", "22,185", "725", "410", "315"],
    ["Waste and Environment", "27,930", "27,655", "(275)", "(120)", "(155)"],
    ["Housing and Homelessness", "8,745", "10,320", "1,575", "1,210", "365"],
    ["Planning and Regeneration", "5,190", "4,905", "(285)", "(150)", "(135)"],
    ["Place subtotal", "63,325", "65,065", "1,740", "1,350", "390"],
    ["Corporate"] + [""] * 5,
    ["Finance and Resources", "18,640", "18,395", "(245)", "(90)", "(155)"],
    ["Legal and Governance", "6,320", "6,475", "155", "100", "55"],
    ["Corporate Contingency", "4,000", "2,800", "(1,200)", "(1,200)", "\u2013"],
    ["Corporate subtotal", "28,960", "27,670", "(1,290)", "(1,190)", "(100)"],
    ["Centrally held budgets"] + [""] * 5,
    ["Capital financing", "12,480", "12,130", "(350)", "(250)", "(100)"],
    ["Treasury investment income", "(2,600)", "(3,540)", "(940)", "(600)", "(340)"],
    ["Levies and precepts", "5,050", "5,050", "\u2013", "\u2013", "\u2013"],
    ["Centrally held subtotal", "14,930", "13,640", "(1,290)", "(850)", "(440)"],
    ["Total net revenue budget", "297,450", "304,940", "7,490", "6,050", "1,440"],
]
story += [
    caption("Table 1: Forecast revenue outturn by directorate, 2025/26 (\u00a3000)"),
    make_table(t1, [58 * mm, 22 * mm, 24 * mm, 22 * mm, 22 * mm, 22 * mm], header_rows=2,
               spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0))],
               group_rows=(2, 7, 13, 18), bold_rows=(6, 12, 17, 22, 23)),
    Spacer(1, 4),
    p("4.2 The overall position has worsened by \u00a31.44m since Quarter 1. The largest adverse movements "
      "were in Children\u2019s Services (\u00a3935,000) and Adult Social Care (\u00a3730,000)."),
]

# 5 ASC - Table 2
story += [
    p("5. Adult Social Care", H1),
    p("5.1 Adult Social Care (ASC) is forecasting an overspend of \u00a34.59m, \u00a30.73m more than at "
      "Quarter 1. Table 2 analyses the forecast by service line, with the number of people receiving "
      "each service at 30 September 2025."),
    p("5.2 The largest pressure is residential care for older people, where the number of people placed "
      "rose from 618 at 31 March 2025 to 642 at 30 September 2025 and the average weekly cost of a new "
      "placement has risen to \u00a31,085. Home care hours commissioned averaged 24,310 a week in "
      "Quarter 2, against 22,950 hours a week assumed in the budget."),
    p("5.3 The Learning Disability (LD) supported living overspend of \u00a31,075,000 reflects eleven "
      "young people moving from Children\u2019s Services during the year, the majority with packages "
      "costing over \u00a32,000 a week."),
]
t2 = [
    ["Service line", "Budget \u00a3000", "Forecast \u00a3000", "Variance \u00a3000",
     "People supported (30 Sep 2025)", "Trend since Q1"],
    ["Residential care \u2013 older people", "31,250", "33,020", "1,770", "642", "Worsening"],
    ["Nursing care", "18,460", "19,385", "925", "287", "Worsening"],
    ["Home care", "24,800", "25,910", "1,110", "1,418", "Worsening"],
    ["Direct payments", "9,640", "9,410", "(230)", "596", "Improving"],
    ["Learning disability supported living", "22,170", "23,245", "1,075", "311", "Stable"],
    ["Mental health placements", "6,980", "7,140", "160", "94", "Stable"],
    ["Assessment and care management staffing", "12,680", "12,390", "(290)", "n/a", "Improving"],
    ["Client contributions (income)", "(13,600)", "(13,530)", "70", "n/a", "Stable"],
    ["Adult Social Care total", "112,380", "116,970", "4,590", "3,348", "Worsening"],
]
story += [
    caption("Table 2: Adult Social Care forecast by service line, 2025/26"),
    make_table(t2, [62 * mm, 20 * mm, 21 * mm, 21 * mm, 26 * mm, 22 * mm], bold_rows=(9,)),
]

# 6 Children - Table 3
story += [
    p("6. Children\u2019s Services", H1),
    p("6.1 Children\u2019s Services is forecasting an overspend of \u00a33.88m. There were 412 children "
      "looked after (CLA) at 30 September 2025, compared with 396 at 31 March 2025. The number of children "
      "in external residential placements increased from 38 at Quarter 1 to 41 at Quarter 2, at an "
      "average weekly cost of \u00a36,450."),
    p("6.2 Home to school transport for children with Special Educational Needs and Disabilities (SEND) "
      "is forecast to overspend by \u00a31.12m, reflecting a 9% increase in the number of eligible children "
      "since September 2024. Independent Fostering Agencies (IFAs) are forecast to overspend by "
      "\u00a30.55m, while in-house fostering is underspending because of a shortage of approved carers."),
    p("6.3 The Dedicated Schools Grant (DSG) High Needs Block is forecast to have a cumulative deficit of "
      "\u00a323.6m at 31 March 2026. This deficit is held in a separate unusable reserve under the statutory "
      "override and is not included in the General Fund figures in this report."),
]
t3 = [
    ["Budget area", "Budget", "Forecast", "Variance", "Q1 variance"],
    ["External residential placements", "14,850", "17,420", "2,570", "1,980"],
    ["Independent fostering agencies", "8,360", "8,910", "550", "430"],
    ["In-house fostering", "5,240", "5,010", "(230)", "(180)"],
    ["SEND home to school transport", "9,780", "10,895", "1,115", "840"],
    ["Social work staffing", "18,400", "18,270", "(130)", "(130)"],
    ["Other children\u2019s services", "11,610", "11,610", "\u2013", "\u2013"],
    ["Children\u2019s Services total", "68,240", "72,115", "3,875", "2,940"],
]
story += [
    KeepTogether([
        caption("Table 3: Children\u2019s Services forecast by budget area, 2025/26 (\u00a3000)"),
        make_table(t3, [70 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], bold_rows=(7,)),
    ])
]

# 7 Place and corporate
story += [
    p("7. Place, Corporate and centrally held budgets", H1),
    p("7.1 Place directorate is forecasting an overspend of \u00a31.74m. Housing and Homelessness accounts "
      "for \u00a31.58m of this because of demand for temporary accommodation (TA): 386 households were in TA "
      "at 30 September 2025 (up from 341 at 30 June 2025), of whom 112 were in bed and breakfast "
      "(B&amp;B) accommodation. Highways and Transport is forecasting \u00a30.73m over budget after 6,214 "
      "pothole repairs were completed between April and September."),
    p("7.2 Corporate services are forecasting an underspend of \u00a31.29m, of which \u00a31.20m is the "
      "uncommitted Corporate Contingency that is proposed for virement to Adult Social Care."),
    p("7.3 Treasury investment income is forecast at \u00a33.54m against a budget of \u00a32.60m because "
      "cash balances have remained higher than expected and the average interest rate earned has been "
      "4.6%."),
]

# 8 Savings - Tables 4 and 5
story += [
    p("8. Savings programme 2025/26", H1),
    p("8.1 The 2025/26 budget includes savings of \u00a315.10m across 20 schemes. At Quarter 2, "
      "\u00a311.81m (78.2%) is forecast to be delivered, leaving a shortfall of \u00a33.29m. Schemes are "
      "rated Green (on track to deliver in full), Amber (partial delivery expected or significant risks "
      "to delivery) or Red (major shortfall expected). Table 4 lists every scheme and Table 5 summarises "
      "the programme by RAG rating."),
    p("8.2 Four schemes are rated Red: the review of high-cost learning disability packages, the "
      "fostering recruitment campaign, SEND transport route optimisation and the purchase of temporary "
      "accommodation units. Directors have been asked to identify replacement savings of equal value "
      "by the end of Quarter 3."),
]
schemes = [
    ("Adult Social Care", [
        ("S01", "Reablement service expansion", "1,200", "1,050", "Amber"),
        ("S02", "Review of high-cost learning disability packages", "1,500", "900", "Red"),
        ("S03", "Technology-enabled care", "650", "650", "Green"),
        ("S04", "Home care framework re-procurement", "800", "620", "Amber"),
        ("S05", "Recovery of unspent direct payments", "400", "400", "Green"),
    ], ("4,550", "3,620", "(930)")),
    ("Children\u2019s Services", [
        ("S06", "Fostering recruitment campaign", "900", "300", "Red"),
        ("S07", "Edge-of-care service", "750", "450", "Amber"),
        ("S08", "SEND transport route optimisation", "1,100", "500", "Red"),
        ("S09", "Early help restructure", "600", "600", "Green"),
    ], ("3,350", "1,850", "(1,500)")),
    ("Place", [
        ("S10", "Street lighting LED conversion", "450", "450", "Green"),
        ("S11", "Garden waste charge increase", "520", "560", "Green"),
        ("S12", "Parking tariff review", "680", "510", "Amber"),
        ("S13", "Purchase of temporary accommodation units", "900", "350", "Red"),
        ("S14", "Planning fee income", "300", "300", "Green"),
        ("S15", "Libraries operating model", "350", "280", "Amber"),
    ], ("3,200", "2,450", "(750)")),
    ("Corporate", [
        ("S16", "Digital customer services", "700", "700", "Green"),
        ("S17", "Office accommodation rationalisation", "850", "850", "Green"),
        ("S18", "Procurement contract savings", "1,000", "890", "Amber"),
        ("S19", "Vacancy management", "1,200", "1,200", "Green"),
        ("S20", "Fees and charges inflation uplift", "250", "250", "Green"),
    ], ("4,000", "3,890", "(110)")),
]


def shortfall(t, f):
    d = int(f.replace(",", "")) - int(t.replace(",", ""))
    if d == 0:
        return "\u2013"
    s = "{:,}".format(abs(d))
    return "(%s)" % s if d < 0 else s


t4 = [["Ref", "Scheme", "Target \u00a3000", "Forecast \u00a3000", "Shortfall \u00a3000", "RAG"]]
groups, bolds = [], []
for name, rows, sub in schemes:
    groups.append(len(t4))
    t4.append([name] + [""] * 5)
    for ref, nm, tg, fc, rag in rows:
        t4.append([ref, nm, tg, fc, shortfall(tg, fc), rag])
    bolds.append(len(t4))
    t4.append(["", name + " subtotal", sub[0], sub[1], sub[2], ""])
bolds.append(len(t4))
t4.append(["", "Total savings programme", "15,100", "11,810", "(3,290)", "Amber"])

rag_col = {"Red": colors.HexColor("#F4B6B6"), "Amber": colors.HexColor("#FBE2A8"),
           "Green": colors.HexColor("#C6E6C1")}
extra = []
for i, r in enumerate(t4):
    if r[5] in rag_col:
        extra.append(("BACKGROUND", (5, i), (5, i), rag_col[r[5]]))
story += [
    caption("Table 4: Savings schemes 2025/26 \u2013 forecast delivery at Quarter 2"),
    make_table(t4, [12 * mm, 74 * mm, 22 * mm, 24 * mm, 24 * mm, 16 * mm],
               group_rows=tuple(groups), bold_rows=tuple(bolds), extra=extra),
    Spacer(1, 4),
]
t5 = [
    ["RAG rating", "Number of schemes", "Target \u00a3000", "Forecast \u00a3000", "% of target delivered"],
    ["Green", "10", "5,920", "5,960", "100.7%"],
    ["Amber", "6", "4,780", "3,800", "79.5%"],
    ["Red", "4", "4,400", "2,050", "46.6%"],
    ["Total", "20", "15,100", "11,810", "78.2%"],
]
story += [
    KeepTogether([
        caption("Table 5: Savings programme by RAG rating, 2025/26"),
        make_table(t5, [34 * mm, 30 * mm, 28 * mm, 28 * mm, 34 * mm], bold_rows=(4,)),
    ])
]

# 9 Reserves - Table 6
story += [
    p("9. Reserves", H1),
    p("9.1 Table 6 shows usable revenue reserves at 31 March for the last three financial years and the "
      "forecast for 31 March 2026. The forecast assumes that the Quarter 2 overspend of \u00a37.49m is "
      "met in full from the Budget Smoothing Reserve. The General Fund reserve is held at \u00a318.20m, "
      "which is 6.1% of the net revenue budget and within the minimum range of 5% to 7% set in the MTFS."),
]
t6 = [
    ["Reserve", "2022/23", "2023/24", "2024/25", "2025/26 forecast"],
    ["General Fund reserve", "16,500", "17,100", "18,200", "18,200"],
    ["Earmarked reserves"] + [""] * 4,
    ["Budget Smoothing Reserve", "12,400", "10,850", "9,730", "2,240"],
    ["Transformation Reserve", "6,200", "5,480", "4,960", "3,610"],
    ["Insurance Reserve", "4,150", "4,320", "4,410", "4,410"],
    ["Public Health Grant Reserve", "2,860", "2,340", "1,975", "1,420"],
    ["Other earmarked reserves", "24,300", "26,150", "27,880", "25,340"],
    ["Earmarked reserves subtotal", "49,910", "49,140", "48,955", "37,020"],
    ["Total usable revenue reserves", "66,410", "66,240", "67,155", "55,220"],
]
story += [
    KeepTogether([
        caption("Table 6: Usable revenue reserves at 31 March (\u00a3000)"),
        make_table(t6, [64 * mm, 26 * mm, 26 * mm, 26 * mm, 30 * mm], group_rows=(2,),
                   bold_rows=(8, 9)),
    ])
]

# 10 Collection - Table 7
story += [
    p("10. Collection and debt", H1),
    p("10.1 Table 7 compares cumulative collection at 30 September with the same point in the previous "
      "two years. Council tax collection is slightly behind target, reflecting increased use of 12-month "
      "instalment plans."),
    p("10.2 Sundry debt more than 90 days old has risen to \u00a36.15m. Adult social care client debt "
      "accounts for most of the increase, and a dedicated recovery officer has been appointed."),
    p("10.3 Cabinet approval is sought to write off \u00a3312,000 of business rates debt relating to 27 "
      "accounts where the company has been dissolved or is in insolvent liquidation and there is no "
      "realistic prospect of recovery."),
]
t7 = [
    ["Measure", "Q2 2023/24", "Q2 2024/25", "Q2 2025/26", "2025/26 target", "RAG"],
    ["Council tax collected (%)", "57.3%", "57.0%", "56.8%", "57.5%", "Amber"],
    ["Business rates collected (%)", "58.4%", "57.1%", "57.9%", "58.0%", "Amber"],
    ["Sundry debt over 90 days (\u00a3000)", "4,820", "5,310", "6,145", "4,500", "Red"],
    ["Adult social care client debt (\u00a3000)", "7,240", "7,960", "8,520", "7,500", "Red"],
    ["Supplier invoices paid within 30 days (%)", "91.2%", "93.5%", "95.1%", "95.0%", "Green"],
]
story += [
    KeepTogether([
        caption("Table 7: Collection performance, cumulative to 30 September"),
        make_table(t7, [62 * mm, 22 * mm, 22 * mm, 22 * mm, 24 * mm, 18 * mm]),
    ])
]

# 11 Risks
story += [p("11. Risks", H1), p("11.1 The main risks to the forecast position are:")]
story += bullets([
    "continued growth in demand for adult residential and nursing care beyond the levels now assumed;",
    "further increases in the number and cost of external residential placements for children;",
    "the 2025/26 pay award: the budget assumed 3.0% but the national offer of 3.2% would cost an "
    "additional \u00a30.41m;",
    "temporary accommodation demand continuing to rise over the winter months;",
    "non-delivery of the four Red-rated savings schemes without replacement savings.",
])

# 12 Implications
story += [
    p("12. Financial, legal and equality implications", H1),
    p("12.1 Financial: the financial implications are set out in the body of the report. Any overspend "
      "remaining at the year end will reduce the reserves available to support the 2026/27 budget."),
    p("12.2 Legal: the Council must set a balanced budget and, under Section 28 of the Local Government "
      "Act 2003, keep its budget under review during the year and take action if there is a "
      "deterioration in its financial position."),
    p("12.3 Equality: there are no direct equality implications arising from this report. Equality "
      "impact assessments are completed for individual savings schemes."),
    Spacer(1, 6),
    p("<b>Contact officer:</b> Helen Strachan, Head of Corporate Finance, "
      "helen.strachan@wystanbury.gov.example", META),
    p("<b>Background papers:</b> Revenue Budget 2025/26 and MTFS (Council, 26 February 2025); "
      "Revenue Budget Monitoring Quarter 1 (Cabinet, 16 September 2025).", META),
]

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=16 * mm, bottomMargin=18 * mm,
                        title="Revenue Budget Monitoring 2025/26 - Quarter 2",
                        author="Wystanbury Borough Council")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
