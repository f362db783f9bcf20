"""In-lesson checks for lesson 00 (start here)."""

from course.checks import MultipleChoice, Numeric

QUESTIONS = [
    Numeric(
        id="l00-1",
        prompt="How many numbered sections does Executive Order 13768 have?",
        value=18,
        hints=("Look at the map of the order above: one row per section.",
               "Count the rows, or read the number of the last section, 'General Provisions'."),
        solution="18. The last section, Sec. 18, is 'General Provisions' [S136].",
        explanation="Right: 18 sections, from Sec. 1 (Purpose) to Sec. 18 (General Provisions).",
        sources=("S136",),
    ),
    MultipleChoice(
        id="l00-2",
        prompt="Which of these is the official text of the order?",
        options=(
            "The text published in the Federal Register, which course.order.show() displays",
            "The plain-language adaptation",
            "A news article that quotes the order",
        ),
        answer="a",
        feedback={
            "b": "Not yet. The adaptation is a reading aid. It changes words, for example "
                 "'must' where the order says 'shall'.",
            "c": "Not yet. A news article may quote the order, but it can cut or change words.",
        },
        hints=("Which version did the government itself publish?",
               "Presidential documents are published in the Federal Register."),
        solution="(a) The Federal Register text is the official one; the course shows it with "
                 "course.order.show(n). The adaptation is only a reading aid.",
        explanation="Right: the Federal Register text is the order. Everything else is a copy, "
                    "a summary or an adaptation.",
        sources=("S136", "S139"),
    ),
    MultipleChoice(
        id="l00-3",
        prompt="According to the map, which official does the order direct in the most sections?",
        options=("The Attorney General", "The Secretary of Homeland Security",
                 "The Secretary of State", "Members of the public"),
        answer="b",
        feedback={
            "a": "Not yet. The Attorney General appears in several sections, but not the most.",
            "c": "Not yet. The Secretary of State appears in only one section.",
            "d": "Not yet. Look again: does any column of the map name the public?",
        },
        hints=("Find the column with the most dots.",),
        solution="(b) The Secretary of Homeland Security, whom the order calls 'the Secretary'.",
        explanation="Right. The order mostly directs the Secretary of Homeland Security; it "
                    "directs officials, not members of the public.",
        sources=("S136",),
    ),
]
