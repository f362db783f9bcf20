"""The order as structured data: parsing, citations, display and the adaptation's differences."""

from __future__ import annotations

import re

import pytest

from course import order


def test_joining_the_parts_reproduces_the_file_byte_for_byte():
    assert "".join(p.text for p in order.parts()) == order.official_text()


def test_the_official_text_runs_from_the_heading_to_the_date():
    text = order.official_text()
    assert text.startswith("Executive Order 13768 of January 25, 2017\n")
    assert text.endswith("THE WHITE HOUSE,\n\nJanuary 25, 2017.\n")
    assert "[[Page" not in text and "[Signature" not in text and "\r" not in text


def test_there_are_eighteen_sections_in_order():
    assert [s.number for s in order.sections()] == list(range(1, 19))


@pytest.mark.parametrize("number, caption", [
    (1, "Purpose"), (2, "Policy"), (3, "Definitions"),
    (4, "Enforcement of the Immigration Laws in the Interior of the United States"),
    (5, "Enforcement Priorities"), (6, "Civil Fines and Penalties"),
    (7, "Additional Enforcement and Removal Officers"), (8, "Federal-State Agreements"),
    (9, "Sanctuary Jurisdictions"), (10, "Review of Previous Immigration Actions and Policies"),
    (11, "Department of Justice Prosecutions of Immigration Violators"),
    (12, "Recalcitrant Countries"),
    (13, "Office for Victims of Crimes Committed by Removable Aliens"), (14, "Privacy Act"),
    (15, "Reporting"), (16, "Transparency"), (17, "Personnel Actions"), (18, "General Provisions"),
])
def test_each_section_has_its_caption(number, caption):
    assert order.section(number).caption == caption


def test_lettered_paragraphs_are_split_including_mid_line_letters():
    assert [p.label for p in order.section(5).paragraphs] == ["", "a", "b", "c", "d", "e", "f", "g"]
    assert [p.label for p in order.section(10).paragraphs] == ["a", "b", "c"]
    assert [p.label for p in order.section(18).paragraphs] == ["a", "i", "ii", "b", "c"]
    assert order.section(5).paragraphs[7].text.startswith("In the judgment of an immigration officer")


def test_each_section_lists_the_statutes_it_cites():
    assert order.cited_statutes() == {
        2: ("U.S. Const. art. II, sec. 3", "5 U.S.C. 3331"),
        3: ("8 U.S.C. 1101",),
        5: ("INA 212(a)", "INA 235", "INA 237(a)", "8 U.S.C. 1182", "8 U.S.C. 1225",
            "8 U.S.C. 1227"),
        7: ("INA 287", "8 U.S.C. 1357"),
        8: ("INA 287(g)", "8 U.S.C. 1357"),
        9: ("8 U.S.C. 1373",),
        12: ("INA 243(d)", "8 U.S.C. 1253"),
        14: ("Privacy Act",),
    }
    assert order.parts()[0].statutes == ("Immigration and Nationality Act", "8 U.S.C. 1101 et seq.")


def test_citation_offsets_point_at_the_printed_words():
    for part in order.parts():
        for c in part.citations:
            assert part.text[c.start:c.end] == c.label
    assert [c.label for c in order.section(5).citations] == [
        "212(a)(2)", "235", "237(a)(2)", "8 U.S.C. 1182(a)(2)", "1225", "1227(a)(2)"]


def test_show_marks_each_cited_statute_in_the_html():
    html = order.show(9)._repr_html_()
    assert html.count('<span class="statute" data-cite="8 U.S.C. 1373"') == 3
    assert "[S136]" in html and "Official text" in html


def test_show_has_a_plain_text_fallback_with_the_exact_words():
    text = repr(order.show(12))
    assert "section 243(d) of the INA (8 U.S.C. 1253(d))" in text
    assert text.startswith("Official text: EO 13768, Sec. 12. Recalcitrant Countries [S136]")


def test_show_rejects_a_section_that_does_not_exist():
    with pytest.raises(ValueError, match="Sections 1 to 18"):
        order.show(0)


#: Every word-level difference between the official text and the adaptation, section by
#: section. If either file changes, this list must be reviewed by a person.
KNOWN_CHANGES = [
    (1, "Interior", "The"), (1, "", "within our borders"), (1, "critically", ""),
    (1, "willfully", ""),
    (3, "shall", "must"),
    (5, "shall prioritize for removal", "must focus on removing"), (5, "depart", "leave"),
    (6, "shall", "must"), (6, "facilitate", "help"),
    (7, "shall,", "must,"), (7, "additional", "more"), (7, "shall", "must"),
    (8, "maximum", "greatest"), (8, "In furtherance of this policy, the", "The"),
    (8, "shall", "must"), (8, "", "State"), (8, "of the States, as well as", "and"),
    (8, "", "preparing them"), (8, "the purpose of preparing to enter into", ""),
    (8, "shall", "must"), (8, "authorize", "allow"), (8, "shall", "must"),
    (8, "in addition to,", "on top of,"),
    (9, "shall comply with", "must follow"), (9, "shall", "must"), (9, "comply with", "follow"),
    (9, "designate,", "choose,"), (9, "shall", "must"), (9, "regarding", "of"),
    (9, "shall utilize", "must use"),
    (10, "shall", "must"), (10, "shall", "must"), (10, "shall", "must"), (10, "shall", "must"),
    (11, "shall", "must"), (12, "shall", "must"), (13, "shall", "must"), (13, "shall", "must"),
    (15, "shall", "must"),
    (17, "shall", "must"), (17, "facilitate", "assist"), (17, "", "required"),
    (17, "implement", "follow"),
    (18, "shall be construed to impair", "impairs"), (18, "affect:", "affects:"),
    (18, "This", "All actions taken following this executive"),
    (18, "shall be implemented consistent with applicable law and subject",
     "must follow all current laws. All actions taken to follow this order must only work"),
    (18, "availability of appropriations.", "extent that federal funds are available."),
    (18, "is", "does"), (18, "intended to, and does not,", ""),
    (18, "right", "right, legal benefit,"),
    (18, "benefit, substantive or procedural, enforceable at law or in equity by",
     "financial benefit for"),
    (18, "", "any part of"),
    (18, "States, its departments, agencies, or entities, its officers, employees, or agents,",
     "States government"),
]


def test_the_adaptation_differs_from_the_order_exactly_as_listed():
    found = [(c.section, c.official, c.adaptation) for n in range(1, 19) for c in order.changes(n)]
    assert found == KNOWN_CHANGES


def test_the_adaptation_keeps_shall_in_exactly_two_places():
    official_shalls = sum(order.normalize(s.body).split().count("shall") +
                          order.normalize(s.body).split().count("shall,") for s in order.sections())
    changed = sum(c.official.split().count("shall") + c.official.split().count("shall,")
                  for n in range(1, 19) for c in order.changes(n))
    kept = [n for n in range(1, 19)
            if re.search(r"\bshall\b", order.adaptation_sections()[n])]
    assert official_shalls - changed == 2
    assert kept == [12, 14]


def test_section_2a_reads_the_same_in_the_order_and_the_adaptation():
    official = order.normalize(order.section(2).paragraphs[1].text)
    assert official.startswith("Ensure the faithful execution")
    assert official in order.normalize(order.adaptation_sections()[2])
    assert order.changes(2) == ()


def test_compare_labels_the_adaptation_and_highlights_changes():
    rich = order.compare(1)
    assert "not the order" in rich.text
    assert "<del" in rich.html and "<ins" in rich.html
    assert "[-willfully-]" in rich.text and "[-critically-]" in rich.text


def test_normalize_straightens_quotes_and_spaces():
    assert order.normalize("“Secure  Communities”\n") == '"Secure Communities"'
