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

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .data import Dataset, load_dataset
from .data.sources import parse_data_argument
from .engine import NotTrainableError
from .engine.control import Control
from .engine.perceptron import check_perceptron
from .engine.probes import Plane, SnapshotProbe
from .engine.snapshot import Snapshot
from .engine.training import Callback, Trainer, TrainingLoop
from .model.history import Run
from .model.network import Network
from .model.parameters import Parameters
from .model.recording import Moment, Recording
from .model.validation import errors, validate


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
    y = np.asarray(ds.y)
    target_range = (float(y.min()), float(y.max())) if y.size and np.isfinite(y).all() else None
    problems = errors(validate(net, n_features=ds.n_features, n_targets=ds.n_targets, target_range=target_range))
    if problems:
        raise NotTrainableError(problems)


def is_perceptron(net: Network) -> bool:
    try:
        check_perceptron(net)
    except ValueError:
        return False
    return True


#: The memory a run's recording may take (its moments are float64 copies of every parameter).
RECORDING_BYTES = 64 * 2**20
#: A watched run measures the network's health on at most one step every this many seconds (see
#: :mod:`netbuilder.engine.health`): every step would cost a small network as much as training it. (5 ms
#: left some of a fast XOR run's reports without a measured step, whose gradient norms were then missing.)
HEALTH_INTERVAL = 0.002


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
    #: The run's parameters at its moments, for replay (watched runs only).
    recording: Recording | None = None

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
        handover: float | None = 0.001,
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
        #: A watched run in a thread beside the window's hands the interpreter lock over at least this often
        #: (seconds; None: never, e.g. in a process of its own), see :meth:`run`.
        self.handover = handover
        self.trainer: Trainer | None = None
        self.dataset = None
        self.outcome: Outcome | None = None
        self._losses: list[float] = []
        self._epoch_logs: list[dict[str, float]] = []
        #: The run's moments for replay, when it is watched (see :meth:`run`).
        self.recording: Recording | None = None
        #: Called with every moment added to :attr:`recording`, in order (a training process sends them to the
        #: window with its reports, which rebuilds the same recording: see netbuilder.workers.remote).
        self.on_moment: Callable[[Moment], None] | None = None
        #: Whether the last snapshot made was probed (a busy background probe may leave one out).
        self._probed = False

    def _record(self, parameters: Parameters) -> None:
        t = self.trainer
        if self.recording is None or t is None:
            return
        steps = max(t.steps_per_epoch, 1)
        loss = self._losses[-1] if self._losses else (t.run_record.batch_loss[-1] if t.run_record.batch_loss
                                                       else math.nan)
        moment = Moment(t.global_step, t.epoch + t.step_in_epoch / steps, float(loss), parameters)
        self.recording.add(moment)
        if self.on_moment is not None:
            self.on_moment(moment)

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
    def total_epochs(self) -> float:
        """The epochs this run trains; ``math.inf`` for a run that goes on until it is stopped."""
        assert self.trainer is not None
        return self.epochs if self.epochs is not None else self.trainer.config.epochs

    @property
    def endless(self) -> bool:
        """True for a run without an end of its own (``epochs=math.inf``): it trains until stopped."""
        return self.epochs is not None and math.isinf(self.epochs)

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
        if control is not None:
            control.set_steps_per_epoch(t.steps_per_epoch)  # the speed is in epochs a second
        last_report = last_probe = -float("inf")
        pending = False
        probed_last = False  # the last report sent was probed at the latest step
        handed_over = time.perf_counter()
        result = None

        def send(probe: bool, final: bool = False) -> None:
            nonlocal pending, last_report, last_probe, probed_last
            if report is not None:
                snapshot = self._snapshot(result, loop.active, epochs, started_epoch, probe, final)
                self._record(snapshot.parameters)
                report(snapshot)
            last_report = self.clock()
            if probe:
                last_probe = last_report
            probed_last = probe and self._probed
            pending = False

        def flush() -> None:
            """About to wait while paused: show where training stands, not where the last report left it."""
            if pending:
                send(True)

        if report is not None:
            self._track_health()  # someone watches: measure the gradient flow and dead or saturated units
            # and record the run for replay, in at most RECORDING_BYTES of memory
            per_moment = max(t.compiled.size * 8, 1)
            self.recording = Recording(limit=int(min(400, max(20, RECORDING_BYTES // per_moment))))
            self._record(t.parameters())
        loop = TrainingLoop(t, control, epochs, clock=self.clock, on_wait=flush)
        for result, single in loop:
            if report is None:
                continue
            # A watched run hands the interpreter lock over every millisecond or so: without this, a thread
            # drawing the run waits up to the switch interval (5 ms) at every call into Qt, the window reacts
            # late and a click on Pause reaches the loop thousands of steps after what the screen showed.
            if self.handover is not None:
                wall = time.perf_counter()
                if wall - handed_over >= self.handover:
                    time.sleep(0)
                    handed_over = wall
            self._losses.append(result.loss)
            if result.epoch_logs is not None:
                self._epoch_logs.append({"epoch": float(result.epoch), **result.epoch_logs})
            pending = True
            if result.epoch_logs is not None and not single and self.clock() - last_report < self.min_interval:
                self._record(t.parameters())  # every epoch's end is a moment, reported or not
            now = self.clock()
            if single or now - last_report >= self.min_interval:
                send(single or now - last_probe >= self.probe_interval)
        result = None
        # The last report shows the state training ended in, fully evaluated: the watchers keep it.
        if report is not None and (pending or self._losses or self._epoch_logs or not probed_last):
            send(True, final=True)
        t.stop_reason = loop.reason
        run = t.finish()
        outcome = Outcome(
            run=run,
            parameters=t.parameters(),
            stop_reason=run.stop_reason,
            epochs=t.epoch - started_epoch,
            steps=t.global_step - started_step,
            diverged=str(t.diverged) if t.diverged else None,
            recording=self.recording,
        )
        if outcome.trained and self.dataset is not None:
            x_eval, y_eval, which = self.dataset.test_or_train()
            outcome.final = t.evaluate(x_eval, y_eval)
            outcome.final_on = which
            run.settings["final"] = {which: outcome.final}
        self.outcome = outcome
        return outcome

    def wants(self, part: str) -> bool:
        """Whether the watcher draws ``part`` now ("health", "gradients", ...): the probe's
        :attr:`~netbuilder.engine.probes.SnapshotProbe.wanted`, everything without a probe that says."""
        wanted = getattr(self.probe, "wanted", None)
        return wanted is None or part in wanted

    def _track_health(self) -> None:
        """Measure the network's health on a sample of the steps, while someone draws it."""
        t = self.trainer
        assert t is not None
        tracker = t.track_health()
        # a report after every step (a test, the screenshots) measures every step
        tracker.interval = min(HEALTH_INTERVAL, self.min_interval)
        tracker.gate = (lambda: self.wants("health")) if hasattr(self.probe, "wanted") else None

    def _snapshot(self, result, active: float, epochs: float, started_epoch: int, probe: bool,
                  final: bool = False) -> Snapshot:
        t = self.trainer
        assert t is not None
        health = t.health.take() if t.health is not None and t.global_step and self.wants("health") else None
        steps_per_epoch = t.steps_per_epoch
        if result is not None:
            epoch, step = result.epoch, result.step
        else:
            epoch, step = max(t.epoch, 1), t.step_in_epoch or steps_per_epoch
        self._probed = probe
        snapshot = Snapshot(
            epoch=epoch,
            step=step,
            steps_per_epoch=steps_per_epoch,
            global_step=t.global_step,
            total_steps=None if math.isinf(epochs) else (started_epoch + epochs) * steps_per_epoch,
            elapsed=active,
            batch_losses=self._losses,
            epoch_logs=self._epoch_logs,
            parameters=t.parameters(),
            gradients=t.compiled.gradients() if t.global_step and self.wants("gradients") else None,
            task=t.task,
            health=health,
        )
        self._losses, self._epoch_logs = [], []
        # The last report's matrices are the final evaluation's, on its data sets; a probe beside training (a
        # training process's) makes it there, while this thread finishes the run.
        if final and t.global_step and not (probe and hasattr(self.probe, "probe_last")):
            snapshot.confusion, snapshot.r2 = self._final_evaluation()
        if probe and self.probe is not None:
            # it evaluates only what the snapshot does not hold yet; a probe that may leave a report out while it
            # is busy (a training process's, netbuilder.workers.background_probe) must not leave out the last
            # (it returns False when it left this one out)
            probe_last = getattr(self.probe, "probe_last", None) if final else None
            self._probed = (probe_last or self.probe)(t, snapshot) is not False
        return snapshot

    def _final_evaluation(self):
        """Confusion matrices or R² of the trained network on the training and the test (else validation)
        data, for the last report: the probe evaluates only at the end of an epoch, and a run may end in
        the middle of one or between two of its evaluations."""
        from .engine.probes import evaluation

        t = self.trainer
        assert t is not None
        sets = {"train": (t.x, t.y)}
        ds = self.dataset
        if ds is not None and getattr(ds, "x_test", None) is not None and len(ds.x_test):
            dtype = t.compiled.dtype
            sets["test"] = (ds.x_test.astype(dtype, copy=False), ds.y_test.astype(dtype, copy=False))
        elif t.x_val is not None:
            sets["validation"] = (t.x_val, t.y_val)
        return evaluation(t.compiled, sets, t.task, t.threshold, 20_000)


# -- the probe a window watches a run with ---------------------------------------------------------
# Here, without Qt, so that the app's worker thread and a training process of its own make the same one.

def plane_for(spec: dict[str, Any] | None, base_dir: str | Path | None = None) -> Plane | None:
    """The raw 2-D samples of a dataset description and the transform to network inputs, or None.

    The dataset is made again without its extra features; a stored scaling is
    undone (:func:`netbuilder.data.scaling.invert_scaler`), so the plane is in the data's own
    units. The transform is :func:`netbuilder.data.input_transform` of the
    description — the function :func:`netbuilder.api.predict` applies.
    """
    from .data import input_transform, load_dataset
    from .data.scaling import invert_scaler

    if not isinstance(spec, dict):
        return None
    base = {k: v for k, v in spec.items() if k != "features"}
    raw = load_dataset(base, base_dir)
    if raw.n_features != 2:
        return None
    scaler = raw.spec.get("scaler") if isinstance(raw.spec, dict) else None
    features = spec.get("features")
    transform = None
    if scaler is not None or features is not None:
        full = dict(raw.spec)
        if features is not None:
            full["features"] = features
        transform = input_transform(full)
    test = (invert_scaler(raw.x_test, scaler), raw.y_test) if raw.has_test else None
    return Plane((invert_scaler(raw.x, scaler), raw.y), test, transform)


def needs_plane(spec: dict[str, Any] | None) -> bool:
    """True when the network's inputs are not the raw plane (extra features or a scaling)."""
    if not isinstance(spec, dict):
        return False
    return spec.get("features") is not None or spec.get("scaler") is not None or spec.get("scaling", "none") != "none"


def make_probe(network, dataset: Any = None, base_dir: str | Path | None = None, resolution: int = 80) -> SnapshotProbe:
    """The probe for a training session of ``network``.

    ``dataset`` is the loaded dataset or a function returning it (e.g.
    ``lambda: session.dataset``), for the test set; the input plane is made
    lazily, in the worker thread, when the data has features or a scaling.
    """
    spec = network.dataset
    plane = None
    if needs_plane(spec):
        def plane():
            try:
                return plane_for(spec, base_dir)
            except (ValueError, OSError):
                return None
    return SnapshotProbe(dataset=dataset, plane=plane, resolution=resolution)
