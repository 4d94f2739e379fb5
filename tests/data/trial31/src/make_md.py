"""Paper 4: Safer Wyvernshire Partnership - Community Safety Annual Plan mid-year update (Markdown)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, r

OUT = os.path.join(os.path.dirname(__file__), "..", "t31_community_safety_plan_update.md")
D = ["Brindlemoor", "Hollinsey", "Kelbeck Vale", "Marrowby", "Orrinford"]
POP = [98400, 84700, 61200, 91300, 152600]

crime_groups = [
    ("Violence against the person", [
        ("Violence with injury", [412, 338, 221, 376, 905]),
        ("Violence without injury", [588, 471, 302, 529, 1284]),
        ("Stalking and harassment", [497, 402, 268, 455, 1046]),
    ]),
    ("Acquisitive crime", [
        ("Residential burglary", [118, 96, 71, 104, 287]),
        ("Vehicle offences", [203, 164, 98, 187, 462]),
        ("Shoplifting", [276, 231, 84, 248, 811]),
    ]),
    ("Other crime", [
        ("Criminal damage and arson", [351, 287, 176, 322, 698]),
        ("Drug offences", [96, 88, 41, 117, 341]),
        ("Public order offences", [231, 186, 103, 208, 566]),
    ]),
]
CR = {}
grand = [0] * 5
for g, items in crime_groups:
    sub = [0] * 5
    for n, v in items:
        CR[n] = v + [sum(v)]
        sub = [sub[i] + v[i] for i in range(5)]
    CR["Total " + g.lower()] = sub + [sum(sub)]
    grand = [grand[i] + sub[i] for i in range(5)]
CR["All recorded crime"] = grand + [sum(grand)]

# last year (Apr-Sep 2024), chosen
last = [2830, 2195, 1430, 2445, 6470]
DIST = {}
for i, d in enumerate(D):
    now = grand[i]
    ch = now - last[i]
    pc = r(ch / last[i] * 100, 1)
    rate = r(now / POP[i] * 1000, 1)
    DIST[d] = (last[i], now, ch, pc, rate)
tl, tn = sum(last), sum(grand)
DIST["Wyvernshire"] = (tl, tn, tn - tl, r((tn - tl) / tl * 100, 1), r(tn / sum(POP) * 1000, 1))

def trend(pc):
    return "Down" if pc < -1 else ("Up" if pc > 1 else "Stable")

L = []
w = L.append
w("# Safer Wyvernshire Partnership\n")
w("## Community Safety Partnership Annual Plan 2025-26: mid-year update\n")
w("**Report to:** Safer Wyvernshire Partnership Board  \n**Date of meeting:** 15 January 2026  \n"
  "**Agenda item:** 6  \n**Report of:** Partnership Manager, Safer Wyvernshire Partnership  \n"
  "**Status:** For decision (recommendation 8.1(c)) and information\n")
w("## 1. Purpose\n")
w("1.1 This report updates the Safer Wyvernshire Partnership (SWP) Board on progress against the "
  "Community Safety Partnership (CSP) Annual Plan 2025-26 for the first six months of the year, April to "
  "September 2025. It sets out recorded crime by type and district, performance against the plan's "
  "priority measures, and progress with the action plan.\n")
w("1.2 The SWP is the statutory CSP for the county. Its members are Wyvernshire County Council, the five "
  "district councils (Brindlemoor District Council, Hollinsey Borough Council, Kelbeck Vale District "
  "Council, Marrowby Borough Council and Orrinford City Council), Wyvernshire Police, Wyvernshire Fire "
  "and Rescue Service, the Probation Service and the Wyvernshire Integrated Care Board.\n")

w("## 2. Background and priorities\n")
w("2.1 The Annual Plan was agreed by the Board in March 2025, following the 2024 strategic assessment. "
  "The partnership's priorities for 2025-26 are as follows:\n")
w("- reducing serious violence, including knife crime, and meeting our responsibilities under the "
  "Serious Violence Duty (SVD);\n"
  "- tackling violence against women and girls (VAWG), including domestic abuse and stalking;\n"
  "- reducing anti-social behaviour (ASB) and neighbourhood crime; and\n"
  "- protecting children and vulnerable adults from exploitation, including county lines drug dealing.\n")
w("2.2 The plan is funded through a Community Safety Fund grant from the Police and Crime Commissioner "
  "(PCC) of £412,000 for 2025-26, of which £187,500 has been passed to the five district community "
  "safety teams (£37,500 each). A further £96,400 of SVD funding is held by the county council on behalf "
  "of the partnership.\n")

w("## 3. Recorded crime by type and district\n")
w("3.1 Table 1 shows police recorded crime for April to September 2025. Figures are numbers of offences "
  "and are provisional; they may change as crimes are reclassified.\n")
w("**Table 1: Police recorded crime by type and district, April to September 2025**\n")
hdr = "| Crime type | " + " | ".join(D) + " | Wyvernshire |"
w(hdr)
w("|:---|" + "---:|" * 6)
for g, items in crime_groups:
    w(f"| **{g}** | | | | | | |")
    for n, v in items:
        vv = CR[n]
        w(f"| {n} | " + " | ".join(fmt(x) for x in vv) + " |")
    vv = CR["Total " + g.lower()]
    w(f"| *Total {g.lower()}* | " + " | ".join(f"*{fmt(x)}*" for x in vv) + " |")
vv = CR["All recorded crime"]
w("| **All recorded crime** | " + " | ".join(f"**{fmt(x)}**" for x in vv) + " |")
w("")
w("Source: Wyvernshire Police crime data, extracted 14 October 2025.\n")
orr_share = r(CR["All recorded crime"][4] / CR["All recorded crime"][5] * 100, 1)
w(f"3.2 Orrinford accounts for {orr_share}% of all recorded crime in the county, reflecting its "
  "role as the main town centre and night-time economy. Shoplifting remains concentrated in Orrinford "
  "and Brindlemoor town centres, and the retail crime forum has been extended to Marrowby.\n")
w("3.3 Stalking and harassment has grown as a share of recorded crime since the Home Office counting "
  "rules changed. This is partly a recording effect, but the partnership treats stalking as part of "
  "its VAWG priority.\n")
w("3.4 Table 2 compares total recorded crime with the same six months of 2024. Rates are per 1,000 "
  "population, using mid-2024 population estimates, and are not annualised.\n")
w("**Table 2: All recorded crime by district, April to September 2024 and 2025**\n")
w("| District | Population (mid-2024) | Apr–Sep 2024 | Apr–Sep 2025 | Change | % change | Rate per 1,000 | Direction |")
w("|:---|---:|---:|---:|---:|---:|---:|:---|")
for i, d in enumerate(D):
    a, b, ch, pc, rate = DIST[d]
    w(f"| {d} | {POP[i]:,} | {a:,} | {b:,} | {fmt(ch)} | {fmt(pc, 1, pct=True)} | {rate:.1f} | {trend(pc)} |")
a, b, ch, pc, rate = DIST["Wyvernshire"]
w(f"| **Wyvernshire** | **{sum(POP):,}** | **{a:,}** | **{b:,}** | **{fmt(ch)}** | **{fmt(pc, 1, pct=True)}** | **{rate:.1f}** | **{trend(pc)}** |")
w("")
w("3.5 Recorded crime fell in three of the five districts. The rise in Marrowby is mainly due to "
  "shoplifting and public order offences in the town centre, and is the reason for the new CCTV "
  "scheme in the action plan (action 7).\n")

w("## 4. Performance against priority measures\n")
w("4.1 Table 3 shows the priority measures agreed in the Annual Plan. Baselines and targets are "
  "quarterly averages unless stated. RAG ratings compare the latest quarter with the target.\n")
w("**Table 3: Priority performance measures, 2025-26**\n")
w("| Measure | Priority | Baseline 2024-25 | Target 2025-26 | Q1 2025-26 | Q2 2025-26 | Trend | RAG |")
w("|:---|:---|---:|---:|---:|---:|:---|:---|")
burg_q1 = 349
burg_q2 = CR["Residential burglary"][5] - burg_q1
perf = [
    ("ASB incidents reported to police", "ASB and neighbourhood crime", "3,716", "3,530", "3,842", "3,655", "Improving", "Amber"),
    ("Residential burglary offences", "ASB and neighbourhood crime", "361", "343", f"{burg_q1}", f"{burg_q2}", "Improving", "Green"),
    ("Knife crime offences", "Serious violence", "96", "86", "88", "79", "Improving", "Green"),
    ("Domestic abuse victims supported by the IDVA service", "VAWG", "412", "450", "438", "471", "Improving", "Green"),
    ("Repeat referrals to MARAC (%)", "VAWG", "31%", "28% to 40%", "36%", "42%", "Worsening", "Amber"),
    ("First-time entrants to the youth justice system", "Exploitation", "41", "37", "39", "44", "Worsening", "Red"),
    ("Hate crimes reported", "–", "187", "n/a", "201", "214", "Increasing", "n/a"),
]
for row in perf:
    w("| " + " | ".join(row) + " |")
w("")
w("4.2 Knife crime is below target for the second quarter running. Most knife crime offences are "
  "possession offences in Orrinford, and the reduction follows the summer weapons sweeps and the "
  "schools programme.\n")
w("4.3 The Independent Domestic Violence Advisor (IDVA) service is commissioned by the county council "
  "and supports victims at high risk of serious harm. High-risk cases are discussed at the Multi-Agency "
  "Risk Assessment Conference (MARAC), which meets fortnightly in Orrinford and monthly in Marrowby. "
  "SafeLives recommends a repeat referral rate of between 28% and 40%; above 40% may mean that "
  "safety plans are not working well enough.\n")
w("4.4 First-time entrants to the youth justice system rose in Q2. The Youth Justice Service reports "
  "that 11 of the 44 first-time entrants in Q2 were linked to one group in Hollinsey involved in "
  "criminal damage and vehicle crime.\n")

w("## 5. Key achievements and issues\n")
w("5.1 Key achievements since April 2025 include:\n")
w("- opening a Safe Haven scheme in 14 venues in Orrinford town centre for people who feel unsafe at night;\n"
  "- training 326 staff from partner agencies in recognising coercive control;\n"
  "- the Kelbeck Vale Rural Crime Forum, set up in November 2025 with farmers, the National Farmers' "
  "Union and the police rural crime team; and\n"
  "- 58 ASB case reviews (Community Triggers) being received and 52 completed within 25 working days.\n")
w("5.2 The main issues for the Board are:\n")
w("- the Domestic Homicide Review (DHR) for \"Adult C\" in Marrowby has not yet been published because it "
  "is waiting for the Home Office quality assurance panel;\n"
  "- the Marrowby CCTV scheme has been delayed by the supplier; and\n"
  "- the rise in first-time entrants, which the Youth Justice Service is addressing through a new "
  "diversion scheme.\n")

w("## 6. Action plan progress\n")
w("6.1 Table 4 shows progress with the 12 actions in the Annual Plan. Status is shown as Complete, On "
  "track (Green), At risk (Amber) or Delayed (Red).\n")
w("**Table 4: Annual Plan 2025-26 action plan – progress at 31 December 2025**\n")
actions = [
    ("1", "Refresh the serious violence strategic needs assessment", "Serious violence", "SWP Partnership Manager", "31 July 2025", "Complete"),
    ("2", "Deliver knife crime awareness sessions in every secondary school", "Serious violence", "Wyvernshire Police Schools Team", "31 March 2026", "On track"),
    ("3", "Open Safe Haven venues in Orrinford town centre", "VAWG", "Orrinford City Council Community Safety Team", "30 September 2025", "Complete"),
    ("4", "Recommission the IDVA service for April 2026", "VAWG", "County Council Commissioning Manager", "1 April 2026", "On track"),
    ("5", "Publish the DHR for Adult C and share lessons learned", "VAWG", "SWP Chair", "31 October 2025", "Delayed"),
    ("6", "Run an awareness campaign on the ASB case review (Community Trigger)", "ASB and neighbourhood crime", "District community safety leads", "31 December 2025", "Complete"),
    ("7", "Install 12 new CCTV cameras in Marrowby town centre", "ASB and neighbourhood crime", "Marrowby Borough Council", "31 January 2026", "At risk"),
    ("8", "Target-harden homes of repeat burglary victims in Brindlemoor and Hollinsey", "ASB and neighbourhood crime", "Wyvernshire Police Crime Prevention", "31 March 2026", "On track"),
    ("9", "Set up a rural crime forum in Kelbeck Vale", "ASB and neighbourhood crime", "Kelbeck Vale District Council", "30 November 2025", "Complete"),
    ("10", "Train taxi drivers to spot signs of exploitation and county lines", "Exploitation", "District licensing managers", "28 February 2026", "On track"),
    ("11", "Launch a youth diversion scheme for first-time entrants", "Exploitation", "Head of Youth Justice Service", "31 March 2026", "At risk"),
    ("12", "Map missing-from-home episodes against known county lines", "Exploitation", "Wyvernshire Police Exploitation Hub", "31 December 2025", "Delayed"),
]
w("| No. | Action | Priority | Lead | Due date | Status |")
w("|---:|:---|:---|:---|:---|:---|")
for a in actions:
    w("| " + " | ".join(a) + " |")
w("")
from collections import Counter
cnt = Counter(a[5] for a in actions)
w(f"6.2 Of the 12 actions, {cnt['Complete']} are complete, {cnt['On track']} are on track, "
  f"{cnt['At risk']} are at risk and {cnt['Delayed']} are delayed. Revised dates are proposed for the "
  "delayed actions: action 5 to 31 March 2026 and action 12 to 28 February 2026.\n")

w("## 7. Risks\n")
w("7.1 The PCC has indicated that the Community Safety Fund may be reduced by up to 10% in 2026-27. "
  "Any reduction would be shared equally between the county and district allocations.\n")
w("7.2 The IDVA contract ends on 31 March 2026. If the new contract is not in place by 1 April 2026, "
  "an extension of up to six months will be needed.\n")

w("## 8. Recommendations\n")
w("8.1 The Board is asked to:\n")
w("- (a) note progress against the Annual Plan 2025-26;\n"
  "- (b) note the performance position in Table 3, including the Red rating for first-time entrants; and\n"
  "- (c) agree the revised dates for actions 5 and 12.\n")

w("## Glossary\n")
w("| Term | Meaning |")
w("|:---|:---|")
for a, b in [("ASB", "Anti-social behaviour"), ("CSP", "Community Safety Partnership"),
             ("DHR", "Domestic Homicide Review"), ("IDVA", "Independent Domestic Violence Advisor"),
             ("MARAC", "Multi-Agency Risk Assessment Conference"), ("PCC", "Police and Crime Commissioner"),
             ("SVD", "Serious Violence Duty"), ("SWP", "Safer Wyvernshire Partnership"),
             ("VAWG", "Violence against women and girls")]:
    w(f"| {a} | {b} |")
w("")
open(OUT, "w", encoding="utf-8").write("\n".join(L))
print("written", OUT)
for k, v in CR.items(): print("CR", k, v)
for k, v in DIST.items(): print("DIST", k, v)
print("burg", burg_q1, burg_q2, "orr share", orr_share, cnt)
