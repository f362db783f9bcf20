"""Checks for lesson 02, "Purpose and policy: what the order says it is for" (Secs. 1-2)."""

from __future__ import annotations

from course.checks import Clause, MultipleChoice, Numeric

QUESTIONS = [
    Clause(
        id="l02-1",
        prompt=("Quote the sentence of Sec. 1 that says what the order is for (copy it from the "
                "official text)."),
        section=1,
        must_include=("purpose of this order",),
        min_words=5,
        hints=("Sec. 1 has four paragraphs. The statement of purpose comes last.",
               "Look for a sentence that begins \"The purpose of this order is ...\"."),
        solution=("\"The purpose of this order is to direct executive departments and agencies "
                  "(agencies) to employ all lawful means to enforce the immigration laws of the "
                  "United States.\" (Sec. 1) [S136]"),
        explanation=("Right. Notice who the purpose names: executive departments and agencies, "
                     "not the public [S136]."),
        sources=("S136",),
    ),
    MultipleChoice(
        id="l02-2",
        prompt="Sec. 2(a) says the policy is \"consistent with\" which two sources of authority?",
        options=(
            "The Spending Clause and 8 U.S.C. 1373",
            "Article II, Section 3 of the Constitution and 5 U.S.C. 3331",
            "The Tenth Amendment and INA 287(g)",
            "8 U.S.C. 1101 and the Privacy Act",
        ),
        answer="b",
        feedback={
            "a": "Those come up later (Secs. 2(c) and 9). Reread the end of Sec. 2(a).",
            "c": "Those matter for Sec. 8. Reread the end of Sec. 2(a).",
            "d": "8 U.S.C. 1101 is Sec. 3; the Privacy Act is Sec. 14. Reread the end of Sec. 2(a).",
        },
        hints=("Read Sec. 2(a) to its last words.",
               "One source is in the Constitution; the other is in title 5 of the U.S. Code."),
        solution=("(b). Sec. 2(a) ends: \"consistent with Article II, Section 3 of the United "
                  "States Constitution and section 3331 of title 5, United States Code\" [S136]."),
        explanation=("Right: the Take Care Clause (Art. II, Sec. 3) and the oath statute "
                     "(5 U.S.C. 3331) [S136; S293; S309]."),
        sources=("S136", "S293", "S309"),
    ),
    MultipleChoice(
        id="l02-3",
        prompt="Which statement best describes the Take Care Clause?",
        options=(
            "It lets the President make laws when Congress does not act.",
            "It says the President shall take care that the laws be faithfully executed.",
            "It requires every federal officer except the President to swear an oath.",
            "It gives Congress the power to spend money for the general welfare.",
        ),
        answer="b",
        feedback={
            "a": "Lawmaking belongs to Congress; the clause is about carrying out laws already made.",
            "c": "That is 5 U.S.C. 3331, the oath statute, which Sec. 2(a) also cites.",
            "d": "That is the Spending Clause, Art. I, Sec. 8, cl. 1.",
        },
        hints=("The clause is in Article II, which is about the President.",
               "Its key verb is \"take Care\"; its object is \"the Laws\"."),
        solution=("(b). Art. II, Sec. 3: \"he shall take Care that the Laws be faithfully "
                  "executed\" [S293]."),
        explanation="Right: it is a duty to carry out the laws Congress made [S293].",
        sources=("S293",),
    ),
    Numeric(
        id="l02-4",
        prompt=("Use the \"Who must do what, by when\" table: how many rows name the Attorney "
                "General?"),
        value=5,
        tolerance=0,
        unit="rows",
        hints=("Choose \"Attorney General\" in the Actor list and count the rows.",
               "The heading above the table says how many rows it shows."),
        solution=("5: Sec. 9(a) (twice), Sec. 11, Sec. 15 and Sec. 16 [S136]."),
        explanation=("Right: five rows, in Secs. 9(a), 11, 15 and 16. Most rows name the "
                     "Secretary of Homeland Security [S136]."),
        sources=("S136",),
    ),
    MultipleChoice(
        id="l02-5",
        prompt="Whom do the order's commands (its \"shall\" and \"is directed\" sentences) address?",
        options=(
            "Every noncitizen in the United States",
            "State and local police, who must help enforce immigration law",
            "Federal officials and agencies",
            "Congress",
        ),
        answer="c",
        feedback={
            "a": "Check the Actor list: does any row command a private person?",
            "b": "Sec. 8(b) works only \"with the consent of State or local officials\". Who is "
                 "told to act?",
            "d": "A president cannot command Congress; check the Actor list.",
        },
        hints=("Open the Actor list of the table and read every name.",
               "Is anyone in the list outside the federal executive branch?"),
        solution=("(c). Every command names a federal official or office: the Secretary of "
                  "Homeland Security, the Attorney General, the Secretary of State, the "
                  "Directors of ICE and OMB, OPM or all agencies [S136]."),
        explanation=("Right: an executive order directs the executive branch. It can shape what "
                     "happens to the public only through what those officials do [S136]."),
        sources=("S136",),
    ),
    Clause(
        id="l02-6",
        prompt=("Quote the words of Sec. 18 that make the whole order depend on money Congress "
                "provides."),
        section=18,
        must_include=("availability of appropriations",),
        min_words=4,
        hints=("Sec. 18 has three lettered paragraphs; the one you need is short.",
               "Look in Sec. 18(b)."),
        solution=("\"This order shall be implemented consistent with applicable law and subject "
                  "to the availability of appropriations.\" (Sec. 18(b)) [S136]"),
        explanation=("Right. Congress controls appropriations (Art. I, Sec. 9, cl. 7), so the "
                     "order cannot spend money Congress has not provided [S136; S295]."),
        sources=("S136", "S295"),
    ),
]
