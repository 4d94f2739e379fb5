"""Write questions.jsonl for trial 33 (100 questions, 70 answerable, 30 refusals)."""
import json
import os

P = "t33_bht_finance_report_m8.pdf"
S = "t33_bsab_annual_report_2024-25.docx"
H = "t33_immunisation_screening_dashboard_q2.html"
L = "t33_libraries_leisure_culture_review.md"


def A(qtype, q, expect, doc, contains, note, follows=None):
    d = {"question": q, "type": qtype, "answerable": True, "expect": expect,
         "cite": {"doc": doc, "contains": contains}, "note": note}
    if follows:
        d["follows"] = follows
    return d


def R(q, note):
    return {"question": q, "type": "refusal", "answerable": False, "expect": [], "cite": None, "note": note}


Q = []
# ------------------------------------------------------------------ PDF: hospital trust finance report M8
Q += [
    A("lookup", "whats the year to date variance for medicine at month 8?", ["6,252"], P, "Medicine",
      "Table 1, row Medicine, Year to date (Month 8) Variance = (6,252) £000, adverse (overspend)"),
    A("lookup", "How much ERF money have we actually had in so far this year?", ["10,870"], P,
      "Elective Recovery Fund (ERF) income", "Table 1, row Elective Recovery Fund (ERF) income, YTD Actual = 10,870 "
      "(£000) against YTD budget 12,400"),
    A("lookup", "what's included in the surgery line of the I&E table? there's a little 1 next to it",
      ["Trauma and Orthopaedics", "Critical Care", "Theatres"], P, "Surgery includes Trauma and Orthopaedics",
      "Footnote ¹ under Table 1: Surgery includes Trauma and Orthopaedics, Critical Care and Theatres"),
    A("lookup", "annual target for the theatre productivity CIP?", ["2,100"], P, "Theatre productivity",
      "Table 2, CIP03 Theatre productivity (four sessions a day), Annual target = 2,100 (£000); label is in the "
      "second column"),
    R("how much did we spend on agency staff in march 2025",
      "Table 3 covers April to November 2025 only; March 2025 not given"),
    A("lookup", "what RAG has the virtual wards saving got", ["Red"], P, "(virtual wards)",
      "Table 2, CIP08 Length of stay reduction (virtual wards), RAG = Red (forecast 1,650 of 3,100)"),
    A("lookup", "nursing agency spend in october?", ["249"], P, "Nursing and midwifery",
      "Table 3, Agency group, row Nursing and midwifery, Oct = 249 (£000). Bank nursing Oct is 2,066 - not this"),
    A("followup", "and in nov?", ["227"], P, "Nursing and midwifery",
      "Table 3, Agency, Nursing and midwifery, Nov = 227 (£000)", follows="PREV"),
    R("what's the saving target for the pharmacy outsourcing cip scheme?",
      "No pharmacy outsourcing scheme in Table 2 (nearest is CIP05 Medicines optimisation and biosimilar switching)"),
    A("lookup", "What was the trust's cash balance at the end of November?", ["£21.4m"], P,
      "The cash balance at 30 November 2025 was £21.4m", "Prose para 7.1 (and exec summary bullet)"),
    A("lookup", "how much has actually been spent on the kestlow A&E expansion so far", ["5,947"], P,
      "Emergency Department expansion – Kestlow", "Table 4, Nationally funded schemes, Emergency Department "
      "expansion – Kestlow, YTD actual = 5,947 (£000)"),
    R("what was the deficit at month 7?", "Report gives Month 8 YTD and forecast only; no Month 7 figure"),
    A("compare", "which division is further overspent ytd – surgery or clinical support?",
      ["Surgery", "1,745"], P, "Surgery¹",
      "Table 1 YTD Variance: Surgery¹ (1,745) vs Clinical Support Services (1,254); Surgery is more overspent"),
    A("compare", "is nursing bank spend going up or down over the year?", ["1,948", "2,081"], P,
      "Nursing and midwifery", "Table 3, Bank group, Nursing and midwifery: Apr 1,948 rising to Nov 2,081 "
      "(up; para 5.3 says bank spend continues to rise)"),
    R("how much is budgeted for the new MRI scanner at wychbarrow?",
      "The only MRI scheme in Table 4 is 'MRI scanner replacement – Orrindale'; nothing for Wychbarrow"),
    A("arithmetic", "by how much did medical agency spend drop between april and november?", ["223"], P,
      "Medical and dental", "Table 3, Agency, Medical and dental: Apr 812 - Nov 589 = 223 (£000)"),
    A("arithmetic", "what % of the year to date CIP plan has actually been delivered", ["77.1"], P, "Total CIP",
      "Table 2, Total CIP: YTD actual 11,772 / YTD plan 15,266 = 77.1%"),
    R("how many agency shifts were booked in november?",
      "Only agency spend in £000 is given; no count of shifts (bank RN fill rate 91.5% is a different measure)"),
    A("aggregate", "how many cip schemes are green?", ["7"], P, "Total CIP",
      "Table 2 RAG column: CIP02, CIP05, CIP07, CIP09, CIP11, CIP12, CIP14 = 7 schemes Green"),
    A("list", "what are the main risks to the forecast", ["escalation beds", "industrial action",
                                                          "theatre productivity", "ERF income"], P,
      "The main risks to the forecast are", "Para 7.2 '- ' bullet list of four risks"),
    A("list", "why is medicine overspent?", ["escalation beds", "medical agency", "high-cost drugs"], P,
      "The main drivers of the Medicine overspend include",
      "Para 3.2 bullet list introduced by '...include:' (three drivers)"),
    R("what was the trust's final deficit for 2024/25?",
      "Prior-year outturn not given (only 31 March 2025 cash balance of £26.8m)"),
    A("define", "what does PDC stand for", ["Public Dividend Capital"], P, "Public Dividend Capital",
      "Glossary: PDC – Public Dividend Capital"),
    A("section", "which bit of the finance paper deals with capital spending?", ["6", "Capital programme"], P,
      "6. Capital programme", "Section 6 Capital programme (Table 4)"),
    R("how much ERF income did orrindale royal infirmary bring in?",
      "ERF income is only given for the Trust as a whole, not by site"),
    A("yesno", "are we within the agency cap?", ["No", "3.5%"], P, "3.2% ceiling",
      "Exec summary bullet: agency is 3.5% of the pay bill, still above the 3.2% ceiling set by NHS England"),
    R("what's the capital forecast for the Kestlow Hillside site redevelopment?",
      "Kestlow Hillside appears only as a CIP disposal (CIP13); there is no capital scheme for it in Table 4"),
]

# ------------------------------------------------------------------ DOCX: safeguarding adults board annual report
Q += [
    A("lookup", "how many safeguarding concerns were there in wychbarrow in 2024-25", ["1,047"], S, "Wychbarrow",
      "Table 1, row Wychbarrow, 2024-25 Concerns = 1,047"),
    A("followup", "and how many of them turned into s42 enquiries", ["322"], S, "Wychbarrow",
      "Table 1, row Wychbarrow, 2024-25 S42 enquiries = 322", follows="PREV"),
    R("how many concerns came from Elsmere Vale?",
      "Elsmere Vale is not one of the five districts (Kestlow, Orrindale, Wychbarrow, Fenmarch, Sallowby)"),
    A("lookup", "fenmarch concerns per 1000 adults", ["10.9"], S, "Fenmarch",
      "Table 1, row Fenmarch, Concerns per 1,000 adults (2024-25) = 10.9"),
    A("lookup", "number of self neglect cases last yr", ["201"], S, "Self-neglect",
      "Table 2, row Self-neglect, 2024-25 Number = 201 ('last yr' = the report year 2024-25; 2023-24 was 164)"),
    R("how many concerns were raised in 2022-23?", "Table 1 covers 2023-24 and 2024-25 only"),
    A("lookup", "how many enquiries were about risk in nursing homes", ["214"], S, "Care home – nursing",
      "Table 3, Care homes group, Care home – nursing = 214 (12.3%)"),
    A("lookup", "what percentage of people had the outcomes they wanted fully achieved in 24/25?", ["67.8%"], S,
      "Desired outcomes fully achieved", "Table 5 MSP, Desired outcomes fully achieved, 2024-25 = 67.8%"),
    R("number of cuckooing cases investigated?",
      "Cuckooing is not a type of abuse in Table 2 and is not mentioned anywhere"),
    A("lookup", "how many SARs were commissioned this year", ["3"], S, "the Board commissioned 3 SARs",
      "Prose para 8.1: 9 referrals considered, 3 SARs commissioned"),
    A("lookup", "how many practitioners went on the multi-agency training", ["1,284"], S,
      "46 multi-agency training sessions", "Prose para 2.2: 46 sessions attended by 1,284 practitioners"),
    A("lookup", "by how much did the SAB overspend on safeguarding adult reviews", ["13.8"], S,
      "Safeguarding Adults Reviews", "Table 6 (£000), Expenditure row Safeguarding Adults Reviews: budget 48.0, "
      "actual 61.8, variance (13.8) i.e. £13.8k overspent"),
    R("how many concerns involved people from ethnic minority groups in orrindale?",
      "Para 3.4 says the Board does not yet publish figures by ethnicity at district level"),
    A("compare", "has physical abuse gone up or down since 2023-24", ["312", "298"], S, "Physical abuse",
      "Table 2, Physical abuse: 312 in 2023-24, 298 in 2024-25 - down (trend 'Similar', -4.5%)"),
    A("compare", "were there more enquiries about hospitals or community settings?", ["167", "151"], S,
      "Subtotal – community settings", "Table 3: Subtotal – community settings 167 vs Subtotal – hospitals 151; "
      "community settings higher"),
    R("how many DoLS applications were there in 2024-25?",
      "DoLS appears only in the glossary; no figures given"),
    A("arithmetic", "whats the % rise in concerns across the county compared with the year before", ["6.6"], S,
      "Brackenshire total", "Table 1 Brackenshire total concerns: (6,328 - 5,938) / 5,938 = 6.57% -> 6.6%"),
    A("arithmetic", "how many more financial abuse cases were recorded in 2024-25 than 23-24?", ["42"], S,
      "Financial or material abuse", "Table 2, Financial or material abuse: 318 - 276 = 42"),
    A("aggregate", "which district has the highest rate of concerns per 1,000 adults?", ["Kestlow", "14.2"], S,
      "Kestlow", "Table 1 rate column: Kestlow 14.2 is highest (Wychbarrow 13.7, Sallowby 13.5, Orrindale 13.2, "
      "Fenmarch 10.9)"),
    R("what did the Adult J review recommend?",
      "Adult J SAR is due to be published in December 2025; no findings or recommendations given"),
    A("list", "what are the SAB's priorities for next year", ["self-neglect", "financial abuse", "transitions",
                                                                "care homes", "lived experience"], S,
      "Its priorities for 2025-26 include", "Section 10, bullet list after '...include:' (five priorities)"),
    A("define", "whats MSP", ["Making Safeguarding Personal"], S, "Making Safeguarding Personal (MSP)",
      "Para 7.1 and glossary"),
    A("section", "which section of the safeguarding report is about safeguarding adults reviews?", ["8"], S,
      "8. Safeguarding Adults Reviews", "Heading 8. Safeguarding Adults Reviews"),
    R("how much did Brackenshire Hospitals trust put into the SAB budget?",
      "Table 6 income lists County Council, ICB, Police, Fire and Rescue, Probation and training income; the "
      "hospital trust is a member but no contribution is shown"),
    A("yesno", "did they meet the target for advocacy for people who lack capacity", ["Yes", "95.8%"], S,
      "Adults lacking capacity who were supported by an advocate",
      "Table 5: 95.8% in 2024-25 against 95% target, Green"),
]

# ------------------------------------------------------------------ HTML: immunisation and screening dashboard
Q += [
    A("lookup", "mmr1 uptake at 24 months in Q2?", ["89.2"], H, "MMR dose 1",
      "Table 1, group 'by 24 months', MMR dose 1, 2025-26 Q2 = 89.2 (also Table 2/3 Brackenshire total)"),
    A("followup", "and the quarter before that?", ["89.8"], H, "MMR dose 1",
      "Table 1, by 24 months, MMR dose 1, 2025-26 Q1 = 89.8", follows="PREV"),
    R("HPV vaccine uptake for year 8s?", "HPV / school-aged vaccines are not covered by the dashboard"),
    A("lookup", "what was 6 in 1 uptake at 12 months in q4 last year", ["93.1"], H,
      "DTaP/IPV/Hib/HepB (6-in-1) dose 3", "Table 1, group 'by 12 months', DTaP/IPV/Hib/HepB (6-in-1) dose 3, "
      "2024-25 Q4 = 93.1 (same label appears in 24-month and 5-year groups)"),
    A("lookup", "whats the england average for the second MMR at 5", ["84.1"], H, "MMR dose 2",
      "Table 1, by 5 years, MMR dose 2, England Q2 2025-26 = 84.1"),
    R("what was mmr1 at 24 months in Q2 2024-25?", "Table 1 and Table 3 start at Q3 2024-25"),
    A("lookup", "how many babies in sallowby got their 6-in-1 by one year old", ["902"], H, "Sallowby",
      "Table 2, row Sallowby, 6-in-1 dose 3 at 12 months, Vaccinated = 902 (cohort 968, 93.2%)"),
    A("lookup", "rag status for NP1?", ["Red"], H, "NP1",
      "Table 4, Newborn (rowspan), NP1 newborn and infant physical examination within 72 hours: Q2 94.7 vs "
      "acceptable 95.0 -> Red"),
    R("6-in-1 uptake at 12 months in fenmarch for Q1?",
      "District figures for 6-in-1 are only given for Q2 2025-26 (Table 2); Table 3 by quarter is MMR1 only"),
    A("lookup", "how many measles cases have there been", ["7", "Wychbarrow"], H, "confirmed cases of measles",
      "Headlines bullet: 7 confirmed cases in Wychbarrow July-September 2025 (prose only)"),
    A("lookup", "how many extra mmr clinics did GPs in wychbarrow put on", ["41"], H, "ran 41 extra MMR clinics",
      "Para 7.2: 41 extra MMR clinics, 312 catch-up doses (prose only)"),
    R("flu vaccine uptake for 2 and 3 year olds?", "Childhood flu is not covered"),
    A("compare", "is orrindale doing better or worse than sallowby for the first MMR at 2 years?",
      ["88.4", "89.1"], H, "Orrindale", "Table 2 (and Table 3 Q2): MMR dose 1 at 24 months Orrindale 88.4 vs "
      "Sallowby 89.1 - Orrindale worse"),
    A("compare", "has the PCV booster gone up or down since Q3 2024-25", ["90.5", "89.6"], H, "PCV booster",
      "Table 1, by 24 months, PCV booster: Q3 2024-25 90.5 -> Q2 2025-26 89.6, down (Worsening)"),
    R("how many whooping cough cases were there in Q2?",
      "Pertussis appears only inside the 6-in-1 vaccine definition; no case numbers"),
    A("arithmetic", "how much has wychbarrow's mmr1 uptake dropped from q3 24/25 to q2 25/26", ["2.5"], H,
      "Wychbarrow", "Table 3, Wychbarrow: Q3 2024-25 88.4 - Q2 2025-26 85.9 = 2.5 percentage points"),
    A("aggregate", "which district is lowest for 6-in-1 at 12 months", ["Wychbarrow", "91.6"], H, "Wychbarrow",
      "Table 2, 6-in-1 Uptake %: Wychbarrow 91.6 lowest"),
    R("what was NIPE coverage in Q4 2024-25?", "Table 4 gives 2025-26 Q1 and Q2 only"),
    A("aggregate", "how many of the vaccines are red this quarter", ["6"], H,
      "Table 1: Childhood vaccination uptake",
      "Table 1 RAG (Q2): Red = MMR dose 1, Hib/MenC booster, PCV booster, MenB booster (24 months), MMR dose 2 and "
      "DTaP/IPV pre-school booster (5 years) = 6"),
    A("list", "what's being done to get mmr rates up", ["catch-up clinics", "call and recall",
                                                        "immunisation lead", "health visitors",
                                                        "translated information"], H,
      "Actions agreed with Brackenshire Integrated Care Board", "Section 7 bullet list after '...include:'"),
    R("rotavirus uptake in orrindale?", "Rotavirus is only given county-wide (Table 1), not by district"),
    A("define", "what does COVER stand for", ["Cover of Vaccination Evaluated Rapidly"], H,
      "Cover of Vaccination Evaluated Rapidly", "Para 1.2 and abbreviations"),
    A("section", "which section has the MMR trend by district?", ["5"], H,
      "5. MMR dose 1 at 24 months: trend by district", "Section 5 (Table 3)"),
    R("how many GP practices are below 90% for MMR1?", "No practice-level figures in the dashboard"),
    A("yesno", "is any district hitting 95% for the first dose of MMR?", ["No"], H, "No district reaches 95%",
      "Para 4.2 and Table 2: highest is Fenmarch 92.0"),
]

# ------------------------------------------------------------------ Markdown: libraries, leisure and culture review
Q += [
    A("lookup", "how many loans did fenmarch eastgate library do in 24/25", ["26,320"], L,
      "Fenmarch Eastgate Library", "Table 2 (loans), Fenmarch Eastgate Library, 2024-25 = 26,320"),
    A("followup", "what about visits there?", ["18,110"], L, "Fenmarch Eastgate Library",
      "Table 1 (visits), same row label, 2024-25 = 18,110", follows="PREV"),
    R("how many visits did kestlow central library get in 2021-22?", "Tables 1 and 2 start at 2022-23"),
    A("lookup", "by what % did mobile library visits fall last year", ["10.2"], L, "Mobile library",
      "Table 1, Mobile library, Change % (2023-24 to 2024-25) = -10.2%"),
    A("lookup", "proposed hours for bridge end library", ["22"], L, "Orrindale Bridge End Library",
      "Table 3, Orrindale Bridge End Library, Proposed weekly hours = 22 (now 27)"),
    R("visits to fenmarch westgate library?", "No Westgate library; Fenmarch has Fenmarch Library and Eastgate"),
    A("lookup", "what's the subsidy per visit at orrindale pools", ["1.76"], L, "Orrindale Pools",
      "Table 4, Orrindale Pools, Subsidy per visit 2024-25 (£) = 1.76"),
    A("lookup", "how much would shutting the lido save in 2027-28", ["196"], L, "Close Sallowby Lido",
      "Table 5 (£000), S2 Close Sallowby Lido, 2027-28 = 196"),
    R("what's the subsidy per visit at kestlow leisure centre in 2023-24?",
      "Table 4 gives subsidy per visit (and net cost) for 2024-25 only"),
    A("lookup", "what % of people disagreed with putting leisure prices up", ["52"], L, "Increase leisure prices",
      "Table 6, Increase leisure prices, Disagree (%) = 52"),
    A("lookup", "how many responses did the library consultation get", ["2,846"], L, "There were 2,846 responses",
      "Para 9.1 (prose only): 2,846 responses, 2,512 online and 334 paper"),
    A("lookup", "how many people signed the petition to save sallowby lido", ["1,127"], L,
      "A petition with 1,127 signatures", "Para 9.1 (prose only)"),
    R("how much does the county archive cost to run?",
      "Archives mentioned (3,870 searchroom visits) but no cost given"),
    A("compare", "were kestlow central's loans higher in 2022-23 or 2024-25", ["402,150", "391,420"], L,
      "Kestlow Central Library", "Table 2, Kestlow Central Library: 402,150 (2022-23) vs 391,420 (2024-25); "
      "higher in 2022-23"),
    A("compare", "which had more visits in 24-25, orrindale library or wychbarrow library?",
      ["Orrindale", "170,120"], L, "Orrindale Library",
      "Table 1: Orrindale Library 170,120 vs Wychbarrow Library 129,410"),
    R("how many kids did the summer reading challenge in 2023-24?",
      "Only the 2024-25 figure (6,950 children) is given"),
    A("arithmetic", "what do orrindale pools and sallowby lido cost the council together", ["734"], L,
      "Orrindale Pools", "Table 4 Net cost 2024-25 (£000): Orrindale Pools 538 + Sallowby Lido 196 = 734 (£734k)"),
    A("arithmetic", "what percentage cut in total library opening hours is being proposed", ["17.5"], L,
      "combined 378 hours a week", "Table 3 / para 5.1: (378 - 312) / 378 = 17.46% -> 17.5%"),
    R("how much would we save if we charged for using the library computers?",
      "Charging for library computer use is listed in 8.3 as considered but not recommended; no saving figure "
      "is given"),
    A("aggregate", "which of the static libraries had the biggest drop in loans?", ["Orrindale Bridge End", "6.3"],
      L, "Orrindale Bridge End Library",
      "Table 2 Change %: hub and community libraries - Orrindale Bridge End -6.3% is the largest fall "
      "(mobile library -9.3% is not a static library)"),
    A("list", "what options did officers look at but not recommend", ["closing any hub library",
                                                                       "charging for library computer use",
                                                                       "selling the museum's collections"], L,
      "Options that officers considered but do not recommend include", "Para 8.3 bullet list"),
    R("what did people think of the open access self-service proposal in the consultation?",
      "Option L4 (Open Access) is in Table 5 but not in the consultation results (Table 6)"),
    A("yesno", "do the savings options add up to more than the MTFS target?", ["Yes", "1,175"], L,
      "MTFS requirement of £1,100k", "Para 8.1 / Table 5: £1,175k a year by 2027-28 vs £1,100k requirement"),
]

assert len(Q) == 100, len(Q)
out = []
for i, q in enumerate(Q, 1):
    qid = f"T33_{i:03d}"
    q = dict(q)
    if q.get("follows") == "PREV":
        q["follows"] = f"T33_{i - 1:03d}"
    rec = {"id": qid}
    rec.update(q)
    out.append(rec)
with open(os.path.join(os.path.dirname(__file__), "..", "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter  # noqa: E402

print(Counter(r["type"] for r in out), sum(r["answerable"] for r in out))
