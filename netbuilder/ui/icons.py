"""SVG icons drawn in the theme's text colour, sharp at any screen scale.

The icons in ``resources/icons`` stroke with ``currentColor``; here that
becomes the palette's text colour, so they read on light and dark themes,
and they are rendered as vectors at whatever size and device-pixel ratio Qt
asks for.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ..assets import resource


@lru_cache(maxsize=None)
def _svg_text(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.exists() else ""


class _SvgEngine(QIconEngine):
    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def _renderer(self, mode) -> QSvgRenderer:
        app = QApplication.instance()
        role = QPalette.ColorRole.WindowText
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour = app.palette().color(group, role).name() if app else "#202020"
        text = _svg_text(self.name).replace("currentColor", colour)
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> "QIconEngine":
        return _SvgEngine(self.name)


def icon(name: str) -> QIcon:
    """The named icon from resources/icons, or an empty icon if there is none."""
    if not _svg_text(name):
        return QIcon()
    return QIcon(_SvgEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "netbuilder.svg")))
