"""Generate t15_mhld_performance_m7_2025-26.docx (fictional Wystan and Caldmoor Partnership NHS FT).

All places, people and figures are invented.
Run: /tmp/t15venv/bin/python src/make_docx.py   (from the trial15 directory)
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "t15_mhld_performance_m7_2025-26.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

RAG_FILL = {"Red": "F4B6B6", "Amber": "FBE2A8", "Green": "C6E6C1"}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def heading(text):
    doc.add_heading(text, level=2)


def para(text):
    doc.add_paragraph(text)


def caption(text):
    par = doc.add_paragraph()
    r = par.add_run(text)
    r.bold = True
    r.font.size = Pt(10)


def table(header_rows, body, group_rows=(), bold_rows=(), merges=(), rag_col=None):
    """header_rows: list of rows (lists); merges: ((r1,c1),(r2,c2)) in whole-table coordinates."""
    rows = header_rows + body
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    nh = len(header_rows)
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            is_bold = i < nh or (i - nh) in bold_rows or (i - nh) in group_rows
            set_cell(t.cell(i, j), val, bold=is_bold)
            if i < nh:
                shade(t.cell(i, j), "D9D9D9")
            elif (i - nh) in bold_rows:
                shade(t.cell(i, j), "F2F2F2")
            if rag_col is not None and j == rag_col and val in RAG_FILL and i >= nh:
                shade(t.cell(i, j), RAG_FILL[val])
        if i < nh:
            mark_header_row(t.rows[i])
    for (r1, c1), (r2, c2) in merges:
        a, b = t.cell(r1, c1), t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        set_cell(m, keep, bold=True)
        if r1 < nh:
            shade(m, "D9D9D9")
    for g in group_rows:
        ri = nh + g
        keep = t.cell(ri, 0).text
        m = t.cell(ri, 0).merge(t.cell(ri, ncol - 1))
        set_cell(m, keep, bold=True)
        shade(m, "EDEDED")
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- front matter
title = doc.add_paragraph()
r = title.add_run("Wystan and Caldmoor Partnership NHS Foundation Trust")
r.bold = True
r.font.size = Pt(14)
doc.add_paragraph("Board of Directors (meeting in public) \u2013 4 December 2025 \u2013 Agenda item 9")
t = doc.add_paragraph()
r = t.add_run("Integrated Performance Report: Mental Health and Learning Disability Services \u2013 "
              "Month 7 (October 2025)")
r.bold = True
r.font.size = Pt(12)
meta = [
    ("Executive lead", "Dr Ruth Ellingham, Chief Operating Officer"),
    ("Report author", "Sanjay Mehra, Head of Performance and Information"),
    ("Purpose", "For assurance and decision"),
    ("Previously considered by", "Quality and Performance Committee, 20 November 2025"),
]
mt = doc.add_table(rows=len(meta), cols=2)
mt.style = "Table Grid"
for i, (k, v) in enumerate(meta):
    set_cell(mt.cell(i, 0), k, bold=True)
    set_cell(mt.cell(i, 1), v)
doc.add_paragraph()

# ---------------------------------------------------------------- 1 purpose
heading("1. Purpose")
para("1.1 This report provides the Board with an overview of operational performance for mental health "
     "and learning disability services in Month 7 (October 2025), against the national standards in the "
     "NHS Oversight Framework and the Trust\u2019s own local targets. It covers access and waiting times, "
     "inpatient flow, learning disability and autism services, and workforce.")
para("1.2 The Trust provides community and inpatient mental health services to a population of around "
     "612,000 people across Wystanbury, Caldmoor and the Sedgemarsh coast, and specialist learning "
     "disability services across the whole of the Wystan and Sedgemarsh Integrated Care Board (ICB) area.")

# ---------------------------------------------------------------- 2 recs
heading("2. Recommendations")
para("2.1 The Board is asked to:")
for txt in [
    "note performance against the NHS Oversight Framework access standards for October 2025;",
    "note the deterioration in waiting times for Children and Young People\u2019s Mental Health "
    "Services (CYPMHS) and the actions set out in section 4;",
    "approve the revised Learning Disability Annual Health Check recovery trajectory set out in section 6;",
    "receive assurance on the Community Mental Health Team waiting times recovery plan in Caldmoor "
    "and Astley Fen;",
    "support the proposal to open six additional adult acute beds at Thornmere House from February 2026 "
    "to reduce inappropriate out of area placements.",
]:
    doc.add_paragraph(txt, style="List Number")

# ---------------------------------------------------------------- 3 summary
heading("3. Summary of performance")
para("3.1 Of the eight national and local access indicators in Table 1, five were rated Green, one Amber "
     "and two Red in October 2025. The two Red indicators are the Community Mental Health Team (CMHT) "
     "four-week assessment standard and the Children and Young People\u2019s Mental Health Services "
     "(CYPMHS) 18-week standard.")
para("3.2 Early Intervention in Psychosis (EIP) performance remains above the 60% national standard but "
     "has fallen for the second month in a row, to 62.5% in October. NHS Talking Therapies (formerly "
     "Improving Access to Psychological Therapies, IAPT) continues to meet both waiting time standards, "
     "although the recovery rate fell to 47.9%, below the 50% standard.")
para("3.3 The Crisis Resolution and Home Treatment Team (CRHTT) saw 92.7% of urgent referrals within 24 "
     "hours in October, the best performance this financial year.")

caption("Table 1: Access and waiting time indicators, August to October 2025")
table(
    [["Indicator", "Standard", "Performance", "", "", "RAG (Oct)", "Trend"],
     ["", "", "Aug-25", "Sep-25", "Oct-25", "", ""]],
    [
        ["EIP: people starting treatment within 2 weeks of referral", "60%", "71.4%", "66.7%", "62.5%", "Green", "Deteriorating"],
        ["NHS Talking Therapies: entering treatment within 6 weeks", "75%", "88.2%", "90.1%", "89.6%", "Green", "Stable"],
        ["NHS Talking Therapies: entering treatment within 18 weeks", "95%", "99.1%", "98.8%", "99.0%", "Green", "Stable"],
        ["NHS Talking Therapies: recovery rate", "50%", "48.7%", "51.2%", "47.9%", "Amber", "Variable"],
        ["CMHT: assessed within 4 weeks of referral", "80%", "61.3%", "63.8%", "65.8%", "Red", "Improving"],
        ["CYPMHS: seen within 18 weeks of referral", "92%", "74.5%", "72.9%", "70.8%", "Red", "Deteriorating"],
        ["CRHTT: urgent referrals seen within 24 hours", "90%", "86.4%", "91.0%", "92.7%", "Green", "Improving"],
        ["Follow-up within 72 hours of discharge from inpatient care", "80%", "83.5%", "79.2%", "85.1%", "Green", "Variable"],
    ],
    merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4)), ((0, 5), (1, 5)), ((0, 6), (1, 6))],
    rag_col=5,
)

# ---------------------------------------------------------------- 4 waiting lists
heading("4. Waiting lists")
para("4.1 Table 2 shows the number of people waiting for each service and how many had waited more than "
     "18 weeks at the end of September and October 2025. The total number waiting rose from 7,948 to "
     "8,056. Adult Attention Deficit Hyperactivity Disorder (ADHD) assessment remains the largest waiting "
     "list, with 3,048 people waiting and a longest wait of 164 weeks.")
para("4.2 The CYPMHS core waiting list grew by 37 to 1,163, and the number waiting over 18 weeks rose "
     "from 287 to 340. A waiting list validation exercise and additional weekend clinics funded by the ICB "
     "started in November 2025.")
para("4.3 Children and young people\u2019s eating disorder services are measured against separate "
     "one-week (urgent) and four-week (routine) standards, so the 18-week measure is shown as n/a.")
caption("Table 2: People waiting by service, end of month (number)")
table(
    [["Service", "Total waiting", "", "Waiting over 18 weeks", "", "Longest wait (weeks), Oct-25"],
     ["", "Sep-25", "Oct-25", "Sep-25", "Oct-25", ""]],
    [
        ["Adult services", "", "", "", "", ""],
        ["Community Mental Health Teams", "1,284", "1,241", "312", "287", "61"],
        ["Adult ADHD assessment", "2,965", "3,048", "2,410", "2,502", "164"],
        ["Memory assessment service", "418", "402", "37", "29", "26"],
        ["Adult eating disorders", "96", "101", "14", "17", "33"],
        ["Adult services subtotal", "4,763", "4,792", "2,773", "2,835", "\u2013"],
        ["Children and young people", "", "", "", "", ""],
        ["CYPMHS core", "1,126", "1,163", "287", "340", "58"],
        ["Autism assessment (under 18)", "1,874", "1,912", "1,392", "1,438", "121"],
        ["CYP eating disorders", "42", "38", "n/a", "n/a", "n/a"],
        ["Children and young people subtotal", "3,042", "3,113", "1,679", "1,778", "\u2013"],
        ["Learning disability", "", "", "", "", ""],
        ["Community learning disability teams", "143", "151", "12", "9", "24"],
        ["Trust total", "7,948", "8,056", "4,464", "4,622", "\u2013"],
    ],
    group_rows=(0, 6, 11), bold_rows=(5, 10, 13),
    merges=[((0, 0), (1, 0)), ((0, 1), (0, 2)), ((0, 3), (0, 4)), ((0, 5), (1, 5))],
)

para("4.4 Table 3 breaks down CMHT activity by locality. Caldmoor and Astley Fen have the lowest "
     "four-week performance and the highest vacancy rates; both localities have been supported by an "
     "agency team since September. The locality average is the simple mean of the five localities, "
     "while the Trust total is weighted by referrals and posts.")
caption("Table 3: Community Mental Health Teams by locality, October 2025")
table(
    [["Locality", "Caseload", "New referrals in month", "Assessed within 4 weeks (%)", "Vacancy rate (%)", "RAG"]],
    [
        ["Wystanbury North", "1,412", "236", "68.4%", "9.5%", "Amber"],
        ["Wystanbury South", "1,187", "198", "71.9%", "6.2%", "Amber"],
        ["Caldmoor", "1,356", "221", "58.0%", "14.8%", "Red"],
        ["Pendrick and Orrisby", "894", "143", "74.3%", "4.1%", "Amber"],
        ["Astley Fen", "761", "127", "55.1%", "17.3%", "Red"],
        ["Trust total", "5,610", "925", "65.8%", "10.6%", "Red"],
        ["Average per locality", "1,122", "185", "65.5%", "10.4%", "\u2013"],
    ],
    bold_rows=(5, 6), rag_col=5,
)

# ---------------------------------------------------------------- 5 inpatients
heading("5. Inpatient flow and out of area placements")
para("5.1 Adult acute bed occupancy has averaged 99.1% so far in 2025/26, well above the 85% level "
     "recommended by the Royal College of Psychiatrists. High occupancy, together with an average of 19 "
     "patients a day whose discharge is delayed, has led to continued use of inappropriate Out of Area "
     "Placements (OAPs), where a patient is admitted to a bed outside the Trust\u2019s own network.")
para("5.2 Inappropriate OAP bed days in April to October 2025 totalled 2,964. The Board is asked to "
     "support opening six additional adult acute beds at Thornmere House, at a full-year cost of "
     "\u00a31.9m, which is expected to reduce OAP bed days by around 2,000 a year.")
caption("Table 4: Inpatient indicators by year (adult acute unless stated)")
table(
    [["Measure", "2022/23", "2023/24", "2024/25", "2025/26 (Apr\u2013Oct)"]],
    [
        ["Bed occupancy including leave (%)", "97.2%", "98.5%", "96.9%", "99.1%"],
        ["Average length of stay (days)", "41.6", "44.3", "39.8", "42.5"],
        ["Inappropriate out of area placement bed days", "4,215", "6,380", "3,905", "2,964"],
        ["Delayed discharges (average patients per day)", "14", "17", "12", "19"],
        ["Detentions under the Mental Health Act (all wards)", "612", "658", "701", "437"],
        ["Section 136 detentions (place of safety)", "288", "301", "276", "171"],
    ],
)
para("5.3 Detentions under the Mental Health Act (MHA) rose in each of the last three years. Section 136 "
     "(s136) detentions, where police take a person to a health-based place of safety, fell in 2024/25 "
     "and are on course to be similar in 2025/26.")

# ---------------------------------------------------------------- 6 LD
heading("6. Learning disability and autism")
para("6.1 Completion of Learning Disability Annual Health Checks (AHCs) by GP practices, supported by "
     "the Trust\u2019s health facilitation team, reached 31.2% of the register by the end of Quarter 2. "
     "The revised trajectory aims for 75% by 31 March 2026, in line with the national ambition.")
para("6.2 The number of adults with a learning disability and/or autism in inpatient settings rose to "
     "13, against a local target of 8. Each person has had a Care (Education) and Treatment Review "
     "(C(E)TR) and is on the Dynamic Support Register (DSR), which identifies people at risk of "
     "admission so that community support can be put in place.")
caption("Table 5: Learning disability and autism indicators, 2025/26")
table(
    [["Indicator", "Q1 2025/26", "Q2 2025/26", "Target", "RAG"]],
    [
        ["Annual Health Checks completed (% of register aged 14+, cumulative)", "14.8%", "31.2%", "75% by year end", "Amber"],
        ["People on the LD register aged 14 and over", "3,214", "3,241", "n/a", "\u2013"],
        ["Adult inpatients with a learning disability and/or autism", "11", "13", "8", "Red"],
        ["Inpatients aged under 18", "3", "2", "2", "Green"],
        ["C(E)TRs completed within timescale (%)", "82%", "88%", "90%", "Amber"],
        ["People on the Dynamic Support Register", "186", "204", "n/a", "\u2013"],
    ],
    rag_col=4,
)

# ---------------------------------------------------------------- 7 workforce
heading("7. Workforce")
para("7.1 The overall vacancy rate was 9.5% in October 2025, down from 10.3% in April. Registered nurse "
     "vacancies remain the main pressure at 15.0%, and agency spend on registered nurses was "
     "\u00a3412,000 in the month. Total agency spend in October was \u00a31,131,000, 4.1% of the pay bill "
     "against the 3.2% cap set by NHS England.")
para("7.2 Sickness absence was 5.6% in October, above the Trust target of 4.5%. Healthcare support "
     "workers had the highest sickness rate at 7.4%.")
caption("Table 6: Workforce by staff group, October 2025")
table(
    [["Staff group", "Establishment", "In post", "Vacancy rate", "Sickness absence", "Agency spend"],
     ["", "WTE", "WTE", "%", "%", "\u00a3000"]],
    [
        ["Registered nurses", "1,046.5", "889.2", "15.0%", "5.8%", "412"],
        ["Medical staff", "182.0", "158.6", "12.9%", "2.9%", "366"],
        ["Allied health professionals", "214.3", "193.1", "9.9%", "4.2%", "38"],
        ["Psychologists and psychological therapists", "268.8", "236.4", "12.1%", "3.6%", "71"],
        ["Healthcare support workers", "1,120.4", "1,052.7", "6.0%", "7.4%", "225"],
        ["Administrative, clerical and estates", "693.0", "661.5", "4.5%", "4.9%", "19"],
        ["Trust total", "3,525.0", "3,191.5", "9.5%", "5.6%", "1,131"],
    ],
    bold_rows=(6,),
)

# ---------------------------------------------------------------- 8 risks
heading("8. Key risks and next steps")
para("8.1 The principal risks to performance are:")
for txt in [
    "sustained adult acute bed occupancy above 95%, leading to continued out of area placements;",
    "growth in demand for ADHD and autism assessments that exceeds commissioned capacity;",
    "registered nurse and consultant psychiatrist vacancies in Caldmoor and Astley Fen;",
    "the financial cost of out of area placements, forecast at \u00a34.2m for 2025/26.",
]:
    doc.add_paragraph(txt, style="List Bullet")
para("8.2 The next report to the Board, in February 2026, will cover performance to the end of December "
     "2025 (Month 9) and will include the first results of the CMHT recovery plan.")

doc.save(OUT)
print("wrote", OUT)
