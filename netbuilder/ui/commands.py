"""Undoable edits. The UI changes the network only through these.

Each command remembers what it needs to go both ways; redo and undo each
call one model method. Values drawn at random (fresh weights) are drawn on
the first redo and remembered, so a redo after an undo gives the same
network again. Menu texts say what will be undone ("Undo Add layer
“Hidden”").
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtGui import QUndoCommand

from ..i18n import fill, translate
from ..model.connection import Connection
from ..model.history import TrainingHistory
from ..model.layer import Layer
from ..model.network import Network
from ..model.parameters import Parameters


class _Command(QUndoCommand):
    def __init__(self, net: Network, text: str, parent: Macro | None = None):
        # Children are kept by a Python Macro, not by Qt's parent pointer: PySide does not keep the Python
        # half of a parented QUndoCommand alive, so Qt would later call into a collected object.
        super().__init__(text)
        self.net = net
        if parent is not None:
            parent.add(self)


class AddLayer(_Command):
    def __init__(self, net: Network, layer: Layer, parent: "Macro | None" = None):
        super().__init__(net, "", parent)
        self._layer = layer
        self._config: dict | None = None

    @property
    def layer_id(self) -> str | None:
        return self._config["id"] if self._config else None

    def redo(self) -> None:
        if self._config is None:
            layer = self.net.add_layer(self._layer)
            self._config = layer.get_config()
            self.setText(fill(translate("Commands", "Add layer “%1”"), layer.name))
        else:
            self.net.add_layer(Layer.from_config(self._config))

    def undo(self) -> None:
        self.net.remove_layer(self._config["id"])


class RemoveLayer(_Command):
    """Delete a layer with its connections; undo puts all of it back, ids included."""

    def __init__(self, net: Network, layer_id: str, parent: "Macro | None" = None):
        super().__init__(net, fill(translate("Commands", "Delete layer “%1”"), net.layers[layer_id].name), parent)
        self.layer_id = layer_id
        self._layer: dict | None = None
        self._connections: list[dict] = []

    def redo(self) -> None:
        layer, conns = self.net.remove_layer(self.layer_id)
        self._layer = layer.get_config()
        self._connections = [c.get_config() for c in conns]

    def undo(self) -> None:
        self.net.add_layer(Layer.from_config(self._layer))
        for cc in self._connections:
            self.net.add_connection(Connection.from_config(cc))


class Connect(_Command):
    def __init__(self, net: Network, source: str, target: str, weights: Any = None, mask: Any = None,
                 parent: "Macro | None" = None, source_name: str | None = None, target_name: str | None = None):
        text = fill(translate("Commands", "Connect “%1” to “%2”"), source_name or net.layers[source].name,
                    target_name or net.layers[target].name)
        super().__init__(net, text, parent)
        self.source, self.target = source, target
        self._weights = None if weights is None else np.array(weights, dtype=np.float64)
        self._mask = None if mask is None else np.array(mask, dtype=bool)
        self.connection_id: str | None = None

    def redo(self) -> None:
        conn = self.net.connect(self.source, self.target, self._weights, self._mask, id=self.connection_id)
        self._weights, self.connection_id = conn.weights.copy(), conn.id

    def undo(self) -> None:
        self.net.disconnect(self.connection_id)


class Disconnect(_Command):
    def __init__(self, net: Network, connection_id: str, parent: "Macro | None" = None):
        c = net.connections[connection_id]
        text = fill(translate("Commands", "Delete connection “%1” → “%2”"), net.layers[c.source].name,
                    net.layers[c.target].name)
        super().__init__(net, text, parent)
        self._config = c.get_config()

    def redo(self) -> None:
        self.net.disconnect(self._config["id"])

    def undo(self) -> None:
        self.net.add_connection(Connection.from_config(self._config))


class UpdateLayer(_Command):
    """Change layer attributes (name, size, activation, ...). Restores sizes and weights exactly on undo.

    Consecutive changes of the same attributes of the same layer merge into
    one undo step, so typing a size with the keyboard is one step.
    """

    ID = 1001

    def __init__(self, net: Network, layer_id: str, changes: dict[str, Any], text: str | None = None,
                 parent: "Macro | None" = None):
        name = net.layers[layer_id].name
        super().__init__(net, text or _describe_change(name, changes), parent)
        self.layer_id = layer_id
        self.changes = dict(changes)
        self._before = net.layer_state(layer_id)
        self._before_activation = net.layers[layer_id].activation.name
        self._after: dict | None = None

    def redo(self) -> None:
        if self._after is None:
            self.net.update_layer(self.layer_id, **self.changes)
            self._after = self.net.layer_state(self.layer_id)
        else:
            self.net.restore_layer_state(self._after)

    def undo(self) -> None:
        self.net.restore_layer_state(self._before)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        """Merge a value being dialled in (a spin box's steps: dropout 0.1, 0.2, 0.3; an activation's α) into
        one step. A choice (another activation, an initializer, a name) is a step of its own, so every undo
        undoes something visible; a merge that ends where it began leaves no step at all."""
        if not isinstance(other, UpdateLayer) or other.layer_id != self.layer_id:
            return False
        if set(other.changes) != set(self.changes) or not _dialled(self.changes, other.changes):
            return False
        if "activation" in self.changes and _name(self.changes["activation"]) != self._before_activation:
            return False  # this step chose the activation: dialling its α afterwards is a step of its own
        self.changes = other.changes
        self._after = other._after
        self.setText(other.text())
        if _same(self._before, self._after):
            self.setObsolete(True)
        return True


def _dialled(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """True when ``second`` only moves the numbers ``first`` set (the same activation with another α)."""
    for key, value in first.items():
        later = second[key]
        if key in ("units", "role", "name"):
            return False
        if key == "activation":
            if _name(value) != _name(later) or not isinstance(value, dict) or len(value) < 2:
                return False
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
    return True


def _name(activation: Any) -> str:
    if isinstance(activation, dict):
        return str(activation.get("name", ""))
    return str(getattr(activation, "name", activation))


def _same(a: Any, b: Any) -> bool:
    """Deep equality of layer states (configs holding arrays)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.array_equal(np.asarray(a), np.asarray(b))
    return a == b


def _describe_change(name: str, changes: dict[str, Any]) -> str:
    if set(changes) == {"units"}:
        return fill(translate("Commands", "Resize “%1” to %2 neurons"), name, changes["units"])
    if set(changes) == {"activation"}:
        act = changes["activation"]
        act = act if isinstance(act, str) else act.get("name", "") if isinstance(act, dict) else getattr(act, "name", "")
        return fill(translate("Commands", "Set activation of “%1” to %2"), name, act)
    if set(changes) == {"name"}:
        return fill(translate("Commands", "Rename “%1” to “%2”"), name, changes["name"])
    if set(changes) == {"position"}:
        return fill(translate("Commands", "Move “%1”"), name)
    return fill(translate("Commands", "Change “%1”"), name)


class SetWeight(_Command):
    def __init__(self, net: Network, connection_id: str, i: int, j: int, value: float, label: str = "",
                 parent: "Macro | None" = None):
        super().__init__(net, fill(translate("Commands", "Set weight %1 to %2"), label or f"{i + 1}→{j + 1}",
                                   repr(float(value))), parent)
        self.args = (connection_id, i, j)
        self.value = float(value)
        self.old = float(net.connections[connection_id].weights[i, j])

    def redo(self) -> None:
        self.net.set_weight(*self.args, self.value)

    def undo(self) -> None:
        self.net.set_weight(*self.args, self.old)


class SetBias(_Command):
    def __init__(self, net: Network, layer_id: str, i: int, value: float, parent: "Macro | None" = None):
        layer = net.layers[layer_id]
        text = fill(translate("Commands", "Set bias of neuron %1 of “%2” to %3"), i + 1, layer.name, repr(float(value)))
        super().__init__(net, text, parent)
        self.layer_id, self.i, self.value = layer_id, i, float(value)
        self.old = float(layer.bias[i])

    def redo(self) -> None:
        self.net.set_bias(self.layer_id, self.i, self.value)

    def undo(self) -> None:
        self.net.set_bias(self.layer_id, self.i, self.old)


class SetWeights(_Command):
    """Replace a whole weight matrix (typed into the table, or freshly re-initialized)."""

    def __init__(self, net: Network, connection_id: str, weights: Any, text: str, parent: "Macro | None" = None):
        super().__init__(net, text, parent)
        self.connection_id = connection_id
        self.new = np.array(weights, dtype=np.float64)
        self.old = net.connections[connection_id].weights.copy()

    def redo(self) -> None:
        self.net.set_weights(self.connection_id, self.new)

    def undo(self) -> None:
        self.net.set_weights(self.connection_id, self.old)


class SetEdgeEnabled(_Command):
    def __init__(self, net: Network, connection_id: str, i: int, j: int, enabled: bool, label: str = "",
                 parent: "Macro | None" = None):
        what = label or f"{i + 1}→{j + 1}"
        text = translate("Commands", "Restore edge %1") if enabled else translate("Commands", "Remove edge %1")
        super().__init__(net, fill(text, what), parent)
        self.args = (connection_id, i, j)
        self.enabled = enabled

    def redo(self) -> None:
        self.net.set_edge_enabled(*self.args, self.enabled)

    def undo(self) -> None:
        self.net.set_edge_enabled(*self.args, not self.enabled)


class MoveLayers(_Command):
    """Layers dragged by hand or arranged automatically; kept in the file."""

    def __init__(self, net: Network, positions: dict[str, tuple[float, float] | None], old: dict | None = None,
                 text: str | None = None, parent: "Macro | None" = None):
        if text is None:
            if len(positions) == 1:
                text = fill(translate("Commands", "Move “%1”"), net.layers[next(iter(positions))].name)
            else:
                text = fill(translate("Commands", "Move %1 layers"), len(positions))
        super().__init__(net, text, parent)
        self.new = dict(positions)
        self.old = dict(old) if old is not None else {lid: net.layers[lid].position for lid in positions}

    def redo(self) -> None:
        self.net.set_positions(self.new)

    def undo(self) -> None:
        self.net.set_positions(self.old)


class SetParameters(_Command):
    """Many weights at once: the result of training, a walkthrough's update, a reset."""

    def __init__(self, net: Network, params: Parameters, text: str, history: TrainingHistory | None = None,
                 parent: "Macro | None" = None):
        super().__init__(net, text, parent)
        self.new = params.copy()
        self.old = net.get_parameters()
        self.new_history = history
        self.old_history = net.history

    def redo(self) -> None:
        self.net.set_parameters(self.new)
        if self.new_history is not None:
            self.net.set_history(self.new_history)

    def undo(self) -> None:
        self.net.set_parameters(self.old)
        if self.new_history is not None:
            self.net.set_history(self.old_history)


class RestoreMoment(SetParameters):
    """A recorded moment of a run (replayed on the timeline) becomes the network's parameters; undo brings
    back the ones before, exactly."""

    def __init__(self, net: Network, moment, parent: "Macro | None" = None):
        epoch = f"{moment.epoch:.4g}"
        super().__init__(net, moment.parameters, fill(translate("Commands", "Restore the moment at epoch %1"), epoch),
                         parent=parent)


class SetTraining(_Command):
    """Training settings (loss, optimizer, batch size ...)."""

    ID = 1002

    def __init__(self, net: Network, changes: dict[str, Any], text: str | None = None, parent: "Macro | None" = None):
        super().__init__(net, text or translate("Commands", "Change training settings"), parent)
        self.old = net.training
        self.new = net.training.replace(**changes)  # validated here, before it is pushed

    def redo(self) -> None:
        self.net.set_settings(training=self.new)

    def undo(self) -> None:
        self.net.set_settings(training=self.old)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetTraining) or other.text() != self.text():
            return False
        self.new = other.new
        return True


class SetSettings(_Command):
    """Network-level settings: name, description, dtype, dataset."""

    def __init__(self, net: Network, changes: dict[str, Any], text: str | None = None, parent: "Macro | None" = None):
        super().__init__(net, text or translate("Commands", "Change network settings"), parent)
        self.new = dict(changes)
        self.old = {k: getattr(net, k) for k in changes}

    def redo(self) -> None:
        self.net.set_settings(**self.new)

    def undo(self) -> None:
        self.net.set_settings(**self.old)


class Macro(QUndoCommand):
    """Commands undone and redone together, as one entry in the undo history."""

    def __init__(self, text: str):
        super().__init__(text)
        self.children: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.children.append(command)

    def redo(self) -> None:
        for command in self.children:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.children):
            command.undo()


def macro(text: str) -> Macro:
    return Macro(text)
