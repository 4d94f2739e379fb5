"""Generate the invented Better Care Fund quarterly report (Markdown with pipe tables).

Ashcombe Health and Wellbeing Board, 11 December 2025. All names and figures are fictional.
"""
import os

from common import MD_NAME, OUT, n, pct

DASH = "\u2013"


def num(x):
    return DASH if x == 0 else n(x)


def row(cells):
    return "| " + " | ".join(cells) + " |"


def table(header, rows, align=None):
    align = align or (["---"] + ["---:"] * (len(header) - 1))
    return "\n".join([row(header), row(align)] + [row(r) for r in rows])


INCOME = [  # stream, contributor, 2024/25, 2025/26
    ("NHS minimum contribution", "ICB", 49920, 52380),
    ("Improved Better Care Fund (iBCF)", "Council", 13870, 14115),
    ("Disabled Facilities Grant (DFG)", "Council (passed to district councils)", 6742, 6742),
    ("Discharge Fund \u2013 local authority grant", "Council", 4390, 4960),
    ("Discharge Fund \u2013 ICB allocation", "ICB", 3110, 3870),
    ("Additional ICB contribution", "ICB", 1500, 1500),
    ("Additional council contribution", "Council", 2000, 2250),
]

SPEND = [  # group -> (category, plan, forecast, spend to 30 Sep)
    ("Admission avoidance", [
        ("Urgent community response (Kestleby Rapid Response)", 3240, 3310, 1622),
        ("Hospital at home and virtual wards", 4880, 4655, 2180),
        ("Carers' support", 2150, 2150, 1040),
    ]),
    ("Hospital discharge", [
        ("Home-based reablement (Home First)", 9620, 10145, 5012),
        ("Discharge to Assess (D2A) beds", 6300, 6940, 3395),
        ("Home care capacity", 11480, 11480, 5611),
        ("Trusted assessors", 820, 760, 371),
    ]),
    ("Community and social care", [
        ("Disabled Facilities Grant adaptations", 6742, 6742, 2490),
        ("Community equipment", 3900, 4185, 2118),
        ("Assistive technology", 1260, 1090, 512),
        ("Protection of adult social care services", 34975, 34975, 17488),
        ("Brackenholt step-down flats", 450, 210, 35),
    ]),
]

METRICS = [  # metric, unit, 2024/25 outturn, 2025/26 plan, Q1, Q2, on track
    ("Emergency admissions, people aged 65 and over", "per 100,000 per month", "1,842", "1,810", "1,796", "1,853",
     "No"),
    ("Average length of discharge delay (all acute patients)", "days", "1.9", "1.6", "1.7", "1.5", "Yes"),
    ("Long-term admissions to residential and nursing care, aged 65 and over", "per 100,000 (rolling 12 months)",
     "612.4", "590.0", "601.8", "588.3", "Yes"),
    ("Discharges to usual place of residence", "%", "92.1%", "93.0%", "92.6%", "93.4%", "Yes"),
]

MONTHS = [  # month, P0, P1, P2, P3, NCTR daily average, average delay days
    ("April 2025", 3340, 402, 118, 52, 96, 1.8),
    ("May 2025", 3517, 418, 121, 49, 91, 1.7),
    ("June 2025", 3409, 411, 117, 51, 88, 1.6),
    ("July 2025", 3602, 436, 124, 48, 82, 1.5),
    ("August 2025", 3312, 398, 115, 49, 79, 1.5),
    ("September 2025", 3468, 427, 120, 46, 84, 1.4),
]

SCHEMES = [  # ref, scheme, lead, KPI, target, actual, RAG, trend
    ("BCF01", "Home First Reablement", "Ashcombe County Council", "Reablement starts in quarter", "540", "498",
     "Amber", "Improving"),
    ("BCF02", "Lowmere Discharge to Assess Beds (24 beds)", "Ashcombe County Council", "Bed occupancy", "90%",
     "94.2%", "Green", "Stable"),
    ("BCF03", "Fenwick Cross Hospital at Home", "Ashcombe and Lowmere Hospitals NHS FT", "Virtual ward occupancy",
     "80%", "71.5%", "Amber", "Improving"),
    ("BCF04", "Kestleby Rapid Response", "Ashcombe Community Health Services", "2-hour urgent response achieved",
     "70%", "83.9%", "Green", "Stable"),
    ("BCF05", "Carers' Support Service", "Ashcombe County Council", "Carers' assessments completed", "450", "312",
     "Red", "Deteriorating"),
    ("BCF06", "Community Equipment Service", "Joint (council and ICB)", "Deliveries within 7 days", "95%", "96.8%",
     "Green", "Stable"),
    ("BCF07", "Trusted Assessor Scheme", "Ashcombe Care Association", "Assessments within 48 hours", "85%", "61.0%",
     "Red", "Deteriorating"),
    ("BCF08", "Brackenholt Step-Down Flats", "Brackenholt District Council", "Occupancy", "85%", "n/a", DASH, "New"),
    ("BCF09", "Disabled Facilities Grant adaptations", "District councils", "Adaptations completed in quarter", "210",
     "188", "Amber", "Stable"),
]

LOCALITY = [  # locality, allocation, Q1, Q2
    ("Lowmere", 3420, 742, 901),
    ("Fenwick Cross", 2310, 488, 530),
    ("Kestleby", 1650, 301, 377),
    ("Brackenholt", 1450, 295, 349),
]


def build():
    L = []
    w = L.append
    w("# Ashcombe Health and Wellbeing Board\n")
    w("**Meeting date:** 11 December 2025  ")
    w("**Agenda item:** 8  ")
    w("**Report title:** Better Care Fund Quarter 2 Report 2025/26  ")
    w("**Report of:** Director of Adult Social Care, Ashcombe County Council, and Director of Place (Ashcombe), "
      "NHS Ashcombe and Lowmere Integrated Care Board  ")
    w("**Status:** For decision\n")

    w("## 1. Purpose\n")
    w("1.1 This report updates the Board on the Better Care Fund (BCF) for Quarter 2 of 2025/26 (July to September "
      "2025): the pooled budget, performance against the national BCF metrics, hospital discharge activity and the "
      "delivery of individual schemes. It seeks approval for the Quarter 2 return to NHS England, which was submitted "
      "on 24 October 2025 subject to Board sign-off.\n")

    w("## 2. Recommendations\n")
    w("The Board is recommended to:\n")
    recs = [
        "approve the Quarter 2 2025/26 BCF return submitted to NHS England;",
        "note the forecast overspend of \u00a3825,000 on the pooled budget and the proposal that it is shared equally "
        "between the council and the ICB;",
        "agree that the Trusted Assessor Scheme is reviewed by the BCF Joint Commissioning Group before March 2026;",
        "note the reduction in the average length of discharge delay to 1.5 days in Quarter 2; and",
        "delegate approval of the 2026/27 BCF plan to the Director of Adult Social Care and the ICB Director of "
        "Place, in consultation with the Chair.",
    ]
    for i, r in enumerate(recs, 1):
        w(f"{i}. {r}")
    w("")

    w("## 3. Background\n")
    w("3.1 The Better Care Fund (BCF) is a national programme that pools NHS and local government money into a "
      "single budget, governed by a section 75 agreement between Ashcombe County Council and NHS Ashcombe and Lowmere "
      "Integrated Care Board (ICB). Its aims are to help people stay well and independent at home and to support "
      "timely discharge from hospital.\n")
    w("3.2 The Adult Social Care Discharge Fund (Discharge Fund) is ring-fenced within the BCF to increase capacity "
      "for people leaving hospital. The Disabled Facilities Grant (DFG) funds home adaptations and is passed to the "
      "district councils, which are the housing authorities.\n")
    w("3.3 Patients who are medically fit to leave hospital but remain in a bed are described as having No Criteria "
      "to Reside (NCTR). Discharges are grouped into pathways: Pathway 0 is home with no new support; Pathway 1 is "
      "home with support such as reablement; Pathway 2 is a short-term bed for rehabilitation, usually through "
      "Discharge to Assess (D2A); and Pathway 3 is a new long-term care home placement.\n")

    # Table 1 income
    w("## 4. Financial position\n")
    t24 = sum(x[2] for x in INCOME)
    t25 = sum(x[3] for x in INCOME)
    w(f"4.1 The pooled fund for 2025/26 is \u00a3{t25 / 1000:.3f}m, an increase of {pct(100 * (t25 / t24 - 1))} on "
      f"2024/25 (Table 1). The NHS minimum contribution rose by {pct(100 * (52380 / 49920 - 1))}, in line with the "
      "national uplift.\n")
    w("**Table 1: BCF pooled fund income, 2024/25 and 2025/26**\n")
    rows = [["", "", "\u00a3000", "\u00a3000", "%"]]
    for s, c, a, b in INCOME:
        rows.append([s, c, n(a), n(b), pct(100 * (b / a - 1))])
    rows.append(["**Total pooled fund**", "", f"**{n(t24)}**", f"**{n(t25)}**", f"**{pct(100 * (t25 / t24 - 1))}**"])
    w(table(["Funding stream", "Contributor", "2024/25", "2025/26", "Change"], rows,
            ["---", "---", "---:", "---:", "---:"]))
    w("")

    # Table 2 expenditure
    w("4.2 Forecast expenditure is shown in Table 2. The overspend is driven by demand for Discharge to Assess "
      "beds (\u00a3640,000 over plan) and Home First reablement (\u00a3525,000), partly offset by slippage on the "
      "Brackenholt step-down flats, which opened in October 2025 rather than April.\n")
    w("**Table 2: BCF expenditure by scheme category, 2025/26**\n")
    rows = [["", "\u00a3000", "\u00a3000", "\u00a3000", "\u00a3000"]]
    T = [0, 0, 0]
    for g, items in SPEND:
        rows.append([f"**{g}**", "", "", "", ""])
        G = [0, 0, 0]
        for c, p, f, s in items:
            rows.append([c, n(p), n(f), num(f - p), n(s)])
            G = [G[0] + p, G[1] + f, G[2] + s]
        rows.append([f"*Subtotal {g.lower()}*", f"*{n(G[0])}*", f"*{n(G[1])}*", f"*{num(G[1] - G[0])}*",
                     f"*{n(G[2])}*"])
        T = [T[0] + G[0], T[1] + G[1], T[2] + G[2]]
    assert T[0] == t25 and T[1] - T[0] == 825, T
    rows.append(["**Total expenditure**", f"**{n(T[0])}**", f"**{n(T[1])}**", f"**{num(T[1] - T[0])}**",
                 f"**{n(T[2])}**"])
    w(table(["Scheme category", "Plan", "Forecast", "Variance", "Spend to 30 Sep"], rows))
    w("\nBracketed variances are underspends; \u2013 means on plan.\n")

    # Table 3 metrics
    w("## 5. National BCF metrics\n")
    w("5.1 Three of the four national metrics are on track (Table 3). Emergency admissions of people aged 65 and "
      "over rose in Quarter 2, reflecting an early rise in respiratory illness in September.\n")
    w("**Table 3: BCF national metrics, 2025/26**\n")
    rows = [[a, u, b, c, d, e, f] for a, u, b, c, d, e, f in METRICS]
    w(table(["Metric", "Unit", "2024/25 outturn", "2025/26 plan", "Q1 actual", "Q2 actual", "On track?"], rows,
            ["---", "---", "---:", "---:", "---:", "---:", ":---:"]))
    w("\nFor emergency admissions and long-term admissions, lower is better.\n")

    # Table 4 discharge
    w("## 6. Hospital discharge\n")
    w("6.1 Table 4 shows discharges from Lowmere General Hospital by pathway. The number of patients with No Criteria "
      "to Reside (NCTR) fell from a daily average of 96 in April to 79 in August before rising to 84 in "
      "September.\n")
    w("**Table 4: Discharges from Lowmere General Hospital by pathway, April to September 2025**\n")
    rows = []
    S = [0, 0, 0, 0, 0]
    for m, p0, p1, p2, p3, nctr, d in MONTHS:
        tot = p0 + p1 + p2 + p3
        rows.append([m, n(tot), n(p0), n(p1), n(p2), n(p3), n(nctr), f"{d:.1f}"])
        S = [S[0] + tot, S[1] + p0, S[2] + p1, S[3] + p2, S[4] + p3]
    rows.append(["**Total**"] + [f"**{n(x)}**" for x in S] + [DASH, DASH])
    k = len(MONTHS)
    rows.append(["**Mean**"] + [f"**{n(x / k)}**" for x in S] +
                [f"**{n(sum(x[5] for x in MONTHS) / k)}**", f"**{sum(x[6] for x in MONTHS) / k:.1f}**"])
    w(table(["Month", "All discharges", "Pathway 0", "Pathway 1", "Pathway 2", "Pathway 3",
             "NCTR patients (daily average)", "Average delay (days)"], rows))
    w("\nSource: Lowmere General Hospital discharge sitrep. Fenwick Cross Community Hospital discharges are reported "
      "to the ICB separately and are not included.\n")

    # Table 5 schemes
    w("## 7. Scheme delivery\n")
    w("7.1 Table 5 summarises performance of the main schemes against their key performance indicator (KPI). Two "
      "schemes are rated red. The Carers' Support Service has lost three of its eight assessors, and the Trusted "
      "Assessor Scheme is not being used consistently by care homes in Fenwick Cross.\n")
    w("**Table 5: BCF scheme performance, Quarter 2 2025/26**\n")
    rows = [list(s) for s in SCHEMES]
    w(table(["Ref", "Scheme", "Lead organisation", "KPI", "Q2 target", "Q2 actual", "RAG", "Trend"], rows,
            ["---", "---", "---", "---", "---:", "---:", ":---:", "---"]))
    w("\nn/a: the Brackenholt step-down flats opened on 6 October 2025, so there is no Quarter 2 data.\n")

    # Table 6 localities
    w("## 8. Discharge Fund by locality\n")
    w("8.1 The Discharge Fund is allocated to the four localities on the basis of the number of discharges of "
      "local residents. Spend is slightly behind profile in all localities, mainly because of recruitment delays "
      "in home care.\n")
    w("**Table 6: Discharge Fund allocation and spend by locality, April to September 2025**\n")
    rows = [["", "\u00a3000", "\u00a3000", "\u00a3000", "\u00a3000", "%"]]
    A = [0, 0, 0]
    for loc, al, q1, q2 in LOCALITY:
        rows.append([loc, n(al), n(q1), n(q2), n(q1 + q2), pct(100 * (q1 + q2) / al)])
        A = [A[0] + al, A[1] + q1, A[2] + q2]
    assert A[0] == 4960 + 3870
    rows.append(["**Total**", f"**{n(A[0])}**", f"**{n(A[1])}**", f"**{n(A[2])}**", f"**{n(A[1] + A[2])}**",
                 f"**{pct(100 * (A[1] + A[2]) / A[0])}**"])
    w(table(["Locality", "Allocation 2025/26", "Q1 spend", "Q2 spend", "Spend to date", "% of allocation spent"],
            rows))
    w("")

    w("## 9. Risks and issues\n")
    for r in [
        "**Winter demand** \u2013 a rise in NCTR patients over winter could increase spend on D2A beds beyond the "
        "current forecast.",
        "**Workforce** \u2013 home care vacancies in Kestleby and Brackenholt remain above 12%.",
        "**Funding certainty** \u2013 the 2026/27 BCF policy framework has not yet been published, so plans assume "
        "a 3% uplift.",
        "**Data quality** \u2013 Pathway coding at Lowmere General Hospital is still being validated.",
    ]:
        w(f"- {r}")
    w("")
    w("## 10. Next steps\n")
    w("10.1 The Quarter 3 return is due on 23 January 2026. A review of all BCF schemes, to inform the 2026/27 "
      "plan, will report to the Board on 12 March 2026.\n")
    w("---\n")
    w("*Background papers: Ashcombe BCF Plan 2025/26 (approved by the Board on 10 April 2025); Section 75 agreement "
      "2025/26. Contact: BCF Programme Manager, Ms Tamsin Oyelaran-Vickery.*\n")

    path = os.path.join(OUT, MD_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
    print("wrote", path)


if __name__ == "__main__":
    build()
