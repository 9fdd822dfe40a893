"""The training step's shortcuts give what the plain forms give, to the bit."""

from __future__ import annotations

import numpy as np
import pytest

from netbuilder.engine import metrics
from netbuilder.engine.activations import Tanh
from netbuilder.engine.losses import CategoricalCrossentropy
from netbuilder.engine.training import Trainer, _ignore_overflow, _restore_errors
from netbuilder.model.builders import Dense, Input, Sequential


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_one_hot_delta_is_the_general_delta(dtype):
    rng = np.random.default_rng(3)
    for scale in (1e-3, 1.0, 50.0):
        a = (rng.random((10, 4)) * scale).astype(dtype)
        a[0, 0] = np.inf
        a[1, 1] = np.nan
        y = np.eye(4, dtype=dtype)[rng.integers(0, 4, 10)]
        general = CategoricalCrossentropy.fused_delta(a, y)
        fast = CategoricalCrossentropy.fused_delta(a, y, one_hot=True)
        assert general.dtype == fast.dtype == np.dtype(dtype)
        assert general.tobytes() == fast.tobytes()


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_tanh_backward_with_a_constant_one_is_the_textbook_form(dtype):
    rng = np.random.default_rng(4)
    a, grad = np.tanh(rng.normal(size=(10, 8)) * 3).astype(dtype), rng.normal(size=(10, 8)).astype(dtype)
    got = Tanh().backward(grad, None, a)
    assert got.dtype == np.dtype(dtype)
    assert got.tobytes() == (grad * (1.0 - a * a)).tobytes()


def test_the_step_ignores_overflow_and_keeps_the_rest_of_the_enclosing_error_state():
    cache = [None, None]
    with np.errstate(under="raise", over="raise"):
        token = _ignore_overflow(cache)
        assert np.geterr() == {"divide": "ignore", "over": "ignore", "under": "raise", "invalid": "ignore"}
        _restore_errors(token)
        assert np.geterr()["over"] == "raise"
    before = np.geterr()
    token = _ignore_overflow(cache)
    assert np.geterr()["under"] == before["under"] and np.geterr()["over"] == "ignore"
    _restore_errors(token)
    assert np.geterr() == before


def _trainer(batch=7):
    net = Sequential([Input(2), Dense(5, "tanh"), Dense(3, "softmax")], seed=1, loss="categorical_crossentropy",
                     optimizer={"name": "sgd", "learning_rate": 0.1}, batch_size=batch, epochs=1, shuffle=True)
    rng = np.random.default_rng(2)
    labels = rng.integers(0, 3, 50)
    x = rng.normal(size=(50, 2)) + labels[:, None]
    return Trainer(net, x, np.eye(3)[labels])


def test_the_epoch_accuracy_counts_every_batch_even_across_runs():
    """Accuracy is counted once an epoch from the classes kept at each step, also when the epoch is trained
    in pieces (a stopped run continued): the count of the per-step comparison it replaced."""
    trainer = _trainer()
    assert trainer._one_hot
    c = trainer.compiled
    step = c.loss_and_gradient
    expected = []

    def recording(x, y, *args, **kwargs):
        cache, loss, penalty = step(x, y, *args, **kwargs)
        expected.append(metrics.correct_count(cache.output.copy(), y, "multiclass"))
        return cache, loss, penalty

    c.loss_and_gradient = recording
    for _ in range(3):
        trainer.train_step()
    trainer.run(epochs=1)  # the rest of the first epoch, then
    trainer.run(epochs=1)  # a whole second one
    steps = trainer.steps_per_epoch
    assert len(expected) == 2 * steps
    accuracy = trainer.run_record.epochs["accuracy"]
    assert accuracy == [sum(expected[:steps]) / trainer.n_train, sum(expected[steps:]) / trainer.n_train]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_np_dot_is_matmul_to_the_bit_for_the_products_the_chain_sends_to_it(dtype):
    """The dense chain sends its products to np.dot (faster on small matrices) when every dimension exceeds 1
    and the operands are C- or F-contiguous, as they are there; the assumption that np.dot then makes
    matmul's BLAS call is checked here on this machine's NumPy and BLAS."""
    rng = np.random.default_rng(6)
    for n, k, m in [(2, 2, 2), (10, 2, 8), (10, 8, 8), (10, 8, 2), (7, 130, 3), (32, 784, 128), (33, 64, 10)]:
        a = rng.normal(size=(n, k)).astype(dtype)
        w = rng.normal(size=(k, m)).astype(dtype)
        d = rng.normal(size=(n, m)).astype(dtype)
        for p, q in ((a, w), (a.T, d), (d, w.T), (np.asfortranarray(d), w.T), (np.asfortranarray(a).T, d)):
            assert (p @ q).tobytes() == np.dot(p, q).tobytes(), (p.shape, q.shape)
