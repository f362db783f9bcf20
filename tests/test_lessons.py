"""The lesson frame, file names, the table of contents and the README's lesson table."""

from __future__ import annotations

import json
import re

import pytest

from course import lessons, toc
from conftest import NOTEBOOKS, ROOT, lesson_paths


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_every_lesson_follows_the_frame(path):
    assert lessons.frame_problems(path) == []


def test_every_notebook_in_notebooks_is_in_the_table_of_contents():
    listed = {entry.filename for entry in toc.lessons()}
    assert {p.name for p in lesson_paths()} <= listed


def test_every_lesson_in_the_table_of_contents_has_its_notebook():
    missing = [e.filename for e in toc.lessons() if not (NOTEBOOKS / e.filename).is_file()]
    assert missing == []


def test_the_table_of_contents_is_numbered_in_order_without_gaps():
    numbers = [int(e.number) for e in toc.lessons()]
    assert numbers == list(range(len(numbers)))
    assert len({e.slug for e in toc.lessons()}) == len(numbers)


def test_as_of_dates_are_fixed_dates_not_today():
    source = (ROOT / "course" / "toc.toml").read_text()
    assert "today" not in source and "now" not in re.sub(r"#.*", "", source)
    assert all(e.as_of.year >= 2026 for e in toc.lessons())


def test_the_readme_lesson_table_matches_the_table_of_contents():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d\d) \| \[([^\]]+)\]\(notebooks/([^)]+)\) \|", readme, re.M)
    assert rows == [(e.number, e.title, e.filename) for e in toc.lessons()]


def test_the_frame_check_catches_a_lesson_without_its_banner(tmp_path):
    good = json.loads((NOTEBOOKS / "00-start-here.ipynb").read_text())
    good["cells"][0]["source"] = "# Start here: how this course works\n\nNo banner.\n"
    bad = tmp_path / "00-start-here.ipynb"
    bad.write_text(json.dumps(good))
    problems = lessons.frame_problems(bad)
    assert any("As of" in p for p in problems) and any("legal advice" in p for p in problems)


def test_the_frame_check_catches_headings_out_of_order(tmp_path):
    nb = json.loads((NOTEBOOKS / "01-what-is-an-executive-order.ipynb").read_text())
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if src.startswith("## Objectives"):
            cell["source"] = src.replace("## Objectives", "## Aims", 1)
    bad = tmp_path / "01-what-is-an-executive-order.ipynb"
    bad.write_text(json.dumps(nb))
    assert any("first H2 headings" in p for p in lessons.frame_problems(bad))


def test_the_frame_check_rejects_a_badly_named_file(tmp_path):
    bad = tmp_path / "Lesson 1.ipynb"
    bad.write_text("{}")
    assert "NN-slug" in lessons.frame_problems(bad)[0]
