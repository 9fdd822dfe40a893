"""The bridge between a training session and the window: a QThread, signals, and a clean shutdown.

The session (:mod:`netbuilder.session`) does the work and knows
nothing of Qt. Here it runs in a QThread; its reports arrive in the UI
thread as queued signals, at most ~30 a second. Control requests (pause,
step, stop, a new learning rate) do not travel as signals: the worker's
thread is busy training, so they go through the session's thread-safe
:class:`~netbuilder.session.Control` and take effect between steps.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..session import Control, Outcome, Probe, TrainingSession
from ..model.network import Network


class _Worker(QObject):
    prepared = Signal()
    snapshotReady = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, session: TrainingSession, control: Control):
        super().__init__()
        self.session, self.control = session, control

    @Slot()
    def run(self) -> None:
        try:
            self.session.prepare()
        except ValueError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a bug, or a file that vanished: say so rather than die silently
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.prepared.emit()
        try:
            outcome = self.session.run(self.control, self.snapshotReady.emit)
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished.emit(outcome)


class TrainingController(QObject):
    """The window's handle on its one training run."""

    #: "idle", "loading", "running" or "paused".
    stateChanged = Signal(str)
    snapshotReady = Signal(object)
    #: The run ended (epochs done, a stop rule, divergence or Stop): an :class:`Outcome`.
    finished = Signal(object)
    #: The run could not start or crashed: a message for the user.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.control: Control | None = None
        self.session: TrainingSession | None = None
        self._state = "idle"
        #: Epochs a second at most (None: as fast as possible), for this run and the next.
        self.speed: float | None = None

    @property
    def state(self) -> str:
        return self._state

    @property
    def active(self) -> bool:
        return self._state != "idle"

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def start(self, network: Network, *, data: Any = None, base_dir: str | Path | None = None, epochs: int | None = None,
              paused: bool = False, probe: Probe | None = None, rate: float = 30.0) -> None:
        """Train a copy of ``network`` in a new thread (``paused`` waits for :meth:`step` or :meth:`resume`)."""
        if self.active:
            raise RuntimeError("a training run is already going")
        # Collect garbage here, in the UI thread: a cycle holding a Qt object (a closed dialog, a replaced
        # menu) collected later by the worker's thread would destroy that object in the wrong thread.
        gc.collect()
        self.control = Control(paused=paused)
        self.control.set_speed(self.speed)
        self.session = TrainingSession(network, data, base_dir=base_dir, epochs=epochs, probe=probe, rate=rate)
        thread = QThread()
        thread.setObjectName("netbuilder-training")
        worker = _Worker(self.session, self.control)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Quit the thread's event loop from the worker's own thread as soon as the run ends, so that
        # waiting for the thread (here or when the window closes) never waits on the UI thread.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.prepared.connect(lambda: self._set_state("paused" if self.control and self.control.paused else "running"))
        worker.snapshotReady.connect(self.snapshotReady)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        self._set_state("loading")
        thread.start()

    # -- requests -------------------------------------------------------------------------------

    def pause(self) -> None:
        if self.control and self.active:
            self.control.pause()
            if self._state == "running":
                self._set_state("paused")

    def resume(self) -> None:
        if self.control and self.active:
            self.control.resume()
            if self._state == "paused":
                self._set_state("running")

    def step(self) -> None:
        if self.control and self.active:
            self.control.step()

    def stop(self) -> None:
        if self.control:
            self.control.stop()

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Train at most this many epochs a second (None: as fast as possible); a running session slows down
        or speeds up from its next step."""
        self.speed = epochs_per_second if epochs_per_second and epochs_per_second > 0 else None
        if self.control is not None:
            self.control.set_speed(self.speed)

    def change(self, **settings: Any) -> None:
        """New training settings for the running session, from its next step on."""
        if self.control and self.active:
            self.control.change(**settings)

    # -- ending ---------------------------------------------------------------------------------

    def _end_thread(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            if worker is not None:
                worker.deleteLater()
            thread.deleteLater()
        self._set_state("idle")

    def _on_finished(self, outcome: Outcome) -> None:
        self._end_thread()
        self.finished.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self._end_thread()
        self.failed.emit(message)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop the run and wait for its thread (closing the window); False if it would not stop in time.

        The outcome of a run stopped this way is dropped: the window is going away.
        """
        thread, worker = self._thread, self._worker
        if thread is None:
            return True
        if worker is not None:
            worker.finished.disconnect(self._on_finished)
            worker.failed.disconnect(self._on_failed)
            worker.snapshotReady.disconnect(self.snapshotReady)
        self.stop()
        done = thread.wait(timeout_ms)
        if done:
            self._thread = self._worker = None
            if worker is not None:
                worker.deleteLater()
            thread.deleteLater()
            self._set_state("idle")
        return done
