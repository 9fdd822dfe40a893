"""Why a network learns or does not, drawn on the canvas: each neuron's output as a picture, health badges.

- **Neuron pictures** (TensorFlow Playground's): for a network with two raw inputs, every hidden and
  output neuron drawn one by one shows its output over the input plane as a small heatmap inside its
  circle — orange negative, blue positive, pale near zero (0.5 for sigmoid), the colours of the Decision
  boundary panel's thumbnails. The pictures are the engine's (:attr:`Boundary.neurons
  <netbuilder.engine.snapshot.Boundary.neurons>`, computed with every snapshot and for the idle document);
  the canvas only colours them, once per report, into images it then draws.
- **Health badges**: under each hidden layer, the share of its sigmoid/tanh outputs that are saturated or
  of its ReLU units that are dead (:class:`~netbuilder.engine.health.LayerHealth`), coloured by how bad it
  is, with a tooltip saying what it means and what to try.

Both are child items of the layers' :class:`~.items.LayerItem`: they move with their layer, are exported
with the canvas, and let clicks, double-clicks and tooltips of the neurons through. :class:`CanvasInsight`
keeps them in step with what the panels show (:attr:`~netbuilder.ui.panels.group.Panels.shownChanged`):
the document, a running training's latest report, or a replayed moment.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...i18n import fill, translate
from . import style
from .items import DIM, NORMAL, LayerItem

__all__ = ["CanvasInsight", "HealthBadge", "NeuronMap", "badge_text", "badge_tooltip", "neuron_image",
           "neuron_images"]

#: Output ranges of bounded activations: the pictures' fixed colour levels (as the Boundary panel's thumbnails).
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}
#: The pictures keep about this many pixels a side (the engine's 80 × 80 grid is thinned to 40 × 40).
PICTURE_PIXELS = 40
#: A badge is shown from this share on (below it the layer is healthy and the canvas stays quiet).
SHOWN_FROM = 0.01
#: Shares from which a badge is drawn as a warning, and as a problem.
WARNING, PROBLEM = 0.10, 0.50
#: Badge colours: a mild share, a warning (Okabe–Ito orange), a problem (vermillion).
MILD_COLOUR, WARNING_COLOUR, PROBLEM_COLOUR = QColor("#8E8E8E"), QColor("#E69F00"), QColor("#D55E00")


def _lut() -> np.ndarray:
    """(256, 4) RGBA bytes of the diverging map the panels use (orange, neutral, blue)."""
    from ..panels.base import diverging_map

    table = diverging_map().getLookupTable(0.0, 1.0, 256, alpha=True, mode="byte")
    return np.ascontiguousarray(table, dtype=np.uint8)


def levels_for(activation: str, values: np.ndarray) -> tuple[float, float]:
    """The colour range of a layer's pictures: fixed for bounded activations, else ±(largest |value|)."""
    if activation in BOUNDED:
        return BOUNDED[activation]
    finite = values[np.isfinite(values)]
    peak = min(float(np.abs(finite).max()), 1e300) if finite.size else 0.0
    return (-peak, peak) if peak > 0 else (-1.0, 1.0)


def neuron_images(values: np.ndarray, levels: tuple[float, float], lut: np.ndarray,
                  into: list[QImage | None] | None = None) -> list[QImage]:
    """Each neuron's (H, W) output over the plane, of a layer's (units, H, W), as an image: row 0 of the
    values (the smallest x₂) at the bottom, as the plane is drawn. One pass over the whole layer. The images
    of ``into`` (one per neuron, None for none yet) of the right size get the new pixels in place; the others
    are made anew."""
    lo, hi = levels
    scale = 255.0 / (hi - lo if hi > lo else 1.0)
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged network's outputs: pinned to the ends
        scaled = (np.asarray(values, dtype=np.float64)[:, ::-1] - lo) * scale
    np.nan_to_num(scaled, copy=False, nan=127.5, posinf=255.0, neginf=0.0)
    index = np.clip(scaled, 0, 255, out=scaled).astype(np.uint8)
    rgba = lut[index]  # (units, H, W, 4)
    units, h, w = index.shape
    images = []
    for k in range(units):
        image = into[k] if into is not None and k < len(into) else None
        if image is None or image.width() != w or image.height() != h \
                or image.format() != QImage.Format.Format_RGBA8888:
            image = QImage(w, h, QImage.Format.Format_RGBA8888)
        pixels = np.frombuffer(image.bits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
        pixels[:, : 4 * w] = rgba[k].reshape(h, 4 * w)
        images.append(image)
    return images


def neuron_image(values: np.ndarray, levels: tuple[float, float], lut: np.ndarray) -> QImage:
    """One neuron's (H, W) output as an image (see :func:`neuron_images`)."""
    return neuron_images(np.asarray(values)[None], levels, lut)[0]


class NeuronMap(QGraphicsItem):
    """A neuron's picture inside its circle (a child of the layer's item, at the neuron's centre)."""

    def __init__(self, parent: LayerItem, index: int):
        super().__init__(parent)
        self.index = index
        self.image: QImage | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)

    def radius(self) -> float:
        return style.NEURON_RADIUS - 1.0  # inside the circle's outline, which the layer draws

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        r = self.radius()
        return QRectF(-r, -r, 2 * r, 2 * r)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.image is None:
            return
        layer = self.parentItem()
        if isinstance(layer, LayerItem) and (layer.emphasis != NORMAL or layer.neuron_emphasis):
            return  # the walkthrough marks neurons and writes their values: the layer's own drawing shows them
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        painter.setClipPath(path)
        painter.drawImage(self.boundingRect(), self.image)


def badge_text(kind: str, share: float, units: int) -> str:
    """The badge's words: "34 % saturated", "2 of 12 dead"."""
    if kind == "dead":
        dead = round(share * units)
        return fill(translate("Canvas", "%1 of %2 dead"), dead, units)
    return fill(translate("Canvas", "%1 saturated"), f"{100 * share:.0f} %")


def badge_tooltip(kind: str, share: float, units: int, activation: str) -> str:
    """What a badge means and what to try, in the window's language."""
    percent = f"{100 * share:.0f} %"
    if kind == "dead":
        dead = round(share * units)
        return "<br>".join([
            "<b>" + fill(translate("Canvas", "Dead ReLU neurons: %1 of %2"), dead, units) + "</b>",
            translate("Canvas", "They gave 0 for every sample of the last epoch. ReLU's slope is 0 there, so no "
                                "gradient reaches their weights and they may never come back (Dying ReLU)."),
            translate("Canvas", "<i>Try:</i> a lower learning rate, He initialisation, leaky ReLU or ELU "
                                "instead, or a small positive bias."),
        ])
    return "<br>".join([
        "<b>" + fill(translate("Canvas", "Saturated %1 neurons: %2 of the outputs"), activation, percent) + "</b>",
        translate("Canvas", "Over the last epoch these outputs sat where the activation function is flat (its "
                            "slope below 5 % of its peak: near 0 or 1 for sigmoid, near −1 or 1 for tanh). "
                            "Almost no gradient passes back through them, so this layer and the layers before it "
                            "learn slowly (vanishing gradient)."),
        translate("Canvas", "<i>Try:</i> ReLU or leaky ReLU instead, smaller initial weights (Glorot "
                            "initialisation), inputs scaled to about −1…1, or a lower learning rate."),
    ])


class HealthBadge(QGraphicsItem):
    """A small plate under a layer: how many of its units are saturated or dead (a child of the layer's item)."""

    def __init__(self, parent: LayerItem):
        super().__init__(parent)
        self.text = ""
        self.kind = ""
        self.share = 0.0
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)
        self.setVisible(False)

    def _font(self) -> QFont:
        font = QFont()
        scale = self.parentItem().font_scale if isinstance(self.parentItem(), LayerItem) else 1.0
        font.setPointSizeF(7.5 * scale)
        font.setBold(True)
        return font

    def colour(self) -> QColor:
        if self.share >= PROBLEM:
            return PROBLEM_COLOUR
        return WARNING_COLOUR if self.share >= WARNING else MILD_COLOUR

    def set_state(self, kind: str, share: float, units: int, activation: str) -> None:
        self.prepareGeometryChange()
        self.kind, self.share = kind, share
        self.text = badge_text(kind, share, units)
        metrics = QFontMetricsF(self._font())
        w, h = metrics.horizontalAdvance(self.text) + 16, metrics.height() + 4
        self._rect = QRectF(-w / 2, 0, w, h)
        self.setToolTip(badge_tooltip(kind, share, units, activation))
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.text:
            return
        layer = self.parentItem()
        if isinstance(layer, LayerItem) and layer.emphasis == DIM:
            painter.setOpacity(0.25)  # the walkthrough dims the layer
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.colour()
        fill_colour = QColor(colour)
        fill_colour.setAlpha(45 if self.share < WARNING else 70)
        painter.setPen(QPen(colour, 1.3))
        painter.setBrush(fill_colour)
        painter.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        # a small warning mark (drawn, not a glyph: every font has it)
        h = self._rect.height()
        mark = QPainterPath()
        x0, y0 = self._rect.left() + 5, self._rect.top() + h / 2
        mark.addEllipse(QPointF(x0, y0), 2.2, 2.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(mark)
        painter.setPen(style.text_colour())
        painter.setFont(self._font())
        painter.drawText(self._rect.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignCenter, self.text)


class CanvasInsight(QObject):
    """Keeps each layer's neuron pictures and health badge in step with what the panels show."""

    def __init__(self, scene, parent=None):
        super().__init__(parent)
        self.scene = scene
        self.show_maps = True
        self.show_badges = True
        #: layer id -> (its LayerItem, its NeuronMap children), remade when the scene made a new LayerItem.
        self._maps: dict[str, tuple[LayerItem, list[NeuronMap]]] = {}
        self._badges: dict[str, tuple[LayerItem, HealthBadge]] = {}
        self._lut: np.ndarray | None = None
        self._boundary = None
        #: The health drawn (layer id -> LayerHealth) and the parameters it belongs to.
        self.health: dict | None = None
        self._health_parameters = None
        self._network = None  # the network the pictures and health belong to
        doc = scene.doc
        for signal in (doc.layerAdded, doc.layerRemoved, doc.layerChanged, doc.connectionAdded,
                       doc.connectionRemoved):
            signal.connect(lambda *_: self._redraw())

    # -- what the panels show ---------------------------------------------------------------------

    def show(self, shown) -> None:
        """Draw the network state ``shown`` (a :class:`~netbuilder.ui.panels.group.Shown`): its snapshot's neuron
        pictures (``snapshot.boundary.neurons``) and health badges (``snapshot.health``).

        This is the one way in, whatever the state is: connected to :attr:`Panels.shownChanged
        <netbuilder.ui.panels.group.Panels.shownChanged>`, it gets the document's own network, each live
        report and a replayed moment in the same form the Decision boundary panel draws them from — a
        snapshot computed by the engine for a set of parameters. To show a recorded moment, build its
        snapshot (``Panels.show_moment`` does, with :class:`~netbuilder.ui.panels.probing.DocumentState`) and
        call this with ``Shown(REPLAY, snapshot, parameters, run, moment)``; nothing here computes."""
        if self.scene.net is not self._network:  # another network (a file opened): nothing of the last one
            self._forget()
            self._network = self.scene.net
        snap = shown.snapshot
        boundary = snap.boundary if snap is not None else None
        health = snap.health if snap is not None else None
        if shown.kind == "live":
            if boundary is None:
                boundary = self._boundary  # the run's first reports, before its first picture: keep the last
            if boundary is self._boundary and (not health or health is self.health):
                return  # a report without new pictures or health (the probe runs a few times a second)
        self._boundary = boundary
        if health:
            self.health, self._health_parameters = health, snap.parameters
        elif shown.kind == "document":
            # nothing measured for the document now: the last health stays while its weights are the document's
            params = self._health_parameters
            if params is None or not self.scene.net.get_parameters().equals(params):
                self.health = self._health_parameters = None
        elif shown.kind == "replay":
            self.health = self._health_parameters = None  # not measured at this moment
        self._redraw()

    def set_show_maps(self, on: bool) -> None:
        self.show_maps = bool(on)
        self._redraw()

    def set_show_badges(self, on: bool) -> None:
        self.show_badges = bool(on)
        self._redraw()

    # -- drawing ---------------------------------------------------------------------------------

    def _forget(self) -> None:
        """Another network: nothing of the last one's pictures or health."""
        self._boundary = None
        self.health = self._health_parameters = None
        self._maps.clear()
        self._badges.clear()

    def _redraw(self) -> None:
        try:
            self._draw_maps()
            self._draw_badges()
        except RuntimeError:  # the scene is being torn down with its window
            pass

    def map_items(self, layer_id: str) -> list[NeuronMap]:
        """The neuron pictures of a layer (empty when it has none)."""
        entry = self._maps.get(layer_id)
        return entry[1] if entry is not None and entry[0] is self.scene.layer_items.get(layer_id) else []

    def badge(self, layer_id: str) -> HealthBadge | None:
        entry = self._badges.get(layer_id)
        return entry[1] if entry is not None and entry[0] is self.scene.layer_items.get(layer_id) else None

    def _draw_maps(self) -> None:
        b = self._boundary
        neurons = b.neurons if (b is not None and self.show_maps) else {}
        for lid, item in self.scene.layer_items.items():
            values = neurons.get(lid)
            entry = self._maps.get(lid)
            maps = entry[1] if entry is not None and entry[0] is item else []
            wanted = (values is not None and item.neuron_mode and item.layer.role != "input"
                      and len(values) == item.layer.units)
            if not wanted:
                for m in maps:
                    m.set_image(None)
                    m.setVisible(False)
                continue
            if len(maps) != item.layer.units:
                for m in maps:
                    if m.scene() is not None:
                        m.scene().removeItem(m)
                maps = [NeuronMap(item, k) for k in range(item.layer.units)]
                self._maps[lid] = (item, maps)
            if self._lut is None:
                self._lut = _lut()
            step = max(1, values.shape[-1] // PICTURE_PIXELS)  # a 36-pixel circle needs no 80 × 80 picture
            images = neuron_images(values[:, ::step, ::step], levels_for(item.layer.activation.name, values),
                                   self._lut, into=[m.image for m in maps])  # each neuron's image, in place
            for k, m in enumerate(maps):
                m.setPos(item.neuron_centre(k))
                m.set_image(images[k])
                m.setVisible(True)
        for lid in [lid for lid in self._maps if lid not in self.scene.layer_items]:
            del self._maps[lid]

    def _draw_badges(self) -> None:
        health = self.health if self.show_badges else None
        for lid, item in self.scene.layer_items.items():
            entry = self._badges.get(lid)
            badge = entry[1] if entry is not None and entry[0] is item else None
            h = health.get(lid) if health else None
            state = None
            if h is not None and item.layer.role == "hidden":
                if h.dead_fraction is not None and h.dead_fraction >= SHOWN_FROM:
                    state = ("dead", h.dead_fraction)
                elif h.saturated_fraction is not None and h.saturated_fraction >= SHOWN_FROM:
                    state = ("saturated", h.saturated_fraction)
            if state is None:
                if badge is not None:
                    badge.setVisible(False)
                continue
            if badge is None:
                badge = HealthBadge(item)
                self._badges[lid] = (item, badge)
            badge.set_state(state[0], state[1], h.units, item.layer.activation.name)
            body = item.body_rect()
            below = 22.0 if item.map_mode else 6.0  # under a stack of maps its shape is written first
            badge.setPos(QPointF(body.center().x(), body.bottom() + below))
        for lid in [lid for lid in self._badges if lid not in self.scene.layer_items]:
            del self._badges[lid]


def install_canvas_insight(window, panels) -> CanvasInsight:
    """The neuron pictures and health badges of ``window``'s canvas, following ``panels``; View menu entries
    to switch each on or off (remembered)."""
    from PySide6.QtGui import QAction

    from .. import settings

    insight = CanvasInsight(window.scene, window)
    insight.show_maps = settings.flag("canvas/neuron_maps", True)
    insight.show_badges = settings.flag("canvas/health_badges", True)
    panels.shownChanged.connect(insight.show)
    insight.show(panels.shown)  # the network the window opened with: shown before this was connected
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        maps = QAction(translate("MainWindow", "Show Neuron &Outputs"), window)
        maps.setObjectName("actNeuronMaps")
        maps.setCheckable(True)
        maps.setChecked(insight.show_maps)
        maps.setToolTip(translate("MainWindow", "For networks with two inputs: each neuron shows what it computes "
                                                "over the input plane, live while training"))
        badges = QAction(translate("MainWindow", "Show Layer &Health"), window)
        badges.setObjectName("actHealthBadges")
        badges.setCheckable(True)
        badges.setChecked(insight.show_badges)
        badges.setToolTip(translate("MainWindow", "Badges under the hidden layers: saturated and dead neurons, "
                                                  "with what to try"))

        def toggled_maps(on: bool) -> None:
            settings.set_flag("canvas/neuron_maps", on)
            insight.set_show_maps(on)

        def toggled_badges(on: bool) -> None:
            settings.set_flag("canvas/health_badges", on)
            insight.set_show_badges(on)

        maps.toggled.connect(toggled_maps)
        badges.toggled.connect(toggled_badges)
        before = getattr(window, "act_present", None)
        for action in (maps, badges):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        window.act_neuron_maps, window.act_health_badges = maps, badges
    window.canvas_insight = insight
    return insight
