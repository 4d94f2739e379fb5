"""Generate t25_asc_performance_q2.docx (Veldrow Moor adult social care performance report, Q2 2025-26)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/trials_new/trial25/t25_asc_performance_q2.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def para(text, bold=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def heading(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for i in items:
        doc.add_paragraph(i, style="List Bullet")


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True


def set_cell(cell, text, bold=False, size=8.5, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align


def make_table(header_rows, body_rows, merges=(), group_rows=(), total_rows=(), widths=None, first_col_left=True):
    """header_rows: list of lists (strings); body_rows: list of lists; merges: list of ((r1,c1),(r2,c2)) in full-table coords."""
    allrows = header_rows + body_rows
    ncols = max(len(r) for r in allrows)
    t = doc.add_table(rows=len(allrows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    nh = len(header_rows)
    for i, row in enumerate(allrows):
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            if i < nh:
                set_cell(cell, txt, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
                shade(cell, "1F4E79")
            else:
                bi = i - nh
                isg = bi in group_rows
                ist = bi in total_rows
                al = WD_ALIGN_PARAGRAPH.LEFT if (j == 0 and first_col_left) else WD_ALIGN_PARAGRAPH.RIGHT
                set_cell(cell, txt, bold=(isg or ist), align=al)
                if isg:
                    shade(cell, "DDE7F0")
                elif ist:
                    shade(cell, "F2F2F2")
    # group rows: merge across whole row
    for bi in group_rows:
        i = nh + bi
        a = t.cell(i, 0)
        txt = allrows[i][0]
        m = a.merge(t.cell(i, ncols - 1))
        set_cell(m, txt, bold=True)
        shade(m, "DDE7F0")
    for (r1, c1), (r2, c2) in merges:
        txt = allrows[r1][c1]
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        set_cell(m, txt, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title block
para("Veldrow Moor Council", bold=True, size=12)
para("Adults and Health Scrutiny Committee", size=11)
doc.add_heading("Adult Social Care Performance Report: Quarter 2 2025-26", level=0)
meta = doc.add_table(rows=5, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([
    ("Date of meeting", "9 December 2025"),
    ("Report of", "Director of Adult Social Care"),
    ("Author", "Head of Performance and Quality Assurance (Adults)"),
    ("Period covered", "1 July to 30 September 2025 (Quarter 2)"),
    ("Status", "For information and scrutiny"),
]):
    set_cell(meta.cell(i, 0), k, bold=True, size=9.5)
    set_cell(meta.cell(i, 1), v, size=9.5)
doc.add_paragraph()

heading("1. Purpose of the report")
para("1.1 This report gives the committee an overview of adult social care performance at the end of quarter 2 of "
     "2025-26. It covers the key indicator scorecard, reablement, permanent admissions to care homes, Deprivation of "
     "Liberty Safeguards (DoLS), direct payments and home care capacity. Indicators are drawn from the Adult Social Care "
     "Outcomes Framework (ASCOF) and local measures agreed by the Adult Social Care Leadership Team.")

heading("2. Recommendations")
para("2.1 The committee is asked to:")
bullets([
    "note performance at the end of quarter 2 (July to September 2025);",
    "note the actions being taken to reduce permanent admissions to residential and nursing care for people aged 65 and over;",
    "endorse the DoLS backlog recovery plan set out in section 6;",
    "request a further update on direct payments uptake at its meeting in March 2026.",
])

# ------------------------------------------------------------------ scorecard
heading("3. Summary of performance")
para("3.1 Of the 12 indicators in the key indicator scorecard, 6 are rated Green, 4 Amber and 2 Red. Eight indicators "
     "improved compared with quarter 1, two were stable and two worsened. The two Red indicators are permanent admissions "
     "of people aged 65 and over to care homes and the timeliness of DoLS assessments.")
para("3.2 RAG ratings compare the latest quarter with the 2025-26 target: Green means on or better than target; Amber means "
     "within 5% of target; Red means more than 5% away from target. The trend compares quarter 2 with quarter 1.")
caption("Table 1: Adult social care key indicator scorecard, quarter 2 2025-26")
make_table(
    [["Ref", "Indicator", "Target 2025-26", "Q1 2025-26", "Q2 2025-26", "RAG", "Trend"]],
    [
        ["ASC01", "Older people (65+) still at home 91 days after discharge into reablement", "85.0%", "83.6%", "86.2%", "Green", "Improving"],
        ["ASC02", "Permanent admissions to care homes, aged 18-64 (per 100,000)", "14.0", "15.2", "13.1", "Green", "Improving"],
        ["ASC03", "Permanent admissions to care homes, aged 65+ (per 100,000)", "560.0", "604.5", "598.7", "Red", "Stable"],
        ["ASC04", "People using services who receive direct payments", "23.0%", "21.9%", "22.4%", "Amber", "Improving"],
        ["ASC05", "Carers receiving direct payments", "80.0%", "77.1%", "76.3%", "Amber", "Worsening"],
        ["ASC06", "DoLS applications completed within 21 days", "40.0%", "22.5%", "19.8%", "Red", "Worsening"],
        ["ASC07", "Long-term clients reviewed in the last 12 months", "75.0%", "68.4%", "71.9%", "Amber", "Improving"],
        ["ASC08", "Safeguarding enquiries where risk was reduced or removed", "90.0%", "93.4%", "92.7%", "Green", "Stable"],
        ["ASC09", "Adults with a learning disability in paid employment", "6.0%", "6.3%", "6.5%", "Green", "Improving"],
        ["ASC10", "Adults with a learning disability living in their own home or with family", "80.0%", "81.2%", "81.9%", "Green", "Improving"],
        ["ASC11", "Average wait from first contact to assessment (days)", "30", "34", "31", "Amber", "Improving"],
        ["ASC12", "Average people per day in hospital with no criteria to reside awaiting social care", "18", "17", "15", "Green", "Improving"],
    ],
    widths=[1.4, 7.0, 1.8, 1.6, 1.6, 1.4, 1.9],
)
para("Note: for ASC02, ASC03, ASC11 and ASC12 a lower figure is better.", size=8.5)

# ------------------------------------------------------------------ reablement
heading("4. Reablement")
para("4.1 Reablement is a short-term service of up to six weeks that helps people regain skills and confidence at home "
     "after an illness, fall or hospital stay. The service is delivered by the council's in-house Reablement at Home team "
     "working alongside occupational therapists from Veldrow Moor Community Health Services.")
para("4.2 In quarter 2, 86.2% of older people discharged from hospital into reablement were still at home 91 days later. "
     "This is above the 85.0% target for the first time since the start of 2024-25 and up from 83.6% in quarter 1. "
     "The number of people discharged into reablement rose to 261, the highest quarterly figure in the period shown.")
para("4.3 Two-thirds of reablement episodes (66.3%) ended with no need for ongoing long-term care, and the average length "
     "of an episode fell to 22.7 days.")
caption("Table 2: Reablement outcomes for people aged 65 and over, by quarter")
make_table(
    [["Measure", "2024-25", "", "", "", "2025-26", ""],
     ["", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]],
    [
        ["People discharged from hospital into reablement", "212", "198", "231", "246", "238", "261"],
        ["Still at home 91 days after discharge (number)", "175", "167", "190", "207", "199", "225"],
        ["Still at home 91 days after discharge (%)", "82.5%", "84.3%", "82.3%", "84.1%", "83.6%", "86.2%"],
        ["Episodes ending with no ongoing care need (%)", "61.4%", "63.0%", "59.8%", "62.7%", "64.1%", "66.3%"],
        ["Average length of episode (days)", "24.1", "23.6", "25.2", "24.8", "23.9", "22.7"],
        ["Total new reablement starts (all referral routes)", "488", "472", "515", "530", "541", "566"],
    ],
    merges=[((0, 1), (0, 4)), ((0, 5), (0, 6)), ((0, 0), (1, 0))],
    widths=[6.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6],
)

# ------------------------------------------------------------------ care home admissions
heading("5. Permanent admissions to residential and nursing care")
para("5.1 Keeping people independent in their own homes for as long as possible is a priority of the council's Living Well "
     "at Home strategy. Table 3 shows permanent admissions to care homes as a rate per 100,000 population and as numbers of people.")
para("5.2 The rate for people aged 18 to 64 has fallen to 13.1 per 100,000, below both the regional (14.2) and England (14.6) "
     "averages. The rate for people aged 65 and over is forecast to fall to 598.7 per 100,000 in 2025-26, but this remains well "
     "above the England average of 560.8 and the regional average of 566.4. Admissions are highest among people aged 85 and over, "
     "where the rate is 2,281.6 per 100,000.")
caption("Table 3: Permanent admissions to residential and nursing care homes (rate per 100,000 population and number of people)")
make_table(
    [["Age band", "2022-23", "2023-24", "2024-25", "2025-26 (forecast)", "Region 2024-25", "England 2024-25", "Trend"]],
    [
        ["Rate per 100,000 population", "", "", "", "", "", "", ""],
        ["Aged 18-64", "15.8", "16.4", "14.9", "13.1", "14.2", "14.6", "Improving"],
        ["Aged 65 and over", "612.3", "640.8", "621.0", "598.7", "566.4", "560.8", "Improving"],
        ["Aged 65-74", "131.5", "138.2", "129.6", "124.0", "n/a", "n/a", "Improving"],
        ["Aged 75-84", "498.7", "521.4", "506.3", "489.2", "n/a", "n/a", "Improving"],
        ["Aged 85 and over", "2,310.4", "2,402.9", "2,355.1", "2,281.6", "n/a", "n/a", "Improving"],
        ["Number of people admitted", "", "", "", "", "", "", ""],
        ["Aged 18-64 (number)", "27", "28", "26", "23", "\u2013", "\u2013", ""],
        ["Aged 65 and over (number)", "418", "447", "441", "431", "\u2013", "\u2013", ""],
        ["Total admissions", "445", "475", "467", "454", "\u2013", "\u2013", ""],
    ],
    group_rows=(0, 6), total_rows=(9,),
    widths=[4.4, 1.7, 1.7, 1.7, 2.0, 1.8, 1.8, 1.9],
)
para("The 2025-26 forecast is based on the rolling 12 months to 30 September 2025. Regional and England comparators are not "
     "published for the 65-74, 75-84 and 85+ age bands.", size=8.5)
para("5.3 Actions to reduce admissions of older people include:")
bullets([
    "a weekly placement panel, chaired by a head of service, which must agree every permanent placement;",
    "a Home First discharge pathway so that long-term decisions are not made in a hospital bed;",
    "64 new extra care flats at Sallowby Court, due to open in spring 2026;",
    "a trusted assessor pilot with six care homes in Dunmerrick and Penvallen.",
])

# ------------------------------------------------------------------ DoLS
heading("6. Deprivation of Liberty Safeguards (DoLS)")
para("6.1 The Deprivation of Liberty Safeguards (DoLS) protect people in care homes and hospitals who lack mental capacity "
     "to consent to their care arrangements. The council, as supervisory body, must complete an assessment within 21 days "
     "of receiving a standard application. Each assessment needs a Best Interests Assessor (BIA), a qualified professional "
     "such as a social worker, nurse or occupational therapist who has completed additional training.")
para("6.2 Demand remains high. The council received 1,110 applications between April and September 2025 and completed 954. "
     "Only 19.8% of applications completed in quarter 2 were completed within 21 days, against a local target of 40%. "
     "The number of applications waiting to be completed rose from 1,842 at 31 March 2025 to 1,998 at 30 September 2025.")
caption("Table 4: DoLS applications by month, April to September 2025")
make_table(
    [["Measure", "Quarter 1 2025-26", "", "", "Quarter 2 2025-26", "", "", "Total Apr-Sep"],
     ["", "Apr", "May", "Jun", "Jul", "Aug", "Sep", ""]],
    [
        ["Applications received", "182", "175", "190", "201", "168", "194", "1,110"],
        ["Applications completed", "160", "148", "171", "165", "142", "168", "954"],
        ["Completed within 21 days", "38", "31", "39", "35", "26", "33", "202"],
        ["% completed within 21 days", "23.8%", "20.9%", "22.8%", "21.2%", "18.3%", "19.6%", "21.2%"],
        ["Applications outstanding at month end", "1,864", "1,891", "1,910", "1,946", "1,972", "1,998", "1,998"],
    ],
    merges=[((0, 1), (0, 3)), ((0, 4), (0, 6)), ((0, 0), (1, 0)), ((0, 7), (1, 7))],
    widths=[5.4, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 2.0],
)
para("6.3 The DoLS backlog recovery plan includes:")
bullets([
    "commissioning 300 additional assessments from an external BIA provider between November 2025 and March 2026, at a cost of \u00a3165,000 funded from the adult social care reserve;",
    "prioritising applications using the national ADASS screening tool so that the highest-risk cases are assessed first;",
    "training 12 more council social workers as Best Interests Assessors during 2026;",
    "a monthly report on the backlog to the Director of Adult Social Care.",
])

# ------------------------------------------------------------------ direct payments
heading("7. Direct payments")
para("7.1 A direct payment is money paid by the council to a person, or their representative, so that they can arrange "
     "their own care and support instead of receiving services arranged by the council. At 30 September 2025, 939 of the "
     "4,183 people receiving long-term community support (22.4%) were receiving a direct payment, up 0.6 percentage points "
     "since 31 March 2025 but below the 23.0% target.")
para("7.2 Take-up is highest among people with a learning disability aged 18 to 64 (35.3%) and lowest among older people "
     "whose main support need is mental health (11.9%). The average direct payment is \u00a3412 a week. Support to manage "
     "direct payments is provided under contract by Independent Living Veldrow.")
caption("Table 5: People receiving direct payments by age group and primary support reason, 30 September 2025")
make_table(
    [["Primary support reason", "People receiving long-term community support", "Of whom receiving direct payments", "% receiving direct payments", "Change since 31 March 2025 (percentage points)"]],
    [
        ["Aged 18-64", "", "", "", ""],
        ["Physical support (18-64)", "612", "201", "32.8%", "1.2"],
        ["Learning disability support", "748", "264", "35.3%", "0.8"],
        ["Mental health support (18-64)", "395", "58", "14.7%", "(0.4)"],
        ["Sensory support", "64", "19", "29.7%", "\u2013"],
        ["Subtotal aged 18-64", "1,819", "542", "29.8%", "0.7"],
        ["Aged 65 and over", "", "", "", ""],
        ["Physical support (65+)", "1,684", "312", "18.5%", "0.9"],
        ["Support with memory and cognition", "562", "71", "12.6%", "0.3"],
        ["Mental health support (65+)", "118", "14", "11.9%", "(0.6)"],
        ["Subtotal aged 65 and over", "2,364", "397", "16.8%", "0.6"],
        ["Total", "4,183", "939", "22.4%", "0.6"],
        ["Carers (for information)", "1,043", "796", "76.3%", "(0.8)"],
    ],
    group_rows=(0, 6), total_rows=(5, 10, 11),
    widths=[5.6, 3.0, 3.0, 2.6, 3.0],
)
para("\u2013 = no change. Figures in brackets show a fall in the percentage.", size=8.5)
para("7.3 To increase uptake the service will:")
bullets([
    "introduce pre-paid cards for all new direct payments from January 2026;",
    "run a recruitment campaign for personal assistants with Independent Living Veldrow;",
    "offer refresher training on direct payments to all social work teams.",
])

# ------------------------------------------------------------------ home care
heading("8. Home care capacity")
para("8.1 Home care providers delivered 23,260 hours a week in September 2025. At the end of the quarter 129 people were "
     "waiting for a home care package to start. Waits are longest in Dunmerrick and Thrushgill, where rural travel times make "
     "it difficult for providers to recruit and retain care workers.")
caption("Table 6: Home care hours delivered and people waiting for a package, by district, September 2025")
make_table(
    [["District", "Home care hours delivered per week", "People waiting for a package", "Longest wait (days)", "RAG"]],
    [
        ["Oxtarrow", "6,420", "12", "9", "Green"],
        ["Penvallen", "4,880", "27", "23", "Amber"],
        ["Dunmerrick", "3,950", "41", "38", "Red"],
        ["Sallowby", "2,760", "9", "6", "Green"],
        ["Quarndell", "3,310", "18", "15", "Amber"],
        ["Thrushgill", "1,940", "22", "31", "Red"],
        ["Veldrow Moor total", "23,260", "129", "\u2013", ""],
    ],
    total_rows=(6,),
    widths=[4.0, 3.6, 3.4, 3.0, 2.0],
)
para("RAG for home care: Green = longest wait under 14 days; Amber = 14 to 28 days; Red = over 28 days.", size=8.5)

# ------------------------------------------------------------------ risks
heading("9. Risks and issues")
para("9.1 The main risks to performance in the second half of the year are:")
bullets([
    "winter pressure on hospital discharges, which could increase short-term placements that become permanent;",
    "the DoLS backlog, which creates a legal risk if people are deprived of their liberty without authorisation;",
    "home care workforce shortages in Dunmerrick and Thrushgill;",
    "the cost of care home placements, with the average weekly nursing placement now \u00a31,186.",
])

heading("10. Next steps")
para("10.1 The quarter 3 report will be presented to the committee in March 2026 together with the requested update on "
     "direct payments. The annual Adult Social Care Survey results for 2025-26 are expected in the summer of 2026.")

heading("Appendix: Glossary")
bullets([
    "ASCOF \u2013 Adult Social Care Outcomes Framework, the national set of measures for adult social care.",
    "BIA \u2013 Best Interests Assessor.",
    "DoLS \u2013 Deprivation of Liberty Safeguards.",
    "NCTR \u2013 no criteria to reside: a patient who is medically fit to leave hospital.",
    "RAG \u2013 Red, Amber, Green rating against target.",
])

doc.save(OUT)
print("wrote", OUT)
