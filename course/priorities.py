"""Lesson 04: the Priority Sorter's rules. Fictional profiles sorted under three policies.

Three executive-branch policies said whom the Department of Homeland Security (DHS)
should put first among people who are already removable:

* ``"2014"``: Secretary Jeh Johnson's memo of November 20, 2014 (three ranked tiers);
* ``"2017"``: Executive Order 13768, Sec. 5(a)-(g) and the INA grounds it names;
* ``"2021"``: Secretary Alejandro Mayorkas's guidelines of September 30, 2021.

:func:`sort_profile` takes the facts of one fictional profile and returns, for each
policy, an :class:`Outcome`: ``"priority"``, ``"not a priority"`` or
``"depends on an official's judgment"``, with a reason that cites its source ids.
The rules use only criteria the course's sources state; where a source was read
only through a copy, the citation says ``medium``. Real decisions turned on more
facts than these; the sorter is a model for comparing the policies' *structure*.

Nothing here prints, reads files or keeps state; :mod:`course.sorter_widget` is the
thin view over it.

>>> sort_profile(PROFILES[1]).status("2017")
'priority'
>>> sort_profile(PROFILES[0]).status("2017")
"depends on an official's judgment"
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from course._display import Rich, esc

PRIORITY = "priority"
NOT_PRIORITY = "not a priority"
JUDGMENT = "depends on an official's judgment"
STATUSES = (PRIORITY, NOT_PRIORITY, JUDGMENT)

FRAMEWORKS = ("2014", "2017", "2021")
FRAMEWORK_NAMES = {
    "2014": "DHS priorities of November 20, 2014",
    "2017": "EO 13768, Sec. 5 (January 25, 2017)",
    "2021": "DHS guidelines of September 30, 2021",
}

#: Criminal-history facts (one per profile), key -> label shown in the widget.
CRIMINAL = {
    "none": "No criminal charge or conviction",
    "uncharged": "Did something that could be charged as a crime; never charged",
    "charged": "Charged with a crime; the case is pending",
    "misdemeanors": "Convicted of three or more misdemeanors",
    "felony": "Convicted of a felony",
}
#: Final-order facts, key -> label. The 2014 memo drew its line at January 1, 2014.
FINAL_ORDER = {
    "none": "No final order of removal",
    "before_2014": "Final order of removal issued before January 1, 2014; has not departed",
    "since_2014": "Final order of removal issued on or after January 1, 2014; has not departed",
}
#: The 2021 guidelines' examples of aggravating factors (paraphrased) [S324, medium].
AGGRAVATING = {
    "gravity": "the gravity of the offense and the sentence imposed",
    "harm": "the nature and degree of harm caused",
    "sophistication": "the sophistication of the offense",
    "weapon": "use or threatened use of a firearm or dangerous weapon",
    "record": "a serious prior criminal record",
}
#: The 2021 guidelines' examples of mitigating factors (paraphrased) [S324, medium].
MITIGATING = {
    "age": "advanced or tender age",
    "presence": "lengthy presence in the United States",
    "health": "a mental condition linked to the conduct, or a condition needing care",
    "victim": "being a crime victim, or a witness or party in legal proceedings",
    "family": "the impact of removal on family in the United States",
    "relief": "possible eligibility for humanitarian protection or other relief",
    "service": "military or other public service by the person or close family",
    "rehabilitation": "time since the offense and evidence of rehabilitation",
}


class ProfileError(ValueError):
    """A profile's facts are not ones the sorter knows; the message says what is allowed."""


@dataclass(frozen=True)
class Profile:
    """The facts of one fictional person (no names, no nationalities, no real people).

    ``removable`` is whether some ground of removal in the INA applies at all; every
    policy here ranks only removable people.
    """

    label: str
    removable: bool = True
    criminal: str = "none"
    final_order: str = "none"
    security: bool = False
    fraud: bool = False
    benefits: bool = False
    aggravating: tuple[str, ...] = ()
    mitigating: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_choice("criminal", self.criminal, CRIMINAL)
        _check_choice("final_order", self.final_order, FINAL_ORDER)
        for name in ("removable", "security", "fraud", "benefits"):
            if not isinstance(getattr(self, name), bool):
                raise ProfileError(f"'{name}' must be True or False, not "
                                   f"{getattr(self, name)!r}.")
        for name, allowed in (("aggravating", AGGRAVATING), ("mitigating", MITIGATING)):
            values = getattr(self, name)
            if isinstance(values, str) or not isinstance(values, Iterable):
                raise ProfileError(f"'{name}' must be a list of factor names such as "
                                   f"{next(iter(allowed))!r}, not {values!r}.")
            values = tuple(values)
            for v in values:
                _check_choice(name, v, allowed)
            object.__setattr__(self, name, tuple(k for k in allowed if k in values))

    def edit(self, **changes: object) -> Profile:
        """A copy with some facts changed (validated like a new profile).

        >>> PROFILES[0].edit(criminal="felony").criminal
        'felony'
        """
        unknown = set(changes) - set(FACTS)
        if unknown:
            raise ProfileError(f"Unknown fact {sorted(unknown)[0]!r}. Facts: {', '.join(FACTS)}.")
        return replace(self, **changes)


FACTS = ("removable", "criminal", "final_order", "security", "fraud", "benefits",
         "aggravating", "mitigating")


def _check_choice(name: str, value: object, allowed: Mapping[str, str]) -> None:
    if not isinstance(value, str) or value not in allowed:
        options = ", ".join(repr(k) for k in allowed)
        raise ProfileError(f"'{name}' must be one of {options}; got {value!r}.")


@dataclass(frozen=True)
class Outcome:
    """What one policy says about one profile, and why (with source ids)."""

    framework: str
    status: str
    reason: str
    tier: int | None = None

    @property
    def label(self) -> str:
        """The status as shown, with the 2014 tier when there is one.

        >>> Outcome("2014", PRIORITY, "", tier=3).label
        'priority (tier 3)'
        """
        return f"{self.status} (tier {self.tier})" if self.tier else self.status


@dataclass(frozen=True)
class Sorting:
    """The three outcomes for one profile."""

    profile: Profile
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    def status(self, framework: str) -> str:
        return self.outcomes[framework].status


NOT_REMOVABLE = ("Every policy here ranks only people who are already removable, and no ground "
                 "of removal applies. Congress sets who is removable in the INA [S301]; the "
                 "order changed whom the executive puts first, not who is removable [S136].")


def rule_2014(p: Profile) -> Outcome:
    """The November 20, 2014 memo: the highest tier whose criteria the facts meet.

    >>> rule_2014(Profile("x", final_order="since_2014")).label
    'priority (tier 3)'
    """
    if not p.removable:
        return Outcome("2014", NOT_PRIORITY, NOT_REMOVABLE)
    exception = (" The memo let senior field officials make an exception for "
                 "\"compelling and exceptional factors\" [S178, medium].")
    if p.security:
        return Outcome("2014", PRIORITY, "Tier 1 covered threats to national security "
                       "[S179]." + exception, tier=1)
    if p.criminal == "felony":
        return Outcome("2014", PRIORITY, "Tier 1 (threats to public safety) included people "
                       "convicted of a felony [S179; S178, medium]." + exception, tier=1)
    if p.criminal == "misdemeanors":
        return Outcome("2014", PRIORITY, "Tier 2 (\"misdemeanants\") included people convicted "
                       "of three or more misdemeanors [S179; S178, medium].", tier=2)
    if p.final_order == "since_2014":
        return Outcome("2014", PRIORITY, "Tier 3 covered final orders of removal issued on or "
                       "after January 1, 2014 [S183].", tier=3)
    notes = []
    if p.criminal in ("charged", "uncharged"):
        notes.append("the tiers turned mostly on convictions, not pending charges or uncharged "
                     "conduct [S180, medium]")
    if p.final_order == "before_2014":
        notes.append("a final order counted only if issued on or after January 1, 2014 [S183]")
    if p.fraud or p.benefits:
        notes.append("fraud before an agency and benefits abuse are not among the tiers as "
                     "our sources describe them [S179]")
    why = "; ".join(notes) if notes else "no fact meets a tier's criteria [S179]"
    return Outcome("2014", NOT_PRIORITY, f"Not in tiers 1-3: {why}.")


def rule_2017(p: Profile) -> Outcome:
    """EO 13768, Sec. 5: any listed category is enough; otherwise only Sec. 5(g) remains.

    >>> rule_2017(Profile("x", criminal="charged")).reason.startswith("Sec. 5(b)")
    True
    """
    if not p.removable:
        return Outcome("2017", NOT_PRIORITY, NOT_REMOVABLE)
    clauses = []
    if p.security:
        clauses.append("the INA security grounds Sec. 5 names, 212(a)(3) and 237(a)(4) "
                       "[S136; S298; S300]")
    if p.criminal in ("felony", "misdemeanors"):
        clauses.append("Sec. 5(a), \"convicted of any criminal offense\" [S136]")
    if p.criminal == "charged":
        clauses.append("Sec. 5(b), a criminal charge \"not resolved\" [S136]")
    if p.criminal == "uncharged":
        clauses.append("Sec. 5(c), \"acts that constitute a chargeable criminal offense\" [S136]")
    if p.fraud:
        clauses.append("Sec. 5(d), fraud or willful misrepresentation before a government "
                       "agency [S136]")
    if p.benefits:
        clauses.append("Sec. 5(e), abuse of a public-benefits program [S136]")
    if p.final_order != "none":
        clauses.append("Sec. 5(f), a final order of removal without departure, whatever its "
                       "date [S136]")
    if clauses:
        text = "; ".join(clauses)
        return Outcome("2017", PRIORITY, text[0].upper() + text[1:] + ".")
    return Outcome("2017", JUDGMENT, "No listed category applies, but under Sec. 5(g) an "
                   "immigration officer may still judge that the person poses \"a risk to "
                   "public safety or national security\" [S136].")


def rule_2021(p: Profile) -> Outcome:
    """The September 30, 2021 guidelines: three threat categories, public safety weighed.

    >>> rule_2021(Profile("x", final_order="since_2014")).status
    'not a priority'
    """
    if not p.removable:
        return Outcome("2021", NOT_PRIORITY, NOT_REMOVABLE)
    if p.security:
        return Outcome("2021", PRIORITY, "Threat to national security, one of the three "
                       "categories, focused on terrorism and espionage [S184; S325].")
    if p.criminal != "none":
        agg = [AGGRAVATING[k] for k in p.aggravating]
        mit = [MITIGATING[k] for k in p.mitigating]
        weigh = (f" Against the person: {'; '.join(agg) if agg else 'none marked'}. "
                 f"In the person's favour: {'; '.join(mit) if mit else 'none marked'}. "
                 "Marking factors informs the judgment; it does not decide it.")
        return Outcome("2021", JUDGMENT, "Public safety: whether a person is a current threat "
                       "is not settled by bright lines or categories; an officer weighs the "
                       "totality of the facts, including aggravating and mitigating factors "
                       "[S324, medium; S325]." + weigh)
    extra = []
    if p.final_order != "none":
        extra.append("a final order")
    if p.fraud:
        extra.append("fraud before an agency")
    if p.benefits:
        extra.append("benefits abuse")
    listed = f" ({', '.join(extra)} is not one of them)" if extra else ""
    return Outcome("2021", NOT_PRIORITY, "None of the three categories (national security, "
                   f"public safety, border security) applies{listed} [S184], and being "
                   "removable is not alone a basis for enforcement [S186].")


RULES = {"2014": rule_2014, "2017": rule_2017, "2021": rule_2021}


def sort_profile(profile: Profile | Mapping[str, object]) -> Sorting:
    """Sort one profile under all three policies.

    ``profile`` may be a :class:`Profile` or a mapping of facts (checked; an unknown
    fact or value raises :class:`ProfileError` with a readable message).

    >>> sort_profile({"label": "t", "criminal": "felony"}).outcomes["2014"].label
    'priority (tier 1)'
    """
    if isinstance(profile, Mapping):
        profile = profile_from_mapping(profile)
    if not isinstance(profile, Profile):
        raise ProfileError(f"Expected a profile, not a {type(profile).__name__}.")
    return Sorting(profile, {fw: RULES[fw](profile) for fw in FRAMEWORKS})


def profile_from_mapping(facts: Mapping[str, object]) -> Profile:
    """Build a profile from a mapping, rejecting unknown facts with a clear message."""
    unknown = set(facts) - set(FACTS) - {"label"}
    if unknown:
        raise ProfileError(f"Unknown fact {sorted(map(str, unknown))[0]!r}. "
                           f"Facts: {', '.join(FACTS)}.")
    data = dict(facts)
    data.setdefault("label", "Unnamed profile")
    return Profile(**data)  # type: ignore[arg-type]


def counts(profiles: Iterable[Profile]) -> dict[str, dict[str, int]]:
    """How many profiles get each status under each policy.

    >>> counts(PROFILES)["2017"][PRIORITY]
    10
    """
    out = {fw: dict.fromkeys(STATUSES, 0) for fw in FRAMEWORKS}
    for p in profiles:
        s = sort_profile(p)
        for fw in FRAMEWORKS:
            out[fw][s.status(fw)] += 1
    return out


def describe(p: Profile) -> str:
    """The profile's facts as one plain sentence list.

    >>> describe(Profile("x", criminal="charged"))
    'Removable under the INA. Charged with a crime; the case is pending.'
    """
    if not p.removable:
        parts = ["Not removable: no ground of removal in the INA applies."]
    else:
        parts = ["Removable under the INA."]
    if p.criminal != "none" or not any((p.security, p.fraud, p.benefits,
                                        p.final_order != "none")):
        parts.append(CRIMINAL[p.criminal] + ".")
    if p.final_order != "none":
        parts.append(FINAL_ORDER[p.final_order] + ".")
    if p.security:
        parts.append("Suspected of espionage or terrorist activity.")
    if p.fraud:
        parts.append("Made a false statement in an application to a government agency.")
    if p.benefits:
        parts.append("Abused a public-benefits program.")
    if p.aggravating:
        parts.append("Aggravating: " + "; ".join(AGGRAVATING[k] for k in p.aggravating) + ".")
    if p.mitigating:
        parts.append("Mitigating: " + "; ".join(MITIGATING[k] for k in p.mitigating) + ".")
    return " ".join(parts)


#: Twelve fictional profiles. Letters only: no names, ages, nationalities or real cases.
PROFILES: tuple[Profile, ...] = (
    Profile("A"),
    Profile("B", criminal="felony"),
    Profile("C", criminal="charged"),
    Profile("D", criminal="misdemeanors", mitigating=("presence", "rehabilitation")),
    Profile("E", final_order="since_2014"),
    Profile("F", final_order="before_2014"),
    Profile("G", security=True),
    Profile("H", fraud=True),
    Profile("I", benefits=True),
    Profile("J", criminal="uncharged"),
    Profile("K", removable=False),
    Profile("L", criminal="felony", final_order="since_2014", aggravating=("weapon",),
            mitigating=("family",)),
)


def _status_class(status: str) -> str:
    return {PRIORITY: "priority", NOT_PRIORITY: "not-priority", JUDGMENT: "judgment"}[status]


def result(sorting: Sorting) -> Rich:
    """One profile's facts and its three outcomes with reasons (HTML and text)."""
    p = sorting.profile
    rows_html, lines = [], [f"Profile {p.label}: {describe(p)}"]
    for fw in FRAMEWORKS:
        o = sorting.outcomes[fw]
        rows_html.append(f'<tr><th scope="row">{esc(FRAMEWORK_NAMES[fw])}</th>'
                         f'<td class="{_status_class(o.status)}"><strong>{esc(o.label)}</strong>'
                         f"</td><td>{esc(o.reason)}</td></tr>")
        lines.append(f"- {FRAMEWORK_NAMES[fw]}: {o.label}. {o.reason}")
    html = (f'<div class="priority-result"><p><strong>Profile {esc(p.label)}.</strong> '
            f"{esc(describe(p))}</p><table><thead><tr><th scope=\"col\">Policy</th>"
            "<th scope=\"col\">Outcome</th><th scope=\"col\">Why</th></tr></thead><tbody>"
            + "".join(rows_html) + "</tbody></table></div>")
    return Rich(html, "\n".join(lines))


def counts_table(profiles: Iterable[Profile]) -> Rich:
    """The counts across all profiles, one row per policy (HTML and text)."""
    profiles = tuple(profiles)
    c = counts(profiles)
    head = f"Across all {len(profiles)} profiles"
    cols = "".join(f'<th scope="col">{esc(s)}</th>' for s in STATUSES)
    body = "".join(f'<tr><th scope="row">{esc(FRAMEWORK_NAMES[fw])}</th>'
                   + "".join(f'<td data-status="{_status_class(s)}">{c[fw][s]}</td>'
                             for s in STATUSES) + "</tr>" for fw in FRAMEWORKS)
    html = (f"<table><caption>{esc(head)}</caption><thead><tr><th scope=\"col\">Policy</th>"
            f"{cols}</tr></thead><tbody>{body}</tbody></table>")
    text = "\n".join([head + ":"] + [
        f"- {FRAMEWORK_NAMES[fw]}: " + ", ".join(f"{s} {c[fw][s]}" for s in STATUSES)
        for fw in FRAMEWORKS])
    return Rich(html, text)


def overview(profiles: Iterable[Profile] = PROFILES) -> Rich:
    """The static version of the sorter: every profile under every policy, then the counts."""
    profiles = tuple(profiles)
    sortings = [sort_profile(p) for p in profiles]
    head = "".join(f'<th scope="col">{esc(FRAMEWORK_NAMES[fw])}</th>' for fw in FRAMEWORKS)
    rows = "".join(
        f'<tr><th scope="row">{esc(s.profile.label)}</th><td>{esc(describe(s.profile))}</td>'
        + "".join(f'<td class="{_status_class(s.outcomes[fw].status)}">'
                  f"{esc(s.outcomes[fw].label)}</td>" for fw in FRAMEWORKS) + "</tr>"
        for s in sortings)
    table = counts_table(profiles)
    html = (f'<div class="priority-overview"><table><thead><tr><th scope="col">Profile</th>'
            f'<th scope="col">Facts</th>{head}</tr></thead><tbody>{rows}</tbody></table>'
            f"{table.html}</div>")
    lines = [f"{s.profile.label}. {describe(s.profile)} -> "
             + "; ".join(f"{fw}: {s.outcomes[fw].label}" for fw in FRAMEWORKS)
             for s in sortings]
    return Rich(html, "\n".join(lines + ["", table.text]))
