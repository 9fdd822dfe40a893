"""Feature maps: one sample as the network sees it at every convolution and pooling layer.

Row by row: the input image, then each Conv2D and pooling layer's output,
one small picture per channel (at most :data:`MAX_MAPS` per layer). Each
layer has its own scale from 0 (or its most negative value) to its largest
value, so a map that lights up means that filter found its feature there.
The sample is chosen with the spin box (an index into the training data)
or a click on an image in the Data panel; while training the worker
computes the maps of that sample for every snapshot, otherwise they are
computed once for the document's weights. "Draw" opens a pad on which the
learner draws a digit with the mouse; the network classifies it at once
and the maps show what it sees in it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox

from ...i18n import fill, translate
from ...model.shapes import KIND_NAMES, describe
from .base import Panel, label_item, no_mouse, sequential_map
from .digit_pad import DigitPad

#: At most this many channels of a layer are drawn.
MAX_MAPS = 16
#: The smallest a map is drawn (pixels): below it a dock's scroll bar appears rather than maps shrinking to nothing.
MIN_MAP_SIDE = 32
#: A row's caption, in pixels.
CAPTION_HEIGHT = 18


class FeatureMapsPanel(Panel):
    export_name = "feature-maps"
    #: The learner chose another sample (its index in the training data).
    sampleChanged = Signal(int)
    #: The learner drew a digit (the image, flattened), or switched drawing off (None).
    digitDrawn = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.controls.addWidget(QLabel(translate("Panels", "Sample")))
        self.sample_box = QSpinBox()
        self.sample_box.setObjectName("featureSample")
        self.sample_box.setRange(0, 0)
        self.sample_box.setKeyboardTracking(False)
        self.sample_box.valueChanged.connect(self.sampleChanged.emit)
        self.controls.addWidget(self.sample_box)
        self.draw_box = QCheckBox(translate("Panels", "Draw"))
        self.draw_box.setToolTip(translate("Panels", "Draw a digit with the mouse (right-click clears it); the network "
                                                     "classifies it at once"))
        self.draw_box.toggled.connect(self._drawing)
        self.controls.addWidget(self.draw_box)
        self.pad = DigitPad()
        self.pad.drawn.connect(self.digitDrawn.emit)
        self.pad.setVisible(False)
        self.controls.addWidget(self.pad)
        self.clear_button = QPushButton(translate("Panels", "Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.clear_button.setVisible(False)
        self.controls.addWidget(self.clear_button)
        self.prediction = QLabel()
        self.controls.addWidget(self.prediction)
        self.finish_controls()
        self.network = None
        self.maps: dict[str, np.ndarray] = {}
        self.predicted: int | None = None
        self.confidence: float | None = None
        #: layer id -> its caption and one image item per shown channel; rebuilt when the shapes change.
        self.rows: dict[str, tuple[pg.LabelItem, list[pg.ImageItem]]] = {}
        self._built_for: tuple | None = None

    @property
    def drawing(self) -> bool:
        return self.draw_box.isChecked()

    def _drawing(self, on: bool) -> None:
        self.pad.setVisible(on)
        self.clear_button.setVisible(on)
        self.sample_box.setEnabled(not on)
        self.digitDrawn.emit(self.pad.image() if on else None)

    @property
    def sample(self) -> int:
        return self.sample_box.value()

    def set_sample_count(self, n: int) -> None:
        self.sample_box.setRange(0, max(n - 1, 0))

    def set_sample(self, index: int) -> None:
        self.sample_box.setValue(int(index))

    # -- data ------------------------------------------------------------------------------------

    def set_network(self, network) -> None:
        self.network = network
        layer = network.input_layer
        shape = tuple(layer.image_shape) if layer is not None and layer.image_shape else ()
        square_grey = len(shape) >= 2 and shape[0] == shape[1] and (len(shape) == 2 or shape[2] == 1)
        self.draw_box.setVisible(square_grey)  # a pad for grey square images (MNIST's 28×28)
        if square_grey:
            self.pad.set_side(shape[0])
        self.request_redraw()

    def show_maps(self, maps: dict[str, np.ndarray] | None, output: np.ndarray | None = None) -> None:
        """The maps of the chosen sample and the network's output for it (the predicted class is its arg-max)."""
        self.maps = dict(maps or {})
        self.predicted = int(np.argmax(output)) if output is not None and np.size(output) > 1 else None
        self.confidence = float(np.max(output)) if self.predicted is not None else None
        self.request_redraw()

    def add_snapshot(self, snapshot) -> None:
        if snapshot.feature_maps is not None and not self.drawing:
            self.show_maps(snapshot.feature_maps, snapshot.feature_output)

    # -- drawing -----------------------------------------------------------------------------------

    def _name(self, lid: str) -> str:
        layer = self.network.layers.get(lid) if self.network is not None else None
        if layer is None:
            return lid
        kind = translate("Panels", "input") if layer.role == "input" else KIND_NAMES[layer.kind]
        return f"{layer.name} ({kind})"

    def _build(self) -> None:
        self.graphics.clear()
        self.rows.clear()
        cmap = sequential_map()
        for row, (lid, values) in enumerate(self.maps.items()):
            caption = label_item("", size="8pt", justify="left")
            caption.setMaximumHeight(CAPTION_HEIGHT)
            self.graphics.addItem(caption, row=2 * row, col=0, colspan=MAX_MAPS)
            images = []
            for c in range(min(values.shape[-1], MAX_MAPS)):
                view = self.graphics.addViewBox(row=2 * row + 1, col=c, lockAspect=True, invertY=True)
                view.setMinimumSize(MIN_MAP_SIDE, MIN_MAP_SIDE)
                no_mouse(view)
                item = pg.ImageItem(axisOrder="row-major")
                item.setColorMap(cmap)
                view.addItem(item)
                images.append(item)
            self.rows[lid] = (caption, images)
        self._built_for = tuple((lid, v.shape) for lid, v in self.maps.items())
        # Five layers' rows do not fit a dock 200 px high: the panel asks for the height its maps need and the
        # dock scrolls (the layout inside a GraphicsLayoutWidget does not tell the widget its minimum itself).
        self.graphics.setMinimumHeight(len(self.maps) * (CAPTION_HEIGHT + MIN_MAP_SIDE + 8) + 8)

    def redraw(self) -> None:
        if not self.maps:
            self.graphics.clear()
            self.rows.clear()
            self._built_for = None
            self.graphics.setMinimumHeight(0)
            self.graphics.addItem(label_item(translate(
                "Panels", "Feature maps are drawn for networks that read images through Conv2D or pooling layers.")))
            self.prediction.setText("")
            return
        if self._built_for != tuple((lid, v.shape) for lid, v in self.maps.items()):
            self._build()
        for lid, values in self.maps.items():
            caption, images = self.rows[lid]
            low, high = float(min(values.min(), 0.0)), float(values.max())
            if high <= low:
                high = low + 1.0
            for c, item in enumerate(images):
                item.setImage(values[:, :, c], levels=(low, high), autoLevels=False)
            more = values.shape[-1] - len(images)
            text = f"{self._name(lid)} · {describe(values.shape)}"
            if more > 0:
                text += " · " + fill(translate("Panels", "%1 more channels"), more)
            caption.setText(text)
        self.prediction.setText(fill(translate("Panels", "predicted class: %1 (%2)"), self.predicted,
                                     f"{100 * self.confidence:.1f} %") if self.predicted is not None else "")
