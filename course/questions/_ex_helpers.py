"""Shared check functions for the problem sets (no questions here).

Each helper returns a function ``answer -> (ok, message)`` for :class:`course.checks.Custom`;
expected values are computed from the order or the datasets when the check runs, so a
check can never drift from the data it is about. Messages never state the expected value.
"""

from __future__ import annotations

import math
from collections.abc import Callable


def as_number(answer: object) -> float | None:
    """A number from an int, float, NumPy scalar or text like ``"1,250"``; ``None`` otherwise.

    >>> as_number("1,250"), as_number(True), as_number("x")
    (1250.0, None, None)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, str):
        answer = answer.replace(",", "").replace("%", "").strip()
    try:
        number = float(answer)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def number_check(compute: Callable[[], float], tolerance: float = 0.0, *,
                 wrong: str = "Not yet. Check which rows and which column you used.",
                 right: str = "Right.") -> Callable[[object], tuple[bool, str]]:
    """A check that compares a number with ``compute()`` (within ``tolerance``)."""
    def check(answer: object) -> tuple[bool, str]:
        number = as_number(answer)
        if number is None:
            return False, "Answer with a single number (for example 1250), not text or a table."
        return (True, right) if abs(number - compute()) <= tolerance else (False, wrong)

    return check


def preferred(name: str, **where: object):
    """The preferred rows of dataset ``name`` matching ``column=value`` filters."""
    from course import data

    df = data.load(name)
    for column, value in where.items():
        df = df[df[column] == value]
    return df
