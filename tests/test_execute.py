"""``course execute``: re-executes notebooks, saves widget state, and reports failures."""

from __future__ import annotations

import json

import nbformat
import pytest

from course import cli


def _notebook(path, *sources):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_execute_saves_outputs_and_widget_state(tmp_path):
    path = _notebook(tmp_path / "w.ipynb",
                     "import ipywidgets as w\nw.IntSlider(value=3, description='n')", "1 + 1")
    assert cli.main(["execute", str(path)]) == 0
    nb = json.loads(path.read_text())
    view = nb["cells"][0]["outputs"][0]["data"]["application/vnd.jupyter.widget-view+json"]
    state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    assert view["model_id"] in state
    assert "".join(nb["cells"][1]["outputs"][0]["data"]["text/plain"]) == "2"
    assert "execution" not in nb["cells"][1]["metadata"]


@pytest.mark.slow
def test_execute_reports_a_failing_notebook_and_leaves_it_untouched(tmp_path, capsys):
    path = _notebook(tmp_path / "bad.ipynb", "raise ValueError('boom')")
    before = path.read_bytes()
    assert cli.main(["execute", str(path)]) == 1
    assert "FAILED" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_cli_without_a_command_prints_help_and_exits_2(capsys):
    assert cli.main([]) == 2
    assert "execute" in capsys.readouterr().out
