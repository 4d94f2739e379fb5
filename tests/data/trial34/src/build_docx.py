"""Paper 2: children in care sufficiency strategy update (DOCX, python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t34_children_sufficiency_update.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)


def H(t, lvl=1):
    doc.add_heading(t, level=lvl)


def P(t, bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def N(num, t):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{num}\t{t}")
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def set_cell(cell, text, bold=False, align="left", italic=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]


def fill_row(row, vals, bold=False, italic=False, first_left=True):
    for j, v in enumerate(vals):
        set_cell(row.cells[j], v, bold=bold, italic=italic, align="left" if (j == 0 and first_left) else "right")


def caption(t):
    P(t, bold=True, size=10)


# ------------------------------------------------------------------ front
t = doc.add_paragraph()
r = t.add_run("Orlemere County Council")
r.bold = True
r.font.size = Pt(16)
P("Children and Families Overview and Scrutiny Committee", bold=True)
P("20 November 2025", bold=True)
P("Children in Care Sufficiency Strategy 2024–2027: Annual Progress Update", bold=True, size=14)
P("Report of the Director of Children's Services (Siân Corrigan)\nLead Member: Councillor Priya Haldane, "
  "Cabinet Member for Children and Families\nWards affected: All\nKey decision: No")

H("1. Purpose of the report")
N("1.1", "To update the Committee on the first eighteen months of the Children in Care Sufficiency Strategy "
         "2024–2027, including the mix and cost of placements, the recruitment of foster carers, the Council's "
         "own children's homes and the stability of placements.")
N("1.2", "The Committee is asked to comment on progress and on the priorities for the next twelve months set "
         "out in section 8.")

H("2. Background")
N("2.1", "Under section 22G of the Children Act 1989 the Council has a duty, so far as reasonably practicable, "
         "to secure sufficient accommodation within its area to meet the needs of the children it looks after "
         "(the 'sufficiency duty').")
N("2.2", "The strategy approved by Cabinet in March 2024 has three priorities: to grow the number of in-house "
         "foster carers, to open two additional Council children's homes by 2026, and to reduce reliance on "
         "high-cost private residential placements, particularly those outside the county.")
N("2.3", f"At 30 September 2025 there were {CIC_SEP} children in care (CiC), a rate of {CIC_RATE_10K} per "
         f"10,000 children aged under 18, compared with {CIC_MAR} at 31 March 2025. Of these, {UASC} were "
         "unaccompanied asylum-seeking children (UASC) placed with the Council under the National Transfer "
         "Scheme.")

# ------------------------------------------------------------------ placements
H("3. Where our children live")
N("3.1", "Table 1 shows children in care by type of placement. Family-based placements remain the largest "
         f"group ({PLACE_SUB[0][2]} children at 30 September), but the number of children in independent "
         "fostering agency (IFA) placements has increased as in-house carers have retired.")
caption("Table 1: Children in care by placement type")
tb = doc.add_table(rows=2, cols=6)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
a = h0[0].merge(h1[0]); set_cell(a, "Placement type", bold=True)
a = h0[1].merge(h0[2]); set_cell(a, "31 March 2025", bold=True, align="center")
a = h0[3].merge(h0[4]); set_cell(a, "30 September 2025", bold=True, align="center")
a = h0[5].merge(h1[5]); set_cell(a, "Change", bold=True, align="right")
for j, v in zip([1, 2, 3, 4], ["Number", "%", "Number", "%"]):
    set_cell(h1[j], v, bold=True, align="right")
for (g, rws), sub in zip(PLACE_GROUPS, PLACE_SUB):
    row = tb.add_row()
    m = row.cells[0].merge(row.cells[5])
    set_cell(m, g, bold=True, italic=True)
    for lab, m25, s25, _, _ in rws:
        fill_row(tb.add_row(), [lab, fmt(m25), f"{pct(m25, CIC_MAR):.1f}", fmt(s25), f"{pct(s25, CIC_SEP):.1f}",
                                fmt(s25 - m25)])
    fill_row(tb.add_row(), [f"Subtotal: {g.lower()}", fmt(sub[1]), f"{pct(sub[1], CIC_MAR):.1f}", fmt(sub[2]),
                            f"{pct(sub[2], CIC_SEP):.1f}", fmt(sub[2] - sub[1])], bold=True)
fill_row(tb.add_row(), ["Total children in care", fmt(CIC_MAR), "100.0", fmt(CIC_SEP), "100.0",
                        fmt(CIC_SEP - CIC_MAR)], bold=True)
P("Change: a figure in brackets is a reduction.", italic=True, size=9)

# ------------------------------------------------------------------ costs
H("4. The cost of placements")
rb = PLACE_TOT
N("4.1", f"The placements budget for 2025-26 is £{rb[2]/1000:.1f}m. At the end of September (Period 6) the "
         f"forecast outturn is £{rb[3]/1000:.1f}m, an overspend of £{(rb[3]-rb[2])/1000:.1f}m. Table 2 uses the same "
         "placement types as Table 1 so that cost can be read alongside numbers.")
pr = PLACE_GROUPS[1][1][1]
N("4.2", f"The largest pressure is private children's homes, forecast to overspend by £{(pr[4]-pr[3])/1000:.1f}m. "
         "The average weekly cost of an externally commissioned residential placement has risen by 14% in two "
         "years, and five children with very complex needs account for almost a third of the spend.")
caption("Table 2: Placement costs by placement type, 2025-26")
P("£000", bold=True, size=9).alignment = WD_ALIGN_PARAGRAPH.RIGHT
tb = doc.add_table(rows=2, cols=4)
tb.style = "Table Grid"
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
a = h0[0].merge(h1[0]); set_cell(a, "Placement type", bold=True)
a = h0[1].merge(h0[3]); set_cell(a, "2025-26 (£000)", bold=True, align="center")
for j, v in zip([1, 2, 3], ["Budget", "Forecast outturn", "Variance"]):
    set_cell(h1[j], v, bold=True, align="right")
for (g, rws), sub in zip(PLACE_GROUPS, PLACE_SUB):
    row = tb.add_row()
    m = row.cells[0].merge(row.cells[3])
    set_cell(m, g, bold=True, italic=True)
    for lab, _, _, b, f in rws:
        fill_row(tb.add_row(), [lab, fmt(b), fmt(f), fmt(f - b)])
    fill_row(tb.add_row(), [f"Subtotal: {g.lower()}", fmt(sub[3]), fmt(sub[4]), fmt(sub[4] - sub[3])], bold=True)
fill_row(tb.add_row(), ["Total placements", fmt(rb[2]), fmt(rb[3]), fmt(rb[3] - rb[2])], bold=True)
P("Variance: a positive figure is an overspend; a figure in brackets is an underspend.", italic=True, size=9)

# ------------------------------------------------------------------ fostering
H("5. Fostering recruitment and retention")
N("5.1", "The 'Foster for Orlemere' campaign was relaunched in April 2025 with a new website, a single "
         "enquiry line and an improved fee structure, including a council tax discount for approved foster "
         "carers. Enquiries have risen in each of the last three years (Table 3).")
N("5.2", f"{FOSTER['New households approved'][3]} new fostering households were approved in the first half of "
         f"2025-26 against a full-year target of {FOSTER['New households approved'][4]}. Because fewer carers have "
         f"left, the number of approved households has grown for the second year running, to "
         f"{FOSTER_END[3]} at 30 September 2025.")
caption("Table 3: Fostering households – enquiries, approvals and de-registrations")
tb = doc.add_table(rows=1, cols=6)
tb.style = "Table Grid"
fill_row(tb.rows[0], ["Measure"] + FOSTER_COLS, bold=True)
for lab, vals in FOSTER.items():
    fill_row(tb.add_row(), [lab] + [fmt(v) if v is not None else "n/a" for v in vals])
fill_row(tb.add_row(), ["Net change in households"] + [fmt(v) for v in FOSTER_NET] + ["n/a"])
fill_row(tb.add_row(), ["Approved households at end of period"] + [fmt(v) for v in FOSTER_END] +
         [fmt(FOSTER_END_TARGET)], bold=True)
P(f"There were {FOSTER_START} approved households at 31 March 2022. n/a = no target set.", italic=True, size=9)
N("5.3", f"Two 'Hearthside' hubs, in which a group of six to eight fostering households is supported by an "
         "experienced hub carer offering sleepovers and peer support, started in Kestlow and Tellingford in "
         "June 2025. No hub carer has resigned since the hubs began.")
N("5.4", f"{STAYING_PUT} young people aged 18 to 21 are living with their former foster carers under 'Staying Put' "
         "arrangements, which allow care leavers to remain in a family home beyond their eighteenth birthday.")

# ------------------------------------------------------------------ homes
H("6. The Council's own children's homes")
N("6.1", "Heron Cottage in Mardle Heath opened in August 2025, bringing the Council's own residential provision "
         f"to five homes and {HOMES_BEDS} registered beds. A sixth home, Saxon Row in Pellbridge, is being "
         "refurbished and is expected to be registered with Ofsted in spring 2026.")
caption("Table 4: Council children's homes at 30 September 2025")
tb = doc.add_table(rows=1, cols=7)
tb.style = "Table Grid"
fill_row(tb.rows[0], ["Home", "District", "Registered beds", "Children placed", "Occupancy", "Latest Ofsted judgement",
                      "Opened"], bold=True)
for name, dist, beds, occ, ofs, op in HOMES:
    r_ = tb.add_row()
    fill_row(r_, [name, dist, str(beds), str(occ), f"{pct(occ, beds):.0f}%", ofs, op])
    set_cell(r_.cells[1], dist)
    set_cell(r_.cells[5], ofs)
r_ = tb.add_row()
fill_row(r_, ["Total", "", str(HOMES_BEDS), str(HOMES_OCC), f"{pct(HOMES_OCC, HOMES_BEDS):.1f}%", "–", "–"],
         bold=True)
P("Heron Cottage has not yet had its first full inspection (n/a).", italic=True, size=9)
N("6.2", "The Council is a member of the Northern Counties Regional Care Co-operative (RCC), which is "
         "commissioning specialist residential places for children with the most complex needs on behalf of "
         "six local authorities.")

# ------------------------------------------------------------------ stability
H("7. Placement stability")
N("7.1", "Placement stability is monitored quarterly. The proportion of children with three or more "
         "placements in a year is now better than the England average, but long-term stability remains below "
         "it (Table 5).")
caption("Table 5: Placement stability measures by quarter")
tb = doc.add_table(rows=2, cols=8)
tb.style = "Table Grid"
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
a = h0[0].merge(h1[0]); set_cell(a, "Measure", bold=True)
a = h0[1].merge(h0[2]); set_cell(a, "2024-25", bold=True, align="center")
a = h0[3].merge(h0[4]); set_cell(a, "2025-26", bold=True, align="center")
a = h0[5].merge(h1[5]); set_cell(a, "England (2024)", bold=True, align="right")
a = h0[6].merge(h1[6]); set_cell(a, "RAG", bold=True)
a = h0[7].merge(h1[7]); set_cell(a, "Trend", bold=True)
for j, q in enumerate(STAB_COLS, 1):
    set_cell(h1[j], q, bold=True, align="right")
for lab, vals, eng, rag, trend in STAB:
    dp = 0 if "number" in lab else 1
    r_ = tb.add_row()
    fill_row(r_, [lab] + [fmt(v, dp) for v in vals] + [eng, rag, trend])
    set_cell(r_.cells[6], rag)
    set_cell(r_.cells[7], trend)

# ------------------------------------------------------------------ next steps
H("8. Priorities for the next twelve months")
N("8.1", "The key actions for the next 12 months include:")
bullets([
    "registering Saxon Row with Ofsted and opening it to four children by June 2026;",
    "approving 32 new fostering households, with a focus on carers for teenagers and sibling groups;",
    "extending the Hearthside hub model to Arnbury and Pellbridge;",
    "moving at least 10 young people aged 16 and 17 from residential care into supported lodgings;",
    "agreeing a joint commissioning framework for residential care through the RCC.",
])
N("8.2", "The principal risks are continued market inflation in residential placements, a shortage of "
         "registered managers for new homes, and an increase in the number of UASC allocated under the "
         "National Transfer Scheme.")

H("9. Financial implications")
N("9.1", f"The forecast overspend of £{(rb[3]-rb[2])/1000:.1f}m on placements is included in the Period 6 "
         "revenue monitoring report to Cabinet. Opening Saxon Row is expected to avoid around £0.9m a year in "
         "external residential costs once fully occupied.")

H("10. Recommendations")
P("The Committee is recommended to:")
for t_ in ["note the progress made against the Children in Care Sufficiency Strategy 2024–2027;",
           "comment on the priorities for the next twelve months set out in section 8;",
           "request a further update on placement costs and the opening of Saxon Row in May 2026."]:
    doc.add_paragraph(t_, style="List Number")

P("Background papers: Children in Care Sufficiency Strategy 2024–2027 (Cabinet, 12 March 2024).", italic=True,
  size=9)
P("Contact officer: Tom Bardsley, Head of Placements and Commissioning, tom.bardsley@orlemere.gov.uk", italic=True,
  size=9)

doc.save(OUT)
print("wrote", OUT)
