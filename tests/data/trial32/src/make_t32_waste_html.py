"""Paper 3 (HTML): Castermere Waste Partnership – waste and recycling performance, April to September 2025."""
import os
import random
from html import escape
from common import OUT, DISTRICTS, num, pct, rnd

FILE = os.path.join(OUT, "t32_waste_recycling_performance_2025.html")
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
rng = random.Random(32)

RES_BASE = {"Kestlow": 3420, "Drennington": 2510, "Holmcaster": 1960, "Ellsmoor": 1730, "Saltreach": 1490}
DRY_BASE = {"Kestlow": 1240, "Drennington": 905, "Holmcaster": 790, "Ellsmoor": 615, "Saltreach": 560}
ORG_BASE = {"Kestlow": 1850, "Drennington": 1310, "Holmcaster": 1120, "Ellsmoor": 640, "Saltreach": 720}
RES_F = [0.97, 1.01, 0.98, 1.02, 1.03, 0.99]
DRY_F = [0.98, 1.00, 0.99, 1.02, 1.03, 0.98]
ORG_F = [0.92, 1.08, 1.06, 1.00, 0.94, 0.90]


def series(base, fac, d):
    out = []
    for i, f in enumerate(fac):
        tourist = 1.08 if d == "Saltreach" and i in (3, 4) else 1.0
        out.append(int(round(base[d] * f * tourist * rng.uniform(0.98, 1.02))))
    return out


STREAMS = [("Residual waste", {d: series(RES_BASE, RES_F, d) for d in DISTRICTS}),
           ("Dry recycling", {d: series(DRY_BASE, DRY_F, d) for d in DISTRICTS}),
           ("Garden and food waste", {d: series(ORG_BASE, ORG_F, d) for d in DISTRICTS})]
RES, DRY, ORG = (s[1] for s in STREAMS)


def msum(dct):
    return [sum(dct[d][i] for d in DISTRICTS) for i in range(6)]


TOTAL_M = [sum(msum(s[1])[i] for s in STREAMS) for i in range(6)]


def rate(d, months):
    rec = sum(DRY[d][i] + ORG[d][i] for i in months)
    tot = rec + sum(RES[d][i] for i in months)
    return rec / tot * 100


def rate_all(months):
    rec = sum(DRY[d][i] + ORG[d][i] for d in DISTRICTS for i in months)
    tot = rec + sum(RES[d][i] for d in DISTRICTS for i in months)
    return rec / tot * 100


PREV_RATE = {"Kestlow": 47.2, "Drennington": 46.8, "Holmcaster": 49.6, "Ellsmoor": 42.9, "Saltreach": 45.1}
PREV_ALL = 46.1
TARGET = 48.0

CONTAM = {"Kestlow": (9.8, 10.4), "Drennington": (14.2, 13.1), "Holmcaster": (8.1, 7.6),
          "Ellsmoor": (16.9, 17.8), "Saltreach": (11.5, 12.3)}
REJECT_COST = 141.00  # £ per tonne rejected (EfW gate fee plus MRF handling)

COST_PT = [
    ("Energy from Waste (EfW) gate fee", "104.80", "108.95", "112.40", "113.10"),
    ("Landfill, including landfill tax", "128.60", "134.30", "140.10", "141.25"),
    ("Materials Recovery Facility (MRF) gate fee", "38.20", "41.75", "44.00", "46.85"),
    ("In-vessel composting (garden and food)", "46.10", "48.30", "49.50", "49.50"),
    ("Open windrow composting (garden only)", "27.40", "28.90", "29.80", "29.10"),
    ("Anaerobic digestion (food only)", "n/a", "n/a", "39.00", "41.60"),
    ("Bulk haulage from transfer stations", "14.60", "15.20", "15.90", "16.35"),
    ("HWRC operation (per tonne handled)", "61.20", "64.80", "66.50", "68.90"),
]

BUDGET = [
    ("Treatment and disposal contracts", [("Energy from Waste contract", 28640, 29115),
                                          ("Landfill", 2180, 1905),
                                          ("MRF gate fees", 3960, 4385),
                                          ("Composting and anaerobic digestion", 3410, 3372)]),
    ("Payments to district councils", [("Recycling credits", 4870, 4962),
                                       ("Food waste transitional funding", 650, 650)]),
    ("Household waste recycling centres and transfer", [("HWRC operating contract", 7215, 7480),
                                                         ("Transfer stations and haulage", 2940, 3018),
                                                         ("Sale of recyclate and re-use shop income", -3250, -3710)]),
]
B_SUB = {g: (sum(r[1] for r in rows), sum(r[2] for r in rows)) for g, rows in BUDGET}
B_TOT = (sum(v[0] for v in B_SUB.values()), sum(v[1] for v in B_SUB.values()))

# ------------------------------------------------------------------ HTML
h = []


def add(s):
    h.append(s)


def p(ref, text):
    add(f'<p class="num"><span class="ref">{ref}</span> {text}</p>')


def ul(items):
    add("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")


add("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Waste and Recycling Performance Report, April to September 2025 – Castermere Waste Partnership</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;line-height:1.45;color:#222}
header{border-bottom:3px solid #2e6b30;margin-bottom:1em}
table{border-collapse:collapse;margin:0.6em 0 1.4em;font-size:0.88em}
caption{text-align:left;font-weight:bold;padding-bottom:0.3em}
th,td{padding:3px 8px;border-bottom:1px solid #ccc}
td{text-align:right} td.lbl,th.lbl{text-align:left}
thead th{background:#e5efe5}
tr.group th{background:#f3f3f3;text-align:left;font-style:italic}
tr.subtotal td{font-weight:bold}
tfoot td{font-weight:bold;border-top:2px solid #222}
p.num .ref{font-weight:bold;display:inline-block;min-width:2.8em}
.rag-red{color:#b00000}.rag-amber{color:#a86400}.rag-green{color:#2e6b30}
p.note{font-size:0.85em;color:#444}
</style>
</head>
<body>
<header>
<p>Castermere Waste Partnership</p>
<h1>Waste and Recycling Performance Report: April to September 2025</h1>
<p>Joint Member Waste Board – 27 November 2025 – Agenda item 6</p>
<p>Report of the Head of Waste Strategy, Castermere County Council, on behalf of the partner authorities</p>
</header>
<main>
""")

add("<h2>1. Purpose of report</h2>")
p("1.1", "To report the performance of the Castermere Waste Partnership for the first half of 2025-26 (April to "
  "September 2025), covering household waste tonnages, recycling rates, contamination of dry recycling and the "
  "cost of waste treatment and disposal.")
p("1.2", "The partnership brings together Castermere County Council as the Waste Disposal Authority (WDA) and the "
  "five district councils – Kestlow, Drennington, Holmcaster, Ellsmoor and Saltreach – as Waste Collection "
  "Authorities (WCAs). The county council also runs nine Household Waste Recycling Centres (HWRCs).")

add("<h2>2. Recommendations</h2>")
p("2.1", "The Board is recommended to:")
ul(["note the performance for April to September 2025;",
    "endorse the joint contamination action plan set out in section 5; and",
    "note the forecast overspend on the waste disposal budget and the reasons for it."])

add("<h2>3. Background</h2>")
p("3.1", "Residual (black bin) waste collected by the districts is delivered to the Energy from Waste (EfW) "
  "facility at Harlock Moor, which generates electricity for around 38,000 homes. Dry recycling is sorted at the "
  "Materials Recovery Facility (MRF) at Drennington Road. Garden waste is composted at two open windrow sites "
  "and food waste is treated by in-vessel composting or anaerobic digestion (AD).")
p("3.2", "The Simpler Recycling reforms require all WCAs to collect food waste weekly from 31 March 2026. Four "
  "districts already do so. Ellsmoor currently collects garden waste only, and will start a weekly food waste "
  "collection in March 2026 funded by a government capital grant.")
p("3.3", "Packaging Extended Producer Responsibility (EPR) payments began in 2025-26. The five districts have "
  "been notified of provisional payments totalling £6.2m for the year; the first instalment was received in "
  "November 2025.")

add("<h2>4. Tonnages and recycling rates</h2>")
tot6 = sum(TOTAL_M)
rec6 = sum(sum(DRY[d]) + sum(ORG[d]) for d in DISTRICTS)
p("4.1", f"A total of {num(tot6)} tonnes of household waste was collected at the kerbside between April and "
  f"September 2025. Table 1 shows tonnages by waste stream, district and month. Figures exclude waste "
  "taken to HWRCs and commercial waste collected by the districts.")

# Table 1
add('<table id="table1">')
add("<caption>Table 1: Kerbside household waste collected by district and month, 2025-26 (tonnes)</caption>")
add("<thead>")
add('<tr><th class="lbl" rowspan="2" scope="col">District</th><th colspan="3" scope="colgroup">Quarter 1</th>'
    '<th colspan="3" scope="colgroup">Quarter 2</th><th rowspan="2" scope="col">Total Apr–Sep</th></tr>')
add("<tr>" + "".join(f'<th scope="col">{m}</th>' for m in MONTHS) + "</tr>")
add("</thead>")
for name, data in STREAMS:
    add("<tbody>")
    add(f'<tr class="group"><th colspan="8" scope="rowgroup">{name}</th></tr>')
    for d in DISTRICTS:
        add(f'<tr><td class="lbl">{d}</td>' + "".join(f"<td>{num(v)}</td>" for v in data[d]) +
            f"<td>{num(sum(data[d]))}</td></tr>")
    ms = msum(data)
    add(f'<tr class="subtotal"><td class="lbl">Total {name.lower()}</td>' + "".join(f"<td>{num(v)}</td>" for v in ms)
        + f"<td>{num(sum(ms))}</td></tr>")
    add("</tbody>")
add('<tfoot><tr><td class="lbl">Total household waste</td>' + "".join(f"<td>{num(v)}</td>" for v in TOTAL_M) +
    f"<td>{num(tot6)}</td></tr></tfoot>")
add("</table>")
add('<p class="note">Ellsmoor collects garden waste only; its figures in the garden and food waste rows contain no '
    "food waste.</p>")
peak = max(range(6), key=lambda i: msum(ORG)[i])
p("4.2", f"Garden waste tonnages peaked in {['April', 'May', 'June', 'July', 'August', 'September'][peak]}, as "
  "expected, and fell over the dry summer. Residual tonnages in Saltreach rose in July and August because of "
  "visitors to the coast, a pattern seen every year.")

# Table 2: recycling rates
rates = {d: [rate(d, [i]) for i in range(6)] for d in DISTRICTS}
half = {d: rate(d, range(6)) for d in DISTRICTS}
all_m = [rate_all([i]) for i in range(6)]
all_half = rate_all(range(6))


def rag(v):
    return "Green" if rnd(v, 1) >= TARGET else ("Amber" if rnd(v, 1) >= 45.0 else "Red")


def trend(now, before):
    diff = rnd(rnd(now, 1) - before, 1)
    return "Stable" if abs(diff) <= 0.3 else ("Improving" if diff > 0 else "Declining")


p("4.3", f"The combined kerbside recycling rate for April to September 2025 was {pct(all_half)}, compared with "
  f"{PREV_ALL:.1f}% for the same period of 2024 and the partnership target of {TARGET:.1f}%. Table 2 shows "
  "monthly rates for each district. The recycling rate is the tonnage of dry recycling and garden and food waste "
  "as a percentage of all kerbside household waste, before any deduction for rejected material.")
add('<table id="table2">')
add("<caption>Table 2: Kerbside recycling rate by district and month (%)</caption>")
add("<thead>")
add('<tr><th class="lbl" rowspan="2">District</th><th colspan="6">Monthly rate 2025-26</th>'
    '<th colspan="2">April to September</th><th rowspan="2">Change (percentage points)</th>'
    '<th rowspan="2">RAG</th><th rowspan="2">Trend</th></tr>')
add("<tr>" + "".join(f"<th>{m}</th>" for m in MONTHS) + "<th>2025</th><th>2024</th></tr>")
add("</thead><tbody>")
RAG2 = {}
for d in DISTRICTS:
    RAG2[d] = (rag(half[d]), trend(half[d], PREV_RATE[d]))
    chg = rnd(half[d], 1) - PREV_RATE[d]
    add(f'<tr><td class="lbl">{d}</td>' + "".join(f"<td>{v:.1f}</td>" for v in rates[d]) +
        f"<td>{half[d]:.1f}</td><td>{PREV_RATE[d]:.1f}</td><td>{num(chg, 1, plus=True)}</td>"
        f'<td class="rag-{RAG2[d][0].lower()}">{RAG2[d][0]}</td><td>{RAG2[d][1]}</td></tr>')
add("</tbody>")
RAG2["all"] = (rag(all_half), trend(all_half, PREV_ALL))
add('<tfoot><tr><td class="lbl">Castermere</td>' + "".join(f"<td>{v:.1f}</td>" for v in all_m) +
    f"<td>{all_half:.1f}</td><td>{PREV_ALL:.1f}</td><td>{num(rnd(all_half, 1) - PREV_ALL, 1, plus=True)}</td>"
    f"<td>{RAG2['all'][0]}</td><td>{RAG2['all'][1]}</td></tr></tfoot>")
add("</table>")
add(f'<p class="note">RAG: Green = at or above the target of {TARGET:.1f}%; Amber = 45.0% to {TARGET - 0.1:.1f}%; '
    "Red = below 45.0%. Trend compares April to September 2025 with the same period of 2024 (Stable = within "
    "0.3 percentage points).</p>")
best = max(DISTRICTS, key=lambda d: half[d])
worst = min(DISTRICTS, key=lambda d: half[d])
p("4.4", f"{best} had the highest recycling rate ({half[best]:.1f}%) and {worst} the lowest ({half[worst]:.1f}%). "
  f"{worst}'s rate is expected to rise by around four percentage points once food waste collections begin. "
  "Rates for all districts dipped in August and September as garden waste tonnages fell.")
p("4.5", "HWRCs received 412,600 visits between April and September 2025. The re-use shop at the Holmcaster HWRC "
  "sold 38 tonnes of furniture, bicycles and household items. The HWRC recycling rate is reported annually and "
  "will be included in the year-end report.")

# Table 3: contamination
add("<h2>5. Contamination of dry recycling</h2>")
q1 = {d: sum(DRY[d][0:3]) for d in DISTRICTS}
q2 = {d: sum(DRY[d][3:6]) for d in DISTRICTS}
rej = {d: q1[d] * CONTAM[d][0] / 100 + q2[d] * CONTAM[d][1] / 100 for d in DISTRICTS}
rej_r = {d: int(rnd(rej[d], 0)) for d in DISTRICTS}
cost = {d: rej_r[d] * REJECT_COST / 1000 for d in DISTRICTS}
q1t, q2t, rejt = sum(q1.values()), sum(q2.values()), sum(rej_r.values())
c1t = sum(q1[d] * CONTAM[d][0] for d in DISTRICTS) / q1t
c2t = sum(q2[d] * CONTAM[d][1] for d in DISTRICTS) / q2t
costt = sum(rnd(cost[d], 1) for d in DISTRICTS)
p("5.1", "Contamination is material placed in recycling bins that the MRF cannot recycle. It is removed at the MRF "
  f"and sent to the EfW facility, at a combined cost of £{REJECT_COST:.2f} per tonne. Contamination rates are "
  "measured by sampling loads from each district every week.")
add('<table id="table3">')
add("<caption>Table 3: Contamination of kerbside dry recycling, April to September 2025</caption>")
add("<thead>")
add('<tr><th class="lbl" rowspan="2">District</th><th colspan="2">Dry recycling delivered (tonnes)</th>'
    '<th colspan="2">Contamination rate (%)</th><th rowspan="2">Estimated tonnes rejected</th>'
    '<th rowspan="2">Cost of rejected material (£000)</th><th rowspan="2">RAG (Q2)</th></tr>')
add("<tr><th>Q1</th><th>Q2</th><th>Q1</th><th>Q2</th></tr>")
add("</thead><tbody>")


def rag_c(v):
    return "Green" if v <= 10.0 else ("Amber" if v <= 15.0 else "Red")


for d in DISTRICTS:
    add(f'<tr><td class="lbl">{d}</td><td>{num(q1[d])}</td><td>{num(q2[d])}</td><td>{CONTAM[d][0]:.1f}</td>'
        f"<td>{CONTAM[d][1]:.1f}</td><td>{num(rej_r[d])}</td><td>{num(cost[d], 1)}</td>"
        f"<td>{rag_c(CONTAM[d][1])}</td></tr>")
add("</tbody>")
add(f'<tfoot><tr><td class="lbl">Castermere</td><td>{num(q1t)}</td><td>{num(q2t)}</td><td>{c1t:.1f}</td>'
    f"<td>{c2t:.1f}</td><td>{num(rejt)}</td><td>{num(costt, 1)}</td><td>{rag_c(rnd(c2t, 1))}</td></tr></tfoot>")
add("</table>")
add('<p class="note">RAG: Green = 10.0% or below; Amber = 10.1% to 15.0%; Red = above 15.0%. Estimated tonnes '
    "rejected = tonnes delivered multiplied by the sampled contamination rate for each quarter.</p>")
worse = [d for d in DISTRICTS if CONTAM[d][1] > CONTAM[d][0]]
p("5.2", f"Contamination rose between Quarter 1 and Quarter 2 in {', '.join(worse[:-1])} and {worse[-1]}. Ellsmoor "
  "remains the only district rated Red. The MRF operator has warned that loads above 20% contamination may be "
  "rejected in full from April 2026.")
p("5.3", "The main contaminants found in MRF sampling in Quarter 2 were as follows:")
ul(["recycling presented in plastic sacks (bagged recycling) – 24% of contamination by weight;",
    "food and liquid left in containers – 19%;",
    "textiles, clothing and shoes – 14%;",
    "nappies and hygiene products – 11%; and",
    "small electrical items and batteries – 6%."])
p("5.4", "Batteries are a particular concern because they cause fires in collection vehicles and at the MRF. "
  "There were three vehicle fires in the county in the first half of the year, none of which caused injury.")
p("5.5", "Actions agreed by the partnership to reduce contamination include:")
ul(["bin-tagging crews in Ellsmoor and Drennington, leaving advice tags on contaminated bins and "
    "not emptying bins after three warnings;",
    "a county-wide 'Check it before you chuck it' campaign from January 2026, funded from EPR payments;",
    "free battery collection bags delivered with council tax bills in March 2026; and",
    "quarterly contamination reports to each district's portfolio holder."])

# Table 4: cost per tonne
add("<h2>6. Costs</h2>")
p("6.1", "Table 4 shows the unit cost of each treatment and disposal route. Gate fees are set by contract and "
  "rise each April in line with inflation indices; the landfill figure includes landfill tax of £126.15 per "
  "tonne from April 2025.")
add('<table id="table4">')
add("<caption>Table 4: Cost per tonne by treatment route (£ per tonne)</caption>")
add('<thead><tr><th class="lbl" rowspan="2">Treatment route</th><th colspan="2">Actual</th>'
    '<th colspan="3">2025-26</th></tr>')
add("<tr><th>2023-24</th><th>2024-25</th><th>Budget</th><th>Forecast</th><th>Forecast less budget</th></tr></thead>")
add("<tbody>")
for r in COST_PT:
    diff = float(r[4]) - float(r[3])
    add(f'<tr><td class="lbl">{r[0]}</td>' + "".join(f"<td>{v}</td>" for v in r[1:]) +
        f"<td>{num(diff, 2, dash_zero=True)}</td></tr>")
add("</tbody></table>")
add('<p class="note">n/a – route not used in that year. The anaerobic digestion contract started on 1 April '
    "2025.</p>")
p("6.2", "The MRF gate fee is forecast to be higher than budgeted because lower prices for recovered paper and "
  "card have reduced the income share credited to the partnership. The landfill rate applies only to material "
  "that cannot be sent to the EfW facility during its planned maintenance shutdowns.")

# Table 5: budget (units in caption only)
var = B_TOT[1] - B_TOT[0]
p("6.3", f"The county council's waste disposal budget for 2025-26 is £{num(B_TOT[0] / 1000, 1)}m and the forecast "
  f"outturn is £{num(B_TOT[1] / 1000, 1)}m, an overspend of £{num(var / 1000, 2)}m. The main pressures are the "
  "EfW contract, where residual tonnages are higher than budgeted, and MRF gate fees.")
add('<table id="table5">')
add("<caption>Table 5: Waste disposal budget 2025-26, forecast at month 6 (£000s)</caption>")
add('<thead><tr><th class="lbl">Budget line</th><th>Budget</th><th>Forecast</th><th>Variance</th></tr></thead>')
for g, rows in BUDGET:
    add("<tbody>")
    add(f'<tr class="group"><th colspan="4">{g}</th></tr>')
    for name, b, f in rows:
        add(f'<tr><td class="lbl">{name}</td><td>{num(b)}</td><td>{num(f)}</td><td>{num(f - b, dash_zero=True)}</td></tr>')
    b, f = B_SUB[g]
    add(f'<tr class="subtotal"><td class="lbl">Subtotal</td><td>{num(b)}</td><td>{num(f)}</td><td>{num(f - b)}</td></tr>')
    add("</tbody>")
add(f'<tfoot><tr><td class="lbl">Total waste disposal budget</td><td>{num(B_TOT[0])}</td><td>{num(B_TOT[1])}</td>'
    f"<td>{num(var)}</td></tr></tfoot>")
add("</table>")
add('<p class="note">Variance: overspend positive, underspend in brackets. Income is shown as a negative budget.</p>')
p("6.4", "Recycling credits are paid to the districts for each tonne of household waste they recycle, at £58.40 "
  "per tonne in 2025-26. The forecast has risen because dry recycling tonnages are above the budget assumption.")

add("<h2>7. Other matters</h2>")
p("7.1", "Fly-tipping incidents and enforcement action are reported separately to each district's scrutiny "
  "committee and are not included in this report.")
p("7.2", "The EfW facility was closed for planned maintenance from 8 to 21 September 2025. During the shutdown "
  "residual waste was diverted to landfill, which explains most of the landfill spend this year.")
p("7.3", "The next performance report, covering October to December 2025, will be presented to the Board in "
  "February 2026.")

add("<h2>Glossary</h2><dl>")
for k, v in [("AD", "Anaerobic digestion"), ("EfW", "Energy from Waste"), ("EPR", "Extended Producer Responsibility"),
             ("HWRC", "Household Waste Recycling Centre"), ("MRF", "Materials Recovery Facility"),
             ("WCA", "Waste Collection Authority"), ("WDA", "Waste Disposal Authority")]:
    add(f"<dt>{k}</dt><dd>{v}</dd>")
add("</dl>")
add("<p>Contact: Priya Lindqvist, Head of Waste Strategy, Castermere County Council, "
    "waste.strategy@castermere.gov.example</p>")
add("</main></body></html>")

open(FILE, "w", encoding="utf-8").write("\n".join(h))
print("wrote", FILE)
print("half", {d: round(half[d], 2) for d in DISTRICTS}, round(all_half, 2), RAG2)
print("monthly rates", {d: [round(x, 1) for x in rates[d]] for d in DISTRICTS}, [round(x, 1) for x in all_m])
print("contam", q1, q2, rej, rej_r, cost, c1t, c2t, costt)
print("budget", B_SUB, B_TOT)
