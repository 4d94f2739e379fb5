"""Trial 33 paper 4: libraries, leisure and culture services review (Markdown)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fmt import num, rnd  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "t33_libraries_leisure_culture_review.md")

GROUPS = [
    ("Hub libraries", ["Kestlow Central Library", "Orrindale Library", "Wychbarrow Library", "Fenmarch Library",
                       "Sallowby Library"]),
    ("Community libraries", ["Kestlow Hillside Library", "Orrindale Bridge End Library",
                             "Wychbarrow Marsh Lane Library", "Fenmarch Eastgate Library", "Sallowby Green Library"]),
    ("Mobile and outreach", ["Mobile library", "Home library service"]),
]
VISITS = {
    "Kestlow Central Library": (312400, 328950, 335120),
    "Orrindale Library": (168300, 171240, 170120),
    "Wychbarrow Library": (121560, 126330, 129410),
    "Fenmarch Library": (84720, 86150, 83960),
    "Sallowby Library": (109880, 112470, 115030),
    "Kestlow Hillside Library": (38420, 37610, 35980),
    "Orrindale Bridge End Library": (29150, 28860, 27340),
    "Wychbarrow Marsh Lane Library": (22310, 21040, 19870),
    "Fenmarch Eastgate Library": (18960, 19420, 18110),
    "Sallowby Green Library": (24880, 25930, 26410),
    "Mobile library": (14230, 12980, 11650),
    "Home library service": (6120, 6340, 6580),
}
LOANS = {
    "Kestlow Central Library": (402150, 396880, 391420),
    "Orrindale Library": (231400, 224760, 219930),
    "Wychbarrow Library": (158320, 161070, 163850),
    "Fenmarch Library": (121640, 118920, 115270),
    "Sallowby Library": (147910, 150230, 154680),
    "Kestlow Hillside Library": (51230, 48670, 46020),
    "Orrindale Bridge End Library": (40880, 38910, 36450),
    "Wychbarrow Marsh Lane Library": (30120, 27640, 25980),
    "Fenmarch Eastgate Library": (27450, 27810, 26320),
    "Sallowby Green Library": (33560, 34920, 35710),
    "Mobile library": (38760, 35120, 31840),
    "Home library service": (41230, 42610, 43980),
}
HOURS = {  # current, proposed (None = community managed), days now, days proposed
    "Kestlow Central Library": (58, 52, 6, 6),
    "Orrindale Library": (48, 44, 6, 5),
    "Wychbarrow Library": (48, 44, 6, 5),
    "Fenmarch Library": (44, 40, 6, 5),
    "Sallowby Library": (48, 44, 6, 5),
    "Kestlow Hillside Library": (30, 24, 5, 4),
    "Orrindale Bridge End Library": (27, 22, 5, 4),
    "Wychbarrow Marsh Lane Library": (24, None, 4, None),
    "Fenmarch Eastgate Library": (24, 20, 4, 4),
    "Sallowby Green Library": (27, 22, 5, 4),
}
LEISURE = [  # site, visits 23-24, visits 24-25, net cost 24-25 £000
    ("Kestlow Leisure Centre", 612300, 648900, 412),
    ("Orrindale Pools", 298400, 305700, 538),
    ("Wychbarrow Sports Centre", 184200, 179650, 301),
    ("Fenmarch Leisure Centre", 221800, 236100, 287),
    ("Sallowby Lido (May to September)", 41600, 38200, 196),
]
SAVINGS = [
    ("Libraries", [
        ("L1", "Reduce opening hours at hub and community libraries", 180, 245, "Amber"),
        ("L2", "Transfer Marsh Lane Library to community management", 42, 58, "Amber"),
        ("L3", "Replace the mobile library with an expanded home library service", 65, 88, "Green"),
        ("L4", "Self-service 'Open Access' technology at three hub libraries", 35, 120, "Amber"),
    ]),
    ("Leisure", [
        ("S1", "Increase leisure prices by 5% above inflation", 140, 145, "Green"),
        ("S2", "Close Sallowby Lido", 150, 196, "Red"),
        ("S3", "Renegotiate the leisure management fee", 90, 180, "Amber"),
    ]),
    ("Culture", [
        ("C1", "Reduce arts grants by 20%", 82, 82, "Amber"),
        ("C2", "Open Brackenshire Museum four days a week", 46, 61, "Green"),
    ]),
]
CONSULT = [  # proposal, agree, neither, disagree, don't know, responses
    ("Reduce library opening hours", 21, 14, 62, 3, 2791),
    ("Transfer Marsh Lane Library to community management", 34, 22, 38, 6, 2644),
    ("Replace the mobile library with the home library service", 29, 25, 40, 6, 2602),
    ("Increase leisure prices", 27, 18, 52, 3, 2718),
    ("Close Sallowby Lido", 12, 9, 77, 2, 2755),
    ("Reduce arts grants by 20%", 31, 26, 37, 6, 2580),
    ("Open the museum four days a week", 45, 24, 27, 4, 2611),
]
for c in CONSULT:
    assert sum(c[1:5]) == 100, c

D = {"visits": {}, "loans": {}, "hours": {}, "leisure": {}, "savings": {}, "consult": {}}


def chg(a, b):
    return rnd(100 * (b - a) / a, 1)


def chs(x):
    return f"{x:+.1f}%" if x != 0 else "0.0%"


def activity_table(data, key):
    lines = ["| Site | 2022-23 | 2023-24 | 2024-25 | Change % (2023-24 to 2024-25) |",
             "|---|---:|---:|---:|---:|"]
    tot = [0, 0, 0]
    for g, sites in GROUPS:
        lines.append(f"| **{g}** | | | | |")
        sub = [0, 0, 0]
        for s in sites:
            v = data[s]
            c = chg(v[1], v[2])
            lines.append(f"| {s} | {num(v[0])} | {num(v[1])} | {num(v[2])} | {chs(c)} |")
            D[key][s] = list(v) + [c]
            for i in range(3):
                sub[i] += v[i]
        c = chg(sub[1], sub[2])
        lab = f"Subtotal – {g.lower()}"
        lines.append(f"| *{lab}* | *{num(sub[0])}* | *{num(sub[1])}* | *{num(sub[2])}* | *{chs(c)}* |")
        D[key][lab] = sub + [c]
        for i in range(3):
            tot[i] += sub[i]
    c = chg(tot[1], tot[2])
    lines.append(f"| **Total** | **{num(tot[0])}** | **{num(tot[1])}** | **{num(tot[2])}** | **{chs(c)}** |")
    D[key]["Total"] = tot + [c]
    return "\n".join(lines)


vis_tab = activity_table(VISITS, "visits")
loan_tab = activity_table(LOANS, "loans")
vt = D["visits"]["Total"]
lt = D["loans"]["Total"]

# hours table
hl = ["| Library | Current weekly hours | Proposed weekly hours | Change in hours | Days open now | Days open (proposed) |",
      "|---|---:|---:|---:|---:|---:|"]
hc = hp = 0
for g, sites in GROUPS[:2]:
    for s in sites:
        cur, prop, dn, dp = HOURS[s]
        p = prop if prop is not None else 0
        hl.append(f"| {s} | {cur} | {prop if prop is not None else '–'} | {num(p - cur)} | {dn} | "
                  f"{dp if dp is not None else 'n/a'} |")
        D["hours"][s] = (cur, prop, p - cur, dn, dp)
        hc += cur
        hp += p
hl.append(f"| **Total** | **{hc}** | **{hp}** | **{num(hp - hc)}** | | |")
D["hours"]["Total"] = (hc, hp, hp - hc)
hours_tab = "\n".join(hl)

# leisure table
ll = ["| Leisure site | Visits 2023-24 | Visits 2024-25 | Net cost to council 2024-25 (£000) | Subsidy per visit 2024-25 (£) |",
      "|---|---:|---:|---:|---:|"]
lv3 = lv4 = lc = 0
for s, v3, v4, cst in LEISURE:
    spv = rnd(cst * 1000 / v4, 2)
    ll.append(f"| {s} | {num(v3)} | {num(v4)} | {num(cst)} | {spv:.2f} |")
    D["leisure"][s] = (v3, v4, cst, spv)
    lv3 += v3
    lv4 += v4
    lc += cst
spv_t = rnd(lc * 1000 / lv4, 2)
ll.append(f"| **All leisure sites** | **{num(lv3)}** | **{num(lv4)}** | **{num(lc)}** | **{spv_t:.2f}** |")
D["leisure"]["All leisure sites"] = (lv3, lv4, lc, spv_t)
leis_tab = "\n".join(ll)

# savings table
sl = ["| Ref | Savings option | 2026-27 (£000) | 2027-28 (£000) | Total (£000) | Delivery risk |",
      "|---|---|---:|---:|---:|---|"]
st = [0, 0]
for g, opts in SAVINGS:
    sl.append(f"| | **{g}** | | | | |")
    sg = [0, 0]
    for ref, desc, a, b, r in opts:
        sl.append(f"| {ref} | {desc} | {num(a)} | {num(b)} | {num(a + b)} | {r} |")
        D["savings"][ref] = (desc, a, b, a + b, r)
        sg[0] += a
        sg[1] += b
    sl.append(f"| | *Subtotal – {g.lower()}* | *{num(sg[0])}* | *{num(sg[1])}* | *{num(sum(sg))}* | |")
    D["savings"]["Subtotal – " + g.lower()] = (sg[0], sg[1], sum(sg))
    st[0] += sg[0]
    st[1] += sg[1]
sl.append(f"| | **Total all options** | **{num(st[0])}** | **{num(st[1])}** | **{num(sum(st))}** | |")
D["savings"]["Total"] = (st[0], st[1], sum(st))
sav_tab = "\n".join(sl)

cl = ["| Proposal | Agree (%) | Neither (%) | Disagree (%) | Don't know (%) | Number answering |",
      "|---|---:|---:|---:|---:|---:|"]
for p, a, n, d, k, r in CONSULT:
    cl.append(f"| {p} | {a} | {n} | {d} | {k} | {num(r)} |")
    D["consult"][p] = (a, n, d, k, r)
cons_tab = "\n".join(cl)

target = 1100  # £000 MTFS requirement by 2027-28
md = f"""# Brackenshire County Council

## Scrutiny Commission – Communities and Place

**Meeting date:** 20 January 2026
**Report of:** Director of Communities and Place
**Lead Cabinet member:** Cllr Joanne Pelham, Cabinet Lead Member for Culture, Leisure and Libraries
**Title:** Libraries, Leisure and Culture Services Review – findings and savings options
**Wards affected:** All

---

## 1. Purpose of the report

1.1 This report sets out the findings of the review of the council's libraries, leisure and culture services,
the results of the public consultation held between 29 September and 23 November 2025, and the savings options
that the Cabinet will be asked to consider on 10 February 2026.

1.2 The Scrutiny Commission is asked to comment on the options before the Cabinet makes a decision.

## 2. Recommendations

The Scrutiny Commission is recommended to:

1. note the usage data for libraries and leisure centres set out in sections 4 and 6;
2. note the results of the public consultation in section 9;
3. comment on the savings options in section 8, in particular options L1, L2 and S2;
4. ask officers to bring a full Equality Impact Assessment to the Cabinet on 10 February 2026.

## 3. Background

3.1 The council's Medium Term Financial Strategy (MTFS) requires the Communities and Place department to save
£{target / 1000:.1f}m from libraries, leisure and culture by 2027-28. The net budget for these services in
2025-26 is £9.8m.

3.2 The council runs 10 static libraries – five hub libraries, one in the main town of each district, and five
smaller community libraries – together with a mobile library and a home library service for people who cannot
get to a library. Leisure centres are run for the council by Brackenshire Leisure Trust (BLT) under a contract
that ends in March 2029.

3.3 The review looked at:

- how much each library and leisure site is used, and how use has changed since 2022-23;
- opening hours and the cost of running each site;
- what other councils have done, including community managed libraries (CMLs);
- the views of residents, staff and partners.

## 4. Library use

4.1 Table 1 shows physical visits to each library. Visits to the whole service {'rose' if vt[3] > 0 else 'fell'} by {abs(vt[3]):.1f}%
in 2024-25, but visits to community libraries and the mobile library fell.

**Table 1: Library visits by site, 2022-23 to 2024-25**

{vis_tab}

4.2 Table 2 shows the number of items issued (loans) from the same sites. It does not include e-books and
e-audiobooks, which are issued county-wide: e-loans rose by 12% to 286,400 in 2024-25.

**Table 2: Library loans (items issued) by site, 2022-23 to 2024-25**

{loan_tab}

4.3 Loans have fallen faster than visits. More people now use libraries for study space, computers, Wi-Fi and
events rather than to borrow books. The service ran 3,412 events and activities in 2024-25, including
Rhymetime sessions, code clubs and the Summer Reading Challenge, which 6,950 children took part in.

## 5. Opening hours

5.1 Libraries are currently open for a combined {hc} hours a week. Option L1 would reduce this to {hp} hours.
Hub libraries would close on one weekday (except Kestlow Central, which would keep six days), and community
libraries would close on one further day.

**Table 3: Current and proposed weekly opening hours**

{hours_tab}

5.2 Under option L2, Wychbarrow Marsh Lane Library would be run by a volunteer group as a community managed
library. The council would keep paying for the building, the book stock and the library computer system, but
would no longer employ staff there. Opening hours would be set by the group.

## 6. Leisure centres

6.1 The council pays Brackenshire Leisure Trust a management fee to run five leisure sites. Table 4 shows visits
and the net cost to the council for each site.

**Table 4: Leisure site visits and net cost**

{leis_tab}

6.2 Sallowby Lido has the highest subsidy per visit. It needs an estimated £1.4m of repairs to its pool tank and
plant within five years. Visits to leisure centres overall rose by {chg(lv3, lv4):.1f}% in 2024-25, helped by the
new gym at Kestlow Leisure Centre, which opened in June 2024.

## 7. Culture

7.1 The culture service includes Brackenshire Museum and Art Gallery in Kestlow, the county archives and an arts
grants programme. The museum had 61,240 visitors in 2024-25, and the county archives searchroom had 3,870
visits.

7.2 In 2025-26 the council gave £412,000 in arts grants to 23 organisations, including Orrindale Playhouse,
the Wychbarrow Folk Festival and Fenmarch Arts Centre.

## 8. Savings options

8.1 Table 5 sets out the savings options that officers have developed. Savings are shown for each year, and the
total is the sum of the two years. Together the options would save £{num(st[1])}k a year by 2027-28, against
the MTFS requirement of £{num(target)}k, so not every option needs to be taken forward.

**Table 5: Savings options (£000)**

{sav_tab}

8.2 Delivery risk is rated Green (low), Amber (medium) or Red (high). Closing Sallowby Lido is rated Red because
of strong public opposition and the risk of legal challenge.

8.3 Options that officers considered but do not recommend include:

- closing any hub library;
- charging for library computer use;
- selling the museum's collections.

## 9. Consultation results

9.1 The consultation ran for eight weeks. There were 2,846 responses: 2,512 online and 334 on paper. Officers
held nine drop-in sessions, one in each hub library and four in leisure centres, attended by about 480 people.
A petition with 1,127 signatures opposing closure of Sallowby Lido was presented to the council on
4 December 2025.

**Table 6: Consultation results by proposal**

{cons_tab}

9.2 The only proposal supported by more people than opposed it was opening the museum four days a week. The
main themes in written comments were:

- libraries are a lifeline for older people and families with young children;
- bus services are too poor for people to travel to a hub library if a community library closes;
- leisure prices are already too high for families on low incomes;
- the lido is part of Sallowby's identity and is used by schools in the summer.

## 10. Equalities and next steps

10.1 An initial Equality Impact Assessment (EIA) found that reducing hours and replacing the mobile library
would affect older people and disabled people most. A full EIA will go to the Cabinet.

10.2 The Cabinet will consider the options on 10 February 2026. Any changes to opening hours would start no
earlier than 1 June 2026, after staff consultation.

## Background papers and glossary

- **BLT** – Brackenshire Leisure Trust
- **CML** – community managed library
- **EIA** – Equality Impact Assessment
- **MTFS** – Medium Term Financial Strategy

Contact: Dominic Ashworth, Head of Libraries, Leisure and Culture, libraries.review@brackenshire.gov.uk
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(md)
D["misc"] = dict(hc=hc, hp=hp, target=target, st=st, lv3=lv3, lv4=lv4, leis_chg=chg(lv3, lv4))
with open(os.path.join(os.path.dirname(__file__), "md_data.json"), "w") as f:
    json.dump(D, f, indent=1)
print(json.dumps(D["misc"]))
