"""The walkthrough of a convolutional network: one convolution, pooling and Flatten step against a hand computation."""

import re

import numpy as np
import pytest

import netbuilder as nb
from netbuilder.engine.trace import trace_step
from netbuilder.explain import Options, build_steps, render
from netbuilder.explain.image_steps import flat_index


def position(title: str) -> list[int]:
    """The 0-based indices written [3,3,1] in a step's title."""
    return [int(v) - 1 for v in re.search(r"\[([\d,]+)\]", title).group(1).split(",")]


@pytest.fixture
def cnn_step():
    net = nb.Sequential([nb.Input(shape=(6, 6, 1)), nb.Conv2D(2, 3, activation="relu"), nb.MaxPooling2D(2),
                         nb.Flatten(), nb.Dense(2, "softmax")], loss="categorical_crossentropy", seed=0)
    x = np.random.default_rng(0).uniform(0, 1, 36).round(2)
    t = trace_step(net, x, [0, 1])
    return net, x.reshape(6, 6), t


def test_the_convolution_step_is_the_hand_computation(cnn_step):
    net, image, t = cnn_step
    conv = t.forward[0]
    steps = build_steps(t)
    step = next(s for s in steps if s.title.startswith("Convolution at"))
    i, j, f = position(step.title)
    kernel = conv.inbound[0].weights[:, :, 0, f]
    by_hand = float((image[i:i + 3, j:j + 3] * kernel).sum() + conv.bias[f])
    assert list(step.values.values())[0] == pytest.approx(by_hand, rel=1e-12)
    assert float(conv.z[0, i, j, f]) == pytest.approx(by_hand, rel=1e-12)
    assert f"{image[i, j]:g}×" in step.lines[-1], "the window's first pixel times its kernel weight"
    assert (conv.layer_id, flat_index(conv.a.shape[1:], i, j, f)) in step.neurons
    assert (net.input_layer.id, flat_index((6, 6, 1), i, j, 0)) in step.neurons, "the window is marked on the input"


def test_max_pooling_names_the_winner_and_routes_the_gradient_to_it(cnn_step):
    net, image, t = cnn_step
    conv, pool = t.forward[0], t.forward[1]
    steps = build_steps(t)
    forward = next(s for s in steps if s.title.startswith("Max pooling"))
    i, j, c = position(forward.title)
    window = conv.a[0, 2 * i:2 * i + 2, 2 * j:2 * j + 2, c]
    assert list(forward.values.values())[0] == window.max()
    r, q = np.unravel_index(np.argmax(window), (2, 2))
    assert forward.values["winner"] == flat_index(conv.a.shape[1:], 2 * i + r, 2 * j + q, c)
    backward = next(s for s in steps if s.title.startswith("Gradient through the pooling"))
    g = t.backward_of(pool.layer_id).dL_da[0, i, j, c]
    assert t.backward_of(conv.layer_id).dL_da[0, 2 * i + r, 2 * j + q, c] == pytest.approx(g)
    assert "(the winner)" in "\n".join(backward.lines)


def test_the_kernel_gradient_is_the_sum_over_positions(cnn_step):
    net, image, t = cnn_step
    conv = t.forward[0]
    brec = t.backward_of(conv.layer_id)
    step = next(s for s in build_steps(t) if s.title.startswith("Gradient of the kernel weight"))
    f = position(step.title)[3]
    by_hand = sum(brec.delta[0, i, j, f] * image[i + 1, j + 1] for i in range(4) for j in range(4))
    assert list(step.values.values())[0] == pytest.approx(by_hand, rel=1e-12)
    assert brec.dW[conv.inbound[0].connection_id][1, 1, 0, f] == pytest.approx(by_hand, rel=1e-12)


def test_following_another_position_and_every_format(cnn_step):
    net, image, t = cnn_step
    conv = t.forward[0]
    index = flat_index(conv.a.shape[1:], 0, 3, 1)
    step = next(s for s in build_steps(t, Options(follow={conv.layer_id: index})) if s.title.startswith("Convolution"))
    assert "[1,4,2]" in step.title
    for fmt in ("text", "markdown", "html", "json"):
        out = render(t, build_steps(t), fmt)
        assert "Convolution at" in out and "Flatten" in out
    assert "6×6×1-4×4×2-2×2×2-8-2" in render(t, build_steps(t))
