"""Problem set 06: 10,000 new officers and the power of the purse (Sec. 7).

Registry ids: S136 EO 13768 official text; S295 U.S. Const. art. I, sec. 9, cl. 7
(Appropriations Clause). The ``ice_staffing`` dataset's FY2018 rows cite S111 and S120
(positions requested) and S111 (positions funded).
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice, Numeric
from course.questions._ex_helpers import number_check, preferred

ORDER, APPROPRIATIONS = "S136", "S295"
STAFFING = ("S111", "S120")


def _funded_share() -> float:
    requested = preferred("ice_staffing", measure="new_positions_requested")["count"].iloc[0]
    funded = preferred("ice_staffing", measure="new_positions_funded")["count"].iloc[0]
    return 100 * float(funded) / float(requested)


QUESTIONS = [
    Numeric(
        id="ex-06-1",
        prompt="How many additional immigration officers does Sec. 7 direct ICE to hire [S136]?",
        value=10_000,
        wrong="Reread the number of officers in Sec. 7.",
        hints=("Run `course.order.show(7)`.",),
        solution="10,000 additional immigration officers (Sec. 7).",
        explanation="Right: 10,000 additional officers.",
        sources=(ORDER,),
    ),
    Clause(
        id="ex-06-2",
        prompt=("Quote the words of Sec. 7 that make the hiring depend on what Congress funds "
                "(at least 5, copied from the official text) [S136]."),
        section=7,
        must_include=("appropriations",),
        min_words=5,
        hints=("Money that Congress provides is called 'appropriations'.",),
        solution="\"subject to the availability of appropriations\" (Sec. 7).",
        explanation="Right: the hiring is subject to the availability of appropriations.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-06-3",
        prompt=("Which part of the Constitution gives Congress the power that Sec. 7's condition "
                "refers to: \"No Money shall be drawn from the Treasury, but in Consequence of "
                "Appropriations made by Law\" [S295]?"),
        options=("Article I, the Appropriations Clause", "Article II, the Take Care Clause",
                 "Article III, the judicial power", "The Tenth Amendment"),
        answer="a",
        feedback={"b": "The Take Care Clause is about the President's duty to execute the laws.",
                  "c": "Article III is about the courts.",
                  "d": "The Tenth Amendment reserves powers to the states and the people."},
        hints=("Which branch makes appropriations 'by Law'?",),
        solution="(a). Article I, Section 9, Clause 7: the Appropriations Clause.",
        explanation="Right: the Appropriations Clause, in Article I.",
        sources=(APPROPRIATIONS,),
    ),
    Custom(
        id="ex-06-4",
        prompt=("Load `course.data.load(\"ice_staffing\")`. For FY2018, what percentage of the new "
                "ICE law-enforcement positions requested in the budget (measure "
                "\"new_positions_requested\") did Congress fund (measure \"new_positions_funded\") "
                "[S111; S120]? Answer in percent, to one decimal place."),
        func=number_check(_funded_share, tolerance=0.05,
                          wrong="Not yet. Divide funded by requested, then multiply by 100.",
                          right="Right: a small share of the requested positions was funded."),
        hints=("Select each row with `df[df.measure == \"...\"]` and take its `count`.",
               "Percentage = 100 * funded / requested."),
        solution="100 * 65 / 1000 = 6.5 percent.",
        sources=STAFFING,
    ),
    FreeResponse(
        id="ex-06-5",
        prompt=("Concept application. A member of the House Appropriations Committee is asked why "
                "ICE did not hire 10,000 additional officers soon after the order, although Sec. 7 "
                "directed it [S136]. For FY2018, the budget requested 1,000 new ICE "
                "law-enforcement positions and Congress funded 65 [S111; S120]. "
                "(A) Describe the power Congress used, naming its source in the Constitution "
                "[S295]. (B) Explain how the words \"subject to the availability of "
                "appropriations\" in Sec. 7 anticipate that power. (C) Explain one reason a "
                "member of Congress might vote to fund the hiring and one reason a member might "
                "vote against it, attributing each to the side that makes it."),
        kind="concept application",
        min_words=80,
        points=3,
        checklist=("answers (A), (B) and (C) in order",
                   "uses the FY2018 numbers accurately",
                   "gives a reason on each side in (C) and says who makes it"),
        sources=(ORDER, APPROPRIATIONS, *STAFFING),
    ),
]
