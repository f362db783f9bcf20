"""Packaging, pins, Binder and the README's two commands."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

import pytest

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
REGISTRY_HOSTS = re.compile(
    r"pypi\.org|files\.pythonhosted|registry\.npmjs|registry\.yarnpkg|deb\.debian\.org|"
    r"/simple/|pypi\.python\.org", re.I)


def _pins(lines) -> dict[tuple[str, str], str]:
    """(normalised name, marker) -> version."""
    out = {}
    for line in lines:
        line = line.strip()
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^;\s]+)\s*(?:;\s*(.*))?$", line)
        if m:
            out[(re.sub(r"[-_.]+", "-", m.group(1)).lower(), m.group(3) or "")] = m.group(2)
    return out


def _tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    return [f for f in out.stdout.split("\n") if f]


def test_every_dependency_is_pinned_by_name_and_version():
    deps = PYPROJECT["project"]["dependencies"] + PYPROJECT["dependency-groups"]["dev"]
    assert all(re.match(r"^[A-Za-z0-9_.\-]+==\S+$", d) for d in deps), deps
    constraints = _pins(PYPROJECT["tool"]["uv"]["constraint-dependencies"])
    assert len(constraints) >= 100  # transitive dependencies are pinned too
    for dep in deps:
        name, version = dep.split("==")
        key = re.sub(r"[-_.]+", "-", name).lower()
        assert constraints.get((key, "")) == version, dep


def test_binder_requirements_hold_the_same_pins_plus_the_project():
    lines = (ROOT / "binder" / "requirements.txt").read_text().splitlines()
    binder = _pins(lines)
    constraints = _pins(PYPROJECT["tool"]["uv"]["constraint-dependencies"])
    assert binder, "binder/requirements.txt has no pins"
    for key, version in binder.items():
        assert constraints.get(key) == version, f"{key}: binder {version}, pyproject {constraints.get(key)}"
    for dep in PYPROJECT["project"]["dependencies"]:
        name, version = dep.split("==")
        assert binder[(re.sub(r"[-_.]+", "-", name).lower(), "")] == version
    assert "." in [line.strip() for line in lines]
    assert (ROOT / "binder" / "runtime.txt").read_text().strip() == "python-3.11"


def test_no_committed_file_names_a_package_registry_address():
    offenders = []
    for name in _tracked():
        path = ROOT / name
        if name.endswith("uv.lock") or name.endswith(("package-lock.json", "yarn.lock")):
            offenders.append(name)
            continue
        if not path.is_file() or path.suffix in {".png", ".jpg", ".whl", ".zip"}:
            continue
        if REGISTRY_HOSTS.search(path.read_text(encoding="utf-8", errors="ignore")):
            if name != "tests/test_packaging.py":
                offenders.append(name)
    assert offenders == []


def test_line_endings_are_forced_to_lf():
    attributes = (ROOT / ".gitattributes").read_text()
    for pattern in ("*.ipynb", "*.csv", "*.txt", "*.md"):
        assert re.search(rf"^{re.escape(pattern)} .*eol=lf", attributes, re.M), pattern
    assert "uv.lock" in (ROOT / ".gitignore").read_text()


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(?:bash|sh)?\n(.*?)\n```", quick, re.S)


def test_the_readme_quick_start_has_exactly_two_commands():
    commands = _readme_commands()
    assert len(commands) == 2, commands
    assert "jupyter lab notebooks/00-start-here.ipynb" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readmes_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text()
    assert _readme_commands()[1].strip() in ci.splitlines()


def _repository() -> str:
    return PYPROJECT["project"]["urls"]["Repository"].rstrip("/")


def test_the_repository_address_is_written_in_one_place():
    repo = _repository()
    for name in _tracked():
        if name in {"pyproject.toml", "CITATION.cff", "README.md"} or not (ROOT / name).is_file():
            continue
        if (ROOT / name).suffix in {".png", ".whl"}:
            continue
        text = (ROOT / name).read_text(encoding="utf-8", errors="ignore")
        assert repo not in text, f"{name} hard-codes the repository address; derive it instead"


def test_readme_and_citation_links_are_derived_from_the_one_setting():
    from course import links

    readme = (ROOT / "README.md").read_text()
    assert links.binder_badge("notebooks/00-start-here.ipynb") in readme
    for entry in __import__("course").toc.lessons():
        assert links.binder_url(f"notebooks/{entry.filename}") in readme
    citation = (ROOT / "CITATION.cff").read_text()
    assert f'repository-code: "{_repository()}"' in citation


def test_citation_file_is_valid_yaml_with_the_licence():
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert data["cff-version"] and data["title"] and data["license"] == "MIT"


@pytest.mark.slow
def test_binder_would_install_the_pinned_requirements_on_python_311(tmp_path):
    exe = shutil.which("jupyter-repo2docker")
    assert exe, "jupyter-repo2docker is a dev dependency; run through uv"
    out = subprocess.run([exe, "--no-build", "--debug", str(ROOT)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in out.stdout
    assert "Python version unspecified" not in out.stderr
    # repo2docker names its Python in the conda lock file it copies, and says so on stderr.
    assert "environment-2epy-2d3-2e11" in out.stdout
    assert "python=3.11" in out.stderr


def test_the_readme_is_in_sync_with_the_table_of_contents_and_links():
    import importlib.util

    spec = importlib.util.spec_from_file_location("sync_readme", ROOT / "tools" / "sync_readme.py")
    sync = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sync)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sync.render(readme) == readme, "run: uv run python tools/sync_readme.py"
