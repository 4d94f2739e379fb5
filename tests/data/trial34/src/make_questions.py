"""Writes ../questions.jsonl (100 lines) and computed.json (operands for computed answers)."""
import json
import os
import random

HERE = os.path.dirname(__file__)
PDF = "t34_elective_cancer_waits.pdf"
DOCX = "t34_children_sufficiency_update.docx"
HTML = "t34_highways_asset_management.html"
MD = "t34_unpaid_carers_progress.md"


def q(question, type_, expect, doc, contains, note, calc=None, follows=None):
    d = {"question": question, "type": type_, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["_follows"] = follows
    if calc:
        d["_calc"] = calc
    return d


def r(question, note):
    return {"question": question, "type": "refusal", "answerable": False, "expect": [], "cite": None, "note": note}


# calc: {"op": expression over a,b,c...; "operands": {name: [context phrase, value as printed]}, "dp": n}
# or {"op": "argmax"/"argmin", "operands": [[label, value], ...]}
# or {"op": "count_in", "operands": [[label, value], ...], "set": [...]}

# ----------------------------------------------------------------------------- units (pairs kept together)
U = []

# ---------------- PDF: elective care and cancer waits
U.append([q("how many people are waiting for trauma and orthopaedics at the moment?", "lookup", ["8,916"], PDF,
            "Trauma & Orthopaedics¹", "Table 1, row Trauma & Orthopaedics¹, column Total waiting (31 Oct 2025)")])
U.append([q("what % of ophthalmolgy patients have waited under 18 weeks", "lookup", ["67.9"], PDF, "Ophthalmology²",
            "Table 1, row Ophthalmology², column % within 18 weeks (4,893 of 7,204)")])
U.append([q("lung cancer - how are we doing on the 28 day faster diagnosis standard?", "lookup", ["76.8"], PDF,
            "Lung", "Table 4, row Lung, Faster Diagnosis Standard % (109 of 142 told within 28 days, Sept 2025)")])
U.append([q("when did the new elective hub in kestlow open", "lookup", ["July 2025"], PDF,
            "Kestlow Elective Hub, which opened in July 2025", "Prose only: para 4.4 bullet list")])
U.append([q("How many tests did the Tellingford CDC do in October?", "lookup", ["9,840"], PDF,
            "Tellingford Community Diagnostic Centre (CDC) delivered 9,840", "Prose only: para 5.3")])
U.append([q("median wait for dermatology?", "lookup", ["13.0"], PDF, "Dermatology",
            "Table 1, row Dermatology, column Median wait (weeks) = 13.0")])
U.append([q("how many pathways have been taken off the waiting list through validation since april", "lookup",
            ["6,212"], PDF, "removed 6,212", "Prose only: para 3.3 (reviewed 24,870, removed 6,212)")])
U.append([q("number of patients waiting over 65 weeks at the end of oct", "lookup", ["206"], PDF,
            "of which 65+ weeks", "Table 2, row 'of which 65+ weeks', column Oct (Quarter 3); also para 4.2"),
          q("and in april?", "followup", ["412"], PDF, "of which 65+ weeks",
            "Table 2, row 'of which 65+ weeks', column Apr (Quarter 1)", follows=-1)])
U.append([q("how many spinal surgery pathways came over from the regional service?", "lookup", ["1,340"], PDF,
            "spinal surgery pathways transferred", "Footnote ¹ under Table 1 (attached to Trauma & Orthopaedics¹)")])
U.append([q("which is worse on the 62 day standard right now, urology or gynae cancers?", "compare",
            ["57.6", "66.7"], PDF, "Urological",
            "Table 4, 62-day %: Urological 57.6 (Red) vs Gynaecological 66.7 (Amber) -> urology worse")])
U.append([q("have outpatient follow ups gone up or down compared to the same months last year?", "compare",
            ["5,445"], PDF, "Outpatient follow-ups",
            "Table 5: 171,325 (2024-25 Apr–Oct) -> 165,880 (2025-26 Apr–Oct); Change (5,445), Var % (3.2%) -> down")])
U.append([q("by how much did the 52 week waiters drop between june and september", "arithmetic", ["282"], PDF,
            "52+ week waiters", "Table 2, row 52+ week waiters: Jun 3,042 - Sep 2,760 = 282",
            calc={"op": "a-b", "dp": 0, "operands": {"a": ["52+ week waiters", "3,042"],
                                                     "b": ["52+ week waiters", "2,760"]}})])
U.append([q("how far off the october plan are we on 18 weeks, in percentage points?", "arithmetic", ["1.4"], PDF,
            "October plan of 63.0%", "Para 3.1: plan 63.0% - actual 61.6% = 1.4 percentage points",
            calc={"op": "a-b", "dp": 1, "operands": {"a": ["October plan of", "63.0%"],
                                                     "b": ["had waited less than 18 weeks", "61.6"]}})])
RTT52 = [("General Surgery", "214"), ("Trauma & Orthopaedics¹", "731"), ("Ophthalmology²", "122"),
         ("Ear, Nose & Throat (ENT)", "268"), ("Urology", "147"), ("Gynaecology", "196"), ("Oral Surgery", "242"),
         ("Plastic Surgery", "58"), ("Vascular Surgery", "9"), ("Cardiology", "61"), ("Gastroenterology", "175"),
         ("Dermatology", "88"), ("Respiratory Medicine", "34"), ("Neurology", "119"), ("Rheumatology", "22"),
         ("Geriatric Medicine", "–"), ("Other specialties", "41")]
U.append([q("which specialty has the most people waiting more than a year?", "aggregate", ["Orthopaedics", "731"],
            PDF, "Trauma & Orthopaedics¹", "Table 1, column 52+ weeks, max over specialty rows: Trauma & "
            "Orthopaedics 731 (next ENT 268)", calc={"op": "argmax", "operands": [list(x) for x in RTT52]})])
U.append([q("what are the main risks to delivering the elective and cancer plans", "list",
            ["industrial action", "anaesthetics", "winter bed pressures", "urgent suspected cancer referrals"], PDF,
            "winter bed pressures", "Section 7.1, '- ' bullet list of four risks")])
U.append([q("what is the board being asked to do in the waiting times report?", "list",
            ["weekend operating lists", "deep dive into the urology cancer pathway", "65 and 78 weeks"], PDF,
            "deep dive into the urology cancer pathway", "Section 8 numbered recommendations 1-5")])
U.append([q("what does FDS stand for", "define", ["Faster Diagnosis Standard"], PDF, "FDS – Faster Diagnosis Standard",
            "Defined in para 2.2 and the glossary")])
U.append([q("which section of the elective care paper deals with cancer waits?", "section",
            ["5", "Cancer waiting times"], PDF, "5. Cancer waiting times", "Section 5 'Cancer waiting times'")])
U.append([q("did we meet the 62 day cancer standard in september", "yesno", ["No", "73.7%"], PDF,
            "Performance against the 62-day standard was 73.7%",
            "Para 5.1 / Table 4 total: 73.7% against 75% target -> No")])

# ---------------- DOCX: children in care sufficiency
U.append([q("how many children were in IFA placements at the end of september?", "lookup", ["188"], DOCX,
            "Independent fostering agency (IFA)", "Table 1, row IFA, 30 September 2025 Number")])
U.append([q("forecast spend on private childrens homes this year", "lookup", ["23,947"], DOCX,
            "Private children's homes", "Table 2 (£000), row Private children's homes, Forecast outturn")])
U.append([q("how many new foster carer households did we approve in 2023/24", "lookup", ["22"], DOCX,
            "New households approved", "Table 3, row New households approved, column 2023-24")])
U.append([q("what was millbrook lodge's last ofsted judgement?", "lookup", ["Requires improvement to be good"], DOCX,
            "Millbrook Lodge", "Table 4, row Millbrook Lodge, Latest Ofsted judgement")])
U.append([q("% of children with 3 or more placement moves in Q2 2025-26", "lookup", ["9.4"], DOCX,
            "Children with 3 or more placements in 12 months (%)", "Table 5, 2025-26 Q2")])
U.append([q("how many unaccompanied asylum seeking kids do we look after", "lookup", ["64"], DOCX,
            "unaccompanied asylum-seeking children (UASC)", "Prose only: para 2.3")])
U.append([q("how many care leavers are in staying put arrangements?", "lookup", ["31"], DOCX,
            "'Staying Put' arrangements", "Prose only: para 5.4")])
U.append([q("number of children in private children's homes at 30 sept", "lookup", ["79"], DOCX,
            "Private children's homes", "Table 1, row Private children's homes, 30 September 2025 Number"),
          q("what about at the end of march?", "followup", ["74"], DOCX, "Private children's homes",
            "Table 1, row Private children's homes, 31 March 2025 Number", follows=-1)])
U.append([q("has the number of children in IFA placements gone up or down since march?", "compare", ["176", "188"],
            DOCX, "Independent fostering agency (IFA)", "Table 1: 176 (31 Mar 2025) -> 188 (30 Sep 2025), up 12")])
U.append([q("are we better or worse than england on children placed more than 20 miles away", "compare",
            ["16.5", "16.0"], DOCX, "Children placed more than 20 miles from home",
            "Table 5: Q2 2025-26 16.5% vs England 16.0% -> slightly worse (higher)")])
U.append([q("kinship care and placed with parents together – how many children at the end of sept?", "arithmetic",
            ["142"], DOCX, "Kinship (connected persons) foster care",
            "Table 1, 30 Sep 2025 Number: Kinship 104 + Placed with parents 38 = 142",
            calc={"op": "a+b", "dp": 0, "operands": {"a": ["Kinship (connected persons) foster care", "104"],
                                                     "b": ["Placed with parents", "38"]}})])
U.append([q("by what percentage is the placements budget forecast to overspend", "arithmetic", ["10.5"], DOCX,
            "Total placements", "Table 2 total: variance 5,594 / budget 53,095 x 100 = 10.5%",
            calc={"op": "a/b*100", "dp": 1, "operands": {"a": ["Total placements", "5,594"],
                                                         "b": ["Total placements", "53,095"]}})])
PLVAR = [("In-house foster care", "(358)"), ("Independent fostering agency (IFA)", "1,146"),
         ("Kinship (connected persons) foster care", "108"), ("Placed with parents", "(24)"),
         ("Placed for adoption", "(13)"), ("Council children's homes", "238"), ("Private children's homes", "4,347"),
         ("Supported accommodation (16-17)", "451"), ("Secure children's homes", "(258)"),
         ("Other placements", "(43)")]
U.append([q("which placement type has the biggest overspend", "aggregate", ["Private children", "4,347"], DOCX,
            "Private children's homes", "Table 2, Variance column, max over placement rows: Private children's "
            "homes 4,347", calc={"op": "argmax", "operands": [list(x) for x in PLVAR]})])
HOMESQ = [("Larkfield House", "Good"), ("Ferncourt", "Outstanding"), ("Millbrook Lodge", "Requires improvement"),
          ("The Willows", "Good"), ("Heron Cottage", "n/a")]
U.append([q("how many of the council's own homes are rated good or outstanding by ofsted", "aggregate", ["3"], DOCX,
            "Larkfield House", "Table 4, Latest Ofsted judgement: Larkfield House Good, Ferncourt Outstanding, "
            "The Willows Good = 3 (Millbrook RI, Heron Cottage n/a)",
            calc={"op": "count_in", "set": ["Good", "Outstanding"], "operands": [list(x) for x in HOMESQ]})])
U.append([q("what does UASC mean", "define", ["unaccompanied asylum-seeking children"], DOCX,
            "unaccompanied asylum-seeking children (UASC)", "Defined in para 2.3")])
U.append([q("which section of the sufficiency update is about recruiting foster carers?", "section",
            ["5", "Fostering recruitment and retention"], DOCX, "5. Fostering recruitment and retention",
            "Section 5 heading")])
U.append([q("what are the priorities for the next 12 months in the sufficiency strategy", "list",
            ["Saxon Row", "32 new fostering households", "Hearthside hub", "supported lodgings", "RCC"], DOCX,
            "The key actions for the next 12 months include:", "Para 8.1 bullet list (5 items)")])
U.append([q("is the children's placements budget going to overspend this year?", "yesno", ["Yes"], DOCX,
            "Total placements", "Table 2 total variance 5,594 (£000) overspend; para 4.1 £5.6m -> Yes")])

# ---------------- HTML: highways asset management
U.append([q("what % of unclassified roads need maintenance (24/25)?", "lookup", ["18.9"], HTML,
            "Unclassified roads", "Table 1, row Unclassified roads, 2024-25")])
U.append([q("potholes reported in tellingford in may", "lookup", ["655"], HTML, "Tellingford",
            "Table 2 (reported), row Tellingford, Quarter 1 May")])
U.append([q("whats the budget for surface dressing this year", "lookup", ["4,800"], HTML,
            "Surface dressing programme", "Table 4, row Surface dressing programme, Budget (£000)")])
U.append([q("forecast spend on the tellingford bridge strengthening?", "lookup", ["4,120"], HTML,
            "Tellingford Bridge strengthening", "Table 4, Forecast (£000)")])
U.append([q("how far through are we with switching street lights to LED", "lookup", ["92%"], HTML,
            "conversion of street lights to LED is 92% complete", "Prose only: para 6.1")])
U.append([q("how much highways maintenance money did we get from the DfT for 2025-26", "lookup", ["£24.6m"], HTML,
            "received £24.6m", "Prose only: para 2.3")])
U.append([q("number of potholes repaired in pellbridge in july", "lookup", ["190"], HTML, "Pellbridge",
            "Table 3 (repaired), row Pellbridge, Quarter 2 Jul"),
          q("and august?", "followup", ["170"], HTML, "Pellbridge", "Table 3 (repaired), row Pellbridge, Aug",
            follows=-1)])
U.append([q("are A roads in better or worse condition than the year before?", "compare", ["4.0", "4.4"], HTML,
            "A roads", "Table 1: A roads 4.4% (2023-24) -> 4.0% (2024-25), change (0.4) -> better")])
U.append([q("did the north or south of the county have more potholes reported apr to sept", "compare",
            ["North", "6,214", "5,162"], HTML, "North area subtotal",
            "Table 2 subtotals, Total Apr–Sep: North area 6,214 vs South area 5,162")])
U.append([q("how many more potholes were reported in kestlow in april than in september", "arithmetic", ["246"],
            HTML, "Kestlow", "Table 2 (reported), Kestlow: Apr 612 - Sep 366 = 246",
            calc={"op": "a-b", "dp": 0, "operands": {"a": ["Kestlow", "612"], "b": ["Kestlow", "366"]}})])
U.append([q("on average how many potholes a month were reported in arnbury in quarter 1", "arithmetic", ["432"],
            HTML, "Arnbury", "Table 2 (reported), Arnbury Apr 488 + May 431 + Jun 377 = 1,296 / 3 = 432",
            calc={"op": "(a+b+c)/3", "dp": 0, "operands": {"a": ["Arnbury", "488"], "b": ["Arnbury", "431"],
                                                           "c": ["Arnbury", "377"]}})])
CAPVAR = [("Carriageway resurfacing programme", "450"), ("Surface dressing programme", "(288)"),
          ("Footway renewal", "–"), ("Drainage improvements", "(245)"), ("Tellingford Bridge strengthening", "520"),
          ("Culvert replacement programme", "(60)"), ("Quarry Lane retaining wall", "140"),
          ("Kestlow station interchange", "(1,450)"), ("Arnbury Road bus priority", "(90)"),
          ("Pellbridge cycleway (active travel)", "(630)"), ("Road safety schemes", "35")]
U.append([q("which capital scheme has the biggest slippage / underspend?", "aggregate",
            ["Kestlow station interchange", "1,450"], HTML, "Kestlow station interchange",
            "Table 4, Variance (£000), most negative over scheme rows: Kestlow station interchange (1,450)",
            calc={"op": "argmin", "operands": [list(x) for x in CAPVAR]})])
U.append([q("what schemes are in the integrated transport part of the capital programme", "list",
            ["Kestlow station interchange", "Arnbury Road bus priority", "Pellbridge cycleway", "Road safety schemes"],
            HTML, "Integrated transport", "Table 4, group 'Integrated transport', its four scheme rows")])
U.append([q("is the highways capital programme forecast to come in under budget?", "yesno", ["Yes"], HTML,
            "Total capital programme", "Table 4 tfoot: budget 39,130, forecast 37,512, variance (1,618); "
            "para 5.2 £37.5m vs £39.1m -> Yes")])

# ---------------- MD: unpaid carers
U.append([q("carers assessments done in arnbury in q1 this year?", "lookup", ["158"], MD, "Arnbury",
            "Table 1, row Arnbury, column 2025-26 Q1")])
U.append([q("how many nights of residential respite did we provide last year", "lookup", ["7,215"], MD,
            "Residential respite (nights)", "Table 2, row Residential respite (nights), column 2024-25 (last "
            "complete year; paper dated Jan 2026)")])
U.append([q("what percentage of carers said they get as much social contact as they want, 2025 survey", "lookup",
            ["24.3"], MD, "Carers with as much social contact as they would like (%)",
            "Table 3, column 2025 survey")])
U.append([q("who is the lead for rolling out the carers card", "lookup", ["Jo Pennington"], MD,
            "Roll out the Orlemere Carers Card", "Table 4, action 1, Lead column")])
U.append([q("how many young carers does the young carers service support", "lookup", ["1,940"], MD,
            "supports 1,940 young carers", "Prose only: para 2.1")])
U.append([q("how many unpaid carers are there in orlemere acording to the census", "lookup", ["63,100"], MD,
            "63,100 people in Orlemere providing unpaid care", "Prose only: para 2.1")])
U.append([q("tellingford carers assessment rate per 1000?", "lookup", ["60.3"], MD, "Tellingford",
            "Table 1, row Tellingford, column Rate per 1,000 carers"),
          q("what about pellbridge", "followup", ["51.5"], MD, "Pellbridge",
            "Table 1, row Pellbridge, column Rate per 1,000 carers", follows=-1)])
U.append([q("did day opportunity sessions go up or down in 2024-25", "compare", ["416"], MD,
            "Day opportunity sessions", "Table 2: 18,320 (2023-24) -> 17,904 (2024-25), change (416), (2.3%) -> down")])
U.append([q("is kestlow or arnbury assessing more carers per 1,000", "compare", ["58.4", "55.3"], MD, "Kestlow",
            "Table 1, Rate per 1,000 carers: Kestlow 58.4 vs Arnbury 55.3 -> Kestlow")])
U.append([q("how many carers assessments did tellingford do in the first half of 25/26", "arithmetic", ["559"], MD,
            "Tellingford", "Table 1, Tellingford: 2025-26 Q1 270 + Q2 289 = 559",
            calc={"op": "a+b", "dp": 0, "operands": {"a": ["Tellingford", "270"], "b": ["Tellingford", "289"]}})])
Q2 = [("Kestlow", "247"), ("Arnbury", "176"), ("Tellingford", "289"), ("Mardle Heath", "128"), ("Pellbridge", "121")]
U.append([q("which district did the most carers assessments in Q2 2025-26", "aggregate", ["Tellingford", "289"], MD,
            "Tellingford", "Table 1, column 2025-26 Q2, max over districts: Tellingford 289",
            calc={"op": "argmax", "operands": [list(x) for x in Q2]})])
U.append([q("what were the main achievements for carers in 2025?", "list",
            ["Orlemere Carers Card", "liaison worker", "awareness training", "evenings and weekends"], MD,
            "Highlights from the past year include:", "Section 6.1 bullet list (5 items)")])
U.append([q("VCSE = ?", "define", ["Voluntary, Community and Social Enterprise"], MD,
            "Voluntary, Community and Social Enterprise (VCSE)", "Defined in para 2.2 and the Acronyms list")])
U.append([q("which bit of the carers strategy update has the survey results in?", "section",
            ["5", "What carers told us"], MD, "## 5. What carers told us", "Section 5 heading")])
U.append([q("are carers here more satisfied with support than the england average?", "yesno", ["Yes", "37.8"], MD,
            "Carers extremely or very satisfied with support (%)",
            "Table 3: 2025 survey 37.8 vs England 2023-24 36.7 -> Yes; also para 5.2")])

# ----------------------------------------------------------------------------- refusals
R = [
    r("how many 52 week waiters did we have in march 2025?",
      "Table 2 starts in April 2025 (3,318); no March figure anywhere"),
    r("what's the waiting list for cardiothoracic surgery", "No cardiothoracic specialty in Table 1"),
    r("31 day cancer performance for september?",
      "31-day standard named in para 2.2 (96% standard) but performance explicitly not included"),
    r("how many patients have we sent to arnbury park hospital so far this year",
      "Arnbury Park Hospital named in 4.4 bullet with no number"),
    r("what was 62-day performance in october", "Cancer data only for September 2025"),
    r("how many elective inpatients did we treat in 2023-24", "Table 5 only has 2024-25 and 2025-26 (Apr–Oct)"),
    r("faster diagnosis standard for sarcoma?", "No sarcoma tumour site in Table 4"),
    r("what was the median wait for ENT last year", "Median wait only at 31 Oct 2025; no prior year"),
    r("how many children in care are from pellbridge", "No district breakdown of children in care"),
    r("foster households approved in 2021/22?", "Table 3 starts 2022-23; only the 246 households at 31 Mar 2022"),
    r("whats the average weekly cost of an IFA placement",
      "Only the 14% rise in weekly cost of residential placements, no IFA unit cost"),
    r("what % of children had 3+ placements in Q1 2024-25", "Table 5 starts at 2024-25 Q3"),
    r("how much are staying put arrangements costing us", "Staying Put: 31 young people, no cost given"),
    r("ofsted rating for oakdene house children's home?", "No home called Oakdene House in Table 4"),
    r("how many adopters did the council approve this year", "Adopter approvals not reported"),
    r("road condition for A roads in 2020-21", "Table 1 starts 2021-22"),
    r("how many potholes were reported in kestlow in october?", "Tables 2-3 cover April to September 2025 only"),
    r("number of potholes reported in holmbrook district", "Holmbrook is not one of the five districts"),
    r("what percentage of footways are in poor condition", "Footway survey results deferred to 2026 report (3.3)"),
    r("how much is in the capital budget for the LED street lighting", "LED 92% complete but no street lighting scheme in Table 4"),
    r("how many pothole damage claims have we paid out this year", "Claims monitored (4.4) but no figure"),
    r("what's the budget for the mardle heath relief road", "No such scheme; only Quarry Lane retaining wall in Mardle Heath"),
    r("how many gullies were cleaned in 2025", "84,000 gullies and cleansing frequency given, not number cleaned"),
    r("carers assessments in kestlow in q2 2024-25", "Table 1 starts at 2024-25 Q3"),
    r("number of carers assessments in brindlecombe", "Brindlecombe is not a district of Orlemere"),
    r("how many respite nights were there in 2022-23?", "Table 2 only has 2023-24 and 2024-25"),
    r("what was the carers quality of life score in the 2021 survey", "Survey table has 2023 and 2025 only"),
    r("how many young carers assessments were done last quarter",
      "Note under Table 1: young carers' assessments not included; no figure"),
    r("how much of the BCF goes on respite specifically", "Only BCF total £2.9m for carers' services"),
    r("how many carers are on GP practice carers registers", "Only 38 of 61 practices reviewed registers; no count of carers"),
]

# ----------------------------------------------------------------------------- assemble
rng = random.Random(34)
rng.shuffle(U)
rng.shuffle(R)
assert sum(len(u) for u in U) == 70 and len(R) == 30
out = []
ri = 0
for i, unit in enumerate(U):
    out.extend(unit)
    # spread the 30 refusals evenly between the answerable units (never inside a follow-up pair)
    while ri < len(R) and ri < (i + 1) * len(R) // len(U):
        out.append(R[ri])
        ri += 1
out.extend(R[ri:])
calc = {}
lines = []
for n, d in enumerate(out, 1):
    qid = f"T34_{n:03d}"
    d["id"] = qid
for n, d in enumerate(out):
    if "_follows" in d:
        d["follows"] = out[n - 1]["id"]
        assert out[n - 1]["type"] != "refusal"
for d in out:
    c = d.pop("_calc", None)
    d.pop("_follows", None)
    if c:
        calc[d["id"]] = c
    rec = {"id": d["id"], "question": d["question"], "type": d["type"], "answerable": d["answerable"],
           "expect": d["expect"], "cite": d["cite"], "note": d["note"]}
    if "follows" in d:
        rec["follows"] = d["follows"]
    lines.append(json.dumps(rec, ensure_ascii=False))
open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
json.dump(calc, open(os.path.join(HERE, "computed.json"), "w"), indent=1, ensure_ascii=False)
print(len(lines), "questions;", len(calc), "computed")
