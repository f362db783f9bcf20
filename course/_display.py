"""A tiny rich-display object: HTML for JupyterLab and the site, plain text everywhere else.

Every lesson-facing helper returns one of these instead of printing, so the
output is saved in the notebook, compared by nbval, and still readable where
HTML is not rendered (a terminal, a screen reader's text mode, a static diff).
"""

from __future__ import annotations

import html as _html
from dataclasses import dataclass


@dataclass(frozen=True)
class Rich:
    """HTML with a plain-text fallback.

    >>> r = Rich("<b>hi</b>", "hi")
    >>> r
    hi
    >>> r._repr_html_()
    '<b>hi</b>'
    """

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def esc(value: object) -> str:
    """Escape text for HTML (quotes included).

    >>> esc('<a href="x">')
    '&lt;a href=&quot;x&quot;&gt;'
    """
    return _html.escape(str(value), quote=True)
