"""Paper 4 (Markdown): Castermere SEND Improvement Plan – progress update, Quarter 2 2025-26."""
import os
from common import OUT, num, pct, rnd

FILE = os.path.join(OUT, "t32_send_improvement_plan_update.md")

# month: requests for EHC needs assessment, assessments agreed, new plans issued, issued within 20 weeks
EHC = [("April 2025", 142, 109, 96, 38), ("May 2025", 151, 118, 104, 47), ("June 2025", 138, 104, 112, 58),
       ("July 2025", 163, 127, 121, 67), ("August 2025", 97, 71, 88, 52), ("September 2025", 171, 130, 117, 71)]
EHC_TOT = [sum(r[i] for r in EHC) for i in range(1, 5)]
PREV_PCT = 31.8  # Apr-Sep 2024

PERIODS = ["2022-23", "2023-24", "2024-25", "2025-26 (Apr–Sep)"]
REGISTERED = (88, 121, 164, 97)
WITHDRAWN = (14, 19, 23, 11)
CONCEDED = (21, 33, 49, 30)
FAVOUR = (27, 40, 59, 32)
UPHELD = (4, 4, 3, 3)
DECIDED = tuple(a + b for a, b in zip(FAVOUR, UPHELD))
CONCLUDED = tuple(a + b + c for a, b, c in zip(WITHDRAWN, CONCEDED, DECIDED))

PLACEMENTS = [
    ("Mainstream", [("Mainstream early years and primary", 1412, 1586, 1701),
                    ("Mainstream secondary", 1018, 1122, 1198),
                    ("Resourced provision and SEN units", 214, 231, 262)]),
    ("State-funded specialist", [("Maintained special schools and special academies", 1276, 1342, 1389),
                                 ("Alternative provision and pupil referral units", 88, 97, 104)]),
    ("Independent and non-maintained", [("Independent special schools", 342, 398, 421),
                                        ("Non-maintained special schools", 46, 51, 49)]),
    ("Post-16", [("Further education and sixth-form colleges", 812, 879, 934),
                 ("Specialist post-16 institutions", 131, 148, 156),
                 ("Apprenticeships and supported internships", 38, 52, 67)]),
    ("Other", [("Elective home education", 61, 74, 83),
               ("Awaiting placement or not in education", 44, 58, 39)]),
]
P_SUB = {g: [sum(r[i] for r in rows) for i in (1, 2, 3)] for g, rows in PLACEMENTS}
P_TOT = [sum(P_SUB[g][i] for g in P_SUB) for i in range(3)]

ACTIONS = [
    ("1.1", "Recruit six additional EHC coordinators", "Head of SEND Assessment", "Sep 2025", "Complete",
     "All six posts filled; caseloads down from 182 to 146 per coordinator"),
    ("1.2", "Weekly multi-agency EHC panel with fixed deadlines for health and social care advice",
     "Designated Clinical Officer", "Dec 2025", "Green", "Panel running since July; 78% of health advice on time"),
    ("1.3", "Reduce needs assessments open beyond 20 weeks to fewer than 50", "Head of SEND Assessment",
     "Mar 2026", "Amber", "112 open beyond 20 weeks at 30 September (186 in April)"),
    ("2.1", "Graduated approach toolkit and SENCo training programme", "Head of Inclusion", "Jan 2026", "Green",
     "Toolkit published in June; 74 SENCos trained"),
    ("2.2", "Open three resourced provisions (90 places) in Drennington, Ellsmoor and Saltreach",
     "Head of SEND Sufficiency", "Sep 2026", "Amber", "Two sites agreed; Saltreach site still under review"),
    ("3.1", "Open the 120-place Harbourside special free school in Holmcaster", "Head of SEND Sufficiency",
     "Sep 2027", "Red", "Planning permission delayed; opening likely to slip to January 2028"),
    ("3.2", "Complete 85% of annual reviews within 12 months", "Head of SEND Assessment", "Mar 2026", "Red",
     "61% completed on time in Quarter 2"),
    ("4.1", "Co-produce a Preparing for Adulthood pathway with parent carers", "Head of Transitions",
     "Feb 2026", "Green", "Four workshops held with the Parent Carer Forum"),
    ("5.1", "Deliver the DBV high needs savings programme", "Assistant Director, Education Finance", "Mar 2026",
     "Amber", "£2.9m of £4.5m target identified"),
]

L = []


def w(s=""):
    L.append(s)


def table(header, rows, align=None):
    w("| " + " | ".join(header) + " |")
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    w("| " + " | ".join(align) + " |")
    for r in rows:
        w("| " + " | ".join(r) + " |")
    w()


w("# Castermere Local Area SEND Partnership Board")
w()
w("**Meeting date:** 9 December 2025  ")
w("**Agenda item:** 5  ")
w("**Report of:** Director of Children and Family Services, Castermere County Council, and Chief Nursing Officer, "
  "NHS Castermere Integrated Care Board  ")
w("**Status:** For information and assurance")
w()
w("## SEND Improvement Plan: progress update, Quarter 2 2025-26")
w()
w("### 1. Purpose")
w()
w("1.1 This report updates the Partnership Board on progress against the Castermere Special Educational Needs and "
  "Disabilities (SEND) Improvement Plan for July to September 2025, with some data for the first half of the "
  "financial year. It covers the timeliness of Education, Health and Care (EHC) plans, appeals to the First-tier "
  "Tribunal, where children and young people with EHC plans are educated, and progress on the actions in the plan.")
w()
w("1.2 The Board is asked to note progress, to note the actions rated Red in section 6, and to agree the "
  "escalation of the special free school delay to the Department for Education (DfE).")
w()
w("### 2. Background")
w()
w("2.1 The joint Ofsted and Care Quality Commission (CQC) area SEND inspection in March 2024 found widespread and "
  "systemic failings in the local area partnership. The SEND Improvement Plan was agreed in July 2024 and is "
  "monitored by the DfE and NHS England every six months.")
w()
w("2.2 The five priorities of the SEND Improvement Plan are as follows:")
w()
for it in ["**Priority 1:** Timely, good-quality EHC needs assessments and plans",
           "**Priority 2:** Meeting more needs in mainstream schools through the graduated approach",
           "**Priority 3:** Enough specialist places close to home",
           "**Priority 4:** Preparing young people for adulthood",
           "**Priority 5:** A sustainable high needs budget"]:
    w(f"- {it}")
w()
w("2.3 The Council is taking part in the Delivering Better Value (DBV) programme, which supports councils with "
  "high needs deficits to identify changes that improve outcomes and reduce cost pressures. The Dedicated Schools "
  "Grant (DSG) high needs block for 2025-26 is £112.4m.")
w()

# ---------------- section 3
w("### 3. Timeliness of EHC plans")
w()
pct_all = EHC_TOT[3] / EHC_TOT[2] * 100
w(f"3.1 The statutory timescale for issuing a final EHC plan is 20 weeks from the request for an EHC needs "
  f"assessment. Between April and September 2025, {num(EHC_TOT[2])} new plans were issued, of which "
  f"{num(EHC_TOT[3])} ({pct(pct_all)}) were issued within 20 weeks. This compares with {PREV_PCT:.1f}% in the same "
  "period of 2024. The improvement plan target is 60% by March 2026.")
w()
w("**Table 1: EHC needs assessment requests and new EHC plans issued, by month**")
w()
rows = []
for m, req, agr, iss, w20 in EHC:
    rows.append([m, str(req), str(agr), str(iss), str(w20), pct(w20 / iss * 100)])
rows.append(["**Total April to September 2025**", f"**{EHC_TOT[0]}**", f"**{EHC_TOT[1]}**", f"**{EHC_TOT[2]}**",
             f"**{EHC_TOT[3]}**", f"**{pct(pct_all)}**"])
table(["Month", "Requests for assessment", "Assessments agreed", "New EHC plans issued", "Issued within 20 weeks",
       "% within 20 weeks"], rows)
best = max(EHC, key=lambda r: r[4] / r[3])
w(f"3.2 Performance has improved each month since April, reaching {pct(best[4] / best[3] * 100)} in "
  f"{best[0]}. The number of requests has remained high: {num(EHC_TOT[0])} requests were received in six months, and "
  f"{pct(EHC_TOT[1] / EHC_TOT[0] * 100)} of requests led to an assessment.")
w()
w("3.3 The main reasons for delay were late educational psychology advice, late health advice from the community "
  "paediatric service and a shortage of suitable school places to name in section I of the plan. The "
  "Educational Psychology Service has used locum psychologists since July to clear a backlog of 64 pieces of "
  "advice.")
w()

# ---------------- section 4
w("### 4. Tribunal appeals")
w()
w("4.1 Parents and young people can appeal to the First-tier Tribunal (Special Educational Needs and Disability) "
  "against decisions about EHC needs assessments and the content of EHC plans. Table 2 shows appeals registered "
  "and how concluded appeals were resolved.")
w()
w("**Table 2: SEND Tribunal appeals and outcomes**")
w()
rows = [["Appeals registered"] + [str(x) for x in REGISTERED],
        ["*Concluded appeals:*", "", "", "", ""],
        ["Withdrawn by the appellant"] + [str(x) for x in WITHDRAWN],
        ["Conceded by the local authority before hearing"] + [str(x) for x in CONCEDED],
        ["Decided at hearing – in favour of appellant (wholly or partly)"] + [str(x) for x in FAVOUR],
        ["Decided at hearing – local authority decision upheld"] + [str(x) for x in UPHELD],
        ["**Total concluded**"] + [f"**{x}**" for x in CONCLUDED],
        ["% of hearings decided in favour of appellant"] + [pct(a / b * 100) for a, b in zip(FAVOUR, DECIDED)]]
table(["Outcome"] + PERIODS, rows)
fav_pct = [a / b * 100 for a, b in zip(FAVOUR, DECIDED)]
w(f"4.2 Appeals registered rose from {REGISTERED[1]} in 2023-24 to {REGISTERED[2]} in 2024-25, and "
  f"{REGISTERED[3]} appeals were registered in the first half of 2025-26. Where appeals reached a hearing, the "
  f"Tribunal found in favour of the appellant in {pct(fav_pct[3])} of cases in 2025-26 to date. Most appeals "
  "(71%) concern the school or setting named in section I of the plan.")
w()
w("4.3 The rise in the number of appeals conceded before hearing reflects a new approach, under which every appeal "
  "is reviewed by a senior manager within 10 working days of registration. Mediation is offered in all cases "
  "before an appeal is lodged.")
w()

# ---------------- section 5
w("### 5. Placements")
w()
w(f"5.1 At the end of September 2025, {num(P_TOT[2])} children and young people aged 0 to 25 had an EHC plan "
  f"maintained by Castermere County Council, an increase of {num(P_TOT[2] - P_TOT[1])} since January 2025. Table 3 "
  "shows where they are educated.")
w()
w("**Table 3: Children and young people with EHC plans, by type of placement**")
w()
rows = []
for g, items in PLACEMENTS:
    rows.append([f"*{g}*", "", "", "", ""])
    for name, a, b, c in items:
        rows.append([name, num(a), num(b), num(c), pct(c / P_TOT[2] * 100)])
    s = P_SUB[g]
    rows.append([f"Subtotal {g.lower()}", num(s[0]), num(s[1]), num(s[2]), pct(s[2] / P_TOT[2] * 100)])
rows.append(["**Total with an EHC plan**", f"**{num(P_TOT[0])}**", f"**{num(P_TOT[1])}**", f"**{num(P_TOT[2])}**",
             "**100.0%**"])
table(["Placement type", "January 2024", "January 2025", "September 2025", "% of total, September 2025"], rows)
ind = P_SUB["Independent and non-maintained"]
w(f"5.2 The number of children in independent and non-maintained special schools has risen from {ind[0]} in "
  f"January 2024 to {ind[2]} in September 2025. These placements cost on average £61,300 a year, compared with "
  "£24,800 for a place in a maintained special school, and are the main driver of the high needs overspend.")
w()
w("5.3 Fewer children are now awaiting a placement or out of education than in January 2025. Each case is tracked "
  "weekly by the Children Missing Education team.")
w()

# ---------------- section 6
w("### 6. Progress on the improvement plan actions")
w()
w("6.1 Table 4 shows the position for each action due to be delivered by September 2027. Actions are rated "
  "Complete, Green (on track), Amber (at risk of delay) or Red (off track).")
w()
w("**Table 4: SEND Improvement Plan actions**")
w()
table(["Ref", "Action", "Lead", "Due", "Status", "Progress"],
      [list(a) for a in ACTIONS], align=["---", "---", "---", "---", "---", "---"])
reds = [a for a in ACTIONS if a[4] == "Red"]
w(f"6.2 {['No', 'One', 'Two', 'Three'][len(reds)]} actions are rated Red. The delay to the Harbourside special free school is outside the local "
  "area's direct control and the Board is asked to agree that it is escalated to the DfE regional director. "
  "Annual reviews remain a concern: only 61% were completed within 12 months in Quarter 2.")
w()
w("6.3 Other progress in the quarter included:")
w()
for it in ["the Local Offer website was relaunched in July and had 48,210 visits in Quarter 2;",
           "the Designated Clinical Officer (DCO) now attends every EHC panel;",
           "the average wait for a speech and language therapy assessment fell from 41 to 33 weeks; and",
           "Castermere Parent Carer Forum ran a survey of 612 families, with 38% saying they were satisfied "
           "with the EHC process (up from 24% in 2024)."]:
    w(f"- {it}")
w()

# ---------------- section 7
w("### 7. Finance")
w()
w("7.1 The high needs block is forecast to overspend by £9.7m in 2025-26. The cumulative DSG deficit is forecast "
  "to reach £38.6m by 31 March 2026. The statutory override, which keeps DSG deficits off council balance sheets, "
  "has been extended to March 2028.")
w()
w("7.2 The DBV programme has so far identified £2.9m of the £4.5m of savings needed in 2025-26, mainly through "
  "more resourced provision places and a reduction in new independent placements.")
w()

# ---------------- section 8
w("### 8. Risks")
w()
w("8.1 The key risks to delivery of the plan include:")
w()
for it in ["continued growth in requests for EHC needs assessments, above the level assumed in the plan;",
           "recruitment and retention of educational psychologists;",
           "delays to new specialist capacity, including the Harbourside special free school; and",
           "the size of the DSG deficit when the statutory override ends."]:
    w(f"- {it}")
w()

w("### 9. Recommendations")
w()
w("9.1 The Partnership Board is recommended to:")
w()
w("- note the progress made on the SEND Improvement Plan in Quarter 2 2025-26;")
w("- note the two actions rated Red and the mitigations described; and")
w("- agree to escalate the delay to the Harbourside special free school to the DfE.")
w()
w("### Glossary")
w()
table(["Term", "Meaning"], [
    ["DBV", "Delivering Better Value in SEND – DfE programme for councils with high needs deficits"],
    ["DCO", "Designated Clinical Officer – health lead for SEND in the ICB"],
    ["DSG", "Dedicated Schools Grant"],
    ["EHC plan", "Education, Health and Care plan – a legal document describing a child's needs and support"],
    ["SENCo", "Special Educational Needs Coordinator – the teacher responsible for SEND in a school"],
], align=["---", "---"])
w("*Contact: Rebecca Thane, Assistant Director – SEND and Inclusion, rebecca.thane@castermere.gov.example*")

open(FILE, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("wrote", FILE)
print(EHC_TOT, pct_all, DECIDED, CONCLUDED, [round(x, 1) for x in fav_pct], P_SUB, P_TOT, len(reds))
