"""The learned filters of a convolution: each kernel as a small image, per input channel, live while training.

A Conv2D layer's kernel (kh, kw, channels in, filters) becomes a grid of
kh × kw pictures: one row per filter, one column per input channel (a
single-channel input such as MNIST wraps the filters into a square grid).
Blue is a positive weight, orange a negative one, with the same symmetric
scale for every filter of the connection so they can be compared. The
filters' gradients (dL/dK of the last step) are drawn the same way.

The image items are made once per connection and shape; every snapshot only
calls ``setImage``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel

from ...i18n import fill, translate
from .base import Panel, diverging_map, label_item, nice_ceil, no_mouse

#: At most this many filters and input channels are drawn (the rest are counted in the caption).
MAX_FILTERS = 32
MAX_CHANNELS = 8


class FiltersPanel(Panel):
    export_name = "filters"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.connection_box = QComboBox()
        self.connection_box.setObjectName("filtersConnection")
        self.connection_box.currentIndexChanged.connect(self._chosen)
        self.controls.addWidget(QLabel(translate("Panels", "Convolution")))
        self.controls.addWidget(self.connection_box, 1)
        self.mode_box = QComboBox()
        self.mode_box.addItem(translate("Panels", "weights"), "weights")
        self.mode_box.addItem(translate("Panels", "gradients dL/dK"), "gradients")
        self.mode_box.currentIndexChanged.connect(lambda: self.request_redraw())
        self.controls.addWidget(self.mode_box)
        self.finish_controls()
        self.network = None
        self.weights: dict[str, np.ndarray] = {}
        self.gradients: dict[str, np.ndarray] | None = None
        #: The image items of the grid shown, by (filter, channel); rebuilt when the kernel's shape changes.
        self.images: dict[tuple[int, int], pg.ImageItem] = {}
        self._built_for: tuple | None = None
        self.caption = label_item("")
        self.graphics.addItem(self.caption, row=0, col=0)
        self.grid = self.graphics.addLayout(row=1, col=0)

    @property
    def connection_id(self) -> str | None:
        return self.connection_box.currentData()

    @property
    def mode(self) -> str:
        return self.mode_box.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))

    # -- the network ---------------------------------------------------------------------------------

    def set_network(self, network) -> None:
        """List the network's convolution kernels; keeps the chosen one when it still exists."""
        self.network = network
        current = self.connection_id
        self.connection_box.blockSignals(True)
        self.connection_box.clear()
        for conn in network.connections.values():
            if conn.is_kernel:
                src, dst = network.layers[conn.source], network.layers[conn.target]
                kh, kw, cin, filters = conn.shape
                self.connection_box.addItem(f"{src.name} → {dst.name}  ({filters} × {kh}×{kw}×{cin})", conn.id)
        index = self.connection_box.findData(current)
        self.connection_box.setCurrentIndex(index if index >= 0 else 0)
        self.connection_box.blockSignals(False)
        self.request_redraw()

    def show_network(self, network) -> None:
        """The document's own kernels (no training running)."""
        self.weights = {cid: c.weights for cid, c in network.connections.items() if c.is_kernel}
        self.gradients = None
        self.request_redraw()

    def add_snapshot(self, snapshot) -> None:
        self.weights = {cid: w for cid, w in snapshot.parameters.weights.items() if w.ndim == 4}
        self.gradients = ({cid: g for cid, g in snapshot.gradients.weights.items() if g.ndim == 4}
                          if snapshot.gradients is not None else None)
        self.request_redraw()

    def _chosen(self) -> None:
        self.request_redraw()

    # -- drawing -----------------------------------------------------------------------------------

    def kernel(self) -> np.ndarray | None:
        """What the grid shows now: the chosen kernel's weights or gradients, (kh, kw, c_in, filters)."""
        source = self.gradients if self.mode == "gradients" else self.weights
        if not source or self.connection_id not in source:
            return None
        return np.asarray(source[self.connection_id], dtype=np.float64)

    def _build(self, shape: tuple[int, ...]) -> None:
        self.grid.clear()
        self.images.clear()
        _, _, cin, filters = shape
        shown_f, shown_c = min(filters, MAX_FILTERS), min(cin, MAX_CHANNELS)
        columns = math.ceil(math.sqrt(shown_f)) if shown_c == 1 else shown_c
        cmap = diverging_map()
        for f in range(shown_f):
            for c in range(shown_c):
                row, col = (f // columns, f % columns) if shown_c == 1 else (f, c)
                view = self.grid.addViewBox(row=row, col=col, lockAspect=True, invertY=True)
                no_mouse(view)
                item = pg.ImageItem(axisOrder="row-major")
                item.setColorMap(cmap)
                view.addItem(item)
                self.images[(f, c)] = item
        self._built_for = (self.connection_id, tuple(shape))

    def redraw(self) -> None:
        kernel = self.kernel()
        if kernel is None:
            self.grid.clear()
            self.images.clear()
            self._built_for = None
            self.caption.setText(translate("Panels", "No convolution: add a Conv2D layer to see its filters."))
            return
        if self._built_for != (self.connection_id, kernel.shape):
            self._build(kernel.shape)
        top = nice_ceil(float(np.abs(kernel).max())) if kernel.size else 1.0
        for (f, c), item in self.images.items():
            item.setImage(kernel[:, :, c, f], levels=(-top, top), autoLevels=False)
        kh, kw, cin, filters = kernel.shape
        what = translate("Panels", "gradients") if self.mode == "gradients" else translate("Panels", "weights")
        if cin == 1:
            text = fill(translate("Panels", "%1 filters of %2×%3 over 1 channel (%4, scale ±%5)"), filters, kh, kw,
                        what, f"{top:g}")
        else:
            text = fill(translate("Panels", "%1 filters of %2×%3 over %4 channels (%5, scale ±%6)"), filters, kh, kw,
                        cin, what, f"{top:g}")
        if filters > MAX_FILTERS or cin > MAX_CHANNELS:
            text += " · " + fill(translate("Panels", "the first %1 × %2 shown"), min(filters, MAX_FILTERS),
                                 min(cin, MAX_CHANNELS))
        self.caption.setText(text)
