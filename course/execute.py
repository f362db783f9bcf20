"""``course execute``: the one documented way to re-execute notebooks and save their outputs.

It runs each notebook top to bottom in a fresh kernel started in the notebook's own
folder, saves the outputs and the widget state (so every widget view has its state in
the file), normalises volatile metadata so re-running an unchanged notebook gives an
unchanged file, and writes the notebook back in place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

TIMEOUT = 180  # seconds per cell


def execute_notebook(path: Path, timeout: int = TIMEOUT) -> nbformat.NotebookNode:
    """Execute one notebook and return it (not written)."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", store_widget_state=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return tidy(nb)


def tidy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop volatile metadata (timings, kernel versions) so the file changes only with content."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)
    nb.metadata.pop("widgets", None) if not _has_widgets(nb) else None
    lang = nb.metadata.get("language_info")
    if lang:
        lang.pop("version", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    return nb


def _has_widgets(nb: nbformat.NotebookNode) -> bool:
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return bool(state.get("state"))


def run(paths: list[Path], timeout: int = TIMEOUT) -> int:
    failures = 0
    for path in paths:
        print(f"executing {path} ...", flush=True)
        try:
            nb = execute_notebook(path, timeout)
        except Exception as exc:  # report and go on; the file is left untouched
            failures += 1
            print(f"  FAILED: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
                  file=sys.stderr)
            continue
        nbformat.write(nb, path)
    return 1 if failures else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("execute", help="re-execute notebooks in place, saving outputs and widget state")
    p.add_argument("notebooks", nargs="+", type=Path, help="notebooks to execute (e.g. notebooks/*.ipynb)")
    p.add_argument("--timeout", type=int, default=TIMEOUT, help=f"seconds per cell (default {TIMEOUT})")
    p.set_defaults(func=lambda a: run(a.notebooks, a.timeout))
