"""The one source registry: every citation in the course resolves here.

The registry is ``data/sources.csv`` (columns ``id, title, publisher, date, url,
kind, read_via, note``). Ids keep the research dossier's scheme: ``S`` and a
number (``S01`` ... ``S164`` from the research register (four renumbered: see data/sources-index.md), then ``S167`` on; ``S136``-``S139`` are the order texts).

A citation in a lesson's prose is written in square brackets, with an optional
confidence: ``[S136]``, ``[S136; S12]`` or ``[S140, medium]``. Data rows name
their sources in a ``source_id`` column (several separated by ``;``).
"""

from __future__ import annotations

import csv
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from course._display import Rich, esc
from course._paths import data_dir

ID = re.compile(r"\bS\d{2,3}\b")
#: A bracketed citation: ``[S12]``, ``[S12; S40]``, ``[S12, medium]``.
CITATION = re.compile(r"\[(?P<body>S\d{2,3}\b[^\]\[]*)\]")
CONFIDENCE = ("high", "medium", "low")
COLUMNS = ("id", "title", "publisher", "date", "url", "kind", "read_via", "note")


class UnknownSourceError(KeyError):
    """A citation names a source id that is not in the registry."""

    def __init__(self, source_id: str, where: str = ""):
        self.source_id = source_id
        self.where = where
        place = f" (cited in {where})" if where else ""
        super().__init__(
            f"Unknown source id {source_id!r}{place}. Add it to data/sources.csv "
            f"or correct the citation."
        )

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


@dataclass(frozen=True)
class Source:
    """One entry of the registry."""

    id: str
    title: str
    publisher: str
    date: str
    url: str
    kind: str
    read_via: str
    note: str

    def reference(self) -> str:
        """A one-line plain-text reference.

        >>> get("S136").reference().startswith("S136. ")
        True
        """
        parts = [self.title]
        if self.publisher:
            parts.append(self.publisher)
        if self.date:
            parts.append(self.date)
        text = f"{self.id}. " + ", ".join(parts) + f". {self.url}"
        if self.read_via:
            text += f" (read via {self.read_via})"
        return text

    def reference_html(self) -> str:
        """The reference as HTML, with the canonical address and any mirror linked."""
        parts = [f"<cite>{esc(self.title)}</cite>"]
        if self.publisher:
            parts.append(esc(self.publisher))
        if self.date:
            parts.append(esc(self.date))
        html = (
            f'<span class="source-id">{esc(self.id)}</span>. ' + ", ".join(parts)
            + f'. <a href="{esc(self.url)}">{esc(self.url)}</a>'
        )
        if self.read_via:
            mirrors = [m.strip() for m in self.read_via.split(";") if m.strip()]
            # Some copies are named only by site ("Wikisource"): text, not a broken link.
            links = "; ".join(f'<a href="{esc(m)}">{esc(m)}</a>' if m.startswith(("http://", "https://"))
                              else esc(m) for m in mirrors)
            html += f" (read via {links})"
        return html


def _sort_key(source_id: str) -> int:
    return int(source_id[1:])


@functools.cache
def registry(path: Path | None = None) -> dict[str, Source]:
    """Load the registry, keyed by id.

    >>> "S01" in registry()
    True
    """
    path = path or data_dir() / "sources.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(
                f"{path.name}: expected the columns {', '.join(COLUMNS)}; "
                f"found {', '.join(reader.fieldnames or ['nothing'])}."
            )
        out: dict[str, Source] = {}
        for line, row in enumerate(reader, start=2):
            sid = row["id"]
            if not re.fullmatch(r"S\d{2,3}", sid or ""):
                raise ValueError(f"{path.name}, line {line}: {sid!r} is not an id like S12.")
            if sid in out:
                raise ValueError(f"{path.name}, line {line}: the id {sid} appears twice.")
            out[sid] = Source(**{c: (row[c] or "").strip() for c in COLUMNS})
    return out


def get(source_id: str, where: str = "") -> Source:
    """Return one source; raise :class:`UnknownSourceError` naming the id and the place.

    >>> get("S0000", where="notebooks/99-x.ipynb")
    Traceback (most recent call last):
    ...
    course.sources.UnknownSourceError: Unknown source id 'S0000' (cited in notebooks/99-x.ipynb). Add it to data/sources.csv or correct the citation.
    """
    try:
        return registry()[source_id]
    except KeyError:
        raise UnknownSourceError(source_id, where) from None


def ids_in(text: str) -> list[str]:
    """Source ids cited in prose (bracketed citations), in order of first use.

    >>> ids_in("Signed January 25, 2017 [S136]; later revoked [S137, high] [S136].")
    ['S136', 'S137']
    """
    seen: dict[str, None] = {}
    for match in CITATION.finditer(text):
        for sid in ID.findall(match.group("body")):
            seen.setdefault(sid, None)
    return list(seen)


def ids_in_field(value: str) -> list[str]:
    """Source ids in a data cell such as ``"S01;S02"``.

    >>> ids_in_field("S01; S02")
    ['S01', 'S02']
    """
    return [part.strip() for part in str(value).split(";") if part.strip()]


def cite(*source_ids: str, confidence: str | None = None) -> Rich:
    """An inline citation for a code cell's output, e.g. under a table.

    >>> cite("S136")
    [S136]
    """
    for sid in source_ids:
        get(sid)
    if confidence is not None and confidence not in CONFIDENCE:
        raise ValueError(f"confidence must be one of {', '.join(CONFIDENCE)}, not {confidence!r}")
    body = "; ".join(source_ids) + (f", {confidence}" if confidence else "")
    return Rich(f'<span class="citation">[{esc(body)}]</span>', f"[{body}]")


def bibliography(source_ids: list[str] | tuple[str, ...], heading: str = "Sources") -> Rich:
    """Render a numbered list of sources (HTML with a text fallback).

    >>> print(bibliography(["S136"]).text.splitlines()[0])
    Sources
    """
    ordered = sorted(dict.fromkeys(source_ids), key=_sort_key)
    sources = [get(sid) for sid in ordered]
    items = "".join(f'<li id="src-{esc(s.id)}">{s.reference_html()}</li>' for s in sources)
    html = f'<section class="sources"><h3>{esc(heading)}</h3><ul>{items}</ul></section>'
    text = "\n".join([heading, *(f"- {s.reference()}" for s in sources)])
    return Rich(html, text)


def notebook_citations(path: Path) -> list[str]:
    """Every source id cited in a notebook's Markdown cells and code cells' text."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    ids: dict[str, None] = {}
    for cell in nb.get("cells", []):
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "code":
            # In code, cite("S12") and source_ids=["S12"] are citations too.
            found = re.findall(r"[\"'](S\d{2,3})[\"']", source) + ids_in(source)
        else:
            found = ids_in(source)
        for sid in found:
            ids.setdefault(sid, None)
    return list(ids)


def lesson_sources(lesson: str) -> Rich:
    """The closing source list of a lesson: every id its notebook cites.

    ``lesson`` is the lesson number (``"01"``) or its file stem. The ids are read
    from the committed notebook, so the list can never drift from the prose.
    """
    from course import toc

    entry = toc.lesson(lesson)
    path = toc.notebook_path(entry)
    if path is None or not path.is_file():
        return Rich(
            "<p>The source list is built from the lesson file, which is not available here.</p>",
            "The source list is built from the lesson file, which is not available here.",
        )
    where = str(path.name)
    ids = notebook_citations(path)
    for sid in ids:
        get(sid, where=where)
    return bibliography(ids)
