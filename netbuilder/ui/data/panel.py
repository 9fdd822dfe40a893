"""The data panel: which dataset the network learns from, what it looks like, and the learner's own points.

It observes the document: whatever dataset the network records (chosen
here, opened with a file, put back by undo) is loaded and shown — a scatter
plot for two inputs, a grid of images for image sets, the first rows for a
CSV file. Every change it makes goes through one undoable
:class:`~netbuilder.ui.data.commands.AttachDataset`, which also fits the
input and output layers; the status bar says what changed.
"""

from __future__ import annotations

import copy
import json
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...data import FEATURES, GENERATORS, Dataset, load_dataset, with_features
from ...data.csv_table import read_table
from ...data.image_sets import idx_spec
from ...data.own_samples import MAX_CLASSES, Samples, default_samples, is_own, samples_from
from ...i18n import fill, translate
from ..document import Document
from .commands import AttachDataset
from .csv_dialog import CsvImportDialog
from .images import ImageGrid
from .scatter import ScatterView, class_colour, hint_text

#: How many images the grid shows, and how many rows the tables show.
GRID_IMAGES = 40
TABLE_ROWS = 200
#: Datasets kept loaded (undo and redo switch between the last few without reading them again).
CACHE_SIZE = 2

PAGE_EMPTY, PAGE_PLANE, PAGE_IMAGES, PAGE_TABLE = range(4)


def feature_title(name: str) -> str:
    return {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
            "sin(x1)": "sin x₁", "sin(x2)": "sin x₂"}[name]


def param_title(name: str) -> str:
    titles = {
        "n": translate("Data", "Samples"),
        "noise": translate("Data", "Noise"),
        "seed": translate("Data", "Seed"),
        "test_fraction": translate("Data", "Test share"),
        "classes": translate("Data", "Classes"),
        "limit": translate("Data", "Training images"),
    }
    return titles.get(name, name)


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


_FILE_KEYS = ("path", "train_images", "train_labels", "test_images", "test_labels")


def spec_key(spec: dict[str, Any] | None, base_dir: Path | None = None) -> str:
    """Equal for specs that make the same data; a data file that changed on disk changes the key."""
    stamps = []
    for key in _FILE_KEYS:
        value = (spec or {}).get(key)
        if isinstance(value, str):
            path = Path(value).expanduser()
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            try:
                st = path.stat()
                stamps.append((key, st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append((key, None))
    return json.dumps([spec, str(base_dir), stamps], sort_keys=True, default=_jsonable)


class DataPanel(QWidget):
    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.doc = doc
        self._cache: OrderedDict[str, Dataset] = OrderedDict()
        self._shown_key: str | None = None
        self.spec: dict[str, Any] | None = None
        #: The data as the network gets it (extra features included), and as it was made (for pictures).
        self.data: Dataset | None = None
        self.raw: Dataset | None = None
        #: The learner's own points, when the dataset is drawn or typed.
        self.samples: Samples | None = None
        self.last_command: AttachDataset | None = None
        self._loading = False

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.setContentsMargins(6, 4, 6, 4)
        controls = QWidget()
        controls.setObjectName("dataControls")
        top = QVBoxLayout(controls)
        top.setContentsMargins(0, 0, 4, 0)

        chooser_row = QHBoxLayout()
        chooser_row.addWidget(QLabel(translate("Data", "Dataset:")))
        self.chooser = QComboBox()
        self.chooser.setObjectName("datasetChooser")
        for key, gen in GENERATORS.items():
            self.chooser.addItem(translate("Datasets", gen.label), f"builtin:{key}")
            self.chooser.setItemData(self.chooser.count() - 1, translate("Datasets", gen.description),
                                     Qt.ItemDataRole.ToolTipRole)
        self.chooser.insertSeparator(self.chooser.count())
        self.chooser.addItem(translate("Data", "Your own data (draw or type)"), "own")
        self.chooser.activated.connect(self._chosen)
        chooser_row.addWidget(self.chooser, 1)
        top.addLayout(chooser_row)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(translate("Data", "Import CSV…"))
        self.import_button.setObjectName("importCsv")
        self.import_button.clicked.connect(self.import_csv)
        self.idx_button = QPushButton(translate("Data", "Open IDX…"))
        self.idx_button.setObjectName("openIdx")
        self.idx_button.setToolTip(translate("Data", "Images and labels in IDX files, such as Fashion-MNIST"))
        self.idx_button.clicked.connect(self.open_idx)
        self.edit_button = QPushButton(translate("Data", "Edit these points"))
        self.edit_button.setObjectName("editPoints")
        self.edit_button.setToolTip(translate("Data", "Copy these samples into your own data, to add, move or delete points"))
        self.edit_button.clicked.connect(self.edit_points)
        for b in (self.import_button, self.idx_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)

        self.settings_box = QGroupBox(translate("Data", "Settings"))
        self.settings_form = QGridLayout(self.settings_box)
        self.settings_form.setContentsMargins(6, 2, 6, 2)
        self.param_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._settings_timer = QTimer(self, singleShot=True, interval=450, timeout=self.apply_settings)
        top.addWidget(self.settings_box)

        self.features_box = QGroupBox(translate("Data", "Input features"))
        self.features_box.setToolTip(translate(
            "Data", "Extra inputs computed from x₁ and x₂, as in the TensorFlow Playground; "
                    "the input layer gets one neuron for each feature switched on."))
        grid = QGridLayout(self.features_box)
        grid.setContentsMargins(6, 2, 6, 2)
        self.feature_checks: dict[str, QCheckBox] = {}
        for k, name in enumerate(FEATURES):
            box = QCheckBox(feature_title(name))
            box.setObjectName(f"feature:{name}")
            box.toggled.connect(self._features_toggled)
            grid.addWidget(box, k // 4, k % 4)
            self.feature_checks[name] = box
        top.addWidget(self.features_box)

        self.summary = QLabel()
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary)
        self.problem = QLabel()
        self.problem.setObjectName("dataProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00;")
        self.problem.hide()
        top.addWidget(self.problem)

        self.stack = QStackedWidget()
        self.empty = QLabel(translate("Data", "This network names no data yet: choose a dataset above, "
                                              "import a CSV file, or draw your own points."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_plane_page())
        self.images = ImageGrid()
        self.stack.addWidget(self.images)
        self.table = QTableWidget()
        self.table.setObjectName("dataTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stack.addWidget(self.table)

        top.addStretch(1)
        self.controls = QScrollArea()
        self.controls.setObjectName("dataControlsScroll")
        self.controls.setWidgetResizable(True)
        self.controls.setFrameShape(QFrame.Shape.NoFrame)
        self.controls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls.setWidget(controls)
        self.body.addWidget(self.controls, 0)
        self.body.addWidget(self.stack, 1)
        self.set_horizontal(True)

        doc.settingsChanged.connect(self._settings_changed)
        # Another network: its data is read when the panel is on screen (a tab behind others waits until it is
        # raised), so opening a file is not held up by loading MNIST (0.6 s) for an image grid nobody sees.
        self._stale = True
        doc.reset.connect(self._refresh_when_shown)
        doc.pathChanged.connect(lambda _: self._refresh_when_shown())  # relative data paths are read from the file's folder
        QTimer.singleShot(0, self._refresh_when_shown)

    def _refresh_when_shown(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)

    def set_horizontal(self, horizontal: bool) -> None:
        """Controls beside the picture (a dock above or below the canvas) or above it (a dock at a side)."""
        if horizontal:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.controls.setFixedWidth(self.controls.widget().sizeHint().width() + 24)
            self.controls.setMaximumHeight(16777215)
        else:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.controls.setMinimumWidth(0)
            self.controls.setMaximumWidth(16777215)
            self.controls.setMaximumHeight(self.controls.widget().sizeHint().height() + 8)

    def _build_plane_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
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
        layout.addWidget(self.draw_tools)
        self.hint = QLabel(hint_text())
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.hint)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.scatter = ScatterView()
        self.scatter.setMinimumHeight(200)
        self.scatter.box.clickedAt.connect(self.add_point)
        self.scatter.box.pointDragged.connect(self._dragged)
        self.scatter.deleteRequested.connect(self.delete_point)
        splitter.addWidget(self.scatter)
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
        splitter.addWidget(self.samples_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return page

    # -- reading what the document says ---------------------------------------------------------------

    @property
    def base_dir(self) -> Path | None:
        return self.doc.path.parent if self.doc.path else None

    def load(self, spec: dict[str, Any]) -> tuple[Dataset, Dataset]:
        """(data as the network gets it, raw data) for a spec; ``ValueError`` says what is wrong."""
        raw_spec = {k: v for k, v in spec.items() if k != "features"}
        key = spec_key(raw_spec, self.base_dir)
        raw = self._cache.get(key)
        if raw is None:
            raw = load_dataset(raw_spec, self.base_dir)
            self._cache[key] = raw
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        data = with_features(raw, spec["features"]) if spec.get("features") is not None else raw
        return data, raw

    def _settings_changed(self, names) -> None:
        if "dataset" in names:
            self.refresh()

    def refresh(self) -> None:
        """Show the dataset the network records."""
        self._stale = False
        spec = self.doc.network.dataset
        key = spec_key(spec, self.base_dir)
        if key == self._shown_key:
            return
        previous_own = self.samples is not None
        self._shown_key = key
        self.spec = copy.deepcopy(spec)
        self.data = self.raw = self.samples = None
        self._show_problem(None)
        if spec is None:
            self._sync_controls()
            self.summary.setText("")
            self.stack.setCurrentIndex(PAGE_EMPTY)
            return
        try:
            self.data, self.raw = self.load(spec)
        except (ValueError, KeyError, TypeError) as exc:
            self._sync_controls()
            self.summary.setText("")
            self._show_problem(fill(translate("Data", "The network's dataset cannot be loaded: %1"), exc))
            self.stack.setCurrentIndex(PAGE_EMPTY)
            return
        if is_own(spec):
            try:
                self.samples = samples_from(self.raw, spec.get("features"), str(spec.get("name") or "your data"))
            except ValueError:
                self.samples = None
        self._sync_controls()
        self._show_summary()
        self._show_data(keep_range=previous_own and self.samples is not None)

    def _show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def _show_summary(self) -> None:
        data = self.data
        lines = [data.summary()]
        if data.description:
            lines.append(data.description)
        if data.image_shape is not None:
            lines.append(fill(translate("Data", "The first %1 training images, with their labels:"),
                              min(GRID_IMAGES, data.n_samples)))
        self.summary.setText("\n".join(lines))

    def _show_data(self, keep_range: bool) -> None:
        raw = self.raw
        if raw.image_shape is not None and len(raw.image_shape) in (2, 3):
            n = min(GRID_IMAGES, raw.n_samples)
            images = np.asarray(raw.x[:n]).reshape((n, *raw.image_shape))
            labels = raw.labels(raw.y[:n]) if raw.task != "regression" else None
            names = [raw.target_names[k] if k < len(raw.target_names) else str(k) for k in labels] \
                if labels is not None else [f"{v:.3g}" for v in raw.y[:n, 0]]
            self.images.set_images(images, names)
            self.stack.setCurrentIndex(PAGE_IMAGES)
            return
        if raw.n_features in (1, 2) and (self.spec or {}).get("kind") != "csv":
            self._show_plane(keep_range)
            self.stack.setCurrentIndex(PAGE_PLANE)
            return
        self._fill_table()
        self.stack.setCurrentIndex(PAGE_TABLE)

    def _show_plane(self, keep_range: bool) -> None:
        raw, own = self.raw, self.samples
        self.draw_tools.setVisible(own is not None)
        self.hint.setVisible(own is not None)
        self.samples_page.setVisible(own is not None)
        if own is not None:
            self.scatter.show_points(own.x, own.target, list(own.classes) if own.classes else None,
                                     labels=(own.feature_names[0], own.feature_names[1]), editable=True,
                                     keep_range=keep_range)
            self._fill_samples_table()
            return
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

    def _fill_table(self) -> None:
        """The first rows: a CSV file's own cells, or the dataset's numbers."""
        table, spec = self.table, self.spec or {}
        table.clear()
        header, rows = None, None
        if spec.get("kind") == "csv":
            try:
                path = Path(spec["path"]).expanduser()
                if not path.is_absolute() and self.base_dir is not None:
                    path = self.base_dir / path
                csv = read_table(path, delimiter=spec.get("delimiter"), header=spec.get("header"))
                roles = {name: translate("Data", "input") for name in spec.get("feature_columns") or []}
                roles.update({name: translate("Data", "target") for name in spec.get("target_columns") or []})
                header = [f"{c} ({roles[c]})" if c in roles else c for c in csv.columns]
                rows = csv.rows[:TABLE_ROWS]
            except (ValueError, KeyError, OSError):
                header = None
        if header is None:
            data = self.raw
            header = list(data.feature_names) + (list(data.target_names) if data.task == "regression"
                                                 else [translate("Data", "class")])
            target = data.y[:TABLE_ROWS] if data.task == "regression" else \
                np.asarray([data.target_names[k] for k in data.labels(data.y[:TABLE_ROWS])], dtype=object).reshape(-1, 1)
            rows = [[f"{v:.6g}" for v in xr] + [str(v) if isinstance(v, str) else f"{v:.6g}" for v in tr]
                    for xr, tr in zip(data.x[:TABLE_ROWS], target)]
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(cell))
        table.resizeColumnsToContents()

    def _fill_samples_table(self) -> None:
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

    def _sync_controls(self) -> None:
        """Chooser, settings and feature switches as the recorded spec says."""
        self._loading = True
        try:
            spec = self.spec or {}
            kind = spec.get("kind")
            self._remove_current_item()
            if kind == "builtin" and f"builtin:{spec.get('name')}" in self._items():
                self.chooser.setCurrentIndex(self._items().index(f"builtin:{spec.get('name')}"))
            elif self.samples is not None:
                self.chooser.setCurrentIndex(self._items().index("own"))
            elif spec:
                self.chooser.addItem(self._describe(spec), "current")
                self.chooser.setCurrentIndex(self.chooser.count() - 1)
            else:
                self.chooser.setCurrentIndex(-1)
            self._build_settings(spec if kind == "builtin" else None)
            raw = self.raw
            can = raw is not None and raw.n_features in (1, 2) and raw.image_shape is None
            self.features_box.setVisible(can)
            if can:
                chosen = spec.get("features") or (["x1", "x2"] if raw.n_features == 2 else ["x1"])
                for name, box in self.feature_checks.items():
                    box.setEnabled(FEATURES[name][0] <= raw.n_features)
                    box.setChecked(name in chosen)
            self.edit_button.setVisible(raw is not None and self.samples is None and raw.n_features == 2
                                        and raw.image_shape is None)
            own = self.samples
            if own is not None:
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
            self._loading = False

    def _items(self) -> list:
        return [self.chooser.itemData(i) for i in range(self.chooser.count())]

    def _remove_current_item(self) -> None:
        for i in reversed(range(self.chooser.count())):
            if self.chooser.itemData(i) == "current":
                self.chooser.removeItem(i)

    def _describe(self, spec: dict[str, Any]) -> str:
        kind = spec.get("kind")
        if kind == "csv":
            return fill(translate("Data", "CSV file: %1"), Path(str(spec.get("path"))).name)
        if kind == "idx":
            return fill(translate("Data", "IDX images: %1"), spec.get("name") or Path(str(spec.get("train_images"))).parent.name)
        if kind == "inline":
            return fill(translate("Data", "Samples in the file: %1"), spec.get("name") or translate("Data", "samples"))
        return str(kind)

    def _build_settings(self, spec: dict[str, Any] | None) -> None:
        while self.settings_form.count():
            widget = self.settings_form.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.param_boxes = {}
        if spec is None or spec.get("name") not in GENERATORS:
            self.settings_box.hide()
            return
        gen = GENERATORS[spec["name"]]
        values = dict(spec.get("params") or {})
        for k, p in enumerate(gen.all_params()):
            if p.kind is int:
                box = QSpinBox()
                box.setRange(int(p.minimum if p.minimum is not None else 0),
                             int(p.maximum if p.maximum is not None else 2**31 - 1))
            else:
                box = QDoubleSpinBox()
                box.setDecimals(2)
                box.setSingleStep(0.05)
                box.setRange(float(p.minimum if p.minimum is not None else -1e9),
                             float(p.maximum if p.maximum is not None else 1e9))
            box.setObjectName(f"param:{p.name}")
            box.setValue(values.get(p.name, p.default))
            tip = translate("Datasets", p.description) if p.description else ""
            box.setToolTip(tip)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._param_changed)
            label = QLabel(param_title(p.name))
            label.setToolTip(tip)
            row, col = divmod(k, 2)
            self.settings_form.addWidget(label, row, 2 * col)
            self.settings_form.addWidget(box, row, 2 * col + 1)
            self.param_boxes[p.name] = box
        self.settings_box.show()

    # -- choosing ---------------------------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        kind, _, key = str(self.chooser.itemData(index) or "").partition(":")
        if kind == "builtin":
            self.choose(key)
        elif kind == "own":
            if self.samples is None:
                self.use_samples(default_samples(), translate("Data", "Use your own data"))

    def choose(self, name: str, params: dict[str, Any] | None = None) -> bool:
        """Use a built-in dataset (default settings unless given)."""
        spec = {"kind": "builtin", "name": name, "params": dict(params or {})}
        gen = GENERATORS[name]
        return self.use_spec(spec, fill(translate("Data", "Use dataset “%1”"), translate("Datasets", gen.label)))

    def _param_changed(self) -> None:
        if not self._loading:
            self._settings_timer.start()

    def apply_settings(self) -> bool:
        """Use the built-in dataset again with the settings in the form."""
        self._settings_timer.stop()
        spec = self.spec or {}
        if spec.get("kind") != "builtin" or not self.param_boxes:
            return False
        params = {name: box.value() for name, box in self.param_boxes.items()}
        new = {"kind": "builtin", "name": spec["name"], "params": params}
        if spec.get("features") is not None:
            new["features"] = list(spec["features"])
        label = translate("Datasets", GENERATORS[spec["name"]].label)
        return self.use_spec(new, fill(translate("Data", "Change settings of “%1”"), label))

    def _features_toggled(self) -> None:
        if self._loading or self.raw is None:
            return
        chosen = [name for name, box in self.feature_checks.items() if box.isChecked() and box.isEnabled()]
        if not chosen:
            self.message.emit(translate("Data", "Keep at least one input feature switched on."))
            self._sync_controls()
            return
        self.set_features(chosen)

    def set_features(self, names: list[str]) -> bool:
        """Switch extra input features on or off (the input layer follows)."""
        spec = dict(self.spec or {})
        plain = ["x1", "x2"] if self.raw.n_features == 2 else ["x1"]
        if list(names) == plain:
            spec.pop("features", None)
        else:
            spec["features"] = list(names)
        text = fill(translate("Data", "Input features: %1"), ", ".join(feature_title(n) for n in names))
        return self.use_spec(spec, text)

    def use_spec(self, spec: dict[str, Any], text: str, *, quiet: bool = False) -> bool:
        """Load ``spec`` and, if it loads, make it the network's dataset in one undoable step."""
        try:
            data, raw = self.load(spec)
        except (ValueError, KeyError, TypeError) as exc:
            self._show_problem(str(exc))
            self.message.emit(fill(translate("Data", "Cannot use this data: %1"), exc))
            self._sync_controls()
            return False
        if spec.get("kind") == "builtin":
            # Record every setting (defaults filled in), so the file says exactly which data it was made for.
            canonical = copy.deepcopy(raw.spec)
            self._cache[spec_key(canonical, self.base_dir)] = raw
            if spec.get("features") is not None:
                canonical["features"] = list(spec["features"])
            spec = canonical
        return self.attach(spec, data, text, quiet=quiet)

    def attach(self, spec: dict[str, Any], data: Dataset, text: str, *, quiet: bool = False) -> bool:
        command = AttachDataset(self.doc.network, spec, data, text)
        if not self.doc.push(command):
            self.message.emit(self.doc.locked_reason or translate("Data", "Editing is locked."))
            self._shown_key = None
            self.refresh()
            return False
        self.last_command = command
        if command.problem:
            if not quiet:
                self.message.emit(fill(translate("Data", "Using %1, but the layers were not fitted to it: %2"),
                                       data.name, command.problem))
        elif command.changes:
            self.message.emit(fill(translate("Data", "Using %1: %2."), data.name, "; ".join(command.changes)))
        elif not quiet:
            self.message.emit(fill(translate("Data", "Using %1; the input and output layers already fit it."), data.name))
        return True

    # -- files ------------------------------------------------------------------------------------------

    def import_csv(self) -> bool:
        dialog = CsvImportDialog(self, str(self.base_dir or Path.home()))
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted or dialog.dataset is None:
            return False
        data = dialog.dataset
        return self.attach(copy.deepcopy(data.spec), data, fill(translate("Data", "Import “%1”"), data.name))

    def open_idx(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Data", "Open IDX images"), str(self.base_dir or Path.home()),
            translate("Data", "IDX image files (*idx3* *.idx *.gz);;All files (*)"))
        return self.open_idx_file(path) if path else False

    def open_idx_file(self, path: str | Path) -> bool:
        """Images in IDX files: the standard four names in a folder give a test set too."""
        path = Path(path).expanduser().absolute()
        try:
            spec = None
            if path.name.startswith("train-images"):
                try:
                    spec = idx_spec(path.parent)
                except ValueError:
                    spec = None
            spec = spec or idx_spec(path)
            spec.setdefault("name", path.parent.name or path.stem)
        except ValueError as exc:
            self._show_problem(str(exc))
            self.message.emit(fill(translate("Data", "Cannot use this data: %1"), exc))
            return False
        return self.use_spec(spec, fill(translate("Data", "Open images “%1”"), spec["name"]))

    # -- the learner's own points -------------------------------------------------------------------------

    def use_samples(self, samples: Samples, text: str, *, quiet: bool = False) -> bool:
        if self.samples is not None and samples.features is None and self.samples.features is not None:
            samples = Samples(samples.x, samples.target, samples.classes, samples.feature_names, samples.target_name,
                              self.samples.features, samples.name)
        return self.use_spec(samples.to_spec(), text, quiet=quiet)

    def edit_points(self) -> bool:
        """Turn the shown samples into own data, to change them."""
        if self.raw is None:
            return False
        own = samples_from(self.raw, (self.spec or {}).get("features"))
        if own is None:
            self.message.emit(translate("Data", "Only data with two inputs can be drawn on the plane."))
            return False
        return self.use_samples(own, translate("Data", "Edit the points as your own data"))

    def new_target(self) -> float:
        own = self.samples
        if own is not None and own.classes is None:
            return float(self.value_choice.value())
        return float(max(self.class_choice.currentData() or 0, 0))

    def add_point(self, x1: float, x2: float) -> bool:
        if self.samples is None:
            return False
        new = self.samples.with_point(x1, x2, self.new_target())
        self.scatter.select(new.n - 1)
        return self.use_samples(new, translate("Data", "Add point"), quiet=True)

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
        return self.use_samples(self.samples.moved(index, x1, x2), translate("Data", "Move point"), quiet=True)

    def delete_point(self, index: int) -> bool:
        return self._delete([index], translate("Data", "Delete point"))

    def _delete(self, indices: list[int], text: str) -> bool:
        if self.samples is None:
            return False
        try:
            new = self.samples.without(indices)
        except ValueError as exc:
            self.message.emit(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return False
        self.scatter.select(None)
        return self.use_samples(new, text, quiet=True)

    def _class_count_changed(self, k: int) -> None:
        if self._loading or self.samples is None or self.samples.classes is None:
            return
        try:
            new = self.samples.with_classes(k)
        except ValueError as exc:
            self.message.emit(str(exc)[:1].upper() + str(exc)[1:] + ".")
            self._sync_controls()
            return
        self.use_samples(new, fill(translate("Data", "Use %1 classes"), k))

    # -- the table of own samples -------------------------------------------------------------------------

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self.samples is None:
            return
        where = (item.row() + 1, item.column() + 1)
        try:
            value = float(item.text().strip().replace(",", "."))
        except ValueError:
            self.message.emit(fill(translate("Data", "Row %1, column %2: “%3” is not a number."), *where, item.text()))
            self._fill_samples_table()
            return
        try:
            new = self.samples.with_value(item.row(), item.column(), value)
        except ValueError as exc:
            self.message.emit(fill(translate("Data", "Row %1, column %2: %3."), *where, exc))
            self._fill_samples_table()
            return
        self.use_samples(new, fill(translate("Data", "Edit sample %1"), item.row() + 1), quiet=True)

    def add_row(self) -> bool:
        if self.samples is None:
            return False
        return self.use_samples(self.samples.with_point(0.0, 0.0, self.new_target()), translate("Data", "Add sample"),
                                quiet=True)

    def delete_rows(self) -> bool:
        rows = sorted({index.row() for index in self.samples_table.selectedIndexes()})
        if not rows:
            self.message.emit(translate("Data", "Select the rows to delete first."))
            return False
        return self._delete(rows, translate("Data", "Delete samples"))
