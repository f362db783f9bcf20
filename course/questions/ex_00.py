"""Problem set 00: using the course and the structure of the order (no datasets needed).

Registry ids: S136 is the official text of EO 13768 (82 FR 8799); S139 is the
course's plain-language adaptation, which is not the order.
"""

from __future__ import annotations

from course.checks import Clause, Custom, FreeResponse, MultipleChoice, Numeric, Text

ORDER, ADAPTATION = "S136", "S139"


def _title8_sections() -> list[int]:
    from course import order

    return [s.number for s in order.sections()
            if any(key.startswith("8 U.S.C.") for key in s.statutes)]


def _as_int_list(answer: object) -> list[int] | None:
    if isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
        return None
    out = []
    for item in answer:
        if isinstance(item, bool):
            return None
        try:
            number = float(item)
        except (TypeError, ValueError):
            return None
        if number != int(number):
            return None
        out.append(int(number))
    return out


def _check_title8(answer: object) -> tuple[bool, str]:
    numbers = _as_int_list(answer)
    if numbers is None:
        return False, "Answer with a list of section numbers, for example [1, 2]."
    if any(n < 1 or n > 18 for n in numbers):
        return False, "The order's sections are numbered 1 to 18; one of your numbers is not a section."
    expected = set(_title8_sections())
    found = set(numbers)
    if found == expected:
        return True, ("Right. Title 8 of the U.S. Code holds the immigration statutes, and these "
                      "sections name a part of it.")
    if found < expected:
        return False, "Every number you listed is right, but the list is missing at least one section."
    return False, ("At least one section on your list does not cite 8 U.S.C. Check each one's "
                   "statutes, and count 'INA' citations only if the same section also names 8 U.S.C.")


QUESTIONS = [
    MultipleChoice(
        id="ex-00-1",
        prompt=("You run the check for a question before writing any answer, so the answer "
                "variable still holds `...`. Which status does the check report?"),
        options=("pass", "not yet", "not attempted", "an error message"),
        answer="c",
        feedback={
            "a": "A check passes only when the answer is right.",
            "b": "'Not yet' means an answer was given but is not right yet.",
            "d": "Checks never raise an error on a student's input; they report a status.",
        },
        hints=("There are three statuses. Which one describes an empty answer?",
               "`...` (Ellipsis) counts as 'no answer yet'."),
        solution=("'not attempted': the checks treat None, `...` and empty text as no answer, "
                  "so you can run every cell before you start."),
        explanation="Right: an empty answer is 'not attempted', never 'wrong'.",
    ),
    Numeric(
        id="ex-00-2",
        prompt=("How many numbered sections does the official text of Executive Order 13768 "
                "have [S136]? Count them in the text or with `len(course.order.sections())`."),
        value=18,
        wrong="Count the sections of the official text again: each starts with its number.",
        hints=("The sections start with 'Section 1.' and 'Sec. 2.' ... in the official text.",
               "`course.order.sections()` returns one entry per section; `len(...)` counts them."),
        solution="`len(course.order.sections())` gives 18: Sec. 1 (Purpose) to Sec. 18 (General Provisions).",
        explanation="Right: 18 sections, from Sec. 1 (Purpose) to Sec. 18 (General Provisions).",
        sources=(ORDER,),
    ),
    MultipleChoice(
        id="ex-00-3",
        prompt=("`course.order.compare(n)` shows a plain-language adaptation next to the official "
                "text [S139]. What is that adaptation?"),
        options=("The official text published in the Federal Register",
                 "A reading aid in plainer words; it is not the order",
                 "A later executive order that replaced EO 13768",
                 "A court's summary of what the order means"),
        answer="b",
        feedback={
            "a": "The official text is what `course.order.show(n)` displays. The adaptation is something else.",
            "c": "The adaptation is not an order at all; no President signed it.",
            "d": "No court wrote the adaptation.",
        },
        hints=("Read the label above the adaptation in `course.order.compare(1)`.",
               "Which of the four could a student rely on to know exactly what the order says? "
               "Then ask whether the adaptation is that."),
        solution=("(b). The adaptation rewrites the order in plainer words to help reading. Only the "
                  "official text [S136] says what the order says."),
        explanation="Right: the adaptation is a reading aid. Always check the official text.",
        sources=(ADAPTATION, ORDER),
    ),
    Text(
        id="ex-00-4",
        prompt="What is the caption (the short title after the number) of Sec. 9 of the order [S136]?",
        accept=(r"^(sec\.? 9\.? )?sanctuary jurisdictions\.?$",),
        reject={r"cit(y|ies)": "Use the order's exact words for the caption."},
        hints=("Run `course.order.show(9)` and read the words right after 'Sec. 9.'.",
               "The caption is two words long."),
        solution="'Sanctuary Jurisdictions' (`course.order.section(9).caption`).",
        explanation="Right: Sec. 9 is captioned 'Sanctuary Jurisdictions'.",
        sources=(ORDER,),
    ),
    Clause(
        id="ex-00-5",
        prompt=("Sec. 18 says what the order does not do. Quote the words (at least 5, copied from "
                "the official text) that say the order creates no legal right or benefit [S136]."),
        section=18,
        must_include=("right or benefit",),
        min_words=5,
        hints=("Run `course.order.show(18)`; Sec. 18 has three lettered paragraphs.",
               "Look in paragraph (c) for the words 'right or benefit'."),
        solution=("Sec. 18(c): \"This order is not intended to, and does not, create any right or "
                  "benefit, substantive or procedural, enforceable at law or in equity ...\""),
        explanation="Right: Sec. 18(c) says the order creates no enforceable right or benefit.",
        sources=(ORDER,),
    ),
    Custom(
        id="ex-00-6",
        prompt=("Make a list of the numbers of the sections whose official text cites title 8 of "
                "the U.S. Code (\"8 U.S.C. ...\") [S136]. `course.order.section(n).statutes` lists "
                "what section n cites."),
        func=_check_title8,
        hints=("Loop over `course.order.sections()`; each has `.number` and `.statutes`.",
               "Keep a section if any of its statutes starts with \"8 U.S.C.\".",
               "`[s.number for s in course.order.sections() if any(k.startswith(\"8 U.S.C.\") "
               "for k in s.statutes)]`"),
        solution=("`[s.number for s in course.order.sections() if any(k.startswith(\"8 U.S.C.\") "
                  "for k in s.statutes)]` gives [3, 5, 7, 8, 9, 12]."),
        sources=(ORDER,),
    ),
    FreeResponse(
        id="ex-00-7",
        prompt=("Concept application. A county sheriff's office receives a one-page summary of "
                "Executive Order 13768 written by an outside group. The sheriff asks the office's "
                "attorney what the order actually requires. "
                "(A) Identify the document the attorney should read to know what the order says, "
                "and where it was published. "
                "(B) Explain why the office should not rely on a summary or an adaptation when "
                "deciding what the order requires. "
                "(C) Explain how Sec. 18 limits what the order does by itself, quoting its words."),
        kind="concept application",
        min_words=60,
        points=3,
        checklist=("answers (A), (B) and (C) in order",
                   "names where the official text was published",
                   "quotes Sec. 18 exactly and explains the quotation in your own words"),
        sources=(ORDER, ADAPTATION),
    ),
]
