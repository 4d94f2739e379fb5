# Generates t21_domestic_abuse_csp_update_q2.md (Safer Ravensholt Partnership)
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "t21_domestic_abuse_csp_update_q2.md"
Q = ["Q3 2024/25", "Q4 2024/25", "Q1 2025/26", "Q2 2025/26"]
STAT = [("Police", [612, 588, 641, 676]), ("GP and primary care", [48, 55, 62, 71]),
        ("Hospital (including A&E IDVA)", [39, 44, 51, 58]), ("Children's social care", [97, 102, 88, 94]),
        ("Adult social care", [21, 18, 25, 23]), ("Housing and homelessness services", [54, 61, 58, 67])]
NONSTAT = [("Self-referral", [83, 91, 104, 118]), ("Voluntary and community sector", [46, 40, 49, 52])]
def tot(rows): return [sum(r[1][i] for r in rows) for i in range(4)]
def pct(a, b):
    v = 100 * (b - a) / a
    return f"({abs(v):.1f})" if v < 0 else f"{v:.1f}"
ST, NS = tot(STAT), tot(NONSTAT); ALL = [ST[i] + NS[i] for i in range(4)]

MARAC = [148, 139, 156, 171]; REP = [41, 36, 45, 53]; CH = [203, 187, 221, 236]; MALE = [9, 7, 11, 12]
REF = [("Harbour House (Ravensholt Central)", 12, 1018, 1061), ("Linden Lodge (Morrowby)", 8, 655, 702),
       ("The Beeches (Brindlegate)", 6, 489, 517), ("Dispersed safe accommodation (all districts)", 10, 804, 861)]
OUTC = [("Risk reduced (DASH score lower at closure)", 152), ("Abuse ceased or reduced", 167), ("Client reports feeling safer", 181),
        ("Improved quality of life", 139), ("Engaged with criminal justice process", 74), ("Civil protection order obtained", 38)]
CLOSED = 212
ASB = [("Ravensholt Central", 642, 698), ("Morrowby", 211, 196), ("Cinderfold", 488, 521), ("Ellerscar", 134, 139),
       ("Brindlegate", 307, 284), ("Wyvernhythe", 176, 181)]
FUND = [("Domestic Abuse Safe Accommodation grant", "Ministry of Housing, Communities and Local Government", 1184600, 571300, 1184600, "Green"),
        ("IDVA service grant", "Ministry of Justice", 312500, 156250, 312500, "Green"),
        ("Community safety fund", "Office of the Police and Crime Commissioner", 265000, 118400, 251000, "Amber"),
        ("Serious Violence Duty grant", "Home Office", 148200, 41900, 121000, "Red"),
        ("Safer Neighbourhoods fund", "Ravensholt Vale Council", 90000, 52600, 90000, "Green"),
        ("Hospital IDVA contribution", "Ravensholt Vale Integrated Care Board", 64000, 32000, 64000, "Green")]
def money(v):
    if v == 0: return "–"
    return f"({abs(v):,})" if v < 0 else f"{v:,}"

L = []
a = L.append
a("# Safer Ravensholt Partnership: Domestic Abuse and Community Safety Update, Quarter 2 2025/26\n")
a("**Meeting:** Safer Ravensholt Partnership Board  ")
a("**Date of report:** 18 November 2025  ")
a("**Author:** Community Safety Partnership Manager, Ravensholt Vale Council  ")
a("**Sponsor:** Chair of the Domestic Abuse Local Partnership Board  ")
a("**Status:** For discussion and decision\n")
a("## 1. Purpose\n")
a("1.1 This report updates the Partnership Board on domestic abuse and community safety activity in Ravensholt Vale for the "
  "second quarter of 2025/26 (July to September 2025). It covers referrals to the Domestic Abuse Hub, the Multi-Agency Risk "
  "Assessment Conference (MARAC), safe accommodation, outcomes for victims supported by the IDVA service, anti-social behaviour, "
  "and the position on grant funding.\n")
a("## 2. Summary\n")
a("2.1 The main points for the quarter are:\n")
a(f"- the Domestic Abuse Hub received {ALL[3]:,} referrals in Q2, the highest quarterly total since the Hub opened in April 2023 and {pct(ALL[2], ALL[3])}% more than in Q1;")
a(f"- self-referrals rose to {NONSTAT[0][1][3]}, following the launch of the online referral form in June 2025;")
a(f"- MARAC discussed {MARAC[3]} cases, of which {REP[3]} ({100*REP[3]/MARAC[3]:.1f}%) were repeat cases;")
a("- refuge occupancy averaged above 90% and 37 households could not be offered a refuge space in the quarter because no suitable space was available;")
a("- anti-social behaviour incidents increased in Ravensholt Central and Cinderfold, linked to the summer holiday period and the night-time economy;")
a("- the Serious Violence Duty grant is forecast to underspend by £27,200 because the youth outreach contract started late.\n")

a("## 3. Domestic Abuse Hub referrals\n")
a("3.1 The Domestic Abuse Hub is the single point of contact for domestic abuse referrals for adults aged 16 and over. Table 1 "
  "shows referrals by the agency or route that made the referral, for the last four quarters.\n")
a("**Table 1: Referrals to the Domestic Abuse Hub by source, Q3 2024/25 to Q2 2025/26 (number of referrals)**\n")
a("| Referral source | " + " | ".join(Q) + " | Change Q1 to Q2 (%) |")
a("|---|" + "---:|" * 5)
a("| **Statutory agencies** | | | | | |")
for lab, v in STAT:
    a(f"| {lab} | " + " | ".join(f"{x:,}" for x in v) + f" | {pct(v[2], v[3])} |")
a("| *Subtotal statutory agencies* | " + " | ".join(f"*{x:,}*" for x in ST) + f" | *{pct(ST[2], ST[3])}* |")
a("| **Non-statutory routes** | | | | | |")
for lab, v in NONSTAT:
    a(f"| {lab} | " + " | ".join(f"{x:,}" for x in v) + f" | {pct(v[2], v[3])} |")
a("| *Subtotal non-statutory routes* | " + " | ".join(f"*{x:,}*" for x in NS) + f" | *{pct(NS[2], NS[3])}* |")
a("| **Total referrals** | " + " | ".join(f"**{x:,}**" for x in ALL) + f" | **{pct(ALL[2], ALL[3])}** |")
a("")
a("Note: figures in brackets are reductions. A&E IDVA referrals are made by the hospital-based independent domestic violence adviser.\n")
a(f"3.2 Police remain the largest source of referrals, making {STAT[0][1][3]} ({100*STAT[0][1][3]/ALL[3]:.1f}%) of the referrals in Q2. "
  "Referrals from health settings continue to grow following the training of 420 GP practice and hospital staff in 2024/25. "
  "Referrals from children's social care fell in Q1 because of a change to the recording system, and recovered in Q2.\n")
a("3.3 Of the Q2 referrals, 84% were female victims and 16% were male victims. 61% of victims had children living in the household.\n")

a("## 4. Multi-Agency Risk Assessment Conference (MARAC)\n")
a("4.1 MARAC is a fortnightly meeting where agencies share information about victims at high risk of serious harm or homicide, "
  "and agree a safety plan for each victim. High-risk victims are supported by an Independent Domestic Violence Adviser (IDVA), "
  "a specialist caseworker who supports the victim from the point of crisis.\n")
a("**Table 2: MARAC activity by quarter**\n")
a("| Measure | " + " | ".join(Q) + " |")
a("|---|" + "---:|" * 4)
a("| Cases discussed | " + " | ".join(str(x) for x in MARAC) + " |")
a("| Repeat cases | " + " | ".join(str(x) for x in REP) + " |")
a("| Repeat rate (%) | " + " | ".join(f"{100*r/m:.1f}" for r, m in zip(REP, MARAC)) + " |")
a("| Children in the households | " + " | ".join(str(x) for x in CH) + " |")
a("| Cases with a male victim | " + " | ".join(str(x) for x in MALE) + " |")
a("| Cases referred by police (%) | 68 | 71 | 66 | 64 |")
a("")
a("4.2 The repeat rate of 31.0% in Q2 is within the expected range of 28% to 40% for a well-established MARAC. The number of cases "
  "discussed has risen by 20.4% compared with the same quarter last year (142 in Q2 2024/25).\n")

a("## 5. Refuge and safe accommodation\n")
a("5.1 The Council commissions 36 units of safe accommodation under its duty in Part 4 of the Domestic Abuse Act 2021. Table 3 shows bed "
  "nights available and used in each refuge. Bed nights available are the number of units multiplied by the number of days in the quarter.\n")
a("**Table 3: Refuge and safe accommodation bed nights, Q1 and Q2 2025/26**\n")
a("| Provision | Units | Q1 2025/26 | | | Q2 2025/26 | | |")
a("|---|---:|---:|---:|---:|---:|---:|---:|")
a("| | | Available | Used | Occupancy (%) | Available | Used | Occupancy (%) |")
TA = [0, 0, 0, 0]; TU = 0
for lab, u, q1, q2 in REF:
    a1, a2 = u * 91, u * 92
    a(f"| {lab} | {u} | {a1:,} | {q1:,} | {100*q1/a1:.1f} | {a2:,} | {q2:,} | {100*q2/a2:.1f} |")
    TA[0] += a1; TA[1] += q1; TA[2] += a2; TA[3] += q2; TU += u
a(f"| **Total** | **{TU}** | **{TA[0]:,}** | **{TA[1]:,}** | **{100*TA[1]/TA[0]:.1f}** | **{TA[2]:,}** | **{TA[3]:,}** | **{100*TA[3]/TA[2]:.1f}** |")
a("")
a("5.2 In Q2, 29 households (29 adults and 41 children) moved into safe accommodation and 26 households moved on, of whom 19 moved "
  "to settled housing. The average length of stay for households leaving refuge in Q2 was 97 days. A further 37 households could not "
  "be offered a space because no suitable unit was available, compared with 24 in Q1.\n")

a("## 6. Outcomes for victims\n")
a(f"6.1 The IDVA service closed {CLOSED} cases in Q2 2025/26. Outcomes are recorded at case closure, using the DASH risk checklist "
  "(Domestic Abuse, Stalking and Harassment and Honour-Based Violence) to measure change in risk. A client can have more than one outcome.\n")
a("**Table 4: Outcomes for IDVA cases closed in Q2 2025/26**\n")
a("| Outcome | Number of clients | % of closed cases |")
a("|---|---:|---:|")
for lab, n in OUTC:
    a(f"| {lab} | {n} | {100*n/CLOSED:.1f} |")
a(f"| All closed cases | {CLOSED} | 100.0 |")
a("")
a("6.2 Satisfaction surveys were returned by 58 clients, of whom 55 said they would recommend the service to a friend.\n")

a("## 7. Anti-social behaviour\n")
a("7.1 Table 5 shows anti-social behaviour (ASB) incidents reported to the police and the Council by neighbourhood. The trend column "
  "is 'Up' or 'Down' where the change is more than 5%, and 'Stable' otherwise.\n")
a("**Table 5: Anti-social behaviour incidents by neighbourhood, Q1 and Q2 2025/26**\n")
a("| Neighbourhood | Q1 2025/26 | Q2 2025/26 | Change (%) | Trend |")
a("|---|---:|---:|---:|---|")
for lab, q1, q2 in ASB:
    ch = 100 * (q2 - q1) / q1
    tr = "Up" if ch > 5 else ("Down" if ch < -5 else "Stable")
    a(f"| {lab} | {q1:,} | {q2:,} | {pct(q1, q2)} | {tr} |")
A1 = sum(x[1] for x in ASB); A2 = sum(x[2] for x in ASB)
a(f"| **Ravensholt Vale** | **{A1:,}** | **{A2:,}** | **{pct(A1, A2)}** | **{'Up' if (A2-A1)/A1 > 0.05 else 'Stable'}** |")
a("")
a("7.2 A dispersal order was used in Ravensholt Central town centre on four weekends in August. Three Community Protection Notices and "
  "one closure order were issued in Cinderfold during the quarter.\n")

a("## 8. Funding\n")
a("8.1 Table 6 shows the grants that fund domestic abuse and community safety services in 2025/26, with spend to 30 September 2025 "
  "and the forecast for the year. All figures are in pounds (£). A negative variance (in brackets) is a forecast underspend.\n")
a("**Table 6: Domestic abuse and community safety funding by grant, 2025/26 (£)**\n")
a("| Grant | Funder | Allocation 2025/26 | Spent to 30 Sep 2025 | Forecast outturn | Variance | RAG |")
a("|---|---|---:|---:|---:|---:|---|")
for g, f, al, sp, fo, rag in FUND:
    a(f"| {g} | {f} | {al:,} | {sp:,} | {fo:,} | {money(fo-al)} | {rag} |")
TA_ = sum(x[2] for x in FUND); TS_ = sum(x[3] for x in FUND); TF_ = sum(x[4] for x in FUND)
a(f"| **Total** | | **{TA_:,}** | **{TS_:,}** | **{TF_:,}** | **{money(TF_-TA_)}** | |")
a("")
a("8.2 The community safety fund from the Office of the Police and Crime Commissioner is rated Amber because a £14,000 contribution to "
  "a youth diversion scheme is unlikely to be spent this year. The Serious Violence Duty grant is rated Red; the Home Office has "
  "confirmed that any underspend cannot be carried forward to 2026/27. Confirmation of the Domestic Abuse Safe Accommodation grant "
  "for 2026/27 is still awaited.\n")

a("## 9. Risks and issues\n")
a("9.1 The Partnership Board should be aware of the following risks:\n")
a("- demand for refuge space continues to exceed supply, and the number of households turned away has increased;")
a("- the IDVA service caseload averaged 94 cases per full-time IDVA in Q2, above the recommended maximum of 80;")
a("- one Domestic Homicide Review was commissioned in Q2 and will report to the Board in 2026;")
a("- funding for the hospital IDVA post is only confirmed until 31 March 2026.\n")

a("## 10. Recommendations\n")
a("10.1 The Safer Ravensholt Partnership Board is asked to:\n")
a("1. note the increase in domestic abuse referrals and MARAC cases in Q2 2025/26;")
a("2. approve the use of £60,000 of the Domestic Abuse Safe Accommodation grant to create four additional dispersed units;")
a("3. agree that the Serious Violence Duty grant underspend is redirected to knife crime education sessions in secondary schools, subject to Home Office agreement;")
a("4. ask the Integrated Care Board to confirm funding for the hospital IDVA post for 2026/27 by January 2026;")
a("5. receive a report on the ASB action plan for Ravensholt Central and Cinderfold at the next meeting.\n")
a("*Contact: Community Safety Team, Ravensholt Vale Council, Town Hall, Ravensholt.*")
open(OUT, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("written", OUT)
