"""Generate t25_fees_charges_2026_27.pdf (Veldrow Moor Council fees and charges schedule)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, ListFlowable, ListItem, KeepTogether)

OUT = "/work/trials_new/trial25/t25_fees_charges_2026_27.pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceBefore=6, spaceAfter=3)
note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))

story = []


def P(t, st=body):
    story.append(Paragraph(t, st))


def bullets(items):
    story.append(ListFlowable([ListItem(Paragraph(i, body), leftIndent=12) for i in items],
                              bulletType="bullet", start="\u2013", bulletFontName="Helvetica", leftIndent=14))
    story.append(Spacer(1, 4))


def table(data, widths, header_rows=1, spans=(), group_rows=(), total_rows=(), repeat=0, font=8, align_right_from=1):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), font),
        ("LEADING", (0, 0), (-1, -1), font + 2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#1f4e79")),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
    ]
    for s in spans:
        st.append(("SPAN",) + s)
    for r in group_rows:
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dde7f0")),
               ("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"), ("ALIGN", (0, r), (-1, r), "LEFT")]
    for r in total_rows:
        st += [("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
    t.setStyle(TableStyle(st))
    story.append(t)
    story.append(Spacer(1, 6))


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(20 * mm, 10 * mm, "Veldrow Moor Council - Cabinet 14 January 2026 - Fees and Charges 2026-27")
    canvas.drawRightString(190 * mm, 10 * mm, "Page %d" % doc.page)
    canvas.restoreState()


# ---------------------------------------------------------------- front matter
P("Veldrow Moor Council", ParagraphStyle("org", parent=body, fontName="Helvetica-Bold", fontSize=11))
P("Fees and Charges Schedule 2026-27", h1)
meta = [
    ["Meeting", "Cabinet"],
    ["Date of meeting", "14 January 2026"],
    ["Report of", "Director of Finance and Resources"],
    ["Report author", "Strategic Finance Business Partner (Income and Charging)"],
    ["Wards affected", "All wards"],
    ["Key decision", "Yes"],
    ["Status", "Open"],
]
mt = Table(meta, colWidths=[45 * mm, 120 * mm])
mt.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
story.append(mt)
story.append(Spacer(1, 8))

P("1. Purpose of the report", h2)
P("1.1 This report sets out the proposed fees and charges for council services for the financial year 2026-27, "
  "which starts on 1 April 2026. Cabinet is asked to approve the schedule of charges at Appendix A (Table 2) "
  "and the income estimates that will be built into the 2026-27 revenue budget to be considered by Council on "
  "25 February 2026.")

P("2. Recommendations", h2)
P("2.1 Cabinet is asked to:")
bullets([
    "approve the fees and charges set out in Table 2 with effect from 1 April 2026;",
    "note that discretionary charges rise by an average of 4.0%, compared with the September 2025 CPI inflation rate of 3.8%;",
    "approve a freeze on resident parking permit charges for 2026-27;",
    "approve a new charge of &pound;28.00 for the delivery of a replacement wheeled bin;",
    "delegate authority to the Director of Finance and Resources, in consultation with the Cabinet Member for Finance, "
    "to vary individual charges in year by up to 10% where this is needed to respond to market conditions.",
])

P("3. Background", h2)
P("3.1 The council's Income and Charging Policy, adopted in March 2023, requires every charge to be reviewed each year. "
  "Some charges are set by statute, for example most licensing fees under the Licensing Act 2003 and national planning "
  "application fees, and the council has no discretion over them. Other charges are set locally, and the policy is that "
  "they should recover the full cost of the service unless Cabinet has agreed a reason to subsidise it.")
P("3.2 Fees and charges are forecast to raise &pound;14.62m in 2025-26, around 11% of the council's gross service income. "
  "The proposed schedule is estimated to raise &pound;15.31m in 2026-27, an increase of &pound;690,000 (4.7%) on the "
  "2025-26 forecast and &pound;425,000 more than the 2025-26 budget.")

P("4. Approach to setting charges for 2026-27", h2)
P("4.1 The following principles have been applied in setting the proposed charges:")
bullets([
    "discretionary charges have been increased broadly in line with CPI (3.8%), rounded to the nearest 10p, or to the nearest &pound;1 for charges above &pound;50;",
    "statutory charges are shown at the level set by government; where a new level has not yet been announced the current charge is shown and the proposed charge is marked TBC;",
    "charges for services where the council competes with private providers, such as commercial waste and leisure, have been benchmarked against local competitors;",
    "no increase has been applied where demand is sensitive to price and a higher charge would reduce total income.",
])
P("4.2 Charges are shown including VAT where VAT applies. The VAT column in Table 2 uses the following codes: "
  "S = standard rated (20%); E = exempt; O = outside the scope of VAT (statutory or non-business activity).")

P("5. Summary of proposed changes by service group", h2)
P("5.1 Table 1 summarises the number of charges in each service group, the average proposed increase and the effect on income. "
  "Waste and recycling has the largest average increase (6.8%), mainly because the garden waste subscription rises from "
  "&pound;52.00 to &pound;58.00 to recover the full cost of the service. Planning and building control has the lowest "
  "average increase (1.3%) because most of its income comes from national planning fees.")
story.append(Paragraph("Table 1: Summary of proposed changes by service group (income in &pound;000)", cap))
t1 = [
    ["Service group", "Number of\ncharges", "Average\nincrease %", "Income 2025-26\nforecast", "Income 2026-27\nestimate", "Change"],
    ["Bereavement services", "14", "4.5%", "2,140", "2,236", "96"],
    ["Car parking", "22", "2.9%", "4,380", "4,455", "75"],
    ["Leisure and culture", "31", "4.2%", "3,210", "3,372", "162"],
    ["Licensing", "26", "2.1%", "612", "625", "13"],
    ["Planning and building control", "12", "1.3%", "1,455", "1,480", "25"],
    ["Registration services", "9", "3.6%", "398", "412", "14"],
    ["Waste and recycling", "17", "6.8%", "2,425", "2,730", "305"],
    ["Total", "131", "4.0%", "14,620", "15,310", "690"],
]
table(t1, [150, 60, 60, 80, 80, 55], total_rows=(8,))

# ---------------------------------------------------------------- Appendix A long table
P("6. Schedule of main charges (Appendix A)", h2)
P("6.1 Table 2 lists the main charges in each service group. The full schedule of 131 charges is available as a background paper. "
  "Where a charge is new for 2026-27 the current charge is shown as a dash and the increase as n/a.")
story.append(Paragraph("Table 2: Schedule of main charges, 2025-26 and proposed 2026-27 (&pound;, including VAT where applicable)", cap))
H = ["Ref", "Charge", "Unit", "VAT", "2025-26 \u00a3", "2026-27 \u00a3", "Increase %"]
rows = [H]
groups = []
def G(name):
    groups.append(len(rows)); rows.append([name, "", "", "", "", "", ""])
G("Bereavement services")
rows += [
    ["B1", "New grave - exclusive right of burial (50 years)", "per grave", "E", "1,650.00", "1,725.00", "4.5%"],
    ["B2", "Interment - adult (resident)", "per interment", "E", "980.00", "1,025.00", "4.6%"],
    ["B3", "Interment - child under 18", "per interment", "E", "Nil", "Nil", "\u2013"],
    ["B4", "Cremation - adult (standard service)", "per cremation", "E", "895.00", "935.00", "4.5%"],
    ["B5", "Direct cremation (unattended)", "per cremation", "E", "520.00", "540.00", "3.8%"],
    ["B6", "Memorial bench plaque (10 years)", "each", "S", "385.00", "400.00", "3.9%"],
    ["B7", "Certified copy of burial register entry", "each", "O", "32.00", "33.00", "3.1%"],
]
G("Car parking")
rows += [
    ["P1", "Short stay car parks - up to 1 hour", "per visit", "S", "1.50", "1.60", "6.7%"],
    ["P2", "Short stay car parks - up to 2 hours", "per visit", "S", "2.80", "2.90", "3.6%"],
    ["P3", "Short stay car parks - up to 4 hours", "per visit", "S", "4.60", "4.80", "4.3%"],
    ["P4", "Long stay car parks - all day", "per day", "S", "6.20", "6.40", "3.2%"],
    ["P5", "Resident parking permit - first vehicle", "per year", "O", "55.00", "55.00", "0.0%"],
    ["P6", "Resident parking permit - second vehicle", "per year", "O", "95.00", "95.00", "0.0%"],
    ["P7", "Business parking permit", "per year", "S", "640.00", "665.00", "3.9%"],
    ["P8", "Penalty charge notice - higher level", "each", "O", "70.00", "70.00", "\u2013"],
    ["P9", "Penalty charge notice - lower level", "each", "O", "50.00", "50.00", "\u2013"],
]
G("Leisure and culture")
rows += [
    ["L1", "Swimming - adult casual swim", "per session", "E", "5.40", "5.60", "3.7%"],
    ["L2", "Swimming - junior (under 16)", "per session", "E", "3.20", "3.30", "3.1%"],
    ["L3", "Swimming - Leisure Card concession", "per session", "E", "2.70", "2.70", "0.0%"],
    ["L4", "Gym - pay and play", "per session", "E", "7.50", "7.90", "5.3%"],
    ["L5", "Gym and swim membership (adult)", "per month", "E", "34.00", "35.50", "4.4%"],
    ["L6", "Sports hall hire - full hall (peak)", "per hour", "E", "62.00", "65.00", "4.8%"],
    ["L7", "Artificial grass pitch - full pitch (peak)", "per hour", "E", "88.00", "92.00", "4.5%"],
    ["L8", "Penvallen Heritage Museum - adult admission", "each", "E", "6.00", "6.50", "8.3%"],
    ["L9", "Quarndell Library community room hire", "per hour", "E", "24.00", "25.00", "4.2%"],
]
G("Licensing")
rows += [
    ["K1", "Premises licence - new application (band C)", "each", "O", "315.00", "315.00", "\u2013"],
    ["K2", "Personal licence - new application", "each", "O", "37.00", "37.00", "\u2013"],
    ["K3", "Hackney carriage vehicle licence (1 year)", "each", "O", "255.00", "262.00", "2.7%"],
    ["K4", "Private hire driver licence (3 years)", "each", "O", "310.00", "318.00", "2.6%"],
    ["K5", "Street trading consent (annual)", "each", "O", "1,240.00", "1,275.00", "2.8%"],
    ["K6", "Animal boarding licence - new (1 year)", "each", "O", "420.00", "432.00", "2.9%"],
    ["K7", "Betting shop premises licence - annual fee", "each", "O", "600.00", "TBC", "n/a"],
]
G("Planning and building control")
rows += [
    ["D1", "Planning application - householder", "each", "O", "528.00", "528.00", "\u2013"],
    ["D2", "Pre-application advice - householder", "each", "S", "120.00", "125.00", "4.2%"],
    ["D3", "Pre-application advice - major (10 to 49 homes)", "each", "S", "2,400.00", "2,500.00", "4.2%"],
    ["D4", "Building regulations - full plans, small extension", "each", "S", "860.00", "880.00", "2.3%"],
    ["D5", "Street naming and numbering - new property", "per plot", "O", "95.00", "98.00", "3.2%"],
    ["D6", "Local land charges - official search", "each", "S", "168.00", "172.00", "2.4%"],
]
G("Registration services")
rows += [
    ["R1", "Ceremony at Register Office (Monday to Thursday)", "each", "O", "57.00", "57.00", "\u2013"],
    ["R2", "Ceremony at approved venue (Friday or Saturday)", "each", "O", "610.00", "635.00", "4.1%"],
    ["R3", "Ceremony at approved venue (Sunday or bank holiday)", "each", "O", "720.00", "750.00", "4.2%"],
    ["R4", "Certificate - at time of registration", "each", "O", "12.50", "12.50", "\u2013"],
    ["R5", "Nationality checking service - adult", "each", "S", "95.00", "99.00", "4.2%"],
    ["R6", "Approved premises licence (3 years)", "each", "O", "1,850.00", "1,920.00", "3.8%"],
]
G("Waste and recycling")
rows += [
    ["W1", "Garden waste subscription - first bin", "per year", "O", "52.00", "58.00", "11.5%"],
    ["W2", "Garden waste subscription - additional bin", "per year", "O", "40.00", "45.00", "12.5%"],
    ["W3", "Bulky waste collection - up to 3 items", "per collection", "O", "36.00", "38.00", "5.6%"],
    ["W4", "Bulky waste collection - each additional item", "per item", "O", "9.00", "10.00", "11.1%"],
    ["W5", "Replacement wheeled bin - delivery", "each", "O", "\u2013", "28.00", "n/a"],
    ["W6", "Commercial waste - 1,100 litre general waste bin", "per lift", "S", "21.40", "22.60", "5.6%"],
    ["W7", "Commercial waste - 240 litre recycling bin", "per lift", "S", "6.10", "6.40", "4.9%"],
    ["W8", "Fixed penalty notice - fly-tipping", "each", "O", "400.00", "400.00", "\u2013"],
]
table(rows, [24, 205, 62, 26, 52, 52, 48], group_rows=groups, repeat=1, font=8, align_right_from=4)
P("Notes: Nil = no charge is made (child burials are funded through the national Children's Funeral Fund). "
  "TBC = statutory or capped fee where the 2026-27 level has not yet been confirmed. "
  "\u2013 = no change because the charge is set by statute.", note)

# ---------------------------------------------------------------- income table with 2-row header
P("7. Income estimates", h2)
P("7.1 Table 3 compares the 2025-26 budget with the forecast outturn reported at month 8 and sets out the 2026-27 estimate. "
  "Figures in brackets are shortfalls against budget.")
P("7.2 Car parking income is forecast to fall short of budget by &pound;270,000 in 2025-26. This reflects lower town centre "
  "footfall in Oxtarrow and Dunmerrick and the closure of the Mill Lane car park for resurfacing between June and September 2025. "
  "The 2026-27 estimate for car parking (&pound;4.455m) has therefore been set &pound;195,000 below the 2025-26 budget.")
P("7.3 Planning and building control income is forecast to be &pound;135,000 below budget because fewer major planning "
  "applications have been received than expected. Bereavement services and leisure are each forecast to exceed budget by &pound;60,000.")
story.append(Paragraph("Table 3: Fees and charges income by directorate and service group, 2025-26 and 2026-27", cap))
t3 = [
    ["\u00a3000", "2025-26", "", "", "2026-27", ""],
    ["Service group", "Budget", "Forecast", "Variance", "Estimate", "Change vs\n2025-26 budget"],
    ["Environment and place", "", "", "", "", ""],
    ["Bereavement services", "2,080", "2,140", "60", "2,236", "156"],
    ["Car parking", "4,650", "4,380", "(270)", "4,455", "(195)"],
    ["Waste and recycling", "2,390", "2,425", "35", "2,730", "340"],
    ["Subtotal environment and place", "9,120", "8,945", "(175)", "9,421", "301"],
    ["Communities and culture", "", "", "", "", ""],
    ["Leisure and culture", "3,150", "3,210", "60", "3,372", "222"],
    ["Registration services", "385", "398", "13", "412", "27"],
    ["Subtotal communities and culture", "3,535", "3,608", "73", "3,784", "249"],
    ["Regulatory services", "", "", "", "", ""],
    ["Licensing", "640", "612", "(28)", "625", "(15)"],
    ["Planning and building control", "1,590", "1,455", "(135)", "1,480", "(110)"],
    ["Subtotal regulatory services", "2,230", "2,067", "(163)", "2,105", "(125)"],
    ["Total fees and charges income", "14,885", "14,620", "(265)", "15,310", "425"],
]
table(t3, [160, 60, 60, 60, 60, 80], header_rows=2,
      spans=(((1, 0), (3, 0)), ((4, 0), (5, 0))), group_rows=(2, 7, 11), total_rows=(6, 10, 14, 15))

# ---------------------------------------------------------------- concessions
P("8. Concessions", h2)
P("8.1 The council offers concessions so that charges do not prevent people on low incomes from using services. "
  "The cost of concessions in 2026-27 is estimated at &pound;409,000, shown in Table 4. No changes to eligibility are proposed.")
story.append(Paragraph("Table 4: Concessionary discounts and estimated cost, 2026-27", cap))
t4 = [
    ["Concession", "Eligible group", "Discount", "Estimated\nusers", "Estimated\ncost \u00a3000"],
    ["Leisure Card - standard", "Residents on means-tested benefits", "50%", "4,850", "312"],
    ["Leisure Card - young carers", "Registered young carers", "Free swimming", "240", "18"],
    ["Armed forces veterans", "Holders of a Veterans ID card", "20%", "610", "22"],
    ["Garden waste - CTR", "Council Tax Reduction recipients", "50%", "1,120", "29"],
    ["Bulky waste - CTR", "Council Tax Reduction recipients", "First collection free", "780", "28"],
    ["Total", "", "", "7,600", "409"],
]
table(t4, [120, 150, 85, 55, 65], total_rows=(6,), align_right_from=3)

# ---------------------------------------------------------------- benchmarking
P("9. Benchmarking", h2)
P("9.1 Table 5 compares selected proposed charges with the current (2025-26) charges of three neighbouring councils. "
  "Veldrow Moor's proposed charges remain at or below the neighbour average for most services. The proposed garden waste "
  "charge of &pound;58.00 is below the neighbour average of &pound;59.67.")
story.append(Paragraph("Table 5: Benchmarking of selected charges against neighbouring councils (&pound;)", cap))
t5 = [
    ["Charge", "Veldrow Moor\n2026-27\nproposed", "Veldrow Moor\n2025-26", "Brennock Vale", "Tarnholme", "Gellingsford", "Neighbour\naverage"],
    ["Garden waste subscription", "58.00", "52.00", "60.00", "55.00", "64.00", "59.67"],
    ["Cremation - adult", "935.00", "895.00", "960.00", "910.00", "1,010.00", "960.00"],
    ["Adult casual swim", "5.60", "5.40", "5.80", "5.20", "6.10", "5.70"],
    ["Long stay parking - all day", "6.40", "6.20", "7.00", "5.50", "n/a", "6.25"],
    ["Bulky waste - up to 3 items", "38.00", "36.00", "42.00", "30.00", "45.00", "39.00"],
    ["Pre-application advice - householder", "125.00", "120.00", "150.00", "100.00", "\u2013", "125.00"],
]
table(t5, [145, 60, 58, 58, 55, 58, 52])
P("n/a = Gellingsford Council does not operate long stay car parks. \u2013 = service not offered.", note)

P("10. Consultation", h2)
P("10.1 Consultation on the proposed garden waste increase ran from 6 October to 16 November 2025 and received 1,342 responses. "
  "61% of respondents said they would continue to subscribe at &pound;58.00 and 24% said they would use the household waste "
  "recycling centre instead. The 2026-27 estimate assumes 38,500 garden waste subscriptions, down from 39,200 in 2025-26.")
P("10.2 Leisure charges were discussed with the Veldrow Moor Swimming Club and the Leisure User Forum in October 2025. "
  "No other formal consultation was required.")

P("11. Equality impact", h2)
P("11.1 An equality impact assessment has been completed. The main impact identified is on older and disabled residents who rely "
  "on garden waste and bulky waste collections. This is mitigated by the 50% Council Tax Reduction concession on garden waste "
  "and the free first bulky waste collection for Council Tax Reduction recipients.")

P("12. Risks", h2)
P("12.1 The main risks to achieving the 2026-27 income estimates are:")
bullets([
    "car parking demand continuing below pre-pandemic levels; each 1% fall in car park usage reduces income by about &pound;45,000 a year;",
    "lower take-up of garden waste subscriptions following the 11.5% increase;",
    "delays to the national review of planning fees, which could change planning application income;",
    "competition from new private gyms in Oxtarrow affecting leisure membership income.",
])
P("12.2 These risks are reflected in the corporate income risk reserve, which holds &pound;600,000.")

P("13. Financial implications", h2)
P("13.1 The 2026-27 estimate of &pound;15.31m is &pound;425,000 higher than the 2025-26 budget. This contributes to the "
  "&pound;3.2m of savings and additional income required to balance the 2026-27 budget under the Medium Term Financial Strategy.")

P("14. Background papers", h2)
bullets([
    "Full schedule of fees and charges 2026-27 (131 charges)",
    "Income and Charging Policy (March 2023)",
    "Garden waste charging consultation report (November 2025)",
    "Equality impact assessment - fees and charges 2026-27",
])

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                        title="Fees and Charges Schedule 2026-27", author="Veldrow Moor Council")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
