"""Problem set 01: what an executive order is, where it is published, how it ends.

Registry ids: S136 EO 13768 official text (82 FR 8799); S137 EO 13993 (2021),
which revoked it; S138 EO 14159 (2025); S144 the Immigrant Legal Resource Center's
summary of EO 14159; S293 U.S. Const. art. II, sec. 3; S425 the AP course's list of
required foundational documents; S433 the AP free-response formats.
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice, Numeric, Text

ORDER, EO13993, EO14159, ILRC = "S136", "S137", "S138", "S144"


def _check_counts(answer: object) -> tuple[bool, str]:
    from course import order

    if not isinstance(answer, dict):
        return False, "Answer with a dict, for example {2: 2, 3: 1}."
    try:
        given = {int(k): v for k, v in answer.items()}
    except (TypeError, ValueError):
        return False, "Use section numbers (1 to 18) as the dict's keys."
    if any(isinstance(v, bool) or not isinstance(v, int) for v in given.values()):
        return False, "Each value should be a whole number: how many authorities the section cites."
    expected = {n: len(keys) for n, keys in order.cited_statutes().items()}
    if set(given) - set(expected):
        return False, "Your dict has a section that cites no authority; leave those out."
    if set(expected) - set(given):
        return False, "Your dict is missing at least one section that cites an authority."
    if given != expected:
        return False, "The sections are right; at least one count is not. Count distinct authorities."
    return True, "Right: a dict from section number to the number of distinct authorities it cites."


QUESTIONS = [
    MultipleChoice(
        id="ex-01-1",
        prompt="Where was Executive Order 13768 officially published [S136]?",
        options=("In the Federal Register", "In the U.S. Code", "In the Congressional Record",
                 "In a Supreme Court opinion"),
        answer="a",
        feedback={
            "b": "The U.S. Code collects the statutes Congress passes. An executive order is not a statute.",
            "c": "The Congressional Record reports what is said and done in Congress.",
            "d": "Courts review orders in cases; they do not publish them.",
        },
        hints=("Look at the citation under the official text: '82 FR 8799'. What does FR stand for?",),
        solution="(a). 82 FR 8799 means volume 82 of the Federal Register, page 8799 [S136].",
        explanation="Right: the Federal Register, volume 82, starting at page 8799.",
        sources=(ORDER,),
    ),
    Numeric(
        id="ex-01-2",
        prompt=("The order's citation is 82 FR 8799. On which page of volume 82 of the Federal "
                "Register does the order begin [S136]?"),
        value=8799,
        wrong="In a Federal Register citation the volume comes first, then the page.",
        hints=("A Federal Register citation is: volume, 'FR', first page.",),
        solution="8799: in '82 FR 8799', 82 is the volume and 8799 the first page.",
        explanation="Right: page 8799.",
        sources=(ORDER,),
    ),
    Text(
        id="ex-01-3",
        prompt=("Which executive order, signed in 2021, revoked EO 13768 [S137]? Answer with its "
                "number."),
        accept=(r"\b13993\b",),
        reject={r"\b14159\b": "That is a 2025 order. Look for the one signed in 2021.",
                r"\b13768\b": "13768 is the order that was revoked. Which order revoked it?"},
        hints=("Its Sec. 2 is captioned 'Revocation'.", "Its number starts with 139."),
        solution="Executive Order 13993 (January 20, 2021), Sec. 2: 'Executive Order 13768 ... is hereby revoked.'",
        explanation="Right: EO 13993 revoked EO 13768 in 2021.",
        sources=(EO13993,),
    ),
    Clause(
        id="ex-01-4",
        prompt=("An order rests on authority from the Constitution or a statute. Quote the words "
                "of the order's opening paragraph (before Sec. 1) that name the statute it relies "
                "on [S136]."),
        section=0,
        must_include=("Immigration and Nationality Act",),
        min_words=4,
        hints=("The opening paragraph starts 'By the authority vested in me ...'.",
               "The statute has a long name and an abbreviation, INA."),
        solution="\"including the Immigration and Nationality Act (INA) (8 U.S.C. 1101 et seq.)\"",
        explanation="Right: the order names the Immigration and Nationality Act as its statutory basis.",
        sources=(ORDER,),
    ),
    Clause(
        id="ex-01-5",
        prompt=("An order cannot spend money that Congress has not provided. Quote the clause of "
                "Sec. 18 that ties how the order is carried out to the money Congress provides "
                "[S136]."),
        section=18,
        must_include=("appropriations",),
        min_words=5,
        hints=("Run `course.order.show(18)`.", "Money provided by Congress is called 'appropriations'."),
        solution=("Sec. 18(b): \"This order shall be implemented consistent with applicable law and "
                  "subject to the availability of appropriations.\""),
        explanation="Right: Sec. 18(b) makes the order subject to the availability of appropriations.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-01-6",
        prompt="Which statement describes Executive Order 14159 (January 20, 2025) [S138; S144]?",
        options=("It reinstated EO 13768 word for word.",
                 "It is a new order with its own text, which includes provisions that parallel "
                 "EO 13768, such as 287(g) agreements.",
                 "It is the order that revoked EO 13768.",
                 "It is a statute passed by Congress."),
        answer="b",
        feedback={
            "a": "No source shows that EO 14159 reinstated EO 13768; it has its own text.",
            "c": "EO 13768 was revoked in 2021, by a different order.",
            "d": "Executive orders are signed by the President, not passed by Congress.",
        },
        hints=("Compare the dates: EO 13768 was already revoked in 2021.",
               "A later President can write a new order that covers similar ground."),
        solution=("(b). EO 14159 has its own text; summaries list provisions that parallel EO 13768, "
                  "such as 287(g) agreements [S144]."),
        explanation="Right: a new order with parallel provisions, not a reinstatement.",
        sources=(EO14159, ILRC),
    ),
    Custom(
        id="ex-01-7",
        prompt=("Build a dict that maps each section number to how many distinct authorities "
                "(statutes or constitutional clauses) its official text cites, for the sections "
                "that cite at least one [S136]. `course.order.cited_statutes()` gives, for each "
                "such section, the authorities it cites."),
        func=_check_counts,
        hints=("`course.order.cited_statutes()` is a dict: section number -> tuple of authorities.",
               "Replace each tuple by its length: a dict comprehension does it in one line.",
               "`{n: len(keys) for n, keys in course.order.cited_statutes().items()}`"),
        solution="`{n: len(keys) for n, keys in course.order.cited_statutes().items()}`",
        sources=(ORDER,),
    ),
    FreeResponse(
        id="ex-01-8",
        prompt=("Argument essay. Develop an argument about whether presidents should set national "
                "immigration-enforcement priorities by executive order, or whether Congress should "
                "set them in statutes. Use at least one piece of evidence from one of these "
                "foundational documents: the U.S. Constitution (Article II, Section 3) [S293], "
                "Federalist No. 70 or Federalist No. 51 [S425]. Use a second piece of evidence from "
                "EO 13768 [S136] or its revocation by EO 13993 [S137]. In your essay: "
                "(A) state a defensible claim that establishes a line of reasoning; "
                "(B) support it with the two pieces of evidence; "
                "(C) explain why your evidence supports your claim; "
                "(D) respond to an opposing perspective with a refutation, concession or rebuttal."),
        kind="argument essay",
        min_words=150,
        points=6,
        checklist=("makes one claim you can defend with evidence",
                   "uses a foundational document and the order (or EO 13993) as evidence",
                   "explains how each piece of evidence supports the claim",
                   "answers the strongest opposing view"),
        sources=(ORDER, EO13993, "S293", "S425", "S433"),
    ),
]
