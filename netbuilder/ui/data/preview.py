"""What the data looks like: a scatter plot for one or two inputs, a grid of images, or the first rows of a table.

:class:`DataPreview` is a stack of pages; :meth:`~DataPreview.show_dataset`
picks the page that suits a dataset. The plane page holds the scatter plot
and, for the learner's own points, the tools and table of the
:class:`~netbuilder.ui.data.own_points.OwnPointsEditor`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...data import Dataset
from ...data.csv_table import read_table
from ...i18n import fill, translate
from .images import ImageGrid
from .own_points import OwnPointsEditor
from .scatter import ScatterView

#: How many images the grid shows, and how many rows the tables show.
GRID_IMAGES = 40
TABLE_ROWS = 200

PAGE_EMPTY, PAGE_PLANE, PAGE_IMAGES, PAGE_TABLE = range(4)


def summary_text(data: Dataset) -> str:
    """What the data is, in a few lines (its summary, its description, what the image grid shows)."""
    lines = [data.summary()]
    if data.description:
        lines.append(data.description)
    if data.image_shape is not None:
        lines.append(fill(translate("Data", "The first %1 training images, with their labels:"),
                          min(GRID_IMAGES, data.n_samples)))
    return "\n".join(lines)


def csv_rows(spec: dict[str, Any], base_dir: Path | None) -> tuple[list[str], list[list[str]]] | None:
    """(header, first rows) of a CSV dataset's file as it is written, each column marked input or target;
    None when the file cannot be read."""
    try:
        path = Path(spec["path"]).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        csv = read_table(path, delimiter=spec.get("delimiter"), header=spec.get("header"))
        roles = {name: translate("Data", "input") for name in spec.get("feature_columns") or []}
        roles.update({name: translate("Data", "target") for name in spec.get("target_columns") or []})
        header = [f"{c} ({roles[c]})" if c in roles else c for c in csv.columns]
        return header, csv.rows[:TABLE_ROWS]
    except (ValueError, KeyError, OSError):
        return None


def dataset_rows(data: Dataset) -> tuple[list[str], list[list[str]]]:
    """(header, first rows) of a dataset's numbers: its inputs, then its targets or class names."""
    header = list(data.feature_names) + (list(data.target_names) if data.task == "regression"
                                         else [translate("Data", "class")])
    target = data.y[:TABLE_ROWS] if data.task == "regression" else \
        np.asarray([data.target_names[k] for k in data.labels(data.y[:TABLE_ROWS])], dtype=object).reshape(-1, 1)
    rows = [[f"{v:.6g}" for v in xr] + [str(v) if isinstance(v, str) else f"{v:.6g}" for v in tr]
            for xr, tr in zip(data.x[:TABLE_ROWS], target)]
    return header, rows


class DataPreview(QStackedWidget):
    """The pages: nothing chosen yet, the plane, the image grid, the table."""

    def __init__(self, scatter: ScatterView, own: OwnPointsEditor, parent=None):
        super().__init__(parent)
        self.scatter = scatter
        self.own = own
        self.empty = QLabel(translate("Data", "This network names no data yet: choose a dataset above, "
                                              "import a CSV file, or draw your own points."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.plane = self._build_plane_page()
        self.addWidget(self.plane)
        self.images = ImageGrid()
        self.addWidget(self.images)
        self.table = QTableWidget()
        self.table.setObjectName("dataTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.addWidget(self.table)

    def _build_plane_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own.draw_tools)
        layout.addWidget(self.own.hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.scatter.setMinimumHeight(200)
        splitter.addWidget(self.scatter)
        splitter.addWidget(self.own.samples_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return page

    # -- showing ------------------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.setCurrentIndex(PAGE_EMPTY)

    def show_dataset(self, raw: Dataset, spec: dict[str, Any] | None, base_dir: Path | None = None,
                     keep_range: bool = False) -> None:
        """The page that suits ``raw`` (the data without extra features); ``spec`` is its description.
        ``keep_range``: the plane keeps its view (an edit of the own points, not other data)."""
        if raw.image_shape is not None and len(raw.image_shape) in (2, 3):
            self._show_images(raw)
            self.setCurrentIndex(PAGE_IMAGES)
            return
        if raw.n_features in (1, 2) and (spec or {}).get("kind") != "csv":
            if not self.own.draw(keep_range):
                self._show_points(raw)
            self.setCurrentIndex(PAGE_PLANE)
            return
        self._fill_table(raw, spec or {}, base_dir)
        self.setCurrentIndex(PAGE_TABLE)

    def _show_images(self, raw: Dataset) -> None:
        n = min(GRID_IMAGES, raw.n_samples)
        images = np.asarray(raw.x[:n]).reshape((n, *raw.image_shape))
        labels = raw.labels(raw.y[:n]) if raw.task != "regression" else None
        names = [raw.target_names[k] if k < len(raw.target_names) else str(k) for k in labels] \
            if labels is not None else [f"{v:.3g}" for v in raw.y[:n, 0]]
        self.images.set_images(images, names)

    def _show_points(self, raw: Dataset) -> None:
        """Every sample on the plane, held-back ones as rings; one input is plotted against the target."""
        classes = None if raw.task == "regression" else list(raw.target_names)

        def points(x, y):
            if x is None:
                return None, None
            target = y[:, 0] if classes is None else raw.labels(y)
            if raw.n_features == 1:  # one input: plot it against the target
                return np.column_stack([x[:, 0], y[:, 0] if classes is None else target]), target
            return x, target

        x, t = points(raw.x, raw.y)
        extra = [(raw.x_val, raw.y_val), (raw.x_test, raw.y_test)]
        held = [points(a, b) for a, b in extra if a is not None]
        x_test = np.vstack([h[0] for h in held]) if held else None
        t_test = np.concatenate([h[1] for h in held]) if held else None
        labels = (raw.feature_names[0], raw.feature_names[1]) if raw.n_features == 2 else \
            (raw.feature_names[0], raw.target_names[0] if classes is None else translate("Data", "class"))
        self.scatter.show_points(x, t, classes, x_test=x_test, target_test=t_test, labels=labels, editable=False,
                                 plane=raw.n_features == 2)

    def _fill_table(self, raw: Dataset, spec: dict[str, Any], base_dir: Path | None) -> None:
        """The first rows: a CSV file's own cells, or the dataset's numbers."""
        table = self.table
        table.clear()
        found = csv_rows(spec, base_dir) if spec.get("kind") == "csv" else None
        header, rows = found if found is not None else dataset_rows(raw)
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(cell))
        table.resizeColumnsToContents()
