"""Generate t26_dsg_schools_budget_report.pdf (Wendlemoor Schools Forum DSG report)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

OUT = "/work/trials_new/trial26/t26_dsg_schools_budget_report.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Title"], fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
P = ParagraphStyle("P", parent=ss["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=5)
B = ParagraphStyle("B", parent=P, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle("CAP", parent=P, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("NOTE", parent=P, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))


def m(x):
    """format £m value with brackets for negatives, – for zero"""
    if x is None:
        return "n/a"
    if abs(x) < 0.005:
        return "–"
    s = f"{abs(x):,.2f}"
    return f"({s})" if x < 0 else s


def k(x):
    if x is None:
        return "n/a"
    if x == 0:
        return "–"
    s = f"{abs(x):,.0f}"
    return f"({s})" if x < 0 else s


story = []

def para(t, st=P):
    story.append(Paragraph(t, st))

def bullets(items):
    for it in items:
        story.append(Paragraph(it, B, bulletText="-"))

HS = ParagraphStyle("HS", parent=P, fontName="Helvetica-Bold", fontSize=8, leading=9.5, alignment=1, spaceAfter=0)


def hdr(rows, n):
    """wrap header cells in Paragraphs so long headers wrap instead of overlapping"""
    for r in range(n):
        rows[r] = [Paragraph(c, HS) if c else "" for c in rows[r]]
    return rows


def tstyle(header_rows, extra=None):
    st = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 8),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D9E2F3")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (1, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if extra:
        st += extra
    return TableStyle(st)

# ---------------------------------------------------------------- header
para("Wendlemoor Borough Council", ParagraphStyle("org", parent=P, fontName="Helvetica-Bold", fontSize=11))
para("Dedicated Schools Grant: 2025-26 Month 8 Monitoring, 2026-27 Schools Budget and High Needs Deficit Recovery Plan", H1)
meta = [
    ["Report to:", "Wendlemoor Schools Forum"],
    ["Meeting date:", "15 January 2026"],
    ["Report of:", "Head of Education Finance, Children's Services"],
    ["Agenda item:", "6"],
    ["Status:", "For decision (recommendations 2.2 and 2.3) and for information"],
]
mt = Table(meta, colWidths=[35 * mm, 130 * mm])
mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
story += [mt, Spacer(1, 6)]

# ---------------------------------------------------------------- 1 purpose
para("1. Purpose of the report", H2)
para("1.1 This report sets out the forecast outturn position on the Dedicated Schools Grant (DSG) for 2025-26 "
     "as at month 8 (end of November 2025), the provisional DSG settlement for 2026-27, the revenue balances held by "
     "maintained schools at 31 March 2025, and progress against the high needs deficit recovery plan agreed with the "
     "Department for Education in March 2025.")
para("1.2 The DSG is a ring-fenced grant paid in four blocks: the Schools Block, the Central School Services Block (CSSB), "
     "the Early Years Block and the High Needs Block. Figures in this report are before academy recoupment unless stated.")

# ---------------------------------------------------------------- 2 recs
para("2. Recommendations", H2)
para("Schools Forum is asked to:")
bullets([
    "2.1 note the forecast 2025-26 in-year DSG overspend of £6.63m, driven by the High Needs Block;",
    "2.2 approve a transfer of 0.5% of the 2026-27 Schools Block (£1.24m) to the High Needs Block;",
    "2.3 approve the central school services budgets for 2026-27 as set out in Table 2;",
    "2.4 note the fall in maintained school balances and the ten schools in deficit at 31 March 2025;",
    "2.5 endorse the revised high needs deficit recovery plan and the savings actions in Table 5.",
])

# ---------------------------------------------------------------- 3 forecast
para("3. 2025-26 forecast outturn", H2)
para("3.1 The total DSG allocation for 2025-26 is £346.56m. At month 8 the forecast spend is £353.19m, an in-year "
     "overspend of £6.63m. This compares with an overspend of £5.78m in 2024-25. The High Needs Block is forecast to "
     "overspend by £7.45m, partly offset by underspends of £0.52m on the Early Years Block and £0.33m on the Schools Block.")
para("3.2 Table 1 shows allocation, spend and variance for each block and budget line for 2024-25 (final outturn) "
     "and 2025-26 (month 8 forecast). Variances are shown as over/(under) spends against allocation.")

# Table 1 ------------------------------------------------------------
T1 = [
    ("Schools Block", [
        ("Individual schools budgets (ISB)", 231.40, 231.40, 239.85, 239.85),
        ("Growth fund", 1.20, 0.86, 1.35, 1.02),
        ("Falling rolls fund", 0.30, 0.18, 0.40, 0.40),
    ]),
    ("Central School Services Block", [
        ("Admissions", 0.62, 0.60, 0.64, 0.65),
        ("Servicing of Schools Forum", 0.05, 0.05, 0.05, 0.05),
        ("Statutory and regulatory duties", 1.18, 1.21, 1.22, 1.24),
        ("Historic commitments", 0.40, 0.40, 0.32, 0.32),
    ]),
    ("Early Years Block", [
        ("3 and 4 year old entitlements", 27.10, 26.48, 28.40, 28.05),
        ("2 year old entitlements", 6.20, 6.55, 9.85, 10.12),
        ("Under 2s working parent entitlement", 1.40, 1.12, 5.60, 5.18),
        ("Early years pupil premium", 0.48, 0.45, 0.62, 0.60),
        ("Disability access fund", 0.22, 0.22, 0.26, 0.26),
    ]),
    ("High Needs Block", [
        ("Top-up funding: mainstream schools", 12.80, 14.95, 14.10, 16.42),
        ("Special schools and academies", 21.60, 22.40, 23.05, 23.90),
        ("INMSS placements", 9.30, 12.65, 10.20, 13.85),
        ("Alternative provision", 4.10, 4.38, 4.30, 4.52),
        ("Post-16 high needs", 3.60, 3.92, 3.85, 4.30),
        ("SEN support and inclusion services", 2.40, 2.31, 2.50, 2.46),
    ]),
]
rows = [["", "2024-25 (outturn)", "", "", "2025-26 (month 8 forecast)", "", ""],
        ["Block / budget line", "Allocation", "Outturn", "Variance", "Allocation", "Forecast", "Variance"]]
extra = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0))]
tot = [0, 0, 0, 0]
block_tot = {}
for grp, items in T1:
    rows.append([grp, "", "", "", "", "", ""])
    extra.append(("FONT", (0, len(rows) - 1), (0, len(rows) - 1), "Helvetica-BoldOblique", 8))
    extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")))
    s = [0, 0, 0, 0]
    for lab, a1, o1, a2, f2 in items:
        rows.append(["   " + lab, m(a1), m(o1), m(o1 - a1), m(a2), m(f2), m(f2 - a2)])
        for i, v in enumerate((a1, o1, a2, f2)):
            s[i] += v
    short = grp.replace("Central School Services Block", "CSSB")
    rows.append([f"Total {short}", m(s[0]), m(s[1]), m(s[1] - s[0]), m(s[2]), m(s[3]), m(s[3] - s[2])])
    extra.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8))
    block_tot[grp] = s
    for i in range(4):
        tot[i] += s[i]
rows.append(["Total DSG", m(tot[0]), m(tot[1]), m(tot[1] - tot[0]), m(tot[2]), m(tot[3]), m(tot[3] - tot[2])])
extra.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8))
extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 1.2, colors.black))
print("T1 totals", [round(x, 2) for x in tot], {k_: [round(x, 2) for x in v] for k_, v in block_tot.items()})

story.append(Paragraph("Table 1: Dedicated Schools Grant allocation, spend and variance by block, 2024-25 and 2025-26 (£m)", CAP))
t = Table(hdr(rows, 2), colWidths=[58 * mm] + [19 * mm] * 6, repeatRows=2)
t.setStyle(tstyle(2, extra))
story.append(t)
story.append(Paragraph("Variance: over/(under) spend against allocation. – = nil variance. Source: council ledger, month 8.", NOTE))

para("3.3 The main pressures are summarised below:")
bullets([
    "top-up funding for pupils with education, health and care plans (EHCPs) in mainstream schools, forecast "
    "£2.32m over budget as the number of plans continues to rise;",
    "placements in independent and non-maintained special schools (INMSS), forecast £3.65m over budget, with "
    "an average annual placement cost of £61,400;",
    "post-16 high needs places at further education colleges, forecast £0.45m over budget;",
    "alternative provision, forecast £0.22m over budget following an increase in permanent exclusions.",
])
para("3.4 The Early Years Block underspend reflects lower than funded take-up of the under 2s working parent "
     "entitlement, which was extended to children from nine months old in September 2025. Early years block "
     "funding is subject to a final adjustment by the Department for Education in July 2026 based on the January "
     "2026 census, so the underspend may be partly clawed back.")
para("3.5 Within the Central School Services Block, spend on statutory and regulatory duties is forecast at £1.24m, "
     "£0.02m above the allocation, because of higher pension costs for the education welfare service.")

# ---------------------------------------------------------------- 4 settlement 26-27
para("4. Provisional DSG settlement 2026-27", H2)
para("4.1 The Department for Education published provisional 2026-27 allocations on 18 December 2025. Wendlemoor's "
     "Schools Block is based on 38,412 pupils recorded in the October 2025 census, an increase of 214 pupils on the "
     "October 2024 census. The minimum funding guarantee has been set at 0.0% per pupil, the lowest level permitted.")
T2 = [
    ("Schools Block", 241.60, 248.95),
    ("Central School Services Block", 2.23, 2.19),
    ("Early Years Block", 44.73, 52.30),
    ("High Needs Block", 58.00, 60.90),
]
rows = [["Block", "2025-26 allocation", "2026-27 provisional", "Change (£m)", "Change (%)"]]
a = b = 0
for lab, x, y in T2:
    rows.append([lab, m(x), m(y), m(y - x), ("(%.1f)" % abs((y - x) / x * 100)) if y < x else "%.1f" % ((y - x) / x * 100)])
    a += x; b += y
rows.append(["Total DSG", m(a), m(b), m(b - a), "%.1f" % ((b - a) / a * 100)])
print("T2 totals", round(a, 2), round(b, 2), round(b - a, 2), round((b - a) / a * 100, 1))
story.append(Paragraph("Table 2: DSG allocations 2025-26 and provisional allocations 2026-27 (£m)", CAP))
t = Table(hdr(rows, 1), colWidths=[58 * mm, 28 * mm, 28 * mm, 24 * mm, 22 * mm])
t.setStyle(tstyle(1, [("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8)]))
story.append(t)
story.append(Spacer(1, 4))
para("4.2 The Early Years Block increase of £7.57m reflects the full-year cost of the expanded working parent "
     "entitlements. The High Needs Block increases by £2.90m (5.0%), which is less than the 10.7% growth in the number "
     "of EHCPs between January 2024 and January 2025.")
para("4.3 The council proposes to transfer 0.5% of the Schools Block, £1.24m, to the High Needs Block in 2026-27. "
     "The consultation with schools closed on 28 November 2025; 31 of the 52 schools that responded supported the transfer. "
     "If Schools Forum does not approve the transfer the council may apply to the Secretary of State.")

# ---------------------------------------------------------------- 5 balances
para("5. Maintained school balances", H2)
para("5.1 Table 3 shows revenue balances held by the 85 maintained schools at 31 March 2024 and 31 March 2025. "
     "Academy balances are reported to the Education and Skills Funding Agency and are not included. Total balances fell "
     "by £3.761m (27.6%) to £9.882m, and the number of schools with a deficit balance rose from six to ten.")
T3 = [
    ("Nursery", 4, 612, 0, 540, 0),
    ("Primary", 68, 9845, 3, 8120, 5),
    ("Secondary", 7, 1210, 2, -385, 3),
    ("Special", 5, 2140, 0, 1905, 1),
    ("Pupil referral unit", 1, -164, 1, -298, 1),
]
rows = [["", "", "31 March 2024", "", "31 March 2025", "", ""],
        ["Phase", "Number of schools", "Balance", "Schools in deficit", "Balance", "Schools in deficit", "Change in balance"]]
s = [0] * 5
for lab, n, b1, d1, b2, d2 in T3:
    rows.append([lab, str(n), k(b1), str(d1), k(b2), str(d2), k(b2 - b1)])
    for i, v in enumerate((n, b1, d1, b2, d2)):
        s[i] += v
rows.append(["Total", str(s[0]), k(s[1]), str(s[2]), k(s[3]), str(s[4]), k(s[3] - s[1])])
print("T3 totals", s, s[3] - s[1])
story.append(Paragraph("Table 3: Maintained school revenue balances by phase at 31 March (£000)", CAP))
t = Table(hdr(rows, 2), colWidths=[34 * mm, 20 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 24 * mm])
t.setStyle(tstyle(2, [("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
                      ("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8)]))
story.append(t)
story.append(Paragraph("Figures in brackets are deficit balances or reductions. Balances include revenue and community-focused funds.", NOTE))
para("5.2 The secondary phase moved into an aggregate deficit of £385,000, mainly because two secondary schools in "
     "Quillby have licensed deficits following falling rolls. Schools in deficit are required to submit a three-year "
     "recovery plan to the council by 31 May each year.")
para("5.3 Officers will contact schools holding balances above the guideline level (8% of budget share for primary, "
     "nursery and special schools and 5% for secondary schools) to ask how they plan to use them.")

# ---------------------------------------------------------------- 6 high needs
para("6. High needs deficit and recovery plan", H2)
para("6.1 The cumulative DSG deficit was £20.70m at 31 March 2025 and is forecast to reach £27.33m at 31 March 2026. "
     "The statutory override, which keeps DSG deficits off the council's general fund balance sheet, has been extended "
     "to 31 March 2028. After that date any remaining deficit would fall on council reserves unless national policy changes.")
para("6.2 The recovery plan in Table 4 assumes high needs funding grows by about 3% a year from 2027-28 and that the "
     "mitigations in Table 5 and later phases deliver savings rising to £14.80m a year by 2028-29. Even with these, the "
     "plan does not bring the High Needs Block into in-year balance within the plan period.")
T4cols = ["2024-25 actual", "2025-26 forecast", "2026-27 plan", "2027-28 plan", "2028-29 plan"]
fund = [53.80, 58.00, 60.90, 62.70, 64.50]
before = [60.61, 68.35, 71.20, 76.80, 82.10]
mitig = [None, -2.90, -4.20, -9.10, -14.80]
other = [-1.03, -0.82, 0, 0, 0]
bf = 14.92
rows = [["£m"] + T4cols]
net = [b_ + (mi or 0) for b_, mi in zip(before, mitig)]
hn_def = [n_ - f_ for n_, f_ in zip(net, fund)]
tot_def = [h + o for h, o in zip(hn_def, other)]
bfs, cfs = [], []
c = bf
for d in tot_def:
    bfs.append(c); c = c + d; cfs.append(c)
rows.append(["High Needs Block funding"] + [m(x) for x in fund])
rows.append(["Spend before mitigations"] + [m(x) for x in before])
rows.append(["Planned mitigations"] + [m(x) for x in mitig])
rows.append(["Net high needs spend"] + [m(x) for x in net])
rows.append(["High needs in-year deficit"] + [m(x) for x in hn_def])
rows.append(["Other blocks over/(under) spend"] + [m(x) for x in other])
rows.append(["Total DSG in-year deficit"] + [m(x) for x in tot_def])
rows.append(["Cumulative deficit brought forward"] + [m(x) for x in bfs])
rows.append(["Cumulative deficit carried forward"] + [m(x) for x in cfs])
print("T4", [round(x, 2) for x in net], [round(x, 2) for x in hn_def], [round(x, 2) for x in tot_def], [round(x, 2) for x in cfs])
story.append(Paragraph("Table 4: High needs deficit recovery plan and cumulative DSG deficit, 2024-25 to 2028-29 (£m)", CAP))
t = Table(hdr(rows, 1), colWidths=[54 * mm] + [23 * mm] * 5)
t.setStyle(tstyle(1, [("FONT", (0, 7), (-1, 7), "Helvetica-Bold", 8), ("FONT", (0, 9), (-1, 9), "Helvetica-Bold", 8)]))
story.append(t)
story.append(Paragraph("n/a: the recovery plan began in 2025-26. – = nil.", NOTE))

para("6.3 Savings actions for 2025-26 and their forecast delivery are shown in Table 5. Of the £4.80m target, £2.90m is "
     "forecast to be delivered. Two actions are rated red:")
bullets([
    "the new 80-place special free school at Harrowfield, where the opening has slipped from September 2025 to "
    "September 2026 because of building contractor delays, so none of the £1.20m saving will be delivered this year;",
    "the inclusion partnership funding for early intervention, where only £0.18m of £0.45m is forecast because "
    "partnerships in two districts have not yet agreed their local plans.",
])
T5 = [
    ("Expand resourced provision bases", "Head of SEND", 850, 620, "Amber"),
    ("Harrowfield special free school", "Director of Education", 1200, 0, "Red"),
    ("Local commissioning framework for INMSS", "Head of Commissioning", 1400, 1150, "Amber"),
    ("Banded top-up funding review", "Head of Education Finance", 600, 640, "Green"),
    ("Post-16 pathways and supported internships", "Head of SEND", 300, 310, "Green"),
    ("Inclusion partnership funding", "Head of Inclusion", 450, 180, "Red"),
]
rows = [["Action", "Lead officer", "Target saving", "Forecast delivery", "Variance", "RAG"]]
st_ = sf = 0
for a_, l_, tg, fc, rag in T5:
    rows.append([a_, l_, k(tg), k(fc), k(fc - tg), rag])
    st_ += tg; sf += fc
rows.append(["Total", "", k(st_), k(sf), k(sf - st_), ""])
print("T5", st_, sf, sf - st_)
story.append(Paragraph("Table 5: High needs recovery actions, savings delivery 2025-26 (£000)", CAP))
t = Table(hdr(rows, 1), colWidths=[62 * mm, 38 * mm, 20 * mm, 22 * mm, 17 * mm, 13 * mm])
t.setStyle(tstyle(1, [("ALIGN", (1, 1), (1, -1), "LEFT"), ("ALIGN", (5, 1), (5, -1), "CENTER"),
                      ("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8)]))
story.append(t)

para("6.4 The number of EHCPs maintained by the council continues to grow (Table 6). The fastest growth is in "
     "placements at independent and non-maintained special schools, which have risen from 168 to 268 since January 2022.")
T6 = [
    ("Mainstream schools", 1012, 1148, 1306, 1472),
    ("Resourced provision and SEN units", 142, 156, 171, 188),
    ("Special schools and special academies", 684, 712, 745, 781),
    ("INMSS", 168, 197, 231, 268),
    ("Alternative provision", 38, 41, 46, 52),
    ("Post-16 (FE and specialist post-16)", 402, 455, 512, 566),
    ("Other (home educated, NEET, awaiting)", 64, 71, 83, 97),
]
rows = [["Placement type", "Jan 2022", "Jan 2023", "Jan 2024", "Jan 2025", "Change 2024 to 2025 (%)"]]
s = [0] * 4
for lab, *vals in T6:
    rows.append([lab] + [f"{v:,}" for v in vals] + ["%.1f" % ((vals[3] - vals[2]) / vals[2] * 100)])
    for i, v in enumerate(vals):
        s[i] += v
rows.append(["Total EHCPs"] + [f"{v:,}" for v in s] + ["%.1f" % ((s[3] - s[2]) / s[2] * 100)])
print("T6", s, (s[3] - s[2]) / s[2] * 100, (268 - 168) / 168 * 100)
story.append(Paragraph("Table 6: Education, health and care plans maintained by Wendlemoor, by placement type (January census)", CAP))
t = Table(hdr(rows, 1), colWidths=[60 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 30 * mm])
t.setStyle(tstyle(1, [("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8)]))
story.append(t)

# ---------------------------------------------------------------- 7 risks
para("7. Risks", H2)
para("7.1 The main financial risks to the DSG are:")
bullets([
    "continued growth in EHCP numbers above the rate assumed in the recovery plan;",
    "further delay to the Harrowfield special free school, which would prolong reliance on independent placements;",
    "the end of the statutory override on 31 March 2028, which would expose the council's reserves to the cumulative deficit;",
    "a clawback of early years funding following the January 2026 census;",
    "falling primary rolls in Quillby and Dunmere Cross, which increase the risk of further school deficits.",
])

# ---------------------------------------------------------------- 8 next steps
para("8. Next steps", H2)
para("8.1 Subject to Schools Forum decisions, the council will submit its 2026-27 authority proforma tool to the "
     "Department for Education by 21 January 2026 and confirm school budget shares by 28 February 2026. A further "
     "update on the recovery plan will be brought to the Forum meeting on 12 March 2026.")
para("Background papers: DSG monitoring working papers (month 8); DfE provisional DSG allocations 2026-27; "
     "high needs deficit management plan (March 2025).", NOTE)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                        title="DSG 2025-26 month 8 monitoring and 2026-27 schools budget", author="Head of Education Finance")


def footer(canv, d):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.drawString(18 * mm, 9 * mm, "Wendlemoor Schools Forum, 15 January 2026, Item 6")
    canv.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {d.page}")
    canv.restoreState()


doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("written", OUT)
