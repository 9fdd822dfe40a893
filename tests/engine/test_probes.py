"""Probes: what the live panels draw, checked against numbers worked out by hand."""

import time

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.data import input_transform, make_builtin, with_features
from netbuilder.engine import Trainer
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.probes import (
    BoundaryProbe,
    Plane,
    SnapshotProbe,
    activation_summary,
    boundary,
    classification_report,
    confusion_matrices,
    evaluation,
    layer_activations,
    plane_range,
    probe_batch,
    r2_scores,
)
from netbuilder.engine.snapshot import Snapshot
from netbuilder.model.builders import Dense, Input, Sequential

#: The tiny net: h = relu(x @ W1 + b1), out = h @ W2 + b2, with small whole numbers.
W1 = [[1.0, -1.0], [2.0, 1.0]]
B1 = [0.0, -1.0]
W2 = [[1.0], [-2.0]]
B2 = [0.5]


def tiny(output="linear", loss="mse"):
    net = Sequential([Input(2), Dense(2, "relu", bias=B1), Dense(1, output, bias=B2)], loss=loss)
    c1, c2 = list(net.connections)
    net.set_weights(c1, W1)
    net.set_weights(c2, W2)
    return net


def by_hand(x, y):
    """The tiny net at one point: h1 = relu(x + 2y), h2 = relu(−x + y − 1), out = h1 − 2·h2 + 0.5."""
    h1 = max(x + 2 * y, 0.0)
    h2 = max(-x + y - 1.0, 0.0)
    return h1, h2, h1 - 2 * h2 + 0.5


def test_grid_spans_the_samples_with_a_margin():
    c = CompiledNetwork(tiny())
    b = boundary(c, [[0.0, 0.0], [1.0, 2.0]], [[0.0], [1.0]], resolution=(3, 5), margin=0.1)
    np.testing.assert_allclose(b.xs, [-0.1, 0.5, 1.1])
    np.testing.assert_allclose(b.ys, [-0.2, 0.4, 1.0, 1.6, 2.2])
    assert b.output.shape == (5, 3)  # (H, W): rows along input 2
    assert b.kind == "value"


def test_test_points_widen_the_grid_and_a_single_sample_still_has_a_plane():
    assert plane_range([[0.0, 0.0]], margin=0.0) == ((-0.5, 0.5), (-0.5, 0.5))
    assert plane_range([[4.0, 0.1]], margin=0.0) == ((2.0, 6.0), (-1.9, 2.1))  # a square around the point
    c = CompiledNetwork(tiny())
    b = boundary(c, [[0.0, 0.0], [1.0, 1.0]], x_test=[[3.0, -1.0]], resolution=4, margin=0.0)
    assert (b.xs[0], b.xs[-1], b.ys[0], b.ys[-1]) == (0.0, 3.0, -1.0, 1.0)
    assert set(b.points) == {"train", "test"}


def test_every_grid_value_is_the_hand_calculation():
    c = CompiledNetwork(tiny())
    b = boundary(c, [[-1.0, -1.0], [1.0, 2.0]], resolution=(5, 7), margin=0.0)
    hidden, out = c.order[1], c.order[2]
    assert b.neurons[hidden].shape == (2, 7, 5) and b.neurons[out].shape == (1, 7, 5)
    for r, y in enumerate(b.ys):
        for k, x in enumerate(b.xs):
            h1, h2, o = by_hand(x, y)
            assert b.neurons[hidden][0, r, k] == pytest.approx(h1, abs=1e-15)
            assert b.neurons[hidden][1, r, k] == pytest.approx(h2, abs=1e-15)
            assert b.output[r, k] == pytest.approx(o, abs=1e-14)
            assert b.neurons[out][0, r, k] == b.output[r, k]


def test_layer_activations_are_each_layers_outputs():
    c = CompiledNetwork(tiny())
    x = np.array([[1.0, 1.0], [0.0, 3.0], [-2.0, 0.0]])
    acts = layer_activations(c, x)
    assert list(acts) == c.order[1:]
    expected = np.array([by_hand(*row) for row in x])
    np.testing.assert_array_equal(acts[c.order[1]], expected[:, :2])
    np.testing.assert_array_equal(acts[c.order[2]], expected[:, 2:])


def test_activation_summary_finds_dead_relus_and_saturated_sigmoids():
    relu = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 2.0]])
    s = activation_summary(relu, "relu")
    assert (s.samples, s.units, s.zero_fraction, s.dead_units, s.saturated_fraction) == (2, 3, 4 / 6, 1, None)
    sig = np.array([[0.001, 0.5], [0.999, 0.98]])  # σ' < 5 % of 1/4 below 0.0127 and above 0.9873
    s = activation_summary(sig, "sigmoid")
    assert s.saturated_fraction == 0.5 and s.dead_units == 0
    s = activation_summary(np.array([[0.99, -0.1], [-0.999, 0.5]]), "tanh")  # |a| > 0.9747
    assert s.saturated_fraction == 0.5


def test_probability_class_and_value_outputs():
    c = CompiledNetwork(tiny("sigmoid", "binary_crossentropy"))
    b = boundary(c, [[0.0, 0.0], [1.0, 1.0]], [[0.0], [1.0]], resolution=3, margin=0.0)
    assert b.kind == "probability"
    for r, y in enumerate(b.ys):
        for k, x in enumerate(b.xs):
            assert b.output[r, k] == pytest.approx(1 / (1 + np.exp(-by_hand(x, y)[2])), rel=1e-14)
    np.testing.assert_array_equal(b.labels["train"], [0, 1])

    net = Sequential([Input(2), Dense(3, "softmax", bias=[0.0, 0.0, 0.0])], loss="categorical_crossentropy")
    net.set_weights(list(net.connections)[0], [[1.0, 0.0, -1.0], [0.0, 1.0, 0.0]])
    c = CompiledNetwork(net)
    y = np.eye(3)
    b = boundary(c, [[2.0, 0.0], [0.0, 2.0], [-2.0, 0.0]], y, resolution=3, margin=0.0)
    assert b.kind == "class" and b.output.dtype.kind == "i"
    # z = (x, y, −x): the largest wins
    for r, yy in enumerate(b.ys):
        for k, xx in enumerate(b.xs):
            assert b.output[r, k] == int(np.argmax([xx, yy, -xx]))
    np.testing.assert_array_equal(b.labels["train"], [0, 1, 2])


def test_the_input_transform_is_applied_to_the_grid_like_to_the_data():
    """A 1-neuron net on x1·x2 (XOR with an extra feature): the grid goes through the same transform."""
    spec = {"kind": "builtin", "name": "xor", "params": {}, "features": ["x1", "x2", "x1*x2"]}
    transform = input_transform(spec)
    net = Sequential([Input(3), Dense(1, "linear", bias=[0.25])], loss="mse")
    net.set_weights(list(net.connections)[0], [[1.0], [1.0], [-2.0]])
    c = CompiledNetwork(net)
    raw = make_builtin("xor")
    b = boundary(c, raw.x, raw.y, transform=transform, resolution=4, margin=0.0)
    assert (b.xs[0], b.xs[-1]) == (0.0, 1.0)
    for r, y in enumerate(b.ys):
        for k, x in enumerate(b.xs):
            assert b.output[r, k] == pytest.approx(x + y - 2 * x * y + 0.25, abs=1e-15)
    # the data path gives the same numbers for the data points
    data = with_features(raw, spec["features"])
    np.testing.assert_allclose(c.predict(data.x)[:, 0], [b.output[0, 0], b.output[-1, 0], b.output[0, -1], b.output[-1, -1]])
    with pytest.raises(ValueError, match="3 inputs"):
        boundary(c, raw.x, transform=lambda rows: rows)
    with pytest.raises(ValueError, match="2 input columns"):
        boundary(c, np.zeros((4, 3)))


def test_boundary_probe_reuses_its_grid_and_snapshots_share_readonly_points():
    net = templates.xor()
    ds = make_builtin("xor")
    t = Trainer(net, ds.x, ds.y, task=ds.task)
    probe = BoundaryProbe(t.compiled, ds.x, ds.y, task=t.task, resolution=20)
    first = probe.compute()
    t.train_step()
    second = probe.compute()
    assert second.points["train"] is first.points["train"] and not first.points["train"].flags.writeable
    assert not np.array_equal(first.output, second.output)
    assert not np.shares_memory(first.output, second.output)


def test_a_100_by_100_grid_takes_a_few_milliseconds():
    net = templates.xor()
    c = CompiledNetwork(net)
    x = make_builtin("xor").x
    boundary(c, x, resolution=100)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        boundary(c, x, resolution=100)
        times.append(time.perf_counter() - start)
    assert sorted(times)[2] < 0.02  # typically ~0.3 ms; generous for a busy machine


def test_confusion_r2_and_report():
    c = CompiledNetwork(tiny("sigmoid", "binary_crossentropy"))
    x = np.array([[1.0, 1.0], [-3.0, 0.0], [0.0, 3.0], [-1.0, -1.0]])
    # z by hand: 3 + 0.5, 0 − 2·2 + 0.5, 6 − 2·2 + 0.5, 0 + 0.5 → predicted 1, 0, 1, 1
    y = np.array([[1.0], [0.0], [1.0], [0.0]])
    m = confusion_matrices(c, {"train": (x, y), "test": None}, "binary")
    assert list(m) == ["train"]
    np.testing.assert_array_equal(m["train"], [[1, 1], [0, 2]])
    rep = classification_report(m["train"])
    assert rep["accuracy"] == 0.75 and rep["samples"] == 4
    assert rep["classes"][0] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2}
    assert rep["classes"][1] == {"precision": pytest.approx(2 / 3), "recall": 1.0, "f1": pytest.approx(0.8), "support": 2}
    absent = classification_report([[0, 0], [1, 3]])["classes"][0]
    assert absent["precision"] == 0.0 and np.isnan(absent["recall"]) and absent["support"] == 0
    assert confusion_matrices(c, {"train": (x, y)}, "binary", limit=1)["train"].sum() == 1

    reg = CompiledNetwork(tiny())
    outputs = np.array([by_hand(*row)[2] for row in x])
    target = outputs + np.array([0.5, -0.5, 0.5, -0.5])
    expected = 1 - 1.0 / ((target - target.mean()) ** 2).sum()
    assert r2_scores(reg, {"train": (x, target)})["train"] == pytest.approx(expected, rel=1e-12)
    confusion, r2 = evaluation(reg, {"train": (x, target)}, "regression")
    assert confusion is None and r2["train"] == pytest.approx(expected, rel=1e-12)


def test_probe_batch_is_fixed_and_bounded():
    x = np.arange(2000.0).reshape(1000, 2)
    a, b = probe_batch(x, 100), probe_batch(x, 100)
    np.testing.assert_array_equal(a, b)
    assert len(a) == 100 and np.all(np.diff(a[:, 0]) > 0)
    small = x[:10]
    assert probe_batch(small, 100) is small


def _snapshot(trainer, epoch_logs=()):
    return Snapshot(epoch=trainer.epoch or 1, step=1, steps_per_epoch=trainer.steps_per_epoch,
                    global_step=trainer.global_step, total_steps=None, elapsed=0.0, batch_losses=[],
                    epoch_logs=list(epoch_logs), parameters=trainer.parameters(), task=trainer.task)


def test_snapshot_probe_fills_a_snapshot_for_a_2d_classifier():
    net = templates.xor()
    ds = make_builtin("spiral", {"n": 200})
    net.set_training(epochs=1)
    t = Trainer(net, ds.x, ds.y, task=ds.task)
    probe = SnapshotProbe(dataset=lambda: ds, resolution=30)
    t.train_step()
    s = _snapshot(t)
    probe(t, s)
    assert set(s.activations) == set(t.compiled.order[1:])
    assert s.activations[t.compiled.order[1]].shape == (100, 4)
    assert s.boundary.output.shape == (30, 30) and s.boundary.kind == "probability"
    assert len(s.boundary.points["train"]) == 100 and len(s.boundary.points["test"]) == 100
    assert set(s.confusion) == {"train", "test"} and s.confusion["test"].sum() == 100 and s.r2 is None


def test_snapshot_probe_on_a_regression_and_with_a_transform():
    spec = {"kind": "builtin", "name": "xor", "params": {}, "features": ["x1", "x2", "x1*x2"]}
    raw = make_builtin("xor")
    data = with_features(raw, spec["features"])
    net = Sequential([Input(3), Dense(3, "tanh"), Dense(1, "linear")], loss="mse", batch_size=None)
    t = Trainer(net, data.x, data.y, task="regression")
    t.train_step()
    probe = SnapshotProbe(plane=lambda: Plane((raw.x, raw.y), transform=input_transform(spec)), resolution=10)
    s = _snapshot(t)
    probe(t, s)
    assert s.boundary.kind == "value" and s.boundary.output.shape == (10, 10)
    assert s.confusion is None and set(s.r2) == {"train"}
    # without a plane, a 3-input network has no boundary
    s2 = _snapshot(t)
    SnapshotProbe()(t, s2)
    assert s2.boundary is None and s2.activations is not None


def test_an_epoch_that_ended_between_two_probes_is_evaluated_at_the_next_one():
    """Most reports are not probed: the evaluation follows the trainer's epochs, not the probed report's logs
    (before, a run whose epoch ends fell between probes showed the untrained network's accuracy all along)."""
    net = templates.xor()
    ds = make_builtin("spiral", {"n": 200})
    net.set_training(epochs=3, batch_size=10)
    t = Trainer(net, ds.x, ds.y, task=ds.task)
    probe = SnapshotProbe(dataset=lambda: ds, resolution=10, cheap_eval=0)  # evaluate only when it must
    t.train_step()
    first = _snapshot(t)
    probe(t, first)
    assert first.confusion is not None, "the first probe evaluates"
    t.train_step()
    same_epoch = _snapshot(t)
    probe(t, same_epoch)
    assert same_epoch.confusion is None, "nothing new to evaluate within the epoch"
    while t.epoch < 1:  # the epoch ends between two probes: no probed report carries its logs
        t.train_step()
    t.train_step()
    later = _snapshot(t)
    assert not later.epoch_logs
    probe(t, later)
    assert later.confusion is not None, "the epoch that ended is evaluated at the next probe"
    matrix = later.confusion["train"]
    assert matrix.sum() == len(ds.x) and not np.array_equal(matrix, first.confusion["train"])
