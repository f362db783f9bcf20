"""Who must do what, by when: every directive in EO 13768, read from the official text.

Each :class:`Directive` is one sentence of the order that commands, permits, declares a
policy or sets a rule for the order itself. The sentences are found by their operative
words ("shall", "may", "is directed", "I hereby direct", "It is the policy of the
executive branch"), not typed in by hand, so ``Directive.text`` is always an exact slice
of the official section text. Only the list of officials (:data:`ACTORS`) and the
phrases that mark a deadline or a condition (:data:`TIMING`, :data:`CONDITIONS`) are
curated.

Everything here is pure and deterministic; :func:`widget` is a thin ipywidgets view over
:func:`table`.

>>> rows = directives()
>>> rows[0].where, rows[0].kind, rows[0].actors
('Sec. 2', 'policy', ('Executive branch',))
>>> [d.where for d in directives() if d.timing == ("on a weekly basis",)]
['Sec. 9(b)']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from course import order
from course._display import Rich, esc

#: The kinds of operative sentence, in display order, with their labels.
KINDS = {
    "command": "Command (shall / is directed)",
    "permission": "Permission (may / has the authority)",
    "policy": "Statement of policy",
    "rule": "Rule about the order itself",
}

#: Who the order addresses: display name -> patterns that name them in the text.
#: "the Secretary" is the order's own short form for the Secretary of Homeland
#: Security (Sec. 5 defines it), so it must not also match "the Secretary of State".
ACTORS: dict[str, tuple[str, ...]] = {
    "Secretary of Homeland Security": (r"Secretary of Homeland Security",
                                       r"\b[Tt]he Secretary\b(?! of State)"),
    "Attorney General": (r"Attorney General",),
    "Secretary of State": (r"Secretary of State",),
    "Director of ICE": (r"Director of U\.S\. Immigration and Customs Enforcement",),
    "Director of OMB": (r"Director of the Office of Management and Budget",),
    "Office of Personnel Management": (r"Office of Personnel Management",),
    "All agencies": (r"\b[Aa]gencies\b",),
    "ICE victims office": (r"^This office\b",),
}
POLICY_ACTOR = "Executive branch"
RULE_ACTOR = "The order itself"

#: Deadlines and frequencies, matched in the order given (the longest forms first).
TIMING = (
    r"[Aa]s soon as practicable",
    r"by no later than one year after the date of this order",
    r"within \d+ days of the date of this order",
    r"on a weekly basis",
    r"\bquarterly\b",
    r"\bimmediately\b",
)

#: Hedges: phrases that limit a directive. Each has a family used in the summary.
CONDITIONS: tuple[tuple[str, str], ...] = (
    ("law", r"[Tt]o the (?:maximum |fullest )?extent (?:permitted by law|of the law"
            r"|consistent with (?:applicable )?law)"),
    ("law", r"(?<!extent )consistent with (?:applicable |the )?law"),
    ("law", r"where required by law"),
    ("law", r"within constitutional and statutory parameters"),
    ("law", r"all lawful means"),
    ("law", r"appropriate and lawful action"),
    ("law", r"except as mandated by law"),
    ("money", r"subject to the availability of appropriations"),
    ("consent", r"with the consent of State or local officials"),
    ("discretion", r"in (?:his|their) discretion"),
    ("discretion", r"as the Secretary determines"),
    ("discretion", r"except as deemed necessary for law enforcement purposes"),
    ("discretion", r"as appropriate"),
    ("discretion", r"if required"),
)

_ABBREVIATIONS = ("U.S", "U.S.C", "Sec", "seq")
_POLICY = re.compile(r"^It is the policy of the executive branch to:?")
_DIRECT = re.compile(r"\bI hereby direct\b")
_DIRECTED = re.compile(r"\b(?:is|are) (?:hereby )?directed to\b")
_SHALL = re.compile(r"\bshall(?:, [^,]+,)? (?P<verb>(?:(?:immediately|each) )?(?:be \w+ed\b|be|\w+))")
_MAY = re.compile(r"\bmay (?P<verb>\w+)")
_AUTHORITY = re.compile(r"\bhas the authority to (?P<verb>\w+)")
_NOT_INTENDED = re.compile(r"\bis not intended to\b")


@dataclass(frozen=True)
class Directive:
    """One operative sentence of the order.

    ``text`` is the exact sentence as printed in the official text; ``items`` are the
    lettered paragraphs a sentence ending in a colon introduces (Sec. 2(a)-(e), for
    example), each with its letter. ``timing`` holds exact phrases of ``text``;
    ``conditions`` exact phrases of ``text`` or of its items.
    """

    section: int
    paragraph: str
    kind: str
    actors: tuple[str, ...]
    verb: str
    action: str
    timing: tuple[str, ...]
    conditions: tuple[str, ...]
    text: str
    items: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """The citation in the order, e.g. ``"Sec. 9(b)"``."""
        return f"Sec. {self.section}" + (f"({self.paragraph})" if self.paragraph else "")

    @property
    def hedged(self) -> bool:
        """Whether the sentence itself carries at least one condition."""
        return bool(self.conditions)


# -- reading the text -------------------------------------------------------------

def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences without breaking "U.S.", "U.S.C." or "Sec.".

    >>> sentences("The Director of U.S. Immigration and Customs Enforcement acts. Then 8 U.S.C. 1373 applies.")
    ['The Director of U.S. Immigration and Customs Enforcement acts.', 'Then 8 U.S.C. 1373 applies.']
    """
    out, start = [], 0
    for m in re.finditer(r"\. (?=[A-Z(])", text):
        word = text[:m.start()].rsplit(" ", 1)[-1]
        if word in _ABBREVIATIONS or word.endswith(_ABBREVIATIONS):
            continue
        out.append(text[start:m.start() + 1])
        start = m.end()
    if text[start:].strip():
        out.append(text[start:])
    return out


def _spans(patterns, sentence: str) -> tuple[str, ...]:
    """Exact, non-overlapping phrases of ``sentence`` matching ``patterns`` (in text order)."""
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in re.finditer(pattern, sentence):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
    return tuple(sentence[s:e] for s, e in sorted(taken))


def conditions_in(sentence: str) -> tuple[str, ...]:
    """The hedging phrases in a sentence, exactly as printed.

    >>> conditions_in("shall, to the extent permitted by law and subject to the availability of appropriations, take")
    ('to the extent permitted by law', 'subject to the availability of appropriations')
    """
    return _spans([p for _, p in CONDITIONS], sentence)


def condition_family(phrase: str) -> str:
    """Which kind of limit a condition phrase sets: law, money, consent or discretion.

    >>> condition_family("subject to the availability of appropriations")
    'money'
    """
    for family, pattern in CONDITIONS:
        if re.fullmatch(pattern, phrase):
            return family
    return "other"


def timing_in(sentence: str) -> tuple[str, ...]:
    """Deadlines and frequencies in a sentence, exactly as printed.

    >>> timing_in("shall each submit a report within 90 days of the date of this order")
    ('within 90 days of the date of this order',)
    """
    return _spans(TIMING, sentence)


def actors_in(text: str) -> tuple[str, ...]:
    """The officials :data:`ACTORS` names in ``text``, in the map's order.

    >>> actors_in("the Attorney General and the Secretary")
    ('Secretary of Homeland Security', 'Attorney General')
    """
    return tuple(name for name, patterns in ACTORS.items()
                 if any(re.search(p, text) for p in patterns))


def classify(sentence: str) -> tuple[str, tuple[str, ...], str, str] | None:
    """Read one sentence: ``(kind, actors, verb, action)``, or ``None`` if it directs nothing.

    >>> classify("The Office of Personnel Management shall take appropriate and lawful action to facilitate hiring.")
    ('command', ('Office of Personnel Management',), 'shall take', 'appropriate and lawful action to facilitate hiring.')
    >>> classify("We cannot faithfully execute the immigration laws.") is None
    True
    """
    m = _POLICY.match(sentence)
    if m:
        return "policy", (POLICY_ACTOR,), "it is the policy to", sentence[m.end():].strip()
    m = _DIRECT.search(sentence)
    if m:
        obj = sentence[m.end():].split(" to ", 1)
        return ("command", actors_in(obj[0]), "direct",
                obj[1].strip() if len(obj) > 1 else sentence[m.end():].strip())
    m = _DIRECTED.search(sentence)
    if m:
        return ("command", actors_in(sentence[:m.start()]), m.group(0),
                sentence[m.end():].strip())
    m = _AUTHORITY.search(sentence)
    if m:
        return ("permission", actors_in(sentence[:m.start()]), f"has the authority to {m.group('verb')}",
                sentence[m.end():].strip())
    m = _MAY.search(sentence)
    if m:
        return "permission", actors_in(sentence[:m.start()]), f"may {m.group('verb')}", sentence[m.end():].strip()
    shalls = [s for s in _SHALL.finditer(sentence) if not sentence[:s.start()].endswith("who ")]
    if shalls:
        first = shalls[0]
        subject = sentence[:first.start()]
        actors = actors_in(subject)
        verbs = "; ".join(dict.fromkeys(f"shall {s.group('verb')}" for s in shalls))
        action = sentence[first.end():].strip()
        if not actors:  # "This order shall be implemented ...", "The terms of this order shall ..."
            return "rule", (RULE_ACTOR,), verbs, action
        if verbs.startswith("shall direct"):
            actors += tuple(a for a in actors_in(action.split(" to ", 1)[0]) if a not in actors)
        return "command", actors, verbs, action
    m = _NOT_INTENDED.search(sentence)
    if m:
        return "rule", (RULE_ACTOR,), "is not intended to", sentence[m.end():].strip()
    return None


@functools.cache
def directives() -> tuple[Directive, ...]:
    """Every directive in Secs. 1-18, in the order's own order."""
    out: list[Directive] = []
    for part in order.sections():
        paragraphs = part.paragraphs
        i = 0
        while i < len(paragraphs):
            para = paragraphs[i]
            i += 1
            for sentence in sentences(para.text):
                read = classify(sentence)
                if read is None:
                    continue
                kind, actors, verb, action = read
                items: list[str] = []
                if sentence.endswith(":"):
                    # A lead-in like "It is the policy of the executive branch to:" owns the
                    # lettered paragraphs that follow until one directs something itself.
                    while (i < len(paragraphs) and paragraphs[i].label
                           and all(classify(s) is None for s in sentences(paragraphs[i].text))):
                        items.append(f"({paragraphs[i].label}) {paragraphs[i].text}")
                        i += 1
                conditions = conditions_in(sentence) + tuple(
                    c for item in items for c in conditions_in(item))
                out.append(Directive(
                    section=part.number, paragraph=para.label, kind=kind, actors=actors, verb=verb,
                    action=action.lstrip(", "), timing=timing_in(sentence), conditions=conditions,
                    text=sentence, items=tuple(items),
                ))
    return tuple(out)


# -- questions a student can ask of the table -----------------------------------------

def actors() -> tuple[str, ...]:
    """Everyone the table names, in :data:`ACTORS` order, then the executive branch and the order.

    >>> actors()[:2]
    ('Secretary of Homeland Security', 'Attorney General')
    """
    named = {a for d in directives() for a in d.actors}
    ordered = [*ACTORS, POLICY_ACTOR, RULE_ACTOR]
    return tuple(a for a in ordered if a in named)


def select(actor: str | None = None, kind: str | None = None) -> tuple[Directive, ...]:
    """The directives naming ``actor`` and of ``kind`` (``None`` or ``"all"`` means any).

    Unknown values select nothing; they never raise.

    >>> [d.where for d in select("Director of OMB")]
    ['Sec. 9(c)']
    >>> select("The public")
    ()
    """
    def wanted(value, candidates) -> bool:
        return value in (None, "", "all") or value in candidates

    return tuple(d for d in directives() if wanted(actor, d.actors) and wanted(kind, (d.kind,)))


def summary() -> dict[str, int]:
    """The counts the lesson's debrief asks about.

    >>> s = summary()
    >>> s["rows"], s["commands"], s["sections_without_directives"]
    (32, 22, 1)
    """
    rows = directives()
    commands = [d for d in rows if d.kind == "command"]
    return {
        "rows": len(rows),
        "commands": len(commands),
        "permissions": sum(d.kind == "permission" for d in rows),
        "policies": sum(d.kind == "policy" for d in rows),
        "rules": sum(d.kind == "rule" for d in rows),
        "commands_with_a_condition": sum(d.hedged for d in commands),
        "commands_with_timing": sum(bool(d.timing) for d in commands),
        "sections_without_directives": len({s.number for s in order.sections()}
                                           - {d.section for d in rows}),
    }


def overview() -> Rich:
    """The summary counts in sentences, for the lesson's debrief.

    >>> print(overview().text.splitlines()[1])
    22 commands, 2 permissions, 3 statements of policy and 5 rules about the order itself.
    """
    s = summary()
    silent = [n for n in range(1, 19) if n not in {d.section for d in directives()}]
    lines = [
        f"The official text has {s['rows']} operative sentences:",
        f"{s['commands']} commands, {s['permissions']} permissions, {s['policies']} statements of "
        f"policy and {s['rules']} rules about the order itself.",
        f"{s['commands_with_a_condition']} of the {s['commands']} commands carry a condition of "
        f"their own; {s['commands_with_timing']} have a deadline or a frequency.",
        "Sections with no operative sentence: " + ", ".join(f"Sec. {n}" for n in silent) + ".",
    ]
    html = ('<div class="directives-summary"><p>' + esc(lines[0]) + "</p><ul>"
            + "".join(f"<li>{esc(line)}</li>" for line in lines[1:])
            + f'</ul><p><small>Source: computed from the official text '
            f'<span class="citation">[{esc(order.OFFICIAL_SOURCE)}]</span></small></p></div>')
    return Rich(html, "\n".join(lines))


# -- display ---------------------------------------------------------------------

def _action_text(d: Directive) -> str:
    return d.action + ("".join(f" {item}" for item in d.items))


_LEFT = 'style="text-align:left;vertical-align:top"'


def table(actor: str | None = None, kind: str | None = None) -> Rich:
    """The table for one actor and kind: HTML with a plain-text fallback.

    >>> print(table("Director of OMB").text.splitlines()[0].rsplit(" [", 1)[0])
    Who must do what, by when: Director of OMB - 1 of 32 directives in EO 13768
    """
    rows = select(actor, kind)
    total = len(directives())
    who = actor if actor not in (None, "", "all") else "all actors"
    what = "" if kind in (None, "", "all") else f", {KINDS.get(kind, kind).lower()}"
    heading = (f"Who must do what, by when: {who}{what} - {len(rows)} of {total} directives "
               f"in EO 13768 [{order.OFFICIAL_SOURCE}]")
    if not rows:
        note = ("No directive in the order names this actor. The order speaks to federal "
                "officials; choose a name from the list.")
        return Rich(f'<div class="directives"><p><strong>{esc(heading)}</strong></p>'
                    f"<p>{esc(note)}</p></div>", f"{heading}\n{note}")
    head = "<thead><tr>" + "".join(
        f"<th scope='col' {_LEFT}>{h}</th>"
        for h in ("Where", "Kind", "Who", "Verb", "What", "When / how often", "Conditions")
    ) + "</tr></thead>"
    body = []
    lines = [heading]
    for d in rows:
        items = ('<ul style="list-style:none;padding-left:0">'
                 + "".join(f"<li>{esc(it)}</li>" for it in d.items) + "</ul>") if d.items else ""
        conditions = "; ".join(f"<mark>{esc(c)}</mark>" for c in d.conditions) or "&mdash;"
        timing = "; ".join(esc(t) for t in d.timing) or "&mdash;"
        cells = (KINDS[d.kind].split(" (")[0], ", ".join(d.actors), d.verb)
        body.append(
            f"<tr><th scope='row' {_LEFT}>{esc(d.where)}</th>"
            + "".join(f"<td {_LEFT}>{esc(c)}</td>" for c in cells)
            + f"<td {_LEFT}>{esc(d.action)}{items}</td><td {_LEFT}>{timing}</td>"
            f"<td {_LEFT}>{conditions}</td></tr>"
        )
        lines.append(
            f"- {d.where} | {KINDS[d.kind].split(' (')[0]} | {', '.join(d.actors)} | {d.verb} | "
            f"{_action_text(d)} | when: {'; '.join(d.timing) or '-'} | "
            f"conditions: {'; '.join(d.conditions) or '-'}"
        )
    html = (f'<div class="directives"><table><caption>{esc(heading)}</caption>{head}'
            f"<tbody>{''.join(body)}</tbody></table>"
            "<p><small>Conditions are highlighted; every phrase in the table is quoted exactly "
            "from the official text.</small></p></div>")
    return Rich(html, "\n".join(lines))


def widget():
    """The "Who must do what, by when" explorer: an Actor dropdown, a Kind dropdown, a table.

    The returned ``VBox`` has ``.actor``, ``.kind`` and ``.output`` attributes so tests
    (and curious students) can drive it from code.
    """
    import ipywidgets as w

    from course.widgets import linked_view

    actor = w.Dropdown(options=[("All actors", "all"), *[(a, a) for a in actors()]],
                       value="all", description="Actor")
    kind = w.Dropdown(options=[("All kinds", "all"), *[(label, k) for k, label in KINDS.items()]],
                      value="all", description="Kind", style={"description_width": "initial"})
    return linked_view({"actor": actor, "kind": kind}, table)
