"""The Priority Sorter (lesson 04): each policy's rules, edge cases, odd input, and the widget."""

from __future__ import annotations

import itertools
import re

import pytest

from course import priorities as pr
from course import sources
from course.priorities import JUDGMENT, NOT_PRIORITY, PRIORITY, Profile


def outcome(framework: str, **facts) -> pr.Outcome:
    return pr.sort_profile(Profile("t", **facts)).outcomes[framework]


def every_profile():
    """Every combination of the facts that drive the rules (factors left empty)."""
    for removable, criminal, order, security, fraud, benefits in itertools.product(
            (True, False), pr.CRIMINAL, pr.FINAL_ORDER, (False, True), (False, True),
            (False, True)):
        yield Profile("t", removable=removable, criminal=criminal, final_order=order,
                      security=security, fraud=fraud, benefits=benefits)


# --- 2014: ranked tiers -------------------------------------------------------------------

def test_2014_puts_national_security_in_tier_1():
    o = outcome("2014", security=True)
    assert (o.status, o.tier) == (PRIORITY, 1)


def test_2014_puts_a_felony_conviction_in_tier_1():
    assert outcome("2014", criminal="felony").tier == 1


def test_2014_puts_three_misdemeanors_in_tier_2():
    assert outcome("2014", criminal="misdemeanors").tier == 2


def test_2014_counts_a_final_order_only_from_january_1_2014():
    assert outcome("2014", final_order="since_2014").tier == 3
    assert outcome("2014", final_order="before_2014").status == NOT_PRIORITY


def test_2014_does_not_rank_pending_charges_or_uncharged_conduct():
    for criminal in ("charged", "uncharged"):
        o = outcome("2014", criminal=criminal)
        assert o.status == NOT_PRIORITY and "convictions" in o.reason


def test_2014_takes_the_highest_tier_that_applies():
    assert outcome("2014", criminal="misdemeanors", final_order="since_2014").tier == 2
    assert outcome("2014", criminal="felony", security=True).tier == 1


def test_2014_never_answers_judgment_and_gives_a_tier_exactly_for_priorities():
    for p in every_profile():
        o = pr.rule_2014(p)
        assert o.status in (PRIORITY, NOT_PRIORITY)
        assert (o.tier is not None) == (o.status == PRIORITY)


# --- 2017: EO 13768, Sec. 5 -------------------------------------------------------------------

@pytest.mark.parametrize("facts, clause", [
    ({"criminal": "felony"}, "Sec. 5(a)"),
    ({"criminal": "misdemeanors"}, "Sec. 5(a)"),
    ({"criminal": "charged"}, "Sec. 5(b)"),
    ({"criminal": "uncharged"}, "Sec. 5(c)"),
    ({"fraud": True}, "Sec. 5(d)"),
    ({"benefits": True}, "Sec. 5(e)"),
    ({"final_order": "before_2014"}, "Sec. 5(f)"),
    ({"final_order": "since_2014"}, "Sec. 5(f)"),
    ({"security": True}, "212(a)(3) and 237(a)(4)"),
])
def test_2017_makes_each_listed_category_a_priority_and_names_its_clause(facts, clause):
    o = outcome("2017", **facts)
    assert o.status == PRIORITY and clause in o.reason


def test_2017_names_every_clause_that_applies():
    reason = outcome("2017", criminal="charged", fraud=True, final_order="since_2014").reason
    assert all(c in reason for c in ("5(b)", "5(d)", "5(f)"))


def test_2017_leaves_a_removable_person_with_no_listed_fact_to_an_officers_judgment():
    o = outcome("2017")
    assert o.status == JUDGMENT and "5(g)" in o.reason


def test_2017_ignores_the_2021_factors():
    base = outcome("2017", criminal="felony")
    weighed = outcome("2017", criminal="felony", aggravating=("weapon",), mitigating=("age",))
    assert base == weighed


# --- 2021: three categories and a weighing ----------------------------------------------------

def test_2021_makes_national_security_a_priority():
    assert outcome("2021", security=True).status == PRIORITY


@pytest.mark.parametrize("criminal", ["felony", "misdemeanors", "charged", "uncharged"])
def test_2021_leaves_criminal_conduct_to_a_weighing(criminal):
    o = outcome("2021", criminal=criminal)
    assert o.status == JUDGMENT and "totality" in o.reason


def test_2021_lists_the_marked_factors_but_they_never_decide():
    o = outcome("2021", criminal="felony", aggravating=("weapon", "record"),
                mitigating=("family",))
    assert o.status == JUDGMENT
    assert pr.AGGRAVATING["weapon"] in o.reason and pr.MITIGATING["family"] in o.reason
    for agg in (True, False):
        o2 = outcome("2021", criminal="felony", aggravating=tuple(pr.AGGRAVATING) if agg else (),
                     mitigating=() if agg else tuple(pr.MITIGATING))
        assert o2.status == JUDGMENT


@pytest.mark.parametrize("facts", [{}, {"final_order": "since_2014"}, {"fraud": True},
                                   {"benefits": True}])
def test_2021_does_not_prioritise_removability_alone(facts):
    o = outcome("2021", **facts)
    assert o.status == NOT_PRIORITY and "not alone" in o.reason


# --- all policies ------------------------------------------------------------------------------

@pytest.mark.parametrize("framework", pr.FRAMEWORKS)
def test_no_policy_prioritises_a_person_who_is_not_removable(framework):
    o = outcome(framework, removable=False, criminal="felony", security=True,
                final_order="since_2014")
    assert o.status == NOT_PRIORITY and "not who is removable" in o.reason


def test_every_combination_gets_one_known_status_and_a_cited_reason_under_each_policy():
    known = sources.registry()
    for p in every_profile():
        for o in pr.sort_profile(p).outcomes.values():
            assert o.status in pr.STATUSES
            ids = sources.ids_in(o.reason)
            assert ids, o.reason
            assert all(i in known for i in ids)


def test_sec_5_reaches_at_least_everyone_the_2014_tiers_reached():
    for p in every_profile():
        s = pr.sort_profile(p)
        if s.status("2014") == PRIORITY:
            assert s.status("2017") == PRIORITY


def test_the_cited_ids_point_at_the_documents_the_rules_describe():
    expected = {"S136": "2017-02102", "S178": "14-1120-Memo", "S179": "112014",
                "S183": "GAO-20-36", "S184": "mayorkas-announces", "S186": "9-2021",
                "S324": "mayorkas-civil-imm-guide", "S325": "cliniclegal.org",
                "S180": "maniatis", "S298": "8/1182", "S300": "8/1227", "S301": "8/1229a"}
    for sid, fragment in expected.items():
        assert fragment in sources.get(sid).url, sid


# --- profiles, counts and odd input --------------------------------------------------------

def test_there_are_twelve_fictional_profiles_with_unique_letter_labels():
    labels = [p.label for p in pr.PROFILES]
    assert len(labels) == 12 == len(set(labels))
    assert all(re.fullmatch(r"[A-Z]", label) for label in labels)


def test_the_profiles_cover_every_status_under_every_policy_that_uses_it():
    c = pr.counts(pr.PROFILES)
    assert c["2014"] == {PRIORITY: 5, NOT_PRIORITY: 7, JUDGMENT: 0}
    assert c["2017"] == {PRIORITY: 10, NOT_PRIORITY: 1, JUDGMENT: 1}
    assert c["2021"] == {PRIORITY: 1, NOT_PRIORITY: 6, JUDGMENT: 5}


def test_counts_add_up_to_the_number_of_profiles():
    c = pr.counts(pr.PROFILES[:5])
    assert all(sum(v.values()) == 5 for v in c.values())


def test_counts_of_no_profiles_are_zero():
    assert all(n == 0 for v in pr.counts([]).values() for n in v.values())


@pytest.mark.parametrize("facts, words", [
    ({"criminal": "murky"}, "'criminal' must be one of"),
    ({"final_order": 2014}, "'final_order' must be one of"),
    ({"security": "yes"}, "must be True or False"),
    ({"aggravating": "weapon"}, "must be a list"),
    ({"mitigating": ("age", "luck")}, "'mitigating' must be one of"),
    ({"height": 3}, "Unknown fact 'height'"),
])
def test_odd_input_raises_a_profile_error_that_says_what_is_allowed(facts, words):
    with pytest.raises(pr.ProfileError, match=re.escape(words)):
        pr.sort_profile({"label": "odd", **facts})


def test_sort_profile_rejects_something_that_is_not_a_profile():
    with pytest.raises(pr.ProfileError, match="Expected a profile"):
        pr.sort_profile(42)


def test_a_mapping_without_a_label_is_accepted():
    assert pr.sort_profile({"criminal": "felony"}).profile.label == "Unnamed profile"


def test_factors_are_stored_in_the_sources_order_without_duplicates():
    p = Profile("t", mitigating=["service", "age", "age"])
    assert p.mitigating == ("age", "service")


def test_edit_validates_like_a_new_profile():
    with pytest.raises(pr.ProfileError):
        pr.PROFILES[0].edit(criminal="unknown")
    with pytest.raises(pr.ProfileError, match="Unknown fact"):
        pr.PROFILES[0].edit(label_colour="red")


def test_the_static_overview_shows_every_profile_and_the_counts():
    text = pr.overview().text
    assert all(f"{p.label}. " in text for p in pr.PROFILES)
    assert "EO 13768, Sec. 5 (January 25, 2017): priority 10" in text


def test_result_html_escapes_the_label_and_labels_its_columns():
    html = pr.result(pr.sort_profile(Profile("<b>", criminal="felony"))).html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert html.count('scope="col"') == 3 and "priority (tier 1)" in html


# --- the lesson's checks --------------------------------------------------------------------

@pytest.mark.parametrize("qid, right, wrong", [
    ("l04-1", "In the judgment of an immigration officer, otherwise pose a risk", "convicted of any criminal offense"),
    ("l04-2", "b", "a"),
    ("l04-3", "b", "c"),
    ("l04-4", 5, 4),
    ("l04-5", "c", "d"),
    ("l04-6", "b", "a"),
])
def test_l04_checks_pass_the_answer_and_not_a_wrong_one(qid, right, wrong):
    from course.checks import evaluate

    assert evaluate(qid, right).passed
    assert evaluate(qid, wrong).status == "not yet"
    assert evaluate(qid, ...).status == "not attempted"


def test_l04_4_matches_the_sorter():
    from course.checks import question

    assert question("l04-4").value == pr.counts(pr.PROFILES)["2021"][JUDGMENT]


# --- the widget, driven through its controls ---------------------------------------------

@pytest.fixture
def sorter():
    pytest.importorskip("ipywidgets")
    from course.sorter_widget import PrioritySorter

    return PrioritySorter()


def _count(html: str, framework: str, status: str) -> int:
    row = re.search(re.escape(pr.FRAMEWORK_NAMES[framework]) + r"</th>(.*?)</tr>", html).group(1)
    cls = {PRIORITY: "priority", NOT_PRIORITY: "not-priority", JUDGMENT: "judgment"}[status]
    return int(re.search(rf'data-status="{cls}">(\d+)<', row).group(1))


def test_widget_has_the_selectors_a_browser_test_relies_on(sorter):
    assert sorter.profile.description == "Profile"
    assert "priority-counts" in sorter.counts._dom_classes
    assert all(c.description for c in sorter._facts.values())


def test_widget_counts_change_when_a_profiles_facts_change(sorter):
    before = sorter.counts.value
    assert _count(before, "2017", JUDGMENT) == 1
    sorter.profile.value = "A"
    sorter.criminal.value = "felony"
    after = sorter.counts.value
    assert after != before
    assert _count(after, "2017", PRIORITY) == 11 and _count(after, "2017", JUDGMENT) == 0
    assert _count(after, "2014", PRIORITY) == 6
    assert _count(after, "2021", JUDGMENT) == 6
    assert "priority (tier 1)" in sorter.result.value


def test_widget_keeps_each_profiles_edits_when_switching(sorter):
    sorter.profile.value = "K"
    sorter.removable.value = True
    sorter.profile.value = "B"
    assert sorter.criminal.value == "felony"
    sorter.profile.value = "K"
    assert sorter.removable.value is True
    assert "Profile K" in sorter.result.value and "Removable under the INA" in sorter.result.value


def test_widget_factor_lists_change_the_2021_reason_but_not_the_counts(sorter):
    sorter.profile.value = "B"
    counts = sorter.counts.value
    sorter.mitigating.value = ("age", "service")
    assert pr.MITIGATING["service"] in sorter.result.value
    assert sorter.counts.value == counts


def test_widget_reset_restores_every_profile(sorter):
    original = sorter.counts.value
    sorter.profile.value = "G"
    sorter.security.value = False
    assert sorter.counts.value != original
    sorter.reset_button.click()
    assert sorter.counts.value == original and sorter.profile.value == "A"


def test_widget_reports_an_impossible_edit_instead_of_raising(sorter):
    sorter._edit("criminal", "not-a-choice")
    assert 'role="alert"' in sorter.message.value
    assert sorter.current.criminal == "none"
    sorter.criminal.value = "charged"
    assert sorter.message.value == ""


def test_widget_text_fallback_matches_the_edited_state(sorter):
    sorter.profile.value = "A"
    sorter.fraud.value = True
    assert "A. Removable under the INA. Made a false statement" in sorter.text().text
