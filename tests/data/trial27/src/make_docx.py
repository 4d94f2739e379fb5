"""Generate t27_public_health_outcomes.docx - Brackmoor Vale public health outcomes report."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/trials_new/trial27/t27_public_health_outcomes.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)

def para(t, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    return p
def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")
def caption(t):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = True; r.font.size = Pt(10)
def note(t):
    p = doc.add_paragraph(); r = p.add_run(t); r.italic = True; r.font.size = Pt(8.5)

def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexc); tcPr.append(sh)

def table(header_rows, body, merges=(), bold_rows=(), group_rows=(), widths=None):
    nrows = len(header_rows) + len(body); ncols = len(header_rows[0])
    t = doc.add_table(rows=nrows, cols=ncols); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    allrows = header_rows + body
    for i, row in enumerate(allrows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            if v is None:
                continue
            c.text = ""
            r = c.paragraphs[0].add_run(str(v)); r.font.size = Pt(9)
            if i < len(header_rows):
                r.bold = True; shade(c, "D9E2F3")
            if (i - len(header_rows)) in bold_rows or (i - len(header_rows)) in group_rows:
                r.bold = True
            if (i - len(header_rows)) in group_rows:
                r.italic = True
            if j > 0 and i >= len(header_rows):
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0); b = t.cell(r1, c1)
        txt = a.text
        m = a.merge(b)
        # keep only the first text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        rr = m.paragraphs[0].add_run(txt); rr.bold = True; rr.font.size = Pt(9)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t

# ---------- front matter ----------
para("Brackmoor Vale Health and Wellbeing Board", bold=True, size=12)
doc.add_heading("Public Health Outcomes Report 2025: Smoking, Healthy Weight and Physical Activity", level=0)
meta = doc.add_table(rows=5, cols=2)
for i, (a, b) in enumerate([("Date of meeting", "4 December 2025"), ("Report author", "Consultant in Public Health (Health Improvement)"),
                            ("Sponsoring director", "Director of Public Health"), ("Report type", "For information and discussion"),
                            ("Districts covered", "Brackmoor, Oxlade Heath, Kelderby, Fallowmere and Wrenstow")]):
    meta.cell(i, 0).text = a; meta.cell(i, 1).text = b
    meta.cell(i, 0).paragraphs[0].runs[0].bold = True
doc.add_paragraph()

doc.add_heading("1. Purpose", level=1)
para("1.1 This report updates the Board on three priority outcomes in the Joint Local Health and Wellbeing Strategy: "
     "reducing smoking, promoting healthy weight and increasing physical activity. It compares Brackmoor Vale and its five "
     "districts with the Westerland region and England, using the latest published data, and sets out the actions proposed "
     "for 2026.")
para("1.2 Comparisons with England use 95% confidence intervals. Where this report says a value is \"significantly higher\" "
     "or \"significantly lower\", the difference from England is statistically significant; \"similar\" means the difference "
     "is not statistically significant.")

doc.add_heading("2. Summary of key findings", level=1)
para("2.1 The main messages from this year's data are:")
bullets([
    "adult smoking prevalence in Brackmoor Vale fell to 12.1% in 2024, the lowest on record, but remains significantly higher than England (11.2%);",
    "Kelderby has the highest smoking prevalence of the five districts at 15.7%, and is the only district where prevalence rose between 2023 and 2024;",
    "one in four Year 6 children in Kelderby (26.9%) and Brackmoor (25.6%) is living with obesity;",
    "nearly two-thirds of adults (65.6%) are overweight or obese, similar to England;",
    "the proportion of physically active adults (65.5%) is significantly lower than England (67.4%), with a gap of more than 11 percentage points between Oxlade Heath and Brackmoor.",
])

doc.add_heading("3. Smoking", level=1)
doc.add_heading("3.1 Adult smoking prevalence", level=2)
para("3.1.1 Smoking remains the single largest preventable cause of ill health and early death in Brackmoor Vale. Adult "
     "smoking prevalence is estimated from the Annual Population Survey (APS) and covers adults aged 18 and over who "
     "describe themselves as current smokers.")
para("3.1.2 Prevalence across Brackmoor Vale has fallen from 14.0% in 2020 to 12.1% in 2024. The gap with England "
     "has changed little, from 1.0 percentage point in 2020 to 0.9 in 2024. Brackmoor and Kelderby remain significantly higher than England, while Oxlade Heath is "
     "significantly lower. District estimates are based on small samples and should be interpreted with care.")
caption("Table 1: Smoking prevalence in adults aged 18+ (current smokers), 2020 to 2024")
note("Units: percentage of adults (%). Source: Annual Population Survey.")
SM = [
    ("Brackmoor", ["15.8", "15.1", "14.6", "13.9", "13.2"], "Significantly higher"),
    ("Oxlade Heath", ["10.9", "10.4", "9.8", "9.6", "8.7"], "Significantly lower"),
    ("Kelderby", ["17.3", "16.9", "16.2", "15.4", "15.7"], "Significantly higher"),
    ("Fallowmere", ["12.6", "11.8", "12.1", "11.3", "10.9"], "Similar"),
    ("Wrenstow", ["13.4", "12.9", "12.0", "11.6", "11.5"], "Similar"),
    ("Brackmoor Vale", ["14.0", "13.5", "13.0", "12.4", "12.1"], "Significantly higher"),
    ("Westerland region", ["13.1", "12.6", "12.2", "11.8", "11.5"], "–"),
    ("England", ["13.0", "12.7", "12.1", "11.9", "11.2"], "–"),
]
table([["Area", "2020", "2021", "2022", "2023", "2024", "Compared with England (2024)"]],
      [[a] + v + [c] for a, v, c in SM], bold_rows=(5,), widths=[3.6, 1.5, 1.5, 1.5, 1.5, 1.5, 4.2])

doc.add_heading("3.2 Smoking in pregnancy", level=2)
para("3.2.1 Smoking status at time of delivery (SATOD) measures the proportion of mothers recorded as smokers when they "
     "give birth. In 2024/25, 8.9% of mothers in Brackmoor Vale were smokers at the time of delivery, down from 9.6% in "
     "2023/24 but still significantly higher than England (6.9%). The in-house tobacco dependence service in maternity "
     "began in June 2024 and supported 50 pregnant women to quit during 2024/25.")
para("3.2.2 Youth vaping has been raised by headteachers and school nurses as a growing concern. A schools survey is "
     "planned for spring 2026 and results will be reported to the Board when available.")

doc.add_heading("3.3 Stop smoking service", level=2)
para("3.3.1 The Brackmoor Vale Stop Smoking Service is delivered by the council's Healthy Lifestyles team, community "
     "pharmacies and GP practices. In 2024/25, 2,446 people set a quit date and 1,280 had quit at four weeks, a quit rate "
     "of 52.3%. Of these, 980 quits were confirmed by a carbon monoxide (CO) reading, known as CO-validated quits.")
caption("Table 2: Stop smoking service activity by quarter, 2024/25")
note("Units: number of people unless stated.")
SS = [("Set a quit date", [612, 588, 545, 701]), ("Quit at 4 weeks (self-reported)", [318, 301, 289, 372]),
      ("CO-validated quits", [241, 229, 220, 290]), ("Pregnant women quitting", [14, 11, 9, 16])]
rows = []
for n, v in SS:
    rows.append([n] + [f"{x:,}" for x in v] + [f"{sum(v):,}"])
sq, q4w = SS[0][1], SS[1][1]
rows.insert(2, ["Quit rate (%)"] + [f"{a/b*100:.1f}" for a, b in zip(q4w, sq)] + [f"{sum(q4w)/sum(sq)*100:.1f}"])
table([["Measure", "Q1", "Q2", "Q3", "Q4", "2024/25 total"]], rows, widths=[5.5, 1.8, 1.8, 1.8, 1.8, 2.6])

doc.add_heading("4. Healthy weight", level=1)
doc.add_heading("4.1 Children", level=2)
para("4.1.1 Child weight data come from the National Child Measurement Programme (NCMP), which measures children in "
     "Reception (aged 4 to 5) and Year 6 (aged 10 to 11) in state-maintained schools each year. Participation in "
     "Brackmoor Vale in 2023/24 was 95.2%.")
para("4.1.2 Year 6 obesity in Brackmoor Vale has fallen for two years running, from 23.8% in 2021/22 to 23.3% in "
     "2022/23 and 22.9% in 2023/24, and is now similar to England. However, Year 6 obesity is significantly higher than "
     "England in Kelderby (26.9%) and Brackmoor (25.6%), and significantly lower in Oxlade Heath (18.4%). Prevalence "
     "roughly doubles between Reception and Year 6 in every district.")
caption("Table 3: Children's weight status by district, NCMP 2023/24")
note("Units: percentage of children measured (%).")
NC = [("Brackmoor", ["23.4", "11.2", "39.8", "25.6"]), ("Oxlade Heath", ["18.9", "7.8", "31.2", "18.4"]),
      ("Kelderby", ["24.7", "12.1", "41.3", "26.9"]), ("Fallowmere", ["21.0", "9.4", "35.7", "21.8"]),
      ("Wrenstow", ["20.6", "8.9", "34.9", "21.1"]), ("Brackmoor Vale", ["21.9", "9.9", "36.8", "22.9"]),
      ("Westerland region", ["21.5", "9.6", "35.9", "22.0"]), ("England", ["22.1", "9.6", "35.8", "22.1"])]
table([["Area", "Reception (age 4–5)", None, "Year 6 (age 10–11)", None],
       [None, "Overweight (including obese)", "Obese (including severely obese)", "Overweight (including obese)", "Obese (including severely obese)"]],
      [[a] + v for a, v in NC], merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], bold_rows=(5,), widths=[3.6, 3, 3, 3, 3])

doc.add_heading("4.2 Adults", level=2)
para("4.2.1 Adult weight status is estimated from the Active Lives Adult Survey. In 2023/24, 65.6% of adults in "
     "Brackmoor Vale were overweight or obese, compared with 64.5% in England. The county figure has changed little since "
     "2020/21. Kelderby (71.3%) and Brackmoor (69.2%) are significantly higher than England and Oxlade Heath (59.4%) is "
     "significantly lower.")
caption("Table 4: Percentage of adults (aged 18+) classified as overweight or obese, 2020/21 to 2023/24")
note("Units: percentage of adults (%).")
AO = [("Brackmoor", ["67.9", "68.4", "68.1", "69.2"], "Significantly higher"),
      ("Oxlade Heath", ["59.8", "60.3", "58.9", "59.4"], "Significantly lower"),
      ("Kelderby", ["69.5", "70.1", "70.8", "71.3"], "Significantly higher"),
      ("Fallowmere", ["64.2", "63.7", "64.9", "64.1"], "Similar"),
      ("Wrenstow", ["63.1", "64.0", "63.5", "62.8"], "Similar"),
      ("Brackmoor Vale", ["65.0", "65.4", "65.3", "65.6"], "Similar"),
      ("Westerland region", ["63.8", "64.0", "64.2", "64.0"], "n/a"),
      ("England", ["63.5", "63.8", "64.0", "64.5"], "n/a")]
table([["Area", "2020/21", "2021/22", "2022/23", "2023/24", "Compared with England (2023/24)"]],
      [[a] + v + [c] for a, v, c in AO], bold_rows=(5,), widths=[3.6, 1.8, 1.8, 1.8, 1.8, 4.6])

doc.add_heading("5. Physical activity", level=1)
para("5.1 The Chief Medical Officers' guidelines recommend that adults do at least 150 minutes of moderate intensity "
     "activity a week. Adults doing 150 minutes or more are classed as \"active\" and those doing less than 30 minutes as "
     "\"inactive\". Data are from the Active Lives Adult Survey for adults aged 19 and over.")
para("5.2 In 2023/24, 65.5% of adults in Brackmoor Vale were physically active, significantly lower than England (67.4%), "
     "and 22.9% were inactive. Oxlade Heath has the highest proportion of active adults (72.5%) and Kelderby the lowest "
     "(60.2%), although Kelderby has improved since 2022/23. Brackmoor is the only district where activity has worsened.")
para("5.3 Among children and young people, 45.3% of Brackmoor Vale pupils met the guideline of an average of 60 minutes "
     "of activity a day in 2023/24, compared with 47.0% in England. District figures for children are not available "
     "because of small sample sizes.")
caption("Table 5: Physical activity in adults aged 19+, 2022/23 and 2023/24")
note("Units: percentage of adults (%). Active = at least 150 minutes a week; inactive = fewer than 30 minutes a week.")
PA = [("Brackmoor", ["62.4", "25.8", "61.1", "26.9"], "Worsening"),
      ("Oxlade Heath", ["71.8", "17.9", "72.5", "17.2"], "Improving"),
      ("Kelderby", ["58.9", "28.7", "60.2", "27.5"], "Improving"),
      ("Fallowmere", ["66.3", "22.1", "66.0", "22.4"], "No significant change"),
      ("Wrenstow", ["67.5", "21.0", "68.9", "19.8"], "Improving"),
      ("Brackmoor Vale", ["65.2", "23.0", "65.5", "22.9"], "No significant change"),
      ("Westerland region", ["66.9", "21.8", "67.3", "21.4"], "–"),
      ("England", ["67.1", "22.3", "67.4", "22.0"], "–")]
table([["Area", "2022/23", None, "2023/24", None, "Trend"],
       [None, "Active", "Inactive", "Active", "Inactive", None]],
      [[a] + v + [c] for a, v, c in PA], merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5)],
      bold_rows=(5,), widths=[3.6, 2, 2, 2, 2, 3.8])

doc.add_heading("6. Outcomes summary", level=1)
para("6.1 Table 6 brings together the headline indicators for Brackmoor Vale. The trend column describes the direction "
     "of change over the last five data points.")
caption("Table 6: Headline indicator summary, Brackmoor Vale")
note("Units: percentage (%).")
SUM = [("Smoking prevalence in adults (18+)", "2024", "12.1", "11.5", "11.2", "Significantly higher", "Improving"),
       ("Smoking status at time of delivery", "2024/25", "8.9", "7.6", "6.9", "Significantly higher", "Improving"),
       ("Reception: prevalence of obesity", "2023/24", "9.9", "9.6", "9.6", "Similar", "No significant change"),
       ("Year 6: prevalence of obesity", "2023/24", "22.9", "22.0", "22.1", "Similar", "Improving"),
       ("Adults overweight or obese (18+)", "2023/24", "65.6", "64.0", "64.5", "Similar", "No significant change"),
       ("Physically active adults (19+)", "2023/24", "65.5", "67.3", "67.4", "Significantly lower", "No significant change"),
       ("Physically inactive adults (19+)", "2023/24", "22.9", "21.4", "22.0", "Similar", "No significant change")]
table([["Indicator", "Period", "Brackmoor Vale", "Westerland region", "England", "Compared with England", "Trend"]],
      [list(r) for r in SUM], widths=[4.6, 1.6, 1.8, 1.9, 1.5, 2.8, 2.6])

doc.add_heading("7. Inequalities", level=1)
para("7.1 Outcomes are consistently worse in Kelderby and Brackmoor, the two most deprived districts, and best in Oxlade "
     "Heath. The difference in adult smoking prevalence between Kelderby and Oxlade Heath is 7.0 percentage points. Routine "
     "and manual workers and people with a serious mental illness are known to smoke at much higher rates; local "
     "estimates for these groups are not robust enough to publish.")

doc.add_heading("8. Actions for 2026", level=1)
para("8.1 Public health will take forward the following actions during 2026:")
bullets([
    "recommission the stop smoking service from April 2026, with outreach clinics in Kelderby and Brackmoor town centre;",
    "extend the tobacco dependence treatment offer to all adult mental health inpatient wards;",
    "launch a whole-systems approach to healthy weight in Kelderby, working with schools, planners and food businesses;",
    "expand the Active Brackmoor Vale social prescribing pilot to all five districts;",
    "work with trading standards on illegal tobacco and underage vape sales.",
])

doc.add_heading("9. Recommendations", level=1)
para("9.1 The Health and Wellbeing Board is asked to:")
bullets([
    "note the latest position on smoking, healthy weight and physical activity;",
    "endorse the actions for 2026 set out in section 8;",
    "agree that each partner organisation nominates a lead for the healthy weight whole-systems approach;",
    "receive a further update, including the results of the youth vaping survey, in December 2026.",
])
note("Glossary: APS – Annual Population Survey; NCMP – National Child Measurement Programme; SATOD – smoking status at "
     "time of delivery; CO – carbon monoxide.")
doc.save(OUT)
print("ok")
