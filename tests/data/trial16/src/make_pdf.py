"""Generate the invented hospital trust integrated performance report (PDF).

Ashcombe and Lowmere Hospitals NHS Foundation Trust - Month 8 (November 2025).
All names and figures are fictional.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle, KeepTogether)

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import OUT, PDF_NAME, n, pct

# Embed a Unicode TrueType font so that bullets (\u2022), dashes and the pound sign extract cleanly.
_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_REG = "Helvetica"
if os.path.exists(os.path.join(_FONT_DIR, "DejaVuSans.ttf")):
    for name, fn in [("Body", "DejaVuSans.ttf"), ("Body-Bold", "DejaVuSans-Bold.ttf"),
                     ("Body-Oblique", "DejaVuSans-Oblique.ttf"), ("Body-BoldOblique", "DejaVuSans-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(_FONT_DIR, fn)))
    pdfmetrics.registerFontFamily("Body", normal="Body", bold="Body-Bold", italic="Body-Oblique",
                                  boldItalic="Body-BoldOblique")
    for name, fn in [("Cond", "DejaVuSansCondensed.ttf"), ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                     ("Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
                     ("Cond-BoldOblique", "DejaVuSansCondensed-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(_FONT_DIR, fn)))
    _REG = "Body"
F, FB, FI, FBI = (_REG, _REG + "-Bold", _REG + "-Oblique", _REG + "-BoldOblique")
# table font (condensed where available)
_T = "Cond" if _REG == "Body" else "Helvetica"
TF, TFB, TFBI = _T, _T + "-Bold", _T + "-BoldOblique"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName=F, fontSize=9.5, leading=12.5,
                      spaceAfter=5, alignment=TA_LEFT)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName=FB, fontSize=15, leading=19, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName=FB, fontSize=11.5, leading=14,
                    spaceBefore=8, spaceAfter=4)
CAP = ParagraphStyle("cap", parent=BODY, fontName=FB, fontSize=9, spaceBefore=4, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=BODY, fontName=FI, fontSize=7.5, leading=9.5)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=2, bulletFontName=F)
KEY = ParagraphStyle("key", parent=BODY, fontName=F, leftIndent=10, spaceAfter=1, leading=12)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=9.5, spaceAfter=0)

GRID = [
    ("FONTNAME", (0, 0), (-1, -1), TF),
    ("FONTSIZE", (0, 0), (-1, -1), 7.8),
    ("LEADING", (0, 0), (-1, -1), 9.5),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
]


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items):
    return [Paragraph(t, BUL, bulletText="\u2022") for t in items]


def table(data, widths, header_rows=1, extra=(), bold_rows=(), group_rows=()):
    st = list(GRID)
    st += [("FONTNAME", (0, 0), (-1, header_rows - 1), TFB),
           ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dce6f1")),
           ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    for r in bold_rows:
        st += [("FONTNAME", (0, r), (-1, r), TFB),
               ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
    for r in group_rows:
        st += [("SPAN", (0, r), (-1, r)), ("FONTNAME", (0, r), (-1, r), TFBI),
               ("ALIGN", (0, r), (-1, r), "LEFT"), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef3e2"))]
    st += list(extra)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=0)
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- data
MONTHS = ["Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25", "Nov-25"]
T1 = [  # measure, six months, plan Nov, trend
    ("Total waiting list (incomplete pathways)", [49600, 49412, 49130, 48877, 48540, 48216], 47950, "Improving"),
    ("Waiting over 52 weeks", [1902, 1844, 1760, 1655, 1571, 1463], 1400, "Improving"),
    ("Waiting over 65 weeks", [141, 118, 96, 71, 52, 38], 0, "Improving"),
    ("Waiting over 78 weeks", [6, 4, 3, 1, 0, 0], 0, "Stable"),
    ("% waiting within 18 weeks", [58.9, 59.3, 59.8, 60.4, 60.9, 61.4], 62.0, "Improving"),
    ("Clock starts (new RTT pathways)", [10214, 10480, 9305, 10877, 11042, 10561], None, "Stable"),
]

# specialty: (name, WL Oct, WL Nov, 52w Oct, 52w Nov, 18wk% Nov, RAG)
SPEC = [
    ("Surgery Division", [
        ("General Surgery", 5412, 5338, 198, 182, 61.7, "Amber"),
        ("Trauma and Orthopaedics", 7905, 7861, 402, 377, 53.9, "Red"),
        ("Ear, Nose and Throat (ENT)", 3640, 3588, 151, 139, 60.3, "Amber"),
        ("Ophthalmology", 6120, 6004, 88, 71, 69.1, "Green"),
        ("Urology", 3377, 3342, 127, 118, 61.0, "Amber"),
        ("Oral Surgery", 2104, 2087, 96, 90, 57.2, "Red"),
    ]),
    ("Medicine Division", [
        ("Cardiology", 3215, 3170, 64, 58, 66.9, "Green"),
        ("Gastroenterology", 4011, 3952, 121, 116, 58.9, "Amber"),
        ("Dermatology", 3488, 3401, 142, 131, 55.6, "Red"),
        ("Respiratory Medicine", 1902, 1876, 23, 19, 71.2, "Green"),
        ("Neurology", 1540, 1522, 57, 55, 55.9, "Red"),
    ]),
    ("Women's and Children's Division", [
        ("Gynaecology", 3286, 3245, 87, 84, 63.5, "Amber"),
        ("Paediatrics", 1610, 1702, 9, 12, 74.6, "Green"),
    ]),
]
TRUST_T2 = (48540, 48216, 1571, 1463, 61.4)
OTHER_18WK = None  # computed so that the weighted Trust figure is 61.4%

# cancer: site, FDS seen, FDS within 28d, 31d treated, 31d within, RAG
CANCER = [
    ("Breast", 612, 551, 58, 58, "Green"),
    ("Lower GI (colorectal)", 498, 318, 22, 18, "Red"),
    ("Lung", 104, 79, 19, 18, "Amber"),
    ("Skin", 701, 606, 41, 40, "Green"),
    ("Urology", 311, 214, 37, 30, "Red"),
    ("Gynaecology", 246, 181, 12, 11, "Amber"),
    ("Head and Neck", 198, 161, 9, 9, "Green"),
    ("Haematology", 42, 33, 16, 15, "Green"),
    ("Upper GI", 233, 172, 14, 13, "Amber"),
    ("Brain / CNS", None, None, 3, 3, "n/a"),
]

# diagnostics: group -> rows (modality, waiting list, over 6 weeks, change pp vs Oct, trend)
DIAG = [
    ("Imaging", [
        ("MRI", 3104, 298, -1.2, "Improving"),
        ("CT", 2870, 117, -0.4, "Improving"),
        ("Non-obstetric ultrasound", 5912, 1210, 2.9, "Worsening"),
        ("DEXA scan", 611, 74, 0.0, "Stable"),
    ]),
    ("Physiological measurement", [
        ("Echocardiography", 1240, 205, -2.1, "Improving"),
        ("Audiology assessments", 488, 19, 0.3, "Stable"),
        ("Sleep studies", 203, 58, 4.8, "Worsening"),
    ]),
    ("Endoscopy", [
        ("Colonoscopy", 1016, 287, 1.5, "Worsening"),
        ("Gastroscopy", 942, 171, -0.7, "Improving"),
        ("Flexible sigmoidoscopy", 311, 48, None, "n/a"),
        ("Cystoscopy", 275, 22, -3.1, "Improving"),
    ]),
]

# elective activity YTD: POD, act plan, act actual, value plan, value actual (None = outside ERF)
ELECTIVE = [
    ("Day case", 28400, 29105, 22150, 22704),
    ("Elective inpatient", 4620, 4388, 18480, 17552),
    ("Outpatient first attendance", 61200, 63040, 9792, 10086),
    ("Outpatient procedures", 18900, 18210, 3024, 2914),
]
ELECTIVE_FU = ("Outpatient follow-up (outside ERF scope)", 112500, 118930)

AE = [
    ("Lowmere General Hospital ED", "Type 1", [68.4, 66.9, 65.2], 78.0, "Red"),
    ("Fenwick Cross Urgent Treatment Centre", "Type 3", [95.1, 94.6, 95.8], 95.0, "Green"),
    ("Kestleby Treatment Centre", "\u2013", None, None, "n/a"),
    ("Trust total (all types)", "", [74.6, 73.8, 72.9], 78.0, "Red"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(F, 7.5)
    canvas.drawString(2 * cm, 1.2 * cm,
                      "Ashcombe and Lowmere Hospitals NHS Foundation Trust \u2013 Board of Directors (Public) \u2013 15 January 2026")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def build():
    story = []
    story += [P("Ashcombe and Lowmere Hospitals NHS Foundation Trust", H1),
              P("<b>Board of Directors (meeting in public)</b> \u2013 15 January 2026 \u2013 Agenda item 7.2"),
              P("<b>Integrated Performance Report: Month 8 (November 2025)</b>", H2),
              P("Report of: Chief Operating Officer (Mr Tobias Renwick-Hale). Author: Head of Performance and "
                "Information (Ms Priya Castellane). Purpose: For assurance and approval. "
                "Previously considered by: Finance and Performance Committee, 18 December 2025."),
              ]

    # 1 purpose
    story += [P("1. Purpose", H2),
              P("1.1 This report gives the Board an overview of the Trust's operational performance for November 2025 "
                "(Month 8) against the constitutional standards and the 2025/26 operational plan. It covers elective "
                "care, cancer, diagnostics and a summary of urgent and emergency care. Quality and workforce metrics are "
                "reported separately through the Quality Committee and the People Committee."),
              P("1.2 Data are taken from the Trust's validated monthly submissions. Figures for November 2025 are "
                "provisional until the national publication on 8 January 2026.")]

    # 2 recommendations
    story += [P("2. Recommendations", H2), P("The Board is asked to:")]
    story += bullets([
        "note the reduction in the Referral to Treatment (RTT) waiting list to 48,216 pathways, 1,384 fewer than in June 2025;",
        "note that the cancer Faster Diagnosis Standard (FDS) was 78.6% in November 2025, above the 77% national standard for the third consecutive month;",
        "approve the diagnostic recovery plan for non-obstetric ultrasound and endoscopy set out in section 6;",
        "support the proposal to seek additional Elective Recovery Fund (ERF) capacity at Kestleby Treatment Centre from February 2026; and",
        "note the key risks set out in section 8, in particular sleep physiology staffing and winter bed pressures.",
    ])

    # 3 executive summary with key facts (NOT a table)
    story += [P("3. Executive summary", H2),
              P("3.1 Elective recovery continued in November. The waiting list fell for the fifth consecutive month and "
                "the number of patients waiting more than 65 weeks fell to 38, against a national expectation of zero by "
                "March 2026. No patient waited more than 78 weeks for the second month running."),
              P("3.2 Cancer performance was mixed: the FDS was achieved overall but Lower GI and Urology remain below "
                "70%. Diagnostic performance deteriorated slightly because of ultrasound demand, with 14.8% of patients "
                "waiting more than six weeks against the interim 2025/26 target of 10%."),
              P("<b>Key facts at Month 8 (November 2025)</b>")]
    for line in ["RTT waiting list (incomplete pathways): 48,216",
                 "Patients waiting over 52 weeks: 1,463",
                 "Patients waiting over 65 weeks: 38",
                 "RTT patients seen within 18 weeks: 61.4%",
                 "Cancer 28-day Faster Diagnosis Standard: 78.6%",
                 "Cancer 31-day decision to treat to treatment: 93.1%",
                 "Diagnostics waiting over 6 weeks: 14.8%",
                 "A&amp;E 4-hour performance (all types): 72.9%"]:
        story.append(P(line, KEY))
    site_block = [Spacer(1, 4), P("<b>Patients waiting over 52 weeks by site of treatment</b>")]
    for line in ["Lowmere General Hospital: 1,112",
                 "Fenwick Cross Community Hospital: 287",
                 "Kestleby Treatment Centre: 64"]:
        site_block.append(P(line, KEY))
    story.append(KeepTogether(site_block))

    # 4 elective
    story += [P("4. Elective care", H2),
              P("4.1 Referral to Treatment (RTT) measures the time from a consultant-led referral to the start of the "
                "first definitive treatment. The constitutional standard is that 92% of patients on the waiting list "
                "should have waited less than 18 weeks; the 2025/26 national target is 65% by March 2026 and the Trust "
                "plan for November was 62.0%."),
              P("4.2 Table 1 shows that the waiting list has reduced from 49,600 in June to 48,216 in November. Clock "
                "starts remain high, averaging over 10,000 a month, so the reduction depends on sustained additional "
                "activity.")]
    hdr = ["Measure"] + MONTHS + ["Plan\nNov-25", "Trend"]
    rows = [hdr]
    for name, vals, plan, trend in T1:
        if name.startswith("%"):
            cells = [pct(v) for v in vals] + [pct(plan)]
        else:
            cells = [n(v) for v in vals] + [n(plan) if plan is not None else "n/a"]
        rows.append([name] + cells + [trend])
    story += [KeepTogether([P("Table 1: RTT headline position, June to November 2025 (number of pathways unless stated)", CAP),
              table(rows, [5.4, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.5])]),
              P("Source: Trust patient administration system, monthly RTT submission.", NOTE)]

    story += [P("4.3 Table 2 breaks the waiting list down by specialty. Trauma and Orthopaedics has the largest "
                "waiting list (7,861) and the most patients waiting over 52 weeks (377). Paediatrics is the only "
                "specialty where the waiting list grew between October and November."),
              P("4.4 Ratings: Green = 18-week performance at or above 65%; Amber = 58% to 64.9%; Red = below 58%.")]

    # Table 2 - two-row grouped header; manually split across a page break without repeating the header
    h1 = ["Specialty", "Waiting list", "", "Over 52 weeks", "", "Within 18\nweeks %", "RAG"]
    h2 = ["", "Oct-25", "Nov-25", "Oct-25", "Nov-25", "Nov-25", ""]
    body, groups, bolds = [], [], []
    tot = [0, 0, 0, 0]
    wsum = 0.0
    for gname, items in SPEC:
        groups.append(len(body) + 2)
        body.append([gname, "", "", "", "", "", ""])
        g = [0, 0, 0, 0]
        gw = 0.0
        for (s, a, b, c, d, p, rag) in items:
            body.append([s, n(a), n(b), n(c), n(d), pct(p), rag])
            for i, v in enumerate((a, b, c, d)):
                g[i] += v
            gw += p * b
        bolds.append(len(body) + 2)
        body.append([f"{gname} subtotal", n(g[0]), n(g[1]), n(g[2]), n(g[3]), pct(gw / g[1]), ""])
        tot = [x + y for x, y in zip(tot, g)]
        wsum += gw
    other = [TRUST_T2[i] - tot[i] for i in range(4)]
    other_pct = (TRUST_T2[4] * TRUST_T2[1] - wsum) / other[1]
    other_rag = "Green" if other_pct >= 65 else ("Amber" if other_pct >= 58 else "Red")
    body.append(["All other specialties", n(other[0]), n(other[1]), n(other[2]), n(other[3]), pct(other_pct), other_rag])
    bolds.append(len(body) + 2)
    body.append(["Trust total", n(TRUST_T2[0]), n(TRUST_T2[1]), n(TRUST_T2[2]), n(TRUST_T2[3]), pct(TRUST_T2[4]), "Amber"])
    widths = [6.0, 1.65, 1.65, 1.65, 1.65, 1.8, 1.4]
    head_extra = [("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
                  ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1))]
    split_at = 12  # body rows on the first page
    part1 = [h1, h2] + body[:split_at]
    part2 = body[split_at:]
    g1 = [g for g in groups if g < split_at + 2]
    b1 = [b for b in bolds if b < split_at + 2]
    g2 = [g - split_at - 2 for g in groups if g >= split_at + 2]
    b2 = [b - split_at - 2 for b in bolds if b >= split_at + 2]
    t_a = table(part1, widths, header_rows=2, extra=head_extra, bold_rows=b1, group_rows=g1)
    st2 = list(GRID)
    for r in b2:
        st2 += [("FONTNAME", (0, r), (-1, r), TFB), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
    for r in g2:
        st2 += [("SPAN", (0, r), (-1, r)), ("FONTNAME", (0, r), (-1, r), TFBI),
                ("ALIGN", (0, r), (-1, r), "LEFT"), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef3e2"))]
    t_b = Table(part2, colWidths=[w * cm for w in widths])
    t_b.setStyle(TableStyle(st2))
    story += [P("Table 2: RTT waiting list and long waits by specialty, October and November 2025", CAP), t_a,
              PageBreak(), t_b,
              P("The 'All other specialties' row includes Plastic Surgery, Rheumatology and Endocrinology.", NOTE)]

    # 5 cancer
    story += [P("5. Cancer", H2),
              P("5.1 The Faster Diagnosis Standard (FDS) measures the proportion of patients referred urgently with "
                "suspected cancer who are told they have cancer, or that cancer has been ruled out, within 28 days. "
                "The national standard is 77%, rising to 80% by March 2026. The 31-day standard measures the time from "
                "a decision to treat to the first definitive treatment and has an operational standard of 96%."),
              P("5.2 In November 2025 the Trust achieved 78.6% against the FDS (2,315 of 2,945 patients). Lower GI "
                "performance of 63.9% reflects a backlog of colonoscopy; a second straight-to-test clinic started at "
                "Fenwick Cross Community Hospital on 3 November 2025. The 31-day standard was 93.1%, below the 96% "
                "standard, with 16 breaches, mainly in Urology.")]
    h1 = ["Tumour site", "28-day Faster Diagnosis", "", "", "31-day decision to treat", "", "RAG"]
    h2 = ["", "Patients\ntold", "Within\n28 days", "%", "Treated", "%", ""]
    rows = [h1, h2]
    s_seen = s_in = s_tr = s_tin = 0
    fds_list, d31_list = [], []
    for site, seen, within, tr, tin, rag in CANCER:
        if seen is None:
            rows.append([site, "n/a", "n/a", "n/a", n(tr), pct(100 * tin / tr), rag])
        else:
            f = 100 * within / seen
            fds_list.append(f)
            rows.append([site, n(seen), n(within), pct(f), n(tr), pct(100 * tin / tr), rag])
            s_seen += seen
            s_in += within
        s_tr += tr
        s_tin += tin
        d31_list.append(100 * tin / tr)
    rows.append(["Trust total", n(s_seen), n(s_in), pct(100 * s_in / s_seen), n(s_tr), pct(100 * s_tin / s_tr), "Green"])
    rows.append(["Average of tumour sites (unweighted)", "\u2013", "\u2013", pct(sum(fds_list) / len(fds_list)),
                 "\u2013", pct(sum(d31_list) / len(d31_list)), "\u2013"])
    extra = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (6, 0), (6, 1))]
    story += [KeepTogether([P("Table 3: Cancer performance by tumour site, November 2025", CAP),
              table(rows, [5.0, 1.7, 1.7, 1.5, 1.9, 1.6, 1.2], header_rows=2, extra=extra,
                    bold_rows=[len(rows) - 2, len(rows) - 1])]),
              P("n/a: the FDS does not apply to Brain / CNS referrals, which are not made on the urgent suspected cancer "
                "pathway. Green = FDS at or above 77%; Amber = 70% to 76.9%; Red = below 70%.", NOTE)]

    # 6 diagnostics
    story += [P("6. Diagnostics", H2),
              P("6.1 The Diagnostic Waiting Times and Activity return (DM01) measures the percentage of patients waiting "
                "more than six weeks for one of 15 key diagnostic tests. The constitutional standard is 1% and the "
                "interim target for 2025/26 is 10%."),
              P("6.2 Non-obstetric ultrasound accounts for 1,210 of the patients waiting over six weeks. The recovery "
                "plan adds 420 ultrasound scans a month from January 2026 through an insourcing contract and extended "
                "weekend lists at Lowmere General Hospital. Endoscopy recovery relies on the new Kestleby Treatment "
                "Centre room opening in February 2026.")]
    h = ["Modality", "Waiting list", "Over 6 weeks", "% over\n6 weeks", "Change vs Oct\n(% points)", "Trend"]
    rows = [h]
    groups, bolds = [], []
    T = [0, 0]
    for gname, items in DIAG:
        groups.append(len(rows))
        rows.append([gname, "", "", "", "", ""])
        g = [0, 0]
        for m, wl, o6, ch, tr in items:
            rows.append([m, n(wl), n(o6), pct(100 * o6 / wl), "\u2013" if ch is None else n(ch, 1), tr])
            g[0] += wl
            g[1] += o6
        bolds.append(len(rows))
        rows.append([f"{gname} subtotal", n(g[0]), n(g[1]), pct(100 * g[1] / g[0]), "", ""])
        T[0] += g[0]
        T[1] += g[1]
    bolds.append(len(rows))
    rows.append(["Total (all modalities)", n(T[0]), n(T[1]), pct(100 * T[1] / T[0]), "0.6", "Worsening"])
    story += [KeepTogether([P("Table 4: Diagnostic waiting list by modality, November 2025", CAP),
              table(rows, [5.4, 1.9, 1.9, 1.7, 2.4, 1.9], extra=[], bold_rows=bolds, group_rows=groups)]),
              P("Negative changes (shown in brackets) are improvements. \u2013 : no comparable October figure because "
                "flexible sigmoidoscopy was reported within colonoscopy until November 2025.", NOTE)]

    # Elective activity / ERF
    story += [P("6.3 Elective activity and the Elective Recovery Fund (ERF) are shown in Table 5. Year-to-date day case "
                "activity is 102.5% of plan, but elective inpatient activity is behind plan, producing an income shortfall.")]
    h1 = ["Point of delivery", "Activity (year to date)", "", "", "Value (\u00a3000)", "", ""]
    h2 = ["", "Plan", "Actual", "% of plan", "Plan", "Actual", "Variance"]
    rows = [h1, h2]
    S = [0, 0, 0, 0]
    for pod, ap, aa, vp, va in ELECTIVE:
        rows.append([pod, n(ap), n(aa), pct(100 * aa / ap), n(vp), n(va), n(va - vp)])
        for i, v in enumerate((ap, aa, vp, va)):
            S[i] += v
    rows.append(["Total ERF scope", n(S[0]), n(S[1]), pct(100 * S[1] / S[0]), n(S[2]), n(S[3]), n(S[3] - S[2])])
    pod, ap, aa = ELECTIVE_FU
    rows.append([pod, n(ap), n(aa), pct(100 * aa / ap), "n/a", "n/a", "n/a"])
    extra = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (0, 0), (0, 1))]
    story += [KeepTogether([P("Table 5: Elective activity and value against plan, April to November 2025 (year to date)", CAP),
              table(rows, [5.6, 1.6, 1.6, 1.45, 1.55, 1.55, 1.55], header_rows=2, extra=extra, bold_rows=[len(rows) - 2])]),
              P("Value is shown at 2025/26 national tariff prices. Bracketed figures are below plan.", NOTE)]

    # 7 urgent care
    story += [P("7. Urgent and emergency care (summary)", H2),
              P("7.1 A&amp;E four-hour performance across all types was 72.9% in November, below the 78% plan. The Type 1 "
                "emergency department at Lowmere General Hospital achieved 65.2%. Kestleby Treatment Centre does not "
                "provide an urgent care service. Full urgent care reporting, including ambulance handovers, goes to "
                "the Quality Committee.")]
    rows = [["Site", "Type", "Sep-25", "Oct-25", "Nov-25", "Plan", "RAG"]]
    for site, typ, vals, plan, rag in AE:
        if vals is None:
            rows.append([site, typ, "\u2013", "\u2013", "\u2013", "\u2013", rag])
        else:
            rows.append([site, typ] + [pct(v) for v in vals] + [pct(plan), rag])
    story += [KeepTogether([P("Table 6: A&amp;E four-hour performance by site, September to November 2025 (%)", CAP),
              table(rows, [6.2, 1.4, 1.6, 1.6, 1.6, 1.5, 1.3], bold_rows=[len(rows) - 1])])]

    # 8 risks
    story += [P("8. Key risks", H2), P("The principal risks to delivery of the operational plan are:")]
    story += bullets([
        "<b>Sleep physiology staffing</b> \u2013 two of five physiologist posts are vacant, driving the 28.6% of sleep "
        "study patients waiting over six weeks;",
        "<b>Ultrasound demand</b> \u2013 referrals for non-obstetric ultrasound are 11% higher than in 2024/25;",
        "<b>Industrial action</b> \u2013 any further resident doctor strikes would reduce elective activity by an "
        "estimated 900 cases a week;",
        "<b>Winter bed pressures</b> \u2013 escalation beds at Lowmere General Hospital may require elective "
        "inpatient cancellations in January 2026.",
    ])
    story += [P("9. Conclusion", H2),
              P("9.1 The Trust remains on trajectory to eliminate waits over 65 weeks by March 2026. Diagnostics is "
                "the area of greatest concern and the recovery plan in section 6 is presented for approval."),
              P("Glossary: RTT \u2013 Referral to Treatment; FDS \u2013 Faster Diagnosis Standard; DM01 \u2013 Diagnostic "
                "Waiting Times and Activity return; ERF \u2013 Elective Recovery Fund; ED \u2013 Emergency Department; "
                "CNS \u2013 central nervous system; GI \u2013 gastrointestinal.", NOTE)]

    path = os.path.join(OUT, PDF_NAME)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title="Integrated Performance Report Month 8 2025/26",
                            author="Ashcombe and Lowmere Hospitals NHS Foundation Trust")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    print("wrote", path)


if __name__ == "__main__":
    build()
