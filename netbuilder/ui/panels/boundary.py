"""The decision boundary: the network's output over the input plane, with the data on top.

As in TensorFlow Playground, the background is the network's answer at
every point of the plane (orange for class 0, blue for class 1, paler where
it is unsure), training points are circles and test points squares. Below,
one small picture per hidden neuron shows what that neuron computes over the
same plane: the pieces the output layer combines.

Everything is computed by the engine (:mod:`netbuilder.engine.probes`); the
panel only chooses colours.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget

from ...i18n import fill, translate
from .base import (
    ElidedLabel,
    CLASS_COLOURS, Panel, background, diverging_map, foreground, label_item, neutral, nice_ceil, no_mouse, style_plot,
)

#: Thumbnails per row, and at most this many in all.
THUMBS_PER_ROW = 8
MAX_THUMBS = 48
THUMB_SIZE = 58
#: Output ranges of bounded activations (the thumbnails' fixed colour levels).
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}


def class_colours(n: int) -> np.ndarray:
    """(n, 3) uint8 RGB, Okabe–Ito; class 0 orange, class 1 blue."""
    return np.array([QColor(CLASS_COLOURS[k % len(CLASS_COLOURS)]).getRgb()[:3] for k in range(n)], dtype=np.uint8)


def _rect(xs: np.ndarray, ys: np.ndarray) -> QRectF:
    """The image's rectangle in data units: each pixel centred on its grid point."""
    dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
    dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
    return QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys))


class _Thumbs:
    """The strip of per-neuron pictures: view boxes made once per network shape, images updated in place."""

    def __init__(self, widget: pg.GraphicsLayoutWidget):
        self.widget = widget
        self.images: dict[tuple[str, int], pg.ImageItem] = {}
        self.key: tuple = ()

    def build(self, layers: list[tuple[str, str, str, int]]) -> None:
        """``layers``: (id, name, activation, units) of each hidden layer."""
        key = tuple(layers)
        if key == self.key:
            return
        self.key = key
        self.widget.clear()
        self.images = {}
        row, shown, thumb_rows = 0, 0, 0
        cmap = diverging_map()
        for lid, name, act, units in layers:
            title = label_item(f"{name} · {act}", size="8pt", justify="left")
            self.widget.addItem(title, row=row, col=0, colspan=THUMBS_PER_ROW)
            row += 1
            count = max(0, min(units, MAX_THUMBS - shown))
            for k in range(count):
                vb = self.widget.addViewBox(row=row + k // THUMBS_PER_ROW, col=k % THUMBS_PER_ROW)
                vb.setAspectLocked(True)
                no_mouse(vb)
                vb.setFixedWidth(THUMB_SIZE)
                vb.setFixedHeight(THUMB_SIZE)
                vb.setBorder(pg.mkPen(QColor(foreground().red(), foreground().green(), foreground().blue(), 60)))
                img = pg.ImageItem(axisOrder="row-major")
                img.setColorMap(cmap)
                img.setToolTip(fill(translate("Panels", "neuron %1 of %2"), k + 1, name))
                vb.addItem(img)
                self.images[(lid, k)] = img
            shown += count
            rows = (count + THUMBS_PER_ROW - 1) // THUMBS_PER_ROW
            row += rows
            thumb_rows += rows
        self.widget.setFixedHeight(len(layers) * 24 + thumb_rows * (THUMB_SIZE + 8) + 12 if layers else 0)

    def update(self, neurons: dict[str, np.ndarray], activations: dict[str, str], xs, ys) -> None:
        rect = _rect(xs, ys)
        peaks: dict[str, float] = {}
        for (lid, k), img in self.images.items():
            values = neurons.get(lid)
            if values is None or k >= len(values):
                img.clear()
                continue
            act = activations.get(lid, "")
            if act in BOUNDED:
                lo, hi = BOUNDED[act]
            else:
                if lid not in peaks:
                    finite = values[np.isfinite(values)]
                    peaks[lid] = nice_ceil(float(np.abs(finite).max())) if finite.size else 1.0
                lo, hi = -peaks[lid], peaks[lid]
            img.setImage(values[k], autoLevels=False, levels=(lo, hi))
            img.setRect(rect)


class BoundaryPanel(Panel):
    export_name = "decision-boundary"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("boundaryPanel")
        self.caption = ElidedLabel(" ")
        self.caption.setObjectName("boundaryCaption")
        self.controls.addWidget(self.caption, 1)
        self.finish_controls()

        self.plot = self.graphics.addPlot(row=0, col=0)
        for side in ("left", "bottom"):  # plain numbers: no "(x0.001)" rescaling of a small plane
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        style_plot(self.plot)
        self.plot.setDefaultPadding(0.0)
        self.plot.setAspectLocked(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.plot.addItem(self.image)
        edge = QColor(background())
        self.train_points = pg.ScatterPlotItem(symbol="o", size=8, pen=pg.mkPen(edge, width=1.2), name=translate("Panels", "training data"))
        self.test_points = pg.ScatterPlotItem(symbol="s", size=8, pen=pg.mkPen(foreground(), width=1.2), name=translate("Panels", "test data"))
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        # the legend sits under the plane, where it cannot hide a data point
        self.legend = pg.LegendItem(labelTextColor=foreground(), labelTextSize="8pt", colCount=2,
                                    verSpacing=-6, horSpacing=20)
        self.legend.setMaximumHeight(26)
        self.graphics.addItem(self.legend, row=1, col=0)
        self._train_sample = self._legend_sample("o", edge)
        self._test_sample = self._legend_sample("s", foreground())
        self.legend.addItem(self._train_sample, translate("Panels", "training data"))
        self.legend.addItem(self._test_sample, translate("Panels", "test data"))
        self._has_test_entry = True

        self.thumbs_widget = pg.GraphicsLayoutWidget()
        self.thumbs_widget.setBackground(background())
        self.thumbs_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.thumbs = _Thumbs(self.thumbs_widget)
        self.body.addWidget(self.thumbs_widget)

        self.empty = QLabel(translate("Panels", "The decision boundary is drawn for networks with two inputs "
                                               "(two input columns in the data), such as XOR or the spiral."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("boundaryPlaceholder")
        self.stack = QStackedWidget()
        self.body.replaceWidget(self.graphics, self.stack)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty)
        self.body.setStretchFactor(self.stack, 1)

        self.network = None
        self.boundary = None
        self._activations: dict[str, str] = {}
        self._points_key: dict[str, tuple] = {}
        self._value_levels: tuple[float, float] | None = None
        self._image_mode = ""
        self._background_map = diverging_map(0.55)
        self._rect_key: tuple | None = None
        self._axis_names = ("x₁", "x₂")
        self.class_names: list[str] = []
        self.stack.setCurrentWidget(self.empty)

    @staticmethod
    def _legend_sample(symbol: str, pen) -> pg.ScatterPlotItem:
        return pg.ScatterPlotItem(symbol=symbol, size=8, pen=pg.mkPen(pen, width=1.2), brush=pg.mkBrush("#9A9A9A"))

    # -- network and data ----------------------------------------------------------------------------

    def set_network(self, network) -> None:
        self.network = network
        try:
            order = network.topological_order()
        except Exception:
            return
        spec = network.dataset if isinstance(network.dataset, dict) else {}
        inputs = network.input_layer
        plane = inputs is not None and (inputs.units == 2 or spec.get("features") is not None)
        # Thumbnails show each hidden neuron over the input plane: none without a plane (MNIST's 784 inputs).
        hidden = [network.layers[lid] for lid in order if plane and network.layers[lid].role == "hidden"]
        self._activations = {lid: network.layers[lid].activation.name for lid in order}
        self.thumbs.build([(l.id, l.name, l.activation.name, l.units) for l in hidden])
        spec = network.dataset or {}
        names = spec.get("feature_names") if isinstance(spec, dict) else None
        if isinstance(names, (list, tuple)) and len(names) >= 2:
            self._axis_names = (str(names[0]), str(names[1]))
        else:
            self._axis_names = ("x₁", "x₂")
        self.plot.setLabel("bottom", self._axis_names[0])
        self.plot.setLabel("left", self._axis_names[1])
        self._value_levels = None
        self.request_redraw()

    def set_axis_names(self, first: str, second: str) -> None:
        self._axis_names = (first, second)
        self.plot.setLabel("bottom", first)
        self.plot.setLabel("left", second)

    def show_boundary(self, boundary) -> None:
        """A :class:`~netbuilder.engine.snapshot.Boundary`, or None: no picture (not a 2-D problem)."""
        self.boundary = boundary
        self.request_redraw()

    def clear(self) -> None:
        self.boundary = None
        self._points_key = {}
        self.request_redraw()

    def begin_run(self, label: str) -> None:
        self._value_levels = None

    def add_snapshot(self, snapshot) -> None:
        if snapshot.boundary is not None:
            self.show_boundary(snapshot.boundary)

    # -- drawing ----------------------------------------------------------------------------------------

    def redraw(self) -> None:
        b = self.boundary
        if b is None:
            self.stack.setCurrentWidget(self.empty)
            self._show_thumbs(False)
            return
        self.stack.setCurrentWidget(self.graphics)
        self._show_thumbs(bool(self.thumbs.images))
        rect = _rect(b.xs, b.ys)
        mode = "rgb" if b.kind == "class" else "map"
        if mode != self._image_mode:
            if mode == "rgb":
                self.image.setLookupTable(None)
            else:
                self.image.setColorMap(self._background_map)
            self._image_mode = mode
        if mode == "rgb":
            self.image.setImage(self._class_image(b), autoLevels=False, levels=(0, 255))
        else:
            self.image.setImage(b.output, autoLevels=False, levels=self._levels(b))
        self.image.setRect(rect)
        key = (rect.x(), rect.y(), rect.width(), rect.height())
        if key != self._rect_key:  # a new plane: show all of it (the user may zoom afterwards)
            self._rect_key = key
            ratio = rect.width() / rect.height() if rect.height() > 0 else 1.0
            # equal units on both axes, as a plane should be drawn, unless that would squash it
            self.plot.setAspectLocked(0.25 <= ratio <= 4.0, ratio=1.0)
            self.plot.setRange(rect, padding=0)
        self._draw_points(b)
        self.thumbs.update(b.neurons, self._activations, b.xs, b.ys)
        self.caption.setText(self._caption(b))

    #: The plane keeps at least this many pixels of height; the thumbnails give way in a short dock.
    MIN_PLANE = 260

    def _show_thumbs(self, wanted: bool) -> None:
        self._thumbs_wanted = wanted
        room = self.height() - self.thumbs_widget.maximumHeight() >= self.MIN_PLANE
        self.thumbs_widget.setVisible(wanted and room)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_thumbs(getattr(self, "_thumbs_wanted", False))

    def _levels(self, b) -> tuple[float, float]:
        if b.kind == "probability":
            t = b.threshold
            return (0.0, 1.0) if t == 0.5 else (t - 1.0, t + 1.0)
        # regression: the targets' range (fixed for the run), widened when the output leaves it
        values = [b.output[np.isfinite(b.output)]]
        values += [np.asarray(v, dtype=np.float64) for v in b.labels.values()]
        finite = np.concatenate([v.ravel() for v in values]) if values else np.zeros(1)
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if self._value_levels is not None:
            lo, hi = min(lo, self._value_levels[0]), max(hi, self._value_levels[1])
        if hi <= lo:
            hi = lo + 1.0
        self._value_levels = (lo, hi)
        return lo, hi

    def _class_image(self, b) -> np.ndarray:
        """RGB of the arg-max class, paler where the network is less sure (display colours only)."""
        classes = np.asarray(b.output, dtype=np.int64)
        out_id = next(reversed(b.neurons), None) if b.neurons else None
        probs = b.neurons.get(out_id) if out_id is not None else None
        k = int(max(classes.max() + 1, len(probs) if probs is not None else 0, 2))
        colours = class_colours(k).astype(np.float32)
        mid = np.array(neutral().getRgb()[:3], dtype=np.float32)
        rgb = colours[classes]
        if probs is not None and len(probs) == k:
            sure = (probs.max(axis=0) - 1.0 / k) / (1.0 - 1.0 / k)
            strength = (0.2 + 0.45 * np.clip(sure, 0.0, 1.0))[..., None]
        else:
            strength = 0.55
        return (mid + (rgb - mid) * strength).astype(np.uint8)

    def _point_brushes(self, b, labels: np.ndarray):
        if b.kind == "value":
            lo, hi = self._value_levels or (0.0, 1.0)
            cmap = diverging_map()
            return [pg.mkBrush(c) for c in cmap.map((labels - lo) / (hi - lo or 1.0), mode="qcolor")]
        colours = CLASS_COLOURS
        return [pg.mkBrush(colours[int(c) % len(colours)]) for c in labels]

    def _show_test_entry(self, visible: bool) -> None:
        if visible != self._has_test_entry:
            self._has_test_entry = visible
            if visible:
                self.legend.addItem(self._test_sample, translate("Panels", "test data"))
            else:
                self.legend.removeItem(self._test_sample)

    def _draw_points(self, b) -> None:
        self._show_test_entry(len(b.points.get("test", ())) > 0)
        for name, item in (("train", self.train_points), ("test", self.test_points)):
            pts = b.points.get(name)
            labels = b.labels.get(name)
            key = (id(pts), id(labels), b.kind)
            if self._points_key.get(name) == key:
                continue  # the same arrays as last time: nothing to redo
            self._points_key[name] = key
            if pts is None or len(pts) == 0:
                item.setData([], [])
                continue
            size = 12 if len(pts) <= 50 else (8 if len(pts) <= 1000 else 5)  # few points drawn larger
            if labels is None:
                item.setData(pts[:, 0], pts[:, 1], brush=pg.mkBrush("#9A9A9A"), size=size)
            else:
                item.setData(pts[:, 0], pts[:, 1], brush=self._point_brushes(b, np.asarray(labels)), size=size)

    def _caption(self, b) -> str:
        if b.kind == "probability":
            return fill(translate("Panels", "Colour: the network's output (probability of class 1); white is %1"),
                        f"{b.threshold:g}")
        if b.kind == "class":
            return translate("Panels", "Colour: the class the network chooses, paler where it is less sure")
        return translate("Panels", "Colour: the network's output value")
