"""Paper 2: Wyvernshire and Orrin Partnership NHS FT - Quality and Safety Report (DOCX)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, r
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(__file__), "..", "t31_quality_safety_report_board.docx")

# ------------------------------------------------------------------ data
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
harm = [
    ("No harm", [412, 398, 431, 447, 462, 419]),
    ("Low harm", [236, 251, 229, 244, 268, 257]),
    ("Moderate harm", [31, 27, 35, 29, 38, 33]),
    ("Severe harm", [4, 2, 5, 3, 6, 2]),
    ("Death", [3, 4, 2, 5, 3, 4]),
]
month_tot = [sum(v[i] for _, v in harm) for i in range(6)]
q1_tot, q2_tot = sum(month_tot[:3]), sum(month_tot[3:])

cat_q1 = [("Self-harm", 612), ("Violence and aggression", 498), ("Medication", 187),
          ("Absent without leave (AWOL)", 94), ("Slips, trips and falls", 121)]
cat_q2 = [655, 541, 172, 112, 109]
cat_q1.append(("All other categories", q1_tot - sum(v for _, v in cat_q1)))
cat_q2.append(q2_tot - sum(cat_q2))

def trend_word(a, b, lower_is_better=True):
    if abs(b - a) / a < 0.03:
        return "Stable"
    if (b < a) == lower_is_better:
        return "Improving"
    return "Deteriorating"

# restrictive interventions: name, Q1 total, Jul, Aug, Sep
restr_groups = [
    ("Physical restraint", [
        ("Prone restraint", 58, [17, 14, 11]),
        ("Supine restraint", 141, [52, 47, 55]),
        ("Seated or standing restraint", 203, [71, 66, 78]),
    ]),
    ("Other restrictive interventions", [
        ("Rapid tranquillisation", 88, [27, 33, 26]),
        ("Seclusion", 64, [18, 24, 17]),
        ("Long-term segregation (episodes started)", 3, [1, 0, 2]),
    ]),
]
PRONE_BASELINE = 60
PRONE_TARGET = int(PRONE_BASELINE * 0.75)  # 45

# OAPs: name, active 30 Jun, active 30 Sep, bed days Q1, bed days Q2, cost Q2 £000
oap_groups = [
    ("Inappropriate out of area placements", [
        ("Adult acute", 9, 6, 812, 604, 375),
        ("Older adult acute", 2, 1, 164, 97, 58),
        ("Psychiatric intensive care (PICU)", 4, 5, 341, 402, 386),
    ]),
    ("Appropriate out of area placements", [
        ("Specialist eating disorder", 1, 1, 91, 92, 88),
        ("Mother and baby unit", 0, 1, 0, 38, 31),
    ]),
]

# staffing: site, ward, type, day RN, day HCA, night RN, night HCA, CHPPD
wards = [
    ("Orrinford Mental Health Unit", "Alder Ward", "Adult acute", 91.2, 118.4, 96.5, 131.0, 9.8),
    ("Orrinford Mental Health Unit", "Birch Ward", "Adult acute", 86.7, 124.9, 92.3, 140.2, 10.1),
    ("Orrinford Mental Health Unit", "Hazel Ward", "PICU", 94.8, 112.6, 98.1, 119.7, 18.4),
    ("Marrowby Hospital", "Juniper Ward", "Older adult", 78.9, 109.3, 88.4, 115.6, 11.7),
    ("Marrowby Hospital", "Linden Ward", "Older adult", 84.1, 103.8, 90.6, 108.2, 10.9),
    ("Brindlemoor House", "Rowan Ward", "Rehabilitation", 97.3, 95.1, 100.0, 97.8, 7.6),
]

def rag(day_rn):
    return "Green" if day_rn >= 90 else ("Amber" if day_rn >= 80 else "Red")

avg = [r(sum(w[i] for w in wards) / len(wards), 1) for i in range(3, 8)]

# ------------------------------------------------------------------ helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Title"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x00, 0x30, 0x87)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, italic=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(str(text))
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def numbered(n, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{n}\t{text}")
    return p

def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

def caption(text):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(10)
    p.paragraph_format.keep_with_next = True

def make_table(nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t

def header_fill(t, nrows):
    for i in range(nrows):
        for c in t.rows[i].cells:
            shade(c, "D9E2F3")

# ------------------------------------------------------------------ content
p = doc.add_paragraph()
run = p.add_run("Wyvernshire and Orrin Partnership NHS Foundation Trust")
run.bold = True
run.font.size = Pt(14)
doc.add_paragraph("Board of Directors – meeting held in public\nThursday 4 December 2025\n"
                  "Agenda item 9 – Paper reference BoD/25/12/09")
doc.add_heading("Quality and Safety Report: Quarter 2 2025-26 (July to September 2025)", level=1)
info = make_table(4, 2)
for i, (a, b) in enumerate([
    ("Executive lead", "Dr Ruth Adeyemi, Chief Nurse and Director of Quality"),
    ("Report authors", "Head of Patient Safety; Associate Director of Nursing (Workforce)"),
    ("Purpose", "For assurance"),
    ("Previously considered by", "Quality and Safety Committee, 19 November 2025"),
]):
    set_cell(info.cell(i, 0), a, bold=True)
    set_cell(info.cell(i, 1), b)
doc.add_paragraph()

doc.add_heading("1. Purpose", level=2)
numbered("1.1", "This report gives the Board assurance on the quality and safety of care provided by the "
         "Trust in Quarter 2 2025-26. It covers patient safety incidents, restrictive practice, out of area "
         "placements (OAPs), safe staffing and patient experience.")
numbered("1.2", "The report has been reviewed in detail by the Quality and Safety Committee, which is a "
         "committee of the Board chaired by a non-executive director.")

doc.add_heading("2. Executive summary", level=2)
numbered("2.1", "Key points this quarter include:")
bullets([
    f"{q2_tot:,} patient safety incidents were reported in Q2, compared with {q1_tot:,} in Q1; the "
    "increase reflects a continued push to encourage reporting and most incidents caused no harm;",
    "prone restraint fell for the second quarter running and is now below the Trust's improvement "
    "target;",
    "the number of patients in inappropriate out of area placements fell from 15 at the end of June "
    "to 12 at the end of September;",
    "registered nurse day fill rates on Juniper Ward at Marrowby Hospital remain below 80% and the ward "
    "is rated Red; and",
    "three new Patient Safety Incident Investigations were started in the quarter.",
])

doc.add_heading("3. Patient safety incidents", level=2)
numbered("3.1", "The Trust moved to the Patient Safety Incident Response Framework (PSIRF) in October 2024. "
         "Under PSIRF, incidents are recorded on the national Learning from Patient Safety Events (LFPSE) "
         "service and the level of harm is reviewed within 72 hours.")
numbered("3.2", "Table 1 shows incidents by level of physical and psychological harm for the first six "
         "months of the year. A higher rate of reporting with low levels of harm is generally a sign of "
         "a good safety culture.")
caption("Table 1: Patient safety incidents by level of harm, April to September 2025")
t = make_table(2 + len(harm) + 1, 8)
set_cell(t.cell(0, 0), "Level of harm", bold=True)
t.cell(0, 0).merge(t.cell(1, 0))
set_cell(t.cell(0, 1), "Quarter 1", bold=True, align="c")
t.cell(0, 1).merge(t.cell(0, 3))
set_cell(t.cell(0, 4), "Quarter 2", bold=True, align="c")
t.cell(0, 4).merge(t.cell(0, 6))
set_cell(t.cell(0, 7), "Total Apr–Sep", bold=True, align="r")
t.cell(0, 7).merge(t.cell(1, 7))
for j, m in enumerate(MONTHS):
    set_cell(t.cell(1, j + 1), m, bold=True, align="r")
for i, (n, v) in enumerate(harm):
    set_cell(t.cell(2 + i, 0), n)
    for j, x in enumerate(v):
        set_cell(t.cell(2 + i, j + 1), fmt(x), align="r")
    set_cell(t.cell(2 + i, 7), fmt(sum(v)), align="r")
last = 2 + len(harm)
set_cell(t.cell(last, 0), "All incidents", bold=True)
for j, x in enumerate(month_tot):
    set_cell(t.cell(last, j + 1), fmt(x), bold=True, align="r")
set_cell(t.cell(last, 7), fmt(sum(month_tot)), bold=True, align="r")
header_fill(t, 2)
doc.add_paragraph()
mod_plus_q1 = sum(sum(v[:3]) for n, v in harm if n in ("Moderate harm", "Severe harm", "Death"))
mod_plus_q2 = sum(sum(v[3:]) for n, v in harm if n in ("Moderate harm", "Severe harm", "Death"))
numbered("3.3", f"August was the highest reporting month of the year so far, with {month_tot[4]} incidents. "
         f"Incidents causing moderate harm or above numbered {mod_plus_q2} in Q2 compared with "
         f"{mod_plus_q1} in Q1. All deaths reported are of patients open to Trust services and include "
         "deaths from natural causes that were unexpected; each is reviewed through the Learning from "
         "Deaths process.")
numbered("3.4", "Table 2 shows the most frequently reported categories. Self-harm remains the largest "
         "category, driven by a small number of patients with very frequent self-harm on Birch Ward and "
         "Hazel Ward.")
caption("Table 2: Incidents by category, Q1 and Q2 2025-26")
t = make_table(1 + len(cat_q1) + 1, 5)
for j, h in enumerate(["Category", "Q1", "Q2", "Change", "Trend"]):
    set_cell(t.cell(0, j), h, bold=True, align=None if j == 0 else "r")
for i, ((n, a), b) in enumerate(zip(cat_q1, cat_q2)):
    set_cell(t.cell(1 + i, 0), n)
    set_cell(t.cell(1 + i, 1), fmt(a), align="r")
    set_cell(t.cell(1 + i, 2), fmt(b), align="r")
    set_cell(t.cell(1 + i, 3), fmt(b - a), align="r")
    set_cell(t.cell(1 + i, 4), trend_word(a, b) if i < 5 else "n/a", align="r")
k = 1 + len(cat_q1)
set_cell(t.cell(k, 0), "All incidents", bold=True)
set_cell(t.cell(k, 1), fmt(q1_tot), bold=True, align="r")
set_cell(t.cell(k, 2), fmt(q2_tot), bold=True, align="r")
set_cell(t.cell(k, 3), fmt(q2_tot - q1_tot), bold=True, align="r")
set_cell(t.cell(k, 4), "n/a", bold=True, align="r")
header_fill(t, 1)
doc.add_paragraph()

doc.add_heading("4. Learning from incidents", level=2)
numbered("4.1", "Three new Patient Safety Incident Investigations (PSIIs) were commissioned in Q2. Two relate "
         "to deaths of community patients following self-harm and one to a fall with a hip fracture on "
         "Linden Ward. In addition, 41 After Action Reviews (AARs) were completed.")
numbered("4.2", "Themes identified from completed investigations and reviews include:")
bullets([
    "gaps in the handover of risk information when patients move from inpatient to community teams;",
    "inconsistent use of the Trust's safety planning template;",
    "delays in physical health observations being escalated at night; and",
    "limited involvement of families and carers in care planning.",
])
numbered("4.3", "The Quality and Safety Committee has asked for a focused report on safety planning at its "
         "February 2026 meeting.")

doc.add_heading("5. Restrictive practice", level=2)
numbered("5.1", "The Trust is committed to reducing the use of restrictive practice in line with the Mental "
         "Health Units (Use of Force) Act 2018. Our improvement target is to reduce prone restraint by 25% "
         f"against the 2024-25 quarterly average of {PRONE_BASELINE}, which means no more than "
         f"{PRONE_TARGET} prone restraints a quarter by March 2026.")
caption("Table 3: Use of restrictive interventions, Q1 and Q2 2025-26")
nrows = 2 + sum(1 + len(g[1]) + 1 for g in restr_groups) + 1
t = make_table(nrows, 7)
set_cell(t.cell(0, 0), "Intervention", bold=True)
t.cell(0, 0).merge(t.cell(1, 0))
set_cell(t.cell(0, 1), "Q1 2025-26", bold=True, align="r")
t.cell(0, 1).merge(t.cell(1, 1))
set_cell(t.cell(0, 2), "Quarter 2", bold=True, align="c")
t.cell(0, 2).merge(t.cell(0, 4))
set_cell(t.cell(0, 5), "Q2 2025-26", bold=True, align="r")
t.cell(0, 5).merge(t.cell(1, 5))
set_cell(t.cell(0, 6), "Trend", bold=True, align="c")
t.cell(0, 6).merge(t.cell(1, 6))
for j, m in enumerate(["Jul", "Aug", "Sep"]):
    set_cell(t.cell(1, 2 + j), m, bold=True, align="r")
i = 2
grand_q1, grand_m = 0, [0, 0, 0]
RESTR = {}
for gname, items in restr_groups:
    c = t.cell(i, 0).merge(t.cell(i, 6))
    set_cell(c, gname, bold=True, italic=True)
    shade(c, "F2F2F2")
    i += 1
    gq1, gm = 0, [0, 0, 0]
    for n, q1, m in items:
        q2 = sum(m)
        RESTR[n] = (q1, m, q2)
        set_cell(t.cell(i, 0), n)
        set_cell(t.cell(i, 1), fmt(q1), align="r")
        for j in range(3):
            set_cell(t.cell(i, 2 + j), fmt(m[j]), align="r")
        set_cell(t.cell(i, 5), fmt(q2), align="r")
        set_cell(t.cell(i, 6), trend_word(q1, q2), align="c")
        gq1 += q1
        gm = [gm[j] + m[j] for j in range(3)]
        i += 1
    set_cell(t.cell(i, 0), f"Total {gname.lower()}", bold=True)
    set_cell(t.cell(i, 1), fmt(gq1), bold=True, align="r")
    for j in range(3):
        set_cell(t.cell(i, 2 + j), fmt(gm[j]), bold=True, align="r")
    set_cell(t.cell(i, 5), fmt(sum(gm)), bold=True, align="r")
    set_cell(t.cell(i, 6), trend_word(gq1, sum(gm)), bold=True, align="c")
    RESTR["Total " + gname.lower()] = (gq1, gm, sum(gm))
    grand_q1 += gq1
    grand_m = [grand_m[j] + gm[j] for j in range(3)]
    i += 1
set_cell(t.cell(i, 0), "All restrictive interventions", bold=True)
set_cell(t.cell(i, 1), fmt(grand_q1), bold=True, align="r")
for j in range(3):
    set_cell(t.cell(i, 2 + j), fmt(grand_m[j]), bold=True, align="r")
set_cell(t.cell(i, 5), fmt(sum(grand_m)), bold=True, align="r")
set_cell(t.cell(i, 6), trend_word(grand_q1, sum(grand_m)), bold=True, align="c")
RESTR["All"] = (grand_q1, grand_m, sum(grand_m))
header_fill(t, 2)
doc.add_paragraph()
numbered("5.2", f"Prone restraint fell from {RESTR['Prone restraint'][0]} in Q1 to "
         f"{RESTR['Prone restraint'][2]} in Q2, meeting the target of no more than {PRONE_TARGET} a "
         "quarter for the first time. Where prone restraint is used it is mostly brief and "
         "unplanned, and is followed by a debrief for the patient and staff involved.")
numbered("5.3", "Supine restraint has increased, which partly reflects staff being trained to move to a "
         "supine position rather than prone. Seclusion use fell slightly. There were 2 new episodes "
         "of long-term segregation in September, both on Hazel Ward (PICU); each has been reviewed by an "
         "independent clinician.")
numbered("5.4", "The Reducing Restrictive Practice Group meets monthly and is chaired by the Deputy Chief "
         "Nurse. Its work programme for the rest of the year is as follows:")
bullets([
    "roll out Safewards interventions to the two remaining wards, Juniper Ward and Linden Ward, by "
    "January 2026;",
    "introduce body-worn cameras on all adult acute wards;",
    "review the use of rapid tranquillisation against NICE guidance; and",
    "involve people with lived experience in reviewing every use of seclusion lasting more than "
    "24 hours.",
])

doc.add_heading("6. Out of area placements", level=2)
numbered("6.1", "An out of area placement (OAP) happens when a person who needs inpatient care is admitted "
         "to a unit that is not part of the usual local network of services. OAPs are classed as "
         "inappropriate when the reason is a lack of a local bed, and the national ambition is that "
         "there should be no inappropriate OAPs.")
numbered("6.2", "Table 4 shows OAPs by type of bed. Figures for active placements are a snapshot on the "
         "last day of the quarter. Psychiatric Intensive Care Unit (PICU) placements rose because Hazel "
         "Ward was closed to admissions for two weeks in August while anti-ligature work was carried out.")
pn = doc.add_paragraph()
rn = pn.add_run("Costs in £000")
rn.italic = True
rn.font.size = Pt(9)
pn.alignment = WD_ALIGN_PARAGRAPH.RIGHT
caption("Table 4: Out of area placements, Q1 and Q2 2025-26")
nrows = 2 + sum(1 + len(g[1]) + 1 for g in oap_groups) + 1
t = make_table(nrows, 6)
set_cell(t.cell(0, 0), "Type of placement", bold=True)
t.cell(0, 0).merge(t.cell(1, 0))
set_cell(t.cell(0, 1), "Active placements", bold=True, align="c")
t.cell(0, 1).merge(t.cell(0, 2))
set_cell(t.cell(0, 3), "Occupied bed days", bold=True, align="c")
t.cell(0, 3).merge(t.cell(0, 4))
set_cell(t.cell(0, 5), "Cost Q2", bold=True, align="r")
t.cell(0, 5).merge(t.cell(1, 5))
for j, h in enumerate(["30 June", "30 September", "Q1", "Q2"]):
    set_cell(t.cell(1, 1 + j), h, bold=True, align="r")
i = 1 + 1
OAP = {}
gt = [0] * 5
for gname, items in oap_groups:
    c = t.cell(i, 0).merge(t.cell(i, 5))
    set_cell(c, gname, bold=True, italic=True)
    shade(c, "F2F2F2")
    i += 1
    sub = [0] * 5
    for row in items:
        n, vals = row[0], row[1:]
        OAP[n] = vals
        set_cell(t.cell(i, 0), n)
        for j, x in enumerate(vals):
            set_cell(t.cell(i, 1 + j), fmt(x), align="r")
        sub = [sub[j] + vals[j] for j in range(5)]
        i += 1
    lab = "Total inappropriate OAPs" if gname.startswith("Inapp") else "Total appropriate OAPs"
    OAP[lab] = sub
    set_cell(t.cell(i, 0), lab, bold=True)
    for j, x in enumerate(sub):
        set_cell(t.cell(i, 1 + j), fmt(x), bold=True, align="r")
    gt = [gt[j] + sub[j] for j in range(5)]
    i += 1
OAP["All"] = gt
set_cell(t.cell(i, 0), "All out of area placements", bold=True)
for j, x in enumerate(gt):
    set_cell(t.cell(i, 1 + j), fmt(x), bold=True, align="r")
header_fill(t, 2)
doc.add_paragraph()
numbered("6.3", "The average length of stay for adult acute OAPs was 37 days in Q2, down from 44 days in "
         "Q1. The 2025-26 budget for OAPs is £2.4m and the forecast spend for the year is £3.1m. The "
         "overspend is reported through the Finance and Performance Committee.")
numbered("6.4", "Actions to reduce OAPs include a daily bed management call led by the Director of "
         "Operations, a new crisis house in Kelbeck Vale due to open in February 2026, and work with the "
         "Integrated Care Board (ICB) on delayed discharges, where 23 patients were clinically ready "
         "for discharge on 30 September.")

doc.add_heading("7. Safe staffing", level=2)
numbered("7.1", "Fill rates compare the actual hours worked by Registered Nurses (RNs) and Healthcare "
         "Assistants (HCAs) with the hours planned on each ward. A fill rate above 100% usually means "
         "extra staff were brought in to provide enhanced observations. Care Hours Per Patient Day "
         "(CHPPD) divides the total care hours by the number of patients on the ward at midnight.")
numbered("7.2", "Wards are rated Green where the RN day fill rate is 90% or above, Amber from 80% to 89.9% "
         "and Red below 80%. The Trust average is the simple average of the six wards.")
caption("Table 5: Ward fill rates and CHPPD, Q2 2025-26")
t = make_table(2 + len(wards) + 1, 9)
for j, h in enumerate(["Site", "Ward", "Ward type"]):
    set_cell(t.cell(0, j), h, bold=True)
    t.cell(0, j).merge(t.cell(1, j))
set_cell(t.cell(0, 3), "Day fill rate %", bold=True, align="c")
t.cell(0, 3).merge(t.cell(0, 4))
set_cell(t.cell(0, 5), "Night fill rate %", bold=True, align="c")
t.cell(0, 5).merge(t.cell(0, 6))
set_cell(t.cell(0, 7), "CHPPD", bold=True, align="r")
t.cell(0, 7).merge(t.cell(1, 7))
set_cell(t.cell(0, 8), "RAG", bold=True, align="c")
t.cell(0, 8).merge(t.cell(1, 8))
for j, h in enumerate(["RN", "HCA", "RN", "HCA"]):
    set_cell(t.cell(1, 3 + j), h, bold=True, align="r")
start = {}
for i, w in enumerate(wards):
    ri = 2 + i
    if w[0] not in start:
        start[w[0]] = ri
        set_cell(t.cell(ri, 0), w[0])
    set_cell(t.cell(ri, 1), w[1])
    set_cell(t.cell(ri, 2), w[2])
    for j in range(4):
        set_cell(t.cell(ri, 3 + j), f"{w[3 + j]:.1f}", align="r")
    set_cell(t.cell(ri, 7), f"{w[7]:.1f}", align="r")
    set_cell(t.cell(ri, 8), rag(w[3]), align="c")
# merge site cells vertically
sites = [w[0] for w in wards]
for s, a in start.items():
    b = a + sites.count(s) - 1
    if b > a:
        t.cell(a, 0).merge(t.cell(b, 0))
        set_cell(t.cell(a, 0), s)
ri = 2 + len(wards)
c = t.cell(ri, 0).merge(t.cell(ri, 2))
set_cell(c, "Trust average", bold=True)
for j in range(4):
    set_cell(t.cell(ri, 3 + j), f"{avg[j]:.1f}", bold=True, align="r")
set_cell(t.cell(ri, 7), f"{avg[4]:.1f}", bold=True, align="r")
set_cell(t.cell(ri, 8), rag(avg[0]), bold=True, align="c")
header_fill(t, 2)
doc.add_paragraph()
numbered("7.3", "Juniper Ward remains Red for RN day fill. The ward has four RN vacancies and relies on "
         "bank staff, who are often not available for late shifts. A recruitment event in Marrowby is "
         "planned for January 2026 and two internationally educated nurses will start in December.")
numbered("7.4", "The Trust registered nurse vacancy rate was 11.4% at the end of September, down from "
         "13.2% at the end of June. Sickness absence was 5.8% against a target of 4.5%. Agency spend in "
         "Q2 was £1.27m, of which £0.41m was for medical locums.")

doc.add_heading("8. Patient experience", level=2)
numbered("8.1", "The Trust received 47 formal complaints in Q2, compared with 52 in Q1. 92% were "
         "acknowledged within three working days. The most common themes were communication, "
         "attitude of staff and delays in community mental health team appointments.")
numbered("8.2", "The Friends and Family Test (FFT) is a short survey asking whether patients had a good "
         "experience. In Q2, 86% of FFT responses were positive, compared with 84% in Q1, from 1,132 "
         "responses.")
numbered("8.3", "The Patient Advice and Liaison Service (PALS) dealt with 318 contacts in Q2. Most PALS "
         "contacts were resolved within five working days.")

doc.add_heading("9. Recommendations", level=2)
numbered("9.1", "The Board is asked to:")
bullets([
    "note the contents of this report and the assurance provided by the Quality and Safety Committee;",
    "note the continued reduction in prone restraint;",
    "note the risks associated with OAP spend and RN staffing on Juniper Ward; and",
    "support the actions set out in sections 5, 6 and 7.",
])

doc.add_heading("Appendix A: Glossary", level=2)
gl = [
    ("AAR", "After Action Review"), ("CHPPD", "Care Hours Per Patient Day"),
    ("FFT", "Friends and Family Test"), ("HCA", "Healthcare Assistant"),
    ("ICB", "Integrated Care Board"), ("LFPSE", "Learning from Patient Safety Events"),
    ("OAP", "Out of area placement"), ("PALS", "Patient Advice and Liaison Service"),
    ("PICU", "Psychiatric Intensive Care Unit"), ("PSII", "Patient Safety Incident Investigation"),
    ("PSIRF", "Patient Safety Incident Response Framework"), ("RN", "Registered Nurse"),
]
t = make_table(len(gl) + 1, 2)
set_cell(t.cell(0, 0), "Abbreviation", bold=True)
set_cell(t.cell(0, 1), "Meaning", bold=True)
for i, (a, b) in enumerate(gl):
    set_cell(t.cell(i + 1, 0), a)
    set_cell(t.cell(i + 1, 1), b)
header_fill(t, 1)

doc.core_properties.title = "Quality and Safety Report Q2 2025-26"
doc.core_properties.author = "Wyvernshire and Orrin Partnership NHS Foundation Trust"
doc.save(OUT)
print("written", OUT)
print("month_tot", month_tot, q1_tot, q2_tot, "harm sums", {n: sum(v) for n, v in harm})
print("mod+", mod_plus_q1, mod_plus_q2)
print("cats", cat_q1, cat_q2)
print("restr", RESTR)
print("oap", OAP)
print("avg", avg, "prone target", PRONE_TARGET)
