"""How a figure is shown in a lesson: a PNG with alt text, and a visible source line.

The convention (settled before any output was committed):

* The figure is displayed as its own output whose ``image/png`` carries the alt text
  in the output's metadata (``metadata["image/png"]["alt"]``) and whose
  ``text/plain`` is ``"Figure: <alt text>"``. nbval compares ``text/plain`` and never
  the PNG bytes, so strict nbval checks the alt text, not the pixels.
* The site's template (``course/templates/course_lab``) writes that metadata into
  ``<img alt="...">``.
* A second output, ``text/html`` with class ``figure-source`` (and a text fallback),
  gives the source line: "Source: ... [S01; S02]". A test checks that every image in
  a committed notebook has alt text and is followed by its source line.
"""

from __future__ import annotations

import base64
import io

from course import sources
from course._display import Rich, esc

#: Okabe & Ito's colour-blind-safe palette (black first, as in their guide).
PALETTE = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
)
#: The palette in the order lessons use it for data series (black reserved for text).
SERIES = PALETTE[5], PALETTE[6], PALETTE[3], PALETTE[1], PALETTE[7], PALETTE[2], PALETTE[4]
DPI = 100


def source_line(source_ids: list[str] | tuple[str, ...], note: str = "") -> Rich:
    """The visible source line under a figure or table.

    >>> print(source_line(["S136"], note="Text of the order."))
    Source: Text of the order. [S136]
    """
    for sid in source_ids:
        sources.get(sid)
    ids = "; ".join(source_ids)
    lead = f"{note} " if note else ""
    html = (f'<p class="figure-source"><small>Source: {esc(lead)}'
            f'<span class="citation">[{esc(ids)}]</span></small></p>')
    return Rich(html, f"Source: {lead}[{ids}]")


def png_bundle(fig, alt: str) -> tuple[dict, dict]:
    """Render ``fig`` to a display bundle and its metadata (alt text included)."""
    if not alt or not alt.strip():
        raise ValueError("Every figure needs alt text: describe what it shows and its main point.")
    buf = io.BytesIO()
    # Fixed metadata keeps the PNG bytes the same from run to run.
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    data = {
        "image/png": base64.b64encode(buf.getvalue()).decode("ascii"),
        "text/plain": f"Figure: {alt.strip()}",
    }
    return data, {"image/png": {"alt": alt.strip()}}


def show(fig, alt: str, source_ids: list[str] | tuple[str, ...], note: str = "") -> None:
    """Display a matplotlib figure with alt text and a source line, then close it.

    End a plotting cell with this call so that only the figure and its source show.
    """
    from IPython.display import display

    import matplotlib.pyplot as plt

    line = source_line(source_ids, note)  # fail on an unknown id before drawing anything
    data, metadata = png_bundle(fig, alt)
    plt.close(fig)
    display(data, metadata=metadata, raw=True)
    display(line)
