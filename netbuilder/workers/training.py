"""The bridge between a training session and the window: a QThread or a process, signals, and a clean shutdown.

The session (:mod:`netbuilder.session`) does the work and knows
nothing of Qt. It runs in one of two places (:attr:`TrainingController.design`):

- a QThread of the window's process ("thread"): its reports arrive in the UI
  thread as queued signals, at most ~30 a second. Control requests (pause,
  step, stop, a new learning rate) do not travel as signals: the worker's
  thread is busy training, so they go through the session's thread-safe
  :class:`~netbuilder.session.Control` and take effect between steps. The
  window's Python (its plots) shares the interpreter lock with it.
- a process of its own ("process", :mod:`.remote`, started with "spawn"):
  it has its own interpreter lock and core, so the plots never slow it down;
  requests go to it through a pipe, its pickled reports come back through
  another, read by a QThread. Starting one costs the imports (~0.5-1 s). A
  crash of the child (killed, out of memory) ends the run with a message; the
  window stays and the document is as before the run.

"auto", the default, trains large networks in a process and small ones (a
student pressing Step on XOR wants the step at once) in a thread: see
:data:`PROCESS_PARAMETERS`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..engine.probes import SnapshotProbe
from ..i18n import fill, translate
from ..model.network import Network
from ..session import Control, Outcome, Probe, TrainingSession

#: "auto" trains networks with at least this many parameters in a process of their own.
PROCESS_PARAMETERS = 20_000
#: Threads of a training process's BLAS when the environment does not set them (None: the library's own choice,
#: as ``netbuilder train`` has it). The engine itself runs a network with mid-sized products, such as the MNIST
#: MLP, on one thread in the app and on the command line alike (netbuilder/engine/blas.py), which leaves the
#: other core to the window; a fixed count here would change the bits of the networks it does not decide for.
CHILD_BLAS_THREADS: str | None = None
BLAS_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
#: Reports a second at most from a training process. Each carries a copy of every parameter (440 KB for the MNIST
#: MLP), pickled, sent and unpickled; 30 a second cost MNIST 22 % of its speed with no panel open, 10 cost 13 %
#: (3 epochs, bench/bench_app_training.py), and the panels still refresh 5 times more often than they must.
PROCESS_RATE = 10.0
#: Where runs train unless a controller is told otherwise: "auto", "thread" or "process".
DESIGN = os.environ.get("NETBUILDER_TRAINING", "auto")


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


def _start_without_main(process) -> None:
    """Start a spawned ``process`` without it importing the parent's ``__main__`` first (as spawn does): the
    child needs only netbuilder, a script that opens the window without an ``if __name__ == "__main__"``
    guard must not run again in it, and it starts sooner. Its BLAS runs :data:`CHILD_BLAS_THREADS` threads."""
    main = sys.modules.get("__main__")
    hidden = {key: main.__dict__.pop(key) for key in ("__file__",) if main is not None and key in main.__dict__}
    spec = getattr(main, "__spec__", None)
    if main is not None:
        main.__spec__ = None
    added = [var for var in BLAS_VARIABLES if var not in os.environ] if CHILD_BLAS_THREADS else []
    os.environ.update({var: CHILD_BLAS_THREADS for var in added})
    try:
        process.start()
    finally:
        for var in added:
            os.environ.pop(var, None)
        if main is not None:
            main.__dict__.update(hidden)
            main.__spec__ = spec


class _RemoteControl:
    """The :class:`~netbuilder.session.Control` of a run in a child process: each request goes down its pipe."""

    def __init__(self, commands, paused: bool) -> None:
        self.commands = commands
        self._paused = paused
        self._stopped = False

    def _send(self, *message) -> None:
        try:
            self.commands.send(message)
        except (OSError, ValueError):  # the child is gone: its reader says so
            pass

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stopped(self) -> bool:
        return self._stopped

    def pause(self) -> None:
        self._paused = True
        self._send("pause")

    def resume(self) -> None:
        self._paused = False
        self._send("resume")

    def step(self, count: int = 1) -> None:
        self._send("step", count)

    def stop(self) -> None:
        self._stopped = True
        self._send("stop")

    def set_speed(self, epochs_per_second: float | None) -> None:
        self._send("speed", epochs_per_second)

    def change(self, **settings: Any) -> None:
        self._send("change", settings)


class _RemoteSession:
    """What the window sees of a session training in a child: its outcome, once the child sent it."""

    dataset = None
    trainer = None

    def __init__(self, network: Network) -> None:
        self.network = network
        self.outcome: Outcome | None = None


class _Reader(QThread):
    """Reads the child's messages (blocking, off the UI thread) and hands each on as a signal."""

    message = Signal(object)

    def __init__(self, messages, process) -> None:
        super().__init__()
        self.setObjectName("netbuilder-training-reader")
        self.messages, self.process = messages, process
        #: The last message read (the outcome, once the run ended).
        self.last = None
        from .remote import RecordingRebuilt

        #: The run's recording, rebuilt from the moments that come with the reports.
        self.rebuilt = RecordingRebuilt()

    def run(self) -> None:
        while True:
            try:
                message = self.messages.recv()
            except (EOFError, OSError):  # the child ended without a last word: it crashed or was killed
                self.process.join(5)
                self.message.emit(("lost", self.process.exitcode))
                return
            except Exception as error:  # noqa: BLE001 - a report that would not unpickle
                self.message.emit(("failed", f"{type(error).__name__}: {error}"))
                return
            message = self.rebuilt.receive(message)
            self.last = message
            self.message.emit(message)
            if message[0] in ("finished", "failed"):
                return


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
        #: Where the next run trains: "auto", "thread" or "process" (see the module's docstring).
        self.design = DESIGN
        #: Where the run going trains: "thread" or "process" (None when idle).
        self.running_in: str | None = None
        self._process = None
        self._reader: _Reader | None = None
        self._probe: SnapshotProbe | None = None
        self._probe_sent: tuple | None = None

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
        """Train a copy of ``network`` in a new thread or a process of its own (:meth:`design_for`); ``paused``
        waits for :meth:`step` or :meth:`resume`."""
        if self.active:
            raise RuntimeError("a training run is already going")
        if self.design_for(network, probe) == "process":
            self._start_process(network, data, base_dir, epochs, paused, probe, rate)
            return
        self.running_in = "thread"
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

    def design_for(self, network: Network, probe: Probe | None = None) -> str:
        """Where a run of ``network`` trains: "thread" or "process" (a probe that is not a
        :class:`SnapshotProbe` can only watch from a thread: it cannot travel to another process)."""
        if probe is not None and not isinstance(probe, SnapshotProbe):
            return "thread"
        if self.design in ("thread", "process"):
            return self.design
        return "process" if network.parameter_count() >= PROCESS_PARAMETERS else "thread"

    def _start_process(self, network, data, base_dir, epochs, paused, probe, rate) -> None:
        self.running_in = "process"
        context = multiprocessing.get_context("spawn")  # never fork a process with Qt loaded
        commands_in, commands_out = context.Pipe(duplex=False)
        messages_in, messages_out = context.Pipe(duplex=False)
        self._probe = probe
        self._probe_sent = None
        job = {
            "network": network.get_config(), "data": data, "base_dir": str(base_dir) if base_dir else None,
            "epochs": epochs, "paused": paused, "speed": self.speed, "rate": min(rate, PROCESS_RATE),
            "probe": None if probe is None else {
                "resolution": probe.resolution, "feature_sample": int(probe.feature_sample),
                "wanted": None if probe.wanted is None else sorted(probe.wanted)},
        }
        if probe is not None:
            self._probe_sent = (probe.wanted, int(probe.feature_sample))
        from . import remote

        process = context.Process(target=remote.main, args=(commands_in, messages_out, job), daemon=True,
                                  name="netbuilder-training")
        _start_without_main(process)
        commands_in.close()  # the child's ends: the parent keeps the others, so a dead child reads as the end
        messages_out.close()
        self._process = process
        self.control = _RemoteControl(commands_out, paused)
        self.session = _RemoteSession(network)
        reader = _Reader(messages_in, process)
        reader.message.connect(lambda message, reader=reader: self._on_message(message, reader))
        self._reader = reader
        self._set_state("loading")
        reader.start()

    def _sync_probe(self) -> None:
        """Tell the child what the panels on the screen draw now, when it changed."""
        probe = self._probe
        if probe is None or not isinstance(self.control, _RemoteControl):
            return
        now = (probe.wanted, int(probe.feature_sample))
        if now != self._probe_sent:
            self._probe_sent = now
            self.control._send("probe", None if now[0] is None else sorted(now[0]), now[1])

    def _on_message(self, message, reader=None) -> None:
        if reader is not self._reader:
            return  # a run that ended (shut down) still had messages queued
        kind = message[0]
        if kind == "snapshot":
            self._sync_probe()
            self.snapshotReady.emit(message[1])
        elif kind == "prepared":
            self._set_state("paused" if self.control and self.control.paused else "running")
        elif kind == "finished":
            if self.session is not None:
                self.session.outcome = message[1]
            self._end_process()
            self.finished.emit(message[1])
        else:
            if kind == "lost":
                text = fill(translate("Training", "the training process ended unexpectedly (exit code %1); the "
                                                  "network is as it was before the run."), message[1])
            else:
                text = message[1]
            self._end_process()
            self.failed.emit(text)

    def _end_process(self, timeout: float = 5.0) -> None:
        reader, process = self._reader, self._process
        self._reader = self._process = None
        if reader is not None:
            reader.wait()
            reader.deleteLater()
        if process is not None:
            process.join(timeout)
            if process.is_alive():
                process.kill()
                process.join(timeout)
        if isinstance(self.control, _RemoteControl):
            self.control.commands.close()
        self._probe = None
        self.running_in = None
        self._set_state("idle")

    # -- requests -------------------------------------------------------------------------------

    def pause(self) -> None:
        if self.control and self.active:
            self.control.pause()
            if self._state == "running":
                self._set_state("paused")

    def resume(self) -> None:
        if self.control and self.active:
            self._sync_probe()
            self.control.resume()
            if self._state == "paused":
                self._set_state("running")

    def step(self) -> None:
        if self.control and self.active:
            self._sync_probe()  # a panel shown while paused gets its part with this step
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
        self.running_in = None
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
        if self._process is not None:
            return self._shutdown_process(timeout_ms)
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

    def _shutdown_process(self, timeout_ms: int) -> bool:
        """Stop the child and wait for it (its outcome kept in :attr:`session`); killed if it would not stop."""
        reader = self._reader
        self.stop()
        done = reader is None or reader.wait(timeout_ms)
        if not done and self._process is not None:
            self._process.kill()  # stuck: it must not outlive the window
            reader.wait(10_000)
        last = reader.last if reader is not None else None
        if last is not None and last[0] == "finished" and self.session is not None:
            self.session.outcome = last[1]  # its signal is still queued: _on_message will drop it
        self._end_process()
        return True
