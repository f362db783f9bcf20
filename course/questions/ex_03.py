"""Problem set 03: words and definitions (Sec. 3 and 8 U.S.C. 1101).

Registry ids: S136 EO 13768 official text; S297 INA sec. 101, 8 U.S.C. 1101.
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice, Text
from course.questions._ex_helpers import as_number

ORDER, USC1101 = "S136", "S297"


def _sections_with(phrase: str) -> int:
    from course import order

    return sum(1 for s in order.sections() if phrase in order.normalize(s.body))


def _check_removable(answer: object) -> tuple[bool, str]:
    number = as_number(answer)
    if number is None:
        return False, "Answer with a single number: how many sections."
    if number > 18:
        return False, "The order has 18 sections; count sections, not uses of the phrase."
    if number == _sections_with("removable aliens"):
        return True, "Right: count the sections whose text contains the phrase at least once."
    return False, "Not yet. Search each section's `.body` for the exact phrase, plural."


QUESTIONS = [
    Clause(
        id="ex-03-1",
        prompt=("Sec. 3 says where the order's terms get their meaning. Quote the words that name "
                "the statute (at least 5, copied from the official text) [S136]."),
        section=3,
        must_include=("1101",),
        min_words=5,
        hints=("Sec. 3 is one sentence long: `course.order.show(3)`.",),
        solution="\"shall have the meaning provided by section 1101 of title 8, United States Code\"",
        explanation="Right: Sec. 3 adopts the definitions in 8 U.S.C. 1101.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-03-2",
        prompt=("Sec. 3 gives the order's terms \"the meaning provided by section 1101 of title 8\" "
                "[S136; S297]. What does that choice do?"),
        options=("It borrows the definitions Congress wrote, instead of writing new ones",
                 "It changes the definitions in 8 U.S.C. 1101 for everyone",
                 "It leaves every term undefined",
                 "It makes the order's definitions binding on state courts"),
        answer="a",
        feedback={"b": "An executive order cannot amend a statute; only Congress can.",
                  "c": "Sec. 3 points to a definitions section, so the terms are defined.",
                  "d": "Sec. 3 says nothing about state courts."},
        hints=("Who wrote 8 U.S.C. 1101: the President or Congress?",),
        solution="(a). The order uses the statute's definitions; it does not change them.",
        explanation="Right: the order borrows Congress's definitions.",
        sources=(ORDER, USC1101),
    ),
    Text(
        id="ex-03-3",
        prompt=("8 U.S.C. 1101(a)(3) defines one term as \"any person not a citizen or national of "
                "the United States\" [S297]. Which one-word statutory term does it define?"),
        accept=(r"^\"?alien\"?\.?$",),
        reject={r"noncitizen": ("'Noncitizen' is a common neutral word for the same idea, but the "
                                "question asks for the statute's own term."),
                r"aliens": "Give the defined term in the singular."},
        hints=("The order uses this term often; it is the statute's technical word.",),
        solution="\"Alien\": the statute's technical term for any person who is not a U.S. citizen or national.",
        explanation="Right: the statute's term. In our own prose we use 'noncitizen'.",
        sources=(USC1101,),
    ),
    Custom(
        id="ex-03-4",
        prompt=("In how many of the order's 18 sections does the exact phrase \"removable aliens\" "
                "appear at least once [S136]? Use `course.order.sections()` and each section's "
                "`.body`."),
        func=_check_removable,
        hints=("Loop over `course.order.sections()` and test `\"removable aliens\" in s.body`.",
               "`sum(\"removable aliens\" in s.body for s in course.order.sections())`"),
        solution="`sum(\"removable aliens\" in s.body for s in course.order.sections())`",
        sources=(ORDER,),
    ),
    FreeResponse(
        id="ex-03-5",
        prompt=("Concept application. A newspaper's standards editor is writing the style rule for "
                "stories about Sec. 5 of the order, which uses the statutory term \"alien\" "
                "[S136; S297]. (A) Identify the statutory term and its definition in 8 U.S.C. "
                "1101(a)(3). (B) Explain why a court deciding a case under the order would use the "
                "statutory term. (C) Explain why a reporter might choose a different precise, "
                "neutral word in the story, and one thing that could be lost or gained by doing so."),
        kind="concept application",
        min_words=80,
        points=3,
        checklist=("answers (A), (B) and (C) in order",
                   "quotes the statute's definition exactly",
                   "explains a trade-off in (C), not only a preference"),
        sources=(ORDER, USC1101),
    ),
]
