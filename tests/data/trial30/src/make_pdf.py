"""Generate t30 capital programme PDF (Vennshire County Council)."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('LS', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))

OUT = os.path.join(os.path.dirname(__file__), '..', 't30_capital_programme_2025-28.pdf')

def f(v):
    if v == 0:
        return '–'
    if v < 0:
        return '({:,})'.format(-v)
    return '{:,}'.format(v)

def fm(v):  # £m one decimal
    return '{:,.1f}'.format(v)

ss = getSampleStyleSheet()
body = ParagraphStyle('b', parent=ss['Normal'], fontName='LS', fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='LSB', fontSize=14, spaceAfter=6)
h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='LSB', fontSize=11, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle('c', parent=body, fontName='LSB', fontSize=9, spaceBefore=4, spaceAfter=3)
bul = ParagraphStyle('bl', parent=body, leftIndent=14, spaceAfter=2)

story = []
def P(t, st=body):
    story.append(Paragraph(t, st))

# ---------------- data ----------------
# (directorate, [(scheme, y1, y2, y3)])
PROG = [
 ('Children and Families', [
   ('Kestlow Academy expansion (Basic Need)', 8450, 6200, 1150),
   ('Dunmarrow Primary new build', 5320, 3860, 0),
   ('Hollinsford SEND resource base', 2140, 3480, 1900),
   ('School condition programme', 4600, 4200, 4200),
 ]),
 ('Adults and Health', [
   ('Tollingmere Court extra care housing', 3250, 4700, 2100),
   ('Disabled Facilities Grant (passported)', 5890, 5890, 5890),
   ('Care technology (digital alarms)', 780, 420, 0),
 ]),
 ('Environment and Transport', [
   ('Highways structural maintenance', 18400, 17900, 17900),
   ('Kestlow Eastern Relief Road', 12600, 21300, 9800),
   ('Bridges and structures', 3100, 2850, 2600),
   ('Ravelsby cycle corridor (active travel)', 1950, 2400, 650),
   ('Dunmarrow Brook flood alleviation', 860, 1740, 2300),
   ('Hollinsford waste transfer station', 4120, 1380, 0),
 ]),
 ('Corporate Resources', [
   ('ICT infrastructure refresh', 2300, 1800, 1600),
   ('Property decarbonisation (heat pumps)', 1750, 2200, 2500),
   ('County Hall accommodation works', 950, 400, 0),
   ('Capital contingency', 2000, 2000, 2000),
 ]),
]
sub = {}
for d, rows in PROG:
    sub[d] = [sum(r[i] for r in rows) for i in (1, 2, 3)]
GT = [sum(sub[d][i] for d in sub) for i in range(3)]
GT3 = sum(GT)

# funding: (group, [(source, y1,y2,y3)]) ; borrowing balancing
GRANTS = [
 ('DfE Basic Need grant', 9800, 7400, 1150),
 ('DfE School Condition Allocation', 4600, 4200, 4200),
 ('DfT Highways Maintenance Block', 14200, 14200, 14200),
 ('DfT Major Road Network grant', 8400, 14900, 6900),
 ('Disabled Facilities Grant', 5890, 5890, 5890),
 ('Environment Agency flood defence grant', 520, 1100, 1500),
]
OTHER = [
 ('Developer contributions (S106)', 3100, 3450, 1200),
 ('Community Infrastructure Levy (CIL)', 850, 1200, 900),
 ('Capital receipts', 3600, 4250, 2900),
 ('Revenue contributions', 1000, 750, 500),
]
gsub = [sum(r[i] for r in GRANTS) for i in (1, 2, 3)]
osub = [sum(r[i] for r in OTHER) for i in (1, 2, 3)]
BORROW = [GT[i] - gsub[i] - osub[i] for i in range(3)]
assert all(b > 0 for b in BORROW)

# Q2 monitoring 2025-26 by directorate: forecast, slippage
FC = {'Children and Families': 18960, 'Adults and Health': 9420,
      'Environment and Transport': 37880, 'Corporate Resources': 6250}
SLIP = {'Children and Families': -1350, 'Adults and Health': -500,
        'Environment and Transport': -3250, 'Corporate Resources': -600}

# receipts pipeline
RECEIPTS = [
 ('CR01', 'Former Marlpit Depot', 'Kestlow', 2150, '2025-26', 'Green'),
 ('CR02', 'Old Library, Chapel Street', 'Dunmarrow', 640, '2025-26', 'Green'),
 ('CR03', 'Ashgrove Farm (county farm)', 'Tollingmere', 810, '2025-26', 'Amber'),
 ('CR04', 'Brookside Youth Centre', 'Ravelsby', 1320, '2026-27', 'Amber'),
 ('CR05', 'Hollinsford Highways Depot', 'Hollinsford', 2930, '2026-27', 'Red'),
 ('CR06', 'Land at Fenwick Road', 'Kestlow', 1610, '2027-28', 'Amber'),
 ('CR07', 'Former Weirside Care Home', 'Tollingmere', 1420, '2027-28', 'Green'),
]
RTOT = sum(r[3] for r in RECEIPTS)
RBY = {y: sum(r[3] for r in RECEIPTS if r[4] == y) for y in ('2025-26', '2026-27', '2027-28')}

# ---------------- styles for tables ----------------
def plain_style(ncols, header_rows=1, total_rows=(), bold_rows=(), num_from=1):
    st = [
        ('FONTNAME', (0, 0), (-1, header_rows - 1), 'LSB'),
        ('FONTSIZE', (0, 0), (-1, -1), 8.2),
        ('LEADING', (0, 0), (-1, -1), 10),
        ('ALIGN', (num_from, 0), (-1, -1), 'RIGHT'),
        ('LINEBELOW', (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
    ]
    for r in total_rows:
        st += [('LINEABOVE', (0, r), (-1, r), 0.8, colors.black), ('FONTNAME', (0, r), (-1, r), 'LSB')]
    for r in bold_rows:
        st += [('FONTNAME', (0, r), (-1, r), 'LSB')]
    return st

# ---------------- content ----------------
P('Vennshire County Council', ParagraphStyle('t', parent=h1, fontSize=12, textColor=colors.HexColor('#333333')))
P('Cabinet – 18 November 2025', body)
P('Capital Programme 2025-26 to 2027-28 and Quarter 2 Capital Monitoring', h1)
P('Report of the Director of Corporate Resources (Section 151 Officer)', body)
P('Lead Member: Cabinet Member for Finance and Property, Cllr Harriet Okonedo', body)
P('Key decision: Yes. Wards affected: All.', body)

P('1. Purpose of the report', h2)
P('1.1 This report sets out the updated three-year capital programme for 2025-26 to 2027-28, how it is proposed to be funded, and the forecast position at the end of Quarter 2 (30 September 2025) for the current year.')
P('1.2 It also asks Cabinet to approve the re-phasing (slippage) of budgets into 2026-27 and to note the capital receipts pipeline on which the funding strategy depends.')

P('2. Recommendations', h2)
P('2.1 Cabinet is recommended to:')
for t in ['approve the revised capital programme of £{:.1f}m over the three years 2025-26 to 2027-28, as set out in Table 1;'.format(GT3/1000),
          'approve the funding strategy in Table 3, including prudential borrowing of £{:.1f}m in 2025-26;'.format(BORROW[0]/1000),
          'approve the re-phasing of £{:.1f}m of 2025-26 budgets into 2026-27 (Table 2);'.format(-sum(SLIP.values())/1000),
          'note the capital receipts pipeline of £{:.2f}m (Table 4) and the risk attached to the Hollinsford Highways Depot disposal; and'.format(RTOT/1000),
          'recommend the programme to Full Council on 11 December 2025.']:
    story.append(Paragraph('• ' + t, bul))

P('3. Background', h2)
P('3.1 The Council approved a capital strategy in February 2025 that prioritises statutory duties (school places and highway safety), schemes that unlock housing growth, and invest-to-save projects. Schemes are only added to the programme once a business case has been approved by the Capital Strategy Board (CSB).')
P('3.2 The programme brought forward £14.3m of slippage from 2024-25, the largest element being £6.1m on the Kestlow Eastern Relief Road where land assembly took longer than planned. This brought-forward amount is already included in the 2025-26 budgets shown in this report.')
P('3.3 Construction inflation remains a pressure. The Council\'s cost consultant is currently assuming tender price inflation of 4.5% for 2026-27, down from 6.0% assumed a year ago.')
P('4. The capital programme 2025-26 to 2027-28', h2)
P('4.1 Table 1 shows the programme by directorate and scheme. The three-year programme totals £{:,}k (£{:.1f}m), of which £{:,}k falls in 2025-26. Environment and Transport is the largest directorate programme at £{:.1f}m over the three years, driven by highways maintenance and the Kestlow Eastern Relief Road.'.format(GT3, GT3/1000, GT[0], sum(sub['Environment and Transport'])/1000))

rows = [['', '2025-26', '2026-27', '2027-28', 'Total'], ['Directorate / scheme', '£000', '£000', '£000', '£000']]
total_rows, bold_rows = [], []
for d, schemes in PROG:
    rows.append([d, '', '', '', '']); bold_rows.append(len(rows) - 1)
    for s, a, b, c in schemes:
        rows.append(['   ' + s, f(a), f(b), f(c), f(a + b + c)])
    s3 = sub[d]
    rows.append(['Subtotal ' + d, f(s3[0]), f(s3[1]), f(s3[2]), f(sum(s3))]); total_rows.append(len(rows) - 1)
rows.append(['Total capital programme', f(GT[0]), f(GT[1]), f(GT[2]), f(GT3)]); total_rows.append(len(rows) - 1)
story.append(Paragraph('Table 1: Capital programme by directorate and scheme, 2025-26 to 2027-28', cap))
t = Table(rows, colWidths=[78*mm, 22*mm, 22*mm, 22*mm, 24*mm], repeatRows=2)
st = plain_style(5, header_rows=2, total_rows=total_rows, bold_rows=bold_rows)
st.append(('LINEBELOW', (0, 0), (-1, 0), 0, colors.white))
t.setStyle(TableStyle(st))
story.append(t)
story.append(Spacer(1, 4))
P('4.2 The Kestlow Eastern Relief Road is the single largest scheme at £{:.1f}m over the period. Its peak spend year is 2026-27 (£21.3m), when the main earthworks and the Marlpit Brook bridge are due to be built.'.format((12600+21300+9800)/1000))
P('4.3 Two schemes complete within 2026-27 and have no budget in 2027-28: Dunmarrow Primary new build and the Hollinsford waste transfer station. The care technology and County Hall works are also complete by then.')

P('5. Quarter 2 monitoring 2025-26', h2)
P('5.1 At the end of September 2025 spend to date was £28.6m, which is 36% of the 2025-26 budget. This is a typical profile because highways and construction spend is weighted towards the summer and autumn.')
P('5.2 Table 2 compares the current-year budget with the forecast outturn. Variances are shown as forecast minus budget, so figures in brackets are forecast underspends. The slippage column shows the part of the variance that is re-phasing into 2026-27 rather than a saving.')
rows = [['', '2025-26', '', '', 'Of which'], ['Directorate', 'Budget', 'Forecast', 'Variance', 'Slippage'], ]
ttr = []
B = {d: sub[d][0] for d in sub}
for d in sub:
    v = FC[d] - B[d]
    rows.append([d, f(B[d]), f(FC[d]), f(v), f(SLIP[d])])
tb, tf = sum(B.values()), sum(FC.values())
rows.append(['Total', f(tb), f(tf), f(tf - tb), f(sum(SLIP.values()))]); ttr.append(len(rows) - 1)
story.append(Paragraph('Table 2: Quarter 2 forecast outturn 2025-26 (£000)', cap))
t = Table(rows, colWidths=[62*mm, 24*mm, 24*mm, 24*mm, 24*mm])
st = plain_style(5, header_rows=2, total_rows=ttr)
st += [('SPAN', (1, 0), (3, 0)), ('ALIGN', (1, 0), (3, 0), 'CENTER'), ('LINEBELOW', (1, 0), (3, 0), 0.5, colors.black)]
t.setStyle(TableStyle(st))
story.append(t)
story.append(Spacer(1, 4))
V = {d: FC[d] - B[d] for d in sub}
P('5.3 The forecast is an underspend of £{:.1f}m against a budget of £{:.1f}m. Of this, £{:.1f}m is slippage and the balance of £{:.2f}m is a net saving, mainly because the Hollinsford waste transfer station tender came in below estimate.'.format(-(tf-tb)/1000, tb/1000, -sum(SLIP.values())/1000, (-(tf-tb) + sum(SLIP.values()))/1000))
P('5.4 The main reasons for slippage are:')
for t_ in ['Kestlow Eastern Relief Road – £2.4m, because the diversion of a high-pressure gas main by the utility company has moved to spring 2026;',
           'Kestlow Academy expansion – £1.35m, as the second phase was re-sequenced to avoid disruption during examinations;',
           'Tollingmere Court extra care housing – £0.5m, pending the outcome of a planning condition on drainage;',
           'ICT infrastructure refresh – £0.6m, due to supplier lead times for network equipment.']:
    story.append(Paragraph('• ' + t_, bul))
P('5.5 Environment and Transport is also forecasting an overspend of £0.65m on bridges and structures following emergency repairs to Weir Lane bridge in Ravelsby after the August floods. This is offset within the directorate total shown in Table 2.')

P('6. Funding the programme', h2)
P('6.1 Table 3 shows how the programme is funded. Government grants fund {:.0f}% of the three-year programme. Prudential borrowing is the balancing item and totals £{:.1f}m over the three years.'.format(100*sum(gsub)/GT3, sum(BORROW)/1000))
rows = [['Funding source', '2025-26', '2026-27', '2027-28', 'Total']]
tr, br = [], []
rows.append(['Government grants', '', '', '', '']); br.append(len(rows) - 1)
for s, a, b_, c in GRANTS:
    rows.append(['   ' + s, f(a), f(b_), f(c), f(a + b_ + c)])
rows.append(['Subtotal grants', f(gsub[0]), f(gsub[1]), f(gsub[2]), f(sum(gsub))]); tr.append(len(rows) - 1)
rows.append(['Other external and internal resources', '', '', '', '']); br.append(len(rows) - 1)
for s, a, b_, c in OTHER:
    rows.append(['   ' + s, f(a), f(b_), f(c), f(a + b_ + c)])
rows.append(['Subtotal other resources', f(osub[0]), f(osub[1]), f(osub[2]), f(sum(osub))]); tr.append(len(rows) - 1)
rows.append(['Prudential borrowing', f(BORROW[0]), f(BORROW[1]), f(BORROW[2]), f(sum(BORROW))]); br.append(len(rows) - 1)
rows.append(['Total funding', f(GT[0]), f(GT[1]), f(GT[2]), f(GT3)]); tr.append(len(rows) - 1)
story.append(Paragraph('Table 3: Funding of the capital programme (£000)', cap))
t = Table(rows, colWidths=[78*mm, 22*mm, 22*mm, 22*mm, 24*mm], repeatRows=1)
t.setStyle(TableStyle(plain_style(5, 1, tr, br)))
story.append(t)
story.append(Spacer(1, 4))
P('6.2 The Disabled Facilities Grant is passported in full to the five district councils, which administer adaptations. It therefore appears at the same value in Table 1 and Table 3.')
P('6.3 New borrowing will be taken from the PWLB or other local authorities when cash balances require it. Each £1m of borrowing adds approximately £65,000 a year to the revenue budget in MRP and interest. The CFR is forecast to rise from £612.4m at 31 March 2025 to £688.9m at 31 March 2028.')

P('7. Capital receipts', h2)
P('7.1 Table 4 lists the surplus sites expected to be sold over the period. The pipeline totals £{:,}k, against the £{:,}k of receipts assumed in Table 3. The small margin of £{:,}k gives limited cover if a sale is delayed.'.format(RTOT, sum(r[3] for r in OTHER if r[0]=='Capital receipts') if False else 3600+4250+2900, RTOT-(3600+4250+2900)))
rows = [['Ref', 'Site', 'District', 'Estimated receipt £000', 'Target year', 'Status']]
for r in RECEIPTS:
    rows.append([r[0], r[1], r[2], f(r[3]), r[4], r[5]])
rows.append(['', 'Total pipeline', '', f(RTOT), '', ''])
story.append(Paragraph('Table 4: Capital receipts pipeline', cap))
t = Table(rows, colWidths=[12*mm, 56*mm, 24*mm, 34*mm, 22*mm, 18*mm])
st = plain_style(6, 1, [len(rows) - 1], num_from=3)
st += [('ALIGN', (4, 0), (5, -1), 'CENTER')]
t.setStyle(TableStyle(st))
story.append(t)
story.append(Spacer(1, 4))
P('7.2 The Hollinsford Highways Depot (CR05) is rated Red because the site cannot be released until the new waste transfer station is operational, and a ransom strip on the access road is in dispute. If the sale slips beyond 2026-27, an equivalent amount of borrowing would be needed temporarily.')
P('7.3 Receipts are not ring-fenced to schemes in the district where the site is located; they are pooled to fund the programme as a whole.')

P('8. Risks', h2)
P('8.1 The principal risks to the programme are:')
for t_ in ['construction inflation above the 4.5% assumption;',
           'delay to capital receipts, particularly CR05;',
           'the Major Road Network grant being paid later than profiled by the Department for Transport (DfT); and',
           'capacity in the highways supply chain during the peak year of the relief road.']:
    story.append(Paragraph('- ' + t_, bul))

P('9. Financial, legal and equalities implications', h2)
P('9.1 The revenue cost of the borrowing in Table 3 is included in the Medium Term Financial Strategy (MTFS). The Council has complied with the Prudential Code in setting this programme.')
P('9.2 An equality impact assessment has been completed for the Ravelsby cycle corridor; no negative impacts were identified. Individual assessments are carried out for each scheme at business case stage.')
P('10. Glossary', h2)
P('10.1 The main terms used in this report are:')
for t in ['Capital Financing Requirement (CFR) – the Council\'s underlying need to borrow for capital purposes;',
          'Minimum Revenue Provision (MRP) – the amount set aside from the revenue budget each year to repay borrowing;',
          'Public Works Loan Board (PWLB) – the government lending facility used by councils;',
          'Community Infrastructure Levy (CIL) – a charge on new development collected by the district councils and passed to the County for infrastructure.']:
    story.append(Paragraph('- ' + t, bul))

P('Background papers: Capital Strategy 2025-2030 (Council, February 2025). Contact: Mark Pellow, Head of Finance (Capital), 01632 960 418.', ParagraphStyle('s', parent=body, fontSize=8.5))

def footer(canvas, doc):
    canvas.saveState(); canvas.setFont('LS', 7.5)
    canvas.drawString(20*mm, 10*mm, 'Vennshire County Council – Cabinet 18 November 2025 – Capital Programme')
    canvas.drawRightString(190*mm, 10*mm, 'Page %d' % doc.page)
    canvas.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=18*mm)
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print('GT', GT, GT3, 'sub', sub, 'gsub', gsub, 'osub', osub, 'borrow', BORROW, 'R', RTOT, RBY)
print('Q2 budget', B, 'var', V, 'tot', tb, tf, tf-tb)
