"""Generate t30 children's services performance scorecard (HTML)."""
import os, html
OUT = os.path.join(os.path.dirname(__file__), '..', 't30_childrens_scorecard_q2_2025-26.html')
def n(v): return '{:,}'.format(v)
def sgn(v): return '–' if v == 0 else ('({:,})'.format(-v) if v < 0 else '+{:,}'.format(v))
e = html.escape

POP = {'Kestlow': 36400, 'Ravelsby': 21800, 'Dunmarrow': 27100, 'Hollinsford': 19300, 'Tollingmere': 20400}
TOTPOP = sum(POP.values())
CIC = {'Kestlow': (298, 305), 'Ravelsby': (141, 139), 'Dunmarrow': (196, 203), 'Hollinsford': (108, 112), 'Tollingmere': (71, 70)}
UASC = (37, 37)
AREAS = [('North Vennshire', ['Kestlow', 'Ravelsby']), ('South Vennshire', ['Dunmarrow', 'Hollinsford', 'Tollingmere'])]
TOT = (sum(v[0] for v in CIC.values()) + UASC[0], sum(v[1] for v in CIC.values()) + UASC[1])
def rate(c, p): return '{:.1f}'.format(10000.0 * c / p)

PLACE = [('In-house provision', [('In-house foster care', 318, '520'), ('Kinship (family and friends) foster care', 127, '310'),
                                 ('Placed with parents', 41, 'n/a'), ('In-house children\'s homes', 22, '4,850')]),
         ('External provision', [('Independent fostering agency (IFA)', 214, '1,020'), ('External residential children\'s homes', 71, '6,340'),
                                 ('Supported accommodation (16-17 year olds)', 49, '1,680'), ('Other (secure, hospital, placed for adoption)', 24, 'n/a')])]
PTOT = sum(x[1] for g in PLACE for x in g[1])
assert PTOT == TOT[1]

REF = [('Q3 2024-25', 1497, 380), ('Q4 2024-25', 1612, 398), ('Q1 2025-26', 1558, 357), ('Q2 2025-26', 1628, 348)]
def p1(a, b): return '{:.1f}%'.format(100.0 * a / b)
refrate = {q: p1(r, t) for q, t, r in REF}
refper10k = {q: '{:.1f}'.format(t * 4 * 10000.0 / TOTPOP) for q, t, r in REF}

# scorecard rows: ref, indicator, good, 2024-25, Q1, Q2, target, RAG, trend, SN, England
SC = [
 ('Contact, referral and assessment', [
  ('CS01', 'Contacts received (number)', 'n/a', '21,460', '5,530', '5,210', '–', 'n/a', 'Stable', 'n/a', 'n/a'),
  ('CS02', 'Referrals per 10,000 children (annualised)', 'n/a', '512.3', refper10k['Q1 2025-26'], refper10k['Q2 2025-26'], '500.0', 'n/a', 'Rising', '498.1', '533.0'),
  ('CS03', 'Re-referrals within 12 months (%)', 'Low', '24.8%', refrate['Q1 2025-26'], refrate['Q2 2025-26'], '20.0%', 'Amber', 'Improving', '21.7%', '22.4%'),
  ('CS04', 'Assessments completed within 45 working days (%)', 'High', '83.5%', '86.2%', '88.9%', '90.0%', 'Amber', 'Improving', '85.3%', '82.9%'),
 ]),
 ('Child protection', [
  ('CS05', 'Children subject to a child protection plan (number)', 'n/a', '486', '471', '455', '–', 'n/a', 'Falling', 'n/a', 'n/a'),
  ('CS06', 'Child protection plans per 10,000 children', 'n/a', '38.9', rate(471, TOTPOP), rate(455, TOTPOP), '–', 'n/a', 'Falling', '41.2', '41.6'),
  ('CS07', 'Plans lasting 2 years or more (% of plans ending)', 'Low', '3.1%', '4.6%', '5.2%', '3.5%', 'Red', 'Worsening', '3.4%', '3.8%'),
  ('CS08', 'Second or subsequent child protection plan (%)', 'Low', '21.5%', '19.8%', '23.1%', '20.0%', 'Amber', 'Worsening', '22.0%', '23.8%'),
  ('CS09', 'Child protection visits within 10 working days (%)', 'High', '91.2%', '93.5%', '94.1%', '95.0%', 'Amber', 'Improving', 'n/a', 'n/a'),
 ]),
 ('Children in care', [
  ('CS10', 'Children in care (number)', 'n/a', '842', n(TOT[0]), n(TOT[1]), '–', 'n/a', 'Rising', 'n/a', 'n/a'),
  ('CS11', 'Children in care per 10,000 children', 'n/a', '67.4', rate(TOT[0], TOTPOP), rate(TOT[1], TOTPOP), '–', 'n/a', 'Rising', '72.5', '70.0'),
  ('CS12', 'Three or more placements in the year (%)', 'Low', '10.8%', '10.2%', '9.6%', '9.0%', 'Amber', 'Improving', '10.1%', '10.0%'),
  ('CS13', 'Placed more than 20 miles from home (%)', 'Low', '17.9%', '18.4%', '19.3%', '15.0%', 'Red', 'Worsening', '16.2%', '15.0%'),
  ('CS14', 'Annual health assessments on time (%)', 'High', '88.0%', '90.1%', '92.7%', '90.0%', 'Green', 'Improving', '89.5%', '89.0%'),
 ]),
 ('Care leavers', [
  ('CS15', 'Care leavers aged 19-21 in education, employment or training (%)', 'High', '53.0%', '55.4%', '57.1%', '60.0%', 'Amber', 'Improving', '56.0%', '56.0%'),
  ('CS16', 'Care leavers aged 19-21 in suitable accommodation (%)', 'High', '87.5%', '88.9%', '86.3%', '90.0%', 'Amber', 'Worsening', '88.0%', '88.0%'),
  ('CS17', 'Pathway plans reviewed in last 6 months (%)', 'High', '79.4%', '82.0%', '84.8%', '95.0%', 'Red', 'Improving', 'n/a', 'n/a'),
 ]),
]
rag_count = {}
for g, rows in SC:
    for r in rows:
        rag_count[r[7]] = rag_count.get(r[7], 0) + 1

H = []
a = H.append
a('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Children\'s Services Performance Scorecard – Quarter 2 2025-26</title>')
a('<style>body{font-family:Arial,sans-serif;max-width:1000px;margin:auto;font-size:14px} table{border-collapse:collapse;margin:10px 0} th,td{border:1px solid #999;padding:3px 6px} td.n{text-align:right} tr.group th{background:#dde;text-align:left} tr.sub td{font-weight:bold} tfoot td{font-weight:bold;border-top:2px solid #000}</style></head><body>')
a('<header><p>Vennshire County Council</p><p>Children and Families Overview and Scrutiny Committee – 20 November 2025</p></header>')
a('<main><h1>Children\'s Services Performance Scorecard: Quarter 2 2025-26</h1>')
a('<p>Report of the Director of Children\'s Services. Author: Performance and Intelligence Team. Status: for information and scrutiny.</p>')
a('<h2>1. Purpose</h2>')
a('<p>1.1 This report presents the children\'s social care performance scorecard for Quarter 2 (July to September 2025) and compares Vennshire with its statistical neighbours and with England.</p>')
a('<p>1.2 Statistical neighbours are the ten local authorities that the Department for Education (DfE) identifies as most similar to Vennshire in their population and deprivation. Comparator figures are the latest published (2024-25 year end).</p>')
a('<h2>2. Summary</h2>')
a('<p>2.1 Of the {} indicators with a target, {} are rated Green, {} Amber and {} Red. The areas the committee is asked to note are:</p>'.format(
    rag_count['Green'] + rag_count['Amber'] + rag_count['Red'], rag_count['Green'], rag_count['Amber'], rag_count['Red']))
a('<ul><li>re-referrals within 12 months have fallen for the third quarter running, to {}, although they remain above the 20.0% target;</li>'.format(refrate['Q2 2025-26']))
a('<li>the number of children in care rose to {} at 30 September, the highest figure the county has recorded;</li>'.format(n(TOT[1])))
a('<li>more children are placed more than 20 miles from home, reflecting the shortage of local foster carers;</li>')
a('<li>care leavers in education, employment or training have improved but remain below target.</li></ul>')
a('<h2>3. Performance scorecard</h2>')
a('<p>3.1 Table 1 is the full scorecard. Quarterly figures for percentages are for the quarter; counts are at the end of the quarter. "Good is" shows whether a higher or lower figure is better.</p>')
a('<table id="scorecard"><caption>Table 1: Children\'s social care scorecard, Quarter 2 2025-26</caption><thead>')
a('<tr><th rowspan="2">Ref</th><th rowspan="2">Indicator</th><th rowspan="2">Good is</th><th rowspan="2">2024-25 outturn</th><th colspan="3">2025-26</th><th rowspan="2">RAG</th><th rowspan="2">Trend</th><th colspan="2">Comparators</th></tr>')
a('<tr><th>Q1</th><th>Q2</th><th>Target</th><th>Statistical neighbours</th><th>England</th></tr></thead><tbody>')
for g, rows in SC:
    a('<tr class="group"><th colspan="11">{}</th></tr>'.format(e(g)))
    for r in rows:
        a('<tr><td>{}</td><td>{}</td>'.format(r[0], e(r[1])) + ''.join('<td class="n">{}</td>'.format(e(x)) for x in r[2:]) + '</tr>')
a('</tbody></table>')

a('<h2>4. Front door and re-referrals</h2>')
a('<p>4.1 The Multi-Agency Safeguarding Hub (MASH) received 5,210 contacts in Quarter 2. Table 2 shows referrals to children\'s social care and how many were re-referrals, that is a referral within 12 months of a previous referral for the same child.</p>')
a('<table id="referrals"><caption>Table 2: Referrals and re-referrals by quarter</caption><thead><tr><th rowspan="2">Measure</th><th colspan="2">2024-25</th><th colspan="2">2025-26</th></tr>')
a('<tr><th>Q3</th><th>Q4</th><th>Q1</th><th>Q2</th></tr></thead><tbody>')
a('<tr><td>Referrals received</td>' + ''.join('<td class="n">{}</td>'.format(n(t)) for q, t, r in REF) + '</tr>')
a('<tr><td>of which re-referrals within 12 months</td>' + ''.join('<td class="n">{}</td>'.format(n(r)) for q, t, r in REF) + '</tr>')
a('<tr><td>Re-referral rate</td>' + ''.join('<td class="n">{}</td>'.format(refrate[q]) for q, t, r in REF) + '</tr>')
a('</tbody></table>')
a('<p>4.2 The improvement follows the introduction of a "step-down" review, in which every case closing to social care is checked by a team manager for whether early help support is in place. An audit in August found that 78% of re-referrals in the previous six months concerned domestic abuse.</p>')

a('<h2>5. Child protection</h2>')
a('<p>5.1 The number of children subject to a Child Protection Plan (CPP) fell to 455 at 30 September. The rate of 36.4 per 10,000 children is below both statistical neighbours and England.</p>')
a('<p>5.2 The proportion of plans lasting two years or more has risen to 5.2%. A review of the eleven children concerned found that in most cases the plan had been kept open during care proceedings. Each child now has a senior manager oversight review at 15 months.</p>')
a('<p>5.3 The percentage of children becoming subject to a plan for a second or subsequent time rose to 23.1% in Quarter 2. This is above the statistical neighbour average but just below England.</p>')

a('<h2>6. Children in care</h2>')
a('<p>6.1 There were {} children in care at 30 September 2025, an increase of {} during the quarter. Table 3 shows the number by the district in which the child\'s family lives. Unaccompanied asylum seeking children (UASC) are shown separately because they are not linked to a home district.</p>'.format(n(TOT[1]), TOT[1] - TOT[0]))
a('<table id="cic-district"><caption>Table 3: Children in care by home district</caption><thead>')
a('<tr><th rowspan="2">District</th><th rowspan="2">Population aged 0-17</th><th colspan="2">Children in care</th><th rowspan="2">Change in quarter</th><th rowspan="2">Rate per 10,000 children (30 Sep)</th></tr>')
a('<tr><th>30 Jun 2025</th><th>30 Sep 2025</th></tr></thead><tbody>')
for area, ds in AREAS:
    a('<tr class="group"><th colspan="6">{}</th></tr>'.format(area))
    for dn in ds:
        j, s = CIC[dn]
        a('<tr><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>'.format(dn, n(POP[dn]), j, s, sgn(s - j), rate(s, POP[dn])))
    sp = sum(POP[x] for x in ds); sj = sum(CIC[x][0] for x in ds); ss = sum(CIC[x][1] for x in ds)
    a('<tr class="sub"><td>Subtotal {}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>'.format(area, n(sp), sj, ss, sgn(ss - sj), rate(ss, sp)))
a('<tr><td>UASC (no home district)</td><td class="n">–</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">–</td></tr>'.format(UASC[0], UASC[1], sgn(UASC[1] - UASC[0])))
a('</tbody><tfoot><tr><td>Vennshire total</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr></tfoot></table>'.format(n(TOTPOP), TOT[0], TOT[1], sgn(TOT[1] - TOT[0]), rate(TOT[1], TOTPOP)))
a('<p>6.2 Vennshire is below the National Transfer Scheme threshold for UASC, which is set at 0.1% of the child population (125 children for Vennshire).</p>')
a('<p>6.3 Table 4 shows where children in care were living at 30 September and the average weekly cost of each type of placement.</p>')
a('<table id="placements"><caption>Table 4: Children in care by placement type, 30 September 2025</caption><thead><tr><th>Placement type</th><th>Number</th><th>% of all children in care</th><th>Average weekly cost (£)</th></tr></thead><tbody>')
for g, rows in PLACE:
    a('<tr class="group"><th colspan="4">{}</th></tr>'.format(g))
    for lab, num, cost in rows:
        a('<tr><td>{}</td><td class="n">{}</td><td class="n">{:.1f}%</td><td class="n">{}</td></tr>'.format(e(lab), num, 100.0 * num / PTOT, cost))
    st = sum(x[1] for x in rows)
    a('<tr class="sub"><td>Subtotal {}</td><td class="n">{}</td><td class="n">{:.1f}%</td><td class="n">–</td></tr>'.format(g.lower(), st, 100.0 * st / PTOT))
a('</tbody><tfoot><tr><td>Total children in care</td><td class="n">{}</td><td class="n">100.0%</td><td class="n">–</td></tr></tfoot></table>'.format(PTOT))
a('<p>6.4 The Council has set a target for 62% of children in foster care to be with its own in-house or kinship carers by March 2027. The fostering recruitment campaign, "Open Your Door", approved 14 new fostering households in the first half of the year against an annual target of 35.</p>')

a('<h2>7. Care leavers</h2>')
a('<p>7.1 The Council was supporting 312 care leavers aged 18 to 25 at 30 September. Of those aged 19 to 21, 57.1% were in education, employment or training (EET), up from 53.0% at the end of 2024-25. Care leavers who are not in education, employment or training (NEET) are offered a personal adviser from the Next Steps team and a guaranteed interview for council apprenticeships.</p>')
a('<p>7.2 Suitable accommodation fell to 86.3% in Quarter 2. This reflects four care leavers placed in bed and breakfast by district housing teams during the quarter; all have since moved on.</p>')

a('<h2>8. Workforce</h2>')
a('<p>8.1 The average caseload for a children\'s social worker was 17.2 at the end of September, and agency workers made up 14% of the qualified social work workforce, down from 19% a year earlier.</p>')

a('<h2>9. Recommendations</h2>')
a('<p>9.1 The committee is recommended to:</p><ul><li>note the performance set out in the scorecard;</li><li>consider the areas of concern on placement distance and plans lasting two years or more; and</li><li>request a focused report on care leaver accommodation for its March 2026 meeting.</li></ul>')

a('<h2>Glossary</h2><dl>')
for t, dd in [('CPP', 'Child Protection Plan'), ('MASH', 'Multi-Agency Safeguarding Hub'), ('UASC', 'Unaccompanied asylum seeking children'),
              ('IFA', 'Independent fostering agency'), ('EET', 'Education, employment or training'), ('NEET', 'Not in education, employment or training'),
              ('ILACS', 'Inspection of Local Authority Children\'s Services (Ofsted)')]:
    a('<dt>{}</dt><dd>{}</dd>'.format(t, e(dd)))
a('</dl><p>Ofsted last inspected Vennshire under ILACS in March 2024 and judged overall effectiveness to be Good.</p></main></body></html>')
open(OUT, 'w', encoding='utf-8').write('\n'.join(H))
print(rag_count, TOT, refrate, refper10k)
for dn in CIC: print(dn, rate(CIC[dn][1], POP[dn]))
for g, rows in PLACE: print(g, sum(x[1] for x in rows), [(x[0], round(100*x[1]/PTOT,1)) for x in rows])
