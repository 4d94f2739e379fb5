# Generates t23_housing_homelessness_update.md
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "t23_housing_homelessness_update.md"
M = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
def f(v):
    if v is None: return "n/a"
    if v == 0: return "–"
    return f"({abs(v):,})" if v < 0 else f"{v:,}"
L = []
w = L.append
w("""# Housing and Homelessness Update: Quarter 2 2025-26

**Report to:** Housing and Communities Scrutiny Committee, Holmbury Vale Council

**Meeting date:** 3 December 2025

**Report author:** Head of Housing Options and Homelessness

**Portfolio holder:** Cabinet Member for Housing and Regeneration

**Purpose:** For information and comment

## 1. Purpose of the report

1.1 This report updates the Committee on homelessness demand, the use of temporary accommodation (TA), rough sleeping and the financial position of the homelessness service for the period April to September 2025 (Quarters 1 and 2 of 2025-26).

1.2 It responds to the Committee's request in June 2025 for a six-monthly report that includes spending on temporary accommodation against budget.

## 2. Key points

2.1 The headline messages for the first half of 2025-26 are:

- the number of households in temporary accommodation rose in every month of the half-year, from 581 at the end of April to 675 at the end of September;
- bed and breakfast use peaked at 88 households in August before falling to 79 in September;
- 58.7% of prevention duties ended in Quarter 2 with accommodation secured for at least six months, compared with 54.1% in the same quarter last year;
- the monthly rough sleeping count peaked at 39 people in August; and
- the homelessness budget is forecast to overspend by £711 thousand, almost entirely because of the cost of nightly-paid and bed and breakfast accommodation.
""")

# ---------- Table 1 TA
ta = [("Bed and breakfast (shared facilities)", [64,71,78,82,88,79]),
      ("Nightly-paid self-contained", [146,152,161,170,178,183]),
      ("Council hostels", [112,115,114,118,120,119]),
      ("Private sector leased (PSL)", [98,101,104,108,111,116]),
      ("Council-owned homes used as TA", [120,122,125,124,128,131]),
      ("Housing association homes", [41,42,44,45,45,47])]
tot = [sum(x[1][i] for x in ta) for i in range(6)]
print("TA totals", tot, file=sys.stderr)
w("""
## 3. Temporary accommodation

3.1 The council must provide temporary accommodation for households it has reason to believe may be homeless, eligible and in priority need while it makes inquiries, and for households owed the main housing duty until a settled home is secured.

3.2 Table 1 shows the number of households in temporary accommodation at the end of each month, by type. The "of which" rows are subsets of the total and are not added into it.

**Table 1: Households in temporary accommodation at month end, by type of accommodation, April to September 2025 (number of households)**

| Type of accommodation | Apr | May | Jun | Jul | Aug | Sep |
|---|---:|---:|---:|---:|---:|---:|
""")
for n, v in ta: w(f"| {n} | " + " | ".join(str(x) for x in v) + " |\n")
w("| **Total households in TA** | " + " | ".join(f"**{x}**" for x in tot) + " |\n")
w("| *of which: families with children* | 268 | 279 | 290 | 301 | 312 | 318 |\n")
w("| *of which: placed outside Holmbury Vale* | 37 | 41 | 46 | 52 | 58 | 55 |\n")
w("| *Families with children in B&B over 6 weeks* | 9 | 12 | 14 | 17 | 19 | 15 |\n")
w("""
3.3 Families with children should not be placed in bed and breakfast accommodation for more than six weeks. At the end of September, 15 families had been in B&B for longer than six weeks, down from a peak of 19 in August. Each case is reviewed weekly by the Housing Options Manager.

3.4 Households placed outside Holmbury Vale are mainly in nightly-paid accommodation in Wexcombe and Tarnside. Out-of-area placements are made only when no suitable accommodation is available within the borough and the household's circumstances have been assessed.

3.5 The council bought 14 homes for use as temporary accommodation in the first half of the year through the Local Authority Housing Fund, which accounts for most of the rise in council-owned homes used as TA.
""")

# ---------- Table 2 prevention relief
cols = ["Q1 2025-26", "Q2 2025-26", "Q2 2024-25"]
prev = {"owed": [412,438,389], "ended": [371,402,366], "sec": [214,236,198], "stay": [88,97,81], "relief": [96,104,102], "oth": [61,62,66]}
rel = {"owed": [356,381,342], "ended": [331,349,318], "sec": [127,139,115], "d56": [142,148,139], "oth": [62,62,64]}
for i in range(3):
    assert prev["sec"][i]+prev["relief"][i]+prev["oth"][i] == prev["ended"][i]
    assert rel["sec"][i]+rel["d56"][i]+rel["oth"][i] == rel["ended"][i]
pr = [f"{prev['sec'][i]/prev['ended'][i]*100:.1f}" for i in range(3)]
rr = [f"{rel['sec'][i]/rel['ended'][i]*100:.1f}" for i in range(3)]
print("prev rate", pr, "relief rate", rr, file=sys.stderr)
def row(lab, v): return f"| {lab} | " + " | ".join(x if isinstance(x, str) else f"{x:,}" for x in v) + " |\n"
w("""
## 4. Prevention and relief duties

4.1 Under the Homelessness Reduction Act 2017 the council owes a **prevention duty** to eligible households threatened with homelessness within 56 days, and a **relief duty** to eligible households who are already homeless. The relief duty lasts for 56 days. If relief is unsuccessful and the household is in priority need and not intentionally homeless, the council owes the **main housing duty**.

**Table 2: Prevention and relief duty outcomes, Quarters 1 and 2 2025-26, with Quarter 2 2024-25 for comparison**

| Measure | Q1 2025-26 | Q2 2025-26 | Q2 2024-25 |
|---|---:|---:|---:|
| **Prevention duty** | | | |
""")
w(row("Households owed a prevention duty", prev["owed"]))
w(row("Prevention duties ended", prev["ended"]))
w(row("– Accommodation secured for 6+ months", prev["sec"]))
w(row("&nbsp;&nbsp;of which: stayed in existing home", prev["stay"]))
w(row("– Homeless (moved to relief duty)", prev["relief"]))
w(row("– Contact lost, withdrew or other", prev["oth"]))
w(row("Prevention success rate (%)", pr))
w("| **Relief duty** | | | |\n")
w(row("Households owed a relief duty", rel["owed"]))
w(row("Relief duties ended", rel["ended"]))
w(row("– Accommodation secured for 6+ months", rel["sec"]))
w(row("– 56 days elapsed", rel["d56"]))
w(row("– Contact lost, withdrew or other", rel["oth"]))
w(row("Relief success rate (%)", rr))
w("| **Main housing duty** | | | |\n")
w(row("Main duty decisions made", [168,174,151]))
w(row("Main duty accepted", [121,129,103]))
w("""
Success rate = accommodation secured for 6+ months as a percentage of duties ended.

4.2 Prevention performance has improved on last year. The prevention success rate was 58.7% in Quarter 2 against 54.1% in Quarter 2 2024-25, helped by the expansion of the landlord incentive scheme, which paid 61 incentives to private landlords in the half-year to keep or take on tenants.

4.3 Relief outcomes remain weaker: 148 relief duties ended in Quarter 2 because 56 days had passed without accommodation being secured. Most of these households are single people without a priority need who remain in contact with the service.

4.4 Main duty acceptances rose to 129 in Quarter 2, 26 more than in the same quarter of 2024-25.
""")

# ---------- Table 3 reasons
reasons = [("End of private rented tenancy (assured shorthold)", 231), ("Family or friends no longer willing to accommodate", 198),
           ("Domestic abuse", 104), ("Non-violent relationship breakdown", 73), ("Leaving an institution (prison, hospital or care)", 41),
           ("Eviction from supported housing", 38), ("End of social rented tenancy", 29), ("Other reasons", 105)]
T = sum(x[1] for x in reasons); assert T == 819
w("""
## 5. Why households became homeless

5.1 Table 3 shows the main reason for the loss of the last settled home for households owed a prevention or relief duty in Quarter 2 (438 prevention and 381 relief, 819 in total).

**Table 3: Main reason for loss of last settled home, households owed a prevention or relief duty, Quarter 2 2025-26**

| Main reason | Households | % of total |
|---|---:|---:|
""")
for n, v in reasons:
    w(f"| {n} | {v} | {v/T*100:.1f} |\n"); print(n, f"{v/T*100:.1f}", file=sys.stderr)
w(f"| **Total** | **{T}** | **100.0** |\n")
w("""
5.2 The ending of private rented tenancies remains the largest single cause. The service has seen an increase in landlords selling properties ahead of the implementation of the Renters' Rights Act.
""")

# ---------- Table 4 rough sleeping
rs = [("Ashcombe", [14,12,15,17,16,13]), ("Brindlemoor", [3,2,4,4,3,2]), ("Castlereach", [5,6,5,7,6,5]),
      ("Dunmere", [8,9,11,10,12,9]), ("Eskwith", [None,None,1,0,2,1])]
rst = [sum((x[1][i] or 0) for x in rs) for i in range(6)]
print("RS totals", rst, file=sys.stderr)
w("""
## 6. Rough sleeping

6.1 The outreach team carries out a street count on the last Thursday night of each month. The official autumn snapshot in November 2024 found 33 people sleeping rough in Holmbury Vale.

**Table 4: Monthly rough sleeping street count by district, April to September 2025 (number of people)**

| District | Apr | May | Jun | Jul | Aug | Sep |
|---|---:|---:|---:|---:|---:|---:|
""")
for n, v in rs:
    w(f"| {n} | " + " | ".join("n/a" if x is None else ("–" if x == 0 else str(x)) for x in v) + " |\n")
w("| **Total** | " + " | ".join(f"**{x}**" for x in rst) + " |\n")
w("| New rough sleepers (first seen in month) | 11 | 9 | 14 | 13 | 15 | 8 |\n")
w("""
n/a = not counted. Eskwith was added to the monthly count from June 2025; before then it was covered only by the annual snapshot. – = none found.

6.2 Most people sleeping rough are found in Holmbury town centre, which is in Ashcombe. In September the outreach team had contact with 71 different people over the month, of whom 23 were helped into accommodation.

6.3 The council's winter night shelter at St Brannoc's Church Hall in Dunmere will open on 1 December 2025 with 12 beds, alongside the Severe Weather Emergency Protocol (SWEP), which opens whenever the temperature is forecast to fall to zero or below.
""")

# ---------- Table 5 register
bands = [("Band A (urgent need)", 184, 47), ("Band B (high need)", 1026, 88), ("Band C (identified need)", 2913, 61), ("Band D (low or no need)", 3407, 12)]
w("""
## 7. Housing register and lettings

7.1 Table 5 shows households on the housing register at 30 September 2025 and social rented lets made through the choice-based lettings scheme in Quarter 2.

**Table 5: Housing register by band at 30 September 2025 and lets in Quarter 2 2025-26**

| Priority band | Households on register | Lets in Q2 | Lets as % of register |
|---|---:|---:|---:|
""")
for n, a, b in bands:
    w(f"| {n} | {a:,} | {b} | {b/a*100:.1f} |\n"); print(n, f"{b/a*100:.1f}", file=sys.stderr)
A = sum(x[1] for x in bands); B = sum(x[2] for x in bands)
w(f"| **All bands** | **{A:,}** | **{B}** | **{B/A*100:.1f}** |\n")
print("register", A, B, f"{B/A*100:.1f}", file=sys.stderr)
w("""
7.2 Of the 208 lets in Quarter 2, 79 went to homeless households, including 52 households moving on from temporary accommodation.
""")

# ---------- Table 6 finance
exp = [("Temporary accommodation – B&B and nightly-paid", 6850, 8420), ("Temporary accommodation – leased and council homes", 2310, 2365),
       ("Hostel running costs", 1140, 1118), ("Homelessness prevention fund", 620, 584), ("Rough sleeping outreach and services", 780, 802),
       ("Housing options staffing", 2460, 2395)]
inc = [("Housing benefit subsidy", -5120, -5890), ("Homelessness Prevention Grant", -2415, -2415),
       ("Rough Sleeping Prevention and Recovery Grant", -640, -640), ("Client charges and contributions", -455, -498)]
EB = sum(x[1] for x in exp); EF = sum(x[2] for x in exp); IB = sum(x[1] for x in inc); IF = sum(x[2] for x in inc)
print("fin", EB, EF, EF-EB, IB, IF, IF-IB, EB+IB, EF+IF, EF+IF-EB-IB, file=sys.stderr)
w("""
## 8. Financial position

8.1 Table 6 shows the 2025-26 budget and the forecast outturn at the end of Quarter 2 for the homelessness service. Income is shown as a negative figure in brackets. Variance is forecast minus budget: a positive variance is an overspend and a figure in brackets is an underspend or additional income.

**Table 6: Homelessness and temporary accommodation budget and forecast outturn, 2025-26**

| Budget line | 2025-26 budget | Forecast outturn | Variance |
|---|---:|---:|---:|
| | £000 | £000 | £000 |
| **Expenditure** | | | |
""")
for n, a, b in exp: w(f"| {n} | {f(a)} | {f(b)} | {f(b-a)} |\n")
w(f"| **Total expenditure** | **{f(EB)}** | **{f(EF)}** | **{f(EF-EB)}** |\n")
w("| **Income** | | | |\n")
for n, a, b in inc: w(f"| {n} | {f(a)} | {f(b)} | {f(b-a)} |\n")
w(f"| **Total income** | **{f(IB)}** | **{f(IF)}** | **{f(IF-IB)}** |\n")
w(f"| **Net cost of service** | **{f(EB+IB)}** | **{f(EF+IF)}** | **{f(EF+IF-EB-IB)}** |\n")
w(f"""
8.2 The forecast overspend on B&B and nightly-paid accommodation is £1,570 thousand. It is partly offset by £770 thousand of additional housing benefit subsidy, but subsidy is capped at the January 2011 local housing allowance rate, so the council recovers only part of the cost of each nightly-paid placement.

8.3 The average net cost to the council of a household in nightly-paid self-contained accommodation is £182 a week, compared with £41 a week for a household in private sector leased accommodation.

8.4 The net forecast overspend of £711 thousand will be reported to Cabinet as part of the corporate budget monitoring report and is expected to be met from the homelessness reserve, which stood at £1.9m on 1 April 2025.

## 9. Risks

9.1 The main risks for the rest of 2025-26 are:

- continued growth in TA numbers over the winter, particularly families placed in nightly-paid accommodation;
- rising nightly rates as neighbouring councils compete for the same accommodation in Wexcombe and Tarnside;
- fewer private landlords willing to let to households on housing benefit;
- the end of the current Rough Sleeping Prevention and Recovery Grant allocation in March 2026; and
- recruitment difficulties for housing options officers, with four posts vacant at 30 September.

## 10. Actions

10.1 The service will:

- acquire a further 20 homes for use as TA by March 2026 through the Local Authority Housing Fund;
- convert the former Brindlemoor Library site into 16 self-contained units of temporary accommodation;
- extend the landlord incentive scheme to include a one-off payment for tenancies of two years or more;
- expand the empty homes programme to bring long-term empty properties into use as temporary accommodation; and
- launch a joint protocol with Holmbury Vale Hospitals NHS Foundation Trust to stop people being discharged from hospital to the street.

## 11. Recommendations

11.1 The Committee is recommended to:

1. note the position on homelessness, temporary accommodation and rough sleeping for April to September 2025;
2. note the forecast overspend of £711 thousand on the homelessness budget and the measures to reduce the use of nightly-paid accommodation;
3. endorse the proposed conversion of the former Brindlemoor Library site to temporary accommodation; and
4. ask for the next update, in June 2026, to include the outcome of the winter night shelter.

## Glossary

- **TA** – temporary accommodation.
- **PSL** – private sector leased: homes leased from private landlords by the council for use as TA.
- **B&B** – bed and breakfast accommodation with shared kitchen or bathroom facilities.
- **SWEP** – Severe Weather Emergency Protocol.
- **Main housing duty** – the duty under section 193 of the Housing Act 1996 to secure accommodation for a household that is homeless, eligible, in priority need and not intentionally homeless.
""")
open(OUT, "w", encoding="utf-8").write("".join(L))
