"""Paper 4: unpaid carers strategy progress update (Markdown)."""
import os
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t34_unpaid_carers_progress.md")

L = []
A = L.append


def table(header, rows, align=None):
    align = align or ["l"] + ["r"] * (len(header) - 1)
    A("| " + " | ".join(header) + " |")
    A("|" + "|".join(":---" if a == "l" else "---:" for a in align) + "|")
    for r in rows:
        A("| " + " | ".join(r) + " |")
    A("")


A("# Orlemere Health and Wellbeing Board")
A("")
A("**Meeting date:** 15 January 2026  ")
A("**Agenda item:** 7  ")
A("**Title:** All-Age Carers Strategy 2024–2029: Progress Update  ")
A("**Report of:** Director of Adult Social Care and Health, Orlemere County Council, and Director of Nursing, "
  "Orlemere Integrated Care Board  ")
A("**Author:** Jo Pennington, Carers Lead, Adult Social Care")
A("")
A("## 1. Purpose")
A("")
A("1.1 This report updates the Health and Wellbeing Board on the second year of the All-Age Carers Strategy "
  "2024–2029, which was agreed jointly by Orlemere County Council and Orlemere Integrated Care Board (ICB) in "
  "February 2024.")
A("")
A("1.2 It covers carers' assessments, short breaks and respite, the results of the 2025 local carers' survey, "
  "and progress against the strategy action plan.")
A("")
A("## 2. Background")
A("")
A(f"2.1 The 2021 Census recorded {fmt(CARERS_CENSUS)} people in Orlemere providing unpaid care to a family "
  "member, friend or neighbour. Many more carers do not recognise themselves as carers, and the true number "
  f"is likely to be higher. The Young Carers Service currently supports {fmt(YOUNG_CARERS)} young carers aged "
  "5 to 17.")
A("")
A("2.2 Most support for adult carers is delivered through the Orlemere Carers Hub, run by the Orlemere Carers "
  "Partnership, a Voluntary, Community and Social Enterprise (VCSE) organisation. The Hub contract is worth "
  f"{HUB_VALUE} a year and runs until March 2027. Support for carers is funded jointly by the Council and the "
  f"ICB through the Better Care Fund (BCF), which contributes {BCF_CARERS} a year in total to carers' services.")
A("")
A("2.3 The strategy has five priorities:")
A("")
for it in ["identifying carers earlier, including in GP practices, hospitals and schools;",
           "giving carers good information and advice when they need it;",
           "making sure carers can take a break from caring;",
           "supporting carers' own health and wellbeing, and their ability to work or study;",
           "involving carers in planning the services used by the person they care for."]:
    A(f"- {it}")
A("")

# ---------------------------------------------------------------- assessments
A("## 3. Carers' assessments")
A("")
A("3.1 Under the Care Act 2014 any carer who appears to have a need for support is entitled to a carer's "
  "assessment. Assessments are completed by the Carers Hub on behalf of the Council. Table 1 shows "
  "assessments completed in each district over the last four quarters, and the rate per 1,000 carers "
  "recorded in the 2021 Census.")
A("")
A("**Table 1: Carers' assessments completed, by district and quarter**")
A("")
rows = []
qt = [0, 0, 0, 0]
for d in DISTRICTS:
    v = CARER_ASSESS[d]
    qt = [a + b for a, b in zip(qt, v)]
    rows.append([d] + [fmt(x) for x in v] + [fmt(sum(v)), f"{1000 * sum(v) / CARER_POP[d]:.1f}"])
rows.append(["**Orlemere total**"] + [f"**{fmt(x)}**" for x in qt] +
            [f"**{fmt(sum(qt))}**", f"**{1000 * sum(qt) / CARER_POP_TOT:.1f}**"])
table(["District"] + CARER_Q + ["Total (last 4 quarters)", "Rate per 1,000 carers"], rows)
A("*Young carers' assessments are carried out by the Young Carers Service and are not included in Table 1.*")
A("")
A("3.2 Assessment numbers rose by "
  f"{100 * (qt[3] - qt[0]) / qt[0]:.0f}% between the third quarter of 2024-25 and the second quarter of "
  "2025-26. Mardle Heath was the only district where assessments fell in the latest quarter. The time "
  "carers wait for an assessment remains too long, and only 64% were completed within 28 days of referral "
  "in 2025-26 Q2.")
A("")

# ---------------------------------------------------------------- breaks
A("## 4. Breaks from caring")
A("")
A("4.1 Carers tell us that being able to take a break is what matters most to them. Table 2 compares the "
  "breaks provided in 2024-25 with the previous year.")
A("")
A("**Table 2: Short breaks and respite for carers, 2023-24 and 2024-25**")
A("")
rows = []
for lab, y1, y2 in BREAKS:
    ch = y2 - y1
    vp = 100 * ch / y1
    rows.append([lab, fmt(y1), fmt(y2), fmt(ch), (f"({abs(vp):.1f}%)" if vp < 0 else f"{vp:.1f}%")])
table(["Type of break", "2023-24", "2024-25", "Change", "Var %"], rows)
A("4.2 Day opportunity sessions fell because two day centres in Pellbridge closed for refurbishment for part "
  "of the year; both have now reopened. The large increase in sitting service hours reflects the new "
  "home-based breaks contract that started in October 2024.")
A("")
A("4.3 Carers' break grants are one-off payments of up to £400 that carers can spend on something that gives "
  "them a break, such as a short holiday, a gym membership or a course.")
A("")

# ---------------------------------------------------------------- survey
A("## 5. What carers told us: 2025 carers' survey")
A("")
A("5.1 The local carers' survey is sent every two years to a sample of carers known to the Council and the "
  "Carers Hub. It uses the same questions as the national Survey of Adult Carers in England (SACE), so the "
  "results can be compared with the England average from the most recent national survey.")
A("")
A("**Table 3: Carers' survey results, 2023 and 2025**")
A("")
rows = []
for lab, a, b, eng, trend, dp in SURVEY:
    rows.append([lab, fmt(a, dp), fmt(b, dp), fmt(b - a, dp), eng, trend])
table(["Measure", "2023 survey", "2025 survey", "Change", "England 2023-24", "Trend"], rows,
      align=["l", "r", "r", "r", "r", "l"])
A("5.2 Satisfaction with support has improved and is now above the England average. However, fewer carers "
  "say they have as much social contact as they would like, and this remains well below the national "
  "figure. Carers who care for more than 50 hours a week reported the lowest quality of life.")
A("")

# ---------------------------------------------------------------- achievements
A("## 6. Key achievements in 2025")
A("")
A("6.1 Highlights from the past year include:")
A("")
for it in ["the Orlemere Carers Card launched in June 2025, giving carers discounts at local businesses and "
           "an emergency contact card;",
           "a carers' liaison worker based at Orlemere General Hospital since September 2025, so that carers are "
           "involved in discharge planning;",
           "a new carers' page on the Council's website, with a self-assessment tool;",
           "carers' awareness training completed by 420 health and social care staff;",
           "the home-based breaks service extended to evenings and weekends."]:
    A(f"* {it}")
A("")

# ---------------------------------------------------------------- action plan
A("## 7. Action plan: progress and owners")
A("")
A("**Table 4: Strategy actions, leads and status at December 2025**")
A("")
ACTIONS = [
    ("1", "Roll out the Orlemere Carers Card to all five districts", "Jo Pennington, Carers Lead",
     "March 2026", "Green", "Live in Kestlow, Arnbury and Tellingford; 1,240 cards issued"),
    ("2", "Every GP practice to keep an up-to-date carers register", "Dr Anil Mistry, ICB Primary Care Clinical Lead",
     "September 2026", "Amber", "38 of 61 practices have reviewed their register"),
    ("3", "Complete carers' assessments within 28 days of referral", "Marion Sykes, Head of Adult Social Care Operations",
     "December 2025", "Red", "64% within 28 days in 2025-26 Q2; recovery plan agreed with the Carers Hub"),
    ("4", "Re-commission the emergency replacement care service", "Leon Achterberg, Commissioning Manager",
     "April 2026", "Amber", "Tender published November 2025"),
    ("5", "Identify young carers in every secondary school", "Beth Ollerenshaw, Young Carers Service Manager",
     "July 2026", "Green", "Young carers champion named in 19 of 34 secondary schools"),
    ("6", "Involve carers in hospital discharge planning", "Sam Okafor, Discharge Lead, Orlemere Hospitals NHS FT",
     "March 2026", "Amber", "Liaison worker in post; audit of discharges due February 2026"),
]
table(["No.", "Action", "Lead", "Due", "RAG", "Update"], [list(a) for a in ACTIONS],
      align=["l", "l", "l", "l", "l", "l"])

# ---------------------------------------------------------------- recs
A("## 8. Recommendations")
A("")
A("The Health and Wellbeing Board is asked to:")
A("")
for i, it in enumerate(["note the progress made in the second year of the All-Age Carers Strategy;",
                        "support the recovery plan to reduce waiting times for carers' assessments;",
                        "ask all partner organisations to promote the Orlemere Carers Card to their staff;",
                        "receive a further update in January 2027."], 1):
    A(f"{i}. {it}")
A("")
A("## Acronyms")
A("")
for t, d in [("BCF", "Better Care Fund"), ("ICB", "Integrated Care Board"),
             ("SACE", "Survey of Adult Carers in England"),
             ("VCSE", "Voluntary, Community and Social Enterprise")]:
    A(f"- **{t}**: {d}")
A("")

open(OUT, "w", encoding="utf-8").write("\n".join(L))
print("wrote", OUT)
