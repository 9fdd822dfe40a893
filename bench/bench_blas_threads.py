"""Training steps per second on one BLAS thread against the library's default, by the size of the largest product.

The figures behind :data:`netbuilder.engine.blas.SMALL_PRODUCT`: where one thread is at least as fast, the
engine runs a network on one (and leaves the other cores to the window). Each network trains two epochs of
200 batches on random data, float32, Adam, twice each way; the best of the two is printed.

    python bench/bench_blas_threads.py
"""

from __future__ import annotations

import itertools
import time

import numpy as np
from threadpoolctl import threadpool_limits

from netbuilder.engine import blas
from netbuilder.engine.training import Trainer
from netbuilder.model.builders import Dense, Input, Sequential

CASES = [
    ([784, 128, 64, 10], 32), ([784, 128, 64, 10], 64), ([784, 128, 64, 10], 128), ([784, 128, 64, 10], 256),
    ([784, 256, 10], 32), ([784, 256, 10], 128), ([784, 512, 10], 32), ([784, 512, 10], 64), ([784, 1024, 10], 32),
]


def trainer(sizes, batch):
    rng = np.random.default_rng(0)
    n = batch * 200
    x = rng.random((n, sizes[0])).astype(np.float32)
    y = np.eye(sizes[-1], dtype=np.float32)[rng.integers(0, sizes[-1], n)]
    layers = [Input(sizes[0])] + [Dense(u, "relu") for u in sizes[1:-1]] + [Dense(sizes[-1], "softmax")]
    net = Sequential(layers, seed=0, dtype="float32", loss="categorical_crossentropy", optimizer={"name": "adam"},
                     batch_size=batch, epochs=1)
    return Trainer(net, x, y)


def speed(sizes, batch, threads) -> float:
    t = trainer(sizes, batch)
    with threadpool_limits(threads, user_api="blas"):
        began = time.perf_counter()
        t.run(epochs=2)
        return t.global_step / (time.perf_counter() - began)


def main() -> None:
    blas.SMALL_PRODUCT = 0  # the engine's policy off: each run at the thread count set around it
    print(f"BLAS default threads: {blas.current_threads()}")
    print(f"{'network':22} {'batch':>5} {'product':>9} {'default st/s':>12} {'1 thread':>9} {'ratio':>6}")
    for sizes, batch in CASES:
        default = max(speed(sizes, batch, None) for _ in range(2))
        one = max(speed(sizes, batch, 1) for _ in range(2))
        product = batch * max(a * b for a, b in itertools.pairwise(sizes))
        print(f"{'-'.join(map(str, sizes)):22} {batch:5} {product / 1e6:8.1f}M {default:12.0f} {one:9.0f} "
              f"{one / default:6.2f}", flush=True)


if __name__ == "__main__":
    main()
