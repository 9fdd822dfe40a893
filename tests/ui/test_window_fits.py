"""The window fits the screen: a 1366 × 768 laptop and a 1280 × 720 projector, whatever is open."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from netbuilder import templates
from netbuilder.assets import resource
from netbuilder.ui import settings
from netbuilder.ui.main_window import MainWindow, dock_content

PROJECTOR = QRect(0, 0, 1280, 720)
MINIMUM = (1024, 640)


def settle(qtbot, ms=200):
    qtbot.wait(ms)
    QApplication.processEvents()


def assert_fits(window, what):
    window.layout().activate()
    hint = window.minimumSizeHint()
    assert hint.width() <= MINIMUM[0] and hint.height() <= MINIMUM[1], f"{what}: minimum {hint.toTuple()}"
    assert window.minimumSize().width() <= MINIMUM[0] and window.minimumSize().height() <= MINIMUM[1]


def test_every_panel_the_walkthrough_and_mnist_fit_a_projector(window, qtbot):
    window.resize(1280, 720)
    settle(qtbot)
    assert_fits(window, "at start")
    window.act_choose_data.trigger()
    settle(qtbot)
    assert_fits(window, "with the Data panel")
    window.act_walkthrough.trigger()
    settle(qtbot)
    assert_fits(window, "with the walkthrough")
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        settle(qtbot, 30)
    assert_fits(window, "with every panel")
    for dock in window.findChildren(QDockWidget):  # floating panels do not count: every one docked side by side
        assert not dock.isFloating()
    assert window.open_example(resource("examples", "mnist_mlp.nbn"))
    settle(qtbot, 400)
    assert_fits(window, "with MNIST")
    assert window.open_file(resource("examples", "xor.nbn"), ask=False)
    settle(qtbot)
    assert_fits(window, "after reopening a file")
    # the window shrinks to the projector and every panel stays within it (scrolling if it must)
    window.resize(1024, 640)
    settle(qtbot)
    assert window.width() <= 1024 and window.height() <= 640
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible():
            g = dock.geometry()
            assert g.right() <= window.width() and g.bottom() <= window.height(), dock.objectName()
    assert all(dock_content(d) is not None for d in window.findChildren(QDockWidget))


def test_a_long_problem_in_the_status_bar_does_not_widen_the_window(window, qtbot):
    window.set_network(templates.empty())
    settle(qtbot, 300)
    assert window.validation.problems
    assert window.statusBar().minimumSizeHint().width() < 500
    assert_fits(window, "with a problem shown")


def test_a_geometry_saved_on_a_large_screen_is_brought_within_the_screen(qtbot):
    big = MainWindow(remember_layout=False, autosave=False)
    big.show()
    big.resize(1900, 1238)
    settle(qtbot)
    settings.save_window_state(big.saveGeometry(), big.saveState())
    big.close()
    restored = MainWindow(autosave=False)
    restored.fit_to_screen(PROJECTOR)
    frame = restored.frameGeometry()
    assert restored.width() <= 1280 and restored.height() <= 720
    assert PROJECTOR.contains(frame.topLeft()) and frame.right() <= PROJECTOR.right() + 1
    # what the app saves on closing fits too
    restored.show()
    settle(qtbot)
    restored.fit_to_screen(PROJECTOR)
    restored.close()
    again = MainWindow(autosave=False)
    again.fit_to_screen(PROJECTOR)
    assert again.width() <= 1280 and again.height() <= 720
    # and on the real screen the window never starts larger than it
    area = again.screen().availableGeometry()
    fresh = MainWindow(autosave=False)
    assert fresh.width() <= area.width() and fresh.height() <= area.height()
    for w in (restored, again, fresh):
        w.doc.undo_stack.setClean()
        w.close()
        w.deleteLater()


def _walkthrough_buttons(panel):
    return [panel.restart_button, panel.prev_button, panel.next_button, panel.play_button, panel.pace,
            *panel.phase_buttons.values(), panel.apply_button, panel.discard_button, panel.export_button]


def _assert_buttons_reachable(window, panel, what):
    """Every toolbar button is shown whole, inside the dock's visible part, on top (a click there reaches it)."""
    dock = panel.window().walkthrough_dock if hasattr(panel.window(), "walkthrough_dock") else window
    shown = dock.rect()
    for button in _walkthrough_buttons(panel):
        assert button.isVisible(), (what, button.text())
        rect = button.rect()
        top_left, bottom_right = button.mapTo(dock, rect.topLeft()), button.mapTo(dock, rect.bottomRight())
        assert shown.contains(top_left) and shown.contains(bottom_right), (what, button.text(), top_left, bottom_right)
        centre = button.mapTo(window, rect.center())
        hit = window.childAt(centre)
        assert hit is button or button.isAncestorOf(hit), (what, button.text(), hit)
    # the buttons do not overlap one another nor the columns under them
    rects = [QRect(b.mapTo(panel, QPoint(0, 0)), b.size()) for b in _walkthrough_buttons(panel)]
    assert all(not a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1:]), what
    below = panel.splitter.geometry()
    assert all(r.bottom() < below.top() for r in rects), what


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_walkthrough_toolbar_wraps_and_its_buttons_are_reachable_on_a_projector(qtbot, language):
    from netbuilder.ui.app import install_translator

    install_translator(QApplication.instance(), language)
    window = MainWindow(autosave=False, remember_layout=False)
    try:
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.new_from_template("worked_example")
        window.act_walkthrough.trigger()
        settle(qtbot, 300)
        panel = window.walkthrough
        assert panel.minimumSizeHint().width() <= 480, (language, panel.minimumSizeHint())
        assert_fits(window, f"with the walkthrough ({language})")
        assert panel.width() <= window.walkthrough_dock.width(), "no sideways scrolling in the dock"
        assert panel.toolbar.height() > 2 * panel.next_button.height(), "a 1280-pixel window: the bar wraps"
        _assert_buttons_reachable(window, panel, language)
        step = panel.model.index
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        assert panel.model.index == step + 1
        qtbot.mouseClick(panel.phase_buttons["backward"], Qt.MouseButton.LeftButton)
        assert panel.model.current.phase == "backward"
        # a narrow dock: one column under the wrapped bar, nothing wider than the dock
        dock = window.walkthrough_dock
        dock.setFloating(True)
        dock.resize(480, 600)
        settle(qtbot, 200)
        assert panel.width() <= 480 and panel.splitter.orientation() == Qt.Orientation.Vertical
        _assert_buttons_reachable(dock, panel, language + " narrow")
        # a wide one: the bar on one row, three columns
        dock.resize(1500, 500)
        settle(qtbot, 200)
        assert panel.splitter.orientation() == panel.views.orientation() == Qt.Orientation.Horizontal
        assert panel.toolbar.height() < 2 * panel.next_button.height()
        _assert_buttons_reachable(dock, panel, language + " wide")
        dock.setFloating(False)
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        install_translator(QApplication.instance(), "en")
