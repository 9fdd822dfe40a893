"""The live panels in the main window: each in its own dock, in a stable place, in the Panels menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ...i18n import translate
from .group import Panels

__all__ = ["DOCKS", "install_panels"]

#: key -> (dock objectName, dock area). Bottom: curves and numbers; right: pictures of the network.
DOCKS = {
    "loss": ("lossPanelDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    "gradient_flow": ("gradientFlowPanelDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    "metrics": ("metricsPanelDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    "activation_plot": ("activationFunctionPanelDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    "boundary": ("boundaryPanelDock", Qt.DockWidgetArea.RightDockWidgetArea),
    "weights": ("weightsPanelDock", Qt.DockWidgetArea.RightDockWidgetArea),
    "activations": ("activationsPanelDock", Qt.DockWidgetArea.RightDockWidgetArea),
    "filters": ("filtersPanelDock", Qt.DockWidgetArea.RightDockWidgetArea),
    "feature_maps": ("featureMapsPanelDock", Qt.DockWidgetArea.RightDockWidgetArea),
}


def _titles() -> dict[str, str]:
    return {
        "loss": translate("Panels", "Loss"),
        "gradient_flow": translate("Panels", "Gradient flow"),
        "metrics": translate("Panels", "Metrics"),
        "activation_plot": translate("Panels", "Activation function"),
        "boundary": translate("Panels", "Decision boundary"),
        "weights": translate("Panels", "Weights"),
        "activations": translate("Panels", "Activations"),
        "filters": translate("Panels", "Filters"),
        "feature_maps": translate("Panels", "Feature maps"),
    }


def install_panels(window) -> Panels:
    """Dock every panel into ``window`` (a MainWindow: ``doc``, ``scene``, ``register_dock``) and return them.

    Bottom area, tabbed: Loss (in front), Metrics, Activation function. Right
    area under the inspector, tabbed: Decision boundary (in front), Weights,
    Activations. Each dock has a stable objectName, so the window's saved
    layout (saveState/restoreState) keeps where the user put them: docks made
    after the window restored its state are put back with
    ``restoreDockWidget``; a layout saved before the panels existed leaves
    them in the places above.
    """
    panels = Panels(window.doc, window)
    titles = _titles()
    first: dict[Qt.DockWidgetArea, QDockWidget] = {}
    for key, (name, area) in DOCKS.items():
        dock = QDockWidget(titles[key], window)
        dock.setObjectName(name)
        dock.setWidget(panels.panels[key])
        # where the user had put it last time, if the window's saved layout knows this dock (Qt's
        # restoreDockWidget, for docks made after restoreState); otherwise the default place
        if not window.restoreDockWidget(dock):
            window.addDockWidget(area, dock)
            if area in first:
                window.tabifyDockWidget(first[area], dock)
            else:
                first[area] = dock
        window.register_dock(dock)
        panels.panels[key].follow_dock(dock)  # a background tab draws when it comes to the front
        panels.docks[key] = dock
    for dock in first.values():
        dock.raise_()
    if panels.docks["loss"] in first.values():  # placed afresh: give the curves some height
        window.resizeDocks([panels.docks["loss"]], [250], Qt.Orientation.Vertical)
    if getattr(window, "scene", None) is not None:
        panels.follow_selection(window.scene)
        panels.follow_shown(window.scene)
        from ..canvas.insight import install_canvas_insight

        install_canvas_insight(window, panels)  # neuron pictures and health badges on the canvas
    follow_health(panels)
    return panels


def follow_health(panels: Panels) -> None:
    """The Gradient flow panel's line speaks of the health shown between runs (the document's, a replayed
    moment's), and a dashed line marks a replayed moment."""
    flow = panels.gradient_flow

    def shown(state) -> None:
        if state.kind == "live":
            flow.show_moment(None)
            return
        snap = state.snapshot
        flow.show_health(snap.health if snap is not None and snap.health else None)
        flow.show_moment(state.moment.epoch if state.replaying and state.moment is not None else None)

    panels.shownChanged.connect(shown)
    shown(panels.shown)  # the network the window opened with
