"""Lesson 06's budget walk-through: stages, shares, the staffing table and the widget."""

from __future__ import annotations

import pandas as pd
import pytest

from course import budget, data, sources


@pytest.fixture(scope="module")
def staffing():
    return data.load("ice_staffing")


def _frame(rows):
    cols = ["date", "date_precision", "date_as_reported", "measure", "count", "qualifier",
            "value_as_reported", "scope", "source_id", "confidence", "flag"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_the_fy2018_request_and_enacted_numbers_come_from_the_dataset(staffing):
    by_key = {s.key: s for s in budget.stages(staffing)}
    assert by_key["request"].positions == 1000
    assert by_key["enacted"].positions == 65
    assert "criminal investigations agents" in by_key["enacted"].as_reported
    assert by_key["enacted"].source_ids == ("S111",)


def test_stages_without_a_source_stay_empty_and_say_so(staffing):
    by_key = {s.key: s for s in budget.stages(staffing)}
    for key in ("house", "senate"):
        assert by_key[key].positions is None and not by_key[key].documented
        card = budget.stage_card(budget.stages(staffing), key, 10_000)
        assert budget.NOT_IN_SOURCES in card.text and budget.NOT_IN_SOURCES in card.html


def test_a_stage_is_filled_only_by_a_row_with_its_exact_measure_and_year():
    df = _frame([("2019", "fiscal_year", "FY2019", "new_positions_funded", 999, None, "999",
                  "", "S111", "medium", None)])
    assert all(s.positions is None for s in budget.stages(df))


def test_a_house_row_if_one_is_ever_sourced_would_be_shown():
    df = _frame([("2018", "fiscal_year", "FY2018 House", "new_positions_house_bill", 500, None,
                  "500 agents", "", "S111", "medium", None)])
    by_key = {s.key: s for s in budget.stages(df)}
    assert by_key["house"].positions == 500 and by_key["request"].positions is None


def test_the_comparison_gives_the_gap_and_both_shares(staffing):
    c = budget.compare(staffing)
    assert (c.requested, c.funded, c.goal, c.gap) == (1000, 65, 10_000, 935)
    assert c.funded_share_of_request == pytest.approx(0.065)
    assert c.funded_share_of_goal == pytest.approx(0.0065)
    assert c.request_share_of_goal == pytest.approx(0.1)


@pytest.mark.parametrize("part, whole", [(None, 10), (5, None), (5, 0), (5, -1), (-1, 5),
                                         (float("nan"), 5), ("x", 5)])
def test_a_share_that_cannot_be_computed_is_none(part, whole):
    assert budget.share(part, whole) is None


def test_a_missing_share_is_written_as_not_in_our_sources():
    assert budget.percent(None) == budget.NOT_IN_SOURCES
    assert budget.percent(0.065) == "6.5%"


def test_the_goal_falls_back_to_the_orders_text_when_the_dataset_lacks_it():
    assert budget.goal(_frame([])) == (10_000, ("S136",))


def test_the_staffing_table_keeps_definitions_and_flags_the_agencys_own_claims(staffing):
    table = budget.staffing_table(staffing)
    assert list(table.columns) == budget.TABLE_COLUMNS
    assert not table.empty and table["what is counted"].str.len().min() > 0
    claims = table[table["sources"].str.contains("S117")]
    assert len(claims) >= 2 and claims["caution"].str.contains("agency's own claim").all()
    # Requests, targets, hires and applicants are not head counts.
    assert not table["figure as reported"].str.contains("applicants").any()
    assert 65 not in set(table["count"].dropna())


def test_the_staffing_table_is_in_date_order(staffing):
    keys = [r["_key"] for r in budget._headcount_rows(staffing)]
    assert keys == sorted(keys)


def test_every_source_the_budget_tools_cite_is_in_the_registry(staffing):
    for stage in budget.stages(staffing):
        for sid in stage.source_ids:
            sources.get(sid)
    for ids in budget.staffing_table(staffing)["sources"]:
        for sid in sources.ids_in_field(ids):
            sources.get(sid)


def test_an_unknown_stage_gets_a_message_not_a_traceback(staffing):
    card = budget.stage_card(budget.stages(staffing), "conference", 10_000)
    assert "Choose one of the listed stages" in card.text


def test_the_widget_walks_the_stages_and_switches_the_comparison(staffing):
    walk = budget.widget(staffing)
    assert "1,000" in walk.card.value and "10%" in walk.card.value
    walk.stage.value = "house"
    assert budget.NOT_IN_SOURCES in walk.card.value
    walk.stage.value = "enacted"
    assert "0.65%" in walk.card.value
    walk.against.value = "request"
    assert "6.5%" in walk.card.value and "1,000 requested" in walk.card.value


def test_the_widgets_controls_have_visible_labels(staffing):
    walk = budget.widget(staffing)
    assert walk.stage.description and walk.against.description
    assert [label.split(". ", 1)[0] for label in walk.stage._options_labels] == ["1", "2", "3", "4"]


def test_the_staffing_figure_draws_both_definitions(staffing):
    import matplotlib

    matplotlib.use("Agg")
    fig = budget.staffing_figure(staffing)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == [budget.ERO_LEGEND, "All ICE law enforcement (ERO + HSI)"]
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_the_lesson_checks_agree_with_the_dataset(staffing):
    from course.checks import evaluate, question

    c = budget.compare(staffing)
    assert question("l06-3").value == pytest.approx(c.funded_share_of_request * 100)
    assert question("l06-4").value == pytest.approx(c.funded_share_of_goal * 100)
    assert evaluate("l06-1", "subject to the availability of appropriations").passed
    assert not evaluate("l06-1", "to the extent permitted by law").passed
    assert evaluate("l06-2", "c").passed and not evaluate("l06-2", "b").passed
    assert evaluate("l06-5", "c").passed and not evaluate("l06-5", "a").passed
    assert evaluate("l06-6", "b").passed and not evaluate("l06-6", "a").passed
