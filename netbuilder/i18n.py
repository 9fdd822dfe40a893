"""Translation hook for text made outside Qt (walkthrough steps, validation messages shown in the app).

The core must not import Qt, yet the walkthrough's sentences have to appear
in Chinese in the app. Core code calls :func:`translate` with a context and
the English text; by default that returns the text unchanged, and the Qt
application installs ``QCoreApplication.translate`` with
:func:`set_translator`.

The names match Qt's, so ``pyside6-lupdate`` reads the calls as it reads
``QCoreApplication.translate``: ``translate("Context", "text")`` (also as
``i18n.translate``) and ``QT_TRANSLATE_NOOP("Context", "text")``, with literal
arguments (adjacent literals are joined). Write the context at every call:
lupdate does not follow a wrapper such as ``def tr(text): return
translate("Context", text)`` and files its strings under no context, where
the app never looks them up. Values go into a translated template with
:func:`fill` (``%1``, ``%2``: translators may reorder them).
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's marker name, found by lupdate
    """Mark a string for translation where it is defined; translate it later with :func:`translate`."""
    return text


def fill(template: str, *args: object) -> str:
    """Qt's ``arg()``: put the arguments in for %1, %2, ... (translators may reorder them)."""
    out = template
    for k in range(len(args), 0, -1):  # %10 before %1
        out = out.replace(f"%{k}", str(args[k - 1]))
    return out
