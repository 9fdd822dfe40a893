"""The step-through backpropagation walkthrough in the app: a dock panel, its action, the chain-rule warm-up.

``install_walkthrough(window)`` adds it to a main window: the dock (View → Panels), and a
"Walkthrough" action (View menu, toolbar, F6) that shows and hides it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ...i18n import translate
from ..icons import icon
from ...explain.tables import Table
from .model import WalkthroughModel
from .sequence import ChainRuleModel, StepSequence
from .panel import WalkthroughPanel

__all__ = ["ChainRuleModel", "StepSequence", "Table", "WalkthroughModel", "WalkthroughPanel", "install_walkthrough"]


def install_walkthrough(window) -> WalkthroughPanel:
    """Add the walkthrough dock (hidden until asked for) and its action to a :class:`MainWindow`.

    Sets ``window.walkthrough`` (the panel), ``window.walkthrough_dock`` and ``window.act_walkthrough``.
    Call it before the window restores its saved state, so the dock comes back where the user left it.
    A second call returns the panel already there.
    """
    if isinstance(getattr(window, "walkthrough", None), WalkthroughPanel):
        return window.walkthrough
    panel = WalkthroughPanel(window.doc, window.scene, window)
    dock = QDockWidget(translate("Walkthrough", "Walkthrough"), window)
    dock.setObjectName("walkthroughDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.register_dock(dock)

    action = QAction(icon("walkthrough"), translate("Walkthrough", "Walkthrough"), window)
    action.setObjectName("actionWalkthrough")
    action.setShortcut(QKeySequence(Qt.Key.Key_F6))
    action.setCheckable(True)
    action.setToolTip(translate("Walkthrough", "Step through one training step value by value (F6)"))

    first_time = [True]

    def toggled(on: bool) -> None:
        if on:
            dock.show()
            dock.raise_()
            if first_time[0] and not dock.isFloating():
                first_time[0] = False
                window.resizeDocks([dock], [max(dock.height(), 310)], Qt.Orientation.Vertical)
            panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            dock.hide()

    action.toggled.connect(toggled)
    dock.visibilityChanged.connect(lambda _visible: action.setChecked(not dock.isHidden()))
    window.addAction(action)
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(action)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(action)
    panel.message.connect(getattr(window, "show_message", lambda text: None))

    window.walkthrough = panel
    window.walkthrough_dock = dock
    window.act_walkthrough = action
    return panel
