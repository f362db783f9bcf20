"""Links that open the course on a JupyterHub (nbgitpuller) or on Binder.

The repository's address has one home: ``[project.urls] Repository`` in
``pyproject.toml``. In a checkout it is read from that file with :mod:`tomllib`;
in an installed package, from the package metadata (``Project-URL``).

``course link --hub https://hub.example.edu --lesson 04`` prints a link that, when
a student opens it, clones (or updates) the course into their hub home and opens
lesson 04 in JupyterLab.
"""

from __future__ import annotations

import argparse
import functools
import tomllib
from urllib.parse import quote, urlencode, urlparse

from course._paths import repo_root

DISTRIBUTION = "eo13768-course"
BRANCH = "main"


@functools.cache
def repository_url() -> str:
    """The public repository's address (``https://github.com/OWNER/REPO``).

    >>> repository_url().startswith("https://github.com/")
    True
    """
    root = repo_root()
    if root is not None:
        with (root / "pyproject.toml").open("rb") as fh:
            urls = tomllib.load(fh).get("project", {}).get("urls", {})
        if "Repository" in urls:
            return urls["Repository"].rstrip("/")
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        entries = metadata(DISTRIBUTION).get_all("Project-URL") or []
    except PackageNotFoundError:
        entries = []
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository":
            return url.strip().rstrip("/")
    raise LookupError("No [project.urls] Repository setting found in pyproject.toml or the "
                      "installed package's metadata.")


def owner_repo(url: str | None = None) -> tuple[str, str]:
    """``("OWNER", "REPO")`` from a GitHub address.

    >>> owner_repo("https://github.com/a/b.git")
    ('a', 'b')
    """
    parts = urlparse(url or repository_url()).path.strip("/").split("/")
    if len(parts) < 2:
        raise ValueError(f"Not a repository address: {url!r}")
    return parts[0], parts[1].removesuffix(".git")


def lesson_path(number: str) -> str:
    """The repository path of a lesson notebook (``notebooks/04-....ipynb``)."""
    from course import toc

    return f"notebooks/{toc.lesson(number).filename}"


def exercise_path(number: str) -> str:
    """The repository path of a problem set's student edition."""
    from course import toc

    return f"exercises/{toc.lesson(number).stem}/student.ipynb"


def nbgitpuller_url(hub: str, path: str = "", *, branch: str = BRANCH, repo: str | None = None) -> str:
    """An nbgitpuller link: clone or update the repository on ``hub`` and open ``path`` in JupyterLab.

    >>> nbgitpuller_url("https://hub.example.edu/", "notebooks/x.ipynb", repo="https://github.com/o/r")
    'https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fo%2Fr&urlpath=lab%2Ftree%2Fr%2Fnotebooks%2Fx.ipynb&branch=main'
    """
    repo = repo or repository_url()
    parsed = urlparse(hub)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"The hub address must start with https:// (got {hub!r}).")
    _, name = owner_repo(repo)
    urlpath = f"lab/tree/{name}" + (f"/{path.lstrip('/')}" if path else "")
    query = urlencode({"repo": repo, "urlpath": urlpath, "branch": branch}, quote_via=quote, safe="")
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def binder_url(path: str = "", *, branch: str = BRANCH, repo: str | None = None) -> str:
    """A mybinder.org link that opens ``path`` in JupyterLab.

    >>> binder_url("notebooks/x.ipynb", repo="https://github.com/o/r")
    'https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/notebooks/x.ipynb'
    """
    owner, name = owner_repo(repo)
    url = f"https://mybinder.org/v2/gh/{owner}/{name}/{branch}"
    return url + (f"?urlpath=lab/tree/{quote(path.lstrip('/'))}" if path else "")


def binder_badge(path: str = "", *, repo: str | None = None) -> str:
    """A Markdown "launch binder" badge.

    >>> binder_badge(repo="https://github.com/o/r")
    '[![Launch on Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/o/r/main)'
    """
    return f"[![Launch on Binder](https://mybinder.org/badge_logo.svg)]({binder_url(path, repo=repo)})"


def _run(args: argparse.Namespace) -> int:
    if args.lesson:
        path = lesson_path(args.lesson)
    elif args.exercise:
        path = exercise_path(args.exercise)
    else:
        path = ""
    print(binder_url(path) if args.binder else nbgitpuller_url(args.hub, path))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("link", help="print an nbgitpuller (JupyterHub) or Binder link")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--hub", help="your JupyterHub's address, e.g. https://hub.example.edu")
    target.add_argument("--binder", action="store_true", help="a mybinder.org link instead")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--lesson", metavar="NN", help="open this lesson")
    which.add_argument("--exercise", metavar="NN", help="open this problem set (student edition)")
    p.set_defaults(func=_run)
