"""``course link`` and the Binder helpers: addresses come from pyproject.toml and are encoded right."""

from __future__ import annotations

import re
import tomllib
from urllib.parse import parse_qs, urlparse

import pytest

from conftest import ROOT
from course import cli, links


def test_the_repository_address_comes_from_pyproject():
    with (ROOT / "pyproject.toml").open("rb") as fh:
        expected = tomllib.load(fh)["project"]["urls"]["Repository"]
    assert links.repository_url() == expected.rstrip("/")


def test_an_nbgitpuller_link_round_trips_its_parameters():
    url = links.nbgitpuller_url("https://hub.example.edu/", links.exercise_path("04"))
    parsed = urlparse(url)
    assert parsed.netloc == "hub.example.edu" and parsed.path == "/hub/user-redirect/git-pull"
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    _, name = links.owner_repo()
    assert query == {"repo": links.repository_url(), "branch": "main",
                     "urlpath": f"lab/tree/{name}/exercises/04-enforcement-priorities/student.ipynb"}
    assert "/" not in parsed.query.split("repo=")[1].split("&")[0]  # fully percent-encoded


def test_a_hub_address_without_a_scheme_is_refused():
    with pytest.raises(ValueError, match="https://"):
        links.nbgitpuller_url("hub.example.edu")


def test_binder_links_and_badge_point_at_the_repository():
    owner, name = links.owner_repo()
    assert links.binder_url("notebooks/00-start-here.ipynb") == (
        f"https://mybinder.org/v2/gh/{owner}/{name}/main?urlpath=lab/tree/notebooks/00-start-here.ipynb")
    assert links.binder_badge().endswith(f"(https://mybinder.org/v2/gh/{owner}/{name}/main)")


def test_the_cli_prints_a_lesson_link(capsys):
    assert cli.main(["link", "--hub", "https://hub.example.edu", "--lesson", "01"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("https://hub.example.edu/hub/user-redirect/git-pull?repo=")
    assert "01-what-is-an-executive-order.ipynb" in out


def test_the_jupyterhub_guide_holds_valid_yaml_with_an_image_and_jupyterlab():
    import yaml

    text = (ROOT / "docs" / "jupyterhub.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert blocks
    config = yaml.safe_load(blocks[0])
    assert config["singleuser"]["image"]["name"] and config["singleuser"]["defaultUrl"] == "/lab"
    assert "nbgitpuller" in text and "binder/requirements.txt" in text
