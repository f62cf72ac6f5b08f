"""Showing the find query in the script the reader is switched to.

Search is script-insensitive, so after a switch the matches stay the same; only the query field
should follow the display (发展 typed in 简 reads 發展 in 繁, 互联网 reads 網際網路 in 臺+用語),
so the find bar speaks the same script as the page it searches.
"""
from __future__ import annotations

def query_in_script(query: str, script: str) -> str:
    """``query`` rewritten for ``script``; ``source`` leaves the user's own typing alone."""
    if not query or script == "source":
        return query
    from document.scripts import convert, converter  # OpenCC loads on first use, not at start-up

    # Normalise to Simplified Mainland wording first: a query typed as Taiwan Traditional
    # (網際網路) becomes 互联网, which every script view then renders its own way.
    simplified = converter("tw2sp").convert(converter("s2tw").convert(query))
    return convert(simplified, script, False)
