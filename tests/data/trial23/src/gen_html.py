# Generates t23_ambulance_performance.html
import sys, html
OUT = sys.argv[1] if len(sys.argv) > 1 else "t23_ambulance_performance.html"
M = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
def sec(t):
    p = [int(x) for x in t.split(":")]
    return p[0]*60+p[1] if len(p) == 2 else p[0]*3600+p[1]*60+p[2]
def mmss(s):
    s = int(round(s)); return f"{s//60}:{s%60:02d}"
out = []
w = out.append
w("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ambulance Response Performance: Holmbury Vale, April to September 2025</title>
<style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;line-height:1.4}
table{border-collapse:collapse;margin:0.5em 0 1.2em}th,td{border:1px solid #888;padding:3px 6px;font-size:0.9em}
th{background:#dde6f0}caption{font-weight:bold;text-align:left;padding:4px 0}td.num{text-align:right}
tr.total td{font-weight:bold;background:#eef}tr.group td{font-style:italic;background:#f4f4f4}.meta{color:#444}</style>
</head><body>
<header>
<p class="meta">Holmbury Vale Urgent and Emergency Care Delivery Board &ndash; Agenda item 5</p>
<h1>Ambulance Response Performance: Holmbury Vale, April to September 2025</h1>
<p class="meta"><strong>Report from:</strong> Holmbury and Wexcombe Ambulance Service NHS Trust (HWAS)<br>
<strong>Date:</strong> 16 October 2025<br>
<strong>Author:</strong> Associate Director of Operations, Holmbury Vale Division<br>
<strong>Purpose:</strong> For assurance and discussion</p>
</header>
<main>
<section id="s1"><h2>1. Purpose</h2>
<p>1.1 This report updates the Board on ambulance performance for patients in Holmbury Vale for the first half of 2025-26 (April to September 2025). It covers response times against the national Ambulance Response Programme standards, demand, hospital handover delays and how patients' calls were resolved.</p>
<p>1.2 Figures relate to incidents in the five Holmbury Vale districts (Ashcombe, Brindlemoor, Castlereach, Dunmere and Eskwith) and to conveyances from those incidents, including conveyances to Wexcombe County Hospital.</p>
</section>
<section id="s2"><h2>2. Summary</h2>
<p>2.1 The key points for the period are:</p>
<ul>
<li>Category 2 mean response time improved from 32:14 in April to a low of 26:18 in August, but deteriorated to 31:02 in September as handover delays increased.</li>
<li>The Category 1 mean response time did not meet the 7-minute national standard in any month; the best month was August at 7:29.</li>
<li>Handover delays at Holmbury General Hospital account for most of the hours lost, with 2,488 hours lost in September alone.</li>
<li>Hear and treat reached 16.0% in August, the highest rate the division has recorded.</li>
</ul>
</section>
""")

# ---------- Table 1 response times
rt = [
 ("Category 1", "Mean", "7:00", ["7:52","7:41","7:36","7:48","7:29","7:58"]),
 ("Category 1", "90th centile", "15:00", ["14:10","13:52","13:41","14:05","13:30","14:22"]),
 ("Category 2", "Mean", "18:00", ["32:14","29:47","27:05","28:36","26:18","31:02"]),
 ("Category 2", "90th centile", "40:00", ["68:40","63:12","58:01","61:44","55:37","66:05"]),
 ("Category 3", "Mean", "&ndash;", ["1:21:14","1:12:40","1:05:33","1:09:12","0:58:47","1:16:05"]),
 ("Category 3", "90th centile", "2:00:00", ["3:05:10","2:48:22","2:31:09","2:40:55","2:14:38","2:58:41"]),
 ("Category 4", "Mean", "&ndash;", ["1:44:20","1:38:52","1:29:15","1:35:40","1:22:09","1:41:33"]),
 ("Category 4", "90th centile", "3:00:00", ["4:12:33","3:55:10","3:31:48","3:44:27","3:18:05","4:05:52"]),
]
w("""<section id="s3"><h2>3. Response times</h2>
<p>3.1 Table 1 shows the mean and 90th centile response times for each category of call. Times are in minutes and seconds (mm:ss) or, where over an hour, hours, minutes and seconds (h:mm:ss).</p>
<table id="t1">
<caption>Table 1: Response times by category and month, April to September 2025, against national standards</caption>
<thead>
<tr><th rowspan="2">Category</th><th rowspan="2">Measure</th><th rowspan="2">National standard</th><th colspan="6">2025</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in M) + "</tr>\n</thead>\n<tbody>\n")
for i, (c, meas, std, vals) in enumerate(rt):
    w("<tr>")
    if i % 2 == 0: w(f'<th scope="rowgroup" rowspan="2">{c}</th>')
    w(f"<td>{meas}</td><td>{std}</td>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>\n")
w("""</tbody></table>
<p>3.2 Category 1 calls are for life-threatening conditions such as cardiac arrest. Category 2 calls are emergencies such as a suspected stroke or heart attack. Category 3 calls are urgent problems, and Category 4 calls are less urgent problems that may be resolved by telephone advice or a referral.</p>
<p>3.3 The national standard for the Category 2 mean is 18 minutes. For 2025-26 NHS England has set an interim ambition of a Category 2 mean of 30 minutes across the year. The Holmbury Vale Category 2 mean for April to September combined was 29:10, just inside the interim ambition.</p>
<p>3.4 The Category 1 90th centile met the 15-minute standard in every month. The Category 3 and Category 4 90th centile standards were not met in any month.</p>
</section>
""")
c2 = [sec(x) for x in rt[2][3]]
print("c2 simple mean", mmss(sum(c2)/6), file=sys.stderr)

# ---------- Table 2 demand
inc = [("Category 1", [1102,1148,1096,1171,1089,1134]), ("Category 2", [6845,7012,6710,6935,6588,7104]),
       ("Category 3", [3920,4011,3842,3968,3771,4055]), ("Category 4", [612,598,574,601,566,620])]
# weighted C2 mean over H1
wm = sum(a*b for a, b in zip(c2, inc[1][1]))/sum(inc[1][1]); print("c2 weighted", mmss(wm), file=sys.stderr)
calls = [21480,22105,21032,21877,20614,22390]
w("""<section id="s4"><h2>4. Demand</h2>
<p>4.1 Table 2 shows the number of incidents in Holmbury Vale by response category. An incident is counted once however many vehicles are sent. Incidents resolved by hear and treat are included in the category they were triaged to.</p>
<table id="t2">
<caption>Table 2: Incidents by category and month, April to September 2025 (number)</caption>
<thead><tr><th>Category</th>""" + "".join(f"<th>{m}</th>" for m in M) + "<th>Apr&ndash;Sep total</th></tr></thead>\n<tbody>\n")
colt = [0]*6
for c, v in inc:
    w(f"<tr><td>{c}</td>" + "".join(f'<td class="num">{x:,}</td>' for x in v) + f'<td class="num">{sum(v):,}</td></tr>\n')
    colt = [a+b for a, b in zip(colt, v)]
    print(c, sum(v), file=sys.stderr)
w('<tr class="total"><td>All incidents</td>' + "".join(f'<td class="num">{x:,}</td>' for x in colt) + f'<td class="num">{sum(colt):,}</td></tr>\n')
print("all", colt, sum(colt), file=sys.stderr)
w('<tr><td>999 calls answered</td>' + "".join(f'<td class="num">{x:,}</td>' for x in calls) + f'<td class="num">{sum(calls):,}</td></tr>\n')
w('<tr><td>Mean call answer time (seconds)</td>' + "".join(f'<td class="num">{x}</td>' for x in [4,6,3,5,3,9]) + '<td class="num">n/a</td></tr>\n')
w("""</tbody></table>
<p>4.2 Total incidents for April to September were 2.8% higher than the same period in 2024-25. Demand was lowest in August and highest in September, when the return of schools coincided with an early rise in respiratory illness.</p>
<p>4.3 The number of 999 calls answered is higher than the number of incidents because many incidents generate more than one call.</p>
</section>
""")

# ---------- Table 3 & 4 handovers
hosp = [
 ("Holmbury General Hospital", 7420, "41:12", 3118, 1164, [2310,2045,1780,1905,1640,2488]),
 ("Dunmere Royal Infirmary", 5260, "28:35", 1402, 311, [820,760,655,702,590,844]),
 ("St Aldric's Hospital, Castlereach", 2115, "19:48", 287, 42, [95,88,71,80,64,102]),
 ("Wexcombe County Hospital", 1348, "33:56", 498, 141, [310,296,248,271,232,335]),
]
TC = sum(h[1] for h in hosp); T30 = sum(h[3] for h in hosp); T60 = sum(h[4] for h in hosp)
TM = sum(h[1]*sec(h[2]) for h in hosp)/TC
w("""<section id="s5"><h2>5. Hospital handovers</h2>
<p>5.1 The national expectation is that the handover of a patient from an ambulance crew to the emergency department is completed within 15 minutes of arrival, and that no handover takes longer than 45 minutes. Time lost is counted as the time over 15 minutes for each handover.</p>
<p>5.2 Table 3 sets out handover performance by receiving hospital for Quarter 2 (July to September 2025).</p>
<table id="t3">
<caption>Table 3: Ambulance handovers by receiving hospital, Quarter 2 2025-26 (July to September 2025)</caption>
<thead>
<tr><th rowspan="2">Receiving hospital</th><th rowspan="2">Conveyances</th><th rowspan="2">Mean handover time (mm:ss)</th><th colspan="2">Handovers over 30 minutes</th><th colspan="2">Handovers over 60 minutes</th><th rowspan="2">Hours lost (over 15 minutes)</th></tr>
<tr><th>Number</th><th>%</th><th>Number</th><th>%</th></tr>
</thead>
<tbody>
""")
Q2H = 0
for n, conv, mt, o30, o60, hl in hosp:
    q2 = sum(hl[3:]); Q2H += q2
    w(f'<tr><td>{n}</td><td class="num">{conv:,}</td><td class="num">{mt}</td><td class="num">{o30:,}</td><td class="num">{o30/conv*100:.1f}</td><td class="num">{o60:,}</td><td class="num">{o60/conv*100:.1f}</td><td class="num">{q2:,}</td></tr>\n')
    print(n, q2, f"{o30/conv*100:.1f}", f"{o60/conv*100:.1f}", sum(hl[:3]), file=sys.stderr)
w(f'</tbody>\n<tfoot><tr class="total"><td>All hospitals</td><td class="num">{TC:,}</td><td class="num">{mmss(TM)}</td><td class="num">{T30:,}</td><td class="num">{T30/TC*100:.1f}</td><td class="num">{T60:,}</td><td class="num">{T60/TC*100:.1f}</td><td class="num">{Q2H:,}</td></tr></tfoot>\n</table>\n')
print("tot", TC, mmss(TM), T30, T60, Q2H, file=sys.stderr)
w("""<p>5.3 Holmbury General Hospital had the longest mean handover time at 41:12, and 1,164 handovers there took more than an hour. A hospital ambulance liaison officer (HALO) has been on site at Holmbury General Hospital from 08:00 to midnight every day since 1 September 2025.</p>
<p>5.4 Table 4 shows the hours lost to handover delays in each month. Every hour lost is an hour in which a crew is unavailable to respond to the next patient.</p>
<table id="t4">
<caption>Table 4: Hours lost to handover delays over 15 minutes, by receiving hospital and month, April to September 2025</caption>
<thead>
<tr><th rowspan="2">Receiving hospital</th><th colspan="3">Quarter 1</th><th colspan="3">Quarter 2</th><th rowspan="2">Apr&ndash;Sep total</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in M) + "</tr>\n</thead>\n<tbody>\n")
colt = [0]*6
for n, conv, mt, o30, o60, hl in hosp:
    w(f"<tr><td>{n}</td>" + "".join(f'<td class="num">{x:,}</td>' for x in hl) + f'<td class="num">{sum(hl):,}</td></tr>\n')
    colt = [a+b for a, b in zip(colt, hl)]
    print(n, "H1", sum(hl), file=sys.stderr)
w('<tr class="total"><td>Total hours lost</td>' + "".join(f'<td class="num">{x:,}</td>' for x in colt) + f'<td class="num">{sum(colt):,}</td></tr>\n')
print("hours by month", colt, sum(colt), file=sys.stderr)
w("""</tbody></table>
<p>5.5 Hours lost across all four hospitals fell from 3,535 in April to 2,526 in August but rose to 3,769 in September, the highest monthly figure in the period.</p>
</section>
""")

# ---------- Table 5 outcomes
oc = [("Hear and treat", [14.2,14.8,15.6,15.1,16.0,14.5], 15.9),
      ("See and treat", [31.5,31.9,32.4,32.8,33.1,32.0], 30.4),
      ("See and convey to emergency department", [49.6,48.7,47.5,47.8,46.6,48.9], 49.9),
      ("See and convey to other destination", [4.7,4.6,4.5,4.3,4.3,4.6], 3.8)]
for i in range(6): assert abs(sum(o[1][i] for o in oc) - 100) < 0.01
w("""<section id="s6"><h2>6. How calls were resolved: hear and treat and see and treat</h2>
<p>6.1 <strong>Hear and treat</strong> means the patient's needs are resolved over the telephone by a clinician in the Clinical Assessment Service (CAS), without an ambulance being sent. <strong>See and treat</strong> means a crew attends and the patient is treated or referred at the scene without being taken to hospital. <strong>See and convey</strong> means the patient is taken to hospital or another care setting.</p>
<table id="t5">
<caption>Table 5: Outcome of incidents by month, April to September 2025 (% of all incidents)</caption>
<thead>
<tr><th rowspan="2">Outcome</th><th colspan="6">Holmbury Vale 2025</th><th rowspan="2">England Sep 2025</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in M) + "</tr>\n</thead>\n<tbody>\n")
for n, v, e in oc:
    w(f"<tr><td>{n}</td>" + "".join(f'<td class="num">{x:.1f}</td>' for x in v) + f'<td class="num">{e:.1f}</td></tr>\n')
w('<tr class="total"><td>All incidents</td>' + "".join('<td class="num">100.0</td>' for _ in range(7)) + "</tr>\n")
w("""</tbody></table>
<p>6.2 Combined hear and treat and see and treat rates (calls resolved without conveyance to hospital) reached 49.1% in August. The September fall in hear and treat to 14.5% reflects the redeployment of four CAS clinicians to the 999 call floor during the September demand peak.</p>
<p>6.3 Conveyances to other destinations include the urgent treatment centres at Ashcombe and Eskwith and direct referrals to same-day emergency care (SDEC).</p>
</section>
""")

# ---------- Table 6 districts
dist = [("Ashcombe", "25:40", "24:58"), ("Brindlemoor", "27:12", "26:31"), ("Castlereach", "29:05", "28:47"),
        ("Dunmere", "28:18", "27:09"), ("Eskwith", "44:37", "41:52")]
w("""<section id="s7"><h2>7. Category 2 performance by district</h2>
<p>7.1 Table 6 compares the Category 2 mean response time in each district for Quarter 1 and Quarter 2. Rural Eskwith continues to have the longest response times because of travel distances and the distance to the nearest emergency department.</p>
<table id="t6">
<caption>Table 6: Category 2 mean response time by district, Quarter 1 and Quarter 2 2025-26 (mm:ss)</caption>
<thead><tr><th>District</th><th>Q1 2025-26</th><th>Q2 2025-26</th><th>Change (mm:ss)</th><th>Trend</th></tr></thead>
<tbody>
""")
for n, a, b in dist:
    dlt = sec(b) - sec(a)
    ch = ("&minus;" if dlt < 0 else "+") + mmss(abs(dlt))
    w(f'<tr><td>{n}</td><td class="num">{a}</td><td class="num">{b}</td><td class="num">{ch}</td><td>{"Improving" if dlt < 0 else "Worsening"}</td></tr>\n')
    print(n, ch, file=sys.stderr)
q1m = mmss(sum(sec(x) for x in rt[2][3][:3])/3); q2m = mmss(sum(sec(x) for x in rt[2][3][3:])/3)
print("q1m q2m", q1m, q2m, file=sys.stderr)
dl = sec(q2m)-sec(q1m)
w(f'<tr class="total"><td>Holmbury Vale</td><td class="num">{q1m}</td><td class="num">{q2m}</td><td class="num">&minus;{mmss(abs(dl))}</td><td>Improving</td></tr>\n')
w("""</tbody></table>
<p>7.2 A community first responder scheme in Eskwith, run with the Eskwith Volunteer Fire Service, now covers 11 villages. A second rapid response vehicle for Eskwith will be funded from January 2026.</p>
</section>
<section id="s8"><h2>8. Workforce and fleet</h2>
<p>8.1 The Holmbury Vale division has 612 whole-time equivalent (WTE) frontline operational staff against an establishment of 640 WTE. Thirty-eight newly qualified paramedics joined the division in September 2025 and are completing their consolidation period.</p>
<p>8.2 Sickness absence remains above the trust target, driven mainly by musculoskeletal injuries and stress, and is being managed through the trust's attendance management policy.</p>
<p>8.3 Nineteen new double-crewed ambulances were delivered in July and August, bringing the average age of the division's front-line fleet down to 4.1 years.</p>
</section>
<section id="s9"><h2>9. Improvement actions</h2>
<p>9.1 The trust and its system partners have agreed the following actions for winter 2025-26:</p>
<ol>
<li>implement a 45-minute maximum handover (&ldquo;release to respond&rdquo;) protocol at Holmbury General Hospital and Dunmere Royal Infirmary from 3 November 2025;</li>
<li>open a 12-space ambulance receiving area at Holmbury General Hospital staffed by the hospital trust;</li>
<li>increase Clinical Assessment Service clinicians from 22 to 28 per shift at peak times, to raise hear and treat to 17%;</li>
<li>extend direct referral pathways from crews to the urgent community response (UCR) service in all five districts; and</li>
<li>fund a second rapid response vehicle in Eskwith from January 2026.</li>
</ol>
</section>
<section id="s10"><h2>10. Recommendations</h2>
<p>10.1 The Board is asked to:</p>
<ul>
<li>note ambulance performance for April to September 2025;</li>
<li>support the 45-minute maximum handover protocol and ask each acute trust to confirm its implementation plan by 31 October 2025;</li>
<li>agree that handover performance at Holmbury General Hospital is escalated to the ICB System Oversight Group; and</li>
<li>receive a further report in January 2026 covering winter performance.</li>
</ul>
</section>
<section id="glossary"><h2>Glossary</h2>
<dl>
<dt>ARP</dt><dd>Ambulance Response Programme: the national framework of call categories and response standards.</dd>
<dt>CAS</dt><dd>Clinical Assessment Service: clinicians who assess lower-acuity 999 calls by telephone.</dd>
<dt>HALO</dt><dd>Hospital ambulance liaison officer.</dd>
<dt>SDEC</dt><dd>Same-day emergency care.</dd>
<dt>WTE</dt><dd>Whole-time equivalent.</dd>
</dl>
</section>
</main>
<footer><p class="meta">Holmbury and Wexcombe Ambulance Service NHS Trust &ndash; Holmbury Vale Division &ndash; October 2025</p></footer>
</body></html>
""")
open(OUT, "w", encoding="utf-8").write("".join(out))
