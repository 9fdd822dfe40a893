"""The live panels of one window as a group: the three calls a training run makes, fanned out to every panel.

When no training runs, :class:`Panels` shows the document: its weights, the
stored loss history, and — for small networks on quick data — its decision
boundary, histograms and confusion matrices (:class:`~.probing.DocumentState`).

What the panels show is one observable state, :attr:`Panels.shown` (a :class:`Shown`), announced by
:attr:`Panels.shownChanged` whenever it changes: the document as it stands, a running training's latest
report, or a recorded moment of a finished run being replayed (the timeline under the loss plot). A replayed
moment travels the path a live report takes — a :class:`~netbuilder.engine.snapshot.Snapshot` handed to each
panel's ``add_snapshot`` — so no panel has drawing code of its own for replay, and anything else that draws
what the network computes (the canvas's weights, neuron pictures, badges) follows ``shownChanged`` and gets
all three the same way.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget

from ...engine.snapshot import Snapshot
from .activation_plot import ActivationPlotPanel
from .activations import ActivationsPanel
from .base import Panel
from .boundary import BoundaryPanel
from .feature_maps import FeatureMapsPanel
from .filters import FiltersPanel
from .gradient_flow import GradientFlowPanel
from .loss import LossPanel
from .metrics import MetricsPanel
from .probing import DocumentState, make_probe
from .weights import WeightsPanel

__all__ = ["DOCUMENT", "KEYS", "LIVE", "REPLAY", "Panels", "Shown"]

#: The panels' keys (also their attribute names on :class:`Panels`), in the order they are told of a run.
KEYS = ("loss", "gradient_flow", "metrics", "activation_plot", "boundary", "weights", "activations", "filters",
        "feature_maps")

#: What each panel needs a running training's probe to compute (:data:`netbuilder.engine.probes.PARTS`) while it
#: is on the screen; a panel not shown (closed, or a dock tab in the background) costs nothing.
WANTS = {
    "gradient_flow": {"health"},
    "metrics": {"evaluation"},
    "boundary": {"boundary"},
    "weights": {"gradients"},
    "activations": {"activations"},
    "filters": {"gradients"},
    "feature_maps": {"feature_maps"},
}

#: What :class:`Shown` stands for: the document's own network, a running training, a recorded moment.
DOCUMENT, LIVE, REPLAY = "document", "live", "replay"


@dataclass(frozen=True)
class Shown:
    """What the panels (and the canvas) show now.

    ``kind`` is :data:`DOCUMENT` (the network as it stands, or the final state of the run just applied),
    :data:`LIVE` (a running training's latest report) or :data:`REPLAY` (a moment of a recorded run).
    ``snapshot`` holds the numbers drawn — parameters, boundary with every neuron's picture, activations,
    confusion or R² — when they could be computed (None, e.g., for a large network's document).
    ``parameters`` are the weights shown when they are not the document's (None: the document's own).
    For a replay, ``run`` and ``moment`` say which moment of which run.
    """

    kind: str = DOCUMENT
    snapshot: Any = None
    parameters: Any = None
    run: Any = None
    moment: Any = None

    @property
    def replaying(self) -> bool:
        return self.kind == REPLAY


class Panels(QObject):
    """The panels of one window, and the three calls a training run makes on them."""

    #: What the panels show changed: a :class:`Shown` (also :attr:`shown`).
    shownChanged = Signal(object)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.doc = document
        self.loss = LossPanel()
        self.gradient_flow = GradientFlowPanel()
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
        #: The probe of the run in progress (its feature sample follows the panel's choice, what it computes
        #: what is on the screen: :meth:`wanted`).
        self.probe = None
        self._following_docks = False
        self._scene_follows = False
        #: The report being handed to the panels one by one (see :meth:`add_snapshot`): (it, panels left).
        self._feeding = None
        self._feed_cost = self.last_feed_cost = 0.0
        self._feed_timer = QTimer(self, singleShot=True, interval=0, timeout=self._feed_one)
        #: key -> panel, in :data:`KEYS` order.
        self.panels: dict[str, Panel] = {key: getattr(self, key) for key in KEYS}
        #: key -> its dock widget (filled by :func:`~netbuilder.ui.panels.install.install_panels`).
        self.docks: dict[str, QDockWidget] = {}
        self.live = False
        #: What the panels show now (see :class:`Shown`).
        self.shown = Shown()
        self._canvas_overlay = False  # the canvas draws other weights than the document's
        self.state = DocumentState()
        self._structure_timer = QTimer(self, singleShot=True, interval=80, timeout=self._structure_changed)
        self._values_timer = QTimer(self, singleShot=True, interval=120, timeout=self.show_document)
        if document is not None:
            self._connect(document)
            self.reset()

    # -- what the training worker calls -----------------------------------------------------------

    def begin_run(self, label: str) -> None:
        """A run starts (``label`` such as "sgd, lr 0.5, batch 32"): live curves start empty."""
        self.flush()
        if self.shown.replaying:
            self.loss.show_moment(None)
        self.live = True
        self._values_timer.stop()
        for panel in self.panels.values():
            panel.begin_run(label)
        self._set_shown(Shown(LIVE))  # the run's reports follow

    #: The runner may hand reports in with ``spread=True`` (see :meth:`add_snapshot`).
    spreads = True

    def add_snapshot(self, snapshot, spread: bool = False) -> None:
        """One :class:`~netbuilder.engine.snapshot.Snapshot`; every panel takes what it shows.

        With ``spread``, the panels on the screen draw it one per turn of the event loop (the window stays
        responsive however many panels are open); the panels not shown take it at once (they only keep it).
        Anything else that needs every panel to have it (the next report, the end of the run, a replayed
        moment) first finishes the one in progress (:meth:`flush`)."""
        self.flush()
        self.update_wanted()
        panels = list(self.panels.values())
        if spread:
            # the Loss panel at once: the Training panel shows the loss it shows
            shown = [panel for panel in panels if panel.is_shown() and panel is not self.loss]
            for panel in panels:
                if panel not in shown:
                    panel.add_snapshot(snapshot)
            panels = shown
        self._live_parameters = snapshot.parameters
        self._last_snapshot = snapshot
        self._set_shown(Shown(LIVE, snapshot, snapshot.parameters))  # the canvas follows at once
        self._feeding = (snapshot, panels)
        self._feed_cost = 0.0
        if spread and panels:
            self._feed_timer.start()
        else:
            self.flush()

    def _feed_one(self) -> None:
        if self._feeding is None:
            return
        snapshot, rest = self._feeding
        if rest:
            began = time.perf_counter()
            rest.pop(0).add_snapshot(snapshot)
            self._feed_cost += time.perf_counter() - began
        if rest:
            self._feed_timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        """Give the report being drawn to the panels that do not have it yet, now."""
        if self._feeding is None:
            return
        self._feed_timer.stop()
        snapshot, rest = self._feeding
        self._feeding = None
        began = time.perf_counter()
        for panel in rest:
            panel.add_snapshot(snapshot)
        #: Seconds the panels took to draw the last report handed in one by one (the runner paces by it).
        self.last_feed_cost = self._feed_cost + time.perf_counter() - began
        if self._drawn is not None and snapshot.feature_maps is not None:
            self._show_feature_maps()  # the drawn digit, classified by the network as it is now

    def shown_loss(self) -> float | None:
        """The loss the Loss panel's header shows now (the Training panel shows the same)."""
        return self.loss.shown_loss()

    def end_run(self, run) -> None:
        """The run ended (``run``: its :class:`~netbuilder.model.history.Run`); the last picture stays
        until the document changes (the trained weights applied, an undo)."""
        self.flush()
        self.live = False
        for panel in self.panels.values():
            panel.end_run(run)
        last = self._last_snapshot
        if last is not None and (last.confusion is not None or last.r2 is not None):
            # the run's final, fully evaluated state: kept while the document holds these weights
            self._final = (self.doc.network, last.parameters, last.confusion, last.r2)
        self._last_snapshot = None
        # the trained weights are the document's now: the canvas draws the model again, the panels keep the
        # run's last, fully evaluated picture
        self._set_shown(Shown(DOCUMENT, last))

    # -- what is shown ------------------------------------------------------------------------------

    def _set_shown(self, shown: Shown) -> None:
        self.shown = shown
        self.shownChanged.emit(shown)

    def show_moment(self, run, moment) -> bool:
        """Show the network as it was at ``moment`` (a :class:`~netbuilder.model.recording.Moment` of ``run``):
        every panel draws it as it would a live report; the document does not change. Refused (False) while a
        run is live. :meth:`show_document` shows the document again."""
        if self.live:
            return False
        self.flush()
        net = self.doc.network
        params = moment.parameters
        snap = self.state.snapshot(net, self._base_dir(), parameters=params)
        if snap is None:  # too large to evaluate here: the weights still show what they were
            snap = Snapshot(epoch=0, step=0, steps_per_epoch=0, global_step=0, total_steps=None, elapsed=0.0,
                            batch_losses=[], epoch_logs=[], parameters=params, task="regression")
        snap.parameters = params
        snap.epoch = max(1, math.ceil(moment.epoch)) if moment.step else 0
        snap.global_step = moment.step
        maps, output, _ = self.state.feature_maps(net, self._base_dir(), self.feature_maps.sample, parameters=params)
        if maps:
            snap.feature_maps, snap.feature_output = maps, output
            snap.feature_sample = self.feature_maps.sample
        self._values_timer.stop()
        for key, panel in self.panels.items():
            if key != "loss":
                panel.add_snapshot(snap)
        if snap.confusion is None and snap.r2 is None:
            self.metrics.clear()  # nothing computed for this moment: no numbers of another one
        self.loss.show_moment(moment)
        self._set_shown(Shown(REPLAY, snap, params, run, moment))
        if self._drawn is not None:
            self._show_feature_maps()
        return True

    def make_probe(self, network=None, dataset=None, base_dir=None):
        """The :class:`~netbuilder.engine.probes.SnapshotProbe` for a session training ``network``
        (default: the document's network); see :func:`make_probe`."""
        network = network if network is not None else self.doc.network
        self.probe = make_probe(network, dataset, base_dir if base_dir is not None else self._base_dir())
        self.probe.feature_sample = self.feature_maps.sample
        if not self._following_docks:
            self._following_docks = True
            for dock in self.docks.values():  # a panel shown again during a run gets its part at the next probe
                dock.visibilityChanged.connect(lambda _visible: self.update_wanted())
        self.update_wanted()
        return self.probe

    def wanted(self) -> frozenset[str]:
        """What the panels on the screen (and the canvas's neuron pictures and health badges) draw from a
        running training: the parts its probe computes (see :data:`WANTS`)."""
        parts: set[str] = set()
        for key, needs in WANTS.items():
            if self.panels[key].is_shown():
                parts |= needs
        if "evaluation" in parts and self.metrics.samples is not None or self._scene_follows:
            parts.add("activations")  # a few samples' predictions instead of R²; the canvas's neuron values
        insight = getattr(self.parent(), "canvas_insight", None)
        if insight is not None:
            if insight.show_maps:
                parts.add("boundary")  # every neuron's picture over the input plane
            if insight.show_badges:
                parts.add("health")
        return frozenset(parts)

    def update_wanted(self) -> None:
        """Tell the running probe what is drawn now (it reads it at its next probe)."""
        if self.probe is not None:
            self.probe.wanted = self.wanted()

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
        replayed = self.shown.parameters if self.shown.replaying else None
        if self._drawn is not None:
            params = self._live_parameters if self.live else replayed
            maps, output = self.state.drawn_feature_maps(self.doc.network, self._drawn, params)
            self.feature_maps.show_maps(maps, output)
            return
        maps, output, count = self.state.feature_maps(self.doc.network, self._base_dir(), self.feature_maps.sample,
                                                      parameters=replayed)
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
        self._feed_timer.stop()
        self._feeding = None  # a report of the last network's run must not reach the new one's panels
        self.state = DocumentState()
        self._final = None
        self._drawn = None
        self.gradient_flow.clear()  # the last document's runs: their lines go with it
        for panel in self.panels.values():
            panel.set_network(net)
        self.loss.clear_comparison()
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
        """Show the document's own values (not while a run is live: the run's snapshots win); a replay ends."""
        if self.live:
            return
        if self.shown.replaying:
            self.loss.show_moment(None)
            self.shown = Shown()
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
            self._set_shown(Shown(DOCUMENT))
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
        else:
            self.metrics.show_samples(self.state.degenerate)
            self.metrics.show_metrics(snap.confusion, snap.r2)
        self._set_shown(Shown(DOCUMENT, snap))

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

    # -- the canvas ---------------------------------------------------------------------------------

    def follow_shown(self, scene) -> None:
        """The canvas's edges and bias tags draw the weights shown (a running training's, a replayed moment's),
        the document's own otherwise; hovering a neuron shows its output on the first probe sample."""

        self._scene_follows = True  # the neurons' outputs on the first probe sample: the probe's activations

        def shown(state: Shown) -> None:
            try:
                if state.parameters is not None:
                    scene.show_live_parameters(state.parameters)
                    self._canvas_overlay = True
                elif self._canvas_overlay:
                    scene.show_live_parameters(None)
                    self._canvas_overlay = False
                snap = state.snapshot
                if state.kind != DOCUMENT and snap is not None and snap.activations:
                    scene.set_activations({lid: values[0] for lid, values in snap.activations.items() if len(values)})
            except RuntimeError:  # the scene is being torn down with its window
                pass

        self.shownChanged.connect(shown)

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
