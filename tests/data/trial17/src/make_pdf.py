"""Generate t17_uec_ambulance_ucr_performance.pdf (ICB board paper) with reportlab."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

OUT = "/work/trials_new/trial17/t17_uec_ambulance_ucr_performance.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Title"], fontSize=16, leading=20, alignment=0)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
B = ParagraphStyle("B", parent=ss["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=5)
BL = ParagraphStyle("BL", parent=B, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle("CAP", parent=B, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("NOTE", parent=B, fontSize=7.5, leading=9, textColor=colors.HexColor("#333333"))
C = ParagraphStyle("C", parent=B, fontSize=7.8, leading=9.5, spaceAfter=0)
CB = ParagraphStyle("CB", parent=C, fontName="Helvetica-Bold")


def fmt(n, dp=0):
    if n is None:
        return ""
    if isinstance(n, str):
        return n
    if n < 0:
        return "(" + f"{-n:,.{dp}f}" + ")"
    return f"{n:,.{dp}f}"


def base_style(extra=None):
    st = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f7f7f")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    return st + (extra or [])


HEAD_BG = colors.HexColor("#1f3864")
GRP_BG = colors.HexColor("#d9e2f3")
TOT_BG = colors.HexColor("#bfbfbf")

story = []
story.append(Paragraph("Marrowdene Vale Integrated Care Board", B))
story.append(Paragraph("Urgent and Emergency Care Performance Report: Ambulance Response, Handover and Urgent Community Response", H1))
meta = [
    ["Meeting", "ICB Board (Part A – meeting in public)"],
    ["Meeting date", "14 January 2026"],
    ["Report date", "5 January 2026"],
    ["Agenda item", "9.2"],
    ["Report author", "Associate Director of Urgent and Emergency Care Performance"],
    ["Executive lead", "Chief Delivery Officer"],
    ["Data period", "April to November 2025 (validated data to 30 November 2025)"],
    ["Purpose", "For assurance and discussion"],
]
mt = Table(meta, colWidths=[40 * mm, 130 * mm])
mt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
    ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
]))
story += [mt, Spacer(1, 6)]

story.append(Paragraph("1. Purpose of the report", H2))
story.append(Paragraph(
    "This report gives the Board an update on urgent and emergency care (UEC) performance for people registered with "
    "Marrowdene Vale general practices. It covers ambulance response times delivered by Vale and Uplands Ambulance "
    "Service NHS Trust (VUAS), ambulance handover delays at the hospitals that receive Marrowdene Vale patients, the "
    "2-hour Urgent Community Response (UCR) service provided by Marrowdene Community Health NHS Trust, and the "
    "virtual ward (hospital at home) programme. It also reports spend against the 2025-26 UEC winter and improvement schemes.", B))

story.append(Paragraph("2. Executive summary", H2))
story.append(Paragraph(
    "Performance improved through the summer but deteriorated in October and November as demand rose. The key points are:", B))
for t in [
    "The Category 2 mean response time was 36.2 minutes in November 2025, against the national ambition of 30 minutes; the best month this year was August at 27.5 minutes.",
    "Ambulance incidents reached 11,932 in November 2025, the highest monthly figure this financial year.",
    "Hours lost to handover delays across all receiving sites rose from 2,580 in October to 3,448 in November, driven mainly by Kessford General Hospital.",
    "The 2-hour UCR service saw 71.6% of referrals within two hours in November, above the 70% national standard for the sixth consecutive month.",
    "Virtual ward occupancy was 75.7% in November against the ICB target of 80%; heart failure and paediatric pathways remain below plan.",
    "UEC schemes are forecast to underspend by £167k against a budget of £6,680k.",
]:
    story.append(Paragraph(t, BL, bulletText="-"))

story.append(Paragraph("3. Ambulance response times", H2))
story.append(Paragraph(
    "Table 1 shows response times for incidents involving Marrowdene Vale patients. The Category 1 mean has remained "
    "above the 7-minute standard in every month this year. Category 2, which includes heart attacks and strokes, is the "
    "category most affected by handover delays because crews held at hospital are not available to respond. The 2025-26 "
    "Urgent and Emergency Care Plan set an interim ambition of an average Category 2 response of 30 minutes across the year.", B))
story.append(Paragraph(
    "VUAS has reported that staff sickness absence increased during November, and a mental health response vehicle pilot "
    "began operating from the Oldbrigg station in October 2025. VUAS has not yet provided locality-level response data, "
    "although anecdotal reports suggest rural parts of Wyndhallow experience longer waits.", B))

months = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25", "Nov-25"]
resp = [
    ("Category 1 mean", [8.1, 8.0, 7.9, 8.2, 7.8, 8.0, 8.3, 8.6], "7.0"),
    ("Category 1 90th centile", [14.2, 14.0, 13.8, 14.5, 13.9, 14.1, 14.8, 15.3], "15.0"),
    ("Category 2 mean", [31.4, 29.8, 28.6, 30.9, 27.5, 29.2, 33.7, 36.2], "30.0"),
    ("Category 2 90th centile", [66.8, 62.1, 59.4, 64.7, 57.3, 61.0, 71.9, 78.4], "40.0"),
    ("Category 3 90th centile", [201.5, 188.2, 176.4, 190.8, 168.9, 182.6, 214.3, 236.0], "120.0"),
    ("Category 4 90th centile", [245.0, 231.6, 219.8, 240.2, 205.1, 226.4, 262.7, 281.5], "180.0"),
]
incidents = [10842, 11105, 10678, 11290, 10936, 10711, 11468, 11932]
story.append(Paragraph("Table 1: Ambulance response times, Marrowdene Vale patients, April to November 2025", CAP))
rows = [["Units: minutes (decimal)"] + [""] * 9,
        ["Measure"] + months + ["Standard"]]
for lab, vals, std in resp:
    rows.append([lab] + [fmt(v, 1) for v in vals] + [std])
rows.append(["Incidents (number)"] + [fmt(v) for v in incidents] + ["n/a"])
t1 = Table(rows, colWidths=[38 * mm] + [15 * mm] * 8 + [14 * mm], repeatRows=2)
t1.setStyle(TableStyle(base_style([
    ("SPAN", (0, 0), (-1, 0)),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Oblique", 7.5),
    ("ALIGN", (0, 0), (-1, 0), "LEFT"),
    ("BACKGROUND", (0, 1), (-1, 1), HEAD_BG),
    ("TEXTCOLOR", (0, 1), (-1, 1), colors.white),
    ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 7.8),
    ("ALIGN", (0, 1), (0, -1), "LEFT"),
])))
story.append(t1)
story.append(Paragraph(
    "Source: VUAS computer-aided dispatch extract. Standards are the national Ambulance Response Programme standards; the "
    "Category 2 standard shown is the 2025-26 interim ambition.", NOTE))

# ---------------- Section 4 handover
story.append(Paragraph("4. Ambulance handover delays", H2))
story.append(Paragraph(
    "Every minute a crew waits beyond 15 minutes to hand over a patient is counted as lost time. Since 1 October 2025 all "
    "sites have operated the 45-minute \"release to respond\" protocol, under which a crew may be released if the handover "
    "has not been completed within 45 minutes. Table 2 shows October and November 2025 by receiving site.", B))
story.append(Paragraph(
    "Kessford General Hospital accounted for 66.3% of all hours lost in November (2,287 of 3,448 hours). A new ambulance "
    "cohort area at Kessford General opened on 17 November 2025 and its effect will be reported to the March Board.", B))

sites = {
    "Marrowdene Hospitals NHS Foundation Trust": [
        ("Kessford General Hospital", (3412, 38.5, 786, 1642), (3598, 44.2, 1021, 2287)),
        ("Oldbrigg Royal Infirmary", (2587, 29.1, 402, 811), (2701, 31.8, 498, 1004)),
    ],
    "Neighbouring trusts (out of area)": [
        ("Tallowbridge University Hospital", (612, 24.3, 58, 96), (640, 26.0, 71, 118)),
        ("Carrickmoor District Hospital", (298, 19.7, 17, 31), (305, 21.4, 22, 39)),
    ],
}


def agg(lst):
    arr = sum(x[0] for x in lst)
    avg = sum(x[0] * x[1] for x in lst) / arr
    return (arr, round(avg, 1), sum(x[2] for x in lst), sum(x[3] for x in lst))


rows = [["Receiving site", "October 2025", "", "", "", "November 2025", "", "", ""],
        ["", "Arrivals", "Mean handover (mins)", "Over 45 mins", "Hours lost",
         "Arrivals", "Mean handover (mins)", "Over 45 mins", "Hours lost"]]
style_extra = [
    ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (8, 0)),
    ("BACKGROUND", (0, 0), (-1, 1), HEAD_BG), ("TEXTCOLOR", (0, 0), (-1, 1), colors.white),
    ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.5),
]
all_oct, all_nov = [], []
hdr_cells = rows[1]
rows[1] = [Paragraph(f"<font color='white'><b>{c}</b></font>", ParagraphStyle("x", parent=C, alignment=1, fontSize=7.2, leading=8.6)) if c else c for c in hdr_cells]
for grp, members in sites.items():
    r = len(rows)
    rows.append([grp] + [""] * 8)
    style_extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GRP_BG),
                    ("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8), ("ALIGN", (0, r), (-1, r), "LEFT")]
    octs, novs = [], []
    for name, o, n in members:
        rows.append([name, fmt(o[0]), fmt(o[1], 1), fmt(o[2]), fmt(o[3]),
                     fmt(n[0]), fmt(n[1], 1), fmt(n[2]), fmt(n[3])])
        octs.append(o); novs.append(n)
    all_oct += octs; all_nov += novs
    so, sn = agg(octs), agg(novs)
    r = len(rows)
    rows.append(["Subtotal", fmt(so[0]), fmt(so[1], 1), fmt(so[2]), fmt(so[3]),
                 fmt(sn[0]), fmt(sn[1], 1), fmt(sn[2]), fmt(sn[3])])
    style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8)]
to, tn = agg(all_oct), agg(all_nov)
r = len(rows)
rows.append(["Total (all receiving sites)", fmt(to[0]), fmt(to[1], 1), fmt(to[2]), fmt(to[3]),
             fmt(tn[0]), fmt(tn[1], 1), fmt(tn[2]), fmt(tn[3])])
style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8), ("BACKGROUND", (0, r), (-1, r), TOT_BG)]
print("handover totals", to, tn)
story.append(Paragraph("Table 2: Ambulance handovers by receiving site, October and November 2025", CAP))
t2 = Table(rows, colWidths=[46 * mm] + [16 * mm] * 8)
t2.setStyle(TableStyle(base_style(style_extra + [("ALIGN", (0, 2), (0, -1), "LEFT")])))
story.append(t2)
story.append(Paragraph("Hours lost = time beyond 15 minutes from arrival to handover, summed across all handovers. "
                       "Mean handover for subtotals and total is weighted by arrivals.", NOTE))

# ---------------- Section 5 UCR
story.append(Paragraph("5. Urgent Community Response (2-hour UCR)", H2))
story.append(Paragraph(
    "Urgent Community Response (UCR) teams provide a clinical assessment in a person's home within two hours of referral "
    "for people at risk of hospital admission because of a crisis such as a fall, sudden loss of mobility or a carer breakdown. "
    "The national standard is that at least 70% of referrals are seen within two hours. The Marrowdene Vale service operates "
    "8am to 8pm, seven days a week, across all five localities.", B))

# long table: locality x source (cumulative Apr-Nov)
loc_src = {
    "Kessford": [("GP", 812, 590), ("NHS 111", 402, 281), ("Ambulance (VUAS)", 756, 560), ("Care home", 318, 236), ("Self or family", 205, 139), ("Other", 96, 64)],
    "Oldbrigg": [("GP", 601, 435), ("NHS 111", 288, 200), ("Ambulance (VUAS)", 547, 398), ("Care home", 241, 181), ("Self or family", 140, 93), ("Other", 58, 39)],
    "Wyndhallow": [("GP", 377, 231), ("NHS 111", 190, 113), ("Ambulance (VUAS)", 352, 224), ("Care home", 118, 76), ("Self or family", 84, 49), ("Other", 41, 24)],
    "Sallowmead": [("GP", 344, 247), ("NHS 111", 171, 119), ("Ambulance (VUAS)", 296, 214), ("Care home", 154, 117), ("Self or family", 77, 54), ("Other", 33, 22)],
    "Pennick Cross": [("GP", 298, 206), ("NHS 111", 163, 111), ("Ambulance (VUAS)", 281, 199), ("Care home", 102, 75), ("Self or family", 69, 46), ("Other", 28, 17)],
}
loc_src = {k: [(s_, round(a * 1.3683), round(b * 1.3767)) for s_, a, b in v] for k, v in loc_src.items()}
tot_ref = sum(x[1] for v in loc_src.values() for x in v)
tot_2h = sum(x[2] for v in loc_src.values() for x in v)
print("UCR total referrals", tot_ref, "within 2h", tot_2h, round(100 * tot_2h / tot_ref, 1))

ucr_ref = [1204, 1268, 1231, 1315, 1189, 1342, 1427, None]
ucr_2h = [803, 872, 869, 933, 851, 965, 1026, None]
ucr_ref[-1] = tot_ref - sum(ucr_ref[:-1])
ucr_2h[-1] = tot_2h - sum(ucr_2h[:-1])
pcts = [round(100 * a / b, 1) for a, b in zip(ucr_2h, ucr_ref)]
print("UCR monthly", ucr_ref, ucr_2h, pcts)

story.append(Paragraph("The most common reasons for referral to UCR in November 2025 were:", B))
for t in [
    "falls without serious injury, including people unable to get up from the floor (31% of referrals);",
    "reduced function or deconditioning, for example a sudden loss of mobility (22%);",
    "urgent support for people with diabetes, including hypoglycaemia (6%);",
    "urgent catheter care (9%);",
    "carer breakdown, where an unpaid carer is suddenly unable to continue providing care (7%);",
    "palliative and end of life crisis support (5%).",
]:
    story.append(Paragraph(t, BL, bulletText="-"))
story.append(Paragraph(
    "The remaining 20% of referrals covered a range of other conditions, including confusion or delirium and urgent "
    "equipment provision. A new direct referral route from care homes to UCR went live in September 2025.", B))
story.append(Paragraph(
    f"Between April and November 2025 the service received {tot_ref:,} referrals, of which {tot_2h:,} "
    f"({100 * tot_2h / tot_ref:.1f}%) were seen within two hours. Monthly performance is shown in Table 3.", B))
story.append(Paragraph("Table 3: 2-hour UCR referrals and performance by month, April to November 2025", CAP))
rows = [["Measure"] + months + ["Apr–Nov"],
        ["Referrals received"] + [fmt(v) for v in ucr_ref] + [fmt(tot_ref)],
        ["Seen within 2 hours"] + [fmt(v) for v in ucr_2h] + [fmt(tot_2h)],
        ["% seen within 2 hours"] + [fmt(v, 1) for v in pcts] + [fmt(100 * tot_2h / tot_ref, 1)],
        ["National standard (%)"] + ["70.0"] * 8 + ["70.0"],
        ["RAG"] + ["Red" if p < 70 else "Green" for p in pcts] + ["Green" if 100 * tot_2h / tot_ref >= 70 else "Red"]]
t3 = Table(rows, colWidths=[36 * mm] + [14.5 * mm] * 8 + [16 * mm])
t3.setStyle(TableStyle(base_style([
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8), ("ALIGN", (0, 0), (0, -1), "LEFT"),
])))
story.append(t3)
story.append(Paragraph(
    "Performance dipped below the standard in April and May while new staff were inducted. From June onwards the service "
    "has met the standard every month.", B))

story.append(Paragraph(
    "Table 4 breaks down cumulative referrals by locality and referral source. Wyndhallow, the most rural locality, has "
    "the lowest proportion seen within two hours because of travel times; a satellite team based at Wyndhallow Health "
    "Centre is planned for 2026-27, subject to funding.", B))
story.append(Paragraph("Table 4: 2-hour UCR referrals by locality and referral source, April to November 2025 (cumulative)", CAP))
rows = [["Locality / referral source", "Referrals", "Seen within 2 hours", "% within 2 hours", "RAG"]]
style_extra = [
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8), ("ALIGN", (0, 0), (0, -1), "LEFT"),
]
for loc, srcs in loc_src.items():
    r = len(rows)
    rows.append([loc, "", "", "", ""])
    style_extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GRP_BG),
                    ("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8)]
    for s, a, b in srcs:
        p = 100 * b / a
        rows.append(["   " + s, fmt(a), fmt(b), fmt(p, 1), "Green" if p >= 70 else "Red"])
    a = sum(x[1] for x in srcs); b = sum(x[2] for x in srcs); p = 100 * b / a
    r = len(rows)
    rows.append([f"{loc} total", fmt(a), fmt(b), fmt(p, 1), "Green" if p >= 70 else "Red"])
    style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8)]
    print(loc, a, b, round(p, 1))
r = len(rows)
rows.append(["Marrowdene Vale total", fmt(tot_ref), fmt(tot_2h), fmt(100 * tot_2h / tot_ref, 1),
             "Green" if tot_2h / tot_ref >= 0.7 else "Red"])
style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8), ("BACKGROUND", (0, r), (-1, r), TOT_BG)]
# source totals across localities
src_names = [s for s, _, _ in loc_src["Kessford"]]
for s in src_names:
    a = sum(x[1] for v in loc_src.values() for x in v if x[0] == s)
    b = sum(x[2] for v in loc_src.values() for x in v if x[0] == s)
    print("source", s, a, b, round(100 * b / a, 1))
t4 = Table(rows, colWidths=[60 * mm, 25 * mm, 30 * mm, 28 * mm, 20 * mm], repeatRows=1)
t4.setStyle(TableStyle(base_style(style_extra)))
story.append(t4)
story.append(Paragraph("Source: Marrowdene Community Health NHS Trust UCR dashboard. \"Other\" includes social care, "
                       "community nursing and hospital discharge teams.", NOTE))

# ---------------- Section 6 virtual wards
story.append(Paragraph("6. Virtual wards (hospital at home)", H2))
story.append(Paragraph(
    "Virtual wards allow patients who would otherwise be in hospital to receive acute care, monitoring and treatment at "
    "home, either instead of admission (step-up) or to support earlier discharge (step-down). Marrowdene Vale has 145 "
    "commissioned virtual ward beds across five pathways. The ICB target is 80% occupancy.", B))
vw = [
    ("Frailty", 60, 49.8, 212, 6.9, 71),
    ("Respiratory (adult)", 40, 28.4, 164, 5.2, 58),
    ("Heart failure", 20, 12.6, 41, 9.3, 34),
    ("Paediatric respiratory", 10, 5.9, 58, 3.0, 81),
    ("OPAT (IV antibiotics)", 15, 13.1, 39, 10.1, 12),
]
rows = [["Pathway", "Capacity (beds)", "Average occupied beds", "Occupancy (%)", "Admissions", "Average length of stay (days)", "Step-up admissions (%)", "RAG"]]
for p, cap, occ, adm, los, su in vw:
    o = 100 * occ / cap
    rag = "Green" if o >= 80 else ("Amber" if o >= 70 else "Red")
    rows.append([p, fmt(cap), fmt(occ, 1), fmt(o, 1), fmt(adm), fmt(los, 1), fmt(su), rag])
capt = sum(x[1] for x in vw); occt = sum(x[2] for x in vw); admt = sum(x[3] for x in vw)
rows.append(["Total", fmt(capt), fmt(occt, 1), fmt(100 * occt / capt, 1), fmt(admt), "–", "–", "Amber"])
print("VW", capt, occt, round(100 * occt / capt, 1), admt)
cap5 = Paragraph("Table 5: Virtual ward capacity and occupancy by pathway, November 2025", CAP)
hdr = [Paragraph(f"<font color='white'><b>{c}</b></font>", ParagraphStyle("x2", parent=C, alignment=1)) for c in rows[0]]
rows[0] = hdr
t5 = Table(rows, colWidths=[38 * mm, 18 * mm, 20 * mm, 20 * mm, 20 * mm, 22 * mm, 22 * mm, 14 * mm])
t5.setStyle(TableStyle(base_style([
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("ALIGN", (0, 0), (0, -1), "LEFT"),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.8), ("BACKGROUND", (0, -1), (-1, -1), TOT_BG),
])))
story.append(KeepTogether([cap5, t5]))
story.append(Paragraph("RAG: Green 80% or above; Amber 70% to 79.9%; Red below 70%. OPAT = outpatient parenteral antimicrobial therapy.", NOTE))
story.append(Paragraph(
    "The heart failure pathway continues to receive fewer referrals than planned. The community heart failure nursing "
    "team is working with Oldbrigg Royal Infirmary cardiology to identify step-down patients earlier. Patient experience "
    "feedback on virtual wards has been positive, although the survey response rate has not yet been published.", B))

# ---------------- Section 7 finance
story.append(Paragraph("7. UEC winter and improvement schemes: financial position", H2))
story.append(Paragraph(
    "The ICB approved a UEC investment of £6,680k for 2025-26. At month 8 the schemes are forecast to spend £6,513k, an "
    "underspend of £167k, mainly because of recruitment delays in the virtual ward expansion. Variances are shown as "
    "forecast less budget; figures in brackets are underspends.", B))
fin = {
    "Ambulance and hospital interface": [
        ("Hospital ambulance liaison officers (HALOs)", 420, 268, 405),
        ("Ambulance cohort area, Kessford General", 850, 312, 905),
        ("Clinical validation of Category 3 and 4 calls", 610, 402, 598),
    ],
    "Community and out-of-hospital": [
        ("UCR additional capacity", 1240, 846, 1268),
        ("Virtual ward expansion", 2150, 1188, 1914),
        ("Care Coordination Hub (single point of access)", 980, 641, 992),
        ("Falls response service (non-injury falls)", 430, 301, 431),
    ],
}
rows = [["Scheme", "2025-26", "", "", ""],
        ["", "Annual budget", "Actual to Month 8", "Forecast outturn", "Variance"]]
style_extra = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (4, 0)),
               ("BACKGROUND", (0, 0), (-1, 1), HEAD_BG), ("TEXTCOLOR", (0, 0), (-1, 1), colors.white),
               ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.8), ("ALIGN", (0, 2), (0, -1), "LEFT")]
gb = ga = gf = 0
for grp, items in fin.items():
    r = len(rows)
    rows.append([grp, "", "", "", ""])
    style_extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GRP_BG),
                    ("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8), ("ALIGN", (0, r), (-1, r), "LEFT")]
    sb = sa = sf = 0
    for n, b, a, f in items:
        rows.append([n, fmt(b), fmt(a), fmt(f), fmt(f - b)])
        sb += b; sa += a; sf += f
    r = len(rows)
    rows.append(["Subtotal", fmt(sb), fmt(sa), fmt(sf), fmt(sf - sb)])
    style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8)]
    print("fin sub", grp, sb, sa, sf, sf - sb)
    gb += sb; ga += sa; gf += sf
r = len(rows)
rows.append(["Total UEC schemes", fmt(gb), fmt(ga), fmt(gf), fmt(gf - gb)])
style_extra += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.8), ("BACKGROUND", (0, r), (-1, r), TOT_BG)]
print("fin total", gb, ga, gf, gf - gb)
story.append(Paragraph("Table 6: UEC winter and improvement schemes, 2025-26 financial position at Month 8 (£000)", CAP))
t6 = Table(rows, colWidths=[72 * mm, 24 * mm, 26 * mm, 26 * mm, 22 * mm])
t6.setStyle(TableStyle(base_style(style_extra)))
story.append(t6)

# ---------------- Section 8 risks
story.append(Paragraph("8. Risks and mitigations", H2))
story.append(Paragraph("The main risks to UEC performance over the remainder of winter are:", B))
for t in [
    "a further rise in respiratory illness, including influenza, increasing both ambulance demand and bed occupancy;",
    "continued handover delays at Kessford General Hospital reducing ambulance availability for Category 2 calls;",
    "recruitment to the virtual ward expansion not being completed before the end of March 2026;",
    "industrial action affecting medical staffing in acute and community services.",
]:
    story.append(Paragraph(t, BL, bulletText="-"))
story.append(Paragraph(
    "Mitigations include daily system calls led by the ICB system coordination centre, the 45-minute release to respond "
    "protocol, and redirection of suitable Category 3 and 4 calls to the Care Coordination Hub.", B))

story.append(Paragraph("9. Recommendations", H2))
story.append(Paragraph("The Board is asked to:", B))
for t in [
    "note the deterioration in ambulance response and handover performance in October and November 2025;",
    "note that the 2-hour UCR service has met the 70% national standard every month since June 2025;",
    "support the proposal to reinvest the forecast £167k underspend in additional weekend UCR capacity;",
    "receive a further report in March 2026 including the impact of the Kessford General cohort area.",
]:
    story.append(Paragraph(t, BL, bulletText="-"))


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7)
    canvas.drawString(18 * mm, 10 * mm, "Marrowdene Vale ICB Board, 14 January 2026 – Item 9.2")
    canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=16 * mm, bottomMargin=18 * mm,
                        title="UEC Performance Report – Marrowdene Vale ICB", author="Marrowdene Vale ICB")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("written", OUT)
