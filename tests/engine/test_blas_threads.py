"""The BLAS thread policy (netbuilder/engine/blas.py): mid-sized networks compute on one thread, whatever the
process's setting, so their bits do not depend on it; the process's setting comes back afterwards."""

from __future__ import annotations

import hashlib
import threading

import numpy as np
import pytest

threadpoolctl = pytest.importorskip("threadpoolctl")

from netbuilder.engine import blas
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.training import Trainer
from netbuilder.model.builders import Conv2D, Dense, Flatten, Input, Sequential


def _mlp(sizes, batch, dtype="float64"):
    layers = [Input(sizes[0])] + [Dense(u, "relu") for u in sizes[1:-1]] + [Dense(sizes[-1], "softmax")]
    return Sequential(layers, seed=0, dtype=dtype, loss="categorical_crossentropy", optimizer={"name": "adam"},
                      batch_size=batch, epochs=1, shuffle=True)


def _data(n, n_in, dtype="float64"):
    rng = np.random.default_rng(1)
    return rng.random((n, n_in)).astype(dtype), np.eye(10, dtype=dtype)[rng.integers(0, 10, n)]


def _blas_found() -> bool:
    return blas.current_threads() is not None


def test_policy_by_the_largest_product():
    assert CompiledNetwork(_mlp([784, 128, 64, 10], 32)).blas_threads == 1  # the MNIST MLP: 3.2 M
    assert CompiledNetwork(_mlp([2, 8, 8, 2], 10)).blas_threads is None  # trivial: nothing to set
    assert CompiledNetwork(_mlp([784, 1024, 1024, 10], 256)).blas_threads is None  # large: the library's choice
    assert CompiledNetwork(_mlp([784, 128, 64, 10], 128)).blas_threads is None  # 12.8 M
    cnn = Sequential([Input(shape=(28, 28, 1)), Conv2D(32, 3, activation="relu"), Flatten(), Dense(10, "softmax")], seed=0,
                     loss="categorical_crossentropy", batch_size=32)
    # 32 images × 676 positions × 288 kernel weights = 6.2 M; the dense layer: 32 × 216,320 = 6.9 M
    assert blas.largest_product(CompiledNetwork(cnn)._product_sizes(), 32) == 32 * 21632 * 10
    assert CompiledNetwork(cnn).blas_threads is None  # above SMALL_PRODUCT (4.2 M)
    cnn.set_training(batch_size=16)
    assert CompiledNetwork(cnn).blas_threads == 1


def _train_digest(threads: int) -> str:
    x, y = _data(640, 784)
    with threadpoolctl.threadpool_limits(threads, user_api="blas"):
        t = Trainer(_mlp([784, 128, 64, 10], 32), x, y)
        t.run(epochs=1)
        logs = t.evaluate(x, y)
    h = hashlib.sha256(t.compiled.flat.tobytes())
    h.update(np.float64(logs["loss"]).tobytes())
    return h.hexdigest()


@pytest.mark.skipif(not _blas_found(), reason="no BLAS library that threadpoolctl can drive")
def test_results_do_not_depend_on_the_process_thread_count():
    assert _train_digest(1) == _train_digest(2)


@pytest.mark.skipif(not _blas_found(), reason="no BLAS library that threadpoolctl can drive")
def test_one_thread_during_the_passes_and_the_setting_back_after():
    net = _mlp([784, 128, 64, 10], 32)
    compiled = CompiledNetwork(net)
    seen = []
    forward = compiled.forward.__wrapped__

    def spy(*args, **kwargs):
        seen.append(blas.current_threads())
        return forward(*args, **kwargs)

    compiled.forward = blas.on_one_thread(spy)
    with threadpoolctl.threadpool_limits(2, user_api="blas"):
        compiled.predict(np.zeros((5, 784)))
        assert seen == [1]
        assert blas.current_threads() == 2


@pytest.mark.skipif(not _blas_found(), reason="no BLAS library that threadpoolctl can drive")
def test_concurrent_holders_share_one_limit():
    with threadpoolctl.threadpool_limits(2, user_api="blas"):  # this thread set it first
        inside = threading.Event()
        leave = threading.Event()

        def other():
            with blas.single_threaded():
                inside.set()
                leave.wait(5)

        thread = threading.Thread(target=other)
        thread.start()
        inside.wait(5)
        with blas.single_threaded():
            assert blas.current_threads() == 1
        assert blas.current_threads() == 1  # the other thread still holds it
        leave.set()
        thread.join(5)
        assert blas.current_threads() == 2
