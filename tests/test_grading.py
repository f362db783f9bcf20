"""``course grade``: every bad submission gets a row with a clear status; none crashes the run.

The fixtures live in tests/fixtures/submissions/ (regenerate them with
``uv run python tests/fixtures/submissions/make_fixtures.py``). The kernel-running
cases are graded once per module, two workers in parallel.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from pathlib import Path

import nbformat
import pytest

from course import checks, cli, grading
from course import exercises as ex
from course.answers import decode, encode

from conftest import FIXTURES

SUBMISSIONS = FIXTURES / "submissions"
CELL_TIMEOUT, NOTEBOOK_TIMEOUT = 10, 90

#: fixture -> (status, total points of 6, a fragment of the row's message)
CORE = {
    "good": (grading.GRADED, 6, "free-response"),
    "empty": (grading.GRADED, 0, ""),
    "badjson": (grading.INVALID, 0, "not valid JSON"),
    "notanotebook": (grading.INVALID, 0, "not a Jupyter notebook"),
    "otherset": (grading.WRONG_SET, 0, "problem set 01, not 00"),
    "exception": (grading.WITH_ERRORS, 6, "ZeroDivisionError"),
    "renamed": (grading.GRADED, 5, ""),
    "loop": (grading.TIMED_OUT, 6, "time limit"),
    "osexit": (grading.KERNEL_DIED, 3, "kernel stopped"),
    "flood": (grading.GRADED, 6, "cut off"),
    "escape": (grading.BLOCKED, 6, "outside its working directory"),
    "tamper": (grading.GRADED, 5, ""),
}
SLOW = {
    "sysexit": (grading.WITH_ERRORS, 6, "SystemExit"),
    "killed": (grading.KERNEL_DIED, 3, "kernel stopped"),
    "shell": (grading.BLOCKED, 6, "start a program"),
    "reordered": (grading.GRADED, 6, ""),
}


def _paths(names) -> list[Path]:
    return [SUBMISSIONS / f"{name}_ps00.ipynb" for name in names]


def _digests(paths) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def _grade(names, **kwargs) -> dict[str, grading.Row]:
    rows = grading.grade(_paths(names), problem_set="00", workers=2, cell_timeout=CELL_TIMEOUT,
                         notebook_timeout=NOTEBOOK_TIMEOUT, progress=False, **kwargs)
    return {row.student: row for row in rows}


@pytest.fixture(scope="module")
def core_rows():
    before = _digests(_paths(CORE))
    rows = _grade(CORE)
    assert _digests(_paths(CORE)) == before, "a submission file was modified"
    return rows


@pytest.mark.parametrize("name", list(CORE))
def test_each_bad_submission_gets_a_row_with_a_clear_status(core_rows, name):
    status, total, fragment = CORE[name]
    row = core_rows[name]
    assert (row.status, row.total) == (status, total), row.message
    assert fragment in row.message


def test_a_renamed_answer_variable_is_reported_not_attempted(core_rows):
    result = {r.question: r for r in core_rows["renamed"].results}["ex-00-2"]
    assert result.status == checks.NOT_ATTEMPTED and "answer_2" in result.message


def test_patching_the_checks_inside_the_kernel_earns_nothing(core_rows):
    result = {r.question: r for r in core_rows["tamper"].results}["ex-00-1"]
    assert result.status == checks.NOT_YET and result.points == 0


def test_the_write_guard_left_the_course_package_untouched(core_rows):
    assert "# tampered" not in (Path(grading.__file__).parent / "checks.py").read_text()


def test_free_response_is_left_to_the_teacher(core_rows):
    result = {r.question: r for r in core_rows["good"].results}["ex-00-7"]
    assert result.status == "manual" and result.points == "" and "Federal Register" in result.answer_text


def test_feedback_pages_never_show_expected_answers(core_rows):
    page = grading.feedback_html(core_rows["empty"])
    for secret in ("Sanctuary Jurisdictions", "right or benefit", "[3, 5, 7, 8, 9, 12]"):
        assert secret not in page
    assert "<table>" in page and "not attempted" in page


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SLOW))
def test_each_slow_bad_submission_gets_a_row_with_a_clear_status(slow_rows, name):
    status, total, fragment = SLOW[name]
    row = slow_rows[name]
    assert (row.status, row.total) == (status, total), row.message
    assert fragment in row.message


@pytest.fixture(scope="module")
def slow_rows():
    return _grade(SLOW)


@pytest.mark.slow
def test_a_shell_escape_never_runs(slow_rows):
    assert not Path("/tmp/course-grader-shell-escape").exists()


@pytest.mark.slow
def test_a_submission_that_tries_to_change_the_masters_is_blocked(tmp_path):
    copy = tmp_path / "exercises"
    shutil.copytree(ex.exercises_dir(), copy)
    before = grading.fingerprint(copy)
    rows = _grade(["vandal"], exercises_dir=copy)
    assert rows["vandal"].status == grading.BLOCKED
    assert grading.fingerprint(copy) == before


def test_masters_that_change_during_grading_are_flagged(tmp_path, monkeypatch):
    """Defence in depth: if a write ever got past the guard, the fingerprint catches it."""
    prints = iter(["before", "after", "after"])
    monkeypatch.setattr(grading, "fingerprint", lambda folder: next(prints))
    rows = _grade(["badjson"])
    assert rows["badjson"].status == grading.MASTERS_CHANGED
    assert "Restore them from git" in rows["badjson"].message


def test_the_cli_writes_the_gradebook_and_feedback_without_a_kernel_for_bad_files(tmp_path):
    out = tmp_path / "grades" / "gradebook.csv"
    code = cli.main(["grade", *map(str, _paths(["badjson", "notanotebook", "otherset"])),
                     "--exercise", "00", "--out", str(out), "--quiet"])
    assert code == 1  # ran, but found files it could not grade
    rows = list(csv.DictReader(out.open()))
    assert [r["student"] for r in rows] == ["badjson", "notanotebook", "otherset"]
    assert {r["status"] for r in rows} == {grading.INVALID, grading.WRONG_SET}
    assert sorted(p.name for p in (out.parent / "feedback").iterdir()) == [
        "badjson_ps00.html", "notanotebook_ps00.html", "otherset_ps00.html"]
    assert not list(out.parent.glob(".gradebook.csv.*")), "a temporary file was left behind"


def _row() -> grading.Row:
    return grading.Row("jdoe", "jdoe_ps00.ipynb", "00", grading.GRADED, "", [
        grading.QuestionResult("ex-00-1", checks.PASS, 1, 1, "ok"),
        grading.QuestionResult("ex-00-7", "manual", "", 3, "by hand")])


def test_gradebook_layouts_for_canvas_and_gradescope():
    canvas = list(csv.reader(io.StringIO(grading.gradebook([_row()], "canvas", "Problem set 00"))))
    assert canvas[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert canvas[1][0] == "Points Possible" and canvas[2][3] == "jdoe" and canvas[2][5] == "1"
    gradescope = list(csv.DictReader(io.StringIO(grading.gradebook([_row()], "gradescope"))))
    assert gradescope == [{"Name": "", "SID": "jdoe", "Email": "", "Total Score": "1",
                           "Status": grading.GRADED}]
    full = list(csv.DictReader(io.StringIO(grading.gradebook([_row()]))))
    assert full[0]["ex-00-1"] == "1" and full[0]["ex-00-7"] == "" and full[0]["possible"] == "1"


def test_student_ids_follow_the_documented_file_name_pattern():
    assert grading.student_id(Path("jdoe_ps00.ipynb")) == "jdoe"
    assert grading.student_id(Path("late-jdoe.ipynb")) == "late-jdoe"
    assert grading.student_id(Path("ps00-jdoe.ipynb"), r"ps\d\d-(?P<student>\w+)") == "jdoe"


def test_hidden_tests_are_reinserted_after_each_check_and_student_copies_dropped():
    master = nbformat.read(ex.problem_set("00").master, as_version=4)
    student = nbformat.read(SUBMISSIONS / "reordered_ps00.ipynb", as_version=4)
    run, positions = grading.assemble(student, master)
    assert sorted(positions.values()) == sorted(q for q, _ in ex.hidden_tests(master))
    for index, qid in positions.items():
        assert f'export("{qid}"' in ex.source(run.cells[index])
    assert sum('export("ex-00-3"' in ex.source(c) for c in run.cells) == 1
    assert "addaudithook" in ex.source(run.cells[0])


def test_instructor_extra_tests_can_only_make_a_question_harder(tmp_path):
    (tmp_path / "ps00.py").write_text(
        "TESTS = {'ex-00-4': lambda a: (a == 'Sanctuary Jurisdictions', 'Use the capitals.')}\n")
    extra = grading.load_extra_tests(tmp_path)
    questions = [checks.question("ex-00-4")]
    for answer, status in (("sanctuary jurisdictions", checks.NOT_YET),
                           ("Sanctuary Jurisdictions", checks.PASS)):
        result = grading.score(questions, {"ex-00-4": encode(answer)}, "", extra, {})[0]
        assert result.status == status
    assert grading.score(questions, {"ex-00-4": encode("Sanctuary Cities")}, "", extra,
                         {})[0].status == checks.NOT_YET


def test_answers_cross_from_kernel_to_grader_as_plain_data_only():
    import pandas as pd

    frame = pd.DataFrame({"year": [2017, 2018], "n": [1, 2]})
    assert decode(encode(frame)).equals(frame)
    assert decode(encode([1, "a", None])) == [1, "a", None]
    assert encode(lambda: 1)["type"] == "unsupported"
    result = grading.score([checks.question("ex-00-2")], {"ex-00-2": {"type": "unsupported",
                                                                      "value": "function"}}, "", {}, {})
    assert result[0].status == checks.NOT_YET and "cannot be graded" in result[0].message


def test_the_write_guard_refuses_the_shared_temporary_folder(tmp_path):
    """The course itself may be checked out under /tmp (CI does this): a submission must not
    be able to write anywhere in the shared temporary folder, only in its own working one."""
    import subprocess
    import sys

    work = tmp_path / "work"
    work.mkdir()
    elsewhere = tmp_path / "course" / "checks.py"  # a sibling of the working folder
    elsewhere.parent.mkdir()
    elsewhere.write_text("original\n")
    code = grading.PRELUDE % {"limits": {}, "allowed": []} + (
        "\nimport tempfile\n"
        f"open({str(work / 'ok.txt')!r}, 'w').write('fine')\n"
        "open(tempfile.mkstemp()[1], 'w').write('fine')\n"
        f"open({str(elsewhere)!r}, 'a').write('# tampered')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=work, capture_output=True, text=True)
    assert out.returncode != 0 and grading.BLOCK_MESSAGE in out.stderr
    assert (work / "ok.txt").read_text() == "fine"
    assert elsewhere.read_text() == "original\n"
