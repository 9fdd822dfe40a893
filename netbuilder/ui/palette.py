"""The palette: layers, a single neuron and the activations, dragged onto the canvas.

Double-clicking an entry (or pressing Enter on it) adds it without a
drag, for keyboard users and trackpads.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ..i18n import fill, translate
from ..model.catalog import ACTIVATIONS
from .canvas.view import PALETTE_MIME
from .icons import icon

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def palette_entries() -> list[tuple[str, str, dict]]:
    """(label, tooltip, entry) for every palette item, in display order."""
    entries = [
        (translate("Palette", "Input layer"), translate("Palette", "Where the data enters: one neuron per input feature."), {"kind": "input"}),
        (translate("Palette", "Dense layer"), translate("Palette", "A hidden layer: every neuron takes a weighted sum of all its inputs."), {"kind": "dense"}),
        (translate("Palette", "Neuron"), translate("Palette", "One neuron. Drop it on a layer to add a neuron to it, or on empty canvas for a layer of one."), {"kind": "neuron"}),
        (translate("Palette", "Output layer"), translate("Palette", "The prediction: one neuron per target (or per class)."), {"kind": "output"}),
        (translate("Palette", "Conv2D"), translate("Palette", "A convolution: small filters slide over an image and each makes a feature map."), {"kind": "conv2d"}),
        (translate("Palette", "MaxPooling2D"), translate("Palette", "Keeps the largest value of each window: a smaller image that still shows where features are."), {"kind": "max_pooling2d"}),
        (translate("Palette", "AveragePooling2D"), translate("Palette", "Keeps the mean of each window: a smaller, smoother image."), {"kind": "average_pooling2d"}),
        (translate("Palette", "Flatten"), translate("Palette", "Turns an image into one long vector, the bridge from convolutions to dense layers."), {"kind": "flatten"}),
    ]
    for name, entry in ACTIVATIONS.items():
        label = translate("Activations", entry.label)
        tip = fill(translate("Palette", "Drop on a layer to use %1: %2"), label, entry.formula)
        entries.append((label, tip, {"kind": "activation", "name": name}))
    return entries


class Palette(QListWidget):
    #: An entry was chosen without dragging (double-click, Enter).
    entryActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("palette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(28, 28))
        self.setSpacing(1)
        for label, tip, entry in palette_entries():
            item = QListWidgetItem(icon(_icon_name(entry)), label)
            item.setToolTip(tip)
            item.setData(ENTRY_ROLE, entry)
            self.addItem(item)
            if entry == {"kind": "flatten"}:
                sep = QListWidgetItem(translate("Palette", "Activations"))
                sep.setFlags(Qt.ItemFlag.NoItemFlags)
                font = sep.font()
                font.setBold(True)
                sep.setFont(font)
                self.addItem(sep)
        self.itemActivated.connect(lambda item: self._activate(item))

    def _activate(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if entry:
            self.entryActivated.emit(dict(entry))

    def mimeData(self, items):  # noqa: N802 - Qt API
        data = QMimeData()
        entries = [item.data(ENTRY_ROLE) for item in items if item.data(ENTRY_ROLE)]
        if entries:
            data.setData(PALETTE_MIME, json.dumps(entries[0]).encode("utf-8"))
        return data

    def mimeTypes(self):  # noqa: N802
        return [PALETTE_MIME]

    def item_for(self, entry: dict) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ENTRY_ROLE) == entry:
                return item
        return None


def _icon_name(entry: dict) -> str:
    if entry["kind"] == "activation":
        return "activation"
    return entry["kind"]
