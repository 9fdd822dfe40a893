"""Training from the window: the worker thread, its buttons, and what a finished run leaves in the document."""

import numpy as np
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.ui.main_window import dock_content

from .conftest import open_template


class Recorder:
    """A stand-in for the live plots: remembers what the runner tells them."""

    def __init__(self):
        self.labels, self.snapshots, self.ended = [], [], []

    def begin_run(self, label):
        self.labels.append(label)

    def add_snapshot(self, snapshot):
        self.snapshots.append(snapshot)

    def end_run(self, run):
        self.ended.append(run)


def setup(window, template="xor", **training):
    open_template(window, template)
    if training:
        window.doc.network.set_training(**training)
        window.training.panel.load()
    recorder = Recorder()
    window.training.watchers.append(recorder)
    return window.training, window.training.panel, recorder


def test_start_runs_in_a_thread_and_applies_one_undoable_step(window, qtbot):
    runner, panel, rec = setup(window, epochs=200, batch_size=1)
    net = window.doc.network
    before = net.get_parameters()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert window.doc.locked and "Training is running" in window.view.banner
    qtbot.waitUntil(lambda: not runner.active, timeout=20000)
    assert rec.labels == ["adam, lr 0.05, batch 1"] and rec.ended
    losses = [loss for s in rec.snapshots for loss in s.batch_losses]
    assert len(losses) == 200 * 4, "every step's loss reaches the plots"
    assert not net.get_parameters().equals(before)
    assert window.act_undo.text().replace("&", "") == "Undo Train 200 epochs"
    assert len(net.history.runs) == 1 and net.history.latest.epoch_count == 200
    assert "completed 200 epochs" in panel.status.text()
    assert not window.doc.locked and window.doc.modified
    window.act_undo.trigger()
    assert net.get_parameters().equals(before) and len(net.history.runs) == 0
    window.act_redo.trigger()
    assert len(net.history.runs) == 1


def test_pause_step_resume_stop(window, qtbot):
    runner, panel, rec = setup(window, epochs=1000000, batch_size=1)
    net = window.doc.network
    before = net.get_parameters()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.controller.state == "running", timeout=10000)
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 2, timeout=10000)
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert runner.controller.state == "paused" and panel.pause_button.text() == "Resume"
    trainer = runner.controller.session.trainer
    qtbot.waitUntil(lambda: rec.snapshots[-1].global_step == trainer.global_step, timeout=5000)  # reported on pause
    qtbot.wait(50)
    settled = len(rec.snapshots)
    step_before = rec.snapshots[-1].global_step
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == settled + 1, timeout=5000)
    assert rec.snapshots[-1].global_step == step_before + 1
    assert net.get_parameters().equals(before), "the document changes only when training ends"
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)  # resume
    assert runner.controller.state == "running"
    qtbot.waitUntil(lambda: rec.snapshots[-1].global_step > step_before + 5, timeout=5000)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert "stopped by the user" in panel.status.text()
    assert not net.get_parameters().equals(before)
    assert window.act_undo.text().replace("&", "").startswith("Undo Train")


def test_step_from_idle_trains_one_mini_batch(window, qtbot):
    runner, panel, rec = setup(window, batch_size=2)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=10000)
    assert rec.snapshots[0].global_step == 1 and runner.controller.state == "paused"
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert window.act_undo.text().replace("&", "") == "Undo Train 1 step"


def test_editing_is_refused_while_training(window, qtbot):
    runner, panel, rec = setup(window, epochs=100000)
    runner.start()
    qtbot.waitUntil(lambda: runner.controller.state == "running", timeout=10000)
    layers = len(window.doc.network.layers)
    window.editor.add_from_palette({"kind": "dense"}, None, None)
    assert len(window.doc.network.layers) == layers
    assert "stop it to edit" in window.statusBar().currentMessage()
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)


def test_learning_rate_change_reaches_the_running_session_and_is_kept(window, qtbot):
    runner, panel, rec = setup(window, epochs=100000)
    runner.start()
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 1, timeout=10000)
    panel.learning_rate.setText("0.01")
    panel.learning_rate.editingFinished.emit()
    session = runner.controller.session
    qtbot.waitUntil(lambda: session.trainer.optimizer.learning_rate == 0.01, timeout=5000)
    assert session.trainer.epoch > 0 or session.trainer.global_step > 0, "not restarted"
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    net = window.doc.network
    assert net.training.learning_rate == 0.01
    assert net.history.latest.settings["changes"][0]["optimizer"]["learning_rate"] == 0.01
    window.act_undo.trigger()
    assert net.training.learning_rate == 0.05


def test_settings_edited_while_idle_are_undoable(window, qtbot):
    runner, panel, rec = setup(window)
    original = window.doc.network.training.batch_size
    panel.batch_size.setValue(2)
    assert window.doc.network.training.batch_size == 2
    panel.learning_rate.setText("abc")
    panel.learning_rate.editingFinished.emit()
    assert "must be a number above 0" in panel.status.text()
    assert panel.learning_rate.text() == "0.05"
    window.act_undo.trigger()
    assert window.doc.network.training.batch_size == original
    assert panel.batch_size.value() == (original or 0)


def test_divergence_shows_the_message_and_keeps_finite_weights(window, qtbot):
    net = Sequential([Input(2), Dense(1, "linear")])
    net.dataset = {"kind": "builtin", "name": "plane", "params": {}}
    net.set_training(loss="mse", optimizer={"name": "sgd", "learning_rate": 1e6}, epochs=50)
    window.set_network(net)
    runner, panel = window.training, window.training.panel
    runner.start()
    qtbot.waitUntil(lambda: not runner.active, timeout=20000)
    assert "diverged" in panel.status.text() and "smaller learning rate" in panel.status.text()
    assert window.doc.network.get_parameters().all_finite()


def test_a_network_without_data_says_so_in_the_apps_words(window, qtbot):
    runner, panel, rec = setup(window)
    window.doc.network.dataset = None
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    text = panel.status.text()
    assert "no data to train on" in text and "Data panel" in text
    assert "--data" not in text, "the command line's wording stays on the command line"
    assert not window.doc.locked and not rec.labels


def test_a_perceptron_says_how_to_train_it_here(window, qtbot):
    runner, panel, rec = setup(window, "perceptron")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    text = panel.status.text()
    assert "sigmoid" in text and "'netbuilder train'" not in text and not runner.active


def test_reset_weights_is_undoable(window):
    runner, panel, rec = setup(window)
    net = window.doc.network
    before = net.get_parameters()
    panel.reset_button.click()
    assert not net.get_parameters().equals(before)
    window.act_undo.trigger()
    assert net.get_parameters().equals(before)


def test_closing_the_window_while_training_stops_the_thread(qtbot, capfd):
    from netbuilder import templates
    from netbuilder.ui.main_window import MainWindow

    w = MainWindow(templates.xor(), autosave=False)
    w.doc.network.set_training(epochs=1000000)
    w.show()
    threads = []  # the thread the run trains in, as its probe (called there) sees it
    make_probe = w.training.probe_factory

    def recording_probe_factory(*args):
        probe = make_probe(*args)

        def recorded(trainer, snapshot):
            if not threads:
                threads.append(QThread.currentThread())
            probe(trainer, snapshot)

        return recorded

    w.training.probe_factory = recording_probe_factory
    w.training.start()
    qtbot.waitUntil(lambda: w.training.controller.state == "running" and bool(threads), timeout=10000)
    thread = threads[0]
    assert thread is not QThread.currentThread() and thread.isRunning()
    w.doc.undo_stack.setClean()
    w.training.runEnded.connect(lambda outcome: w.doc.undo_stack.setClean())  # no save prompt in a test
    assert w.close()
    assert not w.training.active and thread.isFinished()
    w.deleteLater()
    QApplication.processEvents()
    assert "Destroyed while thread" not in capfd.readouterr().err


def test_canvas_edges_follow_the_run_while_the_document_waits(window, qtbot):
    runner, panel, rec = setup(window, batch_size=1)
    net = window.doc.network
    conn = next(iter(net.connections.values()))
    document_weight = float(conn.weights[0, 0])
    runner.step()
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=10000)
    runner.step()
    qtbot.waitUntil(lambda: len(rec.snapshots) == 2, timeout=10000)
    edge = window.scene.edge_item(conn.id, 0, 0)
    live = float(rec.snapshots[-1].parameters.weights[conn.id][0, 0])
    assert edge.weight == live != document_weight
    assert float(conn.weights[0, 0]) == document_weight
    hidden = next(l for l in net.layers.values() if l.role == "hidden")
    item = window.scene.layer_items[hidden.id]
    assert item.activations is not None and len(item.activations) == hidden.units
    runner.controller.stop()
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert edge.live_weight is None and edge.weight == float(conn.weights[0, 0]) == live


def test_the_package_names_the_runner_of_the_window(window):
    from netbuilder.ui import training
    from netbuilder.ui.training.install import install_training
    from netbuilder.ui.training.runner import TrainingRunner, merge_snapshots

    assert training.TrainingRunner is TrainingRunner and training.install_training is install_training
    assert training.merge_snapshots is merge_snapshots
    assert isinstance(window.training, TrainingRunner)
    assert dock_content(window.training.dock) is window.training.panel


def test_canvas_biases_follow_the_run_like_the_weights(window, qtbot):
    runner, panel, rec = setup(window, batch_size=1)
    net = window.doc.network
    hidden = next(l for l in net.layers.values() if l.role == "hidden")
    document_bias = np.array(hidden.bias, dtype=np.float64)
    item = window.scene.layer_items[hidden.id]
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 1, timeout=10000)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rec.snapshots) == 2, timeout=10000)
    live = rec.snapshots[-1].parameters.biases[hidden.id]
    assert item.live_bias is not None and np.array_equal(item.live_bias, live)
    assert not np.array_equal(live, document_bias), "two steps of Adam move every bias"
    assert np.array_equal(hidden.bias, document_bias), "the document waits for the end of the run"
    image = window.view.grab()  # the bias tags paint with the live values
    assert not image.isNull()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=10000)
    assert item.live_bias is None and np.array_equal(hidden.bias, live)
