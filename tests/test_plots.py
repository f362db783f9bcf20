"""The chart kinds: labelled axes, gaps left as gaps, the order's dates marked, the palette."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from course import data, plots  # noqa: E402
from course.figures import PALETTE, SERIES  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def bars_by_year(ax):
    return {round(p.get_x() + p.get_width() / 2): p.get_height() for p in ax.patches
            if p.get_height() > 0}


def hexes(artists):
    return {mcolors.to_hex(a.get_facecolor()).upper() for a in artists}


def sample():
    return pd.DataFrame({"fiscal_year": pd.array([2015, 2016, 2018, 2019], dtype="Int64"),
                         "metric": ["interior_removals"] * 4,
                         "count": pd.array([10, 20, 40, 50], dtype="Int64"),
                         "qualifier": pd.array([None, None, "about", None], dtype="string")})


def test_fiscal_year_bars_label_both_axes_with_units():
    fig, _ = plots.fiscal_year_chart(sample(), metrics=["interior_removals"],
                                     ylabel="People removed (count)")
    ax = fig.axes[0]
    assert "fiscal year" in ax.get_xlabel().lower()
    assert ax.get_ylabel() == "People removed (count)"


def test_a_missing_fiscal_year_has_no_bar_and_is_labelled_no_data():
    fig, alt = plots.fiscal_year_chart(sample(), metrics=["interior_removals"])
    ax = fig.axes[0]
    assert set(bars_by_year(ax)) == {2015, 2016, 2018, 2019}
    assert 2017 not in bars_by_year(ax)
    assert any(t.get_text() == plots.NO_DATA and round(t.get_position()[0]) == 2017
               for t in ax.texts)
    assert "no data for FY2017" in alt


def test_a_line_chart_breaks_at_a_missing_year_instead_of_interpolating():
    fig, _ = plots.fiscal_year_chart(sample(), metrics=["interior_removals"], kind="line")
    line = fig.axes[0].lines[0]
    ys = dict(zip(line.get_xdata(), line.get_ydata()))
    assert math.isnan(ys[2017])
    assert ys[2016] == 20 and ys[2018] == 40


def test_the_order_and_its_revocation_are_marked_inside_their_fiscal_years():
    fig, alt = plots.fiscal_year_chart(data.load("enforcement_by_fy"),
                                       metrics=["removals_total"])
    ax = fig.axes[0]
    xs = sorted(line.get_xdata()[0] for line in ax.lines if line.get_linestyle() == "--")
    assert len(xs) == 2
    assert 2016.5 < xs[0] < 2017.5 and 2020.5 < xs[1] < 2021.5
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "Jan. 25, 2017" in texts and "Jan. 20, 2021" in texts
    assert "January 25, 2017" in alt and "January 20, 2021" in alt


def test_bars_use_the_colour_blind_safe_palette_and_hatch_rounded_values():
    df = data.load("enforcement_by_fy")
    fig, _ = plots.fiscal_year_chart(df, metrics=["removals_total", "interior_removals"])
    ax = fig.axes[0]
    bars = [p for p in ax.patches if p.get_height() > 0]
    assert hexes(bars) <= {c.upper() for c in PALETTE}
    assert {SERIES[0].upper(), SERIES[1].upper()} <= hexes(bars)
    fy16 = [p for p in bars if round(p.get_x() + p.get_width() / 2 + 0.2) == 2016
            and p.get_height() == 240000]
    assert fy16 and fy16[0].get_hatch() == "//"


def test_the_chart_refuses_several_values_for_one_year():
    with pytest.raises(ValueError, match="all_values"):
        plots.fiscal_year_chart(data.load("enforcement_by_fy", all_values=True),
                                metrics=["removals_total"])


def test_the_step_chart_leaves_long_stretches_without_data_empty():
    df = data.load("agreements_287g")
    fig, alt = plots.step_chart(df, measure="agencies", ylabel="Agencies (count)")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Agencies (count)" and ax.get_xlabel()
    steps = [line for line in ax.lines if line.get_drawstyle().startswith("steps")]
    assert len(steps) >= 3  # separate runs, not one line across the gaps
    for line in steps:
        xs = matplotlib.dates.date2num(list(line.get_xdata()))
        assert all(b - a <= 550 for a, b in zip(xs, xs[1:]))
    assert "No data between" in alt
    assert {mcolors.to_hex(line.get_color()).upper() for line in steps} == {SERIES[0].upper()}
    dashed = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert len(dashed) == 2


def test_the_timeline_puts_each_kind_on_its_own_labelled_row():
    df = data.load("timeline")
    fig, alt = plots.timeline_chart(df, label_ids=["eo13768-signed"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        k for k in plots.KIND_ORDER if k in set(df["kind"])]
    assert ax.get_xlabel() and ax.get_ylabel() == "Kind of event"
    assert any(t.get_text() == "eo13768-signed" for t in ax.texts)
    colours = {mcolors.to_hex(c).upper() for coll in ax.collections
               for c in list(coll.get_facecolors()) + list(coll.get_edgecolors())}
    assert colours - {"#FFFFFF"} <= {c.upper() for c in SERIES}
    assert alt.startswith(f"Timeline of {len(df)} events")


def test_source_ids_give_the_figure_its_source_line():
    df = data.load("enforcement_by_fy")
    sub = df[df["metric"] == "interior_removals"]
    ids = data.source_ids(sub)
    assert ids and all(i.startswith("S") for i in ids)
    from course.figures import source_line

    assert "[" + "; ".join(ids) + "]" in source_line(ids).text
