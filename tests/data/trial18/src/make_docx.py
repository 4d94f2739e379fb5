"""Generate t18_adult_care_fee_rates.docx - adult social care market sustainability and fee rates (python-docx)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/trials_new/trial18/t18_adult_care_fee_rates.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)


def money(x, dp=2):
    if x is None:
        return "n/a"
    s = f"{abs(x):,.{dp}f}"
    return f"({s})" if x < 0 else s


def k(x):
    if x is None or x == 0:
        return "–"
    return f"({abs(x):,})" if x < 0 else f"{x:,}"


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def para(text, bold=False, italic=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items, numbered=False):
    for i in items:
        doc.add_paragraph(i, style="List Number" if numbered else "List Bullet")


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True


def note(text):
    p = para(text, italic=True, size=8.5)
    p.paragraph_format.space_after = Pt(10)


def make_table(header_rows, body, merges=(), group_rows=(), total_rows=(), widths=None):
    """header_rows: list of lists; body: list of lists or ('GROUP', label)."""
    ncol = len(header_rows[0])
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    allrows = list(header_rows)
    for r in body:
        allrows.append(r)
    for ri, row in enumerate(allrows):
        cells = t.add_row().cells
        if isinstance(row, tuple) and row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "DDE6F0")
            continue
        for ci, v in enumerate(row):
            if v is None:
                continue
            cells[ci].text = v
            para_ = cells[ci].paragraphs[0]
            if ci > 0:
                para_.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in para_.runs:
                run.font.size = Pt(9)
                if ri < len(header_rows) or ri in total_rows:
                    run.bold = True
            if ri < len(header_rows):
                shade(cells[ci], "1F4E79")
                for run in para_.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif ri in total_rows:
                shade(cells[ci], "F2F2F2")
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        txt = a.text
        m = a.merge(b)
        # merged cell keeps concatenated paragraphs; reset to single header text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].runs[0].text = txt if txt else m.paragraphs[0].runs[0].text
    # mark header rows as repeating headers
    for ri in range(len(header_rows)):
        trPr = t.rows[ri]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


# ---------------------------------------------------------------- front matter
para("Corvenshire County Council", bold=True, size=12)
doc.add_heading("Adult Social Care Market Sustainability and Fee Rates 2026-27", level=0)
for lab, val in [("Report to:", "Cabinet"), ("Date:", "17 February 2026"),
                 ("Report author:", "Assistant Director, Commissioning and Market Development, Adults and Health"),
                 ("Cabinet member:", "Cabinet Member for Adult Social Care and Public Health"),
                 ("Key decision:", "Yes"), ("Wards affected:", "All")]:
    p = doc.add_paragraph()
    r = p.add_run(lab + " ")
    r.bold = True
    p.add_run(val)
    p.paragraph_format.space_after = Pt(0)

doc.add_heading("1. Purpose of the report", level=1)
para("This report describes the condition of the adult social care market in Corvenshire and asks Cabinet to "
     "approve the fee rates the council will pay to independent sector care providers from 6 April 2026. It "
     "also sets out the cost of the proposed rates, the results of consultation with providers and the main "
     "risks to the sustainability of the market.")

doc.add_heading("2. Summary", level=1)
para("The key points in this report are:")
bullets([
    "The proposed standard home care rate for 2026-27 is £25.65 per hour, an increase of 6.4% on the 2025-26 "
    "rate of £24.10.",
    "The proposed standard residential rate for older people is £846.00 per week, an increase of 6.0%.",
    "The total cost of the fee uplift in 2026-27 is £12.53m, of which £7.42m relates to services for older "
    "people.",
    "Care homes in Corvenshire had 322 vacant beds in January 2026, a vacancy rate of 7.8%.",
    "80.9% of rated services in Corvenshire are rated Good or Outstanding by the Care Quality Commission (CQC).",
    "The vacancy rate for care workers fell from 11.2% in 2023-24 to 9.6% in 2024-25.",
])

doc.add_heading("3. Background and national context", level=1)
para("The council has a duty under the Care Act 2014 to promote an efficient and effective market for care "
     "and support. Each year the council reviews the rates it pays to providers, taking account of provider "
     "costs, the condition of the market and the resources available to it.")
para("The National Living Wage (NLW) will increase from £12.21 to £12.71 per hour from April 2026, an increase "
     "of 4.1%. Staff costs make up around 70% of the cost of home care and around 60% of the cost of "
     "residential care, so the NLW is the single largest factor in the proposed uplift. Providers have also "
     "reported higher costs for insurance, energy and food.")
para("The Market Sustainability and Improvement Fund (MSIF) is a ring-fenced government grant to support "
     "adult social care fees and workforce capacity. Corvenshire's MSIF allocation is £7.14m in 2026-27, "
     "compared with £6.82m in 2025-26.")

doc.add_heading("4. The local care market", level=1)
doc.add_heading("4.1 Providers and capacity", level=2)
para("There are 89 home care providers registered with an office in Corvenshire and 115 care homes (80 "
     "residential homes and 35 nursing homes) with 4,152 registered beds. The council commissions around "
     "31,400 hours of home care each week for about 2,310 people. Table 4 shows providers, beds and vacancies "
     "by district.")
para("Three care homes closed during 2025 with the loss of 96 beds, while one new 72-bed nursing home opened in "
     "Ferrowby in September 2025. Oswick Marsh has the highest care home vacancy rate, followed by "
     "Lanvarrow, reflecting lower demand in the more rural parts of the county. The number of people waiting for a home care package has "
     "reduced over the year, particularly in rural areas.")
dist = [
    ("Brackenhold", 24, 18, 9, 1012, 71),
    ("Copperhythe", 17, 14, 6, 742, 58),
    ("Lanvarrow", 9, 11, 4, 486, 49),
    ("Drennock", 19, 16, 8, 903, 62),
    ("Ferrowby", 13, 12, 5, 611, 38),
    ("Oswick Marsh", 7, 9, 3, 398, 44),
]
tot = [sum(d[i] for d in dist) for i in range(1, 6)]
assert tot == [89, 80, 35, 4152, 322], tot

doc.add_heading("4.2 Quality of care", level=2)
para("Table 5 summarises the latest Care Quality Commission ratings of services in Corvenshire as at 31 "
     "January 2026. Of the 199 services that have been rated, 161 (80.9%) are rated Good or Outstanding. "
     "Five services are rated Inadequate; the council has placed a suspension on new placements at two of "
     "these and is working with the CQC on improvement plans for all five.")

doc.add_heading("5. Workforce", level=1)
para("An estimated 9,800 people work in adult social care in Corvenshire. Recruitment and retention have "
     "improved over the last year, helped by international recruitment and by the council's requirement that "
     "commissioned providers pay at least the NLW for all time worked, including travel time. Table 1 shows "
     "vacancy and turnover rates by role.")
para("Registered nurses remain the hardest role to fill, with a vacancy rate of 12.8% in 2024-25. Providers "
     "have told the council that sickness absence among care staff has increased, although no reliable local "
     "data are collected on this. The median hourly pay for care workers in the independent sector in "
     "Corvenshire was £12.60 in March 2025.")

wf = [
    ("Care workers", 11.2, 9.6, 31.4, 28.7),
    ("Senior care workers", 7.8, 6.9, 22.1, 20.4),
    ("Registered nurses", 14.5, 12.8, 29.3, 27.5),
    ("Registered managers", 10.9, 9.1, 18.6, 17.9),
    ("All direct care roles", 10.4, 8.9, 29.2, 26.8),
]
body = [[r[0]] + [f"{x:.1f}" for x in r[1:]] + [money(round(r[2] - r[1], 1), 1)] for r in wf]
caption("Table 1: Adult social care workforce vacancy and turnover rates by role (%)")
make_table([["Role", "Vacancy rate (%)", None, "Turnover rate (%)", None, "Change in vacancy rate (percentage points)"],
            [None, "2023-24", "2024-25", "2023-24", "2024-25", None]],
           body, merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5)], total_rows=[1 + len(wf)],
           widths=[4.5, 2.0, 2.0, 2.0, 2.0, 3.5])
note("Source: Skills for Care workforce estimates for Corvenshire, independent sector only.")

doc.add_heading("6. Proposed fee rates for 2026-27", level=1)
para("The proposed rates are set out in Table 2. They have been calculated using the council's cost of care "
     "model, updated for the NLW increase, inflation forecasts and the outcome of the provider consultation. "
     "The standard home care rate assumes a care worker pay rate of £12.90 per hour, mileage at 45p per mile "
     "and a provider surplus of 5%. The rural home care rate applies to packages in Lanvarrow and Oswick Marsh, "
     "where travel times are longer.")
para("Nursing rates exclude NHS-funded nursing care (FNC), which is paid separately by the Corvenshire and "
     "Wendle Integrated Care Board. Placements for adults with a learning disability in residential care are "
     "individually negotiated using the Care Cost Calculator, so no standard rate is set.")

fee = [
    ("GROUP", "Home care"),
    ("Standard home care", "per hour", 22.40, 24.10, 25.65),
    ("Rural home care", "per hour", 23.90, 25.70, 27.35),
    ("Extra care housing", "per hour", 21.15, 22.80, 24.20),
    ("GROUP", "Residential care (without nursing)"),
    ("Residential - older people", "per week", 742.00, 798.00, 846.00),
    ("Residential - dementia", "per week", 812.00, 874.00, 927.00),
    ("Residential - learning disability", "per week", None, None, None),
    ("GROUP", "Nursing care (excluding FNC)"),
    ("Nursing - older people", "per week", 798.00, 858.00, 910.00),
    ("Nursing - dementia", "per week", 856.00, 921.00, 977.00),
    ("GROUP", "Community services"),
    ("Direct payment (personal assistant)", "per hour", 16.20, 17.10, 18.05),
    ("Day opportunities", "per session", 48.50, 51.00, 53.60),
    ("Shared Lives", "per week", 410.00, 432.00, 455.00),
]
body = []
for r in fee:
    if r[0] == "GROUP":
        body.append(r)
        continue
    lab, unit, a, b, c_ = r
    if a is None:
        body.append([lab, unit, "n/a", "n/a", "n/a", "–", "–"])
    else:
        body.append([lab, unit, money(a), money(b), money(c_), money(c_ - b), f"{(c_ - b) / b * 100:.1f}"])
caption("Table 2: Council standard fee rates 2024-25 to 2026-27 (£)")
make_table(
    [["Care type", "Unit", "Council standard rate (£)", None, None, "Change 2025-26 to 2026-27", None],
     [None, None, "2024-25", "2025-26", "2026-27 (proposed)", "£", "%"]],
    body, merges=[(0, 2, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1)],
    widths=[5.2, 2.0, 2.0, 2.0, 2.3, 1.7, 1.4])
note("n/a: learning disability residential placements are individually negotiated. Day opportunities "
     "sessions are half-day sessions of up to four hours.")

para("Table 3 compares the proposed rates with the median costs reported by providers in the council's "
     "cost of care exercise, uprated to 2026-27 prices. The proposed rates are below the uprated median for "
     "most care types; the largest gap is for older people's nursing care. The proposed residential dementia "
     "rate is above the median.")
cmp_ = [
    ("Standard home care (per hour)", 25.65, 26.40),
    ("Residential - older people (per week)", 846.00, 871.00),
    ("Residential - dementia (per week)", 927.00, 918.00),
    ("Nursing - older people (per week)", 910.00, 944.00),
    ("Nursing - dementia (per week)", 977.00, 1002.00),
]
body = [[lab, money(a), money(b), money(a - b), money((a - b) / b * 100, 1)] for lab, a, b in cmp_]
caption("Table 3: Proposed 2026-27 rates compared with the uprated cost of care median")
make_table([["Care type", "Proposed rate 2026-27 (£)", "Cost of care median 2026-27 prices (£)",
             "Difference (£)", "Difference (%)"]], body, widths=[6.0, 2.8, 3.4, 2.3, 2.3])
note("Figures in brackets show where the proposed rate is below the cost of care median.")

doc.add_heading("7. Care home capacity and quality tables", level=1)
para("The tables in this section support section 4 of the report.")
caption("Table 4: Registered providers, care home beds and vacancies by district, January 2026")
body = [[d[0], str(d[1]), str(d[2]), str(d[3]), f"{d[4]:,}", str(d[5]), f"{d[5] / d[4] * 100:.1f}"] for d in dist]
body.append(["Corvenshire total", str(tot[0]), str(tot[1]), str(tot[2]), f"{tot[3]:,}", str(tot[4]),
             f"{tot[4] / tot[3] * 100:.1f}"])
make_table([["District", "Home care providers", "Care homes", None, "Registered beds", "Vacant beds",
             "Vacancy rate (%)"],
            [None, None, "Residential", "Nursing", None, None, None]],
           body, merges=[(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)],
           total_rows=[2 + len(dist)], widths=[3.4, 2.4, 2.2, 2.0, 2.4, 2.0, 2.2])
note("Vacant beds are beds not occupied on the snapshot date of 15 January 2026, including beds held for "
     "NHS or self-funded admissions.")

cqc = [
    ("Home care agencies", 4, 68, 12, 1, 4),
    ("Residential care homes", 3, 61, 13, 2, 1),
    ("Nursing homes", 1, 24, 8, 2, 0),
]
ct = [sum(r[i] for r in cqc) for i in range(1, 6)]
assert ct == [8, 153, 33, 5, 5]
body = []
for r in cqc:
    tot_r = sum(r[1:])
    rated = tot_r - r[5]
    body.append([r[0]] + [k(x) for x in r[1:]] + [str(tot_r), f"{(r[1] + r[2]) / rated * 100:.1f}"])
body.append(["All services"] + [k(x) for x in ct] + [str(sum(ct)), f"{(ct[0] + ct[1]) / (sum(ct) - ct[4]) * 100:.1f}"])
caption("Table 5: CQC ratings of registered adult social care services, 31 January 2026 (number of services)")
make_table([["Service type", "Outstanding", "Good", "Requires improvement", "Inadequate", "Not yet rated",
             "Total", "Good or Outstanding (% of rated)"]], body, total_rows=[1 + len(cqc)],
           widths=[4.0, 1.9, 1.5, 2.2, 1.9, 1.7, 1.4, 2.6])


doc.add_heading("8. Financial implications", level=1)
para("The proposed rates will cost £12.53m in 2026-27 compared with the 2025-26 rates. Together with "
     "demographic growth of £6.99m, the gross budget for externally commissioned adult social care rises to "
     "£232.56m. After the MSIF grant, the net budget is £225.42m. Table 6 shows the budget by service area. "
     "The uplift has been included in the council's Medium Term Financial Strategy approved in principle by "
     "Cabinet in January 2026.")
bud = [
    ("GROUP", "Older people"),
    ("Home care", 38420, 2470, 1150, 0),
    ("Residential care", 52310, 3140, 1570, 0),
    ("Nursing care", 29860, 1810, 890, 0),
    ("SUB", "Subtotal: older people"),
    ("GROUP", "Working-age adults"),
    ("Learning disability", 61240, 3370, 2450, 0),
    ("Physical disability", 18730, 1050, 560, 0),
    ("Mental health", 12480, 690, 370, 0),
    ("SUB", "Subtotal: working-age adults"),
    ("TOT", "Gross expenditure"),
    ("Less: MSIF grant", -6820, 0, 0, -320),
    ("NET", "Net budget"),
]
body = []; totals = []
cur = []; allrows = []; gross = None
for r in bud:
    if r[0] == "GROUP":
        body.append(r); cur = []
    elif r[0] == "SUB":
        s = [sum(x[i] for x in cur) for i in range(4)]
        allrows.append(s)
        totals.append(len(body) + 2)
        body.append([r[1]] + [k(x) for x in s] + [k(sum(s))])
    elif r[0] == "TOT":
        gross = [sum(x[i] for x in allrows) for i in range(4)]
        totals.append(len(body) + 2)
        body.append([r[1]] + [k(x) for x in gross] + [k(sum(gross))])
    elif r[0] == "NET":
        net = [gross[i] + msif[i] for i in range(4)]
        totals.append(len(body) + 2)
        body.append([r[1]] + [k(x) for x in net] + [k(sum(net))])
    else:
        vals = list(r[1:])
        if r[0].startswith("Less"):
            msif = vals
        else:
            cur.append(vals)
        body.append([r[0]] + [k(x) for x in vals] + [k(sum(vals))])
assert sum(gross) == 232560 and gross[1] == 12530 and gross[2] == 6990, gross
assert sum(net) == 225420
caption("Table 6: Adult social care commissioning budget 2026-27 (£000)")
make_table([["Service area", "2025-26 base budget", "Changes for 2026-27", None, None, "2026-27 budget"],
            [None, None, "Fee uplift", "Demographic growth", "Grant changes", None]],
           body, merges=[(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5)], total_rows=totals,
           widths=[4.8, 2.6, 2.2, 2.6, 2.2, 2.6])
note("Figures in brackets are income. – indicates no change.")

doc.add_heading("9. Consultation with providers", level=1)
para("Providers were consulted on the proposed rates between 3 November and 12 December 2025. The council "
     "received 41 responses: 17 from home care providers, 19 from care homes and 5 from other providers. The "
     "main issues raised were:")
bullets([
    "the gap between the proposed rates and providers' actual costs, particularly for nursing care;",
    "the effect of the increase in employer National Insurance contributions;",
    "the time taken to pay invoices for new packages of care;",
    "a request for a separate enhanced rate for people with complex dementia.",
])
para("In response the council has increased the proposed nursing dementia rate and will review invoice "
     "payment times with the finance service. A separate enhanced dementia rate will be considered as part of "
     "the 2027-28 fee review.")

doc.add_heading("10. Risks", level=1)
para("The main risks associated with the proposals are:")
bullets([
    "Provider failure: smaller care homes with high vacancy rates may not be viable, particularly in Oswick Marsh and Lanvarrow.",
    "Legal challenge: providers may challenge rates that are below the cost of care median.",
    "Budget pressure: any further increase in demand above the demographic growth assumption would need to be "
    "met from reserves.",
    "Workforce: a fall in international recruitment following changes to visa rules could increase vacancies.",
])

doc.add_heading("11. Recommendations", level=1)
para("Cabinet is recommended to:")
bullets([
    "Approve the fee rates for 2026-27 set out in Table 2, to take effect from 6 April 2026.",
    "Note the cost of the fee uplift of £12.53m and its inclusion in the 2026-27 budget.",
    "Delegate authority to the Director of Adults and Health to agree individually negotiated rates within "
    "the approved budget.",
    "Agree that a market position statement be published by September 2026.",
], numbered=True)
para("Background papers: Cost of Care Exercise report (2022, uprated 2025); Market Position Statement "
     "2024-2027; Cabinet report on the Medium Term Financial Strategy, January 2026.", italic=True, size=9)

doc.save(OUT)
print("written", OUT)
