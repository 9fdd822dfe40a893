"""Walkthrough steps for many kinds of network: order, highlighting data, and limits for big layers."""

import numpy as np
import pytest

from netbuilder import assets, load, templates
from netbuilder.engine.trace import trace_step
from netbuilder.model import Layer
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.explain import Options, build_steps, phase_starts, render


@pytest.fixture
def worked():
    net = load(assets.example("worked_example"))
    t = trace_step(net, [0.1, 0.2], [1.0])
    return net, t, build_steps(t)


def test_phases_come_in_the_tutorial_order(worked):
    _, _, steps = worked
    phases = [s.phase for s in steps]
    starts = phase_starts(steps)
    assert list(starts) == ["forward", "loss", "backward", "update", "check"]
    assert phases == sorted(phases, key=["forward", "loss", "backward", "update", "check"].index)
    assert phases.count("forward") == 8  # 3 hidden neurons and 1 output: z and a for each


def test_steps_say_what_to_highlight(worked):
    net, t, steps = worked
    hidden = net.layer("Hidden").id
    first = steps[0]
    assert (hidden, 0) in first.neurons
    c1 = net.inbound(hidden)[0].id
    assert first.edges == [(c1, 0, 0), (c1, 1, 0)]
    assert first.values["z₁"] == pytest.approx(0.19)
    assert first.labels[(hidden, 0)] == "z=0.19"
    grad = next(s for s in steps if s.title == "Gradient of w(a₁→ŷ)")
    assert grad.values["dL/dw(a₁→ŷ)"] == pytest.approx(-0.01678091867881435, abs=1e-16)


def test_every_trace_number_appears_in_the_steps(worked, worked_reference):
    _, t, steps = worked
    values = [v for s in steps for v in s.values.values()]
    for key in ("z1", "a1"):
        for v in worked_reference["forward"][key]:
            assert any(abs(v - w) < 1e-15 for w in values), (key, v)
    for v in worked_reference["backward"]["delta1"] + worked_reference["backward"]["db2"]:
        assert any(abs(v - w) < 1e-15 for w in values)


@pytest.mark.parametrize("digits, text", [(2, "0.55"), (6, "0.547358")])
def test_precision_setting(digits, text):
    net = load(assets.example("worked_example"))
    t = trace_step(net, [0.1, 0.2], [1.0])
    steps = build_steps(t, Options(digits=digits))
    assert f"σ(0.19) = {text}" in steps[1].lines[-1]


def test_softmax_cross_entropy_uses_the_simple_delta():
    net = Sequential([Input(2), Dense(3, "relu"), Dense(3, "softmax")], loss="categorical_crossentropy", seed=1)
    t = trace_step(net, [0.5, -0.2], [0, 1, 0])
    steps = build_steps(t)
    text = render(t, steps)
    assert "softmax(z)ⱼ = e^(zⱼ) / Σₖ e^(zₖ)" in text
    assert "δₒ₂ = ŷ₂ − y" in text and "L = −Σ y·log ŷ" in text


def test_several_hidden_layers_skip_connections_and_masks():
    net = Sequential([Input(2), Dense(3, "tanh"), Dense(2, "relu"), Dense(1, "sigmoid")], loss="mse", seed=2)
    ids = list(net.layers)
    skip = net.connect(ids[0], ids[3])
    net.set_edge_enabled(skip.id, 0, 0, False)
    t = trace_step(net, [0.3, 0.7], [1.0])
    steps = build_steps(t)
    text = render(t, steps)
    assert "z⁽¹⁾₁" in text and "a⁽²⁾₂" in text
    assert "x₂·w(x₂→ŷ)" in text and "x₁·w(x₁→ŷ)" not in text, "the removed edge is not in the sum"
    assert all((skip.id, 0, 0) not in s.edges for s in steps)


def test_mini_batch_shows_averaged_gradients():
    net = load(assets.example("worked_example"))
    t = trace_step(net, [[0.1, 0.2], [0.3, 0.1], [0.9, 0.5]], [[1.0], [0.5], [0.0]])
    steps = build_steps(t, Options(sample=1))
    text = render(t, steps)
    assert "A mini-batch of 3 samples" in text
    assert any("Values shown for sample 2 of 3" in s.note for s in steps)
    assert "Σ over the batch" in text


def test_big_layers_show_a_few_neurons_and_a_summary():
    net = templates.mnist_mlp()
    x = np.random.default_rng(0).uniform(0, 1, 784)
    y = np.eye(10)[3]
    t = trace_step(net, x, y)
    steps = build_steps(t, Options(follow={net.layer("Dense 128").id: 77}))
    assert len(steps) < 400
    text = render(t, steps)
    assert "more terms" in text and "The other neurons of" in text
    assert "z⁽¹⁾₇₈" in text, "the followed neuron is shown"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_every_format_renders_every_step(worked, fmt):
    _, t, steps = worked
    out = render(t, steps, fmt)
    assert "0.01768" in out or fmt == "json"
    if fmt == "json":
        import json

        doc = json.loads(out)
        assert len(doc["steps"]) == len(steps)
        assert doc["trace"]["after_update"]["loss"] == pytest.approx(0.01673754475020472)
