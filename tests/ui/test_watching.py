"""Learning you can watch: the speed control, runs until Stop, a loss axis that follows the run, a prompt
pause, and one epoch and one loss in the bar, the line under it and the Loss panel's header."""

import re
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import open_template


def start_xor(window, qtbot, **training):
    open_template(window, "xor")
    if training:
        window.doc.network.set_training(**training)
        window.training.panel.load()
    panel = window.training.panel
    return window.training, panel


def choose_speed(qtbot, panel, text):
    """Pick a speed with the keyboard, as a user does on the combo box."""
    combo = panel.speed
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no speed {text!r}: {[combo.itemText(k) for k in range(combo.count())]}")


def epochs_in(text):
    found = re.search(r"[Ee]poch (\d+)", text)
    return int(found.group(1)) if found else None


def test_a_slow_speed_trains_a_few_epochs_a_second_and_everything_agrees(window, qtbot):
    runner, panel = start_xor(window, qtbot)
    choose_speed(qtbot, panel, "10 epochs a second")
    assert runner.controller.speed == 10
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.controller.state == "running", timeout=10000)
    began = time.perf_counter()
    qtbot.wait(1500)
    trainer = runner.controller.session.trainer
    seconds = time.perf_counter() - began
    assert 5 <= trainer.epoch <= 10 * seconds + 3, "the engine waits between steps: about 10 epochs a second"
    # the bar, the line under it and the Loss panel's header: one epoch, one loss
    bar, line, header = panel.progress.format(), panel.status.text(), window.panels.loss.summary.text()
    assert epochs_in(bar) == epochs_in(line) == epochs_in(header) > 0
    loss_line = re.search(r"loss ([\d.]+)", line).group(1)
    loss_header = re.search(r"loss ([\d.]+)", header).group(1)
    assert loss_line == loss_header
    assert "s left" in line and not line.endswith(" 0 s left"), "time left counts the waits"
    # the loss axis follows the run instead of spanning the 300 planned epochs
    x_end = window.panels.loss.loss_plot.viewRange()[0][1]
    assert x_end < 60, x_end
    # faster from the next step on, without restarting
    choose_speed(qtbot, panel, "As fast as possible")
    qtbot.waitUntil(lambda: not runner.active, timeout=20000)
    assert window.doc.network.history.latest.epoch_count == 300
    assert window.act_undo.text().replace("&", "") == "Undo Train 300 epochs"


def test_the_speed_is_remembered(window, qtbot):
    runner, panel = start_xor(window, qtbot)
    choose_speed(qtbot, panel, "3 epochs a second")
    from netbuilder.ui.training import TrainingRunner

    again = TrainingRunner(window, type(panel)(window.doc))
    assert again.controller.speed == 3 and again.panel.current_speed() == 3
    choose_speed(qtbot, panel, "As fast as possible")


def test_until_stopped_runs_past_the_epochs_until_stop(window, qtbot):
    runner, panel = start_xor(window, qtbot, epochs=5)
    qtbot.mouseClick(panel.endless, Qt.MouseButton.LeftButton)
    assert panel.until_stopped and not panel.epochs.isEnabled()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.active and runner.controller.session.trainer is not None
                    and runner.controller.session.trainer.epoch > 50, timeout=20000)
    qtbot.wait(100)
    assert runner.active, "5 epochs were set, but the run goes on"
    assert "of ∞" in panel.progress.format()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    run = window.doc.network.history.latest
    assert run.epoch_count > 50 and "stopped by the user" in run.stop_reason
    assert window.doc.network.training.epochs == 5, "∞ is the run's, not a setting written to the file"
    qtbot.mouseClick(panel.endless, Qt.MouseButton.LeftButton)
    assert panel.epochs.isEnabled()


def test_pause_takes_effect_at_the_next_step(window, qtbot):
    runner, panel = start_xor(window, qtbot, epochs=1_000_000)
    choose_speed(qtbot, panel, "As fast as possible")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.controller.state == "running", timeout=10000)
    qtbot.wait(500)
    trainer = runner.controller.session.trainer
    shown = epochs_in(panel.progress.format())
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    at_click = trainer.global_step
    qtbot.wait(300)
    assert trainer.global_step - at_click <= 1, "the loop stops at the next step"
    # the screen catches up at once: it shows the step the run paused at
    assert epochs_in(panel.progress.format()) == trainer.epoch == epochs_in(window.panels.loss.summary.text())
    assert trainer.epoch - shown < 2000, "what the screen showed was at most a moment behind"
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)


def test_pause_during_the_wait_of_a_slow_run_is_immediate(window, qtbot):
    runner, panel = start_xor(window, qtbot)
    choose_speed(qtbot, panel, "1 epoch a second")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.controller.session.trainer is not None
                    and runner.controller.session.trainer.epoch >= 1, timeout=10000)
    began = time.perf_counter()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert time.perf_counter() - began < 0.6, "Stop does not wait for the slow step's turn"
    choose_speed(qtbot, panel, "As fast as possible")
    QApplication.processEvents()
