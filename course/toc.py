"""The table of contents (``course/toc.toml``): lesson order, titles and dates."""

from __future__ import annotations

import datetime as _dt
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from course._paths import PACKAGE_DIR, repo_root


@dataclass(frozen=True)
class Lesson:
    """One lesson in the table of contents."""

    number: str
    slug: str
    title: str
    sections: tuple[int, ...]
    as_of: _dt.date
    summary: str

    @property
    def stem(self) -> str:
        """The notebook's file stem, e.g. ``01-what-is-an-executive-order``."""
        return f"{self.number}-{self.slug}"

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"

    @property
    def as_of_text(self) -> str:
        """The "as of" date written out in full.

        >>> lesson("00").as_of_text
        'November 28, 2026'
        """
        return f"{self.as_of:%B} {self.as_of.day}, {self.as_of.year}"


@functools.cache
def lessons() -> tuple[Lesson, ...]:
    """Every lesson, in course order.

    >>> [lesson.number for lesson in lessons()][:2]
    ['00', '01']
    """
    raw = tomllib.loads((PACKAGE_DIR / "toc.toml").read_text(encoding="utf-8"))
    out = []
    for entry in raw["lesson"]:
        as_of = entry["as_of"]
        if isinstance(as_of, str):
            as_of = _dt.date.fromisoformat(as_of)
        out.append(
            Lesson(
                number=entry["number"],
                slug=entry["slug"],
                title=entry["title"],
                sections=tuple(entry.get("sections", ())),
                as_of=as_of,
                summary=entry["summary"],
            )
        )
    return tuple(out)


def lesson(key: str) -> Lesson:
    """Find a lesson by number (``"04"``) or file stem (``"04-enforcement-priorities"``).

    >>> lesson("01").slug
    'what-is-an-executive-order'
    """
    for entry in lessons():
        if key in (entry.number, entry.stem, entry.filename):
            return entry
    known = ", ".join(e.number for e in lessons())
    raise KeyError(f"No lesson {key!r} in the table of contents (known: {known}).")


def notebook_path(entry: Lesson) -> Path | None:
    """The lesson's notebook in a checkout, or ``None`` from an installed wheel."""
    root = repo_root()
    return None if root is None else root / "notebooks" / entry.filename
