"""The order at a glance: its 18 sections and whom each one directs (lesson 00's map).

Built on :mod:`course.directives`, which reads the operative sentences of the official
text, so the map cannot drift from the order.
"""

from __future__ import annotations

import textwrap

from course import order
from course._display import Rich, esc

#: Columns of the map, left to right: officials first, then the order's general voices.
COLUMNS = (
    "Secretary of Homeland Security", "Director of ICE", "Attorney General", "Secretary of State",
    "Director of OMB", "Office of Personnel Management", "All agencies", "Executive branch",
)


def section_actors() -> dict[int, tuple[str, ...]]:
    """Section number -> the officials and bodies its operative sentences address.

    Sections without operative sentences (Sec. 1, the purpose) map to ``()``; the
    order's rules about itself (Secs. 3 and 18) are left out, since they direct no one.

    >>> section_actors()[17]
    ('Office of Personnel Management',)
    >>> section_actors()[1]
    ()
    """
    from course import directives

    found: dict[int, set[str]] = {s.number: set() for s in order.sections()}
    for d in directives.directives():
        found[d.section].update(a for a in d.actors if a in COLUMNS)
    # The ICE victims office exists only once Sec. 13 creates it; the Director of ICE is
    # already in that row.
    return {n: tuple(a for a in COLUMNS if a in actors) for n, actors in found.items()}


def table() -> Rich:
    """The map as an accessible table (the text version of the figure)."""
    rows = section_actors()
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in COLUMNS)
    body = []
    lines = []
    for part in order.sections():
        actors = rows[part.number]
        cells = "".join(f"<td>{'&#9679; yes' if c in actors else ''}</td>" for c in COLUMNS)
        body.append(f'<tr><th scope="row">Sec. {part.number}. {esc(part.caption)}</th>{cells}</tr>')
        lines.append(f"Sec. {part.number:>2}. {part.caption}: "
                     + (", ".join(actors) if actors else "directs no one (purpose or rules)"))
    html = (
        '<table class="section-map"><caption>Whom each section of EO 13768 directs '
        '<span class="citation">[S136]</span></caption>'
        f'<thead><tr><th scope="col">Section</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return Rich(html, "Whom each section of EO 13768 directs [S136]\n" + "\n".join(lines))


def figure():
    """A dot-matrix picture of :func:`table`; returns ``(fig, alt_text)``."""
    import matplotlib.pyplot as plt

    from course.figures import SERIES

    rows = section_actors()
    sections = order.sections()
    fig, ax = plt.subplots(figsize=(10, 8))
    for y, part in enumerate(sections):
        for x, col in enumerate(COLUMNS):
            if col in rows[part.number]:
                ax.scatter(x, y, s=140, color=SERIES[0], zorder=3)
    ax.set_xticks(range(len(COLUMNS)))
    ax.set_xticklabels([textwrap.fill(c, 11) for c in COLUMNS], fontsize=9)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(sections)))
    ax.set_yticklabels([f"Sec. {p.number}. {p.caption[:42]}{'...' if len(p.caption) > 42 else ''}"
                        for p in sections], fontsize=9)
    ax.set_ylim(len(sections) - 0.5, -0.5)
    ax.set_xlim(-0.5, len(COLUMNS) - 0.5)
    ax.grid(True, alpha=0.3)
    ax.tick_params(length=0)
    counts = {c: sum(c in a for a in rows.values()) for c in COLUMNS}
    top = max(counts, key=counts.get)
    directed = sum(1 for a in rows.values() if a)
    alt = (f"A grid with the order's 18 sections as rows and the officials it directs as columns. "
           f"{directed} of 18 sections direct someone; the {top} appears in {counts[top]} "
           f"sections, far more than anyone else. No section directs members of the public.")
    return fig, alt
