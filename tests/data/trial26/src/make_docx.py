"""Generate t26_immunisation_screening_report.docx (Wendlemoor Health Protection Board)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/trials_new/trial26/t26_immunisation_screening_report.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def settext(cell, text, bold=False, italic=False, align=None, size=8.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(9.5)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True


def note(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(8)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def numbered(items):
    for it in items:
        doc.add_paragraph(it, style="List Number")


def pp(x):
    """percentage-point change with brackets for negatives"""
    if x is None:
        return "n/a"
    if abs(x) < 0.05:
        return "0.0"
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def make_table(nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


# ----------------------------------------------------------------- title
t = doc.add_paragraph()
r = t.add_run("Wendlemoor Health Protection Board")
r.bold = True
r.font.size = Pt(11)
doc.add_heading("Immunisation and Screening Uptake: Annual Report 2024-25", level=0)
for lab, val in [("Meeting date", "9 October 2025"),
                 ("Report author", "Consultant in Public Health (Health Protection), Wendlemoor Borough Council Public Health Team"),
                 ("Sponsor", "Director of Public Health"),
                 ("Agenda item", "5"),
                 ("Purpose", "For assurance and discussion")]:
    p = doc.add_paragraph()
    a = p.add_run(lab + ": ")
    a.bold = True
    p.add_run(val)

# ----------------------------------------------------------------- 1
doc.add_heading("1. Purpose", level=1)
doc.add_paragraph(
    "This report gives the Board an annual overview of uptake of the routine childhood immunisation programme, the "
    "seasonal and adult vaccination programmes, and coverage of the national screening programmes for residents of "
    "Wendlemoor in 2024-25. It compares local performance with England and with the national standards, and sets out "
    "the actions agreed with NHS England and the Wendlemoor Health and Care Partnership to improve uptake.")

doc.add_heading("2. Summary", level=1)
doc.add_paragraph("The key messages for the Board are:")
bullets([
    "Childhood immunisation uptake improved slightly for every vaccine in 2024-25 and remains above the England average, "
    "but only one of the 13 childhood measures reported met the 95% target.",
    "Uptake of the second dose of MMR at five years was 87.5%, well below the 95% needed for herd immunity against measles.",
    "Quillby district has the lowest uptake for every childhood vaccine and was the centre of a measles outbreak in spring 2025.",
    "All screening programmes except cervical screening met the acceptable national standard in 2024-25; AAA screening met it for the first time.",
    "Cervical screening coverage for women aged 25 to 49 remains below the 80% standard at 67.9%.",
])

# ----------------------------------------------------------------- 3 childhood
doc.add_heading("3. Routine childhood immunisations", level=1)
doc.add_paragraph(
    "Childhood uptake figures come from the quarterly COVER (Cover of Vaccination Evaluated Rapidly) data collection "
    "published by the UK Health Security Agency (UKHSA), aggregated to financial years. Uptake is measured at 12 months, "
    "24 months and 5 years of age. The World Health Organization recommends 95% coverage to achieve herd immunity, and "
    "this is used as the local target for every childhood vaccine. The RAG rating in Table 1 is Green at 95% or above, "
    "Amber from 90.0% to 94.9%, and Red below 90%.")

T1 = [
    ("Vaccinations by 12 months", [
        ("DTaP/IPV/Hib/HepB (6-in-1), 3 doses", 92.4, 91.9, 93.1, 91.6),
        ("PCV, 1 dose", 93.8, 93.5, 94.2, 93.2),
        ("MenB, 2 doses", 92.0, 91.3, 92.6, 91.0),
        ("Rotavirus, 2 doses", 90.1, 89.6, 90.8, 89.2),
    ]),
    ("Vaccinations by 24 months", [
        ("DTaP/IPV/Hib/HepB, 3 doses (24m)", 94.1, 92.7, 94.6, 92.5),
        ("MMR dose 1 (24m)", 90.6, 88.9, 91.2, 88.7),
        ("Hib/MenC booster (24m)", 90.3, 88.6, 90.9, 88.5),
        ("PCV booster", 90.0, 88.5, 90.4, 88.2),
        ("MenB booster", 89.4, 87.9, 89.8, 87.6),
    ]),
    ("Vaccinations by 5 years", [
        ("DTaP/IPV/Hib/HepB, 3 doses (5y)", 95.3, 94.8, 95.4, 94.5),
        ("MMR dose 1 (5y)", 94.0, 92.5, 94.3, 92.3),
        ("MMR dose 2 (5y)", 86.7, 84.5, 87.5, 83.9),
        ("DTaP/IPV pre-school booster", 85.2, 83.3, 86.1, 83.0),
    ]),
]


def rag(v):
    return "Green" if v >= 95 else ("Amber" if v >= 90 else "Red")


caption("Table 1: Childhood immunisation uptake by vaccine and age, Wendlemoor and England, 2023-24 and 2024-25 (%)")
nrows = 2 + sum(1 + len(g[1]) for g in T1)
tb = make_table(nrows, 8)
h0 = tb.rows[0].cells
h1 = tb.rows[1].cells
settext(h0[0], "Vaccine", True)
h0[0].merge(h1[0])
settext(h0[0], "Vaccine", True)
m = h0[1].merge(h0[2]); settext(m, "2023-24", True, align="c")
m = h0[3].merge(h0[4]); settext(m, "2024-25", True, align="c")
for ci, lab in [(5, "Change (pp)"), (6, "Target"), (7, "RAG 2024-25")]:
    c = h0[ci].merge(h1[ci]); settext(c, lab, True, align="c")
for ci, lab in [(1, "Wendlemoor"), (2, "England"), (3, "Wendlemoor"), (4, "England")]:
    settext(h1[ci], lab, True, align="c")
for c in list(tb.rows[0].cells) + list(tb.rows[1].cells):
    shade(c, "D9E2F3")
ri = 2
green = 0
for grp, items in T1:
    row = tb.rows[ri].cells
    g = row[0].merge(row[7])
    settext(g, grp, True, italic=True)
    shade(g, "F2F2F2")
    ri += 1
    for lab, w1, e1, w2, e2 in items:
        c = tb.rows[ri].cells
        vals = [lab, f"{w1:.1f}", f"{e1:.1f}", f"{w2:.1f}", f"{e2:.1f}", pp(w2 - w1), "95", rag(w2)]
        green += rag(w2) == "Green"
        for j, v in enumerate(vals):
            settext(c[j], v, align=None if j == 0 else "r")
        ri += 1
print("T1 green count", green, "measures", sum(len(g[1]) for g in T1))
note("pp = percentage points. Source: UKHSA COVER data, Wendlemoor residents (GP-registered population).")

doc.add_paragraph(
    "The 6-in-1 vaccine at 12 months rose from 92.4% to 93.1%, and MMR dose 1 at 24 months rose from 90.6% to 91.2%. "
    "The only measure rated Green was the 6-in-1 primary course by five years, at 95.4%. The measures furthest from "
    "target are the DTaP/IPV pre-school booster (86.1%) and MMR dose 2 (87.5%), both given at around three years and "
    "four months. Around 4,650 children reach their fifth birthday in Wendlemoor each year, so MMR2 uptake of 87.5% "
    "means roughly 580 children a year start school without full protection against measles.")

doc.add_heading("3.1 Uptake by district", level=2)
doc.add_paragraph(
    "Table 2 shows uptake for four key measures in each of Wendlemoor's five districts. Significance is assessed "
    "against the Wendlemoor average using 95% confidence intervals.")
T2 = [
    ("Brackenholt", 94.8, 93.5, 90.9, 89.6, "Significantly higher"),
    ("Quillby", 91.2, 87.4, 82.1, 80.7, "Significantly lower"),
    ("Dunmere Cross", 93.6, 92.0, 88.3, 87.0, "Not significantly different"),
    ("Harrowfield", 92.5, 90.3, 86.2, 84.9, "Not significantly different"),
    ("Seltonbridge", 93.4, 92.6, 89.8, 88.1, "Significantly higher"),
    ("Wendlemoor", 93.1, 91.2, 87.5, 86.1, "–"),
]
caption("Table 2: Childhood immunisation uptake by district, 2024-25 (%)")
tb = make_table(len(T2) + 2, 6)
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
c = h0[0].merge(h1[0]); settext(c, "District", True)
settext(h0[1], "12 months", True, align="c")
settext(h0[2], "24 months", True, align="c")
c = h0[3].merge(h0[4]); settext(c, "5 years", True, align="c")
c = h0[5].merge(h1[5]); settext(c, "MMR2 compared with Wendlemoor", True, align="c")
for ci, lab in [(1, "6-in-1 (3 doses)"), (2, "MMR1"), (3, "MMR2"), (4, "Pre-school booster")]:
    settext(h1[ci], lab, True, align="c")
for cc in list(h0) + list(h1):
    shade(cc, "D9E2F3")
for i, (d, *v, sig) in enumerate(T2):
    c = tb.rows[i + 2].cells
    bold = d == "Wendlemoor"
    settext(c[0], d, bold)
    for j, x in enumerate(v):
        settext(c[j + 1], f"{x:.1f}", bold, align="r")
    settext(c[5], sig, bold)
note("Target for all measures: 95%. No district met the target for any of the four measures.")

doc.add_paragraph(
    "Quillby has the lowest uptake for all four measures; MMR2 uptake there was 82.1%, 5.4 percentage points below "
    "the Wendlemoor average. Quillby has the youngest population in Wendlemoor, the highest proportion of families "
    "who have moved to the area in the last two years, and higher GP list turnover, all of which are associated "
    "with missed and late immunisations.")
doc.add_paragraph(
    "There were 14 laboratory-confirmed measles cases in Wendlemoor in 2024-25, 11 of them in Quillby, compared with "
    "2 cases in 2023-24. Nine of the 14 cases were in children under five, and four children were admitted to hospital. "
    "In response the UKHSA health protection team and the immunisation coordinator ran catch-up MMR clinics in Quillby "
    "children's centres between March and June 2025, which gave 612 additional MMR doses.")

# ----------------------------------------------------------------- 4 seasonal / adult
doc.add_heading("4. Seasonal and adult vaccination programmes", level=1)
doc.add_paragraph(
    "Table 3 shows uptake for the seasonal influenza, COVID-19 and adult vaccination programmes against the national "
    "ambitions set in the annual flu letter and the NHS England vaccination strategy. The respiratory syncytial virus "
    "(RSV) programme for older adults started on 1 September 2024, so no 2023-24 figure is available.")
T3 = [
    ("Influenza", "Aged 65 and over", "75.0", 78.1, 76.4, "Worsening"),
    ("Influenza", "Under 65 in clinical risk groups", "55.0", 41.8, 40.2, "Worsening"),
    ("Influenza", "Pregnant women", "–", 34.9, 36.3, "Improving"),
    ("Influenza", "Children aged 2 and 3 years", "50.0", 45.2, 44.6, "No significant change"),
    ("Influenza", "Frontline health and care workers", "–", 44.6, 41.9, "Worsening"),
    ("COVID-19 autumn booster", "Aged 75 and over", "–", 68.3, 66.9, "Worsening"),
    ("Shingles", "Aged 71 (routine cohort)", "60.0", 41.3, 44.5, "Improving"),
    ("Pneumococcal (PPV23)", "Aged 65 and over", "75.0", 71.9, 72.4, "No significant change"),
    ("RSV", "Aged 75 to 79 (catch-up)", "60.0", None, 58.7, "n/a"),
]
caption("Table 3: Seasonal and adult vaccination uptake, 2023-24 and 2024-25 (%)")
tb = make_table(len(T3) + 1, 7)
for j, lab in enumerate(["Programme", "Eligible group", "National ambition", "2023-24", "2024-25", "Change (pp)", "Trend"]):
    settext(tb.rows[0].cells[j], lab, True, align="c")
    shade(tb.rows[0].cells[j], "D9E2F3")
for i, (prog, grp, amb, a, b, trend) in enumerate(T3):
    c = tb.rows[i + 1].cells
    settext(c[0], prog)
    settext(c[1], grp)
    settext(c[2], amb, align="r")
    settext(c[3], "n/a" if a is None else f"{a:.1f}", align="r")
    settext(c[4], f"{b:.1f}", align="r")
    settext(c[5], pp(None if a is None else b - a), align="r")
    settext(c[6], trend)
# vertically merge the Influenza programme cells (rows 1-5)
top = tb.cell(1, 0)
merged = top.merge(tb.cell(5, 0))
settext(merged, "Influenza")
note("– = no national ambition set. n/a = programme not running in 2023-24.")

doc.add_paragraph(
    "Flu uptake among people aged 65 and over was 76.4%, above the 75% ambition but 1.7 percentage points lower than "
    "in 2023-24. Uptake among under-65s in clinical risk groups, at 40.2%, remains far below the 55% ambition. "
    "Shingles uptake improved to 44.5% following the extension of eligibility to people turning 65, although this "
    "is still well short of the 60% ambition.")

# ----------------------------------------------------------------- 5 screening
doc.add_heading("5. Screening programmes", level=1)
doc.add_paragraph(
    "Table 4 shows coverage for the three cancer screening programmes and three non-cancer programmes over four years. "
    "Coverage is the proportion of the eligible population screened within the recommended interval. Each programme "
    "has an acceptable threshold, which all services are expected to meet, and an achievable threshold, which "
    "represents high performance. Significance compares Wendlemoor with England in 2024-25.")
T4 = [
    ("Cancer screening", [
        ("Breast screening (women 53 to 70)", "70", "80", 66.8, 68.9, 70.4, 71.2, 69.9, "Significantly higher"),
        ("Cervical screening (aged 25 to 49)", "80", "–", 69.1, 68.4, 67.6, 67.9, 66.8, "Significantly higher"),
        ("Cervical screening (aged 50 to 64)", "80", "–", 74.9, 74.6, 74.1, 73.8, 74.5, "Significantly lower"),
        ("Bowel screening (aged 60 to 74)", "55", "60", 68.2, 69.5, 71.0, 71.8, 72.0, "Similar"),
    ]),
    ("Non-cancer screening", [
        ("Abdominal aortic aneurysm (AAA) screening", "85", "90", 79.4, 83.2, 84.6, 85.9, 82.1, "Significantly higher"),
        ("Diabetic eye screening", "75", "85", 76.1, 78.4, 80.2, 81.0, 82.5, "Significantly lower"),
        ("Newborn hearing screening", "98", "99.5", 99.1, 98.9, 99.2, 99.3, 98.7, "Similar"),
    ]),
]
caption("Table 4: Screening coverage by programme, Wendlemoor, 2021-22 to 2024-25 (%)")
nrows = 2 + sum(1 + len(g[1]) for g in T4)
tb = make_table(nrows, 10)
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
c = h0[0].merge(h1[0]); settext(c, "Programme", True)
c = h0[1].merge(h0[2]); settext(c, "Standard", True, align="c")
c = h0[3].merge(h0[6]); settext(c, "Wendlemoor coverage", True, align="c")
c = h0[7].merge(h1[7]); settext(c, "England 2024-25", True, align="c")
c = h0[8].merge(h1[8]); settext(c, "Compared with England", True, align="c")
c = h0[9].merge(h1[9]); settext(c, "Met acceptable standard 2024-25", True, align="c")
for ci, lab in [(1, "Acceptable"), (2, "Achievable"), (3, "2021-22"), (4, "2022-23"), (5, "2023-24"), (6, "2024-25")]:
    settext(h1[ci], lab, True, align="c")
for cc in list(h0) + list(h1):
    shade(cc, "D9E2F3")
ri = 2
for grp, items in T4:
    row = tb.rows[ri].cells
    g = row[0].merge(row[9]); settext(g, grp, True, italic=True); shade(g, "F2F2F2")
    ri += 1
    for lab, acc, ach, y1, y2, y3, y4, eng, sig in items:
        met = "Yes" if y4 >= float(acc) else "No"
        vals = [lab, acc, ach, f"{y1:.1f}", f"{y2:.1f}", f"{y3:.1f}", f"{y4:.1f}", f"{eng:.1f}", sig, met]
        c = tb.rows[ri].cells
        for j, v in enumerate(vals):
            settext(c[j], v, align=None if j in (0, 8) else "r")
        ri += 1
note("Standards are national programme thresholds (%). – = no achievable threshold set. "
     "Diabetic eye screening and newborn hearing screening figures are uptake/coverage as defined by each programme.")

doc.add_paragraph(
    "Breast screening coverage met the acceptable standard of 70% for the second year running, at 71.2%. Bowel "
    "screening coverage has risen every year since 2021-22 and, at 71.8%, is well above the achievable threshold of "
    "60%, helped by the extension of the programme to people aged 54 to 59. AAA screening met the 85% acceptable "
    "standard for the first time, at 85.9%.")
doc.add_paragraph(
    "Cervical screening coverage in both age groups is below the 80% standard. Coverage in women aged 25 to 49 "
    "improved slightly in 2024-25 after two years of decline, but coverage in women aged 50 to 64 fell again to 73.8%. "
    "Diabetic eye screening uptake (81.0%) exceeds the acceptable threshold but is significantly lower than England.")

doc.add_heading("5.1 Cervical screening by district", level=2)
T5 = [
    ("Brackenholt", 71.4, 72.0, "No significant change"),
    ("Quillby", 61.2, 62.5, "Improving"),
    ("Dunmere Cross", 68.0, 67.2, "No significant change"),
    ("Harrowfield", 66.3, 66.9, "No significant change"),
    ("Seltonbridge", 70.2, 69.5, "Worsening"),
    ("Wendlemoor", 67.6, 67.9, "No significant change"),
]
caption("Table 5: Cervical screening coverage, women aged 25 to 49, by district (%)")
tb = make_table(len(T5) + 1, 5)
for j, lab in enumerate(["District", "2023-24", "2024-25", "Change (pp)", "Trend"]):
    settext(tb.rows[0].cells[j], lab, True, align="c")
    shade(tb.rows[0].cells[j], "D9E2F3")
for i, (d, a, b, tr) in enumerate(T5):
    c = tb.rows[i + 1].cells
    bold = d == "Wendlemoor"
    settext(c[0], d, bold)
    settext(c[1], f"{a:.1f}", bold, align="r")
    settext(c[2], f"{b:.1f}", bold, align="r")
    settext(c[3], pp(b - a), bold, align="r")
    settext(c[4], tr, bold)
note("Standard: 80%. Trend compares 2024-25 with 2023-24 using 95% confidence intervals.")
doc.add_paragraph(
    "Quillby's coverage rose by 1.3 percentage points after the introduction of evening and Saturday sample-taking "
    "clinics at two Quillby practices, but it remains the lowest in Wendlemoor. Seltonbridge is the only district where "
    "coverage fell significantly. HPV self-sampling kits, which are being introduced nationally for under-screened "
    "women, are expected to help from 2026.")

# ----------------------------------------------------------------- 6 inequalities & actions
doc.add_heading("6. Inequalities", level=1)
doc.add_paragraph(
    "Uptake of every childhood vaccine and every screening programme is lower in the most deprived quintile of "
    "Wendlemoor than in the least deprived quintile. For MMR2 at five years the gap between the most and least deprived "
    "quintiles is 9.8 percentage points. Uptake is also lower among some Gypsy, Roma and Traveller communities and among "
    "recently arrived families, although local data by ethnicity is incomplete and is not reported here.")

doc.add_heading("7. Action plan", level=1)
doc.add_paragraph("The Immunisation and Screening Oversight Group has agreed the following actions for 2025-26:")
T6 = [
    ("Targeted MMR catch-up and outreach in Quillby, including home visits by the immunisation coordinator", "Immunisation coordinator", "March 2026", "On track"),
    ("Text and letter reminders for pre-school boosters sent by all GP practices at 3 years 4 months", "Primary care commissioning lead", "December 2025", "On track"),
    ("Evening and weekend cervical screening clinics in Harrowfield and Dunmere Cross", "Primary care network clinical directors", "January 2026", "At risk"),
    ("Flu vaccination in community pharmacies for under-65s in clinical risk groups", "Community pharmacy lead", "February 2026", "On track"),
    ("Data sharing agreement to report uptake by ethnicity", "Public health intelligence manager", "June 2026", "Delayed"),
]
caption("Table 6: Immunisation and screening action plan 2025-26")
tb = make_table(len(T6) + 1, 4)
for j, lab in enumerate(["Action", "Lead", "Due", "Status"]):
    settext(tb.rows[0].cells[j], lab, True, align="c")
    shade(tb.rows[0].cells[j], "D9E2F3")
for i, row in enumerate(T6):
    for j, v in enumerate(row):
        settext(tb.rows[i + 1].cells[j], v)

doc.add_heading("8. Recommendations", level=1)
doc.add_paragraph("The Board is asked to:")
numbered([
    "note the improvement in childhood immunisation uptake and the continued gap to the 95% target;",
    "support the targeted MMR catch-up programme in Quillby and ask partners to promote it;",
    "ask the Wendlemoor Health and Care Partnership to report back in April 2026 on cervical screening access in Harrowfield and Dunmere Cross;",
    "agree that flu vaccination of frontline health and care workers should be raised with all provider boards;",
    "receive the next annual report in October 2026.",
])
p = doc.add_paragraph()
r = p.add_run("Glossary: AAA – abdominal aortic aneurysm; COVER – Cover of Vaccination Evaluated Rapidly; MMR – measles, "
              "mumps and rubella; PCV – pneumococcal conjugate vaccine; pp – percentage points; RSV – respiratory "
              "syncytial virus; UKHSA – UK Health Security Agency.")
r.font.size = Pt(8.5)

doc.save(OUT)
print("written", OUT)
