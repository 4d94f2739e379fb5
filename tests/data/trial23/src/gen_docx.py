# Generates t23_childrens_social_care_q2.docx with python-docx
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "t23_childrens_social_care_q2.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(2)
    s.footer.paragraphs[0].text = "Holmbury Vale Council – Children and Young People Scrutiny Committee – 11 December 2025"

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bold_cell(cell):
    for p in cell.paragraphs:
        for r in p.runs: r.bold = True

def setc(cell, text, bold=False, align=None, size=8.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align: p.alignment = align

def caption(text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(9.5)

def para(text): return d.add_paragraph(text)

def bullets(items):
    for t in items: d.add_paragraph(t, style="List Bullet")

def make_table(header_rows, body, merges=(), bold_rows=(), shade_rows=(), widths=None):
    ncol = len(header_rows[0])
    t = d.add_table(rows=len(header_rows)+len(body), cols=ncol)
    t.style = "Table Grid"
    for i, hr in enumerate(header_rows):
        for j, v in enumerate(hr):
            setc(t.cell(i, j), v, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(t.cell(i, j), "D9E2F3")
    for i, row in enumerate(body):
        ri = i + len(header_rows)
        for j, v in enumerate(row):
            setc(t.cell(ri, j), v, bold=(i in bold_rows), align=(None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER))
        if i in shade_rows:
            for j in range(ncol): shade(t.cell(ri, j), "F2F2F2")
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1); b = t.cell(r2, c2)
        txt = a.text
        m = a.merge(b)
        # keep a single copy of the text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        setc(m, txt, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t

POP = 86400
def rate(n, pop=POP): return f"{n/pop*10000:.1f}"

# ---------------- Title block
d.add_heading("Children's Social Care Performance Report: Quarter 2 2025-26", level=0)
para("Report to: Children and Young People Scrutiny Committee, Holmbury Vale Council")
para("Date: 11 December 2025")
para("Report author: Head of Performance and Quality Assurance, Children's Services")
para("Lead member: Cabinet Member for Children, Young People and Families")
para("Classification: Public")

d.add_heading("1. Purpose", level=1)
para("1.1 This report gives the Committee an overview of children's social care performance for Quarter 2 of 2025-26 (1 July to 30 September 2025). "
     "It covers children in need (CIN), child protection plans, looked-after children and their placements, the social work workforce and outcomes for care leavers.")
para("1.2 Rates are shown per 10,000 children aged 0 to 17. Holmbury Vale has an estimated 86,400 children aged 0 to 17 (mid-2024 population estimate).")

d.add_heading("2. Summary", level=1)
para("2.1 Demand continued to rise during the quarter. The key messages are:")
bullets([
 "referrals to children's social care rose to 1,322 in Quarter 2, up from 1,197 in Quarter 1, with the largest increase from schools in September;",
 "the rate of children in need rose to 328.8 per 10,000 but remains below statistical neighbours and England;",
 "the child protection plan rate reached 47.7 per 10,000, its highest level for three years and above both comparators;",
 "the looked-after children rate fell slightly to 69.2 per 10,000, below statistical neighbours; and",
 "placement stability has worsened, with 11.2% of looked-after children having three or more placements in the last 12 months.",
])
para("2.2 Statistical neighbours (SN) are the ten local authorities judged most similar to Holmbury Vale on a range of socio-economic measures. "
     "The comparator figures in this report are the SN average and the England average for 2024-25, the latest published year.")

# ---------------- Table 1 headline
d.add_heading("3. Headline performance", level=1)
para("3.1 Table 1 sets out the headline indicators for the last three quarters against the latest comparator averages. "
     "RAG ratings compare the Quarter 2 figure with the statistical neighbour average: Green is in line with or better than SN, Amber is worse by up to 10%, and Red is worse by more than 10%.")
cin = (2702, 2776, 2841); cp = (371, 398, 412); lac = (611, 604, 598)
t1body = [
 ["Referrals (number in quarter)", "1,284", "1,197", "1,322", "n/a", "n/a", "n/a", "Increasing"],
 ["Re-referrals within 12 months (%)", "21.4", "19.8", "23.1", "21.0", "22.4", "Amber", "Worsening"],
 ["Assessments within 45 working days (%)", "86.2", "88.9", "84.7", "84.0", "82.9", "Green", "Worsening"],
 ["Children in need rate per 10,000", rate(cin[0]), rate(cin[1]), rate(cin[2]), "335.2", "332.9", "Green", "Increasing"],
 ["Child protection plan rate per 10,000", rate(cp[0]), rate(cp[1]), rate(cp[2]), "43.6", "41.6", "Amber", "Increasing"],
 ["CP plans lasting 2 years or more (%)", "3.1", "2.6", "3.4", "3.0", "3.9", "Red", "Worsening"],
 ["Second or subsequent CP plan (%)", "22.8", "24.1", "25.6", "22.0", "23.8", "Red", "Worsening"],
 ["Looked-after children rate per 10,000", rate(lac[0]), rate(lac[1]), rate(lac[2]), "74.0", "70.0", "Green", "Stable"],
 ["Looked-after children with 3+ placements (%)", "9.8", "10.4", "11.2", "10.0", "10.0", "Red", "Worsening"],
 ["Health assessments completed on time (%)", "88.0", "90.5", "91.2", "89.0", "88.0", "Green", "Improving"],
]
print("rates", [rate(x) for x in cin], [rate(x) for x in cp], [rate(x) for x in lac], file=sys.stderr)
caption("Table 1: Headline children's social care indicators, Quarter 4 2024-25 to Quarter 2 2025-26")
make_table(
 [["Indicator", "2024-25", "2025-26", "", "Comparators (2024-25)", "", "Q2 RAG", "Trend"],
  ["", "Q4", "Q1", "Q2", "Stat. neighbours", "England", "", ""]],
 t1body, merges=[(0,2,0,3),(0,4,0,5),(0,0,1,0),(0,6,1,6),(0,7,1,7)], widths=[5.2,1.5,1.5,1.5,2.0,1.6,1.5,2.0])
para("3.2 Assessment timeliness fell from 88.9% to 84.7% in Quarter 2, but remains above the statistical neighbour average of 84.0%. "
     "The fall reflects the increase in referrals and vacancies in the Assessment teams (see section 7).")
para("3.3 Re-referrals within 12 months rose to 23.1%. A dip sample of 40 re-referrals found that 17 had been closed after a single assessment without a step-down plan to Early Help.")

# ---------------- Table 2 localities
d.add_heading("4. Children in need and the locality picture", level=1)
para("4.1 At 30 September 2025 there were 2,841 children in need in Holmbury Vale, including children subject to child protection plans and looked-after children. "
     "Table 2 shows the numbers and rates for each of the five localities.")
loc = [("Ashcombe", 21300, 612, 78, 118), ("Brindlemoor", 18900, 574, 84, 109), ("Castlereach", 16200, 518, 71, 97),
       ("Dunmere", 19600, 803, 133, 176), ("Eskwith", 10400, 334, 46, 52)]
t2body = []
for n, pop, a, b, c in loc:
    t2body.append([n, f"{pop:,}", f"{a:,}", rate(a, pop), str(b), rate(b, pop), str(c), rate(c, pop)])
    print(n, rate(a,pop), rate(b,pop), rate(c,pop), file=sys.stderr)
t2body.append(["Locality not recorded", "n/a", "–", "n/a", "–", "n/a", "46", "n/a"])
sp = sum(x[1] for x in loc); sa = sum(x[2] for x in loc); sb = sum(x[3] for x in loc); sc = sum(x[4] for x in loc) + 46
assert (sp, sa, sb, sc) == (86400, 2841, 412, 598)
t2body.append(["Holmbury Vale", f"{sp:,}", f"{sa:,}", rate(sa), str(sb), rate(sb), str(sc), rate(sc)])
caption("Table 2: Children in need, child protection plans and looked-after children by locality, 30 September 2025")
make_table(
 [["Locality", "Children aged 0-17", "Children in need", "", "Child protection plans", "", "Looked-after children", ""],
  ["", "", "Number", "Rate per 10,000", "Number", "Rate per 10,000", "Number", "Rate per 10,000"]],
 t2body, merges=[(0,2,0,3),(0,4,0,5),(0,6,0,7),(0,0,1,0),(0,1,1,1)], bold_rows=(6,), widths=[3.8,2.2,1.8,2.0,1.8,2.0,1.8,2.0])
para("4.2 Dunmere has the highest rates in all three measures, with a child protection rate of 67.9 per 10,000. "
     "Looked-after children whose home locality is not recorded are mainly children who entered care from outside Holmbury Vale; these records are being cleansed.")
para("4.3 The most common factors identified at the end of assessment in Quarter 2 were domestic abuse (47% of assessments), parental mental health (38%) and parental substance misuse (24%). "
     "More than one factor can be recorded for each assessment.")

# ---------------- Table 3 CP categories
d.add_heading("5. Child protection", level=1)
para("5.1 There were 412 children subject to a child protection plan at 30 September 2025, an increase of 14 since 30 June 2025. "
     "Table 3 shows the initial category of abuse.")
q1 = [("Neglect", 176, 188, "48.9"), ("Emotional abuse", 131, 134, "37.2"), ("Physical abuse", 48, 45, "7.6"),
      ("Sexual abuse", 19, 17, "3.9"), ("Multiple categories", 24, 28, "2.4")]
t3body = [[n, str(a), f"{a/398*100:.1f}", str(b), f"{b/412*100:.1f}", e] for n, a, b, e in q1]
t3body.append(["Total", "398", "100.0", "412", "100.0", "100.0"])
for r in t3body: print(r, file=sys.stderr)
caption("Table 3: Children subject to a child protection plan by initial category of abuse")
make_table(
 [["Category of abuse", "30 June 2025 (Q1)", "", "30 September 2025 (Q2)", "", "England 2024-25"],
  ["", "Number", "%", "Number", "%", "%"]],
 t3body, merges=[(0,1,0,2),(0,3,0,4),(0,0,1,0)], bold_rows=(5,), widths=[4.5,2,1.6,2,1.6,2.4])
para("5.2 Child protection conferences: 96.3% of initial child protection conferences were held within 15 working days of the strategy discussion in Quarter 2, compared with 91.0% in Quarter 1. "
     "All children on a plan were visited within the required timescale of 10 working days.")
para("5.3 The proportion of children becoming subject to a plan for a second or subsequent time rose to 25.6%. "
     "An audit is under way, led by the Independent Chair of the Holmbury Vale Safeguarding Children Partnership, and will report in February 2026.")

# ---------------- Table 4 placements
d.add_heading("6. Looked-after children and placements", level=1)
para("6.1 There were 598 looked-after children at 30 September 2025, down from 604 at 30 June 2025. Table 4 shows where they were living.")
groups = [
 ("Foster care", [("In-house foster carers", 231, 224), ("Independent fostering agency", 118, 121), ("Connected persons (kinship) foster carers", 74, 79)]),
 ("Residential care", [("Council children's homes", 18, 17), ("Private children's homes", 41, 44), ("Secure units", 2, 1)]),
]
singles = [("Placed with parents", 38, 35), ("Independent and semi-independent living (16-17)", 47, 43), ("Placed for adoption", 22, 19), ("Other placements", 13, 15)]
T1, T2 = 604, 598
t4body = []; bold = []; shaded = []
def pc(n, t): return f"{n/t*100:.1f}"
for g, rows in groups:
    shaded.append(len(t4body)); t4body.append([g, "", "", "", "", ""])
    s1 = s2 = 0
    for n, a, b in rows:
        t4body.append(["   " + n, str(a), pc(a, T1), str(b), pc(b, T2), f"{b-a:+d}" if b != a else "0"])
        s1 += a; s2 += b
    bold.append(len(t4body)); t4body.append([f"Total {g.lower()}", str(s1), pc(s1, T1), str(s2), pc(s2, T2), f"{s2-s1:+d}"])
    print(g, s1, s2, pc(s1,T1), pc(s2,T2), file=sys.stderr)
for n, a, b in singles:
    t4body.append([n, str(a), pc(a, T1), str(b), pc(b, T2), f"{b-a:+d}"])
tot1 = sum(sum(r[1] for r in rows) for g, rows in groups) + sum(x[1] for x in singles)
tot2 = sum(sum(r[2] for r in rows) for g, rows in groups) + sum(x[2] for x in singles)
assert (tot1, tot2) == (604, 598)
bold.append(len(t4body)); t4body.append(["All looked-after children", "604", "100.0", "598", "100.0", "-6"])
for r in t4body: print(r, file=sys.stderr)
caption("Table 4: Looked-after children by placement type, 30 June and 30 September 2025")
t = make_table(
 [["Placement type", "Q1 (30 June 2025)", "", "Q2 (30 September 2025)", "", "Change"],
  ["", "Number", "% of all", "Number", "% of all", "Q1 to Q2"]],
 t4body, merges=[(0,1,0,2),(0,3,0,4),(0,0,1,0)], bold_rows=tuple(bold), shade_rows=tuple(shaded), widths=[6,1.8,1.8,1.8,1.8,2])
for i in shaded:
    ri = i + 2
    c = t.cell(ri, 0).merge(t.cell(ri, 5))
    for p in c.paragraphs[1:]: p._element.getparent().remove(p._element)
    setc(c, [g for g, _ in groups][shaded.index(i)], bold=True)
para("6.2 Use of private children's homes increased to 44 placements. The average weekly cost of a private children's home placement in Quarter 2 was £6,850, compared with £4,920 for a place in one of the council's own children's homes.")
para("6.3 Of the 598 looked-after children, 88 (14.7%) were living more than 20 miles from their home address, including 9 children placed outside the region.")
para("6.4 The Fostering Recruitment Campaign launched in June generated 63 initial enquiries in Quarter 2 and 7 prospective fostering households have started assessment. "
     "Four in-house fostering households were approved and six deregistered during the quarter.")

# ---------------- Table 5 workforce
d.add_heading("7. Social work workforce", level=1)
para("7.1 Table 5 shows the position for social work teams at 30 September 2025. Vacancy and agency rates are calculated as a percentage of established full-time equivalent (FTE) posts. "
     "Caseloads are the average number of children allocated per case-holding social worker (or personal adviser in Leaving Care).")
wf = [("Front Door (MASH)", 14.0, 1.0, 2.0, "–"), ("Assessment teams", 32.0, 4.0, 7.0, "19.4"),
      ("Family Support and Protection – North", 28.0, 3.0, 5.0, "17.8"), ("Family Support and Protection – South", 34.0, 6.0, 9.0, "21.3"),
      ("Children in Care", 22.0, 2.0, 3.0, "15.2"), ("Disabled Children's Team", 11.0, 0.0, 1.0, "14.6"),
      ("Leaving Care (personal advisers)", 16.0, 1.0, 0.0, "22.7")]
t5body = []
for n, e, v, a, c in wf:
    t5body.append([n, f"{e:.1f}", f"{v:.1f}", f"{v/e*100:.1f}", f"{a:.1f}", f"{a/e*100:.1f}", c])
E = sum(x[1] for x in wf); V = sum(x[2] for x in wf); A = sum(x[3] for x in wf)
t5body.append(["All teams", f"{E:.1f}", f"{V:.1f}", f"{V/E*100:.1f}", f"{A:.1f}", f"{A/E*100:.1f}", "18.6"])
for r in t5body: print(r, file=sys.stderr)
caption("Table 5: Social work establishment, vacancies, agency staff and caseloads by team, 30 September 2025")
make_table(
 [["Team", "Established posts", "Vacancies", "", "Agency workers", "", "Average caseload"],
  ["", "FTE", "FTE", "%", "FTE", "%", "children"]],
 t5body, merges=[(0,2,0,3),(0,4,0,5),(0,0,1,0)], bold_rows=(7,), widths=[5.5,2,1.6,1.4,1.6,1.4,2.2])
para("7.2 Family Support and Protection – North covers Ashcombe and Brindlemoor; Family Support and Protection – South covers Castlereach, Dunmere and Eskwith. "
     "The South service has the highest vacancy rate and the highest average caseload, and is the focus of the recruitment campaign described below.")
para("7.3 Eleven newly qualified social workers joined in September 2025 as part of the Assessed and Supported Year in Employment (ASYE) programme. "
     "Agency social worker spend for the first half of the year was £2.37m, against a full-year budget of £3.60m.")

# ---------------- Table 6 care leavers
d.add_heading("8. Care leavers", level=1)
para("8.1 The council was in touch with 94.8% of care leavers aged 19 to 21 at the end of Quarter 2. Table 6 compares the main outcome measures with the latest comparators.")
caption("Table 6: Care leavers aged 19 to 21 – key outcomes (%)")
make_table(
 [["Measure", "Holmbury Vale", "", "Comparators (2024-25)", "", "RAG"],
  ["", "Q1 2025-26", "Q2 2025-26", "Stat. neighbours", "England", ""]],
 [["In education, employment or training", "52.4", "54.1", "55.3", "56.0", "Amber"],
  ["In suitable accommodation", "87.9", "89.3", "88.6", "88.0", "Green"],
  ["In touch with the council", "93.5", "94.8", "n/a", "n/a", "Green"]],
 merges=[(0,1,0,2),(0,3,0,4),(0,0,1,0),(0,5,1,5)], widths=[6,2,2,2.2,1.8,1.6])
para("Note: comparator figures for care leavers in touch with the council are not published in a comparable form, so no RAG comparison is made for that measure; its rating reflects the local target of 90%.")
para("8.2 The council's apprenticeship offer for care leavers has 14 ring-fenced posts in 2025-26, of which 9 were filled at 30 September.")

# ---------------- Risks
d.add_heading("9. Risks and actions", level=1)
para("9.1 The main risks to performance over the next two quarters are set out below.")
bullets([
 "Placement sufficiency: the shortage of in-house foster carers is increasing reliance on independent fostering agencies and private children's homes.",
 "Workforce: the South Family Support and Protection service is dependent on agency social workers, which affects continuity for families.",
 "Repeat child protection plans: the rising rate of second or subsequent plans suggests that some plans are being ended before change is sustained.",
 "Children missing from care: the number of missing episodes rose during the summer, particularly among young people in semi-independent accommodation.",
 "Unaccompanied asylum-seeking children: further transfers under the National Transfer Scheme are expected during the winter.",
])
para("9.2 Actions agreed by the Children's Services Leadership Team are:")
bullets([
 "a step-down protocol between the Assessment teams and Early Help, to be in place by January 2026;",
 "a targeted recruitment and retention payment for permanent social workers in the South service;",
 "an audit of all second or subsequent child protection plans started in 2025-26;",
 "a sufficiency review of residential provision, including the business case for a third council children's home in Dunmere; and",
 "a weekly return-home interview tracker for children missing from care.",
])

d.add_heading("10. Recommendations", level=1)
para("10.1 The Committee is recommended to:")
bullets([
 "note the Quarter 2 2025-26 performance set out in this report;",
 "note the actions being taken to address repeat child protection plans and placement stability;",
 "ask for a report to its March 2026 meeting on the outcome of the residential sufficiency review; and",
 "support the proposed recruitment and retention payment for the South Family Support and Protection service.",
])

d.add_heading("Glossary", level=1)
bullets([
 "CIN – child in need: a child assessed under section 17 of the Children Act 1989 as needing services.",
 "CP – child protection.",
 "MASH – Multi-Agency Safeguarding Hub, the front door for all contacts and referrals.",
 "ASYE – Assessed and Supported Year in Employment for newly qualified social workers.",
 "SN – statistical neighbours.",
])
d.save(OUT)
