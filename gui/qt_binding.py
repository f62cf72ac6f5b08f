"""The one PySide6 start-up cost Pizhu turns off: reading the source of every imported module.

PySide6 replaces ``__import__`` so that, after any module is imported, it can tell whether that
module might say ``from __feature__ import snake_case`` (an opt-in API style).  It decides by
reading the module's source with ``inspect.getsource`` — which keeps every source file in
``linecache`` for the life of the process.  For Pizhu's ~500 modules (SQLAlchemy's alone are
8 MB of text) that costs ~15 MB of memory and tens of milliseconds of start-up, to answer a
question whose answer is always no: no module here uses ``__feature__``.  Marking every module
as not using it keeps PySide's default API for all of them, which is what they use.

This touches PySide's private support module, so it is guarded: if a release renames it the
scan simply stays on (``tests/gui/test_qt_binding.py`` notices).
"""
from __future__ import annotations

import logging
import sys

logger = logging.getLogger(__name__)


def skip_feature_scans() -> bool:
    """Stop PySide6 from reading the source of modules imported from now on; True if done."""
    support = sys.modules.get("shibokensupport.feature")
    try:
        scan = support._mod_uses_pyside   # type: ignore[union-attr]
    except AttributeError:
        scan = None
    if not callable(scan):
        logger.debug("PySide6's import scan not found: left as it is")
        return False
    support._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(_module) -> bool:
    return False
