"""Hand an answer from a notebook's kernel to the grader, without grading it there.

The hidden-test cells of a problem set call :func:`export`, which displays the
answer as JSON under a private MIME type. ``course grade`` reads that output and
grades the answer in its own process with the pure checks of
:mod:`course.checks`, so nothing a submission does inside its kernel (redefining
``check``, patching :mod:`course.checks`) can change a score: at most it can hand
over a different answer, which is what answering differently means anyway.

Only plain data crosses: numbers, text, booleans, lists and dicts of them, and
pandas Series and DataFrames (as JSON). Nothing is unpickled.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

MIME = "application/vnd.course.answer+json"
MAX_BYTES = 1_000_000


def encode(value: object) -> dict:
    """Turn an answer into a JSON-safe record.

    >>> encode(3)["value"], encode("b")["type"]
    (3, 'json')
    >>> encode(object())["type"]
    'unsupported'
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if hasattr(value, "item") and callable(value.item) and type(value).__module__ == "numpy":
        try:
            value = value.item()
        except (ValueError, TypeError):
            pass
    if pd is not None and isinstance(value, pd.DataFrame):
        return {"type": "dataframe", "value": value.to_json(orient="split", date_format="iso")}
    if pd is not None and isinstance(value, pd.Series):
        return {"type": "series", "value": value.to_json(orient="split", date_format="iso")}
    try:
        text = json.dumps(_plain(value), allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        return {"type": "unsupported", "value": type(value).__name__}
    if len(text) > MAX_BYTES:
        return {"type": "too-large", "value": len(text)}
    return {"type": "json", "value": json.loads(text)}


def _plain(value: object) -> object:
    if isinstance(value, (str, bool, int, type(None))):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is Ellipsis:
        return None
    raise TypeError(type(value).__name__)


def decode(record: dict) -> object:
    """Rebuild an answer from :func:`encode`'s record (in the grader's process).

    >>> decode(encode([1, "a"]))
    [1, 'a']
    """
    kind = record.get("type")
    if kind == "json":
        value = record.get("value")
        return float(value) if value in ("nan", "inf", "-inf") else value
    if kind in ("dataframe", "series"):
        from io import StringIO

        import pandas as pd

        if kind == "dataframe":
            return pd.read_json(StringIO(record["value"]), orient="split")
        return pd.read_json(StringIO(record["value"]), orient="split", typ="series")
    raise ValueError(f"cannot rebuild an answer of kind {kind!r}")


def export(question_id: str, getter: Callable[[], object]) -> None:
    """Display one answer for the grader (called by hidden-test cells only)."""
    try:
        record = encode(getter())
    except NameError as exc:
        record = {"type": "missing", "value": str(exc)}
    except Exception as exc:  # noqa: BLE001 - any failure is reported, never raised
        record = {"type": "error", "value": f"{type(exc).__name__}: {exc}"}
    record["question"] = question_id
    from IPython.display import display

    display({MIME: record, "text/plain": f"answer to {question_id} handed to the grader"},
            raw=True)
