"""Lesson 06: reading a budget request against an appropriation.

Sec. 7 of EO 13768 orders 10,000 additional officers "subject to the availability of
appropriations". Whether the money comes is Congress's decision. This module reads
the ``ice_staffing`` dataset and walks through the stages of one year's money for
those positions: the President's request, the House bill, the Senate bill and the
enacted appropriation. A stage our sources do not document is shown as "not in our
sources"; no number is ever filled in.

Everything here is pure except :class:`BudgetWalk`, a thin ipywidgets view over
:func:`stage_card`.

>>> share(65, 1000)
0.065
>>> share(65, None) is None
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from course._display import Rich, esc

NOT_IN_SOURCES = "not in our sources"
GOAL_FALLBACK_SOURCE = "S136"  # the order's own text sets the 10,000 figure
GOAL_MEASURE = "target_additional_officers"

#: The dataset's columns this module reads (``course.data.load("ice_staffing")``).
DATE, WHEN, MEASURE, COUNT, QUALIFIER, AS_REPORTED, SCOPE, SOURCE, CONFIDENCE, FLAG = (
    "date", "date_as_reported", "measure", "count", "qualifier", "value_as_reported", "scope",
    "source_id", "confidence", "flag")


@dataclass(frozen=True)
class StageDef:
    """A stage of the appropriations process and the dataset row that would document it."""

    key: str
    name: str
    measure: str
    date: str
    who: str


#: The FY2018 stages, in order. A stage is documented only by a row with exactly this
#: ``measure`` and ``date``; the dataset has none for the House and Senate bills.
FY2018 = (
    StageDef("request", "The President's budget request", "new_positions_requested", "2018",
             "The executive branch proposes. A request is not money."),
    StageDef("house", "The House bill", "new_positions_house_bill", "2018",
             "One chamber of Congress writes its version."),
    StageDef("senate", "The Senate bill", "new_positions_senate_bill", "2018",
             "The other chamber writes its version."),
    StageDef("enacted", "The enacted appropriation (FY2018 omnibus)", "new_positions_funded", "2018",
             "What Congress passed into law: only this stage lets money be spent."),
)


@dataclass(frozen=True)
class Stage:
    """One stage with what the sources say about it (``positions`` is None if nothing)."""

    key: str
    step: int
    name: str
    who: str
    positions: int | None
    as_reported: str
    scope: str
    source_ids: tuple[str, ...]

    @property
    def documented(self) -> bool:
        return self.positions is not None


def _ids(value: object) -> tuple[str, ...]:
    return tuple(p.strip() for p in str(value or "").split(";") if p.strip())


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):  # list-like values are not "missing"
        return False


def _number(value: object) -> int | None:
    if _missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else int(round(number))


def _text(value: object) -> str:
    return "" if _missing(value) else str(value)


def _rows(df, measure: str, date: str) -> list[dict]:
    return [row for row in df.to_dict("records")
            if _text(row.get(MEASURE)) == measure and _text(row.get(DATE)) == date]


def goal(df) -> tuple[int, tuple[str, ...]]:
    """The order's hiring target as the dataset records it, with its sources.

    Falls back to 10,000 from the order's text if the dataset has no target row.
    """
    for row in df.to_dict("records"):
        if _text(row.get(MEASURE)) == GOAL_MEASURE:
            value = _number(row.get(COUNT))
            if value:
                return value, _ids(row.get(SOURCE))
    return 10_000, (GOAL_FALLBACK_SOURCE,)


def stages(df, plan: tuple[StageDef, ...] = FY2018) -> tuple[Stage, ...]:
    """The stages of ``plan`` filled from the dataset; undocumented stages stay empty.

    A stage is filled only from a row whose measure and date match exactly: the function
    never estimates, interpolates or carries a number from one stage to another.
    """
    out = []
    for step, sd in enumerate(plan, start=1):
        rows = _rows(df, sd.measure, sd.date)
        row = next((r for r in rows if _number(r.get(COUNT)) is not None), None)
        if row is None:
            out.append(Stage(sd.key, step, sd.name, sd.who, None, "", "", ()))
        else:
            out.append(Stage(sd.key, step, sd.name, sd.who, _number(row.get(COUNT)),
                             _text(row.get(AS_REPORTED)), _text(row.get(SCOPE)),
                             _ids(row.get(SOURCE))))
    return tuple(out)


def share(part: float | None, whole: float | None) -> float | None:
    """``part`` as a share of ``whole`` (0.065 means 6.5%), or None if it cannot be computed.

    >>> share(1000, 10000)
    0.1
    >>> share(5, 0) is None
    True
    """
    if part is None or whole is None:
        return None
    try:
        part, whole = float(part), float(whole)
    except (TypeError, ValueError):
        return None
    if math.isnan(part) or math.isnan(whole) or whole <= 0 or part < 0:
        return None
    return round(part / whole, 6)


def percent(value: float | None) -> str:
    """A share written as a percent, or the "not in our sources" phrase.

    >>> percent(0.0065), percent(0.1), percent(None)
    ('0.65%', '10%', 'not in our sources')
    """
    if value is None:
        return NOT_IN_SOURCES
    text = f"{value * 100:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


@dataclass(frozen=True)
class Comparison:
    """Request against enacted, and both against the order's goal."""

    requested: int | None
    funded: int | None
    goal: int

    @property
    def gap(self) -> int | None:
        """Requested positions that were not funded."""
        if self.requested is None or self.funded is None:
            return None
        return self.requested - self.funded

    @property
    def funded_share_of_request(self) -> float | None:
        return share(self.funded, self.requested)

    @property
    def request_share_of_goal(self) -> float | None:
        return share(self.requested, self.goal)

    @property
    def funded_share_of_goal(self) -> float | None:
        return share(self.funded, self.goal)


def compare(df) -> Comparison:
    """Compare the FY2018 request with the enacted appropriation, and both with the goal."""
    by_key = {s.key: s for s in stages(df)}
    return Comparison(by_key["request"].positions, by_key["enacted"].positions, goal(df)[0])


def _bar(label: str, value: float | None) -> tuple[str, str]:
    if value is None:
        return (f'<p class="budget-bar-label">{esc(label)}: {NOT_IN_SOURCES}</p>',
                f"{label}: {NOT_IN_SOURCES}")
    width = max(0.0, min(100.0, value * 100))
    return (
        f'<p class="budget-bar-label">{esc(label)}: <strong>{percent(value)}</strong></p>'
        f'<div role="img" aria-label="{esc(label)}: {percent(value)}" '
        'style="background:#e8e8e8;width:100%;max-width:30em;height:1em;border:1px solid #777">'
        f'<div style="background:#0072B2;height:100%;width:{width:.2f}%;min-width:1px"></div></div>',
        f"{label}: {percent(value)}",
    )


COMPARE_WITH = {"goal": "the order's goal", "request": "the President's request"}


def stage_card(all_stages: tuple[Stage, ...], key: str, goal_value: int,
               against: str = "goal") -> Rich:
    """What one stage says, and its share of the goal or of the request.

    >>> s = (Stage("request", 1, "Request", "", 1000, "1,000", "", ("S111",)),
    ...      Stage("house", 2, "House", "", None, "", "", ()))
    >>> print(stage_card(s, "house", 10000).text.splitlines()[1])
    Positions: not in our sources. Our sources give no number for this stage, so this course gives none.
    """
    by_key = {s.key: s for s in all_stages}
    stage = by_key.get(key)
    if stage is None:
        msg = "Choose one of the listed stages."
        return Rich(f'<div class="budget-card" role="status"><p>{esc(msg)}</p></div>', msg)
    if against not in COMPARE_WITH:
        against = "goal"
    head = f"Stage {stage.step} of {len(all_stages)}: {stage.name}. {stage.who}"
    if not stage.documented:
        line = (f"Positions: {NOT_IN_SOURCES}. Our sources give no number for this stage, "
                "so this course gives none.")
        html = (f'<div class="budget-card" role="status"><p><strong>{esc(head)}</strong></p>'
                f"<p>{esc(line)}</p></div>")
        return Rich(html, f"{head}\n{line}")
    cite = f"[{'; '.join(stage.source_ids)}]" if stage.source_ids else ""
    line = (f"Positions: {stage.positions:,}. The source's words: \"{stage.as_reported}\" {cite}")
    if against == "request":
        request = by_key.get("request")
        denominator = request.positions if request else None
        bar_label = f"Share of the {denominator:,} requested" if denominator else "Share of the request"
    else:
        denominator = goal_value
        bar_label = f"Share of the order's goal of {goal_value:,} additional officers"
    bar_html, bar_text = _bar(bar_label, share(stage.positions, denominator))
    html = (f'<div class="budget-card" role="status"><p><strong>{esc(head)}</strong></p>'
            f"<p>Positions: <strong>{stage.positions:,}</strong>. The source's words: "
            f"&ldquo;{esc(stage.as_reported)}&rdquo; <span class=\"citation\">{esc(cite)}</span></p>"
            f"{bar_html}</div>")
    return Rich(html, f"{head}\n{line}\n{bar_text}")


def walkthrough(df) -> Rich:
    """Every stage, one after another: the widget's static text fallback."""
    all_stages = stages(df)
    g = goal(df)[0]
    cards = [stage_card(all_stages, s.key, g) for s in all_stages]
    return Rich("".join(c.html for c in cards), "\n\n".join(c.text for c in cards))


# -- staffing over time --------------------------------------------------------------

ERO_GROUP = "ERO deportation officers"
#: The chart's legend says what the ERO series mixes.
ERO_LEGEND = "ERO deportation officers (FY2016 also counts enforcement agents)"
#: Measures that count people on staff (not targets, requests, hires or applicants),
#: grouped by what they count.
HEADCOUNTS = {
    "deportation_officers_and_ieas": ERO_GROUP,
    "deportation_officers": ERO_GROUP,
    "ero_law_enforcement_officers": ERO_GROUP,
    "officers_and_agents": "All ICE law enforcement (ERO + HSI)",
    "ice_employees": "All ICE employees",
    "ero_employees": "All ICE employees",
}
#: Sources that are the agency speaking about itself.
AGENCY_RELEASES = {"S117"}
AGENCY_CLAIM = "the agency's own claim; no independent check in our sources"


def _date_key(value: str, precision: str = "") -> tuple[int, int, int]:
    """A sortable (year, month, day); a fiscal year sorts at its end, September 30.

    >>> _date_key("2019", "fiscal_year"), _date_key("2019-04", "month")
    ((2019, 9, 30), (2019, 4, 15))
    """
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    year = parts[0] if parts else 0
    if len(parts) == 1:
        return (year, 9, 30) if precision == "fiscal_year" else (year, 12, 31)
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else 15
    return year, month, day


def caution(flag: str, source_ids: tuple[str, ...]) -> str:
    """A plain-words caution for a row, from its flag and its sources.

    >>> caution("DEFINITION: broader than ERO deportation officers", ("S117", "S118"))
    "definition: broader than ERO deportation officers; the agency's own claim; no independent check in our sources"
    """
    out = []
    kind, _, detail = flag.partition(":")
    kind, detail = kind.strip().upper(), detail.strip()
    if kind == "APPROXIMATE":
        out.append("approximate")
    elif kind == "CONFLICT":
        out.append(f"conflicts with {detail}" if detail else "sources conflict")
    elif kind == "DEFINITION":
        out.append(f"definition: {detail}" if detail else "definitions differ")
    elif kind and kind != "TARGET":
        out.append(flag.lower())
    if AGENCY_RELEASES & set(source_ids):
        out.append(AGENCY_CLAIM)
    return "; ".join(out)


def _headcount_rows(df) -> list[dict]:
    rows = []
    for row in df.to_dict("records"):
        measure = _text(row.get(MEASURE))
        if measure not in HEADCOUNTS:
            continue
        ids = _ids(row.get(SOURCE))
        rows.append({
            "_key": _date_key(_text(row.get(DATE)), _text(row.get("date_precision"))),
            "_short": " ".join(p for p in (_text(row.get(QUALIFIER)),
                                           f"{_number(row.get(COUNT)) or 0:,}") if p),
            "when": _text(row.get(WHEN)),
            "group": HEADCOUNTS[measure],
            "what is counted": _text(row.get(SCOPE)),
            "figure as reported": _text(row.get(AS_REPORTED)),
            "count": _number(row.get(COUNT)),
            "sources": "; ".join(ids),
            "caution": caution(_text(row.get(FLAG)), ids),
        })
    rows.sort(key=lambda r: r["_key"])
    return rows


TABLE_COLUMNS = ["when", "group", "what is counted", "figure as reported", "count", "sources",
                 "caution"]


def staffing_table(df):
    """Head counts over time, with what each counts and a caution column.

    The figures use different definitions (deportation officers only, all officers and
    agents, or all employees), so the table keeps the definition beside each number,
    and it keeps the source's own words ("about", "more than").
    """
    import pandas as pd

    rows = _headcount_rows(df)
    table = pd.DataFrame([{k: r[k] for k in TABLE_COLUMNS} for r in rows], columns=TABLE_COLUMNS)
    table["count"] = table["count"].astype("Int64")
    return table


#: The groups the chart draws, with their markers (employees of every kind stay in the table).
FIGURE_GROUPS = {ERO_GROUP: "o", "All ICE law enforcement (ERO + HSI)": "s"}


def staffing_figure(df):
    """A dot chart of law-enforcement head counts over time, one series per definition.

    Returns the matplotlib figure; show it with :func:`course.figures.show`.
    """
    import matplotlib.pyplot as plt

    from course.figures import SERIES

    rows = [r for r in _headcount_rows(df) if r["group"] in FIGURE_GROUPS and r["count"]]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for i, (group, marker) in enumerate(FIGURE_GROUPS.items()):
        part = [r for r in rows if r["group"] == group]
        xs = [r["_key"][0] + (r["_key"][1] - 0.5) / 12 for r in part]
        ys = [r["count"] for r in part]
        ax.scatter(xs, ys, marker=marker, s=60, color=SERIES[i], zorder=3,
                   label=ERO_LEGEND if group == ERO_GROUP else group)
        for x, y, r in zip(xs, ys, part):
            label = r["_short"] + (" (agency's claim)" if AGENCY_CLAIM in r["caution"] else "")
            left = i == 1  # the second series is labelled on the left to avoid overlaps
            ax.annotate(label, (x, y), textcoords="offset points", xytext=(-8 if left else 6, 6),
                        ha="right" if left else "left", fontsize=9)
    ax.set_ylabel("People (as reported)")
    ax.set_xlabel("Date of the figure (a fiscal year is drawn at its end, September 30)")
    ax.set_ylim(0, 25_000)
    ax.set_xlim(2015.5, 2027.5)
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=1, frameon=False)
    ax.set_title("ICE law-enforcement staff as reported, by what is counted")
    return fig


# -- the widget ---------------------------------------------------------------------

class BudgetWalk:
    """A slider through the stages and a choice of what to compare with -> HTML card."""

    def __init__(self, df, start: str = "request") -> None:
        import ipywidgets as w

        self.stages = stages(df)
        self.goal = goal(df)[0]
        options = [(f"{s.step}. {s.name}", s.key) for s in self.stages]
        self.stage = w.SelectionSlider(options=options, value=start, description="Stage:",
                                       continuous_update=False,
                                       style={"description_width": "initial"},
                                       layout=w.Layout(width="100%", max_width="52em"))
        self.against = w.ToggleButtons(options=[(v.capitalize(), k) for k, v in COMPARE_WITH.items()],
                                       value="goal", description="Compare with:",
                                       style={"description_width": "initial"})
        self.card = w.HTML()
        self.help = w.HTML("<p><small>Move the slider with the mouse or, after clicking it, with "
                           "the arrow keys.</small></p>")
        self.box = w.VBox([self.stage, self.help, self.against, self.card],
                          layout=w.Layout(max_width="52em"))
        self.stage.observe(self._update, names="value")
        self.against.observe(self._update, names="value")
        self._update()

    def _update(self, _change: object = None) -> None:
        self.card.value = stage_card(self.stages, self.stage.value, self.goal,
                                     self.against.value).html

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def widget(df, start: str = "request") -> BudgetWalk:
    """Build the lesson's budget walk-through widget."""
    return BudgetWalk(df, start)
