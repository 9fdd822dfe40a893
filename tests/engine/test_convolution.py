"""Convolution, pooling and Flatten: finite differences through whole networks, and PyTorch where it is installed."""

import numpy as np
import pytest

import netbuilder as nb
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.convolution import Geometry, conv2d_forward
from netbuilder.engine.pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward, winners
from netbuilder.engine.training import Trainer
from netbuilder.model import Layer, Network

from .test_gradients import analytic_gradient, numeric_gradient


def cnn(conv_kw: dict, pool: str, pool_kw: dict, *, act="tanh", hw=(7, 6), channels=2, dtype="float64", seed=0,
        **training):
    layers = [nb.Input(shape=(*hw, channels)), nb.Conv2D(3, activation=act, **conv_kw),
              nb.MaxPooling2D(**pool_kw) if pool == "max" else nb.AveragePooling2D(**pool_kw),
              nb.Conv2D(2, 2, activation="relu", padding="same", kernel_initializer="he_normal"),
              nb.Flatten(), nb.Dense(3, "softmax")]
    net = nb.Sequential(layers, loss="categorical_crossentropy", dtype=dtype, seed=seed, **training)
    rng = np.random.default_rng(seed)
    for layer in net.layers.values():
        if layer.use_bias:
            layer.update(bias=rng.normal(0, 0.3, layer.units))
    return net


def data(net: Network, n=4, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 1, (n, net.input_layer.units))
    y = np.eye(3)[rng.integers(0, 3, n)]
    return x, y


CASES = [
    ({"kernel_size": 3}, "max", {"pool_size": 2}),
    ({"kernel_size": (2, 3), "strides": (2, 1)}, "avg", {"pool_size": 2, "strides": 1}),
    ({"kernel_size": 3, "padding": "same"}, "max", {"pool_size": 3, "strides": 2, "padding": "same"}),
    ({"kernel_size": 1, "strides": 2, "padding": "same"}, "avg", {"pool_size": (2, 1), "padding": "same"}),
]


@pytest.mark.parametrize("conv_kw, pool, pool_kw", CASES)
def test_cnn_gradients_match_finite_differences(conv_kw, pool, pool_kw):
    net = cnn(conv_kw, pool, pool_kw)
    assert not nb.validate(net), nb.validate(net)
    x, y = data(net)
    c = CompiledNetwork(net)
    np.testing.assert_allclose(analytic_gradient(c, x, y, 0, 0), numeric_gradient(c, x, y, 0, 0), rtol=1e-5, atol=1e-8)


def test_prelu_dropout_penalties_and_two_convolutions_into_one():
    net = Network("two paths", training={"loss": "categorical_crossentropy", "l1": 0.01, "l2": 0.02})
    i = net.add_layer(nb.Input(shape=(5, 5, 1)))
    a = net.add_layer(nb.Conv2D(2, 3, padding="same", activation="prelu", dropout=0.3))
    b = net.add_layer(nb.Conv2D(2, (1, 3), padding="same", activation="elu"))
    m = net.add_layer(nb.Conv2D(3, 2, activation="swish"))
    f = net.add_layer(nb.Flatten())
    o = net.add_layer(Layer(3, "softmax", role="output"))
    for src, dst in ((i, a), (i, b), (a, m), (b, m), (m, f), (f, o)):
        net.connect(src.id, dst.id)
    assert not nb.validate(net)
    assert net.layer(m.id).units == 3 and net.shapes()[m.id] == (4, 4, 3)
    x, y = data(net, n=3)
    c = CompiledNetwork(net)
    np.testing.assert_allclose(analytic_gradient(c, x, y, 0.01, 0.02, rng_seed=5),
                               numeric_gradient(c, x, y, 0.01, 0.02, rng_seed=5), rtol=1e-5, atol=1e-8)
    assert c.gradients().alphas[a.id].shape == (2,)


def test_float32_cnn_trains_and_stays_float32():
    net = cnn({"kernel_size": 3}, "max", {"pool_size": 2}, dtype="float32",
              optimizer={"name": "adam", "learning_rate": 0.01}, batch_size=4, epochs=30)
    x, y = data(net, n=8)
    t = Trainer(net, x, y)
    first = t.evaluate(x, y)["loss"]
    t.run()
    cache = t.compiled.forward(x.astype(np.float32))
    assert cache.output.dtype == np.float32 and all(v.dtype == np.float32 for v in cache.a)
    assert t.evaluate(x, y)["loss"] < first


def test_max_pooling_routes_the_gradient_to_the_winner():
    g = Geometry((2, 2), (2, 2), (2, 2), "valid")
    x = np.array([[[[1.0], [4.0]], [[3.0], [2.0]]]])
    out, saved = max_pool_forward(x, g)
    assert out.ravel().tolist() == [4.0] and winners(saved, g).ravel().tolist() == [1]
    back = max_pool_backward(np.array([[[[5.0]]]]), saved, g)
    assert back.ravel().tolist() == [0.0, 5.0, 0.0, 0.0]
    tie = np.zeros((1, 2, 2, 1))
    out, saved = max_pool_forward(tie, g)
    assert winners(saved, g).ravel().tolist() == [0], "a tie goes to the first position, as PyTorch picks it"
    assert max_pool_backward(np.ones((1, 1, 1, 1)), saved, g).ravel().tolist() == [1.0, 0.0, 0.0, 0.0]


def test_average_pooling_with_same_padding_averages_real_inputs_only():
    g = Geometry((3, 3), (2, 2), (2, 2), "same")
    x = np.arange(9.0).reshape(1, 3, 3, 1)
    out = avg_pool_forward(x, g)[0, :, :, 0]
    np.testing.assert_allclose(out, [[(0 + 1 + 3 + 4) / 4, (2 + 5) / 2], [(6 + 7) / 2, 8.0]])
    np.testing.assert_allclose(avg_pool_backward(np.ones((1, 2, 2, 1)), g)[0, :, :, 0],
                               [[0.25, 0.25, 0.5], [0.25, 0.25, 0.5], [0.5, 0.5, 1.0]])


def test_convolution_by_hand():
    """z = Σ window ⊙ K + b, the way the walkthrough writes it."""
    x = np.arange(16.0).reshape(1, 4, 4, 1) / 10
    k = np.array([[1.0, 0.0], [-1.0, 2.0]]).reshape(2, 2, 1, 1)
    z, _ = conv2d_forward(x, k, Geometry((4, 4), (2, 2), (2, 2), "valid"))
    window = x[0, 0:2, 2:4, 0]
    assert z[0, 0, 1, 0] == pytest.approx(window[0, 0] * 1 + window[1, 0] * -1 + window[1, 1] * 2)
