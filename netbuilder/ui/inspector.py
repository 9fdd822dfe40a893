"""The inspector: the selection's settings, each edit an undoable command.

Nothing selected shows the network; a layer shows its name, size,
activation (with α or β), bias, dropout and initializer, and its biases as a
table; a connection or one of its edges shows the weight matrix as an
editable table (the edge's cell current), with the edge's own value and
its remove/restore switch on top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from ..model.catalog import ACTIVATIONS, INITIALIZERS, LOSSES
from ..model.layer import MAX_UNITS, MAX_WINDOW
from ..model.shapes import KIND_NAMES, PADDINGS, SHAPE_ONLY, WINDOWED, describe
from . import commands as C
from .canvas.items import BundleItem, EdgeItem, LayerItem
from .canvas.scene import NetworkScene
from .document import Document
from .editor import Editor
from .values import MatrixModel, parse_number


def _combo(entries: dict, context: str) -> QComboBox:
    box = QComboBox()
    for name, entry in entries.items():
        box.addItem(translate(context, entry.label), name)
    return box


def _set_combo(box: QComboBox, name: str) -> None:
    index = box.findData(name)
    if index >= 0:
        box.setCurrentIndex(index)


class _Page(QWidget):
    def __init__(self, inspector: "Inspector"):
        super().__init__()
        self.inspector = inspector
        self.loading = False

    @property
    def doc(self) -> Document:
        return self.inspector.doc

    @property
    def net(self):
        return self.inspector.doc.network

    def push(self, command) -> bool:
        if self.loading:
            return False
        return self.inspector.editor._push(command)


class NetworkPage(_Page):
    def __init__(self, inspector):
        super().__init__(inspector)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._name)
        form.addRow(translate("Inspector", "Name"), self.name)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(110)
        form.addRow(translate("Inspector", "Description"), self.description)
        self.description_timer = QTimer(self, singleShot=True, interval=800, timeout=self._description)
        self.description.textChanged.connect(lambda: None if self.loading else self.description_timer.start())
        self.loss = _combo(LOSSES, "Losses")
        self.loss.currentIndexChanged.connect(self._loss)
        form.addRow(translate("Inspector", "Loss"), self.loss)
        self.dtype = QComboBox()
        self.dtype.addItem(translate("Inspector", "float64 (exact, default)"), "float64")
        self.dtype.addItem(translate("Inspector", "float32 (faster on big data)"), "float32")
        self.dtype.currentIndexChanged.connect(self._dtype)
        form.addRow(translate("Inspector", "Numbers"), self.dtype)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        hint = QLabel(translate("Inspector", "Select a layer or a connection on the canvas to see its settings."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)

    def load(self) -> None:
        self.loading = True
        net = self.net
        self.name.setText(net.name)
        if self.description.toPlainText() != net.description:
            self.description.setPlainText(net.description)
        _set_combo(self.loss, net.training.loss.name)
        _set_combo(self.dtype, net.dtype)
        self.summary.setText(fill(translate("Inspector", "%1 layers, %2 connections, %3 parameters"),
                                  len(net.layers), len(net.connections), f"{net.parameter_count():,}"))
        self.loading = False

    def _name(self) -> None:
        text = self.name.text().strip()
        if text and text != self.net.name:
            self.push(C.SetSettings(self.net, {"name": text}, translate("Inspector", "Rename network")))

    def _description(self) -> None:
        text = self.description.toPlainText()
        if text != self.net.description:
            self.push(C.SetSettings(self.net, {"description": text}, translate("Inspector", "Edit description")))

    def _loss(self) -> None:
        name = self.loss.currentData()
        if name and name != self.net.training.loss.name:
            self.push(C.SetTraining(self.net, {"loss": name}, fill(translate("Inspector", "Set loss to %1"), name)))

    def _dtype(self) -> None:
        value = self.dtype.currentData()
        if value and value != self.net.dtype:
            self.push(C.SetSettings(self.net, {"dtype": value}, fill(translate("Inspector", "Compute in %1"), value)))


class LayerPage(_Page):
    def __init__(self, inspector):
        super().__init__(inspector)
        self.layer_id: str | None = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._change("name", self.name.text().strip()))
        form.addRow(translate("Inspector", "Name"), self.name)
        self.role = QComboBox()
        for role, label in (("input", QT_TRANSLATE_NOOP("Inspector", "Input")),
                            ("hidden", QT_TRANSLATE_NOOP("Inspector", "Hidden")),
                            ("output", QT_TRANSLATE_NOOP("Inspector", "Output"))):
            self.role.addItem(translate("Inspector", label), role)
        self.role.currentIndexChanged.connect(lambda: self._change("role", self.role.currentData()))
        form.addRow(translate("Inspector", "Role"), self.role)
        self.kind = QLabel()
        form.addRow(translate("Inspector", "Kind"), self.kind)
        self.units = QSpinBox()
        self.units.setRange(1, MAX_UNITS)
        self.units.setKeyboardTracking(False)
        self.units.valueChanged.connect(lambda v: self._change("units", v))
        self.units_label = QLabel(translate("Inspector", "Neurons"))
        form.addRow(self.units_label, self.units)
        # convolution and pooling: the window, its step and the padding
        self.kernel = _PairBox(lambda v: self._change("kernel_size", v))
        self.kernel_label = QLabel(translate("Inspector", "Kernel size"))
        form.addRow(self.kernel_label, self.kernel)
        self.strides = _PairBox(lambda v: self._change("strides", v))
        self.strides_label = QLabel(translate("Inspector", "Strides"))
        form.addRow(self.strides_label, self.strides)
        self.padding = QComboBox()
        for name, label in (("valid", QT_TRANSLATE_NOOP("Inspector", "valid (whole windows only)")),
                            ("same", QT_TRANSLATE_NOOP("Inspector", "same (pad to keep the size)"))):
            self.padding.addItem(translate("Inspector", label), name)
        self.padding.currentIndexChanged.connect(lambda: self._change("padding", self.padding.currentData()))
        self.padding_label = QLabel(translate("Inspector", "Padding"))
        form.addRow(self.padding_label, self.padding)
        self.output = QLabel()
        form.addRow(translate("Inspector", "Output"), self.output)
        self.form = form
        self.activation = _combo(ACTIVATIONS, "Activations")
        self.activation.currentIndexChanged.connect(self._activation)
        form.addRow(translate("Inspector", "Activation"), self.activation)
        self.param_label = QLabel("α")
        self.param = QDoubleSpinBox()
        self.param.setDecimals(4)
        self.param.setRange(-100.0, 100.0)
        self.param.setSingleStep(0.01)
        self.param.setKeyboardTracking(False)
        self.param.valueChanged.connect(self._activation)
        form.addRow(self.param_label, self.param)
        self.use_bias = QCheckBox(translate("Inspector", "Add a bias to each neuron"))
        self.use_bias.toggled.connect(lambda v: self._change("use_bias", v))
        self.activation_label = form.labelForField(self.activation)
        form.addRow(translate("Inspector", "Bias"), self.use_bias)
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.95)
        self.dropout.setSingleStep(0.05)
        self.dropout.setKeyboardTracking(False)
        self.dropout.valueChanged.connect(lambda v: self._change("dropout", round(v, 4)))
        form.addRow(translate("Inspector", "Dropout"), self.dropout)
        self.initializer = _combo(INITIALIZERS, "Initializers")
        self.initializer.currentIndexChanged.connect(lambda: self._change("kernel_initializer", self.initializer.currentData()))
        form.addRow(translate("Inspector", "Initial weights"), self.initializer)
        self.image = QLabel()
        form.addRow(translate("Inspector", "Image"), self.image)
        self.reinit = QPushButton(translate("Inspector", "Draw new incoming weights"))
        self.reinit.clicked.connect(self._reinitialize)
        outer.addWidget(self.reinit)
        self.bias_label = QLabel(translate("Inspector", "Biases (double-click a value to edit)"))
        outer.addWidget(self.bias_label)
        self.bias_table = QTableView()
        self.bias_table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.bias_table, 1)
        self.bias_model: MatrixModel | None = None

    def load(self, layer_id: str) -> None:
        self.loading = True
        self.layer_id = layer_id
        layer = self.net.layers[layer_id]
        self.name.setText(layer.name)
        _set_combo(self.role, layer.role)
        self.units.setValue(layer.units)
        self.kind.setText(translate("Inspector", "Input") if layer.role == "input" else KIND_NAMES[layer.kind])
        self.units_label.setText(translate("Inspector", "Filters") if layer.kind == "conv2d"
                                 else translate("Inspector", "Neurons"))
        windowed, shape_only = layer.kind in WINDOWED, layer.kind in SHAPE_ONLY
        self.kernel_label.setText(translate("Inspector", "Kernel size") if layer.kind == "conv2d"
                                  else translate("Inspector", "Pool size"))
        for widget in (self.kernel, self.strides, self.padding):
            self.form.setRowVisible(widget, windowed)
        if windowed:
            self.kernel.set_value(layer.kernel_size)
            self.strides.set_value(layer.strides)
            _set_combo(self.padding, layer.padding)
        for widget in (self.units, self.activation, self.use_bias, self.initializer):
            self.form.setRowVisible(widget, not shape_only)
        self.form.setRowVisible(self.image, layer.role == "input")
        self.output.setText(describe(self.net.shapes().get(layer_id)))
        _set_combo(self.activation, layer.activation.name)
        params = layer.activation.params
        key = "alpha" if "alpha" in params else "beta" if "beta" in params else None
        self.param_label.setVisible(key is not None)
        self.param.setVisible(key is not None)
        if key:
            self.param_label.setText("α" if key == "alpha" else "β")
            self.param.setValue(float(params[key]))
        is_input = layer.role == "input"
        for w in (self.activation, self.use_bias, self.initializer):
            w.setEnabled(not is_input)
        self.use_bias.setChecked(layer.use_bias)
        self.dropout.setValue(layer.dropout)
        _set_combo(self.initializer, layer.kernel_initializer.name)
        self.image.setText("×".join(map(str, layer.image_shape)) if layer.image_shape else translate("Inspector", "none"))
        self.reinit.setEnabled(bool(self.net.inbound(layer_id)) and not shape_only)
        self.reinit.setVisible(not shape_only)
        show_bias = not is_input and layer.use_bias
        self.bias_label.setVisible(show_bias)
        self.bias_table.setVisible(show_bias)
        if show_bias:
            self.bias_model = MatrixModel(
                lambda: self.net.layers[self.layer_id].bias,
                lambda i, j, v: self.inspector.editor.set_bias(self.layer_id, i, v),
                lambda i: f"{i + 1}", lambda j: "b",
            )
            self.bias_table.setModel(self.bias_model)
        self.loading = False

    def _change(self, key: str, value) -> None:
        if self.loading or self.layer_id is None:
            return
        layer = self.net.layers[self.layer_id]
        current = getattr(layer, key)
        if key == "kernel_initializer":
            current = current.name
        if value == current or (key == "name" and not value):
            return
        try:
            command = C.UpdateLayer(self.net, self.layer_id, {key: value})
            layer._apply  # the model validates in redo; check first so a refused value changes nothing
            trial = self.net.copy().layers[self.layer_id]
            trial._apply({key: value})
        except (ValueError, KeyError) as exc:
            self.inspector.message.emit(str(exc))
            self.load(self.layer_id)
            return
        if key == "name" and any(l.name == value for l in self.net.layers.values() if l.id != self.layer_id):
            self.inspector.message.emit(fill(translate("Inspector", "Another layer is already called “%1”."), value))
            self.load(self.layer_id)
            return
        self.push(command)

    def _activation(self) -> None:
        if self.loading or self.layer_id is None:
            return
        name = self.activation.currentData()
        entry = ACTIVATIONS[name]
        spec = {"name": name}
        if entry.params:
            spec[entry.params[0].name] = round(self.param.value(), 6) if self.param.isVisible() and name == self.net.layers[self.layer_id].activation.name else entry.params[0].default
        layer = self.net.layers[self.layer_id]
        if spec == layer.activation.get_config():
            return
        self.push(C.UpdateLayer(self.net, self.layer_id, {"activation": spec}))

    def _reinitialize(self) -> None:
        if self.layer_id is None:
            return
        conns = self.net.inbound(self.layer_id)
        macro = C.macro(fill(translate("Inspector", "Draw new weights into “%1”"), self.net.layers[self.layer_id].name))
        import numpy as np

        from ..model.initializers import initial_values

        rng = np.random.default_rng()
        for conn in conns:
            if not conn.has_weights:
                continue
            weights = initial_values(self.net.layers[self.layer_id].kernel_initializer, conn.shape, rng)
            C.SetWeights(self.net, conn.id, weights, macro.text(), parent=macro)
        self.push(macro)


class ConnectionPage(_Page):
    def __init__(self, inspector):
        super().__init__(inspector)
        self.connection_id: str | None = None
        self.edge: tuple[int, int] | None = None
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.edge_box = QWidget()
        edge_form = QFormLayout(self.edge_box)
        edge_form.setContentsMargins(0, 0, 0, 0)
        self.edge_label = QLabel()
        edge_form.addRow(self.edge_label)
        self.weight = QLineEdit()
        self.weight.editingFinished.connect(self._weight)
        edge_form.addRow(translate("Inspector", "Weight"), self.weight)
        self.edge_toggle = QPushButton()
        self.edge_toggle.clicked.connect(self._toggle_edge)
        edge_form.addRow(self.edge_toggle)
        outer.addWidget(self.edge_box)
        self.info = QLabel()
        self.info.setWordWrap(True)
        outer.addWidget(self.info)
        self.table = QTableView()
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.reinit = QPushButton(translate("Inspector", "Draw new weights"))
        self.reinit.clicked.connect(lambda: self.inspector.editor.reinitialize_connection(self.connection_id))
        self.delete = QPushButton(translate("Inspector", "Delete connection"))
        self.delete.clicked.connect(lambda: self.inspector.editor.delete_connection(self.connection_id))
        buttons.addWidget(self.reinit)
        buttons.addWidget(self.delete)
        outer.addLayout(buttons)
        self.model: MatrixModel | None = None

    def load(self, connection_id: str, edge: tuple[int, int] | None = None) -> None:
        self.loading = True
        self.connection_id, self.edge = connection_id, edge
        conn = self.net.connections[connection_id]
        src, dst = self.net.layers[conn.source], self.net.layers[conn.target]
        self.title.setText(f"{src.name} → {dst.name}")
        if conn.weights.ndim != 2:
            self._load_kernel(conn, src, dst)
            self.loading = False
            return
        self.table.setVisible(True)
        self.reinit.setVisible(True)
        rows, cols = conn.shape
        removed = rows * cols - conn.parameter_count
        info = fill(translate("Inspector", "%1 × %2 weights: row = neuron of “%3”, column = neuron of “%4”."), rows, cols, src.name, dst.name)
        if removed:
            info += " " + fill(translate("Inspector", "%1 edges removed (in brackets)."), removed)
        self.info.setText(info)
        if self.model is None or self.table.model() is not self.model or getattr(self.model, "cid", None) != connection_id:
            self.model = MatrixModel(
                lambda: self.net.connections[self.connection_id].weights,
                lambda i, j, v: self.inspector.editor.set_weight(self.connection_id, i, j, v),
                lambda i: f"{src.name[:10]} {i + 1}", lambda j: f"→ {j + 1}",
                enabled=lambda i, j: self.net.connections[self.connection_id].is_enabled(i, j),
            )
            self.model.cid = connection_id
            self.table.setModel(self.model)
        else:
            self.model.refresh()
        self.edge_box.setVisible(edge is not None)
        if edge is not None:
            i, j = edge
            self.edge_label.setText(fill(translate("Inspector", "Edge from neuron %1 of “%2” to neuron %3 of “%4”"), i + 1, src.name, j + 1, dst.name))
            self.weight.setText(repr(float(conn.weights[i, j])))
            enabled = conn.is_enabled(i, j)
            self.edge_toggle.setText(translate("Inspector", "Remove this edge") if enabled else translate("Inspector", "Restore this edge"))
            if rows * cols <= 100_000:
                self.table.setCurrentIndex(self.model.index(i, j))
        self.loading = False

    def _load_kernel(self, conn, src, dst) -> None:
        """A convolution's kernel (its filters as images are in the Filters panel), or no weights at all."""
        self.edge_box.setVisible(False)
        if not conn.has_weights:
            self.info.setText(fill(translate("Inspector", "No weights: “%1” pools or flattens what “%2” gives."),
                                   dst.name, src.name))
            self.table.setVisible(False)
            self.reinit.setVisible(False)
            return
        kh, kw, cin, filters = conn.shape
        self.info.setText(fill(translate("Inspector", "%1 filters, each %2×%3 over %4 channels: row = kernel position "
                                                      "(row, column, channel), column = filter."), filters, kh, kw, cin))
        self.table.setVisible(True)
        self.reinit.setVisible(True)
        cid = conn.id
        self.model = MatrixModel(
            lambda: self.net.connections[cid].weights.reshape(-1, filters),
            lambda i, j, v: self.inspector.editor.set_kernel_weight(cid, i, j, v),
            lambda i: f"{i // (kw * cin) + 1},{i // cin % kw + 1},{i % cin + 1}", lambda j: fill(translate("Inspector", "filter %1"), j + 1),
        )
        self.model.cid = cid
        self.table.setModel(self.model)

    def _weight(self) -> None:
        if self.loading or self.edge is None:
            return
        try:
            value = parse_number(self.weight.text())
        except (ValueError, ZeroDivisionError):
            self.inspector.message.emit(fill(translate("Inspector", "“%1” is not a number."), self.weight.text()))
            self.load(self.connection_id, self.edge)
            return
        i, j = self.edge
        if value != float(self.net.connections[self.connection_id].weights[i, j]):
            self.inspector.editor.set_weight(self.connection_id, i, j, value)

    def _toggle_edge(self) -> None:
        i, j = self.edge
        conn = self.net.connections[self.connection_id]
        self.inspector.editor.set_edge_enabled(self.connection_id, i, j, not conn.is_enabled(i, j))


class _PairBox(QWidget):
    """Two spin boxes for a window's height and width (a kernel 3×3, strides 2×2)."""

    def __init__(self, changed):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes = []
        for _ in range(2):
            box = QSpinBox()
            box.setRange(1, MAX_WINDOW)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda _v: None if self._loading else changed(self.value()))
            row.addWidget(box)
            self.boxes.append(box)
        self._loading = False

    def value(self) -> tuple[int, int]:
        return (self.boxes[0].value(), self.boxes[1].value())

    def set_value(self, pair) -> None:
        self._loading = True
        for box, v in zip(self.boxes, pair):
            box.setValue(int(v))
        self._loading = False


class Inspector(QWidget):
    message = Signal(str)

    def __init__(self, document: Document, scene: NetworkScene, editor: Editor, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.doc, self.scene, self.editor = document, scene, editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.network_page = NetworkPage(self)
        self.layer_page = LayerPage(self)
        self.connection_page = ConnectionPage(self)
        self.multi_page = QLabel()
        self.multi_page.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.multi_page.setWordWrap(True)
        for page in (self.network_page, self.layer_page, self.connection_page, self.multi_page):
            self.stack.addWidget(page)
        self._reload = QTimer(self, singleShot=True, interval=0, timeout=self.reload)
        scene.selectionChanged.connect(self._reload.start)
        document.changed.connect(self._reload.start)
        document.lockedChanged.connect(lambda locked: self.stack.setEnabled(not locked))
        self.reload()

    def reload(self) -> None:
        """Show the page for the current selection, with fresh values."""
        try:
            selected = self.scene.selectedItems()
        except RuntimeError:  # the scene is being torn down
            return
        layers = [i for i in selected if isinstance(i, LayerItem) and i.layer_id in self.doc.network.layers]
        edges = [i for i in selected if isinstance(i, EdgeItem) and i.connection_id in self.doc.network.connections]
        bundles = [i for i in selected if isinstance(i, BundleItem) and i.connection_id in self.doc.network.connections]
        total = len(layers) + len(edges) + len(bundles)
        if total == 0:
            self.network_page.load()
            self.stack.setCurrentWidget(self.network_page)
        elif total == 1 and layers:
            self.layer_page.load(layers[0].layer_id)
            self.stack.setCurrentWidget(self.layer_page)
        elif total == 1 and edges:
            self.connection_page.load(edges[0].connection_id, (edges[0].i, edges[0].j))
            self.stack.setCurrentWidget(self.connection_page)
        elif total == 1 and bundles:
            self.connection_page.load(bundles[0].connection_id)
            self.stack.setCurrentWidget(self.connection_page)
        else:
            self.multi_page.setText(fill(translate("Inspector", "%1 items selected. Delete removes them; Ctrl+C copies the layers."), total))
            self.stack.setCurrentWidget(self.multi_page)

    def show_connection(self, connection_id: str) -> None:
        self.connection_page.load(connection_id)
        self.stack.setCurrentWidget(self.connection_page)
