"""The operations of the command line, as Python functions for scripts and notebooks.

>>> import netbuilder as nb
>>> net = nb.load("resources/examples/xor.nbn")            # doctest: +SKIP
>>> result = nb.train(net)                                  # doctest: +SKIP
>>> nb.evaluate(net)["accuracy"]                            # doctest: +SKIP
1.0
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from .data import Dataset, input_transform
from .engine import CompiledNetwork
from .engine.metrics import decision_threshold, infer_task
from .engine.perceptron import train_perceptron
from .engine.trace import StepTrace, trace_step
from .engine.control import Control
from .engine.inputs import check_data, check_inputs
from .engine.training import Callback, evaluate_compiled
from .model.history import Run
from .model.network import Network
from .session import TrainingSession, check_fit, dataset_for, is_perceptron


@dataclass
class TrainResult:
    run: Run
    dataset: Dataset
    diverged: str | None = None
    #: Metrics on the test set (or the training set when there is none) after training.
    final: dict[str, float] = field(default_factory=dict)
    final_on: str = ""


def train(
    net: Network,
    data: Any = None,
    *,
    epochs: int | None = None,
    callbacks: Iterable[Callback] = (),
    stop: threading.Event | None = None,
    base_dir: str | Path | None = None,
    record_dataset: bool = True,
    **settings: Any,
) -> TrainResult:
    """Train ``net`` in place and add the run to its history.

    ``settings`` override the network's training settings first (``loss``,
    ``optimizer``, ``learning_rate``, ``batch_size``, ``seed`` ...) and stay in
    the network, so a saved file says how it was trained. A single layer of
    step neurons is trained with the perceptron rule.
    """
    if epochs is not None:
        settings["epochs"] = epochs
    if settings:
        net.set_training(**settings)
    ds = dataset_for(net, data, base_dir)
    if record_dataset and data is not None:
        net.set_settings(dataset=dict(ds.spec) if ds.spec else None)
    check_fit(net, ds)
    if is_perceptron(net):
        return _train_perceptron(net, ds)
    session = TrainingSession(net, ds, callbacks=callbacks)
    outcome = session.run(Control(stop_event=stop))
    net.set_parameters(outcome.parameters)
    net.set_history(type(net.history)(net.history.runs + [outcome.run]))
    return TrainResult(outcome.run, ds, outcome.diverged, outcome.final, outcome.final_on)


def _train_perceptron(net: Network, ds: Dataset) -> TrainResult:
    from datetime import datetime, timezone

    cfg = net.training
    result = train_perceptron(net, ds.x, ds.y, learning_rate=cfg.learning_rate, epochs=cfg.epochs)
    net.set_parameters(result.parameters)
    n = ds.n_samples
    run = Run(
        settings={"rule": "perceptron", "learning_rate": cfg.learning_rate, "epochs": cfg.epochs},
        epochs={"errors": [float(e) for e in result.errors], "accuracy": [1.0 - e / n for e in result.errors]},
        stop_reason=result.message,
        started=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    net.set_history(type(net.history)(net.history.runs + [run]))
    final = evaluate(net, ds)
    return TrainResult(run, ds, None, final, ds.test_or_train()[2])


def evaluate(net: Network, data: Any = None, *, base_dir: str | Path | None = None) -> dict[str, float]:
    """Loss and metrics on the test data (the training data when there is no test set)."""
    ds = dataset_for(net, data, base_dir)
    check_fit(net, ds)
    x, y, _ = ds.test_or_train()
    compiled = CompiledNetwork(net)
    x, y = check_data(compiled, x, y)
    return evaluate_compiled(compiled, x, y, ds.task or infer_task(net, y), decision_threshold(net))


def predict(net: Network, x: Any, *, raw: bool = True) -> np.ndarray:
    """The network's outputs for one input (a flat list) or many (rows).

    With ``raw`` the inputs are in the data's own units and go through what
    the dataset did to its inputs first (the CSV file's scaling, extra
    features such as x1²), exactly as in training.
    """
    compiled = CompiledNetwork(net)
    arr = np.asarray(x, dtype=np.float64)
    single = arr.ndim == 1
    if raw and net.dataset:
        arr = input_transform(net.dataset)(arr)
    out = compiled.predict(check_inputs(compiled, arr, typed=True)).astype(np.float64)
    return out[0] if single else out


def trace(net: Network, x: Any = None, y: Any = None, *, learning_rate: float | None = None,
          base_dir: str | Path | None = None) -> StepTrace:
    """One recorded training step; without ``x``/``y`` it uses the first sample of the network's data."""
    if x is None or y is None:
        ds = dataset_for(net, None, base_dir)
        x = ds.x[0] if x is None else x
        y = ds.y[0] if y is None else y
    return trace_step(net, x, y, learning_rate=learning_rate)


def walkthrough(net: Network, x: Any = None, y: Any = None, *, learning_rate: float | None = None,
                fmt: str = "text", digits: int = 4, base_dir: str | Path | None = None) -> str:
    """The walkthrough of one training step as text, Markdown, HTML or JSON."""
    from .explain import Options, build_steps, render

    t = trace(net, x, y, learning_rate=learning_rate, base_dir=base_dir)
    return render(t, build_steps(t, Options(digits=digits)), fmt, digits)
