"""How many threads the BLAS library runs a network's matrix products on: one for mid-sized products,
the library's own choice otherwise.

Why one thread: on a two-core machine, OpenBLAS's second thread costs more than it brings for products
below about 4 million multiply-adds (the MNIST MLP's 32 × 784 × 128, 3.2 million, trains 1.1× as fast on
one thread; at 6.4 million one thread gives 0.92–0.95×, at 25.7 million 0.82–0.87×: ``python
bench/bench_blas_threads.py``). Between two products its threads also spin, holding the core the
window's process draws on: with one thread a training process leaves that core to the window.

Why a policy rather than a setting: OpenBLAS blocks a product's inner dimension differently with one
thread and with two (for 784 inputs, not for 1024), so the last bit of a result depends on the thread
count. Each :class:`~netbuilder.engine.compiled.CompiledNetwork` decides once, from its own shape and its
training batch (:func:`threads_for`), and every forward and backward pass it runs — training, evaluation,
prediction, the walkthrough — uses that count: the command line, the API and the app compute the same bits,
and a small network's results no longer depend on how many cores the machine has.

The limit is process-wide (OpenBLAS has one thread count): while any computation that wants one thread
runs, every BLAS call of the process runs on one. A large network evaluated *at the same moment* in another
thread of the same process would run on one thread too (slower, and possibly different in the last bit);
the app trains large networks in a process of their own, so this does not happen there.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Self

import numpy as np

#: Below this many multiply-adds (the largest product of a training step) one thread is at least as fast.
SMALL_PRODUCT = 1 << 22
#: Below this, every BLAS library runs a product on one thread anyway: nothing to set (tiny networks pay
#: nothing for the policy).
TRIVIAL_PRODUCT = 1 << 16

_lock = threading.Lock()
_holders = 0
_restore: list[tuple[object, int]] = []
_libraries: list | None = None


def largest_product(layer_sizes: list[tuple[int, int]], batch_size: int) -> int:
    """Multiply-adds of the largest product of a training step: ``batch × positions × weights`` per layer
    (positions: a convolution's output pixels, each a product of its im2col row with the kernel; 1 for dense)."""
    return max((batch_size * positions * weights for positions, weights in layer_sizes), default=0)


def threads_for(layer_sizes: list[tuple[int, int]], batch_size: int | None) -> int | None:
    """1 for a network whose products are mid-sized, None (the library's choice) for trivial or large ones
    and for full-batch training (``batch_size`` None: the batch is the data, unknown here)."""
    if batch_size is None:
        return None
    product = largest_product(layer_sizes, batch_size)
    return 1 if TRIVIAL_PRODUCT <= product < SMALL_PRODUCT else None


def _blas_libraries() -> list:
    """threadpoolctl's controllers of the BLAS libraries NumPy loaded (found once)."""
    global _libraries
    if _libraries is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:  # a broken install: run at the library's default rather than fail
            _libraries = []
        else:
            np.ones(1) @ np.ones(1)  # NumPy's BLAS is loaded
            _libraries = list(ThreadpoolController().select(user_api="blas").lib_controllers)
    return _libraries


def _set(library, threads: int) -> None:
    # threadpoolctl >= 3.6 lets only the first Python thread that sets OpenBLAS's process-wide count set it
    # again (so that threads do not fight over it); here every change is made under ``_lock`` by whichever
    # thread starts or ends the first or last computation, so the unguarded setter is the right one.
    setter = getattr(library, "_real_set_num_threads", None) or library.set_num_threads
    setter(threads)


def _enter() -> None:
    global _holders
    with _lock:
        if _holders == 0:
            for library in _blas_libraries():
                before = library.get_num_threads()
                if before != 1:
                    _set(library, 1)
                    _restore.append((library, before))
        _holders += 1


def _exit() -> None:
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0:
            while _restore:
                library, before = _restore.pop()
                _set(library, before)


class single_threaded:
    """While inside, the process's BLAS runs on one thread; nested and concurrent uses share one limit."""

    def __enter__(self) -> Self:
        _enter()
        return self

    def __exit__(self, *exc) -> None:
        _exit()


def on_one_thread(method: Callable) -> Callable:
    """``method`` run inside :class:`single_threaded` (a bound method of a network whose policy says 1)."""

    @functools.wraps(method)
    def run(*args, **kwargs):
        with single_threaded():
            return method(*args, **kwargs)

    return run


def current_threads() -> int | None:
    """The BLAS library's thread count now (the first library's), None when none was found."""
    libraries = _blas_libraries()
    return libraries[0].get_num_threads() if libraries else None
