"""The training loop: epochs of mini-batches, callbacks, stop rules, history.

:class:`Trainer` advances one mini-batch per :meth:`Trainer.train_step`, so
the same object serves the command line (``run`` to the end), the app's
worker thread (step, pause, resume, change the learning rate between steps)
and the tests. Batch size 1 is stochastic gradient descent, ``None`` (or the
data size) full-batch descent, anything between mini-batch descent.

A step whose loss is not finite stops training with
:class:`TrainingDiverged`; the parameters are put back to the last values
that gave a finite loss.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from ..model.catalog import resolve
from ..model.history import Run
from ..model.network import Network
from ..model.training_config import TrainingConfig
from . import blas, metrics, optimizers
from .compiled import CompiledNetwork
from .control import Control
from .health import HealthTracker
from .inputs import check_data

#: Data up to this size is gathered into shuffled order once per epoch (see Trainer._begin_epoch).
GATHER_LIMIT = 16 * 1024 * 1024

try:  # NumPy's floating-point error state itself (see _ignore_overflow): private, so tried once here
    from numpy._core.umath import _extobj_contextvar, _make_extobj

    _extobj_contextvar.reset(_extobj_contextvar.set(_make_extobj(over="ignore", invalid="ignore", divide="ignore")))
except Exception:  # noqa: BLE001 - a NumPy without them, or with others of the same name: np.errstate
    _extobj_contextvar = _make_extobj = None


def _ignore_overflow(cached: list) -> object:
    """Enter np.errstate(over="ignore", invalid="ignore", divide="ignore"); returns what _restore_errors takes.

    The same state np.errstate sets (the enclosing one with these three ignored), built once per enclosing
    state and kept in ``cached`` ([enclosing, ignored]) instead of at every step: 0.2 µs instead of 0.85 µs,
    2 % of the tiny network's step.
    """
    if _extobj_contextvar is None:
        state = np.errstate(over="ignore", invalid="ignore", divide="ignore")
        state.__enter__()
        return state
    enclosing = _extobj_contextvar.get()
    if cached[0] is not enclosing:
        cached[1] = _make_extobj(over="ignore", invalid="ignore", divide="ignore")
        cached[0] = enclosing
    return _extobj_contextvar.set(cached[1])


def _restore_errors(token: object) -> None:
    if _extobj_contextvar is None:
        token.__exit__(None, None, None)
    else:
        _extobj_contextvar.reset(token)


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite; ``epoch`` and ``step`` say where (1-based)."""

    def __init__(self, message: str, epoch: int, step: int):
        super().__init__(message)
        self.epoch, self.step = epoch, step


@dataclass(slots=True)
class StepResult:
    epoch: int  # 1-based epoch the step belongs to
    step: int  # 1-based step within the epoch
    steps_per_epoch: int
    global_step: int
    loss: float  # this batch's loss, penalties included
    batch_size: int
    #: The epoch's logs when this step finished an epoch (loss, accuracy, val_loss, ...), else None.
    epoch_logs: dict[str, float] | None = None
    #: Set when a stop rule fired at the end of this step's epoch.
    stop_reason: str | None = None


class Callback:
    """Hooks called by :class:`Trainer`; override the ones you need."""

    def on_train_begin(self, trainer: Trainer) -> None: ...

    def on_batch_end(self, trainer: Trainer, result: StepResult) -> None: ...

    def on_epoch_end(self, trainer: Trainer, epoch: int, logs: dict[str, float]) -> None: ...

    def on_train_end(self, trainer: Trainer, run: Run) -> None: ...


class Trainer:
    """Trains a private compiled copy of a network; the document is not touched."""

    def __init__(
        self,
        net: Network,
        x: Any,
        y: Any,
        *,
        config: TrainingConfig | None = None,
        validation_data: tuple[Any, Any] | None = None,
        task: str | None = None,
        callbacks: Iterable[Callback] = (),
        compiled: CompiledNetwork | None = None,
    ) -> None:
        self.config = config or net.training
        self.compiled = compiled or CompiledNetwork(net)
        x, y = check_data(self.compiled, x, y)
        if validation_data is not None:
            self.x_val, self.y_val = check_data(self.compiled, *validation_data, what="the validation data")
        elif self.config.validation_split > 0:
            # Keras takes the validation samples from the end, before any shuffling.
            n_val = int(len(x) * self.config.validation_split)
            if n_val == 0 or n_val == len(x):
                raise ValueError(
                    f"a validation split of {self.config.validation_split:g} leaves no "
                    f"{'validation' if n_val == 0 else 'training'} samples out of {len(x)}"
                )
            x, y, self.x_val, self.y_val = x[:-n_val], y[:-n_val], x[-n_val:], y[-n_val:]
        else:
            self.x_val = self.y_val = None
        self.x, self.y = x, y
        self.task = task or metrics.infer_task(net, y)
        self.threshold = metrics.decision_threshold(net)
        #: The true class of every training sample, for the per-step accuracy of a multiclass task (the argmax
        #: of the targets, taken once rather than per batch).
        self._labels = metrics.true_labels(self.y, "multiclass") if self.task == "multiclass" else None
        self._labels_s: np.ndarray | None = None
        #: The predicted class of every sample of the epoch so far (multiclass), compared once at its end.
        self._predicted: np.ndarray | None = None
        #: Every target row holds one 1 and zeros: the fused softmax output then skips Σy (see
        #: CategoricalCrossentropy.fused_delta).
        self._one_hot = bool(self.y.size and np.all((self.y == 0) | (self.y == 1))
                             and np.all(np.count_nonzero(self.y, axis=-1) == 1))
        self._errors = [None, None]  # _ignore_overflow's cache
        self.callbacks = list(callbacks)
        self.optimizer = optimizers.get(self.config.optimizer)
        self.optimizer.build(self.compiled.size, self.compiled.dtype)
        seeds = np.random.SeedSequence(self.config.seed).spawn(2)
        self._shuffle_rng, self._dropout_rng = (np.random.default_rng(s) for s in seeds)
        self._backup = self.compiled.flat.copy()
        self._y_mean = self.y.mean(axis=0)
        self._ss_tot = ((self.y - self._y_mean) ** 2).sum(axis=0)
        self.epoch = 0  # completed epochs
        self.global_step = 0
        self._batch_index = 0
        self._in_epoch = False
        self._perm: np.ndarray | None = None
        self._xs: np.ndarray | None = None
        self._ys: np.ndarray | None = None
        self._epoch_started = 0.0
        self._reset_epoch_sums()
        self.best_monitored = math.inf
        self._since_best = 0
        self.stop_reason: str | None = None
        self.diverged: TrainingDiverged | None = None
        self.run_record = Run(settings=self._settings(), started=datetime.now(UTC).isoformat(timespec="seconds"))
        self._began = False
        #: Gradient flow, dead and saturated units, when someone watches (:meth:`track_health`).
        self.health: HealthTracker | None = None

    def track_health(self) -> HealthTracker:
        """Measure every step's gradient norms and dead or saturated units (see :mod:`netbuilder.engine.health`)."""
        if self.health is None:
            self.health = HealthTracker(self.compiled)
        return self.health

    # -- settings that may change while training ---------------------------------------------

    def _settings(self) -> dict[str, Any]:
        cfg = self.config.get_config()
        cfg["optimizer"] = self.optimizer.get_config()
        return cfg

    def set_optimizer(self, identifier: Any) -> None:
        """Change optimizer settings between steps. The same optimizer keeps its state
        (a new learning rate never resets training); a different optimizer starts fresh."""
        spec = resolve("optimizer", identifier)
        if spec.name == self.optimizer.name:
            self.optimizer.set(**spec.params)
        else:
            self.optimizer = optimizers.get(spec)
            self.optimizer.build(self.compiled.size, self.compiled.dtype)
        self.config = self.config.replace(optimizer=self.optimizer.get_config())
        self._note_change()

    def set_config(self, **changes: Any) -> None:
        """Change settings between steps: penalties and stop rules at once, the batch size from the next epoch."""
        if "optimizer" in changes or "learning_rate" in changes:
            opt = changes.pop("optimizer", self.optimizer.get_config())
            spec = resolve("optimizer", opt)
            if "learning_rate" in changes:
                spec = spec.replace(learning_rate=changes.pop("learning_rate"))
            self.set_optimizer(spec)
        if changes:
            self.config = self.config.replace(**changes)
        self._note_change()

    def _note_change(self) -> None:
        """Record in the run what changed at which step, so its curve can be labelled honestly."""
        settings = self._settings()
        changed = {k: v for k, v in settings.items() if self.run_record.settings.get(k) != v and k != "changes"}
        changes = self.run_record.settings.get("changes", [])
        if changed:
            changes = changes + [{"step": self.global_step, **changed}]
        self.run_record.settings = {**settings, "changes": changes} if changes else settings

    # -- batches ------------------------------------------------------------------------------

    @property
    def n_train(self) -> int:
        return len(self.x)

    @property
    def batch_size(self) -> int:
        bs = self.config.batch_size
        return self.n_train if bs is None else min(bs, self.n_train)

    @property
    def step_in_epoch(self) -> int:
        """Mini-batches done in the current epoch (0 between epochs)."""
        return self._batch_index if self._in_epoch else 0

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(self.n_train / self.batch_size)

    def _reset_epoch_sums(self) -> None:
        self._loss_sum = 0.0
        self._seen = 0
        self._correct = 0
        self._ss_res = 0.0

    def _begin_epoch(self) -> None:
        self._in_epoch = True
        self._batch_index = 0
        self._epoch_batch_size = self.batch_size
        self._epoch_steps = self.steps_per_epoch
        full = self._epoch_batch_size >= self.n_train
        self._perm = None if (full or not self.config.shuffle) else self._shuffle_rng.permutation(self.n_train)
        # Shuffling by one gather per epoch, then contiguous slices, beats a fancy-index per batch; the
        # copy is kept for data up to GATHER_LIMIT bytes (MNIST's 48 000 × 784 float32 is ~150 MB: not copied).
        self._xs = self._ys = None
        if self._perm is not None and self.x.nbytes + self.y.nbytes <= GATHER_LIMIT:
            self._xs, self._ys = self.x[self._perm], self.y[self._perm]
        self._labels_s = self._labels if self._perm is None or self._labels is None else self._labels[self._perm]
        if self._labels is not None and (self._predicted is None or len(self._predicted) != self.n_train):
            self._predicted = np.empty(self.n_train, dtype=np.intp)
        self._reset_epoch_sums()
        self._epoch_started = time.perf_counter()

    def _next_batch(self) -> tuple[np.ndarray, np.ndarray, int]:
        """The next batch's inputs and targets, and where it starts in the epoch's order."""
        bs = self._epoch_batch_size
        start = self._batch_index * bs
        end = start + bs  # a slice stops at the data's end by itself
        if self._xs is not None:
            return self._xs[start:end], self._ys[start:end], start
        if self._perm is None:
            return self.x[start:end], self.y[start:end], start
        idx = self._perm[start:end]
        return np.take(self.x, idx, axis=0), np.take(self.y, idx, axis=0), start  # x[idx], a little sooner

    # -- one step -----------------------------------------------------------------------------

    def train_step(self) -> StepResult:
        """Train on the next mini-batch; finishes the epoch (logs, stop rules) when it was the last."""
        if not self._began:
            self._began = True
            for cb in self.callbacks:
                cb.on_train_begin(self)
        if not self._in_epoch:
            self._begin_epoch()
        c = self.compiled
        cfg = self.config
        xb, yb, start = self._next_batch()
        # Overflow here is not an accident to warn about: it is divergence, detected just below.
        errors = _ignore_overflow(self._errors)
        try:
            cache, loss, penalty = c.loss_and_gradient(xb, yb, cfg.l1, cfg.l2, training=True,
                                                       rng=self._dropout_rng, one_hot=self._one_hot)
            loss += penalty
            step_in_epoch = self._batch_index + 1
            if not math.isfinite(loss):
                self._diverge(loss, step_in_epoch)
            if self.health is not None:
                self.health.observe_forward(cache, c)
                self.health.observe_backward()
            self.optimizer.apply(c.flat, c.grad, backup=self._backup)  # copies c.flat into the backup first
        finally:
            _restore_errors(errors)
        self.global_step += 1
        self._batch_index = step_in_epoch
        n = len(xb)
        self._loss_sum += loss * n
        self._seen += n
        out = cache.output
        if self._labels is not None:  # multiclass: the classes are compared with the true ones at the epoch's end
            out.argmax(axis=-1, out=self._predicted[start : start + n])
        elif self.task == "regression":
            self._ss_res += ((out - yb) ** 2).sum(axis=0)
        else:
            self._correct += metrics.correct_count(out, yb, self.task, self.threshold)
        result = StepResult(self.epoch + 1, step_in_epoch, self._epoch_steps, self.global_step, loss, n)
        self.run_record.batch_loss.append(loss)
        if step_in_epoch >= self._epoch_steps:
            result.epoch_logs = self._end_epoch()
            result.stop_reason = self.stop_reason
        for cb in self.callbacks:
            cb.on_batch_end(self, result)
        return result

    def _diverge(self, loss: float, step: int) -> None:
        np.copyto(self.compiled.flat, self._backup)
        what = "NaN (not a number)" if math.isnan(loss) else "infinite"
        message = (
            f"Training diverged at epoch {self.epoch + 1}, step {step}: the loss became {what}. "
            f"The weights are back to their last finite values. "
            f"Try a smaller learning rate (it is {self.optimizer.learning_rate:g})."
        )
        self.diverged = TrainingDiverged(message, self.epoch + 1, step)
        self.stop_reason = message
        raise self.diverged

    def _end_epoch(self) -> dict[str, float]:
        self.epoch += 1
        logs: dict[str, float] = {"loss": self._loss_sum / max(self._seen, 1)}
        if self.task == "regression":
            logs["r2"] = float(np.mean(np.where(self._ss_tot > 0, 1.0 - self._ss_res / np.where(self._ss_tot > 0, self._ss_tot, 1), 1.0)))
        else:
            if self._labels is not None:
                seen = self._seen
                self._correct += int(np.count_nonzero(self._predicted[:seen] == self._labels_s[:seen]))
            logs["accuracy"] = self._correct / max(self._seen, 1)
        if self.x_val is not None:
            val = self.evaluate(self.x_val, self.y_val)
            logs.update({f"val_{k}": v for k, v in val.items()})
        logs["seconds"] = time.perf_counter() - self._epoch_started
        for key, value in logs.items():
            self.run_record.epochs.setdefault(key, []).append(float(value))
        if self.health is not None:
            self.health.end_epoch()
        self._check_stop_rules(logs)
        for cb in self.callbacks:
            cb.on_epoch_end(self, self.epoch, logs)
        self._in_epoch = False
        return logs

    def _check_stop_rules(self, logs: dict[str, float]) -> None:
        cfg = self.config
        if cfg.target_loss is not None and logs["loss"] <= cfg.target_loss:
            self.stop_reason = f"reached the target loss {cfg.target_loss:g} (loss {logs['loss']:.4g}) at epoch {self.epoch}"
            return
        if cfg.early_stopping_patience is not None:
            key = "val_loss" if "val_loss" in logs else "loss"
            if logs[key] < self.best_monitored:
                self.best_monitored = logs[key]
                self._since_best = 0
            else:
                self._since_best += 1
                if self._since_best >= cfg.early_stopping_patience:
                    what = "validation loss" if key == "val_loss" else "training loss (there is no validation data)"
                    self.stop_reason = (
                        f"early stopping at epoch {self.epoch}: the {what} has not improved for "
                        f"{cfg.early_stopping_patience} epoch{'s' if cfg.early_stopping_patience != 1 else ''} "
                        f"(best {self.best_monitored:.4g})"
                    )

    # -- whole runs ---------------------------------------------------------------------------

    def run(self, epochs: int | None = None, stop: threading.Event | None = None) -> Run:
        """Train ``epochs`` more epochs (default: the configured number) or until a stop rule,
        the ``stop`` event or divergence; returns the run's history. Runs :class:`TrainingLoop`."""
        self.stop_reason = TrainingLoop(self, Control(stop_event=stop), epochs).run()
        return self.finish()

    def finish(self) -> Run:
        """Close the run: last safety check on the parameters, record why it ended, tell callbacks."""
        if not np.all(np.isfinite(self.compiled.flat)):
            np.copyto(self.compiled.flat, self._backup)
            self.diverged = TrainingDiverged(
                f"Training diverged at epoch {self.epoch}, step {self._batch_index or self.steps_per_epoch}: "
                f"a weight became infinite. The weights are back to their last finite values. "
                f"Try a smaller learning rate (it is {self.optimizer.learning_rate:g}).",
                self.epoch,
                self._batch_index,
            )
            self.stop_reason = str(self.diverged)
        self.run_record.stop_reason = self.stop_reason or "stopped"
        for cb in self.callbacks:
            cb.on_train_end(self, self.run_record)
        return self.run_record

    def evaluate(self, x: Any, y: Any, batch_size: int | None = None) -> dict[str, float]:
        """Loss (without penalties, as Keras reports it) and metrics on any data, dropout off."""
        x, y = check_data(self.compiled, x, y)
        return evaluate_compiled(self.compiled, x, y, self.task, self.threshold, batch_size)

    def parameters(self):
        return self.compiled.parameters()


class TrainingLoop:
    """The one training loop: ``netbuilder train``, :func:`netbuilder.train` and the app's session all run it.

    Iterating takes one step at a time, each when ``control`` allows it
    (pause, single steps, stop, settings changed from another thread), and
    yields ``(result, single)`` — ``single`` when the step was asked for alone
    while paused. It ends when the epochs are done, a stop rule fires, the loss
    diverges or the user stops; :attr:`reason` then says which, in the words
    the run's history keeps. :attr:`active` is the time spent training,
    pauses excluded.
    """

    def __init__(self, trainer: Trainer, control: Control | None = None, epochs: int | None = None, *,
                 clock: Callable[[], float] = time.perf_counter, on_wait: Callable[[], None] | None = None) -> None:
        self.trainer = trainer
        self.control = control or Control()
        self.epochs = trainer.config.epochs if epochs is None else epochs
        self.clock = clock
        #: Called once before the loop blocks on a pause (e.g. to report where training stands).
        self.on_wait = on_wait
        self.reason: str | None = None
        self.active = 0.0

    def _apply_changes(self) -> None:
        changes = self.control.take_changes()
        if changes:
            self.trainer.set_config(**changes)

    def __iter__(self) -> Iterator[tuple[StepResult, bool]]:
        t = self.trainer
        t.stop_reason = None  # a reason left by an earlier run must not end this one
        started = t.epoch
        target = started + self.epochs
        # The network's BLAS threads (see netbuilder.engine.blas) set once for the run, not at every pass.
        with blas.single_threaded() if t.compiled.blas_threads == 1 else contextlib.nullcontext():
            while True:
                if t.epoch >= target:
                    done = t.epoch - started
                    self.reason = f"completed {done} epoch{'s' if done != 1 else ''}"
                    return
                turn = self.control.wait_turn(idle=self._apply_changes, on_block=self.on_wait)
                if turn == "stop":
                    self.reason = f"stopped by the user at epoch {t.epoch + 1}"
                    return
                self._apply_changes()
                began = self.clock()
                try:
                    result = t.train_step()
                except TrainingDiverged as error:
                    self.reason = str(error)
                    return
                finally:
                    self.active += self.clock() - began
                yield result, turn == "step"
                if result.stop_reason:
                    self.reason = result.stop_reason
                    return

    def run(self) -> str:
        """Iterate to the end; returns :attr:`reason`."""
        for _ in self:
            pass
        return self.reason or "stopped"


def evaluate_compiled(
    compiled: CompiledNetwork, x: np.ndarray, y: np.ndarray, task: str, threshold: float, batch_size: int | None = None
) -> dict[str, float]:
    total, correct = 0.0, 0
    outputs = []
    batch_size = batch_size or compiled.eval_batch
    for i in range(0, len(x), batch_size):
        xb, yb = x[i : i + batch_size], y[i : i + batch_size]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            cache = compiled.forward(xb)
            total += compiled.loss_value(cache, yb) * len(xb)
        if task == "regression":
            outputs.append(cache.output)
        else:
            correct += metrics.correct_count(cache.output, yb, task, threshold)
    logs = {"loss": total / len(x)}
    if task == "regression":
        logs["r2"] = metrics.r2_score(np.concatenate(outputs), y)
    else:
        logs["accuracy"] = correct / len(x)
    return logs
