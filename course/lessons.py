"""The lesson frame: what every lesson notebook must contain, in order.

The frame is checked by :func:`frame_problems`, which the test suite runs on every
lesson and which an author can run on a draft (it returns plain sentences).

In order, a lesson has: an H1 title equal to the table of contents' title; a banner
with "As of <date>" (the TOC's ``as_of``) and the sentence
"This lesson explains the law; it is not legal advice."; then the H2 sections
``Questions`` (a compelling question and supporting questions), ``Objectives``
("By the end you can ..."), ``Time`` ("Teaching 35 min · Activities 15 min") and
``Standards`` (C3 ``D2.Civ`` codes and AP U.S. Government topic numbers); then the
setup cell (``import course`` and ``course.setup()``, the first code cell); the
body; ``Key points``; and ``Sources``, whose code cell calls
``course.sources.lesson_sources("NN")``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from course import toc

DISCLAIMER = "This lesson explains the law; it is not legal advice."
OPENING = ("Questions", "Objectives", "Time", "Standards")
CLOSING = ("Key points", "Sources")
NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ipynb$")
TIME = re.compile(r"Teaching \d+ min · Activities \d+ min")
AP_TOPIC = re.compile(r"\b[1-5]\.(?:1[0-5]|[1-9])\b")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell: dict) -> str:
    return "".join(cell.get("source", ""))


def frame_problems(path: Path) -> list[str]:
    """Every way the notebook at ``path`` departs from the lesson frame (empty if none)."""
    problems: list[str] = []
    m = NAME.match(path.name)
    if not m:
        return [f"{path.name}: lesson files are named NN-slug.ipynb"]
    try:
        entry = toc.lesson(m.group(1))
    except KeyError as exc:
        return [f"{path.name}: {exc}"]
    if entry.filename != path.name:
        problems.append(f"{path.name}: the table of contents names this lesson {entry.filename}")
    cells = _cells(path)
    if not cells or cells[0]["cell_type"] != "markdown":
        return problems + [f"{path.name}: the first cell must be Markdown with the title"]
    first = _src(cells[0])
    if not first.startswith(f"# {entry.title}\n"):
        problems.append(f"{path.name}: the first line must be '# {entry.title}'")
    if f"As of {entry.as_of_text}" not in first:
        problems.append(f"{path.name}: the banner must say 'As of {entry.as_of_text}' (the TOC date)")
    if DISCLAIMER not in first:
        problems.append(f"{path.name}: the banner must say '{DISCLAIMER}'")

    headings: list[tuple[str, int, str]] = []  # (heading, cell index, cell text)
    for i, cell in enumerate(cells):
        if cell["cell_type"] == "markdown":
            for line in _src(cell).splitlines():
                if line.startswith("## "):
                    headings.append((line[3:].strip(), i, _src(cell)))
    names = [h for h, _, _ in headings]
    if tuple(names[: len(OPENING)]) != OPENING:
        problems.append(f"{path.name}: the first H2 headings must be {', '.join(OPENING)}; "
                        f"found {', '.join(names[:4]) or 'none'}")
    if tuple(names[-len(CLOSING):]) != CLOSING:
        problems.append(f"{path.name}: the last H2 headings must be {', '.join(CLOSING)}")
    if len(names) <= len(OPENING) + len(CLOSING):
        problems.append(f"{path.name}: the lesson has no body between Standards and Key points")

    def section_text(name: str) -> str:
        for i, (h, _, _) in enumerate(headings):
            if h == name:
                start = headings[i][1]
                end = headings[i + 1][1] if i + 1 < len(headings) else len(cells)
                return "\n".join(_src(c) for c in cells[start:max(end, start + 1)]
                                 if c["cell_type"] == "markdown")
        return ""

    q = section_text("Questions")
    if "Compelling question" not in q or "Supporting questions" not in q:
        problems.append(f"{path.name}: Questions needs a compelling question and supporting questions")
    if "By the end you can" not in section_text("Objectives"):
        problems.append(f"{path.name}: Objectives must start 'By the end you can'")
    if not TIME.search(section_text("Time")):
        problems.append(f"{path.name}: Time must read like 'Teaching 35 min · Activities 15 min'")
    standards = section_text("Standards")
    if "D2.Civ." not in standards or not AP_TOPIC.search(standards):
        problems.append(f"{path.name}: Standards must list C3 D2.Civ codes and AP topic numbers")
    if re.search(r"\b(?:CON|PMI|LOR|MPA|PRD)-\d", standards):
        problems.append(f"{path.name}: use AP topic numbers, not the unverified CON-style codes")

    code = [(i, _src(c)) for i, c in enumerate(cells) if c["cell_type"] == "code"]
    if not code or "import course" not in code[0][1] or "course.setup()" not in code[0][1]:
        problems.append(f"{path.name}: the first code cell must import course and call course.setup()")
    elif headings and len(headings) >= 4 and code[0][0] < headings[3][1]:
        problems.append(f"{path.name}: the setup cell belongs after Standards")
    call = f'course.sources.lesson_sources("{entry.number}")'
    if not code or call not in code[-1][1]:
        problems.append(f"{path.name}: the last code cell must be {call}")
    return problems
