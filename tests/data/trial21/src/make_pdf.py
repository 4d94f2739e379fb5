# Generates t21_budget_monitoring_m8.pdf (Ravensholt Vale Council revenue budget monitoring, month 8)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
import sys, json

OUT = sys.argv[1] if len(sys.argv) > 1 else "t21_budget_monitoring_m8.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle('H1', parent=ss['Title'], fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle('H2', parent=ss['Heading2'], fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
BODY = ParagraphStyle('B', parent=ss['BodyText'], fontSize=9.5, leading=12.5, spaceAfter=5)
BUL = ParagraphStyle('BU', parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle('C', parent=BODY, fontName='Helvetica-Bold', fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle('N', parent=BODY, fontSize=7.5, leading=9, textColor=colors.HexColor('#333333'))

def fmt(v):
    if v is None: return ''
    if v == 0: return '–'
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s

def fm(v):  # £m one decimal
    if v is None: return ''
    if round(v, 1) == 0: return '–'
    s = f"{abs(v):,.1f}"
    return f"({s})" if v < 0 else s

# ---------------- data (all £000) -----------------
# label: (b24, o24, b25, f25)
DIRS = [
 ("Adult Social Care and Health", [
   ("Older people residential and nursing care", 38420, 40115, 41260, 43870),
   ("Home care and reablement", 21350, 22010, 23180, 23995),
   ("Learning disability support", 29840, 30615, 31920, 33105),
   ("Mental health support", 8960, 8720, 9410, 9285),
   ("Assessment and safeguarding teams", 11230, 11070, 11880, 11640),
   ("Commissioning and contracts", 4150, 3980, 4320, 4190),
 ]),
 ("Children and Families", [
   ("Children looked after - placements", 27600, 31240, 30150, 36180),
   ("Children's social work teams", 14820, 15360, 15640, 16210),
   ("Home to school transport (SEND)", 6930, 8120, 7850, 9310),
   ("Early help and family hubs", 5240, 5015, 5480, 5260),
   ("Education and inclusion services", 3870, 3905, 4010, 3940),
 ]),
 ("Place and Environment", [
   ("Waste collection and disposal", 18460, 18990, 19320, 19800),
   ("Highways maintenance", 9780, 9640, 10150, 10420),
   ("Street cleansing and grounds maintenance", 6120, 6080, 6340, 6310),
   ("Parking services", -2150, -1860, -2300, -1995),
   ("Planning and building control", 2460, 2780, 2590, 2875),
   ("Libraries, leisure and culture", 4890, 4760, 4970, 4905),
 ]),
 ("Resources", [
   ("Finance and revenues", 6240, 6110, 6480, 6395),
   ("ICT and digital", 7350, 7620, 7890, 8400),
   ("People and human resources", 2780, 2705, 2910, 2860),
   ("Legal and democratic services", 3460, 3590, 3620, 3705),
   ("Property and facilities management", 5120, 4980, 5340, 5150),
 ]),
 ("Corporate and central budgets", [
   ("Capital financing", 14600, 14150, 15200, 14440),
   ("Corporate contingency", 2000, 0, 2500, 0),
   ("Investment income", -3400, -4120, -3100, -3880),
   ("Levies and precepts", 3840, 3840, 3960, 3960),
 ]),
]
# month 6 variance by directorate (£000)
M6 = {"Adult Social Care and Health": 3100, "Children and Families": 5600,
      "Place and Environment": 900, "Resources": 200, "Corporate and central budgets": -3000}

sub = {}
for d, rows in DIRS:
    s = [sum(r[i] for r in rows) for i in range(1, 5)]
    sub[d] = s
tot = [sum(sub[d][i] for d, _ in DIRS) for i in range(4)]
if __name__ == '__main__' and '--dump' in sys.argv:
    for d, rows in DIRS:
        for r in rows: print(d, r, 'var24', r[2]-r[1], 'var25', r[4]-r[3])
        print('SUB', d, sub[d], 'var24', sub[d][1]-sub[d][0], 'var25', sub[d][3]-sub[d][2])
    print('TOTAL', tot, tot[1]-tot[0], tot[3]-tot[2])
    sys.exit()

# ---------------- document -----------------
def on_page(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(20*mm, 10*mm, "Ravensholt Vale Council - Cabinet 14 January 2026 - Revenue Budget Monitoring 2025-26 Month 8")
    c.drawRightString(190*mm, 10*mm, f"Page {doc.page}")
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=18*mm,
                        title="Revenue Budget Monitoring 2025-26 - Month 8", author="Ravensholt Vale Council")
S = []
P = lambda t, st=BODY: S.append(Paragraph(t, st))
def bullets(items):
    for it in items: S.append(Paragraph(it, BUL, bulletText="-"))

P("Ravensholt Vale Council", ParagraphStyle('o', parent=BODY, fontSize=11, fontName='Helvetica-Bold'))
P("Revenue Budget Monitoring 2025-26: Month 8 (position at 30 November 2025)", H1)
meta = Table([["Meeting", "Cabinet"], ["Date of meeting", "14 January 2026"],
              ["Report of", "Director of Finance and Resources (Section 151 Officer)"],
              ["Report author", "Head of Corporate Finance, Strategic Finance Team"],
              ["Lead member", "Cabinet Member for Finance and Corporate Services"],
              ["Classification", "Open - not exempt"], ["Key decision", "No"]],
             colWidths=[40*mm, 130*mm])
meta.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 8.5), ('FONT', (0,0), (0,-1), 'Helvetica-Bold', 8.5),
                          ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#e8eef4'))]))
S += [meta, Spacer(1, 6)]

P("1. Purpose of the report", H2)
P("1.1 This report sets out the forecast revenue outturn for 2025-26 based on the financial position at the end of "
  "November 2025 (Month 8). It updates Cabinet on the delivery of approved savings, the planned and forecast use of "
  "earmarked reserves, income collection and the key financial risks facing the Council for the remainder of the year.")
P("1.2 The net revenue budget for 2025-26 of £271.0m was approved by Council on 26 February 2025. The ring-fenced Public "
  "Health grant and the Dedicated Schools Grant are monitored separately and are not included in the figures in this report, "
  "except where the Dedicated Schools Grant high needs deficit is referred to as a risk in section 9.")

P("2. Executive summary", H2)
P("2.1 At Month 8 the Council is forecasting a gross overspend of £9.4m against the net revenue budget, an increase of "
  "£2.6m since the Month 6 position of £6.8m reported to Cabinet in November. After management actions of £2.4m that "
  "have been identified and agreed by the Corporate Leadership Team, the net forecast overspend is £7.0m, equivalent to "
  "2.6% of the net revenue budget.")
P("2.2 The main pressures are in the two demand-led directorates:")
bullets([
 "Children and Families is forecasting an overspend of £7.8m, of which £6.0m relates to placements for children looked after and £1.5m to home to school transport for pupils with special educational needs and disabilities (SEND);",
 "Adult Social Care and Health is forecasting an overspend of £4.1m, mainly in older people residential and nursing care (£2.6m) and learning disability support (£1.2m);",
 "Place and Environment is forecasting an overspend of £1.2m, driven by lower than budgeted parking income and planning fee income;",
 "these are partly offset by an underspend of £4.0m on corporate and central budgets, including the release of the £2.5m corporate contingency.",
])
P("2.3 Of the £19.4m savings target for 2025-26, £15.0m (77%) is forecast to be delivered. If the net overspend is not "
  "reduced further, it would need to be met from the General Fund balance, which would fall below the minimum level of "
  "£15.0m recommended by the Section 151 Officer.")

P("3. Forecast outturn by directorate", H2)
P("3.1 Table 1 summarises the forecast position for each directorate and compares the variance with the position reported "
  "at Month 6. A positive variance is an overspend; an underspend is shown in brackets.")
S.append(Paragraph("Table 1: Summary forecast outturn by directorate, 2025-26 (£m)", CAP))
t1 = [["Directorate", "2025-26 Month 8", "", "", "Month 6", "Movement"],
      ["", "Budget", "Forecast", "Variance", "Variance", "since M6"]]
for d, _ in DIRS:
    b, f = sub[d][2]/1000, sub[d][3]/1000
    v = f - b; m6 = M6[d]/1000
    t1.append([d, fm(b), fm(f), fm(v), fm(m6), fm(v - m6)])
b, f = tot[2]/1000, tot[3]/1000; m6 = sum(M6.values())/1000
t1.append(["Gross forecast position", fm(b), fm(f), fm(f-b), fm(m6), fm(f-b-m6)])
t1.append(["Management actions identified", "", "(2.4)", "(2.4)", "–", "(2.4)"])
t1.append(["Net forecast position", fm(b), fm(f-2.4), fm(f-b-2.4), fm(m6), fm(f-b-2.4-m6)])
T = Table(t1, colWidths=[62*mm, 22*mm, 22*mm, 22*mm, 22*mm, 22*mm])
T.setStyle(TableStyle([
    ('FONT', (0,0), (-1,-1), 'Helvetica', 8.5), ('FONT', (0,0), (-1,1), 'Helvetica-Bold', 8.5),
    ('SPAN', (1,0), (3,0)), ('SPAN', (0,0), (0,1)), ('ALIGN', (1,0), (-1,-1), 'RIGHT'), ('ALIGN', (1,0), (-1,1), 'CENTER'),
    ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('BACKGROUND', (0,0), (-1,1), colors.HexColor('#d9e2ec')),
    ('FONT', (0,-3), (-1,-3), 'Helvetica-Bold', 8.5), ('FONT', (0,-1), (-1,-1), 'Helvetica-Bold', 8.5),
    ('BACKGROUND', (0,-1), (-1,-1), colors.HexColor('#f2f2f2'))]))
S += [T, Spacer(1, 4)]
P("3.2 The detailed position by service line is shown in Table 2, together with the 2024-25 outturn for comparison. "
  "Figures are in £000. The largest single variance is on children looked after placements, where the number of children "
  "in external residential placements has risen from 38 at 31 March 2025 to 46 at 30 November 2025, at an average weekly "
  "cost of £6,420 per placement.")

S.append(Paragraph("Table 2: Revenue budget and forecast by directorate and service line (£000)", CAP))
t2 = [["Directorate / service line", "2024-25 Outturn", "", "", "2025-26 Month 8 forecast", "", ""],
      ["", "Budget", "Outturn", "Variance", "Budget", "Forecast", "Variance"]]
style2 = [('FONT', (0,0), (-1,-1), 'Helvetica', 7.5), ('FONT', (0,0), (-1,1), 'Helvetica-Bold', 7.5),
          ('SPAN', (1,0), (3,0)), ('SPAN', (4,0), (6,0)), ('SPAN', (0,0), (0,1)),
          ('ALIGN', (1,0), (-1,-1), 'RIGHT'), ('ALIGN', (1,0), (-1,1), 'CENTER'),
          ('GRID', (0,0), (-1,-1), 0.3, colors.grey), ('BACKGROUND', (0,0), (-1,1), colors.HexColor('#d9e2ec'))]
for d, rows in DIRS:
    i = len(t2)
    t2.append([d, "", "", "", "", "", ""])
    style2 += [('SPAN', (0,i), (-1,i)), ('FONT', (0,i), (-1,i), 'Helvetica-BoldOblique', 7.5),
               ('BACKGROUND', (0,i), (-1,i), colors.HexColor('#eef3f7'))]
    for lab, b24, o24, b25, f25 in rows:
        t2.append(["  " + lab, fmt(b24), fmt(o24), fmt(o24-b24), fmt(b25), fmt(f25), fmt(f25-b25)])
    s = sub[d]
    i = len(t2)
    t2.append([f"Total {d}", fmt(s[0]), fmt(s[1]), fmt(s[1]-s[0]), fmt(s[2]), fmt(s[3]), fmt(s[3]-s[2])])
    style2 += [('FONT', (0,i), (-1,i), 'Helvetica-Bold', 7.5)]
i = len(t2)
t2.append(["Total net revenue budget", fmt(tot[0]), fmt(tot[1]), fmt(tot[1]-tot[0]), fmt(tot[2]), fmt(tot[3]), fmt(tot[3]-tot[2])])
style2 += [('FONT', (0,i), (-1,i), 'Helvetica-Bold', 7.5), ('BACKGROUND', (0,i), (-1,i), colors.HexColor('#f2f2f2'))]
T = Table(t2, colWidths=[60*mm, 18*mm, 18*mm, 17*mm, 18*mm, 18*mm, 17*mm], repeatRows=2)
T.setStyle(TableStyle(style2))
S += [T]
P("Note: variance = forecast (or outturn) less budget. Positive figures are overspends or income shortfalls; figures in "
  "brackets are underspends or additional income. – denotes nil.", NOTE)

P("4. Directorate commentary", H2)
P("4.1 <b>Children and Families.</b> The forecast overspend of £7.8m has increased by £2.2m since Month 6. Placement costs "
  "for children looked after are forecast at £36.2m against a budget of £30.2m. There were 412 children looked after at "
  "30 November 2025 compared with 396 at 31 March 2025. Home to school transport for SEND pupils is forecast to overspend "
  "by £1.5m because 164 additional pupils with education, health and care plans (EHCPs) have required transport since September.")
P("4.2 <b>Adult Social Care and Health.</b> The directorate forecasts an overspend of £4.1m. Demand for older people "
  "residential and nursing care remains above budgeted levels, with 1,186 funded placements at the end of November against "
  "a budgeted 1,120. The fee uplift agreed with care home providers for 2025-26 was 6.8%, compared with 5.5% assumed in the budget. "
  "Underspends on mental health support and the assessment teams reflect vacancies of 23 full-time equivalent social work posts.")
P("4.3 <b>Place and Environment.</b> Parking income is forecast to be £305k below budget following the closure of the "
  "Brindlegate multi-storey car park for structural repairs from July 2025. Planning fee income is £285k below budget due to "
  "fewer major applications. Waste disposal tonnages are 2.1% above the budgeted level.")
P("4.4 <b>Resources.</b> A net overspend of £0.3m is forecast, mainly on ICT licences (£510k) following the move of the "
  "Council's finance system to a cloud platform, partly offset by vacancies in property and facilities management.")
P("4.5 <b>Corporate and central budgets.</b> The corporate contingency of £2.5m has been released in full to offset "
  "directorate pressures. Capital financing costs are £0.8m lower than budgeted because of slippage in the capital "
  "programme, and investment income is £0.8m higher than budgeted as a result of higher cash balances and interest rates.")

P("5. Management actions", H2)
P("5.1 The Corporate Leadership Team has agreed the following management actions, totalling £2.4m, to reduce the forecast overspend:")
bullets([
 "a freeze on recruitment to non-frontline posts from 1 December 2025, estimated to save £0.8m;",
 "a moratorium on non-essential spending on supplies, services and consultancy, estimated to save £0.7m;",
 "capitalisation of eligible highways and ICT revenue expenditure, estimated at £0.5m;",
 "accelerated step-down of children from residential to foster placements, estimated to save £0.4m in 2025-26.",
])

P("6. Savings delivery", H2)
P("6.1 The 2025-26 budget included savings of £19.4m. Each scheme is given a RAG rating: Green (delivered or on track), "
  "Amber (some risk to full delivery) or Red (significant risk, with a shortfall expected). Table 3 shows the forecast for each scheme.")
SAV = [
 ("ASC01", "Adult Social Care and Health", "Reablement-first home care pathway", 2400, 2150, "Amber"),
 ("ASC02", "Adult Social Care and Health", "Review of learning disability care packages", 3100, 2050, "Red"),
 ("ASC03", "Adult Social Care and Health", "Extra care housing instead of residential care", 1200, 1200, "Green"),
 ("ASC04", "Adult Social Care and Health", "Digital assistive technology offer", 650, 480, "Amber"),
 ("CF01", "Children and Families", "Expansion of in-house foster care", 2200, 1100, "Red"),
 ("CF02", "Children and Families", "Independent travel training for SEND pupils", 900, 350, "Red"),
 ("CF03", "Children and Families", "Family hubs service redesign", 750, 750, "Green"),
 ("PE01", "Place and Environment", "Garden waste subscription charge increase", 1300, 1300, "Green"),
 ("PE02", "Place and Environment", "Parking tariff review", 800, 420, "Red"),
 ("PE03", "Place and Environment", "Street lighting LED conversion", 600, 600, "Green"),
 ("PE04", "Place and Environment", "Library opening hours review", 350, 260, "Amber"),
 ("RES01", "Resources", "Office accommodation rationalisation", 1500, 1500, "Green"),
 ("RES02", "Resources", "Procurement and contract savings", 2100, 1650, "Amber"),
 ("RES03", "Resources", "Digital customer services channel shift", 1550, 1210, "Amber"),
]
S.append(Paragraph("Table 3: Savings delivery by scheme, 2025-26 (£000)", CAP))
t3 = [["Ref", "Savings scheme", "Target", "Forecast", "Shortfall", "RAG"]]
st3 = [('FONT', (0,0), (-1,-1), 'Helvetica', 7.5), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 7.5),
       ('ALIGN', (2,0), (4,-1), 'RIGHT'), ('GRID', (0,0), (-1,-1), 0.3, colors.grey),
       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#d9e2ec'))]
ragc = {"Green": '#c6efce', "Amber": '#ffeb9c', "Red": '#ffc7ce'}
cur = None
for ref, d, name, tg, fc, rag in SAV:
    if d != cur:
        i = len(t3); t3.append([d, "", "", "", "", ""]); cur = d
        st3 += [('SPAN', (0,i), (-1,i)), ('FONT', (0,i), (-1,i), 'Helvetica-BoldOblique', 7.5)]
    i = len(t3)
    t3.append([ref, name, fmt(tg), fmt(fc), fmt(fc - tg), rag])
    st3.append(('BACKGROUND', (5,i), (5,i), colors.HexColor(ragc[rag])))
TT = sum(s[3] for s in SAV); TF = sum(s[4] for s in SAV)
i = len(t3)
t3.append(["", "Total savings 2025-26", fmt(TT), fmt(TF), fmt(TF-TT), ""])
st3 += [('FONT', (0,i), (-1,i), 'Helvetica-Bold', 7.5)]
T = Table(t3, colWidths=[14*mm, 78*mm, 18*mm, 18*mm, 18*mm, 18*mm])
T.setStyle(TableStyle(st3))
S += [T, Spacer(1, 4)]
P(f"6.2 In total £{TF/1000:.1f}m of the £{TT/1000:.1f}m target is forecast to be delivered, a shortfall of £{(TT-TF)/1000:.1f}m. "
  "Four schemes are rated Red, with the largest shortfall on the expansion of in-house foster care (£1.1m), "
  "where recruitment of new foster carers has been slower than planned. Shortfalls on savings are already reflected in the directorate forecasts in Table 2.")

P("7. Reserves", H2)
P("7.1 Table 4 shows the planned and forecast use of the General Fund balance and earmarked reserves in 2025-26. "
  "Drawdowns are shown in brackets; contributions to reserves are shown as positive figures.")
RES = [  # name, opening, planned, forecast
 ("General Fund balance", 19.6, 0.0, -7.0),
 ("Budget resilience reserve", 12.4, -4.0, -6.5),
 ("Social care demand reserve", 8.2, -3.0, -5.2),
 ("Transformation reserve", 6.7, -2.5, -1.8),
 ("Insurance reserve", 4.9, 0.3, 0.3),
 ("Waste PFI equalisation reserve", 7.3, -1.2, -1.2),
 ("Capital financing reserve", 5.5, 1.0, 0.6),
 ("Public Health reserve", 2.1, -0.8, "n/a"),
]
S.append(Paragraph("Table 4: General Fund and earmarked reserves, 2025-26 (£m)", CAP))
t4 = [["Reserve", "Balance at", "2025-26 movement", "", "Forecast balance"],
      ["", "1 April 2025", "Planned", "Forecast", "31 March 2026"]]
for n, o, p, f in RES:
    if f == "n/a":
        t4.append([n, fm(o), fm(p), "n/a", "n/a"])
    else:
        t4.append([n, fm(o), fm(p) if p else "–", fm(f), fm(o + f)])
num = [r for r in RES if r[3] != "n/a"]
eo = sum(r[1] for r in num[1:]); ep = sum(r[2] for r in num[1:]); ef = sum(r[3] for r in num[1:])
t4.append(["Total earmarked reserves (excl. Public Health)", fm(eo), fm(ep), fm(ef), fm(eo+ef)])
T = Table(t4, colWidths=[70*mm, 25*mm, 22*mm, 22*mm, 27*mm])
T.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 8), ('FONT', (0,0), (-1,1), 'Helvetica-Bold', 8),
    ('SPAN', (2,0), (3,0)), ('SPAN', (0,0), (0,1)), ('ALIGN', (1,0), (-1,-1), 'RIGHT'), ('ALIGN', (1,0), (-1,1), 'CENTER'),
    ('GRID', (0,0), (-1,-1), 0.3, colors.grey), ('BACKGROUND', (0,0), (-1,1), colors.HexColor('#d9e2ec')),
    ('FONT', (0,-1), (-1,-1), 'Helvetica-Bold', 8)]))
S += [T, Spacer(1, 4)]
P("7.2 If the net forecast overspend of £7.0m is met from the General Fund balance, the balance would reduce from £19.6m "
  "to £12.6m at 31 March 2026, which is £2.4m below the recommended minimum of £15.0m. The Public Health reserve is "
  "held on behalf of the ring-fenced grant and its forecast use will be reported to the Health and Wellbeing Board.")

P("8. Income collection", H2)
P("8.1 Collection rates are cumulative for the financial year to the end of each month. Table 5 compares performance with "
  "the profiled target for November.")
S.append(Paragraph("Table 5: Council tax, business rates and sundry debt collection, 2025-26", CAP))
t5 = [["Measure", "Units", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025", "Target (Nov)", "Status"],
      ["Council tax collected in year", "%", "41.9", "50.6", "59.4", "68.2", "68.5", "Amber"],
      ["Business rates collected in year", "%", "44.8", "54.1", "63.0", "72.3", "72.0", "Green"],
      ["Council tax arrears collected (prior years)", "£m", "1.9", "2.3", "2.8", "3.2", "3.6", "Red"],
      ["Sundry debt over 90 days old", "£m", "4.8", "5.1", "5.0", "5.3", "4.5", "Red"]]
T = Table(t5, colWidths=[58*mm, 12*mm, 16*mm, 16*mm, 16*mm, 16*mm, 20*mm, 16*mm])
T.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 7.5), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 7.5),
    ('ALIGN', (2,0), (-2,-1), 'RIGHT'), ('GRID', (0,0), (-1,-1), 0.3, colors.grey),
    ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#d9e2ec'))]))
S += [T, Spacer(1, 4)]

P("9. Key financial risks", H2)
P("9.1 The forecast is subject to the following risks, which have not been included in the figures above. Each is rated "
  "High, Medium or Low according to its likelihood and potential impact.")
S.append(Paragraph("Table 6: Key financial risks not included in the Month 8 forecast", CAP))
t6 = [["Risk", "Potential impact (£m)", "Likelihood", "Rating"],
      ["Further growth in children's residential placements over winter", "1.5", "Likely", "High"],
      ["Winter pressures on hospital discharge and home care", "1.0", "Likely", "High"],
      ["DSG high needs deficit (statutory override ends March 2028)", "21.8", "Possible", "High"],
      ["2026 pay award above 3% budgeted", "0.9", "Possible", "Medium"],
      ["Brindlegate car park closure extended beyond March 2026", "0.2", "Possible", "Low"]]
T = Table(t6, colWidths=[100*mm, 30*mm, 22*mm, 20*mm])
T.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 8), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 8),
    ('ALIGN', (1,0), (1,-1), 'RIGHT'), ('GRID', (0,0), (-1,-1), 0.3, colors.grey),
    ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#d9e2ec'))]))
S += [T, Spacer(1, 4)]
P("9.2 The cumulative deficit on the Dedicated Schools Grant high needs block is forecast to reach £21.8m by 31 March 2026. "
  "This is held in an unusable reserve under the statutory override and is not a charge to the General Fund at present.")

P("10. Recommendations", H2)
P("10.1 Cabinet is recommended to:")
bullets([
 "note the forecast net overspend of £7.0m for 2025-26 at Month 8, after management actions of £2.4m;",
 "note the forecast delivery of £15.0m of the £19.4m savings target and the four schemes rated Red;",
 "approve the drawdown of £2.5m from the budget resilience reserve in addition to the £4.0m planned, to meet social care pressures;",
 "require directors of overspending directorates to present recovery plans to the Corporate Leadership Team by 31 January 2026;",
 "note that the General Fund balance is forecast to fall below the recommended minimum level and that proposals to restore it will be included in the 2026-27 budget report to Council in February 2026.",
])
P("Background papers: Revenue Budget 2025-26 (Council, 26 February 2025); Revenue Budget Monitoring Month 6 (Cabinet, 12 November 2025).", NOTE)

doc.build(S, onFirstPage=on_page, onLaterPages=on_page)
print("written", OUT)
