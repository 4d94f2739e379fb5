"""Paper 3: Wyvernshire Public Health - sexual health and drug and alcohol dashboard (HTML)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, r

OUT = os.path.join(os.path.dirname(__file__), "..", "t31_sexual_health_drugs_alcohol_dashboard.html")
E = html.escape

# ----------------------------------------------------------------- data
# SHINE kits (Q1..Q4 2024-25, Q1..Q2 2025-26)
kits_sent = [3120, 3284, 3402, 3515, 3890, 4112]
kits_back = [1985, 2102, 2205, 2331, 2649, 2936]
ret_pct = [r(b / a * 100, 1) for a, b in zip(kits_sent, kits_back)]

def rag(val, target):
    if val >= target:
        return "Green"
    return "Amber" if val >= 0.9 * target else "Red"

# indicator, unit, target, [Q3 24-25, Q4 24-25, Q1 25-26, Q2 25-26], trend
kpi_groups = [
    ("Access", [
        ("Patients offered an appointment within 48 hours", "%", 98.0, [97.1, 98.4, 98.9, 99.2], "Improving"),
        ("Attendances at integrated sexual health clinics", "n", None, [9842, 9510, 10214, 10587], "Increasing"),
    ]),
    ("Testing and diagnosis", [
        ("New attendees offered an HIV test", "%", 95.0, [93.4, 94.1, 95.6, 96.0], "Improving"),
        ("HIV test uptake where offered", "%", 75.0, [71.2, 70.4, 68.5, 66.8], "Worsening"),
        ("Chlamydia detection rate per 100,000 aged 15 to 24", "rate", 3250, [2914, 2968, 3105, 3046], "Stable"),
        ("Online STI test kits returned", "%", 70.0, ret_pct[2:], "Improving"),
    ]),
    ("Contraception", [
        ("LARC prescribing rate per 1,000 women aged 15 to 44", "rate1", 50.0, [44.6, 46.2, 47.9, 48.3], "Improving"),
        ("EHC consultations in community pharmacies", "n", None, [1204, 1166, 1281, 1312], "Increasing"),
    ]),
]

def kfmt(v, unit):
    if v is None:
        return "n/a"
    if unit == "%":
        return f"{v:.1f}%"
    if unit == "rate1":
        return f"{v:.1f}"
    return f"{v:,.0f}"

# drug & alcohol: group, [(name, q1, q2, local %, england %, target %)]
dat_groups = [
    ("Adults (18 and over)", [
        ("Opiate", 1486, 1502, 5.1, 5.0, 5.5),
        ("Non-opiate only", 412, 438, 29.4, 31.2, 32.0),
        ("Non-opiate and alcohol", 368, 377, 24.8, 28.9, 30.0),
        ("Alcohol only", 1104, 1158, 36.2, 34.5, 35.0),
    ]),
    ("Young people (under 18)", [
        ("All substances", 142, 156, 81.0, 79.6, 80.0),
    ]),
]

# finance £000: group, [(provider, service, contract, budget ytd, actual ytd, forecast)]
fin_groups = [
    ("Sexual health services", [
        ("Wyvernshire Community Health Services NHS Trust", "Integrated sexual health service (WISH)", 6420, 3210, 3288, 6560),
        ("SHINE Digital Ltd", "Online STI testing", 780, 390, 447, 880),
        ("GP practices", "LARC fitting and removal", 1150, 575, 512, 1050),
        ("Community pharmacies", "Emergency hormonal contraception", 310, 155, 141, 290),
    ]),
    ("Drug and alcohol services", [
        ("Pathway Recovery Wyvernshire", "Adult drug and alcohol treatment", 7850, 3925, 3874, 7760),
        ("Clearwater Young People's Service", "Young people's substance misuse", 640, 320, 318, 640),
        ("Bridgeway Residential", "Inpatient detoxification and residential rehabilitation", 1200, 600, 689, 1380),
        ("Community pharmacies", "Supervised consumption and needle exchange", 520, 260, 247, 500),
    ]),
]

# activity: group, [(provider, measure, [Q1..Q4 24-25, Q1..Q2 25-26])]
act_groups = [
    ("Sexual health", [
        ("WISH", "Clinic attendances", [9655, 9730, 9842, 9510, 10214, 10587]),
        ("SHINE", "Online test kits dispatched", kits_sent),
        ("SHINE", "Online test kits returned", kits_back),
        ("GP practices", "LARC fittings", [702, 688, 731, 745, 760, 771]),
    ]),
    ("Drug and alcohol", [
        ("Pathway Recovery", "New presentations to adult treatment", [402, 388, 371, 415, 436, 452]),
        ("Clearwater", "New referrals of young people", [41, 29, 38, 44, 52, 47]),
        ("Bridgeway", "Residential rehabilitation admissions", [14, 12, 15, 11, 13, 9]),
        ("Community pharmacies", "Needle exchange transactions", [4810, 4920, 4766, 4688, 4701, 4652]),
    ]),
]

# ----------------------------------------------------------------- build
out = []
w = out.append
w("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Sexual Health and Drug and Alcohol Services Dashboard – Quarter 2 2025-26 – Wyvernshire County Council</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; max-width: 1050px; margin: 1.5em auto; color: #1b1b1b; line-height: 1.45; }
header { border-bottom: 4px solid #5b2c6f; margin-bottom: 1em; }
h1 { font-size: 1.55em; color: #5b2c6f; }
h2 { font-size: 1.2em; color: #5b2c6f; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.88em; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
th, td { border: 1px solid #b7b7b7; padding: 4px 6px; }
thead th { background: #e8dff0; }
td.num, th.num { text-align: right; }
tr.group th { background: #f3f3f3; text-align: left; font-style: italic; }
tr.subtotal td, tr.subtotal th { font-weight: bold; }
tfoot td, tfoot th { font-weight: bold; border-top: 2px solid #333; }
.rag-Green { background: #c6efce; } .rag-Amber { background: #ffeb9c; } .rag-Red { background: #ffc7ce; }
.meta { color: #444; font-size: 0.92em; }
nav ul { columns: 2; }
</style>
</head>
<body>
<header>
<p class="meta">Wyvernshire County Council · Public Health Directorate</p>
<h1>Sexual Health and Drug and Alcohol Services: Performance Dashboard, Quarter 2 2025-26</h1>
<p class="meta">Report to the Public Health Commissioning Group, 20 November 2025 · Data period: 1 July to 30 September 2025 · Author: Consultant in Public Health (Commissioning) · Status: Published</p>
</header>
<nav aria-label="Contents"><h2>Contents</h2><ul>
<li><a href="#s1">1. Introduction</a></li>
<li><a href="#s2">2. Key messages</a></li>
<li><a href="#s3">3. Sexual health performance</a></li>
<li><a href="#s4">4. Drug and alcohol treatment</a></li>
<li><a href="#s5">5. Activity by provider</a></li>
<li><a href="#s6">6. Finance</a></li>
<li><a href="#s7">7. Actions and next steps</a></li>
<li><a href="#s8">8. Glossary</a></li>
</ul></nav>
<main>
""")

w("""<section id="s1"><h2>1. Introduction</h2>
<p>1.1 This dashboard reports the performance of the sexual health and drug and alcohol services that the council commissions using the ring-fenced Public Health Grant. It covers Quarter 2 of 2025-26 (July to September 2025) and compares it with the previous three quarters.</p>
<p>1.2 Sexual health services are open access, which means that anyone can use them regardless of where they live. Drug and alcohol treatment data is taken from the National Drug Treatment Monitoring System (NDTMS), which is run by the Office for Health Improvement and Disparities (OHID). NDTMS figures for successful completions are for the 12 months to the end of the quarter and are provisional.</p>
<p>1.3 RAG ratings are set as follows: Green where the target has been met; Amber where performance is below target but within 10% of it; and Red where performance is more than 10% below target. Measures without a target are shown as n/a.</p>
</section>
""")

w("""<section id="s2"><h2>2. Key messages</h2>
<p>2.1 The key messages for this quarter are as follows:</p>
<ul>
<li>demand for sexual health services continues to grow, with clinic attendances at their highest level since the integrated service started in 2019;</li>
<li>uptake of HIV testing among people offered a test has fallen for the third quarter running and is rated Red;</li>
<li>the return rate for online STI test kits has exceeded the 70% target for the first time;</li>
<li>successful completions for people using non-opiates and alcohol together remain well below the England average; and</li>
<li>spending on residential rehabilitation is forecast to exceed budget because of higher placement numbers earlier in the year.</li>
</ul>
</section>
""")

# ---- Table 1
w("""<section id="s3"><h2>3. Sexual health performance</h2>
<p>3.1 Table 1 shows the main key performance indicators (KPIs) for the integrated sexual health service, known locally as WISH, and for the online testing service. Rates for chlamydia detection and long-acting reversible contraception (LARC) are annualised.</p>
<table id="table1">
<caption>Table 1: Sexual health key performance indicators</caption>
<thead>
<tr><th scope="col" rowspan="2">Indicator</th><th scope="col" rowspan="2" class="num">Target</th><th scope="colgroup" colspan="2">2024-25</th><th scope="colgroup" colspan="2">2025-26</th><th scope="col" rowspan="2">RAG (Q2)</th><th scope="col" rowspan="2">Trend</th></tr>
<tr><th scope="col" class="num">Q3</th><th scope="col" class="num">Q4</th><th scope="col" class="num">Q1</th><th scope="col" class="num">Q2</th></tr>
</thead>
""")
KPI = {}
for g, items in kpi_groups:
    w(f'<tbody>\n<tr class="group"><th colspan="8" scope="rowgroup">{E(g)}</th></tr>\n')
    for name, unit, tgt, vals, trend in items:
        rg = rag(vals[-1], tgt) if tgt is not None else "n/a"
        KPI[name] = (tgt, vals, rg, trend)
        cls = f' class="rag-{rg}"' if tgt is not None else ""
        w(f"<tr><th scope=\"row\">{E(name)}</th><td class=\"num\">{kfmt(tgt, unit)}</td>"
          + "".join(f'<td class="num">{kfmt(v, unit)}</td>' for v in vals)
          + f"<td{cls}>{rg}</td><td>{trend}</td></tr>\n")
    w("</tbody>\n")
w("</table>\n")
w(f"""<p>3.2 The percentage of new attendees offered an HIV test has met the 95% target for two quarters. However, HIV test uptake where a test was offered fell to {KPI['HIV test uptake where offered'][1][-1]:.1f}% in Q2. An audit of 200 case notes found that the most common reason for declining was that the person had tested recently elsewhere, often through the online service.</p>
<p>3.3 The chlamydia detection rate fell slightly in Q2 but remains within 10% of the 3,250 benchmark. The National Chlamydia Screening Programme now focuses on young women, and the service is running targeted outreach in further education colleges in Orrinford and Marrowby.</p>
<p>3.4 At the end of Q2, 612 people were using HIV pre-exposure prophylaxis (PrEP) through WISH, up from 548 at the end of Q1. There is no local target for PrEP.</p>
<p>3.5 LARC prescribing has risen for four quarters but remains below the target of 50.0 per 1,000. Waiting times for LARC fitting in Hollinsey and Kelbeck Vale, where fewer GP practices offer the service, are around six weeks.</p>
</section>
""")

# ---- Table 2
w("""<section id="s4"><h2>4. Drug and alcohol treatment</h2>
<p>4.1 Table 2 shows the number of people in structured treatment and the proportion who left treatment successfully (free of dependence) and did not return within six months. Local targets are set in the Wyvernshire Combating Drugs Partnership delivery plan.</p>
<table id="table2">
<caption>Table 2: Drug and alcohol treatment – numbers in treatment and successful completions</caption>
<thead>
<tr><th scope="col" rowspan="2">Substance group</th><th scope="colgroup" colspan="2">Numbers in treatment</th><th scope="colgroup" colspan="3">Successful completions, 12 months to Q2 (%)</th><th scope="col" rowspan="2">RAG</th></tr>
<tr><th scope="col" class="num">Q1 2025-26</th><th scope="col" class="num">Q2 2025-26</th><th scope="col" class="num">Wyvernshire</th><th scope="col" class="num">England</th><th scope="col" class="num">Local target</th></tr>
</thead>
""")
DAT = {}
tq1 = tq2 = 0
for g, items in dat_groups:
    w(f'<tbody>\n<tr class="group"><th colspan="7" scope="rowgroup">{E(g)}</th></tr>\n')
    s1 = s2 = 0
    for name, a, b, loc, eng, tgt in items:
        rg = rag(loc, tgt)
        DAT[name] = (a, b, loc, eng, tgt, rg)
        w(f'<tr><th scope="row">{E(name)}</th><td class="num">{a:,}</td><td class="num">{b:,}</td>'
          f'<td class="num">{loc:.1f}%</td><td class="num">{eng:.1f}%</td><td class="num">{tgt:.1f}%</td>'
          f'<td class="rag-{rg}">{rg}</td></tr>\n')
        s1 += a; s2 += b
    if len(items) > 1:
        w(f'<tr class="subtotal"><th scope="row">Total adults</th><td class="num">{s1:,}</td><td class="num">{s2:,}</td>'
          '<td class="num">–</td><td class="num">–</td><td class="num">–</td><td>–</td></tr>\n')
        DAT["Total adults"] = (s1, s2)
    w("</tbody>\n")
    tq1 += s1; tq2 += s2
DAT["Total"] = (tq1, tq2)
w(f'<tfoot><tr><th scope="row">All people in treatment</th><td class="num">{tq1:,}</td><td class="num">{tq2:,}</td>'
  '<td class="num">–</td><td class="num">–</td><td class="num">–</td><td>–</td></tr></tfoot>\n</table>\n')
w("""<p>4.2 Opiate completions remain low, as they are nationally, because many people in opiate treatment need long-term support with opioid substitution therapy. Alcohol-only completions are above both the England average and the local target.</p>
<p>4.3 Completions for people using non-opiates and alcohol together are rated Red. Pathway Recovery Wyvernshire has introduced a separate group programme for this cohort, starting in Orrinford in October 2025, with a further group planned for Brindlemoor in January 2026.</p>
<p>4.4 Other measures reported by the service this quarter include:</p>
<ul>
<li>1,240 naloxone kits issued to people at risk of opioid overdose and their families, up from 1,105 in Q1;</li>
<li>68% of adults starting treatment were engaged in treatment within three weeks of referral;</li>
<li>41% of people leaving prison with a substance misuse need started community treatment within three weeks (continuity of care), against a national ambition of 75%; and</li>
<li>9 drug-related deaths of people in or recently in treatment were notified in the quarter, each of which is reviewed by the drug-related deaths panel.</li>
</ul>
</section>
""")

# ---- Table 3 activity (periods as columns)
w("""<section id="s5"><h2>5. Activity by provider</h2>
<p>5.1 Table 3 shows activity by quarter for each provider over the last six quarters. The final column compares Q2 2025-26 with Q2 2024-25; falls are shown in brackets.</p>
<table id="table3">
<caption>Table 3: Activity by provider and quarter</caption>
<thead>
<tr><th scope="col" rowspan="2">Provider</th><th scope="col" rowspan="2">Measure</th><th scope="colgroup" colspan="4">2024-25</th><th scope="colgroup" colspan="2">2025-26</th><th scope="col" rowspan="2" class="num">Change on Q2 last year</th></tr>
<tr><th scope="col" class="num">Q1</th><th scope="col" class="num">Q2</th><th scope="col" class="num">Q3</th><th scope="col" class="num">Q4</th><th scope="col" class="num">Q1</th><th scope="col" class="num">Q2</th></tr>
</thead>
""")
ACT = {}
for g, items in act_groups:
    w(f'<tbody>\n<tr class="group"><th colspan="9" scope="rowgroup">{E(g)}</th></tr>\n')
    for prov, meas, vals in items:
        ch = r((vals[5] - vals[1]) / vals[1] * 100, 1)
        ACT[meas] = (prov, vals, ch)
        w(f'<tr><td>{E(prov)}</td><th scope="row">{E(meas)}</th>'
          + "".join(f'<td class="num">{v:,}</td>' for v in vals)
          + f'<td class="num">{fmt(ch, 1, pct=True)}</td></tr>\n')
    w("</tbody>\n")
w("</table>\n")
w("""<p>5.2 Online test kit dispatches have grown by a quarter in a year as more people choose to test at home. Residential rehabilitation admissions fell in Q2 because the budget for placements was largely committed in the first quarter.</p>
</section>
""")

# ---- Table 4 finance, tfoot
w("""<section id="s6"><h2>6. Finance</h2>
<p>6.1 Table 4 shows spending against budget for each commissioned service at the end of September 2025. Variances are budget less actual, so overspends are shown in brackets.</p>
<table id="table4">
<caption>Table 4: Contract values and spend by provider, 2025-26</caption>
<thead>
<tr><th scope="col" rowspan="2">Provider</th><th scope="col" rowspan="2">Service</th><th scope="col" rowspan="2" class="num">Annual contract value £000</th><th scope="colgroup" colspan="3">Quarter 2 year to date £000</th><th scope="col" rowspan="2" class="num">Forecast outturn £000</th></tr>
<tr><th scope="col" class="num">Budget</th><th scope="col" class="num">Actual</th><th scope="col" class="num">Variance</th></tr>
</thead>
""")
FIN = {}
tot = [0] * 5
for g, items in fin_groups:
    w(f'<tbody>\n<tr class="group"><th colspan="7" scope="rowgroup">{E(g)}</th></tr>\n')
    sub = [0] * 5
    for prov, serv, cv, b, a, fo in items:
        var = b - a
        vals = [cv, b, a, var, fo]
        FIN[serv] = (prov, vals)
        w(f'<tr><td>{E(prov)}</td><td>{E(serv)}</td>' + "".join(f'<td class="num">{fmt(v)}</td>' for v in vals) + "</tr>\n")
        sub = [sub[i] + vals[i] for i in range(5)]
    FIN["Total " + g.lower()] = ("", sub)
    w(f'<tr class="subtotal"><td colspan="2">Total {E(g.lower())}</td>' + "".join(f'<td class="num">{fmt(v)}</td>' for v in sub) + "</tr>\n</tbody>\n")
    tot = [tot[i] + sub[i] for i in range(5)]
FIN["Total"] = ("", tot)
w('<tfoot><tr><td colspan="2">Total commissioned sexual health and drug and alcohol services</td>'
  + "".join(f'<td class="num">{fmt(v)}</td>' for v in tot) + "</tr></tfoot>\n</table>\n")
w(f"""<p>6.2 The forecast outturn is £{tot[4]/1000:.2f}m against total contract values of £{tot[0]/1000:.2f}m. The main pressures are online testing, where activity is paid per kit returned, and residential rehabilitation at Bridgeway Residential. These are partly offset by lower LARC activity in general practice.</p>
<p>6.3 In addition to the Public Health Grant, the council receives the Drug and Alcohol Treatment and Recovery Improvement Grant (DATRIG), worth £1.94m in 2025-26, which funds extra treatment capacity, the prison release team and recovery housing. DATRIG spend is on track and is not included in Table 4.</p>
</section>
""")

w("""<section id="s7"><h2>7. Actions and next steps</h2>
<p>7.1 Actions agreed with providers at the October contract review meetings include:</p>
<ul>
<li>WISH to introduce opt-out HIV testing at all clinic sites by March 2026;</li>
<li>SHINE Digital to add reminder text messages for kits not returned within seven days;</li>
<li>Pathway Recovery Wyvernshire to submit a recovery plan for non-opiate and alcohol completions by 31 December 2025; and</li>
<li>the Public Health team to review the residential rehabilitation pathway with Bridgeway Residential before the end of Q3.</li>
</ul>
<p>7.2 The sexual health service contract ends on 31 March 2027. A needs assessment will be completed by June 2026 to inform recommissioning. The next dashboard, for Quarter 3, will be presented in February 2026.</p>
</section>
""")

w("""<section id="s8"><h2>8. Glossary</h2>
<dl>
<dt>EHC</dt><dd>Emergency hormonal contraception, sometimes called the morning-after pill.</dd>
<dt>LARC</dt><dd>Long-acting reversible contraception, such as implants and intrauterine devices (coils).</dd>
<dt>NDTMS</dt><dd>National Drug Treatment Monitoring System.</dd>
<dt>OHID</dt><dd>Office for Health Improvement and Disparities, part of the Department of Health and Social Care.</dd>
<dt>PrEP</dt><dd>Pre-exposure prophylaxis, medicine taken to prevent HIV.</dd>
<dt>STI</dt><dd>Sexually transmitted infection.</dd>
<dt>WISH</dt><dd>Wyvernshire Integrated Sexual Health service.</dd>
</dl>
</section>
</main>
<footer><p class="meta">Wyvernshire County Council, County Hall, Orrinford. Published November 2025.</p></footer>
</body>
</html>
""")

open(OUT, "w", encoding="utf-8").write("".join(out))
print("written", OUT)
print("ret_pct", ret_pct)
for k, v in KPI.items(): print("KPI", k, v)
for k, v in DAT.items(): print("DAT", k, v)
for k, v in ACT.items(): print("ACT", k, v)
for k, v in FIN.items(): print("FIN", k, v)
