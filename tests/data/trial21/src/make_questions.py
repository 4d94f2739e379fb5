# Writes questions.jsonl for trial 21
import json
P = "t21_budget_monitoring_m8.pdf"
D = "t21_public_health_outcomes_2025.docx"
H = "t21_workforce_report_m7.html"
M = "t21_domestic_abuse_csp_update_q2.md"
Q = []
def q(question, typ, expect, doc=None, contains=None, note="", follows=None, operands=None):
    o = {"id": f"T21_{len(Q)+1:03d}", "question": question, "type": typ, "answerable": typ != "refusal",
         "expect": expect, "cite": ({"doc": doc, "contains": contains} if doc else None), "note": note}
    if follows: o["follows"] = follows
    if operands: o["_operands"] = operands   # for the checker only; stripped on write
    Q.append(o); return o["id"]
def r(question, note):
    q(question, "refusal", [], note=note)

# ---------------- budget monitoring (PDF) ----------------
q("whats the forecast overspend for childrens services at month 8", "lookup", ["7.8"], P, "Children and Families is forecasting an overspend",
  "Exec summary 2.2 / Table 1: Children and Families variance £7.8m at Month 8.")
r("what is the month 9 forecast overspend for the council", "Report is at Month 8 only; no Month 9 figure.")
q("home to school transport send - what's the forecast spend this yr", "lookup", ["9,310"], P, "Home to school transport (SEND)",
  "Table 2 row Home to school transport (SEND), 2025-26 Forecast 9,310 (£000).")
q("2024-25 outturn for learning disability support?", "lookup", ["30,615"], P, "Learning disability support",
  "Table 2 row Learning disability support, 2024-25 Outturn column 30,615 (£000).")
q("how much is the parking services variance this year", "lookup", ["305"], P, "Parking services",
  "Table 2 Parking services 2025-26 variance 305 (£000) income shortfall; also prose 'Parking income is forecast to be £305k below budget'.")
r("whats the forecast variance on the public health budget", "Public Health grant is ring-fenced and excluded from the figures; Public Health reserve forecast shown as n/a.")
q("how big is the corporate contingency and has it been used", "lookup", ["2.5"], P, "corporate contingency of £2.5m",
  "Para 4.5: corporate contingency of £2.5m released in full (also Table 2 budget 2,500).")
q("rag status of the parking tariff review saving", "lookup", ["red"], P, "Parking tariff review",
  "Table 3 PE02 Parking tariff review RAG Red.")
q("transformation reserve balance at start of the year", "lookup", ["6.7"], P, "Transformation reserve",
  "Table 4 Transformation reserve, balance at 1 April 2025 £6.7m.")
q("council tax collection % at end of nov", "lookup", ["68.2"], P, "Council tax collected in year",
  "Table 5 Council tax collected in year, Nov 2025 68.2% (target 68.5, Amber).")
r("what was the council tax collection rate in july 2025", "Table 5 only covers Aug-Nov 2025; July not given.")
q("sundry debt over 90 days in october?", "lookup", ["5.0"], P, "Sundry debt over 90 days old",
  "Table 5 Sundry debt over 90 days old, Oct 2025 £5.0m.")
q("what fee increase did care homes get this year", "lookup", ["6.8"], P, "fee uplift agreed with care home providers",
  "Para 4.2: fee uplift 6.8% vs 5.5% assumed in the budget.")
f1 = q("what's the forecast for older people residential and nursing care", "lookup", ["43,870"], P, "Older people residential and nursing care",
  "Table 2 2025-26 Forecast 43,870 (£000) against budget 41,260.")
q("what was the outturn for that one in 24-25", "followup", ["40,115"], P, "Older people residential and nursing care",
  "Follow-up: same row, 2024-25 Outturn column 40,115 (£000).", follows=f1)
q("which is bigger, the childrens overspend or the adult social care overspend", "compare", ["7.8", "4.1"], P, "Adult Social Care and Health",
  "Table 1: Children and Families 7.8 vs Adult Social Care and Health 4.1 (£m) - children's is larger.")
q("how does business rates collection in nov compare to target", "compare", ["72.3", "72.0"], P, "Business rates collected in year",
  "Table 5: Nov 72.3% vs target 72.0% - above target (Green).")
q("combined forecast overspend for adults + childrens directorates?", "arithmetic", ["11.9"], P, "Children and Families",
  "Table 1: 4.1 + 7.8 = 11.9 (£m) (Table 2: 4,115 + 7,770 = 11,885 £000).", operands=["4.1", "7.8"])
r("what was the month 7 variance for adult social care", "Only Month 6 and Month 8 variances are reported.")
q("which savings schemes are rated red", "list", ["learning disability", "foster care", "travel training", "parking tariff"], P, "Savings delivery by scheme",
  "Table 3: ASC02, CF01, CF02, PE02 rated Red (four schemes).")
q("list the mgmt actions agreed to bring the overspend down", "list", ["recruitment", "moratorium", "capitalis", "foster"], P,
  "agreed the following management actions",
  "Section 5: recruitment freeze £0.8m, spending moratorium £0.7m, capitalisation £0.5m, step-down to foster placements £0.4m.")
q("what are cabinet being asked to do in the budget monitoring report", "list", ["recovery plans", "budget resilience reserve"], P,
  "Cabinet is recommended to",
  "Section 10 recommendations: note overspend, note savings, approve extra £2.5m drawdown from budget resilience reserve, recovery plans by 31 Jan 2026, note General Fund below minimum.")
q("is the general fund balance going to stay above the minimum level", "yesno", ["no"], P, "below the recommended minimum",
  "Para 7.2: balance would fall to £12.6m, £2.4m below the £15.0m minimum.")
q("main financial risks not in the month 8 forecast?", "summary", ["placements", "winter", "high needs", "pay award"], P,
  "Key financial risks not included",
  "Table 6: residential placements growth, winter pressures, DSG high needs deficit, pay award, Brindlegate car park closure.")
r("how much is in the capital programme for highways this year", "Capital programme not reported; only revenue figures (capitalisation of £0.5m is a management action, not a programme total).")
r("whats the budget gap for 2026-27", "The 2026-27 budget report is only referred to; no gap figure is given.")
r("what was the dsg high needs deficit at 31 march 2025", "Only the forecast £21.8m at 31 March 2026 is given.")
r("how many tonnes of waste has the council disposed of so far this year", "Only that tonnages are 2.1% above budget; no tonnage figure.")

# ---------------- public health (DOCX) ----------------
q("adult smoking rate in ravensholt vale", "lookup", ["14.1"], D, "Smoking prevalence in adults aged 18+",
  "Table 1: smoking prevalence 14.1% (2024), England 11.6%.")
q("female life expectancy morrowby 2021-23", "lookup", ["83.2"], D, "Morrowby",
  "Table 2 Morrowby, Female 2021-23 = 83.2 years.")
f2 = q("male life expectancy in brindlegate (latest)", "lookup", ["76.9"], D, "Brindlegate",
  "Table 2 Brindlegate, Male 2021-23 = 76.9 years.")
q("what about for women?", "followup", ["80.8"], D, "Brindlegate",
  "Follow-up: Table 2 Brindlegate, Female 2021-23 = 80.8 years.", follows=f2)
q("is yr 6 obesity in cinderfold worse than england?", "yesno", ["yes"], D, "Cinderfold",
  "Table 3 Cinderfold Year 6 41.7% overweight or obese, Compared with England: Worse.")
q("mmr2 coverage at 5 yrs in q3", "lookup", ["84.9"], D, "MMR dose 2 at 5 years",
  "Table 5 MMR dose 2 at 5 years, Q3 2024/25 = 84.9%.")
q("did mmr 1st dose coverage improve between q1 and q4?", "compare", ["89.7", "88.6"], D, "MMR dose 1 at 24 months",
  "Table 5: fell from 89.7% (Q1) to 88.6% (Q4) - did not improve.")
q("how many health checks were actually done in wyvernhythe", "lookup", ["1,390"], D, "Wyvernhythe",
  "Table 6 Wyvernhythe received 1,390 (uptake 48.4%).")
q("under 75 liver disease death rate - lastest figure", "lookup", ["24.3"], D, "Liver disease",
  "Table 4 Liver disease 2021-23 = 24.3 per 100,000 (England 18.6).")
q("suicide rate here vs england?", "compare", ["12.9", "10.7"], D, "Suicide rate",
  "Table 1: 12.9 vs England 10.7 per 100,000, statistically Similar.")
q("which has lower male life expectancy cinderfold or ravensholt central", "compare", ["cinderfold", "73.8"], D, "Cinderfold",
  "Table 2 male 2021-23: Cinderfold 73.8 vs Ravensholt Central 74.6.")
q("gap in female life expectancy between ellerscar and cinderfold", "arithmetic", ["5.1"], D, "Ellerscar",
  "Table 2 female 2021-23: Ellerscar 84.0 - Cinderfold 78.9 = 5.1 years.", operands=["84.0", "78.9"])
q("which area has the highest reception obesity", "aggregate", ["cinderfold"], D, "Cinderfold",
  "Table 3: Cinderfold 26.1% is highest Reception overweight/obese.")
q("which districts have health check uptake over 50%", "aggregate", ["morrowby", "ellerscar"], D, "Uptake (% of offered)",
  "Table 6: Morrowby 54.8, Ellerscar 58.0; all others below 50.")
q("what does DSR mean in the PH report", "define", ["directly standardised"], D, "directly standardised rates (DSR)",
  "Para 2.2 defines DSR.")
q("what are the DPH's priorities for 2026/27", "list", ["smoking", "alcohol", "immunisation", "healthy weight", "health check"], D,
  "proposes the following priorities",
  "Para 10.1 five priorities.")
q("is flu jab uptake for over 65s better than england", "yesno", ["yes"], D, "Flu vaccination coverage, aged 65+",
  "Table 1: 76.4% vs England 73.8%, Better.")
r("smoking prevalence in morrowby", "Smoking is only given for the borough as a whole, not by district.")
r("male healthy life expectancy in cinderfold", "Healthy life expectancy is only given for Ravensholt Vale overall, not by district.")
r("year 6 obesity in ravensholt vale in 2022/23", "Table 3 only covers NCMP 2023/24.")
r("mmr1 coverage in q1 2025/26", "Table 5 only covers quarters of 2024/25.")
r("under 75 cancer mortality for the region", "Table 4 has Ravensholt Vale and England columns only; no regional figure for cancer.")
r("how many nhs health checks were offered in 2023/24", "Only 2024/25 health check figures are given.")
r("what % of pregnant women smoke at time of delivery", "Smoking in pregnancy is named as a priority but never quantified.")
r("life expectancy in hollinsby ward", "There is no Hollinsby; the papers cover six districts (Ravensholt Central, Morrowby, Cinderfold, Ellerscar, Brindlegate, Wyvernhythe).")

# ---------------- workforce (HTML) ----------------
q("vacancy rate for helthcare scientists", "lookup", ["10.4"], H, "Healthcare scientists",
  "Table 2 Healthcare scientists Oct 2025 vacancy rate 10.4% (Sep 10.7).")
q("how many nurse vacancies wte", "lookup", ["218.6"], H, "Registered nursing and midwifery",
  "Table 2 Registered nursing and midwifery vacancies 218.6 WTE (Oct 2025).")
q("sicknes rate for estates staff oct", "lookup", ["7.6"], H, "Estates and ancillary",
  "Table 3 Estates and ancillary sickness Oct 2025 7.6%.")
q("medical agency spend in august", "lookup", ["941"], H, "Bank and agency spend by staff group and month",
  "Table 4 Medical and dental, Agency row, Aug = 941 (£000).")
q("whats the time to hire target", "lookup", ["48"], H, "Time to hire",
  "Table 1 Time to hire target 48 working days (Oct 55).")
q("fte days lost to stress anxiety depression in october", "lookup", ["3,942"], H, "Anxiety, stress, depression",
  "Table 6: 3,942 FTE days, 31.2% of days lost.")
q("how many agency shifts were above the price cap in q2", "lookup", ["873"], H, "Shifts above price cap (number)",
  "Table 5 Q2 (Jul-Sep) 873 shifts above cap.")
f3 = q("bank spend on nursing in july?", "lookup", ["1,468"], H, "Bank and agency spend by staff group and month",
  "Table 4 Registered nursing and midwifery, Bank, Jul = 1,468 (£000).")
q("and agency?", "followup", ["497"], H, "Bank and agency spend by staff group and month",
  "Follow-up: Table 4 Registered nursing and midwifery, Agency row, Jul = 497 (£000).", follows=f3)
q("did sickness go up or down from sep to oct", "compare", ["5.3", "5.6"], H, "Sickness absence, in month",
  "Table 1 / Table 3 Trust total: 5.3% Sep to 5.6% Oct - up.")
q("is turnover higher for hcsws or admin and clerical", "compare", ["15.3", "12.6"], H, "Healthcare support workers",
  "Table 3 Oct 2025 turnover: HCSW 15.3% vs Administrative and clerical 12.6%.")
q("difference between nursing bank and agency spend year to date", "arithmetic", ["6,325"], H, "Bank and agency spend by staff group and month",
  "Table 4 Registered nursing and midwifery YTD: bank 9,834 - agency 3,509 = 6,325 (£000).", operands=["9,834", "3,509"])
q("how much has sickness absence gone up since july", "arithmetic", ["0.7"], H, "Sickness absence, in month",
  "Table 1: Jul 4.9% to Oct 5.6% = +0.7 percentage points.", operands=["4.9", "5.6"])
q("which staff group has the worst sickness in october", "aggregate", ["estates", "7.6"], H, "Estates and ancillary",
  "Table 3 Oct 2025: Estates and ancillary 7.6% is highest.")
q("what does WTE stand for", "define", ["whole time equivalent"], H, "whole time equivalent (WTE)",
  "Para 2.1/4.1 define WTE; one WTE = 37.5 hours a week.")
q("were any off-framework agency shifts used in october", "yesno", ["no"], H, "no off-framework agency shifts were used",
  "Exec summary bullet; Table 5 Oct shows '–'.")
q("which part of the workforce paper covers bank and agency", "section", ["6"], H, "Bank and agency staffing",
  "Section 6 'Bank and agency staffing' (with Tables 4 and 5).")
q("what actions is the trust taking on workforce issues", "list", ["118", "locum", "attendance", "mental health first aider"], H,
  "following actions are in place",
  "Section 8.1 actions: 118 nurse pipeline, locum conversion, attendance management, MHFA network, price cap review.")
r("vacancy rate for nurses in august", "Vacancy rates by staff group are only for Sep and Oct 2025 (plus April nursing 11.2% in prose); August not given.")
r("agency spend in november 2025", "Table 4 covers April to October 2025 only.")
r("sickness absence rate for pharmacists", "Pharmacists are not reported as a separate staff group.")
r("turnover for medical staff in july", "Turnover by staff group is only given for Sep and Oct 2025.")
r("vacancy rate at the mental health trust", "Only Ravensholt Vale Hospitals NHS Foundation Trust is covered.")
r("sickness rate for hcsws in july", "Sickness by staff group only for Sep and Oct; July only for the Trust total.")

# ---------------- domestic abuse / community safety (MD) ----------------
f4 = q("how many police referrals to the DA hub in q2", "lookup", ["676"], M, "Police",
  "Table 1 Police Q2 2025/26 = 676.")
q("and in q4 last year?", "followup", ["588"], M, "Police",
  "Follow-up: Table 1 Police Q4 2024/25 = 588.", follows=f4)
q("self referrals q1", "lookup", ["104"], M, "Self-referral",
  "Table 1 Self-referral Q1 2025/26 = 104.")
q("no. of children in households discussed at marac in q2", "lookup", ["236"], M, "Children in the households",
  "Table 2 Q2 2025/26 = 236.")
q("harbour house occupancy q2", "lookup", ["96.1"], M, "Harbour House (Ravensholt Central)",
  "Table 3 Harbour House Q2 occupancy 96.1%.")
q("how much is the serious violence duty grant worth?", "lookup", ["148,200"], M, "Serious Violence Duty grant",
  "Table 6 allocation £148,200, forecast £121,000, Red.")
q("asb incidents in brindlegate q2", "lookup", ["284"], M, "Brindlegate",
  "Table 5 Brindlegate Q2 2025/26 = 284.")
q("how many idva cases were closed last quarter", "lookup", ["212"], M, "The IDVA service closed 212 cases",
  "Para 6.1: 212 cases closed in Q2 2025/26.")
q("did asb go up or down in morrowby", "compare", ["211", "196"], M, "Morrowby",
  "Table 5 Morrowby 211 (Q1) to 196 (Q2), down 7.1%.")
q("were marac repeat cases higher in q2 than q1", "compare", ["53", "45"], M, "Repeat cases",
  "Table 2 repeat cases Q1 45, Q2 53 - higher.")
q("% change in total DA referrals from q3 24/25 to q2 25/26", "arithmetic", ["15.9"], M, "Total referrals",
  "Table 1 total 1,000 to 1,159 = +15.9%.", operands=["1,000", "1,159"])
q("how much of the safe accommodation grant is left to spend after september", "arithmetic", ["613,300"], M, "Domestic Abuse Safe Accommodation grant",
  "Table 6: 1,184,600 - 571,300 = 613,300.", operands=["1,184,600", "571,300"])
q("which neighbourhood had the biggest rise in asb", "aggregate", ["ravensholt central"], M, "Ravensholt Central",
  "Table 5: Ravensholt Central +8.7% (also largest absolute rise, +56).")
q("what does MARAC stand for", "define", ["risk assessment conference"], M, "Multi-Agency Risk Assessment Conference (MARAC)",
  "Para 1.1 / heading 4: Multi-Agency Risk Assessment Conference.")
q("main risks in the community safety paper?", "summary", ["refuge", "caseload", "homicide review", "hospital idva"], M,
  "following risks",
  "Section 9.1 four risks.")
r("how many referrals to the hub came from schools", "Schools are not a referral source in Table 1.")
r("da hub referrals in q1 2024/25", "Table 1 starts at Q3 2024/25.")
r("asb incidents in ellerscar in q4 2024/25", "Table 5 only has Q1 and Q2 2025/26.")
r("bed nights used at the beeches in q4 last year", "Table 3 only has Q1 and Q2 2025/26.")
r("how much of the idva grant had been spent by end of june", "Spend is only given to 30 September 2025.")
r("how many domestic homicide reviews were commissioned in q1", "Only one DHR commissioned in Q2 is mentioned; Q1 not stated.")
r("knife crime numbers in cinderfold", "No knife crime figures in any paper (knife crime education is only mentioned in a recommendation).")
r("how many stalking cases went to marac", "Stalking cases are not reported (DASH only defined).")

for o in Q:
    assert (o["type"] == "refusal") == (o["answerable"] is False)
if __name__ == "__main__":
    import sys
    with open(sys.argv[1] if len(sys.argv) > 1 else "questions.jsonl", "w") as f:
        for o in Q:
            o2 = {k: v for k, v in o.items() if not k.startswith("_")}
            f.write(json.dumps(o2, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(o["type"] for o in Q))
