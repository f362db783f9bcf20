"""Problem set 05: civil fines and penalties (Sec. 6; INA 274D and 240B).

Registry ids: S136 EO 13768 official text; S307 INA 274D, 8 U.S.C. 1324d; S308 INA 240B,
8 U.S.C. 1229c; S192 DHS release rescinding the fines (2021); S193 Washington Times,
December 7, 2019; S198 Miller Mayer summary of DHS's 2021 statement.
"""

from __future__ import annotations

from course.checks import Clause, FreeResponse, MultipleChoice, Text

ORDER, INA274D, INA240B = "S136", "S307", "S308"
DHS_2021, WASH_TIMES, MILLER_MAYER = "S192", "S193", "S198"

QUESTIONS = [
    Clause(
        id="ex-05-1",
        prompt=("Sec. 6 sets a deadline. Quote the words that set it (at least 6, copied from the "
                "official text) [S136]."),
        section=6,
        must_include=("one year",),
        min_words=6,
        hints=("The deadline is in the first sentence of Sec. 6: `course.order.show(6)`.",),
        solution="\"by no later than one year after the date of this order\"",
        explanation="Right: Sec. 6 gives the Secretary one year.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-05-2",
        prompt=("Under Sec. 6, who must issue guidance and regulations on fines and penalties "
                "[S136]? (Sec. 5 says who \"the Secretary\" is.)"),
        options=("The Secretary of Homeland Security", "The Attorney General", "Congress",
                 "The federal courts"),
        answer="a",
        feedback={"b": "The Attorney General heads the Department of Justice; Sec. 5 defines 'Secretary' otherwise.",
                  "c": "An executive order directs the executive branch, not Congress.",
                  "d": "An executive order directs the executive branch, not the courts."},
        hints=("Sec. 5 opens with 'the Secretary of Homeland Security (Secretary)'.",),
        solution="(a). Sec. 5 defines 'Secretary' as the Secretary of Homeland Security, and Sec. 6 uses that term.",
        explanation="Right: the Secretary of Homeland Security.",
        sources=(ORDER,),
    ),
    Text(
        id="ex-05-3",
        prompt=("Sec. 6 covers fines and penalties to be collected from people unlawfully present "
                "and from one other group [S136]. In a few words, who is the other group?"),
        accept=(r"facilitat",),
        reject={r"employ": "Use the order's own description of the group."},
        hints=("Read the end of Sec. 6's sentence: 'and from those who ...'.",),
        solution="Those who \"facilitate their presence in the United States\".",
        explanation="Right: those who facilitate their presence.",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-05-4",
        prompt=("INA 274D (8 U.S.C. 1324d) is one of the statutes that authorize such penalties "
                "[S307]. What kind of penalty does it set for a person under a final removal order "
                "who willfully fails to depart?"),
        options=("A civil penalty for each day of the violation",
                 "A prison sentence",
                 "Loss of U.S. citizenship",
                 "A one-time fee set by each state"),
        answer="a",
        feedback={"b": "274D is civil, not criminal: it sets money penalties.",
                  "c": "A person under a removal order is not a U.S. citizen.",
                  "d": "274D is a federal statute; it does not leave the amount to states."},
        hints=("The statute counts the penalty per day.",),
        solution="(a). A civil penalty for each day of the violation (the statute says not more than $500, adjusted for inflation).",
        explanation="Right: a civil penalty that accrues per day.",
        sources=(INA274D,),
    ),
    FreeResponse(
        id="ex-05-5",
        prompt=("Argument essay. Sec. 6 told DHS to collect the fines the law authorizes [S136]. "
                "DHS later said ICE did not begin enforcing failure-to-depart fines until 2018, "
                "and in April 2021 it rescinded them [S192]. ICE had said fines are one more tool "
                "to get people to comply with judges' removal orders [S193]; Secretary Mayorkas "
                "said there was no indication the penalties promoted compliance [S198]. Develop an "
                "argument about whether the executive branch should use civil fines such as those "
                "in INA 274D [S307] to enforce removal orders. Use at least two of the sources "
                "above as evidence, and respond to an opposing perspective."),
        kind="argument essay",
        min_words=150,
        points=6,
        checklist=("makes one claim you can defend with evidence",
                   "uses two of the sources named in the prompt",
                   "explains how the evidence supports the claim",
                   "answers the strongest opposing view"),
        sources=(ORDER, DHS_2021, WASH_TIMES, MILLER_MAYER, INA274D, INA240B),
    ),
]
