"""Generate the invented council capital programme and reserves report (HTML with real <table>s).

Fenwick Cross Borough Council - Cabinet, 20 November 2025. All names and figures are fictional.
"""
import html
import os

from common import HTML_NAME, OUT, n, pct

DASH = "&ndash;"
UP, RIGHT, DOWN = "&uarr;", "&rarr;", "&darr;"


def num(x):
    return DASH if x == 0 else n(x)


def td(v, cls=None, **attrs):
    a = "".join(f' {k}="{val}"' for k, val in attrs.items())
    c = f' class="{cls}"' if cls else ""
    return f"<td{c}{a}>{v}</td>"


# ---------------------------------------------------------------- data
PORT = [  # portfolio, original, revised, forecast, slippage, spend to date
    ("Housing and Regeneration", 14250, 16840, 15110, 1520, 6215),
    ("Place and Environment", 9620, 10305, 10612, 0, 4388),
    ("Leisure and Culture", 6400, 7150, 5980, 1170, 2044),
    ("Corporate Resources and ICT", 2180, 2395, 2310, 60, 811),
]

SCHEMES = [  # scheme, portfolio, total budget, spend to date, completion, RAG, trend
    ("Lowmere Road Bridge Strengthening", "Place and Environment", 4850, 2960, "March 2026", "Green", RIGHT),
    ("Fenwick Cross Leisure Centre Decarbonisation", "Leisure and Culture", 6200, 1145,
     "December 2026 (was July 2026)", "Red", DOWN),
    ("Market Square Public Realm Improvements", "Housing and Regeneration", 3400, 2210, "June 2026", "Amber", DOWN),
    ("Kestleby Depot Replacement", "Place and Environment", 5750, 980, "September 2027", "Amber", RIGHT),
    ("Brackenholt Affordable Housing Phase 2 (48 homes)", "Housing and Regeneration", 9120, 3487, "March 2027",
     "Green", UP),
    ("Town Hall Roof and Windows Replacement", "Corporate Resources and ICT", 1640, 702, "February 2026", "Green",
     RIGHT),
    ("Sallowby Flood Alleviation Scheme", "Place and Environment", 2300, 415, "March 2027", "Red", DOWN),
    ("Disabled Facilities Grants (DFG)", "Housing and Regeneration", 1980, 1036, "Ongoing", "Green", UP),
    ("Riverside Cinema Refurbishment", "Leisure and Culture", 1200, 88, "Paused pending review", "Red", DOWN),
]

FIN = [  # group -> rows: source, 25/26, 26/27, 27/28
    ("External funding", [
        ("Government grants", 9870, 7420, 3150),
        ("Section 106 and Community Infrastructure Levy (CIL)", 2145, 1980, 1200),
        ("Other external contributions", 1310, 450, 0),
    ]),
    ("Internal funding", [
        ("Capital receipts", 2680, 3050, 1800),
        ("Revenue contributions", 1150, 900, 900),
        ("Earmarked reserves", 1375, 650, 0),
    ]),
    ("Borrowing", [
        ("Prudential borrowing", 15482, 12900, 9640),
    ]),
]

RECEIPTS = [
    ("Former Kestleby Library", 420, 435, "Completed June 2025"),
    ("Land at Orchard Street, Lowmere", 1250, 0, "On the market"),
    ("Brackenholt garage sites (6 sites)", 610, 188, "2 of 6 sites sold"),
    ("Old Magistrates Court, Fenwick Cross", 1800, 0, "Deferred to 2026/27"),
    ("Right to Buy receipts (retained share)", 540, 311, "Ongoing"),
]

RESERVES = [  # name, opening, contributions, use
    ("Budget Equalisation Reserve", 6480, 0, -2150),
    ("Insurance Reserve", 1920, 150, -210),
    ("Regeneration Reserve", 4150, 0, -1375),
    ("Business Rates Volatility Reserve", 3310, 500, -1200),
    ("Climate Emergency Reserve", 1050, 250, -480),
    ("Homelessness Prevention Reserve", 890, 0, -645),
]
GF = ("General Fund balance", 4200, 0, -350)

HIST_YEARS = ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26 (forecast)"]
HIST = {"gf": [3600, 3900, 4100, 4200, 3850],
        "ear": [21450, 20380, 19260, 17800, 12640],
        "nrb": [16420, 17110, 18050, 19340, 20615]}

PRUD = [
    ("Capital expenditure (&pound;000)", "36,690", "34,012", "Within estimate"),
    ("Capital Financing Requirement (CFR) (&pound;000)", "58,400", "57,215", "Within estimate"),
    ("Authorised limit for external debt (&pound;000)", "65,000", "49,300", "Within limit"),
    ("Operational boundary for external debt (&pound;000)", "60,000", "49,300", "Within limit"),
    ("Ratio of financing costs to net revenue stream (%)", "9.8%", "10.4%", "Above estimate"),
    ("Gross external debt below CFR", "Yes", "Yes", "Met"),
]


def build():
    H = []
    w = H.append
    w("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>Capital Programme and Reserves Monitoring 2025/26: Quarter 2 - Fenwick Cross Borough Council</title>\n"
      "<style>\nbody{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;line-height:1.45}\n"
      "table{border-collapse:collapse;margin:0.6em 0 1.4em 0;font-size:0.9em}\n"
      "caption{text-align:left;font-weight:bold;padding-bottom:0.3em}\n"
      "th,td{border:1px solid #999;padding:3px 6px}\nth{background:#dce6f1}\ntd.n{text-align:right}\n"
      "tr.sub td{font-weight:bold;background:#f2f2f2}\ntr.tot td{font-weight:bold;background:#e4e4e4}\n"
      "tr.grp th{background:#eef3e2;text-align:left;font-style:italic}\n.red{color:#b00}.amber{color:#b60}"
      ".green{color:#070}\np.note{font-size:0.8em;font-style:italic}\n</style>\n</head>\n<body>\n")
    w("<header>\n<p>Fenwick Cross Borough Council</p>\n<p><strong>Cabinet</strong> &ndash; 20 November 2025 &ndash; "
      "Agenda item 9</p>\n<h1>Capital Programme and Reserves Monitoring 2025/26: Quarter 2</h1>\n"
      "<p>Report of: Director of Finance and Section 151 Officer (Ms Adaeze Pemberton-Lyle)<br>\n"
      "Portfolio holder: Councillor Gwen Harcastle, Cabinet Member for Finance and Assets<br>\n"
      "Wards affected: All<br>\nKey decision: No<br>\nStatus: Open</p>\n</header>\n<main>\n")

    w("<section id=\"s1\">\n<h2>1. Purpose of report</h2>\n<p>1.1 To report the forecast outturn for the 2025/26 "
      "capital programme at the end of Quarter 2 (30 September 2025), the financing of the programme over the "
      "three years to 2027/28, and the forecast position on the council's usable revenue reserves.</p>\n</section>\n")

    w("<section id=\"s2\">\n<h2>2. Recommendations</h2>\n<p>Cabinet is recommended to:</p>\n<ul>\n"
      "<li>note the forecast capital outturn of &pound;34.012m against the revised 2025/26 budget of &pound;36.690m;</li>\n"
      "<li>approve the reprofiling (slippage) of &pound;2.750m of capital budget from 2025/26 to 2026/27;</li>\n"
      "<li>approve the addition of &pound;450,000 of Department for Transport grant to the Lowmere Road Bridge "
      "Strengthening scheme;</li>\n"
      "<li>note the forecast usable revenue reserves of &pound;16.490m at 31 March 2026; and</li>\n"
      "<li>recommend to Council that the minimum General Fund balance remains at &pound;3.5m.</li>\n</ul>\n</section>\n")

    tot_orig = sum(p[1] for p in PORT)
    tot_rev = sum(p[2] for p in PORT)
    tot_fc = sum(p[3] for p in PORT)
    tot_sl = sum(p[4] for p in PORT)
    tot_sp = sum(p[5] for p in PORT)
    w("<section id=\"s3\">\n<h2>3. Summary</h2>\n"
      f"<p>3.1 The revised capital budget for 2025/26 is &pound;{n(tot_rev)}k, up from the original budget of "
      f"&pound;{n(tot_orig)}k approved by Council in February 2025, mainly because of slippage brought forward from "
      f"2024/25 and new grant funding. Spend to 30 September was &pound;{n(tot_sp)}k, "
      f"{pct(100 * tot_sp / tot_rev)} of the revised budget.</p>\n"
      f"<p>3.2 The forecast outturn is &pound;{n(tot_fc)}k, an underspend of &pound;{n(tot_rev - tot_fc)}k, of which "
      f"&pound;{n(tot_sl)}k is slippage into 2026/27. Three major schemes are rated red.</p>\n"
      "<p>3.3 Usable revenue reserves are forecast to fall by &pound;5.510m during the year, from &pound;22.000m to "
      "&pound;16.490m, mainly because of the planned use of the Budget Equalisation Reserve to balance the 2025/26 "
      "budget.</p>\n</section>\n")

    # Table 1
    w("<section id=\"s4\">\n<h2>4. Capital programme 2025/26</h2>\n"
      "<p>4.1 Table 1 compares the forecast outturn with the revised budget for each portfolio. The Leisure and "
      "Culture underspend reflects the delay to the Fenwick Cross Leisure Centre Decarbonisation scheme; the Place and "
      "Environment overspend of &pound;307k is due to additional piling works at Lowmere Road Bridge.</p>\n")
    w("<table id=\"t1\">\n<caption>Table 1: Capital programme 2025/26 by portfolio (&pound;000)</caption>\n<thead>\n"
      "<tr><th rowspan=\"2\" scope=\"col\">Portfolio</th><th colspan=\"2\" scope=\"colgroup\">Budget</th>"
      "<th colspan=\"3\" scope=\"colgroup\">Forecast</th><th colspan=\"2\" scope=\"colgroup\">Spend to 30 September 2025</th></tr>\n"
      "<tr><th>Original</th><th>Revised</th><th>Outturn</th><th>Variance</th><th>Slippage to 2026/27</th>"
      "<th>Actual</th><th>% of revised</th></tr>\n</thead>\n<tbody>\n")
    for name, o, r, f, s, sp in PORT:
        w("<tr><th scope=\"row\">" + name + "</th>" + td(n(o), "n") + td(n(r), "n") + td(n(f), "n") +
          td(num(f - r), "n") + td(num(s), "n") + td(n(sp), "n") + td(pct(100 * sp / r), "n") + "</tr>\n")
    w("</tbody>\n<tfoot>\n<tr class=\"tot\"><th scope=\"row\">Total capital programme</th>" + td(n(tot_orig), "n") +
      td(n(tot_rev), "n") + td(n(tot_fc), "n") + td(num(tot_fc - tot_rev), "n") + td(n(tot_sl), "n") +
      td(n(tot_sp), "n") + td(pct(100 * tot_sp / tot_rev), "n") + "</tr>\n</tfoot>\n</table>\n"
      "<p class=\"note\">Variance is forecast outturn less revised budget; bracketed figures are underspends.</p>\n"
      "</section>\n")

    # Table 2 schemes
    w("<section id=\"s5\">\n<h2>5. Major schemes</h2>\n"
      "<p>5.1 Schemes with a total budget over &pound;1m are monitored individually (Table 2). The Fenwick Cross "
      "Leisure Centre Decarbonisation scheme is rated red because the heat pump tender returned at &pound;0.9m above "
      "estimate; completion has moved from July 2026 to December 2026 and there is a risk that part of the &pound;2.1m "
      "Public Sector Decarbonisation Scheme (PSDS) grant must be returned if works are not complete by March 2027.</p>\n"
      "<p>5.2 The Sallowby Flood Alleviation Scheme is rated red pending Environment Agency approval of the revised "
      "design. The Riverside Cinema Refurbishment has been paused pending a review of the council's cultural "
      "assets.</p>\n")
    w("<table id=\"t2\">\n<caption>Table 2: Major capital schemes &ndash; budget, spend and delivery status at "
      "Quarter 2</caption>\n<thead>\n<tr><th rowspan=\"2\">Scheme</th><th rowspan=\"2\">Portfolio</th>"
      "<th colspan=\"2\">&pound;000</th><th rowspan=\"2\">Forecast completion</th><th colspan=\"2\">Status</th></tr>\n"
      "<tr><th>Total scheme budget</th><th>Spend to date</th><th>RAG</th><th>Trend since Q1</th></tr>\n</thead>\n"
      "<tbody>\n")
    for s, p, b, sp, c, rag, tr in SCHEMES:
        w(f"<tr><td>{html.escape(s)}</td><td>{p}</td>" + td(n(b), "n") + td(n(sp), "n") + td(c) +
          td(rag, rag.lower()) + td(tr) + "</tr>\n")
    w("</tbody>\n</table>\n<p class=\"note\">Trend: &uarr; improved since Quarter 1; &rarr; unchanged; "
      "&darr; deteriorated. Spend to date includes spend in earlier years.</p>\n</section>\n")

    # Table 3 financing
    w("<section id=\"s6\">\n<h2>6. Financing the capital programme</h2>\n"
      "<p>6.1 The programme is financed from grants and contributions, capital receipts, revenue and reserves, with "
      "the balance met from prudential borrowing. Borrowing increases the Capital Financing Requirement (CFR), the "
      "council's underlying need to borrow, and must be repaid through the Minimum Revenue Provision (MRP), an annual "
      "charge to the revenue budget. The council borrows mainly from the Public Works Loan Board (PWLB).</p>\n")
    w("<table id=\"t3\">\n<caption>Table 3: Financing of the capital programme, 2025/26 to 2027/28 (&pound;000)"
      "</caption>\n<thead>\n<tr><th>Funding source</th><th>2025/26 forecast</th><th>2026/27 estimate</th>"
      "<th>2027/28 estimate</th><th>Total</th></tr>\n</thead>\n")
    Y = [0, 0, 0]
    for g, rows in FIN:
        w(f"<tbody>\n<tr class=\"grp\"><th colspan=\"5\" scope=\"rowgroup\">{g}</th></tr>\n")
        G = [0, 0, 0]
        for name, a, b, c in rows:
            w(f"<tr><td>{name}</td>" + td(num(a), "n") + td(num(b), "n") + td(num(c), "n") + td(n(a + b + c), "n") +
              "</tr>\n")
            G = [G[0] + a, G[1] + b, G[2] + c]
        if len(rows) > 1:
            w(f"<tr class=\"sub\"><td>Subtotal {g.lower()}</td>" + "".join(td(n(x), "n") for x in G) +
              td(n(sum(G)), "n") + "</tr>\n")
        Y = [Y[0] + G[0], Y[1] + G[1], Y[2] + G[2]]
        w("</tbody>\n")
    assert Y[0] == tot_fc, (Y, tot_fc)
    w("<tfoot>\n<tr class=\"tot\"><td>Total financing</td>" + "".join(td(n(x), "n") for x in Y) +
      td(n(sum(Y)), "n") + "</tr>\n</tfoot>\n</table>\n")
    w(f"<p>6.2 Prudential borrowing of &pound;{n(FIN[2][1][0][1])}k is required in 2025/26, "
      f"{pct(100 * FIN[2][1][0][1] / Y[0])} of the programme. Each &pound;1m of additional borrowing adds around "
      "&pound;85,000 a year to revenue costs through interest and MRP.</p>\n</section>\n")

    # Table 4 receipts
    w("<section id=\"s7\">\n<h2>7. Capital receipts</h2>\n<p>7.1 Receipts from asset disposals are forecast at "
      "&pound;2.820m for 2025/26, excluding the Old Magistrates Court, which is now expected to complete in "
      "2026/27.</p>\n")
    w("<table id=\"t4\">\n<caption>Table 4: Capital receipts from asset disposals, 2025/26</caption>\n<thead>\n"
      "<tr><th>Asset</th><th>Estimated receipt (&pound;000)</th><th>Received to date (&pound;000)</th>"
      "<th>Status</th></tr>\n</thead>\n<tbody>\n")
    for a, e, r, s in RECEIPTS:
        w(f"<tr><td>{a}</td>" + td(n(e), "n") + td(num(r), "n") + td(s) + "</tr>\n")
    w("</tbody>\n<tfoot>\n<tr class=\"tot\"><td>Total</td>" + td(n(sum(r[1] for r in RECEIPTS)), "n") +
      td(n(sum(r[2] for r in RECEIPTS)), "n") + td("") + "</tr>\n</tfoot>\n</table>\n</section>\n")

    # Table 5 reserves
    w("<section id=\"s8\">\n<h2>8. Reserves</h2>\n<p>8.1 The council holds earmarked reserves for specific purposes and "
      "an unallocated General Fund balance as a contingency against unforeseen events. The Section 151 Officer's "
      "assessment is that the minimum prudent General Fund balance is &pound;3.5m, based on a risk assessment of "
      "the 2025/26 budget.</p>\n<p>8.2 The largest planned use is &pound;2.150m from the Budget Equalisation Reserve. "
      "The Homelessness Prevention Reserve is forecast to fall to &pound;245k, which will not cover a second year of "
      "temporary accommodation pressures.</p>\n")
    w("<table id=\"t5\">\n<caption>Table 5: Usable revenue reserves, forecast movements in 2025/26 (&pound;000)"
      "</caption>\n<thead>\n<tr><th rowspan=\"2\">Category</th><th rowspan=\"2\">Reserve</th>"
      "<th rowspan=\"2\">Balance at 1 April 2025</th><th colspan=\"2\">Planned movements 2025/26</th>"
      "<th rowspan=\"2\">Forecast balance at 31 March 2026</th><th rowspan=\"2\">Net change</th></tr>\n"
      "<tr><th>Contributions</th><th>Use</th></tr>\n</thead>\n<tbody>\n")
    S = [0, 0, 0, 0]
    for i, (name, o, c, u) in enumerate(RESERVES):
        cat = f"<th rowspan=\"{len(RESERVES)}\" scope=\"rowgroup\">Earmarked reserves</th>" if i == 0 else ""
        close = o + c + u
        w(f"<tr>{cat}<td>{name}</td>" + td(n(o), "n") + td(num(c), "n") + td(n(u), "n") + td(n(close), "n") +
          td(n(close - o), "n") + "</tr>\n")
        S = [S[0] + o, S[1] + c, S[2] + u, S[3] + close]
    w("<tr class=\"sub\"><td colspan=\"2\">Subtotal earmarked reserves</td>" + td(n(S[0]), "n") + td(n(S[1]), "n") +
      td(n(S[2]), "n") + td(n(S[3]), "n") + td(n(S[3] - S[0]), "n") + "</tr>\n")
    name, o, c, u = GF
    w(f"<tr><th scope=\"row\">Unallocated</th><td>{name}</td>" + td(n(o), "n") + td(num(c), "n") + td(n(u), "n") +
      td(n(o + c + u), "n") + td(n(c + u), "n") + "</tr>\n</tbody>\n")
    T = [S[0] + o, S[1] + c, S[2] + u, S[3] + o + c + u]
    w("<tfoot>\n<tr class=\"tot\"><td colspan=\"2\">Total usable revenue reserves</td>" + td(n(T[0]), "n") +
      td(n(T[1]), "n") + td(n(T[2]), "n") + td(n(T[3]), "n") + td(n(T[3] - T[0]), "n") +
      "</tr>\n</tfoot>\n</table>\n")
    assert T[3] == 16490 and T[0] == 22000

    # Table 6 history
    w("<p>8.3 Table 6 shows the trend in usable revenue reserves over five years. Total reserves are forecast to fall "
      "to 80.0% of the net revenue budget by March 2026, compared with 152.6% in March 2022.</p>\n")
    tot = [a + b for a, b in zip(HIST["gf"], HIST["ear"])]
    w("<table id=\"t6\">\n<caption>Table 6: Usable revenue reserves at 31 March, 2021/22 to 2025/26</caption>\n"
      "<thead>\n<tr><th rowspan=\"2\">Measure</th><th rowspan=\"2\">Unit</th><th colspan=\"4\">Actual</th>"
      "<th>Forecast</th></tr>\n<tr>" + "".join(f"<th>{y.replace(' (forecast)', '')}</th>" for y in HIST_YEARS) +
      "</tr>\n</thead>\n<tbody>\n")
    w("<tr><td>General Fund balance</td><td>&pound;000</td>" + "".join(td(n(v), "n") for v in HIST["gf"]) + "</tr>\n")
    w("<tr><td>Earmarked reserves</td><td>&pound;000</td>" + "".join(td(n(v), "n") for v in HIST["ear"]) + "</tr>\n")
    w("<tr class=\"sub\"><td>Total usable revenue reserves</td><td>&pound;000</td>" +
      "".join(td(n(v), "n") for v in tot) + "</tr>\n")
    w("<tr><td>Net revenue budget</td><td>&pound;000</td>" + "".join(td(n(v), "n") for v in HIST["nrb"]) + "</tr>\n")
    w("<tr><td>Total reserves as % of net revenue budget</td><td>%</td>" +
      "".join(td(pct(100 * a / b), "n") for a, b in zip(tot, HIST["nrb"])) + "</tr>\n")
    w("<tr><td>General Fund balance as % of net revenue budget</td><td>%</td>" +
      "".join(td(pct(100 * a / b), "n") for a, b in zip(HIST["gf"], HIST["nrb"])) + "</tr>\n")
    w("</tbody>\n</table>\n</section>\n")

    # Table 7 prudential indicators
    w("<section id=\"s9\">\n<h2>9. Prudential indicators</h2>\n<p>9.1 The Prudential Code requires the council to "
      "set and monitor indicators to show that capital plans are affordable, prudent and sustainable. All "
      "indicators are within the limits approved by Council in February 2025 except the ratio of financing costs "
      "to net revenue stream, which is above estimate because of higher interest rates on new PWLB loans.</p>\n")
    w("<table id=\"t7\">\n<caption>Table 7: Prudential indicators 2025/26</caption>\n<thead>\n<tr><th>Indicator</th>"
      "<th>Approved limit or estimate</th><th>Forecast at Quarter 2</th><th>Status</th></tr>\n</thead>\n<tbody>\n")
    for a, b, c, d in PRUD:
        w(f"<tr><td>{a}</td>" + td(b, "n") + td(c, "n") + td(d) + "</tr>\n")
    w("</tbody>\n</table>\n</section>\n")

    w("<section id=\"s10\">\n<h2>10. Risks</h2>\n<ol>\n"
      "<li><strong>Construction inflation</strong>: tender prices remain around 6% above budget assumptions, "
      "affecting the Kestleby Depot Replacement in particular.</li>\n"
      "<li><strong>Grant clawback</strong>: up to &pound;2.1m of PSDS grant on the Leisure Centre Decarbonisation "
      "scheme is at risk if the March 2027 deadline is missed.</li>\n"
      "<li><strong>Interest rates</strong>: each 0.5% rise in PWLB rates adds about &pound;77,000 a year to the "
      "cost of the 2025/26 borrowing requirement.</li>\n"
      "<li><strong>Capital receipts</strong>: delays to disposals, such as the Old Magistrates Court, increase "
      "the need to borrow.</li>\n</ol>\n</section>\n")
    w("<section id=\"s11\">\n<h2>11. Implications</h2>\n<p>11.1 Financial: as set out in the report. The revenue "
      "budget includes MRP of &pound;1.94m in 2025/26.</p>\n<p>11.2 Legal: the council must have regard to the "
      "Prudential Code under the Local Government Act 2003.</p>\n<p>11.3 Climate: the Leisure Centre "
      "Decarbonisation scheme would reduce the council's own carbon emissions by an estimated 610 tonnes a "
      "year.</p>\n</section>\n")
    w("</main>\n<footer>\n<p>Background papers: Capital Strategy 2025/26 to 2027/28 (Council, 26 February 2025); "
      "Treasury Management Strategy 2025/26.</p>\n<p>Contact: Chief Accountant, capital.finance@fenwickcross.example"
      "</p>\n</footer>\n</body>\n</html>\n")

    path = os.path.join(OUT, HTML_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(H))
    print("wrote", path)


if __name__ == "__main__":
    build()
