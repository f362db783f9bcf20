"""Lesson 06 checks: Sec. 7 (10,000 officers), the power of the purse, request vs. appropriation.

Registry ids: S136 the order's official text; S295 the Appropriations Clause; S111
Government Executive (March 2018) on the FY2018 omnibus; S117 the ICE/DHS release
(January 2026); S116 National Immigration Forum (2025).
"""

from __future__ import annotations

from course.checks import Clause, MultipleChoice, Numeric

QUESTIONS = [
    Clause(
        id="l06-1",
        prompt=("Quote the words of Sec. 7 that make the hiring depend on money Congress "
                "provides."),
        section=7,
        must_include=("availability of appropriations",),
        min_words=3,
        hints=("Look between the commas after \"shall,\" in Sec. 7.",
               "The phrase begins \"subject to the ...\"."),
        solution=("\"subject to the availability of appropriations\": ICE may hire only as far as "
                  "Congress has appropriated money for it."),
        explanation=("Right. Under the Appropriations Clause, money is spent only \"in Consequence of "
                     "Appropriations made by Law\", and Sec. 7 says so in its own words."),
        sources=("S136", "S295"),
    ),
    MultipleChoice(
        id="l06-2",
        prompt="Which of these lets ICE actually spend money on new positions?",
        options=("The executive order",
                 "The President's budget request",
                 "An appropriation enacted by Congress",
                 "A press release announcing the hiring goal"),
        answer="c",
        feedback={
            "a": "Sec. 7 itself says the hiring is \"subject to the availability of appropriations\".",
            "b": "A request is a proposal. Who has to act before the money can be drawn?",
            "d": "An announcement is not a law. Reread the Appropriations Clause.",
        },
        hints=("Reread the Appropriations Clause: money is drawn only \"in Consequence of ...\".",),
        solution=("(c). \"No Money shall be drawn from the Treasury, but in Consequence of "
                  "Appropriations made by Law\": only an enacted appropriation does it."),
        explanation="Right: only an appropriation made by law lets the money be spent.",
        sources=("S295",),
    ),
    Numeric(
        id="l06-3",
        prompt=("The FY2018 budget request asked for 1,000 new agents; the FY2018 omnibus funded "
                "65. What percent of the requested positions did Congress fund? Answer in percent "
                "(for example 12.5)."),
        value=6.5,
        tolerance=0.05,
        unit="percent",
        hints=("Divide the funded number by the requested number.",
               "65 / 1,000 = 0.065. Now turn it into a percent."),
        solution="65 / 1,000 = 0.065 = 6.5% of the request.",
        explanation="Right: 6.5% of what was requested.",
        sources=("S111",),
    ),
    Numeric(
        id="l06-4",
        prompt=("Now compare the same 65 positions with the order's goal of 10,000 additional "
                "officers. What percent of the goal is that? Answer in percent."),
        value=0.65,
        tolerance=0.005,
        unit="percent",
        hints=("Same method, new denominator: 65 / 10,000.",
               "65 / 10,000 = 0.0065. Multiply by 100."),
        solution=("65 / 10,000 = 0.0065 = 0.65% of the goal. The same number looks very different "
                  "against the request (6.5%) and against the goal (0.65%): always ask \"a share "
                  "of what?\""),
        explanation="Right: 0.65%. The denominator changes the story, so always name it.",
        sources=("S111", "S136"),
    ),
    MultipleChoice(
        id="l06-5",
        prompt="What does the walk-through show for the House bill's number of positions, and why?",
        options=("1,000, because the House copies the President's request",
                 "65, because the House and the Senate always agree",
                 "No number: our sources do not give one, so the course does not invent one",
                 "0, because the House voted against the positions"),
        answer="c",
        feedback={
            "a": "Nothing in our sources says that. Move the slider to stage 2 and read it.",
            "b": "Nothing in our sources says that either. What does stage 2 actually show?",
            "d": "Zero would be a claim about a vote. Do our sources report one?",
        },
        hints=("Move the slider to stage 2 and read the card.",),
        solution=("(c). Stage 2 says \"not in our sources\". Filling a gap with a guess would be "
                  "inventing a fact; a careful reader says what is missing."),
        explanation="Right: saying what the sources do not show is part of reading a budget honestly.",
        sources=("S111",),
    ),
    MultipleChoice(
        id="l06-6",
        prompt=("In January 2026 ICE said it had grown \"from 10,000 to 22,000\" officers and agents. "
                "A 2025 estimate put deportation officers at about 6,000. How can both figures be "
                "reported for 2025?"),
        options=("One of them must be a typing error",
                 "They count different things: all ICE officers and agents versus deportation "
                 "officers only",
                 "The 6,000 figure is from a different country",
                 "ICE fired 4,000 officers between January and March 2025"),
        answer="b",
        feedback={
            "a": "Before calling a number an error, check what each one counts. Read the table's "
                 "\"what is counted\" column.",
            "c": "Both figures are about ICE. Compare what each one counts.",
            "d": "Nothing in our sources reports that. Compare the definitions instead.",
        },
        hints=("Look at the \"what is counted\" column of the staffing table.",),
        solution=("(b). The 10,000 baseline counts all ICE law enforcement (ERO officers and HSI "
                  "agents); the 6,000 counts ERO deportation officers only."),
        explanation="Right: same agency, different definitions. Always check what a number counts.",
        sources=("S117", "S116"),
    ),
]
