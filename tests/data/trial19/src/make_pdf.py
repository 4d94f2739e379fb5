"""Generate t19_cuh_integrated_performance_report.pdf (reportlab platypus)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, pct
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

OUT = os.path.join(os.path.dirname(__file__), "..", "t19_cuh_integrated_performance_report.pdf")

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Title"], fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("H3", parent=ss["Heading3"], fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
B = ParagraphStyle("B", parent=ss["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=5)
BL = ParagraphStyle("BL", parent=B, leftIndent=12, bulletIndent=2, spaceAfter=2)
CAP = ParagraphStyle("CAP", parent=B, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("NOTE", parent=B, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))

months = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25"]

# ---------------- A&E ----------------
att = [15284, 15902, 15511, 16140, 15387, 15066, 15655]
t1 = [58.4, 59.1, 60.3, 61.7, 62.9, 60.8, 63.5]
allt = [71.2, 72.0, 73.1, 74.6, 75.8, 73.9, 76.2]
w12 = [1412, 1356, 1198, 1104, 987, 1233, 1062]
w12p = [pct(a, b) for a, b in zip(w12, att)]
def rag4(v):
    return "Green" if v >= 78 else ("Amber" if v >= 75 else "Red")

# ---------------- Ambulance ----------------
amb = {
    "Ambulance arrivals": ([4012, 4187, 3954, 4102, 3988, 4065, 4231], "–", 0),
    "Mean handover time (mins)": ([38.2, 35.6, 31.4, 29.8, 27.5, 33.1, 30.7], "30", 1),
    "Handovers over 30 minutes": ([1018, 962, 788, 741, 655, 874, 803], "–", 0),
    "Handovers over 60 minutes": ([412, 355, 261, 228, 187, 301, 246], "0", 0),
    "Handed over within 45 minutes (%)": ([78.1, 80.4, 84.9, 86.2, 88.7, 83.5, 85.6], "100%", 1),
    "Hours lost (over 15 minutes)": ([2984, 2611, 1947, 1802, 1511, 2206, 1894], "n/a", 0),
}

# ---------------- RTT ----------------
rtt_groups = [
    ("Surgical specialties", "Surgical subtotal", [
        ("General Surgery", 6842, 3981, 298, 41, 0, 112),
        ("Trauma and Orthopaedics", 8915, 4611, 612, 88, 6, 205),
        ("Urology", 4106, 2559, 143, 12, 0, -38),
        ("Ear, Nose and Throat", 5230, 3047, 231, 27, 2, 64),
        ("Ophthalmology", 7488, 5121, 121, 4, 0, -156),
        ("Oral Surgery", 3214, 1752, 187, 19, 0, 47),
        ("Plastic Surgery", 1502, 958, 39, 3, 0, -12),
        ("Vascular Surgery", 688, 459, 14, 0, 0, 9),
    ]),
    ("Medical specialties", "Medical subtotal", [
        ("Cardiology", 3876, 2744, 58, 2, 0, -71),
        ("Dermatology", 4521, 2611, 176, 15, 0, 133),
        ("Gastroenterology", 4012, 2544, 102, 7, 0, 28),
        ("Respiratory Medicine", 2245, 1602, 31, 0, 0, -19),
        ("Neurology", 2988, 1571, 164, 22, 1, 57),
        ("Rheumatology", 1654, 1131, 22, 0, 0, -8),
        ("Geriatric Medicine", 512, 458, 0, 0, 0, -5),
        ("Endocrinology", 1233, 829, 18, 0, 0, 11),
    ]),
    ("Women's and children's", "Women's and children's subtotal", [
        ("Gynaecology", 4877, 2837, 201, 24, 0, 86),
        ("Paediatrics", 2106, 1506, 27, 1, 0, -23),
    ]),
    ("Other", None, [
        ("All other services", 3301, 2251, 67, 5, 0, 14),
    ]),
]
def rag18(v):
    return "Green" if v >= 65 else ("Amber" if v >= 60 else "Red")

tot = [0] * 6
for g, sub, rows in rtt_groups:
    for r in rows:
        for i in range(6):
            tot[i] += r[i + 1]
rtt_total_list, rtt_total_w18 = tot[0], tot[1]
rtt_total_pct = pct(tot[1], tot[0])

# ---------------- Cancer ----------------
canc = [
    ("Urgent suspected cancer referrals", "–", [2904, 3118, 3056, 3211, 2877, 3145, 3302], 0),
    ("28-day Faster Diagnosis Standard (%)", "77%", [74.2, 76.8, 78.5, 76.4, 79.3, 80.2, 78.9], 1),
    ("31-day decision to treat (%)", "96%", [93.1, 94.4, 92.8, 95.0, 96.2, 94.7, 95.3], 1),
    ("62-day referral to treatment (%)", "75%", [66.4, 68.1, 70.5, 69.2, 71.8, 72.6, 73.4], 1),
    ("Patients waiting over 62 days", "n/a", [188, 176, 162, 171, 149, 141, 137], 0),
]
tumour = [
    ("Breast", 142, 126), ("Lower GI", 88, 52), ("Lung", 61, 39), ("Skin", 176, 143),
    ("Urological", 131, 79), ("Gynaecological", 44, 27), ("Head and neck", 38, 22),
    ("Upper GI", 35, 21), ("Haematological", 29, 21), ("Sarcoma", 3, 2),
]

# ---------------- Diagnostics ----------------
diag = [
    ("MRI", 4312, 398, 11.4), ("CT", 3876, 102, 3.1),
    ("Non-obstetric ultrasound", 6954, 1204, 15.8), ("Echocardiography", 1988, 512, 27.9),
    ("DEXA scan", 842, 14, 1.7), ("Colonoscopy", 712, 141, 18.2),
    ("Flexible sigmoidoscopy", 244, 38, 16.0), ("Gastroscopy", 903, 166, 21.5),
    ("Audiology assessments", 1126, 305, 24.4), ("Sleep studies", 418, 97, 23.2),
    ("Urodynamics", 97, 31, 35.1),
]
def trend(now, prev):
    if abs(now - prev) < 0.05:
        return "No change"
    return "Improving" if now < prev else "Deteriorating"


def base_style(header_rows=1):
    st = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.6),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 7.6),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#1F3864")),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8EA9C1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return st

RAGCOL = {"Red": "#F4B6B6", "Amber": "#FFE2A8", "Green": "#C6E7C1"}

def rag_colour(st, data, col, start):
    for i in range(start, len(data)):
        v = data[i][col]
        if v in RAGCOL:
            st.append(("BACKGROUND", (col, i), (col, i), colors.HexColor(RAGCOL[v])))


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(18 * mm, 10 * mm, "Corrowmere University Hospitals NHS Foundation Trust - Trust Board (public) - 4 December 2025 - Agenda item 9")
    canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


def build():
    story = []
    P = lambda t, s=B: story.append(Paragraph(t, s))
    def bullets(lead, items):
        P(lead)
        for it in items:
            story.append(Paragraph(it, BL, bulletText="\u2013"))
        story.append(Spacer(1, 4))

    P("Corrowmere University Hospitals NHS Foundation Trust", ParagraphStyle("o", parent=B, fontSize=10, textColor=colors.HexColor("#1F3864")))
    P("Integrated Performance Report: Month 7 (October 2025)", H1)
    meta = [["Meeting", "Trust Board (meeting in public)"],
            ["Date of meeting", "4 December 2025"],
            ["Report author", "Deputy Chief Operating Officer (Performance)"],
            ["Executive sponsor", "Chief Operating Officer"],
            ["Purpose", "For assurance and discussion"],
            ["Data period", "April to October 2025 (Month 7 of 2025-26)"]]
    mt = Table(meta, colWidths=[40 * mm, 120 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF6"))]))
    story.append(mt)
    story.append(Spacer(1, 6))

    P("1. Purpose of the report", H2)
    P("This report gives the Board an integrated view of the Trust's operational performance against the national "
      "constitutional standards and the 2025-26 operational planning targets. It covers urgent and emergency care (UEC), "
      "ambulance handovers, elective waiting times, cancer and diagnostics. Quality, workforce and finance measures are "
      "reported separately through the Quality Committee and the Finance and Performance Committee.")
    P("Performance is shown for Fallowgate General Hospital and Quenford Community Hospital combined. "
      "RAG ratings compare the latest position with the national standard or the Trust's planning trajectory.")

    P("2. Executive summary", H2)
    P(f"Urgent care performance improved in October. All-types 4-hour performance was {allt[-1]}%, the best month this "
      f"year, but still below the 78% standard that must be met by March 2026. The number of patients waiting more than "
      f"12 hours from arrival fell from {w12[-2]:,} in September to {w12[-1]:,} in October.")
    P(f"The total referral to treatment (RTT) waiting list stood at {rtt_total_list:,} at the end of October, with "
      f"{rtt_total_pct}% of patients waiting less than 18 weeks against an interim target of 65% for March 2026. "
      f"There were {tot[2]:,} patients waiting over 52 weeks and {tot[4]} patients waiting over 78 weeks.")
    P("Cancer performance remains mixed. The 28-day Faster Diagnosis Standard (FDS) has been met in every month since "
      "June except July, while 62-day performance reached 73.4% in October against the 75% standard.")
    bullets("The areas of most concern to the executive team this month are:", [
        "12-hour waits in the emergency department, which remained above 1,000 a month in six of the last seven months;",
        "Trauma and Orthopaedics, which accounts for the largest share of patients waiting over 52 weeks;",
        "non-obstetric ultrasound, where the proportion waiting six weeks or more rose for the second month running;",
        "urodynamics, audiology and echocardiography, which remain the furthest from the 5% diagnostic standard.",
    ])

    P("3. Urgent and emergency care", H2)
    P("3.1 Emergency department performance", H3)
    P(f"Table 1 shows monthly performance for all emergency department and minor injury attendances. Attendances peaked "
      f"in July at {att[3]:,}. Type 1 (major emergency department) performance at Fallowgate General Hospital improved "
      f"from {t1[0]}% in April to {t1[-1]}% in October. Same day emergency care (SDEC) streaming now takes around 14% "
      f"of medical referrals away from the main department.")
    story.append(Paragraph("Table 1: Emergency department 4-hour and 12-hour performance by month, 2025-26", CAP))
    hdr1 = ["Month", "Attendances", "4-hour performance (%)", "", "12-hour waits from arrival", "", "RAG"]
    hdr2 = ["", "(all types)", "Type 1", "All types", "Number", "% of attendances", "(all types)"]
    data = [hdr1, hdr2]
    for i, m in enumerate(months):
        data.append([m, fmt(att[i]), f"{t1[i]:.1f}", f"{allt[i]:.1f}", fmt(w12[i]), f"{w12p[i]:.1f}", rag4(allt[i])])
    data.append(["Standard", "–", "–", "78.0", "–", "10.0", "–"])
    t = Table(data, colWidths=[20 * mm, 24 * mm, 22 * mm, 22 * mm, 24 * mm, 28 * mm, 22 * mm], repeatRows=2)
    st = base_style(2) + [("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
                          ("FONT", (0, -1), (-1, -1), "Helvetica-Oblique", 7.6)]
    rag_colour(st, data, 6, 2)
    t.setStyle(TableStyle(st))
    story.append(t)
    P("Source: Trust emergency department information system. The 78% all-types standard applies from March 2026.", NOTE)

    bullets("The main actions in the UEC improvement plan for the winter period are:", [
        "opening a 12-bed acute frailty unit at Fallowgate General Hospital from 17 November 2025;",
        "extending SDEC opening hours to 22:00 seven days a week;",
        "a senior clinical review of every patient who has been in the department for 8 hours;",
        "a discharge lounge open from 08:00 so that beds are released before midday.",
    ])

    P("3.2 Ambulance handovers", H3)
    P(f"Mean ambulance handover time was {amb['Mean handover time (mins)'][0][-1]} minutes in October, compared with "
      f"{amb['Mean handover time (mins)'][0][0]} minutes in April. The Trust aims to have no handover take longer than 45 "
      f"minutes. Hours lost to handover delays of more than 15 minutes totalled {amb['Hours lost (over 15 minutes)'][0][-1]:,} "
      f"in October.")
    story.append(Paragraph("Table 2: Ambulance handover performance by month, Fallowgate General Hospital", CAP))
    data = [["Measure", "Standard"] + months]
    for k, (vals, std, dp) in amb.items():
        data.append([k, std] + [fmt(v, dp) if dp == 0 else f"{v:.1f}" for v in vals])
    t = Table(data, colWidths=[48 * mm, 15 * mm] + [16 * mm] * 7, repeatRows=1)
    t.setStyle(TableStyle(base_style(1)))
    story.append(t)
    P("Source: ambulance service handover data (hospital arrival screens). Mean handover time is measured from "
      "arrival to clinical handover.", NOTE)

    P("4. Elective care", H2)
    P("4.1 Referral to treatment", H3)
    P(f"The total waiting list grew by {sum(r[6] for _, _, rs in rtt_groups for r in rs):,} pathways in October. "
      f"Growth was concentrated in Trauma and Orthopaedics and Dermatology. Ophthalmology reduced its list by 156 "
      f"following additional Saturday cataract lists.")
    P("The national standard is that 92% of patients should wait less than 18 weeks; the 2025-26 planning guidance sets "
      "an interim target of 65% by March 2026. Table 3 shows the position by specialty, grouped by division. RAG ratings "
      "are against the interim 65% target (Green 65% or above; Amber 60% to 64.9%; Red below 60%).")
    P("Validation of the waiting list continues. In October the validation team removed 1,214 pathways where the "
      "patient no longer needed treatment, had been treated elsewhere or had been recorded in error.")
    story.append(Paragraph("Table 3: RTT incomplete pathways by specialty, position at 31 October 2025", CAP))
    hdr1 = ["Specialty", "Waiting list", "% within", "Long waiters (number of patients)", "", "", "Change in list", "RAG"]
    hdr2 = ["", "(pathways)", "18 weeks", "52+ weeks", "65+ weeks", "78+ weeks", "vs Sep-25", "(18 weeks)"]
    data = [hdr1, hdr2]
    st_extra = [("SPAN", (3, 0), (5, 0))]
    for g, sub, rows in rtt_groups:
        data.append([g, "", "", "", "", "", "", ""])
        gi = len(data) - 1
        st_extra += [("SPAN", (0, gi), (-1, gi)), ("FONT", (0, gi), (-1, gi), "Helvetica-BoldOblique", 7.6),
                     ("BACKGROUND", (0, gi), (-1, gi), colors.HexColor("#E8EEF6")), ("ALIGN", (0, gi), (-1, gi), "LEFT")]
        s = [0] * 6
        for r in rows:
            p = pct(r[2], r[1])
            data.append([r[0], fmt(r[1]), f"{p:.1f}", fmt(r[3]), fmt(r[4]), fmt(r[5]), fmt(r[6]), rag18(p)])
            for i in range(6):
                s[i] += r[i + 1]
        if sub:
            p = pct(s[1], s[0])
            data.append([sub, fmt(s[0]), f"{p:.1f}", fmt(s[2]), fmt(s[3]), fmt(s[4]), fmt(s[5]), rag18(p)])
            si = len(data) - 1
            st_extra += [("FONT", (0, si), (-1, si), "Helvetica-Bold", 7.6),
                         ("LINEABOVE", (0, si), (-1, si), 0.8, colors.black)]
    data.append(["Trust total", fmt(tot[0]), f"{rtt_total_pct:.1f}", fmt(tot[2]), fmt(tot[3]), fmt(tot[4]), fmt(tot[5]), rag18(rtt_total_pct)])
    ti = len(data) - 1
    st_extra += [("FONT", (0, ti), (-1, ti), "Helvetica-Bold", 7.8), ("LINEABOVE", (0, ti), (-1, ti), 1.2, colors.black),
                 ("BACKGROUND", (0, ti), (-1, ti), colors.HexColor("#D9E1F2"))]
    t = Table(data, colWidths=[46 * mm, 19 * mm, 16 * mm, 17 * mm, 17 * mm, 17 * mm, 20 * mm, 18 * mm], repeatRows=2)
    st = base_style(2) + st_extra
    rag_colour(st, data, 7, 2)
    t.setStyle(TableStyle(st))
    story.append(t)
    P("Source: weekly waiting list minimum data set (WLMDS). A dash (–) means no patients. Figures in brackets show a "
      "reduction in the waiting list.", NOTE)

    bullets("Actions to reduce long waits in Trauma and Orthopaedics include:", [
        "insourcing of weekend hip and knee lists from November 2025;",
        "transfer of 140 suitable patients to the independent sector under mutual aid;",
        "a physiotherapy-led triage clinic to reduce new outpatient referrals.",
    ])

    P("5. Cancer", H2)
    P("Table 4 shows monthly performance against the three cancer waiting time standards. The 62-day standard has "
      "improved in five of the last six months but has not yet reached the 75% operational standard. The number of "
      "patients waiting more than 62 days (the backlog) fell to 137 at the end of October, the lowest this year.")
    story.append(Paragraph("Table 4: Cancer waiting times by month, April to October 2025", CAP))
    data = [["Measure", "Standard"] + months]
    for name, std, vals, dp in canc:
        data.append([name, std] + [fmt(v) if dp == 0 else f"{v:.1f}" for v in vals])
    t = Table(data, colWidths=[52 * mm, 15 * mm] + [15.5 * mm] * 7, repeatRows=1)
    st = base_style(1)
    # shade cells failing standard
    for ri, (name, std, vals, dp) in enumerate(canc, start=1):
        if std.endswith("%"):
            thr = float(std[:-1])
            for ci, v in enumerate(vals):
                col = "#C6E7C1" if v >= thr else "#F4B6B6"
                st.append(("BACKGROUND", (2 + ci, ri), (2 + ci, ri), colors.HexColor(col)))
    t.setStyle(TableStyle(st))
    story.append(t)
    P("Green shading: standard met. Red shading: standard not met.", NOTE)

    q2t = sum(x[1] for x in tumour); q2w = sum(x[2] for x in tumour)
    P(f"Table 5 breaks down 62-day performance for the second quarter (July to September 2025) by tumour site. "
      f"In total {q2t} patients were treated, of whom {q2w} were treated within 62 days ({pct(q2w, q2t)}%). "
      f"Lower GI and urological cancers had the lowest performance, reflecting capacity constraints in colonoscopy "
      f"and prostate biopsy.")
    story.append(Paragraph("Table 5: 62-day performance by tumour site, Quarter 2 2025-26", CAP))
    data = [["Tumour site", "Patients treated", "Treated within 62 days", "Breaches", "Performance (%)"]]
    for name, tr, wi in tumour:
        p = "n/a" if tr < 5 else f"{pct(wi, tr):.1f}"
        data.append([name, str(tr), str(wi), str(tr - wi), p])
    data.append(["Total", str(q2t), str(q2w), str(q2t - q2w), f"{pct(q2w, q2t):.1f}"])
    t = Table(data, colWidths=[40 * mm, 28 * mm, 34 * mm, 22 * mm, 28 * mm], repeatRows=1)
    st = base_style(1) + [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.6),
                          ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)]
    t.setStyle(TableStyle(st))
    story.append(t)
    P("n/a: performance is not shown where fewer than 5 patients were treated in the quarter.", NOTE)

    P("6. Diagnostics", H2)
    dl = sum(d[1] for d in diag); d6 = sum(d[2] for d in diag)
    P(f"The diagnostics (DM01) standard is that no more than 5% of patients should wait six weeks or more for a test. "
      f"At the end of October {d6:,} of the {dl:,} patients on the diagnostic waiting list ({pct(d6, dl)}%) had waited "
      f"six weeks or more. CT and DEXA scanning are meeting the standard. The Quenford Community Diagnostic Centre "
      f"opened its second MRI scanner in September, which has reduced MRI waits.")
    story.append(Paragraph("Table 6: Diagnostic waiting times (DM01) by test, October 2025", CAP))
    data = [["Diagnostic test", "Waiting list", "Waiting 6+ weeks", "% 6+ weeks (Oct-25)", "% 6+ weeks (Sep-25)", "Trend"]]
    for name, wl, w6, prev in diag:
        p = pct(w6, wl)
        data.append([name, fmt(wl), fmt(w6), f"{p:.1f}", f"{prev:.1f}", trend(p, prev)])
    pd_prev = 13.9
    data.append(["Total", fmt(dl), fmt(d6), f"{pct(d6, dl):.1f}", f"{pd_prev:.1f}", trend(pct(d6, dl), pd_prev)])
    t = Table(data, colWidths=[42 * mm, 22 * mm, 26 * mm, 28 * mm, 28 * mm, 24 * mm], repeatRows=1)
    st = base_style(1) + [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.6),
                          ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)]
    t.setStyle(TableStyle(st))
    story.append(t)
    P("Standard: no more than 5% of patients waiting six weeks or more. Trend compares October with September.", NOTE)

    P("7. Risks to delivery", H2)
    bullets("The principal risks to the recovery trajectories set out in this report are:", [
        "further industrial action by resident doctors, which would lead to the cancellation of elective activity;",
        "winter demand, including respiratory illness, exceeding the bed modelling assumptions;",
        "delays in discharging medically optimised patients, averaging 96 patients a day in October;",
        "the sonography workforce, where the service is relying on agency staff to maintain ultrasound capacity.",
    ])

    P("8. Recommendations", H2)
    bullets("The Board is asked to:", [
        "note the improvement in 4-hour and ambulance handover performance in October 2025;",
        "note the increase in the RTT waiting list and the actions in Trauma and Orthopaedics;",
        "approve the revised 62-day cancer trajectory to reach 75% by March 2026;",
        "receive a deep-dive report on non-obstetric ultrasound at the February 2026 meeting.",
    ])

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title="Integrated Performance Report Month 7 2025-26",
                            author="Corrowmere University Hospitals NHS Foundation Trust")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
