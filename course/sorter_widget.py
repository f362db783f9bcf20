"""Lesson 04: the Priority Sorter widget, a thin ipywidgets view over :mod:`course.priorities`.

A student picks a profile (``Profile`` dropdown), edits its facts with labelled
checkboxes, dropdowns and multi-select lists, and sees that profile's outcome under
each policy (HTML with class ``priority-result``) and the counts across all twelve
profiles (HTML with class ``priority-counts``). All logic lives in
:mod:`course.priorities`; this module only moves values between controls and profiles.

The controls are attributes, so a test (or a browser) can set ``.value`` exactly as
a keyboard would:

>>> s = PrioritySorter()
>>> s.profile.value = "A"
>>> s.criminal.value = "felony"
>>> "priority (tier 1)" in s.result.value
True
"""

from __future__ import annotations

from course import priorities as pr
from course._display import Rich, esc

_WIDE = {"description_width": "initial"}


class PrioritySorter:
    """Twelve editable fictional profiles and three policies.

    Edits are kept per profile until :meth:`reset` (the "Reset all profiles" button).
    """

    def __init__(self, profiles: tuple[pr.Profile, ...] = pr.PROFILES) -> None:
        import ipywidgets as w

        self._original = tuple(profiles)
        self.profiles: dict[str, pr.Profile] = {p.label: p for p in profiles}
        self._loading = False
        first = self._original[0].label
        self.profile = w.Dropdown(options=[(f"Profile {p.label}", p.label) for p in profiles],
                                  value=first, description="Profile", style=_WIDE)
        self.removable = w.Checkbox(description="Removable under the INA (a ground in INA 212 "
                                    "or 237 applies)", indent=False,
                                    layout=w.Layout(width="auto"))
        self.criminal = w.Dropdown(options=[(v, k) for k, v in pr.CRIMINAL.items()],
                                   description="Criminal history", style=_WIDE,
                                   layout=w.Layout(width="36em"))
        self.final_order = w.Dropdown(options=[(v, k) for k, v in pr.FINAL_ORDER.items()],
                                      description="Removal order", style=_WIDE,
                                      layout=w.Layout(width="44em"))
        self.security = w.Checkbox(description="Suspected of espionage or terrorist activity",
                                   indent=False, layout=w.Layout(width="auto"))
        self.fraud = w.Checkbox(description="Made a false statement in an application to a "
                                "government agency", indent=False, layout=w.Layout(width="auto"))
        self.benefits = w.Checkbox(description="Abused a public-benefits program", indent=False,
                                   layout=w.Layout(width="auto"))
        self.aggravating = w.SelectMultiple(
            options=[(v, k) for k, v in pr.AGGRAVATING.items()], rows=len(pr.AGGRAVATING),
            description="2021 aggravating factors", style=_WIDE, layout=w.Layout(width="44em"))
        self.mitigating = w.SelectMultiple(
            options=[(v, k) for k, v in pr.MITIGATING.items()], rows=len(pr.MITIGATING),
            description="2021 mitigating factors", style=_WIDE, layout=w.Layout(width="44em"))
        self.reset_button = w.Button(description="Reset all profiles",
                                     tooltip="Undo every edit to every profile")
        self.result = w.HTML()
        self.result.add_class("priority-result")
        self.counts = w.HTML()
        self.counts.add_class("priority-counts")
        self.message = w.HTML()
        note = w.HTML("<p><strong>Fictional profiles, simplified rules.</strong> Pick a profile, "
                      "change its facts, and compare the three policies. Use Tab to move "
                      "between controls, Space to tick a box, Alt+Down Arrow to open a menu "
                      "and then the arrow keys and Enter, arrow keys in lists "
                      "(Ctrl or Shift to select several).</p>")
        self._facts = {"removable": self.removable, "criminal": self.criminal,
                       "final_order": self.final_order, "security": self.security,
                       "fraud": self.fraud, "benefits": self.benefits,
                       "aggravating": self.aggravating, "mitigating": self.mitigating}
        self.box = w.VBox([note, self.profile, *self._facts.values(), self.reset_button,
                           self.message, self.result, self.counts],
                          layout=w.Layout(max_width="60em"))
        self.profile.observe(self._load, names="value")
        for name, control in self._facts.items():
            control.observe(lambda change, name=name: self._edit(name, change["new"]),
                            names="value")
        self.reset_button.on_click(lambda _b: self.reset())
        self._load()

    @property
    def current(self) -> pr.Profile:
        return self.profiles[self.profile.value]

    def _load(self, _change: object = None) -> None:
        """Copy the selected profile's facts into the controls, without treating it as an edit."""
        self._loading = True
        try:
            for name, control in self._facts.items():
                control.value = getattr(self.current, name)
        finally:
            self._loading = False
        self._render()

    def _edit(self, name: str, value: object) -> None:
        if self._loading:
            return
        if isinstance(value, list):
            value = tuple(value)
        try:
            self.profiles[self.profile.value] = self.current.edit(**{name: value})
            self.message.value = ""
        except (pr.ProfileError, TypeError) as exc:  # never a traceback for a student
            self.message.value = f'<p role="alert">That change was not applied: {esc(exc)}</p>'
        self._render()

    def _render(self) -> None:
        self.result.value = pr.result(pr.sort_profile(self.current)).html
        self.counts.value = pr.counts_table(self.profiles.values()).html

    def reset(self) -> None:
        """Undo every edit and show the first profile."""
        self.profiles = {p.label: p for p in self._original}
        self.message.value = ""
        if self.profile.value != self._original[0].label:
            self.profile.value = self._original[0].label  # triggers _load
        else:
            self._load()

    def text(self) -> Rich:
        """The current state as a static table (for a page without a live kernel)."""
        return pr.overview(tuple(self.profiles.values()))

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def sorter() -> PrioritySorter:
    """Build the lesson's Priority Sorter."""
    return PrioritySorter()
