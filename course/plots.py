"""The course's chart kinds: each returns a matplotlib Figure and a suggested alt text.

A lesson shows a chart through the figure convention, which adds the source line::

    fig, alt = course.plots.fiscal_year_chart(df, metrics=["interior_removals"])
    course.figures.show(fig, alt=alt, source_ids=course.data.source_ids(df))

Every chart uses the Okabe-Ito palette (:data:`course.figures.SERIES`), labels its axes with
units, and draws missing data as missing: a fiscal year without a value has no bar and no
line through it (a "no data" mark says so), never an interpolated value. Values a source
gives only as "about" or "more than" are drawn hatched (bars) or hollow (points).

>>> import course.data
>>> fig, alt = fiscal_year_chart(course.data.load("enforcement_by_fy"), metrics=["interior_removals"])
>>> alt.startswith("Bar chart")
True
"""

from __future__ import annotations

from datetime import date

from course.figures import PALETTE, SERIES

#: The order's signing and its revocation: (date, label).
EVENTS = (
    (date(2017, 1, 25), "EO 13768 signed\nJan. 25, 2017 (FY2017)"),
    (date(2021, 1, 20), "EO 13768 revoked\nJan. 20, 2021 (FY2021)"),
)
KIND_ORDER = ("executive", "legislative", "judicial", "agency")
NO_DATA = "no data"
TEXT = PALETTE[0]

_METRIC_LABELS = {
    "removals_total": "All ICE removals",
    "interior_removals": "Interior removals (ICE arrests)",
    "border_removals": "Border removals (CBP arrests)",
    "admin_arrests": "ICE administrative arrests",
    "detainers_issued": "Detainers issued",
    "at_large_arrests": "At-large arrests",
}


def _plt():
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg",) and "inline" not in matplotlib.get_backend():
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def fy_position(day: date) -> float:
    """Where a date falls on a fiscal-year axis whose bars are centred on the year number.

    FY2017 runs from 2016.5 to 2017.5 on the axis; January 25, 2017 is 116 days in.

    >>> round(fy_position(date(2017, 1, 25)), 2)
    2016.82
    """
    fy = day.year + 1 if day.month >= 10 else day.year
    start = date(fy - 1, 10, 1)
    length = (date(fy, 10, 1) - start).days
    return fy - 0.5 + (day - start).days / length


def _fmt(n: float) -> str:
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


def _years_text(years: list[int]) -> str:
    return ", ".join(f"FY{y}" for y in years)


def fiscal_year_chart(df, *, metrics: list[str] | tuple[str, ...], value: str = "count",
                      kind: str = "bar", years: tuple[int, int] | None = None,
                      labels: dict[str, str] | None = None, ylabel: str = "People (count)",
                      title: str | None = None, annotate: bool = True):
    """A bar or line chart by fiscal year, with the order's date and its revocation marked.

    Parameters
    ----------
    df : pandas.DataFrame
        Long data with ``fiscal_year``, ``metric``, ``value`` (and optionally ``qualifier``),
        e.g. ``course.data.load("enforcement_by_fy")``. One row per year and metric.
    metrics : list of str
        The metrics to draw, one series each.
    value : str
        The column holding the numbers (``"count"`` or ``"percent"``).
    kind : {"bar", "line"}
    years : (first, last), optional
        The fiscal years on the axis (default: the range in the data). Years without a
        value stay empty.
    ylabel : str
        The y-axis label, with its unit.

    Returns
    -------
    (matplotlib.figure.Figure, str)
        The figure and a suggested alt text.

    Examples
    --------
    >>> import course.data
    >>> df = course.data.load("enforcement_by_fy")
    >>> fig, alt = fiscal_year_chart(df, metrics=["removals_total", "interior_removals"], kind="line")
    >>> "no data" in alt
    True
    """
    if kind not in ("bar", "line"):
        raise ValueError(f"kind must be 'bar' or 'line', not {kind!r}")
    labels = {**_METRIC_LABELS, **(labels or {})}
    sub = df[df["metric"].isin(metrics)]
    missing_metrics = [m for m in metrics if m not in set(sub["metric"])]
    if missing_metrics:
        raise ValueError(f"No rows for the metric(s) {', '.join(missing_metrics)}; "
                         f"the metrics present are {', '.join(sorted(set(df['metric'])))}.")
    if sub.duplicated(["fiscal_year", "metric"]).any():
        raise ValueError("Several rows share a fiscal year and metric; load the data without "
                         "all_values=True (one preferred value per observation).")
    first, last = years or (int(sub["fiscal_year"].min()), int(sub["fiscal_year"].max()))
    fys = list(range(first, last + 1))
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    width = 0.8 / len(metrics)
    alt_parts, gaps_all = [], {}
    ymax = 0.0
    for i, metric in enumerate(metrics):
        colour = SERIES[i % len(SERIES)]
        rows = sub[sub["metric"] == metric].set_index("fiscal_year")
        vals, quals = [], []
        for fy in fys:
            if fy in rows.index and not _isna(rows.loc[fy, value]):
                vals.append(float(rows.loc[fy, value]))
                q = rows.loc[fy, "qualifier"] if "qualifier" in rows.columns else None
                quals.append("" if _isna(q) else str(q))
            else:
                vals.append(float("nan"))
                quals.append("")
        gaps = [fy for fy, v in zip(fys, vals) if v != v]
        gaps_all[metric] = gaps
        present = [v for v in vals if v == v]
        ymax = max([ymax, *present])
        if kind == "bar":
            offset = (i - (len(metrics) - 1) / 2) * width
            for fy, v, q in zip(fys, vals, quals):
                if v != v:
                    continue
                ax.bar(fy + offset, v, width=width, color=colour, edgecolor=colour,
                       hatch="//" if q else None, alpha=0.55 if q else 1.0,
                       label=labels.get(metric, metric) if fy == fys[vals.index(present[0])] else None)
        else:
            ax.plot(fys, vals, color=colour, marker="o", linewidth=2,
                    label=labels.get(metric, metric))  # NaN breaks the line: gaps stay gaps
            for fy, v, q in zip(fys, vals, quals):
                if q and v == v:
                    ax.plot([fy], [v], marker="o", markersize=9, markerfacecolor="white",
                            markeredgecolor=colour, linestyle="none")
        if present:
            lo, hi = min(present), max(present)
            lo_fy, hi_fy = fys[vals.index(lo)], fys[vals.index(hi)]
            part = (f"{labels.get(metric, metric)}: from {_fmt(lo)} (FY{lo_fy}) to "
                    f"{_fmt(hi)} (FY{hi_fy})")
            if gaps:
                part += f"; no data for {_years_text(gaps)}"
            alt_parts.append(part)
    # Gaps are labelled, not filled.
    for fy in sorted({fy for g in gaps_all.values() for fy in g}):
        if all(fy in g for g in gaps_all.values()):
            ax.text(fy, 0, NO_DATA, rotation=90, ha="center", va="bottom", fontsize=8,
                    color=TEXT, alpha=0.7)
    ax.set_xticks(fys)
    ax.set_xticklabels([f"FY{str(fy)[2:]}" for fy in fys])
    ax.set_xlim(first - 0.6, last + 0.6)
    ax.set_ylim(0, ymax * 1.22 if ymax else 1)
    ax.set_xlabel("Federal fiscal year (October 1 to September 30)")
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(_thousands())
    if annotate:
        for day, text in EVENTS:
            x = fy_position(day)
            if first - 0.5 <= x <= last + 0.5:
                ax.axvline(x, color=TEXT, linestyle="--", linewidth=1)
                ax.annotate(text, xy=(x, ymax * 1.2 if ymax else 1), xytext=(3, 0),
                            textcoords="offset points", ha="left", va="top", fontsize=8,
                            color=TEXT)
    if title:
        ax.set_title(title)
    handles, names = ax.get_legend_handles_labels()
    if any(q for m in metrics for q in sub.loc[sub["metric"] == m].get("qualifier", []) if not _isna(q)):
        from matplotlib.patches import Patch

        handles.append(Patch(facecolor="white", edgecolor=TEXT, hatch="//"))
        names.append("'about' or 'more than' (rounded)")
    ax.legend(handles, names, loc="upper right", fontsize=9, frameon=False,
              bbox_to_anchor=(1, 0.88))
    fig.tight_layout()
    what = "Bar chart" if kind == "bar" else "Line chart"
    alt = (f"{what} of {'; '.join(labels.get(m, m) for m in metrics)} by fiscal year, "
           f"FY{first} to FY{last}. " + ". ".join(alt_parts) + ".")
    if any(gaps_all.values()):
        alt += " Years with no data are left empty."
    if annotate:
        alt += (" Dashed lines mark EO 13768 (January 25, 2017, in FY2017) and its revocation "
                "(January 20, 2021, in FY2021).")
    return fig, alt


def _isna(v) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: f"{x:,.0f}")


def date_position(value: str, precision: str) -> date:
    """A plotting position for a date kept at its precision (a month at its 15th, a year at
    July 1, a fiscal year at its midpoint, April 1). Only for drawing; the data keep the text.

    >>> date_position("2017-01", "month"), date_position("2018", "fiscal_year")
    (datetime.date(2017, 1, 15), datetime.date(2018, 4, 1))
    """
    parts = [int(p) for p in str(value).split("-")]
    if precision == "day":
        return date(*parts)
    if precision == "month":
        return date(parts[0], parts[1], 15)
    if precision == "fiscal_year":
        return date(parts[0], 4, 1)
    return date(parts[0], 7, 1)


def step_chart(df, *, measure: str = "agreements", ylabel: str = "287(g) agreements (count)",
               max_gap_days: int = 550, title: str | None = None, annotate: bool = True):
    """A step chart of a count over time; long stretches without data are left as gaps.

    ``df`` has ``date``, ``date_precision``, ``measure`` and ``count`` (e.g.
    ``course.data.load("agreements_287g")``). A step is drawn only between observations
    less than ``max_gap_days`` apart; beyond that nothing is known, so nothing is drawn.

    >>> import course.data
    >>> fig, alt = step_chart(course.data.load("agreements_287g"), measure="agencies",
    ...                       ylabel="Agencies with a 287(g) agreement (count)")
    >>> "gap" in alt
    True
    """
    import matplotlib.dates as mdates

    sub = df[(df["measure"] == measure) & df["count"].notna()].copy()
    if sub.empty:
        raise ValueError(f"No counts for the measure {measure!r}.")
    if sub.duplicated(["date", "measure"]).any():
        raise ValueError("Several rows share a date; load without all_values=True.")
    sub["_x"] = [date_position(d, p) for d, p in zip(sub["date"], sub["date_precision"])]
    sub = sub.sort_values("_x")
    xs, ys = list(sub["_x"]), [float(v) for v in sub["count"]]
    quals = [("" if _isna(q) else q) for q in sub.get("qualifier", [""] * len(sub))]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    colour = SERIES[0]
    gaps = []
    run_x, run_y = [xs[0]], [ys[0]]
    for x0, x1, y1 in zip(xs, xs[1:], ys[1:]):
        if (x1 - x0).days > max_gap_days:
            ax.step(run_x, run_y, where="post", color=colour, linewidth=2)
            gaps.append((x0, x1))
            run_x, run_y = [x1], [y1]
        else:
            run_x.append(x1)
            run_y.append(y1)
    ax.step(run_x, run_y, where="post", color=colour, linewidth=2, label=measure.replace("_", " "))
    for x, y, q in zip(xs, ys, quals):
        ax.plot([x], [y], marker="o", linestyle="none", color=colour,
                markerfacecolor="white" if q else colour, markersize=6)
    ymax = max(ys)
    if annotate:
        for day, text in EVENTS:
            if xs[0] <= day <= xs[-1]:
                ax.axvline(day, color=TEXT, linestyle="--", linewidth=1)
                ax.annotate(text.replace(" (FY2017)", "").replace(" (FY2021)", ""),
                            xy=(day, ymax * 1.15), xytext=(3, 0), textcoords="offset points",
                            ha="left", va="top", fontsize=8, color=TEXT)
    ax.set_ylim(0, ymax * 1.18)
    ax.set_xlabel("Date (observations as reported; open circles: 'about' or 'more than')")
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(_thousands())
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if title:
        ax.set_title(title)
    fig.tight_layout()
    first, last = sub.iloc[0], sub.iloc[-1]
    alt = (f"Step chart of {measure.replace('_', ' ')} over time, from {int(first['count']):,} "
           f"({first['date']}) to {int(last['count']):,} ({last['date']}), "
           f"{len(xs)} observations.")
    if gaps:
        alt += " No data between " + "; ".join(f"{a:%Y} and {b:%Y}" for a, b in gaps) + \
               " (each gap is left empty)."
    if annotate:
        alt += " Dashed lines mark EO 13768 (January 25, 2017) and its revocation (January 20, 2021)."
    return fig, alt


def timeline_chart(df, *, label_ids: list[str] | tuple[str, ...] = (), start: int | None = None,
                   end: int | None = None, title: str | None = None):
    """A timeline: one row per kind of event (executive, legislative, judicial, agency).

    ``df`` is ``course.data.load("timeline")`` or a subset. Events named in ``label_ids``
    get a short text label (their ``event_id``); keep it to a handful.

    >>> import course.data
    >>> fig, alt = timeline_chart(course.data.load("timeline"), label_ids=["eo13768-signed"])
    >>> alt.split(":")[0]
    'Timeline of 46 events from 2001 to 2026, by kind'
    """
    import matplotlib.dates as mdates

    sub = df.copy()
    sub["_x"] = [date_position(d, p) for d, p in zip(sub["date"], sub["date_precision"])]
    if start is not None:
        sub = sub[[x.year >= start for x in sub["_x"]]]
    if end is not None:
        sub = sub[[x.year <= end for x in sub["_x"]]]
    if sub.empty:
        raise ValueError("No events to draw in that range.")
    kinds = [k for k in KIND_ORDER if k in set(sub["kind"])]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.8 * len(kinds)))
    counts = []
    for i, kind in enumerate(kinds):
        rows = sub[sub["kind"] == kind]
        colour = SERIES[i % len(SERIES)]
        exact = rows["date_precision"] == "day"
        ax.scatter(list(rows.loc[exact, "_x"]), [i] * int(exact.sum()), color=colour, s=40,
                   zorder=3, label=f"{kind} ({len(rows)})")
        ax.scatter(list(rows.loc[~exact, "_x"]), [i] * int((~exact).sum()), facecolors="white",
                   edgecolors=colour, s=40, zorder=3)
        counts.append(f"{len(rows)} {kind}")
        for _, r in rows[rows["event_id"].isin(label_ids)].iterrows():
            ax.annotate(r["event_id"], xy=(r["_x"], i), xytext=(0, 8), textcoords="offset points",
                        ha="center", fontsize=8, color=TEXT)
    ax.set_yticks(range(len(kinds)))
    ax.set_yticklabels(kinds)
    ax.set_ylim(-0.7, len(kinds) - 0.3)
    ax.set_ylabel("Kind of event")
    ax.set_xlabel("Date (open circles: only the month or year is known)")
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    for day, _text in EVENTS:
        ax.axvline(day, color=TEXT, linestyle="--", linewidth=1)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    years = sorted(x.year for x in sub["_x"])
    alt = (f"Timeline of {len(sub)} events from {years[0]} to {years[-1]}, by kind: "
           f"{', '.join(counts)}. Dashed lines mark EO 13768 (January 25, 2017) and its "
           f"revocation (January 20, 2021).")
    return fig, alt
