"""Train → Compare…: the same network trained several times, changing one thing, side by side.

Google's ML Crash Course has learners re-run a model "four or five times" to see what the initialisation
does. Here the learner chooses what varies — the initialisation (zeros, small random, Glorot, He), the
learning rate (a list) or the seed (N runs) — and the runs train in the background
(:class:`~netbuilder.workers.compare.CompareController`, through :func:`netbuilder.compare.compare`) while the
window stays usable. Each run's loss curve joins the Loss panel's comparison as it ends, labelled with what it
changed, and the table gives its final loss, accuracy (R² for regression) and the first epoch at which the
loss reached a target. The document is not changed: every run trains a copy.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from .. import compare as core
from ..i18n import fill, translate
from ..workers.compare import CompareController
from .panels.base import format_value, percent

__all__ = ["CompareDialog", "install_compare", "parse_rates"]

#: At most this many runs in one comparison (the Loss panel draws as many overlays).
MAX_RUNS = 8
INITIALIZATION, LEARNING_RATE, SEED = "initialization", "learning_rate", "seed"


def initialization_variants() -> list[core.Variant]:
    """The four initialisations of :func:`netbuilder.compare.initializations`, labelled in the window's language."""
    labels = [translate("Compare", "zeros"), translate("Compare", "small random (σ = 0.01)"),
              translate("Compare", "Glorot uniform"), translate("Compare", "He normal")]
    return [core.Variant(label, variant.changes) for label, variant in zip(labels, core.initializations())]


def parse_rates(text: str) -> list[float]:
    """"0.01, 0.1 1" → [0.01, 0.1, 1.0]; a ValueError in the app's words for anything else."""
    parts = [p for p in text.replace(";", " ").replace(",", " ").split() if p]
    if not parts:
        raise ValueError(translate("Compare", "Type one or more learning rates, e.g. 0.01, 0.1, 1."))
    rates = []
    for part in parts:
        try:
            rate = float(part)
        except ValueError:
            raise ValueError(fill(translate("Compare", "“%1” is not a number."), part)) from None
        if not math.isfinite(rate) or rate <= 0:
            raise ValueError(fill(translate("Compare", "A learning rate must be larger than 0, not %1."), part))
        rates.append(rate)
    if len(rates) > MAX_RUNS:
        raise ValueError(fill(translate("Compare", "At most %1 runs at a time."), MAX_RUNS))
    return rates


class CompareDialog(QDialog):
    """The dialog of one window: what varies, the runs' progress, the table; the curves go to the Loss panel."""

    #: A run ended and its row was added (k, comparison).
    runAdded = Signal(int, object)
    #: The comparison ended (cancelled or not).
    done = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("Compare", "Compare Runs"))
        self.setModal(False)
        self.controller = CompareController(self)
        self.controller.runDone.connect(self._run_done)
        self.controller.epochDone.connect(self._epoch_done)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        #: (label, comparison) of the runs so far.
        self.results: list = []
        self._variants: list[core.Variant] = []

        layout = QVBoxLayout(self)
        intro = QLabel(translate("Compare", "Train the network several times, changing one thing, and compare the "
                                            "runs. Each run trains a copy: the network is not changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("compareKind")
        self.kind_box.addItem(translate("Compare", "Initialisation"), INITIALIZATION)
        self.kind_box.addItem(translate("Compare", "Learning rate"), LEARNING_RATE)
        self.kind_box.addItem(translate("Compare", "Seed"), SEED)
        form.addRow(translate("Compare", "What varies:"), self.kind_box)
        self.options = QStackedWidget()
        # initialisations
        inits = QWidget()
        row = QHBoxLayout(inits)
        row.setContentsMargins(0, 0, 0, 0)
        self.init_boxes: list[tuple[QCheckBox, core.Variant]] = []
        for variant in initialization_variants():
            box = QCheckBox(variant.label)
            box.setChecked(True)
            row.addWidget(box)
            self.init_boxes.append((box, variant))
        row.addStretch(1)
        self.options.addWidget(inits)
        # learning rates
        self.rates_edit = QLineEdit()
        self.rates_edit.setObjectName("compareRates")
        self.rates_edit.setToolTip(translate("Compare", "Learning rates separated by commas, e.g. 0.01, 0.1, 1"))
        self.options.addWidget(self.rates_edit)
        # seeds
        self.seeds_box = QSpinBox()
        self.seeds_box.setObjectName("compareSeeds")
        self.seeds_box.setRange(2, MAX_RUNS)
        self.seeds_box.setValue(4)
        self.seeds_box.setSuffix(translate("Compare", " runs"))
        self.seeds_box.setToolTip(translate("Compare", "The same network with other random starting weights and "
                                                       "another order of the samples"))
        self.options.addWidget(self.seeds_box)
        self.kind_box.currentIndexChanged.connect(self.options.setCurrentIndex)
        form.addRow("", self.options)
        self.epochs_box = QSpinBox()
        self.epochs_box.setObjectName("compareEpochs")
        self.epochs_box.setRange(1, 100_000)
        form.addRow(translate("Compare", "Epochs per run:"), self.epochs_box)
        self.target_box = QDoubleSpinBox()
        self.target_box.setObjectName("compareTarget")
        self.target_box.setDecimals(4)
        self.target_box.setRange(0.0001, 1e6)
        self.target_box.setSingleStep(0.01)
        self.target_box.setValue(0.1)
        self.target_box.setToolTip(translate("Compare", "The table counts the epochs each run needs to bring its "
                                                        "training loss down to this"))
        form.addRow(translate("Compare", "Target loss:"), self.target_box)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.run_button = QPushButton(translate("Compare", "Run"))
        self.run_button.setObjectName("compareRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("Compare", "Cancel"))
        self.cancel_button.setObjectName("compareCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("compareProgress")
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.progress.setFormat("")  # "%1 of %2 runs" once a comparison starts
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._set_headers("accuracy")
        self.target_box.valueChanged.connect(lambda _: self._set_headers(self._metric))
        layout.addWidget(self.table, 1)
        self.load()
        close = QPushButton(translate("Compare", "Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(620, 440)

    # -- what to compare --------------------------------------------------------------------------

    def load(self) -> None:
        """Start from the open network's settings: its epochs, and its learning rate ÷ 10, × 1 and × 10."""
        if self.running:
            return
        training = self.window.doc.network.training
        self.rates_edit.setText(", ".join(f"{training.learning_rate * f:g}" for f in (0.1, 1.0, 10.0)))
        self.epochs_box.setValue(min(max(int(training.epochs), 1), 100_000))

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def variants(self) -> list[core.Variant]:
        """The runs asked for; a ValueError in the app's words when the choice is not usable."""
        if self.kind == INITIALIZATION:
            chosen = [variant for box, variant in self.init_boxes if box.isChecked()]
            if not chosen:
                raise ValueError(translate("Compare", "Choose at least one initialisation."))
            return chosen
        if self.kind == LEARNING_RATE:
            return [core.Variant(fill(translate("Compare", "learning rate %1"), f"{rate:g}"), {"learning_rate": rate})
                    for rate in parse_rates(self.rates_edit.text())]
        return [core.Variant(fill(translate("Compare", "seed %1"), seed), {"seed": seed})
                for seed in range(self.seeds_box.value())]

    # -- running ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.controller.active

    def start(self) -> bool:
        if self.running:
            return False
        refused = self.window.training.refusal()
        if refused is None and self.window.training.active:
            refused = translate("Compare", "Training is running: stop it first, then compare.")
        try:
            variants = self.variants() if refused is None else []
        except ValueError as error:
            refused = str(error)
        if refused:
            self.status.setText(refused)
            return False
        net = self.window.doc.network.copy()
        net.set_training(epochs=self.epochs_box.value())
        self._variants = variants
        self.results = []
        self.table.setRowCount(0)
        self.window.panels.loss.show_comparison([])
        self.progress.setRange(0, len(variants) * 1000)
        self.progress.setValue(0)
        self.progress.setFormat(fill(translate("Compare", "%1 of %2 runs"), 0, len(variants)))
        self._busy(True)
        self.status.setText(self._training_text(0))
        path = self.window.doc.path
        self.controller.start(net, variants, target_loss=self.target_box.value(),
                              base_dir=path.parent if path is not None else None)
        return True

    def cancel(self) -> None:
        if self.running:
            self.controller.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("Compare", "Cancelling: the run in progress stops at its next step…"))

    def _busy(self, on: bool) -> None:
        self.run_button.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        for widget in (self.kind_box, self.options, self.epochs_box, self.target_box):
            widget.setEnabled(not on)

    def _training_text(self, k: int) -> str:
        if k >= len(self._variants):
            return ""
        return fill(translate("Compare", "Training “%1” (%2 of %3)…"), self._variants[k].label, k + 1,
                    len(self._variants))

    def _run_done(self, k: int, result) -> None:
        self.results.append(result)
        self._add_row(result)
        self.window.panels.loss.show_comparison([(r.variant.label, r.run) for r in self.results])
        self.progress.setValue(len(self.results) * 1000)
        self.progress.setFormat(fill(translate("Compare", "%1 of %2 runs"), len(self.results), len(self._variants)))
        self.status.setText(self._training_text(k + 1))
        self.runAdded.emit(k, result)

    def _epoch_done(self, epoch: int, epochs: int) -> None:
        if self.running and not self.controller.cancelled and epochs > 0:
            self.progress.setValue(len(self.results) * 1000 + min(999, 1000 * epoch // epochs))

    def _finished(self, results, cancelled: bool) -> None:
        self._busy(False)
        if cancelled:
            self.status.setText(fill(translate("Compare", "Cancelled after %1 of %2 runs."), len(self.results),
                                     len(self._variants)))
        else:
            self.status.setText(translate("Compare", "Done: the loss curves are in the Loss panel, labelled with "
                                                     "what each run changed."))
        self.done.emit(cancelled)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(fill(translate("Compare", "The comparison could not run: %1"), message))
        self.done.emit(True)

    # -- the table ------------------------------------------------------------------------------------

    def _set_headers(self, metric: str) -> None:
        self._metric = metric
        self.table.setHorizontalHeaderLabels([
            translate("Compare", "Run"), translate("Compare", "Final loss"),
            translate("Compare", "Accuracy") if metric == "accuracy" else translate("Compare", "R²"),
            fill(translate("Compare", "Epochs to loss ≤ %1"), f"{self.target_box.value():g}"),
        ])

    def _add_row(self, result) -> None:
        final = result.final
        metric = "accuracy" if "accuracy" in final else "r2"
        self._set_headers(metric)
        row = self.table.rowCount()
        self.table.insertRow(row)
        loss = final.get("loss")
        if result.diverged:
            loss_text = translate("Compare", "diverged")
        else:
            loss_text = format_value(loss) if loss is not None else "—"
        value = final.get(metric)
        metric_text = (percent(value) if metric == "accuracy" else format_value(value)) if value is not None else "—"
        reached = (str(result.epochs_to_target) if result.epochs_to_target is not None
                   else translate("Compare", "not reached"))
        for col, text in enumerate((result.variant.label, loss_text, metric_text, reached)):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    # -- closing ---------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop a comparison in progress and wait for its thread (the window closes)."""
        self.controller.shutdown()
        self._busy(False)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.running:
            self.shutdown()
            self.status.setText(fill(translate("Compare", "Cancelled after %1 of %2 runs."), len(self.results),
                                     len(self._variants)))
        super().closeEvent(event)


def install_compare(window):
    """Train → Compare… opens the window's one comparison dialog (made the first time)."""
    from PySide6.QtGui import QAction

    action = QAction(translate("Compare", "&Compare…"), window)
    action.setObjectName("compareAction")
    action.setToolTip(translate("Compare", "Train the network several times, changing the initialisation, the "
                                           "learning rate or the seed, and compare the runs"))

    def open_dialog():
        dialog = getattr(window, "compare_dialog", None)
        if dialog is None:
            dialog = window.compare_dialog = CompareDialog(window)
        elif not dialog.isVisible():
            dialog.load()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    action.triggered.connect(lambda checked=False: open_dialog())
    menu = getattr(window, "train_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    window.act_compare = action
    window.compare_dialog = None
    window.open_compare = open_dialog
    return action
