"""The graphics items of the canvas: layers, single edges, and bundles between big layers.

Items read what they draw from the model objects they were made for and
never change the model: gestures go to the scene, which turns them into
undoable commands. Besides the model's values they carry presentation
state set from outside — emphasis and labels (the walkthrough highlights
the neurons and edges of its current step and dims the rest) and live
activation values (while training).
"""

from __future__ import annotations

import functools
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem

from ...i18n import fill, translate
from ...model.connection import Connection
from ...model.layer import Layer
from ...model.shapes import KIND_NAMES, POOLING, WINDOWED, describe
from . import style

NORMAL, HIGHLIGHT, DIM = 0, 1, 2


def _fmt(v: float, digits: int = 3) -> str:
    text = f"{v:.{digits}g}"
    return text.replace("-", "−")


class LayerItem(QGraphicsObject):
    """A layer: a column of neurons (small layers) or a block with its size (large ones)."""

    def __init__(self, layer: Layer, font_scale: float = 1.0):
        super().__init__()
        self.layer = layer
        self.layer_id = layer.id
        self.font_scale = font_scale
        self.emphasis = NORMAL
        self.neuron_emphasis: dict[int, int] = {}
        self.neuron_labels: dict[int, str] = {}
        self._labels_box = QRectF()  # where the label plates are drawn (part of the bounding rect)
        self.activations: np.ndarray | None = None  # live values of the layer's neurons, from training
        self.live_bias: np.ndarray | None = None  # the biases a running training has now (None: the layer's)
        #: The layer's output shape in the network (height × width × channels, or (units,)); set by the scene.
        self.output_shape: tuple[int, ...] | None = None
        self.show_bias = True
        self._hover_neuron: int | None = None
        self._hover_port = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.refresh()

    # -- geometry ----------------------------------------------------------------------------

    @property
    def neuron_mode(self) -> bool:
        return self.layer.kind == "dense" and style.neuron_mode(self.layer.units)

    @property
    def map_mode(self) -> bool:
        """A convolution or pooling layer: drawn as a stack of feature maps."""
        return self.layer.kind in WINDOWED

    def _maps(self) -> tuple[float, int]:
        """The front map's side and how many maps the stack shows."""
        shape = self.output_shape if self.output_shape and len(self.output_shape) == 3 else None
        side = style.map_side(shape[0] if shape else None)
        return side, min(shape[-1] if shape else self.layer.units or 1, style.MAX_MAPS)

    def body_rect(self) -> QRectF:
        r = style.NEURON_RADIUS
        if self.map_mode:
            side, maps = self._maps()
            w = side + (maps - 1) * style.MAP_OFFSET
            return QRectF(-w / 2, -w / 2, w, w)
        if self.layer.kind == "flatten":
            h = style.block_height(self.layer.units)
            return QRectF(-style.FLATTEN_WIDTH / 2, -h / 2, style.FLATTEN_WIDTH, h)
        if self.neuron_mode:
            h = (self.layer.units - 1) * style.NEURON_SPACING
            return QRectF(-r, -h / 2 - r, 2 * r, h + 2 * r)
        h = style.block_height(self.layer.units)
        return QRectF(-style.BLOCK_WIDTH / 2, -h / 2, style.BLOCK_WIDTH, h)

    def neuron_centre(self, i: int) -> QPointF:
        """In item coordinates."""
        if not self.neuron_mode:
            return QPointF(0, 0)
        offset = (i - (self.layer.units - 1) / 2) * style.NEURON_SPACING
        return QPointF(0, offset)

    def in_anchor(self, i: int | None = None) -> QPointF:
        """Where an edge into neuron ``i`` (or into the block) ends, in scene coordinates."""
        if self.neuron_mode and i is not None:
            c = self.neuron_centre(i)
            return self.mapToScene(QPointF(c.x() - style.NEURON_RADIUS, c.y()))
        rect = self.body_rect()
        return self.mapToScene(QPointF(rect.left(), rect.center().y()))

    def out_anchor(self, i: int | None = None) -> QPointF:
        if self.neuron_mode and i is not None:
            c = self.neuron_centre(i)
            return self.mapToScene(QPointF(c.x() + style.NEURON_RADIUS, c.y()))
        rect = self.body_rect()
        return self.mapToScene(QPointF(rect.right(), rect.center().y()))

    def port_rect(self) -> QRectF:
        """The handle at the top right from which the user drags a new connection (clear of the edges)."""
        rect = self.body_rect()
        return QRectF(rect.right() + 6, rect.top() - 32, 16, 16)

    def title_rect(self) -> QRectF:
        rect = self.body_rect()
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(10 * self.font_scale)
        name = QFontMetricsF(bold).horizontalAdvance(self.layer.name) + 12  # a long name at 1.6× (F5) fits too
        w = max(max(150.0, rect.width() + 60) * self.font_scale, name)
        return QRectF(-w / 2, rect.top() - style.TITLE_GAP * self.font_scale - 20 * self.font_scale, w, 36 * self.font_scale)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        rect = self.body_rect().united(self.title_rect()).united(self.port_rect())
        rect = rect.adjusted(-60 * self.font_scale, -6, 30, 8)
        if self.neuron_labels:
            rect = rect.united(self._labels_box)
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the port overlaps the title: keep both, no hole
        path.addRect(self.body_rect().adjusted(-4, -4, 4, 4).united(self.title_rect()))
        path.addEllipse(self.port_rect().adjusted(-4, -4, 4, 4))
        return path

    def neuron_at(self, pos: QPointF) -> int | None:
        """The neuron under a point in item coordinates."""
        if not self.neuron_mode:
            return None
        for i in range(self.layer.units):
            c = self.neuron_centre(i)
            if (pos.x() - c.x()) ** 2 + (pos.y() - c.y()) ** 2 <= (style.NEURON_RADIUS + 3) ** 2:
                return i
        return None

    def on_port(self, pos: QPointF) -> bool:
        return self.port_rect().adjusted(-5, -5, 5, 5).contains(pos)

    # -- state from outside ------------------------------------------------------------------

    def set_output_shape(self, shape: tuple[int, ...] | None) -> None:
        if shape != self.output_shape:
            self.output_shape = shape
            self.refresh()

    def refresh(self) -> None:
        """The layer changed (size, name, activation ...): redraw and re-describe."""
        self.prepareGeometryChange()
        self._labels_box = self._labels_rect()
        self.setToolTip(self._tooltip(None))
        self.update()

    def set_emphasis(self, emphasis: int, neurons: dict[int, int] | None = None, labels: dict[int, str] | None = None) -> None:
        """Highlight or dim the layer (and its neurons); ``labels`` are values shown beside neurons (walkthrough)."""
        self.prepareGeometryChange()
        self.emphasis = emphasis
        self.neuron_emphasis = neurons or {}
        self.neuron_labels = labels or {}
        self._labels_box = self._labels_rect()
        self.update()

    # -- the walkthrough's values beside the neurons ----------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(8.5 * self.font_scale)
        font.setBold(True)
        return font

    def label_rect(self, i: int, text: str) -> QRectF:
        """Where neuron ``i``'s label plate goes: above its right shoulder, where the bias tag sits."""
        metrics = QFontMetricsF(self._label_font())
        w, h = metrics.horizontalAdvance(text) + 10, metrics.height() + 3
        c = self.neuron_centre(i)
        r = style.NEURON_RADIUS
        return QRectF(c.x() + r * 0.45, c.y() - r - h + 5, w, h)

    def _labels_rect(self) -> QRectF:
        rect = QRectF()
        if not self.neuron_mode:
            return rect
        for i, text in self.neuron_labels.items():
            if 0 <= i < self.layer.units:
                rect = rect.united(self.label_rect(i, text))
        return rect.adjusted(-2, -2, 2, 2)

    def _paint_label(self, painter: QPainter, i: int, text: str) -> None:
        rect = self.label_rect(i, text)
        bg = QColor(style.role_fill(self.layer.role))
        painter.setOpacity(1.0)
        painter.setPen(QPen(style.HIGHLIGHT, 1.6))
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(style.text_colour())
        painter.setFont(self._label_font())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def set_activations(self, values: np.ndarray | None) -> None:
        self.activations = values
        if self._hover_neuron is not None:
            self.setToolTip(self._tooltip(self._hover_neuron))

    def _tooltip(self, neuron: int | None) -> str:
        layer = self.layer
        if layer.kind != "dense":
            return "<br>".join([f"<b>{layer.name}</b> · {KIND_NAMES[layer.kind]}", self.kind_text(),
                                fill(translate("Canvas", "output %1"), describe(self.output_shape))])
        if neuron is None:
            lines = [f"<b>{layer.name}</b>",
                     fill(translate("Canvas", "%1 neurons, activation %2"), layer.units, layer.activation.name)]
            if not self.neuron_mode:
                lines.append(translate("Canvas", "Drawn as a block: too many neurons to draw one by one."))
            return "<br>".join(lines)
        lines = [f"<b>{layer.name}</b> · " + fill(translate("Canvas", "neuron %1"), neuron + 1)]
        if layer.role != "input" and layer.use_bias:
            lines.append(fill(translate("Canvas", "bias b = %1"), repr(float(layer.bias[neuron]))))
        if self.activations is not None and neuron < len(self.activations):
            lines.append(fill(translate("Canvas", "activation a = %1"), _fmt(float(self.activations[neuron]), 5)))
        if layer.role != "input":
            lines.append(translate("Canvas", "Double-click to edit the bias."))
        return "<br>".join(lines)

    def kind_text(self) -> str:
        """What a convolution, pooling or Flatten layer does, in a few words: "8 filters 3×3, stride 1, valid"."""
        layer = self.layer
        if layer.kind == "conv2d":
            return fill(translate("Canvas", "%1 filters %2, stride %3, %4 padding · %5"), layer.units,
                        describe(layer.kernel_size), describe(layer.strides), layer.padding, layer.activation.name)
        if layer.kind in POOLING:
            template = (translate("Canvas", "max of %1, stride %2, %3 padding") if layer.kind == "max_pooling2d"
                        else translate("Canvas", "mean of %1, stride %2, %3 padding"))
            return fill(template, describe(layer.kernel_size), describe(layer.strides), layer.padding)
        return translate("Canvas", "the image as one vector")

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = style.text_colour()
        outline = style.outline_colour()
        if self.emphasis == DIM:
            painter.setOpacity(0.25)
        font = QFont(painter.font())
        font.setPointSizeF(9 * self.font_scale)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(10 * self.font_scale)

        # title: name, then size and activation
        painter.setPen(text)
        painter.setFont(bold)
        title = self.title_rect()
        painter.drawText(QRectF(title.left(), title.top(), title.width(), title.height() / 2),
                         Qt.AlignmentFlag.AlignCenter, self.layer.name)
        painter.setFont(font)
        sub = f"{self.layer.units} · {self.layer.activation.name}" if self.layer.role != "input" else f"{self.layer.units}"
        if self.layer.kind == "conv2d":
            sub = f"{self.layer.units} × {describe(self.layer.kernel_size)} · {self.layer.activation.name}"
        elif self.layer.kind in POOLING:
            sub = f"{'max' if self.layer.kind == 'max_pooling2d' else 'avg'} {describe(self.layer.kernel_size)}"
        elif self.layer.kind == "flatten":
            sub = KIND_NAMES["flatten"]
        if self.layer.dropout:
            sub += f" · dropout {self.layer.dropout:g}"
        painter.drawText(QRectF(title.left(), title.center().y(), title.width(), title.height() / 2),
                         Qt.AlignmentFlag.AlignCenter, sub)

        fill = style.role_fill(self.layer.role)
        if self.map_mode:
            self._paint_maps(painter, fill, outline, text, font)
        elif self.neuron_mode:
            self._paint_neurons(painter, fill, outline, text, font)
        else:
            self._paint_block(painter, fill, outline, text, font)

        # the port to drag connections from: a small arrow at the top right
        port = self.port_rect()
        painter.setOpacity(1.0 if self._hover_port or self.isSelected() else 0.45)
        painter.setPen(QPen(style.POSITIVE, 1.2))
        painter.setBrush(QBrush(style.POSITIVE if self._hover_port else fill))
        painter.drawEllipse(port)
        arrow = QPainterPath()
        c = port.center()
        arrow.moveTo(c.x() - 3.5, c.y() - 4)
        arrow.lineTo(c.x() + 4.5, c.y())
        arrow.lineTo(c.x() - 3.5, c.y() + 4)
        painter.setPen(QPen(QColor("white") if self._hover_port else style.POSITIVE, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(arrow)
        painter.setOpacity(1.0)

        if self.isSelected():
            pen = QPen(style.POSITIVE, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.body_rect().adjusted(-8, -8, 8, 8).united(title), 8, 8)

    def _paint_neurons(self, painter, fill, outline, text, font) -> None:
        r = style.NEURON_RADIUS
        glyph = style.ACTIVATION_GLYPH.get(self.layer.activation.name, "")
        small = QFont(font)
        small.setPointSizeF(7.5 * self.font_scale)
        for i in range(self.layer.units):
            c = self.neuron_centre(i)
            emph = self.neuron_emphasis.get(i, NORMAL)
            painter.setOpacity(0.25 if emph == DIM or (self.emphasis == DIM and emph != HIGHLIGHT) else 1.0)
            if emph == HIGHLIGHT:
                painter.setPen(QPen(style.HIGHLIGHT, 3.0))
            elif self._hover_neuron == i:
                painter.setPen(QPen(style.POSITIVE, 2.0))
            else:
                painter.setPen(QPen(outline, 1.3))
            painter.setBrush(QBrush(fill))
            painter.drawEllipse(c, r, r)
            painter.setPen(text)
            painter.setFont(font)
            if self.layer.role == "input":
                label = f"x{_sub(i + 1)}"
            elif self.layer.role == "output":
                label = "ŷ" + (_sub(i + 1) if self.layer.units > 1 else "")
            else:
                label = glyph
            painter.drawText(QRectF(c.x() - r - 20, c.y() - r, 2 * r + 40, 2 * r), Qt.AlignmentFlag.AlignCenter, label)
            if i in self.neuron_labels:
                continue  # its value plate takes the bias tag's place, drawn on top below
            if self.show_bias and self.layer.role != "input" and self.layer.use_bias:
                bias = self.live_bias if self.live_bias is not None and len(self.live_bias) == self.layer.units else self.layer.bias
                self._paint_bias(painter, c, float(bias[i]), small, text)
        for i, value in self.neuron_labels.items():
            if 0 <= i < self.layer.units:
                self._paint_label(painter, i, value)
        painter.setOpacity(1.0)

    def _bias_rect(self, centre: QPointF, width: float) -> QRectF:
        r = style.NEURON_RADIUS
        return QRectF(centre.x() + r * 0.55, centre.y() - r - 8, width, 14 * self.font_scale)

    def plate_rects(self) -> list[QRectF]:
        """In scene coordinates, what an edge's value label should not cover: neurons, bias tags, value plates.

        A bias tag counts as wide as ``b −0.000`` at least, so that the labels stay put while a run changes
        the biases' digits.
        """
        if not self.neuron_mode:
            return []
        r = style.NEURON_RADIUS
        small = QFont()
        small.setPointSizeF(7.5 * self.font_scale)
        metrics = QFontMetricsF(small)
        reserve = metrics.horizontalAdvance("b −0.000") + 8
        biased = self.show_bias and self.layer.role != "input" and self.layer.use_bias
        rects = []
        for i in range(self.layer.units):
            c = self.neuron_centre(i)
            rects.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            if i in self.neuron_labels:
                rects.append(self.label_rect(i, self.neuron_labels[i]))
            elif biased:
                bias = self.live_bias if self.live_bias is not None and len(self.live_bias) == self.layer.units else self.layer.bias
                width = max(reserve, metrics.horizontalAdvance("b " + _fmt(float(bias[i]))) + 8)
                rects.append(self._bias_rect(c, width))
        return [self.mapRectToScene(rect) for rect in rects]

    def _paint_bias(self, painter, centre: QPointF, value: float, font, text) -> None:
        """The bias as the tutorials draw it: a small 'b' tag on the neuron."""
        label = "b " + _fmt(value)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(label) + 8
        rect = self._bias_rect(centre, width)
        bg = QColor(style.role_fill(self.layer.role))
        painter.setPen(QPen(style.weight_colour(value, 1.0), 1.0))
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_block(self, painter, fill, outline, text, font) -> None:
        rect = self.body_rect()
        painter.setPen(QPen(style.HIGHLIGHT, 3.0) if self.emphasis == HIGHLIGHT else QPen(outline, 1.3))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 10 if self.layer.kind != "flatten" else 5, 10 if self.layer.kind != "flatten" else 5)
        if self.layer.kind == "flatten":  # a thin bar: its length written along it
            painter.setPen(text)
            painter.setFont(font)
            painter.save()
            painter.translate(rect.center())
            painter.rotate(-90)
            painter.drawText(QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()),
                             Qt.AlignmentFlag.AlignCenter, str(self.layer.units))
            painter.restore()
            return
        big = QFont(font)
        big.setPointSizeF(16 * self.font_scale)
        big.setBold(True)
        painter.setPen(text)
        painter.setFont(big)
        painter.drawText(rect.adjusted(0, -18, 0, -18), Qt.AlignmentFlag.AlignCenter, str(self.layer.units))
        painter.setFont(font)
        below = "×".join(map(str, self.layer.image_shape)) if self.layer.image_shape else style.ACTIVATION_GLYPH.get(self.layer.activation.name, "")
        painter.drawText(rect.adjusted(0, 22, 0, 22), Qt.AlignmentFlag.AlignCenter, below)
        if self.layer.role == "input" and self.output_shape and len(self.output_shape) == 3:
            side = min(rect.width(), rect.height()) - 16
            self._paint_marked_pixels(painter, QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2,
                                                      side, side))
        if self.neuron_labels:
            painter.drawText(rect.adjusted(4, 0, -4, -6), Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                             next(iter(self.neuron_labels.values())))

    def _paint_maps(self, painter, fill, outline, text, font) -> None:
        """A stack of feature maps, the front one with the window that slides over the input."""
        body = self.body_rect()
        side, maps = self._maps()
        pen = QPen(style.HIGHLIGHT, 3.0) if self.emphasis == HIGHLIGHT else QPen(outline, 1.2)
        for k in range(maps - 1, -1, -1):  # back to front
            offset = k * style.MAP_OFFSET
            rect = QRectF(body.left() + (maps - 1) * style.MAP_OFFSET - offset, body.top() + offset, side, side)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawRect(rect)
        front = QRectF(body.left(), body.bottom() - side, side, side)
        if self.layer.kind == "conv2d":
            k = self.layer.kernel_size
            cell = side / max(self.output_shape[0], 1) if self.output_shape and len(self.output_shape) == 3 else 4.0
            window = QRectF(front.left() + 3, front.top() + 3, max(cell * k[1], 6.0), max(cell * k[0], 6.0))
            painter.setPen(QPen(style.POSITIVE, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(window)
        self._paint_marked_pixels(painter, front)
        painter.setPen(text)
        painter.setFont(font)
        shape = describe(self.output_shape)
        painter.drawText(QRectF(body.left() - 30, body.bottom() + 2, body.width() + 60, 18),
                         Qt.AlignmentFlag.AlignCenter, shape)

    def _paint_marked_pixels(self, painter, area: QRectF) -> None:
        """The walkthrough's window or output pixel: the highlighted positions (flat indices (i·W + j)·C + c of
        the layer's image) drawn as one box over ``area``, the picture of the image."""
        shape = self.output_shape
        marked = [k for k, e in self.neuron_emphasis.items() if e == HIGHLIGHT]
        if not marked or not shape or len(shape) != 3:
            return
        h, w, c = shape
        rows = [k // c // w for k in marked if 0 <= k < h * w * c]
        cols = [k // c % w for k in marked if 0 <= k < h * w * c]
        if not rows:
            return
        cell_h, cell_w = area.height() / h, area.width() / w
        box = QRectF(area.left() + min(cols) * cell_w, area.top() + min(rows) * cell_h,
                     (max(cols) - min(cols) + 1) * cell_w, (max(rows) - min(rows) + 1) * cell_h)
        painter.setOpacity(1.0)
        painter.setPen(QPen(style.HIGHLIGHT, 2.0))
        painter.setBrush(QBrush(QColor(style.HIGHLIGHT.red(), style.HIGHLIGHT.green(), style.HIGHLIGHT.blue(), 90)))
        painter.drawRect(box.adjusted(-1, -1, 1, 1) if box.width() < 3 else box)

    # -- interaction -------------------------------------------------------------------------

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene() is not None:
            self.scene().layer_item_moved(self)
        return super().itemChange(change, value)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        neuron = self.neuron_at(event.pos())
        port = self.on_port(event.pos())
        if neuron != self._hover_neuron or port != self._hover_port:
            self._hover_neuron, self._hover_port = neuron, port
            self.setToolTip(self._tooltip(neuron) if not port else translate("Canvas", "Drag from here to another layer to connect them."))
            self.setCursor(Qt.CursorShape.CrossCursor if port else Qt.CursorShape.ArrowCursor)
            self.update()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover_neuron, self._hover_port = None, False
        self.update()
        super().hoverLeaveEvent(event)


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _sub(n: int) -> str:
    return str(n).translate(_SUB)


def edge_path(start: QPointF, end: QPointF, bend: float = 0.0) -> QPainterPath:
    """A straight edge, or a curve arching over the layers in between (skip connections)."""
    path = QPainterPath(start)
    if bend == 0.0:
        path.lineTo(end)
        return path
    dx = end.x() - start.x()
    path.cubicTo(QPointF(start.x() + dx * 0.35, start.y() - bend), QPointF(end.x() - dx * 0.35, end.y() - bend), end)
    return path


class EdgeItem(QGraphicsPathItem):
    """One weight between two neurons; thickness and colour show its size and sign."""

    def __init__(self, conn: Connection, i: int, j: int):
        super().__init__()
        self.conn = conn
        self.connection_id = conn.id
        self.i, self.j = i, j
        self.emphasis = NORMAL
        self.label_text: str | None = None
        self.show_value = False
        self.scale = 1.0
        self.live_weight: float | None = None
        # The label is an item of its own, not a child: a child is drawn with its parent, under every edge
        # added after it, and the lines crossing near a neuron would run over the labels' plates.
        self._label = EdgeLabel(self)
        self.label_t: float | None = None  # where along the edge the label sits; set by layout_edge_labels
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    @property
    def enabled(self) -> bool:
        return self.conn.is_enabled(self.i, self.j)

    @property
    def weight(self) -> float:
        """The weight drawn: the document's, or a running training's latest (see NetworkScene.show_live_parameters)."""
        if self.live_weight is not None:
            return self.live_weight
        return float(self.conn.weights[self.i, self.j])

    def set_geometry(self, start: QPointF, end: QPointF, bend: float) -> None:
        self.setPath(edge_path(start, end, bend))
        self._place_label()

    def refresh(self, scale: float | None = None) -> None:
        if scale is not None:
            self.scale = scale
        w = self.weight
        if not self.enabled:
            pen = QPen(style.MASKED, 1.0, Qt.PenStyle.DashLine)
        else:
            pen = QPen(style.weight_colour(w, self.scale), style.weight_width(w, self.scale))
        if self.emphasis == HIGHLIGHT:
            pen.setColor(style.HIGHLIGHT)
            pen.setWidthF(max(pen.widthF(), 3.0))
        elif self.emphasis == DIM:
            c = QColor(pen.color())
            c.setAlphaF(c.alphaF() * 0.2)
            pen.setColor(c)
        if self.isSelected():
            pen.setStyle(Qt.PenStyle.DashDotLine)
            pen.setWidthF(max(pen.widthF(), 2.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        text = self.label_text if self.label_text is not None else (_fmt(w) if self.show_value and self.enabled else "")
        self._label.set(text, style.HIGHLIGHT if self.emphasis == HIGHLIGHT else style.text_colour())
        self._label.setVisible(bool(text) and self.emphasis != DIM)
        self._place_label()
        self.setToolTip(self._tooltip())

    def preferred_t(self) -> float:
        """Where along the edge its label would sit with no other label in the way (0 source, 1 target)."""
        rows, cols = self.conn.shape
        t = 0.22 + 0.56 * (self.j + 0.5) / cols + 0.08 * ((self.i + 0.5) / rows - 0.5)
        if self.emphasis == HIGHLIGHT and self.label_text and len(self.label_text) > 8:
            t = 0.62  # a named value (dL/dw=…): nearer the target, clear of the value plate on the source neuron
        return min(max(t, LABEL_T_MIN), LABEL_T_MAX)

    def label_size(self) -> tuple[float, float]:
        """The room the label layout keeps for this edge's plate (at least that of ``−0.000``)."""
        rect = self._label.boundingRect()
        reserve_w, reserve_h = _label_reserve()
        return max(rect.width(), reserve_w), max(rect.height(), reserve_h)

    def _place_label(self) -> None:
        """Put the label at ``label_t`` along the edge (chosen by layout_edge_labels), or where it prefers."""
        path = self.path()
        if path.isEmpty():
            return
        t = self.label_t if self.label_t is not None else self.preferred_t()
        self._label.setPos(self.mapToScene(path.pointAtPercent(t)))

    def _tooltip(self) -> str:
        state = "" if self.enabled else " " + translate("Canvas", "(removed: select it and press Delete to restore)")
        return (fill(translate("Canvas", "weight %1 → %2 = %3"), self.i + 1, self.j + 1, repr(self.weight)) + state
                + "<br>" + translate("Canvas", "Double-click to edit; Delete removes this edge."))

    def set_emphasis(self, emphasis: int, label: str | None = None) -> None:
        self.emphasis = emphasis
        self.label_text = label
        self.setZValue(3 if emphasis == HIGHLIGHT else 1)
        self.refresh()

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen().widthF() + 4))
        return stroker.createStroke(self.path())

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.refresh()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneChange:
            old = self.scene()
            if old is not None and self._label.scene() is old:
                old.removeItem(self._label)  # the label leaves the scene with its edge
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            new = self.scene()
            if new is not None and self._label.scene() is not new:
                new.addItem(self._label)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        pen = self.pen()
        pen.setWidthF(pen.widthF() + 2)
        self.setPen(pen)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.refresh()
        super().hoverLeaveEvent(event)


class EdgeLabel(QGraphicsItem):
    """A value on an edge, on a small plate so it stays readable over the lines (drawn above every edge)."""

    def __init__(self, edge: EdgeItem):
        super().__init__()
        self.edge = edge
        self.text = ""
        self.colour = QColor("black")
        self.setZValue(6)
        self._rect = QRectF()

    def set(self, text: str, colour: QColor) -> None:
        self.prepareGeometryChange()
        self.text, self.colour = text, QColor(colour)
        font = QFont()
        font.setPointSizeF(8)
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text) + 6, metrics.height() + 1
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.text:
            return
        font = QFont(painter.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        bg = QColor(style.text_colour())
        bg = QColor(255 - bg.red(), 255 - bg.green(), 255 - bg.blue(), 215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setPen(self.colour)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


LABEL_T_MIN, LABEL_T_MAX = 0.1, 0.9
_LABEL_TS = [LABEL_T_MIN + 0.025 * k for k in range(33)]  # the places along an edge a label may take
_LABEL_GAP = 2.0  # px kept between two plates


@functools.cache
def _label_reserve() -> tuple[float, float]:
    """The plate size the layout keeps for a weight, so labels do not move as a run changes their digits."""
    font = QFont()
    font.setPointSizeF(8)
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance("−0.000") + 6, metrics.height() + 1


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


_CELL = 48.0  # px: the side of the squares the layout files the plates under, to look only at near ones


def layout_edge_labels(edges: list[EdgeItem], obstacles: list[QRectF] = ()) -> None:
    """Choose where along its edge each shown label sits so that no two plates overlap.

    Labels of the edges leaving (or entering) one neuron start out close together; each label, in turn,
    takes the place along its edge nearest to where it prefers (EdgeItem.preferred_t) whose plate is clear
    of the plates placed before it and of ``obstacles`` (neurons and their bias tags, in scene coordinates).
    Where no place is clear it takes the one overlapping least. Plates are filed by the squares of a grid
    they touch, so a label is compared with its neighbours only (a thousand labels take a fraction of a
    second).
    """
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def cells(box):
        for cx in range(math.floor(box[0] / _CELL), math.floor(box[2] / _CELL) + 1):
            for cy in range(math.floor(box[1] / _CELL), math.floor(box[3] / _CELL) + 1):
                yield cx, cy

    def add(box) -> None:
        for cell in cells(box):
            grid.setdefault(cell, []).append(box)

    def cost(box, limit: float) -> float:
        seen: set[int] = set()
        total = 0.0
        for cell in cells(box):
            for other in grid.get(cell, ()):
                if id(other) not in seen:
                    seen.add(id(other))
                    total += _overlap(box, other)
                    if total >= limit:
                        return total
        return total

    for r in obstacles:
        add((r.left(), r.top(), r.right(), r.bottom()))
    shown = [e for e in edges if e._label.isVisible() and e._label.text and not e.path().isEmpty()]
    for edge in shown:
        w, h = edge.label_size()
        half_w, half_h = w / 2 + _LABEL_GAP / 2, h / 2 + _LABEL_GAP / 2
        path = edge.path()
        start = edge.preferred_t()
        best_t, best_cost, best_box = start, math.inf, None
        for t in sorted(_LABEL_TS, key=lambda c: abs(c - start)):
            p = edge.mapToScene(path.pointAtPercent(t))
            box = (p.x() - half_w, p.y() - half_h, p.x() + half_w, p.y() + half_h)
            c = cost(box, best_cost)
            if c < best_cost:
                best_t, best_cost, best_box = t, c, box
                if c == 0.0:
                    break
        edge.label_t = best_t
        edge._place_label()
        add(best_box)


class BundleItem(QGraphicsPathItem):
    """All the weights between two layers when at least one is too big to draw neuron by neuron."""

    def __init__(self, conn: Connection):
        super().__init__()
        self.conn = conn
        self.connection_id = conn.id
        self.emphasis = NORMAL
        self._label = QGraphicsSimpleTextItem(self)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def set_geometry(self, start: QPointF, end: QPointF, bend: float) -> None:
        self.setPath(edge_path(start, end, bend))
        mid = self.path().pointAtPercent(0.5)
        rect = self._label.boundingRect()
        self._label.setPos(mid.x() - rect.width() / 2, mid.y() - rect.height() - 6)

    def refresh(self, scale: float | None = None) -> None:
        w = self.conn.effective_weights()
        mean = float(w.mean()) if w.size else 0.0
        colour = QColor(style.outline_colour())
        colour.setAlphaF(0.5)
        if self.emphasis == HIGHLIGHT:
            colour = QColor(style.HIGHLIGHT)
        elif self.emphasis == DIM:
            colour.setAlphaF(0.12)
        width = 3.0 + min(9.0, math.log10(max(w.size, 1)) * 2) if w.size else 2.0
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._label.setBrush(QBrush(style.text_colour()))
        std = float(w.std()) if w.size else 0.0
        if not self.conn.has_weights:
            self._label.setText("")
            self.setToolTip(translate("Canvas", "No weights: the values pass on to be pooled or flattened."))
            return
        if self.conn.is_kernel:
            kh, kw, cin, filters = self.conn.shape
            self._label.setText(f"{filters} × {kh}×{kw}×{cin}")
            self.setToolTip(fill(translate("Canvas", "%1 kernels of %2×%3×%4 (%5 weights): mean %6, spread %7"),
                                 filters, kh, kw, cin, f"{self.conn.parameter_count:,}", _fmt(mean), _fmt(std))
                            + "<br>" + translate("Canvas", "The Filters panel shows them as images."))
            return
        rows, cols = self.conn.shape
        self._label.setText(f"{rows} × {cols}")
        self.setToolTip(
            fill(translate("Canvas", "%1 × %2 weights (%3 trainable): mean %4, spread %5"), rows, cols,
                 f"{self.conn.parameter_count:,}", _fmt(mean), _fmt(std))
            + "<br>" + translate("Canvas", "Select it to see the matrix in the inspector.")
        )

    def set_emphasis(self, emphasis: int, label: str | None = None) -> None:
        self.emphasis = emphasis
        self.refresh()

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(12.0, self.pen().widthF() + 6))
        return stroker.createStroke(self.path())

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.refresh()
        return super().itemChange(change, value)
