"""Provenance: reshape ../shared/research/data/*.csv into the course's tidy datasets.

Re-running it reproduces data/*.csv byte for byte (checked 2026-11-28). Run
`uv run python tools/data/build.py`, then `uv run course data manifest`.
"""
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "data"
TAIL = ["source_id", "source_type", "confidence", "preferred", "flag", "note"]

import re
# Research ids -> registry ids (data/sources-index.md, "Ids"). The build script writes the
# order's official text as "S165" (a placeholder here); the registry gives it S136.
REMAP = {"S165": "S136", "S136": "S165", "S137": "S166", "S141": "S137", "S142": "S138"}
def remap(v):
    return re.sub(r"\bS\d{2,3}\b", lambda m: REMAP.get(m.group(0), m.group(0)), v) if isinstance(v, str) else v
def write(name, cols, rows):
    rows = [[remap(v) for v in r] for r in rows]
    with (OUT / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            assert len(r) == len(cols), (name, r)
            w.writerow(["" if v is None else v for v in r])
    print(name, len(rows))

# ---------------------------------------------------------------- enforcement
src = list(csv.DictReader(open(str(Path(__file__).resolve().parents[3] / "shared" / "research" / "data") + "/ice_enforcement_by_fy.csv")))
rows = []
QUAL = {  # (fy, metric, source) -> (count or percent value, qualifier)
    ("FY2016", "removals_total", "S36;S33"): (240000, "more than"),
    ("FY2018", "removals_total", "S08"): (256000, "more than"),
    ("FY2024", "interior_removals", "S28"): (47000, "about"),
    ("FY2019", "pct_arrests_convicted_or_pending", "S07"): (86, "more than"),
}
PREFERRED = {("FY2018", "removals_total", "S31"), ("FY2012", "detainers_issued", "S04"),
             ("FY2016", "interior_removals", "S02")}
for r in src:
    fy = int(r["fiscal_year"][2:])
    k = (r["fiscal_year"], r["metric"], r["source_id"])
    st = r["source_type"].lower()
    if st.startswith("primary"):
        stype = "primary"
    elif st.startswith("derived"):
        stype = "derived"
    else:
        stype = "secondary"
    flag = r["flag"]
    conf = "high" if stype == "primary" else "medium"
    if "LOW-AUTHORITY" in flag or r["source_id"] == "S28":
        conf = "low"
    val = r["value"]
    qual = ""
    if k in QUAL:
        val, qual = QUAL[k]
    is_pct = r["metric"].startswith("pct_")
    count = "" if is_pct else val
    pct = val if is_pct else ""
    if count != "":
        count = int(float(count))
    note = r["note"]
    if r["source_type"] and stype == "secondary" and r["source_type"].lower() != "secondary":
        note = f"{note} Source type as recorded by the research: {r['source_type']}.".strip()
    if k[0] == "FY2016" and k[1] == "interior_removals" and k[2] == "S02":
        note += " Preferred: a summary of the ICE report itself; the AIC figure differs by 10."
    if k[0] == "FY2012" and k[1] == "detainers_issued" and k[2] == "S04":
        note += " Preferred: the later FOIA data release."
    rows.append([fy, r["metric"], count, pct, qual, r["value_as_reported"], r["source_id"], stype,
                 conf, "true" if k in PREFERRED else "", flag, note])
write("enforcement_by_fy",
      ["fiscal_year", "metric", "count", "percent", "qualifier", "value_as_reported"] + TAIL, rows)

# ---------------------------------------------------------------- 287(g)
A = []
def ag(date, prec, asrep, measure, count, qual, unit, var, sid, via, stype, conf, pref, flag, note):
    A.append([date, prec, asrep, measure, count, qual, unit, var, sid, via, stype, conf, pref, flag, note])
OIG = "OIG count as summarized by the Deportation Data Project (S40); the OIG report was not read directly."
for m, c, u in [("agreements", 66, "agreements"), ("states", 23, "states")]:
    ag("2009-06", "month", "June 2009", m, c, "", u, "66 agreements across 23 states", "S44;S40", "", "primary", "medium", "", "", OIG + " 833 active officers.")
for m, c in [("agreements", 71), ("jail_enforcement_model", 32), ("task_force_model", 26), ("both_models", 13)]:
    ag("2010-08-01", "day", "as of 2010-08-01", m, c, "", "MOAs", "71 MOAs (26 task force / 32 detention / 13 joint)", "S43;S40", "", "primary", "medium", "", "", OIG + " 'detention' = jail model; 'joint' = both models.")
ag("2011", "year", "in 2011", "agencies", 72, "", "law enforcement agencies", "increased to 72 in 2011", "S48", "", "secondary", "medium", "", "", "CRS In Focus IF11898: the program's peak before 2017.")
for m, c, u in [("agreements", 69, "MOAs"), ("states", 24, "states"), ("jail_enforcement_model", 34, "MOAs"), ("task_force_model", 20, "MOAs"), ("both_models", 15, "MOAs")]:
    ag("2011-06-01", "day", "as of 2011-06-01", m, c, "", u, "69 MOAs in 24 states (34 detention / 20 task force / 15 joint)", "S42;S40", "", "primary", "medium", "", "", OIG)
for m, c in [("agreements", 68), ("jail_enforcement_model", 40), ("task_force_model", 20), ("both_models", 8)]:
    ag("2012-07-10", "day", "July 10, 2012 (testimony)", m, c, "", "active agreements", "68 active agreements, 40 jail, 20 task-force, 8 both", "S45", "", "secondary", "medium", "", "", "ICE Director Morton's House testimony as reported by FierceHomelandSecurity.")
for m, c, u in [("agreements", 64, "MOAs"), ("states", 24, "states"), ("jail_enforcement_model", 35, "MOAs"), ("task_force_model", 20, "MOAs"), ("both_models", 9, "MOAs")]:
    ag("2012-08", "month", "August 2012", m, c, "", u, "64 MOAs in 24 states (35 detention / 20 task force / 9 joint)", "S41;S40", "", "primary", "medium", "", "", OIG + " Same-year counts differ with the date and the counting rule (compare 2012-07-10).")
ag("2017-01", "month", "January 2017", "agencies", 35, "", "law enforcement agencies", "35 in January 2017", "S47;S48", "", "secondary", "medium", "true", "CONFLICT: 36 (S49), 37 (S57)", "GAO-21-186 as reported by Law360 (S47); CRS IF11898 (S48) also gives 35 'by the end of the Obama Administration'. Preferred: two independent government reports agree.")
ag("2017-01", "month", "2017-01-20 (Inauguration Day)", "agencies", 36, "", "participants", "36 on Inauguration Day", "S49", "", "secondary", "medium", "", "CONFLICT: 35 per GAO and CRS", "Washington Times. The source's date is January 20, 2017; aligned to January 2017 to compare with the GAO/CRS count.")
ag("2017-01", "month", "by 2017", "agencies", 37, "", "agencies", "contracted to 37 under the Obama administration by 2017", "S57", "", "secondary", "medium", "", "CONFLICT: 35 per GAO and CRS", "Recovered Factory background text; 'by 2017' read as the end of the Obama administration (January 2017).")
ag("2017-08-01", "day", "2017-08-01", "agencies", 58, "", "agencies on ICE's roster", "ICE's page shows 58", "S40", "ICE 287(g) page (archived capture)", "secondary", "medium", "true", "CONFLICT: a mirror of the same date lists 60", "ICE 287(g) fact-sheet capture of 2017-08-01 as summarized by the Deportation Data Project (S40). Preferred: ICE's own page.")
ag("2017-08-01", "day", "2017-08-01", "agencies", 60, "", "agencies on a mirror of ICE's roster", "the mirror lists 60 agencies", "S40", "MyAttorneyUSA mirror of ICE's roster", "secondary", "medium", "", "CONFLICT: ICE's page shows 58", "Mirror of the ICE roster as summarized by the Deportation Data Project (S40).")
ag("2020-06-30", "day", "2020-06-30", "agencies", 142, "", "participants", "has shot from 36 on Inauguration Day to 142 now", "S49", "", "secondary", "medium", "", "", "Washington Times.")
ag("2020-09", "month", "September 2020", "agreements", 150, "", "agreements", "150 agreements in September 2020", "S47", "", "secondary", "medium", "", "", "GAO-21-186 as reported by Law360.")
ag("2020-09", "month", "September 2020", "agencies", 150, "", "law enforcement agencies", "from 35 to 150", "S48", "", "secondary", "medium", "", "", "CRS IF11898: LEAs with 287(g) agreements rose 'by more than 300%, from 35 to 150' (January 2017 to September 2020).")
ag("2021-06", "month", "June 2021", "agencies", 146, "", "law enforcement agencies", "146 law enforcement agencies in 25 states", "S50", "", "secondary", "medium", "", "", "American Immigration Council / Immigration Impact; 126 signed during the Trump administration.")
ag("2021-06", "month", "June 2021", "states", 25, "", "states", "146 law enforcement agencies in 25 states", "S50", "", "secondary", "medium", "", "", "American Immigration Council / Immigration Impact.")
ag("2025-01", "month", "January 2025", "agreements", 135, "", "agreements", "135 in January 2025", "S53", "", "secondary", "medium", "", "CONFLICT (minor): 134 per S55", "Iowa Public Radio / The Midwest Newsroom.")
ag("2025-01", "month", "January 2025", "agreements", 134, "", "active agreements", "growing from 134 active agreements", "S55", "", "secondary", "medium", "", "CONFLICT (minor): 135 per S53", "Titus tracker built from ICE spreadsheets.")
SHEETS = [("2025-05-16", "participatingAgencies05162025am.xlsx", 571, 467, 40, 91, 275, 205),
          ("2025-05-23", "participatingAgencies05232025am.xlsx", 627, 517, 40, 99, 305, 223),
          ("2025-06-06", "participatingAgencies06062025am.xlsx", 649, 536, 40, 102, 315, 232),
          ("2025-06-20", "participatingAgencies06202025am.xlsx", 719, 596, 40, 111, 348, 260),
          ("2025-07-01", "participatingAgencies07012025pm.xlsx", 744, 616, 40, 112, 363, 269),
          ("2025-07-18", "participatingAgencies07182025pm.xlsx", 832, 690, 40, 117, 415, 300)]
for d, f, agr, agc, st, jem, tfm, wso in SHEETS:
    for m, c, u, q in [("agreements", agr, "rows on ICE's spreadsheet", ""), ("agencies", agc, "distinct state-agency pairs", "about"),
                       ("states", st, "distinct STATE values (may include territories)", ""),
                       ("jail_enforcement_model", jem, "rows on ICE's spreadsheet", ""), ("task_force_model", tfm, "rows on ICE's spreadsheet", ""),
                       ("warrant_service_officer", wso, "rows on ICE's spreadsheet", "")]:
        ag(d, "day", d, m, c, q, u, "computed", "S51", f, "derived", "medium", "", "COMPUTED",
           f"Counted by the research team from ICE's {f}." + (" Spelling variants of agency names were not merged, so the agency count is approximate." if m == "agencies" else ""))
ag("2025-06", "month", "early June 2025", "agreements", 629, "", "agreements", "As of early June, there are 629 agreements", "S58", "", "secondary", "medium", "", "CONFLICT (minor): ICE's sheets show 641 (June 4) and 649 (June 6)", "News count; Florida 43%, Texas 14% of agreements. Counting date and method differ from ICE's sheets.")
ag("2025-09", "month", "September 2025", "agreements", 1000, "more than", "agreements", "more than 1,000 in September", "S53", "", "secondary", "medium", "", "LOWER BOUND", "Iowa Public Radio / The Midwest Newsroom: 'surged from 135 in January 2025 to more than 1,000 in September.'")
ag("2026-02-13", "day", "February 13, 2026", "agreements", 1412, "", "active agreements", "1,412 active agreements across 40 states and territories", "S54", "", "secondary", "medium", "", "", "Citing ICE data; more than 1,130 signed in 2025.")
ag("2026-02-13", "day", "February 13, 2026", "states", 40, "", "states and territories", "across 40 states and territories", "S54", "", "secondary", "medium", "", "", "Citing ICE data.")
ag("2026-03", "month", "early March 2026", "agreements", 1500, "more than", "active agreements", "over 1,500 by early March 2026", "S55", "", "secondary", "medium", "", "LOWER BOUND", "Titus tracker built from ICE spreadsheets.")
for m, c in [("agreements", 1934), ("states", 40), ("jail_enforcement_model", 180), ("task_force_model", 1248), ("warrant_service_officer", 506)]:
    ag("2026-06-09", "day", "2026-06-09 (spreadsheet date)", m, c, "", "agreements" if m != "states" else "states", "40 states, 1934 total agreements", "S52", "participatingAgencies060920263pm.xlsx", "derived", "medium", "", "COMPUTED",
       "Totals computed by the repository's author from ICE's spreadsheet.")
write("agreements_287g", ["date", "date_precision", "date_as_reported", "measure", "count", "qualifier", "count_unit",
                          "value_as_reported", "source_id", "via", "source_type", "confidence", "preferred", "flag", "note"], A)

# ---------------------------------------------------------------- DDOR
T = "Weekly Declined Detainer Outcome Report"
D = []
def dd(rid, seq, title, ps, pe, pub, pubp, basis, measure, count, var, sid, stype, conf, pref, flag, note):
    D.append([rid, seq, title, ps, pe, pub, pubp, basis, measure, count, var, sid, stype, conf, pref, flag, note])
B1 = "reported by CNN, KUT and AILA"
dd("weekly-1", 1, T, "2017-01-28", "2017-02-03", "2017-03-20", "day", B1, "detainers_issued", 3083, "3,083", "S72", "primary", "high", "", "", "Nationwide detainers ICE issued during the week (copy of the report; first page read).")
dd("weekly-1", 1, T, "2017-01-28", "2017-02-03", "2017-03-20", "day", B1, "declined_detainers_listed", 206, "206", "S72;S61;S74", "primary", "high", "", "", "ICE later posted a correction for Franklin County (IA, NY, PA), Montgomery County IA, Williamson and Bastrop Counties TX, Chester County PA and Richmond County NC (S60).")
dd("weekly-1", 1, T, "2017-01-28", "2017-02-03", "2017-03-20", "day", B1, "declined_travis_county", 142, "142 of 206", "S62;S63", "secondary", "medium", "true", "CONFLICT: the Travis County Sheriff (S64) says the report showed 128 inmates", "What the report listed for Travis County, TX, as reported by KUT and the Austin Chronicle. Preferred because this column counts what the report listed.")
dd("weekly-1", 1, T, "2017-01-28", "2017-02-03", "2017-03-20", "day", B1, "declined_travis_county", 128, "declined detainers on 128 inmates", "S64", "primary", "medium", "", "CONFLICT: the report's own count is 142 (S62; S63)", "The Sheriff's Office counted inmates (people), not detainers; it also said its weekly averages were much lower than the report implies.")
B2 = "inferred: Fox News says it was released on a Wednesday, after AG Sessions' remarks on Monday, March 27, 2017"
dd("weekly-2", 2, T, "2017-02-04", "2017-02-10", "2017-03-29", "day", B2, "detainers_issued", 2825, "2,825", "S69;S65", "primary", "high", "", "DATE INFERRED", "Nationwide detainers ICE issued during the week.")
dd("weekly-2", 2, T, "2017-02-04", "2017-02-10", "2017-03-29", "day", B2, "declined_detainers_listed", 47, "47", "S65;S66", "secondary", "medium", "", "DATE INFERRED", "NumbersUSA: 24 of the 47 detainers had been issued since January 20, 2017. Kern County, CA was listed with 65 detainers issued although its sheriff says it uses none (S73).")
dd("weekly-3", 3, T, "2017-02-11", "2017-02-17", "", "", "not found (between March 29 and April 13, 2017)", "declined_detainers_listed", "", "not found", "S70;S68", "secondary", "medium", "", "MISSING: count and publication date", "The third and last weekly report; its number of declined detainers was not in any retrievable text.")
dd("quarterly-fy2018-q2", "", "Declined Detainer Report for FY2018, Second Quarter", "2018-01-01", "2018-03-31", "", "", "AILA lists it under a July 15, 2019 update; ICE said quarterly reports would begin with FY2018 Q2", "declined_detainers_listed", "", "not retrieved", "S60", "secondary", "medium", "", "MISSING: counts; publication date unknown", "The quarterly successor to the weekly reports. Period inferred from FY2018 Q2 (January 1 to March 31, 2018).")
write("detainer_reports", ["report_id", "report_seq", "report_title", "period_start", "period_end", "publication_date",
                           "publication_date_precision", "publication_date_basis", "measure", "count", "value_as_reported"] + TAIL, D)

# ---------------------------------------------------------------- 243(d)
V = []
def vs(country, action, da, dap, de, dep, visas, pop, dl, dlp, lift, sid, stype, conf, pref, flag, note):
    V.append([country, action, da, dap, de, dep, visas, pop, dl, dlp, lift, sid, stype, conf, pref, flag, note])
vs("Guyana", "imposed", "2001-09-07", "day", "2001-10-10", "day", "All nonimmigrant visas", "Employees of the Government of Guyana or government-owned companies, their spouses and children", "2001-12-14", "day", "Lifted after Guyana documented 112 of 113 deportees", "S80;S81", "primary", "high", "true", "CONFLICT: Stabroek News (S82) says October 7", "State Department cable R 151806Z OCT 01. The announcement date is the Attorney General's notification to State.")
vs("Guyana", "imposed", "", "", "2001-10-07", "day", "", "", "", "", "", "S82", "secondary", "medium", "", "CONFLICT: the State cable (S80) says October 10", "Stabroek News: the ban was imposed 'on October 7'.")
vs("The Gambia", "imposed", "", "", "2016-10-01", "day", "Visas (categories not given in the retrieved text)", "Employees of the Gambian government and associated entities, their spouses and children", "2017-12-12", "day", "Restrictions removed (State Department, per S85)", "S83;S85", "primary", "high", "true", "CONFLICT: the U.S. Embassy in Banjul (S84) says October 3, 2016", "The first use of INA 243(d) in 15 years.")
vs("The Gambia", "imposed", "", "", "2016-10-03", "day", "", "", "", "", "", "S84", "secondary", "medium", "", "CONFLICT: CRS and State (S83) say October 1, 2016", "U.S. Embassy Banjul release: 'As of October 3, 2016'.")
for c, visas, pop, dl, dlp, lift, flag, note in [
    ("Cambodia", "B visas", "Ministry of Foreign Affairs employees at Director General rank and above, and their families", "", "", "", "LIFT DATE NOT FOUND", ""),
    ("Eritrea", "All B visas", "All Eritrean applicants (in Asmara)", "", "", "", "LIFT DATE NOT FOUND", "The broadest of the 2017 sanctions."),
    ("Guinea", "B, F, J and M visas", "Government officials and their immediate family", "", "", "", "LIFT DATE NOT FOUND", "Not listed among countries under sanctions in June 2020 (S96), which suggests an earlier lift; the date is unconfirmed."),
]:
    vs(c, "imposed", "2017-09-13", "day", "2017-09-13", "day", visas, pop, dl, dlp, lift, "S86;S87", "secondary", "medium", "", flag, note)
vs("Sierra Leone", "imposed", "2017-09-13", "day", "2017-09-13", "day", "B visas", "Ministry of Foreign Affairs and immigration officials", "2021-03-31", "day", "Reduced: immigrant visas and most nonimmigrant visas resumed; B visas for Foreign Affairs and immigration officials still restricted", "S86;S87;S89", "secondary", "medium", "true", "CONFLICT: the U.S. Embassy page (S88) says September 11, 2017", "Preferred: the DHS effective date (S86).")
vs("Sierra Leone", "imposed", "", "", "2017-09-11", "day", "", "", "", "", "", "S88", "primary", "medium", "", "CONFLICT: DHS (S86) gives September 13, 2017", "U.S. Embassy Freetown page: 'As of September 11, 2017'.")
vs("Sierra Leone", "expanded", "", "", "2020-09", "month", "All nonimmigrant visas for applicants in Freetown (limited exceptions)", "Sierra Leonean citizens and nationals applying in Freetown", "2021-03-31", "day", "Reduced (see the 'imposed' row)", "S88;S89", "primary", "medium", "", "DATE APPROXIMATE", "The embassy page refers to a September 11, 2020 cutoff for pending applications.")
vs("Burma", "imposed", "2018-07-10", "day", "2018-07-09", "day", "B1 and B2 visas", "Officials at Director General level and above at the Ministries of Labour, Immigration and Population and of Home Affairs, and their immediate family", "", "", "", "S90;S91", "secondary", "medium", "", "LIFT DATE NOT FOUND", "")
vs("Laos", "imposed", "2018-07-10", "day", "2018-07-09", "day", "B1, B2 and B1/B2 visas; also A3 and G5", "Director General-level and higher officials of the Ministry of Public Security and their families; A3/G5 employees of Lao officials", "2022-02-07", "day", "Most sanctions lifted; some remain for certain senior officials", "S90;S91;S92", "secondary", "medium", "", "", "")
vs("Laos", "expanded", "", "", "2020-06-05", "day", "All immigrant and nonimmigrant visas", "Lao citizens and nationals applying in Laos", "2022-02-07", "day", "Most applicants no longer subject to 243(d) sanctions", "S92", "secondary", "medium", "", "", "")
vs("Ghana", "imposed", "2019-01-31", "day", "2019-02-04", "day", "All nonimmigrant visas for A3/G5 domestic employees of Ghanaian diplomats; shorter validity for B visas", "Domestic employees of diplomats; executive and legislative branch employees and their families (B visa validity limited)", "2020-01-17", "day", "Lifted; visa processing returned to normal", "S93;S94", "secondary", "medium", "", "", "Announcement date from a DHS statement reported on February 1, 2019.")
vs("Pakistan", "imposed", "2019-04-22", "day", "", "", "Not specified; State said consular operations were 'unchanged'", "Possibly beginning with senior officials (per reporting)", "", "", "", "S95", "secondary", "medium", "", "SCOPE UNCLEAR; LIFT DATE NOT FOUND", "The announcement date is the Federal Register notification date as reported. The rule text says sanctions had been imposed on 10 countries since 1996, affecting 318 visa applicants.")
vs("Burundi", "imposed", "2020-06-19", "day", "", "", "Most visa types (exceptions such as diplomatic visas)", "Burundian applicants", "", "", "", "S96", "secondary", "medium", "", "LIFT DATE NOT FOUND", "Described as among the harshest uses of 243(d).")
vs("South Sudan", "visa revocation", "2025-04-05", "day", "2025-04-05", "day", "All visas revoked; further issuance stopped", "All South Sudanese passport holders", "", "", "", "S97", "secondary", "low", "", "LEGAL BASIS UNCONFIRMED", "The Secretary of State's statement cites South Sudan's failure to accept the return of its citizens; the retrieved text does not name INA 243(d). Excluded by default.")
write("visa_sanctions_243d", ["country", "action", "date_announced", "date_announced_precision", "date_effective", "date_effective_precision",
                              "visas_restricted", "population_targeted", "date_lifted_or_changed", "date_lifted_precision", "lift_detail"] + TAIL, V)

# ---------------------------------------------------------------- staffing
S = []
def sf(date, prec, asrep, measure, count, qual, var, scope, sid, stype, conf, pref, flag, note):
    S.append([date, prec, asrep, measure, count, qual, var, scope, sid, stype, conf, pref, flag, note])
sf("2017-01-25", "day", "January 25, 2017", "target_additional_officers", 10000, "", "10,000 additional immigration officers", "additional ICE immigration officers (the order's target)", "S165;S163", "primary", "high", "", "TARGET", "EO 13768, Sec. 7: hire 10,000 additional immigration officers, subject to the availability of appropriations. EO 13767 separately ordered 5,000 Border Patrol agents (S113).")
sf("2016", "fiscal_year", "FY2016", "deportation_officers_and_ieas", 5800, "about", "around 5,800", "ERO deportation officers and immigration enforcement agents", "S110", "secondary", "medium", "", "APPROXIMATE", "Per the FY2016 budget request as cited by PolitiFact: the level before the order.")
sf("2016", "fiscal_year", "FY2016", "ice_employees", 20000, "nearly", "close to 20,000", "all ICE full-time employees", "S110", "secondary", "medium", "", "APPROXIMATE", "Per the FY2017 budget request as cited by PolitiFact.")
sf("2016", "fiscal_year", "FY2016", "ero_employees", 8000, "nearly", "nearly 8,000 in ERO", "ICE Enforcement and Removal Operations employees (all jobs)", "S110", "secondary", "medium", "", "APPROXIMATE", "Per the FY2017 budget request as cited by PolitiFact.")
sf("2017", "fiscal_year", "FY2017 (first Trump year)", "new_deportation_officer_hires", 371, "", "371", "ERO deportation officers hired in the year", "S111", "secondary", "medium", "", "", "'dropping in half in Trump's first year in office to just 371'. The source's 'first year' is read as FY2017 by the research team.")
sf("2017-06-13", "day", "June 13, 2017 (testimony)", "ice_employees", 20000, "about", "20,000-strong workforce", "all ICE employees", "S119", "primary", "high", "", "APPROXIMATE", "Acting Director Homan's written testimony.")
sf("2017-07-27", "day", "July 27, 2017 (OIG report)", "applicants_needed", 1250000, "about", "approximately 1.25 million applicants", "CBP and ICE combined: applicants needed for 15,000 hires", "S112;S113", "primary", "high", "", "", "DHS OIG-17-98-SR. Covers both orders' hiring (ICE and Border Patrol).")
sf("2017-07-27", "day", "July 27, 2017 (OIG report)", "support_staff_needed", 9600, "", "an additional 9,600 support staff", "CBP and ICE combined: added support staff needed", "S112;S113", "primary", "high", "", "", "DHS OIG-17-98-SR.")
sf("2018", "fiscal_year", "FY2018 request", "new_positions_requested", 1000, "", "1,000 new agents", "new ICE law enforcement positions in the FY2018 budget request", "S111;S120", "secondary", "medium", "", "", "")
sf("2018", "fiscal_year", "FY2018 enacted", "new_positions_funded", 65, "", "just 65 additional criminal investigations agents", "new ICE positions funded by the FY2018 omnibus", "S111", "secondary", "medium", "", "", "Congress declined the requested increase.")
sf("2019-04", "month", "early April 2019 (ICE web page)", "deportation_officers", 6100, "more than", "more than 6,100", "ERO deportation officers (ICE web page)", "S110", "secondary", "medium", "", "DEFINITION: compare FY2019 (about 5,300, excluding supervisors and headquarters)", "ICE web page last updated in early April 2019, per PolitiFact.")
sf("2019", "fiscal_year", "FY2019", "deportation_officers", 5300, "about", "an estimated 5,300", "ERO deportation officers, excluding supervisory and headquarters staff", "S110", "secondary", "medium", "", "DEFINITION: compare April 2019 (more than 6,100, all deportation officers)", "FY2019 ERO report via PolitiFact; CRS (February 2020) also says 'roughly 5,300'.")
sf("2022", "fiscal_year", "FY2022", "ero_law_enforcement_officers", 6000, "about", "Approximately 6,000", "ERO law enforcement officers", "S115", "primary", "high", "", "APPROXIMATE", "ICE FY2022 Annual Report, Acting Director's message.")
sf("2025-01", "month", "January 2025", "officers_and_agents", 10000, "", "10,000", "all ICE law enforcement: ERO officers and HSI agents", "S117;S118", "primary", "high", "", "DEFINITION: broader than ERO deportation officers", "DHS baseline used in its 2026 hiring announcement.")
sf("2025-03", "month", "mid-March 2025", "deportation_officers", 6000, "about", "about 6,000 deportation agents", "ERO deportation officers", "S116", "secondary", "medium", "", "APPROXIMATE", "National Immigration Forum.")
sf("2025", "year", "2025 (hiring surge)", "new_officers_and_agents_hired", 12000, "more than", "more than 12,000", "new ICE officers and agents hired", "S117;S118", "primary", "high", "", "", "DHS: 'a 120% increase in our workforce'; training shortened from about 6 months to about 6 weeks (S118). Funded by the July 2025 reconciliation law (S118).")
sf("2026-01", "month", "January 2026 (approx.)", "officers_and_agents", 22000, "more than", "more than 22,000", "all ICE law enforcement: ERO officers and HSI agents", "S117;S118", "primary", "high", "", "", "After hiring more than 12,000 from more than 220,000 applications.")
write("ice_staffing", ["date", "date_precision", "date_as_reported", "measure", "count", "qualifier", "value_as_reported", "scope"] + TAIL, S)

# ---------------------------------------------------------------- incarceration
I = []
def ic(report, aod, aop, rd, rp, custody, cat, count, pct, qual, sid, stype, conf, pref, flag, note):
    I.append([report, aod, aop, rd, rp, custody, cat, count, pct, qual, sid, stype, conf, pref, flag, note])
q2 = ("FY2017 Q2", "2017-03-25", "day", "2017-05-02", "day")
ic(*q2, "BOP", "foreign-born inmates", 45493, "", "", "S130;S131", "primary", "high", "", "", "DOJ release.")
ic(*q2, "BOP", "foreign-born U.S. citizens", 3939, "", "", "S131", "secondary", "medium", "", "", "")
ic(*q2, "BOP", "aliens (foreign-born noncitizens)", 41554, "", "", "S131", "secondary", "medium", "", "", "The report's own word is 'aliens'.")
ic(*q2, "BOP", "final order of removal", 22541, 54.2, "about", "S131", "secondary", "medium", "true", "CONFLICT: LifeZette (S132) gives 54.4%", "Quotes the DOJ release: 'Approximately 22,541 (54.2 percent)'. Percent of the 41,554 aliens. Preferred: quotes the DOJ text.")
ic(*q2, "BOP", "final order of removal", 22541, 54.4, "", "S132", "secondary", "medium", "", "CONFLICT: the DOJ text (S131) gives 54.2%", "LifeZette: 'Some 22,541 of them, or 54.4 percent'.")
ic(*q2, "BOP", "under ICE investigation for possible removal", 13886, 33.4, "about", "S131", "secondary", "medium", "", "", "")
ic(*q2, "BOP", "pending adjudication (charged, no final disposition)", 5101, 12.3, "about", "S131", "secondary", "medium", "", "", "")
ic(*q2, "BOP", "granted relief (asylum)", 26, 0.1, "about", "S131", "secondary", "medium", "", "", "")
ic(*q2, "USMS", "pretrial detainees", "", "", "", "S130", "primary", "high", "", "MISSING", "DOJ: ICE was still analyzing USMS data, and no process yet existed for state and local data.")
q3 = ("FY2017 Q3", "2017-06", "month", "2017-08", "month")
ic(*q3, "BOP", "aliens (noncitizens)", 42000, 22, "about", "S133", "secondary", "medium", "", "ROUNDED; DATE TYPO IN SOURCE", "CIS: 'approximately 42,000', 22% of the federal prison population. The source dates the report 'June 31, 2017' (no such day); month kept. Release month approximate.")
ic(*q3, "BOP", "final order of removal", 19749, 47, "", "S133", "secondary", "medium", "", "", "")
ic(*q3, "BOP", "under ICE investigation", 21121, 50, "", "S133", "secondary", "medium", "", "", "")
ic(*q3, "BOP", "pending before an immigration judge", 1157, "", "", "S133", "secondary", "medium", "", "", "")
ic(*q3, "BOP", "granted relief", 7, "", "", "S133", "secondary", "medium", "", "", "")
ic(*q3, "USMS", "final order of removal", 9857, 82.1, "", "S133", "secondary", "medium", "", "", "CIS: about 12,000 aliens among about 50,000 USMS detainees.")
ic(*q3, "USMS", "awaiting an immigration judge's decision", 2047, "", "", "S133", "secondary", "medium", "", "", "")
q4 = ("FY2017 Q4", "2017-09-30", "day", "2017-12-18", "day")
ic(*q4, "DOJ total (BOP+USMS)", "known or suspected aliens", 58766, "", "", "S134", "primary", "high", "", "", "DOJ press release dated December 21, 2017.")
ic(*q4, "BOP", "known or suspected aliens", 39455, "", "", "S134", "primary", "high", "", "", "")
ic(*q4, "USMS", "known or suspected aliens", 19311, "", "", "S134", "primary", "high", "", "", "")
ic(*q4, "DOJ total (BOP+USMS)", "confirmed aliens", 37557, "", "", "S134", "primary", "high", "", "", "")
ic(*q4, "DOJ total (BOP+USMS)", "still under ICE investigation", 21209, "", "", "S134", "primary", "high", "", "", "")
ic(*q4, "DOJ total (BOP+USMS)", "confirmed aliens unlawfully present", 35334, 94, "", "S134", "primary", "high", "", "", "Percent of confirmed aliens.")
ic(*q4, "BOP", "confirmed aliens", 24476, "", "", "S134", "primary", "high", "", "", "92% unlawfully present.")
ic(*q4, "USMS", "confirmed aliens", 13081, "", "", "S134", "primary", "high", "", "", "97% unlawfully present.")
ic(*q4, "DOJ total (BOP+USMS)", "known or suspected aliens as a share of federal inmates (CIS calculation)", "", 32, "nearly", "S135", "secondary", "low", "", "MISMATCHED DENOMINATOR", "CIS divided 58,766 (BOP and USMS) by the BOP-only total of 184,379 to claim 'almost 32 percent'. The numerator includes USMS detainees, the denominator does not. Excluded by default; kept as a data-literacy example.")
q5 = ("FY2018 Q1", "2017-12-30", "day", "2018", "year")
ic(*q5, "DOJ total (BOP+USMS)", "known or suspected aliens", 57820, "", "", "S136", "secondary", "medium", "", "", "")
ic(*q5, "BOP", "known or suspected aliens", 38132, 21, "", "S136", "secondary", "medium", "", "", "About 21% of the 183,058 people in BOP custody.")
ic(*q5, "USMS", "known or suspected aliens", 19688, "", "", "S136", "derived", "medium", "", "DERIVED", "Computed by the research team: 57,820 minus 38,132.")
ic(*q5, "BOP", "ordered removed", 20976, 55, "", "S136", "secondary", "medium", "", "", "")
ic(*q5, "BOP", "unlawfully present and in removal proceedings", 2850, 7, "", "S136", "secondary", "medium", "", "", "")
ic(*q5, "BOP", "lawfully present and in removal proceedings", 2484, 7, "", "S136", "secondary", "medium", "", "", "")
ic(*q5, "BOP", "granted a benefit, relief or protection", 124, "", "", "S136", "secondary", "medium", "", "", "")
q6 = ("FY2019", "2019-09-30", "day", "2020-10-16", "day")
ic(*q6, "DOJ total (BOP+USMS)", "known or suspected aliens", 51074, "", "", "S137", "secondary", "medium", "", "", "Fox News exclusive on the DOJ/DHS report.")
ic(*q6, "BOP", "known or suspected aliens", 27494, "", "", "S137", "secondary", "medium", "", "", "")
ic(*q6, "USMS", "known or suspected aliens", 23580, "", "", "S137", "secondary", "medium", "", "", "USMS spent $162 million housing them ($88.19 per prisoner per day).")
ic(*q6, "DOJ total (BOP+USMS)", "confirmed aliens unlawfully present", "", 94, "", "S137", "secondary", "medium", "", "", "Percent of confirmed aliens.")
ic(*q6, "DOJ total (BOP+USMS)", "still under ICE investigation", "", 35.8, "", "S137", "secondary", "medium", "", "", "A share as reported; the retrieved text does not say of which total.")
write("incarceration_reports", ["report", "as_of_date", "as_of_precision", "release_date", "release_precision", "custody", "category",
                                "count", "percent", "qualifier"] + TAIL, I)

# ---------------------------------------------------------------- timeline
L = []
def tl(eid, date, prec, kind, event, sid, stype, conf, pref="", flag="", note=""):
    L.append([eid, date, prec, kind, event, sid, stype, conf, pref, flag, note])
tl("guyana-243d", "2001-10-10", "day", "agency", "First use of INA 243(d): the State Department stops nonimmigrant visas for Guyana government employees and their families", "S80", "primary", "high", "true", "CONFLICT: Stabroek News (S82) says October 7", "Lifted December 14, 2001 (S81).")
tl("guyana-243d", "2001-10-07", "day", "agency", "First use of INA 243(d): visa ban on Guyana government employees and their families", "S82", "secondary", "medium", "", "CONFLICT: the State cable (S80) says October 10", "")
tl("secure-communities-first", "2008-10-29", "day", "agency", "Secure Communities (fingerprint sharing between DHS and FBI databases) first deployed at the Harris County (TX) Sheriff's Office", "S148", "primary", "high", "", "", "ICE release dated October 29, 2008.")
tl("secure-communities-texas", "2010-09-28", "day", "agency", "Secure Communities active in every Texas county", "S149", "secondary", "medium", "", "", "The Texas Tribune (September 29, 2010) reports ICE's announcement 'as of Tuesday'.")
tl("arizona-287g-rescinded", "2012-06-25", "day", "agency", "ICE rescinds seven 287(g) task-force agreements in Arizona", "S45;S162", "secondary", "medium")
tl("morton-detainer-guidance", "2012-12-21", "day", "agency", "ICE Director Morton issues national detainer guidance limiting detainer use", "S26", "secondary", "medium")
tl("task-force-non-renewal", "2012-12", "month", "agency", "ICE announces it will not renew 287(g) task-force agreements (32 terminated)", "S46;S26", "secondary", "medium")
tl("johnson-memos", "2014-11-20", "day", "agency", "DHS Secretary Johnson's memos reset enforcement priorities and end Secure Communities (replaced by the Priority Enforcement Program)", "S146;S161", "primary", "high", "", "", "The Kelly memo (S146) names the rescinded November 20, 2014 memoranda.")
tl("pep-starts", "2015-07", "month", "agency", "Priority Enforcement Program (PEP) replaces Secure Communities", "S161", "secondary", "low", "", "TERTIARY SOURCE", "Encyclopedia mirror only; month only. Excluded by default until confirmed.")
tl("gambia-243d", "2016-10-01", "day", "agency", "INA 243(d) visa sanctions on The Gambia (the first in 15 years)", "S83", "primary", "high", "true", "CONFLICT: the U.S. Embassy in Banjul (S84) says October 3", "")
tl("gambia-243d", "2016-10-03", "day", "agency", "U.S. Embassy Banjul stops issuing visas to Gambian government officials", "S84", "secondary", "medium", "", "CONFLICT: CRS (S83) says October 1", "")
tl("eo13768-signed", "2017-01-25", "day", "executive", "President Trump signs EO 13768, 'Enhancing Public Safety in the Interior of the United States' (82 FR 8799)", "S165;S163", "primary", "high", "", "", "The same day he signs EO 13767 on border security (82 FR 8793) (S164).")
tl("sf-sues", "2017-01-31", "day", "judicial", "The City and County of San Francisco sues over Section 9 of EO 13768", "S151", "secondary", "medium")
tl("santa-clara-sues", "2017-02-03", "day", "judicial", "The County of Santa Clara sues over EO 13768", "S151;S152", "primary", "high")
tl("kelly-memo", "2017-02-20", "day", "agency", "DHS Secretary Kelly's memo 'Enforcement of the Immigration Laws to Serve the National Interest' implements EO 13768, rescinds PEP and restores Secure Communities", "S146", "primary", "high", "true", "CONFLICT: an AILA summary (S147) dates it February 17", "The memo itself is dated February 20, 2017.")
tl("kelly-memo", "2017-02-17", "day", "agency", "DHS Secretary Kelly's interior enforcement memo (date as given in an AILA summary)", "S147", "secondary", "medium", "", "CONFLICT: the memo itself (S146) is dated February 20", "")
tl("ddor-first", "2017-03-20", "day", "agency", "ICE publishes the first weekly Declined Detainer Outcome Report (January 28 to February 3: 206 declined)", "S61;S60", "secondary", "medium")
tl("ddor-suspended", "2017-04-13", "day", "agency", "ICE temporarily suspends the Declined Detainer Outcome Report", "S60", "secondary", "medium", "", "", "ICE said it 'continues to analyze and refine its reporting methodologies' (S60).")
tl("sf-preliminary-injunction", "2017-04-25", "day", "judicial", "Judge Orrick (N.D. Cal.) preliminarily enjoins the funding provision of EO 13768, Section 9(a), nationwide", "S150;S140", "primary", "high")
tl("air-first-report", "2017-05-02", "day", "agency", "DOJ releases the first quarterly data on incarcerated aliens under EO 13768, Section 16 (45,493 foreign-born BOP inmates)", "S130", "primary", "high")
tl("oig-hiring-report", "2017-07-27", "day", "agency", "DHS OIG special report on the challenges of hiring 15,000 agents and officers (OIG-17-98-SR)", "S112", "primary", "high", "", "", "An oversight report.")
tl("243d-four-countries", "2017-09-13", "day", "agency", "INA 243(d) visa sanctions take effect on Cambodia, Eritrea, Guinea and Sierra Leone", "S86", "secondary", "medium")
tl("sf-permanent-injunction", "2017-11-20", "day", "judicial", "Judge Orrick permanently enjoins EO 13768, Section 9(a), declaring it unconstitutional", "S151;S152", "primary", "high")
tl("gambia-lifted", "2017-12-12", "day", "agency", "Visa restrictions on The Gambia lifted", "S85", "secondary", "medium")
tl("air-fy2017-q4", "2017-12-18", "day", "agency", "DHS and DOJ release the FY2017 Q4 Alien Incarceration Report (58,766 known or suspected aliens in DOJ custody)", "S134", "primary", "high", "", "", "DOJ press release dated December 21, 2017.")
tl("fy2018-omnibus", "2018-03", "month", "legislative", "The FY2018 omnibus funds only 65 additional ICE criminal investigators against 1,000 requested", "S111", "secondary", "medium")
tl("burma-laos-243d", "2018-07-10", "day", "agency", "DHS announces INA 243(d) visa sanctions on Burma and Laos (effective July 9)", "S90;S91", "secondary", "medium")
tl("ninth-circuit", "2018-08-01", "day", "judicial", "The Ninth Circuit affirms that EO 13768, Section 9(a) is unconstitutional but limits the injunction to California", "S153;S152", "primary", "high")
tl("oig-training-report", "2018-11-26", "day", "agency", "DHS OIG reports on training needs for the 15,000-officer hiring surge (OIG-19-07)", "S114", "primary", "high")
tl("ghana-243d", "2019-02-04", "day", "agency", "INA 243(d) visa restrictions on Ghana take effect (announced January 31)", "S93", "secondary", "medium")
tl("state-243d-rule", "2019-04-22", "day", "agency", "State Department final rule on discontinuing visas under INA 243(d); Pakistan named in the Federal Register", "S98;S95", "secondary", "medium")
tl("wso-launched", "2019-05-06", "day", "agency", "ICE launches the 287(g) Warrant Service Officer model in Pinellas County, FL", "S154", "primary", "high")
tl("ghana-lifted", "2020-01-17", "day", "agency", "INA 243(d) restrictions on Ghana lifted", "S94", "secondary", "medium")
tl("laos-expanded", "2020-06-05", "day", "agency", "Visa sanctions on Laos expanded to all immigrant and nonimmigrant visas", "S92", "secondary", "medium")
tl("burundi-243d", "2020-06-19", "day", "agency", "INA 243(d) visa sanctions imposed on Burundi", "S96", "secondary", "medium")
tl("air-fy2019", "2020-10-16", "day", "agency", "DOJ and DHS release the FY2019 Alien Incarceration Report", "S137", "secondary", "medium")
tl("eo13993-signed", "2021-01-20", "day", "executive", "President Biden signs EO 13993, revoking EO 13768 (86 FR 7051, published January 25)", "S141", "primary", "high")
tl("pekoske-memo", "2021-01-20", "day", "agency", "Acting DHS Secretary Pekoske's memo sets interim priorities and a 100-day pause on removals", "S158", "secondary", "medium")
tl("sierra-leone-reduced", "2021-03-31", "day", "agency", "INA 243(d) sanctions on Sierra Leone reduced", "S89", "secondary", "medium")
tl("mayorkas-guidelines", "2021-09-30", "day", "agency", "DHS Secretary Mayorkas issues 'Guidelines for the Enforcement of Civil Immigration Law'", "S155", "secondary", "medium")
tl("laos-lifted", "2022-02-07", "day", "agency", "Most INA 243(d) visa sanctions on Laos lifted", "S92", "secondary", "medium")
tl("tipton-vacatur", "2022-06", "month", "judicial", "Judge Tipton (S.D. Tex.) vacates the Mayorkas guidelines in Texas v. United States", "S156", "secondary", "medium", "", "", "The day is not given in the retrieved text.")
tl("scotus-stay-denied", "2022-07-21", "day", "judicial", "The Supreme Court (5-4) declines to stay the vacatur but agrees to hear the case", "S156", "secondary", "medium")
tl("us-v-texas", "2023-06-23", "day", "judicial", "The Supreme Court rules 8-1 in United States v. Texas that the states lacked standing", "S157", "secondary", "medium")
tl("eo14159-signed", "2025-01-20", "day", "executive", "President Trump signs EO 14159, 'Protecting the American People Against Invasion' (90 FR 8443, published January 29), expanding 287(g) and sanctuary-funding measures", "S142;S144", "primary", "high")
tl("eo13993-revoked", "2025-01-20", "day", "executive", "The 'Initial Rescissions of Harmful Executive Orders and Actions' order rescinds EO 13993", "S143", "secondary", "medium", "true", "CONFLICT: ILRC (S144) attributes the revocation of the 2021 immigration orders to EO 14159", "Sources differ on which January 20, 2025 order revoked EO 13993.")
tl("eo13993-revoked", "2025-01-20", "day", "executive", "EO 14159 revokes the 2021 immigration enforcement orders (as ILRC describes it)", "S144", "secondary", "medium", "", "CONFLICT: EPI (S143) attributes it to the 'Initial Rescissions' order", "")
tl("sf-sues-2025", "2025-02-07", "day", "judicial", "San Francisco and 16 other jurisdictions sue over the sanctuary-funding provisions of EO 14159 and EO 14218", "S159", "secondary", "low", "", "TERTIARY SOURCE", "Encyclopedia mirror only; verify against the N.D. Cal. docket. Excluded by default.")
tl("south-sudan-visas", "2025-04-05", "day", "agency", "Secretary of State Rubio revokes all visas held by South Sudanese passport holders over repatriation refusals", "S97", "secondary", "medium", "", "", "The retrieved text does not name INA 243(d).")
tl("orrick-2025-injunction", "2025-04-24", "day", "judicial", "Judge Orrick enjoins the withholding of funds from sanctuary jurisdictions under EO 14159 and EO 14218", "S159", "secondary", "low", "", "TERTIARY SOURCE", "Encyclopedia mirror only; verify against the N.D. Cal. docket. Excluded by default.")
tl("eo14287-signed", "2025-04-28", "day", "executive", "EO 14287, 'Protecting American Communities From Criminal Aliens' (90 FR 18761)", "S145", "primary", "high")
tl("obbba-signed", "2025-07-04", "day", "legislative", "The One Big Beautiful Bill Act (H.R. 1) is signed; it provides $8 billion for ICE hiring", "S160;S118", "secondary", "medium", "", "", "The signing date comes from S160; the $8 billion from S118.")
tl("ice-hiring-announced", "2026-01", "month", "agency", "DHS announces ICE hired more than 12,000 officers and agents (from 10,000 to 22,000)", "S117;S118", "primary", "high", "", "", "Included for the staffing comparison.")
write("timeline", ["event_id", "date", "date_precision", "kind", "event"] + TAIL, L)
