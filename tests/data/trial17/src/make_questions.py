"""Write questions.jsonl for trial 17 and check every cite phrase / expected figure against the documents."""
import json
import re
import sys

import docx
import pdfplumber
from bs4 import BeautifulSoup

D = "/work/trials_new/trial17/"
P = "t17_uec_ambulance_ucr_performance.pdf"
W = "t17_public_health_grant_outcomes.docx"
H = "t17_corporate_risk_register_q3.html"
M = "t17_unpaid_carers_strategy_update.md"

Q = []


def q(question, typ, expect=None, doc=None, contains=None, note="", follows=None, operands=None):
    Q.append(dict(question=question, type=typ, expect=expect or [], doc=doc, contains=contains,
                  note=note, follows=follows, operands=operands or []))
    return len(Q)


def ref(n):
    return f"T17_{n:03d}"


# ============================ answerable ============================
# ---- PDF: UEC performance
q("cat 2 mean response time in september?", "lookup", ["29.2"], P, "Category 2 mean",
  "Table 1, Category 2 mean, Sep-25 = 29.2 minutes")
q("how many ambulance incidents were there in july 2025", "lookup", ["11,290"], P, "Incidents (number)",
  "Table 1, Incidents (number), Jul-25 = 11,290")
q("what was the cat1 90th centile in nov", "lookup", ["15.3"], P, "Category 1 90th centile",
  "Table 1, Category 1 90th centile, Nov-25 = 15.3 minutes (standard 15.0)")
q("hours lost to handovers at oldbrigg royal in novmber?", "lookup", ["1,004"], P, "Oldbrigg Royal Infirmary",
  "Table 2, Oldbrigg Royal Infirmary, November 2025 Hours lost = 1,004")
q("what % of ucr referrals in wyndhallow got seen within 2hrs", "lookup", ["62.1"], P, "Wyndhallow total",
  "Table 4, Wyndhallow total row, % within 2 hours = 62.1 (Apr-Nov cumulative)")
q("virtual ward occupancy for respiratory", "lookup", ["71"], P, "Respiratory (adult)",
  "Table 5, Respiratory (adult) occupancy 71.0% (November 2025)")
q("whats the forecast outturn on the virtual ward expansion scheme", "lookup", ["1,914"], P, "Virtual ward expansion",
  "Table 6, Virtual ward expansion, Forecast outturn = 1,914 (£000)")
q("when did the new ambulance cohort area at kessford open", "lookup", ["17 November"], P,
  "cohort area at Kessford General opened",
  "Section 4 prose: opened on 17 November 2025")
q("no. of ucr referrals from care homes in sallowmead", "lookup", ["211"], P, "Care home",
  "Table 4, Sallowmead group, Care home row: 211 referrals (row on page 3 under the Sallowmead group header)")
# ---- DOCX: public health grant
q("how much DATRIG did the council get in 24/25", "lookup", ["1,655"], W,
  "Drug and Alcohol Treatment and Recovery Improvement Grant",
  "Table 1, DATRIG row, 2024-25 = 1,655 (£000)")
q("sexual health budget this year?", "lookup", ["3,980"], W, "Sexual health services",
  "Table 2, Sexual health services, 2025-26 Budget = 3,980 (£000)")
q("yr 6 obesity rate in marrowdene vale", "lookup", ["24.1"], W, "Year 6: prevalence of obesity",
  "Table 3, Year 6 prevalence of obesity (incl. severe), Marrowdene Vale 24.1% (2024-25)")
q("how many 4 week quits did the stop smoking service get in q2 of 2025-26", "lookup", ["330"], W,
  "Quit at 4 weeks", "Table 4, Quit at 4 weeks, 2025-26 Q2 = 330")
q("how many swap to stop vape kits were handed out in Q4 2024/25", "lookup", ["388"], W,
  "Vape starter kits issued", "Table 4, Vape starter kits issued (Swap to Stop), 2024-25 Q4 = 388")
q("successfull completion rate for alcohol only clients", "lookup", ["34.8"], W, "Alcohol only",
  "Table 5, Alcohol only, Successful completions (%) = 34.8 (England 34.2)")
q("what was the public health reserve balance at the start of april 2025", "lookup", ["1,146"], W,
  "public health reserve, which stood at",
  "Section 5 prose: reserve stood at £1,146k on 1 April 2025")
# ---- HTML: risk register
q("who is the owner of the cyber risk", "lookup", ["Chief Digital"], H, "Cyber attack and loss of critical ICT systems",
  "Table 2, CR11 risk owner = Chief Digital and Information Officer")
q("residual score on the homelessness / temp accommodation risk?", "lookup", ["12"], H,
  "Homelessness and temporary accommodation demand",
  "Table 2, CR07 residual L4 x I3 = 12 (Amber, Increasing)")
q("target score for the high needs DSG risk", "lookup", ["8"], H, "High Needs Block deficit",
  "Table 2, CR03 target score = 8")
q("when's the disaster recovery test due", "lookup", ["28 February"], H, "disaster recovery test of critical systems",
  "Table 5, CR11 action 'Complete disaster recovery test of critical systems', due 28 February 2026 (Delayed)")
q("what assurance level did internal audit give the risk management arrangements", "lookup", ["reasonable"], H,
  "review of risk management arrangements",
  "Section 9 prose: Reasonable assurance opinion")
# ---- MD: carers
q("how many carers assessments were done in q3", "lookup", ["397"], M, "Adult carers' assessments completed",
  "Table 1, Adult carers' assessments completed, Q3 (Oct-Dec) = 397")
q("median wait for a carers assesment in q2?", "lookup", ["27"], M, "Median days from referral to assessment",
  "Table 1, Median days from referral to assessment, Q2 = 27 days")
q("how many unpaid carers in sallowmead according to the census", "lookup", ["4,610"], M, "Sallowmead",
  "Table 2, Sallowmead, Estimated unpaid carers (Census 2021) = 4,610")
q("how many nights of residential respite were provided", "lookup", ["3,046"], M, "Residential respite",
  "Table 4, Residential respite, Volume delivered = 3,046 nights")
q("what's the max carers break fund grant now", "lookup", ["300"], M, "maximum grant was reduced from",
  "Section 6 prose: maximum grant reduced from £400 to £300 from January 2025")

# ---- definitions
q("what does OPAT stand for in the virtual ward table", "define", ["outpatient parenteral antimicrobial therapy"], P,
  "outpatient parenteral antimicrobial therapy", "Note under Table 5 defines OPAT")
q("what counts as a 'successful completion' for drug treatment", "define", ["dependence"], W,
  "free of dependence", "Section 7.2 prose: left treatment free of dependence and did not re-present within six months")
q("residual score meaning?", "define", ["controls"], H, "taking account of controls in place",
  "Section 3 prose: residual score is the current level of risk taking account of controls in place")
q("what is a carers emergency plan", "define", ["unable to care"], M, "carers' emergency plan records what",
  "Section 5 prose: records what should happen if the carer is suddenly unable to care")

# ---- comparisons
q("did the cat 2 mean get better or worse from oct to nov", "compare", ["33.7", "36.2"], P, "Category 2 mean",
  "Table 1: Oct-25 33.7 -> Nov-25 36.2, i.e. worse (longer)")
q("which had more handovers over 45 mins in november, oldbrigg or tallowbridge?", "compare", ["Oldbrigg", "498"], P,
  "Oldbrigg Royal Infirmary", "Table 2 November: Oldbrigg 498 vs Tallowbridge 71")
q("do heart failure or frailty virtual ward patients stay longer", "compare", ["heart failure", "9.3"], P,
  "Heart failure", "Table 5 average length of stay: heart failure 9.3 days vs frailty 6.9")
q("is the alcohol admissions rate here higher than england", "compare", ["687", "612"], W,
  "Admission episodes for alcohol-specific conditions", "Table 3: Marrowdene Vale 687 vs England 612 per 100,000 - higher (Worse)")
q("which quarter had the better quit rate in 2025/26 so far, q1 or q2", "compare", ["54.8"], W,
  "4-week quit rate (%)", "Table 4: 2025-26 Q1 53.6% vs Q2 54.8% - Q2 higher")
q("is the cyber risk's inherent score higher than the flooding one", "compare", ["25", "16"], H,
  "Cyber attack and loss of critical ICT systems",
  "Table 2 inherent scores: CR11 cyber 25 vs CR08 climate adaptation and flood risk 16 - yes, higher")
q("carers social contact score - how do we compare to england", "compare", ["28.4", "30"], M,
  "Carers who have as much social contact",
  "Table 6: Marrowdene Vale 2023-24 28.4% vs England 30.0% (lower)")
q("were young carers assessments above or below the year 1 target", "compare", ["266", "300"], M,
  "Young carers' assessments completed", "Table 7: target 300, actual 266 - below (Amber)")

# ---- arithmetic
q("how much did hours lost at kessford general go up between oct and nov", "arithmetic", ["645"], P,
  "Kessford General Hospital", "Table 2: 2,287 - 1,642 = 645 hours",
  operands=["2,287", "1,642"])
q("total 4 week quits for the whole of 2024-25?", "arithmetic", ["1,263"], W, "Quit at 4 weeks",
  "Table 4: 318 + 281 + 290 + 374 = 1,263", operands=["318", "281", "290", "374"])
q("combined 25/26 budget for sexual health and health visiting", "arithmetic", ["9,990"], W,
  "Health visiting (0–5 universal reviews)", "Table 2 budgets: 3,980 + 6,010 = 9,990 (£000)",
  operands=["3,980", "6,010"])
q("how far is CR01 above its target score", "arithmetic", ["8"], H, "Medium-term financial sustainability",
  "Table 2: CR01 residual 20 less target 12 = 8", operands=["20", "12"])
q("how many more carers assessments than the year before", "arithmetic", ["226"], M,
  "Adult carers' assessments completed", "Table 1: 1,712 - 1,486 = 226", operands=["1,712", "1,486"])
q("% increase in carers reviews 23/24 to 24/25?", "arithmetic", ["11.4"], M, "Carers' reviews completed",
  "Table 1: (2,462 - 2,210) / 2,210 = 11.4%", operands=["2,462", "2,210"])

# ---- superlatives / aggregates
q("which virtual ward pathway has the lowest occupancy", "aggregate", ["paediatric", "59"], P,
  "Paediatric respiratory", "Table 5: Paediatric respiratory 59.0% is the lowest")
q("how many of the public health indicators are worse than england", "aggregate", ["7"], W,
  "statistically worse than England on 7",
  "Section 2 summary (and Table 3 count of 'Worse'): 7 of 14")
q("how many risks on the register are rated green at the moment", "aggregate", ["2"], H, "Number of corporate risks by residual RAG",
  "Table 4 Q3 2025-26 Green = 2 (CR12 and CR13 in Table 2)")
q("which risk categories are over tolerance", "aggregate", ["Financial", "Technology", "Governance"], H,
  "Risk appetite and tolerance by category",
  "Table 6: Financial (3), Technology and information (1), Governance and resilience (1) above tolerance")
q("which locality has the highest carers assessment rate", "aggregate", ["Sallowmead", "61.6"], M, "Sallowmead",
  "Table 2: Sallowmead 61.6 per 1,000 carers is highest")

# ---- lists
q("what is the icb board being asked to do on the uec report", "list", ["deterioration", "weekend", "March"], P,
  "reinvest the forecast £167k underspend",
  "Section 9 recommendations: note deterioration; note UCR standard met since June; support reinvesting £167k in weekend UCR; further report March 2026")
q("main risks to urgent care performance this winter?", "list", ["respiratory", "industrial action", "recruitment"], P,
  "industrial action affecting medical staffing",
  "Section 8 bullets: respiratory illness/flu, Kessford handover delays, virtual ward recruitment, industrial action")
q("public health commisioning plans for 2026-27", "list", ["sexual health", "workplace health", "school nursing"], W,
  "Develop a workplace health programme",
  "Section 8 numbered list of five commissioning intentions")
q("what are they doing about the cyber risk", "list", ["Cyber Essentials Plus", "disaster recovery"], H,
  "Achieve Cyber Essentials Plus certification", "Table 5 CR11 actions")
q("emerging risks being watched by the leadership team", "list", ["National Insurance", "insurance premiums", "leisure"], H,
  "increased insurance premiums following recent claims",
  "Section 9 bullets: employer NI, insurance premiums, leisure centres, asylum funding")
q("carers strategy plans for next year", "list", ["liaison", "young carers", "Break Fund"], M,
  "extend the carers' liaison worker role",
  "Section 10 numbered list: liaison worker to Oldbrigg RI; short-notice replacement care; schools/young carers target 320; working carers' network; review Break Fund")

# ---- summary / section
q("which section of the public health report covers risks", "section", ["9"], W, "managed by the Public Health Senior Leadership Team",
  "Heading '9. Risks'")
q("what are the biggest risks facing the council at the moment", "summary", ["financial", "cyber"], H,
  "Medium-term financial sustainability",
  "Red risks in Table 2: CR01 financial sustainability (20), CR02 adult social care, CR03 High Needs, CR11 cyber, CR14 reorganisation")
q("where in the carers update are the survey results", "section", ["8"], M, "What carers tell us",
  "Heading '8. What carers tell us: Survey of Adult Carers in England'")

# ---- yes/no
q("has the 2hr ucr service hit 70% every month this year?", "yesno", ["no"], P,
  "dipped below the standard in April and May",
  "Table 3 and prose: April (66.7) and May (68.8) below 70%")
q("did the PH grant go up for 2025-26", "yesno", ["yes"], W, "an increase of £912k",
  "Section 2: £24.318m, an increase of £912k (3.9%); Table 1")
q("has the waste collection contract risk been closed?", "yesno", ["yes"], H, "Waste collection contract re-procurement",
  "Section 2 and Table 3: CR15 closed after contract awarded November 2025")
q("did the carers budget overspend last year", "yesno", ["yes"], M, "Overall spend was £20k above budget",
  "Section 7 / Table 5: actual 3,207 vs budget 3,187, £20k over")

# ---- follow-up pairs
f1 = q("ucr % seen within 2 hrs in june?", "lookup", ["70.6"], P, "% seen within 2 hours",
       "Table 3, % seen within 2 hours, Jun-25 = 70.6")
q("and in october?", "followup", ["71.9"], P, "% seen within 2 hours",
  "Table 3, Oct-25 = 71.9", follows=ref(f1))
f2 = q("male life expectancy in marrowdene vale", "lookup", ["78.3"], W, "Life expectancy at birth (males)",
       "Table 3, Life expectancy at birth (males) 2021-23 = 78.3 years")
q("what about for women?", "followup", ["82.6"], W, "Life expectancy at birth (females)",
  "Table 3, Life expectancy at birth (females) = 82.6 years", follows=ref(f2))
f3 = q("how many amber risks were there in q1 2025/26", "lookup", ["8"], H, "Number of corporate risks by residual RAG",
       "Table 4, Amber, Q1 2025-26 = 8")
q("and in q4 the year before?", "followup", ["9"], H, "Number of corporate risks by residual RAG",
  "Table 4, Amber, Q4 2024-25 = 9", follows=ref(f3))
f4 = q("how many new carers registered with the hub in q2", "lookup", ["415"], M, "New carers registered",
       "Table 3, New carers registered, Q2 = 415")
q("and q4?", "followup", ["452"], M, "New carers registered", "Table 3, New carers registered, Q4 = 452",
  follows=ref(f4))

# ============================ near misses (refusals) ============================
R = [
    ("cat 2 mean response time for december 2025?", "Table 1 covers April to November 2025 only; no December figure."),
    ("what's the category 1 mean response in wyndhallow", "Paper says VUAS has not provided locality-level response data; only anecdotal reports about Wyndhallow."),
    ("hours lost at carrickmoor district hospital in september", "Table 2 gives October and November 2025 only."),
    ("how many ucr referrals came from pharmacies", "Referral sources are GP, NHS 111, Ambulance, Care home, Self or family, Other (social care, community nursing, discharge teams); pharmacies not a source."),
    ("frailty virtual ward occupancy in october", "Table 5 is November 2025 only."),
    ("by how much did VUAS staff sickness go up in november", "Sickness increase is mentioned but never quantified."),
    ("how many patients did the mental health response vehicle see", "Pilot mentioned (started October 2025 from Oldbrigg) but no activity figures."),
    ("2 hour ucr performance for brackenhurst", "Brackenhurst is not a locality in the papers (localities are Kessford, Oldbrigg, Wyndhallow, Sallowmead, Pennick Cross)."),
    ("patient satisfaction score for virtual wards?", "Feedback described only as positive; no score, survey response rate not published."),
    ("how many handovers at kessford took longer than 60 mins", "Table 2 only gives handovers over 45 minutes, no 60-minute measure."),
    ("what is the sexual health budget for 2026-27", "Only 2024-25 outturn and 2025-26 budget/forecast; 2026-27 allocation not announced."),
    ("healthy life expectancy in marrowdene vale?", "Explicitly excluded: latest local estimate not yet published."),
    ("breastfeeding rate at 6-8 wks", "Explicitly excluded pending data quality review."),
    ("stop smoking quits in q3 2025-26", "Table 4 note: Q3 and Q4 2025-26 data not yet available."),
    ("how many ppl have been screened for gambling harms", "Work started; numbers to be reported from 2026-27."),
    ("nhs health check uptake in 2023-24", "Table 6 covers 2024-25 only; no previous-year uptake."),
    ("suicide rate for men in marrowdene vale", "Table 3 gives suicide rate for persons only, no male figure."),
    ("regional figure for mmr 1 dose at 2 years", "Only MMR two doses at 5 years is reported."),
    ("how many opiate clients are in treatment in wyndhallow", "Table 5 gives Marrowdene Vale totals only, no locality breakdown."),
    ("what was the residual score for CR01 in Q1 2025-26", "Only Q2 (16) and Q3 (20) residual scores given; Table 4 gives RAG counts not individual scores for Q1."),
    ("who owns the leisure centres risk", "Leisure centre condition is an emerging issue not yet on the register; no owner named."),
    ("likelihood score for the waste contract risk", "CR15 shown only with a Q2 residual score of 12 and then closed; no likelihood/impact breakdown."),
    ("how much are the council's insurance premiums going up", "Mentioned as emerging risk; not quantified."),
    ("what's the risk score on the pension fund risk", "No pension fund risk on the register."),
    ("how many red risks did the council have in q3 2024-25", "Table 4 starts at Q4 2024-25."),
    ("carers assessments in q1 2025-26?", "Carers update covers 2024-25 (with 2023-24 totals) only."),
    ("how many young carers assessments were done in pennick cross", "Table 2 locality breakdown is adult carers' assessments only; young carers not by locality."),
    ("how many people are using the new carers app", "App launched February 2025; usage data to be reported next year."),
    ("how much was spent on residential respite in 2023-24", "Table 4 / Table 5 give 2024-25 spend (and 2025-26 budget) only."),
    ("what did the 2025 carers survey show", "Latest published survey is 2023-24; autumn 2025 survey results expected summer 2026."),
]
for text, why in R:
    q(text, "refusal", [], None, None, why)


# ============================ checks ============================
def pdf_text():
    with pdfplumber.open(D + P) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)


def docx_units():
    d = docx.Document(D + W)
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                units.append(c.text)
    return units


def html_text():
    return BeautifulSoup(open(D + H, encoding="utf-8").read(), "html.parser").get_text()


def md_text():
    return open(D + M, encoding="utf-8").read()


units = {
    P: pdf_text().split("\n"),
    W: docx_units(),
    H: html_text().split("\n"),
    M: md_text().split("\n"),
}
full = {k: "\n".join(v) for k, v in units.items()}

ok = True
assert len(Q) == 100, len(Q)
for i, x in enumerate(Q, 1):
    if x["type"] == "refusal":
        continue
    doc = x["doc"]
    c = x["contains"].lower()
    if not any(c in u.lower() for u in units[doc]):
        print("CONTAINS NOT FOUND (within one line/cell):", ref(i), doc, x["contains"])
        ok = False
    if len(x["contains"].split()) > 8:
        print("contains length", ref(i), len(x["contains"].split()), x["contains"])
    for e in x["expect"]:
        if x["type"] == "arithmetic" or (x["type"] == "yesno" and e in ("yes", "no")):
            continue
        if e.lower() not in full[doc].lower():
            print("EXPECT NOT IN DOC:", ref(i), doc, e)
            ok = False
    for o in x["operands"]:
        if o not in full[doc]:
            print("OPERAND NOT IN DOC:", ref(i), o)
            ok = False

# refusals: flag suspicious words present
for i, x in enumerate(Q, 1):
    if x["type"] == "refusal":
        for w in ["brackenhurst", "pharmac", "pension", "60 min", "q3 2024-25", "december 2025"]:
            for k, t in full.items():
                if w in x["question"].lower() and w in t.lower():
                    print("refusal keyword present", ref(i), w, k)

from collections import Counter
print(Counter(x["type"] for x in Q))
print("answerable", sum(1 for x in Q if x["type"] != "refusal"))

with open(D + "questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        o = {"id": ref(i), "question": x["question"], "type": x["type"],
             "answerable": x["type"] != "refusal", "expect": x["expect"],
             "cite": ({"doc": x["doc"], "contains": x["contains"]} if x["type"] != "refusal" else None),
             "note": x["note"]}
        if x["follows"]:
            o["follows"] = x["follows"]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("OK" if ok else "PROBLEMS")
