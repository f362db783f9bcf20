"""Benchmark: how long each lesson takes to execute, against the floor of any notebook.

Run ``uv run python benchmarks/notebooks.py [--repeat N]``. For each lesson it executes the
notebook in a fresh kernel (as ``course execute`` does, without writing), and in the same
run measures the floor: a kernel start plus importing pandas, matplotlib and ipywidgets.
It reports each lesson's median time, its ratio to the floor, and the time of
``import course`` in a fresh interpreter. It prints a table and writes JSON to
``benchmarks/results/notebooks.json``. This is a measurement, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
FLOOR_SOURCE = "import pandas, matplotlib.pyplot, ipywidgets"


def _run(nb: nbformat.NotebookNode, cwd: Path) -> float:
    start = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - start


def floor_seconds() -> float:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return _run(nb, ROOT / "notebooks")


def lesson_seconds(path: Path) -> float:
    return _run(nbformat.read(path, as_version=4), path.parent)


def import_course_seconds() -> float:
    code = "import time; t = time.perf_counter(); import course; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per notebook (median kept)")
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to time (default: every lesson)")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))

    floors = [floor_seconds() for _ in range(args.repeat)]
    floor = statistics.median(floors)
    rows = []
    for path in paths:
        runs = [lesson_seconds(path) for _ in range(args.repeat)]
        median = statistics.median(runs)
        rows.append({"notebook": path.name, "median_s": round(median, 2),
                     "runs_s": [round(r, 2) for r in runs], "ratio_to_floor": round(median / floor, 2)})
    imports = [import_course_seconds() for _ in range(args.repeat)]

    width = max(len(r["notebook"]) for r in rows) if rows else 10
    print(f"{'notebook':<{width}}  median s  x floor")
    print(f"{'floor (kernel + imports)':<{width}}  {floor:8.2f}     1.00")
    for r in rows:
        print(f"{r['notebook']:<{width}}  {r['median_s']:8.2f}  {r['ratio_to_floor']:7.2f}")
    total = sum(r["median_s"] for r in rows)
    print(f"{'all lessons, serial':<{width}}  {total:8.2f}")
    print(f"import course: {statistics.median(imports) * 1000:.1f} ms (median of {len(imports)})")

    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "repeat": args.repeat,
        "floor_s": round(floor, 2), "floor_runs_s": [round(f, 2) for f in floors],
        "notebooks": rows, "all_lessons_serial_s": round(total, 2),
        "import_course_ms": round(statistics.median(imports) * 1000, 1),
    }
    out = ROOT / "benchmarks" / "results" / "notebooks.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
