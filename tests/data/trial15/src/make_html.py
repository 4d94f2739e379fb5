"""Generate t15_jsna_key_facts_2025.html (fictional Wystanbury Health and Wellbeing Board).

All places, people and figures are invented.
Run: /tmp/t15venv/bin/python src/make_html.py   (from the trial15 directory)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "t15_jsna_key_facts_2025.html")

# ------------------------------------------------------------------ population
POP = [  # locality, total, aged 0-15, aged 65+
    ("Wystanbury Central", 118450, 22390, 19780),
    ("Caldmoor", 64210, 12650, 11300),
    ("Pendrick", 38920, 6390, 9460),
    ("Astley Fen", 27340, 4760, 6890),
    ("Greyhithe", 31675, 5830, 6620),
    ("Orrisby", 19805, 3010, 6040),
]


def n(x):
    return "{:,}".format(x)


def pc(a, b):
    return "{:.1f}%".format(100.0 * a / b)


pop_rows = []
for loc, tot, kids, old in POP:
    pop_rows.append(f"<tr><th scope=\"row\">{loc}</th><td>{n(tot)}</td><td>{n(kids)}</td><td>{pc(kids, tot)}</td>"
                    f"<td>{n(old)}</td><td>{pc(old, tot)}</td></tr>")
T = sum(p[1] for p in POP)
K = sum(p[2] for p in POP)
O = sum(p[3] for p in POP)
pop_rows.append(f"<tr class=\"total\"><th scope=\"row\">Wystanbury borough</th><td>{n(T)}</td><td>{n(K)}</td>"
                f"<td>{pc(K, T)}</td><td>{n(O)}</td><td>{pc(O, T)}</td></tr>")
pop_rows.append("<tr><th scope=\"row\">England</th><td>\u2013</td><td>\u2013</td><td>18.5%</td><td>\u2013</td>"
                "<td>18.7%</td></tr>")
POP_TABLE = "\n".join(pop_rows)

HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Wystanbury JSNA 2025: Key Facts</title>
<style>
body {{ font-family: Arial, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em 0; }}
th, td {{ border: 1px solid #777; padding: 3px 7px; text-align: right; }}
th[scope=row], td.label {{ text-align: left; }}
thead th {{ background: #dde4ee; text-align: center; }}
caption {{ font-weight: bold; text-align: left; padding-bottom: 4px; }}
tr.group th {{ background: #f0f0f0; text-align: left; }}
tr.total {{ font-weight: bold; }}
.worse {{ background: #f4b6b6; }} .similar {{ background: #fbe2a8; }} .better {{ background: #c6e6c1; }}
.keyfacts {{ border: 1px solid #999; padding: 0.5em 1em; background: #fafafa; }}
</style>
</head>
<body>
<header>
<p>Wystanbury Health and Wellbeing Board &ndash; 21 January 2026 &ndash; Item 6</p>
<h1>Joint Strategic Needs Assessment (JSNA) 2025: Key Facts</h1>
<p><strong>Presented by:</strong> Dr Alana Prewitt, Director of Public Health, Wystanbury Borough Council<br>
<strong>Status:</strong> For approval and publication</p>
</header>

<main>
<section id="s1">
<h2>1. Purpose</h2>
<p>1.1 This paper summarises the key facts from the 2025 refresh of the Joint Strategic Needs Assessment (JSNA) for
Wystanbury. The JSNA is the shared evidence base used by Wystanbury Borough Council, the Wystan and Sedgemarsh
Integrated Care Board (ICB) and partners to plan services and to set the priorities in the Joint Local Health and
Wellbeing Strategy.</p>
<p>1.2 Data are the latest available at October 2025 and come mainly from the Office for National Statistics (ONS)
and the Fingertips public health profiles published by the Office for Health Improvement and Disparities (OHID).
Comparisons with England are based on 95% confidence intervals: <em>Better</em>, <em>Similar</em> or <em>Worse</em>
than England.</p>
</section>

<section id="s2">
<h2>2. Recommendations</h2>
<p>2.1 The Health and Wellbeing Board is asked to:</p>
<ol>
<li>approve the JSNA 2025 Key Facts summary for publication on the Wystanbury Insight website;</li>
<li>agree that reducing the gap in healthy life expectancy between Caldmoor and the rest of the borough is the
overarching priority for the 2026&ndash;2030 Health and Wellbeing Strategy;</li>
<li>ask the ICB and Council to jointly commission a targeted tobacco dependency service for pregnant women;</li>
<li>endorse the three new JSNA deep-dive topics for 2026: childhood obesity, dementia and fuel poverty.</li>
</ol>
</section>

<section id="s3">
<h2>3. Key facts at a glance</h2>
<div class="keyfacts">
<ul>
<li>Resident population (mid-2024): {n(T)}</li>
<li>Population growth since the 2021 Census: 3.4%</li>
<li>Residents aged 65 and over: {pc(O, T)}</li>
<li>Life expectancy gap between most and least deprived areas (men): 9.9 years</li>
<li>Lower layer super output areas (LSOAs) in the most deprived 20% in England: 34 of 178</li>
<li>Children in relative low income families: 21.3%</li>
</ul>
</div>
</section>

<section id="s4">
<h2>4. Population</h2>
<p>4.1 Wystanbury had an estimated resident population of {n(T)} at mid-2024, an increase of 3.4% since the 2021
Census. The borough is older than England on average: {pc(O, T)} of residents are aged 65 and over, compared with
18.7% nationally. Orrisby and Astley Fen have the oldest populations, with more than a quarter of residents aged
65 or over.</p>
<table id="t1">
<caption>Table 1: Resident population by locality, mid-2024 (number and % of locality population)</caption>
<thead>
<tr><th rowspan="2" scope="col">Locality</th><th rowspan="2" scope="col">All ages</th>
<th colspan="2" scope="colgroup">Children aged 0&ndash;15</th><th colspan="2" scope="colgroup">Adults aged 65+</th></tr>
<tr><th scope="col">Number</th><th scope="col">%</th><th scope="col">Number</th><th scope="col">%</th></tr>
</thead>
<tbody>
{POP_TABLE}
</tbody>
</table>
</section>

<section id="s5">
<h2>5. Life expectancy and inequalities</h2>
<p>5.1 Life expectancy at birth in Wystanbury is below England for both men and women. Healthy Life Expectancy
(HLE) &ndash; the number of years a person can expect to live in good health &ndash; has fallen for both sexes since
2020&ndash;22. Women in Wystanbury can expect to spend around 20 years of life in poor health.</p>
<p>5.2 The Slope Index of Inequality (SII) measures the gap in life expectancy between the most and least deprived
areas of the borough. For men the gap widened from 9.6 years to 9.9 years.</p>
<table id="t2">
<caption>Table 2: Life expectancy, healthy life expectancy and inequality (years)</caption>
<thead>
<tr><th rowspan="2" scope="col">Measure</th><th colspan="3" scope="colgroup">Males</th><th colspan="3" scope="colgroup">Females</th></tr>
<tr><th scope="col">Wystanbury 2020&ndash;22</th><th scope="col">Wystanbury 2021&ndash;23</th><th scope="col">England 2021&ndash;23</th>
<th scope="col">Wystanbury 2020&ndash;22</th><th scope="col">Wystanbury 2021&ndash;23</th><th scope="col">England 2021&ndash;23</th></tr>
</thead>
<tbody>
<tr><th scope="row">Life expectancy at birth</th><td>78.4</td><td>78.7</td><td>79.1</td><td>82.3</td><td>82.6</td><td>83.1</td></tr>
<tr><th scope="row">Healthy life expectancy at birth</th><td>61.8</td><td>61.2</td><td>61.5</td><td>62.9</td><td>62.4</td><td>61.9</td></tr>
<tr><th scope="row">Inequality in life expectancy (SII)</th><td>9.6</td><td>9.9</td><td>10.5</td><td>7.8</td><td>8.1</td><td>8.3</td></tr>
</tbody>
</table>

<p>5.3 Premature mortality (deaths under 75) is higher than England for every major cause. Rates in the most
deprived fifth (quintile) of the borough are more than double those in the least deprived fifth for all causes
combined.</p>
<table id="t3">
<caption>Table 3: Under-75 mortality rates by cause, 2021&ndash;23 (directly age-standardised rate per 100,000 population)</caption>
<thead>
<tr><th rowspan="2" scope="col">Cause of death</th><th rowspan="2" scope="col">Wystanbury</th><th rowspan="2" scope="col">England</th>
<th colspan="2" scope="colgroup">Wystanbury deprivation quintile</th></tr>
<tr><th scope="col">Most deprived 20%</th><th scope="col">Least deprived 20%</th></tr>
</thead>
<tbody>
<tr><th scope="row">Cardiovascular disease</th><td>84.2</td><td>76.0</td><td>131.6</td><td>52.3</td></tr>
<tr><th scope="row">Cancer</th><td>134.7</td><td>122.4</td><td>178.9</td><td>101.5</td></tr>
<tr><th scope="row">Respiratory disease (including COPD)</th><td>39.8</td><td>31.6</td><td>71.2</td><td>18.4</td></tr>
<tr><th scope="row">Liver disease</th><td>22.1</td><td>21.0</td><td>38.6</td><td>10.9</td></tr>
<tr class="total"><th scope="row">All causes</th><td>372.5</td><td>345.0</td><td>561.0</td><td>254.8</td></tr>
</tbody>
</table>
<p>5.4 Chronic Obstructive Pulmonary Disease (COPD) accounts for around half of premature respiratory deaths.
Smoking remains the single largest cause of the gap in life expectancy between Caldmoor and the rest of the
borough.</p>
</section>

<section id="s6">
<h2>6. Starting well</h2>
<p>6.1 Smoking at time of delivery has fallen for three years running but, at 10.2%, remains well above England
(6.1%). Breastfeeding at 6&ndash;8 weeks is significantly worse than England. MMR second-dose coverage at age five is
better than England but still below the 95% needed for herd immunity.</p>
<table id="t4">
<caption>Table 4: Starting well indicators &ndash; Wystanbury compared with England</caption>
<thead>
<tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col">Wystanbury</th><th scope="col">England</th>
<th scope="col">Recent trend</th><th scope="col">Compared with England</th></tr>
</thead>
<tbody>
<tr class="group"><th colspan="6" scope="rowgroup">Maternity and infancy</th></tr>
<tr><th scope="row">Smoking at time of delivery (%)</th><td>2024/25</td><td>10.2</td><td>6.1</td><td>Decreasing</td><td class="worse">Worse</td></tr>
<tr><th scope="row">Breastfeeding at 6&ndash;8 weeks (%)</th><td>2024/25</td><td>44.7</td><td>52.7</td><td>No significant change</td><td class="worse">Worse</td></tr>
<tr><th scope="row">MMR vaccination, two doses, age 5 (%)</th><td>2024/25</td><td>87.9</td><td>83.9</td><td>Increasing</td><td class="better">Better</td></tr>
<tr class="group"><th colspan="6" scope="rowgroup">Childhood weight (National Child Measurement Programme)</th></tr>
<tr><th scope="row">Reception: overweight including obesity (%)</th><td>2023/24</td><td>23.1</td><td>22.1</td><td>No significant change</td><td class="similar">Similar</td></tr>
<tr><th scope="row">Year 6: overweight including obesity (%)</th><td>2023/24</td><td>37.8</td><td>35.8</td><td>Increasing</td><td class="worse">Worse</td></tr>
<tr class="group"><th colspan="6" scope="rowgroup">Young people</th></tr>
<tr><th scope="row">Under-18 conceptions (rate per 1,000 females aged 15&ndash;17)</th><td>2022</td><td>15.4</td><td>13.1</td><td>Decreasing</td><td class="worse">Worse</td></tr>
<tr><th scope="row">Hospital admissions for injuries, ages 0&ndash;14 (per 10,000)</th><td>2023/24</td><td>98.6</td><td>75.3</td><td>Decreasing</td><td class="worse">Worse</td></tr>
<tr><th scope="row">16&ndash;17 year olds not in education, employment or training (NEET) or not known (%)</th><td>2024</td><td>5.9</td><td>5.4</td><td>No significant change</td><td class="similar">Similar</td></tr>
</tbody>
</table>
</section>

<section id="s7">
<h2>7. Living well</h2>
<p>7.1 Adult smoking prevalence has fallen from 14.9% in 2021/22 to 12.8% in 2023/24 but remains above England.
Admission episodes for alcohol-related conditions rose again in 2023/24 after a fall the previous year.</p>
<table id="t5">
<caption>Table 5: Adult lifestyle and long-term condition indicators, 2021/22 to 2023/24</caption>
<thead>
<tr><th rowspan="2" scope="col">Indicator</th><th rowspan="2" scope="col">Unit</th><th colspan="3" scope="colgroup">Wystanbury</th><th rowspan="2" scope="col">England 2023/24</th></tr>
<tr><th scope="col">2021/22</th><th scope="col">2022/23</th><th scope="col">2023/24</th></tr>
</thead>
<tbody>
<tr><th scope="row">Smoking prevalence in adults (18+)</th><td>%</td><td>14.9</td><td>13.6</td><td>12.8</td><td>11.6</td></tr>
<tr><th scope="row">Physically inactive adults</th><td>%</td><td>24.8</td><td>25.6</td><td>23.9</td><td>22.0</td></tr>
<tr><th scope="row">Adults overweight or obese</th><td>%</td><td>66.2</td><td>67.0</td><td>66.8</td><td>64.5</td></tr>
<tr><th scope="row">Admission episodes for alcohol-related conditions (narrow)</th><td>per 100,000</td><td>612</td><td>588</td><td>604</td><td>475</td></tr>
<tr><th scope="row">Diabetes diagnosed, QOF prevalence (17+)</th><td>%</td><td>7.4</td><td>7.7</td><td>8.0</td><td>7.5</td></tr>
<tr><th scope="row">Successful completion of drug treatment (opiate users)</th><td>%</td><td>4.8</td><td>n/a</td><td>5.6</td><td>5.1</td></tr>
</tbody>
</table>
<p>7.2 QOF refers to the Quality and Outcomes Framework, the GP practice data from which disease prevalence is
measured. Drug treatment completion data for 2022/23 are not available (n/a) because of a change of provider.</p>
</section>

<section id="s8">
<h2>8. Wider determinants of health</h2>
<p>8.1 Deprivation is concentrated in Caldmoor and Wystanbury Central. Using the Index of Multiple Deprivation
(IMD) 2019, 34 of the borough&rsquo;s 178 lower layer super output areas (LSOAs) are among the most deprived 20% in
England. Child poverty is highest in Caldmoor, where more than a quarter of children live in relative low income
families.</p>
<table id="t6">
<caption>Table 6: Wider determinants by locality</caption>
<thead>
<tr><th scope="col">Locality</th><th scope="col">LSOAs in most deprived 20% nationally (IMD 2019)</th>
<th scope="col">Children in relative low income families, 2023/24 (%)</th><th scope="col">Households in fuel poverty, 2023 (%)</th>
<th scope="col">Claimant rate, September 2025 (%)</th></tr>
</thead>
<tbody>
<tr><th scope="row">Wystanbury Central</th><td>16 of 66</td><td>22.8</td><td>13.1</td><td>4.2</td></tr>
<tr><th scope="row">Caldmoor</th><td>13 of 38</td><td>27.4</td><td>15.6</td><td>5.1</td></tr>
<tr><th scope="row">Pendrick</th><td>1 of 23</td><td>14.2</td><td>11.8</td><td>2.3</td></tr>
<tr><th scope="row">Astley Fen</th><td>2 of 17</td><td>17.9</td><td>16.4</td><td>2.8</td></tr>
<tr><th scope="row">Greyhithe</th><td>2 of 21</td><td>20.6</td><td>12.7</td><td>3.6</td></tr>
<tr><th scope="row">Orrisby</th><td>0 of 13</td><td>12.5</td><td>14.9</td><td>1.9</td></tr>
<tr class="total"><th scope="row">Wystanbury borough</th><td>34 of 178</td><td>21.3</td><td>13.5</td><td>3.7</td></tr>
<tr><th scope="row">England</th><td>\u2013</td><td>20.1</td><td>11.4</td><td>3.8</td></tr>
</tbody>
</table>
</section>

<section id="s9">
<h2>9. Next steps</h2>
<p>9.1 The full JSNA chapters, including the data tables behind this summary, will be published on the Wystanbury
Insight website in February 2026. Deep-dive reports on childhood obesity, dementia and fuel poverty will come to
the Board during 2026.</p>
<p><em>Contact: Wystanbury Public Health Intelligence Team, jsna@wystanbury.gov.example</em></p>
</section>
</main>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("wrote", OUT, "population", T, K, O, pc(K, T), pc(O, T))
for loc, tot, kids, old in POP:
    print(loc, pc(kids, tot), pc(old, tot))
