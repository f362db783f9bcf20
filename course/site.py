"""``course site``: build the static course site, which works offline.

The site holds every lesson in the table of contents whose notebook exists, every
student edition (``exercises/*/student.ipynb``) and the teacher notes
(``teachers/*.md``), plus an index page with the lesson table. Notebooks are
converted in one batch, in this process, by nbconvert's ``HTMLExporter`` with the
course template (``course/templates/course_lab``, which extends nbconvert's ``lab``
template). On the site:

* every page has a skip link, navigation (home, previous, next), a link that opens
  the same notebook on Binder, and a print stylesheet (``static/course.css``);
* figures carry their alt text (``output.metadata["image/png"]["alt"]``);
* cells tagged ``remove-input`` show only their outputs;
* a code cell that calls ``check("lNN-k", ...)`` becomes the question, with its
  explanation folded in a ``<details>`` element;
* widgets render from their saved state through a self-hosted copy of
  ``@jupyter-widgets/html-manager`` and RequireJS (the *vendor* step installs both
  from npm into ``.cache/vendor`` and copies the files the pages need);
* no page loads anything from outside the site: no CDN, no MathJax, no Mermaid.

The accessibility audit (``tests/test_browser.py``) runs axe-core on every page.
Violations inside third-party markup that the course cannot change are listed, each
narrowly, in :data:`A11Y_EXCEPTIONS`; that is the only place an exception may live.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course import toc
from course._display import esc
from course._paths import PACKAGE_DIR, repo_root

TEMPLATE_DIR = PACKAGE_DIR / "templates"
TEMPLATE_NAME = "course_lab"
SITE_TITLE = "EO 13768: a civics course"
DEFAULT_OUT = Path("_site")
DEFAULT_CACHE = Path(".cache") / "vendor"

#: The npm packages the pages need, pinned; installed with ``npm install --no-save``.
VENDOR_PACKAGES = {"@jupyter-widgets/html-manager": "1.0.15", "requirejs": "2.3.8"}
#: Where the vendored files go inside the site, and the files the pages load from there.
VENDOR_SUBDIR = "static/vendor"
WIDGET_RENDERER = "embed-amd.js"
REQUIRE_JS = "require.js"
_FONT_SUFFIXES = (".woff2", ".woff", ".ttf", ".eot", ".svg")

#: An in-lesson check call: ``check("l04-2", answer)`` (also ``checks.check(...)``).
CHECK_CALL = re.compile(r"""\bcheck\(\s*["'](l\d{2}-\d+)["']""")


@dataclass(frozen=True)
class A11yException:
    """One accepted accessibility violation in third-party markup.

    It applies only to ``rule`` on elements matching ``selector``; it needs a reason
    and the upstream issue where it is tracked.
    """

    rule: str
    selector: str
    reason: str
    upstream: str


#: The one list of accepted accessibility violations (see tests/test_browser.py).
#: Each entry is one axe rule on one narrow selector in markup we do not produce.
A11Y_EXCEPTIONS: tuple[A11yException, ...] = ()


@dataclass
class Page:
    """One page of the site: where it comes from, where it goes, how to reach it."""

    kind: str  # "lesson", "exercise" or "teacher"
    source: Path  # absolute path of the notebook or Markdown file
    url: str  # path of the page inside the site, e.g. "lessons/04-x.html"
    title: str
    repo_path: str  # the source's path inside the repository (for Binder)
    lesson: toc.Lesson | None = None
    prev: Page | None = field(default=None, repr=False)
    next: Page | None = field(default=None, repr=False)


@dataclass
class BuildReport:
    """What a build wrote, how long it took and what it noticed."""

    out: Path
    pages: list[Page]
    seconds: float
    warnings: list[str]


# --------------------------------------------------------------------------- helpers


def _rel(from_url: str, to_url: str) -> str:
    """A relative link from one site page to another.

    >>> _rel("lessons/01-a.html", "index.html")
    '../index.html'
    >>> _rel("index.html", "lessons/01-a.html")
    'lessons/01-a.html'
    """
    depth = from_url.count("/")
    return "../" * depth + to_url


def binder_url(repo_path: str) -> str:
    """The Binder link that opens ``repo_path`` in JupyterLab (see :mod:`course.links`).

    >>> binder_url("notebooks/00-start-here.ipynb").endswith("00-start-here.ipynb")
    True
    """
    from course import links

    return links.binder_url(repo_path)


def _nb_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _md_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


# --------------------------------------------------------------------------- pages


def collect_pages(root: Path) -> list[Page]:
    """Every page the site will have, in reading order: lessons, exercises, teacher notes."""
    pages: list[Page] = []
    for entry in toc.lessons():
        path = root / "notebooks" / entry.filename
        if path.is_file():
            pages.append(Page("lesson", path, f"lessons/{entry.stem}.html",
                              f"{entry.number}. {entry.title}", f"notebooks/{entry.filename}",
                              lesson=entry))
    lessons = [p for p in pages if p.kind == "lesson"]
    for before, after in zip(lessons, lessons[1:], strict=False):
        before.next, after.prev = after, before
    for path in sorted((root / "exercises").glob("*/student.ipynb")):
        name = path.parent.name
        nb = nbformat.read(path, as_version=4)
        pages.append(Page("exercise", path, f"exercises/{name}.html",
                          _nb_title(nb, f"Exercise {name}"),
                          path.relative_to(root).as_posix()))
    for path in sorted((root / "teachers").glob("*.md")):
        pages.append(Page("teacher", path, f"teachers/{path.stem}.html",
                          _md_title(path.read_text(encoding="utf-8"), path.stem),
                          path.relative_to(root).as_posix()))
    return pages


def _nav(page: Page) -> str:
    """The navigation bar of a page: home, previous and next lesson, Binder."""
    items = [f'<li><a href="{_rel(page.url, "index.html")}">Home: all lessons</a></li>']
    if page.prev is not None:
        items.append(f'<li><a rel="prev" href="{_rel(page.url, page.prev.url)}">'
                     f"Previous: {esc(page.prev.title)}</a></li>")
    if page.next is not None:
        items.append(f'<li><a rel="next" href="{_rel(page.url, page.next.url)}">'
                     f"Next: {esc(page.next.title)}</a></li>")
    if page.kind == "lesson":
        items.append('<li><a href="#Sources">Sources</a></li>')
    if page.kind != "teacher":
        items.append(f'<li><a class="binder-link" href="{esc(binder_url(page.repo_path))}">'
                     "Open this notebook on Binder (runs in your browser)</a></li>")
    return (f'<p class="site-title"><a href="{_rel(page.url, "index.html")}">{esc(SITE_TITLE)}</a></p>'
            f'<nav class="course-nav" aria-label="Course">\n<ul>{"".join(items)}</ul>\n</nav>')


def _footer(page: Page | None) -> str:
    date = ""
    if page is not None and page.lesson is not None:
        date = f" Facts checked as of {esc(page.lesson.as_of_text)}."
    return (f"<p>{esc(SITE_TITLE)}. This course explains the law; it is not legal advice.{date} "
            "Every claim cites the course's source registry.</p>")


# --------------------------------------------------------------------------- checks


def question_html(question_id: str) -> tuple[str, str]:
    """A check as a static question: the prompt, the options and a folded explanation.

    Returns ``(html, text)``.
    """
    from course import checks

    q = checks.question(question_id)
    explanation = q.explanation or q.solution or "Discuss your answer with your class."
    parts = [f'<section class="course-check" aria-labelledby="check-{esc(q.id)}">',
             f'<p id="check-{esc(q.id)}" class="course-check-prompt"><strong>Check your '
             f"understanding ({esc(q.id)}).</strong> {esc(q.prompt)}</p>"]
    text = [f"Check your understanding ({q.id}). {q.prompt}"]
    options = getattr(q, "options", ())
    if options:
        parts.append('<ol type="a" class="course-check-options">'
                     + "".join(f"<li>{esc(o)}</li>" for o in options) + "</ol>")
        text += [f"  ({'abcdefghij'[i]}) {o}" for i, o in enumerate(options)]
        answer = getattr(q, "answer", "")
        if answer:
            explanation = f"The answer is ({answer}). {explanation}"
    cited = f" [{'; '.join(q.sources)}]" if q.sources else ""
    parts.append(f"<details><summary>Show the explanation</summary><p>{esc(explanation)}"
                 f"{esc(cited)}</p></details>")
    parts.append(f'<p class="course-check-run"><small>In JupyterLab, check your own answer with '
                 f'<code>check("{esc(q.id)}", your_answer)</code>.</small></p></section>')
    text.append(f"Explanation: {explanation}{cited}")
    return "".join(parts), "\n".join(text)


def render_checks(nb: nbformat.NotebookNode, warnings: list[str], where: str) -> int:
    """Replace every code cell that calls ``check("lNN-k", ...)`` by the question(s).

    The cell keeps its place; its input is hidden and its outputs become the
    questions with collapsible explanations. Returns the number of cells changed.
    """
    changed = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        ids = CHECK_CALL.findall(cell.source)
        if not ids:
            continue
        outputs = []
        try:
            for qid in dict.fromkeys(ids):
                html_text, plain = question_html(qid)
                outputs.append(nbformat.v4.new_output(
                    "display_data", data={"text/html": html_text, "text/plain": plain}))
        except KeyError as exc:
            warnings.append(f"{where}, cell {index}: {exc.args[0] if exc.args else exc}; "
                            "left as code")
            continue
        cell.outputs = outputs
        tags = list(cell.metadata.get("tags", []))
        cell.metadata["tags"] = [*tags, "remove-input"] if "remove-input" not in tags else tags
        changed += 1
    return changed


def figures_without_alt(nb: nbformat.NotebookNode) -> list[int]:
    """Indexes of code cells with an image output that has no alt text.

    nbconvert fills a missing alt with "No description has been provided for this
    image", which hides the defect from an audit, so the build looks for it here.
    """
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" not in data and "image/jpeg" not in data:
                continue
            meta = output.get("metadata", {})
            alts = [(meta.get(kind) or {}).get("alt") for kind in ("image/png", "image/jpeg")]
            plain = data.get("text/plain", "")
            plain = "".join(plain) if isinstance(plain, list) else plain
            if not any(alts) and not plain.startswith("Figure: "):
                found.append(index)
    return found


# --------------------------------------------------------------------------- links


def _rewrite_links(markup: str, page: Page, pages: list[Page]) -> str:
    """Point links to notebooks and teacher notes at their pages on the site."""
    targets = {p.source.name: p for p in pages if p.kind != "exercise"}
    targets.update({f"{p.source.parent.name}/student.ipynb": p for p in pages
                    if p.kind == "exercise"})

    def swap(match: re.Match) -> str:
        href = html.unescape(match.group(2))
        if "://" in href or href.startswith("#"):
            return match.group(0)
        path, _, anchor = href.partition("#")
        for key, target in targets.items():
            if path == key or path.endswith("/" + key):
                new = _rel(page.url, target.url) + (f"#{anchor}" if anchor else "")
                return f'{match.group(1)}"{esc(new)}"'
        return match.group(0)

    return re.sub(r'(<a\s[^>]*?href=)"([^"]+)"', swap, markup)


# --------------------------------------------------------------------------- vendor


def _installed_version(node_modules: Path, package: str) -> str | None:
    meta = node_modules / package / "package.json"
    if not meta.is_file():
        return None
    return json.loads(meta.read_text(encoding="utf-8")).get("version")


def vendor_command(cache: Path) -> list[str]:
    """The npm command the vendor step runs (no lock file, nothing saved).

    >>> vendor_command(Path(".cache/vendor"))[:4]
    ['npm', 'install', '--no-save', '--no-package-lock']
    """
    specs = [f"{name}@{version}" for name, version in VENDOR_PACKAGES.items()]
    return ["npm", "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
            "--prefix", str(cache), *specs]


def vendor(cache: Path = DEFAULT_CACHE, force: bool = False) -> Path:
    """Install the widget renderer and RequireJS into ``cache`` unless already there.

    Returns the ``node_modules`` folder. Raises ``RuntimeError`` when npm is missing
    or fails; the site cannot render widgets without these files.
    """
    node_modules = cache / "node_modules"
    wanted = all(_installed_version(node_modules, n) == v for n, v in VENDOR_PACKAGES.items())
    if wanted and not force:
        return node_modules
    if shutil.which("npm") is None:
        raise RuntimeError("The site needs npm to fetch the widget renderer "
                           "(apt-get install -y npm), or a filled .cache/vendor.")
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(vendor_command(cache), capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"npm install failed:\n{done.stderr[-2000:]}")
    return node_modules


def copy_vendor(node_modules: Path, out: Path) -> list[Path]:
    """Copy the files the pages load (renderer, its fonts, RequireJS) into the site."""
    dest = out / VENDOR_SUBDIR
    dest.mkdir(parents=True, exist_ok=True)
    dist = node_modules / "@jupyter-widgets" / "html-manager" / "dist"
    files = [dist / WIDGET_RENDERER, node_modules / "requirejs" / REQUIRE_JS]
    files += sorted(p for p in dist.iterdir() if p.suffix in _FONT_SUFFIXES)
    for name in ("LICENSE", "LICENSE.txt"):
        for pkg in (node_modules / "@jupyter-widgets" / "html-manager", node_modules / "requirejs"):
            if (pkg / name).is_file():
                shutil.copyfile(pkg / name, dest / f"{pkg.name}-{name}")
    for path in files:
        shutil.copyfile(path, dest / path.name)
    return files


# --------------------------------------------------------------------------- build


def _exporter():
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_input_tags = {"remove-input"}
    exporter = HTMLExporter(config=config, template_name=TEMPLATE_NAME,
                            extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.mathjax_url = ""
    return exporter


def _clear(out: Path) -> None:
    """Empty ``out`` for a fresh build, refusing to delete a folder that is not a site."""
    if out.exists():
        is_site = (out / "index.html").is_file() and (out / "static" / "course.css").is_file()
        if not is_site and any(out.iterdir()):
            raise ValueError(f"{out} exists and is not a course site; choose an empty folder.")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _simple_page(page: Page | None, url: str, title: str, body: str, css_url: str) -> str:
    """A page that is not a notebook (the index, teacher notes) in the same frame."""
    nav = _nav(page) if page is not None else (
        f'<p class="site-title"><a href="index.html" aria-current="page">{esc(SITE_TITLE)}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{css_url}">
</head>
<body class="course-page course-simple">
<a class="skip-link" href="#content">Skip to the content</a>
<header class="course-header">
{nav}
</header>
<main id="content">
{body}
</main>
<footer class="course-footer">
{_footer(page)}
</footer>
</body>
</html>
"""


def _index_body(pages: list[Page]) -> str:
    rows = []
    for page in pages:
        if page.kind != "lesson":
            continue
        entry = page.lesson
        sections = ", ".join(str(s) for s in entry.sections) or "all (overview)"
        rows.append(
            f'<tr><th scope="row">{esc(entry.number)}</th>'
            f'<td><a href="{page.url}">{esc(entry.title)}</a></td>'
            f"<td>{esc(sections)}</td><td>{esc(entry.summary)}</td>"
            f"<td>{esc(entry.as_of_text)}</td></tr>")
    parts = [
        f"<h1>{esc(SITE_TITLE)}</h1>",
        "<p>A nonpartisan course on U.S. Executive Order 13768, \u201cEnhancing Public Safety "
        "in the Interior of the United States\u201d (January 25, 2017). Each lesson reads the "
        "official text first. These pages show the lessons as saved; open a lesson on Binder "
        "to run it. This course explains the law; it is not legal advice.</p>",
        "<h2 id=\"lessons\">Lessons</h2>",
        '<div class="table-wrap"><table class="lesson-table">'
        "<caption>The lessons in order, with the sections of the order each covers</caption>"
        '<thead><tr><th scope="col">No.</th><th scope="col">Lesson</th>'
        '<th scope="col">Sections of the order</th><th scope="col">What it covers</th>'
        '<th scope="col">Facts as of</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>",
    ]
    exercises = [p for p in pages if p.kind == "exercise"]
    if exercises:
        parts.append('<h2 id="exercises">Problem sets (student editions)</h2><ul>'
                     + "".join(f'<li><a href="{p.url}">{esc(p.title)}</a></li>' for p in exercises)
                     + "</ul>")
    teachers = [p for p in pages if p.kind == "teacher"]
    if teachers:
        parts.append('<h2 id="teachers">For teachers</h2><ul>'
                     + "".join(f'<li><a href="{p.url}">{esc(p.title)}</a></li>' for p in teachers)
                     + "</ul>")
    return "\n".join(parts)


def _markdown(text: str) -> str:
    import mistune

    render = mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "footnotes"])
    return render(text)


def build(out: Path = DEFAULT_OUT, root: Path | None = None, cache: Path | None = None,
          with_vendor: bool = True) -> BuildReport:
    """Build the site into ``out`` and return what was written.

    ``with_vendor=False`` skips the npm step and the copy of the widget renderer
    (for quick unit tests); the pages still point at ``static/vendor/``.
    """
    start = time.perf_counter()
    root = Path(root) if root is not None else (repo_root() or Path.cwd())
    cache = Path(cache) if cache is not None else root / DEFAULT_CACHE
    out = Path(out)
    warnings: list[str] = []
    pages = collect_pages(root)
    _clear(out)
    _write(out / "static" / "course.css", (TEMPLATE_DIR / "course.css").read_text(encoding="utf-8"))
    if with_vendor:
        copy_vendor(vendor(cache), out)

    exporter = _exporter()
    for page in pages:
        css_url = _rel(page.url, "static/course.css")
        if page.kind == "teacher":
            text = page.source.read_text(encoding="utf-8")
            body = _rewrite_links(_markdown(text), page, pages)
            _write(out / page.url, _simple_page(page, page.url, f"{page.title} | {SITE_TITLE}",
                                                f'<article class="teacher-notes">{body}</article>',
                                                css_url))
            continue
        nb = nbformat.read(page.source, as_version=4)
        render_checks(nb, warnings, page.repo_path)
        warnings += [f"{page.repo_path}, cell {i}: a figure without alt text"
                     for i in figures_without_alt(nb)]
        nb.metadata["title"] = f"{page.title} | {SITE_TITLE}"
        vendor_url = _rel(page.url, VENDOR_SUBDIR)
        resources = {
            "metadata": {"name": page.source.stem, "path": str(page.source.parent)},
            "course": {"nav": _nav(page), "footer": _footer(page), "css_url": css_url,
                       "description": page.lesson.summary if page.lesson else page.title},
        }
        exporter.widget_renderer_url = f"{vendor_url}/{WIDGET_RENDERER}"
        exporter.require_js_url = f"{vendor_url}/{REQUIRE_JS}"
        body, _ = exporter.from_notebook_node(nb, resources=resources)
        _write(out / page.url, _rewrite_links(body, page, pages))

    _write(out / "index.html", _simple_page(None, "index.html", SITE_TITLE, _index_body(pages),
                                            "static/course.css"))
    return BuildReport(out, pages, time.perf_counter() - start, warnings)


# --------------------------------------------------------------------------- CLI


def _run(args: argparse.Namespace) -> int:
    cache = args.cache
    if args.vendor:
        node_modules = vendor(cache or DEFAULT_CACHE, force=True)
        print(f"vendored {', '.join(f'{n}@{v}' for n, v in VENDOR_PACKAGES.items())} "
              f"into {node_modules}")
        return 0
    try:
        report = build(args.out, cache=cache)
    except RuntimeError as exc:
        print(f"course site: {exc}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    counts = {kind: sum(p.kind == kind for p in report.pages)
              for kind in ("lesson", "exercise", "teacher")}
    print(f"built {report.out}/ in {report.seconds:.1f} s: {counts['lesson']} lessons, "
          f"{counts['exercise']} student editions, {counts['teacher']} teacher notes "
          f"(open {report.out}/index.html)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("site", help="build the static course site (works offline)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help=f"folder to write the site into; replaced (default {DEFAULT_OUT}/)")
    p.add_argument("--vendor", action="store_true",
                   help="only (re)install the widget renderer and RequireJS from npm into the "
                        "cache; a build does this by itself when the cache is empty")
    p.add_argument("--cache", type=Path, default=None,
                   help=f"npm cache for the vendored files (default {DEFAULT_CACHE}/)")
    p.set_defaults(func=_run)
