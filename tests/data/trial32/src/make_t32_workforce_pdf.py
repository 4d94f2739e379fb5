"""Paper 1 (PDF): Castermere County Council workforce report, Quarter 2 2025-26."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from common import OUT, num, pct, rnd

_FD = "/usr/share/fonts/truetype/liberation/"
for _n, _f in [("LS", "LiberationSans-Regular.ttf"), ("LS-Bold", "LiberationSans-Bold.ttf"),
               ("LS-Italic", "LiberationSans-Italic.ttf"), ("LS-BoldItalic", "LiberationSans-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-Bold", italic="LS-Italic", boldItalic="LS-BoldItalic")

FILE = os.path.join(OUT, "t32_workforce_report_q2_2025-26.pdf")

# ----------------------------------------------------------------- data
GROUPS = [
    ("People directorates", ["Adults and Communities", "Children and Family Services", "Public Health"]),
    ("Place directorates", ["Environment and Transport", "Growth and Regeneration"]),
    ("Corporate directorates", ["Corporate Resources", "Chief Executive's Department"]),
]
# headcount Sep 2024, headcount Sep 2025, FTE Sep 2024, FTE Sep 2025
WORKFORCE = {
    "Adults and Communities": (1642, 1688, 1358.4, 1401.2),
    "Children and Family Services": (1214, 1251, 1096.7, 1129.5),
    "Public Health": (96, 91, 84.6, 80.2),
    "Environment and Transport": (738, 726, 701.3, 688.9),
    "Growth and Regeneration": (142, 149, 131.8, 139.0),
    "Corporate Resources": (1087, 1063, 912.5, 894.7),
    "Chief Executive's Department": (211, 218, 196.4, 203.8),
}
# sickness days lost per FTE: 2024-25 Q1..Q4, 2025-26 Q1, Q2
SICKNESS = {
    "Adults and Communities": (2.61, 2.74, 2.95, 2.68, 2.49, 2.57),
    "Children and Family Services": (2.38, 2.52, 2.71, 2.44, 2.31, 2.29),
    "Public Health": (1.42, 1.38, 1.66, 1.51, 1.47, 1.55),
    "Environment and Transport": (2.22, 2.31, 2.58, 2.36, 2.18, 2.11),
    "Growth and Regeneration": (1.35, 1.29, 1.58, 1.44, 1.31, 1.40),
    "Corporate Resources": (1.92, 2.05, 2.26, 2.01, 1.88, 1.97),
    "Chief Executive's Department": (1.21, 1.33, 1.49, 1.28, 1.17, 1.12),
}
QUARTER_TARGET = 2.13  # 8.5 days a year
# agency spend £000s: Jul, Aug, Sep 2025, Q2 2024-25
AGENCY = {
    "Adults and Communities": (412.6, 398.1, 421.9, 1385.2),
    "Children and Family Services": (688.4, 702.7, 671.3, 2214.9),
    "Public Health": (0.0, 6.2, 0.0, 18.4),
    "Environment and Transport": (96.3, 88.7, 102.4, 251.6),
    "Growth and Regeneration": (14.8, 12.1, 17.5, 39.0),
    "Corporate Resources": (121.5, 117.9, 109.6, 402.3),
    "Chief Executive's Department": (8.9, 11.4, 10.2, 22.7),
}
# vacancies by service: establishment FTE, vacant FTE, covered by agency FTE
VACANCIES = {
    "Adults and Communities": [
        ("Care Pathway East", 312.0, 27.5, 9.0),
        ("Care Pathway West", 298.5, 31.0, 11.5),
        ("Reablement (Home First)", 264.0, 22.4, 6.0),
        ("Commissioning and Quality", 118.6, 7.8, 1.0),
        ("Libraries and Heritage", 516.3, 24.1, 0.0),
    ],
    "Children and Family Services": [
        ("Assessment and Safeguarding", 286.4, 34.6, 21.0),
        ("Children in Care", 301.2, 28.9, 14.5),
        ("Fostering and Adoption", 142.7, 11.3, 3.0),
        ("SEND and Inclusion", 211.5, 23.7, 8.5),
        ("Education Quality and Skills", 258.9, 13.2, 1.0),
    ],
    "Public Health": [
        ("Health Improvement", 52.4, 4.1, 0.0),
        ("Health Protection and Intelligence", 33.6, 2.9, 0.5),
    ],
    "Environment and Transport": [
        ("Highways Operations", 348.2, 21.6, 5.0),
        ("Waste Management", 142.8, 9.7, 3.5),
        ("Transport Operations", 151.3, 12.4, 1.5),
        ("Network Management", 92.6, 6.3, 0.0),
    ],
    "Growth and Regeneration": [
        ("Planning and Development", 88.4, 8.9, 1.5),
        ("Economic Growth", 56.7, 2.3, 0.0),
    ],
    "Corporate Resources": [
        ("Finance", 188.2, 14.6, 4.0),
        ("ICT and Digital", 176.5, 19.8, 6.5),
        ("Legal Services", 84.3, 8.6, 3.0),
        ("People and Organisational Development", 121.9, 6.4, 0.0),
        ("Property and Facilities", 214.7, 12.9, 1.0),
        ("Customer Services", 167.4, 9.1, 0.0),
    ],
    "Chief Executive's Department": [
        ("Democratic Services", 61.3, 3.2, 0.0),
        ("Policy and Communications", 149.8, 8.4, 0.5),
    ],
}


def tot(vals):
    return [sum(v) for v in zip(*vals)]


ALL_DIRS = [d for _, ds in GROUPS for d in ds]
WF_TOTAL = tot([WORKFORCE[d] for d in ALL_DIRS])
FTE25 = {d: WORKFORCE[d][3] for d in ALL_DIRS}


def council_sickness(i):
    # FTE-weighted average using September 2025 FTE
    return sum(SICKNESS[d][i] * FTE25[d] for d in ALL_DIRS) / sum(FTE25.values())


SICK_COUNCIL = [rnd(council_sickness(i), 2) for i in range(6)]

AG_Q2 = {d: sum(AGENCY[d][:3]) for d in ALL_DIRS}
AG_TOTAL_MONTHS = [sum(AGENCY[d][i] for d in ALL_DIRS) for i in range(4)]
AG_TOTAL_Q2 = sum(AG_Q2.values())

VAC_DIR = {d: tot([r[1:] for r in VACANCIES[d]]) for d in ALL_DIRS}
VAC_TOTAL = tot(list(VAC_DIR.values()))
VAC_RATE_TOTAL = rnd(VAC_TOTAL[1] / VAC_TOTAL[0] * 100, 1)

TURNOVER = [
    ("W1", "Voluntary turnover (rolling 12 months)", "11.8%", "10.9%", "10.4%", "10.1%", "10.0%", "Amber", "Improving"),
    ("W2", "Total turnover (rolling 12 months)", "14.6%", "13.7%", "13.2%", "12.9%", "13.0%", "Green", "Improving"),
    ("W3", "Leavers with less than one year's service", "21.4%", "19.8%", "20.6%", "22.3%", "18.0%", "Red", "Worsening"),
    ("W4", "Vacancy rate (vacant FTE as % of establishment)", "9.6%", "8.9%", "8.4%", pct(VAC_RATE_TOTAL), "8.0%", "Green", "Improving"),
    ("W5", "Agency workers as % of workforce", "3.9%", "3.4%", "3.1%", "2.9%", "3.0%", "Green", "Improving"),
    ("W6", "Average time to hire (days)", "61", "57", "54", "52", "50", "Amber", "Improving"),
    ("W7", "Apprenticeship starts (year to date)", "112", "127", "34", "71", "n/a", "n/a", "–"),
    ("W8", "Employee engagement index", "68%", "71%", "n/a", "n/a", "72%", "–", "–"),
]

# ----------------------------------------------------------------- styles
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
NUMP = ParagraphStyle("nump", parent=BODY, leftIndent=11 * mm, firstLineIndent=-11 * mm)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=16 * mm, firstLineIndent=-5 * mm, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LS-Bold", fontSize=15, leading=19, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LS-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5)
CAP = ParagraphStyle("cap", parent=BODY, fontName="LS-Bold", fontSize=9.5, spaceBefore=4, spaceAfter=4)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8.5, leading=11, spaceBefore=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LS-Bold")
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=2)

story = []


def P(text, style=BODY):
    story.append(Paragraph(text, style))


def NP(ref, text):
    story.append(Paragraph(f"{ref}<tab/>{text}".replace("<tab/>", "&nbsp;&nbsp;&nbsp;&nbsp;"), NUMP))


def BULLETS(items, marker="•"):
    for it in items:
        story.append(Paragraph(f"{marker} {it}", BUL))


def gridless(data, col_widths, header_rows=1, total_rows=(), bold_rows=(), group_rows=(), spans=(),
             repeat=0, align_from=1):
    t = Table(data, colWidths=col_widths, repeatRows=repeat, hAlign="LEFT")
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "LS"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), "LS-Bold"),
        ("ALIGN", (align_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ]
    for r in total_rows:
        st += [("LINEABOVE", (0, r), (-1, r), 0.8, colors.black), ("FONTNAME", (0, r), (-1, r), "LS-Bold")]
    for r in bold_rows:
        st += [("FONTNAME", (0, r), (-1, r), "LS-Bold")]
    for r in group_rows:
        st += [("FONTNAME", (0, r), (-1, r), "LS-BoldItalic"), ("SPAN", (0, r), (-1, r)),
               ("ALIGN", (0, r), (-1, r), "LEFT")]
    for s in spans:
        st.append(("SPAN",) + s)
        st.append(("ALIGN", s[0], s[1], "CENTER"))
    t.setStyle(TableStyle(st))
    return t


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LS", 8)
    canvas.drawString(20 * mm, 12 * mm, "Castermere County Council – Employment and Appointments Committee – 18 November 2025")
    canvas.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
    canvas.restoreState()


# ----------------------------------------------------------------- content
P("CASTERMERE COUNTY COUNCIL", ParagraphStyle("org", parent=BODY, fontName="LS-Bold", fontSize=11))
P("EMPLOYMENT AND APPOINTMENTS COMMITTEE – 18 NOVEMBER 2025", ParagraphStyle("m", parent=BODY, fontName="LS-Bold"))
P("Workforce Report: Quarter 2 2025-26 (July to September 2025)", H1)
P("Report of the Director of Corporate Resources", ParagraphStyle("by", parent=BODY, fontName="LS-Italic"))
P("Agenda item 7 &nbsp;&nbsp; Status: Public &nbsp;&nbsp; Electoral divisions affected: All", NOTE)

story.append(Paragraph("1. Purpose of the report", H2))
NP("1.1", "The purpose of this report is to provide the Committee with the quarterly update on the Council's "
   "workforce for the period 1 July to 30 September 2025 (Quarter 2 of 2025-26). It covers headcount and "
   "full-time equivalent (FTE) staffing by directorate, sickness absence, the use of agency workers, vacancies "
   "and staff turnover.")
NP("1.2", "The figures exclude staff employed directly by maintained schools, casual relief workers with no "
   "contracted hours and elected members. Unless stated otherwise, figures are a snapshot at 30 September 2025.")

story.append(Paragraph("2. Recommendations", H2))
NP("2.1", "It is recommended that the Committee:")
BULLETS([
    "notes the workforce information for Quarter 2 2025-26 set out in this report;",
    "notes the continued reduction in agency spend and the actions being taken through the Managed Service Provider contract;",
    "supports the proposed refresh of the Attendance Management Policy described in section 5; and",
    "asks for a further report on early leavers (staff leaving within their first year) to its meeting in March 2026.",
])

story.append(Paragraph("3. Background", H2))
NP("3.1", "The Committee receives a workforce report each quarter as part of the People Strategy 2024-2028, which "
   "was approved by Cabinet in February 2024. The strategy has four themes: attracting talent, developing our "
   "people, wellbeing and inclusion, and modern ways of working.")
NP("3.2", "Since April 2024 the Council has engaged temporary workers through a single Managed Service Provider (MSP), "
   "Brightwell Talent Partners, which sources agency staff from a panel of approved suppliers at agreed rates. "
   "The contract runs until 31 March 2027 with an option to extend for two further years.")
NP("3.3", "The data in this report is drawn from the Council's HR and payroll system (Oracle Fusion) and from "
   "invoices processed through the MSP. Sickness absence is recorded by managers through the self-service portal "
   "and is reported as the average number of working days lost per FTE employee in the quarter.")
NP("3.4", "The corporate target for sickness absence in 2025-26 is 8.5 days lost per FTE over the year, equivalent "
   f"to {QUARTER_TARGET:.2f} days per FTE in each quarter. The vacancy rate target is 8.0% and the voluntary "
   "turnover target is 10.0%.")

story.append(Paragraph("4. Workforce profile", H2))
hc_change = WF_TOTAL[1] - WF_TOTAL[0]
fte_change = WF_TOTAL[3] - WF_TOTAL[2]
NP("4.1", f"At 30 September 2025 the Council employed {num(WF_TOTAL[1])} people (headcount), equivalent to "
   f"{num(WF_TOTAL[3], 1)} FTE. This is an increase of {num(hc_change)} people and {num(fte_change, 1)} FTE "
   "compared with September 2024. Table 1 sets out the position by directorate.")
NP("4.2", "The largest increases were in Adults and Communities, where the Home First reablement service has been "
   "expanded with Better Care Fund (BCF) money, and in Children and Family Services, where 24 newly qualified "
   "social workers joined the Assessment and Safeguarding service in September. Corporate Resources has reduced "
   "in size as a result of the customer services restructure completed in June 2025.")

d1 = [["", "Headcount", "", "FTE", "", "Change"],
      ["Directorate", "Sep 2024", "Sep 2025", "Sep 2024", "Sep 2025", "in FTE"]]
grp_rows, sub_rows = [], []
for g, ds in GROUPS:
    grp_rows.append(len(d1)); d1.append([g, "", "", "", "", ""])
    for d in ds:
        a, b, c, e = WORKFORCE[d]
        d1.append([d, num(a), num(b), num(c, 1), num(e, 1), num(e - c, 1)])
    s = tot([WORKFORCE[d] for d in ds])
    sub_rows.append(len(d1))
    d1.append([f"Subtotal – {g.split()[0]}", num(s[0]), num(s[1]), num(s[2], 1), num(s[3], 1), num(s[3] - s[2], 1)])
d1.append(["Council total", num(WF_TOTAL[0]), num(WF_TOTAL[1]), num(WF_TOTAL[2], 1), num(WF_TOTAL[3], 1),
           num(WF_TOTAL[3] - WF_TOTAL[2], 1)])
story.append(KeepTogether([
    Paragraph("Table 1: Headcount and FTE by directorate, September 2024 and September 2025", CAP),
    gridless(d1, [62 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm], header_rows=2,
             total_rows=[len(d1) - 1], bold_rows=sub_rows, group_rows=grp_rows,
             spans=[((1, 0), (2, 0)), ((3, 0), (4, 0))]),
    Paragraph("Figures in brackets are reductions. Headcount counts each person once within a directorate; "
              "staff with posts in two directorates are counted in both, so subtotals may not match the "
              "corporate headcount reported to the Cabinet.", NOTE)]))
NP("4.3", "Part-time working remains common: 38% of employees work part time, rising to 61% in Libraries and "
   "Heritage. The average age of the workforce is 46, and 71% of employees are women.")

story.append(Paragraph("5. Sickness absence", H2))
q2_25, q2_24 = SICK_COUNCIL[5], SICK_COUNCIL[1]
NP("5.1", f"Sickness absence across the Council averaged {q2_25:.2f} days lost per FTE in Quarter 2 2025-26, "
   f"compared with {q2_24:.2f} days in the same quarter last year and the quarterly target of {QUARTER_TARGET:.2f} days. "
   "Table 2 shows the trend over the last six quarters.")

d2 = [["", "2024-25", "", "", "", "2025-26", "", "", ""],
      ["Directorate", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "RAG", "Trend"]]


def rag_sick(v):
    return "Green" if v <= QUARTER_TARGET else ("Amber" if v <= 2.40 else "Red")


def trend_sick(now, before):
    if abs(now - before) < 0.05:
        return "Stable"
    return "Improving" if now < before else "Worsening"


SICK_RAG = {}
for d in ALL_DIRS:
    v = SICKNESS[d]
    SICK_RAG[d] = (rag_sick(v[5]), trend_sick(v[5], v[1]))
    d2.append([d] + [f"{x:.2f}" for x in v] + list(SICK_RAG[d]))
SICK_RAG["Council"] = (rag_sick(SICK_COUNCIL[5]), trend_sick(SICK_COUNCIL[5], SICK_COUNCIL[1]))
d2.append(["Whole Council"] + [f"{x:.2f}" for x in SICK_COUNCIL] + list(SICK_RAG["Council"]))
story.append(KeepTogether([
    Paragraph("Table 2: Average working days lost to sickness per FTE, by quarter", CAP),
    gridless(d2, [58 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 15 * mm, 20 * mm], header_rows=2,
             total_rows=[len(d2) - 1], spans=[((1, 0), (4, 0)), ((5, 0), (6, 0))]),
    Paragraph(f"RAG: Green = at or below the quarterly target of {QUARTER_TARGET:.2f} days; Amber = up to 2.40 days; "
              "Red = above 2.40 days. Trend compares Quarter 2 2025-26 with Quarter 2 2024-25. The Whole Council "
              "figure is weighted by FTE.", NOTE)]))
red = [d for d in ALL_DIRS if SICK_RAG[d][0] == "Red"]
amber = [d for d in ALL_DIRS if SICK_RAG[d][0] == "Amber"]
NP("5.2", f"{' and '.join(red) if red else 'No directorate'} {'is' if len(red) == 1 else 'are'} rated Red for Quarter 2, "
   f"and {' and '.join(amber)} {'is' if len(amber) == 1 else 'are'} rated Amber. Long-term absence (a continuous "
   "period of 20 working days or more) accounted for 58% of all days lost in the quarter.")
NP("5.3", "The main causes of absence in Quarter 2, measured by days lost, were:")
BULLETS([
    "Mental health, including stress, depression and anxiety (31.4% of days lost)",
    "Musculoskeletal problems, including back pain (19.7%)",
    "Surgery and post-operative recovery (11.2%)",
    "Coughs, colds and flu, including COVID-19 (8.6%)",
    "Gastrointestinal problems (6.9%)",
], marker="-")
NP("5.4", "The Employee Assistance Programme (EAP), provided by Calmway Wellbeing, received 412 contacts in "
   "Quarter 2, of which 63% related to personal rather than work issues. Occupational health received 287 "
   "management referrals, an increase of 14% on Quarter 1.")
NP("5.5", "A refresh of the Attendance Management Policy is proposed, following consultation with the recognised "
   "trade unions. The main changes are as follows:")
BULLETS([
    "a return-to-work conversation within three working days of every absence, recorded on the self-service portal;",
    "reducing the first formal review trigger from four to three episodes of absence in a rolling 12-month period;",
    "automatic referral to occupational health after 10 working days of absence for mental health reasons; and",
    "a new stress risk assessment toolkit for managers, developed with the EAP provider.",
])

story.append(Paragraph("6. Agency workers and spend", H2))
reduction = AG_TOTAL_MONTHS[3] - AG_TOTAL_Q2
NP("6.1", f"Spend on agency workers in Quarter 2 was £{num(AG_TOTAL_Q2 / 1000, 2)}m, a reduction of "
   f"£{num(reduction / 1000, 2)}m ({pct(reduction / AG_TOTAL_MONTHS[3] * 100)}) compared with Quarter 2 2024-25. "
   "Children and Family Services continues to account for the largest share, mainly for agency social workers "
   "covering vacant posts in the Assessment and Safeguarding service.")
d3 = [["", "Quarter 2 2025-26", "", "", "", "Q2", ""],
      ["Directorate", "Jul", "Aug", "Sep", "Total", "2024-25", "Change"]]
for d in ALL_DIRS:
    j, a, s, prev = AGENCY[d]
    d3.append([d, num(j, 1, dash_zero=True), num(a, 1, dash_zero=True), num(s, 1, dash_zero=True),
               num(AG_Q2[d], 1), num(prev, 1), num(AG_Q2[d] - prev, 1)])
d3.append(["Total", num(AG_TOTAL_MONTHS[0], 1), num(AG_TOTAL_MONTHS[1], 1), num(AG_TOTAL_MONTHS[2], 1),
           num(AG_TOTAL_Q2, 1), num(AG_TOTAL_MONTHS[3], 1), num(AG_TOTAL_Q2 - AG_TOTAL_MONTHS[3], 1)])
story.append(KeepTogether([
    Paragraph("Table 3: Agency spend by directorate, Quarter 2 2025-26 compared with Quarter 2 2024-25 (£000s)", CAP),
    gridless(d3, [60 * mm, 17 * mm, 17 * mm, 17 * mm, 18 * mm, 18 * mm, 18 * mm], header_rows=2,
             total_rows=[len(d3) - 1], spans=[((1, 0), (4, 0)), ((5, 0), (6, 0))]),
    Paragraph("Spend is shown on an invoiced basis and excludes VAT. – indicates no spend in the month. "
              "Figures in brackets are reductions.", NOTE)]))
NP("6.2", "At 30 September 2025 there were 214 agency workers engaged through the MSP, of whom 58 were social "
   "workers. The average engagement length was 31 weeks. Fourteen assignments have now lasted longer than 12 "
   "months and each is being reviewed by the relevant director.")
NP("6.3", "The regional memorandum of understanding on agency social worker pay rates, which caps the hourly charge "
   "rate at £45.50 for an experienced social worker, remains in place and all five neighbouring authorities "
   "continue to apply it.")

story.append(Paragraph("7. Vacancies and recruitment", H2))
NP("7.1", f"There were {num(VAC_TOTAL[1], 1)} vacant FTE across the Council at 30 September 2025, a vacancy rate "
   f"of {pct(VAC_RATE_TOTAL)} against an establishment of {num(VAC_TOTAL[0], 1)} FTE. Of the vacant posts, "
   f"{num(VAC_TOTAL[2], 1)} FTE were covered by agency workers. Table 4 shows the position by service.")

d4 = [["Service", Paragraph("<b>Establishment FTE</b>", CELLR), Paragraph("<b>Vacant FTE</b>", CELLR), Paragraph("<b>Vacancy rate</b>", CELLR), Paragraph("<b>Covered by agency (FTE)</b>", CELLR)]]
g4, s4 = [], []
for d in ALL_DIRS:
    g4.append(len(d4)); d4.append([d, "", "", "", ""])
    for name, est, vac, ag in VACANCIES[d]:
        d4.append([name, num(est, 1), num(vac, 1), pct(vac / est * 100), num(ag, 1, dash_zero=True)])
    e, v, a = VAC_DIR[d]
    s4.append(len(d4))
    d4.append([f"{d} total", num(e, 1), num(v, 1), pct(v / e * 100), num(a, 1, dash_zero=True)])
d4.append(["Council total", num(VAC_TOTAL[0], 1), num(VAC_TOTAL[1], 1), pct(VAC_RATE_TOTAL), num(VAC_TOTAL[2], 1)])
story.append(Paragraph("Table 4: Vacancies by service at 30 September 2025", CAP))
story.append(gridless(d4, [70 * mm, 27 * mm, 22 * mm, 22 * mm, 30 * mm], header_rows=1,
                      total_rows=[len(d4) - 1], bold_rows=s4, group_rows=g4, repeat=0))
story.append(Paragraph("Vacancy rate = vacant FTE as a percentage of establishment FTE. – indicates no agency cover.", NOTE))
NP("7.2", "The vacancy figures use the funded establishment in the budget book. Posts held vacant deliberately as "
   "part of the 2025-26 savings programme (42.0 FTE) are excluded from the establishment and are not shown.")

hi = max(((n, v / e * 100) for d in ALL_DIRS for n, e, v, a in VACANCIES[d]), key=lambda x: x[1])
NP("7.3", f"The highest vacancy rate is in {hi[0]} ({pct(hi[1])}), where recruitment to experienced social "
   "worker posts remains difficult. A recruitment and retention payment of £3,000 for experienced social "
   "workers was introduced in July 2025 and 9 experienced social workers have been appointed since.")
NP("7.4", "The Council advertised 386 posts in Quarter 2 and received 4,912 applications, an average of 12.7 "
   "applications per post. Average time to hire, from advert to offer, fell to 52 days. Hard-to-fill roles "
   "include:")
BULLETS([
    "experienced children's social workers and team managers;",
    "occupational therapists;",
    "HGV drivers for Waste Management and gritting;",
    "highways engineers and planning officers; and",
    "cyber security and data specialists in ICT and Digital.",
])

story.append(Paragraph("8. Turnover and leavers", H2))
NP("8.1", "Table 5 summarises the Council's headline workforce indicators. Voluntary turnover has fallen for the "
   "fourth successive quarter, but the proportion of leavers with less than one year's service has risen and is "
   "rated Red.")
d5 = [["Ref", "Indicator", "2023-24", "2024-25", "Q1 2025-26", "Q2 2025-26", "Target", "RAG", "Trend"]]
for r in TURNOVER:
    d5.append([r[0], Paragraph(r[1], CELL)] + list(r[2:]))
story.append(KeepTogether([
    Paragraph("Table 5: Workforce indicators", CAP),
    gridless(d5, [10 * mm, 52 * mm, 15 * mm, 15 * mm, 17 * mm, 17 * mm, 14 * mm, 13 * mm, 18 * mm], header_rows=1,
             align_from=2),
    Paragraph("n/a = not applicable or not measured in the period (the engagement survey is run once a year, "
              "in the spring). – = no rating. Apprenticeship starts are a count of people, not a percentage.", NOTE)]))
NP("8.2", "During Quarter 2, 287 employees left the Council, of whom 204 resigned. The reasons most often given "
   "in exit questionnaires were as follows:")
BULLETS([
    "career progression or promotion elsewhere (27%);",
    "pay, including higher pay offered by another employer (22%);",
    "workload and work-life balance (16%);",
    "relocation or family reasons (12%); and",
    "retirement (9%).",
])
NP("8.3", "Only 41% of leavers completed an exit questionnaire. From January 2026 the questionnaire will be sent "
   "automatically by the HR system when a resignation is processed.")

story.append(Paragraph("9. Wellbeing, apprenticeships and next steps", H2))
NP("9.1", "There were 83 apprentices in post at 30 September 2025, including 19 on the social work degree "
   "apprenticeship. The Council transferred £182,000 of unspent Apprenticeship Levy to local small employers "
   "during the quarter.")
NP("9.2", "The EAP contract with Calmway Wellbeing ends in August 2026 and a procurement will begin in January. "
   "The MSP will report quarterly on the length of agency assignments and on conversions of agency workers to "
   "permanent contracts, of which there were 17 in Quarter 2.")
NP("9.3", "The next staff engagement survey will run in April 2026. Results will be reported to the Committee in "
   "July 2026 alongside the annual workforce equality report.")

story.append(Paragraph("10. Financial, legal and equality implications", H2))
NP("10.1", "There are no direct financial implications arising from this report. Agency spend is met from "
   "directorate budgets and is monitored through the quarterly revenue budget monitoring report to Cabinet.")
NP("10.2", "An equality impact assessment has been completed for the revised Attendance Management Policy. No "
   "adverse impact was identified, subject to the policy continuing to allow disability-related absence to be "
   "recorded separately.")
NP("10.3", "Background papers: People Strategy 2024-2028; Workforce Report Quarter 1 2025-26 (Employment and "
   "Appointments Committee, 9 September 2025).")

story.append(Paragraph("Appendix A: Glossary", H2))
for term, meaning in [
    ("BCF", "Better Care Fund – pooled NHS and council budget for integrated health and social care"),
    ("EAP", "Employee Assistance Programme – confidential counselling and advice service for staff"),
    ("FTE", "Full-time equivalent – a 37-hour working week equals 1.0 FTE"),
    ("MSP", "Managed Service Provider – the contractor that manages the supply of agency workers"),
    ("RAG", "Red, Amber, Green rating against target"),
    ("Voluntary turnover", "leavers who resigned, as a percentage of average headcount over 12 months"),
]:
    P(f"<b>{term}</b>: {meaning}", NOTE)

P("Officer to contact: Helen Okafor, Head of People Services, telephone 01632 960 418, "
  "email helen.okafor@castermere.gov.example", NOTE)

doc = SimpleDocTemplate(FILE, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                        bottomMargin=20 * mm, title="Workforce Report Quarter 2 2025-26",
                        author="Castermere County Council")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", FILE)
if __name__ == "__main__":
    print("headcount", WF_TOTAL, "sick", SICK_COUNCIL, "agency", AG_TOTAL_MONTHS, AG_TOTAL_Q2,
          "vac", VAC_TOTAL, VAC_RATE_TOTAL, SICK_RAG)
