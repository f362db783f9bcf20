"""Regenerate the parts of README.md that are derived from other files.

The lesson table comes from the table of contents (``course/toc.toml``) and every
Binder link from the one repository setting (``[project.urls] Repository`` in
pyproject.toml, through ``course.links``). Run ``uv run python tools/sync_readme.py``
after changing either; ``tests/test_readme.py`` fails while the README is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- {name}:start -->", "<!-- {name}:end -->"


def blocks() -> dict[str, str]:
    """The generated blocks, by marker name."""
    from course import links, toc

    rows = ["| # | Lesson | Sections of the order | What you will do | Open on Binder |",
            "|---|---|---|---|---|"]
    for entry in toc.lessons():
        sections = ", ".join(str(s) for s in entry.sections) or "overview"
        path = f"notebooks/{entry.filename}"
        rows.append(f"| {entry.number} | [{entry.title}]({path}) | {sections} | {entry.summary} "
                    f"| [launch]({links.binder_url(path)}) |")
    start = f"notebooks/{toc.lessons()[0].filename}"
    return {"badge": links.binder_badge(start), "lessons": "\n".join(rows)}


def render(text: str) -> str:
    """Return ``text`` with every generated block replaced by its current content."""
    for name, content in blocks().items():
        start, end = START.format(name=name), END.format(name=name)
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ValueError(f"README.md has no {start} ... {end} block")
        text = pattern.sub(lambda _m: f"{start}\n{content}\n{end}", text)
    return text


def main() -> int:
    path = ROOT / "README.md"
    old = path.read_text(encoding="utf-8")
    new = render(old)
    if new != old:
        path.write_text(new, encoding="utf-8")
        print("README.md updated")
    else:
        print("README.md already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
