"""Paper 4: ICB primary care access report (Markdown)."""
import json, os
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t29_icb_primary_care_access.md")
facts = {}
months = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25"]
modes = [("Face-to-face", [221480, 229115, 218660, 224930, 208415, 231870]),
         ("Telephone", [84320, 86905, 81240, 83710, 79960, 88045]),
         ("Video or online", [6115, 6480, 6205, 6390, 5870, 6940]),
         ("Home visit", [2840, 2915, 2760, 2690, 2555, 2805]),
         ("Mode not recorded", [1205, 1180, 1240, 1115, 1090, 1160])]
mtot = [sum(m[1][i] for m in modes) for i in range(6)]
q1 = [sum(m[1][:3]) for m in modes]; q2 = [sum(m[1][3:]) for m in modes]
Q1, Q2 = sum(q1), sum(q2)
reg = {"Kestlow": 156420, "Hallbeck": 124880, "Dunmere": 99310, "Ashcombe Vale": 141270, "Thornsey": 137650}
REG = sum(reg.values())
share = {"Kestlow": 0.2285, "Hallbeck": 0.1912, "Dunmere": 0.1462, "Ashcombe Vale": 0.2203}
dist_q2 = {d: round(Q2 * s) for d, s in share.items()}; dist_q2["Thornsey"] = Q2 - sum(dist_q2.values())
same_day = {"Kestlow": 36.7, "Hallbeck": 42.4, "Dunmere": 38.5, "Ashcombe Vale": 43.9, "Thornsey": 41.0}
two_wk = {"Kestlow": 77.8, "Hallbeck": 85.4, "Dunmere": 79.5, "Ashcombe Vale": 86.9, "Thornsey": 82.6}
dna = {"Kestlow": 4.9, "Hallbeck": 3.6, "Dunmere": 4.4, "Ashcombe Vale": 3.2, "Thornsey": 3.8}
practices = {"Kestlow": 18, "Hallbeck": 14, "Dunmere": 12, "Ashcombe Vale": 15, "Thornsey": 15}
wait = [("Same day", 43.2, 42.1, 40.6), ("1 day", 7.4, 7.6, 7.9), ("2 to 7 days", 19.8, 20.3, 20.4), ("8 to 14 days", 13.1, 13.5, 13.6),
        ("15 to 21 days", 8.2, 8.4, 8.6), ("22 to 28 days", 5.0, 5.1, 5.3), ("More than 28 days", 3.3, 3.0, 3.6)]
for k in (1, 2, 3):
    assert round(sum(w[k] for w in wait), 1) == 100.0, k
dental = {  # adults seen 24m %, children seen 12m %, UDAs contracted, UDAs delivered Apr-Sep, practices
    "Kestlow": (33.8, 51.2, 412000, 181280, 14), "Hallbeck": (41.5, 60.8, 356000, 172660, 12),
    "Dunmere": (29.7, 47.5, 238000, 97580, 8), "Ashcombe Vale": (44.2, 63.1, 398000, 195020, 15),
    "Thornsey": (36.9, 55.4, 331000, 150605, 11)}
pf = [("Acute otitis media (1 to 17 years)", 412, 388, 455), ("Impetigo (1 year and over)", 236, 251, 198),
      ("Infected insect bites (1 year and over)", 688, 742, 514), ("Shingles (18 years and over)", 174, 169, 181),
      ("Sinusitis (12 years and over)", 503, 468, 611), ("Sore throat (5 years and over)", 866, 804, 1093),
      ("Uncomplicated UTI (women 16 to 64)", 1984, 1917, 2046)]
pf_other = [("Minor illness referrals", 1322, 1287, 1405), ("Urgent medicine supply", 941, 958, 1002)]

def row(cells):
    return "| " + " | ".join(cells) + " |"

L = []
L += ["# NHS Caldmoor Integrated Care Board", "",
      "## Primary Care Access Report – Quarter 2 2025-26", "",
      "**Meeting:** ICB Primary Care Commissioning Committee  ",
      "**Date:** 11 November 2025  ",
      "**Agenda item:** 6  ",
      "**Report from:** Director of Primary Care and Community Services  ",
      "**Purpose:** For discussion and assurance", "",
      "## 1. Summary", "",
      f"1.1 This report describes access to general practice, NHS dentistry and community pharmacy in Caldmoor for the period April to September 2025. It covers the 74 GP practices in 11 Primary Care Networks (PCNs), 60 NHS dental practices and 131 community pharmacies commissioned by NHS Caldmoor Integrated Care Board (ICB).", "",
      f"1.2 Practices delivered {Q2:,} appointments in Quarter 2, {'up' if Q2 > Q1 else 'down'} {abs(Q2 - Q1):,} ({abs(Q2 - Q1) / Q1 * 100:.1f}%) on Quarter 1. The key messages are:", "",
      "- general practice activity remains above pre-pandemic levels, with September 2025 the busiest month on record;",
      "- the proportion of appointments on the same day as booking fell in Quarter 2, mainly because of summer leave;",
      "- dental access for adults remains the lowest in the region, particularly in Dunmere; and",
      "- Pharmacy First is growing, with September 2025 the busiest month for consultations since the service began.", "",
      "## 2. Recommendations", "",
      "2.1 The Committee is asked to:", "",
      "- note the access position for general practice, dentistry and community pharmacy;",
      "- support the targeted dental access scheme for Dunmere and Kestlow described in section 5; and",
      "- note the actions in the Primary Care Access Recovery Plan (PCARP) set out in section 7.", "",
      "## 3. General practice appointments", "",
      "3.1 Table 1 shows the number of appointments delivered each month by mode of appointment. Figures exclude COVID-19 vaccinations and are taken from the General Practice Appointment Data (GPAD) published by NHS England.", "",
      "**Table 1: GP appointments by appointment mode and month, April to September 2025**", ""]
L.append(row(["Appointment mode"] + months + ["Q1 total", "Q2 total"]))
L.append(row(["---"] + ["---:"] * 8))
t1 = {}
for (n, v), a, b in zip(modes, q1, q2):
    L.append(row([n] + [fint(x) for x in v] + [fint(a), fint(b)]))
    t1[n] = v + [a, b]
L.append(row(["**Total appointments**"] + [f"**{fint(x)}**" for x in mtot] + [f"**{fint(Q1)}**", f"**{fint(Q2)}**"]))
t1["Total"] = mtot + [Q1, Q2]
facts["t1"] = t1
f2f_share_q2 = q2[0] / Q2 * 100
L += ["", f"3.2 Face-to-face appointments made up {f2f_share_q2:.1f}% of all appointments in Quarter 2, compared with a national figure of 64.9%. Telephone appointments accounted for most of the remainder. Home visits continued to fall and were mostly for housebound patients and care home residents.", "",
      "3.3 Since April 2025 the ICB has funded additional clinical roles through the Additional Roles Reimbursement Scheme (ARRS). There are now 412 whole-time equivalent ARRS staff working in Caldmoor PCNs, including clinical pharmacists, physician associates, paramedics and mental health practitioners. Appointments with ARRS staff made up around 17% of the total in Quarter 2.", "",
      "### Appointments by district", "",
      "3.4 Table 2 gives the Quarter 2 position for each district, based on the practice where patients are registered. Did not attend (DNA) means the patient did not turn up and did not cancel.", "",
      "**Table 2: GP access by district, Quarter 2 2025-26**", ""]
L.append(row(["District", "Practices", "Registered patients (1 Oct 2025)", "Appointments Q2", "Appointments per 1,000 patients per month", "Same day %", "Within 2 weeks %", "DNA %"]))
L.append(row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]))
t2 = {}
for d in DISTRICTS:
    rate = dist_q2[d] / 3 / reg[d] * 1000
    L.append(row([d, str(practices[d]), fint(reg[d]), fint(dist_q2[d]), f1(rate), f"{same_day[d]:.1f}%", f"{two_wk[d]:.1f}%", f"{dna[d]:.1f}%"]))
    t2[d] = (practices[d], reg[d], dist_q2[d], round(rate, 1), same_day[d], two_wk[d], dna[d])
tot_sd = round(sum(same_day[d] * dist_q2[d] for d in DISTRICTS) / Q2, 1)
tot_2w = round(sum(two_wk[d] * dist_q2[d] for d in DISTRICTS) / Q2, 1)
tot_dna = round(sum(dna[d] * dist_q2[d] for d in DISTRICTS) / Q2, 1)
crate = Q2 / 3 / REG * 1000
L.append(row(["**Caldmoor ICB**", f"**{sum(practices.values())}**", f"**{fint(REG)}**", f"**{fint(Q2)}**", f"**{f1(crate)}**", f"**{tot_sd:.1f}%**", f"**{tot_2w:.1f}%**", f"**{tot_dna:.1f}%**"]))
t2["Caldmoor ICB"] = (sum(practices.values()), REG, Q2, round(crate, 1), tot_sd, tot_2w, tot_dna)
facts["t2"] = t2
L += ["", f"3.5 Kestlow has the lowest proportion of appointments within two weeks ({two_wk['Kestlow']:.1f}%) and the highest DNA rate ({dna['Kestlow']:.1f}%). The ICB's ambition, in line with the national operational planning guidance, is that 85% of appointments take place within two weeks of booking. Three districts currently fall short of this.", "",
      "### Time from booking to appointment", "",
      "**Table 3: Percentage of appointments by time from booking to appointment**", ""]
L.append(row(["Time from booking", "Q2 2024-25", "Q1 2025-26", "Q2 2025-26", "Change on Q1 (percentage points)"]))
L.append(row(["---", "---:", "---:", "---:", "---:"]))
t3 = {}
for n, a, b, c in wait:
    ch = round(c - b, 1)
    L.append(row([n, f"{a:.1f}%", f"{b:.1f}%", f"{c:.1f}%", ("+" if ch > 0 else "") + (f"{ch:.1f}" if ch >= 0 else f"({-ch:.1f})") if ch != 0 else "–"]))
    t3[n] = (a, b, c, ch)
L.append(row(["**All appointments**", "**100.0%**", "**100.0%**", "**100.0%**", "**–**"]))
facts["t3"] = t3
L += ["", "Note: figures exclude appointments where the booking date was not recorded (0.8% in Q2 2025-26).", "",
      "## 4. Patient experience", "",
      "4.1 The GP Patient Survey 2025, published in July, found that 68% of Caldmoor respondents described their overall experience of contacting their practice as good, compared with 67% nationally. However, only 49% of respondents in Kestlow said it was easy to get through to their practice by phone.", "",
      "4.2 Cloud-based telephony is now live in 71 of the 74 practices. The remaining three, all in Thornsey, will move over by the end of December 2025.", "",
      "## 5. NHS dentistry", "",
      "5.1 Table 4 shows access to NHS dentistry and the delivery of Units of Dental Activity (UDAs) against contract by district. The ICB took on responsibility for commissioning dental services from NHS England in April 2023.", "",
      "**Table 4: NHS dental access and activity by district**", ""]
L.append(row(["District", "Dental practices", "Adults seen in last 24 months (%)", "Children seen in last 12 months (%)", "UDAs contracted 2025-26", "UDAs delivered Apr to Sep 2025", "% of annual contract delivered"]))
L.append(row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]))
t4 = {}
for d in DISTRICTS:
    a, c, con, dl, npr = dental[d]
    L.append(row([d, str(npr), f"{a:.1f}%", f"{c:.1f}%", fint(con), fint(dl), pct(dl / con * 100)]))
    t4[d] = (npr, a, c, con, dl, round(dl / con * 100, 1))
TC = sum(v[2] for v in dental.values()); TD = sum(v[3] for v in dental.values())
L.append(row(["**Caldmoor ICB**", f"**{sum(v[4] for v in dental.values())}**", "**37.6%**", "**55.9%**", f"**{fint(TC)}**", f"**{fint(TD)}**", f"**{pct(TD / TC * 100)}**"]))
t4["Caldmoor ICB"] = (sum(v[4] for v in dental.values()), 37.6, 55.9, TC, TD, round(TD / TC * 100, 1))
facts["t4"] = t4
L += ["", "Access percentages are for the period to 30 June 2025, based on the patient's home district. England: adults 40.3%, children 58.9%.", "",
      "5.2 The ICB has launched a targeted dental access scheme for Dunmere and Kestlow. Under the scheme:", "",
      "- two new dental contracts have been commissioned in Dunmere, providing 18,000 UDAs a year from January 2026;",
      "- practices in Kestlow are paid a premium of £28 per UDA for new patients who have not seen a dentist for two years;",
      "- urgent dental care sessions have increased from 40 to 65 a week across the county; and",
      "- the community dental service will run a supervised toothbrushing programme in 42 primary schools.", "",
      "5.3 One practice in Thornsey handed back its NHS contract in August 2025. Its 21,500 UDAs will be re-procured by April 2026.", "",
      "## 6. Community pharmacy", "",
      "6.1 Pharmacy First launched nationally in January 2024. Pharmacists can assess and treat patients for seven common conditions, and can supply some prescription-only medicines without the patient needing to see a GP. Table 5 shows consultations by clinical pathway in Quarter 2.", "",
      "**Table 5: Pharmacy First consultations by clinical pathway, Quarter 2 2025-26**", ""]
L.append(row(["Clinical pathway", "Jul-25", "Aug-25", "Sep-25", "Q2 total"]))
L.append(row(["---", "---:", "---:", "---:", "---:"]))
t5 = {}
L.append(row(["*Clinical pathways*", "", "", "", ""]))
cp = [0, 0, 0]
for n, a, b, c in pf:
    L.append(row([n, fint(a), fint(b), fint(c), fint(a + b + c)])); t5[n] = (a, b, c, a + b + c)
    cp = [cp[0] + a, cp[1] + b, cp[2] + c]
L.append(row(["**Subtotal: clinical pathways**"] + [f"**{fint(x)}**" for x in cp] + [f"**{fint(sum(cp))}**"]))
t5["Subtotal: clinical pathways"] = (*cp, sum(cp))
L.append(row(["*Other consultations*", "", "", "", ""]))
op = [0, 0, 0]
for n, a, b, c in pf_other:
    L.append(row([n, fint(a), fint(b), fint(c), fint(a + b + c)])); t5[n] = (a, b, c, a + b + c)
    op = [op[0] + a, op[1] + b, op[2] + c]
L.append(row(["**Subtotal: other consultations**"] + [f"**{fint(x)}**" for x in op] + [f"**{fint(sum(op))}**"]))
t5["Subtotal: other consultations"] = (*op, sum(op))
gt = [cp[i] + op[i] for i in range(3)]
L.append(row(["**Total Pharmacy First consultations**"] + [f"**{fint(x)}**" for x in gt] + [f"**{fint(sum(gt))}**"]))
t5["Total"] = (*gt, sum(gt))
facts["t5"] = t5
L += ["", "6.2 Uncomplicated urinary tract infection (UTI) remains the most common clinical pathway. In addition to Pharmacy First, community pharmacies in Caldmoor delivered 9,460 blood pressure checks and 1,318 oral contraception consultations in Quarter 2.", "",
      "6.3 Three community pharmacies closed in Thornsey during 2025, and opening hours were reduced at a further five. The pharmaceutical needs assessment found no gap in essential services, but the ICB is monitoring access in the rural north of the district.", "",
      "## 7. Primary Care Access Recovery Plan", "",
      "7.1 The Primary Care Access Recovery Plan (PCARP) sets out national expectations for improving access. Local progress includes:", "",
      "- 71 practices with cloud-based telephony, including call-back functionality;",
      "- 66 practices offering online consultation tools throughout core hours;",
      "- all 11 PCNs have completed the Modern General Practice Access transformation support programme; and",
      "- self-referral routes are available for physiotherapy, podiatry, audiology and weight management services.", "",
      "7.2 The ICB will publish a winter access plan for primary care in December 2025, including extra same-day hubs in Kestlow and Dunmere.", "",
      "## 8. Risks", "",
      "8.1 The main risks are the financial position of some practices following the 2025-26 contract uplift, recruitment of GPs in rural Thornsey, and the continued loss of NHS dental capacity. A full risk register is held by the Primary Care Team.", "",
      "## Glossary", "",
      "| Term | Meaning |", "| --- | --- |",
      "| ARRS | Additional Roles Reimbursement Scheme |", "| DNA | Did not attend |",
      "| GPAD | General Practice Appointment Data |", "| PCN | Primary Care Network – a group of practices working together, usually covering 30,000 to 50,000 patients |",
      "| PCARP | Primary Care Access Recovery Plan |", "| UDA | Unit of Dental Activity – the measure used to pay for NHS dental treatment |", ""]
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(L))
with open(os.path.join(os.path.dirname(__file__), "facts_md.json"), "w") as fh:
    json.dump(facts, fh, indent=1)
print("written", OUT, Q1, Q2)
