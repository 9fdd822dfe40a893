"""Gradient flow and health while training: norms per layer, dead ReLUs, saturated units, and the
vanishing-gradient example against its ReLU twin."""

import math

import numpy as np
import pytest

import netbuilder as nb
from netbuilder.assets import resource
from netbuilder.data import Dataset
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.training import Trainer
from netbuilder.session import Control, TrainingSession


def test_gradient_norms_are_the_norms_of_the_weights_gradients():
    net = nb.Sequential([nb.Input(2), nb.Dense(3, "tanh"), nb.Dense(1, "sigmoid")], loss="binary_crossentropy",
                        batch_size=None, seed=1)
    x, y = [[0.1, 0.2], [0.5, -0.3], [1.0, 0.4]], [[1.0], [0.0], [1.0]]
    t = Trainer(net, x, y)
    t.track_health()
    t.train_step()
    report = t.health.take()
    c = CompiledNetwork(net)  # the same step by hand: gradients of the untrained network
    cache = c.forward(np.asarray(x))
    c.backward(cache, np.asarray(y))
    grads = c.gradients()
    for lid, health in report.items():
        (conn,) = net.inbound(lid)
        assert health.grad_norm == pytest.approx(np.linalg.norm(grads.weights[conn.id]), rel=1e-12)
        assert health.activation_std == pytest.approx(float(cache.a[net.topological_order().index(lid)].std()),
                                                      rel=1e-9)
    assert math.isnan(t.health.take()[lid].grad_norm), "a report covers the steps since the last one"


def test_dead_relus_are_units_silent_for_a_whole_epoch():
    net = nb.Sequential([nb.Input(1), nb.Dense(3, "relu"), nb.Dense(1, "linear")], loss="mse", batch_size=2,
                        optimizer={"name": "sgd", "learning_rate": 1e-9}, seed=0)
    hidden = net.layer("Hidden")
    (conn,) = net.inbound(hidden.id)
    net.set_weights(conn.id, [[1.0, -1.0, 1.0]])
    hidden.update(bias=[0.0, -0.5, -10.0])  # unit 2 fires for x < −0.5 only, unit 3 never for x in [0, 1]
    t = Trainer(net, [[0.2], [0.9], [-0.8], [0.5]], [[1.0]] * 4)
    t.track_health()
    t.run(epochs=1)
    health = t.health.take()[hidden.id]
    assert health.dead_fraction == pytest.approx(1 / 3) and health.saturated_fraction is None


def test_saturated_sigmoids_are_counted():
    net = nb.Sequential([nb.Input(1), nb.Dense(2, "sigmoid"), nb.Dense(1, "linear")], loss="mse", batch_size=None)
    hidden = net.layer("Hidden")
    net.set_weights(net.inbound(hidden.id)[0].id, [[100.0, 0.01]])  # unit 1 saturates, unit 2 does not
    t = Trainer(net, [[1.0], [-1.0], [0.5], [-0.5]], [[0.0]] * 4)
    t.track_health()
    t.run(epochs=1)
    health = t.health.take()[hidden.id]
    assert health.saturated_fraction == pytest.approx(0.5) and health.dead_fraction is None


def test_health_of_a_convolution_counts_filters():
    net = nb.Sequential([nb.Input(shape=(6, 6, 1)), nb.Conv2D(4, 3, activation="relu"), nb.Flatten(),
                         nb.Dense(2, "softmax")], loss="categorical_crossentropy", seed=0)
    t = Trainer(net, np.random.default_rng(0).uniform(0, 1, (8, 36)), np.eye(2)[[0, 1] * 4])
    t.track_health()
    t.run(epochs=1)
    conv = next(lid for lid, layer in net.layers.items() if layer.kind == "conv2d")
    assert t.health.take()[conv].units == 4


def first_report(name):
    """The first health report of a session training the example on a few MNIST images."""
    net = nb.load(resource("examples", f"{name}.nbn"))
    full = nb.dataset_for(net)
    small = Dataset("MNIST (a few)", full.x[:640], full.y[:640], "multiclass", image_shape=(28, 28))
    net.set_training(epochs=1)
    reports = []
    TrainingSession(net, small, rate=1e6, probe_interval=1e9).run(Control(), reports.append)
    first = next(r.health for r in reports if r.health)
    norms = [h.grad_norm for h in first.values()]
    return norms[0], norms[-1]


def test_the_vanishing_gradient_example_and_its_relu_twin():
    first, last = first_report("vanishing_gradients")
    assert last >= 10 * first, (first, last)
    first, last = first_report("vanishing_gradients_relu")
    assert last < 10 * first, (first, last)
