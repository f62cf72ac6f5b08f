"""Find in the document: the find bar (Ctrl+F), the search panel (Ctrl+Shift+F) and their wiring.

Matching itself (script-insensitive, tolerant of stray spaces) lives in :mod:`document.find`;
this package only asks it, paints its SOURCE ranges through the reader's text map and lets the
user move between them.  :class:`gui.find.controller.FindController` builds it.
"""
