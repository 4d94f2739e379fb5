"""Paper 1: pension fund and treasury investments report (PDF via reportlab)."""
import json
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle, KeepTogether)

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import fmt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial28/t28_pension_treasury_investments.pdf"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=5)
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, spaceBefore=4, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10, spaceAfter=0)

story = []
P = lambda t, s=BODY: story.append(Paragraph(t, s))  # noqa: E731


def bullets(items):
    for it in items:
        story.append(Paragraph(it, BUL, bulletText="\u2013"))


def plain_table(data, col_widths, header_rows=1, total_rows=(), bold_rows=(), italic_rows=(), repeat=0, align_from=1):
    t = Table(data, colWidths=col_widths, repeatRows=repeat)
    st = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 8.5),
        ("ALIGN", (align_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r in total_rows:
        st += [("LINEABOVE", (0, r), (-1, r), 0.6, colors.black), ("FONT", (0, r), (-1, r), "Helvetica-Bold", 8.5)]
    for r in bold_rows:
        st += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 8.5)]
    for r in italic_rows:
        st += [("FONT", (0, r), (-1, r), "Helvetica-Oblique", 8.5)]
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- data
HOLD = [
    ("Equities", [
        ("UK equities", "Aldermast Investors", "Active", 412.6, 431.9),
        ("Global equities", "Brightwater Global", "Active", 868.3, 902.7),
        ("Global equities", "Lowmont Index Partners", "Passive", 1104.5, 1163.2),
        ("Emerging market equities", "Quillon Asset Management", "Active", 236.8, 229.4),
    ]),
    ("Fixed income", [
        ("Multi-asset credit", "Tessaly Partners", "Active", 388.2, 395.6),
        ("Index-linked gilts", "Lowmont Index Partners", "Passive", 297.4, 284.1),
        ("Private debt", "Varrick Capital", "Active", 154.0, 171.3),
    ]),
    ("Real assets", [
        ("UK property", "Redmarsh Property Fund", "Active", 342.7, 338.5),
        ("Infrastructure", "Orrin Infrastructure", "Active", 265.9, 281.4),
        ("Infrastructure", "Sallowbrook Regional Pool", "Active", None, 42.0),
    ]),
    ("Cash and other", [
        ("Cash", "Held by custodian", "n/a", 61.3, 48.8),
        ("Currency hedging overlay", "Tessaly Partners", "Passive", -3.2, 1.9),
    ]),
]
tot_m = round(sum((r[3] or 0) for _, rows in HOLD for r in rows), 1)
tot_s = round(sum((r[4] or 0) for _, rows in HOLD for r in rows), 1)
mv = round(tot_s - tot_m, 1)
mv_pct = round(mv / tot_m * 100, 1)

RET = [  # manager label, 1y fund, 1y bmk, 3y fund, 3y bmk, 5y fund, 5y bmk
    ("Aldermast Investors (UK equities)", 9.8, 10.4, 8.1, 7.6, 9.2, 8.9),
    ("Brightwater Global (global equities)", 14.2, 12.9, 11.6, 11.9, 12.4, 11.8),
    ("Lowmont Index Partners (global equities)", 13.0, 12.9, 11.9, 11.9, 11.8, 11.8),
    ("Quillon Asset Management (emerging markets)", 3.1, 6.4, 2.2, 4.7, 3.9, 5.1),
    ("Tessaly Partners (multi-asset credit)", 7.2, 6.8, 6.9, 6.5, 4.6, 4.5),
    ("Lowmont Index Partners (index-linked gilts)", -2.4, -2.3, -6.1, -6.0, -7.9, -7.8),
    ("Varrick Capital (private debt)", 8.6, 7.0, 8.1, 7.0, None, None),
    ("Redmarsh Property Fund (UK property)", 2.9, 3.6, -1.8, -0.4, 2.1, 2.5),
    ("Orrin Infrastructure (infrastructure)", 9.4, 8.0, 8.8, 8.0, 7.9, 8.0),
    ("Sallowbrook Regional Pool (infrastructure)", None, None, None, None, None, None),
    ("Total Fund", 9.6, 9.1, 6.8, 6.9, 7.4, 7.2),
]

ALLOC = [  # asset class, target, tol, actual value £m
    ("UK equities", 10.0, 2.0, 431.9),
    ("Global equities", 45.0, 4.0, 902.7 + 1163.2),
    ("Emerging market equities", 6.0, 2.0, 229.4),
    ("Multi-asset credit", 10.0, 2.0, 395.6),
    ("Index-linked gilts", 7.0, 2.0, 284.1),
    ("Private debt", 5.0, 2.0, 171.3),
    ("UK property", 8.0, 2.0, 338.5),
    ("Infrastructure", 8.0, 2.0, 281.4 + 42.0),
    ("Cash and other", 1.0, 2.0, 50.7),
]

CASH_IN = [("Employer contributions", 38.4, 36.9, 151.0), ("Employee contributions", 11.2, 11.0, 44.6),
           ("Transfers in", 2.6, 3.1, 10.5), ("Investment income", 14.8, 17.3, 63.0)]
CASH_OUT = [("Pensions paid", -41.7, -42.1, -168.5), ("Lump sums and death grants", -9.8, -11.4, -42.0),
            ("Transfers out", -3.4, -2.2, -11.0), ("Management expenses", -4.9, -5.3, -21.4)]

CPTY = [
    ("UK Government", [
        ("Debt Management Account Deposit Facility", "AA-", "Unlimited", "6 months", 18.5, "Green"),
    ]),
    ("Money market funds", [
        ("Veltrane Sterling Liquidity Fund", "AAAmmf", 15.0, "Instant access", 12.0, "Green"),
        ("Harbison Government Liquidity Fund", "AAAmmf", 15.0, "Instant access", 14.5, "Green"),
        ("Marlstone Liquidity Fund", "AAAmmf", 15.0, "Instant access", 9.0, "Green"),
    ]),
    ("Banks and building societies", [
        ("Corvane Bank plc", "A+", 10.0, "12 months", 8.0, "Green"),
        ("Thistlegate Building Society", "A-", 5.0, "6 months", 5.0, "Amber"),
        ("Brannock Bank plc", "A", 10.0, "12 months", None, "Green"),
    ]),
    ("Other local authorities", [
        ("Kestmoor Borough Council", "Not rated", 10.0, "24 months", 10.0, "Amber"),
        ("Ulverby City Council", "Not rated", 10.0, "24 months", 7.5, "Green"),
        ("Dunmarch County Council", "Not rated", 10.0, "24 months", 5.0, "Green"),
    ]),
]
cp_total = round(sum((r[4] or 0) for _, rows in CPTY for r in rows), 1)

TRE = {  # Q1, Q2, half-year, budget
    "bal": (118.4, 104.6, 111.5, 95.0),
    "int": (1296, 1101, 2397, 3800),
    "rate": (4.38, 4.21, 4.30, 4.00),
    "sonia": (4.24, 4.02, 4.13, None),
}

# ---------------------------------------------------------------- document
P("Westmarrow Vale Council", ParagraphStyle("org", parent=BODY, fontName="Helvetica-Bold", fontSize=11))
P("Pensions and Treasury Committee \u2013 27 November 2025", BODY)
P("Westmarrow Vale Pension Fund and Treasury Management: Investment Monitoring Report to 30 September 2025", H1)
meta = [
    ["Report date:", "12 November 2025"],
    ["Report author:", "Head of Pensions and Treasury Investments"],
    ["Lead member:", "Chair of the Pensions and Treasury Committee"],
    ["Status:", "Public \u2013 for decision"],
    ["Wards affected:", "All"],
]
mt = Table(meta, colWidths=[35 * mm, 120 * mm])
mt.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5), ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
story += [mt, Spacer(1, 6)]

P("1. Purpose of the report", H2)
P("1.1 This report updates the Committee on the value, asset allocation and investment performance of the "
  "Westmarrow Vale Pension Fund (\u201cthe Fund\u201d) for the six months to 30 September 2025, and on the Council's "
  "own treasury management investments over the same period. The Fund is part of the Local Government Pension "
  "Scheme (LGPS) and is administered by Westmarrow Vale Council on behalf of 186 participating employers.")
P("1.2 Treasury management investments are the Council's own cash balances, invested in line with the Treasury "
  "Management Strategy 2025-26 approved by Full Council in February 2025. They are separate from the Fund's assets.")

P("2. Recommendations", H2)
P("2.1 The Committee is asked to:")
bullets([
    f"note the value of the Fund at 30 September 2025 of \u00a3{tot_s:,.1f}m and its investment performance to that date;",
    "approve the rebalancing of \u00a380m from global equities to multi-asset credit and private debt, as set out in section 6;",
    "agree that Quillon Asset Management is placed on formal watch following underperformance against its benchmark over one, three and five years;",
    "note the treasury management investment position and that no counterparty limits were breached during the period.",
])

P("3. Executive summary", H2)
P(f"3.1 The Fund's value rose by \u00a3{mv:,.1f}m ({mv_pct}%) over the half year, from \u00a3{tot_m:,.1f}m at "
  f"31 March 2025 to \u00a3{tot_s:,.1f}m at 30 September 2025. The increase was driven mainly by global equities, "
  "which continued to benefit from strong returns in technology and healthcare stocks, partly offset by falls in "
  "index-linked gilts and emerging market equities.")
P("3.2 Over one year the Fund returned 9.6% against its strategic benchmark of 9.1%, an outperformance of 0.5%. "
  "Over three years the Fund returned 6.8% per annum, slightly behind the benchmark of 6.9% per annum, reflecting "
  "the weak property and gilt markets of 2022 and 2023. Over five years the Fund returned 7.4% per annum, ahead of "
  "the benchmark by 0.2% per annum.")
P("3.3 The Council held \u00a3" + f"{cp_total:,.1f}" + "m of treasury investments at 30 September 2025. Interest earned in "
  "the first half of the year was \u00a32.397m, and full-year interest is forecast at \u00a34.4m against a budget of "
  "\u00a33.8m, a favourable variance of \u00a30.6m.")

P("3.4 Other key messages for the Committee are:")
bullets([
    "the Fund's allocation to global equities is now 48.1% against a target of 45.0%, and a rebalancing is proposed;",
    "the first \u00a342.0m has been invested in the Sallowbrook Regional Pool infrastructure fund;",
    "the Fund had a positive net cash flow of \u00a314.5m in the half year, so no assets needed to be sold to pay pensions;",
    "treasury investments earned an average rate of 4.30% in the half year, 0.17% above the SONIA benchmark;",
    "membership of the Fund stood at 71,840 at 30 September 2025, made up of 27,615 active members, 24,904 deferred "
    "members and 19,321 pensioners and dependants.",
])

P("4. Fund valuation and holdings", H2)
P("4.1 Table 1 sets out the Fund's holdings by asset class and fund manager at the start and middle of the "
  "financial year. Values are market values as reported by the Fund's custodian, Pelham Rowe Custody Services. "
  "Movements include both investment returns and any cash added to or withdrawn from each mandate.")
P("4.2 Points to note on the holdings are:")
bullets([
    "the first drawdown of \u00a342.0m was made to the Sallowbrook Regional Pool infrastructure fund in June 2025, "
    "funded from cash and from the Redmarsh Property Fund;",
    "the currency hedging overlay moved from a liability of \u00a33.2m to an asset of \u00a31.9m as sterling weakened "
    "against the US dollar over the summer;",
    "\u00a315.0m was drawn down by Varrick Capital for new private debt loans.",
])
P("4.3 The Committee will recall that the Fund's investment strategy was last reviewed in March 2024. The next full "
  "review is due to be reported alongside the 2025 actuarial valuation results. Officers have also begun work on "
  "the Fund's first climate-related disclosures report, and a carbon footprint analysis of the equity portfolios "
  "will be brought to the Committee in March 2026.")
P("4.4 The Fund continues to pool its investments where this offers value for money. At 30 September 2025, "
  "the Lowmont Index Partners passive mandates and the Sallowbrook Regional Pool infrastructure fund were held "
  "through pooled arrangements, and officers are working with the pool operator on the transition of the UK "
  "equities mandate. The transition is not expected to take place before April 2026 and any costs will be met "
  "from the Fund. The Committee will receive a separate report on pooling progress in due course.")
P("4.5 Market conditions over the half year were mixed. Global equity markets rose strongly over the summer, "
  "while gilt yields increased as markets reduced their expectations of further cuts in interest rates, which "
  "lowered the value of the index-linked gilts portfolio. UK commercial property values were broadly flat, with "
  "falls in office values offset by gains in industrial and logistics property.")

# Table 1 (long - must break across the page)
story.append(Paragraph("Table 1: Fund holdings by asset class and manager (\u00a3m)", CAP))
h1 = ["", "", "", "Market value (\u00a3m)", "", "", ""]
h2 = ["Asset class", "Fund manager", "Style", "31 Mar 2025", "30 Sep 2025", "Movement", "% of Fund"]
data = [h1, h2]
bold, totals, italic = [], [], []
for grp, rows in HOLD:
    data.append([grp, "", "", "", "", "", ""])
    bold.append(len(data) - 1)
    sm = ss_ = 0.0
    for ac, mgr, style, a, b in rows:
        m = None if a is None else round(b - a, 1)
        m = round(b, 1) if a is None else m
        data.append([ac, mgr, style, fmt(a), fmt(b), fmt(m), fmt(b / tot_s * 100)])
        sm += a or 0
        ss_ += b
    data.append([f"Total {grp.lower()}", "", "", fmt(sm), fmt(ss_), fmt(ss_ - sm), fmt(ss_ / tot_s * 100)])
    italic.append(len(data) - 1)
data.append(["Total Fund", "", "", fmt(tot_m), fmt(tot_s), fmt(mv), "100.0"])
totals.append(len(data) - 1)
t1 = plain_table(data, [38 * mm, 42 * mm, 14 * mm, 20 * mm, 20 * mm, 18 * mm, 16 * mm], header_rows=2,
                 total_rows=totals, bold_rows=bold, italic_rows=italic, repeat=2, align_from=3)
t1.setStyle(TableStyle([("SPAN", (3, 0), (4, 0)), ("ALIGN", (3, 0), (4, 0), "CENTER"),
                        ("LINEBELOW", (3, 0), (4, 0), 0.4, colors.black)]))
story.append(t1)
P("Note: the Sallowbrook Regional Pool holding was first funded in June 2025, so there is no value at 31 March 2025. "
  "The currency hedging overlay is shown at its mark-to-market value; a bracketed figure is a liability.", NOTE)

P("5. Investment performance", H2)
P("5.1 Table 2 compares the return achieved by each manager with its benchmark over one, three and five years to "
  "30 September 2025. Returns for three and five years are annualised. Relative performance is the fund return "
  "less the benchmark return; a bracketed figure means the mandate has underperformed.")
story.append(Paragraph("Table 2: Investment returns against benchmark to 30 September 2025 (%)", CAP))
r1 = ["", "1 year", "", "", "3 years (% p.a.)", "", "", "5 years (% p.a.)", "", ""]
r2 = ["Mandate", "Fund", "Bmk", "Relative", "Fund", "Bmk", "Relative", "Fund", "Bmk", "Relative"]
data = [r1, r2]
for row in RET:
    lab = row[0]
    cells = [lab]
    for i in (1, 3, 5):
        f, b = row[i], row[i + 1]
        if f is None:
            cells += ["n/a", "n/a", "n/a"]
        else:
            cells += [fmt(f), fmt(b), fmt(round(f - b, 1))]
    data.append(cells)
cw = [63 * mm] + [12.3 * mm] * 9
t2 = plain_table(data, cw, header_rows=2, total_rows=[len(data) - 1], align_from=1)
t2.setStyle(TableStyle([("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (9, 0)),
                        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("FONT", (0, 2), (0, -1), "Helvetica", 8),
                        ("FONT", (1, 1), (-1, 1), "Helvetica-Bold", 7), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                        ("LINEBELOW", (1, 0), (3, 0), 0.4, colors.black), ("LINEBELOW", (4, 0), (6, 0), 0.4, colors.black),
                        ("LINEBELOW", (7, 0), (9, 0), 0.4, colors.black),
                        ("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 8.5)]))
story.append(t2)
P("n/a: the Varrick Capital mandate was funded in July 2021 and does not yet have a five-year record; the "
  "Sallowbrook Regional Pool mandate was funded in June 2025 and has no performance history. Bmk = benchmark.", NOTE)
P("5.2 The main points on manager performance are:")
bullets([
    "Brightwater Global outperformed its benchmark by 1.3% over one year, helped by its overweight position in US technology stocks;",
    "Quillon Asset Management has underperformed over all three periods, by 3.3% over one year, and officers recommend it is placed on formal watch;",
    "Varrick Capital continues to perform strongly, returning 8.6% over one year against a benchmark of 7.0%;",
    "the Redmarsh Property Fund lagged its benchmark over one year by 0.7%, mainly because of its exposure to secondary office buildings.",
])
P("5.3 Officers met Quillon Asset Management on 21 October 2025. The manager attributed underperformance to stock "
  "selection in Chinese consumer companies and has replaced the lead portfolio manager. If performance does not "
  "improve by September 2026 officers will bring options for termination of the mandate to the Committee.")

P("6. Asset allocation against strategy", H2)
P("6.1 The Fund's investment strategy sets a target weighting for each asset class, with a tolerance range within "
  "which the actual allocation may move before rebalancing is required. Table 3 compares the actual allocation at "
  "30 September 2025 with the strategic target. Status is Green where the allocation is within range, Amber where "
  "it is within range but has moved by at least three-quarters of the tolerance, and Red where it is outside the range.")
story.append(Paragraph("Table 3: Actual asset allocation against strategic target at 30 September 2025 (% of Fund)", CAP))
data = [["Asset class", "Target %", "Tolerance range %", "Actual %", "Difference", "Status"]]
alloc_out = []
for ac, tgt, tol, val in ALLOC:
    act = round(val / tot_s * 100, 1)
    diff = round(act - tgt, 1)
    status = "Red" if abs(diff) > tol else ("Amber" if abs(diff) >= 0.75 * tol else "Green")
    lo, hi = max(0, tgt - tol), tgt + tol
    data.append([ac, fmt(tgt), f"{lo:.1f} \u2013 {hi:.1f}", fmt(act), fmt(diff), status])
    alloc_out.append((ac, tgt, lo, hi, act, diff, status))
data.append(["Total", "100.0", "", "100.0", "", ""])
story.append(plain_table(data, [52 * mm, 18 * mm, 32 * mm, 18 * mm, 20 * mm, 18 * mm], total_rows=[len(data) - 1]))
P("6.2 Global equities are 3.1 percentage points above target, close to the top of the tolerance range. Officers "
  "propose to move \u00a380m from global equities, split \u00a350m to multi-asset credit and \u00a330m to private debt. "
  "This would bring the global equities allocation back to about 46.3% of the Fund.")

P("7. Fund cash flows", H2)
P("7.1 The Fund remains cash-flow positive: contributions and investment income received exceed the benefits paid. "
  "Table 4 shows cash flows for the first two quarters of 2025-26 and the forecast for the full year. Payments out "
  "of the Fund are shown in brackets.")
story.append(Paragraph("Table 4: Pension Fund cash flows 2025-26 (\u00a3m)", CAP))
data = [["", "Q1 Apr\u2013Jun", "Q2 Jul\u2013Sep", "Half-year total", "Full-year forecast"], ["Income", "", "", "", ""]]
bold = [1]
ti = [0, 0, 0]
for lab, q1, q2, fy in CASH_IN:
    data.append([lab, fmt(q1), fmt(q2), fmt(q1 + q2), fmt(fy)])
    ti = [ti[0] + q1, ti[1] + q2, ti[2] + fy]
data.append(["Total income", fmt(ti[0]), fmt(ti[1]), fmt(ti[0] + ti[1]), fmt(ti[2])])
italic = [len(data) - 1]
data.append(["Expenditure", "", "", "", ""])
bold.append(len(data) - 1)
te = [0, 0, 0]
for lab, q1, q2, fy in CASH_OUT:
    data.append([lab, fmt(q1), fmt(q2), fmt(q1 + q2), fmt(fy)])
    te = [te[0] + q1, te[1] + q2, te[2] + fy]
data.append(["Total expenditure", fmt(te[0]), fmt(te[1]), fmt(te[0] + te[1]), fmt(te[2])])
italic.append(len(data) - 1)
net = [ti[0] + te[0], ti[1] + te[1], ti[2] + te[2]]
data.append(["Net cash flow", fmt(net[0]), fmt(net[1]), fmt(net[0] + net[1]), fmt(net[2])])
story.append(plain_table(data, [56 * mm, 24 * mm, 24 * mm, 26 * mm, 28 * mm], total_rows=[len(data) - 1],
                         bold_rows=bold, italic_rows=italic))
P("7.2 Employer contributions in the second quarter were lower than in the first because several employers paid "
  "their annual deficit contributions in April. Investment income rose in the second quarter, reflecting income "
  "distributions from the infrastructure and private debt mandates.")

P("8. Treasury management investments", H2)
P("8.1 The Council's Treasury Management Strategy sets a limit and a maximum duration for each counterparty with "
  "which the Council may place deposits. Table 5 shows the limits and the amount invested with each counterparty at "
  "30 September 2025. Status is Amber where the full limit is being used.")
story.append(Paragraph("Table 5: Treasury investments by counterparty against approved limits at 30 September 2025 (\u00a3m)", CAP))
data = [["Counterparty", "Rating", "Limit", "Max duration", "Invested", "Headroom", "Status"]]
bold = []
for grp, rows in CPTY:
    data.append([grp, "", "", "", "", "", ""])
    bold.append(len(data) - 1)
    for name, rating, lim, dur, inv, st in rows:
        head = "n/a" if isinstance(lim, str) else fmt(lim - (inv or 0))
        data.append([name, rating, lim if isinstance(lim, str) else fmt(lim), dur, fmt(inv), head, st])
data.append(["Total treasury investments", "", "", "", fmt(cp_total), "", ""])
t5 = plain_table(data, [62 * mm, 16 * mm, 16 * mm, 24 * mm, 16 * mm, 18 * mm, 14 * mm], total_rows=[len(data) - 1],
                 bold_rows=bold, align_from=2)
t5.setStyle(TableStyle([("ALIGN", (3, 0), (3, -1), "LEFT"), ("ALIGN", (6, 0), (6, -1), "LEFT")]))
story.append(t5)
P("Ratings are the lowest long-term rating from the three main credit rating agencies. Local authorities are not "
  "individually rated. \u2013 means no investment was held with that counterparty at 30 September 2025.", NOTE)
P("8.2 Two counterparties, Thistlegate Building Society and Kestmoor Borough Council, were at their limits at "
  "30 September 2025. No limits were breached at any time during the half year. The deposit with Brannock Bank plc "
  "matured on 15 August 2025 and was not renewed because the rate offered was below that available from other "
  "local authorities.")
P("8.3 Table 6 sets out the return achieved on treasury investments in each quarter against the benchmark, which "
  "is the average Sterling Overnight Index Average (SONIA) rate for the period.")
cap6 = Paragraph("Table 6: Treasury investment returns 2025-26", CAP)
data = [["", "Q1 2025-26", "Q2 2025-26", "Half-year to 30 Sep", "Full-year budget"]]
data.append(["Average balance invested (\u00a3m)"] + [fmt(v) for v in TRE["bal"]])
data.append(["Interest earned (\u00a3000)"] + [fmt(v, 0) for v in TRE["int"]])
data.append(["Average rate earned (%)"] + [fmt(v, 2) for v in TRE["rate"]])
data.append(["Average SONIA (%)"] + [fmt(v, 2) if v is not None else "n/a" for v in TRE["sonia"]])
perf = [round(r - s, 2) if s is not None else None for r, s in zip(TRE["rate"], TRE["sonia"])]
data.append(["Performance against SONIA (%)"] + [fmt(v, 2) if v is not None else "n/a" for v in perf])
story.append(KeepTogether([cap6, plain_table(data, [58 * mm, 24 * mm, 24 * mm, 30 * mm, 26 * mm])]))
P("8.4 Balances were lower in the second quarter as the Council drew on cash to fund the capital programme rather "
  "than take out new long-term borrowing. Balances are expected to fall further in the second half of the year.")

P("9. Risks", H2)
P("9.1 The main risks to the Fund and to the treasury investments are:")
bullets([
    "market risk: a fall in equity markets would reduce the Fund's value, given that over 60% of the Fund is invested in equities;",
    "manager risk: continued underperformance by Quillon Asset Management, which is being managed through formal watch status;",
    "liquidity risk: private market commitments (infrastructure and private debt) cannot be sold quickly, and undrawn commitments of \u00a3118m remain outstanding;",
    "counterparty risk: the failure of a bank or building society holding Council deposits, mitigated by the limits in Table 5;",
    "interest rate risk: further cuts in Bank Rate would reduce treasury investment income below the forecast of \u00a34.4m.",
])

P("10. Financial and legal implications", H2)
P("10.1 There are no direct financial implications for the Council's revenue budget arising from the Fund "
  "recommendations. Investment management costs are met from the Fund. The favourable treasury interest variance "
  "of \u00a30.6m is reflected in the Council's quarter two revenue budget monitoring report.")
P("10.2 The Committee exercises its functions under the Local Government Pension Scheme (Management and "
  "Investment of Funds) Regulations 2016, which require the Fund to invest in accordance with its Investment "
  "Strategy Statement.")

P("11. Background papers", H2)
bullets(["Westmarrow Vale Pension Fund Investment Strategy Statement (March 2024)",
         "Treasury Management Strategy 2025-26 (Full Council, February 2025)",
         "Custodian valuation reports, Pelham Rowe Custody Services, 31 March and 30 September 2025"])


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(20 * mm, 12 * mm, "Westmarrow Vale Council \u2013 Pensions and Treasury Committee \u2013 27 November 2025")
    canvas.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                        title="Pension Fund and Treasury Management Investment Monitoring Report", author="Head of Pensions and Treasury Investments")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

json.dump({"tot_m": tot_m, "tot_s": tot_s, "mv": mv, "mv_pct": mv_pct, "alloc": alloc_out, "cp_total": cp_total,
           "cash_in": ti, "cash_out": te, "net": net, "perf": perf}, open("/tmp/t28_pdf_data.json", "w"), indent=1)
print("wrote", OUT)
