"""The matrix view: the current layer's inputs, W, b, z, a, δ, dW ... as tables, the step's cells marked.

Large layers stay readable this way: a 784 × 128 weight matrix is a scrollable table, and for layers too
large to go through neuron by neuron the learner picks the neuron to follow here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ...notation import num
from ..canvas import style
from .formula import full_text, rich
from ...explain.tables import Table


class ArrayModel(QAbstractTableModel):
    """A read-only table over one :class:`Table`: 4 significant digits shown, full precision on hover."""

    def __init__(self, table: Table, digits: int = 4, parent=None):
        super().__init__(parent)
        self.table = table
        self.digits = digits

    def set_table(self, table: Table, digits: int) -> None:
        if table.values.shape != self.table.values.shape:
            self.beginResetModel()
            self.table, self.digits = table, digits
            self.endResetModel()
            return
        self.table, self.digits = table, digits
        rows, cols = table.values.shape
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(cols - 1, 0))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.table.values.shape[0]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.table.values.shape[1]

    def _removed(self, i: int, j: int) -> bool:
        mask = self.table.mask
        return mask is not None and not mask[i, j]

    def is_marked(self, i: int, j: int) -> bool:
        m = self.table.marked
        return (i, j) in m or (i, -1) in m or (-1, j) in m

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        value = float(self.table.values[i, j])
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if self._removed(i, j) else num(value, self.digits)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._removed(i, j):
                return translate("Walkthrough", "This edge was removed: it carries nothing and is not trained.")
            return full_text(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_marked(i, j):
            c = QColor(style.HIGHLIGHT)
            c.setAlpha(70)
            return QBrush(c)
        if role == Qt.ItemDataRole.FontRole and self.is_marked(i, j):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and self._removed(i, j):
            return QBrush(style.MASKED)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.table.column_names if orientation == Qt.Orientation.Horizontal else self.table.row_names
        return names[section] if 0 <= section < len(names) else str(section + 1)


COLUMN_WIDTH = 68
ROW_HEIGHT = 20


class MatrixBox(QFrame):
    """A caption and a table."""

    def __init__(self, table: Table, digits: int, parent=None):
        super().__init__(parent)
        self.setObjectName("matrixBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.caption)
        self.view = QTableView()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setWordWrap(False)
        h, v = self.view.horizontalHeader(), self.view.verticalHeader()
        h.setDefaultSectionSize(COLUMN_WIDTH)
        h.setMinimumSectionSize(30)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(ROW_HEIGHT)
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.model = ArrayModel(table, digits, self)
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        self.set_table(table, digits)

    def set_table(self, table: Table, digits: int) -> None:
        self.model.set_table(table, digits)
        rows, cols = table.values.shape
        shape = f"{rows}×{cols}"
        self.caption.setText(f"<b>{rich(table.title)}</b> <span style='color:gray'>{shape}</span>"
                             + (f"<br><span style='color:gray'>{rich(table.note)}</span>" if table.note else ""))
        self.caption.setToolTip(table.note or table.description)
        self.view.verticalHeader().setVisible(any(table.row_names))
        self._fit()
        marked = sorted(table.marked)
        if marked:
            i, j = marked[0]
            self.view.scrollTo(self.model.index(max(i, 0), max(j, 0)))

    def _fit(self) -> None:
        """As large as the matrix needs, up to 7 columns and 8 rows; scroll bars beyond that."""
        table = self.model.table
        rows, cols = table.values.shape
        view = self.view
        metrics = view.verticalHeader().fontMetrics()
        vh = (max(metrics.horizontalAdvance(n) for n in table.row_names) + 14) if any(table.row_names) else 0
        if vh:
            view.verticalHeader().setFixedWidth(vh)
        hh = view.horizontalHeader().fontMetrics().height() + 8
        view.horizontalHeader().setFixedHeight(hh)
        frame = 2 * view.frameWidth() + 2
        sb = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        shown_cols, shown_rows = min(cols, 7), min(rows, 8)
        bold = QFont(view.font())
        bold.setBold(True)
        bm = QFontMetrics(bold)
        texts = [self.model.data(self.model.index(i, j)) or "" for i in range(shown_rows) for j in range(shown_cols)]
        texts += [n for n in table.column_names[:shown_cols]]
        column = min(max(max((bm.horizontalAdvance(t) for t in texts), default=0) + 14, 48), 130)
        view.horizontalHeader().setDefaultSectionSize(column)
        width = vh + shown_cols * column + frame + (sb if rows > shown_rows else 0)
        height = hh + shown_rows * ROW_HEIGHT + frame + (sb if cols > shown_cols else 0)
        view.setFixedSize(width, height)


class FlowLayout(QLayout):
    """Children left to right, wrapping to the next row when the width runs out."""

    def __init__(self, parent=None, spacing: int = 12):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), False)

    def setGeometry(self, rect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class MatrixView(QWidget):
    """The tables of one layer: the current step's layer unless the learner picks another."""

    #: The learner picked a neuron to follow in a large layer: (layer id, neuron index or -1 for none).
    followChosen = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("walkthroughMatrices")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Walkthrough", "Layer:")))
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(translate("Walkthrough", "The layer whose matrices are shown; “the current step's” "
                                                           "follows the steps."))
        top.addWidget(self.layer_box, 1)
        self.all_box = QCheckBox(translate("Walkthrough", "All tables"))
        self.all_box.setToolTip(translate("Walkthrough",
                                          "Show every matrix of the layer, not only those of the current phase."))
        top.addWidget(self.all_box)
        self.follow_label = QLabel(translate("Walkthrough", "Follow neuron:"))
        top.addWidget(self.follow_label)
        self.follow_spin = QSpinBox()
        self.follow_spin.setToolTip(translate("Walkthrough", "This layer is too large to go through neuron by neuron: "
                                                             "the steps follow the first two neurons and this one."))
        top.addWidget(self.follow_spin)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget()
        self.flow = FlowLayout(self.inner)
        self.flow.setContentsMargins(0, 4, 0, 4)
        self.scroll.setWidget(self.inner)
        layout.addWidget(self.scroll, 1)
        self.boxes: list[MatrixBox] = []
        self.tables: list[Table] = []
        self._model = None
        self._loading = False
        self.layer_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.all_box.toggled.connect(lambda _: self.refresh())
        self.follow_spin.valueChanged.connect(self._on_follow)

    def set_model(self, model) -> None:
        self._model = model

    def chosen_layer(self) -> str | None:
        return self.layer_box.currentData()

    def fill_layers(self) -> None:
        m = self._model
        current = self.layer_box.currentData()
        self._loading = True
        self.layer_box.clear()
        self.layer_box.addItem(translate("Walkthrough", "the current step's"), None)
        for lid, name in m.layers() if m else []:
            self.layer_box.addItem(name, lid)
        index = self.layer_box.findData(current)
        self.layer_box.setCurrentIndex(max(index, 0))
        self._loading = False

    def shown_layer(self) -> str | None:
        m = self._model
        if m is None or m.trace is None:
            return None
        chosen = self.chosen_layer()
        if chosen:
            return chosen
        step = m.current
        return step.layer_id if step and step.layer_id else m.trace.output_id

    def refresh(self) -> None:
        if self._loading:
            return
        m = self._model
        lid = self.shown_layer()
        tables = m.tables(lid, every=self.all_box.isChecked()) if m is not None and lid else []
        large = bool(lid) and m.is_large(lid)
        self.follow_label.setVisible(large)
        self.follow_spin.setVisible(large)
        if large:
            self._loading = True
            self.follow_spin.setRange(0, m.units(lid))
            self.follow_spin.setSpecialValueText(translate("Walkthrough", "none"))
            self.follow_spin.setValue(m.follow.get(lid, -1) + 1)
            self._loading = False
        self.tables = tables
        keys = [t.key for t in tables]
        if keys == [b.model.table.key for b in self.boxes]:
            for box, table in zip(self.boxes, tables):
                box.set_table(table, m.digits)
        else:
            for box in self.boxes:
                self.flow.removeWidget(box)
                box.hide()
                box.deleteLater()
            self.boxes = []
            for table in tables:
                box = MatrixBox(table, m.digits, self.inner)
                self.flow.addWidget(box)
                box.show()
                self.boxes.append(box)
        self.inner.updateGeometry()
        self.flow.invalidate()

    def _on_follow(self, value: int) -> None:
        if self._loading:
            return
        lid = self.shown_layer()
        if lid:
            self.followChosen.emit(lid, value - 1)

    def shown_texts(self) -> list[str]:
        """Every cell as displayed (for tests)."""
        out = []
        for box in self.boxes:
            model = box.model
            for i in range(model.rowCount()):
                for j in range(model.columnCount()):
                    out.append(model.data(model.index(i, j)))
        return out

    def shown_values(self) -> list[float]:
        return [float(v) for t in self.tables for v in t.values.ravel()]
