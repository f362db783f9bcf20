"""Checks for lesson 03, "Words and definitions" (Sec. 3)."""

from __future__ import annotations

from course.checks import Clause, MultipleChoice

QUESTIONS = [
    MultipleChoice(
        id="l03-1",
        prompt="Where does EO 13768 say its terms get their meaning?",
        options=(
            "From a glossary at the end of the order",
            "From section 1101 of title 8 of the U.S. Code (INA 101)",
            "From a dictionary chosen by the Department of Homeland Security",
            "From ordinary everyday usage",
        ),
        answer="b",
        feedback={
            "a": "The order has no glossary; Sec. 18 is general provisions.",
            "c": "Sec. 3 names a statute, not an agency's dictionary.",
            "d": "Sec. 3 points to a law passed by Congress.",
        },
        hints=("Sec. 3 is one sentence long.", "It names a section of title 8."),
        solution=("(b). \"The terms of this order, where applicable, shall have the meaning "
                  "provided by section 1101 of title 8, United States Code.\" [S136]"),
        explanation=("Right: Sec. 3 borrows the INA's dictionary, 8 U.S.C. 1101 "
                     "[S136; S297]."),
        sources=("S136", "S297"),
    ),
    MultipleChoice(
        id="l03-2",
        prompt=("A fictional person, Dana, entered the United States on a student visa after "
                "inspection by an immigration officer. If the government says Dana is "
                "removable, which list of grounds must it point to?"),
        options=(
            "The inadmissibility grounds (INA 212, 8 U.S.C. 1182)",
            "The deportability grounds (INA 237, 8 U.S.C. 1227)",
            "The list in Sec. 5 of the order",
            "None: a person who was admitted cannot be removed",
        ),
        answer="b",
        feedback={
            "a": "Those grounds apply to a person who was never admitted. Was Dana admitted?",
            "c": "Sec. 5 sets priorities among people who are already removable; it does not "
                 "make anyone removable.",
            "d": "Admitted people can be removed if a deportability ground applies.",
        },
        hints=("First decide: was Dana \"admitted\"? Look up \"admission\" in the glossary.",
               "\"Removable\" means inadmissible if never admitted, deportable if admitted."),
        solution=("(b). Dana was admitted (lawful entry after inspection and authorization), so "
                  "under INA 240(e)(2) Dana is removable only if deportable under INA 237 "
                  "[S297; S301; S300]."),
        explanation=("Right: admitted people are removable only if a deportability ground in "
                     "INA 237 applies [S301; S300]."),
        sources=("S297", "S300", "S301"),
    ),
    Clause(
        id="l03-3",
        prompt=("Sec. 3 points to 8 U.S.C. 1101, but the order also defines one term itself. "
                "Quote the words of Sec. 9(a) that define \"sanctuary jurisdictions\"."),
        section=9,
        must_include=("willfully refuse",),
        min_words=5,
        hints=("Find the words \"sanctuary jurisdictions\" in parentheses in Sec. 9(a).",
               "Quote the words just before the parentheses, starting at \"jurisdictions that\"."),
        solution=("\"jurisdictions that willfully refuse to comply with 8 U.S.C. 1373 (sanctuary "
                  "jurisdictions)\" (Sec. 9(a)) [S136]"),
        explanation=("Right. The order gives the label a narrow, legal meaning: willful refusal "
                     "to comply with one statute [S136; S304]."),
        sources=("S136", "S304"),
    ),
    MultipleChoice(
        id="l03-4",
        prompt="Which word does the statute itself (8 U.S.C. 1101(a)(3)) use?",
        options=("noncitizen", "undocumented immigrant", "alien", "illegal immigrant"),
        answer="c",
        feedback={
            "a": "Some agencies use \"noncitizen\" in their own documents; the statute does not "
                 "in the passage quoted.",
            "b": "A 2014 DHS memo used this phrase in its title; the statute does not.",
            "d": "The statute does not use this phrase in its definition.",
        },
        hints=("Open the glossary at \"alien\", level \"Legal citation\".",),
        solution="(c). \"The term 'alien' means any person not a citizen or national of the "
                 "United States.\" [S297]",
        explanation=("Right: the statute's word is \"alien\". The course quotes it where the law "
                     "uses it and writes \"noncitizen\" in its own prose [S297]."),
        sources=("S297",),
    ),
    MultipleChoice(
        id="l03-5",
        prompt=("Which statement about the contested words is supported by the sources in "
                "this lesson?"),
        options=(
            "Every federal agency has always used \"undocumented\".",
            "A 2014 DHS memo's title used \"Undocumented Immigrants\", while the 2017 order "
            "uses the statute's word, \"alien\".",
            "The AP Stylebook requires \"illegal alien\".",
            "The order uses \"noncitizen\" throughout.",
        ),
        answer="b",
        feedback={
            "a": "The order itself, a federal document, says \"alien\". Check the usage table.",
            "c": "Reports of the 2013 AP change say it limited \"illegal\" to actions, not people.",
            "d": "Search the order: it says \"alien\", not \"noncitizen\".",
        },
        hints=("Read the usage table row by row: who used which word, where?",),
        solution=("(b). The Johnson memo of November 20, 2014 was titled \"Policies for the "
                  "Apprehension, Detention and Removal of Undocumented Immigrants\" [S178]; "
                  "EO 13768 says \"alien\" [S136]."),
        explanation=("Right: word choices differ by speaker and by year, and each is attributed "
                     "to who used it [S178; S136]."),
        sources=("S178", "S136"),
    ),
]
