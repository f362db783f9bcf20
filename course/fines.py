"""Lesson 05: an illustrative calculator for a daily civil penalty ("up to" amounts).

INA 274D (8 U.S.C. 1324d) sets a civil penalty of "not more than $500" for each day
a person under a final removal order willfully fails to depart. The dollar figure is
adjusted for inflation; our sources give the adjusted figures only as news reports.
This module multiplies a number of days by one of those *maximum* daily rates. It is
an illustration of how a per-day maximum grows, not a prediction of any real fine,
and not legal advice.

Everything here is pure except :class:`FineCalculator`, a thin ipywidgets view over
:func:`estimate` and :func:`describe`.

>>> estimate(30, "statute").amount
15000
>>> estimate(-3, "statute").ok
False
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from course._display import Rich, esc

#: The longest period the illustration accepts (about 100 years). A limit of this
#: calculator, not of the law.
MAX_DAYS = 36_500
NOTE = "Illustration, not legal advice."


@dataclass(frozen=True)
class Rate:
    """One "up to" daily rate, with its date and the sources that give it."""

    key: str
    dollars: int
    date: str
    what: str
    source_ids: tuple[str, ...]
    confidence: str
    caveat: str

    @property
    def citation(self) -> str:
        """The bracketed citation, with the confidence when it is not high.

        >>> RATES[2].citation
        '[S199; S307, medium]'
        """
        body = "; ".join(self.source_ids)
        return f"[{body}{'' if self.confidence == 'high' else ', ' + self.confidence}]"

    @property
    def label(self) -> str:
        """The option's label in the widget: amount, what it is, date and source id."""
        return f"Up to ${self.dollars:,} a day: {self.what}, {self.date} {self.citation}"


RATES: tuple[Rate, ...] = (
    Rate("statute", 500, "enacted 1996",
         "the maximum written in 8 U.S.C. 1324d(a)", ("S307",), "high",
         "This is the number in the statute's text. The law adjusts it for inflation, so the "
         "amount used in a later year is higher."),
    Rate("reported-2019", 799, "as reported December 7, 2019",
         "inflation-adjusted maximum reported by The Washington Times", ("S193",), "high",
         "A news report, not the regulation itself: our sources did not find the regulation "
         "that sets this figure."),
    Rate("reported-2025", 998, "as reported in 2025",
         "inflation-adjusted maximum reported by the Wall Street Journal",
         ("S199", "S307"), "medium",
         "News reports only: the regulation that sets this figure was not confirmed in our "
         "sources, so treat it as a reported figure (medium confidence)."),
)
_BY_KEY = {r.key: r for r in RATES}


def rate(key: str) -> Rate:
    """Look up a rate by its key; the error lists the keys.

    >>> rate("statute").dollars
    500
    """
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"No rate {key!r}; choose one of {', '.join(_BY_KEY)}.") from None


def parse_days(value: object) -> tuple[int | None, str]:
    """Turn what a student typed into whole days, or explain kindly why not.

    Returns ``(days, "")`` on success and ``(None, message)`` otherwise. Accepts
    ints, whole floats (``30.0``) and text such as ``"1,000"``.

    >>> parse_days("1,000")
    (1000, '')
    >>> parse_days(2.5)[1]
    'The penalty is counted per whole day. Enter a whole number of days, such as 2 or 3.'
    """
    if value is None or value is Ellipsis or (isinstance(value, str) and not value.strip()):
        return None, "Enter a number of days, such as 30."
    if isinstance(value, bool):
        return None, "Enter a number of days, not True or False."
    if isinstance(value, str):
        text = value.replace(",", "").replace("_", "").strip()
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                return None, f"{value.strip()!r} is not a number. Enter digits, such as 30."
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None, "That is not a finite number. Enter a number of days, such as 30."
        if not value.is_integer():
            return None, ("The penalty is counted per whole day. Enter a whole number of days, "
                          "such as 2 or 3.")
        value = int(value)
    if not isinstance(value, int):
        try:
            value = int(value)  # numpy integers and similar
        except (TypeError, ValueError):
            return None, f"Enter a number of days, not a {type(value).__name__}."
    if value < 0:
        return None, "A number of days cannot be negative. Enter 0 or more."
    if value > MAX_DAYS:
        return None, (f"{value:,} days is more than 100 years. This illustration stops at "
                      f"{MAX_DAYS:,} days; try a smaller number.")
    return value, ""


@dataclass(frozen=True)
class Estimate:
    """The outcome of one calculation: either an amount or a friendly message."""

    ok: bool
    days: int | None
    rate: Rate | None
    amount: int | None
    message: str = ""

    @property
    def years(self) -> float | None:
        """The period in years of 365 days, for a sense of scale."""
        return None if self.days is None else self.days / 365


def up_to(days: int, dollars_per_day: int) -> int:
    """The most a per-day maximum adds up to over ``days`` days.

    >>> up_to(365, 500)
    182500
    """
    if days < 0 or dollars_per_day < 0:
        raise ValueError("days and the daily rate must be 0 or more")
    return days * dollars_per_day


def estimate(days: object, rate_key: str) -> Estimate:
    """Multiply days by an "up to" daily rate; never raises on odd input.

    >>> estimate("365", "reported-2019").amount
    291635
    >>> estimate(10, "no-such-rate").message
    'Choose one of the listed rates.'
    """
    r = _BY_KEY.get(rate_key)
    if r is None:
        return Estimate(False, None, None, None, "Choose one of the listed rates.")
    n, message = parse_days(days)
    if n is None:
        return Estimate(False, None, r, None, message)
    return Estimate(True, n, r, up_to(n, r.dollars))


def describe(result: Estimate) -> Rich:
    """The calculator's result as HTML with a text fallback, the note always visible.

    >>> print(describe(estimate(2, "statute")).text.splitlines()[0])
    Up to $1,000: 2 days x up to $500 a day (the maximum written in 8 U.S.C. 1324d(a), enacted 1996) [S307].
    """
    note_html = f'<p class="fine-note"><strong>{esc(NOTE)}</strong>'
    if not result.ok:
        body = result.message
        html = (f'<div class="fine-result" role="status"><p>&#9998; {esc(body)}</p>'
                f"{note_html}</p></div>")
        return Rich(html, f"{body}\n{NOTE}")
    r, n = result.rate, result.days
    years = f" (about {result.years:.1f} years)" if n >= 365 else ""
    day_word = "day" if n == 1 else "days"
    head = (f"Up to ${result.amount:,}: {n:,} {day_word}{years} x up to ${r.dollars:,} a day "
            f"({r.what}, {r.date}) {r.citation}.")
    explain = ("The statute sets a ceiling per day (\"not more than\"), so a real penalty can be "
               "lower; this shows only the ceiling. " + r.caveat)
    html = (f'<div class="fine-result" role="status"><p><strong>Up to ${result.amount:,}</strong>: '
            f"{n:,} {day_word}{esc(years)} &times; up to ${r.dollars:,} a day "
            f"({esc(r.what)}, {esc(r.date)}) <span class=\"citation\">{esc(r.citation)}</span>.</p>"
            f"<p>{esc(explain)}</p>{note_html}</p></div>")
    return Rich(html, f"{head}\n{explain}\n{NOTE}")


def table(days: object) -> Rich:
    """The same number of days at every listed rate: the calculator's static fallback.

    >>> print(table(30).text.splitlines()[1])
    - Up to $500 a day (enacted 1996) [S307]: up to $15,000
    """
    n, message = parse_days(days)
    if n is None:
        return Rich(f"<p>{esc(message)}</p>", message)
    head = f"{n:,} days at each listed \"up to\" rate ({NOTE})"
    rows = [(f"Up to ${r.dollars:,} a day ({r.date}) {r.citation}", f"up to ${up_to(n, r.dollars):,}")
            for r in RATES]
    html = (f'<table class="fine-table"><caption>{esc(head)}</caption>'
            "<thead><tr><th scope=\"col\">Daily rate (date, source)</th>"
            "<th scope=\"col\">Total</th></tr></thead><tbody>"
            + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
            + "</tbody></table>")
    text = "\n".join([head, *(f"- {a}: {b}" for a, b in rows)])
    return Rich(html, text)


class FineCalculator:
    """The widget: days (IntText) and a rate (Dropdown) -> an HTML result.

    The controls are attributes (``days``, ``rate``, ``result``) so that a test can
    set ``.value`` and read the result, exactly as a student's keyboard would.
    """

    def __init__(self, days: int = 365, rate_key: str = "statute") -> None:
        import ipywidgets as w

        self.days = w.IntText(value=days, description="Days:",
                              style={"description_width": "initial"},
                              layout=w.Layout(width="16em"))
        self.rate = w.Dropdown(options=[(r.label, r.key) for r in RATES], value=rate_key,
                               description="Daily rate:", style={"description_width": "initial"},
                               layout=w.Layout(width="100%"))
        self.result = w.HTML()
        self.note = w.HTML(f"<p><strong>{esc(NOTE)}</strong> Each rate is an \"up to\" "
                           "amount with its date and source id.</p>")
        self.box = w.VBox([self.note, self.days, self.rate, self.result],
                          layout=w.Layout(max_width="52em"))
        self.days.observe(self._update, names="value")
        self.rate.observe(self._update, names="value")
        self._update()

    def _update(self, _change: object = None) -> None:
        self.result.value = describe(estimate(self.days.value, self.rate.value)).html

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def calculator(days: int = 365, rate_key: str = "statute") -> FineCalculator:
    """Build the lesson's calculator widget (a thin view over :func:`estimate`)."""
    return FineCalculator(days, rate_key)
