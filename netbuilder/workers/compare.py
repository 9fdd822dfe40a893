"""The bridge between a comparison (:func:`netbuilder.compare.compare`) and the window: a QThread and signals.

Training → Compare… trains the same network several times, changing one thing; that takes seconds to
minutes, so it runs here, in a thread of its own, and the window stays usable. Each run's result arrives as
a queued signal as soon as it ends; :meth:`CompareController.cancel` stops the run in progress at its next
step and no further run starts.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..compare import Variant, compare
from ..engine.training import Callback
from ..model.network import Network


class _Pace(Callback):
    """Hands the interpreter lock to the window's thread every millisecond or so (a run nobody watches would
    otherwise keep it for whole switch intervals at a time and the window would freeze), and reports the
    epochs of the run in progress at most ten times a second."""

    def __init__(self, report):
        self.report = report
        self._handed = self._reported = 0.0

    def on_batch_end(self, trainer, result) -> None:
        now = time.perf_counter()
        if now - self._handed >= 0.001:
            time.sleep(0)
            self._handed = now

    def on_epoch_end(self, trainer, epoch, logs) -> None:
        now = time.perf_counter()
        if now - self._reported >= 0.1:
            self._reported = now
            self.report(int(epoch), int(trainer.config.epochs))


class _Worker(QObject):
    runDone = Signal(int, object, bool)  # k, comparison, cut short by a cancel
    epochDone = Signal(int, int)  # epochs done in the run in progress, of how many
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, network: Network, variants: list[Variant], target_loss: float | None,
                 base_dir: str | Path | None, stop: threading.Event):
        super().__init__()
        self.network, self.variants, self.target_loss = network, variants, target_loss
        self.base_dir, self.stop = base_dir, stop

    @Slot()
    def run(self) -> None:
        try:
            results = compare(self.network, self.variants, target_loss=self.target_loss, base_dir=self.base_dir,
                              stop=self.stop,
                              on_run=lambda k, result: self.runDone.emit(k, result, self.stop.is_set()),
                              callbacks=[_Pace(self.epochDone.emit)])
        except ValueError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a bug, or a file that vanished: say so rather than die silently
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished.emit(results)


class CompareController(QObject):
    """The window's handle on its one comparison."""

    #: ``(k, comparison)``: the k-th variant's run ended (a :class:`netbuilder.compare.Comparison`).
    runDone = Signal(int, object)
    #: ``(epochs done, epochs)`` of the run in progress, at most ten times a second.
    epochDone = Signal(int, int)
    #: Every run ended, or the comparison was cancelled: ``(results, cancelled)``.
    finished = Signal(object, bool)
    #: The comparison could not run: a message for the user.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self._results: list = []

    @property
    def active(self) -> bool:
        return self._thread is not None

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self, network: Network, variants: list[Variant], *, target_loss: float | None = None,
              base_dir: str | Path | None = None) -> None:
        """Train a copy of ``network`` per variant in a new thread (``network`` is copied here, in the
        window's thread, so later edits of the document do not reach the runs)."""
        if self.active:
            raise RuntimeError("a comparison is already running")
        gc.collect()  # in the UI thread, not later in the worker's (see workers.training)
        self._stop = threading.Event()
        self._results = []
        worker = _Worker(network.copy(), list(variants), target_loss, base_dir, self._stop)
        thread = QThread()
        thread.setObjectName("netbuilder-compare")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.runDone.connect(self._run_done)
        worker.epochDone.connect(self.epochDone)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Stop the run in progress at its next step; no other run starts."""
        self._stop.set()

    def _run_done(self, k: int, result, cut_short: bool) -> None:
        if not cut_short:  # a run stopped in the middle by Cancel is not a result
            self._results.append(result)
            self.runDone.emit(k, result)

    def _end_thread(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()

    def _on_finished(self, results) -> None:
        self._end_thread()
        self.finished.emit(list(self._results), self._stop.is_set())

    def _on_failed(self, message: str) -> None:
        self._end_thread()
        self.failed.emit(message)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread (the dialog or the window closes); False if it would not stop."""
        thread, worker = self._thread, self._worker
        if thread is None:
            return True
        if worker is not None:
            for signal, slot in ((worker.runDone, self._run_done), (worker.finished, self._on_finished),
                                 (worker.failed, self._on_failed), (worker.epochDone, self.epochDone)):
                signal.disconnect(slot)
        self.cancel()
        done = thread.wait(timeout_ms)
        if done:
            self._thread = self._worker = None
            if worker is not None:
                worker.deleteLater()
            thread.deleteLater()
        return done
