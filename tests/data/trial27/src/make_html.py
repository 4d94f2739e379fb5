"""Generate t27_mental_health_performance.html - mental health services performance report."""
OUT = "/work/trials_new/trial27/t27_mental_health_performance.html"
M = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

def tr(cells, tag="td", cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<tr{c}>" + "".join(f"<{tag}>{x}</{tag}>" for x in cells) + "</tr>\n"

def month_head(first="Measure", last="Standard"):
    return (f'<thead>\n<tr><th rowspan="2">{first}</th><th colspan="3">Quarter 1</th><th colspan="3">Quarter 2</th>'
            f'<th colspan="2">Quarter 3 (to date)</th><th rowspan="2">{last}</th></tr>\n'
            + tr(M, "th") + "</thead>\n")

# ---- data
TT = {
 "Access": [("Number of people entering treatment", [1085, 1120, 1064, 1012, 948, 1106, 1154, 1131], "1,150 a month (plan)")],
 "Outcomes": [("Recovery rate (%)", [48.6, 50.3, 51.1, 49.2, 47.8, 50.9, 52.4, 51.7], "50%"),
              ("Reliable improvement rate (%)", [66.1, 67.4, 68.0, 66.8, 65.9, 67.5, 69.1, 68.3], "67%"),
              ("Reliable recovery rate (%)", [46.2, 47.9, 48.5, 46.9, 45.3, 48.4, 49.8, 49.0], "48%")],
 "Waiting times": [("Seen within 6 weeks of referral (%)", [88.4, 87.1, 89.0, 86.5, 84.2, 87.9, 89.6, 90.2], "75%"),
                   ("Seen within 18 weeks of referral (%)", [98.9, 99.1, 98.7, 98.4, 98.2, 98.8, 99.2, 99.3], "95%")],
}
LOC = [("Brackmoor", 812, 47.9, 790, 48.3), ("Oxlade Heath", 498, 55.2, 471, 54.6), ("Kelderby", 736, 45.1, 702, 46.0),
       ("Fallowmere", 641, 52.8, 618, 50.4), ("Wrenstow", 582, 51.6, 485, 49.9)]
q1n = sum(l[1] for l in LOC); q2n = sum(l[3] for l in LOC)
q1r = sum(l[1]*l[2] for l in LOC)/q1n; q2r = sum(l[3]*l[4] for l in LOC)/q2n
assert q1n == sum(TT["Access"][0][1][:3]) and q2n == sum(TT["Access"][0][1][3:6])
OAP = [("April", 14, 3, 402, 88, 16), ("May", 12, 4, 388, 105, 15), ("June", 11, 2, 341, 71, 13),
       ("July", 9, 3, 297, 80, 12), ("August", 10, 2, 305, 62, 10), ("September", 7, 2, 236, 58, 9),
       ("October", 6, 1, 198, 39, 8), ("November", 5, 2, 161, 47, 6)]
BD = sum(o[3] + o[4] for o in OAP)
CR = [("Crisis line calls answered", ["2,310", "2,405", "2,288", "2,512", "2,476", "2,390", "2,604", "2,689"], "–"),
      ("Crisis line calls answered within 60 seconds (%)", ["81.2", "79.5", "83.0", "76.4", "74.9", "78.8", "78.2", "77.6"], "80%"),
      ("Emergency referrals seen within 4 hours (%)", ["89.5", "91.2", "90.1", "87.6", "86.3", "92.0", "93.4", "91.8"], "90%"),
      ("Urgent referrals seen within 24 hours (%)", ["84.3", "82.7", "85.9", "80.1", "79.4", "83.6", "86.2", "87.0"], "80%"),
      ("CRHT caseload at month end", ["142", "151", "148", "160", "155", "149", "163", "170"], "–")]
EIP = [("Referrals accepted", ["31", "28", "35", "27", "24", "33", "30", "29"], "–"),
       ("Started treatment within 2 weeks (%)", ["71.4", "66.7", "58.3", "62.5", "55.0", "68.2", "73.9", "75.0"], "60%"),
       ("Caseload at month end", ["412", "418", "421", "425", "419", "427", "433", "438"], "–")]

def fmtv(v):
    return f"{v:,}" if isinstance(v, int) else f"{v:.1f}"

h = []
h.append("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mental Health Services Performance Report – November 2025</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:1000px;margin:2em auto;line-height:1.45;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em 0;font-size:0.9em}
th,td{border:1px solid #999;padding:3px 6px}
thead th{background:#dde6f0}
td{text-align:right} td:first-child{text-align:left}
tr.group td{background:#f2f2f2;font-weight:bold;text-align:left}
tr.total td{font-weight:bold}
caption{font-weight:bold;text-align:left;padding-bottom:4px}
.meta td{border:none;text-align:left}
</style></head><body>
<header>
<p>NHS Brackmoor Vale Integrated Care Board</p>
<h1>Mental Health Services Performance Report – November 2025</h1>
<table class="meta">
<tr><td><strong>Meeting:</strong></td><td>Quality and Performance Committee</td></tr>
<tr><td><strong>Date:</strong></td><td>15 January 2026</td></tr>
<tr><td><strong>Author:</strong></td><td>Head of Mental Health Commissioning</td></tr>
<tr><td><strong>Executive lead:</strong></td><td>Chief Delivery Officer</td></tr>
<tr><td><strong>Main provider:</strong></td><td>Brackmoor Vale Partnership NHS Foundation Trust</td></tr>
<tr><td><strong>Purpose:</strong></td><td>Assurance</td></tr>
</table>
</header>
<main>
<section id="s1"><h2>1. Purpose</h2>
<p>1.1 This report provides the Committee with assurance on the performance of commissioned adult mental health services
against national standards and local targets for April to November 2025. It covers NHS Talking Therapies, out of area
placements, crisis response, early intervention in psychosis and the mental health workforce. Data are provisional for
the latest month.</p>
</section>
<section id="s2"><h2>2. Executive summary</h2>
<p>2.1 The headline points for the Committee are:</p>
<ul>
<li>the Talking Therapies recovery rate has been at or above the 50% standard for three consecutive months, reaching 51.7% in November;</li>
<li>the number of people entering Talking Therapies treatment remains below the monthly plan of 1,150 in every month except October;</li>
<li>inappropriate out of area placements have fallen from 17 in April to 7 in November, but remain above the trajectory of 6;</li>
<li>emergency crisis referrals seen within 4 hours have met the 90% target in each of the last three months;</li>
<li>early intervention in psychosis performance was 75.0% in November against the 60% standard.</li>
</ul>
</section>
<section id="s3"><h2>3. NHS Talking Therapies for anxiety and depression</h2>
<p>3.1 NHS Talking Therapies (formerly IAPT, Improving Access to Psychological Therapies) provides evidence-based
psychological treatment for common mental health problems such as anxiety and depression. The recovery rate is the
proportion of people completing a course of treatment who move from clinical caseness to recovery. Reliable improvement
measures a significant reduction in symptoms, whether or not the person reaches recovery.</p>
<p>3.2 Between April and November 2025, 8,620 people entered treatment, 6.3% below the year-to-date plan of 9,200.
Access dipped in August because of staff annual leave and the summer fall in GP referrals. Waiting times are well within
the national standards: in November 90.2% of people started treatment within 6 weeks and 99.3% within 18 weeks.</p>
""")
h.append('<table id="t1">\n<caption>Table 1: NHS Talking Therapies performance by month, 2025/26</caption>\n')
h.append(month_head())
h.append("<tbody>\n")
for g, rows in TT.items():
    h.append(f'<tr class="group"><td colspan="10">{g}</td></tr>\n')
    for n, v, s in rows:
        h.append(tr([n] + [fmtv(x) for x in v] + [s]))
h.append("</tbody>\n</table>\n")
h.append(f"""<p>3.3 Recovery varies between localities. Table 2 shows the two completed quarters. Kelderby has the lowest
recovery rate in both quarters, and Oxlade Heath the highest. A recovery improvement plan has been agreed for Kelderby,
including additional step 3 therapists and interpreter-supported sessions.</p>
<table id="t2">
<caption>Table 2: Talking Therapies access and recovery by locality, quarters 1 and 2 2025/26</caption>
<thead>
<tr><th rowspan="2">Locality</th><th colspan="2">Q1 (April to June)</th><th colspan="2">Q2 (July to September)</th></tr>
<tr><th>Entering treatment</th><th>Recovery rate (%)</th><th>Entering treatment</th><th>Recovery rate (%)</th></tr>
</thead>
<tbody>
""")
for n, a, b, c, d in LOC:
    h.append(tr([n, f"{a:,}", f"{b:.1f}", f"{c:,}", f"{d:.1f}"]))
h.append(tr(["Brackmoor Vale total", f"{q1n:,}", f"{q1r:.1f}", f"{q2n:,}", f"{q2r:.1f}"], cls="total"))
h.append("</tbody>\n</table>\n</section>\n")

oap_tot = [o[1] + o[2] for o in OAP]
h.append(f"""<section id="s4"><h2>4. Out of area placements</h2>
<p>4.1 An inappropriate out of area placement (OAP) is one where a person with assessed acute mental health needs who
requires inpatient care is admitted to a unit that does not form part of the usual local network of services. The
national ambition is to eliminate inappropriate OAPs. Placements are reported separately for adult acute beds and
psychiatric intensive care unit (PICU) beds.</p>
<p>4.2 The number of active inappropriate OAPs at month end has fallen from {oap_tot[0]} in April to {oap_tot[-1]} in November,
following the opening of the 12-bed Heathfield ward in August and the work of the patient flow team. Out of area bed days
fell from 490 in April to 208 in November. In total there were {BD:,} inappropriate OAP bed days between April and
November, at an estimated cost of £{BD*760/1e6:.2f}m (average £760 per bed day).</p>
<table id="t3">
<caption>Table 3: Inappropriate out of area placements, April to November 2025</caption>
<thead>
<tr><th rowspan="2">Month</th><th colspan="3">Active OAPs at month end</th><th colspan="3">OAP bed days in month</th><th rowspan="2">Trajectory (active OAPs)</th></tr>
<tr><th>Adult acute</th><th>PICU</th><th>Total</th><th>Adult acute</th><th>PICU</th><th>Total</th></tr>
</thead>
<tbody>
""")
for m, a, p, ba, bp, trj in OAP:
    h.append(tr([m, a, p, a + p, ba, bp, ba + bp, trj]))
h.append(tr(["Total April to November", "n/a", "n/a", "n/a", f"{sum(o[3] for o in OAP):,}", f"{sum(o[4] for o in OAP):,}", f"{BD:,}", "–"], cls="total"))
h.append("</tbody>\n</table>\n</section>\n")

h.append("""<section id="s5"><h2>5. Crisis response</h2>
<p>5.1 The crisis pathway includes the 24/7 mental health crisis line, the crisis assessment service and the crisis
resolution and home treatment (CRHT) teams, which provide intensive support at home as an alternative to admission.
Local targets are that 90% of emergency referrals are seen face to face within 4 hours and 80% of urgent referrals within
24 hours.</p>
<p>5.2 Demand on the crisis line continues to grow: 2,689 calls were answered in November, the highest month this year.
The proportion answered within 60 seconds has been below the 80% target since June. Additional call handlers funded
through winter monies start in January 2026.</p>
<table id="t4">
<caption>Table 4: Crisis response performance by month, 2025/26</caption>
""")
h.append(month_head(last="Target"))
h.append("<tbody>\n")
for n, v, s in CR:
    h.append(tr([n] + v + [s]))
h.append("</tbody>\n</table>\n</section>\n")

h.append("""<section id="s6"><h2>6. Early intervention in psychosis</h2>
<p>6.1 The early intervention in psychosis (EIP) access standard is that more than 60% of people experiencing a first
episode of psychosis start a NICE-recommended package of care within two weeks of referral. The service met the standard
in six of the eight months to November; the two months below standard coincided with vacancies in the Kelderby EIP team,
which are now filled.</p>
<table id="t5">
<caption>Table 5: Early intervention in psychosis, April to November 2025</caption>
""")
h.append(month_head(last="Standard"))
h.append("<tbody>\n")
for n, v, s in EIP:
    h.append(tr([n] + v + [s]))
h.append("</tbody>\n</table>\n</section>\n")

h.append("""<section id="s7"><h2>7. Workforce</h2>
<p>7.1 Workforce remains the main constraint on performance. At the end of November the vacancy rate across the Trust's
community mental health services was 11.8%, and 14.2% in the crisis teams. Agency spend on mental health nursing was
£1.36m in the year to date. Recruitment to the 18 new Talking Therapies trainee posts funded for 2025/26 is complete, and
the trainees will qualify in autumn 2026.</p>
</section>
<section id="s8"><h2>8. Improvement actions</h2>
<p>8.1 Table 6 summarises progress on the main improvement actions.</p>
<table id="t6">
<caption>Table 6: Improvement action tracker</caption>
<thead><tr><th>Area</th><th>Action</th><th>Lead</th><th>Due</th><th>Status</th></tr></thead>
<tbody>
<tr><td rowspan="2">Talking Therapies</td><td>Recovery improvement plan for Kelderby locality</td><td>Service Director, Primary Care Mental Health</td><td>March 2026</td><td>On track</td></tr>
<tr><td>Digital self-referral promotion campaign</td><td>Head of Communications</td><td>February 2026</td><td>On track</td></tr>
<tr><td rowspan="2">Out of area placements</td><td>Open 12-bed Heathfield ward</td><td>Director of Operations</td><td>August 2025</td><td>Complete</td></tr>
<tr><td>Eliminate inappropriate adult acute OAPs</td><td>Director of Operations</td><td>March 2026</td><td>At risk</td></tr>
<tr><td>Crisis response</td><td>Recruit additional crisis line call handlers</td><td>Crisis Service Manager</td><td>January 2026</td><td>On track</td></tr>
<tr><td>Early intervention in psychosis</td><td>Fill Kelderby EIP team vacancies</td><td>EIP Team Manager</td><td>October 2025</td><td>Complete</td></tr>
</tbody>
</table>
</section>
<section id="s9"><h2>9. Risks</h2>
<p>9.1 The key risks to delivery over the winter are:</p>
<ul>
<li>increased demand for inpatient beds leading to a rise in out of area placements;</li>
<li>crisis team vacancies affecting response times;</li>
<li>Talking Therapies access falling further behind plan if referrals from primary care do not recover.</li>
</ul>
</section>
<section id="s10"><h2>10. Recommendations</h2>
<p>10.1 The Committee is asked to:</p>
<ol>
<li>note the performance of mental health services for April to November 2025;</li>
<li>note the reduction in inappropriate out of area placements and the risk to the March 2026 elimination target;</li>
<li>support the recovery improvement plan for the Kelderby Talking Therapies locality;</li>
<li>receive a deep-dive report on crisis line performance at its March 2026 meeting.</li>
</ol>
</section>
<h2>Glossary</h2>
<dl>
<dt>CRHT</dt><dd>Crisis resolution and home treatment</dd>
<dt>EIP</dt><dd>Early intervention in psychosis</dd>
<dt>OAP</dt><dd>Out of area placement</dd>
<dt>PICU</dt><dd>Psychiatric intensive care unit</dd>
</dl>
</main></body></html>
""")
open(OUT, "w").write("".join(h))
print("BD", BD, "cost", BD*760/1e6, "q1r", q1r, "q2r", q2r, "sum entering", sum(TT['Access'][0][1]))
