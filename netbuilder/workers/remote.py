"""A training run in a process of its own, without Qt: the child's side of :class:`~.training.TrainingController`.

The window starts this module's :func:`main` with :mod:`multiprocessing`'s "spawn" context (never fork: the
parent has Qt loaded). The child trains a :class:`~netbuilder.session.TrainingSession` in its main thread,
with an interpreter lock of its own, so the window's Python (its plots) never competes with it. Two pipes:

- commands, parent → child, read by a thread of the child that applies them to the session's
  :class:`~netbuilder.engine.control.Control`: ``("pause",)``, ``("resume",)``, ``("step", n)``,
  ``("stop",)``, ``("speed", epochs_per_second)``, ``("change", settings)``, and
  ``("probe", wanted, feature_sample)`` for what the panels on the screen draw. The pipe closing
  (the window went away) stops the run.
- messages, child → parent, sent by another thread of the child from a queue so that training does
  not wait while the window reads — the same thread computes the panels' probe of each snapshot first, on a
  copy of the network (:mod:`.background_probe`): ``("prepared",)``, ``("snapshot", Snapshot, (limit,
  moments))`` — with the moments the run's recording took since the last report, which the window adds to
  a recording of its own in the same order, so that the outcome need not carry the recording (tens of
  megabytes at the end of a MNIST run) —, then ``("finished", Outcome)`` or ``("failed", message)``. Snapshots are pickled (MNIST's parameters at
  float32: about 440 KB each, at most ``PROCESS_RATE`` — 10 — a second).

Nothing here imports Qt: a child starts in about the time NumPy and netbuilder take to import.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from ..model.recording import Recording

#: Reports waiting to be sent: beyond this, training waits for the window to read (it fell far behind).
QUEUE = 64


def _listen(commands, control, probe) -> None:
    """Apply the parent's requests until its pipe closes (which stops the run)."""
    while True:
        try:
            message = commands.recv()
        except (EOFError, OSError):
            control.stop()
            return
        kind, *args = message
        if kind == "pause":
            control.pause()
        elif kind == "resume":
            control.resume()
        elif kind == "step":
            control.step(*args)
        elif kind == "stop":
            control.stop()
        elif kind == "speed":
            control.set_speed(args[0])
        elif kind == "change":
            control.change(**args[0])
        elif kind == "probe" and probe is not None:
            wanted, sample = args
            probe.wanted = None if wanted is None else frozenset(wanted)
            probe.feature_sample = sample


def reporter(session, put) -> Callable:
    """The session's report function in the child: each snapshot goes out with the moments the run's
    recording took since the last one (pickled together, a moment of this report shares the snapshot's
    parameters and costs no bytes of its own)."""
    moments: list = []
    session.on_moment = moments.append

    def report(snapshot) -> None:
        recorded = list(moments)
        moments.clear()
        put(("snapshot", snapshot, (session.recording.limit, recorded)))

    return report


class RecordingRebuilt:
    """The window's side: the run's recording rebuilt from the moments its reports bring — the child's own,
    moment for moment, as the same additions in the same order to a recording of the same limit."""

    def __init__(self) -> None:
        self.recording: Recording | None = None

    def receive(self, message: tuple) -> tuple:
        """``message`` as the window handles it: a snapshot without its moments, the outcome with the recording."""
        if message[0] == "snapshot" and len(message) == 3:
            limit, moments = message[2]
            if self.recording is None:
                self.recording = Recording(limit)
            for moment in moments:
                self.recording.add(moment)
            return message[:2]
        if message[0] == "finished" and message[1].recording is None:
            message[1].recording = self.recording
        return message


class _Sender:
    """Sends the child's messages from a thread of its own, in order; ``close`` waits for the last.

    With a :class:`~.background_probe.BackgroundProbe` (``probe``), a snapshot's probe runs here, just
    before the snapshot is sent.
    """

    def __init__(self, messages) -> None:
        self.messages = messages
        self.probe = None
        self.queue: queue.Queue = queue.Queue(QUEUE)
        self.broken = False
        self.thread = threading.Thread(target=self._run, name="netbuilder-sender", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            message = self.queue.get()
            if message is None:
                return
            if self.probe is not None and message[0] == "snapshot":
                if self.broken:
                    self.probe.discard(message[1])
                else:
                    self.probe.fill(message[1])
            if self.broken:
                continue
            try:
                self.messages.send(message)
            except (OSError, EOFError, ValueError):  # the window is gone
                self.broken = True

    def put(self, message) -> None:
        self.queue.put(message)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()


def main(commands, messages, job: dict[str, Any]) -> None:
    """The child's whole life: prepare, train, send the outcome (or why not), return."""
    from ..engine.control import Control
    from ..model.network import Network
    from ..session import TrainingSession, make_probe
    from .background_probe import BackgroundProbe

    sender = _Sender(messages)
    try:
        session = TrainingSession(Network.from_config(job["network"]), job.get("data"), base_dir=job.get("base_dir"),
                                  epochs=job.get("epochs"), rate=job.get("rate", 30.0), handover=None)
        probe = None
        if job.get("probe") is not None:
            settings = job["probe"]
            probe = make_probe(session.network, lambda: session.dataset, job.get("base_dir"),
                               resolution=settings.get("resolution", 80))
            wanted = settings.get("wanted")
            probe.wanted = None if wanted is None else frozenset(wanted)
            probe.feature_sample = settings.get("feature_sample", 0)
            session.probe = sender.probe = BackgroundProbe(probe, session.network)
        control = Control(paused=job.get("paused", False))
        control.set_speed(job.get("speed"))
        threading.Thread(target=_listen, args=(commands, control, probe), name="netbuilder-commands",
                         daemon=True).start()
        try:
            session.prepare()
        except ValueError as error:
            sender.put(("failed", str(error)))
            return
        except Exception as error:  # noqa: BLE001 - a bug, or a file that vanished: say so rather than die
            sender.put(("failed", f"{type(error).__name__}: {error}"))
            return
        sender.put(("prepared",))
        try:
            outcome = session.run(control, reporter(session, sender.put))
        except Exception as error:  # noqa: BLE001 - the window says what went wrong
            sender.put(("failed", f"{type(error).__name__}: {error}"))
            return
        outcome.recording = None  # the window has rebuilt it from the reports' moments
        sender.put(("finished", outcome))
    finally:
        sender.close()
        messages.close()
