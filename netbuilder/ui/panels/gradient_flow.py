"""Gradient flow: how strongly each layer learns, over the run, on a logarithmic scale.

One curve per layer with weights (dense and convolution layers), first layer to last: ‖dL/dW‖, the norm
of the gradient of the layer's incoming weights, averaged over the steps between two reports — or the
spread (standard deviation) of the layer's weights or of its outputs. In a deep sigmoid network the first
layer's gradient is ten or a hundred times smaller than the last's (Nielsen's chapter 5: the vanishing
gradient), so its line runs far below the others; with ReLU the lines stay together; lines that climb
apart are exploding gradients. The line above the plot says which it is.

Everything comes from the engine (:mod:`netbuilder.engine.health`, carried by each snapshot's ``health``);
the panel only draws it. Between runs it keeps the last run's curves; the line above says what the
network's weights give now, when the window can compute it (:meth:`show_health`).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSizePolicy

from ...i18n import fill, translate
from .base import Panel, Series, foreground, format_value, legend, settle_ranges, style_plot

#: What can be drawn: the attribute of :class:`~netbuilder.engine.health.LayerHealth` and its axis title.
QUANTITIES = ("grad_norm", "weight_std", "activation_std")
#: The axis titles (the choice above the plot says them in words).
AXIS_TITLES = {"grad_norm": "‖dL/dW‖", "weight_std": "σ(W)", "activation_std": "σ(a)"}
#: Layer colours, first layer to last: Okabe–Ito (colour-blind safe); past eight, dashed lines repeat them.
LAYER_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C564B", "#999999"]
#: The first layer's gradient below this share of the last's (or above its inverse) is called vanishing
#: (exploding): Nielsen's deep sigmoid network is at about 1/100.
VANISHING = 0.1


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_tick(value: float, all_mantissas: bool) -> str:
    """A tick of a log axis as a number: 0.02, 5, 1000, 10⁻⁵, 2·10⁻⁶ — the decades always, 2 and 5 between
    them when the axis spans few decades, nothing for the other minor ticks."""
    if not math.isfinite(value) or value <= 0:
        return ""
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = round(value / 10.0**exponent, 6)
    if mantissa != 1 and not (all_mantissas and mantissa in (2, 5)):
        return ""
    if -3 <= exponent <= 4:
        return f"{value:.{max(0, -exponent)}f}"
    power = "10" + str(exponent).translate(_SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa:g}·{power}"


class LogAxis(pg.AxisItem):
    """An axis whose log-scale ticks read as plain numbers (see :func:`log_tick`)."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        values = [float(v) for v in values]
        span = (max(values) - min(values)) if values else 0.0
        return [log_tick(10.0**v * scale, span < 2.5) for v in values]


def quantity_label(key: str) -> str:
    return {
        "grad_norm": translate("Panels", "‖dL/dW‖: gradient of the weights"),
        "weight_std": translate("Panels", "σ of the weights"),
        "activation_std": translate("Panels", "σ of the outputs"),
    }[key]


def ratio_text(ratio: float) -> str:
    """0.0238 → "1/42", 35.2 → "35×" (two significant digits)."""
    if ratio <= 0 or not math.isfinite(ratio):
        return "—"
    if ratio < 1:
        return f"1/{1 / ratio:.2g}"
    return f"{ratio:.2g}×"


def flow_text(norms: list[float]) -> str:
    """What the first and the last layer's ‖dL/dW‖ say, in a sentence."""
    finite = [n for n in norms if n is not None and math.isfinite(n)]
    if len(norms) < 2 or len(finite) != len(norms):
        return ""
    first, last = norms[0], norms[-1]
    if last <= 0:
        return translate("Panels", "No gradient reaches the last layer: every weight stays as it is.")
    ratio = first / last
    if ratio < VANISHING:
        return fill(translate("Panels", "The first layer's gradient is %1 of the last's: it vanishes on its way "
                                        "back, so the first layers learn slowly (vanishing gradient)."),
                    ratio_text(ratio))
    if ratio > 1 / VANISHING:
        return fill(translate("Panels", "The first layer's gradient is %1 the last's: it grows on its way back "
                                        "(exploding gradient); a lower learning rate helps."), ratio_text(ratio))
    return fill(translate("Panels", "The gradient reaches every layer: the first layer's is %1 times the last's."),
                f"{ratio:.2g}")


class TwoLineLabel(QLabel):
    """A sentence wrapped into two lines of fixed height (cut with "…" past them, in full as its tooltip).

    A word-wrapping label asks its layout for a height for each width, which makes a panel in a scroll area
    as tall as its plot's size hint; this one keeps two lines whatever the width.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 2 * self.fontMetrics().lineSpacing() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)


class _Curve:
    """One layer: its series of every quantity, and its line."""

    def __init__(self, plot: pg.PlotItem, index: int, name: str):
        colour = LAYER_COLOURS[index % len(LAYER_COLOURS)]
        style = Qt.PenStyle.SolidLine if index < len(LAYER_COLOURS) else Qt.PenStyle.DashLine
        self.name = name
        self.colour = colour
        self.item = plot.plot(pen=pg.mkPen(colour, width=2, style=style), name=name, connect="finite")
        self.item.setDownsampling(auto=True, method="peak")
        self.item.setClipToView(True)
        self.series = {key: Series(256) for key in QUANTITIES}


class GradientFlowPanel(Panel):
    export_name = "gradient-flow"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gradientFlowPanel")
        # what the lines say, in a sentence of its own above the plot (it is the point of the panel)
        self.summary = TwoLineLabel()
        self.summary.setObjectName("gradientFlowSummary")
        self.body.insertWidget(1, self.summary)
        self.quantity_box = QComboBox()
        self.quantity_box.setObjectName("gradientFlowQuantity")
        for key in QUANTITIES:
            self.quantity_box.addItem(quantity_label(key), key)
        self.quantity_box.setToolTip(translate("Panels", "What to draw for each layer: the norm of its weights' "
                                                         "gradient, or the spread of its weights or of its outputs"))
        self.quantity_box.currentIndexChanged.connect(lambda _: self._quantity_changed())
        self.controls.addWidget(self.quantity_box)
        self.log_box = QCheckBox(translate("Panels", "Log scale"))
        self.log_box.setToolTip(translate("Panels", "A logarithmic scale: a layer whose gradient is 100 times "
                                                    "smaller is drawn two steps lower, not flat on zero"))
        self.log_box.setChecked(True)
        self.log_box.toggled.connect(self.set_log_scale)
        self.controls.addWidget(self.log_box)
        self.finish_controls()

        self.plot = self.graphics.addPlot(row=0, col=0, axisItems={"left": LogAxis("left")})
        for side in ("left", "bottom"):  # plain numbers: no "(x0.001)" on a short run
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", translate("Panels", "epoch"))
        self.plot.setLogMode(y=True)
        self.plot.setClipToView(True)
        self.legend = legend(self.plot)
        marker = pg.mkPen(foreground(), width=1, style=Qt.PenStyle.DashLine)
        self.moment_line = pg.InfiniteLine(angle=90, movable=False, pen=marker)
        self.moment_line.setVisible(False)
        self.plot.addItem(self.moment_line, ignoreBounds=True)
        #: layer id -> its curve, first layer to last.
        self.curves: dict[str, _Curve] = {}
        self._layers_key: tuple = ()
        self.live = False
        #: The latest report (layer id -> LayerHealth) drawn, and the document's health between runs.
        self.latest: dict | None = None
        self.document_health: dict | None = None
        self._set_axis_label()
        self._update_summary()

    # -- public -----------------------------------------------------------------------------------

    @property
    def quantity(self) -> str:
        return self.quantity_box.currentData()

    def set_quantity(self, key: str) -> None:
        self.quantity_box.setCurrentIndex(self.quantity_box.findData(key))

    def set_log_scale(self, on: bool) -> None:
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)
            return
        self.plot.setLogMode(y=on)
        self.plot.enableAutoRange(axis="y")
        self.request_redraw()

    def values(self, layer_id: str, key: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of a layer's curve as stored (epochs, values): ``key`` defaults to the quantity shown."""
        series = self.curves[layer_id].series[key or self.quantity]
        return series.xs.copy(), series.ys.copy()

    def set_network(self, network) -> None:
        """One curve per layer with weights, in the network's order (kept while the layers stay the same)."""
        try:
            order = network.topological_order()
        except Exception:  # a cycle: keep what is there
            return
        layers = [(lid, network.layers[lid]) for lid in order
                  if network.layers[lid].role != "input" and any(c.has_weights for c in network.inbound(lid))]
        key = tuple((lid, layer.name, layer.activation.name, layer.kind) for lid, layer in layers)
        if key == self._layers_key:
            return
        self.clear()
        self._layers_key = key
        for k, (lid, layer) in enumerate(layers):
            self.curves[lid] = _Curve(self.plot, k, f"{layer.name} · {layer.activation.name}")
        self._update_summary()
        self.request_redraw()

    def clear(self) -> None:
        """Another document: no curves of the last one's runs (:meth:`set_network` then makes the new lines)."""
        for curve in self.curves.values():
            self.legend.removeItem(curve.item)
            self.plot.removeItem(curve.item)
        self.curves = {}
        self._layers_key = ()
        self.latest = self.document_health = None
        self.moment_line.setVisible(False)
        self._update_summary()
        self.request_redraw()

    def begin_run(self, label: str) -> None:
        self.live = True
        for curve in self.curves.values():
            for series in curve.series.values():
                series.clear()
        self.latest = None
        self.moment_line.setVisible(False)
        self.plot.enableAutoRange()
        self.request_redraw()

    def add_snapshot(self, snapshot) -> None:
        """A live report: one point per layer at the report's place in the run. Snapshots of the document or of
        a replayed moment (outside a run) leave the run's curves as they are."""
        if not self.live:
            return
        # reports the window drew together with this one (merge_snapshots) keep their own points
        reports = list(getattr(snapshot, "health_trail", None) or [])
        if snapshot.health:
            spe = max(int(snapshot.steps_per_epoch or 1), 1)
            reports.append(((snapshot.epoch - 1) + snapshot.step / spe, snapshot.health))
        # a report with no step since the one before (the run's closing report) has no gradient to add
        reports = [(x, h) for x, h in reports if any(math.isfinite(v.grad_norm) for v in h.values())]
        if not reports:
            return
        for lid, curve in self.curves.items():
            points = [(x, health[lid]) for x, health in reports if lid in health]
            if not points:
                continue
            xs = [x for x, _ in points]
            for key in QUANTITIES:
                curve.series[key].extend(xs, [getattr(h, key) for _, h in points])
        self.latest = reports[-1][1]
        self._update_summary()  # the sentence is cheap: it stays current while the plot waits to be shown
        self.request_redraw()

    def end_run(self, run) -> None:
        self.live = False
        self.request_redraw()

    def show_health(self, health: dict | None) -> None:
        """The health of the network shown between runs (the document's weights, or a replayed moment's), or
        None: the line above the plot speaks of it while no run goes."""
        self.document_health = health
        if not self.live:
            self._update_summary()

    def show_moment(self, epoch: float | None) -> None:
        """Mark a replayed moment (its epoch) with a dashed line; None takes the mark away."""
        self.moment_line.setVisible(epoch is not None)
        if epoch is not None:
            self.moment_line.setPos(float(epoch))

    # -- drawing ---------------------------------------------------------------------------------

    def _quantity_changed(self) -> None:
        self._set_axis_label()
        self.plot.enableAutoRange(axis="y")
        self.request_redraw()

    def _set_axis_label(self) -> None:
        self.plot.setLabel("left", AXIS_TITLES[self.quantity])

    def has_curves(self) -> bool:
        return any(curve.series["grad_norm"].n for curve in self.curves.values())

    def redraw(self) -> None:
        key = self.quantity
        log = self.log_box.isChecked()
        for curve in self.curves.values():
            series = curve.series[key]
            ys = series.ys
            if log and len(ys):
                ys = np.where(ys > 0, ys, np.nan)  # 0 has no place on a log scale
            curve.item.setData(series.xs, ys)
        self._update_summary()
        settle_ranges(self.plot)

    def _first_ratio(self) -> float | None:
        """The first layer's ‖dL/dW‖ over the last's at the run's first report, when both are known."""
        if len(self.curves) < 2:
            return None
        series = [curve.series["grad_norm"] for curve in self.curves.values()]
        if not all(s.n for s in series):
            return None
        first, last = float(series[0].ys[0]), float(series[-1].ys[0])
        return first / last if math.isfinite(first) and math.isfinite(last) and last > 0 else None

    def _update_summary(self) -> None:
        if not self.curves:
            self.summary.setText(translate("Panels", "No layer with weights yet."))
            return
        health = self.latest if (self.live or self.document_health is None) else self.document_health
        if health is None:
            if not self.has_curves():
                self.summary.setText(translate("Panels", "Train the network to see how strongly each layer "
                                                         "learns: one line per layer."))
            return
        norms = [health[lid].grad_norm if lid in health else math.nan for lid in self.curves]
        text = flow_text(norms)
        first = self._first_ratio() if (self.live or self.document_health is None) else None
        if text and first is not None:
            text += " " + fill(translate("Panels", "At the start of the run: %1."), ratio_text(first))
        if not text:
            first = next(iter(self.curves))
            value = health[first].grad_norm if first in health else math.nan
            text = fill(translate("Panels", "‖dL/dW‖ of the layer: %1"), format_value(value))
        self.summary.setText(text)
