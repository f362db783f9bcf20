"""Where the course's files live, in a checkout and in an installed wheel.

In a checkout the package sits beside ``data/`` and ``notebooks/``. The wheel
carries ``data/`` inside the package as ``course/_data`` (see
``[tool.hatch.build.targets.wheel.force-include]``). Both are found the same way:
look inside the package first, then beside it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Return the folder holding the datasets, the order's text and the source registry.

    >>> (data_dir() / "order" / "eo13768-official.txt").is_file()
    True
    """
    packaged = PACKAGE_DIR / "_data"
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / "data"


def repo_root() -> Path | None:
    """Return the checkout's root, or ``None`` when running from an installed wheel."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").is_file() and (root / "notebooks").is_dir() else None
