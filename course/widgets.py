"""Shared widget plumbing: a row of labelled controls above an HTML view.

Lesson widgets are thin views over pure functions that return :class:`course._display.Rich`.
:func:`linked_view` wires such a function to its controls, so each widget module only
builds its controls and names its function. The view is an ``HTML`` widget, whose value is
saved in the notebook's widget state: it renders on the static site and nbval can compare it.
"""

from __future__ import annotations

from collections.abc import Callable

from course._display import Rich


def linked_view(controls: dict[str, object], render: Callable[..., Rich]):
    """A ``VBox`` of ``controls`` (in one row) above an ``HTML`` showing ``render(*values)``.

    ``render`` is called with the controls' values in order, now and whenever any of them
    changes. The box gets one attribute per control name, plus ``.output``, so tests and
    curious students can drive it from code.

    >>> import ipywidgets as w
    >>> box = linked_view({"n": w.IntText(value=2, description="n")},
    ...                   lambda n: Rich(f"<b>{n * n}</b>", str(n * n)))
    >>> box.output.value
    '<b>4</b>'
    >>> box.n.value = 3
    >>> box.output.value
    '<b>9</b>'
    """
    import ipywidgets as w

    output = w.HTML(value=render(*(c.value for c in controls.values())).html)

    def update(_change=None) -> None:
        output.value = render(*(c.value for c in controls.values())).html

    for control in controls.values():
        control.observe(update, names="value")
    box = w.VBox([w.HBox(list(controls.values())), output])
    for name, control in controls.items():
        setattr(box, name, control)
    box.output = output
    return box
