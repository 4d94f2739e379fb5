"""Generate t19_suicide_prevention_dashboard_2025.html (tables with thead, colspan, rowspan)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, pct

OUT = os.path.join(os.path.dirname(__file__), "..", "t19_suicide_prevention_dashboard_2025.html")

districts = ["Fallowgate", "Marrowby", "Quenford", "Strelby", "Kelverdale"]
periods = ["2019-21", "2020-22", "2021-23", "2022-24"]
rates = {
    "Fallowgate": [11.8, 12.4, 13.1, 13.6],
    "Marrowby": [9.6, 9.9, 10.2, 9.7],
    "Quenford": [12.9, 13.5, 12.8, 12.2],
    "Strelby": [14.2, 14.8, 15.6, 16.1],
    "Kelverdale": [8.4, 8.9, 9.3, 9.0],
    "Corrowmere": [11.3, 11.8, 12.1, 12.2],
    "England": [10.4, 10.3, 10.3, 10.7],
}
trend_t1 = {"Fallowgate": "Worsening", "Marrowby": "Stable", "Quenford": "Improving", "Strelby": "Worsening",
            "Kelverdale": "Stable", "Corrowmere": "Worsening", "England": "Stable"}
deaths = {"Fallowgate": 71, "Marrowby": 38, "Quenford": 52, "Strelby": 64, "Kelverdale": 29}
deaths["Corrowmere"] = sum(deaths.values())
deaths["England"] = "–"

bysex = {  # 2019-21 M, F ; 2022-24 M, F
    "Fallowgate": ("18.6", "5.2", "21.0", "6.4"),
    "Marrowby": ("15.1", "4.3", "15.3", "4.2"),
    "Quenford": ("20.4", "5.6", "19.0", "5.5"),
    "Strelby": ("22.8", "5.9", "25.7", "6.8"),
    "Kelverdale": ("13.5", "n/a", "14.2", "n/a"),
    "Corrowmere": ("17.9", "4.9", "19.3", "5.3"),
    "England": ("16.0", "4.9", "16.4", "5.1"),
}

ages = [("10 to 24", 18, 7), ("25 to 34", 34, 8), ("35 to 44", 39, 10), ("45 to 54", 47, 12),
        ("55 to 64", 31, 9), ("65 and over", 27, 12)]

quarters = [("2024-25", "Q1"), ("2024-25", "Q2"), ("2024-25", "Q3"), ("2024-25", "Q4"), ("2025-26", "Q1"), ("2025-26", "Q2")]
tt = [
    ("Referrals received", "–", [6412, 6208, 5977, 6655, 6890, 6741], 0),
    ("Entered treatment (access)", "–", [3955, 3872, 3690, 4118, 4302, 4187], 0),
    ("Access plan", "–", [4100, 4100, 4100, 4100, 4350, 4350], 0),
    ("Finished a course of treatment", "–", [2611, 2540, 2498, 2702, 2815, 2760], 0),
    ("Recovery rate (%)", "50%", [49.2, 50.4, 48.7, 51.3, 52.0, 50.8], 1),
    ("Reliable improvement (%)", "67%", [66.1, 67.4, 65.8, 68.2, 69.0, 67.7], 1),
    ("Reliable recovery (%)", "48%", [46.0, 47.2, 45.1, 48.3, 48.9, 47.6], 1),
]

cmonths = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25"]
calls = [3412, 3588, 3301, 3720, 3655, 3894]
answered = [3105, 3240, 3055, 3381, 3297, 3566]
texts = [612, 655, 701, 744, 768, 812]
crht = [188, 201, 179, 214, 196, 226]
f2f = [71.5, 74.2, 76.8, 73.1, 77.4, 79.0]

selfharm = [
    ("North", [("Fallowgate", 198.4, 205.7, 211.2, "Worsening"), ("Marrowby", 152.3, 148.9, 150.1, "Stable")]),
    ("South", [("Quenford", 236.8, 229.4, 218.6, "Improving"), ("Strelby", 262.1, 270.5, 281.3, "Worsening"),
               ("Kelverdale", 121.7, 126.2, 119.8, "Stable")]),
]

CSS = """
body{font-family:Arial,Helvetica,sans-serif;max-width:1000px;margin:20px auto;color:#222;line-height:1.45}
header{border-bottom:3px solid #5b2c6f;margin-bottom:12px}
table{border-collapse:collapse;margin:6px 0 4px 0;font-size:13px}
th,td{border:1px solid #aaa;padding:3px 7px}
thead th{background:#5b2c6f;color:#fff}
td.num{text-align:right}
tr.total td{font-weight:bold;background:#eee}
tr.comparator td{font-style:italic}
caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}
.note{font-size:12px;color:#555}
.Worsening{background:#f4b6b6}.Improving{background:#c6e7c1}.Stable{background:#eeeeee}
"""


def td(v, cls="num"):
    return f'<td class="{cls}">{html.escape(str(v))}</td>'


def build():
    o = []
    w = o.append
    w("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
    w("<title>Corrowmere Suicide Prevention and Mental Health Annual Dashboard 2025</title>")
    w(f"<style>{CSS}</style></head><body>")
    w("<header><p>Corrowmere Health and Wellbeing Board &middot; 11 December 2025 &middot; Agenda item 8</p>")
    w("<h1>Suicide Prevention and Mental Health Annual Dashboard 2025</h1>")
    w("<table class='meta'><tbody>"
      "<tr><th scope='row'>Report author</th><td>Consultant in Public Health (Mental Health), Corrowmere County Council</td></tr>"
      "<tr><th scope='row'>Sponsor</th><td>Director of Public Health</td></tr>"
      "<tr><th scope='row'>Report date</th><td>27 November 2025</td></tr>"
      "<tr><th scope='row'>Purpose</th><td>For information and discussion</td></tr>"
      "</tbody></table></header>")

    w("<h2>1. Purpose</h2>")
    w("<p>This dashboard reports the latest published data on suicide, self-harm and mental health services in "
      "Corrowmere. It supports the Corrowmere Suicide Prevention Partnership and the Board's oversight of the "
      "Suicide Prevention Strategy 2024 to 2029. It brings together Office for National Statistics mortality data, "
      "hospital admissions data, NHS Talking Therapies data from Corrowmere Partnership NHS Trust, and contact data "
      "from the 24/7 mental health crisis line.</p>")

    w("<h2>2. Key messages</h2>")
    w("<p>The main points from this year's dashboard are:</p><ul>")
    w(f"<li>the Corrowmere suicide rate for 2022-24 was {rates['Corrowmere'][-1]} per 100,000, above the England rate of {rates['England'][-1]};</li>")
    w(f"<li>Strelby has the highest rate of the five districts at {rates['Strelby'][-1]} per 100,000, and the rate has risen in every period since 2019-21;</li>")
    w("<li>around three in every four suicides are among men;</li>")
    w("<li>NHS Talking Therapies met the 50% recovery standard in four of the last six quarters;</li>")
    w("<li>calls to the crisis line were 14% higher in September 2025 than in April 2025.</li></ul>")

    w("<h2>3. Suicide rates</h2>")
    w("<h3>3.1 Rates by district</h3>")
    w("<p>Suicide rates are age-standardised rates per 100,000 population aged 10 and over. Age-standardised rates "
      "adjust for differences in the age structure of populations so that areas can be compared fairly. Because the "
      "numbers each year are small, rates are reported for rolling three-year periods of death registration.</p>")
    w(f"<p>In the three years 2022-24 there were {deaths['Corrowmere']} suicides registered among Corrowmere residents. "
      f"Kelverdale has the lowest rate ({rates['Kelverdale'][-1]} per 100,000). Kelverdale and Marrowby are the only "
      f"districts with a rate below the England average.</p>")
    w("<table id='t1'><caption>Table 1: Suicide rate by district, age-standardised rate per 100,000, three-year periods</caption>")
    w("<thead><tr><th rowspan='2'>Area</th><th colspan='4'>Rate per 100,000 (persons)</th>"
      "<th rowspan='2'>Deaths 2022-24</th><th rowspan='2'>Trend</th></tr><tr>")
    for p in periods:
        w(f"<th>{p}</th>")
    w("</tr></thead><tbody>")
    for a in districts + ["Corrowmere", "England"]:
        cls = " class='total'" if a == "Corrowmere" else (" class='comparator'" if a == "England" else "")
        w(f"<tr{cls}><th scope='row'>{a}</th>" + "".join(td(f"{v:.1f}") for v in rates[a])
          + td(deaths[a]) + f"<td class='{trend_t1[a]}'>{trend_t1[a]}</td></tr>")
    w("</tbody></table>")
    w("<p class='note'>Source: Office for National Statistics, deaths registered. Trend compares 2022-24 with 2019-21.</p>")

    w("<h3>3.2 Rates by sex</h3>")
    w(f"<p>Male suicide rates are between three and four times the female rate. The Corrowmere male rate rose from "
      f"{bysex['Corrowmere'][0]} per 100,000 in 2019-21 to {bysex['Corrowmere'][2]} in 2022-24. The highest male rate "
      f"is in Strelby, where the Partnership is piloting a men's mental health outreach service with the fishing and "
      f"port industries.</p>")
    w("<table id='t2'><caption>Table 2: Suicide rate by sex and district, age-standardised rate per 100,000</caption>")
    w("<thead><tr><th rowspan='2'>Area</th><th colspan='2'>2019-21</th><th colspan='2'>2022-24</th></tr>"
      "<tr><th>Male</th><th>Female</th><th>Male</th><th>Female</th></tr></thead><tbody>")
    for a in districts + ["Corrowmere", "England"]:
        cls = " class='total'" if a == "Corrowmere" else (" class='comparator'" if a == "England" else "")
        w(f"<tr{cls}><th scope='row'>{a}</th>" + "".join(td(v) for v in bysex[a]) + "</tr>")
    w("</tbody></table>")
    w("<p class='note'>n/a: rate not calculated because there were fewer than 10 deaths in the period.</p>")

    w("<h3>3.3 Deaths by age and sex</h3>")
    m = sum(a[1] for a in ages); f = sum(a[2] for a in ages)
    w(f"<p>Of the {m + f} suicides registered in 2022-24, {m} were male ({pct(m, m + f)}%) and {f} were female. "
      f"The largest number of deaths was among men aged 45 to 54.</p>")
    w("<table id='t3'><caption>Table 3: Registered suicides by age group and sex, Corrowmere, 2022-24 (number of deaths)</caption>")
    w("<thead><tr><th>Age group</th><th>Male</th><th>Female</th><th>Persons</th></tr></thead><tbody>")
    for name, mm, ff in ages:
        w(f"<tr><th scope='row'>{name}</th>{td(mm)}{td(ff)}{td(mm + ff)}</tr>")
    w(f"<tr class='total'><th scope='row'>All ages</th>{td(m)}{td(f)}{td(m + f)}</tr>")
    w("</tbody></table>")

    w("<h3>3.4 Real-time surveillance</h3>")
    w("<p>The real-time surveillance system, run with Corrowmere Police and the coroner's office, recorded 87 suspected "
      "suicides in the 12 months to 30 September 2025, compared with 79 in the previous 12 months. These figures are "
      "provisional and are not comparable with the registered deaths above. The Partnership offers bereavement support "
      "to families through the Amberlight Suicide Bereavement Service, which supported 142 people in 2024-25.</p>")

    w("<h2>4. Self-harm</h2>")
    w("<p>Emergency hospital admissions for intentional self-harm are an important risk indicator. Rates are "
      "age-standardised per 100,000 population. Strelby's rate is the highest in Corrowmere and has increased in each "
      "year shown.</p>")
    w("<table id='t4'><caption>Table 4: Emergency hospital admissions for intentional self-harm, directly standardised rate per 100,000</caption>")
    w("<thead><tr><th>Locality</th><th>District</th><th>2022-23</th><th>2023-24</th><th>2024-25</th><th>Trend</th></tr></thead><tbody>")
    for loc, rows in selfharm:
        for i, (d, a, b, c, tr) in enumerate(rows):
            first = f"<th scope='rowgroup' rowspan='{len(rows)}'>{loc}</th>" if i == 0 else ""
            w(f"<tr>{first}<th scope='row'>{d}</th>{td(a)}{td(b)}{td(c)}<td class='{tr}'>{tr}</td></tr>")
    w("<tr class='total'><th colspan='2'>Corrowmere</th>" + td("193.5") + td("196.2") + td("197.0") + "<td>Stable</td></tr>")
    w("<tr class='comparator'><th colspan='2'>England</th>" + td("163.9") + td("160.1") + td("158.4") + "<td>Improving</td></tr>")
    w("</tbody></table>")

    w("<h2>5. NHS Talking Therapies</h2>")
    w("<p>NHS Talking Therapies for anxiety and depression is provided across Corrowmere by Corrowmere Partnership NHS "
      "Trust and two voluntary sector partners. Recovery means that a person who started treatment above the clinical "
      "threshold for anxiety or depression finished treatment below it. Reliable recovery means the person both "
      "recovered and showed a reliable improvement in their scores.</p>")
    a25 = [v for v in tt[1][2][4:]]
    w(f"<p>More people entered treatment in each quarter of 2025-26 than in the same quarter a year earlier, but the service remained below the "
      f"access plan of {tt[2][2][-1]:,} in the latest quarter, when {tt[1][2][-1]:,} people entered treatment. Recovery "
      f"fell to {tt[4][2][-1]}% in Q2 2025-26 after reaching 52.0% in Q1.</p>")
    w("<table id='t5'><caption>Table 5: NHS Talking Therapies activity and outcomes by quarter</caption>")
    w("<thead><tr><th rowspan='2'>Measure</th><th rowspan='2'>Standard</th><th colspan='4'>2024-25</th><th colspan='2'>2025-26</th></tr><tr>")
    for y, q in quarters:
        w(f"<th>{q}</th>")
    w("</tr></thead><tbody>")
    for name, std, vals, dp in tt:
        w(f"<tr><th scope='row'>{name}</th>{td(std)}" + "".join(td(fmt(v) if dp == 0 else f'{v:.1f}') for v in vals) + "</tr>")
    w("</tbody></table>")
    w("<p class='note'>Access is the number of people who had their first treatment appointment in the quarter. "
      "Recovery and reliable recovery are measured for people who finished a course of treatment (two or more sessions).</p>")

    w("<h2>6. Mental health crisis line</h2>")
    tc = sum(calls); ta = sum(answered)
    w(f"<p>The Corrowmere 24/7 mental health crisis line (freephone) is run by Corrowmere Partnership NHS Trust. "
      f"Between April and September 2025 it received {tc:,} calls, of which {ta:,} ({pct(ta, tc)}%) were answered. "
      f"Callers who need urgent face-to-face support are referred to the crisis resolution and home treatment (CRHT) "
      f"team. A text and webchat service was added in 2024.</p>")
    w("<table id='t6'><caption>Table 6: Mental health crisis line contacts by month, April to September 2025</caption>")
    w("<thead><tr><th>Measure</th>" + "".join(f"<th>{m}</th>" for m in cmonths) + "<th>Apr to Sep total</th></tr></thead><tbody>")
    w("<tr><th scope='row'>Calls received</th>" + "".join(td(fmt(v)) for v in calls) + td(fmt(tc)) + "</tr>")
    w("<tr><th scope='row'>Calls answered</th>" + "".join(td(fmt(v)) for v in answered) + td(fmt(ta)) + "</tr>")
    w("<tr><th scope='row'>Calls answered (%)</th>" + "".join(td(f"{pct(a, c):.1f}") for a, c in zip(answered, calls)) + td(f"{pct(ta, tc):.1f}") + "</tr>")
    w("<tr><th scope='row'>Text and webchat contacts</th>" + "".join(td(fmt(v)) for v in texts) + td(fmt(sum(texts))) + "</tr>")
    w("<tr><th scope='row'>Referrals to CRHT team</th>" + "".join(td(fmt(v)) for v in crht) + td(fmt(sum(crht))) + "</tr>")
    w("<tr><th scope='row'>Seen face to face within 24 hours of referral (%)</th>" + "".join(td(f"{v:.1f}") for v in f2f) + td("n/a") + "</tr>")
    w("</tbody></table>")
    w("<p class='note'>n/a: a six-month figure is not calculated for the 24-hour measure.</p>")

    w("<h2>7. Prevention activity</h2>")
    w("<p>Partnership members delivered suicide prevention training to 1,240 people in 2024-25, including GP "
      "practice staff, pharmacy teams, housing officers and licensed premises staff. The Partnership's priorities "
      "for 2026 are:</p><ol>")
    for it in ["extending the men's outreach pilot from Strelby to Quenford;",
               "a self-harm support pathway for young people aged 11 to 18 with Corrowmere schools;",
               "safer locations work at Strelby harbour and the Fallowgate rail bridge;",
               "improving information sharing between the crisis line and GP practices;",
               "training a further 1,500 people by March 2027."]:
        w(f"<li>{it}</li>")
    w("</ol>")

    w("<h2>8. Recommendations</h2>")
    w("<p>The Health and Wellbeing Board is asked to:</p><ul>")
    for it in ["note the rise in the Corrowmere suicide rate and the continued gap with England;",
               "support the extension of the men's outreach pilot to Quenford;",
               "ask Corrowmere Partnership NHS Trust to report on Talking Therapies access against plan at the June 2026 meeting;",
               "endorse the Partnership's priorities for 2026."]:
        w(f"<li>{it}</li>")
    w("</ul>")
    w("<h2>Glossary</h2><dl>")
    for k, v in [("CRHT", "crisis resolution and home treatment team"),
                 ("RTS", "real-time surveillance of suspected suicides"),
                 ("Age-standardised rate", "a rate adjusted to a standard population so that areas with different age structures can be compared")]:
        w(f"<dt>{k}</dt><dd>{v}</dd>")
    w("</dl></body></html>")
    import re
    page = "\n".join(o)
    page = re.sub(r"(</t[dh]>)(<t[dh])", r"\1\n\2", page)
    page = re.sub(r"(</tr>)(<tr)", r"\1\n\2", page)
    open(OUT, "w", encoding="utf-8").write(page)
    print("wrote", OUT, "calls", tc, ta, pct(ta, tc), "sep vs apr", pct(calls[-1] - calls[0], calls[0]), "male", m, f)


if __name__ == "__main__":
    build()
