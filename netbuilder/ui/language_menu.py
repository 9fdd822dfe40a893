"""View → Language: follow the system, or choose English, Simplified or Traditional Chinese.

The choice takes effect at once and is remembered (QSettings, ``language``) for the next start. The
window's texts are set when it is built, so a switch builds the window again around the same document
(:meth:`MainWindow.rebuild`): the network, its undo history, the file and the layout of the panels stay.
``--lang`` on the command line wins over the remembered choice at start, and with nothing chosen the
language follows the system locale (see :func:`netbuilder.ui.app.resolve_language`).
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


def choose_language(window, code: str):
    """Remember ``code`` ("" = system default) and switch to it now; returns the window that shows it (a new
    one when the language changed, see :meth:`MainWindow.rebuild`)."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.set_language(code)
    target = resolve_language(None)
    if target != current_language() and hasattr(window, "rebuild"):
        from PySide6.QtWidgets import QApplication

        from .app import install_translator

        install_translator(QApplication.instance(), target)
        window = window.rebuild()
    message = fill(translate("Language", "NetBuilder is shown in %1."), LANGUAGES[target])
    show = getattr(window, "show_message", None)
    if callable(show):
        show(message)
    else:
        window.statusBar().showMessage(message, 8000)
    return window
