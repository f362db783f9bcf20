"""The EO 13768 civics course: the order as data, sources, datasets, charts, widgets and checks.

Importing ``course`` does nothing visible and loads no heavy library; submodules are
loaded on first use (``course.order``, ``course.data`` ...). A lesson's first code
cell calls :func:`setup` to apply the plot style and display options.
"""

from __future__ import annotations

import importlib

__all__ = [
    "setup", "cite", "order", "sources", "toc", "figures", "data", "plots", "checks",
    "widgets",
]
__version__ = "0.1.0"

_SUBMODULES = {"order", "sources", "toc", "figures", "data", "plots", "checks", "widgets",
               "links", "editions", "grading", "site", "cli", "directives", "lessons",
               "overview", "glossary", "priorities", "fines", "budget"}


def __getattr__(name: str):
    if name in _SUBMODULES:
        return importlib.import_module(f"course.{name}")
    raise AttributeError(f"module 'course' has no attribute {name!r}")


def cite(*source_ids: str, confidence: str | None = None):
    """Shortcut for :func:`course.sources.cite`."""
    from course.sources import cite as _cite

    return _cite(*source_ids, confidence=confidence)


def setup() -> None:
    """Prepare a lesson: colour-blind-safe plot style, readable tables, inline figures.

    Call it once, in the lesson's first code cell. It prints nothing.
    """
    import matplotlib

    matplotlib.use("module://matplotlib_inline.backend_inline")
    import matplotlib.pyplot as plt
    import pandas as pd
    from cycler import cycler

    from course.figures import DPI, SERIES

    plt.rcParams.update({
        "axes.prop_cycle": cycler(color=list(SERIES)),
        "figure.figsize": (8, 4.5),
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "svg.hashsalt": "eo13768-course",  # deterministic SVG ids
    })
    pd.set_option("display.max_rows", 40)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.width", 100)
    pd.set_option("display.max_colwidth", 160)
