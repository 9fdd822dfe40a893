"""The training panel: the network's training settings, the run's buttons and its progress.

Settings edit the document through undoable commands while no run is
going. During a run the optimizer's settings, the penalties and the batch
size stay editable and reach the running session at its next step (a new
learning rate never restarts training); they are written to the document
with the trained weights when the run ends. Loss, epochs, validation split
and seed shape the whole run and are locked until it ends.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...data.builtin import GENERATORS
from ...engine.snapshot import Snapshot
from ...i18n import fill, translate
from ...model.catalog import LOSSES, OPTIMIZERS
from ..document import Document
from ..icons import icon
from ..panels.base import format_value
from ..values import parse_number

#: Settings a running session accepts between steps (see Trainer.set_config).
LIVE_SETTINGS = frozenset({"learning_rate", "optimizer", "momentum", "nesterov", "batch_size", "l1", "l2",
                           "target_loss", "early_stopping_patience"})


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return fill(translate("Training", "%1 s"), seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return fill(translate("Training", "%1 min %2 s"), minutes, seconds)
    hours, minutes = divmod(minutes, 60)
    return fill(translate("Training", "%1 h %2 min"), hours, minutes)


def dataset_label(spec: dict | None) -> str:
    if not spec:
        return translate("Training", "none: choose one in the Data panel")
    kind = spec.get("kind")
    if kind == "builtin":
        params = spec.get("params") or {}
        extra = ", ".join(f"{k} {v}" for k, v in params.items())
        gen = GENERATORS.get(spec.get("name"))
        name = translate("Datasets", gen.label) if gen is not None else f"{spec.get('name')}"
        return name + (f" ({extra})" if extra else "")
    if kind in ("csv", "idx"):
        return f"{kind.upper()}: {spec.get('path', '')}"
    if kind == "inline":
        return fill(translate("Data", "Samples in the file: %1"), spec.get("name") or translate("Data", "samples"))
    return str(kind)


#: The speeds offered, in epochs a second (None: as fast as possible).
SPEEDS = (None, 300.0, 100.0, 30.0, 10.0, 3.0, 1.0)


def speed_text(value: float | None) -> str:
    if value is None:
        return translate("Training", "As fast as possible")
    if value == 1:
        return translate("Training", "1 epoch a second")
    return fill(translate("Training", "%1 epochs a second"), f"{value:g}")


class TrainingPanel(QWidget):
    #: The user changed a setting: {name: value} (the owner decides: undoable edit or live change).
    settingsEdited = Signal(dict)
    startRequested = Signal()
    pauseRequested = Signal()
    resumeRequested = Signal()
    stepRequested = Signal()
    stopRequested = Signal()
    resetRequested = Signal()
    chooseDataRequested = Signal()
    #: Epochs a second at most, or None for as fast as possible.
    speedChanged = Signal(object)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.doc = document
        self._loading = False
        self.state = "idle"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        data_row = QHBoxLayout()
        self.dataset = QLabel()
        self.dataset.setObjectName("datasetLabel")
        self.dataset.setWordWrap(True)
        self.choose_data = QPushButton(translate("Training", "Choose…"))
        self.choose_data.clicked.connect(self.chooseDataRequested)
        data_row.addWidget(QLabel(translate("Training", "Data:")))
        data_row.addWidget(self.dataset, 1)
        data_row.addWidget(self.choose_data)
        outer.addLayout(data_row)

        buttons = QGridLayout()
        self.start_button = self._button("startTraining", translate("Training", "Start"), "play", self.startRequested)
        self.pause_button = self._button("pauseTraining", translate("Training", "Pause"), "pause", self.pause_or_resume)
        self.step_button = self._button("stepTraining", translate("Training", "Step"), "step", self.stepRequested)
        self.step_button.setToolTip(translate("Training", "Train on one mini-batch, then wait."))
        self.stop_button = self._button("stopTraining", translate("Training", "Stop"), "stop", self.stopRequested)
        self.reset_button = self._button("resetWeights", translate("Training", "Reset weights"), "reset", self.resetRequested)
        self.reset_button.setToolTip(translate("Training", "Draw fresh weights from each layer's initializer (undoable)."))
        for k, b in enumerate((self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button)):
            buttons.addWidget(b, k // 2, k % 2)
        outer.addLayout(buttons)
        speed_row = QHBoxLayout()
        speed_label = QLabel(translate("Training", "Speed:"))
        self.speed = QComboBox()
        self.speed.setObjectName("trainingSpeed")
        self.speed.setToolTip(translate("Training", "How fast training goes: slower waits between steps, so "
                                                    "you can watch the network learn epoch by epoch."))
        for value in SPEEDS:
            self.speed.addItem(speed_text(value), value)
        self.speed.currentIndexChanged.connect(lambda _: self.speedChanged.emit(self.current_speed()))
        speed_label.setBuddy(self.speed)
        speed_row.addWidget(speed_label)
        speed_row.addWidget(self.speed, 1)
        outer.addLayout(speed_row)
        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        outer.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("trainingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow dock puts each label above its field instead of pushing the window wider
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.loss = QComboBox()
        for entry in LOSSES.values():
            self.loss.addItem(translate("Losses", entry.label), entry.name)
        self.loss.activated.connect(lambda _: self._edit(loss=self.loss.currentData()))
        form.addRow(translate("Training", "Loss"), self.loss)
        self.optimizer = QComboBox()
        for entry in OPTIMIZERS.values():
            self.optimizer.addItem(translate("Optimizers", entry.label), entry.name)
        self.optimizer.activated.connect(lambda _: self._optimizer_chosen())
        form.addRow(translate("Training", "Optimizer"), self.optimizer)
        self.learning_rate = QLineEdit()
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setToolTip(translate("Training", "Step size η: how far each update moves the weights. "
                                                            "Too large oscillates or diverges, too small crawls."))
        self.learning_rate.editingFinished.connect(self._learning_rate_edited)
        form.addRow(translate("Training", "Learning rate"), self.learning_rate)
        self.momentum = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.1)
        self.momentum.valueChanged.connect(lambda v: self._optimizer_param(momentum=v))
        self.momentum_label = QLabel(translate("Training", "Momentum"))
        form.addRow(self.momentum_label, self.momentum)
        self.nesterov = QCheckBox(translate("Training", "Nesterov momentum"))
        self.nesterov.toggled.connect(lambda on: self._optimizer_param(nesterov=on))
        form.addRow("", self.nesterov)
        self.batch_size = QSpinBox(minimum=0, maximum=1_000_000)
        self.batch_size.setSpecialValueText(translate("Training", "full batch"))
        self.batch_size.setToolTip(translate("Training", "Samples per step: 1 is stochastic gradient descent, "
                                                         "“full batch” uses every sample in each step."))
        self.batch_size.valueChanged.connect(lambda v: self._edit(batch_size=None if v == 0 else v))
        form.addRow(translate("Training", "Batch size"), self.batch_size)
        self.epochs = QSpinBox(minimum=1, maximum=1_000_000)
        self.epochs.valueChanged.connect(lambda v: self._edit(epochs=v))
        self.endless = QCheckBox(translate("Training", "∞ until stopped"))
        self.endless.setObjectName("endlessTraining")
        self.endless.setToolTip(translate("Training", "Keep training until you press Stop (or a stop rule fires), "
                                                      "whatever the number of epochs."))
        self.endless.toggled.connect(self._endless_toggled)
        epochs_row = QHBoxLayout()
        epochs_row.addWidget(self.epochs, 1)
        epochs_row.addWidget(self.endless)
        form.addRow(translate("Training", "Epochs"), epochs_row)
        self.validation_split = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.9, singleStep=0.05)
        self.validation_split.valueChanged.connect(lambda v: self._edit(validation_split=v))
        form.addRow(translate("Training", "Validation split"), self.validation_split)
        penalties = QHBoxLayout()
        self.l1 = QLineEdit()
        self.l1.setPlaceholderText("0")
        self.l1.editingFinished.connect(lambda: self._number_edited(self.l1, "l1"))
        self.l2 = QLineEdit()
        self.l2.setPlaceholderText("0")
        self.l2.editingFinished.connect(lambda: self._number_edited(self.l2, "l2"))
        penalties.addWidget(QLabel("L1"))
        penalties.addWidget(self.l1)
        penalties.addWidget(QLabel("L2"))
        penalties.addWidget(self.l2)
        form.addRow(translate("Training", "Penalties"), penalties)
        self.seed = QSpinBox(minimum=-1, maximum=2**31 - 1)
        self.seed.setSpecialValueText(translate("Training", "random"))
        self.seed.valueChanged.connect(lambda v: self._edit(seed=None if v < 0 else v))
        form.addRow(translate("Training", "Seed"), self.seed)
        self.target_loss = QLineEdit()
        self.target_loss.setPlaceholderText(translate("Training", "none"))
        self.target_loss.editingFinished.connect(lambda: self._number_edited(self.target_loss, "target_loss", optional=True))
        form.addRow(translate("Training", "Stop at loss"), self.target_loss)
        self.patience = QSpinBox(minimum=0, maximum=100_000)
        self.patience.setSpecialValueText(translate("Training", "off"))
        self.patience.setToolTip(translate("Training", "Early stopping: stop when the validation loss has not "
                                                       "improved for this many epochs."))
        self.patience.valueChanged.connect(lambda v: self._edit(early_stopping_patience=None if v == 0 else v))
        form.addRow(translate("Training", "Early stopping patience"), self.patience)
        outer.addLayout(form)

        outer.addStretch(1)

        document.settingsChanged.connect(lambda names: self.load())
        document.reset.connect(self.load)
        document.reset.connect(self.forget_run)
        self.load()
        self.set_state("idle")

    def _button(self, name: str, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- showing the document's settings ----------------------------------------------------------

    def load(self) -> None:
        """Show the document's training settings (after an edit, an undo, or opening a file)."""
        net = self.doc.network
        cfg = net.training
        self._loading = True
        try:
            self.dataset.setText(dataset_label(net.dataset))
            self.loss.setCurrentIndex(max(0, self.loss.findData(cfg.loss.name)))
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(cfg.optimizer.name)))
            self.learning_rate.setText(f"{cfg.optimizer.params.get('learning_rate', 0.01):g}")
            self._show_optimizer_params(cfg.optimizer.name, cfg.optimizer.params)
            self.batch_size.setValue(cfg.batch_size or 0)
            self.epochs.setValue(cfg.epochs)
            self.validation_split.setValue(cfg.validation_split)
            self.l1.setText(f"{cfg.l1:g}" if cfg.l1 else "")
            self.l2.setText(f"{cfg.l2:g}" if cfg.l2 else "")
            self.seed.setValue(-1 if cfg.seed is None else cfg.seed)
            self.target_loss.setText("" if cfg.target_loss is None else f"{cfg.target_loss:g}")
            self.patience.setValue(cfg.early_stopping_patience or 0)
        finally:
            self._loading = False

    def _show_optimizer_params(self, name: str, params: dict[str, Any]) -> None:
        has_momentum = "momentum" in params
        self.momentum_label.setVisible(has_momentum)
        self.momentum.setVisible(has_momentum)
        self.momentum.setValue(float(params.get("momentum", 0.0)))
        self.nesterov.setVisible("nesterov" in params)
        self.nesterov.setChecked(bool(params.get("nesterov", False)))

    # -- edits ----------------------------------------------------------------------------------

    #: ``guard(changes) -> reason or None``, asked before a setting changes: an open lesson's locks (ui/lessons).
    lesson_guard = None

    def _edit(self, **changes: Any) -> None:
        if self._loading:
            return
        refusal = self.lesson_guard(changes) if self.lesson_guard is not None else None
        if refusal:
            self.show_message(refusal, error=True)
            self.load()  # the field shows the setting as it still is
            return
        self.settingsEdited.emit(changes)

    def _optimizer_chosen(self) -> None:
        name = self.optimizer.currentData()
        current = self.doc.network.training.optimizer
        if name == current.name:
            return
        # Keep the learning rate the user chose: switching SGD → Adam should not silently change it.
        self._edit(optimizer={"name": name, "learning_rate": current.params.get("learning_rate", 0.01)})

    def _optimizer_param(self, **params: Any) -> None:
        if self._loading:
            return
        current = self.doc.network.training.optimizer
        self._edit(optimizer={"name": current.name, **current.params, **params})

    def _learning_rate_edited(self) -> None:
        text = self.learning_rate.text()
        try:
            value = parse_number(text)
        except (ValueError, ZeroDivisionError):
            value = math.nan
        if not (math.isfinite(value) and value > 0):
            self.show_message(fill(translate("Training", "The learning rate must be a number above 0, not “%1”."), text), error=True)
            self.load()
            return
        if value != self.doc.network.training.optimizer.params.get("learning_rate"):
            self._edit(learning_rate=value)

    def _number_edited(self, field: QLineEdit, name: str, optional: bool = False) -> None:
        text = field.text().strip()
        if optional and not text:
            value = None
        else:
            try:
                value = parse_number(text or "0")
            except (ValueError, ZeroDivisionError):
                value = math.nan
            if not (math.isfinite(value) and value >= 0):
                self.show_message(fill(translate("Training", "“%1” is not a number of zero or more."), text), error=True)
                self.load()
                return
        if value != getattr(self.doc.network.training, name):
            self._edit(**{name: value})

    def _endless_toggled(self, on: bool) -> None:
        self.epochs.setEnabled(not on and self.state == "idle")

    @property
    def until_stopped(self) -> bool:
        """Train until Stop (epochs: ∞) rather than for the set number of epochs."""
        return self.endless.isChecked()

    def current_speed(self) -> float | None:
        return self.speed.currentData()

    def set_speed(self, value: float | None) -> None:
        """Choose the speed closest to ``value`` epochs a second (None: as fast as possible)."""
        if value is None:
            index = 0
        else:
            index = min(range(1, len(SPEEDS)), key=lambda k: abs(math.log(SPEEDS[k] / value)))
        self.speed.setCurrentIndex(index)

    # -- the run ----------------------------------------------------------------------------------

    def pause_or_resume(self) -> None:
        if self.state == "paused":
            self.resumeRequested.emit()
        else:
            self.pauseRequested.emit()

    def set_state(self, state: str) -> None:
        """Enable what makes sense: "idle", "loading", "running" or "paused"."""
        self.state = state
        idle = state == "idle"
        self.start_button.setEnabled(idle)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(translate("Training", "Resume") if state == "paused" else translate("Training", "Pause"))
        self.pause_button.setIcon(icon("play" if state == "paused" else "pause"))
        self.step_button.setEnabled(state in ("idle", "paused"))
        self.stop_button.setEnabled(not idle)
        self.reset_button.setEnabled(idle)
        self.choose_data.setEnabled(idle)
        for widget in (self.loss, self.validation_split, self.seed, self.endless):
            widget.setEnabled(idle)
        self.epochs.setEnabled(idle and not self.until_stopped)
        if state == "loading":
            self.progress.setRange(0, 0)  # busy
            self.status.setText(translate("Training", "Loading the data…"))
        else:
            self.progress.setRange(0, 1000)
        if idle:
            self.progress.setFormat("")

    def show_snapshot(self, s: Snapshot, loss: float | None = None, speed: float | None = None) -> None:
        """Where the run stands: its epoch, step and ``loss`` (the one the Loss panel shows; default: the
        last batch's) in the bar; the line under it adds how long is left (at ``speed`` epochs a second at
        most, when one is chosen)."""
        total_epochs = math.ceil(s.total_steps / s.steps_per_epoch) if s.total_steps else None
        if loss is None:
            loss = s.batch_losses[-1] if s.batch_losses else math.nan
        epoch = (fill(translate("Training", "Epoch %1/%2"), s.epoch, total_epochs) if total_epochs
                 else fill(translate("Training", "Epoch %1 of ∞"), s.epoch))
        parts = [epoch, fill(translate("Training", "step %1/%2"), s.step, s.steps_per_epoch),
                 fill(translate("Training", "loss %1"), format_value(loss))]
        # the bar says where the run is; the line under it says the same and more (the loss, the time left)
        self.progress.setFormat(epoch if s.steps_per_epoch == 1 else " · ".join(parts[:2]))
        if s.progress is not None:
            self.progress.setValue(int(s.progress * 1000))
        else:  # no end planned: the bar shows how far the current epoch is
            self.progress.setValue(int(1000 * s.step / max(s.steps_per_epoch, 1)))
        left = s.seconds_left
        if left is not None and speed and s.total_steps:
            left = max(left, (s.total_steps - s.global_step) / (speed * max(s.steps_per_epoch, 1)))
        line = list(parts)
        if left is not None and s.global_step > 1:
            line.append(fill(translate("Training", "%1 left"), format_duration(left)))
        if self.state in ("running", "paused", "loading"):
            self.status.setStyleSheet("")
            self.status.setText(" · ".join(line))

    def forget_run(self) -> None:
        """Another document: the last one's progress and messages go."""
        if self.state != "idle":
            return
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.show_message("")

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c0392b;" if error else "")
        self.status.setText(text)
