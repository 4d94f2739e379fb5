"""Paper 2 (DOCX): NHS Castermere ICB – pharmacy, optometry and dental services update."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import OUT, DISTRICTS, POPULATION, num, pct, rnd

FILE = os.path.join(OUT, "t32_icb_pod_services_update.docx")

# ------------------------------------------------------------------ data
# UDAs: 2024-25 contracted, delivered; 2025-26 Apr-Sep contracted (pro rata), delivered
UDA = {
    "Kestlow": (512400, 431860, 256200, 221340),
    "Drennington": (368900, 289540, 184450, 152870),
    "Holmcaster": (301200, 251930, 150600, 127460),
    "Ellsmoor": (247600, 186210, 123800, 99120),
    "Saltreach": (214300, 171480, 107150, 90310),
}
UDA_TOT = [sum(UDA[d][i] for d in DISTRICTS) for i in range(4)]

# access: adults seen in previous 24 months (Mar 2024, Mar 2025, Sep 2025); children previous 12 months
ADULT = {"Kestlow": (41.2, 42.0, 43.1), "Drennington": (36.8, 37.1, 38.2), "Holmcaster": (44.5, 44.1, 45.0),
         "Ellsmoor": (33.9, 34.6, 35.2), "Saltreach": (38.7, 39.5, 40.3)}
CHILD = {"Kestlow": (58.3, 60.1, 61.4), "Drennington": (52.6, 54.0, 55.2), "Holmcaster": (62.1, 63.5, 63.9),
         "Ellsmoor": (49.8, 51.7, 53.0), "Saltreach": (55.4, 57.2, 58.8)}
ENGLAND_ADULT = (40.3, 40.1, 40.6)
ENGLAND_CHILD = (55.9, 57.3, 58.0)
POPTOT = sum(POPULATION.values())


def wavg(tbl, i):
    return rnd(sum(tbl[d][i] * POPULATION[d] for d in DISTRICTS) / POPTOT, 1)


ICB_ADULT = [wavg(ADULT, i) for i in range(3)]
ICB_CHILD = [wavg(CHILD, i) for i in range(3)]

# pharmacies: at 1 April 2024, closures, openings
PHARM = {"Kestlow": (34, 3, 1), "Drennington": (25, 2, 0), "Holmcaster": (21, 1, 0),
         "Ellsmoor": (17, 3, 1), "Saltreach": (15, 1, 0)}
PH_NOW = {d: PHARM[d][0] - PHARM[d][1] + PHARM[d][2] for d in DISTRICTS}
PH_TOT = [sum(PHARM[d][i] for d in DISTRICTS) for i in range(3)]
PH_NOW_TOT = sum(PH_NOW.values())

# GOS sight tests 2023-24, 2024-25; MECS episodes 2024-25
GOS = {"Kestlow": (29840, 30912, 2410), "Drennington": (21115, 21876, 1622), "Holmcaster": (18430, 18102, 1388),
       "Ellsmoor": (13960, 14588, 905), "Saltreach": (12845, 13217, 1047)}
GOS_TOT = [sum(GOS[d][i] for d in DISTRICTS) for i in range(3)]

# finance £000: budget, forecast
FIN = [
    ("Dental", [("General and personal dental services contracts", 38412, 36905),
                ("Orthodontics", 6218, 6344),
                ("Urgent dental care", 1450, 1622),
                ("Community dental services", 4105, 4061),
                ("Patient charge income", -11860, -11240)]),
    ("Community pharmacy", [("Locally commissioned pharmacy services", 612, 588),
                            ("Pharmacy integration pilots", 240, 251),
                            ("Bank holiday and rota cover", 186, 203)]),
    ("Optometry", [("GOS sight tests", 9874, 10112),
                   ("GOS optical vouchers", 3210, 3344),
                   ("Minor Eye Conditions Service", 455, 478)]),
]
FIN_SUB = {g: (sum(r[1] for r in rows), sum(r[2] for r in rows)) for g, rows in FIN}
FIN_TOT = (sum(v[0] for v in FIN_SUB.values()), sum(v[1] for v in FIN_SUB.values()))

# ------------------------------------------------------------------ document helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for s in ("Heading 1", "Heading 2", "Title"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x00, 0x30, 0x87)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)


def para(text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def npara(ref, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{ref}\t{text}")
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align="right", size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]


def table(rows, header_rows=1, merges=(), bold_rows=(), group_rows=(), widths=None, first_left=True):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            hdr = i < header_rows
            align = "left" if (j == 0 and first_left) or (hdr and j == 0) else ("center" if hdr else "right")
            set_cell(t.cell(i, j), txt, bold=hdr or i in bold_rows, align=align)
            if hdr:
                shade(t.cell(i, j), "D9E2F3")
    for (r0, c0, r1, c1) in merges:
        keep = rows[r0][c0]
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        set_cell(m, keep, bold=True, align="center" if c0 > 0 else "left")
        shade(m, "D9E2F3")
    for gi in group_rows:
        keep = rows[gi][0]
        m = t.cell(gi, 0).merge(t.cell(gi, ncol - 1))
        set_cell(m, keep, bold=True, align="left", italic=True)
        shade(m, "F2F2F2")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ content
para("NHS Castermere Integrated Care Board", bold=True, size=12)
para("Board Meeting in Public – Thursday 4 December 2025", bold=True)
para("Agenda item 11", italic=True)
doc.add_heading("Pharmacy, Optometry and Dental Services: Performance and Commissioning Update", level=1)
meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([("Report author", "Marcus Whitfield, Head of Primary Care Commissioning (POD)"),
                            ("Executive lead", "Dr Anjali Rao, Director of Primary Care and Place"),
                            ("Purpose", "For assurance and approval"),
                            ("Previous consideration", "Primary Care Commissioning Committee, 13 November 2025")]):
    set_cell(meta.cell(i, 0), k, bold=True, align="left", size=9.5)
    set_cell(meta.cell(i, 1), v, align="left", size=9.5)
doc.add_paragraph()

doc.add_heading("1. Purpose", level=2)
npara("1.1", "This paper updates the Board on the performance of pharmacy, optometry and dental (POD) services "
      "across the five districts of Castermere and sets out the ICB's commissioning intentions for 2026-27. "
      "Responsibility for commissioning POD services was delegated to the ICB by NHS England on 1 April 2023.")
npara("1.2", "The Board is asked to note the position on dental activity and access, the changes in the number of "
      "community pharmacies, and the financial position, and to approve the commissioning intentions in section 8.")

doc.add_heading("2. Executive summary", level=2)
pct24 = UDA_TOT[1] / UDA_TOT[0] * 100
pct25 = UDA_TOT[3] / UDA_TOT[2] * 100
npara("2.1", "The key messages for the Board are:")
bullets([
    f"Dental practices delivered {pct(pct25)} of contracted Units of Dental Activity (UDAs) in the first half of "
    f"2025-26, up from {pct(pct24)} across 2024-25.",
    f"The proportion of adults seen by an NHS dentist in the previous 24 months has risen to {ICB_ADULT[2]:.1f}%, "
    f"above the England figure of {ENGLAND_ADULT[2]:.1f}%, but Ellsmoor remains the lowest district at "
    f"{ADULT['Ellsmoor'][2]:.1f}%.",
    f"{PH_TOT[1]} community pharmacies have closed since April 2024 and {PH_TOT[2]} have opened, leaving "
    f"{PH_NOW_TOT} pharmacies in the county.",
    f"The POD budget is forecast to underspend by £{num((FIN_TOT[0] - FIN_TOT[1]) / 1000, 1)}m, mainly because "
    "of under-delivery on dental contracts.",
])

doc.add_heading("3. Background", level=2)
npara("3.1", "NHS dental services are provided under General Dental Services (GDS) and Personal Dental Services "
      "(PDS) contracts. Activity is measured in Units of Dental Activity (UDAs) for general dentistry and Units "
      "of Orthodontic Activity (UOAs) for orthodontics. Practices that deliver less than 96% of their contracted "
      "UDAs in a year are subject to financial recovery (clawback).")
npara("3.2", "Community pharmacies are included on the pharmaceutical list held by the ICB. Applications to open, "
      "relocate or close are considered against the Pharmaceutical Needs Assessment (PNA), which is published "
      "by the Castermere Health and Wellbeing Board (HWB) every three years. The current PNA runs from October "
      "2025 to September 2028.")
npara("3.3", "Primary eye care is provided through General Ophthalmic Services (GOS) contracts, which fund NHS "
      "sight tests and optical vouchers for eligible patients. The ICB also commissions a Minor Eye Conditions "
      "Service (MECS) from community optometrists, so that patients with red eyes, flashes and floaters or "
      "foreign bodies can be seen without going to A&E or their GP.")

doc.add_heading("4. Dental services", level=2)
doc.add_heading("Contract activity", level=3)
npara("4.1", "Table 1 shows contracted and delivered UDAs by district. Contracted activity for 2025-26 is shown "
      "pro rata for April to September.")
r1 = [["District", "2024-25", "", "", "2025-26 (April to September)", "", ""],
      ["", "Contracted UDAs", "Delivered UDAs", "% delivered", "Contracted UDAs (pro rata)", "Delivered UDAs",
       "% delivered"]]
for d in DISTRICTS:
    a, b, c, e = UDA[d]
    r1.append([d, num(a), num(b), pct(b / a * 100), num(c), num(e), pct(e / c * 100)])
r1.append(["Castermere total", num(UDA_TOT[0]), num(UDA_TOT[1]), pct(pct24), num(UDA_TOT[2]), num(UDA_TOT[3]),
           pct(pct25)])
para("Table 1: Units of Dental Activity (UDAs) contracted and delivered, by district", bold=True, size=9.5)
table(r1, header_rows=2, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)], bold_rows=[len(r1) - 1])
low = min(DISTRICTS, key=lambda d: UDA[d][3] / UDA[d][2])
npara("4.2", f"Delivery has improved in every district. {low} has the lowest delivery rate "
      f"({pct(UDA[low][3] / UDA[low][2] * 100)}) following the closure of the Brindle Street practice in "
      "Ellsmoor town in March 2025 and the handback of its 18,500 UDA contract. The ICB re-procured this activity "
      "and the new provider started on 1 October 2025.")
npara("4.3", "Since March 2024 the ICB has funded a new patient premium, which pays practices an additional "
      "amount for each new adult patient seen who has not seen an NHS dentist in the previous two years. "
      "Between April and September 2025, 11,240 patients were seen under the premium.")

doc.add_heading("Access to NHS dentistry", level=3)
npara("4.4", "Table 2 shows the percentage of the population who have been seen by an NHS dentist. Adults are "
      "counted if seen in the previous 24 months and children if seen in the previous 12 months.")
r2 = [["Area", "Adults seen in previous 24 months (%)", "", "", "Children seen in previous 12 months (%)", "", ""],
      ["", "Mar 2024", "Mar 2025", "Sep 2025", "Mar 2024", "Mar 2025", "Sep 2025"]]
for d in DISTRICTS:
    r2.append([d] + [f"{x:.1f}" for x in ADULT[d]] + [f"{x:.1f}" for x in CHILD[d]])
r2.append(["Castermere ICB"] + [f"{x:.1f}" for x in ICB_ADULT] + [f"{x:.1f}" for x in ICB_CHILD])
r2.append(["England"] + [f"{x:.1f}" for x in ENGLAND_ADULT] + [f"{x:.1f}" for x in ENGLAND_CHILD])
para("Table 2: Percentage of population seen by an NHS dentist", bold=True, size=9.5)
table(r2, header_rows=2, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)], bold_rows=[len(r2) - 2])
npara("4.5", "Holmcaster has the highest access for both adults and children. Ellsmoor has the lowest and is the "
      "focus of the urgent care expansion described in section 8. Access for children in every district is now "
      "above the level seen in March 2024.")
npara("4.6", "Urgent dental care is provided through the NHS 111 dental line and five urgent dental care hubs. "
      "In Quarter 2 the hubs offered 6,830 urgent appointments, of which 94% were used.")

doc.add_heading("5. Community pharmacy", level=2)
npara("5.1", "Table 3 shows the change in the number of community pharmacies in each district between 1 April "
      "2024 and 30 September 2025. The rate per 100,000 population uses the mid-2024 population estimates.")
r3 = [["District", "Pharmacies at 1 April 2024", "Closures", "Openings", "Net change", "Pharmacies at 30 Sept 2025",
       "Per 100,000 population"]]
for d in DISTRICTS:
    a, c, o = PHARM[d]
    r3.append([d, str(a), str(c), str(o) if o else "–", num(o - c, dash_zero=True), str(PH_NOW[d]),
               f"{PH_NOW[d] / POPULATION[d] * 1e5:.1f}"])
r3.append(["Castermere", str(PH_TOT[0]), str(PH_TOT[1]), str(PH_TOT[2]), num(PH_TOT[2] - PH_TOT[1]),
           str(PH_NOW_TOT), f"{PH_NOW_TOT / POPTOT * 1e5:.1f}"])
para("Table 3: Community pharmacies by district, April 2024 to September 2025", bold=True, size=9.5)
table(r3, header_rows=1, bold_rows=[len(r3) - 1])
npara("5.2", "Of the closures, six were permanent closures of independent or small-chain pharmacies and four "
      "were consolidations, where two pharmacies merged on to one site. Two new pharmacies opened, in Kestlow "
      "town centre and at the Ellsmoor Health Village.")
npara("5.3", "The reasons given by contractors for closing include:")
bullets([
    "the cost of staffing, particularly pharmacists and pharmacy technicians;",
    "reduced income from the national contract relative to the costs of dispensing;",
    "the ending of leases on town-centre premises; and",
    "consolidation by large multiples, which are reducing the size of their estates.",
])
npara("5.4", "The HWB has confirmed that none of the closures created a gap in necessary services under the PNA, "
      "although the Saltreach coastal villages are now more than 20 minutes by car from a pharmacy open on "
      "Sunday. The ICB has commissioned a Sunday rota across Saltreach and Ellsmoor from November 2025.")
npara("5.5", "Pharmacy First, the national service that lets pharmacies treat seven common conditions, continues "
      "to grow. Pharmacies in Castermere completed 18,742 Pharmacy First consultations in Quarter 2, compared "
      "with 14,906 in Quarter 2 of 2024-25. Blood pressure checks delivered in community pharmacies totalled "
      "9,315 in the same quarter.")

doc.add_heading("6. Optometry", level=2)
npara("6.1", "Table 4 shows the number of GOS sight tests paid for by district and the number of MECS episodes. "
      "The rate per 1,000 population relates to 2024-25.")
r4 = [["District", "GOS sight tests", "", "Sight tests per 1,000 population 2024-25", "MECS episodes 2024-25"],
      ["", "2023-24", "2024-25", "", ""]]
for d in DISTRICTS:
    a, b, m = GOS[d]
    r4.append([d, num(a), num(b), f"{b / POPULATION[d] * 1000:.1f}", num(m)])
r4.append(["Castermere", num(GOS_TOT[0]), num(GOS_TOT[1]), f"{GOS_TOT[1] / POPTOT * 1000:.1f}", num(GOS_TOT[2])])
para("Table 4: General Ophthalmic Services sight tests and MECS activity", bold=True, size=9.5)
table(r4, header_rows=2, merges=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4)], bold_rows=[len(r4) - 1])
npara("6.2", "Sight test activity rose in every district except Holmcaster, where one optical practice closed in "
      "June 2024. MECS activity is highest in Kestlow, where the service is linked to the eye casualty "
      "department at Kestlow General Hospital.")
npara("6.3", "Domiciliary eye care for people who cannot leave home without help is also provided under GOS "
      "contracts. Activity data for domiciliary sight tests is not yet available at district level and will be "
      "included in the next report.")

doc.add_heading("7. Finance", level=2)
npara("7.1", f"The delegated POD budget for 2025-26 is £{num(FIN_TOT[0] / 1000, 1)}m. At month 6 the forecast "
      f"outturn is £{num(FIN_TOT[1] / 1000, 1)}m, an underspend of £{num((FIN_TOT[0] - FIN_TOT[1]) / 1000, 1)}m. "
      "Under NHS England rules the dental budget is ring-fenced and any underspend on dental services must be "
      "spent on dentistry.")
p = para("All figures are £000. Variance = forecast less budget; underspends are shown in brackets.", italic=True,
         size=9)
r5 = [["Service", "2025-26", "", ""], ["", "Budget", "Forecast outturn", "Variance"]]
grp5, sub5 = [], []
for g, rows in FIN:
    grp5.append(len(r5)); r5.append([g, "", "", ""])
    for name, b, f in rows:
        r5.append([name, num(b), num(f), num(f - b, dash_zero=True)])
    b, f = FIN_SUB[g]
    sub5.append(len(r5)); r5.append([f"Total {g.lower()}", num(b), num(f), num(f - b)])
r5.append(["Total POD", num(FIN_TOT[0]), num(FIN_TOT[1]), num(FIN_TOT[1] - FIN_TOT[0])])
para("Table 5: POD budget and forecast outturn, month 6 2025-26", bold=True, size=9.5)
table(r5, header_rows=2, merges=[(0, 1, 0, 3), (0, 0, 1, 0)], bold_rows=sub5 + [len(r5) - 1], group_rows=grp5)
npara("7.2", "The dental underspend reflects UDAs that were contracted but not delivered, net of lower patient "
      "charge income. Optometry is forecast to overspend because the number of sight tests continues to grow "
      "faster than the national allocation. The patient charge income line is shown as a negative budget.")

doc.add_heading("8. Commissioning intentions for 2026-27", level=2)
npara("8.1", "The Primary Care Commissioning Committee has recommended the following commissioning intentions. "
      "Our commissioning intentions for 2026-27 include:")
bullets([
    "commissioning 12,000 additional UDAs of urgent and stabilisation care from practices in Ellsmoor and "
    "Drennington, using the ring-fenced dental underspend;",
    "a supervised toothbrushing programme in 60 primary schools and nurseries in the most deprived areas;",
    "recommissioning MECS on a single county-wide specification from 1 April 2026;",
    "a pilot of an orthodontic hub in Kestlow to reduce waiting times for assessment; and",
    "working with the HWB on a supplementary statement to the PNA covering Sunday and bank holiday access.",
])
npara("8.2", "The ICB will also continue the flexible commissioning scheme, under which practices can convert up "
      "to 10% of their contracted UDAs into sessions for high-need groups such as looked after children, "
      "people experiencing homelessness and care home residents. Fourteen practices have signed up so far.")
npara("8.3", "Any new urgent dental capacity will be procured through a competitive process run by the Castermere "
      "and Tyndale Commissioning Hub. Award is expected in February 2026.")

doc.add_heading("9. Risks", level=2)
npara("9.1", "The principal risks are the continuing loss of NHS dental capacity as practices reduce their NHS "
      "commitment, further pharmacy closures in rural areas, and workforce shortages. The risk relating to "
      "dental access is scored 16 (high) on the ICB corporate risk register. The UDA contract value for practices "
      "handing back activity is being re-procured as quickly as possible.")

doc.add_heading("10. Recommendations", level=2)
npara("10.1", "The Board is asked to:")
bullets([
    "note the performance of POD services set out in this paper;",
    "note the forecast financial position for 2025-26; and",
    "approve the commissioning intentions for 2026-27 set out in section 8.",
])
para("Glossary", bold=True)
for k, v in [("GOS", "General Ophthalmic Services"), ("HWB", "Health and Wellbeing Board"),
             ("MECS", "Minor Eye Conditions Service"), ("PNA", "Pharmaceutical Needs Assessment"),
             ("POD", "Pharmacy, optometry and dental"), ("UDA", "Unit of Dental Activity"),
             ("UOA", "Unit of Orthodontic Activity")]:
    para(f"{k} – {v}", size=9)

doc.save(FILE)
print("wrote", FILE)
print("UDA", UDA_TOT, pct24, pct25, "ICB adult", ICB_ADULT, "child", ICB_CHILD, "pharm", PH_TOT, PH_NOW_TOT,
      "GOS", GOS_TOT, "FIN", FIN_SUB, FIN_TOT)
