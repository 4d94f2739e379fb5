"""Paper 3: highways and transport asset management report (HTML)."""
import os
from html import escape as e
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t34_highways_asset_management.html")

h = []
A = h.append

A("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Highways and Transport Asset Management: Annual Report 2025 – Orlemere County Council</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; }
table { border-collapse: collapse; margin: 0.5em 0 1.2em 0; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 3px 7px; }
td.n, th.n { text-align: right; }
tr.group th { background: #e6e6e6; text-align: left; font-style: italic; }
tr.subtotal td, tr.subtotal th { font-weight: bold; }
tfoot td, tfoot th { font-weight: bold; border-top: 2px solid #000; }
caption { font-weight: bold; text-align: left; padding-bottom: 4px; }
p.num { margin-left: 2.5em; text-indent: -2.5em; }
.note { font-size: 0.85em; font-style: italic; }
</style>
</head>
<body>
<header>
<p><strong>Orlemere County Council</strong></p>
<p><strong>Cabinet – 9 December 2025</strong></p>
<h1>Highways and Transport Asset Management: Annual Report 2025</h1>
<table class="meta">
<tr><th scope="row">Report of</th><td>Director of Environment and Transport (Gareth Lowther)</td></tr>
<tr><th scope="row">Cabinet Lead Member</th><td>Councillor Nadia Friel, Highways and Transport</td></tr>
<tr><th scope="row">Electoral divisions affected</th><td>All</td></tr>
<tr><th scope="row">Key decision</th><td>Yes – approval of the 2026-27 indicative capital programme</td></tr>
</table>
</header>
<main>
""")


def N(num, text):
    A(f'<p class="num"><span class="pn">{num}</span>&emsp;{text}</p>')


def sec(t):
    A(f"<h2>{e(t)}</h2>")


sec("1. Purpose of the report")
N("1.1", "This report presents the annual update on the condition of the county's highway assets, the "
         "Council's response to potholes during April to September 2025, and progress on the 2025-26 highways "
         "and transport capital programme.")
N("1.2", "Cabinet is asked to note the report and to approve the indicative 2026-27 programme, which will be "
         "confirmed once the Department for Transport (DfT) announces final allocations.")

sec("2. Background")
N("2.1", f"The Council is the highway authority for {fmt(ROAD_LEN)} km of road across the five districts of "
         "Kestlow, Arnbury, Tellingford, Mardle Heath and Pellbridge, together with around 412 bridges, 84,000 "
         "road gullies and 61,500 street lights. The gross replacement cost of the network is estimated at £3.9bn.")
N("2.2", "The Highways Infrastructure Asset Management Plan (HIAMP), refreshed in 2024, sets out how the "
         "Council prioritises maintenance: preventative treatments such as surface dressing are used to keep "
         "roads in a fair condition for longer, rather than waiting for them to fail.")
N("2.3", f"For 2025-26 the Council received {DFT_ALLOC} of highways maintenance capital from the DfT, including "
         "the pothole and incentive elements. The Council retained Band 3, the highest band, in the DfT's "
         "self-assessment of asset management maturity.")

sec("3. Road condition")
N("3.1", "Condition of A, B and C roads is measured each year by machine surveys (SCANNER), and unclassified "
         "roads by a coarse visual inspection (CVI). Table 1 shows the percentage of each class of road where "
         "maintenance should be considered, the national 'red' category.")
A("""<table id="t1">
<caption>Table 1: Road condition by road class, 2021-22 to 2024-25</caption>
<thead>
<tr><th rowspan="2" scope="col">Road class</th><th rowspan="2" class="n" scope="col">Length (km)</th>
<th colspan="4" scope="colgroup">% of network where maintenance should be considered</th>
<th rowspan="2" class="n" scope="col">Change 2023-24 to 2024-25 (pp)</th>
<th rowspan="2" class="n" scope="col">England 2023-24 (%)</th><th rowspan="2" scope="col">RAG</th></tr>
<tr>""" + "".join(f'<th class="n" scope="col">{y}</th>' for y in ROAD_YEARS) + "</tr>\n</thead>\n<tbody>")
for lab, km, vals, eng, rag in ROAD:
    A(f'<tr><th scope="row">{lab}</th><td class="n">{fmt(km)}</td>' +
      "".join(f'<td class="n">{v:.1f}</td>' for v in vals) +
      f'<td class="n">{fmt(vals[3] - vals[2], 1)}</td><td class="n">{eng}</td><td>{rag}</td></tr>')
A(f'</tbody>\n<tfoot><tr><th scope="row">Total network</th><td class="n">{fmt(ROAD_LEN)}</td>'
  + '<td class="n">–</td>' * 4 + '<td class="n">–</td><td class="n">–</td><td>–</td></tr></tfoot>\n</table>')
A('<p class="note">pp = percentage points. A figure in brackets is an improvement (fewer roads in the red '
  'category).</p>')
N("3.2", "A roads improved in 2024-25 after two years of decline, reflecting the concentration of "
         "resurfacing on the principal network. The condition of B and C roads and, in particular, "
         "unclassified roads continues to worsen. Unclassified roads make up more than half of the network "
         "and carry most residential and rural traffic.")
N("3.3", "A footway condition survey was carried out in summer 2025 using a new walked inspection method. "
         "Because the method has changed, the results are not comparable with earlier years and will be "
         "reported to Cabinet in the 2026 annual report.")

sec("4. Potholes")
N("4.1", "Potholes are reported by the public through the 'Report It Orlemere' online tool, by telephone and by "
         "the Council's highway inspectors. Around 62% of reports are now made online. Potholes that present "
         "an immediate danger (category 1) are made safe within 2 hours; the Council's target is to repair all "
         "other potholes (category 2) within 28 days.")
months_q = '<th colspan="3" scope="colgroup">Quarter 1 (April–June 2025)</th>' \
           '<th colspan="3" scope="colgroup">Quarter 2 (July–September 2025)</th>'
month_row = "<tr>" + "".join(f'<th class="n" scope="col">{m}</th>' for m in MONTHS6) + "</tr>"


def pot_table(tid, cap, d, extra=None):
    ncol = 8 + (1 if extra else 0)
    A(f'<table id="{tid}">\n<caption>{cap}</caption>\n<thead>\n<tr><th rowspan="2" scope="col">District</th>'
      + months_q + '<th rowspan="2" class="n" scope="col">Total Apr–Sep</th>'
      + (f'<th rowspan="2" class="n" scope="col">{extra[0]}</th>' if extra else "") + "</tr>\n"
      + month_row + "\n</thead>\n<tbody>")
    tots = []
    for area, names in AREAS:
        A(f'<tr class="group"><th colspan="{ncol}" scope="rowgroup">{area}</th></tr>')
        for n in names:
            v = d[n]
            A(f'<tr><th scope="row">{n}</th>' + "".join(f'<td class="n">{fmt(x)}</td>' for x in v)
              + f'<td class="n">{fmt(sum(v))}</td>'
              + (f'<td class="n">{extra[1][n]:.1f}%</td>' if extra else "") + "</tr>")
        s = area_sum(d, names)
        tots.append(s)
        sub28 = ""
        if extra:
            w = sum(sum(d[n]) * extra[1][n] for n in names) / sum(sum(d[n]) for n in names)
            sub28 = f'<td class="n">{w:.1f}%</td>'
        A(f'<tr class="subtotal"><th scope="row">{area} subtotal</th>' + "".join(
            f'<td class="n">{fmt(x)}</td>' for x in s) + f'<td class="n">{fmt(sum(s))}</td>{sub28}</tr>')
    ct = [a + b for a, b in zip(*tots)]
    tot28 = ""
    if extra:
        w = sum(sum(d[n]) * extra[1][n] for n in d) / sum(sum(d[n]) for n in d)
        tot28 = f'<td class="n">{w:.1f}%</td>'
    A('</tbody>\n<tfoot><tr><th scope="row">County total</th>' + "".join(
        f'<td class="n">{fmt(x)}</td>' for x in ct) + f'<td class="n">{fmt(sum(ct))}</td>{tot28}</tr></tfoot>\n</table>')
    return ct


rep_ct = pot_table("t2", "Table 2: Potholes reported by district and month, April to September 2025", POT_REP)
N("4.2", f"A total of {fmt(sum(rep_ct))} potholes were reported between April and September 2025. Reports were "
         "highest in April, following a wet winter with repeated freeze–thaw cycles, and fell steadily through "
         "the summer before rising slightly in September. Tellingford, which has the largest rural network, "
         "recorded the most reports.")
fix_ct = pot_table("t3", "Table 3: Potholes repaired by district and month, April to September 2025", POT_FIX,
                   extra=("Repaired within 28 days (%)", POT_28D))
N("4.3", f"{fmt(sum(fix_ct))} potholes were repaired over the same period. Tellingford had the lowest proportion "
         "repaired within 28 days, because of the travel times involved on the rural network; an additional "
         "repair gang has been based at the Tellingford depot since August.")
N("4.4", "Claims from road users for vehicle damage caused by potholes are monitored by the Council's insurance "
         "team and are reported to the Audit and Governance Committee.")

sec("5. Capital programme 2025-26")
N("5.1", "Table 4 shows the 2025-26 highways and transport capital programme by scheme, with the forecast at "
         "the end of September (Period 6).")
A("""<table id="t4">
<caption>Table 4: Highways and transport capital programme by scheme, 2025-26</caption>
<thead>
<tr><th rowspan="2" scope="col">Scheme</th><th rowspan="2" scope="col">District</th>
<th colspan="3" scope="colgroup">2025-26 (£000)</th><th rowspan="2" scope="col">RAG</th></tr>
<tr><th class="n" scope="col">Budget</th><th class="n" scope="col">Forecast</th><th class="n" scope="col">Variance</th></tr>
</thead>
<tbody>""")
for (g, rws), sub in zip(CAP_GROUPS, CAP_SUB):
    A(f'<tr class="group"><th colspan="6" scope="rowgroup">{g}</th></tr>')
    for lab, dist, b, f, rag in rws:
        A(f'<tr><th scope="row">{e(lab)}</th><td>{dist}</td><td class="n">{fmt(b)}</td><td class="n">{fmt(f)}</td>'
          f'<td class="n">{fmt(f - b, dash_zero=True)}</td><td>{rag}</td></tr>')
    A(f'<tr class="subtotal"><th scope="row">Subtotal – {g.lower()}</th><td></td><td class="n">{fmt(sub[1])}</td>'
      f'<td class="n">{fmt(sub[2])}</td><td class="n">{fmt(sub[2] - sub[1])}</td><td></td></tr>')
A(f'</tbody>\n<tfoot><tr><th scope="row">Total capital programme</th><td></td><td class="n">{fmt(CAP_TOT[0])}</td>'
  f'<td class="n">{fmt(CAP_TOT[1])}</td><td class="n">{fmt(CAP_TOT[1] - CAP_TOT[0])}</td><td></td></tr></tfoot>\n</table>')
A('<p class="note">Variance: a positive figure is forecast spend above budget; a figure in brackets is forecast '
  'spend below budget (slippage or saving). – = no variance.</p>')
N("5.2", f"The programme is forecast to spend £{CAP_TOT[1]/1000:.1f}m against a budget of £{CAP_TOT[0]/1000:.1f}m. "
         "The main slippage is on the Kestlow station interchange, where Network Rail has moved the "
         "platform works to spring 2026, and on the Pellbridge cycleway, where land negotiations have taken "
         "longer than expected. Slippage will be carried forward into 2026-27.")
N("5.3", "The Tellingford Bridge strengthening scheme is rated red because corrosion found during the works "
         "requires the replacement of two additional deck beams. The extra cost will be met from the "
         "underspend on surface dressing and drainage.")

sec("6. Other highway assets")
N("6.1", f"The conversion of street lights to LED is {LED_PCT} complete, and the remaining lanterns will be "
         "replaced by March 2026. The conversion has reduced the Council's street lighting energy use by "
         "more than half since 2019.")
N("6.2", "Gullies on roads with a history of flooding are cleansed every year, and all other gullies at least "
         "once every three years.")

sec("7. Challenges")
N("7.1", "The main challenges facing the highway service include:")
A("<ul>")
for it in ["construction inflation, which has reduced what each pound of capital funding can buy;",
           "more frequent extreme weather, causing flooding damage and faster deterioration of road surfaces;",
           "a growing backlog on unclassified roads, estimated at £118m to bring them to a good condition;",
           "uncertainty about DfT funding beyond 2026-27."]:
    A(f"<li>{e(it)}</li>")
A("</ul>")

sec("8. Recommendations")
A("<p>Cabinet is recommended to:</p>\n<ol>")
for it in ["note the condition of the highway network and the pothole performance set out in this report;",
           "approve the indicative 2026-27 highways capital programme of £27.3m, subject to DfT allocations;",
           "approve the carry forward of slippage on the Kestlow station interchange and Pellbridge cycleway "
           "into 2026-27;",
           "delegate to the Director of Environment and Transport, after consulting the Cabinet Lead Member, "
           "the allocation of any additional in-year DfT funding."]:
    A(f"<li>{e(it)}</li>")
A("</ol>")

sec("Glossary")
A("<dl>")
for t, d in [("CVI", "Coarse visual inspection – a survey of road condition by an inspector in a slow-moving "
                     "vehicle"),
             ("DfT", "Department for Transport"),
             ("HIAMP", "Highways Infrastructure Asset Management Plan"),
             ("pp", "Percentage points"),
             ("RAG", "Red, amber, green rating"),
             ("SCANNER", "Surface Condition Assessment for the National Network of Roads – a machine survey")]:
    A(f"<dt>{t}</dt><dd>{e(d)}</dd>")
A("</dl>\n</main>\n<footer><p class=\"note\">Contact: Highways Asset Manager, highways@orlemere.gov.uk</p></footer>\n"
  "</body>\n</html>")

open(OUT, "w", encoding="utf-8").write("\n".join(h))
print("wrote", OUT)
