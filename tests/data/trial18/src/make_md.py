"""Generate t18_housing_homelessness_q3.md - housing and homelessness prevention budget and performance update."""
OUT = "/work/trials_new/trial18/t18_housing_homelessness_q3.md"


def k(x):
    if x is None:
        return ""
    if x == 0:
        return "–"
    return f"({abs(x):,})" if x < 0 else f"{x:,}"


def row(cells):
    return "| " + " | ".join(cells) + " |"


L = []
A = L.append

# ---------------------------------------------------------------- data
duties = {
    "Households approaching for help": [612, 655, 701, 588],
    "Prevention duty owed": [298, 314, 336, 271],
    "Relief duty owed": [187, 203, 219, 176],
    "Advice only (not threatened with homelessness)": [127, 138, 146, 141],
    "Main housing duty accepted": [41, 46, 52, 38],
}
for i in range(4):
    assert duties["Households approaching for help"][i] == sum(
        duties[x][i] for x in ["Prevention duty owed", "Relief duty owed", "Advice only (not threatened with homelessness)"])

prev = [("Stayed in existing home", [92, 101, 108]),
        ("Moved to alternative accommodation", [88, 94, 97])]
prev_other = [("Became homeless (moved to relief duty)", [61, 66, 70]),
              ("Contact lost, withdrew or other reason", [37, 39, 42])]
rel = [("Accommodation secured for 6 months or more", [79, 84, 91])]
rel_other = [("56 days elapsed and main duty decision made", [68, 77, 83]),
             ("Contact lost, withdrew or other reason", [24, 27, 25])]

ta = [
    ("Council-provided accommodation", [
        ("Council hostels", [38, 38, 38]),
        ("Council-owned self-contained units", [46, 49, 52]),
        ("Private sector leased (PSL) units", [61, 64, 70])]),
    ("Nightly paid accommodation", [
        ("Bed and breakfast (shared facilities)", [29, 37, 44]),
        ("Nightly paid self-contained units", [52, 58, 63])]),
    ("Other temporary accommodation", [
        ("Refuge places", [9, 8, 10]),
        ("Registered provider short-term lets", [22, 24, 21])]),
]
ta_tot = [sum(v[i] for _, items in ta for _, v in items) for i in range(3)]
assert ta_tot == [257, 278, 298], ta_tot

exp = [
    ("Bed and breakfast and nightly paid accommodation", 1850, [512, 598, 671], 2480),
    ("Private sector leased accommodation", 1120, [268, 281, 296], 1160),
    ("Hostel running costs", 640, [158, 162, 165], 650),
    ("Prevention fund and rent deposits", 420, [96, 112, 121], 455),
    ("Housing Options staffing", 1380, [331, 336, 340], 1355),
    ("Rough sleeping outreach and support", 410, [97, 101, 104], 405),
]
inc = [
    ("Housing benefit subsidy on temporary accommodation", -1240, [-298, -321, -346], -1330),
    ("Homelessness Prevention Grant", -1310, [-328, -327, -328], -1310),
    ("Rough Sleeping Initiative (RSI) grant", -395, [-99, -99, -98], -395),
    ("Client charges and contributions", -210, [-49, -54, -57], -215),
]


def tot(rows):
    return (sum(r[1] for r in rows), [sum(r[2][i] for r in rows) for i in range(3)], sum(r[3] for r in rows))


TE = tot(exp); TI = tot(inc)
NET = (TE[0] + TI[0], [TE[1][i] + TI[1][i] for i in range(3)], TE[2] + TI[2])
assert TE[0] == 5820 and TE[2] == 6505 and TI[0] == -3155 and TI[2] == -3250, (TE, TI)
assert NET[0] == 2665 and NET[2] == 3255, NET

kpi = [
    ("Prevention duties ended with accommodation secured (%)", "65.0", None, None, None, "Amber", "Stable"),
    ("Relief duties ended with accommodation secured (%)", "45.0", None, None, None, "Green", "Stable"),
    ("Households in temporary accommodation (quarter end)", "250", "257", "278", "298", "Red", "Worsening"),
    ("Families with children in B&B for more than 6 weeks", "0", "3", "5", "7", "Red", "Worsening"),
    ("Average days from approach to main duty decision", "56", "49", "52", "47", "Green", "Improving"),
    ("People sleeping rough (quarterly snapshot count)", "5", "9", "7", "11", "Red", "Worsening"),
    ("People helped off the streets into accommodation", "–", "14", "17", "19", "n/a", "Improving"),
]

reasons = [
    ("End of private rented tenancy", 121, 38),
    ("Family or friends no longer willing to accommodate", 78, 64),
    ("Domestic abuse", 23, 41),
    ("Non-violent relationship breakdown", 31, 18),
    ("Eviction from supported housing", 12, 17),
    ("End of social rented tenancy", 19, 6),
    ("Left institution (prison, hospital or care)", 6, 21),
    ("Other reasons", 46, 14),
]
assert sum(r[1] for r in reasons) == 336 and sum(r[2] for r in reasons) == 219

# prevention/relief percentages
ps = [prev[0][1][i] + prev[1][1][i] for i in range(3)]
pt = [ps[i] + sum(x[1][i] for x in prev_other) for i in range(3)]
ppct = [f"{ps[i] / pt[i] * 100:.1f}" for i in range(3)]
rs = rel[0][1]
rt = [rs[i] + sum(x[1][i] for x in rel_other) for i in range(3)]
rpct = [f"{rs[i] / rt[i] * 100:.1f}" for i in range(3)]
kpi[0] = kpi[0][:2] + tuple(ppct) + kpi[0][5:]
kpi[1] = kpi[1][:2] + tuple(rpct) + kpi[1][5:]

# ================================================================ document
A("# Drennock Borough Council")
A("")
A("## Housing and Homelessness Prevention: Budget and Performance Update, Quarter 3 2025-26")
A("")
A("**Report to:** Housing and Communities Overview and Scrutiny Panel  ")
A("**Date:** 4 February 2026  ")
A("**Report author:** Head of Housing Needs and Homelessness  ")
A("**Portfolio holder:** Cabinet Member for Housing and Regeneration  ")
A("**Period covered:** 1 April to 31 December 2025")
A("")
A("---")
A("")
A("### 1. Purpose of the report")
A("")
A("This report updates the panel on the council's homelessness prevention and relief work in the first three "
  "quarters of 2025-26, the use of temporary accommodation (TA), and the forecast outturn for the homelessness "
  "budget. It covers households approaching Drennock Borough Council for help under Part 7 of the Housing Act "
  "1996 as amended by the Homelessness Reduction Act 2017.")
A("")
A("### 2. Summary")
A("")
A("Demand for homelessness services has continued to grow. The main points for the panel are:")
A("")
A(f"- {sum(duties['Households approaching for help'][:3]):,} households approached the council for help in the "
  "first three quarters, and Quarter 3 approaches (701) were 19.2% higher than in the same quarter last year (588).")
A("- The number of households in temporary accommodation rose from 257 at the end of June to 298 at the end of "
  "December 2025, against a target of 250.")
A("- Families with children are staying too long in bed and breakfast: 7 families had been in B&B for more than "
  "six weeks at the end of December.")
A(f"- The homelessness budget is forecast to overspend by £{NET[2] - NET[0]:,}k (£0.59m), mainly because of "
  "the cost of bed and breakfast and nightly paid accommodation.")
A("- Prevention work remains effective, with 64.7% of prevention duties in Quarter 3 ending with the household "
  "securing accommodation for at least six months.")
A("")
A("### 3. Definitions")
A("")
A("The following terms are used in this report:")
A("")
A("- **Prevention duty**: the duty to take reasonable steps to help a household that is threatened with "
  "homelessness within 56 days to keep its home or find somewhere else to live.")
A("- **Relief duty**: the duty to take reasonable steps to help a household that is already homeless to secure "
  "accommodation for at least six months. The relief duty normally lasts 56 days.")
A("- **Main housing duty**: the duty to secure accommodation for a household that is eligible, homeless, in "
  "priority need and not intentionally homeless once the relief duty has ended.")
A("- **Nightly paid accommodation**: accommodation booked by the night from private providers, including bed and "
  "breakfast (B&B) with shared kitchen or bathroom facilities.")
A("- **PSL**: private sector leased accommodation, which the council leases from private landlords for use as "
  "temporary accommodation.")
A("")
A("### 4. Approaches and duties owed")
A("")
A("Table 1 shows the number of households approaching the council and the duties owed to them. Prevention "
  "duties owed in Quarter 3 (336) were 24.0% higher than in Quarter 3 of 2024-25 (271). The increase is "
  "mainly driven by private landlords ending tenancies ahead of the Renters' Rights Act changes.")
A("")
A("**Table 1: Homelessness approaches and duties owed, Quarters 1 to 3 2025-26 (number of households)**")
A("")
A(row(["", "2025-26", "2025-26", "2025-26", "2025-26", "2024-25"]))
A(row(["---", "---:", "---:", "---:", "---:", "---:"]))
A(row(["**Measure**", "**Q1**", "**Q2**", "**Q3**", "**Year to date**", "**Q3 (last year)**"]))
A(row(["**Households approaching for help**"] + [k(x) for x in duties["Households approaching for help"][:3]]
      + [k(sum(duties["Households approaching for help"][:3])), k(duties["Households approaching for help"][3])]))
A(row(["*Outcome of initial assessment:*", "", "", "", "", ""]))
for lab in ["Prevention duty owed", "Relief duty owed", "Advice only (not threatened with homelessness)"]:
    v = duties[lab]
    A(row([lab] + [k(x) for x in v[:3]] + [k(sum(v[:3])), k(v[3])]))
A(row(["*Decisions after relief:*", "", "", "", "", ""]))
v = duties["Main housing duty accepted"]
A(row(["Main housing duty accepted"] + [k(x) for x in v[:3]] + [k(sum(v[:3])), k(v[3])]))
A("")
A("The council also places some households in temporary accommodation outside the borough when nothing suitable "
  "is available locally; these placements are reviewed monthly by the Housing Options manager.")
A("")
A("### 5. Outcomes of prevention and relief duties")
A("")
A("Table 2 shows how prevention and relief duties ended. Of the 317 prevention duties that ended in Quarter 3, "
  "205 (64.7%) ended with the household securing accommodation for at least six months, either by staying in "
  "their existing home or by moving. The relief success rate improved to 45.7% in Quarter 3.")
A("")
A("**Table 2: Prevention and relief duties ended, by outcome, 2025-26 (number of households)**")
A("")
A(row(["Outcome", "Q1", "Q2", "Q3", "Year to date"]))
A(row(["---", "---:", "---:", "---:", "---:"]))
A(row(["**Prevention duties ended**", "", "", "", ""]))
for lab, v in prev:
    A(row([lab] + [k(x) for x in v] + [k(sum(v))]))
A(row(["*Subtotal: accommodation secured*"] + [k(x) for x in ps] + [k(sum(ps))]))
for lab, v in prev_other:
    A(row([lab] + [k(x) for x in v] + [k(sum(v))]))
A(row(["**Total prevention duties ended**"] + [f"**{k(x)}**" for x in pt] + [f"**{k(sum(pt))}**"]))
A(row(["Prevention: % accommodation secured"] + ppct + [f"{sum(ps) / sum(pt) * 100:.1f}"]))
A(row(["**Relief duties ended**", "", "", "", ""]))
for lab, v in rel + rel_other:
    A(row([lab] + [k(x) for x in v] + [k(sum(v))]))
A(row(["**Total relief duties ended**"] + [f"**{k(x)}**" for x in rt] + [f"**{k(sum(rt))}**"]))
A(row(["Relief: % accommodation secured"] + rpct + [f"{sum(rs) / sum(rt) * 100:.1f}"]))
A("")
A("### 6. Temporary accommodation")
A("")
A("At 31 December 2025 there were 298 households in temporary accommodation, 41 more than at 30 June 2025. Of "
  "these, 168 were households with children. Most of the growth (26 households) has been in nightly "
  "paid accommodation, because the supply of council-owned and leased units has not kept pace with demand. The "
  "average weekly cost to the council of a B&B placement is £385, compared with £210 for a PSL unit.")
A("")
A("**Table 3: Households in temporary accommodation by type, end of quarter (number of households)**")
A("")
A(row(["Accommodation type", "30 June 2025", "30 September 2025", "31 December 2025", "Change since 30 June"]))
A(row(["---", "---:", "---:", "---:", "---:"]))
for g, items in ta:
    A(row([f"**{g}**", "", "", "", ""]))
    for lab, v in items:
        A(row([lab] + [k(x) for x in v] + [k(v[2] - v[0])]))
    s = [sum(v[i] for _, v in items) for i in range(3)]
    A(row([f"*Subtotal: {g.lower()}*"] + [k(x) for x in s] + [k(s[2] - s[0])]))
A(row(["**Total households in temporary accommodation**"] + [f"**{k(x)}**" for x in ta_tot]
      + [f"**{k(ta_tot[2] - ta_tot[0])}**"]))
A(row(["of which: households with children", "142", "155", "168", "26"]))
A(row(["of which: families with children in B&B over 6 weeks", "3", "5", "7", "4"]))
A("")
A("*Note: – means no change.*")
A("")
A("### 7. Budget monitoring")
A("")
A("Table 4 sets out spending and income against the 2025-26 homelessness budget. The net budget of "
  f"£{NET[0]:,}k is forecast to outturn at £{NET[2]:,}k, an overspend of £{NET[2] - NET[0]:,}k. The "
  "largest pressure is bed and breakfast and nightly paid accommodation, forecast to overspend by £630k. "
  "This is partly offset by higher housing benefit subsidy income and a small underspend on staffing because of "
  "vacancies in the Housing Options team.")
A("")
A("**Table 4: Homelessness budget 2025-26, spend to date and forecast outturn (£000)**")
A("")
A(row(["£000", "2025-26", "Actual spend", "Actual spend", "Actual spend", "2025-26", "2025-26"]))
A(row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]))
A(row(["**Budget line**", "**Budget**", "**Q1**", "**Q2**", "**Q3**", "**Forecast outturn**", "**Variance**"]))
A(row(["**Expenditure**", "", "", "", "", "", ""]))
for lab, b, q, f in exp:
    A(row([lab, k(b)] + [k(x) for x in q] + [k(f), k(f - b)]))
A(row(["**Total expenditure**", f"**{k(TE[0])}**"] + [f"**{k(x)}**" for x in TE[1]] + [f"**{k(TE[2])}**", f"**{k(TE[2] - TE[0])}**"]))
A(row(["**Income**", "", "", "", "", "", ""]))
for lab, b, q, f in inc:
    A(row([lab, k(b)] + [k(x) for x in q] + [k(f), k(f - b)]))
A(row(["**Total income**", f"**{k(TI[0])}**"] + [f"**{k(x)}**" for x in TI[1]] + [f"**{k(TI[2])}**", f"**{k(TI[2] - TI[0])}**"]))
A(row(["**Net expenditure**", f"**{k(NET[0])}**"] + [f"**{k(x)}**" for x in NET[1]] + [f"**{k(NET[2])}**", f"**{k(NET[2] - NET[0])}**"]))
A("")
A("*Figures in brackets are income. A positive variance is an overspend; a negative variance (in brackets) is "
  "an underspend or additional income. – means no variance.*")
A("")
A("### 8. Performance indicators")
A("")
A("Table 5 shows the service's key performance indicators. Three of the six indicators with a target are rated "
  "Red. The rough sleeping figures come from a single-night snapshot count carried out by the outreach team in "
  "the last month of each quarter.")
A("")
A("**Table 5: Homelessness key performance indicators, 2025-26**")
A("")
A(row(["Indicator", "Target", "Q1", "Q2", "Q3", "RAG (Q3)", "Direction of travel"]))
A(row(["---", "---:", "---:", "---:", "---:", ":---:", ":---:"]))
for r in kpi:
    A(row(list(r)))
A("")
A("### 9. Reasons for homelessness")
A("")
A("The ending of a private rented tenancy was the most common reason for households being owed a prevention "
  "duty in Quarter 3, while family or friends no longer being willing to accommodate was the most common "
  "reason among households owed a relief duty. Domestic abuse accounted for 41 relief duties.")
A("")
A("**Table 6: Main reason for loss or threat of loss of last settled home, Quarter 3 2025-26 (households owed a duty)**")
A("")
A(row(["Reason", "Prevention duty", "Relief duty", "Total", "% of total"]))
A(row(["---", "---:", "---:", "---:", "---:"]))
T = 336 + 219
for lab, a, b in reasons:
    A(row([lab, k(a), k(b), k(a + b), f"{(a + b) / T * 100:.1f}"]))
A(row(["**All reasons**", "**336**", "**219**", f"**{T}**", "**100.0**"]))
A("")
A("### 10. Risks")
A("")
A("The main risks to the service and the budget are:")
A("")
A("1. Continued growth in private rented sector evictions increasing demand for temporary accommodation.")
A("2. Further increases in nightly paid accommodation costs, which are not fully covered by housing benefit subsidy.")
A("3. Uncertainty over the level of Homelessness Prevention Grant for 2026-27 and beyond.")
A("4. Legal challenge if families with children remain in B&B for more than six weeks.")
A("")
A("### 11. Actions being taken")
A("")
A("To reduce the use of bed and breakfast and control costs, the council is:")
A("")
A("- buying 20 homes through the Local Authority Housing Fund for use as family temporary accommodation, with "
  "the first 8 expected to be available by June 2026;")
A("- leasing an additional 15 PSL units from private landlords by March 2026;")
A("- expanding the landlord incentive scheme to help households move into private rented homes;")
A("- working with registered providers to increase the number of short-term lets.")
A("")
A("### 12. Recommendations")
A("")
A("The Housing and Communities Overview and Scrutiny Panel is recommended to:")
A("")
A("1. Note the homelessness performance for Quarters 1 to 3 of 2025-26.")
A("2. Note the forecast overspend of £590k on the homelessness budget and the actions being taken to reduce it.")
A("3. Support the purchase of family temporary accommodation through the Local Authority Housing Fund.")
A("4. Receive a further update at the end of Quarter 4 2025-26.")
A("")
A("---")
A("")
A("*Background papers: Homelessness and Rough Sleeping Strategy 2024-2029; Housing budget report to Cabinet, "
  "February 2025.*")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(L) + "\n")
print("written", OUT)
print("NET", NET, "TE", TE, "TI", TI, "ppct", ppct, "rpct", rpct)
