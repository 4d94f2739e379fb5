# Builds questions.jsonl for trial 24. Each entry: (question, type, expect, doc, contains, note[, follows-offset])
import json
P = "t24_capital_programme_q2_2025-26.pdf"
W = "t24_maternity_early_years_2024-25.docx"
H = "t24_cancer_waiting_times_sep2025.html"
M = "t24_air_quality_env_health_2024-25.md"

Q = []
def add(q, t, expect=None, doc=None, contains=None, note="", follows=None, operands=None):
    Q.append(dict(question=q, type=t, expect=expect or [], doc=doc, contains=contains, note=note, follows=follows, operands=operands or []))
def ref(q, note):
    add(q, "refusal", note=note)

add("whats the total budget for the quellbridge bridge scheme", "lookup", ["8,150"], P, "Quellbridge bridge strengthening",
    "Table 2, Quellbridge bridge strengthening row, Total scheme budget column: 8,150 (£000).")
ref("how much is budgeted for the quellbridge library refurb?", "No library refurbishment scheme in the capital programme (only the Old Faxholme library appears, as a disposal).")
add("smoking at delivery rate in faxholme 24/25", "lookup", ["11.9"], W, "Smoking at time of delivery (SATOD) by locality",
    "Table 3 SATOD, Faxholme row, 2024-25 column: 11.9%.")
add("what was 62 day cancer performance in july", "lookup", ["70.2"], H, "62-day referral to first treatment",
    "Table 1, 62-day row, Jul column: 70.2%.")
add("and in august?", "followup", ["64.8"], H, "62-day referral to first treatment",
    "Follow-up: Table 1, 62-day row, Aug column: 64.8%.", follows=-1)
add("no2 level at tannery row in 2024", "lookup", ["32.6"], M, "Tannery Row",
    "Table 1, BV03 Tannery Row, 2024: 32.6 µg/m³.")
ref("whats the pm2.5 reading on sarnley high street", "Sarnley High Street (BV12) is an NO2 diffusion tube only; PM2.5 is reported only for CM1, CM2 and four school sensors.")
add("how much has been spent so far this year on highways maintenance", "lookup", ["4,118"], P, "Highways structural maintenance",
    "Table 2, Highways structural maintenance, 2025-26 Spend to date: 4,118 (£000).")
add("how many births in wyvernmoth in 2024", "lookup", ["1,178"], W, "Live births and low birth weight",
    "Table 2, Wyvernmouth row, Live births 2024: 1,178.")
ref("how many midwife vacancies do we have at the moment", "The maternity report gives health visitor vacancies (6.4 WTE) but no midwifery vacancy figures.")
add("FDS for skin cancer in sept?", "lookup", ["87.4"], H, "28-day Faster Diagnosis Standard by tumour site",
    "Table 2, Skin row, September %: 87.4.")
add("which has more slippage this year - quellbridge bridge or the civic centre decarb?", "compare", ["1,800"], P, "Quellbridge bridge strengthening",
    "Table 2/3: Quellbridge bridge slippage (1,800) vs civic centre decarbonisation (1,550); the bridge is larger.")
add("breastfeeding rate at 6-8 wks in sarnley", "lookup", ["58.8"], W, "Breastfed at 6-8 weeks",
    "Table 4, Sarnley row, 6-8 weeks %: 58.8 (also in 7.1 prose).")
add("and faxholme?", "followup", ["38.1"], W, "Breastfed at 6-8 weeks",
    "Follow-up: Table 4, Faxholme row, 6-8 weeks %: 38.1.", follows=-1)
ref("62 day performance for october 2025?", "Cancer report covers April to September 2025 only.")
add("how many dog barking complaints were there in q3", "lookup", ["71"], M, "Dogs barking",
    "Table 6, Dogs barking row, Q3 (Oct-Dec): 71.")
add("what about construction?", "followup", ["38"], M, "Construction and demolition",
    "Follow-up: Table 6, Construction and demolition, Q3: 38.", follows=-1)
add("forecast for sarnley court extra care in 2026-27", "lookup", ["4,830"], P, "Sarnley Court extra care housing",
    "Table 2, Sarnley Court extra care housing, Future years 2026-27: 4,830 (£000), includes reprofiled 1,280.")
ref("what's the 2028-29 forecast for highways maintenance", "Capital forecasts only run to 2027-28.")
add("how many health vistor vacancies are there", "lookup", ["6.4"], W, "6.4 whole-time equivalent (WTE) health visitor vacancies",
    "Section 8.1: 6.4 WTE vacancies against establishment of 48.0 WTE.")
add("how many pts were waiting over 104 days on the ptl at 28 sept", "lookup", ["14"], H, "of which waiting over 104 days",
    "Table 6, over 104 days row, week ending 28 September: 14.")
add("did smoking in pregnancy go up or down in brindlecote last yr", "compare", ["10.3"], W, "Smoking at time of delivery (SATOD) by locality",
    "Table 3, Brindlecote: 9.8 (2023-24) to 10.3 (2024-25), went up; prose says Brindlecote rose in each of last two years.")
ref("FDS for lung cancer in june", "Tumour-site FDS (Table 2) is only given for July to September 2025; June is only reported for all sites.")
add("pm2.5 at the wyvernmouth harbour monitoring station 2024", "lookup", ["10.4"], M, "CM2 Wyvernmouth Harbour",
    "Table 2, CM2 Wyvernmouth Harbour PM2.5 annual mean, 2024: 10.4 (annualised); also 5.1 prose.")
add("whats the RAG on fleet decarbonisation", "lookup", ["amber"], P, "Fleet decarbonisation",
    "Table 2, Fleet decarbonisation row, RAG: Amber.")
add("new birth visits within 14 days - what % in Q2?", "lookup", ["93.5"], W, "New birth visit within 14 days",
    "Table 5, New birth visit within 14 days, Q2: 93.5%.")
add("what about the 2 year review?", "followup", ["73.6"], W, "Health visiting mandated contacts",
    "Follow-up: Table 5, 2-2½ year review, Q2: 73.6%.", follows=-1)
ref("what is the council's capital financing requirement", "CFR is mentioned in 7.1 (borrowing adds to it) but never quantified.")
add("how many urology patients were treated in sept on the 62 day pathway", "lookup", ["36.5"], H, "62-day referral to treatment by tumour site",
    "Table 3, Urology row, Patients treated: 36.5 (accountable).")
add("did noise complaints go up or down vs the year before", "compare", ["1,587", "1,619"], M, "noise complaints in 2024-25",
    "7.1 and Table 6: 1,587 in 2024-25 vs 1,619 in 2023-24, down by 32.")
ref("how many food places in quellbridge were rated 5 back in march 2024", "FHRS ratings are only given at 31 March 2025.")
add("what does SATOD mean", "define", ["smoking at time of delivery"], W, "SATOD (smoking at time of delivery)",
    "Section 3.2 definitions list.")
add("how much has been spent on the civic centre decarb so far this year", "lookup", ["74"], P, "Civic centre decarbonisation",
    "Table 2, Civic centre decarbonisation, Spend to date: 74 (£000).")
ref("who's the contractor on the wyvernmouth flood defence scheme?", "No contractor named for the seafront flood defence scheme.")
add("how many breaches were because of endoscopy capacity in q2", "lookup", ["33"], H, "Diagnostic capacity – endoscopy",
    "Table 5, Diagnostic capacity – endoscopy, Q2 2025-26: 33.")
add("sarnley court extra care - how much more do they expect to spend before year end?", "arithmetic", ["2,205"], P, "Sarnley Court extra care housing",
    "Table 2: 2025-26 forecast 5,120 less spend to date 2,915 = 2,205 (£000).", operands=["5,120", "2,915"])
add("how many abatment notices were served in 2023-24", "lookup", ["47"], M, "Noise abatement notices served",
    "Table 7, Noise abatement notices served, 2023-24: 47.")
ref("what's the stillbirth rate in brackwater vale", "Stillbirth is mentioned as an outcome of smoking in pregnancy (6.1) but no rate is given.")
add("how many women booked from outside the area last year", "lookup", ["231"], W, "Women living outside Brackwater Vale",
    "Table 1, Women living outside Brackwater Vale, 2024-25: 231 (also 4.1 prose).")
add("was FDS better in aug or sept", "compare", ["78.8"], H, "28-day Faster Diagnosis Standard",
    "Table 1: August 73.1%, September 78.8%; September better.")
ref("how many children's cancer patients breached 62 days", "No children's/paediatric tumour site in the 62-day table or breach analysis.")
add("what interest rate are they assuming for borrowing on the capital programme", "lookup", ["5.1"], P, "assumed interest rate of 5.1%",
    "Section 7.1: assumed interest rate 5.1%.")
add("GLD for free school meals kids in brackwater vale 24-25", "lookup", ["52.6"], W, "Children eligible for free school meals",
    "Table 6 FSM group, Brackwater Vale 2024-25: 52.6% (also 9.1 prose).")
ref("what's the gld for fsm children in faxholme?", "Locality figures for FSM children are not published (9.1 says numbers too small).")
add("how many food businesses in faxholme have a zero hygiene rating", "lookup", ["2"], M, "Food hygiene ratings by locality",
    "Table 4, Faxholme row, rating 0 column: 2.")
add("which tumour site had the most 62 day breaches in september", "aggregate", ["urology"], H, "Urology had the most breaches",
    "Table 3 / 6.2: Urology 15.5 breaches, highest.")
add("what's a PTL", "define", ["patient tracking list"], H, "PTL (patient tracking list)",
    "Section 3.1 definitions.")
ref("how much was spent on the capital programme in quarter 3", "Report is at Quarter 2 (30 September 2025); no Q3 spend.")
add("which directorate has the most slippage", "aggregate", ["Place and Environment"], P, "accounts for the largest amount of slippage",
    "Section 4.2 and Table 1: Place and Environment slippage (3,600) is the largest.")
add("what % of women booked by 10 weeks of pregnancy in 24-25", "lookup", ["61.4"], W, "61.4% of women booked by 10 weeks",
    "Section 4.2 prose: 61.4% (57.9% in 2023-24, region 63.0%).")
ref("how many fixed penalty notices were given out for noise", "Table 7 lists warnings, abatement notices, seizures, CPNs and prosecutions; no fixed penalty notices.")
add("how many catagory D food inspections are still outstanding", "lookup", ["167"], M, "Food hygiene inspection programme by risk category",
    "Table 5, category D row, Outstanding at 31 March 2025: 167.")
add("is our breastfeeding rate at 6-8 weeks better or worse than the region", "compare", ["46.4", "49.6"], W, "infants reviewed were totally or partially breastfed",
    "7.1 and Table 4: Brackwater Vale 46.4% vs region 49.6%, worse (Amber).")
ref("62 day performance for patients referred from screening", "Screening referrals are mentioned in the definitions but no separate screening performance is reported.")
add("how many harm reviews were done in q2", "lookup", ["27"], H, "27 harm reviews were completed",
    "Section 8.2: 27 reviews, 25 no harm, 2 low harm.")
add("how much are we hoping to get from selling the kettle lane land", "lookup", ["2,100"], P, "Land at Kettle Lane",
    "Table 5, Land at Kettle Lane, estimated receipt 2,100 (£000), 2026-27.")
add("how many fewer bookings in quellbridge in 24-25 compared to 22-23", "arithmetic", ["61"], W, "Antenatal bookings by locality of residence",
    "Table 1, Quellbridge: 1,412 (2022-23) - 1,351 (2024-25) = 61.", operands=["1,412", "1,351"])
ref("smoking at time of delivery rate for 2021-22", "SATOD given only for 2022-23 to 2024-25.")
add("were there any noise prosecutions in 2024-25", "yesno", ["no"], M, "Noise enforcement action, 2022-23 to 2024-25",
    "Table 7, Prosecutions 2024-25: – (none); 1 in 2022-23 and 2 in 2023-24.")
add("what's the total number of 62 day breaches across q1 and q2", "arithmetic", ["318"], H, "Total breaches",
    "Table 5 Total breaches: Q1 158.5 + Q2 159.5 = 318.", operands=["158.5", "159.5"])
ref("whats the FDS performance for the region in september", "Only regional 62-day performance (71.6%) is given; no regional FDS figure.")
add("is no2 at orrin way higher or lower than brindlecote market place in 2024", "compare", ["34.7"], M, "Orrin Way roundabout",
    "Table 1, 2024: Orrin Way roundabout 34.7 vs Brindlecote Market Place 29.4; Orrin Way higher.")
add("what is cabinet being asked to approve / agree in the capital report", "list", ["reprofiling", "contingency", "recycling centre"], P, "approve the reprofiling of",
    "Section 2.1 recommendations: note outturn; approve reprofiling £8.9m; approve £850,000 contingency; add Faxholme HWRC scheme; note receipts.")
ref("how many babies were born in wyvernmouth in 2022", "Live births are given for 2023 and 2024 only.")
add("what was 31 day performance for radiotherapy in q1", "lookup", ["92.0"], H, "31-day decision to treat to treatment",
    "Table 4, Radiotherapy, Q1 %: 92.0 (160 of 174).")
add("what's the air quality monitoring budget for next year", "lookup", ["86,000"], M, "air quality monitoring budget for 2025-26",
    "Section 9.1: £86,000 including £31,000 Defra grant.")
ref("what is the no2 reading at faxholme high street", "No Faxholme High Street site; the only Faxholme NO2 site is the primary school gate (BV14).")
add("which locality has the worst school readiness", "aggregate", ["Faxholme"], W, "Children achieving a good level of development",
    "Table 6, All children 2024-25: Faxholme 61.5% is lowest.")
add("how much slippage is there on the SEND resource bases", "lookup", ["1,250"], P, "SEND resource bases",
    "Table 2 variance / Table 3 slippage: (1,250) (£000).")
ref("how long are people waiting on average for a colonoscopy", "Colonoscopy waits are mentioned as a cause of lower GI delays but never quantified.")
add("list the improvement actions in the cancer report", "list", ["straight-to-test", "weekend endoscopy", "prostate MRI", "teledermatology"], H, "weekend endoscopy lists",
    "Section 10.1 bullets (also post-menopausal bleeding clinic).")
add("whats an AQMA", "define", ["air quality management area"], M, "declare an Air Quality Management Area (AQMA)",
    "Section 3.1 defines AQMA.")
ref("how many noise complaints did we get in q1 of 2023-24", "Only the 2023-24 annual totals are given, not quarterly figures.")
add("did the new birth visit hit target in q4", "yesno", ["yes"], W, "New birth visit within 14 days",
    "Table 5: Q4 96.1% vs 95% target, Green; key messages also say target met in Q4.")
add("which did better on 62 days in sept, breast or skin", "compare", ["92.1"], H, "62-day referral to treatment by tumour site",
    "Table 3: Breast 92.1% vs Skin 90.2%; breast better.")
ref("what's the RAG rating for the faxholme recycling centre scheme", "The HWRC scheme is only proposed for addition from Q3 (recommendations); it is not in Table 2 and has no RAG.")
add("how many schemes slipped and which ones", "list", ["Sarnley Court", "SEND", "Quellbridge bridge", "active travel", "Fleet", "Wyvernmouth town centre", "Civic centre"], P, "Proposed reprofiling of 2025-26 budgets",
    "Table 3 lists the seven schemes with slippage (6.1 says seven schemes).")
add("how much has pm2.5 dropped at the quellbridge road station since 2022", "arithmetic", ["1.6"], M, "CM1 Quellbridge Road",
    "Table 2, CM1 PM2.5: 11.4 (2022) - 9.8 (2024) = 1.6 µg/m³.", operands=["11.4", "9.8"])
ref("how many pest control call outs were there last year", "Pest control is not covered (only a cockroach infestation at one food business is mentioned).")
add("what are the main risks to the capital programme", "summary", ["inflation", "interest", "contractor"], P, "construction inflation: tender prices",
    "Section 10.1 risks: construction inflation, interest rates, capital receipts, contractor capacity, grant conditions.")
add("percentage point fall in faxholme smoking at delivery from 22-23 to 24-25", "arithmetic", ["2.7"], W, "Smoking at time of delivery (SATOD) by locality",
    "Table 3, Faxholme: 14.6 - 11.9 = 2.7 points.", operands=["14.6", "11.9"])
ref("how many endoscopy lists got cancelled in september", "Only the plan to add six weekend lists a month is given; no cancellations reported.")
add("did the trust meet the 31 day standard in any month apr-sep", "yesno", ["no"], H, "31-day standard was not met in any month",
    "Exec summary bullet and Table 1: 31-day 94.2-95.8% vs 96%, never met.")
add("how many noise complaints in the first half of the year (q1 and q2 together)", "arithmetic", ["896"], M, "All complaints",
    "Table 6 All complaints: Q1 409 + Q2 487 = 896.", operands=["409", "487"])
ref("what's the teenage pregnancy rate in sarnley", "Teenage conceptions are not covered in the maternity report.")
add("which part of the maternity paper covers health visitor staffing", "section", ["8"], W, "6.4 whole-time equivalent (WTE) health visitor vacancies",
    "Section 8 Health visiting mandated contacts, para 8.1 gives vacancies/establishment.")
add("whats the revised capital budget for childrens services this year", "lookup", ["12,900"], P, "Children's Services",
    "Table 1, Children's Services, revised budget 12,900 (£000); Table 2 subtotal same.")
ref("how many s106 contributions are coming from the sarnley green development", "S106 and CIL are given only as a funding total in Table 4, not by development.")
add("what was the trust's regional ranking for 62 day", "lookup", ["14"], H, "ranked 14th of the 19 trusts",
    "Section 4.2: 14th of 19 trusts in the region, year to date.")
add("what are the recommendations in the air quality report", "list", ["Wyvernmouth", "food hygiene", "licensed premises"], M, "support keeping the Wyvernmouth Harbour Street AQMA",
    "Section 2.1 bullets: note AQ results; keep Wyvernmouth AQMA under review; note food inspection performance/backlog; note rise in licensed premises noise complaints.")
ref("what's the no2 annual mean at BV09 quayside roundabout for 2024", "BV09 had 58% data capture; the 2024 value is n/a and no annual mean is reported.")
add("which locality has the most food businesses waiting for an inspection", "aggregate", ["Wyvernmouth", "34"], M, "Food hygiene ratings by locality",
    "Table 4, Awaiting inspection column: Wyvernmouth 34 is highest.")
add("what actions are planned for best start in life in 2025-26", "list", ["tobacco dependence", "peer supporters", "Baby Friendly", "early booking"], W, "infant feeding peer supporters",
    "Section 10.1 bullets (also 2-2½ year review in Family Hubs).")
ref("how much housing revenue account capital spend has there been so far", "The programme is general fund schemes only; HRA capital is not reported.")
add("31 day for surgery - did it improve from q1 to q2?", "compare", ["91.7"], H, "31-day decision to treat to treatment",
    "Table 4, Surgery: Q1 90.6% to Q2 91.7%, improved (still below 96%).")
add("which section of the cancer paper is about the tracking list", "section", ["9"], H, "Cancer patient tracking list",
    "Section 9 'Cancer patient tracking list' with Table 6.")
add("is the active travel grant at risk if the scheme slips any further", "yesno", ["yes"], P, "would put £2.9m of grant at risk",
    "Section 6.2: grant must be spent by 31 March 2027; further delay puts £2.9m at risk.")
add("what time does the out of hours noise team work", "lookup", ["9pm", "2am"], M, "Friday and Saturday nights from 9pm",
    "Section 7.2: Friday and Saturday nights 9pm to 2am.")
ref("breastfeeding at 6 to 8 weeks in quellbridge for 2023-24", "6-8 week breastfeeding is given only for 2024-25; only initiation has a 2023-24 column.")
ref("what's the no2 level at the brindlecote infants school", "Brindlecote Infants has an indicative PM2.5 sensor only; no NO2 result is given for it.")

from collections import Counter; print(len(Q), Counter(q["type"] for q in Q))
assert len(Q) == 100, len(Q)
out = []
for i, q in enumerate(Q, start=1):
    o = {"id": f"T24_{i:03d}", "question": q["question"], "type": q["type"], "answerable": q["type"] != "refusal",
         "expect": q["expect"], "cite": ({"doc": q["doc"], "contains": q["contains"]} if q["type"] != "refusal" else None),
         "note": q["note"]}
    if q["follows"]:
        o["follows"] = f"T24_{i + q['follows']:03d}"
    out.append(o)
with open("/work/trials_new/trial24/questions.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
json.dump({f"T24_{i:03d}": q["operands"] for i, q in enumerate(Q, start=1) if q["operands"]}, open("/tmp/t24_operands.json", "w"))
from collections import Counter
print(Counter(o["type"] for o in out))
