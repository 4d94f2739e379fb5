"""Paper 1: Adult social care budget and demand report to Cabinet (PDF, reportlab)."""
import json, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from common import *
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
_FD = "/usr/share/fonts/truetype/liberation/"
for _n, _f in [("Arial", "LiberationSans-Regular.ttf"), ("Arial-Bold", "LiberationSans-Bold.ttf"),
               ("Arial-Italic", "LiberationSans-Italic.ttf"), ("Arial-BoldItalic", "LiberationSans-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold")
addMapping("Arial", 0, 1, "Arial-Italic"); addMapping("Arial", 1, 1, "Arial-BoldItalic")

OUT = os.path.join(os.path.dirname(__file__), "..", "t29_asc_budget_demand_cabinet.pdf")
styles = getSampleStyleSheet()
body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Arial", fontSize=10, leading=13, spaceAfter=5)
num = ParagraphStyle("num", parent=body, leftIndent=28, firstLineIndent=-28)
bul = ParagraphStyle("bul", parent=body, leftIndent=40, firstLineIndent=-10, spaceAfter=3)
h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Arial-Bold", fontSize=15, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=styles["Heading2"], keepWithNext=1, fontName="Arial-Bold", fontSize=12, spaceBefore=8, spaceAfter=5)
cap = ParagraphStyle("cap", parent=body, fontName="Arial-Bold", fontSize=9.5, spaceBefore=4, spaceAfter=3)
note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))

story = []
facts = {}

def P(t, s=body):
    story.append(Paragraph(t, s))

def N(n, t):
    story.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", num))

def B(t, mark="•"):
    story.append(Paragraph(f"{mark} {t}", bul))

def plain_table(data, colw, header_rows=1, total_rows=(), sub_rows=(), group_rows=(), spans=(), repeat=0, align_right_from=1, bold_rows=()):
    t = Table(data, colWidths=colw, repeatRows=repeat)
    st = [("FONTNAME", (0, 0), (-1, -1), "Arial"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
          ("FONTNAME", (0, 0), (-1, header_rows - 1), "Arial-Bold"),
          ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
          ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for r in total_rows:
        st += [("LINEABOVE", (0, r), (-1, r), 0.8, colors.black), ("FONTNAME", (0, r), (-1, r), "Arial-Bold")]
    for r in sub_rows:
        st += [("FONTNAME", (0, r), (-1, r), "Arial-Bold")]
    for r in group_rows:
        st += [("FONTNAME", (0, r), (-1, r), "Arial-BoldItalic")]
    for r in bold_rows:
        st += [("FONTNAME", (0, r), (-1, r), "Arial-Bold")]
    for (c0, r0, c1, r1) in spans:
        st += [("SPAN", (c0, r0), (c1, r1)), ("ALIGN", (c0, r0), (c1, r1), "CENTER")]
    t.setStyle(TableStyle(st))
    return t

def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Arial", 8)
    canvas.drawString(20 * mm, 12 * mm, "Caldmoor County Council – Cabinet – 18 November 2025 – Item 7")
    canvas.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
    canvas.restoreState()

# ---------------- data ----------------
budget = [
    ("Older people (aged 65 and over)", [
        ("Residential care", 48215, 51030), ("Nursing care", 29640, 31112), ("Home care", 36880, 38945),
        ("Direct payments", 8410, 8122), ("Day opportunities", 3275, 2961), ("Extra care housing", 4120, 4120)]),
    ("Working age adults (18 to 64)", [
        ("Learning disability – supported living", 41560, 43884), ("Learning disability – residential", 22730, 23415),
        ("Mental health", 14385, 15208), ("Physical disability", 11940, 11602), ("Direct payments (working age)", 9870, 10344)]),
    ("Operational and support services", [
        ("Assessment and care management", 18620, 18105), ("Reablement", 7450, 7118),
        ("Commissioning and contracts", 3880, 3742), ("Safeguarding", 2140, 2205)]),
    ("Income", [
        ("Client contributions", -52300, -53940), ("Continuing healthcare and NHS income", -14760, -15390),
        ("Better Care Fund contribution", -21450, -21450)]),
]
gb = gf = 0
rows = [["", "2025-26 (£000)", "", "", ""], ["Service line", "Budget", "Forecast outturn", "Variance", "Variance %"]]
subs, groups = [], []
budget_out = {}
for g, items in budget:
    groups.append(len(rows)); rows.append([g, "", "", "", ""])
    sb = sf = 0
    for name, b, f in items:
        v = f - b
        rows.append(["  " + name, fint(b), fint(f), fint(v, dash_zero=True), pct(v / abs(b) * 100) if v else "–"])
        budget_out[name] = (b, f, v)
        sb += b; sf += f
    label = "Subtotal " + g.split(" (")[0].lower()
    subs.append(len(rows)); rows.append([label, fint(sb), fint(sf), fint(sf - sb, dash_zero=True), pct((sf - sb) / abs(sb) * 100) if sf != sb else "–"])
    budget_out[label] = (sb, sf, sf - sb)
    gb += sb; gf += sf
tot_row = len(rows)
rows.append(["Net adult social care budget", fint(gb), fint(gf), fint(gf - gb), pct((gf - gb) / gb * 100)])
budget_out["TOTAL"] = (gb, gf, gf - gb)
facts["budget"] = budget_out

packages = [  # people receiving long-term support at snapshot dates
    ("Home care", 3412, 3586, 3701), ("Residential care", 1688, 1702, 1735), ("Nursing care", 842, 871, 896),
    ("Supported living", 1104, 1139, 1162), ("Direct payments only", 1956, 1918, 1894), ("Shared lives", 118, 124, 121),
    ("Day opportunities only", 604, 577, 552)]
def trend(a, c):
    ch = (c - a) / a * 100
    return "Rising" if ch > 1.5 else ("Falling" if ch < -1.5 else "Stable")

hc_hours = {"Kestlow": (10940, 11260, 812), "Hallbeck": (9215, 9430, 706), "Dunmere": (7680, 7915, 588),
            "Ashcombe Vale": (11305, 11540, 874), "Thornsey": (9520, 9755, 721)}
assert sum(v[2] for v in hc_hours.values()) == packages[0][3]

adm = [  # permanent admissions by quarter: 2024-25 Q1..Q4, 2025-26 Q1, Q2
    ("Residential care (65+)", [132, 138, 145, 151, 141, 148]),
    ("Nursing care (65+)", [74, 77, 83, 79, 81, 80]),
    ("Residential and nursing (18 to 64)", [11, 9, 13, 10, 12, 14])]
cost = [("Residential care (65+)", [804.10, 809.55, 815.20, 821.75, 861.40, 866.90]),
        ("Nursing care (65+)", [938.30, 944.85, 951.60, 958.05, 1004.75, 1011.20])]

fees = [  # service, unit, 2024-25 rate, 2025-26 rate, full-year cost of uplift £000
    ("Home care", "per hour", 23.40, 24.85, 2720), ("Residential care – standard", "per week", 812.00, 856.00, 2460),
    ("Residential care – enhanced dementia", "per week", 905.00, 953.00, 1120), ("Nursing care (excluding FNC)", "per week", 948.00, 996.00, 1390),
    ("Supported living", "per hour", 21.60, 22.90, 1845), ("Day opportunities", "per session", 48.50, 50.20, 95),
    ("Direct payments", "per hour", 17.80, 18.90, 610)]

savings = [  # ref, proposal, lead, target, delivered, forecast, rag
    ("ASC01", "Expansion of reablement capacity", "Head of Provider Services", 1200, 540, 1050, "Amber"),
    ("ASC02", "Review of high-cost learning disability packages", "Head of Disability Services", 1850, 910, 1850, "Green"),
    ("ASC03", "Technology enabled care roll-out", "Head of Commissioning", 650, 120, 380, "Red"),
    ("ASC04", "Shared lives growth", "Head of Provider Services", 300, 95, 240, "Amber"),
    ("ASC05", "Recovery of unspent direct payment balances", "Head of Finance (Adults)", 900, 720, 960, "Green"),
    ("ASC06", "Block home care contracts in rural areas", "Head of Commissioning", 1400, 310, 900, "Red"),
    ("ASC07", "Day opportunities remodelling", "Head of Disability Services", 500, None, 500, "Green"),
    ("ASC08", "Continuing healthcare income review", "Head of Finance (Adults)", 750, 402, 750, "Green"),
    ("ASC09", "Staffing vacancy management", "Director of Adult Social Care", 600, 600, 600, "Green"),
    ("ASC10", "Transport policy review", "Head of Commissioning", 250, None, 0, "Red")]
st_t = sum(s[3] for s in savings); st_d = sum(s[4] or 0 for s in savings); st_f = sum(s[5] for s in savings)
facts["savings_total"] = (st_t, st_d, st_f, st_t - st_f)

net_var = gf - gb
# ---------------- document ----------------
P("Caldmoor County Council", ParagraphStyle("x", parent=body, fontName="Arial-Bold", fontSize=11))
P("Cabinet – 18 November 2025", body)
P("Adult Social Care: Budget Monitoring and Demand Report, Quarter 2 2025-26", h1)
P("Report of the Director of Adult Social Care and the Director of Finance. Lead member: Cabinet Member for Adults and Health, Cllr Margaret Oyelaran. Key decision: Yes. Wards affected: All.", note)
story.append(Spacer(1, 6))

P("1. Purpose of the report", h2)
N("1.1", "This report sets out the forecast outturn for the Adult Social Care (ASC) revenue budget for 2025-26 as at the end of Quarter 2 (30 September 2025), describes the main drivers of demand for care and support, and reports progress against the 2025-26 savings plan.")
N("1.2", f"The net ASC budget for 2025-26 is £{gb/1000:.1f}m. The forecast outturn is £{gf/1000:.1f}m, an overspend of £{net_var/1000:.1f}m ({net_var/gb*100:.1f}%). This compares with a forecast overspend of £4.9m reported to Cabinet at Quarter 1.")

P("2. Recommendations", h2)
N("2.1", "Cabinet is recommended to:")
B("note the forecast overspend on the Adult Social Care budget at Quarter 2 and the actions being taken to reduce it;")
B("approve a drawdown of £1.5m from the Adult Social Care Demand Reserve to offset the cost of additional hospital discharge activity;")
B("approve the 2026-27 fee-setting timetable set out in section 6, including consultation with providers from 5 January 2026;")
B("note that savings proposal ASC10 (Transport policy review) has been deferred to 2026-27; and")
B("ask the Scrutiny Commission for Adults and Communities to review the recovery plan for home care commissioning at its January 2026 meeting.")

P("3. Background", h2)
N("3.1", "Caldmoor County Council is responsible for adult social care for a population of around 640,000 people across the five districts of Kestlow, Hallbeck, Dunmere, Ashcombe Vale and Thornsey. Of these, 146,300 are aged 65 and over, a figure which has grown by 2.6% a year since 2021.")
N("3.2", "The Council set a net ASC budget for 2025-26 in February 2025 that included growth of £11.2m for demographic pressures and £9.7m for fee uplifts, offset by a savings target of £8.4m. Spending on adult social care represents 41% of the Council's net revenue budget.")
N("3.3", "Demand continues to be driven by three main factors:")
B("the number of people aged 85 and over, which rose by 4.1% in the last year;", "-")
B("increasing complexity of need at the point of hospital discharge, with more people needing two carers per visit; and", "-")
B("transitions of young people with learning disabilities into adult services, with 63 young people expected to transfer during 2025-26.", "-")
N("3.4", "Terms used in this report are explained in the glossary at Appendix A. Continuing Healthcare (CHC) is care arranged and funded solely by the NHS for people with a primary health need; Funded Nursing Care (FNC) is the NHS contribution to the nursing element of a care home placement.")

P("4. Budget position at Quarter 2", h2)
N("4.1", "Table 1 summarises the forecast outturn by service line. Figures in brackets are underspends or income. Variance percentages are shown against the budget for each line.")
N("4.2", f"The largest overspend is on residential care for older people (£{budget_out['Residential care'][2]:,}k), where the number of placements and the average weekly cost have both risen faster than assumed. Learning disability supported living is forecast to overspend by £{budget_out['Learning disability – supported living'][2]:,}k, reflecting 17 new high-cost packages agreed since April.")
N("4.3", f"These pressures are partly offset by an underspend of £{-budget_out['Assessment and care management'][2]:,}k on assessment and care management, mainly from vacancies among social workers and occupational therapists, and by additional client contribution income of £{-budget_out['Client contributions'][2]:,}k.")
N("4.4", "The forecast overspend has grown by £1.6m since Quarter 1. The main movements since Quarter 1 are:")
B("an increase of £0.9m in the residential care forecast following 31 additional older people's placements made from hospital during July and August;", "-")
B("an increase of £0.6m in learning disability supported living after the re-assessment of eight people moving from residential settings;", "-")
B("a reduction of £0.3m in the reablement forecast because of continued recruitment difficulties in Thornsey and Dunmere; and", "-")
B("an increase of £0.4m in other lines, including higher than expected mental health aftercare costs under section 117 of the Mental Health Act 1983.", "-")
N("4.5", "Officers have identified mitigating actions worth £2.1m that are not yet included in the forecast. These include a panel review of all new packages costing more than £1,500 a week, a tighter approach to short-term residential stays, and a joint review with the ICB of 120 people whose care may be eligible for Continuing Healthcare. If these actions are fully delivered the year-end overspend would fall to around £4.4m.")
story.append(Paragraph("Table 1: Adult social care revenue budget and forecast outturn, 2025-26 (£000)", cap))
story.append(plain_table(rows, [70*mm, 24*mm, 30*mm, 24*mm, 22*mm], header_rows=2, total_rows=[tot_row], sub_rows=subs, group_rows=groups, spans=[(1, 0, 3, 0)], repeat=2))
P("Source: Caldmoor County Council general ledger, period 6. Income lines are shown as negative figures.", note)
N("4.6", "If no further action were taken the overspend would need to be met from general reserves, which stood at £38.6m at 31 March 2025. The Director of Finance has advised that the ASC Demand Reserve (balance £6.2m) should be used first.")

P("5. Demand for care and support", h2)
N("5.1", "Table 2 shows the number of people receiving long-term support at three snapshot dates. The overall number of people supported has risen by "
  f"{sum(p[3] for p in packages) - sum(p[2] for p in packages)} since 31 March 2025.")
prow = [["", "Number of people at", "", "", "Change since", ""], ["Service type", "31 Mar 2024", "31 Mar 2025", "30 Sep 2025", "31 Mar 2025", "Trend"]]
for n_, a, b, c in packages:
    prow.append([n_, fint(a), fint(b), fint(c), ("+" if c - b > 0 else "") + fint(c - b), trend(a, c)])
ta, tb, tc = (sum(p[i] for p in packages) for i in (1, 2, 3))
prow.append(["Total people supported", fint(ta), fint(tb), fint(tc), ("+" if tc - tb > 0 else "") + fint(tc - tb), trend(ta, tc)])
facts["packages"] = {p[0]: p[1:] for p in packages}; facts["packages"]["Total"] = (ta, tb, tc)
story.append(Paragraph("Table 2: People receiving long-term support by main service type", cap))
story.append(plain_table(prow, [52*mm, 24*mm, 24*mm, 24*mm, 26*mm, 20*mm], header_rows=2, total_rows=[len(prow) - 1], spans=[(1, 0, 3, 0)]))
P("Note: each person is counted once, against their main service. Trend compares 30 Sep 2025 with 31 Mar 2024 (more than 1.5% change).", note)

N("5.2", "Home care. Table 3 shows average weekly home care hours delivered in each district. Hours rose in every district between Quarter 1 and Quarter 2. As at 30 September 2025, 46 people were waiting for a home care package to start, of whom 19 were in hospital; this compares with 71 people waiting in September 2024. The median wait for a package to start was 6 days.")
hrows = [["", "Average weekly hours", "", "", "Clients at", "Hours per", "Clients per"],
         ["District", "Q1 2025-26", "Q2 2025-26", "Change %", "30 Sep 2025", "client", "1,000 aged 65+"]]
th1 = th2 = tcl = 0
hc_out = {}
for d in DISTRICTS:
    q1, q2, cl = hc_hours[d]
    hrows.append([d, fint(q1), fint(q2), pct((q2 - q1) / q1 * 100), fint(cl), f1(q2 / cl), f1(cl / POP65[d] * 1000)])
    hc_out[d] = (q1, q2, cl, round(q2 / cl, 1), round(cl / POP65[d] * 1000, 1))
    th1 += q1; th2 += q2; tcl += cl
hrows.append(["Caldmoor", fint(th1), fint(th2), pct((th2 - th1) / th1 * 100), fint(tcl), f1(th2 / tcl), f1(tcl / POP65_TOTAL * 1000)])
hc_out["Caldmoor"] = (th1, th2, tcl, round(th2 / tcl, 1), round(tcl / POP65_TOTAL * 1000, 1))
facts["homecare"] = hc_out
story.append(Paragraph("Table 3: Home care hours delivered and clients by district", cap))
story.append(plain_table(hrows, [32*mm, 24*mm, 24*mm, 20*mm, 24*mm, 20*mm, 26*mm], header_rows=2, total_rows=[len(hrows) - 1], spans=[(1, 0, 2, 0)]))
P("Population aged 65 and over: ONS mid-2024 estimates.", note)

N("5.3", "Residential and nursing placements. Permanent admissions of older people to care homes rose in Quarter 2 (Table 4). Occupancy across the county's 142 registered care homes was 91.4% in September 2025, leaving limited choice for people with dementia in Kestlow and Dunmere.")
q_hdr = ["Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]
arows = [["", "2024-25", "", "", "", "2025-26", ""], ["Measure"] + q_hdr]
arows.append(["Permanent admissions (number)"] + [""] * 6); g1 = len(arows) - 1
for n_, vals in adm:
    arows.append(["  " + n_] + [fint(v) for v in vals])
tots = [sum(a[1][i] for a in adm) for i in range(6)]
arows.append(["Total permanent admissions"] + [fint(v) for v in tots]); st1 = len(arows) - 1
arows.append(["Average weekly cost of new placements (£)"] + [""] * 6); g2 = len(arows) - 1
for n_, vals in cost:
    arows.append(["  " + n_] + ["{:,.2f}".format(v) for v in vals])
facts["admissions"] = {a[0]: a[1] for a in adm}; facts["admissions"]["Total"] = tots
facts["cost"] = {c[0]: c[1] for c in cost}
story.append(Paragraph("Table 4: Permanent admissions to residential and nursing care and average weekly cost, by quarter", cap))
story.append(plain_table(arows, [62*mm] + [18*mm] * 6, header_rows=2, sub_rows=[st1], group_rows=[g1, g2], spans=[(1, 0, 4, 0), (5, 0, 6, 0)]))
N("5.4", "The rate of permanent admissions of people aged 65 and over in the first half of 2025-26 is reported to the Health and Wellbeing Board as part of the Better Care Fund (BCF) return.")

P("6. Fees uplift 2025-26 and fee setting for 2026-27", h2)
N("6.1", "The Council agreed fee uplifts for 2025-26 in March 2025, taking account of the increase in the National Living Wage to £12.21 an hour and the rise in employer National Insurance contributions. The uplifts agreed for each service are set out in Table 5.")
frows = [["", "", "Rate (£)", "", "", "Full-year"], ["Service", "Unit", "2024-25", "2025-26", "Uplift %", "cost (£000)"]]
fee_out = {}
for s, u, a, b, c in fees:
    up = (b - a) / a * 100
    frows.append([s, u, "{:,.2f}".format(a), "{:,.2f}".format(b), pct(up), fint(c)])
    fee_out[s] = (a, b, round(up, 1), c)
fee_tot = sum(f[4] for f in fees)
frows.append(["Total cost of fee uplifts", "", "", "", "", fint(fee_tot)])
facts["fees"] = fee_out; facts["fee_total"] = fee_tot
story.append(Paragraph("Table 5: Standard fee rates paid to providers, 2024-25 and 2025-26", cap))
story.append(plain_table(frows, [60*mm, 22*mm, 20*mm, 20*mm, 20*mm, 26*mm], header_rows=2, total_rows=[len(frows) - 1], align_right_from=2, spans=[(2, 0, 3, 0)]))
N("6.2", f"The total full-year cost of the 2025-26 uplifts is £{fee_tot:,}k, against budget provision of £9.7m. The difference of £{fee_tot-9700:,}k has been met from the Market Sustainability and Improvement Fund (MSIF), which is worth £4.3m to Caldmoor in 2025-26.")
N("6.3", "For 2026-27 the Council will run a cost of care exercise with providers during December 2025. Officers will:")
B("issue a provider survey on 1 December 2025;")
B("hold consultation events with home care and care home providers from 5 January 2026;")
B("bring proposed 2026-27 fee rates to Cabinet on 17 February 2026; and")
B("notify providers of final rates by 13 March 2026.")

P("7. Savings plan 2025-26", h2)
N("7.1", f"The 2025-26 savings target is £{st_t/1000:.1f}m. At Quarter 2, £{st_d:,}k has been delivered and £{st_f:,}k is forecast to be delivered by year end, a shortfall of £{(st_t-st_f):,}k. Two proposals are rated Red.")
srows = [["", "", "", "2025-26 (£000)", "", "", ""], ["Ref", "Saving proposal", "Lead officer", "Target", "Delivered", "Forecast", "RAG"]]
sav_out = {}
for r, n_, l, t, d, f, rag in savings:
    srows.append([r, Paragraph(n_, ParagraphStyle("c", parent=body, fontSize=8.5, leading=10, spaceAfter=0)), Paragraph(l, ParagraphStyle("c2", parent=body, fontSize=8.5, leading=10, spaceAfter=0)),
                  fint(t), "n/a" if d is None else fint(d), fint(f, dash_zero=True), rag])
    sav_out[n_] = (r, t, d, f, rag)
srows.append(["", "Total savings", "", fint(st_t), fint(st_d), fint(st_f), ""])
facts["savings"] = sav_out
story.append(Paragraph("Table 6: Adult social care savings plan 2025-26 – delivery at Quarter 2", cap))
story.append(plain_table(srows, [14*mm, 56*mm, 40*mm, 18*mm, 18*mm, 18*mm, 16*mm], header_rows=2, total_rows=[len(srows) - 1], align_right_from=3, repeat=0, spans=[(3, 0, 5, 0)]))
P("ASC07 savings begin in Quarter 3 following the closure of two day centres. ASC10 has been deferred to 2026-27 pending a public consultation.", note)
N("7.2", "The two Red-rated proposals are ASC03 (Technology enabled care roll-out), where supplier delays have slowed installations, and ASC06 (Block home care contracts in rural areas), where only two of the five planned contracts have been let. A recovery plan for ASC06 is being prepared.")

P("8. Risks", h2)
N("8.1", "The main risks to the forecast are:")
B("further growth in hospital discharges needing care, particularly over the winter period;", "-")
B("provider failure in the care home market, with three homes currently rated inadequate by the Care Quality Commission (CQC);", "-")
B("the outcome of the national review of adult social care funding, expected in spring 2026; and", "-")
B("the NHS reducing its contribution to joint-funded packages following the CHC income review.", "-")
N("8.2", "Winter plans agreed with the Caldmoor Integrated Care Board (ICB) include 40 additional reablement places from December 2025 to March 2026, funded from the BCF discharge allocations.")

P("9. Financial, legal and equalities implications", h2)
N("9.1", "The financial implications are set out in the body of the report. The Council has a duty under the Care Act 2014 to meet eligible needs and to promote a diverse and sustainable market of care providers. An Equality Impact Assessment has been completed for each savings proposal; none is assessed as having a disproportionate adverse impact.")

P("Appendix A: Glossary", h2)
for t_, d_ in [("ASC", "Adult Social Care"), ("BCF", "Better Care Fund – a pooled budget shared by the Council and the ICB"),
               ("CHC", "Continuing Healthcare – NHS-funded care for people with a primary health need"),
               ("FNC", "Funded Nursing Care – the NHS contribution to nursing costs in care homes"),
               ("MSIF", "Market Sustainability and Improvement Fund – a government grant to support the care market"),
               ("RAG", "Red, Amber, Green rating of delivery confidence"),
               ("Reablement", "Short-term support, usually up to six weeks, to help people regain independence at home")]:
    P(f"<b>{t_}</b> – {d_}", bul)
P("Contact: Helen Marsh-Adeyemi, Head of Finance (Adults), helen.marsh-adeyemi@caldmoor.gov.uk", note)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=20*mm,
                        title="Adult Social Care Budget and Demand Report Q2 2025-26", author="Caldmoor County Council")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
with open(os.path.join(os.path.dirname(__file__), "facts_pdf.json"), "w") as fh:
    json.dump(facts, fh, indent=1, default=str)
print("written", OUT)
