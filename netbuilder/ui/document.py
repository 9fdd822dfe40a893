"""The open document as the Qt side sees it: a network, its file, its undo stack.

The model announces changes with plain Python callbacks; this QObject relays
them as Qt signals, so widgets connect with Qt's lifetime rules (a closed
panel is disconnected automatically) and never hold the model's callbacks.
Every edit goes through :meth:`Document.push`, an undoable command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model.network import Network


class Document(QObject):
    layerAdded = Signal(object)
    layerRemoved = Signal(object)
    layerChanged = Signal(object, object)  # layer, frozenset of attribute names
    connectionAdded = Signal(object)
    connectionRemoved = Signal(object)
    connectionChanged = Signal(object, object)
    parametersChanged = Signal()
    settingsChanged = Signal(object)
    historyChanged = Signal()
    #: The whole network was replaced (a file opened, File → New).
    reset = Signal()
    #: Anything changed; for views that simply redraw (status bar, validation).
    changed = Signal()
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)
    #: Editing was locked or unlocked (training runs on a copy; see :meth:`set_locked`).
    lockedChanged = Signal(bool)

    def __init__(self, network: Network | None = None, path: str | Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # A method, not a lambda: Qt drops the connection when the document goes, whereas a lambda would still
        # be called when the undo stack, destroyed after it as its child, reports itself clean one last time.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._network: Network | None = None
        self._path: Path | None = None
        self._locked_reason: str | None = None
        #: Where the network came from when it has no file of its own yet (a template, an example).
        self.origin: str | None = None
        self.set_network(network or Network("Untitled"), path)

    # -- the network --------------------------------------------------------------------------

    @property
    def network(self) -> Network:
        assert self._network is not None
        return self._network

    def set_network(self, network: Network, path: str | Path | None = None) -> None:
        """Show another network (a file was opened); the undo history starts afresh."""
        if self._network is not None:
            for signal in self._network.events.all():
                signal.disconnect(self._relay[signal.name])
        self._network = network
        self._relay = {
            "layer_added": lambda layer: self._emit(self.layerAdded, layer),
            "layer_removed": lambda layer: self._emit(self.layerRemoved, layer),
            "layer_changed": lambda layer, names: self._emit(self.layerChanged, layer, names),
            "connection_added": lambda conn: self._emit(self.connectionAdded, conn),
            "connection_removed": lambda conn: self._emit(self.connectionRemoved, conn),
            "connection_changed": lambda conn, names: self._emit(self.connectionChanged, conn, names),
            "parameters_changed": lambda: self._emit(self.parametersChanged),
            "settings_changed": lambda names: self._emit(self.settingsChanged, names),
            "history_changed": lambda: self._emit(self.historyChanged),
            "reset": lambda: self._emit(self.reset),
        }
        for signal in network.events.all():
            signal.connect(self._relay[signal.name])
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._path = Path(path) if path else None
        self.origin = None
        self.reset.emit()
        self.changed.emit()
        self.pathChanged.emit(self._path)
        self.modifiedChanged.emit(False)

    def release_listeners(self) -> None:
        """Drop every connection to this document's signals: its window is handing it over to another (the
        language was switched) and will be destroyed; the new window connects afresh."""
        import warnings

        for name in ("layerAdded", "layerRemoved", "layerChanged", "connectionAdded", "connectionRemoved",
                     "connectionChanged", "parametersChanged", "settingsChanged", "historyChanged", "reset",
                     "changed", "pathChanged", "modifiedChanged", "lockedChanged"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    getattr(self, name).disconnect()
                except (RuntimeError, TypeError):
                    pass

    def _clean_changed(self, clean: bool) -> None:
        try:
            self.modifiedChanged.emit(not clean)
        except RuntimeError:  # the document is being destroyed (its window closed): nobody is listening
            pass

    def _emit(self, signal, *args) -> None:
        signal.emit(*args)
        self.changed.emit()

    # -- file ---------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.pathChanged.emit(self._path)

    @property
    def display_name(self) -> str:
        return self._path.name if self._path else self.network.name or "Untitled"

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: str | Path) -> None:
        self.set_path(path)
        self.undo_stack.setClean()

    def mark_modified(self) -> None:
        """For documents that differ from any file (a recovered autosave, an example copy)."""
        self.undo_stack.resetClean()

    # -- editing --------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked_reason is not None

    @property
    def locked_reason(self) -> str | None:
        return self._locked_reason

    def set_locked(self, reason: str | None) -> None:
        """Refuse edits while ``reason`` holds (e.g. "Training is running: stop it to edit")."""
        was = self.locked
        self._locked_reason = reason
        if was != self.locked:
            self.lockedChanged.emit(self.locked)

    def push(self, command: QUndoCommand) -> bool:
        """Run an edit so it can be undone; refused (False) while the document is locked."""
        if self.locked:
            return False
        self.undo_stack.push(command)
        return True
