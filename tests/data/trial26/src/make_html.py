"""Generate t26_nhs111_urgent_care_performance.html (Wendlemoor ICB Quality and Performance Committee)."""
OUT = "/work/trials_new/trial26/t26_nhs111_urgent_care_performance.html"

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
received = [52814, 55206, 49377, 47935, 46102, 50648]
answered = [50102, 51940, 47168, 45911, 44380, 48215]
within60 = [68.4, 61.7, 74.9, 79.2, 82.6, 73.5]
aband30 = [4.1, 5.0, 3.6, 3.2, 2.7, 3.9]
asa = [142, 188, 103, 86, 71, 121]


def fmt(n):
    return f"{n:,}"


def wavg(vals, w, idx):
    return sum(vals[i] * w[i] for i in idx) / sum(w[i] for i in idx)


Q1, Q2 = [0, 1, 2], [3, 4, 5]
abandoned = [r - a for r, a in zip(received, answered)]
q = {}
for name, idx in (("Q1", Q1), ("Q2", Q2)):
    q[name] = dict(
        received=sum(received[i] for i in idx),
        answered=sum(answered[i] for i in idx),
        abandoned=sum(abandoned[i] for i in idx),
        within60=round(wavg(within60, answered, idx), 1),
        aband30=round(wavg(aband30, received, idx), 1),
        asa=round(wavg(asa, answered, idx)),
    )
print("Q", q)
print("abandoned", abandoned)


def row(label, std, vals, qv, rag, fmtf=str):
    cells = [f"<th scope=\"row\">{label}</th>", f"<td>{std}</td>"]
    for i in Q1:
        cells.append(f"<td>{fmtf(vals[i])}</td>")
    cells.append(f"<td><strong>{fmtf(qv['Q1'])}</strong></td>")
    for i in Q2:
        cells.append(f"<td>{fmtf(vals[i])}</td>")
    cells.append(f"<td><strong>{fmtf(qv['Q2'])}</strong></td>")
    cells.append(f"<td class=\"rag {rag.lower()}\">{rag}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def pct(x):
    return "n/a" if x is None else f"{x:.1f}"


t1 = []
t1.append(row("Calls received", "–", received, {k: q[k]["received"] for k in q}, "n/a", fmt))
t1.append(row("Calls answered", "–", answered, {k: q[k]["answered"] for k in q}, "n/a", fmt))
t1.append(row("Calls abandoned (all)", "–", abandoned, {k: q[k]["abandoned"] for k in q}, "n/a", fmt))
t1.append(row("Answered within 60 seconds (%)", "95.0", within60, {k: q[k]["within60"] for k in q}, "Red", pct))
t1.append(row("Abandoned after 30 seconds (%)", "3.0 or less", aband30, {k: q[k]["aband30"] for k in q}, "Amber", pct))
t1.append(row("Average speed to answer (seconds)", "20 or less", asa, {k: q[k]["asa"] for k in q}, "Red", str))

# ----- table 2 clinical
T2 = [
    ("Calls receiving clinical input (%)", "50.0", [52.3, 51.8, 54.0, 55.1, 56.4, 53.9], "Green"),
    ("Category 3 and 4 ambulance dispositions clinically validated (%)", "75.0", [71.0, 68.2, 76.5, 78.9, 81.3, 77.4], "Green"),
    ("Emergency department dispositions clinically validated (%)", "50.0", [44.6, 41.2, 47.9, 52.3, 55.0, 50.8], "Green"),
    ("Immediate call-backs within 20 minutes (%)", "90.0", [83.5, 79.8, 86.1, 88.7, 90.4, 87.2], "Amber"),
    ("Callers given a booked appointment where recommended (%)", "–", [62.0, 60.4, 64.8, 66.1, 67.5, 65.3], "n/a"),
    ("Mental health option answered within 60 seconds (%)", "–", [None, None, 71.4, 74.0, 76.8, 72.5], "n/a"),
]
t2 = []
for lab, std, vals, rag in T2:
    cells = [f"<th scope=\"row\">{lab}</th>", f"<td>{std}</td>"] + [f"<td>{pct(v)}</td>" for v in vals] + [f"<td class=\"rag\">{rag}</td>"]
    t2.append("<tr>" + "".join(cells) + "</tr>")

# ----- table 3 dispositions
T3 = [
    ("Emergency", [
        ("Ambulance dispatched", [4120, 3980, 4310]),
        ("Attend emergency department", [5260, 5105, 5540]),
    ]),
    ("Urgent and primary care", [
        ("Urgent treatment centre", [3410, 3350, 3620]),
        ("Contact own GP practice", [9850, 9420, 10380]),
        ("GP out of hours or CAS clinician", [4020, 3870, 4150]),
    ]),
    ("Community and other services", [
        ("Community pharmacy", [3210, 3180, 3490]),
        ("Dental service", [1840, 1790, 1910]),
        ("Other services", [1120, 1060, 1180]),
    ]),
    ("Self-care", [
        ("Self-care or no further action", [5930, 5720, 6080]),
    ]),
]
mt = [0, 0, 0]
for _, items in T3:
    for _, v in items:
        for i in range(3):
            mt[i] += v[i]
grand = sum(mt)
print("T3 monthly totals", mt, grand)
t3 = []
for grp, items in T3:
    for j, (lab, v) in enumerate(items):
        cells = []
        if j == 0:
            cells.append(f"<th scope=\"rowgroup\" rowspan=\"{len(items)}\">{grp}</th>")
        s = sum(v)
        cells += [f"<td>{lab}</td>"] + [f"<td>{fmt(x)}</td>" for x in v] + [f"<td>{fmt(s)}</td>", f"<td>{s / grand * 100:.1f}</td>"]
        print("T3", lab, s, round(s / grand * 100, 1))
        t3.append("<tr>" + "".join(cells) + "</tr>")
t3.append("<tr class=\"total\"><th scope=\"row\" colspan=\"2\">Total triaged calls</th>" + "".join(f"<td>{fmt(x)}</td>" for x in mt)
          + f"<td>{fmt(grand)}</td><td>100.0</td></tr>")

# ----- table 4 districts
T4 = [
    ("Brackenholt", 71400, 22140, 11.8),
    ("Quillby", 98600, 39870, 15.6),
    ("Dunmere Cross", 82300, 27560, 13.9),
    ("Harrowfield", 88900, 31905, 14.7),
    ("Seltonbridge", 70800, 20410, 12.2),
]
t4 = []
pop = calls = 0
for d, p, c, ed in T4:
    t4.append(f"<tr><th scope=\"row\">{d}</th><td>{fmt(p)}</td><td>{fmt(c)}</td><td>{c / p * 1000:.1f}</td><td>{ed:.1f}</td></tr>")
    print("T4", d, round(c / p * 1000, 1))
    pop += p
    calls += c
oa = q["Q2"]["received"] - calls
t4.append(f"<tr><th scope=\"row\">Out of area or not known</th><td>–</td><td>{fmt(oa)}</td><td>–</td><td>n/a</td></tr>")
t4.append(f"<tr class=\"total\"><th scope=\"row\">Wendlemoor total</th><td>{fmt(pop)}</td><td>{fmt(q['Q2']['received'])}</td>"
          f"<td>{q['Q2']['received'] / pop * 1000:.1f}</td><td>13.6</td></tr>")
print("T4 total", pop, q["Q2"]["received"], oa, round(q["Q2"]["received"] / pop * 1000, 1))

# ----- table 5 UTC
T5 = [
    ("Quillby Urgent Treatment Centre", 14820, 96.2, "Green", "Improving"),
    ("Harrowfield Urgent Treatment Centre", 11305, 93.4, "Amber", "Static"),
    ("Dunmere Cross Urgent Treatment Centre", 8210, 89.7, "Red", "Deteriorating"),
    ("Seltonbridge Minor Injuries Unit", 5640, 98.9, "Green", "Static"),
]
t5 = []
tot = 0
w = 0
for n, a, p, rag, tr in T5:
    t5.append(f"<tr><th scope=\"row\">{n}</th><td>{fmt(a)}</td><td>{p:.1f}</td><td>95.0</td><td>{rag}</td><td>{tr}</td></tr>")
    tot += a
    w += a * p
print("T5", tot, round(w / tot, 1))
t5.append(f"<tr class=\"total\"><th scope=\"row\">All sites</th><td>{fmt(tot)}</td><td>{w / tot:.1f}</td><td>95.0</td><td>Amber</td><td>Static</td></tr>")

q1, q2 = q["Q1"], q["Q2"]
html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NHS 111 and Integrated Urgent Care Performance Report, Quarter 2 2025-26</title>
<style>
body {{ font-family: Arial, sans-serif; max-width: 1000px; margin: 2em auto; line-height: 1.45; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }}
th, td {{ border: 1px solid #888; padding: 3px 6px; }}
thead th {{ background: #dce6f1; }}
td {{ text-align: right; }}
td.rag, tbody th {{ text-align: left; }}
caption {{ font-weight: bold; text-align: left; padding-bottom: 4px; }}
tr.total {{ font-weight: bold; border-top: 2px solid #000; }}
.meta td, .meta th {{ border: none; text-align: left; }}
</style>
</head>
<body>
<header>
<p><strong>Wendlemoor Integrated Care Board</strong></p>
<h1>NHS 111 and Integrated Urgent Care Performance Report: Quarter 2 2025-26</h1>
<table class="meta">
<tr><th>Meeting</th><td>Quality and Performance Committee</td></tr>
<tr><th>Date</th><td>20 November 2025</td></tr>
<tr><th>Author</th><td>Associate Director of Urgent and Emergency Care Commissioning</td></tr>
<tr><th>Executive lead</th><td>Chief Delivery Officer</td></tr>
<tr><th>Agenda item</th><td>7.2</td></tr>
<tr><th>Purpose</th><td>For assurance</td></tr>
</table>
</header>

<main>
<section id="s1">
<h2>1. Purpose</h2>
<p>This report updates the Committee on the performance of the NHS 111 telephone service and the integrated urgent care (IUC) clinical assessment service (CAS) for Wendlemoor residents in Quarter 2 of 2025-26 (July to September 2025), with Quarter 1 figures for comparison. It also covers urgent treatment centre performance and the urgent community response (UCR) service for referrals made from NHS 111. The service is provided under contract by Sallowmere Health Partnership (SHP).</p>
</section>

<section id="s2">
<h2>2. Executive summary</h2>
<p>Call handling improved in Quarter 2 compared with Quarter 1 but remains below the national standards. The main points are:</p>
<ul>
<li>The service received {fmt(q2['received'])} calls in Quarter 2, {fmt(q1['received'] - q2['received'])} fewer than in Quarter 1.</li>
<li>{q2['within60']:.1f}% of calls were answered within 60 seconds in Quarter 2, up from {q1['within60']:.1f}% in Quarter 1, against a standard of 95%.</li>
<li>August was the best month of the half-year, with 82.6% of calls answered within 60 seconds and 2.7% abandoned after 30 seconds.</li>
<li>Performance dipped in September when call volumes rose with the start of the school term and the respiratory season.</li>
<li>Clinical validation of emergency department dispositions met the 50% standard in every month of Quarter 2.</li>
</ul>
</section>

<section id="s3">
<h2>3. Call handling</h2>
<p>Table 1 sets out the core call-handling measures by month. The 60-second and abandonment standards are those set in the national IUC key performance indicators; the average speed to answer standard of 20 seconds is from the 2025-26 NHS operational planning guidance.</p>
<table id="t1">
<caption>Table 1: NHS 111 call handling by month, April to September 2025</caption>
<thead>
<tr><th rowspan="2" scope="col">Measure</th><th rowspan="2" scope="col">Standard</th><th colspan="4" scope="colgroup">Quarter 1 2025-26</th><th colspan="4" scope="colgroup">Quarter 2 2025-26</th><th rowspan="2" scope="col">Q2 RAG</th></tr>
<tr><th scope="col">Apr</th><th scope="col">May</th><th scope="col">Jun</th><th scope="col">Q1</th><th scope="col">Jul</th><th scope="col">Aug</th><th scope="col">Sep</th><th scope="col">Q2</th></tr>
</thead>
<tbody>
{chr(10).join(t1)}
</tbody>
</table>
<p>May was the most challenging month, with 55,206 calls received over two bank holiday weekends and only 61.7% answered within 60 seconds. Sallowmere Health Partnership had 186.4 whole-time equivalent (WTE) health advisors in post at the end of September against an establishment of 214.0 WTE, a vacancy rate of 12.9%. Sickness absence among call handlers also remained higher than planned over the summer.</p>
<p>The provider's recovery plan, agreed in June 2025, includes the following actions:</p>
<ul>
<li>two recruitment cohorts of 18 health advisors each, starting in October 2025 and January 2026;</li>
<li>rostering more call handlers on Saturday and Sunday mornings, when demand peaks;</li>
<li>a call-back option for callers waiting more than five minutes, piloted from August 2025;</li>
<li>more use of NHS 111 online for repeat prescription and dental enquiries.</li>
</ul>
</section>

<section id="s4">
<h2>4. Clinical assessment and validation</h2>
<p>The clinical assessment service (CAS) brings together GPs, nurses, paramedics, pharmacists and mental health practitioners who speak to callers after the initial health advisor assessment. Clinical validation means a clinician reviews a call where the initial assessment recommends an ambulance (Category 3 or 4) or an emergency department visit, to check whether a more suitable service can be used.</p>
<table id="t2">
<caption>Table 2: Clinical assessment and validation measures by month, April to September 2025 (%)</caption>
<thead>
<tr><th rowspan="2" scope="col">Measure</th><th rowspan="2" scope="col">Standard (minimum %)</th><th colspan="3" scope="colgroup">Quarter 1</th><th colspan="3" scope="colgroup">Quarter 2</th><th rowspan="2" scope="col">Q2 RAG</th></tr>
<tr><th scope="col">Apr</th><th scope="col">May</th><th scope="col">Jun</th><th scope="col">Jul</th><th scope="col">Aug</th><th scope="col">Sep</th></tr>
</thead>
<tbody>
{chr(10).join(t2)}
</tbody>
</table>
<p>n/a: the mental health option on NHS 111 went live in Wendlemoor on 2 June 2025, so there is no figure for April or May and the June figure is for a part month. – = no national standard.</p>
<p>Immediate call-backs within 20 minutes met the 90% standard only in August (90.4%). The provider reports that the shortfall is mainly at weekends, when GP cover in the CAS is thinnest.</p>
</section>

<section id="s5">
<h2>5. Call outcomes (dispositions)</h2>
<p>A disposition is the final outcome of a triaged call: the service or level of care the caller is directed to. Table 3 shows dispositions for Quarter 2, grouped by type of service.</p>
<table id="t3">
<caption>Table 3: Final dispositions of triaged NHS 111 calls, Quarter 2 2025-26</caption>
<thead>
<tr><th rowspan="2" scope="col">Service type</th><th rowspan="2" scope="col">Disposition</th><th colspan="3" scope="colgroup">Number of calls</th><th rowspan="2" scope="col">Q2 total</th><th rowspan="2" scope="col">% of Q2 total</th></tr>
<tr><th scope="col">Jul</th><th scope="col">Aug</th><th scope="col">Sep</th></tr>
</thead>
<tbody>
{chr(10).join(t3)}
</tbody>
</table>
<p>Just over a quarter of triaged calls ended with a recommendation to contact the caller's own GP practice. Referrals to community pharmacy rose after the launch of the Pharmacy First service, and 8.5% of triaged calls were passed to a community pharmacist in Quarter 2.</p>
</section>

<section id="s6">
<h2>6. Demand by district</h2>
<table id="t4">
<caption>Table 4: NHS 111 calls received by district of caller, Quarter 2 2025-26</caption>
<thead>
<tr><th scope="col">District</th><th scope="col">Population (mid-2024)</th><th scope="col">Calls received</th><th scope="col">Calls per 1,000 population</th><th scope="col">Emergency department disposition rate (%)</th></tr>
</thead>
<tbody>
{chr(10).join(t4)}
</tbody>
</table>
<p>Quillby has the highest call rate, at 404.4 calls per 1,000 population in the quarter, and the highest rate of emergency department dispositions. Seltonbridge has the lowest call rate. The higher rates in Quillby and Harrowfield are consistent with their younger populations and higher levels of deprivation.</p>
</section>

<section id="s7">
<h2>7. Urgent treatment centres and urgent community response</h2>
<p>Urgent treatment centres (UTCs) are measured against the standard that 95% of patients are seen, treated and discharged or admitted within four hours of arrival.</p>
<table id="t5">
<caption>Table 5: Urgent treatment centre and minor injuries unit performance, Quarter 2 2025-26</caption>
<thead>
<tr><th scope="col">Site</th><th scope="col">Attendances</th><th scope="col">Within 4 hours (%)</th><th scope="col">Standard (%)</th><th scope="col">RAG</th><th scope="col">Trend</th></tr>
</thead>
<tbody>
{chr(10).join(t5)}
</tbody>
</table>
<p>Dunmere Cross UTC continues to be affected by a shortage of emergency nurse practitioners; two posts were filled in October 2025.</p>
<p>The urgent community response (UCR) service provides a two-hour home visit for people at risk of admission, mostly older people who have fallen or have a sudden deterioration. In Quarter 2 the service received 1,146 referrals from NHS 111 and the CAS, and 84.6% were seen within two hours, above the national standard of 70%.</p>
</section>

<section id="s8">
<h2>8. Risks</h2>
<table id="t6">
<caption>Table 6: Key risks to integrated urgent care performance</caption>
<thead>
<tr><th scope="col">Risk</th><th scope="col">Current score (out of 25)</th><th scope="col">Target score</th><th scope="col">Trend</th><th scope="col">Main mitigation</th></tr>
</thead>
<tbody>
<tr><th scope="row">Health advisor vacancies reduce call answering capacity</th><td>16</td><td>8</td><td class="rag">Improving</td><td class="rag">Two recruitment cohorts; weekend rostering</td></tr>
<tr><th scope="row">Winter respiratory demand exceeds plan</th><td>20</td><td>12</td><td class="rag">Deteriorating</td><td class="rag">Winter surge plan with extra CAS clinicians</td></tr>
<tr><th scope="row">Limited GP cover in the CAS at weekends</th><td>12</td><td>6</td><td class="rag">Static</td><td class="rag">Sessional GP incentive scheme</td></tr>
<tr><th scope="row">Directory of Services (DoS) profiles out of date</th><td>9</td><td>4</td><td class="rag">Improving</td><td class="rag">Quarterly DoS review with providers</td></tr>
</tbody>
</table>
</section>

<section id="s9">
<h2>9. Recommendations</h2>
<p>The Committee is asked to:</p>
<ol>
<li>note the improvement in call handling between Quarter 1 and Quarter 2 and that performance remains below the national standards;</li>
<li>note the provider's recovery plan and the planned recruitment cohorts;</li>
<li>seek assurance on weekend GP cover in the CAS at its January 2026 meeting;</li>
<li>note the winter surge plan, which will be presented in full to the Board in December 2025.</li>
</ol>
<p><small>Abbreviations: CAS – clinical assessment service; DoS – Directory of Services; IUC – integrated urgent care; UCR – urgent community response; UTC – urgent treatment centre; WTE – whole-time equivalent.</small></p>
</section>
</main>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(html)
print("written", OUT)
