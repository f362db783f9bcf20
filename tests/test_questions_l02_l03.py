"""Lessons 02 and 03's checks: the right answer passes, wrong answers get feedback, ids are real."""

from __future__ import annotations

import pytest

from course import checks, directives, glossary, sources
from course.questions import l02, l03

RIGHT = {
    "l02-1": "The purpose of this order is to direct executive departments and agencies "
             "(agencies) to employ all lawful means to enforce the immigration laws of the United States.",
    "l02-2": "b", "l02-3": "b", "l02-4": 5, "l02-5": "c",
    "l02-6": "subject to the availability of appropriations",
    "l03-1": "b", "l03-2": "b",
    "l03-3": "jurisdictions that willfully refuse to comply with 8 U.S.C. 1373 (sanctuary jurisdictions)",
    "l03-4": "c", "l03-5": "b",
}
WRONG = {
    "l02-1": "Interior enforcement of our Nation's immigration laws is critically important",
    "l02-2": "a", "l02-3": "a", "l02-4": 4, "l02-5": "b",
    "l02-6": "This order shall be implemented consistent with applicable law",
    "l03-1": "d", "l03-2": "a", "l03-3": "The Attorney General shall take appropriate enforcement action",
    "l03-4": "a", "l03-5": "d",
}
ALL = [q.id for q in (*l02.QUESTIONS, *l03.QUESTIONS)]


def test_ids_are_numbered_in_order_without_gaps():
    assert [q.id for q in l02.QUESTIONS] == [f"l02-{i}" for i in range(1, len(l02.QUESTIONS) + 1)]
    assert [q.id for q in l03.QUESTIONS] == [f"l03-{i}" for i in range(1, len(l03.QUESTIONS) + 1)]


@pytest.mark.parametrize("qid", ALL)
def test_the_right_answer_passes_and_a_wrong_one_does_not(qid):
    assert checks.evaluate(qid, RIGHT[qid]).status == checks.PASS
    assert checks.evaluate(qid, WRONG[qid]).status == checks.NOT_YET
    assert checks.evaluate(qid, ...).status == checks.NOT_ATTEMPTED


@pytest.mark.parametrize("qid", ALL)
def test_every_question_has_hints_a_solution_and_registered_sources(qid):
    q = checks.question(qid)
    assert q.hints and q.solution and q.sources
    for sid in q.sources:
        sources.get(sid, where=qid)
    for text in (q.solution, q.explanation):
        for sid in sources.ids_in(text):
            sources.get(sid, where=qid)


def test_wrong_feedback_never_gives_away_the_letter_of_the_answer():
    for q in (*l02.QUESTIONS, *l03.QUESTIONS):
        for message in getattr(q, "feedback", {}).values():
            assert f"({q.answer})" not in message


def test_the_attorney_general_count_matches_the_directive_table():
    (q,) = [q for q in l02.QUESTIONS if q.id == "l02-4"]
    assert q.value == len(directives.select("Attorney General"))


def test_the_statute_word_question_matches_the_glossary():
    assert "alien" in glossary.lookup("alien").entry.quote
