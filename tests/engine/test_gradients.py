"""Finite-difference checks of every gradient the engine computes.

Each activation is combined with each loss on a small graph that has a skip
connection, a masked connection, biases and (for PReLU) learnable slopes;
the analytic gradient of the compiled network must match central
differences of the loss, and the readable step trace must agree with it.
"""

import numpy as np
import pytest

from netbuilder.engine import activations as A
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.trace import trace_step
from netbuilder.model import ACTIVATIONS, LOSSES, Layer, Network

OUTPUT_FOR_LOSS = {"categorical_crossentropy": "softmax", "binary_crossentropy": "sigmoid", "hinge": "tanh"}


def graph(hidden_act: str, output_act: str, loss: str, *, seed: int = 0, k: int = 3, l1=0.0, l2=0.0, dropout=0.0) -> Network:
    """input(3) → h1(4) → h2(3) → out(k), plus skips input→h2 and h1→out, and one edge masked."""
    net = Network("check", training={"loss": loss, "l1": l1, "l2": l2}, seed=seed)
    i = net.add_layer(Layer(3, role="input", name="in"))
    h1 = net.add_layer(Layer(4, hidden_act, name="h1", kernel_initializer="random_normal", dropout=dropout))
    h2 = net.add_layer(Layer(3, hidden_act, name="h2", kernel_initializer={"name": "random_normal", "stddev": 0.8}))
    out = net.add_layer(Layer(k, output_act, role="output", name="out", kernel_initializer={"name": "random_normal", "stddev": 0.8}))
    rng = np.random.default_rng(seed)
    net.connect(i.id, h1.id, rng.normal(0, 0.8, (3, 4)))
    net.connect(h1.id, h2.id)
    net.connect(h2.id, out.id)
    net.connect(i.id, h2.id, rng.normal(0, 0.8, (3, 3)))
    skip = net.connect(h1.id, out.id, rng.normal(0, 0.8, (4, k)))
    net.set_edge_enabled(skip.id, 1, 0, False)
    for layer in (h1, h2, out):
        layer.update(bias=rng.normal(0, 0.5, layer.units))
    return net


def data(loss: str, k: int, n: int = 5, seed: int = 1):
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 1, (n, 3))
    if loss == "categorical_crossentropy":
        y = np.eye(k)[rng.integers(0, k, n)]
    elif loss in ("binary_crossentropy", "hinge"):
        y = rng.integers(0, 2, (n, k)).astype(float)
    else:
        y = rng.normal(0, 1, (n, k))
    return x, y


def numeric_gradient(c: CompiledNetwork, x, y, l1, l2, rng_seed=None, h=1e-6):
    def total():
        rng = None if rng_seed is None else np.random.default_rng(rng_seed)
        cache = c.forward(x, training=rng_seed is not None, rng=rng)
        return c.loss_value(cache, y) + c.penalty(l1, l2)

    grad = np.zeros(c.size)
    for i in range(c.size):
        old = c.flat[i]
        c.flat[i] = old + h
        up = total()
        c.flat[i] = old - h
        down = total()
        c.flat[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad


def analytic_gradient(c: CompiledNetwork, x, y, l1, l2, rng_seed=None):
    rng = None if rng_seed is None else np.random.default_rng(rng_seed)
    cache = c.forward(x, training=rng_seed is not None, rng=rng)
    c.backward(cache, y)
    c.penalty(l1, l2)
    return c.grad.copy()


def assert_gradients_match(net, x, y, rng_seed=None):
    c = CompiledNetwork(net)
    l1, l2 = net.training.l1, net.training.l2
    analytic = analytic_gradient(c, x, y, l1, l2, rng_seed)
    numeric = numeric_gradient(c, x, y, l1, l2, rng_seed)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-4, atol=1e-7)
    return c


@pytest.mark.parametrize("loss", sorted(LOSSES))
@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
def test_every_activation_with_every_loss(activation, loss):
    output = OUTPUT_FOR_LOSS.get(loss, activation if activation != "step" else "linear")
    net = graph(activation, output, loss)
    x, y = data(loss, 3)
    c = assert_gradients_match(net, x, y)
    masked = c.layers[-1].inbound[1]
    assert masked.grad[1, 0] == 0.0, "a removed edge gets no gradient"


@pytest.mark.parametrize("output, loss", [("softmax", "mse"), ("sigmoid", "categorical_crossentropy"),
                                          ("prelu", "half_sse"), ("softmax", "hinge"), ("gelu", "mae")])
def test_unfused_output_pairs(output, loss):
    net = graph("tanh", output, loss, seed=3)
    x, y = data(loss, 3, seed=4)
    assert_gradients_match(net, x, y)


def test_penalties_and_dropout_gradients():
    net = graph("elu", "softmax", "categorical_crossentropy", l1=0.01, l2=0.02, dropout=0.3, seed=5)
    x, y = data("categorical_crossentropy", 3, n=7, seed=6)
    assert_gradients_match(net, x, y, rng_seed=11)


def test_single_output_binary():
    net = graph("swish", "sigmoid", "binary_crossentropy", k=1, seed=7)
    x, y = data("binary_crossentropy", 1, seed=8)
    assert_gradients_match(net, x, y)


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "prelu", "softmax", "gelu"])
def test_trace_agrees_with_compiled_engine(activation):
    loss = "categorical_crossentropy" if activation == "softmax" else "mse"
    net = graph("leaky_relu" if activation == "softmax" else activation, activation, loss, seed=9, l2=0.01)
    x, y = data(loss, 3, n=4, seed=10)
    c = CompiledNetwork(net)
    cache = c.forward(x)
    loss_value = c.backward(cache, y)
    c.penalty(0.0, net.training.l2)
    grads = c.gradients()
    t = trace_step(net, x, y, learning_rate=0.1)
    assert t.loss == pytest.approx(loss_value, rel=1e-9)
    for rec in t.backward:
        for cid, g in rec.dW.items():
            np.testing.assert_allclose(g + rec.dW_penalty[cid], grads.weights[cid], rtol=1e-9, atol=1e-12)
        if rec.db is not None:
            np.testing.assert_allclose(rec.db, grads.biases[rec.layer_id], rtol=1e-9, atol=1e-12)
        if rec.dalpha is not None:
            np.testing.assert_allclose(rec.dalpha, grads.alphas[rec.layer_id], rtol=1e-9, atol=1e-12)
    # the per-sample shares of a mini-batch gradient add up to it
    for rec in t.forward:
        for inc in rec.inbound:
            total = sum(t.sample_dW(inc.connection_id, s) for s in range(len(x)))
            np.testing.assert_allclose(total, t.backward_of(rec.layer_id).dW[inc.connection_id], atol=1e-12)


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_derivatives(name):
    act = A.get(name)
    z = np.random.default_rng(2).normal(0, 2, (6, 5))
    z[np.abs(z) < 1e-3] = 0.5  # stay off the kinks
    a = act.forward(z)
    h = 1e-6
    if name == "softmax":
        jac = act.jacobian(a)
        for j in range(5):
            dz = np.zeros_like(z)
            dz[:, j] = h
            numeric = (act.forward(z + dz) - act.forward(z - dz)) / (2 * h)
            np.testing.assert_allclose(jac[:, :, j], numeric, rtol=1e-5, atol=1e-8)
        return
    numeric = (act.forward(z + h) - act.forward(z - h)) / (2 * h)
    np.testing.assert_allclose(act.derivative(z, a), numeric, rtol=1e-5, atol=1e-8)


def test_activation_values_people_know():
    assert A.get("sigmoid").forward(np.array([0.19]))[0] == pytest.approx(0.5473576181430894, abs=1e-15)
    assert A.get("relu").forward(np.array([-2.0, 3.0])).tolist() == [0.0, 3.0]
    assert A.get({"name": "leaky_relu", "alpha": 0.1}).forward(np.array([-2.0]))[0] == pytest.approx(-0.2)
    assert A.get("step").forward(np.array([-0.5, 0.5])).tolist() == [0.0, 1.0]
    assert A.get("elu").forward(np.array([-1e9]))[0] == pytest.approx(-1.0)
    # exact GELU (erf), not the tanh approximation: GELU(1) = Φ(1) = 0.841344746...
    assert A.get("gelu").forward(np.array([1.0]))[0] == pytest.approx(0.8413447460685429, abs=1e-15)
    assert A.get("swish").forward(np.array([1.0]))[0] == pytest.approx(1 / (1 + np.exp(-1.0)))
    p = A.get("softmax").forward(np.array([[1000.0, 1000.0, -1000.0]]))
    np.testing.assert_allclose(p, [[0.5, 0.5, 0.0]])


def test_sigmoid_is_stable_far_from_zero():
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = A.sigmoid(np.array([-1000.0, 1000.0]))
    np.testing.assert_array_equal(s, [0.0, 1.0])


@pytest.mark.parametrize("z", [-500.0, -30.0, -8.0, 8.0, 30.0, 500.0])
@pytest.mark.parametrize("target", [0.0, 1.0])
@pytest.mark.parametrize("output, loss", [("sigmoid", "binary_crossentropy"), ("softmax", "categorical_crossentropy")])
def test_gradients_at_saturated_outputs(z, target, output, loss):
    """Finite differences of the stable loss, far out where ŷ rounds to 0 or 1: also the tiny gradients are right."""
    k = 1 if output == "sigmoid" else 2
    net = Network("extreme", training={"loss": loss})
    i = net.add_layer(Layer(2, role="input", name="in"))
    out = net.add_layer(Layer(k, output, role="output", name="out"))
    net.connect(i.id, out.id, [[z] * k, [0.0] * k] if k == 1 else [[z, -z], [0.0, 0.0]])
    out.update(bias=np.zeros(k))
    x = np.array([[1.0, 0.5]])
    y = np.array([[target]]) if k == 1 else np.array([[1.0 - target, target]])
    c = CompiledNetwork(net)
    analytic = analytic_gradient(c, x, y, 0.0, 0.0)
    # log-sum-exp keeps the loss's relative precision only to ~1e-9 near ŷ = 1, so softmax needs a wider step
    h = (1e-6 if output == "sigmoid" else 1e-4) * max(1.0, abs(z))
    numeric = numeric_gradient(c, x, y, 0.0, 0.0, h=h)
    if output == "sigmoid":
        # δ = (1 − y)·σ(z) − y·σ(−z): every gradient to its own relative precision, however small
        np.testing.assert_allclose(analytic, numeric, rtol=2e-6, atol=1e-300)
    else:
        # δ = ŷ − y as PyTorch and Keras compute it: for a confident true class 1 − ŷ keeps only its
        # absolute precision (one ulp of 1), which bounds the error of a vanishing gradient
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=4e-16)
