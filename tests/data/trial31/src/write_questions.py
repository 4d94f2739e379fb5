"""Writes questions.jsonl for trial 31 (100 questions, 70 answerable + 30 refusals)."""
import json, os

P = "t31_mtfs_update_cabinet.pdf"
W = "t31_quality_safety_report_board.docx"
H = "t31_sexual_health_drugs_alcohol_dashboard.html"
M = "t31_community_safety_plan_update.md"

Q = []

def a(qtype, question, expect, doc, contains, note, follows=None):
    d = {"id": None, "question": question, "type": qtype, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    Q.append(d)

def x(question, note):
    Q.append({"id": None, "question": question, "type": "refusal", "answerable": False, "expect": [],
              "cite": None, "note": note})

# 1-10
a("lookup", "whats the total budget gap over the four years now?", ["62.5"], P, "Cumulative budget gap",
  "MTFS Table 1, row 'Cumulative budget gap', column 2029-30 = 62.5 (£m); also para 2.1/4.2 '£62.5m'")
a("lookup", "how much is adult social care demand adding to spending in 2027-28", ["16.3"], P, "Adult social care demand",
  "MTFS Table 1 (£m), row 'Adult social care demand', column 2027-28 = 16.3")
a("followup", "and the year after that?", ["15.9"], P, "Adult social care demand",
  "Follows previous: same row, column 2028-29 = 15.9 (£m)", follows="PREV")
x("what's the budget gap looking like for 2030-31?",
  "MTFS Table 1 covers 2026-27 to 2029-30 only; no 2030-31 figure anywhere")
a("lookup", "how many severe harm incidents were reported in august", ["6"], W, "Severe harm",
  "Quality report Table 1, row 'Severe harm', column Aug (Quarter 2) = 6")
a("followup", "and september?", ["2"], W, "Severe harm",
  "Follows previous: Table 1 row 'Severe harm', column Sep = 2", follows="PREV")
a("lookup", "what % of the online sti kits got returned in q2", ["71.4%"], H, "Online STI test kits returned",
  "Dashboard Table 1, row 'Online STI test kits returned', column 2025-26 Q2 = 71.4%")
x("how many chlamydia tests did we do in Q2?",
  "Dashboard gives only a chlamydia detection rate per 100,000 (3,046), not the number of tests")
a("compare", "is crime up or down in hollinsey compared with last year", ["3.1%"], M, "Hollinsey",
  "CSP Table 2, row Hollinsey: Apr-Sep 2024 2,195 -> Apr-Sep 2025 2,263, change 68, % change 3.1%, Direction Up")
a("followup", "what about kelbeck vale?", ["4.6%"], M, "Kelbeck Vale",
  "Follows previous: Table 2 row Kelbeck Vale: 1,430 -> 1,364, change (66), % change (4.6%) i.e. down", follows="PREV")

# 11-20
a("define", "sorry what does LGFS mean in the budget report", ["Local Government Finance Settlement"], P,
  "Local Government Finance Settlement (LGFS)", "MTFS para 2.1 bullet defines LGFS; used again in 3.3 and 9.1")
x("how many burglaries were there in stavenley",
  "Stavenley is not one of the five districts (Brindlemoor, Hollinsey, Kelbeck Vale, Marrowby, Orrinford)")
a("lookup", "if council tax goes up 4.99% what will band d be", ["£1,829.11"], P, "£1,829.11",
  "MTFS para 5.1 (prose only): Band D would rise from £1,742.18 to £1,829.11")
a("arithmetic", "how much extra per month would a band D household pay with the 4.99% rise", ["7.24"], P,
  "£1,829.11", "MTFS para 5.1: (£1,829.11 - £1,742.18) = £86.93 a year; 86.93 / 12 = 7.24 a month")
a("lookup", "no. of seclusions in q2?", ["59"], W, "Seclusion",
  "Quality report Table 3, row 'Seclusion', column 'Q2 2025-26' = 59 (18+24+17)")
a("yesno", "did the trust hit its prone restraint target in q2", ["Yes", "42"], W, "meeting the target of no more than 45",
  "Para 5.1 target no more than 45 a quarter; Table 3 / para 5.2 Q2 prone restraint = 42, so yes")
a("arithmetic", "by what percentage did prone restraint fall between Q1 and Q2", ["27.6"], W, "Prone restraint",
  "Table 3 row 'Prone restraint': Q1 58, Q2 42; (58-42)/58 = 27.6% fall")
x("how many restraints were there on birch ward last quarter",
  "Restrictive interventions (Table 3) are trust-wide only; no ward-level restraint figures")
a("lookup", "how much is the bridgeway contract worth a year", ["1,200"], H, "Bridgeway Residential",
  "Dashboard Table 4, row Bridgeway Residential (inpatient detox and residential rehab), 'Annual contract value £000' = 1,200")
a("followup", "and what are they forecasting to actually spend on it?", ["1,380"], H, "Bridgeway Residential",
  "Follows previous: Table 4 same row, 'Forecast outturn £000' = 1,380", follows="PREV")

# 21-30
x("whats the annual value of the brindlemoor recovery hub contract",
  "No 'Brindlemoor Recovery Hub' provider in Table 4; only Pathway Recovery Wyvernshire etc. (a group is planned in Brindlemoor, no contract value)")
a("lookup", "shoplifting offences in marrowby apr to sept?", ["248"], M, "Shoplifting",
  "CSP Table 1, row Shoplifting, column Marrowby = 248")
a("compare", "which had more violence with injury - brindlemoor or marrowby?", ["Brindlemoor", "412"], M,
  "Violence with injury", "CSP Table 1 row 'Violence with injury': Brindlemoor 412 vs Marrowby 376")
a("lookup", "how much does the LED street lighting dimming save in 26/27", ["150"], P, "Street lighting LED dimming",
  "MTFS Table 3, row ET3 'Street lighting LED dimming', column 2026-27 = 150 (£000)")
a("lookup", "what rag rating has the foster carer saving got", ["Amber"], P, "Grow in-house foster carer capacity",
  "MTFS Table 3, row CF1 'Grow in-house foster carer capacity', Deliverability (RAG) = Amber")
a("aggregate", "how many of the new savings proposals are red rated?", ["3"], P, "Review of supported bus services",
  "MTFS Table 3 (spans pages 3-4): Red rows are AC2, CF2 and ET4 = 3 proposals")
a("aggregate", "whats the total value of the red rated savings across all 3 years", ["4,450"], P,
  "Review of supported bus services",
  "MTFS Table 3 Total column of Red rows: AC2 2,000 + CF2 2,050 + ET4 400 = 4,450 (£000), i.e. £4.45m")
x("how much would the library service review save",
  "There is no libraries proposal among the 16 savings in MTFS Table 3")
a("lookup", "insurance reserve balance forecast at 31 march 2027?", ["9,020"], P, "Insurance Reserve",
  "MTFS Table 4 (units £000s given only in caption), row 'Insurance Reserve', column 'Forecast balance 31 March 2027' = 9,020 i.e. £9.02m")
a("compare", "is the transformation reserve going up or down", ["5,350"], P, "Transformation Reserve",
  "MTFS Table 4 row 'Transformation Reserve': 12,650 at 1 April 2025 -> 8,550 at 31 March 2026 -> 5,350 at 31 March 2027 (£000s), so down")

# 31-40
x("what's the budget equalisation reserve forecast to be at march 2028",
  "MTFS Table 4 only runs to 31 March 2027 (22,820); no March 2028 forecast")
a("lookup", "what did PICU out of area placements cost in q2", ["386"], W, "Psychiatric intensive care (PICU)",
  "Quality report Table 4 (units note 'Costs in £000' above table), row PICU, column 'Cost Q2' = 386 i.e. £386,000")
a("aggregate", "which ward has the lowest HCA day fill rate", ["Rowan", "95.1"], W, "Rowan Ward",
  "Quality report Table 5 (ward label in 2nd column), Day HCA column min = Rowan Ward 95.1")
x("what's the night RN fill rate on oak ward",
  "No Oak Ward; Table 5 lists Alder, Birch, Hazel, Juniper, Linden and Rowan wards")
a("lookup", "juniper ward night time RN fill rate?", ["88.4"], W, "Juniper Ward",
  "Quality report Table 5, row Juniper Ward, Night fill rate % RN = 88.4")
a("section", "which section of the quality and safety paper is about nurse staffing levels", ["Safe staffing"], W,
  "7. Safe staffing", "Quality report section 7 'Safe staffing' (Table 5, paras 7.1-7.4)")
a("lookup", "how many ppl are on PrEP through WISH", ["612"], H, "612 people were using HIV pre-exposure prophylaxis",
  "Dashboard para 3.4 (prose only): 612 people using PrEP at end of Q2, up from 548")
x("what is the forecast outturn for the PrEP service",
  "Dashboard Table 4 has no PrEP line; PrEP is only mentioned in para 3.4 with no finance")
a("compare", "are our alcohol only completions better than the england average", ["36.2%", "34.5%"], H, "Alcohol only",
  "Dashboard Table 2 row 'Alcohol only': Wyvernshire 36.2% vs England 34.5% -> better")
a("yesno", "is chlamydia detection hitting target?", ["No", "3,046"], H, "Chlamydia detection rate",
  "Dashboard Table 1 row chlamydia detection rate per 100,000: Q2 3,046 vs target 3,250, Amber -> No")

# 41-50
x("HIV test uptake in Q1 2024-25?",
  "Dashboard Table 1 starts at Q3 2024-25; Q1 2024-25 only exists for activity measures in Table 3")
a("lookup", "crime rate per 1,000 people in kelbeck vale", ["22.3"], M, "Kelbeck Vale",
  "CSP Table 2, row Kelbeck Vale, column 'Rate per 1,000' = 22.3 (Apr-Sep 2025, not annualised)")
a("list", "what are the CSP's priorities for this year", ["serious violence", "violence against women and girls",
  "anti-social behaviour", "exploitation"], M, "priorities for 2025-26 are as follows",
  "CSP para 2.1 bullet list after 'as follows:' - four priorities")
x("what were the recorded crime numbers for apr-sep 2023",
  "CSP Table 2 compares Apr-Sep 2024 with Apr-Sep 2025 only")
a("lookup", "who's responsible for the taxi driver exploitation training", ["District licensing managers"], M,
  "Train taxi drivers", "CSP Table 4 (row label in 2nd column, 'No.' first), action 10, Lead = District licensing managers")
a("lookup", "when's the marrowby cctv supposed to be finished", ["31 January 2026"], M, "Install 12 new CCTV cameras",
  "CSP Table 4 action 7, Due date = 31 January 2026 (status At risk)")
x("who is leading the hate crime action in the plan?",
  "No hate crime action in CSP Table 4; hate crime only appears as a measure in Table 3")
a("define", "what's MARAC?", ["Multi-Agency Risk Assessment Conference"], M,
  "Multi-Agency Risk Assessment Conference (MARAC)", "CSP para 4.3 defines MARAC (used earlier in Table 3), also glossary")
a("yesno", "is the IDVA service seeing more victims than its target", ["Yes", "471"], M,
  "Domestic abuse victims supported by the IDVA service",
  "CSP Table 3 row IDVA: target 450, Q2 471 -> Yes")
x("how many knife crime offences were there in hollinsey in q2",
  "Knife crime is given only county-wide by quarter (Table 3: Q2 79); no district breakdown")

# 51-60
a("lookup", "whats the pay award assumption for 2026/27", ["3.0%"], P, "Pay award",
  "MTFS Table 2 (gridded), row 'Pay award', column 2026-27 = 3.0%")
a("yesno", "are they assuming an adult social care precept in 2028-29", ["No"], P, "Adult social care precept",
  "MTFS Table 2 row 'Adult social care precept' 2028-29 = n/a; para 5.3 no precept assumed after 2027-28")
x("what was band d council tax in 2024-25",
  "MTFS gives Band D only for 2025-26 (£1,742.18) and 2026-27 (£1,829.11)")
a("list", "how are they consulting the public on the budget", ["online survey", "roadshow", "Youth Council",
  "trade unions"], P, "will be carried out as follows",
  "MTFS para 10.1 '- ' bullet list after 'as follows:' (online survey, district roadshows, Youth Council session, meetings incl. trade unions)")
a("lookup", "when does the budget survey close", ["8 January 2026"], P, "an online survey open from 20 November 2025",
  "MTFS para 10.1 first bullet: online survey open 20 November 2025 to 8 January 2026")
x("how many children are in foster care at the moment",
  "MTFS gives children in residential placements (118 -> 131) but no foster care numbers")
a("arithmetic", "how much has the four-year gap gone up since the february mtfs", ["14.3"], P, "budget gap of £48.2m",
  "Para 3.1 Feb 2025 gap £48.2m; Table 1 cumulative gap 2029-30 62.5; 62.5 - 48.2 = £14.3m")
a("lookup", "how big is the capital programme", ["£412.7m"], P, "totals £412.7m",
  "MTFS para 8.1 (prose only): draft capital programme 2026-27 to 2029-30 totals £412.7m")
x("how much is the kelbeck vale bypass in the capital programme",
  "Only the Orrinford Eastern Relief Road (£64.0m) and special school places (£38.5m) are named; no Kelbeck Vale bypass")
a("section", "which part of the mtfs report covers reserves", ["7", "Reserves"], P, "7. Reserves",
  "MTFS section 7 'Reserves' (paras 7.1-7.4, Table 4)")

# 61-70
a("list", "what are the main risks to the medium term financial strategy", ["Fair Funding Review",
  "adult social care demand", "pay awards", "statutory override"], P, "The main risks to the MTFS include",
  "MTFS para 9.1 bullet list after 'include:' (5 items)")
a("compare", "which is the bigger pressure in 2026-27, pay inflation or kids placements", ["13.4", "9.8"], P,
  "Children's social care placements",
  "MTFS Table 1, 2026-27 column: Children's social care placements 13.4 vs Pay inflation 9.8 (£m) -> placements")
x("how much is in the highways maintenance reserve",
  "No highways reserve in MTFS Table 4")
a("aggregate", "which crime type is the biggest across the county", ["Violence without injury", "3,174"], M,
  "Violence without injury", "CSP Table 1, Wyvernshire column: highest crime-type row is Violence without injury 3,174")
a("arithmetic", "total violence with and without injury in orrinford combined?", ["2,189"], M, "Violence with injury",
  "CSP Table 1 Orrinford column: Violence with injury 905 + Violence without injury 1,284 = 2,189")
a("lookup", "how much did the PCC give us from the community safety fund", ["£412,000"], M, "£412,000",
  "CSP para 2.2 (prose only): Community Safety Fund grant from the PCC £412,000 for 2025-26")
a("lookup", "knife crime number for q2", ["79"], M, "Knife crime offences",
  "CSP Table 3 row 'Knife crime offences', column Q2 2025-26 = 79")
a("lookup", "how many staff got coercive control training", ["326"], M, "training 326 staff",
  "CSP para 5.1 bullet (prose list only): 326 staff trained in recognising coercive control")
x("how many modern slavery offences were recorded in the county",
  "Modern slavery is not a crime type in CSP Table 1 and is not mentioned")
x("first time entrants figure for q3?",
  "CSP Table 3 gives first-time entrants for Q1 (39) and Q2 (44) only")

# 71-80
a("lookup", "rn vacancy rate at end of september", ["11.4%"], W, "vacancy rate was 11.4%",
  "Quality report para 7.4 (prose only): RN vacancy rate 11.4% end of September (13.2% end of June)")
x("what was agency spend in q1",
  "Para 7.4 gives agency spend for Q2 only (£1.27m)")
a("lookup", "how many formal complaints in q2", ["47"], W, "47 formal complaints",
  "Quality report para 8.1 (prose only): 47 formal complaints in Q2 (52 in Q1)")
a("define", "what is PSIRF", ["Patient Safety Incident Response Framework"], W,
  "Patient Safety Incident Response Framework (PSIRF)", "Quality report para 3.1 defines PSIRF; also Appendix A glossary")
a("lookup", "how many PSIIs were commissioned last quarter", ["three"], W,
  "Three new Patient Safety Incident Investigations (PSIIs)",
  "Quality report para 4.1 (prose): three new PSIIs commissioned in Q2; acronym expanded in 2.1/4.1")
a("compare", "did violence and aggression incidents go up or down from q1 to q2", ["498", "541"], W,
  "Violence and aggression", "Quality report Table 2 row 'Violence and aggression': Q1 498 -> Q2 541, change 43, up (Deteriorating)")
a("arithmetic", "what proportion of incidents Apr-Sep were no harm", ["59.9"], W, "No harm",
  "Table 1 column 'Total Apr–Sep': No harm 2,569 / All incidents 4,290 = 59.9%")
x("how many severe harm incidents were there in march 2025",
  "Quality report Table 1 starts in April 2025")
a("compare", "was august or september worse for moderate harm incidents?", ["August", "38"], W, "Moderate harm",
  "Table 1 row 'Moderate harm': Aug 38 vs Sep 33 -> August")
a("list", "what's on the reducing restrictive practice group's work programme", ["Safewards", "body-worn cameras",
  "rapid tranquillisation", "lived experience"], W, "Its work programme for the rest of the year is as follows",
  "Quality report para 5.4 bullet list after 'as follows:' (4 items)")

# 81-90
a("lookup", "CHPPD hazel ward", ["18.4"], W, "Hazel Ward", "Quality report Table 5 row Hazel Ward, CHPPD = 18.4")
x("how many out of area placements were active at the end of december",
  "OAP snapshots are at 30 June and 30 September only (Table 4)")
x("what's the trust's staff turnover rate",
  "Quality report gives vacancy rate, sickness absence and agency spend, but no turnover rate")
x("what rating did the CQC give the trust",
  "No CQC rating or inspection mentioned in the quality report")
a("lookup", "successful completion rate for opiate users", ["5.1%"], H, "Opiate",
  "Dashboard Table 2 row 'Opiate', Successful completions Wyvernshire = 5.1% (England 5.0%, target 5.5%)")
a("arithmetic", "how many more people were in drug and alcohol treatment in q2 than q1", ["119"], H,
  "All people in treatment", "Dashboard Table 2 tfoot 'All people in treatment': Q2 3,631 - Q1 3,512 = 119")
a("lookup", "how many naloxone kits were handed out in q2", ["1,240"], H, "naloxone kits issued",
  "Dashboard para 4.4 bullet (prose list only): 1,240 naloxone kits issued, up from 1,105 in Q1")
x("how many naloxone kits went out in q2 last year",
  "Dashboard gives naloxone kits for Q2 2025-26 (1,240) and Q1 2025-26 (1,105) only")
a("lookup", "how much is the DATRIG grant this year", ["£1.94m"], H, "worth £1.94m in 2025-26",
  "Dashboard para 6.3 (prose only): DATRIG worth £1.94m in 2025-26, not in Table 4")
a("arithmetic", "bridgeway is overspent by what percent of its budget so far", ["14.8"], H, "Bridgeway Residential",
  "Dashboard Table 4 Bridgeway row: YTD budget 600, actual 689, variance (89); 89/600 = 14.8%")

# 91-100
a("aggregate", "how many of the sexual health KPIs are rated green in Q2?", ["3"], H, "Online STI test kits returned",
  "Dashboard Table 1: Green = appointment within 48 hours, offered HIV test, online kits returned -> 3 (2 Amber, 1 Red, 2 n/a)")
a("list", "what actions were agreed with providers at the october contract reviews", ["opt-out HIV testing",
  "reminder text messages", "recovery plan", "residential rehabilitation pathway"], H,
  "Actions agreed with providers at the October contract review meetings include",
  "Dashboard para 7.1 bullet list after 'include:' (4 items)")
a("section", "where in the dashboard is the money side covered", ["Finance"], H, "6. Finance",
  "Dashboard section 6 'Finance' (Table 4, paras 6.1-6.3)")
x("successful completion rate for young adults aged 18-24?",
  "Dashboard Table 2 splits adults (18 and over) by substance and young people under 18; no 18-24 group")
a("lookup", "how many LARC fittings did GPs do in Q1 2024-25", ["702"], H, "LARC fittings",
  "Dashboard Table 3 row GP practices / LARC fittings, column 2024-25 Q1 = 702")
a("compare", "did needle exchange transactions go up or down on the same quarter last year", ["5.4%"], H,
  "Needle exchange transactions",
  "Dashboard Table 3 row Needle exchange transactions: Q2 2024-25 4,920 -> Q2 2025-26 4,652, change (5.4%) i.e. down")
x("how many gonorrhoea diagnoses were there in q2",
  "No gonorrhoea figures in the dashboard")
x("needle exchange transactions in Q3 2025-26?",
  "Dashboard Table 3 runs to Q2 2025-26; Q3 figure only exists for 2024-25 (4,766)")
x("what's our public health grant allocation for 2026-27",
  "Public Health Grant is mentioned (dashboard 1.1, MTFS reserve) but no allocation figure is given")
x("how many people were detained under the mental health act in q2",
  "Quality report has no Mental Health Act detention figures (only the Use of Force Act is mentioned)")

assert len(Q) == 100, len(Q)
for i, q in enumerate(Q):
    q["id"] = f"T31_{i + 1:03d}"
    if q.get("follows") == "PREV":
        q["follows"] = Q[i - 1]["id"]
out = os.path.join(os.path.dirname(__file__), "..", "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(q["type"] for q in Q), sum(q["answerable"] for q in Q))
