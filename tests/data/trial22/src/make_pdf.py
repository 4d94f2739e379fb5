# Generates t22_treasury_midyear_2025-26.pdf (reportlab platypus)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "t22_treasury_midyear_2025-26.pdf"
ss = getSampleStyleSheet()
H1 = ParagraphStyle('H1', parent=ss['Title'], fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle('H2', parent=ss['Heading2'], fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
B = ParagraphStyle('B', parent=ss['BodyText'], fontSize=9.5, leading=12.5, spaceAfter=5)
BL = ParagraphStyle('BL', parent=B, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle('CAP', parent=B, fontName='Helvetica-Bold', fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle('NOTE', parent=B, fontSize=8, leading=10, textColor=colors.HexColor('#333333'))
C = ParagraphStyle('C', parent=B, fontSize=8, leading=9.5, spaceAfter=0)
CB = ParagraphStyle('CB', parent=C, fontName='Helvetica-Bold')

def P(t, s=B): return Paragraph(t, s)
def bullets(items): return [Paragraph(i, BL, bulletText='-') for i in items]

def fm(x, dp=2):
    if x is None: return '–'
    if isinstance(x, str): return x
    if abs(x) < 1e-9: return '–'
    s = f"{abs(x):,.{dp}f}"
    return f"({s})" if x < 0 else s

base_style = [
    ('FONT', (0, 0), (-1, -1), 'Helvetica', 8),
    ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#808080')),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
    ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
    ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2),
]
def hdr(n=1):
    return [('BACKGROUND', (0, 0), (-1, n-1), colors.HexColor('#1F3A5F')),
            ('TEXTCOLOR', (0, 0), (-1, n-1), colors.white),
            ('FONT', (0, 0), (-1, n-1), 'Helvetica-Bold', 8),
            ('ALIGN', (0, 0), (-1, n-1), 'CENTER')]

story = []
story += [P("Varrowdale Borough Council", ParagraphStyle('o', parent=B, fontSize=11, fontName='Helvetica-Bold')),
          P("Treasury Management Mid-Year Review 2025-26", H1)]
meta = [["Meeting:", "Audit and Governance Committee"],
        ["Date:", "18 November 2025"],
        ["Report of:", "Chief Finance Officer (Section 151 Officer)"],
        ["Report author:", "Treasury and Capital Manager"],
        ["Wards affected:", "All wards"],
        ["Classification:", "Open"]]
mt = Table(meta, colWidths=[35*mm, 120*mm])
mt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9), ('FONT', (0, 0), (0, -1), 'Helvetica-Bold', 9),
                        ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
story += [mt, Spacer(1, 6)]

story.append(P("1. Purpose of the report", H2))
story.append(P("1.1 This report sets out the Council's treasury management activity for the first half of the 2025-26 "
               "financial year (1 April to 30 September 2025). It reports performance against the prudential and treasury "
               "indicators approved by Council on 26 February 2025 as part of the Treasury Management Strategy Statement (TMSS), "
               "as required by the CIPFA Code of Practice on Treasury Management."))
story.append(P("1.2 Treasury management is defined in the Code as the management of the Council's borrowing, investments "
               "and cash flows, including its banking, money market and capital market transactions, the effective control "
               "of the risks associated with those activities, and the pursuit of optimum performance consistent with those risks."))

story.append(P("2. Recommendations", H2))
story.append(P("2.1 The Audit and Governance Committee is asked to:"))
story += bullets([
    "note the treasury management activity for the period 1 April to 30 September 2025;",
    "note that all prudential and treasury indicators were complied with during the period, and that the ratio of financing costs to net revenue stream is rated Amber;",
    "recommend to Council that the upper limit on principal sums invested for longer than 365 days be increased from £20.0m to £25.0m;",
    "note the forecast underspend of £287,000 on the net treasury budget for 2025-26."])

story.append(P("3. Economic background", H2))
story.append(P("3.1 The Bank of England's Monetary Policy Committee reduced Bank Rate from 4.50% to 4.25% in May 2025 and "
               "then to 4.00% in August 2025. CPI inflation rose to 3.8% in August 2025, above the 2% target, and the "
               "Council's treasury advisers, Arlingford Treasury Advisers, expect Bank Rate to fall gradually to 3.50% by the end of 2026."))
story.append(P("3.2 Gilt yields remained volatile during the period. PWLB certainty rates for 25-year maturity loans ranged "
               "between 5.21% and 5.64%, which has made long-term borrowing relatively expensive compared with short-term "
               "loans from other local authorities."))

story.append(P("4. Investment activity", H2))
story.append(P("4.1 The Council's investment priorities remain security first, liquidity second and then yield. At 30 September 2025 "
               "the Council held investments of £68.40m (31 March 2025: £52.10m). The increase reflects the timing of "
               "council tax and business rates receipts, capital grants received in advance of spend and slippage in the capital programme."))
story.append(P("4.2 The weighted average rate of return on the portfolio at 30 September 2025 was 4.28%. Over the six months "
               "the average rate earned on internally managed cash was 4.27%, compared with the compounded SONIA benchmark of 4.18%."))
story.append(P("4.3 Table 1 summarises the portfolio by type of investment and compares it with the position at 31 March 2025. "
               "The largest increases were in deposits with the DMADF and Treasury bills, which are used to hold short-term "
               "surplus cash securely."))
types = [("Call and notice accounts", 6.20, [(3.50, 3.95), (5.00, 4.40)]),
         ("Fixed term deposits with banks and building societies", 9.00, [(4.00, 4.32), (2.00, 4.28)]),
         ("Certificates of deposit", 0.0, [(3.00, 4.18)]),
         ("Money market funds", 12.40, [(6.00, 4.08), (5.90, 4.02), (4.00, 4.11)]),
         ("Local authority deposits", 11.50, [(5.00, 4.45), (4.00, 4.30), (3.00, 4.25), (2.50, 4.60)]),
         ("DMADF and Treasury bills", 2.50, [(8.00, 3.98), (2.00, 4.01)]),
         ("Strategic pooled funds", 10.50, [(5.00, 4.62), (5.50, 4.95)])]
rows = [["Investment type", "31 March 2025\n(£m)", "30 September 2025\n(£m)", "Change\n(£m)", "Average rate at\n30 Sep 2025 (%)"]]
tm = ts = 0
for name, mar, lst in types:
    sep = sum(a for a, _ in lst); rate = sum(a*r for a, r in lst)/sep
    rows.append([name, fm(mar) if mar else "–", fm(sep), fm(sep-mar), f"{rate:.2f}"]); tm += mar; ts += sep
    print("type", name, mar, sep, round(sep-mar, 2), round(rate, 2))
allr=[x for _,_,l in types for x in l]
rows.append(["Total", fm(tm), fm(ts), fm(ts-tm), f"{sum(a*r for a,r in allr)/sum(a for a,_ in allr):.2f}"])
t2 = Table(rows, colWidths=[68*mm, 25*mm, 30*mm, 20*mm, 28*mm])
t2.setStyle(TableStyle(base_style + hdr(1) + [('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 8)]))
story.append(KeepTogether([P("Table 1: Investments by type, 31 March 2025 and 30 September 2025 (£m)", CAP), t2]))

story.append(P("4.4 Table 2 shows the average monthly investment balance and average rate earned during the period. Balances "
               "peaked in June following the receipt of the first instalments of council tax and business rates, and the average "
               "rate has fallen in line with Bank Rate."))
months = ["Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025"]
bal = [58.3, 71.6, 76.2, 73.9, 70.4, 66.8]
rate = [4.46, 4.38, 4.29, 4.26, 4.15, 4.09]
br = [4.50, 4.25, 4.25, 4.25, 4.00, 4.00]
rows = [["Measure"] + months,
        ["Average investment balance (£m)"] + [f"{x:.1f}" for x in bal],
        ["Average rate earned (%)"] + [f"{x:.2f}" for x in rate],
        ["Bank Rate at month end (%)"] + [f"{x:.2f}" for x in br]]
t3 = Table(rows, colWidths=[52*mm] + [19*mm]*6)
t3.setStyle(TableStyle(base_style + hdr(1)))
story.append(KeepTogether([P("Table 2: Monthly investment balances and rates, April to September 2025", CAP), t3]))

story.append(P("4.5 Investments held at 30 September 2025 are shown in Table 3, grouped by type of counterparty. The Council "
               "continues to use only counterparties that meet the minimum credit criteria set out in the TMSS. No investments "
               "were made with counterparties outside the approved lending list during the period. Deposits with the Government are placed through the Debt Management Account Deposit Facility (DMADF) operated by the Debt Management Office."))
# ---- Table 1 (long, continues onto next page)
inv = [
  ("Banks and building societies (unsecured)", None),
  ("Northbridge Bank plc", "Call account", 3.50, 3.95, "–", "Instant access", "A+"),
  ("Northbridge Bank plc", "Fixed term deposit", 4.00, 4.32, "02/06/2025", "02/12/2025", "A+"),
  ("Caledon Savings Bank", "95-day notice account", 5.00, 4.40, "–", "95 days' notice", "A"),
  ("Merrow Building Society", "Fixed term deposit", 2.00, 4.28, "15/07/2025", "15/01/2026", "A-"),
  ("Fenwick & Hale Bank", "Certificate of deposit", 3.00, 4.18, "01/08/2025", "03/11/2025", "AA-"),
  ("SUB", "Subtotal banks and building societies"),
  ("Money market funds (MMFs)", None),
  ("Ardent Sterling Liquidity Fund", "MMF (LVNAV)", 6.00, 4.08, "–", "Overnight", "AAAmmf"),
  ("Corvane Government Liquidity Fund", "MMF (CNAV)", 5.90, 4.02, "–", "Overnight", "AAAmmf"),
  ("Trellis Sterling Fund", "MMF (LVNAV)", 4.00, 4.11, "–", "Overnight", "AAAm"),
  ("SUB", "Subtotal money market funds"),
  ("Other local authorities", None),
  ("Wenlow City Council", "Fixed term deposit", 5.00, 4.45, "10/04/2025", "09/04/2026", "n/a"),
  ("Harby Metropolitan Borough Council", "Fixed term deposit", 4.00, 4.30, "01/07/2025", "31/12/2025", "n/a"),
  ("Ostry County Council", "Fixed term deposit", 3.00, 4.25, "22/08/2025", "20/02/2026", "n/a"),
  ("Brisling Fen District Council", "Fixed term deposit", 2.50, 4.60, "01/11/2024", "30/10/2026", "n/a"),
  ("SUB", "Subtotal other local authorities"),
  ("UK Government", None),
  ("DMADF (Debt Management Office)", "Fixed term deposit", 8.00, 3.98, "26/09/2025", "10/10/2025", "AA-"),
  ("UK Treasury bills", "Treasury bill", 2.00, 4.01, "14/07/2025", "13/10/2025", "AA-"),
  ("SUB", "Subtotal UK Government"),
  ("Strategic pooled funds", None),
  ("Corvane Property Fund", "Property fund", 5.00, 4.62, "–", "n/a", "n/a"),
  ("Halvard Diversified Income Fund", "Multi-asset income fund", 5.50, 4.95, "–", "n/a", "n/a"),
  ("SUB", "Subtotal strategic pooled funds"),
]
rows = [["Counterparty", "Investment type", "Amount\n(£m)", "Rate\n(%)", "Start date", "Maturity", "Long-term\nrating"]]
style = base_style + hdr(1)
grp_amt = grp_w = 0.0; tot_amt = tot_w = 0.0
for r in inv:
    i = len(rows)
    if r[1] is None:
        rows.append([r[0], "", "", "", "", "", ""]); grp_amt = grp_w = 0.0
        style += [('SPAN', (0, i), (-1, i)), ('FONT', (0, i), (-1, i), 'Helvetica-BoldOblique', 8),
                  ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#E4EAF2')), ('ALIGN', (0, i), (-1, i), 'LEFT')]
    elif r[0] == "SUB":
        rows.append([r[1], "", fm(grp_amt), f"{grp_w/grp_amt:.2f}", "", "", ""])
        style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8)]
        print("sub", r[1], round(grp_amt, 2), round(grp_w/grp_amt, 2))
    else:
        rows.append([r[0], r[1], fm(r[2]), f"{r[3]:.2f}", r[4], r[5], r[6]])
        grp_amt += r[2]; grp_w += r[2]*r[3]; tot_amt += r[2]; tot_w += r[2]*r[3]
i = len(rows)
rows.append(["Total investments", "", fm(tot_amt), f"{tot_w/tot_amt:.2f}", "", "", ""])
style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8), ('LINEABOVE', (0, i), (-1, i), 1.2, colors.black)]
print("TOTAL inv", tot_amt, tot_w/tot_amt)
style += [('ALIGN', (4, 1), (-1, -1), 'CENTER')]
t1 = Table(rows, colWidths=[52*mm, 32*mm, 15*mm, 12*mm, 20*mm, 24*mm, 17*mm], repeatRows=1)
t1.setStyle(TableStyle(style))
story.append(P("Table 3: Investments held at 30 September 2025 by counterparty (£m)", CAP))
story.append(t1)
story.append(P("Ratings shown are the lowest long-term rating from the three main agencies. Money market fund ratings are fund ratings. "
               "Local authorities are not individually rated. Pooled fund rates are the annualised income return for the period.", NOTE))

story.append(P("4.6 The Council's strategic pooled funds are held for the longer term and their capital values can rise and fall. "
               "At 30 September 2025 the combined market value of the two pooled funds was £0.31m below the amount originally "
               "invested. Under the statutory override this unrealised loss does not affect the General Fund."))
story.append(P("4.7 The Council also considers environmental, social and governance (ESG) factors when selecting counterparties, "
               "in line with the TMSS. Officers continue to review how ESG information can be reported to this Committee in future."))

story.append(P("5. Borrowing", H2))
story.append(P("5.1 At 30 September 2025 the Council's external borrowing was £190.15m, an increase of £5.45m since 1 April 2025. "
               "The Council's underlying need to borrow for capital purposes, the Capital Financing Requirement (CFR), was "
               "£258.90m. The difference between the CFR and external debt plus other long-term liabilities means the Council "
               "is using approximately £56.5m of internal borrowing, that is, its own reserves and balances, in place of external loans."))
story.append(P("5.2 A new PWLB maturity loan of £10.00m was taken on 4 August 2025 for 25 years at a rate of 5.38% to fund "
               "the capital programme. A short-term loan of £8.00m from Morrick Combined Authority was repaid on maturity in May 2025 "
               "and replaced with a £5.00m loan from Tollan Borough Council at 4.35%, maturing in March 2026."))
story.append(P("5.3 The Council holds one LOBO (lender's option, borrower's option) loan of £10.00m with Stannard Bank. The lender "
               "did not exercise its option to change the interest rate during the period. No debt rescheduling was undertaken during the "
               "period because the premiums payable on early repayment of PWLB loans remain prohibitive."))
bor = [
  ("Public Works Loan Board (PWLB)", None),
  ("PWLB – maturity loans", 142.00, 10.00, 0, 152.00, 3.62),
  ("PWLB – equal instalments of principal (EIP)", 18.40, 0, -1.20, 17.20, 2.85),
  ("PWLB – annuity loans", 6.30, 0, -0.35, 5.95, 3.10),
  ("SUB", "Subtotal PWLB"),
  ("Market loans", None),
  ("Stannard Bank – LOBO loan", 10.00, 0, 0, 10.00, 4.55),
  ("SUB", "Subtotal market loans"),
  ("Local authority loans (short-term)", None),
  ("Morrick Combined Authority", 8.00, 0, -8.00, 0, None),
  ("Tollan Borough Council", 0, 5.00, 0, 5.00, 4.35),
  ("SUB", "Subtotal local authority loans"),
]
rows = [["Lender / loan type", "Balance\n1 April 2025", "New\nborrowing", "Repaid", "Balance\n30 Sept 2025", "Average\nrate (%)"]]
style = base_style + hdr(1)
acc = [0]*5; tot = [0]*5
for r in bor:
    i = len(rows)
    if r[1] is None:
        rows.append([r[0], "", "", "", "", ""]); acc = [0]*5
        style += [('SPAN', (0, i), (-1, i)), ('FONT', (0, i), (-1, i), 'Helvetica-BoldOblique', 8),
                  ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#E4EAF2')), ('ALIGN', (0, i), (-1, i), 'LEFT')]
    elif r[0] == "SUB":
        rt = acc[4]/acc[3] if acc[3] else None
        rows.append([r[1], fm(acc[0]), fm(acc[1]), fm(acc[2]), fm(acc[3]), f"{rt:.2f}" if rt else "n/a"])
        style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8)]
        print("bor sub", r[1], [round(a, 2) for a in acc], rt)
    else:
        rows.append([r[0], fm(r[1]), fm(r[2]), fm(r[3]), fm(r[4]), f"{r[5]:.2f}" if r[5] else "n/a"])
        for k, v in enumerate([r[1], r[2], r[3], r[4], r[4]*(r[5] or 0)]):
            acc[k] += v; tot[k] += v
i = len(rows)
rows.append(["Total external borrowing", fm(tot[0]), fm(tot[1]), fm(tot[2]), fm(tot[3]), f"{tot[4]/tot[3]:.2f}"])
print("bor total", [round(a, 2) for a in tot], tot[4]/tot[3])
style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8), ('LINEABOVE', (0, i), (-1, i), 1.2, colors.black)]
t4 = Table(rows, colWidths=[62*mm, 22*mm, 20*mm, 18*mm, 24*mm, 18*mm])
t4.setStyle(TableStyle(style))
story.append(KeepTogether([P("Table 4: External borrowing by lender, 1 April to 30 September 2025 (£m)", CAP), t4,
              P("Repayments are shown in brackets. The Morrick Combined Authority loan was repaid in full on 19 May 2025.", NOTE)]))

story.append(P("6. Prudential and treasury indicators", H2))
story.append(P("6.1 The Prudential Code requires the Council to set and monitor a range of indicators to show that its capital "
               "expenditure plans are affordable, prudent and sustainable. Table 5 shows the position at 30 September 2025. "
               "All indicators have been complied with. The ratio of financing costs to net revenue stream is forecast to exceed the "
               "estimate because of higher Minimum Revenue Provision (MRP) on completed schemes and is therefore rated Amber."))
pi = [
  ("Capital expenditure (£m)", "48.60", "41.20", "Green"),
  ("Capital Financing Requirement (CFR) (£m)", "262.40", "258.90", "Green"),
  ("Authorised limit for external debt (£m)", "290.00", "190.15", "Green"),
  ("Operational boundary for external debt (£m)", "265.00", "190.15", "Green"),
  ("Gross debt including other long-term liabilities (£m)", "n/a", "202.45", "–"),
  ("Gross debt less than CFR", "Yes", "Yes", "Green"),
  ("Ratio of financing costs to net revenue stream (%)", "9.8", "10.4", "Amber"),
  ("Upper limit on principal invested for over 365 days (£m)", "20.00", "13.00", "Green"),
  ("Liability benchmark (£m)", "221.00", "n/a", "–"),
  ("One-year revenue impact of a 1% rise in interest rates (£m)", "0.50", "0.22", "Green"),
  ("One-year revenue impact of a 1% fall in interest rates (£m)", "(0.50)", "(0.31)", "Green"),
]
rows = [["Indicator", "2025-26", "", ""],
        ["", "Limit or estimate\n(TMSS)", "Actual or forecast\nat 30 Sept 2025", "Status"]]
for r in pi: rows.append(list(r))
t5 = Table(rows, colWidths=[84*mm, 30*mm, 32*mm, 20*mm])
t5.setStyle(TableStyle(base_style + hdr(2) + [('SPAN', (1, 0), (3, 0)), ('SPAN', (0, 0), (0, 1)), ('ALIGN', (3, 2), (3, -1), 'CENTER')]))
story.append(KeepTogether([P("Table 5: Prudential and treasury indicators 2025-26", CAP), t5,
    P("Capital expenditure and CFR are forecasts for 31 March 2026. Other long-term liabilities of £12.30m relate to the "
      "Drovenmere Civic Centre PFI scheme.", NOTE)]))

story.append(P("6.2 Table 6 shows the maturity structure of the Council's fixed rate borrowing against the limits set in the TMSS. "
               "The Council's loans are weighted towards longer maturities, which reduces refinancing risk."))
mat = [("Under 12 months", 0, 25, 8.4), ("12 months and within 24 months", 0, 25, 5.1),
       ("24 months and within 5 years", 0, 40, 14.7), ("5 years and within 10 years", 0, 50, 21.9),
       ("10 years and above", 25, 100, 49.9)]
rows = [["Maturity period", "Lower limit (%)", "Upper limit (%)", "Actual at 30 Sept 2025 (%)", "Within limits?"]]
for m in mat: rows.append([m[0], str(m[1]), str(m[2]), f"{m[3]:.1f}", "Yes"])
rows.append(["Total", "", "", f"{sum(m[3] for m in mat):.1f}", ""])
t6 = Table(rows, colWidths=[56*mm, 24*mm, 24*mm, 38*mm, 24*mm])
t6.setStyle(TableStyle(base_style + hdr(1) + [('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 8)]))
story.append(KeepTogether([P("Table 6: Maturity structure of fixed rate borrowing", CAP), t6]))

story.append(P("7. Treasury management budget", H2))
story.append(P("7.1 The net treasury management budget for 2025-26 is £8.890m. The forecast outturn is £8.603m, an underspend of £287,000. "
               "Higher cash balances and interest rates that have fallen more slowly than assumed in the budget have increased "
               "investment income by £490,000, partly offset by additional interest on the new PWLB loan and on short-term borrowing."))
bud = [
  ("Income", None),
  ("Interest receivable on investments", -2150, -2640),
  ("Income from strategic pooled funds", -480, -505),
  ("SUB", "Total income"),
  ("Expenditure", None),
  ("Interest payable – PWLB loans", 5980, 6115),
  ("Interest payable – LOBO loan", 455, 455),
  ("Interest payable – short-term local authority loans", 120, 210),
  ("Minimum Revenue Provision (MRP)", 4870, 4870),
  ("Treasury advisers and bank charges", 95, 98),
  ("SUB", "Total expenditure"),
]
rows = [["Budget line", "2025-26", "", ""], ["", "Original budget", "Forecast outturn", "Variance"]]
style = base_style + hdr(2) + [('SPAN', (1, 0), (3, 0)), ('SPAN', (0, 0), (0, 1))]
acc = [0, 0]; tot = [0, 0]
def f0(x): return fm(x, 0)
for r in bud:
    i = len(rows)
    if r[1] is None:
        rows.append([r[0], "", "", ""]); acc = [0, 0]
        style += [('SPAN', (0, i), (-1, i)), ('FONT', (0, i), (-1, i), 'Helvetica-BoldOblique', 8),
                  ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#E4EAF2')), ('ALIGN', (0, i), (-1, i), 'LEFT')]
    elif r[0] == "SUB":
        rows.append([r[1], f0(acc[0]), f0(acc[1]), f0(acc[1]-acc[0])]); style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8)]
        print("bud sub", r[1], acc)
    else:
        rows.append([r[0], f0(r[1]), f0(r[2]), f0(r[2]-r[1])]); acc[0] += r[1]; acc[1] += r[2]; tot[0] += r[1]; tot[1] += r[2]
i = len(rows)
rows.append(["Net treasury management budget", f0(tot[0]), f0(tot[1]), f0(tot[1]-tot[0])])
print("bud net", tot)
style += [('FONT', (0, i), (-1, i), 'Helvetica-Bold', 8), ('LINEABOVE', (0, i), (-1, i), 1.2, colors.black)]
t7 = Table(rows, colWidths=[80*mm, 28*mm, 28*mm, 24*mm])
t7.setStyle(TableStyle(style))
story.append(KeepTogether([P("Table 7: Treasury management revenue budget 2025-26 (£000)", CAP), t7,
    P("Income is shown as a negative figure in brackets. A negative variance is a favourable variance (underspend).", NOTE)]))

story.append(P("8. Risk management", H2))
story.append(P("8.1 The main treasury risks the Council manages are:"))
story += bullets([
    "credit (counterparty) risk – the risk that an institution holding Council money fails to repay it, managed through the approved lending list, credit ratings and limits per counterparty;",
    "liquidity risk – the risk that the Council does not have cash available when needed, managed through daily cash flow forecasting and holding at least £10m in instant access accounts;",
    "interest rate risk – the risk that changes in rates adversely affect the budget, managed through a mix of fixed and variable rate borrowing and investments;",
    "refinancing risk – the risk that maturing loans cannot be replaced on acceptable terms, managed through the maturity structure limits in Table 6."])
story.append(P("8.2 The Council's non-treasury investments, including its commercial property portfolio at Caskwell Business Park, "
               "are reported separately to the Capital and Assets Board and are not covered by this report."))

story.append(P("9. Compliance and training", H2))
story.append(P("9.1 The Chief Finance Officer confirms that treasury activity during the period complied with the CIPFA Code and the "
               "approved TMSS. No breaches of counterparty limits occurred. Members of this Committee attended a treasury management "
               "training session delivered by Arlingford Treasury Advisers on 9 September 2025, attended by 7 members."))

story.append(P("10. Financial and legal implications", H2))
story.append(P("10.1 The financial implications are set out in Section 7. There are no direct legal implications arising from this report; "
               "the Council is required under the Local Government Act 2003 to have regard to the Prudential Code and the Treasury Management Code."))
story.append(P("Background papers: Treasury Management Strategy Statement 2025-26 (Council, 26 February 2025); Treasury Management Outturn Report 2024-25 (Audit and Governance Committee, 15 July 2025).", NOTE))

def onpage(canvas, doc):
    canvas.saveState(); canvas.setFont('Helvetica', 7.5)
    canvas.drawString(18*mm, 10*mm, "Varrowdale Borough Council – Audit and Governance Committee – 18 November 2025")
    canvas.drawRightString(192*mm, 10*mm, f"Page {doc.page}")
    canvas.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=18*mm,
                        title="Treasury Management Mid-Year Review 2025-26", author="Varrowdale Borough Council")
doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
