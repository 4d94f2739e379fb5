"""Generate t25_drug_alcohol_partnership.md (Veldrow Moor Combating Drugs Partnership update)."""
OUT = "/work/trials_new/trial25/t25_drug_alcohol_partnership.md"

MD = r"""# Veldrow Moor Combating Drugs Partnership: Annual Update 2025

**Meeting:** Veldrow Moor Health and Wellbeing Board
**Date:** 20 November 2025
**Report of:** Director of Public Health, Veldrow Moor Council
**Author:** Consultant in Public Health (Substance Use)
**Status:** For decision

## 1. Purpose

1.1 This report updates the Health and Wellbeing Board on the work of the Veldrow Moor Combating Drugs Partnership (CDP) during 2024-25 and the first half of 2025-26. It covers the number of people in drug and alcohol treatment, treatment outcomes, continuity of care for people leaving prison, funding, and harm reduction, and proposes priorities for 2026-27.

## 2. Recommendations

2.1 The Health and Wellbeing Board is asked to:

- note the continued growth in the number of adults in structured treatment, which rose to 3,233 in 2024-25;
- note the 2025-26 grant allocations set out in Table 5;
- endorse the partnership priorities for 2026-27 set out in section 9;
- agree that the updated drug and alcohol needs assessment is brought to the Board in June 2026.

## 3. Background

3.1 The Combating Drugs Partnership was set up in 2022 in response to the national 10-year drugs strategy, *From Harm to Hope*. It brings together the council, Veldrow Moor Police, the Probation Service, the integrated care board, the Department for Work and Pensions and treatment providers. The partnership is chaired by the Police and Crime Commissioner's deputy for community safety.

3.2 Adult treatment in Veldrow Moor is provided by Pathway Veldrow, an integrated drug and alcohol service with hubs in Oxtarrow, Penvallen and Dunmerrick and outreach clinics in the other three districts. Treatment for under-18s is provided by the Junction Young People's Service.

3.3 Terms used in this report:

- **Structured treatment** means a planned programme of care with a recovery plan and regular review, as recorded in the National Drug Treatment Monitoring System (NDTMS).
- **Successful completion** means that a person leaves treatment free of dependence and does not return to treatment within six months.
- **SSMTRG** is the Supplementary Substance Misuse Treatment and Recovery Grant, an additional ring-fenced grant from the Office for Health Improvement and Disparities (OHID).
- **Continuity of care** measures the proportion of adults released from prison with a substance misuse need who start community treatment within three weeks of release.

## 4. Numbers in treatment

4.1 The number of adults in structured treatment rose for the fourth year in a row, to 3,233 in 2024-25. This is an increase of 5.6% on 2023-24 and just short of the local ambition of 3,240. The largest increase was among people in treatment for alcohol only, up 8.8% to 948.

4.2 People using opiates (mainly heroin) remain the largest group, at 1,502 adults or 46% of everyone in treatment. Opiate numbers are below the ambition of 1,520.

Table 1: Adults in structured treatment by substance group, 2021-22 to 2024-25 (number of people)

| Substance group | 2021-22 | 2022-23 | 2023-24 | 2024-25 | Change 2023-24 to 2024-25 | Ambition 2024-25 |
|---|---:|---:|---:|---:|---:|---:|
| Opiate | 1,412 | 1,438 | 1,465 | 1,502 | 2.5% | 1,520 |
| Non-opiate only | 318 | 352 | 389 | 421 | 8.2% | 410 |
| Non-opiate and alcohol | 276 | 301 | 338 | 362 | 7.1% | 350 |
| Alcohol only | 742 | 806 | 871 | 948 | 8.8% | 960 |
| **Total adults in treatment** | **2,748** | **2,897** | **3,063** | **3,233** | **5.6%** | **3,240** |

Source: NDTMS. Ambitions were agreed with OHID as part of the SSMTRG conditions.

4.3 127 young people were in specialist treatment in 2024-25. Cannabis is the main substance for most young people in treatment (88 of 127).

Table 2: Young people (under 18) in specialist substance misuse treatment by main substance

| Main substance | 2021-22 | 2022-23 | 2023-24 | 2024-25 |
|---|---:|---:|---:|---:|
| Cannabis | 71 | 74 | 83 | 88 |
| Alcohol | 17 | 20 | 22 | 24 |
| Other (including ecstasy, cocaine and ketamine) | 8 | 10 | 13 | 15 |
| **Total young people** | **96** | **104** | **118** | **127** |

## 5. Treatment outcomes

5.1 In 2024-25, 606 adults successfully completed treatment, compared with 538 in 2023-24. As a proportion of everyone in treatment, successful completions rose from 17.6% to 18.7%, similar to England (18.4%) and above the regional average (17.9%).

5.2 Outcomes for people using opiates (5.6%) and for people using non-opiates and alcohol (19.5%) are better than England. Outcomes for people using non-opiates only have fallen to 27.8%, below the regional (30.6%) and England (31.2%) averages; the service believes this reflects an increase in people using crack cocaine alongside other drugs.

5.3 The partnership also monitors re-presentations to treatment within six months of a successful completion and the proportion of people who stop using their main substance during treatment. These measures are discussed at each meeting of the partnership's Treatment and Recovery Group.

Table 3: Successful completions as a percentage of all adults in treatment (%)

| Substance group | Veldrow Moor 2023-24 | Veldrow Moor 2024-25 | Region 2024-25 | England 2024-25 | Compared with England |
|---|---:|---:|---:|---:|---|
| Opiate | 5.1 | 5.6 | 4.9 | 5.0 | Better |
| Non-opiate only | 29.4 | 27.8 | 30.6 | 31.2 | Worse |
| Non-opiate and alcohol | 18.2 | 19.5 | 17.9 | 17.6 | Better |
| Alcohol only | 33.0 | 35.2 | 33.4 | 34.1 | Similar |
| **All adults** | **17.6** | **18.7** | **17.9** | **18.4** | **Similar** |

"Better" or "Worse" means the difference from England is statistically significant at the 95% level.

## 6. Continuity of care after prison release

6.1 Continuity of care has improved steadily. In quarter 1 of 2025-26, 36 of the 69 adults released from prison with a substance misuse need (52.2%) started community treatment within three weeks, above the England rate of 47.8%. This follows the appointment of two prison in-reach workers funded by the SSMTRG in October 2024.

Table 4: Continuity of care - adults released from prison who engaged with community treatment within three weeks

| Quarter | Adults released with a treatment need | Engaged within 3 weeks | Veldrow Moor % | England % |
|---|---:|---:|---:|---:|
| Q1 2024-25 | 64 | 24 | 37.5% | 44.6% |
| Q2 2024-25 | 71 | 29 | 40.8% | 45.1% |
| Q3 2024-25 | 58 | 26 | 44.8% | 46.3% |
| Q4 2024-25 | 66 | 33 | 50.0% | 47.0% |
| Q1 2025-26 | 69 | 36 | 52.2% | 47.8% |
| Q2 2025-26 | n/a | n/a | n/a | n/a |

n/a: quarter 2 2025-26 data had not been published by NDTMS at the time of writing.

## 7. Funding

7.1 Total funding for drug and alcohol services in 2025-26 is £8.809m (£8,809,000), an increase of £150,000 (1.7%) on 2024-25. The public health grant remains the main source of funding. The SSMTRG allocation has risen by 12.0% to £2.48m.

7.2 Individual Placement and Support (IPS), which helps people in treatment find and keep paid work, was funded through a separate grant in 2024-25. From April 2025 IPS has been commissioned directly by the Department for Work and Pensions, so there is no local allocation for 2025-26. The Police and Crime Commissioner's contribution has reduced by £30,000.

Table 5: Drug and alcohol funding by source, 2024-25 and 2025-26 (£000)

| Funding stream | 2024-25 allocation | 2025-26 allocation | Change (£000) | Change (%) |
|---|---:|---:|---:|---:|
| *Core funding* | | | | |
| Public health grant - adult treatment | 4,860 | 4,990 | 130 | 2.7% |
| Public health grant - young people | 410 | 410 | 0 | 0.0% |
| Subtotal core funding | 5,270 | 5,400 | 130 | 2.5% |
| *Additional ring-fenced grants* | | | | |
| SSMTRG | 2,215 | 2,480 | 265 | 12.0% |
| Rough Sleeping Drug and Alcohol Treatment Grant | 640 | 655 | 15 | 2.3% |
| Inpatient detoxification grant | 118 | 124 | 6 | 5.1% |
| Individual Placement and Support (IPS) grant | 236 | – | (236) | n/a |
| Subtotal additional grants | 3,209 | 3,259 | 50 | 1.6% |
| *Other contributions* | | | | |
| Police and Crime Commissioner contribution | 180 | 150 | (30) | (16.7%) |
| **Total funding** | **8,659** | **8,809** | **150** | **1.7%** |

Figures in brackets are reductions. – = no allocation.

## 8. Harm reduction and drug-related deaths

8.1 Naloxone is a medicine that temporarily reverses the effects of an opioid overdose. Pathway Veldrow and community pharmacies issued 1,539 naloxone kits in 2024-25. There were 58 deaths from drug poisoning registered in Veldrow Moor in the three years 2022 to 2024, the highest number in Oxtarrow (21).

8.2 The rate of adults in treatment per 1,000 population is highest in Dunmerrick (10.4) and lowest in Thrushgill (3.9).

Table 6: Adults in treatment, naloxone kits and drug poisoning deaths by district

| District | Adults in treatment 2024-25 | Rate per 1,000 adults | Naloxone kits issued 2024-25 | Drug poisoning deaths 2022-24 |
|---|---:|---:|---:|---:|
| Oxtarrow | 1,104 | 9.8 | 612 | 21 |
| Penvallen | 642 | 7.1 | 298 | 11 |
| Dunmerrick | 718 | 10.4 | 344 | 14 |
| Sallowby | 289 | 4.2 | 96 | 4 |
| Quarndell | 331 | 5.0 | 131 | 6 |
| Thrushgill | 149 | 3.9 | 58 | * |
| **Veldrow Moor** | **3,233** | **7.6** | **1,539** | **58** |

\* Fewer than 3 deaths; figure suppressed to protect confidentiality. The Veldrow Moor total includes suppressed figures.

## 9. Priorities for 2026-27

9.1 The partnership proposes the following priorities for 2026-27:

1. Increase the number of adults in treatment for alcohol dependence, including through alcohol care teams at Veldrow General Hospital.
2. Improve successful completions for people using non-opiates, with a new stimulant treatment pathway.
3. Maintain continuity of care above the England rate by keeping the prison in-reach workers.
4. Reduce drug-related deaths by widening naloxone supply through hostels and the Probation Service.
5. Expand recovery support, including peer mentoring and the Oxtarrow recovery café.

## 10. Risks

10.1 The main risks to the partnership's plans are:

- uncertainty over SSMTRG funding after March 2026, as allocations for 2026-27 have not yet been announced;
- recruitment and retention of drug and alcohol workers; average caseloads at Pathway Veldrow are 48 per keyworker against a target of 40;
- the spread of synthetic opioids such as nitazenes, which increase the risk of overdose;
- the recommissioning of the adult treatment contract, which ends in September 2026.

## 11. Financial implications

11.1 There are no new financial implications arising from this report. All funding shown in Table 5 is contained within the public health budget and ring-fenced grants.
"""

open(OUT, "w", encoding="utf-8").write(MD)
print("wrote", OUT)
