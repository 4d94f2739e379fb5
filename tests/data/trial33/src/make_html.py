"""Trial 33 paper 3: childhood immunisation and screening uptake dashboard, Q2 2025-26 (HTML)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fmt import num, rnd  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "t33_immunisation_screening_dashboard_q2.html")
DISTRICTS = ["Kestlow", "Orrindale", "Wychbarrow", "Fenmarch", "Sallowby"]

# Table 2 inputs: cohorts and target uptake by district, Q2 2025-26
COH = {
    "six": {"Kestlow": 1612, "Orrindale": 1104, "Wychbarrow": 842, "Fenmarch": 701, "Sallowby": 968},
    "mmr1": {"Kestlow": 1648, "Orrindale": 1121, "Wychbarrow": 866, "Fenmarch": 715, "Sallowby": 987},
    "mmr2": {"Kestlow": 1701, "Orrindale": 1150, "Wychbarrow": 893, "Fenmarch": 742, "Sallowby": 1012},
}
UPT = {
    "six": {"Kestlow": 94.1, "Orrindale": 92.8, "Wychbarrow": 91.6, "Fenmarch": 95.3, "Sallowby": 93.2},
    "mmr1": {"Kestlow": 90.3, "Orrindale": 88.4, "Wychbarrow": 85.9, "Fenmarch": 92.0, "Sallowby": 89.1},
    "mmr2": {"Kestlow": 88.2, "Orrindale": 86.5, "Wychbarrow": 83.4, "Fenmarch": 90.1, "Sallowby": 86.9},
}
VAC = {k: {d: int(rnd(COH[k][d] * UPT[k][d] / 100)) for d in DISTRICTS} for k in COH}
PCT = {k: {d: rnd(100 * VAC[k][d] / COH[k][d], 1) for d in DISTRICTS} for k in COH}
TOT = {k: (sum(COH[k].values()), sum(VAC[k].values())) for k in COH}
TOTP = {k: rnd(100 * TOT[k][1] / TOT[k][0], 1) for k in COH}

# Table 1: county uptake by quarter: Q3 24-25, Q4 24-25, Q1 25-26, Q2 25-26 (Q2 for three rows from Table 2)
T1 = [
    ("12 months", [
        ("DTaP/IPV/Hib/HepB (6-in-1) dose 3", [92.8, 93.1, 92.6, TOTP["six"]], 91.3),
        ("PCV dose 1", [94.6, 94.9, 94.2, 94.8], 93.2),
        ("MenB dose 2", [91.9, 92.3, 91.8, 92.5], 90.6),
        ("Rotavirus dose 2", [90.2, 90.7, 89.9, 90.4], 88.9),
    ]),
    ("24 months", [
        ("DTaP/IPV/Hib/HepB (6-in-1) dose 3", [94.9, 95.2, 95.0, 95.3], 92.7),
        ("MMR dose 1", [90.6, 90.1, 89.8, TOTP["mmr1"]], 88.6),
        ("Hib/MenC booster", [90.8, 90.4, 90.0, 89.7], 88.5),
        ("PCV booster", [90.5, 90.3, 89.9, 89.6], 88.4),
        ("MenB booster", [89.7, 89.5, 89.1, 88.8], 87.7),
    ]),
    ("5 years", [
        ("DTaP/IPV/Hib/HepB (6-in-1) dose 3", [95.6, 95.4, 95.7, 95.5], 94.3),
        ("MMR dose 1", [94.1, 93.8, 93.9, 93.6], 92.4),
        ("MMR dose 2", [86.3, 86.9, 87.4, TOTP["mmr2"]], 84.1),
        ("DTaP/IPV pre-school booster", [85.9, 86.4, 86.8, 86.2], 83.2),
        ("Hib/MenC booster", [91.4, 91.2, 91.0, 90.9], 90.1),
    ]),
]


def rag(v, target=95.0, floor=90.0):
    return "Green" if v >= target else ("Amber" if v >= floor else "Red")


def trend(vals):
    ch = vals[-1] - vals[0]
    return "Improving" if ch >= 0.5 else ("Worsening" if ch <= -0.5 else "Stable")


# Table 3: MMR1 at 24 months by district by quarter
MMR_Q = {
    "Kestlow": [91.2, 90.8, 90.6],
    "Orrindale": [89.1, 88.7, 88.9],
    "Wychbarrow": [88.4, 87.2, 86.6],
    "Fenmarch": [92.4, 92.1, 91.7],
    "Sallowby": [90.0, 89.5, 89.8],
}
for d in DISTRICTS:
    MMR_Q[d] = MMR_Q[d] + [PCT["mmr1"][d]]

# Table 4: screening KPIs: (programme, code, description, acceptable, achievable, Q1, Q2)
SCREEN = [
    ("Antenatal", "ID1", "Infectious diseases in pregnancy: coverage (HIV)", 95.0, 99.0, 99.3, 99.5),
    ("Antenatal", "ST2", "Sickle cell and thalassaemia: test by 10 weeks of pregnancy", 50.0, 75.0, 61.4, 58.9),
    ("Antenatal", "FA1", "Fetal anomaly: Down's, Edwards' and Patau's screening coverage", 85.0, 95.0, 88.6, 89.2),
    ("Newborn", "NB1", "Newborn blood spot: coverage", 96.0, 99.0, 97.8, 98.1),
    ("Newborn", "NH1", "Newborn hearing: coverage", 97.0, 99.5, 98.9, 99.1),
    ("Newborn", "NP1", "Newborn and infant physical examination: coverage within 72 hours", 95.0, 99.5, 96.2, 94.7),
]


def srag(v, acc, ach):
    return "Green" if v >= ach else ("Amber" if v >= acc else "Red")


D = {"T1": {}, "T2": {}, "T3": {}, "T4": {}, "TOT": TOT, "TOTP": TOTP}

css = """
body{font-family:Arial,Helvetica,sans-serif;max-width:1100px;margin:20px auto;color:#222;line-height:1.45}
h1{font-size:1.5em;margin-bottom:0.2em} h2{font-size:1.2em;border-bottom:2px solid #005eb8;padding-bottom:3px;margin-top:1.6em}
table{border-collapse:collapse;margin:0.6em 0 1em 0;font-size:0.9em}
th,td{border:1px solid #bbb;padding:3px 7px} td.n{text-align:right} thead th{background:#e8edf5}
tr.group th{background:#f4f4f4;text-align:left;font-style:italic}
tfoot td,tfoot th{font-weight:bold;border-top:2px solid #333}
.Green{background:#d4edda}.Amber{background:#fff3cd}.Red{background:#f8d7da}
p.meta{color:#555} caption{font-weight:bold;text-align:left;padding-bottom:4px}
.note{font-size:0.85em;color:#444}
"""

h = []
h.append(f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Childhood immunisation and screening uptake dashboard – Quarter 2 2025-26</title>
<style>{css}</style>
</head>
<body>
<header>
<p class="meta">Brackenshire County Council – Public Health Intelligence</p>
<h1>Childhood Immunisation and Screening Uptake Dashboard: Quarter 2 2025-26</h1>
<p class="meta">Report to: Brackenshire Health Protection Assurance Board, 4 December 2025<br>
Period covered: July to September 2025 (Quarter 2 2025-26)<br>
Lead officer: Dr Amira Selden, Consultant in Public Health (Health Protection)</p>
</header>
<main>
<section id="s1">
<h2>1. Purpose</h2>
<p>1.1 This dashboard gives the Health Protection Assurance Board the latest uptake of routine childhood
vaccinations and of antenatal and newborn screening in Brackenshire. It compares uptake with the national
targets and with England, and shows the trend over the last four quarters.</p>
<p>1.2 Vaccination figures come from the Cover of Vaccination Evaluated Rapidly (COVER) programme run by the
UK Health Security Agency (UKHSA). Screening figures are the key performance indicators (KPIs) published by
NHS England for Brackenshire Hospitals NHS Trust, which provides maternity and newborn services in the county.</p>
</section>
<section id="s2">
<h2>2. Headlines</h2>
<ul>
<li>Uptake of the first dose of the Measles, Mumps and Rubella (MMR) vaccine at 24 months fell to
{TOTP['mmr1']:.1f}%, the third fall in a row and well below the 95% target.</li>
<li>Only two routine childhood measures in the county – the 6-in-1 vaccine at 24 months and at 5 years –
are at or above 95%.</li>
<li>Wychbarrow has the lowest uptake in the county for every vaccine shown by district.</li>
<li>7 confirmed cases of measles were reported in Wychbarrow between July and September 2025, all in
children who had not had two doses of MMR.</li>
<li>Coverage of the newborn and infant physical examination within 72 hours fell below the acceptable
level in Quarter 2.</li>
</ul>
</section>
""")

# ---------------------------------------------------------------- Table 1
h.append("""<section id="s3">
<h2>3. Uptake by vaccine</h2>
<p>3.1 Table 1 shows the percentage of children in Brackenshire who had each vaccine by the age shown.
The target for every routine childhood vaccine is 95%. Ratings: Green at or above 95%, Amber from 90% to
under 95%, Red below 90%. Trend compares Quarter 2 2025-26 with Quarter 3 2024-25: "Improving" or
"Worsening" where the change is half a percentage point or more, otherwise "Stable".</p>
<table id="table1">
<caption>Table 1: Childhood vaccination uptake in Brackenshire by quarter (%)</caption>
<thead>
<tr><th rowspan="2" scope="col">Vaccine and dose</th><th rowspan="2" scope="col">Target</th>
<th colspan="2" scope="colgroup">2024-25</th><th colspan="2" scope="colgroup">2025-26</th>
<th rowspan="2" scope="col">England Q2 2025-26</th><th rowspan="2" scope="col">Trend</th>
<th rowspan="2" scope="col">RAG</th></tr>
<tr><th scope="col">Q3</th><th scope="col">Q4</th><th scope="col">Q1</th><th scope="col">Q2</th></tr>
</thead>
""")
for grp, rows in T1:
    h.append(f'<tbody>\n<tr class="group"><th colspan="9" scope="rowgroup">Children vaccinated by {grp}</th></tr>\n')
    for lab, vals, eng in rows:
        r = rag(vals[-1])
        t = trend(vals)
        D["T1"][(grp + "|" + lab)] = dict(vals=vals, eng=eng, rag=r, trend=t)
        cells = "".join(f'<td class="n">{v:.1f}</td>' for v in vals)
        h.append(f'<tr><th scope="row">{lab}</th><td class="n">95%</td>{cells}<td class="n">{eng:.1f}</td>'
                 f'<td>{t}</td><td class="{r}">{r}</td></tr>\n')
    h.append("</tbody>\n")
h.append("""</table>
<p class="note">Source: UKHSA COVER data, Brackenshire County Council residents registered with a
Brackenshire GP practice.</p>
<p>3.2 Uptake at 12 months is broadly stable. The fall in MMR uptake at 24 months is the main concern:
children who miss their first dose at one year are also likely to miss the booster vaccines given at the same
appointment, which explains why the Hib/MenC, PCV and MenB boosters have also fallen.</p>
<p>3.3 The second dose of MMR and the pre-school booster at 5 years remain the lowest of the routine measures,
although MMR dose 2 is higher than in Quarter 3 2024-25.</p>
</section>
""")

# ---------------------------------------------------------------- Table 2
h.append("""<section id="s4">
<h2>4. Uptake by district</h2>
<p>4.1 Table 2 shows the number of children in each cohort, the number vaccinated and the uptake for three
key measures in Quarter 2 2025-26. District is the district of the child's GP practice.</p>
<table id="table2">
<caption>Table 2: Uptake of three key vaccines by district, Quarter 2 2025-26</caption>
<thead>
<tr><th rowspan="2" scope="col">District</th>
<th colspan="3" scope="colgroup">6-in-1 dose 3 at 12 months</th>
<th colspan="3" scope="colgroup">MMR dose 1 at 24 months</th>
<th colspan="3" scope="colgroup">MMR dose 2 at 5 years</th></tr>
<tr><th>Cohort</th><th>Vaccinated</th><th>Uptake %</th><th>Cohort</th><th>Vaccinated</th><th>Uptake %</th>
<th>Cohort</th><th>Vaccinated</th><th>Uptake %</th></tr>
</thead>
<tbody>
""")
for d in DISTRICTS:
    cells = ""
    for k in ["six", "mmr1", "mmr2"]:
        p = PCT[k][d]
        cells += (f'<td class="n">{num(COH[k][d])}</td><td class="n">{num(VAC[k][d])}</td>'
                  f'<td class="n {rag(p)}">{p:.1f}</td>')
        D["T2"].setdefault(d, {})[k] = (COH[k][d], VAC[k][d], p)
    h.append(f'<tr><th scope="row">{d}</th>{cells}</tr>\n')
cells = ""
for k in ["six", "mmr1", "mmr2"]:
    cells += f'<td class="n">{num(TOT[k][0])}</td><td class="n">{num(TOT[k][1])}</td><td class="n">{TOTP[k]:.1f}</td>'
h.append(f"""</tbody>
<tfoot>
<tr><th scope="row">Brackenshire</th>{cells}</tr>
</tfoot>
</table>
""")
unvac = TOT["mmr1"][0] - TOT["mmr1"][1]
h.append(f"""<p>4.2 In Quarter 2, {unvac:,} children in the 24-month cohort had not had their first dose of MMR.
Fenmarch is the only district at or above 95% for the 6-in-1 vaccine at 12 months. No district reaches 95%
for either dose of MMR.</p>
</section>
""")

# ---------------------------------------------------------------- Table 3
h.append("""<section id="s5">
<h2>5. MMR dose 1 at 24 months: trend by district</h2>
<table id="table3">
<caption>Table 3: MMR dose 1 uptake at 24 months by district (%)</caption>
<thead>
<tr><th rowspan="2">District</th><th colspan="2">2024-25</th><th colspan="2">2025-26</th>
<th rowspan="2">Change Q1 to Q2 (percentage points)</th><th rowspan="2">Trend</th></tr>
<tr><th>Q3</th><th>Q4</th><th>Q1</th><th>Q2</th></tr>
</thead>
<tbody>
""")
for d in DISTRICTS:
    v = MMR_Q[d]
    ch = rnd(v[3] - v[2], 1)
    t = trend(v)
    D["T3"][d] = dict(vals=v, change=ch, trend=t)
    chs = f"{ch:+.1f}" if ch != 0 else "0.0"
    h.append(f'<tr><th scope="row">{d}</th>' + "".join(f'<td class="n">{x:.1f}</td>' for x in v) +
             f'<td class="n">{chs}</td><td>{t}</td></tr>\n')
cty = [90.6, 90.1, 89.8, TOTP["mmr1"]]
ch = rnd(cty[3] - cty[2], 1)
D["T3"]["Brackenshire"] = dict(vals=cty, change=ch, trend=trend(cty))
h.append(f"""</tbody>
<tfoot>
<tr><th scope="row">Brackenshire</th>""" + "".join(f'<td class="n">{x:.1f}</td>' for x in cty) +
         f"""<td class="n">{ch:+.1f}</td><td>{trend(cty)}</td></tr>
</tfoot>
</table>
<p>5.1 Wychbarrow's uptake has fallen in every quarter shown. The Wychbarrow measles cases were linked to a
nursery and a primary school in the town, and UKHSA led the outbreak response with the council's public health
team.</p>
</section>
""")

# ---------------------------------------------------------------- Table 4
h.append("""<section id="s6">
<h2>6. Antenatal and newborn screening</h2>
<p>6.1 Screening programmes are measured against two thresholds set nationally: an acceptable level, which
every provider should meet, and an achievable level, which shows what the best providers achieve. Ratings:
Green at or above the achievable level, Amber between the acceptable and achievable levels, Red below the
acceptable level.</p>
<table id="table4">
<caption>Table 4: Antenatal and newborn screening key performance indicators, Brackenshire Hospitals NHS Trust (%)</caption>
<thead>
<tr><th rowspan="2">Programme</th><th rowspan="2">KPI</th><th rowspan="2">Description</th>
<th colspan="2">Threshold</th><th colspan="2">2025-26</th><th rowspan="2">RAG (Q2)</th></tr>
<tr><th>Acceptable</th><th>Achievable</th><th>Q1</th><th>Q2</th></tr>
</thead>
<tbody>
""")
progs = {}
for s in SCREEN:
    progs.setdefault(s[0], []).append(s)
for prog, items in progs.items():
    for i, (p, code, desc, acc, ach, q1, q2) in enumerate(items):
        r = srag(q2, acc, ach)
        D["T4"][code] = dict(prog=p, desc=desc, acc=acc, ach=ach, q1=q1, q2=q2, rag=r)
        first = f'<th rowspan="{len(items)}" scope="rowgroup">{prog}</th>' if i == 0 else ""
        h.append(f'<tr>{first}<td>{code}</td><td>{desc}</td><td class="n">≥{acc:.1f}</td>'
                 f'<td class="n">≥{ach:.1f}</td><td class="n">{q1:.1f}</td><td class="n">{q2:.1f}</td>'
                 f'<td class="{r}">{r}</td></tr>\n')
h.append("""</tbody>
</table>
<p>6.2 The fall in NP1 in Quarter 2 followed the loss of two trained newborn examiners at Orrindale Royal
Infirmary. The Trust has trained four midwives to carry out the examination and expects coverage to recover
by the end of Quarter 3.</p>
<p>6.3 Fewer than six in ten women in Brackenshire had their sickle cell and thalassaemia screening test by 10
weeks of pregnancy. Late booking for maternity care is the main reason, and it is most common among women
living in Wychbarrow and Kestlow.</p>
</section>
""")

h.append("""<section id="s7">
<h2>7. Actions</h2>
<p>7.1 Actions agreed with Brackenshire Integrated Care Board (ICB) and NHS England include:</p>
<ul>
<li>MMR catch-up clinics on Saturdays in Wychbarrow and Orrindale from October 2025;</li>
<li>a call and recall letter to the parents of every child aged 1 to 5 who has missed a dose of MMR;</li>
<li>a named immunisation lead in each Primary Care Network (PCN);</li>
<li>health visitors checking vaccination status at the 12-month and 2-year reviews;</li>
<li>translated information in Polish, Romanian and Urdu.</li>
</ul>
<p>7.2 In Quarter 2, GP practices in Wychbarrow ran 41 extra MMR clinics and gave 312 catch-up doses to
children under five.</p>
</section>
<section id="s8">
<h2>8. Recommendations</h2>
<p>The Board is asked to:</p>
<ol>
<li>note the fall in MMR uptake at 24 months and the measles cases in Wychbarrow;</li>
<li>support the actions set out in section 7;</li>
<li>ask Brackenshire Hospitals NHS Trust to report on recovery of the newborn physical examination
indicator (NP1) at the next meeting.</li>
</ol>
</section>
<section id="glossary">
<h2>Abbreviations</h2>
<dl>
<dt>COVER</dt><dd>Cover of Vaccination Evaluated Rapidly</dd>
<dt>DTaP/IPV/Hib/HepB</dt><dd>Diphtheria, tetanus, acellular pertussis, inactivated polio, Haemophilus influenzae type b and hepatitis B (the 6-in-1 vaccine)</dd>
<dt>MenB</dt><dd>Meningococcal group B vaccine</dd>
<dt>MMR</dt><dd>Measles, Mumps and Rubella vaccine</dd>
<dt>NIPE</dt><dd>Newborn and Infant Physical Examination</dd>
<dt>PCN</dt><dd>Primary Care Network</dd>
<dt>PCV</dt><dd>Pneumococcal conjugate vaccine</dd>
<dt>UKHSA</dt><dd>UK Health Security Agency</dd>
</dl>
</section>
</main>
<footer><p class="note">Published by Brackenshire County Council Public Health. Data are provisional and may
change when UKHSA publishes final quarterly figures.</p></footer>
</body>
</html>
""")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("".join(h))
with open(os.path.join(os.path.dirname(__file__), "html_data.json"), "w") as f:
    json.dump(D, f, indent=1)
print(TOTP, TOT)
for k in D["T1"]:
    print(k, D["T1"][k])
for k in D["T3"]:
    print(k, D["T3"][k])
for k in D["T4"]:
    print(k, D["T4"][k])
print(PCT)
