"""Write questions.jsonl (100 questions, shuffled with a fixed seed) and src/computed.json.

computed.json holds, for arithmetic/aggregate questions whose answer is not printed in the paper,
the printed operands and the formula, so that check.py can confirm both the operands and the sum.
Run: /tmp/t15venv/bin/python src/make_questions.py   (from the trial15 directory)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PDF = "t15_revenue_budget_q2_2025-26.pdf"
DOCX = "t15_mhld_performance_m7_2025-26.docx"
HTML = "t15_jsna_key_facts_2025.html"
MD = "t15_primary_care_access_update.md"


def A(key, q, typ, expect, doc, contains, note, follows=None, calc=None):
    d = {"key": key, "question": q, "type": typ, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    if calc:
        d["calc"] = calc
    return d


def R(key, q, note, doc, absent=None):
    d = {"key": key, "question": q, "type": "refusal", "answerable": False, "expect": [],
         "cite": None, "note": note, "_doc": doc}
    if absent:
        d["absent"] = absent
    return d


Q = [
    # ======================================================= PDF: revenue budget monitoring
    A("P1", "forecast spend on home care this yr?", "lookup", ["25,910"], PDF, "Home care",
      "Table 2 (ASC by service line), Home care row: forecast \u00a3000 25,910 against budget 24,800."),
    A("P2", "how many children in external resi placements at q2", "lookup", ["41"], PDF,
      "external residential placements increased from 38 at Quarter 1 to 41",
      "Para 6.1: external residential placements rose from 38 at Quarter 1 to 41 at Quarter 2."),
    A("P3", "balance on the budget smoothing reserve at 31 march 2025", "lookup", ["9,730"], PDF,
      "Budget Smoothing Reserve",
      "Table 6 (reserves at 31 March, \u00a3000): the 2024/25 column is 31 March 2025 = 9,730."),
    A("P4", "whats the rag rating on the parking charges saving", "lookup", ["Amber"], PDF,
      "Parking tariff review", "Table 4, S12 Parking tariff review: target 680, forecast 510, Amber."),
    A("P5", "council tax collection rate so far this year", "lookup", ["56.8%"], PDF,
      "Council tax collected (%)", "Table 7, Q2 2025/26 column: 56.8% (target 57.5%, Amber)."),
    A("P6", "how many housholds in temporary accomodation right now", "lookup", ["386"], PDF,
      "Households in temporary accommodation at 30 September 2025: 386",
      "Key-fact lines in para 3.4 (not a table) and para 7.1: 386 households at 30 September 2025."),
    A("P9", "how much of the LD high cost packages saving is actually forecast to be delivered", "lookup",
      ["900"], PDF, "Review of high-cost learning disability packages",
      "Table 4, S02: target 1,500, forecast 900 (\u00a3000), shortfall (600), Red."),
    A("PF1a", "transformation reserve balance end of 2023/24", "lookup", ["5,480"], PDF,
      "Transformation Reserve", "Table 6, Transformation Reserve, 2023/24 column: 5,480 (\u00a3000)."),
    A("PF1b", "and whats it forecast to be by march 2026?", "followup", ["3,610"], PDF,
      "Transformation Reserve", "Table 6, Transformation Reserve, 2025/26 forecast column: 3,610 (\u00a3000).",
      follows="PF1a"),
    A("PC1", "which is overspending more, adult social care or childrens services?", "compare",
      ["Adult Social Care"], PDF, "Adult Social Care",
      "Table 1 Q2 variance: Adult Social Care 4,590 vs Children's Services 3,875 (\u00a3000)."),
    A("PC2", "is sundry debt over 90 days higher or lower than this time last year", "compare",
      ["6,145", "5,310"], PDF, "Sundry debt over 90 days",
      "Table 7: 6,145 at Q2 2025/26 vs 5,310 at Q2 2024/25 (\u00a3000) \u2013 higher (target 4,500, Red)."),
    A("PA1", "combined overspend on external residential and IFA placements?", "arithmetic", ["3,120"], PDF,
      "External residential placements",
      "Table 3 variances: external residential 2,570 + independent fostering agencies 550 = 3,120 (\u00a3000), "
      "i.e. about \u00a33.12m.",
      calc={"operands": ["2,570", "550"], "formula": "a+b"}),
    A("PA2", "by what % are total usable reserves forecast to fall this year", "arithmetic", ["17.8"], PDF,
      "Total usable revenue reserves",
      "Table 6: 67,155 (2024/25) to 55,220 (2025/26 forecast) = fall of 11,935, i.e. 17.8%.",
      calc={"operands": ["67,155", "55,220"], "formula": "(a-b)/a*100"}),
    A("PG1", "total shortfall on the red rated savings", "aggregate", ["2,350"], PDF,
      "Savings programme by RAG rating",
      "Table 5 Red row: target 4,400 less forecast 2,050 = 2,350 (\u00a3000); equals S02 600 + S06 600 + "
      "S08 600 + S13 550 in Table 4.",
      calc={"operands": ["4,400", "2,050"], "formula": "a-b"}),
    A("PG2", "which savings scheme has the biggest gap between target and forecast", "aggregate",
      ["learning disability packages", "fostering recruitment", "SEND transport", "600"], PDF,
      "Savings schemes 2025/26",
      "Table 4 shortfall column: three schemes tie on (600): S02 high-cost LD packages, S06 fostering "
      "recruitment campaign, S08 SEND transport route optimisation."),
    A("PLi1", "what are the recomendations in the q2 budget report", "list",
      ["7.49m", "virement", "312,000", "Red", "placement sufficiency"], PDF, "Cabinet is recommended to",
      "Section 2 bullet list: note \u00a37.49m overspend; approve \u00a31.20m virement; approve \u00a3312,000 "
      "business rates write-off; note 4 Red savings schemes; ask for placement sufficiency recovery plan."),
    A("PLi2", "which savings schemes are red", "list",
      ["learning disability packages", "fostering recruitment", "SEND transport",
       "temporary accommodation units"], PDF, "Four schemes are rated Red",
      "Table 4 RAG column and para 8.2: S02, S06, S08, S13."),
    A("PD1", "dsg = ?", "definition", ["Dedicated Schools Grant"], PDF, "Dedicated Schools Grant (DSG)",
      "Para 6.3."),
    A("PS1", "main risks to the council budget this year?", "summary",
      ["nursing care", "residential placements", "pay award", "temporary accommodation", "savings"], PDF,
      "The main risks to the forecast position are",
      "Section 11 bullet list of five risks."),
    A("PY1", "is the general fund reserve still within the minimum range in the mtfs", "yesno",
      ["yes", "6.1%"], PDF, "within the minimum range of 5% to 7%",
      "Para 9.1: \u00a318.20m = 6.1% of net budget, within the 5% to 7% range."),
    R("PR1", "forecast overspend for the public health directorate?",
      "Table 1 has People, Place, Corporate and centrally held budgets only; there is no public health line "
      "(only a Public Health Grant Reserve in Table 6).", PDF),
    R("PR2", "what were usable reserves at 31 march 2022",
      "Table 6 starts at 2022/23 (31 March 2023); no 31 March 2022 balance.", PDF,
      absent=["2021/22", "31 March 2022"]),
    R("PR3", "council tax collection rate at end of december",
      "Table 7 is cumulative to 30 September only (Quarter 2); no Quarter 3 / December figure.", PDF,
      absent=["31 December"]),
    R("PR4", "how many households were in b&b at the end of june?",
      "Para 7.1 gives 112 households in B&B at 30 September only; the 30 June figure (341) is all temporary "
      "accommodation, not B&B.", PDF),
    R("PR5", "dsg high needs deficit at march 2025",
      "Para 6.3 gives only the forecast cumulative deficit of \u00a323.6m at 31 March 2026.", PDF),
    R("PR6", "how much is the leisure centre review meant to save",
      "Table 4 has no leisure scheme; the nearest Place scheme is the libraries operating model (S15).", PDF,
      absent=["leisure"]),
    R("PR8", "number of looked after children at end of june",
      "Para 6.1 gives 412 CLA at 30 September 2025 and 396 at 31 March 2025; no 30 June / Quarter 1 count "
      "(Q1 figure 38 is external residential placements only).", PDF),

    # ======================================================= DOCX: MH & LD performance
    A("D1", "eip 2 wk performance sept", "lookup", ["66.7%"], DOCX,
      "EIP: people starting treatment within 2 weeks", "Table 1, Sep-25 column: 66.7% (standard 60%)."),
    A("D2", "how many ppl on the adult adhd waiting list", "lookup", ["3,048"], DOCX, "Adult ADHD assessment",
      "Table 2, Oct-25 total waiting 3,048 (Sep-25 2,965); also para 4.1."),
    A("D3", "astley fen cmht vacancies %", "lookup", ["17.3%"], DOCX, "Astley Fen",
      "Table 3, Astley Fen row, vacancy rate 17.3% (Red)."),
    A("D4", "talking therapies recovery rate for october", "lookup", ["47.9%"], DOCX,
      "NHS Talking Therapies: recovery rate", "Table 1, Oct-25: 47.9% against 50% standard (Amber)."),
    A("D5", "agency spend on doctors last month", "lookup", ["366"], DOCX, "Medical staff",
      "Table 6 (October 2025), Medical staff agency spend \u00a3000 = 366."),
    A("D6", "out of area bed days 23/24", "lookup", ["6,380"], DOCX,
      "Inappropriate out of area placement bed days", "Table 4, 2023/24 column: 6,380."),
    A("D7", "how many on the DSR at end of q2", "lookup", ["204"], DOCX,
      "People on the Dynamic Support Register", "Table 5, Q2 2025/26: 204 (Q1 186)."),
    A("DF1a", "cypmhs core - how many waiting over 18 weeks in october", "lookup", ["340"], DOCX,
      "CYPMHS core", "Table 2, CYPMHS core, waiting over 18 weeks, Oct-25: 340."),
    A("DF1b", "and the month before?", "followup", ["287"], DOCX, "CYPMHS core",
      "Table 2, CYPMHS core, waiting over 18 weeks, Sep-25: 287.", follows="DF1a"),
    A("DC2", "who has higher sickness, registered nurses or support workers", "compare",
      ["support workers", "7.4%"], DOCX, "Healthcare support workers",
      "Table 6: healthcare support workers 7.4% vs registered nurses 5.8%; para 7.2."),
    A("DC3", "did mental health act detentions go up or down in 24/25 vs 23/24", "compare", ["701", "658"],
      DOCX, "Detentions under the Mental Health Act",
      "Table 4: 658 in 2023/24 rising to 701 in 2024/25 (up)."),
    A("DA1", "how much did the adult adhd waiting list grow between sept and oct", "arithmetic", ["83"], DOCX,
      "Adult ADHD assessment", "Table 2: 3,048 (Oct-25) minus 2,965 (Sep-25) = 83 more people.",
      calc={"operands": ["2,965", "3,048"], "formula": "b-a"}),
    A("DA2", "percentage increase in OAP bed days from 22/23 to 23/24", "arithmetic", ["51.4"], DOCX,
      "Inappropriate out of area placement bed days",
      "Table 4: 4,215 to 6,380 = +2,165, a 51.4% increase.",
      calc={"operands": ["4,215", "6,380"], "formula": "(b-a)/a*100"}),
    A("DG1", "which cmht locality is worst for 4 week assesment", "aggregate", ["Astley Fen", "55.1%"], DOCX,
      "Astley Fen", "Table 3 lowest 'assessed within 4 weeks': Astley Fen 55.1% (Caldmoor next, 58.0%)."),
    A("DG3", "avg vacancy rate across the cmht localities", "aggregate", ["10.4%"], DOCX,
      "Average per locality",
      "Table 3 'Average per locality' row: 10.4% (simple mean; Trust total weighted is 10.6%)."),
    A("DLi2", "what is the trust board being asked to do in the performance report", "list",
      ["Oversight Framework", "CYPMHS", "Annual Health Check", "recovery plan", "Thornmere"], DOCX,
      "The Board is asked to",
      "Section 2 numbered list of five recommendations."),
    A("DD1", "whats a C(E)TR", "definition", ["Care (Education) and Treatment Review"], DOCX,
      "Care (Education) and Treatment Review", "Para 6.2."),
    A("DS2", "key risks for mh services performance", "summary",
      ["bed occupancy", "ADHD", "vacancies", "out of area"], DOCX, "The principal risks to performance are",
      "Section 8.1 bullet list: bed occupancy/OAPs, ADHD and autism demand, nurse and psychiatrist "
      "vacancies, cost of out of area placements (\u00a34.2m)."),
    A("DY1", "are we hitting the 72hr follow up target after discharge", "yesno", ["yes", "85.1%"], DOCX,
      "Follow-up within 72 hours of discharge",
      "Table 1: Oct-25 85.1% against 80% standard, Green (Sep-25 was 79.2%)."),
    R("DR1", "eip performance in july 2025", "Table 1 covers August to October 2025 only.", DOCX,
      absent=["Jul-25", "July 2025"]),
    R("DR2", "7 day follow up rate after discharge from mh wards",
      "Only a 72-hour follow-up measure is reported (Table 1); no 7-day measure.", DOCX,
      absent=["7 days", "7-day", "seven day"]),
    R("DR3", "cmht vacancy rate greyhithe",
      "Table 3 localities are Wystanbury North, Wystanbury South, Caldmoor, Pendrick and Orrisby, "
      "Astley Fen; Greyhithe is not a CMHT locality in this report.", DOCX, absent=["Greyhithe"]),
    R("DR4", "adult acute bed occupancy 2021/22", "Table 4 starts at 2022/23.", DOCX, absent=["2021/22"]),
    R("DR5", "ld annual health check completion in q3",
      "Table 5 gives Q1 (14.8%) and Q2 (31.2%) 2025/26 only, with a 75% year-end target.", DOCX,
      absent=["Q3"]),
    R("DR6", "how many cyp eating disorder patients waiting over 18 weeks",
      "Table 2 shows n/a for CYP eating disorders over 18 weeks (measured against 1- and 4-week "
      "standards, para 4.3).", DOCX),

    # ======================================================= HTML: JSNA key facts
    A("H1", "population of orrisby", "lookup", ["19,805"], HTML, "Orrisby",
      "Table 1, Orrisby, all ages (mid-2024): 19,805."),
    A("H2", "what % of pendrick residents are 65 or over", "lookup", ["24.3%"], HTML, "Pendrick",
      "Table 1, Pendrick, adults aged 65+ %: 24.3% (9,460 people)."),
    A("H3", "healthy life expectancy women latest", "lookup", ["62.4"], HTML, "Healthy life expectancy at birth",
      "Table 2, Females, Wystanbury 2021\u201323: 62.4 years."),
    A("H5", "premature cancer death rate in the most deprived fifth", "lookup", ["178.9"], HTML, "Cancer",
      "Table 3, Cancer, most deprived 20% quintile: 178.9 per 100,000."),
    A("H7", "child poverty rate caldmoor", "lookup", ["27.4"], HTML, "Caldmoor",
      "Table 6, Caldmoor, children in relative low income families 2023/24: 27.4%."),
    A("H9", "how many LSOAs are in the 20% most deprived nationally", "lookup", ["34"], HTML, "34 of 178",
      "Key facts list and Table 6 borough row: 34 of 178 LSOAs (IMD 2019)."),
    A("HF1a", "male life expectancy wystanbury 2021-23", "lookup", ["78.7"], HTML, "Life expectancy at birth",
      "Table 2, Males, Wystanbury 2021\u201323: 78.7 years."),
    A("HF1b", "how does that compare with england", "followup", ["79.1"], HTML, "Life expectancy at birth",
      "Table 2, Males, England 2021\u201323: 79.1 years (Wystanbury 0.4 years lower).", follows="HF1a"),
    A("HC1", "is smoking in pregnancy higher here than nationally", "compare", ["10.2", "6.1"], HTML,
      "Smoking at time of delivery", "Table 4: 10.2% vs England 6.1% (Worse); para 6.1."),
    A("HC3", "has adult smoking gone down since 2021/22", "compare", ["14.9", "12.8"], HTML,
      "Smoking prevalence in adults", "Table 5: 14.9% (2021/22) to 12.8% (2023/24) \u2013 down."),
    A("HA1", "how much longer do women live than men in wystanbury (2021-23)", "arithmetic", ["3.9"], HTML,
      "Life expectancy at birth", "Table 2 Wystanbury 2021\u201323: females 82.6 \u2013 males 78.7 = 3.9 years.",
      calc={"operands": ["82.6", "78.7"], "formula": "a-b"}),
    A("HG1", "which area has the highest fuel poverty", "aggregate", ["Astley Fen", "16.4"], HTML,
      "Wider determinants by locality",
      "Table 6 fuel poverty 2023 column: Astley Fen 16.4% is the highest locality."),
    A("HLi1", "list the jsna recommendations", "list",
      ["publication", "healthy life expectancy", "tobacco dependency", "dementia"], HTML,
      "The Health and Wellbeing Board is asked to",
      "Section 2 ordered list of four recommendations."),
    A("HLi2", "which starting well measures are worse than england", "list",
      ["Smoking at time of delivery", "Breastfeeding", "Year 6", "Under-18 conceptions", "injuries"], HTML,
      "Starting well indicators",
      "Table 4 'Compared with England' = Worse for five indicators."),
    A("HD1", "what does SII mean", "definition", ["Slope Index of Inequality"], HTML,
      "Slope Index of Inequality (SII)", "Para 5.2."),
    A("HS1", "which bit of the jsna covers deprivation and poverty", "section", ["Wider determinants"], HTML,
      "8. Wider determinants of health", "Section 8 (Table 6)."),
    A("HY1", "is mmr2 uptake at age 5 better than england", "yesno", ["yes", "87.9"], HTML,
      "MMR vaccination, two doses, age 5", "Table 4: 87.9% vs England 83.9%, Better."),
    R("HR1", "life expectancy at 65 for women", "Table 2 gives life expectancy at birth only.", HTML,
      absent=["at 65", "at age 65"]),
    R("HR2", "population of astley fen at the 2021 census",
      "Table 1 gives mid-2024 estimates only (Astley Fen 27,340); the 3.4% growth since 2021 is borough-wide.",
      HTML),
    R("HR3", "year 6 obesity 2024/25", "Table 4 NCMP figures are for 2023/24 only.", HTML),
    R("HR5", "under 75 cvd death rate 2018-20", "Table 3 covers 2021\u201323 only.", HTML, absent=["2018"]),
    R("HR6", "drug treatment completion rate 2022/23",
      "Table 5 shows n/a for 2022/23 (change of provider, para 7.2).", HTML),
    R("HR7", "alcohol related admissions in caldmoor",
      "Table 5 alcohol admissions are borough-wide only; no locality breakdown.", HTML),
    R("HR8", "fuel poverty % for 2024", "Table 6 fuel poverty is for 2023 only.", HTML),

    # ======================================================= MD: GP and dental access
    A("M1", "gp appts in august", "lookup", ["118,305"], MD, "Total appointments",
      "Table 1, Aug-25: 118,305 total appointments."),
    A("M3", "appts per 1000 patients caldmoor pcn", "lookup", ["416.0"], MD, "Caldmoor and District PCN",
      "Table 2 (October 2025): 416.0 per 1,000 patients, the lowest PCN."),
    A("M5", "% of kids seen by nhs dentist 2023/24", "lookup", ["58.8%"], MD,
      "Children seen in previous 12 months", "Table 5, 2023/24: 58.8% (previous 12 months)."),
    A("M6", "how many dentists in wystanbury central are taking new adult nhs patients", "lookup", ["2"], MD,
      "Wystanbury Central", "Table 6: 2 of 14 NHS practices accepting new adult NHS patients (Nov 2025)."),
    A("M7", "how much is the golden hello scheme costing", "lookup", ["240"], MD, "golden hello",
      "Table 7: Dental Recruitment Incentive Scheme budget \u00a3240k (\u00a3000 = 240)."),
    A("M8", "pharmacy first consultations apr-oct", "lookup", ["18,642"], MD, "Pharmacy First consultations",
      "Para 3.1: 18,642 between April and October 2025."),
    A("MF1a", "gp partners fte sep 2025", "lookup", ["90.6"], MD, "GP partners",
      "Table 4, Sep 2025: 90.6 FTE."),
    A("MF1b", "what was it 2 yrs before", "followup", ["98.4"], MD, "GP partners",
      "Table 4, Sep 2023: 98.4 FTE.", follows="MF1a"),
    A("MC1", "is wystanbury better or worse than england for getting through on the phone", "compare",
      ["53.9%", "50.4%"], MD, "Easy to contact practice by phone",
      "Table 3, 2025: 53.9% vs England 50.4% \u2013 better."),
    A("MC2", "pendrick coast vs astley fen rural pcn, whose face to face % is higher", "compare",
      ["Pendrick", "73.0%"], MD, "Pendrick Coast PCN",
      "Table 2: Pendrick Coast 73.0% vs Astley Fen Rural 70.6%."),
    A("MA1", "how many more gp appointments in oct compared to sept", "arithmetic", ["5,100"], MD,
      "Total appointments", "Table 1: 144,060 (Oct-25) \u2013 138,960 (Sep-25) = 5,100.",
      calc={"operands": ["138,960", "144,060"], "formula": "b-a"}),
    A("MG1", "which pcn is best on appts within 14 days", "aggregate", ["Pendrick Coast", "88.3%"], MD,
      "Pendrick Coast PCN", "Table 2 'Within 14 days' column maximum: Pendrick Coast PCN 88.3%."),
    A("MLi1", "which dental schemes are behind plan", "list",
      ["New patient premium", "Recruitment Incentive", "general anaesthetic"], MD,
      "Dental access schemes, 2025/26",
      "Table 7 Status: new patient premium (Amber), Dental Recruitment Incentive Scheme / golden hello "
      "(Amber), CDS general anaesthetic waiting list initiative (Red)."),
    A("MD1", "what does uda stand for", "definition", ["Dental Activity"], MD, "Units of Dental Activity (UDAs)",
      "Recommendations and para 8.1: Units of Dental Activity."),
    A("MS1", "which section covers nhs dentistry access", "section", ["NHS dental access"], MD,
      "8. NHS dental access", "Section 8 (NHS dental access); section 9 covers dental access schemes."),
    A("MY1", "can i get on an nhs dentists list as an adult in orrisby", "yesno", ["no"], MD,
      "none of the practices in Caldmoor, Astley Fen or Orrisby",
      "Table 6: Orrisby 0 practices accepting new adult NHS patients; para 8.3."),
    R("MR1", "gp appointments in november 2025", "Table 1 runs July to October 2025 only.", MD,
      absent=["Nov-25"]),
    R("MR2", "% of gp appts within 28 days", "Only same-day and within-14-days measures are reported.", MD,
      absent=["28 days"]),
    R("MR3", "gp patient survey 2022 result for phone access", "Table 3 covers 2023 to 2025 only.", MD,
      absent=["| 2022 |"]),
    R("MR4", "how many orthodontic units of activity are commissioned",
      "Table 5 covers general dental UDAs only; no orthodontic activity (UOAs).", MD,
      absent=["orthodontic"]),
    R("MR5", "% of adults seen by an nhs dentist in the last 12 months",
      "Adults are measured over 24 months (41.7% in 2024/25); only children are measured over 12 months.",
      MD, absent=["Adults seen in previous 12 months"]),
    R("MR6", "how many arrs pharmacy technicians are there",
      "The ARRS breakdown in section 7 lists clinical pharmacists, care coordinators etc. but no pharmacy "
      "technicians.", MD, absent=["pharmacy technician"]),
    R("MR7", "how many gp practices in pendrick coast pcn",
      "Only the place total of 41 practices is given; Table 2 shows registered patients per PCN, not "
      "practices.", MD),
    R("MR8", "uda delivery 2025/26 so far", "Table 5 runs 2022/23 to 2024/25; no 2025/26 UDA delivery.", MD),
]


def main():
    keys = [q["key"] for q in Q]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rng = random.Random(15)
    order = Q[:]
    rng.shuffle(order)
    # a follow-up must come after the question it follows: if not, swap them
    changed = True
    while changed:
        changed = False
        pos = {q["key"]: i for i, q in enumerate(order)}
        for q in order:
            f = q.get("follows")
            if f and pos[f] > pos[q["key"]]:
                i, j = pos[q["key"]], pos[f]
                order[i], order[j] = order[j], order[i]
                changed = True
                break
    ids = {q["key"]: "T15_%03d" % (i + 1) for i, q in enumerate(order)}
    computed, refusal_checks = {}, {}
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in order:
            out = {"id": ids[q["key"]], "question": q["question"], "type": q["type"],
                   "answerable": q["answerable"], "expect": q["expect"], "cite": q["cite"], "note": q["note"]}
            if q.get("follows"):
                out["follows"] = ids[q["follows"]]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            if q.get("calc"):
                computed[out["id"]] = dict(q["calc"], expect=q["expect"][0], doc=q["cite"]["doc"])
            if q.get("absent"):
                refusal_checks[out["id"]] = {"doc": q["_doc"], "absent": q["absent"]}
    with open(os.path.join(HERE, "computed.json"), "w", encoding="utf-8") as f:
        json.dump({"computed": computed, "absent": refusal_checks}, f, indent=1, ensure_ascii=False)
    from collections import Counter
    print("questions:", len(order), "answerable:", sum(q["answerable"] for q in order))
    print(Counter(q["type"] for q in order))
    print(Counter(q["cite"]["doc"] if q["cite"] else q["_doc"] for q in order))


if __name__ == "__main__":
    main()
