"""A grid of the first images of an image dataset, each with its label."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


def to_qimage(pixels: np.ndarray) -> QImage:
    """An image from values in [0, 1]: (h, w) grey, or (h, w, 3) colour."""
    a = np.clip(np.asarray(pixels, dtype=np.float64) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    if a.ndim == 2:
        a = np.ascontiguousarray(a)
        h, w = a.shape
        return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    a = np.ascontiguousarray(a[..., :3])
    h, w, _ = a.shape
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class ImageGrid(QWidget):
    """Thumbnails laid out in as many columns as fit, the label under each; a click chooses one."""

    #: An image was clicked: its index (the sample's index in the dataset).
    imageClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chosen: int | None = None
        self.setObjectName("dataImages")
        self.pixmaps: list[QPixmap] = []
        self.labels: list[str] = []
        self.tile = 48
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_images(self, images: np.ndarray, labels: list[str]) -> None:
        self.pixmaps = [QPixmap.fromImage(to_qimage(img)) for img in images]
        self.labels = list(labels)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_images(np.zeros((0, 1, 1)), [])

    def _layout(self) -> tuple[int, int, int]:
        """(columns, tile size, cell height): the largest tiles with which every image fits."""
        text_h = self.fontMetrics().height() + 6
        n = max(1, len(self.pixmaps))
        width, height = max(1, self.width() - 8), max(1, self.height() - 8)
        best = (1, 8)
        for columns in range(1, n + 1):
            rows = math.ceil(n / columns)
            tile = min(width // columns - 8, height // rows - text_h)
            if tile > best[1]:
                best = (columns, tile)
        columns, tile = best
        tile = min(tile, 72)
        return columns, tile, tile + text_h

    def tile_rect(self, k: int) -> QRect:
        """Where image ``k`` is drawn."""
        columns, tile, cell_h = self._layout()
        cell_w = tile + 8
        left = max(4, (self.width() - columns * cell_w) // 2)
        row, col = divmod(k, columns)
        return QRect(left + col * cell_w + 4, 4 + row * cell_h, tile, tile)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for k in range(len(self.pixmaps)):
            if self.tile_rect(k).contains(event.position().toPoint()):
                self.chosen = k
                self.update()
                self.imageClicked.emit(k)
                return

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 120)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        columns, tile, cell_h = self._layout()
        cell_w = tile + 8
        left = max(4, (self.width() - columns * cell_w) // 2)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for k, pixmap in enumerate(self.pixmaps):
            row, col = divmod(k, columns)
            x, y = left + col * cell_w + 4, 4 + row * cell_h
            if y > self.height():
                break
            painter.drawPixmap(QRect(x, y, tile, tile), pixmap)
            if k == self.chosen:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
                painter.drawRect(QRect(x - 2, y - 2, tile + 4, tile + 4))
            painter.setPen(text)
            painter.drawText(QRect(x - 4, y + tile + 2, tile + 8, cell_h - tile - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.labels[k])
        painter.end()
