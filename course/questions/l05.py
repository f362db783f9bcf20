"""Lesson 05 checks: Sec. 6 (civil fines and penalties), INA 274D and 240B, the calculator.

Registry ids: S136 the order's official text; S307 8 U.S.C. 1324d; S308 8 U.S.C. 1229c;
S193 The Washington Times (December 7, 2019); S198 Miller Mayer's summary of the DHS
statement (2021); S199 the Wall Street Journal report (2025).
"""

from __future__ import annotations

from course.checks import Clause, MultipleChoice, Numeric

QUESTIONS = [
    Clause(
        id="l05-1",
        prompt=("Sec. 6 does not invent a new fine. Quote the words of Sec. 6 that limit it to "
                "fines the Secretary already has the power to collect."),
        section=6,
        must_include=("authorized under the law",),
        min_words=3,
        hints=(
            "Look at the words right after \"all fines and penalties that the Secretary is ...\".",
            "The phrase names where the Secretary's power must come from: \"... under the law\".",
        ),
        solution=("\"authorized under the law\": Sec. 6 reaches only the fines and penalties the "
                  "Secretary is \"authorized under the law to assess and collect\", so the power must "
                  "already exist in a statute such as 8 U.S.C. 1324d."),
        explanation=("Right. The order can direct how existing powers are used; the fines themselves "
                     "must come from a law Congress passed."),
        sources=("S136",),
    ),
    MultipleChoice(
        id="l05-2",
        prompt=("The order was signed on January 25, 2017. By what date did Sec. 6 tell the "
                "Secretary to issue the guidance and regulations at the latest?"),
        options=("January 25, 2017, the day it was signed",
                 "January 25, 2018",
                 "January 20, 2021",
                 "Sec. 6 sets no deadline"),
        answer="b",
        feedback={
            "a": "Sec. 6 says \"as soon as practicable\", but it also gives an outer limit. Find it.",
            "c": "January 20, 2021 is when ICE stopped issuing these fines, not a deadline in the order.",
            "d": "Reread the first words of Sec. 6: \"by no later than ...\".",
        },
        hints=("Find the words \"by no later than\" in Sec. 6.",
               "\"One year after the date of this order\": add one year to January 25, 2017."),
        solution=("(b) January 25, 2018: \"by no later than one year after the date of this order\", "
                  "and the order is dated January 25, 2017."),
        explanation="Right: one year after January 25, 2017 is January 25, 2018.",
        sources=("S136",),
    ),
    MultipleChoice(
        id="l05-3",
        prompt="Which statement describes the penalty in INA 274D (8 U.S.C. 1324d)?",
        options=("A prison sentence for anyone without lawful status",
                 "A civil penalty of not more than a set amount for each day a person under a final "
                 "removal order willfully fails to depart",
                 "A one-time fee charged to every noncitizen",
                 "A penalty created by Executive Order 13768 in 2017"),
        answer="b",
        feedback={
            "a": "274D is civil, not criminal, and it covers only people under a final order of removal.",
            "c": "274D counts \"each day\" of a violation; it is not a one-time fee for everyone.",
            "d": "An executive order cannot create a fine. Congress wrote this one into law in 1996.",
        },
        hints=("Reread the quoted statute: who is covered, and what is the penalty counted by?",),
        solution=("(b). The statute covers \"any alien subject to a final order of removal\" who "
                  "willfully fails to depart (among other acts) and sets \"a civil penalty of not "
                  "more than $500 ... for each day\"."),
        explanation=("Right: a civil (non-criminal) penalty, a maximum per day, and only for people "
                     "under a final order of removal."),
        sources=("S307",),
    ),
    MultipleChoice(
        id="l05-4",
        prompt="What reason did DHS give in April 2021 for rescinding the failure-to-depart fines?",
        options=("A court had struck the fines down",
                 "There was no indication that the fines promoted compliance with departure obligations",
                 "Congress had repealed INA 274D",
                 "The fines had been collected in full"),
        answer="b",
        feedback={
            "a": "Our sources report no court ruling ending the fines. Who made the 2021 decision?",
            "c": "The change came from DHS, an executive department, not from Congress.",
            "d": "Our sources do not say how much was ever collected; DHS said it would cancel debts.",
        },
        hints=("Look at the April 23, 2021 row of the timeline and the quotation from Secretary "
               "Mayorkas.",),
        solution=("(b). Secretary Mayorkas: \"There is no indication that these penalties promoted "
                  "compliance with noncitizens' departure obligations.\""),
        explanation="Right: that was DHS's stated reason, in Secretary Mayorkas's words.",
        sources=("S198",),
    ),
    Numeric(
        id="l05-5",
        prompt=("News reports in 2025 said fines of up to $998 a day were often applied for five "
                "years, about $1.82 million. Check the arithmetic with the calculator: what is "
                "5 x 365 days at up to $998 a day, in dollars?"),
        value=1_821_350,
        tolerance=1_500,  # 1,826 days (one leap day) is accepted too
        unit="dollars",
        hints=("Five years is 5 x 365 = 1,825 days. Type it into the calculator's Days box.",
               "Choose the rate \"Up to $998 a day\" and read the total, or compute 1,825 x 998."),
        solution=("1,825 x $998 = $1,821,350, about $1.82 million, so the reported figure matches "
                  "the arithmetic. The arithmetic does not tell us what any real person owed."),
        explanation=("Right: about $1.82 million, as reported. Checking a reported number with your "
                     "own arithmetic is a habit worth keeping."),
        sources=("S199",),
    ),
    Numeric(
        id="l05-6",
        prompt=("In 2019 ICE issued fines of roughly $300,000 to $500,000. At the 2019 reported rate "
                "of up to $799 a day, about how many days does $500,000 represent? Round to a whole "
                "number of days."),
        value=626,
        tolerance=2,
        unit="days",
        hints=("Divide the total by the daily rate.",
               "500,000 / 799 is a little more than 625."),
        solution=("500,000 / 799 = 625.8, so about 626 days, or about 1.7 years of the daily "
                  "maximum."),
        explanation="Right: about 626 days, or about 1.7 years at the daily maximum.",
        sources=("S193", "S194"),
    ),
]
