"""The glossary: exact quotations, real sources, forgiving lookup, a widget that follows its controls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from course import glossary as G
from course import order, sources

STATUTES = Path(__file__).resolve().parents[2] / "shared" / "research" / "statutes.md"

# Which registry entry each legal citation must point to (a fragment of its address).
AUTHORITY = {
    "8 U.S.C. 1101": "uscode/text/8/1101", "8 U.S.C. 1182": "uscode/text/8/1182",
    "8 U.S.C. 1225": "uscode/text/8/1225", "8 U.S.C. 1227": "uscode/text/8/1227",
    "INA 240(e)": "uscode/text/8/1229a", "8 U.S.C. 1373": "uscode/text/8/1373",
    "8 U.S.C. 1253": "243d", "5 U.S.C. 3331": "uscode/text/5/3331",
    "5 U.S.C. 552a": "uscode/text/5/552a", "U.S. Const. art. II": "article-2",
    "U.S. Const. art. I, sec. 9": "section-9/clause-7", "U.S. Const. amend. X": "HMAN-115", "8 C.F.R. 287.7": "287.7",
    "8 C.F.R. 241.1": "241.1", "INA 287(g)": "uscode/text/8/1357",
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def test_every_source_id_is_in_the_registry():
    for e in G.ENTRIES:
        for sid in e.sources:
            sources.get(sid, where=f"glossary: {e.term}")
    for u in G.USAGE:
        for sid in u.sources:
            sources.get(sid, where=f"glossary usage: {u.word}")


@pytest.mark.parametrize("entry", [e for e in G.ENTRIES if e.quote], ids=lambda e: e.term)
def test_each_quotation_cites_the_registry_entry_of_its_authority(entry):
    for cite, fragment in AUTHORITY.items():
        if entry.quote_cite.startswith(cite):
            urls = [sources.get(sid).url for sid in entry.sources]
            assert any(fragment in url for url in urls), (entry.term, urls)
            return
    assert entry.quote_cite.startswith(("EO 13768", "82 FR", "DHS memorandum")), entry.quote_cite
    if entry.quote_cite.startswith(("EO 13768", "82 FR")):
        assert order.OFFICIAL_SOURCE in entry.sources


@pytest.mark.skipif(not STATUTES.is_file(), reason="the research notes are not beside this checkout")
@pytest.mark.parametrize("entry", [e for e in G.ENTRIES if e.quote and not e.quote_cite.startswith(
    ("EO 13768", "82 FR"))], ids=lambda e: e.term)
def test_statutory_quotations_are_exactly_as_in_the_research_notes(entry):
    assert _flat(entry.quote) in _flat(STATUTES.read_text(encoding="utf-8")), entry.term


@pytest.mark.parametrize("entry", [e for e in G.ENTRIES if e.quote_cite.startswith(("EO 13768", "82 FR"))],
                         ids=lambda e: e.term)
def test_quotations_of_the_order_are_exact(entry):
    assert _flat(entry.quote) in _flat(order.official_text())


def test_the_statute_defines_alien_and_the_order_adopts_it():
    assert G.lookup("alien").entry.quote == (
        "The term 'alien' means any person not a citizen or national of the United States.")
    assert "section 1101 of title 8" in order.section(3).body


def test_every_term_has_three_levels_and_distinct_plain_and_standard_text():
    for e in G.ENTRIES:
        assert e.plain and e.standard and e.legal, e.term
        assert e.plain != e.standard, e.term


def test_the_brief_s_core_terms_are_all_present():
    for term in ("alien", "removable", "inadmissible", "deportable", "final order of removal",
                 "detainer", "287(g) agreement", "sanctuary jurisdiction", "expedited removal"):
        assert G.lookup(term).entry.term == term


@pytest.mark.parametrize("query, expected", [
    ("ALIEN", "alien"), ("  removable. ", "removable"), ("removabel", "removable"),
    ("inadmisible", "inadmissible"), ("287g", "287(g) agreement"), ("green card", "lawful permanent resident"),
    ("sanctuary", "sanctuary jurisdiction"), ("Deportation", "removal"), ("detainr", "detainer"),
])
def test_lookup_tolerates_case_punctuation_aliases_and_typos(query, expected):
    assert G.lookup(query).entry.term == expected


@pytest.mark.parametrize("query", [None, "", "   ", 42, 3.5, ["alien"], object(), "zzzzqqq", "é∑´"])
def test_lookup_and_define_never_raise_on_odd_input(query):
    found = G.lookup(query)
    assert isinstance(found.message, str)
    assert G.define(query, "legal").text
    assert G.define("alien", query).text.startswith("alien (plain words)")


def test_an_unknown_word_gets_a_friendly_message_with_suggestions():
    found = G.lookup("removeable alien status")
    assert found.entry is not None or "not in this glossary" in found.message
    assert "not in this glossary" in G.lookup("photosynthesis").message


def test_where_the_order_uses_a_term_is_computed_from_the_official_text():
    assert G.used_in(G.lookup("287(g)").entry) == (8,)
    assert 3 not in G.used_in(G.lookup("alien").entry)
    assert G.used_in(G.lookup("noncitizen").entry) == ()
    assert not re.search(r"\bnoncitizens?\b", order.official_text())


def test_the_usage_table_attributes_every_word_and_never_says_which_is_right():
    text = G.usage_table().text
    for word in ("alien", "noncitizen", "undocumented", "illegal"):
        assert f'"{word}"' in text
    assert not re.search(r"\b(correct|should use|better word|wrong)\b", text, re.I)


def test_the_johnson_memo_title_is_quoted_as_the_research_gives_it():
    (row,) = [u for u in G.USAGE if u.sources == ("S178",)]
    assert "Policies for the Apprehension, Detention and Removal of Undocumented Immigrants" in row.example


def test_the_static_glossary_lists_every_term():
    text = G.glossary_table().text
    assert all(f"- {e.term}:" in text for e in G.ENTRIES)


def test_the_widget_is_labelled_and_follows_the_term_and_level_controls():
    box = G.widget()
    assert box.term.description == "Term" and box.level.description == "Level"
    first = box.output.value
    box.term.value = "detainr"
    assert box.output.value != first and "detainer" in box.output.value
    plain = box.output.value
    box.level.value = "legal"
    assert box.output.value != plain and "287.7" in box.output.value
    box.term.value = "nonsense words"
    assert "not in this glossary" in box.output.value
    box.term.value = ""
    assert "Type a term" in box.output.value


def test_lesson_03_cites_every_source_its_glossary_shows():
    from conftest import NOTEBOOKS

    path = NOTEBOOKS / "03-words-and-definitions.ipynb"
    if not path.is_file():
        pytest.skip("lesson 03 is not in this checkout")
    cited = set(sources.notebook_citations(path))
    shown = {sid for e in G.ENTRIES for sid in e.sources} | {sid for u in G.USAGE for sid in u.sources}
    assert shown - cited == set()
