"""Write (or rewrite) a problem set's master notebook from its question module and a spec.

Usage: ``uv run python tools/new_problem_set.py 00`` writes
``exercises/00-<slug>/master.ipynb`` from ``course/questions/ex_00.py`` (prompts,
options) and ``SPEC`` in ``tools/problem_set_specs.py`` (answer cells, model answers,
scoring guides). After that the master is an ordinary notebook: edit it in
JupyterLab if you prefer, and keep the marks described in docs/exercises.md.
Then run ``uv run course release --sync`` to rebuild the committed student edition.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from course import checks, toc  # noqa: E402
from course.exercises import BEGIN, END  # noqa: E402

INTRO = """**How this problem set works.** Write each answer where the code says `answer_N = ...`, \
then run the check cell under it. A check reports *pass*, *not yet* or *not attempted*. \
`hint("{first}")` gives the next hint each time you run it; after the last hint, \
`solution("{first}")` shows a worked solution when your teacher has turned solutions on. \
Write free-response answers in the Markdown cell under the question; your teacher scores them \
with a scoring guide.

Every question is about the order, its law or its data. A citation like [S136] names an entry of \
the course's source registry: `course.sources.get("S136")` shows it."""

SETUP = """import course
from course.checks import check, configure, hint, show, solution

configure(solutions=True)  # self-learner mode: a worked solution after the last hint"""
#: For sets with tables or charts: the lessons' display settings too.
SETUP_DATA = SETUP.replace("\n\nconfigure(", "\n\ncourse.setup()\nconfigure(")


def _options(q: checks.Question) -> str:
    if isinstance(q, checks.MultipleChoice):
        return "\n\n" + "\n".join(f"- ({'abcdefghij'[i]}) {o}" for i, o in enumerate(q.options))
    return ""


def _meta(qid: str, **extra) -> dict:
    return {"course": {"question": qid, **extra}}


def build(number: str) -> nbformat.NotebookNode:
    import problem_set_specs

    spec = problem_set_specs.SPECS[number]
    lesson = toc.lesson(number)
    questions = checks.questions_for(f"ex-{number}-")
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "course": {"exercise": number},
    }
    cells = [
        new_markdown_cell(
            f"# Problem set {number}: {lesson.title}\n\n"
            f"> **As of {lesson.as_of_text}.** This lesson explains the law; it is not legal advice.\n\n"
            + spec.get("intro", "") + ("\n\n" if spec.get("intro") else "")
            + INTRO.format(first=questions[0].id), id=f"ex-{number}-title"),
        new_code_cell(SETUP_DATA if spec.get("data") else SETUP, id=f"ex-{number}-setup"),
    ]
    for k, q in enumerate(questions, start=1):
        item = spec["answers"][q.id]
        label = item.get("label", "Settled: what the text, the law or the data say")
        points = f"{q.points} point{'s' if q.points != 1 else ''}"
        cells.append(new_markdown_cell(
            f"## {q.id} · {points}\n\n*{label}.*\n\n{q.prompt}{_options(q)}",
            id=f"{q.id}-prompt", metadata=_meta(q.id)))
        if checks.autograded(q):
            var = f"answer_{k}"
            code = item.get("before", "")
            code += f"{BEGIN}\n{item['code'].format(var=var).rstrip()}\n{END}"
            if item.get("after"):
                code += "\n" + item["after"].format(var=var)
            cells.append(new_code_cell(code, id=f"{q.id}-answer", metadata={
                **_meta(q.id), "tags": ["solution"]}))
            cells.append(new_code_cell(f'check("{q.id}", {var})', id=f"{q.id}-check",
                                       metadata=_meta(q.id)))
            cells.append(new_code_cell(
                "# Hidden test: removed from the student edition; `course grade` puts it back.\n"
                "from course.answers import export\n\n"
                f'export("{q.id}", lambda: {var})', id=f"{q.id}-hidden",
                metadata={**_meta(q.id), "tags": ["hidden-tests"]}))
        else:
            cells.append(new_markdown_cell(item["model"].strip(), id=f"{q.id}-answer",
                                           metadata={**_meta(q.id, answer=True),
                                                     "tags": ["solution"]}))
            cells.append(new_markdown_cell(
                "**Scoring guide (teacher edition).** " + item["rubric"].strip(),
                id=f"{q.id}-rubric", metadata={**_meta(q.id), "tags": ["rubric"]}))
    ids = sorted({s for q in questions for s in q.sources}, key=lambda s: int(s[1:]))
    cells.append(new_markdown_cell(
        "## Sources\n\nThe questions' factual premises cite these entries of the course's source "
        "registry (`data/sources.csv`).", id=f"ex-{number}-sources"))
    cells.append(new_code_cell(f"course.sources.bibliography({ids!r})",
                               id=f"ex-{number}-bibliography"))
    nb.cells = cells
    return nb


def main(argv: list[str]) -> int:
    from course.exercises import exercises_dir

    for number in argv or []:
        lesson = toc.lesson(number)
        folder = exercises_dir() / lesson.stem
        folder.mkdir(parents=True, exist_ok=True)
        nb = build(number)
        nbformat.validate(nb)
        nbformat.write(nb, folder / "master.ipynb")
        print(f"wrote {folder / 'master.ipynb'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
