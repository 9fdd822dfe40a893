"""Data → Import CSV…: a dialog over :mod:`netbuilder.data.csv_import`.

The file is read as a table as soon as it is chosen, so the columns can be
given their roles (input, target, not used) while looking at the first
rows. OK reads the whole file with every choice; any problem (a word where a
number belongs, a missing value, a ragged row) is shown in the dialog with
its line and column, and the dialog stays open: nothing half-read is used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...data import Dataset, read_csv
from ...data.csv_table import Table, read_table
from ...i18n import fill, translate

ROLE_INPUT, ROLE_TARGET, ROLE_UNUSED = "input", "target", "unused"
PREVIEW_ROWS = 8


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


class CsvImportDialog(QDialog):
    def __init__(self, parent=None, start_dir: str = ""):
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(translate("Data", "Import CSV"))
        self.start_dir = start_dir
        self.table: Table | None = None
        #: The data read when OK was pressed without a problem.
        self.dataset: Dataset | None = None

        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("Data", "the CSV file to read"))
        self.path.editingFinished.connect(self.reload)
        browse = QPushButton(translate("Data", "Browse…"))
        browse.clicked.connect(self.browse)
        file_row.addWidget(QLabel(translate("Data", "File:")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)

        form_row = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.delimiter = _combo([(translate("Data", "detect"), None), (translate("Data", "comma"), ","),
                                 (translate("Data", "semicolon"), ";"), (translate("Data", "tab"), "\t")])
        self.header = _combo([(translate("Data", "detect"), None), (translate("Data", "yes"), True),
                              (translate("Data", "no"), False)])
        self.delimiter.currentIndexChanged.connect(self.reload)
        self.header.currentIndexChanged.connect(self.reload)
        self.target_kind = _combo([(translate("Data", "detect"), "auto"),
                                   (translate("Data", "class labels (one-hot)"), "classification"),
                                   (translate("Data", "numbers (regression)"), "regression")])
        self.scaling = _combo([(translate("Data", "none"), "none"), (translate("Data", "standardise"), "standardize"),
                               (translate("Data", "min-max to [0, 1]"), "minmax")])
        left.addRow(translate("Data", "Separator:"), self.delimiter)
        left.addRow(translate("Data", "Header row:"), self.header)
        left.addRow(translate("Data", "Targets are:"), self.target_kind)
        left.addRow(translate("Data", "Scale inputs:"), self.scaling)
        self.validation = self._share(0.0)
        self.test = self._share(0.2)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        right.addRow(translate("Data", "Validation share:"), self.validation)
        right.addRow(translate("Data", "Test share:"), self.test)
        right.addRow(translate("Data", "Split seed:"), self.seed)
        form_row.addLayout(left)
        form_row.addLayout(right)
        layout.addLayout(form_row)

        layout.addWidget(QLabel(translate("Data", "Columns (choose what each one is):")))
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("csvColumns")
        self.columns.setHorizontalHeaderLabels([translate("Data", "Column"), translate("Data", "Use as"),
                                                translate("Data", "First values")])
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        layout.addWidget(self.columns, 1)
        layout.addWidget(QLabel(translate("Data", "First rows:")))
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("csvPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 1)

        self.error = QLabel()
        self.error.setObjectName("csvError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #D55E00;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Data", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(680, 600)

    @staticmethod
    def _share(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 0.9)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        return box

    # -- the file ---------------------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Data", "Import CSV"), self.start_dir,
                                              translate("Data", "CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path.setText(str(path))
        self.reload()

    def file(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser().absolute() if text else None

    def reload(self) -> None:
        """Read the file as a table to list its columns; a problem is shown and the columns cleared."""
        self.table = None
        self.dataset = None
        self.columns.setRowCount(0)
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        path = self.file()
        if path is None:
            self.show_error(None)
            return
        try:
            self.table = read_table(path, delimiter=self.delimiter.currentData(), header=self.header.currentData())
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.show_error(None)
        table = self.table
        self.columns.setRowCount(len(table.columns))
        for j, name in enumerate(table.columns):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(j, 0, item)
            role = _combo([(translate("Data", "input"), ROLE_INPUT), (translate("Data", "target"), ROLE_TARGET),
                           (translate("Data", "not used"), ROLE_UNUSED)])
            role.setCurrentIndex(1 if j == len(table.columns) - 1 else 0)
            self.columns.setCellWidget(j, 1, role)
            values = ", ".join(row[j] for row in table.rows[:5])
            sample = QTableWidgetItem(values)
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(j, 2, sample)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(1)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.columns))
        self.preview.setHorizontalHeaderLabels(table.columns)
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.lines[:PREVIEW_ROWS]])
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self.preview.setItem(i, j, QTableWidgetItem(cell))

    # -- choices ------------------------------------------------------------------------------------

    def role_box(self, column: int | str) -> QComboBox:
        if isinstance(column, str):
            column = self.table.columns.index(column)
        return self.columns.cellWidget(column, 1)

    def set_role(self, column: int | str, role: str) -> None:
        box = self.role_box(column)
        box.setCurrentIndex(box.findData(role))

    def chosen(self, role: str) -> list[str]:
        if self.table is None:
            return []
        return [self.table.columns[j] for j in range(len(self.table.columns))
                if self.columns.cellWidget(j, 1).currentData() == role]

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def read(self) -> Dataset | None:
        """Read the whole file with the choices made; None (and the problem shown) if it cannot be used."""
        self.dataset = None
        path = self.file()
        if path is None:
            self.show_error(translate("Data", "Choose a CSV file first."))
            return None
        if self.table is None:
            self.reload()
            if self.table is None:
                return None
        features, targets = self.chosen(ROLE_INPUT), self.chosen(ROLE_TARGET)
        if not targets:
            self.show_error(translate("Data", "Choose at least one target column: what the network should predict."))
            return None
        if not features:
            self.show_error(translate("Data", "Choose at least one input column."))
            return None
        # Columns are given by number when the file has no header: "column 2" is then a generated name.
        index = {name: j for j, name in enumerate(self.table.columns)}
        by = (lambda names: names) if self.table.has_header else (lambda names: [index[n] for n in names])
        try:
            data = read_csv(path, feature_columns=by(features), target_columns=by(targets),
                            target_kind=self.target_kind.currentData(), scaling=self.scaling.currentData(),
                            test_fraction=self.test.value(), validation_fraction=self.validation.value(),
                            seed=self.seed.value(), delimiter=self.table.delimiter, header=self.table.has_header)
        except ValueError as exc:
            self.show_error(str(exc))
            return None
        self.show_error(None)
        self.dataset = data
        return data

    def accept(self) -> None:
        if self.read() is not None:
            super().accept()

    def summary(self) -> str:
        return self.dataset.summary() if self.dataset is not None else ""


def import_message(data: Dataset) -> str:
    return fill(translate("Data", "Imported %1."), data.summary())

