# Cancer waiting times board report (HTML)
import sys, json, html
OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial24/t24_cancer_waiting_times_sep2025.html"
facts = {}
def pc(a, b): return f"{100*a/b:.1f}"
def n(x):
    if isinstance(x, float) and x != int(x): return f"{x:,.1f}"
    return f"{int(x):,}"

# FDS by tumour site: Jul %, Aug %, Sep told, Sep within 28
fds = [("Breast", 93.1, 91.8, 412, 389), ("Lower gastrointestinal", 66.4, 61.2, 498, 342),
       ("Upper gastrointestinal", 78.5, 74.0, 221, 170), ("Lung", 71.9, 69.6, 64, 47),
       ("Gynaecology", 72.8, 64.5, 246, 172), ("Head and neck", 79.0, 76.2, 188, 151),
       ("Skin", 85.1, 83.9, 530, 463), ("Urology", 65.3, 62.7, 279, 192),
       ("Haematology", 70.0, 72.4, 22, 15), ("Other", 74.2, 70.8, 58, 44)]
told = sum(x[3] for x in fds); w28 = sum(x[4] for x in fds)
fds_sep = float(pc(w28, told))
# 62-day by site Sep: treated, within
d62 = [("Breast", 38, 35, "Improving"), ("Lower gastrointestinal", 29.5, 16, "Deteriorating"), ("Upper gastrointestinal", 11, 7, "Stable"),
       ("Lung", 14.5, 9.5, "Improving"), ("Gynaecology", 12, 7, "Deteriorating"), ("Head and neck", 9, 6, "Stable"),
       ("Skin", 41, 37, "Stable"), ("Urology", 36.5, 21, "Deteriorating"), ("Haematology", 8, 6, "Improving"), ("Other", 3, 2, "–")]
tr = sum(x[1] for x in d62); wi = sum(x[2] for x in d62); br = tr - wi
d62_sep = float(pc(wi, tr))
facts.update(told=told, w28=w28, fds_sep=fds_sep, tr=tr, wi=wi, br=br, d62_sep=d62_sep)

# monthly summary
months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
summ = [("28-day Faster Diagnosis Standard", "80%", [76.2, 78.9, 74.5, 77.8, 73.1, fds_sep]),
        ("31-day decision to treat to first treatment", "96%", [95.3, 94.9, 94.2, 95.8, 94.6, 95.2]),
        ("62-day referral to first treatment", "75%", [66.3, 68.9, 65.1, 70.2, 64.8, d62_sep])]
def rag(v, tgt):
    t = float(tgt.rstrip("%"))
    return "Green" if v >= t else ("Amber" if v >= t - 5 else "Red")

# 31 day by modality, Q1 (treated, within), Q2
m31 = [("Surgery", 212, 192, 205, 188), ("Anti-cancer drug therapy", 301, 297, 318, 311),
       ("Radiotherapy", 174, 160, 169, 158), ("Other (including active monitoring)", 46, 46, 52, 51)]
q1t = sum(x[1] for x in m31); q1w = sum(x[2] for x in m31); q2t = sum(x[3] for x in m31); q2w = sum(x[4] for x in m31)
facts.update(q1t=q1t, q1w=q1w, q2t=q2t, q2w=q2w)

# breach reasons grouped Q1/Q2
breach = [("Capacity", [("Outpatient appointment capacity", 24, 18), ("Diagnostic capacity – endoscopy", 29, 33),
                        ("Diagnostic capacity – imaging", 17, 12), ("Elective surgical capacity", 19, 22)]),
          ("Patient-related", [("Patient choice or patient-initiated delay", 14, 11), ("Medical reasons (fitness for treatment)", 12, 15)]),
          ("Pathway and process", [("Complex or multiple diagnostic tests", 31, 36), ("Late inter-provider transfer (IPT)", 8.5, 10.5),
                                   ("Administrative delay", 4, 2)])]
bq1 = sum(r[1] for g in breach for r in g[1]); bq2 = sum(r[2] for g in breach for r in g[1])
facts.update(bq1=bq1, bq2=bq2)

ptl = [("Total patients on the cancer PTL", [3412, 3388, 3460, 3371]),
       ("Patients waiting over 62 days", [268, 255, 249, 231]),
       ("of which waiting over 104 days", [19, 17, 16, 14]),
       ("Backlog trajectory (over 62 days)", [260, 250, 240, 230])]

H = []
a = H.append
a("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Cancer Performance Report - Month 6 (September 2025) - Brackwater Vale Hospitals NHS Foundation Trust</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;line-height:1.45;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.2em 0;font-size:0.9em}
th,td{border:1px solid #999;padding:3px 6px}
thead th{background:#dde6ef}
td.num{text-align:right}
tr.group td{background:#eee;font-weight:bold;font-style:italic}
tr.total td{font-weight:bold;background:#f4f4f4}
caption{font-weight:bold;text-align:left;padding-bottom:4px}
.meta td{border:none;padding:1px 8px 1px 0}
.note{font-size:0.85em;color:#444}
</style></head><body>
<header>
<p><strong>Brackwater Vale Hospitals NHS Foundation Trust</strong><br>Board of Directors (meeting in public)</p>
<h1>Cancer Performance Report: Month 6 (September 2025)</h1>
<table class="meta">
<tr><td><strong>Meeting date</strong></td><td>27 November 2025</td></tr>
<tr><td><strong>Agenda item</strong></td><td>11.2</td></tr>
<tr><td><strong>Report author</strong></td><td>Deputy Chief Operating Officer (Cancer and Diagnostics)</td></tr>
<tr><td><strong>Executive lead</strong></td><td>Chief Operating Officer</td></tr>
<tr><td><strong>Purpose</strong></td><td>For assurance</td></tr>
</table>
</header>
<main>
<section id="s1"><h2>1. Purpose</h2>
<p>1.1 This report updates the Board on the Trust's performance against the three national cancer waiting time standards for
April to September 2025, explains the main reasons for breaches, and sets out the actions being taken to recover the 62-day
standard by March 2026.</p></section>
""")
a(f"""<section id="s2"><h2>2. Executive summary</h2>
<p>2.1 The key points for the Board are:</p>
<ul>
<li>the 28-day Faster Diagnosis Standard (FDS) was {fds_sep}% in September, below the 80% standard, although it improved from 73.1% in August;</li>
<li>the 31-day standard was not met in any month of the first half of the year, but performance stayed within two percentage points of the 96% standard;</li>
<li>62-day performance was {d62_sep}% in September, the best month this year, but still below the 75% standard;</li>
<li>lower gastrointestinal, gynaecology and urology account for most breaches of the 62-day standard;</li>
<li>the number of patients waiting more than 62 days fell from 268 to 231 during September and is close to the recovery trajectory.</li>
</ul></section>
<section id="s3"><h2>3. Definitions</h2>
<p>3.1 The national standards reported here are:</p>
<ul>
<li><strong>FDS (Faster Diagnosis Standard):</strong> patients referred urgently with suspected cancer, or with breast symptoms, or from screening, should be told they have cancer, or that cancer has been ruled out, within 28 days of referral.</li>
<li><strong>31-day standard:</strong> patients should start treatment within 31 days of the decision to treat.</li>
<li><strong>62-day standard:</strong> patients should start their first treatment within 62 days of an urgent referral or a referral from screening.</li>
<li><strong>PTL (patient tracking list):</strong> the list of all patients on an active cancer pathway who have not yet been diagnosed or treated.</li>
<li><strong>IPT (inter-provider transfer):</strong> a patient whose pathway starts at one trust and moves to another for treatment. Breaches on shared pathways are split between the two trusts, so counts can include half patients.</li>
</ul></section>
""")
# Table 1
a(f"""<section id="s4"><h2>4. Performance against the national standards</h2>
<p>4.1 Table 1 shows monthly performance for the first half of 2025-26. The operational standards for 2025-26 are 80% for the FDS
by March 2026 and 75% for the 62-day standard by March 2026; the 31-day standard remains at 96%.</p>
<table id="t1">
<caption>Table 1: Cancer waiting time standards, April to September 2025 (% of patients within the standard)</caption>
<thead>
<tr><th rowspan="2">Standard</th><th rowspan="2">National standard</th><th colspan="3">Quarter 1 2025-26</th><th colspan="3">Quarter 2 2025-26</th><th rowspan="2">RAG (September)</th></tr>
<tr>{''.join(f'<th>{m}</th>' for m in months)}</tr>
</thead><tbody>
""")
for name, tgt, vals in summ:
    a(f"<tr><td>{name}</td><td class='num'>{tgt}</td>" + "".join(f"<td class='num'>{v:.1f}%</td>" for v in vals) + f"<td>{rag(vals[-1], tgt)}</td></tr>\n")
a("""</tbody></table>
<p class="note">RAG: Green = standard met; Amber = within 5 percentage points of the standard; Red = more than 5 percentage points below.</p>
<p>4.2 The Trust is ranked 14th of the 19 trusts in the region for 62-day performance for the year to date. The regional 62-day performance in September was 71.6%.</p>
</section>
""")
# Table 2 FDS by site
a(f"""<section id="s5"><h2>5. Faster Diagnosis Standard by tumour site</h2>
<p>5.1 In September {told:,} patients received a diagnosis or had cancer ruled out, and {w28:,} of them were told within 28 days ({fds_sep}%).
Breast and skin both met the 80% standard, as did head and neck. Lower gastrointestinal had the largest number of patients told after day 28 ({498-342}), 
mainly because of waits for colonoscopy.</p>
<table id="t2">
<caption>Table 2: 28-day Faster Diagnosis Standard by tumour site, July to September 2025</caption>
<thead>
<tr><th rowspan="2">Tumour site</th><th rowspan="2">July 2025 (%)</th><th rowspan="2">August 2025 (%)</th><th colspan="3">September 2025</th></tr>
<tr><th>Patients told outcome</th><th>Told within 28 days</th><th>%</th></tr>
</thead><tbody>
""")
for s, j, au, t_, w in fds:
    a(f"<tr><td>{s}</td><td class='num'>{j:.1f}</td><td class='num'>{au:.1f}</td><td class='num'>{t_:,}</td><td class='num'>{w:,}</td><td class='num'>{pc(w, t_)}</td></tr>\n")
a(f"<tr class='total'><td>All tumour sites</td><td class='num'>77.8</td><td class='num'>73.1</td><td class='num'>{told:,}</td><td class='num'>{w28:,}</td><td class='num'>{fds_sep}</td></tr>\n")
a("""</tbody></table></section>
""")
# Table 3 62-day by site
a(f"""<section id="s6"><h2>6. 62-day performance by tumour site</h2>
<p>6.1 In September the Trust was accountable for {n(tr)} patients starting first treatment after an urgent referral, of whom {n(wi)} were treated
within 62 days. There were {n(br)} breaches. Half-patient figures arise from shared pathways with the tertiary centre.</p>
<table id="t3">
<caption>Table 3: 62-day referral to treatment by tumour site, September 2025 (accountable patients)</caption>
<thead><tr><th>Tumour site</th><th>Patients treated</th><th>Treated within 62 days</th><th>Breaches</th><th>Performance (%)</th><th>Standard</th><th>Trend (3 months)</th></tr></thead>
<tbody>
""")
for s, t_, w, trd in d62:
    a(f"<tr><td>{s}</td><td class='num'>{n(t_)}</td><td class='num'>{n(w)}</td><td class='num'>{n(t_-w)}</td><td class='num'>{pc(w, t_)}</td><td class='num'>75%</td><td>{trd}</td></tr>\n")
a(f"<tr class='total'><td>All tumour sites</td><td class='num'>{n(tr)}</td><td class='num'>{n(wi)}</td><td class='num'>{n(br)}</td><td class='num'>{d62_sep}</td><td class='num'>75%</td><td>Improving</td></tr>\n")
a("""</tbody></table>
<p>6.2 Three tumour sites met the 75% standard in September: breast, skin and haematology. Urology had the most breaches (15.5),
followed by lower gastrointestinal (13.5). Urology performance is affected by a shortage of prostate MRI capacity and by a
consultant urologist vacancy.</p>
</section>
""")
# Table 4 31 day modality
a(f"""<section id="s7"><h2>7. 31-day standard by treatment type</h2>
<p>7.1 Table 4 shows 31-day performance by type of first or subsequent treatment for Quarters 1 and 2. Drug treatments and
other treatments met the 96% standard in Quarter 2, but surgery and radiotherapy did not. The radiotherapy position reflects a
linear accelerator being out of service for planned replacement for three weeks in June.</p>
<table id="t4">
<caption>Table 4: 31-day decision to treat to treatment by treatment type, Quarters 1 and 2 2025-26</caption>
<thead>
<tr><th rowspan="2">Treatment type</th><th colspan="3">Q1 (April to June 2025)</th><th colspan="3">Q2 (July to September 2025)</th></tr>
<tr><th>Treated</th><th>Within 31 days</th><th>%</th><th>Treated</th><th>Within 31 days</th><th>%</th></tr>
</thead><tbody>
""")
for s, a1, b1, a2, b2 in m31:
    a(f"<tr><td>{s}</td><td class='num'>{a1}</td><td class='num'>{b1}</td><td class='num'>{pc(b1, a1)}</td><td class='num'>{a2}</td><td class='num'>{b2}</td><td class='num'>{pc(b2, a2)}</td></tr>\n")
a(f"<tr class='total'><td>All treatments</td><td class='num'>{q1t}</td><td class='num'>{q1w}</td><td class='num'>{pc(q1w, q1t)}</td><td class='num'>{q2t}</td><td class='num'>{q2w}</td><td class='num'>{pc(q2w, q2t)}</td></tr>\n")
a("""</tbody></table></section>
""")
# Table 5 breach reasons
a(f"""<section id="s8"><h2>8. Reasons for 62-day breaches</h2>
<p>8.1 Every breach of the 62-day standard is reviewed by the cancer services team and given a primary reason. Table 5 groups the
reasons for Quarters 1 and 2. Capacity was the main reason for breaches in both quarters, with endoscopy the single largest capacity constraint.</p>
<table id="t5">
<caption>Table 5: Primary reason for 62-day breaches, Quarter 1 and Quarter 2 2025-26 (number of accountable breaches)</caption>
<thead><tr><th>Breach reason</th><th>Q1 2025-26</th><th>Q2 2025-26</th><th>Change</th></tr></thead>
<tbody>
""")
def chg(x, y):
    d = y - x
    if d == 0: return "–"
    s = n(abs(d)) if isinstance(d, float) else f"{abs(d)}"
    return f"({s})" if d < 0 else f"+{s}"
for g, rows in breach:
    a(f"<tr class='group'><td colspan='4'>{g}</td></tr>\n")
    for r_, x, y in rows:
        a(f"<tr><td>{r_}</td><td class='num'>{n(x)}</td><td class='num'>{n(y)}</td><td class='num'>{chg(x, y)}</td></tr>\n")
    sx = sum(r[1] for r in rows); sy = sum(r[2] for r in rows)
    a(f"<tr class='total'><td>Subtotal: {g.lower()}</td><td class='num'>{n(sx)}</td><td class='num'>{n(sy)}</td><td class='num'>{chg(sx, sy)}</td></tr>\n")
a(f"<tr class='total'><td>Total breaches</td><td class='num'>{n(bq1)}</td><td class='num'>{n(bq2)}</td><td class='num'>{chg(bq1, bq2)}</td></tr>\n")
a("""</tbody></table>
<p>8.2 All patients who start treatment after day 104 have a clinical harm review. In Quarter 2, 27 harm reviews were completed:
25 found no harm and 2 found low harm. No moderate or severe harm was identified.</p>
</section>
""")
# Table 6 PTL
a("""<section id="s9"><h2>9. Cancer patient tracking list</h2>
<p>9.1 The Trust has agreed a recovery trajectory with the regional cancer alliance to reduce the number of patients waiting more than
62 days. Table 6 shows the weekly position during September 2025.</p>
<table id="t6">
<caption>Table 6: Cancer patient tracking list (PTL), weekly snapshot, September 2025 (number of patients)</caption>
<thead><tr><th rowspan="2">Measure</th><th colspan="4">Week ending</th></tr>
<tr><th>7 September</th><th>14 September</th><th>21 September</th><th>28 September</th></tr></thead>
<tbody>
""")
for lab, vals in ptl:
    a(f"<tr><td>{lab}</td>" + "".join(f"<td class='num'>{v:,}</td>" for v in vals) + "</tr>\n")
var = [ptl[1][1][i] - ptl[3][1][i] for i in range(4)]
a("<tr><td>Variance from trajectory</td>" + "".join(f"<td class='num'>+{v}</td>" for v in var) + "</tr>\n")
a("<tr><td>Trajectory met?</td>" + "".join(f"<td>{'Yes' if v <= 0 else 'No'}</td>" for v in var) + "</tr>\n")
a("""</tbody></table>
<p class="note">Variance is the number of patients over 62 days above the trajectory; a plus sign means above the trajectory.</p>
</section>
<section id="s10"><h2>10. Improvement actions</h2>
<p>10.1 The cancer recovery plan includes the following actions in Quarters 3 and 4:</p>
<ul>
<li>extending straight-to-test for lower gastrointestinal referrals, using the faecal immunochemical test (FIT) result to direct patients to colonoscopy or CT colonography;</li>
<li>adding six weekend endoscopy lists a month from October 2025, funded by the cancer alliance;</li>
<li>buying additional prostate MRI capacity from an independent sector provider until March 2026;</li>
<li>introducing a one-stop post-menopausal bleeding clinic in gynaecology from November 2025;</li>
<li>teledermatology for all suspected skin cancer referrals from GP practices.</li>
</ul></section>
<section id="s11"><h2>11. Risks</h2>
<p>11.1 The main risks to recovery are the continuing vacancy for one of the Trust's nine consultant urologist posts, the age of the
endoscopy decontamination equipment, and the effect of winter pressures on elective surgical capacity. These risks are on the
divisional risk register; the endoscopy decontamination risk is scored 16 (high).</p></section>
<section id="s12"><h2>12. Recommendation</h2>
<p>12.1 The Board is asked to:</p>
<ul>
<li>note cancer waiting time performance for April to September 2025;</li>
<li>note the reasons for 62-day breaches and the outcome of harm reviews;</li>
<li>take assurance from the recovery actions and the progress against the 62-day backlog trajectory.</li>
</ul></section>
</main>
<footer><p class="note">Brackwater Vale Hospitals NHS Foundation Trust. Data source: national cancer waiting times system and Trust PTL, extracted 14 October 2025. September data are provisional.</p></footer>
</body></html>
""")
open(OUT, "w").write("".join(H))
json.dump(facts, open("/tmp/t24_html_facts.json", "w"), indent=1)
print(json.dumps(facts, indent=1))
