"""What the user's gestures mean: each becomes one undoable command on the document.

Dropping a Neuron on a layer adds a neuron to it and on empty canvas makes a
one-neuron layer; dropping an activation on a layer sets it; dragging from
a layer's handle to another connects them with fresh weights; Delete on a
single edge removes it (and restores it when it was removed); copy and paste
carry layers with the connections between them.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
from PySide6.QtCore import QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand

from ..i18n import fill, translate
from ..io.arrays import decode_array, encode_array
from ..model.initializers import initial_values
from ..model.layer import Layer
from ..model.shapes import SHAPE_ONLY
from . import commands as C
from ..model.layout import auto_positions
from .canvas.scene import NetworkScene
from .document import Document

CLIPBOARD_MIME = "application/x-netbuilder-layers"

#: What each palette entry makes (a learner's sensible first choice; everything can be changed after).
PALETTE_DEFAULTS = {
    "input": {"units": 2, "activation": "linear", "role": "input"},
    "dense": {"units": 4, "activation": "sigmoid", "role": "hidden"},
    "neuron": {"units": 1, "activation": "sigmoid", "role": "hidden"},
    "output": {"units": 1, "activation": "sigmoid", "role": "output"},
    "conv2d": {"units": 8, "activation": "relu", "role": "hidden", "kind": "conv2d"},
    "max_pooling2d": {"units": 1, "activation": "linear", "role": "hidden", "kind": "max_pooling2d"},
    "average_pooling2d": {"units": 1, "activation": "linear", "role": "hidden", "kind": "average_pooling2d"},
    "flatten": {"units": 1, "activation": "linear", "role": "hidden", "kind": "flatten"},
}


class Editor(QObject):
    #: A sentence for the status bar (what happened, or why a gesture was refused).
    message = Signal(str)

    def __init__(self, document: Document, scene: NetworkScene, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = document
        self.scene = scene
        scene.connectRequested.connect(self.connect_layers)
        scene.layersMoved.connect(self.move_layers)
        scene.refused.connect(self.message)

    @property
    def net(self):
        return self.doc.network

    #: ``guard(command) -> reason or None``, asked before every edit: an open lesson's locks (ui/lessons).
    lesson_guard = None

    def _push(self, command: QUndoCommand) -> bool:
        refusal = self.lesson_guard(command) if self.lesson_guard is not None else None
        if refusal:
            self.message.emit(refusal)
            return False
        if not self.doc.push(command):
            self.message.emit(self.doc.locked_reason or translate("Editor", "Editing is locked."))
            return False
        return True

    # -- palette ---------------------------------------------------------------------------------

    def free_position(self) -> tuple[float, float]:
        """Right of everything on the canvas, for entries added without dragging (double-click, keyboard)."""
        items = self.scene.layer_items.values()
        if not items:
            return (0.0, 0.0)
        right = max(item.pos().x() for item in items)
        return (right + 230.0, 0.0)

    def add_from_palette(self, entry: dict[str, Any], pos: QPointF | tuple[float, float] | None = None,
                         target: str | None = None) -> str | None:
        """Carry out a palette drop; returns the id of the layer made or changed, or None if refused."""
        kind = entry.get("kind")
        if pos is None:
            pos = self.free_position()
        if isinstance(pos, QPointF):
            pos = (round(pos.x(), 1), round(pos.y(), 1))
        if kind == "activation":
            return self.set_activation(target, entry.get("name", "linear"))
        if kind not in PALETTE_DEFAULTS:
            self.message.emit(fill(translate("Editor", "Unknown palette entry %1."), kind))
            return None
        if kind == "neuron" and target and self.net.layers[target].kind in SHAPE_ONLY:
            self.message.emit(translate("Editor", "Pooling and Flatten layers take their size from their input: drop the neuron on a Dense or Conv2D layer."))
            return None
        if kind == "neuron" and target:
            layer = self.net.layers[target]
            if not self._push(C.UpdateLayer(self.net, target, {"units": layer.units + 1},
                                            fill(translate("Editor", "Add a neuron to “%1”"), layer.name))):
                return None
            self.message.emit(fill(translate("Editor", "“%1” now has %2 neurons."), layer.name, layer.units))
            return target
        spec = dict(PALETTE_DEFAULTS[kind])
        if kind == "input" and self.net.layers_with_role("input"):
            self.message.emit(translate("Editor", "The network already has an input layer; this one is a second input (see the status bar)."))
        layer = Layer(spec["units"], spec["activation"], role=spec["role"], kind=spec.get("kind", "dense"),
                      position=pos, name=translate("Editor", "Neuron") if kind == "neuron" else None,
                      kernel_initializer="he_uniform" if kind == "conv2d" else "glorot_uniform")
        command = C.AddLayer(self.net, layer)
        if not self._push(command):
            return None
        return command.layer_id

    def set_activation(self, layer_id: str | None, activation: Any) -> str | None:
        if not layer_id:
            self.message.emit(translate("Editor", "Drop an activation onto a layer to give it that activation."))
            return None
        layer = self.net.layers[layer_id]
        if layer.role == "input":
            self.message.emit(translate("Editor", "An input layer passes the data on unchanged: drop activations on hidden or output layers."))
            return None
        if layer.kind in SHAPE_ONLY:
            self.message.emit(translate("Editor", "Pooling and Flatten layers have no activation: drop it on a Dense or Conv2D layer."))
            return None
        if not self._push(C.UpdateLayer(self.net, layer_id, {"activation": activation})):
            return None
        return layer_id

    # -- structure -------------------------------------------------------------------------------

    def connect_layers(self, source: str, target: str) -> str | None:
        """Connect two layers fully, with weights from the target's initializer."""
        net = self.net
        if source == target:
            return None
        if net.connection_between(source, target) is not None:
            self.message.emit(fill(translate("Editor", "“%1” is already connected to “%2”."), net.layers[source].name, net.layers[target].name))
            return None
        if net.layers[target].role == "input":
            self.message.emit(translate("Editor", "Data enters at the input layer: connect from it, not into it."))
            return None
        command = C.Connect(net, source, target)
        if not self._push(command):
            return None
        if net.find_cycle():
            self.message.emit(translate("Editor", "This connection closes a loop; see the status bar."))
        return command.connection_id

    def move_layers(self, positions: dict[str, tuple[float, float]]) -> None:
        old = {lid: self.net.layers[lid].position for lid in positions}
        if not self._push(C.MoveLayers(self.net, positions, old)):
            self.scene.rebuild()  # put the items back where the model has them

    def auto_layout(self) -> None:
        positions = auto_positions(self.net, only_missing=False)
        if positions:
            self._push(C.MoveLayers(self.net, positions, text=translate("Editor", "Arrange layers left to right")))

    def delete_selection(self) -> bool:
        """Delete the selected layers and connections; a selected single edge is removed (or restored)."""
        layers = self.scene.selected_layers()
        edges = self.scene.selected_edges()
        bundles = self.scene.selected_bundles()
        if not (layers or edges or bundles):
            return False
        parts = len(layers) + len(edges) + len(bundles)
        if parts == 1 and edges:
            cid, i, j = edges[0]
            conn = self.net.connections[cid]
            return self.set_edge_enabled(cid, i, j, not conn.is_enabled(i, j))
        macro = C.macro(fill(translate("Editor", "Delete %1 items"), parts))
        removed_layers = set(layers)
        for cid, i, j in edges:
            conn = self.net.connections[cid]
            if conn.source not in removed_layers and conn.target not in removed_layers:
                C.SetEdgeEnabled(self.net, cid, i, j, not conn.is_enabled(i, j), parent=macro)
        for cid in bundles:
            conn = self.net.connections[cid]
            if conn.source not in removed_layers and conn.target not in removed_layers:
                C.Disconnect(self.net, cid, parent=macro)
        for lid in layers:
            C.RemoveLayer(self.net, lid, parent=macro)
        if len(macro.children) == 1:
            macro.setText(macro.children[0].text())
        return self._push(macro)

    def delete_connection(self, connection_id: str) -> bool:
        return self._push(C.Disconnect(self.net, connection_id))

    # -- values ----------------------------------------------------------------------------------

    def set_weight(self, connection_id: str, i: int, j: int, value: float) -> bool:
        if not math.isfinite(value):
            self.message.emit(translate("Editor", "A weight must be a finite number."))
            return False
        return self._push(C.SetWeight(self.net, connection_id, i, j, value, self.edge_label(connection_id, i, j)))

    def set_kernel_weight(self, connection_id: str, row: int, filter_index: int, value: float) -> bool:
        """One weight of a convolution's kernel, addressed as the inspector's table shows it (row = kernel
        position and channel, column = filter)."""
        if not math.isfinite(value):
            self.message.emit(translate("Editor", "A weight must be a finite number."))
            return False
        conn = self.net.connections[connection_id]
        kernel = conn.weights.copy()
        kernel.reshape(-1, kernel.shape[-1])[row, filter_index] = value
        return self._push(C.SetWeights(self.net, connection_id, kernel,
                                       fill(translate("Editor", "Set a weight of filter %1 to %2"), filter_index + 1,
                                            repr(float(value)))))

    def set_bias(self, layer_id: str, i: int, value: float) -> bool:
        if not math.isfinite(value):
            self.message.emit(translate("Editor", "A bias must be a finite number."))
            return False
        return self._push(C.SetBias(self.net, layer_id, i, value))

    def set_edge_enabled(self, connection_id: str, i: int, j: int, enabled: bool) -> bool:
        return self._push(C.SetEdgeEnabled(self.net, connection_id, i, j, enabled, self.edge_label(connection_id, i, j)))

    def reinitialize_connection(self, connection_id: str, seed: int | None = None) -> bool:
        conn = self.net.connections[connection_id]
        target = self.net.layers[conn.target]
        weights = initial_values(target.kernel_initializer, conn.shape, np.random.default_rng(seed))
        text = fill(translate("Editor", "Re-initialize weights “%1” → “%2”"), self.net.layers[conn.source].name, target.name)
        return self._push(C.SetWeights(self.net, connection_id, weights, text))

    def edge_label(self, connection_id: str, i: int, j: int) -> str:
        conn = self.net.connections[connection_id]
        return f"{self.net.layers[conn.source].name} {i + 1} → {self.net.layers[conn.target].name} {j + 1}"

    # -- clipboard -------------------------------------------------------------------------------

    def copy_selection(self) -> int:
        """Put the selected layers (and the connections among them) on the clipboard."""
        ids = self.scene.selected_layers()
        if not ids:
            return 0
        chosen = set(ids)
        layers = []
        for lid in ids:
            cfg = self.net.layers[lid].get_config()
            cfg["bias"] = encode_array(cfg["bias"])
            if cfg["alpha"] is not None:
                cfg["alpha"] = encode_array(cfg["alpha"])
            item = self.scene.layer_items.get(lid)
            if item is not None:
                cfg["position"] = [item.pos().x(), item.pos().y()]
            layers.append(cfg)
        conns = []
        for c in self.net.connections.values():
            if c.source in chosen and c.target in chosen:
                cfg = c.get_config()
                cfg["weights"] = encode_array(cfg["weights"])
                cfg["mask"] = None if cfg["mask"] is None else encode_array(cfg["mask"])
                conns.append(cfg)
        payload = json.dumps({"layers": layers, "connections": conns})
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, payload.encode("utf-8"))
        mime.setText(payload)
        QGuiApplication.clipboard().setMimeData(mime)
        self.message.emit(fill(translate("Editor", "Copied %1 layer(s)."), len(layers)))
        return len(layers)

    def paste(self) -> list[str]:
        """Paste layers from the clipboard as new layers, offset so they do not cover the originals."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
            self.message.emit(translate("Editor", "The clipboard holds no layers."))
            return []
        try:
            payload = json.loads(bytes(mime.data(CLIPBOARD_MIME)).decode("utf-8"))
            layers = []
            for cfg in payload["layers"]:
                cfg = dict(cfg)
                n = int(cfg["units"])
                cfg["bias"] = decode_array(cfg["bias"], "bias", shape=(n,), max_size=n)
                if cfg.get("alpha") is not None:
                    cfg["alpha"] = decode_array(cfg["alpha"], "alpha", shape=(n,), max_size=n)
                layers.append(cfg)
            conns = []
            units = {cfg["id"]: int(cfg["units"]) for cfg in layers}
            for cfg in payload["connections"]:
                shape = (units[cfg["source"]], units[cfg["target"]])
                cfg = dict(cfg)
                cfg["weights"] = decode_array(cfg["weights"], "weights", shape=shape, max_size=shape[0] * shape[1])
                if cfg.get("mask") is not None:
                    cfg["mask"] = decode_array(cfg["mask"], "mask", shape=shape, max_size=shape[0] * shape[1])
                conns.append(cfg)
        except (ValueError, KeyError, TypeError) as exc:
            self.message.emit(fill(translate("Editor", "Cannot paste: %1"), exc))
            return []
        macro = C.macro(fill(translate("Editor", "Paste %1 layer(s)"), len(layers)))
        new_ids: dict[str, str] = {}
        names: dict[str, str] = {}
        taken = set(self.net.layers)
        for cfg in layers:
            old_id = cfg.pop("id")
            new_id = self.net.new_layer_id()
            while new_id in taken:
                new_id = self.net.new_layer_id()
            taken.add(new_id)
            new_ids[old_id] = new_id
            cfg["id"] = new_id
            cfg["name"] = self.net.unique_name(cfg["name"])
            names[new_id] = cfg["name"]
            if cfg.get("position") is not None:
                cfg["position"] = (cfg["position"][0] + 40.0, cfg["position"][1] + 40.0)
            C.AddLayer(self.net, Layer.from_config(cfg), parent=macro)
        for cfg in conns:
            src, dst = new_ids[cfg["source"]], new_ids[cfg["target"]]
            C.Connect(self.net, src, dst, cfg["weights"], cfg.get("mask"), parent=macro,
                      source_name=names[src], target_name=names[dst])
        if not self._push(macro):
            return []
        self.scene.select_layers(new_ids.values())
        return list(new_ids.values())
