"""Grading throughput: 40 synthetic submissions of one problem set, against a floor.

Usage: ``uv run python benchmarks/grading.py [--n 40] [--exercise 00] [--workers N]``

The floor is one bare kernel execution of the master (nbclient, no grader) measured in
the same run. The table compares seconds per submission and submissions per minute;
"ratio" is the grader's wall time per submission divided by the floor's time per
notebook spread over the same number of workers (1.0 would mean the grader adds nothing).
Results also go to ``benchmarks/results/grading.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from course import editions, grading  # noqa: E402
from course import exercises as ex  # noqa: E402


def synthetic_submissions(ps: ex.ProblemSet, n: int, folder: Path, seed: int = 13768) -> list[Path]:
    """``n`` student editions with a seeded random half of the master's answers filled in."""
    rng = random.Random(seed)
    master = nbformat.read(ps.master, as_version=4)
    answers = {ex.question_of(c): ex.source(c).replace(ex.BEGIN + "\n", "").replace("\n" + ex.END, "")
               for c in master.cells if "solution" in ex.tags(c) and c.cell_type == "code"}
    paths = []
    for k in range(n):
        nb = editions.student_edition(master)
        for cell in nb.cells:
            qid = ex.question_of(cell)
            if cell.cell_type == "code" and qid in answers and "= ..." in ex.source(cell):
                if rng.random() < 0.5:
                    cell.source = answers[qid]
        path = folder / f"student{k:03d}_ps{ps.number}.ipynb"
        path.write_text(editions.dumps(nb), encoding="utf-8")
        paths.append(path)
    return paths


def floor_seconds(ps: ex.ProblemSet) -> float:
    """One bare kernel execution of the master, in seconds."""
    from nbclient import NotebookClient

    nb = nbformat.read(ps.master, as_version=4)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        NotebookClient(nb, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": tmp}}).execute()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--exercise", default="00")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    ps = ex.problem_set(args.exercise)
    floor = floor_seconds(ps)
    with tempfile.TemporaryDirectory() as tmp:
        paths = synthetic_submissions(ps, args.n, Path(tmp))
        start = time.perf_counter()
        rows = grading.grade(paths, problem_set=ps.number, workers=args.workers)
        wall = time.perf_counter() - start
    per_submission = wall / args.n
    ideal = floor / args.workers
    result = {
        "problem_set": ps.number, "submissions": args.n, "workers": args.workers,
        "floor_seconds_per_notebook": round(floor, 2),
        "grading_wall_seconds": round(wall, 1),
        "grading_seconds_per_submission": round(per_submission, 2),
        "grading_per_minute": round(60 / per_submission, 1),
        "floor_per_minute_same_workers": round(60 / ideal, 1),
        "ratio": round(per_submission / ideal, 2),
        "statuses": {s: sum(r.status == s for r in rows) for s in sorted({r.status for r in rows})},
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    print(f"{'measure':<40}{'value':>12}")
    for label, key in (("floor: one bare kernel run (s)", "floor_seconds_per_notebook"),
                       ("grading: wall time (s)", "grading_wall_seconds"),
                       ("grading: s per submission", "grading_seconds_per_submission"),
                       ("grading: submissions per minute", "grading_per_minute"),
                       (f"floor: per minute on {args.workers} workers", "floor_per_minute_same_workers"),
                       ("ratio (grading / floor)", "ratio"),
                       ("1-minute load average at the end", "load_average_1min")):
        print(f"{label:<40}{result[key]:>12}")
    print(f"statuses: {result['statuses']}")
    out = ROOT / "benchmarks" / "results" / "grading.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
