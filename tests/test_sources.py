"""The source registry: loading, lookups, rendering, and every citation in the repository resolves."""

from __future__ import annotations

import csv
import re

import pytest

from course import sources
from conftest import ROOT, committed_notebooks


def test_registry_ids_are_unique_and_in_the_s_scheme():
    reg = sources.registry()
    assert len(reg) > 135
    assert all(re.fullmatch(r"S\d{2,3}", sid) for sid in reg)
    assert {"S01", "S135", "S136", "S137", "S138", "S139"} <= set(reg)


def test_every_entry_has_a_title_an_address_and_a_kind():
    for s in sources.registry().values():
        assert s.title and s.url.startswith(("http://", "https://")), s.id
        assert s.kind in {"primary", "secondary"}, s.id


def test_the_fixed_ids_name_the_orders():
    assert "13768" in sources.get("S136").title
    assert "13993" in sources.get("S137").title
    assert "14159" in sources.get("S138").title
    assert sources.get("S139").kind == "secondary"


def test_an_unknown_id_is_an_error_naming_the_id_and_the_file():
    with pytest.raises(sources.UnknownSourceError) as err:
        sources.get("S998", where="notebooks/07-x.ipynb")
    assert "S998" in str(err.value) and "notebooks/07-x.ipynb" in str(err.value)


def test_citations_are_found_with_and_without_confidence():
    text = "Signed [S136]. Revoked [S137, high]. Two [S01; S02]. Not a citation: S03."
    assert sources.ids_in(text) == ["S136", "S137", "S01", "S02"]


def test_cite_rejects_an_unknown_confidence():
    with pytest.raises(ValueError, match="confidence"):
        sources.cite("S136", confidence="sure")


def test_a_mirror_is_shown_as_read_via():
    mirrored = next(s for s in sources.registry().values() if s.read_via)
    assert "read via" in mirrored.reference() and "read via" in mirrored.reference_html()


def test_a_malformed_registry_is_rejected_with_the_line(tmp_path):
    bad = tmp_path / "sources.csv"
    bad.write_text("id,title,publisher,date,url,kind,read_via,note\nS1x,T,P,2017,http://x,primary,,\n")
    sources.registry.cache_clear()
    try:
        with pytest.raises(ValueError, match="line 2"):
            sources.registry(bad)
    finally:
        sources.registry.cache_clear()


def _text_files():
    for pattern in ("data/*.md", "teachers/*.md", "README.md"):
        yield from sorted(ROOT.glob(pattern))


def _all_citations() -> dict[str, set[str]]:
    """Source id -> the files citing it (notebooks, data rows, data cards, teacher notes)."""
    cited: dict[str, set[str]] = {}
    for path in committed_notebooks():
        for sid in sources.notebook_citations(path):
            cited.setdefault(sid, set()).add(str(path.relative_to(ROOT)))
    for path in sorted((ROOT / "data").glob("*.csv")):
        if path.name == "sources.csv":
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for sid in sources.ids_in_field(row.get("source_id") or ""):
                    cited.setdefault(sid, set()).add(str(path.relative_to(ROOT)))
    for path in _text_files():
        if path.name == "sources-index.md":
            continue
        text = path.read_text(encoding="utf-8")
        # Data cards cite as "(S31)" in tables and prose; lessons and notes use "[S31]".
        found = sources.ID.findall(text) if path.parent.name == "data" else sources.ids_in(text)
        for sid in found:
            cited.setdefault(sid, set()).add(str(path.relative_to(ROOT)))
    for path in sorted((ROOT / "course").rglob("*.py")):
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith((">>>", "...")))  # skip doctest inputs
        for sid in re.findall(r"[\"'\[](S\d{2,3})[\"'\];,]", code):
            cited.setdefault(sid, set()).add(str(path.relative_to(ROOT)))
    return cited


def test_every_citation_in_notebooks_data_and_cards_resolves():
    unknown = {sid: sorted(files) for sid, files in _all_citations().items()
               if sid not in sources.registry()}
    assert not unknown, f"Unknown source ids (id -> files): {unknown}"


def test_sources_no_file_cites_are_reported(capsys):
    cited = _all_citations()
    uncited = sorted(set(sources.registry()) - set(cited), key=lambda s: int(s[1:]))
    # Reported, not failed: the registry seeds every source of the dossier, and later
    # lessons will cite more of them.
    with capsys.disabled():
        print(f"\n[sources] {len(cited)} cited, {len(uncited)} not yet cited by any file")
    assert len(cited) >= 10


def test_statistics_never_cite_the_order_texts_as_their_source():
    """S136-S139 are the order texts; the research register once used S136/S137 for
    news reports on the incarceration data (now S165/S166). A statistic citing an order
    text, unless the row reports the order itself, is a stale, wrong citation."""
    order_ids = {"S136", "S137", "S138", "S139"}
    for path in sorted((ROOT / "data").glob("*.csv")):
        if path.name in {"sources.csv", "timeline.csv"}:
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                cited = set(sources.ids_in_field(row.get("source_id") or ""))
                if cited & order_ids:
                    # Allowed only where the row reports the order itself (e.g. Sec. 7's target).
                    text = " ".join(str(v) for v in row.values())
                    assert re.search(r"\b(13768|13993|14159)\b|[Tt]he order", text), \
                        f"{path.name}, line {line}: cites {cited & order_ids} for a statistic"


def test_a_copy_named_only_by_its_site_is_not_made_a_link():
    named = next(s for s in sources.registry().values()
                 if s.read_via and any(not m.strip().startswith("http")
                                       for m in s.read_via.split(";")))
    html = named.reference_html()
    for mirror in (m.strip() for m in named.read_via.split(";")):
        if not mirror.startswith("http"):
            assert f'href="{mirror}"' not in html and mirror in html
