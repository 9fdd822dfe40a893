"""What a run in the window computes follows what is on the screen: a hidden panel costs nothing, and a panel
shown again during the run gets its part at the next probe."""

from PySide6.QtCore import Qt

from .conftest import open_template
from .test_training import Recorder


def test_a_closed_panel_is_not_computed_and_comes_back_at_the_next_probe(window, qtbot):
    open_template(window, "xor")
    window.canvas_insight.set_show_maps(False)  # the canvas's neuron pictures also draw the boundary
    rec = Recorder()
    runner = window.training
    runner.watchers.append(rec)
    dock = window.panels.docks["boundary"]
    dock.close()
    qtbot.waitUntil(lambda: not window.panels.boundary.is_shown(), timeout=5000)
    qtbot.mouseClick(runner.panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=10000)
    assert "boundary" not in window.panels.probe.wanted
    assert rec.snapshots[0].boundary is None, "the closed Decision boundary panel costs nothing"
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.panels.boundary.is_shown(), timeout=5000)
    qtbot.waitUntil(lambda: "boundary" in window.panels.probe.wanted, timeout=5000)
    qtbot.mouseClick(runner.panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 2, timeout=10000)
    assert rec.snapshots[1].boundary is not None, "shown again: drawn from the next probe on"
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)


def test_a_tab_in_the_background_is_not_computed(window, qtbot):
    open_template(window, "xor")
    window.canvas_insight.set_show_badges(False)
    panels = window.panels
    panels.docks["loss"].raise_()  # the Gradient flow panel is a tab behind it
    qtbot.waitUntil(lambda: panels.loss.is_shown() and not panels.gradient_flow.is_shown(), timeout=5000)
    runner = window.training
    rec = Recorder()
    runner.watchers.append(rec)
    qtbot.mouseClick(runner.panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=10000)
    assert "health" not in panels.probe.wanted and rec.snapshots[0].health is None
    panels.docks["gradient_flow"].raise_()
    qtbot.waitUntil(lambda: "health" in panels.probe.wanted, timeout=5000)
    qtbot.mouseClick(runner.panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 2, timeout=10000)
    assert rec.snapshots[1].health, "the Gradient flow panel in front: health measured from the next step"
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
