# Generates t20_healthy_weight_physical_activity.docx (python-docx)
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "t20_healthy_weight_physical_activity.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)

def para(text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def bullets(lead, items):
    para(lead)
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

def caption(text):
    p = para(text, bold=True, size=9.5)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True

def note(text):
    para(text, italic=True, size=8)

def set_cell(cell, text, bold=False, align=None, size=8.5):
    cell.text = ""
    p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def make_table(header_rows, body, merges=(), group_rows=(), bold_rows=(), widths=None):
    """header_rows: list of lists (None = merged continuation). body: list of lists. group_rows: body idx to span."""
    ncol = len(header_rows[0])
    t = doc.add_table(rows=len(header_rows) + len(body), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(header_rows):
        for j, v in enumerate(row):
            if v is not None:
                set_cell(t.cell(i, j), v, bold=True, align="c")
            shade(t.cell(i, j), "DCE6F1")
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1); b = t.cell(r2, c2)
        txt = a.text
        m = a.merge(b)
        set_cell(m, txt, bold=True, align="c")
    off = len(header_rows)
    for i, row in enumerate(body):
        if i in group_rows:
            m = t.cell(off + i, 0).merge(t.cell(off + i, ncol - 1))
            set_cell(m, row[0], bold=True); shade(m, "EAF1DD")
            continue
        for j, v in enumerate(row):
            set_cell(t.cell(off + i, j), v, bold=(i in bold_rows), align=None if j == 0 else "r")
            if i in bold_rows: shade(t.cell(off + i, j), "F2F2F2")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def f1(x): return "–" if x is None else f"{x:.1f}"
def n0(x):
    if x is None: return "n/a"
    return f"({abs(x):,.0f})" if x < 0 else f"{x:,.0f}"

# ---------------------------------------------------------------- title block
para("Dunmere Vale Council", bold=True, size=11)
doc.add_heading("Healthy Weight and Physical Activity in Dunmere Vale: Annual Public Health Report 2025", level=0)
para("Report to: Dunmere Vale Health and Wellbeing Board")
para("Date: 9 October 2025")
para("Report of: Director of Public Health")
para("Author: Consultant in Public Health (Healthy Places)")
para("Status: For discussion and endorsement of recommendations")

# ---------------------------------------------------------------- data
districts = ["Tarnley", "Brackenmoor", "Orrinsford", "Westhallow"]
# NCMP 2024/25: reception n, OW incl ob %, ob %; year 6 n, OW incl ob %, ob %
ncmp = {"Tarnley": (2015, 23.4, 10.6, 2180, 38.9, 25.1), "Brackenmoor": (1030, 21.2, 9.1, 1105, 36.0, 22.4),
        "Orrinsford": (925, 20.6, 8.8, 1010, 35.2, 21.7), "Westhallow": (780, 19.8, 8.2, 845, 34.1, 20.9)}
Rn = sum(v[0] for v in ncmp.values()); Yn = sum(v[3] for v in ncmp.values())
def w(idx, nidx, tot): return sum(v[nidx] * v[idx] for v in ncmp.values()) / tot
dv = (Rn, w(1, 0, Rn), w(2, 0, Rn), Yn, w(4, 3, Yn), w(5, 3, Yn))
eng = (None, 22.1, 9.6, None, 35.8, 22.2)
print("DV ncmp", [round(x, 1) for x in dv])

# ---------------------------------------------------------------- 1 purpose
doc.add_heading("1. Purpose of the report", level=1)
para("1.1 This report sets out the latest position on healthy weight in children and adults and on physical activity in Dunmere "
     "Vale. It reports on the programmes commissioned by the public health team to support people to achieve a healthier weight, "
     "and asks the Board to endorse a whole systems approach to healthy weight for 2026 to 2029.")

# ---------------------------------------------------------------- 2 summary
doc.add_heading("2. Summary of key findings", level=1)
bullets("2.1 The main findings of this report are:", [
    f"in 2024/25, {dv[5]:.1f}% of Year 6 children in Dunmere Vale were living with obesity, compared with {eng[5]:.1f}% in England;",
    "Year 6 obesity has fallen in Tarnley for four years running, but it has risen every year in Orrinsford since 2020/21;",
    "the gap in Year 6 obesity between the most and least deprived fifth of areas has widened to 16.1 percentage points;",
    "around a quarter of adults (27.4%) do less than 30 minutes of physical activity a week;",
    "referrals to the Shape Up Dunmere weight management service rose by 14.9% in 2024/25 and completions rose by 21.2%.",
])

# ---------------------------------------------------------------- 3 background
doc.add_heading("3. Background", level=1)
para("3.1 The National Child Measurement Programme (NCMP) measures the height and weight of children in Reception (aged 4 to 5) "
     "and Year 6 (aged 10 to 11) in state-maintained primary schools each year. In Dunmere Vale the measurements are taken by the "
     "school nursing service. Participation in 2024/25 was 95.1% in Reception and 94.3% in Year 6.")
para("3.2 In the NCMP a child is classed as overweight where their body mass index (BMI) is at or above the 85th centile of the "
     "UK90 growth reference, and as living with obesity where it is at or above the 95th centile. Figures for 'overweight' in this "
     "report include children living with obesity unless stated otherwise.")
para("3.3 Adult physical activity is measured through Sport England's Active Lives Adult Survey. Adults are classed as active if "
     "they do at least 150 minutes of moderate intensity activity a week, fairly active if they do 30 to 149 minutes, and inactive "
     "if they do less than 30 minutes. The Active Lives Children and Young People Survey sample for Dunmere Vale was too small to "
     "give reliable local results this year, so children's activity levels are not reported.")

# ---------------------------------------------------------------- 4 child weight
doc.add_heading("4. Healthy weight in children", level=1)
para(f"4.1 In 2024/25, {Rn:,} Reception children and {Yn:,} Year 6 children were measured. Table 1 shows the results by district. "
     f"Tarnley has the highest prevalence at both ages: {ncmp['Tarnley'][2]:.1f}% of Reception children and "
     f"{ncmp['Tarnley'][5]:.1f}% of Year 6 children in Tarnley were living with obesity.")
para(f"4.2 Prevalence roughly doubles between Reception and Year 6. Across Dunmere Vale, {dv[1]:.1f}% of Reception children were "
     f"overweight (including obesity), rising to {dv[4]:.1f}% by Year 6.")
caption("Table 1: NCMP results by district, 2024/25 (% of children measured)")
hdr = [["District", "Reception (age 4–5)", None, None, "Year 6 (age 10–11)", None, None],
       [None, "Children measured", "Overweight incl. obesity (%)", "Obesity (%)", "Children measured", "Overweight incl. obesity (%)", "Obesity (%)"]]
body = []
for d in districts:
    v = ncmp[d]; body.append([d, f"{v[0]:,}", f1(v[1]), f1(v[2]), f"{v[3]:,}", f1(v[4]), f1(v[5])])
body.append(["Dunmere Vale", f"{dv[0]:,}", f1(dv[1]), f1(dv[2]), f"{dv[3]:,}", f1(dv[4]), f1(dv[5])])
body.append(["England", "n/a", f1(eng[1]), f1(eng[2]), "n/a", f1(eng[4]), f1(eng[5])])
hdr[0][0] = "District"
make_table(hdr, body, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)], bold_rows=(4,), widths=[3.2, 2.2, 2.6, 2.0, 2.2, 2.6, 2.0])
note("Source: NCMP 2024/25, Dunmere Vale school nursing service. n/a = not applicable.")

# table 2 trend
years = ["2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
trend = {"Tarnley": [27.9, 26.4, 25.9, 25.5, 25.1, "Improving"], "Brackenmoor": [23.6, 22.8, 22.1, 22.6, 22.4, "No significant change"],
         "Orrinsford": [20.4, 20.9, 21.2, 21.5, 21.7, "Worsening"], "Westhallow": [22.5, 21.8, 21.3, 21.0, 20.9, "Improving"],
         "Dunmere Vale": [25.3, 24.4, 23.8, 23.5, round(dv[5], 1), "Improving"], "England": [25.5, 23.4, 22.7, 22.1, 22.2, "–"]}
for d in districts: assert trend[d][4] == ncmp[d][5]
para("4.3 Table 2 shows the trend in Year 6 obesity since 2020/21. Tarnley and Westhallow have seen steady improvement. "
     "Orrinsford is the only district where Year 6 obesity has risen each year and it is now rated 'Worsening'. "
     "Brackenmoor's rate has not changed significantly over the five years.")
caption("Table 2: Year 6 obesity prevalence by district, 2020/21 to 2024/25 (%)")
body = [[d] + [f1(x) for x in trend[d][:5]] + [trend[d][5]] for d in trend]
make_table([["District"] + years + ["Five-year trend"]], body, bold_rows=(4,), widths=[3.0, 1.9, 1.9, 1.9, 1.9, 1.9, 3.6])
note("Note: 2020/21 figures are based on a smaller sample of schools because of COVID-19 disruption and should be treated with caution. "
     "Trend assessed using a test for trend at 95% confidence.")

# table 3 deprivation
quint = [("Quintile 1 (most deprived)", [12.8, 12.4, 12.9], [29.6, 29.9, 30.4]),
         ("Quintile 2", [10.9, 10.6, 10.4], [26.1, 25.8, 25.2]),
         ("Quintile 3", [9.0, 9.2, 8.9], [22.4, 22.0, 21.8]),
         ("Quintile 4", [7.6, 7.4, 7.5], [18.7, 18.9, 18.2]),
         ("Quintile 5 (least deprived)", [6.1, 6.3, 5.9], [14.9, 14.6, 14.3])]
gapR = [round(quint[0][1][i] - quint[4][1][i], 1) for i in range(3)]
gapY = [round(quint[0][2][i] - quint[4][2][i], 1) for i in range(3)]
print("gaps", gapR, gapY)
para(f"4.4 Obesity is strongly linked to deprivation. Table 3 shows obesity prevalence by deprivation quintile, based on the "
     f"Index of Multiple Deprivation (IMD) score of the area where each child lives. In 2024/25, Year 6 children in the most "
     f"deprived fifth of areas were more than twice as likely to be living with obesity as those in the least deprived fifth "
     f"({quint[0][2][2]:.1f}% compared with {quint[4][2][2]:.1f}%).")
caption("Table 3: Obesity prevalence by deprivation quintile, Reception and Year 6, 2022/23 to 2024/25 (%)")
hdr = [["IMD quintile", "Reception obesity (%)", None, None, "Year 6 obesity (%)", None, None],
       [None, "2022/23", "2023/24", "2024/25", "2022/23", "2023/24", "2024/25"]]
body = [[q] + [f1(x) for x in r] + [f1(x) for x in y] for q, r, y in quint]
body.append(["Gap (Q1 minus Q5)"] + [f1(x) for x in gapR] + [f1(x) for x in gapY])
make_table(hdr, body, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)], bold_rows=(5,), widths=[4.2, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8])
note("Source: NCMP, Dunmere Vale. Quintiles are local quintiles of IMD 2019 score.")

# ---------------------------------------------------------------- 5 adults
doc.add_heading("5. Physical activity and healthy weight in adults", level=1)
para("5.1 In 2023/24, 64.8% of adults in Dunmere Vale were overweight or living with obesity, compared with 64.5% in England. "
     "This figure is not available below Dunmere Vale level.")
pa = [("District", None), ("Tarnley", (58.9, 11.6, 29.5)), ("Brackenmoor", (63.2, 11.0, 25.8)), ("Orrinsford", (64.5, 10.9, 24.6)),
      ("Westhallow", (61.8, 12.3, 25.9)),
      ("Sex", None), ("Men", (63.8, 10.4, 25.8)), ("Women", (58.6, 12.4, 29.0)),
      ("Age group", None), ("16 to 34", (69.5, 9.8, 20.7)), ("35 to 54", (63.1, 11.7, 25.2)), ("55 to 74", (57.4, 12.2, 30.4)),
      ("75 and over", (38.2, 14.6, 47.2)),
      ("Disability", None), ("Disability or long-term condition", (47.3, 13.5, 39.2)), ("No disability", (67.0, 10.6, 22.4)),
      ("Dunmere Vale (all adults)", (61.2, 11.4, 27.4)), ("England", (63.4, 10.6, 26.0))]
for lab, v in pa:
    if v: assert abs(sum(v) - 100) < 0.01, lab
para("5.2 Table 4 shows adult activity levels from the Active Lives Adult Survey for November 2023 to November 2024. Overall, "
     "61.2% of adults in Dunmere Vale were active, up from 60.1% a year earlier, and 27.4% were inactive, down from 28.6%. "
     "Activity levels remain below the England average.")
bullets("5.3 Inactivity is highest among:", [
    "people aged 75 and over, almost half of whom (47.2%) are inactive;",
    "people with a disability or long-term condition (39.2% inactive);",
    "residents of Tarnley, where 29.5% of adults are inactive;",
    "women, who are less likely than men to be active (58.6% compared with 63.8%).",
])
caption("Table 4: Adult physical activity levels, November 2023 to November 2024 (% of adults aged 16 and over)")
body = []; groups = []; bold = []
for lab, v in pa:
    if v is None:
        groups.append(len(body)); body.append([lab, "", "", ""])
    else:
        body.append([lab] + [f1(x) for x in v])
bold.append(len(body) - 2)
make_table([["Group", "Active (150+ minutes a week)", "Fairly active (30–149 minutes)", "Inactive (under 30 minutes)"]],
           body, group_rows=groups, bold_rows=bold, widths=[5.5, 3.6, 3.6, 3.6])
note("Source: Sport England, Active Lives Adult Survey. Figures may not sum to 100 because of rounding.")

# ---------------------------------------------------------------- 6 programmes
doc.add_heading("6. Weight management and physical activity programmes", level=1)
progs = [("Adult programmes", None),
         ("Shape Up Dunmere (tier 2 weight management)", ((1840, 1210, 702), (2115, 1398, 851))),
         ("Move More exercise on referral", ((1265, 904, 489), (1402, 1037, 603))),
         ("NHS Digital Weight Management (local referrals)", ((960, 512, None), (1130, 618, None))),
         ("Children and families", None),
         ("FitFamilies (children aged 5 to 12)", ((312, 196, 121), (388, 251, 164))),
         ("Healthy Start Families (under-5s)", ("new", (96, 71, 38)))]
para("6.1 The public health team commissions weight management and physical activity programmes for adults, children and families. "
     "Referrals come from GPs, school nurses, health visitors and self-referral. Table 5 shows referrals, starts and completions "
     "for the last two years. Completion means attending at least 75% of sessions for the weight management programmes, or 9 of the "
     "12 weeks for Move More.")
sh = progs[1][1]
print("shape up ref change", round((sh[1][0]-sh[0][0])/sh[0][0]*100,1), "compl change", round((sh[1][2]-sh[0][2])/sh[0][2]*100,1))
bullets("6.2 Points to note from Table 5 are:", [
    "Shape Up Dunmere received 2,115 referrals in 2024/25, its highest number since it began in 2019;",
    "the completion rate for Move More rose from 54.1% to 58.1%;",
    "completion data for NHS Digital Weight Management is held nationally and is not available at local level;",
    "Healthy Start Families began in September 2024, so there is no data for 2023/24.",
])
caption("Table 5: Programme referrals, starts and completions, 2023/24 and 2024/25")
hdr = [["Programme", "2023/24", None, None, None, "2024/25", None, None, None],
       [None, "Referrals", "Started", "Completed", "Completion rate (%)", "Referrals", "Started", "Completed", "Completion rate (%)"]]
body = []; groups = []; bold = []
tots = {0: [0, 0, 0], 1: [0, 0, 0]}
def cells(v):
    if v == "new": return ["–", "–", "–", "–"]
    r, s, c = v
    return [f"{r:,}", f"{s:,}", n0(c), "n/a" if c is None else f"{c/s*100:.1f}"]
for lab, v in progs:
    if v is None:
        groups.append(len(body)); body.append([lab] + [""] * 8); continue
    body.append([lab] + cells(v[0]) + cells(v[1]))
    for y in (0, 1):
        if v[y] != "new":
            tots[y][0] += v[y][0]; tots[y][1] += v[y][1]; tots[y][2] += (v[y][2] or 0)
bold.append(len(body))
body.append(["Total (all programmes)"] + [f"{tots[0][0]:,}", f"{tots[0][1]:,}", f"{tots[0][2]:,}", "–",
                                          f"{tots[1][0]:,}", f"{tots[1][1]:,}", f"{tots[1][2]:,}", "–"])
print("prog totals", tots)
make_table(hdr, body, merges=[(0, 1, 0, 4), (0, 5, 0, 8), (0, 0, 1, 0)], group_rows=groups, bold_rows=bold,
           widths=[4.6, 1.5, 1.4, 1.6, 1.6, 1.5, 1.4, 1.6, 1.6])
note("Note: n/a = not available; – = programme not running. Total completions exclude NHS Digital Weight Management, for which "
     "local completion data is not available. Completion rate = completed as a percentage of those who started.")

outc = [("Shape Up Dunmere", "851", "43.7", "(4.6)", "31.2"), ("Move More exercise on referral", "603", "n/a", "n/a", "57.9"),
        ("FitFamilies", "164", "n/a", "n/a", "48.2"), ("Healthy Start Families", "38", "n/a", "n/a", "–")]
para("6.3 Table 6 shows outcomes for people who completed a programme in 2024/25. Of the 851 people who completed Shape Up Dunmere, "
     "372 (43.7%) lost at least 5% of their starting weight, and average weight loss was 4.6 kg. In FitFamilies, 61.6% of children "
     "who completed the programme reduced their BMI centile.")
caption("Table 6: Outcomes for programme completers, 2024/25")
make_table([["Programme", "Completers", "Lost 5% or more of body weight (%)", "Average weight change (kg)", "Inactive at start, active at end (%)"]],
           [list(r) for r in outc], widths=[4.8, 2.2, 3.3, 3.0, 3.3])
note("Note: weight change in brackets is a reduction. – = not yet measured (12-week follow-up not complete).")

# ---------------------------------------------------------------- 7 finance
fin = [("Shape Up Dunmere", 410, 396, 425), ("Move More exercise on referral", 285, 301, 290), ("FitFamilies", 168, 152, 175),
       ("Healthy Start Families", 60, 48, 95), ("NCMP delivery (school nursing)", 92, 92, 95),
       ("Active Dunmere community grants", 120, 131, 110)]
B = sum(x[1] for x in fin); O = sum(x[2] for x in fin); N = sum(x[3] for x in fin)
print("fin", B, O, O - B, N)
doc.add_heading("7. Funding", level=1)
para(f"7.1 The programmes are funded from the public health grant. In 2024/25 the budget for healthy weight and physical activity "
     f"was £{B:,}k and spend was £{O:,}k, an underspend of £{B-O}k. The 2025/26 budget is £{N:,}k (Table 7). The increase mainly "
     "reflects a full year of Healthy Start Families.")
caption("Table 7: Public health grant spend on healthy weight and physical activity (£000)")
hdr = [["Budget line", "2024/25", None, None, "2025/26"], [None, "Budget", "Outturn", "Variance", "Budget"]]
body = [[a, n0(b), n0(o), n0(o - b) if o != b else "0", n0(c)] for a, b, o, c in fin]
body.append(["Total", n0(B), n0(O), n0(O - B), n0(N)])
make_table(hdr, body, merges=[(0, 1, 0, 3), (0, 0, 1, 0)], bold_rows=(len(body) - 1,), widths=[6.0, 2.4, 2.4, 2.4, 2.4])
note("Variance = outturn minus budget; figures in brackets are underspends.")

# ---------------------------------------------------------------- 8 next steps
doc.add_heading("8. A whole systems approach to healthy weight", level=1)
para("8.1 Programmes for individuals can only go so far. The evidence is that lasting change needs action across the whole system, "
     "including planning, schools, food businesses, transport and leisure. The proposed Dunmere Vale Healthy Weight Declaration "
     "would commit partners to a shared plan for 2026 to 2029.")
bullets("8.2 The proposed priorities for the whole systems approach are:", [
    "healthier food environments, including restrictions on new hot food takeaways within 400 metres of schools;",
    "active travel to school, starting with School Streets schemes in Tarnley and Orrinsford;",
    "targeting programmes at the most deprived communities and at Orrinsford, where Year 6 obesity is rising;",
    "making leisure centres more affordable for low-income families through the Dunmere Leisure Pass;",
    "improving data on children's physical activity, which is not currently available locally.",
])

# ---------------------------------------------------------------- 9 recommendations
doc.add_heading("9. Recommendations", level=1)
bullets("9.1 The Health and Wellbeing Board is recommended to:", [
    "note the latest data on child and adult healthy weight and physical activity;",
    "endorse the whole systems approach to healthy weight and the priorities in section 8;",
    "agree that each Board member organisation signs the Dunmere Vale Healthy Weight Declaration by March 2026;",
    "ask the Director of Public Health to report progress to the Board in October 2026.",
])
doc.add_heading("Glossary", level=2)
para("BMI – body mass index; IMD – Index of Multiple Deprivation; NCMP – National Child Measurement Programme; "
     "tier 2 – community-based lifestyle weight management services.")
doc.save(OUT)
