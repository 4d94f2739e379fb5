# Generates t21_public_health_outcomes_2025.docx (Ravensholt Vale Health and Wellbeing Board)
import sys
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "t21_public_health_outcomes_2025.docx"
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)

def para(text, bold=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold
    return p

def bullets(items):
    for it in items: d.add_paragraph(it, style='List Bullet')

def caption(text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(9.5)

def set_cell(cell, text, bold=False, align=None, size=8.5):
    cell.text = ''
    p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def table(header_rows, body, merges=(), group_rows=(), bold_rows=(), num_from=1):
    """header_rows: list of lists; merges: ((r1,c1),(r2,c2)) in header coordinates"""
    ncol = len(header_rows[0])
    t = d.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
    for hr in header_rows:
        cells = t.add_row().cells
        for i, v in enumerate(hr):
            set_cell(cells[i], v, bold=True, align='c' if i else None); shade(cells[i], 'D9E2EC')
    for (r1, c1), (r2, c2) in merges:
        a = t.cell(r1, c1); b = t.cell(r2, c2)
        txt = a.text
        m = a.merge(b)
        # keep only the first text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        set_cell(m, txt, bold=True, align='c' if c1 else None); 
    nh = len(header_rows)
    for k, row in enumerate(body):
        cells = t.add_row().cells
        if k in group_rows:
            m = cells[0].merge(cells[-1]); set_cell(m, row[0], bold=True); shade(m, 'EEF3F7'); continue
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(k in bold_rows), align='r' if i >= num_from else None)
    d.add_paragraph()
    return t

# ---------------- front matter ----------------
h = d.add_paragraph(); r = h.add_run("Ravensholt Vale Health and Wellbeing Board"); r.bold = True; r.font.size = Pt(12)
d.add_heading("Public Health Outcomes Report 2025", 0)
meta = d.add_table(rows=0, cols=2); meta.style = 'Table Grid'
for a, b in [("Report date", "22 January 2026"), ("Meeting", "Health and Wellbeing Board, 5 February 2026"),
             ("Report of", "Director of Public Health, Ravensholt Vale Council"),
             ("Author", "Consultant in Public Health (Intelligence and Epidemiology)"),
             ("Agenda item", "7"), ("Status", "For information and discussion")]:
    c = meta.add_row().cells; set_cell(c[0], a, bold=True, size=9); set_cell(c[1], b, size=9)
d.add_paragraph()

d.add_heading("1. Purpose of the report", 1)
para("1.1 This report gives the Board an overview of the health of the population of Ravensholt Vale, using the latest "
     "published data from the Public Health Outcomes Framework (PHOF) and related national datasets. It compares the borough "
     "with the region and England, shows differences between the six districts, and identifies the priorities that the "
     "Director of Public Health proposes for 2026/27.")
para("1.2 The Board is asked to note the findings, to endorse the proposed priorities, and to agree the recommendations in section 10.")

d.add_heading("2. Background and method", 1)
para("2.1 The Public Health Outcomes Framework (PHOF) is the national set of indicators used to measure improvements in "
     "health and reductions in health inequalities. Ravensholt Vale has an estimated resident population of 318,400 "
     "(mid-2024), living in six districts: Ravensholt Central, Morrowby, Cinderfold, Ellerscar, Brindlegate and Wyvernhythe.")
para("2.2 Mortality rates in this report are directly standardised rates (DSR) per 100,000 population, which adjust for "
     "differences in age structure so that areas can be compared fairly. The comparison words in the tables are based on "
     "95% confidence intervals:")
bullets(["'Better' means the local value is statistically significantly better than England;",
         "'Similar' means there is no statistically significant difference from England;",
         "'Worse' means the local value is statistically significantly worse than England."])
para("2.3 Recent trend is based on the last five data points where available and is described as 'Improving', "
     "'Worsening' or 'No significant change'. Where a trend cannot be calculated this is shown as 'n/a'.")

d.add_heading("3. Summary of findings", 1)
para("3.1 Of the 15 headline indicators in Table 1, Ravensholt Vale is significantly worse than England on 10, similar on 3 and "
     "better on 2. The main findings are:")
bullets([
 "life expectancy at birth is 77.2 years for men and 81.4 years for women (2021-23), below the England averages of 79.1 and 83.0 years;",
 "men in the most deprived tenth of the borough live 10.8 fewer years than men in the least deprived tenth; for women the gap is 8.4 years;",
 "adult smoking prevalence has fallen to 14.1% in 2024 from 17.3% in 2019, but remains above England (11.6%);",
 "the under 75 mortality rate from liver disease considered preventable has risen in each of the last three periods;",
 "no childhood vaccine reached the 95% coverage target in any quarter of 2024/25.",
])

caption("Table 1: Headline public health indicators, Ravensholt Vale compared with region and England")
HEAD = ["Indicator", "Period", "Ravensholt Vale", "Region", "England", "Compared with England", "Recent trend"]
T1 = [
 ["Wider determinants of health"],
 ["Children in relative low income families, under 16s (%)", "2023/24", "24.6", "22.1", "19.8", "Worse", "Worsening"],
 ["Good level of development at end of Reception (%)", "2023/24", "64.2", "65.8", "67.7", "Worse", "No significant change"],
 ["Hospital admissions for violence (per 100,000)", "2021/22 - 23/24", "52.8", "49.6", "40.9", "Worse", "Improving"],
 ["Health improvement"],
 ["Smoking prevalence in adults aged 18+ (%)", "2024", "14.1", "12.9", "11.6", "Worse", "Improving"],
 ["Adults classified as overweight or obese (%)", "2023/24", "68.9", "67.1", "64.5", "Worse", "n/a"],
 ["Physically active adults (%)", "2023/24", "63.7", "65.2", "67.4", "Worse", "No significant change"],
 ["Admission episodes for alcohol-specific conditions (per 100,000)", "2023/24", "712", "693", "612", "Worse", "Worsening"],
 ["Under 18s conception rate (per 1,000 females aged 15-17)", "2022", "15.2", "16.8", "13.1", "Similar", "Improving"],
 ["Health protection"],
 ["Flu vaccination coverage, aged 65+ (%)", "2024/25", "76.4", "74.9", "73.8", "Better", "–"],
 ["TB incidence, three-year average (per 100,000)", "2021-23", "6.1", "7.4", "8.5", "Better", "No significant change"],
 ["Healthcare and premature mortality"],
 ["Under 75 mortality rate from all causes (per 100,000)", "2023", "398.2", "382.6", "341.6", "Worse", "No significant change"],
 ["Suicide rate (per 100,000)", "2021-23", "12.9", "11.8", "10.7", "Similar", "No significant change"],
 ["Emergency admissions due to falls, aged 65+ (per 100,000)", "2023/24", "2,104", "2,010", "1,984", "Similar", "Worsening"],
 ["Healthy life expectancy at birth, female (years)", "2021-23", "59.8", "60.6", "61.9", "Worse", "n/a"],
 ["Healthy life expectancy at birth, male (years)", "2021-23", "58.9", "59.7", "61.5", "Worse", "n/a"],
]
table([HEAD], T1, group_rows={0, 4, 10, 13})

d.add_heading("4. Life expectancy and inequalities", 1)
para("4.1 Life expectancy at birth in Ravensholt Vale has fallen slightly since 2018-20, by 0.3 years for men and 0.2 years "
     "for women. The gap with England has stayed broadly the same. Table 2 shows large differences between districts: "
     "male life expectancy in Cinderfold (73.8 years) is 6.5 years lower than in Ellerscar (80.3 years).")
para("4.2 Healthy life expectancy (HLE) is the average number of years a person can expect to live in good health. In "
     "Ravensholt Vale, women can expect to live 59.8 years in good health and men 58.9 years, meaning that on average women "
     "spend 21.6 years of their lives in poor health.")
caption("Table 2: Life expectancy at birth by district (years), 2018-20 and 2021-23")
H2a = ["District", "Male", "", "", "Female", "", ""]
H2b = ["", "2018-20", "2021-23", "vs England", "2018-20", "2021-23", "vs England"]
T2 = [
 ["Ravensholt Central", "75.1", "74.6", "Worse", "79.9", "79.5", "Worse"],
 ["Morrowby", "79.8", "79.9", "Similar", "83.4", "83.2", "Similar"],
 ["Cinderfold", "74.2", "73.8", "Worse", "78.7", "78.9", "Worse"],
 ["Ellerscar", "80.6", "80.3", "Better", "84.1", "84.0", "Better"],
 ["Brindlegate", "77.3", "76.9", "Worse", "81.2", "80.8", "Worse"],
 ["Wyvernhythe", "78.5", "78.4", "Similar", "82.6", "82.3", "Similar"],
 ["Ravensholt Vale", "77.5", "77.2", "Worse", "81.6", "81.4", "Worse"],
 ["Region", "77.9", "77.6", "–", "81.7", "81.5", "–"],
 ["England", "79.4", "79.1", "–", "83.1", "83.0", "–"],
]
table([H2a, H2b], T2, merges=[((0,1),(0,3)), ((0,4),(0,6)), ((0,0),(1,0))], bold_rows={6})

d.add_heading("5. Child health and healthy weight", 1)
para("5.1 The National Child Measurement Programme (NCMP) measures the height and weight of children in Reception (age 4-5) "
     "and Year 6 (age 10-11). In 2023/24, 23.4% of Reception children and 38.1% of Year 6 children in Ravensholt Vale were "
     "overweight or obese, both significantly worse than England.")
para("5.2 Excess weight roughly doubles between Reception and Year 6 in Cinderfold and Ravensholt Central, the two districts "
     "with the highest levels of child poverty. A whole-systems healthy weight plan was launched in September 2025.")
caption("Table 3: Children overweight (including obese) by district, NCMP 2023/24 (%)")
H3a = ["District", "Reception (age 4-5)", "", "Year 6 (age 10-11)", ""]
H3b = ["", "% overweight or obese", "Compared with England", "% overweight or obese", "Compared with England"]
T3 = [
 ["Ravensholt Central", "25.4", "Worse", "40.2", "Worse"],
 ["Morrowby", "20.8", "Similar", "33.1", "Better"],
 ["Cinderfold", "26.1", "Worse", "41.7", "Worse"],
 ["Ellerscar", "19.6", "Better", "31.4", "Better"],
 ["Brindlegate", "23.0", "Similar", "37.9", "Similar"],
 ["Wyvernhythe", "22.7", "Similar", "36.4", "Similar"],
 ["Ravensholt Vale", "23.4", "Worse", "38.1", "Worse"],
 ["England", "22.1", "–", "35.8", "–"],
]
table([H3a, H3b], T3, merges=[((0,1),(0,2)), ((0,3),(0,4)), ((0,0),(1,0))], bold_rows={6})

d.add_heading("6. Healthy lifestyles", 1)
para("6.1 Adult smoking prevalence in Ravensholt Vale has fallen from 17.3% in 2019 to 14.1% in 2024. Smoking remains much "
     "more common among adults in routine and manual occupations, at 22.7%. The local stop smoking service supported 1,482 "
     "people to set a quit date in 2024/25, of whom 781 (52.7%) had quit at four weeks.")
para("6.2 Admission episodes for alcohol-specific conditions rose to 712 per 100,000 in 2023/24, the highest rate recorded "
     "locally. The community alcohol service had 1,215 adults in treatment at 31 March 2025, of whom 34% completed treatment "
     "successfully during the year.")

d.add_heading("7. Premature mortality", 1)
para("7.1 Table 4 shows under 75 mortality from causes considered preventable, as three-year pooled rates. Rates for cancer "
     "have improved across the three periods, while the rate for liver disease has increased each period and is now 24.3 per "
     "100,000, compared with 18.6 in England.")
caption("Table 4: Under 75 mortality rate from causes considered preventable (DSR per 100,000)")
H4a = ["Cause of death", "Ravensholt Vale", "", "", "England", "Compared with England", "Trend"]
H4b = ["", "2019-21", "2020-22", "2021-23", "2021-23", "", ""]
T4 = [
 ["All causes considered preventable", "164.5", "167.2", "166.8", "142.0", "Worse", "No significant change"],
 ["Cardiovascular disease", "34.8", "35.9", "36.4", "29.4", "Worse", "No significant change"],
 ["Cancer", "56.2", "54.9", "53.1", "49.5", "Worse", "Improving"],
 ["Respiratory disease", "22.7", "20.9", "21.8", "17.1", "Worse", "No significant change"],
 ["Liver disease", "21.4", "23.0", "24.3", "18.6", "Worse", "Worsening"],
]
table([H4a, H4b], T4, merges=[((0,1),(0,3)), ((0,0),(1,0)), ((0,5),(1,5)), ((0,6),(1,6))], bold_rows={0})
para("Note: the causes shown do not add up to all causes considered preventable because other causes are not listed separately.")

d.add_heading("8. Health protection and immunisation", 1)
para("8.1 Childhood immunisation coverage remains below the 95% target needed for population (herd) protection. Coverage of "
     "the second dose of MMR at 5 years improved slightly over the year but at 85.1% in Q4 leaves around one in seven "
     "five-year-olds not fully protected against measles.")
para("8.2 Flu vaccination coverage for people aged 65 and over was 76.4% in 2024/25, better than England, but coverage among "
     "clinical at-risk groups aged under 65 was lower. A targeted MMR catch-up campaign ran in Cinderfold and Ravensholt Central "
     "from February to April 2025.")
caption("Table 5: Childhood immunisation coverage by quarter, 2024/25 (%)")
H5a = ["Vaccine and age", "Ravensholt Vale 2024/25", "", "", "", "England", "Target"]
H5b = ["", "Q1", "Q2", "Q3", "Q4", "Q4", ""]
T5 = [
 ["DTaP/IPV/Hib/HepB at 12 months", "92.4", "92.9", "91.8", "92.6", "91.3", "95.0"],
 ["MMR dose 1 at 24 months", "89.7", "90.3", "89.1", "88.6", "88.9", "95.0"],
 ["MMR dose 2 at 5 years", "84.2", "83.5", "84.9", "85.1", "83.9", "95.0"],
 ["DTaP/IPV pre-school booster at 5 years", "83.8", "84.6", "84.0", "84.4", "83.1", "95.0"],
 ["Flu vaccine, children aged 2-3 years", "n/a", "n/a", "41.6", "44.2", "42.9", "n/a"],
]
table([H5a, H5b], T5, merges=[((0,1),(0,4)), ((0,0),(1,0)), ((0,6),(1,6))])
para("Note: flu vaccine for children is offered from September to March only, so Q1 and Q2 are not applicable.")

d.add_heading("9. NHS Health Check programme", 1)
para("9.1 The NHS Health Check is offered every five years to adults aged 40 to 74 without a pre-existing cardiovascular "
     "condition. In 2024/25, 19,270 checks were offered and 9,020 were received, an uptake of 46.8%, compared with a "
     "local ambition of 55%.")
HC = [("Ravensholt Central", 18420, 3910, 1620), ("Morrowby", 14850, 3120, 1710), ("Cinderfold", 16230, 3480, 1290),
      ("Ellerscar", 12760, 2640, 1530), ("Brindlegate", 15390, 3250, 1480), ("Wyvernhythe", 13980, 2870, 1390)]
caption("Table 6: NHS Health Checks offered and received by district, 2024/25")
H6 = ["District", "Eligible population (number)", "Offered (number)", "Received (number)", "Uptake (% of offered)"]
T6 = [[n, f"{e:,}", f"{o:,}", f"{r:,}", f"{100*r/o:.1f}"] for n, e, o, r in HC]
E = sum(x[1] for x in HC); O = sum(x[2] for x in HC); R = sum(x[3] for x in HC)
T6.append(["Ravensholt Vale", f"{E:,}", f"{O:,}", f"{R:,}", f"{100*R/O:.1f}"])
table([H6], T6, bold_rows={len(T6)-1})
assert (O, R) == (19270, 9020), (O, R)

d.add_heading("10. Priorities and recommendations", 1)
para("10.1 The Director of Public Health proposes the following priorities for 2026/27:")
bullets([
 "reduce smoking in routine and manual workers and in pregnancy, through an enhanced stop smoking offer in Cinderfold and Ravensholt Central;",
 "tackle alcohol harm, including a new alcohol care team pathway with Ravensholt Vale Hospitals NHS Foundation Trust;",
 "increase childhood immunisation uptake, with outreach clinics in the districts with the lowest coverage;",
 "deliver the whole-systems healthy weight plan, starting with schools in the two districts with the highest child excess weight;",
 "improve NHS Health Check uptake through community pharmacy and workplace checks.",
])
para("10.2 The Health and Wellbeing Board is recommended to:")
bullets([
 "note the findings of the Public Health Outcomes Report 2025;",
 "endorse the five public health priorities for 2026/27 set out in paragraph 10.1;",
 "ask the Integrated Care Board to report on childhood immunisation performance to the July 2026 meeting;",
 "agree that partners will use the district-level data in this report to target resources at Cinderfold and Ravensholt Central.",
])
para("Contact: Public Health Intelligence Team, Ravensholt Vale Council.")
d.save(OUT)
print("written", OUT)
