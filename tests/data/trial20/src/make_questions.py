# Writes questions.jsonl and checks every cite/expect against the extracted document text.
import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from extract import text

OUT = "/work/trials_new/trial20"
P = "t20_primary_care_dental_access.pdf"
D = "t20_healthy_weight_physical_activity.docx"
H = "t20_high_needs_block_monitoring.html"
M = "t20_winter_discharge_update.md"

Q = []
def q(question, typ, expect, doc=None, contains=None, note="", follows=None, ops=None):
    d = {"question": question, "type": typ, "answerable": typ != "refusal", "expect": expect,
         "cite": None if typ == "refusal" else {"doc": doc, "contains": contains}, "note": note}
    if follows: d["follows"] = follows
    d["_ops"] = ops or []
    Q.append(d)
    return f"T20_{len(Q):03d}"

# ---------------- interleaved questions ----------------
q("how many gp appointments were there in july 2025", "lookup", ["212,640"], P, "Total appointments",
  "Table 1 (PDF), Total appointments row, Jul-25 column.")
q("how many GP appointments did we have in october 2025?", "refusal", [], note="PDF Table 1 covers April to September 2025 only; no October figure anywhere.")
q("what does ARRS mean", "define", ["Additional Roles Reimbursement Scheme"], P, "Additional Roles Reimbursement Scheme",
  "Defined in PDF summary bullet 2.4 and glossary.")
q("yr 6 obesity rate in brackenmoor 2024/25?", "lookup", ["22.4"], D, "Brackenmoor",
  "DOCX Table 1 (Year 6 obesity %) and Table 2, Brackenmoor row, 2024/25 = 22.4.")
q("whats the forcast spend on independant special schools this year", "lookup", ["11,630"], H, "Independent special schools",
  "HTML Table 1, Independent special schools row, Forecast column (£000).")
q("how many beds are open at brackenmoor lodge", "lookup", ["24"], M, "Brackenmoor Lodge",
  "MD Table 1, Brackenmoor Lodge row, beds open at 1 Dec 2025 = 24.")
q("what's the DNA rate for brackenmoor pcn", "refusal", [], note="DNA rate is given only for all practices by month (PDF Table 1), not by PCN.")
t_f2f = q("face to face % for tarnley south in q2?", "lookup", ["65.8"], P, "Tarnley South PCN",
  "PDF Table 3, Tarnley South PCN row, Q2 2025-26 = 65.8% (also para 5.2).")
q("what rag is that", "followup", ["red"], P, "Tarnley South PCN",
  "PDF Table 3, Tarnley South PCN RAG rating = Red.", follows=t_f2f)
q("reception obesity in the most deprived quintile 2023/24", "lookup", ["12.4"], D, "Quintile 1 (most deprived)",
  "DOCX Table 3, Quintile 1 row, Reception obesity 2023/24 = 12.4.")
q("how many ehcps were there in jan 2020", "refusal", [], note="HTML Table 2 starts at January 2021; no January 2020 figure.")
q("how many discharges in the week of 8 december", "refusal", [], note="MD Table 3 covers weeks commencing 3 Nov to 1 Dec 2025 only.")
q("how many salaried gps (fte) in sep 2025", "lookup", ["84.2"], P, "Salaried GPs",
  "PDF Table 4 (continues over page), Salaried GPs row, Sep 2025 FTE.")
q("avg lenght of stay at fernhill house?", "lookup", ["27.3"], M, "Fernhill House",
  "MD Table 1, Fernhill House row, average length of stay (days).")
q("how many pharmacists work in tarnley north pcn", "refusal", [], note="Clinical pharmacist FTE is given only for Dunmere Vale as a whole (PDF Table 4); Table 5 by PCN shows only GP and nurse FTE.")
q("what percentage of adults aged 75+ are inactive", "lookup", ["47.2"], D, "75 and over",
  "DOCX Table 4, 75 and over row, Inactive column (also bullet 5.3).")
q("which pcn had the higher face to face share in q2 - brackenmoor or orrinsford & millby?", "compare", ["Brackenmoor", "69.6"], P,
  "Face-to-face share of appointments by PCN",
  "PDF Table 3: Brackenmoor 69.6% vs Orrinsford & Millby 68.9% in Q2.")
t_ehcp = q("how many EHCPs did the council maintain in jan 2023", "lookup", ["3,463"], H, "Total EHCPs",
  "HTML Table 2, Total EHCPs row, Jan 2023.")
q("and in oct 2025?", "followup", ["4,313"], H, "Total EHCPs",
  "HTML Table 2, Total EHCPs row, Oct 2025 (also para 4.1).", follows=t_ehcp)
q("is the special academies budget line over or under budget", "compare", ["855"], H, "Special academies and free schools",
  "HTML Table 1: budget 11,250 vs forecast 12,105, variance 855 overspend (Red).")
q("how many people are waiting for home care in westhallow", "lookup", ["31"], M, "Home care hours and waiting lists by district",
  "MD Table 2, Westhallow row, people waiting at 1 Dec = 31.")
q("what % of year 6 kids in westhallow were obese in 2019/20", "refusal", [], note="DOCX Table 2 trend starts at 2020/21; no 2019/20 figure.")
q("how many more appointments in sep 2025 than sep 2024", "arithmetic", ["8,450"], P, "General practice appointments by month",
  "PDF Table 1: 215,930 (Sep-25) minus 207,480 (same month 2024) = 8,450.", ops=["215,930", "207,480"])
q("contracted UDAs for castlegate dental care?", "lookup", ["36,500"], P, "Castlegate Dental Care",
  "PDF Table 6 (dental, spans two pages), Castlegate Dental Care row, contracted UDAs 2025-26.")
q("how many referrals did fitfamilies get last year (24/25)", "lookup", ["388"], D, "FitFamilies (children aged 5 to 12)",
  "DOCX Table 5, FitFamilies row, 2024/25 Referrals.")
q("what is the high needs block allocation for 2026-27", "refusal", [], note="HTML gives the 2025-26 allocation (£69.98m) only; 2026-27 columns in Table 5 are overspend/savings/deficit, not an allocation.")
q("avg cost of a FE college placement in 2025-26", "lookup", ["8,210"], H, "Further education colleges",
  "HTML Table 3, Further education colleges row, 2025-26 forecast (£).")
q("pathway 1 discharges week commencing 10 nov", "lookup", ["112"], M, "home with support",
  "MD Table 3, Pathway 1 row, w/c 10 Nov.")
t_pw = Q[-1]
t_pw_id = f"T20_{len(Q):03d}"
q("and the week of 1 dec?", "followup", ["117"], M, "home with support",
  "MD Table 3, Pathway 1 row, w/c 1 Dec.", follows=t_pw_id)
q("how many NCTR patients were there at DVGH in august", "refusal", [], note="MD Table 4 covers September to November 2025 only.")
q("how many UDAs did Elmgrove Dental deliver in 2024-25", "refusal", [], note="PDF Table 6 gives 2025-26 contracted and April–September 2025 delivered UDAs only; nothing for 2024-25.")
q("did appointments go up vs last year in every month?", "yesno", ["yes"], P, "higher than last year in every month",
  "PDF bullet 2.4 and Table 1: every month Apr–Sep 2025 exceeds the same month 2024.")
q("what % of children in dunmere vale are physically active", "refusal", [], note="DOCX para 3.3 says the children and young people survey sample was too small, so children's activity levels are not reported.")
t_men = q("what % of men are physically active", "lookup", ["63.8"], D, "Men",
  "DOCX Table 4, Men row, Active column.")
q("what about women?", "followup", ["58.6"], D, "Women",
  "DOCX Table 4, Women row, Active column (also bullet 5.3).", follows=t_men)
q("what was the overspend forcast at month 5", "lookup", ["6,140"], H, "Forecast overspend at Month 5",
  "HTML Table 4 first row and para 6.1: £6,140k.")
q("which district has the longest median wait for home care", "aggregate", ["Westhallow", "12"], M, "Home care hours and waiting lists by district",
  "MD Table 2: Westhallow median wait 12 days, highest of the four districts.")
q("is the 2025/26 healthy weight budget bigger than last years", "yesno", ["yes", "1,190"], D, "2025/26 budget is",
  "DOCX para 7.1 / Table 7: 2025/26 budget £1,190k vs 2024/25 budget £1,135k.")
q("what's the average wait in days for a routine gp appt", "refusal", [], note="PDF gives same-day and within-14-days percentages only; no average wait in days.")
q("how many practises in brackenmoor pcn", "lookup", ["9"], P, "Brackenmoor PCN",
  "PDF Table 2, Brackenmoor PCN row, Practices = 9.")
q("what was occupancy at westhallow court in october", "refusal", [], note="MD Table 1 gives occupancy for November 2025 only.")
q("adult obesity rate in tarnley?", "refusal", [], note="DOCX para 5.1 gives adult overweight/obesity for Dunmere Vale only and says it is not available below that level.")
q("combined gp and nurse fte for westhallow rural pcn", "arithmetic", ["57.9"], P, "Westhallow Rural PCN",
  "PDF Table 5: GP FTE 34.4 + nurse FTE 23.5 = 57.9.", ops=["34.4", "23.5"])
q("how many people completed nhs digital weight management in 24/25", "refusal", [], note="DOCX Table 5 shows n/a; completion data is held nationally and not available locally.")
q("cumulative deficit carried forward in 2027-28 under the recovery plan", "lookup", ["36,215"], H, "Cumulative deficit carried forward",
  "HTML Table 5, Cumulative deficit carried forward row, 2027-28 (£000).")
q("allocation for the transfer of care hub", "lookup", ["450"], M, "Transfer of care hub",
  "MD Table 6, Transfer of care hub row, Allocation £000.")
q("what are the recommendations in the primary care report", "list", ["Elmgrove", "Tarnley South"], P,
  "approve the re-procurement of the Elmgrove",
  "PDF section 10: note appointments/workforce; note dental; approve Elmgrove re-procurement; ask Tarnley South PCN for an improvement plan.")
q("ncmp participation rate in reception", "lookup", ["95.1"], D, "Participation in 2024/25 was 95.1%",
  "DOCX para 3.1.")
q("how much is spent on send home to school transport", "refusal", [], note="HTML mentions home to school transport only as a risk; no figure is given.")
q("were there more NCTR patients at DVGH in oct or nov", "compare", ["91"], M, "NCTR patients",
  "MD Table 4: DVGH 84 in Oct vs 91 in Nov; November higher.")
q("how many video consultations were there", "refusal", [], note="PDF gives only the face-to-face share; no count of video (or telephone) appointments.")
q("savings target for workstream 3 in 2026-27", "lookup", ["1,050"], H, "Reducing reliance on independent placements",
  "HTML Table 6, workstream 3 row, 2026-27 target (£000).")
q("how much did shape up dunmere referrals go up between 23/24 and 24/25", "arithmetic", ["275"], D,
  "Shape Up Dunmere (tier 2 weight management)",
  "DOCX Table 5: 2,115 minus 1,840 = 275 (14.9%).", ops=["2,115", "1,840"])
q("which dental contract delivered the lowest % of its UDAs", "aggregate", ["Mobile Dental Unit"], P, "Westhallow Mobile Dental Unit",
  "PDF Table 6 and para 7.2: Westhallow Mobile Dental Unit, 66.0%.")
q("how many hours of home care are delivered in millby", "refusal", [], note="MD Table 2 breaks home care down by four districts (Tarnley, Brackenmoor, Orrinsford, Westhallow); Millby is not shown.")
q("what are the priorities for the whole systems approach to healthy weight", "list", ["takeaway", "active travel", "Leisure Pass"], D,
  "active travel to school",
  "DOCX para 8.2 bullet list (food environment/takeaways, active travel, targeting, Leisure Pass, children's activity data).")
q("is yr6 obesity in orrinsford higher or lower than england", "compare", ["21.7", "22.2"], D, "Orrinsford",
  "DOCX Table 1/Table 2: Orrinsford 21.7% vs England 22.2% in 2024/25, so lower.")
q("what was the month 6 forecast for high needs", "refusal", [], note="HTML gives Month 5 (£6,140k overspend) and Month 7 only; no Month 6 figure.")
q("how many orthodontic UOAs are commissioned", "refusal", [], note="PDF covers general dental UDAs only; orthodontic activity is not mentioned.")
q("what's pathway 2", "define", ["rehabilitation"], M, "bedded setting for rehabilitation",
  "MD section 3.1 definitions.")
q("how many dental contracts are rated green", "aggregate", ["16"], P, "Delivery of units of dental activity",
  "PDF Table 6: count of Green contract rows = 16 (of 31).", ops=[])
q("what % of new ehcps were issued within 20 wks in 2024", "lookup", ["48.2"], H, "statutory 20 weeks fell from 48.2%",
  "HTML para 4.2.")
q("how much of the discharge and winter money has been spent so far, as a %", "arithmetic", ["35.3"], M, "2,503",
  "MD Table 6 total / para 8.1: 2,503 / 7,095 = 35.3%.", ops=["2,503", "7,095"])
q("what was the high needs overspend in 2021-22", "refusal", [], note="HTML Table 5 starts at 2022-23; only the cumulative deficit at 1 April 2022 is given, not the 2021-22 in-year overspend.")
q("how much was spent on shape up dunmere in 24/25", "lookup", ["396"], D, "Shape Up Dunmere",
  "DOCX Table 7, Shape Up Dunmere row, 2024/25 Outturn (£000).")
q("what % of children in westhallow have seen an nhs dentist in the last 12 months", "lookup", ["50.7"], P,
  "Patients seen by an NHS dentist",
  "PDF Table 7, Westhallow row, % of children seen.")
q("how many a&e attendances are expected this winter", "refusal", [], note="The winter paper covers beds, home care, discharges, delays and funding; A&E attendances are not reported.")
q("which placement type has the biggest overspend", "aggregate", ["independent special"], H, "Independent special schools",
  "HTML Table 1 and para 3.2: Independent special schools, variance 2,730.")
q("are all 26 beds on the kestrel unit open", "yesno", ["no", "22"], M, "Kestrel Unit had only 22 of its 26 beds",
  "MD para 4.2 and Table 1: 22 of 26 open on 1 Dec.")
q("what was the gp patient survey satisfaction score for westhallow", "refusal", [], note="No patient survey or satisfaction measure appears in the PDF.")
q("reception obesity by deprivation quintile in 2021/22", "refusal", [], note="DOCX Table 3 covers 2022/23 to 2024/25 only.")
q("how many ed psychs does the council employ?", "refusal", [], note="HTML mentions a shortage of educational psychologists but gives no number.")
q("variance on mainstream primary top up as a % of budget?", "arithmetic", ["14.1"], H, "mainstream primary",
  "HTML Table 1: variance 1,390 / budget 9,850 = 14.1%.", ops=["1,390", "9,850"])
q("how many ppl were stuck waiting for transport on 1 dec", "lookup", ["3"], M, "Awaiting transport",
  "MD Table 5, Awaiting transport row.")
q("how does the ncmp define obesity in kids", "define", ["95th"], D, "at or above the 95th centile",
  "DOCX para 3.2: BMI at or above the 95th centile of UK90.")
q("what are the main risks to the winter plan", "list", ["flu", "Kestrel", "industrial action"], M,
  "industrial action by resident doctors",
  "MD section 9.1 bullets.")
q("how much was spent on healthy weight in 2023/24", "refusal", [], note="DOCX Table 7 shows 2024/25 and 2025/26 only.")
q("did locum gp fte go up or down since march 2025", "compare", ["8.1"], P, "Locum GPs",
  "PDF Table 4: Locum GPs 9.8 (Mar 2025) to 8.1 (Sep 2025), down 1.7.")
q("how many tribunal appeals were lodged this year", "refusal", [], note="SEND tribunal appeals are not mentioned in the HTML paper.")
q("which district has more inactive adults, westhallow or brackenmoor", "compare", ["Westhallow", "25.9"], D,
  "Adult physical activity levels",
  "DOCX Table 4: Westhallow 25.9% vs Brackenmoor 25.8% inactive.")
q("which section of the schools forum paper covers placement costs", "section", ["5"], H, "Placement costs",
  "HTML section 5 'Placement costs' (Table 3).")
q("how many people got reablement in november", "refusal", [], note="MD mentions the reablement service but gives no count of people receiving reablement.")
q("home care hours delivered per week in tarnley", "lookup", ["9,420"], M, "Home care hours and waiting lists by district",
  "MD Table 2, Tarnley row, delivered hours per week (Nov average).")
q("give me a quick summary of the workforce changes in general practice since march", "summary", ["202.1", "registrars"], P,
  "fully qualified GPs (partners, salaried and locum GPs)",
  "PDF para 6.2 bullets: qualified GPs 203.9 to 202.1 FTE, registrars 34.5 to 38.0, ANPs +2.2, physician associates down to 4.0.")
q("is the dsg going to be back in balance by 2028-29?", "yesno", ["no"], H, "not expected to reach in-year balance",
  "HTML key messages: not expected to reach in-year balance before 2030-31; Table 5 net in-year deficit 5,750 in 2028-29.")
q("how many extra urgent dental sessions were commissioned this year", "lookup", ["1,560"], P, "1,560 additional urgent dental sessions",
  "PDF para 8.1 bullet.")
q("how many pupils are in specialist post 16 institutions at the moment", "lookup", ["69"], H, "Specialist post-16 institutions",
  "HTML Table 1, Specialist post-16 institutions row, Actual (Oct 2025) pupils = 69.")
q("total intermediate care beds not open on 1st dec", "arithmetic", ["13"], M, "154",
  "MD Table 1 / summary: 154 planned minus 141 open = 13.", ops=["154", "141"])
q("how much discharge funding did we get last year (2024/25)", "refusal", [], note="MD Table 6 covers 2025/26 allocations only.")
q("average weight loss on shape up dunmere", "lookup", ["4.6"], D, "average weight loss was 4.6 kg",
  "DOCX para 6.3 and Table 6 (4.6) kg.")
q("what are the risks to the high needs recovery plan", "list", ["fees", "free school", "override"], H, "independent school fees",
  "HTML section 8 bullets: EHCP growth, independent school fees, free school delay, end of statutory override, home to school transport.")
q("how many pupils with EHCPs go to school in westhallow", "refusal", [], note="HTML gives EHCPs by setting type only, not by district.")
q("appts per 1000 patients in westhallow rural pcn in q2", "lookup", ["1,477"], P, "Westhallow Rural PCN",
  "PDF Table 2, Westhallow Rural PCN row, Q2 per 1,000.")
q("is home care delivery better in orrinsford or brackenmoor", "compare", ["Orrinsford", "98"], M, "Home care hours and waiting lists by district",
  "MD Table 2: Orrinsford 98.0% delivered vs Brackenmoor 94.0%.")
q("which winter scheme is rated red", "aggregate", ["spot purchase"], M, "Spot purchase pathway 2 beds",
  "MD Table 6: only Spot purchase pathway 2 beds is Red.")
q("what are the recommendations to the health and wellbeing board", "list", ["whole systems", "Declaration"], D,
  "signs the Dunmere Vale Healthy Weight Declaration",
  "DOCX section 9 bullets.")
q("what are the key points in the winter update", "summary", ["141", "99"], M, "141 of the 154 intermediate care beds",
  "MD section 2.1 summary bullets (141 of 154 beds open; NCTR 87 to 99; etc.).")
q("how many NCTR patients at orrinsford community hospital in october", "lookup", ["11"], M, "Orrinsford Community Hospital",
  "MD Table 4, Orrinsford Community Hospital row, Oct 2025.")
q("which costs more per place in 2025-26: non-maintained special schools or independent special schools", "compare", ["66,190"], H,
  "Non-maintained special schools",
  "HTML Table 3: non-maintained 66,190 vs independent 62,190.")
q("how many GP partners are aged over 65", "refusal", [], note="PDF risk says 11 partners are aged 60 or over; no figure for over 65.")

# ---------------- finalise & check ----------------
from collections import Counter as _C; print(len(Q), _C(d["type"] for d in Q))
assert len(Q) == 100, len(Q)
texts = {}
for d in (P, D, H, M):
    t = text(os.path.join(OUT, d))
    texts[d] = re.sub(r"\s+", " ", t).lower()
def num_in(frag, t):
    return frag.lower() in t
problems = 0
for i, d in enumerate(Q):
    d["id"] = f"T20_{i+1:03d}"
for d in Q:
    if d["answerable"]:
        t = texts[d["cite"]["doc"]]
        if d["cite"]["contains"].lower() not in t:
            print("CONTAINS MISSING", d["id"], d["cite"]); problems += 1
        for e in d["expect"]:
            if e.lower() in ("yes", "no"): continue
            if d["_ops"]:
                continue
            if e.lower() not in t:
                print("EXPECT MISSING", d["id"], e); problems += 1
        for o in d["_ops"]:
            if o.lower() not in t:
                print("OPERAND MISSING", d["id"], o); problems += 1
    if "follows" in d:
        ids = [x["id"] for x in Q]
        assert d["follows"] in ids and ids.index(d["follows"]) < ids.index(d["id"])
from collections import Counter
print(Counter(d["type"] for d in Q), "refusals", sum(not d["answerable"] for d in Q))
print(Counter(d["cite"]["doc"] for d in Q if d["cite"]))
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for d in Q:
        o = {"id": d["id"], "question": d["question"], "type": d["type"], "answerable": d["answerable"],
             "expect": d["expect"], "cite": d["cite"], "note": d["note"]}
        if "follows" in d: o["follows"] = d["follows"]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("problems", problems)
