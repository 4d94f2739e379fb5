"""Generate t25_elective_recovery_board.html (Veldrow Moor Teaching Hospitals elective recovery report)."""
OUT = "/work/trials_new/trial25/t25_elective_recovery_board.html"


def tr(cells, tag="td", cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<tr{c}>" + "".join(f"<{tag}>{x}</{tag}>" for x in cells) + "</tr>\n"


def group(label, ncols):
    return f'<tr class="group"><th colspan="{ncols}" scope="colgroup">{label}</th></tr>\n'


html = []
A = html.append
A("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elective Recovery and Waiting Times Report - Board of Directors 4 December 2025</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; max-width: 980px; margin: 24px auto; color: #222; }
h1 { font-size: 22px; color: #003087; }
h2 { font-size: 17px; color: #003087; border-bottom: 1px solid #ccc; padding-bottom: 3px; margin-top: 28px; }
table { border-collapse: collapse; margin: 8px 0 18px 0; width: 100%; font-size: 13px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #999; padding: 3px 6px; }
thead th { background: #005eb8; color: #fff; }
td { text-align: right; }
td:first-child, th[scope=row] { text-align: left; }
tr.group th { background: #e8edee; text-align: left; }
tr.total td { font-weight: bold; background: #f2f2f2; }
.meta td { text-align: left; }
.note { font-size: 12px; color: #555; }
</style>
</head>
<body>
<header>
<p><strong>Veldrow Moor Teaching Hospitals NHS Foundation Trust</strong></p>
<h1>Elective Recovery and Waiting Times Report</h1>
<table class="meta">
<tr><th scope="row">Meeting</th><td>Board of Directors (meeting in public)</td></tr>
<tr><th scope="row">Date</th><td>4 December 2025</td></tr>
<tr><th scope="row">Agenda item</th><td>9.2</td></tr>
<tr><th scope="row">Executive lead</th><td>Chief Operating Officer</td></tr>
<tr><th scope="row">Report author</th><td>Deputy Chief Operating Officer (Planned Care)</td></tr>
<tr><th scope="row">Purpose</th><td>Assurance</td></tr>
<tr><th scope="row">Data period</th><td>Month end October 2025 (unvalidated)</td></tr>
</table>
</header>
<main>
<section id="s1">
<h2>1. Purpose</h2>
<p>1.1 This report updates the Board on elective recovery at Veldrow Moor Teaching Hospitals NHS Foundation Trust (VMTH), covering
referral to treatment (RTT) waiting times, long waiting patients, diagnostic waiting times and elective activity against the
2025-26 operational plan. It reports the position at the end of October 2025.</p>
</section>

<section id="s2">
<h2>2. Executive summary</h2>
<p>2.1 The key points for the Board are:</p>
<ul>
<li>the total RTT waiting list was 58,412 at the end of October 2025, a reduction of 1,126 from 59,538 at the end of September;</li>
<li>61.8% of patients had been waiting less than 18 weeks, up from 61.2% in September, against the trust's plan of 63.5% by March 2026 and the national ambition of 65%;</li>
<li>1,204 patients were waiting 52 weeks or more, 87 were waiting 65 weeks or more and 4 were waiting 78 weeks or more;</li>
<li>17.6% of patients waiting for a diagnostic test had waited six weeks or longer, well above the 5% standard;</li>
<li>elective day case activity was 2.8% above plan in October, but elective inpatient activity was 7.6% below plan.</li>
</ul>
</section>

<section id="s3">
<h2>3. Referral to treatment (RTT) waiting times</h2>
<p>3.1 The referral to treatment (RTT) standard measures the time from a GP or other referral to the start of consultant-led
treatment. The NHS Constitution standard is that 92% of patients on the waiting list (incomplete pathways) should have waited
less than 18 weeks. For 2025-26 the national planning guidance asks trusts to reach 65% nationally by March 2026; VMTH's agreed
plan is 63.5%.</p>
<p>3.2 Trauma and orthopaedics has the largest waiting list (8,914 patients) and the most patients waiting over 52 weeks (268).
Oral surgery has the lowest proportion of patients waiting under 18 weeks (52.7%) and the longest median wait (17.2 weeks).
Dermatology has reduced its waiting list by 305 in the month following the insourcing of weekend clinics.</p>
<table id="t1">
<caption>Table 1: RTT incomplete pathways by treatment function (specialty), end of October 2025</caption>
<thead>
<tr><th rowspan="2" scope="col">Specialty</th><th colspan="2" scope="colgroup">Waiting list</th><th colspan="3" scope="colgroup">Waiting times</th></tr>
<tr><th scope="col">Total waiting</th><th scope="col">Change since September</th><th scope="col">% within 18 weeks</th><th scope="col">52+ weeks</th><th scope="col">Median wait (weeks)</th></tr>
</thead>
<tbody>
""")
t1 = [
    ("Trauma and orthopaedics", "8,914", "212", "54.2%", "268", "16.4"),
    ("Ophthalmology", "7,206", "(184)", "66.8%", "71", "11.2"),
    ("Ear, nose and throat (ENT)", "5,862", "(96)", "57.9%", "203", "15.1"),
    ("General surgery", "5,418", "(143)", "60.4%", "118", "13.8"),
    ("Gynaecology", "5,105", "58", "55.6%", "176", "15.9"),
    ("Urology", "3,974", "(122)", "63.1%", "64", "12.0"),
    ("Gastroenterology", "3,652", "(211)", "59.8%", "92", "13.5"),
    ("Dermatology", "3,210", "(305)", "70.4%", "12", "8.9"),
    ("Cardiology", "2,987", "(47)", "68.9%", "21", "9.8"),
    ("Oral surgery", "2,544", "36", "52.7%", "84", "17.2"),
    ("Neurology", "1,896", "(64)", "62.5%", "33", "12.7"),
    ("All other specialties", "7,644", "(260)", "70.8%", "62", "11.4"),
]
for r in t1:
    A(tr(r))
A('</tbody>\n<tfoot>\n' + tr(("Trust total", "58,412", "(1,126)", "61.8%", "1,204", "13.2"), cls="total") + '</tfoot>\n</table>\n')
A('<p class="note">Figures in brackets are reductions in the waiting list. Source: trust patient tracking list, 2 November 2025 (unvalidated).</p>\n</section>\n')

# ---------------------------------------------------------------- long waits by month
A("""<section id="s4">
<h2>4. Long waiting patients</h2>
<p>4.1 The number of patients waiting 52 weeks or more has fallen every month this year, from 1,688 at the end of April to
1,204 at the end of October, but remains 24 above plan. The 65-week position is further behind plan: 87 patients against a
plan of 20. Patients waiting 52 weeks or more make up 2.1% of the waiting list, against the national expectation of less than 1%
by March 2026.</p>
<p>4.2 Of the four patients waiting over 78 weeks at the end of October, three are oral surgery patients awaiting complex
procedures with the regional maxillofacial service at another trust, and one is a trauma and orthopaedics patient who chose to
delay treatment.</p>
<table id="t2">
<caption>Table 2: Patients waiting 52, 65 and 78 weeks or more, actual against plan, April to October 2025 (month end)</caption>
<thead>
<tr><th scope="col">Measure</th><th scope="col">Apr-25</th><th scope="col">May-25</th><th scope="col">Jun-25</th><th scope="col">Jul-25</th><th scope="col">Aug-25</th><th scope="col">Sep-25</th><th scope="col">Oct-25</th></tr>
</thead>
<tbody>
""")
A(group("52 weeks and over", 8))
A(tr(("52+ weeks - actual", "1,688", "1,642", "1,571", "1,493", "1,410", "1,298", "1,204")))
A(tr(("52+ weeks - plan", "1,650", "1,580", "1,500", "1,420", "1,340", "1,260", "1,180")))
A(tr(("52+ weeks - variance to plan", "38", "62", "71", "73", "70", "38", "24")))
A(group("65 weeks and over", 8))
A(tr(("65+ weeks - actual", "214", "198", "176", "152", "131", "104", "87")))
A(tr(("65+ weeks - plan", "200", "170", "140", "110", "80", "50", "20")))
A(tr(("65+ weeks - variance to plan", "14", "28", "36", "42", "51", "54", "67")))
A(group("78 weeks and over", 8))
A(tr(("78+ weeks - actual", "19", "16", "12", "11", "9", "6", "4")))
A(tr(("78+ weeks - plan", "0", "0", "0", "0", "0", "0", "0")))
A(tr(("78+ weeks - variance to plan", "19", "16", "12", "11", "9", "6", "4")))
A("""</tbody>
</table>
<p class="note">Variance is actual minus plan; a positive figure means more patients are waiting than planned.</p>

<p>4.3 Table 3 shows where the longest waiting patients are concentrated. Most 52-week waiters are at Veldrow General Hospital,
where theatre capacity is the main constraint.</p>
<table id="t3">
<caption>Table 3: Patients waiting 52 weeks or more by site and specialty (largest groups), end of October 2025</caption>
<thead>
<tr><th scope="col">Site</th><th scope="col">Specialty</th><th scope="col">52+ weeks</th><th scope="col">Of which 65+ weeks</th><th scope="col">Main constraint</th></tr>
</thead>
<tbody>
<tr><th scope="row" rowspan="4">Veldrow General Hospital (Oxtarrow)</th><td>Trauma and orthopaedics</td><td>190</td><td>22</td><td>Theatre capacity</td></tr>
<tr><td>Ear, nose and throat (ENT)</td><td>203</td><td>15</td><td>Consultant vacancies</td></tr>
<tr><td>Gynaecology</td><td>176</td><td>11</td><td>Theatre capacity</td></tr>
<tr><td>Oral surgery</td><td>84</td><td>13</td><td>Regional specialist capacity</td></tr>
<tr><th scope="row" rowspan="2">Penvallen Community Hospital</th><td>Trauma and orthopaedics</td><td>78</td><td>9</td><td>Anaesthetic staffing</td></tr>
<tr><td>General surgery</td><td>66</td><td>4</td><td>Day case unit closures</td></tr>
</tbody>
</table>
</section>
""")

# ---------------------------------------------------------------- diagnostics
A("""<section id="s5">
<h2>5. Diagnostic waiting times</h2>
<p>5.1 The diagnostic waiting times standard (DM01) covers 15 key tests. The interim national standard is that no more than 5% of
patients should wait six weeks or more for a test; the NHS Constitution standard is 1%. At the end of October 18,468 patients were
waiting for a test at VMTH, of whom 3,253 (17.6%) had waited six weeks or more. 565 patients had waited 13 weeks or more.</p>
<p>5.2 Seven of the twelve tests reported are rated Red. Echocardiography (36.0%) and non-obstetric ultrasound (27.0%) have the
highest proportions of long waits. Non-obstetric ultrasound alone accounts for 1,586 of the patients waiting six weeks or more,
almost half of the trust total. CT, DEXA and flexible sigmoidoscopy are meeting the standard.</p>
<table id="t4">
<caption>Table 4: Diagnostic waiting list and waits of six weeks or more by test, end of October 2025, against the 5% standard</caption>
<thead>
<tr><th rowspan="2" scope="col">Test</th><th rowspan="2" scope="col">Total waiting</th><th colspan="3" scope="colgroup">Waiting 6 weeks or more</th><th rowspan="2" scope="col">Waiting 13 weeks or more</th><th rowspan="2" scope="col">RAG</th></tr>
<tr><th scope="col">Number</th><th scope="col">% of waiting list</th><th scope="col">Change in % since September (points)</th></tr>
</thead>
<tbody>
""")
A(group("Imaging", 7))
A(tr(("Magnetic resonance imaging (MRI)", "3,412", "478", "14.0%", "(2.1)", "52", "Red")))
A(tr(("Computed tomography (CT)", "2,956", "118", "4.0%", "(0.8)", "6", "Green")))
A(tr(("Non-obstetric ultrasound", "5,874", "1,586", "27.0%", "1.9", "311", "Red")))
A(tr(("DEXA scan", "842", "34", "4.0%", "(1.1)", "0", "Green")))
A(tr(("Subtotal imaging", "13,084", "2,216", "16.9%", "(0.3)", "369", "Red"), cls="total"))
A(group("Physiological measurement", 7))
A(tr(("Echocardiography", "1,630", "587", "36.0%", "(3.4)", "142", "Red")))
A(tr(("Audiology assessments", "1,124", "191", "17.0%", "0.6", "28", "Red")))
A(tr(("Urodynamics", "186", "41", "22.0%", "\u2013", "9", "Red")))
A(tr(("Sleep studies", "402", "28", "7.0%", "(0.5)", "2", "Amber")))
A(tr(("Subtotal physiological measurement", "3,342", "847", "25.3%", "(1.2)", "181", "Red"), cls="total"))
A(group("Endoscopy", 7))
A(tr(("Colonoscopy", "694", "62", "8.9%", "(1.3)", "5", "Amber")))
A(tr(("Flexible sigmoidoscopy", "231", "9", "3.9%", "0.4", "0", "Green")))
A(tr(("Gastroscopy", "812", "88", "10.8%", "(0.9)", "7", "Red")))
A(tr(("Cystoscopy", "305", "31", "10.2%", "1.1", "3", "Red")))
A(tr(("Subtotal endoscopy", "2,042", "190", "9.3%", "(0.5)", "15", "Amber"), cls="total"))
A("""</tbody>
<tfoot>
<tr class="total"><td>All diagnostic tests</td><td>18,468</td><td>3,253</td><td>17.6%</td><td>(0.4)</td><td>565</td><td>Red</td></tr>
</tfoot>
</table>
<p class="note">RAG: Green = 5% or less waiting six weeks or more; Amber = over 5% and up to 10%; Red = over 10%. Figures in brackets are improvements (a fall in the percentage waiting six weeks or more). &ndash; = no change.</p>
<p>5.3 Actions to improve diagnostic waits include:</p>
<ul>
<li>extending insourced weekend non-obstetric ultrasound lists to March 2026;</li>
<li>opening the Quarndell Community Diagnostic Centre's second MRI scanner in January 2026;</li>
<li>recruiting two additional cardiac physiologists to increase echocardiography capacity;</li>
<li>a straight-to-test pathway for suspected bladder problems to reduce cystoscopy demand.</li>
</ul>
</section>
""")

# ---------------------------------------------------------------- activity vs plan
A("""<section id="s6">
<h2>6. Elective activity against plan</h2>
<p>6.1 Table 5 compares elective and outpatient activity with the 2025-26 operational plan. Day case and outpatient procedure
activity are ahead of plan. Elective inpatient activity is 4.3% behind plan for the year to date because of bed pressures at
Veldrow General Hospital in September and October, when 214 elective operations were cancelled on the day for non-clinical reasons.</p>
<table id="t5">
<caption>Table 5: Elective and outpatient activity against operational plan, October 2025 and year to date (number of attendances or spells)</caption>
<thead>
<tr><th rowspan="2" scope="col">Point of delivery</th><th colspan="3" scope="colgroup">October 2025</th><th colspan="3" scope="colgroup">April to October 2025 (year to date)</th></tr>
<tr><th scope="col">Plan</th><th scope="col">Actual</th><th scope="col">Variance %</th><th scope="col">Plan</th><th scope="col">Actual</th><th scope="col">Variance %</th></tr>
</thead>
<tbody>
""")
A(group("Admitted care", 7))
A(tr(("Elective day case", "5,120", "5,264", "2.8%", "34,650", "35,108", "1.3%")))
A(tr(("Elective inpatient (ordinary)", "760", "702", "(7.6%)", "5,180", "4,955", "(4.3%)")))
A(group("Outpatients", 7))
A(tr(("Outpatient first attendances", "14,300", "14,812", "3.6%", "97,400", "98,215", "0.8%")))
A(tr(("Outpatient follow-up attendances", "24,800", "23,916", "(3.6%)", "171,500", "166,990", "(2.6%)")))
A(tr(("Outpatient procedures", "3,950", "4,102", "3.8%", "26,900", "27,640", "2.8%")))
A("""</tbody>
</table>
<p class="note">Figures in brackets are below plan. A fall in follow-up attendances below plan is expected as the trust moves more
patients to patient-initiated follow-up (PIFU).</p>
<p>6.2 Patient-initiated follow-up (PIFU) allows patients to book a follow-up appointment when they need one rather than at a fixed
interval. 4.1% of outpatient attendances were moved or discharged to PIFU in October against the national ambition of 5%.</p>
<p>6.3 Validation of the waiting list continues. Since April 2025, 11,240 pathways have been validated and 1,362 (12.1%) have been
removed because the patient no longer needed treatment or had already been treated. The Quarndell Treatment Centre, an independent
sector provider, carried out 612 orthopaedic procedures for VMTH patients between April and October.</p>
</section>
""")

# ---------------------------------------------------------------- trajectory
A("""<section id="s7">
<h2>7. Forward trajectory to March 2026</h2>
<p>7.1 Table 6 sets out the monthly trajectory agreed with the integrated care board for the rest of 2025-26. The trust expects a
dip in performance in December because of reduced elective activity over the Christmas period.</p>
<table id="t6">
<caption>Table 6: RTT planned trajectory, November 2025 to March 2026</caption>
<thead>
<tr><th scope="col">Measure (plan)</th><th scope="col">Nov-25</th><th scope="col">Dec-25</th><th scope="col">Jan-26</th><th scope="col">Feb-26</th><th scope="col">Mar-26</th></tr>
</thead>
<tbody>
""")
A(tr(("Total waiting list", "58,100", "58,300", "57,600", "57,000", "56,200")))
A(tr(("% within 18 weeks", "62.0%", "61.6%", "62.2%", "62.7%", "63.5%")))
A(tr(("52+ week waiters", "1,150", "1,120", "1,050", "960", "850")))
A(tr(("65+ week waiters", "15", "10", "5", "0", "0")))
A(tr(("78+ week waiters", "0", "0", "0", "0", "0")))
A("""</tbody>
</table>
</section>

<section id="s8">
<h2>8. Risks</h2>
<p>8.1 The main risks to delivering the trajectory are:</p>
<ul>
<li>industrial action by resident doctors, which would lead to cancelled elective lists;</li>
<li>winter bed pressures reducing elective inpatient capacity at Veldrow General Hospital;</li>
<li>consultant vacancies in ENT, where two of seven posts are vacant;</li>
<li>the end of non-recurrent elective recovery funding for insourcing in March 2026.</li>
</ul>
</section>

<section id="s9">
<h2>9. Recommendations</h2>
<p>9.1 The Board is asked to:</p>
<ul>
<li>note the improvement in the RTT waiting list and in 52-week waits;</li>
<li>note that the 65-week position remains behind plan and the actions being taken;</li>
<li>support the extension of insourced non-obstetric ultrasound lists to March 2026 at a cost of &pound;240,000;</li>
<li>take assurance from the diagnostic recovery actions set out in section 5.</li>
</ul>
</section>
</main>
<footer><p class="note">Veldrow Moor Teaching Hospitals NHS Foundation Trust &ndash; Board of Directors, 4 December 2025 &ndash; Item 9.2</p></footer>
</body>
</html>
""")
import re
out = "".join(html)
# keep each paragraph / list item on one line
out = re.sub(r"<(p|li)([^>]*)>(.*?)</\1>", lambda m: "<%s%s>%s</%s>" % (m.group(1), m.group(2), " ".join(m.group(3).split()), m.group(1)), out, flags=re.S)
open(OUT, "w", encoding="utf-8").write(out)
print("wrote", OUT)
