"""Generate t30 UEC performance board report (DOCX)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(__file__), '..', 't30_uec_performance_board_dec2025.docx')
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)

def para(t, bold=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(t); r.bold = bold
    return p
def bullets(items):
    for t in items:
        d.add_paragraph(t, style='List Bullet')
def pct(a, b):
    return round(100.0 * a / b, 1)
def p1(v):
    return '{:.1f}%'.format(v)
def n(v):
    return '{:,}'.format(v)

MONTHS = ['Jul', 'Aug', 'Sep', 'Oct', 'Nov']
ATT = {
 'Kestlow General Hospital ED': ([9420, 9110, 9350, 9680, 9240], [6170, 6080, 6010, 6050, 5610]),
 'Dunmarrow Royal Infirmary ED': ([6840, 6620, 6790, 7010, 6730], [4900, 4850, 4780, 4810, 4420]),
 'Hollinsford Urgent Treatment Centre': ([4210, 4390, 3980, 3870, 3620], [4130, 4310, 3900, 3780, 3530]),
}
T1 = [k for k in ATT if 'ED' in k]
type1_att = [sum(ATT[k][0][i] for k in T1) for i in range(5)]
type1_in = [sum(ATT[k][1][i] for k in T1) for i in range(5)]
all_att = [sum(ATT[k][0][i] for k in ATT) for i in range(5)]
all_in = [sum(ATT[k][1][i] for k in ATT) for i in range(5)]

HAND = {  # site: (oct arrivals, oct mean, oct >60, nov arrivals, nov mean, nov >60)
 'Kestlow General Hospital': (3140, 41, 412, 3260, 47, 538),
 'Dunmarrow Royal Infirmary': (2410, 33, 205, 2480, 36, 261),
}
BEDS = [  # site, core, escalation, occupied
 ('Kestlow General Hospital', 612, 28, 624),
 ('Dunmarrow Royal Infirmary', 438, 18, 444),
 ('Hollinsford Community Hospital', 64, 0, 58),
]
bt = [sum(b[i] for b in BEDS) for i in (1, 2, 3)]
trust_occ = pct(bt[2], bt[0] + bt[1])

W12 = [1020, 1090, 1040, 1180, 1390, 1610]  # Jun..Nov
DTA = [48, 61, 57, 72, 95, 131]
NCTR = [142, 138, 151, 149, 163, 171]
OCC = [94.1, 93.6, 94.8, 95.2, 96.7, trust_occ]

WINTER = [
 ('Same Day Emergency Care (SDEC) extended to 10pm, KGH', 'ICB', 1240, '14', 'Green'),
 ('Virtual ward expansion (40 additional virtual beds)', 'ICB', 1860, '18', 'Amber'),
 ('Discharge to assess – Home First pathway', 'BCF', 2150, '22', 'Amber'),
 ('Ambulance handover unit, DRI', 'Trust', 780, 'n/a', 'Green'),
 ('Additional community beds, Hollinsford', 'BCF', 930, '12', 'Red'),
 ('Frailty assessment unit, DRI', 'Trust', 640, '8', 'Green'),
]
WT = sum(w[2] for w in WINTER)
WB = sum(int(w[3]) for w in WINTER if w[3] != 'n/a')
WBY = {s: sum(w[2] for w in WINTER if w[1] == s) for s in ('ICB', 'BCF', 'Trust')}

# ------------- document -------------
para('Vennshire and Kestlow Hospitals NHS Foundation Trust', bold=True)
para('Board of Directors – Meeting in Public – 4 December 2025')
d.add_heading('Agenda item 9: Urgent and Emergency Care Performance Report', level=1)
para('Report of: Chief Operating Officer (Dr Anita Ferreira-Blake). Prepared by: Head of Performance and Information. Report period: July to November 2025.')
para('Purpose: For assurance and discussion.', bold=True)

d.add_heading('1. Executive summary', level=2)
para('1.1 This report updates the Board on urgent and emergency care (UEC) performance against the national standards and the Trust\'s 2025-26 operational plan, and on the winter plan.')
para('1.2 Key messages for the Board:')
bullets([
 'Trust performance against the 4-hour standard (all types) was {} in November 2025, below the 78% national ambition for March 2026 and below the Trust\'s November plan trajectory of 74.0%.'.format(p1(pct(all_in[4], all_att[4]))),
 'Kestlow General Hospital ED remains the most challenged site, at {} in November.'.format(p1(pct(ATT[T1[0]][1][4], ATT[T1[0]][0][4]))),
 '12-hour waits from arrival rose to 1,610 in November, the highest number recorded this year.',
 'The Ambulance handover unit at Dunmarrow Royal Infirmary opened on 3 November and has reduced the number of ambulances waiting on the forecourt.',
 'General and acute bed occupancy averaged {} in November against a planning assumption of 92%.'.format(p1(trust_occ)),
])
para('1.3 The Board is asked to note the deterioration in performance in November, the actions set out in section 7, and the risk to delivery of the winter plan described in section 8.')

d.add_heading('2. Four-hour standard', level=2)
para('2.1 Table 1 shows the percentage of patients admitted, transferred or discharged within four hours of arrival by site. The Hollinsford Urgent Treatment Centre (UTC) continues to perform well above the standard, and its performance is included in the Trust all-types figure.')
para('Table 1: Percentage of patients seen within 4 hours, by site', bold=True)
t = d.add_table(rows=2, cols=7); t.style = 'Table Grid'
h0, h1 = t.rows[0].cells, t.rows[1].cells
h0[0].text = 'Site'; h0[0].merge(h1[0])
h0[1].merge(h0[3]).text = 'Quarter 2 2025-26'
h0[4].merge(h0[5]).text = 'Quarter 3 2025-26'
h0[6].text = 'Plan Nov'; h0[6].merge(h1[6])
for i, m in enumerate(MONTHS):
    h1[1 + i].text = m
PLAN_NOV = {'Kestlow General Hospital ED': '66.0%', 'Dunmarrow Royal Infirmary ED': '70.0%', 'Hollinsford Urgent Treatment Centre': '95.0%'}
for k, (a, w) in ATT.items():
    r = t.add_row().cells; r[0].text = k
    for i in range(5): r[1 + i].text = p1(pct(w[i], a[i]))
    r[6].text = PLAN_NOV[k]
r = t.add_row().cells; r[0].text = 'Trust – Type 1 only'
for i in range(5): r[1 + i].text = p1(pct(type1_in[i], type1_att[i]))
r[6].text = '67.5%'
r = t.add_row().cells; r[0].text = 'Trust – all types'
for i in range(5): r[1 + i].text = p1(pct(all_in[i], all_att[i]))
r[6].text = '74.0%'
para('')
para('2.2 Performance at Kestlow General Hospital (KGH) has fallen in each month since August. The main driver is time waiting for a bed: on average 41 admitted patients a day waited more than 4 hours after a decision to admit in November.')
para('2.3 Table 2 gives the detail for November 2025. Breaches are patients who spent more than 4 hours in the department.')
para('Table 2: Attendances and 4-hour breaches, November 2025', bold=True)
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
for i, h in enumerate(['Site', 'Attendances', 'Within 4 hours', 'Breaches', '% within 4 hours']):
    t.rows[0].cells[i].text = h
for k, (a, w) in ATT.items():
    r = t.add_row().cells
    for i, v in enumerate([k, n(a[4]), n(w[4]), n(a[4] - w[4]), p1(pct(w[4], a[4]))]): r[i].text = v
r = t.add_row().cells
for i, v in enumerate(['Trust total', n(all_att[4]), n(all_in[4]), n(all_att[4] - all_in[4]), p1(pct(all_in[4], all_att[4]))]): r[i].text = v
para('')
para('2.4 Total attendances across the three sites in November were {} lower than in October, mainly because of fewer walk-in patients at the UTC.'.format(n(all_att[3] - all_att[4])))

d.add_heading('3. Ambulance handovers', level=2)
para('3.1 The national expectation is that no handover takes longer than 45 minutes and that the average is 30 minutes or less. Table 3 shows ambulance arrivals conveyed by Vennshire Ambulance Service, the mean handover time and the number of handovers over 60 minutes.')
para('Table 3: Ambulance handovers by site', bold=True)
t = d.add_table(rows=2, cols=7); t.style = 'Table Grid'
h0, h1 = t.rows[0].cells, t.rows[1].cells
h0[0].text = 'Site'; h0[0].merge(h1[0])
h0[1].merge(h0[3]).text = 'October 2025'
h0[4].merge(h0[6]).text = 'November 2025'
for i, h in enumerate(['Arrivals', 'Mean (mins)', 'Over 60 mins'] * 2):
    h1[1 + i].text = h
for k, v in HAND.items():
    r = t.add_row().cells; r[0].text = k
    for i in range(6): r[1 + i].text = n(v[i])
tot = [sum(v[i] for v in HAND.values()) for i in range(6)]
mo = round(sum(v[0] * v[1] for v in HAND.values()) / tot[0])
mn = round(sum(v[3] * v[4] for v in HAND.values()) / tot[3])
r = t.add_row().cells; r[0].text = 'Trust total'
for i, v in enumerate([n(tot[0]), str(mo), n(tot[2]), n(tot[3]), str(mn), n(tot[5])]): r[1 + i].text = v
para('')
para('3.2 A total of 4,870 hours were lost to handover delays over 30 minutes in November, up from 3,950 hours in October. The longest single handover in November was 6 hours 12 minutes at KGH on 18 November.')
para('3.3 Since the Ambulance handover unit opened at Dunmarrow Royal Infirmary (DRI) the site has had no handover over 4 hours. Handovers at DRI over 60 minutes nevertheless rose from {} to {} because of higher arrivals.'.format(HAND['Dunmarrow Royal Infirmary'][2], HAND['Dunmarrow Royal Infirmary'][5]))

d.add_heading('4. Twelve-hour waits and patient flow', level=2)
para('4.1 Table 4 shows the Trust-level flow measures for the last six months. A 12-hour decision-to-admit wait (sometimes called a trolley wait) is counted from the decision to admit, whereas the 12-hour from arrival measure counts from arrival in the department and is the measure now used nationally.')
para('Table 4: Twelve-hour waits and flow measures, June to November 2025', bold=True)
cols = ['Measure', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Trend', 'RAG']
t = d.add_table(rows=1, cols=len(cols)); t.style = 'Table Grid'
for i, h in enumerate(cols): t.rows[0].cells[i].text = h
w12pct = ['n/a'] + [p1(pct(W12[1 + i], type1_att[i])) for i in range(5)]
rows4 = [
 ('12-hour waits from arrival (number)', [n(x) for x in W12], 'Worsening', 'Red'),
 ('12-hour waits from arrival (% of Type 1 attendances)', w12pct, 'Worsening', 'Red'),
 ('12-hour decision-to-admit waits', [str(x) for x in DTA], 'Worsening', 'Red'),
 ('No criteria to reside patients (daily average)', [str(x) for x in NCTR], 'Worsening', 'Amber'),
 ('G&A bed occupancy (%)', [p1(x) for x in OCC], 'Worsening', 'Red'),
]
for lab, vals, tr, rag in rows4:
    r = t.add_row().cells; r[0].text = lab
    for i, v in enumerate(vals): r[1 + i].text = v
    r[7].text = tr; r[8].text = rag
para('')
para('4.2 June percentages are shown as n/a because the Type 1 attendance data for June is being re-based following the move to the new ED system.')
para('4.3 The number of patients with no criteria to reside (NCTR) – patients who are medically fit but still in a hospital bed – averaged 171 a day in November. About two thirds of these were waiting for a package of care or a care home placement arranged by Vennshire County Council.')

d.add_heading('5. Bed occupancy', level=2)
para('5.1 Table 5 shows general and acute (G&A) bed occupancy by site in November. Occupancy is calculated as average occupied beds divided by total beds open, including escalation beds.')
para('Table 5: G&A beds and occupancy by site, November 2025', bold=True)
t = d.add_table(rows=2, cols=6); t.style = 'Table Grid'
h0, h1 = t.rows[0].cells, t.rows[1].cells
h0[0].text = 'Site'; h0[0].merge(h1[0])
h0[1].merge(h0[2]).text = 'Beds open'
h0[3].text = 'Average occupied'; h0[3].merge(h1[3])
h0[4].text = 'Occupancy'; h0[4].merge(h1[4])
h0[5].text = 'RAG'; h0[5].merge(h1[5])
h1[1].text = 'Core'; h1[2].text = 'Escalation'
for s, c, e, o in BEDS:
    occ = pct(o, c + e)
    r = t.add_row().cells
    for i, v in enumerate([s, n(c), str(e) if e else '–', n(o), p1(occ), 'Red' if occ >= 95 else ('Amber' if occ >= 92 else 'Green')]): r[i].text = v
r = t.add_row().cells
for i, v in enumerate(['Trust total', n(bt[0]), str(bt[1]), n(bt[2]), p1(trust_occ), 'Red']): r[i].text = v
para('')
para('5.2 The Trust was at Operational Pressures Escalation Level (OPEL) 3 for most of November and declared OPEL 4 on three days (11, 18 and 19 November).')

d.add_heading('6. Winter plan 2025-26', level=2)
para('6.1 The winter plan was agreed with the Vennshire Integrated Care Board (ICB) in September. Table 6 summarises the schemes, their cost and the number of beds each is expected to save (or provide) at peak. Schemes are funded by the ICB, by the Better Care Fund (BCF) pooled with Vennshire County Council, or from Trust resources.')
para('All costs in £000', bold=False).runs[0].italic = True
para('Table 6: Winter plan schemes 2025-26', bold=True)
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
for i, h in enumerate(['Scheme', 'Funded by', 'Cost £000', 'Bed equivalent', 'Status']): t.rows[0].cells[i].text = h
for s, f_, c, b, rag in WINTER:
    r = t.add_row().cells
    for i, v in enumerate([s, f_, n(c), b, rag]): r[i].text = v
r = t.add_row().cells
for i, v in enumerate(['Total', '', n(WT), str(WB), '']): r[i].text = v
para('')
para('6.2 The additional community beds at Hollinsford are rated Red because only 5 of the 12 beds have opened; the remainder depend on recruiting registered nurses, and agency cover has not been approved.')

d.add_heading('7. Actions being taken', level=2)
para('7.1 The Chief Operating Officer has agreed the following actions with the site leadership teams:')
bullets([
 'a daily 10am system call with the ICB, Vennshire County Council and Vennshire Ambulance Service to agree discharges;',
 'a "Perfect Week" at KGH from 8 to 14 December, focusing on morning discharges and weekend senior review;',
 'extending the discharge lounge at KGH to open on Saturdays and Sundays;',
 'direct referral from the ambulance service to SDEC for suitable patients, avoiding the ED.',
])

d.add_heading('8. Risks', level=2)
para('8.1 The UEC risk on the Board Assurance Framework (BAF risk 3) remains scored at 20 (likelihood 5 x impact 4). The main risks over winter are higher than planned flu and norovirus admissions, continued growth in NCTR patients, and staff sickness.')

d.add_heading('9. Recommendation', level=2)
para('9.1 The Board is asked to:')
bullets(['note the performance reported for July to November 2025;',
         'note the actions in section 7 and the winter plan position; and',
         'receive a further report at its February 2026 meeting.'])

d.add_heading('Appendix: abbreviations', level=2)
for a in ['ED – Emergency Department (Type 1 attendances)', 'UTC – Urgent Treatment Centre (Type 3 attendances)',
          'SDEC – Same Day Emergency Care', 'NCTR – No Criteria to Reside', 'G&A – General and acute',
          'OPEL – Operational Pressures Escalation Level', 'ICB – Integrated Care Board', 'BCF – Better Care Fund']:
    para(a)

d.save(OUT)
print('all%', [pct(all_in[i], all_att[i]) for i in range(5)])
print('t1%', [pct(type1_in[i], type1_att[i]) for i in range(5)], type1_att)
print('att', all_att, all_in, 'hand', tot, mo, mn, 'beds', bt, trust_occ, 'winter', WT, WB, WBY)
for k,(a,w) in ATT.items(): print(k, [pct(w[i],a[i]) for i in range(5)])
print('w12pct', w12pct)
