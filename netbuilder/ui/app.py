"""Starting the desktop app: the QApplication, its language, the main window, screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import i18n
from .._version import __version__
from ..assets import resource

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _match(code: str) -> str | None:
    """One of LANGUAGES for a locale name ("zh_CN", "zh-Hant-HK", "en-US" ...), or None."""
    code = code.replace("-", "_")
    if code in LANGUAGES:
        return code
    if code == "zh" or code.startswith("zh_"):
        return "zh_TW" if any(t in code for t in ("TW", "HK", "MO", "Hant")) else "zh_CN"
    if code == "en" or code.startswith("en_"):
        return "en"
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The language the system asks for: the first of its UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on
    Linux; the preferred languages on Windows and macOS) that NetBuilder speaks, else English."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        found = _match(name)
        if found is not None:
            return found
    return "en"


def resolve_language(requested: str | None) -> str:
    """The language to use: the one asked for (``--lang``), else the one chosen in the app (View → Language),
    else the system's."""
    from . import settings

    for code in (requested, settings.language()):
        if code:
            return _match(code) or "en"
    return system_language()


_translators: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language of the texts on screen (the last one installed)."""
    return _current


def install_translator(app: QCoreApplication, code: str) -> bool:
    """Load ``resources/translations/netbuilder_<code>.qm`` (and Qt's own strings); English needs none."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    global _current
    _current = "en"
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    if code == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(str(resource("translations", f"netbuilder_{code}.qm"))):
        return False
    app.installTranslator(ours)
    _translators.append(ours)
    _current = code
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    return True


def create_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("NetBuilder")
    app.setApplicationName("NetBuilder")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.netbuilder.NetBuilder")  # packaging/linux/*.desktop
    from .icons import app_icon

    app.setWindowIcon(app_icon())
    install_translator(app, resolve_language(lang))
    return app


def render_screenshot(window, out: str | Path, size=(1400, 880)) -> Path:
    """Show the window (offscreen is fine), let it lay itself out, and save it as a PNG."""
    app = QApplication.instance()
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.view.fit()
    app.processEvents()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


def run_app(file: str | None = None, *, screenshot: str | None = None, lang: str | None = None) -> int:
    if screenshot and _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if _no_display():
        print("netbuilder: error: no display to show the window on (use --screenshot OUT.png, "
              "or QT_QPA_PLATFORM=offscreen)", file=sys.stderr)
        return 2
    app = create_application(lang)
    from ..io import NetworkFileError, load
    from .main_window import MainWindow

    network, error = None, None
    if file:
        try:
            network = load(file)
        except NetworkFileError as exc:
            if screenshot:
                print(f"netbuilder: error: {exc}", file=sys.stderr)
                return 2
            error = exc
    window = MainWindow(network, file if network is not None else None, autosave=not screenshot,
                        remember_layout=not screenshot)
    if screenshot:
        try:
            path = render_screenshot(window, screenshot)
        except OSError as exc:
            print(f"netbuilder: error: {exc}", file=sys.stderr)
            return 2
        print(f"Screenshot written to {path}")
        window.doc.undo_stack.setClean()
        window.close()
        return 0
    window.show()
    if error:
        from ..i18n import fill

        window.file_error(QCoreApplication.translate("MainWindow", "Cannot open file"),
                          fill(QCoreApplication.translate("MainWindow", "“%1” could not be opened: it is not a network "
                                                                        "file NetBuilder can read, or it is damaged. "
                                                                        "The network on screen stays as it was."),
                               Path(file).name), error)
    elif file is None:
        window.offer_recovery()
    if network is not None:
        from . import settings

        settings.add_recent_file(file)
    code = app.exec()
    release_clipboard()
    return code


def release_clipboard() -> None:
    """Hand back copied layers before Python shuts down.

    The clipboard is a Qt global that outlives the interpreter; a QMimeData made in Python and still held
    there would be destroyed after Python is gone and crash the exit.
    """
    from PySide6.QtGui import QGuiApplication

    from .editor import CLIPBOARD_MIME

    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()
