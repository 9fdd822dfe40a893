"""Qt-free change notification for the document model.

The model must be usable from a notebook and observable from the Qt layer
without importing Qt, so it carries its own minimal signal type (in the
spirit of napari's event emitters). Observers connect plain callables; the
Qt side wraps them in queued calls where thread boundaries require it.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable


class Signal:
    """A list of callbacks invoked in connection order when the signal is emitted."""

    __slots__ = ("name", "_callbacks", "_blocked")

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._callbacks: list[Callable[..., Any]] = []
        self._blocked = 0

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any] | None = None) -> None:
        """Disconnect one callback, or all of them when called without one."""
        if callback is None:
            self._callbacks.clear()
        elif callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        if self._blocked:
            return
        for callback in list(self._callbacks):
            callback(*args)

    @contextmanager
    def blocked(self):
        self._blocked += 1
        try:
            yield
        finally:
            self._blocked -= 1

    def __len__(self) -> int:
        return len(self._callbacks)


class NetworkEvents:
    """The signals a :class:`~netbuilder.model.network.Network` emits.

    Each signal says precisely what changed so that views can update the one
    item concerned instead of rebuilding everything:

    - ``layer_added(layer)`` / ``layer_removed(layer)``
    - ``layer_changed(layer, names)`` — ``names`` is the set of attributes that changed
    - ``connection_added(conn)`` / ``connection_removed(conn)``
    - ``connection_changed(conn, names)``
    - ``parameters_changed()`` — many weights/biases at once (training, reset)
    - ``settings_changed(names)`` — training settings, loss, dtype, dataset, name
    - ``history_changed()``
    - ``reset()`` — the whole document was replaced
    """

    _names = (
        "layer_added",
        "layer_removed",
        "layer_changed",
        "connection_added",
        "connection_removed",
        "connection_changed",
        "parameters_changed",
        "settings_changed",
        "history_changed",
        "reset",
    )

    def __init__(self) -> None:
        for name in self._names:
            setattr(self, name, Signal(name))

    def all(self) -> list[Signal]:
        return [getattr(self, name) for name in self._names]

    def connect_all(self, callback: Callable[..., Any]) -> None:
        """Connect one callback to every signal (it receives the signal's arguments)."""
        for signal in self.all():
            signal.connect(callback)

    @contextmanager
    def blocked(self):
        """Silence every signal, e.g. while a loader builds a document."""
        signals = self.all()
        for s in signals:
            s._blocked += 1
        try:
            yield
        finally:
            for s in signals:
                s._blocked -= 1
