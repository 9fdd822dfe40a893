"""The data side of the app: the data panel, the CSV import dialog, and the Data menu.

:func:`install_data_panel` adds all of it to a :class:`~netbuilder.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ...i18n import translate
from .commands import AttachDataset
from .csv_dialog import CsvImportDialog
from .panel import DataPanel

__all__ = ["AttachDataset", "CsvImportDialog", "DataPanel", "install_data_panel"]


def install_data_panel(window) -> DataPanel:
    """Dock the data panel in ``window`` (below the canvas) and add the Data menu; returns the panel.

    A second call returns the panel already there.
    """
    if isinstance(getattr(window, "data_panel", None), DataPanel):
        return window.data_panel
    panel = DataPanel(window.doc, window)
    dock = QDockWidget(translate("Data", "Data"), window)
    dock.setObjectName("dataDock")
    dock.setWidget(panel)
    # Below the canvas, between the side columns: the plot gets the width, the side panels keep their height.
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.dockLocationChanged.connect(
        lambda area: panel.set_horizontal(area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)))
    window.restoreDockWidget(dock)
    panel.set_horizontal(window.dockWidgetArea(dock) in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                         Qt.DockWidgetArea.TopDockWidgetArea))
    window.resizeDocks([dock], [300], Qt.Orientation.Vertical)
    window.register_dock(dock)
    panel.message.connect(window.message)
    panels = getattr(window, "panels", None)
    if panels is not None:  # a click on an image shows its feature maps
        panel.images.imageClicked.connect(panels.show_sample)
    window.data_panel = panel
    window.data_dock = dock

    def show_panel() -> None:
        dock.show()
        dock.raise_()
        panel.chooser.setFocus()

    def action(text: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(text, window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        window.addAction(act)
        return act

    window.act_choose_data = action(translate("Data", "&Choose Dataset…"), show_panel, "Ctrl+Shift+D")
    window.act_import_csv = action(translate("Data", "&Import CSV…"), lambda: (show_panel(), panel.import_csv()))
    window.act_open_idx = action(translate("Data", "Open &IDX Images…"), lambda: (show_panel(), panel.open_idx()))
    window.act_own_data = action(translate("Data", "Draw &Your Own Data"),
                                 lambda: (show_panel(), panel.choose_own()))
    bar = window.menuBar()
    menu = bar.addMenu(translate("Data", "&Data"))
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    for act in (window.act_choose_data, window.act_import_csv, window.act_open_idx, None, window.act_own_data):
        menu.addSeparator() if act is None else menu.addAction(act)
    window.data_menu = menu
    return panel
