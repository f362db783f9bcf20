"""Lesson 05's penalty calculator: the arithmetic, odd input, sources and the widget."""

from __future__ import annotations

import math

import pytest

from course import fines, sources


def test_a_year_at_the_statutes_maximum_is_182500_dollars():
    result = fines.estimate(365, "statute")
    assert result.ok and result.amount == 182_500


def test_zero_days_gives_zero_dollars_not_an_error():
    assert fines.estimate(0, "reported-2019").amount == 0


def test_five_years_at_the_2025_reported_rate_matches_the_reported_1_82_million():
    assert fines.estimate(5 * 365, "reported-2025").amount == 1_821_350


@pytest.mark.parametrize("value, words", [
    (-1, "negative"),
    (2.5, "whole"),
    ("ten", "not a number"),
    ("", "Enter a number"),
    (None, "Enter a number"),
    (True, "not True or False"),
    (math.nan, "finite"),
    (math.inf, "finite"),
    (10**12, "100 years"),
    ([30], "not a list"),
])
def test_odd_input_gets_a_friendly_message_and_no_amount(value, words):
    result = fines.estimate(value, "statute")
    assert not result.ok and result.amount is None
    assert words in result.message


def test_text_with_thousands_separators_and_whole_floats_are_accepted():
    assert fines.parse_days("1,000") == (1000, "")
    assert fines.parse_days(30.0) == (30, "")


def test_the_limit_itself_is_accepted_and_one_more_day_is_not():
    assert fines.estimate(fines.MAX_DAYS, "statute").ok
    assert not fines.estimate(fines.MAX_DAYS + 1, "statute").ok


def test_an_unknown_rate_gets_a_message_instead_of_a_traceback():
    assert fines.estimate(10, "made-up").message == "Choose one of the listed rates."
    with pytest.raises(KeyError, match="choose one of"):
        fines.rate("made-up")


def test_up_to_refuses_negative_numbers():
    with pytest.raises(ValueError):
        fines.up_to(-1, 500)


def test_every_rate_is_dated_sourced_in_the_registry_and_labelled_up_to():
    for r in fines.RATES:
        assert r.date and r.source_ids and r.confidence in sources.CONFIDENCE
        for sid in r.source_ids:
            sources.get(sid)
        assert r.label.startswith("Up to $") and r.date in r.label and r.source_ids[0] in r.label


def test_only_the_statutes_500_dollars_is_not_labelled_as_reported():
    assert [r.dollars for r in fines.RATES if "reported" not in r.date] == [500]


def test_the_2025_figure_carries_the_dossiers_medium_confidence():
    assert fines.rate("reported-2025").confidence == "medium"
    assert "medium" in fines.rate("reported-2025").label


def test_every_result_shows_the_not_legal_advice_note_even_on_bad_input():
    for value in (30, -5, "abc"):
        shown = fines.describe(fines.estimate(value, "statute"))
        assert fines.NOTE in shown.text and fines.NOTE in shown.html


def test_the_static_table_lists_every_rate_for_the_same_days():
    text = fines.table(10).text
    assert "up to $5,000" in text and "up to $7,990" in text and "up to $9,980" in text


def test_the_widget_updates_its_result_when_the_controls_change():
    calc = fines.calculator(days=10, rate_key="statute")
    assert "$5,000" in calc.result.value
    calc.rate.value = "reported-2019"
    assert "$7,990" in calc.result.value
    calc.days.value = 100
    assert "$79,900" in calc.result.value
    calc.days.value = -3
    assert "cannot be negative" in calc.result.value
    assert fines.NOTE in calc.result.value


def test_the_widgets_controls_have_visible_labels():
    calc = fines.calculator()
    assert calc.days.description and calc.rate.description
    assert all(label.startswith("Up to $") for label, _key in calc.rate.options)


def test_the_lesson_checks_accept_the_right_answers_and_reject_the_misconceptions():
    from course.checks import evaluate

    assert evaluate("l05-1", "that the Secretary is authorized under the law to assess").passed
    assert not evaluate("l05-1", "authorized by law to assess and collect").passed  # EO 14159's words
    assert evaluate("l05-2", "b").passed and not evaluate("l05-2", "d").passed
    assert evaluate("l05-3", "b").passed and not evaluate("l05-3", "d").passed
    assert evaluate("l05-4", "b").passed and not evaluate("l05-4", "a").passed
    assert evaluate("l05-6", 626).passed and not evaluate("l05-6", 500).passed
    assert evaluate("l05-5", None).status == "not attempted"


def test_the_arithmetic_checks_agree_with_the_calculator():
    from course.checks import question

    assert question("l05-5").value == fines.estimate(5 * 365, "reported-2025").amount
    assert abs(question("l05-6").value - 500_000 / fines.rate("reported-2019").dollars) < 1
