"""Paper 4: carers strategy progress update (Markdown)."""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import fmt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial28/t28_carers_strategy_update.md"

REG = [  # district, 2024, 2025, census
    ("Ashgrove Fold", 1184, 1312, 5940),
    ("Kestlow", 1402, 1577, 7215),
    ("Marrowgate", 1856, 2141, 9480),
    ("Pennock Bridge", 698, 731, 4610),
    ("Tullerby", 911, 1003, 5390),
    ("Out of area / not known", 87, 64, None),
]
r24 = sum(r[1] for r in REG)
r25 = sum(r[2] for r in REG)
cen = sum(r[3] or 0 for r in REG)

Q = ["Q1", "Q2", "Q3", "Q4"]
ASSESS = {
    "done": [412, 438, 396, 451, 467, 489],
    "joint": [158, 171, 149, 166, 172, 181],
    "young": [46, 39, 52, 48, 55, 41],
    "reviews": [288, 301, 274, 315, 322, 340],
    "wait": [34, 31, 36, 29, 27, 24],
    "plan": [61, 63, 60, 64, 66, 68],
}
yr = {k: sum(v[:4]) for k, v in ASSESS.items() if k in ("done", "joint", "young", "reviews")}
yr_wait = round(sum(a * b for a, b in zip(ASSESS["done"][:4], ASSESS["wait"][:4])) / yr["done"])
yr_plan = round(sum(a * b for a, b in zip(ASSESS["done"][:4], ASSESS["plan"][:4])) / yr["done"])

BREAKS = [
    ("Commissioned services", [
        ("Kestlow Crossroads Care", "Replacement care at home", 420, 198, 405, 236),
        ("Brightlea Respite House", "Overnight residential respite", 610, 322, 655, 88),
        ("Ashgrove Fold Day Opportunities", "Day respite", 285, 139, 280, 121),
        ("Marrowgate Young Carers Project", "Young carers' activities and breaks", 140, 61, 135, 174),
    ]),
    ("Grants and direct payments", [
        ("Westmarrow Carers Centre", "One-off carer's personal budget (up to \u00a3500)", 350, 212, 390, 603),
        ("Council carers' direct payments", "Ongoing direct payments for breaks", 465, 226, 452, 145),
        ("Pennock Breaks Hub", "Short break vouchers", 95, 38, 80, 210),
    ]),
]
b_tot = [sum(r[k] for _, rr in BREAKS for r in rr) for k in (2, 3, 4, 5)]

SURVEY = [
    ("Carers extremely or very satisfied with social services support (%)", "41.2", "36.8", "38.5", "43.9", "Improving"),
    ("Carers who have as much social contact as they would like (%)", "29.4", "21.7", "25.1", "27.8", "Improving"),
    ("Carers who found it easy to find information and advice (%)", "58.3", "54.0", "57.2", "61.5", "Improving"),
    ("Carers who feel involved or consulted about the person they care for (%)", "69.1", "66.4", "68.0", "67.2", "No change"),
    ("Carers who had a break from caring in the last 12 months (%)", "n/a", "31.5", "34.9", "39.6", "Improving"),
    ("Carer-reported quality of life score (out of 12)", "7.6", "7.1", "7.3", "7.5", "Improving"),
    ("Number of respondents", "612", "548", "701", "744", "\u2013"),
    ("Response rate (%)", "38", "33", "37", "39", "\u2013"),
]

YOUNG = [("5 to 10", 71, 86), ("11 to 15", 196, 214), ("16 to 17", 85, 97)]
y24 = sum(r[1] for r in YOUNG)
y25 = sum(r[2] for r in YOUNG)

ACTIONS = [
    ("A1", "Launch a carer identification toolkit for GP practices", "1", "ICB primary care carers lead", "Jun 2025", "Complete", "Green"),
    ("A2", "Appoint a carers' champion in every GP practice (38 practices)", "1", "ICB primary care carers lead", "Mar 2026", "On track \u2013 29 of 38 in place", "Green"),
    ("A3", "Reduce the average wait for a carers' assessment to 28 days or less", "2", "Head of Adult Social Care Operations", "Sep 2025", "Complete", "Green"),
    ("A4", "Introduce an online carers' self-assessment", "2", "Digital Services Manager", "Dec 2025", "Delayed", "Amber"),
    ("A5", "Recommission carers' breaks services under a single framework", "3", "Commissioning Manager, Adult Social Care", "Apr 2026", "On track", "Green"),
    ("A6", "Increase overnight respite beds at Brightlea Respite House from 6 to 8", "3", "Commissioning Manager, Adult Social Care", "Oct 2025", "Delayed", "Red"),
    ("A7", "Adopt a carers' employment passport in all partner organisations", "4", "Partner HR leads", "Mar 2026", "At risk", "Amber"),
    ("A8", "Young carers in schools award achieved by all 14 secondary schools", "5", "Education Inclusion Service", "Jul 2026", "On track \u2013 9 of 14 achieved", "Green"),
    ("A9", "Offer a transition assessment to every young carer aged 17", "5", "Head of Children's Early Help", "Mar 2025", "Delayed", "Red"),
    ("A10", "Publish carers' survey results and a 'you said, we did' response", "2", "Carers Strategy Lead", "Dec 2025", "Not started", "Amber"),
]

DASH = "\u2013"
L = []
w = L.append
w("# Westmarrow Vale Carers Strategy 2023-2028: Year Two Progress Update\n")
w("**Westmarrow Vale Health and Wellbeing Board \u2013 15 October 2025**\n")
w("| | |\n|---|---|\n| **Report date** | 30 September 2025 |\n| **Report author** | Carers Strategy Lead, Adult Social Care Commissioning, Westmarrow Vale Council |\n"
  "| **Sponsor** | Director of Adult Social Care |\n| **Status** | Public \u2013 for information and comment |\n")

w("## 1. Purpose\n")
w("1.1 This report updates the Health and Wellbeing Board on progress in the second year of the Westmarrow Vale "
  "Carers Strategy 2023-2028, *Caring Together*. It covers the number of carers identified and registered, carers' "
  "assessments, funding for carers' breaks, the results of the 2025 carers survey and progress with the strategy "
  "action plan.\n")

w("## 2. Recommendations\n")
w("2.1 The Health and Wellbeing Board is asked to:\n")
for it in ["note the progress made in the second year of the strategy, in particular the reduction in waiting times for carers' assessments;",
           "note the projected overspend of \u00a345,000 on overnight respite at Brightlea Respite House and the action to manage it;",
           "support the proposal that every partner organisation signs up to the carers' employment passport by March 2026;",
           "ask Children's Services to report to the January 2026 meeting on the delay to transition assessments for young carers."]:
    w(f"- {it}")
w("")

w("## 3. Background\n")
w("3.1 A carer is anyone who looks after a family member, partner or friend who could not cope without their "
  "support because of illness, disability, a mental health problem or an addiction, and who is not paid to do so. "
  "A young carer is a carer aged under 18. The 2021 Census recorded "
  f"{cen:,} unpaid carers aged 5 and over living in Westmarrow Vale.\n")
w("3.2 The strategy was co-produced with carers and has five priorities:\n")
for i, it in enumerate(["Identifying and recognising carers", "Information, advice and assessment", "Breaks from caring",
                        "Supporting working carers", "Young and young adult carers"], start=1):
    w(f"{i}. {it}")
w("")
w("3.3 Under the Care Act 2014 the Council must offer a carer's assessment to any carer who appears to need "
  "support. A joint assessment is one carried out together with the assessment of the person being cared for. "
  "Carers' services in Westmarrow Vale are delivered mainly through the Westmarrow Carers Centre, a voluntary "
  "sector organisation commissioned by the Council and the Integrated Care Board.\n")

w("## 4. Identifying and registering carers\n")
w(f"4.1 The number of carers registered with the Westmarrow Carers Centre rose by {r25 - r24:,} over the year, from "
  f"{r24:,} at 31 March 2024 to {r25:,} at 31 March 2025. This means about one in five of the carers counted in the "
  "2021 Census are now known to the Carers Centre. Table 1 shows the position in each district.\n")
w("**Table 1: Carers registered with the Westmarrow Carers Centre by district**\n")
w("| District | Registered at 31 Mar 2024 | Registered at 31 Mar 2025 | Change | Unpaid carers (Census 2021) | % of Census carers registered (2025) |")
w("|---|---:|---:|---:|---:|---:|")
for d, a, b, c in REG:
    cc = DASH if c is None else f"{c:,}"
    pc = DASH if c is None else f"{b / c * 100:.1f}"
    w(f"| {d} | {a:,} | {b:,} | {fmt(b - a, 0)} | {cc} | {pc} |")
w(f"| **Total** | **{r24:,}** | **{r25:,}** | **{r25 - r24:,}** | **{cen:,}** | **{r25 / cen * 100:.1f}** |")
w("")
w("4.2 Pennock Bridge has the lowest proportion of carers registered. It is the most rural district and has no "
  "Carers Centre outreach base. A monthly pop-up advice session started at Pennock Bridge library in May 2025.\n")

w("## 5. Carers' assessments\n")
w("5.1 Table 2 shows carers' assessments and reviews completed in each quarter of 2024-25 and the first two "
  "quarters of 2025-26. The average wait for an assessment has fallen from 34 days in the first quarter of 2024-25 "
  "to 24 days in the second quarter of 2025-26, meeting the strategy target of 28 days or less for the last two "
  "quarters.\n")
w("**Table 2: Carers' assessments and reviews by quarter**\n")
w("| Measure | 2024-25 Q1 | 2024-25 Q2 | 2024-25 Q3 | 2024-25 Q4 | 2024-25 full year | 2025-26 Q1 | 2025-26 Q2 |")
w("|---|---:|---:|---:|---:|---:|---:|---:|")
w("| *Period* | *Apr\u2013Jun 2024* | *Jul\u2013Sep 2024* | *Oct\u2013Dec 2024* | *Jan\u2013Mar 2025* | *Apr 2024\u2013Mar 2025* | *Apr\u2013Jun 2025* | *Jul\u2013Sep 2025* |")


def qrow(label, vals, yv):
    return f"| {label} | " + " | ".join(f"{v:,}" for v in vals[:4]) + f" | {yv} | " + " | ".join(f"{v:,}" for v in vals[4:]) + " |"


w(qrow("Carers' assessments completed", ASSESS["done"], f"{yr['done']:,}"))
w(qrow("&nbsp;&nbsp;of which: joint assessments", ASSESS["joint"], f"{yr['joint']:,}"))
w(qrow("Young carers' assessments completed", ASSESS["young"], f"{yr['young']:,}"))
w(qrow("Carers' reviews completed", ASSESS["reviews"], f"{yr['reviews']:,}"))
w(qrow("Average wait from referral to assessment (days)", ASSESS["wait"], f"{yr_wait}"))
w(qrow("Assessments leading to a support plan (%)", ASSESS["plan"], f"{yr_plan}"))
w("")
w("*Full-year figures for the average wait and the support plan percentage are weighted by the number of "
  "assessments in each quarter. Young carers' assessments are carried out by Children's Services and are not "
  "included in the carers' assessments row.*\n")
w("5.2 The improvement in waiting times follows the move of carers' assessments from the Council's locality "
  "teams to the Carers Centre in September 2024, under a trusted assessor arrangement. Points to note:\n")
for it in ["the number of carers' assessments completed in 2025-26 Q2 (489) is the highest since the strategy began;",
           "just over a third of assessments are joint assessments with the person being cared for;",
           "more than two-thirds of assessments (68%) now lead to a carer's support plan."]:
    w(f"- {it}")
w("")

w("## 6. Carers' breaks\n")
w(f"6.1 The Council and the ICB have allocated \u00a3{b_tot[0]:,}k to carers' breaks in 2025-26 through the Better "
  "Care Fund. Table 3 shows the allocation to each provider, spend to the end of September and the forecast outturn.\n")
w("**Table 3: Carers' breaks funding by provider, 2025-26 (\u00a3000)**\n")
w("| Provider | Type of break | Allocation 2025-26 | Spend to 30 Sep 2025 | Forecast outturn | Variance | Carers supported Apr\u2013Sep 2025 |")
w("|---|---|---:|---:|---:|---:|---:|")
for grp, rows in BREAKS:
    w(f"| ***{grp}*** | | | | | | |")
    s = [0, 0, 0, 0]
    for prov, typ, al, sp, fo, cs in rows:
        w(f"| {prov} | {typ} | {al:,} | {sp:,} | {fo:,} | {fmt(fo - al, 0)} | {cs:,} |")
        s = [s[0] + al, s[1] + sp, s[2] + fo, s[3] + cs]
    w(f"| *Subtotal {grp.lower()}* | | *{s[0]:,}* | *{s[1]:,}* | *{s[2]:,}* | *{fmt(s[2] - s[0], 0)}* | *{s[3]:,}* |")
w(f"| **Total carers' breaks** | | **{b_tot[0]:,}** | **{b_tot[1]:,}** | **{b_tot[2]:,}** | **{fmt(b_tot[2] - b_tot[0], 0)}** | **{b_tot[3]:,}** |")
w("")
w("*Variance is forecast outturn less allocation. Figures in brackets are forecast underspends. Carers supported "
  "counts each carer once per provider; a carer using two services is counted twice in the total.*\n")
w("6.2 The forecast overspend at Brightlea Respite House is caused by higher use of emergency overnight respite "
  "when carers were admitted to hospital. The overspend on one-off carers' personal budgets reflects the higher "
  "number of carers' assessments. Both will be met from underspends elsewhere in the carers' budget and from the "
  "Better Care Fund contingency.\n")
w("6.3 Pennock Breaks Hub is forecasting an underspend of \u00a315k because take-up of short break vouchers has been "
  "lower than expected. The Council is also considering a carers' emergency card scheme; its costs will be set out "
  "in a future report.\n")

w("## 7. What carers tell us\n")
w("7.1 The Westmarrow Carers Survey is carried out every two years with a random sample of carers "
  "known to the Council and the Carers Centre. Table 4 compares the 2025 results with previous surveys. The 2025 "
  "survey closed in June 2025 and the results below are final.\n")
w("**Table 4: Westmarrow Carers Survey results, 2019 to 2025**\n")
w("| Measure | 2019 | 2021 | 2023 | 2025 | Trend since 2023 |")
w("|---|---:|---:|---:|---:|---|")
for r in SURVEY:
    w("| " + " | ".join(r) + " |")
w("")
w("*n/a: question first asked in 2021. The 2021 survey was carried out during the COVID-19 pandemic and results "
  "may not be comparable with other years.*\n")
w("7.2 Satisfaction with support has recovered to its highest level since the survey began, at 43.9%. Carers' "
  "comments highlighted three themes:\n")
for it in ["difficulty finding replacement care at short notice, especially in Tullerby and Pennock Bridge;",
           "the value of the Carers Centre helpline and peer support groups;",
           "the need for better communication from hospitals when the person they care for is discharged."]:
    w(f"- {it}")
w("")

w("## 8. Young carers\n")
w(f"8.1 The number of young carers known to Children's Services and the Marrowgate Young Carers Project rose from "
  f"{y24} at 31 March 2024 to {y25} at 31 March 2025. Most young carers known to services are of secondary school "
  "age. Table 5 shows the age breakdown.\n")
w("**Table 5: Young carers known to services by age group**\n")
w("| Age group | 31 Mar 2024 | 31 Mar 2025 | Change |")
w("|---|---:|---:|---:|")
for a, b, c in YOUNG:
    w(f"| {a} | {b} | {c} | {fmt(c - b, 0)} |")
w(f"| **Total** | **{y24}** | **{y25}** | **{y25 - y24}** |")
w("")
w("8.2 Transition assessments for young carers approaching 18 are behind schedule. Of the 41 young carers who "
  "turned 17 in 2024-25, 23 were offered a transition assessment. Children's Services have assigned a dedicated "
  "worker from November 2025.\n")

w("## 9. Action plan progress\n")
w("9.1 The strategy action plan for 2024-2026 contains ten actions. Table 6 shows progress at 30 September 2025. "
  "Priority numbers refer to the five strategy priorities in paragraph 3.2.\n")
w("**Table 6: Carers strategy action plan \u2013 progress at 30 September 2025**\n")
w("| Ref | Action | Priority | Lead | Due | Status | RAG |")
w("|---|---|:-:|---|---|---|---|")
for a in ACTIONS:
    w("| " + " | ".join(a) + " |")
w("")
w("9.2 Overnight respite beds at Brightlea Respite House remain at 6 because the building works needed for the two "
  "additional rooms have been delayed by a planning condition. The online carers' self-assessment has been delayed "
  "while the Council replaces its adult social care case management system.\n")

w("## 10. Risks and next steps\n")
w("10.1 The main risks to delivery of the strategy are:\n")
for it in ["rising demand for replacement care and respite at a time of pressure on the Council's budget;",
           "the ending of the Carers Centre's lottery-funded hospital discharge worker in March 2026;",
           "the replacement of the adult social care case management system delaying digital improvements for carers."]:
    w(f"- {it}")
w("")
w("10.2 Next steps over the coming six months are to complete the recommissioning of carers' breaks services, "
  "publish the 2025 survey results with a 'you said, we did' response, and begin planning the mid-point review "
  "of the strategy, due to report to the Board in October 2026.\n")
w("---\n")
w("*Background papers: Westmarrow Vale Carers Strategy 2023-2028 \"Caring Together\" (Health and Wellbeing Board, "
  "March 2023); Carers Strategy Year One Progress Report (October 2024).*\n")

open(OUT, "w", encoding="utf-8").write("\n".join(L))
json.dump({"r24": r24, "r25": r25, "cen": cen, "yr": yr, "yr_wait": yr_wait, "yr_plan": yr_plan, "b_tot": b_tot,
           "y24": y24, "y25": y25}, open("/tmp/t28_md_data.json", "w"), indent=1)
print("wrote", OUT)
