"""Generate t27_send_update.md - SEND update to scrutiny committee."""
OUT = "/work/trials_new/trial27/t27_send_update.md"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EHC = [(118, 74, 29), (104, 81, 33), (126, 92, 41), (97, 68, 30), (131, 85, 43), (122, 90, 48), (140, 102, 55),
       (58, 64, 39), (109, 77, 46), (135, 88, 55), (127, 83, 54), (92, 71, 47)]
TR, TI, TW = (sum(e[i] for e in EHC) for i in range(3))
H1 = [sum(e[i] for e in EHC[:6]) for i in range(3)]; H2 = [sum(e[i] for e in EHC[6:]) for i in range(3)]

GROUPS = [
    ("Communication and interaction", [
        ("Autistic spectrum disorder (ASD)", [48, 612, 701, 298, 64]),
        ("Speech, language and communication needs (SLCN)", [96, 538, 187, 61, 9])]),
    ("Cognition and learning", [
        ("Moderate learning difficulty (MLD)", [2, 148, 201, 119, 31]),
        ("Severe learning difficulty (SLD)", [11, 97, 84, 72, 38]),
        ("Profound and multiple learning difficulty (PMLD)", [6, 28, 25, 19, 12]),
        ("Specific learning difficulty (SpLD)", [0, 22, 51, 27, 6])]),
    ("Social, emotional and mental health", [
        ("Social, emotional and mental health (SEMH)", [5, 311, 498, 176, 22])]),
    ("Sensory and/or physical needs", [
        ("Hearing impairment (HI)", [7, 26, 19, 12, 3]),
        ("Visual impairment (VI)", [3, 14, 11, 6, 2]),
        ("Multi-sensory impairment (MSI)", [1, 3, 2, 1, 0]),
        ("Physical disability (PD)", [14, 61, 48, 29, 11])]),
    ("Other", [
        ("Other difficulty or disability", [4, 33, 27, 18, 5])]),
]
ALL = [v for _, ls in GROUPS for _, v in ls]
COLT = [sum(v[i] for v in ALL) for i in range(5)]; GT = sum(COLT)
PRIOR = 4412

def n(x):
    return "–" if x == 0 else f"{x:,}"

PL = [("Maintained and academy provision", [
        ("Mainstream schools (top-up funding)", 2150, 8200),
        ("Resourced provision and SEN units", 320, 19500),
        ("Maintained special schools and special academies", 1100, 24800)]),
      ("Independent and non-maintained provision", [
        ("Independent special schools", 268, 62500),
        ("Non-maintained special schools", 42, 55000)]),
      ("Post-16 and other provision", [
        ("Further education colleges", 410, 11000),
        ("Specialist post-16 institutions", 75, 48000),
        ("Alternative provision", 180, 21000)])]
for _, ls in PL:
    for _, a, b in ls:
        assert (a * b) % 10000 == 0
PLN = sum(a for _, ls in PL for _, a, _ in ls); PLC = sum(a * b for _, ls in PL for _, a, b in ls)

L = []
w = L.append
w("# Special Educational Needs and Disabilities (SEND) Update\n")
w("**Brackmoor Vale Council – Children and Young People Scrutiny Committee**\n")
w("| | |\n|---|---|\n| **Date of meeting** | 22 January 2026 |\n| **Report of** | Assistant Director, SEND and Inclusion |\n"
  "| **Cabinet member** | Cabinet Member for Children, Education and Families |\n| **Status** | Public – for scrutiny |\n")
w("## 1. Purpose of the report\n")
w("1.1 This report updates the Committee on the performance of the local area SEND system in 2025, including the "
  "timeliness of education, health and care (EHC) needs assessments, the number and profile of children and young people "
  "with an education, health and care plan (EHCP), appeals to the SEND Tribunal, and the cost of high-needs placements "
  "funded from the Dedicated Schools Grant (DSG).\n")
w("## 2. Recommendations\n")
w("2.1 The Committee is asked to:\n")
w("- note the improvement in the timeliness of EHC plans during 2025;\n- note the continued growth in the number of EHCPs "
  "and the changing profile of primary need;\n- comment on the actions in section 8 to increase local specialist places and "
  "reduce reliance on independent special schools;\n- note the forecast cumulative DSG deficit and the risk this presents "
  "to the Council's financial position when the statutory override ends.\n")
w("## 3. Background\n")
w("3.1 An EHC plan sets out the education, health and social care support for a child or young person aged 0 to 25 whose "
  "needs cannot be met through the support ordinarily available in schools and settings (SEN support). The law requires "
  "the final plan to be issued within 20 weeks of the request for an assessment, except in limited circumstances.\n")
w("3.2 The local area SEND inspection in March 2024 found \"inconsistent experiences and outcomes\" for children and young "
  "people with SEND, and identified the timeliness of EHC plans as an area for priority action. The SEND Improvement "
  "Board, chaired by the Director of Children's Services, oversees the improvement plan.\n")
w("## 4. Timeliness of EHC plans\n")
w(f"4.1 In 2025 the Council received {TR:,} requests for an EHC needs assessment and issued {TI:,} new EHC plans. "
  f"Of these, {TW:,} ({TW/TI*100:.1f}%) were issued within 20 weeks, compared with a national average of 46.4% in 2024. "
  f"Performance has improved over the course of the year, from {EHC[0][2]/EHC[0][1]*100:.1f}% in January to "
  f"{EHC[-1][2]/EHC[-1][1]*100:.1f}% in December. The second half of the year averaged {H2[2]/H2[1]*100:.1f}%, "
  f"compared with {H1[2]/H1[1]*100:.1f}% in the first half.\n")
w("4.2 The improvement reflects three changes:\n")
w("- the clearance of the backlog of overdue assessments by the temporary EHC assessment team between March and July;\n"
  "- a new quality assurance panel that meets weekly instead of fortnightly;\n- agreement with health partners on a 6-week "
  "turnaround for health advice.\n")
w("4.3 Delays in receiving educational psychology advice remain the main reason for plans exceeding 20 weeks. The "
  "Council continues to find it difficult to recruit educational psychologists and is relying on locum and associate "
  "psychologists to meet demand.\n")
w("**Table 1: EHC needs assessment requests and new EHC plans issued, January to December 2025**\n")
w("| Month (2025) | Requests for assessment received | New EHC plans issued | Issued within 20 weeks | % issued within 20 weeks |")
w("|---|---:|---:|---:|---:|")
for m, (r, i, x) in zip(MONTHS, EHC):
    w(f"| {m} | {r} | {i} | {x} | {x/i*100:.1f}% |")
w(f"| **Total 2025** | **{TR:,}** | **{TI:,}** | **{TW:,}** | **{TW/TI*100:.1f}%** |\n")
w("*Excludes plans where a legal exception to the 20-week timescale applies.*\n")

w("## 5. Children and young people with an EHC plan\n")
w(f"5.1 At the January 2026 census, {GT:,} children and young people had an EHC plan maintained by Brackmoor Vale "
  f"Council, an increase of {GT-PRIOR:,} ({(GT-PRIOR)/PRIOR*100:.1f}%) on January 2025. The number of plans has grown "
  f"by more than half since January 2022.\n")
asd = GROUPS[0][1][0][1]; semh = GROUPS[2][1][0][1]
w(f"5.2 Autistic spectrum disorder (ASD) is the most common primary need, recorded in {sum(asd):,} plans "
  f"({sum(asd)/GT*100:.1f}% of the total), followed by social, emotional and mental health (SEMH) needs "
  f"({sum(semh):,} plans). Speech, language and communication needs are the most common primary need among children "
  f"under 5. The number of young people aged 20 to 25 with a plan is {COLT[4]:,}.\n")
w("**Table 2: EHC plans by primary need and age group, January 2026**\n")
w("*Number of children and young people.*\n")
w("| Primary need | Under 5 | Age 5 to 10 | Age 11 to 15 | Age 16 to 19 | Age 20 to 25 | Total |")
w("|---|---:|---:|---:|---:|---:|---:|")
for g, ls in GROUPS:
    w(f"| ***{g}*** | | | | | | |")
    for name, v in ls:
        w(f"| {name} | " + " | ".join(n(x) for x in v) + f" | {sum(v):,} |")
    if len(ls) > 1:
        sv = [sum(v[i] for _, v in ls) for i in range(5)]
        w(f"| *Subtotal {g.lower()}* | " + " | ".join(n(x) for x in sv) + f" | {sum(sv):,} |")
w("| **All primary needs** | " + " | ".join(f"**{x:,}**" for x in COLT) + f" | **{GT:,}** |\n")

TREND = [("January 2022", 3284), ("January 2023", 3702), ("January 2024", 4061), ("January 2025", 4412), ("January 2026", GT)]
w("**Table 3: Number of EHC plans maintained, January 2022 to January 2026**\n")
w("| | " + " | ".join(t for t, _ in TREND) + " |")
w("|---|" + "---:|" * len(TREND))
w("| Number of EHC plans | " + " | ".join(f"{v:,}" for _, v in TREND) + " |")
w("| Annual change (%) | n/a | " + " | ".join(f"{(TREND[i][1]-TREND[i-1][1])/TREND[i-1][1]*100:.1f}" for i in range(1, len(TREND))) + " |\n")

w("## 6. SEND Tribunal appeals\n")
TRIB = [("Appeals registered", [58, 74, 96, 81]), ("Withdrawn by parent or carer", [9, 12, 14, 10]),
        ("Conceded by the Council before hearing", [17, 21, 30, 27]), ("Decided at hearing", [28, 37, 45, 22]),
        ("– of which in favour of the appellant (wholly or partly)", [25, 34, 42, 21]),
        ("– of which in favour of the Council", [3, 3, 3, 1]), ("Awaiting hearing", [4, 4, 7, 22])]
for k in range(4):
    assert TRIB[0][1][k] == TRIB[1][1][k] + TRIB[2][1][k] + TRIB[3][1][k] + TRIB[6][1][k]
    assert TRIB[3][1][k] == TRIB[4][1][k] + TRIB[5][1][k]
w("6.1 Parents and carers can appeal to the First-tier Tribunal (Special Educational Needs and Disability), known as "
  "the SEND Tribunal, against decisions about EHC needs assessments and the content of EHC plans. Appeals registered rose "
  "from 58 in 2022/23 to 96 in 2024/25, and 81 appeals had already been registered in the first nine months of 2025/26.\n")
w("6.2 Most appeals concern the school named in section I of the plan, usually where parents are seeking an independent "
  "special school place. Of the 45 appeals decided at hearing in 2024/25, 42 were decided wholly or partly in favour of "
  "the appellant. External legal costs for tribunal work were £412,000 in 2024/25.\n")
w("**Table 4: SEND Tribunal appeals by outcome, 2022/23 to 2025/26**\n")
w("| Outcome | 2022/23 | 2023/24 | 2024/25 | 2025/26 (April to December) |")
w("|---|---:|---:|---:|---:|")
for name, v in TRIB:
    nm = f"**{name}**" if name == "Appeals registered" else name
    w(f"| {nm} | " + " | ".join(str(x) for x in v) + " |")
w("")
w("*Financial years. 2025/26 is part-year to 31 December 2025.*\n")

w("## 7. High-needs placements and funding\n")
w(f"7.1 High-needs placements are funded from the high needs block of the DSG. Table 5 shows the forecast number of "
  f"placements and cost for 2025/26. In total {PLN:,} placements are forecast to cost £{PLC/1e6:.2f}m. Independent special "
  f"schools account for {268/PLN*100:.1f}% of placements but {268*62500/PLC*100:.1f}% of placement costs, at an average "
  f"of £62,500 a year per place.\n")
w("**Table 5: High-needs placements by type, 2025/26 forecast**\n")
w("| Placement type | Number of placements | Average annual cost per place (£) | Forecast cost 2025/26 (£m) |")
w("|---|---:|---:|---:|")
for g, ls in PL:
    w(f"| ***{g}*** | | | |")
    for name, a, b in ls:
        w(f"| {name} | {a:,} | {b:,} | {a*b/1e6:.2f} |")
    w(f"| *Subtotal* | {sum(a for _, a, _ in ls):,} | – | {sum(a*b for _, a, b in ls)/1e6:.2f} |")
w(f"| **Total high-needs placements** | **{PLN:,}** | **–** | **{PLC/1e6:.2f}** |\n")

DSG = [("High needs block allocation", [63.20, 67.85, 72.10, 76.40]),
       ("High needs expenditure", [65.10, 71.40, 77.95, 84.25])]
alloc, exp = DSG[0][1], DSG[1][1]
inyr = [round(a - e, 2) for a, e in zip(alloc, exp)]
cum = []; c = -2.40
for x in inyr:
    c = round(c + x, 2); cum.append(c)
def bm(x):
    return f"({abs(x):.2f})" if x < 0 else f"{x:.2f}"
w(f"7.2 Total high needs expenditure in 2025/26 is forecast at £{exp[3]:.2f}m, including £{exp[3]-PLC/1e6:.2f}m on "
  f"central SEND support services, against a high needs block allocation of £{alloc[3]:.2f}m. This gives an in-year "
  f"deficit of £{-inyr[3]:.2f}m and a forecast cumulative DSG deficit of £{-cum[3]:.2f}m at 31 March 2026. The "
  f"statutory override, which keeps DSG deficits off the Council's general reserves, has been extended to March 2028.\n")
w("**Table 6: Dedicated Schools Grant high needs block position (£m)**\n")
w("| £m | 2022/23 | 2023/24 | 2024/25 | 2025/26 (forecast) |")
w("|---|---:|---:|---:|---:|")
w("| High needs block allocation | " + " | ".join(f"{x:.2f}" for x in alloc) + " |")
w("| High needs expenditure | " + " | ".join(f"{x:.2f}" for x in exp) + " |")
w("| In-year surplus/(deficit) | " + " | ".join(bm(x) for x in inyr) + " |")
w("| Cumulative DSG deficit carried forward | " + " | ".join(bm(x) for x in cum) + " |\n")
w("*The cumulative deficit brought forward at 1 April 2022 was £2.40m.*\n")

w("## 8. Actions to increase local specialist provision\n")
w("8.1 The SEND Sufficiency Strategy 2025–2028 aims to create 240 additional local specialist places by September 2028. "
  "Actions under way include:\n")
w("1. opening a 120-place special free school for autistic pupils in Kelderby, expected in September 2027;\n"
  "2. creating eight new resourced provisions in mainstream schools, three of which opened in September 2025;\n"
  "3. expanding Fallowmere Park Special School by 40 places from September 2026;\n"
  "4. commissioning a post-16 supported internship programme with Brackmoor College;\n"
  "5. a review of all independent special school placements at annual review to consider a return to local provision.\n")
w("## 9. Risks\n")
w("9.1 The main risks are:\n")
w("- continued growth in EHC plans above the rate assumed in the DSG management plan;\n- insufficient educational "
  "psychology capacity to sustain the improvement in timeliness;\n- rising independent special school fees;\n- the end of "
  "the statutory override in March 2028, when the cumulative DSG deficit could fall on the Council's general reserves.\n")
w("## 10. Glossary\n")
w("- **DSG** – Dedicated Schools Grant\n- **EHC plan / EHCP** – Education, Health and Care plan\n- **SEN support** – support "
  "for pupils with special educational needs who do not have an EHC plan\n- **SEND Tribunal** – First-tier Tribunal "
  "(Special Educational Needs and Disability)\n- **SEMH** – Social, emotional and mental health\n")
w("*Contact: Assistant Director, SEND and Inclusion, send.improvement@brackmoorvale.gov.example*\n")
open(OUT, "w").write("\n".join(L))
print(TR, TI, TW, TW/TI*100, H1, H2, GT, COLT, PLN, PLC, inyr, cum)
