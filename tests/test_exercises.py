"""Problem sets: every check passes on the master and fails on a known-wrong answer; the
committed student editions are exactly what ``course release`` builds and leak nothing."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import nbformat
import pytest

from course import checks, editions
from course import exercises as ex
from course import sources

SETS = ex.problem_sets()
QUESTIONS = [q for q in checks.registry().values() if q.id.startswith("ex-")]

#: One known-wrong answer per question and a fragment of the message it must produce.
WRONG: dict[str, tuple[object, str]] = {
    "ex-00-1": ("b", "answer was given but is not right"),
    "ex-00-2": (17, "Count the sections"),
    "ex-00-3": ("a", "official text is what"),
    "ex-00-4": ("Sanctuary Cities", "exact words"),
    "ex-00-5": ("the order creates no right or benefit", "not in the official text"),
    "ex-00-6": ([3, 5, 7], "missing at least one section"),
    "ex-00-7": ("It is in the Federal Register.", "needs at least"),
    "ex-01-1": ("b", "statutes Congress passes"),
    "ex-01-2": ("82", "volume comes first"),
    "ex-01-3": ("14159", "2025 order"),
    "ex-01-4": ("subject to the availability of appropriations", "not in the part"),
    "ex-01-5": ("Nothing in this order shall be construed", "exact clause"),
    "ex-01-6": ("a", "reinstated"),
    "ex-01-7": ({2: 2}, "missing at least one section"),
    "ex-01-8": ("Executive orders are fine.", "needs at least"),
    "ex-02-1": ("It is the policy of the executive branch to", "not in the part"),
    "ex-02-2": ("b", "only Congress can"),
    "ex-02-3": (6, "letter label"),
    "ex-02-4": ("the Supremacy Clause", "Article VI"),
    "ex-02-5": ("Ensure that aliens ordered removed from the United States are promptly removed",
                "exact clause"),
    "ex-02-6": ("The President enforces laws.", "needs at least"),
    "ex-03-1": ("The terms of this order, where applicable", "exact clause"),
    "ex-03-2": ("b", "only Congress can"),
    "ex-03-3": ("noncitizen", "statute's own term"),
    "ex-03-4": (40, "count sections, not uses"),
    "ex-03-5": ("Use the statute's word.", "needs at least"),
    "ex-04-1": (8, "label is a letter"),
    "ex-04-2": ("Have been convicted of any criminal offense", "exact clause"),
    "ex-04-3": ("c", "acquittal"),
    "ex-04-4": (226119, "Filter on both"),
    "ex-04-5": ({2016: 1, 2017: 2}, "Keep exactly"),
    "ex-04-6": ("Removals went up.", "needs at least"),
    "ex-05-1": ("As soon as practicable, and by", "exact clause"),
    "ex-05-2": ("b", "Department of Justice"),
    "ex-05-3": ("employers", "own description"),
    "ex-05-4": ("b", "civil, not criminal"),
    "ex-05-5": ("Fines are bad.", "needs at least"),
    "ex-06-1": (15000, "Reread the number"),
    "ex-06-2": ("to the extent permitted by law", "exact clause"),
    "ex-06-3": ("b", "President's duty"),
    "ex-06-4": (0.065, "multiply by 100"),
    "ex-06-5": ("Congress said no.", "needs at least"),
}


def master_answers(ps: ex.ProblemSet) -> dict[str, object]:
    """Each question's master answer: run the solution cells' code, read the model answers."""
    import course

    nb = nbformat.read(ps.master, as_version=4)
    namespace: dict = {"course": course}
    answers: dict[str, object] = {}
    variables = {qid: ex.answer_variable(ex.source(c)) for qid, c in ex.hidden_tests(nb)}
    for cell in nb.cells:
        qid = ex.question_of(cell)
        if "solution" not in ex.tags(cell):
            continue
        if cell.cell_type == "markdown":
            answers[qid] = ex.source(cell)
            continue
        code = ex.source(cell).replace(ex.BEGIN, "").replace(ex.END, "")
        exec(compile(code, f"{ps.name}:{qid}", "exec"), namespace)  # noqa: S102 - our own master
        answers[qid] = namespace[variables[qid]]
    return answers


ANSWERS = {qid: a for ps in SETS for qid, a in master_answers(ps).items()}


@pytest.mark.parametrize("qid", [q.id for q in QUESTIONS])
def test_each_question_passes_on_the_master_solution(qid):
    result = checks.evaluate(qid, ANSWERS[qid])
    assert result.status == checks.PASS, result.message


@pytest.mark.parametrize("qid", [q.id for q in QUESTIONS])
def test_each_question_fails_a_known_wrong_answer_with_its_intended_message(qid):
    assert qid in WRONG, f"add a known-wrong answer for {qid} to WRONG"
    answer, fragment = WRONG[qid]
    result = checks.evaluate(qid, answer)
    assert result.status == checks.NOT_YET
    assert fragment in result.message


@pytest.mark.parametrize("qid", [q.id for q in QUESTIONS])
def test_not_yet_feedback_never_reveals_the_master_answer(qid):
    answer = ANSWERS[qid]
    message = checks.evaluate(qid, WRONG[qid][0]).message
    if isinstance(answer, str) and len(answer) > 3:
        assert answer.lower() not in message.lower()
    elif isinstance(answer, (int, float)):
        assert not re.search(rf"\b{answer}\b", message)


@pytest.mark.parametrize("qid", [q.id for q in QUESTIONS])
def test_each_question_is_not_attempted_when_blank(qid):
    assert checks.evaluate(qid, ...).status == checks.NOT_ATTEMPTED


@pytest.mark.parametrize("qid", [q.id for q in QUESTIONS])
def test_each_question_cites_registered_sources(qid):
    q = checks.question(qid)
    cited = sources.ids_in(q.prompt)
    for sid in (*q.sources, *cited):
        sources.get(sid, where=qid)
    assert set(cited) <= set(q.sources), f"{qid} cites {cited} in its prompt but lists {q.sources}"


def test_the_order_ids_point_at_the_order_texts():
    assert "13768" in sources.get("S136").title
    assert "not the official text" in sources.get("S139").title
    assert "13993" in sources.get("S137").title
    assert "14159" in sources.get("S138").title


def test_question_ids_are_stable_and_numbered_from_one_per_set():
    for ps in SETS:
        ids = [q.id for q in checks.questions_for(ps.prefix)]
        assert ids == [f"{ps.prefix}{k}" for k in range(1, len(ids) + 1)]


def test_every_set_has_a_free_response_question_with_a_scoring_guide():
    for ps in SETS:
        nb = nbformat.read(ps.master, as_version=4)
        frqs = [q.id for q in checks.questions_for(ps.prefix) if not checks.autograded(q)]
        assert frqs, f"{ps.name} has no free-response question"
        rubrics = {ex.question_of(c) for c in nb.cells if "rubric" in ex.tags(c)}
        assert set(frqs) <= rubrics


def test_every_autograded_question_has_answer_check_and_hidden_test_cells_in_its_master():
    for ps in SETS:
        nb = nbformat.read(ps.master, as_version=4)
        hidden = {qid for qid, _ in ex.hidden_tests(nb)}
        for q in checks.questions_for(ps.prefix):
            cells = [c for c in nb.cells if ex.question_of(c) == q.id]
            assert q.prompt in ex.source(cells[0]), f"{q.id}: the master's prompt differs from the registry"
            if checks.autograded(q):
                assert q.id in hidden
                assert any(ex.source(c).startswith(f'check("{q.id}"') for c in cells)


def test_master_notebooks_name_their_problem_set():
    for ps in SETS:
        assert ex.exercise_of(nbformat.read(ps.master, as_version=4)) == ps.number


def test_questions_never_ask_about_the_students_own_status():
    banned = re.compile(r"\byour (own |family'?s? )?(immigration |citizenship )?status\b|"
                        r"\bare you (a )?(citizen|immigrant|undocumented)", re.I)
    for q in QUESTIONS:
        assert not banned.search(q.prompt), q.id


def test_committed_student_editions_are_exactly_what_release_builds():
    for ps in SETS:
        built = editions.dumps(editions.student_edition(nbformat.read(ps.master, as_version=4)))
        assert ps.student.read_text(encoding="utf-8") == built, (
            f"{ps.student} is out of date: run `uv run course release --sync`")


def _leak_fragments(master) -> list[str]:
    fragments = []
    for cell in master.cells:
        text = ex.source(cell)
        if "hidden-tests" in ex.tags(cell) or "rubric" in ex.tags(cell):
            fragments += [line.strip() for line in text.splitlines() if len(line.strip()) > 25]
        elif "solution" in ex.tags(cell):
            body = "\n".join(ex.solution_blocks(text)) if cell.cell_type == "code" else text
            fragments += [line.strip() for line in body.splitlines()
                          if len(line.strip()) > 8 and not line.strip().startswith("#")]
    return fragments


def test_no_student_edition_leaks_a_solution_hidden_test_or_scoring_guide():
    for ps in SETS:
        master = nbformat.read(ps.master, as_version=4)
        student = nbformat.read(ps.student, as_version=4)
        student_text = "\n".join(ex.source(c) for c in student.cells)
        for cell in student.cells:
            assert not ex.tags(cell) & set(ex.TAGS), f"{ps.name}: a cell still has {ex.tags(cell)}"
            assert ex.BEGIN not in ex.source(cell) and "export(" not in ex.source(cell)
            assert "Scoring guide" not in ex.source(cell)
        for fragment in _leak_fragments(master):
            assert fragment not in student_text, f"{ps.name} leaks: {fragment[:60]!r}"


def test_student_editions_have_no_outputs_or_widget_state():
    for ps in SETS:
        nb = nbformat.read(ps.student, as_version=4)
        assert "widgets" not in nb.metadata
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None


def test_the_leak_scan_catches_a_planted_solution(tmp_path):
    ps = SETS[0]
    master = nbformat.read(ps.master, as_version=4)
    leaked = editions.student_edition(master)
    leaked.cells.append(nbformat.v4.new_markdown_cell(_leak_fragments(master)[0]))
    text = "\n".join(ex.source(c) for c in leaked.cells)
    assert any(f in text for f in _leak_fragments(master))
    clean = "\n".join(ex.source(c) for c in editions.student_edition(master).cells)
    assert not any(f in clean for f in _leak_fragments(master))


def test_teacher_edition_keeps_solutions_and_scoring_guides_but_not_hidden_tests():
    for ps in SETS:
        master = nbformat.read(ps.master, as_version=4)
        text = editions.dumps(editions.teacher_edition(master))
        assert "Scoring guide" in text and ex.BEGIN in text and "Answer guidance" in text
        assert "export(" not in text


def test_release_is_idempotent_and_its_zip_deterministic(tmp_path):
    first = editions.release(tmp_path, make_zip=True)
    assert first
    zip_bytes = (tmp_path / "student-editions.zip").read_bytes()
    assert editions.release(tmp_path, make_zip=True) == []
    assert (tmp_path / "student-editions.zip").read_bytes() == zip_bytes
    with zipfile.ZipFile(tmp_path / "student-editions.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"{ps.name}.ipynb" for ps in SETS)
    assert not (tmp_path / "teacher").joinpath("x").exists()
    assert sorted(p.name for p in (tmp_path / "teacher").iterdir()) == sorted(
        f"{ps.name}.ipynb" for ps in SETS)


def test_release_without_solutions_turns_worked_solutions_off(tmp_path):
    editions.release(tmp_path, solutions=False)
    for path in (tmp_path / "student").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "configure(solutions=False)" in text and "configure(solutions=True)" not in text


def test_strip_solution_keeps_scaffolding_and_rejects_unbalanced_markers():
    code = 'df = 1\n### BEGIN SOLUTION\nanswer_1 = df + 1\nanswer_1\n### END SOLUTION\nprint(1)'
    assert ex.strip_solution(code) == "df = 1\nanswer_1 = ...  # your answer here\nprint(1)"
    with pytest.raises(ValueError):
        ex.strip_solution("### BEGIN SOLUTION\nx = 1\n")


def test_hints_come_one_at_a_time_then_the_solution_in_self_learner_mode():
    checks.reset_hints()
    checks.configure(solutions=True)
    q = checks.question("ex-00-6")
    assert "Take the remaining" in checks.solution(q.id).text
    for k in range(1, len(q.hints) + 1):
        assert checks.hint(q.id).text.startswith(f"Hint {k} of {len(q.hints)}")
    assert "last hint" in checks.hint(q.id).text
    assert checks.solution(q.id).text.startswith("Worked solution:")
    checks.configure(solutions=False)
    try:
        assert "turned off" in checks.solution(q.id).text
        assert "solution(" not in checks.hint(q.id).text
    finally:
        checks.configure(solutions=True)
        checks.reset_hints()


def test_free_response_checks_record_length_never_score_reasoning():
    q = checks.question("ex-00-7")
    assert not checks.autograded(q)
    result = checks.evaluate(q.id, " ".join(["word"] * q.min_words))
    assert result.passed and "teacher" in result.message


def test_the_student_edition_runs_top_to_bottom_and_every_check_is_not_attempted():
    from nbclient import NotebookClient

    for ps in SETS:
        nb = nbformat.read(ps.student, as_version=4)
        NotebookClient(nb, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(ps.folder)}}).execute()
        results = [o for c in nb.cells if c.cell_type == "code" and ex.source(c).startswith("check(")
                   for o in c.outputs if o.get("output_type") == "execute_result"]
        assert len(results) == sum(checks.autograded(q) for q in checks.questions_for(ps.prefix))
        for output in results:
            assert "not attempted" in output["data"]["text/plain"]


def test_problem_set_folders_match_the_table_of_contents():
    from course import toc

    for ps in SETS:
        assert toc.lesson(ps.number).stem == ps.name
    assert Path(SETS[0].folder).parent.name == "exercises"
