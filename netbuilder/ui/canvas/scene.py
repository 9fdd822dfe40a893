"""The scene: one graphics item per layer and per edge, kept in step with the document.

It observes the document's signals and updates only the items concerned.
User gestures on it (dragging a layer, dragging from a layer's port to
another layer, double-clicking a neuron or an edge) come out as signals;
the editor turns them into undoable commands, so the scene itself never
changes the model.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from ...model.connection import Connection
from ...model.layer import Layer
from ..document import Document
from . import style
from .items import DIM, HIGHLIGHT, NORMAL, BundleItem, EdgeItem, EdgeLabel, LayerItem, layout_edge_labels
from ...model.layout import auto_positions


#: Layer attributes whose change redraws the layer's connections and the shapes downstream.
_SHAPE_NAMES = frozenset({"units", "role", "kind", "kernel_size", "strides", "padding", "image_shape"})


class NetworkScene(QGraphicsScene):
    connectRequested = Signal(str, str)  # source layer id, target layer id
    layersMoved = Signal(object)  # {layer id: (x, y)}
    neuronDoubleClicked = Signal(str, int)
    edgeDoubleClicked = Signal(str, int, int)
    connectionDoubleClicked = Signal(str)
    #: A gesture that cannot be done, in words (shown in the status bar).
    refused = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.doc = document
        self.layer_items: dict[str, LayerItem] = {}
        self.connection_items: dict[str, list[EdgeItem | BundleItem]] = {}
        self.font_scale = 1.0
        self.show_values = False  # every weight's value on its edge (presentation mode)
        self.read_only = False  # presentation mode: look, do not touch
        self._syncing = False
        self._drag_line: QGraphicsLineItem | None = None
        self._drag_source: str | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._scale = 1.0
        self._depths: dict[str, int] = {}
        self._label_layout_key: tuple | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        d = document
        d.reset.connect(self.rebuild)
        d.layerAdded.connect(self._on_layer_added)
        d.layerRemoved.connect(self._on_layer_removed)
        d.layerChanged.connect(self._on_layer_changed)
        d.connectionAdded.connect(self._on_connection_added)
        d.connectionRemoved.connect(self._on_connection_removed)
        d.connectionChanged.connect(self._on_connection_changed)
        d.parametersChanged.connect(self._on_parameters_changed)
        d.lockedChanged.connect(self._on_locked)
        self.rebuild()

    @property
    def net(self):
        return self.doc.network

    # -- building --------------------------------------------------------------------------

    def rebuild(self) -> None:
        self.clear()
        self.layer_items.clear()
        self.connection_items.clear()
        self._drag_line = None
        for layer in self.net.layers.values():
            self._add_layer_item(layer)
        self._place_layers()
        for conn in self.net.connections.values():
            self._add_connection_items(conn)
        self._refresh_shapes()
        self._refresh_weights()

    def _refresh_shapes(self) -> None:
        """Tell every layer item its output shape (convolution and pooling layers draw with it)."""
        shapes = self.net.shapes()
        for lid, item in self.layer_items.items():
            item.set_output_shape(shapes.get(lid))

    def _add_layer_item(self, layer: Layer) -> LayerItem:
        item = LayerItem(layer, self.font_scale)
        item.setFlag(item.GraphicsItemFlag.ItemIsMovable, self.editable)
        self.layer_items[layer.id] = item
        self.addItem(item)
        return item

    def _place_layers(self) -> None:
        """Layers keep the position stored in the file; the others are laid out by depth."""
        self._depths = self.net.depths()
        auto = auto_positions(self.net, only_missing=True)
        self._syncing = True
        try:
            for lid, item in self.layer_items.items():
                pos = self.net.layers[lid].position or auto.get(lid)
                if pos is not None:
                    item.setPos(QPointF(*pos))
        finally:
            self._syncing = False

    def _add_connection_items(self, conn: Connection) -> None:
        src, dst = self.layer_items[conn.source], self.layer_items[conn.target]
        items: list[EdgeItem | BundleItem] = []
        if src.neuron_mode and dst.neuron_mode:
            show = conn.weights.size <= style.LABEL_EDGE_LIMIT
            for i in range(conn.shape[0]):
                for j in range(conn.shape[1]):
                    edge = EdgeItem(conn, i, j)
                    edge.show_value = show or self.show_values
                    items.append(edge)
        else:
            items.append(BundleItem(conn))
        for item in items:
            self.addItem(item)
        self.connection_items[conn.id] = items
        self._update_connection_geometry(conn.id)
        for item in items:
            item.refresh(self._scale)

    def _remove_connection_items(self, cid: str) -> None:
        for item in self.connection_items.pop(cid, []):
            self.removeItem(item)

    def _update_connection_geometry(self, cid: str) -> None:
        conn = self.net.connections.get(cid)
        if conn is None or cid not in self.connection_items:
            return
        src, dst = self.layer_items[conn.source], self.layer_items[conn.target]
        gap = self._depths.get(conn.target, 0) - self._depths.get(conn.source, 0)
        bend = 0.0 if gap <= 1 else 50.0 * (gap - 1) + 30.0
        for item in self.connection_items[cid]:
            if isinstance(item, EdgeItem):
                item.set_geometry(src.out_anchor(item.i), dst.in_anchor(item.j), bend)
            else:
                item.set_geometry(src.out_anchor(), dst.in_anchor(), bend)

    def _refresh_weights(self) -> None:
        """Recompute the colour scale (95th percentile of |w| over drawn edges) and repaint every edge."""
        drawn = [c.effective_weights().ravel() for cid, c in self.net.connections.items()
                 if self.connection_items.get(cid) and isinstance(self.connection_items[cid][0], EdgeItem)]
        values = np.abs(np.concatenate(drawn)) if drawn else np.zeros(0)
        self._scale = float(np.percentile(values, 95)) if values.size else 1.0
        if self._scale <= 0:
            self._scale = 1.0
        for items in self.connection_items.values():
            for item in items:
                item.refresh(self._scale)
        self._layout_labels()

    def _layout_labels(self) -> None:
        """Place the edges' value labels so that none covers another (see items.layout_edge_labels).

        Done again only when something that moves them changed: an edge's ends, which labels show, or a
        plate grown beyond the room the last layout kept for it (it keeps at least that of ``−0.000``, so a
        running training changing the digits does not move the labels, and a plate that shrinks fits where
        the larger one was).
        """
        edges = [item for items in self.connection_items.values() for item in items
                 if isinstance(item, EdgeItem) and item._label.isVisible() and item._label.text]
        if not edges:
            self._label_layout_key = None
            return
        obstacles = [rect for item in self.layer_items.values() for rect in item.plate_rects()]
        geometry = tuple((id(e), e.path().elementAt(0).x, e.path().elementAt(0).y, e.path().currentPosition().x(),
                          e.path().currentPosition().y(), e.preferred_t()) for e in edges)
        sizes = [e.label_size() for e in edges]
        plates = [r.getRect() for r in obstacles]
        last = self._label_layout_key
        if last is not None and last[0] == geometry and len(last[2]) == len(plates) \
                and all(w <= lw and h <= lh for (w, h), (lw, lh) in zip(sizes, last[1])) \
                and all(p[:2] == q[:2] and p[2] <= q[2] and p[3] <= q[3] for p, q in zip(plates, last[2])):
            return
        self._label_layout_key = (geometry, sizes, plates)
        layout_edge_labels(edges, obstacles)

    # -- following the document -------------------------------------------------------------

    def _on_layer_added(self, layer: Layer) -> None:
        self._add_layer_item(layer)
        self._refresh_shapes()
        self._place_layers()

    def _on_layer_removed(self, layer: Layer) -> None:
        item = self.layer_items.pop(layer.id, None)
        if item is not None:
            self.removeItem(item)
        self._place_layers()
        self._update_all_geometry()

    def _on_layer_changed(self, layer: Layer, names) -> None:
        item = self.layer_items.get(layer.id)
        if item is None:
            return
        item.layer = layer
        if names & _SHAPE_NAMES:
            self._refresh_shapes()
            item.refresh()
            for conn in self.net.inbound(layer.id) + self.net.outbound(layer.id):
                self._remove_connection_items(conn.id)
                self._add_connection_items(conn)
            self._place_layers()
            self._update_all_geometry()
            self._refresh_weights()
        elif "position" in names:
            if layer.position is not None and not self._syncing:
                self._syncing = True
                try:
                    item.setPos(QPointF(*layer.position))
                finally:
                    self._syncing = False
            elif layer.position is None:
                self._place_layers()
            self._update_layer_edges(layer.id)
        else:
            item.refresh()

    def _on_connection_added(self, conn: Connection) -> None:
        self._add_connection_items(conn)
        self._refresh_shapes()
        self._place_layers()
        self._update_all_geometry()
        self._refresh_weights()

    def _on_connection_removed(self, conn: Connection) -> None:
        self._remove_connection_items(conn.id)
        self._refresh_shapes()
        self._place_layers()
        self._update_all_geometry()
        self._refresh_weights()

    def _on_connection_changed(self, conn: Connection, names) -> None:
        items = self.connection_items.get(conn.id, [])
        if items and isinstance(items[0], EdgeItem) and len(items) != conn.weights.size:
            self._remove_connection_items(conn.id)  # its shape moved (a layer upstream changed): redraw it
            self._add_connection_items(conn)
            items = self.connection_items[conn.id]
        for item in items:
            item.conn = conn
        self._refresh_weights()

    def _on_parameters_changed(self) -> None:
        for item in self.layer_items.values():
            item.update()
        self._refresh_weights()

    def _on_locked(self, locked: bool) -> None:
        self._update_movable()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_movable()

    @property
    def editable(self) -> bool:
        return not (self.read_only or self.doc.locked)

    def _update_movable(self) -> None:
        for item in self.layer_items.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, self.editable)

    def _update_layer_edges(self, layer_id: str) -> None:
        for conn in self.net.inbound(layer_id) + self.net.outbound(layer_id):
            self._update_connection_geometry(conn.id)
        self._layout_labels()

    def _update_all_geometry(self) -> None:
        self._depths = self.net.depths()
        for cid in list(self.connection_items):
            self._update_connection_geometry(cid)
        self._layout_labels()

    def layer_item_moved(self, item: LayerItem) -> None:
        """Called by a layer item while it is dragged: its edges follow."""
        self._update_layer_edges(item.layer_id)

    # -- presentation ---------------------------------------------------------------------------

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        for item in self.layer_items.values():
            item.font_scale = scale
            item.refresh()
        self._layout_labels()

    def set_show_values(self, show: bool) -> None:
        self.show_values = show
        for cid, items in self.connection_items.items():
            small = self.net.connections[cid].weights.size <= style.LABEL_EDGE_LIMIT
            for item in items:
                if isinstance(item, EdgeItem):
                    item.show_value = show or small
                    item.refresh()
        self._layout_labels()

    def clear_emphasis(self) -> None:
        for item in self.layer_items.values():
            item.set_emphasis(NORMAL)
        for items in self.connection_items.values():
            for item in items:
                item.set_emphasis(NORMAL)
        self._layout_labels()

    def set_emphasis(self, neurons: list[tuple[str, int]], edges: list[tuple[str, int, int]], labels: dict) -> None:
        """Highlight the given neurons and edges with their labels and dim everything else."""
        by_layer: dict[str, dict[int, int]] = {}
        for lid, i in neurons:
            by_layer.setdefault(lid, {})[i] = HIGHLIGHT
        for lid, item in self.layer_items.items():
            marks = by_layer.get(lid, {})
            neuron_labels = {k[1]: v for k, v in labels.items() if len(k) == 2 and k[0] == lid}
            if item.neuron_mode:
                full = {i: marks.get(i, DIM) for i in range(item.layer.units)}
                item.set_emphasis(NORMAL if marks else DIM, full, neuron_labels)
            elif item.output_shape is not None and len(item.output_shape) == 3:
                # an image layer: the marked positions (the window, the output pixel) are drawn on its picture
                item.set_emphasis(HIGHLIGHT if marks else DIM, marks, {})
            else:
                item.set_emphasis(HIGHLIGHT if marks else DIM, None, neuron_labels)
        edge_set = set(edges)
        whole = {cid for cid, i, j in edges if i < 0}
        for cid, items in self.connection_items.items():
            for item in items:
                if isinstance(item, EdgeItem):
                    key = (cid, item.i, item.j)
                    on = key in edge_set or cid in whole
                    item.set_emphasis(HIGHLIGHT if on else DIM, labels.get(key))
                else:
                    on = cid in whole or any(c == cid for c, _, _ in edges)
                    item.set_emphasis(HIGHLIGHT if on else DIM)
        self._layout_labels()

    def show_live_parameters(self, params) -> None:
        """Draw the weights a running training has now (``None``: the document's again).

        The document is not touched while training runs; only the edges' colour, thickness and value labels
        and the neurons' bias tags follow the run.
        """
        for lid, item in self.layer_items.items():
            bias = params.biases.get(lid) if params is not None else None
            if bias is not None or item.live_bias is not None:
                item.live_bias = None if bias is None else np.asarray(bias, dtype=np.float64).ravel()
                item.update()
        for cid, items in self.connection_items.items():
            live = params.weights.get(cid) if params is not None else None
            for item in items:
                if isinstance(item, EdgeItem):
                    item.live_weight = None if live is None else float(live[item.i, item.j])
        drawn = [params.weights[cid].ravel() for cid, items in self.connection_items.items()
                 if params is not None and items and isinstance(items[0], EdgeItem) and cid in params.weights]
        if params is None:
            self._refresh_weights()
            return
        values = np.abs(np.concatenate(drawn)) if drawn else np.zeros(0)
        scale = float(np.percentile(values, 95)) if values.size else 1.0
        self._scale = scale if scale > 0 else 1.0
        for items in self.connection_items.values():
            for item in items:
                if isinstance(item, EdgeItem):
                    item.refresh(self._scale)
        self._layout_labels()

    def set_activations(self, values: dict[str, np.ndarray]) -> None:
        """Live activations per layer (one sample), shown when hovering a neuron."""
        for lid, item in self.layer_items.items():
            item.set_activations(values.get(lid))

    def edge_item(self, cid: str, i: int, j: int) -> EdgeItem | None:
        for item in self.connection_items.get(cid, []):
            if isinstance(item, EdgeItem) and item.i == i and item.j == j:
                return item
        return None

    # -- gestures --------------------------------------------------------------------------------

    def _layer_item_at(self, pos: QPointF) -> LayerItem | None:
        for item in self.items(pos):
            if isinstance(item, LayerItem):
                return item
        return None

    def layer_at(self, pos: QPointF) -> str | None:
        item = self._layer_item_at(pos)
        return item.layer_id if item else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.editable:
            item = self._layer_item_at(event.scenePos())
            if item is not None and item.on_port(item.mapFromScene(event.scenePos())):
                self._drag_source = item.layer_id
                start = item.out_anchor()
                self._drag_line = QGraphicsLineItem(QLineF(start, event.scenePos()))
                pen = QPen(style.POSITIVE, 2.0, Qt.PenStyle.DashLine)
                self._drag_line.setPen(pen)
                self._drag_line.setZValue(100)
                self.addItem(self._drag_line)
                event.accept()
                return
        self._press_positions = {lid: item.pos() for lid, item in self.layer_items.items()}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag_line is not None:
            line = self._drag_line.line()
            line.setP2(event.scenePos())
            self._drag_line.setLine(line)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag_line is not None:
            self.removeItem(self._drag_line)
            self._drag_line = None
            source, self._drag_source = self._drag_source, None
            target = self.layer_at(event.scenePos())
            if target is not None and target != source:
                self.connectRequested.emit(source, target)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moved = {}
        for lid, item in self.layer_items.items():
            before = self._press_positions.get(lid)
            if before is not None and (item.pos() - before).manhattanLength() > 0.5:
                moved[lid] = (round(item.pos().x(), 1), round(item.pos().y(), 1))
        self._press_positions = {}
        if moved:
            self.layersMoved.emit(moved)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if not self.editable:
            if self.doc.locked:
                self.refused.emit(self.doc.locked_reason or "")
            return
        for item in self.items(event.scenePos()):
            if isinstance(item, EdgeLabel):
                item = item.edge  # a weight's label stands for its edge
            if isinstance(item, LayerItem):
                i = item.neuron_at(item.mapFromScene(event.scenePos()))
                if i is not None and item.layer.role != "input":
                    self.neuronDoubleClicked.emit(item.layer_id, i)
                    return
            if isinstance(item, EdgeItem):
                self.edgeDoubleClicked.emit(item.connection_id, item.i, item.j)
                return
            if isinstance(item, BundleItem):
                self.connectionDoubleClicked.emit(item.connection_id)
                return
        super().mouseDoubleClickEvent(event)

    # -- selection helpers -----------------------------------------------------------------------

    def selected_layers(self) -> list[str]:
        return [item.layer_id for item in self.selectedItems() if isinstance(item, LayerItem)]

    def selected_edges(self) -> list[tuple[str, int, int]]:
        return [(item.connection_id, item.i, item.j) for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def selected_bundles(self) -> list[str]:
        return [item.connection_id for item in self.selectedItems() if isinstance(item, BundleItem)]

    def select_layers(self, layer_ids) -> None:
        self.clearSelection()
        for lid in layer_ids:
            if lid in self.layer_items:
                self.layer_items[lid].setSelected(True)
