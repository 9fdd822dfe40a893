"""The data panel's controls: which dataset (the chooser and its buttons), its settings, its input features.

:class:`DatasetChooser` changes nothing itself: it shows the dataset the
network records (:meth:`~DatasetChooser.show_spec`) and says what the user
asked for with its signals; the data panel makes each request one undoable
command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...data import FEATURES, GENERATORS, Dataset
from ...i18n import fill, translate

#: The chooser's entry for the learner's own points.
OWN_ENTRY = "own"
#: The chooser's entry for a dataset that is not in the list (a file, samples in the network file).
CURRENT_ENTRY = "current"
#: Milliseconds after the last change of a setting before the dataset is made again.
SETTINGS_DELAY = 450


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


def describe(spec: dict[str, Any]) -> str:
    """The chooser's text for a dataset that is not one of its entries."""
    kind = spec.get("kind")
    if kind == "csv":
        return fill(translate("Data", "CSV file: %1"), Path(str(spec.get("path"))).name)
    if kind == "idx":
        return fill(translate("Data", "IDX images: %1"), spec.get("name") or Path(str(spec.get("train_images"))).parent.name)
    if kind == "inline":
        return fill(translate("Data", "Samples in the file: %1"), spec.get("name") or translate("Data", "samples"))
    return str(kind)


def plain_features(n_features: int) -> list[str]:
    """The features a dataset of ``n_features`` raw inputs has when no extra ones are switched on."""
    return ["x1", "x2"] if n_features == 2 else ["x1"]


class DatasetChooser(QWidget):
    """The chooser, the Import / Open / Edit buttons, a built-in set's settings and the input features."""

    #: A built-in dataset was chosen (its generator's name).
    builtinChosen = Signal(str)
    #: "Your own data" was chosen.
    ownChosen = Signal()
    importRequested = Signal()
    idxRequested = Signal()
    editRequested = Signal()
    #: The settings form changed and the user paused: :meth:`param_values` has the new settings.
    settingsEdited = Signal()
    #: The input features switched on (never empty).
    featuresChosen = Signal(list)
    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dataControls")
        self._spec: dict[str, Any] = {}
        self._raw: Dataset | None = None
        self._own = False
        self._loading = False
        top = QVBoxLayout(self)
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
        self.chooser.addItem(translate("Data", "Your own data (draw or type)"), OWN_ENTRY)
        self.chooser.activated.connect(self._chosen)
        chooser_row.addWidget(self.chooser, 1)
        top.addLayout(chooser_row)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(translate("Data", "Import CSV…"))
        self.import_button.setObjectName("importCsv")
        self.import_button.clicked.connect(self.importRequested)
        self.idx_button = QPushButton(translate("Data", "Open IDX…"))
        self.idx_button.setObjectName("openIdx")
        self.idx_button.setToolTip(translate("Data", "Images and labels in IDX files, such as Fashion-MNIST"))
        self.idx_button.clicked.connect(self.idxRequested)
        self.edit_button = QPushButton(translate("Data", "Edit these points"))
        self.edit_button.setObjectName("editPoints")
        self.edit_button.setToolTip(translate("Data", "Copy these samples into your own data, to add, move or delete points"))
        self.edit_button.clicked.connect(self.editRequested)
        for b in (self.import_button, self.idx_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)

        self.settings_box = QGroupBox(translate("Data", "Settings"))
        self.settings_form = QGridLayout(self.settings_box)
        self.settings_form.setContentsMargins(6, 2, 6, 2)
        #: The built-in set's settings, by parameter name (empty for other data).
        self.param_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._settings_timer = QTimer(self, singleShot=True, interval=SETTINGS_DELAY, timeout=self.settingsEdited)
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
        top.addStretch(1)

    # -- what the panel tells it ----------------------------------------------------------------------

    def show_spec(self, spec: dict[str, Any] | None, raw: Dataset | None, own: bool) -> None:
        """Chooser, settings and feature switches as the recorded ``spec`` says (``raw``: its data when it
        loaded; ``own``: it is the learner's own points)."""
        self._spec, self._raw, self._own = dict(spec or {}), raw, own
        self._loading = True
        try:
            spec = self._spec
            kind = spec.get("kind")
            self._remove_current_item()
            if kind == "builtin" and f"builtin:{spec.get('name')}" in self._items():
                self.chooser.setCurrentIndex(self._items().index(f"builtin:{spec.get('name')}"))
            elif own:
                self.chooser.setCurrentIndex(self._items().index(OWN_ENTRY))
            elif spec:
                self.chooser.addItem(describe(spec), CURRENT_ENTRY)
                self.chooser.setCurrentIndex(self.chooser.count() - 1)
            else:
                self.chooser.setCurrentIndex(-1)
            self._build_settings(spec if kind == "builtin" else None)
            can = raw is not None and raw.n_features in (1, 2) and raw.image_shape is None
            self.features_box.setVisible(can)
            if can:
                chosen = spec.get("features") or plain_features(raw.n_features)
                for name, box in self.feature_checks.items():
                    box.setEnabled(FEATURES[name][0] <= raw.n_features)
                    box.setChecked(name in chosen)
            self.edit_button.setVisible(raw is not None and not own and raw.n_features == 2
                                        and raw.image_shape is None)
        finally:
            self._loading = False

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def param_values(self) -> dict[str, Any]:
        """The settings in the form, by parameter name; stops a change waiting to be reported."""
        self._settings_timer.stop()
        return {name: box.value() for name, box in self.param_boxes.items()}

    # -- the chooser --------------------------------------------------------------------------------

    def _items(self) -> list:
        return [self.chooser.itemData(i) for i in range(self.chooser.count())]

    def _remove_current_item(self) -> None:
        for i in reversed(range(self.chooser.count())):
            if self.chooser.itemData(i) == CURRENT_ENTRY:
                self.chooser.removeItem(i)

    def _chosen(self, index: int) -> None:
        kind, _, key = str(self.chooser.itemData(index) or "").partition(":")
        if kind == "builtin":
            self.builtinChosen.emit(key)
        elif kind == OWN_ENTRY:
            self.ownChosen.emit()

    # -- a built-in set's settings ----------------------------------------------------------------------

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

    def _param_changed(self) -> None:
        if not self._loading:
            self._settings_timer.start()

    # -- input features -----------------------------------------------------------------------------

    def _features_toggled(self) -> None:
        if self._loading or self._raw is None:
            return
        chosen = [name for name, box in self.feature_checks.items() if box.isChecked() and box.isEnabled()]
        if not chosen:
            self.message.emit(translate("Data", "Keep at least one input feature switched on."))
            self.show_spec(self._spec, self._raw, self._own)
            return
        self.featuresChosen.emit(chosen)
