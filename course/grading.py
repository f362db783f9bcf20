"""``course grade``: autograde problem-set submissions into a gradebook.

For each submission the grader

1. reads the file without changing it (bad JSON, a file that is not a notebook, or a
   notebook for another problem set gets a row with that status);
2. builds the notebook to run: a grader prelude first (resource limits and a guard
   against writing outside the working directory), then the student's cells, with the
   master's hidden tests re-inserted after the cell that checks each question (a
   student cannot delete or edit them: they come from the master);
3. runs it in a fresh kernel, in a fresh temporary working directory, in a separate
   worker process, with a time limit per cell and per notebook and a cap on each
   cell's output;
4. grades each answer *in the grader's process* with the pure checks of
   :mod:`course.checks` (plus any instructor tests from ``--extra-tests``); the
   kernel only hands answers over (:mod:`course.answers`), it never reports a score;
5. writes one gradebook row and one feedback page per submission. The gradebook is
   written once, atomically, at the end.

Isolation is by process, time limits and resource limits (``resource.setrlimit`` in the
kernel, an audit hook that refuses writes outside the working directory and refuses to
start other programs), not by a container: run untrusted work on a machine or account
you can afford to lose. The masters and the ``course`` package are hashed before and
after every submission; a change is reported as ``masters changed``.

Student ids come from file names: by default everything before the first ``_`` or
``.`` (``jdoe_ps04.ipynb`` -> ``jdoe``; Canvas downloads such as
``doejane_12345_67890_ps04.ipynb`` -> ``doejane``). ``--id-pattern`` takes a regular
expression with a ``student`` group.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import importlib.util
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

from course import exercises as ex

CELL_TIMEOUT = 30         # seconds per cell
NOTEBOOK_TIMEOUT = 300    # seconds per notebook (all cells)
STARTUP_GRACE = 60        # seconds allowed on top for starting the kernel and cleaning up
OUTPUT_CAP = 100_000      # characters of output kept per cell
MEMORY_LIMIT = 3 * 1024**3  # bytes of address space for the kernel
FILE_LIMIT = 50 * 1024**2   # bytes: the largest file the kernel may write
ID_PATTERN = r"^(?P<student>[^_.]+)"

GRADED = "graded"
WITH_ERRORS = "graded with errors"
TIMED_OUT = "timed out"
KERNEL_DIED = "kernel died"
BLOCKED = "blocked write"
INVALID = "invalid file"
WRONG_SET = "wrong problem set"
MASTERS_CHANGED = "masters changed"
GRADER_ERROR = "grader error"
#: Statuses in order of precedence when several apply.
PRECEDENCE = (MASTERS_CHANGED, GRADER_ERROR, INVALID, WRONG_SET, KERNEL_DIED, TIMED_OUT, BLOCKED,
              WITH_ERRORS, GRADED)
BLOCK_MESSAGE = "course grader: not allowed"

PRELUDE = r'''# course grader prelude: limits and a write guard (not part of the submission)
def _course_grader_prelude(limits, extra_allowed):
    import os, resource, sys, tempfile
    for name, value in limits.items():
        kind = getattr(resource, name)
        soft, hard = resource.getrlimit(kind)
        if hard == resource.RLIM_INFINITY or value < hard:
            resource.setrlimit(kind, (value, value))
    home = os.path.expanduser("~")
    # A private temporary folder inside the working directory: the shared temporary
    # folder may hold other things (a checkout of the course itself, other submissions).
    private_tmp = os.path.join(os.getcwd(), ".tmp")
    os.makedirs(private_tmp, exist_ok=True)
    os.environ["TMPDIR"] = tempfile.tempdir = private_tmp
    allowed = [os.path.realpath(os.getcwd()),
               *[os.path.realpath(os.path.join(home, p)) for p in extra_allowed]]
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def inside(path):
        try:
            path = os.fsdecode(path)
        except TypeError:
            return True
        if path in (os.devnull,):
            return True
        real = os.path.realpath(path)
        return any(real == a or real.startswith(a + os.sep) for a in allowed)

    def refuse(what):
        raise PermissionError(f"course grader: not allowed: {what}")

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            if path is None or isinstance(path, int):
                return
            writing = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & write_flags)
            if writing and not inside(path):
                refuse(f"writing outside the working directory ({os.fsdecode(path)})")
        elif event in ("os.remove", "os.rmdir", "os.mkdir", "os.truncate", "os.chmod",
                       "os.chown", "os.utime", "shutil.rmtree", "shutil.copyfile",
                       "shutil.copytree", "shutil.move"):
            target = args[1] if event.startswith("shutil.copy") or event == "shutil.move" else args[0]
            if not isinstance(target, int) and not inside(target):
                refuse(f"changing files outside the working directory ({os.fsdecode(target)})")
        elif event in ("os.rename", "os.link", "os.symlink"):
            if not inside(args[0]) or not inside(args[1]):
                refuse("moving or linking files outside the working directory")
        elif event in ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "subprocess.Popen",
                       "os.fork", "os.forkpty"):
            refuse("starting other programs")

    sys.addaudithook(hook)

_course_grader_prelude(%(limits)r, %(allowed)r)
del _course_grader_prelude
'''


@dataclass
class QuestionResult:
    question: str
    status: str            # pass / not yet / not attempted / manual
    points: float | str    # "" for a question scored by hand
    possible: int
    message: str
    answer_text: str = ""  # free response only, for the teacher's feedback page


@dataclass
class Row:
    student: str
    file: str
    problem_set: str = ""
    status: str = GRADED
    message: str = ""
    results: list[QuestionResult] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(r.points for r in self.results if isinstance(r.points, (int, float)))

    @property
    def possible(self) -> int:
        return sum(r.possible for r in self.results if r.status != "manual")


# --------------------------------------------------------------------------- reading


def student_id(path: Path, pattern: str = ID_PATTERN) -> str:
    """The student id in a submission's file name.

    >>> student_id(Path("jdoe_ps04.ipynb"))
    'jdoe'
    >>> student_id(Path("doejane_12345_67890_ps04.ipynb"))
    'doejane'
    """
    m = re.search(pattern, path.name)
    if not m or not m.groupdict().get("student"):
        return path.stem
    return m.group("student")


def read_submission(path: Path) -> tuple[dict | None, str]:
    """Parse a submission; return ``(notebook, "")`` or ``(None, reason)``. Never raises."""
    import nbformat

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, f"The file could not be read ({type(exc).__name__})."
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, "The file is not valid JSON, so it is not a Jupyter notebook. Was it saved from Jupyter?"
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return None, "The file is JSON but not a Jupyter notebook (it has no list of cells)."
    try:
        nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
    except Exception as exc:  # noqa: BLE001
        return None, f"The notebook could not be read ({type(exc).__name__})."
    for cell in nb.cells:
        if cell.get("cell_type") not in ("code", "markdown", "raw") or not isinstance(
                ex.source(cell), str):
            return None, "The notebook has a malformed cell."
    return nb, ""


def detect_set(nb: dict) -> str | None:
    """The problem set a notebook belongs to: its metadata, else the question ids it uses."""
    number = ex.exercise_of(nb)
    if number:
        return number
    ids = Counter(m.group(1) for cell in nb.get("cells", [])
                  for m in re.finditer(r"ex-(\d\d)-\d+", ex.source(cell)))
    return ids.most_common(1)[0][0] if ids else None


# ---------------------------------------------------------------------- assembling


def _check_call(qid: str, text: str) -> bool:
    return bool(re.search(rf"""check\(\s*["']{re.escape(qid)}["']""", text))


def assemble(student: dict, master: dict, limits: dict | None = None) -> tuple[dict, dict[int, str]]:
    """The notebook to run, and the index of each re-inserted hidden test -> question id.

    The student's cells keep their order; any cell tagged ``hidden-tests`` in the
    submission is dropped (only the master's count). Each hidden test goes after the
    last student cell that checks its question, else after the cell that assigns its
    answer variable, else at the end.
    """
    import nbformat
    from nbformat.v4 import new_code_cell

    limits = limits or default_limits(NOTEBOOK_TIMEOUT)
    cells = [c for c in student["cells"] if "hidden-tests" not in ex.tags(c)]
    for cell in cells:
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
    inserts: dict[int, list[tuple[str, dict]]] = {}
    for qid, hidden in ex.hidden_tests(master):
        var = ex.answer_variable(ex.source(hidden))
        at = None
        for i, cell in enumerate(cells):
            if cell.get("cell_type") == "code" and _check_call(qid, ex.source(cell)):
                at = i
        if at is None and var:
            for i, cell in enumerate(cells):
                if cell.get("cell_type") == "code" and re.search(rf"^\s*{re.escape(var)}\s*[:=]",
                                                                  ex.source(cell), re.M):
                    at = i
        inserts.setdefault(len(cells) - 1 if at is None else at, []).append((qid, hidden))
    prelude = new_code_cell(PRELUDE % {"limits": limits, "allowed": [
        ".cache/matplotlib", ".cache/fontconfig", ".ipython", ".config/matplotlib", ".matplotlib",
        ".local/share/jupyter"]})
    out = [prelude]
    positions: dict[int, str] = {}
    for i, cell in enumerate(cells):
        out.append(cell)
        for qid, hidden in inserts.get(i, []):
            positions[len(out)] = qid
            out.append(new_code_cell(ex.source(hidden)))
    for qid, hidden in inserts.get(-1, []):  # an empty submission
        positions[len(out)] = qid
        out.append(new_code_cell(ex.source(hidden)))
    nb = nbformat.v4.new_notebook(cells=[nbformat.from_dict(c) for c in out])
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    return nb, positions


def default_limits(notebook_timeout: int) -> dict[str, int]:
    return {"RLIMIT_AS": MEMORY_LIMIT, "RLIMIT_FSIZE": FILE_LIMIT,
            "RLIMIT_CPU": int(notebook_timeout) + 30}


# ----------------------------------------------------------------------- executing


def execute(nb, workdir: Path, cell_timeout: int, notebook_timeout: int,
            output_cap: int = OUTPUT_CAP) -> list[str]:
    """Run ``nb`` in place in a fresh kernel started in ``workdir``; return notes on what went wrong.

    Notes are ``"timeout"``, ``"deadline"``, ``"kernel died"``, ``"output capped"``.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError
    from nbformat.v4 import new_output

    notes: list[str] = []
    deadline = time.monotonic() + notebook_timeout

    class Client(NotebookClient):
        sizes: dict[int, int] = {}

        async def _async_handle_timeout(self, timeout, cell=None):
            if "timeout" not in notes:
                notes.append("timeout")
            return await super()._async_handle_timeout(timeout, cell)

        def output(self, outs, msg, display_id, cell_index):
            content = msg.get("content", {})
            size = len(content.get("text", "")) + sum(len(str(v)) for v in content.get("data", {}).values())
            size += sum(len(line) for line in content.get("traceback", []))
            used = self.sizes.get(cell_index, 0)
            if used + size > output_cap:
                if used <= output_cap:
                    self.sizes[cell_index] = output_cap + 1
                    outs.append(new_output("stream", name="stderr", text=(
                        f"[course grader: output cut off after {output_cap:,} characters]\n")))
                    if "output capped" not in notes:
                        notes.append("output capped")
                return None
            self.sizes[cell_index] = used + size
            return super().output(outs, msg, display_id, cell_index)

    def timeout_for(cell) -> int:
        return max(1, int(min(cell_timeout, deadline - time.monotonic())))

    client = Client(nb, timeout_func=timeout_for, kernel_name="python3", allow_errors=True,
                    interrupt_on_timeout=True, record_timing=False,
                    error_on_timeout={"ename": "CellTimeoutError",
                                      "evalue": f"the cell ran longer than {cell_timeout} s",
                                      "traceback": []},
                    resources={"metadata": {"path": str(workdir)}})
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1",
               OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    with client.setup_kernel(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            if time.monotonic() >= deadline:
                notes.append("deadline")
                break
            try:
                client.execute_cell(cell, index)
            except DeadKernelError:
                notes.append("kernel died")
                break
            except Exception as exc:  # noqa: BLE001 - e.g. a timeout the kernel ignored
                if "kernel died" in str(exc).lower() or not client.kc or not client.kc.is_alive():
                    notes.append("kernel died")
                    break
                notes.append("timeout" if "timeout" in type(exc).__name__.lower() else
                             f"error: {type(exc).__name__}: {str(exc)[:200]}")
                break
            if any(o.get("ename") == "CellTimeoutError" for o in cell.get("outputs", [])):
                if "timeout" not in notes:
                    notes.append("timeout")
    return notes


# ------------------------------------------------------------------------- scoring


def load_extra_tests(folder: Path | None) -> dict[str, list]:
    """Instructor tests: each ``*.py`` in ``folder`` defines ``TESTS = {question_id: f or [f, ...]}``.

    ``f(answer) -> (ok, message)`` runs in the grader's process; a question passes only
    if its public check and every extra test pass.
    """
    tests: dict[str, list] = {}
    if folder is None:
        return tests
    for path in sorted(Path(folder).glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"course_extra_tests_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for qid, funcs in getattr(module, "TESTS", {}).items():
            tests.setdefault(qid, []).extend(funcs if isinstance(funcs, (list, tuple)) else [funcs])
    return tests


def _answer_record(cell) -> dict | None:
    from course.answers import MIME

    for output in cell.get("outputs", []):
        if output.get("output_type") == "display_data" and MIME in output.get("data", {}):
            record = output["data"][MIME]
            return record if isinstance(record, dict) else None
    return None


def score(questions, records: dict[str, dict | None], stopped: str, extra: dict[str, list],
          student_nb: dict) -> list[QuestionResult]:
    """Grade each question from the answers the kernel handed over."""
    from course import checks
    from course.answers import decode

    out = []
    for q in questions:
        if not checks.autograded(q):
            text = _free_response_text(student_nb, q.id)
            out.append(QuestionResult(q.id, "manual", "", q.points,
                                      f"Scored by the teacher ({len(text.split())} words written).",
                                      answer_text=text))
            continue
        record = records.get(q.id)
        if record is None:
            why = (f"The notebook stopped before this question ({stopped})." if stopped
                   else "No answer reached the grader (did a cell before it fail?).")
            out.append(QuestionResult(q.id, checks.NOT_ATTEMPTED, 0, q.points, why))
            continue
        kind = record.get("type")
        if kind == "missing":
            out.append(QuestionResult(q.id, checks.NOT_ATTEMPTED, 0, q.points, (
                f"No answer found: {record.get('value')}. Keep the answer variable's name and "
                "its cell.")))
            continue
        if kind in ("unsupported", "too-large", "error"):
            reason = {"unsupported": f"an answer of type {record.get('value')} cannot be graded",
                      "too-large": "the answer is too large to grade",
                      "error": f"computing the answer failed ({record.get('value')})"}[kind]
            out.append(QuestionResult(q.id, checks.NOT_YET, 0, q.points, f"Not graded: {reason}."))
            continue
        try:
            value = decode(record)
        except Exception:  # noqa: BLE001
            out.append(QuestionResult(q.id, checks.NOT_YET, 0, q.points, "The answer could not be read."))
            continue
        result = q.evaluate(value)
        status, message = result.status, result.message
        if status == checks.PASS:
            for func in extra.get(q.id, []):
                try:
                    ok, msg = func(value)
                except Exception as exc:  # noqa: BLE001
                    ok, msg = False, f"An instructor test could not run ({type(exc).__name__})."
                if not ok:
                    status, message = checks.NOT_YET, msg or "Not yet (instructor test)."
                    break
        out.append(QuestionResult(q.id, status, q.points if status == checks.PASS else 0, q.points,
                                  message))
    return out


def _free_response_text(nb: dict, qid: str) -> str:
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("course", {})
        if isinstance(meta, dict) and meta.get("question") == qid and meta.get("answer"):
            text = ex.source(cell).strip()
            return "" if text == ex.ANSWER_BOX else text
    return ""


# -------------------------------------------------------------------------- worker


def grade_one(job: dict) -> dict:
    """Grade one submission (runs in a worker process); return a JSON-able row."""
    from course import checks

    path = Path(job["path"])
    row = Row(student=job["student"], file=path.name, problem_set=job["problem_set"])
    nb, problem = read_submission(path)
    if nb is None:
        row.status, row.message = INVALID, problem
        return asdict(row)
    found = detect_set(nb)
    if found != job["problem_set"]:
        row.status = WRONG_SET
        row.message = (f"This notebook is for problem set {found}, not {job['problem_set']}."
                       if found else "This notebook does not look like any problem set.")
        return asdict(row)
    ps = ex.problem_set(job["problem_set"], Path(job["exercises"]))
    import nbformat

    master = nbformat.read(ps.master, as_version=4)
    run_nb, positions = assemble(nb, master, default_limits(job["notebook_timeout"]))
    workdir = Path(tempfile.mkdtemp(prefix="course-grade-"))
    try:
        notes = execute(run_nb, workdir, job["cell_timeout"], job["notebook_timeout"],
                        job.get("output_cap", OUTPUT_CAP))
    except Exception as exc:  # noqa: BLE001 - the kernel could not even start
        row.status, row.message = GRADER_ERROR, f"The notebook could not be run ({type(exc).__name__}: {exc})."
        return asdict(row)
    finally:
        _remove_tree(workdir)
    records = {qid: _answer_record(run_nb.cells[i]) for i, qid in positions.items()
               if i < len(run_nb.cells)}
    failures = [n[len("error: "):] for n in notes if n.startswith("error: ")]
    stopped = ("the kernel died" if "kernel died" in notes else
               "the grader could not run the rest" if failures else
               "the time limit was reached" if {"deadline", "timeout"} & set(notes) else "")
    extra = load_extra_tests(Path(job["extra_tests"])) if job.get("extra_tests") else {}
    row.results = score(checks.questions_for(ps.prefix), records, stopped, extra, nb)
    errors = [(o.get("ename", ""), o.get("evalue", "")) for i, c in enumerate(run_nb.cells)
              if i not in positions for o in c.get("outputs", []) if o.get("output_type") == "error"]
    statuses, messages = [GRADED], []
    if "kernel died" in notes:
        statuses.append(KERNEL_DIED)
        messages.append("The kernel stopped (os._exit, a crash or a resource limit); answers "
                        "checked before that point were graded.")
    if {"deadline", "timeout"} & set(notes) or any(e[0] == "CellTimeoutError" for e in errors):
        statuses.append(TIMED_OUT)
        messages.append(f"A cell ran past the time limit ({job['cell_timeout']} s per cell, "
                        f"{job['notebook_timeout']} s per notebook).")
    if any(BLOCK_MESSAGE in e[1] for e in errors):
        statuses.append(BLOCKED)
        messages.append("A cell tried to write outside its working directory or start a program; "
                        "it was stopped.")
    other = [e for e in errors if e[0] != "CellTimeoutError" and BLOCK_MESSAGE not in e[1]]
    if other:
        statuses.append(WITH_ERRORS)
        names = ", ".join(dict.fromkeys(e[0] for e in other))
        messages.append(f"{len(other)} cell{'s' if len(other) != 1 else ''} raised an error ({names}).")
    if failures:
        statuses.append(WITH_ERRORS)
        messages.append(f"Running stopped early ({failures[0]}).")
    if "output capped" in notes:
        messages.append(f"Output over {OUTPUT_CAP:,} characters in a cell was cut off.")
    manual = sum(1 for r in row.results if r.status == "manual")
    if manual:
        messages.append(f"{manual} free-response question{'s' if manual != 1 else ''} to score by hand.")
    row.status = min(statuses, key=PRECEDENCE.index)
    row.message = " ".join(messages)
    return asdict(row)


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def _worker_main() -> int:
    job = json.loads(sys.stdin.read())
    try:
        result = grade_one(job)
    except Exception as exc:  # noqa: BLE001 - never lose a row
        result = asdict(Row(student=job["student"], file=Path(job["path"]).name,
                            problem_set=job["problem_set"], status=GRADER_ERROR,
                            message=f"The grader failed on this file ({type(exc).__name__}: {exc})."))
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


# ------------------------------------------------------------------------- running


def fingerprint(exercises_dir: Path) -> str:
    """A hash of the masters and the ``course`` package, to detect a submission changing them."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = (sorted(exercises_dir.glob("*/master.ipynb")) + sorted((package / "questions").glob("*.py"))
             + [package / name for name in ("checks.py", "answers.py", "exercises.py", "grading.py")])
    for path in files:
        digest.update(str(path).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()


def _run_worker(job: dict, hard_timeout: float) -> dict:
    proc = subprocess.Popen([sys.executable, "-m", "course.grading", "--worker"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(json.dumps(job).encode(), timeout=hard_timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return asdict(Row(student=job["student"], file=Path(job["path"]).name,
                          problem_set=job["problem_set"], status=TIMED_OUT,
                          message=f"Grading this file took longer than {int(hard_timeout)} s and was stopped."))
    for line in reversed(out.decode("utf-8", "replace").splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                break
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
    return asdict(Row(student=job["student"], file=Path(job["path"]).name,
                      problem_set=job["problem_set"], status=GRADER_ERROR,
                      message=f"The grading worker failed ({tail[0][:200]})."))


def _row_from_dict(data: dict) -> Row:
    results = [QuestionResult(**r) for r in data.pop("results", [])]
    return Row(**data, results=results)


def _progress(done: int, total: int, started: float, stream=sys.stderr) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.monotonic() - started, 1e-9) * 60
    stream.write(f"\rgrading [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                 f"({rate:.1f}/min)")
    if done == total:
        stream.write("\n")
    stream.flush()


def grade(paths: list[Path], *, problem_set: str | None = None, workers: int | None = None,
          cell_timeout: int = CELL_TIMEOUT, notebook_timeout: int = NOTEBOOK_TIMEOUT,
          extra_tests: Path | None = None, id_pattern: str = ID_PATTERN,
          exercises_dir: Path | None = None, progress: bool = True,
          output_cap: int = OUTPUT_CAP) -> list[Row]:
    """Grade submissions in parallel worker processes; return one row per file, in input order."""
    from course import checks

    folder = exercises_dir or ex.exercises_dir()
    if problem_set is None:
        found = [detect_set(nb) for nb, _ in (read_submission(p) for p in paths) if nb is not None]
        found = [f for f in found if f]
        if not found:
            raise ValueError("No submission names a problem set; give --exercise NN.")
        counts = Counter(found)
        problem_set = sorted(counts, key=lambda k: (-counts[k], k))[0]
    ps = ex.problem_set(problem_set, folder)
    if not checks.questions_for(ps.prefix):
        raise ValueError(f"Problem set {ps.number} has no questions in course/questions/.")
    jobs = [{"path": str(Path(p).resolve()), "student": student_id(Path(p), id_pattern),
             "problem_set": ps.number, "exercises": str(folder), "cell_timeout": cell_timeout,
             "notebook_timeout": notebook_timeout, "output_cap": output_cap,
             "extra_tests": str(extra_tests) if extra_tests else None} for p in paths]
    load_extra_tests(extra_tests)  # fail early on a broken instructor file
    workers = max(1, workers or min(len(jobs), os.cpu_count() or 1))
    hard = notebook_timeout + STARTUP_GRACE
    rows: list[Row | None] = [None] * len(jobs)
    before = fingerprint(folder)
    started = time.monotonic()
    done = 0
    if progress:
        _progress(0, len(jobs), started)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_run_worker, job, hard): i for i, job in enumerate(jobs)}
        for future in as_completed(futures):
            i = futures[future]
            row = _row_from_dict(future.result())
            after = fingerprint(folder)
            if after != before:
                row.status = MASTERS_CHANGED
                row.message = ("The masters or the course package changed while this submission "
                               "(or one graded at the same time) ran. Restore them from git "
                               "before grading again. " + row.message)
                before = after
            rows[i] = row
            done += 1
            if progress:
                _progress(done, len(jobs), started)
    return [r for r in rows if r is not None]


# --------------------------------------------------------------------------- output


def gradebook(rows: list[Row], fmt: str = "csv", title: str = "") -> str:
    """The gradebook as CSV text: ``csv`` (full), ``canvas`` or ``gradescope`` layout."""
    qids = list(dict.fromkeys(r.question for row in rows for r in row.results))
    possible = max((row.possible for row in rows), default=0)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if fmt == "canvas":
        column = f"{title or 'Problem set'} (autograded)"
        writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column])
        writer.writerow(["Points Possible", "", "", "", "", possible])
        for row in rows:
            writer.writerow(["", "", "", row.student, "", _num(row.total)])
    elif fmt == "gradescope":
        writer.writerow(["Name", "SID", "Email", "Total Score", "Status"])
        for row in rows:
            writer.writerow(["", row.student, "", _num(row.total), row.status])
    else:
        writer.writerow(["student", "file", "problem_set", "status", "message", *qids, "total",
                         "possible"])
        for row in rows:
            points = {r.question: _num(r.points) for r in row.results}
            writer.writerow([row.student, row.file, row.problem_set, row.status, row.message,
                             *[points.get(q, "") for q in qids], _num(row.total),
                             row.possible or possible])
    return buffer.getvalue()


def _num(value: float | str) -> str:
    if value == "":
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def feedback_html(row: Row) -> str:
    """One submission's feedback page. It never shows an expected answer."""
    e = html.escape
    items = []
    for r in row.results:
        points = "scored by your teacher" if r.status == "manual" else f"{_num(r.points)} / {r.possible}"
        answer = (f"<details><summary>Your answer</summary><pre>{e(r.answer_text)}</pre></details>"
                  if r.answer_text else "")
        items.append(f"<tr><th scope=\"row\">{e(r.question)}</th><td>{e(r.status)}</td>"
                     f"<td>{e(points)}</td><td>{e(r.message)}{answer}</td></tr>")
    table = ("<table><caption>Question by question</caption><thead><tr><th scope=\"col\">Question"
             "</th><th scope=\"col\">Status</th><th scope=\"col\">Points</th><th scope=\"col\">"
             "Feedback</th></tr></thead><tbody>" + "".join(items) + "</tbody></table>") if items else ""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Feedback: {e(row.student)}, problem set {e(row.problem_set)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            "line-height:1.5}td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left;"
            "vertical-align:top}table{border-collapse:collapse}</style></head><body>"
            f"<h1>Problem set {e(row.problem_set)}: feedback for {e(row.student)}</h1>"
            f"<p><strong>Status:</strong> {e(row.status)}. {e(row.message)}</p>"
            f"<p><strong>Autograded score:</strong> {_num(row.total)} / {row.possible}</p>"
            f"{table}<p><small>File: {e(row.file)}</small></p></body></html>\n")


def _run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.submissions]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"no such file: {', '.join(missing)}")
    rows = grade(paths, problem_set=args.exercise, workers=args.workers,
                 cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout,
                 extra_tests=args.extra_tests, id_pattern=args.id_pattern,
                 progress=not args.quiet)
    ps = rows[0].problem_set if rows else ""
    write_atomic(args.out, gradebook(rows, args.format, title=f"Problem set {ps}"))
    feedback = args.feedback or args.out.parent / "feedback"
    for row in rows:
        write_atomic(feedback / f"{Path(row.file).stem}.html", feedback_html(row))
    counts = Counter(r.status for r in rows)
    print(f"wrote {args.out} ({len(rows)} rows: "
          + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) + f") and {feedback}/")
    return 0 if set(counts) <= {GRADED, WITH_ERRORS} else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("grade", help="autograde problem-set submissions into a gradebook")
    p.add_argument("submissions", nargs="+", help="submitted notebooks (e.g. downloads/*.ipynb)")
    p.add_argument("--out", type=Path, default=Path("gradebook.csv"), help="gradebook file (CSV)")
    p.add_argument("--format", choices=("csv", "canvas", "gradescope"), default="csv",
                   help="gradebook layout (default: csv, one column per question)")
    p.add_argument("--exercise", metavar="NN", help="problem set (default: the one most files name)")
    p.add_argument("--extra-tests", type=Path, metavar="DIR",
                   help="a private folder of instructor tests (see docs/exercises.md)")
    p.add_argument("--feedback", type=Path, metavar="DIR",
                   help="folder for the feedback pages (default: feedback/ beside the gradebook)")
    p.add_argument("--workers", type=int, help="parallel worker processes (default: CPU count)")
    p.add_argument("--cell-timeout", type=int, default=CELL_TIMEOUT,
                   help=f"seconds per cell (default {CELL_TIMEOUT})")
    p.add_argument("--notebook-timeout", type=int, default=NOTEBOOK_TIMEOUT,
                   help=f"seconds per notebook (default {NOTEBOOK_TIMEOUT})")
    p.add_argument("--id-pattern", default=ID_PATTERN,
                   help="regular expression with a 'student' group, matched against file names")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_run)


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        sys.exit(_worker_main())
