"""Write questions.jsonl for trial 19. Computed answers carry 'operands' (used only by check_questions.py)."""
import json, os

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "questions.jsonl")
PDF = "t19_cuh_integrated_performance_report.pdf"
DOCX = "t19_bcf_plan_2025_27.docx"
HTML = "t19_suicide_prevention_dashboard_2025.html"
MD = "t19_estates_capital_programme_update.md"

Q = []
def a(q, typ, expect, doc, contains, note, follows=None, operands=None):
    d = {"question": q, "type": typ, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    if operands:
        d["_operands"] = operands
    Q.append(d)
    return len(Q)

def r(q, note):
    Q.append({"question": q, "type": "refusal", "answerable": False, "expect": [], "cite": None, "note": note})

def fid(n):
    return f"T19_{n:03d}"

# ---------------- PDF: integrated performance report ----------------
a("whats the all types 4hr performance for july", "lookup", ["74.6"], PDF, "Jul-25",
  "Table 1 (ED 4-hour and 12-hour performance), row Jul-25, 4-hour performance All types = 74.6%.")
r("a&e 4 hour performance for november 2025?",
  "IPR data runs April to October 2025 only (Table 1); November appears only as start dates for actions (frailty unit, insourcing), never as a performance figure.")
a("how many 12 hour waits in a&e in may?", "lookup", ["1,356"], PDF, "May-25",
  "Table 1, row May-25, 12-hour waits from arrival Number = 1,356.")
a("mean ambulance handover time in august", "lookup", ["27.5"], PDF, "Mean handover time (mins)",
  "Table 2 (ambulance handovers, months as columns), row Mean handover time (mins), Aug-25 = 27.5 minutes.")
r("what was the 4hr performance at the quenford minor injuries unit in october",
  "Table 1 is for all attendances combined (Type 1 = Fallowgate); no site-level figure for Quenford is given.")
a("how big is the T&O waiting list", "lookup", ["8,915"], PDF, "Trauma and Orthopaedics",
  "Table 3 (RTT by specialty, spans pages 2-3), Trauma and Orthopaedics waiting list = 8,915 pathways.")
a("dermatology 52 week waiters?", "lookup", ["176"], PDF, "Dermatology",
  "Table 3, Dermatology row, 52+ weeks = 176 (row is on page 2, group 'Medical specialties').")
a("what percent of ophthalmology pts are waiting under 18 weeks", "lookup", ["68.4"], PDF, "Ophthalmology",
  "Table 3, Ophthalmology, % within 18 weeks = 68.4.")
r("cat 2 ambulance response times for corrowmere?",
  "Only hospital handover measures are reported (Table 2); ambulance response times (category 2) appear nowhere.")
n62 = a("62 day cancer performance october", "lookup", ["73.4"], PDF, "62-day referral to treatment (%)",
        "Table 4 (cancer by month), 62-day referral to treatment, Oct-25 = 73.4% (also in exec summary).")
a("and in june?", "followup", ["70.5"], PDF, "62-day referral to treatment (%)",
  "Follow-up to the 62-day question: Table 4, 62-day row, Jun-25 = 70.5%.", follows=fid(n62))
a("faster diagnosis standard september result", "lookup", ["80.2"], PDF, "28-day Faster Diagnosis Standard (%)",
  "Table 4, 28-day FDS row, Sep-25 = 80.2%.")
r("how many ops were cancelled on the day in october",
  "Cancellation of elective activity is mentioned only as a risk (section 7); no cancelled operations figure is given.")
a("lung cancer 62 day % for q2", "lookup", ["63.9"], PDF, "Lung",
  "Table 5 (62-day by tumour site, Q2 2025-26), Lung performance = 63.9%.")
r("breast cancer 62 day performance in q1",
  "Tumour-site breakdown (Table 5) is for Quarter 2 only; Q1 by tumour site is not given.")
a("how many pathways did the validation team remove in october", "lookup", ["1,214"], PDF,
  "validation team removed 1,214 pathways", "Section 4.1 prose: the validation team removed 1,214 pathways in October.")
r("orthodontics waiting list?",
  "Table 3 lists specialties; orthodontics is not one of them (only 'All other services' in aggregate).")
a("did type 1 performance get better or worse from aug to sep", "compare", ["62.9", "60.8"], PDF, "Sep-25",
  "Table 1 Type 1 column: Aug-25 62.9%, Sep-25 60.8% -> worse (fell 2.1 points).")
a("which has more 52+ week waiters, general surgery or ENT?", "compare", ["general surgery"], PDF, "General Surgery",
  "Table 3: General Surgery 298 vs Ear, Nose and Throat 231 at 52+ weeks -> General Surgery.")
a("by how much did a&e attendances change between april and october", "arithmetic", ["371"], PDF, "Oct-25",
  "Table 1 attendances: Oct-25 15,655 minus Apr-25 15,284 = 371 more.", operands=["15,655", "15,284"])
a("combined waiting list cardiology + respiratory?", "arithmetic", ["6,121"], PDF, "Cardiology",
  "Table 3: Cardiology 3,876 + Respiratory Medicine 2,245 = 6,121.", operands=["3,876", "2,245"])
r("how many MRI scans did the trust do in october",
  "Table 6 gives the MRI waiting list (4,312) and 6+ week waits only; activity (scans performed) is not given.")
a("which specialty has the most people waiting over a year", "aggregate", ["orthopaedics"], PDF, "Trauma and Orthopaedics",
  "Table 3 52+ weeks column: Trauma and Orthopaedics 612 is the highest (also stated in exec summary bullet).")
a("what is the board being asked to do in the IPR", "list", ["trajectory", "ultrasound"], PDF,
  "approve the revised 62-day cancer trajectory",
  "Section 8 Recommendations: note 4-hour/handover improvement; note RTT increase and T&O actions; approve revised 62-day trajectory; receive ultrasound deep dive Feb 2026.")
r("what's the trust's year to date financial deficit",
  "The IPR says finance is reported separately to the Finance and Performance Committee; no revenue position is given in any paper (capital only in the estates paper).")
a("actions for ortho long waits?", "list", ["insourcing", "independent sector", "triage"], PDF,
  "insourcing of weekend hip and knee lists",
  "Section 4.1 bullet list: insourcing weekend hip and knee lists; transfer 140 patients to independent sector; physio-led triage clinic.")
a("what are the main risks to the performance recovery", "summary", ["industrial action", "winter", "sonograph"], PDF,
  "further industrial action by resident doctors",
  "Section 7 Risks to delivery: industrial action, winter demand, discharge delays (96 a day), sonography workforce.")
a("did they meet the 31 day cancer standard in aug", "yesno", ["yes"], PDF, "31-day decision to treat (%)",
  "Table 4: 31-day Aug-25 = 96.2% vs 96% standard -> yes (only month met).")
r("nurse vacancy rate at fallowgate general",
  "Workforce is reported separately (IPR section 1); no vacancy figures in any paper.")
a("what's SDEC", "define", ["same day emergency care"], PDF, "Same day emergency care (SDEC)",
  "Section 3.1 prose defines SDEC as same day emergency care.")
a("how many beds in the new acute frailty unit", "lookup", ["12"], PDF, "12-bed acute frailty unit",
  "Section 3.1 bullet: opening a 12-bed acute frailty unit at Fallowgate General Hospital from 17 November 2025.")
r("ambulance handover times at quenford community hospital",
  "Table 2 covers Fallowgate General Hospital only; no Quenford handover data.")

# ---------------- DOCX: Better Care Fund ----------------
a("DFG allocation 2025/26", "lookup", ["5,318"], DOCX, "Disabled Facilities Grant (DFG)",
  "Table 1 (BCF funding by source), Disabled Facilities Grant 2025-26 = 5,318 (£000).")
a("ucr budget 2026-27", "lookup", ["6,610"], DOCX, "Urgent community response",
  "Table 2 (schemes, merged year headers), A1 Urgent community response, 2026-27 Total = 6,610 (£000).")
r("bcf budget for 2027-28",
  "The BCF plan covers 2025-26 and 2026-27 only.")
a("how much spent on d2a beds so far this yr", "lookup", ["6,845"], DOCX, "Discharge to assess beds",
  "Table 3 (Month 7), B1 Discharge to assess beds, Spend to date = 6,845 (£000).")
a("whats the target for discharge to usual place of residence", "lookup", ["93.0"], DOCX,
  "Discharge to usual place of residence", "Table 4 metrics, 2025-26 plan = 93.0%.")
r("how much bcf money goes to strelby",
  "BCF budgets are by scheme and theme only; there is no split by district.")
a("how many people did the falls service see in the first half of the year", "lookup", ["1,846"], DOCX,
  "Falls prevention service saw 1,846 people", "Section 6 prose after Table 4.")
nicb = a("how much is the ICB additional contribution in 2025-26", "lookup", ["3,400"], DOCX, "ICB additional contribution",
         "Table 1, ICB additional contribution 2025-26 = 3,400 (£000).")
a("and the year after?", "followup", ["2,600"], DOCX, "ICB additional contribution",
  "Follow-up: Table 1, ICB additional contribution 2026-27 = 2,600 (£000), a fall of 800.", follows=fid(nicb))
r("avoidable admissions q3 actual",
  "Table 4 gives 2025-26 actuals for Q1 and Q2 only.")
a("who wrote the better care fund paper", "lookup", ["Head of Integrated Commissioning"], DOCX,
  "Head of Integrated Commissioning", "Front matter: Report author is the Head of Integrated Commissioning (joint post).")
a("is virtual ward funding going up or down in 26/27", "compare", ["3,200"], DOCX, "Virtual ward support",
  "Table 2, A3 Virtual ward support: 3,860 in 2025-26 down to 3,200 in 2026-27 (also bullet in section 4).")
a("were home care hours above or below plan in Q2", "compare", ["3,342"], DOCX, "Home care",
  "Table 5 (discharge capacity, merged quarter headers): Home care Q2 plan 3,300, actual 3,342 -> above plan (+42).")
r("permanent admissions to care homes q2 figure",
  "Table 4 shows a dash for Q2; the note says Q2 data will be published in January 2026, so no figure is given.")
a("total falls prevention budget across both years", "arithmetic", ["3,110"], DOCX, "Falls prevention service",
  "Table 2, A2 Falls prevention service totals: 1,530 (2025-26) + 1,580 (2026-27) = 3,110 (£000).",
  operands=["1,530", "1,580"])
a("how many of the bcf metrics are not on track", "aggregate", ["2", "falls"], DOCX, "Not on track",
  "Table 4 Status column: 'Not on track' for falls admissions 65+ and permanent admissions to care homes 65+ (2 metrics).")
r("how much was spent on UCR by month 6",
  "Table 3 gives spend to date at Month 7 only.")
a("which schemes are in the hospital discharge theme", "list",
  ["discharge to assess", "reablement", "trusted assessors", "brokerage", "community hospital"], DOCX, "Trusted assessors",
  "Table 2/3 group 'Theme B: Hospital discharge': B1 D2A beds, B2 Home first reablement, B3 Trusted assessors, B4 Brokerage and care navigation, B5 Community hospital step-down beds.")
a("is the bcf going to overspend this year", "yesno", ["no"], DOCX, "overall forecast underspend",
  "Section 5: forecast outturn 66,707 vs budget 66,935, an overall forecast underspend of £228k -> no.")
r("bcf spend on dementia services",
  "No dementia scheme in the BCF plan.")
a("risk score for the reablement recruitment risk", "lookup", ["9"], DOCX, "Recruitment to reablement posts",
  "Table 6 risk register, R3 Recruitment to reablement posts: score 9 (3 x 3), Amber.")

# ---------------- HTML: suicide prevention dashboard ----------------
a("suicide rate fallowgate 2022-24", "lookup", ["13.6"], HTML, "Fallowgate",
  "Table 1 (rates per 100,000 by district, rowspan/colspan header), Fallowgate 2022-24 = 13.6.")
r("suicide rate in 2018-20 for corrowmere",
  "Table 1 periods are 2019-21 to 2022-24; 2018-20 is not given.")
nst = a("male suicide rate strelby 2019-21", "lookup", ["22.8"], HTML, "Strelby",
        "Table 2 (by sex, two-row header), Strelby 2019-21 Male = 22.8 per 100,000.")
a("what about for women?", "followup", ["5.9"], HTML, "Strelby",
  "Follow-up: Table 2, Strelby 2019-21 Female = 5.9 per 100,000.", follows=fid(nst))
r("female suicide rate kelverdale 2022-24",
  "Table 2 shows n/a for Kelverdale female rates (fewer than 10 deaths, not calculated).")
a("how many men aged 45-54 died by suicide", "lookup", ["47"], HTML, "45 to 54",
  "Table 3 (deaths by age and sex, 2022-24), 45 to 54 Male = 47.")
r("suicide rate for over 65s in fallowgate",
  "Age breakdown (Table 3) is Corrowmere-wide deaths only; no district age-specific rates.")
a("talking therapies recovery q3 24/25", "lookup", ["48.7"], HTML, "Recovery rate (%)",
  "Table 5 (Talking Therapies, quarters under year colspans), Recovery rate 2024-25 Q3 = 48.7%.")
r("what % of talking therapies patients start treatment within 6 weeks",
  "No Talking Therapies waiting-time measure is reported (only referrals, access, completions and outcomes).")
a("crisis line calls july", "lookup", ["3,720"], HTML, "Calls received",
  "Table 6 (crisis line by month), Calls received Jul-25 = 3,720.")
r("crisis line calls in october 2025",
  "Table 6 covers April to September 2025 only.")
a("self harm admissions rate quenford 2024-25", "lookup", ["218.6"], HTML, "Quenford",
  "Table 4 (self-harm admissions, locality rowspan), South / Quenford 2024-25 = 218.6 per 100,000.")
r("self harm admissions for under 18s in strelby",
  "Self-harm rates are all ages by district; no age breakdown.")
a("how many suspected suicides did real time surveillance pick up", "lookup", ["87"], HTML, "recorded 87 suspected",
  "Section 3.4 prose: 87 suspected suicides in the 12 months to 30 September 2025 (79 previous 12 months).")
r("how many people did amberlight support in 2023-24",
  "Only 2024-25 (142 people) is given for the Amberlight bereavement service.")
a("how many people got suicide prevention training last year", "lookup", ["1,240"], HTML,
  "suicide prevention training to 1,240 people", "Section 7 prose: 1,240 people trained in 2024-25.")
a("higher male rate in 22-24: fallowgate or quenford?", "compare", ["fallowgate"], HTML, "Fallowgate",
  "Table 2, 2022-24 Male: Fallowgate 21.0 vs Quenford 19.0 -> Fallowgate.")
a("did reliable improvement go up or down between q1 and q2 this year", "compare", ["67.7"], HTML,
  "Reliable improvement (%)", "Table 5, Reliable improvement 2025-26 Q1 69.0% -> Q2 67.7% (down).")
r("talking therapies recovery rate in marrowby",
  "Talking Therapies data are Corrowmere-wide; no district breakdown.")
a("crisis line answer rate - was june or august better?", "compare", ["june", "92.5"], HTML, "Calls answered (%)",
  "Table 6, Calls answered (%): Jun-25 92.5 vs Aug-25 90.2 -> June.")
a("how many more calls in sept than april to the crisis line", "arithmetic", ["482"], HTML, "Calls received",
  "Table 6 Calls received: Sep-25 3,894 minus Apr-25 3,412 = 482.", operands=["3,894", "3,412"])
a("which district has the highest self harm admission rate", "aggregate", ["strelby"], HTML, "Strelby",
  "Table 4: Strelby 281.3 per 100,000 in 2024-25 is highest (also stated in section 4 prose).")
a("what does CRHT stand for", "define", ["crisis resolution", "home treatment"], HTML,
  "crisis resolution and home treatment", "Section 6 prose and glossary: crisis resolution and home treatment (team).")
a("priorities for suicide prevention in 2026?", "list", ["outreach", "safer locations", "information sharing"], HTML,
  "extending the men's outreach pilot", "Section 7 numbered list of the Partnership's five priorities for 2026.")
a("is our suicide rate worse than england", "yesno", ["yes"], HTML, "above the England rate of 10.7",
  "Key messages and Table 1: Corrowmere 12.2 vs England 10.7 per 100,000 in 2022-24 -> yes.")
a("give me the key messages from the suicide dashboard", "summary", ["12.2", "strelby"], HTML,
  "Strelby has the highest rate",
  "Section 2 Key messages list: rate 12.2 above England 10.7; Strelby highest 16.1; three in four are men; TT recovery; crisis calls up 14%.")

# ---------------- MD: estates and capital ----------------
a("approved budget for the ED expansion", "lookup", ["24,500"], MD, "Fallowgate Emergency Department expansion",
  "Table 2 (major schemes), Fallowgate Emergency Department expansion approved budget = 24,500 (£000).")
r("approved budget for the new multi-storey car park",
  "No car park scheme appears in the capital programme.")
a("how much has been spent on the quenford hospital roof this year", "lookup", ["75"], MD,
  "Roof replacement, Quenford Community Hospital", "Table 1, Roof replacement, Quenford Community Hospital, Spend to date (M7) = 75 (£000).")
a("high risk backlog at fallowgate general in 2024", "lookup", ["17,640"], MD, "High risk",
  "Table 4 (backlog by site group), Fallowgate General Hospital group, High risk, 2024 = 17,640 (£000).")
r("backlog maintenance at marrowby clinic",
  "Backlog is given for Fallowgate General and Quenford Community Hospital only; Marrowby Clinic appears only as a disposal.")
r("backlog maintenance total in 2022",
  "Table 4 covers 31 March 2023, 2024 and 2025 only.")
a("revised completion date for ward block b", "lookup", ["jan", "2027"], MD, "Ward Block B refurbishment",
  "Table 2, Ward Block B refurbishment, Revised completion = Jan 2027 (planned Sep 2026).")
nepr = a("epr phase 2 spend to date", "lookup", ["1,322"], MD, "Electronic patient record phase 2",
         "Table 1, Electronic patient record phase 2, Spend to date (M7) = 1,322 (£000).")
a("whats its forecast outturn?", "followup", ["2,500"], MD, "Electronic patient record phase 2",
  "Follow-up: Table 1, EPR phase 2 forecast outturn = 2,500 (£000), 300 under plan.", follows=fid(nepr))
a("which has the bigger approved budget, the CDC or ward block B", "compare", ["14,200"], MD,
  "Quenford Community Diagnostic Centre", "Table 2: CDC approved 14,200 vs Ward Block B 8,750 -> CDC.")
r("what's the risk score for CAP06",
  "The capital risk register (Table 6) has CAP01 to CAP05 only.")
a("how much of the ED expansion forecast still has to be spent", "arithmetic", ["13,440"], MD,
  "Fallowgate Emergency Department expansion",
  "Table 2: whole-life forecast 25,380 minus cumulative spend to date 11,940 = 13,440 (£000).",
  operands=["25,380", "11,940"])
a("% increase in high risk backlog at fallowgate from 2024 to 2025", "arithmetic", ["12.5"], MD, "High risk",
  "Table 4, Fallowgate High risk: 17,640 (2024) to 19,850 (2025) = +2,210, i.e. 12.5% increase.",
  operands=["17,640", "19,850"])
a("which capital scheme has the largest forecast underspend in 25/26", "aggregate", ["ward block b"], MD, "Ward Block B refurbishment",
  "Table 1 Variance column: Ward Block B refurbishment 1,600 is the largest (ED expansion 1,450 next).")
r("when did the board approve the ED expansion business case",
  "No approval date for the ED business case is given; only planned/revised completion dates.")
a("crl meaning?", "define", ["capital resource limit"], MD, "capital resource limit",
  "Glossary / section 7: CRL = capital resource limit.")
a("what are they doing to mitigate the capital risks", "list", ["contractor", "asbestos", "1.45"], MD,
  "specialist asbestos survey", "Section 7 'Mitigating actions include' bullet list (4 items).")
a("which section of the capital paper is about backlog", "section", ["5"], MD, "six-facet survey completed in spring 2025",
  "Section 5 'Backlog maintenance' (with Table 4).")
a("has the 2nd mri scanner at the quenford CDC opened yet", "yesno", ["yes"], MD,
  "opened its second MRI scanner in September 2025", "Section 4.2: the CDC opened its second MRI scanner in September 2025 -> yes.")
a("what's the current score for risk CAP03", "lookup", ["12"], MD, "CAP03",
  "Table 6, CAP03 (asbestos in Ward Block B), current score 12, target 6.")
r("how much spent so far on the pharmacy robot",
  "No pharmacy robot scheme appears in the capital programme.")

out = []
for i, d in enumerate(Q, start=1):
    d = dict(id=fid(i), **d)
    out.append(d)
with open(OUT, "w") as f:
    for d in out:
        dd = {k: v for k, v in d.items() if not k.startswith("_")}
        order = ["id", "question", "type", "answerable", "expect", "cite", "note", "follows"]
        dd = {k: dd[k] for k in order if k in dd}
        f.write(json.dumps(dd, ensure_ascii=False) + "\n")
json.dump(out, open(os.path.join(HERE, "questions_with_operands.json"), "w"), indent=1, ensure_ascii=False)
print(len(out), "questions;", sum(1 for d in out if d["answerable"]), "answerable;",
      sum(1 for d in out if not d["answerable"]), "refusals")
