# Capital programme monitoring report (PDF via reportlab)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
import json, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial24/t24_capital_programme_q2_2025-26.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Heading1"], fontSize=15, spaceAfter=6)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, spaceBefore=8, spaceAfter=4)
B = ParagraphStyle("B", parent=ss["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=5)
BL = ParagraphStyle("BL", parent=B, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle("CAP", parent=B, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("NOTE", parent=B, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
CELL = ParagraphStyle("CELL", parent=B, fontSize=7, leading=8.5, spaceAfter=0)

def f(n):
    """£000 format with brackets for negatives, dash for zero"""
    if n is None:
        return ""
    if n == 0:
        return "–"
    s = f"{abs(n):,}"
    return f"({s})" if n < 0 else s

# name, total, prior, budget25, spend_to_date, forecast25, fc26, fc27, rag
SCHEMES = {
 "Adults and Health": [
  ("Sarnley Court extra care housing", 14200, 3850, 6400, 2915, 5120, 4830, 400, "Amber"),
  ("Community equipment store replacement", 2350, 0, 1600, 1212, 1690, 750, 0, "Amber"),
  ("Assistive technology programme", 1800, 420, 600, 284, 600, 480, 300, "Green"),
 ],
 "Children's Services": [
  ("Faxholme Primary expansion (1FE)", 9600, 1140, 5300, 3984, 5300, 3160, 0, "Green"),
  ("SEND resource bases (3 sites)", 6750, 910, 3200, 866, 1950, 3890, 0, "Red"),
  ("Brindlecote Academy roof and heating", 3420, 0, 2900, 2655, 3185, 520, 0, "Amber"),
  ("Schools condition programme", 4500, 0, 1500, 702, 1500, 1500, 1500, "Green"),
 ],
 "Place and Environment": [
  ("Highways structural maintenance", 27600, 0, 9200, 4118, 9200, 9200, 9200, "Green"),
  ("Quellbridge bridge strengthening", 8150, 2075, 4100, 1037, 2300, 3775, 0, "Red"),
  ("Wyvernmouth seafront flood defence", 21480, 5630, 7850, 3412, 7850, 6200, 1800, "Green"),
  ("Sarnley to Quellbridge active travel corridor", 4960, 610, 2450, 388, 1150, 3200, 0, "Red"),
  ("Street lighting LED conversion", 5240, 3960, 1280, 1106, 1280, 0, 0, "Green"),
  ("Fleet decarbonisation", 3900, 700, 1400, 215, 900, 1600, 700, "Amber"),
 ],
 "Housing and Regeneration": [
  ("Wyvernmouth town centre regeneration", 18750, 4260, 5900, 2240, 4700, 7300, 2490, "Amber"),
  ("Disabled facilities grants", 7350, 0, 2450, 1288, 2450, 2450, 2450, "Green"),
  ("Temporary accommodation acquisitions", 6000, 1850, 3000, 2760, 3420, 1150, 0, "Amber"),
 ],
 "Corporate Resources": [
  ("ICT infrastructure refresh", 3150, 1020, 1130, 508, 1130, 1000, 0, "Green"),
  ("Civic centre decarbonisation", 4280, 0, 1900, 74, 350, 3930, 0, "Red"),
  ("Brindlecote leisure centre refurbishment", 7640, 6950, 690, 610, 745, 0, 0, "Green"),
 ],
}

def sums(rows):
    keys = ["total", "prior", "bud", "spend", "fc", "var", "f26", "f27"]
    t = dict.fromkeys(keys, 0)
    for r in rows:
        t["total"] += r[1]; t["prior"] += r[2]; t["bud"] += r[3]; t["spend"] += r[4]
        t["fc"] += r[5]; t["var"] += r[5] - r[3]; t["f26"] += r[6]; t["f27"] += r[7]
    return t

allrows = [r for v in SCHEMES.values() for r in v]
G = sums(allrows)
slip = sum(r[5]-r[3] for r in allrows if r[5] < r[3])
over = sum(r[5]-r[3] for r in allrows if r[5] > r[3])
facts = {"grand": G, "slip": slip, "over": over}
dirsum = {d: sums(v) for d, v in SCHEMES.items()}
for d, v in SCHEMES.items():
    dirsum[d]["slip"] = sum(r[5]-r[3] for r in v if r[5] < r[3])
    dirsum[d]["over"] = sum(r[5]-r[3] for r in v if r[5] > r[3])
facts["dir"] = dirsum

def m(n):  # £000 -> £m 1dp string
    return f"£{n/1000:.1f}m"

def pct(a, b):
    return f"{100*a/b:.1f}%"

story = []
def P(t, st=B): story.append(Paragraph(t, st))
def bullets(items):
    for it in items:
        story.append(Paragraph(it, BL, bulletText="-"))

P("BRACKWATER VALE COUNCIL", ParagraphStyle("x", parent=B, fontName="Helvetica-Bold", fontSize=10))
P("Capital Programme 2025-26 to 2027-28: Quarter 2 Monitoring Report", H1)
meta = [["Report to:", "Cabinet"], ["Date of meeting:", "18 November 2025"],
        ["Report author:", "Head of Corporate Finance (Capital and Treasury)"],
        ["Lead member:", "Cabinet Member for Finance and Assets"],
        ["Wards affected:", "All"], ["Key decision:", "Yes"]]
t = Table(meta, colWidths=[35*mm, 120*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 9), ("FONT", (0,0), (0,-1), "Helvetica-Bold", 9),
                       ("BOTTOMPADDING", (0,0), (-1,-1), 2), ("TOPPADDING", (0,0), (-1,-1), 2)]))
story += [t, Spacer(1, 6)]

P("1. Purpose of the report", H2)
P("1.1 This report sets out the position on the council's capital programme at the end of Quarter 2 (30 September 2025). "
  "It compares spend and forecast outturn for 2025-26 with the revised budget, explains slippage and proposed reprofiling "
  "of budgets into 2026-27 and 2027-28, and updates Cabinet on the funding of the programme and on capital receipts.")

P("2. Recommendations", H2)
P("2.1 Cabinet is recommended to:")
bullets([
 f"note the forecast capital outturn for 2025-26 of {m(G['fc'])} against a revised budget of {m(G['bud'])};",
 f"approve the reprofiling of {m(-slip)} of budget from 2025-26 into 2026-27, as set out in Table 3;",
 f"approve the use of £850,000 from the capital contingency to meet forecast cost increases on four schemes (Table 6);",
 "approve the addition of a new scheme, Faxholme household waste recycling centre improvements (£640,000, funded from the waste infrastructure grant), to the programme from Quarter 3;",
 "note the capital receipts position and the revised receipts forecast in Table 5.",
])

P("3. Background", H2)
P("3.1 Full Council approved a three-year capital programme of £120.8m for 2025-26 to 2027-28 in February 2025. "
  "The 2025-26 budget was subsequently revised to include £6.9m of slippage brought forward from 2024-25 and new grant allocations, "
  f"giving the revised 2025-26 budget of {m(G['bud'])} used in this report.")
P("3.2 Each scheme is given a RAG rating by its project sponsor. Green means the scheme is on track for time and cost; Amber means "
  "there is a risk to the timetable or a forecast overspend that can be managed within the directorate; Red means a significant "
  "delay (more than six months) or a cost increase that needs a Cabinet decision.")

P("4. Overall position at Quarter 2", H2)
P(f"4.1 Spend to 30 September 2025 was {m(G['spend'])}, which is {pct(G['spend'], G['bud'])} of the revised budget. "
  f"This compares with 31.8% at the same point in 2024-25. The forecast outturn for the year is {m(G['fc'])}, "
  f"a net variance of {m(-G['var'])} below budget. The net variance is made up of slippage of {m(-slip)} on seven schemes, "
  f"partly offset by forecast cost increases of £0.85m on four schemes.")
P("4.2 Table 1 summarises the position by directorate. Place and Environment holds the largest share of the programme and "
  "accounts for the largest amount of slippage, mainly on the Quellbridge bridge strengthening scheme and the active travel corridor.")

# Table 1 summary
story.append(Paragraph("Table 1: Capital programme 2025-26 by directorate at Quarter 2 (£000)", CAP))
hdr = ["Directorate", "Revised budget", "Spend to date", "% spent", "Forecast outturn", "Variance", "of which slippage", "of which over/ (under) spend"]
rows = [[Paragraph(h, CELL) for h in hdr]]
for d, s in dirsum.items():
    rows.append([d, f(s["bud"]), f(s["spend"]), f"{100*s['spend']/s['bud']:.1f}%", f(s["fc"]), f(s["var"]), f(s["slip"]), f(s["over"])])
rows.append(["Total", f(G["bud"]), f(G["spend"]), f"{100*G['spend']/G['bud']:.1f}%", f(G["fc"]), f(G["var"]), f(slip), f(over)])
t = Table(rows, colWidths=[42*mm, 19*mm, 19*mm, 15*mm, 19*mm, 18*mm, 19*mm, 22*mm], repeatRows=1)
t.setStyle(TableStyle([
    ("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 7.5),
    ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2ec")), ("GRID", (0,0), (-1,-1), 0.4, colors.grey),
    ("ALIGN", (1,1), (-1,-1), "RIGHT"), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
story.append(t)
P("Note: Variance is forecast outturn less revised budget. Figures in brackets are underspends or slippage.", NOTE)

P("5. Scheme-level monitoring", H2)
P("5.1 Table 2 shows every scheme in the programme with its total approved budget, spend in earlier years, the 2025-26 position "
  "and the forecast for the following two years. Future-year forecasts include the reprofiling proposed in section 6.")
P("5.2 Four schemes are rated Red. The SEND resource bases scheme has been delayed at two of its three sites because of planning "
  "objections; the Quellbridge bridge strengthening works cannot start until a water main has been diverted; the active travel "
  "corridor has been held back by an extended consultation; and the civic centre decarbonisation scheme is being redesigned "
  "following a reduced grant award.")
P("5.3 Schemes rated Amber are mainly affected by cost increases. The Brindlecote Academy roof and heating scheme found "
  "asbestos in the roof void, adding £285,000, and the temporary accommodation acquisitions scheme has purchased two larger "
  "properties than planned, adding £420,000 but providing four more bed spaces.")

# Table 2 detailed (two row header, group rows, subtotals)
story.append(Paragraph("Table 2: Capital schemes by directorate, Quarter 2 2025-26 (£000)", CAP))
h1 = ["Scheme", "Total scheme budget", "Spend to 31 Mar 2025", "2025-26", "", "", "", "Future years forecast", "", "RAG"]
h2 = ["", "", "", "Revised budget", "Spend to date", "Forecast", "Variance", "2026-27", "2027-28", ""]
rows = [[Paragraph(x, CELL) for x in h1], [Paragraph(x, CELL) for x in h2]]
style = [
    ("FONT", (0,0), (-1,-1), "Helvetica", 7), ("GRID", (0,0), (-1,-1), 0.4, colors.grey),
    ("BACKGROUND", (0,0), (-1,1), colors.HexColor("#d9e2ec")),
    ("SPAN", (0,0), (0,1)), ("SPAN", (1,0), (1,1)), ("SPAN", (2,0), (2,1)), ("SPAN", (3,0), (6,0)),
    ("SPAN", (7,0), (8,0)), ("SPAN", (9,0), (9,1)), ("ALIGN", (1,2), (-2,-1), "RIGHT"),
    ("VALIGN", (0,0), (-1,-1), "MIDDLE"),
]
for d, v in SCHEMES.items():
    r = len(rows)
    rows.append([d] + [""] * 9)
    style += [("SPAN", (0,r), (-1,r)), ("FONT", (0,r), (-1,r), "Helvetica-BoldOblique", 7),
              ("BACKGROUND", (0,r), (-1,r), colors.HexColor("#f0f0f0"))]
    for s in v:
        rows.append([Paragraph(s[0], CELL), f(s[1]), f(s[2]), f(s[3]), f(s[4]), f(s[5]), f(s[5]-s[3]), f(s[6]), f(s[7]), s[8]])
    S = dirsum[d]
    r = len(rows)
    rows.append([Paragraph(f"Subtotal {d}", CELL), f(S["total"]), f(S["prior"]), f(S["bud"]), f(S["spend"]), f(S["fc"]), f(S["var"]), f(S["f26"]), f(S["f27"]), ""])
    style += [("FONT", (1,r), (-1,r), "Helvetica-Bold", 7)]
r = len(rows)
rows.append(["Total capital programme", f(G["total"]), f(G["prior"]), f(G["bud"]), f(G["spend"]), f(G["fc"]), f(G["var"]), f(G["f26"]), f(G["f27"]), ""])
style += [("FONT", (0,r), (-1,r), "Helvetica-Bold", 7), ("BACKGROUND", (0,r), (-1,r), colors.HexColor("#d9e2ec"))]
t = Table(rows, colWidths=[46*mm, 16*mm, 16*mm, 15*mm, 15*mm, 15*mm, 15*mm, 15*mm, 15*mm, 12*mm], repeatRows=2)
t.setStyle(TableStyle(style))
story.append(t)
P("Note: RAG = Red/Amber/Green status reported by the project sponsor. '–' = nil. Variance is forecast less revised budget; "
  "bracketed figures are slippage. Spend to date is to 30 September 2025.", NOTE)

P("6. Slippage and reprofiling", H2)
P(f"6.1 Slippage of {m(-slip)} has been identified on seven schemes. In each case the budget is still needed, and it is proposed "
  "that it is reprofiled into later years rather than removed from the programme. Table 3 sets out the amounts and reasons. "
  "Slippage at Quarter 2 in 2024-25 was £11.2m, so the position has improved, but it remains above the council's target of "
  "keeping in-year slippage below 10% of the revised budget.")
story.append(Paragraph("Table 3: Proposed reprofiling of 2025-26 budgets (£000)", CAP))
reprof = [
 ("Sarnley Court extra care housing", 1280, 0, "Groundworks subcontractor went into administration in July 2025; works re-let in September."),
 ("SEND resource bases (3 sites)", 1250, 0, "Planning objections at the Sarnley and Wyvernmouth sites; revised applications due December 2025."),
 ("Quellbridge bridge strengthening", 1800, 0, "Water main diversion by the utility company delayed until January 2026."),
 ("Sarnley to Quellbridge active travel corridor", 1300, 0, "Consultation extended after 1,140 responses; detailed design revised."),
 ("Fleet decarbonisation", 500, 0, "Lead times of 38 weeks for electric refuse collection vehicles."),
 ("Wyvernmouth town centre regeneration", 1200, 0, "Compulsory purchase order inquiry adjourned to February 2026."),
 ("Civic centre decarbonisation", 1550, 0, "Grant award reduced from £2.1m to £1.3m; scheme being redesigned."),
]
rows = [[Paragraph(x, CELL) for x in ["Scheme", "Slippage from 2025-26", "Moved to 2026-27", "Moved to 2027-28", "Reason"]]]
for n, a, b2, reason in reprof:
    rows.append([Paragraph(n, CELL), f"({a:,})", f(a - b2), f(b2), Paragraph(reason, CELL)])
tot = sum(x[1] for x in reprof)
rows.append(["Total", f"({tot:,})", f(tot), "–", ""])
t = Table(rows, colWidths=[44*mm, 19*mm, 18*mm, 18*mm, 73*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 7),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2ec")),
    ("ALIGN", (1,1), (3,-1), "RIGHT"), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
story.append(t)
assert tot == -slip

P("6.2 All of the reprofiled budget is moved into 2026-27. No scheme is proposed for removal from the programme this quarter. "
  "The active travel corridor is funded by a government grant that must be spent by 31 March 2027, so any further delay "
  "would put £2.9m of grant at risk.")

P("7. Funding the programme", H2)
# funding split must sum to forecasts
f25, f26, f27 = G["fc"], G["f26"], G["f27"]
fund = [
 ("Government grants", 19860, 17430, 9110),
 ("Prudential borrowing", None, None, None),
 ("Capital receipts", 2150, 3300, 1200),
 ("Section 106 and CIL contributions", 1480, 2210, 640),
 ("Revenue contributions", 610, 450, 300),
 ("Earmarked reserves", 1240, 980, 0),
]
known = [sum(x[i] for x in fund if x[i] is not None) for i in (1, 2, 3)]
pb = (f25 - known[0], f26 - known[1], f27 - known[2])
fund[1] = ("Prudential borrowing", *pb)
facts["funding"] = fund
P(f"7.1 The forecast programme for 2025-26 to 2027-28 is funded as shown in Table 4. Prudential borrowing is the largest "
  f"source of funding, followed by government grants. Prudential borrowing covers the balance and adds to the council's capital financing requirement; "
  f"the revenue cost of the borrowing is included in the medium term financial strategy at an assumed interest rate of 5.1%.")
story.append(Paragraph("Table 4: Funding of the capital programme, 2025-26 to 2027-28 (£000)", CAP))
rows = [[Paragraph(x, CELL) for x in ["Funding source", "2025-26 forecast", "2026-27", "2027-28", "Total", "% of total"]]]
grand_fund = f25 + f26 + f27
for n, a, b2, c in fund:
    rows.append([n, f(a), f(b2), f(c), f(a+b2+c), f"{100*(a+b2+c)/grand_fund:.1f}%"])
rows.append(["Total funding", f(f25), f(f26), f(f27), f(grand_fund), "100.0%"])
t = Table(rows, colWidths=[52*mm, 22*mm, 22*mm, 22*mm, 22*mm, 18*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 7.5),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2ec")),
    ("ALIGN", (1,1), (-1,-1), "RIGHT")]))
story.append(t)

P("8. Capital receipts", H2)
receipts = [
 ("Former Orrin Street depot", "Quellbridge", 1450, "2025-26", "Completed"),
 ("Old Faxholme library", "Faxholme", 385, "2025-26", "Under offer"),
 ("Land at Kettle Lane", "Sarnley", 2100, "2026-27", "Planning application submitted"),
 ("Wyvernmouth harbour offices", "Wyvernmouth", 920, "2026-27", "On the market"),
 ("Brindlecote allotment strip", "Brindlecote", None, "n/a", "Withdrawn"),
 ("Sarnley Road garage site", "Sarnley", 315, "2025-26", "Contracts exchanged"),
]
rtot = sum(x[2] for x in receipts if x[2])
P(f"8.1 The programme relies on capital receipts from the sale of surplus assets. Receipts of £1.45m have been received so far "
  f"this year from the sale of the former Orrin Street depot. The disposals pipeline is shown in Table 5; the expected total is "
  f"£{rtot/1000:.2f}m. The Brindlecote allotment strip has been withdrawn from sale after the site was designated as a local green space.")
story.append(Paragraph("Table 5: Capital receipts pipeline at 30 September 2025", CAP))
rows = [[Paragraph(x, CELL) for x in ["Asset", "Locality", "Estimated receipt (£000)", "Expected year", "Status"]]]
for a in receipts:
    rows.append([a[0], a[1], f(a[2]) if a[2] else "n/a", a[3], a[4]])
rows.append(["Total expected receipts", "", f(rtot), "", ""])
t = Table(rows, colWidths=[48*mm, 26*mm, 28*mm, 22*mm, 48*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 7.5),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2ec")),
    ("ALIGN", (2,1), (2,-1), "RIGHT")]))
story.append(t)

P("9. Capital contingency", H2)
cont = [("Brindlecote Academy roof and heating", 285), ("Temporary accommodation acquisitions", 420),
        ("Community equipment store replacement", 90), ("Brindlecote leisure centre refurbishment", 55)]
P("9.1 The programme includes a capital contingency of £2.5m for 2025-26 to meet unavoidable cost increases. Table 6 shows the "
  "proposed use of the contingency at Quarter 2. If approved, £1.65m will remain available for the rest of the year.")
story.append(Paragraph("Table 6: Use of capital contingency 2025-26 (£000)", CAP))
rows = [["Item", "£000"], ["Opening contingency 2025-26", "2,500"]]
for n, a in cont:
    rows.append([f"Less: {n}", f"({a})"])
rows.append(["Remaining contingency", f(2500 - sum(a for _, a in cont))])
t = Table(rows, colWidths=[80*mm, 25*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 7.5),
    ("FONT", (0,0), (-1,0), "Helvetica-Bold", 7.5),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("ALIGN", (1,0), (1,-1), "RIGHT")]))
story.append(t)
assert sum(a for _, a in cont) == over

P("10. Risks", H2)
P("10.1 The main risks to the delivery of the programme are:")
bullets([
 "construction inflation: tender prices are forecast to rise by 4.2% in 2026, which may not be covered by scheme budgets;",
 "interest rates: each 0.5 percentage point rise in borrowing rates adds about £180,000 a year to revenue financing costs;",
 "capital receipts: a fall in land values or delays to planning could reduce or delay receipts;",
 "contractor capacity: a small number of local contractors are bidding for several of the council's schemes;",
 "grant conditions: time-limited grants, including the active travel grant, could be lost if schemes slip further.",
])

P("11. Financial, legal and equality implications", H2)
P("11.1 Financial implications are set out throughout the report. The forecast revenue cost of prudential borrowing for 2025-26 "
  "is £2.34m, which is within the treasury management budget. There are no direct legal implications. An equality impact "
  "assessment is carried out for each scheme at the design stage.")
P("11.2 Background papers: Capital Strategy 2025-26 (Council, 20 February 2025); Quarter 1 capital monitoring report (Cabinet, 9 September 2025).", B)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=18*mm, bottomMargin=18*mm,
                        title="Capital Programme Q2 Monitoring 2025-26", author="Brackwater Vale Council")
def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(18*mm, 10*mm, "Brackwater Vale Council - Cabinet 18 November 2025 - Capital Programme Q2 Monitoring")
    c.drawRightString(A4[0]-18*mm, 10*mm, f"Page {d.page}")
    c.restoreState()
doc.build(story, onFirstPage=footer, onLaterPages=footer)
json.dump(facts, open("/tmp/t24_pdf_facts.json", "w"), indent=1, default=str)
print(json.dumps({"grand": G, "slip": slip, "over": over, "pb": pb, "rtot": rtot}, indent=1))
