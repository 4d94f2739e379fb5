# Air quality and environmental health update (Markdown)
import sys, json
OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/trials_new/trial24/t24_air_quality_env_health_2024-25.md"
facts = {}
L = []
a = L.append

no2 = [("Quellbridge Road AQMA", [
        ("BV01", "14 Quellbridge Road (façade)", "Quellbridge", ["41.8", "43.2", "42.1", "39.6", "38.1"]),
        ("BV02", "Quellbridge Road / Mill Lane junction", "Quellbridge", ["44.6", "46.0", "44.9", "42.3", "40.7"]),
        ("BV03", "Tannery Row", "Quellbridge", ["35.2", "36.9", "35.8", "34.0", "32.6"])]),
       ("Wyvernmouth Harbour Street AQMA", [
        ("BV07", "Harbour Street (bus stop)", "Wyvernmouth", ["39.4", "40.8", "41.5", "40.2", "37.9"]),
        ("BV08", "3 Harbour Street", "Wyvernmouth", ["37.1", "38.3", "38.0", "36.6", "35.2"]),
        ("BV09", "Quayside roundabout", "Wyvernmouth", ["–", "–", "33.7", "32.9", "n/a"])]),
       ("Outside AQMAs", [
        ("BV12", "Sarnley High Street", "Sarnley", ["28.4", "29.9", "29.1", "27.5", "26.8"]),
        ("BV14", "Faxholme Primary School (gate)", "Faxholme", ["19.6", "21.2", "20.4", "19.1", "18.3"]),
        ("BV15", "Brindlecote Market Place", "Brindlecote", ["31.7", "33.0", "32.2", "30.8", "29.4"]),
        ("BV17", "Orrin Way roundabout", "Brindlecote", ["36.3", "38.5", "37.9", "36.0", "34.7"])])]

fhrs = [("Quellbridge", [412, 118, 41, 9, 6, 1], 22), ("Sarnley", [298, 74, 22, 4, 2, 0], 15),
        ("Faxholme", [176, 61, 27, 8, 5, 2], 11), ("Brindlecote", [344, 97, 30, 7, 3, 1], 19),
        ("Wyvernmouth", [389, 142, 58, 14, 9, 3], 34)]
cat = [("A", "Every 6 months", 18, 18), ("B", "Every 12 months", 142, 139), ("C", "Every 18 months", 604, 547),
       ("D", "Every 2 years", 688, 521), ("E", "Every 3 years (alternative enforcement)", 455, 296),
       ("Unrated", "New businesses – within 28 days of opening", 287, 231)]
noise = [("Domestic – music and voices", [184, 231, 142, 127], 712), ("Dogs barking", [96, 88, 71, 79], 351),
         ("Construction and demolition", [41, 52, 38, 26], 139), ("Licensed and commercial premises", [38, 67, 29, 18], 148),
         ("Intruder and vehicle alarms", [22, 19, 27, 24], 104), ("Industrial", [11, 9, 13, 10], 47),
         ("Other (including fireworks)", [17, 21, 64, 23], 118)]
enf = [("Warning letters issued", [302, 334, 318]), ("Noise abatement notices served", [41, 47, 52]),
       ("Seizures of noise-making equipment", [3, 5, 4]), ("Community protection notices", [6, 9, 11]),
       ("Prosecutions", [1, 2, 0])]

q = [sum(r[1][i] for r in noise) for i in range(4)]
tot = sum(q); prev = sum(r[2] for r in noise)
facts.update(noise_q=q, noise_tot=tot, noise_prev=prev)
fh_tot = [sum(r[1][i] for r in fhrs) for i in range(6)]; aw = sum(r[2] for r in fhrs)
rated = sum(fh_tot); bc = sum(fh_tot[:3])
facts.update(fh_tot=fh_tot, aw=aw, rated=rated, bc=bc, bcpct=round(100*bc/rated, 1))
due = sum(c[2] for c in cat); done = sum(c[3] for c in cat)
facts.update(due=due, done=done, pct=round(100*done/due, 1))

a("# Brackwater Vale Council")
a("")
a("## Air Quality and Environmental Health Annual Update 2024-25")
a("")
a("**Report to:** Environment and Communities Scrutiny Committee  ")
a("**Date of meeting:** 15 October 2025  ")
a("**Report author:** Environmental Health Manager (Pollution and Food Safety)  ")
a("**Lead officer:** Head of Regulatory Services  ")
a("**Status:** For information and comment")
a("")
a("### 1. Purpose")
a("")
a("1.1 This report updates the committee on local air quality in 2024, drawing on the council's Annual Status Report (ASR) submitted "
  "in June 2025, and on the food hygiene and noise services for the financial year 2024-25.")
a("")
a("### 2. Recommendations")
a("")
a("2.1 The committee is asked to:")
a("")
a("- note the air quality monitoring results for 2024 and the continued improvement in nitrogen dioxide levels;")
a("- support keeping the Wyvernmouth Harbour Street AQMA under review, with a view to revoking it if the objective is met for three consecutive years;")
a("- note the food hygiene inspection performance and the backlog of lower-risk inspections;")
a("- note the rise in noise complaints about licensed premises in the summer and the actions proposed in section 8.")
a("")
a("### 3. Background")
a("")
a("3.1 Councils must review and assess air quality in their area against the national air quality objectives. Where an objective "
  "is not met, the council must declare an Air Quality Management Area (AQMA) and publish an action plan. Brackwater Vale has two AQMAs, "
  "both declared for the annual mean nitrogen dioxide (NO2) objective of 40 µg/m³:")
a("")
a("- the **Quellbridge Road AQMA**, declared in 2011, covering Quellbridge Road between Mill Lane and Tannery Row;")
a("- the **Wyvernmouth Harbour Street AQMA**, declared in 2017, covering Harbour Street and the approach to the Quayside roundabout.")
a("")
a("3.2 Fine particulate matter (PM2.5) is the pollutant with the greatest effect on health. There is no local objective for PM2.5, "
  "but the national target is an annual mean of 10 µg/m³ by 2040, with an interim target of 12 µg/m³ by January 2028. "
  "The council measures PM2.5 at its two automatic monitoring stations and with indicative sensors outside four schools.")
a("")
a("3.3 Terms used in this report: **µg/m³** means micrograms per cubic metre; **diffusion tube** is a low-cost passive sampler "
  "exposed for a month at a time and bias-adjusted against the automatic monitors; **data capture** is the percentage of the year "
  "for which valid data were collected. Diffusion tube results with data capture below 75% are not reported as annual means; automatic monitor results with low data capture are annualised using a nearby reference site.")
a("")
a("### 4. Nitrogen dioxide")
a("")
a("4.1 The council ran 34 diffusion tube sites in 2024. Table 1 shows results for the ten sites that are most relevant to the AQMAs "
  "and to busy local centres; the full list is in the ASR. NO2 levels fell at every site with valid data between 2023 and 2024. "
  "Only one site, BV02 at the Quellbridge Road / Mill Lane junction, exceeded the annual mean objective in 2024, at 40.7 µg/m³. "
  "This compares with two sites in 2023 and three in 2022.")
a("")
a("4.2 In the Wyvernmouth Harbour Street AQMA, all sites with valid data met the objective in 2024 for the first time since 2020. The highest result was 37.9 µg/m³ "
  "at the Harbour Street bus stop (BV07). The Quayside roundabout tube (BV09) was vandalised repeatedly and achieved only 58% data capture, "
  "so no annual mean is reported for 2024; the tube has been moved to a nearby lamp column.")
a("")
a("**Table 1: Annual mean nitrogen dioxide at selected diffusion tube sites, 2020 to 2024 (µg/m³, bias adjusted)**")
a("")
a("*Annual mean objective: 40 µg/m³. Figures above the objective are shown in bold.*")
a("")
a("| Site ID | Location | Locality | 2020 | 2021 | 2022 | 2023 | 2024 |")
a("|---|---|---|---:|---:|---:|---:|---:|")
for g, rows in no2:
    a(f"| **{g}** | | | | | | | |")
    for sid, loc, lc, v in rows:
        vv = [f"**{x}**" if x not in ("–", "n/a") and float(x) > 40 else x for x in v]
        a(f"| {sid} | {loc} | {lc} | " + " | ".join(vv) + " |")
a("")
a("*– = site not operating. n/a = data capture below 75%, no annual mean reported.*")
a("")
a("4.3 The fall in NO2 reflects cleaner vehicles, the retrofit of 46 buses on the Quellbridge Road corridor in 2023 and the change to "
  "signal timings at the Mill Lane junction in March 2024.")
a("")
a("### 5. Automatic monitoring and particulate matter")
a("")
a("5.1 The council has two automatic monitoring stations: CM1 on Quellbridge Road and CM2 at Wyvernmouth Harbour. Results are shown in "
  "Table 2. All objectives were met at both stations in 2024. PM2.5 at CM1 fell below the 2040 target of 10 µg/m³ for the first time, "
  "at 9.8 µg/m³. At CM2, PM2.5 rose slightly to 10.4 µg/m³; data capture was low because the analyser was out of action for "
  "11 weeks, so the 2024 figure has been annualised.")
a("")
a("**Table 2: Automatic monitoring station results, 2022 to 2024**")
a("")
a("*Annual mean concentrations in µg/m³ unless stated.*")
a("")
a("| Station | Pollutant and measure | Objective or target | 2022 | 2023 | 2024 | Data capture 2024 (%) | Status 2024 |")
a("|---|---|---|---:|---:|---:|---:|---|")
auto = [("CM1 Quellbridge Road", "NO2 annual mean", "40", "39.8", "37.5", "36.2", "96.4", "Met"),
        ("CM1 Quellbridge Road", "NO2 hours above 200 µg/m³", "18 hours a year", "0", "0", "0", "96.4", "Met"),
        ("CM1 Quellbridge Road", "PM10 annual mean", "40", "19.2", "18.4", "17.6", "92.1", "Met"),
        ("CM1 Quellbridge Road", "PM2.5 annual mean", "10 (2040 target)", "11.4", "10.6", "9.8", "91.8", "Met"),
        ("CM2 Wyvernmouth Harbour", "NO2 annual mean", "40", "34.1", "33.0", "31.4", "88.0", "Met"),
        ("CM2 Wyvernmouth Harbour", "PM2.5 annual mean", "10 (2040 target)", "10.9", "10.2", "10.4", "71.5", "Annualised – interim target met")]
for r in auto:
    a("| " + " | ".join(r) + " |")
a("")
a("5.2 Indicative PM2.5 sensors were installed outside four schools in 2023 as part of the Clean Air for Schools project. These sensors are "
  "less accurate than the automatic stations and the results should be treated as indicative only.")
a("")
a("**Table 3: Indicative PM2.5 at school sensors, 2023 and 2024 (annual mean, µg/m³)**")
a("")
a("| School sensor | Locality | 2023 | 2024 | Change | Trend |")
a("|---|---|---:|---:|---:|---|")
schools = [("Faxholme Primary School", "Faxholme", 8.9, 8.4), ("Sarnley Green Academy", "Sarnley", 9.6, 9.1),
           ("Wyvernmouth Harbour School", "Wyvernmouth", 11.2, 11.5), ("Brindlecote Infants", "Brindlecote", 10.1, 9.3)]
for s, lc, x, y in schools:
    d = round(y - x, 1)
    a(f"| {s} | {lc} | {x:.1f} | {y:.1f} | {'(' + format(abs(d), '.1f') + ')' if d < 0 else '+' + format(d, '.1f')} | {'Improving' if d < 0 else 'Worsening'} |")
a("")
a("5.3 Wyvernmouth Harbour School is the only school sensor above the 2040 target; the increase is thought to be linked to ships running "
  "engines at berth. The council is working with the harbour authority on a shore power feasibility study.")
a("")
a("### 6. Food hygiene")
a("")
a(f"6.1 The Food Hygiene Rating Scheme (FHRS) gives food businesses a rating from 0 (urgent improvement necessary) to 5 (very good). "
  f"At 31 March 2025, {rated:,} food businesses in Brackwater Vale had a published rating, and {facts['bcpct']}% were rated 3 or above "
  f"(broadly compliant). A further {aw} businesses were awaiting their first inspection.")
a("")
a("**Table 4: Food hygiene ratings by locality at 31 March 2025 (number of food businesses)**")
a("")
a("| Locality | 5 | 4 | 3 | 2 | 1 | 0 | Total rated | % rated 3 or above | Awaiting inspection |")
a("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for lc, v, w in fhrs:
    t = sum(v)
    a(f"| {lc} | " + " | ".join(str(x) for x in v) + f" | {t:,} | {100*sum(v[:3])/t:.1f} | {w} |")
a(f"| **Brackwater Vale total** | " + " | ".join(f"{x:,}" for x in fh_tot) + f" | {rated:,} | {100*bc/rated:.1f} | {aw} |")
a("")
a("6.2 Wyvernmouth has the most businesses rated 0, 1 or 2, mainly takeaways and seasonal seafront kiosks. Seven businesses rated 0 were "
  "given hygiene improvement notices, and one was closed voluntarily after a cockroach infestation was found.")
a("")
a("6.3 The council must inspect food businesses at a frequency set by their risk category, from every six months for category A to every "
  "three years for category E. Table 5 shows the inspection programme for 2024-25. All high-risk (category A and B) inspections due were "
  "completed except three category B inspections that were delayed by business closures. The backlog is concentrated in categories D and E.")
a("")
a("**Table 5: Food hygiene inspection programme by risk category, 2024-25**")
a("")
a("| Risk category | Minimum inspection frequency | Inspections due | Completed | % completed | Outstanding at 31 March 2025 |")
a("|---|---|---:|---:|---:|---:|")
for c, fq, d, dn in cat:
    a(f"| {c} | {fq} | {d} | {dn} | {100*dn/d:.1f} | {d-dn if d-dn else '–'} |")
a(f"| **Total** | | **{due:,}** | **{done:,}** | **{100*done/due:.1f}** | **{due-done}** |")
a("")
a("6.4 The food team had 9.5 full-time equivalent posts in 2024-25, of which 1.5 were vacant for most of the year. Two agency officers "
  "were used from October 2024 to reduce the backlog of category D inspections.")
a("")
a("### 7. Noise complaints")
a("")
a(f"7.1 The council received {tot:,} noise complaints in 2024-25, compared with {prev:,} in 2023-24. Domestic music and voices remain "
  f"the most common complaint. Complaints about licensed and commercial premises peaked in Quarter 2 (July to September), when outdoor "
  f"events and beer gardens were busiest, and complaints about fireworks drove the rise in the 'other' category in Quarter 3.")
a("")
a("**Table 6: Noise complaints received by type and quarter, 2024-25 (number)**")
a("")
a("| Complaint type | Q1 (Apr–Jun) | Q2 (Jul–Sep) | Q3 (Oct–Dec) | Q4 (Jan–Mar) | Total 2024-25 | Total 2023-24 | Change |")
a("|---|---:|---:|---:|---:|---:|---:|---:|")
for lab, v, p in noise:
    t = sum(v); d = t - p
    a(f"| {lab} | " + " | ".join(str(x) for x in v) + f" | {t} | {p} | {'(' + str(abs(d)) + ')' if d < 0 else '+' + str(d)} |")
d = tot - prev
a(f"| **All complaints** | **{q[0]}** | **{q[1]}** | **{q[2]}** | **{q[3]}** | **{tot:,}** | **{prev:,}** | **{'(' + str(abs(d)) + ')' if d < 0 else '+' + str(d)}** |")
a("")
a("7.2 The out-of-hours noise service runs on Friday and Saturday nights from 9pm to 2am. It responded to 412 calls in 2024-25, and "
  "officers witnessed a statutory nuisance on 63 visits.")
a("")
a("**Table 7: Noise enforcement action, 2022-23 to 2024-25 (number)**")
a("")
a("| Action | 2022-23 | 2023-24 | 2024-25 |")
a("|---|---:|---:|---:|")
for lab, v in enf:
    a(f"| {lab} | " + " | ".join(str(x) if x else "–" for x in v) + " |")
a("")
a("*Abatement notices are served under section 80 of the Environmental Protection Act 1990.*")
a("")
a("### 8. Actions for 2025-26")
a("")
a("8.1 The service will focus on the following actions in 2025-26:")
a("")
a("- consult on an updated Air Quality Action Plan for the Quellbridge Road AQMA, including a review of HGV routing;")
a("- move the BV09 diffusion tube and add two new tubes near the proposed Wyvernmouth town centre regeneration site;")
a("- complete the shore power feasibility study with the harbour authority by March 2026;")
a("- clear the backlog of category D food inspections by September 2026, using agency support and remote assessment for category E;")
a("- pilot noise app recordings so that residents can submit evidence without diary sheets;")
a("- work with licensing to add noise conditions to premises licences for venues with repeated complaints.")
a("")
a("### 9. Resource and risk implications")
a("")
a("9.1 The air quality monitoring budget for 2025-26 is £86,000, including £31,000 from the Defra air quality grant for the school sensors. "
  "The main risks are the loss of experienced food officers, which would increase the inspection backlog, and the cost of replacing the "
  "CM2 analyser, which is 14 years old.")
a("")
a("### 10. Background papers")
a("")
a("- Brackwater Vale Council Air Quality Annual Status Report 2025 (reporting on 2024 data)")
a("- Food Law Enforcement Service Plan 2025-26")
a("")
open(OUT, "w").write("\n".join(L))
json.dump(facts, open("/tmp/t24_md_facts.json", "w"), indent=1)
print(json.dumps(facts, indent=1))
