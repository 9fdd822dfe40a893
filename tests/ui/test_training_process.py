"""Training in a process of its own (TrainingController.design "process"): the same buttons and outcome as in a
thread, a crash of the child a message in a window that stays, no process left behind when the window closes."""

import os
import signal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netbuilder.session import Control, TrainingSession
from netbuilder.workers.training import PROCESS_PARAMETERS, TrainingController

from .test_training import setup


def in_process(window, **training):
    runner, panel, rec = setup(window, **training)
    runner.controller.design = "process"
    return runner, panel, rec


def test_a_run_in_a_process_applies_one_undoable_step(window, qtbot):
    runner, _panel, rec = in_process(window, epochs=30)
    before = window.doc.network.get_parameters()
    headless = TrainingSession(window.doc.network).run(Control()).parameters
    runner.start()
    assert runner.controller.running_in == "process"
    qtbot.waitUntil(lambda: not runner.active, timeout=30000)
    assert rec.snapshots and rec.ended, "its reports reached the watchers"
    assert rec.snapshots[-1].boundary is not None, "the probe ran in the child: the boundary came with them"
    recording = runner.last_outcome.recording  # rebuilt by the window from the moments of the reports
    assert runner.last_outcome.epochs == 30 and recording is not None and len(recording.moments) >= 2
    assert recording.moments[0].step == 0 and recording.moments[-1].step == runner.last_outcome.steps
    assert recording.moments[-1].parameters.equals(headless), "the last moment is where training ended"
    assert not window.doc.network.get_parameters().equals(before)
    assert window.doc.network.get_parameters().equals(headless), "the numbers of netbuilder train, bit for bit"
    assert window.act_undo.text().replace("&", "") == "Undo Train 30 epochs"
    window.doc.undo_stack.undo()
    assert window.doc.network.get_parameters().equals(before)


def test_pause_step_and_stop_reach_the_process(window, qtbot):
    runner, panel, rec = in_process(window, batch_size=1)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)  # from idle: a paused run, one step
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=30000)
    assert rec.snapshots[0].global_step == 1 and runner.controller.state == "paused"
    runner.step()
    qtbot.waitUntil(lambda: len(rec.snapshots) == 2, timeout=10000)
    assert rec.snapshots[1].global_step == 2
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert window.act_undo.text().replace("&", "") == "Undo Train 2 steps"


def test_a_killed_training_process_is_a_message_and_the_window_stays(window, qtbot):
    runner, panel, rec = in_process(window, epochs=10**6)
    before = window.doc.network.get_parameters()
    runner.start()
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 2, timeout=30000)
    process = runner.controller._process
    os.kill(process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert not process.is_alive()
    assert "ended unexpectedly" in panel.status.text() and "-9" in panel.status.text()
    assert window.isVisible() and not window.doc.locked
    assert window.doc.network.get_parameters().equals(before), "nothing of the lost run is applied"
    runner.start()  # and the next run trains
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=30000)


def test_closing_the_window_while_a_process_trains_leaves_no_process(qtbot):
    from netbuilder import templates
    from netbuilder.ui.main_window import MainWindow

    w = MainWindow(templates.xor(), autosave=False)
    w.doc.network.set_training(epochs=10**6)
    w.show()
    w.training.controller.design = "process"
    w.training.start()
    qtbot.waitUntil(lambda: w.training.controller.state == "running", timeout=30000)
    process = w.training.controller._process
    w.doc.undo_stack.setClean()
    w.training.runEnded.connect(lambda outcome: w.doc.undo_stack.setClean())  # no save prompt in a test
    assert w.close()
    assert not w.training.active and not process.is_alive()
    assert w.doc.network.history.runs, "what it trained was applied, as from a thread"
    w.deleteLater()
    QApplication.processEvents()


def test_a_divergence_in_the_process_says_so(window, qtbot):
    runner, panel, _rec = in_process(window, learning_rate=1e6, epochs=200)
    runner.start()
    qtbot.waitUntil(lambda: not runner.active, timeout=30000)
    outcome = runner.last_outcome
    if outcome.diverged:
        assert "diverged" in panel.status.text().lower()
    assert window.isVisible()


def test_large_networks_train_in_a_process_small_ones_in_a_thread():
    from netbuilder import templates

    controller = TrainingController()
    controller.design = "auto"
    assert controller.design_for(templates.xor()) == "thread"
    assert templates.mnist_mlp().parameter_count() >= PROCESS_PARAMETERS
    assert controller.design_for(templates.mnist_mlp()) == "process"
    assert controller.design_for(templates.mnist_mlp(), probe=lambda t, s: None) == "thread", \
        "a probe of a test's own can only watch from a thread"
