# Maternity and early years report (Word .docx via python-docx)
import sys, json
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial24/t24_maternity_early_years_2024-25.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
facts = {}

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def para(text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

def caption(text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(10)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True

def note(text):
    p = doc.add_paragraph(); r = p.add_run(text); r.italic = True; r.font.size = Pt(8.5)

def setcell(cell, text, bold=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]; r = p.add_run(str(text)); r.bold = bold; r.font.size = Pt(size)
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def table(nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t

def p1(a, b):
    return f"{100*a/b:.1f}"

LOC = ["Quellbridge", "Sarnley", "Faxholme", "Brindlecote", "Wyvernmouth"]

# ---------------- front matter
para("Brackwater Vale Health and Wellbeing Board", bold=True, size=12)
doc.add_heading("Maternity and Early Years Outcomes Report 2024-25", level=0)
mt = table(5, 2)
for i, (a, b) in enumerate([("Meeting date", "4 December 2025"), ("Report author", "Consultant in Public Health (Best Start in Life)"),
                             ("Sponsoring director", "Director of Public Health, Brackwater Vale Council"),
                             ("Partners", "Brackwater Vale Hospitals NHS Foundation Trust; Brackwater Vale Community Health Services"),
                             ("Status", "For discussion and endorsement")]):
    setcell(mt.cell(i, 0), a, bold=True); setcell(mt.cell(i, 1), b)

doc.add_heading("1. Purpose", level=1)
para("1.1 This report gives the Board the annual picture of maternity and early years outcomes for Brackwater Vale residents "
     "for 2024-25, broken down by the five localities (Quellbridge, Sarnley, Faxholme, Brindlecote and Wyvernmouth) and compared "
     "with the region and England where data allow. It supports the Board's priority that every child has the best start in life.")

doc.add_heading("2. Key messages", level=1)
para("2.1 The main points for the Board are:")
bullets([
 "antenatal bookings fell for the second year running, in line with the falling birth rate;",
 "smoking at time of delivery fell to 10.1% but remains well above the regional rate of 8.1%, and rose in Brindlecote;",
 "breastfeeding at 6-8 weeks is 46.4% across Brackwater Vale, below the regional figure of 49.6%, with Faxholme and Wyvernmouth rated Red;",
 "health visiting performance improved through the year, and the new birth visit met its 95% target in Quarter 4;",
 "school readiness improved in every locality except Brindlecote in 2023-24, and reached 67.1% overall in 2024-25.",
])

doc.add_heading("3. Background and definitions", level=1)
para("3.1 Data in this report come from the maternity information system at Brackwater Vale Hospitals NHS Foundation Trust, "
     "the community health services patient record, and published national data. Locality is based on the mother's or child's "
     "home postcode. Some figures for 2024-25 are provisional and may change when national data are published.")
para("3.2 The following terms are used in this report:")
bullets([
 "Booking: the first antenatal appointment with a midwife. National guidance is that women should book by 10 weeks of pregnancy.",
 "SATOD (smoking at time of delivery): the percentage of women giving birth who are known to be smokers at the time of delivery.",
 "LBW (low birth weight): a live baby born at term (37 weeks or more) weighing less than 2,500 grams.",
 "GLD (good level of development): the percentage of children at the end of Reception who reach the expected level in the early learning goals.",
 "MNVP (Maternity and Neonatal Voices Partnership): the independent group that brings together women, families and staff to improve local maternity services.",
 "Mandated contacts: the five health visitor reviews every family should receive, from the antenatal contact to the 2-2½ year review.",
])

# ---------------- bookings
doc.add_heading("4. Antenatal bookings", level=1)
book = {"Quellbridge": (1412, 1386, 1351), "Sarnley": (968, 991, 1004), "Faxholme": (744, 730, 702),
        "Brindlecote": (1105, 1088, 1073), "Wyvernmouth": (1236, 1262, 1219)}
ooa = (212, 198, 231)
res = tuple(sum(v[i] for v in book.values()) for i in range(3))
allb = tuple(res[i] + ooa[i] for i in range(3))
facts["book"] = {"res": res, "all": allb}
para(f"4.1 There were {res[2]:,} antenatal bookings for Brackwater Vale residents in 2024-25, compared with {res[1]:,} in 2023-24 "
     f"and {res[0]:,} in 2022-23. Sarnley is the only locality where bookings have risen in each of the last two years, reflecting "
     f"new housing at Sarnley Green. Bookings for women living outside Brackwater Vale rose to {ooa[2]}.")
para("4.2 Early booking matters because it gives time for screening and for support with smoking, weight and mental health. "
     "In 2024-25, 61.4% of women booked by 10 weeks of pregnancy, up from 57.9% in 2023-24, but below the regional figure of 63.0%. "
     "Early booking was lowest in Wyvernmouth at 52.7%.")
caption("Table 1: Antenatal bookings by locality of residence, 2022-23 to 2024-25 (number of bookings)")
t = table(2 + 1 + 5 + 1 + 1 + 1, 5)
setcell(t.cell(0, 0), "Locality", True); t.cell(0, 0).merge(t.cell(1, 0))
setcell(t.cell(0, 1), "Bookings (number)", True, "c"); t.cell(0, 1).merge(t.cell(0, 3))
setcell(t.cell(0, 4), "Change 2023-24 to 2024-25", True); t.cell(0, 4).merge(t.cell(1, 4))
for j, y in enumerate(["2022-23", "2023-24", "2024-25"]):
    setcell(t.cell(1, 1 + j), y, True, "c")
r = 2
a = t.cell(r, 0).merge(t.cell(r, 4)); setcell(a, "Brackwater Vale residents", True); shade(a, "EDEDED"); r += 1
for L, v in book.items():
    setcell(t.cell(r, 0), L)
    for j in range(3): setcell(t.cell(r, 1 + j), f"{v[j]:,}", align="r")
    ch = 100 * (v[2] - v[1]) / v[1]
    setcell(t.cell(r, 4), f"({abs(ch):.1f}%)" if ch < 0 else f"{ch:.1f}%", align="r")
    r += 1
def rowvals(r, label, v, bold=True):
    setcell(t.cell(r, 0), label, bold)
    for j in range(3): setcell(t.cell(r, 1 + j), f"{v[j]:,}", bold, "r")
    ch = 100 * (v[2] - v[1]) / v[1]
    setcell(t.cell(r, 4), f"({abs(ch):.1f}%)" if ch < 0 else f"{ch:.1f}%", bold, "r")
rowvals(r, "Subtotal: Brackwater Vale residents", res); r += 1
rowvals(r, "Women living outside Brackwater Vale", ooa, False); r += 1
rowvals(r, "Total bookings at Brackwater Vale Hospitals", allb); r += 1
note("Source: maternity information system. Bracketed percentages are decreases.")

# ---------------- births
doc.add_heading("5. Births and birth weight", level=1)
births = {"Quellbridge": (1318, 1262, 41), "Sarnley": (935, 958, 22), "Faxholme": (701, 676, 27),
          "Brindlecote": (1064, 1041, 29), "Wyvernmouth": (1221, 1178, 46)}
b23 = sum(v[0] for v in births.values()); b24 = sum(v[1] for v in births.values()); lbw = sum(v[2] for v in births.values())
facts["births"] = (b23, b24, lbw)
para(f"5.1 There were {b24:,} live births to Brackwater Vale residents in calendar year 2024, {b23 - b24} fewer than in 2023. "
     f"The general fertility rate was 54.2 live births per 1,000 women aged 15 to 44, compared with 55.9 in 2023.")
para(f"5.2 Low birth weight at term is a marker of the health of the mother during pregnancy and is closely linked to smoking "
     f"and deprivation. In 2024, {lbw} term babies were born with a low birth weight ({p1(lbw, b24)}% of live births). Rates were highest in "
     f"Faxholme and Wyvernmouth.")
caption("Table 2: Live births and low birth weight at term by locality, calendar years 2023 and 2024")
t = table(2 + 5 + 2, 5)
setcell(t.cell(0, 0), "Locality", True); t.cell(0, 0).merge(t.cell(1, 0))
setcell(t.cell(0, 1), "Live births", True, "c"); t.cell(0, 1).merge(t.cell(0, 2))
setcell(t.cell(0, 3), "Low birth weight at term, 2024", True, "c"); t.cell(0, 3).merge(t.cell(0, 4))
for j, h in enumerate(["2023", "2024", "Number", "% of live births"]):
    setcell(t.cell(1, 1 + j), h, True, "c")
r = 2
for L, v in births.items():
    setcell(t.cell(r, 0), L); setcell(t.cell(r, 1), f"{v[0]:,}", align="r"); setcell(t.cell(r, 2), f"{v[1]:,}", align="r")
    setcell(t.cell(r, 3), v[2], align="r"); setcell(t.cell(r, 4), p1(v[2], v[1]), align="r"); r += 1
setcell(t.cell(r, 0), "Brackwater Vale", True); setcell(t.cell(r, 1), f"{b23:,}", True, "r"); setcell(t.cell(r, 2), f"{b24:,}", True, "r")
setcell(t.cell(r, 3), lbw, True, "r"); setcell(t.cell(r, 4), p1(lbw, b24), True, "r"); r += 1
setcell(t.cell(r, 0), "England"); setcell(t.cell(r, 1), "n/a", align="r"); setcell(t.cell(r, 2), "n/a", align="r")
setcell(t.cell(r, 3), "–", align="r"); setcell(t.cell(r, 4), "2.9", align="r")
note("Source: ONS births registrations. n/a = not applicable.")

# ---------------- SATOD
doc.add_heading("6. Smoking at time of delivery", level=1)
satod = [("Quellbridge", 10.8, 9.9, 8.7, "Improving"), ("Sarnley", 7.1, 6.8, 6.9, "No significant change"),
         ("Faxholme", 14.6, 13.2, 11.9, "Improving"), ("Brindlecote", 9.4, 9.8, 10.3, "Worsening"),
         ("Wyvernmouth", 16.2, 15.1, 13.4, "Improving"), ("Brackwater Vale", 11.6, 10.9, 10.1, "Improving"),
         ("Region", 9.3, 8.8, 8.1, "Improving"), ("England", 8.8, 7.4, 6.5, "Improving")]
para("6.1 Smoking in pregnancy is the single most important modifiable risk factor for poor birth outcomes, including stillbirth, "
     "low birth weight and sudden infant death. In 2024-25, 514 women who gave birth were recorded as smokers at the time of delivery, "
     "which is 10.1% of maternities. This is a fall from 10.9% in 2023-24, but the rate is still 2 percentage points above the region "
     "and well above the national ambition of 6% or less.")
para("6.2 Wyvernmouth has the highest rate (13.4%) although it has fallen by 2.8 percentage points over two years. Brindlecote is the "
     "only locality where the rate has risen in each of the last two years. The tobacco dependence service in pregnancy saw 318 "
     "referrals in 2024-25, and 142 women set a quit date.")
caption("Table 3: Smoking at time of delivery (SATOD) by locality, 2022-23 to 2024-25 (% of maternities)")
t = table(1 + len(satod), 5)
for j, h in enumerate(["Area", "2022-23", "2023-24", "2024-25", "Trend"]):
    setcell(t.cell(0, j), h, True, "c"); shade(t.cell(0, j), "D9E2EC")
for i, row in enumerate(satod, start=1):
    b = row[0] in ("Brackwater Vale",)
    setcell(t.cell(i, 0), row[0], b)
    for j in range(3): setcell(t.cell(i, 1 + j), f"{row[1 + j]:.1f}", b, "r")
    setcell(t.cell(i, 4), row[4] if row[0] not in ("Region", "England") else "–", b)
note("Trend compares 2024-25 with 2022-23 using 95% confidence intervals. Source: maternity information system and NHS England SATOD collection.")

# ---------------- breastfeeding
doc.add_heading("7. Breastfeeding", level=1)
bf = [("Quellbridge", 72.5, 74.1, 1248, 571), ("Sarnley", 81.2, 82.6, 961, 565), ("Faxholme", 66.0, 67.3, 688, 262),
      ("Brindlecote", 76.9, 77.4, 1041, 528), ("Wyvernmouth", 64.8, 66.9, 1187, 451)]
REG = 49.6
rev = sum(x[3] for x in bf); bfn = sum(x[4] for x in bf)
facts["bf"] = (rev, bfn, p1(bfn, rev))
def rag(p):
    return "Green" if p >= REG else ("Amber" if p >= REG - 5 else "Red")
para(f"7.1 Breastfeeding initiation across Brackwater Vale was 73.8% in 2024-25 (72.3% in 2023-24). At the 6-8 week review, "
     f"{bfn:,} of the {rev:,} infants reviewed were totally or partially breastfed ({p1(bfn, rev)}%), compared with {REG}% in the region. "
     f"The gap between localities is wide: Sarnley has the highest prevalence at 58.8%, while Faxholme and Wyvernmouth are both around 38%.")
para("7.2 RAG ratings in Table 4 compare each locality with the region: Green is at or above the regional figure, Amber is up to "
     "5 percentage points below it, and Red is more than 5 percentage points below.")
caption("Table 4: Breastfeeding initiation and prevalence at 6-8 weeks by locality, 2024-25")
t = table(2 + len(bf) + 2, 7)
setcell(t.cell(0, 0), "Locality", True); t.cell(0, 0).merge(t.cell(1, 0))
setcell(t.cell(0, 1), "Breastfeeding initiation (%)", True, "c"); t.cell(0, 1).merge(t.cell(0, 2))
setcell(t.cell(0, 3), "Breastfed at 6-8 weeks, 2024-25", True, "c"); t.cell(0, 3).merge(t.cell(0, 5))
setcell(t.cell(0, 6), "RAG vs region", True, "c"); t.cell(0, 6).merge(t.cell(1, 6))
for j, h in enumerate(["2023-24", "2024-25", "Infants reviewed", "Number breastfed", "%"]):
    setcell(t.cell(1, 1 + j), h, True, "c")
for i in range(2):
    for j in range(7): shade(t.cell(i, j), "D9E2EC")
r = 2
for L, i23, i24, n, k in bf:
    setcell(t.cell(r, 0), L); setcell(t.cell(r, 1), f"{i23:.1f}", align="r"); setcell(t.cell(r, 2), f"{i24:.1f}", align="r")
    setcell(t.cell(r, 3), f"{n:,}", align="r"); setcell(t.cell(r, 4), f"{k:,}", align="r"); setcell(t.cell(r, 5), p1(k, n), align="r")
    setcell(t.cell(r, 6), rag(100 * k / n)); r += 1
setcell(t.cell(r, 0), "Brackwater Vale", True); setcell(t.cell(r, 1), "72.3", True, "r"); setcell(t.cell(r, 2), "73.8", True, "r")
setcell(t.cell(r, 3), f"{rev:,}", True, "r"); setcell(t.cell(r, 4), f"{bfn:,}", True, "r"); setcell(t.cell(r, 5), p1(bfn, rev), True, "r")
setcell(t.cell(r, 6), rag(100 * bfn / rev), True); r += 1
setcell(t.cell(r, 0), "Region"); setcell(t.cell(r, 1), "73.0", align="r"); setcell(t.cell(r, 2), "73.8", align="r")
setcell(t.cell(r, 3), "–", align="r"); setcell(t.cell(r, 4), "–", align="r"); setcell(t.cell(r, 5), f"{REG}", align="r"); setcell(t.cell(r, 6), "n/a")
note("Totally or partially breastfed at the 6-8 week health visitor review. Source: community health services patient record.")

# ---------------- health visiting
doc.add_heading("8. Health visiting mandated contacts", level=1)
hv = [("Antenatal contact (from 28 weeks)", 50, (38.2, 41.0, 44.7, 47.5)),
      ("New birth visit within 14 days", 95, (91.2, 93.5, 94.8, 96.1)),
      ("6-8 week review", 90, (86.4, 88.0, 85.1, 89.7)),
      ("12-month review by 12 months", 85, (78.3, 80.9, 82.6, 84.0)),
      ("12-month review by 15 months", 90, (88.5, 89.2, 90.4, 91.3)),
      ("2-2½ year review", 80, (71.8, 73.6, 70.2, 75.9))]
para("8.1 Brackwater Vale Community Health Services delivers the health visiting service. Performance against the local targets "
     "for each mandated contact is shown in Table 5. Coverage improved in most contacts during the year, helped by the recruitment "
     "of nine newly qualified health visitors in September 2024. At 31 March 2025 there were 6.4 whole-time equivalent (WTE) "
     "health visitor vacancies against an establishment of 48.0 WTE.")
para("8.2 The 2-2½ year review remains the weakest area. Quarter 3 performance fell to 70.2% because of staff sickness over the "
     "winter. From April 2025 the review is being offered in Family Hubs as well as at home, to make it easier for parents to attend.")
caption("Table 5: Health visiting mandated contacts, Brackwater Vale, 2024-25 by quarter (% of eligible children)")
t = table(2 + len(hv), 8)
setcell(t.cell(0, 0), "Contact", True); t.cell(0, 0).merge(t.cell(1, 0))
setcell(t.cell(0, 1), "Local target (%)", True); t.cell(0, 1).merge(t.cell(1, 1))
setcell(t.cell(0, 2), "2024-25", True, "c"); t.cell(0, 2).merge(t.cell(0, 6))
setcell(t.cell(0, 7), "RAG (Q4)", True, "c"); t.cell(0, 7).merge(t.cell(1, 7))
for j, h in enumerate(["Q1", "Q2", "Q3", "Q4", "Year"]):
    setcell(t.cell(1, 2 + j), h, True, "c")
for i in range(2):
    for j in range(8): shade(t.cell(i, j), "D9E2EC")
hvyear = {}
for i, (c, tg, q) in enumerate(hv, start=2):
    yr = round(sum(q) / 4 + 1e-9, 1)
    hvyear[c] = yr
    setcell(t.cell(i, 0), c); setcell(t.cell(i, 1), tg, align="r")
    for j in range(4): setcell(t.cell(i, 2 + j), f"{q[j]:.1f}", align="r")
    setcell(t.cell(i, 6), f"{yr:.1f}", True, "r")
    setcell(t.cell(i, 7), "Green" if q[3] >= tg else ("Amber" if q[3] >= tg - 5 else "Red"))
facts["hvyear"] = hvyear
note("Year figure is the average of the four quarters. RAG: Green = target met in Q4; Amber = within 5 points of target; Red = more than 5 points below.")

# ---------------- school readiness
doc.add_heading("9. School readiness", level=1)
gld_all = [("Quellbridge", 66.1, 67.0, 68.2), ("Sarnley", 72.4, 73.8, 74.1), ("Faxholme", 58.9, 60.2, 61.5),
           ("Brindlecote", 68.3, 67.5, 69.0), ("Wyvernmouth", 59.7, 61.1, 62.4), ("Brackwater Vale", 65.0, 65.9, 67.1),
           ("Region", 67.2, 67.9, 68.4), ("England", 67.2, 67.7, 68.3)]
gld_fsm = [("Brackwater Vale", 49.8, 51.2, 52.6), ("Region", 51.0, 51.9, 53.0), ("England", 51.6, 51.5, 53.4)]
para("9.1 School readiness is measured by the percentage of children achieving a good level of development (GLD) at the end of "
     "Reception. In the 2024-25 school year, 67.1% of children in Brackwater Vale reached a GLD, below England (68.3%). "
     "Among children eligible for free school meals the figure was 52.6%. Locality figures for children eligible for free school "
     "meals are not published because numbers are small.")
caption("Table 6: Children achieving a good level of development at the end of Reception, school years 2022-23 to 2024-25 (%)")
t = table(1 + 1 + len(gld_all) + 1 + len(gld_fsm), 4)
for j, h in enumerate(["Area", "2022-23", "2023-24", "2024-25"]):
    setcell(t.cell(0, j), h, True, "c"); shade(t.cell(0, j), "D9E2EC")
r = 1
a = t.cell(r, 0).merge(t.cell(r, 3)); setcell(a, "All children", True); shade(a, "EDEDED"); r += 1
for row in gld_all:
    setcell(t.cell(r, 0), row[0]); [setcell(t.cell(r, 1 + j), f"{row[1 + j]:.1f}", align="r") for j in range(3)]; r += 1
a = t.cell(r, 0).merge(t.cell(r, 3)); setcell(a, "Children eligible for free school meals", True); shade(a, "EDEDED"); r += 1
for row in gld_fsm:
    setcell(t.cell(r, 0), row[0]); [setcell(t.cell(r, 1 + j), f"{row[1 + j]:.1f}", align="r") for j in range(3)]; r += 1
note("Source: Department for Education, early years foundation stage profile results.")

doc.add_heading("10. Actions and next steps", level=1)
para("10.1 The Best Start in Life partnership has agreed the following actions for 2025-26:")
bullets([
 "opt-out referral to the tobacco dependence service for every pregnant woman with a carbon monoxide reading of 4 parts per million or above;",
 "infant feeding peer supporters based in the Faxholme and Wyvernmouth Family Hubs from January 2026;",
 "working towards UNICEF Baby Friendly Initiative Gold reaccreditation for the community health services by 2027;",
 "a targeted early booking campaign with GP practices in Wyvernmouth;",
 "offering the 2-2½ year review in Family Hubs and extending Saturday clinics.",
])
para("10.2 The MNVP will lead a listening exercise with fathers and partners in spring 2026, following feedback that partners felt "
     "left out of antenatal education.")

doc.add_heading("11. Recommendations", level=1)
para("11.1 The Health and Wellbeing Board is asked to:")
bullets([
 "note the maternity and early years outcomes for 2024-25 set out in this report;",
 "endorse the Best Start in Life action plan for 2025-26 described in section 10;",
 "ask partners to prioritise smoking in pregnancy and breastfeeding in Faxholme and Wyvernmouth;",
 "receive a progress update at its meeting in June 2026.",
])
doc.save(OUT)
json.dump(facts, open("/tmp/t24_docx_facts.json", "w"), indent=1)
print(json.dumps(facts, indent=1))
