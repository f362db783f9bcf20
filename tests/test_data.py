"""The datasets load, check themselves, keep their conflicts, and reject bad input clearly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from course import data, sources
from course._display import Rich
from course._paths import data_dir

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "data"


@pytest.fixture
def copy(tmp_path):
    """A private copy of the data folder; returns a function that corrupts one file in it."""
    for name in data.names():
        shutil.copy(data_dir() / f"{name}.csv", tmp_path / f"{name}.csv")
    data.write_manifest(tmp_path)

    def edit(name: str, change, *, remanifest: bool = True) -> Path:
        path = tmp_path / f"{name}.csv"
        text = path.read_text(encoding="utf-8")
        new = change(text)
        if isinstance(new, bytes):
            path.write_bytes(new)
        else:
            path.write_text(new, encoding="utf-8")
        if remanifest:  # the maintainer regenerated the manifest: content checks must still catch it
            manifest = data.build_manifest(tmp_path)
            (tmp_path / data.MANIFEST).write_text(__import__("json").dumps(manifest), "utf-8")
        return tmp_path

    return edit


def replace_line(text: str, n: int, old: str, new: str) -> str:
    lines = text.split("\n")
    assert old in lines[n], lines[n]
    lines[n] = lines[n].replace(old, new, 1)
    return "\n".join(lines)


def error(name: str, directory: Path) -> str:
    with pytest.raises(data.DataError) as info:
        data.load(name, directory=directory)
    return str(info.value)


# ----------------------------------------------------------------- good data
def test_every_dataset_loads_from_the_checkout_with_every_row():
    counts = data.load_all()
    assert set(counts) == set(data.names())
    manifest = data.read_manifest()
    for name, n in counts.items():
        assert n == manifest[name]["rows"] > 0


def test_the_manifest_is_up_to_date_with_the_files():
    assert data.build_manifest() == {"about": data.build_manifest()["about"],
                                     "datasets": data.read_manifest()}


def test_every_row_cites_sources_that_resolve_in_the_registry():
    known = sources.registry()
    for name in data.names():
        df = data.load(name, all_values=True, include_low_confidence=True)
        assert df["source_id"].notna().all(), name
        for sid in data.source_ids(df):
            assert sid in known, (name, sid)


def test_a_row_marked_primary_has_a_primary_source_in_the_registry():
    reg = sources.registry()
    for name in data.names():
        df = data.load(name, all_values=True, include_low_confidence=True)
        for _, row in df[df["source_type"] == "primary"].iterrows():
            kinds = {reg[s].kind for s in sources.ids_in_field(row["source_id"])}
            assert "primary" in kinds, (name, row["source_id"])


def test_columns_are_typed_counts_as_Int64_text_as_string_and_preferred_as_boolean():
    df = data.load("enforcement_by_fy")
    assert str(df["fiscal_year"].dtype) == "Int64"
    assert str(df["count"].dtype) == "Int64"
    assert str(df["percent"].dtype) == "Float64"
    assert isinstance(df["metric"].dtype, pd.StringDtype)
    assert str(df["preferred"].dtype) == "boolean"
    assert df.attrs["dataset"] == "enforcement_by_fy"


def test_dates_keep_their_precision_instead_of_inventing_a_day():
    df = data.load("agreements_287g", all_values=True)
    jan = df[(df["date"] == "2017-01") & (df["measure"] == "agencies")]
    assert set(jan["date_precision"]) == {"month"}
    staffing = data.load("ice_staffing")
    assert "fiscal_year" in set(staffing["date_precision"])
    assert (staffing.loc[staffing["date_precision"] == "fiscal_year", "date"].str.len() == 4).all()


def test_the_default_returns_one_preferred_value_per_observation():
    df = data.load("enforcement_by_fy")
    assert not df.duplicated(["fiscal_year", "metric"]).any()
    fy18 = df[(df["fiscal_year"] == 2018) & (df["metric"] == "removals_total")]
    assert fy18["count"].tolist() == [256085]
    assert fy18["source_id"].tolist() == ["S31"]


def test_without_a_preferred_mark_a_primary_source_beats_a_secondary_one():
    df = data.load("enforcement_by_fy")
    row = df[(df["fiscal_year"] == 2013) & (df["metric"] == "pct_interior_removals_convicted")]
    assert row["percent"].tolist() == [82.0] and row["source_id"].tolist() == ["S24"]


def test_all_values_keeps_every_source_of_a_disputed_number():
    df = data.load("enforcement_by_fy", all_values=True)
    fy18 = df[(df["fiscal_year"] == 2018) & (df["metric"] == "removals_total")]
    assert sorted(fy18["count"].dropna().tolist()) == [256000, 256058, 256085, 256086]


def test_low_confidence_rows_are_left_out_unless_asked_for():
    default = data.load("enforcement_by_fy", all_values=True)
    every = data.load("enforcement_by_fy", all_values=True, include_low_confidence=True)
    assert "low" not in set(default["confidence"])
    low = every[every["confidence"] == "low"]
    assert {(r.fiscal_year, r.metric) for r in low.itertuples()} >= {
        (2019, "interior_removals"), (2023, "interior_removals")}


def test_conflicts_lists_only_observations_whose_sources_disagree():
    c = data.conflicts("enforcement_by_fy")
    groups = set(zip(c["fiscal_year"], c["metric"]))
    assert groups == {(2012, "detainers_issued"), (2013, "pct_interior_removals_convicted"),
                      (2016, "interior_removals"), (2018, "removals_total")}
    timeline = data.conflicts("timeline")
    assert {"kelly-memo", "guyana-243d"} <= set(timeline["event_id"])
    assert len(data.conflicts("ice_staffing")) == 0


def test_source_ids_splits_multi_source_cells_and_sorts_numerically():
    df = data.load("detainer_reports")
    ids = data.source_ids(df)
    assert ids == sorted(ids, key=lambda s: int(s[1:]))
    assert "S61" in ids and "S74" in ids


def test_fiscal_year_helpers_describe_the_federal_year():
    assert data.fiscal_year_span(2018) == "October 1, 2017 to September 30, 2018"
    assert data.fiscal_year_of("2017-01-25") == 2017
    assert data.fiscal_year_of("2016-10-01") == 2017
    assert data.fiscal_year_of("2021-01-20") == 2021
    assert data.describe_date("2017-03-20", "day") == "March 20, 2017"


def test_every_dataset_has_a_data_card_with_the_required_parts():
    for name in data.names():
        c = data.card(name)
        assert isinstance(c, Rich)
        for heading in ("What it is", "Sources", "Coverage and gaps", "Columns",
                        "What the numbers measure", "Known conflicts", "Licence"):
            assert heading in c.text, (name, heading)
        assert "<h2" in c.html


def test_the_cli_regenerates_the_manifest_and_checks_it():
    from course import cli

    assert cli.main(["data", "manifest", "--check"]) == 0


def test_an_unknown_dataset_name_lists_the_real_ones():
    with pytest.raises(data.DataError, match="enforcement_by_fy"):
        data.load("removals")


# ----------------------------------------------------------------- bad input
def test_loader_rejects_a_missing_column(copy):
    d = copy("ice_staffing", lambda t: "\n".join(
        ",".join(c for i, c in enumerate(line.split(",")) if i != 0) if n == 0 else line
        for n, line in enumerate(t.split("\n"))))
    msg = error("ice_staffing", d)
    assert "ice_staffing.csv" in msg and "column 'date'" in msg and "missing" in msg


def test_loader_rejects_a_renamed_column_and_names_both(copy):
    d = copy("enforcement_by_fy", lambda t: t.replace("fiscal_year,metric,count", "fiscal_year,metric,removals", 1))
    msg = error("enforcement_by_fy", d)
    assert "column 'count'" in msg and "'removals'" in msg and "rename" in msg


def test_loader_rejects_a_footnote_mark_in_a_number_and_says_how_to_fix_it(copy):
    d = copy("enforcement_by_fy", lambda t: t.replace("\n2018,removals_total,256085,", "\n2018,removals_total,256085*,", 1))
    msg = error("enforcement_by_fy", d)
    assert msg.startswith("enforcement_by_fy.csv, row ")
    assert "column 'count': expected a whole number, found '256085*'" in msg
    assert "footnote" in msg and "'note' column" in msg


def test_loader_rejects_a_number_with_thousands_separators(copy):
    d = copy("ice_staffing", lambda t: t.replace(",target_additional_officers,10000,", ',target_additional_officers,"10,000",', 1))
    msg = error("ice_staffing", d)
    assert "row 1 (line 2 of the file)" in msg and "'10,000'" in msg and "separators" in msg


def test_loader_rejects_an_unparseable_date(copy):
    d = copy("timeline", lambda t: t.replace("eo13768-signed,2017-01-25,day", "eo13768-signed,2017-02-30,day", 1))
    msg = error("timeline", d)
    assert "timeline.csv, row" in msg and "column 'date'" in msg and "'2017-02-30'" in msg
    assert "2017-03-20" in msg  # shows the expected form


def test_loader_rejects_a_date_more_precise_than_its_precision_column(copy):
    d = copy("timeline", lambda t: t.replace("task-force-non-renewal,2012-12,month", "task-force-non-renewal,2012-12-01,month", 1))
    msg = error("timeline", d)
    assert "'2012-12-01'" in msg and "'month'" in msg and "never invent a day" in msg


def test_loader_rejects_a_duplicate_key(copy):
    def dup(text: str) -> str:
        lines = text.split("\n")
        return "\n".join(lines[:3] + [lines[2]] + lines[3:])
    d = copy("enforcement_by_fy", dup)
    msg = error("enforcement_by_fy", d)
    assert "row 3" in msg and "duplicate key" in msg and "row 2 already" in msg
    assert "source_id='S04'" in msg


def test_loader_rejects_a_source_id_missing_from_the_registry(copy):
    d = copy("detainer_reports", lambda t: t.replace(",S72,primary", ",S999,primary", 1))
    msg = error("detainer_reports", d)
    assert "detainer_reports.csv, row 1" in msg and "column 'source_id'" in msg
    assert "'S999'" in msg and "data/sources.csv" in msg


def test_loader_rejects_a_file_changed_after_the_manifest(copy):
    d = copy("timeline", lambda t: t.replace("Secure Communities active", "Secure Communities live"), remanifest=False)
    msg = error("timeline", d)
    assert "timeline.csv" in msg and "checksum" in msg and "course data manifest" in msg


def test_loader_rejects_an_empty_file(copy):
    d = copy("ice_staffing", lambda t: "")
    msg = error("ice_staffing", d)
    assert msg.startswith("ice_staffing.csv is empty")


def test_loader_rejects_a_file_that_is_not_csv(copy):
    page = (FIXTURES / "saved_web_page.csv").read_text(encoding="utf-8")
    d = copy("enforcement_by_fy", lambda t: page)
    msg = error("enforcement_by_fy", d)
    assert "enforcement_by_fy.csv is not a CSV file" in msg and "HTML" in msg


def test_loader_rejects_a_binary_file(copy):
    d = copy("timeline", lambda t: b"PK\x03\x04\x00\x00binary spreadsheet")
    assert "not a CSV file" in error("timeline", d)


def test_loader_rejects_a_file_cut_off_in_the_middle_of_a_row(copy):
    d = copy("agreements_287g", lambda t: t[: len(t) // 2].rsplit(",", 3)[0] + "\n", remanifest=False)
    msg = error("agreements_287g", d)
    assert "agreements_287g.csv" in msg and "truncated" in msg


def test_loader_rejects_a_file_cut_off_between_rows(copy):
    d = copy("enforcement_by_fy", lambda t: "\n".join(t.split("\n")[:40]) + "\n", remanifest=False)
    msg = error("enforcement_by_fy", d)
    assert "expected 82 data rows" in msg and "found 39" in msg and "truncated" in msg


def test_loader_rejects_an_unbalanced_quote(copy):
    d = copy("timeline", lambda t: t + 'x,"2026-01,month,agency,unfinished\n', remanifest=False)
    assert "truncated" in error("timeline", d)


def test_a_failed_load_returns_nothing_half_loaded(copy):
    d = copy("enforcement_by_fy", lambda t: t.rstrip("\n") + "\n2025,removals_total,oops,,,,S01,primary,high,,,\n")
    result = None
    with pytest.raises(data.DataError):
        result = data.load("enforcement_by_fy", directory=d)
    assert result is None
    assert isinstance(data.DataError("x"), ValueError)


# ----------------------------------------------------------------- the wheel
@pytest.mark.slow
def test_every_dataset_loads_from_an_installed_wheel(tmp_path, root):
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed")
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist")], cwd=root,
                   check=True, env=env, capture_output=True)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--python", "3.11", str(venv)], check=True, env=env,
                   capture_output=True)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run([uv, "pip", "install", "--python", str(python), "--no-deps", str(wheel)],
                   check=True, env=env, capture_output=True)
    pandas = [uv, "pip", "install", "--python", str(python), "pandas==3.1.1"]
    if subprocess.run(pandas + ["--offline"], env=env, capture_output=True).returncode:
        subprocess.run(pandas, check=True, env=env, capture_output=True)  # not cached yet
    script = ("import course.data as d, course._paths as p; "
              "assert p.data_dir().name == '_data', p.data_dir(); "
              "print(sorted(d.load_all().items()))")
    out = subprocess.run([str(python), "-c", script], cwd=tmp_path, check=True, env=env,
                         capture_output=True, text=True).stdout
    for name, n in data.load_all().items():
        assert f"('{name}', {n})" in out


def test_each_data_card_lists_every_source_its_rows_and_prose_cite():
    known = sources.registry()
    for name in data.names():
        text = data.card(name).text
        listed = text.split("## Sources", 1)[1].split("## Coverage", 1)[0]
        df = data.load(name, all_values=True, include_low_confidence=True)
        for sid in data.source_ids(df) + sources.ID.findall(text):
            assert sid in known, (name, sid)
            assert f"| {sid} |" in listed, (name, sid)
