"""A pad to draw a digit with the mouse, as a 28×28 image like MNIST's, for the network to classify.

Strokes are painted with a soft round brush of about MNIST's pen width into
an array of values in [0, 1] (white ink on black, as the dataset stores
them); the pad shows it enlarged. ``drawn`` carries the image, flattened row
by row, after every stroke.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The brush's radius in pixels of the 28×28 image.
BRUSH = 1.4


class DigitPad(QWidget):
    #: The image after a stroke, (side·side,) values in [0, 1], row by row.
    drawn = Signal(object)

    def __init__(self, side: int = 28, parent=None):
        super().__init__(parent)
        self.setObjectName("digitPad")
        self.side = side
        self.pixels = np.zeros((side, side))
        self._last: QPointF | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(QSize(4 * side, 4 * side))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_side(self, side: int) -> None:
        """Draw images of ``side`` × ``side`` pixels (the network's input), shown about 112 pixels wide."""
        if side != self.side:
            self.side = side
            self.pixels = np.zeros((side, side))
            scale = max(2, round(112 / side))
            self.setFixedSize(QSize(scale * side, scale * side))
            self.update()

    def clear(self) -> None:
        self.pixels[:] = 0.0
        self.update()
        self.drawn.emit(self.image())

    def image(self) -> np.ndarray:
        return self.pixels.ravel().copy()

    # -- drawing ---------------------------------------------------------------------------------

    def _to_image(self, pos: QPointF) -> tuple[float, float]:
        return pos.y() * self.side / self.height(), pos.x() * self.side / self.width()

    def _dab(self, row: float, col: float) -> None:
        """Ink a soft disc at (row, col): full inside the brush, fading over one pixel beyond it."""
        r = np.arange(self.side)[:, None] + 0.5
        c = np.arange(self.side)[None, :] + 0.5
        distance = np.hypot(r - row, c - col)
        ink = np.clip(BRUSH + 1.0 - distance, 0.0, 1.0)
        np.maximum(self.pixels, ink, out=self.pixels)

    def _stroke_to(self, pos: QPointF) -> None:
        start = self._last or pos
        steps = max(1, int(np.hypot(pos.x() - start.x(), pos.y() - start.y()) / 2))
        for k in range(1, steps + 1):
            t = k / steps
            self._dab(*self._to_image(QPointF(start.x() + (pos.x() - start.x()) * t,
                                              start.y() + (pos.y() - start.y()) * t)))
        self._last = pos
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.clear()
            return
        self._last = None
        self._stroke_to(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._stroke_to(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None
        self.drawn.emit(self.image())

    def paintEvent(self, event) -> None:  # noqa: N802
        a = np.ascontiguousarray((np.clip(self.pixels, 0, 1) * 255).astype(np.uint8))
        image = QImage(a.data, self.side, self.side, self.side, QImage.Format.Format_Grayscale8)
        painter = QPainter(self)
        painter.drawImage(QRectF(self.rect()), image)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
