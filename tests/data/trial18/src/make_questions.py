"""Write questions.jsonl for trial 18."""
import json

P = "t18_childrens_scorecard.pdf"
W = "t18_adult_care_fee_rates.docx"
H = "t18_immunisation_screening.html"
M = "t18_housing_homelessness_q3.md"

Q = []


def a(q, typ, expect, doc, contains, note, follows=None):
    d = {"question": q, "type": typ, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    Q.append(d)
    return len(Q)


def r(q, note):
    Q.append({"question": q, "type": "refusal", "answerable": False, "expect": [], "cite": None, "note": note})


def fid(n):
    return f"T18_{n:03d}"


# 1-10
a("how many referrals did childrens social care get in november", "lookup", ["1,043"], P,
  "Referrals received", "Table 1 scorecard, Referrals received row, Nov column = 1,043.")
r("what was the re-referral rate in march 2025?",
  "Near miss (period): the monthly scorecard runs April to December 2025 only; no March 2025 figure.")
a("proposed hourly rate for standard home care next yr?", "lookup", ["25.65"], W,
  "Standard home care", "Table 2 fee rates, Standard home care, 2026-27 (proposed) = £25.65 per hour; also in summary.")
a("mmr2 coverage at 5 yrs in q4", "lookup", ["87.3"], H,
  "MMR, dose 2 (by 5 years)", "Table 1 childhood immunisations, MMR dose 2 (by 5 years), Q4 = 87.3%.")
r("how many households were in temp accommodation in march 2025",
  "Near miss (period): Table 3 gives TA at 30 June, 30 Sept and 31 Dec 2025 only; no March 2025 figure.")
a("whats the re-referral % in august", "lookup", ["24.2"], P,
  "Re-referrals within 12 months (%)", "Table 1, Re-referrals within 12 months (%), Aug = 24.2.")
a("how many B&B placements were there at end of sept", "lookup", ["37"], M,
  "Bed and breakfast (shared facilities)", "Table 3 TA by type, Bed and breakfast (shared facilities), 30 September 2025 = 37.")
r("cp plan rate for kelmsby district?",
  "Near miss (place): there is no Kelmsby district; Table 3 covers Brackenhold, Copperhythe, Lanvarrow, Drennock, Ferrowby, Oswick Marsh.")
a("what was the nursing dementia weekly fee back in 2024-25", "lookup", ["856"], W,
  "Nursing - dementia", "Table 2 fee rates, Nursing - dementia, 2024-25 = £856.00 per week.")
a("bowel screening uptake 2024/25?", "lookup", ["69.3"], H,
  "Bowel screening", "Table 5 screening, Bowel screening uptake aged 50 to 74, 2024-25 = 69.3%; also prose.")

# 11-20
a("no. of kids in care at end of december", "lookup", ["718"], P,
  "Children in care (month end)", "Table 1 Children in care (month end), Dec = 718; also section 6 prose and Table 4 total.")
a("agency social worker % in april?", "lookup", ["22.5"], P,
  "Agency social workers (%)", "Table 1 Workforce, Agency social workers (%), Apr = 22.5.")
a("and by december?", "followup", ["18.1"], P,
  "Agency social workers (%)", "Follow-up to agency rate: Dec = 18.1 (Table 1; also summary bullet).", follows=None)
r("how many children went missing from care this year",
  "Near miss (unquantified measure): missing children are said to be reviewed weekly at the exploitation panel but no number is given.")
a("how many vacant care home beds are there in copperhythe", "lookup", ["58"], W,
  "Copperhythe", "Table 4 providers/beds by district, Copperhythe, Vacant beds = 58.")
r("what was the hourly home care rate in 2023-24",
  "Near miss (period): the fee rate table starts at 2024-25 (22.40); no 2023-24 rate is given.")
a("flu jab uptake for over 65s in copperhythe", "lookup", ["80.9"], H,
  "Copperhythe", "Table 2 coverage by locality, Copperhythe, Flu aged 65+ = 80.9%.")
a("relief duties owed q2", "lookup", ["203"], M,
  "Relief duty owed", "Table 1 approaches and duties, Relief duty owed, Q2 = 203.")
a("were referrals higher in q2 or q3", "compare", ["3,062"], P,
  "Total referrals", "Q3 3,062 vs Q2 2,962 (Table 2 Total referrals; prose section 4): Q3 higher.")
r("whats the social worker vacancy rate in childrens services",
  "Near miss (measure): the children's scorecard gives agency % and caseloads, not a social worker vacancy rate; the vacancy rates in the adult paper are for care workers, nurses and managers in the independent sector.")

# 21-30
a("what % of assessments were done within 45 days in october", "lookup", ["85.3"], P,
  "Assessments within 45 working days (%)", "Table 1, Assessments within 45 working days (%), Oct = 85.3.")
a("turnover rate for registered nurses 24/25", "lookup", ["27.5"], W,
  "Registered nurses", "Table 1 workforce, Registered nurses, Turnover rate 2024-25 = 27.5%.")
r("sickness absence rate for care staff?",
  "Near miss (unquantified): the adult care paper says providers report sickness absence has increased but no local data are collected.")
a("how many measles cases were there in 2024-25", "lookup", ["14"], H,
  "14 confirmed cases of measles", "Section 3 prose: 14 confirmed measles cases in 2024-25 (11 in Drennock).")
r("mmr coverage in 2022-23?",
  "Near miss (period): childhood immunisation table gives 2023-24 and 2024-25 only; the 2022-23 column is only in the school-age table, which has no MMR row.")
a("forecast outturn for PSL accommodation", "lookup", ["1,160"], M,
  "Private sector leased accommodation", "Table 4 budget, Private sector leased accommodation, Forecast outturn = 1,160 (£000).")
a("cervical screening coverage for 25-49 year olds in drennock", "lookup", ["63.8"], H,
  "Drennock", "Table 6 cancer screening by locality, Drennock, Cervical aged 25 to 49 = 63.8%.")
a("what about lanvarrow", "followup", ["71.9"], H,
  "Lanvarrow", "Follow-up: Table 6, Lanvarrow, Cervical coverage aged 25 to 49 = 71.9%.")
r("how many kids are on cp plans for sexual abuse",
  "Near miss (breakdown not given): only neglect (241) and emotional abuse (167) are quantified; no sexual abuse figure.")
a("number of children in IFA placements at 31 dec", "lookup", ["181"], P,
  "Independent fostering agency (IFA)", "Table 4 placements, Independent fostering agency (IFA), 31 December 2025 Number = 181.")

# 31-40
a("how many cqc inadequate services are there", "lookup", ["5"], W,
  "All services", "Table 5 CQC ratings, All services, Inadequate = 5 (also prose 'Five services are rated Inadequate').")
a("which district has the higher care home vacancy rate, lanvarrow or oswick marsh", "compare",
  ["Oswick Marsh", "11.1"], W, "Oswick Marsh", "Table 4: Oswick Marsh 11.1% vs Lanvarrow 10.1%.")
r("fnc rate per week?",
  "Near miss (figure mentioned but not given): nursing rates exclude NHS-funded nursing care, which the ICB pays, but the FNC amount is not stated.")
a("what's the acceptable threshold for AAA screening", "lookup", ["75"], H,
  "Abdominal aortic aneurysm (AAA) screening", "Table 5, AAA screening, Acceptable threshold = 75.0%.")
a("how many households were in TA at 30 june", "lookup", ["257"], M,
  "Total households in temporary accommodation", "Table 3 total at 30 June 2025 = 257; also summary.")
a("how many of those had kids", "followup", ["142"], M,
  "of which: households with children", "Follow-up: Table 3, of which households with children at 30 June 2025 = 142.")
r("covid jab uptake among care home staff",
  "Near miss (cohort): Table 4 gives COVID-19 uptake for people 75+ and care home residents only, not staff.")
a("cp plan rate per 10k in ferrowby", "lookup", ["32.1"], P,
  "Ferrowby", "Table 3 district table, Ferrowby, CP rate per 10,000 = 32.1.")
a("what does NIPE stand for", "define", ["newborn and infant physical examination"], H,
  "Newborn and infant physical examination", "Glossary and Table 5 row: NIPE = newborn and infant physical examination.")
a("how many more children in care in dec compared to april", "arithmetic", ["30"], P,
  "Children in care (month end)", "Table 1 Children in care (month end): Dec 718 - Apr 688 = 30.")

# 41-50
r("how many households has drennock placed out of borough",
  "Near miss (unquantified): out-of-borough TA placements are mentioned as reviewed monthly but no number is given.")
a("is corvenshire's repeat cp plan rate better or worse than stat neighbours", "compare", ["24.6", "22.3"], P,
  "Second or subsequent CP plans (%)", "Table 5: Corvenshire 24.6% vs statistical neighbours 22.3% - worse (higher).")
a("how many responses did the council get to the fee consultation", "lookup", ["41"], W,
  "The council received 41 responses", "Section 9 prose: 41 responses (17 home care, 19 care homes, 5 other).")
r("whats the MSIF grant for 2024-25",
  "Near miss (period): MSIF is given for 2025-26 (£6.82m) and 2026-27 (£7.14m) only.")
a("did B&B spend go up between q1 and q2", "compare", ["512", "598"], M,
  "Bed and breakfast and nightly paid accommodation", "Table 4: Q1 512 -> Q2 598 (£000), so it rose.")
a("weekly cost of a private childrens home placement?", "lookup", ["6,850"], P,
  "average weekly cost of a private", "Section 6 prose: average weekly cost of a private children's home placement £6,850.")
r("lung cancer screening uptake in corvenshire",
  "Near miss (programme): the report covers breast, cervical and bowel cancer screening only.")
a("how much more per hour is rural home care than standard for 26/27", "arithmetic", ["1.70"], W,
  "Rural home care", "Table 2 2026-27 proposed: rural £27.35 - standard £25.65 = £1.70.")
a("which district has the most kids on cp plans", "aggregate", ["Brackenhold"], P,
  "Brackenhold", "Table 3: Brackenhold 121 CP plans, the highest (also prose).")
a("is rotavirus coverage better or worse than last year", "compare", ["89.9", "90.4"], H,
  "Rotavirus, dose 2", "Table 1: annual 2024-25 89.9% vs 2023-24 90.4% - lower/worse.")

# 51-60
r("how many adoption orders were granted this year",
  "Near miss (measure): only children 'placed for adoption' (23 at 31 Dec) are given; adoption orders are not reported.")
a("what are the recommendations in the childrens scorecard report", "list",
  ["timeliness", "agency", "sufficiency"], P, "Request a further report on placement sufficiency",
  "Section 10: note performance; note assessment timeliness improvement; endorse actions on agency social workers; request report on placement sufficiency/fostering in July 2026.")
a("how many care leavers aged 22-25 are in eet", "lookup", ["57"], P,
  "Aged 22 to 25", "Table 6 care leavers, Aged 22 to 25, In EET Number = 57.")
r("how many households are in temporary accommodation in ferrowby",
  "Near miss (place): the housing paper is Drennock Borough Council only; no Ferrowby housing figures.")
a("residential care older people weekly rate 2025-26?", "lookup", ["798"], W,
  "Residential - older people", "Table 2: Residential - older people, 2025-26 = £798.00 per week.")
a("and whats proposed for 26/27", "followup", ["846"], W,
  "Residential - older people", "Follow-up: Residential - older people 2026-27 proposed = £846.00 (+6.0%).")
a("is corvenshire hpv uptake for girls higher than england", "compare", ["73.9", "72.9"], H,
  "HPV Year 8 girls", "Table 2 locality table: Corvenshire 73.9% vs England 72.9% - yes, higher.")
r("q4 prevention duties?",
  "Near miss (period): housing update covers Q1-Q3 2025-26 only; no Quarter 4 figures.")
a("how many pregnant women got the flu vaccine", "lookup", ["2,596"], H,
  "Pregnant women", "Table 4 adult vaccination, Seasonal flu, Pregnant women, Vaccinated = 2,596 (37.4%).")
a("total police + health referrals in q3 combined", "arithmetic", ["1,391"], P,
  "Police", "Table 2: Q3 Police 844 + Health services 547 = 1,391.")

# 61-70
r("average length of stay in b&b",
  "Near miss (measure): only the count of families in B&B over 6 weeks is given; no average stay length.")
a("what issues did providers raise in the consultation on fees", "list",
  ["nursing", "National Insurance", "invoices", "dementia"], W, "the time taken to pay invoices",
  "Section 9 bullet list: cost gap esp. nursing; employer NI; invoice payment time; enhanced complex dementia rate.")
a("how much housing benefit subsidy came in during q3", "lookup", ["346"], M,
  "Housing benefit subsidy on temporary accommodation", "Table 4: Housing benefit subsidy on TA, Q3 = (346) £000 income.")
r("occupational therapist turnover in adult social care",
  "Near miss (staff group): Table 5 covers care workers, senior care workers, registered nurses, registered managers only.")
a("which role has the highest vacancy rate in adult care (2024-25)", "aggregate", ["registered nurses"], W,
  "Registered nurses", "Table 1: Registered nurses 12.8% is highest in 2024-25 (also prose).")
a("is the re-referral rate hitting target in dec", "yesno", ["yes"], P,
  "Re-referrals within 12 months (%)", "Table 1: Dec 19.8% vs target 20.0% (lower is better), RAG Green; summary says within target.")
r("breast screening coverage in q3",
  "Near miss (period): screening figures are annual (2023-24, 2024-25) only; no quarterly breakdown.")
a("gap between corvenshire and england for mmr dose 2 at age 5", "arithmetic", ["2.6"], H,
  "MMR, dose 2 (by 5 years)", "Table 1: Corvenshire 86.5 - England 83.9 = 2.6 percentage points.")
a("what's the relief duty", "define", ["already homeless"], M,
  "Relief duty", "Section 3 definitions: duty to help a household that is already homeless to secure accommodation for 6+ months; normally 56 days.")
r("how many UASC were in care in march 2025",
  "Near miss (period): 46 UASC is given only at 31 December 2025.")

# 71-80
a("rough sleeping count q3", "lookup", ["11"], M,
  "People sleeping rough (quarterly snapshot count)", "Table 5 KPIs: People sleeping rough, Q3 = 11 (target 5, Red).")
a("stat neighbour average for children in care rate", "lookup", ["68.9"], P,
  "CiC rate per 10,000", "Table 5 benchmarking: CiC rate per 10,000, statistical neighbours (2024-25) = 68.9.")
r("how many cqc outstanding services are in brackenhold",
  "Near miss (breakdown): CQC ratings are given by service type only, not by district.")
a("list the actions planned for 25-26 to boost vaccine uptake", "list",
  ["catch-up", "reminders", "consent", "Traveller", "sexual health"], H, "Text message and telephone reminders",
  "Section 9 actions: MMR catch-up in Drennock/Brackenhold; text/phone reminders; SAIS consent review; GRT outreach; cervical screening in sexual health clinics/GP hubs.")
a("did care worker turnover go up or down from 23-24 to 24-25", "compare", ["31.4", "28.7"], W,
  "Care workers", "Table 1: Care workers turnover 31.4% (2023-24) -> 28.7% (2024-25), down.")
r("vaccination rates for looked after children?",
  "Near miss (unquantified): uptake among children looked after is monitored but explicitly not reported.")
a("what is MSIF", "define", ["Market Sustainability and Improvement Fund"], W,
  "Market Sustainability and Improvement Fund", "Section 3: Market Sustainability and Improvement Fund, ring-fenced government grant for fees and workforce.")
a("whats the total spent on rough sleeping outreach so far this year", "arithmetic", ["302"], M,
  "Rough sleeping outreach and support", "Table 4: Q1 97 + Q2 101 + Q3 104 = 302 (£000).")
r("whats the homelessness budget for 2026-27",
  "Near miss (period): only the 2025-26 budget and forecast are given; 2026-27 is mentioned only as uncertain grant.")
a("which screening programmes are below the acceptable threshold", "aggregate", ["cervical"], H,
  "Below acceptable", "Table 5: only cervical screening (aged 25-49 and 50-64) is 'Below acceptable'.")

# 81-90
a("is the proposed home care rate above the cost of care median", "yesno", ["no"], W,
  "Standard home care (per hour)", "Table 3: £25.65 proposed vs £26.40 median, difference (0.75) - below.")
r("average hourly pay for senior care workers",
  "Near miss (staff group): only the median care worker pay (£12.60) is given; no senior care worker pay.")
a("which section of the fee paper covers workforce", "section", ["5"], W,
  "An estimated 9,800 people work", "Section 5 'Workforce' holds the workforce narrative and Table 1 (vacancy and turnover by role).")
a("did the rsv programme hit its target", "yesno", ["yes"], H,
  "RSV, adults aged 75 to 79", "Table 4: RSV 62.2% vs 60.0% ambition, Ambition met = Yes.")
r("shingles uptake in lanvarrow?",
  "Near miss (breakdown): shingles uptake is only given for Corvenshire overall (48.2%), not by locality.")
a("what are the main risks to childrens services performance", "summary",
  ["workforce", "placement", "front door", "repeat"], P, "Placement sufficiency: the shortage",
  "Section 9 risks: workforce stability; placement sufficiency; demand at the front door; repeat CP plans.")
a("is drennock meeting its target for households in TA", "yesno", ["no"], M,
  "Households in temporary accommodation (quarter end)", "Table 5 KPIs: Q3 298 vs target 250, RAG Red.")
r("how many rough sleepers were there in q3 last year",
  "Near miss (period): rough sleeping snapshot counts are given for Q1-Q3 2025-26 only; the last-year column exists only in Table 1 (approaches/duties).")
a("domestic abuse cases owed relief duty?", "lookup", ["41"], M,
  "Domestic abuse", "Table 6 reasons, Domestic abuse, Relief duty = 41 (also prose).")
a("% increase in shared lives rate from 24-25 to 26-27", "arithmetic", ["11"], W,
  "Shared Lives", "Table 2: Shared Lives £410 (2024-25) -> £455 (2026-27): 45/410 = 11.0%.")

# 91-100
r("what's the average cost of an in-house foster placement per week",
  "Near miss (measure): only private children's home (£6,850) and IFA (£1,020) weekly costs are given.")
a("what risks are flagged in the housing paper", "list",
  ["evictions", "nightly paid", "Prevention Grant", "legal challenge"], M,
  "Uncertainty over the level of Homelessness Prevention Grant",
  "Section 10 risks: PRS evictions; nightly paid costs not covered by subsidy; Homelessness Prevention Grant uncertainty; legal challenge over families in B&B >6 weeks.")
a("budget for learning disability 2026-27 (£000)", "lookup", ["67,060"], W,
  "Learning disability", "Table 6: Learning disability, 2026-27 budget = 67,060 (£000).")
r("uptake of flu vaccine among gypsy roma traveller families",
  "Near miss (unquantified): uptake is 'thought to be considerably lower' but reliable data are not available.")
a("which quarter had the most households coming for help", "compare", ["701"], M,
  "Households approaching for help", "Table 1: Q1 612, Q2 655, Q3 701 - Q3 highest.")
a("what's the most common reason for homelessness overall in q3", "aggregate", ["private rented tenancy"], M,
  "End of private rented tenancy", "Table 6: End of private rented tenancy, total 159 (28.6%), the largest.")
a("quick summary of the homelessness update pls", "summary", ["298", "590"], M,
  "forecast to overspend by £590k", "Section 2 summary: 1,968 approaches, TA 298 vs target 250, 7 families in B&B >6 weeks, £590k forecast overspend, 64.7% prevention success.")
a("which groups are prioritised in the immunisation inequalities plan", "list",
  ["deprived", "Gypsy", "migrants", "learning disability", "pregnant"], H, "recently arrived migrants and asylum seekers",
  "Section 8 list of five priority groups.")
r("how many people are waiting for a home care package",
  "Near miss (unquantified): the paper says the number waiting has reduced but gives no figure.")
a("how much a week does a b&b placement cost the council", "lookup", ["385"], M,
  "average weekly cost to the council", "Section 6 prose: average weekly cost of a B&B placement £385 (vs £210 PSL).")

# fix follow-up links: a follow-up follows the preceding question
for i, q in enumerate(Q):
    q_id = fid(i + 1)
    q_ = {"id": q_id}
    q_.update(q)
    Q[i] = q_
for i, q in enumerate(Q):
    if q["type"] == "followup":
        q["follows"] = Q[i - 1]["id"]

with open("/work/trials_new/trial18/questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q))
from collections import Counter
print(Counter(q["type"] for q in Q))
print(Counter(q["cite"]["doc"] if q["cite"] else "refusal" for q in Q))
