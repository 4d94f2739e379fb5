"""Generate the invented SEND / High Needs Block scrutiny report (Word .docx with real Word tables).

Ashcombe County Council - Children and Young People Overview and Scrutiny Committee, 3 December 2025.
All names and figures are fictional.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from common import DOCX_NAME, OUT, n, pct

DASH = "\u2013"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_table(doc, caption, header_rows, body, group_rows=(), bold_rows=(), note=None, merges=()):
    """header_rows: list of lists; body: list of lists; merges: list of (r0,c0,r1,c1) in whole-table coords."""
    cap = doc.add_paragraph()
    r = cap.add_run(caption)
    r.bold = True
    r.font.size = Pt(10)
    ncols = len(header_rows[0])
    t = doc.add_table(rows=len(header_rows) + len(body), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    nh = len(header_rows)
    # merges first (text of merged-away cells is blank in our data)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(header_rows):
        for j, v in enumerate(row):
            if any(r0 <= i <= r1 and c0 <= j <= c1 and (i, j) != (r0, c0) for (r0, c0, r1, c1) in merges):
                continue  # covered by a merged cell
            c = t.cell(i, j)
            set_text(c, v, bold=True, align="c")
            shade(c, "DCE6F1")
    for bi, row in enumerate(body):
        i = nh + bi
        if bi in group_rows:
            a = t.cell(i, 0).merge(t.cell(i, ncols - 1))
            set_text(a, row[0], bold=True, italic=True)
            shade(a, "EEF3E2")
            continue
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=bi in bold_rows, align=None if j == 0 else "r")
            if bi in bold_rows:
                shade(t.cell(i, j), "F2F2F2")
    if note:
        p = doc.add_paragraph()
        rr = p.add_run(note)
        rr.italic = True
        rr.font.size = Pt(8)
    return t


def para(doc, text):
    return doc.add_paragraph(text)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    doc.add_heading("Ashcombe County Council", level=0)
    para(doc, "Children and Young People Overview and Scrutiny Committee")
    para(doc, "Date of meeting: 3 December 2025")
    h = doc.add_paragraph()
    h.add_run("High Needs Block Budget Monitoring and SEND Performance \u2013 Quarter 2 2025/26").bold = True
    para(doc, "Report of: Corporate Director of Children's Services (Dr Imogen Threlfall)")
    para(doc, "Cabinet Member: Councillor Rajesh Okonedo-Finch, Cabinet Member for Education and SEND")
    para(doc, "Electoral divisions affected: All")
    para(doc, "Classification: Public")

    # 1 Purpose
    doc.add_heading("1. Purpose of the report", level=1)
    para(doc, "1.1 This report sets out the forecast outturn for the High Needs Block (HNB) of the Dedicated Schools "
              "Grant (DSG) at the end of Quarter 2 2025/26 (30 September 2025), the growth in Education, Health and "
              "Care Plans (EHCPs) and performance against the 20-week statutory timescale for issuing new plans.")
    para(doc, "1.2 It also updates the Committee on the council's Deficit Management Plan, which was last reported "
              "to this Committee on 9 July 2025.")

    # 2 Recommendations
    doc.add_heading("2. Recommendations", level=1)
    para(doc, "The Committee is recommended to:")
    for r in [
        "note the forecast High Needs Block overspend of \u00a39.42m for 2025/26;",
        "note the forecast cumulative DSG deficit of \u00a338.6m at 31 March 2026;",
        "endorse the proposal in the SEND Sufficiency Plan to create 120 additional specialist places in Lowmere "
        "and Kestleby by September 2027;",
        "ask the Cabinet Member to write to the Department for Education about the end of the statutory override; and",
        "request a further report on EHCP timeliness at the meeting on 11 March 2026.",
    ]:
        doc.add_paragraph(r, style="List Number")

    # 3 Background
    doc.add_heading("3. Background", level=1)
    para(doc, "3.1 Children and young people with Special Educational Needs and Disabilities (SEND) are supported "
              "through SEN Support in schools or, where needs are more complex, through an Education, Health and "
              "Care Plan (EHCP). An EHCP is a legal document that describes a child or young person's needs and the "
              "provision to meet them, and can run from birth to age 25.")
    para(doc, "3.2 Specialist provision is funded from the High Needs Block (HNB), one of four blocks of the "
              "Dedicated Schools Grant (DSG). The 2025/26 HNB allocation for Ashcombe is \u00a396.8m, an increase of "
              "\u00a34.1m (4.4%) on 2024/25.")
    para(doc, "3.3 Placements in Independent Non-Maintained Special Schools (INMSS) are the most expensive form of "
              "provision, with an average annual cost of \u00a357,800 per placement compared with \u00a324,300 in a "
              "maintained special school. Social, Emotional and Mental Health (SEMH) needs are the fastest-growing "
              "primary need, accounting for 23% of new plans in 2025.")
    para(doc, "3.4 The statutory override allows councils to hold DSG deficits separately from their general "
              "reserves. It currently runs until 31 March 2028.")

    # 4 Budget
    doc.add_heading("4. High Needs Block forecast outturn 2025/26", level=1)
    para(doc, "4.1 At Quarter 2 the HNB is forecast to spend \u00a3106.22m against a budget of \u00a396.80m, an "
              "overspend of \u00a39.42m. This is \u00a31.12m higher than the 2024/25 in-year deficit of \u00a38.30m. "
              "The largest pressure is INMSS placements (\u00a35.315m over budget), followed by mainstream top-up "
              "funding (\u00a32.456m).")
    para(doc, "4.2 The 2025/26 budget was set at the level of the grant and did not fully reflect the 2024/25 "
              "outturn, which is why several lines show budgets below the previous year's spend.")
    hdr = [["Budget line", "2024/25", "2025/26", "", ""],
           ["", "Outturn", "Budget", "Forecast outturn", "Variance"]]
    HNB = [
        ("Place funding", "Subtotal place funding", [
            ("Special school places (maintained and academy)", 14200, 15120, 15120),
            ("Resourced provision units", 2310, 2480, 2395),
            ("Alternative provision", 4650, 3760, 4212),
        ]),
        ("Top-up funding", "Subtotal top-up funding", [
            ("Mainstream schools top-up", 21140, 20400, 22856),
            ("Special schools top-up", 20180, 19850, 21204),
            ("Independent non-maintained special schools (INMSS)", 24930, 20800, 26115),
            ("Post-16 and further education colleges", 6120, 6540, 7018),
        ]),
        ("Central SEND services", "Subtotal central SEND services", [
            ("SEND support and outreach services", 4870, 5150, 4740),
            ("Hospital education service", 1340, 1420, 1400),
            ("Early years inclusion fund", 1260, 1280, 1160),
        ]),
    ]

    def var(b, f):
        return DASH if f == b else n(f - b)

    body, groups, bolds = [], [], []
    T = [0, 0, 0]
    for g, sub, items in HNB:
        groups.append(len(body))
        body.append([g, "", "", "", ""])
        s = [0, 0, 0]
        for name, o, b, f in items:
            body.append([name, n(o), n(b), n(f), var(b, f)])
            s = [s[0] + o, s[1] + b, s[2] + f]
        bolds.append(len(body))
        body.append([sub, n(s[0]), n(s[1]), n(s[2]), var(s[1], s[2])])
        T = [a + c for a, c in zip(T, s)]
    bolds.append(len(body))
    body.append(["Total high needs expenditure", n(T[0]), n(T[1]), n(T[2]), var(T[1], T[2])])
    body.append(["Less: High Needs Block grant", n(-92700), n(-96800), n(-96800), DASH])
    bolds.append(len(body))
    body.append(["Net in-year deficit", n(T[0] - 92700), DASH, n(T[2] - 96800), n(T[2] - 96800)])
    assert T[1] == 96800 and T[2] - T[1] == 9420 and T[0] - 92700 == 8300, T
    add_table(doc, "Table 1: High Needs Block forecast outturn 2025/26 (\u00a3000)", hdr, body,
              group_rows=groups, bold_rows=bolds, merges=[(0, 0, 1, 0), (0, 2, 0, 4)],
              note="Bracketed figures are underspends. \u2013 indicates nil.")

    # 5 EHCP growth
    doc.add_heading("5. Growth in Education, Health and Care Plans", level=1)
    YEARS = ["2021", "2022", "2023", "2024", "2025"]
    AGES = [("Under 5", [188, 201, 230, 262, 281]),
            ("Aged 5 to 10", [1402, 1566, 1770, 2012, 2255]),
            ("Aged 11 to 15", [1520, 1699, 1925, 2188, 2463]),
            ("Aged 16 to 19", [904, 1005, 1126, 1270, 1421]),
            ("Aged 20 to 25", [198, 234, 267, 312, 361])]
    tot = [sum(a[1][i] for a in AGES) for i in range(5)]
    growth = ["n/a"] + [pct(100 * (tot[i] / tot[i - 1] - 1)) for i in range(1, 5)]
    para(doc, f"5.1 The number of EHCPs maintained by the council has risen from {n(tot[0])} in January 2021 to "
              f"{n(tot[4])} in January 2025, an increase of {pct(100 * (tot[4] / tot[0] - 1))}. The national increase "
              "over the same period was 44.1%. Growth is fastest in the 20 to 25 age group.")
    body = [[a] + [n(v) for v in vals] for a, vals in AGES]
    body.append(["Total EHCPs"] + [n(v) for v in tot])
    body.append(["Annual growth (%)"] + growth)
    add_table(doc, "Table 2: Number of EHCPs maintained by Ashcombe County Council, January census 2021 to 2025",
              [["Age group"] + YEARS], body, bold_rows=[len(body) - 2],
              note="Source: SEN2 statutory return. Growth for 2021 is not shown because the 2020 return used a "
                   "different age banding.")

    # 6 Timeliness
    doc.add_heading("6. EHCP timeliness", level=1)
    para(doc, "6.1 New EHCPs should be issued within 20 weeks of the request for an assessment. Performance has "
              "improved since June following the recruitment of four additional EHCP coordinators, but remains below "
              "the England average for the half year as a whole.")
    MON = [("April 2025", 64, 22, 48.2), ("May 2025", 71, 27, 47.9), ("June 2025", 58, 26, 46.5),
           ("July 2025", 83, 41, 47.1), ("August 2025", 46, 19, 45.8), ("September 2025", 77, 40, None)]

    def rag(p, e):
        e = 45.8 if e is None else e
        return "Green" if p >= e else ("Amber" if p >= e - 5 else "Red")

    body, bolds = [], []
    for m, iss, w, e in MON:
        p = 100 * w / iss
        body.append([m, n(iss), n(w), pct(p), DASH if e is None else pct(e), rag(round(p, 1), e)])
    q1 = MON[:3]
    q2 = MON[3:]
    for label, grp in [("Quarter 1 total", q1), ("Quarter 2 total", q2), ("April to September total", MON)]:
        iss = sum(x[1] for x in grp)
        w = sum(x[2] for x in grp)
        bolds.append(len(body))
        body.append([label, n(iss), n(w), pct(100 * w / iss), "", ""])
    mean_iss = sum(x[1] for x in MON) / 6
    mean_w = sum(x[2] for x in MON) / 6
    mean_p = sum(100 * x[2] / x[1] for x in MON) / 6
    mean_e = sum(x[3] for x in MON if x[3] is not None) / 5
    bolds.append(len(body))
    body.append(["Monthly average", n(mean_iss, 1), n(mean_w, 1), pct(mean_p), pct(mean_e), ""])
    add_table(doc, "Table 3: New EHCPs issued and 20-week timeliness, April to September 2025",
              [["Month", "New EHCPs issued", "Issued within 20 weeks", "", "England average", "RAG"],
               ["", "", "Number", "%", "%", ""]], body, bold_rows=bolds,
              merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 5, 1, 5)],
              note="England average for September 2025 not yet published (\u2013); September is rated against "
                   "August. RAG: Green = at or above England average; Amber = up to 5 percentage points below; "
                   "Red = more than 5 points below.")

    # 7 Placements
    doc.add_heading("7. Placements and special school sufficiency", level=1)
    para(doc, "7.1 Table 4 shows where children and young people with EHCPs were placed in September 2025. Although "
              "INMSS placements are only 7.1% of the total, they account for the largest single share of "
              "placement cost.")
    PL = [("Mainstream schools", 3121, 8420), ("Resourced provision", 312, 21900),
          ("Maintained special schools", 640, 24300), ("Academy special schools", 785, 25100),
          ("Independent non-maintained special schools (INMSS)", 498, 57800),
          ("Alternative provision", 186, 19750), ("Post-16 further education colleges", 1188, 6400),
          ("Other (including elective home education)", 268, None)]
    total_pl = sum(x[1] for x in PL)
    body = []
    cost_tot = 0
    costed = 0
    for name, num, c in PL:
        tc = None if c is None else num * c / 1000
        body.append([name, n(num), pct(100 * num / total_pl), "n/a" if c is None else n(c),
                     "n/a" if tc is None else n(tc)])
        if c is not None:
            cost_tot += tc
            costed += num
    body.append(["Total", n(total_pl), "100.0%", "", n(cost_tot)])
    body.append(["Average cost per costed placement", "", "", n(cost_tot * 1000 / costed), ""])
    add_table(doc, "Table 4: Children and young people with EHCPs by type of placement, September 2025",
              [["Type of placement", "Number", "% of total", "Average annual cost per placement (\u00a3)",
                "Total annual cost (\u00a3000)"]], body, bold_rows=[len(body) - 2, len(body) - 1],
              note="n/a: no placement cost is met from the High Needs Block for this group. Total annual cost is a "
                   "full-year estimate at September 2025 prices and includes health and social care contributions, "
                   "so it does not reconcile exactly to Table 1.")
    para(doc, "7.2 Special school occupancy is shown in Table 5. Two schools are operating above their commissioned "
              "number of places. The SEND Sufficiency Plan proposes 120 additional places: 70 at a new satellite of "
              "Lowmere Oak Academy and 50 through an expansion of Kestleby Brook School.")
    SCH = [("Brackenholt Park School", "Brackenholt", "Complex learning difficulties", 180, 192),
           ("Lowmere Oak Academy", "Lowmere", "Autism", 120, 118),
           ("Fenwick Cross Learning Centre", "Fenwick Cross", "SEMH", 90, 81),
           ("Kestleby Brook School", "Kestleby", "Physical and medical needs", 75, 75),
           ("Sallowby House School", "Sallowby", "Severe and profound learning difficulties", 110, 117)]
    body = []
    occs = []
    for s, loc, need, places, roll in SCH:
        o = 100 * roll / places
        occs.append(round(o, 1))
        r = "Red" if o > 100 else ("Amber" if o >= 95 else "Green")
        body.append([s, loc, need, n(places), n(roll), pct(o), r])
    P_ = sum(x[3] for x in SCH)
    R_ = sum(x[4] for x in SCH)
    body.append(["Total", "", "", n(P_), n(R_), pct(100 * R_ / P_), ""])
    body.append(["Average occupancy (unweighted)", "", "", "", "", pct(sum(occs) / len(occs)), ""])
    add_table(doc, "Table 5: Occupancy at selected special schools, autumn term 2025",
              [["School", "Locality", "Primary need", "Commissioned places", "Pupils on roll", "Occupancy",
                "RAG"]], body, bold_rows=[len(body) - 2, len(body) - 1],
              note="RAG: Red = over 100% occupancy; Amber = 95% to 100%; Green = below 95%. The remaining 14 special "
                   "schools are reported in the annual sufficiency statement.")

    # 8 DSG deficit
    doc.add_heading("8. DSG deficit and Deficit Management Plan", level=1)
    para(doc, "8.1 Without further action the cumulative DSG deficit is projected to reach \u00a353.5m by 31 March "
              "2028, the date on which the statutory override is due to end. The council's total usable reserves "
              "are \u00a361.2m, so the deficit would absorb most of them.")
    para(doc, "8.2 The Deficit Management Plan mitigations begin in 2026/27 and include: expanding local specialist "
              "places to reduce INMSS use; a banded top-up funding model for mainstream schools; and earlier "
              "intervention through the Ashcombe Inclusion Partnership.")
    YRS = ["2023/24 Actual", "2024/25 Actual", "2025/26 Forecast", "2026/27 Projection", "2027/28 Projection"]
    body = [["High Needs Block allocation", "88.6", "92.7", "96.8", "100.4", "103.9"],
            ["Cumulative deficit brought forward", "12.4", "20.9", "29.2", "38.6", "46.7"],
            ["In-year deficit before mitigations", "8.5", "8.3", "9.4", "11.2", "12.6"],
            ["Deficit Management Plan mitigations", DASH, DASH, DASH, "(3.1)", "(5.8)"],
            ["Cumulative deficit carried forward", "20.9", "29.2", "38.6", "46.7", "53.5"]]
    add_table(doc, "Table 6: Dedicated Schools Grant deficit projection, 2023/24 to 2027/28 (\u00a3m)",
              [[""] + YRS], body, bold_rows=[4],
              note="Projections assume 8% annual growth in EHCPs and 3% annual growth in the HNB allocation.")

    # 9 Risks
    doc.add_heading("9. Risks", level=1)
    para(doc, "9.1 The main risks are summarised in Table 7. Scores are likelihood multiplied by impact, each "
              "scored 1 to 5.")
    RISKS = [("R1", "Statutory override ends in March 2028 and the deficit must be met from council reserves", 3, 5,
              "Red", "Increasing"),
             ("R2", "Continued growth in INMSS placements above plan", 4, 4, "Red", "Stable"),
             ("R3", "EHCP timeliness remains below the England average", 4, 3, "Amber", "Reducing"),
             ("R4", "Educational psychologist vacancies delay assessments", 3, 3, "Amber", "Stable"),
             ("R5", "Mainstream schools unable to meet needs without additional top-up", 2, 3, "Green", "Stable")]
    body = [[a, b, str(c), str(d), str(c * d), e, f] for a, b, c, d, e, f in RISKS]
    add_table(doc, "Table 7: SEND and High Needs risk register (extract)",
              [["Ref", "Risk", "Likelihood", "Impact", "Score", "RAG", "Direction of travel"]], body)

    # 10 implications
    doc.add_heading("10. Financial, legal and equalities implications", level=1)
    para(doc, "10.1 Financial: the forecast HNB overspend is charged to the DSG deficit and does not affect the "
              "council's General Fund while the statutory override remains in place.")
    para(doc, "10.2 Legal: the council has a duty under the Children and Families Act 2014 to secure the provision "
              "in an EHCP. Budget pressure cannot be a reason to refuse an assessment.")
    para(doc, "10.3 Equalities: boys account for 72% of EHCPs, and children eligible for free school meals are "
              "2.4 times more likely than their peers to have an EHCP.")
    doc.add_heading("11. Background papers", level=1)
    for b in ["SEND Sufficiency Plan 2025\u20132030 (Cabinet, 16 September 2025)",
              "Deficit Management Plan update (this Committee, 9 July 2025)",
              "SEN2 statutory return, January 2025"]:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, "Contact officer: Head of SEND Finance, Mr Callum Ferriday-Boyce, telephone 01632 960 418.")

    path = os.path.join(OUT, DOCX_NAME)
    doc.save(path)
    print("wrote", path)


if __name__ == "__main__":
    build()
