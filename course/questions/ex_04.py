"""Problem set 04: enforcement priorities (Secs. 4-5) and removals by fiscal year.

Registry ids: S136 EO 13768 official text; S184 DHS release on the 2021 (Mayorkas)
priorities; S178 the 2014 (Johnson) memo. Removals by fiscal year come from the
``enforcement_by_fy`` dataset; each row names its own sources (FY2016 S36;S33, FY2017 S02,
FY2018 S31, FY2019 S17, FY2020 S09).
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice
from course.questions._ex_helpers import number_check, preferred

ORDER, JOHNSON_2014, MAYORKAS_2021 = "S136", "S178", "S184"
REMOVALS = ("S36", "S33", "S02", "S31", "S17", "S09")
YEARS = range(2016, 2021)


def _categories() -> int:
    from course import order

    return sum(1 for p in order.section(5).paragraphs if p.label)


def _removals(year: int) -> int:
    rows = preferred("enforcement_by_fy", metric="removals_total", fiscal_year=year)
    return int(rows["count"].iloc[0])


def _check_series(answer: object) -> tuple[bool, str]:
    import pandas as pd

    if isinstance(answer, pd.DataFrame) or not isinstance(answer, (pd.Series, dict)):
        return False, "Answer with a pandas Series indexed by fiscal year (or a dict year -> count)."
    series = pd.Series(answer)
    try:
        given = {int(k): int(v) for k, v in series.items()}
    except (TypeError, ValueError):
        return False, "Use whole-number fiscal years as the index and counts as the values."
    expected = {year: _removals(year) for year in YEARS}
    if set(given) != set(expected):
        return False, "Keep exactly the fiscal years 2016 to 2020, one entry each."
    if given != expected:
        return False, "The years are right; at least one count is not. Filter on metric == 'removals_total'."
    return True, "Right: total removals for FY2016 to FY2020, indexed by fiscal year."


QUESTIONS = [
    Custom(
        id="ex-04-1",
        prompt=("Besides the groups Congress described in the INA, Sec. 5 lists lettered "
                "categories of removable people to prioritize. How many lettered categories are "
                "there [S136]? Use `course.order.section(5).paragraphs`."),
        func=number_check(_categories, wrong="Not yet. Count the paragraphs whose label is a letter.",
                          right="Right: seven lettered categories, (a) to (g)."),
        hints=("Each paragraph has a `.label`; the opening sentence has the label \"\".",
               "`sum(1 for p in course.order.section(5).paragraphs if p.label)`"),
        solution="`sum(1 for p in course.order.section(5).paragraphs if p.label)` gives 7: (a) to (g).",
        sources=(ORDER,),
    ),
    Clause(
        id="ex-04-2",
        prompt=("One category of Sec. 5 rests on an individual officer's judgment rather than on a "
                "conviction, a charge or an order. Quote it (at least 6 words, copied from the "
                "official text) [S136]."),
        section=5,
        must_include=("judgment of an immigration officer",),
        min_words=6,
        hints=("Read the last lettered paragraph of Sec. 5.",),
        solution="Sec. 5(g): \"In the judgment of an immigration officer, otherwise pose a risk to public safety or national security.\"",
        explanation="Right: Sec. 5(g) leaves the judgment to an immigration officer.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-04-3",
        prompt=("Sec. 5(a) covers people who \"have been convicted of any criminal offense\"; "
                "Sec. 5(b), people who \"have been charged with any criminal offense, where such "
                "charge has not been resolved\" [S136]. Who is covered by (b) but not by (a)?"),
        options=("A person convicted of a crime",
                 "A person charged with a crime whose case has not ended",
                 "A person who was charged and then acquitted",
                 "Nobody: (a) and (b) cover the same people"),
        answer="b",
        feedback={"a": "A conviction is what (a) covers.",
                  "c": "An acquittal resolves the charge, so (b)'s condition is no longer met.",
                  "d": "Compare 'convicted' with 'charged ... not been resolved'."},
        hints=("What is the difference between being charged and being convicted?",),
        solution="(b). A pending charge is not a conviction, so (b) reaches people (a) does not.",
        explanation="Right: (b) reaches pending charges, which (a) does not.",
        sources=(ORDER,),
    ),
    Custom(
        id="ex-04-4",
        prompt=("Load `course.data.load(\"enforcement_by_fy\")`. How many removals in total "
                "(metric \"removals_total\") did ICE report for fiscal year 2018 [S31]?"),
        func=number_check(lambda: _removals(2018),
                          wrong="Not yet. Filter on both the metric and the fiscal year.",
                          right="Right: FY2018 total removals, from the preferred row."),
        hints=("Filter the rows: `df[(df.metric == \"removals_total\") & (df.fiscal_year == 2018)]`.",
               "Then take the `count` column's only value: `.iloc[0]`."),
        solution=("`df[(df.metric == \"removals_total\") & (df.fiscal_year == 2018)][\"count\"].iloc[0]` "
                  "gives 256,085."),
        sources=("S31",),
    ),
    Custom(
        id="ex-04-5",
        prompt=("Make a pandas Series of total removals (metric \"removals_total\") indexed by "
                "fiscal year, for FY2016 to FY2020 [S36; S33; S02; S31; S17; S09]."),
        func=_check_series,
        hints=("Filter on the metric and on `fiscal_year.between(2016, 2020)`.",
               "`.set_index(\"fiscal_year\")[\"count\"]` turns the rows into a Series."),
        solution=("`df[(df.metric == \"removals_total\") & df.fiscal_year.between(2016, 2020)]"
                  ".set_index(\"fiscal_year\")[\"count\"]`"),
        sources=REMOVALS,
    ),
    FreeResponse(
        id="ex-04-6",
        prompt=("Quantitative analysis. Use your Series from ex-04-5 (ICE's total removals, FY2016 "
                "to FY2020) [S36; S33; S02; S31; S17; S09]. "
                "(A) Identify the fiscal year with the most removals in this period. "
                "(B) Describe the pattern from FY2017 to FY2020. "
                "(C) Draw a conclusion about what the data can and cannot show about the effect of "
                "the order's Sec. 5 priorities [S136]. "
                "(D) Explain how a change in enforcement priorities by a new administration, such "
                "as the 2021 DHS guidelines [S184], shows the discretion the executive branch has "
                "in enforcing the law."),
        kind="quantitative analysis",
        min_words=80,
        points=4,
        checklist=("uses numbers from the data in (A) and (B)",
                   "separates what the data show from what caused them in (C)",
                   "connects (D) to the executive branch's discretion"),
        sources=(*REMOVALS, ORDER, MAYORKAS_2021),
    ),
]
