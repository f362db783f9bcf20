"""Real-browser tests: JupyterLab with the lessons' widgets, and the static site.

They drive Debian's Chromium (``/usr/bin/chromium``, or ``COURSE_CHROMIUM``) with
Playwright for Python; Playwright's own browser downloads are never used. Without
Chromium the tests skip with the reason, unless ``COURSE_REQUIRE_BROWSER=1``, which
turns a missing browser into a failure (CI sets it after installing Chromium).

Scenarios, each bounded in time and stopping every server it starts:

* (a) JupyterLab, lesson 04: run all cells, change the Priority Sorter's "Profile"
  with the keyboard, and see the counts change;
* (b) JupyterLab, lesson 02: filter the directives table by "Actor";
* (c) the built site served on 127.0.0.1: every page loads nothing from outside the
  site, nothing fails, every widget renders from its saved state, and axe-core finds
  no critical or serious violation (except the narrow, documented ones in
  ``course.site.A11Y_EXCEPTIONS``).

Each scenario saves screenshots in ``screenshots/`` (git-ignored).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from course import site, toc

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"  # what JupyterLab serves (a temporary copy of it)
SITE_ROOT = ROOT  # the checkout the site is built from
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = Path(os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LAB_START_TIMEOUT = 60  # seconds
STEP_TIMEOUT = 30_000  # milliseconds, for any one wait in a page
SERIOUS = ("critical", "serious")


def _missing_browser() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (uv sync installs the dev group)"
    if not CHROMIUM.is_file():
        return (f"no Chromium at {CHROMIUM}: apt-get install -y chromium "
                "(or set COURSE_CHROMIUM)")
    return None


def _need_browser() -> None:
    reason = _missing_browser()
    if reason is None:
        return
    if os.environ.get("COURSE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"COURSE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def _notebook_or_skip(number: str) -> Path:
    entry = toc.lesson(number)
    path = NOTEBOOKS / entry.filename
    if not path.is_file():
        pytest.skip(f"lesson {number} (notebooks/{entry.filename}) is not written yet")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shot(page, name: str, full_page: bool = False) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


class Timer:
    """Records how long each scenario takes (printed with ``-s`` / in the report)."""

    times: dict[str, float] = {}

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        Timer.times[self.name] = time.perf_counter() - self.start
        print(f"\n[browser] {self.name}: {Timer.times[self.name]:.1f} s")


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Network:
    """Watches a browser context: requests that left ``origin`` are blocked and recorded."""

    def __init__(self, context, origin: str) -> None:
        self.origin = origin
        self.outside: list[str] = []
        self.failed: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.origin) or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def watch(self, page) -> None:
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("response", lambda r: self.failed.append(f"{r.url} (HTTP {r.status})")
                if r.status >= 400 else None)


# --------------------------------------------------------------------------- JupyterLab


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on 127.0.0.1 over a temporary copy of the notebooks; stopped afterwards."""
    _need_browser()
    tmp = tmp_path_factory.mktemp("lab")
    work = tmp / "notebooks"
    shutil.copytree(NOTEBOOKS, work,
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = tmp / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")
    port = _free_port()
    env = {**os.environ,
           "JUPYTERLAB_SETTINGS_DIR": str(tmp / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "workspaces"),
           "JUPYTER_CONFIG_DIR": str(tmp / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
           f"--port={port}", "--IdentityProvider.token=", "--ServerApp.password=",
           "--allow-root", f"--ServerApp.root_dir={work}", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--ServerApp.disable_check_xsrf=True"]
    log = (tmp / "lab.log").open("w")
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + LAB_START_TIMEOUT
        while True:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"{base}/api/status", timeout=2) as r:
                    if r.status == 200:
                        break
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("JupyterLab did not start:\n"
                                   + (tmp / "lab.log").read_text(encoding="utf-8")[-3000:])
            time.sleep(0.25)
        yield base, work
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        log.close()


class LabNotebook:
    """One notebook open in JupyterLab, in its own browser context."""

    def __init__(self, browser, base: str, filename: str) -> None:
        self.filename = filename
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(STEP_TIMEOUT)
        self.net = Network(self.context, base)
        self.page = self.context.new_page()
        self.net.watch(self.page)
        self.page.goto(f"{base}/lab/tree/{filename}?reset")  # ?reset: no restored tabs

    def run_all(self) -> None:
        """Wait for the kernel, then Run > Run All Cells (returns without waiting)."""
        self.page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
        self.page.wait_for_selector(IDLE, timeout=60_000)
        self.page.click("li.lm-MenuBar-item:has-text('Run')")
        self.page.click("li.lm-Menu-item[data-command='runmenu:run-all']")

    def wait_done(self) -> None:
        """Wait until every code cell has run and the kernel is idle again."""
        self.page.wait_for_function(
            """() => {
                const prompts = [...document.querySelectorAll(
                    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')];
                return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            }""", timeout=60_000)
        self.page.wait_for_selector(IDLE)

    def tracebacks(self) -> list[str]:
        errors = self.page.locator(
            ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ":has-text('Traceback')")
        return [errors.nth(i).inner_text()[:500] for i in range(errors.count())]


IDLE = ".jp-StatusBar-Widget .jp-StatusBar-TextItem:has-text('| Idle')"


@pytest.fixture(scope="module")
def lab_notebooks(browser, lab):
    """Lessons 02 and 04 (those that exist) opened and run in Lab, side by side.

    Opening both before waiting lets their kernels start and run at the same time.
    """
    base, work = lab
    wanted = [toc.lesson(n).filename for n in ("02", "04")]
    opened: dict[str, LabNotebook] = {}
    try:
        with Timer("JupyterLab: open lessons 02 and 04 and run all cells"):
            for name in wanted:
                if (work / name).is_file():
                    opened[name] = LabNotebook(browser, base, name)
            for nb in opened.values():
                nb.run_all()
            for nb in opened.values():
                nb.wait_done()
        yield opened
    finally:
        for nb in opened.values():
            nb.context.close()


def _choose_next_by_keyboard(page, select, step: str = "ArrowDown") -> None:
    """Pick the next option of a focused Dropdown the way a keyboard user does in Lab.

    In JupyterLab a plain ArrowDown on a focused ``<select>`` is taken by the
    notebook's command-mode shortcut (select the next cell) and moves focus away, so
    the list is opened with Alt+ArrowDown, moved with the arrow key, and closed with Enter.
    """
    select.focus()
    assert page.evaluate("document.activeElement.tagName") == "SELECT", \
        "the dropdown cannot take keyboard focus"
    page.keyboard.press("Alt+ArrowDown")
    page.keyboard.press(step)
    page.keyboard.press("Enter")


def _operate_dropdown_by_keyboard(page, label: str, watched):
    """Choose another option of the Dropdown labelled ``label``; return (before, after) text."""
    select = page.get_by_role("combobox", name=label).first
    select.scroll_into_view_if_needed()
    before_value = select.input_value()
    watched.scroll_into_view_if_needed()
    before = watched.text_content()
    _choose_next_by_keyboard(page, select)
    if select.input_value() == before_value:  # it was the last option: go up instead
        _choose_next_by_keyboard(page, select, "ArrowUp")
    assert select.input_value() != before_value, f"the keyboard did not change {label!r}"
    page.wait_for_function("([el, old]) => el.textContent !== old",
                           arg=[watched.element_handle(), before], timeout=10_000)
    return before, watched.text_content()


def test_priority_sorter_responds_to_the_keyboard_in_jupyterlab(lab_notebooks):
    path = _notebook_or_skip("04")
    nb = lab_notebooks[path.name]
    page = nb.page
    with Timer("(a) JupyterLab, lesson 04, Priority Sorter (after run all)"):
        assert not nb.tracebacks(), nb.tracebacks()
        result = page.locator(".jp-OutputArea-output .priority-result").first
        counts = page.locator(".jp-OutputArea-output .priority-counts").first
        counts.wait_for()
        # Pick another profile with the keyboard: its outcome is shown.
        _operate_dropdown_by_keyboard(page, "Profile", result)
        # Edit that profile's criminal history with the keyboard until an outcome
        # changes: the counts across all profiles must follow.
        original = counts.text_content()
        criminal = page.get_by_role("combobox", name="Criminal history").first
        options = criminal.locator("option").count()
        index = criminal.evaluate("el => el.selectedIndex")
        step = "ArrowUp" if index >= options / 2 else "ArrowDown"
        changed = False
        for _ in range(options - 1):
            _choose_next_by_keyboard(page, criminal, step)
            with contextlib.suppress(Exception):
                page.wait_for_function("([el, old]) => el.textContent !== old",
                                       arg=[counts.element_handle(), original], timeout=2_000)
            if counts.text_content() != original:
                changed = True
                break
        counts.scroll_into_view_if_needed()
        _shot(page, "a-lab-04-priority-sorter")
        assert changed, "the counts never changed while the profile's facts were edited"
        assert any(ch.isdigit() for ch in counts.text_content()), "no counts shown"
        assert not nb.net.outside, f"requests left the machine: {nb.net.outside}"


def test_directives_table_filters_by_actor_in_jupyterlab(lab_notebooks):
    path = _notebook_or_skip("02")
    nb = lab_notebooks[path.name]
    page = nb.page
    with Timer("(b) JupyterLab, lesson 02, directives table (after run all)"):
        assert not nb.tracebacks(), nb.tracebacks()
        select = page.get_by_role("combobox", name="Actor").first
        select.wait_for()
        # The table is in the output area that holds the Actor dropdown.
        area = page.locator(".jp-OutputArea").filter(
            has=page.get_by_role("combobox", name="Actor")).first
        before, after = _operate_dropdown_by_keyboard(page, "Actor", area)
        _shot(page, "b-lab-02-directives")
        assert before != after, "the table did not change when the actor changed"
        assert len(after) < len(before), "choosing one actor did not shorten the table"
        assert not nb.net.outside, f"requests left the machine: {nb.net.outside}"


# --------------------------------------------------------------------------- the site


@pytest.fixture(scope="module")
def served_site(tmp_path_factory):
    """The site built from the checkout and served on 127.0.0.1 for this module."""
    _need_browser()
    out = tmp_path_factory.mktemp("site") / "_site"
    report = site.build(out, root=SITE_ROOT)
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", report
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


WIDGETS_RENDERED = """() => {
    const views = [...document.querySelectorAll(
        'script[type="application/vnd.jupyter.widget-view+json"]')];
    const rendered = views.filter(s => s.parentElement.querySelector('.jupyter-widgets, .widget-box, [class*="widget-"]'));
    return {views: views.length, rendered: rendered.length};
}"""

CONTROLS = """() => [...document.querySelectorAll(
        '.jp-OutputArea-output select, .jp-OutputArea-output input, '
        + '.jp-OutputArea-output button, .jp-OutputArea-output textarea')]
    .filter(el => el.closest('[class*="widget-"]'))
    .map(el => ({tag: el.tagName, focusable: el.tabIndex >= 0 && !el.disabled,
                 html: el.outerHTML.slice(0, 120)}))"""


def _exception_applies(page, rule: str, target: list) -> site.A11yException | None:
    for exc in site.A11Y_EXCEPTIONS:
        if exc.rule != rule or not target or not isinstance(target[-1], str):
            continue
        if page.evaluate("([t, s]) => { const el = document.querySelector(t);"
                         " return !!el && el.matches(s); }", [target[-1], exc.selector]):
            return exc
    return None


@pytest.fixture(scope="module")
def site_visits(browser, served_site):
    """Open every page of the site once; record requests, widgets and the axe audit."""
    from axe_playwright_python.sync_playwright import Axe

    base, report = served_site
    urls = ["index.html"] + [p.url for p in report.pages]
    axe = Axe()
    visits = {}
    with Timer("(c) site: every page, requests, widgets, axe audit"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(STEP_TIMEOUT)
        net = Network(context, base)
        try:
            for url in urls:
                page = context.new_page()
                net.watch(page)
                outside_before, failed_before = len(net.outside), len(net.failed)
                page.goto(f"{base}/{url}", wait_until="load")
                views = page.evaluate(WIDGETS_RENDERED)["views"]
                if views:
                    page.wait_for_function(
                        f"() => ({WIDGETS_RENDERED})().rendered === {views}", timeout=15_000)
                widgets = page.evaluate(WIDGETS_RENDERED)
                results = axe.run(page).response
                violations, excepted = [], []
                for v in results["violations"]:
                    for node in v["nodes"]:
                        item = {"rule": v["id"], "impact": node.get("impact") or v["impact"],
                                "target": node["target"], "html": node["html"][:200],
                                "help": v["help"]}
                        exc = _exception_applies(page, v["id"], node["target"])
                        (excepted if exc else violations).append(item)
                visits[url] = {
                    "outside": net.outside[outside_before:],
                    "failed": net.failed[failed_before:],
                    "widgets": widgets,
                    "controls": page.evaluate(CONTROLS),
                    "violations": violations,
                    "excepted": excepted,
                    "images_without_alt": page.evaluate(
                        "() => [...document.querySelectorAll('main img')].filter(i => "
                        "!i.alt.trim() || i.alt === 'No description has been provided for "
                        "this image').length"),
                    "headings": page.evaluate(
                        "() => [...document.querySelectorAll('main h1, main h2, main h3, "
                        "main h4, main h5, main h6')].map(h => Number(h.tagName[1]))"),
                }
                safe = url.replace("/", "_").removesuffix(".html")
                _shot(page, f"c-site-{safe}")
                page.close()
            # One lesson as a printed handout.
            lessons = [p for p in report.pages if p.kind == "lesson"]
            if lessons:
                page = context.new_page()
                page.emulate_media(media="print")
                page.goto(f"{base}/{lessons[0].url}", wait_until="load")
                visits["__print__"] = page.evaluate(
                    "() => getComputedStyle(document.querySelector('.course-nav')).display")
                _shot(page, "c-site-print-" + lessons[0].url.split("/")[-1][:-5], full_page=True)
                page.close()
        finally:
            context.close()
    summary = {}
    for u, v in _pages(visits).items():
        serious = sum(x["impact"] in SERIOUS for x in v["violations"])
        other = sorted({f'{x["rule"]} ({x["impact"]})' for x in v["violations"]
                        if x["impact"] not in SERIOUS})
        summary[u] = {"critical+serious": serious, "excepted": len(v["excepted"]), "other": other}
    print("\n[browser] axe audit per page: " + json.dumps(summary, indent=1))
    return visits


def _pages(visits: dict) -> dict:
    return {u: v for u, v in visits.items() if u != "__print__"}


def test_site_pages_load_nothing_from_outside_the_site(site_visits):
    for url, visit in _pages(site_visits).items():
        assert not visit["outside"], f"{url} requested outside the site: {visit['outside']}"
        assert not visit["failed"], f"{url} had failed requests: {visit['failed']}"


def test_site_widgets_render_from_saved_state(site_visits):
    for url, visit in _pages(site_visits).items():
        w = visit["widgets"]
        assert w["rendered"] == w["views"], f"{url}: {w['rendered']} of {w['views']} widgets rendered"


def test_site_widget_controls_are_reachable_by_keyboard(site_visits):
    for url, visit in _pages(site_visits).items():
        stuck = [c["html"] for c in visit["controls"] if not c["focusable"]]
        assert not stuck, f"{url}: widget controls that the keyboard cannot reach: {stuck}"


def test_site_pages_have_no_serious_accessibility_violations(site_visits):
    problems = {url: [(v["rule"], v["impact"], v["target"], v["html"]) for v in visit["violations"]
                      if v["impact"] in SERIOUS]
                for url, visit in _pages(site_visits).items()}
    problems = {u: p for u, p in problems.items() if p}
    assert not problems, "axe-core found critical or serious violations:\n" + json.dumps(
        problems, indent=1)


def test_site_figures_have_alt_text_and_headings_go_in_order(site_visits):
    for url, visit in _pages(site_visits).items():
        assert visit["images_without_alt"] == 0, f"{url}: images without alt text"
        levels = visit["headings"]
        assert not levels or levels[0] == 1, f"{url}: the first heading is not an h1: {levels}"
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not skips, f"{url}: heading levels skip: {skips}"


def test_site_prints_without_navigation(site_visits):
    if "__print__" not in site_visits:
        pytest.skip("no lesson notebook exists yet")
    assert site_visits["__print__"] == "none"


def test_site_exceptions_are_narrow_and_documented():
    for exc in site.A11Y_EXCEPTIONS:
        assert exc.rule and exc.reason and exc.upstream.startswith("https://"), exc
        assert exc.selector.strip() not in ("", "*", "body", "html", "main"), exc
