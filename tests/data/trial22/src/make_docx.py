# Generates t22_safeguarding_adults_annual_report_2024-25.docx (python-docx)
import sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "t22_safeguarding_adults_annual_report_2024-25.docx"
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol); tcPr.append(sh)

def para(t, bold=False, italic=False, size=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(t); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def bullets(items):
    for i in items: d.add_paragraph(i, style='List Bullet')

def caption(t):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = True; r.font.size = Pt(10)

def note(t):
    p = d.add_paragraph(); r = p.add_run(t); r.italic = True; r.font.size = Pt(8.5)

def fmt(x, dp=0):
    if x is None: return "–"
    if isinstance(x, str): return x
    return f"{x:,.{dp}f}"

def set_cell(c, text, bold=False, align_right=False, fill=None, italic=False):
    c.text = ""
    p = c.paragraphs[0]; r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(9)
    if align_right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if fill: shade(c, fill)

HDR = "D9E2F3"; GRP = "F2F2F2"

def table(header_rows, body, merges=(), bold_rows=(), group_rows=(), widths=None):
    """header_rows: list of lists; merges: (r1,c1,r2,c2) in header coordinates"""
    ncol = len(header_rows[0])
    t = d.add_table(rows=len(header_rows) + len(body), cols=ncol)
    t.style = 'Table Grid'
    for ri, row in enumerate(header_rows):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, bold=True, fill=HDR)
    for (r1, c1, r2, c2) in merges:
        txt = header_rows[r1][c1]
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        set_cell(m, txt, bold=True, fill=HDR)
    off = len(header_rows)
    for bi, row in enumerate(body):
        ri = off + bi
        if bi in group_rows:
            m = t.cell(ri, 0).merge(t.cell(ri, ncol - 1))
            set_cell(m, row[0], bold=True, italic=True, fill=GRP)
            continue
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, bold=(bi in bold_rows), align_right=(ci > 0))
    return t

# ---------------- Title block
para("Varrowdale Health and Wellbeing Board", bold=True, size=12)
d.add_heading("Varrowdale Safeguarding Adults Board: Annual Report 2024-25", level=0)
meta = [("Meeting", "Varrowdale Health and Wellbeing Board"), ("Date of meeting", "9 October 2025"),
        ("Report author", "Independent Chair, Varrowdale Safeguarding Adults Board (with the Board Business Manager)"),
        ("Lead officer", "Director of Adult Social Care, Varrowdale Borough Council"),
        ("Status", "For information and endorsement")]
mt = d.add_table(rows=len(meta), cols=2); mt.style = 'Table Grid'
for i, (a, b) in enumerate(meta):
    set_cell(mt.cell(i, 0), a, bold=True, fill=GRP); set_cell(mt.cell(i, 1), b)

d.add_heading("1. Purpose of the report", level=1)
para("1.1 This report presents the annual report of the Varrowdale Safeguarding Adults Board (VSAB) for the year 1 April 2024 "
     "to 31 March 2025. The Care Act 2014 requires the Board to publish an annual report setting out what it has done during the "
     "year to achieve its objectives, the findings of any Safeguarding Adults Reviews (SARs) and what each member has done to "
     "implement its strategic plan.")
para("1.2 The Board's statutory partners are Varrowdale Borough Council, the Varrowdale and Ashmere Integrated Care Board (ICB) "
     "and Upland Shires Police. The Board also includes the Varrowdale Partnership NHS Foundation Trust, Varrowdale General "
     "Hospitals NHS Trust, the fire and rescue service, housing providers, probation and Healthwatch Varrowdale.")

d.add_heading("2. Recommendations", level=1)
para("2.1 The Health and Wellbeing Board is recommended to:")
bullets(["receive the Varrowdale Safeguarding Adults Board Annual Report 2024-25;",
         "note the continued rise in safeguarding concerns and the fall in the proportion that lead to a Section 42 enquiry;",
         "endorse the Board's three strategic priorities for 2025-26 set out in section 12;",
         "ask partner organisations to reflect the learning from Safeguarding Adults Reviews in their commissioning and workforce plans."])

d.add_heading("3. Key messages", level=1)
para("3.1 The key messages from the year are:")
bullets(["safeguarding concerns rose by 12.3% to 4,386, the third successive annual increase;",
         "the number of Section 42 enquiries started rose only slightly, to 1,118, so the conversion rate fell to 25.5%;",
         "neglect and acts of omission remained the most common type of abuse, but self-neglect rose by 27%;",
         "79.5% of adults asked were able to express the outcomes they wanted, up from 75.5% in 2023-24;",
         "the Board received 17 SAR referrals, its highest number, and commissioned four reviews."])

d.add_heading("4. Definitions", level=1)
para("4.1 A safeguarding concern is any report to the local authority that an adult with care and support needs may be "
     "experiencing, or at risk of, abuse or neglect. Where the criteria in section 42 of the Care Act 2014 are met, the Council "
     "must make, or cause others to make, enquiries. This is referred to in this report as a Section 42 enquiry. "
     "\u2018Other enquiries\u2019 are those where the adult does not meet all the statutory criteria but the Council decides an enquiry is proportionate.")
para("4.2 Making Safeguarding Personal (MSP) means that safeguarding work is person-led and outcome-focused: the adult is asked "
     "what outcomes they want from the enquiry, and the Board monitors how far those outcomes are achieved.")
para("4.3 The conversion rate is the number of Section 42 enquiries started as a percentage of safeguarding concerns received.")

d.add_heading("5. Safeguarding concerns and enquiries", level=1)
para("5.1 The Council received 4,386 safeguarding concerns in 2024-25, compared with 3,905 in 2023-24 and 3,412 in 2022-23. "
     "The rate of concerns per 100,000 adults rose to 1,507, compared with a regional average of 1,320.")
pop = {"2022-23": 287400, "2023-24": 289100, "2024-25": 291000}
conc = {"2022-23": 3412, "2023-24": 3905, "2024-25": 4386}
s42 = {"2022-23": 1021, "2023-24": 1094, "2024-25": 1118}
oth = {"2022-23": 212, "2023-24": 198, "2024-25": 241}
concl = {"2022-23": 998, "2023-24": 1076, "2024-25": 1135}
yrs = ["2022-23", "2023-24", "2024-25"]
for y in yrs: print(y, "per100k", round(conc[y] / pop[y] * 1e5), "conv", round(s42[y] / conc[y] * 100, 1))
body = [["Safeguarding concerns received"] + [fmt(conc[y]) for y in yrs] + [f"{(conc['2024-25']/conc['2023-24']-1)*100:.1f}%"],
        ["Concerns per 100,000 adults (18+)"] + [fmt(round(conc[y] / pop[y] * 1e5)) for y in yrs] + [f"{((conc['2024-25']/pop['2024-25'])/(conc['2023-24']/pop['2023-24'])-1)*100:.1f}%"],
        ["Section 42 enquiries started"] + [fmt(s42[y]) for y in yrs] + [f"{(s42['2024-25']/s42['2023-24']-1)*100:.1f}%"],
        ["Other enquiries started"] + [fmt(oth[y]) for y in yrs] + [f"{(oth['2024-25']/oth['2023-24']-1)*100:.1f}%"],
        ["Conversion rate (%)"] + [f"{s42[y] / conc[y] * 100:.1f}" for y in yrs] + ["n/a"],
        ["Section 42 enquiries concluded"] + [fmt(concl[y]) for y in yrs] + [f"{(concl['2024-25']/concl['2023-24']-1)*100:.1f}%"]]
print(body)
caption("Table 1: Safeguarding concerns and enquiries, 2022-23 to 2024-25")
table([["Measure", "2022-23", "2023-24", "2024-25", "Change 2023-24 to 2024-25"]], body)
note("Rates use the mid-year adult population estimate for each year. A rise in concerns is not in itself a sign of increased abuse; "
     "it may reflect greater awareness and better reporting.")
para("5.2 The Board's performance group looked in detail at the falling conversion rate. It found that a large share of the increase "
     "in concerns came from police and ambulance welfare referrals which, on triage, were more appropriately dealt with through "
     "care and support assessment or signposting rather than a Section 42 enquiry.")

d.add_heading("6. Types of abuse", level=1)
para("6.1 Table 2 shows the types of abuse recorded in concluded Section 42 enquiries. An enquiry can involve more than one type of "
     "abuse, so the totals are higher than the number of enquiries concluded.")
ab = [("Neglect and acts of omission", 428, 412), ("Self-neglect", 187, 238), ("Physical abuse", 215, 197),
      ("Financial or material abuse", 161, 176), ("Psychological abuse", 139, 141), ("Domestic abuse", 84, 98),
      ("Organisational abuse", 49, 52), ("Sexual abuse", 33, 37), ("Modern slavery", 6, 8),
      ("Sexual exploitation", 4, 7), ("Discriminatory abuse", 6, 5)]
t23 = sum(a[1] for a in ab); t24 = sum(a[2] for a in ab)
body = [[n, fmt(a), f"{a/t23*100:.1f}", fmt(b), f"{b/t24*100:.1f}"] for n, a, b in ab]
body.append(["Total risk types recorded", fmt(t23), "100.0", fmt(t24), "100.0"])
for n, a, b in ab: print("abuse", n, a, round(a/t23*100, 1), b, round(b/t24*100, 1), f"chg {(b/a-1)*100:.1f}")
caption("Table 2: Type of abuse in concluded Section 42 enquiries, 2023-24 and 2024-25")
table([["Type of abuse", "2023-24", "", "2024-25", ""], ["", "Number", "%", "Number", "%"]], body,
      merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], bold_rows={len(body) - 1})
para("6.2 Self-neglect rose from 187 to 238 cases, an increase of 27%. The Board's self-neglect and hoarding protocol was refreshed "
     "in January 2025 and multi-agency training on it was delivered to 312 practitioners. Domestic abuse cases involving older adults "
     "also increased and are a focus of joint work with the Varrowdale Community Safety Partnership.")

d.add_heading("7. Where the abuse happened", level=1)
para("7.1 The person's own home remains the most common location of risk, accounting for more than half of concluded enquiries. "
     "Enquiries relating to care homes fell from 289 to 268, which the Board attributes in part to the ICB and Council "
     "quality assurance team's work with providers rated Requires Improvement.")
loc = [("GRP", "Own home and community"),
       ("Own home", 512, 579, 631),
       ("In the community (excluding community services)", 61, 58, 67),
       ("In a community service (for example a day centre)", 44, 49, 41),
       ("GRP", "Care homes"),
       ("Care home – residential", 168, 172, 159),
       ("Care home – nursing", 121, 117, 109),
       ("SUB", "Subtotal care homes", ["Care home – residential", "Care home – nursing"]),
       ("GRP", "Hospitals"),
       ("Hospital – acute", 39, 44, 48),
       ("Hospital – mental health", 22, 19, 24),
       ("Hospital – community", 6, 5, 7),
       ("SUB", "Subtotal hospitals", ["Hospital – acute", "Hospital – mental health", "Hospital – community"]),
       ("Other", 25, 33, 49)]
vals = {r[0]: r[1:] for r in loc if r[0] not in ("GRP", "SUB")}
tot = [sum(v[i] for v in vals.values()) for i in range(3)]
print("loc totals", tot)
body = []; grp = set(); boldr = set()
for r in loc:
    if r[0] == "GRP":
        grp.add(len(body)); body.append([r[1], "", "", "", ""])
    elif r[0] == "SUB":
        s = [sum(vals[k][i] for k in r[2]) for i in range(3)]
        boldr.add(len(body)); body.append([r[1]] + [fmt(x) for x in s] + [f"{s[2]/tot[2]*100:.1f}"]); print("loc sub", r[1], s, round(s[2]/tot[2]*100, 1))
    else:
        body.append([r[0]] + [fmt(x) for x in r[1:]] + [f"{r[3]/tot[2]*100:.1f}"]); print("loc", r[0], r[1:], round(r[3]/tot[2]*100, 1))
boldr.add(len(body)); body.append(["Total concluded enquiries"] + [fmt(x) for x in tot] + ["100.0"])
caption("Table 3: Location of risk in concluded Section 42 enquiries, 2022-23 to 2024-25")
table([["Location of risk", "2022-23", "2023-24", "2024-25", "% of 2024-25"]], body, group_rows=grp, bold_rows=boldr)

d.add_heading("8. Who raised the concerns", level=1)
para("8.1 Table 4 shows the source of safeguarding concerns. Police referrals remain the largest single source of concerns, "
     "followed by care home staff. Concerns from ambulance crews rose by 49 to 297.")
src = [("GRP", "Health"),
       ("Primary care (GP practices)", 151, 168), ("Acute hospital", 366, 402), ("Mental health services", 219, 231),
       ("Community health services", 142, 156), ("Ambulance service", 248, 297),
       ("SUB", "Subtotal health"),
       ("GRP", "Social care"),
       ("Council social care staff", 351, 389), ("Care home staff", 664, 701), ("Home care (domiciliary) providers", 287, 318),
       ("SUB", "Subtotal social care"),
       ("GRP", "Other sources"),
       ("Police", 775, 812), ("Family member, friend or neighbour", 318, 356), ("Self-referral", 84, 97),
       ("Housing", 171, 204), ("Other or not recorded", 129, 255)]
body = []; grp = set(); boldr = set(); acc = [0, 0]; T = [0, 0]
for r in src:
    if r[0] == "GRP":
        grp.add(len(body)); body.append([r[1], "", "", "", "", ""]); acc = [0, 0]
    elif r[0] == "SUB":
        boldr.add(len(body)); body.append([r[1], fmt(acc[0]), f"{acc[0]/3905*100:.1f}", fmt(acc[1]), f"{acc[1]/4386*100:.1f}", f"{acc[1]-acc[0]:+,}"])
        print("src sub", r[1], acc, round(acc[1]/4386*100, 1))
    else:
        body.append([r[0], fmt(r[1]), f"{r[1]/3905*100:.1f}", fmt(r[2]), f"{r[2]/4386*100:.1f}", f"{r[2]-r[1]:+,}"])
        acc[0] += r[1]; acc[1] += r[2]; T[0] += r[1]; T[1] += r[2]
        print("src", r[0], r[1], r[2], round(r[2]/4386*100, 1), r[2]-r[1])
boldr.add(len(body)); body.append(["Total concerns", fmt(T[0]), "100.0", fmt(T[1]), "100.0", f"{T[1]-T[0]:+,}"])
print("src tot", T)
caption("Table 4: Source of safeguarding concerns, 2023-24 and 2024-25")
table([["Source of concern", "2023-24", "", "2024-25", "", "Change"], ["", "Number", "%", "Number", "%", "Number"]], body,
      merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], group_rows=grp, bold_rows=boldr)

d.add_heading("9. Outcomes and Making Safeguarding Personal", level=1)
para("9.1 In 2024-25, 902 of the 1,135 adults whose Section 42 enquiry concluded (79.5%) were asked about, and expressed, the outcomes "
     "they wanted. Of these, outcomes were fully achieved for 606 people (67.2%) and partially achieved for 239 (26.5%).")
para("9.2 Where a risk was identified, the risk was removed or reduced in 90.1% of cases in 2024-25, compared with 89.4% in 2023-24.")
msp = [("GRP", "Making Safeguarding Personal"),
       ("Asked and expressed desired outcomes", 812, 1076, 902, 1135),
       ("Outcomes fully achieved", 521, 812, 606, 902),
       ("Outcomes partially achieved", 231, 812, 239, 902),
       ("Outcomes not achieved", 60, 812, 57, 902),
       ("GRP", "Risk outcomes (where a risk was identified)"),
       ("Risk identified", 934, 1076, 987, 1135),
       ("Risk removed", 218, 934, 241, 987),
       ("Risk reduced", 617, 934, 648, 987),
       ("Risk remains", 99, 934, 98, 987)]
body = []; grp = set()
for r in msp:
    if r[0] == "GRP": grp.add(len(body)); body.append([r[1], "", "", "", ""]); continue
    body.append([r[0], fmt(r[1]), f"{r[1]/r[2]*100:.1f}", fmt(r[3]), f"{r[3]/r[4]*100:.1f}"])
    print("msp", r[0], r[1], round(r[1]/r[2]*100, 1), r[3], round(r[3]/r[4]*100, 1))
print("removed+reduced", round((218+617)/934*100, 1), round((241+648)/987*100, 1))
caption("Table 5: Outcomes of concluded Section 42 enquiries, 2023-24 and 2024-25")
table([["Outcome", "2023-24", "", "2024-25", ""], ["", "Number", "%", "Number", "%"]], body,
      merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], group_rows=grp)
note("Percentages for \u2018asked and expressed\u2019 and \u2018risk identified\u2019 are of all concluded enquiries. Achievement percentages "
     "are of those who expressed outcomes. Risk percentages are of enquiries where a risk was identified.")

para("9.3 Table 6 shows the age and gender of adults for whom a Section 42 enquiry was started in 2024-25. Women accounted for 58.7% "
     "of enquiries, and people aged 75 and over for 50.4%.")
ag = [("18–64", 201, 187), ("65–74", 89, 72), ("75–84", 158, 104), ("85–94", 176, 87), ("95 and over", 29, 9), ("Age not known", 3, 3)]
F = sum(a[1] for a in ag); M = sum(a[2] for a in ag); TT = F + M
body = [[a, fmt(f), fmt(m), fmt(f + m), f"{(f+m)/TT*100:.1f}"] for a, f, m in ag]
body.append(["Total", fmt(F), fmt(M), fmt(TT), "100.0"])
body.append(["% of total", f"{F/TT*100:.1f}", f"{M/TT*100:.1f}", "100.0", ""])
for a, f, m in ag: print("age", a, f, m, f + m, round((f+m)/TT*100, 1))
print("F M", F, M, round(F/TT*100, 1), "75+", round((262+263+38)/TT*100, 1))
caption("Table 6: Section 42 enquiries started by age group and gender, 2024-25")
table([["Age group", "Female", "Male", "Total", "% of all enquiries"]], body, bold_rows={len(body) - 2})

d.add_heading("10. Safeguarding Adults Reviews", level=1)
para("10.1 The Board must arrange a Safeguarding Adults Review (SAR) when an adult with care and support needs dies or experiences "
     "serious abuse or neglect, and there is concern that partner agencies could have worked together more effectively. "
     "The SAR sub-group received 17 referrals in 2024-25.")
sar = [("SAR referrals received", 9, 14, 17), ("Reviews commissioned (criteria met)", 2, 3, 4),
       ("Referrals closed with other learning (criteria not met)", 3, 6, 8), ("Referrals still under consideration at year end", 4, 5, 5),
       ("SARs completed", 1, 2, 3), ("SARs published", 1, 2, 2)]
body = [[n, fmt(a), fmt(b), fmt(c)] for n, a, b, c in sar]
caption("Table 7: Safeguarding Adults Review activity, 2022-23 to 2024-25")
table([["SAR activity", "2022-23", "2023-24", "2024-25"]], body)
para("10.2 The three SARs completed in 2024-25 concerned \u2018Adult R\u2019 (self-neglect and hoarding in Penstowe), \u2018Mr T\u2019 "
     "(financial abuse by a family member) and \u2018Ms L\u2019 (the death of a care home resident following a fall). "
     "Publication of the Ms L review has been delayed until the conclusion of a coroner's inquest.")
para("10.3 Common themes from the reviews were:")
bullets(["professional curiosity: practitioners accepted explanations at face value rather than exploring them;",
         "mental capacity: assessments were not carried out or were not decision-specific;",
         "information sharing between GP practices, housing and adult social care was slow or incomplete;",
         "escalation: concerns were not escalated when agencies disagreed about risk."])

d.add_heading("11. Board activity, training and resources", level=1)
para("11.1 The Board met four times during the year and its sub-groups met a total of 22 times. Multi-agency safeguarding training "
     "was delivered to 1,846 staff across partner agencies, of whom 92% rated the training good or excellent.")
para("11.2 The Board's budget for 2024-25 was £168,700. It was funded by contributions from Varrowdale Borough Council (£96,400), "
     "the Varrowdale and Ashmere ICB (£48,200) and Upland Shires Police (£24,100). The budget pays for the Independent Chair, "
     "the Board Business Unit, the cost of SARs and the multi-agency training programme.")
para("11.3 Information on Deprivation of Liberty Safeguards (DoLS) applications is reported separately to the Council's Adult Social "
     "Care Scrutiny Committee and is not included in this report. The Board recognises that the recording of ethnicity in "
     "safeguarding records remains incomplete and has asked the performance group to improve data quality in 2025-26.")

d.add_heading("12. Strategic priorities for 2025-26", level=1)
para("12.1 Following consultation with partners and people with lived experience, the Board has agreed three strategic priorities for 2025-26:")
bullets(["Prevention and early intervention – reducing repeat concerns through better triage and signposting;",
         "Self-neglect and hoarding – embedding the refreshed protocol and multi-agency risk management meetings;",
         "Learning into practice – making sure SAR recommendations are implemented and their impact tested through audit."])
para("12.2 Progress on these priorities will be reported to the Health and Wellbeing Board in the 2025-26 annual report.")

d.add_heading("13. Implications", level=1)
para("13.1 Financial: there are no new financial implications arising from this report. Partner contributions for 2025-26 will be "
     "agreed by the Board's executive group. Legal: the publication of an annual report is a statutory requirement under Schedule 2 of the Care Act 2014.")
para("Background documents: VSAB Strategic Plan 2023-2026; Safeguarding Adults Collection (SAC) returns 2022-23 to 2024-25.", italic=True)

d.save(OUT)
