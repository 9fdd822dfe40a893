"""The Training dock of the main window, and the runner that drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ...i18n import translate
from .panel import TrainingPanel
from .runner import TrainingRunner

__all__ = ["install_training"]


def install_training(window) -> TrainingRunner:
    """The Training dock and Train menu of ``window``; returns the runner that drives them."""
    panel = TrainingPanel(window.doc, window)
    dock = QDockWidget(translate("MainWindow", "Training"), window)
    dock.setObjectName("trainingDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.register_dock(dock)
    runner = TrainingRunner(window, panel)
    runner.dock = dock
    runner.message.connect(window.message)
    return runner
