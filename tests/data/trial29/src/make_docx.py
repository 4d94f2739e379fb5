"""Paper 2: Better Care Fund quarterly return, Q2 2025-26 (DOCX, python-docx)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t29_bcf_q2_return.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
facts = {}

def para(text, bold=False, style=None, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold
    if align: p.alignment = align
    return p

def num(n, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0); p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{n}\t{text}")
    return p

def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")

def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, right=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

def add_table(nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t

# ---------------- data ----------------
scheme_groups = [
    ("Home-based intermediate care", [
        ("S01", "Caldmoor Reablement Service", 9840, 4655),
        ("S02", "Discharge to Assess – pathway 1", 6210, 3388),
        ("S03", "Urgent Community Response (2-hour)", 4380, 2104),
        ("S19", "Home care discharge capacity", 3200, 1812)]),
    ("Bed-based intermediate care", [
        ("S04", "Step-down beds – Hallbeck Lodge", 3960, 2245),
        ("S05", "Discharge to Assess – pathway 2 beds", 5120, 2731)]),
    ("Community-based schemes", [
        ("S06", "Integrated neighbourhood teams", 12450, 6102),
        ("S07", "Falls prevention and response service", 1280, 512),
        ("S08", "Social prescribing", 980, 476)]),
    ("Carers", [
        ("S09", "Carers' breaks and support", 2340, 1098),
        ("S10", "Carers' assessments", 620, 298)]),
    ("Housing and adaptations", [
        ("S11", "Disabled Facilities Grant adaptations", 7860, 3214),
        ("S12", "Home from hospital handyperson", 410, 221)]),
    ("Social care and other", [
        ("S13", "Protecting adult social care services", 21450, 10725),
        ("S14", "Assistive technology and telecare", 1760, 702),
        ("S15", "Care Act duties", 3120, 1560)]),
    ("Enablers", [
        ("S16", "Workforce recruitment and retention", 1150, 490),
        ("S17", "Shared care record and data", 640, 288),
        ("S18", "Programme management", 460, 230)]),
]
sch_total = sum(s[2] for g in scheme_groups for s in g[1])
funding_other = [("Improved Better Care Fund (iBCF)", 21450), ("Disabled Facilities Grant (DFG)", 7860),
                 ("Local Authority Discharge Fund", 3940), ("ICB Discharge Fund", 5210), ("Additional council contribution", 1500)]
nhs_min = sch_total - sum(v for _, v in funding_other)
funding = [("NHS minimum contribution", nhs_min)] + funding_other
fund_2425 = {"NHS minimum contribution": 44385, "Improved Better Care Fund (iBCF)": 21450, "Disabled Facilities Grant (DFG)": 7420,
             "Local Authority Discharge Fund": 3610, "ICB Discharge Fund": 4780, "Additional council contribution": 1000}

metrics = [  # name, unit, 24-25 outturn, q1 plan, q1 actual, q2 plan, q2 actual, assessment, rag
    ("Avoidable admissions", "Rate per 100,000 population", "198.4", "190.0", "187.6", "188.0", "193.1", "Not on track", "Amber"),
    ("Discharge to usual place of residence", "% of discharges", "91.8%", "92.5%", "92.9%", "92.8%", "93.1%", "On track", "Green"),
    ("Emergency admissions due to falls (65+)", "Rate per 100,000 aged 65+", "512.6", "505.0", "498.3", "500.0", "521.4", "Not on track", "Red"),
    ("Permanent admissions to residential and nursing care (65+)", "Rate per 100,000 aged 65+ (cumulative)", "609.4", "150.0", None, "298.0", None, "Not on track", "Amber"),
]
# residential admissions computed from the council's admissions data (same as cabinet report)
q1_65 = 141 + 81; q2_65 = 148 + 80
r_q1 = round(q1_65 / POP65_TOTAL * 1e5, 1); r_q2 = round((q1_65 + q2_65) / POP65_TOTAL * 1e5, 1)
metrics[3] = metrics[3][:4] + (f"{r_q1:.1f}", metrics[3][5], f"{r_q2:.1f}") + metrics[3][7:]
facts["metrics"] = metrics

discharges = [  # pathway, Jul, Aug, Sep
    ("Pathway 0 – home with no new support", 3412, 3287, 3356),
    ("Pathway 1 – home with support", 612, 598, 641),
    ("Pathway 2 – bed-based rehabilitation", 212, 206, 220),
    ("Pathway 3 – new care home placement", 78, 84, 76)]

# ---------------- document ----------------
para("Caldmoor Health and Wellbeing Board", bold=True)
para("Date of meeting: 4 December 2025          Agenda item: 9")
doc.add_heading("Better Care Fund 2025-26: Quarter 2 Return", level=1)
para("Report of: Director of Adult Social Care, Caldmoor County Council, and Director of Strategy and Partnerships, NHS Caldmoor Integrated Care Board")
para("Status: For assurance and retrospective sign-off")

doc.add_heading("1. Purpose", level=2)
num("1.1", "This report asks the Health and Wellbeing Board (HWB) to note the Caldmoor Better Care Fund (BCF) return for Quarter 2 of 2025-26, which was submitted to NHS England on 31 October 2025 under delegated authority from the Chair.")
num("1.2", "The BCF is a pooled budget held under a section 75 agreement between Caldmoor County Council and NHS Caldmoor Integrated Care Board (ICB). It funds services that help people stay well and independent at home and that support timely discharge from hospital.")

doc.add_heading("2. Recommendations", level=2)
num("2.1", "The Health and Wellbeing Board is asked to:")
for b in ["note the Quarter 2 return and confirm retrospective approval of its submission;",
          "note that all four national conditions continue to be met;",
          "note the position against the four BCF metrics, in particular the increase in emergency admissions due to falls; and",
          "agree that the BCF Delivery Group brings a falls recovery plan to the Board in March 2026."]:
    bullet(b)

doc.add_heading("3. Background", level=2)
num("3.1", f"The total value of the Caldmoor BCF pooled budget for 2025-26 is £{sch_total/1000:.2f}m, funded from the sources in Table 1. This is the second year of the two-year BCF plan for 2024-26 agreed by the Board in May 2024.")
num("3.2", "Quarterly returns confirm whether the national conditions are being met, report spend against plan and give a short narrative on progress against each metric. The four national conditions are:")
for b in ["a jointly agreed plan between local health and social care commissioners, signed off by the HWB;",
          "implementing BCF policy objective 1: enabling people to stay well, safe and independent at home for longer;",
          "implementing BCF policy objective 2: providing the right care in the right place at the right time; and",
          "maintaining the NHS's contribution to adult social care and investment in NHS-commissioned out-of-hospital services."]:
    bullet(b)

para("Table 1: BCF funding sources, 2024-25 and 2025-26", bold=True)
para("All figures £000")
t = add_table(2 + len(funding) + 1, 4)
t.cell(0, 0).merge(t.cell(1, 0)); set_cell(t.cell(0, 0), "Funding source", bold=True)
t.cell(0, 1).merge(t.cell(0, 2)); set_cell(t.cell(0, 1), "Contribution", bold=True)
t.cell(0, 3).merge(t.cell(1, 3)); set_cell(t.cell(0, 3), "Change", bold=True)
set_cell(t.cell(1, 1), "2024-25", bold=True, right=True); set_cell(t.cell(1, 2), "2025-26", bold=True, right=True)
for i, (n, v) in enumerate(funding):
    a = fund_2425[n]
    set_cell(t.cell(2 + i, 0), n); set_cell(t.cell(2 + i, 1), fint(a), right=True); set_cell(t.cell(2 + i, 2), fint(v), right=True)
    set_cell(t.cell(2 + i, 3), fint(v - a, dash_zero=True), right=True)
tot25 = sum(fund_2425.values())
r = 2 + len(funding)
set_cell(t.cell(r, 0), "Total BCF pooled budget", bold=True); set_cell(t.cell(r, 1), fint(tot25), bold=True, right=True)
set_cell(t.cell(r, 2), fint(sch_total), bold=True, right=True); set_cell(t.cell(r, 3), fint(sch_total - tot25), bold=True, right=True)
facts["funding"] = {n: (fund_2425[n], v) for n, v in funding}; facts["funding_total"] = (tot25, sch_total)
para("")

doc.add_heading("4. Spend against plan at Quarter 2", level=2)
planned = sum(s[2] // 2 for g in scheme_groups for s in g[1]); actual = sum(s[3] for g in scheme_groups for s in g[1])
num("4.1", f"Table 2 compares actual spend to the end of September 2025 with the profiled plan. Plans are profiled evenly across the year. Total spend to Quarter 2 was £{actual:,}k against a profiled plan of £{planned:,}k, an underspend of £{planned-actual:,}k.")
num("4.2", "The main variances are:")
bullet("Disabled Facilities Grant adaptations are behind plan because two of the county's framework contractors withdrew in June 2025. A new framework starts in January 2026 and the grant can be carried forward.")
bullet("Discharge to Assess pathway 1 and home care discharge capacity are ahead of plan because of higher hospital discharge volumes over the summer.")
bullet("Step-down beds at Hallbeck Lodge are overspent because the number of commissioned beds was increased from 18 to 24 in July 2025.")
bullet("The falls prevention and response service is behind plan because the new falls pick-up service in Dunmere and Thornsey did not start until August.")

para("Table 2: BCF schemes – planned and actual expenditure to Quarter 2, 2025-26", bold=True)
para("£000. Variance = actual minus planned to date; figures in brackets are underspends.")
nrows = 2 + sum(1 + len(g[1]) + 1 for g in scheme_groups) + 1
t = add_table(nrows, 6)
for c, h in [(0, "Ref"), (1, "Scheme")]:
    t.cell(0, c).merge(t.cell(1, c)); set_cell(t.cell(0, c), h, bold=True); shade(t.cell(0, c))
t.cell(0, 2).merge(t.cell(0, 5)); set_cell(t.cell(0, 2), "2025-26 (£000)", bold=True); shade(t.cell(0, 2))
for c, h in [(2, "Annual plan"), (3, "Planned to Q2"), (4, "Actual to Q2"), (5, "Variance")]:
    set_cell(t.cell(1, c), h, bold=True, right=True); shade(t.cell(1, c))
r = 2
sch_out = {}
for g, items in scheme_groups:
    gc = t.cell(r, 0).merge(t.cell(r, 5)); set_cell(gc, g, bold=True, italic=True); shade(gc, "F2F2F2"); r += 1
    sa = sp = sx = 0
    for ref, name, ann, act in items:
        pl = ann // 2; v = act - pl
        for c, val in enumerate([ref, name, fint(ann), fint(pl), fint(act), fint(v, dash_zero=True)]):
            set_cell(t.cell(r, c), val, right=c >= 2)
        sch_out[name] = (ref, g, ann, pl, act, v)
        sa += ann; sp += pl; sx += act; r += 1
    lab = t.cell(r, 0).merge(t.cell(r, 1)); set_cell(lab, f"Subtotal – {g.lower()}", bold=True)
    for c, val in enumerate([fint(sa), fint(sp), fint(sx), fint(sx - sp, dash_zero=True)]):
        set_cell(t.cell(r, c + 2), val, bold=True, right=True)
    sch_out["Subtotal – " + g.lower()] = (None, g, sa, sp, sx, sx - sp); r += 1
lab = t.cell(r, 0).merge(t.cell(r, 1)); set_cell(lab, "Total BCF expenditure", bold=True)
for c, val in enumerate([fint(sch_total), fint(planned), fint(actual), fint(actual - planned)]):
    set_cell(t.cell(r, c + 2), val, bold=True, right=True)
sch_out["TOTAL"] = (None, None, sch_total, planned, actual, actual - planned)
facts["schemes"] = sch_out
para("")

doc.add_heading("5. Performance against BCF metrics", level=2)
num("5.1", "Table 3 shows performance against the four metrics in the 2025-26 BCF plan. Lower is better for avoidable admissions, falls and permanent admissions to care homes; higher is better for discharge to usual place of residence.")
para("Table 3: BCF metrics – plan and actual, 2025-26", bold=True)
t = add_table(2 + len(metrics), 9)
for c, h in [(0, "Metric"), (1, "Unit"), (2, "2024-25 outturn")]:
    t.cell(0, c).merge(t.cell(1, c)); set_cell(t.cell(0, c), h, bold=True); shade(t.cell(0, c))
t.cell(0, 3).merge(t.cell(0, 4)); set_cell(t.cell(0, 3), "Quarter 1", bold=True); shade(t.cell(0, 3))
t.cell(0, 5).merge(t.cell(0, 6)); set_cell(t.cell(0, 5), "Quarter 2", bold=True); shade(t.cell(0, 5))
t.cell(0, 7).merge(t.cell(0, 8)); set_cell(t.cell(0, 7), "Assessment at Q2", bold=True); shade(t.cell(0, 7))
for c, h in [(3, "Plan"), (4, "Actual"), (5, "Plan"), (6, "Actual"), (7, "On track?"), (8, "RAG")]:
    set_cell(t.cell(1, c), h, bold=True, right=c < 7); shade(t.cell(1, c))
for i, m in enumerate(metrics):
    for c, val in enumerate(m):
        set_cell(t.cell(2 + i, c), val, right=2 <= c <= 6)
para("")
num("5.2", f"Avoidable admissions. Performance was better than plan in Quarter 1 but worse than plan in Quarter 2, when the rate rose to 193.1 per 100,000 against a plan of 188.0. The increase was concentrated in admissions for chronic obstructive pulmonary disease (COPD) and heart failure in Kestlow.")
num("5.3", "Discharge to usual place of residence. This metric is on track. In Quarter 2, 93.1% of people discharged from acute hospital went back to their usual place of residence. Table 4 shows discharges by pathway for the quarter.")
num("5.4", "Falls. Emergency admissions due to falls in people aged 65 and over were 521.4 per 100,000 in Quarter 2, above the plan of 500.0 and above the 2024-25 outturn. The Board is asked to agree a recovery plan. The new falls pick-up service responded to 418 calls between August and September, and 71% of people seen were not conveyed to hospital.")
num("5.5", f"Residential admissions. Permanent admissions of people aged 65 and over to residential and nursing care homes were {r_q2:.1f} per 100,000 for the first half of the year ({q1_65 + q2_65} admissions), against a plan of 298.0. Quarterly admission numbers are reported to Cabinet in the adult social care budget and demand report.")

para("Table 4: Hospital discharges by discharge pathway, Quarter 2 2025-26", bold=True)
t = add_table(2 + len(discharges) + 1, 6)
t.cell(0, 0).merge(t.cell(1, 0)); set_cell(t.cell(0, 0), "Discharge pathway", bold=True); shade(t.cell(0, 0))
t.cell(0, 1).merge(t.cell(0, 3)); set_cell(t.cell(0, 1), "Quarter 2", bold=True); shade(t.cell(0, 1))
t.cell(0, 4).merge(t.cell(1, 4)); set_cell(t.cell(0, 4), "Q2 total", bold=True); shade(t.cell(0, 4))
t.cell(0, 5).merge(t.cell(1, 5)); set_cell(t.cell(0, 5), "% of Q2", bold=True); shade(t.cell(0, 5))
for c, h in [(1, "July"), (2, "August"), (3, "September")]:
    set_cell(t.cell(1, c), h, bold=True, right=True); shade(t.cell(1, c))
gt = sum(sum(d[1:]) for d in discharges)
dis_out = {}
for i, d in enumerate(discharges):
    q = sum(d[1:])
    vals = [d[0], fint(d[1]), fint(d[2]), fint(d[3]), fint(q), pct(q / gt * 100)]
    for c, val in enumerate(vals):
        set_cell(t.cell(2 + i, c), val, right=c > 0)
    dis_out[d[0]] = (d[1], d[2], d[3], q, round(q / gt * 100, 1))
mt = [sum(d[k] for d in discharges) for k in (1, 2, 3)]
r = 2 + len(discharges)
for c, val in enumerate(["Total discharges (aged 18+)", fint(mt[0]), fint(mt[1]), fint(mt[2]), fint(gt), "100.0%"]):
    set_cell(t.cell(r, c), val, bold=True, right=c > 0)
dis_out["Total"] = (*mt, gt, 100.0)
facts["discharges"] = dis_out
para("Source: Caldmoor Hospitals NHS Trust discharge data; Pathway 3 includes interim placements.")

doc.add_heading("6. Income and expenditure risks", level=2)
num("6.1", "The BCF Delivery Group has identified the following risks for the second half of the year:")
for b in ["winter pressures increasing demand for pathway 1 and pathway 2 services above the funded level;",
          "slippage in Disabled Facilities Grant spend, which could lead to grant being returned if not committed by March 2027;",
          "workforce shortages in the reablement service, where the vacancy rate is 14%; and",
          "the national BCF policy framework for 2026-27 not yet being published."]:
    bullet(b)
num("6.2", "There is no forecast overspend on the pooled budget for the year as a whole. Any underspend at year end will be carried forward in line with the section 75 agreement, except for the discharge funds, which must be spent in year.")

doc.add_heading("7. Other matters", level=2)
num("7.1", "The Caldmoor BCF plan includes a commitment to increase the number of carers receiving a carers' assessment. In the first half of 2025-26, 1,146 carers' assessments were completed, compared with 1,021 in the same period last year.")
num("7.2", "The Home from Hospital handyperson service completed 684 jobs in the first half of the year, most commonly the fitting of grab rails and key safes.")
num("7.3", "The Board's annual self-assessment of integration will be carried out in February 2026 using the Local Government Association (LGA) framework.")

doc.add_heading("8. Glossary", level=2)
for a, d in [("BCF", "Better Care Fund"), ("DFG", "Disabled Facilities Grant – capital funding for home adaptations for disabled people"),
             ("D2A", "Discharge to Assess – people are discharged when medically fit and their longer-term needs are assessed at home or in a bed-based setting"),
             ("HWB", "Health and Wellbeing Board"), ("iBCF", "Improved Better Care Fund – grant paid directly to the council"),
             ("UCR", "Urgent Community Response – a two-hour crisis response service to prevent admission")]:
    p = doc.add_paragraph(); r1 = p.add_run(a + ": "); r1.bold = True; p.add_run(d)
para("Report author: Daniel Achterberg, BCF Programme Manager, Caldmoor County Council.")

doc.save(OUT)
with open(os.path.join(os.path.dirname(__file__), "facts_docx.json"), "w") as fh:
    json.dump(facts, fh, indent=1)
print("written", OUT, "schemes total", sch_total, "nhs min", nhs_min, "planned", planned, "actual", actual, "r_q1", r_q1, "r_q2", r_q2)
