"""Write questions.jsonl (100 questions) for trial 32. Figures are typed as the papers print them;
computed answers carry 'working: <expression> = <result>' in the note, which check_questions.py re-evaluates."""
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
WF = "t32_workforce_report_q2_2025-26.pdf"
POD = "t32_icb_pod_services_update.docx"
WST = "t32_waste_recycling_performance_2025.html"
SEN = "t32_send_improvement_plan_update.md"

Q = []


def a(qtype, question, expect, doc, contains, note, follows=None):
    d = {"question": question, "type": qtype, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    Q.append(d)


def r(question, note):
    Q.append({"question": question, "type": "refusal", "answerable": False, "expect": [], "cite": None,
              "note": note})


# ============================================================ workforce (PDF)
a("lookup", "what was the sickness absence rate per fte for adults and communities in q3 last year?",
  ["2.95"], WF, "Adults and Communities",
  "Table 2, row Adults and Communities, column 2024-25 Q3 (two-row header; 'last year' = 2024-25)")
a("lookup", "How much did Environment & Transport spend on agency staff in August?",
  ["88.7"], WF, "Environment and Transport",
  "Table 3 (units £000s in the caption only), row Environment and Transport, column Aug under Quarter 2 2025-26 "
  "= £88.7k")
a("followup", "and in september?", ["102.4"], WF, "Environment and Transport",
  "Table 3, row Environment and Transport, column Sep = 102.4 (£000s)", follows="PREV")
a("lookup", "how many agency workers did the council have on the books at the end of september",
  ["214"], WF, "there were 214 agency workers",
  "Prose only, paragraph 6.2: 214 agency workers engaged through the MSP at 30 September 2025 (58 social workers)")
a("lookup", "whats the vacancy rate in ICT?", ["11.2%"], WF, "ICT and Digital",
  "Table 4, row ICT and Digital (Corporate Resources group), column Vacancy rate")
a("lookup", "vacant fte in libraries and heritage", ["24.1"], WF, "Libraries and Heritage 516.3",
  "Table 4, row Libraries and Heritage, column Vacant FTE. This row is on page 4, after the page break, where "
  "the table header is NOT repeated")
a("lookup", "How many people contacted the employee assistance programme in Q2?", ["412"], WF,
  "received 412", "Prose only, paragraph 5.4: the EAP (Calmway Wellbeing) received 412 contacts in Quarter 2")
a("lookup", "what share of days lost was down to back problems / MSK?", ["19.7%"], WF,
  "Musculoskeletal problems, including back pain",
  "Prose bullet list printed with '- ' in paragraph 5.3: Musculoskeletal problems, including back pain (19.7%)")
a("lookup", "what % of leavers had been with us less than a year, latest quarter?", ["22.3%"], WF,
  "Leavers with less than one year's",
  "Table 5 (row label in the second column, after Ref W3), column Q2 2025-26 = 22.3%; target 18.0%, Red")
a("compare", "did headcount in the place directorates go up or down between sept 24 and sept 25?",
  ["down", "880", "875"], WF, "Subtotal – Place",
  "Table 1, row Subtotal – Place: headcount Sep 2024 880, Sep 2025 875 -> fell by 5")
a("compare", "who had more sick days per FTE in Q2 this year, corporate resources or environment and transport?",
  ["Environment and Transport", "2.11", "1.97"], WF, "Corporate Resources",
  "Table 2, column 2025-26 Q2: Environment and Transport 2.11 vs Corporate Resources 1.97")
a("arithmetic", "how much more did childrens services spend on agency than adults in july",
  ["275.8"], WF, "Children and Family Services",
  "Table 3 (£000s), column Jul: Children and Family Services 688.4 minus Adults and Communities 412.6. "
  "working: 688.4 - 412.6 = 275.8")
a("arithmetic", "By what percentage did Corporate Resources cut its agency bill compared with Q2 of 2024-25?",
  ["13.2"], WF, "Corporate Resources",
  "Table 3, row Corporate Resources: Q2 2025-26 total 349.0 vs Q2 2024-25 402.3, change (53.3). "
  "working: (402.3 - 349.0) / 402.3 * 100 = 13.2")
a("aggregate", "how many directorates were rated green for sickness in q2?", ["5"], WF,
  "Whole Council",
  "Table 2, RAG column (Green = at or below 2.13): Public Health, Environment and Transport, Growth and "
  "Regeneration, Corporate Resources, Chief Executive's Department. "
  "working: count(2.57<=2.13, 2.29<=2.13, 1.55<=2.13, 2.11<=2.13, 1.40<=2.13, 1.97<=2.13, 1.12<=2.13) = 5")
a("list", "why are people leaving the council? what reasons did they give", 
  ["career progression or promotion elsewhere", "pay", "workload and work-life balance",
   "relocation or family reasons", "retirement"], WF, "exit questionnaires were as follows:",
  "Bullet list (•) after 'were as follows:' in paragraph 8.2: career progression 27%, pay 22%, workload 16%, "
  "relocation/family 12%, retirement 9%")
a("list", "What are the changes being proposed to the attendance management policy?",
  ["return-to-work conversation", "three episodes", "occupational health", "stress risk assessment toolkit"], WF,
  "The main changes are as follows:",
  "Bullet list (•) after 'The main changes are as follows:' in paragraph 5.5 (four items)")
a("define", "what's the MSP that keeps getting mentioned in the agency section?",
  ["Managed Service Provider"], WF, "MSP: Managed Service Provider",
  "Defined in paragraph 3.2 (Brightwell Talent Partners) and glossary; used later in 6.2 and 9.2 without expansion")
a("section", "which part of the workforce report covers the regional cap on agency social worker rates?",
  ["Agency workers and spend"], WF, "6. Agency workers and spend",
  "Section 6 'Agency workers and spend', paragraph 6.3 (cap of £45.50 an hour)")
a("yesno", "is voluntary turnover down below target yet?", ["No", "10.1%"], WF, "Voluntary turnover (rolling 12",
  "Table 5 row W1: Q2 2025-26 10.1% against target 10.0% (Amber) -> not yet below target")
r("what was the sickness absence rate for adults and communities in q3 2025-26?",
  "Table 2 only has 2025-26 Q1 and Q2 (report covers to September 2025); Q3 2025-26 not given. keywords: Q3; 2025-26")
r("how much did public health spend on agency workers in June?",
  "Table 3 gives Jul, Aug, Sep 2025 and Q2 2024-25 only; no June figure. keywords: June; Public Health")
r("whats the vacancy rate in trading standards",
  "No Trading Standards service in Table 4 or anywhere in the papers. keywords: Trading Standards")
r("What was the employee engagement index in 2022-23?",
  "Table 5 row W8 starts at 2023-24 (68%); 2022-23 not given. keywords: 2022-23; engagement")
r("how much does the council pay brightwell in management fees for running the agency contract?",
  "Brightwell Talent Partners is named as the MSP (3.2) but no fee or contract value is given. "
  "keywords: Brightwell; fee; contract value")
r("total agency spend for Q1 this year?",
  "Only Quarter 2 2025-26 and Quarter 2 2024-25 agency spend are given; Q1 2025-26 not given. "
  "keywords: Quarter 1; Q1")
r("FTE in public health back in march 2025?",
  "Table 1 gives September 2024 and September 2025 only. keywords: March 2025; Public Health")
r("what's sickness absence like for staff in maintained schools",
  "Paragraph 1.2: staff employed directly by maintained schools are excluded; no figure. keywords: schools")

# ============================================================ ICB POD (DOCX)
a("lookup", "how many UDAs did drennington actually deliver in 24/25", ["289,540"], POD, "Drennington",
  "Table 1 (merged header 2024-25), row Drennington, column Delivered UDAs = 289,540 (contracted 368,900)")
a("lookup", "What proportion of adults in Saltreach have seen an NHS dentist, latest figure?", ["40.3"], POD,
  "Saltreach", "Table 2, row Saltreach, Adults seen in previous 24 months, Sep 2025 = 40.3%")
a("lookup", "how many chemists are there in ellsmoor now", ["15"], POD, "Ellsmoor",
  "Table 3, row Ellsmoor, column Pharmacies at 30 Sept 2025 = 15 ('chemists' = community pharmacies)")
a("followup", "how many closed there?", ["3"], POD, "Ellsmoor",
  "Table 3, row Ellsmoor, column Closures = 3 (one opening, net change (2))", follows="PREV")
a("lookup", "number of pharmacy first consultations in quarter 2?", ["18,742"], POD,
  "Pharmacy First consultations in Quarter 2",
  "Prose only, paragraph 5.5: 18,742 in Quarter 2 (14,906 in Q2 2024-25)")
a("lookup", "sight test rate per 1000 people in holmcaster?", ["186.0"], POD, "Holmcaster",
  "Table 4, row Holmcaster, column Sight tests per 1,000 population 2024-25 = 186.0")
a("lookup", "whats the forecast spend on orthodontics this year", ["6,344"], POD, "Orthodontics",
  "Table 5 (units note 'All figures are £000' above the table), row Orthodontics, column Forecast outturn "
  "= 6,344 (£6.344m); budget 6,218")
a("lookup", "How many patients have been seen under the new patient premium?", ["11,240"], POD,
  "11,240 patients were seen under the premium",
  "Prose only, paragraph 4.3: 11,240 patients between April and September 2025")
a("lookup", "MECS episodes in kestlow last year", ["2,410"], POD, "Kestlow",
  "Table 4, row Kestlow, column MECS episodes 2024-25 = 2,410")
a("compare", "was castermere above or below the england average for adults seeing a dentist in sept 2025?",
  ["above", "40.7", "40.6"], POD, "Castermere ICB",
  "Table 2, Adults seen in previous 24 months, Sep 2025: Castermere ICB 40.7 vs England 40.6 -> slightly above")
a("compare", "did the number of NHS sight tests go up or down in holmcaster?", ["down", "18,430", "18,102"], POD,
  "Holmcaster", "Table 4, row Holmcaster: 2023-24 18,430, 2024-25 18,102 -> fell (only district to fall, para 6.2)")
a("arithmetic", "how many UDAs short of its contract was kestlow in 2024-25?", ["80,540"], POD, "Kestlow",
  "Table 1, row Kestlow, 2024-25: contracted 512,400 minus delivered 431,860. working: 512,400 - 431,860 = 80,540")
a("arithmetic", "what's the combined overspend on urgent dental care and orthodontics (£000)?", ["298"], POD,
  "Urgent dental care", "Table 5, Variance column: Orthodontics 126 + Urgent dental care 172. "
  "working: 126 + 172 = 298")
a("aggregate", "which district has the fewest pharmacies per head of population?", ["Ellsmoor", "17.7"], POD,
  "Ellsmoor", "Table 3, column Per 100,000 population: lowest is Ellsmoor 17.7 (Drennington 18.9, Kestlow 19.0, "
  "Saltreach 19.2, Holmcaster 20.6)")
a("list", "what is the ICB planning to commission in 2026-27?",
  ["12,000 additional UDAs", "supervised toothbrushing programme", "recommissioning MECS", "orthodontic hub"], POD,
  "Our commissioning intentions for 2026-27 include:",
  "Bullet list after 'Our commissioning intentions for 2026-27 include:' in paragraph 8.1 (five items, the fifth "
  "being the PNA supplementary statement)")
a("define", "what is the PNA", ["Pharmaceutical Needs Assessment"], POD, "Pharmaceutical Needs Assessment (PNA)",
  "Defined in paragraph 3.2 (published by the HWB every three years); used later in 5.4 and 8.1")
a("yesno", "Is dental going to underspend this year?", ["Yes", "633"], POD, "Total dental",
  "Table 5, row Total dental: budget 38,325, forecast 37,692, variance (633) = underspend of £633k (ring-fenced, 7.1)")
r("how many domiciliary sight tests were done in saltreach?",
  "Paragraph 6.3: domiciliary sight test data not yet available at district level. keywords: domiciliary")
r("UDAs delivered in Drennington in 2023-24?",
  "Table 1 starts at 2024-25; 2023-24 not given. keywords: 2023-24; UDA")
r("how many pharmacies are there in tyndale",
  "Tyndale appears only in 'Castermere and Tyndale Commissioning Hub'; it is not one of the five districts and "
  "no pharmacy figure is given. keywords: Tyndale")
r("what's the current wait for orthodontic treatment in kestlow?",
  "Para 8.1 mentions a pilot orthodontic hub to reduce waiting times, but no waiting time figure is given. "
  "keywords: orthodontic; waiting")
r("How much is the ICB spending on pharmacy blood pressure checks?",
  "Para 5.5 gives the number of checks (9,315) but Table 5 has no line or spend for them. "
  "keywords: blood pressure")
r("what % of adults in ellsmoor saw a dentist in march 2023",
  "Table 2 columns are Mar 2024, Mar 2025, Sep 2025; March 2023 not given. keywords: March 2023; Mar 2023")
r("how many dental practices shut in saltreach?",
  "Only the Brindle Street practice in Ellsmoor is mentioned (4.2); no dental practice closures are given for "
  "Saltreach. keywords: Saltreach; practice; closed")

# ============================================================ waste (HTML)
a("lookup", "how much garden & food waste did holmcaster collect in june", ["1,204"], WST, "Holmcaster",
  "Table 1, group 'Garden and food waste', row Holmcaster, column Jun (under Quarter 1) = 1,204 tonnes")
a("lookup", "what was saltreach's recycling rate in may?", ["47.5"], WST, "Saltreach",
  "Table 2, row Saltreach, column May (Monthly rate 2025-26) = 47.5%")
a("followup", "what about drennington?", ["47.9"], WST, "Drennington",
  "Table 2, row Drennington, column May = 47.9%", follows="PREV")
a("lookup", "Drennington contamination rate for Q2?", ["13.1"], WST, "Drennington",
  "Table 3, row Drennington, Contamination rate (%) Q2 = 13.1 (Q1 14.2)")
a("lookup", "whats the EfW gate fee forecast to be this year per tonne", ["113.10"], WST,
  "Energy from Waste (EfW) gate fee",
  "Table 4, row Energy from Waste (EfW) gate fee, column 2025-26 Forecast = £113.10 per tonne")
a("lookup", "how many visits did the tips get between april and september?", ["412,600"], WST,
  "HWRCs received 412,600 visits",
  "Prose only, paragraph 4.5 ('tips' = HWRCs)")
a("lookup", "how much do districts get in recycling credits per tonne?", ["£58.40"], WST,
  "Recycling credits are paid to the districts",
  "Prose only, paragraph 6.4: £58.40 per tonne in 2025-26")
a("lookup", "what's the landfill tax rate at the moment", ["£126.15"], WST, "landfill tax of £126.15 per tonne",
  "Prose only, paragraph 6.1: £126.15 per tonne from April 2025")
a("lookup", "what's the budget for the HWRC contract", ["7,215"], WST, "HWRC operating contract",
  "Table 5 (units '£000s' in the caption only), row HWRC operating contract, Budget = 7,215 (i.e. £7.2m)")
a("compare", "has ellsmoor's recycling rate gone up or down on last year?", ["down", "41.7", "42.9"], WST,
  "Ellsmoor", "Table 2, row Ellsmoor: April to September 2025 41.7 vs 2024 42.9, change (1.2), trend Declining")
a("compare", "which was dearer per tonne in 2024-25, in-vessel composting or the MRF gate fee?",
  ["In-vessel composting", "48.30", "41.75"], WST, "In-vessel composting (garden and food)",
  "Table 4, column Actual 2024-25: In-vessel composting 48.30 vs MRF gate fee 41.75")
a("arithmetic", "total residual waste from kestlow in quarter 2?", ["10,482"], WST, "Kestlow",
  "Table 1, group Residual waste, row Kestlow, Jul + Aug + Sep (Quarter 2 columns). "
  "working: 3,544 + 3,522 + 3,416 = 10,482")
a("arithmetic", "by how much % has the EfW gate fee gone up from 2023-24 to this year's budget?", ["7.3"], WST,
  "Energy from Waste (EfW) gate fee",
  "Table 4, EfW row: 2023-24 actual 104.80, 2025-26 budget 112.40. working: (112.40 - 104.80) / 104.80 * 100 = 7.3")
a("aggregate", "which district had the worst contamination in q1", ["Ellsmoor", "16.9"], WST, "Ellsmoor",
  "Table 3, Contamination rate Q1 column: highest is Ellsmoor 16.9 (Drennington 14.2, Saltreach 11.5, "
  "Kestlow 9.8, Holmcaster 8.1)")
a("aggregate", "how many districts hit the 48% recycling target for april-sept?", ["1", "Holmcaster"], WST,
  "Holmcaster", "Table 2, April to September 2025 column vs target 48.0%: only Holmcaster 49.3 (Green). "
  "working: count(47.3>=48.0, 46.5>=48.0, 49.3>=48.0, 41.7>=48.0, 46.3>=48.0) = 1")
a("list", "what are people putting in the recycling that shouldn't be there?",
  ["plastic sacks", "food and liquid", "textiles", "nappies", "batteries"], WST,
  "The main contaminants found in MRF sampling",
  "Bullet list after 'were as follows:' in paragraph 5.3 (bagged recycling 24%, food and liquid 19%, textiles 14%, "
  "nappies 11%, small electricals and batteries 6%)")
a("section", "where in the waste report does it talk about gate fees and the disposal budget?", ["Costs"], WST,
  "6. Costs", "Section 6 'Costs' (Tables 4 and 5, paragraphs 6.1-6.4)")
a("yesno", "is the waste disposal budget heading for an overspend?", ["Yes", "0.56"], WST,
  "an overspend of £0.56m",
  "Paragraph 6.3 and Table 5 total: budget 50,615, forecast 51,177, variance 562 (£000s) = £0.56m overspend")
r("what was saltreach's recycling rate in october",
  "Table 2 covers April to September 2025 only; October not given. keywords: October; Oct")
r("how many fly tipping incidents were there in drennington?",
  "Paragraph 7.1: fly-tipping is reported separately to district scrutiny and not included. keywords: fly-tipping; fly tipping")
r("What's the recycling rate at the HWRCs?",
  "Paragraph 4.5: the HWRC recycling rate is reported annually and is not included. keywords: HWRC recycling rate")
r("recycling rate for harlock moor?",
  "Harlock Moor is the site of the EfW facility (3.1), not a district; no recycling rate. keywords: Harlock Moor")
r("how much EPR money is kestlow getting",
  "Paragraph 3.3 gives only the five-district total (£6.2m); no per-district EPR figure. keywords: EPR; Extended Producer")
r("residual waste tonnage for holmcaster in march 2025?",
  "Table 1 covers April to September 2025 only. keywords: March; Mar")
r("whats the cost per tonne for textile recycling",
  "Table 4 has no textiles route; textiles appear only as a contaminant. keywords: textile")
r("EfW gate fee in 2022-23?",
  "Table 4 starts at 2023-24 actual (104.80); 2022-23 not given. keywords: 2022-23")

# ============================================================ SEND (Markdown)
a("lookup", "how many new EHCPs were issued in june", ["112"], SEN, "June 2025",
  "Table 1, row June 2025, column New EHC plans issued = 112")
a("lookup", "what % of plans were done within the 20 weeks in august?", ["59.1%"], SEN, "August 2025",
  "Table 1, row August 2025, column % within 20 weeks = 59.1%")
a("lookup", "How many tribunal appeals were registered in 2024-25?", ["164"], SEN, "Appeals registered",
  "Table 2, row Appeals registered, column 2024-25 = 164 (also prose 4.2)")
a("followup", "and the year before?", ["121"], SEN, "Appeals registered",
  "Table 2, row Appeals registered, column 2023-24 = 121", follows="PREV")
a("lookup", "how many kids with plans are in independent special schools now", ["421"], SEN,
  "Independent special schools", "Table 3, row Independent special schools, column September 2025 = 421")
a("lookup", "what is the DSG deficit expected to be by the end of march", ["£38.6m"], SEN,
  "cumulative DSG deficit is forecast", "Prose only, paragraph 7.1: £38.6m by 31 March 2026")
a("lookup", "how many hits did the local offer site get last quarter", ["48,210"], SEN, "48,210 visits",
  "Prose bullet in paragraph 6.3: Local Offer website had 48,210 visits in Quarter 2")
a("lookup", "when is the annual reviews action due?", ["Mar 2026"], SEN,
  "Complete 85% of annual reviews within 12 months",
  "Table 4 (Action is the second column, after Ref 3.2), column Due = Mar 2026; status Red")
a("compare", "are there more EHCP children in mainstream secondary or in maintained special schools at the moment?",
  ["maintained special schools", "1,389", "1,198"], SEN, "Maintained special schools and special academies",
  "Table 3, September 2025: Maintained special schools and special academies 1,389 vs Mainstream secondary 1,198")
a("compare", "did the council concede more appeals in 2024-25 than the year before?", ["Yes", "49", "33"], SEN,
  "Conceded by the local authority before hearing",
  "Table 2, row Conceded by the local authority before hearing: 2023-24 33, 2024-25 49 -> more")
a("arithmetic", "by what percent has the total number of EHC plans grown since jan 2024?", ["16.8"], SEN,
  "Total with an EHC plan", "Table 3, total row: January 2024 5,482, September 2025 6,403. "
  "working: (6,403 - 5,482) / 5,482 * 100 = 16.8")
a("aggregate", "which month had the most requests for assessment?", ["September", "171"], SEN, "September 2025",
  "Table 1, column Requests for assessment: maximum is September 2025 with 171")
a("list", "what are the priorities in the send improvement plan?",
  ["Timely, good-quality EHC needs assessments", "graduated approach", "specialist places close to home",
   "Preparing young people for adulthood", "sustainable high needs budget"], SEN,
  "The five priorities of the SEND Improvement Plan are as follows:",
  "Bullet list after 'are as follows:' in paragraph 2.2 (Priorities 1-5)")
a("define", "what does DBV stand for", ["Delivering Better Value"], SEN, "Delivering Better Value (DBV)",
  "Defined in paragraph 2.3; used later in Table 4 action 5.1 and paragraph 7.2 without expansion")
a("section", "which section of the send update covers appeals?", ["Tribunal appeals"], SEN, "### 4. Tribunal appeals",
  "Section 4 'Tribunal appeals' (Table 2, paragraphs 4.1-4.3)")
a("yesno", "have the numbers waiting for a school place / out of education come down since january?",
  ["Yes", "39"], SEN, "Awaiting placement or not in education",
  "Table 3 row Awaiting placement or not in education: January 2025 58, September 2025 39; prose 5.3 confirms")
r("how many EHC plans were issued in october 2025?",
  "Table 1 runs April to September 2025; October not given. keywords: October")
r("how many cases went to mediation this year?",
  "Paragraph 4.3 says mediation is offered but gives no number. keywords: mediation")
r("number of tribunal appeals registered in 2021-22?",
  "Table 2 starts at 2022-23. keywords: 2021-22")
r("how many children in kestlow have an EHCP",
  "No district breakdown of EHC plans in the SEND paper. keywords: Kestlow")
r("whats the average cost of a resourced provision place",
  "Paragraph 5.2 gives average costs only for independent/non-maintained (£61,300) and maintained special "
  "(£24,800) places. keywords: resourced provision; cost")
r("how many EHC plans were ceased in 2025?",
  "No figures for ceased plans anywhere. keywords: ceased; cease")
r("how many educational psychologists does castermere employ?",
  "Educational psychologists are mentioned (3.3, 8.1) but no number in post is given. keywords: educational psycholog")

# ------------------------------------------------------------ reorder: interleave refusals with answerable
ans = [q for q in Q if q["answerable"]]
ref = [q for q in Q if not q["answerable"]]
# resolve follow-ups to the previous answerable question and keep pairs together
blocks = []
for q in ans:
    if q.get("follows") == "PREV":
        blocks[-1].append(q)
    else:
        blocks.append([q])
import random
items = blocks + [[q] for q in ref]
random.Random(32).shuffle(items)
order = [q for b in items for q in b]
for i, q in enumerate(order, 1):
    q["id"] = f"T32_{i:03d}"
for i, q in enumerate(order):
    if q.get("follows") == "PREV":
        q["follows"] = order[i - 1]["id"]
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in order:
        out = {"id": q["id"]}
        out.update({k: q[k] for k in ("question", "type", "answerable", "expect", "cite", "note") })
        if "follows" in q:
            out["follows"] = q["follows"]
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
from collections import Counter
print(len(order), Counter(q["type"] for q in order), sum(q["answerable"] for q in order))
