"""The "who must do what, by when" table: extracted from the official text, never invented."""

from __future__ import annotations

import re

import pytest

from course import directives as D
from course import order


def test_every_row_is_an_exact_sentence_of_its_section():
    for d in D.directives():
        assert d.text in order.section(d.section).body, d.where


def test_every_listed_item_deadline_and_condition_is_quoted_exactly():
    for d in D.directives():
        body = order.section(d.section).body
        for item in d.items:
            assert item.split(") ", 1)[1] in body, (d.where, item)
        for phrase in d.timing:
            assert phrase in d.text, (d.where, phrase)
        for phrase in d.conditions:
            assert phrase in d.text or any(phrase in item for item in d.items), (d.where, phrase)


def test_no_operative_sentence_in_the_order_is_missed():
    marker = re.compile(r"\bshall\b|\bmay\b|\bdirected\b|\bI hereby direct\b|"
                        r"\bis not intended to\b|\bhas the authority\b|^It is the policy")
    captured = {d.text for d in D.directives()}
    captured |= {item.split(") ", 1)[1] for d in D.directives() for item in d.items}
    for part in order.sections():
        for para in part.paragraphs:
            for sentence in D.sentences(para.text):
                if marker.search(sentence):
                    assert sentence in captured, (part.number, sentence)


def test_the_statement_of_purpose_in_section_1_directs_no_one():
    assert [d for d in D.directives() if d.section == 1] == []
    assert D.summary()["sections_without_directives"] == 1


def test_section_2_is_a_statement_of_policy_with_five_goals():
    (row,) = [d for d in D.directives() if d.section == 2]
    assert row.kind == "policy" and row.actors == ("Executive branch",)
    assert [item[:3] for item in row.items] == ["(a)", "(b)", "(c)", "(d)", "(e)"]


def test_every_command_names_a_federal_official_or_office():
    officials = set(D.ACTORS)
    for d in D.directives():
        if d.kind in ("command", "permission"):
            assert d.actors and set(d.actors) <= officials, d.where


def test_rules_speak_only_about_the_order_or_what_it_authorizes():
    for d in D.select(kind="rule"):
        subject = re.split(r"\bshall\b|\bis not intended\b", d.text)[0]
        assert re.search(r"order|authorization", subject), d.where


def test_the_secretary_of_state_is_not_mistaken_for_the_secretary_of_homeland_security():
    assert D.actors_in("the Secretary of State shall") == ("Secretary of State",)
    assert D.actors_in("The Secretary shall") == ("Secretary of Homeland Security",)


@pytest.mark.parametrize("where, phrase", [
    ("Sec. 6", "by no later than one year after the date of this order"),
    ("Sec. 8(a)", "immediately"),
    ("Sec. 9(b)", "on a weekly basis"),
    ("Sec. 10(a)", "immediately"),
    ("Sec. 13", "quarterly"),
    ("Sec. 15", "within 180 days of the date of this order"),
    ("Sec. 16", "quarterly"),
])
def test_known_deadlines_and_frequencies_are_found(where, phrase):
    assert any(phrase in d.timing for d in D.directives() if d.where == where)


def test_hiring_and_the_whole_order_depend_on_appropriations():
    money = "subject to the availability of appropriations"
    assert [d.where for d in D.directives() if money in d.conditions] == ["Sec. 7", "Sec. 18(b)"]
    assert D.condition_family(money) == "money"


def test_state_and_local_officers_act_only_with_consent():
    (row,) = [d for d in D.directives() if d.where == "Sec. 8(b)" and d.kind == "command"]
    assert "with the consent of State or local officials" in row.conditions


def test_sentences_are_not_split_inside_abbreviations():
    text = order.section(13).paragraphs[0].text
    assert len(D.sentences(text)) == 2
    assert D.sentences(text)[0].startswith("The Secretary shall direct the Director of U.S. Immigration")


def test_selecting_an_unknown_or_odd_actor_returns_nothing_and_never_raises():
    assert D.select("The public") == ()
    assert D.select(42) == ()
    assert D.select(None) == D.directives()
    assert "No directive in the order names this actor" in D.table("Nobody").text


def test_the_attorney_general_has_five_rows():  # the number lesson 02 asks students to find
    assert len(D.select("Attorney General")) == 5


def test_the_table_filtered_to_one_actor_lists_only_their_rows():
    text = D.table("Director of OMB").text
    assert "1 of" in text.splitlines()[0] and "Sec. 9(c)" in text and "Sec. 7" not in text
    assert D.table().text.count("\n- ") == len(D.directives())


def test_the_widget_is_labelled_and_its_table_follows_the_actor_dropdown():
    box = D.widget()
    assert box.actor.description == "Actor" and box.kind.description == "Kind"
    full = box.output.value
    box.actor.value = "Office of Personnel Management"
    assert box.output.value != full and "Sec. 17" in box.output.value and "Sec. 9(c)" not in box.output.value
    box.kind.value = "permission"
    assert "No directive" in box.output.value
    box.actor.value = "all"
    assert "Sec. 8(c)" in box.output.value and "Sec. 17" not in box.output.value


def test_the_overview_states_the_counts_in_sentences():
    text = D.overview().text
    s = D.summary()
    assert f"{s['commands_with_a_condition']} of the {s['commands']} commands" in text
    assert "Sections with no operative sentence: Sec. 1." in text
