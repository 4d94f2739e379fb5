"""Generate t30 housing and homelessness strategy update (Markdown)."""
import os
OUT = os.path.join(os.path.dirname(__file__), '..', 't30_homelessness_strategy_update.md')
def n(v): return '{:,}'.format(v)
def chg(v): return '–' if v == 0 else ('({:,})'.format(-v) if v < 0 else '{:,}'.format(v))
D = ['Kestlow', 'Dunmarrow', 'Hollinsford', 'Ravelsby', 'Tollingmere']
TA = [('Emergency accommodation', [('Bed and breakfast (B&B)', [38, 21, 9, 14, 6]),
                                   ('Nightly-paid self-contained', [52, 30, 11, 18, 8]),
                                   ('Hostels', [41, 26, 12, 15, 10])]),
      ('Longer-term temporary accommodation', [('Council-owned TA', [64, 48, 22, 30, 19]),
                                               ('Private sector leased (PSL)', [57, 22, 8, 16, 5]),
                                               ('Housing association leased', [18, 12, 6, 9, 4])])]
KIDS = [148, 87, 35, 56, 28]
grand = [sum(r[1][i] for g in TA for r in g[1]) for i in range(5)]
GT = sum(grand)
PREV = {  # quarter: prevention owed, prevention secured, relief owed, relief secured, main duty
 'Q1 2024-25': (612, 371, 548, 219, 131), 'Q2 2024-25': (640, 394, 571, 236, 140),
 'Q3 2024-25': (598, 352, 602, 229, 152), 'Q4 2024-25': (655, 401, 589, 247, 138),
 'Q1 2025-26': (689, 438, 603, 262, 129), 'Q2 2025-26': (701, 452, 626, 271, 125)}
Q = list(PREV)
RS = {'Kestlow': (14, 19, 23), 'Dunmarrow': (6, 8, 7), 'Hollinsford': (2, 3, 5), 'Ravelsby': (5, 4, 4), 'Tollingmere': (1, 2, 0)}
RST = [sum(v[i] for v in RS.values()) for i in range(3)]
GRANT = {'Kestlow': (1240, 615), 'Dunmarrow': (780, 240), 'Hollinsford': (410, 95), 'Ravelsby': (530, 180), 'Tollingmere': (365, 0)}
GRT = [sum(v[i] for v in GRANT.values()) for i in range(2)]

L = []
a = L.append
a('# Vennshire Homelessness and Rough Sleeping Strategy 2023-2028: Year 2 Progress Update')
a('')
a('**Vennshire Housing Partnership Board – 9 December 2025**  ')
a('**Report of:** Strategic Lead for Housing Options, on behalf of the five district councils  ')
a('**Status:** For discussion and decision')
a('')
a('## 1. Purpose')
a('')
a('1.1 This paper reports progress in the second year of the joint Vennshire Homelessness and Rough Sleeping Strategy 2023-2028, agreed by Kestlow, Dunmarrow, Hollinsford, Ravelsby and Tollingmere district councils with Vennshire County Council. It covers temporary accommodation, prevention and relief outcomes, rough sleeping and the action plan.')
a('')
a('1.2 Housing and homelessness duties sit with the five district councils. The County Council attends the Board because of its responsibilities for care leavers, adult social care and public health.')
a('')
a('## 2. Recommendations')
a('')
a('The Board is asked to:')
a('')
a('- note the increase in the use of temporary accommodation (TA) set out in section 4;')
a('- agree that the target to end the use of bed and breakfast for families for longer than six weeks is carried forward into 2026-27;')
a('- approve the revised deadline of June 2026 for the county-wide private sector leasing scheme (action A4); and')
a('- agree to receive the next update in June 2026.')
a('')
a('## 3. Strategy priorities')
a('')
a('The strategy has four priorities, which remain unchanged:')
a('')
a('1. Prevent homelessness earlier, especially from the private rented sector.')
a('2. Reduce the use of temporary accommodation and end long stays in bed and breakfast.')
a('3. Make rough sleeping rare, brief and non-recurring.')
a('4. Increase the supply of affordable and supported housing.')
a('')
a('## 4. Temporary accommodation')
a('')
a('4.1 At 30 September 2025 the five districts had **{} households** in temporary accommodation (TA), compared with 517 a year earlier. Kestlow accounts for {:.0f}% of the county total.'.format(n(GT), 100.0 * grand[0] / GT))
a('')
a('**Table 1: Households in temporary accommodation by type and district, 30 September 2025**')
a('')
a('| Type of accommodation | ' + ' | '.join(D) + ' | Total |')
a('|---|' + '---:|' * 6)
for g, rows in TA:
    a('| **{}** | | | | | | |'.format(g))
    for lab, v in rows:
        a('| {} | '.format(lab) + ' | '.join(str(x) for x in v) + ' | {} |'.format(sum(v)))
    s = [sum(r[1][i] for r in rows) for i in range(5)]
    a('| *Subtotal {}* | '.format(g.lower()) + ' | '.join(str(x) for x in s) + ' | {} |'.format(sum(s)))
a('| **Total households in TA** | ' + ' | '.join('**{}**'.format(x) for x in grand) + ' | **{}** |'.format(GT))
a('| of which households with children | ' + ' | '.join(str(x) for x in KIDS) + ' | {} |'.format(sum(KIDS)))
a('')
emerg = [sum(r[1][i] for r in TA[0][1]) for i in range(5)]
a('4.2 Emergency accommodation (B&B, nightly-paid and hostels) makes up {:.0f}% of all TA. Nightly-paid accommodation is the most expensive form for the councils because only part of the cost can be recovered through Housing Benefit at the 2011 Local Housing Allowance (LHA) rate.'.format(100.0 * sum(emerg) / GT))
a('')
a('4.3 At 30 September there were 17 families with children who had been in B&B for longer than the six-week legal limit, 11 of them in Kestlow. The main reasons are:')
a('')
a('- a shortage of larger (three and four bedroom) self-contained units;')
a('- landlords leaving the private rented sector ahead of the Renters\' Rights Act changes; and')
a('- the gap between LHA rates and market rents, which averages £187 a month for a two-bedroom home across the county.')
a('')
a('4.4 The combined net cost of TA to the five districts is forecast at £6.9m in 2025-26, up from £5.2m in 2024-25.')
a('')
a('## 5. Prevention and relief')
a('')
a('5.1 Under the Homelessness Reduction Act 2017 councils owe a prevention duty to households threatened with homelessness within 56 days, and a relief duty to those who are already homeless. If relief fails, the main housing duty may be owed. Table 2 shows the combined figures for the five districts.')
a('')
a('**Table 2: Prevention and relief outcomes, all districts**')
a('')
a('| Measure | ' + ' | '.join(Q) + ' |')
a('|---|' + '---:|' * len(Q))
rows2 = [('Prevention duty owed', lambda v: n(v[0])), ('Prevention: accommodation secured', lambda v: n(v[1])),
         ('Prevention success rate', lambda v: '{:.1f}%'.format(100.0 * v[1] / v[0])),
         ('Relief duty owed', lambda v: n(v[2])), ('Relief: accommodation secured', lambda v: n(v[3])),
         ('Relief success rate', lambda v: '{:.1f}%'.format(100.0 * v[3] / v[2])),
         ('Main duty acceptances', lambda v: n(v[4]))]
for lab, fn in rows2:
    a('| {} | '.format(lab) + ' | '.join(fn(PREV[q]) for q in Q) + ' |')
a('')
a('5.2 The prevention success rate has improved since the Homelessness Prevention Grant (HPG) was used to fund a shared tenancy sustainment service in April 2025. The service offers:')
a('')
a('- mediation with landlords and family members;')
a('- a rent deposit and rent-in-advance scheme;')
a('- debt and welfare benefits advice through Citizens Advice Vennshire; and')
a('- a hospital discharge housing worker based at Kestlow General Hospital.')
a('')
a('5.3 The most common reason for homelessness at relief stage remains the end of a private rented tenancy (31% of cases in Quarter 2), followed by family or friends no longer willing to accommodate (24%) and domestic abuse (13%).')
a('')
a('## 6. Rough sleeping')
a('')
a('6.1 Each autumn the districts carry out a single-night snapshot of the number of people sleeping rough, verified by Homeless Link. Table 3 gives the results for the last three years.')
a('')
a('**Table 3: Rough sleeping snapshot count by district (number of people)**')
a('')
a('| District | Autumn 2022 | Autumn 2023 | Autumn 2024 | Change 2023 to 2024 |')
a('|---|---:|---:|---:|---:|')
for dn in D:
    v = RS[dn]
    a('| {} | {} | {} | {} | {} |'.format(dn, v[0], v[1], v[2], chg(v[2] - v[1])))
a('| **Vennshire** | **{}** | **{}** | **{}** | **{}** |'.format(RST[0], RST[1], RST[2], chg(RST[2] - RST[1])))
a('')
a('6.2 The autumn 2025 snapshot will take place on 20 November and results will be published in February 2026. Outreach teams funded by the Rough Sleeping Initiative (RSI) recorded an average of 27 people sleeping rough per night in September 2025 through their monthly street counts.')
a('')
a('6.3 The Housing First service, which provides permanent tenancies with intensive support and no conditions about being "housing ready", now has 22 tenancies across Kestlow and Dunmarrow. Tenancy sustainment after twelve months is 86%.')
a('')
a('## 7. Funding')
a('')
a('7.1 Table 4 shows the main government grants for homelessness in 2025-26. Figures are in £000.')
a('')
a('**Table 4: Homelessness grant allocations 2025-26 (£000)**')
a('')
a('| District | Homelessness Prevention Grant | Rough Sleeping Initiative | Total |')
a('|---|---:|---:|---:|')
for dn in D:
    h, r = GRANT[dn]
    a('| {} | {} | {} | {} |'.format(dn, n(h), n(r) if r else '–', n(h + r)))
a('| **Total** | **{}** | **{}** | **{}** |'.format(n(GRT[0]), n(GRT[1]), n(sum(GRT))))
a('')
a('7.2 Tollingmere does not receive RSI funding; people sleeping rough there are supported by the Ravelsby outreach team under a shared arrangement.')
a('')
a('## 8. Action plan 2025-26')
a('')
a('8.1 Progress on the action plan is shown in Table 5. RAG: Green – on track; Amber – some slippage; Red – off track; Complete.')
a('')
a('**Table 5: Action plan progress**')
a('')
a('| Ref | Action | Lead | Due | RAG | Update |')
a('|---|---|---|---|---|---|')
ACT = [('A1', 'Open a 24-bed young persons\' supported housing scheme in Kestlow', 'Kestlow DC / Vennshire CC', 'Mar 2026', 'Green', 'Building works 70% complete; provider appointed.'),
       ('A2', 'Recruit two additional prevention officers funded by HPG', 'All districts', 'Sep 2025', 'Complete', 'Both posts filled in July 2025.'),
       ('A3', 'End B&B use for families beyond six weeks', 'All districts', 'Mar 2026', 'Red', '17 families over six weeks at 30 September.'),
       ('A4', 'Launch a county-wide private sector leasing scheme', 'Dunmarrow DC (lead)', 'Jun 2026', 'Amber', 'Business case approved; procurement of managing agent under way. Deadline revised from December 2025.'),
       ('A5', 'Commission a domestic abuse safe accommodation service', 'Vennshire CC', 'Dec 2025', 'Green', 'Contract awarded to Haven Vennshire; service starts 1 December.'),
       ('A6', 'Deliver 60 additional units of council-owned TA', 'Hollinsford DC / Ravelsby DC', 'Mar 2027', 'Amber', '23 units acquired so far through the Local Authority Housing Fund.')]
for r in ACT:
    a('| ' + ' | '.join(r) + ' |')
a('')
a('8.2 Action A3 is rated Red. The districts have agreed a joint procurement of family-sized nightly-paid units to reduce reliance on B&B.')
a('')
a('## 9. Risks')
a('')
a('- The Homelessness Prevention Grant is only confirmed for one year at a time, which makes it hard to keep staff on permanent contracts.')
a('- Rising TA costs are a risk to the budgets of all five districts.')
a('- The closure of the 40-bed Marlowe House hostel in Dunmarrow, announced by its owner for 2027, would remove a fifth of the county\'s hostel beds.')
a('')
a('## Glossary')
a('')
a('- **TA** – temporary accommodation')
a('- **PSL** – private sector leasing: homes leased from private landlords, usually for three to five years, and used as TA')
a('- **LHA** – Local Housing Allowance, the cap on housing support for private renters')
a('- **HPG** – Homelessness Prevention Grant')
a('- **RSI** – Rough Sleeping Initiative')
a('- **Housing First** – a model giving people with multiple needs a settled home first, with open-ended support')
a('')
a('*Contact: Priya Castellano, Strategic Lead for Housing Options, Vennshire Housing Partnership.*')
open(OUT, 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print('grand', grand, GT, 'emerg', emerg, sum(emerg), 'kids', sum(KIDS), 'RST', RST, 'GRT', GRT)
for g, rows in TA:
    for lab, v in rows: print(lab, sum(v))
for q in Q: v = PREV[q]; print(q, round(100*v[1]/v[0],1), round(100*v[3]/v[2],1))
