"""Script ids — the one source of truth, importable without loading OpenCC.

``source`` is the text as written; the others are OpenCC views (docs/architecture.md §7).  How
they are named to the user is a UI string, in the UI language: ``gui/script_names.py``.
"""

SCRIPT_IDS = ("source", "s", "t", "tw", "twp", "hk")
