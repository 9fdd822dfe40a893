"""Requests from another thread to a running training: pause, resume, single steps, stop, new settings, speed.

The training loop (:class:`~netbuilder.engine.training.TrainingLoop`) asks
:meth:`Control.wait_turn` before every step, so a request takes effect at the
next step and a change of settings never resets the training. Plain
``threading``, no Qt: the app's worker, a notebook and a test use it alike.

A *speed* (epochs a second, :meth:`Control.set_speed`) makes the loop wait
between steps, so a small network that would finish in a fraction of a
second learns at a pace a person can watch; the wait is on the same
condition as every request, so pause, step and stop still take effect at
once.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable


class Control:
    """Thread-safe requests from the watcher to a running session."""

    def __init__(self, paused: bool = False, stop_event: threading.Event | None = None) -> None:
        self._cond = threading.Condition()
        self._paused = paused
        self._stopped = False
        #: Also stop when this event is set (for callers that already hold one, e.g. ``api.train(stop=...)``).
        self._stop_event = stop_event
        self._steps = 0
        self._changes: dict[str, Any] = {}
        self._speed: float | None = None
        self._steps_per_epoch = 1
        self._last_run: float | None = None
        #: The clock the waits between steps are measured with (a test may replace it).
        self.clock: Callable[[], float] = time.monotonic

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stopped(self) -> bool:
        return self._stopped or (self._stop_event is not None and self._stop_event.is_set())

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def step(self, count: int = 1) -> None:
        """While paused: train ``count`` more mini-batches, then wait again."""
        with self._cond:
            self._steps += count
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    @property
    def speed(self) -> float | None:
        """Epochs a second at most, or None for as fast as possible."""
        return self._speed

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Train at most this many epochs a second (None or 0: as fast as possible), from the next step on."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            epochs_per_second = None
        with self._cond:
            self._speed = None if epochs_per_second is None else float(epochs_per_second)
            self._cond.notify_all()

    def set_steps_per_epoch(self, steps: int) -> None:
        """How many steps make an epoch (the session says so once its data is loaded): the speed is per epoch."""
        with self._cond:
            self._steps_per_epoch = max(1, int(steps))
            self._cond.notify_all()

    def _pace_wait(self) -> float:
        """Seconds still to wait before the next step at the chosen speed (0 for none)."""
        if self._speed is None or self._last_run is None:
            return 0.0
        interval = 1.0 / (self._speed * self._steps_per_epoch)
        return self._last_run + interval - self.clock()

    def change(self, **settings: Any) -> None:
        """Training settings (``learning_rate``, ``optimizer``, ``batch_size``, ``l2`` ...) for the next step."""
        with self._cond:
            self._changes.update(settings)
            self._cond.notify_all()

    def take_changes(self) -> dict[str, Any]:
        if not self._changes:
            return {}
        with self._cond:
            changes, self._changes = self._changes, {}
            return changes

    def wait_turn(self, idle: Callable[[], None] | None = None, on_block: Callable[[], None] | None = None) -> str:
        """Block until the session may train: returns "run", "step" or "stop".

        ``on_block`` runs once, just before the first wait (e.g. to report
        where training stands); ``idle`` whenever the wait wakes up without
        permission to train (e.g. to apply setting changes made while paused).
        Both run without the lock held. With a speed set, "run" comes no
        sooner than one step's share of a second after the previous "run";
        single steps asked for while paused are never held back.
        """

        if not (self._paused or self._stopped or self._steps or self._changes or self._speed is not None
                or self._stop_event is not None and self._stop_event.is_set()):
            return "run"  # nothing asked: no lock on the hot path (a request made now is seen at the next step)

        def unlocked(fn: Callable[[], None]) -> None:
            self._cond.release()
            try:
                fn()
            finally:
                self._cond.acquire()

        with self._cond:
            while True:
                if self.stopped:
                    return "stop"
                if self._steps > 0:
                    self._steps -= 1
                    return "step"
                if not self._paused:
                    wait = self._pace_wait()
                    if wait > 0:
                        self._cond.wait(min(wait, 0.25))
                        continue
                    self._last_run = self.clock()
                    return "run"
                if on_block is not None:
                    unlocked(on_block)
                    on_block = None
                    continue
                if idle is not None and self._changes:
                    unlocked(idle)
                    continue
                self._cond.wait(0.25)
