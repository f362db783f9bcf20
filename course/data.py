"""The course's datasets: one loader that checks every file before it hands over a table.

Seven tidy CSV files live in ``data/`` (inside the wheel: ``course/_data``), each with a
data card beside it (``data/NAME.md``) and an entry in ``data/manifest.json`` (SHA-256,
row count, column types, key). :func:`load` verifies all of that, checks every cell and
every ``source_id`` against the source registry, and returns a typed
:class:`pandas.DataFrame`, or raises :class:`DataError` naming the file, the row or column
and what was expected. Nothing is returned half-loaded.

Conflicts are data. Where sources disagree, every value is a row of its own, and the key of
a row includes its source. By default :func:`load` returns one preferred row per
observation, chosen by this rule (:data:`PREFERENCE_RULE`):

1. a row marked ``preferred`` (``true``) wins;
2. otherwise a primary source beats a secondary one, which beats a value derived by the
   research team;
3. otherwise the row that comes first in the file.

``load(name, all_values=True)`` returns every row so a lesson can show the disagreement;
:func:`conflicts` returns only the observations whose sources disagree. Rows whose
``confidence`` is ``low`` (an unconfirmed or low-authority source) are left out unless
``include_low_confidence=True``.

>>> df = load("enforcement_by_fy")
>>> int(df.query("fiscal_year == 2018 and metric == 'removals_total'")["count"].iloc[0])
256085
>>> fiscal_year_span(2018)
'October 1, 2017 to September 30, 2018'
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from course._display import Rich, esc
from course._paths import data_dir

MANIFEST = "manifest.json"
PREFERENCE_RULE = (
    "One row per observation: a row marked preferred wins; otherwise a primary source beats "
    "a secondary one, which beats a derived value; otherwise the row that comes first in the file."
)
PRECISIONS = ("day", "month", "year", "fiscal_year")
SOURCE_TYPES = ("primary", "secondary", "derived")
CONFIDENCES = ("high", "medium", "low")
QUALIFIERS = ("about", "nearly", "more than")
#: pandas dtype for each column kind recorded in the manifest.
DTYPES = {
    "int": "Int64", "float": "Float64", "bool": "boolean", "text": "string", "date": "string",
    "precision": "string", "source": "string", "source_type": "string",
    "confidence": "string", "qualifier": "string",
}
KIND_WORDS = {
    "int": "a whole number", "float": "a number", "bool": "true, false or an empty cell",
    "text": "text", "date": "a date", "precision": "one of " + ", ".join(PRECISIONS),
    "source": "source ids such as S12 or S12;S40", "source_type": "one of " + ", ".join(SOURCE_TYPES),
    "confidence": "one of " + ", ".join(CONFIDENCES),
    "qualifier": "an empty cell or one of " + ", ".join(QUALIFIERS),
}


class DataError(ValueError):
    """A dataset file is missing, damaged or does not match its manifest.

    The message names the file, the row or column, and what was expected.
    """


TAIL = {"source_id": "source", "source_type": "source_type", "confidence": "confidence",
        "preferred": "bool", "flag": "text", "note": "text"}


@dataclass(frozen=True)
class Spec:
    """What one dataset must look like (the manifest is generated from this)."""

    name: str
    title: str
    columns: dict[str, str]
    observation: tuple[str, ...]
    #: Columns besides ``source_id`` that tell two reports of one observation apart.
    source_columns: tuple[str, ...] = ("source_id",)
    #: The columns compared by :func:`conflicts`.
    values: tuple[str, ...] = ("count",)
    #: date column -> its precision column, or a fixed precision.
    dates: dict[str, str] = field(default_factory=dict)
    #: Columns that may be blank although they are part of the key.
    optional_key: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, ...]:
        return self.observation + self.source_columns


SPECS: dict[str, Spec] = {s.name: s for s in [
    Spec("enforcement_by_fy", "ICE enforcement by fiscal year",
         {"fiscal_year": "int", "metric": "text", "count": "int", "percent": "float",
          "qualifier": "qualifier", "value_as_reported": "text", **TAIL},
         observation=("fiscal_year", "metric"), values=("count", "percent")),
    Spec("agreements_287g", "287(g) agreements over time",
         {"date": "date", "date_precision": "precision", "date_as_reported": "text",
          "measure": "text", "count": "int", "qualifier": "qualifier", "count_unit": "text",
          "value_as_reported": "text", "source_id": "source", "via": "text",
          **{k: v for k, v in TAIL.items() if k != "source_id"}},
         observation=("date", "measure"), source_columns=("source_id", "via"),
         dates={"date": "date_precision"}, optional_key=("via",)),
    Spec("detainer_reports", "The 2017 Declined Detainer Outcome Reports",
         {"report_id": "text", "report_seq": "int", "report_title": "text",
          "period_start": "date", "period_end": "date", "publication_date": "date",
          "publication_date_precision": "precision", "publication_date_basis": "text",
          "measure": "text", "count": "int", "value_as_reported": "text", **TAIL},
         observation=("report_id", "measure"),
         dates={"period_start": "day", "period_end": "day",
                "publication_date": "publication_date_precision"}),
    Spec("visa_sanctions_243d", "Visa sanctions under INA 243(d)",
         {"country": "text", "action": "text", "date_announced": "date",
          "date_announced_precision": "precision", "date_effective": "date",
          "date_effective_precision": "precision", "visas_restricted": "text",
          "population_targeted": "text", "date_lifted_or_changed": "date",
          "date_lifted_precision": "precision", "lift_detail": "text", **TAIL},
         observation=("country", "action"),
         values=("date_announced", "date_effective", "date_lifted_or_changed"),
         dates={"date_announced": "date_announced_precision",
                "date_effective": "date_effective_precision",
                "date_lifted_or_changed": "date_lifted_precision"}),
    Spec("ice_staffing", "ICE staffing against the order's target",
         {"date": "date", "date_precision": "precision", "date_as_reported": "text",
          "measure": "text", "count": "int", "qualifier": "qualifier",
          "value_as_reported": "text", "scope": "text", **TAIL},
         observation=("date", "measure"), dates={"date": "date_precision"}),
    Spec("incarceration_reports", "The Section 16 incarceration reports",
         {"report": "text", "as_of_date": "date", "as_of_precision": "precision",
          "release_date": "date", "release_precision": "precision", "custody": "text",
          "category": "text", "count": "int", "percent": "float", "qualifier": "qualifier",
          **TAIL},
         observation=("report", "custody", "category"), values=("count", "percent"),
         dates={"as_of_date": "as_of_precision", "release_date": "release_precision"}),
    Spec("timeline", "Timeline of dated events, 2001 to 2026",
         {"event_id": "text", "date": "date", "date_precision": "precision", "kind": "text",
          "event": "text", **TAIL},
         observation=("event_id",), values=("date", "event"), dates={"date": "date_precision"}),
]}

_SOURCE_RANK = {"primary": 0, "secondary": 1, "derived": 2}
_DATE_PATTERNS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}",
                  "fiscal_year": r"\d{4}"}
_DATE_EXAMPLES = {"day": "2017-03-20", "month": "2017-03", "year": "2017",
                  "fiscal_year": "2017 (for FY2017)"}


def names() -> tuple[str, ...]:
    """The datasets' names, in the course's order.

    >>> names()[0]
    'enforcement_by_fy'
    """
    return tuple(SPECS)


def _spec(name: str) -> Spec:
    if name not in SPECS:
        raise DataError(f"There is no dataset called {name!r}. The datasets are: "
                        f"{', '.join(SPECS)}.")
    return SPECS[name]


# ------------------------------------------------------------------ manifest
def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_entry(spec: Spec, path: Path) -> dict:
    """The manifest's record of one file: checksum, rows and schema."""
    data = path.read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    return {
        "file": path.name,
        "sha256": _sha256(data),
        "rows": max(len(rows) - 1, 0),
        "columns": dict(spec.columns),
        "key": list(spec.key),
        "observation": list(spec.observation),
    }


def build_manifest(directory: Path | None = None) -> dict:
    """Compute the manifest for every dataset file in ``directory`` (default: the data folder)."""
    directory = directory or data_dir()
    datasets = {}
    for name, spec in SPECS.items():
        path = directory / f"{name}.csv"
        if not path.is_file():
            raise DataError(f"{path.name}: the file is missing, so the manifest cannot record it.")
        datasets[name] = manifest_entry(spec, path)
    return {"about": "Written by `course data manifest`; the loader checks every file against it.",
            "datasets": datasets}


def write_manifest(directory: Path | None = None) -> Path:
    """Regenerate ``manifest.json`` (the maintainer's ``course data manifest``)."""
    directory = directory or data_dir()
    path = directory / MANIFEST
    text = json.dumps(build_manifest(directory), indent=2, sort_keys=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def read_manifest(directory: Path | None = None) -> dict:
    """Read ``manifest.json``; raise :class:`DataError` if it is missing or unreadable."""
    path = (directory or data_dir()) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))["datasets"]
    except FileNotFoundError:
        raise DataError(f"{MANIFEST} is missing; run `course data manifest` to write it.") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise DataError(f"{MANIFEST} cannot be read ({exc}); run `course data manifest`.") from None


# ------------------------------------------------------------------ checking
def _cell_error(file: str, row: int, column: str, expected: str, found: str, hint: str = "") -> DataError:
    msg = (f"{file}, row {row} (line {row + 1} of the file), column {column!r}: "
           f"expected {expected}, found {found!r}.")
    return DataError(msg + (f" {hint}" if hint else ""))


def _number_hint(value: str) -> str:
    if re.fullmatch(r"-?[\d,]+(\.\d+)?", value):
        return "Write the number without thousands separators (256085, not 256,085)."
    if re.match(r"-?\d[\d,.]*\D", value):
        return ("Remove the footnote mark or words after the number, or move them to the "
                "'note' column.")
    if value.strip() != value:
        return "Remove the spaces around the number."
    return "Leave the cell empty if the value is unknown, and say why in the 'flag' column."


def _check_cell(file: str, row: int, column: str, kind: str, value: str, known: dict) -> None:
    if value == "":
        return
    if kind == "int":
        if not re.fullmatch(r"-?\d+", value):
            raise _cell_error(file, row, column, KIND_WORDS[kind], value, _number_hint(value))
    elif kind == "float":
        if not re.fullmatch(r"-?\d+(\.\d+)?", value):
            raise _cell_error(file, row, column, KIND_WORDS[kind], value, _number_hint(value))
    elif kind == "bool":
        if value not in ("true", "false"):
            raise _cell_error(file, row, column, KIND_WORDS[kind], value,
                              "Write true to mark the preferred value; leave the cell empty otherwise.")
    elif kind == "precision":
        if value not in PRECISIONS:
            raise _cell_error(file, row, column, KIND_WORDS[kind], value)
    elif kind == "source_type":
        if value not in SOURCE_TYPES:
            raise _cell_error(file, row, column, KIND_WORDS[kind], value)
    elif kind == "confidence":
        if value not in CONFIDENCES:
            raise _cell_error(file, row, column, KIND_WORDS[kind], value)
    elif kind == "qualifier":
        if value not in QUALIFIERS:
            raise _cell_error(file, row, column, KIND_WORDS[kind], value)
    elif kind == "source":
        from course.sources import ids_in_field

        ids = ids_in_field(value)
        if not ids:
            raise _cell_error(file, row, column, KIND_WORDS[kind], value)
        for sid in ids:
            if sid not in known:
                raise _cell_error(
                    file, row, column, "an id listed in data/sources.csv", sid,
                    "Correct the id, or add the source to the registry (data/sources.csv) first.")


def _check_date(file: str, row: int, column: str, value: str, precision: str) -> None:
    if value == "":
        return
    if precision == "":
        raise _cell_error(file, row, column, "a date with its precision", value,
                          "Fill in the precision column (day, month, year or fiscal_year).")
    pattern = _DATE_PATTERNS[precision]
    ok = re.fullmatch(pattern, value) is not None
    if ok:
        parts = [int(p) for p in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            ok = False
    if not ok:
        raise _cell_error(
            file, row, column, f"a date written like {_DATE_EXAMPLES[precision]} "
            f"(the precision is {precision!r})", value,
            "Keep only the part of the date the source gives; never invent a day.")


def _looks_like(data: bytes) -> str | None:
    head = data[:512].lstrip()
    if b"\x00" in data[:4096]:
        return "binary data"
    if head[:1] in (b"{", b"["):
        return "JSON"
    if head[:1] == b"<":
        return "HTML or XML"
    if head.startswith(b"PK"):
        return "a zip or spreadsheet file"
    return None


def _read_rows(name: str, directory: Path, entry: dict, known: dict) -> list[dict[str, str]]:
    spec = _spec(name)
    file = f"{name}.csv"
    path = directory / file
    if not path.is_file():
        raise DataError(f"{file} is missing from {directory.name}/; restore it from the course "
                        f"repository.")
    data = path.read_bytes()
    if not data.strip():
        raise DataError(f"{file} is empty; expected a header row and {entry.get('rows', 'some')} "
                        f"data rows. Restore the file from the course repository.")
    kind = _looks_like(data)
    if kind:
        raise DataError(f"{file} is not a CSV file (it looks like {kind}). Save it as "
                        f"comma-separated text with the header row first.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{file} is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV.") from None
    columns: dict[str, str] = entry["columns"]
    expected = list(columns)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise DataError(f"{file} cannot be read as CSV ({exc}); the file may be truncated or a "
                        f"quotation mark may be unbalanced. Restore it from the repository.") from None
    header = rows[0]
    if len(header) == 1 and len(expected) > 1:
        raise DataError(f"{file} is not a comma-separated file: its first line has no commas. "
                        f"Expected the columns {', '.join(expected)}.")
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in columns]
    if missing:
        hint = f" The file has a column {extra[0]!r} instead; rename it." if extra else ""
        raise DataError(f"{file}, column {missing[0]!r}: expected this column but it is missing."
                        f"{hint} The columns must be: {', '.join(expected)}.")
    if extra:
        raise DataError(f"{file}, column {extra[0]!r}: not a column of this dataset. The columns "
                        f"must be: {', '.join(expected)}.")
    if header != expected:
        raise DataError(f"{file}: the columns are in the wrong order. Expected: "
                        f"{', '.join(expected)}.")
    body = rows[1:]
    for i, cells in enumerate(body, start=1):
        if len(cells) != len(expected):
            raise DataError(
                f"{file}, row {i} (line {i + 1} of the file): expected {len(expected)} "
                f"fields, found {len(cells)}. The file may be truncated, or a cell contains an "
                f"unquoted comma.")
    if len(body) != entry.get("rows"):
        raise DataError(f"{file}: expected {entry.get('rows')} data rows (from {MANIFEST}), "
                        f"found {len(body)}. The file may be truncated; restore it from the "
                        f"course repository.")
    if _sha256(data) != entry.get("sha256"):
        raise DataError(
            f"{file}: its checksum does not match {MANIFEST}, so the file changed after the "
            f"manifest was written. Restore the file from the course repository, or, if you "
            f"edited it on purpose, check it and run `course data manifest`.")
    out = []
    seen: dict[tuple, int] = {}
    for i, cells in enumerate(body, start=1):
        row = dict(zip(expected, cells))
        for column, kind_ in columns.items():
            _check_cell(file, i, column, kind_, row[column], known)
        for column, precision in spec.dates.items():
            prec = row[precision] if precision in row else precision
            _check_date(file, i, column, row[column], prec)
        for column in spec.key:
            if column not in spec.optional_key and row[column] == "":
                raise _cell_error(file, i, column, "a value (this column is part of the key)", "",
                                  "Every row needs its observation and its source.")
        key = tuple(row[c] for c in spec.key)
        if key in seen:
            described = ", ".join(f"{c}={row[c]!r}" for c in spec.key if row[c])
            raise DataError(
                f"{file}, row {i} (line {i + 1} of the file): duplicate key ({described}) - "
                f"row {seen[key]} already has the same observation from the same source. Delete "
                f"one of the two rows, or tell them apart in the source columns.")
        seen[key] = i
        out.append(row)
    return out


def _frame(rows: list[dict[str, str]], columns: dict[str, str]):
    import pandas as pd

    frame = {}
    for column, kind in columns.items():
        values = [r[column] for r in rows]
        if kind == "int":
            frame[column] = pd.array([int(v) if v else None for v in values], dtype="Int64")
        elif kind == "float":
            frame[column] = pd.array([float(v) if v else None for v in values], dtype="Float64")
        elif kind == "bool":
            if column == "preferred":
                frame[column] = pd.array([v == "true" for v in values], dtype="boolean")
            else:
                frame[column] = pd.array([None if v == "" else v == "true" for v in values],
                                         dtype="boolean")
        else:
            frame[column] = pd.array([v if v != "" else None for v in values], dtype="string")
    return pd.DataFrame(frame, columns=list(columns))


def _prefer(df, spec: Spec):
    rank = df["source_type"].map(_SOURCE_RANK).fillna(3).astype(int)
    order = df.assign(_pref=(~df["preferred"].fillna(False)).astype(int), _rank=rank,
                      _pos=range(len(df)))
    order = order.sort_values(["_pref", "_rank", "_pos"], kind="stable")
    first = order.drop_duplicates(list(spec.observation), keep="first")
    return first.sort_values("_pos").drop(columns=["_pref", "_rank", "_pos"])


def load(name: str, *, all_values: bool = False, include_low_confidence: bool = False,
         directory: Path | None = None):
    """Load one dataset as a typed DataFrame, after checking it completely.

    Parameters
    ----------
    name : str
        One of :func:`names`.
    all_values : bool
        Return every source's value (conflicting rows included) instead of one preferred
        row per observation (see :data:`PREFERENCE_RULE`).
    include_low_confidence : bool
        Keep rows whose ``confidence`` is ``low`` (unconfirmed or low-authority sources).
    directory : pathlib.Path, optional
        Where to find the files (default: :func:`course._paths.data_dir`); for tests.

    Returns
    -------
    pandas.DataFrame
        Counts are ``Int64``, shares ``Float64``, text and dates ``string`` (dates keep their
        precision, e.g. ``"2017-03"`` with ``date_precision == "month"``), ``preferred`` is
        ``boolean``. ``df.attrs["dataset"]`` names the dataset.

    Raises
    ------
    DataError
        If the file is missing, empty, not CSV, truncated, changed since the manifest, or a
        column, cell, key or source id is wrong. The message says where and how to fix it.

    Examples
    --------
    >>> df = load("timeline")
    >>> df.loc[df.event_id == "eo13768-signed", ["date", "date_precision"]].values.tolist()
    [['2017-01-25', 'day']]
    >>> len(load("enforcement_by_fy", all_values=True)) > len(load("enforcement_by_fy"))
    True
    """
    from course.sources import registry

    spec = _spec(name)
    directory = directory or data_dir()
    manifest = read_manifest(directory)
    if name not in manifest:
        raise DataError(f"{MANIFEST} has no entry for {name!r}; run `course data manifest`.")
    entry = manifest[name]
    if entry.get("columns") != spec.columns or entry.get("key") != list(spec.key):
        raise DataError(f"{MANIFEST}: the schema recorded for {name} differs from the one in "
                        f"course/data.py; run `course data manifest` after checking the change.")
    rows = _read_rows(name, directory, entry, registry())
    df = _frame(rows, spec.columns)
    if not include_low_confidence:
        df = df[df["confidence"] != "low"]
    if not all_values:
        df = _prefer(df, spec)
    df = df.reset_index(drop=True)
    df.attrs["dataset"] = name
    return df


def load_all(directory: Path | None = None) -> dict[str, int]:
    """Load every dataset with all its rows; return the row counts (a quick health check).

    >>> load_all()["timeline"] > 40
    True
    """
    return {n: len(load(n, all_values=True, include_low_confidence=True, directory=directory))
            for n in SPECS}


def conflicts(name: str, *, include_low_confidence: bool = False):
    """The observations whose sources disagree: every row of each, sources side by side.

    >>> c = conflicts("enforcement_by_fy")
    >>> sorted(c.query("fiscal_year == 2018")["count"].dropna().astype(int).tolist())
    [256000, 256058, 256085, 256086]
    """
    spec = _spec(name)
    df = load(name, all_values=True, include_low_confidence=include_low_confidence)
    obs = list(spec.observation)
    disputed = None
    for column in spec.values:
        n = df.dropna(subset=[column]).groupby(obs)[column].nunique()
        n = n[n > 1]
        disputed = n.index if disputed is None else disputed.union(n.index)
    keys = set(disputed.tolist()) if disputed is not None else set()
    if len(obs) == 1:
        keys = {k if isinstance(k, tuple) else (k,) for k in keys}
    mask = [tuple(r) in keys for r in df[obs].itertuples(index=False, name=None)]
    out = df[mask].reset_index(drop=True)
    out.attrs["dataset"] = name
    return out


def source_ids(df) -> list[str]:
    """The source ids behind a DataFrame's rows, in numeric order (for a figure's source line).

    >>> source_ids(load("detainer_reports").head(1))
    ['S72']
    """
    from course.sources import ids_in_field

    found: set[str] = set()
    for value in df["source_id"].dropna():
        found.update(ids_in_field(value))
    return sorted(found, key=lambda s: int(s[1:]))


def card(name: str) -> Rich:
    """The data card of a dataset (``data/NAME.md``) as HTML with a text fallback.

    >>> card("timeline").text.splitlines()[0]
    '# Data card: timeline'
    """
    _spec(name)
    path = data_dir() / f"{name}.md"
    if not path.is_file():
        raise DataError(f"{path.name}: the data card is missing.")
    text = path.read_text(encoding="utf-8")
    try:
        import mistune

        html = mistune.html(text)
    except ImportError:  # pragma: no cover - mistune comes with nbconvert
        html = f"<pre>{esc(text)}</pre>"
    return Rich(f'<div class="data-card">{html}</div>', text)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def fiscal_year_span(fiscal_year: int) -> str:
    """The days a federal fiscal year covers: FY2018 began October 1, 2017.

    >>> fiscal_year_span(2017)
    'October 1, 2016 to September 30, 2017'
    """
    fy = int(fiscal_year)
    return f"October 1, {fy - 1} to September 30, {fy}"


def fiscal_year_of(day: date | str) -> int:
    """The fiscal year a date falls in (October to December count toward the next year).

    >>> fiscal_year_of("2017-01-25"), fiscal_year_of("2020-10-01")
    (2017, 2021)
    """
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return d.year + 1 if d.month >= 10 else d.year


def describe_date(value: str, precision: str) -> str:
    """A date in words at the precision the source gives.

    >>> describe_date("2017-03", "month"), describe_date("2018", "fiscal_year")
    ('March 2017', 'FY2018 (October 1, 2017 to September 30, 2018)')
    """
    if precision == "fiscal_year":
        return f"FY{value} ({fiscal_year_span(int(value))})"
    parts = [int(p) for p in value.split("-")]
    if precision == "day":
        return f"{_MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if precision == "month":
        return f"{_MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])
