"""A training run that someone watches and steers: pause, single steps, stop, live setting changes.

:class:`Trainer` knows how to take a step and
:class:`~netbuilder.engine.training.TrainingLoop` is the one loop over them; a
session adds what a whole run needs around it — the data loaded, reports,
the evaluation at the end — still without Qt, so the same code runs in the
app's worker thread, behind ``netbuilder train`` and :func:`netbuilder.train`,
in a notebook or in a test:

- :class:`~netbuilder.engine.control.Control` carries requests from another
  thread (pause, resume, step, stop, "use learning rate 0.1 from now on"); the
  loop applies them between two steps, so a change never resets the training.
- Reports (:class:`~netbuilder.engine.snapshot.Snapshot`) go out at most
  ``rate`` times a second however fast the steps run; the expensive parts
  (decision boundary, histograms, confusion matrices) at most every
  ``probe_interval`` seconds.
- The network handed in is copied first: the document stays untouched until
  the caller applies :attr:`Outcome.parameters`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .data import Dataset, load_dataset
from .data.sources import parse_data_argument
from .engine import NotTrainableError
from .engine.perceptron import check_perceptron
from .model.history import Run
from .model.network import Network
from .model.validation import errors, validate
from .model.parameters import Parameters
from .engine.control import Control
from .engine.snapshot import Snapshot
from .engine.training import Callback, Trainer, TrainingLoop


def dataset_for(net: Network, data: Any = None, base_dir: str | Path | None = None) -> Dataset:
    """The data to use: ``data`` if given (a Dataset, a description dict, a built-in name or a
    file path), otherwise the dataset the network file names."""
    if isinstance(data, Dataset):
        return data
    if isinstance(data, str):
        data = parse_data_argument(data)
    if data is None:
        if net.dataset is None:
            raise ValueError("this network names no data to train on: give some (e.g. --data xor, or a CSV file)")
        data = net.dataset
    return load_dataset(data, base_dir)


def check_fit(net: Network, ds: Dataset) -> None:
    """Raise :class:`NotTrainableError` listing every problem of the network with this data."""
    problems = errors(validate(net, n_features=ds.n_features, n_targets=ds.n_targets))
    if problems:
        raise NotTrainableError(problems)


def is_perceptron(net: Network) -> bool:
    try:
        check_perceptron(net)
    except ValueError:
        return False
    return True


@dataclass
class Outcome:
    """How a session ended; the caller applies ``parameters`` and ``run`` to the document."""

    run: Run
    parameters: Parameters
    stop_reason: str
    epochs: int  # epochs completed in this run
    steps: int  # mini-batches trained in this run
    diverged: str | None = None
    #: Loss and metrics after training on the test set (else the training set): ``final_on`` says which.
    final: dict[str, float] = field(default_factory=dict)
    final_on: str = ""

    @property
    def trained(self) -> bool:
        return self.steps > 0


Probe = Callable[[Trainer, Snapshot], None]


class TrainingSession:
    """One run on a private copy of ``network``. Build it anywhere; call :meth:`run` in the worker thread."""

    def __init__(
        self,
        network: Network,
        data: Any = None,
        *,
        base_dir: str | Path | None = None,
        epochs: int | None = None,
        rate: float = 30.0,
        probe_interval: float = 0.25,
        probe: Probe | None = None,
        clock: Callable[[], float] = time.perf_counter,
        callbacks: Iterable[Callback] = (),
    ) -> None:
        self.network = Network.from_config(network.get_config())
        self.data = data
        self.base_dir = base_dir
        self.epochs = epochs
        self.min_interval = 1.0 / rate if rate > 0 else 0.0
        self.probe_interval = probe_interval
        self.probe = probe
        self.clock = clock
        self.callbacks = list(callbacks)
        self.trainer: Trainer | None = None
        self.dataset = None
        self.outcome: Outcome | None = None
        self._losses: list[float] = []
        self._epoch_logs: list[dict[str, float]] = []

    # -- preparing ----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Load the data and compile the network; every problem is a ValueError with a message.

        Separate from :meth:`run` so a watcher can report "loading MNIST…" and
        show a bad dataset before any step is taken.
        """
        ds = dataset_for(self.network, self.data, self.base_dir)
        check_fit(self.network, ds)
        if is_perceptron(self.network):
            raise ValueError(
                "a single layer of step neurons learns with the perceptron rule, not by gradient descent: "
                "train it with 'netbuilder train', or give the layer a sigmoid activation to train it here"
            )
        self.dataset = ds
        validation = (ds.x_val, ds.y_val) if getattr(ds, "has_validation", False) else None
        self.trainer = Trainer(self.network, ds.x, ds.y, task=ds.task, validation_data=validation,
                               callbacks=self.callbacks)

    @property
    def total_epochs(self) -> int:
        assert self.trainer is not None
        return self.epochs if self.epochs is not None else self.trainer.config.epochs

    # -- running ------------------------------------------------------------------------------

    def run(self, control: Control | None = None, report: Callable[[Snapshot], None] | None = None) -> Outcome:
        """Train until the epochs are done, a stop rule fires, the loss diverges or ``control`` stops it.

        The steps are :class:`~netbuilder.engine.training.TrainingLoop`'s, the loop
        ``netbuilder train`` runs too; this adds the reports (none without ``report``)
        and the evaluation at the end.
        """
        if self.trainer is None:
            self.prepare()
        t = self.trainer
        assert t is not None
        started_epoch, started_step = t.epoch, t.global_step
        epochs = self.total_epochs
        last_report = last_probe = -float("inf")
        pending = False
        result = None

        def send(probe: bool) -> None:
            nonlocal pending, last_report, last_probe
            if report is not None:
                report(self._snapshot(result, loop.active, epochs, started_epoch, probe))
            last_report = self.clock()
            if probe:
                last_probe = last_report
            pending = False

        def flush() -> None:
            """About to wait while paused: show where training stands, not where the last report left it."""
            if pending:
                send(True)

        loop = TrainingLoop(t, control, epochs, clock=self.clock, on_wait=flush)
        for result, single in loop:
            if report is None:
                continue
            self._losses.append(result.loss)
            if result.epoch_logs is not None:
                self._epoch_logs.append({"epoch": float(result.epoch), **result.epoch_logs})
            pending = True
            now = self.clock()
            if single or now - last_report >= self.min_interval:
                send(single or now - last_probe >= self.probe_interval)
        result = None
        if report is not None and (pending or self._losses or self._epoch_logs):
            send(True)
        t.stop_reason = loop.reason
        run = t.finish()
        outcome = Outcome(
            run=run,
            parameters=t.parameters(),
            stop_reason=run.stop_reason,
            epochs=t.epoch - started_epoch,
            steps=t.global_step - started_step,
            diverged=str(t.diverged) if t.diverged else None,
        )
        if outcome.trained and self.dataset is not None:
            x_eval, y_eval, which = self.dataset.test_or_train()
            outcome.final = t.evaluate(x_eval, y_eval)
            outcome.final_on = which
            run.settings["final"] = {which: outcome.final}
        self.outcome = outcome
        return outcome

    def _snapshot(self, result, active: float, epochs: int, started_epoch: int, probe: bool) -> Snapshot:
        t = self.trainer
        assert t is not None
        steps_per_epoch = t.steps_per_epoch
        if result is not None:
            epoch, step = result.epoch, result.step
        else:
            epoch, step = max(t.epoch, 1), t.step_in_epoch or steps_per_epoch
        snapshot = Snapshot(
            epoch=epoch,
            step=step,
            steps_per_epoch=steps_per_epoch,
            global_step=t.global_step,
            total_steps=(started_epoch + epochs) * steps_per_epoch,
            elapsed=active,
            batch_losses=self._losses,
            epoch_logs=self._epoch_logs,
            parameters=t.parameters(),
            gradients=t.compiled.gradients() if t.global_step else None,
            task=t.task,
        )
        self._losses, self._epoch_logs = [], []
        if probe and self.probe is not None:
            self.probe(t, snapshot)
        return snapshot

