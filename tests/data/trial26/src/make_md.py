"""Generate t26_workforce_equality_gender_pay_gap.md (Wendlemoor Community Health NHS Trust)."""
OUT = "/work/trials_new/trial26/t26_workforce_equality_gender_pay_gap.md"


def br(x, d=1):
    if x is None:
        return "–"
    return f"({abs(x):.{d}f})" if x < 0 else f"{x:.{d}f}"


# Table 3 data: band, women, men, mean pay gap within band (None = suppressed)
T3 = [
    ("Agenda for Change", [
        ("Band 2", 402, 96, 1.2),
        ("Band 3", 618, 131, -0.8),
        ("Band 4", 385, 72, 0.4),
        ("Band 5", 702, 138, -1.5),
        ("Band 6", 891, 154, 0.9),
        ("Band 7", 512, 98, 1.8),
        ("Band 8a", 164, 41, 2.1),
        ("Band 8b", 58, 19, 1.4),
        ("Band 8c", 21, 10, 3.0),
        ("Band 8d", 9, 6, None),
        ("Band 9", 3, 3, None),
    ]),
    ("Medical and dental", [
        ("Consultants", 38, 52, 6.4),
        ("Specialty and specialist doctors", 27, 24, 2.7),
        ("Doctors in training", 44, 31, 0.6),
    ]),
    ("Other", [
        ("Very senior managers", 5, 4, None),
    ]),
]
rows3 = []
TW = TM = 0
for grp, items in T3:
    rows3.append(f"| **{grp}** | | | | | |")
    sw = sm = 0
    for lab, w, m, gap in items:
        rows3.append(f"| {lab} | {w:,} | {m:,} | {w + m:,} | {w / (w + m) * 100:.1f} | {br(gap)} |")
        sw += w
        sm += m
    if len(items) > 1:
        rows3.append(f"| *Subtotal {grp}* | *{sw:,}* | *{sm:,}* | *{sw + sm:,}* | *{sw / (sw + sm) * 100:.1f}* | |")
    print("T3", grp, sw, sm, sw + sm, round(sw / (sw + sm) * 100, 1))
    TW += sw
    TM += sm
rows3.append(f"| **Total** | **{TW:,}** | **{TM:,}** | **{TW + TM:,}** | **{TW / (TW + TM) * 100:.1f}** | **15.1** |")
print("T3 total", TW, TM, TW + TM, round(TW / (TW + TM) * 100, 1))

Q = [("Lower", 1004, 186, 83.9), ("Lower middle", 1013, 176, 84.6), ("Upper middle", 1006, 184, 84.8), ("Upper", 856, 333, 70.6)]
assert sum(q[1] for q in Q) == TW and sum(q[2] for q in Q) == TM
rows4 = []
for lab, w, m, prev in Q:
    rows4.append(f"| {lab} | {w:,} | {m:,} | {w + m:,} | {w / (w + m) * 100:.1f} | {m / (w + m) * 100:.1f} | {prev:.1f} |")
    print("Q", lab, w + m, round(w / (w + m) * 100, 1), round(m / (w + m) * 100, 1))
print("bonus pct", round(20 / TW * 100, 1), round(28 / TM * 100, 1))

md = f"""# Wendlemoor Community Health NHS Trust

## Workforce Equality and Gender Pay Gap Report 2025

| | |
|---|---|
| **Meeting** | People and Culture Committee |
| **Date** | 24 June 2025 |
| **Author** | Head of Equality, Diversity and Inclusion |
| **Executive sponsor** | Chief People Officer |
| **Agenda item** | 9 |
| **Purpose** | For approval before publication |

## 1. Purpose

1.1 This report presents the Trust's gender pay gap figures for the snapshot date of 31 March 2025, which must be published on the Trust website and the government gender pay gap service by 30 March 2026. It also summarises the Trust's workforce race equality standard (WRES) and workforce disability equality standard (WDES) indicators, so that the Committee can consider workforce equality as a whole.

1.2 The figures are drawn from the Electronic Staff Record (ESR) and cover {TW + TM:,} relevant employees, including bank staff paid in March 2025. Hourly pay includes basic pay, allowances and shift premiums, and excludes overtime.

## 2. Recommendations

The Committee is asked to:

1. approve the gender pay gap figures and narrative for publication;
2. note the continued reduction in the mean gender pay gap, from 19.8% in 2021 to 15.1% in 2025;
3. endorse the action plan in section 7, in particular the work on medical workforce and senior leadership representation;
4. note that the Trust intends to publish an ethnicity pay gap report for the first time in 2026.

## 3. Headline gender pay gap

3.1 The mean gender pay gap is the difference between the average hourly pay of men and women, expressed as a percentage of men's average hourly pay. The median gender pay gap is the difference between the midpoints of the hourly pay ranges for men and women. A positive figure means men are paid more on average.

3.2 At 31 March 2025 the mean gender pay gap was 15.1% and the median gender pay gap was 7.2%. Both are the lowest the Trust has reported. The national median gender pay gap for all employees, published by the Office for National Statistics, was 13.1% in April 2024.

**Table 1: Gender pay gap headline measures, 2021 to 2025 (%)**

| Measure | 2021 | 2022 | 2023 | 2024 | 2025 | Trend |
|---|---:|---:|---:|---:|---:|---|
| Mean gender pay gap | 19.8 | 18.9 | 17.6 | 16.2 | 15.1 | Improving |
| Median gender pay gap | 9.4 | 8.7 | 7.9 | 8.3 | 7.2 | Improving |
| Mean bonus gap | 32.5 | 30.1 | 28.4 | 24.9 | 22.6 | Improving |
| Median bonus gap | 25.0 | 25.0 | 16.7 | 12.5 | 0.0 | Improving |

*Each year is the snapshot at 31 March. Trend compares 2025 with 2024.*

3.3 The median gap rose in 2024 because of the transfer of a mainly male estates and facilities team into the Trust in September 2023, but fell again in 2025.

**Table 2: Average hourly pay by sex, 31 March 2025 (£)**

| Measure | Women | Men | Difference (£) | Pay gap (%) |
|---|---:|---:|---:|---:|
| Mean hourly pay | 19.42 | 22.87 | 3.45 | 15.1 |
| Median hourly pay | 17.35 | 18.69 | 1.34 | 7.2 |

## 4. Workforce profile by pay band

4.1 Women make up {TW / (TW + TM) * 100:.1f}% of the Trust's workforce but a smaller share of the most senior and highest paid roles. Within each Agenda for Change band the pay gap is small, because pay is set by a national pay scale; the overall gap arises mainly because men are over-represented in medical roles and at Band 8c and above.

**Table 3: Workforce by pay band and sex, headcount at 31 March 2025**

| Pay band | Women | Men | Total | Women (%) | Mean pay gap within band (%) |
|---|---:|---:|---:|---:|---:|
{chr(10).join(rows3)}

*Figures in brackets mean women's average hourly pay is higher than men's within the band. – = not shown because fewer than 10 staff of one sex are in the group.*

4.2 Consultants have the largest within-group pay gap at 6.4%, reflecting length of service and the historic distribution of clinical excellence awards. Men are 57.8% of consultants but only 18.5% of the workforce as a whole.

## 5. Pay quartiles

5.1 The pay quartiles divide all relevant employees into four equal-sized groups ranked by hourly pay, from the lowest paid to the highest paid.

**Table 4: Proportion of women and men in each pay quartile, 31 March 2025**

| Quartile | Women | Men | Total | Women (%) | Men (%) | Women (%) 2024 |
|---|---:|---:|---:|---:|---:|---:|
{chr(10).join(rows4)}

5.2 The proportion of women in the upper quartile rose from 70.6% to 72.0%, the largest increase in any quartile. Women remain under-represented in the upper quartile compared with their share of the whole workforce.

## 6. Bonus pay

6.1 The only bonus payments made by the Trust are local and national clinical excellence awards (CEAs) paid to consultants. Since April 2024 new local awards have been paid as equal shares to all eligible consultants, which is why the median bonus gap has fallen to zero.

**Table 5: Bonus pay by sex, 2023 to 2025**

| Measure | 2023 | 2024 | 2025 |
|---|---:|---:|---:|
| Mean bonus gap (%) | 28.4 | 24.9 | 22.6 |
| Median bonus gap (%) | 16.7 | 12.5 | 0.0 |
| Women receiving a bonus (number) | 18 | 19 | 20 |
| Men receiving a bonus (number) | 30 | 29 | 28 |
| Women receiving a bonus (% of all women) | 0.5 | 0.5 | 0.5 |
| Men receiving a bonus (% of all men) | 3.6 | 3.4 | 3.2 |

6.2 The mean bonus gap remains large because legacy national awards, held mainly by long-serving male consultants, are higher in value than the new local awards.

## 7. Workforce race and disability equality

7.1 The WRES and WDES are national standards that require NHS trusts to report a set of indicators comparing the experience of ethnic minority staff with white staff, and of disabled staff with non-disabled staff. Selected indicators are shown below; the full returns were submitted to NHS England in May 2025.

**Table 6: Selected workforce race and disability equality indicators, 2023 to 2025**

| Indicator | 2023 | 2024 | 2025 | Trend |
|---|---:|---:|---:|---|
| Staff from ethnic minority backgrounds (% of workforce) | 14.8 | 16.1 | 17.5 | Improving |
| Ethnic minority staff at Band 8a and above (%) | 7.9 | 8.6 | 9.4 | Improving |
| Likelihood of white applicants being appointed from shortlisting compared with ethnic minority applicants (ratio) | 1.62 | 1.48 | 1.31 | Improving |
| Staff declaring a disability on ESR (%) | 4.2 | 4.9 | 5.6 | Improving |
| Likelihood of disabled staff entering the formal capability process (ratio) | 2.10 | n/a | 1.45 | n/a |
| Board members from ethnic minority backgrounds (%) | 8.3 | 8.3 | 16.7 | Improving |

*n/a: the 2024 capability figure was not collected because of the change of HR case management system. A ratio above 1.00 means white (or disabled) staff are more likely to experience the outcome.*

7.2 The relative likelihood of white applicants being appointed from shortlisting has fallen from 1.62 to 1.31, but remains above the range of 0.80 to 1.25 that NHS England regards as equitable.

## 8. Actions

8.1 The Trust's equality action plan for 2025-26 includes the following actions to reduce the gender pay gap:

- introduce a flexible working by default policy for all new consultant and Band 8a and above posts;
- run a "Leading with Confidence" development programme for women at Bands 6 and 7, with 40 places in 2025-26;
- review the starting salaries agreed for new consultants to ensure decisions on pay progression are consistent;
- require gender-balanced interview panels for all posts at Band 8c and above;
- publish the Trust's first ethnicity pay gap report in 2026.

8.2 Progress against these actions will be reported to the People and Culture Committee every six months.

## 9. Risks

9.1 The main risk is reputational: the Trust's mean gender pay gap remains higher than that of most community health trusts of a similar size. The medical workforce plan, which will increase the number of consultant posts, could widen the gap if recruitment does not attract more women.
"""
open(OUT, "w", encoding="utf-8").write(md)
print("written", OUT)
