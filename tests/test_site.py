"""The static site builder (course/site.py), without a browser.

Each test builds a small site from notebooks made in a temporary folder, skipping the
npm step (``with_vendor=False``); tests/test_browser.py checks the real site in Chromium.
"""

from __future__ import annotations

import base64
import re
import subprocess
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from course import site, toc

PNG = base64.b64encode(
    bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                  "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
).decode()


def _lesson(number: str, *cells) -> nbformat.NotebookNode:
    entry = toc.lesson(number)
    nb = new_notebook()
    nb.cells = [new_markdown_cell(f"# {entry.title}\n\n> **As of {entry.as_of_text}.** "
                                  "This lesson explains the law; it is not legal advice."),
                *cells, new_markdown_cell("## Sources")]
    return nb


def _figure_cell(alt: str | None, plain: str = "<Figure size 800x450 with 1 Axes>"):
    meta = {"image/png": {"alt": alt}} if alt else {}
    cell = new_code_cell("figures.show(fig, alt=...)")
    cell.outputs = [new_output("display_data", data={"image/png": PNG, "text/plain": plain},
                               metadata=meta)]
    return cell


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A checkout-like folder with lessons 00 and 01, a student edition and teacher notes."""
    (tmp_path / "notebooks").mkdir()
    hidden = new_code_cell("import course\ncourse.setup()  # SETUP-MARKER",
                           metadata={"tags": ["remove-input"]})
    hidden.outputs = [new_output("stream", name="stdout", text="visible output\n")]
    check = new_code_cell('answer = 18\ncheck("l00-1", answer)')
    check.outputs = [new_output("execute_result", data={"text/plain": "l00-1: pass."},
                                execution_count=3)]
    link = new_markdown_cell("Next, read [lesson 01](01-what-is-an-executive-order.ipynb#Questions).")
    nb0 = _lesson("00", hidden, _figure_cell("Bar chart: arrests rose in 2017."), check, link)
    nbformat.write(nb0, tmp_path / "notebooks" / toc.lesson("00").filename)
    nb1 = _lesson("01", _figure_cell(None, plain="Figure: A line chart of removals."),
                  _figure_cell(None))
    nbformat.write(nb1, tmp_path / "notebooks" / toc.lesson("01").filename)
    (tmp_path / "exercises" / "00-start-here").mkdir(parents=True)
    nbformat.write(_lesson("00"), tmp_path / "exercises" / "00-start-here" / "student.ipynb")
    (tmp_path / "teachers").mkdir()
    (tmp_path / "teachers" / "00-start-here.md").write_text(
        "# Teaching lesson 00\n\nOpen [the lesson](../notebooks/00-start-here.ipynb).\n\n"
        "| Step | Minutes |\n|---|---|\n| Warm-up | 5 |\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def built(tree: Path):
    report = site.build(tree / "_site", root=tree, with_vendor=False)
    return report, tree / "_site"


def _read(out: Path, url: str) -> str:
    return (out / url).read_text(encoding="utf-8")


def _soup(out: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup(_read(out, url), features="html.parser")


def test_site_has_an_index_every_lesson_edition_and_teacher_note(built):
    report, out = built
    urls = [p.url for p in report.pages]
    assert urls == ["lessons/00-start-here.html", "lessons/01-what-is-an-executive-order.html",
                    "exercises/00-start-here.html", "teachers/00-start-here.html"]
    for url in ["index.html", *urls]:
        assert (out / url).is_file(), url
    index = _read(out, "index.html")
    assert index.count('<tr><th scope="row">') == 2  # only lessons whose notebook exists
    assert 'href="lessons/01-what-is-an-executive-order.html"' in index
    assert toc.lesson("01").summary.split()[0] in index
    assert 'href="exercises/00-start-here.html"' in index
    assert 'href="teachers/00-start-here.html"' in index


def test_lesson_pages_link_home_previous_next_sources_and_binder(built):
    _, out = built
    first = _soup(out, "lessons/00-start-here.html")
    second = _soup(out, "lessons/01-what-is-an-executive-order.html")
    nav = first.select_one("nav.course-nav")
    assert nav.find("a", href="../index.html")
    assert nav.find("a", rel="next")["href"] == "../lessons/01-what-is-an-executive-order.html"
    assert nav.find("a", rel="prev") is None
    assert second.find("a", rel="prev")["href"] == "../lessons/00-start-here.html"
    assert second.find("a", rel="next") is None
    assert nav.find("a", href="#Sources") and first.find(id="Sources")
    binder = nav.select_one("a.binder-link")["href"]
    assert binder.startswith("https://mybinder.org/v2/gh/")
    assert binder.endswith("notebooks/00-start-here.ipynb")


def test_figures_carry_their_alt_text(built):
    report, out = built
    (img,) = _soup(out, "lessons/00-start-here.html").select("main img")
    assert img["alt"] == "Bar chart: arrests rose in 2017."
    assert img["src"].startswith("data:image/png;base64,")
    from_text, missing = _soup(out, "lessons/01-what-is-an-executive-order.html").select("main img")
    assert from_text["alt"] == "A line chart of removals."  # from the "Figure: ..." text
    assert report.warnings == ["notebooks/01-what-is-an-executive-order.ipynb, cell 2: "
                               "a figure without alt text"]


def test_remove_input_cells_show_only_their_outputs(built):
    _, out = built
    page = _read(out, "lessons/00-start-here.html")
    assert "SETUP-MARKER" not in page
    assert "visible output" in page


def test_check_cells_become_the_question_with_a_folded_explanation(built):
    from course import checks

    _, out = built
    page = _soup(out, "lessons/00-start-here.html")
    q = checks.question("l00-1")
    text = page.get_text()
    assert "answer = 18" not in text  # the code is replaced by the question
    assert "l00-1: pass." not in text
    section = page.select_one("section.course-check")
    assert q.prompt in section.get_text()
    details = section.find("details")
    assert details.summary.get_text() == "Show the explanation"
    assert (q.explanation or q.solution) in details.get_text()
    assert details.get("open") is None  # folded until the reader opens it


def test_an_unknown_check_id_is_reported_and_left_as_code():
    nb = new_notebook()
    nb.cells = [new_code_cell('check("l99-9", "a")')]
    warnings: list[str] = []
    assert site.render_checks(nb, warnings, "notebooks/x.ipynb") == 0
    assert "l99-9" in warnings[0] and "x.ipynb" in warnings[0]
    assert "remove-input" not in nb.cells[0].metadata.get("tags", [])


def test_links_to_notebooks_point_at_site_pages(built):
    _, out = built
    lesson = _read(out, "lessons/00-start-here.html")
    assert 'href="../lessons/01-what-is-an-executive-order.html#Questions"' in lesson
    notes = _read(out, "teachers/00-start-here.html")
    assert 'href="../lessons/00-start-here.html"' in notes
    assert "<table>" in notes and "<td>Warm-up</td>" in notes


def test_no_page_loads_anything_from_outside_the_site(built):
    report, out = built
    loaders = re.compile(r'<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]+)"'
                         r'|<link\b[^>]*\shref="([^"]+)"|@import\s+url\(([^)]+)\)'
                         r"|widgetRendererSrc = '([^']+)'")
    for url in ["index.html", *(p.url for p in report.pages)]:
        page = _read(out, url)
        found = [next(g for g in m.groups() if g) for m in loaders.finditer(page)]
        outside = [f for f in found if re.match(r"(?:[a-z]+:)?//", f) or f.startswith("http")]
        assert not outside, f"{url} loads {outside}"
        assert "mathjax" not in page.lower() or "cdnjs" not in page, url
        assert "unpkg.com" not in page and "cdn.jsdelivr" not in page, url
    lesson = _read(out, "lessons/00-start-here.html")
    assert '<script src="../static/vendor/require.js">' in lesson


def test_every_page_uses_the_print_stylesheet(built):
    report, out = built
    css = (out / "static" / "course.css").read_text(encoding="utf-8")
    assert "@media print" in css and ".course-nav" in css.split("@media print", 1)[1]
    for url in ["index.html", *(p.url for p in report.pages)]:
        assert re.search(r'<link [^>]*href="(?:\.\./)?static/course\.css"', _read(out, url)), url


def test_pages_have_one_h1_a_skip_link_and_landmarks(built):
    report, out = built
    for url in ["index.html", *(p.url for p in report.pages)]:
        page = _soup(out, url)
        assert len(page.find_all("h1")) == 1, url
        assert page.find("a", href="#content") and page.find("main", id="content"), url
        assert page.html["lang"] == "en", url
        assert url == "index.html" or page.find("nav", attrs={"aria-label": "Course"}), url


def test_the_build_refuses_to_wipe_a_folder_that_is_not_a_site(tree: Path):
    keep = tree / "precious"
    keep.mkdir()
    (keep / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="not a course site"):
        site.build(keep, root=tree, with_vendor=False)
    assert (keep / "notes.txt").is_file()


def test_vendor_installs_the_pinned_packages_with_npm_and_no_lock_file(tmp_path, monkeypatch):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(site.shutil, "which", lambda name: "/usr/bin/npm")
    monkeypatch.setattr(site.subprocess, "run", fake_run)
    site.vendor(tmp_path / "cache")
    (cmd,) = calls
    assert cmd[:4] == ["npm", "install", "--no-save", "--no-package-lock"]
    assert "@jupyter-widgets/html-manager@1.0.15" in cmd and "requirejs@2.3.8" in cmd
    assert cmd[cmd.index("--prefix") + 1] == str(tmp_path / "cache")


def _fake_node_modules(root: Path, html_manager: str = "1.0.15") -> Path:
    nm = root / "node_modules"
    dist = nm / "@jupyter-widgets" / "html-manager" / "dist"
    dist.mkdir(parents=True)
    (dist.parent / "package.json").write_text(f'{{"version": "{html_manager}"}}', encoding="utf-8")
    for name in ("embed-amd.js", "abc.woff2", "abc.ttf", "embed.js.map", "libembed-amd.js"):
        (dist / name).write_text("x", encoding="utf-8")
    (nm / "requirejs").mkdir()
    (nm / "requirejs" / "package.json").write_text('{"version": "2.3.8"}', encoding="utf-8")
    (nm / "requirejs" / "require.js").write_text("x", encoding="utf-8")
    return nm


def test_vendor_skips_npm_when_the_cache_has_the_pinned_versions(tmp_path, monkeypatch):
    _fake_node_modules(tmp_path)
    monkeypatch.setattr(site.subprocess, "run", lambda *a, **k: pytest.fail("npm was run"))
    assert site.vendor(tmp_path) == tmp_path / "node_modules"


def test_vendor_reinstalls_when_the_cached_version_differs(tmp_path, monkeypatch):
    _fake_node_modules(tmp_path, html_manager="1.0.14")
    ran = []
    monkeypatch.setattr(site.shutil, "which", lambda name: "/usr/bin/npm")
    monkeypatch.setattr(site.subprocess, "run",
                        lambda cmd, **k: ran.append(cmd) or subprocess.CompletedProcess(cmd, 0))
    site.vendor(tmp_path)
    assert ran


def test_vendor_without_npm_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(site.shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match="npm"):
        site.vendor(tmp_path / "empty")


def test_copy_vendor_copies_the_renderer_its_fonts_and_requirejs_only(tmp_path):
    nm = _fake_node_modules(tmp_path / "cache")
    site.copy_vendor(nm, tmp_path / "out")
    copied = sorted(p.name for p in (tmp_path / "out" / "static" / "vendor").iterdir())
    assert copied == ["abc.ttf", "abc.woff2", "embed-amd.js", "require.js"]


def test_the_cli_builds_into_the_folder_it_is_given(tree, monkeypatch, capsys):
    from course import cli

    real_build = site.build
    monkeypatch.setattr(site, "build", lambda out, cache=None: real_build(
        out, root=tree, cache=cache, with_vendor=False))
    assert cli.main(["site", "--out", str(tree / "out")]) == 0
    assert (tree / "out" / "index.html").is_file()
    assert "2 lessons, 1 student editions, 1 teacher notes" in capsys.readouterr().out
