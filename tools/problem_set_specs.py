"""Answer cells, model answers and scoring guides for tools/new_problem_set.py.

Prompts and options live in course/questions/ex_NN.py; this file only holds what
the master notebook adds: the code of each answer cell (``code`` is the solution
block, ``{var}`` the answer variable; ``before`` is scaffolding the student
edition keeps), and for free-response questions a model answer and a scoring guide.
Scoring guides grade reasoning, never the position a student takes.
"""

from __future__ import annotations

SPECS: dict[str, dict] = {}

SPECS["00"] = {
    "intro": ("This set checks that you can use the course's tools and find your way around the "
              "order's official text [S136]."),
    "answers": {
        "ex-00-1": {"before": "# One letter, \"a\" to \"d\".\n", "code": '{var} = "c"',
                    "label": "Settled: how the course's checks work"},
        "ex-00-2": {"code": "{var} = len(course.order.sections())"},
        "ex-00-3": {"before": "# One letter, \"a\" to \"d\".\n", "code": '{var} = "b"'},
        "ex-00-4": {"before": "# Text in quotation marks.\n", "code": '{var} = "Sanctuary Jurisdictions"'},
        "ex-00-5": {"before": "# Paste the words from the official text between the quotation marks.\n",
                    "code": ('{var} = ("This order is not intended to, and does not, create any right '
                             'or benefit")')},
        "ex-00-6": {"before": "# A list of section numbers, e.g. [1, 2].\n",
                    "code": ('{var} = [s.number for s in course.order.sections()\n'
                             '            if any(k.startswith("8 U.S.C.") for k in s.statutes)]\n'
                             '{var}')},
        "ex-00-7": {
            "model": """\
*Model answer.* (A) The attorney should read the official text of Executive Order 13768, \
published in the Federal Register at 82 FR 8799 on January 30, 2017 [S136]. (B) A summary or \
an adaptation puts the order in other words. Other words can drop a condition, change a verb \
such as "shall" into something weaker, or leave out a section, and what the order requires \
depends on its exact words. The course's own adaptation is labelled as a reading aid, not the \
order [S139]. (C) Sec. 18(b) says the order "shall be implemented consistent with applicable \
law and subject to the availability of appropriations" [S136]. So the order cannot override a \
statute, and it cannot be carried out with money Congress has not provided. Sec. 18(c) adds \
that it does not "create any right or benefit ... enforceable at law", so a person cannot sue \
to enforce the order itself.""",
            "rubric": """\
3 points, one per part. Score the reasoning; the answer takes no side.

| Part | 1 point if the answer ... | 0 points if ... |
|---|---|---|
| (A) | names the official text **and** the Federal Register (82 FR 8799) [S136] | it names a summary, a news story or the adaptation |
| (B) | explains that a paraphrase can change or omit what the text requires, so legal effect follows the exact words | it only says summaries are "biased" or "wrong" without saying why wording matters |
| (C) | quotes Sec. 18(b) or 18(c) exactly **and** explains the limit in its own words (bound by law and appropriations; no enforceable right) | the quotation is missing or inexact, or the explanation restates the quote |

*Answer guidance.* A common slip in (C) is to say the order "has no legal effect". It directs \
federal agencies; Sec. 18 limits it, it does not cancel it.""",
            "label": "Settled: what the text says",
        },
    },
}

SPECS["01"] = {
    "intro": ("This set is about executive orders as a tool: where they are published, what "
              "authority they claim, what limits them and how they end."),
    "answers": {
        "ex-01-1": {"before": "# One letter, \"a\" to \"d\".\n", "code": '{var} = "a"'},
        "ex-01-2": {"before": "# A number.\n", "code": "{var} = 8799"},
        "ex-01-3": {"before": "# The order's number, as text.\n", "code": '{var} = "13993"'},
        "ex-01-4": {"before": "# Paste the words from the official text between the quotation marks.\n",
                    "code": ('{var} = "including the Immigration and Nationality Act (INA) '
                             '(8 U.S.C. 1101 et seq.)"')},
        "ex-01-5": {"before": "# Paste the words from the official text between the quotation marks.\n",
                    "code": ('{var} = ("This order shall be implemented consistent with applicable '
                             'law and subject to the availability of appropriations.")')},
        "ex-01-6": {"before": "# One letter, \"a\" to \"d\".\n", "code": '{var} = "b"'},
        "ex-01-7": {"before": "# A dict {section number: number of authorities cited}.\n",
                    "code": ('{var} = {{n: len(keys) for n, keys in '
                             'course.order.cited_statutes().items()}}\n{var}')},
        "ex-01-8": {
            "label": "Open: what policy should be. Any position can earn full marks",
            "model": """\
*Model answer (one of many; a student may defend the opposite claim equally well).* \
Congress should set national enforcement priorities in statute, while presidents should \
manage enforcement within those priorities, because priorities set by executive order change \
with each administration. The Constitution gives the President the duty to "take Care that \
the Laws be faithfully executed" (Article II, Section 3) [S293]; that is a duty to carry out \
laws Congress makes, which supports the claim that the basic choices belong in statute. The \
history of EO 13768 shows the instability: signed on January 25, 2017 [S136], it was revoked \
by EO 13993 on January 20, 2021 [S137]. Police departments, courts and residents cannot plan \
around rules that can reverse in a day. Defenders of executive orders argue, drawing on \
Federalist No. 70, that "energy in the executive" [S429] lets a president respond quickly and be held \
accountable for choices. That is a real advantage, but speed cuts both ways: the same energy \
that set the priorities in 2017 undid them in 2021, so accountability through elections comes \
at the cost of stable law. A statute would keep the priorities until Congress, representing \
more views, agreed to change them.""",
            "rubric": """\
6 points, in the AP U.S. Government argument-essay format [S433]. Score the reasoning, never \
the position: "executive orders are appropriate" and "Congress should decide" can both earn 6.

| Row | Points | Criteria |
|---|---|---|
| Claim | 0-1 | A defensible claim that establishes a line of reasoning; restating the prompt earns 0. |
| Evidence | 0-3 | 1 point: one relevant piece of evidence described. 2 points: one piece from the listed foundational documents used to support the claim. 3 points: two pieces (one foundational document [S425], one from EO 13768 [S136] or EO 13993 [S137]) both used to support the claim. |
| Reasoning | 0-1 | Explains why or how the evidence supports the claim. |
| Alternate perspective | 0-1 | Responds to an opposing view with a refutation, concession or rebuttal that is consistent with the claim. |

*Answer guidance.* Accept accurate uses of the Take Care Clause [S293] on either side \
(a duty to execute the laws; or a source of discretion in how to execute them). Do not accept \
invented facts about the order (for example, that Congress voted on it). A quotation from \
Federalist No. 70 or No. 51 need not be word-perfect, but its idea must be used correctly.""",
        },
    },
}
