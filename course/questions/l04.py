"""Checks for lesson 04, "Enforcement priorities: who comes first?" (Secs. 4-5)."""

from __future__ import annotations

from course.checks import Clause, MultipleChoice, Numeric

QUESTIONS = [
    Clause(
        id="l04-1",
        prompt=("Quote the words of Sec. 5 that let one official decide, case by case, that a "
                "removable person is a priority even if no other category fits."),
        section=5,
        must_include=("judgment",),
        min_words=4,
        hints=("Look at the last lettered paragraph of Sec. 5.",
               "It begins with the words \"In the judgment of\"."),
        solution=("\"In the judgment of an immigration officer, otherwise pose a risk to public "
                  "safety or national security\" (Sec. 5(g)) [S136]."),
        explanation=("Right: Sec. 5(g) turns on an immigration officer's judgment, not on a fact "
                     "such as a conviction [S136]."),
        sources=("S136",),
    ),
    MultipleChoice(
        id="l04-2",
        prompt="What did Sec. 5 change?",
        options=(
            "It made people removable who were not removable before.",
            "It set whom the Secretary of Homeland Security should prioritize among people who "
            "are already removable.",
            "It repealed the grounds of removal in INA 212 and 237.",
            "It told immigration judges how to decide removal cases.",
        ),
        answer="b",
        feedback={
            "a": "Sec. 5 speaks of \"removable aliens\": only Congress sets who is removable, "
                 "in the INA.",
            "c": "An executive order cannot repeal a statute; Sec. 5 cites those grounds.",
            "d": "Sec. 5 is addressed to the Secretary of Homeland Security, not to judges.",
        },
        hints=("Read the first sentence of Sec. 5: who \"shall prioritize\"?",
               "Which word describes the people the lettered list applies to?"),
        solution=("(b). Sec. 5 tells the Secretary whom to \"prioritize for removal\" among "
                  "\"removable aliens\"; who is removable is set by Congress in the INA "
                  "[S136; S301]."),
        explanation=("Right: the order changed whom the executive puts first, not who is "
                     "removable [S136; S301]."),
        sources=("S136", "S301"),
    ),
    MultipleChoice(
        id="l04-3",
        prompt=("A removable person received a final order of removal in 2010 and has not "
                "departed. Nothing else is known. Under which policies is that fact alone "
                "enough to make the person a priority?"),
        options=("The 2014 memo only", "EO 13768 (2017) only", "The 2014 memo and EO 13768",
                 "All three policies"),
        answer="b",
        feedback={
            "a": "Check the date line: the 2014 memo counted final orders issued on or after "
                 "January 1, 2014.",
            "c": "The 2014 memo counted only final orders issued on or after January 1, 2014.",
            "d": "The 2021 guidelines say being removable is not alone a basis for enforcement.",
        },
        hints=("Try it in the Priority Sorter: profile F.",
               "Sec. 5(f) has no date in it; the 2014 memo does."),
        solution=("(b). Sec. 5(f) covers any final order without departure [S136]; the 2014 "
                  "memo counted only orders from January 1, 2014 [S183]; the 2021 guidelines "
                  "do not make removability alone a basis [S186]."),
        explanation="Right: only Sec. 5(f) reaches a 2010 order with no other facts.",
        sources=("S136", "S183", "S186"),
    ),
    Numeric(
        id="l04-4",
        prompt=("In the Priority Sorter's starting profiles (before any edits), how many of the "
                "12 do the September 30, 2021 guidelines leave to an official's judgment?"),
        value=5,
        tolerance=0,
        hints=("Read the counts table under the sorter, or the text version under it.",
               "Count the profiles with criminal conduct of any kind and no security concern."),
        solution="5: profiles B, C, D, J and L, each with criminal conduct to be weighed.",
        explanation=("Right: 5. The 2021 guidelines weigh criminal conduct case by case instead "
                     "of using bright lines [S324, medium; S325]."),
        sources=("S324", "S325"),
    ),
    MultipleChoice(
        id="l04-5",
        prompt="Which of these questions is \"Open\" rather than \"Settled\"?",
        options=(
            "What does Sec. 5(b) say about pending criminal charges?",
            "When did EO 13993 revoke EO 13768?",
            "Should enforcement priorities be broad, like Sec. 5, or narrow, like the 2014 and "
            "2021 policies?",
            "What did the Supreme Court hold in United States v. Texas (2023)?",
        ),
        answer="c",
        feedback={
            "a": "What a text says can be checked by reading it: settled.",
            "b": "A date of revocation is a fact in the Federal Register: settled.",
            "d": "What a court held is settled, even if people disagree with it.",
        },
        hints=("Settled questions can be answered by reading a text or a ruling.",
               "Which one asks what policy should be?"),
        solution="(c). It asks what policy should be, which people answer differently.",
        explanation="Right: (c) asks what policy should be; the others ask what a text or court says.",
    ),
    MultipleChoice(
        id="l04-6",
        prompt="What did the Supreme Court hold in United States v. Texas (June 23, 2023)?",
        options=(
            "The 2021 guidelines violate the INA.",
            "Texas and Louisiana lacked Article III standing to challenge the guidelines.",
            "EO 13768 was unconstitutional.",
            "States may set their own enforcement priorities.",
        ),
        answer="b",
        feedback={
            "a": "The Court did not reach the merits; it decided who could bring the suit.",
            "c": "EO 13768 had been revoked in 2021; the case was about the 2021 guidelines.",
            "d": "The case was about whether the two states could sue at all.",
        },
        hints=("The holding is about who may bring a case to federal court.",),
        solution=("(b). \"Held: Texas and Louisiana lack Article III standing to challenge the "
                  "Guidelines.\" [S188]"),
        explanation="Right: the Court held that the states lacked standing [S188; S189].",
        sources=("S188", "S189"),
    ),
]
