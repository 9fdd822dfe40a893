"""The live panels, fed with real reports of networks trained here, as the window's Step button trains them."""

import gc
import queue
import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from netbuilder import templates
from netbuilder.data import make_builtin
from netbuilder.engine import activations as engine_activations
from netbuilder.engine.probes import SnapshotProbe, boundary
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.session import Control, TrainingSession
from netbuilder.ui.panels import (
    ActivationPlotPanel, ActivationsPanel, BoundaryPanel, LossPanel, MetricsPanel, Panels, WeightsPanel,
    install_panels,
)
from netbuilder.ui.training import merge_snapshots
from netbuilder.ui.main_window import dock_content

#: Seconds to wait for the reports of the steps asked for.
REPORT_TIMEOUT = 30


class Training:
    """A real training session, paused in its own thread and stepped as the window's Step button steps it.

    Each step reports a snapshot (with the probe's numbers, when there is a probe); :meth:`snapshot` asks
    for some steps and coalesces their reports as the window does before drawing (``merge_snapshots``).
    """

    def __init__(self, net, ds, *, probe=True):
        self.net, self.ds = net, ds
        self.probe = SnapshotProbe(dataset=ds, resolution=40) if probe else None
        self.session = TrainingSession(net, ds, probe=self.probe)
        self.session.prepare()
        self.control = Control(paused=True)
        self.reports: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self.session.run, args=(self.control, self.reports.put),
                                       name="test-training", daemon=True)
        self.thread.start()
        self.steps = 0

    @property
    def trainer(self):
        return self.session.trainer

    def snapshot(self, steps: int):
        """Train ``steps`` mini-batches; the one report the panels get for them."""
        self.control.step(steps)
        reports = [self.reports.get(timeout=REPORT_TIMEOUT) for _ in range(steps)]
        self.steps += steps
        merged = reports[0]
        for report in reports[1:]:
            merged = merge_snapshots(merged, report)
        return merged

    def finish(self):
        """Stop the run as Stop does; its :class:`~netbuilder.model.history.Run`."""
        self.stop()
        return self.session.outcome.run

    def stop(self) -> None:
        self.control.stop()
        self.thread.join(REPORT_TIMEOUT)
        assert not self.thread.is_alive(), "the training session did not stop"


@pytest.fixture
def training():
    """``training(net, ds, probe=True)`` starts a :class:`Training`; every one is stopped at the end.

    While a session's thread lives, Python collects no garbage by itself: a cycle holding a Qt object,
    collected in that thread, would destroy the object in the wrong thread (as the window's training
    controller does, garbage is collected here, in the UI thread, before and after).
    """
    runs = []
    automatic = gc.isenabled()

    def start(net, ds, *, probe=True):
        if not runs:
            gc.collect()
            gc.disable()
        run = Training(net, ds, probe=probe)
        runs.append(run)
        return run

    yield start
    try:
        for run in runs:
            run.stop()
    finally:
        if automatic:
            gc.enable()
        gc.collect()


@pytest.fixture
def xor(training):
    return training(templates.xor(), make_builtin("xor"))


def boundary_now(run):
    """The decision boundary of the run's network as it stands, computed afresh on the probe's plane:
    the training inputs and the test inputs of its dataset."""
    t = run.trainer
    ds = run.ds
    dtype = t.compiled.dtype
    x_test = None if ds.x_test is None else np.asarray(ds.x_test, dtype=dtype)
    y_test = None if ds.y_test is None else np.asarray(ds.y_test, dtype=dtype)
    return boundary(t.compiled, t.x, t.y, x_test, y_test, task=t.task, threshold=t.threshold, resolution=40)


def shown(qtbot, panel, size=(640, 420)):
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def data_of(curve):
    x, y = curve.getData()
    return (np.array([]), np.array([])) if x is None else (x, y)


# -- loss -------------------------------------------------------------------------------------------


def test_loss_curves_grow_with_every_snapshot(qtbot, xor):
    panel = shown(qtbot, LossPanel())
    panel.begin_run("adam, lr 0.05, full batch")
    lengths = []
    for _ in range(3):
        panel.add_snapshot(xor.snapshot(5))
        lengths.append(len(data_of(panel.epoch_curve)[0]))
    assert lengths == [5, 10, 15]  # full batch: one step per epoch
    x, y = data_of(panel.epoch_curve)
    np.testing.assert_array_equal(y, xor.trainer.run_record.epochs["loss"])
    np.testing.assert_allclose(x, np.arange(1, 16))  # epochs
    np.testing.assert_array_equal(panel.batch.ys, xor.trainer.run_record.batch_loss)
    # with one step per epoch the batch curves would only repeat the epoch curve
    assert panel.full_batch and len(data_of(panel.raw_curve)[1]) == 0
    assert "batch loss" not in [label.text for _, label in panel.loss_legend.items]
    np.testing.assert_array_equal(data_of(panel.metric_curve)[1], xor.trainer.run_record.epochs["accuracy"])
    assert "epoch 15" in panel.summary.text()


def test_mini_batch_curves_raw_and_smoothed(qtbot, training):
    net = templates.xor()
    net.set_training(batch_size=2)
    run = training(net, make_builtin("xor"), probe=False)
    panel = shown(qtbot, LossPanel())
    panel.begin_run("adam, lr 0.05, batch 2")
    lengths = []
    for _ in range(3):
        panel.add_snapshot(run.snapshot(3))
        lengths.append(len(data_of(panel.raw_curve)[1]))
    assert lengths == [3, 6, 9]
    np.testing.assert_array_equal(data_of(panel.raw_curve)[1], run.trainer.run_record.batch_loss)
    assert len(data_of(panel.smooth_curve)[1]) == 9 and len(data_of(panel.epoch_curve)[1]) == 4
    labels = [label.text for _, label in panel.loss_legend.items]
    assert "batch loss" in labels and "batch loss, smoothed" in labels


def test_smoothing_is_an_ema_that_starts_at_the_first_value(qtbot, training):
    net = templates.xor()
    net.set_training(batch_size=1)
    run = training(net, make_builtin("xor"), probe=False)
    panel = shown(qtbot, LossPanel())
    panel.begin_run("x")
    panel.add_snapshot(run.snapshot(4))
    raw = data_of(panel.raw_curve)[1]
    smooth = data_of(panel.smooth_curve)[1]
    w = panel.smoothing
    acc, expected = 0.0, []
    for k, v in enumerate(raw, start=1):
        acc = w * acc + (1 - w) * v
        expected.append(acc / (1 - w**k))
    np.testing.assert_allclose(smooth, expected)
    assert smooth[0] == raw[0]
    panel.set_smoothing(0.0)
    np.testing.assert_allclose(data_of(panel.smooth_curve)[1], raw)


def test_batch_positions_line_up_with_epochs(qtbot, training):
    panel = shown(qtbot, LossPanel())
    ds = make_builtin("xor")
    net = templates.xor()
    net.set_training(batch_size=1, shuffle=False)
    run = training(net, ds, probe=False)
    panel.begin_run("sgd")
    panel.add_snapshot(run.snapshot(3))
    panel.add_snapshot(run.snapshot(3))
    x, _ = data_of(panel.raw_curve)
    np.testing.assert_allclose(x, [0.25, 0.5, 0.75, 1.0, 1.25, 1.5])
    assert list(data_of(panel.epoch_curve)[0]) == [1.0]


def test_log_scale_and_earlier_runs_labelled_by_their_settings(qtbot, xor, training):
    panel = shown(qtbot, LossPanel())
    panel.begin_run("first")
    panel.add_snapshot(xor.snapshot(10))
    first = xor.finish()
    panel.end_run(first)
    second_net = templates.xor()
    second_net.set_training(optimizer={"name": "sgd", "learning_rate": 0.5}, batch_size=2)
    second = training(second_net, make_builtin("xor"), probe=False)
    panel.show_history([first])  # the document's history after the first run was applied
    panel.begin_run("sgd, lr 0.5, batch 2")
    panel.add_snapshot(second.snapshot(6))
    labels = [label.text for _, label in panel.loss_legend.items]
    assert "run 1: adam, lr 0.05, full batch" in labels
    overlay = panel.overlay_curves[0]
    # full batch: its epoch losses (all of them, though the axis follows the live run and shows only its start)
    np.testing.assert_array_equal(overlay.yData, first.epochs["loss"])
    assert panel.batch.n == 6 and len(data_of(panel.raw_curve)[1]) == 6  # the live run starts afresh
    panel.compare_box.setChecked(False)
    assert len(data_of(overlay)[1]) == 0
    assert not any("run 1" in label.text for _, label in panel.loss_legend.items)
    panel.compare_box.setChecked(True)
    panel.set_log_scale(True)
    assert panel.loss_plot.getAxis("left").logMode


def test_show_history_draws_the_latest_run_in_full(qtbot, xor, training):
    panel = shown(qtbot, LossPanel())
    xor.snapshot(4)
    run1 = xor.finish()
    later = training(templates.xor(), xor.ds, probe=False)
    later.snapshot(7)
    run2 = later.finish()
    panel.show_history([run1, run2])
    np.testing.assert_array_equal(panel.batch.ys, run2.batch_loss)
    np.testing.assert_array_equal(data_of(panel.epoch_curve)[1], run2.epochs["loss"])
    assert panel.overlay_runs == [run1]
    assert run2.label() in panel.summary.text()
    panel.show_history([])
    assert panel.batch.n == 0 and len(data_of(panel.epoch_curve)[1]) == 0


# -- weights ----------------------------------------------------------------------------------------


def test_weights_heatmap_is_the_weights_with_symmetric_fixed_levels(qtbot, xor):
    panel = shown(qtbot, WeightsPanel())
    panel.set_network(xor.net)
    cid = list(xor.net.connections)[0]
    assert panel.connection_id == cid and panel.connection_box.count() == 2
    snap = xor.snapshot(20)
    panel.add_snapshot(snap)
    np.testing.assert_array_equal(panel.image.image, snap.parameters.weights[cid])
    lo, hi = panel.image.levels
    assert lo == -hi and hi >= np.abs(snap.parameters.weights[cid]).max()
    assert tuple(panel.colour_bar.levels()) == (lo, hi)
    # levels stay put while the weights move within them
    panel.add_snapshot(xor.snapshot(1))
    assert tuple(panel.image.levels) == (lo, hi)
    # the values are written in the cells of small matrices
    assert panel.cell_texts == [f"{v:.3g}" for v in panel.shown.ravel()]
    second = list(xor.net.connections)[1]
    panel.set_connection(second)
    np.testing.assert_array_equal(panel.image.image, xor.trainer.parameters().weights[second])


def test_gradients_toggle_and_hover_text(qtbot, xor):
    panel = shown(qtbot, WeightsPanel())
    panel.set_network(xor.net)
    cid = list(xor.net.connections)[0]
    snap = xor.snapshot(3)
    panel.add_snapshot(snap)
    panel.set_mode("gradients")
    np.testing.assert_array_equal(panel.image.image, snap.gradients.weights[cid])
    lo, hi = panel.image.levels
    assert lo == -hi and hi >= np.abs(snap.gradients.weights[cid]).max()
    # hover over row 2, column 3 (1-based): its centre is at (3, 2) in the plot
    scene_pos = panel.plot.getViewBox().mapViewToScene(QPointF(3.0, 2.0))
    panel.graphics.scene().sigMouseMoved.emit(scene_pos)
    value = snap.gradients.weights[cid][1, 2]
    assert panel.hover_label.text() == f"row 2, column 3: gradient {value:.6g}"
    panel.set_mode("weights")
    panel.graphics.scene().sigMouseMoved.emit(scene_pos)
    assert panel.hover_label.text() == f"row 2, column 3: weight {snap.parameters.weights[cid][1, 2]:.6g}"
    assert panel.cell_at(0.4, 0.4) is None


def test_weights_of_the_document_and_no_gradients_yet(qtbot):
    net = templates.worked_example()
    panel = shown(qtbot, WeightsPanel())
    panel.set_network(net)
    panel.show_network(net)
    cid = list(net.connections)[0]
    np.testing.assert_array_equal(panel.image.image, [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
    assert panel.image.levels[1] == 1.0
    panel.set_mode("gradients")
    assert panel.image.image is None and "No gradients yet" in panel.message.toPlainText()
    assert panel.connection_id == cid


# -- activations ------------------------------------------------------------------------------------


def test_activation_histograms_count_every_output(qtbot, training):
    ds = make_builtin("circles", {"n": 200})
    net = Sequential([Input(2), Dense(3, "relu", bias=[0.0, 0.0, -100.0]), Dense(1, "sigmoid")],
                     loss="binary_crossentropy", batch_size=None)
    run = training(net, ds)
    panel = shown(qtbot, ActivationsPanel(), (600, 500))
    panel.set_network(net)
    snap = run.snapshot(2)
    panel.add_snapshot(snap)
    hidden, out = run.trainer.compiled.order[1:]
    assert set(panel.layers) == {hidden, out}
    layer = panel.layers[hidden]
    values = snap.activations[hidden]
    assert values.shape == (100, 3)
    assert layer.counts.sum() == values.size
    x, y = data_of(layer.curve)
    np.testing.assert_allclose(y, layer.counts * 100.0 / values.size)
    assert layer.summary.dead_units == 1  # the neuron with bias −100 never fires
    assert "dead neurons: 1 of 3" in layer.stats.text
    sig = panel.layers[out]
    assert (sig.edges[0], sig.edges[-1]) == (0.0, 1.0)
    assert "saturated" in sig.stats.text


# -- decision boundary --------------------------------------------------------------------------------


def test_boundary_image_points_and_neuron_thumbnails(qtbot, training):
    ds = make_builtin("spiral", {"n": 120})
    run = training(templates.xor(), ds)
    panel = shown(qtbot, BoundaryPanel(), (460, 560))
    panel.set_network(run.net)
    snap = run.snapshot(5)
    panel.add_snapshot(snap)
    b = snap.boundary
    assert panel.stack.currentWidget() is panel.graphics
    np.testing.assert_array_equal(panel.image.image, b.output)
    assert panel.image.image.shape == (40, 40)
    assert tuple(panel.image.levels) == (0.0, 1.0)
    assert len(panel.train_points.data) == 60 and len(panel.test_points.data) == 60
    np.testing.assert_array_equal(panel.train_points.data["x"], ds.x[:, 0])
    hidden = run.trainer.compiled.order[1]
    assert len(panel.thumbs.images) == 4
    for k in range(4):
        np.testing.assert_array_equal(panel.thumbs.images[(hidden, k)].image, b.neurons[hidden][k])
    # the image spans the grid: pixel centres on the grid points
    rect = panel.image.mapRectToParent(panel.image.boundingRect())
    dx = b.xs[1] - b.xs[0]
    assert rect.left() == pytest.approx(b.xs[0] - dx / 2) and rect.right() == pytest.approx(b.xs[-1] + dx / 2)
    # updated in place: the same items after another snapshot
    image, thumbs = panel.image, dict(panel.thumbs.images)
    panel.add_snapshot(run.snapshot(5))
    assert panel.image is image and panel.thumbs.images == thumbs
    np.testing.assert_array_equal(panel.image.image, panel.boundary.output)


def test_boundary_for_many_classes_and_none_for_other_networks(qtbot, training):
    ds = make_builtin("spiral", {"n": 150, "classes": 3})
    net = Sequential([Input(2), Dense(6, "tanh"), Dense(3, "softmax")], loss="categorical_crossentropy",
                     batch_size=None)
    run = training(net, ds)
    panel = shown(qtbot, BoundaryPanel())
    panel.set_network(net)
    snap = run.snapshot(3)
    panel.add_snapshot(snap)
    assert snap.boundary.kind == "class"
    rgb = panel.image.image
    assert rgb.shape == (40, 40, 3) and rgb.dtype == np.uint8
    # each pixel takes the colour of its class (paler or stronger, never another hue)
    classes = snap.boundary.output
    assert len({tuple(rgb[i, j]) for i, j in zip(*np.where(classes == 0))}) >= 1
    panel.show_boundary(None)
    assert panel.stack.currentWidget() is panel.empty


# -- metrics --------------------------------------------------------------------------------------------


def test_confusion_matrices_show_the_counts(qtbot, training):
    ds = make_builtin("circles", {"n": 200})
    run = training(templates.xor(), ds)
    panel = shown(qtbot, MetricsPanel(), (700, 380))
    snap = run.snapshot(10)
    panel.add_snapshot(snap)
    assert panel.shown_sets() == ["train", "test"]
    for matrix, name in zip(panel.matrices, ("train", "test")):
        counts = snap.confusion[name]
        assert counts.sum() == 100
        np.testing.assert_array_equal(matrix.counts, counts)
        assert matrix.cells.labels == [str(int(c)) for c in counts.ravel()]
        shares = counts / counts.sum(axis=1, keepdims=True)
        np.testing.assert_allclose(matrix.image.image, shares)
    acc = np.trace(snap.confusion["test"]) / 100
    assert f"{100 * acc:.1f} %" in panel.matrices[1].plot.titleLabel.text
    bare = training(templates.xor(), ds, probe=False).snapshot(1)  # a report without the probe's numbers
    assert bare.confusion is None and bare.r2 is None
    panel.add_snapshot(bare)  # no new numbers: kept
    np.testing.assert_array_equal(panel.matrices[0].counts, snap.confusion["train"])


def test_r2_for_regression(qtbot, training):
    ds = make_builtin("sine")
    net = Sequential([Input(1), Dense(8, "tanh"), Dense(1, "linear")], loss="mse", batch_size=None)
    run = training(net, ds)
    panel = shown(qtbot, MetricsPanel())
    snap = run.snapshot(5)
    assert snap.confusion is None and "train" in snap.r2
    panel.add_snapshot(snap)
    assert panel.stack.currentWidget() is panel.r2_graphics
    assert f"R² = {snap.r2['train']:.4g}" in panel.r2_label.text


# -- the activation function ------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", ["sigmoid", "tanh", "relu", {"name": "leaky_relu", "alpha": 0.2},
                                        {"name": "elu", "alpha": 0.5}, {"name": "swish", "beta": 2.0}, "gelu"])
def test_activation_plot_is_the_engines_function_and_derivative(qtbot, identifier):
    panel = shown(qtbot, ActivationPlotPanel())
    panel.set_activation(identifier)
    fn = engine_activations.get(identifier)
    z = np.linspace(-5, 5, 501)
    a = fn.forward(z)
    x, y = data_of(panel.curve)
    np.testing.assert_allclose(x, z)
    np.testing.assert_allclose(y, a)
    np.testing.assert_allclose(data_of(panel.derivative_curve)[1], fn.derivative(z, a))


def test_activation_parameters_follow_the_spin_boxes(qtbot):
    panel = shown(qtbot, ActivationPlotPanel())
    panel.set_activation("leaky_relu")
    assert panel.alpha_box.isVisible() and not panel.beta_box.isVisible()
    assert panel.alpha_box.value() == pytest.approx(0.01)
    panel.alpha_box.setValue(0.3)
    assert data_of(panel.curve)[1][0] == pytest.approx(-1.5)
    assert data_of(panel.derivative_curve)[1][0] == pytest.approx(0.3)
    assert "α" in panel.formula.text()


# -- export and drawing only when shown --------------------------------------------------------------------


@pytest.mark.parametrize("cls", [LossPanel, WeightsPanel, ActivationsPanel, BoundaryPanel, MetricsPanel, ActivationPlotPanel])
def test_every_panel_exports_png_and_svg(qtbot, tmp_path, xor, cls):
    panel = shown(qtbot, cls())
    panel.set_network(xor.net)
    panel.begin_run("adam")
    panel.add_snapshot(xor.snapshot(10))
    png = panel.export(tmp_path / "plot.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 100 and image.height() > 50
    svg = panel.export(tmp_path / "plot.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "</svg>" in svg
    with pytest.raises(ValueError, match="png or .svg"):
        panel.export(tmp_path / "plot.jpg")


def test_a_hidden_panel_draws_when_shown(qtbot, xor):
    panel = WeightsPanel()
    qtbot.addWidget(panel)
    panel.set_network(xor.net)
    snap = xor.snapshot(3)
    panel.add_snapshot(snap)
    assert panel.image.image is None  # not drawn while hidden
    panel.show()
    qtbot.waitExposed(panel)
    np.testing.assert_array_equal(panel.image.image, snap.parameters.weights[panel.connection_id])


# -- in the window ------------------------------------------------------------------------------------------


def _panels_of(window) -> Panels:
    existing = getattr(window, "panels", None)
    return existing if isinstance(existing, Panels) else install_panels(window)


def test_install_panels_docks_every_panel_and_fans_out_a_run(window, qtbot, training):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    panels = _panels_of(window)
    names = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {"lossPanelDock", "metricsPanelDock", "activationFunctionPanelDock", "boundaryPanelDock",
            "weightsPanelDock", "activationsPanelDock"} <= names
    assert window.dockWidgetArea(panels.docks["loss"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.dockWidgetArea(panels.docks["weights"]) == Qt.DockWidgetArea.RightDockWidgetArea
    menu = [a.text() for a in window.panels_menu.actions()]
    assert "Loss" in menu and "Decision boundary" in menu

    window.new_from_template("xor")
    qtbot.waitUntil(lambda: panels.boundary.boundary is not None, timeout=3000)
    doc_w = window.doc.network.connections[panels.weights.connection_id].weights
    panels.docks["weights"].raise_()
    qtbot.waitUntil(lambda: panels.weights.image.image is not None, timeout=3000)
    np.testing.assert_array_equal(panels.weights.image.image, doc_w)

    run = training(window.doc.network.copy(), make_builtin("xor"))
    panels.begin_run("adam, lr 0.05, full batch")
    for _ in range(3):
        panels.add_snapshot(run.snapshot(4))
    assert panels.live
    assert panels.loss.batch.n == 12
    np.testing.assert_array_equal(panels.boundary.boundary.output, boundary_now(run).output)
    panels.end_run(run.finish())
    assert not panels.live


def test_every_panel_has_its_dock_in_the_same_order(window):
    from netbuilder.ui.panels.group import KEYS
    from netbuilder.ui.panels.install import DOCKS

    panels = _panels_of(window)
    assert tuple(panels.panels) == KEYS == tuple(DOCKS)
    for key, dock in panels.docks.items():
        assert dock_content(dock) is panels.panels[key] and dock.objectName() == DOCKS[key][0]


def test_panels_show_the_document_when_not_training(window, qtbot):
    panels = _panels_of(window)
    window.new_from_template("worked_example")
    qtbot.waitUntil(lambda: panels.boundary.boundary is not None, timeout=3000)
    b = panels.boundary.boundary
    assert b.kind == "value"  # the worked example is a regression on one sample
    net = window.doc.network
    # the document's boundary at the sample equals the network's prediction there (0.867)
    from netbuilder.api import predict

    i, j = np.argmin(np.abs(b.ys - 0.2)), np.argmin(np.abs(b.xs - 0.1))
    assert b.output[i, j] == pytest.approx(float(predict(net, [b.xs[j], b.ys[i]])[0]))
    assert panels.metrics.r2 is not None
    # an edit to a weight redraws from the document
    cid = list(net.connections)[1]
    window.editor.set_weight(cid, 0, 0, -3.0)
    qtbot.waitUntil(lambda: panels.boundary.boundary is not b, timeout=3000)
    window.doc.undo_stack.setClean()


# -- the input plane of scaled data -------------------------------------------------------------------------


def test_the_plane_of_scaled_data_is_in_the_files_units(tmp_path):
    from netbuilder.data import load_dataset
    from netbuilder.ui.panels import plane_for

    rows = [(1 + k % 5, 100 + 10 * (k % 7), "ab"[k % 2]) for k in range(40)]
    (tmp_path / "parts.csv").write_text("length,width,kind\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows))
    spec = {"kind": "csv", "path": "parts.csv", "scaling": "standardize", "test_fraction": 0.25}
    data = load_dataset(spec, tmp_path)
    assert abs(data.x.mean()) < 1e-9  # the network sees standardized inputs
    plane = plane_for(data.spec, tmp_path)
    raw = {(float(a), float(b)) for a, b, _ in rows}
    for x in (plane.train[0], plane.test[0]):
        assert {tuple(np.round(r, 9)) for r in x} <= raw, "the plane shows the file's own numbers"
    np.testing.assert_allclose(plane.transform(plane.train[0]), data.x)
    np.testing.assert_allclose(plane.transform(plane.test[0]), data.x_test)
