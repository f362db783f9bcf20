"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def lesson_paths() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def committed_notebooks() -> list[Path]:
    """Every notebook students or instructors open: lessons and exercise masters/editions."""
    paths = lesson_paths()
    for folder in ("exercises",):
        paths += sorted((ROOT / folder).rglob("*.ipynb"))
    return [p for p in paths if ".ipynb_checkpoints" not in p.parts]


def load_nb(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def root() -> Path:
    return ROOT
