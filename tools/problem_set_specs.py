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
        "ex-00-5": {"before": "# Paste the words from the official text, in quotation marks.\n",
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
        "ex-01-4": {"before": "# Paste the words from the official text, in quotation marks.\n",
                    "code": ('{var} = "including the Immigration and Nationality Act (INA) '
                             '(8 U.S.C. 1101 et seq.)"')},
        "ex-01-5": {"before": "# Paste the words from the official text, in quotation marks.\n",
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

_LETTER = "# One letter, \"a\" to \"d\".\n"
_QUOTE = "# Paste the words from the official text, in quotation marks.\n"

SPECS["02"] = {
    "intro": "This set is about what the order says it is for (Secs. 1 and 2) and the duties it invokes.",
    "answers": {
        "ex-02-1": {"before": _QUOTE, "code": '{var} = "The purpose of this order is to direct executive departments"'},
        "ex-02-2": {"before": _LETTER, "code": '{var} = "a"'},
        "ex-02-3": {"code": "{var} = sum(1 for p in course.order.section(2).paragraphs if p.label)\n{var}"},
        "ex-02-4": {"before": "# Text in quotation marks.\n", "code": '{var} = "the Take Care Clause"'},
        "ex-02-5": {"before": _QUOTE, "code": '{var} = "Support victims, and the families of victims"'},
        "ex-02-6": {
            "model": """\
*Model answer.* (A) Article II, Section 3 says the President "shall take Care that the Laws be \
faithfully executed" [S293]. It makes the President responsible for seeing that the laws \
Congress passes are carried out, through the officers of the executive branch. (B) Sec. 1 says \
"We cannot faithfully execute the immigration laws of the United States if we exempt classes or \
categories of removable aliens from potential enforcement" [S136]. It uses faithful execution \
as the reason to drop categorical exemptions and to direct agencies "to employ all lawful \
means" to enforce the law. (C) Congress could limit the policy through its power over \
appropriations, by not funding parts of it, or by amending the immigration statutes the order \
relies on; a later statute would bind the executive branch in a way the order cannot change.""",
            "rubric": """\
3 points, one per part. Score the reasoning, not any view of the policy.

| Part | 1 point if the answer ... | 0 points if ... |
|---|---|---|
| (A) | describes the duty to see that the laws are faithfully executed [S293] | it describes a power to make laws |
| (B) | quotes or closely paraphrases Sec. 1's faithful-execution sentence and explains how it supports the policy [S136] | it gives the purpose without the faithful-execution link |
| (C) | names a real congressional power (appropriations, amending the statute, oversight) and how it would limit the policy | it names a court ruling or a presidential action instead |

*Answer guidance.* The oath in 5 U.S.C. 3331 binds officers other than the President [S309]; \
credit an answer that notices this in (A) or (B), but do not require it.""",
        },
    },
}

SPECS["03"] = {
    "intro": "This set is about the words the order uses and where their legal meaning comes from.",
    "answers": {
        "ex-03-1": {"before": _QUOTE, "code": '{var} = "the meaning provided by section 1101 of title 8"'},
        "ex-03-2": {"before": _LETTER, "code": '{var} = "a"'},
        "ex-03-3": {"before": "# One word, in quotation marks.\n", "code": '{var} = "alien"'},
        "ex-03-4": {"code": '{var} = sum("removable aliens" in s.body for s in course.order.sections())\n{var}'},
        "ex-03-5": {
            "model": """\
*Model answer.* (A) The term is "alien", defined in 8 U.S.C. 1101(a)(3) as "any person not a \
citizen or national of the United States" [S297]; Sec. 3 of the order adopts that definition \
[S136]. (B) A court applies the law as written. The order's duties attach to the statute's \
defined term, so the court must use that term to decide who is covered, and a different word \
could suggest a different group. (C) A reporter may prefer a precise, neutral word such as \
"noncitizen", which names the same group without the connotations some readers hear in the \
statutory term. Something can be lost: readers may not connect the story to the law's text, so \
the reporter can quote the statute once and explain the choice.""",
            "rubric": """\
3 points, one per part. Score the reasoning; either word choice in (C) can earn the point.

| Part | 1 point if the answer ... | 0 points if ... |
|---|---|---|
| (A) | names "alien" and gives the 1101(a)(3) definition accurately [S297] | the definition is wrong or missing |
| (B) | explains that legal effect follows the defined statutory term | it only says courts "must be formal" |
| (C) | names a precise, neutral alternative and explains one gain and one loss | it names a loaded or inaccurate word, or gives no trade-off |

*Answer guidance.* Accept "noncitizen" and other precise terms; do not accept words that are \
inaccurate (for example, terms that imply a crime the person has not been found to commit).""",
        },
    },
}

SPECS["04"] = {
    "intro": ("This set is about who the order put first (Secs. 4 and 5) and what ICE's own counts "
              "show. The data come from `course.data.load(\"enforcement_by_fy\")`; each row names "
              "its sources."),
    "answers": {
        "ex-04-1": {"code": "{var} = sum(1 for p in course.order.section(5).paragraphs if p.label)\n{var}"},
        "ex-04-2": {"before": _QUOTE, "code": '{var} = "In the judgment of an immigration officer, otherwise pose a risk"'},
        "ex-04-3": {"before": _LETTER, "code": '{var} = "b"'},
        "ex-04-4": {"before": 'df = course.data.load("enforcement_by_fy")\n',
                    "code": ('{var} = df[(df.metric == "removals_total") & (df.fiscal_year == 2018)]'
                             '["count"].iloc[0]\n{var}')},
        "ex-04-5": {"before": 'df = course.data.load("enforcement_by_fy")\n',
                    "code": ('{var} = (df[(df.metric == "removals_total") & df.fiscal_year.between(2016, 2020)]\n'
                             '            .set_index("fiscal_year")["count"])\n{var}')},
        "ex-04-6": {
            "model": """\
*Model answer.* (A) FY2019 had the most removals in the period, 267,258 [S17]. (B) Removals \
rose from 226,119 in FY2017 [S02] to 256,085 in FY2018 [S31] and 267,258 in FY2019 [S17], then \
fell to 185,884 in FY2020 [S09]. (C) The rise after FY2017 is consistent with the broader \
priorities of Sec. 5 [S136], but the counts alone cannot show that the order caused it: \
removals also depend on border arrivals, court backlogs, other countries' cooperation, and in \
FY2020 the pandemic; a yearly total cannot separate these. (D) In 2021 DHS issued new \
guidelines that narrowed the priorities again [S184]. The same statutes were in force under \
both policies, so the change shows that the executive branch decides how to use limited \
resources in enforcing the law.""",
            "rubric": """\
4 points, in the AP quantitative-analysis format.

| Part | 1 point if the answer ... |
|---|---|
| (A) | identifies FY2019 from the data |
| (B) | describes the rise to FY2019 and the fall in FY2020 with at least two numbers |
| (C) | states a limit of the data: a time series alone cannot show cause (names another factor) |
| (D) | explains that the statutes stayed the same while priorities changed, showing executive discretion [S184] |

*Answer guidance.* FY2020's fall is often attributed to the pandemic; credit that only as one \
possible factor, not as a finding of this data. The FY2016 figure (240,000) is a rounded \
secondary figure [S36; S33]; do not penalize students who note it.""",
        },
    },
}

SPECS["05"] = {
    "intro": ("This set is about Sec. 6's directive on fines and penalties and the statutes behind "
              "it. The calculator in lesson 05 is illustrative; these questions use the texts."),
    "answers": {
        "ex-05-1": {"before": _QUOTE, "code": '{var} = "by no later than one year after the date of this order"'},
        "ex-05-2": {"before": _LETTER, "code": '{var} = "a"'},
        "ex-05-3": {"before": "# A few words, in quotation marks.\n", "code": '{var} = "those who facilitate their presence"'},
        "ex-05-4": {"before": _LETTER, "code": '{var} = "a"'},
        "ex-05-5": {
            "label": "Open: what policy should be. Any position can earn full marks",
            "model": """\
*Model answer (one of many; the opposite claim can earn full marks).* The executive branch \
should not rely on large civil fines to enforce removal orders unless it can show that they \
change behavior. INA 274D authorizes a civil penalty for each day a person under a final order \
willfully fails to depart [S307], and Sec. 6 told DHS to collect the fines the law authorizes \
[S136]. The authority is real; the question is whether using it serves the goal. ICE said \
fines are one more tool to get people to comply with judges' orders [S193]. But when DHS ended \
them in 2021, Secretary Mayorkas said there was no indication the penalties promoted compliance \
[S198], and DHS noted that ICE had not enforced the fines before 2018 [S192]. If a tool does \
not raise compliance, it spends agency time without advancing the law's purpose. Supporters \
reply that a penalty Congress wrote should be enforced, or the law means nothing. That is a \
strong point about faithful execution, but Congress also gave the executive discretion over \
which tools to use, and evidence about results is a fair basis for that choice.""",
            "rubric": """\
6 points, in the AP U.S. Government argument-essay format [S433]. Score the reasoning, never \
the position.

| Row | Points | Criteria |
|---|---|---|
| Claim | 0-1 | A defensible claim that establishes a line of reasoning. |
| Evidence | 0-3 | 1: one relevant piece of evidence described. 2: one source from the prompt used to support the claim. 3: two sources from the prompt used to support the claim. |
| Reasoning | 0-1 | Explains why or how the evidence supports the claim. |
| Alternate perspective | 0-1 | Responds to an opposing view with a refutation, concession or rebuttal. |

*Answer guidance.* Attribute each side's claim to who made it (ICE in 2019 [S193]; DHS in 2021 \
[S192; S198]). Do not credit invented totals of fines collected: the research found none.""",
        },
    },
}

SPECS["06"] = {
    "intro": ("This set is about Sec. 7's hiring directive and Congress's power of the purse. The "
              "data come from `course.data.load(\"ice_staffing\")`."),
    "answers": {
        "ex-06-1": {"before": "# A number.\n", "code": "{var} = 10_000"},
        "ex-06-2": {"before": _QUOTE, "code": '{var} = "subject to the availability of appropriations"'},
        "ex-06-3": {"before": _LETTER, "code": '{var} = "a"'},
        "ex-06-4": {"before": 'df = course.data.load("ice_staffing")\n',
                    "code": ('requested = df[df.measure == "new_positions_requested"]["count"].iloc[0]\n'
                             'funded = df[df.measure == "new_positions_funded"]["count"].iloc[0]\n'
                             '{var} = round(100 * funded / requested, 1)\n{var}')},
        "ex-06-5": {
            "model": """\
*Model answer.* (A) Congress used the power of the purse: "No Money shall be drawn from the \
Treasury, but in Consequence of Appropriations made by Law" (Article I, Section 9, Clause 7) \
[S295]. For FY2018 it funded 65 of the 1,000 new positions requested [S111; S120]. (B) Sec. 7 \
directs hiring "subject to the availability of appropriations" [S136], so the order itself \
recognizes that the hiring can go only as far as Congress pays for it; falling short of 10,000 \
is not a violation of the order. (C) Supporters of the funding, such as the administration in \
its budget request, argued that more officers were needed to carry out the enforcement \
priorities. Members who voted against it could argue that the money was better spent \
elsewhere or that the agency should first show it could hire and train officers well.""",
            "rubric": """\
3 points, one per part. Score the reasoning, not a view of the hiring.

| Part | 1 point if the answer ... | 0 points if ... |
|---|---|---|
| (A) | names the appropriations (spending) power and Article I [S295], with the FY2018 numbers | it names a presidential power |
| (B) | explains that the condition makes hiring depend on funding, so the order anticipates Congress's choice [S136] | it says the order was violated |
| (C) | gives one reason on each side and attributes each | it gives one side only, or presents a reason as fact |

*Answer guidance.* Reasons in (C) need not be sourced quotations, but they must be attributed \
("supporters argued", "members who opposed it could argue").""",
        },
    },
}

for _number in ("04", "06"):
    SPECS[_number]["data"] = True
