"""Replay a recorded run: the timeline under the loss plot, and "Restore this moment".

Every run trained in the window is recorded (its parameters at a bounded number of moments, see
:mod:`netbuilder.model.recording`) and kept with the run in the document's history. The timeline scrubs
through the last run (or one chosen): each position is a moment, and the panels and the canvas show the
network as it was then, through :meth:`~netbuilder.ui.panels.group.Panels.show_moment` — the path a live
report takes — while the document stays as it is. Play moves through the run by itself; **Back to now** (or
any edit) shows the document again; **Restore this moment** makes the moment's parameters the document's,
as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSizePolicy, QSlider, QToolButton, QWidget

from ..i18n import fill, translate
from . import commands as C
from .icons import icon
from .panels.base import ElidedLabel, format_value

__all__ = ["Replay", "Timeline", "install_replay", "recording_fits"]

#: Playing moves on every this many milliseconds, through a whole run in about PLAY_FRAMES steps.
PLAY_INTERVAL = 60
PLAY_FRAMES = 120


def recording_fits(network, recording) -> bool:
    """True when the recording's moments have exactly the network's parameters (names and shapes): a network
    edited after the run (a layer resized, a connection added) cannot be shown or restored at those moments."""
    moments = recording.moments if recording is not None else []
    if not moments:
        return False
    want = network.get_parameters()
    params = moments[-1].parameters
    for mine, theirs in ((want.weights, params.weights), (want.biases, params.biases), (want.alphas, params.alphas)):
        if mine.keys() != theirs.keys() or any(mine[k].shape != theirs[k].shape for k in mine):
            return False
    return True


class Timeline(QWidget):
    """The row under the loss plot: play, the slider over the run's moments, what the moment is, the run,
    Restore this moment and Back to now. Only a widget: :class:`Replay` decides what it shows."""

    #: The slider moved to moment ``index`` (by the user, or by playing).
    momentChosen = Signal(int)
    #: Another run chosen (its index in the runs offered).
    runChosen = Signal(int)
    restoreRequested = Signal()
    nowRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("replayTimeline")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(6)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("replayPlay")
        self.play_button.setIcon(icon("play"))
        self.play_button.setAutoRaise(True)
        self.play_button.setToolTip(translate("Replay", "Play the run: the panels and the canvas show it moment "
                                                        "by moment"))
        row.addWidget(self.play_button)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("replaySlider")
        self.slider.setMinimumWidth(80)
        self.slider.setToolTip(translate("Replay", "Drag to see the network as it was at any moment of the run"))
        self.slider.valueChanged.connect(self.momentChosen)
        row.addWidget(self.slider, 1)
        self.label = ElidedLabel("", self)
        self.label.setObjectName("replayLabel")
        # as wide as "Replay: epoch 1234 · loss 0.1234", whatever it says (the row stays put while playing; a
        # longer text is cut, the tooltip has it whole)
        sample = fill(translate("Replay", "Replay: epoch %1 · loss %2"), "1234", "0.1234")
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.label.setFixedWidth(min(self.label.fontMetrics().horizontalAdvance(sample) + 8, 320))
        row.addWidget(self.label)
        self.run_box = QComboBox(self)
        self.run_box.setObjectName("replayRun")
        self.run_box.setToolTip(translate("Replay", "The recorded run to replay"))
        self.run_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.run_box.setMinimumContentsLength(8)
        self.run_box.currentIndexChanged.connect(self._run_chosen)
        row.addWidget(self.run_box)
        self.restore_button = QPushButton(translate("Replay", "Restore This Moment"), self)
        self.restore_button.setObjectName("replayRestore")
        self.restore_button.clicked.connect(self.restoreRequested)
        #: Why Restore is not offered (an open lesson locks the weights), or None.
        self.restore_refusal: str | None = None
        self._replaying = False
        row.addWidget(self.restore_button)
        self.now_button = QPushButton(translate("Replay", "Back to Now"), self)
        self.now_button.setObjectName("replayNow")
        self.now_button.setToolTip(translate("Replay", "Show the network as it is now"))
        self.now_button.clicked.connect(self.nowRequested)
        row.addWidget(self.now_button)
        self._filling = False
        self.set_restore_refusal(None)

    def _run_chosen(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.runChosen.emit(index)

    def set_runs(self, names: list[str], current: int) -> None:
        """The runs offered (shown only when there are several)."""
        self._filling = True
        self.run_box.clear()
        self.run_box.addItems(names)
        self.run_box.setCurrentIndex(current)
        self.run_box.setVisible(len(names) > 1)
        self._filling = False

    def set_moments(self, count: int, position: int) -> None:
        """``count`` moments, the slider at ``position``, without announcing it."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        self.slider.setValue(position)
        self.slider.setPageStep(max(1, count // 10))
        self.slider.blockSignals(False)

    def set_position(self, position: int) -> None:
        self.slider.setValue(position)  # announced: the moment is shown

    def set_replaying(self, on: bool) -> None:
        self._replaying = on
        self.restore_button.setEnabled(on and self.restore_refusal is None)
        self.now_button.setEnabled(on)

    def set_restore_refusal(self, reason: str | None) -> None:
        """Offer Restore This Moment, or not (``reason``: why not, shown as the button's tooltip)."""
        self.restore_refusal = reason or None
        if self.restore_refusal is None:
            tip = translate("Replay", "Make the parameters of this moment the network's (Undo brings back the ones "
                                      "before)")
        else:
            tip = self.restore_refusal + " " + translate("Replay", "Restoring a moment would change them.")
        self.restore_button.setToolTip(tip)
        self.set_replaying(self._replaying)

    def set_playing(self, on: bool) -> None:
        self.play_button.setIcon(icon("pause" if on else "play"))
        self.play_button.setToolTip(translate("Replay", "Pause the replay") if on else
                                    translate("Replay", "Play the run: the panels and the canvas show it moment by "
                                                        "moment"))


class Replay(QObject):
    """The timeline of one window: which recorded run, which moment, and what a choice does."""

    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.panels = window.panels
        self.timeline = Timeline()
        self.panels.loss.set_timeline(self.timeline)
        #: The recorded runs of the document that fit the network as it is, oldest first, and the one chosen.
        self.runs: list = []
        self.run = None
        self._index = {}  # run → its number in the history (1-based), for its name
        self._pending: int | None = None
        self._training = False
        self.player = QTimer(self, interval=PLAY_INTERVAL, timeout=self._advance)
        self._show_timer = QTimer(self, singleShot=True, interval=0, timeout=self._show_pending)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        t = self.timeline
        t.momentChosen.connect(self._moment_chosen)
        t.runChosen.connect(self.choose_run)
        t.restoreRequested.connect(self.restore)
        t.nowRequested.connect(self.back_to_now)
        t.play_button.clicked.connect(self.toggle_play)
        self.panels.shownChanged.connect(self._shown)
        doc = self.doc
        for signal in (doc.reset, doc.historyChanged, doc.layerAdded, doc.layerRemoved, doc.connectionAdded,
                       doc.connectionRemoved):
            signal.connect(self._refresh_later)
        doc.layerChanged.connect(lambda *_: self._refresh_later())
        training = getattr(window, "training", None)
        if training is not None:
            training.controller.stateChanged.connect(self._training_state)
            self.message.connect(window.message)
        self.refresh()

    # -- which run ----------------------------------------------------------------------------------

    def _refresh_later(self, *_) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Offer the document's recorded runs that fit the network; the latest is chosen after a new run."""
        net = self.doc.network
        runs = net.history.runs
        fitting = [run for run in runs if run.recording is not None and recording_fits(net, run.recording)]
        self._index = {id(run): k + 1 for k, run in enumerate(runs)}
        new_latest = bool(fitting) and (not self.runs or fitting[-1] is not self.runs[-1])
        self.runs = fitting
        if self.run is None or new_latest or not any(run is self.run for run in fitting):
            self.run = fitting[-1] if fitting else None
            self.stop()
            self._show_run()
        else:
            self._fill_runs()
        self._update_enabled()

    def _fill_runs(self) -> None:
        names = [fill(translate("Replay", "run %1: %2"), self._index.get(id(run), k + 1), run.label())
                 for k, run in enumerate(self.runs)]
        current = next((k for k, run in enumerate(self.runs) if run is self.run), -1)
        self.timeline.set_runs(names, current)

    def _show_run(self) -> None:
        self._fill_runs()
        count = len(self.moments)
        self.timeline.set_moments(count, max(count - 1, 0))
        self._update_label()

    def choose_run(self, index: int) -> None:
        """Replay the ``index``-th run offered (from the end of it)."""
        if not 0 <= index < len(self.runs) or self.runs[index] is self.run:
            return
        self.stop()
        if self.replaying:
            self.back_to_now()
        self.run = self.runs[index]
        self._show_run()

    @property
    def moments(self) -> list:
        return self.run.recording.moments if self.run is not None and self.run.recording is not None else []

    @property
    def replaying(self) -> bool:
        return self.panels.shown.replaying

    @property
    def position(self) -> int:
        return self.timeline.slider.value()

    @property
    def moment(self):
        """The moment the slider points at (None without a recorded run)."""
        moments = self.moments
        return moments[min(self.position, len(moments) - 1)] if moments else None

    # -- showing a moment -----------------------------------------------------------------------------

    def _moment_chosen(self, index: int) -> None:
        """The slider moved: show that moment once the events queued so far are handled (a drag sends many)."""
        self._pending = index
        self._show_timer.start()

    def _show_pending(self) -> None:
        if self._pending is not None:
            index, self._pending = self._pending, None
            self.show(index)

    def show(self, index: int) -> bool:
        """Show moment ``index`` of the chosen run in the panels and on the canvas (the document stays)."""
        moments = self.moments
        if not moments or self._training:
            return False
        index = min(max(int(index), 0), len(moments) - 1)
        if self.position != index:
            self.timeline.set_moments(len(moments), index)
        return self.panels.show_moment(self.run, moments[index])

    def back_to_now(self) -> None:
        """Show the document as it is (the replay ends)."""
        self.stop()
        self._pending = None
        self._show_timer.stop()
        self.timeline.set_moments(len(self.moments), max(len(self.moments) - 1, 0))  # now: the run's end
        self.panels.show_document()

    def restore(self) -> bool:
        """The moment shown becomes the network's parameters, as one undoable step (unless an open lesson
        locks them: it is refused like any other edit of the weights, and says why)."""
        moment = self.panels.shown.moment if self.replaying else None
        if moment is None:
            return False
        self.stop()
        try:
            command = C.RestoreMoment(self.doc.network, moment)
        except ValueError as error:
            self.message.emit(str(error))
            return False
        guard = getattr(getattr(self.window, "editor", None), "lesson_guard", None)
        reason = guard(command) if guard is not None else None
        if reason:
            self.message.emit(reason)
            return False
        if not self.doc.push(command):
            self.message.emit(self.doc.locked_reason or "")
            return False
        self.panels.show_document()  # the document is that moment now
        self.message.emit(fill(translate("Replay", "Restored the moment at epoch %1 (Undo brings back the "
                                                   "parameters before)."), f"{moment.epoch:.4g}"))
        return True

    # -- playing ------------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self.player.isActive():
            self.stop()
        else:
            self.play()

    def play(self) -> None:
        moments = self.moments
        if len(moments) < 2 or self._training:
            return
        self.show(0 if self.position >= len(moments) - 1 else self.position)  # from the start once at the end
        self.player.start()
        self.timeline.set_playing(True)

    def stop(self) -> None:
        self.player.stop()
        self.timeline.set_playing(False)

    def _advance(self) -> None:
        count = len(self.moments)
        if count < 2 or not self.replaying:
            self.stop()
            return
        step = max(1, round(count / PLAY_FRAMES))
        index = min(self.position + step, count - 1)
        self.show(index)
        if index >= count - 1:
            self.stop()

    # -- following the window -----------------------------------------------------------------------

    def lesson_changed(self) -> None:
        """An open lesson that locks the weights takes Restore This Moment away (the tooltip says why)."""
        from ..lessons.locks import locked_text

        lesson = getattr(getattr(self.window, "lessons", None), "lesson", None)
        locked = lesson is not None and lesson.controls.is_locked("weights")
        self.timeline.set_restore_refusal(locked_text("weights") if locked else None)

    def _shown(self, shown) -> None:
        self.timeline.set_replaying(shown.replaying)
        if not shown.replaying and self.player.isActive():
            self.stop()
        self._update_label()

    def _training_state(self, state: str) -> None:
        self._training = state != "idle"
        if self._training:
            self.stop()
        self._update_enabled()
        self._update_label()

    def _update_enabled(self) -> None:
        usable = bool(self.moments) and not self._training
        for widget in (self.timeline.play_button, self.timeline.slider, self.timeline.run_box):
            widget.setEnabled(usable)
        if not usable:
            self.timeline.set_replaying(False)

    def _update_label(self) -> None:
        label = self.timeline.label
        if self._training:
            label.setText(translate("Replay", "Recording this run for replay…"))
            return
        shown = self.panels.shown
        if shown.replaying and shown.moment is not None:
            m = shown.moment
            text = fill(translate("Replay", "Replay: epoch %1 · loss %2"), f"{m.epoch:.4g}", format_value(m.loss))
        elif self.moments:
            text = fill(translate("Replay", "%1 moments: drag to replay"), len(self.moments))
        else:
            text = translate("Replay", "Train to record a run for replay")
        label.setText(text)


def install_replay(window) -> Replay:
    """The timeline under the loss plot of ``window`` (which has ``doc``, ``panels`` and ``training``)."""
    replay = Replay(window)
    window.replay = replay
    return replay
