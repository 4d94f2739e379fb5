# Generates t23_bcf_q2_return.pdf (Better Care Fund quarterly return) with reportlab
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "t23_bcf_q2_return.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceBefore=4, spaceAfter=3)
note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
bullet = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)

def fmt(v):
    if v is None: return "–"
    if isinstance(v, str): return v
    if v == 0: return "–"
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s

def P(t): return Paragraph(t, body)
def B(t): return Paragraph(t, bullet, bulletText="–")

base_style = [
    ("FONTNAME", (0,0), (-1,-1), "Helvetica"),
    ("FONTSIZE", (0,0), (-1,-1), 8),
    ("LEADING", (0,0), (-1,-1), 10),
    ("GRID", (0,0), (-1,-1), 0.4, colors.HexColor("#888888")),
    ("VALIGN", (0,0), (-1,-1), "MIDDLE"),
    ("ALIGN", (1,0), (-1,-1), "CENTER"),
    ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,0), (-1,-1), 2),
]

story = []
story.append(Paragraph("Holmbury Vale Better Care Fund 2025-26: Quarter 2 Return", h1))
story.append(P("<b>Report to:</b> Holmbury Vale Health and Wellbeing Board"))
story.append(P("<b>Date of meeting:</b> 20 November 2025"))
story.append(P("<b>Report author:</b> Head of Integrated Commissioning, Holmbury Vale Council and NHS Holmbury and Wexcombe Integrated Care Board"))
story.append(P("<b>Status:</b> For decision (recommendation 10.2) and for noting"))
story.append(Spacer(1, 4))

story.append(Paragraph("1. Purpose of the report", h2))
story.append(P("1.1 This report presents the Holmbury Vale Better Care Fund (BCF) return for Quarter 2 of 2025-26 (July to September 2025). "
               "It sets out performance against the national BCF metrics, forecast expenditure by scheme type, income by source and the delivery status of the main schemes."))
story.append(P("1.2 The quarterly return was submitted to NHS England on 24 October 2025 with the delegated agreement of the Board Chair, as the submission deadline fell before this meeting."))

story.append(Paragraph("2. Background", h2))
story.append(P("2.1 The Better Care Fund is a pooled budget held under a section 75 agreement between Holmbury Vale Council and NHS Holmbury and Wexcombe Integrated Care Board (the ICB). "
               "The Holmbury Vale pooled budget for 2025-26 is £45.66m, an increase of £2.31m on 2024-25."))
story.append(P("2.2 Holmbury Vale has a resident population of 412,600, of whom 84,300 are aged 65 and over. The fund covers all five districts: Ashcombe, Brindlemoor, Castlereach, Dunmere and Eskwith."))
story.append(P("2.3 The national conditions for 2025-26 require the plan to be jointly agreed, to support the shift from hospital to community care, and to maintain the NHS minimum contribution to adult social care. "
               "All national conditions were confirmed as met in the Quarter 2 return."))

# ---------------- Table 1 metrics
story.append(Paragraph("3. Performance against BCF metrics", h2))
story.append(P("3.1 Table 1 compares Quarter 1 and Quarter 2 performance with the planned levels agreed in the 2025-26 BCF plan. "
               "Four of the six metrics improved between Quarter 1 and Quarter 2, and three were on or better than plan in Quarter 2."))
metrics = [
 # label, unit, outturn 24-25, q1 plan, q1 act, q2 plan, q2 act, rag, trend
 ("Avoidable admissions", "per 100,000", "742.3", "178.0", "171.4", "172.0", "181.9", "Amber", "Worsening"),
 ("Falls admissions (65+)", "per 100,000", "1,958.0", "480.0", "462.7", "470.0", "455.1", "Green", "Improving"),
 ("Discharge to usual residence", "%", "91.9", "92.5", "92.1", "92.8", "93.4", "Green", "Improving"),
 ("Average discharge delay", "days", "2.1", "1.6", "1.9", "1.5", "1.7", "Red", "Improving"),
 ("Care home admissions (65+)", "per 100,000", "611.4", "150.0", "138.2", "150.0", "168.4", "Red", "Worsening"),
 ("Reablement: at home after 91 days", "%", "82.7", "84.0", "81.6", "84.0", "85.2", "Green", "Improving"),
]
t1 = [["Metric", "Unit", "2024-25", "Q1 2025-26", "", "Q2 2025-26", "", "Q2 RAG", "Direction of"],
      ["", "", "outturn", "Plan", "Actual", "Plan", "Actual", "", "travel"]]
for m in metrics: t1.append(list(m))
st = base_style + [("SPAN",(3,0),(4,0)),("SPAN",(5,0),(6,0)),("SPAN",(0,0),(0,1)),("SPAN",(1,0),(1,1)),
                   ("FONTNAME",(0,0),(-1,1),"Helvetica-Bold"),("BACKGROUND",(0,0),(-1,1),colors.HexColor("#dde6f0")),
                   ("ALIGN",(0,2),(0,-1),"LEFT")]
story.append(Paragraph("Table 1: BCF metrics – plan and actual, Quarters 1 and 2 2025-26", cap))
tb = Table(t1, colWidths=[140,50,48,40,40,40,40,45,55], repeatRows=2); tb.setStyle(TableStyle(st)); story.append(tb)
story.append(Paragraph("Notes: Avoidable admissions = unplanned hospitalisation for chronic ambulatory care sensitive conditions. Falls admissions = emergency admissions due to falls, people aged 65 and over. "
                       "Discharge to usual residence = percentage of acute discharges to the patient's usual place of residence. Average discharge delay = average days from discharge ready date to discharge, for patients not discharged on the day. "
                       "RAG: Green = on or better than plan; Amber = up to 10% adverse to plan; Red = more than 10% adverse to plan. 2024-25 outturn for rate metrics is the full-year rate.", note))
story.append(P("3.2 The avoidable admissions rate rose from 171.4 to 181.9 per 100,000 between Quarter 1 and Quarter 2, 5.8% above plan. "
               "The increase was concentrated in respiratory conditions in Dunmere and Eskwith during August, and the integrated neighbourhood teams are reviewing the case-finding lists for those districts."))
story.append(P("3.3 Discharge to usual place of residence reached 93.4% in Quarter 2, the highest quarterly figure since the metric was introduced. "
               "The average discharge delay fell from 1.9 days to 1.7 days but remains above the plan of 1.5 days."))
story.append(P("3.4 Permanent admissions to residential and nursing care for people aged 65 and over rose to 168.4 per 100,000 in Quarter 2 (142 admissions). "
               "A review of 30 Quarter 2 admissions found that 11 followed a discharge to assess (D2A) bed placement in which the person's needs were not reassessed before the end of the funded period."))


story.append(P("3.5 The proportion of older people still at home 91 days after discharge into reablement recovered to 85.2% in Quarter 2, above the plan of 84.0%, after a dip to 81.6% in Quarter 1 when reablement capacity was diverted to cover home care hand-backs in Eskwith."))
story.append(P("3.6 Emergency admissions due to falls for people aged 65 and over were below plan in both quarters. The falls prevention and response service completed 1,184 home hazard assessments in Quarter 2, compared with 1,026 in Quarter 1."))
# ---------------- Table 2 expenditure (long, continues onto next page)
story.append(Paragraph("4. Expenditure by scheme type", h2))
story.append(P("4.1 Table 2 shows planned and actual expenditure for 2024-25 and the 2025-26 plan and forecast outturn at Quarter 2, grouped by scheme type. "
               "The variance column is forecast minus plan: positive figures are forecast overspends and figures in brackets are forecast underspends."))
groups = [
 ("Community-based services", [
   ("Urgent community response (UCR)", 2450, 2398, 2610, 2655),
   ("Community nursing and therapy", 6820, 6911, 7040, 6985),
   ("Integrated neighbourhood teams", 3150, 3022, 3480, 3390),
   ("Falls prevention and response", 410, 372, 445, 451),
   ("Assistive technology and equipment", 1890, 1975, 1960, 2104),
 ]),
 ("Hospital discharge", [
   ("Home-based reablement (Pathway 1)", 4120, 4286, 4350, 4512),
   ("Bed-based intermediate care (Pathway 2)", 3640, 3702, 3720, 3655),
   ("Discharge to assess beds (Pathway 3)", 2210, 2455, 2300, 2618),
   ("Trusted assessors and discharge hub", 520, 498, 540, 530),
   ("Brokerage and market capacity", 1300, 1284, 1420, 1420),
 ]),
 ("Home care and residential support", [
   ("Home care (domiciliary care)", 5980, 6104, 6240, 6390),
   ("Residential and nursing placements", 2750, 2812, 2860, 2930),
   ("Mental health community support", 1660, 1641, 1710, 1702),
 ]),
 ("Carers", [
   ("Carers' support services", 1120, 1087, 1180, 1142),
   ("Carers' breaks (respite)", 640, 655, 670, 681),
 ]),
 ("Housing and adaptations", [
   ("Disabled Facilities Grant (DFG)", 3412, 3016, 3598, 3210),
   ("Home improvement agency", 380, 365, 390, 388),
   ("Hospital-to-home housing link workers", None, None, 210, 176),
 ]),
 ("Enablers", [
   ("Programme management and administration", 290, 281, 300, 300),
   ("Data and digital integration", 260, 198, 280, 244),
   ("Care sector workforce development", 350, 330, 360, 372),
 ]),
]
t2 = [["Scheme type", "2024-25", "", "2025-26", "", ""],
      ["£000", "Plan", "Actual", "Plan", "Forecast", "Variance"]]
style2 = base_style + [("SPAN",(1,0),(2,0)),("SPAN",(3,0),(5,0)),
                       ("FONTNAME",(0,0),(-1,1),"Helvetica-Bold"),("BACKGROUND",(0,0),(-1,1),colors.HexColor("#dde6f0")),
                       ("ALIGN",(0,2),(0,-1),"LEFT"),("ALIGN",(1,2),(-1,-1),"RIGHT")]
tot = [0,0,0,0]
SUBS = {}
for gname, rows in groups:
    r = len(t2)
    t2.append([gname, "", "", "", "", ""])
    style2 += [("SPAN",(0,r),(-1,r)),("FONTNAME",(0,r),(-1,r),"Helvetica-BoldOblique"),("BACKGROUND",(0,r),(-1,r),colors.HexColor("#f2f2f2"))]
    sub = [0,0,0,0]
    for lab, a, b, c, d in rows:
        var = d - c
        t2.append(["   " + lab, fmt(a), fmt(b), fmt(c), fmt(d), fmt(var)])
        for i, v in enumerate([a,b,c,d]):
            sub[i] += v or 0
    r = len(t2)
    t2.append([f"Subtotal: {gname.lower()}" if False else f"Subtotal – {gname}", fmt(sub[0]), fmt(sub[1]), fmt(sub[2]), fmt(sub[3]), fmt(sub[3]-sub[2])])
    style2 += [("FONTNAME",(0,r),(-1,r),"Helvetica-Bold")]
    SUBS[gname] = sub
    for i in range(4): tot[i] += sub[i]
r = len(t2)
t2.append(["Total BCF expenditure", fmt(tot[0]), fmt(tot[1]), fmt(tot[2]), fmt(tot[3]), fmt(tot[3]-tot[2])])
style2 += [("FONTNAME",(0,r),(-1,r),"Helvetica-Bold"),("BACKGROUND",(0,r),(-1,r),colors.HexColor("#dde6f0"))]
print("TOTALS", tot, "var", tot[3]-tot[2], SUBS, file=sys.stderr)

story.append(P("4.2 Forecast expenditure for 2025-26 is £%s thousand against a plan of £%s thousand, a net forecast overspend of £%s thousand. "
               "The main pressures are discharge to assess beds (Pathway 3), home-based reablement and home care, partly offset by a forecast underspend on the Disabled Facilities Grant."
               % (f"{tot[3]:,}", f"{tot[2]:,}", f"{tot[3]-tot[2]:,}")))
story.append(P("4.3 Spending on Pathway 3 discharge to assess beds is forecast at £2,618 thousand, £318 thousand over plan, because the average length of stay in these beds has risen from 24 days to 31 days."))
story.append(P("4.4 The hospital-to-home housing link workers scheme is new for 2025-26, so no 2024-25 figures are shown. Two of the three posts were filled in July and the third remains vacant."))
story.append(Paragraph("Table 2: BCF expenditure by scheme type, 2024-25 and 2025-26 (£000)", cap))
tb2 = Table(t2, colWidths=[200,55,55,55,60,60], repeatRows=2); tb2.setStyle(TableStyle(style2)); story.append(tb2)
story.append(Paragraph("Figures in brackets are underspends against plan. – = nil or not applicable. Totals may not add due to rounding.", note))

story.append(P("4.5 The Disabled Facilities Grant is forecast to underspend by £388 thousand. Contractor capacity in Castlereach and Eskwith has limited the number of adaptations completed, and 46 approved cases are waiting for a start date. "
               "Under the grant conditions any unspent DFG allocation can be carried forward into 2026-27."))

# ---------------- Table 3 income
story.append(Paragraph("5. Income by source", h2))
story.append(P("5.1 The pooled budget is funded from the sources in Table 3. The NHS minimum contribution increased by 9.2%: the national uplift of 3.9% plus the transfer of the community equipment budget (£1,340 thousand) into the pooled fund from April 2025."))
nhs24 = None
inc = [
 ("NHS minimum contribution", None, None),
 ("Local Authority Better Care Grant", 9860, 10240),
 ("ICB discharge funding", 2450, 2520),
 ("Disabled Facilities Grant", 3412, 3598),
 ("Additional local authority contribution", 1500, 1650),
 ("Additional ICB contribution", 800, 0),
]
other24 = sum(x[1] for x in inc[1:]); other25 = sum(x[2] for x in inc[1:])
n24 = tot[0] - other24; n25 = tot[2] - other25
inc[0] = ("NHS minimum contribution", n24, n25)
print("NHS min", n24, n25, round((n25/n24-1)*100,1), file=sys.stderr)
t3 = [["Source of funding", "2024-25", "2025-26", "Change", "Change"],
      ["", "£000", "£000", "£000", "%"]]
for lab, a, b in inc:
    ch = b - a
    pct = "n/a" if b == 0 else f"{(b/a-1)*100:.1f}"
    if b == 0: pct = "(100.0)"
    elif ch < 0: pct = f"({abs((b/a-1)*100):.1f})"
    t3.append([lab, fmt(a), fmt(b), fmt(ch), pct])
t3.append(["Total income", fmt(tot[0]), fmt(tot[2]), fmt(tot[2]-tot[0]), f"{(tot[2]/tot[0]-1)*100:.1f}"])
st3 = base_style + [("FONTNAME",(0,0),(-1,1),"Helvetica-Bold"),("BACKGROUND",(0,0),(-1,1),colors.HexColor("#dde6f0")),
                    ("FONTNAME",(0,-1),(-1,-1),"Helvetica-Bold"),("ALIGN",(0,2),(0,-1),"LEFT"),("ALIGN",(1,2),(-1,-1),"RIGHT"),("SPAN",(0,0),(0,1))]
story.append(Paragraph("Table 3: BCF income by source, 2024-25 and 2025-26", cap))
tb3 = Table(t3, colWidths=[200,60,60,60,50]); tb3.setStyle(TableStyle(st3)); story.append(tb3)
story.append(P("5.2 The additional ICB contribution of £800 thousand in 2024-25 was non-recurrent winter funding and has not been repeated in 2025-26. "
               "The Local Authority Better Care Grant replaces the improved Better Care Fund (iBCF) grant from 2025-26; the 2024-25 figure shown is the iBCF allocation."))

# ---------------- Table 4 discharge pathways
story.append(Paragraph("6. Hospital discharge activity", h2))
story.append(P("6.1 Table 4 shows discharges from Holmbury General Hospital and Dunmere Royal Infirmary of Holmbury Vale residents by discharge pathway. "
               "Pathway 0 is a simple discharge home with no new support; Pathway 1 is home with new support (usually reablement); Pathway 2 is a short-term bed-based rehabilitation setting; Pathway 3 is a new residential or nursing care placement."))
pw = [("Pathway 0", 5812, 5960), ("Pathway 1", 1046, 1102), ("Pathway 2", 388, 371), ("Pathway 3", 142, 158)]
q1t = sum(x[1] for x in pw); q2t = sum(x[2] for x in pw)
t4 = [["Discharge pathway", "Q1 2025-26", "", "Q2 2025-26", "", "Change Q1"],
      ["", "Number", "% of total", "Number", "% of total", "to Q2"]]
for lab, a, b in pw:
    ch = b - a
    t4.append([lab, f"{a:,}", f"{a/q1t*100:.1f}", f"{b:,}", f"{b/q2t*100:.1f}", fmt(ch)])
t4.append(["Total discharges", f"{q1t:,}", "100.0", f"{q2t:,}", "100.0", fmt(q2t-q1t)])
print("PW tot", q1t, q2t, file=sys.stderr)
st4 = base_style + [("SPAN",(1,0),(2,0)),("SPAN",(3,0),(4,0)),("SPAN",(0,0),(0,1)),("FONTNAME",(0,0),(-1,1),"Helvetica-Bold"),
                    ("BACKGROUND",(0,0),(-1,1),colors.HexColor("#dde6f0")),("FONTNAME",(0,-1),(-1,-1),"Helvetica-Bold"),("ALIGN",(0,2),(0,-1),"LEFT")]
story.append(Paragraph("Table 4: Discharges of Holmbury Vale residents by pathway, Quarters 1 and 2 2025-26", cap))
tb4 = Table(t4, colWidths=[130,55,55,55,55,60]); tb4.setStyle(TableStyle(st4)); story.append(tb4)
story.append(P("6.2 Pathway 1 discharges rose by 56 between the two quarters. Urgent community response (UCR) teams, which provide a two-hour crisis response at home to avoid an admission, "
               "also took 212 referrals direct from the discharge hub in Quarter 2 to support people on the day of discharge."))

# ---------------- Table 5 scheme status
story.append(Paragraph("7. Scheme delivery status", h2))
story.append(P("7.1 Each major scheme is given a delivery rating by its lead organisation at the end of each quarter. Table 5 gives the Quarter 2 ratings."))
sch = [
 ("BCF01", "Urgent community response", "Vale Community Health Services", "Green", "Two-hour response standard met in all months"),
 ("BCF02", "Integrated neighbourhood teams", "Holmbury Vale Council / ICB", "Amber", "Eskwith team recruitment delayed to January"),
 ("BCF03", "Falls prevention and response", "Vale Community Health Services", "Green", "Strength and balance classes in all districts"),
 ("BCF04", "Home-based reablement", "Holmbury Vale Council", "Amber", "Forecast overspend; capacity up 6%"),
 ("BCF05", "Discharge to assess beds", "Holmbury Vale Council", "Red", "Length of stay up; £318k forecast overspend"),
 ("BCF06", "Disabled Facilities Grant", "Holmbury Vale Council", "Red", "Contractor shortage; 46 cases awaiting start"),
 ("BCF07", "Carers' support services", "Holmbury Carers Network", "Green", "Carer assessments up 9% on Q1"),
 ("BCF08", "Housing link workers", "Holmbury Vale Council (Housing)", "Amber", "One of three posts vacant"),
 ("BCF09", "Data and digital integration", "NHS Holmbury and Wexcombe ICB", "Green", "Shared care record live in Q2"),
 ("BCF10", "Assistive technology", "Holmbury Vale Council", "Green", "Waiting list cleared in August"),
]
t5 = [["Ref", "Scheme", "Lead organisation", "Q2 rating", "Comment"]] + [list(s) for s in sch]
st5 = base_style + [("FONTSIZE",(0,0),(-1,-1),7.5),("FONTNAME",(0,0),(-1,0),"Helvetica-Bold"),("BACKGROUND",(0,0),(-1,0),colors.HexColor("#dde6f0")),("ALIGN",(1,1),(2,-1),"LEFT"),("ALIGN",(4,1),(4,-1),"LEFT")]
story.append(Paragraph("Table 5: Delivery status of major BCF schemes, Quarter 2 2025-26", cap))
tb5 = Table(t5, colWidths=[30,122,138,38,170]); tb5.setStyle(TableStyle(st5)); story.append(tb5)

# ---------------- Risks
story.append(Paragraph("8. Risks and issues", h2))
story.append(P("8.1 The main risks to delivery of the 2025-26 plan are:"))
for t in ["winter demand pushing avoidable admissions further above plan, particularly in Dunmere and Eskwith;",
          "continued growth in discharge to assess bed costs if lengths of stay are not reduced;",
          "home care market fragility in rural Eskwith, where two providers have handed back packages since June;",
          "slippage in the Disabled Facilities Grant programme because of local contractor shortages; and",
          "the non-recurrent nature of the ICB discharge funding beyond March 2026."]:
    story.append(B(t))

story.append(Paragraph("9. Actions for Quarter 3", h2))
story.append(P("9.1 The following actions have been agreed by the BCF Joint Commissioning Group for Quarter 3:"))
for t in ["introduce a weekly review of every person in a discharge to assess bed for more than 21 days;",
          "extend the respiratory virtual ward to Eskwith from 1 December 2025;",
          "procure a second framework of adaptation contractors for the DFG programme;",
          "run a targeted falls prevention campaign in care homes in Brindlemoor; and",
          "recruit to the vacant hospital-to-home housing link worker post."]:
    story.append(B(t))

story.append(Paragraph("10. Recommendations", h2))
story.append(P("The Health and Wellbeing Board is asked to:"))
for t in ["10.1 note the Quarter 2 2025-26 BCF return submitted to NHS England on 24 October 2025;",
          "10.2 approve the transfer of £120 thousand from the forecast DFG underspend to the home improvement agency to fund minor adaptations that speed up hospital discharge;",
          "10.3 note the Red ratings for the discharge to assess beds and Disabled Facilities Grant schemes and the actions in section 9; and",
          "10.4 agree that the Quarter 3 return is delegated to the Board Chair and the ICB Place Director for sign-off."]:
    story.append(P(t))

story.append(Paragraph("Glossary", h2))
for t in ["<b>BCF</b> – Better Care Fund", "<b>D2A</b> – discharge to assess: short-term funded care after discharge while longer-term needs are assessed",
          "<b>DFG</b> – Disabled Facilities Grant", "<b>iBCF</b> – improved Better Care Fund grant",
          "<b>UCR</b> – urgent community response", "<b>ICB</b> – Integrated Care Board"]:
    story.append(B(t))

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(50, 25, "Holmbury Vale Health and Wellbeing Board – 20 November 2025 – Agenda item 7")
    c.drawRightString(545, 25, f"Page {d.page}")
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                        title="Holmbury Vale Better Care Fund 2025-26: Quarter 2 Return")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
