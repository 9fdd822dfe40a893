"""Requests from another thread to a running training: pause, resume, single steps, stop, new settings.

The training loop (:class:`~netbuilder.engine.training.TrainingLoop`) asks
:meth:`Control.wait_turn` before every step, so a request takes effect at the
next step and a change of settings never resets the training. Plain
``threading``, no Qt: the app's worker, a notebook and a test use it alike.
"""

from __future__ import annotations

import threading
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
        Both run without the lock held.
        """

        if not (self._paused or self._stopped or self._steps or self._changes or self._stop_event is not None
                and self._stop_event.is_set()):
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
                    return "run"
                if on_block is not None:
                    unlocked(on_block)
                    on_block = None
                    continue
                if idle is not None and self._changes:
                    unlocked(idle)
                    continue
                self._cond.wait(0.25)
