"""View → Language: follow the system, or choose English, Simplified or Traditional Chinese.

The choice is remembered (QSettings, ``language``) and used from the next start on: the window's texts are
set once when it is built, so switching in place would leave half of them in the old language. The status
bar says so. ``--lang`` on the command line still wins over the remembered choice, and with nothing chosen
the language follows the system locale (see :func:`netbuilder.ui.app.resolve_language`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ..i18n import fill, translate
from . import settings
from .app import LANGUAGES, current_language, resolve_language, system_language

#: "" is the system default; the language names are written in their own language, never translated.
CHOICES: tuple[str, ...] = ("", *LANGUAGES)


def _label(code: str) -> str:
    return LANGUAGES[code] if code else fill(translate("Language", "System default (%1)"), LANGUAGES[system_language()])


def install_language_menu(window) -> QMenu:
    """Add the Language submenu to ``window.view_menu`` (once) and return it."""
    existing = getattr(window, "language_menu", None)
    if existing is not None:
        return existing
    menu = window.view_menu.addMenu(translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = settings.language()
    if chosen not in LANGUAGES:
        chosen = ""
    for code in CHOICES:
        action = QAction(_label(code), menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.setObjectName(f"language:{code or 'system'}")
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data() or ""))
    window.language_menu = menu
    window.language_actions = group
    return menu


def choose_language(window, code: str) -> None:
    """Remember ``code`` ("" = system default) and say when it takes effect."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.set_language(code)
    target = resolve_language(None)
    if target == current_language():
        message = fill(translate("Language", "NetBuilder is shown in %1."), LANGUAGES[target])
    else:
        message = fill(translate("Language", "The language changes to %1 when NetBuilder starts next time."),
                       LANGUAGES[target])
    show = getattr(window, "show_message", None)
    if callable(show):
        show(message)
    else:
        window.statusBar().showMessage(message, 8000)
