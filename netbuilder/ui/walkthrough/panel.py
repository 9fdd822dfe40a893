"""The walkthrough panel: one training step of the open network, shown value by value.

Left, the setup (which samples, the loss, the learning rate, the precision);
in the middle, the current step's formulas with the numbers put in; right,
the current layer's matrices — or, for the chain-rule warm-up, its graph.
Above them the navigation: Restart, Previous, Next (also the arrow keys),
Play at a chosen pace, and a jump to each phase. The canvas highlights the
step's neurons and edges with their values and dims the rest.

Nothing is changed in the network until "Apply update", which commits the
step's new parameters as one undoable command. When the network is edited
underneath, the walkthrough is traced again from the edited network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill, translate
from ...model.catalog import LOSSES
from ...notation import num
from ...explain.render import phase_title
from ..canvas.scene import NetworkScene
from ..document import Document
from ..icons import icon
from ..values import parse_number
from .formula import FormulaView
from .graph import ChainRuleGraph
from .matrices import FlowLayout, MatrixView
from ...data.typed_values import format_row
from .model import WalkthroughModel
from .sequence import ChainRuleModel

PHASE_BUTTONS = ("forward", "loss", "backward", "update", "check")
_PHASE_SHORT = {
    "forward": QT_TRANSLATE_NOOP("Walkthrough", "Forward"),
    "loss": QT_TRANSLATE_NOOP("Walkthrough", "Loss"),
    "backward": QT_TRANSLATE_NOOP("Walkthrough", "Backward"),
    "update": QT_TRANSLATE_NOOP("Walkthrough", "Update"),
    "check": QT_TRANSLATE_NOOP("Walkthrough", "Check"),
}


def _button(text: str, tip: str, icon_name: str | None = None, checkable: bool = False) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setToolTip(tip)
    if icon_name:
        b.setIcon(icon(icon_name))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    b.setCheckable(checkable)
    b.setAutoRaise(False)
    return b


class _BarFlow(FlowLayout):
    """The toolbar's flow. It reports no height-for-width: the bar sets its own height (_WrappingBar), since a
    height-for-width in the panel would make the dock's scroll area size the whole panel by its size hints."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False


class _WrappingBar(QWidget):
    """A row of button groups that takes the height of as many rows as its width needs."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        height = self.layout().heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setFixedHeight(height)


class WalkthroughPanel(QWidget):
    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, document: Document, scene: NetworkScene | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("walkthroughPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrow keys step while the panel has the focus
        self.doc = document
        self.scene = scene
        self.model = WalkthroughModel(document, self)
        self.chain = ChainRuleModel(self)
        self.mode = "network"
        self.shown = False
        self._loading = False
        self._emphasis_on = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._build()
        self._connect()
        self._load_setup()
        self._show_step()

    @property
    def active(self):
        """The step sequence being shown: the network's step or the chain-rule warm-up."""
        return self.chain if self.mode == "chain" else self.model

    # -- construction ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)

        # The toolbar: three groups of buttons in a flow that wraps onto a second (third) row when the panel is
        # narrow, so that the walkthrough's dock does not have to be a thousand pixels wide.
        self.toolbar = _WrappingBar()
        self.toolbar.setObjectName("walkthroughToolbar")
        flow = self.toolbar_flow = _BarFlow(self.toolbar, spacing=8)
        flow.setContentsMargins(0, 0, 0, 0)

        def group() -> QHBoxLayout:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            flow.addWidget(box)
            return row

        nav = group()
        self.restart_button = _button(translate("Walkthrough", "Restart"),
                                      translate("Walkthrough", "Back to the first step (Home)"), "reset")
        self.prev_button = _button("◀ " + translate("Walkthrough", "Previous"),
                                   translate("Walkthrough", "The previous step (←)"))
        self.next_button = _button(translate("Walkthrough", "Next") + " ▶",
                                   translate("Walkthrough", "The next step (→)"))
        self.play_button = _button(translate("Walkthrough", "Play"),
                                   translate("Walkthrough", "Go through the steps by themselves at the chosen pace"),
                                   "play", True)
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0.2, 20.0)
        self.pace.setSingleStep(0.5)
        self.pace.setDecimals(1)
        self.pace.setValue(1.5)
        self.pace.setSuffix(" " + translate("Walkthrough", "s/step"))
        self.pace.setToolTip(translate("Walkthrough", "Seconds per step while playing"))
        for w in (self.restart_button, self.prev_button, self.next_button, self.play_button, self.pace):
            nav.addWidget(w)
        phases = group()
        phases.addWidget(QLabel(translate("Walkthrough", "Jump to:")))
        self.phase_group = QButtonGroup(self)
        self.phase_group.setExclusive(True)
        self.phase_buttons: dict[str, QToolButton] = {}
        for phase in PHASE_BUTTONS:
            b = _button(translate("Walkthrough", _PHASE_SHORT[phase]),
                        fill(translate("Walkthrough", "Jump to the first step of: %1"), phase_title(phase)),
                        checkable=True)
            b.clicked.connect(lambda checked=False, p=phase: self.jump(p))
            self.phase_group.addButton(b)
            self.phase_buttons[phase] = b
            phases.addWidget(b)
        self.apply_button = _button(translate("Walkthrough", "Apply update"),
                                    translate("Walkthrough", "Put this step's new weights and biases into the network "
                                                             "(one undoable change)"))
        self.discard_button = _button(translate("Walkthrough", "Discard"),
                                      translate("Walkthrough", "Leave the network as it is and start again"))
        self.export_button = _button(translate("Walkthrough", "Export"),
                                     translate("Walkthrough", "Save the walkthrough as Markdown or HTML"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.act_export_md = QAction(translate("Walkthrough", "Markdown…"), self)
        self.act_export_html = QAction(translate("Walkthrough", "HTML…"), self)
        menu.addAction(self.act_export_md)
        menu.addAction(self.act_export_html)
        self.export_button.setMenu(menu)
        changes = group()
        for w in (self.apply_button, self.discard_button, self.export_button):
            changes.addWidget(w)
        outer.addWidget(self.toolbar)

        # The setup | (the formulas | the matrices): side by side when the panel is wide; the formulas over the
        # matrices when it is not wide enough for three columns; everything in one column when it is narrow
        # (see _arrange).
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.setup_scroll = self._build_setup()
        self.splitter.addWidget(self.setup_scroll)
        self.views = QSplitter(Qt.Orientation.Horizontal)
        self.views.setChildrenCollapsible(False)
        self.formula = FormulaView()
        self.formula.setMinimumWidth(320)
        self.views.addWidget(self.formula)
        self.stack = QStackedWidget()
        self.matrices = MatrixView()
        self.matrices.set_model(self.model)
        self.graph = ChainRuleGraph(self.chain.example)
        self._graph_minimum = self.graph.minimumSize()
        self.graph.setMinimumSize(0, 0)  # the network's steps show first (set_mode)
        self.stack.addWidget(self.matrices)
        self.stack.addWidget(self.graph)
        self.views.addWidget(self.stack)
        self.views.setStretchFactor(0, 3)
        self.views.setStretchFactor(1, 3)
        self.views.setSizes([440, 640])
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([300, 1080])
        outer.addWidget(self.splitter, 1)

        for key, slot in ((Qt.Key.Key_Right, self.next), (Qt.Key.Key_Left, self.previous), (Qt.Key.Key_Home, self.restart)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def _build_setup(self) -> QWidget:
        box = QWidget()
        form = self.setup_form = QFormLayout(box)
        form.setContentsMargins(0, 0, 6, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.mode_box = QComboBox()
        self.mode_box.addItem(translate("Walkthrough", "this network"), "network")
        self.mode_box.addItem(translate("Walkthrough", "chain-rule warm-up"), "chain")
        self.mode_box.setToolTip(translate("Walkthrough",
                                           "One training step of the open network, or the tutorial's warm-up: "
                                           "two cars at 15 with 10% tax"))
        form.addRow(translate("Walkthrough", "Walk through:"), self.mode_box)

        self.source_box = QComboBox()
        self.source_box.addItem(translate("Walkthrough", "the network's data"), "data")
        self.source_box.addItem(translate("Walkthrough", "typed by hand"), "manual")
        form.addRow(translate("Walkthrough", "Samples:"), self.source_box)
        row = QHBoxLayout()
        self.sample_spin = QSpinBox()
        self.sample_spin.setToolTip(translate("Walkthrough", "The (first) sample of the data to step through"))
        self.sample_of = QLabel()
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 1)
        self.batch_spin.setPrefix(translate("Walkthrough", "batch") + " ")
        self.batch_spin.setToolTip(translate("Walkthrough",
                                             "How many samples from there form the mini-batch; the gradients are "
                                             "averaged over it"))
        row.addWidget(self.sample_spin)
        row.addWidget(self.sample_of)
        row.addWidget(self.batch_spin, 1)
        self.sample_row = QWidget()
        self.sample_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Walkthrough", "Sample:"), self.sample_row)
        self.inputs_edit = QLineEdit()
        self.inputs_edit.setToolTip(translate("Walkthrough",
                                              "The inputs, separated by commas; several samples separated by ‘;’"))
        self.targets_edit = QLineEdit()
        self.targets_edit.setToolTip(translate("Walkthrough",
                                               "The targets, separated by commas; several samples separated by ‘;’"))
        form.addRow(translate("Walkthrough", "Inputs x:"), self.inputs_edit)
        form.addRow(translate("Walkthrough", "Targets y:"), self.targets_edit)
        self.shown_spin = QSpinBox()
        self.shown_spin.setRange(1, 1)
        self.shown_spin.setToolTip(translate("Walkthrough",
                                             "A mini-batch's gradients are averages; the formulas follow this sample's "
                                             "part"))
        self.shown_label = QLabel(translate("Walkthrough", "Formulas for:"))
        self.shown_spin.setPrefix(translate("Walkthrough", "sample") + " ")
        form.addRow(self.shown_label, self.shown_spin)
        self.loss_box = QComboBox()
        form.addRow(translate("Walkthrough", "Loss:"), self.loss_box)
        self.lr_edit = QLineEdit()
        self.lr_edit.setToolTip(translate("Walkthrough", "The learning rate η of this step: w ← w − η·dL/dw"))
        form.addRow(translate("Walkthrough", "Learning rate η:"), self.lr_edit)
        self.digits_spin = QSpinBox()
        self.digits_spin.setRange(1, 17)
        self.digits_spin.setValue(4)
        self.digits_spin.setSuffix(" " + translate("Walkthrough", "significant digits"))
        self.digits_spin.setToolTip(translate("Walkthrough",
                                              "How many digits the formulas show; hover a number for all of them"))
        form.addRow(translate("Walkthrough", "Precision:"), self.digits_spin)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("walkthroughProblem")
        self.problem_label.setStyleSheet("color: #c0392b")
        form.addRow(self.problem_label)
        self.problem_label.hide()
        self.setup_widgets = (self.source_box, self.sample_row, self.inputs_edit, self.targets_edit, self.loss_box,
                              self.lr_edit, self.problem_label)
        for combo in (self.mode_box, self.source_box, self.loss_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(250)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return scroll

    def _connect(self) -> None:
        self.restart_button.clicked.connect(self.restart)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.play_button.toggled.connect(self.play)
        self.pace.valueChanged.connect(lambda v: self.timer.setInterval(int(v * 1000)))
        self.apply_button.clicked.connect(self.apply_update)
        self.discard_button.clicked.connect(self.discard)
        self.act_export_md.triggered.connect(lambda: self.export_dialog("markdown"))
        self.act_export_html.triggered.connect(lambda: self.export_dialog("html"))
        self.mode_box.currentIndexChanged.connect(lambda _: self.set_mode(self.mode_box.currentData()))
        self.source_box.currentIndexChanged.connect(self._on_source)
        self.sample_spin.valueChanged.connect(self._on_sample)
        self.batch_spin.valueChanged.connect(self._on_sample)
        self.inputs_edit.editingFinished.connect(self._on_manual)
        self.targets_edit.editingFinished.connect(self._on_manual)
        self.shown_spin.valueChanged.connect(self._on_shown_sample)
        self.loss_box.currentIndexChanged.connect(self._on_loss)
        self.lr_edit.editingFinished.connect(self._on_lr)
        self.digits_spin.valueChanged.connect(self.set_digits)
        self.matrices.followChosen.connect(lambda lid, j: self.model.set_follow(lid, None if j < 0 else j))
        for seq in (self.model, self.chain):
            seq.stepsChanged.connect(self._on_steps)
            seq.positionChanged.connect(lambda _=0, s=seq: self._show_step() if s is self.active else None)
        self.model.message.connect(self.message)
        self.model.settingsChanged.connect(self._load_setup)
        self.doc.changed.connect(self._on_document_changed)
        self.doc.lockedChanged.connect(lambda _: self._update_buttons())

    # -- showing -----------------------------------------------------------------------------------

    # -- fitting a narrow dock -----------------------------------------------------------------------

    @staticmethod
    def _min_width(widget: QWidget) -> int:
        return max(widget.minimumWidth(), widget.minimumSizeHint().width())

    def _arrangement(self, width: int) -> tuple[Qt.Orientation, Qt.Orientation]:
        """The splitters' orientations (setup | views, formulas | matrices) that fit ``width``."""
        m = self.layout().contentsMargins()
        room = width - m.left() - m.right()
        setup, formula, stack = (self._min_width(w) for w in (self.setup_scroll, self.formula, self.stack))
        handle = self.splitter.handleWidth()
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        if room >= setup + formula + stack + 2 * handle:
            return horizontal, horizontal
        if room >= setup + max(formula, stack) + handle:
            return horizontal, vertical
        return vertical, vertical

    def _arrange(self) -> None:
        outer, inner = self._arrangement(self.width())
        if self.views.orientation() != inner:
            self.views.setOrientation(inner)
        if self.splitter.orientation() != outer:
            self.splitter.setOrientation(outer)
            if outer == Qt.Orientation.Vertical:
                self.splitter.setSizes([160, 1000])  # the setup scrolls; the formulas and matrices get the room

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        """As narrow as one column needs (the toolbar wraps, the columns go one under another)."""
        hint = super().minimumSizeHint()
        m = self.layout().contentsMargins()
        narrow = max(self.toolbar.minimumSizeHint().width(),
                     *(self._min_width(w) for w in (self.setup_scroll, self.formula, self.stack)))
        return QSize(narrow + m.left() + m.right(), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._arrange()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.set_shown(True)

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        if not event.spontaneous():
            self.set_shown(False)

    def set_shown(self, shown: bool) -> None:
        """The panel became visible (trace the step, highlight) or was closed (stop, clear the canvas)."""
        self.shown = shown
        if not shown:
            self.play(False)
        self.model.set_active(shown)
        self._load_setup()
        self._show_step()

    def _on_document_changed(self) -> None:
        # The highlighted items may be stale now; the model rebuilds the trace (soon) and shows the step again.
        self._clear_canvas()

    def _on_steps(self) -> None:
        if self.sender() is self.model:
            self.matrices.fill_layers()
            self._load_setup()
        self._show_step()

    def _show_step(self) -> None:
        seq = self.active
        step = seq.current
        message = ""
        if step is None:
            message = self.model.error or translate("Walkthrough", "Nothing to step through yet.")
        phase = phase_title(step.phase) if step else ""
        self.formula.show_step(step, seq.current_full, seq.index, seq.count, phase, message)
        if self.mode == "chain":
            self.graph.set_state(self.chain.steps, self.chain.index)
        else:
            self.matrices.refresh()
        if step is not None:
            button = self.phase_buttons.get(step.phase)
            if button is not None and not button.isChecked():
                button.setChecked(True)
        problem = ""
        if self.mode == "network":
            problem = self.model.error or (self.model.data_error if self.model.source == "data" else None) or ""
        self._show_problem(problem)
        self._update_buttons()
        self._update_canvas()

    def _update_buttons(self) -> None:
        seq = self.active
        has = seq.count > 0
        self.prev_button.setEnabled(has and not seq.at_start)
        self.next_button.setEnabled(has and not seq.at_end)
        self.restart_button.setEnabled(has)
        self.play_button.setEnabled(has)
        starts = seq.phase_starts()
        for phase, b in self.phase_buttons.items():
            b.setEnabled(phase in starts)
        network = self.mode == "network"
        ready = network and self.model.trace is not None
        self.apply_button.setVisible(network)
        self.discard_button.setVisible(network)
        self.export_button.setVisible(network)
        self.apply_button.setEnabled(ready and not self.doc.locked)
        self.apply_button.setToolTip(self.doc.locked_reason if self.doc.locked else
                                     translate("Walkthrough",
                                               "Put this step's new weights and biases into the network (one undoable "
                                               "change)"))
        self.discard_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    # -- the canvas ----------------------------------------------------------------------------------

    def _update_canvas(self) -> None:
        step = self.model.current if self.mode == "network" else None
        if self.scene is None:
            return
        if not self.shown or step is None:
            self._clear_canvas()
            return
        self.scene.set_emphasis(step.neurons, step.edges, self.canvas_labels(step))
        self._emphasis_on = True

    def canvas_labels(self, step) -> dict:
        """The step's labels; going forward also the value each neuron it reads from carries (x or a)."""
        labels = dict(step.labels)
        t = self.model.trace
        if t is None or step.phase != "forward":
            return labels
        s = min(self.model.shown_sample, t.batch_size - 1)
        items = self.scene.layer_items if self.scene is not None else {}
        for lid, i in step.neurons:
            if (lid, i) in labels or lid == step.layer_id or not (lid in items and items[lid].neuron_mode):
                continue  # a layer drawn as a block has no neuron to put the value on
            if lid == t.input_id:
                labels[(lid, i)] = f"x={num(t.x[s, i], self.model.digits)}"
            else:
                try:
                    labels[(lid, i)] = f"a={num(t.forward_of(lid).a[s, i], self.model.digits)}"
                except StopIteration:
                    pass
        return labels

    def _clear_canvas(self) -> None:
        if self.scene is not None and self._emphasis_on:
            self.scene.clear_emphasis()
        self._emphasis_on = False

    # -- the setup form -----------------------------------------------------------------------------

    def _load_setup(self) -> None:
        """Show the model's settings in the form (without reacting to it)."""
        m = self.model
        self._loading = True
        try:
            network = self.mode == "network"
            for w in self.setup_widgets:
                self.setup_form.setRowVisible(w, network)
            self.source_box.setCurrentIndex(self.source_box.findData(m.source))
            from_data = m.source == "data"
            n = m.n_samples if from_data and self.shown else 0
            self.sample_spin.setRange(1, max(n, 1))
            self.sample_spin.setValue(min(m.sample + 1, max(n, 1)))
            self.sample_of.setText(fill(translate("Walkthrough", "of %1"), n) if n else "")
            self.batch_spin.setRange(1, max(min(n - m.sample, 256), 1))
            self.batch_spin.setValue(min(m.batch, self.batch_spin.maximum()))
            self.sample_row.setEnabled(network and from_data and n > 0)
            self.inputs_edit.setReadOnly(from_data)
            self.targets_edit.setReadOnly(from_data)
            try:
                x, y = m.samples() if self.shown else (None, None)
            except ValueError:
                x, y = None, None
            if x is not None:
                self.inputs_edit.setText("; ".join(format_row(r) for r in x[:64]))
                self.targets_edit.setText("; ".join(format_row(r) for r in y[:64]))
                self.inputs_edit.setCursorPosition(0)
                self.targets_edit.setCursorPosition(0)
            batch = m.trace.batch_size if m.trace is not None else 1
            self.shown_spin.setRange(1, batch)
            self.shown_spin.setValue(min(m.shown_sample + 1, batch))
            self.setup_form.setRowVisible(self.shown_spin, network and batch > 1)
            own = self.doc.network.training.loss.name
            self.loss_box.clear()
            self.loss_box.addItem(fill(translate("Walkthrough", "network's: %1"), translate("Losses", LOSSES[own].label)
                                       if own in LOSSES else own), None)
            for name, entry in LOSSES.items():
                self.loss_box.addItem(translate("Losses", entry.label), name)
            self.loss_box.setCurrentIndex(max(self.loss_box.findData(m.loss), 0) if m.loss else 0)
            lr = self.doc.network.training.learning_rate
            self.lr_edit.setPlaceholderText(fill(translate("Walkthrough", "network's: %1"), repr(lr)))
            self.lr_edit.setText("" if m.learning_rate is None else repr(m.learning_rate))
            self.digits_spin.setValue(self.active.digits)
        finally:
            self._loading = False

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.setup_form.setRowVisible(self.problem_label, bool(text) and self.mode == "network")

    def _on_source(self) -> None:
        if not self._loading:
            self.model.set_source(self.source_box.currentData())

    def _on_sample(self) -> None:
        if not self._loading:
            self.model.set_sample(self.sample_spin.value() - 1, self.batch_spin.value())

    def _on_manual(self) -> None:
        if self._loading or self.model.source != "manual":
            return
        try:
            self.model.set_manual(self.inputs_edit.text(), self.targets_edit.text())
        except ValueError as exc:
            self._show_problem(str(exc))

    def _on_shown_sample(self, value: int) -> None:
        if not self._loading:
            self.model.set_shown_sample(value - 1)

    def _on_loss(self) -> None:
        if not self._loading:
            self.model.set_loss(self.loss_box.currentData())

    def _on_lr(self) -> None:
        if self._loading:
            return
        text = self.lr_edit.text().strip()
        try:
            self.model.set_learning_rate(parse_number(text) if text else None)
        except ValueError:
            self._show_problem(translate("Walkthrough", "The learning rate must be a positive number."))

    def set_digits(self, digits: int) -> None:
        self.model.set_digits(digits)
        self.chain.set_digits(digits)

    # -- navigation ----------------------------------------------------------------------------------

    def next(self) -> bool:
        return self.active.next()

    def previous(self) -> bool:
        return self.active.previous()

    def restart(self) -> None:
        self.play(False)
        self.active.restart()

    def jump(self, phase: str) -> bool:
        return self.active.jump(phase)

    def play(self, on: bool = True) -> None:
        on = bool(on) and self.active.count > 0
        if on and self.active.at_end:
            self.active.restart()
        if on:
            self.timer.start(int(self.pace.value() * 1000))
        else:
            self.timer.stop()
        if self.play_button.isChecked() != on:
            self.play_button.blockSignals(True)
            self.play_button.setChecked(on)
            self.play_button.blockSignals(False)
        self.play_button.setText(translate("Walkthrough", "Pause") if on else translate("Walkthrough", "Play"))
        self.play_button.setIcon(icon("pause" if on else "play"))

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _tick(self) -> None:
        if not self.active.next():
            self.play(False)

    def set_mode(self, mode: str) -> None:
        """'network' (one training step of the open network) or 'chain' (the chain-rule warm-up)."""
        if mode not in ("network", "chain"):
            raise ValueError(mode)
        self.play(False)
        self.mode = mode
        index = self.mode_box.findData(mode)
        if self.mode_box.currentIndex() != index:
            self.mode_box.blockSignals(True)
            self.mode_box.setCurrentIndex(index)
            self.mode_box.blockSignals(False)
        self.stack.setCurrentWidget(self.graph if mode == "chain" else self.matrices)
        # the warm-up's graph needs its room only while it shows (a stacked widget's minimum is its pages')
        self.graph.setMinimumSize(self._graph_minimum if mode == "chain" else QSize(0, 0))
        self._arrange()
        self._load_setup()
        self._show_step()

    # -- apply, discard, export ----------------------------------------------------------------------

    def apply_update(self) -> bool:
        self.play(False)
        return self.model.apply_update()

    def discard(self) -> None:
        self.play(False)
        self.model.discard()

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        return self.model.export(path, fmt)

    def export_dialog(self, fmt: str) -> None:
        if fmt == "html":
            suffix, filt = ".html", translate("Walkthrough", "HTML pages (*.html)")
        else:
            suffix, filt = ".md", translate("Walkthrough", "Markdown files (*.md)")
        base = self.doc.path.with_suffix("") if self.doc.path else Path.home() / (self.doc.network.name or "walkthrough")
        path, _ = QFileDialog.getSaveFileName(self, translate("Walkthrough", "Export walkthrough"),
                                              str(base) + "-walkthrough" + suffix, filt)
        if not path:
            return
        if not Path(path).suffix:
            path += suffix
        try:
            self.export(path, fmt)
        except (OSError, ValueError) as exc:
            self.message.emit(fill(translate("Walkthrough", "Cannot write the walkthrough: %1"), exc))
