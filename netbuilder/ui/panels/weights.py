"""A connection's weight matrix as a heatmap: row i is the source neuron, column j the target neuron.

Orange is negative and blue positive, as on the canvas (Okabe–Ito, colour-blind
safe), white is zero. The colour levels are symmetric around zero and stay
fixed while the network trains — they only widen, in steps of 1, 2, 5 × 10ⁿ,
when a value outgrows them — so a colour keeps its meaning from one frame
to the next. The same view shows the gradients of the last training step.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QComboBox, QLabel

from ...i18n import fill, translate
from .base import Panel, diverging_map, foreground, format_value, integer_ticks, nice_ceil, style_plot

#: Matrices with at most this many cells show each value written in its cell.
TEXT_LIMIT = 64

WEIGHTS, GRADIENTS = "weights", "gradients"


class WeightsPanel(Panel):
    export_name = "weights"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightsPanel")
        self.connection_box = QComboBox()
        self.connection_box.setObjectName("connectionChoice")
        self.connection_box.setToolTip(translate("Panels", "The connection whose weight matrix is shown"))
        self.connection_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.connection_box.currentIndexChanged.connect(self._connection_chosen)
        self.controls.addWidget(self.connection_box)
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("weightsOrGradients")
        self.mode_box.addItem(translate("Panels", "Weights"), WEIGHTS)
        self.mode_box.addItem(translate("Panels", "Gradients (last step)"), GRADIENTS)
        self.mode_box.setToolTip(translate("Panels", "Show the weights, or dL/dw of the last training step"))
        self.mode_box.currentIndexChanged.connect(lambda _: self._mode_changed())
        self.controls.addWidget(self.mode_box)
        self.finish_controls()
        self.hover_label = QLabel(" ")
        self.hover_label.setObjectName("hoverValue")
        self.body.addWidget(self.hover_label)

        self.plot = self.graphics.addPlot(row=0, col=0)
        style_plot(self.plot)
        self.plot.invertY(True)  # row 1 at the top, as a matrix is written
        self.plot.setDefaultPadding(0.0)
        self.plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        # pixel (i, j) is centred on (j + 1, i + 1): the axes count neurons from 1, as the canvas does
        self.image.setTransform(QTransform().translate(0.5, 0.5))
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=diverging_map(), interactive=False, width=14,
                                          colorMapMenu=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        style_plot(self.colour_bar)
        self.message = pg.TextItem("", color=foreground(), anchor=(0.5, 0.5))
        self.plot.addItem(self.message, ignoreBounds=True)
        self._texts: list[pg.TextItem] = []
        self._text_shape: tuple[int, int] | None = None
        self._tick_shape: tuple[int, int] | None = None
        self.graphics.scene().sigMouseMoved.connect(self._hover)

        self.network = None
        self._names: dict[str, tuple[str, str]] = {}  # connection id -> (source name, target name)
        self.weights: dict[str, np.ndarray] = {}
        self.gradients: dict[str, np.ndarray] | None = None
        self._levels: dict[tuple[str, str], float] = {}
        #: The matrix drawn now (what hovering reads).
        self.shown: np.ndarray | None = None
        self.redraw()

    # -- what to show --------------------------------------------------------------------------

    @property
    def connection_id(self) -> str | None:
        return self.connection_box.currentData()

    @property
    def mode(self) -> str:
        return self.mode_box.currentData()

    @property
    def cell_texts(self) -> list[str]:
        """The values written in the cells of a small matrix, row by row (none for a large one)."""
        return [t.toPlainText() for t in self._texts]

    def set_connection(self, connection_id: str) -> None:
        index = self.connection_box.findData(connection_id)
        if index >= 0:
            self.connection_box.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))

    def set_network(self, network) -> None:
        """Fill the connection list (names and sizes); keeps the chosen connection when it still exists."""
        self.network = network
        current = self.connection_id
        self._names = {}
        self.connection_box.blockSignals(True)
        self.connection_box.clear()
        for conn in network.connections.values():
            if conn.weights.ndim != 2:  # kernels are shown by the Filters panel; pooling has no weights
                continue
            src, dst = network.layers[conn.source], network.layers[conn.target]
            self._names[conn.id] = (src.name, dst.name)
            rows, cols = conn.shape
            self.connection_box.addItem(f"{src.name} → {dst.name}  ({rows}×{cols})", conn.id)
        index = self.connection_box.findData(current)
        self.connection_box.setCurrentIndex(index if index >= 0 else 0)
        self.connection_box.blockSignals(False)
        self._levels.clear()
        self.redraw()

    def show_parameters(self, parameters, gradients=None) -> None:
        """Show these values (a snapshot's, or the document's when no training runs)."""
        self.weights = dict(parameters.weights) if parameters is not None else {}
        self.gradients = dict(gradients.weights) if gradients is not None else None
        self.request_redraw()

    def show_network(self, network) -> None:
        """The document's own weights (masked edges drawn as 0)."""
        self.weights = {cid: c.effective_weights() for cid, c in network.connections.items()}
        self.gradients = None
        self.request_redraw()

    def begin_run(self, label: str) -> None:
        self._levels.clear()

    def add_snapshot(self, snapshot) -> None:
        self.show_parameters(snapshot.parameters, snapshot.gradients)

    # -- drawing ---------------------------------------------------------------------------------

    def _connection_chosen(self) -> None:
        self._clear_texts()
        self.redraw()
        self.plot.getViewBox().autoRange(padding=0)

    def _mode_changed(self) -> None:
        self.redraw()

    def _matrix(self) -> np.ndarray | None:
        cid = self.connection_id
        if cid is None:
            return None
        source = self.gradients if self.mode == GRADIENTS else self.weights
        if source is None:
            return None
        return source.get(cid)

    def level(self, matrix: np.ndarray) -> float:
        """The symmetric colour range ±m for this connection and mode: grows, never shrinks, during a run."""
        key = (self.connection_id, self.mode)
        finite = matrix[np.isfinite(matrix)]
        peak = float(np.abs(finite).max()) if finite.size else 0.0
        if self.mode == GRADIENTS:
            peak = peak or 1e-12
        level = max(self._levels.get(key, 0.0), nice_ceil(peak) if peak > 0 else (1.0 if self.mode == WEIGHTS else 1e-12))
        self._levels[key] = level
        return level

    def redraw(self) -> None:
        m = self._matrix()
        cid = self.connection_id
        if m is None:
            self.shown = None
            self.image.clear()
            self._clear_texts()
            if cid is None:
                text = translate("Panels", "This network has no connections yet.")
            elif self.mode == GRADIENTS:
                text = translate("Panels", "No gradients yet: they appear once training runs.")
            else:
                text = ""
            self.message.setText(text)
            self.message.setPos(0.5, 0.5)
            return
        self.message.setText("")
        m = np.asarray(m)
        self.shown = m
        level = self.level(m)
        self.image.setImage(m, autoLevels=False, levels=(-level, level))
        self.colour_bar.setLevels((-level, level))
        src, dst = self._names.get(cid, ("", ""))
        self.plot.setLabel("left", fill(translate("Panels", "row: neuron of %1"), src))
        self.plot.setLabel("bottom", fill(translate("Panels", "column: neuron of %1"), dst))
        if m.shape != self._tick_shape:
            self._tick_shape = m.shape
            self.plot.getAxis("left").setTicks([integer_ticks(m.shape[0]), []])
            self.plot.getAxis("bottom").setTicks([integer_ticks(m.shape[1]), []])
            self.plot.getViewBox().autoRange(padding=0)
        self._update_texts(m, level)

    # -- values written in small matrices ---------------------------------------------------------

    def _clear_texts(self) -> None:
        for t in self._texts:
            self.plot.removeItem(t)
        self._texts = []
        self._text_shape = None

    def _update_texts(self, m: np.ndarray, level: float) -> None:
        rows, cols = m.shape
        if rows * cols > TEXT_LIMIT:
            if self._texts:
                self._clear_texts()
            return
        if self._text_shape != m.shape:
            self._clear_texts()
            for i in range(rows):
                for j in range(cols):
                    t = pg.TextItem("", anchor=(0.5, 0.5))
                    t.setPos(j + 1, i + 1)
                    self.plot.addItem(t)
                    self._texts.append(t)
            self._text_shape = m.shape
        digits = 3 if self.mode == WEIGHTS else 2
        for t, value in zip(self._texts, m.ravel()):
            t.setText(format_value(float(value), digits))
            # dark text on pale cells, white on strong ones
            t.setColor(QColor("white") if abs(value) > 0.6 * level else QColor("#202020"))

    # -- hovering -----------------------------------------------------------------------------------

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column), 0-based, under view coordinates (x, y), or None outside the matrix."""
        if self.shown is None:
            return None
        i, j = math.floor(y - 0.5), math.floor(x - 0.5)
        rows, cols = self.shown.shape
        if 0 <= i < rows and 0 <= j < cols:
            return i, j
        return None

    def describe(self, i: int, j: int) -> str:
        """"row i, column j: value" (1-based, as the axes are numbered)."""
        what = translate("Panels", "weight") if self.mode == WEIGHTS else translate("Panels", "gradient")
        return fill(translate("Panels", "row %1, column %2: %3 %4"), i + 1, j + 1, what,
                    format_value(float(self.shown[i, j]), 6))

    def _hover(self, scene_pos: QPointF) -> None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            self.hover_label.setText(" ")
            return
        p = vb.mapSceneToView(scene_pos)
        cell = self.cell_at(p.x(), p.y())
        self.hover_label.setText(self.describe(*cell) if cell else " ")
