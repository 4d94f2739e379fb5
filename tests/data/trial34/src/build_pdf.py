"""Paper 1: elective care and cancer waiting times report (PDF, reportlab)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from data import *
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

_FD = "/usr/share/fonts/truetype/liberation/"
for nm, f in [("LSans", "LiberationSans-Regular.ttf"), ("LSans-Bold", "LiberationSans-Bold.ttf"),
              ("LSans-Italic", "LiberationSans-Italic.ttf"), ("LSans-BoldItalic", "LiberationSans-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, _FD + f))
addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-Bold")
addMapping("LSans", 0, 1, "LSans-Italic"); addMapping("LSans", 1, 1, "LSans-BoldItalic")

OUT = os.path.join(os.path.dirname(__file__), "..", "t34_elective_cancer_waits.pdf")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="LSans", fontSize=10, leading=13.5,
                      spaceAfter=6)
NUMP = ParagraphStyle("nump", parent=BODY, leftIndent=10 * mm, firstLineIndent=-10 * mm)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=16 * mm, firstLineIndent=-5 * mm, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="LSans-Bold", fontSize=12.5, spaceBefore=10,
                    spaceAfter=6)
TITLE = ParagraphStyle("title", parent=ss["Title"], fontName="LSans-Bold", fontSize=15, leading=19)
CAP = ParagraphStyle("cap", parent=BODY, fontName="LSans-Bold", fontSize=9.5, spaceBefore=4, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8, leading=10, spaceAfter=2)
CELL = 8.3
HDR = ParagraphStyle("hdr", fontName="LSans-Bold", fontSize=CELL, leading=CELL + 1.5, alignment=2)
HDRL = ParagraphStyle("hdrl", parent=HDR, alignment=0)

story = []


def P(t, st=BODY):
    story.append(Paragraph(t, st))


def N(num, t):
    story.append(Paragraph(f"{num}&nbsp;&nbsp;&nbsp;{t}", NUMP))


def bullets(items, mark="•"):
    for it in items:
        story.append(Paragraph(f"{mark} {it}", BUL))


def plain_table(rows, widths, header_rows=1, bold_rows=(), total_rows=(), group_rows=(), grid=False,
                repeat=True, align_first_left=True, left_cols=(0,)):
    rows = [[(Paragraph(c, HDRL if j in left_cols else HDR) if (i < header_rows and isinstance(c, str)) else c)
             for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=widths, repeatRows=header_rows if repeat else 0)
    st = [
        ("FONT", (0, 0), (-1, -1), "LSans", CELL),
        ("FONT", (0, 0), (-1, header_rows - 1), "LSans-Bold", CELL),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ]
    for c in left_cols:
        st.append(("ALIGN", (c, 0), (c, -1), "LEFT"))
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    else:
        st.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black))
    for r in bold_rows:
        st.append(("FONT", (0, r), (-1, r), "LSans-Bold", CELL))
    for r in group_rows:
        st.append(("FONT", (0, r), (-1, r), "LSans-BoldItalic", CELL))
    for r in total_rows:
        st.append(("FONT", (0, r), (-1, r), "LSans-Bold", CELL))
        if not grid:
            st.append(("LINEABOVE", (0, r), (-1, r), 0.8, colors.black))
    t.setStyle(TableStyle(st))
    return t


# ----------------------------------------------------------------- front matter
P("Orlemere Hospitals NHS Foundation Trust", TITLE)
P("<b>Board of Directors (meeting in public) – 4 December 2025 – Agenda item 9</b>")
P("<b>Elective Care and Cancer Waiting Times Report: Month 7 2025-26</b>")
P("Report of: Ruth Okonedo-Blake, Chief Operating Officer<br/>"
  "Author: Daniel Fairweather, Head of Performance and Access<br/>"
  "Purpose: For assurance")

P("1. Purpose of the report", H1)
N("1.1", "This report updates the Board on elective care performance against the referral to treatment (RTT) "
         "standard at 31 October 2025 and on cancer waiting times for September 2025, which is the latest month "
         "for which validated cancer data are available.")
N("1.2", "It sets out progress against the 2025-26 operational plan agreed with Orlemere Integrated Care Board "
         "(ICB), the principal risks to delivery and the actions being taken by the clinical divisions.")

P("2. Background and national standards", H1)
N("2.1", "The NHS Constitution sets out that 92% of patients should wait no longer than 18 weeks from referral "
         "to treatment. For 2025-26 the national planning guidance asks trusts to reach 65% of patients waiting "
         "under 18 weeks by March 2026. The Trust's operational plan commits to "
         f"{RTT_TARGET_MAR26:.1f}% by March 2026, with a monthly trajectory that required {RTT_PLAN_OCT:.1f}% in October.")
N("2.2", "For cancer, the standards that apply during 2025-26 are:")
bullets([
    f"the 28-day Faster Diagnosis Standard (FDS): {FDS_TARGET:.0f}% of patients referred urgently to be told that "
    "cancer has been diagnosed or ruled out within 28 days, by March 2026;",
    f"the 62-day standard: {D62_TARGET:.0f}% of patients to begin first definitive treatment within 62 days of an "
    "urgent referral, by March 2026;",
    "the 31-day standard (decision to treat to first treatment): 96%. Performance against the 31-day standard is "
    "reported monthly to the Quality Committee and is not included in this paper.",
])
N("2.3", "Waiting list figures are taken from the Patient Tracking List (PTL), the Trust's live list of every "
         "patient on an open RTT pathway. Cancer figures are taken from the national Cancer Waiting Times "
         "dataset after local validation.")

# ----------------------------------------------------------------- RTT
P("3. Referral to treatment performance", H1)
N("3.1", f"At 31 October 2025 there were {fmt(RTT_TOT[0])} patients on the waiting list (incomplete pathways), "
         f"of whom {fmt(RTT_TOT[1])} ({RTT_TOT_PCT:.1f}%) had waited less than 18 weeks. This is below the "
         f"October plan of {RTT_PLAN_OCT:.1f}% but is an improvement on 58.9% in April. The overall waiting list "
         "has fallen from 61,204 in April 2025.")
N("3.2", "Trauma &amp; Orthopaedics remains the most challenged specialty, accounting for 15% of the waiting list "
         f"but {round(100*731/RTT_TOT[2])}% of patients waiting more than 52 weeks. Oral Surgery and ENT also have "
         "median waits well above the Trust average.")
N("3.3", "Since April 2025 the validation team has reviewed 24,870 pathways and removed "
         f"{fmt(VALIDATION_REMOVED)} where the patient no longer needed or wanted treatment. Validation is now "
         "carried out on every pathway reaching 12 weeks.")
N("3.4", "Table 1 shows the position by specialty at 31 October 2025.")

rows = [["Specialty", "Total waiting", "Within 18 weeks", "% within 18 weeks", "52+ weeks", "Median wait (weeks)"]]
bold, tot, grp = [], [], []
for (g, rws, med), sub in zip(RTT_GROUPS, RTT_SUB):
    grp.append(len(rows))
    rows.append([g, "", "", "", "", ""])
    for (lab, t, w, l, m) in rws:
        rows.append([lab, fmt(t), fmt(w), f"{pct(w, t):.1f}", fmt(l, dash_zero=True), f"{m:.1f}"])
    bold.append(len(rows))
    rows.append([f"Subtotal – {g.lower()}", fmt(sub[1]), fmt(sub[2]), f"{pct(sub[2], sub[1]):.1f}", fmt(sub[3]),
                 f"{sub[4]:.1f}"])
tot.append(len(rows))
rows.append(["Total*", fmt(RTT_TOT[0]), fmt(RTT_TOT[1]), f"{RTT_TOT_PCT:.1f}", fmt(RTT_TOT[2]),
             f"{RTT_TOTAL_MEDIAN:.1f}"])
story.append(Paragraph("Table 1: Referral to treatment waiting list by specialty, 31 October 2025", CAP))
story.append(plain_table(rows, [58 * mm, 22 * mm, 24 * mm, 24 * mm, 18 * mm, 26 * mm], bold_rows=bold,
                         total_rows=tot, group_rows=grp))
story.append(Spacer(1, 3))
P("¹ Includes 1,340 spinal surgery pathways transferred from the regional spinal service in June 2025.", NOTE)
P("² Excludes patients on the ophthalmology follow-up (non-RTT) backlog, which is monitored separately.", NOTE)
P("* Total excludes 1,106 community paediatrics pathways reported by Orlemere Community Health Services. "
  "A dash (–) means no patients.", NOTE)

# ----------------------------------------------------------------- long waits
P("4. Long waits: 52 and 65 weeks", H1)
N("4.1", f"The number of patients waiting more than 52 weeks fell from {fmt(W52[0])} in April to {fmt(W52[6])} "
         f"at the end of October, which is {fmt(W52_VAR[6])} above the planned trajectory of {fmt(W52_PLAN[6])}. "
         "The increase in August reflected the loss of 46 theatre sessions during the resident doctors' "
         "industrial action in late July. The trajectory for November is "
         f"{fmt(W52_NOV_PLAN)}.")
N("4.2", "The Trust has committed to the ICB to eliminate waits of more than 65 weeks by 31 March 2026. At the "
         f"end of October {fmt(W65[6])} patients had waited more than 65 weeks and no patient had waited more "
         "than 78 weeks, for the first time since 2020.")

hdr1 = ["Measure", "Quarter 1", "", "", "Quarter 2", "", "", "Quarter 3"]
hdr2 = [""] + MONTHS7
rows = [hdr1, hdr2,
        ["52+ week waiters"] + [fmt(v) for v in W52],
        ["52-week plan trajectory"] + [fmt(v) for v in W52_PLAN],
        ["Variance to plan"] + [fmt(v) for v in W52_VAR],
        ["of which 65+ weeks"] + [fmt(v) for v in W65],
        ["of which 78+ weeks"] + [fmt(v, dash_zero=True) for v in W78]]
t = Table(rows, colWidths=[48 * mm] + [18 * mm] * 7, repeatRows=2)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", CELL),
    ("FONT", (0, 0), (-1, 1), "LSans-Bold", CELL),
    ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
    ("ALIGN", (1, 0), (-1, 0), "CENTER"),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("LINEBELOW", (1, 0), (3, 0), 0.4, colors.black),
    ("LINEBELOW", (4, 0), (6, 0), 0.4, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
]))
story.append(KeepTogether([Paragraph("Table 2: Patients waiting more than 52, 65 and 78 weeks by month, "
                                     "April to October 2025", CAP), t,
                           Paragraph("Variance: a figure in brackets means fewer long waiters than planned.",
                                     NOTE)]))
story.append(Spacer(1, 6))
N("4.3", "Five specialties account for most of the remaining 65-week waiters (Table 3). Neurology is the only "
         "one of the five where the number rose in October, following the retirement of a consultant.")
rows = [["Rank", "Specialty", "65+ weeks (Sep)", "65+ weeks (Oct)", "Change", "Trend"]]
for i, (lab, s, o) in enumerate(TOP65, 1):
    rows.append([str(i), lab, fmt(s), fmt(o), fmt(o - s), "Worsening" if o > s else "Improving"])
story.append(KeepTogether([Paragraph("Table 3: Specialties with the most patients waiting over 65 weeks", CAP),
                           plain_table(rows, [12 * mm, 58 * mm, 28 * mm, 28 * mm, 20 * mm, 24 * mm],
                                       left_cols=(0, 1, 5))]))
story.append(Spacer(1, 6))
N("4.4", "The actions in place to reduce long waits are:")
bullets([
    f"the Kestlow Elective Hub, which opened in {HUB_OPENED} with two theatres dedicated to day case orthopaedics "
    "and hand surgery;",
    "additional weekend operating lists in ENT and Oral Surgery, funded through the Elective Recovery Fund (ERF);",
    "transfer of suitable long-waiting orthopaedic and ENT patients to Arnbury Park Hospital under the ICB's "
    "independent sector contract;",
    "patient-initiated follow-up (PIFU) in dermatology, rheumatology and gastroenterology, releasing outpatient "
    "capacity for first appointments.",
])

# ----------------------------------------------------------------- cancer
P("5. Cancer waiting times", H1)
fds_tot = pct(CANCER_TOT[1], CANCER_TOT[0])
d62_tot = pct(CANCER_TOT[3], CANCER_TOT[2])
N("5.1", f"In September 2025 the Trust met the Faster Diagnosis Standard for {fmt(CANCER_TOT[1])} of "
         f"{fmt(CANCER_TOT[0])} patients ({fds_tot:.1f}%), against the March 2026 target of {FDS_TARGET:.0f}%. "
         f"Performance against the 62-day standard was {d62_tot:.1f}% ({CANCER_TOT[3]} of {CANCER_TOT[2]} "
         f"patients treated), below the {D62_TARGET:.0f}% target.")
N("5.2", "The lower gastrointestinal and urological pathways remain the main pressure points. A faecal "
         "immunochemical test (FIT) is now required with every lower GI referral, and a second MRI scanner "
         "session for prostate diagnostics started in October.")
N("5.3", f"The Tellingford Community Diagnostic Centre (CDC) delivered {fmt(CDC_TESTS_OCT)} tests in October, "
         "including endoscopy, CT and non-obstetric ultrasound, which has shortened the diagnostic part of "
         "most cancer pathways.")

rows = [["Tumour site", "Faster Diagnosis Standard (28 days)", "", "", "62-day standard", "", "", "RAG"],
        ["", "Told", "Within 28 days", "%", "Treated", "Within 62 days", "%", "(62-day)"]]
for lab, a, b, c, d in CANCER:
    rows.append([lab, fmt(a), fmt(b), f"{pct(b, a):.1f}", fmt(c), fmt(d), f"{pct(d, c):.1f}", rag62(pct(d, c))])
rows.append(["Total", fmt(CANCER_TOT[0]), fmt(CANCER_TOT[1]), f"{fds_tot:.1f}", fmt(CANCER_TOT[2]),
             fmt(CANCER_TOT[3]), f"{d62_tot:.1f}", rag62(d62_tot)])
t = Table(rows, colWidths=[44 * mm, 15 * mm, 22 * mm, 14 * mm, 17 * mm, 22 * mm, 14 * mm, 18 * mm], repeatRows=2)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", CELL),
    ("FONT", (0, 0), (-1, 1), "LSans-Bold", CELL),
    ("FONT", (0, -1), (-1, -1), "LSans-Bold", CELL),
    ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
    ("ALIGN", (1, 0), (-1, 0), "CENTER"),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("LINEBELOW", (1, 0), (3, 0), 0.4, colors.black),
    ("LINEBELOW", (4, 0), (6, 0), 0.4, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
]))
story.append(KeepTogether([Paragraph("Table 4: Cancer waiting times by tumour site, September 2025", CAP), t,
                           Paragraph(f"RAG: Green {D62_TARGET:.0f}% or more; Amber 65.0% to 74.9%; Red below 65.0%.",
                                     NOTE)]))

# ----------------------------------------------------------------- activity
P("6. Elective activity and income", H1)
N("6.1", "Elective activity for April to October is compared with the same period last year in Table 5. Day "
         "case, outpatient first attendance and diagnostic activity are all above last year, while elective "
         "inpatient activity is lower because more procedures have moved to a day case setting.")
rows = [["Point of delivery", "2024-25 (Apr–Oct)", "2025-26 (Apr–Oct)", "Change", "Var %"]]
for lab, a, b in zip(ACT_ROWS, ACT_Y1, ACT_Y2):
    rows.append([lab, fmt(a), fmt(b), fmt(b - a), fmt(100 * (b - a) / a, 1).replace(")", "%)") if b < a else fmt(100 * (b - a) / a, 1) + "%"])
story.append(KeepTogether([Paragraph("Table 5: Elective activity, April to October (number of attendances, "
                                     "admissions or tests)", CAP),
                           plain_table(rows, [58 * mm, 30 * mm, 30 * mm, 22 * mm, 18 * mm], grid=True)]))
story.append(Spacer(1, 6))
N("6.2", "Table 6 shows the elective income earned for the same points of delivery. Income above plan is "
         "earned through the Elective Recovery Fund (ERF) arrangements with the ICB.")
rows = [["Point of delivery", "Plan (£000)", "Actual (£000)", "Variance (£000)"]]
for lab, p, a in zip(ACT_ROWS, INC_PLAN, INC_ACT):
    rows.append([lab, fmt(p), fmt(a), fmt(a - p)])
rows.append(["Total", fmt(sum(INC_PLAN)), fmt(sum(INC_ACT)), fmt(sum(INC_ACT) - sum(INC_PLAN))])
story.append(KeepTogether([Paragraph("Table 6: Elective income, April to October 2025-26", CAP),
                           plain_table(rows, [58 * mm, 30 * mm, 30 * mm, 30 * mm], total_rows=(len(rows) - 1,)),
                           Paragraph("Variance: a figure in brackets means income below plan.", NOTE)]))

# ----------------------------------------------------------------- risks
P("7. Risks to delivery", H1)
N("7.1", "The main risks to delivering the elective and cancer plans for the rest of 2025-26 are:")
bullets([
    "further industrial action by resident doctors, which would reduce theatre and clinic capacity at short "
    "notice;",
    "vacancies in anaesthetics, with 4.6 whole-time equivalent consultant posts currently unfilled;",
    "winter bed pressures leading to cancellation of inpatient elective operations;",
    "continued growth in urgent suspected cancer referrals in skin and lower GI, which are up 9% on last year.",
], mark="-")
N("7.2", "These risks are recorded on the Board Assurance Framework under strategic risk SR3 (timely access "
         "to care).")

# ----------------------------------------------------------------- recs
P("8. Recommendations", H1)
N("8.1", "The Board is asked to:")
for i, t_ in enumerate([
    "note the referral to treatment position at 31 October 2025 and the variance from plan;",
    "note the progress made in reducing waits of more than 65 and 78 weeks;",
    "note cancer performance for September 2025 against the Faster Diagnosis and 62-day standards;",
    "support the extension of weekend operating lists at the Kestlow Elective Hub to 31 March 2026;",
    "agree that a deep dive into the urology cancer pathway is brought to the February 2026 meeting.",
], 1):
    story.append(Paragraph(f"{i}. {t_}", BUL))

P("Glossary", H1)
for term, d in [("CDC", "Community Diagnostic Centre"), ("ERF", "Elective Recovery Fund"),
                ("FDS", "Faster Diagnosis Standard"), ("ICB", "Integrated Care Board"),
                ("PIFU", "Patient-initiated follow-up"), ("PTL", "Patient Tracking List"),
                ("RTT", "Referral to treatment")]:
    P(f"<b>{term}</b> – {d}", NOTE)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(20 * mm, 10 * mm, "Orlemere Hospitals NHS Foundation Trust – Board of Directors, 4 December 2025")
    canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                        bottomMargin=18 * mm, title="Elective Care and Cancer Waiting Times Report: Month 7 2025-26")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
