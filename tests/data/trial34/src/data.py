"""Shared data for the four trial-34 papers (invented county of Orlemere).

All totals, percentages and variances are computed here so that the
tables add up and the prose (which imports these values) agrees.
"""

COUNTY = "Orlemere"
DISTRICTS = ["Kestlow", "Arnbury", "Tellingford", "Mardle Heath", "Pellbridge"]


def fmt(n, dp=0, brackets=True, dash_zero=False):
    """Format a number as councils print it: thousands separators,
    negatives in brackets, optional '–' for zero."""
    if n is None:
        return "n/a"
    if dash_zero and round(n, dp) == 0:
        return "–"
    s = f"{abs(n):,.{dp}f}"
    if n < 0 and round(abs(n), dp) != 0:
        return f"({s})" if brackets else f"-{s}"
    return s


def pct(a, b, dp=1):
    return round(100.0 * a / b + 1e-9, dp)


# ---------------------------------------------------------------------------
# Paper 1 (PDF) - elective care and cancer waiting times, Orlemere Hospitals
# ---------------------------------------------------------------------------
# specialty: (total incomplete pathways, within 18 weeks, 52+ weeks, median wait)
RTT_GROUPS = [
    ("Surgical specialties", [
        ("General Surgery", 5842, 3655, 214, 14.2),
        ("Trauma & Orthopaedics¹", 8916, 4610, 731, 21.6),
        ("Ophthalmology²", 7204, 4893, 122, 12.8),
        ("Ear, Nose & Throat (ENT)", 4377, 2466, 268, 17.9),
        ("Urology", 3561, 2188, 147, 15.1),
        ("Gynaecology", 4108, 2520, 196, 16.4),
        ("Oral Surgery", 2934, 1496, 242, 19.8),
        ("Plastic Surgery", 1226, 742, 58, 14.9),
        ("Vascular Surgery", 698, 501, 9, 9.7),
    ], 16.3),
    ("Medical specialties", [
        ("Cardiology", 3875, 2712, 61, 11.3),
        ("Gastroenterology", 4690, 2847, 175, 15.6),
        ("Dermatology", 3302, 2091, 88, 13.0),
        ("Respiratory Medicine", 2114, 1468, 34, 10.8),
        ("Neurology", 1987, 1052, 119, 18.4),
        ("Rheumatology", 1453, 1006, 22, 10.1),
        ("Geriatric Medicine", 612, 540, 0, 7.9),
        ("Other specialties", 2519, 1799, 41, 9.8),
    ], 12.9),
]
RTT_TOTAL_MEDIAN = 14.8


def rtt_subtotals():
    out = []
    for g, rows, med in RTT_GROUPS:
        t = sum(r[1] for r in rows)
        w = sum(r[2] for r in rows)
        l = sum(r[3] for r in rows)
        out.append((g, t, w, l, med))
    return out


RTT_SUB = rtt_subtotals()
RTT_TOT = (sum(s[1] for s in RTT_SUB), sum(s[2] for s in RTT_SUB), sum(s[3] for s in RTT_SUB))
RTT_TOT_PCT = pct(RTT_TOT[1], RTT_TOT[0])
RTT_PLAN_OCT = 63.0
RTT_TARGET_MAR26 = 65.0

MONTHS7 = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
W52 = [3318, 3190, 3042, 2965, 3011, 2760, RTT_TOT[2]]
W52_PLAN = [3350, 3200, 3050, 2900, 2750, 2600, 2450]
W52_VAR = [a - p for a, p in zip(W52, W52_PLAN)]
W65 = [412, 377, 341, 298, 304, 251, 206]
W78 = [14, 9, 6, 3, 4, 1, 0]

# Table 3: rank | specialty | Sep | Oct | change | trend  (label not in first column)
TOP65 = [
    ("Trauma & Orthopaedics", 92, 78),
    ("Oral Surgery", 41, 33),
    ("Ear, Nose & Throat (ENT)", 35, 29),
    ("Gastroenterology", 28, 22),
    ("Neurology", 12, 15),
]
assert sum(r[1] for r in TOP65) <= W65[5] and sum(r[2] for r in TOP65) <= W65[6]

# Cancer by tumour site, September 2025: FDS told, FDS within 28 days, 62d treated, 62d within
CANCER = [
    ("Breast", 612, 571, 38, 33),
    ("Lower Gastrointestinal", 548, 361, 21, 13),
    ("Lung", 142, 109, 17, 12),
    ("Skin", 701, 644, 29, 27),
    ("Urological", 389, 241, 33, 19),
    ("Gynaecological", 276, 190, 12, 8),
    ("Head and Neck", 231, 178, 9, 6),
    ("Upper Gastrointestinal", 198, 146, 11, 7),
    ("Haematological", 64, 51, 10, 8),
    ("Other sites", 87, 62, 6, 4),
]
CANCER_TOT = tuple(sum(r[i] for r in CANCER) for i in range(1, 5))
FDS_TARGET = 80.0
D62_TARGET = 75.0


def rag62(p):
    return "Green" if p >= D62_TARGET else ("Amber" if p >= 65.0 else "Red")


# Elective activity April-October, two years (activity) and income (£000)
ACT_ROWS = ["Day cases", "Elective inpatients", "Outpatient first attendances",
            "Outpatient follow-ups", "Diagnostic tests"]
ACT_Y1 = [31406, 5212, 88940, 171325, 64118]
ACT_Y2 = [33871, 5064, 93517, 165880, 69402]
INC_PLAN = [27140, 19820, 14930, 12410, 9870]      # £000 plan 2025-26 YTD
INC_ACT = [28455, 19102, 15688, 11846, 10630]     # £000 actual 2025-26 YTD

# prose-only facts
CDC_TESTS_OCT = 9840
HUB_OPENED = "July 2025"
VALIDATION_REMOVED = 6212
W52_NOV_PLAN = 2380

# ---------------------------------------------------------------------------
# Paper 2 (DOCX) - children in care sufficiency
# ---------------------------------------------------------------------------
PLACE_GROUPS = [
    ("Family-based placements", [
        # label, Mar-25 number, Sep-25 number, budget £000, forecast £000
        ("In-house foster care", 288, 279, 9870, 9512),
        ("Independent fostering agency (IFA)", 176, 188, 10240, 11386),
        ("Kinship (connected persons) foster care", 97, 104, 2310, 2418),
        ("Placed with parents", 41, 38, 120, 96),
        ("Placed for adoption", 22, 19, 85, 72),
    ]),
    ("Residential and other placements", [
        ("Council children's homes", 18, 21, 4150, 4388),
        ("Private children's homes", 74, 79, 19600, 23947),
        ("Supported accommodation (16-17)", 52, 57, 4980, 5431),
        ("Secure children's homes", 3, 2, 1100, 842),
        ("Other placements", 11, 9, 640, 597),
    ]),
]


def place_sub():
    out = []
    for g, rows in PLACE_GROUPS:
        out.append((g,) + tuple(sum(r[i] for r in rows) for i in range(1, 5)))
    return out


PLACE_SUB = place_sub()
PLACE_TOT = tuple(sum(s[i] for s in PLACE_SUB) for i in range(1, 5))
CIC_SEP = PLACE_TOT[1]
CIC_MAR = PLACE_TOT[0]
CIC_RATE_10K = 61
UASC = 64
STAYING_PUT = 31

FOSTER_COLS = ["2022-23", "2023-24", "2024-25", "2025-26 (to 30 Sep)", "2025-26 target"]
FOSTER_START = 246  # households at 31 March 2022
FOSTER = {
    "Enquiries received": [412, 455, 509, 287, 520],
    "Assessments started": [48, 51, 57, 34, 60],
    "New households approved": [24, 22, 27, 15, 32],
    "Households de-registered": [31, 29, 25, 11, None],
}


def foster_net():
    net, end = [], []
    h = FOSTER_START
    for i in range(4):
        n = FOSTER["New households approved"][i] - FOSTER["Households de-registered"][i]
        h += n
        net.append(n)
        end.append(h)
    return net, end


FOSTER_NET, FOSTER_END = foster_net()
FOSTER_END_TARGET = 250

HOMES = [
    # name, district, beds, occupied, ofsted, opened
    ("Larkfield House", "Kestlow", 6, 6, "Good", "2014"),
    ("Ferncourt", "Arnbury", 5, 5, "Outstanding", "2009"),
    ("Millbrook Lodge", "Tellingford", 4, 4, "Requires improvement to be good", "2017"),
    ("The Willows", "Pellbridge", 4, 4, "Good", "2019"),
    ("Heron Cottage", "Mardle Heath", 3, 2, "n/a", "Aug 2025"),
]
HOMES_BEDS = sum(h[2] for h in HOMES)
HOMES_OCC = sum(h[3] for h in HOMES)
assert HOMES_OCC == PLACE_GROUPS[1][1][0][2]

STAB_COLS = ["Q3", "Q4", "Q1", "Q2"]
STAB = [
    # label, 4 quarters, England, RAG, trend
    ("Children with 3 or more placements in 12 months (%)", [10.8, 10.2, 9.9, 9.4], "10.0", "Green", "Improving"),
    ("Children in care 2.5+ years in same placement for 2+ years (%)", [66.1, 67.0, 68.3, 67.5], "71.0", "Amber", "Stable"),
    ("Unplanned placement endings (number)", [23, 27, 19, 21], "n/a", "Amber", "Stable"),
    ("Children placed more than 20 miles from home (%)", [18.4, 17.9, 17.2, 16.5], "16.0", "Amber", "Improving"),
]

# ---------------------------------------------------------------------------
# Paper 3 (HTML) - highways asset management
# ---------------------------------------------------------------------------
ROAD_YEARS = ["2021-22", "2022-23", "2023-24", "2024-25"]
ROAD = [
    # class, length km, 4 years %, England 2023-24, RAG
    ("A roads", 612, [3.8, 4.1, 4.4, 4.0], "4.0", "Green"),
    ("B and C roads", 1920, [6.2, 6.9, 7.3, 7.8], "6.0", "Amber"),
    ("Unclassified roads", 2907, [15.9, 16.8, 17.5, 18.9], "17.0", "Red"),
]
ROAD_LEN = sum(r[1] for r in ROAD)

MONTHS6 = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
AREAS = [("North area", ["Kestlow", "Arnbury", "Pellbridge"]),
         ("South area", ["Tellingford", "Mardle Heath"])]
POT_REP = {
    "Kestlow": [612, 540, 455, 389, 341, 366],
    "Arnbury": [488, 431, 377, 302, 280, 295],
    "Pellbridge": [301, 268, 220, 187, 172, 190],
    "Tellingford": [702, 655, 548, 470, 433, 451],
    "Mardle Heath": [415, 390, 322, 276, 241, 259],
}
POT_FIX = {
    "Kestlow": [580, 552, 470, 401, 350, 349],
    "Arnbury": [452, 447, 390, 310, 278, 300],
    "Pellbridge": [290, 270, 231, 190, 170, 185],
    "Tellingford": [650, 640, 571, 489, 440, 448],
    "Mardle Heath": [398, 380, 335, 281, 250, 255],
}
POT_28D = {"Kestlow": 91.2, "Arnbury": 93.5, "Pellbridge": 95.1, "Tellingford": 86.7, "Mardle Heath": 89.8}


def area_sum(d, names):
    return [sum(d[n][i] for n in names) for i in range(6)]


CAP_GROUPS = [
    ("Structural maintenance", [
        ("Carriageway resurfacing programme", "Countywide", 14200, 14650, "Amber"),
        ("Surface dressing programme", "Countywide", 4800, 4512, "Green"),
        ("Footway renewal", "Countywide", 2150, 2150, "Green"),
        ("Drainage improvements", "Countywide", 1900, 1655, "Amber"),
    ]),
    ("Bridges and structures", [
        ("Tellingford Bridge strengthening", "Tellingford", 3600, 4120, "Red"),
        ("Culvert replacement programme", "Countywide", 850, 790, "Green"),
        ("Quarry Lane retaining wall", "Mardle Heath", 1200, 1340, "Amber"),
    ]),
    ("Integrated transport", [
        ("Kestlow station interchange", "Kestlow", 5400, 3950, "Amber"),
        ("Arnbury Road bus priority", "Arnbury", 2300, 2210, "Green"),
        ("Pellbridge cycleway (active travel)", "Pellbridge", 1750, 1120, "Red"),
        ("Road safety schemes", "Countywide", 980, 1015, "Green"),
    ]),
]
CAP_SUB = [(g, sum(r[2] for r in rows), sum(r[3] for r in rows)) for g, rows in CAP_GROUPS]
CAP_TOT = (sum(s[1] for s in CAP_SUB), sum(s[2] for s in CAP_SUB))
DFT_ALLOC = "£24.6m"
LED_PCT = "92%"

# ---------------------------------------------------------------------------
# Paper 4 (Markdown) - unpaid carers
# ---------------------------------------------------------------------------
CARER_Q = ["2024-25 Q3", "2024-25 Q4", "2025-26 Q1", "2025-26 Q2"]
CARER_ASSESS = {
    "Kestlow": [212, 198, 231, 247],
    "Arnbury": [164, 171, 158, 176],
    "Tellingford": [251, 263, 270, 289],
    "Mardle Heath": [119, 124, 131, 128],
    "Pellbridge": [97, 103, 112, 121],
}
CARER_POP = {"Kestlow": 15200, "Arnbury": 12100, "Tellingford": 17800,
             "Mardle Heath": 9600, "Pellbridge": 8400}
CARER_POP_TOT = sum(CARER_POP.values())

BREAKS = [
    ("Carers' break grants awarded (number)", 1412, 1655),
    ("Residential respite (nights)", 6840, 7215),
    ("Day opportunity sessions", 18320, 17904),
    ("Home-based sitting service (hours)", 22460, 25118),
    ("Emergency replacement care activations", 86, 112),
]

SURVEY = [
    # measure, 2023, 2025, England 2023-24, trend, dp
    ("Carers extremely or very satisfied with support (%)", 34.1, 37.8, "36.7", "Improving", 1),
    ("Carer-reported quality of life (score out of 12)", 7.2, 7.4, "7.3", "Improving", 1),
    ("Carers with as much social contact as they would like (%)", 26.0, 24.3, "30.0", "Worsening", 1),
    ("Found it easy to find information and advice (%)", 55.2, 58.9, "57.7", "Improving", 1),
    ("Felt involved or consulted about the person they care for (%)", 63.5, 66.0, "64.8", "Improving", 1),
    ("Survey responses received (number)", 1104, 1287, "n/a", "–", 0),
]

CARERS_CENSUS = CARER_POP_TOT
YOUNG_CARERS = 1940
HUB_VALUE = "£1.46m"
BCF_CARERS = "£2.9m"
