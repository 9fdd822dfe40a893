"""Train the same network several times, changing one thing, and compare the runs.

Google's ML Crash Course has learners re-run a model "four or five times" to see what the
initialisation does; here one call does it: :func:`compare` trains a copy of the network per
:class:`Variant` (its initializer, its learning rate, its seed ...) through the same training session
the app and ``netbuilder train`` use, and returns each run with its final loss and accuracy and the
first epoch at which the loss reached a target. :func:`initializations`, :func:`learning_rates` and
:func:`seeds` are the usual sets of variants.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from .engine.control import Control
from .engine.training import Callback
from .model.history import Run
from .model.network import Network
from .session import TrainingSession, dataset_for


@dataclass(frozen=True)
class Variant:
    """One run of a comparison: a label and what it changes in the network.

    ``changes`` may hold ``kernel_initializer`` (every layer's, then the weights are drawn again from
    ``seed``), ``learning_rate``, ``optimizer``, ``batch_size``, ``seed`` (training and the weights' draw)
    and any other training setting.
    """

    label: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Comparison:
    variant: Variant
    run: Run
    #: Loss and metrics after training, on the test set (else the training set).
    final: dict[str, float]
    #: The first epoch (from 1) whose training loss was at most the target; None if never (or no target).
    epochs_to_target: int | None
    diverged: str | None = None


def initializations() -> list[Variant]:
    """Zeros, small random, Glorot and He: the four ML Crash Course compares."""
    return [
        Variant("zeros", {"kernel_initializer": "zeros"}),
        Variant("small random (σ = 0.01)", {"kernel_initializer": {"name": "random_normal", "stddev": 0.01}}),
        Variant("Glorot uniform", {"kernel_initializer": "glorot_uniform"}),
        Variant("He normal", {"kernel_initializer": "he_normal"}),
    ]


def learning_rates(base: float, factors: Iterable[float] = (0.1, 1.0, 10.0)) -> list[Variant]:
    return [Variant(f"learning rate {base * f:g}", {"learning_rate": base * f}) for f in factors]


def seeds(n: int, first: int = 0) -> list[Variant]:
    return [Variant(f"seed {s}", {"seed": s}) for s in range(first, first + n)]


def variant_network(net: Network, variant: Variant) -> Network:
    """A copy of ``net`` with the variant's changes, its weights drawn again when they depend on them."""
    copy = net.copy()
    changes = dict(variant.changes)
    initializer = changes.pop("kernel_initializer", None)
    if initializer is not None:
        for layer in copy.layers.values():
            if layer.role != "input":
                layer.update(kernel_initializer=initializer)
    if changes:
        copy.set_training(**changes)
    if initializer is not None or "seed" in changes:
        copy.reinitialize(copy.training.seed)
    return copy


def compare(net: Network, variants: Iterable[Variant], data: Any = None, *, target_loss: float | None = None,
            base_dir: str | Path | None = None, stop: threading.Event | None = None,
            on_run: Callable[[int, Comparison], None] | None = None,
            callbacks: Iterable[Callback] = ()) -> list[Comparison]:
    """Train a copy of ``net`` per variant on the same data; ``net`` itself is not changed.

    ``on_run(k, comparison)`` is called as each run ends (a progress bar, the app's curves); ``stop``
    ends the comparison after the run in progress is stopped; ``callbacks`` go to every run's trainer
    (e.g. the app's, which lets its window's thread in and reports the epochs).
    """
    dataset = dataset_for(net, data, base_dir)
    results = []
    for k, variant in enumerate(variants):
        if stop is not None and stop.is_set():
            break
        session = TrainingSession(variant_network(net, variant), dataset, callbacks=callbacks)
        outcome = session.run(Control(stop_event=stop))
        losses = outcome.run.epochs.get("loss", [])
        reached = None
        if target_loss is not None:
            reached = next((e + 1 for e, value in enumerate(losses) if np.isfinite(value) and value <= target_loss),
                           None)
        result = Comparison(variant, outcome.run, outcome.final, reached, outcome.diverged)
        results.append(result)
        if on_run is not None:
            on_run(k, result)
    return results
