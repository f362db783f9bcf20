"""Properties of the committed notebooks that nbval alone does not check."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT, committed_notebooks, lesson_paths, load_nb

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def _text(value) -> str:
    """Notebook JSON stores multi-line strings as lists of lines."""
    return "".join(value) if isinstance(value, list) else (value or "")


def _outputs(nb):
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            yield i, cell, cell.get("outputs", [])


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_every_code_cell_of_a_lesson_has_been_executed(path):
    nb = load_nb(path)
    unrun = [i for i, cell, _ in _outputs(nb)
             if "".join(cell["source"]).strip() and cell.get("execution_count") is None]
    assert unrun == [], f"re-run `uv run course execute {path.relative_to(ROOT)}`"


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_every_figure_has_alt_text_and_a_source_line(path):
    nb = load_nb(path)
    for i, _cell, outputs in _outputs(nb):
        for k, out in enumerate(outputs):
            if "image/png" not in out.get("data", {}):
                continue
            alt = out.get("metadata", {}).get("image/png", {}).get("alt", "")
            assert len(alt.split()) >= 5, f"cell {i}: a figure without real alt text"
            assert _text(out["data"].get("text/plain")).startswith("Figure: ")
            following = outputs[k + 1] if k + 1 < len(outputs) else {}
            assert 'class="figure-source"' in _text(following.get("data", {}).get("text/html")), \
                f"cell {i}: a figure without a source line"


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_every_widget_view_has_its_state_saved(path):
    nb = load_nb(path)
    state = nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for i, _cell, outputs in _outputs(nb):
        for out in outputs:
            view = out.get("data", {}).get(WIDGET_VIEW)
            if view:
                assert view["model_id"] in state, f"cell {i}: widget state not saved"
                # A widget view also needs a text fallback for static pages.
                assert out["data"].get("text/plain"), f"cell {i}: widget without text/plain"


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_outputs_hold_no_machine_specific_paths_or_errors(path):
    nb = load_nb(path)
    for i, cell, outputs in _outputs(nb):
        tags = cell.get("metadata", {}).get("tags", [])
        for out in outputs:
            text = _text(out.get("data", {}).get("text/plain")) + _text(out.get("text"))
            assert not re.search(r"/(root|home|tmp|Users)/", text), f"cell {i}: an absolute path"
            if out.get("output_type") == "error":
                assert "raises-exception" in tags, f"cell {i}: an unexpected error output"
            if out.get("name") == "stderr":
                pytest.fail(f"cell {i}: stderr output ({''.join(out.get('text', ''))[:80]!r})")


_STATUS_QUESTION = re.compile(
    r"\b(you|your|your family'?s?|your parents'?)\b[^.?!\n]{0,50}"
    r"\b(immigration status|citizenship status|visa status|undocumented|papers|green card)\b",
    re.I,
)


@pytest.mark.parametrize("path", committed_notebooks(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_prompt_asks_about_a_students_own_status(path):
    nb = load_nb(path)
    for i, cell in enumerate(nb["cells"]):
        src = "".join(cell["source"])
        for match in _STATUS_QUESTION.finditer(src):
            window = src[max(0, match.start() - 80): match.end() + 40].lower()
            # Promises that we never ask are fine; asking is not.
            assert re.search(r"never|not ask|no one|don't|do not|does not", window), \
                f"cell {i}: {match.group(0)!r}"


def test_importing_course_has_no_side_effects_and_loads_no_heavy_library():
    code = ("import sys, io, contextlib; buf = io.StringIO()\n"
            "with contextlib.redirect_stdout(buf): import course\n"
            "print(buf.getvalue() == '', 'pandas' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_the_package_never_fetches_from_the_network():
    network = re.compile(r"^\s*(import|from)\s+(requests|urllib\.request|http\.client|httpx|"
                         r"aiohttp|socket)\b", re.M)
    for path in sorted((ROOT / "course").rglob("*.py")):
        assert not network.search(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.name)
def test_nbval_ignore_output_is_used_only_for_output_widgets(path):
    nb = load_nb(path)
    state = nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})

    def has_output_widget(model_id, seen=()):
        model = state.get(model_id, {})
        if model.get("model_name") == "OutputModel":
            return True
        children = model.get("state", {}).get("children", [])
        refs = [c.replace("IPY_MODEL_", "") for c in children if isinstance(c, str)]
        return any(has_output_widget(r, seen + (model_id,)) for r in refs if r not in seen)

    for i, cell, outputs in _outputs(nb):
        if "nbval-ignore-output" not in cell.get("metadata", {}).get("tags", []):
            continue
        views = [o["data"][WIDGET_VIEW]["model_id"] for o in outputs
                 if WIDGET_VIEW in o.get("data", {})]
        assert any(has_output_widget(v) for v in views), \
            f"cell {i}: nbval-ignore-output on a cell without an Output widget"
