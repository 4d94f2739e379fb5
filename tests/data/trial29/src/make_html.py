"""Paper 3: Director of Public Health annual report 2025 – healthy life expectancy and inequalities (HTML)."""
import json, os
from common import *

OUT = os.path.join(os.path.dirname(__file__), "..", "t29_dph_annual_report_2025.html")
facts = {}

# LE and HLE 2021-23 by district: (male LE, male HLE, female LE, female HLE)
le = {"Kestlow": (77.9, 60.1, 81.8, 61.4), "Hallbeck": (80.4, 65.8, 84.0, 66.9), "Dunmere": (78.6, 61.7, 82.5, 62.3),
      "Ashcombe Vale": (81.2, 67.3, 84.6, 68.1), "Thornsey": (79.3, 63.0, 83.1, 63.8)}
le_county = ("Caldmoor", (79.5, 63.6, 83.2, 64.5)); le_eng = ("England", (79.1, 61.5, 83.1, 61.9))
# HLE trend by district: male 2015-17, 2018-20, 2021-23 ; female same; trend word
trend = {"Kestlow": ((61.8, 61.0, 60.1), (63.0, 62.2, 61.4), "Worsening"),
         "Hallbeck": ((65.2, 65.9, 65.8), (66.5, 67.0, 66.9), "No significant change"),
         "Dunmere": ((62.9, 62.5, 61.7), (63.6, 63.1, 62.3), "Worsening"),
         "Ashcombe Vale": ((66.1, 66.8, 67.3), (67.0, 67.6, 68.1), "Improving"),
         "Thornsey": ((63.4, 63.1, 63.0), (64.1, 63.7, 63.8), "No significant change")}
trend_county = ((64.0, 63.9, 63.6), (64.9, 64.8, 64.5), "No significant change")
for d in DISTRICTS:
    assert trend[d][0][2] == le[d][1] and trend[d][1][2] == le[d][3]
# deprivation deciles: decile -> (population, male HLE, female HLE, male LE, female LE)
dec = {1: (52300, 54.2, 54.9, 74.6, 79.2), 2: (61800, 57.1, 57.8, 76.1, 80.4), 3: (58400, 59.8, 60.6, 77.3, 81.3),
       4: (63900, 61.9, 62.8, 78.2, 82.0), 5: (66200, 63.4, 64.3, 79.0, 82.8), 6: (67500, 64.8, 65.9, 79.8, 83.4),
       7: (64100, 66.0, 67.1, 80.5, 84.1), 8: (69800, 67.5, 68.6, 81.6, 84.9), 9: (70400, 68.9, 70.0, 82.7, 85.6),
       10: (65600, 70.3, 71.4, 84.1, 86.5)}
assert sum(v[0] for v in dec.values()) == 640000
groups = [("Most deprived 30%", [1, 2, 3]), ("Middle 40%", [4, 5, 6, 7]), ("Least deprived 30%", [8, 9, 10])]
causes = [("Circulatory disease", 2.3, 1.6), ("Cancer", 2.0, 1.7), ("Respiratory disease", 1.5, 1.4), ("Digestive disease (incl. liver)", 0.9, 0.6),
          ("External causes (injury, poisoning, suicide)", 1.1, 0.4), ("Mental and behavioural (incl. dementia)", 0.4, 0.5),
          ("Deaths under 28 days", 0.3, 0.2), ("Other causes", 1.0, 0.9)]
gap_m = round(dec[10][3] - dec[1][3], 1); gap_f = round(dec[10][4] - dec[1][4], 1)
assert round(sum(c[1] for c in causes), 1) == gap_m and round(sum(c[2] for c in causes), 1) == gap_f
risk = [  # measure, unit/period, values by district + county
    ("Smoking prevalence in adults", "% (2024)", ["17.9%", "9.8%", "15.6%", "8.4%", "12.1%", "12.6%"]),
    ("Adults classified as overweight or obese", "% (2023-24)", ["68.2%", "61.4%", "66.9%", "59.7%", "64.0%", "63.8%"]),
    ("Physically inactive adults", "% (2023-24)", ["27.5%", "19.2%", "25.8%", "18.1%", "22.4%", "22.5%"]),
    ("Alcohol-specific hospital admissions", "rate per 100,000 (2023-24)", ["712", "398", "655", "n/a", "521", "548"]),
    ("Children in relative low-income families", "% under 16 (2023-24)", ["24.6%", "12.3%", "21.9%", "10.7%", "16.8%", "17.1%"]),
    ("Fuel poverty", "% households (2023)", ["15.2%", "9.6%", "14.1%", "8.9%", "11.7%", "11.9%"])]

def td(v, cls="num"):
    return f'<td class="{cls}">{v}</td>'

h = []
h.append("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Director of Public Health Annual Report 2025: Healthy Years – Caldmoor County Council</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;line-height:1.45;color:#1b1b1b}
table{border-collapse:collapse;margin:1em 0 0.4em 0;font-size:0.92em}
th,td{border:1px solid #b8b8b8;padding:0.25em 0.5em}
thead th{background:#e6eef5}
td.num{text-align:right}
tr.group th{background:#f3f3f3;text-align:left;font-style:italic}
tr.subtotal td, tr.subtotal th{font-weight:bold}
tfoot td, tfoot th{font-weight:bold;border-top:2px solid #333}
caption{font-weight:bold;text-align:left;padding-bottom:0.3em}
p.source{font-size:0.85em;color:#444}
nav.breadcrumb{font-size:0.85em}
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/health">Health and social care</a> &gt; <a href="/health/public-health">Public health</a> &gt; Annual report 2025</nav>
<header>
<h1>Healthy Years: Director of Public Health Annual Report 2025</h1>
<p>Caldmoor County Council · Published 14 October 2025 · Presented to the Caldmoor Health and Wellbeing Board on 4 December 2025</p>
</header>
<main>
<section id="foreword">
<h2>Foreword</h2>
<p>Each year the Director of Public Health (DPH) must publish an independent report on the health of the local population. This year I have chosen to focus on healthy life expectancy – the number of years a person can expect to live in good health – and on how unequally those healthy years are shared across Caldmoor.</p>
<p>The headline is stark. A man born today in the most deprived tenth of neighbourhoods in Caldmoor can expect to live 16.1 fewer years in good health than a man born in the least deprived tenth. For women the gap is 16.5 years. Put simply, where you live in our county still shapes how long you will stay well.</p>
<p>– Dr Priya Venkataraman-Hale, Director of Public Health for Caldmoor</p>
</section>
<section id="s1">
<h2>1. About this report</h2>
<p>1.1 This report uses the Office for National Statistics (ONS) measures of life expectancy (LE) and healthy life expectancy (HLE) at birth for the three-year period 2021 to 2023, the latest available, together with local estimates by deprivation decile produced by the Caldmoor public health intelligence team.</p>
<p>1.2 Deprivation is measured using the English Indices of Deprivation 2019 (IMD). Each neighbourhood (lower layer super output area) in Caldmoor is placed in a national decile, where decile 1 is the most deprived 10% of neighbourhoods in England and decile 10 the least deprived.</p>
<p>1.3 Estimates for small populations have wide confidence intervals. Differences of less than about 1.5 years between districts should be treated with caution.</p>
</section>
<section id="s2">
<h2>2. Healthy life expectancy across Caldmoor</h2>
<p>2.1 In 2021-23 healthy life expectancy at birth in Caldmoor was 63.6 years for males and 64.5 years for females, slightly above the England averages of 61.5 and 61.9 years. Women in Caldmoor live longer than men but spend more of their lives in poor health: 18.7 years compared with 15.9 years for men.</p>
<p>2.2 There is a wide gap between districts (Table 1). Male HLE ranges from 60.1 years in Kestlow to 67.3 years in Ashcombe Vale, a difference of 7.2 years. Kestlow is the only district where male HLE is below the England average; Dunmere is only just above it.</p>
""")
# Table 1
h.append('<table id="table1">\n<caption>Table 1: Life expectancy and healthy life expectancy at birth by district, 2021-23 (years)</caption>\n<thead>\n<tr><th rowspan="2" scope="col">Area</th><th colspan="3" scope="colgroup">Males</th><th colspan="3" scope="colgroup">Females</th></tr>\n<tr><th>Life expectancy</th><th>Healthy life expectancy</th><th>Years in poor health</th><th>Life expectancy</th><th>Healthy life expectancy</th><th>Years in poor health</th></tr>\n</thead>\n<tbody>')
t1 = {}
for d in DISTRICTS:
    a, b, c, e = le[d]
    t1[d] = (a, b, round(a - b, 1), c, e, round(c - e, 1))
    h.append(f'<tr><th scope="row">{d}</th>' + "".join(td(f"{x:.1f}") for x in t1[d]) + "</tr>")
h.append("</tbody>\n<tfoot>")
for name, (a, b, c, e) in (le_county, le_eng):
    t1[name] = (a, b, round(a - b, 1), c, e, round(c - e, 1))
    h.append(f'<tr><th scope="row">{name}</th>' + "".join(td(f"{x:.1f}") for x in t1[name]) + "</tr>")
h.append("</tfoot>\n</table>")
h.append('<p class="source">Source: ONS, Health state life expectancies by local areas, 2021 to 2023. Years in poor health = life expectancy minus healthy life expectancy.</p>')
facts["table1"] = t1

h.append("""<p>2.3 Table 2 shows how male and female HLE have changed over three periods. HLE has fallen in Kestlow and Dunmere since 2015-17, for both sexes, while it has improved in Ashcombe Vale. Across the county as a whole there has been no significant change.</p>""")
h.append('<table id="table2">\n<caption>Table 2: Healthy life expectancy at birth by district, 2015-17 to 2021-23 (years)</caption>\n<thead>\n<tr><th rowspan="2">District</th><th colspan="3">Males</th><th colspan="3">Females</th><th rowspan="2">Trend</th></tr>\n<tr><th>2015-17</th><th>2018-20</th><th>2021-23</th><th>2015-17</th><th>2018-20</th><th>2021-23</th></tr>\n</thead>\n<tbody>')
for d in DISTRICTS:
    m, f, w = trend[d]
    h.append(f"<tr><th scope=\"row\">{d}</th>" + "".join(td(f"{x:.1f}") for x in m + f) + f"<td>{w}</td></tr>")
h.append("</tbody>\n<tfoot>")
m, f, w = trend_county
h.append("<tr><th scope=\"row\">Caldmoor</th>" + "".join(td(f"{x:.1f}") for x in m + f) + f"<td>{w}</td></tr>")
h.append("</tfoot>\n</table>")
h.append('<p class="source">Trend assessed on the change between 2015-17 and 2021-23, taking account of 95% confidence intervals.</p>')
facts["table2"] = {**{d: trend[d] for d in DISTRICTS}, "Caldmoor": trend_county}

h.append("""</section>
<section id="s3">
<h2>3. Inequalities by deprivation</h2>
<p>3.1 Healthy life expectancy rises steadily with each step from the most to the least deprived decile (Table 3). Around 172,500 Caldmoor residents – 27% of the population – live in the three most deprived deciles, most of them in Kestlow and Dunmere.</p>
<p>3.2 The slope index of inequality (SII), which measures the gap across the whole deprivation range rather than just between the two extremes, is 17.4 years for male HLE and 17.9 years for female HLE. Both have widened since 2015-17, when they were 15.8 and 16.2 years respectively.</p>
""")
h.append('<table id="table3">\n<caption>Table 3: Life expectancy and healthy life expectancy at birth by deprivation decile, Caldmoor, 2021-23</caption>\n<thead>\n<tr><th rowspan="2">Deprivation group</th><th rowspan="2">IMD decile</th><th rowspan="2">Population (mid-2023)</th><th colspan="2">Healthy life expectancy (years)</th><th colspan="2">Life expectancy (years)</th></tr>\n<tr><th>Males</th><th>Females</th><th>Males</th><th>Females</th></tr>\n</thead>')
t3 = {}
for gname, ds in groups:
    h.append("<tbody>")
    for i, dd in enumerate(ds):
        p, mh, fh, ml, fl = dec[dd]
        label = f"Decile {dd}" + (" (most deprived)" if dd == 1 else (" (least deprived)" if dd == 10 else ""))
        first = f'<th rowspan="{len(ds) + 1}" scope="rowgroup">{gname}</th>' if i == 0 else ""
        h.append(f"<tr>{first}<td>{label}</td>{td(fint(p))}{td(f'{mh:.1f}')}{td(f'{fh:.1f}')}{td(f'{ml:.1f}')}{td(f'{fl:.1f}')}</tr>")
        t3[label] = dec[dd]
    P = sum(dec[x][0] for x in ds)
    w = [round(sum(dec[x][0] * dec[x][k] for x in ds) / P, 1) for k in (1, 2, 3, 4)]
    h.append(f'<tr class="subtotal"><td>Subtotal: {gname.lower()}</td>{td(fint(P))}' + "".join(td(f"{x:.1f}") for x in w) + "</tr>")
    t3["Subtotal: " + gname.lower()] = (P, *w)
    h.append("</tbody>")
h.append(f'<tfoot><tr><th colspan="2">Caldmoor total</th>{td(fint(640000))}{td("63.6")}{td("64.5")}{td("79.5")}{td("83.2")}</tr></tfoot>\n</table>')
h.append('<p class="source">Subtotal rows show population-weighted averages. Decile figures are local estimates and are not directly comparable with the ONS district figures in Table 1.</p>')
facts["table3"] = t3

h.append(f"""<p>3.3 Life expectancy for males is {gap_m} years lower in decile 1 than in decile 10, and for females {gap_f} years lower. Table 4 breaks this gap down by the causes of death that contribute to it. Circulatory disease and cancer together account for more than 40% of the gap for both sexes.</p>""")
h.append('<table id="table4">\n<caption>Table 4: Causes of death contributing to the life expectancy gap between the most and least deprived deciles, 2021-23</caption>\n<thead>\n<tr><th rowspan="2">Cause of death</th><th colspan="2">Males</th><th colspan="2">Females</th></tr>\n<tr><th>Years</th><th>% of gap</th><th>Years</th><th>% of gap</th></tr>\n</thead>\n<tbody>')
t4 = {}
for n, m, f in causes:
    t4[n] = (m, round(m / gap_m * 100, 1), f, round(f / gap_f * 100, 1))
    h.append(f"<tr><td>{n}</td>{td(f'{m:.1f}')}{td(pct(m / gap_m * 100))}{td(f'{f:.1f}')}{td(pct(f / gap_f * 100))}</tr>")
h.append(f'</tbody>\n<tfoot><tr><th scope="row">Total gap in life expectancy</th>{td(f"{gap_m:.1f}")}{td("100.0%")}{td(f"{gap_f:.1f}")}{td("100.0%")}</tr></tfoot>\n</table>')
facts["table4"] = t4; facts["gap"] = (gap_m, gap_f)
h.append('<p class="source">Source: Caldmoor public health intelligence, segment tool method applied to local mortality data. Percentages may not sum to 100 because of rounding.</p>')

h.append("""</section>
<section id="s4">
<h2>4. What drives the differences</h2>
<p>4.1 Much of the gap in healthy years is explained by differences in the wider determinants of health – income, housing, education and work – and by behaviours that are themselves shaped by those conditions. Table 5 shows selected risk factors for each district.</p>
""")
h.append('<table id="table5">\n<caption>Table 5: Selected risk factors and wider determinants by district</caption>\n<thead>\n<tr><th rowspan="2">Measure</th><th rowspan="2">Unit (period)</th><th colspan="5">District</th><th rowspan="2">Caldmoor</th></tr>\n<tr>' + "".join(f"<th>{d}</th>" for d in DISTRICTS) + "</tr>\n</thead>\n<tbody>")
h.append('<tr class="group"><th colspan="8">Behavioural risk factors</th></tr>')
t5 = {}
for i, (n, u, vals) in enumerate(risk):
    if i == 4:
        h.append('<tr class="group"><th colspan="8">Wider determinants</th></tr>')
    h.append(f"<tr><td>{n}</td><td>{u}</td>" + "".join(td(v) for v in vals) + "</tr>")
    t5[n] = vals
h.append("</tbody>\n</table>")
h.append('<p class="source">n/a: figure suppressed because of a change in hospital coding practice at the Ashcombe Vale site during 2023-24. Sources: Annual Population Survey; Active Lives Survey; Hospital Episode Statistics; DWP; DESNZ.</p>')
facts["table5"] = t5

h.append("""<p>4.2 Smoking remains the single largest preventable cause of the gap. Nearly one adult in five smokes in Kestlow, more than twice the rate in Ashcombe Vale. Smoking rates among people in routine and manual occupations in Caldmoor are estimated at 21.3%.</p>
<p>4.3 Other factors that local residents told us matter to their health include:</p>
<ul>
<li>the cost of heating and damp, poorly insulated homes, particularly in older terraced housing in Kestlow;</li>
<li>limited bus services in rural Thornsey and Dunmere, making it hard to reach GP surgeries and leisure centres;</li>
<li>loneliness and social isolation among older people living alone; and</li>
<li>long waits for mental health support for children and young people.</li>
</ul>
</section>
<section id="s5">
<h2>5. What we are doing</h2>
<p>5.1 The Caldmoor Health and Wellbeing Strategy 2024-2029 has set an ambition to increase healthy life expectancy by two years by 2035 and to narrow the gap between the most and least deprived areas. Work under way includes:</p>
<ul>
<li>the Smokefree Caldmoor programme, which helped 2,184 people to quit smoking in 2024-25, a 58% quit rate at four weeks;</li>
<li>the NHS Health Check programme, where uptake in 2024-25 was 41.2% of those invited;</li>
<li>the Warm Homes Caldmoor scheme, which insulated 612 homes in Kestlow and Dunmere in 2024-25; and</li>
<li>Active Caldmoor, our physical activity partnership, which now runs free swimming for under-16s in all five districts.</li>
</ul>
<p>5.2 The Council's public health grant for 2025-26 is £34.8m. Around £9.1m of this is spent on drug and alcohol treatment and £7.6m on the healthy child programme for 0 to 19 year olds.</p>
</section>
<section id="s6">
<h2>6. Recommendations</h2>
<p>6.1 I recommend that:</p>
<ol>
<li>the Health and Wellbeing Board adopts a target to narrow the male HLE gap between decile 1 and decile 10 by one year by 2030;</li>
<li>NHS Caldmoor Integrated Care Board and the Council direct a greater share of prevention funding to Kestlow and Dunmere, in proportion to need;</li>
<li>all five district councils include a health impact assessment in new local plans and major planning decisions; and</li>
<li>partners sign up to the Caldmoor Tobacco Control Declaration by March 2026.</li>
</ol>
<p>6.2 Progress on last year's recommendations, which focused on childhood obesity, is reported in Appendix B (published separately).</p>
</section>
<section id="glossary">
<h2>Glossary</h2>
<dl>
<dt>DPH</dt><dd>Director of Public Health</dd>
<dt>HLE</dt><dd>Healthy life expectancy: the average number of years a person would expect to live in good health, based on how people rate their own health.</dd>
<dt>IMD</dt><dd>Index of Multiple Deprivation, part of the English Indices of Deprivation.</dd>
<dt>LE</dt><dd>Life expectancy at birth.</dd>
<dt>SII</dt><dd>Slope index of inequality: the gap in an outcome between the most and least deprived ends of the population, estimated across all deciles.</dd>
</dl>
</section>
</main>
<footer><p>© Caldmoor County Council 2025. Contact: publichealth@caldmoor.gov.uk</p></footer>
</body>
</html>""")
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(h))
with open(os.path.join(os.path.dirname(__file__), "facts_html.json"), "w") as fh:
    json.dump(facts, fh, indent=1)
print("written", OUT)
