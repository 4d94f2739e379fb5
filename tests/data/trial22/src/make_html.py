# Generates t22_mental_health_performance_m7_2025-26.html
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "t22_mental_health_performance_m7_2025-26.html"
H = []
def a(s): H.append(s)
months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]

a("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mental Health Services Performance Report – Month 7 2025-26</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:1000px;margin:2em auto;font-size:14px;line-height:1.45}
table{border-collapse:collapse;margin:0.5em 0 1.2em 0;font-size:13px}
th,td{border:1px solid #888;padding:3px 6px}
thead th{background:#003b5c;color:#fff}
td.n{text-align:right}
tr.grp td{background:#e8eef4;font-weight:bold;font-style:italic}
tr.tot td{font-weight:bold;border-top:2px solid #000}
caption{font-weight:bold;text-align:left;padding:4px 0}
.meta td{border:none;padding:1px 8px 1px 0}
.red{background:#f4c7c3}.amber{background:#fce8b2}.green{background:#b7e1cd}
</style></head><body>
<header>
<p><strong>Varrowdale Partnership NHS Foundation Trust</strong></p>
<h1>Mental Health Services Performance Report: Month 7 (October 2025)</h1>
<table class="meta">
<tr><td><strong>Meeting:</strong></td><td>Trust Board (Part 1 – held in public)</td></tr>
<tr><td><strong>Date:</strong></td><td>27 November 2025</td></tr>
<tr><td><strong>Agenda item:</strong></td><td>9</td></tr>
<tr><td><strong>Author:</strong></td><td>Associate Director of Performance and Business Intelligence</td></tr>
<tr><td><strong>Executive lead:</strong></td><td>Chief Operating Officer</td></tr>
<tr><td><strong>Purpose:</strong></td><td>For assurance</td></tr>
</table>
</header>
<main>
""")

a("""<section id="s1"><h2>1. Purpose</h2>
<p>1.1 This report gives the Board an overview of performance in the Trust's mental health services for the period April to October 2025 against
national standards in the NHS Oversight Framework and locally agreed standards with the Varrowdale and Ashmere Integrated Care Board (ICB).
It covers out of area placements, inpatient bed occupancy and length of stay, waiting times, early intervention in psychosis, crisis care and inpatient staffing.</p>
</section>
<section id="s2"><h2>2. Executive summary</h2>
<p>2.1 The main points for the Board to note are:</p>
<ul>
<li>inappropriate out of area placement bed days fell for the sixth month in a row, to 324 in October, but remain above the trajectory of 300;</li>
<li>adult acute bed occupancy remains very high at 96.5% in October, well above the 85% standard;</li>
<li>early intervention in psychosis performance was 76.9% in October, above the 60% standard in every month except June;</li>
<li>the proportion of adults assessed by a community mental health team within 4 weeks improved to 70.2% but remains below the 80% local standard;</li>
<li>the memory assessment service waiting list has reduced to 642 following additional clinics funded by the ICB.</li>
</ul>
</section>
""")

# --- OAP
oap = {"Adult acute": [412, 388, 356, 341, 298, 276, 244],
       "Psychiatric intensive care (PICU)": [96, 118, 102, 87, 91, 74, 68],
       "Older adult": [31, 0, 14, 22, 9, 0, 12]}
tot = [sum(v[i] for v in oap.values()) for i in range(7)]
traj = [480, 450, 420, 390, 360, 330, 300]
print("oap tot", tot, sum(tot), "traj", sum(traj), {k: sum(v) for k, v in oap.items()})
def c(x): return "–" if x == 0 else f"{x:,}"
a("""<section id="s3"><h2>3. Out of area placements</h2>
<p>3.1 An inappropriate out of area placement (OAP) is one where a person who needs acute inpatient mental health care is admitted to a unit that
does not form part of the usual local network of services, because no local bed is available. The national ambition is to eliminate inappropriate OAPs.
The Trust has agreed a trajectory with the ICB to reduce bed days to 200 a month by March 2026.</p>
<p>3.2 Inappropriate OAP bed days totalled 324 in October 2025, down from 539 in April. At the end of October 11 patients were in inappropriate
out of area placements, down from 19 at the end of April. The year-to-date cost of OAPs is £2.43m against a budget of £1.90m.</p>
<table id="t1">
<caption>Table 1: Inappropriate out of area placement bed days by bed type, April to October 2025</caption>
<thead>
<tr><th rowspan="2">Bed type</th><th colspan="7">2025-26 (bed days in month)</th><th rowspan="2">Year to date</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in months) + """</tr>
</thead><tbody>
""")
for k, v in oap.items():
    a(f"<tr><td>{k}</td>" + "".join(f'<td class="n">{c(x)}</td>' for x in v) + f'<td class="n">{sum(v):,}</td></tr>')
a('<tr class="tot"><td>Total bed days</td>' + "".join(f'<td class="n">{x:,}</td>' for x in tot) + f'<td class="n">{sum(tot):,}</td></tr>')
a('<tr><td>Trajectory</td>' + "".join(f'<td class="n">{x:,}</td>' for x in traj) + f'<td class="n">{sum(traj):,}</td></tr>')
a('<tr><td>Variance against trajectory</td>' + "".join(f'<td class="n">{t-j:+,}</td>' for t, j in zip(tot, traj)) + f'<td class="n">{sum(tot)-sum(traj):+,}</td></tr>')
a('<tr><td>RAG rating</td>' + "".join('<td class="red">Red</td>' if t - j > 40 else '<td class="amber">Amber</td>' for t, j in zip(tot, traj)) + '<td class="red">Red</td></tr>')
a("""</tbody></table>
<p>3.3 Amber indicates bed days within 40 of the trajectory. The reduction has been driven by the Purposeful Admission programme, the opening of the
Harrier Ward discharge lounge and daily senior review of patients who are clinically ready for discharge.</p>
</section>
""")

# --- Bed occupancy
beds = [("Adult acute", [("Harrier Ward (mixed)", 22, [97.8, 98.4, 96.1]), ("Kestrel Ward (male)", 20, [99.1, 97.6, 98.9]),
                         ("Linnet Ward (female)", 18, [95.3, 96.8, 94.2])]),
        ("Psychiatric intensive care", [("Falcon Unit (PICU)", 10, [92.4, 95.0, 90.6])]),
        ("Older adult", [("Rowan Ward (functional)", 16, [88.7, 90.1, 91.4]), ("Aspen Ward (dementia)", 14, [84.2, 82.9, 86.5])]),
        ("Rehabilitation", [("Willow Lodge", 12, [79.5, 81.0, 83.3])])]
def rag(x): return ("Red", "red") if x > 95 else (("Amber", "amber") if x > 85 else ("Green", "green"))
a("""<section id="s4"><h2>4. Inpatient bed occupancy and length of stay</h2>
<p>4.1 Bed occupancy is measured at midnight and excludes patients on leave. The Trust's standard is 85%, which is the level above which
patient flow and safety are considered to be at risk. Ratings are Green at or below 85%, Amber above 85% and up to 95%, and Red above 95%.</p>
<table id="t2">
<caption>Table 2: Bed occupancy (excluding leave) by ward, August to October 2025 (%)</caption>
<thead>
<tr><th rowspan="2">Ward type</th><th rowspan="2">Ward</th><th rowspan="2">Beds</th><th colspan="3">Occupancy (%)</th><th rowspan="2">Standard</th><th rowspan="2">October rating</th></tr>
<tr><th>Aug 2025</th><th>Sep 2025</th><th>Oct 2025</th></tr>
</thead><tbody>
""")
allb = []
for gname, wards in beds:
    for i, (w, n, occ) in enumerate(wards):
        r, cl = rag(occ[2])
        first = f'<td rowspan="{len(wards) + (1 if len(wards) > 1 else 0)}">{gname}</td>' if i == 0 else ""
        a(f'<tr>{first}<td>{w}</td><td class="n">{n}</td>' + "".join(f'<td class="n">{x:.1f}</td>' for x in occ) + f'<td class="n">85%</td><td class="{cl}">{r}</td></tr>')
        allb.append((n, occ))
    if len(wards) > 1:
        nb = sum(w[1] for w in wards); wo = [sum(w[1] * w[2][k] for w in wards) / nb for k in range(3)]
        r, cl = rag(wo[2])
        a(f'<tr class="tot"><td>{gname} total</td><td class="n">{nb}</td>' + "".join(f'<td class="n">{x:.1f}</td>' for x in wo) + f'<td class="n">85%</td><td class="{cl}">{r}</td></tr>')
        print("occ", gname, nb, [round(x, 1) for x in wo])
nb = sum(n for n, _ in allb); wo = [sum(n * o[k] for n, o in allb) / nb for k in range(3)]
r, cl = rag(wo[2])
a(f'<tr class="tot"><td colspan="2">Trust total</td><td class="n">{nb}</td>' + "".join(f'<td class="n">{x:.1f}</td>' for x in wo) + f'<td class="n">85%</td><td class="{cl}">{r}</td></tr>')
print("occ trust", nb, [round(x, 1) for x in wo])
a("""</tbody></table>
<p>4.2 Average length of stay is shown in Table 3. Length of stay on adult acute wards fell in Quarter 2, reflecting the work on discharge planning.
At the end of October there were 19 inpatients who were clinically ready for discharge but whose discharge was delayed, most commonly while
waiting for supported accommodation or a care home placement.</p>
""")
los = [("Adult acute", 41.2, 38.6), ("Psychiatric intensive care", 29.8, 31.4), ("Older adult", 67.5, 63.9), ("Rehabilitation", 212.0, 198.4)]
a("""<table id="t3">
<caption>Table 3: Average length of stay for discharged patients by ward type, 2025-26 (days)</caption>
<thead><tr><th>Ward type</th><th>Q1 (Apr–Jun)</th><th>Q2 (Jul–Sep)</th><th>Change (days)</th><th>Trend</th></tr></thead><tbody>
""")
for w, q1, q2 in los:
    a(f'<tr><td>{w}</td><td class="n">{q1:.1f}</td><td class="n">{q2:.1f}</td><td class="n">{q2-q1:+.1f}</td><td>{"Improving" if q2 < q1 else "Deteriorating"}</td></tr>')
a("</tbody></table></section>")

# --- waits
a("""<section id="s5"><h2>5. Waiting times</h2>
<p>5.1 Table 4 sets out performance against waiting time standards for community services. NHS Talking Therapies continues to meet the national
access standards for starting treatment, but the recovery rate fell just below the 50% standard in October. Community mental health team (CMHT) waits
remain the Trust's most significant waiting time risk, with 1,486 adults waiting for a first assessment.</p>
<table id="t4">
<caption>Table 4: Waiting time standards by service, September and October 2025</caption>
<thead>
<tr><th rowspan="2">Service</th><th rowspan="2">Measure</th><th rowspan="2">Standard</th><th colspan="2">Performance (%)</th><th rowspan="2">Waiting list (Oct)</th><th rowspan="2">Median wait, weeks (Oct)</th><th rowspan="2">RAG</th><th rowspan="2">Trend</th></tr>
<tr><th>Sep 2025</th><th>Oct 2025</th></tr>
</thead><tbody>
<tr><td rowspan="3">NHS Talking Therapies</td><td>Started treatment within 6 weeks of referral</td><td class="n">75%</td><td class="n">88.2</td><td class="n">86.9</td><td class="n" rowspan="3">1,214</td><td class="n" rowspan="3">3.1</td><td class="green">Green</td><td>Deteriorating</td></tr>
<tr><td>Started treatment within 18 weeks of referral</td><td class="n">95%</td><td class="n">98.7</td><td class="n">98.5</td><td class="green">Green</td><td>Stable</td></tr>
<tr><td>Recovery rate</td><td class="n">50%</td><td class="n">51.3</td><td class="n">49.6</td><td class="amber">Amber</td><td>Deteriorating</td></tr>
<tr><td>Community mental health teams (adults)</td><td>Assessed within 4 weeks of referral</td><td class="n">80%</td><td class="n">67.4</td><td class="n">70.2</td><td class="n">1,486</td><td class="n">6.8</td><td class="red">Red</td><td>Improving</td></tr>
<tr><td>Memory assessment service</td><td>Diagnosis within 6 weeks of referral</td><td class="n">80%</td><td class="n">58.9</td><td class="n">61.5</td><td class="n">642</td><td class="n">9.4</td><td class="red">Red</td><td>Improving</td></tr>
<tr><td rowspan="2">Children and young people's eating disorders</td><td>Urgent cases seen within 1 week</td><td class="n">95%</td><td class="n">100.0</td><td class="n">87.5</td><td class="n" rowspan="2">n/a</td><td class="n" rowspan="2">n/a</td><td class="amber">Amber</td><td>Deteriorating</td></tr>
<tr><td>Routine cases seen within 4 weeks</td><td class="n">95%</td><td class="n">91.3</td><td class="n">93.8</td><td class="amber">Amber</td><td>Improving</td></tr>
<tr><td>Perinatal mental health</td><td>Assessed within 4 weeks of referral</td><td class="n">90%</td><td class="n">94.1</td><td class="n">95.6</td><td class="n">88</td><td class="n">2.4</td><td class="green">Green</td><td>Improving</td></tr>
<tr><td>Adult ADHD service</td><td>Assessment completed</td><td class="n">–</td><td class="n">–</td><td class="n">–</td><td class="n">3,870</td><td class="n">96.0</td><td>Not rated</td><td>Deteriorating</td></tr>
</tbody></table>
<p>5.2 In October 7 of the 8 urgent eating disorder referrals were seen within one week; the remaining young person was seen on day 9 because
the family asked for a later appointment. There is no national waiting time standard for adult ADHD assessment; the ICB is reviewing the
commissioning of this service in light of demand. Community children and young people's mental health services (CAMHS), apart from the eating
disorder service, are provided by Ashmere Children's Health and are reported to the ICB separately.</p>
</section>
""")

# --- EIP
north_n = [6, 9, 5, 7, 8, 10, 6]; north_w = [5, 6, 3, 5, 6, 7, 5]
south_n = [8, 11, 7, 9, 11, 12, 7]; south_w = [5, 7, 4, 5, 8, 8, 5]
tn = [x + y for x, y in zip(north_n, south_n)]; tw = [x + y for x, y in zip(north_w, south_w)]
def pc(w, n): return f"{w/n*100:.1f}"
print("eip north", [pc(w, n) for w, n in zip(north_w, north_n)], pc(sum(north_w), sum(north_n)))
print("eip south", [pc(w, n) for w, n in zip(south_w, south_n)], pc(sum(south_w), sum(south_n)))
print("eip trust", [pc(w, n) for w, n in zip(tw, tn)], pc(sum(tw), sum(tn)), tn, sum(tn), sum(tw))
a("""<section id="s6"><h2>6. Early intervention in psychosis</h2>
<p>6.1 Early intervention in psychosis (EIP) services support people aged 14 to 65 experiencing a first episode of psychosis. The national
standard is that at least 60% of people referred start a NICE-recommended package of care within two weeks of referral. The Trust has two EIP teams:
the North EIP team, covering Drovenmere and Caskwell, and the South EIP team, covering Lathering Moor, Penstowe and Quillsby.</p>
<table id="t5">
<caption>Table 5: Early intervention in psychosis – percentage starting treatment within two weeks of referral, April to October 2025</caption>
<thead>
<tr><th rowspan="2">Team</th><th colspan="7">2025-26</th><th rowspan="2">Year to date</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in months) + """</tr>
</thead><tbody>
""")
a('<tr><td>North EIP team (%)</td>' + "".join(f'<td class="n">{pc(w, n)}</td>' for w, n in zip(north_w, north_n)) + f'<td class="n">{pc(sum(north_w), sum(north_n))}</td></tr>')
a('<tr><td>South EIP team (%)</td>' + "".join(f'<td class="n">{pc(w, n)}</td>' for w, n in zip(south_w, south_n)) + f'<td class="n">{pc(sum(south_w), sum(south_n))}</td></tr>')
a('<tr class="tot"><td>Trust total (%)</td>' + "".join(f'<td class="n">{pc(w, n)}</td>' for w, n in zip(tw, tn)) + f'<td class="n">{pc(sum(tw), sum(tn))}</td></tr>')
a('<tr><td>Number of people starting treatment (Trust)</td>' + "".join(f'<td class="n">{n}</td>' for n in tn) + f'<td class="n">{sum(tn)}</td></tr>')
a('<tr><td>Standard</td>' + "".join('<td class="n">60%</td>' for _ in tn) + '<td class="n">60%</td></tr>')
a("""</tbody></table>
<p>6.2 Performance fell below the standard in June (58.3%) when the South EIP team had two care coordinator vacancies. Both posts were filled
in July. Small monthly numbers mean that one or two patients can move the percentage by more than ten points.</p>
</section>
""")

# --- crisis
a("""<section id="s7"><h2>7. Crisis and acute care</h2>
<p>7.1 Table 6 shows measures for crisis care and the safety of transfers of care. Follow-up within 72 hours of discharge from inpatient care
recovered to 85.2% in October after falling below the standard in September. Long waits in emergency departments for mental health patients
remain a concern and are reviewed weekly with Varrowdale General Hospitals NHS Trust.</p>
<table id="t6">
<caption>Table 6: Crisis and acute care measures, August to October 2025</caption>
<thead>
<tr><th rowspan="2">Measure</th><th rowspan="2">Standard</th><th colspan="3">2025-26</th><th rowspan="2">RAG (Oct)</th></tr>
<tr><th>Aug</th><th>Sep</th><th>Oct</th></tr>
</thead><tbody>
<tr class="grp"><td colspan="6">Crisis response</td></tr>
<tr><td>Urgent referrals to crisis teams seen within 4 hours (%)</td><td class="n">75%</td><td class="n">71.8</td><td class="n">74.4</td><td class="n">77.0</td><td class="green">Green</td></tr>
<tr><td>Very urgent referrals seen within 24 hours (%)</td><td class="n">90%</td><td class="n">92.6</td><td class="n">88.0</td><td class="n">91.3</td><td class="green">Green</td></tr>
<tr><td>Crisis line calls answered within 60 seconds (%)</td><td class="n">90%</td><td class="n">82.5</td><td class="n">84.0</td><td class="n">79.3</td><td class="red">Red</td></tr>
<tr class="grp"><td colspan="6">Transfers of care</td></tr>
<tr><td>Follow-up within 72 hours of discharge (%)</td><td class="n">80%</td><td class="n">83.6</td><td class="n">79.1</td><td class="n">85.2</td><td class="green">Green</td></tr>
<tr><td>Emergency readmissions within 30 days (%)</td><td class="n">8.0% or less</td><td class="n">7.4</td><td class="n">8.9</td><td class="n">6.8</td><td class="green">Green</td></tr>
<tr><td>Patients clinically ready for discharge but delayed (month end)</td><td class="n">–</td><td class="n">18</td><td class="n">21</td><td class="n">19</td><td>Not rated</td></tr>
<tr class="grp"><td colspan="6">Emergency departments</td></tr>
<tr><td>Mental health patients waiting over 12 hours in ED from arrival</td><td class="n">0</td><td class="n">14</td><td class="n">9</td><td class="n">17</td><td class="red">Red</td></tr>
</tbody></table>
</section>
""")

a("""<section id="s8"><h2>8. Inpatient staffing</h2>
<p>8.1 The registered nurse fill rate on inpatient wards was 91.4% for day shifts and 94.8% for night shifts in October 2025. Healthcare support worker
fill rates exceeded 100% on all adult acute wards because of the additional enhanced observations needed for patients at high risk.</p>
<p>8.2 Agency spend on inpatient wards was £0.61m in October, an increase on September, mainly to cover registered nurse gaps on Kestrel Ward
and the Falcon Unit. A recruitment campaign for 24 newly qualified nurses starting in the autumn is in progress.</p>
</section>
<section id="s9"><h2>9. Risks and mitigations</h2>
<p>9.1 The principal risks to delivery of the standards in this report are:</p>
<ul>
<li><strong>Sustained high adult acute occupancy</strong> – mitigated through daily bed management meetings, the Purposeful Admission programme and escalation of delayed discharges to system partners;</li>
<li><strong>CMHT waiting times</strong> – mitigated through a waiting list validation exercise, additional assessment clinics and the recruitment of six mental health practitioners in primary care;</li>
<li><strong>Memory assessment capacity</strong> – mitigated through ICB-funded additional clinics until March 2026;</li>
<li><strong>Financial pressure from out of area placements</strong> – mitigated through the OAP reduction trajectory agreed with the ICB.</li>
</ul>
</section>
<section id="s10"><h2>10. Recommendations</h2>
<p>10.1 The Board is asked to:</p>
<ol>
<li>note the performance set out in this report for April to October 2025;</li>
<li>note the continued reduction in inappropriate out of area placement bed days and the remaining gap to trajectory;</li>
<li>receive assurance on the actions to reduce CMHT and memory assessment waiting times;</li>
<li>note that a deep-dive report on adult acute bed occupancy will be presented to the Quality and Safety Committee in January 2026.</li>
</ol>
</section>
<section id="s11"><h2>Glossary</h2>
<dl>
<dt>CMHT</dt><dd>Community mental health team</dd>
<dt>ED</dt><dd>Emergency department</dd>
<dt>EIP</dt><dd>Early intervention in psychosis</dd>
<dt>NICE</dt><dd>National Institute for Health and Care Excellence</dd>
<dt>OAP</dt><dd>Out of area placement</dd>
<dt>PICU</dt><dd>Psychiatric intensive care unit – a ward for people who are too unwell or at too high a risk to be cared for on an acute ward</dd>
</dl>
</section>
</main>
<footer><p>Varrowdale Partnership NHS Foundation Trust – Trust Board – 27 November 2025 – Item 9</p></footer>
</body></html>
""")
import re
html = "\n".join(H)
html = re.sub(r"<p>(.*?)</p>", lambda m: "<p>" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "</p>", html, flags=re.S)
open(OUT, "w", encoding="utf-8").write(html)
