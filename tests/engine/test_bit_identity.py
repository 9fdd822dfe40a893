"""The engine's numbers, bit for bit: parameters after a few training steps on fixed seeds.

Each case trains a network through :class:`Trainer` (shuffling, batches, forward, backward, penalties,
dropout, the optimizer) and hashes the exact bytes of the parameter vector, the per-batch losses and
the epoch logs. The hashes were computed with the engine before its speed work (commit c2e8d1c); a change
that alters a single bit of a float64 (or float32) result fails here. A change that means to alter the
numbers must say why and update the hashes with ``python tests/engine/test_bit_identity.py``.
"""

from __future__ import annotations

import hashlib
import math
import sys

import numpy as np
import pytest

from netbuilder.engine.training import Trainer
from netbuilder.model.builders import AveragePooling2D, Conv2D, Dense, Flatten, Input, MaxPooling2D, Sequential

ADAM = {"name": "adam", "learning_rate": 1e-3, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7}
OPTIMIZERS = {
    "sgd": {"name": "sgd", "learning_rate": 0.1},
    "momentum": {"name": "sgd", "learning_rate": 0.05, "momentum": 0.9},
    "nesterov": {"name": "sgd", "learning_rate": 0.05, "momentum": 0.9, "nesterov": True},
    "adam": ADAM,
    "amsgrad": {**ADAM, "amsgrad": True},
    "rmsprop": {"name": "rmsprop", "learning_rate": 1e-2},
    "rmsprop_centered_momentum": {"name": "rmsprop", "learning_rate": 1e-2, "centered": True, "momentum": 0.5},
    "adagrad": {"name": "adagrad", "learning_rate": 0.05},
}


def _blobs(n, n_in, n_out, dtype, seed=7):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, n_out, n)
    x = rng.normal(0.0, 1.0, (n, n_in)) + labels[:, None] * 0.5
    return x.astype(dtype), np.eye(n_out, dtype=dtype)[labels]


def _dense_net(sizes, acts, dtype, optimizer, loss="categorical_crossentropy", batch=10, dropout=0.0, **kw):
    layers = [Input(sizes[0])] + [
        Dense(units, act, dropout=(dropout if k < len(acts) - 1 else 0.0))
        for k, (units, act) in enumerate(zip(sizes[1:], acts))
    ]
    return Sequential(layers, seed=3, dtype=dtype, loss=loss, optimizer=dict(optimizer), batch_size=batch,
                      epochs=2, shuffle=True, **kw)


def _digest(trainer: Trainer) -> str:
    h = hashlib.sha256()
    h.update(trainer.compiled.flat.tobytes())
    h.update(np.asarray(trainer.run_record.batch_loss, dtype=np.float64).tobytes())
    for key in sorted(trainer.run_record.epochs):
        if key != "seconds":
            h.update(key.encode())
            h.update(np.asarray(trainer.run_record.epochs[key], dtype=np.float64).tobytes())
    for name, value in sorted(trainer.optimizer.state().items()):
        h.update(name.encode())
        h.update(np.ascontiguousarray(value).tobytes())
    return h.hexdigest()[:24]


def _case(name: str) -> Trainer:
    kind, dtype = name.rsplit("-", 1)
    if kind.startswith("tiny-"):  # 2-8-8-2 tanh/tanh/softmax, batch 10 (the benchmark's tiny case)
        opt = kind.split("-", 1)[1]
        net = _dense_net((2, 8, 8, 2), ("tanh", "tanh", "softmax"), dtype, OPTIMIZERS[opt])
        x, y = _blobs(200, 2, 2, dtype)
        return Trainer(net, x, y)
    if kind == "mnistlike":  # relu/relu/softmax, Adam, validation split (the mnist case, smaller)
        net = _dense_net((64, 32, 16, 10), ("relu", "relu", "softmax"), dtype, ADAM, batch=32, validation_split=0.2)
        x, y = _blobs(640, 64, 10, dtype)
        return Trainer(net, x, y)
    if kind == "widelike":  # larger matrices, batch 64, Adam
        net = _dense_net((100, 256, 256, 10), ("relu", "relu", "softmax"), dtype, ADAM, batch=64)
        x, y = _blobs(512, 100, 10, dtype)
        return Trainer(net, x, y)
    if kind == "regularised":  # L1 + L2 + dropout, sigmoid + binary cross-entropy, momentum
        net = _dense_net((5, 12, 12, 1), ("relu", "tanh", "sigmoid"), dtype, OPTIMIZERS["momentum"],
                         loss="binary_crossentropy", batch=16, dropout=0.25, l1=1e-3, l2=1e-2)
        x, y = _blobs(160, 5, 2, dtype)
        return Trainer(net, x, y[:, 1:])
    if kind == "regression":  # mse, linear output, several activations, full batch and a last short batch
        net = _dense_net((3, 7, 6, 5, 2), ("elu", "leaky_relu", "sigmoid", "linear"), dtype, OPTIMIZERS["rmsprop"],
                         loss="mse", batch=24)
        rng = np.random.default_rng(1)
        x = rng.normal(size=(100, 3)).astype(dtype)
        return Trainer(net, x, np.stack([np.sin(x[:, 0]), x[:, 1] * x[:, 2]], axis=1).astype(dtype))
    if kind == "prelu":
        net = _dense_net((4, 9, 3), ("prelu", "softmax"), dtype, OPTIMIZERS["adagrad"], batch=8)
        x, y = _blobs(64, 4, 3, dtype)
        return Trainer(net, x, y)
    if kind == "masked":  # a connection with a mask and a skip connection into the output
        net = _dense_net((4, 6, 5, 3), ("tanh", "relu", "softmax"), dtype, OPTIMIZERS["nesterov"], batch=8)
        ids = net.topological_order()
        first = net.outbound(ids[0])[0]
        mask = np.ones(first.shape, dtype=bool)
        mask[::2, 1::2] = False
        net.set_mask(first.id, mask)
        net.connect(ids[1], ids[3])
        x, y = _blobs(64, 4, 3, dtype)
        return Trainer(net, x, y)
    if kind == "cnn":
        layers = [Input(shape=(8, 8, 1)), Conv2D(3, 3, activation="relu"), MaxPooling2D(2),
                  Conv2D(2, 2, activation="tanh", padding="same"), AveragePooling2D(1), Flatten(), Dense(3, "softmax")]
        net = Sequential(layers, seed=3, dtype=dtype, loss="categorical_crossentropy", optimizer=dict(ADAM),
                         batch_size=8, epochs=2, shuffle=True)
        x, y = _blobs(48, 64, 3, dtype)
        return Trainer(net, x.reshape(48, 8, 8, 1), y)
    raise KeyError(name)


CASES = [f"tiny-{opt}-{dtype}" for opt in OPTIMIZERS for dtype in ("float64", "float32")] + [
    f"{kind}-{dtype}"
    for kind in ("mnistlike", "widelike", "regularised", "regression", "prelu", "masked", "cnn")
    for dtype in ("float64", "float32")
]

#: The arithmetic canary of the machine the hashes below were taken on (NumPy 2.4.6, OpenBLAS 0.3.31 Haswell).
CANARY = 'd6bf8d3927facb7c3fb856f3'

#: sha256 (first 24 hex digits) of the results of the engine at commit c2e8d1c, before its speed work.
EXPECTED = {
    'tiny-sgd-float64': '692dad4e69eb2ceaf02eec3e',
    'tiny-sgd-float32': '4b5027c9805d93623c0bee77',
    'tiny-momentum-float64': '1141ed7396d56102e50436a1',
    'tiny-momentum-float32': 'cf5398816a5f75819cb84db0',
    'tiny-nesterov-float64': '5ca8674918da9590a0f196ce',
    'tiny-nesterov-float32': '29be2212adca04e1eaf8efa3',
    'tiny-adam-float64': '97172dee49a8608ec600a479',
    'tiny-adam-float32': '43e83d55cd5cd32ef4570742',
    'tiny-amsgrad-float64': 'c87331308c98d8e137c85f03',
    'tiny-amsgrad-float32': '0e328a321b79eef00a78b3e8',
    'tiny-rmsprop-float64': '262c9e9110eaaa554e980bd7',
    'tiny-rmsprop-float32': '70ee3991c719e945be84285f',
    'tiny-rmsprop_centered_momentum-float64': '8dc2b07f213455f72c21e485',
    'tiny-rmsprop_centered_momentum-float32': '090dca59cdd95c5205289ffe',
    'tiny-adagrad-float64': 'c21b5d715049f22a23142d01',
    'tiny-adagrad-float32': '90fd5513b72f4e4e766b6450',
    'mnistlike-float64': 'b67a622430f1a2d55941fc2c',
    'mnistlike-float32': '01ef3384d9cb34672a91b340',
    'widelike-float64': '377410bc383fc0932917f8c4',
    'widelike-float32': 'f64f8cdacfb6cba3b0d4782b',
    'regularised-float64': '188d6417cb02303036382099',
    'regularised-float32': 'd6b96ffc649d1f3d92209fe7',
    'regression-float64': '12cc142cd3e945d7645353ea',
    'regression-float32': 'cc097a62fd974886ee6a662d',
    'prelu-float64': 'b60c1a1fb99011d1d83ff0f4',
    'prelu-float32': '150f097a8f77fc823a227b04',
    'masked-float64': '5dc2e0279310aaeb1639d801',
    'masked-float32': '7b74513bba4b76b1dcb8dff1',
    'cnn-float64': 'b65bc044477be666e5a52d52',
    'cnn-float32': '97201f4f9cbbda71e9616bd9',
}


def arithmetic_canary() -> str:
    """A hash of the machine's own kernels (matrix products through the BLAS, exp, tanh, log) on fixed data.

    The stored hashes hold for the machine and libraries they were computed with: another CPU or BLAS may
    round a matrix product differently and is not a change of the engine. Where this canary differs from
    :data:`CANARY`, the test is skipped (and says why) rather than failing.
    """
    rng = np.random.default_rng(0)
    h = hashlib.sha256()
    for dtype in ("float64", "float32"):
        for n, k, m in ((10, 8, 8), (32, 64, 32), (64, 256, 256), (16, 12, 12), (8, 27, 3)):
            a, b = rng.normal(size=(n, k)).astype(dtype), rng.normal(size=(k, m)).astype(dtype)
            h.update((a @ b).tobytes() + (a.T @ (a @ b)).tobytes() + ((a @ b) @ b.T).tobytes())
        v = rng.normal(size=1000).astype(dtype)
        h.update(np.exp(v).tobytes() + np.tanh(v).tobytes() + np.log1p(np.abs(v)).tobytes() + np.sqrt(np.abs(v)).tobytes())
    return h.hexdigest()[:24]


def digest(name: str) -> str:
    trainer = _case(name)
    trainer.run(epochs=2)
    assert trainer.diverged is None
    return _digest(trainer)


@pytest.mark.parametrize("name", CASES)
def test_results_are_bit_for_bit_those_of_the_engine_before_its_speed_work(name):
    if arithmetic_canary() != CANARY:
        pytest.skip("this machine's BLAS or NumPy rounds differently from the one the hashes were taken on")
    assert digest(name) == EXPECTED[name]


def test_the_digest_sees_a_single_bit():
    trainer = _case("tiny-sgd-float64")
    trainer.run(epochs=1)
    before = _digest(trainer)
    trainer.compiled.flat[3] = np.nextafter(trainer.compiled.flat[3], np.inf)
    assert _digest(trainer) != before


if __name__ == "__main__":  # print the table of hashes for the engine on the path
    print(f"CANARY = {arithmetic_canary()!r}")
    for case in CASES:
        print(f"    {case!r}: {digest(case)!r},")
    sys.exit(0)


def _reference_update(name, params, w, g, state, t):
    """The update rules as the engine wrote them before its speed work: whole vectors, one pass at a time."""
    tmp = np.empty_like(w)
    if name == "sgd":
        lr, momentum = params["learning_rate"], params["momentum"]
        np.multiply(g, lr, out=tmp)
        if momentum == 0:
            np.subtract(w, tmp, out=w)
            return
        v = state.setdefault("v", np.zeros_like(w))
        v *= momentum
        v -= tmp
        if params["nesterov"]:
            w -= tmp
            np.multiply(v, momentum, out=tmp)
            w += tmp
        else:
            w += v
    elif name == "adagrad":
        acc = state.setdefault("G", np.full_like(w, params["initial_accumulator_value"]))
        np.square(g, out=tmp)
        acc += tmp
        np.add(acc, params["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(g, tmp, out=tmp)
        tmp *= params["learning_rate"]
        w -= tmp
    elif name == "rmsprop":
        rho = params["rho"]
        v = state.setdefault("v", np.zeros_like(w))
        np.square(g, out=tmp)
        tmp *= 1.0 - rho
        v *= rho
        v += tmp
        if params["centered"]:
            mg = state.setdefault("mg", np.zeros_like(w))
            mg *= rho
            mg += (1.0 - rho) * g
            np.square(mg, out=tmp)
            np.subtract(v, tmp, out=tmp)
            tmp += params["epsilon"]
        else:
            np.add(v, params["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(g, tmp, out=tmp)
        tmp *= params["learning_rate"]
        if params["momentum"] > 0:
            mom = state.setdefault("mom", np.zeros_like(w))
            mom *= params["momentum"]
            mom += tmp
            w -= mom
        else:
            w -= tmp
    else:  # adam
        b1, b2 = params["beta_1"], params["beta_2"]
        alpha = params["learning_rate"] * math.sqrt(1.0 - b2**t) / (1.0 - b1**t)
        m, v = state.setdefault("m", np.zeros_like(w)), state.setdefault("v", np.zeros_like(w))
        np.subtract(g, m, out=tmp)
        tmp *= 1.0 - b1
        m += tmp
        np.square(g, out=tmp)
        tmp -= v
        tmp *= 1.0 - b2
        v += tmp
        if params["amsgrad"]:
            if "v_hat" not in state:
                state["v_hat"] = v.copy()
            np.maximum(state["v_hat"], v, out=state["v_hat"])
            v = state["v_hat"]
        np.sqrt(v, out=tmp)
        tmp += params["epsilon"]
        np.divide(m, tmp, out=tmp)
        tmp *= alpha
        w -= tmp


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("opt", sorted(OPTIMIZERS))
@pytest.mark.parametrize("block_bytes", [40, 1000, 1 << 20])
def test_each_update_is_bit_for_bit_the_whole_vector_rule(opt, dtype, block_bytes, monkeypatch):
    """Blocked updates (blocks of 5, 125 elements, or one block) against the whole-vector rule, with the
    backup copy, a learning rate changed midway and (Adam) AMSGrad switched on midway."""
    from netbuilder.engine import optimizers

    monkeypatch.setattr(optimizers.Optimizer, "BLOCK_BYTES", block_bytes)
    rng = np.random.default_rng(11)
    n = 1003
    optimizer = optimizers.get(dict(OPTIMIZERS[opt]))
    w = rng.normal(size=n).astype(dtype)
    expected, state = w.copy(), {}
    backup = np.zeros_like(w)
    for t in range(1, 9):
        if t == 4:
            optimizer.set(learning_rate=optimizer.learning_rate * 0.5)
        if t == 6 and optimizer.name == "adam" and not optimizer.params["amsgrad"]:
            optimizer.set(amsgrad=True)
            optimizer.v_hat = None
        g = (rng.normal(size=n) * rng.choice([1e-3, 1.0, 50.0], size=n)).astype(dtype)
        before = w.copy()
        optimizer.apply(w, g, backup=backup)
        _reference_update(optimizer.name, optimizer.params, expected, g, state, t)
        assert np.array_equal(backup, before)
        assert np.array_equal(w, expected), f"step {t}"


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("shape", [(1, 2), (10, 2), (32, 10), (257, 7)])
def test_softmax_parts_give_the_softmax_and_loss_of_the_plain_forms(dtype, shape):
    from netbuilder.engine.activations import Softmax
    from netbuilder.engine.losses import CategoricalCrossentropy

    rng = np.random.default_rng(5)
    loss, softmax = CategoricalCrossentropy(), Softmax()
    for scale in (1e-3, 1.0, 30.0, 800.0):
        z = (rng.normal(size=shape) * scale).astype(dtype)
        soft = rng.random(shape).astype(dtype)
        for y in (np.eye(shape[1], dtype=dtype)[rng.integers(0, shape[1], shape[0])], soft / soft.sum(1, keepdims=True)):
            with np.errstate(all="ignore"):
                a, shifted, sums = CategoricalCrossentropy.softmax_parts(z)
                assert np.array_equal(a, softmax.forward(z))
                expected = loss.output_value(softmax, z, a, y)
                got = loss.value_from_parts(shifted, sums, y)
            assert got == expected or (np.isnan(got) and np.isnan(expected))


@pytest.mark.parametrize("opt", ["adam", "amsgrad", "momentum", "nesterov", "rmsprop", "rmsprop_centered_momentum"])
def test_float32_state_flushed_of_subnormals_leaves_the_parameters_bit_for_bit(opt):
    """Half the gradients are 0 for 1500 steps, so their moments decay through the subnormal range: the
    engine sets those to 0 (keeping the sign) every few steps; the parameters stay the same to the bit as
    the whole-vector rule's, whose state kept the subnormals, and so does the state elsewhere."""
    from netbuilder.engine import optimizers

    rng = np.random.default_rng(2)
    n = 600
    optimizer = optimizers.get(dict(OPTIMIZERS[opt]))
    w = rng.normal(size=n).astype("float32")
    expected, state = w.copy(), {}
    tiny = np.finfo(np.float32).tiny
    seen_subnormal = False
    for t in range(1, 1501):
        g = (rng.normal(size=n) * 1e-3).astype("float32")
        if t > 20:
            g[: n // 2] = 0.0
        optimizer.apply(w, g)
        with np.errstate(under="ignore"):
            _reference_update(optimizer.name, optimizer.params, expected, g, state, t)
        assert np.array_equal(w, expected), f"step {t}"
        for name, value in optimizer.state().items():
            ref = {"ḡ": "mg", "μ": "mom", "v̂": "v_hat"}.get(name, name)
            ref = state.get(ref, state.get("v") if name == "v" else None)
            if ref is None:
                continue
            subnormal = (np.abs(ref) < tiny) & (ref != 0)
            seen_subnormal |= bool(subnormal.any())
            same = value == ref
            assert np.all(same | (subnormal & (value == 0))), (name, t)
    assert seen_subnormal  # the case did exercise the flush


@pytest.mark.parametrize("name", ["mnistlike-float32", "tiny-adam-float64"])
def test_batches_gathered_one_at_a_time_give_the_same_bits(name, monkeypatch):
    """Data too large to gather once per epoch is gathered batch by batch (MNIST): the same numbers."""
    from netbuilder.engine import training

    if arithmetic_canary() != CANARY:
        pytest.skip("this machine's BLAS or NumPy rounds differently from the one the hashes were taken on")
    monkeypatch.setattr(training, "GATHER_LIMIT", 0)
    assert digest(name) == EXPECTED[name]
