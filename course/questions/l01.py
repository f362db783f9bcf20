"""In-lesson checks for lesson 01 (what is an executive order?)."""

from course.checks import Clause, MultipleChoice, Numeric, Text

QUESTIONS = [
    MultipleChoice(
        id="l01-1",
        prompt="Where was Executive Order 13768 officially published?",
        options=("In the Federal Register, starting at page 8799 of volume 82",
                 "In the U.S. Code, title 8", "In a White House press release only",
                 "In the Congressional Record"),
        answer="a",
        feedback={
            "b": "Not yet. Title 8 of the U.S. Code holds statutes passed by Congress, not "
                 "presidential orders.",
            "c": "Not yet. The White House released a copy, but that is not the official publication.",
            "d": "Not yet. The Congressional Record reports what happens in Congress.",
        },
        hints=("Look at the citation the course gives for the order: 82 FR 8799.",
               "'FR' is short for the government's daily journal of presidential documents and rules."),
        solution="(a) The Federal Register, 82 FR 8799, published January 30, 2017 [S136].",
        explanation="Right: 82 FR 8799 means volume 82 of the Federal Register, page 8799 [S136].",
        sources=("S136",),
    ),
    Clause(
        id="l01-2",
        prompt="Find the clause: copy the words from Sec. 18 that make the order depend on money "
               "provided by Congress.",
        section=18,
        must_include=("appropriations",),
        hints=("Read Sec. 18(b).", "Look for the word 'appropriations'."),
        solution='"subject to the availability of appropriations" (Sec. 18(b)) [S136].',
        explanation="Right. 'Subject to the availability of appropriations' means the order can "
                    "only be carried out with money Congress has provided.",
        sources=("S136",),
    ),
    MultipleChoice(
        id="l01-3",
        prompt="Which statement about EO 13768 after 2021 do our sources support?",
        options=(
            "EO 13993 revoked it in 2021; in 2025, EO 14159 revoked EO 13993 and set out several "
            "similar policies in its own words, without reinstating EO 13768",
            "EO 14159 reinstated EO 13768 word for word in 2025",
            "EO 13768 was never revoked",
            "Congress repealed EO 13768 by statute",
        ),
        answer="a",
        feedback={
            "b": "Not yet. Read EO 14159's revocation sentence again: which order numbers does it name?",
            "c": "Not yet. Read Sec. 2 of EO 13993.",
            "d": "Not yet. Which document revoked the order: a statute or another executive order?",
        },
        hints=("Two later orders matter: one from 2021 and one from 2025.",
               "EO 14159 Sec. 3(a) lists the orders it revokes. Is 13768 among them, or 13993?"),
        solution="(a). EO 13993 Sec. 2 revoked EO 13768 [S137]; EO 14159 Sec. 3(a) revoked EO 13993 "
                 "and other orders, and does not mention EO 13768 [S138].",
        explanation="Right. Revoking the order that revoked EO 13768 did not bring EO 13768 back; "
                    "EO 14159 wrote its own provisions instead [S137; S138].",
        sources=("S137", "S138"),
    ),
    Text(
        id="l01-4",
        prompt="In Sec. 1, the official text says sanctuary jurisdictions '... violate Federal law'. "
               "Which word before 'violate' does the adaptation drop?",
        accept=(r"^'?willfully'?$", r"^'?wilfully'?$"),
        reject={r"critically": "Not yet. 'Critically' is dropped too, but from a different "
                               "sentence. Look at the sentence about sanctuary jurisdictions."},
        hints=("Run course.order.compare(1) and look for struck-through words.",
               "The missing word says the jurisdictions act on purpose."),
        solution="'willfully': the order says sanctuary jurisdictions 'willfully violate Federal "
                 "law'; the adaptation says they 'violate Federal law' [S136; S139].",
        explanation="Right. Without 'willfully', the sentence no longer says the violation is "
                    "deliberate, which is a different claim.",
        sources=("S136", "S139"),
    ),
    Numeric(
        id="l01-5",
        prompt="In fiscal year 2018, what percentage of all ICE removals were interior removals? "
               "Use the table above and round to one decimal place.",
        value=37.2,
        tolerance=0.6,
        unit="percent",
        hints=("Divide interior removals by total removals for FY2018.",
               "95,360 / 256,085, then multiply by 100."),
        solution="95,360 / 256,085 x 100 = 37.2 percent [S22; S31].",
        explanation="Right: about 37 percent. Most ICE removals in FY2018 followed arrests at the "
                    "border, not in the interior.",
        sources=("S22", "S31"),
    ),
    MultipleChoice(
        id="l01-6",
        prompt="What did the Ninth Circuit hold about Sec. 9(a) of the order in 2018?",
        options=(
            "Without authorization from Congress, the executive branch may not withhold funds "
            "Congress has properly appropriated",
            "The whole order was unconstitutional",
            "Sanctuary jurisdictions violate federal law",
            "Congress must pay for 10,000 new officers",
        ),
        answer="a",
        feedback={
            "b": "Not yet. The case was about one part of the order: which one?",
            "c": "Not yet. That is what Sec. 1 of the order claims, not what the court held.",
            "d": "Not yet. The case was about grants to cities and counties, not hiring.",
        },
        hints=("The case was about Sec. 9(a): federal grants.",
               "Which branch holds the spending power?"),
        solution="(a). City & County of San Francisco v. Trump, 897 F.3d 1225 (9th Cir. 2018) [S153].",
        explanation="Right. The court rested on the separation of powers: the spending power "
                    "belongs to Congress [S153].",
        sources=("S153",),
    ),
]
