"""Write questions.jsonl for trial 26 and check every cite phrase / expected figure against the documents."""
import json
import re
import sys

import docx
import pdfplumber
from bs4 import BeautifulSoup
from docx.table import Table
from docx.text.paragraph import Paragraph

D = "/work/trials_new/trial26/"
PDF = "t26_dsg_schools_budget_report.pdf"
DOCX = "t26_immunisation_screening_report.docx"
HTML = "t26_nhs111_urgent_care_performance.html"
MD = "t26_workforce_equality_gender_pay_gap.md"

# (id-suffix, question, type, doc, expect, contains, note, extra) ; extra: dict(follows=..., operands=[...])
Q = [
 ("whats the total dsg allocation for 2025-26?", "lookup", PDF, ["346.56"], "Total DSG",
  "Table 1 'Total DSG' row, 2025-26 Allocation = 346.56 (£m); also para 3.1 and Table 2."),
 ("what was the growth fund budget in 2023/24", "refusal", None, [], None,
  "Table 1 only covers 2024-25 and 2025-26 (and Table 2 2026-27); no 2023-24 growth fund figure."),
 ("mmr2 uptake in quillby?", "lookup", DOCX, ["82.1"], "Quillby",
  "Table 2 Quillby row, MMR2 (5 years) = 82.1%; repeated in prose."),
 ("how many calls did 111 recieve in august", "lookup", HTML, ["46,102"], "Calls received",
  "Table 1 'Calls received' row, Aug = 46,102."),
 ("how many 111 calls were there in october 2025?", "refusal", None, [], None,
  "The 111 report covers April to September 2025 only; no October figures."),
 ("what's the median gender pay gap for 2025", "lookup", MD, ["7.2"], "Median gender pay gap",
  "Table 1 'Median gender pay gap' row, 2025 = 7.2%; also para 3.2 and Table 2."),
 ("has the mean gpg gone down since last year?", "compare", MD, ["16.2", "15.1"], "Mean gender pay gap",
  "Table 1: mean gender pay gap 16.2% (2024) -> 15.1% (2025), i.e. down."),
 ("growth fund outturn 24/25", "lookup", PDF, ["0.86"], "Growth fund",
  "Table 1 'Growth fund' row, 2024-25 Outturn = 0.86 (£m)."),
 ("flu jab uptake for over 65s in harrowfield", "refusal", None, [], None,
  "Flu uptake (Table 3) is given only for Wendlemoor as a whole; district tables cover childhood vaccines and cervical screening only."),
 ("what % of over 65s had the flu vaccine in 2024-25", "lookup", DOCX, ["76.4"], "Aged 65 and over",
  "Table 3 Influenza / 'Aged 65 and over' row, 2024-25 = 76.4%; also prose in section 4."),
 ("avg speed to answer in may?", "lookup", HTML, ["188"], "Average speed to answer (seconds)",
  "Table 1 'Average speed to answer (seconds)' row, May = 188."),
 ("what is the trusts ethnicity pay gap", "refusal", None, [], None,
  "The report says an ethnicity pay gap report will be published for the first time in 2026; no figure is given."),
 ("forecast spend on INMSS placements this yr", "lookup", PDF, ["13.85"], "INMSS placements",
  "Table 1 'INMSS placements' row, 2025-26 Forecast = 13.85 (£m) (allocation 10.20, variance 3.65)."),
 ("what does INMSS stand for", "define", PDF, ["independent and non-maintained special schools"],
  "independent and non-maintained special schools (INMSS)", "Defined in para 3.3 bullet list."),
 ("cumulative dsg deficit by end of march 2026?", "lookup", PDF, ["27.33"], "forecast to reach £27.33m",
  "Para 6.1: forecast to reach £27.33m at 31 March 2026; also Table 4 carried forward 2025-26."),
 ("how many academies are in deficit", "refusal", None, [], None,
  "Para 5.1 says academy balances are not included; only the 85 maintained schools are reported."),
 ("bowel screening coverage 24-25", "lookup", DOCX, ["71.8"], "Bowel screening (aged 60 to 74)",
  "Table 4 bowel screening row, 2024-25 = 71.8%."),
 ("how many calls ended with an ambulance being sent out in q2", "lookup", HTML, ["12,410"], "Ambulance dispatched",
  "Table 3 'Ambulance dispatched' row, Q2 total = 12,410."),
 ("what was the % answered in 60 secs back in march 2025", "refusal", None, [], None,
  "Table 1 starts in April 2025; no March 2025 figure."),
 ("mean hourly rate for women at the trust?", "lookup", MD, ["19.42"], "Mean hourly pay",
  "Table 2 'Mean hourly pay' row, Women = £19.42."),
 ("how many 111 calls were answered in june", "lookup", HTML, ["47,168"], "Calls answered",
  "Table 1 'Calls answered' row, Jun = 47,168."),
 ("and in september?", "followup", HTML, ["48,215"], "Calls answered",
  "Follow-up to calls answered: Table 1 'Calls answered' row, Sep = 48,215.", {"follows": 21}),
 ("hpv vaccine uptake for year 8 girls", "refusal", None, [], None,
  "HPV vaccination is not covered; HPV is mentioned only for cervical screening self-sampling kits."),
 ("how many measles cases were there last year", "lookup", DOCX, ["14"], "14 laboratory-confirmed measles cases",
  "Section 3.1 prose: 14 laboratory-confirmed measles cases in 2024-25."),
 ("how many pupils were in the oct 2025 census", "lookup", PDF, ["38,412"], "38,412 pupils recorded",
  "Para 4.1: 38,412 pupils recorded in the October 2025 census."),
 ("total calls received in july and august added together", "arithmetic", HTML, ["94,037"], "Calls received",
  "Table 1 Calls received: Jul 47,935 + Aug 46,102 = 94,037.", {"operands": ["47,935", "46,102"]}),
 ("whats the high needs deficit forecast for 2029-30?", "refusal", None, [], None,
  "Table 4 recovery plan runs only to 2028-29; nothing for 2029-30."),
 ("how many female consultants does the trust have", "lookup", MD, ["38"], "Consultants",
  "Table 3 'Consultants' row, Women = 38."),
 ("which month had better 60 sec performance, july or september", "compare", HTML, ["July", "79.2"],
  "Answered within 60 seconds", "Table 1: Jul 79.2% vs Sep 73.5%, so July."),
 ("what was the gender pay gap in 2020", "refusal", None, [], None,
  "Table 1 of the pay gap report starts at 2021; no 2020 figure."),
 ("4hr performance at harrowfield utc", "lookup", HTML, ["93.4"], "Harrowfield Urgent Treatment Centre",
  "Table 5 Harrowfield UTC row, within 4 hours = 93.4%."),
 ("which area rings 111 the most per head of population", "aggregate", HTML, ["Quillby", "404.4"], "Quillby",
  "Table 4: highest calls per 1,000 population is Quillby at 404.4 (also prose section 6)."),
 ("primary school balences at 31st march 2025", "lookup", PDF, ["8,120"], "Primary",
  "Table 3 'Primary' row, 31 March 2025 Balance = 8,120 (£000)."),
 ("per pupil funding rate for secondary schools next year?", "refusal", None, [], None,
  "No per-pupil funding rates are given; only pupil numbers and the 0.0% minimum funding guarantee."),
 ("is cervical screening in seltonbridge getting better or worse", "compare", DOCX, ["70.2", "69.5"], "Seltonbridge",
  "Table 5 Seltonbridge row: 70.2% (2023-24) -> 69.5% (2024-25), trend Worsening."),
 ("how many ucr referrals came from 111 in q2", "lookup", HTML, ["1,146"], "1,146 referrals from NHS 111",
  "Section 7 prose: 1,146 referrals from NHS 111 and the CAS in Quarter 2."),
 ("what does COVER stand for in the imms report", "define", DOCX, ["Cover of Vaccination Evaluated Rapidly"],
  "Cover of Vaccination Evaluated Rapidly", "Section 3 prose and the glossary."),
 ("what was mmr2 uptake in 2022-23", "refusal", None, [], None,
  "Table 1 gives childhood uptake only for 2023-24 and 2024-25."),
 ("what is the schools forum being asked to agree", "list", PDF, ["transfer", "central school services", "recovery plan"],
  "approve a transfer of 0.5%", "Section 2 recommendations 2.1-2.5 (note overspend, approve 0.5% transfer, approve central school services budgets, note balances, endorse recovery plan)."),
 ("how many men got a bonus this year", "lookup", MD, ["28"], "Men receiving a bonus (number)",
  "Table 5 'Men receiving a bonus (number)' row, 2025 = 28."),
 ("did AAA screening hit the acceptable standard in 24/25", "yesno", DOCX, ["yes"],
  "Abdominal aortic aneurysm (AAA) screening", "Table 4 AAA row: 85.9% vs acceptable 85, 'Met acceptable standard' = Yes; prose says met for first time."),
 ("category 2 ambulance response times?", "refusal", None, [], None,
  "The 111 report covers ambulance dispositions and validation, not 999 response times."),
 ("by how much have ehcp numbers gone up since jan 2022", "arithmetic", PDF, ["914"], "Total EHCPs",
  "Table 6 Total EHCPs: 3,424 (Jan 2025) - 2,510 (Jan 2022) = 914.", {"operands": ["3,424", "2,510"]}),
 ("rsv jab uptake in 75-79s", "lookup", DOCX, ["58.7"], "Aged 75 to 79 (catch-up)",
  "Table 3 RSV row, 2024-25 = 58.7%."),
 ("how much early years block money goes to brackenholt", "refusal", None, [], None,
  "The DSG report does not split any block by district."),
 ("how many WTE health advisers are in post for 111", "lookup", HTML, ["186.4"], "186.4 whole-time equivalent",
  "Section 3 prose: 186.4 WTE health advisors in post against 214.0 WTE establishment."),
 ("which high needs savings actions are rated red", "aggregate", PDF, ["Harrowfield", "inclusion partnership"],
  "Harrowfield special free school", "Table 5 RAG = Red for Harrowfield special free school and Inclusion partnership funding; para 6.3."),
 ("how much is the quillby mmr outreach costing", "refusal", None, [], None,
  "The catch-up clinics/outreach are described (612 doses) but no cost is given."),
 ("whats the white vs bme shortlisting ratio for 2025", "lookup", MD, ["1.31"], "appointed from shortlisting",
  "Table 6 likelihood of white applicants being appointed from shortlisting, 2025 = 1.31; para 7.2."),
 ("whats the gap in mmr2 between brackenholt and quillby", "arithmetic", DOCX, ["8.8"], "Brackenholt",
  "Table 2 MMR2: Brackenholt 90.9 - Quillby 82.1 = 8.8 percentage points.", {"operands": ["90.9", "82.1"]}),
 ("how many people used 111 online in q2", "refusal", None, [], None,
  "NHS 111 online is mentioned only as a recovery action; no usage figures."),
 ("what's in the 111 provider's recovery plan", "list", HTML, ["recruitment", "roster", "online"],
  "recruitment cohorts of 18 health advisors", "Section 3 bullet list: two recruitment cohorts, weekend rostering, call-back option, more use of NHS 111 online."),
 ("how much will the early years block get in 26/27", "lookup", PDF, ["52.3"], "Early Years Block",
  "Table 2 Early Years Block row, 2026-27 provisional = 52.30 (£m)."),
 ("what about high needs?", "followup", PDF, ["60.9"], "High Needs Block",
  "Follow-up: Table 2 High Needs Block row, 2026-27 provisional = 60.90 (£m).", {"follows": 53}),
 ("how many men were at band 8d in 2024", "refusal", None, [], None,
  "Table 3 headcount by band is only for 31 March 2025."),
 ("which block is overspending more this year, high needs or early years", "compare", PDF, ["high needs", "7.45"],
  "Total High Needs Block", "Table 1 2025-26 variance: High Needs +7.45 overspend; Early Years (0.52) underspend."),
 ("cervical screeing 50-64 coverage 2024/25", "lookup", DOCX, ["73.8"], "Cervical screening (aged 50 to 64)",
  "Table 4 cervical 50-64 row, 2024-25 = 73.8%."),
 ("whats UCR", "define", HTML, ["urgent community response"], "urgent community response (UCR)",
  "Defined in sections 1 and 7 and the abbreviations list."),
 ("sickness absence rate in the 111 call centre?", "refusal", None, [], None,
  "Sickness absence is said to be higher than planned but is never quantified."),
 ("does the recovery plan get high needs back into balance by 2028-29", "yesno", PDF, ["no"],
  "does not bring the High Needs Block into in-year balance", "Para 6.2 and Table 4 (in-year deficit 2.80 in 2028-29)."),
 ("ED validation % in july", "lookup", HTML, ["52.3"], "Emergency department dispositions clinically validated",
  "Table 2 ED dispositions clinically validated row, Jul = 52.3%."),
 ("lung cancer screening coverage", "refusal", None, [], None,
  "Only breast, cervical and bowel cancer screening (plus AAA, diabetic eye, newborn hearing) are covered."),
 ("what % did primary school balances drop by between march 24 and march 25", "arithmetic", PDF, ["17.5"], "Primary",
  "Table 3 Primary: 9,845 -> 8,120 (£000), change (1,725) = 17.5% fall.", {"operands": ["9,845", "8,120"]}),
 ("how many staff are covered by the gpg figures", "lookup", MD, ["4,758"], "relevant employees",
  "Para 1.2: 4,758 relevant employees; also Table 3 total."),
 ("which screening programme has the best coverage", "aggregate", DOCX, ["newborn hearing", "99.3"],
  "Newborn hearing screening", "Table 4 highest 2024-25 coverage: newborn hearing screening 99.3%."),
 ("how many measles cases were in seltonbridge", "refusal", None, [], None,
  "Only the Wendlemoor total (14) and Quillby (11) are given; no Seltonbridge figure."),
 ("mean pay gap within band 7?", "lookup", MD, ["1.8"], "Band 7",
  "Table 3 'Band 7' row, mean pay gap within band = 1.8%."),
 ("what about band 8c", "followup", MD, ["3"], "Band 8c",
  "Follow-up: Table 3 'Band 8c' row, mean pay gap within band = 3.0%.", {"follows": 67}),
 ("was abandonment after 30 secs better in q2 than q1?", "compare", HTML, ["3.3", "4.3"],
  "Abandoned after 30 seconds", "Table 1: Q2 3.3% vs Q1 4.3% abandoned after 30 seconds, so better in Q2."),
 ("how much do we spend on home to school transport", "refusal", None, [], None,
  "Home to school transport is not mentioned in the DSG report."),
 ("give me the main points from the imms and screening report", "summary", DOCX, ["87.5", "Quillby", "cervical"],
  "Quillby district has the lowest uptake", "Section 2 Summary bullets (MMR2 87.5%, Quillby lowest, cervical below standard)."),
 ("4 hour performance at brackenholt utc", "refusal", None, [], None,
  "Table 5 lists Quillby, Harrowfield and Dunmere Cross UTCs and Seltonbridge MIU; there is no Brackenholt site."),
 ("avg cost of an independent special school placement", "lookup", PDF, ["61,400"], "average annual placement cost",
  "Para 3.3 bullet: average annual placement cost of £61,400."),
 ("did any district reach 95% for mmr1", "yesno", DOCX, ["no"], "MMR1",
  "Table 2: highest MMR1 is Brackenholt 93.5%, no district at 95%; table note says no district met the target for any measure."),
 ("median pay gap for consultants", "refusal", None, [], None,
  "Table 3 gives only the mean pay gap within each band/group; no median by group."),
 ("how much more is INMSS forecast to cost this year than last years outturn", "arithmetic", PDF, ["1.2"],
  "INMSS placements", "Table 1 INMSS: 13.85 (2025-26 forecast) - 12.65 (2024-25 outturn) = 1.20 (£m).",
  {"operands": ["13.85", "12.65"]}),
 ("shingels vaccine uptake 2024-25", "lookup", DOCX, ["44.5"], "Aged 71 (routine cohort)",
  "Table 3 Shingles row, 2024-25 = 44.5%."),
 ("how many dental dispositions were there in june", "refusal", None, [], None,
  "Table 3 dispositions cover Quarter 2 (Jul-Sep) only."),
 ("which section of the 111 paper is about UTCs", "section", HTML, ["7"],
  "Urgent treatment centres and urgent community response", "Section 7 'Urgent treatment centres and urgent community response'."),
 ("cervical screening coverage in quillby 24-25", "lookup", DOCX, ["62.5"], "Quillby",
  "Table 5 Quillby row, 2024-25 = 62.5%."),
 ("and the year before?", "followup", DOCX, ["61.2"], "Quillby",
  "Follow-up: Table 5 Quillby row, 2023-24 = 61.2%.", {"follows": 80}),
 ("how many EHCPs were there in january 2021", "refusal", None, [], None,
  "Table 6 starts at January 2022."),
 ("which pay quartile has the smallest share of women", "aggregate", MD, ["upper", "72"], "Upper",
  "Table 4: upper quartile has 72.0% women, the lowest."),
 ("how many triaged calls were told to contact there own gp in q2", "lookup", HTML, ["29,650"], "Contact own GP practice",
  "Table 3 'Contact own GP practice' row, Q2 total = 29,650."),
 ("whats the disability pay gap", "refusal", None, [], None,
  "Disability indicators (Table 6) cover declaration and capability ratios; no disability pay gap."),
 ("are we above or below england for mmr1 at 2 years", "compare", DOCX, ["91.2", "88.7"], "MMR dose 1 (24m)",
  "Table 1 MMR dose 1 (24m) 2024-25: Wendlemoor 91.2% vs England 88.7%, so above."),
 ("what actions is the trust taking to close the gender pay gap", "list", MD,
  ["flexible working", "Leading with Confidence", "interview panels"], "Leading with Confidence",
  "Section 8.1 bullet list of actions."),
 ("schools block allocation for 2027-28?", "refusal", None, [], None,
  "Only the High Needs Block has a 2027-28 planning figure (Table 4); no Schools Block allocation for 2027-28."),
 ("did they hit the 90% call back standard in september", "yesno", HTML, ["no"], "Immediate call-backs within 20 minutes",
  "Table 2 immediate call-backs within 20 minutes, Sep = 87.2% vs 90% standard (met only in August)."),
 ("how much high needs funding is planned for 27/28", "lookup", PDF, ["62.7"], "High Needs Block funding",
  "Table 4 'High Needs Block funding' row, 2027-28 plan = 62.70 (£m)."),
 ("mmr uptake by ethnicity", "refusal", None, [], None,
  "Section 6 says local data by ethnicity is incomplete and not reported."),
 ("did the number of secondary schools in deficit go up", "compare", PDF, ["2", "3"], "Secondary",
  "Table 3 Secondary row: schools in deficit 2 (31 March 2024) -> 3 (31 March 2025), so yes, up by one."),
 ("whats the ucr 2 hour response rate for q1", "refusal", None, [], None,
  "UCR performance (84.6%) is given only for Quarter 2."),
 ("what's on the imms and screening action plan", "list", DOCX, ["Quillby", "reminder", "pharmac", "ethnicity"],
  "Immunisation and screening action plan 2025-26", "Table 6 actions: Quillby MMR catch-up, pre-school booster reminders, cervical clinics, community pharmacy flu, ethnicity data sharing."),
 ("gender pay gap at wendlemoor borough council", "refusal", None, [], None,
  "The pay gap report is for Wendlemoor Community Health NHS Trust; nothing about the council's workforce."),
 ("what are the main risks to 111 performance", "summary", HTML, ["vacanc", "winter", "GP", "Directory of Services"],
  "Key risks to integrated urgent care performance", "Table 6 key risks (4 rows)."),
 ("how many staff are at band 8a or above in total (afc)", "arithmetic", MD, ["334"], "Band 8a",
  "Table 3 totals: 8a 205 + 8b 77 + 8c 31 + 8d 15 + 9 6 = 334.", {"operands": ["205", "77", "31", "15", "6"]}),
 ("is the median bonus gap zero now", "yesno", MD, ["yes"], "Median bonus gap",
  "Table 1 and Table 5: median bonus gap 0.0 in 2025; para 6.1."),
 ("what are the main financial risks for the dsg", "list", PDF, ["EHCP", "Harrowfield", "statutory override", "early years"],
  "main financial risks to the DSG", "Section 7 risk bullets."),
 ("bowel screening coverage in quillby", "refusal", None, [], None,
  "Screening by district is only given for cervical screening; bowel is Wendlemoor-wide only."),
]

assert len(Q) == 100, len(Q)


# ---------------------------------------------------------------- extraction
def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


texts = {}
lines = {}
with pdfplumber.open(D + PDF) as p:
    raw = "\n".join(pg.extract_text() or "" for pg in p.pages)
texts[PDF] = raw
lines[PDF] = raw.split("\n")

d = docx.Document(D + DOCX)
parts = []
for el in d.element.body.iterchildren():
    if el.tag.endswith("}p"):
        parts.append(Paragraph(el, d).text)
    elif el.tag.endswith("}tbl"):
        for r in Table(el, d).rows:
            for c in r.cells:
                parts.append(c.text)
texts[DOCX] = "\n".join(parts)
lines[DOCX] = parts

soup = BeautifulSoup(open(D + HTML, encoding="utf-8").read(), "html.parser")
texts[HTML] = soup.get_text(" ")
lines[HTML] = [t.get_text(" ") for t in soup.find_all(["p", "li", "th", "td", "caption", "h1", "h2"])]
texts[MD] = open(D + MD, encoding="utf-8").read()
lines[MD] = texts[MD].split("\n")

NUM = re.compile(r"^[£(]?-?[\d,]*\.?\d+%?m?\)?$")


def nums_in(text):
    return set(x.replace(",", "") for x in re.findall(r"\d[\d,]*\.?\d*", text))


ok = True
out = []
for i, q in enumerate(Q, 1):
    qq, typ, doc, exp, cont, note = q[:6]
    extra = q[6] if len(q) > 6 else {}
    rec = {"id": f"T26_{i:03d}", "question": qq, "type": typ, "answerable": typ != "refusal",
           "expect": exp, "cite": ({"doc": doc, "contains": cont} if doc else None), "note": note}
    if "follows" in extra:
        rec["follows"] = f"T26_{extra['follows']:03d}"
        assert Q[extra["follows"] - 1][1] != "refusal"
    out.append(rec)
    if typ == "refusal":
        continue
    T = norm(texts[doc])
    if norm(cont) not in T:
        print("CONTAINS NOT FOUND", rec["id"], cont); ok = False
    # phrase must sit inside one line / cell / paragraph
    if not any(norm(cont) in norm(l) for l in lines[doc]):
        print("CONTAINS SPANS LINES", rec["id"], cont); ok = False
    nd = nums_in(texts[doc])
    for e in exp:
        if NUM.match(e):
            v = e.strip("£()%m").replace(",", "")
            if "operands" in extra:
                for o in extra["operands"]:
                    if o.replace(",", "") not in nd:
                        print("OPERAND NOT FOUND", rec["id"], o); ok = False
            else:
                cands = {v, v + "0", v + ".0", v + ".00"}
                if not cands & nd:
                    print("NUMBER NOT FOUND", rec["id"], e); ok = False
        else:
            if e.lower() in ("yes", "no"):
                continue
            if e.lower() not in T:
                print("TEXT FRAGMENT NOT FOUND", rec["id"], e); ok = False

# refusal sanity: key terms must not be present
REF_ABSENT = {
    "T26_002": (PDF, ["2023-24"]), "T26_005": (HTML, ["october 2025 calls"]),
    "T26_012": (MD, ["ethnicity pay gap was", "ethnicity pay gap of"]), "T26_019": (HTML, ["march 2025"]),
    "T26_023": (DOCX, ["hpv vacc", "year 8"]), "T26_027": (PDF, ["2029-30"]), "T26_030": (MD, ["2020"]),
    "T26_042": (HTML, ["category 2", "response time"]), "T26_062": (DOCX, ["lung"]),
    "T26_070": (PDF, ["transport"]), "T26_082": (PDF, ["2021"]), "T26_085": (MD, ["disability pay"]),
    "T26_088": (PDF, ["2027-28 allocation"]), "T26_095": (MD, ["borough council"]),
    "T26_072": (HTML, ["brackenholt urgent", "brackenholt utc"]),
}
for rid, (doc, terms) in REF_ABSENT.items():
    for t in terms:
        if t.lower() in texts[doc].lower():
            print("REFUSAL TERM PRESENT", rid, t); ok = False

with open(D + "questions.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(Counter(r["type"] for r in out), "answerable", sum(r["answerable"] for r in out))
print("docs", Counter(r["cite"]["doc"] for r in out if r["cite"]))
print("ALL OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
