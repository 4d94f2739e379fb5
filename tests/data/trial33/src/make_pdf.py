"""Trial 33 paper 1: Brackenshire Hospitals NHS Trust finance report, month 8 2025/26 (PDF)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fmt import num, pct, rnd  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = os.path.join(os.path.dirname(__file__), "..", "t33_bht_finance_report_m8.pdf")

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5, alignment=TA_LEFT)
NUMP = ParagraphStyle("nump", parent=BODY, leftIndent=1.0 * cm, firstLineIndent=-1.0 * cm)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=1.5 * cm, firstLineIndent=-0.5 * cm, spaceAfter=2)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5, keepWithNext=1)
CAP = ParagraphStyle("cap", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=3)
FOOT = ParagraphStyle("foot", fontName="DV", fontSize=7.8, leading=10, spaceAfter=1)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.2, leading=10)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DVB")

story = []


def P(t, st=BODY):
    story.append(Paragraph(t, st))


def NP(n, t):
    story.append(Paragraph(f"{n}\u00a0\u00a0\u00a0{t}", NUMP))


def bullets(items, mark="•"):
    for it in items:
        story.append(Paragraph(f"{mark}\u00a0\u00a0{it}" if mark == "•" else f"- {it}", BUL))


HDR_R = ParagraphStyle("hdrr", fontName="DVB", fontSize=7.4, leading=9, alignment=2)
HDR_L = ParagraphStyle("hdrl", fontName="DVB", fontSize=7.4, leading=9, alignment=0)


def plain_table(rows, col_widths, header_rows=1, total_rows=(), bold_rows=(), italic_rows=(), spans=(),
                repeat=True, align_from=1, extra=(), wrap_cols=(), wrap_header=False):
    rows = [list(r) for r in rows]
    if wrap_header:
        for r in range(header_rows):
            for c, v in enumerate(rows[r]):
                if v:
                    rows[r][c] = Paragraph(v, HDR_R if c >= align_from else HDR_L)
    for r in range(header_rows, len(rows)):
        for c in wrap_cols:
            if rows[r][c]:
                f = "DVB" if (r in total_rows or r in bold_rows) else ("DVI" if r in italic_rows else "DV")
                rows[r][c] = Paragraph(rows[r][c], ParagraphStyle("w", parent=CELL, fontName=f))
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.2),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), "DVB"),
        ("ALIGN", (align_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in total_rows:
        st += [("LINEABOVE", (0, r), (-1, r), 0.8, colors.black), ("FONTNAME", (0, r), (-1, r), "DVB")]
    for r in bold_rows:
        st += [("FONTNAME", (0, r), (-1, r), "DVB")]
    for r in italic_rows:
        st += [("FONTNAME", (0, r), (-1, r), "DVI")]
    for (c0, r0, c1, r1) in spans:
        st += [("SPAN", (c0, r0), (c1, r1)), ("ALIGN", (c0, r0), (c1, r1), "CENTER")]
    st += list(extra)
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows if repeat else 0, hAlign="LEFT")
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- data
# Table 1: income and expenditure by division (£000)
# (label, annual budget, ytd budget, ytd actual, forecast outturn)
INCOME = [
    ("NHS England and ICB clinical income", 512400, 341600, 343150, 514900),
    ("Elective Recovery Fund (ERF) income", 18600, 12400, 10870, 16450),
    ("Other clinical income", 9850, 6567, 6212, 9310),
    ("Other operating income", 41300, 27533, 28904, 43100),
]
DIVS = [
    ("Medicine", 168240, 112160, 118412, 177800),
    ("Surgery¹", 132560, 88373, 90118, 135300),
    ("Women's and Children's", 61480, 40987, 40552, 60900),
    ("Clinical Support Services", 78930, 52620, 53874, 80700),
    ("Estates and Facilities", 38420, 25613, 26205, 39350),
    ("Corporate Services", 44760, 29840, 28963, 43500),
    ("Reserves and central budgets²", 12300, 8200, 2150, 5400),
]
NONOP = ("Depreciation, PDC dividend and interest", 51740, 34493, 34812, 52210)


def sumrows(rows):
    return tuple(sum(r[i] for r in rows) for i in range(1, 5))


inc_tot = sumrows(INCOME)
exp_tot = sumrows(DIVS)
surplus = tuple(inc_tot[i] - exp_tot[i] - NONOP[i + 1] for i in range(4))


def ie_row(label, v, kind):
    ab, yb, ya, fo = v
    if kind == "inc":
        yv, fv = ya - yb, fo - ab
    else:
        yv, fv = yb - ya, ab - fo
    return [label, num(ab), num(yb), num(ya), num(yv), num(fo), num(fv)], (yv, fv)


T1 = {}
t1rows = [["", "Annual", "Year to date (Month 8)", "", "", "Forecast outturn", ""],
          ["£000", "Budget", "Budget", "Actual", "Variance", "Forecast", "Variance"]]
t1rows.append(["Income", "", "", "", "", "", ""])
for r in INCOME:
    row, var = ie_row(r[0], r[1:], "inc")
    T1[r[0]] = (r[1:], var)
    t1rows.append(row)
row, var = ie_row("Total income", inc_tot, "inc")
T1["Total income"] = (inc_tot, var)
t1rows.append(row)
i_inc_tot = len(t1rows) - 1
t1rows.append(["Expenditure by division", "", "", "", "", "", ""])
i_exp_hdr = len(t1rows) - 1
for r in DIVS:
    row, var = ie_row(r[0], r[1:], "exp")
    T1[r[0]] = (r[1:], var)
    t1rows.append(row)
row, var = ie_row("Total operating expenditure", exp_tot, "exp")
T1["Total operating expenditure"] = (exp_tot, var)
t1rows.append(row)
i_exp_tot = len(t1rows) - 1
row, var = ie_row(NONOP[0], NONOP[1:], "exp")
T1[NONOP[0]] = (NONOP[1:], var)
t1rows.append(row)
ab, yb, ya, fo = surplus
t1rows.append(["Surplus/(deficit)*", num(ab), num(yb), num(ya), num(ya - yb), num(fo), num(fo - ab)])
T1["Surplus/(deficit)*"] = (surplus, (ya - yb, fo - ab))
i_surp = len(t1rows) - 1

# Table 2: CIP by scheme (£000): ref, scheme, division, target, ytd plan, ytd delivered, forecast
CIP_REC = [
    ("CIP01", "Medical agency rate reduction", "Medicine", 2400, 1600, 1210, 1950),
    ("CIP02", "E-rostering and nurse rota compliance", "Corporate (Nursing)", 1850, 1233, 1240, 1860),
    ("CIP03", "Theatre productivity (four sessions a day)", "Surgery", 2100, 1400, 820, 1300),
    ("CIP04", "Outpatient follow-up reduction", "Surgery", 1200, 800, 610, 950),
    ("CIP05", "Medicines optimisation and biosimilar switching", "Clinical Support", 1650, 1100, 1185, 1720),
    ("CIP06", "Procurement and non-pay savings", "Corporate", 2300, 1533, 1402, 2150),
    ("CIP07", "Pathology network consolidation", "Clinical Support", 900, 600, 600, 900),
    ("CIP08", "Length of stay reduction (virtual wards)", "Medicine", 3100, 2067, 980, 1650),
    ("CIP09", "Corporate services restructure", "Corporate", 1400, 933, 940, 1400),
    ("CIP10", "Estates energy efficiency", "Estates and Facilities", 750, 500, 455, 700),
    ("CIP11", "Maternity skill-mix review", "Women's and Children's", 600, 400, 410, 600),
]
CIP_NR = [
    ("CIP12", "Vacancy control (non-clinical posts)", "Corporate", 1500, 1000, 1320, 1900),
    ("CIP13", "Disposal of Kestlow Hillside site", "Estates and Facilities", 1200, 800, 0, 1050),
    ("CIP14", "Balance sheet review", "Corporate", 900, 600, 600, 900),
    ("CIP15", "Schemes not yet identified", "Central", 1050, 700, 0, 0),
]


def rag(target, forecast):
    if target == 0:
        return "n/a"
    r = forecast / target
    return "Green" if r >= 0.95 else ("Amber" if r >= 0.75 else "Red")


CIP = {}
t2rows = [["Ref", "Scheme", "Division", "Annual target", "YTD plan", "YTD actual", "YTD variance",
           "Forecast outturn", "RAG"]]
t2_sub, t2_tot = [], []


def cip_group(title, schemes, subtitle):
    t2rows.append(["", title, "", "", "", "", "", "", ""])
    t2_group_rows.append(len(t2rows) - 1)
    for ref, name, div, tg, yp, yd, fc in schemes:
        t2rows.append([ref, name, div, num(tg), num(yp), num(yd, dash_zero=True), num(yd - yp),
                       num(fc, dash_zero=True), rag(tg, fc)])
        CIP[name] = dict(ref=ref, div=div, target=tg, plan=yp, delivered=yd, var=yd - yp, forecast=fc,
                         rag=rag(tg, fc))
    s = [sum(x[i] for x in schemes) for i in range(3, 7)]
    t2rows.append(["", subtitle, "", num(s[0]), num(s[1]), num(s[2]), num(s[2] - s[1]), num(s[3]),
                   rag(s[0], s[3])])
    t2_sub.append(len(t2rows) - 1)
    CIP[subtitle] = dict(target=s[0], plan=s[1], delivered=s[2], var=s[2] - s[1], forecast=s[3],
                         rag=rag(s[0], s[3]))
    return s


t2_group_rows = []
s1 = cip_group("Recurrent schemes", CIP_REC, "Recurrent total")
s2 = cip_group("Non-recurrent schemes", CIP_NR, "Non-recurrent total")
st = [s1[i] + s2[i] for i in range(4)]
t2rows.append(["", "Total CIP", "", num(st[0]), num(st[1]), num(st[2]), num(st[2] - st[1]), num(st[3]),
               rag(st[0], st[3])])
CIP["Total CIP"] = dict(target=st[0], plan=st[1], delivered=st[2], var=st[2] - st[1], forecast=st[3],
                        rag=rag(st[0], st[3]))

# Table 3: temporary staffing by month (£000)
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
AGENCY = [
    ("Medical and dental", [812, 798, 771, 744, 712, 681, 633, 589]),
    ("Nursing and midwifery", [388, 362, 341, 324, 300, 281, 249, 227]),
    ("Allied health and scientific", [114, 121, 105, 98, 92, 86, 79, 71]),
    ("Admin, estates and other", [46, 38, 41, 34, 29, 26, 22, 19]),
]
BANK = [
    ("Medical and dental", [604, 618, 633, 641, 655, 672, 689, 702]),
    ("Nursing and midwifery", [1948, 1972, 1991, 2015, 1987, 2043, 2066, 2081]),
    ("Allied health and scientific", [118, 121, 126, 124, 131, 129, 134, 137]),
    ("Admin, estates and other", [211, 204, 209, 198, 214, 206, 201, 197]),
]
TS = {}
t3rows = [["£000", "Quarter 1", "", "", "Quarter 2", "", "", "Quarter 3", "", "Year to"],
          ["Staff group"] + MONTHS + ["date"]]
t3_bold, t3_ital = [], []


def ts_group(title, rows, subtitle):
    t3rows.append([title] + [""] * 9)
    t3_ital.append(len(t3rows) - 1)
    for lab, vals in rows:
        t3rows.append([lab] + [num(v) for v in vals] + [num(sum(vals))])
        TS[(title, lab)] = vals + [sum(vals)]
    sub = [sum(r[1][i] for r in rows) for i in range(8)]
    t3rows.append([subtitle] + [num(v) for v in sub] + [num(sum(sub))])
    TS[subtitle] = sub + [sum(sub)]
    t3_bold.append(len(t3rows) - 1)
    return sub


ag = ts_group("Agency", AGENCY, "Total agency")
bk = ts_group("Bank", BANK, "Total bank")
tot = [ag[i] + bk[i] for i in range(8)]
t3rows.append(["Total temporary staffing"] + [num(v) for v in tot] + [num(sum(tot))])
TS["Total temporary staffing"] = tot + [sum(tot)]

# Table 4: capital programme (£000): scheme, annual plan, ytd plan, ytd actual, forecast
CAP_GROUPS = [
    ("Estates and backlog maintenance", [
        ("Backlog maintenance – Kestlow General Hospital", 4200, 2800, 2515, 4200),
        ("Roof replacement – Orrindale Royal Infirmary", 2650, 1767, 1102, 2480),
        ("Fire safety compartmentation works", 1380, 920, 884, 1380),
    ]),
    ("Digital", [
        ("Electronic Patient Record (EPR) phase 2", 5900, 3933, 3210, 5650),
        ("Network and infrastructure refresh", 1450, 967, 1018, 1520),
    ]),
    ("Medical equipment", [
        ("MRI scanner replacement – Orrindale", 2100, 1400, 0, 2100),
        ("Medical equipment replacement programme", 3050, 2033, 1876, 3050),
    ]),
    ("Nationally funded schemes", [
        ("Emergency Department expansion – Kestlow", 9800, 6533, 5947, 9800),
        ("Community Diagnostic Centre – Sallowby", 4370, 2913, 2306, 3900),
    ]),
]
CAPD = {}
t4rows = [["£000", "Annual plan", "YTD plan", "YTD actual", "Forecast", "Forecast variance"]]
t4_bold, t4_ital = [], []
capt = [0, 0, 0, 0]
for g, schemes in CAP_GROUPS:
    t4rows.append([g, "", "", "", "", ""])
    t4_ital.append(len(t4rows) - 1)
    gs = [0, 0, 0, 0]
    for s in schemes:
        t4rows.append([s[0]] + [num(x, dash_zero=True) for x in s[1:]] + [num(s[1] - s[4], dash_zero=True)])
        CAPD[s[0]] = list(s[1:]) + [s[1] - s[4]]
        for i in range(4):
            gs[i] += s[i + 1]
    t4rows.append([f"Subtotal – {g.lower()}"] + [num(x) for x in gs] + [num(gs[0] - gs[3], dash_zero=True)])
    CAPD["Subtotal – " + g.lower()] = gs + [gs[0] - gs[3]]
    t4_bold.append(len(t4rows) - 1)
    for i in range(4):
        capt[i] += gs[i]
t4rows.append(["Total capital programme"] + [num(x) for x in capt] + [num(capt[0] - capt[3])])
CAPD["Total capital programme"] = capt + [capt[0] - capt[3]]

# headline figures used in prose
ytd_def_var = surplus[2] - surplus[1]
fot_var = surplus[3] - surplus[0]
med = T1["Medicine"]
agency_ytd = TS["Total agency"][8]
bank_ytd = TS["Total bank"][8]
pay_bill_ytd = 262480  # £000, YTD pay expenditure, prose only
agency_pct = rnd(100 * agency_ytd / pay_bill_ytd, 1)


def m(v):  # £m from £000
    return f"£{rnd(abs(v) / 1000, 1):.1f}m"


# ---------------------------------------------------------------- document
P("Brackenshire Hospitals NHS Trust", H1)
P("<b>Trust Board – Part 1 (public)</b><br/>Meeting date: 11 December 2025<br/>Agenda item: 9.2<br/>"
  "Report title: Finance Report – Month 8 2025/26 (period ending 30 November 2025)<br/>"
  "Executive lead: Martin Okafor, Chief Finance Officer<br/>Author: Priya Venn, Deputy Director of Finance "
  "(Financial Management)<br/>Purpose: For assurance and decision", BODY)
story.append(Spacer(1, 4))

P("1. Purpose of the report", H2)
NP("1.1", "This report sets out the financial position of Brackenshire Hospitals NHS Trust (the Trust) for the "
   "eight months to 30 November 2025 (Month 8) and the forecast outturn for the 2025/26 financial year. It "
   "covers income and expenditure by division, delivery of the Cost Improvement Programme (CIP), temporary "
   "staffing spend, the capital programme and cash.")
NP("1.2", "The Trust runs two acute sites, Kestlow General Hospital and Orrindale Royal Infirmary, together with "
   "outpatient and diagnostic services at Wychbarrow, Fenmarch and Sallowby. Its main commissioner is the "
   "Brackenshire Integrated Care Board (ICB).")

P("2. Executive summary", H2)
NP("2.1", f"At Month 8 the Trust reports a year-to-date deficit of {m(surplus[2])} against a planned deficit of "
   f"{m(surplus[1])}, an adverse variance of {m(ytd_def_var)}. The key points are:")
bullets([
    f"the Medicine division is {m(med[1][0])} overspent year to date, driven by escalation beds and "
    "medical agency cover;",
    f"Elective Recovery Fund (ERF) income is {m(T1['Elective Recovery Fund (ERF) income'][1][0])} below plan "
    "because of theatre capacity lost during the summer ventilation works;",
    f"the CIP has delivered {m(CIP['Total CIP']['delivered'])} against a year-to-date plan of "
    f"{m(CIP['Total CIP']['plan'])}, and the full-year forecast is {m(CIP['Total CIP']['forecast'])} "
    f"against the {m(CIP['Total CIP']['target'])} target;",
    f"agency spend has fallen in every month since April and totals {m(agency_ytd)} year to date, "
    f"{agency_pct:.1f}% of the pay bill, still above the 3.2% ceiling set by NHS England;",
    f"capital spend is {m(capt[2])} against a year-to-date plan of {m(capt[1])};",
    "the cash balance at 30 November 2025 was £21.4m.",
])
NP("2.2", f"The forecast outturn is a deficit of {m(surplus[3])} against the planned deficit of {m(surplus[0])}. "
   "This forecast assumes the recovery actions in section 7 are delivered in full. Without them the most "
   "likely outturn would be a deficit of £14.9m.")

P("3. Income and expenditure by division", H2)
NP("3.1", "Table 1 shows the position by division. Favourable variances are shown as positive figures and "
   "adverse variances in brackets. Expenditure is shown as a positive figure.")

story.append(Paragraph("Table 1: Income and expenditure by division, Month 8 2025/26", CAP))
t1 = plain_table(t1rows, [6.0 * cm] + [1.8 * cm] * 6, header_rows=2,
                 total_rows=(i_inc_tot, i_exp_tot, i_surp), italic_rows=(2, i_exp_hdr),
                 spans=((2, 0, 4, 0), (5, 0, 6, 0)))
story.append(t1)
P("¹ Surgery includes Trauma and Orthopaedics, Critical Care and Theatres.", FOOT)
P("² Reserves and central budgets hold unallocated inflation funding, the contingency reserve and CIP not yet "
  "allocated to divisions.", FOOT)
P("* Surplus/(deficit) is shown on the control total basis, which excludes donated asset depreciation and "
  "impairments.", FOOT)
story.append(Spacer(1, 4))
sur = T1["Surgery¹"]
css = T1["Clinical Support Services"]
NP("3.2", f"Medicine is {m(med[1][0])} overspent year to date and forecasts an overspend of {m(med[1][1])} by "
   "year end. The main drivers of the Medicine overspend include:")
bullets([
    "an average of 38 escalation beds open across both sites since September, against a plan of 12;",
    "medical agency cover for three consultant vacancies in acute medicine at Orrindale Royal Infirmary;",
    "higher than planned spend on high-cost drugs in gastroenterology and respiratory medicine.",
])
NP("3.3", f"Surgery is {m(sur[1][0])} overspent year to date. The division has stood down waiting list "
   "initiative sessions from December unless they are funded through ERF. Clinical Support Services is "
   f"{m(css[1][0])} overspent, mainly because of outsourced radiology reporting.")
NP("3.4", f"Reserves and central budgets show a favourable variance of "
   f"{m(T1['Reserves and central budgets²'][1][0])}, because the contingency reserve has been released to "
   "offset divisional pressures. No further reserves remain uncommitted for the rest of the year.")

P("4. Cost Improvement Programme", H2)
NP("4.1", f"The Trust's CIP target for 2025/26 is {m(CIP['Total CIP']['target'])}, which is 4.0% of operating "
   "expenditure. Table 2 shows delivery by scheme. Ratings are based on the forecast as a share of the annual "
   "target: Green at 95% or more, Amber from 75% to under 95%, and Red below 75%.")
NP("4.2", f"Recurrent schemes are forecast to deliver {m(CIP['Recurrent total']['forecast'])} of their "
   f"{m(CIP['Recurrent total']['target'])} target. The Board should note that non-recurrent savings do not "
   "help the underlying position for 2026/27.")

story.append(Paragraph("Table 2: Cost Improvement Programme delivery by scheme (£000)", CAP))
t2 = plain_table(t2rows, [1.1 * cm, 4.1 * cm, 2.5 * cm] + [1.7 * cm] * 5 + [1.2 * cm],
                 header_rows=1, wrap_cols=(1, 2), wrap_header=True, total_rows=(len(t2rows) - 1,), bold_rows=tuple(t2_sub),
                 italic_rows=tuple(t2_group_rows), align_from=3)
story.append(t2)
story.append(Spacer(1, 4))
NP("4.3", "Three schemes are rated Red. Theatre productivity is behind plan because of the summer ventilation "
   "works, and the virtual wards scheme has not yet reduced bed numbers as expected. The Chief Operating "
   "Officer is leading a review of both schemes, which will report to the Finance and Performance Committee "
   "in January 2026.")
NP("4.4", "Savings on the disposal of the Kestlow Hillside site are expected in the fourth quarter, once the "
   "sale completes. The sale price agreed is lower than the valuation used in the plan.")

P("5. Agency and bank staff", H2)
NP("5.1", f"Temporary staffing spend to the end of November was {m(TS['Total temporary staffing'][8])}, of "
   f"which agency was {m(agency_ytd)} and bank {m(bank_ytd)}. Table 3 shows the monthly trend.")
story.append(Paragraph("Table 3: Agency and bank staff spend by month, April to November 2025", CAP))
t3 = plain_table(t3rows, [4.6 * cm] + [1.3 * cm] * 8 + [1.6 * cm], header_rows=2,
                 total_rows=(len(t3rows) - 1,), bold_rows=tuple(t3_bold), italic_rows=tuple(t3_ital),
                 spans=((1, 0, 3, 0), (4, 0, 6, 0), (7, 0, 8, 0)))
story.append(KeepTogether([t3]))
story.append(Spacer(1, 4))
NP("5.2", "Medical agency spend in November was the lowest monthly figure for two years. Actions that have "
   "reduced agency use include:")
bullets([
    "a regional agency rate card agreed with the other trusts in the Brackenshire ICB area;",
    "off-framework agency shifts now need approval from the Chief Executive;",
    "a bank incentive scheme for registered nurses that runs until 31 March 2026.",
])
NP("5.3", "Bank spend continues to rise as shifts move from agency to bank. Nursing bank use is highest on the "
   "medical wards at Orrindale Royal Infirmary, where the fill rate for registered nurse shifts was 91.5% in "
   "November.")

P("6. Capital programme", H2)
NP("6.1", f"The Trust's capital allocation for 2025/26 is {m(capt[0])}, including {m(9800 + 4370)} of national "
   "funding for the Emergency Department expansion and the Community Diagnostic Centre. The forecast "
   "variance column shows underspends as positive figures.")
story.append(Paragraph("Table 4: Capital programme 2025/26", CAP))
t4 = plain_table(t4rows, [7.0 * cm] + [1.9 * cm] * 5, header_rows=1, total_rows=(len(t4rows) - 1,),
                 wrap_header=True, repeat=False,
                 bold_rows=tuple(t4_bold), italic_rows=tuple(t4_ital))
story.append(t4)
story.append(Spacer(1, 4))
NP("6.2", "The MRI scanner for Orrindale has been ordered and will be delivered and paid for in February 2026. "
   "The Community Diagnostic Centre forecast has been reduced because fit-out of the second floor will now "
   "take place in 2026/27; the national team has agreed that the funding can be carried forward.")

P("7. Cash, risks and recovery actions", H2)
NP("7.1", "The cash balance at 30 November 2025 was £21.4m, compared with £26.8m at 31 March 2025. The Trust "
   "paid 93.6% of non-NHS invoices by value within 30 days, against the Better Payment Practice Code (BPPC) "
   "target of 95%. No revenue cash support is expected to be needed in 2025/26.")
NP("7.2", "The main risks to the forecast are:")
bullets([
    "continued escalation beds over winter beyond the 20 assumed in the forecast;",
    "industrial action by resident doctors, which is not funded in the plan;",
    "further slippage on the theatre productivity and virtual wards schemes;",
    "ERF income being lower if elective activity does not recover in quarter 4.",
], mark="-")
NP("7.3", "Recovery actions agreed by the Executive Team on 25 November 2025 are: closure of 10 escalation beds "
   "at Kestlow General Hospital by 31 January 2026, a pause on non-clinical recruitment, and a review of all "
   "discretionary non-pay spend over £10,000.")

P("8. Recommendations", H2)
NP("8.1", "The Board is asked to:")
for i, t in enumerate([
    f"note the year-to-date deficit of {m(surplus[2])} and the forecast deficit of {m(surplus[3])};",
    "note the risks to the forecast set out in section 7;",
    "approve the recovery actions agreed by the Executive Team;",
    "approve the carry-forward of Community Diagnostic Centre capital funding to 2026/27.",
], 1):
    story.append(Paragraph(f"{i}.\u00a0\u00a0{t}", BUL))

P("Glossary", H2)
for a, d in [("BPPC", "Better Payment Practice Code"), ("CIP", "Cost Improvement Programme"),
             ("ERF", "Elective Recovery Fund"), ("EPR", "Electronic Patient Record"),
             ("ICB", "Integrated Care Board"), ("PDC", "Public Dividend Capital"),
             ("RAG", "Red, Amber, Green rating"), ("YTD", "Year to date")]:
    P(f"<b>{a}</b> – {d}", BUL)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 7.5)
    canvas.drawString(2 * cm, 1.2 * cm, "Brackenshire Hospitals NHS Trust – Trust Board 11 December 2025 – Item 9.2")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                        bottomMargin=2.0 * cm, title="Finance Report Month 8 2025/26",
                        author="Brackenshire Hospitals NHS Trust")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

if __name__ == "__main__":
    import json
    dump = dict(surplus=surplus, inc_tot=inc_tot, exp_tot=exp_tot, T1=T1, CIP=CIP, TS={str(k): v for k, v in TS.items()},
                CAPD=CAPD, agency_pct=agency_pct)
    with open(os.path.join(os.path.dirname(__file__), "pdf_data.json"), "w") as f:
        json.dump(dump, f, indent=1, default=str)
    print("surplus", surplus, "inc", inc_tot, "exp", exp_tot)
    print("CIP total", CIP["Total CIP"])
    print("cap", capt, "agency ytd", agency_ytd, "bank", bank_ytd, "agency%", agency_pct)
