"""Write questions.jsonl for trial28. 'ops' (operands for computed answers) is used only by check_questions.py."""
import json

PDF = "t28_pension_treasury_investments.pdf"
DOCX = "t28_winter_plan_discharge.docx"
HTML = "t28_community_safety_report.html"
MD = "t28_carers_strategy_update.md"

Q = []


def a(qtype, question, expect, doc, contains, note, follows=None, ops=None):
    d = {"question": question, "type": qtype, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    if ops:
        d["_ops"] = ops
    Q.append(d)


def r(question, note, doc_hint=None):
    Q.append({"question": question, "type": "refusal", "answerable": False, "expect": [], "cite": None,
              "note": note, "_doc": doc_hint})


# 001
a("lookup", "whats the total value of the pension fund at end of sept 2025?", ["4,290.8"], PDF, "Total Fund",
  "Table 1 Total Fund row, 30 Sep 2025 column = 4,290.8 (£m); also para 3.1.")
a("lookup", "how many pathway 1 discharges were there w/c 1st dec", ["170"], DOCX, "1 Dec 2025",
  "Table 1 row '1 Dec 2025', Pathway 1 column = 170.")
a("followup", "and the week after?", ["159"], DOCX, "8 Dec 2025",
  "Follow-up to T28_002: Table 1 row '8 Dec 2025', Pathway 1 = 159.", follows="T28_002")
r("recorded crime figures for pennock bridge in 2022/23?",
  "Table 2 gives district crime for 2023-24 and 2024-25 only; no 2022-23 figures anywhere.", HTML)
a("lookup", "how many carers assessments were completed in q1 2025-26", ["467"], MD, "Carers' assessments completed",
  "Table 2 row 'Carers' assessments completed', 2025-26 Q1 column = 467.")
a("followup", "what about q2", ["489"], MD, "Carers' assessments completed",
  "Follow-up to T28_005: same row, 2025-26 Q2 = 489.", follows="T28_005")
a("lookup", "how much did we have invested with brightwater at 31 march", ["868.3"], PDF, "Brightwater Global",
  "Table 1 row Global equities / Brightwater Global, 31 Mar 2025 column = 868.3 (£m).")
r("what was the pension fund worth at 31 dec 2024",
  "Fund values are given only at 31 March 2025 and 30 September 2025.", PDF)
a("lookup", "shoplifting offences 2024-25?", ["2,688"], HTML, "Shoplifting",
  "Table 1 row Shoplifting, 2024-25 column = 2,688.")
# 010
a("followup", "and the year before that", ["2,031"], HTML, "Shoplifting",
  "Follow-up to T28_009: Shoplifting 2023-24 = 2,031.", follows="T28_009")
a("lookup", "kestlow royal infirmary bed occupancy in november", ["93.4"], DOCX, "Kestlow Royal Infirmary",
  "Table 3 row Kestlow Royal Infirmary, November 2025 Occupancy % = 93.4.")
r("what was bed occupancy at tullerby community hospital in december",
  "Table 3 gives occupancy for October and November 2025 only; December is not reported.", DOCX)
a("lookup", "how many carers are registered in tullerby (as at march 2025)", ["1,003"], MD, "Tullerby",
  "Table 1 row Tullerby, Registered at 31 Mar 2025 = 1,003.")
r("carers assessments completed q3 2025/26?",
  "Table 2 runs only to 2025-26 Q2 (Jul-Sep 2025); Q3 2025-26 is not given.", MD)
a("lookup", "quillon 3 year return?", ["2.2"], PDF, "Quillon Asset Management (emerging markets)",
  "Table 2 row Quillon Asset Management (emerging markets), 3 years Fund column = 2.2% p.a. (benchmark 4.7).")
a("compare", "did burglary go up or down last year, by how many?", ["174"], HTML, "Residential burglary",
  "Table 1 row Residential burglary: 1,388 -> 1,214, change (174), i.e. down 174 (12.5%).")
r("whats the 10 yr return on the pension fund",
  "Table 2 gives returns over 1, 3 and 5 years only; no 10-year figure.", PDF)
a("lookup", "how many patients were stuck waiting for a care home placement at the end of nov", ["29"], DOCX,
  "Awaiting residential or nursing home placement",
  "Table 2 row 'Awaiting residential or nursing home placement', 27 Nov 2025 snapshot = 29.")
a("lookup", "crime rate per 1,000 in kestlow", ["72.1"], HTML, "Kestlow",
  "Table 2 row Kestlow, crime rate per 1,000 population 2024-25 = 72.1.")
# 020
r("how many asb incidents in april 2025",
  "Table 3 covers April 2023-March 2025 (2023-24 and 2024-25); April 2025 is not reported.", HTML)
a("lookup", "treasury interest earned in Q2", ["1,101"], PDF, "Interest earned (£000)",
  "Table 6 row 'Interest earned (£000)', Q2 2025-26 = 1,101 (£000).")
a("lookup", "how much is allocated to brightlea respite house this year", ["610"], MD, "Brightlea Respite House",
  "Table 3 row Brightlea Respite House, Allocation 2025-26 = 610 (£000).")
r("how many pathway 3 discharges w/c 22 december",
  "Table 1 runs to week commencing 15 Dec 2025 only (data to 21 December).", DOCX)
a("compare", "did occupancy at tullerby community hospital get better or worse from oct to nov", ["85.4"], DOCX,
  "Tullerby Community Hospital",
  "Table 3 row Tullerby Community Hospital: 91.7% (Oct) -> 85.4% (Nov), i.e. better (lower); trend Improving.")
a("lookup", "how many asb incidents were there in aug 2024", ["735"], HTML, "August",
  "Table 3 row August, 2024-25 column (August 2024) = 735.")
r("how many knife crimes in marrowgate",
  "Possession of weapons offences are only given for the whole area (Table 1); district figures (Table 2) are total crime only.", HTML)
a("lookup", "counterparty limit and max duration for corvane bank?", ["10", "12 months"], PDF, "Corvane Bank plc",
  "Table 5 row Corvane Bank plc: limit 10.0 (£m), max duration 12 months.")
a("arithmetic", "how much in total is sat in the 3 money market funds", ["35.5"], PDF, "Liquidity Fund",
  "Table 5 money market fund rows (continued page): 12.0 + 14.5 + 9.0 = 35.5 (£m).", ops=["12.0", "14.5", "9.0"])
a("lookup", "how many extra beds does the virtual ward expansion add", ["40"], DOCX, "Frailty virtual ward expansion",
  "Table 5 row Frailty virtual ward expansion, Additional capacity = 40 additional virtual ward beds.")
# 030
r("whats the a&e 4hr performance for november",
  "Emergency department performance (4-hour standard) is not reported in any paper.", DOCX)
a("lookup", "how many carers did pennock breaks hub help", ["210"], MD, "Pennock Breaks Hub",
  "Table 3 row Pennock Breaks Hub, Carers supported Apr-Sep 2025 = 210.")
a("lookup", "police referrals to the domestic abuse service in q3", ["341"], HTML,
  "Referrals to the Westmarrow Domestic Abuse Service",
  "Table 4 row Police, Q3 Oct-Dec 2024-25 = 341.")
r("how much did we pay brightwater in fees last year",
  "Only total Fund management expenses are given (Table 4); fees by manager are not reported.", PDF)
a("compare", "who did better over 1 yr, aldermast or brightwater?", ["Brightwater", "14.2"], PDF,
  "Brightwater Global (global equities)",
  "Table 2 1-year Fund column: Brightwater Global 14.2% vs Aldermast Investors 9.8%.")
a("lookup", "whats the bed occupancy target in the winter plan", ["92"], DOCX, "at or below 92%",
  "Para 6.1: target to keep G&A bed occupancy at or below 92%.")
r("how much did pennock breaks hub get in 2024-25?",
  "Table 3 gives 2025-26 allocations only; no 2024-25 funding by provider.", MD)
a("lookup", "carer satisfaction 2023 survey", ["38.5"], MD, "Carers extremely or very satisfied",
  "Table 4 row 'Carers extremely or very satisfied with social services support (%)', 2023 = 38.5.")
a("lookup", "marac repeat rate 2024-25", ["34"], HTML, "Repeat cases (%)",
  "Table 5 row Repeat cases (%), 2024-25 = 34; also para 7.4.")
r("how many hours lost to ambulance handover delays at westmarrow general",
  "Para 5.3 says handover delays have increased but gives no figure.", DOCX)
# 040
a("arithmetic", "what % of discharges over the 7 weeks went on pathway 2", ["5.0"], DOCX, "Total (7 weeks)",
  "Table 1 Total (7 weeks) row: Pathway 2 298 / total 5,907 = 5.0%.", ops=["298", "5,907"])
a("lookup", "how many active members does the fund have", ["27,615"], PDF, "27,615 active members",
  "Para 3.4 bullet: 27,615 active members at 30 September 2025.")
r("how many hate crimes were reported in 2024/25",
  "Para 3.3: hate crime is not included in this report (reported separately); no figure given.", HTML)
a("lookup", "how many days was the system on opel 4 in october", ["2"], DOCX, "OPEL 4",
  "Table 4 row OPEL 4, Oct 2025 = 2 days.")
a("compare", "which has a lower % of carers registered, tullerby or pennock bridge?", ["Pennock Bridge", "15.9"], MD,
  "Pennock Bridge", "Table 1 last column: Pennock Bridge 15.9% vs Tullerby 18.6%.")
r("funding level at the last actuarial valuation?",
  "The paper mentions the 2025 actuarial valuation but gives no funding level.", PDF)
a("lookup", "how many closure orders were issued", ["3"], HTML, "3 Closure Orders",
  "Para 6.3 bullet: 12 Community Protection Notices and 3 Closure Orders.")
a("arithmetic", "by what % did police referrals for domestic abuse go up vs 2023-24", ["7.0"], HTML,
  "Referrals to the Westmarrow Domestic Abuse Service",
  "Table 4 row Police: total 2024-25 1,278 vs 2023-24 1,194; (1,278-1,194)/1,194 = 7.0%.", ops=["1,278", "1,194"])
r("satisfaction with carers support in the 2017 survey",
  "Table 4 covers survey years 2019, 2021, 2023 and 2025 only.", MD)
a("lookup", "young carers aged 11-15 known to services now?", ["214"], MD, "11 to 15",
  "Table 5 row '11 to 15', 31 Mar 2025 = 214.")
# 050
a("define", "what does NCTR stand for", ["criteria to reside"], DOCX, "no criteria to reside (NCTR)",
  "Para 3.3 defines no criteria to reside (NCTR).")
r("staff sickness absence rate this winter?",
  "Para 5.3 says sickness absence has risen but gives no rate.", DOCX)
a("lookup", "employer contributions q1 this year?", ["38.4"], PDF, "Employer contributions",
  "Table 4 row Employer contributions, Q1 Apr-Jun 2025-26 = 38.4 (£m).")
a("aggregate", "which month had the fewest asb incidents in 2024-25", ["February", "468"], HTML, "February",
  "Table 3 2024-25 column: lowest is February, 468.")
r("domestic abuse referrals from kestlow?",
  "Domestic abuse referrals (Table 4) are by source and quarter only, not by district.", HTML)
a("lookup", "average wait for a carers assessment in q4 24/25", ["29"], MD, "Average wait from referral to assessment",
  "Table 2 row 'Average wait from referral to assessment (days)', 2024-25 Q4 = 29.")
a("compare", "which acute hospital was fuller in november", ["Westmarrow General", "96.5"], DOCX,
  "Westmarrow General Hospital",
  "Table 3 November Occupancy %: Westmarrow General Hospital 96.5 vs Kestlow Royal Infirmary 93.4.")
r("carbon footprint of the fund's equities?",
  "Para 4.3: a carbon footprint analysis will be brought in March 2026; no figure given.", PDF)
a("aggregate", "which manager underperformed its benchmark the most over 1 year", ["Quillon"], PDF,
  "Quillon Asset Management",
  "Table 2 1-year Relative column: Quillon Asset Management (3.3) is the largest underperformance.")
r("how many nctr patients are waiting for a mental health bed",
  "Table 2 reasons for delay do not include mental health beds.", DOCX)
# 060
a("list", "what are the community safety partnership priorities",
  ["serious violence", "women and girls", "reoffending", "town centres", "drug"], HTML, "Partnership priorities",
  "Table 6 lists the six priorities: serious violence, VAWG, ASB, reoffending, safer town centres, drug and alcohol harm.")
a("lookup", "who's leading on the online carers self assessment", ["Digital Services"], MD,
  "Introduce an online carers' self-assessment", "Table 6 action A4, Lead = Digital Services Manager.")
r("how many young carers are there in ashgrove fold",
  "Young carers are given by age group only (Table 5), not by district.", MD)
a("yesno", "were any treasury counterparty limits breached", ["no"], PDF, "No limits were breached at any time",
  "Para 8.2: no limits were breached at any time during the half year.")
a("arithmetic", "violence with and without injury added together for 24/25", ["7,663"], HTML, "Violence without injury",
  "Table 1: violence with injury 3,286 + violence without injury 4,377 = 7,663 (2024-25).", ops=["3,286", "4,377"])
r("shoplifting numbers in tullerby",
  "Shoplifting is given only for the whole area; district table has total crime only.", HTML)
a("lookup", "ucr 2 hour response performance in nov", ["82.4"], DOCX, "82.4% of referrals",
  "Para 8.3: UCR met the two-hour standard for 82.4% of referrals in November.")
a("list", "which winter schemes are amber or red?", ["discharge to assess", "reablement", "respiratory"], DOCX,
  "Winter schemes",
  "Table 5 RAG / para 8.2: Discharge to assess beds (Amber), Home First reablement capacity (Amber), Acute respiratory infection hubs (Red).")
r("how much long term borrowing has the council got",
  "Para 8.4 mentions avoiding new long-term borrowing but no borrowing figures are given.", PDF)
a("lookup", "how many ASB case review applications did the council get", ["38"], HTML,
  "38 applications for an ASB case review", "Para 6.2: 38 applications, of which 29 met the threshold.")
# 070
a("aggregate", "how many actions in the carers plan are delayed", ["3"], MD, "Carers strategy action plan",
  "Table 6 Status column: A4, A6 and A9 are Delayed = 3.")
r("occupancy at kestlow royal in september",
  "Bed occupancy (Table 3) is given for October and November 2025 only.", DOCX)
a("lookup", "carer quality of life score 2025", ["7.5"], MD, "Carer-reported quality of life score",
  "Table 4 row Carer-reported quality of life score (out of 12), 2025 = 7.5.")
a("followup", "and in 2021?", ["7.1"], MD, "Carer-reported quality of life score",
  "Follow-up to T28_072: same row, 2021 = 7.1.", follows="T28_072")
a("define", "whats MARAC short for", ["Risk Assessment Conference"], HTML, "Multi-Agency Risk Assessment Conference",
  "Para 7.3 defines the Multi-Agency Risk Assessment Conference (MARAC).")
r("how much is carers allowance a week",
  "Carer's Allowance is not mentioned in the papers.", MD)
a("yesno", "did the hospitals hit the 92% occupancy target in november?", ["no"], DOCX, "above the 92% target",
  "Para 6.2: both acute hospitals were above the 92% target in both months (Table 3: 96.5 and 93.4).")
a("compare", "were there more asb incidents in july or august 2024", ["July", "779"], HTML, "July",
  "Table 3 2024-25 column: July 779 vs August 735.")
r("how many fly tipping incidents were there in 24/25",
  "Para 6.2: environmental ASB such as fly-tipping is recorded by the Council and not included; no figure given.", HTML)
a("arithmetic", "how much of the carers breaks budget was unspent by end of sept", ["1,169"], MD,
  "Total carers' breaks",
  "Table 3 Total row: allocation 2,365 - spend to 30 Sep 1,196 = 1,169 (£000).", ops=["2,365", "1,196"])
# 080
a("summary", "main risks in the winter plan?", ["flu", "home care", "workforce"], DOCX,
  "main risks to delivery of the winter plan",
  "Para 10.1 lists risks: flu/COVID season, home care capacity, workforce over Christmas, delays opening D2A beds.")
r("treasury interest q3?",
  "Table 6 gives Q1, Q2, half-year and full-year budget only; Q3 interest is not reported.", PDF)
a("list", "what are the five priorities in the carers strategy",
  ["identifying", "assessment", "breaks", "working carers", "young"], MD, "has five priorities",
  "Para 3.2 numbered list of the five strategy priorities.")
a("section", "which section of the winter paper covers opel escalation", ["Escalation levels"], DOCX,
  "The system reports a daily OPEL level", "Section 7 'Escalation levels' (Table 4).")
r("cost of the carers emergency card scheme?",
  "Para 6.3: costs of the emergency card scheme will be set out in a future report; no figure.", MD)
a("compare", "did the survey response rate go up or down between 2023 and 2025", ["39"], MD, "Response rate (%)",
  "Table 4 row Response rate (%): 37 (2023) -> 39 (2025), i.e. up.")
a("define", "what is sonia", ["Sterling Overnight Index Average"], PDF, "Sterling Overnight Index Average",
  "Para 8.3: benchmark is the Sterling Overnight Index Average (SONIA).")
r("discharge numbers for dunmarch?",
  "Dunmarch appears only as a treasury counterparty (Dunmarch County Council); no discharge data for it.", DOCX)
a("aggregate", "how many winter schemes are rated green", ["5"], DOCX, "Winter schemes",
  "Table 5 RAG column: 5 Green (virtual ward, UCR, SDEC, care transfer hub, handyperson), 2 Amber, 1 Red.")
a("yesno", "did the marac reach the recommended 40 cases per 10,000 women", ["yes"], HTML,
  "reached the recommended level of 40 cases", "Para 7.4 and Table 5: 40 cases per 10,000 adult women in 2024-25.")
# 090
r("road traffic collisions last year?",
  "Road traffic collisions are not covered by the community safety report or any other paper.", HTML)
a("list", "what is the committee being asked to agree in the pensions paper", ["80", "Quillon", "treasury"], PDF,
  "The Committee is asked to",
  "Section 2 recommendations: note value, approve £80m rebalancing, Quillon on watch, note treasury position.")
r("carers registered in kestlow at march 2023?",
  "Table 1 gives registrations at 31 March 2024 and 2025 only.", MD)
a("arithmetic", "by what percent did the number of young carers known go up", ["12.8"], MD, "young carers known to",
  "Table 5 / para 8.1: 352 -> 397, increase 45, 45/352 = 12.8%.", ops=["352", "397"])
a("summary", "what did carers say in the survey comments", ["short notice", "peer support", "hospital"], MD,
  "highlighted three themes", "Para 7.2 three themes: replacement care at short notice, helpline/peer support, hospital communication.")
a("lookup", "whats the undrawn commitments figure in the risks", ["118"], PDF, "undrawn commitments of £118m",
  "Para 9.1 liquidity risk bullet: undrawn commitments of £118m.")
a("compare", "did the index linked gilts holding go up or down in value since march", ["13.3"], PDF,
  "Index-linked gilts", "Table 1 row Index-linked gilts / Lowmont: 297.4 -> 284.1, movement (13.3), i.e. down.")
a("section", "which part of the carers report covers the survey", ["carers tell us"], MD,
  "Carers Survey is carried out every two years", "Section 7 'What carers tell us' (Table 4).")
a("yesno", "is the 28 day assessment wait target being met", ["yes"], MD, "meeting the strategy target of 28 days",
  "Para 5.1: 24 days in 2025-26 Q2, meeting the 28-day target; action A3 Complete.")
a("list", "which carers actions are rated red", ["Brightlea", "transition"], MD, "Carers strategy action plan",
  "Table 6 RAG Red: A6 respite beds at Brightlea Respite House, A9 transition assessments for young carers.")
# 100
a("lookup", "what % of patients were discharged before midday in sept", ["18.6"], DOCX,
  "Patients discharged before midday (%)", "Table 6 row Patients discharged before midday (%), Sep 2025 = 18.6.")

assert len(Q) == 100, len(Q)
with open("/work/trials_new/trial28/questions.jsonl", "w") as f:
    for i, q in enumerate(Q, start=1):
        q = {"id": f"T28_{i:03d}", **q}
        out = {k: v for k, v in q.items() if not k.startswith("_")}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
json.dump([{"id": f"T28_{i:03d}", **q} for i, q in enumerate(Q, start=1)], open("/tmp/t28_questions_full.json", "w"),
          indent=1, ensure_ascii=False)
print("wrote", len(Q))
