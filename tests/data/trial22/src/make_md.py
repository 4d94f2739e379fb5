# Generates t22_leisure_libraries_community_q2_2025-26.md
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "t22_leisure_libraries_community_q2_2025-26.md"
L = []
def a(s=""): L.append(s)
def n(x): return "–" if x is None else f"{x:,}"
def k(x):
    if x is None or x == 0: return "–"
    return f"({abs(x):,})" if x < 0 else f"{x:,}"
def pct(new, old): return f"{(new/old-1)*100:+.1f}%"

a("# Leisure, Libraries and Community Services: Capital Programme and Performance Update – Quarter 2 2025-26")
a()
a("**Varrowdale Borough Council**  ")
a("**Meeting:** Communities and Place Scrutiny Committee  ")
a("**Date:** 4 December 2025  ")
a("**Report of:** Assistant Director, Culture, Leisure and Communities  ")
a("**Report author:** Service Performance and Improvement Lead  ")
a("**Wards affected:** All  ")
a("**Key decision:** No")
a()
a("## 1. Purpose of the report")
a()
a("1.1 This report updates the Committee on the performance of the Council's leisure centres, libraries and community centres for the first half of 2025-26 (April to September 2025), on income against budget, and on progress with the 2025-26 capital programme for these services.")
a()
a("## 2. Recommendations")
a()
a("2.1 The Committee is asked to:")
a()
a("1. note usage and performance of leisure, library and community services for Quarters 1 and 2 of 2025-26;")
a("2. note the capital programme position, including forecast slippage of £1,290,000 into 2026-27;")
a("3. note the income position and the actions being taken to address the shortfall in casual pay-and-play income;")
a("4. agree to receive a further report on the future of the Lathering Moor Community Centre at its meeting in March 2026.")
a()
a("## 3. Summary")
a()
a("3.1 The headline points for the half year are:")
a()
a("- Penstowe Leisure Centre reopened on 14 July 2025 after a 15-week closure for refurbishment, and recorded 27,604 visits in Quarter 2;")
a("- total leisure centre visits in Quarter 2 were 284,466, 1.5% lower than in the same quarter last year because of the Penstowe closure;")
a("- physical library visits rose to 117,998 in Quarter 2, 6.7% higher than a year earlier;")
a("- income to the end of September was £3,373,000, £31,000 above the profiled target;")
a("- three capital schemes are rated Red because of delays, and £1.29m of budget is forecast to slip into 2026-27.")
a()

# ---------- leisure visits
lv = [("Drovenmere Leisure Centre", 118420, 124905, 121310, 131842),
      ("Caskwell Pool", 46205, 51870, 44115, 49330),
      ("Lathering Moor Sports Hub", 63710, 58240, 66905, 61478),
      ("Penstowe Leisure Centre", 39880, 41215, None, 27604),
      ("Quillsby Community Gym", 12045, 12690, 13880, 14212)]
tot = [sum((r[i] or 0) for r in lv) for i in range(1, 5)]
print("leisure tot", tot, pct(tot[3], tot[1]))
a("## 4. Leisure centre usage")
a()
a("4.1 The Council's five leisure sites are operated in-house. Visits include members, casual users, swimming lessons, club bookings and school use. Table 1 compares the first two quarters of 2025-26 with the same quarters of 2024-25.")
a()
a("**Table 1: Leisure centre visits by site and quarter, 2024-25 and 2025-26**")
a()
a("| Site | Q1 2024-25 | Q2 2024-25 | Q1 2025-26 | Q2 2025-26 | Change Q2 on Q2 last year |")
a("|---|---:|---:|---:|---:|---:|")
for r in lv:
    a(f"| {r[0]} | {n(r[1])} | {n(r[2])} | {n(r[3])} | {n(r[4])} | {pct(r[4], r[2])} |")
    print("lv", r[0], pct(r[4], r[2]))
a(f"| **Total all sites** | **{n(tot[0])}** | **{n(tot[1])}** | **{n(tot[2])}** | **{n(tot[3])}** | **{pct(tot[3], tot[1])}** |")
a()
a("*Penstowe Leisure Centre was closed from 1 April to 13 July 2025 for refurbishment; no visits were recorded in Q1 2025-26.*")
a()
a("4.2 Excluding Penstowe, visits across the other four sites in Quarter 2 were 256,862, 3.7% higher than in Quarter 2 of 2024-25. Drovenmere Leisure Centre had its busiest quarter on record, helped by the relaunched junior swimming programme. Visits to Lathering Moor Sports Hub were lower in Quarter 2 than Quarter 1, as they are every year, because the outdoor pitches are used less during the school holidays.")
ex = sum(r[4] for r in lv if r[0] != "Penstowe Leisure Centre"); exo = sum(r[2] for r in lv if r[0] != "Penstowe Leisure Centre")
print("excl penstowe", ex, exo, pct(ex, exo))
a()

# ---------- libraries
lib = [("GRP", "Hub libraries"),
       ("Drovenmere Central Library", 58214, 61903, 57480),
       ("Caskwell Library", 24336, 26118, 25902),
       ("SUB", "Subtotal hub libraries"),
       ("GRP", "Community libraries"),
       ("Lathering Moor Library", 9842, 10276, 10913),
       ("Penstowe Library", 7115, 8034, 7689),
       ("Quillsby Library", 5480, 5912, 6245),
       ("Hobbet's Green Library (community-managed)", 3214, 3507, None),
       ("SUB", "Subtotal community libraries"),
       ("GRP", "Other"),
       ("Mobile library service", 2106, 2248, 2390)]
a("## 5. Library usage")
a()
a("5.1 Table 2 shows physical visits to each library. Hobbet's Green Library transferred to community management in January 2025 and comparable figures for 2024-25 are therefore not available.")
a()
a("**Table 2: Library visits by site, 2025-26 with comparison to Q2 2024-25**")
a()
a("| Library | Q1 2025-26 | Q2 2025-26 | Q2 2024-25 | Change Q2 on Q2 last year |")
a("|---|---:|---:|---:|---:|")
acc = [0, 0, 0]; T = [0, 0, 0]
for r in lib:
    if r[0] == "GRP":
        a(f"| ***{r[1]}*** | | | | |"); acc = [0, 0, 0]
    elif r[0] == "SUB":
        # comparison excludes items without prior-year figure
        a(f"| **{r[1]}** | **{n(acc[0])}** | **{n(acc[1])}** | **{n(acc[2])}** | **{pct(acc[1], acc[2])}** |" if r[1] != "Subtotal community libraries"
          else f"| **{r[1]}** | **{n(acc[0])}** | **{n(acc[1])}** | **{n(acc[2])}** | n/a |")
        print("lib sub", r[1], acc, pct(acc[1], acc[2]))
    else:
        a(f"| {r[0]} | {n(r[1])} | {n(r[2])} | {n(r[3])} | {pct(r[2], r[3]) if r[3] else 'n/a'} |")
        print("lib", r[0], r[1:], pct(r[2], r[3]) if r[3] else "n/a")
        for i in range(3):
            acc[i] += (r[i+1] or 0); T[i] += (r[i+1] or 0)
a(f"| **Total physical visits** | **{n(T[0])}** | **{n(T[1])}** | **{n(T[2])}** | **{pct(T[1], T[2])}** |")
print("lib tot", T, pct(T[1], T[2]))
a()
a("5.2 Digital use of the library service continued to grow. E-book and e-audio loans reached 41,870 in Quarter 2, and 1,264 residents attended digital skills sessions in libraries during the half year. The Summer Reading Challenge 2025 was started by 3,915 children, of whom 2,287 completed it.")
a()
a("5.3 Opening hours at Quillsby Library were reduced from 30 to 24 hours a week from 1 April 2025 as part of the 2025-26 budget savings, which partly explains the fall in visits there.")
a()

# ---------- community: HAF
haf = [("Drovenmere", 1450, 1218, 902), ("Caskwell", 980, 874, 655), ("Lathering Moor", 720, 541, 388),
       ("Penstowe", 610, 498, 371), ("Quillsby", 340, 312, 201)]
a("## 6. Community services")
a()
a("6.1 The Council ran its Holiday Activities and Food (HAF) programme for children eligible for benefits-related free school meals over six weeks in summer 2025, with activities in each of the five neighbourhoods. Table 3 shows take-up by neighbourhood.")
a()
a("**Table 3: Holiday Activities and Food programme, summer 2025 – take-up by neighbourhood**")
a()
a("| Neighbourhood | Places offered | Children attending | Take-up (%) | Of whom eligible for free school meals |")
a("|---|---:|---:|---:|---:|")
for r in haf:
    a(f"| {r[0]} | {n(r[1])} | {n(r[2])} | {r[2]/r[1]*100:.1f} | {n(r[3])} |"); print("haf", r[0], round(r[2]/r[1]*100, 1))
ht = [sum(r[i] for r in haf) for i in range(1, 4)]
a(f"| **Total** | **{n(ht[0])}** | **{n(ht[1])}** | **{ht[1]/ht[0]*100:.1f}** | **{n(ht[2])}** |"); print("haf tot", ht, round(ht[1]/ht[0]*100, 1))
a()
a("6.2 The Council's seven community centres are managed directly or through community associations. Occupancy of bookable room hours fell to 51% in Quarter 2, mainly because of the loss of two regular hirers at Lathering Moor Community Centre. The accessibility works at Lathering Moor have been deferred while options for the centre's future are considered (see section 7).")
a()

# ---------- capital
cap = [("GRP", "Leisure"),
       ("Penstowe Leisure Centre refurbishment", 3850, 3212, 3990, 0, 6200, "Amber"),
       ("Drovenmere Leisure Centre – pool hall roof replacement", 1200, 185, 640, 560, 1350, "Amber"),
       ("Lathering Moor Sports Hub – 3G pitch", 850, 802, 835, 0, 850, "Green"),
       ("Caskwell Pool – changing village", 420, 36, 120, 300, 1100, "Red"),
       ("SUB", "Subtotal leisure"),
       ("GRP", "Libraries"),
       ("Drovenmere Central Library – ground floor remodelling", 960, 410, 910, 0, 960, "Green"),
       ("Library self-service kiosks (all sites)", 180, 174, 180, 0, 180, "Green"),
       ("Quillsby Library – roof and boiler replacement", 275, 12, 45, 230, 275, "Red"),
       ("SUB", "Subtotal libraries"),
       ("GRP", "Community centres and parks"),
       ("Hobbet's Green Community Hub", 1540, 622, 1480, 0, 2300, "Green"),
       ("Caskwell Park play area renewal", 310, 298, 318, 0, 310, "Green"),
       ("Lathering Moor Community Centre – accessibility works", 225, 0, 25, 200, 225, "Red"),
       ("Parks depot electric vehicle charging", 140, 64, 140, 0, 140, "Green"),
       ("SUB", "Subtotal community centres and parks")]
a("## 7. Capital programme 2025-26")
a()
a("7.1 The 2025-26 capital programme for leisure, libraries and community services totals £9,950,000 across 11 schemes. Spend to 30 September was £5,815,000 (58.4% of the budget). The forecast outturn for the year is £8,683,000, with £1,290,000 forecast to slip into 2026-27 and a net overspend of £23,000.")
a()
a("7.2 Slippage is budget that will not be spent this year and is carried forward to 2026-27. The over or underspend column shows the forecast change in the total cost of each scheme; underspends are shown in brackets.")
a()
a("**Table 4: Capital programme 2025-26 by scheme (£000)**")
a()
a("| Scheme | 2025-26 | | | | | Whole scheme | |")
a("|---|---:|---:|---:|---:|---:|---:|---|")
a("| | Budget | Spend to 30 Sept | Forecast outturn | Slippage to 2026-27 | Over/(under) spend | Total approved budget | RAG |")
acc = [0]*6; T = [0]*6
for r in cap:
    if r[0] == "GRP":
        a(f"| ***{r[1]}*** | | | | | | | |"); acc = [0]*6
    elif r[0] == "SUB":
        a(f"| **{r[1]}** | **{n(acc[0])}** | **{n(acc[1])}** | **{n(acc[2])}** | **{k(acc[3])}** | **{k(acc[4])}** | **{n(acc[5])}** | |")
        print("cap sub", r[1], acc)
    else:
        var = r[3] + r[4] - r[1]
        vals = [r[1], r[2], r[3], r[4], var, r[5]]
        a(f"| {r[0]} | {n(r[1])} | {k(r[2])} | {n(r[3])} | {k(r[4])} | {k(var)} | {n(r[5])} | {r[6]} |")
        print("cap", r[0], vals, r[6])
        for i in range(6): acc[i] += vals[i]; T[i] += vals[i]
a(f"| **Total programme** | **{n(T[0])}** | **{n(T[1])}** | **{n(T[2])}** | **{k(T[3])}** | **{k(T[4])}** | **{n(T[5])}** | |")
print("cap tot", T, round(T[1]/T[0]*100, 1), round(T[3]/T[0]*100, 1))
a()
a("7.3 The schemes rated Red are:")
a()
a("- **Caskwell Pool changing village** – the first tender exercise produced no compliant bids; the scheme has been re-tendered and works are now expected to start in April 2026, so £300,000 will slip into 2026-27;")
a("- **Quillsby Library roof and boiler replacement** – a bat survey found a roost in the roof space and works cannot start until a protected species licence is granted;")
a("- **Lathering Moor Community Centre accessibility works** – deferred pending an options appraisal on the future of the building, to be reported in March 2026.")
a()
a("7.4 The Penstowe Leisure Centre refurbishment is rated Amber because additional asbestos removal has increased the forecast cost by £140,000. This will be met from the leisure capital contingency. The Drovenmere pool hall roof replacement has been rescheduled to avoid the winter swimming gala season, and £560,000 will slip into 2026-27 with no change to the total cost.")
a()

# ---------- income
inc = [("GRP", "Leisure"),
       ("Leisure memberships (direct debit)", 3420, 1710, 1786, 3560, "Green"),
       ("Swimming lessons", 1150, 575, 548, 1095, "Amber"),
       ("Casual pay-and-play", 860, 430, 371, 745, "Red"),
       ("Pitch and sports hall hire", 540, 270, 281, 555, "Green"),
       ("SUB", "Subtotal leisure"),
       ("GRP", "Libraries and community"),
       ("Library fees, charges and room hire", 165, 82, 77, 158, "Amber"),
       ("Community centre room hire", 310, 155, 162, 322, "Green"),
       ("Events and parks concessions", 240, 120, 148, 265, "Green"),
       ("SUB", "Subtotal libraries and community")]
a("## 8. Income")
a()
a("8.1 Income to the end of Quarter 2 was £3,373,000 against a profiled target of £3,342,000. Membership income is ahead of target following the membership price review in April, but casual pay-and-play income is £59,000 below profile, reflecting the Penstowe closure and lower casual swimming at Caskwell Pool. The full-year forecast is £6,700,000, £15,000 above the annual target.")
a()
a("**Table 5: Income against target, 2025-26 (£000)**")
a()
a("| Income stream | Annual target | Profiled target to Q2 | Actual to Q2 | Variance to Q2 | Forecast outturn | RAG |")
a("|---|---:|---:|---:|---:|---:|---|")
acc = [0]*5; T = [0]*5
for r in inc:
    if r[0] == "GRP": a(f"| ***{r[1]}*** | | | | | | |"); acc = [0]*5
    elif r[0] == "SUB":
        a(f"| **{r[1]}** | **{n(acc[0])}** | **{n(acc[1])}** | **{n(acc[2])}** | **{k(acc[3])}** | **{n(acc[4])}** | |"); print("inc sub", r[1], acc)
    else:
        v = [r[1], r[2], r[3], r[3] - r[2], r[4]]
        a(f"| {r[0]} | {n(r[1])} | {n(r[2])} | {n(r[3])} | {k(v[3])} | {n(r[4])} | {r[5]} |"); print("inc", r[0], v)
        for i in range(5): acc[i] += v[i]; T[i] += v[i]
a(f"| **Total income** | **{n(T[0])}** | **{n(T[1])}** | **{n(T[2])}** | **{k(T[3])}** | **{n(T[4])}** | |"); print("inc tot", T)
a()
a("*Variance: a figure in brackets is income below the profiled target.*")
a()

# ---------- KPIs
a("## 9. Performance indicators")
a()
a("9.1 Table 6 shows the service's key performance indicators. Of the eight indicators, three are rated Green, four Amber and one Red.")
a()
a("**Table 6: Key performance indicators, Quarters 1 and 2 2025-26**")
a()
a("| Indicator | Target 2025-26 | Q1 2025-26 | Q2 2025-26 | RAG (Q2) | Direction of travel |")
a("|---|---:|---:|---:|---|---|")
kpi = [("Leisure memberships (number at quarter end)", "9,500", "9,214", "9,602", "Green", "Improving"),
       ("Swimming lesson enrolments (number)", "3,200", "3,045", "3,118", "Amber", "Improving"),
       ("Leisure customer satisfaction (%)", "85%", "82%", "84%", "Amber", "Improving"),
       ("Library active borrowers (number)", "21,000", "19,870", "20,412", "Amber", "Improving"),
       ("Library e-loans in quarter (number)", "38,000", "39,206", "41,870", "Green", "Improving"),
       ("Community centre occupancy (% of bookable hours)", "60%", "54%", "51%", "Red", "Declining"),
       ("Volunteer hours – libraries and community centres", "4,500", "4,620", "4,180", "Amber", "Declining"),
       ("Parks with Green Flag Award (number)", "4", "4", "4", "Green", "No change")]
for r in kpi: a("| " + " | ".join(r) + " |")
a()
a("## 10. Risks")
a()
a("10.1 The main risks to the services covered by this report are:")
a()
a("- rising energy costs at the two leisure centres with swimming pools, partly mitigated by the solar panels installed at Drovenmere Leisure Centre in 2024;")
a("- further delay to the Caskwell Pool changing village if the re-tender is unsuccessful;")
a("- the condition of Lathering Moor Community Centre and the continuing fall in its bookings;")
a("- reliance on volunteers at Hobbet's Green Library, where volunteer numbers fell over the summer.")
a()
a("## 11. Financial implications")
a()
a("11.1 The revenue implications are set out in section 8 and the capital implications in section 7. The forecast net overspend of £23,000 on the capital programme will be met from the corporate capital contingency.")
a()
a("**Background papers:** Capital Programme 2025-26 to 2027-28 (Council, 26 February 2025); Leisure Strategy 2023-2028.")
open(OUT, "w", encoding="utf-8").write("\n".join(L) + "\n")
