"""Write data/NAME.md cards: hand-written text plus a Sources section from the registry."""
import csv, re
from pathlib import Path
D = Path(__file__).resolve().parents[2] / "data"
reg = {r["id"]: r for r in csv.DictReader(open(D / "sources.csv", encoding="utf-8"))}

LICENCE = """## Licence

The numbers are facts reported by U.S. government agencies and by the publications listed
above; U.S. government works are in the public domain in the United States. This compilation
(the selection, the arrangement, the flags and notes) and this card are licensed under
CC BY 4.0 (see `LICENSE-CONTENT.md`): credit "EO 13768 civics course authors". Quotations
in the `value_as_reported` or `note` columns are short excerpts used for verification.
"""

COMMON_COLS = """| `source_id` | text | Registry id(s) in `data/sources.csv`, several separated by `;`. Part of the key. |
| `source_type` | text | `primary` (the agency, court or official document, even via a copy), `secondary` (news, think tanks, advocacy groups, trackers), `derived` (computed by the research team from a source). |
| `confidence` | text | `high`, `medium` or `low`. `low` rows (an unconfirmed or low-authority source) are left out unless `load(..., include_low_confidence=True)`. |
| `preferred` | boolean | `true` marks the value the course uses when sources disagree. |
| `flag` | text | Why a row needs care: `CONFLICT`, `DERIVED`, `COMPUTED`, `ROUNDED`, `LOWER BOUND`, `MISSING`, `DEFINITION`, ... |
| `note` | text | Where the number comes from, in the source's words where possible. |"""

RULE = """The loader returns one row per observation by default: a row marked `preferred` wins;
otherwise a primary source beats a secondary one, which beats a derived value; otherwise the
row that comes first in the file. `course.data.load(NAME, all_values=True)` returns every
source's value and `course.data.conflicts(NAME)` only the disputed observations."""


def sources_section(name, extra=""):
    ids = set(re.findall(r"\bS\d{2,3}\b", extra))
    for row in csv.DictReader(open(D / f"{name}.csv", encoding="utf-8")):
        ids.update(s.strip() for s in row["source_id"].split(";") if s.strip())
    lines = ["## Sources", "", "Every row names its sources by registry id (`data/sources.csv`); this list also", "includes the sources this card cites.", "",
             "| id | title | publisher | kind | URL |", "|---|---|---|---|---|"]
    for sid in sorted(ids, key=lambda s: int(s[1:])):
        r = reg[sid]
        t = r["title"].replace("|", "/")
        lines.append(f"| {sid} | {t} | {r['publisher'].replace('|', '/')} | {r['kind']} | {r['url']} |")
    return "\n".join(lines) + "\n"


def write(name, title, what, coverage, columns, measures, conflicts):
    text = f"""# Data card: {name}

**{title}.** File: `data/{name}.csv`. Load it with `course.data.load("{name}")`.

## What it is

{what.strip()}

{sources_section(name, what + coverage + measures + conflicts)}
## Coverage and gaps

{coverage.strip()}

## Columns

| column | type | meaning and unit |
|---|---|---|
{columns.strip()}
{COMMON_COLS}

## What the numbers measure (and what they do not)

{measures.strip()}

## Known conflicts

{conflicts.strip()}

{RULE.replace("NAME", f'"{name}"')}

{LICENCE}"""
    (D / f"{name}.md").write_text(text, encoding="utf-8")
    print(name)

write("enforcement_by_fy", "ICE enforcement by federal fiscal year, FY2012 to FY2024",
"""
Yearly counts and shares from U.S. Immigration and Customs Enforcement (ICE): administrative
arrests, removals (all, interior and border), detainers, and the share of arrests or removals
with a criminal record. One row is one number for one fiscal year from one source (long,
"tidy" format): `fiscal_year` + `metric` is the observation, and the source is part of the key.
Built from the research team's `ice_enforcement_by_fy.csv`. The body tables of ICE's annual
reports for FY2016 to FY2020 could not be read, so many numbers come from ICE press releases
and web pages (primary) or from news and think-tank summaries of the reports (secondary); the
`source_type` column says which.
""",
"""
- Years: FY2012 to FY2024. A federal fiscal year runs from October 1 to September 30
  (`course.data.fiscal_year_span(2018)` gives "October 1, 2017 to September 30, 2018").
- **Interior removals:** none for FY2012 or FY2015. FY2019 (85,958), FY2023 (44,255) and FY2024
  ("47,000", rounded) come only from a low-authority aggregator (S28): they are `low` confidence
  and left out by default.
- **Administrative arrests:** none for FY2012 to FY2015. FY2016 is *derived* (the FY2017 total
  minus the stated increase), not printed in any source read.
- **Detainers:** FY2012 to FY2017 are TRAC's counts of detainers prepared, from ICE case records
  obtained under FOIA, not the figures in ICE's reports. The FY2021 annual report dropped
  detainers (S21); later years were not found.
- **Total removals:** FY2016 only as "more than 240,000" (`qualifier` = `more than`).
- Rounded or lower-bound values keep the stated number with a `qualifier`; a value that was not
  found is an empty cell with a `MISSING` flag, never an estimate.
""",
"""| `fiscal_year` | Int64 | Federal fiscal year, e.g. 2018 = FY2018. Part of the key. |
| `metric` | text | What is counted (see below). Part of the key. |
| `count` | Int64 | Number of people (arrests, removals) or detainers. Empty for shares. |
| `percent` | Float64 | A share in percent (0 to 100), for the `pct_*` metrics. |
| `qualifier` | text | Empty for an exact figure; `about`, `nearly` or `more than` when the source rounds. |
| `value_as_reported` | text | The number as the source wrote it. |""",
"""
- `removals_total`: every removal ICE carried out, **including people arrested at or near the
  border by Customs and Border Protection (CBP)** and handed to ICE for removal. From FY2019
  most ICE removals were of people arrested by CBP, so this total rises and falls with border
  crossings, not only with interior enforcement.
- `interior_removals`: removals of people ICE itself arrested in the interior ("removals where
  ICE was the arresting agency"). **This is the measure that speaks to EO 13768**, an order about
  interior enforcement. `border_removals` are the rest.
- `admin_arrests`: ICE Enforcement and Removal Operations' civil immigration arrests, not
  criminal arrests. `at_large_arrests` are arrests in the community rather than at a jail.
- `detainers_issued`: requests to a jail to hold a person for ICE; a request, not an arrest.
- FY2015's removal total is worded "removed or returned", a slightly wider count.
- The criminal-record shares change definition between years: FY2013 to FY2015 use "interior
  removals previously convicted"; FY2017 (92%) counts convictions, pending charges, fugitives and
  reinstated orders together (broader); from FY2018 convictions and pending charges are given
  separately or combined. Do not compare these shares across definitions.
- `title42_*` rows (FY2020, FY2023) are Title 42 expulsions, which are **not removals**.
- `avg_daily_detained_population` (FY2017) and `initial_book_ins` (FY2018) measure detention,
  two different things: how many people are held on an average day vs. how many were booked in.
- None of these numbers measures the number of people living in the United States without
  status, or crime rates.
""",
"""
- **FY2018 total removals:** 256,085 (S31; it equals 95,360 interior + 160,725 border removals),
  256,086 (S33; S34), 256,058 (S35, probably a transposition) and "more than 256,000" (S08).
  Preferred: 256,085.
- **FY2012 detainers:** 276,181 (TRAC report 511, S04) vs 273,982 (TRAC report 325, S05), from
  different FOIA data releases. Preferred: the later release (S04).
- **FY2013 share of interior removals previously convicted:** 82% (ICE, S24) vs 80% (a law
  firm's summary, S29). The rule picks the primary source.
- **FY2016 interior removals:** 65,332 (S02, a summary of the FY2017 ICE report) vs 65,322 (S22,
  American Immigration Council); probably a transcription error in one of them. Preferred: S02.
""")

write("agreements_287g", "287(g) agreements over time, 2009 to 2026",
"""
Counts of agreements under INA 287(g), 8 U.S.C. 1357(g), which let state and local law
enforcement agencies perform some immigration-officer functions under ICE supervision. One row
is one count (`measure`) at one date from one source. Built from the research team's
`agreements_287g.csv`, reshaped to long format so that each model's count is its own row.
""",
"""
- Dated points from June 2009 to June 2026, unevenly spaced. **No counts were found between
  August 2017 and June 2020, or between June 2021 and January 2025**; a chart must leave those
  stretches empty (`course.plots.step_chart` does).
- Counts by model (jail enforcement, task force, warrant service officer) exist only for
  2010 to 2012 and from May 2025; none for 2017 to 2024.
- Rows from May 16 to July 18, 2025 (`COMPUTED`) were counted by the research team from ICE's
  own `participatingAgencies*.xlsx` spreadsheets as archived on GitHub (S51); the June 9, 2026
  totals were computed by that repository's author (S52). Agency names were not de-duplicated,
  so the `agencies` counts from the spreadsheets are approximate (`qualifier` = `about`).
- "January 2017" gathers three reports: the GAO/CRS count for January 2017, a newspaper's count
  "on Inauguration Day" (January 20, 2017) and a tracker's count "by 2017".
  `date_as_reported` keeps what each source said.
""",
"""| `date` | text (date) | When the count applies: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the source. Part of the key. |
| `date_precision` | text | `day`, `month` or `year`. |
| `date_as_reported` | text | The date in the source's words. |
| `measure` | text | `agreements`, `agencies`, `states`, `jail_enforcement_model`, `task_force_model`, `warrant_service_officer`, `both_models`. Part of the key. |
| `count` | Int64 | The number (agreements, agencies or states, see `count_unit`). |
| `qualifier` | text | Empty, `about` or `more than`. |
| `count_unit` | text | What the source counted (agreements, MOAs, agencies, rows on ICE's spreadsheet ...). |
| `value_as_reported` | text | The count as the source wrote it. |
| `via` | text | The underlying document when one source reports two versions (ICE's page vs. a mirror) or the spreadsheet counted. Part of the key. |""",
"""
- **Agreements are not agencies.** An agency can hold several agreements (one per model), so
  `agreements` is at least `agencies`. Never plot the two measures as one line.
- **A total mixes models.** The jail enforcement model, the task force model and the warrant
  service officer model (launched in May 2019, S154) are different kinds of agreement, and
  growth in the total can be growth in one model only. Use the model rows where they exist.
- In 2010 to 2012 DHS OIG counted "detention" (jail) agreements and "joint" agencies holding
  both models (`both_models`).
- A count says nothing about how many people were identified, arrested or removed through
  287(g).
""",
"""
- **January 2017 (agencies):** 35 (GAO-21-186 via S47, and CRS S48) vs 36 on Inauguration Day
  (S49) vs 37 "by 2017" (S57). Preferred: 35, where two government reports agree.
- **August 1, 2017 (agencies):** 58 on ICE's page vs 60 on a mirror of the same roster (both as
  summarized in S40). Preferred: ICE's page.
- **January 2025 (agreements):** 135 (S53) vs 134 active agreements (S55). The rule picks the
  first row (135); the difference is within the counting date.
- **Early June 2025:** a news count of 629 agreements (S58, month only) is not directly
  comparable with the 649 rows on ICE's June 6 spreadsheet (S51): the dates and methods differ.
""")

write("detainer_reports", "The 2017 Declined Detainer Outcome Reports",
"""
The weekly Declined Detainer Outcome Reports that ICE published in March and April 2017 and
the quarterly report announced to replace them. Section 9(b) of EO 13768 told the Secretary to
"utilize the Declined Detainer Outcome Report or its equivalent and, on a weekly basis, make
public" a list of jurisdictions that did not honor detainers (S136). One row is one count (`measure`) for one
report from one source.
""",
"""
- Three weekly reports were published. Report 1 (January 28 to February 3, 2017) was published
  March 20, 2017. Report 2's publication date (March 29, 2017) is **inferred** from a news
  report ("Wednesday" after March 27). Report 3 (February 11 to 17) was found, but its number of
  declined detainers and its publication date were not (`MISSING`).
- ICE suspended the reports on April 13, 2017 (see the `timeline` dataset, `ddor-suspended`).
- ICE later announced a quarterly Declined Detainer Report beginning with FY2018 Q2 (January 1
  to March 31, 2018); no counts were found.
""",
"""| `report_id` | text | `weekly-1`, `weekly-2`, `weekly-3`, `quarterly-fy2018-q2`. Part of the key. |
| `report_seq` | Int64 | Number of the weekly report (empty for the quarterly one). |
| `report_title` | text | The report's title. |
| `period_start`, `period_end` | text (date) | The week (or quarter) the report covers, `YYYY-MM-DD`. |
| `publication_date` | text (date) | When it was published, as precise as known (empty if not found). |
| `publication_date_precision` | text | `day` (or empty). |
| `publication_date_basis` | text | How the publication date is known. |
| `measure` | text | `detainers_issued` (nationwide, that week), `declined_detainers_listed`, `declined_travis_county`. Part of the key. |
| `count` | Int64 | Number of detainers (for `declined_travis_county` see Known conflicts). |
| `value_as_reported` | text | As the source wrote it. |""",
"""
- `declined_detainers_listed` is what ICE's report listed as declined detainers recorded in ICE
  systems that week. It is **not** a count of people released, and it depends on ICE's own
  records: ICE posted a correction for several counties (S60); Kern County, CA was listed
  although its sheriff says it uses no detainers (S73); Travis County disputed its
  count (S64). Six state attorneys general called the reports "Inaccurate, Incomplete, and
  Misleading" (S71).
- `detainers_issued` is nationwide for the week, so the declined share of one week can be
  computed (206 of 3,083 in report 1), but not a yearly rate.
""",
"""
- **Report 1, Travis County, TX:** the report listed 142 of the 206 declined detainers for
  Travis County (as reported by KUT and the Austin Chronicle, S62; S63); the Travis County
  Sheriff's Office said the report showed declined detainers on 128 inmates (S64), i.e. people,
  not detainers. Preferred: 142, because the measure is what the report listed.
""")

write("visa_sanctions_243d", "Visa sanctions under INA 243(d), 2001 to 2025",
"""
Each time the United States stopped issuing some visas to a country that would not accept the
return of its nationals, under INA 243(d), 8 U.S.C. 1253(d). Section 12 of EO 13768 directed
the use of this tool (Section 12, S136). One row is one action (`imposed`, `expanded`, `visa revocation`) on one
country from one source; a source that gives only a different date is a row of its own.
""",
"""
- Guyana (2001), The Gambia (2016), Cambodia, Eritrea, Guinea and Sierra Leone (2017), Burma and
  Laos (2018), Ghana and Pakistan (2019), Burundi (2020), and South Sudan (2025).
- **Lift dates were not found** for Cambodia, Eritrea, Guinea, Burma, Pakistan or Burundi.
  Pakistan's scope is unclear.
- South Sudan (April 2025): the retrieved text does not name INA 243(d), so the row is `low`
  confidence and left out by default.
- No other uses from 2021 to 2025 were found.
""",
"""| `country` | text | The country sanctioned. Part of the key. |
| `action` | text | `imposed`, `expanded` or `visa revocation`. Part of the key. |
| `date_announced`, `date_effective`, `date_lifted_or_changed` | text (date) | As precise as the source (`YYYY-MM-DD` or `YYYY-MM`); empty if not found. |
| `date_announced_precision`, `date_effective_precision`, `date_lifted_precision` | text | `day` or `month`. |
| `visas_restricted` | text | Which visa categories stopped. |
| `population_targeted` | text | Who could not get them. |
| `lift_detail` | text | What changed when the sanction was lifted or reduced. |""",
"""
- A row records that a sanction was announced or took effect. It does not measure how many
  visa applicants were affected (the 2019 State Department rule mentions 318 applicants across
  10 countries since 1996, S95) or whether the country then accepted more returns.
- Sanctions differ a lot in scope: from a few senior officials (Burma) to all B visas for all
  applicants (Eritrea). Count them with care.
""",
"""
- **Guyana's start:** October 10, 2001 (State Department cable, S80) vs October 7 (Stabroek
  News, S82). Preferred: the cable.
- **The Gambia's start:** October 1, 2016 (CRS, S83) vs October 3 (the U.S. Embassy in Banjul, as
  reported by The Point, S84). Preferred: October 1.
- **Sierra Leone's start:** September 13, 2017 (DHS, via S86) vs September 11, 2017 (U.S. Embassy
  Freetown, S88). Preferred: September 13.
""")

write("ice_staffing", "ICE staffing against EO 13768's target of 10,000 additional officers",
"""
Point figures on ICE's workforce and hiring from 2016 to January 2026, and the order's
target. Section 7 of EO 13768 directed ICE to "hire 10,000 additional immigration officers"
(S136). One row is one figure (`measure`) at one date from one source.
""",
"""
- There is **no consistent annual series**. The figures are points from budget documents,
  testimony, ICE reports and web pages, oversight reports and news.
- Several figures are approximate ("around 5,800", "about 6,000"); the number is kept with a
  `qualifier`.
- The 2017 OIG figures (1.25 million applicants, 9,600 support staff) cover the combined
  hiring of 15,000 ICE officers and Border Patrol agents under two orders (EO 13768 and EO 13767).
""",
"""| `date` | text (date) | `YYYY-MM-DD`, `YYYY-MM`, `YYYY` (a year) or `YYYY` with precision `fiscal_year`. Part of the key. |
| `date_precision` | text | `day`, `month`, `year` or `fiscal_year`. |
| `date_as_reported` | text | The date or period in the source's words. |
| `measure` | text | What is counted, e.g. `deportation_officers`, `officers_and_agents`, `ice_employees`, `new_positions_funded`, `target_additional_officers`. Part of the key. |
| `count` | Int64 | Number of people or positions (applicants for `applicants_needed`). |
| `qualifier` | text | Empty, `about`, `nearly` or `more than`. |
| `value_as_reported` | text | As the source wrote it. |
| `scope` | text | **Who is counted.** Read it before comparing two rows. |""",
"""
- The scope changes from row to row: ERO deportation officers (about 5,300 to 6,100, 2016 to
  2025); all ICE law enforcement officers and agents, ERO and HSI (10,000, then more than 22,000,
  2025 to 2026); all ICE employees (about 20,000). **Do not plot these on one line.**
- The order's target is 10,000 *additional* officers, so it compares with hiring and funded
  positions (FY2018: 1,000 requested, 65 funded), not with the size of the workforce.
- The 2025 to 2026 growth followed a 2025 law that funded ICE hiring (S118), years after EO 13768
  was revoked; it is not a measure of that order's effect.
""",
"""
- **Deportation officers in 2019:** more than 6,100 (an ICE web page, April 2019) vs about 5,300
  (the FY2019 ERO report, excluding supervisory and headquarters staff), both via PolitiFact
  (S110). The definitions differ, so both are kept as separate observations (different dates).
- **ICE workforce in early 2025:** "10,000 officers and agents" (DHS, S117) vs "about 6,000
  deportation agents" (S116). Different scopes, not a disagreement about one number.
""")

write("incarceration_reports", "The Section 16 incarceration reports (FY2017 to FY2019)",
"""
Counts from the quarterly and annual reports that DOJ and DHS issued under Section 16 of EO
13768 (S136), which directed quarterly reports on the immigration status of aliens held by the
Federal Bureau of Prisons, of federal pretrial detainees held by the U.S. Marshals Service, and
of convicted aliens in state prisons and local detention centers. The reports use the statutory word
"aliens"; the `category` column quotes their categories. One row is one count or share for one
custody group (`BOP`: Bureau of Prisons; `USMS`: U.S. Marshals Service pretrial detainees; `DOJ
total`: both) in one report from one source.
""",
"""
- Reports found: FY2017 Q2, FY2017 Q3, FY2017 Q4, FY2018 Q1 and FY2019 (annual). The FY2018 Q2
  to Q4 and FY2020 reports were not found.
- **No report covers state prisons or local jails**, which hold about 90% of the U.S.
  incarcerated population; DOJ and DHS said no method existed yet. These are federal numbers
  only.
- FY2017 Q2 has BOP figures only (USMS data were still being analyzed).
- The FY2017 Q3 source dates its data "June 31, 2017", a day that does not exist; the month
  (June 2017) is kept.
""",
"""| `report` | text | The report, e.g. `FY2017 Q4`. Part of the key. |
| `as_of_date` | text (date) | The date the counts describe; `as_of_precision` gives day or month. |
| `release_date` | text (date) | When the report or its release came out; `release_precision` gives day, month or year. |
| `custody` | text | `BOP`, `USMS` or `DOJ total (BOP+USMS)`. Part of the key. |
| `category` | text | The report's category (its wording). Part of the key. |
| `count` | Int64 | Number of people. |
| `percent` | Float64 | A share in percent, of the total the report uses (see `note`). |
| `qualifier` | text | `about` where the report says "approximately"; `nearly` for "almost". |""",
"""
- The categories change between reports: FY2017 Q2 splits BOP aliens by case status (final
  order, under investigation, pending, relief); later reports use "known or suspected aliens"
  and "confirmed aliens". "Known or suspected" includes people ICE was still investigating, so
  it is larger than "confirmed".
- A share of federal prisoners says nothing about the share of noncitizens in the population
  or about crime rates: federal custody is a small, particular part of all custody.
- FY2018 Q1's USMS figure (19,688) is derived (57,820 minus 38,132).
""",
"""
- **FY2017 Q2, BOP, final order of removal:** 54.2% (the DOJ text as quoted by S131) vs 54.4%
  (LifeZette, S132) for the same 22,541 people. Preferred: 54.2%.
- **FY2017 Q4, "almost 32%":** the Center for Immigration Studies (S135) divided 58,766 known or
  suspected aliens in BOP *and* USMS custody by the BOP-only total (184,379). The numerator and
  the denominator count different populations. The row is kept as a data-literacy example but is
  `low` confidence and left out by default.
""")

write("timeline", "Timeline of dated events, 2001 to 2026",
"""
Dated executive, judicial, legislative and agency events around EO 13768: its background
(Secure Communities, 287(g) changes, earlier priorities), its signing, implementation and court
challenges, its revocation in 2021 and what followed. One row is one event (`event_id`) as one
source dates it; where sources give different dates, each is a row.
""",
"""
- 46 events by default, from October 2001 (the first use of INA 243(d)) to January 2026 (a
  staffing announcement); most fall between 2008 and 2025.
- Two 2025 court events (February 7 and April 24) and the start of the Priority Enforcement
  Program (July 2015) rest only on an encyclopedia mirror; they are `low` confidence and left
  out by default. Verify them against the court docket or an agency source before teaching them.
- The day is not known for four events (`date_precision` is `month`).
""",
"""| `event_id` | text | A short stable name, e.g. `eo13768-signed`. Part of the key. |
| `date` | text (date) | `YYYY-MM-DD` or `YYYY-MM`, as precise as the source. |
| `date_precision` | text | `day` or `month`. |
| `kind` | text | `executive`, `judicial`, `legislative` or `agency`. |
| `event` | text | What happened, in the course's words. |""",
"""
- A timeline shows when things happened, not why or with what effect; events close in time are
  not necessarily connected.
- Court events are listed when a ruling was issued; later appeals may have changed the outcome
  (see the judicial events that follow).
""",
"""
- **The Kelly memo:** the memo is dated February 20, 2017 (S146); an AILA summary dates it
  February 17 (S147). Preferred: the memo itself.
- **Guyana's sanction:** October 10, 2001 (S80) vs October 7 (S82). **The Gambia's:** October 1,
  2016 (S83) vs October 3 (S84). Preferred: the government sources.
- **What revoked EO 13993 in 2025:** EPI (S143) says the "Initial Rescissions of Harmful Executive
  Orders and Actions" order; ILRC (S144) says EO 14159 revoked the 2021 immigration orders.
  Preferred: S143; both rows are kept.
""")
