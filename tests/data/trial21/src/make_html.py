# Generates t21_workforce_report_m7.html (Ravensholt Vale Hospitals NHS FT workforce report)
import sys, html
OUT = sys.argv[1] if len(sys.argv) > 1 else "t21_workforce_report_m7.html"
E = html.escape
def n1(v): return f"{v:,.1f}"
def n0(v): return "–" if v == 0 else f"{v:,}"

# ---- Table 2 data: establishment, staff in post (WTE), Sep vacancy rate
GROUPS = [
 ("Clinical staff groups", [
   ("Registered nursing and midwifery", 2460.0, 2241.4, 9.0),
   ("Healthcare support workers", 1120.0, 1031.5, 8.3),
   ("Medical and dental", 742.0, 676.8, 8.9),
   ("Allied health professionals", 438.0, 401.2, 8.6),
   ("Healthcare scientists", 164.0, 146.9, 10.7),
 ]),
 ("Non-clinical and support staff groups", [
   ("Additional professional, scientific and technical", 182.0, 171.3, 6.1),
   ("Administrative and clerical", 1315.0, 1236.6, 6.2),
   ("Estates and ancillary", 586.0, 527.7, 10.0),
 ]),
]
rows2 = []
GT = [0, 0]
for g, items in GROUPS:
    rows2.append(("group", g))
    se = sum(i[1] for i in items); sp = sum(i[2] for i in items)
    for lab, e, p, sep in items:
        rows2.append(("row", lab, e, p, e - p, 100 * (e - p) / e, sep))
    rows2.append(("sub", "Subtotal " + g.lower(), se, sp, se - sp, 100 * (se - sp) / se, None))
    GT[0] += se; GT[1] += sp
VR_OCT = 100 * (GT[0] - GT[1]) / GT[0]

# ---- Table 4 temporary staffing £000 Apr..Oct
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
TS = [
 ("Registered nursing and midwifery", [1412, 1385, 1350, 1468, 1502, 1376, 1341], [612, 588, 540, 497, 463, 421, 388]),
 ("Medical and dental", [845, 870, 822, 901, 934, 866, 852], [1024, 986, 1012, 958, 941, 903, 877]),
 ("Healthcare support workers", [538, 551, 529, 566, 590, 547, 532], [96, 84, 71, 58, 42, 30, 21]),
 ("Other staff groups", [214, 208, 221, 230, 219, 226, 211], [187, 192, 176, 169, 181, 158, 149]),
]
BANK = [sum(t[1][i] for t in TS) for i in range(7)]
AG = [sum(t[2][i] for t in TS) for i in range(7)]
ALL = [BANK[i] + AG[i] for i in range(7)]

# ---- Table 6 sickness reasons, FTE days lost October 2025
REASONS = [("Anxiety, stress, depression and other psychiatric illnesses", 3942),
           ("Cold, cough, flu", 2251), ("Other musculoskeletal problems", 1568),
           ("Gastrointestinal problems", 1214), ("Back problems", 702),
           ("Other known causes", 2158), ("Not known or not specified", 803)]
RT = sum(r[1] for r in REASONS)

if '--dump' in sys.argv:
    for r in rows2: print(r)
    print('grand', GT, GT[0]-GT[1], VR_OCT)
    print('bank', BANK, sum(BANK)); print('agency', AG, sum(AG)); print('all', ALL, sum(ALL))
    for t in TS: print(t[0], sum(t[1]), sum(t[2]))
    print('reasons', RT, [(r[0], round(100*r[1]/RT,1)) for r in REASONS])
    sys.exit()

H = []
a = H.append
a("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Workforce Report - Month 7 2025/26 - Ravensholt Vale Hospitals NHS Foundation Trust</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:980px;margin:2em auto;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:0.6em 0 1.4em 0;font-size:0.88em}
caption{font-weight:bold;text-align:left;padding:4px 0}
th,td{border:1px solid #999;padding:3px 7px}
thead th{background:#dce6f0}
td.n{text-align:right}
tr.group th{background:#eef3f7;text-align:left;font-style:italic}
tr.total td,tr.total th,tr.sub td,tr.sub th{font-weight:bold}
.meta th{text-align:left;background:#f2f2f2}
p.note{font-size:0.82em;color:#444}
</style></head><body>
<header>
<p><strong>Ravensholt Vale Hospitals NHS Foundation Trust</strong></p>
<h1>Workforce Report: Month 7 2025/26 (October 2025)</h1>
<table class="meta">
<tr><th>Meeting</th><td>Board of Directors (meeting in public)</td></tr>
<tr><th>Date</th><td>4 December 2025</td></tr>
<tr><th>Agenda item</th><td>12.1</td></tr>
<tr><th>Executive lead</th><td>Chief People Officer</td></tr>
<tr><th>Report author</th><td>Deputy Chief People Officer, Workforce Information and Planning</td></tr>
<tr><th>Purpose</th><td>For assurance</td></tr>
</table>
</header>
<main>
<h2>1. Purpose</h2>
<p>1.1 This report provides the Board with assurance on the Trust's workforce position at the end of October 2025 (Month 7 of
2025/26). It covers vacancies, staff turnover, sickness absence, appraisal and training compliance, and the use and cost of
bank and agency staff. It has been reviewed by the People and Culture Committee at its meeting on 20 November 2025.</p>

<h2>2. Executive summary</h2>
<p>2.1 The Trust employed 6,433.4 whole time equivalent (WTE) staff in post against a budgeted establishment of 7,007.0 WTE at
the end of October. The key points this month are:</p>
<ul>
""")
a(f"<li>the overall vacancy rate fell to {VR_OCT:.1f}% from 8.4% in September, the third consecutive monthly reduction, driven by the international recruitment of 46 registered nurses since July;</li>\n")
a("""<li>sickness absence rose to 5.6% in October, above the 4.5% target, with anxiety, stress and depression the most common reason;</li>
<li>12-month rolling turnover improved to 11.4%, but remains above the 11.0% target;</li>
<li>agency spend fell to £1,435k in October, 3.4% of the total pay bill of £42.2m, against the NHS England expectation of 3.2%;</li>
<li>no off-framework agency shifts were used in October, for the first time this financial year.</li>
</ul>

<h2>3. Workforce key performance indicators</h2>
<p>3.1 Table 1 shows the Trust's headline workforce indicators for the last four months against the targets set in the
2025/26 People Plan. Trend compares October with July.</p>
<table id="t1">
<caption>Table 1: Workforce key performance indicators, July to October 2025</caption>
<thead>
<tr><th rowspan="2">Indicator</th><th rowspan="2">Target</th><th colspan="4">2025</th><th rowspan="2">Trend</th></tr>
<tr><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th></tr>
</thead>
<tbody>
""")
KPI = [
 ("Vacancy rate (%)", "8.0", ["9.0", "8.7", "8.4", f"{VR_OCT:.1f}"], "Improving"),
 ("Turnover, 12-month rolling (%)", "11.0", ["11.9", "11.7", "11.6", "11.4"], "Improving"),
 ("Sickness absence, in month (%)", "4.5", ["4.9", "5.0", "5.3", "5.6"], "Deteriorating"),
 ("Appraisal compliance (%)", "90.0", ["82.4", "83.1", "84.0", "84.7"], "Improving"),
 ("Statutory and mandatory training compliance (%)", "90.0", ["88.9", "89.4", "90.2", "90.6"], "Improving"),
 ("Agency spend as % of total pay bill", "3.2", ["4.1", "3.9", "3.6", "3.4"], "Improving"),
 ("Time to hire, advert to start date (working days)", "48", ["61", "58", "57", "55"], "Improving"),
 ("Staff in post, all staff groups (WTE)", "–", ["6,298.6", "6,341.0", "6,389.2", "6,433.4"], "Increasing"),
]
for lab, tgt, vals, tr in KPI:
    a(f"<tr><th scope=\"row\">{E(lab)}</th><td class=\"n\">{tgt}</td>" + "".join(f"<td class=\"n\">{v}</td>" for v in vals) + f"<td>{tr}</td></tr>\n")
a("</tbody></table>\n")

a("""<h2>4. Vacancies</h2>
<p>4.1 Vacancies are calculated as budgeted establishment less staff in post, both measured in whole time equivalents (WTE).
One WTE is equal to one person working 37.5 hours a week. Table 2 shows vacancies by staff group.</p>
<table id="t2">
<caption>Table 2: Establishment, staff in post and vacancies by staff group (WTE)</caption>
<thead>
<tr><th rowspan="2">Staff group</th><th colspan="4">October 2025</th><th>September 2025</th></tr>
<tr><th>Budgeted establishment (WTE)</th><th>Staff in post (WTE)</th><th>Vacancies (WTE)</th><th>Vacancy rate (%)</th><th>Vacancy rate (%)</th></tr>
</thead>
<tbody>
""")
for r in rows2:
    if r[0] == "group":
        a(f"<tr class=\"group\"><th colspan=\"6\">{E(r[1])}</th></tr>\n")
    else:
        cls = ' class="sub"' if r[0] == "sub" else ""
        sep = "" if r[6] is None else f"{r[6]:.1f}"
        a(f"<tr{cls}><th scope=\"row\">{E(r[1])}</th><td class=\"n\">{n1(r[2])}</td><td class=\"n\">{n1(r[3])}</td><td class=\"n\">{n1(r[4])}</td><td class=\"n\">{r[5]:.1f}</td><td class=\"n\">{sep}</td></tr>\n")
a(f"<tr class=\"total\"><th scope=\"row\">Trust total</th><td class=\"n\">{n1(GT[0])}</td><td class=\"n\">{n1(GT[1])}</td><td class=\"n\">{n1(GT[0]-GT[1])}</td><td class=\"n\">{VR_OCT:.1f}</td><td class=\"n\">8.4</td></tr>\n")
a("</tbody></table>\n")
a("""<p>4.2 Healthcare scientists have the highest vacancy rate of any staff group, with particular gaps in cardiac physiology and
audiology. Registered nursing and midwifery has the largest number of vacancies in absolute terms. The nursing vacancy rate has
fallen from 11.2% in April 2025 following the arrival of 46 internationally educated nurses and 62 newly qualified nurses who
started in September and October.</p>
<p>4.3 Medical vacancies are concentrated in emergency medicine, acute medicine and histopathology. Of the consultant vacancies,
nine are covered by long-term locums.</p>

<h2>5. Turnover and sickness absence</h2>
<p>5.1 Turnover is the number of leavers in the last 12 months as a percentage of average staff in post, excluding junior doctors on
rotation. Sickness absence is the percentage of available working time lost to sickness in the month.</p>
<table id="t3">
<caption>Table 3: Turnover and sickness absence by staff group, September and October 2025 (%)</caption>
<thead>
<tr><th rowspan="2">Staff group</th><th colspan="2">Turnover, 12-month rolling (%)</th><th colspan="2">Sickness absence, in month (%)</th></tr>
<tr><th>Sep 2025</th><th>Oct 2025</th><th>Sep 2025</th><th>Oct 2025</th></tr>
</thead>
<tbody>
""")
T3 = [("Registered nursing and midwifery", 10.2, 10.0, 5.4, 5.8), ("Healthcare support workers", 15.8, 15.3, 6.9, 7.4),
      ("Medical and dental", 7.4, 7.6, 2.1, 2.3), ("Allied health professionals", 12.1, 11.8, 4.2, 4.5),
      ("Healthcare scientists", 9.8, 9.5, 3.9, 4.1), ("Additional professional, scientific and technical", 10.6, 10.9, 3.5, 3.7),
      ("Administrative and clerical", 12.9, 12.6, 4.6, 4.9), ("Estates and ancillary", 13.4, 13.1, 7.2, 7.6)]
for r in T3:
    a(f"<tr><th scope=\"row\">{E(r[0])}</th>" + "".join(f"<td class=\"n\">{v:.1f}</td>" for v in r[1:]) + "</tr>\n")
a("<tr class=\"total\"><th scope=\"row\">Trust total</th><td class=\"n\">11.6</td><td class=\"n\">11.4</td><td class=\"n\">5.3</td><td class=\"n\">5.6</td></tr>\n</tbody></table>\n")
a(f"""<p>5.2 Healthcare support workers continue to have the highest turnover, at 15.3%, and over a third of healthcare support workers
who leave do so within their first year. A new HCSW (healthcare support worker) induction and buddying programme started on
6 October 2025.</p>
<p>5.3 A total of {RT:,} full time equivalent (FTE) days were lost to sickness in October 2025. Table 6 in section 7 shows the reasons. Long-term
sickness (absences of 28 days or more) accounted for 2.9 percentage points of the 5.6% sickness rate.</p>

<h2>6. Bank and agency staffing</h2>
<p>6.1 Temporary staffing expenditure by staff group and month is shown in Table 4. Bank staff are the Trust's own flexible workers;
agency staff are supplied by external agencies, and are more expensive. Total temporary staffing spend for April to October 2025 was
£{sum(ALL):,}k, of which £{sum(AG):,}k was agency.</p>
<table id="t4">
<caption>Table 4: Bank and agency spend by staff group and month, April to October 2025 (£000)</caption>
<thead>
<tr><th rowspan="2">Staff group</th><th rowspan="2">Type</th><th colspan="7">2025/26</th><th rowspan="2">Year to date</th></tr>
<tr>""" + "".join(f"<th>{m}</th>" for m in MONTHS) + """</tr>
</thead>
<tbody>
""")
for g, bank, ag in TS:
    a(f"<tr><th scope=\"rowgroup\" rowspan=\"2\">{E(g)}</th><td>Bank</td>" + "".join(f"<td class=\"n\">{v:,}</td>" for v in bank) + f"<td class=\"n\">{sum(bank):,}</td></tr>\n")
    a("<tr><td>Agency</td>" + "".join(f"<td class=\"n\">{v:,}</td>" for v in ag) + f"<td class=\"n\">{sum(ag):,}</td></tr>\n")
for lab, vals in [("Total bank", BANK), ("Total agency", AG), ("Total temporary staffing", ALL)]:
    a(f"<tr class=\"total\"><th scope=\"row\" colspan=\"2\">{lab}</th>" + "".join(f"<td class=\"n\">{v:,}</td>" for v in vals) + f"<td class=\"n\">{sum(vals):,}</td></tr>\n")
a("</tbody></table>\n")
a("""<p>6.2 Medical and dental staff account for the largest share of agency spend, mainly consultant locums in emergency medicine and
histopathology. Agency spend on healthcare support workers has almost been eliminated following the decision to stop using agencies
for HCSW shifts from 1 April 2025 except with executive approval.</p>
<p>6.3 NHS England sets a price cap for agency shifts. Table 5 shows compliance with the price cap and use of off-framework agencies
(agencies not on an approved national framework).</p>
<table id="t5">
<caption>Table 5: Agency shifts and price cap compliance, 2025/26</caption>
<thead>
<tr><th rowspan="2">Measure</th><th colspan="2">Quarter</th><th rowspan="2">October 2025</th></tr>
<tr><th>Q1 (Apr-Jun)</th><th>Q2 (Jul-Sep)</th></tr>
</thead>
<tbody>
<tr><th scope="row">Agency shifts filled (number)</th><td class="n">4,812</td><td class="n">4,365</td><td class="n">1,288</td></tr>
<tr><th scope="row">Shifts above price cap (number)</th><td class="n">1,106</td><td class="n">873</td><td class="n">219</td></tr>
<tr><th scope="row">Shifts above price cap (%)</th><td class="n">23.0</td><td class="n">20.0</td><td class="n">17.0</td></tr>
<tr><th scope="row">Off-framework shifts (number)</th><td class="n">38</td><td class="n">12</td><td class="n">–</td></tr>
<tr><th scope="row">Status</th><td>Red</td><td>Amber</td><td>Amber</td></tr>
</tbody></table>

<h2>7. Sickness absence reasons</h2>
<p>7.1 The most common recorded reasons for sickness absence in October 2025 are shown in Table 6.</p>
<table id="t6">
<caption>Table 6: Sickness absence by reason, October 2025</caption>
<thead>
<tr><th>Reason</th><th>FTE days lost</th><th>% of days lost</th></tr>
</thead>
<tbody>
""")
for lab, v in REASONS:
    a(f"<tr><th scope=\"row\">{E(lab)}</th><td class=\"n\">{v:,}</td><td class=\"n\">{100*v/RT:.1f}</td></tr>\n")
a(f"<tr class=\"total\"><th scope=\"row\">All reasons</th><td class=\"n\">{RT:,}</td><td class=\"n\">100.0</td></tr>\n</tbody></table>\n")
a("""<p>7.2 The staff health and wellbeing service has increased capacity for fast-track psychological support, with 214 referrals in
October. The Trust's staff flu vaccination campaign began on 1 October 2025.</p>

<h2>8. Actions being taken</h2>
<p>8.1 The People and Culture Committee has been assured that the following actions are in place:</p>
<ul>
<li>a recruitment pipeline of 118 registered nurses with confirmed start dates between November 2025 and March 2026;</li>
<li>a medical workforce review of locum use, with a target to convert at least five long-term locum posts to substantive posts by March 2026;</li>
<li>targeted attendance management support in the Estates and Facilities division and for healthcare support workers;</li>
<li>expansion of the staff mental health first aider network from 140 to 200 trained staff;</li>
<li>weekly executive review of all agency shifts above the price cap.</li>
</ul>

<h2>9. Risks</h2>
<p>9.1 The main workforce risks on the corporate risk register are winter demand increasing sickness absence and the use of
temporary staff, the national resident doctors' dispute, and the affordability of the establishment within the 2025/26 financial
plan, which requires a reduction of 120 WTE by March 2026.</p>

<h2>10. Recommendation</h2>
<p>10.1 The Board is asked to:</p>
<ul>
<li>note the workforce position at Month 7 and the improvements in vacancies, turnover and agency spend;</li>
<li>note the increase in sickness absence and the actions being taken;</li>
<li>receive assurance from the People and Culture Committee on the delivery of the 2025/26 People Plan.</li>
</ul>
</main>
<footer><p class="note">Source: Electronic Staff Record (ESR), e-rostering and finance ledger, extracted 7 November 2025. WTE figures exclude bank-only staff.</p></footer>
</body></html>
""")
import re
doc = "".join(H)
doc = re.sub(r"<p>(.*?)</p>", lambda m: "<p>" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "</p>", doc, flags=re.S)
open(OUT, "w", encoding="utf-8").write(doc)
print("written", OUT)
