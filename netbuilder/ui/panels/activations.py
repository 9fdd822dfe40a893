"""What each layer outputs on a fixed batch of samples: one histogram per layer.

A sigmoid layer whose outputs pile up at 0 and 1 is saturated (its
derivative is almost 0, so it hardly learns); a ReLU layer with a tall bar
at exactly 0 has dead neurons. The share of such outputs is written beside
each histogram (computed by :func:`netbuilder.engine.probes.activation_summary`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from ...engine.probes import activation_summary
from ...i18n import fill, translate
from .base import ElidedLabel, TRAIN, Panel, foreground, label_item, nice_ceil, percent, settle_ranges, style_plot

BINS = 40
#: Output ranges of bounded activations: the histogram's bins stay put.
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}


class _LayerPlot:
    """One row: the histogram and, beside it, what it means."""

    def __init__(self, panel: "ActivationsPanel", row: int, layer_id: str, name: str, activation: str):
        self.layer_id, self.name, self.activation = layer_id, name, activation
        self.plot = panel.graphics.addPlot(row=row, col=0)
        style_plot(self.plot)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.setLabel("left", "%")
        self.plot.getAxis("left").setWidth(38)
        self.plot.setTitle(f"{name}  ·  {activation}", color=foreground().name(), size="9pt")
        brush = pg.mkColor(TRAIN)
        brush.setAlpha(150)
        self.curve = self.plot.plot(stepMode="center", fillLevel=0, brush=brush, pen=pg.mkPen(TRAIN, width=1))
        self.stats = label_item("", size="9pt", justify="left")
        self.stats.setFixedWidth(170)
        panel.graphics.addItem(self.stats, row=row, col=1)
        self.range = BOUNDED.get(activation)
        self.top: float | None = None
        self._x: tuple[float, float] | None = None
        self.counts: np.ndarray | None = None
        self.edges: np.ndarray | None = None
        self.summary = None

    def reset(self) -> None:
        self.range = BOUNDED.get(self.activation)
        self.top = None

    def bin_range(self, values: np.ndarray) -> tuple[float, float]:
        """Fixed for bounded activations; otherwise a range that only widens (in 1-2-5 steps)."""
        finite = values[np.isfinite(values)]
        lo = float(finite.min()) if finite.size else 0.0
        hi = float(finite.max()) if finite.size else 1.0
        if self.activation in BOUNDED:
            return BOUNDED[self.activation]
        if self.range is not None:
            lo, hi = min(lo, self.range[0]), max(hi, self.range[1])
        top = nice_ceil(hi) if hi > 0 else 0.0
        bottom = -nice_ceil(-lo) if lo < 0 else 0.0
        if top == bottom:
            top = bottom + 1.0
        self.range = (bottom, top)
        return self.range

    def update(self, values: np.ndarray) -> None:
        values = np.asarray(values, dtype=np.float64)
        lo, hi = self.bin_range(values)
        counts, edges = np.histogram(values[np.isfinite(values)], bins=BINS, range=(lo, hi))
        self.counts, self.edges = counts, edges
        share = counts * (100.0 / max(values.size, 1))
        self.curve.setData(edges, share)
        # fixed axes that only widen (in round steps): an axis that moves must be drawn again
        top = nice_ceil(float(share.max()) if share.size else 1.0, (1.0, 2.0, 2.5, 4.0, 5.0, 6.0, 8.0))
        top = max(top, self.top or 0.0)
        if top != self.top:
            self.top = top
            self.plot.setYRange(0.0, top, padding=0.03)
        if (lo, hi) != self._x:
            self._x = (lo, hi)
            self.plot.setXRange(lo, hi, padding=0.02)
        self.summary = s = activation_summary(values, self.activation)
        lines = [fill(translate("Panels", "%1 samples × %2 neurons"), s.samples, s.units)]
        if self.activation in ("relu", "step") or s.zero_fraction > 0.01:
            lines.append(fill(translate("Panels", "exactly 0: %1"), percent(s.zero_fraction)))
        if self.activation in ("relu", "leaky_relu", "prelu", "elu") or s.dead_units:
            lines.append(fill(translate("Panels", "dead neurons: %1 of %2"), s.dead_units, s.units))
        if s.saturated_fraction is not None:
            lines.append(fill(translate("Panels", "saturated: %1"), percent(s.saturated_fraction)))
        self.stats.setText("<br>".join(lines), color=foreground().name())


class ActivationsPanel(Panel):
    export_name = "activations"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationsPanel")
        hint = ElidedLabel(translate("Panels", "Outputs of each layer on a fixed batch of samples"))
        hint.setObjectName("activationsHint")
        self.controls.addWidget(hint)
        self.finish_controls()
        self.layers: dict[str, _LayerPlot] = {}
        self._layout_key: tuple = ()
        self.values: dict[str, np.ndarray] = {}
        self.network = None
        self.placeholder = label_item(translate("Panels", "The histograms appear when the network is trained or has data."))
        self.graphics.addItem(self.placeholder, row=0, col=0)

    def set_network(self, network) -> None:
        """One histogram row per layer except the input, in the network's order (rebuilt only when that changes)."""
        self.network = network
        try:
            order = network.topological_order()
        except Exception:  # a cycle: keep what is there
            return
        rows = [(lid, network.layers[lid].name, network.layers[lid].activation.name)
                for lid in order if network.layers[lid].role != "input"]
        key = tuple(rows)
        if key == self._layout_key:
            return
        self._layout_key = key
        self.graphics.clear()
        self.layers = {}
        for row, (lid, name, act) in enumerate(rows):
            self.layers[lid] = _LayerPlot(self, row, lid, name, act)
        self.values = {k: v for k, v in self.values.items() if k in self.layers}
        if not rows:
            self.graphics.addItem(self.placeholder, row=0, col=0)
        self.graphics.setMinimumHeight(0)
        self.request_redraw()

    def show_activations(self, activations: dict[str, np.ndarray] | None) -> None:
        if activations is None:
            return
        self.values = dict(activations)
        self.request_redraw()

    def begin_run(self, label: str) -> None:
        for layer in self.layers.values():
            layer.reset()

    def add_snapshot(self, snapshot) -> None:
        self.show_activations(snapshot.activations)

    def redraw(self) -> None:
        for lid, layer in self.layers.items():
            values = self.values.get(lid)
            if values is not None:
                layer.update(values)
        settle_ranges(*(layer.plot for layer in self.layers.values()))
