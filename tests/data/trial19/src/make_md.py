"""Generate t19_estates_capital_programme_update.md (pipe tables)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import fmt, pct

OUT = os.path.join(os.path.dirname(__file__), "..", "t19_estates_capital_programme_update.md")

# 2025-26 programme: (name, plan, spend M7, forecast)
programme = [
    ("Strategic schemes", [
        ("Fallowgate Emergency Department expansion", 9800, 4215, 8350),
        ("Quenford Community Diagnostic Centre", 6500, 3880, 6720),
        ("Ward Block B refurbishment", 4200, 1190, 2600),
        ("Modular theatres 7 and 8", 3150, 2870, 3150),
    ]),
    ("Backlog maintenance and estates", [
        ("Electrical infrastructure resilience", 2400, 1106, 2400),
        ("Fire safety compartmentation", 1650, 412, 1200),
        ("Roof replacement, Quenford Community Hospital", 980, 75, 520),
        ("Ventilation upgrades", 1120, 598, 1180),
        ("Minor works and statutory compliance", 1500, 803, 1500),
    ]),
    ("Medical equipment", [
        ("Imaging equipment replacement", 3200, 1410, 3350),
        ("General medical equipment", 1450, 720, 1450),
    ]),
    ("Digital", [
        ("Electronic patient record phase 2", 2800, 1322, 2500),
        ("Network and infrastructure refresh", 900, 266, 900),
    ]),
]

# Major schemes whole life: name, approved, prior-year spend, phasing (prior, 25-26 fcst, 26-27, 27-28), planned, revised, rag
major = [
    ("Fallowgate Emergency Department expansion", 24500, (7725, 8350, 9305, 0), 4215, "Jun 2026", "Oct 2026", "Red"),
    ("Quenford Community Diagnostic Centre", 14200, (7700, 6720, 0, 0), 3880, "Mar 2026", "Mar 2026", "Amber"),
    ("Ward Block B refurbishment", 8750, (150, 2600, 5400, 600), 1190, "Sep 2026", "Jan 2027", "Amber"),
    ("Modular theatres 7 and 8", 6300, (3100, 3150, 0, 0), 2870, "Dec 2025", "Dec 2025", "Green"),
    ("Electrical infrastructure resilience", 4800, (1800, 2400, 600, 0), 1106, "Mar 2027", "Mar 2027", "Green"),
]

backlog = [  # site: category: (2023, 2024, 2025)
    ("Fallowgate General Hospital", [("High risk", 15210, 17640, 19850), ("Significant risk", 21480, 22310, 23370),
                                     ("Moderate risk", 24120, 23650, 24810), ("Low risk", 7140, 7380, 7020)]),
    ("Quenford Community Hospital", [("High risk", 3210, 3710, 4060), ("Significant risk", 5220, 5570, 5770),
                                     ("Moderate risk", 7130, 6750, 7110), ("Low risk", 2740, 2740, 2740)]),
]

funding = [
    ("Internally generated capital (depreciation)", 18900),
    ("Public dividend capital (PDC): UEC capacity", 9800),
    ("PDC: Community Diagnostic Centre programme", 6500),
    ("PDC: frontline digitisation (EPR)", 1800),
    ("Charitable funds (Corrowmere Hospitals Charity)", 650),
    ("Proceeds from disposal of Marrowby Clinic site", 2000),
]

risks = [
    ("CAP01", "Fallowgate ED expansion: structural steel contractor delay pushes completion beyond October 2026", 16, 8, "Increasing"),
    ("CAP02", "PDC for the ED expansion must be spent by 31 March 2026 or returned to the Department", 15, 6, "Increasing"),
    ("CAP03", "Asbestos found in Ward Block B requires additional removal works", 12, 6, "Static"),
    ("CAP04", "Equipment cost inflation at the Community Diagnostic Centre", 9, 4, "Reducing"),
    ("CAP05", "Breach of the Trust's capital resource limit (CRL) at year end", 8, 4, "Static"),
]


def table(header, rows, left=1):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join([":---"] * left + ["---:"] * (len(header) - left)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def build():
    L = []
    w = L.append
    w("# Corrowmere University Hospitals NHS Foundation Trust")
    w("")
    w("## Estates and Capital Programme Update: Month 7 2025-26")
    w("")
    w("**Meeting:** Finance and Performance Committee  ")
    w("**Date:** 9 December 2025  ")
    w("**Agenda item:** 6.2  ")
    w("**Author:** Associate Director of Capital Planning  ")
    w("**Executive lead:** Director of Estates, Facilities and Capital Development  ")
    w("**Purpose:** For assurance. The Committee is asked to approve two changes to the 2025-26 programme (section 8).")
    w("")
    w("## 1. Purpose")
    w("")
    w("This paper updates the Committee on delivery of the 2025-26 capital programme at Month 7 (October 2025), the "
      "progress of the five major schemes, the backlog maintenance position across the Trust's two hospital sites, and "
      "the main capital risks. All figures are in £000 unless stated otherwise.")
    w("")

    # totals
    gp = gs = gf = 0
    for g, rows in programme:
        for n, p, s, f in rows:
            gp += p; gs += s; gf += f
    w("## 2. Summary")
    w("")
    w(f"The Trust's capital plan for 2025-26 is £{gp/1000:.2f}m. Spend to the end of October was £{gs/1000:.2f}m, "
      f"{pct(gs, gp)}% of the annual plan, compared with {pct(7, 12)}% of the year elapsed. The forecast outturn is "
      f"£{gf/1000:.2f}m, an underspend of £{(gp-gf)/1000:.2f}m against plan. The underspend is mainly slippage on the "
      f"Fallowgate Emergency Department expansion and the Ward Block B refurbishment, which will be carried into 2026-27.")
    w("")
    w("Key points for the Committee:")
    w("")
    w("- the Quenford Community Diagnostic Centre is forecast to overspend by £220,000 because of equipment price increases;")
    w("- modular theatres 7 and 8 are on track to open to patients in December 2025;")
    w("- the Fallowgate ED expansion is now forecast to complete in October 2026, four months later than planned;")
    w("- high-risk backlog maintenance has risen again, to £23.91m at 31 March 2025.")
    w("")

    w("## 3. 2025-26 capital programme")
    w("")
    w("Table 1 sets out the programme by category. The variance column shows plan less forecast: positive figures are "
      "forecast underspends and figures in brackets are forecast overspends.")
    w("")
    w("**Table 1: 2025-26 capital programme by category and scheme, Month 7 (£000)**")
    w("")
    rows = []
    for g, items in programme:
        rows.append([f"**{g}**", "", "", "", ""])
        sp = ss = sf = 0
        for n, p, s, f in items:
            rows.append([n, fmt(p), fmt(s), fmt(f), fmt(p - f)])
            sp += p; ss += s; sf += f
        rows.append([f"*Subtotal: {g.lower()}*", f"*{fmt(sp)}*", f"*{fmt(ss)}*", f"*{fmt(sf)}*", f"*{fmt(sp - sf)}*"])
    rows.append(["**Total capital programme**", f"**{fmt(gp)}**", f"**{fmt(gs)}**", f"**{fmt(gf)}**", f"**{fmt(gp - gf)}**"])
    w(table(["Category / scheme", "Annual plan", "Spend to date (M7)", "Forecast outturn", "Variance"], rows))
    w("")
    w("*A dash (–) means nil. Figures in brackets are forecast overspends.*")
    w("")
    w("The forecast overspends on imaging equipment (£150,000) and ventilation upgrades (£60,000) will be met from the "
      "underspend on fire safety compartmentation, where the second phase has been re-scoped.")
    w("")

    w("## 4. Major schemes")
    w("")
    w("The Trust has five schemes with a whole-life value above £4m. Table 2 compares each scheme's approved budget with "
      "the latest whole-life forecast. Slippage is 2025-26 spend that is now expected to fall in 2026-27.")
    w("")
    w("**Table 2: Major capital schemes, whole-life budget and forecast (£000)**")
    w("")
    rows = []
    tot = [0] * 5
    prog_map = {n: (p, f) for g, it in programme for n, p, s, f in it}
    for name, appr, ph, s25, planned, revised, rag in major:
        cum = ph[0] + s25
        fc = sum(ph)
        p25, f25 = prog_map[name]
        slip = max(p25 - f25, 0)
        rows.append([name, fmt(appr), fmt(cum), fmt(fc), fmt(appr - fc), fmt(slip), planned, revised, rag])
        for i, v in enumerate([appr, cum, fc, appr - fc, slip]):
            tot[i] += v
    rows.append(["**Total**"] + [f"**{fmt(v)}**" for v in tot] + ["", "", ""])
    w(table(["Scheme", "Approved budget", "Spend to date (cumulative)", "Forecast (whole life)", "Variance to budget",
             "Slippage into 2026-27", "Planned completion", "Revised completion", "RAG"], rows))
    w("")
    w("*Variance to budget is approved budget less whole-life forecast; brackets show a forecast overspend. "
      "Cumulative spend to date is to 31 October 2025.*")
    w("")
    w("### 4.1 Fallowgate Emergency Department expansion")
    w("")
    w("The expansion adds 18 majors cubicles, a 10-space rapid assessment and treatment area and a separate children's "
      "emergency department. The main contractor has reported a 16-week delay in the supply of structural steel, and "
      "the whole-life forecast has risen by £880,000 to £25.38m. The scheme is rated Red because the public dividend "
      "capital (PDC) allocated for 2025-26 must be used by 31 March 2026. The Trust has asked NHS England to re-phase "
      "£1.45m of PDC into 2026-27.")
    w("")
    w("### 4.2 Quenford Community Diagnostic Centre")
    w("")
    w("The Community Diagnostic Centre (CDC) opened its second MRI scanner in September 2025. The CT scanner and "
      "endoscopy suite are due to open in March 2026. The £220,000 overspend relates to the CT scanner, where the "
      "supplier price rose after the tender was delayed.")
    w("")
    w("### 4.3 Phasing")
    w("")
    w("Table 3 shows how the whole-life forecast for each major scheme is phased across financial years.")
    w("")
    w("**Table 3: Phasing of major schemes by financial year (£000)**")
    w("")
    rows = []
    col = [0] * 5
    for name, appr, ph, s25, planned, revised, rag in major:
        vals = list(ph) + [sum(ph)]
        rows.append([name] + [fmt(v) for v in vals])
        for i, v in enumerate(vals):
            col[i] += v
    rows.append(["**Total**"] + [f"**{fmt(v)}**" for v in col])
    w(table(["Scheme", "Prior years (actual)", "2025-26 (forecast)", "2026-27", "2027-28", "Total"], rows))
    w("")
    w("*2026-27 and 2027-28 figures are indicative and subject to the 2026-27 capital allocation.*")
    w("")

    w("## 5. Backlog maintenance")
    w("")
    b25 = sum(c[3] for s, cats in backlog for c in cats)
    b24 = sum(c[2] for s, cats in backlog for c in cats)
    h25 = sum(c[3] for s, cats in backlog for c in cats if c[0] == "High risk")
    w(f"Backlog maintenance is the cost of bringing the estate up to an acceptable condition. The six-facet survey "
      f"completed in spring 2025 put total backlog at £{b25/1000:.1f}m at 31 March 2025, up from £{b24/1000:.1f}m a year "
      f"earlier. High-risk backlog, which could lead to serious injury or the closure of clinical areas, was "
      f"£{h25/1000:.2f}m.")
    w("")
    w("**Table 4: Backlog maintenance by site and risk category, at 31 March (£000)**")
    w("")
    rows = []
    tot = [0, 0, 0]
    for site, cats in backlog:
        rows.append([f"**{site}**", "", "", ""])
        s = [0, 0, 0]
        for c, a, b, d in cats:
            rows.append([c, fmt(a), fmt(b), fmt(d)])
            for i, v in enumerate([a, b, d]):
                s[i] += v
        rows.append([f"*Subtotal: {site}*"] + [f"*{fmt(v)}*" for v in s])
        for i in range(3):
            tot[i] += s[i]
    rows.append(["**Total backlog maintenance**"] + [f"**{fmt(v)}**" for v in tot])
    w(table(["Site / risk category", "2023", "2024", "2025"], rows))
    w("")
    w("*Source: six-facet condition survey and Estates Returns Information Collection (ERIC). Costs are at 2024-25 prices.*")
    w("")

    w("## 6. Funding")
    w("")
    ft = sum(v for _, v in funding)
    assert ft == gp, (ft, gp)
    w("The 2025-26 programme is funded from the sources shown in Table 5. Three national PDC allocations are ring-fenced "
      "to specific schemes and cannot be moved to other parts of the programme.")
    w("")
    w("**Table 5: Sources of capital funding, 2025-26 (£000)**")
    w("")
    rows = [[n, fmt(v), f"{pct(v, ft):.1f}"] for n, v in funding]
    rows.append(["**Total funding**", f"**{fmt(ft)}**", "**100.0**"])
    w(table(["Funding source", "£000", "% of total"], rows))
    w("")

    w("## 7. Capital risks")
    w("")
    w("Risks are scored on a 5 x 5 matrix (likelihood x consequence). The target score is the score expected once "
      "mitigating actions are complete.")
    w("")
    w("**Table 6: Capital programme risk register**")
    w("")
    rows = [[a, b, str(c), str(d), e] for a, b, c, d, e in risks]
    w(table(["Risk ID", "Description", "Current score", "Target score", "Direction"], rows, left=2))
    w("")
    w("Mitigating actions include:")
    w("")
    w("- weekly progress meetings with the ED main contractor and a revised programme due on 15 December 2025;")
    w("- a bid to NHS England to re-phase £1.45m of UEC PDC into 2026-27;")
    w("- a specialist asbestos survey of the remaining floors of Ward Block B before phase 2 starts;")
    w("- monthly review of the forecast against the capital resource limit (CRL) by the Capital Management Group.")
    w("")

    w("## 8. Recommendations")
    w("")
    w("The Committee is asked to:")
    w("")
    w("1. note the Month 7 position and the forecast underspend against the 2025-26 plan;")
    w("2. approve the transfer of £210,000 from fire safety compartmentation to cover the imaging and ventilation overspends;")
    w("3. approve the revised completion date of October 2026 for the Fallowgate Emergency Department expansion;")
    w("4. note the increase in high-risk backlog maintenance and support a backlog bid in the 2026-27 capital plan.")
    w("")
    w("## Glossary")
    w("")
    w("- **CDC**: Community Diagnostic Centre")
    w("- **CRL**: capital resource limit, the maximum capital the Trust may spend in the year")
    w("- **ERIC**: Estates Returns Information Collection")
    w("- **PDC**: public dividend capital, central government funding provided to NHS trusts")
    w("- **Six-facet survey**: a survey of the estate covering physical condition, functional suitability, space utilisation, quality, statutory compliance and environmental management")
    w("")
    open(OUT, "w", encoding="utf-8").write("\n".join(L))
    print("wrote", OUT, "plan", gp, "spend", gs, "fc", gf, "backlog", b24, b25, h25)


if __name__ == "__main__":
    build()
