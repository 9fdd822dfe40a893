"""The canvas widget: zoom (wheel, pinch, keys), pan, fit, drops from the palette, the weight legend."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from ...i18n import translate
from . import style
from .scene import NetworkScene

PALETTE_MIME = "application/x-netbuilder-palette"
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class CanvasView(QGraphicsView):
    #: A palette entry was dropped: (entry dict, scene position, layer id under the drop or "").
    paletteDropped = Signal(object, QPointF, str)
    zoomChanged = Signal(float)

    def __init__(self, scene: NetworkScene, parent=None):
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.show_legend = True
        self._panning = False
        self._space = False
        self._pan_start = QPointF()
        self.banner: str | None = None
        scene.doc.lockedChanged.connect(self._on_locked)

    # -- zoom --------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        scale = factor / self.zoom
        if anchor is not None:
            old = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            before = self.mapToScene(anchor.toPoint())
            self.scale(scale, scale)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(old)
        else:
            self.scale(scale, scale)
        self.zoomChanged.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def fit(self) -> None:
        """Fit every layer into the window (Ctrl+0)."""
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            self.resetTransform()
            self.zoomChanged.emit(self.zoom)
            return
        # room around the layers for their titles, which grow with the text (presentation mode draws them 1.6×)
        scale = max(1.0, float(getattr(self.scene(), "font_scale", 1.0)))
        mx, my = 40 * scale + 60 * (scale - 1), 40 * scale
        rect = rect.adjusted(-mx, -my, mx, 60 * scale)
        self.setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 2.0:
            self.set_zoom(2.0)
        self.centerOn(rect.center())
        self.zoomChanged.emit(self.zoom)

    def wheelEvent(self, event) -> None:  # noqa: N802
        """A mouse wheel zooms around the pointer; a touchpad's two-finger scroll pans."""
        if event.pixelDelta().isNull() or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom * (1.15**steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom * (1.0 + event.value()), event.position())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self.zoom * pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)

    # -- pan ---------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._panning = True
            self._pan_start = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._panning:
            delta = event.position() - self._pan_start
            self._pan_start = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._panning:
            self._panning = False
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
                                                             and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.zoom_in()
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut) or (event.key() == Qt.Key.Key_Minus
                                                              and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.zoom_out()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    # -- drops from the palette ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files go to the main window

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        data = event.mimeData()
        if not data.hasFormat(PALETTE_MIME):
            event.ignore()
            return
        try:
            entry = json.loads(bytes(data.data(PALETTE_MIME)).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        target = self.scene().layer_at(pos) or ""
        self.paletteDropped.emit(entry, pos, target)
        event.acceptProposedAction()

    # -- overlay: legend, banners, hints ---------------------------------------------------------------

    def _on_locked(self, locked: bool) -> None:
        self.banner = self.scene().doc.locked_reason if locked else None
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        vp = self.viewport().rect()
        font = QFont(self.font())
        painter.setFont(font)
        text = style.text_colour()
        if not self.scene().layer_items:
            painter.setPen(text)
            painter.drawText(vp, Qt.AlignmentFlag.AlignCenter,
                             translate("Canvas", "Drag an Input layer, a Dense layer and an Output layer here from the palette,\n"
                                                 "then drag from each layer's right-hand handle to the next layer to connect them."))
        if self.show_legend:
            self._draw_legend(painter, vp, text)
        if self.banner:
            metrics = painter.fontMetrics()
            w = metrics.horizontalAdvance(self.banner) + 30
            box = QRectF((vp.width() - w) / 2, 8, w, metrics.height() + 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.HIGHLIGHT.red(), style.HIGHLIGHT.green(), style.HIGHLIGHT.blue(), 220))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.banner)
        painter.restore()

    def _draw_legend(self, painter: QPainter, vp, text: QColor) -> None:
        metrics = painter.fontMetrics()
        pos_label = translate("Canvas", "positive weight")
        neg_label = translate("Canvas", "negative weight")
        size_label = translate("Canvas", "thicker = larger |w|")
        width = 46 + max(metrics.horizontalAdvance(s) for s in (pos_label, neg_label, size_label)) + 16
        height = 3 * (metrics.height() + 4) + 10
        box = QRectF(10, vp.height() - height - 10, width, height)
        bg = QColor(self.palette().color(self.backgroundRole()))
        bg.setAlpha(225)
        painter.setPen(QPen(style.outline_colour(), 0.8))
        painter.setBrush(QBrush(bg))
        painter.drawRoundedRect(box, 5, 5)
        y = box.top() + 5 + metrics.height() / 2 + 2
        for colour, label, width_px in ((style.POSITIVE, pos_label, 3.0), (style.NEGATIVE, neg_label, 3.0), (text, size_label, None)):
            if width_px is None:
                painter.setPen(QPen(style.POSITIVE, 0.8))
                painter.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 20, y))
                painter.setPen(QPen(style.POSITIVE, 4.5))
                painter.drawLine(QPointF(box.left() + 26, y), QPointF(box.left() + 38, y))
            else:
                painter.setPen(QPen(colour, width_px))
                painter.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 38, y))
            painter.setPen(text)
            painter.drawText(QPointF(box.left() + 46, y + metrics.ascent() / 2 - 1), label)
            y += metrics.height() + 4
