# Generates t20_high_needs_block_monitoring.html
import sys, html
OUT = sys.argv[1] if len(sys.argv) > 1 else "t20_high_needs_block_monitoring.html"

from decimal import Decimal, ROUND_HALF_UP
def m(x, dp=2):
    q = Decimal(1).scaleb(-dp)
    return str((Decimal(x) / 1000).quantize(q, rounding=ROUND_HALF_UP))

def k(x, blank="–"):
    if x is None: return blank
    if x == 0: return "0"
    return f"({abs(x):,})" if x < 0 else f"{x:,}"

# ---------------- data (£000)
groups = [
    ("A. Mainstream schools", [("Top-up funding – mainstream primary", 9850, 11240, 960, 1050),
                               ("Top-up funding – mainstream secondary", 6420, 7185, 560, 652),
                               ("Resourced provision and SEN units", 3180, 3095, 214, 209)]),
    ("B. Special schools", [("Maintained special schools", 18600, 19420, 905, 938),
                            ("Special academies and free schools", 11250, 12105, 540, 577)]),
    ("C. Independent and non-maintained", [("Independent special schools", 8900, 11630, 148, 187),
                                          ("Non-maintained special schools", 1450, 1390, 22, 21)]),
    ("D. Post-16", [("Further education colleges", 3350, 3710, 410, 452),
                    ("Specialist post-16 institutions", 2150, 2580, 58, 69)]),
    ("E. Alternative provision and other", [("Pupil referral unit and alternative provision", 3900, 4260, 165, 181),
                                           ("Hospital education service", 820, 805, None, None),
                                           ("SEN support services and outreach", 1380, 1310, None, None),
                                           ("Personal budgets and direct payments", 230, 275, 38, 47)]),
]
def rag(b, f):
    v = f - b
    if v <= 0: return "Green"
    return "Red" if v / b > 0.05 else "Amber"
TB = sum(r[1] for _, rs in groups for r in rs); TF = sum(r[2] for _, rs in groups for r in rs)
TV = TF - TB
print("HNB", TB, TF, TV)
allocation = 69980; transfer = 1500
assert allocation + transfer == TB

ehcp_years = ["Jan 2021", "Jan 2022", "Jan 2023", "Jan 2024", "Jan 2025", "Oct 2025"]
ehcp = [("Mainstream schools", [1010, 1140, 1290, 1445, 1598, 1702]),
        ("Resourced provision and SEN units", [190, 196, 201, 208, 212, 209]),
        ("Special schools (maintained and academy)", [1180, 1245, 1318, 1392, 1455, 1515]),
        ("Independent and non-maintained special schools", [118, 129, 141, 156, 172, 208]),
        ("Post-16 (FE and specialist post-16)", [320, 352, 398, 436, 478, 521]),
        ("Other (AP, education otherwise than at school, awaiting placement)", [84, 97, 115, 131, 149, 158])]
ehcp_tot = [sum(r[1][i] for r in ehcp) for i in range(6)]
print("EHCP totals", ehcp_tot)
# consistency with table 1 actual pupils
assert ehcp[0][1][5] == 1050 + 652 and ehcp[2][1][5] == 938 + 577 and ehcp[3][1][5] == 187 + 21 and ehcp[4][1][5] == 452 + 69

# unit costs: 2024-25 actual (£), 2025-26 forecast = forecast / Oct pupils
uc = [("Mainstream top-up (primary and secondary)", 10240, (11240 + 7185) * 1000 / 1702),
      ("Resourced provision and SEN units", 14300, 3095 * 1000 / 209),
      ("Maintained special schools", 20150, 19420 * 1000 / 938),
      ("Special academies and free schools", 20480, 12105 * 1000 / 577),
      ("Independent special schools", 58900, 11630 * 1000 / 187),
      ("Non-maintained special schools", 64200, 1390 * 1000 / 21),
      ("Further education colleges", 7900, 3710 * 1000 / 452),
      ("Specialist post-16 institutions", 35400, 2580 * 1000 / 69)]

movement = [("Independent special schools", 620, "12 new placements since September, mainly for autistic pupils with social, emotional and mental health needs"),
            ("Top-up funding – mainstream", 410, "higher than expected number of new EHCPs in September, with 94 more pupils than at Month 5"),
            ("Post-16 (FE and specialist)", 230, "late confirmation of college places for September starters"),
            ("Special academies and free schools", 180, "additional commissioned places at Fellside Academy"),
            ("Other lines (net)", -55, "small savings on outreach and hospital education")]
m5 = 6140
assert m5 + sum(x[1] for x in movement) == TV

years = ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27", "2027-28", "2028-29"]
unmit = [2850, 4120, 5380, 8745, 10200, 11900, 13600]
sav = [0, 0, 420, 1220, 3150, 5400, 7850]
net = [u - s for u, s in zip(unmit, sav)]
assert net[3] == TV
bf0 = 3210
cum = []; c = bf0
for x in net: cum.append(c + x); c += x
cum_nomit = []; c = bf0
for x in unmit: cum_nomit.append(c + x); c += x
bf = [bf0] + cum[:-1]
print("net", net, "cum", cum, "nomit", cum_nomit)

drp = [("1. Inclusive Dunmere – early help and SEN support in mainstream", "Head of SEND", 300, 260, 750),
       ("2. Local special school places (satellites and new free school)", "Head of School Place Planning", 250, 180, 900),
       ("3. Reducing reliance on independent placements", "Head of SEND Commissioning", 450, 190, 1050),
       ("4. Post-16 pathways and preparation for adulthood", "Post-16 SEND Lead", 150, 165, 250),
       ("5. Annual review and top-up banding review", "Head of SEND", 300, 425, 200)]
def drp_rag(t, f):
    if f >= t: return "Green"
    return "Red" if f / t < 0.6 else "Amber"
DT = sum(x[2] for x in drp); DF = sum(x[3] for x in drp); D27 = sum(x[4] for x in drp)
assert DF == sav[3] and D27 == sav[4]
print("drp", DT, DF, D27, [drp_rag(x[2], x[3]) for x in drp])

# ---------------- html
css = """
body{font-family:Arial,Helvetica,sans-serif;max-width:980px;margin:24px auto;color:#222;line-height:1.45;font-size:15px}
h1{font-size:24px;color:#1f3864} h2{font-size:19px;color:#1f3864;border-bottom:1px solid #ccd;padding-bottom:3px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0 6px 0;font-size:13px;width:100%}
th,td{border:1px solid #999;padding:3px 6px} thead th{background:#dce6f1;text-align:center}
td.n{text-align:right} tr.group th{background:#eaf1dd;text-align:left} tr.sub td,tr.sub th{font-weight:bold;background:#f2f2f2}
tr.total td,tr.total th{font-weight:bold;background:#d9d9d9} caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}
.meta td{border:none;padding:1px 10px 1px 0} p.note{font-size:12px;color:#444;margin-top:2px}
.Red{color:#c00000;font-weight:bold} .Amber{color:#b36b00;font-weight:bold} .Green{color:#2e7d32;font-weight:bold}
"""
H = []
a = H.append
a("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
a("<title>High Needs Block Budget Monitoring 2025-26 Month 7 – Dunmere Vale Schools Forum</title>")
a(f"<style>{css}</style></head><body>")
a("<header><p>Dunmere Vale Council – Children's Services</p>")
a("<h1>Dedicated Schools Grant: High Needs Block Budget Monitoring 2025-26 (Month 7) and Deficit Recovery Plan Update</h1>")
a("<table class='meta' role='presentation'><tbody>"
  "<tr><td><strong>Meeting</strong></td><td>Dunmere Vale Schools Forum</td></tr>"
  "<tr><td><strong>Date</strong></td><td>4 December 2025</td></tr>"
  "<tr><td><strong>Report author</strong></td><td>Head of SEND Finance, Children's Services</td></tr>"
  "<tr><td><strong>Lead officer</strong></td><td>Director of Education and Inclusion</td></tr>"
  "<tr><td><strong>Status</strong></td><td>For information and decision</td></tr></tbody></table></header>")
a("<main>")
a("<h2 id='s1'>1. Purpose</h2>")
a("<p>1.1 This report sets out the forecast outturn for the high needs block of the Dedicated Schools Grant (DSG) at Month 7 "
  "(the end of October 2025), the growth in education, health and care plans (EHCPs), and progress with the Deficit Recovery Plan "
  "agreed by the Schools Forum in March 2025. It also asks the Forum to give a view on a further transfer from the schools block in 2026-27.</p>")

a("<h2 id='s2'>2. Key messages</h2>")
a("<p>2.1 The key messages for the Forum are set out below.</p><ul>")
a(f"<li>The high needs block is forecast to overspend by £{m(TV)}m in 2025-26, against a budget of £{m(TB)}m.</li>")
a(f"<li>The forecast overspend has increased by £{(TV-m5)/1000:.2f}m since Month 5, mainly because of new independent special school placements.</li>")
a(f"<li>The cumulative DSG deficit is forecast to reach £{m(cum[3])}m by 31 March 2026.</li>")
a(f"<li>The Deficit Recovery Plan is forecast to deliver £{m(DF)}m of savings this year against a target of £{m(DT)}m.</li>")
a("<li>Even with the recovery plan in full, the high needs block is not expected to reach in-year balance before 2030-31.</li></ul>")

a("<h2 id='s3'>3. High needs block forecast 2025-26</h2>")
a(f"<p>3.1 The high needs block allocation for 2025-26 is £{m(allocation)}m. The Schools Forum agreed a transfer of "
  f"£{m(transfer, 1)}m (0.5%) from the schools block, giving a total budget of £{m(TB)}m. At Month 7 spending is forecast "
  f"to be £{m(TF, 1)}m, an overspend of £{TV:,}k ({TV/TB*100:.1f}% of budget).</p>")
a("<p>3.2 Table 1 shows the forecast by placement type. The largest overspend is on independent special schools, where the number of "
  "pupils placed is 39 higher than budgeted. Mainstream top-up funding is also overspending because the number of pupils with EHCPs "
  "in mainstream schools continues to grow faster than planned. Resourced provision, non-maintained special schools, hospital "
  "education and SEN support services are forecast to underspend.</p>")
a("<table id='t1'><caption>Table 1: High needs block forecast outturn by placement type, 2025-26 at Month 7 (£000)</caption><thead>"
  "<tr><th rowspan='2'>Placement type</th><th colspan='3'>2025-26 (£000)</th><th colspan='2'>Pupils / places</th><th rowspan='2'>RAG</th></tr>"
  "<tr><th>Budget</th><th>Forecast</th><th>Variance</th><th>Budgeted</th><th>Actual (Oct 2025)</th></tr></thead><tbody>")
for g, rs in groups:
    a(f"<tr class='group'><th colspan='7'>{html.escape(g)}</th></tr>")
    for lab, b, f, pb, pa in rs:
        r = rag(b, f)
        a(f"<tr><td>{html.escape(lab)}</td><td class='n'>{k(b)}</td><td class='n'>{k(f)}</td><td class='n'>{k(f-b)}</td>"
          f"<td class='n'>{k(pb, 'n/a')}</td><td class='n'>{k(pa, 'n/a')}</td><td class='{r}'>{r}</td></tr>")
    sb = sum(x[1] for x in rs); sf = sum(x[2] for x in rs)
    spb = sum(x[3] or 0 for x in rs); spa = sum(x[4] or 0 for x in rs)
    a(f"<tr class='sub'><td>Subtotal {html.escape(g[3:].lower() if False else g.split('. ',1)[1])}</td><td class='n'>{k(sb)}</td><td class='n'>{k(sf)}</td>"
      f"<td class='n'>{k(sf-sb)}</td><td class='n'>{k(spb)}</td><td class='n'>{k(spa)}</td><td class='{rag(sb, sf)}'>{rag(sb, sf)}</td></tr>")
PB = sum((x[3] or 0) for _, rs in groups for x in rs); PA = sum((x[4] or 0) for _, rs in groups for x in rs)
a(f"<tr class='total'><td>Total high needs block</td><td class='n'>{k(TB)}</td><td class='n'>{k(TF)}</td><td class='n'>{k(TV)}</td>"
  f"<td class='n'>{k(PB)}</td><td class='n'>{k(PA)}</td><td class='{rag(TB, TF)}'>{rag(TB, TF)}</td></tr>")
a("</tbody></table>")
a("<p class='note'>Variance = forecast minus budget; figures in brackets are underspends. RAG: Green = on or under budget; "
  "Amber = overspend of up to 5% of budget; Red = overspend of more than 5%. n/a = service not funded per pupil.</p>")
print("pupils", PB, PA)

a("<h2 id='s4'>4. Education, health and care plans</h2>")
a(f"<p>4.1 The number of children and young people with an EHCP maintained by Dunmere Vale Council has risen from {ehcp_tot[0]:,} "
  f"in January 2021 to {ehcp_tot[5]:,} in October 2025, an increase of {(ehcp_tot[5]-ehcp_tot[0])/ehcp_tot[0]*100:.0f}%. "
  "Table 2 shows the number of plans by type of setting.</p>")
a("<p>4.2 Requests for an EHC needs assessment continue to rise. The Council received 798 requests in calendar year 2024, "
  "compared with 705 in 2023, and 702 requests between January and October 2025. The proportion of new plans issued within the "
  "statutory 20 weeks fell from 48.2% in 2024 to 41.5% in 2025 so far, because of a shortage of educational psychologists.</p>")
a("<table id='t2'><caption>Table 2: Number of EHCPs maintained by setting type, January 2021 to October 2025</caption><thead>"
  "<tr><th rowspan='2'>Setting</th><th colspan='5'>SEN2 return (January census)</th><th rowspan='2'>Oct 2025 (local data)</th></tr>"
  "<tr>" + "".join(f"<th>{y}</th>" for y in ehcp_years[:5]) + "</tr></thead><tbody>")
for lab, v in ehcp:
    a(f"<tr><td>{html.escape(lab)}</td>" + "".join(f"<td class='n'>{x:,}</td>" for x in v) + "</tr>")
a("<tr class='total'><td>Total EHCPs</td>" + "".join(f"<td class='n'>{x:,}</td>" for x in ehcp_tot) + "</tr>")
chg = [None] + [(ehcp_tot[i] - ehcp_tot[i-1]) / ehcp_tot[i-1] * 100 for i in range(1, 5)]
a("<tr><td>Annual growth (%)</td><td class='n'>–</td>" + "".join(f"<td class='n'>{x:.1f}</td>" for x in chg[1:]) + "<td class='n'>n/a</td></tr>")
a("</tbody></table>")
print("ehcp growth", [round(x, 1) for x in chg[1:]])
a("<p class='note'>Source: SEN2 statutory returns; October 2025 from the Council's case management system (provisional).</p>")

a("<h2 id='s5'>5. Placement costs</h2>")
a("<p>5.1 Table 3 compares the average annual cost of a placement in 2024-25 with the forecast for 2025-26. An independent special "
  "school place now costs on average around three times as much as a place in a maintained special school.</p>")
a("<table id='t3'><caption>Table 3: Average annual cost per placement (£ per pupil)</caption><thead>"
  "<tr><th>Placement type</th><th>2024-25 actual (£)</th><th>2025-26 forecast (£)</th><th>Change (%)</th></tr></thead><tbody>")
for lab, a24, f25 in uc:
    f25r = round(f25 / 10) * 10
    a(f"<tr><td>{html.escape(lab)}</td><td class='n'>{a24:,}</td><td class='n'>{f25r:,}</td><td class='n'>{(f25r-a24)/a24*100:.1f}</td></tr>")
    print("uc", lab, a24, f25r, round((f25r-a24)/a24*100, 1))
a("</tbody></table><p class='note'>2025-26 forecast = Month 7 forecast divided by pupils in October 2025, rounded to the nearest £10.</p>")

a("<h2 id='s6'>6. Movement since Month 5</h2>")
a(f"<p>6.1 At Month 5 the forecast overspend was £{m5:,}k. It has increased by £{TV-m5:,}k to £{TV:,}k. The reasons are set out in Table 4.</p>")
a("<table id='t4'><caption>Table 4: Movement in forecast variance between Month 5 and Month 7 (£000)</caption><thead>"
  "<tr><th>Budget line</th><th>Movement (£000)</th><th>Reason</th></tr></thead><tbody>")
a(f"<tr class='sub'><td>Forecast overspend at Month 5</td><td class='n'>{k(m5)}</td><td></td></tr>")
for lab, v, why in movement:
    a(f"<tr><td>{html.escape(lab)}</td><td class='n'>{k(v)}</td><td>{html.escape(why)}</td></tr>")
a(f"<tr class='total'><td>Forecast overspend at Month 7</td><td class='n'>{k(TV)}</td><td></td></tr></tbody></table>")

a("<h2 id='s7'>7. DSG deficit and Deficit Recovery Plan</h2>")
a(f"<p>7.1 Dunmere Vale has had a cumulative DSG deficit since 2019-20. The deficit stood at £{m(bf0)}m at 1 April 2022 and "
  f"was £{m(cum[2])}m at 31 March 2025. Under the statutory override, the deficit is held in a separate unusable reserve and "
  "does not have to be funded from the Council's general fund until the override ends on 31 March 2028.</p>")
a(f"<p>7.2 Table 5 shows the deficit position over seven years, with and without the recovery plan. Without the plan the cumulative "
  f"deficit would reach £{m(cum_nomit[6], 1)}m by March 2029; with the plan in full it is forecast to be £{m(cum[6], 1)}m.</p>")
a("<table id='t5'><caption>Table 5: DSG high needs deficit, 2022-23 to 2028-29 (£000)</caption><thead>"
  "<tr><th rowspan='2'>£000</th><th colspan='3'>Actual</th><th>Forecast</th><th colspan='3'>Recovery plan</th></tr>"
  "<tr>" + "".join(f"<th>{y}</th>" for y in years) + "</tr></thead><tbody>")
def row(lab, vals, cls="", neg=False):
    cells = "".join(f"<td class='n'>{('–' if v == 0 else k(-v if neg else v))}</td>" for v in vals)
    a(f"<tr class='{cls}'><td>{lab}</td>{cells}</tr>")
row("In-year overspend before savings", unmit)
row("Deficit Recovery Plan savings", sav, neg=True)
row("Net in-year deficit", net, "sub")
row("Cumulative deficit brought forward", bf)
row("Cumulative deficit carried forward", cum, "total")
row("Cumulative deficit without recovery plan", cum_nomit)
a("</tbody></table><p class='note'>Savings are shown in brackets. – = no savings planned in that year.</p>")

a(f"<p>7.3 The recovery plan has five workstreams. Table 6 shows the savings target for each workstream in 2025-26, the forecast "
  f"delivery and the 2026-27 target. Overall the plan is forecast to deliver £{DF:,}k this year, £{DT-DF:,}k short of the "
  f"£{DT:,}k target.</p>")
a("<table id='t6'><caption>Table 6: Deficit Recovery Plan workstreams – savings (£000) and delivery rating</caption><thead>"
  "<tr><th rowspan='2'>Workstream</th><th rowspan='2'>Lead</th><th colspan='3'>2025-26</th><th rowspan='2'>2026-27 target</th><th rowspan='2'>Delivery RAG</th></tr>"
  "<tr><th>Target</th><th>Forecast</th><th>Variance</th></tr></thead><tbody>")
for lab, lead, t, f, t27 in drp:
    r = drp_rag(t, f)
    a(f"<tr><td>{html.escape(lab)}</td><td>{lead}</td><td class='n'>{k(t)}</td><td class='n'>{k(f)}</td><td class='n'>{k(f-t)}</td>"
      f"<td class='n'>{k(t27)}</td><td class='{r}'>{r}</td></tr>")
a(f"<tr class='total'><td>Total</td><td></td><td class='n'>{k(DT)}</td><td class='n'>{k(DF)}</td><td class='n'>{k(DF-DT)}</td>"
  f"<td class='n'>{k(D27)}</td><td class='Amber'>Amber</td></tr></tbody></table>")
a("<p class='note'>Variance = forecast minus target; brackets show a shortfall. RAG: Green = on target or better; Amber = at least 60% "
  "of target; Red = less than 60% of target.</p>")
a("<p>7.4 Workstream 3 is rated Red. Only 4 of the planned 15 moves from independent schools to local provision have taken place, "
  "because the new satellite classes at Fellside Academy will not open until April 2026. Workstream 5 is ahead of target because "
  "the banding review was completed early.</p>")

a("<h2 id='s8'>8. Risks</h2>")
a("<p>8.1 The main risks to the forecast and the recovery plan are:</p><ul>"
  "<li>continued growth in EHCPs above the 8% a year assumed in the plan;</li>"
  "<li>further increases in independent school fees, which rose by an average of 6.5% in September 2025;</li>"
  "<li>delays to the new 120-place special free school at Brackenmoor, now due to open in September 2027;</li>"
  "<li>the end of the statutory override in March 2028 with no national decision yet on how historic deficits will be treated;</li>"
  "<li>pressure on home to school transport for pupils with SEND, which is funded by the Council rather than the DSG.</li></ul>")

a("<h2 id='s9'>9. Recommendations</h2>")
a("<p>9.1 The Schools Forum is asked to:</p><ol>"
  f"<li>note the forecast high needs block overspend of £{TV:,}k at Month 7;</li>"
  f"<li>note the forecast cumulative DSG deficit of £{m(cum[3])}m at 31 March 2026;</li>"
  "<li>note progress with the Deficit Recovery Plan and the Red rating for workstream 3;</li>"
  "<li>give a view on a transfer of 0.5% from the schools block to the high needs block in 2026-27, ahead of a formal decision in January 2026.</li></ol>")
a("<h2>Glossary</h2><p>AP – alternative provision; DSG – Dedicated Schools Grant; EHCP – education, health and care plan; "
  "FE – further education; INMSS – independent and non-maintained special schools; SEN2 – the annual statutory return on EHCPs; "
  "SEND – special educational needs and disabilities.</p>")
a("</main></body></html>")
open(OUT, "w", encoding="utf-8").write("\n".join(H))
