"""The live panels of one window as a group: the three calls a training run makes, fanned out to every panel.

When no training runs, :class:`Panels` shows the document: its weights, the
stored loss history, and — for small networks on quick data — its decision
boundary, histograms and confusion matrices (:class:`~.probing.DocumentState`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from .activation_plot import ActivationPlotPanel
from .activations import ActivationsPanel
from .base import Panel
from .boundary import BoundaryPanel
from .feature_maps import FeatureMapsPanel
from .filters import FiltersPanel
from .loss import LossPanel
from .metrics import MetricsPanel
from .probing import DocumentState, make_probe
from .weights import WeightsPanel

__all__ = ["KEYS", "Panels"]

#: The panels' keys (also their attribute names on :class:`Panels`), in the order they are told of a run.
KEYS = ("loss", "metrics", "activation_plot", "boundary", "weights", "activations", "filters", "feature_maps")


class Panels(QObject):
    """The panels of one window, and the three calls a training run makes on them."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.doc = document
        self.loss = LossPanel()
        self.metrics = MetricsPanel()
        self.activation_plot = ActivationPlotPanel()
        self.boundary = BoundaryPanel()
        self.weights = WeightsPanel()
        self.activations = ActivationsPanel()
        self.filters = FiltersPanel()
        self.feature_maps = FeatureMapsPanel()
        self.feature_maps.sampleChanged.connect(self._sample_chosen)
        self.feature_maps.digitDrawn.connect(self._digit_drawn)
        self._drawn = None  # the digit drawn on the feature maps' pad, or None
        self._live_parameters = None  # the running training's latest parameters
        self._last_snapshot = None  # the running training's latest report
        #: (network, parameters, confusion, r2) of the run that just ended, shown while those are the weights.
        self._final = None
        #: The probe of the run in progress (its feature sample follows the panel's choice).
        self.probe = None
        #: key -> panel, in :data:`KEYS` order.
        self.panels: dict[str, Panel] = {key: getattr(self, key) for key in KEYS}
        #: key -> its dock widget (filled by :func:`~netbuilder.ui.panels.install.install_panels`).
        self.docks: dict[str, QDockWidget] = {}
        self.live = False
        self.state = DocumentState()
        self._structure_timer = QTimer(self, singleShot=True, interval=80, timeout=self._structure_changed)
        self._values_timer = QTimer(self, singleShot=True, interval=120, timeout=self.show_document)
        if document is not None:
            self._connect(document)
            self.reset()

    # -- what the training worker calls -----------------------------------------------------------

    def begin_run(self, label: str) -> None:
        """A run starts (``label`` such as "sgd, lr 0.5, batch 32"): live curves start empty."""
        self.live = True
        self._values_timer.stop()
        for panel in self.panels.values():
            panel.begin_run(label)

    def add_snapshot(self, snapshot) -> None:
        """One :class:`~netbuilder.engine.snapshot.Snapshot`; every panel takes what it shows."""
        for panel in self.panels.values():
            panel.add_snapshot(snapshot)
        self._live_parameters = snapshot.parameters
        self._last_snapshot = snapshot
        if self._drawn is not None and snapshot.feature_maps is not None:
            self._show_feature_maps()  # the drawn digit, classified by the network as it is now

    def shown_loss(self) -> float | None:
        """The loss the Loss panel's header shows now (the Training panel shows the same)."""
        return self.loss.shown_loss()

    def end_run(self, run) -> None:
        """The run ended (``run``: its :class:`~netbuilder.model.history.Run`); the last picture stays
        until the document changes (the trained weights applied, an undo)."""
        self.live = False
        for panel in self.panels.values():
            panel.end_run(run)
        last = self._last_snapshot
        if last is not None and (last.confusion is not None or last.r2 is not None):
            # the run's final, fully evaluated state: kept while the document holds these weights
            self._final = (self.doc.network, last.parameters, last.confusion, last.r2)
        self._last_snapshot = None

    def make_probe(self, network=None, dataset=None, base_dir=None):
        """The :class:`~netbuilder.engine.probes.SnapshotProbe` for a session training ``network``
        (default: the document's network); see :func:`make_probe`."""
        network = network if network is not None else self.doc.network
        self.probe = make_probe(network, dataset, base_dir if base_dir is not None else self._base_dir())
        self.probe.feature_sample = self.feature_maps.sample
        return self.probe

    def show_sample(self, index: int) -> None:
        """Show sample ``index`` of the training data in the feature maps (a click in the Data panel)."""
        self.feature_maps.set_sample(index)

    def _sample_chosen(self, index: int) -> None:
        """Another sample for the feature maps: the running probe takes it at its next snapshot, or the
        document's maps are drawn again."""
        if self.live and self.probe is not None:
            self.probe.feature_sample = index
        else:
            self._show_feature_maps()

    def _digit_drawn(self, image) -> None:
        self._drawn = image
        self._show_feature_maps()

    def _show_feature_maps(self) -> None:
        if self._drawn is not None:
            params = self._live_parameters if self.live else None
            maps, output = self.state.drawn_feature_maps(self.doc.network, self._drawn, params)
            self.feature_maps.show_maps(maps, output)
            return
        maps, output, count = self.state.feature_maps(self.doc.network, self._base_dir(), self.feature_maps.sample)
        if count:
            self.feature_maps.set_sample_count(count)
        self.feature_maps.show_maps(maps, output)

    # -- the document -------------------------------------------------------------------------------

    def _connect(self, doc) -> None:
        doc.reset.connect(self.reset)
        doc.historyChanged.connect(lambda: self.loss.show_history(doc.network.history.runs))
        doc.parametersChanged.connect(self._values_timer.start)
        doc.settingsChanged.connect(lambda _: self._structure_timer.start())
        for signal in (doc.layerAdded, doc.layerRemoved, doc.connectionAdded, doc.connectionRemoved):
            signal.connect(lambda *_: self._structure_timer.start())
        doc.layerChanged.connect(lambda *_: self._structure_timer.start())
        doc.connectionChanged.connect(lambda *_: self._values_timer.start())

    def _base_dir(self):
        path = self.doc.path if self.doc is not None else None
        return path.parent if path is not None else None

    def reset(self) -> None:
        """Another network (a file opened, File → New): everything from the document, nothing of the last one."""
        net = self.doc.network
        self.state = DocumentState()
        self._final = None
        self._drawn = None
        for panel in self.panels.values():
            panel.set_network(net)
        self.loss.show_history(net.history.runs)
        self.boundary.clear()
        self.metrics.clear()
        self.show_document()

    def _structure_changed(self) -> None:
        net = self.doc.network
        for panel in self.panels.values():
            panel.set_network(net)
        self.show_document()

    def show_document(self) -> None:
        """Show the document's own values (not while a run is live: the run's snapshots win)."""
        if self.live:
            return
        net = self.doc.network
        self.weights.show_network(net)
        self.filters.show_network(net)
        self._show_feature_maps()
        snap = self.state.snapshot(net, self._base_dir())
        names = self.state.class_names()
        if names:
            self.metrics.set_class_names(names)
        if snap is None:
            self.boundary.clear()
            self._show_stored_metrics(net)
            return
        features = self.state.feature_names()
        if len(features) >= 2:
            self.boundary.set_axis_names(features[0], features[1])
        elif snap.boundary is not None:
            self.boundary.set_axis_names("x₁", "x₂")
        if snap.activations is not None:
            self.activations.show_activations(snap.activations)
        self.boundary.show_boundary(snap.boundary)
        if snap.confusion is None and snap.r2 is None:
            self._show_stored_metrics(net)
            return
        self.metrics.show_samples(self.state.degenerate)
        self.metrics.show_metrics(snap.confusion, snap.r2)

    def _show_stored_metrics(self, net) -> None:
        """Metrics that cannot be computed in the window (a large network, data too large to load here): the
        matrices of the run that just ended while the weights are still its own, else the final evaluation
        the last run stored (e.g. trained with ``netbuilder train``)."""
        final = self._final
        if final is not None and final[0] is net and net.get_parameters().equals(final[1]):
            self.metrics.show_metrics(final[2], final[3])
            return
        self._final = None
        self.metrics.show_summary(net.history.latest)

    # -- following the canvas ----------------------------------------------------------------------

    def follow_selection(self, scene) -> None:
        """Choosing a layer shows its activation function; choosing a connection shows its weights."""

        def chosen():
            try:
                layers = scene.selected_layers()
            except RuntimeError:  # the scene is being torn down with its window
                return
            if len(layers) == 1 and layers[0] in self.doc.network.layers:
                layer = self.doc.network.layers[layers[0]]
                if layer.role != "input":
                    self.activation_plot.set_activation(layer.activation)
            bundles = scene.selected_bundles() if hasattr(scene, "selected_bundles") else []
            if len(bundles) == 1:
                self.weights.set_connection(bundles[0])

        scene.selectionChanged.connect(chosen)
