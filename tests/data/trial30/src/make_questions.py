"""Write questions.jsonl and calcs.json for trial 30."""
import json, os
HERE = os.path.dirname(__file__)
PDF = 't30_capital_programme_2025-28.pdf'
DOCX = 't30_uec_performance_board_dec2025.docx'
HTML = 't30_childrens_scorecard_q2_2025-26.html'
MD = 't30_homelessness_strategy_update.md'
Q = []
CALC = {}
def q(question, typ, expect, doc=None, contains=None, note='', follows=None, calc=None):
    i = 'T30_{:03d}'.format(len(Q) + 1)
    o = {'id': i, 'question': question, 'type': typ, 'answerable': typ != 'refusal', 'expect': expect}
    if typ != 'refusal':
        o['cite'] = {'doc': doc, 'contains': contains}
    else:
        o['cite'] = None
    if follows:
        o['follows'] = follows
    o['note'] = note
    Q.append(o)
    if calc:
        CALC[i] = calc
    return i
def r(question, note, keywords):
    i = q(question, 'refusal', [], note=note)
    CALC.setdefault('_refusal_keywords', {})[i] = keywords
    return i

# ---------------- PDF: capital programme ----------------
q("whats the budget for the dunmarrow primary new build in 26-27?", 'lookup', ['3,860'], PDF, 'Dunmarrow Primary new build',
  'Table 1, row Dunmarrow Primary new build, column 2026-27 (£000)')
p2 = q("How much prudential borrowing is planned for 2026-27 in the capital programme?", 'lookup', ['25,380'], PDF, 'Prudential borrowing',
  'Table 3, row Prudential borrowing, column 2026-27 (£000)')
q("and the year after?", 'followup', ['15,250'], PDF, 'Prudential borrowing', 'Table 3, Prudential borrowing, 2027-28 (£000)', follows=p2)
r("how much is in the capital programme for 2028-29?", 'Programme covers 2025-26 to 2027-28 only', ['2028-29'])
q("what are we expecting to get for the old library site in dunmarrow?", 'lookup', ['640'], PDF, 'Old Library, Chapel Street',
  'Table 4 (row label in 2nd column), Old Library, Chapel Street, Estimated receipt £000')
q("how much capital slippage got carried forward from 2024-25", 'lookup', ['£14.3m'], PDF, 'brought forward £14.3m',
  'Prose only, para 3.2')
r("What's the capital budget for the Tollingmere leisure centre refurb?", 'No such scheme in Table 1 (Tollingmere Court extra care housing is the only Tollingmere scheme)', ['leisure', 'Tollingmere'])
q("what construction inflation assumption are they using for next year", 'lookup', ['4.5%'], PDF, 'inflation of 4.5% for 2026-27',
  'Prose only, para 3.3: tender price inflation 4.5% for 2026-27 (down from 6.0%)')
a6 = q("Q2 forecast outturn for adults and health capital?", 'lookup', ['9,420'], PDF, 'Adults and Health',
  'Table 2, row Adults and Health, column Forecast (£000)')
r("what was the adults capital forecast at quarter 1?", 'Only Quarter 2 monitoring is reported', ['Quarter 1', 'Q1'])
q("what is the capital financing requirement forecast to be by march 2028?", 'lookup', ['£688.9m'], PDF, '£688.9m at 31 March 2028',
  'Prose only, para 6.3')
r("how much did the council borrow in 2024-25 for capital?", 'Borrowing given only for 2025-26 to 2027-28; 2024-25 only mentioned for slippage', ['2024-25', 'borrow'])
q("over the three years, do we get more from the DfT highways maintenance block or the major road network grant?", 'compare',
  ['Highways Maintenance Block', '42,600'], PDF, 'DfT Highways Maintenance Block',
  'Table 3 Total column: Highways Maintenance Block 42,600 vs Major Road Network grant 30,200')
q("did the KERR slip more than the kestlow academy expansion this year", 'compare', ['£2.4m', '£1.35m'], PDF, 'Kestlow Eastern Relief Road – £2.4m',
  'Para 5.4 bullets: relief road slippage £2.4m vs Kestlow Academy expansion £1.35m -> yes, relief road slipped more')
q("how much bigger is next year's capital programme than this year's", 'arithmetic', ['4,260'], PDF, 'Total capital programme',
  'Table 1 Total capital programme: 2026-27 82,720 minus 2025-26 78,460 = 4,260 (£000)',
  calc={'expr': '82720-78460', 'operands': ['82,720', '78,460'], 'dp': 0})
q("what share of the 3 year capital programme is environment & transport?", 'arithmetic', ['56.5'], PDF, 'Subtotal Environment and Transport',
  'Table 1: 121,850 / 215,770 = 56.5%', calc={'expr': '121850/215770*100', 'operands': ['121,850', '215,770'], 'dp': 1})
q("total receipts expected from the two kestlow sites?", 'arithmetic', ['3,760'], PDF, 'Former Marlpit Depot',
  'Table 4: Former Marlpit Depot 2,150 + Land at Fenwick Road 1,610 = 3,760 (£000)',
  calc={'expr': '2150+1610', 'operands': ['2,150', '1,610'], 'dp': 0})
r("what interest rate is assumed on the new PWLB borrowing?", 'Only the £65,000 per £1m revenue cost is given; no interest rate', ['interest', 'PWLB'])
q("which directorate has the biggest capital underspend forecast at Q2?", 'aggregate', ['Environment and Transport', '3,150'], PDF, 'Environment and Transport',
  'Table 2 Variance column: largest bracketed figure is Environment and Transport (3,150)')
q("how many of the sites for disposal are amber or red?", 'aggregate', ['4'], PDF, 'Status',
  'Table 4 Status: CR03 Amber, CR04 Amber, CR05 Red, CR06 Amber = 4 of 7',
  calc={'expr': "sum(1 for s in ['Green','Green','Amber','Amber','Red','Amber','Green'] if s != 'Green')", 'operands': ['Ashgrove Farm (county farm)', 'Land at Fenwick Road'], 'dp': 0})
q("why is capital slipping this year? main reasons pls", 'list', ['gas main', 'examinations', 'drainage', 'lead times'], PDF,
  'diversion of a high-pressure gas main', 'Para 5.4 bullet list (4 items)')
r("what's the estimated receipt for the former Hollinsford library?", 'Not in receipts pipeline (Old Library is in Dunmarrow; Hollinsford site is the Highways Depot)', ['Library', 'Hollinsford'])
q("what does MRP stand for in the capital report", 'define', ['Minimum Revenue Provision'], PDF, 'Minimum Revenue Provision (MRP)',
  'Glossary, section 10')
q("which section of the capital paper covers capital receipts?", 'section', ['7', 'Capital receipts'], PDF, '7. Capital receipts',
  'Section 7 Capital receipts')
r("how much levelling up fund money is in the capital programme?", 'No Levelling Up Fund in Table 3 funding sources', ['Levelling'])
q("is the sale of the hollinsford highways depot rated red", 'yesno', ['Yes'], PDF, 'Hollinsford Highways Depot',
  'Table 4 CR05 Status Red; para 7.2')
r("how much does Ravelsby district council contribute to the county capital programme", 'No district contributions given; CIL is passed from districts but not broken down', ['Ravelsby', 'contribution'])

# ---------------- DOCX: UEC ----------------
d1 = q("what was the 4hr performance at dunmarrow in september?", 'lookup', ['70.4%'], DOCX, 'Dunmarrow Royal Infirmary ED',
  'Table 1, row Dunmarrow Royal Infirmary ED, Quarter 2 / Sep')
q("and in november?", 'followup', ['65.7%'], DOCX, 'Dunmarrow Royal Infirmary ED', 'Table 1, Dunmarrow Royal Infirmary ED, Quarter 3 / Nov', follows=d1)
r("what was the four hour performance at kestlow general back in june?", 'Table 1 starts in July; June only given for flow measures in Table 4', ['Jun', 'June'])
q("how many 12 hour waits from arrival were there in october", 'lookup', ['1,390'], DOCX, '12-hour waits from arrival (number)',
  'Table 4, row 12-hour waits from arrival (number), Oct')
q("mean ambulance handover time at KGH in nov?", 'lookup', ['47'], DOCX, 'Kestlow General Hospital',
  'Table 3, Kestlow General Hospital, November 2025 / Mean (mins) = 47 minutes')
r("how many ambulance handovers took over an hour at hollinsford in november", 'Table 3 covers KGH and DRI only; no handovers reported for Hollinsford', ['Hollinsford', 'handover'])
q("How many escalation beds were open at dunmarrow royal in november?", 'lookup', ['18'], DOCX, 'Dunmarrow Royal Infirmary',
  'Table 5, Dunmarrow Royal Infirmary, Beds open / Escalation')
q("hours lost to ambulance handover delays last month (nov)?", 'lookup', ['4,870'], DOCX, '4,870 hours were lost',
  'Prose only, para 3.2 (Oct 3,950)')
r("what was the trust's cancer 62 day performance in november?", 'No cancer measures in the UEC report', ['cancer', '62'])
q("which days did the trust go to OPEL 4 in november", 'lookup', ['11', '18', '19'], DOCX, 'declared OPEL 4 on three days',
  'Prose only, para 5.2: 11, 18 and 19 November')
q("how much is the virtual ward expansion costing?", 'lookup', ['1,860'], DOCX, 'Virtual ward expansion',
  'Table 6, Cost £000 (units note "All costs in £000")')
q("what was the trust's plan for 4 hour performance (all types) in november", 'lookup', ['74.0%'], DOCX, 'Trust – all types',
  'Table 1, Trust – all types, Plan Nov; also exec summary')
r("how many people waited more than 12 hours in A&E in december?", 'Report covers to November 2025 only', ['December', 'Dec'])
q("were handovers over 60 mins worse at KGH or DRI in october?", 'compare', ['Kestlow', '412'], DOCX, 'Kestlow General Hospital',
  'Table 3 October 2025 Over 60 mins: KGH 412 vs DRI 205')
q("did the number of NCTR patients go up or down between sept and oct", 'compare', ['163'], DOCX, 'No criteria to reside patients (daily average)',
  'Table 4: Sep 149 -> Oct 163, went up')
q("how many more 12hr trolley waits in nov than in june", 'arithmetic', ['83'], DOCX, '12-hour decision-to-admit waits',
  'Table 4, 12-hour decision-to-admit waits: Nov 131 - Jun 48 = 83', calc={'expr': '131-48', 'operands': ['131', '48'], 'dp': 0})
q("percentage rise in 12-hour waits from arrival oct to nov?", 'arithmetic', ['15.8'], DOCX, '12-hour waits from arrival (number)',
  'Table 4: (1,610 - 1,390) / 1,390 = 15.8%', calc={'expr': '(1610-1390)/1390*100', 'operands': ['1,610', '1,390'], 'dp': 1})
r("What's the cost of opening the KGH discharge lounge at weekends?", 'Action in section 7 has no cost given; not a Table 6 scheme', ['discharge lounge'])
q("which hospital had the lowest bed occupancy in november", 'aggregate', ['Hollinsford Community Hospital', '90.6%'], DOCX, 'Hollinsford Community Hospital',
  'Table 5 Occupancy column: lowest is Hollinsford Community Hospital 90.6%')
q("what is the COO doing to sort out flow this winter - list of actions?", 'list', ['Perfect Week', 'discharge lounge', 'SDEC', 'system call'], DOCX,
  'Perfect Week', 'Section 7 bullet list (4 actions)')
q("nctr - what does it mean", 'define', ['No Criteria to Reside'], DOCX, 'No Criteria to Reside', 'Appendix abbreviations; para 4.3')
q("did the Hollinsford UTC hit its plan in Nov?", 'yesno', ['Yes', '97.5%'], DOCX, 'Hollinsford Urgent Treatment Centre',
  'Table 1: Nov 97.5% vs Plan Nov 95.0%')
r("what is the average handover time for the trust in september?", 'Table 3 covers October and November only', ['September', 'Sep'])
q("which bit of the UEC board report is about the winter plan?", 'section', ['6', 'Winter plan'], DOCX, '6. Winter plan 2025-26',
  'Section 6 Winter plan 2025-26')
r("how many patients went to the Tollingmere minor injuries unit in november?", 'No Tollingmere site; sites are KGH, DRI and Hollinsford UTC', ['Tollingmere', 'minor injuries'])

# ---------------- HTML: children's scorecard ----------------
q("what's the re-referral rate for our stat neighbours", 'lookup', ['21.7%'], HTML, 'Re-referrals within 12 months (%)',
  'Table 1 scorecard, CS03, Comparators / Statistical neighbours')
q("how many children were on a CP plan at the end of Q2?", 'lookup', ['455'], HTML, 'Children subject to a child protection plan (number)',
  'Table 1 CS05, 2025-26 / Q2 (also para 5.1)')
h3 = q("children in care rate per 10k in hollinsford?", 'lookup', ['58.0'], HTML, 'Hollinsford',
  'Table 3, Hollinsford, Rate per 10,000 children (30 Sep)')
q("what about ravelsby?", 'followup', ['63.8'], HTML, 'Ravelsby', 'Table 3, Ravelsby, Rate per 10,000 (30 Sep)', follows=h3)
r("what was the children in care rate for statistical neighbours in 2023-24", 'Comparators given only as latest published (2024-25); no 2023-24', ['2023-24'])
q("how many looked after kids are placed with IFAs", 'lookup', ['214'], HTML, 'Independent fostering agency (IFA)',
  'Table 4, Independent fostering agency (IFA), Number')
q("average weekly cost of an external residential placement?", 'lookup', ['6,340'], HTML, "External residential children",
  "Table 4, External residential children's homes, Average weekly cost (£)")
r("how many children in care come from the Ashcombe district?", 'No Ashcombe district; five districts only', ['Ashcombe'])
q("How many care leavers is the council supporting", 'lookup', ['312'], HTML, 'supporting 312 care leavers', 'Prose only, para 7.1')
q("whats the average caseload for social workers at the moment", 'lookup', ['17.2'], HTML, 'average caseload', 'Prose only, para 8.1')
r("what is the re-referral rate for Q3 2025-26?", 'Only Q1 and Q2 2025-26 reported', ['Q3'])
q("what proportion of re-referrals were about domestic abuse", 'lookup', ['78%'], HTML, '78% of re-referrals', 'Prose only, para 4.2 (audit in August)')
q("target for assessments done within 45 days?", 'lookup', ['90.0%'], HTML, 'Assessments completed within 45 working days (%)',
  'Table 1 CS04, 2025-26 / Target')
r("how long does it take on average for a child in care to be adopted in vennshire?", 'No adoption timeliness measure; only "placed for adoption" included in a combined Other row', ['adopt'])
q("are we higher or lower than england on children in care per 10,000?", 'compare', ['69.3', '70.0'], HTML, 'Children in care per 10,000 children',
  'Table 1 CS11: Q2 69.3 vs England 70.0 -> slightly lower')
q("did second or subsequent CP plans go up or down in q2", 'compare', ['23.1%'], HTML, 'Second or subsequent child protection plan (%)',
  'Table 1 CS08: Q1 19.8% -> Q2 23.1%, went up')
r("what was the re-referral rate in Q2 last year (2024-25)?", 'Table 2 starts at Q3 2024-25; 2024-25 outturn only as full year', ['Q2 2024-25', 'Q2'])
q("how many more children in care from kestlow than dunmarrow at end of sept", 'arithmetic', ['102'], HTML, 'Kestlow',
  'Table 3, 30 Sep 2025: Kestlow 305 - Dunmarrow 203 = 102', calc={'expr': '305-203', 'operands': ['305', '203'], 'dp': 0})
q("which district has the highest rate of children in care", 'aggregate', ['Kestlow', '83.8'], HTML, 'Kestlow',
  'Table 3 Rate per 10,000: Kestlow 83.8 highest')
q("what placement types count as external provision?", 'list', ['Independent fostering agency', 'External residential', 'Supported accommodation'], HTML,
  'Independent fostering agency (IFA)', 'Table 4 External provision group rows (IFA, external residential, supported accommodation, other)')
r("how many kids on child protection plans in kestlow?", 'CPP numbers only at county level; no district breakdown', ['child protection', 'Kestlow'])
q("MASH?", 'define', ['Multi-Agency Safeguarding Hub'], HTML, 'Multi-Agency Safeguarding Hub', 'Para 4.1 and glossary')
q("did the number of children in care in tollingmere go up this quarter", 'yesno', ['No'], HTML, 'Tollingmere',
  'Table 3: Tollingmere 71 at 30 Jun -> 70 at 30 Sep, change (1)')
q("give me the headlines from the children's scorecard", 'summary', ['re-referrals', '866', '20 miles', 'care leavers'], HTML,
  'the areas the committee is asked to note', 'Section 2 Summary bullets')
r("how many care leavers in dunmarrow are NEET?", 'Care leaver figures only at county level', ['NEET', 'Dunmarrow'])

# ---------------- MD: housing ----------------
m1 = q("how many households in b&b in kestlow", 'lookup', ['38'], MD, 'Bed and breakfast (B&B)', 'Table 1, Bed and breakfast (B&B), Kestlow')
q("and in hollinsford?", 'followup', ['9'], MD, 'Bed and breakfast (B&B)', 'Table 1, Bed and breakfast (B&B), Hollinsford', follows=m1)
r("what was the rough sleeper count in 2021?", 'Table 3 starts at autumn 2022', ['2021'])
q("main duty acceptances in Q2 this year?", 'lookup', ['125'], MD, 'Main duty acceptances', 'Table 2, Main duty acceptances, Q2 2025-26')
q("rough sleeping figure for hollinsford in the 2024 count", 'lookup', ['5'], MD, 'Hollinsford', 'Table 3, Hollinsford, Autumn 2024')
r("how many households were in TA in Ashcombe?", 'No Ashcombe district', ['Ashcombe'])
q("How much homelessness prevention grant does Dunmarrow get?", 'lookup', ['780'], MD, 'Dunmarrow',
  'Table 4, Dunmarrow, Homelessness Prevention Grant (£000)')
q("how many families are in b and b over the 6 week limit", 'lookup', ['17'], MD, '17 families with children', 'Prose para 4.3 (and action A3 update)')
q("what's TA expected to cost the districts this year", 'lookup', ['£6.9m'], MD, 'forecast at £6.9m', 'Prose only, para 4.4')
r("what did the autumn 2025 rough sleeping count find?", 'Autumn 2025 snapshot not yet published (Feb 2026)', ['2025'])
q("when is the county wide PSL scheme due now?", 'lookup', ['June 2026'], MD, 'June 2026', 'Recommendations and Table 5 A4 (Jun 2026, revised from December 2025)')
q("has rough sleeping in kestlow gone up or down since 2023?", 'compare', ['23'], MD, 'Kestlow',
  'Table 3: Kestlow autumn 2023 19 -> autumn 2024 23, up by 4')
q("is the relief success rate better in Q2 this year than the same quarter last year", 'compare', ['43.3%', '41.3%'], MD, 'Relief success rate',
  'Table 2 Relief success rate: Q2 2025-26 43.3% vs Q2 2024-25 41.3% -> better')
r("how many households were in bed and breakfast in march 2025?", 'Table 1 is at 30 September 2025 only', ['March 2025', 'B&B'])
q("by what % has temp accommodation gone up on a year ago", 'arithmetic', ['25.9'], MD, '651 households',
  'Para 4.1: 651 now vs 517 a year earlier; (651-517)/517 = 25.9%', calc={'expr': '(651-517)/517*100', 'operands': ['651', '517'], 'dp': 1})
q("which district gets the most RSI funding?", 'aggregate', ['Kestlow', '615'], MD, 'Kestlow', 'Table 4, Rough Sleeping Initiative column: Kestlow 615 highest')
r("how much Local Authority Housing Fund money has hollinsford had", 'LAHF mentioned in action A6 but no amount given', ['Local Authority Housing Fund'])
q("what are the priorities of the homelessness strategy", 'list', ['Prevent homelessness earlier', 'temporary accommodation', 'rough sleeping', 'affordable and supported housing'], MD,
  'Prevent homelessness earlier', 'Section 3 numbered list of four priorities')
q("what does the new tenancy sustainment service provide", 'list', ['mediation', 'rent deposit', 'debt', 'hospital discharge'], MD,
  'mediation with landlords', 'Para 5.2 bullet list')
r("what is the HPG allocation for 2026-27?", 'Only 2025-26 allocations given; HPG confirmed one year at a time', ['2026-27', 'Homelessness Prevention Grant'])
q("is action A3 on track", 'yesno', ['No', 'Red'], MD, 'End B&B use for families beyond six weeks', 'Table 5, A3 RAG Red; para 8.2')
r("how many rough sleepers from tollingmere does the ravelsby outreach team support", 'Shared arrangement mentioned (para 7.2) but no figure', ['Tollingmere', 'outreach'])
r("what does a night in nightly-paid TA cost on average?", 'Nightly-paid described as most expensive, no cost per night given', ['nightly', 'cost'])

from collections import Counter; print(len(Q), Counter(o["type"] for o in Q))
assert len(Q) == 100, len(Q)
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w') as f:
    for o in Q:
        o2 = o
        f.write(json.dumps(o2, ensure_ascii=False) + '\n')
json.dump(CALC, open(os.path.join(HERE, 'calcs.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(Counter(o['type'] for o in Q), sum(o['answerable'] for o in Q))
