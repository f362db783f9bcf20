"""Executive Order 13768 as structured data: sections, paragraphs and the statutes each cites.

The official Federal Register text (82 FR 8799) is ``data/order/eo13768-official.txt``;
the plain-language adaptation, a reading aid that is *not* the order, is
``data/order/eo13768-plain-language.txt``. Both carry provenance in
``data/order/README.md``.

Parsing never rewrites the text: every part keeps its exact characters, so
``"".join(part.text for part in parts())`` gives back the file byte for byte.

>>> section(9).caption
'Sanctuary Jurisdictions'
>>> [c.key for c in section(9).citations]
['8 U.S.C. 1373', '8 U.S.C. 1373', '8 U.S.C. 1373']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from course._display import Rich, esc
from course._paths import data_dir

OFFICIAL_FILE = "eo13768-official.txt"
ADAPTATION_FILE = "eo13768-plain-language.txt"
OFFICIAL_SOURCE = "S136"
ADAPTATION_SOURCE = "S139"
CITE_LINE = "Executive Order 13768, 82 FR 8799 (January 30, 2017)"

_SECTION_START = re.compile(r"^(?:Section|Sec\.) +(\d+)\. +", re.M)
_CAPTION = re.compile(r"^(?:Section|Sec\.) +(\d+)\. +(.+?)\. +")
_LETTER = re.compile(r"(?:^|(?<=\. ))\((?P<label>[a-z]{1,4})\) +", re.M)


@dataclass(frozen=True)
class Citation:
    """A legal authority the order cites, located in the text.

    ``key`` is the section-level form used to link to background (``"8 U.S.C. 1357"``);
    ``label`` is what the order prints (``"8 U.S.C. 1357(g)"``); ``start``/``end``
    are offsets in the part's text.
    """

    key: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A lettered paragraph (``label`` ``"a"``, ``"i"`` ...) or unlettered text (label ``""``)."""

    label: str
    text: str


@dataclass(frozen=True)
class Part:
    """A span of the official text: the heading and preamble, a section, or the closing."""

    kind: str  # "preamble", "section" or "closing"
    number: int | None
    caption: str
    text: str

    @property
    def body(self) -> str:
        """The text without trailing blank lines."""
        return self.text.rstrip("\n")

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return _paragraphs(self.body, self.kind == "section")

    @property
    def citations(self) -> tuple[Citation, ...]:
        return find_citations(self.text)

    @property
    def statutes(self) -> tuple[str, ...]:
        """The distinct authorities cited, in order of first mention."""
        return tuple(dict.fromkeys(c.key for c in self.citations))

    @property
    def title(self) -> str:
        if self.kind == "section":
            return f"Sec. {self.number}. {self.caption}"
        return self.caption


def _read(name: str) -> str:
    with (data_dir() / "order" / name).open(encoding="utf-8", newline="") as fh:
        return fh.read()


@functools.cache
def official_text() -> str:
    """The official text exactly as shipped."""
    return _read(OFFICIAL_FILE)


@functools.cache
def adaptation_text() -> str:
    """The plain-language adaptation exactly as shipped (not the order)."""
    return _read(ADAPTATION_FILE)


def _split(text: str) -> list[tuple[int | None, str]]:
    starts = [(m.start(), int(m.group(1))) for m in _SECTION_START.finditer(text)]
    pieces: list[tuple[int | None, str]] = [(None, text[: starts[0][0]])]
    for i, (pos, number) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        pieces.append((number, text[pos:end]))
    return pieces


@functools.cache
def parts() -> tuple[Part, ...]:
    """The preamble, the 18 sections and the closing, in order.

    >>> len(parts()), parts()[0].kind, parts()[-1].kind
    (20, 'preamble', 'closing')
    """
    text = official_text()
    pieces = _split(text)
    out: list[Part] = []
    preamble = pieces[0][1]
    title_line = preamble.split("\n\n")[1]
    out.append(Part("preamble", None, title_line, preamble))
    last_number, last = pieces[-1]
    closing_at = last.index("THE WHITE HOUSE,")
    pieces[-1] = (last_number, last[:closing_at])
    for number, chunk in pieces[1:]:
        caption = _CAPTION.match(chunk).group(2)
        out.append(Part("section", number, caption, chunk))
    out.append(Part("closing", None, "Signature block", last[closing_at:]))
    return tuple(out)


def sections() -> tuple[Part, ...]:
    """The 18 sections."""
    return tuple(p for p in parts() if p.kind == "section")


def section(number: int) -> Part:
    """One section by number (1-18).

    >>> section(7).caption
    'Additional Enforcement and Removal Officers'
    >>> section(19)
    Traceback (most recent call last):
    ...
    ValueError: EO 13768 has Sections 1 to 18; there is no Section 19.
    """
    for part in sections():
        if part.number == number:
            return part
    raise ValueError(f"EO 13768 has Sections 1 to 18; there is no Section {number}.")


def _paragraphs(body: str, is_section: bool) -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    for block in body.split("\n\n"):
        text = block.strip("\n")
        if is_section and not out:
            text = _CAPTION.sub("", text, count=1)
        # A lettered paragraph can begin mid-line, as in Sec. 10 and Sec. 18.
        pieces = _LETTER.split(text)
        lead = pieces[0].strip()
        if lead:
            out.append(Paragraph("", lead))
        for label, rest in zip(pieces[1::2], pieces[2::2]):
            out.append(Paragraph(label, rest.strip()))
    return tuple(out)


# -- citations -------------------------------------------------------------------

_USC = re.compile(r"(?P<title>\d+) U\.S\.C\. (?P<list>\d{3,4}[a-z]?(?:\([0-9A-Za-z]+\))*"
                  r"(?:(?:, and |, | and )(?:\d{3,4}[a-z]?)?(?:\([0-9A-Za-z]+\))+"
                  r"|(?:, and |, | and )\d{3,4}[a-z]?(?:\([0-9A-Za-z]+\))*)*)"
                  r"(?P<etseq> et seq\.)?")
_USC_ITEM = re.compile(r"(?P<sec>\d{3,4}[a-z]?)(?P<sub>(?:\([0-9A-Za-z]+\))*)")
_TITLE_FORM = re.compile(r"section (?P<sec>\d+) of title (?P<title>\d+), United States Code")
_INA = re.compile(r"sections? (?P<list>\d{3}[A-Z]?(?:\([0-9A-Za-z]+\))*"
                  r"(?:(?:, and |, | and )(?:\d{3}[A-Z]?)?(?:\([0-9A-Za-z]+\))+"
                  r"|(?:, and |, | and )\d{3}[A-Z]?(?:\([0-9A-Za-z]+\))*)*) of the INA")
_NAMED = re.compile(r"Immigration and Nationality Act|Privacy Act")
_CONST = re.compile(r"Article (?P<art>[IVX]+), Section (?P<sec>\d+) of the United States Constitution")


def find_citations(text: str) -> tuple[Citation, ...]:
    """Locate the statutes and constitutional clauses cited in ``text``.

    >>> [c.key for c in find_citations("comply with 8 U.S.C. 1373.")]
    ['8 U.S.C. 1373']
    >>> [(c.key, c.label) for c in find_citations("section 287(g) of the INA (8 U.S.C. 1357(g))")]
    [('INA 287(g)', '287(g)'), ('8 U.S.C. 1357', '8 U.S.C. 1357(g)')]
    """
    found: list[Citation] = []
    for m in _USC.finditer(text):
        title = m.group("title")
        offset = m.start("list")
        if m.group("etseq"):
            found.append(Citation(f"{title} U.S.C. {m.group('list')} et seq.",
                                  m.group(0), m.start(), m.end()))
            continue
        first = True
        for item in _USC_ITEM.finditer(m.group("list")):
            sec = item.group("sec")
            start = m.start() if first else offset + item.start()
            found.append(Citation(f"{title} U.S.C. {sec}", f"{title} U.S.C. {sec}{item.group('sub')}",
                                  start, offset + item.end()))
            first = False
    for m in _TITLE_FORM.finditer(text):
        key = f"{m.group('title')} U.S.C. {m.group('sec')}"
        found.append(Citation(key, key, m.start(), m.end()))
    for m in _INA.finditer(text):
        offset = m.start("list")
        for item in re.finditer(r"(?P<sec>\d{3}[A-Z]?)(?P<sub>(?:\([0-9A-Za-z]+\))*)", m.group("list")):
            label = f"INA {item.group('sec')}{item.group('sub')}"
            # Key on the section and its first subsection: "INA 287(g)", "INA 212(a)".
            first_sub = re.match(r"\([0-9A-Za-z]+\)", item.group("sub"))
            key = f"INA {item.group('sec')}{first_sub.group(0) if first_sub else ''}"
            found.append(Citation(key, label, offset + item.start(), offset + item.end()))
    for m in _NAMED.finditer(text):
        found.append(Citation(m.group(0), m.group(0), m.start(), m.end()))
    for m in _CONST.finditer(text):
        key = f"U.S. Const. art. {m.group('art')}, sec. {m.group('sec')}"
        found.append(Citation(key, key, m.start(), m.end()))
    # The label is always exactly what the order prints at that spot.
    return tuple(sorted((Citation(c.key, text[c.start:c.end], c.start, c.end) for c in found),
                        key=lambda c: c.start))


def cited_statutes() -> dict[int, tuple[str, ...]]:
    """Section number -> the authorities it cites (sections citing none are omitted)."""
    return {s.number: s.statutes for s in sections() if s.statutes}


# -- display ---------------------------------------------------------------------

def _marked(text: str) -> str:
    """HTML-escape ``text`` and wrap each citation in a ``span.statute`` carrying its key."""
    out, pos = [], 0
    for c in find_citations(text):
        if c.start < pos:  # nested (an INA item inside a wider match): keep the first
            continue
        out.append(esc(text[pos:c.start]))
        out.append(f'<span class="statute" data-cite="{esc(c.key)}" title="{esc(c.key)}">'
                   f"{esc(text[c.start:c.end])}</span>")
        pos = c.end
    out.append(esc(text[pos:]))
    return "".join(out)


def _render(part: Part) -> Rich:
    """HTML (statutes marked) and plain text for one part of the official text."""
    heading = f"Official text: EO 13768, {part.title}"
    blocks = part.body.split("\n\n")
    html_paras = "".join(f"<p>{_marked(b)}</p>" for b in blocks)
    cites = part.statutes
    cite_html = (
        '<p class="order-cites">Cites: ' + ", ".join(
            f'<span class="statute-key" data-cite="{esc(k)}">{esc(k)}</span>' for k in cites
        ) + "</p>" if cites else ""
    )
    html = (
        f'<figure class="official-text" role="group" aria-label="{esc(heading)}">'
        f"<figcaption><strong>{esc(heading)}</strong> "
        f'<span class="citation">[{OFFICIAL_SOURCE}]</span></figcaption>'
        f"<blockquote>{html_paras}</blockquote>{cite_html}</figure>"
    )
    text = f"{heading} [{OFFICIAL_SOURCE}]\n" + "\n".join(blocks)
    if cites:
        text += "\nCites: " + ", ".join(cites)
    return Rich(html, text)


def show(number: int) -> Rich:
    """A section's official text for a lesson: HTML with statutes marked, plain text as fallback.

    >>> print(show(3))
    Official text: EO 13768, Sec. 3. Definitions [S136]
    Sec. 3. Definitions. The terms of this order, where applicable, shall have the meaning provided by section 1101 of title 8, United States Code.
    Cites: 8 U.S.C. 1101
    """
    return _render(section(number))


def show_part(index: int) -> Rich:
    """Any part by position: 0 is the heading and preamble, 1-18 the sections, 19 the closing.

    >>> print(show_part(19).text.splitlines()[0])
    Official text: EO 13768, Signature block [S136]
    """
    all_parts = parts()
    if not 0 <= index < len(all_parts):
        raise ValueError(f"Parts run from 0 (preamble) to {len(all_parts) - 1} (closing).")
    return _render(all_parts[index])


# -- the plain-language adaptation -------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalize(text: str) -> str:
    """Normalise typography before comparing: straight quotes, single spaces.

    >>> normalize("Nation\u2019s   laws\\n\\n(a)  Ensure")
    "Nation's laws (a) Ensure"
    """
    return " ".join(text.translate(_QUOTES).split())


@functools.cache
def adaptation_sections() -> dict[int, str]:
    """Section number -> the adaptation's text of that section (a reading aid, not the order)."""
    text = adaptation_text()
    pieces = _split(text)
    out = {}
    for number, chunk in pieces[1:]:
        if number == 18:
            chunk = chunk[: chunk.index("![")] if "![" in chunk else chunk
        out[number] = chunk.strip()
    return out


@dataclass(frozen=True)
class Change:
    """One word-level difference: ``official`` words became ``adaptation`` words."""

    section: int
    official: str
    adaptation: str

    def __str__(self) -> str:
        return f"Sec. {self.section}: {self.official or '(nothing)'} -> {self.adaptation or '(nothing)'}"


def _opcodes(a: list[str], b: list[str]):
    import difflib

    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()


def changes(number: int) -> tuple[Change, ...]:
    """Word-level changes from the official text of a section to the adaptation.

    >>> [str(c) for c in changes(3)]
    ['Sec. 3: shall -> must']
    """
    official = normalize(section(number).body).split()
    adapted = normalize(adaptation_sections()[number]).split()
    return tuple(
        Change(number, " ".join(official[i1:i2]), " ".join(adapted[j1:j2]))
        for tag, i1, i2, j1, j2 in _opcodes(official, adapted)
        if tag != "equal"
    )


def compare(number: int) -> Rich:
    """Show the official text and the adaptation word by word, changes highlighted.

    Removed official words are struck through (``<del>``) and the adaptation's words
    are underlined (``<ins>``); the text fallback writes ``[-official-]{+adaptation+}``.

    >>> print(compare(3).text.splitlines()[1])
    Sec. 3. Definitions. The terms of this order, where applicable, [-shall-]{+must+} have the meaning provided by section 1101 of title 8, United States Code.
    """
    official = normalize(section(number).body).split()
    adapted = normalize(adaptation_sections()[number]).split()
    html_words, text_words = [], []
    for tag, i1, i2, j1, j2 in _opcodes(official, adapted):
        old, new = " ".join(official[i1:i2]), " ".join(adapted[j1:j2])
        if tag == "equal":
            html_words.append(esc(old))
            text_words.append(old)
            continue
        if old:
            html_words.append(f'<del title="official text">{esc(old)}</del>')
        if new:
            html_words.append(f'<ins title="adaptation">{esc(new)}</ins>')
        text_words.append((f"[-{old}-]" if old else "") + (f"{{+{new}+}}" if new else ""))
    n = len(changes(number))
    heading = (f"Sec. {number}: official text compared with the plain-language adaptation "
               f"(a reading aid, not the order) - {n} change{'s' if n != 1 else ''}")
    html = (
        f'<figure class="order-compare" role="group" aria-label="{esc(heading)}">'
        f"<figcaption><strong>{esc(heading)}</strong> "
        f'<span class="citation">[{OFFICIAL_SOURCE}; {ADAPTATION_SOURCE}]</span><br>'
        "<small>Struck-through words are the official text; underlined words are what the "
        "adaptation printed instead.</small></figcaption>"
        f"<p>{' '.join(html_words)}</p></figure>"
    )
    return Rich(html, heading + "\n" + " ".join(text_words))
