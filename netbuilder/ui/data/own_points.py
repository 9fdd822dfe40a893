"""The own-points editor: click, drag and delete points on the plane, or type them into a table.

:class:`OwnPointsEditor` turns those gestures into edits of
:class:`~netbuilder.data.own_samples.Samples` (whose rules live in the core)
and hands each edited set of samples to the function it was given — the
data panel's, which makes it one undoable command. It never changes the
document itself, and it draws on a :class:`~netbuilder.ui.data.scatter.ScatterView`
it shares with the preview of other data.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...data.own_samples import MAX_CLASSES, Samples
from ...i18n import fill, translate
from .scatter import ScatterView, class_colour, hint_text

#: ``apply(samples, undo_text, quiet=...)`` → whether the document took the edited samples.
Apply = Callable[..., bool]


def sentence(error: Exception) -> str:
    """An edit's refusal as a sentence for the status bar."""
    text = str(error)
    return text[:1].upper() + text[1:] + "."


class OwnPointsEditor(QObject):
    """The tools above the plane (class or value of new points, number of classes), the hint, and the table."""

    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, scatter: ScatterView, apply: Apply, parent=None):
        super().__init__(parent)
        self.scatter = scatter
        self._apply = apply
        #: The learner's own points shown now, or None when the data is not own points.
        self.samples: Samples | None = None
        self._syncing = False

        self.draw_tools = QWidget()
        tools = QHBoxLayout(self.draw_tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.class_label = QLabel(translate("Data", "New points:"))
        tools.addWidget(self.class_label)
        self.class_choice = QComboBox()
        self.class_choice.setObjectName("pointClass")
        tools.addWidget(self.class_choice)
        self.value_choice = QDoubleSpinBox()
        self.value_choice.setObjectName("pointValue")
        self.value_choice.setRange(-1e6, 1e6)
        self.value_choice.setDecimals(3)
        self.value_choice.setValue(1.0)
        tools.addWidget(self.value_choice)
        self.class_count_label = QLabel(translate("Data", "Classes:"))
        tools.addWidget(self.class_count_label)
        self.class_count = QSpinBox()
        self.class_count.setObjectName("classCount")
        self.class_count.setRange(2, MAX_CLASSES)
        self.class_count.valueChanged.connect(self._class_count_changed)
        tools.addWidget(self.class_count)
        tools.addStretch(1)

        self.hint = QLabel(hint_text())
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        self.samples_page = QWidget()
        samples_layout = QVBoxLayout(self.samples_page)
        samples_layout.setContentsMargins(0, 0, 0, 0)
        self.samples_table = QTableWidget(0, 3)
        self.samples_table.setObjectName("samplesTable")
        self.samples_table.itemChanged.connect(self._cell_edited)
        samples_layout.addWidget(self.samples_table, 1)
        row = QHBoxLayout()
        self.add_row_button = QPushButton(translate("Data", "Add row"))
        self.add_row_button.setObjectName("addSample")
        self.add_row_button.clicked.connect(self.add_row)
        self.delete_rows_button = QPushButton(translate("Data", "Delete rows"))
        self.delete_rows_button.setObjectName("deleteSamples")
        self.delete_rows_button.clicked.connect(self.delete_rows)
        row.addWidget(self.add_row_button)
        row.addWidget(self.delete_rows_button)
        row.addStretch(1)
        samples_layout.addLayout(row)

        scatter.box.clickedAt.connect(self.add_point)
        scatter.box.pointDragged.connect(self._dragged)
        scatter.deleteRequested.connect(self.delete_point)

    # -- what the panel tells it ----------------------------------------------------------------------

    def set_samples(self, samples: Samples | None) -> None:
        """The own points of the network's dataset (None: the data is something else)."""
        self.samples = samples
        self.sync_controls()

    def sync_controls(self) -> None:
        """The tools as the samples say: classes to choose from, or a value for regression."""
        own = self.samples
        if own is None:
            return
        self._syncing = True
        try:
            classification = own.classes is not None
            self.class_choice.setVisible(classification)
            self.class_count.setVisible(classification)
            self.class_count_label.setVisible(classification)
            self.value_choice.setVisible(not classification)
            if classification:
                current = max(self.class_choice.currentIndex(), 0)
                self.class_choice.clear()
                for k, name in enumerate(own.classes):
                    self.class_choice.addItem(f"● {name}", k)
                    self.class_choice.setItemData(k, class_colour(k), Qt.ItemDataRole.ForegroundRole)
                self.class_choice.setCurrentIndex(min(current, len(own.classes) - 1))
                self.class_count.setValue(len(own.classes))
        finally:
            self._syncing = False

    def draw(self, keep_range: bool = False) -> bool:
        """Show the tools, the points (editable) and the table; False, with the tools hidden, without own points."""
        own = self.samples
        for widget in (self.draw_tools, self.hint, self.samples_page):
            widget.setVisible(own is not None)
        if own is None:
            return False
        self.scatter.show_points(own.x, own.target, list(own.classes) if own.classes else None,
                                 labels=(own.feature_names[0], own.feature_names[1]), editable=True,
                                 keep_range=keep_range)
        self._fill_table()
        return True

    # -- points on the plane ------------------------------------------------------------------------

    def new_target(self) -> float:
        """The class (or value) a new point gets."""
        own = self.samples
        if own is not None and own.classes is None:
            return float(self.value_choice.value())
        return float(max(self.class_choice.currentData() or 0, 0))

    def add_point(self, x1: float, x2: float) -> bool:
        if self.samples is None:
            return False
        new = self.samples.with_point(x1, x2, self.new_target())
        self.scatter.select(new.n - 1)
        return self._apply(new, translate("Data", "Add point"), quiet=True)

    def _dragged(self, index: int, x1: float, x2: float, finished: bool) -> None:
        if self.samples is None:
            return
        if not finished:
            self.scatter.move_point(index, x1, x2)
            return
        self.move_point(index, x1, x2)

    def move_point(self, index: int, x1: float, x2: float) -> bool:
        if self.samples is None:
            return False
        self.scatter.select(index)
        return self._apply(self.samples.moved(index, x1, x2), translate("Data", "Move point"), quiet=True)

    def delete_point(self, index: int) -> bool:
        return self._delete([index], translate("Data", "Delete point"))

    def _delete(self, indices: list[int], text: str) -> bool:
        if self.samples is None:
            return False
        try:
            new = self.samples.without(indices)
        except ValueError as exc:
            self.message.emit(sentence(exc))
            return False
        self.scatter.select(None)
        return self._apply(new, text, quiet=True)

    def _class_count_changed(self, k: int) -> None:
        if self._syncing or self.samples is None or self.samples.classes is None:
            return
        try:
            new = self.samples.with_classes(k)
        except ValueError as exc:
            self.message.emit(sentence(exc))
            self.sync_controls()
            return
        self._apply(new, fill(translate("Data", "Use %1 classes"), k))

    # -- the table ----------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        own = self.samples
        t = self.samples_table
        t.blockSignals(True)
        t.clearContents()
        last = translate("Data", "class") if own.classes is not None else own.target_name
        t.setHorizontalHeaderLabels([own.feature_names[0], own.feature_names[1], last])
        t.setRowCount(own.n)
        for i in range(own.n):
            cells = [f"{own.x[i, 0]:.4g}", f"{own.x[i, 1]:.4g}",
                     str(int(own.target[i])) if own.classes is not None else f"{own.target[i]:.4g}"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2 and own.classes is not None:
                    item.setForeground(class_colour(int(own.target[i])))
                t.setItem(i, j, item)
        t.blockSignals(False)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self.samples is None:
            return
        where = (item.row() + 1, item.column() + 1)
        try:
            value = float(item.text().strip().replace(",", "."))
        except ValueError:
            self.message.emit(fill(translate("Data", "Row %1, column %2: “%3” is not a number."), *where, item.text()))
            self._fill_table()
            return
        try:
            new = self.samples.with_value(item.row(), item.column(), value)
        except ValueError as exc:
            self.message.emit(fill(translate("Data", "Row %1, column %2: %3."), *where, exc))
            self._fill_table()
            return
        self._apply(new, fill(translate("Data", "Edit sample %1"), item.row() + 1), quiet=True)

    def add_row(self) -> bool:
        if self.samples is None:
            return False
        return self._apply(self.samples.with_point(0.0, 0.0, self.new_target()), translate("Data", "Add sample"),
                           quiet=True)

    def delete_rows(self) -> bool:
        rows = sorted({index.row() for index in self.samples_table.selectedIndexes()})
        if not rows:
            self.message.emit(translate("Data", "Select the rows to delete first."))
            return False
        return self._delete(rows, translate("Data", "Delete samples"))
