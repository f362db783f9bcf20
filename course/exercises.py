"""Problem sets: where the master notebooks live and how their cells are marked.

Each problem set is a folder ``exercises/NN-slug/`` (``NN-slug`` as in
``course/toc.toml``) holding

* ``master.ipynb``: the one hand-edited file, with solutions, hidden tests and
  scoring guides;
* ``student.ipynb``: the student edition, *generated* by ``course release`` and
  committed (a test fails if it differs from what ``course release`` builds).

The teacher edition is built by ``course release --out DIR`` and not committed.

Marks in a master (documented for authors in ``docs/exercises.md``):

* notebook metadata ``{"course": {"exercise": "NN"}}``;
* cell metadata ``{"course": {"question": "ex-NN-K"}}`` on every cell that belongs
  to question ``ex-NN-K`` (prompt, answer, check, hidden test, scoring guide);
* tag ``solution``: a code cell whose lines between ``### BEGIN SOLUTION`` and
  ``### END SOLUTION`` are the answer (the student edition keeps the cell and turns
  each name assigned there into ``name = ...``), or a Markdown cell holding a model
  answer (the student edition shows an empty answer box instead);
* tag ``hidden-tests``: a code cell calling :func:`course.answers.export`, removed
  from the student edition and re-inserted by ``course grade``;
* tag ``rubric``: a Markdown scoring guide or answer guidance, teacher edition only.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from course._paths import repo_root

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
ANSWER_BOX = "*Write your answer here (double-click this cell to edit it).*"
TAGS = ("solution", "hidden-tests", "rubric")
_FOLDER = re.compile(r"^(\d\d)-[a-z0-9-]+$")


@dataclass(frozen=True)
class ProblemSet:
    """One problem set's folder."""

    number: str
    slug: str
    folder: Path

    @property
    def name(self) -> str:
        return f"{self.number}-{self.slug}"

    @property
    def master(self) -> Path:
        return self.folder / "master.ipynb"

    @property
    def student(self) -> Path:
        return self.folder / "student.ipynb"

    @property
    def prefix(self) -> str:
        """The prefix of its question ids (``"ex-04-"``)."""
        return f"ex-{self.number}-"


def exercises_dir() -> Path:
    """The ``exercises/`` folder of the checkout (problem sets ship with the repository)."""
    root = repo_root()
    if root is None:
        raise FileNotFoundError("The problem sets live in the course repository's exercises/ "
                                "folder; run this command from a checkout.")
    return root / "exercises"


def problem_sets(folder: Path | None = None) -> list[ProblemSet]:
    """Every problem set with a master notebook, in number order.

    >>> [p.number for p in problem_sets()][:2]
    ['00', '01']
    """
    folder = folder or exercises_dir()
    out = []
    for sub in sorted(folder.iterdir()):
        m = _FOLDER.match(sub.name)
        if m and (sub / "master.ipynb").is_file():
            out.append(ProblemSet(m.group(1), sub.name[3:], sub))
    return out


def problem_set(number: str, folder: Path | None = None) -> ProblemSet:
    """One problem set by number (``"04"`` or ``4``)."""
    number = f"{int(number):02d}" if str(number).isdigit() else str(number)
    for ps in problem_sets(folder):
        if ps.number == number:
            return ps
    raise ValueError(f"No problem set {number!r} in exercises/.")


def tags(cell: dict) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def question_of(cell: dict) -> str | None:
    """The question id a cell belongs to (from its ``course.question`` metadata)."""
    meta = cell.get("metadata", {}).get("course", {})
    return meta.get("question") if isinstance(meta, dict) else None


def exercise_of(nb: dict) -> str | None:
    """The problem-set number recorded in a notebook's metadata."""
    meta = nb.get("metadata", {}).get("course", {})
    value = meta.get("exercise") if isinstance(meta, dict) else None
    return str(value) if value is not None else None


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else str(text)


def assigned_names(code: str) -> list[str]:
    """Names assigned at the top level of ``code``, in order.

    >>> assigned_names("a = 1\\nb, c = 2, 3\\nd += 1\\nfor i in x: pass")
    ['a', 'b', 'c', 'd']
    """
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return list(dict.fromkeys(re.findall(r"^(\w+)\s*=(?!=)", code, re.M)))
    names: list[str] = []
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for sub in ast.walk(target):
                if isinstance(sub, ast.Name):
                    names.append(sub.id)
    return list(dict.fromkeys(names))


def solution_blocks(code: str) -> list[str]:
    """The text between each ``### BEGIN SOLUTION`` / ``### END SOLUTION`` pair."""
    return [m.group(1) for m in re.finditer(
        rf"^[ \t]*{re.escape(BEGIN)}[^\n]*\n(.*?)^[ \t]*{re.escape(END)}[^\n]*$", code, re.M | re.S)]


def strip_solution(code: str) -> str:
    """Replace each solution block with placeholders that still run.

    >>> print(strip_solution("x = 1\\n### BEGIN SOLUTION\\nanswer_1 = 'b'\\n### END SOLUTION\\n"))
    x = 1
    answer_1 = ...  # your answer here
    <BLANKLINE>
    """
    def repl(m: re.Match) -> str:
        indent, body = m.group(1), m.group(2)
        names = assigned_names(_dedent(body, indent))
        lines = [f"{indent}{n} = ...  # your answer here" for n in names] or [
            f"{indent}# your answer here", f"{indent}pass"]
        return "\n".join(lines)

    if BEGIN not in code:
        return code
    out = re.sub(rf"^([ \t]*){re.escape(BEGIN)}[^\n]*\n(.*?)^[ \t]*{re.escape(END)}[^\n]*$",
                 repl, code, flags=re.M | re.S)
    if BEGIN in out or END in out:
        raise ValueError("Unbalanced ### BEGIN SOLUTION / ### END SOLUTION markers.")
    return out


def _dedent(body: str, indent: str) -> str:
    return "\n".join(line[len(indent):] if line.startswith(indent) else line
                     for line in body.splitlines())


def hidden_tests(nb: dict) -> list[tuple[str, dict]]:
    """The master's hidden-test cells as ``(question id, cell)``, in order."""
    out = []
    for cell in nb.get("cells", []):
        if "hidden-tests" in tags(cell):
            qid = question_of(cell) or _first_id(source(cell))
            if qid is None:
                raise ValueError("A hidden-tests cell names no question.")
            out.append((qid, cell))
    return out


def _first_id(text: str) -> str | None:
    m = re.search(r"[\"'](ex-\d\d-\d+)[\"']", text)
    return m.group(1) if m else None


def answer_variable(hidden_source: str) -> str | None:
    """The variable a hidden test reads (``lambda: answer_3`` -> ``"answer_3"``)."""
    m = re.search(r"lambda\s*:\s*([A-Za-z_]\w*)", hidden_source)
    return m.group(1) if m else None
