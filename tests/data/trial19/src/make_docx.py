"""Generate t19_bcf_plan_2025_27.docx (python-docx, merged header cells)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, pct
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(__file__), "..", "t19_bcf_plan_2025_27.docx")

# ---------------- Funding (GBP 000) ----------------
funding = [
    ("NHS minimum contribution", 41862, 43118, "NHS"),
    ("Improved Better Care Fund (iBCF)", 14205, 14205, "LA"),
    ("Disabled Facilities Grant (DFG)", 5318, 5318, "LA"),
    ("ICB additional contribution", 3400, 2600, "NHS"),
    ("Council additional contribution", 2150, 2450, "LA"),
]
F25 = sum(f[1] for f in funding); F26 = sum(f[2] for f in funding)
NHS25 = sum(f[1] for f in funding if f[3] == "NHS"); NHS26 = sum(f[2] for f in funding if f[3] == "NHS")
LA25 = F25 - NHS25; LA26 = F26 - NHS26

# ---------------- Schemes: (ref, name, nhs25, la25, nhs26, la26) ----------------
themes = [
    ("Theme A: Admission avoidance", [
        ("A1", "Urgent community response", 6420, 0, 6610, 0),
        ("A2", "Falls prevention service", 1150, 380, 1180, 400),
        ("A3", "Virtual ward support", 3860, 0, 3200, 0),
        ("A4", "Carers' support and breaks", 1240, 960, 1275, 990),
        ("A5", "Care home support team", 1035, 210, 1060, 215),
    ]),
    ("Theme B: Hospital discharge", [
        ("B1", "Discharge to assess beds", 7950, 3120, 8140, 3180),
        ("B2", "Home first reablement", 5610, 4480, 5780, 4620),
        ("B3", "Trusted assessors", 640, 0, 655, 0),
        ("B4", "Brokerage and care navigation", 420, 515, 430, 530),
        ("B5", "Community hospital step-down beds", 4980, 0, 5120, 0),
    ]),
    ("Theme C: Independence at home", [
        ("C1", "Disabled Facilities Grant adaptations", 0, 5318, 0, 5318),
        ("C2", "Assistive technology and telecare", 380, 1240, 390, 1270),
        ("C3", "Community equipment service", 2640, 1980, 2710, 2040),
        ("C4", "Social prescribing", 590, 0, 600, 0),
    ]),
    ("Theme D: Protecting social care and enablers", [
        ("D1", "Protecting adult social care", None, None, None, None),
        ("D2", "Mental health discharge support", 1397, 0, 1448, 0),
    ]),
]
# balance D1 so schemes equal funding
s = [0, 0, 0, 0]
for _, rows in themes:
    for r in rows:
        if r[2] is not None:
            for i in range(4):
                s[i] += r[2 + i]
d1 = (NHS25 - s[0], LA25 - s[1], NHS26 - s[2], LA26 - s[3])
themes[3][1][0] = ("D1", "Protecting adult social care") + d1

# Spend to date month 7 (spend, forecast) by scheme ref
spend = {
    "A1": (3610, 6180), "A2": (842, 1530), "A3": (2105, 3860), "A4": (1318, 2200), "A5": (701, 1245),
    "B1": (6845, 11620), "B2": (5790, 10090), "B3": (371, 640), "B4": (528, 935), "B5": (2940, 5110),
    "C1": (2210, 4610), "C2": (905, 1620), "C3": (2744, 4690), "C4": (301, 560),
    "D1": (6141, 10420), "D2": (788, 1397),
}

metrics = [
    ("Avoidable emergency admissions", "per 100,000 population", "842.6", "815.0", "828.4", "812.7", "On track"),
    ("Emergency admissions due to falls, aged 65+", "per 100,000 population aged 65+", "2,104", "2,050", "2,131", "2,088", "Not on track"),
    ("Discharge to usual place of residence", "%", "92.1", "93.0", "92.6", "93.2", "On track"),
    ("Permanent admissions to residential and nursing care, aged 65+", "per 100,000 population aged 65+", "598.4", "580.0", "612.3", "–", "Not on track"),
    ("Average length of discharge delay", "days", "n/a", "1.4", "1.7", "1.5", "At risk"),
    ("Discharged on discharge ready date", "%", "n/a", "84.0", "80.6", "82.9", "At risk"),
]

capacity = [
    ("Home care", "hours per week", 3200, 3085, 3300, 3342),
    ("Reablement", "new starts", 540, 512, 560, 531),
    ("Discharge to assess beds", "average beds occupied", 62, 66, 62, 71),
    ("Community hospital step-down beds", "average beds occupied", 48, 48, 48, 46),
    ("Short-term residential care", "placements", 95, 104, 95, 112),
]

risks = [
    ("R1", "Demand for discharge to assess beds continues to exceed plan, creating an overspend on scheme B1", "4", "4", "16", "Red"),
    ("R2", "Reduction in ICB additional contribution in 2026-27 leaves virtual ward support unfunded from October 2026", "3", "4", "12", "Amber"),
    ("R3", "Recruitment to reablement posts is slower than planned", "3", "3", "9", "Amber"),
    ("R4", "Disabled Facilities Grant underspend due to contractor availability", "3", "2", "6", "Green"),
]


# ---------------- helpers ----------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, italic=False, align=None, size=8.5, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold; run.italic = italic; run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_row(table, r, texts):
    for c, t in enumerate(texts):
        if t is None:
            continue
        cell = table.cell(r, c)
        set_cell(cell, t, bold=True, align="c", white=True)
        shade(cell, "2E4A6B")

def caption(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(9.5)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True

def note(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.italic = True; r.font.size = Pt(8)

def bullets(doc, lead, items):
    doc.add_paragraph(lead)
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

RAGHEX = {"Red": "F4B6B6", "Amber": "FFE2A8", "Green": "C6E7C1", "On track": "C6E7C1",
          "Not on track": "F4B6B6", "At risk": "FFE2A8"}


def build():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Corrowmere Health and Wellbeing Board - 20 November 2025 - Item 7"

    doc.add_heading("Corrowmere Better Care Fund Plan 2025-26 and 2026-27", level=0)
    p = doc.add_paragraph()
    p.add_run("Report to: ").bold = True; p.add_run("Corrowmere Health and Wellbeing Board")
    p = doc.add_paragraph()
    p.add_run("Date: ").bold = True; p.add_run("20 November 2025")
    p = doc.add_paragraph()
    p.add_run("Report author: ").bold = True; p.add_run("Head of Integrated Commissioning, Corrowmere County Council and Corrowmere Integrated Care Board (joint post)")
    p = doc.add_paragraph()
    p.add_run("Purpose: ").bold = True; p.add_run("For decision (plan approval) and for information (Month 7 financial position)")

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "This report asks the Health and Wellbeing Board to approve the two-year Better Care Fund (BCF) plan for "
        "2025-26 and 2026-27 and to note the financial position at Month 7 (October 2025). The BCF is a pooled budget "
        "held under a section 75 agreement between Corrowmere County Council and Corrowmere Integrated Care Board (ICB).")

    doc.add_heading("2. Background", level=1)
    doc.add_paragraph(
        "The BCF brings together NHS and local authority funding to support people to live independently, to avoid "
        "unnecessary hospital admission and to leave hospital without delay. The national conditions require that the "
        "plan is jointly agreed, that the NHS contribution to adult social care is maintained in line with the uplift, "
        "and that spending on NHS commissioned out-of-hospital services is protected.")
    doc.add_paragraph(
        "The plan covers the five districts of Corrowmere: Fallowgate, Marrowby, Quenford, Strelby and Kelverdale. "
        "It was developed with the Corrowmere Place Partnership Board, the two acute and community providers, and the "
        "voluntary sector alliance.")

    doc.add_heading("3. Funding", level=1)
    doc.add_paragraph(
        f"The total pooled budget is £{F25/1000:.1f}m in 2025-26, rising to £{F26/1000:.1f}m in 2026-27. The NHS minimum "
        f"contribution increases by {pct(43118-41862, 41862)}% in line with the national uplift. The ICB additional contribution "
        f"falls by £800,000 in 2026-27 because non-recurrent virtual ward funding ends. The Council has increased its own "
        f"additional contribution by £300,000 to support home care capacity.")
    caption(doc, "Table 1: BCF pooled budget by funding source (£000)")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    header_row(t, 0, ["Funding source", "2025-26", "2026-27", "Change (£000)", "Change (%)"])
    for name, a, b, _ in funding:
        r = t.add_row().cells
        set_cell(r[0], name)
        set_cell(r[1], fmt(a), align="r"); set_cell(r[2], fmt(b), align="r")
        set_cell(r[3], fmt(b - a), align="r")
        set_cell(r[4], fmt(pct(b - a, a), 1), align="r")
    r = t.add_row().cells
    set_cell(r[0], "Total pooled budget", bold=True)
    set_cell(r[1], fmt(F25), bold=True, align="r"); set_cell(r[2], fmt(F26), bold=True, align="r")
    set_cell(r[3], fmt(F26 - F25), bold=True, align="r"); set_cell(r[4], fmt(pct(F26 - F25, F25), 1), bold=True, align="r")
    note(doc, "Figures in brackets are reductions. A dash (–) means no change. 2026-27 DFG is an indicative allocation.")

    doc.add_heading("4. Schemes", level=1)
    doc.add_paragraph(
        "The plan funds 16 schemes grouped under four themes. Table 2 shows the budget for each scheme in both years, "
        "split between NHS funding (the NHS minimum contribution and the ICB additional contribution) and Council "
        "funding (iBCF, DFG and the Council additional contribution).")
    doc.add_paragraph(
        "Discharge to assess (D2A) beds is the largest single scheme, at £11.07m in 2025-26, followed by Protecting adult "
        "social care and Home first reablement. Virtual ward support reduces in 2026-27 as the non-recurrent funding ends.")
    caption(doc, "Table 2: BCF schemes by funding source, 2025-26 and 2026-27 (£000)")
    t = doc.add_table(rows=2, cols=8); t.style = "Table Grid"
    header_row(t, 0, ["Ref", "Scheme", "2025-26", None, None, "2026-27", None, None])
    header_row(t, 1, [None, None, "NHS", "Council", "Total", "NHS", "Council", "Total"])
    a = t.cell(0, 2).merge(t.cell(0, 4)); set_cell(a, "2025-26", bold=True, align="c", white=True); shade(a, "2E4A6B")
    b = t.cell(0, 5).merge(t.cell(0, 7)); set_cell(b, "2026-27", bold=True, align="c", white=True); shade(b, "2E4A6B")
    c = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(c, "Ref", bold=True, align="c", white=True); shade(c, "2E4A6B")
    d = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(d, "Scheme", bold=True, align="c", white=True); shade(d, "2E4A6B")
    gt = [0] * 4
    for theme, rows in themes:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[7]); set_cell(m, theme, bold=True, italic=True); shade(m, "DCE6F1")
        st4 = [0] * 4
        for ref, name, n25, l25, n26, l26 in rows:
            cells = t.add_row().cells
            set_cell(cells[0], ref); set_cell(cells[1], name)
            vals = [n25, l25, n25 + l25, n26, l26, n26 + l26]
            for i, v in enumerate(vals):
                set_cell(cells[2 + i], fmt(v), align="r")
            for i, v in enumerate([n25, l25, n26, l26]):
                st4[i] += v
        cells = t.add_row().cells
        short = theme.split(":")[0]
        set_cell(cells[0], ""); set_cell(cells[1], f"{short} subtotal", bold=True)
        vals = [st4[0], st4[1], st4[0] + st4[1], st4[2], st4[3], st4[2] + st4[3]]
        for i, v in enumerate(vals):
            set_cell(cells[2 + i], fmt(v), bold=True, align="r")
        for i in range(4):
            gt[i] += st4[i]
    cells = t.add_row().cells
    m = cells[0].merge(cells[1]); set_cell(m, "Total BCF schemes", bold=True)
    vals = [gt[0], gt[1], gt[0] + gt[1], gt[2], gt[3], gt[2] + gt[3]]
    for i, v in enumerate(vals):
        set_cell(t.rows[-1].cells[2 + i], fmt(v), bold=True, align="r")
        shade(t.rows[-1].cells[2 + i], "D9E1F2")
    assert gt[0] + gt[1] == F25 and gt[2] + gt[3] == F26, (gt, F25, F26)
    note(doc, "NHS = NHS minimum contribution plus ICB additional contribution. Council = iBCF, DFG and Council additional contribution. A dash (–) means no funding from that source.")

    bullets(doc, "The main changes to schemes between the two years are:", [
        "Virtual ward support falls from £3.86m to £3.20m as non-recurrent funding ends;",
        "Discharge to assess beds increase by £250,000 to reflect the higher care home fee rates agreed for 2026-27;",
        "Home first reablement increases by £310,000 to fund six additional reablement support workers;",
        "Protecting adult social care rises in line with the NHS minimum contribution uplift.",
    ])

    doc.add_heading("5. Financial position at Month 7", level=1)
    tb = sum(v[0] for v in spend.values()); tf = sum(v[1] for v in spend.values())
    doc.add_paragraph(
        f"Spend to the end of October 2025 was £{tb:,}k against the full-year budget of £{F25:,}k. The pooled budget is "
        f"forecast to spend £{tf:,}k, an overall forecast underspend of £{F25 - tf:,}k. The main pressure is Discharge to "
        f"assess beds, where bed numbers have been above plan since June. This is offset by an underspend on Disabled "
        f"Facilities Grant adaptations, where a shortage of contractors has delayed work.")
    caption(doc, "Table 3: 2025-26 budget, spend to date and forecast outturn by scheme, Month 7 (£000)")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    header_row(t, 0, ["Ref", "Scheme", "Annual budget", "Spend to date", "Forecast outturn", "Forecast variance"])
    tot = [0, 0, 0]
    for theme, rows in themes:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[5]); set_cell(m, theme, bold=True, italic=True); shade(m, "DCE6F1")
        for ref, name, n25, l25, n26, l26 in rows:
            bud = n25 + l25; sp, fc = spend[ref]
            cells = t.add_row().cells
            set_cell(cells[0], ref); set_cell(cells[1], name)
            set_cell(cells[2], fmt(bud), align="r"); set_cell(cells[3], fmt(sp), align="r")
            set_cell(cells[4], fmt(fc), align="r"); set_cell(cells[5], fmt(bud - fc), align="r")
            tot[0] += bud; tot[1] += sp; tot[2] += fc
    cells = t.add_row().cells
    m = cells[0].merge(cells[1]); set_cell(m, "Total", bold=True)
    for i, v in enumerate([tot[0], tot[1], tot[2], tot[0] - tot[2]]):
        set_cell(t.rows[-1].cells[2 + i], fmt(v), bold=True, align="r")
    note(doc, "Variance is annual budget less forecast outturn. Positive figures are underspends; figures in brackets are overspends. A dash (–) means on budget.")

    doc.add_heading("6. Performance against the national metrics", level=1)
    doc.add_paragraph(
        "The BCF plan includes ambitions for the national metrics. Table 4 compares the 2025-26 plan with actual "
        "performance in the first two quarters. Quarterly rates for admissions are annualised so that they can be "
        "compared with the plan.")
    caption(doc, "Table 4: BCF metrics, plan and actual 2025-26")
    t = doc.add_table(rows=2, cols=7); t.style = "Table Grid"
    header_row(t, 0, ["Metric", "Unit", "2024-25", "2025-26", "2025-26 actual", None, "Status"])
    header_row(t, 1, [None, None, "actual", "plan", "Q1", "Q2", None])
    for (c0, c1), txt in [((0, 0), "Metric"), ((0, 1), "Unit"), ((0, 6), "Status")]:
        m = t.cell(0, c1).merge(t.cell(1, c1))
        set_cell(m, txt, bold=True, align="c", white=True); shade(m, "2E4A6B")
    m = t.cell(0, 4).merge(t.cell(0, 5)); set_cell(m, "2025-26 actual", bold=True, align="c", white=True); shade(m, "2E4A6B")
    for row in metrics:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, align="r" if 2 <= i <= 5 else None)
        shade(cells[6], RAGHEX[row[6]])
    note(doc, "Q2 data for permanent admissions to care homes will be published in January 2026. n/a: new metric in 2025-26, no baseline.")
    doc.add_paragraph(
        "Performance on falls remains above plan. The Falls prevention service saw 1,846 people in the first half of "
        "the year, and a new falls pick-up service run with the ambulance service started in September. Discharge to "
        "usual place of residence met the 93.0% plan in Q2 for the first time.")

    doc.add_heading("7. Hospital discharge capacity", level=1)
    doc.add_paragraph(
        "The BCF purchases step-down capacity to support timely discharge from Fallowgate General Hospital. Table 5 "
        "compares the capacity planned with the capacity used in the first two quarters.")
    caption(doc, "Table 5: Discharge capacity, plan and actual by quarter, 2025-26")
    t = doc.add_table(rows=2, cols=7); t.style = "Table Grid"
    header_row(t, 0, ["Service", "Unit", "Q1 (Apr-Jun)", None, "Q2 (Jul-Sep)", None, "Q2 variance"])
    header_row(t, 1, [None, None, "Plan", "Actual", "Plan", "Actual", None])
    for c, txt in [(0, "Service"), (1, "Unit"), (6, "Q2 variance")]:
        m = t.cell(0, c).merge(t.cell(1, c)); set_cell(m, txt, bold=True, align="c", white=True); shade(m, "2E4A6B")
    m = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(m, "Q1 (Apr-Jun)", bold=True, align="c", white=True); shade(m, "2E4A6B")
    m = t.cell(0, 4).merge(t.cell(0, 5)); set_cell(m, "Q2 (Jul-Sep)", bold=True, align="c", white=True); shade(m, "2E4A6B")
    for name, unit, p1, a1, p2, a2 in capacity:
        cells = t.add_row().cells
        set_cell(cells[0], name); set_cell(cells[1], unit)
        for i, v in enumerate([p1, a1, p2, a2, a2 - p2]):
            set_cell(cells[2 + i], fmt(v), align="r")
    note(doc, "Q2 variance is actual less plan; figures in brackets show capacity used below plan.")

    doc.add_heading("8. Risks", level=1)
    doc.add_paragraph("The BCF risk register is reviewed monthly by the joint commissioning group. The main risks are shown in Table 6.")
    caption(doc, "Table 6: BCF risk register (summary)")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    header_row(t, 0, ["Ref", "Risk", "Likelihood", "Impact", "Score", "RAG"])
    for row in risks:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, align="c" if i >= 2 else None)
        shade(cells[5], RAGHEX[row[5]])
    note(doc, "Scores are likelihood multiplied by impact, each on a 1 to 5 scale.")

    doc.add_heading("9. Recommendations", level=1)
    bullets(doc, "The Health and Wellbeing Board is asked to:", [
        "approve the Better Care Fund plan for 2025-26 and 2026-27;",
        "delegate sign-off of the section 75 agreement variation to the Director of Adult Social Care and the ICB Chief Finance Officer;",
        "note the forecast underspend at Month 7 and the pressure on discharge to assess beds;",
        "agree that an options paper on the future of virtual ward support is brought to the March 2026 meeting.",
    ])

    doc.add_heading("Appendix: Abbreviations", level=1)
    for ab in ["BCF – Better Care Fund", "D2A – discharge to assess", "DFG – Disabled Facilities Grant",
               "iBCF – improved Better Care Fund", "ICB – Integrated Care Board",
               "UCR – urgent community response (a two-hour crisis response service for people at risk of admission)"]:
        doc.add_paragraph(ab, style="List Bullet")

    doc.save(OUT)
    print("wrote", OUT, "F25", F25, "F26", F26, "D1", d1, "spend", tb, "fc", tf)


if __name__ == "__main__":
    build()
