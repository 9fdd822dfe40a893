"""What a lesson hides (every dock, the Gradient flow panel and the replay timeline too), and Restore This Moment
under a lesson that locks the weights."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from netbuilder.lessons import PANELS, Controls
from netbuilder.lessons import save as save_lesson
from netbuilder.lessons.builtin import activations


def settle(qtbot, ms=100):
    qtbot.wait(ms)
    QApplication.processEvents()


def _lesson_file(tmp_path, hidden):
    lesson = activations()
    lesson.controls = Controls(editable=frozenset({"activation"}), hidden=frozenset(hidden))
    return save_lesson(lesson, tmp_path / "lesson.json")


def test_every_dock_of_the_window_is_one_a_lesson_can_hide(window):
    docks = window.lessons._docks()
    assert set(docks) <= set(PANELS)
    named = {dock.objectName() for dock in docks.values()}
    for dock in window.findChildren(QDockWidget):
        if dock is not window.lesson_dock:
            assert dock.objectName() in named, f"{dock.objectName()}: no name for lessons.locks.PANELS"
    assert docks["gradient_flow"] is window.panels.docks["gradient_flow"]
    assert docks["replay"] is window.replay.timeline


def test_a_lesson_hides_the_gradient_flow_panel_and_the_timeline_and_gives_them_back(window, qtbot, tmp_path):
    flow, timeline = window.panels.docks["gradient_flow"], window.replay.timeline
    flow.show()
    settle(qtbot)
    assert not flow.isHidden() and not timeline.isHidden()
    assert window.lessons.open_file(_lesson_file(tmp_path, {"gradient_flow", "replay", "feature_maps"}), ask=False)
    settle(qtbot)
    assert flow.isHidden() and timeline.isHidden() and window.panels.docks["feature_maps"].isHidden()
    assert not window.panels.docks["loss"].isHidden(), "only what the lesson names"
    window.lessons.close_lesson()
    settle(qtbot)
    assert not flow.isHidden() and not timeline.isHidden()


def test_the_timeline_stays_hidden_after_a_language_switch(qtbot, tmp_path):
    from netbuilder.ui.app import install_translator
    from netbuilder.ui.main_window import MainWindow

    old = MainWindow(autosave=False, remember_layout=False)
    old.show()
    qtbot.waitExposed(old)
    assert old.lessons.open_file(_lesson_file(tmp_path, {"replay"}), ask=False)
    install_translator(QApplication.instance(), "zh_CN")
    new = None
    try:
        new = old.rebuild()
        settle(qtbot)
        assert new.replay.timeline.isHidden()
        new.lessons.close_lesson()
        assert not new.replay.timeline.isHidden()
    finally:
        install_translator(QApplication.instance(), "en")
        if new is not None:
            new.doc.undo_stack.setClean()
            new.close()
            new.deleteLater()


def _train(window, qtbot, epochs=20):
    window.doc.network.set_training(epochs=epochs)  # shorter than the lesson's run (the epochs are locked)
    window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=30000)
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=5000)


def test_restore_this_moment_is_refused_while_the_lesson_locks_the_weights(window, qtbot):
    assert window.lessons.open_builtin(3, ask=False)  # Activation functions: only the activations are free
    settle(qtbot)
    assert window.lessons.lesson.controls.is_locked("weights")
    _train(window, qtbot)  # training still changes the weights
    replay, timeline = window.replay, window.replay.timeline
    now = window.doc.network.get_parameters()
    undo_steps = window.doc.undo_stack.count()
    timeline.slider.setFocus()
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Home)  # the start of the run
    qtbot.waitUntil(lambda: replay.replaying, timeout=2000)
    assert timeline.now_button.isEnabled()
    assert not timeline.restore_button.isEnabled()
    assert timeline.restore_button.toolTip().startswith("Locked by the lesson: weights and biases.")
    said = []
    window.message.connect(said.append)
    assert replay.restore() is False  # asked all the same (a shortcut, a script): refused, and why
    assert said and said[-1] == "Locked by the lesson: weights and biases."
    assert window.doc.network.get_parameters().equals(now) and window.doc.undo_stack.count() == undo_steps
    assert window.lessons.last_refusal == "Locked by the lesson: weights and biases."
    # without the lesson the moment can be restored
    window.lessons.close_lesson()
    settle(qtbot)
    assert timeline.restore_button.isEnabled() and "Undo" in timeline.restore_button.toolTip()
    first = replay.moments[0]
    qtbot.mouseClick(timeline.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.doc.network.get_parameters().equals(first.parameters)
    assert not np.array_equal(first.parameters.weights["C1"], now.weights["C1"])
