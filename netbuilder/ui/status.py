"""The status bar's live summary: parameter count and what stops the network from training.

Validation runs shortly after each change (debounced, so a drag or a
training snapshot does not validate hundreds of times). The problems button
lists every problem; choosing one selects the layers concerned on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ..i18n import fill, translate
from ..model.validation import Problem, validate
from .document import Document


class ValidationStatus(QWidget):
    #: The user chose a problem: select these layer ids.
    problemChosen = Signal(object)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.doc = document
        self.problems: list[Problem] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.params = QLabel()
        self.params.setObjectName("parameterCount")
        layout.addWidget(self.params)
        self.button = QToolButton()
        self.button.setObjectName("problems")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=120, timeout=self.refresh)
        document.changed.connect(self._timer.start)
        document.reset.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        net = self.doc.network
        self.params.setText(fill(translate("Status", "%1 parameters"), f"{net.parameter_count():,}"))
        self.problems = validate(net)
        errors = [p for p in self.problems if p.is_error]
        self.menu.clear()
        for p in self.problems:
            action = self.menu.addAction(("⛔ " if p.is_error else "⚠ ") + p.message)
            action.triggered.connect(lambda checked=False, p=p: self.problemChosen.emit(list(p.layers)))
        if not self.problems:
            self.button.setText("✓ " + translate("Status", "ready to train"))
            self.button.setToolTip(translate("Status", "No problems found."))
            self.button.setEnabled(False)
            return
        self.button.setEnabled(True)
        first = errors[0] if errors else self.problems[0]
        more = len(self.problems) - 1
        text = ("⛔ " if first.is_error else "⚠ ") + first.message
        if more:
            text += "  " + fill(translate("Status", "(+%1 more)"), more)
        self.button.setText(text if len(text) < 140 else text[:137] + "…")
        self.button.setToolTip(translate("Status", "Click to see every problem; choosing one selects the layers concerned."))
