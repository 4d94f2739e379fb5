# Generates t20_primary_care_dental_access.pdf (reportlab platypus)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "t20_primary_care_dental_access.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Title"], fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
B = ParagraphStyle("B", parent=ss["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=5)
BL = ParagraphStyle("BL", parent=B, leftIndent=14, bulletIndent=4, spaceAfter=2)
CAP = ParagraphStyle("CAP", parent=B, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("NOTE", parent=B, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))

def n(x, d=0):
    if x is None: return "–"
    s = f"{abs(x):,.{d}f}"
    return f"({s})" if x < 0 else s

def p(t): return Paragraph(t, B)
def bullets(lead, items):
    out = [p(lead)]
    for it in items:
        out.append(Paragraph(it, BL, bulletText="-"))
    out.append(Spacer(1, 4))
    return out

base_style = [
    ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f7f7f")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]
def hdr(rows):
    return [("BACKGROUND", (0, 0), (-1, rows - 1), colors.HexColor("#dce6f1")),
            ("FONT", (0, 0), (-1, rows - 1), "Helvetica-Bold", 8),
            ("ALIGN", (0, 0), (-1, rows - 1), "CENTER")]
def bold_row(i):
    return [("FONT", (0, i), (-1, i), "Helvetica-Bold", 8), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f2f2"))]

story = []
# ---------------- front matter
story += [
    Paragraph("Dunmere Vale Integrated Care Board", ss["Heading3"]),
    Paragraph("Primary Care and Dental Access Report: Quarter 2 2025-26", H1),
    p("<b>Meeting:</b> Primary Care Commissioning Committee (meeting held in public)<br/>"
      "<b>Date of meeting:</b> 20 November 2025 &nbsp;&nbsp; <b>Agenda item:</b> 7<br/>"
      "<b>Report author:</b> Head of Primary Care Commissioning<br/>"
      "<b>Executive lead:</b> Director of Primary Care and Place<br/>"
      "<b>Report type:</b> For assurance and decision"),
]

# ---------------- data
months = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25"]
appts = [198420, 204315, 201870, 212640, 189205, 215930]
appts_ly = [191560, 196880, 195240, 203115, 184670, 207480]
f2f = [68.4, 67.9, 69.1, 68.7, 70.2, 69.5]
sameday = [43.8, 44.5, 43.1, 42.6, 45.9, 44.2]
within14 = [84.1, 83.6, 84.9, 85.3, 86.0, 84.7]
dna = [4.1, 4.3, 4.0, 4.4, 4.6, 4.2]
bygp = [46.2, 45.8, 45.5, 44.9, 44.1, 45.3]
h1 = sum(appts); h1_ly = sum(appts_ly)
q1 = sum(appts[:3]); q2 = sum(appts[3:])
def wavg(v, w): return sum(a * b for a, b in zip(v, w)) / sum(w)
f2f_h1 = wavg(f2f, appts)

pcns = [  # name, practices, list, q1, q2, f2f q1, f2f q2, trend, rag
    ("Tarnley North PCN", 8, 92400, 137820, 140905, 71.2, 72.0, "Improving", "Green"),
    ("Tarnley South PCN", 7, 81750, 119450, 122180, 66.4, 65.8, "Declining", "Red"),
    ("Brackenmoor PCN", 9, 88300, 128960, 131240, 68.9, 69.6, "Improving", "Amber"),
    ("Orrinsford & Millby PCN", 8, 79600, 117315, 119830, 67.5, 68.9, "Improving", "Amber"),
    ("Westhallow Rural PCN", 6, 70150, 101060, 103620, 72.8, 72.5, "Stable", "Green"),
]
assert sum(x[3] for x in pcns) == q1 and sum(x[4] for x in pcns) == q2
tot_list = sum(x[2] for x in pcns); tot_prac = sum(x[1] for x in pcns)

# precomputed dental headline (must match Table 6)
_D = {"Tarnley": [(42000,20480),(36500,17950),(28000,11240),(18400,9310),(24750,10020),(15200,7480),(31000,13150),(12600,4890),(20000,10120),(9800,3920)],
      "Brackenmoor": [(38000,18820),(22400,9950),(19500,9820),(14300,5270),(26800,12940),(11200,5710),(17600,6150),(8000,3820)],
      "Orrinsford": [(33500,16120),(21000,8640),(27300,13780),(16800,7010),(13400,6750),(10500,3600),(19200,9350)],
      "Westhallow": [(25600,12310),(14000,5180),(12300,6240),(18900,8110),(6000,1980),(11500,5820)]}
_all = [x for v in _D.values() for x in v]
DENT_PCT = sum(d for c, d in _all) / (sum(c for c, d in _all) / 2) * 100
_words = {6: "six", 7: "seven", 8: "eight", 5: "five", 9: "nine"}
DENT_REDS = _words[sum(1 for c, d in _all if d / (c / 2) * 100 < 80)]
_dp = sorted(_D, key=lambda k: sum(d for c, d in _D[k]) / sum(c for c, d in _D[k]))
DENT_LOW = _dp[:2]
print("district order low->high", _dp)
# ---------------- section 1-2
story += [Paragraph("1. Purpose of the report", H2),
    p("1.1 This report gives the Committee an update on access to general practice and NHS dentistry in Dunmere Vale "
      "for the first half of 2025-26 (April to September 2025). It covers appointment activity, the mode of appointments, "
      "the general practice workforce and delivery against NHS dental contracts. It also asks the Committee to approve "
      "the next steps for the dental recovery actions set out in section 8."),
    Paragraph("2. Summary", H2),
    p(f"2.1 General practice in Dunmere Vale delivered {n(h1)} appointments between April and September 2025, compared with "
      f"{n(h1_ly)} in the same period of 2024, an increase of {(h1-h1_ly)/h1_ly*100:.1f}%. The busiest month was September 2025 "
      f"with {n(max(appts))} appointments; August 2025 was the quietest with {n(min(appts))}."),
    p(f"2.2 Across the half year {f2f_h1:.1f}% of appointments were face to face, slightly below the local ambition of 70%. "
      "Two primary care networks (PCNs) met the ambition in Quarter 2; Tarnley South PCN remains rated Red."),
    p(f"2.3 Dental activity remains the main concern. Contracts delivered {DENT_PCT:.1f}% of their pro rata units of dental activity "
      f"in the half year, and {DENT_REDS} of the 31 contracts are rated Red. One contract has been handed back."),
]
story += bullets("2.4 The key messages for the Committee are:", [
    "appointment numbers are higher than last year in every month of the half year;",
    "the number of fully qualified GPs (excluding registrars) has fallen by 1.8 FTE since March 2025, even though salaried GP numbers continue to grow;",
    "clinical pharmacists, first contact physiotherapists and social prescribing link workers, funded through the Additional Roles Reimbursement Scheme (ARRS), have grown by 2.0 FTE since March 2025;",
    f"dental under-delivery is concentrated in {DENT_LOW[0]} and {DENT_LOW[1]}.",
])

# ---------------- section 3 monthly table
story += [Paragraph("3. General practice appointments", H2),
    p(f"3.1 Table 1 shows appointments by month. Quarter 1 (April to June) saw {n(q1)} appointments and Quarter 2 (July to "
      f"September) saw {n(q2)}. The did not attend (DNA) rate rose to 4.6% in August, the highest in the period, before "
      "falling back to 4.2% in September."),
    p("3.2 The share of appointments delivered by a GP (rather than another clinician) has drifted down from 46.2% in April "
      "to 45.3% in September, reflecting the growth in ARRS roles. The share of appointments booked within 14 days stayed above 83% in every month."),
]
t1 = [["Measure"] + months + ["Apr–Sep total"],
      ["Total appointments"] + [n(x) for x in appts] + [n(h1)],
      ["Same month 2024"] + [n(x) for x in appts_ly] + [n(h1_ly)],
      ["Face-to-face (%)"] + [f"{x:.1f}" for x in f2f] + [f"{f2f_h1:.1f}"],
      ["Same day (%)"] + [f"{x:.1f}" for x in sameday] + [f"{wavg(sameday, appts):.1f}"],
      ["Within 14 days (%)"] + [f"{x:.1f}" for x in within14] + [f"{wavg(within14, appts):.1f}"],
      ["Did not attend (%)"] + [f"{x:.1f}" for x in dna] + [f"{wavg(dna, appts):.1f}"],
      ["Delivered by a GP (%)"] + [f"{x:.1f}" for x in bygp] + [f"{wavg(bygp, appts):.1f}"],
]
T = Table(t1, colWidths=[105] + [52] * 6 + [66])
T.setStyle(TableStyle(base_style + hdr(1)))
story += [Paragraph("Table 1: General practice appointments by month, April to September 2025 (all 38 practices)", CAP), T,
          Paragraph("Source: practice appointment data, extracted 14 October 2025. Excludes COVID-19 vaccination appointments.", NOTE)]

# ---------------- section 4 PCN table
story += [Paragraph("4. Appointments by primary care network", H2),
    p("4.1 Table 2 shows appointments by PCN for the first two quarters of 2025-26, with the rate per 1,000 registered patients. "
      "All five PCNs delivered more appointments in Quarter 2 than in Quarter 1."),
]
t2 = [["PCN", "Practices", "Registered list", "Q1 2025-26", "", "Q2 2025-26", "", "Change in"],
      ["", "", "(1 July 2025)", "Appointments", "Per 1,000", "Appointments", "Per 1,000", "rate (%)"]]
for name, pr, lst, a1, a2, *_ in pcns:
    r1 = a1 / lst * 1000; r2 = a2 / lst * 1000
    t2.append([name, str(pr), n(lst), n(a1), n(r1), n(a2), n(r2), f"{(r2-r1)/r1*100:.1f}"])
r1 = q1 / tot_list * 1000; r2 = q2 / tot_list * 1000
t2.append(["Dunmere Vale total", str(tot_prac), n(tot_list), n(q1), n(r1), n(q2), n(r2), f"{(r2-r1)/r1*100:.1f}"])
T = Table(t2, colWidths=[110, 45, 62, 62, 50, 62, 50, 50])
T.setStyle(TableStyle(base_style + hdr(2) + bold_row(len(t2) - 1) + [
    ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
    ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]))
story += [Paragraph("Table 2: Appointments by PCN, Quarter 1 and Quarter 2 2025-26 (rate per 1,000 registered patients)", CAP), T]

# ---------------- section 5 face to face
story += [Paragraph("5. Face-to-face appointments", H2),
    p("5.1 The ICB's local ambition is that at least 70% of appointments are face to face. Table 3 shows the face-to-face "
      "share by PCN with a RAG rating against the ambition: Green where the ambition is met, Amber where the share is within "
      "two percentage points of it, and Red otherwise."),
    p("5.2 Tarnley South PCN has the lowest face-to-face share at 65.8% in Quarter 2. The PCN has moved to a total triage "
      "model and a high proportion of same-day contacts are now telephone consultations. The Head of Primary Care Commissioning "
      "will meet the PCN clinical director in December to agree an improvement plan."),
]
t3 = [["PCN", "Q1 2025-26 (%)", "Q2 2025-26 (%)", "Change (pts)", "Trend", "RAG rating"]]
for name, pr, lst, a1, a2, fq1, fq2, tr, rag in pcns:
    t3.append([name, f"{fq1:.1f}", f"{fq2:.1f}", f"{round(fq2-fq1,1):+.1f}".replace("+", ""), tr, rag])
fq1t = wavg(f2f[:3], appts[:3]); fq2t = wavg(f2f[3:], appts[3:])
t3.append(["Dunmere Vale", f"{fq1t:.1f}", f"{fq2t:.1f}", f"{round(fq2t,1)-round(fq1t,1):.1f}", "Improving", "Amber"])
for r in t3[1:]:
    if r[3].startswith("-"): r[3] = "(" + r[3][1:] + ")"
T = Table(t3, colWidths=[120, 72, 72, 62, 62, 62])
T.setStyle(TableStyle(base_style + hdr(1) + bold_row(len(t3) - 1) + [("ALIGN", (4, 1), (5, -1), "CENTER")]))
story += [Paragraph("Table 3: Face-to-face share of appointments by PCN against the 70% local ambition", CAP), T,
          Paragraph("Note: figures in brackets show a fall in the face-to-face share.", NOTE)]

# ---------------- section 6 workforce
wf = [  # group, [(role, mar24, mar25, sep25)]
    ("Doctors", [("GP partners", 118.4, 112.6, 109.8), ("Salaried GPs", 74.2, 81.5, 84.2),
                 ("Locum GPs", 12.6, 9.8, 8.1), ("GP registrars", 31.0, 34.5, 38.0)]),
    ("Nurses", [("Advanced nurse practitioners", 28.5, 31.2, 33.4), ("Practice nurses", 96.3, 94.1, 93.7),
                ("Nursing associates", 6.0, 8.5, 9.0)]),
    ("Direct patient care", [("Clinical pharmacists", 24.0, 27.5, 29.0), ("Physician associates", 7.0, 6.0, 4.0),
                             ("Healthcare assistants", 52.4, 55.0, 54.6), ("Social prescribing link workers", 11.0, 13.0, 13.0),
                             ("First contact physiotherapists", 9.5, 11.5, 12.0)]),
]
story += [Paragraph("6. General practice workforce", H2),
    p("6.1 Table 4 shows the general practice workforce in full-time equivalents (FTE) at three points in time. The figures are "
      "taken from the national workforce data collection and cover all 38 practices and the five PCNs."),
]
gp_q = [sum(r[i] for r in wf[0][1][:3]) for i in (1, 2, 3)]
assert abs(gp_q[1]-gp_q[2]-1.8) < 0.01, gp_q
story += bullets("6.2 The main changes since March 2025 are:", [
    f"fully qualified GPs (partners, salaried and locum GPs) fell from {gp_q[1]:.1f} FTE to {gp_q[2]:.1f} FTE, as partner retirements outweighed salaried recruitment;",
    "GP registrars rose from 34.5 to 38.0 FTE following the expansion of the Dunmere Vale GP training scheme;",
    "advanced nurse practitioners increased by 2.2 FTE, while practice nurse numbers were broadly flat;",
    "physician associate posts fell to 4.0 FTE as two PCNs chose not to renew contracts.",
])
t4 = [["Staff group", "Mar 2024", "Mar 2025", "Sep 2025", "Change since", "FTE per 10,000"],
      ["", "(FTE)", "(FTE)", "(FTE)", "Mar 2025", "patients (Sep 25)"]]
style4 = base_style + hdr(2)
tot = [0, 0, 0]
for g, rows in wf:
    style4 += [("FONT", (0, len(t4)), (-1, len(t4)), "Helvetica-Bold", 8), ("SPAN", (0, len(t4)), (-1, len(t4))),
               ("ALIGN", (0, len(t4)), (0, len(t4)), "LEFT")]
    t4.append([g, "", "", "", "", ""])
    sub = [0, 0, 0]
    for role, a, b, c in rows:
        ch = round(c - b, 1)
        t4.append(["   " + role, f"{a:.1f}", f"{b:.1f}", f"{c:.1f}", n(ch, 1) if ch != 0 else "0.0", f"{c/tot_list*10000:.2f}"])
        sub = [sub[0] + a, sub[1] + b, sub[2] + c]
    ch = round(sub[2] - sub[1], 1)
    style4 += bold_row(len(t4))
    t4.append([f"Subtotal: {g.lower()}", f"{sub[0]:.1f}", f"{sub[1]:.1f}", f"{sub[2]:.1f}", n(ch, 1), f"{sub[2]/tot_list*10000:.2f}"])
    tot = [tot[i] + sub[i] for i in range(3)]
ch = round(tot[2] - tot[1], 1)
style4 += bold_row(len(t4))
t4.append(["Total clinical workforce", f"{tot[0]:.1f}", f"{tot[1]:.1f}", f"{tot[2]:.1f}", n(ch, 1), f"{tot[2]/tot_list*10000:.2f}"])
T = Table(t4, colWidths=[150, 55, 55, 55, 60, 80], repeatRows=2)
T.setStyle(TableStyle(style4))
story += [Paragraph("Table 4: General practice workforce by staff group (FTE)", CAP), T,
          Paragraph("Note: GP registrars are doctors in training and are excluded from the count of fully qualified GPs. "
                    "Figures in brackets are reductions.", NOTE)]

pcn_wf = [("Tarnley North PCN", 47.6, 30.2), ("Tarnley South PCN", 36.8, 25.8), ("Brackenmoor PCN", 44.1, 29.5),
          ("Orrinsford & Millby PCN", 39.2, 27.1), ("Westhallow Rural PCN", 34.4, 23.5)]
assert abs(sum(x[1] for x in pcn_wf) - gp_q[2]) < 0.01
nurse_sep = sum(r[3] for r in wf[1][1])
assert abs(sum(x[2] for x in pcn_wf) - nurse_sep) < 0.01
story += [p("6.3 Table 5 breaks down qualified GP and nurse FTE by PCN at September 2025. Westhallow Rural PCN has the fewest "
            "GPs in absolute terms, but Tarnley South PCN has the highest number of patients per GP FTE.")]
t5 = [["PCN", "GP FTE", "GP FTE per", "Patients per", "Nurse FTE", "Nurse FTE per"],
      ["", "(excl. registrars)", "10,000 patients", "GP FTE", "(all nurses)", "10,000 patients"]]
for (name, g, nu), pc in zip(pcn_wf, pcns):
    lst = pc[2]
    t5.append([name, f"{g:.1f}", f"{g/lst*10000:.1f}", n(lst / g), f"{nu:.1f}", f"{nu/lst*10000:.1f}"])
g = gp_q[2]; nu = nurse_sep
t5.append(["Dunmere Vale", f"{g:.1f}", f"{g/tot_list*10000:.1f}", n(tot_list / g), f"{nu:.1f}", f"{nu/tot_list*10000:.1f}"])
T = Table(t5, colWidths=[120, 70, 72, 62, 62, 72])
T.setStyle(TableStyle(base_style + hdr(2) + bold_row(len(t5) - 1)))
story += [Paragraph("Table 5: Qualified GP and nurse FTE by PCN, September 2025", CAP), T]

# ---------------- section 7 dental
dental = [
    ("Tarnley", [("Tarnley Market Street Dental", 42000, 20480), ("Castlegate Dental Care", 36500, 17950),
                 ("Tarnley Smile Centre", 28000, 11240), ("Northfield Road Dental Practice", 18400, 9310),
                 ("Kingsmead Dental", 24750, 10020), ("Harbour View Dental", 15200, 7480),
                 ("Tarnley Family Dentistry", 31000, 13150), ("Priory Lane Dental", 12600, 4890),
                 ("St Oswin's Dental Surgery", 20000, 10120), ("Elmgrove Dental", 9800, 3920)]),
    ("Brackenmoor", [("Brackenmoor Dental Centre", 38000, 18820), ("Moorside Dental", 22400, 9950),
                     ("High Street Dental Brackenmoor", 19500, 9820), ("Fellgate Dental", 14300, 5270),
                     ("Ravensgill Dental Practice", 26800, 12940), ("Quarry Hill Dental", 11200, 5710),
                     ("Whinfield Dental Care", 17600, 6150), ("Brackenmoor Community Dental Service", 8000, 3820)]),
    ("Orrinsford", [("Orrinsford Bridge Dental", 33500, 16120), ("Millby Dental Practice", 21000, 8640),
                    ("Riverside Dental Orrinsford", 27300, 13780), ("Weavers Yard Dental", 16800, 7010),
                    ("Orrin Valley Smiles", 13400, 6750), ("Chantry Dental", 10500, 3600),
                    ("Oakwood Dental", 19200, 9350)]),
    ("Westhallow", [("Westhallow Dental Practice", 25600, 12310), ("Hallow Green Dental", 14000, 5180),
                    ("Saltmarsh Dental Surgery", 12300, 6240), ("Redcote Dental", 18900, 8110),
                    ("Westhallow Mobile Dental Unit", 6000, 1980), ("Sandling Cross Dental", 11500, 5820)]),
]
def rag(pct): return "Green" if pct >= 96 else ("Amber" if pct >= 80 else "Red")
allc = [c for _, cs in dental for c in cs]
tc = sum(c[1] for c in allc); td = sum(c[2] for c in allc)
tpct = td / (tc / 2) * 100
reds = [c[0] for c in allc if rag(c[2] / (c[1] / 2) * 100) == "Red"]
greens = [c[0] for c in allc if rag(c[2] / (c[1] / 2) * 100) == "Green"]
print("dental total", tc, td, round(tpct, 1), "reds", len(reds), reds, "greens", len(greens))
story += [Paragraph("7. NHS dental access", H2),
    p("7.1 NHS dental activity is measured in units of dental activity (UDAs). Each contract has an annual number of contracted "
      "UDAs; Table 6 compares UDAs delivered between April and September 2025 with the pro rata contracted figure for the half "
      "year (half of the annual contract). Contracts are rated Green where they delivered 96% or more of the pro rata figure, "
      "Amber between 80% and 96%, and Red below 80%."),
    p(f"7.2 In total the 31 contracts delivered {n(td)} UDAs against a pro rata figure of {n(tc/2)}, or {tpct:.1f}%. "
      f"{DENT_REDS.capitalize()} contracts are rated Red. The lowest delivery was at Westhallow Mobile Dental Unit, which lost 11 weeks of "
      "sessions while the vehicle was off the road."),
    p("7.3 Elmgrove Dental (Tarnley) has given notice to end its NHS contract on 31 January 2026. Its 9,800 annual UDAs will be "
      "re-procured through the flexible commissioning route described in section 8."),
]
t6 = [["Contract", "Contracted UDAs", "Pro rata UDAs", "UDAs delivered", "% of pro rata", "RAG"],
      ["", "2025-26 (annual)", "Apr–Sep 2025", "Apr–Sep 2025", "delivered", ""]]
style6 = base_style + hdr(2) + [("ALIGN", (5, 2), (5, -1), "CENTER")]
for dist, cs in dental:
    style6 += [("FONT", (0, len(t6)), (-1, len(t6)), "Helvetica-Bold", 8), ("SPAN", (0, len(t6)), (-1, len(t6))),
               ("ALIGN", (0, len(t6)), (0, len(t6)), "LEFT"), ("BACKGROUND", (0, len(t6)), (-1, len(t6)), colors.HexColor("#eaf1dd"))]
    t6.append([f"{dist} district", "", "", "", "", ""])
    for name, c, d in cs:
        pct = d / (c / 2) * 100
        t6.append(["   " + name, n(c), n(c / 2), n(d), f"{pct:.1f}", rag(pct)])
    sc = sum(x[1] for x in cs); sd = sum(x[2] for x in cs); pct = sd / (sc / 2) * 100
    style6 += bold_row(len(t6))
    t6.append([f"{dist} subtotal", n(sc), n(sc / 2), n(sd), f"{pct:.1f}", rag(pct)])
style6 += bold_row(len(t6))
t6.append(["Dunmere Vale total", n(tc), n(tc / 2), n(td), f"{tpct:.1f}", rag(tpct)])
T = Table(t6, colWidths=[170, 70, 62, 62, 60, 45], repeatRows=2)
T.setStyle(TableStyle(style6))

# access table
access = [("Tarnley", 66410, 139300, 21870, 34900), ("Brackenmoor", 35120, 70600, 11360, 17700),
          ("Orrinsford", 31580, 63700, 9740, 15900), ("Westhallow", 24350, 56100, 7120, 14050)]
t7 = [["District", "Adults seen in", "Adult", "% of adults", "Children seen", "Child", "% of children"],
      ["", "last 24 months", "population", "seen", "in last 12 months", "population", "seen"]]
for d, a, ap, c, cp in access:
    t7.append([d, n(a), n(ap), f"{a/ap*100:.1f}", n(c), n(cp), f"{c/cp*100:.1f}"])
A = sum(x[1] for x in access); AP = sum(x[2] for x in access); C = sum(x[3] for x in access); CP = sum(x[4] for x in access)
t7.append(["Dunmere Vale", n(A), n(AP), f"{A/AP*100:.1f}", n(C), n(CP), f"{C/CP*100:.1f}"])
t7.append(["England", "n/a", "n/a", "40.2", "n/a", "n/a", "56.4"])
T7 = Table(t7, colWidths=[80, 70, 62, 58, 78, 62, 60])
T7.setStyle(TableStyle(base_style + hdr(2) + bold_row(len(t7) - 2)))
print("access", A, AP, round(A/AP*100,1), C, CP, round(C/CP*100,1))

story += [Paragraph("Table 6: Delivery of units of dental activity (UDAs) by contract, April to September 2025", CAP), T,
          Paragraph("Source: NHS Business Services Authority activity data (provisional for September 2025).", NOTE),
          p("7.4 Table 7 shows the number of people seen by an NHS dentist, by district of residence, at 30 September 2025. "
            f"Fewer than half of adults in Dunmere Vale ({A/AP*100:.1f}%) have seen an NHS dentist in the last 24 months. "
            "Westhallow has the lowest access rates for both adults and children."),
          Paragraph("Table 7: Patients seen by an NHS dentist, by district of residence, at 30 September 2025", CAP), T7,
          Paragraph("Note: n/a = not applicable. England figures are for the same period.", NOTE)]

# ---------------- section 8 dental recovery
story += [Paragraph("8. Dental recovery actions", H2)]
story += bullets("8.1 The ICB is taking the following actions to improve access to NHS dentistry:", [
    "flexible commissioning: 14,200 UDAs a year moved from under-delivering contracts to practices able to deliver more, with priority for children and people with urgent needs;",
    "urgent dental care: 1,560 additional urgent dental sessions commissioned for 2025-26, of which 702 had been delivered by the end of September;",
    "a new-patient premium paid to practices that see adults who have not seen a dentist in the last two years;",
    "a supervised toothbrushing programme in 64 early years settings and primary schools in the most deprived areas;",
    "re-procurement of the Elmgrove Dental activity, with a preferred provider to be in place by April 2026.",
])
story += [p("8.2 The ICB has received £2.1 million of ring-fenced dental funding for 2025-26. Any underspend on dental "
            "contracts at year end is expected to be used for further urgent care sessions rather than returned.")]

# ---------------- section 9 risks
story += [Paragraph("9. Risks", H2)]
story += bullets("9.1 The main risks to access are:", [
    "continued loss of GP partners, with 11 partners aged 60 or over across Dunmere Vale;",
    "the end of funding for some ARRS roles if national funding rules change in 2026-27;",
    "further dental contract hand-backs, particularly among single-handed practices in Westhallow;",
    "rising demand over winter, when appointment numbers typically increase by 5% to 8%.",
])

# ---------------- section 10 recommendations
story += [Paragraph("10. Recommendations", H2)]
story += bullets("10.1 The Committee is asked to:", [
    "<b>note</b> the appointment and workforce position for April to September 2025;",
    "<b>note</b> the dental delivery position and the actions in section 8;",
    "<b>approve</b> the re-procurement of the Elmgrove Dental contract activity;",
    "<b>ask</b> for an improvement plan from Tarnley South PCN on face-to-face access to come to the February 2026 meeting.",
])
story += [Spacer(1, 6), Paragraph("Glossary: ARRS – Additional Roles Reimbursement Scheme; DNA – did not attend; FTE – full-time "
          "equivalent; PCN – primary care network; RAG – red, amber, green; UDA – unit of dental activity.", NOTE)]

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 10 * mm, "Dunmere Vale ICB – Primary Care Commissioning Committee – 20 November 2025")
    c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                        title="Primary Care and Dental Access Report Q2 2025-26", author="Dunmere Vale ICB")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
