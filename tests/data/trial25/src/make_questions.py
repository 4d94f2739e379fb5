"""Write questions.jsonl for trial 25 and check every cite phrase / expected figure against the extracted text."""
import json, re, sys
sys.path.insert(0, "/work/trials_new/trial25/src")
from extract import text

F = "t25_fees_charges_2026_27.pdf"
A = "t25_asc_performance_q2.docx"
E = "t25_elective_recovery_board.html"
D = "t25_drug_alcohol_partnership.md"

Q = []  # (question, type, expect, doc, contains, note, follows_index_or_None, operands)


def q(question, typ, expect, doc, contains, note, follows=None, operands=None):
    Q.append(dict(question=question, type=typ, expect=expect, doc=doc, contains=contains, note=note,
                  follows=follows, operands=operands))
    return len(Q)  # 1-based number


def r(question, note):
    Q.append(dict(question=question, type="refusal", expect=[], doc=None, contains=None, note=note,
                  follows=None, operands=None))
    return len(Q)


# ---------------------------------------------------------------------------------------------
q("how much will the garden waste bin cost next year", "lookup", ["58"], F, "Garden waste subscription - first bin",
  "Table 2 row W1: 2026-27 charge £58.00 (up from £52.00).")
r("what does corrick bay council charge for bulky waste pick ups?",
  "Benchmarking Table 5 only covers Brennock Vale, Tarnholme and Gellingsford; Corrick Bay is not in any paper.")
q("reablement 91 day at home figure for q2?", "lookup", ["86.2"], A, "Still at home 91 days after discharge (%)",
  "ASC Table 2 (and ASC01 in Table 1): 86.2% in Q2 2025-26.")
q("how many on the ophthalmology waiting list", "lookup", ["7,206"], E, "Ophthalmology",
  "Elective Table 1 row Ophthalmology, total waiting 7,206 (end Oct 2025).")
q("no. of people in alcohol only treatment in 2022-23", "lookup", ["806"], D, "Alcohol only",
  "Drug/alcohol Table 1, Alcohol only row, 2022-23 column = 806.")
r("what was the % of patients seen within 18 wks in august?",
  "RTT % within 18 weeks is given only for September (61.2%) and October 2025 (61.8%) plus the Nov-Mar plan; August is not reported.")
q("price of an adult cremation in 26/27?", "lookup", ["935"], F, "Cremation - adult (standard service)",
  "Fees Table 2 row B4: proposed 2026-27 charge £935.00.")
q("how many dols apps came in during august", "lookup", ["168"], A, "Applications received",
  "ASC Table 4, Applications received, Aug = 168.")
r("how many care worker vacancies are there in dunmerrick",
  "Home care workforce shortages in Dunmerrick are mentioned (section 8.1 and risks) but never quantified.")
q("median wait for gynae?", "lookup", ["15.9"], E, "Gynaecology",
  "Elective Table 1, Gynaecology row, median wait 15.9 weeks.")
q("whats the england rate for successful completions for opiate users", "lookup", ["5.0"], D, "Opiate",
  "Drug/alcohol Table 3, Opiate row, England 2024-25 = 5.0%.")
q("is a long stay all day parking ticket cheaper here than in brennock vale?", "compare", ["7"], F,
  "Long stay parking - all day",
  "Fees Table 5: Veldrow Moor £6.40 proposed (£6.20 now) vs Brennock Vale £7.00, so yes cheaper here.")
r("what were total fees and charges income in 2024-25",
  "The fees paper gives only the 2025-26 budget/forecast and the 2026-27 estimate; no 2024-25 figure.")
q("how many 78 week waiters were there in june", "lookup", ["12"], E, "78+ weeks - actual",
  "Elective Table 2, 78+ weeks actual, Jun-25 = 12.")
fu1 = len(Q)
q("and in september?", "followup", ["6"], E, "78+ weeks - actual",
  "Follow-up to previous: Table 2, 78+ weeks actual, Sep-25 = 6.", follows=fu1)
q("what % more will the penvallen museum entry cost", "lookup", ["8.3"], F, "Penvallen Heritage Museum - adult admission",
  "Fees Table 2 row L8: £6.00 to £6.50, increase 8.3%.")
r("how many direct payment recipients are there in penvallen?",
  "Direct payments (ASC Table 5) are broken down by age and support reason only, not by district.")
q("care home admissions rate for over 85s in 2023/24", "lookup", ["2,402.9"], A, "Aged 85 and over",
  "ASC Table 3, Aged 85 and over row, 2023-24 = 2,402.9 per 100,000.")
q("did the dols 21 day completion rate improve from q1 to q2", "compare", ["22.5", "19.8"], A,
  "DoLS applications completed within 21 days",
  "ASC Table 1 ASC06: Q1 22.5% to Q2 19.8%, so it worsened (rated Red, Worsening).")
q("how many young people were in treatment for cannabis last year (24-25)", "lookup", ["88"], D, "Cannabis",
  "Drug/alcohol Table 2, Cannabis row, 2024-25 = 88.")
r("whats the waiting list for paediatrics",
  "Elective Table 1 lists named specialties and 'All other specialties'; paediatrics is not reported separately.")
q("how many ppl waiting for home care in dunmerrick", "lookup", ["41"], A, "Dunmerrick",
  "ASC Table 6, Dunmerrick row, people waiting for a package = 41.")
q("how many 65 wk waiters at end of aug", "lookup", ["131"], E, "65+ weeks - actual",
  "Elective Table 2, 65+ weeks actual, Aug-25 = 131.")
q("how much extra will a 2nd garden waste bin cost compared with this year", "arithmetic", ["5"], F,
  "Garden waste subscription - additional bin",
  "Fees Table 2 row W2: £40.00 now, £45.00 proposed; difference £5.00.", operands=["40.00", "45.00"])
r("what's the reablement 91 day % for 2023-24",
  "ASC reablement data (Table 2) start at Q1 2024-25; no 2023-24 figure is given.")
q("total no. of charges in the schedule?", "lookup", ["131"], F, "full schedule of 131 charges",
  "Fees section 6.1 / Table 1 total: 131 charges.")
q("continuity of care after prison release - what was our rate in q1 2025-26", "lookup", ["52.2"], D, "Q1 2025-26",
  "Drug/alcohol Table 4, Q1 2025-26 row: 52.2% (36 of 69).")
fu2 = len(Q)
q("how does that compare to england", "followup", ["47.8"], D, "Q1 2025-26",
  "Follow-up: Table 4, Q1 2025-26 England % = 47.8, so Veldrow Moor (52.2%) is higher.", follows=fu2)
r("how many dols applications were received in october 2025?",
  "ASC Table 4 covers April to September 2025 only.")
q("echo - what % are waiting over 6 weeks", "lookup", ["36"], E, "Echocardiography",
  "Elective Table 4, Echocardiography row, 36.0% waiting 6+ weeks.")
q("which is bigger, the ENT list or general surgery?", "compare", ["5,862"], E, "Ear, nose and throat (ENT)",
  "Elective Table 1: ENT 5,862 vs General surgery 5,418, so ENT is bigger.")
r("how many people are in treatment for crack cocaine",
  "Crack cocaine is mentioned as a reason for poorer non-opiate outcomes (5.2) but no number is given.")
q("how much are we paying the outside BIA provider", "lookup", ["165,000"], A, "external BIA provider",
  "ASC 6.3: 300 assessments from an external BIA provider at £165,000.")
q("what does VAT code O mean in the fees list", "define", ["outside the scope"], F, "outside the scope of VAT",
  "Fees 4.2: O = outside the scope of VAT (statutory or non-business activity).")
q("how many naloxone kits were given out in penvallen", "lookup", ["298"], D, "Penvallen",
  "Drug/alcohol Table 6, Penvallen row, naloxone kits 2024-25 = 298.")
r("what is the region's 65+ care home admissions rate for 2023-24",
  "ASC Table 3 gives regional and England comparators for 2024-25 only.")
q("are resident parking permits going up in april", "yesno", ["no"], F, "Resident parking permit - first vehicle",
  "Fees Table 2 rows P5/P6 show 0.0% increase; recommendation 2.1 freezes resident permit charges (first vehicle £55.00).")
q("total outpatient first appointments in october vs plan", "lookup", ["14,812", "14,300"], E,
  "Outpatient first attendances",
  "Elective Table 5: October plan 14,300, actual 14,812 (3.6% above plan).")
q("how many fewer 52 week waiters in october than in april?", "arithmetic", ["484"], E, "52+ weeks - actual",
  "Elective Table 2: Apr-25 1,688 minus Oct-25 1,204 = 484.", operands=["1,688", "1,204"])
r("how much money does the council expect to collect in VAT from car parking charges",
  "Fees paper shows VAT status codes and income, but never quantifies VAT collected.")
q("which service group has the biggest average price increase", "aggregate", ["waste"], F, "Waste and recycling",
  "Fees Table 1: Waste and recycling has the largest average increase, 6.8%.")
q("what's the average weekly direct payment", "lookup", ["412"], A, "average direct payment is",
  "ASC 7.2: average direct payment is £412 a week.")
q("which specialty has the longest median wait", "aggregate", ["oral surgery"], E, "Oral surgery",
  "Elective Table 1 / para 3.2: Oral surgery, 17.2 weeks.")
r("what's the SSMTRG allocation for 2026-27?",
  "Drug/alcohol risks say 2026-27 SSMTRG allocations have not been announced; only 2024-25 and 2025-26 are given.")
q("what's the successful completion definition", "define", ["free of dependence"], D,
  "leaves treatment free of dependence",
  "Drug/alcohol 3.3: leaves treatment free of dependence and does not return within six months.")
q("how many dols applications were still outstanding end of may", "lookup", ["1,891"], A,
  "Applications outstanding at month end",
  "ASC Table 4, outstanding at month end, May = 1,891.")
fu3 = len(Q)
q("what about the end of july", "followup", ["1,946"], A, "Applications outstanding at month end",
  "Follow-up: ASC Table 4, outstanding at month end, Jul = 1,946.", follows=fu3)
r("how many 52 week waiters did the trust have in march 2025",
  "Elective Table 2 starts at April 2025; no March 2025 figure.")
q("what's the cost of extending the ultrasound insourcing", "lookup", ["240,000"], E,
  "insourced non-obstetric ultrasound lists",
  "Elective recommendations 9.1: extension to March 2026 at a cost of £240,000.")
q("total funding drugs and alcohol 25/26 - did it go down?", "yesno", ["no", "1.7"], D,
  "Total funding for drug and alcohol services",
  "Drug/alcohol 7.1 / Table 5: total rose £150,000 (1.7%) to £8.809m, so no.")
q("what are the recommendations to cabinet on fees", "list", ["parking permit", "wheeled bin"], F,
  "freeze on resident parking permit",
  "Fees section 2.1: approve Table 2 charges; note 4.0% average rise; freeze resident parking permits; new £28 replacement wheeled bin charge; delegate in-year variations up to 10%.")
r("how much elective recovery funding is the trust getting this year",
  "Elective risks mention the end of non-recurrent elective recovery funding in March 2026 but no amount is given.")
q("18-64 care home admissions - are we below england?", "yesno", ["yes"], A,
  "rate for people aged 18 to 64 has fallen to 13.1",
  "ASC 5.2 / Table 3: 13.1 per 100,000 vs England 14.6, so yes.")
q("how many patients waiting for mri and ct combined", "arithmetic", ["6,368"], E, "Magnetic resonance imaging (MRI)",
  "Elective Table 4: MRI 3,412 + CT 2,956 = 6,368.", operands=["3,412", "2,956"])
r("what's the re-presentation rate after successful completion",
  "Re-presentations are mentioned as monitored (5.3) but no figure is given.")
q("which district gave out the most naloxone kits", "aggregate", ["Oxtarrow"], D, "Oxtarrow",
  "Drug/alcohol Table 6: Oxtarrow issued 612, the most.")
q("whats in the dols backlog recovery plan", "list", ["ADASS", "300"], A, "ADASS screening tool",
  "ASC 6.3: 300 external assessments (£165,000); ADASS screening tool prioritisation; train 12 more BIAs; monthly report to the Director.")
q("how many people answered the garden waste consultation", "lookup", ["1,342"], F, "received 1,342 responses",
  "Fees 10.1: 1,342 responses.")
r("how much is rent for an allotment plot next year?",
  "Allotments are not in the fees schedule (Table 2 lists bereavement, parking, leisure, licensing, planning, registration and waste).")
q("is CT meeting the six week diagnostic standard", "yesno", ["yes"], E, "Computed tomography (CT)",
  "Elective Table 4: CT 4.0% waiting 6+ weeks vs 5% standard, rated Green; para 5.2 says CT is meeting the standard.")
q("opiate numbers in treatment - how much did they go up 2021-22 to 2024-25", "arithmetic", ["90"], D, "Opiate",
  "Drug/alcohol Table 1: 1,412 (2021-22) to 1,502 (2024-25) = increase of 90.", operands=["1,412", "1,502"])
r("how many drug poisoning deaths were there in 2021",
  "Drug/alcohol Table 6 gives only a three-year total for 2022-24.")
q("how much is in the income risk reserve", "lookup", ["600,000"], F, "corporate income risk reserve",
  "Fees 12.2: corporate income risk reserve holds £600,000.")
q("how far above england was our 65+ admissions rate in 2024-25", "arithmetic", ["60.2"], A, "Aged 65 and over",
  "ASC Table 3: 621.0 (2024-25) minus England 560.8 = 60.2 per 100,000.", operands=["621.0", "560.8"])
r("what is the theatre utilisation rate at veldrow general",
  "Theatre capacity is named as a constraint but utilisation is never quantified.")
q("ops cancelled on the day in sep and oct?", "lookup", ["214"], E, "cancelled on the day",
  "Elective 6.1: 214 elective operations cancelled on the day for non-clinical reasons.")
q("keyworker caseloads at pathway veldrow?", "lookup", ["48"], D, "48 per keyworker",
  "Drug/alcohol risks 10.1: 48 per keyworker against a target of 40.")
q("how much does a monday wedding at the register office cost", "lookup", ["57"], F,
  "Ceremony at Register Office (Monday to Thursday)",
  "Fees Table 2 row R1: £57.00 (statutory, unchanged).")
fu4 = len(Q)
q("and a sunday one at an approved venue?", "followup", ["750"], F,
  "Ceremony at approved venue (Sunday or bank holiday)",
  "Follow-up: Fees Table 2 row R3: 2026-27 £750.00 (from £720.00).", follows=fu4)
r("how many safeguarding enquiries did we have in q2",
  "ASC gives only the % of safeguarding enquiries where risk was reduced or removed (92.7%), not the number of enquiries.")
q("which section of the adult care report covers home care", "section", ["8"], A, "Home care providers delivered",
  "ASC section 8 'Home care capacity' (Table 6).")
q("were there more reablement discharges in q4 24/25 or q1 25/26", "compare", ["246", "238"], A,
  "People discharged from hospital into reablement",
  "ASC Table 2: Q4 2024-25 246 vs Q1 2025-26 238, so Q4 was higher.")
r("how long is the wait for gastroscopy at penvallen community hospital",
  "Diagnostic waits (Table 4) are trust-wide only; no site breakdown for tests.")
q("day case activity ytd - above or below plan?", "compare", ["1.3"], E, "Elective day case",
  "Elective Table 5: year to date 35,108 vs plan 34,650, 1.3% above plan.")
q("what are the main risks to hitting the elective trajectory", "list", ["industrial action", "ENT"], E,
  "industrial action by resident doctors",
  "Elective section 8: industrial action; winter bed pressures; ENT consultant vacancies; end of non-recurrent funding.")
r("how many young people are in treatment in oxtarrow",
  "Young people's treatment (Table 2) is given by substance only; the district table (Table 6) is adults only.")
q("are we doing better than england for non-opiate only completions?", "compare", ["27.8", "31.2"], D, "Non-opiate only",
  "Drug/alcohol Table 3: Veldrow Moor 27.8% vs England 31.2% - worse (rated Worse).")
q("what's the new charge for getting a replacement wheelie bin delivered", "lookup", ["28"], F,
  "Replacement wheeled bin - delivery",
  "Fees Table 2 row W5: new charge £28.00 (no current charge).")
r("how much is the premises licence variation fee",
  "Fees Table 2 only lists a new premises licence application (band C, £315); variations are not shown.")
q("what is the ssmtrg % increase this yr", "lookup", ["12"], D, "SSMTRG allocation has risen by 12.0%",
  "Drug/alcohol 7.1 / Table 5: SSMTRG up 12.0% (2,215 to 2,480 £000).")
q("key points from the elective recovery paper?", "summary", ["58,412", "61.8"], E,
  "total RTT waiting list was 58,412",
  "Elective executive summary 2.1: list 58,412 (down 1,126); 61.8% within 18 weeks; 1,204/87/4 long waiters; 17.6% diagnostics 6+ weeks; day case 2.8% above plan, inpatients 7.6% below.")
r("what's the home care hours figure for thrushgill in march 2025",
  "ASC Table 6 gives home care hours for September 2025 only.")
q("what is being done to cut care home admissions for older ppl", "list", ["panel", "Home First", "extra care"], A,
  "Home First discharge pathway",
  "ASC 5.3: weekly placement panel; Home First discharge pathway; 64 extra care flats at Sallowby Court; trusted assessor pilot.")
q("did the no. of under 18s in treatment go up from 22/23 to 23/24", "compare", ["104", "118"], D, "Total young people",
  "Drug/alcohol Table 2 total: 104 (2022-23) to 118 (2023-24), so up.")
r("how many patients waiting 13+ weeks for endoscopy in september",
  "Elective Table 4 gives 13+ week waits for October 2025 only; September only appears as a change in the 6-week %.")
q("what does PIFU mean", "define", ["patient-initiated"], E, "allows patients to book a follow-up",
  "Elective 6.2: patient-initiated follow-up (PIFU).")
q("total dols applications completed in q2", "arithmetic", ["475"], A, "Applications completed",
  "ASC Table 4: Jul 165 + Aug 142 + Sep 168 = 475.", operands=["165", "142", "168"])
r("what % of garden waste consultation responses came from sallowby",
  "Fees 10.1 gives total responses and overall percentages only; no breakdown by district.")
q("main risks to the fees income estimates?", "summary", ["car park", "garden waste", "gyms"], F,
  "competition from new private gyms",
  "Fees section 12.1: car parking demand; garden waste take-up; national planning fee review; competition from private gyms in Oxtarrow.")
q("partnership priorities for 2026/27", "list", ["naloxone", "stimulant"], D, "new stimulant treatment pathway",
  "Drug/alcohol section 9: alcohol treatment; non-opiate completions with stimulant pathway; continuity of care; naloxone; recovery support.")
r("how much does the quarndell treatment centre contract cost the trust",
  "Elective 6.3 gives only the number of procedures (612) at Quarndell Treatment Centre, not the cost.")
q("is the pre-app householder fee higher than tarnholme's?", "compare", ["100"], F,
  "Pre-application advice - householder",
  "Fees Table 5: Veldrow Moor £125.00 proposed (£120.00 now) vs Tarnholme £100.00 - yes, higher.")
q("which district has the longest wait for a home care package", "aggregate", ["Dunmerrick"], A, "Dunmerrick",
  "ASC Table 6: Dunmerrick longest wait 38 days (Red).")
r("what was the price of a cremation in 2024-25?",
  "Fees Table 2 gives 2025-26 (£895) and proposed 2026-27 (£935) only.")
q("thrushgill drug deaths?", "lookup", ["suppressed"], D, "Fewer than 3 deaths",
  "Drug/alcohol Table 6: Thrushgill shown as * - fewer than 3 deaths, suppressed.")
q("ASC survey results - what was the satisfaction score", "refusal", [], None, None,
  "ASC 10.1 says the 2025-26 Adult Social Care Survey results are expected in summer 2026; no score is given.")
q("how many people got a direct payment at end of sept", "lookup", ["939"], A, "939 of the",
  "ASC 7.1 / Table 5 total: 939 of 4,183 (22.4%).")
r("alcohol related hospital admissions in veldrow moor?",
  "The drugs and alcohol paper does not report hospital admissions.")
q("52 wk waiters target for march 2026", "lookup", ["850"], E, "52+ week waiters",
  "Elective Table 6: plan for Mar-26 = 850.")
r("what are the continuity of care figures for q2 2025-26",
  "Drug/alcohol Table 4 shows n/a for Q2 2025-26 - data not yet published.")

# ---------------------------------------------------------------------------------------------
texts = {d: text(d) for d in (F, A, E, D)}
lines = {d: [" ".join(l.split()) for l in texts[d].split("\n")] for d in texts}


def num_in(doc, n):
    # number occurs as a token (not part of a larger number)
    pat = r"(?<![\d.,])" + re.escape(n) + r"(?![\d]|[.,]\d)"
    return re.search(pat, texts[doc]) is not None


out = []
problems = []
for i, item in enumerate(Q, 1):
    qid = "T25_%03d" % i
    rec = {"id": qid, "question": item["question"], "type": item["type"],
           "answerable": item["type"] != "refusal", "expect": item["expect"]}
    if item["type"] == "refusal":
        rec["cite"] = None
    else:
        rec["cite"] = {"doc": item["doc"], "contains": item["contains"]}
        c = item["contains"].lower()
        if not any(c in l.lower() for l in lines[item["doc"]]):
            problems.append((qid, "contains not on one line", item["contains"]))
        if item["operands"]:
            for o in item["operands"]:
                if not num_in(item["doc"], o):
                    problems.append((qid, "operand missing", o))
        else:
            for e in item["expect"]:
                if re.fullmatch(r"[\d,.]+", e):
                    if not num_in(item["doc"], e) and not re.search(re.escape(e), texts[item["doc"]]):
                        problems.append((qid, "figure missing", e))
                elif e.lower() not in ("yes", "no") and e.lower() not in texts[item["doc"]].lower():
                    problems.append((qid, "fragment missing", e))
    rec["note"] = item["note"]
    if item["follows"]:
        rec["follows"] = "T25_%03d" % item["follows"]
    out.append(rec)

with open("/work/trials_new/trial25/questions.jsonl", "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

from collections import Counter
print("total", len(out))
print(Counter(r["type"] for r in out))
print("refusals", sum(1 for r in out if not r["answerable"]))
print("by doc", Counter(r["cite"]["doc"] for r in out if r["cite"]))
print("PROBLEMS:", problems if problems else "none")
