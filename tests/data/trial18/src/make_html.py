"""Generate t18_immunisation_screening.html - annual immunisation and screening report."""
import html as H

OUT = "/work/trials_new/trial18/t18_immunisation_screening.html"


def rag(v):
    return "Green" if v >= 95.0 else ("Amber" if v >= 90.0 else "Red")


def pp(x):
    x = round(x, 1)
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


parts = []
A = parts.append


def p(t):
    A(f"<p>{t}</p>")


def ul(items, tag="ul"):
    A(f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>")


# ---------------------------------------------------------------- Table 1 data
child = [
    ("At 12 months", [
        ("6-in-1 vaccine (DTaP/IPV/Hib/HepB), dose 3", [92.4, 91.8, 92.9, 93.1], 92.1, 91.3),
        ("MenB, dose 2", [91.6, 91.0, 92.2, 92.5], 91.5, 90.9),
        ("Rotavirus, dose 2", [89.7, 89.1, 90.3, 90.6], 90.4, 89.6),
        ("PCV, dose 1", [94.1, 93.8, 94.6, 94.9], 94.0, 93.0),
    ]),
    ("At 24 months", [
        ("6-in-1 vaccine, dose 3 (by 24 months)", [94.8, 94.5, 95.1, 95.3], 94.7, 93.1),
        ("MMR, dose 1 (by 24 months)", [90.6, 90.1, 91.2, 91.5], 90.2, 88.9),
        ("Hib/MenC booster", [90.3, 89.8, 90.9, 91.1], 90.0, 88.7),
        ("PCV booster", [90.1, 89.6, 90.7, 90.9], 89.9, 88.5),
        ("MenB booster", [89.5, 89.0, 90.1, 90.4], 89.4, 88.1),
    ]),
    ("At 5 years", [
        ("MMR, dose 1 (by 5 years)", [93.4, 93.0, 93.7, 94.0], 93.2, 92.1),
        ("MMR, dose 2 (by 5 years)", [86.2, 85.7, 86.9, 87.3], 85.9, 83.9),
        ("4-in-1 pre-school booster (DTaP/IPV)", [86.8, 86.1, 87.4, 87.8], 86.6, 83.6),
    ]),
]
annual = {}
rows1 = []
for g, items in child:
    rows1.append(f'<tr class="group"><th colspan="9" scope="rowgroup">{g}</th></tr>')
    for lab, q, ly, eng in items:
        a = round(sum(q) / 4 + 1e-9, 1)
        annual[lab] = a
        cells = "".join(f"<td>{x:.1f}</td>" for x in q)
        rows1.append(f'<tr><th scope="row">{H.escape(lab)}</th>{cells}<td>{a:.1f}</td><td>{ly:.1f}</td>'
                     f'<td>{eng:.1f}</td><td class="rag">{rag(a)}</td></tr>')

# ---------------------------------------------------------------- Table 2 locality
loc = [
    ("Brackenhold", 91.8, 89.7, 84.9, 85.6, 71.2, 78.4),
    ("Copperhythe", 93.5, 91.8, 87.6, 88.1, 74.8, 80.9),
    ("Lanvarrow", 94.6, 93.4, 90.2, 90.5, 79.5, 83.1),
    ("Drennock", 90.9, 88.6, 83.1, 83.9, 68.4, 76.2),
    ("Ferrowby", 93.1, 91.5, 87.9, 88.3, 75.6, 80.3),
    ("Oswick Marsh", 94.2, 92.8, 89.4, 89.9, 78.1, 82.6),
]
corv = ("Corvenshire", annual["6-in-1 vaccine (DTaP/IPV/Hib/HepB), dose 3"], annual["MMR, dose 1 (by 24 months)"],
        annual["MMR, dose 2 (by 5 years)"], annual["4-in-1 pre-school booster (DTaP/IPV)"], 73.9, 79.6)
assert corv[1:5] == (92.6, 90.9, 86.5, 87.0), corv
eng = ("England", 91.3, 88.9, 83.9, 83.6, 72.9, 74.9)

# ---------------------------------------------------------------- Table 3 school-age
school = [
    ("HPV dose 1, Year 8 girls", 72.6, 70.1, 73.9),
    ("HPV dose 1, Year 8 boys", 66.3, 64.8, 68.5),
    ("Td/IPV teenage booster, Year 9", 78.4, 76.9, 75.2),
    ("MenACWY, Year 9", 79.1, 77.5, 76.0),
    ("Flu, primary school (Reception to Year 6)", 58.7, 56.2, 55.4),
    ("Flu, secondary school (Years 7 to 11)", 41.5, 38.9, 40.3),
]

# ---------------------------------------------------------------- Table 4 adult
adult = [
    ("Seasonal flu", [
        ("Aged 65 and over", 138450, 110206, "85.0"),
        ("Aged under 65 in a clinical risk group", 96820, 39502, "55.0"),
        ("Pregnant women", 6940, 2596, "50.0"),
        ("Children aged 2 and 3", 13210, 6091, "50.0"),
        ("Frontline health care workers", None, None, "–"),
    ]),
    ("COVID-19 (autumn 2024 campaign)", [
        ("Aged 75 and over", 71380, 49823, "–"),
        ("Care home residents", 3960, 3006, "–"),
    ]),
    ("Other adult programmes", [
        ("Shingles, adults turning 70", 9870, 4758, "60.0"),
        ("Pneumococcal (PPV), aged 65 and over", 138450, 101069, "–"),
        ("RSV, adults aged 75 to 79", 27640, 17192, "60.0"),
    ]),
]
adult_pct = {}

# ---------------------------------------------------------------- Table 5 screening
screen = [
    ("Cancer screening", [
        ("Breast screening", [("Coverage, women aged 53 to 70", 71.8, 70.9, "70.0", "80.0", "Acceptable")]),
        ("Cervical screening", [("Coverage, aged 25 to 49", 68.4, 67.9, "80.0", "–", "Below acceptable"),
                                ("Coverage, aged 50 to 64", 74.6, 74.2, "80.0", "–", "Below acceptable")]),
        ("Bowel screening", [("Uptake, aged 50 to 74", 68.1, 69.3, "52.0", "60.0", "Achievable")]),
    ]),
    ("Non-cancer adult screening", [
        ("Abdominal aortic aneurysm (AAA) screening", [("Uptake, men aged 65", 82.4, 80.9, "75.0", "85.0", "Acceptable")]),
        ("Diabetic eye screening", [("Uptake, people with diabetes aged 12 and over", 81.2, 83.0, "75.0", "85.0", "Acceptable")]),
    ]),
    ("Antenatal and newborn screening", [
        ("Infectious diseases in pregnancy", [("Coverage (HIV)", 99.4, 99.6, "95.0", "99.0", "Achievable")]),
        ("Sickle cell and thalassaemia", [("Coverage, antenatal", 99.1, 99.3, "95.0", "99.0", "Achievable")]),
        ("Newborn blood spot", [("Coverage, babies at 17 days", 97.2, 96.8, "95.0", "99.0", "Acceptable")]),
        ("Newborn hearing", [("Coverage, screening completed by 4 weeks", 98.6, 98.9, "97.0", "99.5", "Acceptable")]),
        ("Newborn and infant physical examination (NIPE)", [("Coverage, within 72 hours of birth", 96.9, 97.4, "95.0", "99.5", "Acceptable")]),
    ]),
]
# status check
for g, progs in screen:
    for prog, ms in progs:
        for m, a, b, acc, ach, stt in ms:
            accv = float(acc)
            achv = float(ach) if ach != "–" else 999
            exp = "Achievable" if b >= achv else ("Acceptable" if b >= accv else "Below acceptable")
            assert exp == stt, (prog, m, exp, stt)

# ---------------------------------------------------------------- Table 6 screening by locality
sloc = [
    ("Brackenhold", 69.4, 65.1, 72.8, 66.9),
    ("Copperhythe", 71.5, 68.7, 74.9, 69.8),
    ("Lanvarrow", 73.8, 71.9, 76.3, 72.6),
    ("Drennock", 67.2, 63.8, 71.1, 65.2),
    ("Ferrowby", 71.9, 69.4, 75.0, 70.8),
    ("Oswick Marsh", 73.1, 70.6, 76.0, 71.9),
    ("Corvenshire", 70.9, 67.9, 74.2, 69.3),
]

# ================================================================= document
A("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Annual Immunisation and Screening Report 2024-25 - Corvenshire Health Protection Board</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 0.3em 0; font-size: 0.88em; }
th, td { border: 1px solid #999; padding: 3px 6px; }
thead th { background: #1f4e79; color: #fff; }
tbody th { text-align: left; font-weight: normal; }
tr.group th { background: #dde6f0; font-weight: bold; }
tr.total th, tr.total td { font-weight: bold; background: #f2f2f2; }
td { text-align: center; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 4px; }
.meta { margin: 0; }
.note { font-size: 0.82em; font-style: italic; margin-top: 0; }
</style>
</head>
<body>
<header>
<p class="meta"><strong>Corvenshire Health Protection Board</strong></p>
<h1>Annual Immunisation and Screening Report 2024-25</h1>
<p class="meta"><strong>Meeting date:</strong> 9 October 2025</p>
<p class="meta"><strong>Report author:</strong> Consultant in Public Health (Health Protection), Corvenshire County Council</p>
<p class="meta"><strong>Reporting period:</strong> 1 April 2024 to 31 March 2025</p>
<p class="meta"><strong>Report for:</strong> Assurance and decision</p>
</header>
<main>
""")

A("<section><h2>1. Purpose</h2>")
p("This report gives the Health Protection Board an overview of the uptake and coverage of the national "
  "immunisation and screening programmes for Corvenshire residents in 2024-25. It compares Corvenshire with "
  "England and with national standards, shows variation between the six localities, and sets out the actions "
  "proposed to reduce inequalities in uptake.")
A("</section>")

A("<section><h2>2. Summary</h2>")
p("Coverage of most childhood immunisations improved slightly in 2024-25 and Corvenshire remains above the "
  "England average for every childhood vaccine reported. However, no routine childhood vaccine reached the 95% "
  "standard over the year as a whole. The key findings are:")
ul([
    "Coverage of the first dose of MMR at 24 months was 90.9%, up from 90.2% in 2023-24.",
    "Coverage of the second dose of MMR at 5 years was 86.5%, well below the 95% standard and rated Red.",
    "Flu vaccine uptake in people aged 65 and over was 79.6%, short of the 85% national ambition.",
    "Bowel screening uptake rose to 69.3% and met the achievable threshold, while cervical screening coverage "
    "remained below the 80% acceptable threshold in both age groups.",
    "Coverage was lowest in Drennock for every childhood vaccine shown in Table 2.",
])
A("</section>")

A("<section><h2>3. Childhood immunisations</h2>")
p("Table 1 shows quarterly coverage of the routine childhood immunisations measured at 12 months, 24 months "
  "and 5 years. The national standard is 95% coverage for each vaccine. The board uses the following RAG "
  "thresholds for childhood immunisation coverage:")
ul(["Green: 95% or above;", "Amber: 90.0% to 94.9%;", "Red: below 90%."])
p("The only childhood vaccine to reach 95% in any quarter was the 6-in-1 vaccine measured at 24 months, which "
  "reached 95.1% in Quarter 3 and 95.3% in Quarter 4. Coverage dipped in Quarter 2 for every vaccine, "
  "reflecting staffing pressures in general practice over the summer.")
A('<table id="table1">')
A("<caption>Table 1: Childhood immunisation coverage by quarter, Corvenshire, 2024-25 (% of eligible children)</caption>")
A("""<thead>
<tr><th rowspan="2" scope="col">Vaccine</th><th colspan="4" scope="colgroup">2024-25 by quarter</th><th colspan="2" scope="colgroup">Annual</th><th rowspan="2" scope="col">England 2024-25</th><th rowspan="2" scope="col">RAG 2024-25</th></tr>
<tr><th scope="col">Q1</th><th scope="col">Q2</th><th scope="col">Q3</th><th scope="col">Q4</th><th scope="col">2024-25</th><th scope="col">2023-24</th></tr>
</thead>
<tbody>""")
A("\n".join(rows1))
A("</tbody></table>")
p('<span class="note">Source: Cover of Vaccination Evaluated Rapidly (COVER) data. Annual figures are the '
  'average of the four quarters.</span>')
p("There were 14 confirmed cases of measles in Corvenshire in 2024-25, 11 of them in Drennock, compared with 3 "
  "cases in 2023-24. The outbreak in Drennock led to a catch-up MMR campaign in primary schools in February and "
  "March 2025.")
A("</section>")

A("<section><h2>4. Coverage by locality</h2>")
p("Table 2 shows annual coverage in each of Corvenshire's six localities for selected vaccines. Lanvarrow had "
  "the highest coverage for every vaccine shown and was the only locality to exceed 90% for the second dose of "
  "MMR. Drennock had the lowest coverage for every vaccine. Uptake among Gypsy, Roma and Traveller communities "
  "is thought to be considerably lower than average, but reliable data are not available at locality level.")
A('<table id="table2">')
A("<caption>Table 2: Immunisation coverage by locality, 2024-25 (%)</caption>")
A("""<thead>
<tr><th rowspan="2" scope="col">Locality</th><th scope="col">At 12 months</th><th scope="col">At 24 months</th><th colspan="2" scope="colgroup">At 5 years</th><th scope="col">Adolescents</th><th scope="col">Adults</th></tr>
<tr><th scope="col">6-in-1 dose 3</th><th scope="col">MMR dose 1</th><th scope="col">MMR dose 2</th><th scope="col">Pre-school booster</th><th scope="col">HPV Year 8 girls</th><th scope="col">Flu aged 65+</th></tr>
</thead>
<tbody>""")
for r in loc:
    A(f'<tr><th scope="row">{r[0]}</th>' + "".join(f"<td>{x:.1f}</td>" for x in r[1:]) + "</tr>")
for r in (corv, eng):
    A(f'<tr class="total"><th scope="row">{r[0]}</th>' + "".join(f"<td>{x:.1f}</td>" for x in r[1:]) + "</tr>")
A("</tbody></table>")
A("</section>")

A("<section><h2>5. School-age immunisations</h2>")
p("School-age vaccinations are delivered by the Corvenshire School Aged Immunisation Service (SAIS). HPV "
  "(human papillomavirus) vaccine uptake recovered in 2024-25 after a fall the previous year, following the "
  "move to a single-dose schedule and extra catch-up clinics. Uptake of the Year 9 teenage booster and "
  "MenACWY vaccines has fallen for two years running, and the primary school flu programme also fell again.")
A('<table id="table3">')
A("<caption>Table 3: School-age immunisation uptake, 2022-23 to 2024-25 (%)</caption>")
A("""<thead>
<tr><th rowspan="2" scope="col">Programme and cohort</th><th colspan="3" scope="colgroup">Uptake (%)</th><th rowspan="2" scope="col">Change since 2023-24 (percentage points)</th></tr>
<tr><th scope="col">2022-23</th><th scope="col">2023-24</th><th scope="col">2024-25</th></tr>
</thead>
<tbody>""")
for lab, a, b, c_ in school:
    A(f'<tr><th scope="row">{lab}</th><td>{a:.1f}</td><td>{b:.1f}</td><td>{c_:.1f}</td><td>{pp(c_ - b)}</td></tr>')
A("</tbody></table>")
p('<span class="note">Figures in brackets show a fall in uptake.</span>')
A("</section>")

A("<section><h2>6. Adult immunisations</h2>")
p("Table 4 shows uptake of the seasonal and other adult vaccination programmes. Flu uptake among people aged 65 "
  "and over fell slightly from 80.3% in 2023-24 to 79.6%. Uptake among pregnant women and people under 65 in "
  "clinical risk groups remains low. The new respiratory syncytial virus (RSV) programme for adults aged 75 to "
  "79, which began in September 2024, achieved 62.2% uptake in its first year and met the 60% ambition.")
A('<table id="table4">')
A("<caption>Table 4: Adult vaccination uptake, 2024-25</caption>")
A("""<thead>
<tr><th scope="col">Programme and cohort</th><th scope="col">Eligible population</th><th scope="col">Vaccinated</th><th scope="col">Uptake (%)</th><th scope="col">National ambition (%)</th><th scope="col">Ambition met?</th></tr>
</thead>
<tbody>""")
for g, items in adult:
    A(f'<tr class="group"><th colspan="6" scope="rowgroup">{g}</th></tr>')
    for lab, el, vac, amb in items:
        if el is None:
            A(f'<tr><th scope="row">{lab}</th><td>–</td><td>–</td><td>41.2</td><td>{amb}</td><td>n/a</td></tr>')
            adult_pct[(g, lab)] = 41.2
            continue
        u = round(vac / el * 100 + 1e-9, 1)
        adult_pct[(g, lab)] = u
        met = "n/a" if amb == "–" else ("Yes" if u >= float(amb) else "No")
        A(f'<tr><th scope="row">{lab}</th><td>{el:,}</td><td>{vac:,}</td><td>{u:.1f}</td><td>{amb}</td><td>{met}</td></tr>')
A("</tbody></table>")
p('<span class="note">Frontline health care worker uptake is reported by NHS employers as a percentage only. – '
  'means no national ambition was set or the figure is not available.</span>')
A("</section>")

A("<section><h2>7. Screening programmes</h2>")
p("Table 5 compares screening uptake and coverage with the national programme standards. Each standard has an "
  "acceptable threshold, which every programme is expected to meet, and an achievable threshold, which "
  "represents high performance. Cervical screening has no achievable threshold for coverage.")
p("Bowel screening uptake improved to 69.3%, helped by the extension of the programme to people aged 50 to 53. "
  "Breast screening coverage fell to 70.9% and is now only just above the 70% acceptable threshold. Cervical "
  "screening coverage among women aged 25 to 49 fell to 67.9%, the lowest level recorded in Corvenshire.")
A('<table id="table5">')
A("<caption>Table 5: Screening programme performance against national standards, 2023-24 and 2024-25 (%)</caption>")
A("""<thead>
<tr><th rowspan="2" scope="col">Programme</th><th rowspan="2" scope="col">Measure</th><th colspan="2" scope="colgroup">Corvenshire</th><th colspan="2" scope="colgroup">National standard</th><th rowspan="2" scope="col">Status 2024-25</th></tr>
<tr><th scope="col">2023-24</th><th scope="col">2024-25</th><th scope="col">Acceptable threshold</th><th scope="col">Achievable threshold</th></tr>
</thead>
<tbody>""")
for g, progs in screen:
    A(f'<tr class="group"><th colspan="7" scope="rowgroup">{g}</th></tr>')
    for prog, ms in progs:
        for i, (m, a, b, acc, ach, stt) in enumerate(ms):
            first = f'<th scope="row" rowspan="{len(ms)}">{prog}</th>' if i == 0 else ""
            if len(ms) == 1:
                first = f'<th scope="row">{prog}</th>'
            A(f'<tr>{first}<td>{m}</td><td>{a:.1f}</td><td>{b:.1f}</td><td>{acc}</td><td>{ach}</td><td>{stt}</td></tr>')
A("</tbody></table>")
p('<span class="note">– : no achievable threshold set. Status compares the 2024-25 figure with the thresholds.</span>')

p("Table 6 shows cancer screening by locality. The pattern mirrors childhood immunisations: Lanvarrow had the "
  "highest coverage and uptake for all three cancer screening programmes and Drennock the lowest.")
A('<table id="table6">')
A("<caption>Table 6: Cancer screening coverage and uptake by locality, 2024-25 (%)</caption>")
A("""<thead>
<tr><th rowspan="2" scope="col">Locality</th><th rowspan="2" scope="col">Breast screening coverage (53 to 70)</th><th colspan="2" scope="colgroup">Cervical screening coverage</th><th rowspan="2" scope="col">Bowel screening uptake (50 to 74)</th></tr>
<tr><th scope="col">Aged 25 to 49</th><th scope="col">Aged 50 to 64</th></tr>
</thead>
<tbody>""")
for r in sloc:
    cls = ' class="total"' if r[0] == "Corvenshire" else ""
    A(f'<tr{cls}><th scope="row">{r[0]}</th>' + "".join(f"<td>{x:.1f}</td>" for x in r[1:]) + "</tr>")
A("</tbody></table>")
A("</section>")

A("<section><h2>8. Inequalities</h2>")
p("Coverage of immunisation and screening is consistently lower in the most deprived neighbourhoods, in "
  "Drennock and Brackenhold in particular, and among some ethnic minority communities. Vaccine uptake among "
  "children looked after by the council is monitored through health assessments but is not reported here. "
  "The board's Immunisation Inequalities Plan focuses on five priority groups:")
ul([
    "children in the most deprived fifth of neighbourhoods;",
    "Gypsy, Roma and Traveller families;",
    "recently arrived migrants and asylum seekers;",
    "people with a learning disability;",
    "pregnant women.",
])
A("</section>")

A("<section><h2>9. Actions for 2025-26</h2>")
p("The following actions will be taken during 2025-26 to improve uptake:")
ul([
    "A targeted MMR catch-up programme in Drennock and Brackenhold, including evening and weekend clinics.",
    "Text message and telephone reminders for families whose children are overdue for the pre-school booster.",
    "A review with the SAIS provider of consent processes for the Year 9 vaccinations.",
    "Community outreach vaccination sessions with the Gypsy, Roma and Traveller liaison service.",
    "Offering cervical screening in sexual health clinics and at extended-hours GP hubs.",
])
A("</section>")

A("<section><h2>10. Recommendations</h2>")
p("The Health Protection Board is asked to:")
ul([
    "Note the immunisation and screening performance for 2024-25.",
    "Note the continuing gap between Corvenshire and the 95% standard for childhood immunisations.",
    "Endorse the actions for 2025-26 set out in section 9.",
    "Agree to receive a progress report on the Drennock MMR catch-up programme in April 2026.",
], tag="ol")
A("</section>")

A("<section><h2>Glossary</h2>")
A("<dl>")
for t, d in [
    ("6-in-1 vaccine", "Diphtheria, tetanus, pertussis (whooping cough), polio, Haemophilus influenzae type b (Hib) and hepatitis B (DTaP/IPV/Hib/HepB)."),
    ("MMR", "Measles, mumps and rubella vaccine."),
    ("PCV", "Pneumococcal conjugate vaccine."),
    ("MenB", "Meningococcal group B vaccine."),
    ("HPV", "Human papillomavirus."),
    ("AAA", "Abdominal aortic aneurysm, a swelling of the main blood vessel in the abdomen. Men are offered screening in the year they turn 65."),
    ("NIPE", "Newborn and infant physical examination, which checks the eyes, heart, hips and (in boys) testes."),
    ("SAIS", "School Aged Immunisation Service."),
    ("COVER", "Cover of Vaccination Evaluated Rapidly, the national dataset of childhood immunisation coverage."),
]:
    A(f"<dt>{t}</dt><dd>{d}</dd>")
A("</dl></section>")
A("</main>\n<footer><p class=\"note\">Corvenshire Health Protection Board, October 2025. Figures are for "
  "Corvenshire residents registered with a Corvenshire GP practice.</p></footer>\n</body>\n</html>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts))
print("written", OUT)
print(annual)
print(adult_pct)
