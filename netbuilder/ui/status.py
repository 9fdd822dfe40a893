"""The status bar's live summary: parameter count and what stops the network from training.

Validation runs shortly after each change (debounced, so a drag or a
training snapshot does not validate hundreds of times). The problems button
lists every problem; choosing one selects the layers concerned on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QStyle, QToolButton, QWidget

from ..i18n import fill, translate
from ..model.validation import Problem, validate
from .document import Document


def problem_icon(widget: QWidget, error: bool):
    """The style's error or warning sign: drawn, so no font has to have "⛔" (the CJK fonts do not)."""
    pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxWarning
    return widget.style().standardIcon(pixmap)


class _ElidingButton(QToolButton):
    """The problems button: its text cut with "…" to the room the status bar gives it, in full as a tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        room = max(40, self.width() - self.iconSize().width() - 28)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(min(560, self.fontMetrics().horizontalAdvance(self._full) + self.iconSize().width() + 28),
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, super().minimumSizeHint().height())


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
        self.button = _ElidingButton()
        self.button.setObjectName("problems")
        self.button.setIconSize(QSize(14, 14))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        layout.addWidget(self.button, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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
            action = self.menu.addAction(problem_icon(self, p.is_error), p.message)
            action.triggered.connect(lambda checked=False, p=p: self.problemChosen.emit(list(p.layers)))
        if not self.problems:
            self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.button.set_full_text(translate("Status", "ready to train"))
            self.button.setToolTip(translate("Status", "No problems found."))
            self.button.setEnabled(False)
            return
        self.button.setEnabled(True)
        first = errors[0] if errors else self.problems[0]
        more = len(self.problems) - 1
        text = first.message
        if more:
            text += "  " + fill(translate("Status", "(+%1 more)"), more)
        self.button.setIcon(problem_icon(self, first.is_error))
        self.button.set_full_text(text)
        self.button.setToolTip(translate("Status", "Click to see every problem; choosing one selects the layers concerned."))
