"""Generate t27_budget_monitoring_q3.pdf - revenue budget monitoring Q3 2025/26 (Brackmoor Vale Council)."""
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

OUT = "/work/trials_new/trial27/t27_budget_monitoring_q3.pdf"

def r1(x):  # round half up to 1dp (input in £000 -> £m)
    return Decimal(x).scaleb(-3).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

def f0(v):
    if v is None:
        return "–"
    if v == 0:
        return "–"
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s

def fm(v):
    if v is None:
        return "–"
    v = Decimal(v)
    if v == 0:
        return "–"
    s = f"{abs(v):,.1f}"
    return f"({s})" if v < 0 else s

# ---------------- data (£000) ----------------
DIRS = [
    ("Adults and Health", [
        ("Older people residential and nursing", 52340, 55120, "Red"),
        ("Home care and reablement", 31850, 33010, "Red"),
        ("Learning disabilities", 38420, 39275, "Amber"),
        ("Adult mental health", 12610, 12480, "Green"),
        ("Public health (ring-fenced grant)", 0, 0, "Green"),
        ("Commissioning and operations", 9280, 8915, "Green"),
    ]),
    ("Children's Services", [
        ("Children looked after placements", 41760, 46935, "Red"),
        ("SEN home to school transport", 14230, 16410, "Red"),
        ("Safeguarding and social work teams", 22590, 23115, "Amber"),
        ("Early help and family hubs", 8940, 8385, "Green"),
        ("Education and inclusion services", 6180, 6055, "Green"),
    ]),
    ("Place and Environment", [
        ("Waste collection and disposal", 27640, 28310, "Amber"),
        ("Highways and transport", 15920, 15410, "Green"),
        ("Parking services", -6850, -6120, "Red"),
        ("Planning and building control", 3410, 3705, "Amber"),
        ("Leisure, libraries and culture", 7280, 7095, "Green"),
    ]),
    ("Corporate Resources", [
        ("Finance and revenues", 6720, 6455, "Green"),
        ("Human resources and payroll", 3140, 3010, "Green"),
        ("Digital and IT", 9860, 10215, "Amber"),
        ("Legal and democratic services", 4380, 4610, "Amber"),
        ("Property and facilities", 5900, 5510, "Green"),
    ]),
    ("Corporate and Central Budgets", [
        ("Capital financing", 18600, 17250, "Green"),
        ("Contingency", 4500, 0, "Green"),
        ("Interest on balances", -3200, -4450, "Green"),
    ]),
]
Q2VAR = {"Adults and Health": 3.6, "Children's Services": 6.4, "Place and Environment": 1.3,
         "Corporate Resources": -0.1, "Corporate and Central Budgets": -5.9}

sub = {}
for d, lines in DIRS:
    b = sum(x[1] for x in lines); f = sum(x[2] for x in lines)
    sub[d] = (b, f, f - b)
TB = sum(v[0] for v in sub.values()); TF = sum(v[1] for v in sub.values()); TV = TF - TB
assert all(v[0] % 100 == 0 and v[1] % 100 == 0 for v in sub.values())
Q2T = round(sum(Q2VAR.values()), 1)

SAVINGS = [
    ("S01", "Strengths-based reviews of care packages", "Adults and Health", 2400, 1650, "Amber"),
    ("S02", "Reablement expansion to reduce home care", "Adults and Health", 1200, 1200, "Green"),
    ("S03", "Day services redesign", "Adults and Health", 800, 350, "Red"),
    ("S04", "In-house foster carer recruitment", "Children's Services", 1500, 600, "Red"),
    ("S05", "Independent travel training (SEN)", "Children's Services", 650, 420, "Amber"),
    ("S06", "Family hubs restructure", "Children's Services", 500, 500, "Green"),
    ("S07", "Garden waste charge increase", "Place and Environment", 900, 900, "Green"),
    ("S08", "Street lighting LED conversion", "Place and Environment", 450, 450, "Green"),
    ("S09", "Parking tariff review", "Place and Environment", 700, 280, "Red"),
    ("S10", "Office accommodation rationalisation", "Corporate Resources", 1100, 1100, "Green"),
    ("S11", "Digital customer contact", "Corporate Resources", 600, 390, "Amber"),
    ("S12", "Procurement contract savings", "Corporate Resources", 1000, 850, "Amber"),
]
ST = sum(s[3] for s in SAVINGS); SF = sum(s[4] for s in SAVINGS); SS = ST - SF

# reserves £m (tenths)
RES = [
    ("Budget risk reserve", 124, -20, 0, -32),
    ("Insurance reserve", 48, -3, 5, 0),
    ("Transformation reserve", 69, -31, 10, 0),
    ("Public health reserve", 26, -9, 0, 0),
    ("Waste PFI equalisation reserve", 93, -14, 0, 0),
    ("Business rates volatility reserve", 55, -10, 0, 0),
]
GF = ("General Fund balance", 185, 0, 0, -20)

styles = getSampleStyleSheet()
body = ParagraphStyle("b", parent=styles["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", parent=styles["Heading3"], fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceBefore=6, spaceAfter=3)
note = ParagraphStyle("n", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
bullet = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)

story = []
P = lambda t, s=body: story.append(Paragraph(t, s))
def bullets(items):
    for it in items:
        story.append(Paragraph(it, bullet, bulletText="-"))
    story.append(Spacer(1, 4))

BASE = [("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]

# ---------------- front matter ----------------
P("Brackmoor Vale Council", ParagraphStyle("org", parent=body, fontSize=11, textColor=colors.HexColor("#1f4e79")))
P("Revenue Budget Monitoring 2025/26 – Quarter 3", h1)
meta = Table([["Meeting:", "Cabinet"], ["Date of meeting:", "10 February 2026"],
              ["Report of:", "Director of Finance and Section 151 Officer"],
              ["Portfolio:", "Cabinet Member for Finance and Resources"],
              ["Wards affected:", "All wards"], ["Key decision:", "Yes"], ["Status:", "Public"]],
             colWidths=[40*mm, 120*mm])
meta.setStyle(TableStyle(BASE + [("FONTSIZE", (0, 0), (-1, -1), 9.5), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
story += [meta, Spacer(1, 8)]

P("1. Purpose of the report", h2)
P(f"1.1 This report sets out the forecast revenue outturn for 2025/26 based on financial information to the end of "
  f"December 2025 (quarter 3). It updates Cabinet on the delivery of savings agreed in the 2025/26 budget, the forecast "
  f"position on usable reserves, and the actions being taken to reduce the overspend before the end of the financial year.")
P(f"1.2 The Council set a net revenue budget of £{fm(r1(TB))}m for 2025/26. At quarter 3 the forecast outturn is "
  f"£{fm(r1(TF))}m, an overspend of £{fm(r1(TV))}m ({TV/TB*100:.1f}% of the net budget). This compares with a forecast "
  f"overspend of £{Q2T:.1f}m at quarter 2 and £3.9m at quarter 1.")

P("2. Recommendations", h2)
P("2.1 Cabinet is recommended to:")
bullets([
    f"(a) note the forecast revenue overspend of £{fm(r1(TV))}m for 2025/26 at quarter 3;",
    f"(b) note that £{SF/1000:.2f}m of the £{ST/1000:.1f}m savings target is forecast to be delivered in 2025/26, and that the shortfall of £{SS/1000:.2f}m is reflected in the forecast;",
    "(c) approve the release of the £4.5m corporate contingency to offset directorate pressures;",
    "(d) approve a drawdown of up to £3.2m from the budget risk reserve and £2.0m from the General Fund balance should the overspend not be reduced by year end;",
    "(e) approve a budget virement of £0.45m from Highways and transport to Waste collection and disposal to reflect the revised waste tonnage contract;",
    "(f) note the spending controls introduced from 5 January 2026 described in section 8.",
])

P("3. Overall financial position", h2)
P(f"3.1 Table 1 summarises the forecast position by directorate. The most significant pressures remain in Children's "
  f"Services (£{fm(r1(sub[chr(67)+'hildren' + chr(39) + 's Services'][2]))}m) and Adults and Health "
  f"(£{fm(r1(sub['Adults and Health'][2]))}m), partly offset by a forecast underspend of £{fm(-r1(sub['Corporate and Central Budgets'][2]))}m on "
  f"corporate and central budgets, mainly from the release of the contingency and lower capital financing costs.")
P(f"3.2 The overall position has improved by £{abs(r1(TV) - Decimal(str(Q2T))):.1f}m since quarter 2. Increases in placement costs for children looked after "
  "have been more than offset by additional interest income and the effect of spending controls in Place and Environment.")

# Table 1 summary
hdr1 = ["Directorate", "Quarter 3 position", "", "", "Change since quarter 2", ""]
hdr2 = ["", "Budget", "Forecast outturn", "Variance", "Q2 variance", "Movement"]
rows = [hdr1, hdr2]
for d, _ in DIRS:
    b, f, v = sub[d]
    q2 = Decimal(str(Q2VAR[d]))
    rows.append([d, fm(r1(b)), fm(r1(f)), fm(r1(v)), fm(q2), fm(r1(v) - q2)])
rows.append(["Total net revenue budget", fm(r1(TB)), fm(r1(TF)), fm(r1(TV)), fm(Decimal(str(Q2T))), fm(r1(TV) - Decimal(str(Q2T)))])
t = Table(rows, colWidths=[58*mm, 22*mm, 26*mm, 22*mm, 24*mm, 22*mm], repeatRows=2)
t.setStyle(TableStyle(BASE + [
    ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
    ("LINEBELOW", (1, 0), (3, 0), 0.4, colors.black), ("LINEBELOW", (4, 0), (5, 0), 0.4, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story += [Paragraph("Table 1: Forecast revenue outturn by directorate, quarter 3 2025/26 (£m)", cap), t,
          Paragraph("Figures in brackets are underspends or favourable movements. Totals may not sum due to rounding.", note)]

P("4. Directorate positions", h2)
A = {n: (b, f, f - b) for d, ls in DIRS for (n, b, f, _) in ls}
P("4.1 Adults and Health", h3)
P(f"4.1.1 Adults and Health forecasts an overspend of £{fm(r1(sub['Adults and Health'][2]))}m. The largest pressure is "
  f"older people residential and nursing care (£{A['Older people residential and nursing'][2]:,}k over budget), where the number of funded "
  f"placements has remained above the budgeted level of 1,250 throughout the year and the average weekly cost of a nursing "
  f"placement has risen to £1,182. Home care and reablement is £{A['Home care and reablement'][2]:,}k over budget as weekly commissioned "
  f"hours continue to grow (Table 5).")
P("4.1.2 The public health grant of £31.7m is ring-fenced and is forecast to be fully spent, with any year-end balance "
  "transferred to the public health reserve. It therefore shows a nil net budget in Table 2.")
P("4.2 Children's Services", h3)
P(f"4.2.1 Children's Services forecasts an overspend of £{fm(r1(sub[chr(67)+'hildren' + chr(39) + 's Services'][2]))}m, the largest of any directorate. "
  f"Children looked after placements are £{A['Children looked after placements'][2]:,}k over budget. The number of children looked after "
  f"reached 551 at the end of December, and 66 children are now in residential placements at an average weekly cost of £6,320. "
  f"SEN home to school transport is forecast to overspend by £{A['SEN home to school transport'][2]:,}k, driven by growth in "
  f"pupils with education, health and care plans and a shortage of local special school places.")
P("4.3 Place and Environment", h3)
P(f"4.3.1 Place and Environment forecasts an overspend of £{fm(r1(sub['Place and Environment'][2]))}m. Parking income is "
  f"£{A['Parking services'][2]:,}k below the budgeted level because the tariff review (saving S09) was delayed until November. "
  f"Waste collection and disposal is £{A['Waste collection and disposal'][2]:,}k over budget owing to higher residual waste tonnages; "
  f"this is partly offset by an underspend of £{-A['Highways and transport'][2]:,}k on highways and transport.")
P("4.4 Corporate Resources", h3)
P(f"4.4.1 Corporate Resources forecasts a small underspend of £{-r1(sub['Corporate Resources'][2]):.1f}m. Vacancy savings in finance "
  f"and HR and lower property running costs offset pressures on software licences within Digital and IT "
  f"(£{A['Digital and IT'][2]:,}k) and on legal counsel fees for children's care proceedings (£{A['Legal and democratic services'][2]:,}k).")
P("4.5 Corporate and central budgets", h3)
P(f"4.5.1 The corporate contingency of £4.5m has been released in full. Capital financing costs are "
  f"£{-A['Capital financing'][2]:,}k below budget because of slippage in borrowing, and interest earned on cash balances is "
  f"£{-A['Interest on balances'][2]:,}k higher than budgeted.")

P("4.6 Table 2 shows the forecast for each service line. The RAG rating reflects the size of the variance and the "
  "confidence in the forecast: Red indicates an adverse variance above £500k or a high-risk forecast; Amber an adverse "
  "variance of up to £500k; Green an on-budget or favourable position.")

# Table 2 detailed (long; continues on next page)
rows = [["Service", "Budget", "Forecast outturn", "Variance", "RAG"], ["", "£000", "£000", "£000", ""]]
sty = BASE + [("ALIGN", (1, 0), (3, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "CENTER"),
              ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black)]
for d, lines in DIRS:
    rows.append([d, "", "", "", ""]); i = len(rows) - 1
    sty += [("FONTNAME", (0, i), (0, i), "Helvetica-BoldOblique")]
    for n, b, f, rag in lines:
        rows.append(["   " + n, f0(b), f0(f), f0(f - b), rag])
    b, f, v = sub[d]
    rows.append([f"Subtotal {d}", f0(b), f0(f), f0(v), ""]); i = len(rows) - 1
    sty += [("FONTNAME", (0, i), (-1, i), "Helvetica-Bold"), ("LINEABOVE", (1, i), (3, i), 0.4, colors.grey)]
rows.append(["Total net revenue budget", f0(TB), f0(TF), f0(TV), ""])
sty += [("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
t = Table(rows, colWidths=[72*mm, 24*mm, 28*mm, 24*mm, 18*mm], repeatRows=2)
t.setStyle(TableStyle(sty))
story += [Paragraph("Table 2: Forecast outturn by service line, quarter 3 2025/26", cap), t,
          Paragraph("Negative budgets denote net income. Variances in brackets are underspends.", note)]

P("5. Savings delivery", h2)
nred = sum(1 for s in SAVINGS if s[5] == "Red"); namb = sum(1 for s in SAVINGS if s[5] == "Amber"); ngr = sum(1 for s in SAVINGS if s[5] == "Green")
P(f"5.1 The 2025/26 budget included {len(SAVINGS)} savings schemes totalling £{ST/1000:.1f}m. At quarter 3, £{SF/1000:.2f}m "
  f"({SF/ST*100:.1f}%) is forecast to be delivered in year, leaving a shortfall of £{SS/1000:.2f}m. {ngr} schemes are rated "
  f"Green, {namb} Amber and {nred} Red. Where a shortfall is expected, directorates have been asked to identify alternative "
  f"one-off savings, and the shortfalls are already included in the forecasts in Table 2.")
P("5.2 The three schemes rated Red are:")
bullets([
    "day services redesign (S03), where consultation on the closure of two centres has been extended to March 2026;",
    "in-house foster carer recruitment (S04), where 11 new fostering households have been approved against a target of 30;",
    "the parking tariff review (S09), where new charges were introduced on 3 November 2025, seven months later than planned.",
])
TH = ParagraphStyle("th3", parent=body, fontName="Helvetica-Bold", fontSize=8, leading=9.5, alignment=2)
rows = [["Ref", "Savings scheme", "Directorate", Paragraph("2025/26 target", TH), Paragraph("Forecast delivery", TH), "Shortfall", "RAG"],
        ["", "", "", "£000", "£000", "£000", ""]]
for s in SAVINGS:
    rows.append([s[0], s[1], s[2], f0(s[3]), f0(s[4]), f0(s[3] - s[4]), s[5]])
rows.append(["", "Total savings", "", f0(ST), f0(SF), f0(SS), ""])
t = Table(rows, colWidths=[10*mm, 60*mm, 36*mm, 20*mm, 20*mm, 18*mm, 13*mm], repeatRows=2)
t.setStyle(TableStyle(BASE + [("FONTSIZE", (0, 0), (-1, -1), 8), ("ALIGN", (3, 0), (5, -1), "RIGHT"),
    ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story += [KeepTogether([Paragraph("Table 3: Savings delivery tracker 2025/26", cap), t])]

P("6. Reserves", h2)
eo = sum(r[1] for r in RES); ep = sum(r[2] for r in RES); ec = sum(r[3] for r in RES); eu = sum(r[4] for r in RES)
ecl = eo + ep + ec + eu
def tm(x):
    return fm(Decimal(x) / 10)
tot = [eo + GF[1], ep + GF[2], ec + GF[3], eu + GF[4]]
tcl = sum(tot)
P(f"6.1 Usable reserves stood at £{tm(tot[0])}m on 1 April 2025. After planned use of £{tm(-tot[1])}m, contributions of "
  f"£{tm(tot[2])}m and the potential use of £{tm(-tot[3])}m to fund the forecast overspend, usable reserves are forecast "
  f"to be £{tm(tcl)}m at 31 March 2026.")
P(f"6.2 The General Fund balance would fall from £{tm(GF[1])}m to £{tm(sum(GF[1:]))}m if the £2.0m drawdown in "
  "recommendation (d) is required. This remains above the minimum prudent level of £15.0m set out in the Medium Term "
  "Financial Strategy, but would leave limited capacity to absorb further overspends in 2026/27.")
rows = [["Reserve", "Balance 1 April 2025", "Planned use", "Contributions", "Use to fund overspend", "Forecast 31 March 2026"]]
sty = BASE + [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
              ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
rows.append(["Earmarked reserves", "", "", "", "", ""]); sty.append(("FONTNAME", (0, 1), (0, 1), "Helvetica-BoldOblique"))
for r in RES:
    rows.append(["   " + r[0], tm(r[1]), tm(r[2]), tm(r[3]), tm(r[4]), tm(sum(r[1:]))])
rows.append(["Total earmarked reserves", tm(eo), tm(ep), tm(ec), tm(eu), tm(ecl)]); i = len(rows) - 1
sty += [("FONTNAME", (0, i), (-1, i), "Helvetica-Bold"), ("LINEABOVE", (1, i), (-1, i), 0.4, colors.grey)]
rows.append(["Unallocated reserves", "", "", "", "", ""]); i = len(rows) - 1
sty.append(("FONTNAME", (0, i), (0, i), "Helvetica-BoldOblique"))
rows.append(["   " + GF[0], tm(GF[1]), tm(GF[2]), tm(GF[3]), tm(GF[4]), tm(sum(GF[1:]))])
rows.append(["Total usable reserves", tm(tot[0]), tm(tot[1]), tm(tot[2]), tm(tot[3]), tm(tcl)])
sty += [("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
hdr = [Paragraph(f"<b>{h}</b>", ParagraphStyle("th", parent=body, fontSize=8.5, leading=10, alignment=2 if k else 0)) for k, h in enumerate(rows[0])]
rows[0] = hdr
t = Table(rows, colWidths=[56*mm, 24*mm, 20*mm, 24*mm, 24*mm, 26*mm])
t.setStyle(TableStyle(sty))
story += [KeepTogether([Paragraph("Table 4: Forecast movement in usable reserves 2025/26 (£m)", cap), t])]
P("6.3 The Dedicated Schools Grant (DSG) deficit is held in a separate unusable reserve under the statutory override "
  "and is not included in Table 4. It is reported to the Children and Young People Scrutiny Committee.")

P("7. Demand and activity", h2)
P("7.1 Table 5 shows the main demand indicators that drive the forecasts in the people directorates. Figures are as at "
  "the end of each quarter.")
DEM = [
    ("Children looked after (number)", ["512", "524", "538", "551"], "Worsening"),
    ("Children in residential placements", ["58", "61", "64", "66"], "Worsening"),
    ("Average weekly residential cost (£)", ["5,840", "6,010", "6,150", "6,320"], "Worsening"),
    ("Funded residential and nursing placements (adults)", ["1,284", "1,296", "1,311", "1,305"], "Stable"),
    ("Home care hours commissioned per week", ["21,450", "21,980", "22,640", "23,105"], "Worsening"),
    ("Pupils receiving SEN home to school transport", ["1,410", "1,452", "1,498", "1,536"], "Worsening"),
]
rows = [["Indicator", "2024/25", "2025/26", "", "", "Trend"], ["", "Q4", "Q1", "Q2", "Q3", ""]]
for n, v, tr in DEM:
    rows.append([n] + v + [tr])
t = Table(rows, colWidths=[72*mm, 18*mm, 18*mm, 18*mm, 18*mm, 22*mm])
t.setStyle(TableStyle(BASE + [("SPAN", (2, 0), (4, 0)), ("ALIGN", (1, 0), (4, -1), "RIGHT"), ("ALIGN", (2, 0), (4, 0), "CENTER"),
    ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("LINEBELOW", (2, 0), (4, 0), 0.4, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]))
story += [KeepTogether([Paragraph("Table 5: Demand indicators, quarter end", cap), t])]

P("7.2 Collection of council tax and business rates is broadly in line with last year. Table 6 compares in-year "
  "collection at 31 December with the same point in 2024/25.")
rows = [["Income stream", "31 Dec 2024", "31 Dec 2025", "Change (percentage points)"],
        ["Council tax", "83.9%", "84.3%", "0.4"],
        ["Business rates (NNDR)", "82.6%", "81.9%", "(0.7)"]]
t = Table(rows, colWidths=[60*mm, 28*mm, 28*mm, 44*mm])
t.setStyle(TableStyle(BASE + [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
story += [KeepTogether([Paragraph("Table 6: In-year collection rates at 31 December", cap), t])]

P("8. Actions to reduce the overspend", h2)
P("8.1 The Corporate Leadership Team has agreed the following measures, which took effect from 5 January 2026:")
bullets([
    "a freeze on non-essential recruitment, with all vacancies reviewed by a weekly vacancy control panel;",
    "a stop on non-essential spending on supplies, services and consultancy above £5,000;",
    "a placement review panel for all new residential placements for children, chaired by the Director of Children's Services;",
    "accelerated delivery of the Amber-rated savings schemes, with monthly reporting to the Cabinet Member;",
    "a review of fees and charges for 2026/27 to ensure full cost recovery.",
])
P("8.2 These measures are expected to reduce the forecast overspend by between £1.0m and £1.5m by year end, but this "
  "benefit has not yet been included in the forecast.")

P("9. Risks", h2)
P("9.1 The main risks to the forecast are:")
bullets([
    "further growth in the number of children looked after or in high-cost residential placements;",
    "winter pressures on hospital discharge increasing demand for home care and short-term residential beds;",
    "the outcome of the national pay negotiations for 2026/27, which may need to be reflected in next year's budget;",
    "continued under-recovery of parking income if usage does not return to pre-tariff levels;",
    "the growing DSG high needs deficit, which remains outside the General Fund only while the statutory override continues.",
])

P("10. Financial, legal and equality implications", h2)
P("10.1 Financial implications are set out throughout the report. The Section 151 Officer is required to report to "
  "Council if it appears that expenditure will exceed the resources available. At this stage the forecast overspend can "
  "be contained within available reserves and no such report is required.")
P("10.2 There are no direct equality implications arising from this report. Equality impact assessments have been "
  "completed for individual savings schemes.")
P("Background papers: Budget and Council Tax Setting 2025/26 (Council, 27 February 2025); Revenue Budget Monitoring "
  "Quarter 2 (Cabinet, 11 November 2025).", note)
P("Contact officer: Head of Corporate Finance, finance.reports@brackmoorvale.gov.example", note)

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(20*mm, 10*mm, "Brackmoor Vale Council – Cabinet 10 February 2026")
    c.drawRightString(190*mm, 10*mm, f"Page {d.page}")
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=18*mm,
                        title="Revenue Budget Monitoring 2025/26 – Quarter 3", author="Director of Finance")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("TB", TB, "TF", TF, "TV", TV, "ST", ST, "SF", SF, "SS", SS, "Q2T", Q2T, "res", tot, tcl, ecl)
for d in sub: print(d, sub[d])
