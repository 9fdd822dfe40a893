"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

With PySide6-Essentials 6.12.0 on Python 3.11, every call of a Qt method that
returns nothing (``painter.setPen``, ``point.setX`` ...) gives back one
reference to ``None`` too many, and every Python slot that returns ``True`` or
``False`` to a signal loses one reference to it; 6.11.3 does neither. These
three objects are immortal on Python 3.12 and later, where nothing happens,
but on 3.11 their counts run down and the interpreter aborts with
"none_dealloc: deallocating None" (or "bool_dealloc") once one reaches zero —
a few seconds into live plotting, since pyqtgraph paints from Python and
connects slots that return booleans. Check it with::

    python -c "import sys; from PySide6.QtCore import QPoint; p = QPoint(); n = sys.getrefcount(None);
    [p.setX(1) for _ in range(1000)]; print(sys.getrefcount(None) - n)"   # -1000 with the bug

The real fix is a PySide6 without the bug (``PySide6-Essentials !=6.12.0``).
Until then :func:`protect_none` does what Python 3.12 does: it gives ``None``,
``True`` and ``False`` reference counts so large that they never reach zero.
They are never freed in any case (freeing one is the fatal error), so this
changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

#: Enough for a leak of a million references a second to run for more than a week.
RESERVE = 1 << 40


def pyside_leaks_none() -> bool:
    """True when calling a void Qt method loses a reference to None (measured, not guessed from versions)."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(100):
        point.setX(1)
    return sys.getrefcount(None) < before - 50


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal when this PySide6 leaks references to
    them; True if it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not pyside_leaks_none():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field of every object
        if count.value < RESERVE:
            count.value += RESERVE
    return True
