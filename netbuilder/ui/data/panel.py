"""The data panel: which dataset the network learns from, what it looks like, and the learner's own points.

It observes the document: whatever dataset the network records (chosen
here, opened with a file, put back by undo) is loaded and shown. Every
change it makes goes through one undoable
:class:`~netbuilder.ui.data.commands.AttachDataset`, which also fits the
input and output layers; the status bar says what changed.

The panel puts together parts with one job each:

- :class:`~netbuilder.ui.data.chooser.DatasetChooser`: the chooser, its buttons, settings and input features;
- :class:`~netbuilder.ui.data.preview.DataPreview`: the scatter plot, image grid or table;
- :class:`~netbuilder.ui.data.own_points.OwnPointsEditor`: drawing and typing own points
  (their rules: :mod:`netbuilder.data.own_samples`);
- :class:`~netbuilder.ui.data.cache.DatasetCache`: the last datasets, kept loaded;
- :mod:`netbuilder.ui.data.files`: asking for CSV and IDX files.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QWidget

from ...data import GENERATORS, Dataset
from ...data.own_samples import OWN_NAME, Samples, default_samples, is_own, samples_from
from ...i18n import fill, translate
from ..document import Document
from .cache import CACHE_SIZE, DatasetCache, spec_key
from .chooser import DatasetChooser, feature_title, param_title, plain_features
from .commands import AttachDataset
from .files import ask_csv_dataset, ask_idx_file, idx_spec_for
from .own_points import OwnPointsEditor
from .preview import GRID_IMAGES, PAGE_EMPTY, PAGE_IMAGES, PAGE_PLANE, PAGE_TABLE, TABLE_ROWS, DataPreview, summary_text
from .scatter import ScatterView

__all__ = [
    "CACHE_SIZE", "GRID_IMAGES", "PAGE_EMPTY", "PAGE_IMAGES", "PAGE_PLANE", "PAGE_TABLE", "TABLE_ROWS", "DataPanel",
    "feature_title", "param_title", "spec_key",
]


class DataPanel(QWidget):
    """The Data dock: shows the network's dataset and makes every change to it one undoable command."""

    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.doc = doc
        self.cache = DatasetCache()
        self._shown_key: str | None = None
        self.spec: dict[str, Any] | None = None
        #: The data as the network gets it (extra features included), and as it was made (for pictures).
        self.data: Dataset | None = None
        self.raw: Dataset | None = None
        self.last_command: AttachDataset | None = None

        self.dataset_chooser = DatasetChooser()
        self.dataset_chooser.builtinChosen.connect(self.choose)
        self.dataset_chooser.ownChosen.connect(self.choose_own)
        self.dataset_chooser.importRequested.connect(self.import_csv)
        self.dataset_chooser.idxRequested.connect(self.open_idx)
        self.dataset_chooser.editRequested.connect(self.edit_points)
        self.dataset_chooser.settingsEdited.connect(self.apply_settings)
        self.dataset_chooser.featuresChosen.connect(self.set_features)
        self.dataset_chooser.message.connect(self.message)
        self.scatter = ScatterView()
        self.own = OwnPointsEditor(self.scatter, self.use_samples, self)
        self.own.message.connect(self.message)
        self.preview = DataPreview(self.scatter, self.own)

        # The parts' widgets, by the names the panel always gave them.
        c, own = self.dataset_chooser, self.own
        self.chooser, self.import_button, self.idx_button, self.edit_button = \
            c.chooser, c.import_button, c.idx_button, c.edit_button
        self.settings_box, self.features_box, self.feature_checks = c.settings_box, c.features_box, c.feature_checks
        self.summary, self.problem = c.summary, c.problem
        self.stack, self.empty, self.images, self.table = self.preview, self.preview.empty, self.preview.images, \
            self.preview.table
        self.draw_tools, self.hint, self.samples_page, self.samples_table = \
            own.draw_tools, own.hint, own.samples_page, own.samples_table
        self.class_label, self.class_choice, self.value_choice = own.class_label, own.class_choice, own.value_choice
        self.class_count_label, self.class_count = own.class_count_label, own.class_count
        self.add_row_button, self.delete_rows_button = own.add_row_button, own.delete_rows_button

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.setContentsMargins(6, 4, 6, 4)
        self.controls = QScrollArea()
        self.controls.setObjectName("dataControlsScroll")
        self.controls.setWidgetResizable(True)
        self.controls.setFrameShape(QFrame.Shape.NoFrame)
        self.controls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls.setWidget(self.dataset_chooser)
        self.body.addWidget(self.controls, 0)
        self.body.addWidget(self.preview, 1)
        self.set_horizontal(True)

        doc.settingsChanged.connect(self._settings_changed)
        # Another network: its data is read when the panel is on screen (a tab behind others waits until it is
        # raised), so opening a file is not held up by loading MNIST (0.6 s) for an image grid nobody sees.
        self._stale = True
        doc.reset.connect(self._refresh_when_shown)
        doc.pathChanged.connect(lambda _: self._refresh_when_shown())  # relative data paths are read from the file's folder
        QTimer.singleShot(0, self._refresh_when_shown)

    @property
    def samples(self) -> Samples | None:
        """The learner's own points, when the dataset is drawn or typed."""
        return self.own.samples

    @property
    def param_boxes(self) -> dict:
        """A built-in set's settings in the form, by parameter name."""
        return self.dataset_chooser.param_boxes

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

    # -- reading what the document says ---------------------------------------------------------------

    @property
    def base_dir(self) -> Path | None:
        return self.doc.path.parent if self.doc.path else None

    def load(self, spec: dict[str, Any]) -> tuple[Dataset, Dataset]:
        """(data as the network gets it, raw data) for a spec; ``ValueError`` says what is wrong."""
        return self.cache.load(spec, self.base_dir)

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
        self.data = self.raw = None
        self.own.set_samples(None)
        self.dataset_chooser.show_problem(None)
        if spec is None:
            self._sync_controls()
            self.summary.setText("")
            self.preview.show_nothing()
            return
        try:
            self.data, self.raw = self.load(spec)
        except (ValueError, KeyError, TypeError) as exc:
            self._sync_controls()
            self.summary.setText("")
            problem = fill(translate("Data", "The network's dataset cannot be loaded: %1"), exc)
            self.dataset_chooser.show_problem(problem)
            self.preview.show_nothing()
            return
        if is_own(spec):
            try:
                self.own.set_samples(samples_from(self.raw, spec.get("features"), str(spec.get("name") or OWN_NAME)))
            except ValueError:
                self.own.set_samples(None)
        self._sync_controls()
        self.dataset_chooser.set_summary(summary_text(self.data))
        keep_range = previous_own and self.samples is not None  # an edit of own points keeps the view
        self.preview.show_dataset(self.raw, self.spec, self.base_dir, keep_range=keep_range)

    def _sync_controls(self) -> None:
        """Chooser, settings, feature switches and the own-points tools as the recorded spec says."""
        self.dataset_chooser.show_spec(self.spec, self.raw, own=self.samples is not None)
        self.own.sync_controls()

    # -- choosing ---------------------------------------------------------------------------------------

    def choose(self, name: str, params: dict[str, Any] | None = None) -> bool:
        """Use a built-in dataset (default settings unless given)."""
        spec = {"kind": "builtin", "name": name, "params": dict(params or {})}
        gen = GENERATORS[name]
        return self.use_spec(spec, fill(translate("Data", "Use dataset “%1”"), translate("Datasets", gen.label)))

    def choose_own(self) -> bool:
        """Use the learner's own points (two to start with), unless the data already is own points."""
        if self.samples is not None:
            return False
        return self.use_samples(default_samples(), translate("Data", "Use your own data"))

    def apply_settings(self) -> bool:
        """Use the built-in dataset again with the settings in the form."""
        params = self.dataset_chooser.param_values()
        spec = self.spec or {}
        if spec.get("kind") != "builtin" or not params:
            return False
        new = {"kind": "builtin", "name": spec["name"], "params": params}
        if spec.get("features") is not None:
            new["features"] = list(spec["features"])
        label = translate("Datasets", GENERATORS[spec["name"]].label)
        return self.use_spec(new, fill(translate("Data", "Change settings of “%1”"), label))

    def set_features(self, names: list[str]) -> bool:
        """Switch extra input features on or off (the input layer follows)."""
        spec = dict(self.spec or {})
        if list(names) == plain_features(self.raw.n_features):
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
            self.dataset_chooser.show_problem(str(exc))
            self.message.emit(fill(translate("Data", "Cannot use this data: %1"), exc))
            self._sync_controls()
            return False
        if spec.get("kind") == "builtin":
            # Record every setting (defaults filled in), so the file says exactly which data it was made for.
            canonical = copy.deepcopy(raw.spec)
            self.cache.remember(canonical, raw, self.base_dir)
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
        data = ask_csv_dataset(self, self.base_dir or Path.home())
        if data is None:
            return False
        return self.attach(copy.deepcopy(data.spec), data, fill(translate("Data", "Import “%1”"), data.name))

    def open_idx(self) -> bool:
        path = ask_idx_file(self, self.base_dir or Path.home())
        return self.open_idx_file(path) if path else False

    def open_idx_file(self, path: str | Path) -> bool:
        """Images in IDX files: the standard four names in a folder give a test set too."""
        try:
            spec = idx_spec_for(path)
        except ValueError as exc:
            self.dataset_chooser.show_problem(str(exc))
            self.message.emit(fill(translate("Data", "Cannot use this data: %1"), exc))
            return False
        return self.use_spec(spec, fill(translate("Data", "Open images “%1”"), spec["name"]))

    # -- the learner's own points -------------------------------------------------------------------------

    def use_samples(self, samples: Samples, text: str, *, quiet: bool = False) -> bool:
        """Make ``samples`` the network's dataset (the switched-on input features kept)."""
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
        return self.own.new_target()

    def add_point(self, x1: float, x2: float) -> bool:
        return self.own.add_point(x1, x2)

    def move_point(self, index: int, x1: float, x2: float) -> bool:
        return self.own.move_point(index, x1, x2)

    def delete_point(self, index: int) -> bool:
        return self.own.delete_point(index)

    def add_row(self) -> bool:
        return self.own.add_row()

    def delete_rows(self) -> bool:
        return self.own.delete_rows()
