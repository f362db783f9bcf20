"""Lesson 00's map of whom each section directs."""

from course import overview


def test_the_map_has_every_section_and_only_known_columns():
    rows = overview.section_actors()
    assert sorted(rows) == list(range(1, 19))
    assert all(set(actors) <= set(overview.COLUMNS) for actors in rows.values())


def test_the_secretary_of_homeland_security_is_directed_most_often():
    rows = overview.section_actors()
    counts = {c: sum(c in a for a in rows.values()) for c in overview.COLUMNS}
    assert max(counts, key=counts.get) == "Secretary of Homeland Security"
    assert rows[12] == ("Secretary of Homeland Security", "Secretary of State")


def test_purpose_and_rule_sections_direct_no_one():
    rows = overview.section_actors()
    assert rows[1] == () and rows[3] == () and rows[18] == ()


def test_the_table_has_a_text_version_for_every_section():
    text = overview.table().text
    assert text.count("\nSec. ") == 18 and "directs no one" in text


def test_the_figure_comes_with_alt_text_naming_its_main_point():
    import matplotlib

    matplotlib.use("Agg")
    fig, alt = overview.figure()
    assert "18 sections" in alt and "Secretary of Homeland Security" in alt
    assert len(fig.axes[0].collections) == sum(len(a) for a in overview.section_actors().values())
