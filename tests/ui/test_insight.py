"""Why a network learns or does not, in the window: the Gradient flow panel (the engine's norms per layer, the
vanishing-gradient example's ≥ 10× gap and its ReLU twin's none), health badges on the canvas (dead ReLUs,
saturated sigmoids, with what to try), each neuron's output drawn inside it (TensorFlow Playground's pictures),
live, between runs and at a replayed moment — for dense and convolutional layers."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

import netbuilder as nb
from netbuilder import templates
from netbuilder.assets import resource
from netbuilder.data import Dataset
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.health import LayerHealth
from netbuilder.engine.probes import health
from netbuilder.session import Control, TrainingSession
from netbuilder.ui.canvas.insight import _lut, levels_for
from netbuilder.ui.panels.gradient_flow import GradientFlowPanel, flow_text, log_tick, ratio_text
from netbuilder.ui.panels.group import LIVE, Shown

from .conftest import open_template

CIRCLES = {"kind": "builtin", "name": "circles", "params": {"n": 200, "noise": 0.05}}


def snapshots(net, data=None, **session):
    """Every report of a watched session (one per step), as the app's worker sends them."""
    reports = []
    TrainingSession(net, data, rate=1e9, **session).run(Control(), reports.append)
    return reports


def fed(qtbot, net, reports):
    panel = GradientFlowPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.set_network(net)
    panel.begin_run("test")
    for report in reports:
        panel.add_snapshot(report)
    panel.end_run(None)
    return panel


def small_net():
    net = nb.Sequential([nb.Input(2), nb.Dense(3, "tanh"), nb.Dense(2, "tanh"), nb.Dense(1, "sigmoid")],
                        loss="binary_crossentropy", batch_size=None, seed=3,
                        optimizer={"name": "sgd", "learning_rate": 0.5})
    net.dataset = {"kind": "inline", "x": [[0.1, 0.2], [0.5, -0.3], [1.0, 0.4], [-0.7, 0.9]],
                   "y": [[1.0], [0.0], [1.0], [0.0]], "task": "binary"}
    return net


def hand_norms(net):
    """‖dL/dW‖ of every layer's incoming weights for one full batch, by hand: forward, backward, norms."""
    c = CompiledNetwork(net)
    x = np.asarray(net.dataset["x"], dtype=float)
    y = np.asarray(net.dataset["y"], dtype=float)
    c.backward(c.forward(x), y)
    grads = c.gradients()
    return {lid: float(np.linalg.norm(grads.weights[net.inbound(lid)[0].id]))
            for lid in net.topological_order()[1:]}


def test_the_panel_draws_each_layers_gradient_norm_as_computed_by_hand(qtbot):
    net = small_net()
    expected = hand_norms(net)
    net.set_training(epochs=3)
    reports = snapshots(net)
    panel = fed(qtbot, net, reports)
    assert list(panel.curves) == net.topological_order()[1:], "one curve per layer with weights, first to last"
    for lid, norm in expected.items():
        xs, ys = panel.values(lid)
        assert xs[0] == pytest.approx(1.0), "a full batch: the first report is the end of epoch 1"
        assert ys[0] == pytest.approx(norm, rel=1e-9), "the first step's gradient, before any update"
        assert len(ys) == 3
        for key in ("weight_std", "activation_std"):
            assert np.all(np.isfinite(panel.values(lid, key)[1]))
    # the idle document's health is the same measurement (one full batch at the document's weights)
    idle = health(CompiledNetwork(net), net.dataset["x"], net.dataset["y"])
    assert {lid: h.grad_norm for lid, h in idle.items()} == pytest.approx(expected, rel=1e-9)
    names = [panel.legend.items[k][1].text for k in range(len(panel.legend.items))]
    assert names == ["Hidden · tanh", "Hidden 2 · tanh", "Output · sigmoid"]
    colours = {curve.item.opts["pen"].color().name() for curve in panel.curves.values()}
    assert len(colours) == 3, "a colour per layer"


def test_the_choice_of_quantity_and_the_log_scale(qtbot, tmp_path):
    net = small_net()
    net.set_training(epochs=4)
    panel = fed(qtbot, net, snapshots(net))
    assert panel.plot.getAxis("left").logMode
    panel.set_quantity("weight_std")
    lid = next(iter(panel.curves))
    curve = panel.curves[lid].item
    np.testing.assert_allclose(curve.yData, panel.values(lid, "weight_std")[1])
    assert panel.plot.getAxis("left").labelText == "σ(W)"
    panel.set_log_scale(False)
    assert not panel.plot.getAxis("left").logMode
    for suffix in ("png", "svg"):
        assert panel.export(tmp_path / f"flow.{suffix}").stat().st_size > 500
    assert log_tick(0.02, True) == "0.02" and log_tick(0.03, True) == "" and log_tick(1e-5, False) == "10⁻⁵"
    assert log_tick(2e-6, True) == "2·10⁻⁶" and log_tick(2e-6, False) == ""
    assert ratio_text(1 / 42.3) == "1/42" and ratio_text(35.2) == "35×"
    assert "vanishes" in flow_text([0.01, 0.5]) and "exploding" in flow_text([5.0, 0.1])
    assert "reaches every layer" in flow_text([0.3, 0.4]) and flow_text([0.3]) == ""


def first_reports(name, qtbot):
    """The Gradient flow panel fed with a session training the example on a few MNIST images."""
    net = nb.load(resource("examples", f"{name}.nbn"))
    full = nb.dataset_for(net)
    small = Dataset("MNIST (a few)", full.x[:640], full.y[:640], "multiclass", image_shape=(28, 28))
    net.set_training(epochs=1)
    reports = snapshots(net, small)
    panel = GradientFlowPanel()
    qtbot.addWidget(panel)
    panel.set_network(net)
    panel.begin_run("test")
    panel.add_snapshot(next(r for r in reports if r.health))
    text = panel.summary.text()
    for report in reports:
        panel.add_snapshot(report)
    first, *_, last = panel.curves
    return panel.values(first)[1][0], panel.values(last)[1][0], text


def test_the_vanishing_gradient_example_shows_the_first_layer_ten_times_below_the_last(qtbot):
    first, last, text = first_reports("vanishing_gradients", qtbot)
    assert last >= 10 * first, (first, last)
    assert "vanishes" in text and "1/" in text, text
    first, last, text = first_reports("vanishing_gradients_relu", qtbot)
    assert last < 10 * first, (first, last)
    assert "vanishes" not in text, text


def test_the_window_shows_the_panel_live_and_keeps_the_run(window, qtbot):
    open_template(window, "xor")
    window.doc.network.set_training(epochs=40, batch_size=1)
    window.training.panel.load()
    flow = window.panels.gradient_flow
    window.panels.docks["gradient_flow"].raise_()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    qtbot.wait(300)
    hidden = window.doc.network.layer("Hidden").id
    xs, ys = flow.values(hidden)
    assert len(xs) >= 2 and xs[-1] == pytest.approx(40.0) and np.all(np.diff(xs) > 0)
    assert np.all(ys > 0)
    assert flow.summary.text().startswith("The gradient reaches every layer"), flow.summary.text()
    window.act_undo.trigger()  # the document changes: the run's curves stay until the next run
    qtbot.wait(300)
    assert len(flow.values(hidden)[0]) == len(xs)



def test_the_lines_are_the_snapshots_health_values(qtbot):
    """What the panel draws, point for point, is what the engine put in the snapshots."""
    net = small_net()
    net.set_training(epochs=5)
    reports = [r for r in snapshots(net) if r.health]
    panel = fed(qtbot, net, reports)
    measured = [r for r in reports if any(math.isfinite(h.grad_norm) for h in r.health.values())]
    assert len(measured) == 5
    for key in ("grad_norm", "weight_std", "activation_std"):
        panel.set_quantity(key)
        for lid, curve in panel.curves.items():
            expected = [getattr(r.health[lid], key) for r in measured]
            np.testing.assert_array_equal(curve.item.yData, expected)
            np.testing.assert_array_equal(curve.item.xData, [r.epoch for r in measured])
    # and the sentence above the lines quotes the last report's first and last layer
    first, *_, last = panel.curves
    ratio = measured[-1].health[first].grad_norm / measured[-1].health[last].grad_norm
    assert f"{ratio:.2g}" in panel.summary.text()


def test_a_background_tab_draws_nothing_until_it_comes_to_the_front(window, qtbot):
    open_template(window, "xor")
    flow = window.panels.gradient_flow
    window.panels.docks["loss"].raise_()  # Gradient flow is the tab behind Loss
    qtbot.waitUntil(lambda: not flow.is_shown(), timeout=3000)
    drawn = []
    original = flow.redraw
    flow.redraw = lambda: (drawn.append(1), original())[1]
    window.doc.network.set_training(epochs=30, batch_size=1)
    window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    qtbot.wait(100)
    hidden = window.doc.network.layer("Hidden").id
    assert len(flow.values(hidden)[0]) >= 2, "the reports are kept"
    assert not drawn and flow.curves[hidden].item.yData is None, "but nothing is drawn behind the tab"
    window.panels.docks["gradient_flow"].raise_()
    qtbot.waitUntil(lambda: bool(drawn), timeout=3000)
    assert flow.is_shown()
    np.testing.assert_array_equal(flow.curves[hidden].item.yData, flow.values(hidden)[1])


def test_a_new_document_clears_the_lines(window, qtbot):
    open_template(window, "xor")
    flow = window.panels.gradient_flow
    window.panels.docks["gradient_flow"].raise_()
    window.doc.network.set_training(epochs=5, batch_size=1)
    window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    assert flow.has_curves()
    open_template(window, "xor")  # the same layers, another document
    assert not flow.has_curves()
    assert [curve.name for curve in flow.curves.values()] == ["Hidden · tanh", "Output · sigmoid"]
    assert all(curve.item.yData is None or len(curve.item.yData) == 0 for curve in flow.curves.values())
    assert len(flow.plot.listDataItems()) == 2, "the last document's lines are gone from the plot"
    assert "At the start of the run" not in flow.summary.text(), "the new document's weights, no run's"

# -- badges ---------------------------------------------------------------------------------------


def relu_with_dead_units():
    """ReLU hidden units of which one is silent on every sample (its bias −10 on inputs in [−1, 1])."""
    net = nb.Sequential([nb.Input(1), nb.Dense(3, "relu"), nb.Dense(1, "linear")], loss="mse", batch_size=2, seed=0)
    hidden = net.layer("Hidden")
    net.set_weights(net.inbound(hidden.id)[0].id, [[1.0, -1.0, 1.0]])
    hidden.update(bias=[0.0, 0.5, -10.0])
    net.dataset = {"kind": "inline", "x": [[0.2], [0.9], [-0.8], [0.5]], "y": [[1.0]] * 4, "task": "regression"}
    return net


def sigmoid_half_saturated():
    net = nb.Sequential([nb.Input(1), nb.Dense(2, "sigmoid"), nb.Dense(1, "linear")], loss="mse", batch_size=None)
    hidden = net.layer("Hidden")
    net.set_weights(net.inbound(hidden.id)[0].id, [[100.0, 0.01]])  # unit 1 saturates, unit 2 does not
    net.dataset = {"kind": "inline", "x": [[1.0], [-1.0], [0.5], [-0.5]], "y": [[0.0]] * 4, "task": "regression"}
    return net


def test_a_dead_relu_badge_says_how_many_and_what_to_try(window, qtbot):
    net = relu_with_dead_units()
    window.set_network(net)
    hidden = net.layer("Hidden").id
    insight = window.canvas_insight
    qtbot.waitUntil(lambda: insight.badge(hidden) is not None and insight.badge(hidden).isVisible(), timeout=3000)
    badge = insight.badge(hidden)
    assert badge.text == "1 of 3 dead"
    tip = badge.toolTip()
    assert "Dying ReLU" in tip and "He initialisation" in tip and "learning rate" in tip
    assert badge.parentItem() is window.scene.layer_items[hidden], "drawn under its layer, moving with it"
    assert badge.scenePos().y() > window.scene.layer_items[hidden].mapToScene(
        window.scene.layer_items[hidden].body_rect().bottomLeft()).y()
    output = net.layer("Output").id
    assert insight.badge(output) is None, "only hidden layers get badges"



def test_a_window_opened_with_a_network_shows_its_badges_and_pictures(qtbot):
    from netbuilder.ui.main_window import MainWindow

    net = relu_with_dead_units()
    w = MainWindow(net, autosave=False, remember_layout=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    hidden = net.layer("Hidden").id
    qtbot.waitUntil(lambda: w.canvas_insight.badge(hidden) is not None, timeout=3000)
    assert w.canvas_insight.badge(hidden).isVisible() and w.canvas_insight.badge(hidden).text == "1 of 3 dead"
    assert w.panels.gradient_flow.document_health is not None, "the panel's sentence speaks of these weights"
    w.doc.undo_stack.setClean()

def test_a_saturation_badge_and_its_colour(window, qtbot):
    net = sigmoid_half_saturated()
    window.set_network(net)
    hidden = net.layer("Hidden").id
    insight = window.canvas_insight
    qtbot.waitUntil(lambda: insight.badge(hidden) is not None and insight.badge(hidden).isVisible(), timeout=3000)
    badge = insight.badge(hidden)
    assert badge.text == "50 % saturated"
    assert badge.colour() == QColor("#D55E00"), "half the outputs: a problem"
    assert "vanishing gradient" in badge.toolTip() and "Glorot" in badge.toolTip()
    window.act_health_badges.trigger()
    assert not badge.isVisible()
    window.act_health_badges.trigger()
    assert insight.badge(hidden).isVisible()



def test_every_unit_dead_or_saturated(window, qtbot):
    """Very negative biases kill every ReLU unit; huge weights saturate every sigmoid."""
    net = nb.Sequential([nb.Input(2), nb.Dense(4, "relu"), nb.Dense(3, "sigmoid"), nb.Dense(1, "linear")],
                        loss="mse", batch_size=None, seed=1)
    relu, sigmoid = net.layer("Hidden").id, net.layer("Hidden 2").id
    net.layers[relu].update(bias=[-100.0] * 4)
    net.set_weights(net.inbound(sigmoid)[0].id, np.full((4, 3), 50.0))
    net.layers[sigmoid].update(bias=[40.0] * 3)  # z = 40 whatever the dead layer gives
    net.dataset = {"kind": "inline", "x": [[0.3, -0.2], [1.0, 0.5], [-0.9, 0.1]], "y": [[0.0]] * 3,
                   "task": "regression"}
    window.set_network(net)
    insight = window.canvas_insight
    qtbot.waitUntil(lambda: insight.badge(sigmoid) is not None and insight.badge(sigmoid).isVisible(), timeout=3000)
    dead = insight.badge(relu)
    assert dead.text == "4 of 4 dead" and dead.colour() == QColor("#D55E00")
    assert "Dead ReLU neurons: 4 of 4" in dead.toolTip()
    saturated = insight.badge(sigmoid)
    assert saturated.text == "100 % saturated" and saturated.colour() == QColor("#D55E00")
    tip = saturated.toolTip()
    assert "Saturated sigmoid neurons: 100 % of the outputs" in tip and "ReLU" in tip and "learning rate" in tip

def test_badges_follow_the_live_reports(window, qtbot):
    open_template(window, "xor")
    net = window.doc.network
    hidden = net.layer("Hidden").id
    insight = window.canvas_insight
    params = net.get_parameters()

    def report(saturated):
        snap = nb.engine.snapshot.Snapshot(epoch=1, step=1, steps_per_epoch=1, global_step=1, total_steps=None,
                                           elapsed=0.0, batch_losses=[], epoch_logs=[], parameters=params)
        snap.health = {hidden: LayerHealth(0.1, 0.5, 0.3, None, saturated, 4)}
        return Shown(LIVE, snap, params)

    insight.show(report(0.25))
    assert insight.badge(hidden).text == "25 % saturated" and insight.badge(hidden).colour() == QColor("#E69F00")
    insight.show(report(0.004))
    assert not insight.badge(hidden).isVisible(), "below 1 %: nothing to say"


# -- neuron pictures ------------------------------------------------------------------------------


def circles_window(window, qtbot):
    open_template(window, "xor")
    window.doc.network.dataset = dict(CIRCLES)
    window.set_network(window.doc.network)
    qtbot.waitUntil(lambda: window.panels.shown.snapshot is not None, timeout=3000)
    return window.doc.network


def test_each_neuron_shows_its_output_over_the_input_plane(window, qtbot):
    net = circles_window(window, qtbot)
    insight = window.canvas_insight
    hidden, output = net.layer("Hidden").id, net.layer("Output").id
    qtbot.waitUntil(lambda: len(insight.map_items(hidden)) == 4, timeout=3000)
    maps = insight.map_items(hidden)
    assert all(m.isVisible() and m.image is not None for m in maps)
    assert len(insight.map_items(output)) == 1 and not insight.map_items(net.layer("Input").id)
    item = window.scene.layer_items[hidden]
    assert maps[2].pos() == item.neuron_centre(2) and maps[2].parentItem() is item
    # the picture is the engine's Boundary.neurons, coloured with the panels' map: check the corners
    values = window.panels.shown.snapshot.boundary.neurons[hidden][2][::2, ::2]
    image = maps[2].image
    lut = _lut()
    lo, hi = levels_for("tanh", values)
    h, w = values.shape
    for row, col in ((0, 0), (0, w - 1), (h - 1, 0), (h - 1, w - 1)):
        k = int(np.clip((values[row, col] - lo) * 255 / (hi - lo), 0, 255))
        pixel = QColor(image.pixel(col, h - 1 - row))  # the plane's lowest x₂ is the picture's bottom row
        assert abs(pixel.red() - int(lut[k][0])) <= 2 and abs(pixel.blue() - int(lut[k][2])) <= 2
    # View → Show Neuron Outputs switches them off and on (remembered)
    window.act_neuron_maps.trigger()
    assert not any(m.isVisible() for m in maps)
    window.act_neuron_maps.trigger()
    assert all(m.isVisible() for m in insight.map_items(hidden))
    # clicks and double-clicks still reach the neuron under the picture
    assert maps[0].acceptedMouseButtons() == Qt.MouseButton.NoButton


def test_the_pictures_change_while_training_and_at_a_replayed_moment(window, qtbot):
    net = circles_window(window, qtbot)
    insight = window.canvas_insight
    hidden = net.layer("Hidden").id
    qtbot.waitUntil(lambda: len(insight.map_items(hidden)) == 4, timeout=3000)
    image = insight.map_items(hidden)[0].image
    before = image.cacheKey()
    seen = set()
    window.panels.shownChanged.connect(
        lambda shown: seen.add(insight.map_items(hidden)[0].image.cacheKey()) if shown.kind == LIVE
        and insight.map_items(hidden) else None)
    net.set_training(epochs=60, batch_size=16)
    window.training.set_speed(100)
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=30000)
    window.training.set_speed(None)
    assert len(seen - {before}) >= 2, "the pictures follow the run"
    assert insight.map_items(hidden)[0].image is image, "drawn into the neuron's image, in place"
    qtbot.waitUntil(lambda: bool(window.replay.moments), timeout=5000)
    run = net.history.latest
    moment = run.recording.moments[len(run.recording.moments) // 3]
    assert window.panels.show_moment(run, moment)
    shown = window.panels.shown
    assert shown.replaying and insight._boundary is shown.snapshot.boundary
    # the moment's pictures are the network's output at the moment's parameters
    compiled = CompiledNetwork(net)
    compiled.load_parameters(moment.parameters)
    b = shown.snapshot.boundary
    grid = np.column_stack([g.ravel() for g in np.meshgrid(b.xs, b.ys)])
    a = compiled.forward(grid).a[net.topological_order().index(hidden)]
    np.testing.assert_allclose(b.neurons[hidden], a.T.reshape(4, len(b.ys), len(b.xs)), atol=1e-12)
    # and the badges the moment's health (measured on the data with those parameters)
    ds = nb.dataset_for(net)
    expected = health(compiled, ds.x, ds.y)[hidden].saturated_fraction
    badge = insight.badge(hidden)
    if expected >= 0.01:
        assert badge.isVisible() and badge.share == pytest.approx(expected)
    window.replay.back_to_now()


# -- convolutional networks ------------------------------------------------------------------------


def test_convolution_layers_get_curves_and_badges(window, qtbot):
    net = nb.Sequential([nb.Input(shape=(6, 6, 1)), nb.Conv2D(4, 3, activation="relu"), nb.Flatten(),
                         nb.Dense(2, "softmax")], loss="categorical_crossentropy", seed=0, batch_size=4, epochs=2)
    rng = np.random.default_rng(0)
    data = Dataset("images", rng.uniform(0, 1, (8, 36)), np.eye(2)[[0, 1] * 4], "multiclass", image_shape=(6, 6))
    reports = snapshots(net, data)
    panel = fed(qtbot, net, reports)
    conv = next(lid for lid, layer in net.layers.items() if layer.kind == "conv2d")
    dense = next(lid for lid, layer in net.layers.items() if layer.role == "output")
    assert list(panel.curves) == [conv, dense], "Flatten has no weights: no curve"
    assert np.all(panel.values(conv)[1] > 0)
    window.set_network(net)
    params = net.get_parameters()
    snap = reports[-1]
    snap.health = {conv: LayerHealth(0.1, 0.3, 0.2, 0.5, None, 4), dense: LayerHealth(0.2, 0.3, 0.2, None, 0.0, 2)}
    window.canvas_insight.show(Shown(LIVE, snap, params))
    badge = window.canvas_insight.badge(conv)
    assert badge is not None and badge.isVisible() and badge.text == "2 of 4 dead"
    item = window.scene.layer_items[conv]
    assert badge.pos().y() >= item.body_rect().bottom() + 20, "under the stack of maps and its shape"
    assert not window.canvas_insight.map_items(conv), "no plane, no pictures"
    assert math.isfinite(panel.values(dense)[1][-1])
