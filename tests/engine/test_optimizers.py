"""Each optimizer against the same steps computed by hand, one parameter at a time."""

import math

import numpy as np
import pytest

from netbuilder.engine import optimizers

GRADS = [[0.5, -1.0, 2.0], [0.1, -0.3, 1.0], [-0.4, 0.2, 0.0]]
START = [1.0, -2.0, 0.5]


def run(opt, grads=GRADS, start=START):
    w = np.array(start, dtype=np.float64)
    for g in grads:
        opt.apply(w, np.array(g, dtype=np.float64))
    return w


def by_hand(update, state_init, grads=GRADS, start=START):
    """Apply ``update(w, g, state, t) -> w`` to each coordinate separately, in plain Python."""
    out = []
    for k, w in enumerate(start):
        state = dict(state_init)
        for t, g in enumerate(grads, start=1):
            w = update(w, g[k], state, t)
        out.append(w)
    return out


def test_sgd_plain():
    lr = 0.1
    expected = by_hand(lambda w, g, s, t: w - lr * g, {})
    np.testing.assert_allclose(run(optimizers.SGD(learning_rate=lr)), expected, rtol=1e-15)


def test_sgd_first_step_is_the_textbook_rule():
    w = run(optimizers.SGD(learning_rate=0.5), grads=[[-0.01678091867881435]], start=[0.4])
    assert w[0] == pytest.approx(0.4083904593394072, abs=1e-16)


@pytest.mark.parametrize("nesterov", [False, True])
def test_sgd_momentum(nesterov):
    lr, m = 0.1, 0.9

    def update(w, g, s, t):
        s["v"] = m * s["v"] - lr * g
        return w + (m * s["v"] - lr * g if nesterov else s["v"])

    expected = by_hand(update, {"v": 0.0})
    np.testing.assert_allclose(run(optimizers.SGD(learning_rate=lr, momentum=m, nesterov=nesterov)), expected, rtol=1e-14)


def test_adagrad():
    lr, eps, init = 0.01, 1e-7, 0.1

    def update(w, g, s, t):
        s["G"] += g * g
        return w - lr * g / math.sqrt(s["G"] + eps)

    expected = by_hand(update, {"G": init})
    np.testing.assert_allclose(run(optimizers.Adagrad(learning_rate=lr)), expected, rtol=1e-14)


@pytest.mark.parametrize("centered", [False, True])
@pytest.mark.parametrize("momentum", [0.0, 0.5])
def test_rmsprop(centered, momentum):
    lr, rho, eps = 0.01, 0.9, 1e-7

    def update(w, g, s, t):
        s["v"] = rho * s["v"] + (1 - rho) * g * g
        if centered:
            s["mg"] = rho * s["mg"] + (1 - rho) * g
            denom = s["v"] - s["mg"] ** 2 + eps
        else:
            denom = s["v"] + eps
        inc = lr * g / math.sqrt(denom)
        if momentum:
            s["mom"] = momentum * s["mom"] + inc
            return w - s["mom"]
        return w - inc

    expected = by_hand(update, {"v": 0.0, "mg": 0.0, "mom": 0.0})
    opt = optimizers.RMSprop(learning_rate=lr, momentum=momentum, centered=centered)
    np.testing.assert_allclose(run(opt), expected, rtol=1e-13)


@pytest.mark.parametrize("amsgrad", [False, True])
def test_adam(amsgrad):
    lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-7

    def update(w, g, s, t):
        s["m"] = b1 * s["m"] + (1 - b1) * g
        s["v"] = b2 * s["v"] + (1 - b2) * g * g
        s["vhat"] = max(s["vhat"], s["v"])
        v = s["vhat"] if amsgrad else s["v"]
        alpha = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
        return w - alpha * s["m"] / (math.sqrt(v) + eps)

    expected = by_hand(update, {"m": 0.0, "v": 0.0, "vhat": 0.0})
    np.testing.assert_allclose(run(optimizers.Adam(learning_rate=lr, amsgrad=amsgrad)), expected, rtol=1e-13)


def test_adam_first_step_moves_each_weight_by_about_the_learning_rate():
    w = run(optimizers.Adam(learning_rate=0.001), grads=[[3.0, -0.02, 0.01]], start=[0.0, 0.0, 0.0])
    np.testing.assert_allclose(w, [-0.001, 0.001, -0.001], rtol=1e-3)


def test_keras_defaults():
    assert optimizers.get("sgd").params == {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False}
    assert optimizers.get("adam").params == {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7, "amsgrad": False}
    assert optimizers.get("rmsprop").params["rho"] == 0.9
    assert optimizers.get("adagrad").params["initial_accumulator_value"] == 0.1
    assert optimizers.get({"name": "Adam", "learning_rate": 0.1}).learning_rate == 0.1


def test_changing_the_learning_rate_keeps_the_state():
    opt = optimizers.Adam(learning_rate=0.01)
    w = np.zeros(3)
    opt.apply(w, np.ones(3))
    m_before = opt.m.copy()
    opt.set(learning_rate=0.5)
    assert opt.iterations == 1 and np.array_equal(opt.m, m_before)
    assert opt.learning_rate == 0.5


def test_bad_settings_are_explained():
    with pytest.raises(ValueError, match="learning_rate' must be > 0"):
        optimizers.get({"name": "sgd", "learning_rate": 0})
    with pytest.raises(ValueError, match="did you mean 'adam'"):
        optimizers.get("adma")
    with pytest.raises(ValueError, match="has no parameter 'beta'"):
        optimizers.get({"name": "adam", "beta": 0.9})
    with pytest.raises(ValueError, match="momentum' must be ≤ 1"):
        optimizers.get({"name": "sgd", "momentum": 2})


def test_float32_stays_float32():
    opt = optimizers.Adam()
    w = np.ones(4, dtype=np.float32)
    opt.apply(w, np.full(4, 0.5, dtype=np.float32))
    assert w.dtype == np.float32 and opt.m.dtype == np.float32


def test_the_subnormal_flush_is_the_masked_multiply_to_the_bit():
    """The flush finds the subnormals and multiplies only those by 0: bit for bit the multiply over the whole
    vector with ``where=|a| < tiny`` it replaced — signed zeros, NaN, infinities and normal values included."""
    from netbuilder.engine import optimizers

    rng = np.random.default_rng(5)
    tiny = np.finfo(np.float32).tiny
    m = (rng.normal(size=3000) * 1e-38).astype(np.float32)  # normal and subnormal, both signs
    m[:6] = [0.0, -0.0, np.nan, np.inf, -np.inf, tiny]
    m[6:10] = np.float32(-1e-40), np.float32(1e-45), np.float32(-tiny), np.float32(1.0)
    opt = optimizers.get({"name": "adam"})
    opt.build(m.size, np.float32)
    opt.m[...] = m
    opt.v[...] = -m
    expected_m, expected_v = m.copy(), -m
    for a in (expected_m, expected_v):
        np.multiply(a, 0.0, out=a, where=np.abs(a) < tiny)
    opt._flush_subnormals()
    assert np.array_equal(opt.m.view(np.int32), expected_m.view(np.int32))
    assert np.array_equal(opt.v.view(np.int32), expected_v.view(np.int32))
    assert np.count_nonzero((np.abs(m) < tiny) & (m != 0)) > 100  # the case has subnormals to flush
