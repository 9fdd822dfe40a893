"""The walkthrough's trace is a recording of the training engine: the same numbers to the last bit.

Saturated outputs are where the two used to drift (a clipped probability in
the trace, the logits in training), so every check runs at z = ±30 and ±500
for sigmoid + binary cross-entropy and softmax + categorical cross-entropy,
in float64 and float32.
"""

import math

import numpy as np
import pytest

import netbuilder as nb
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.trace import trace_step
from netbuilder.engine.training import Trainer
from netbuilder.explain import build_steps, render

EXTREMES = [30.0, -30.0, 500.0, -500.0]


def saturated(kind: str, z: float, dtype: str, target: int, optimizer="sgd"):
    """A one-input network whose output logit is exactly ``z`` for the input 1."""
    if kind == "bce":
        net = nb.Sequential([nb.Input(1), nb.Dense(1, "sigmoid")], loss="binary_crossentropy", dtype=dtype,
                            optimizer={"name": optimizer, "learning_rate": 0.1}, batch_size=None, shuffle=False)
        net.set_weights(next(iter(net.connections)), [[z]])
        net.set_bias(net.output_layer.id, 0, 0.0)
        return net, [[1.0]], [[float(target)]]
    net = nb.Sequential([nb.Input(1), nb.Dense(2, "softmax")], loss="categorical_crossentropy", dtype=dtype,
                        optimizer={"name": optimizer, "learning_rate": 0.1}, batch_size=None, shuffle=False)
    net.set_weights(next(iter(net.connections)), [[z, -z]])
    for j in range(2):
        net.set_bias(net.output_layer.id, j, 0.0)
    return net, [[1.0]], [np.eye(2)[target].tolist()]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("z", EXTREMES)
@pytest.mark.parametrize("kind", ["bce", "cce"])
@pytest.mark.parametrize("target", [0, 1])
def test_traced_step_is_the_training_step_to_the_last_bit(kind, z, dtype, target):
    net, x, y = saturated(kind, z, dtype, target)
    t = trace_step(net, x, y)
    trainer = Trainer(net, x, y)
    result = trainer.train_step()
    assert t.loss + t.penalty == result.loss, "the traced loss is the training loss"
    assert trainer.parameters().equals(t.after), "the traced update is the training update"
    assert t.dtype == dtype and t.y_hat.dtype == np.dtype(dtype)
    c = CompiledNetwork(net)
    assert t.loss == c.loss_value(c.forward(np.asarray(x, dtype)), np.asarray(y, dtype)), "evaluate's loss too"
    # and nothing the walkthrough shows is NaN where the engine is finite
    steps = build_steps(t)
    assert all(math.isfinite(v) for s in steps for k, v in s.values.items() if not k.startswith("dL/dŷ"))


def exact_bce(z: float, y: float) -> float:
    """max(z, 0) − z·y + log(1 + e^(−|z|)), the value PyTorch's BCEWithLogits gives."""
    return max(z, 0.0) - z * y + math.log1p(math.exp(-abs(z)))


@pytest.mark.parametrize("z", [20.0, 30.0, -30.0, 500.0, -500.0])
def test_saturated_sigmoid_loss_and_gradients_are_exact(z):
    net, x, y = saturated("bce", z, "float64", 0)
    t = trace_step(net, x, y)
    assert t.loss == pytest.approx(exact_bce(z, 0.0), rel=1e-15)
    out = t.backward[0]
    assert out.fused
    # dL/dŷ = 1/(1 − ŷ) = 1 + e^z for y = 0: exact, not 1/(clipped 1e-7)
    assert out.dL_da[0, 0] == pytest.approx(1.0 + math.exp(z), rel=1e-14)
    # the chain rule the walkthrough writes holds in the numbers it shows
    assert out.dL_da[0, 0] * out.f_prime[0, 0] == pytest.approx(out.delta[0, 0], rel=1e-12)
    # for y = 1 too, where σ(z) − 1 would lose its digits
    net, x, y = saturated("bce", z, "float64", 1)
    out = trace_step(net, x, y).backward[0]
    assert out.delta[0, 0] == pytest.approx(-1.0 / (1.0 + math.exp(z)), rel=1e-14)
    assert out.dL_da[0, 0] * out.f_prime[0, 0] == pytest.approx(out.delta[0, 0], rel=1e-12)


def test_the_issues_z20_example_matches_bce_with_logits():
    net, x, y = saturated("bce", 20.0, "float64", 0)
    t = trace_step(net, x, y)
    assert t.loss == pytest.approx(20.000000002061153, rel=1e-15)
    text = render(t, build_steps(t))
    assert "20" in text and "16.12" not in text, "no clipped −log(1e-7)"
    assert "4.852×10^8" in text, "the exact dL/dŷ is shown"
    assert "max(z, 0) − z·y + log(1 + e^(−|z|))" in text, "the stable form is written out where ŷ saturates"


@pytest.mark.parametrize("z", [30.0, 500.0])
def test_saturated_softmax_is_exact_and_says_so(z):
    net, x, y = saturated("cce", z, "float64", 1)  # the target class has logit −z
    t = trace_step(net, x, y)
    assert t.loss == pytest.approx(2 * z, rel=1e-15)
    out = t.backward[0]
    np.testing.assert_array_equal(out.delta, [[1.0, -1.0]])
    steps = build_steps(t)
    loss_step = next(s for s in steps if s.phase == "loss")
    assert "log-sum-exp" in loss_step.note
    if z == 30.0:  # −y/ŷ is still a float: shown exactly (e^60), not −1e7
        assert out.dL_da[0, 1] == pytest.approx(-math.exp(2 * z), rel=1e-12)


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop", "adagrad"])
def test_the_walkthrough_steps_with_the_networks_optimizer(optimizer):
    from netbuilder import assets

    net = nb.load(assets.example("worked_example"))
    net.set_training(optimizer={"name": optimizer, "learning_rate": 0.5})
    x, y = [[0.1, 0.2]], [[1.0]]
    t = trace_step(net, x, y)
    trainer = Trainer(net, x, y)
    trainer.train_step()
    assert trainer.parameters().equals(t.after)
    assert t.optimizer.name == optimizer
    text = render(t, build_steps(t))
    assert t.optimizer.rule()[0].split(" ")[0] in text
    for line in t.optimizer.rule()[:-1]:
        assert line in text


def test_penalties_are_recorded_as_the_engine_adds_them():
    net = nb.Sequential([nb.Input(2), nb.Dense(3, "tanh"), nb.Dense(1, "sigmoid")], loss="binary_crossentropy",
                        l1=0.01, l2=0.02, seed=3)
    t = trace_step(net, [[0.3, -0.2]], [[1.0]])
    trainer = Trainer(net, [[0.3, -0.2]], [[1.0]])
    result = trainer.train_step()
    assert t.loss + t.penalty == result.loss
    grads = trainer.compiled.gradients()
    for rec in t.backward:
        for cid, total in rec.dW_total.items():
            np.testing.assert_array_equal(total, grads.weights[cid])
            np.testing.assert_allclose(rec.dW[cid] + rec.dW_penalty[cid], total, rtol=1e-15, atol=1e-18)


def test_public_functions_are_not_shadowed_by_subpackages():
    import importlib
    import pkgutil

    import netbuilder

    for info in pkgutil.walk_packages(netbuilder.__path__, "netbuilder."):
        if ".ui" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    for name in netbuilder.__all__:
        assert not isinstance(getattr(netbuilder, name), type(netbuilder)), f"netbuilder.{name} is a module"
    w = nb.load("resources/examples/worked_example.nbn")
    assert nb.walkthrough(w) == nb.walkthrough(w)


def test_one_driver_same_history_from_api_session_and_trainer():
    from netbuilder.session import Control, TrainingSession

    def fresh():
        from netbuilder import templates

        net = templates.xor()
        net.set_training(epochs=7, batch_size=2, seed=5)
        return net

    a = fresh()
    result = nb.train(a, "xor")
    b = fresh()
    outcome = TrainingSession(b, "xor").run(Control())
    assert result.run.stop_reason == outcome.stop_reason == "completed 7 epochs"
    assert result.run.batch_loss == outcome.run.batch_loss
    timeless = lambda epochs: {k: v for k, v in epochs.items() if k != "seconds"}  # noqa: E731
    assert timeless(result.run.epochs) == timeless(outcome.run.epochs)
    assert result.final == outcome.final and result.run.settings["final"] == outcome.run.settings["final"]
    assert a.get_parameters().equals(outcome.parameters)
