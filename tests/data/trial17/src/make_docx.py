"""Generate t17_public_health_grant_outcomes.docx with python-docx."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/trials_new/trial17/t17_public_health_grant_outcomes.docx"


def fmt(n, dp=0):
    if n is None:
        return ""
    if isinstance(n, str):
        return n
    if round(n, dp) == 0 and dp == 0:
        return "–"
    if n < 0:
        return "(" + f"{-n:,.{dp}f}" + ")"
    return f"{n:,.{dp}f}"


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(2)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None, size=8.5, italic=False):
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


def para(text):
    return doc.add_paragraph(text)


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def numbered(items):
    for t in items:
        doc.add_paragraph(t, style="List Number")


def make_table(header_rows, body, merges, widths=None, group_rows=(), bold_rows=(), shade_rows=()):
    """header_rows: list of lists; body: list of lists; merges: list of (r1,c1,r2,c2) in full-table coords"""
    nrows = len(header_rows) + len(body)
    ncols = len(header_rows[0])
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(header_rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, v, bold=True, align="c" if j else None)
            shade(c, "1F3864")
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    h = len(header_rows)
    for i, row in enumerate(body):
        ri = h + i
        for j, v in enumerate(row):
            c = t.cell(ri, j)
            isb = i in bold_rows or i in group_rows
            set_cell(c, v, bold=isb, align="r" if j else None)
            if i in group_rows:
                shade(c, "D9E2F3")
            if i in shade_rows:
                shade(c, "BFBFBF")
    # header merges first (text kept only in first cell)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        txt = a.text
        m = a.merge(t.cell(r2, c2))
        set_cell(m, txt, bold=True, align="c" if c1 else None,
                 size=8.5)
        if r1 < h:
            for r in m.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    # mark header rows to repeat
    for i in range(h):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    return t


# ---------------------------------------------------------------- front matter
p = doc.add_paragraph()
r = p.add_run("MARROWDENE VALE COUNCIL")
r.bold = True
r.font.size = Pt(11)
doc.add_heading("Public Health Grant 2025-26: Allocation, Spend and Outcomes", level=0)
meta = [
    ("Report to", "Health and Wellbeing Board"),
    ("Date of meeting", "11 December 2025"),
    ("Report date", "2 December 2025"),
    ("Report of", "Director of Public Health"),
    ("Lead officer", "Public Health Business and Finance Manager"),
    ("Wards affected", "All wards"),
    ("Key decision", "No"),
    ("Classification", "Open"),
]
mt = doc.add_table(rows=len(meta), cols=2)
mt.style = "Table Grid"
for i, (a, b) in enumerate(meta):
    set_cell(mt.cell(i, 0), a, bold=True, size=9)
    set_cell(mt.cell(i, 1), b, size=9)
    shade(mt.cell(i, 0), "EEEEEE")

doc.add_heading("1. Purpose of the report", level=1)
para("This report sets out how the council's Public Health Grant for 2025-26 has been allocated across programmes, "
     "the forecast spend at Month 7 (October 2025), and how Marrowdene Vale compares with the region and England on "
     "a selection of public health outcome indicators. It also summarises performance of three commissioned services: "
     "the stop smoking service, drug and alcohol treatment, and the NHS Health Check programme.")

doc.add_heading("2. Summary", level=1)
para("The main points for the Board are:")
bullets([
    "The ring-fenced Public Health Grant for 2025-26 is £24.318m, an increase of £912k (3.9%) on 2024-25.",
    "At Month 7 the grant is forecast to be underspent by £99k: overspends on sexual health and drug and alcohol treatment are more than offset by underspends on staffing, NHS Health Checks and weight management.",
    "Marrowdene Vale is statistically worse than England on 7 of the 14 outcome indicators in this report, including adult smoking prevalence and preventable cardiovascular mortality.",
    "Stop smoking quit rates improved to 54.8% in Quarter 2 2025-26.",
    "Uptake of NHS Health Checks was 48.2% of those invited in 2024-25, below the 50% local ambition.",
])

doc.add_heading("3. Background", level=1)
para("Since 2013 upper-tier and unitary councils have been responsible for improving the health of their local "
     "populations, funded through a ring-fenced grant from the Department of Health and Social Care. The grant "
     "conditions require spend to be on activity whose main or primary purpose is to improve public health, and a "
     "statement of assurance must be signed by the Director of Public Health and the Chief Finance Officer each year.")
para("Certain functions are mandated (prescribed) by regulations: sexual health services, the NHS Health Check "
     "programme, the National Child Measurement Programme (NCMP), the five universal health visitor reviews and the "
     "provision of public health advice to NHS commissioners. The remaining programmes are commissioned locally on the "
     "basis of the Joint Strategic Needs Assessment (JSNA).")

# ---------------------------------------------------------------- Section 4 allocation
doc.add_heading("4. Grant allocation 2025-26", level=1)
para("Table 1 shows the public health grants received by the council over the last three years. In addition to the "
     "main grant, the council receives the Drug and Alcohol Treatment and Recovery Improvement Grant (DATRIG) and, "
     "since 2024-25, the Local Stop Smoking Services and Support Grant. Both additional grants are also ring-fenced.")
alloc = [
    ("Public Health Grant (ring-fenced)", 22694, 23406, 24318),
    ("Drug and Alcohol Treatment and Recovery Improvement Grant", 1412, 1655, 1702),
    ("Local Stop Smoking Services and Support Grant", None, 412, 412),
]
body = []
for n, a, b, c in alloc:
    ch = c - b
    body.append([n, fmt(a) if a is not None else "–", fmt(b), fmt(c), fmt(ch), f"{100 * ch / b:.1f}%"])
ta = sum(x[1] or 0 for x in alloc); tb = sum(x[2] for x in alloc); tc = sum(x[3] for x in alloc)
body.append(["Total public health grants", fmt(ta), fmt(tb), fmt(tc), fmt(tc - tb), f"{100 * (tc - tb) / tb:.1f}%"])
print("alloc totals", ta, tb, tc, tc - tb, round(100 * (tc - tb) / tb, 1))
caption("Table 1: Public health grant allocations, 2023-24 to 2025-26 (£000)")
make_table(
    [["Grant", "2023-24", "2024-25", "2025-26", "Change 2024-25 to 2025-26", ""],
     ["", "", "", "", "£000", "%"]],
    body,
    merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)],
    widths=[6.5, 2, 2, 2, 2.2, 2], bold_rows=(len(body) - 1,), shade_rows=(len(body) - 1,))
note("Source: DHSC grant determination letters. The Local Stop Smoking Services and Support Grant began in 2024-25.")

# ---------------------------------------------------------------- Section 5 spend
doc.add_heading("5. Spend and forecast by programme", level=1)
prog = {
    "Prescribed (mandated) functions": [
        ("Sexual health services", 3874, 3980, 4086),
        ("NHS Health Check programme", 598, 640, 571),
        ("National Child Measurement Programme", 142, 148, 148),
        ("Health visiting (0–5 universal reviews)", 5842, 6010, 6010),
        ("Public health advice to NHS (core offer)", 210, 215, 209),
    ],
    "Non-prescribed programmes": [
        ("Drug and alcohol treatment and recovery", 6012, 6120, 6215),
        ("Stop smoking service", 512, 560, 498),
        ("School nursing (5–19)", 2471, 2539, 2527),
        ("Adult weight management", 386, 410, 352),
        ("Physical activity", 295, 320, 318),
        ("Mental wellbeing and suicide prevention", 268, 310, 296),
        ("Oral health promotion", 118, 125, 125),
        ("Health protection and infection prevention", 172, 185, 201),
        ("Family hubs contribution", None, 240, 240),
    ],
    "Staffing and overheads": [
        ("Public health team staffing", 1762, 1904, 1811),
        ("Corporate overheads recharge", 600, 612, 612),
    ],
}
body = []
grp_idx, bold_idx = [], []
TO = TB = TF = 0
for g, items in prog.items():
    grp_idx.append(len(body))
    body.append([g, "", "", "", ""])
    so = sb = sf = 0
    for n, o, b, f in items:
        body.append([n, fmt(o) if o is not None else "–", fmt(b), fmt(f), fmt(f - b)])
        so += o or 0; sb += b; sf += f
    bold_idx.append(len(body))
    body.append([f"Subtotal: {g.split(' (')[0].lower()}", fmt(so), fmt(sb), fmt(sf), fmt(sf - sb)])
    print("sub", g, so, sb, sf, sf - sb)
    TO += so; TB += sb; TF += sf
bold_idx.append(len(body))
body.append(["Total Public Health Grant", fmt(TO), fmt(TB), fmt(TF), fmt(TF - TB)])
print("prog total", TO, TB, TF, TF - TB)
assert TB == 24318

para(f"The 2025-26 budget of £24,318k is allocated across programmes as shown in Table 2. At Month 7 the forecast "
     f"outturn is £{TF:,}k, an underspend of £{TB - TF}k (0.4% of the grant). Variances are shown as forecast less "
     f"budget, so figures in brackets are underspends. Any underspend at year end will be transferred to the public "
     f"health reserve, which stood at £1,146k on 1 April 2025.")
para("The main variances are:")
bullets([
    "sexual health services: £106k overspend because of higher than planned out-of-area activity charged by other councils' clinics;",
    "drug and alcohol treatment: £95k overspend because of increased residential rehabilitation placements;",
    "public health team staffing: £93k underspend because of two vacant consultant-level posts;",
    "NHS Health Check programme: £69k underspend because GP practice activity is lower than planned;",
    "adult weight management: £58k underspend following a delayed start to the new tier 2 contract.",
])
caption("Table 2: Public Health Grant spend by programme, 2024-25 outturn and 2025-26 forecast at Month 7 (£000)")
gi = [i for i in range(len(body)) if i in grp_idx]
make_table(
    [["Programme", "2024-25", "2025-26", "", ""],
     ["", "Outturn", "Budget", "Forecast (M7)", "Variance"]],
    body,
    merges=[(0, 0, 1, 0), (0, 2, 0, 4)] + [(2 + i, 0, 2 + i, 4) for i in grp_idx],
    widths=[7.5, 2.2, 2.2, 2.6, 2.2], group_rows=tuple(grp_idx), bold_rows=tuple(bold_idx),
    shade_rows=(len(body) - 1,))
note("Variance = forecast less budget; (brackets) = underspend; – = nil. Family hubs contribution is new for 2025-26. "
     "DATRIG and stop smoking grant spend is reported separately to DHSC and is not included in this table.")
print("2024-25 outturn vs grant", TO, 23406, 23406 - TO)
para(f"In 2024-25 spend from the main grant was £{TO:,}k against a grant of £23,406k; the difference of "
     f"£{23406 - TO:,}k was transferred to the public health reserve.")

# ---------------------------------------------------------------- Section 6 outcomes
doc.add_heading("6. Public health outcomes", level=1)
para("Table 3 compares Marrowdene Vale with the regional and England averages for 14 indicators drawn from the Public "
     "Health Outcomes Framework and Fingertips. The comparison with England uses 95% confidence intervals. Trend is "
     "based on the most recent five data points.")
outc = {
    "Wider determinants and health improvement": [
        ("Smoking prevalence in adults (18+)", "2024", "%", "12.8", "11.9", "11.6", "Worse", "Improving"),
        ("Smoking status at time of delivery", "2024-25", "%", "8.9", "7.4", "6.1", "Worse", "Improving"),
        ("Reception: prevalence of obesity (incl. severe obesity)", "2024-25", "%", "9.8", "9.9", "9.6", "Similar", "No significant change"),
        ("Year 6: prevalence of obesity (incl. severe obesity)", "2024-25", "%", "24.1", "23.0", "22.1", "Worse", "No significant change"),
        ("Percentage of physically active adults", "2023-24", "%", "64.2", "66.0", "67.4", "Worse", "Worsening"),
    ],
    "Health protection": [
        ("MMR vaccination coverage, two doses (5 years)", "2024-25", "%", "87.6", "85.9", "83.9", "Better", "Improving"),
        ("New STI diagnoses (excluding chlamydia aged under 25)", "2024", "per 100,000", "412", "398", "520", "Better", "No significant change"),
        ("Chlamydia detection rate (females aged 15 to 24)", "2024", "per 100,000", "1,684", "1,750", "1,614", "Similar", "n/a"),
    ],
    "Healthcare and premature mortality": [
        ("Under 75 mortality rate from cardiovascular disease considered preventable", "2021-23", "per 100,000", "31.4", "29.8", "28.1", "Worse", "Worsening"),
        ("Admission episodes for alcohol-specific conditions", "2023-24", "per 100,000", "687", "604", "612", "Worse", "Worsening"),
        ("Suicide rate (persons)", "2021-23", "per 100,000", "11.9", "11.2", "10.7", "Similar", "–"),
        ("Life expectancy at birth (males)", "2021-23", "years", "78.3", "78.9", "79.1", "Worse", "No significant change"),
        ("Life expectancy at birth (females)", "2021-23", "years", "82.6", "82.9", "83.1", "Similar", "No significant change"),
        ("Successful completion of drug treatment: opiate users", "2024", "%", "5.1", "5.4", "5.0", "Similar", "Improving"),
    ],
}
body = []
grp_idx = []
for g, items in outc.items():
    grp_idx.append(len(body))
    body.append([g] + [""] * 7)
    for it in items:
        body.append(list(it))
nworse = sum(1 for v in outc.values() for it in v if it[6] == "Worse")
nbetter = sum(1 for v in outc.values() for it in v if it[6] == "Better")
print("worse", nworse, "better", nbetter)
caption("Table 3: Selected public health outcome indicators, Marrowdene Vale compared with region and England")
make_table(
    [["Indicator", "Period", "Unit", "Value", "", "", "Compared with England", "Recent trend"],
     ["", "", "", "Marrowdene Vale", "Region", "England", "", ""]],
    body,
    merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)] +
           [(2 + i, 0, 2 + i, 7) for i in grp_idx],
    widths=[5.6, 1.6, 1.8, 1.9, 1.5, 1.5, 2.0, 2.2], group_rows=tuple(grp_idx))
note("Source: Fingertips, Office for Health Improvement and Disparities, accessed November 2025. "
     "Compared with England: Better / Similar / Worse at 95% confidence. – = trend not calculated.")
para("Marrowdene Vale is significantly worse than England on seven indicators and better on two (MMR coverage and "
     "new STI diagnoses). The gap in male life expectancy is 0.8 years compared with England. Healthy life expectancy "
     "is not included in this report because the latest local estimate is not yet published. Breastfeeding "
     "prevalence at 6 to 8 weeks is being reviewed following data quality concerns and is also excluded.")

# ---------------------------------------------------------------- Section 7 programmes
doc.add_heading("7. Programme performance", level=1)
doc.add_heading("7.1 Stop smoking service", level=2)
para("The Smokefree Marrowdene service supports people to quit through behavioural support combined with "
     "medication or nicotine vapes. Since Quarter 3 2024-25 the service has offered vape starter kits under the "
     "national Swap to Stop scheme. The service target is a 4-week quit rate of at least 50%.")
ss = {
    "Set a quit date": [612, 548, 571, 703, 655, 602],
    "Quit at 4 weeks": [318, 281, 290, 374, 351, 330],
}
rate = [100 * q / s for q, s in zip(ss["Quit at 4 weeks"], ss["Set a quit date"])]
print("quit rates", [round(x, 1) for x in rate])
preg_set = [41, 37, 35, 44, 46, 39]
preg_q = [17, 15, 13, 20, 22, 18]
vapes = ["n/a", "n/a", "210", "388", "452", "417"]
body = [
    ["Set a quit date"] + [fmt(v) for v in ss["Set a quit date"]],
    ["Quit at 4 weeks"] + [fmt(v) for v in ss["Quit at 4 weeks"]],
    ["4-week quit rate (%)"] + [f"{v:.1f}" for v in rate],
    ["Pregnant women setting a quit date"] + [fmt(v) for v in preg_set],
    ["Pregnant women quit at 4 weeks"] + [fmt(v) for v in preg_q],
    ["Vape starter kits issued (Swap to Stop)"] + vapes,
]
print("2024-25 set", sum(ss["Set a quit date"][:4]), "quits", sum(ss["Quit at 4 weeks"][:4]))
caption("Table 4: Stop smoking service activity by quarter, 2024-25 and 2025-26 to date")
make_table(
    [["Measure", "2024-25", "", "", "", "2025-26", ""],
     ["", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]],
    body,
    merges=[(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 0, 6)],
    widths=[6.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6])
note("Quarter 3 and Quarter 4 2025-26 data not yet available. n/a = scheme not operating.")
para("Quit rates have been above the 50% target in every quarter since April 2024. The number of pregnant women "
     "quitting remains small, and the maternity incentive scheme launched in Kessford in July 2025 will be evaluated "
     "in 2026.")

doc.add_heading("7.2 Drug and alcohol treatment", level=2)
para("Adult drug and alcohol treatment is delivered by Marrowdene Recovery Partnership. Table 5 shows the number of "
     "adults in treatment and successful completions (people who left treatment free of dependence and did not "
     "re-present within six months) for the 12 months to September 2025.")
dat = [
    ("Opiate", 1128, 62, "5.0"),
    ("Non-opiate only", 402, 118, "30.1"),
    ("Alcohol only", 865, 301, "34.2"),
    ("Non-opiate and alcohol", 351, 84, "27.6"),
]
body = []
for n, a, b, e in dat:
    body.append([n, fmt(a), fmt(b), f"{100 * b / a:.1f}", e])
    print("dat", n, round(100 * b / a, 1))
ta = sum(x[1] for x in dat); tb = sum(x[2] for x in dat)
body.append(["All substance groups", fmt(ta), fmt(tb), f"{100 * tb / ta:.1f}", "–"])
print("dat total", ta, tb, round(100 * tb / ta, 1))
caption("Table 5: Adults in drug and alcohol treatment and successful completions, 12 months to September 2025")
make_table(
    [["Substance group", "Number in treatment", "Successful completions", "Successful completions (%)", "England (%)"]],
    body, merges=[], widths=[5.5, 2.8, 2.8, 3, 2.4], bold_rows=(len(body) - 1,), shade_rows=(len(body) - 1,))
note("Source: National Drug Treatment Monitoring System (NDTMS). England figure for all groups not published in this format.")
para("The non-opiate and alcohol group remains below the England rate. The service has also started work on gambling "
     "harms screening, and the number of people screened will be reported from 2026-27.")

doc.add_heading("7.3 NHS Health Check programme", level=2)
para("The NHS Health Check is offered every five years to adults aged 40 to 74 without a pre-existing cardiovascular "
     "condition. Checks are mainly delivered by GP practices, with an outreach offer in community venues. The local "
     "ambition is that at least 50% of people invited take up a check.")
hc = [
    ("Kessford", 29850, 6120, 2815),
    ("Oldbrigg", 22410, 4380, 2190),
    ("Wyndhallow", 16920, 2870, 1693),
    ("Sallowmead", 15340, 3050, 1372),
    ("Pennick Cross", 14780, 2410, 1012),
]
body = []
for n, e, i, r in hc:
    body.append([n, fmt(e), fmt(i), fmt(r), f"{100 * r / i:.1f}"])
    print("hc", n, round(100 * r / i, 1))
body.append(["Practice not recorded (outreach)", "n/a", "146", "59", f"{100 * 59 / 146:.1f}"])
te = sum(x[1] for x in hc); ti = sum(x[2] for x in hc) + 146; tr = sum(x[3] for x in hc) + 59
body.append(["Marrowdene Vale", fmt(te), fmt(ti), fmt(tr), f"{100 * tr / ti:.1f}"])
print("hc total", te, ti, tr, round(100 * tr / ti, 1))
caption("Table 6: NHS Health Checks by locality, 2024-25")
make_table(
    [["Locality", "Eligible population (40–74)", "Invited", "Received", "Uptake (% of invited)"]],
    body, merges=[], widths=[5.5, 3.2, 2.4, 2.4, 3], bold_rows=(len(body) - 1,), shade_rows=(len(body) - 1,))
note("Eligible population is the five-year cohort as at 1 April 2024. Outreach checks in community venues are not linked to a locality.")
para("Uptake was highest in Wyndhallow and lowest in Pennick Cross. The outreach offer at community venues "
     "is being expanded in Pennick Cross and Kessford in 2025-26.")

# ---------------------------------------------------------------- Section 8 commissioning
doc.add_heading("8. Commissioning intentions for 2026-27", level=1)
para("Subject to the 2026-27 grant settlement, the Director of Public Health proposes the following:")
numbered([
    "Re-procure the integrated sexual health service, with a new contract starting on 1 October 2026.",
    "Extend the Marrowdene Recovery Partnership contract by two years under the existing extension option.",
    "Expand the stop smoking service in-house team using the Local Stop Smoking Services and Support Grant.",
    "Develop a workplace health programme with the largest local employers.",
    "Review the school nursing service model jointly with the Integrated Care Board.",
])

doc.add_heading("9. Risks", level=1)
para("The following risks are being managed by the Public Health Senior Leadership Team:")
bullets([
    "the 2026-27 grant allocation has not yet been announced, limiting forward planning;",
    "NHS pay awards for staff in commissioned services may exceed the uplift in contract values;",
    "continued growth in out-of-area sexual health activity, which the council is required to pay for;",
    "recruitment to the two vacant consultant in public health posts.",
])

doc.add_heading("10. Recommendations", level=1)
para("The Health and Wellbeing Board is recommended to:")
numbered([
    "Note the 2025-26 Public Health Grant allocation and the forecast underspend at Month 7.",
    "Note the comparison of local outcomes with the region and England, in particular smoking and cardiovascular mortality.",
    "Endorse the commissioning intentions for 2026-27 set out in section 8.",
    "Agree that a focused report on cardiovascular disease prevention is brought to the March 2026 meeting.",
])

doc.add_paragraph()
note("Background papers: Public Health Grant determination 2025-26; Joint Strategic Needs Assessment 2024. "
     "Contact: Public Health Business and Finance Manager, Marrowdene Vale Council.")
doc.save(OUT)
print("written", OUT)
