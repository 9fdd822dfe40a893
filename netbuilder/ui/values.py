"""Typing exact numbers: a table model over a weight matrix or bias vector, and a one-value dialog.

A teacher must be able to type the tutorial's numbers exactly, so editing
shows a value at full precision (``repr``) and accepts either decimal mark;
anything that is not a finite number is refused with a message and changes
nothing.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ..data.typed_values import parse_number  # noqa: F401 - the one parser of typed numbers, used here too
from ..i18n import fill, translate
from .canvas import style


class MatrixModel(QAbstractTableModel):
    """An editable view of a 2-D array owned by the model; edits go through ``on_edit(i, j, value)``."""

    def __init__(self, get: Callable[[], np.ndarray], on_edit: Callable[[int, int, float], bool],
                 row_names: Callable[[int], str], column_names: Callable[[int], str],
                 enabled: Callable[[int, int], bool] | None = None, parent=None):
        super().__init__(parent)
        self._get, self._on_edit = get, on_edit
        self._rows, self._cols = row_names, column_names
        self._enabled = enabled or (lambda i, j: True)
        self.error: str | None = None
        self._shape = self._array().shape

    def _array(self) -> np.ndarray:
        arr = self._get()
        return arr.reshape(-1, 1) if arr.ndim == 1 else arr

    def refresh(self) -> None:
        """The array changed: repaint, or rebuild when its shape changed."""
        try:
            shape = self._array().shape
        except KeyError:
            shape = (0, 0)
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif shape[0] and shape[1]:
            self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shape[0]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shape[1]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        try:
            arr = self._array()
        except KeyError:  # the connection or layer was just deleted; the inspector reloads next
            return None
        if arr.shape != self._shape:  # resized under the view: rebuild once the event loop is free
            QTimer.singleShot(0, self.refresh)
            return None
        value = float(arr[index.row(), index.column()])
        on = self._enabled(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.6g}" if on else f"({value:.6g})"
        if role == Qt.ItemDataRole.EditRole:
            return repr(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return repr(value) if on else fill(translate("Values", "%1 (edge removed)"), repr(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and on:
            colour = QColor(style.POSITIVE if value >= 0 else style.NEGATIVE)
            colour.setAlphaF(0.06 + 0.2 * min(abs(value), 1.0))
            return QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and not on:
            return QBrush(QColor(128, 128, 128))
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cols(section) if orientation == Qt.Orientation.Horizontal else self._rows(section)

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            number = parse_number(str(value))
        except (ValueError, ZeroDivisionError):
            self.error = fill(translate("Values", "“%1” is not a number; the value is unchanged."), value)
            return False
        self.error = None
        return bool(self._on_edit(index.row(), index.column(), number))


class ValueDialog(QDialog):
    """Asks for one number, showing the current value at full precision."""

    def __init__(self, title: str, prompt: str, current: float, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.edit = QLineEdit(repr(float(current)))
        self.edit.selectAll()
        layout.addWidget(self.edit)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #D55E00")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.value: float | None = None

    def _accept(self) -> None:
        try:
            self.value = parse_number(self.edit.text())
        except (ValueError, ZeroDivisionError):
            self.error.setText(translate("Values", "Type a number such as 0.4, -1.5 or 2e-3."))
            return
        self.accept()


def ask_value(parent, title: str, prompt: str, current: float) -> float | None:
    dialog = ValueDialog(title, prompt, current, parent)
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
