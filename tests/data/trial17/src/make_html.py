"""Generate t17_corporate_risk_register_q3.html (council corporate risk register summary)."""
import html

OUT = "/work/trials_new/trial17/t17_corporate_risk_register_q3.html"


def band(score):
    if score >= 15:
        return "Red"
    if score >= 8:
        return "Amber"
    return "Green"


# ref, title, owner, inherent L, I, residual L, I, target, direction, q2 residual
RISKS = {
    "Finance and resources": [
        ("CR01", "Medium-term financial sustainability", "Director of Finance (Section 151 Officer)", 5, 5, 4, 5, 12, "Increasing", 16),
        ("CR02", "Adult social care demand and market sustainability", "Director of Adult Social Care", 5, 4, 4, 4, 9, "Unchanged", 16),
        ("CR03", "High Needs Block deficit (Dedicated Schools Grant)", "Director of Children's Services", 5, 4, 4, 4, 8, "Increasing", 12),
        ("CR04", "Workforce recruitment and retention", "Director of People and Organisational Development", 4, 4, 3, 4, 8, "Decreasing", 16),
    ],
    "Children, adults and communities": [
        ("CR05", "Safeguarding children", "Director of Children's Services", 4, 5, 2, 5, 10, "Unchanged", 10),
        ("CR06", "Safeguarding adults at risk", "Director of Adult Social Care", 4, 5, 2, 5, 10, "Unchanged", 10),
        ("CR07", "Homelessness and temporary accommodation demand", "Director of Housing and Communities", 5, 4, 4, 3, 8, "Increasing", 9),
    ],
    "Place and infrastructure": [
        ("CR08", "Climate adaptation and flood risk (River Wynd catchment)", "Director of Place", 4, 4, 3, 4, 9, "Unchanged", 12),
        ("CR09", "Highways maintenance backlog", "Director of Place", 4, 3, 3, 3, 6, "Decreasing", 12),
        ("CR10", "Delivery of the Kessford Town Centre regeneration programme", "Director of Regeneration and Growth", 4, 4, 3, 3, 6, "Decreasing", 12),
    ],
    "Governance, digital and resilience": [
        ("CR11", "Cyber attack and loss of critical ICT systems", "Chief Digital and Information Officer", 5, 5, 3, 5, 10, "Unchanged", 15),
        ("CR12", "Business continuity and emergency response", "Head of Resilience and Emergency Planning", 3, 4, 2, 3, 6, "Unchanged", 6),
        ("CR13", "Information governance and data protection compliance", "Senior Information Risk Owner", 4, 3, 2, 3, 4, "Decreasing", 8),
        ("CR14", "Local government reorganisation and devolution transition", "Chief Executive", 4, 4, 4, 4, 9, "New", None),
    ],
}

all_risks = [r for v in RISKS.values() for r in v]
for r in all_risks:
    print(r[0], r[3] * r[4], r[5] * r[6], band(r[5] * r[6]), "q2", r[9], band(r[9]) if r[9] else "-")
from collections import Counter
print("Q3 RAG", Counter(band(r[5] * r[6]) for r in all_risks))
q2 = [r[9] for r in all_risks if r[9]] + [12]  # plus CR15 closed
print("Q2 RAG", Counter(band(x) for x in q2))

css = """
body{font-family:Arial,Helvetica,sans-serif;font-size:14px;max-width:1100px;margin:20px auto;color:#222;line-height:1.45}
h1{font-size:24px;color:#1f3864}h2{font-size:18px;color:#1f3864;border-bottom:1px solid #ccc;padding-bottom:3px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0 4px 0;font-size:12.5px}th,td{border:1px solid #888;padding:4px 6px}
thead th{background:#1f3864;color:#fff}caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}
tr.group th{background:#d9e2f3;text-align:left}tr.total td,tr.total th{font-weight:bold;background:#ddd}
td.num{text-align:right}.Red{background:#f4b6b6}.Amber{background:#fde3a7}.Green{background:#c6e5c3}
p.note{font-size:11.5px;font-style:italic;color:#444}dl.meta dt{font-weight:bold;float:left;width:160px}dl.meta dd{margin-left:170px}
nav.breadcrumb{font-size:12px;color:#666}footer{font-size:11px;color:#666;border-top:1px solid #ccc;margin-top:30px}
"""

h = []
a = h.append
a("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">")
a("<title>Corporate Risk Register – Quarter 3 2025-26 Summary | Marrowdene Vale Council</title>")
a(f"<style>{css}</style>\n</head>\n<body>")
a("<header><nav class=\"breadcrumb\">Home &gt; Council and democracy &gt; Committees &gt; Audit and Governance Committee &gt; 29 January 2026</nav>")
a("<p><strong>Marrowdene Vale Council</strong></p></header>")
a("<main>")
a("<h1>Corporate Risk Register – Quarter 3 2025-26 Summary</h1>")
a("<dl class=\"meta\">")
for k, v in [("Committee", "Audit and Governance Committee"), ("Meeting date", "29 January 2026"),
             ("Report date", "16 January 2026"), ("Report author", "Head of Risk, Insurance and Assurance"),
             ("Responsible officer", "Director of Finance (Section 151 Officer)"),
             ("Register position as at", "31 December 2025"), ("Status", "For information and challenge")]:
    a(f"<dt>{k}</dt><dd>{v}</dd>")
a("</dl>")

a("<h2 id=\"s1\">1. Purpose</h2>")
a("<p>This report presents the Corporate Risk Register as at 31 December 2025 (Quarter 3 2025-26). It enables the "
  "Committee to seek assurance that the council's most significant risks are identified, assessed and managed "
  "effectively, in line with the Risk Management Strategy approved by Cabinet in April 2025.</p>")

a("<h2 id=\"s2\">2. Summary of the Quarter 3 position</h2>")
a("<p>The register contains 14 corporate risks at the end of Quarter 3. One new risk has been added (CR14, local "
  "government reorganisation and devolution transition) and one risk has been closed (CR15, waste collection "
  "contract re-procurement), following the successful award of the new contract in November 2025.</p>")
a("<p>The headline changes this quarter are:</p>")
a("<ul>")
a("<li>five risks are now rated Red after mitigation, compared with four at Quarter 2;</li>")
a("<li>three risk scores have increased (CR01, CR03 and CR07) and four have decreased (CR04, CR09, CR10 and CR13);</li>")
a("<li>the highest residual score is 20, for CR01 medium-term financial sustainability;</li>")
a("<li>no risk has yet reached its target score apart from CR05, CR06 and CR12.</li>")
a("</ul>")

# ---------------- Section 3 scoring method
a("<h2 id=\"s3\">3. How risks are scored</h2>")
a("<p>Each risk is scored for likelihood and impact on a scale of 1 to 5. The risk score is likelihood multiplied by "
  "impact, giving a maximum of 25. The <em>inherent</em> score is the level of risk before any controls are applied; the "
  "<em>residual</em> score is the current level of risk taking account of controls in place; the <em>target</em> score "
  "is the level the risk owner aims to reach within 12 months. The RAG rating is based on the residual score.</p>")
a("<table id=\"matrix\">")
a("<caption>Table 1: Risk scoring matrix (likelihood × impact)</caption>")
a("<thead><tr><th rowspan=\"2\" colspan=\"2\">Likelihood</th><th colspan=\"5\">Impact</th></tr>")
a("<tr><th>1 Negligible</th><th>2 Minor</th><th>3 Moderate</th><th>4 Major</th><th>5 Critical</th></tr></thead>")
a("<tbody>")
lik = ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"]
for i, l in enumerate(lik):
    L = 5 - i
    cells = "".join(f"<td class=\"num {band(L * I)}\">{L * I}</td>" for I in range(1, 6))
    if i == 0:
        a(f"<tr><th rowspan=\"5\">Likelihood</th><th>{l}</th>{cells}</tr>")
    else:
        a(f"<tr><th>{l}</th>{cells}</tr>")
a("</tbody></table>")
a("<p class=\"note\">RAG bands: Green 1–6 (low); Amber 8–12 (medium); Red 15–25 (high). "
  "Direction of travel compares the residual score with the previous quarter.</p>")

# ---------------- Section 4 register
a("<h2 id=\"s4\">4. Corporate risk register at Quarter 3</h2>")
a("<p>Table 2 summarises all 14 corporate risks, grouped by theme. Full risk descriptions, causes and consequences "
  "are held in the council's risk management system and are available to members on request.</p>")
a("<table id=\"register\">")
a("<caption>Table 2: Corporate risk register summary, Quarter 3 2025-26 (position at 31 December 2025)</caption>")
a("<thead><tr><th rowspan=\"2\">Ref</th><th rowspan=\"2\">Risk</th><th rowspan=\"2\">Risk owner</th>"
  "<th colspan=\"3\">Inherent</th><th colspan=\"3\">Residual</th><th rowspan=\"2\">Target score</th>"
  "<th rowspan=\"2\">RAG</th><th rowspan=\"2\">Direction of travel</th></tr>")
a("<tr><th>L</th><th>I</th><th>Score</th><th>L</th><th>I</th><th>Score</th></tr></thead>")
for g, items in RISKS.items():
    a(f"<tbody><tr class=\"group\"><th colspan=\"12\">{html.escape(g)}</th></tr>")
    for ref, title, owner, il, ii, rl, ri, tgt, dot, q2s in items:
        rag = band(rl * ri)
        a(f"<tr><td>{ref}</td><td>{html.escape(title)}</td><td>{html.escape(owner)}</td>"
          f"<td class=\"num\">{il}</td><td class=\"num\">{ii}</td><td class=\"num\">{il * ii}</td>"
          f"<td class=\"num\">{rl}</td><td class=\"num\">{ri}</td><td class=\"num\">{rl * ri}</td>"
          f"<td class=\"num\">{tgt}</td><td class=\"{rag}\">{rag}</td><td>{dot}</td></tr>")
    a("</tbody>")
a("</table>")
a("<p class=\"note\">L = likelihood; I = impact. Direction of travel: Increasing = residual score higher than Quarter 2; "
  "Decreasing = lower; Unchanged = same; New = added this quarter.</p>")

# ---------------- Section 5 movements
a("<h2 id=\"s5\">5. Changes since Quarter 2</h2>")
a("<p>Table 3 lists each risk whose residual score changed during the quarter, together with the main reason.</p>")
reasons = {
    "CR01": "Provisional settlement lower than assumed; budget gap for 2026-27 increased to £14.2m",
    "CR03": "High Needs Block overspend forecast to rise; statutory override ends March 2028",
    "CR04": "Social worker vacancy rate reduced following international recruitment",
    "CR07": "Households in temporary accommodation continue to rise",
    "CR09": "Additional £3.1m capital allocated to resurfacing in 2025-26",
    "CR10": "Phase 1 contract let within budget",
    "CR13": "Data protection training completion now above 95%",
}
a("<table id=\"movements\">")
a("<caption>Table 3: Movement in residual risk scores, Quarter 2 to Quarter 3 2025-26</caption>")
a("<thead><tr><th>Ref</th><th>Risk</th><th>Q2 residual score</th><th>Q3 residual score</th><th>Change</th><th>Reason for change</th></tr></thead><tbody>")
for r in all_risks:
    ref, title = r[0], r[1]
    q3 = r[5] * r[6]
    if r[9] is None or r[9] == q3:
        continue
    ch = q3 - r[9]
    chs = f"+{ch}" if ch > 0 else f"({-ch})"
    a(f"<tr><td>{ref}</td><td>{html.escape(title)}</td><td class=\"num\">{r[9]}</td><td class=\"num\">{q3}</td>"
      f"<td class=\"num\">{chs}</td><td>{html.escape(reasons[ref])}</td></tr>")
a("<tr><td>CR14</td><td>Local government reorganisation and devolution transition</td><td class=\"num\">–</td>"
  "<td class=\"num\">16</td><td class=\"num\">n/a</td><td>New risk added in Quarter 3</td></tr>")
a("<tr><td>CR15</td><td>Waste collection contract re-procurement</td><td class=\"num\">12</td>"
  "<td class=\"num\">Closed</td><td class=\"num\">n/a</td><td>Contract awarded November 2025; risk closed</td></tr>")
a("</tbody></table>")
a("<p class=\"note\">Change shown as Q3 less Q2; decreases are shown in brackets.</p>")

# ---------------- Section 6 profile
a("<h2 id=\"s6\">6. Risk profile over time</h2>")
a("<p>The number of Red risks has risen from three at Quarter 4 2024-25 to five at Quarter 3 2025-26, reflecting the financial pressures "
  "facing the council and the wider local government sector.</p>")
prof = [("Q4 2024-25", 3, 9, 2), ("Q1 2025-26", 4, 8, 2), ("Q2 2025-26", 4, 9, 1), ("Q3 2025-26", 5, 7, 2)]
a("<table id=\"profile\">")
a("<caption>Table 4: Number of corporate risks by residual RAG rating, by quarter</caption>")
a("<thead><tr><th rowspan=\"2\">RAG rating</th><th>2024-25</th><th colspan=\"3\">2025-26</th></tr>")
a("<tr>" + "".join(f"<th>{p[0].split()[0]}</th>" for p in prof) + "</tr></thead><tbody>")
for idx, lab in [(1, "Red"), (2, "Amber"), (3, "Green")]:
    a(f"<tr><th class=\"{lab}\">{lab}</th>" + "".join(f"<td class=\"num\">{p[idx]}</td>" for p in prof) + "</tr>")
a("<tr class=\"total\"><th>Total corporate risks</th>" + "".join(f"<td class=\"num\">{p[1] + p[2] + p[3]}</td>" for p in prof) + "</tr>")
a("</tbody></table>")
for p in prof:
    print(p, sum(p[1:]))

# ---------------- Section 7 red risk actions
a("<h2 id=\"s7\">7. Mitigating actions for Red risks</h2>")
a("<p>For each risk rated Red, the risk owner has agreed further actions to bring the risk towards its target score. "
  "Progress on these actions is summarised in Table 5.</p>")
acts = [
    ("CR01", "Medium-term financial sustainability", [
        ("Deliver the £9.6m 2025-26 savings programme", "Director of Finance (Section 151 Officer)", "31 March 2026", "Amber – £7.4m on track"),
        ("Set a balanced 2026-27 budget and refresh the Medium Term Financial Strategy", "Director of Finance (Section 151 Officer)", "25 February 2026", "On track"),
        ("Review of capital programme borrowing", "Head of Corporate Finance", "30 April 2026", "Not started"),
    ]),
    ("CR02", "Adult social care demand and market sustainability", [
        ("Implement Home First reablement model across all localities", "Director of Adult Social Care", "30 June 2026", "On track"),
        ("Agree 2026-27 care home and home care fee uplifts with providers", "Head of Commissioning", "31 March 2026", "On track"),
    ]),
    ("CR03", "High Needs Block deficit (Dedicated Schools Grant)", [
        ("Deliver the Delivering Better Value SEND programme", "Director of Children's Services", "31 March 2027", "Delayed"),
        ("Open 60 additional specialist school places at Sallowmead", "Head of SEND", "1 September 2026", "On track"),
    ]),
    ("CR11", "Cyber attack and loss of critical ICT systems", [
        ("Achieve Cyber Essentials Plus certification", "Chief Digital and Information Officer", "31 March 2026", "On track"),
        ("Complete disaster recovery test of critical systems", "Head of ICT Infrastructure", "28 February 2026", "Delayed"),
    ]),
    ("CR14", "Local government reorganisation and devolution transition", [
        ("Establish a reorganisation programme board and programme management office", "Chief Executive", "31 January 2026", "Complete"),
        ("Submit the council's response to the government's reorganisation proposals", "Chief Executive", "20 March 2026", "On track"),
    ]),
]
a("<table id=\"actions\">")
a("<caption>Table 5: Further mitigating actions for Red-rated corporate risks</caption>")
a("<thead><tr><th>Ref</th><th>Risk</th><th>Action</th><th>Action owner</th><th>Due date</th><th>Status</th></tr></thead><tbody>")
nacts = 0
for ref, title, items in acts:
    for i, (act, own, due, stt) in enumerate(items):
        nacts += 1
        if i == 0:
            a(f"<tr><td rowspan=\"{len(items)}\">{ref}</td><td rowspan=\"{len(items)}\">{html.escape(title)}</td>"
              f"<td>{html.escape(act)}</td><td>{html.escape(own)}</td><td>{due}</td><td>{html.escape(stt)}</td></tr>")
        else:
            a(f"<tr><td>{html.escape(act)}</td><td>{html.escape(own)}</td><td>{due}</td><td>{html.escape(stt)}</td></tr>")
a("</tbody></table>")
print("actions", nacts)

# ---------------- Section 8 appetite
a("<h2 id=\"s8\">8. Risk appetite</h2>")
a("<p>Cabinet agreed the council's risk appetite statement in April 2025. Table 6 compares the number of risks in each "
  "category with the tolerance set for that category. Risks with a residual score above the tolerance are reported to "
  "Cabinet each quarter.</p>")
app = [
    ("Financial", "Cautious", 12, ["CR01", "CR02", "CR03"]),
    ("People and workforce", "Open", 12, ["CR04"]),
    ("Safeguarding", "Averse", 10, ["CR05", "CR06"]),
    ("Service delivery and housing", "Cautious", 12, ["CR07"]),
    ("Environment and infrastructure", "Open", 15, ["CR08", "CR09", "CR10"]),
    ("Technology and information", "Cautious", 10, ["CR11", "CR13"]),
    ("Governance and resilience", "Cautious", 12, ["CR12", "CR14"]),
]
score = {r[0]: r[5] * r[6] for r in all_risks}
a("<table id=\"appetite\">")
a("<caption>Table 6: Risk appetite and tolerance by category, Quarter 3 2025-26</caption>")
a("<thead><tr><th>Risk category</th><th>Appetite level</th><th>Tolerance (maximum residual score)</th>"
  "<th>Corporate risks in category</th><th>Number above tolerance</th></tr></thead><tbody>")
for cat, lvl, tol, refs in app:
    above = [r for r in refs if score[r] > tol]
    a(f"<tr><td>{cat}</td><td>{lvl}</td><td class=\"num\">{tol}</td><td>{', '.join(refs)}</td>"
      f"<td class=\"num\">{len(above) if above else '–'}</td></tr>")
    print(cat, tol, above)
a("</tbody></table>")
a("<p class=\"note\">Appetite levels: Averse – avoid risk; Cautious – prefer safe options with low residual risk; "
  "Open – willing to accept risk for better outcomes.</p>")

# ---------------- Section 9 emerging
a("<h2 id=\"s9\">9. Emerging risks</h2>")
a("<p>The Corporate Leadership Team is monitoring the following emerging issues, which are not yet on the corporate "
  "register:</p>")
a("<ul>")
a("<li>the impact of changes to employer National Insurance contributions on commissioned providers;</li>")
a("<li>increased insurance premiums following recent claims experience;</li>")
a("<li>the condition of council-owned leisure centres, pending a stock condition survey;</li>")
a("<li>potential reductions in funding for asylum dispersal and resettlement schemes.</li>")
a("</ul>")
a("<p>Internal Audit's 2025-26 review of risk management arrangements gave a <strong>Reasonable</strong> assurance "
  "opinion, with two medium-priority recommendations relating to the recording of target dates and the review of "
  "directorate risk registers.</p>")

# ---------------- Section 10 recommendations
a("<h2 id=\"s10\">10. Recommendations</h2>")
a("<p>The Audit and Governance Committee is recommended to:</p>")
a("<ol>")
a("<li>note the Corporate Risk Register as at 31 December 2025;</li>")
a("<li>note the addition of CR14 and the closure of CR15;</li>")
a("<li>consider whether to invite the Director of Children's Services to the next meeting to discuss CR03;</li>")
a("<li>note the Reasonable assurance opinion from Internal Audit on risk management arrangements.</li>")
a("</ol>")
a("</main>")
a("<footer><p>Marrowdene Vale Council, Civic Offices, Kessford. Page last updated 16 January 2026.</p></footer>")
a("</body>\n</html>")

import re
out = "\n".join(h)
out = re.sub(r"(</t[dh]>|</dt>)\s*(<t[dh]|<dd)", r"\1\n  \2", out)
out = re.sub(r"(<tr[^>]*>)(<t[dh])", r"\1\n  \2", out)
open(OUT, "w", encoding="utf-8").write(out)
print("written", OUT)
