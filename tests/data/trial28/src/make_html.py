"""Paper 3: community safety partnership annual report (HTML)."""
import json
import sys
from html import escape

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import fmt, pct_change  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial28/t28_community_safety_report.html"

CRIME = [
    ("Violence against the person", [
        ("Violence with injury", 3412, 3286),
        ("Violence without injury", 4105, 4377),
        ("Stalking and harassment", 2236, 2419),
    ]),
    ("Sexual offences", [
        ("Rape", 298, 281),
        ("Other sexual offences", 414, 464),
    ]),
    ("Acquisitive crime", [
        ("Residential burglary", 1388, 1214),
        ("Vehicle offences", 1742, 1655),
        ("Shoplifting", 2031, 2688),
        ("Theft from the person", 276, 301),
        ("Bicycle theft", 498, 433),
    ]),
    ("Other crime", [
        ("Criminal damage and arson", 2904, 2761),
        ("Public order offences", 1866, 1902),
        ("Drug offences", 721, 812),
        ("Possession of weapons offences", 214, 236),
        ("Miscellaneous crimes against society", 388, 371),
    ]),
]
c_old = sum(r[1] for _, rr in CRIME for r in rr)
c_new = sum(r[2] for _, rr in CRIME for r in rr)

POP = {"Ashgrove Fold": 58200, "Kestlow": 71900, "Marrowgate": 96400, "Pennock Bridge": 44300, "Tullerby": 52700}
D_OLD = {"Ashgrove Fold": 3303, "Kestlow": 5103, "Marrowgate": 8412, "Tullerby": 3354}
D_NEW = {"Ashgrove Fold": 3199, "Kestlow": 5187, "Marrowgate": 8906, "Tullerby": 3561}
D_OLD["Pennock Bridge"] = c_old - sum(D_OLD.values())
D_NEW["Pennock Bridge"] = c_new - sum(D_NEW.values())
DISTRICTS = ["Ashgrove Fold", "Kestlow", "Marrowgate", "Pennock Bridge", "Tullerby"]
pop_tot = sum(POP.values())

MONTHS = ["April", "May", "June", "July", "August", "September", "October", "November", "December",
          "January", "February", "March"]
ASB_OLD = [612, 684, 745, 811, 790, 658, 702, 689, 540, 498, 512, 577]
ASB_NEW = [588, 641, 702, 779, 735, 640, 655, 612, 511, 476, 468, 533]

DA = [  # source, Q1..Q4 2024-25, total 2023-24
    ("Police", [312, 298, 341, 327], 1194),
    ("Health services (GP and hospital)", [64, 71, 69, 82], 231),
    ("Self-referral", [88, 95, 104, 97], 342),
    ("Children's social care", [41, 37, 45, 49], 165),
    ("Housing", [None, 18, 22, 26], None),
    ("Other agencies", [52, 33, 36, 31], 176),
]
da_q = [sum((r[1][i] or 0) for r in DA) for i in range(4)]
da_tot = sum(da_q)
da_old = sum((r[2] or 0) for r in DA)

MARAC = [
    ("Cases discussed at MARAC", "486", "531", "n/a"),
    ("Repeat cases (%)", "31", "34", "28\u201340"),
    ("Children in households discussed", "702", "768", "n/a"),
    ("Cases per 10,000 adult women", "37", "40", "40"),
    ("Cases referred by police (%)", "68", "64", "n/a"),
]

PRIOR = [
    ("1. Reducing serious violence", "Deliver year 2 of the Serious Violence Duty strategy, including the knife crime education programme in secondary schools",
     "Serious Violence Lead, Westmarrow Vale Police", "Green", "Improving"),
    ("2. Violence against women and girls", "Commission a domestic abuse perpetrator behaviour change programme",
     "Community Safety Partnership Manager", "Amber", "No change"),
    ("3. Anti-social behaviour", "Launch an online form for ASB case reviews (the community trigger) and publish response times",
     "Westmarrow Vale Council ASB Team", "Green", "Improving"),
    ("4. Reducing reoffending", "Extend integrated offender management to include high-risk domestic abuse perpetrators",
     "Westmarrow Vale Probation Delivery Unit", "Amber", "No change"),
    ("5. Safer town centres", "Upgrade and extend public space CCTV in Marrowgate town centre",
     "Westmarrow Vale Council", "Red", "Worsening"),
    ("6. Drug and alcohol harm", "Deliver the local Combating Drugs Partnership plan, including naloxone supply through pharmacies",
     "Director of Public Health", "Green", "No change"),
]


def num(x):
    return "n/a" if x is None else f"{x:,}"


def chg(a, b):
    return fmt(b - a, 0)


def pchg(a, b):
    return fmt(pct_change(a, b), 1)


H = []
w = H.append
w("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Safer Westmarrow Partnership - Community Safety Performance Report 2024-25</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; max-width: 980px; margin: 2em auto; line-height: 1.45; color: #222; }
table { border-collapse: collapse; margin: 0.6em 0 1.2em 0; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 3px 7px; }
td.n, th.n { text-align: right; }
thead th { background: #e4e9f2; }
tr.group th { background: #f3f3f3; text-align: left; }
tr.total td, tr.total th { font-weight: bold; border-top: 2px solid #333; }
tr.sub td, tr.sub th { font-style: italic; }
caption { font-weight: bold; text-align: left; padding-bottom: 4px; }
.meta td { border: none; padding: 1px 10px 1px 0; }
.note { font-size: 0.82em; color: #444; }
.rag-Green { background: #c6efce; } .rag-Amber { background: #ffeb9c; } .rag-Red { background: #ffc7ce; }
</style>
</head>
<body>
<header>
<p><strong>Safer Westmarrow Partnership Board</strong><br>Meeting date: 18 June 2025 &middot; Agenda item 6</p>
<h1>Community Safety Performance Report 2024-25</h1>
<table class="meta">
<tr><td><strong>Report date</strong></td><td>4 June 2025</td></tr>
<tr><td><strong>Author</strong></td><td>Community Safety Partnership Manager, Westmarrow Vale Council</td></tr>
<tr><td><strong>Classification</strong></td><td>Public</td></tr>
</table>
</header>
<main>
""")

w("""<h2>1. Purpose of report</h2>
<p>1.1 This report gives the Safer Westmarrow Partnership Board an overview of community safety performance in
Westmarrow Vale for the year 1 April 2024 to 31 March 2025, compared with 2023-24. It covers police recorded crime
by offence category and by district, anti-social behaviour (ASB) incidents reported to the police, and referrals to
domestic abuse services. It also reports progress against the partnership's six priorities for 2023-2026.</p>
<p>1.2 The Safer Westmarrow Partnership is the statutory community safety partnership for the area. Its members are
Westmarrow Vale Council, Westmarrow Vale Police, the Westmarrow Vale Fire and Rescue Service, the Probation Service
and Westmarrow Vale Integrated Care Board.</p>
""")

w("""<h2>2. Recommendations</h2>
<p>2.1 The Board is recommended to:</p>
<ul>
<li>note the performance information for 2024-25 set out in this report;</li>
<li>agree that shoplifting and retail crime becomes a focus of the Safer Town Centres priority for 2025-26;</li>
<li>ask the Council to report to the September 2025 meeting on the delayed CCTV upgrade in Marrowgate town centre;</li>
<li>endorse the proposal to commission a domestic abuse perpetrator programme jointly with the Police and Crime Commissioner.</li>
</ul>
""")

w(f"""<h2>3. Summary of performance</h2>
<p>3.1 Total police recorded crime in Westmarrow Vale rose by {pchg(c_old, c_new)}% in 2024-25, from {c_old:,}
offences to {c_new:,} offences. The increase is largely explained by a rise in shoplifting (up
{pchg(2031, 2688)}%) and in violence without injury, which includes offences of common assault. Residential
burglary fell for the third year in a row.</p>
<p>3.2 Headline points for the year are:</p>
<ul>
<li>the crime rate for Westmarrow Vale was {c_new / pop_tot * 1000:.1f} crimes per 1,000 population, below the average of 74.9 for our most similar group of community safety partnerships;</li>
<li>anti-social behaviour incidents fell by {abs(pct_change(sum(ASB_OLD), sum(ASB_NEW))):.1f}% to {sum(ASB_NEW):,};</li>
<li>referrals to the Westmarrow Domestic Abuse Service rose by {pchg(da_old, da_tot)}% to {da_tot:,};</li>
<li>one partnership priority, Safer town centres, is rated Red because of delays to the CCTV upgrade (see section 8).</li>
</ul>
<p>3.3 Hate crime is not included in this report. It is reported to the Board twice a year in the separate Hate
Crime and Community Cohesion report, the next of which is due in September 2025.</p>
""")

# Table 1 - crime by category with rowspan group column
w("""<h2>4. Recorded crime by offence category</h2>
<p>4.1 Table 1 shows police recorded crime by offence category. Offences are grouped using the Home Office
offence groups. Figures for 2024-25 are provisional and may change slightly as investigations conclude and
crimes are reclassified.</p>
<table id="table1">
<caption>Table 1: Police recorded crime by offence category, Westmarrow Vale, 2023-24 and 2024-25 (number of offences)</caption>
<thead>
<tr><th rowspan="2">Offence group</th><th rowspan="2">Offence</th><th colspan="2">Recorded offences</th><th colspan="2">Change</th></tr>
<tr><th class="n">2023-24</th><th class="n">2024-25</th><th class="n">Number</th><th class="n">%</th></tr>
</thead>
<tbody>
""")
for grp, rows in CRIME:
    so = sum(r[1] for r in rows)
    sn = sum(r[2] for r in rows)
    first = True
    for lab, a, b in rows:
        g = f'<th rowspan="{len(rows) + 1}" scope="rowgroup">{escape(grp)}</th>' if first else ""
        first = False
        w(f"<tr>{g}<td>{escape(lab)}</td><td class='n'>{a:,}</td><td class='n'>{b:,}</td>"
          f"<td class='n'>{chg(a, b)}</td><td class='n'>{pchg(a, b)}</td></tr>\n")
    w(f"<tr class='sub'><td>Total {escape(grp.lower())}</td><td class='n'>{so:,}</td><td class='n'>{sn:,}</td>"
      f"<td class='n'>{chg(so, sn)}</td><td class='n'>{pchg(so, sn)}</td></tr>\n")
w(f"""</tbody>
<tfoot>
<tr class="total"><th colspan="2">Total recorded crime</th><td class='n'>{c_old:,}</td><td class='n'>{c_new:,}</td><td class='n'>{chg(c_old, c_new)}</td><td class='n'>{pchg(c_old, c_new)}</td></tr>
</tfoot>
</table>
<p class="note">Source: Westmarrow Vale Police crime recording system, extracted 12 May 2025. Bracketed figures are reductions.</p>
<p>4.2 Shoplifting rose by {2688 - 2031:,} offences. Retailers in Marrowgate and Kestlow town centres report
that much of this is linked to a small number of repeat offenders, some of whom are funding drug use. The Police
have set up a retail crime unit and the Business Crime Reduction Partnership has been relaunched with 64 member
businesses.</p>
<p>4.3 Possession of weapons offences rose from 214 to 236. This partly reflects more proactive policing, including
weapons sweeps and stop and search in the night-time economy, rather than an increase in knife carrying.</p>
""")

# Table 2 - by district
w("""<h2>5. Recorded crime by district</h2>
<p>5.1 Table 2 shows recorded crime in each of the five districts of Westmarrow Vale. Crime rates per 1,000 residents
allow districts of different sizes to be compared. Marrowgate, which contains the main town centre and
night-time economy, has the highest crime rate.</p>
<table id="table2">
<caption>Table 2: Police recorded crime by district, 2023-24 and 2024-25</caption>
<thead>
<tr><th rowspan="2">District</th><th rowspan="2" class="n">Population (mid-2024)</th><th colspan="2">Recorded offences</th><th colspan="2">Change</th><th>Crime rate</th></tr>
<tr><th class="n">2023-24</th><th class="n">2024-25</th><th class="n">Number</th><th class="n">%</th><th class="n">per 1,000 population, 2024-25</th></tr>
</thead>
<tbody>
""")
dist_out = {}
for d in DISTRICTS:
    a, b, p = D_OLD[d], D_NEW[d], POP[d]
    rate = round(b / p * 1000, 1)
    dist_out[d] = (a, b, b - a, pct_change(a, b), rate)
    w(f"<tr><td>{d}</td><td class='n'>{p:,}</td><td class='n'>{a:,}</td><td class='n'>{b:,}</td><td class='n'>{chg(a, b)}</td>"
      f"<td class='n'>{pchg(a, b)}</td><td class='n'>{rate:.1f}</td></tr>\n")
w(f"""<tr class="total"><td>Westmarrow Vale</td><td class='n'>{pop_tot:,}</td><td class='n'>{c_old:,}</td><td class='n'>{c_new:,}</td><td class='n'>{chg(c_old, c_new)}</td><td class='n'>{pchg(c_old, c_new)}</td><td class='n'>{c_new / pop_tot * 1000:.1f}</td></tr>
<tr><td><em>Most similar group average</em></td><td class='n'>&ndash;</td><td class='n'>&ndash;</td><td class='n'>&ndash;</td><td class='n'>&ndash;</td><td class='n'>&ndash;</td><td class='n'>74.9</td></tr>
</tbody>
</table>
<p class="note">Population figures are mid-2024 estimates. The most similar group is the group of 15 community safety
partnerships with the most similar demographic and social characteristics; only the crime rate is published for the group.</p>
<p>5.2 Crime fell in Ashgrove Fold and was broadly stable in Pennock Bridge. The largest percentage increase was in
Tullerby, where a series of thefts from building sites and farms in the summer of 2024 added over 100 offences.</p>
""")

# Table 3 - ASB by month
w("""<h2>6. Anti-social behaviour</h2>
<p>6.1 Anti-social behaviour incidents reported to Westmarrow Vale Police continued to fall in 2024-25. Table 3 shows
incidents by month. As in previous years, incidents peaked in the summer months, with a smaller rise around
Halloween and bonfire night in late October and early November.</p>
<table id="table3">
<caption>Table 3: Anti-social behaviour incidents reported to the police by month (number of incidents)</caption>
<thead>
<tr><th>Month</th><th class="n">2023-24</th><th class="n">2024-25</th><th class="n">Change</th><th class="n">Change %</th></tr>
</thead>
<tbody>
""")
for m, a, b in zip(MONTHS, ASB_OLD, ASB_NEW):
    w(f"<tr><td>{m}</td><td class='n'>{a:,}</td><td class='n'>{b:,}</td><td class='n'>{chg(a, b)}</td><td class='n'>{pchg(a, b)}</td></tr>\n")
ao, an = sum(ASB_OLD), sum(ASB_NEW)
w(f"""<tr class="total"><td>Year total</td><td class='n'>{ao:,}</td><td class='n'>{an:,}</td><td class='n'>{chg(ao, an)}</td><td class='n'>{pchg(ao, an)}</td></tr>
</tbody>
</table>
<p>6.2 The Council's ASB team received 38 applications for an ASB case review (the community trigger) in 2024-25,
of which 29 met the threshold for a review. Environmental ASB such as fly-tipping and graffiti is recorded by the
Council rather than the police and is not included in Table 3.</p>
<p>6.3 Actions taken by the partnership to tackle ASB in 2024-25 included:</p>
<ul>
<li>12 Community Protection Notices and 3 Closure Orders issued by the Council and the Police;</li>
<li>a summer diversionary programme for young people in Marrowgate and Kestlow, attended by 420 young people;</li>
<li>a Public Spaces Protection Order covering alcohol-related ASB in Marrowgate town centre, renewed in October 2024.</li>
</ul>
""")

# Table 4 - DA referrals
w("""<h2>7. Domestic abuse</h2>
<p>7.1 The Westmarrow Domestic Abuse Service (WDAS) provides Independent Domestic Violence Advisers (IDVAs), who
support victims at high risk of serious harm, alongside outreach and refuge services. Table 4 shows referrals to
the service by source and quarter. A rise in referrals is seen as positive, because domestic abuse is widely
under-reported.</p>
<table id="table4">
<caption>Table 4: Referrals to the Westmarrow Domestic Abuse Service by referral source (number of referrals)</caption>
<thead>
<tr><th rowspan="2">Referral source</th><th colspan="4">2024-25</th><th rowspan="2" class="n">Total 2024-25</th><th rowspan="2" class="n">Total 2023-24</th></tr>
<tr><th class="n">Q1 Apr&ndash;Jun</th><th class="n">Q2 Jul&ndash;Sep</th><th class="n">Q3 Oct&ndash;Dec</th><th class="n">Q4 Jan&ndash;Mar</th></tr>
</thead>
<tbody>
""")
da_rows = {}
for src, qs, old in DA:
    tot = sum(q or 0 for q in qs)
    da_rows[src] = (qs, tot, old)
    w(f"<tr><td>{escape(src)}</td>" + "".join(f"<td class='n'>{num(q)}</td>" for q in qs) +
      f"<td class='n'>{tot:,}</td><td class='n'>{num(old)}</td></tr>\n")
w(f"""<tr class="total"><td>Total referrals</td>""" + "".join(f"<td class='n'>{q:,}</td>" for q in da_q) +
  f"""<td class='n'>{da_tot:,}</td><td class='n'>{da_old:,}</td></tr>
</tbody>
</table>
<p class="note">n/a: housing referrals have been recorded separately since July 2024 (Q2). Before that they were
included in &ldquo;Other agencies&rdquo;, so the two rows are not directly comparable across years.</p>
<p>7.2 Referrals from health services rose by 55 compared with 2023-24 after the ICB funded a hospital-based IDVA at
Westmarrow General Hospital from April 2024. Self-referrals increased after the launch of the WDAS web chat
service in October 2024.</p>
<p>7.3 High-risk cases are discussed at the Multi-Agency Risk Assessment Conference (MARAC), a monthly meeting where
agencies share information and agree a safety plan for each victim. Table 5 shows MARAC activity.</p>
<table id="table5">
<caption>Table 5: MARAC activity, 2023-24 and 2024-25</caption>
<thead>
<tr><th>Measure</th><th class="n">2023-24</th><th class="n">2024-25</th><th class="n">Recommended level</th></tr>
</thead>
<tbody>
""")
for r in MARAC:
    w(f"<tr><td>{escape(r[0])}</td><td class='n'>{r[1]}</td><td class='n'>{r[2]}</td><td class='n'>{r[3]}</td></tr>\n")
w("""</tbody>
</table>
<p class="note">The recommended levels are national guidance for MARACs: a repeat rate of between 28% and 40%, and around
40 cases a year for every 10,000 adult women in the area.</p>
<p>7.4 The MARAC reached the recommended level of 40 cases per 10,000 adult women for the first time in 2024-25.
The repeat rate of 34% is within the recommended range.</p>
""")

# Table 6 - priorities
w("""<h2>8. Progress against partnership priorities</h2>
<p>8.1 The Partnership Plan 2023-2026 has six priorities. Table 6 shows the key action for each priority in 2024-25,
its RAG status at 31 March 2025 and the direction of travel since the last report to the Board in December 2024.</p>
<table id="table6">
<caption>Table 6: Partnership priorities &ndash; key actions and status at 31 March 2025</caption>
<thead>
<tr><th>Priority</th><th>Key action 2024-25</th><th>Lead</th><th>RAG</th><th>Direction of travel</th></tr>
</thead>
<tbody>
""")
for p in PRIOR:
    w(f"<tr><td>{escape(p[0])}</td><td>{escape(p[1])}</td><td>{escape(p[2])}</td><td class='rag-{p[3]}'>{p[3]}</td><td>{p[4]}</td></tr>\n")
w("""</tbody>
</table>
<p>8.2 The CCTV upgrade in Marrowgate town centre is rated Red because the contract had to be re-tendered after the
preferred supplier withdrew. Installation is now expected to start in October 2025, six months later than planned.</p>
""")

w("""<h2>9. Risks and next steps</h2>
<p>9.1 The main risks to the partnership's work are:</p>
<ul>
<li>short-term funding for the hospital-based IDVA post, which ends in March 2026;</li>
<li>the continued rise in shoplifting and its links to drug use;</li>
<li>reduced neighbourhood policing capacity while officers are redeployed to the new retail crime unit.</li>
</ul>
<p>9.2 A refreshed strategic assessment of crime and disorder will be presented to the Board in December 2025 and
will inform the next Partnership Plan from April 2026.</p>
</main>
<footer><p class="note">Safer Westmarrow Partnership &ndash; Community Safety Performance Report 2024-25 &ndash; Public</p></footer>
</body>
</html>
""")

open(OUT, "w", encoding="utf-8").write("".join(H))
json.dump({"c_old": c_old, "c_new": c_new, "dist": dist_out, "asb_old": ao, "asb_new": an, "da_q": da_q,
           "da_tot": da_tot, "da_old": da_old, "pop_tot": pop_tot}, open("/tmp/t28_html_data.json", "w"), indent=1)
print("wrote", OUT)
