"""``course release``: build the student and teacher editions of every problem set.

From each master (``exercises/NN-slug/master.ipynb``):

* the **student edition** keeps the questions and check cells; solution blocks
  become placeholders that still run (``answer_3 = ...``), model answers become an
  empty answer box, and hidden tests, scoring guides, outputs, widget state and
  every other piece of metadata but ``tags``/``course`` are removed;
* the **teacher edition** keeps solutions and scoring guides and adds an
  answer-guidance note (worked solution and hints) under each autograded question;
  only the hidden tests (grader machinery) and outputs are removed.

Both are pure functions of the master, so building twice gives identical bytes.
The student editions are committed as ``exercises/NN-slug/student.ipynb``
(``course release --sync`` rewrites them); teacher editions are only built.
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
import zipfile
from pathlib import Path

import nbformat
from nbconvert.preprocessors import (
    ClearMetadataPreprocessor,
    ClearOutputPreprocessor,
    TagRemovePreprocessor,
)

from course import exercises as ex

SOLUTIONS_ON = "configure(solutions=True)"
SOLUTIONS_OFF = "configure(solutions=False)"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _clean(nb: nbformat.NotebookNode, remove_tags: set[str]) -> nbformat.NotebookNode:
    resources: dict = {}
    nb, _ = TagRemovePreprocessor(remove_cell_tags=remove_tags, enabled=True).preprocess(nb, resources)
    nb, _ = ClearOutputPreprocessor().preprocess(nb, resources)
    nb, _ = ClearMetadataPreprocessor(
        preserve_nb_metadata_mask={("kernelspec",), ("language_info",), ("course",)},
        preserve_cell_metadata_mask={("tags",), ("course",)},
    ).preprocess(nb, resources)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.execution_count = None
            cell.outputs = []
    return nb


def _drop_tag(cell: nbformat.NotebookNode, tag: str) -> None:
    tags = [t for t in cell.metadata.get("tags", []) if t != tag]
    if tags:
        cell.metadata["tags"] = tags
    else:
        cell.metadata.pop("tags", None)


def student_edition(master: nbformat.NotebookNode, *, solutions: bool = True) -> nbformat.NotebookNode:
    """The student edition of a master notebook (a new object; the master is untouched).

    ``solutions=False`` turns worked solutions off (``configure(solutions=False)``)
    for a graded class.
    """
    nb = _clean(copy.deepcopy(master), {"hidden-tests", "rubric"})
    for cell in nb.cells:
        if "solution" in ex.tags(cell):
            if cell.cell_type == "code":
                cell.source = ex.strip_solution(ex.source(cell))
            else:
                cell.source = ex.ANSWER_BOX
            _drop_tag(cell, "solution")
        if cell.cell_type == "code" and not solutions:
            cell.source = ex.source(cell).replace(SOLUTIONS_ON, SOLUTIONS_OFF)
    return nb


def teacher_edition(master: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The teacher edition: solutions, scoring guides and answer guidance; no hidden tests."""
    from course import checks

    nb = _clean(copy.deepcopy(master), {"hidden-tests"})
    cells = [nbformat.v4.new_markdown_cell(
        "> **Teacher edition.** It contains solutions, scoring guides and answer guidance. "
        "Give students the student edition.", id="teacher-edition-banner")]
    for cell in nb.cells:
        cells.append(cell)
        qid = ex.question_of(cell)
        src = ex.source(cell)
        if qid and cell.cell_type == "code" and src.startswith(f'check("{qid}"'):
            q = checks.question(qid)
            lines = [f"**Answer guidance (teacher edition), {qid}.** {q.solution or q.explanation}"]
            if q.hints:
                lines.append("Hints students see, in order: " +
                             " / ".join(f"({i}) {h}" for i, h in enumerate(q.hints, start=1)))
            if q.sources:
                lines.append("Sources: " + "; ".join(f"[{s}]" for s in q.sources))
            cells.append(nbformat.v4.new_markdown_cell("\n\n".join(lines), id=f"{qid}-guidance"))
    nb.cells = cells
    return nb


def dumps(nb: nbformat.NotebookNode) -> str:
    """Serialise deterministically (sorted keys, one-space indent, final newline)."""
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def _write_if_changed(path: Path, text: str) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def build_zip(files: dict[str, str]) -> bytes:
    """A zip with fixed timestamps and sorted names, so the same files give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, files[name])
    return buffer.getvalue()


def release(out: Path | None, *, sync: bool = False, solutions: bool = True, make_zip: bool = False,
            only: list[str] | None = None, folder: Path | None = None) -> list[Path]:
    """Build the editions; return the files written (unchanged files are not rewritten)."""
    written: list[Path] = []
    student_files: dict[str, str] = {}
    for ps in ex.problem_sets(folder):
        if only and ps.number not in only:
            continue
        master = nbformat.read(ps.master, as_version=4)
        student_text = dumps(student_edition(master, solutions=solutions))
        student_files[f"{ps.name}.ipynb"] = student_text
        if sync:
            committed = dumps(student_edition(master, solutions=True))
            if _write_if_changed(ps.student, committed):
                written.append(ps.student)
        if out is not None:
            for path, text in ((out / "student" / f"{ps.name}.ipynb", student_text),
                               (out / "teacher" / f"{ps.name}.ipynb", dumps(teacher_edition(master)))):
                if _write_if_changed(path, text):
                    written.append(path)
    if make_zip and out is not None:
        path = out / "student-editions.zip"
        data = build_zip(student_files)
        if not (path.is_file() and path.read_bytes() == data):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
    return written


def _run(args: argparse.Namespace) -> int:
    if args.out is None and not args.sync:
        print("course release: give --out DIR, --sync, or both.", file=sys.stderr)
        return 2
    written = release(args.out, sync=args.sync, solutions=not args.no_solutions,
                      make_zip=args.zip, only=args.exercise)
    for path in written:
        print(f"wrote {path}")
    if not written:
        print("all editions are up to date")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("release", help="build student and teacher editions of the problem sets")
    p.add_argument("--out", type=Path, help="folder for student/, teacher/ (and the zip)")
    p.add_argument("--sync", action="store_true",
                   help="also rewrite the committed exercises/NN-slug/student.ipynb files")
    p.add_argument("--zip", action="store_true", help="also write OUT/student-editions.zip for an LMS")
    p.add_argument("--no-solutions", action="store_true",
                   help="student editions without worked solutions (a graded class)")
    p.add_argument("--exercise", action="append", metavar="NN", help="only this problem set (repeatable)")
    p.set_defaults(func=_run)
