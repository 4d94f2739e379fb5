"""Trial 33 paper 2: Brackenshire Safeguarding Adults Board annual report 2024-25 (DOCX)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fmt import num, pct_of, rnd  # noqa: E402

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.join(os.path.dirname(__file__), "..", "t33_bsab_annual_report_2024-25.docx")

DISTRICTS = ["Kestlow", "Orrindale", "Wychbarrow", "Fenmarch", "Sallowby"]
POP = {"Kestlow": 142300, "Orrindale": 98650, "Wychbarrow": 76420, "Fenmarch": 64180, "Sallowby": 88910}
# concerns, enquiries 2023-24 then 2024-25
CONC = {
    "Kestlow": (1842, 512, 2015, 548),
    "Orrindale": (1216, 344, 1302, 371),
    "Wychbarrow": (958, 281, 1047, 322),
    "Fenmarch": (731, 198, 702, 187),
    "Sallowby": (1104, 309, 1198, 336),
    "Out of county or not recorded": (87, 11, 64, 9),
}
ABUSE = [  # type, 2023-24, 2024-25
    ("Neglect and acts of omission", 498, 541),
    ("Physical abuse", 312, 298),
    ("Financial or material abuse", 276, 318),
    ("Psychological abuse", 221, 246),
    ("Domestic abuse", 142, 159),
    ("Self-neglect", 164, 201),
    ("Organisational abuse", 98, 87),
    ("Sexual abuse", 61, 58),
    ("Discriminatory abuse", 9, 12),
    ("Modern slavery", 4, 7),
    ("Sexual exploitation", 6, 5),
]
LOCATION = [  # (group or None, label, number)
    (None, "Own home", 798),
    ("Care homes", "Care home – residential", 362),
    ("Care homes", "Care home – nursing", 214),
    ("Hospitals", "Hospital – acute", 81),
    ("Hospitals", "Hospital – mental health", 44),
    ("Hospitals", "Hospital – community", 26),
    ("Community settings", "In the community (excluding community services)", 104),
    ("Community settings", "In a community service (for example a day centre)", 63),
    (None, "Other or not known", 42),
]
OUTCOMES = [
    ("Risk identified and action taken", "Risk removed", 412),
    ("Risk identified and action taken", "Risk reduced", 781),
    ("Risk identified and action taken", "Risk remains", 96),
    (None, "Risk identified and no action taken", 58),
    (None, "Risk – assessment inconclusive", 104),
    (None, "No risk identified", 283),
]
MSP = [  # measure, 2023-24, 2024-25, target, rag
    ("Adults (or their representative) asked what outcomes they wanted", "86.4%", "89.7%", "90%", "Amber"),
    ("Desired outcomes fully achieved", "64.1%", "67.8%", "70%", "Amber"),
    ("Desired outcomes partially achieved", "29.3%", "27.5%", "–", "–"),
    ("Desired outcomes not achieved", "6.6%", "4.7%", "–", "–"),
    ("Adults lacking capacity who were supported by an advocate", "91.2%", "95.8%", "95%", "Green"),
    ("Adults who said they felt safer after the enquiry", "n/a", "78.0%", "80%", "Amber"),
]
BUDGET_INC = [  # £000 budget, actual
    ("Brackenshire County Council", 142.0, 142.0),
    ("Brackenshire Integrated Care Board", 96.5, 96.5),
    ("Brackenshire Police", 38.0, 38.0),
    ("Brackenshire Fire and Rescue Service", 6.0, 6.0),
    ("Probation Service (Brackenshire)", 4.0, 4.0),
    ("Training income", 3.5, 5.1),
]
BUDGET_EXP = [
    ("Board business unit staffing", 182.6, 181.2),
    ("Independent Chair", 24.0, 24.0),
    ("Safeguarding Adults Reviews", 48.0, 61.8),
    ("Training and learning events", 25.4, 22.9),
    ("Website, communications and events", 10.0, 8.8),
]

D = {}  # for questions


def set_cell_bg(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)


def para(text, bold=False, style=None, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if align:
        p.alignment = align
    return p


def np_(n, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{n}\t{text}")
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, header_rows=1, merges=(), bold_rows=(), italic_rows=(), first_text_cols=1, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            run = p.add_run(v)
            run.font.size = Pt(9)
            if i < header_rows or i in bold_rows:
                run.bold = True
            if i in italic_rows:
                run.italic = True
            if j >= first_text_cols:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= header_rows else WD_ALIGN_PARAGRAPH.CENTER
            if i < header_rows:
                set_cell_bg(c, "D9E2F3")
    for i in range(header_rows):
        mark_header(t.rows[i])
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        txt = a.text
        m = a.merge(b)
        # keep only the first cell's text after merge
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].runs[0].text = txt
        for run in m.paragraphs[0].runs[1:]:
            run.text = ""
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def caption(text):
    p = para(text, bold=True)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True


# ------------------------------------------------------------------ front matter
doc.add_heading("Brackenshire Safeguarding Adults Board", 0)
para("Annual Report 2024-25", bold=True)
para("Report to: Brackenshire County Council Cabinet, Brackenshire Integrated Care Board and Brackenshire "
     "Police and Crime Commissioner")
para("Date: 17 September 2025")
para("Presented by: Dr Ruth Calloway, Independent Chair, Brackenshire Safeguarding Adults Board")
para("Status: For information")

doc.add_heading("Foreword from the Independent Chair", 1)
para("This is my second annual report as Independent Chair. The number of safeguarding concerns raised in "
     "Brackenshire rose again in 2024-25, and more of those concerns went on to a formal enquiry. I am "
     "encouraged that more people were asked what they wanted to happen, and that more said their wishes "
     "were met. There is still work to do on self-neglect and on financial abuse, which both rose this year. "
     "I thank every practitioner, volunteer and family member who has worked with the Board.")

doc.add_heading("1. Introduction", 1)
np_("1.1", "The Brackenshire Safeguarding Adults Board (BSAB) is the statutory board required by section 43 "
    "of the Care Act 2014. Its job is to seek assurance that local agencies work together to protect adults "
    "with care and support needs who are at risk of abuse or neglect.")
np_("1.2", "This report covers the year from 1 April 2024 to 31 March 2025. It sets out what the data tells "
    "us, what Safeguarding Adults Reviews (SARs) have found, and what the Board will focus on in 2025-26. "
    "Data comes from the Safeguarding Adults Collection (SAC) returned by Brackenshire County Council to NHS "
    "England.")
np_("1.3", "The statutory partners of the Board are Brackenshire County Council, Brackenshire Integrated Care "
    "Board (ICB) and Brackenshire Police. Other members include Brackenshire Hospitals NHS Trust, Brackenshire "
    "Fire and Rescue Service, the Probation Service, Healthwatch Brackenshire and the five district councils.")

doc.add_heading("2. How the Board works", 1)
np_("2.1", "The Board met four times in 2024-25. Its work is carried out through four subgroups:")
bullets([
    "Safeguarding Adults Review subgroup, chaired by the Head of Safeguarding, Brackenshire ICB;",
    "Performance and Quality Assurance subgroup;",
    "Learning and Development subgroup;",
    "Community Engagement subgroup.",
])
np_("2.2", "The Board ran 46 multi-agency training sessions during the year, attended by 1,284 "
    "practitioners. A further 2,310 people completed the Board's free e-learning module on recognising "
    "abuse.")

# ------------------------------------------------------------------ concerns and enquiries
doc.add_heading("3. Safeguarding concerns and enquiries", 1)
c23 = sum(v[0] for v in CONC.values())
e23 = sum(v[1] for v in CONC.values())
c24 = sum(v[2] for v in CONC.values())
e24 = sum(v[3] for v in CONC.values())
poptot = sum(POP.values())
conv24 = pct_of(e24, c24)
conv23 = pct_of(e23, c23)
np_("3.1", "A safeguarding concern is raised when someone tells the council that an adult may be at risk of "
    "abuse or neglect. Where the three tests in section 42 of the Care Act are met, the council must make, or "
    "cause others to make, a Section 42 enquiry.")
np_("3.2", f"In 2024-25 the council received {c24:,} safeguarding concerns, up from {c23:,} in 2023-24. Of "
    f"these, {e24:,} led to a Section 42 enquiry, a conversion rate of {conv24:.1f}% (2023-24: {conv23:.1f}%). "
    "Table 1 shows the figures by district.")
caption("Table 1: Safeguarding concerns and Section 42 enquiries by district of residence")
rows = [["District", "2023-24", "", "2024-25", "", "", ""],
        ["", "Concerns", "S42 enquiries", "Concerns", "S42 enquiries", "Conversion rate", "Concerns per 1,000 adults"]]
D["t1"] = {}
for d, v in CONC.items():
    conv = pct_of(v[3], v[2])
    rate = rnd(1000 * v[2] / POP[d], 1) if d in POP else None
    rows.append([d, num(v[0]), num(v[1]), num(v[2]), num(v[3]), f"{conv:.1f}%",
                 f"{rate:.1f}" if rate is not None else "n/a"])
    D["t1"][d] = dict(c23=v[0], e23=v[1], c24=v[2], e24=v[3], conv=conv, rate=rate)
rate_tot = rnd(1000 * c24 / poptot, 1)
rows.append(["Brackenshire total", num(c23), num(e23), num(c24), num(e24), f"{conv24:.1f}%", f"{rate_tot:.1f}"])
D["t1"]["Brackenshire total"] = dict(c23=c23, e23=e23, c24=c24, e24=e24, conv=conv24, rate=rate_tot)
table(rows, header_rows=2, merges=((0, 1, 0, 2), (0, 3, 0, 6), (0, 0, 1, 0)), bold_rows=(len(rows) - 1,))
para("Rates use the ONS mid-2023 estimate of the population aged 18 and over. Out-of-county concerns are "
     "included in the total but have no rate.", italic=True)
rise = {d: CONC[d][3] - CONC[d][1] for d in DISTRICTS}
top = max(rise, key=rise.get)
np_("3.3", f"{top} had the largest rise in enquiries (up {rise[top]}), while Fenmarch was the "
    "only district where concerns fell. The Board has asked the Performance and Quality Assurance subgroup to "
    "look at why conversion rates in Wychbarrow are above the county average.")
np_("3.4", "Of the adults involved in concerns, 58% were women and 61% were aged 65 or over. The Board does not "
    "yet publish figures by ethnicity at district level because the numbers are small.")

# ------------------------------------------------------------------ types of abuse
doc.add_heading("4. Types of abuse", 1)
np_("4.1", "Table 2 counts the types of risk recorded in concluded Section 42 enquiries. An enquiry can record "
    "more than one type of risk, so the total is higher than the number of concluded enquiries. The trend "
    "column compares 2024-25 with 2023-24: 'Up' or 'Down' where the change is more than 5%, otherwise "
    "'Similar'.")
caption("Table 2: Type of risk in concluded Section 42 enquiries")
a23 = sum(x[1] for x in ABUSE)
a24 = sum(x[2] for x in ABUSE)
rows = [["Type of abuse or neglect", "2023-24", "", "2024-25", "", "Trend"],
        ["", "Number", "%", "Number", "%", ""]]
D["t2"] = {}
for lab, x, y in ABUSE:
    ch = (y - x) / x
    trend = "Up" if ch > 0.05 else ("Down" if ch < -0.05 else "Similar")
    rows.append([lab, num(x), f"{pct_of(x, a23):.1f}", num(y), f"{pct_of(y, a24):.1f}", trend])
    D["t2"][lab] = dict(n23=x, p23=pct_of(x, a23), n24=y, p24=pct_of(y, a24), trend=trend)
rows.append(["Total risks recorded", num(a23), "100.0", num(a24), "100.0", "Up" if a24 > a23 * 1.05 else "Similar"])
D["t2"]["Total"] = dict(n23=a23, n24=a24)
table(rows, header_rows=2, merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5)),
      bold_rows=(len(rows) - 1,))
np_("4.2", "Neglect and acts of omission remains the most common type of risk. Financial abuse rose by 15%, "
    "and the Board heard in January 2025 about a rise in doorstep and telephone scams targeting older people "
    "in Kestlow and Orrindale.")
np_("4.3", "Self-neglect enquiries rose by 23%. Many of these involved hoarding, and the Board published a "
    "revised multi-agency self-neglect and hoarding protocol in November 2024.")

# ------------------------------------------------------------------ location
doc.add_heading("5. Where the risk occurred", 1)
loc_tot = sum(x[2] for x in LOCATION)
np_("5.1", f"Table 3 shows the location of risk for the {loc_tot:,} Section 42 enquiries concluded in 2024-25. "
    "Each enquiry has one main location.")
caption("Table 3: Location of risk, concluded Section 42 enquiries 2024-25")
rows = [["Location of risk", "Number", "% of total"]]
bold, ital = [], []
D["t3"] = {}
cur = None
groups = {}
for g, lab, n in LOCATION:
    groups.setdefault(g, []).append((lab, n))
order = []
for g, lab, n in LOCATION:
    if g not in order:
        order.append(g)
for g, lab, n in LOCATION:
    pass
seen = set()
for g, lab, n in LOCATION:
    if g is None:
        rows.append([lab, num(n), f"{pct_of(n, loc_tot):.1f}"])
        D["t3"][lab] = (n, pct_of(n, loc_tot))
        continue
    if g in seen:
        continue
    seen.add(g)
    rows.append([g, "", ""])
    ital.append(len(rows) - 1)
    for lab2, n2 in groups[g]:
        rows.append(["    " + lab2, num(n2), f"{pct_of(n2, loc_tot):.1f}"])
        D["t3"][lab2] = (n2, pct_of(n2, loc_tot))
    s = sum(n2 for _, n2 in groups[g])
    rows.append([f"Subtotal – {g.lower()}", num(s), f"{pct_of(s, loc_tot):.1f}"])
    D["t3"]["Subtotal – " + g.lower()] = (s, pct_of(s, loc_tot))
    bold.append(len(rows) - 1)
rows.append(["Total concluded enquiries", num(loc_tot), "100.0"])
D["t3"]["Total"] = (loc_tot, 100.0)
table(rows, bold_rows=tuple(bold + [len(rows) - 1]), italic_rows=tuple(ital))
np_("5.2", "More than four in ten enquiries concerned risk in the adult's own home. Enquiries in care homes "
    "fell slightly, although two nursing homes in Wychbarrow were placed under the council's provider "
    "concerns process during the year.")

# ------------------------------------------------------------------ outcomes
doc.add_heading("6. Outcomes of enquiries", 1)
out_tot = sum(x[2] for x in OUTCOMES)
assert out_tot == loc_tot
act = sum(x[2] for x in OUTCOMES if x[0])
risk_ident = act + 58
np_("6.1", "Table 4 shows the outcome for each concluded enquiry. Where a risk was identified and action was "
    "taken, the table shows whether the risk was removed, reduced or remained.")
caption("Table 4: Outcomes of concluded Section 42 enquiries, 2024-25")
rows = [["Outcome", "Number", "% of concluded enquiries"]]
D["t4"] = {}
rows.append(["Risk identified and action taken", "", ""])
ital = [1]
for g, lab, n in OUTCOMES:
    if g:
        rows.append(["    " + lab, num(n), f"{pct_of(n, out_tot):.1f}"])
        D["t4"][lab] = (n, pct_of(n, out_tot))
rows.append(["Subtotal – action taken", num(act), f"{pct_of(act, out_tot):.1f}"])
D["t4"]["Subtotal – action taken"] = (act, pct_of(act, out_tot))
bold = [len(rows) - 1]
for g, lab, n in OUTCOMES:
    if not g:
        rows.append([lab, num(n), f"{pct_of(n, out_tot):.1f}"])
        D["t4"][lab] = (n, pct_of(n, out_tot))
rows.append(["Total", num(out_tot), "100.0"])
table(rows, bold_rows=tuple(bold + [len(rows) - 1]), italic_rows=tuple(ital))
rr = 412 + 781
np_("6.2", f"Where a risk was identified and action taken, the risk was removed or reduced in "
    f"{pct_of(rr, act):.1f}% of cases (2023-24: 90.4%). Where the risk remained, this was most often because "
    "the adult chose to accept the risk, for example by staying in contact with a family member.")

# ------------------------------------------------------------------ MSP
doc.add_heading("7. Making Safeguarding Personal", 1)
np_("7.1", "Making Safeguarding Personal (MSP) means that safeguarding is done with people, not to them. The "
    "Board tracks the measures in Table 5. The target for outcomes partially or not achieved is not set, "
    "so these rows have no rating.")
caption("Table 5: Making Safeguarding Personal measures")
rows = [["Measure", "2023-24", "2024-25", "Target", "RAG"]] + [list(x) for x in MSP]
D["t5"] = {x[0]: x for x in MSP}
table(rows)
para("The 'felt safer' question was added to the feedback survey in April 2024, so there is no figure for "
     "2023-24. 412 adults or their representatives completed the survey in 2024-25.", italic=True)
np_("7.2", "Independent advocacy is provided by Brackenshire Advocacy Partnership under contract to the "
    "council. Referrals for Care Act advocacy in safeguarding rose from 388 to 441.")

# ------------------------------------------------------------------ SARs
doc.add_heading("8. Safeguarding Adults Reviews", 1)
np_("8.1", "The Board must arrange a Safeguarding Adults Review (SAR) when an adult with care and support "
    "needs dies or is seriously harmed, abuse or neglect is suspected, and there is concern about how agencies "
    "worked together. In 2024-25 the SAR subgroup considered 9 referrals and the Board commissioned 3 SARs.")
np_("8.2", "Two reviews were published during the year: 'Adult D', about a man with a learning disability "
    "who died in a supported living setting in Orrindale, and 'Mrs P', about an older woman who self-neglected "
    "at home in Fenmarch. The third review, 'Adult J', is due to be published in December 2025.")
np_("8.3", "Themes from the published reviews include:")
bullets([
    "mental capacity assessments that were not repeated when the adult's circumstances changed;",
    "poor sharing of information between GP practices and adult social care;",
    "no lead professional to co-ordinate care across agencies;",
    "carers' own needs not being assessed.",
])

# ------------------------------------------------------------------ budget
doc.add_heading("9. Board budget", 1)
inc_b = rnd(sum(x[1] for x in BUDGET_INC), 1)
inc_a = rnd(sum(x[2] for x in BUDGET_INC), 1)
exp_b = rnd(sum(x[1] for x in BUDGET_EXP), 1)
exp_a = rnd(sum(x[2] for x in BUDGET_EXP), 1)
np_("9.1", "The Board is funded by contributions from its partners. Table 6 shows the budget and the outturn "
    "for 2024-25. The overspend on Safeguarding Adults Reviews was met from the Board's reserve.")
caption("Table 6: Board income and expenditure 2024-25")
para("Figures in £000", italic=True)
rows = [["", "Budget", "Actual", "Variance"], ["Income", "", "", ""]]
D["t6"] = {}
for lab, b, a in BUDGET_INC:
    rows.append([lab, f"{b:.1f}", f"{a:.1f}", num(a - b, 1, dash_zero=True)])
    D["t6"][lab] = (b, a, rnd(a - b, 1))
rows.append(["Total income", f"{inc_b:.1f}", f"{inc_a:.1f}", num(inc_a - inc_b, 1)])
i_inc = len(rows) - 1
rows.append(["Expenditure", "", "", ""])
i_exh = len(rows) - 1
for lab, b, a in BUDGET_EXP:
    rows.append([lab, f"{b:.1f}", f"{a:.1f}", num(b - a, 1, dash_zero=True)])
    D["t6"][lab] = (b, a, rnd(b - a, 1))
rows.append(["Total expenditure", f"{exp_b:.1f}", f"{exp_a:.1f}", num(exp_b - exp_a, 1)])
i_exp = len(rows) - 1
net_b, net_a = rnd(exp_b - inc_b, 1), rnd(exp_a - inc_a, 1)
rows.append(["Net deficit funded from reserve", num(net_b, 1, dash_zero=True), num(net_a, 1), num(net_b - net_a, 1)])
D["t6"]["totals"] = dict(inc_b=inc_b, inc_a=inc_a, exp_b=exp_b, exp_a=exp_a, net_b=net_b, net_a=net_a)
table(rows, bold_rows=(i_inc, i_exp, len(rows) - 1), italic_rows=(1, i_exh))
para("Variance: favourable shown as positive, adverse in brackets.", italic=True)
np_("9.2", "The Board's reserve stood at £37,400 on 31 March 2025. Partners have agreed to raise their "
    "contributions by 3% in 2025-26.")

# ------------------------------------------------------------------ priorities
doc.add_heading("10. Priorities for 2025-26", 1)
np_("10.1", "The Board agreed its strategic plan for 2025-28 in March 2025. Its priorities for 2025-26 include:")
bullets([
    "self-neglect and hoarding;",
    "financial abuse and scams;",
    "young people moving from children's to adults' services (transitions);",
    "assurance on quality and safety in care homes;",
    "hearing the voice of people with lived experience.",
])

doc.add_heading("11. Recommendations", 1)
np_("11.1", "Partner organisations are asked to:")
for i, t in enumerate([
    "note the Brackenshire Safeguarding Adults Board Annual Report 2024-25;",
    "share the learning from the published Safeguarding Adults Reviews with their staff;",
    "confirm their financial contributions for 2025-26 by 31 October 2025.",
], 1):
    p = doc.add_paragraph(f"{t}", style="List Number")

doc.add_heading("Glossary", 1)
gl = [("BSAB", "Brackenshire Safeguarding Adults Board"), ("DoLS", "Deprivation of Liberty Safeguards"),
      ("ICB", "Integrated Care Board"), ("MSP", "Making Safeguarding Personal"),
      ("S42 enquiry", "an enquiry under section 42 of the Care Act 2014"), ("SAC", "Safeguarding Adults Collection"),
      ("SAR", "Safeguarding Adults Review")]
table([["Term", "Meaning"]] + [list(x) for x in gl], first_text_cols=5)

doc.save(OUT)
D["totals"] = dict(c23=c23, e23=e23, c24=c24, e24=e24, conv24=conv24, conv23=conv23, a23=a23, a24=a24,
                   loc_tot=loc_tot, act=act, rr_pct=pct_of(rr, act))
with open(os.path.join(os.path.dirname(__file__), "docx_data.json"), "w") as f:
    json.dump(D, f, indent=1)
print(json.dumps(D["totals"]))
