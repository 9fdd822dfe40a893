"""Replaying a recorded run: every run in the window is recorded with the run, the timeline under the loss plot
shows any moment in the panels and on the canvas without changing the document, Restore this moment is one
undoable step, and a file saved with its recordings brings the timeline back."""

import numpy as np
from PySide6.QtCore import Qt

from netbuilder.model.recording import Moment, Recording
from netbuilder.model.parameters import Parameters
from netbuilder.ui.commands import UpdateLayer
from netbuilder.ui.panels.group import DOCUMENT, REPLAY

from .conftest import open_template


def train(window, qtbot, **training):
    """Train the open network from the Training panel's Start button, as a user does."""
    if training:
        window.doc.network.set_training(**training)
        window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=5000)


def trained_xor(window, qtbot, epochs=60):
    open_template(window, "xor")
    before = window.doc.network.get_parameters()
    train(window, qtbot, epochs=epochs, batch_size=1)
    return before


def test_a_run_from_the_training_panel_is_recorded_with_the_run(window, qtbot):
    before = trained_xor(window, qtbot)
    net = window.doc.network
    run = net.history.latest
    rec = run.recording
    assert rec is not None and len(rec.moments) > 10
    assert rec.moments[0].step == 0 and rec.moments[0].parameters.equals(before), "the first moment: before training"
    assert rec.moments[-1].parameters.equals(net.get_parameters()), "the last moment: what training left"
    assert rec.moments[-1].epoch == 60
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not window.replay.moments, timeout=2000)
    assert not net.history.runs and not window.replay.timeline.slider.isEnabled()
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=2000)
    assert net.history.latest.recording is rec, "undo and redo keep the recording with its run"


def test_a_single_step_and_a_stopped_run_are_recorded_too(window, qtbot):
    open_template(window, "xor")
    panel = window.training.panel
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.training.controller.state == "paused", timeout=10000)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=10000)
    rec = window.doc.network.history.latest.recording
    assert rec is not None and rec.steps == [0, 1]


def test_the_timeline_shows_a_moment_without_changing_the_document(window, qtbot):
    trained_xor(window, qtbot)
    net = window.doc.network
    now = net.get_parameters()
    steps_in_undo = window.doc.undo_stack.count()
    replay, timeline, panels = window.replay, window.replay.timeline, window.panels
    assert timeline.isVisible() and timeline.slider.isEnabled()
    assert not timeline.restore_button.isEnabled(), "nothing to restore before a moment is chosen"
    assert timeline.slider.value() == len(replay.moments) - 1, "the slider starts at the end of the run"
    timeline.slider.setFocus()
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Home)  # the start of the run
    qtbot.waitUntil(lambda: panels.shown.kind == REPLAY, timeout=2000)
    first = replay.moments[0]
    assert panels.shown.moment is first
    assert "epoch 0 ·" in timeline.label.text() and timeline.restore_button.isEnabled()
    # every panel and the canvas show the network as it was then
    conn = next(iter(net.connections.values()))
    assert np.array_equal(panels.weights.weights[conn.id], first.parameters.weights[conn.id])
    edge = window.scene.edge_item(conn.id, 0, 0)
    assert edge.live_weight == first.parameters.weights[conn.id][0, 0] != now.weights[conn.id][0, 0]
    boundary = panels.boundary.boundary
    assert boundary is panels.shown.snapshot.boundary and boundary is not None
    probability_now = window.panels.state.snapshot(net).boundary.output
    assert not np.allclose(boundary.output, probability_now), "the boundary of the untrained network"
    assert panels.metrics.confusion is panels.shown.snapshot.confusion is not None
    assert panels.loss.moment is first and panels.loss.moment_lines[0].isVisible()
    # a few moments on
    for _ in range(5):
        qtbot.keyClick(timeline.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: panels.shown.moment is replay.moments[5], timeout=2000)
    assert edge.live_weight == replay.moments[5].parameters.weights[conn.id][0, 0]
    # the document is as it was
    assert net.get_parameters().equals(now) and window.doc.undo_stack.count() == steps_in_undo
    assert not window.doc.locked
    # back to now: the document's network again, everywhere
    qtbot.mouseClick(timeline.now_button, Qt.MouseButton.LeftButton)
    assert panels.shown.kind == DOCUMENT and not panels.loss.moment_lines[0].isVisible()
    assert edge.live_weight is None and edge.weight == net.connections[conn.id].weights[0, 0]
    assert np.array_equal(panels.weights.weights[conn.id], net.connections[conn.id].effective_weights())
    assert not timeline.restore_button.isEnabled() and not timeline.now_button.isEnabled()


def test_restore_this_moment_is_one_undoable_step_exactly(window, qtbot):
    trained_xor(window, qtbot)
    net = window.doc.network
    now = net.get_parameters()
    replay, timeline = window.replay, window.replay.timeline
    middle = len(replay.moments) // 2
    timeline.slider.setValue(middle)  # as a drag leaves it
    qtbot.waitUntil(lambda: window.panels.shown.kind == REPLAY, timeout=2000)
    moment = replay.moments[middle]
    qtbot.mouseClick(timeline.restore_button, Qt.MouseButton.LeftButton)
    assert net.get_parameters().equals(moment.parameters), "bit for bit the recorded parameters"
    assert window.panels.shown.kind == DOCUMENT, "the document is that moment now"
    assert window.act_undo.text().replace("&", "") == f"Undo Restore the moment at epoch {moment.epoch:.4g}"
    assert window.doc.modified
    window.act_undo.trigger()
    assert net.get_parameters().equals(now), "undo brings back the parameters before, bit for bit"
    window.act_redo.trigger()
    assert net.get_parameters().equals(moment.parameters)


def test_play_goes_through_the_run_and_an_edit_ends_the_replay(window, qtbot):
    trained_xor(window, qtbot, epochs=30)
    replay, timeline, panels = window.replay, window.replay.timeline, window.panels
    qtbot.mouseClick(timeline.play_button, Qt.MouseButton.LeftButton)
    assert replay.player.isActive() and panels.shown.kind == REPLAY
    assert panels.shown.moment is replay.moments[0], "playing from the end starts at the beginning"
    qtbot.waitUntil(lambda: not replay.player.isActive(), timeout=15000)
    assert timeline.slider.value() == len(replay.moments) - 1 and panels.shown.moment is replay.moments[-1]
    # an edit of the document shows the document again
    timeline.slider.setValue(3)
    qtbot.waitUntil(lambda: panels.shown.kind == REPLAY, timeout=2000)
    hidden = next(layer for layer in window.doc.network.layers.values() if layer.role == "hidden")
    window.editor.set_bias(hidden.id, 0, 0.5)
    qtbot.waitUntil(lambda: panels.shown.kind == DOCUMENT, timeout=2000)
    assert window.scene.layer_items[hidden.id].live_bias is None


def test_a_new_run_ends_the_replay_and_the_timeline_waits_for_it(window, qtbot):
    trained_xor(window, qtbot, epochs=20)
    replay, timeline, panels = window.replay, window.replay.timeline, window.panels
    first_run = window.doc.network.history.latest
    timeline.slider.setValue(2)
    qtbot.waitUntil(lambda: panels.shown.kind == REPLAY, timeout=2000)
    window.doc.network.set_training(epochs=100000)
    window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.training.controller.state == "running", timeout=10000)
    assert panels.shown.kind != REPLAY and not panels.loss.moment_lines[0].isVisible()
    assert not timeline.slider.isEnabled() and "Recording" in timeline.label.text()
    assert not replay.show(1), "no replay while a run is live"
    qtbot.mouseClick(window.training.panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=10000)
    qtbot.waitUntil(lambda: replay.run is window.doc.network.history.latest, timeout=2000)
    assert timeline.slider.isEnabled() and replay.run is not first_run
    # two recorded runs: either can be chosen
    assert timeline.run_box.isVisibleTo(timeline) and timeline.run_box.count() == 2
    timeline.run_box.setCurrentIndex(0)
    assert replay.run is first_run and timeline.slider.maximum() == len(first_run.recording.moments) - 1
    assert "run 1" in timeline.run_box.currentText()


def test_a_recording_that_no_longer_fits_the_network_is_not_offered(window, qtbot):
    trained_xor(window, qtbot, epochs=10)
    hidden = next(layer for layer in window.doc.network.layers.values() if layer.role == "hidden")
    window.doc.push(UpdateLayer(window.doc.network, hidden.id, {"units": hidden.units + 1}))  # as the inspector does
    qtbot.waitUntil(lambda: not window.replay.moments, timeout=2000)
    assert not window.replay.timeline.slider.isEnabled()
    assert "Train to record" in window.replay.timeline.label.text()
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=2000)


def test_earlier_runs_keep_bounded_recordings(monkeypatch):
    from netbuilder.model.history import Run
    from netbuilder.ui.training import runner

    def recording(moments, size):
        rec = Recording(limit=1000)
        for step in range(moments):
            rec.add(Moment(step, step, 1.0, Parameters({"c": np.zeros(size)})))
        return rec

    monkeypatch.setattr(runner, "EARLIER_RECORDING_BYTES", 50 * 80)
    runs = [Run(recording=recording(100, 10)) for _ in range(9)]
    runner.bound_recordings(runs)
    assert [r.recording is None for r in runs] == [True, True] + [False] * 7, "the latest seven keep theirs"
    assert all(r.recording.nbytes <= 50 * 80 for r in runs[2:])
    assert all(r.recording.moments[-1].step == 99 for r in runs[2:]), "thinned, still to the end of the run"


def test_a_file_saved_with_its_recordings_brings_the_timeline_back(window, qtbot, tmp_path, monkeypatch):
    trained_xor(window, qtbot, epochs=40)
    recorded = window.doc.network.history.latest.recording
    chosen = iter([str(tmp_path / "plain.nbn"), str(tmp_path / "replay.nbn")])
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (next(chosen), ""))
    file_menu = [a.text() for a in window.file_menu.actions()]
    assert "Save Run &Recordings (up to 8 MB)" in file_menu
    assert not window.act_save_recordings.isChecked(), "files stay small unless asked"
    window.act_save_as.trigger()
    window.act_save_recordings.trigger()  # File → Save Run Recordings
    window.act_save_as.trigger()
    assert (tmp_path / "replay.nbn").stat().st_size > (tmp_path / "plain.nbn").stat().st_size
    assert window.open_file(tmp_path / "plain.nbn")
    assert window.doc.network.history.latest.recording is None
    qtbot.waitUntil(lambda: not window.replay.timeline.slider.isEnabled(), timeout=2000)
    assert window.open_file(tmp_path / "replay.nbn")
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=2000)
    back = window.replay.moments
    assert [m.step for m in back] == recorded.steps
    assert all(a.parameters.equals(b.parameters) for a, b in zip(back, recorded.moments))
    window.replay.timeline.slider.setValue(1)
    qtbot.waitUntil(lambda: window.panels.shown.kind == REPLAY, timeout=2000)
    assert window.panels.shown.moment is back[1]
