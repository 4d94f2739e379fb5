"""Generate t18_childrens_scorecard.pdf - children's social care performance scorecard (reportlab)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem, KeepTogether)

OUT = "/work/trials_new/trial18/t18_childrens_scorecard.pdf"
POP = 142600  # child population 0-17


def rate(n):
    return f"{n / POP * 10000:.1f}"


def c(n):
    """integer with commas, brackets for negatives, '–' for None"""
    if n is None:
        return "–"
    if n < 0:
        return f"({abs(n):,})"
    return f"{n:,}"


ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5,
                      spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19,
                    spaceAfter=6)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    spaceBefore=8, spaceAfter=4, keepWithNext=1)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceBefore=4, keepWithNext=1,
                     spaceAfter=3)
cap_split = ParagraphStyle("cap_split", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceBefore=4,
                           spaceAfter=3)
note = ParagraphStyle("note", parent=body, fontName="Helvetica-Oblique", fontSize=8, leading=10)
meta = ParagraphStyle("meta", parent=body, fontSize=9.5, leading=13, spaceAfter=1)

story = []
hdrst = ParagraphStyle("hdr", parent=body, fontName="Helvetica-Bold", fontSize=7, leading=8.5,
                       textColor=colors.white, alignment=1, spaceAfter=0)


def P(t, st=body):
    story.append(Paragraph(t, st))


def bullets(items):
    story.append(ListFlowable([ListItem(Paragraph(i, body), leftIndent=12) for i in items],
                              bulletType="bullet", start="-", leftIndent=12, bulletFontSize=9))
    story.append(Spacer(1, 4))


def numbered(items):
    story.append(ListFlowable([ListItem(Paragraph(i, body), leftIndent=14) for i in items],
                              bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontSize=9))
    story.append(Spacer(1, 4))


BASE = [
    ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("LEADING", (0, 0), (-1, -1), 9),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def table(data, widths, header_rows=1, group_rows=(), total_rows=(), repeat=None, extra=()):
    st = list(BASE)
    for r in range(header_rows):
        st += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#1f4e79")),
               ("TEXTCOLOR", (0, r), (-1, r), colors.white),
               ("FONTNAME", (0, r), (-1, r), "Helvetica-Bold")]
    for r in group_rows:
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dde6f0")),
               ("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"), ("ALIGN", (0, r), (-1, r), "LEFT")]
    for r in total_rows:
        st += [("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"),
               ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
    st += list(extra)
    data = [[Paragraph(x, hdrst) if (r < header_rows and isinstance(x, str) and x) else x for x in row]
            for r, row in enumerate(data)]
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat is None else repeat)
    t.setStyle(TableStyle(st))
    story.append(t)
    story.append(Spacer(1, 6))


# ------------------------------------------------------------------ front matter
P("Corvenshire County Council", ParagraphStyle("org", parent=body, fontName="Helvetica-Bold", fontSize=11))
P("Children's Social Care Performance Scorecard: Quarter 3 2025-26", h1)
P("<b>Report to:</b> Corporate Parenting and Children's Scrutiny Committee", meta)
P("<b>Date of meeting:</b> 29 January 2026", meta)
P("<b>Report author:</b> Head of Performance and Quality Assurance, Children and Families Directorate", meta)
P("<b>Period covered:</b> April to December 2025 (Quarters 1 to 3 of 2025-26)", meta)
P("<b>Status:</b> For information and assurance", meta)
story.append(Spacer(1, 8))

P("1. Purpose of the report", h2)
P("This report presents the children's social care performance scorecard for the first three quarters of "
  "2025-26. It sets out monthly performance for the front door, assessments, child protection, children in "
  "care and care leavers, compares Corvenshire with its statistical neighbours, and highlights the main risks "
  "and the actions being taken. Figures for December 2025 are provisional and may change when the annual "
  "statutory returns are validated.")

P("2. Summary of performance", h2)
P("Performance has been broadly stable over the three quarters, with improvement in timeliness towards the "
  "end of the period. The headline messages for the committee are:")
bullets([
    "Referrals rose to 3,062 in Quarter 3, the highest quarterly figure this year, although the re-referral "
    "rate fell to 19.8% in December and is now within the 20.0% target.",
    "Timeliness of assessments improved for the fourth month running, reaching 88.4% completed within 45 "
    "working days in December, still below the 90.0% target.",
    "The number of children on a child protection plan peaked at 511 at the end of October and has since "
    "fallen to 498 (34.9 per 10,000 children).",
    "The number of children in care continued to rise, reaching 718 at 31 December 2025, driven mainly by "
    "older children entering care and growth in independent fostering agency placements.",
    "Reliance on agency social workers has fallen from 22.5% in April to 18.1% in December but remains well "
    "above the 15.0% target and is rated Red.",
])

P("3. Monthly scorecard", h2)
P("Table 1 shows the key indicators for each month from April to December 2025, with the target, a RAG "
  "rating based on the December position and the direction of travel since April. Count measures are not "
  "given a target and are shown as n/a in the RAG column. Rates per 10,000 use the mid-2024 estimate of "
  "142,600 children aged 0 to 17 in Corvenshire.")
P("A rating of Green means the target has been met, Amber means performance is within 10% of the target and "
  "Red means performance is more than 10% away from the target.")

months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
cp = [462, 471, 480, 489, 493, 505, 511, 506, 498]
cic = [688, 692, 697, 701, 706, 712, 709, 715, 718]
sc = [
    ("Front door", None),
    ("Contacts received", ["4,210", "4,486", "4,395", "4,602", "3,655", "4,870", "4,935", "4,712", "3,988"], "–", "n/a", "Stable"),
    ("Referrals received", ["948", "1,021", "987", "1,054", "812", "1,096", "1,118", "1,043", "901"], "–", "n/a", "Stable"),
    ("Re-referrals within 12 months (%)", ["21.4", "20.8", "22.1", "23.5", "24.2", "22.9", "21.7", "20.6", "19.8"], "20.0", "Green", "Improving"),
    ("Assessments", None),
    ("Assessments completed", ["902", "958", "1,011", "976", "840", "1,002", "1,087", "1,034", "866"], "–", "n/a", "Stable"),
    ("Assessments within 45 working days (%)", ["84.2", "86.1", "83.7", "81.9", "79.4", "82.6", "85.3", "87.8", "88.4"], "90.0", "Amber", "Improving"),
    ("Child protection", None),
    ("Section 47 enquiries started", ["231", "248", "239", "262", "214", "271", "259", "244", "218"], "–", "n/a", "Stable"),
    ("Initial child protection conferences", ["58", "64", "61", "70", "52", "66", "63", "59", "49"], "–", "n/a", "Stable"),
    ("ICPCs within 15 working days (%)", ["77.6", "81.3", "80.3", "74.3", "71.2", "80.3", "84.1", "86.4", "87.8"], "90.0", "Amber", "Improving"),
    ("Children on a CP plan (month end)", [c(x) for x in cp], "–", "n/a", "Rising"),
    ("CP plan rate per 10,000", [rate(x) for x in cp], "–", "n/a", "Rising"),
    ("Children in care", None),
    ("Children in care (month end)", [c(x) for x in cic], "–", "n/a", "Rising"),
    ("CiC rate per 10,000", [rate(x) for x in cic], "–", "n/a", "Rising"),
    ("Three or more placements in year (%)", ["9.8", "9.6", "9.9", "10.2", "10.4", "10.1", "9.7", "9.5", "9.3"], "10.0", "Green", "Improving"),
    ("Care leavers aged 19 to 21", None),
    ("Care leavers in touch (%)", ["93.1", "92.8", "93.4", "94.0", "93.6", "94.2", "94.5", "95.1", "94.8"], "95.0", "Amber", "Improving"),
    ("Care leavers in EET (%)", ["51.2", "50.8", "52.0", "49.6", "48.9", "50.5", "52.3", "53.1", "53.8"], "55.0", "Amber", "Improving"),
    ("In suitable accommodation (%)", ["88.5", "89.0", "88.2", "87.9", "88.6", "89.4", "90.1", "90.6", "91.0"], "90.0", "Green", "Improving"),
    ("Workforce", None),
    ("Average caseload per social worker", ["19.4", "19.1", "19.6", "20.2", "20.5", "19.9", "19.3", "18.8", "18.6"], "18.0", "Amber", "Improving"),
    ("Agency social workers (%)", ["22.5", "22.1", "21.8", "21.0", "20.6", "19.9", "19.2", "18.7", "18.1"], "15.0", "Red", "Improving"),
]
hdr1 = ["Indicator", "Quarter 1", "", "", "Quarter 2", "", "", "Quarter 3", "", "", "Target", "RAG", "Trend"]
hdr2 = [""] + months + ["", "", ""]
data = [hdr1, hdr2]
groups = []
for row in sc:
    if row[1] is None:
        groups.append(len(data))
        data.append([row[0]] + [""] * 12)
    else:
        data.append([row[0]] + row[1] + [row[2], row[3], row[4]])
spans = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (9, 0)),
         ("SPAN", (0, 0), (0, 1)), ("SPAN", (10, 0), (10, 1)), ("SPAN", (11, 0), (11, 1)),
         ("SPAN", (12, 0), (12, 1))]
P("Table 1: Children's social care scorecard by month, April to December 2025", cap_split)
table(data, [146] + [27] * 9 + [34, 30, 41], header_rows=2, group_rows=groups, extra=spans + [("FONTSIZE", (0, 0), (-1, -1), 7)])
P("Source: Corvenshire children's case management system, extracted 12 January 2026. December figures are "
  "provisional.", note)

# ------------------------------------------------------------------ front door
P("4. Front door: contacts and referrals", h2)
P("The Integrated Front Door received 39,853 contacts between April and December 2025. In Quarter 3 the "
  "service received 3,062 referrals, 3.4% more than in Quarter 2 (2,962). The usual seasonal dip in August "
  "was followed by a sharp rise in September and October when schools returned. In the 12 months to "
  "December 2025 there were 12,104 referrals, a rate of 848.8 per 10,000 children, which remains well above "
  "the statistical neighbour average.")
P("Police remained the largest source of referrals, accounting for 844 (27.6%) of referrals in Quarter 3. "
  "Referrals from schools fell to 402 in Quarter 2 over the summer holiday and recovered to 701 in "
  "Quarter 3. Table 2 shows referrals by source for each quarter.")
src = [
    ("Police", [812, 861, 844]),
    ("Schools", [604, 402, 701]),
    ("Health services", [521, 588, 547]),
    ("Local authority services", [298, 331, 305]),
    ("Individual or family", [274, 312, 289]),
    ("Anonymous", [96, 108, 91]),
    ("Other sources", [351, 360, 285]),
]
tot = [sum(v[i] for _, v in src) for i in range(3)]
ytd_all = sum(tot)
data = [["Source of referral", "Q1 2025-26", "Q2 2025-26", "Q3 2025-26", "Year to date", "% of year to date"]]
for lab, v in src:
    data.append([lab] + [c(x) for x in v] + [c(sum(v)), f"{sum(v) / ytd_all * 100:.1f}"])
data.append(["Total referrals"] + [c(x) for x in tot] + [c(ytd_all), "100.0"])
P("Table 2: Referrals by source, Quarters 1 to 3 2025-26 (number of referrals)", cap)
table(data, [140, 62, 62, 62, 62, 72], total_rows=[len(data) - 1])

P("Table 3 breaks down Quarter 3 referrals and child protection plans at 31 December 2025 by district. "
  "Brackenhold has the highest number of referrals and plans and the highest rate of child protection "
  "plans per 10,000 children, while Drennock has the highest referral rate. Oswick Marsh has the lowest "
  "referral rate and the lowest rate of child protection plans.")
dist = [
    ("Brackenhold", 31200, 702, 121),
    ("Copperhythe", 24800, 561, 92),
    ("Lanvarrow", 19500, 389, 58),
    ("Drennock", 27300, 618, 104),
    ("Ferrowby", 22100, 447, 71),
    ("Oswick Marsh", 17700, 345, 52),
]
data = [["District", "Children aged 0-17", "Referrals (Q3)", "Referral rate per 10,000",
         "CP plans at 31 Dec 2025", "CP rate per 10,000"]]
for d, pop, r, p in dist:
    data.append([d, c(pop), c(r), f"{r / pop * 10000:.1f}", c(p), f"{p / pop * 10000:.1f}"])
tp = sum(x[1] for x in dist); tr = sum(x[2] for x in dist); tcp = sum(x[3] for x in dist)
assert tp == POP and tr == 3062 and tcp == 498
data.append(["Corvenshire", c(tp), c(tr), f"{tr / tp * 10000:.1f}", c(tcp), f"{tcp / tp * 10000:.1f}"])
P("Table 3: Referrals and child protection plans by district, Quarter 3 2025-26", cap)
table(data, [95, 78, 66, 86, 86, 70], total_rows=[len(data) - 1])
P("Note: the Quarter 3 referral rate is for three months only and is not comparable with the rolling "
  "12-month rate in Table 5.", note)

# ------------------------------------------------------------------ assessments & CP
P("5. Assessments and child protection", h2)
P("A total of 8,676 single assessments were completed between April and December 2025. The proportion "
  "completed within 45 working days fell to a low of 79.4% in August, when annual leave reduced capacity in "
  "the assessment teams, and has improved every month since. The service expects to meet the 90.0% target "
  "by March 2026 if current staffing holds.")
P("There were 498 children subject to a child protection (CP) plan at 31 December 2025, a rate of 34.9 per "
  "10,000 children. Neglect remains the most common category of abuse, accounting for 241 plans (48.4%), "
  "followed by emotional abuse with 167 plans (33.5%). Of the plans started in the year to date, 24.6% were "
  "second or subsequent plans, which is higher than both the statistical neighbour average and England. "
  "Timeliness of initial child protection conferences (ICPCs) improved to 87.8% in December.")
P("Children who go missing from care or home are reviewed weekly at the multi-agency exploitation panel, and "
  "a new return home interview service began in November 2025.")

# ------------------------------------------------------------------ children in care
P("6. Children in care", h2)
P("There were 718 children in care at 31 December 2025, a rate of 50.4 per 10,000 children, compared with "
  "684 at 31 March 2025. This includes 46 unaccompanied asylum-seeking children (UASC). Table 4 shows where "
  "children were living. The number placed with in-house foster carers fell by 13 while independent "
  "fostering agency (IFA) placements increased by 15. The average weekly cost of a private children's home "
  "placement has risen to £6,850, compared with £1,020 for an IFA placement.")
plc = [
    ("Foster placements", [
        ("In-house foster carers", 251, 238),
        ("Independent fostering agency (IFA)", 166, 181),
        ("Kinship and connected carers", 78, 86)]),
    ("Residential and supported accommodation", [
        ("Council children's homes", 22, 20),
        ("Private and voluntary children's homes", 58, 67),
        ("Supported accommodation (16 and 17)", 37, 44)]),
    ("Other placements", [
        ("Placed with parents", 41, 45),
        ("Placed for adoption", 19, 23),
        ("Secure units, hospitals and YOI", 6, 5),
        ("Other placement types", 6, 9)]),
]
TM = sum(x[1] for g in plc for x in g[1]); TD = sum(x[2] for g in plc for x in g[1])
assert TM == 684 and TD == 718
data = [["Placement type", "31 March 2025", "", "31 December 2025", "", "Change"],
        ["", "Number", "%", "Number", "%", "Number"]]
groups = []; totals = []
for g, rows in plc:
    groups.append(len(data)); data.append([g, "", "", "", "", ""])
    for lab, a, b in rows:
        data.append([lab, c(a), f"{a / TM * 100:.1f}", c(b), f"{b / TD * 100:.1f}", c(b - a)])
    sa = sum(x[1] for x in rows); sb = sum(x[2] for x in rows)
    totals.append(len(data))
    data.append([f"Subtotal: {g.lower()}", c(sa), f"{sa / TM * 100:.1f}", c(sb), f"{sb / TD * 100:.1f}", c(sb - sa)])
totals.append(len(data))
data.append(["Total children in care", c(TM), "100.0", c(TD), "100.0", c(TD - TM)])
P("Table 4: Children in care by placement type, 31 March 2025 and 31 December 2025", cap)
table(data, [190, 58, 42, 66, 42, 50], header_rows=2, group_rows=groups, total_rows=totals,
      extra=[("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1))], repeat=0)
P("YOI: young offender institution. Percentages may not sum to 100 because of rounding.", note)

# ------------------------------------------------------------------ benchmarking
P("7. Comparison with statistical neighbours", h2)
P("Table 5 compares the latest Corvenshire position with the average of the council's ten statistical "
  "neighbours and with England, using the 2024-25 published figures. Corvenshire has a much higher referral "
  "rate than its neighbours but lower rates of child protection plans and children in care. The areas where "
  "Corvenshire compares least well are repeat child protection plans, care leavers in education, employment "
  "or training (EET), and the use of agency social workers.")
bm = [
    ("Referral rate per 10,000 (rolling 12 months)", "848.8", "611.4", "556.2", "Higher"),
    ("Re-referrals within 12 months (%)", "19.8", "21.6", "22.4", "Better"),
    ("Assessments within 45 working days (%)", "88.4", "84.7", "82.9", "Better"),
    ("CP plan rate per 10,000", "34.9", "40.2", "41.6", "Lower"),
    ("Second or subsequent CP plans (%)", "24.6", "22.3", "23.8", "Worse"),
    ("CiC rate per 10,000", "50.4", "68.9", "70.0", "Lower"),
    ("Three or more placements in year (%)", "9.3", "10.5", "10.0", "Better"),
    ("Care leavers 19-21 in touch (%)", "94.8", "92.6", "n/a", "Better"),
    ("Care leavers 19-21 in EET (%)", "53.8", "54.9", "56.0", "Worse"),
    ("Care leavers 19-21 in suitable accommodation (%)", "91.0", "88.1", "88.0", "Better"),
    ("Agency social workers (%)", "18.1", "17.2", "15.5", "Worse"),
    ("Average caseload per social worker", "18.6", "16.9", "–", "Worse"),
]
data = [["Indicator", "Corvenshire (Dec 2025)", "Statistical neighbours (2024-25)", "England (2024-25)",
         "Compared with neighbours"]] + [list(r) for r in bm]
P("Table 5: Corvenshire compared with statistical neighbours and England", cap)
table(data, [190, 72, 88, 62, 74],
      extra=[("FONTSIZE", (0, 0), (-1, 0), 7)])
P("n/a: England figure not published. – : no national comparator collected.", note)

# ------------------------------------------------------------------ care leavers
P("8. Care leavers", h2)
P("The council was supporting 420 care leavers aged 17 to 25 at 31 December 2025. Table 6 shows outcomes by "
  "age band. The proportion of care leavers aged 19 to 21 in education, employment or training was 53.8%, "
  "below the 55.0% target. Thirty-seven young people were in Staying Put or Staying Close arrangements.")
cl = [
    ("Aged 17 and 18", 92, 91, 68, 89, "14"),
    ("Aged 19 to 21", 210, 199, 113, 191, "23"),
    ("Aged 22 to 25", 118, 101, 57, 98, "–"),
]
data = [["Age band", "Care leavers", "In touch", "", "In EET", "", "Suitable accommodation", "",
         "Staying Put / Close"],
        ["", "Number", "Number", "%", "Number", "%", "Number", "%", "Number"]]
for lab, n, t, e, s, sp in cl:
    data.append([lab, c(n), c(t), f"{t / n * 100:.1f}", c(e), f"{e / n * 100:.1f}", c(s), f"{s / n * 100:.1f}", sp])
N = sum(x[1] for x in cl); T = sum(x[2] for x in cl); E = sum(x[3] for x in cl); S = sum(x[4] for x in cl)
data.append(["All care leavers", c(N), c(T), f"{T / N * 100:.1f}", c(E), f"{E / N * 100:.1f}", c(S), f"{S / N * 100:.1f}", "37"])
P("Table 6: Care leavers by age band, 31 December 2025", cap)
table(data, [100, 52, 44, 36, 44, 36, 50, 36, 68], header_rows=2, total_rows=[len(data) - 1],
      extra=[("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 0))])
P("Staying Put applies to young people aged 18 to 20 remaining with former foster carers; it is not "
  "recorded for the 22 to 25 age band.", note)

# ------------------------------------------------------------------ risks, actions, recs
P("9. Risks and actions", h2)
P("The main risks to performance over the next two quarters are:")
bullets([
    "Workforce stability: the agency rate remains above target and three newly qualified social worker "
    "cohorts are still completing their assessed and supported year in employment.",
    "Placement sufficiency: the shortage of in-house foster carers is increasing reliance on costly private "
    "children's homes and independent fostering agencies.",
    "Demand at the front door: referral volumes remain high, particularly from the police, putting pressure "
    "on assessment timeliness.",
    "Repeat child protection plans: the rate of second or subsequent plans is above comparators.",
])
P("The following actions are under way:")
bullets([
    "A foster carer recruitment campaign launched in October 2025 with a target of 30 new fostering "
    "households by March 2027.",
    "A review of police referral thresholds with Corvenshire Police through the Safeguarding Partnership.",
    "An audit of all second or subsequent child protection plans started in 2025-26.",
    "A recruitment and retention package for permanent social workers, including a market supplement for "
    "hard-to-fill posts.",
])
P("10. Recommendations", h2)
P("The Corporate Parenting and Children's Scrutiny Committee is recommended to:")
numbered([
    "Note the performance set out in the scorecard for April to December 2025.",
    "Note the improvement in assessment timeliness and the remaining gap to the 90.0% target.",
    "Endorse the actions to reduce reliance on agency social workers.",
    "Request a further report on placement sufficiency and the fostering recruitment campaign in July 2026.",
])
P("Background papers: Children's Social Care Performance Scorecard, Quarter 2 2025-26 (October 2025); "
  "Placement Sufficiency Strategy 2024-2027.", note)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(1.6 * cm, 1.0 * cm, "Corvenshire County Council - Children's Social Care Scorecard Q3 2025-26")
    canvas.drawRightString(A4[0] - 1.6 * cm, 1.0 * cm, f"Page {doc.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm,
                        bottomMargin=1.6 * cm, title="Children's Social Care Performance Scorecard Q3 2025-26",
                        author="Corvenshire County Council")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("written", OUT)
