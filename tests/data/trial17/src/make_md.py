"""Generate t17_unpaid_carers_strategy_update.md (carers strategy annual update)."""

OUT = "/work/trials_new/trial17/t17_unpaid_carers_strategy_update.md"


def fmt(n, dp=0):
    if n is None:
        return "–"
    if isinstance(n, str):
        return n
    if dp == 0 and n == 0:
        return "–"
    if n < 0:
        return "(" + f"{-n:,.{dp}f}" + ")"
    return f"{n:,.{dp}f}"


L = []
a = L.append

# ---- data
qa = {
    "Adult carers' assessments completed": [412, 438, 397, 465, 1486],
    "of which joint assessments with the cared-for person": [118, 126, 109, 131, 502],
    "Carers' reviews completed": [604, 587, 622, 649, 2210],
    "Young carers' assessments (under 18)": [64, 41, 73, 88, 231],
}
med = [31, 27, 29, 24]
within = [46, 53, 50, 58]
dp_carers = [187, 194, 201, 213]

loc = [("Kessford", 8940, 538, 2315), ("Oldbrigg", 6720, 402, 1764), ("Wyndhallow", 5180, 259, 1022),
       ("Sallowmead", 4610, 284, 1198), ("Pennick Cross", 4420, 229, 1047)]
assert sum(x[2] for x in loc) == sum(qa["Adult carers' assessments completed"][:4])

hub = {
    "New carers registered": [382, 415, 389, 452],
    "Information and advice contacts": [2904, 3117, 2861, 3342],
    "Carers' emergency plans created": [58, 62, 47, 71],
    "Wellbeing café attendances": [412, 455, 398, 489],
}

breaks = {
    "Replacement care (respite)": [
        ("Residential respite", 214, 3046, "nights", 412),
        ("Day opportunities (respite days)", 176, 5820, "days", 338),
        ("Home-based sitting service", 302, 18450, "hours", 461),
    ],
    "Carers' breaks": [
        ("Carers' Break Fund personal grants", 1126, 1126, "grants", 338),
        ("Group breaks and activities", 845, 96, "events", 74),
        ("Young carers' activity breaks", 158, 22, "trips", 41),
    ],
}

budget = {
    "Better Care Fund (carers element)": [
        ("Marrowdene Carers Hub contract", 845, 845, 870),
        ("Carers' Break Fund", 320, 338, 350),
        ("Young carers service", 286, 279, 295),
        ("Carers' emergency planning (\"What if?\" scheme)", 64, 48, 64),
    ],
    "Council base budget": [
        ("Replacement care (respite)", 1150, 1211, 1230),
        ("Carers' assessment team", 402, 371, 415),
        ("Group breaks and young carers' activities", 120, 115, 120),
    ],
}

# ---- document
a("# Marrowdene Vale Unpaid Carers Strategy 2024–2029: Annual Update 2024-25")
a("")
a("**Marrowdene Vale Health and Wellbeing Board**")
a("")
a("- **Meeting date:** 16 October 2025")
a("- **Report date:** 3 October 2025")
a("- **Report author:** Strategic Commissioning Manager, All-Age Carers (Marrowdene Vale Council)")
a("- **Joint sponsors:** Director of Adult Social Care and Chief Nursing Officer, Marrowdene Vale ICB")
a("- **Reporting period:** 1 April 2024 to 31 March 2025 (Year 1 of the strategy)")
a("- **Purpose:** For information and endorsement")
a("")
a("## 1. Purpose")
a("")
a("This report updates the Board on the first year of the Marrowdene Vale Unpaid Carers Strategy 2024–2029, which was "
  "co-produced with carers and agreed by the Board in March 2024. It covers carers' assessments, support from the "
  "Marrowdene Carers Hub, breaks and respite, spend against the carers budget, the results of the latest national "
  "carers survey and progress against the six strategy priorities.")
a("")
a("## 2. Background")
a("")
a("An unpaid carer is anyone, of any age, who looks after a family member, partner or friend who needs help because "
  "of illness, frailty, disability, a mental health problem or an addiction, and who cannot cope without their support. "
  "The 2021 Census recorded 29,870 unpaid carers in Marrowdene Vale, of whom 9,410 provide 50 or more hours of care a "
  "week. Local voluntary organisations believe the true number is considerably higher, because many people do not "
  "identify themselves as carers.")
a("")
a("Under the Care Act 2014 the council must offer a carer's assessment to any carer who appears to have needs for "
  "support. The Marrowdene Carers Hub, run by Vale Carers Trust under contract to the council, provides information, "
  "advice, emotional support and the Carers' Break Fund. Young carers are supported by the Young Carers Service at "
  "Oldbrigg.")
a("")
a("## 3. Headlines for 2024-25")
a("")
a("Key achievements in the first year of the strategy include:")
a("")
tot_ass = sum(qa["Adult carers' assessments completed"][:4])
prev_ass = qa["Adult carers' assessments completed"][4]
a(f"- {tot_ass:,} adult carers' assessments were completed, up {100 * (tot_ass - prev_ass) / prev_ass:.1f}% on 2023-24 ({prev_ass:,});")
a(f"- {sum(hub['New carers registered']):,} new carers registered with the Marrowdene Carers Hub, exceeding the Year 1 target of 1,500;")
tot_breaks_carers = sum(x[1] for v in breaks.values() for x in v)
a(f"- {tot_breaks_carers:,} instances of carers receiving a break or replacement care were recorded;")
a("- the median wait from referral to assessment fell from 36 days in 2023-24 to 28 days;")
a("- carer-reported quality of life in the national survey rose to 7.4 out of 12, above the England average of 7.3.")
a("")
a("Areas where progress has been slower are carers' health checks in general practice and young carers' assessments, "
  "which are both below their Year 1 targets.")
a("")

# section 4 assessments
a("## 4. Carers' assessments and reviews")
a("")
a("Table 1 shows assessment and review activity by quarter. Assessments increased in Quarter 4 following a "
  "campaign with GP practices and pharmacies. Young carers' assessments fell in Quarter 2 because schools are closed "
  "over the summer, when most young carers are identified through school staff.")
a("")
a("**Table 1: Carers' assessments and reviews by quarter, 2024-25, with 2023-24 comparison**")
a("")
a("| Measure | Q1 (Apr–Jun) | Q2 (Jul–Sep) | Q3 (Oct–Dec) | Q4 (Jan–Mar) | 2024-25 total | 2023-24 total |")
a("|---|---:|---:|---:|---:|---:|---:|")
for k, v in qa.items():
    lab = k if not k.startswith("of which") else f"&nbsp;&nbsp;*{k}*"
    a(f"| {lab} | " + " | ".join(fmt(x) for x in v[:4]) + f" | {fmt(sum(v[:4]))} | {fmt(v[4])} |")
    print(k, sum(v[:4]), v[4])
a("| Median days from referral to assessment | " + " | ".join(str(x) for x in med) + " | 28 | 36 |")
a("| Assessments completed within 28 days (%) | " + " | ".join(str(x) for x in within) + " | 52 | 41 |")
a("| Carers receiving a direct payment (at quarter end) | " + " | ".join(str(x) for x in dp_carers) + " | n/a | 172 |")
a("")
a("*Source: Marrowdene Vale Council adult social care case management system. Annual median and percentage are "
  "calculated on all assessments in the year, not as an average of the quarters. The 2023-24 direct payment figure is "
  "the number at 31 March 2024.*")
a("")
a("Table 2 shows adult carers' assessments by locality against the estimated number of carers in each locality. "
  "Rates are lowest in Wyndhallow and Pennick Cross, the two most rural localities, where the Carers Hub has begun "
  "monthly outreach sessions in village halls.")
a("")
a("**Table 2: Adult carers' assessments by locality, 2024-25 (rate per 1,000 estimated carers)**")
a("")
a("| Locality | Estimated unpaid carers (Census 2021) | Adult carers' assessments | Assessments per 1,000 carers | Carers registered with the Hub at 31 March 2025 |")
a("|---|---:|---:|---:|---:|")
for n, c, s, h in loc:
    a(f"| {n} | {fmt(c)} | {fmt(s)} | {1000 * s / c:.1f} | {fmt(h)} |")
    print(n, round(1000 * s / c, 1))
tc = sum(x[1] for x in loc); ts = sum(x[2] for x in loc); th = sum(x[3] for x in loc)
a(f"| **Marrowdene Vale** | **{fmt(tc)}** | **{fmt(ts)}** | **{1000 * ts / tc:.1f}** | **{fmt(th)}** |")
print("loc total", tc, ts, round(1000 * ts / tc, 1), th)
a("")

# section 5 hub
a("## 5. Marrowdene Carers Hub")
a("")
a("The Carers Hub is the main front door for carers in Marrowdene Vale. In addition to the activity in Table 3, the "
  "Hub launched a digital carers' app in February 2025; usage data will be included in next year's update. The Hub "
  "also placed a carers' liaison worker at Kessford General Hospital from January 2025 to identify carers when "
  "patients are discharged.")
a("")
a("**Table 3: Marrowdene Carers Hub activity by quarter, 2024-25**")
a("")
a("| Activity | Q1 | Q2 | Q3 | Q4 | Total 2024-25 |")
a("|---|---:|---:|---:|---:|---:|")
for k, v in hub.items():
    a(f"| {k} | " + " | ".join(fmt(x) for x in v) + f" | {fmt(sum(v))} |")
    print(k, sum(v))
a("")
a("A carers' emergency plan records what should happen if the carer is suddenly unable to care, for example because "
  "of their own illness. Each plan is linked to a card the carer carries with them.")
a("")

# section 6 breaks
a("## 6. Breaks and replacement care")
a("")
a("Carers told us during the strategy engagement that a break from caring is the single most important form of support. "
  "Replacement care (respite) is arranged following a carer's or cared-for person's assessment; carers' breaks are "
  "lower-level support available through the Carers Hub without a formal assessment.")
a("")
a("**Table 4: Breaks and replacement care provided, 2024-25**")
a("")
a("| Type of support | Carers supported | Volume delivered | Unit | Spend (£000) |")
a("|---|---:|---:|---|---:|")
gt_c = gt_s = 0
for g, items in breaks.items():
    a(f"| **{g}** | | | | |")
    sc = ss = 0
    for n, c, v, u, s in items:
        a(f"| {n} | {fmt(c)} | {fmt(v)} | {u} | {fmt(s)} |")
        sc += c; ss += s
    a(f"| *Subtotal: {g[0].lower() + g[1:]}* | *{fmt(sc)}* | – | – | *{fmt(ss)}* |")
    print("breaks sub", g, sc, ss)
    gt_c += sc; gt_s += ss
a(f"| **Total breaks and replacement care** | **{fmt(gt_c)}** | – | – | **{fmt(gt_s)}** |")
print("breaks total", gt_c, gt_s)
a("")
a("*Carers may appear in more than one row, so the total is a count of instances of support rather than of individual carers.*")
a("")
avg_grant = 338000 / 1126
print("avg grant", avg_grant)
a(f"The Carers' Break Fund provided 1,126 personal grants with an average value of £{avg_grant:,.0f}. Grants were most "
  "often used for short holidays, gym or leisure memberships, and equipment for hobbies. Demand exceeded the budget, and "
  "from January 2025 the maximum grant was reduced from £400 to £300 to allow more carers to benefit.")
a("")

# section 7 finance
a("## 7. Carers budget 2024-25")
a("")
a("Table 5 shows the carers budget for 2024-25, actual spend, and the budget for 2025-26. Support for carers is funded "
  "from the carers element of the Better Care Fund (BCF), which is pooled between the council and the ICB, and from "
  "the council's base budget. Variance is actual less budget; figures in brackets are underspends.")
a("")
a("**Table 5: Carers budget and spend (£000)**")
a("")
a("| Budget line | 2024-25 budget | 2024-25 actual | 2024-25 variance | 2025-26 budget |")
a("|---|---:|---:|---:|---:|")
GB = GA = GN = 0
for g, items in budget.items():
    a(f"| **{g}** | | | | |")
    sb = sa = sn = 0
    for n, b, ac, nb in items:
        a(f"| {n} | {fmt(b)} | {fmt(ac)} | {fmt(ac - b)} | {fmt(nb)} |")
        sb += b; sa += ac; sn += nb
    a(f"| *Subtotal* | *{fmt(sb)}* | *{fmt(sa)}* | *{fmt(sa - sb)}* | *{fmt(sn)}* |")
    print("budget sub", g, sb, sa, sa - sb, sn)
    GB += sb; GA += sa; GN += sn
a(f"| **Total carers budget** | **{fmt(GB)}** | **{fmt(GA)}** | **{fmt(GA - GB)}** | **{fmt(GN)}** |")
print("budget total", GB, GA, GA - GB, GN, round(100 * (GN - GB) / GB, 1))
a("")
a(f"Overall spend was £{GA - GB}k above budget. Replacement care overspent by £61k because of higher demand for "
  "residential respite, partly offset by vacancies in the carers' assessment team. The 2025-26 budget of "
  f"£{GN:,}k includes an inflationary uplift to the Carers Hub contract.")
a("")

# section 8 survey
a("## 8. What carers tell us: Survey of Adult Carers in England")
a("")
a("The Survey of Adult Carers in England (SACE) is a national postal survey carried out every two years by councils "
  "with social services responsibilities. The most recent survey was carried out in autumn 2023 and the results were "
  "published in 2024. The sample is carers known to the council who have had an assessment or review in the previous year.")
a("")
a("**Table 6: Survey of Adult Carers in England, selected results**")
a("")
a("| Measure | Marrowdene Vale 2021-22 | Marrowdene Vale 2023-24 | Region 2023-24 | England 2023-24 |")
a("|---|---:|---:|---:|---:|")
sv = [
    ("Carer-reported quality of life score (out of 12)", "7.1", "7.4", "7.3", "7.3"),
    ("Overall satisfaction of carers with social services (%)", "34.8", "37.2", "36.1", "36.3"),
    ("Carers who have as much social contact as they would like (%)", "26.0", "28.4", "29.1", "30.0"),
    ("Carers who find it easy to find information about services (%)", "55.3", "58.9", "57.4", "57.8"),
    ("Carers who feel included or consulted in discussions about the person they care for (%)", "62.0", "65.5", "64.3", "64.7"),
    ("Survey response rate (%)", "38", "34", "n/a", "n/a"),
]
for r in sv:
    a("| " + " | ".join(r) + " |")
a("")
a("All five outcome measures improved between the 2021-22 and 2023-24 surveys. Social contact remains the weakest area "
  "and is below both the regional and England averages. The next survey will take place in autumn 2025, with results "
  "expected in summer 2026.")
a("")
a("Local feedback gathered by the Carers Hub supports these findings. Carers most often said they would like:")
a("")
a("- more flexible replacement care that can be booked at short notice;")
a("- one named contact rather than having to repeat their story;")
a("- evening and weekend peer support groups for working carers;")
a("- better recognition from GP practices and hospital staff.")
a("")

# section 9 priorities
a("## 9. Progress against strategy priorities")
a("")
a("The strategy has six priorities, each with a headline measure and a Year 1 target agreed by the Carers' Partnership Board.")
a("")
a("**Table 7: Strategy priorities – Year 1 measures, targets and RAG status**")
a("")
a("| Priority | Headline measure | Year 1 target | Year 1 actual | RAG |")
a("|---|---|---:|---:|---|")
pri = [
    ("1. Identifying and recognising carers", "New carers registered with the Carers Hub", 1500, sum(hub["New carers registered"]), "Green"),
    ("2. Supporting carers' health and wellbeing", "Carers' health checks delivered in GP practices", 600, 412, "Red"),
    ("3. Breaks from caring", "Instances of breaks or replacement care", 2500, gt_c, "Green"),
    ("4. Young carers", "Young carers' assessments completed", 300, sum(qa["Young carers' assessments (under 18)"][:4]), "Amber"),
    ("5. Carers in employment and financial wellbeing", "Employers signed up to the Carer Friendly Employer Charter", 25, 21, "Amber"),
    ("6. Carers' voice and co-production", "Carers' Partnership Board meetings held", 4, 4, "Green"),
]
for p, m, t, ac, r in pri:
    a(f"| {p} | {m} | {fmt(t)} | {fmt(ac)} | {r} |")
a("")
a("*RAG: Green = target met; Amber = within 20% of target; Red = more than 20% below target.*")
for p in pri:
    print(p[0], p[3], p[4], round(100 * p[3] / p[2], 1))
a("")
a("The carers' health check offer relies on GP practices identifying carers on their registers. Only 31 of the 42 "
  "practices in Marrowdene Vale have a carers' register that has been updated in the last 12 months. The ICB has agreed "
  "to include carer identification in the 2025-26 primary care quality scheme.")
a("")

# section 10 priorities next year
a("## 10. Priorities for 2025-26")
a("")
a("In the second year of the strategy the partnership will:")
a("")
a("1. extend the carers' liaison worker role to Oldbrigg Royal Infirmary;")
a("2. introduce a short-notice replacement care service, bookable up to 48 hours in advance;")
a("3. work with schools to increase identification of young carers, with a target of 320 young carers' assessments;")
a("4. launch a working carers' network with the Carer Friendly Employer Charter signatories;")
a("5. review the Carers' Break Fund eligibility criteria and maximum grant.")
a("")
a("## 11. Recommendations")
a("")
a("The Health and Wellbeing Board is asked to:")
a("")
a("1. note the progress made in Year 1 of the Unpaid Carers Strategy 2024–2029;")
a("2. endorse the priorities for 2025-26 set out in section 10;")
a("3. ask all Board partners to sign up to the Carer Friendly Employer Charter by March 2026;")
a("4. support the ICB's inclusion of carer identification in the primary care quality scheme.")
a("")
a("---")
a("")
a("*Contact: Strategic Commissioning Manager, All-Age Carers, Marrowdene Vale Council. Background papers: Marrowdene "
  "Vale Unpaid Carers Strategy 2024–2029; Survey of Adult Carers in England 2023-24.*")
a("")

open(OUT, "w", encoding="utf-8").write("\n".join(L))
print("written", OUT)
