"""Problem set 02: purpose and policy (Secs. 1-2), the Take Care Clause and the oath.

Registry ids: S136 EO 13768 official text; S293 U.S. Const. art. II, sec. 3 (Take Care
Clause); S309 5 U.S.C. 3331 (oath of office).
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice, Text
from course.questions._ex_helpers import number_check

ORDER, TAKE_CARE, OATH = "S136", "S293", "S309"


def _policy_paragraphs() -> int:
    from course import order

    return sum(1 for p in order.section(2).paragraphs if p.label)


QUESTIONS = [
    Clause(
        id="ex-02-1",
        prompt=("Sec. 1 ends by stating what the order is for. Quote that sentence's opening words "
                "(at least 6, copied from the official text) [S136]."),
        section=1,
        must_include=("purpose of this order",),
        min_words=6,
        hints=("Run `course.order.show(1)` and read the last paragraph.",
               "The sentence starts 'The purpose of this order is ...'."),
        solution=("\"The purpose of this order is to direct executive departments and agencies "
                  "(agencies) to employ all lawful means to enforce the immigration laws of the "
                  "United States.\""),
        explanation="Right: Sec. 1 states the order's purpose in its last sentence.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-02-2",
        prompt=("Sec. 2 begins \"It is the policy of the executive branch to:\" [S136]. What "
                "follows those words?"),
        options=("A list of goals that the executive branch is to pursue",
                 "A list of crimes and their penalties",
                 "Definitions of the order's terms",
                 "Findings of fact made by a court"),
        answer="a",
        feedback={"b": "An executive order cannot create crimes; only Congress can.",
                  "c": "Definitions are in Sec. 3, not Sec. 2.",
                  "d": "No court wrote any part of the order."},
        hints=("Read the five lettered paragraphs of Sec. 2: each begins with a verb.",),
        solution="(a). Paragraphs (a) to (e) of Sec. 2 state policy goals: 'Ensure ...', 'Make use ...', 'Support ...'.",
        explanation="Right: Sec. 2 lists the policy goals the rest of the order carries out.",
        sources=(ORDER,),
    ),
    Custom(
        id="ex-02-3",
        prompt=("How many lettered paragraphs does Sec. 2 have [S136]? Count them with "
                "`course.order.section(2).paragraphs` (unlettered text has the label \"\")."),
        func=number_check(_policy_paragraphs, wrong="Not yet. Count only paragraphs with a letter label.",
                          right="Right: Sec. 2 has five lettered policy paragraphs, (a) to (e)."),
        hints=("Each paragraph has a `.label`; the opening words have the label \"\".",
               "`sum(1 for p in course.order.section(2).paragraphs if p.label)`"),
        solution="`sum(1 for p in course.order.section(2).paragraphs if p.label)` gives 5: (a) to (e).",
        sources=(ORDER,),
    ),
    Text(
        id="ex-02-4",
        prompt=("Sec. 2(a) cites \"Article II, Section 3 of the United States Constitution\" "
                "[S136]. That section says the President \"shall take Care that the Laws be "
                "faithfully executed\" [S293]. By what short name is this clause usually known?"),
        accept=(r"take care",),
        reject={r"supremacy": "The Supremacy Clause is in Article VI. Use the clause's own words.",
                r"necessary and proper": "That clause is in Article I and is about Congress."},
        hints=("The usual name takes two words from the clause itself.",),
        solution="The Take Care Clause (U.S. Const. art. II, sec. 3).",
        explanation="Right: the Take Care Clause.",
        sources=(ORDER, TAKE_CARE),
    ),
    Clause(
        id="ex-02-5",
        prompt=("Quote the policy in Sec. 2 about the victims of crimes (at least 5 words, "
                "copied from the official text) [S136]."),
        section=2,
        must_include=("victims",),
        min_words=5,
        hints=("It is the last lettered paragraph of Sec. 2.",),
        solution="Sec. 2(e): \"Support victims, and the families of victims, of crimes committed by removable aliens.\"",
        explanation="Right: Sec. 2(e) makes support for victims a policy of the order.",
        sources=(ORDER,),
    ),
    FreeResponse(
        id="ex-02-6",
        prompt=("Concept application. A newly hired DHS attorney takes the oath that federal law "
                "requires of officers in the civil service, to \"well and faithfully discharge\" "
                "the duties of the office (5 U.S.C. 3331) [S309]. Sec. 2(a) of the order cites "
                "both that statute and Article II, Section 3 [S136; S293]. "
                "(A) Describe the President's duty under the Take Care Clause. "
                "(B) Explain how Sec. 1 of the order uses the idea of faithful execution to "
                "justify its policy. "
                "(C) Explain one way Congress could limit or change the policy in Sec. 2."),
        kind="concept application",
        min_words=80,
        points=3,
        checklist=("answers (A), (B) and (C) in order",
                   "quotes the order where it makes a claim about its text",
                   "names a real congressional power in (C)"),
        sources=(ORDER, TAKE_CARE, OATH),
    ),
]
