"""Paper 1: Wyvernshire County Council - MTFS update to Cabinet (PDF, reportlab)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, r
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
_F = "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf"
for _n, _v in [("Arial", "Regular"), ("Arial-Bold", "Bold"), ("Arial-Italic", "Italic"),
               ("Arial-BoldItalic", "BoldItalic")]:
    pdfmetrics.registerFont(TTFont(_n, _F % _v))
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold")
addMapping("Arial", 0, 1, "Arial-Italic"); addMapping("Arial", 1, 1, "Arial-BoldItalic")
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak)

OUT = os.path.join(os.path.dirname(__file__), "..", "t31_mtfs_update_cabinet.pdf")
YEARS = ["2026-27", "2027-28", "2028-29", "2029-30"]

# ---------------------------------------------------------------- data
pressures = [
    ("Pay inflation", [9.8, 7.6, 7.8, 8.0]),
    ("Non-pay and contract inflation", [11.2, 9.4, 8.9, 9.1]),
    ("Adult social care demand", [18.6, 16.3, 15.9, 16.4]),
    ("Children's social care placements", [13.4, 6.8, 5.2, 4.9]),
    ("SEND home to school transport", [4.7, 3.9, 3.6, 3.8]),
    ("Waste disposal contract", [2.1, 1.4, 0.9, 1.0]),
    ("Capital financing (MRP and interest)", [1.8, 2.6, 3.1, 2.4]),
]
funding = [
    ("Council tax – 2.99% core increase", [-14.1, -14.8, -15.4, -16.0]),
    ("Adult social care precept – 2%", [-9.4, -9.9, 0, 0]),
    ("Council tax base growth", [-3.6, -3.8, -3.9, -4.0]),
    ("Business rates and Revenue Support Grant", [-6.2, -2.1, -1.9, -2.0]),
    ("Social Care Grant", [-7.5, -3.0, 0, 0]),
    ("Collection fund surplus", [-2.0, 2.0, 0, 0]),
]
approved_savings = [-11.3, -6.4, -2.8, 0]

def colsum(rows):
    return [r(sum(v[i] for _, v in rows), 1) for i in range(4)]

press_tot = colsum(pressures)
fund_tot = colsum(funding)
gap = [r(press_tot[i] + fund_tot[i] + approved_savings[i], 1) for i in range(4)]
cum = []
acc = 0
for g in gap:
    acc = r(acc + g, 1)
    cum.append(acc)
FEB_GAP = 48.2  # four-year gap reported to Council in February 2025 (prose only)

# savings proposals (£000): ref, title, 26-27, 27-28, 28-29, RAG
savings = [
    ("Adults and Communities", [
        ("AC1", "Expand reablement to reduce long-term home care", 850, 1200, 600, "Amber"),
        ("AC2", "Review of high-cost learning disability packages", 1100, 900, 0, "Red"),
        ("AC3", "Increase use of assistive technology", 400, 350, 250, "Green"),
        ("AC4", "Recommission day opportunities", 0, 520, 480, "Amber"),
    ]),
    ("Children and Family Services", [
        ("CF1", "Grow in-house foster carer capacity", 600, 1150, 1300, "Amber"),
        ("CF2", "Step-down from residential to family settings", 750, 900, 400, "Red"),
        ("CF3", "Early help service redesign", 320, 180, 0, "Green"),
    ]),
    ("Environment and Transport", [
        ("ET1", "Recycling and household waste site opening hours", 280, 0, 0, "Green"),
        ("ET2", "Independent travel training for SEND pupils", 210, 340, 260, "Amber"),
        ("ET3", "Street lighting LED dimming", 150, 150, 0, "Green"),
        ("ET4", "Review of supported bus services", 0, 400, 0, "Red"),
    ]),
    ("Corporate Resources", [
        ("CR1", "Office accommodation rationalisation", 300, 650, 400, "Green"),
        ("CR2", "Digital customer service channel shift", 250, 300, 200, "Amber"),
        ("CR3", "Procurement and contract management", 500, 500, 500, "Amber"),
    ]),
    ("Chief Executive's", [
        ("CE1", "Democratic services and member support review", 90, 0, 0, "Green"),
        ("CE2", "Communications team restructure", 120, 60, 0, "Green"),
    ]),
]
sav_tot = [sum(p[i] for _, ps in savings for p in ps) for i in (2, 3, 4)]
sav_grand = sum(sav_tot)
yr1_from_reserves = r(gap[0] - sav_tot[0] / 1000, 2)  # £m
remaining_after = r(cum[3] - sav_grand / 1000, 1)

# reserves (£000s): name, bal 1 Apr 2025, use 25-26, use 26-27
bal_res = int(round(yr1_from_reserves * 1000))
reserves_general = [("General Fund balance", 24500, 0, 0)]
reserves_earmarked = [
    ("Budget Equalisation Reserve", 31200, -6800, -bal_res),
    ("Transformation Reserve", 12650, -4100, -3200),
    ("Insurance Reserve", 9870, -450, -400),
    ("Capital Financing Reserve", 18300, -2750, -5000),
    ("Business Rates Volatility Reserve", 6400, 0, -1000),
    ("Public Health Reserve (ring-fenced)", 4180, -1260, -900),
    ("Waste PFI Smoothing Reserve", 7940, 520, 530),
    ("Other earmarked reserves", 14730, -2310, -1850),
]
dsg = ("DSG high needs deficit (unusable reserve)", -41600, -18900, -21300)

def res_row(name, b, u1, u2):
    return [name, b, u1, b + u1, u2, b + u1 + u2]

NRB = 598.6  # net revenue budget 2025-26 £m
BAND_D_25 = 1742.18
band_d_26 = r(BAND_D_25 * 1.0499, 2)
band_d_inc = r(band_d_26 - BAND_D_25, 2)

# ---------------------------------------------------------------- styles
ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Arial", fontSize=10,
                      leading=13.5, spaceAfter=6)
num = ParagraphStyle("num", parent=body, leftIndent=30, firstLineIndent=-30)
bul = ParagraphStyle("bul", parent=body, leftIndent=48, firstLineIndent=-14, spaceAfter=3)
h1 = ParagraphStyle("h1", parent=body, fontName="Arial-Bold", fontSize=11.5, spaceBefore=10,
                    spaceAfter=6, keepWithNext=1)
cap = ParagraphStyle("cap", parent=body, fontName="Arial-Bold", fontSize=9.5, spaceBefore=4,
                     spaceAfter=4)
note = ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
title = ParagraphStyle("title", parent=body, fontName="Arial-Bold", fontSize=14, leading=18,
                       spaceAfter=4)

story = []
P = lambda t, s=body: story.append(Paragraph(t, s))

def para(n, t):
    story.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", num))

def bullets(items, mark="•"):
    for it in items:
        story.append(Paragraph(f"{mark}&nbsp;&nbsp;{it}", bul))

def plain_table(data, widths, header_rows=1, total_rows=(), bold_rows=(), italic_rows=(),
                align_right_from=1, repeat=0, grid=False, span=()):
    t = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    st = [
        ("FONT", (0, 0), (-1, -1), "Arial", 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), "Arial-Bold", 8.5),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dde4ee")))
    else:
        st.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black))
    for tr in total_rows:
        st.append(("LINEABOVE", (0, tr), (-1, tr), 0.8, colors.black))
        st.append(("FONT", (0, tr), (-1, tr), "Arial-Bold", 8.5))
    for br in bold_rows:
        st.append(("FONT", (0, br), (-1, br), "Arial-Bold", 8.5))
    for ir in italic_rows:
        st.append(("FONT", (0, ir), (-1, ir), "Arial-BoldItalic", 8.5))
    st.extend(span)
    t.setStyle(TableStyle(st))
    return t

def on_page(c, doc):
    c.saveState()
    c.setFont("Arial", 8)
    c.drawString(2 * cm, 1.2 * cm, "Wyvernshire County Council – Cabinet, 18 November 2025 – MTFS update")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    c.restoreState()

# ---------------------------------------------------------------- content
P("WYVERNSHIRE COUNTY COUNCIL", title)
P("<b>CABINET – 18 NOVEMBER 2025</b>")
P("<b>MEDIUM TERM FINANCIAL STRATEGY 2026-27 TO 2029-30: UPDATE</b>")
P("<b>REPORT OF THE DIRECTOR OF FINANCE AND CORPORATE RESOURCES</b>")
P("Lead member: Cabinet Member for Resources, Cllr Pauline Ashworth. Report author: Martin Okafor, "
  "Assistant Director (Strategic Finance), Section 151 deputy. Key decision: No. Wards affected: All.")
story.append(Spacer(1, 6))

story.append(Paragraph("1. Purpose of the report", h1))
para("1.1", "The purpose of this report is to update Cabinet on the Medium Term Financial Strategy (MTFS) "
     "for the four years 2026-27 to 2029-30, to set out the updated budget gap, and to seek approval to "
     "consult on the savings proposals listed in section 6 ahead of the budget being set by Full Council.")
para("1.2", "The report also sets out the council tax and government funding assumptions that underpin "
     "the forecast and the forecast level of reserves at 31 March 2026 and 31 March 2027.")

story.append(Paragraph("2. Recommendations", h1))
para("2.1", "Cabinet is recommended to:")
bullets([
    f"note the updated four-year budget gap of £{cum[3]:.1f}m set out in Table 1;",
    "approve the savings proposals in Table 3 for public consultation;",
    "note the planning assumption of a 4.99% increase in council tax for 2026-27, made up of a 2.99% "
    "core increase and a 2% adult social care precept;",
    "note the forecast position on reserves, including the Dedicated Schools Grant (DSG) high needs "
    "deficit; and",
    "agree that a further report is brought to Cabinet on 3 February 2026 following the provisional "
    "Local Government Finance Settlement (LGFS).",
])

story.append(Paragraph("3. Background", h1))
para("3.1", "The MTFS was last approved by Full Council on 20 February 2025. At that time it showed a "
     f"four-year budget gap of £{FEB_GAP:.1f}m, after savings of £20.5m that had already been approved "
     "for delivery over 2025-26 to 2028-29.")
para("3.2", f"The council's net revenue budget for 2025-26 is £{NRB:.1f}m. Around 61% of this is spent on "
     "Adult Social Care (ASC) and children's services, and demand for both continues to grow faster "
     "than funding. Spending on Special Educational Needs and Disabilities (SEND), and particularly on "
     "home to school transport for children with SEND, has also risen sharply.")
para("3.3", "The government has confirmed that the Fair Funding Review will be implemented from 2026-27, "
     "with the distribution of funding between councils reset for the first time since 2013-14. "
     "Indicative figures published in the summer consultation suggest that Wyvernshire will gain "
     "modestly, but the detail will not be known until the provisional LGFS, which is expected in "
     "mid-December 2025. The funding figures in this report should therefore be treated as provisional.")
para("3.4", "The Dedicated Schools Grant (DSG) is a ring-fenced grant paid to the council for schools and "
     "for high needs provision. Spending on the high needs block has exceeded the grant in each of the "
     "last five years, and the accumulated deficit is held in an unusable reserve under a statutory "
     "override (see section 7).")
para("3.5", "The 2025-26 revenue budget is currently forecast to overspend by £4.9m at the end of "
     "September 2025 (period 6), mainly because of children's social care placements (£3.6m) and SEND "
     "transport (£1.8m), partly offset by underspends elsewhere. This pressure has been built into the "
     "2026-27 base budget.")

story.append(Paragraph("4. Updated budget gap", h1))
para("4.1", "Table 1 shows the updated position. Spending pressures are shown as positive figures and "
     "funding increases and savings are shown in brackets. Figures are the change in each year, so the "
     "cumulative gap is the sum of the annual figures.")

hdr = ["", *YEARS]
rows = [hdr, ["Spending pressures", "", "", "", ""]]
for n, v in pressures:
    rows.append([n, *[fmt(x, 1) for x in v]])
rows.append(["Total spending pressures", *[fmt(x, 1) for x in press_tot]])
rows.append(["Funding changes", "", "", "", ""])
for n, v in funding:
    rows.append([n, *[fmt(x, 1) for x in v]])
rows.append(["Total funding changes", *[fmt(x, 1) for x in fund_tot]])
rows.append(["Savings approved February 2025", *[fmt(x, 1) for x in approved_savings]])
rows.append(["Annual budget gap", *[fmt(x, 1) for x in gap]])
rows.append(["Cumulative budget gap", *[fmt(x, 1) for x in cum]])
n_rows = len(rows)
t1 = plain_table(rows, [7.6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm],
                 total_rows=(n_rows - 2,), bold_rows=(n_rows - 1, 9, 17),
                 italic_rows=(1, 10))
story.append(KeepTogether([Paragraph("Table 1: Updated budget gap 2026-27 to 2029-30 (£m)", cap), t1]))
story.append(Spacer(1, 6))
para("4.2", f"The cumulative gap has increased to £{cum[3]:.1f}m by 2029-30. The largest single pressure "
     "remains adult social care demand, which adds between £15.9m and £18.6m a year. Children's "
     "placements add £13.4m in 2026-27, reflecting the in-year overspend described in paragraph 3.5.")
para("4.3", f"The gap in 2026-27 alone is £{gap[0]:.1f}m. The council must set a balanced budget for "
     "2026-27, so this gap must be closed through the savings proposals in section 6 and, if necessary, "
     "a planned contribution from reserves.")
para("4.4", "The main changes since February 2025 are:")
bullets([
    "higher children's social care placement costs, with the number of children in residential "
    "placements rising from 118 to 131 since April 2025;",
    "a higher 2025-26 pay award than assumed (3.2% against a 2.5% assumption);",
    "a new annual pressure from the waste disposal contract following the retender of the "
    "Hollinsey energy-from-waste contract; and",
    "partly offsetting these, a higher Social Care Grant allocation than previously assumed.",
], mark="-")

story.append(Paragraph("5. Council tax and government funding assumptions", h1))
para("5.1", "The MTFS assumes that council tax will increase by the maximum allowed without a "
     "referendum. For 2026-27 this is a 2.99% core increase plus a 2% adult social care precept, a total "
     f"of 4.99%. A Band D council tax would rise from £{BAND_D_25:,.2f} to £{band_d_26:,.2f}, an increase of "
     f"£{band_d_inc:.2f} a year or about £{band_d_inc/52:.2f} a week.")
para("5.2", "No decision has been taken on council tax; the final decision will be made by Full Council "
     "on 19 February 2026. Each 1% on council tax raises around £4.7m a year.")
para("5.3", "The ASC precept flexibility has only been confirmed by government to 2027-28. No precept "
     "is assumed after that, shown as n/a in Table 2.")
assump = [
    ["Assumption", *YEARS],
    ["Core council tax increase", "2.99%", "2.99%", "2.99%", "2.99%"],
    ["Adult social care precept", "2.00%", "2.00%", "n/a", "n/a"],
    ["Council tax base growth", "0.8%", "0.8%", "0.8%", "0.8%"],
    ["Council tax collection rate", "98.8%", "98.8%", "98.8%", "98.8%"],
    ["Pay award", "3.0%", "2.5%", "2.5%", "2.5%"],
    ["Contract inflation (CPI)", "3.2%", "2.4%", "2.0%", "2.0%"],
    ["Adult social care demand growth", "4.5%", "4.0%", "4.0%", "4.0%"],
    ["Social Care Grant (£m)", "65.9", "68.9", "68.9", "68.9"],
    ["Revenue Support Grant (£m)", "24.6", "25.1", "25.6", "26.1"],
]
t2 = plain_table(assump, [7.6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm], grid=True)
story.append(KeepTogether([Paragraph("Table 2: Council tax and funding assumptions", cap), t2]))
story.append(Spacer(1, 6))
para("5.4", "The Social Care Grant for 2025-26 is £58.4m. The increase to £65.9m in 2026-27 is based on the "
     "government's policy statement and has not yet been confirmed. Each 0.5% on the pay award adds or "
     "removes around £1.65m a year, so every 1% on pay is worth about £3.3m.")

story.append(Paragraph("6. Savings proposals", h1))
para("6.1", "Directorates have identified 16 new savings proposals with a combined value of "
     f"£{sav_grand/1000:.2f}m over three years. These are listed in Table 3 together with an assessment "
     "of deliverability. The rating is:")
bullets([
    "Green – plans in place and on track, low risk to delivery;",
    "Amber – plans being developed, some risk to timing or value; and",
    "Red – significant risk; the saving depends on decisions or changes outside the council's "
    "direct control.",
])
para("6.2", f"If all proposals are delivered in full, the 2026-27 gap of £{gap[0]:.1f}m would be reduced to "
     f"£{yr1_from_reserves:.2f}m, which it is proposed to meet from the Budget Equalisation Reserve. By "
     f"2029-30 a gap of £{remaining_after:.1f}m would remain, and further proposals will be needed.")

# table 3 - two-row header, repeats on the next page
h_a = ["Ref", "Proposal", "Saving (£000)", "", "", "", "Deliverability"]
h_b = ["", "", "2026-27", "2027-28", "2028-29", "Total", "(RAG)"]
rows = [h_a, h_b]
bold, ital = [], []
for dname, props in savings:
    rows.append(["", dname, "", "", "", "", ""])
    ital.append(len(rows) - 1)
    for ref, ttl, a, b, c, rag in props:
        rows.append([ref, Paragraph(ttl, cell), fmt(a), fmt(b), fmt(c), fmt(a + b + c), rag])
    st = [sum(p[i] for p in props) for i in (2, 3, 4)]
    rows.append(["", f"Total {dname}", *[fmt(x) for x in st], fmt(sum(st)), ""])
    bold.append(len(rows) - 1)
rows.append(["", "Total new savings proposals", *[fmt(x) for x in sav_tot], fmt(sav_grand), ""])
t3 = plain_table(rows, [1.1 * cm, 6.6 * cm, 1.75 * cm, 1.75 * cm, 1.75 * cm, 1.75 * cm, 2.2 * cm],
                 header_rows=2, total_rows=(len(rows) - 1,), bold_rows=bold, italic_rows=ital,
                 align_right_from=2, repeat=2,
                 span=[("SPAN", (2, 0), (5, 0)), ("ALIGN", (2, 0), (5, 0), "CENTRE"),
                       ("LINEBELOW", (2, 0), (5, 0), 0.4, colors.black),
                       ("ALIGN", (6, 0), (6, -1), "CENTRE")])
story.append(Paragraph("Table 3: New savings proposals by directorate", cap))
story.append(t3)
story.append(Spacer(1, 6))
para("6.3", "The Red-rated proposals depend on factors outside the council's direct control. The review "
     "of high-cost learning disability packages (AC2) relies on health partners agreeing joint funding "
     "through the Integrated Care Board (ICB), and the step-down proposal (CF2) depends on recruiting "
     "enough specialist foster carers. The review of supported bus services (ET4) would require a "
     "separate consultation with bus operators and passengers.")
para("6.4", "Proposal ET1 would close the five household waste recycling centres on Wednesdays and "
     "reduce winter opening hours. The Kelbeck Vale site would remain open seven days a week because it "
     "serves a large rural area.")

story.append(Paragraph("7. Reserves", h1))
para("7.1", f"The General Fund balance is held at £24.5m, equal to 4.1% of the 2025-26 net revenue "
     "budget. This is within the range of 4% to 5% set out in the Reserves Policy and no change is "
     "proposed.")
para("7.2", "Earmarked reserves are held for specific purposes. Table 4 shows the forecast position. "
     "Contributions to reserves are shown as positive figures and use of reserves is shown in brackets.")
res_hdr = ["Reserve", "Balance 1 April 2025", "Forecast use 2025-26", "Forecast balance 31 March 2026",
           "Planned use 2026-27", "Forecast balance 31 March 2027"]
res_hdr = [Paragraph(f"<b>{h}</b>", ParagraphStyle("hc", parent=cell, alignment=2 if i else 0))
           for i, h in enumerate(res_hdr)]
rows = [res_hdr, ["General reserves", "", "", "", "", ""]]
g = [res_row(*x) for x in reserves_general]
for x in g:
    rows.append([x[0], *[fmt(v) for v in x[1:]]])
rows.append(["Earmarked reserves", "", "", "", "", ""])
e = [res_row(*x) for x in reserves_earmarked]
for x in e:
    rows.append([x[0], *[fmt(v) for v in x[1:]]])
e_tot = [sum(x[i] for x in e) for i in range(1, 6)]
rows.append(["Total earmarked reserves", *[fmt(v) for v in e_tot]])
usable = [g[0][i] + e_tot[i - 1] for i in range(1, 6)]
rows.append(["Total usable reserves", *[fmt(v) for v in usable]])
rows.append(["Unusable reserves", "", "", "", "", ""])
d = res_row(*dsg)
rows.append([d[0], *[fmt(v) for v in d[1:]]])
net = [usable[i] + d[i + 1] for i in range(5)]
rows.append(["Total reserves net of DSG deficit", *[fmt(v) for v in net]])
RES = dict(general=g, earmarked=e, e_tot=e_tot, usable=usable, dsg=d, net=net)
nr = len(rows)
t4 = plain_table(rows, [6.2 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm],
                 total_rows=(nr - 1, 13), bold_rows=(12,), italic_rows=(1, 3, 14), repeat=0,
                 span=[("VALIGN", (0, 0), (-1, 0), "BOTTOM")])
story.append(Paragraph("Table 4: Forecast reserves 2025-26 and 2026-27 (£000s)", cap))
story.append(t4)
story.append(Spacer(1, 6))
para("7.3", f"Usable reserves are forecast to fall from £{usable[0]/1000:.1f}m at 1 April 2025 to "
     f"£{usable[4]/1000:.1f}m by 31 March 2027. The largest planned use in 2026-27 is £5.0m from the "
     "Capital Financing Reserve to smooth the cost of borrowing for the capital programme.")
para("7.4", "The DSG high needs deficit is forecast to reach £81.8m by 31 March 2027. The statutory "
     "override, which keeps the deficit off the General Fund, is currently due to end on 31 March 2028. "
     "If it ended without further government support, the council's usable reserves would not be "
     "enough to cover the DSG deficit. The council is taking part in the Department for Education's "
     "Delivering Better Value programme, which has so far reduced the forecast in-year deficit by £2.4m.")

story.append(Paragraph("8. Capital programme and financing", h1))
para("8.1", "The draft capital programme for 2026-27 to 2029-30 totals £412.7m, of which £138.2m is "
     "funded from borrowing, £221.9m from government grants and £52.6m from capital receipts and "
     "developer contributions. The largest schemes are the Orrinford Eastern Relief Road (£64.0m) and "
     "new special school places in Marrowby and Brindlemoor (£38.5m).")
para("8.2", "Borrowing costs are charged to revenue through the Minimum Revenue Provision (MRP) and "
     "interest payments. The increase in MRP and interest is included in the capital financing line "
     "of Table 1.")

story.append(Paragraph("9. Risks", h1))
para("9.1", "The main risks to the MTFS include:")
bullets([
    "the outcome of the Fair Funding Review and the provisional LGFS, expected in mid-December 2025;",
    "adult social care demand rising faster than the 4.5% growth assumed for 2026-27;",
    "pay awards above the level assumed, where each 1% adds about £3.3m a year;",
    "the end of the statutory override on the DSG deficit on 31 March 2028; and",
    "non-delivery of the Red-rated savings proposals in Table 3.",
])
para("9.2", "The Director of Finance and Corporate Resources will report on the robustness of the "
     "estimates and the adequacy of reserves, as required by section 25 of the Local Government Act "
     "2003, when the budget is set in February 2026.")

story.append(Paragraph("10. Consultation and timetable", h1))
para("10.1", "Public consultation on the MTFS and the savings proposals will be carried out as follows:")
bullets([
    "an online survey open from 20 November 2025 to 8 January 2026;",
    "a drop-in roadshow in each of the five districts – Brindlemoor, Hollinsey, Kelbeck Vale, Marrowby "
    "and Orrinford;",
    "a session with the Wyvernshire Youth Council on 3 December 2025; and",
    "meetings with business ratepayers, the voluntary and community sector and trade unions.",
], mark="-")
para("10.2", "The Scrutiny Commission will consider the proposals on 2 December 2025. Cabinet will "
     "consider the final budget on 3 February 2026 and Full Council will set the budget and council tax "
     "on 19 February 2026.")

story.append(Paragraph("11. Equality and legal implications", h1))
para("11.1", "An Equality Impact Assessment (EIA) has been started for each proposal. Full EIAs will be "
     "completed for AC2, AC4, ET1 and ET4 before any final decision is made, as these have the greatest "
     "potential impact on older people, disabled people and rural residents.")
para("11.2", "The Director of Law and Governance has confirmed that the council has a legal duty to set "
     "a balanced budget and that the consultation process described in section 10 is proportionate.")

story.append(Paragraph("Background papers and glossary", h1))
P("Medium Term Financial Strategy 2025-26 to 2028-29, Full Council, 20 February 2025. Revenue budget "
  "monitoring 2025-26 period 6, Cabinet, 21 October 2025.")
P("<b>Glossary.</b> <i>Budget gap</i>: the difference between forecast spending and forecast funding "
  "in a year. <i>Section 151 Officer</i>: the officer responsible for the proper administration of the "
  "council's finances. <i>Statutory override</i>: a temporary rule that allows councils to keep DSG "
  "deficits separate from their general reserves. <i>RAG</i>: Red, Amber, Green deliverability rating.", note)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                        topMargin=1.8 * cm, bottomMargin=2 * cm,
                        title="MTFS 2026-27 to 2029-30: Update", author="Wyvernshire County Council")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("written", OUT)
print("gap", gap, "cum", cum, "press", press_tot, "fund", fund_tot)
print("savings", sav_tot, sav_grand, "yr1 reserves", yr1_from_reserves, "remaining", remaining_after)
print("reserves", RES)
print("band D", band_d_26, band_d_inc)
