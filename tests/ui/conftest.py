"""GUI test setup: offscreen Qt, settings and autosaves kept in a temporary folder, helpers that act like a user."""

import gc
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path, monkeypatch):
    """Each test gets empty settings and its own autosave folder."""
    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("NetBuilderTests")
    qapp.setApplicationName("NetBuilderTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from netbuilder.ui import autosave

    monkeypatch.setattr(autosave, "autosave_dir", lambda: tmp_path / "autosave")
    from netbuilder.ui.app import install_translator

    install_translator(qapp, "en")
    yield
    from netbuilder.ui.app import release_clipboard

    release_clipboard()


@pytest.fixture(autouse=True)
def no_forgotten_dialogs(qapp):
    """A modal dialog nobody answers would hang the run: close any left open for 15 s and fail the test."""
    closed = []
    seen = {}

    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        since = seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > 15:
            closed.append(dialog.windowTitle() or type(dialog).__name__)
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not closed, f"a dialog was left waiting for an answer: {closed}"


@pytest.fixture
def window(qtbot):
    from netbuilder.ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Closed here rather than by qtbot.addWidget: pytest-qt closes its widgets before fixtures end, and a
    # window with unsaved changes would then sit in its save prompt forever.
    w.training.stop_and_wait()  # a run still going would apply its weights on close and ask to save them
    w.doc.undo_stack.setClean()
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()  # here, not in the next test's worker thread (Qt objects must die in the UI thread)


def open_template(window, key):
    window.new_from_template(key)
    QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()


def view_point(window, scene_point) -> QPoint:
    return window.view.mapFromScene(scene_point)


def send_mouse(widget, kind, pos, button=Qt.MouseButton.LeftButton, buttons=None, modifiers=Qt.KeyboardModifier.NoModifier):
    """A mouse event as the window system would deliver it (works for drags, unlike QTest.mouseMove)."""
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    pos = QPointF(pos)
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(widget, start, end, steps=5):
    send_mouse(widget, QEvent.Type.MouseButtonPress, start)
    for k in range(1, steps + 1):
        p = QPointF(start) + (QPointF(end) - QPointF(start)) * (k / steps)
        send_mouse(widget, QEvent.Type.MouseMove, p, button=Qt.MouseButton.NoButton, buttons=Qt.MouseButton.LeftButton)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end)


def double_click(widget, pos):
    send_mouse(widget, QEvent.Type.MouseButtonPress, pos)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos)
    send_mouse(widget, QEvent.Type.MouseButtonDblClick, pos)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos)


def answer_next_dialog(callback, attempts=50):
    """Run ``callback(dialog)`` on the next modal dialog that opens (message boxes, value dialogs)."""

    def poll(n=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            callback(dialog)
        elif n > 0:
            QTimer.singleShot(20, lambda: poll(n - 1))

    QTimer.singleShot(0, poll)
