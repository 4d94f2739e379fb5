# Builds questions.jsonl. "ops" (operands of computed answers) is used only by check.py and is stripped on output.
import json, sys
PDF = "t23_bcf_q2_return.pdf"; DOCX = "t23_childrens_social_care_q2.docx"
HTML = "t23_ambulance_performance.html"; MD = "t23_housing_homelessness_update.md"
Q = []
def a(q, typ, expect, doc, contains, note, follows=None, ops=None):
    d = {"question": q, "type": typ, "answerable": True, "expect": expect, "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows: d["follows"] = follows
    if ops: d["ops"] = ops
    Q.append(d); return len(Q)
def r(q, note):
    Q.append({"question": q, "type": "refusal", "answerable": False, "expect": [], "cite": None, "note": note}); return len(Q)
def fid(n): return f"T23_{n:03d}"

a("whats the avoidable admissions rate for q2", "lookup", ["181.9"], PDF, "Avoidable admissions",
  "BCF Table 1, row Avoidable admissions, Q2 2025-26 Actual = 181.9 per 100,000 (plan 172.0); also para 3.2.")
r("how many cin do we have in wexcombe", "Children's report covers Holmbury Vale and its five localities only; Wexcombe does not appear in it and no CIN figure for Wexcombe is given anywhere.")
a("ambulance cat 2 mean response time in september?", "lookup", ["31:02"], HTML, "Category 2",
  "Ambulance Table 1, Category 2 / Mean row, Sep = 31:02; also summary bullet.")
a("how many households were in b&b at the end of july", "lookup", ["82"], MD, "Bed and breakfast (shared facilities)",
  "Housing Table 1, row Bed and breakfast (shared facilities), Jul = 82.")
a("cp plan rate england average", "lookup", ["41.6"], DOCX, "Child protection plan rate per 10,000",
  "Children's Table 1, row Child protection plan rate per 10,000, England column (2024-25) = 41.6.")
r("what was the avoidable admissions figure in q3", "BCF return covers only Q1 and Q2 2025-26 (and 2024-25 outturn); no Q3 figure exists.")
a("how much is the disabled facilities grant forecast to underspend by this year", "lookup", ["388"], PDF, "Disabled Facilities Grant",
  "BCF Table 2, Disabled Facilities Grant (DFG) row, 2025-26 variance (388) i.e. £388k underspend; also para 4.5.")
a("did care home admissions for over 65s go up or down q1 to q2", "compare", ["138.2", "168.4"], PDF, "Care home admissions (65+)",
  "BCF Table 1, Care home admissions (65+): Q1 actual 138.2, Q2 actual 168.4 per 100,000 – went up (Worsening, Red). Para 3.4 also gives 168.4.")
a("cin rate per 10k at end of q2", "lookup", ["328.8"], DOCX, "Children in need rate per 10,000",
  "Children's Table 1 row Children in need rate per 10,000, Q2 = 328.8; also summary bullet and Table 2 total row.")
a("mean handover time at dunmere royal in q2", "lookup", ["28:35"], HTML, "Dunmere Royal Infirmary",
  "Ambulance Table 3, Dunmere Royal Infirmary row, Mean handover time = 28:35 (Jul-Sep 2025).")
r("whats the TA figure for october", "Housing Table 1 runs April to September 2025 only; no October figure.")
a("total no. of households in temp accommodation in june", "lookup", ["626"], MD, "Total households in TA",
  "Housing Table 1, Total households in TA row, Jun = 626.")
a("whats the forecast for care sector workforce development in the bcf", "lookup", ["372"], PDF, "Care sector workforce development",
  "BCF Table 2 (continuation on page 3, Enablers group), Care sector workforce development, 2025-26 Forecast = 372 (£000).")
a("how many kids on child protection plans in dunmere", "lookup", ["133"], DOCX, "Dunmere",
  "Children's Table 2, Dunmere row, Child protection plans Number = 133 (rate 67.9).")
r("how much of the better care fund goes on dementia services", "BCF scheme types (Table 2) have no dementia line and dementia is not mentioned in any paper.")
a("is our cp rate higher or lower than stat neighbours", "compare", ["47.7", "43.6"], DOCX, "Child protection plan rate per 10,000",
  "Children's Table 1: Q2 CP rate 47.7 vs statistical neighbours 43.6 – higher (Amber).")
a("cat 1 90th centile in june", "lookup", ["13:41"], HTML, "90th centile",
  "Ambulance Table 1, Category 1 / 90th centile row (category cell is rowspan), Jun = 13:41 (standard 15:00).")
a("relief success rate q1", "lookup", ["38.4"], MD, "Relief success rate",
  "Housing Table 2, Relief success rate (%) row, Q1 2025-26 = 38.4.")
r("what were ambulance cat 2 times like in march 2025", "Ambulance report covers April to September 2025 only; no March figures.")
a("how much did we actually spend on carers breaks last yr", "lookup", ["655"], PDF, "Carers' breaks (respite)",
  "BCF Table 2, Carers' breaks (respite), 2024-25 Actual = 655 (£000).")
n = a("number of private childrens home placements in sept", "lookup", ["44"], DOCX, "Private children's homes",
  "Children's Table 4, Private children's homes, Q2 (30 September 2025) Number = 44; also para 6.2.")
a("hours lost to handovers at holmbury general in september", "lookup", ["2,488"], HTML, "Holmbury General Hospital",
  "Ambulance Table 4, Holmbury General Hospital row, Sep = 2,488 hours; also summary bullet.")
r("how many empty homes have been brought back into use this year", "Housing paper mentions expanding the empty homes programme (section 10) but gives no number of homes brought back into use.")
a("total bcf income 2025/26", "lookup", ["45,663"], PDF, "Total income",
  "BCF Table 3, Total income row, 2025-26 = 45,663 (£000); equals total planned expenditure.")
a("which is bigger in the 25-26 bcf plan - community based services or hospital discharge?", "compare", ["community"], PDF, "Community-based services",
  "BCF Table 2 subtotals, 2025-26 Plan: Community-based services 15,535 vs Hospital discharge 12,330 (£000) – community-based services is larger.")
r("how many missing from care episodes were there over the summer", "Children's report (risk 9.1) says missing episodes rose over the summer but never gives a number.")
a("what % of handovers at wexcombe county took over an hour", "lookup", ["10.5"], HTML, "Wexcombe County Hospital",
  "Ambulance Table 3, Wexcombe County Hospital row, Handovers over 60 minutes % = 10.5 (141 handovers).")
a("housing benefit subsidy forecast", "lookup", ["5,890"], MD, "Housing benefit subsidy",
  "Housing Table 6, Housing benefit subsidy, forecast outturn (5,890) £000 (income shown in brackets); budget (5,120).")
a("how much did the total bcf spend come in over or under plan in 2024-25", "arithmetic", ["40"], PDF, "Total BCF expenditure",
  "BCF Table 2 total row: 2024-25 Actual 43,392 minus Plan 43,352 = 40 (£000) over plan. No variance column for 2024-25, so computed.",
  ops=["43,392", "43,352"])
r("what's the england figure for care leavers we're in touch with", "Children's Table 6 shows n/a for both comparators on 'In touch with the council', and the note says comparator figures are not published in comparable form.")
a("agency rate in the fsp south team", "lookup", ["26.5"], DOCX, "Family Support and Protection – South",
  "Children's Table 5, Family Support and Protection – South row, Agency workers % = 26.5 (9.0 FTE of 34.0).")
r("cat 3 mean response time in eskwith", "Ambulance district table (Table 6) gives Category 2 mean only; Category 3 times are Holmbury Vale-wide (Table 1).")
a("hear and treat rate in august", "lookup", ["16.0"], HTML, "Hear and treat",
  "Ambulance Table 5, Hear and treat row, Aug = 16.0%; also summary bullet.")
a("how many kids in care live more than 20 miles from home", "lookup", ["88"], DOCX, "more than 20 miles from their home address",
  "Children's para 6.3: 88 (14.7%) of the 598 looked-after children were living more than 20 miles from home.")
r("how much did the council spend on DFG in 2023-24", "BCF paper gives DFG figures for 2024-25 and 2025-26 only; 2023-24 is not covered.")
n = a("what was the avg discharge delay in q1 actually", "lookup", ["1.9"], PDF, "Average discharge delay",
  "BCF Table 1, Average discharge delay, Q1 2025-26 Actual = 1.9 days (plan 1.6); para 3.3 also says fell from 1.9 to 1.7.")
a("and what was the plan for q2?", "followup", ["1.5"], PDF, "Average discharge delay",
  "Follow-up: BCF Table 1, Average discharge delay, Q2 Plan = 1.5 days; para 3.3 'remains above the plan of 1.5 days'.", follows=fid(n))
a("main duty acceptances in q2 last year", "lookup", ["103"], MD, "Main duty accepted",
  "Housing Table 2, Main duty accepted row, Q2 2024-25 column = 103 (para 4.4: 129 this year, 26 more).")
r("how many handovers at holmbury general took more than 2 hours", "Ambulance Table 3 has only 'over 30 minutes' and 'over 60 minutes' columns; no over-2-hour count is given.")
a("did assessment timeliness get better or worse in q2", "compare", ["88.9", "84.7"], DOCX, "Assessments within 45 working days",
  "Children's Table 1, Assessments within 45 working days (%): Q1 88.9, Q2 84.7 – worse (para 3.2).")
a("were handovers quicker at st aldrics or dunmere", "compare", ["St Aldric"], HTML, "St Aldric's Hospital, Castlereach",
  "Ambulance Table 3: St Aldric's Hospital mean handover 19:48 vs Dunmere Royal Infirmary 28:35 – St Aldric's quicker.")
r("rough sleeping count for wexcombe", "Housing rough sleeping table covers the five Holmbury Vale districts only; Wexcombe is mentioned only as a location of out-of-area TA.")
a("how many referrals did UCR take straight from the discharge hub", "lookup", ["212"], PDF, "212 referrals direct from the discharge",
  "BCF para 6.2: UCR teams took 212 referrals direct from the discharge hub in Q2.")
a("are there more households in nightly paid or council hostels in sept", "compare", ["nightly"], MD, "Nightly-paid self-contained",
  "Housing Table 1, Sep: Nightly-paid self-contained 183 vs Council hostels 119 – nightly-paid.")
r("what's the cp rate for q3 2025-26", "Children's report runs Q4 2024-25 to Q2 2025-26; no Q3 figure.")
a("how long are people staying in d2a beds on average now", "lookup", ["31"], PDF, "risen from 24 days to 31 days",
  "BCF para 4.3: average length of stay in discharge to assess beds has risen from 24 to 31 days.")
a("difference between in house foster placements and IFA placements at end of sept", "arithmetic", ["103"], DOCX, "Independent fostering agency",
  "Children's Table 4, Q2: In-house foster carers 224 minus Independent fostering agency 121 = 103.", ops=["224", "121"])
r("how many sickness days did ambulance staff take", "Ambulance para 8.2 says sickness absence is above the trust target but gives no figure.")
a("total hours lost to handover delays in q1 across all hospitals", "arithmetic", ["9,478"], HTML, "Total hours lost",
  "Ambulance Table 4, Total hours lost row: Apr 3,535 + May 3,189 + Jun 2,754 = 9,478.", ops=["3,535", "3,189", "2,754"])
a("how much has temp accommodation gone up apr to sept", "arithmetic", ["94"], MD, "Total households in TA",
  "Housing Table 1 total: Sep 675 minus Apr 581 = 94 households.", ops=["675", "581"])
r("how many people used the assistive technology service", "BCF paper gives only spending and a status comment for assistive technology; no number of users.")
a("referrals % change q1 to q2 in childrens social care", "arithmetic", ["10.4"], DOCX, "Referrals (number in quarter)",
  "Children's Table 1, Referrals: Q1 1,197, Q2 1,322 → (1,322-1,197)/1,197 = 10.4% increase.", ops=["1,197", "1,322"])
a("what proportion of households in TA in september were families w kids", "arithmetic", ["47.1"], MD, "families with children",
  "Housing Table 1, Sep: families with children 318 of total 675 = 47.1%.", ops=["318", "675"])
r("cat 2 response times in the wexcombe area", "Ambulance report covers Holmbury Vale districts; Wexcombe appears only as a receiving hospital, with no response-time figures for a Wexcombe area.")
a("how many bcf schemes are red rated", "aggregate", ["discharge to assess", "disabled facilities"], PDF, "Discharge to assess beds",
  "BCF Table 5: two schemes rated Red – BCF05 Discharge to assess beds and BCF06 Disabled Facilities Grant (also recommendation 10.3).")
a("which locality has the highest rate of looked after children", "aggregate", ["Dunmere"], DOCX, "Dunmere",
  "Children's Table 2: Dunmere LAC rate 89.8 per 10,000 is the highest (para 4.2).")
r("how many households in b&b in castlereach", "Housing TA figures (Table 1) are borough-wide by type; no district breakdown of B&B placements.")
a("which district has the slowest cat 2 response", "aggregate", ["Eskwith"], HTML, "Eskwith",
  "Ambulance Table 6: Eskwith has the longest Category 2 mean in both quarters (Q2 41:52); para 7.1.")
a("biggest reason people became homeless in q2", "aggregate", ["private rented"], MD, "End of private rented tenancy",
  "Housing Table 3: End of private rented tenancy (assured shorthold) 231 households, 28.2%, the largest; para 5.2.")
a("how many of the headline childrens indicators are red", "aggregate", ["second or subsequent", "2 years", "placements"], DOCX, "Second or subsequent CP plan",
  "Children's Table 1 Q2 RAG: three Red – CP plans lasting 2 years or more, Second or subsequent CP plan, Looked-after children with 3+ placements.")
r("how many children are in the early help service", "Early Help is mentioned (para 3.3, actions) but no caseload or number of children is given.")
a("what are the recommendations in the bcf paper", "list", ["120", "home improvement agency", "Board Chair"], PDF, "approve the transfer of £120 thousand",
  "BCF section 10: note Q2 return; approve transfer of £120k DFG underspend to home improvement agency; note Red ratings and actions; delegate Q3 return to Board Chair and ICB Place Director.")
a("list the actions for quarter 3 on the bcf", "list", ["virtual ward", "21 days", "contractors"], PDF, "respiratory virtual ward to Eskwith",
  "BCF section 9: weekly review of D2A stays over 21 days; respiratory virtual ward to Eskwith; second framework of adaptation contractors; falls campaign in Brindlemoor care homes; recruit housing link worker.")
r("handover delays at holmbury childrens hospital", "No Holmbury children's hospital appears; ambulance Table 3/4 cover Holmbury General, Dunmere Royal Infirmary, St Aldric's and Wexcombe County only.")
a("what is the LT doing about repeat cp plans and placements - list of actions pls", "list", ["step-down", "sufficiency", "return-home"], DOCX, "step-down protocol between the Assessment teams",
  "Children's para 9.2 actions: step-down protocol with Early Help; recruitment and retention payment (South); audit of repeat CP plans; residential sufficiency review; return-home interview tracker.")
a("what improvement actions have the ambulance trust planned for winter", "list", ["45-minute", "receiving area", "rapid response vehicle"], HTML, "ambulance receiving area",
  "Ambulance section 9 (ordered list): 45-minute maximum handover protocol; 12-space ambulance receiving area at HGH; more CAS clinicians; UCR referral pathways; second rapid response vehicle in Eskwith.")
r("how many households became homeless because of section 21 in q1", "Housing Table 3 (reasons for homelessness) covers Q2 2025-26 only; no Q1 breakdown.")
a("what are the housing committee recs", "list", ["711", "Brindlemoor Library", "night shelter"], MD, "endorse the proposed conversion",
  "Housing section 11: note position; note £711k forecast overspend; endorse conversion of former Brindlemoor Library site; next update June 2026 to include winter night shelter outcome.")
a("what does D2A stand for", "define", ["discharge to assess"], PDF, "D2A",
  "BCF glossary and para 3.4: D2A = discharge to assess (short-term funded care after discharge while longer-term needs are assessed).")
r("public health grant contribution to the bcf?", "BCF income (Table 3) lists NHS minimum contribution, LA Better Care Grant, ICB discharge funding, DFG and additional LA/ICB contributions; no public health grant.")
a("what's a statistical neighbour", "define", ["most similar"], DOCX, "Statistical neighbours (SN) are the ten local authorities",
  "Children's para 2.2: statistical neighbours are the ten local authorities judged most similar to Holmbury Vale on socio-economic measures.")
a("what's a HALO", "define", ["hospital ambulance liaison officer"], HTML, "hospital ambulance liaison officer",
  "Ambulance para 5.3 and glossary: HALO = hospital ambulance liaison officer.")
a("PSL meaning?", "define", ["private sector leased"], MD, "private sector leased",
  "Housing Table 1 row label and glossary: PSL = private sector leased (homes leased from private landlords for use as TA).")
r("avg caseload for independent reviewing officers", "Children's workforce table covers social work teams and Leaving Care personal advisers only; no independent reviewing officer data.")
a("what are the main risks to the bcf plan", "summary", ["winter", "home care", "contractor"], PDF, "home care market fragility in rural Eskwith",
  "BCF section 8 risks: winter demand on avoidable admissions; D2A bed cost growth; home care market fragility in Eskwith; DFG slippage from contractor shortages; non-recurrent ICB discharge funding.")
a("which section of the childrens report covers social worker caseloads", "section", ["7", "workforce"], DOCX, "Table 5 shows the position for social work teams",
  "Children's section 7 'Social work workforce' (Table 5 has average caseloads by team).")
r("hear and treat rate for england in july", "Ambulance Table 5 gives the England comparator for September 2025 only.")
a("what does the ambulance paper say about staffing", "summary", ["612", "640"], HTML, "612 whole-time equivalent",
  "Ambulance section 8: 612 WTE frontline staff vs establishment of 640; 38 newly qualified paramedics joined in September; sickness above target.")
a("why is the homelessness budget overspending", "summary", ["711", "nightly"], MD, "forecast overspend on B&B and nightly-paid",
  "Housing section 8: net forecast overspend £711k, driven by B&B and nightly-paid TA (£1,570k over), partly offset by £770k extra housing benefit subsidy.")
r("what's the total bcf budget for 2026-27", "BCF paper gives 2024-25 and 2025-26 only; 2026-27 appears only as the year DFG underspend can be carried into, with no budget.")
a("were all the bcf national conditions met in q2", "yesno", ["yes"], PDF, "All national conditions were",
  "BCF para 2.3: all national conditions were confirmed as met in the Quarter 2 return.")
a("is the looked after children rate below the england average", "yesno", ["yes"], DOCX, "Looked-after children rate per 10,000",
  "Children's Table 1: LAC rate Q2 69.2 vs England 70.0 – yes, below.")
r("how many looked after children were in castlereach at the end of june", "Children's locality table (Table 2) is at 30 September 2025 only; June figures are given only for Holmbury Vale as a whole.")
a("did the cat 1 average ever hit the 7 minute standard", "yesno", ["no"], HTML, "did not meet the 7-minute national standard",
  "Ambulance summary bullet and Table 1: Category 1 mean did not meet 7:00 in any month (best 7:29 in August).")
a("is prevention success better than same quarter last year", "yesno", ["yes"], MD, "Prevention success rate",
  "Housing Table 2 / para 4.2: Q2 2025-26 58.7% vs Q2 2024-25 54.1% – yes, better.")
r("how many 111 calls did we get", "Ambulance report covers 999 calls and incidents only; NHS 111 call volumes are not given.")
n = a("looked after children in eskwith", "lookup", ["52"], DOCX, "Eskwith",
  "Children's Table 2, Eskwith row, Looked-after children Number = 52 (at 30 September 2025).")
a("whats the rate per 10k there", "followup", ["50.0"], DOCX, "Eskwith",
  "Follow-up: Children's Table 2, Eskwith, Looked-after children Rate per 10,000 = 50.0.", follows=fid(n))
r("average length of stay in b&b for families", "Housing paper gives numbers of families in B&B over six weeks, not an average length of stay.")
n = a("cat 2 mean for dunmere in q2", "lookup", ["27:09"], HTML, "Dunmere",
  "Ambulance Table 6, Dunmere row, Q2 2025-26 = 27:09.")
a("and in q1?", "followup", ["28:18"], HTML, "Dunmere",
  "Follow-up: Ambulance Table 6, Dunmere row, Q1 2025-26 = 28:18.", follows=fid(n))
r("how many pathway 1 discharges were eskwith residents", "BCF Table 4 gives pathway discharges for Holmbury Vale as a whole; no district breakdown.")
n = a("how many rough sleepers were counted in july in total", "lookup", ["38"], MD, "Monthly rough sleeping street count",
  "Housing Table 4 (rough sleeping), Total row, Jul = 38.")
a("what about new ones that month", "followup", ["13"], MD, "New rough sleepers",
  "Follow-up: Housing Table 4, New rough sleepers (first seen in month), Jul = 13.", follows=fid(n))
a("did see and treat go up or down between april and sept", "compare", ["31.5", "32.0"], HTML, "See and treat",
  "Ambulance Table 5, See and treat: Apr 31.5%, Sep 32.0% – up.")
r("what is the unaccompanied asylum seeking children number in care", "Children's report mentions expected National Transfer Scheme transfers (risk) but gives no UASC count.")
a("is our hear and treat in september above or below england", "compare", ["14.5", "15.9"], HTML, "Hear and treat",
  "Ambulance Table 5, Hear and treat: Holmbury Vale Sep 14.5% vs England Sep 15.9% – below.")
r("what's the TA budget for next year 2026-27", "Housing Table 6 is 2025-26 budget and forecast only.")
a("how many more CAS clinicians per shift are they aiming for", "lookup", ["28"], HTML, "Clinical Assessment Service clinicians from 22 to 28",
  "Ambulance action 3: increase CAS clinicians from 22 to 28 per shift at peak times (6 more).")
a("net weekly cost of a nightly paid TA placement", "lookup", ["182"], MD, "£182 a week",
  "Housing para 8.3: average net cost of a household in nightly-paid self-contained accommodation is £182 a week.")

assert len(Q) == 100, len(Q)
for i, q in enumerate(Q): q["id"] = fid(i+1)
if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "questions.jsonl"
    with open(out, "w") as f:
        for q in Q:
            d = {k: q[k] for k in ["id", "question", "type", "answerable", "expect", "cite", "note"]}
            if "follows" in q: d["follows"] = q["follows"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(q["type"] for q in Q))
