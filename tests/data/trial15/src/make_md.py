"""Generate t15_primary_care_access_update.md (fictional Wystan and Sedgemarsh ICB).

All places, people and figures are invented.
Run: /tmp/t15venv/bin/python src/make_md.py   (from the trial15 directory)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "t15_primary_care_access_update.md")


def n(x):
    return "{:,}".format(x)


def r1(x):
    return "{:.1f}".format(x)


# ---------------------------------------------------------------- Table 1 (monthly)
MONTHS = ["Jul-25", "Aug-25", "Sep-25", "Oct-25"]
LIST = [304880, 305210, 305640, 306015]
APPTS = [131480, 118305, 138960, 144060]
PER1000 = [r1(a * 1000.0 / l) for a, l in zip(APPTS, LIST)]

# ---------------------------------------------------------------- Table 2 (PCNs, Oct-25)
PCN = [  # name, registered, appointments, within 14 days %, face to face %
    ("Wystanbury Central PCN", 61240, 30870, 84.6, 71.2),
    ("Wystanbury Riverside PCN", 54180, 26415, 86.1, 68.9),
    ("Caldmoor and District PCN", 66905, 27830, 72.8, 64.5),
    ("Pendrick Coast PCN", 42310, 20560, 88.3, 73.0),
    ("Astley Fen Rural PCN", 31760, 15905, 78.9, 70.6),
    ("Greyhithe and Orrisby PCN", 49620, 22480, 80.9, 69.7),
]
assert sum(p[1] for p in PCN) == LIST[3]
assert sum(p[2] for p in PCN) == APPTS[3]
w14 = sum(p[2] * p[3] for p in PCN) / APPTS[3]
wf2f = sum(p[2] * p[4] for p in PCN) / APPTS[3]
assert r1(w14) == "81.9", w14
assert r1(wf2f) == "69.4", wf2f


def rag14(v):
    return "Green" if v >= 85 else ("Amber" if v >= 80 else "Red")


pcn_rows = []
for name, reg, ap, w, f in PCN:
    pcn_rows.append(f"| {name} | {n(reg)} | {n(ap)} | {r1(ap * 1000.0 / reg)} | {w}% | {f}% | {rag14(w)} |")
pcn_rows.append(f"| **Wystanbury place total** | **{n(LIST[3])}** | **{n(APPTS[3])}** | **{PER1000[3]}** | "
                f"**{r1(w14)}%** | **{r1(wf2f)}%** | **Amber** |")
avg_per1000 = sum(ap * 1000.0 / reg for _, reg, ap, _, _ in PCN) / len(PCN)
avg14 = sum(p[3] for p in PCN) / len(PCN)
avgf = sum(p[4] for p in PCN) / len(PCN)
pcn_rows.append(f"| Average per PCN | {n(round(LIST[3] / 6))} | {n(round(APPTS[3] / 6))} | {r1(avg_per1000)} | "
                f"{r1(avg14)}% | {r1(avgf)}% | \u2013 |")
PCN_TABLE = "\n".join(pcn_rows)

GP_PER_FQGP = round(LIST[3] / (90.6 + 71.3))

MD = f"""# Wystan and Sedgemarsh Integrated Care Board

**Primary Care Commissioning Committee (meeting in public)**
**Date:** 11 December 2025
**Agenda item:** 7
**Title:** GP access and NHS dental access update – Wystanbury place
**Executive sponsor:** Claire Bontoft, Director of Primary Care and Community Services
**Author:** Imran Kasim, Head of Primary Care Commissioning (Wystanbury)
**Purpose:** For noting and decision

---

## 1. Purpose

1.1 This paper updates the Committee on access to general practice and NHS dentistry in the Wystanbury place of
Wystan and Sedgemarsh Integrated Care Board (ICB). It covers appointment activity to October 2025, variation between
Primary Care Networks (PCNs), the 2025 GP Patient Survey (GPPS), the general practice workforce, and NHS dental
activity and access schemes.

1.2 Wystanbury place has 41 GP practices grouped into six PCNs, with {n(LIST[3])} registered patients at
1 October 2025, and 38 dental practices holding an NHS contract.

## 2. Recommendations

2.1 The Committee is asked to:

- **note** the increase in GP appointments to {n(APPTS[3])} in October 2025, the highest monthly total on record;
- **note** the Red rating for Caldmoor and District PCN and Astley Fen Rural PCN on appointments within 14 days, and
  **support** the targeted practice resilience offer described in section 5;
- **approve** non-recurrent investment of £180,000 to move the 11 practices still using analogue telephone systems to
  cloud-based telephony by March 2026;
- **approve** the re-commissioning of the 13,750 Units of Dental Activity (UDAs) released by the handed-back Orrisby
  contract through an interim procurement covering Astley Fen and Caldmoor;
- **note** the risks to dental access set out in section 10.

## 3. Background

3.1 The national Delivery Plan for Recovering Access to Primary Care asks practices to adopt Modern General Practice
Access (MGPA), so that patients are no longer told to call back the next day and receive a response to their request
on the day they contact the practice. Since January 2024 minor illnesses can also be treated in community pharmacy
through Pharmacy First; pharmacies in Wystanbury completed 18,642 Pharmacy First consultations between April and
October 2025.

3.2 PCNs receive funding through the Additional Roles Reimbursement Scheme (ARRS) to employ clinical pharmacists,
physiotherapists, paramedics, mental health practitioners, care coordinators and other roles that support GPs.

## 4. GP appointments

4.1 Practices delivered {n(APPTS[3])} appointments in October 2025, equal to {PER1000[3]} appointments per 1,000
registered patients. The proportion of appointments delivered within 14 days of booking fell to 81.9%, reflecting
the early start of respiratory illness in the autumn. The Did Not Attend (DNA) rate improved to 4.0%.

**Table 1: GP appointments in Wystanbury place, July to October 2025**

| Measure | {MONTHS[0]} | {MONTHS[1]} | {MONTHS[2]} | {MONTHS[3]} |
|---|---:|---:|---:|---:|
| **Volume** | | | | |
| Registered patients | {n(LIST[0])} | {n(LIST[1])} | {n(LIST[2])} | {n(LIST[3])} |
| Total appointments | {n(APPTS[0])} | {n(APPTS[1])} | {n(APPTS[2])} | {n(APPTS[3])} |
| Appointments per 1,000 registered patients | {PER1000[0]} | {PER1000[1]} | {PER1000[2]} | {PER1000[3]} |
| **Mode and timeliness (% of appointments)** | | | | |
| Face-to-face | 68.2% | 67.5% | 69.0% | 69.4% |
| Same day as booked | 42.1% | 43.8% | 40.6% | 41.3% |
| Within 14 days of booking | 83.9% | 85.2% | 82.7% | 81.9% |
| Did not attend (DNA) | 4.3% | 4.6% | 4.1% | 4.0% |

Source: NHS England Appointments in General Practice, practice-level data (excludes COVID-19 vaccination appointments).

## 5. Access by Primary Care Network

5.1 Table 2 shows wide variation between PCNs. Caldmoor and District PCN offered {r1(27830 * 1000.0 / 66905)}
appointments per 1,000 patients in October, the lowest in the place, and only 72.8% of its appointments were within
14 days. Both Caldmoor and District and Astley Fen Rural PCNs are rated Red against the local ambition of 85% within
14 days (Green 85% or more; Amber 80% to 84.9%; Red below 80%).

5.2 A targeted practice resilience offer has been agreed for the two Red-rated PCNs. It includes locum GP sessions,
support from the ICB digital team to implement online consultation tools, and a shared care navigation hub.

**Table 2: GP access by PCN, October 2025**

| PCN | Registered patients | Appointments | Per 1,000 patients | Within 14 days | Face-to-face | RAG (14 days) |
|---|---:|---:|---:|---:|---:|:---:|
{PCN_TABLE}

Note: the place total percentages are weighted by appointments; the PCN average is a simple mean of the six PCNs.

## 6. Patient experience

6.1 Results from the 2025 GP Patient Survey (GPPS), published in July 2025, show improvement in the ease of
contacting practices by phone for the second year running, to 53.9%. Overall experience of the GP practice rose to
74.6% but remains just below the England average of 75.4%. A new question on overall experience of contacting the
practice was introduced in 2025, so earlier results are not available.

**Table 3: GP Patient Survey results, Wystanbury place (% of respondents answering positively)**

| Question | 2023 | 2024 | 2025 | England 2025 |
|---|---:|---:|---:|---:|
| **Access** | | | | |
| Easy to contact practice by phone | 44.8% | 48.3% | 53.9% | 50.4% |
| Easy to contact practice using its website | 39.6% | 42.0% | 47.2% | 48.9% |
| Satisfied with appointment times available | 50.2% | 51.7% | 52.9% | 55.3% |
| **Experience** | | | | |
| Good overall experience of contacting the practice | n/a | n/a | 68.1% | 69.4% |
| Good overall experience of GP practice | 70.4% | 72.1% | 74.6% | 75.4% |
| Needs were met at last appointment | 88.6% | 89.9% | 90.3% | 90.8% |
| Number of responses | 6,412 | 6,108 | 5,987 | – |

## 7. General practice workforce

7.1 The number of fully qualified GPs (partners and salaried GPs) has been broadly flat, with a continuing shift from
partners to salaried roles. There were {n(GP_PER_FQGP)} registered patients per fully qualified GP full-time equivalent
(FTE) in September 2025. Growth in the workforce has come mainly through ARRS roles, which reached 139.4 FTE:

- Clinical pharmacists: 38.2 FTE
- Care coordinators: 35.4 FTE
- Social prescribing link workers: 18.9 FTE
- First contact physiotherapists: 14.6 FTE
- Physician associates: 11.5 FTE
- Mental health practitioners: 11.0 FTE
- Paramedics: 9.8 FTE

**Table 4: General practice workforce at 30 September (full-time equivalent)**

| Staff group | Sep 2023 | Sep 2024 | Sep 2025 | Change 2024 to 2025 |
|---|---:|---:|---:|---:|
| **Doctors** | | | | |
| GP partners | 98.4 | 94.1 | 90.6 | (3.5) |
| Salaried GPs | 61.2 | 66.8 | 71.3 | 4.5 |
| GP registrars (trainees) | 38.0 | 41.5 | 44.2 | 2.7 |
| *Doctors subtotal* | *197.6* | *202.4* | *206.1* | *3.7* |
| **Nurses and direct patient care** | | | | |
| Practice nurses | 104.3 | 102.8 | 101.5 | (1.3) |
| ARRS roles employed by PCNs | 86.5 | 121.7 | 139.4 | 17.7 |
| Other direct patient care | 72.9 | 70.4 | 74.0 | 3.6 |
| *Nurses and direct patient care subtotal* | *263.7* | *294.9* | *314.9* | *20.0* |
| **Administrative and non-clinical** | 412.6 | 418.3 | 421.0 | 2.7 |
| **Total workforce** | **873.9** | **915.6** | **942.0** | **26.4** |

## 8. NHS dental access

8.1 NHS dental services are commissioned through contracts measured in Units of Dental Activity (UDAs). Delivery
against contracted UDAs improved to 82.9% in 2024/25, but commissioned activity fell after one practice in Orrisby
handed back its NHS contract in March 2024. Contract values are shown net of patient charges, and clawback
(recovery of payment for undelivered activity) is shown in brackets.

8.2 Only 41.7% of adults had seen an NHS dentist in the previous 24 months in 2024/25, compared with 60.2% of children
in the previous 12 months.

**Table 5: NHS dental activity and access, 2022/23 to 2024/25**

| Measure | 2022/23 | 2023/24 | 2024/25 |
|---|---:|---:|---:|
| *Unit* | *UDAs / £000 / %* | *UDAs / £000 / %* | *UDAs / £000 / %* |
| **Activity** | | | |
| UDAs commissioned (UDAs) | 812,400 | 812,400 | 798,650 |
| UDAs delivered (UDAs) | 604,310 | 651,880 | 662,470 |
| Delivery against contract (%) | 74.4% | 80.2% | 82.9% |
| **Finance** | | | |
| Contract value (£000) | 28,760 | 29,930 | 30,415 |
| Clawback recovered (£000) | (5,120) | (4,310) | (3,740) |
| **Access** | | | |
| Adults seen in previous 24 months (%) | 38.6% | 40.9% | 41.7% |
| Children seen in previous 12 months (%) | 54.3% | 58.8% | 60.2% |

8.3 Table 6 shows NHS dental practices by locality in November 2025. Only four of the 38 practices are accepting
new adult NHS patients, and none of the practices in Caldmoor, Astley Fen or Orrisby are doing so.

**Table 6: NHS dental practices by locality, November 2025**

| Locality | Practices with NHS contract | Accepting new adult NHS patients | Accepting new child NHS patients | UDA delivery 2024/25 | RAG |
|---|---:|---:|---:|---:|:---:|
| Wystanbury Central | 14 | 2 | 6 | 86.1% | Amber |
| Caldmoor | 8 | 0 | 2 | 71.4% | Red |
| Pendrick | 6 | 1 | 3 | 88.7% | Amber |
| Astley Fen | 3 | 0 | 1 | 79.8% | Red |
| Greyhithe | 5 | 1 | 4 | 92.3% | Green |
| Orrisby | 2 | 0 | 0 | 84.0% | Amber |
| **Total** | **38** | **4** | **16** | **82.9%** | **Amber** |

RAG for UDA delivery: Green 90% or more; Amber 80% to 89.9%; Red below 80%.

## 9. Dental access schemes 2025/26

9.1 The ICB is funding five schemes in 2025/26 to improve access, with a combined budget of £1,795,000. The
Community Dental Service (CDS) general anaesthetic waiting list initiative is significantly behind plan because of
limited theatre availability at Caldmoor General Hospital.

**Table 7: Dental access schemes, 2025/26 (budget £000; activity April to October 2025)**

| Scheme | Budget £000 | Annual plan | Delivered Apr–Oct | Status |
|---|---:|---:|---:|---|
| Urgent dental care sessions | 640 | 2,080 sessions | 1,254 | Green – on track |
| New patient premium | 410 | 6,500 patients | 3,118 | Amber – behind plan |
| Dental Recruitment Incentive Scheme ("golden hello") | 240 | 12 dentists | 5 | Amber – behind plan |
| Supervised toothbrushing in early years settings | 185 | 4,800 children | 4,950 | Green – ahead of plan |
| CDS general anaesthetic waiting list initiative | 320 | 420 children | 96 | Red – significantly behind |
| **Total** | **1,795** | – | – | – |

## 10. Risks and next steps

10.1 The main risks are:

1. further hand-backs of NHS dental contracts, particularly among single-handed practices in rural localities;
2. GP practice resilience in Caldmoor, where three practices have single-partner contracts;
3. winter demand reducing the share of appointments within 14 days;
4. recruitment of dentists under the golden hello scheme falling short of the 12 planned.

10.2 The next update will come to the Committee in March 2026 and will include the outcome of the interim dental
procurement.
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(MD)
print("wrote", OUT)
print("per1000", PER1000, "w14", r1(w14), "f2f", r1(wf2f), "patients/FQGP", GP_PER_FQGP)
print("avg per1000", r1(avg_per1000), "avg14", r1(avg14), "avgf2f", r1(avgf))
for name, reg, ap, w, f in PCN:
    print(name, r1(ap * 1000.0 / reg))
