# Generates t20_winter_discharge_update.md
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "t20_winter_discharge_update.md"
def c(x):
    if x is None: return "n/a"
    return f"({abs(x):,})" if x < 0 else f"{x:,}"

beds = [("Community hospital beds", [
            ("Heron Ward, Orrinsford Community Hospital", "Orrinsford", "Dunmere Vale Community Health", 24, 6, 30, 94.2, 24.5),
            ("Kestrel Unit, Dunmere Vale General Hospital", "Tarnley", "Dunmere Vale Hospitals NHS Trust", 18, 8, 22, 96.8, 19.1)]),
        ("Council intermediate care units", [
            ("Fernhill House", "Tarnley", "Dunmere Vale Council", 28, 0, 28, 91.5, 27.3),
            ("Brackenmoor Lodge", "Brackenmoor", "Dunmere Vale Council", 20, 4, 24, 88.9, 29.8)]),
        ("Commissioned care home beds (discharge to assess)", [
            ("Westhallow Court", "Westhallow", "Hallowmere Care Ltd", 10, 6, 12, 83.0, 31.6),
            ("Sandpiper House", "Tarnley", "Sandpiper Care Group", 8, 10, 18, 90.4, 26.2),
            ("Spot purchase beds", "All", "Various", 0, 12, 7, None, None)])]
allb = [b for _, bs in beds for b in bs]
CORE = sum(b[3] for b in allb); WIN = sum(b[4] for b in allb); OPEN = sum(b[5] for b in allb)
print("beds", CORE, WIN, CORE + WIN, OPEN)

hc = [("Tarnley", 9850, 9420, 38, 412, 6, "Improving"), ("Brackenmoor", 5200, 4890, 21, 236, 8, "Stable"),
      ("Orrinsford", 4600, 4510, 9, 94, 4, "Improving"), ("Westhallow", 3900, 3420, 31, 365, 12, "Worsening")]
HC = sum(x[1] for x in hc); HD = sum(x[2] for x in hc); HP = sum(x[3] for x in hc); HH = sum(x[4] for x in hc)
print("homecare", HC, HD, round(HD / HC * 100, 1), HP, HH)

weeks = ["w/c 3 Nov", "w/c 10 Nov", "w/c 17 Nov", "w/c 24 Nov", "w/c 1 Dec"]
pw = [("Pathway 0 – home, no new support", [612, 598, 634, 587, 621]),
      ("Pathway 1 – home with support", [104, 112, 98, 121, 117]),
      ("Pathway 2 – bedded rehabilitation", [31, 28, 35, 33, 29]),
      ("Pathway 3 – care home", [14, 17, 12, 16, 13])]
wt = [sum(p[1][i] for p in pw) for i in range(5)]
pt = [sum(p[1]) for p in pw]; GT = sum(wt)
print("discharges", wt, pt, GT)

nctr = [("NCTR patients – Dunmere Vale General Hospital", [78, 84, 91], "65", "Red"),
        ("NCTR patients – Orrinsford Community Hospital", [9, 11, 8], "8", "Green")]
nt = [sum(x[1][i] for x in nctr) for i in range(3)]
days = [30, 31, 30]
bdl = [nt[i] * days[i] for i in range(3)]
print("nctr", nt, bdl)

reasons = [("Awaiting home care package (pathway 1)", 29), ("Awaiting intermediate care bed (pathway 2)", 20),
           ("Awaiting care home placement (pathway 3)", 16), ("Awaiting social care or therapy assessment", 12),
           ("Awaiting equipment or housing adaptation", 6), ("Patient or family choice", 8), ("Awaiting transport", 3),
           ("Safeguarding or legal process", 4), ("Other", 6)]
RT = sum(r[1] for r in reasons)
print("reasons total", RT)

fund = [("A. Better Care Fund discharge element – Dunmere Vale Council", [
            ("Winter home care capacity (1,200 hours a week)", 1150, 1150, 420, "Green"),
            ("Brackenmoor Lodge winter beds", 310, 310, 105, "Green"),
            ("Discharge to assess care home beds", 1240, 1180, 465, "Amber"),
            ("Trusted assessor and brokerage team", 420, 395, 240, "Green"),
            ("Reablement recruitment and retention", 300, 210, 88, "Amber")]),
        ("B. Better Care Fund discharge element – Dunmere Vale ICB", [
            ("Kestrel Unit winter beds", 880, 880, 292, "Amber"),
            ("Heron Ward winter beds", 520, 520, 196, "Green"),
            ("Spot purchase pathway 2 beds", 610, 420, 132, "Red"),
            ("Transfer of care hub", 450, 450, 280, "Green"),
            ("Home from hospital (voluntary sector)", 220, 220, 95, "Green")]),
        ("C. ICB winter resilience funding (non-recurrent)", [
            ("Urgent community response extended hours", 360, 360, 60, "Green"),
            ("Frailty virtual ward expansion", 540, 480, 110, "Amber"),
            ("Discharge lounge weekend opening", 95, 95, 20, "Green")])]
FA = sum(s[1] for _, ss in fund for s in ss); FC = sum(s[2] for _, ss in fund for s in ss); FS = sum(s[3] for _, ss in fund for s in ss)
subs = [(g, sum(s[1] for s in ss), sum(s[2] for s in ss), sum(s[3] for s in ss)) for g, ss in fund]
print("fund", FA, FC, FS, subs)

L = []
a = L.append
a("# Winter Plan 2025/26 and Hospital Discharge Capacity Update\n")
a("**Dunmere Vale Urgent and Emergency Care Board**  ")
a("**Date of meeting:** 11 December 2025  ")
a("**Agenda item:** 5  ")
a("**Report author:** Associate Director of Urgent Care and Flow, Dunmere Vale ICB  ")
a("**Sponsor:** Chief Operating Officer, Dunmere Vale Hospitals NHS Trust  ")
a("**Purpose:** For assurance\n")
a("---\n")
a("## 1. Purpose\n")
a("1.1 This paper updates the Board on the Dunmere Vale winter plan for 2025/26. It sets out the intermediate care bed and home care "
  "capacity in place for winter, hospital discharge activity by pathway for the five weeks to 7 December 2025, the position on delayed "
  "discharges, and how the discharge and winter funding for 2025/26 has been allocated.\n")
a("## 2. Summary\n")
a("2.1 The key points for the Board are:\n")
a(f"- {OPEN} of the {CORE + WIN} intermediate care beds planned for winter were open on 1 December 2025; the gap is mainly at the Kestrel Unit and in spot purchase beds.")
a(f"- Home care delivered {HD:,} hours a week in November, {HD/HC*100:.1f}% of the hours commissioned, with {HP} people waiting for a package.")
a(f"- {GT:,} adults were discharged from hospital in the five weeks from 3 November, of whom {pt[0]/GT*100:.1f}% went home with no new support (pathway 0).")
a(f"- The average daily number of patients with no criteria to reside rose from {nt[0]} in September to {nt[2]} in November, well above the winter target of 73.")
a(f"- £{FC:,}k of the £{FA:,}k discharge and winter funding has been committed.\n")
a("## 3. Definitions\n")
a("3.1 This paper uses the national discharge pathways:\n")
a("- **Pathway 0** – simple discharge home with no new or extra support;")
a("- **Pathway 1** – discharge home with new or extra support, such as reablement or home care;")
a("- **Pathway 2** – discharge to a bedded setting for rehabilitation or recovery (intermediate care);")
a("- **Pathway 3** – discharge to a care home for people who are likely to need long-term care.\n")
a("3.2 A patient has **no criteria to reside (NCTR)** when the clinical team agrees they no longer need to be in an acute hospital bed. "
  "**Discharge to assess (D2A)** means assessing a person's long-term care needs after they leave hospital rather than before. "
  "**Urgent community response (UCR)** is a two-hour crisis response service that helps people avoid going into hospital.\n")
a("## 4. Intermediate care bed capacity\n")
a(f"4.1 The winter plan commissions {CORE + WIN} intermediate care (pathway 2) beds across seven sites: {CORE} core beds available all year and "
  f"{WIN} extra winter beds from 1 November 2025 to 31 March 2026. Table 1 shows capacity by site.\n")
a("4.2 The Kestrel Unit had only 22 of its 26 beds open on 1 December because of nursing vacancies; the Trust expects all beds to be open "
  "by 5 January 2026. Only 7 of the 12 spot purchase beds had been secured. Westhallow Court has four beds closed following a "
  "Care Quality Commission inspection and is not accepting new admissions to those beds.\n")
a("**Table 1: Intermediate care (pathway 2) beds by site, winter 2025/26**\n")
a("| Site | Locality | Provider | Core beds | Winter beds | Total winter capacity | Beds open at 1 Dec 2025 | Occupancy Nov 2025 (%) | Average length of stay (days) |")
a("|---|---|---|---:|---:|---:|---:|---:|---:|")
for g, bs in beds:
    a(f"| **{g}** | | | | | | | | |")
    for s, loc, prov, core, win, op, occ, los in bs:
        a(f"| {s} | {loc} | {prov} | {core} | {win if win else '–'} | {core + win} | {op} | {'n/a' if occ is None else f'{occ:.1f}'} | {'n/a' if los is None else f'{los:.1f}'} |")
    a(f"| *Subtotal – {g.lower()}* | | | *{sum(b[3] for b in bs)}* | *{sum(b[4] for b in bs)}* | *{sum(b[3]+b[4] for b in bs)}* | *{sum(b[5] for b in bs)}* | | |")
a(f"| **Total** | | | **{CORE}** | **{WIN}** | **{CORE + WIN}** | **{OPEN}** | **91.6** | **26.1** |\n")
a("*Note: n/a = not applicable (spot purchase beds are bought as needed). Total occupancy and length of stay exclude spot purchase beds.*\n")

a("## 5. Home care\n")
a(f"5.1 Home care is commissioned by Dunmere Vale Council from 14 providers. In November an average of {HD:,} hours a week were delivered "
  f"against {HC:,} hours commissioned ({HD/HC*100:.1f}%). On 1 December, {HP} people were waiting for a home care package, needing "
  f"{HH:,} hours a week between them.\n")
a("5.2 From 1 December 2025 the Council has commissioned an extra 1,200 hours a week of winter home care capacity, funded from the Better "
  "Care Fund discharge element (Table 6). Westhallow remains the most difficult area to cover because of long travel times between calls; "
  "a rural rounds pilot with two providers starts in January.\n")
a("**Table 2: Home care hours and waiting lists by district, November 2025**\n")
a("| District | Commissioned hours per week | Delivered hours per week (Nov average) | Delivered (%) | People waiting at 1 Dec | Hours waiting | Median wait (days) | Trend |")
a("|---|---:|---:|---:|---:|---:|---:|---|")
for d, cm, dl, pp, hh, mw, tr in hc:
    a(f"| {d} | {cm:,} | {dl:,} | {dl/cm*100:.1f} | {pp} | {hh} | {mw} | {tr} |")
a(f"| **Dunmere Vale** | **{HC:,}** | **{HD:,}** | **{HD/HC*100:.1f}** | **{HP}** | **{HH:,}** | **7** | **Improving** |\n")

a("## 6. Discharges by pathway\n")
a(f"6.1 Table 3 shows adult discharges from Dunmere Vale General Hospital by pathway for the five weeks from 3 November 2025. In total "
  f"{GT:,} adults were discharged: {pt[0]:,} on pathway 0, {pt[1]} on pathway 1, {pt[2]} on pathway 2 and {pt[3]} on pathway 3. "
  f"The busiest week was the week commencing 1 December, with {max(wt)} discharges.\n")
a("6.2 Pathway 1 discharges peaked at 121 in the week commencing 24 November, when the Council's reablement service took on extra "
  "capacity. The national expectation is that around 95% of people are discharged to their usual place of residence (pathways 0 and 1).\n")
a("**Table 3: Adult discharges from Dunmere Vale General Hospital by pathway and week, November to December 2025**\n")
a("| Pathway | " + " | ".join(weeks) + " | Five-week total | Share of total (%) |")
a("|---|" + "---:|" * 7)
for lab, v in pw:
    a(f"| {lab} | " + " | ".join(str(x) for x in v) + f" | {sum(v):,} | {sum(v)/GT*100:.1f} |")
a("| **All discharges** | " + " | ".join(f"**{x}**" for x in wt) + f" | **{GT:,}** | **100.0** |")
home = [(pw[0][1][i] + pw[1][1][i]) / wt[i] * 100 for i in range(5)]
a("| Home (pathways 0 and 1) (%) | " + " | ".join(f"{x:.1f}" for x in home) + f" | {(pt[0]+pt[1])/GT*100:.1f} | – |\n")
print("home%", [round(x, 1) for x in home], round((pt[0]+pt[1])/GT*100, 1))

a("## 7. Delayed discharges\n")
a(f"7.1 Delays remain the main pressure on hospital flow. The average number of patients each day with no criteria to reside rose from "
  f"{nt[0]} in September to {nt[2]} in November (Table 4). In November this meant {bdl[2]:,} bed days were lost, the equivalent of "
  f"{bdl[2]/30:.0f} beds every day.\n")
a("**Table 4: Patients with no criteria to reside, average daily number, September to November 2025**\n")
a("| Measure | Sep 2025 | Oct 2025 | Nov 2025 | Winter target | RAG |")
a("|---|---:|---:|---:|---:|---|")
for lab, v, tgt, r in nctr:
    a(f"| {lab} | " + " | ".join(str(x) for x in v) + f" | {tgt} | {r} |")
a(f"| **Total NCTR patients** | **{nt[0]}** | **{nt[1]}** | **{nt[2]}** | **73** | **Red** |")
a("| Of which delayed 7 days or more | 41 | 46 | 52 | 30 | Red |")
a("| Bed days lost to delayed discharge | " + " | ".join(f"{x:,}" for x in bdl) + " | – | – |")
a("| NCTR as % of occupied adult beds (DVGH) | 10.8 | 11.6 | 12.4 | 8.0 | Red |\n")
a(f"7.2 On 1 December 2025, {RT} patients had no criteria to reside. Table 5 shows the main reason for each delay. Waiting for a home "
  "care package is the single biggest cause, followed by waiting for an intermediate care bed.\n")
a("**Table 5: Main reason for delay, patients with no criteria to reside, snapshot 1 December 2025**\n")
a("| Reason for delay | Patients | % of total |")
a("|---|---:|---:|")
for r, v in reasons:
    a(f"| {r} | {v} | {v/RT*100:.1f} |")
a(f"| **Total** | **{RT}** | **100.0** |\n")

a("## 8. Funding allocations\n")
a(f"8.1 Dunmere Vale has £{FA:,}k of discharge and winter funding in 2025/26 from three sources (Table 6). By 30 November, "
  f"£{FC:,}k had been committed and £{FS:,}k spent. The £{FA-FC}k not yet committed is mainly on spot purchase pathway 2 beds and "
  "reablement recruitment, where schemes have been slower to start.\n")
a("8.2 Schemes are rated for delivery: Green where the scheme is running as planned, Amber where it is partly in place, and Red where "
  "it is significantly behind plan.\n")
a("**Table 6: Discharge and winter funding allocations 2025/26 by scheme**\n")
a("| Scheme | Allocation | Committed | Spent to 30 Nov | Delivery RAG |")
a("|---|---:|---:|---:|---|")
a("| | £000 | £000 | £000 | |")
for (g, ss), (_, sa, sc, sp) in zip(fund, subs):
    a(f"| **{g}** | | | | |")
    for s, al, cm, sp_, r in ss:
        a(f"| {s} | {al:,} | {cm:,} | {sp_:,} | {r} |")
    a(f"| *Subtotal {g[:1]}* | *{sa:,}* | *{sc:,}* | *{sp:,}* | |")
a(f"| **Total** | **{FA:,}** | **{FC:,}** | **{FS:,}** | |\n")

a("## 9. Risks and mitigations\n")
a("9.1 The main risks to the winter plan are:\n")
a("- a severe flu season or a norovirus outbreak closing beds in community hospitals or care homes;")
a("- failure to recruit the nurses needed to open all 26 Kestrel Unit beds;")
a("- home care providers being unable to staff the extra winter hours, particularly in Westhallow;")
a("- industrial action by resident doctors over the Christmas and New Year period.\n")
a("9.2 Mitigations include a daily system call at OPEL level 3 and above, a winter escalation plan agreed with all providers, and a "
  "reserve list of care homes that can take spot purchase beds at short notice.\n")
a("## 10. Recommendations\n")
a("10.1 The Board is asked to:\n")
a("1. note the intermediate care and home care capacity in place for winter 2025/26;")
a("2. note the rise in patients with no criteria to reside and the actions to reduce delays;")
a("3. agree that the uncommitted funding is reviewed at the January meeting and moved to schemes that can deliver before 31 March 2026;")
a("4. receive a further update on discharge performance in February 2026.\n")
a("---\n")
a("*Glossary: D2A – discharge to assess; DVGH – Dunmere Vale General Hospital; NCTR – no criteria to reside; OPEL – operational "
  "pressures escalation levels; UCR – urgent community response.*")
open(OUT, "w", encoding="utf-8").write("\n".join(L) + "\n")
