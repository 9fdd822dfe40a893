"""The training runner: what a run started from the window does to the document, the canvas and the live plots.

While a run goes, the network is locked (the canvas says so in a banner,
edits are refused with that reason). Training works on a copy; the document
changes once, when the run ends, by one undoable command "Train 5 epochs"
that sets the trained weights, appends the run to the history, and writes
any settings changed during the run.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer, Signal

from ...engine.snapshot import Snapshot
from ...i18n import fill, translate
from ...model.history import TrainingHistory
from ...session import Outcome, is_perceptron
from ...workers.training import TrainingController
from .. import commands as C
from .. import settings
from .panel import LIVE_SETTINGS, TrainingPanel

#: The live plots take at most this share of the UI thread: after a redraw that took t seconds the next waits
#: t · (1 / share − 1), between 1/30 s and 0.5 s (so they refresh 2 to 30 times a second). Every millisecond
#: the window spends drawing is one the training run's BLAS threads do not get on a 2-core machine: at a quarter
#: MNIST with every panel open trained at 45 % of the command line's speed, at a tenth 66 % (3 epochs, the same
#: build otherwise; bench/bench_app_training.py, figures in bench/README.md). That is for a run in a process of
#: its own going as fast as possible (the time counted is the UI thread's processor time, painting included); a
#: run in the window's thread keeps a quarter of the redraw's own time: there the UI thread mostly waits for the
#: run's interpreter lock, and the screen must keep up with the run (what Pause stops is what was shown), and a
#: run slowed down by the Speed control leaves the machine idle between its steps anyway.
DRAW_SHARE = 0.1
THREAD_DRAW_SHARE = 0.25

__all__ = ["TrainingRunner", "bound_recordings", "merge_snapshots", "run_text"]


def run_text(outcome: Outcome) -> str:
    """The undo entry's name: "Train 5 epochs", or "Train 3 steps" for a run stopped inside its first epoch."""
    if outcome.epochs == 1:
        return translate("Training", "Train 1 epoch")
    if outcome.epochs > 1:
        return fill(translate("Training", "Train %1 epochs"), outcome.epochs)
    if outcome.steps == 1:
        return translate("Training", "Train 1 step")
    return fill(translate("Training", "Train %1 steps"), outcome.steps)


class TrainingRunner(QObject):
    """Connects the panel, the controller, the document, the canvas and the live plots."""

    #: A sentence for the status bar.
    message = Signal(str)
    #: A run ended and its outcome was applied (or there was nothing to apply).
    runEnded = Signal(object)

    def __init__(self, window, panel: TrainingPanel):
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.panel = panel
        self.controller = TrainingController(self)
        #: Objects with begin_run(label) / add_snapshot(snapshot) / end_run(run): the live plots.
        self.watchers: list = []
        #: ``factory(network, dataset_getter, base_dir)`` → a probe filling snapshots for the plots.
        self.probe_factory = None
        self._pending: dict = {}
        self.last_outcome: Outcome | None = None
        self._queued: Snapshot | None = None
        self._next_draw = 0.0
        self._cpu_at_draw: float | None = None  # the UI thread's processor time, and the clock, at the last redraw
        self._drawn_at: float | None = None
        self._drain = QTimer(self, singleShot=True, timeout=self._draw_queued)
        panel.settingsEdited.connect(self.edit_settings)
        panel.startRequested.connect(self.start)
        panel.pauseRequested.connect(self.controller.pause)
        panel.resumeRequested.connect(self.controller.resume)
        panel.stepRequested.connect(self.step)
        panel.stopRequested.connect(self.controller.stop)
        panel.resetRequested.connect(self.reset_weights)
        panel.speedChanged.connect(self.set_speed)
        self.controller.stateChanged.connect(panel.set_state)
        self.controller.snapshotReady.connect(self._on_snapshot)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        remembered = settings.value("training/speed", 0.0)
        self.controller.set_speed(remembered or None)
        panel.speed.blockSignals(True)
        panel.set_speed(self.controller.speed)
        panel.speed.blockSignals(False)

    @property
    def active(self) -> bool:
        return self.controller.active

    # -- settings ---------------------------------------------------------------------------------

    def edit_settings(self, changes: dict) -> None:
        if self.active:
            live = {k: v for k, v in changes.items() if k in LIVE_SETTINGS}
            try:
                self.doc.network.training.replace(**{**self._pending, **live})  # validate before sending
            except ValueError as error:
                self.panel.show_message(str(error), error=True)
                return
            self._pending.update(live)
            self.controller.change(**live)
            self.message.emit(translate("Training", "The new setting takes effect at the next step."))
            return
        try:
            command = C.SetTraining(self.doc.network, changes)
        except ValueError as error:
            self.panel.show_message(str(error), error=True)
            self.panel.load()
            return
        self.doc.push(command)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """At most this many epochs a second (None: as fast as possible), for the run going and the next."""
        self.controller.set_speed(epochs_per_second)
        settings.set_value("training/speed", epochs_per_second or 0.0)
        if self.panel.current_speed() != self.controller.speed:
            self.panel.set_speed(self.controller.speed)

    # -- running ----------------------------------------------------------------------------------

    def refusal(self) -> str | None:
        """Why the open network cannot be trained here, in the app's words (None: it can be)."""
        net = self.doc.network
        if net.dataset is None:
            return translate("Training", "This network has no data to train on: choose a dataset in the Data "
                                         "panel (Data → Choose Dataset…), import a CSV file or draw your own points.")
        if is_perceptron(net):
            return translate("Training", "A single layer of step neurons learns with the perceptron rule, not by "
                                         "gradient descent: give the layer a sigmoid activation (Inspector) to "
                                         "train it here, or train it from the command line with "
                                         "“netbuilder train”.")
        return None

    def start(self, paused: bool = False) -> bool:
        if self.active:
            return False
        net = self.doc.network
        base_dir = self.doc.path.parent if self.doc.path else None
        self._pending = {}
        self._cpu_at_draw = self._drawn_at = None
        refused = self.refusal()
        if refused:
            self.panel.show_message(fill(translate("Training", "Training could not start: %1"), refused), error=True)
            self.message.emit(refused)
            return False
        self.panel.show_message("")
        probe = None
        # What the worker's thread holds must be plain Python: if a Qt object hung on it, Python's cycle
        # collector, running in that thread, could destroy the Qt object there and deadlock the window.
        holder: dict = {}
        if self.probe_factory is not None:
            probe = self.probe_factory(net, lambda: holder["session"].dataset if "session" in holder else None, base_dir)
        epochs = math.inf if self.panel.until_stopped else None
        self.controller.start(net, base_dir=base_dir, paused=paused, probe=probe, epochs=epochs)
        holder["session"] = self.controller.session
        self.doc.set_locked(translate("Training", "Training is running: stop it to edit the network."))
        for watcher in self.watchers:
            watcher.begin_run(_label(net))
        return True

    def step(self) -> None:
        """One mini-batch: from idle this starts a paused run first."""
        if not self.active and not self.start(paused=True):
            return
        self.controller.step()

    def stop_and_wait(self) -> None:
        """For closing the window: end the run, wait for its thread, apply what it trained."""
        if not self.active:
            return
        session = self.controller.session
        if self.controller.shutdown():
            outcome = getattr(session, "outcome", None)
            if outcome is not None:
                self._on_finished(outcome)
            else:
                self.doc.set_locked(None)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        """Reports are coalesced: the plots redraw when their last redraw's cost allows (:data:`DRAW_SHARE`), so a
        large network's plots never take more than a tenth of the UI thread, nor slow the worker much."""
        if self._queued is not None:
            snapshot = merge_snapshots(self._queued, snapshot)
        self._queued = snapshot
        if not self._drain.isActive():
            wait = max(0.0, self._next_draw - time.perf_counter())
            self._drain.start(int(wait * 1000))

    def _draw_queued(self) -> None:
        snapshot, self._queued = self._queued, None
        if snapshot is None:
            return
        began, cpu = time.perf_counter(), time.thread_time()
        # The UI thread's processor time since the last redraw began: that redraw, the painting it caused (which
        # happens later, in the event loop), the reports received. The next redraw waits until that is at most
        # the allowed share of the time between the two.
        spent = cpu - self._cpu_at_draw if self._cpu_at_draw is not None else 0.0
        since = began - self._drawn_at if self._drawn_at is not None else 0.0
        self._cpu_at_draw, self._drawn_at = cpu, began
        self._show(snapshot)
        # and what the panels took to draw the last report one by one after this call (Panels.add_snapshot)
        cost = time.perf_counter() - began + sum(getattr(w, "last_feed_cost", 0.0) for w in self.watchers)
        if self.controller.running_in == "process" and self.controller.speed is None:
            wait = max(cost * (1 / DRAW_SHARE - 1), spent / DRAW_SHARE - since)
        else:  # in the window's thread the UI waits on the run's interpreter lock more than it works: keep up
            wait = cost * (1 / THREAD_DRAW_SHARE - 1)
        self._next_draw = time.perf_counter() + min(0.5, max(1 / 30, wait))

    def _show(self, snapshot: Snapshot) -> None:
        for watcher in self.watchers:
            if getattr(watcher, "spreads", False):
                watcher.add_snapshot(snapshot, spread=True)  # one panel per turn of the event loop
            else:
                watcher.add_snapshot(snapshot)
        # the bar, the line under it and the Loss panel's header show one epoch and one loss
        shown = next((w.shown_loss() for w in self.watchers if hasattr(w, "shown_loss")), None)
        self.panel.show_snapshot(snapshot, loss=shown, speed=self.controller.speed)
        # the canvas follows what the panels show (Panels.follow_shown): the run's weights while it goes

    def _on_finished(self, outcome: Outcome) -> None:
        self._drain.stop()
        self._draw_queued()  # the last report is always shown
        self.last_outcome = outcome
        self.doc.set_locked(None)
        if outcome.trained:
            net = self.doc.network
            text = run_text(outcome)
            macro = C.macro(text)
            if self._pending:
                C.SetTraining(net, dict(self._pending), parent=macro)
            if outcome.recording is not None and outcome.recording.moments:
                outcome.run.recording = outcome.recording  # kept with the run, for replay (and saving if asked)
            bound_recordings(net.history.runs)
            history = TrainingHistory(net.history.runs + [outcome.run])
            C.SetParameters(net, outcome.parameters, text, history=history, parent=macro)
            self.doc.push(macro)
        self._pending = {}
        for watcher in self.watchers:
            watcher.end_run(outcome.run)
        reason = outcome.diverged or _reason_text(outcome)
        final = ""
        if outcome.final:
            shown = ", ".join(f"{k} {v:.4g}" for k, v in outcome.final.items())
            final = " " + fill(translate("Training", "On the %1 data: %2."), outcome.final_on, shown)
        self.panel.show_message(reason + final, error=outcome.diverged is not None)
        self.message.emit(reason)
        self.runEnded.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self.doc.set_locked(None)
        self._pending = {}
        text = fill(translate("Training", "Training could not run: %1"), message)
        self.panel.show_message(text, error=True)
        self.message.emit(text)
        self.runEnded.emit(None)

    # -- weights ----------------------------------------------------------------------------------

    def reset_weights(self) -> None:
        if self.active:
            return
        fresh = self.doc.network.copy()
        fresh.reinitialize(None)
        self.doc.push(C.SetParameters(self.doc.network, fresh.get_parameters(), translate("Training", "Reset weights")))


#: Recordings kept in memory besides the newest run's (which takes at most ``session.RECORDING_BYTES``): the
#: latest this many earlier runs keep theirs, each thinned to at most EARLIER_RECORDING_BYTES.
EARLIER_RECORDINGS = 7
EARLIER_RECORDING_BYTES = 8 * 2**20


def bound_recordings(runs) -> None:
    """Keep the memory of earlier runs' recordings bounded before another run joins them (in place: the
    runs are shared with the undo history, which then holds the thinned recordings too)."""
    kept = 0
    for run in reversed(list(runs)):
        if run.recording is None:
            continue
        kept += 1
        if kept > EARLIER_RECORDINGS:
            run.recording = None
        elif run.recording.nbytes > EARLIER_RECORDING_BYTES:
            run.recording = run.recording.fitted(EARLIER_RECORDING_BYTES)


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """One report standing for two: every loss and epoch of both, the newer's state, the latest probes."""
    older.batch_losses.extend(newer.batch_losses)  # in place: a UI far behind must not copy ever longer lists
    older.epoch_logs.extend(newer.epoch_logs)
    newer.batch_losses, newer.epoch_logs = older.batch_losses, older.epoch_logs
    for name in ("gradients", "activations", "boundary", "confusion", "r2"):
        if getattr(newer, name) is None:
            setattr(newer, name, getattr(older, name))
    # every report's health keeps its point on the Gradient flow panel's curves
    if older.health:
        older.health_trail.append(((older.epoch - 1) + older.step / max(older.steps_per_epoch, 1), older.health))
    older.health_trail.extend(newer.health_trail)
    newer.health_trail = older.health_trail
    return newer


def _label(net) -> str:
    cfg = net.training
    bs = cfg.batch_size
    batch = translate("Training", "full batch") if bs is None else fill(translate("Training", "batch %1"), bs)
    return f"{cfg.optimizer.name}, lr {cfg.learning_rate:g}, {batch}"


def _reason_text(outcome: Outcome) -> str:
    return fill(translate("Training", "Training ended: %1."), outcome.stop_reason)
