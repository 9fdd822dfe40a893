"""What every live panel shares: a pyqtgraph drawing area, a row of controls, export, colours.

A panel builds its plot items once and afterwards only feeds them new data
(``setData``/``setImage``), as pyqtgraph's ``PlotSpeedTest`` does. A panel
that is hidden (a dock tab in the background) keeps only the latest data and
draws it when it is shown again, so hidden panels cost nothing while a
network trains.
"""

from __future__ import annotations

import math
import traceback
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters)
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog, QGraphicsItem, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from ...i18n import translate
from ..canvas import style

#: Okabe–Ito colours (colour-blind safe). Class 0 orange and class 1 blue, as in TensorFlow Playground
#: and the canvas (orange negative, blue positive).
CLASS_COLOURS = ["#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
                 "#999999", "#8C564B"]
#: Series colours of line plots.
TRAIN = QColor("#0072B2")
VALIDATION = QColor("#D55E00")
EPOCH = QColor("#003F63")
#: Earlier runs, drawn behind the current one.
MUTED = ["#8E8E8E", "#B79BC9", "#8FBF9F", "#D1A873", "#89AFCF", "#C98B8B", "#A9A35B", "#7FB8B5"]


def background() -> QColor:
    return QColor("#1E1E1E") if style.is_dark() else QColor("#FFFFFF")


def foreground() -> QColor:
    return QColor(style.text_colour())


def neutral() -> QColor:
    """The middle of the diverging map (zero weight, probability 0.5)."""
    return QColor("#3A3A3A") if style.is_dark() else QColor("#F7F7F7")


def diverging_map(strength: float = 1.0) -> pg.ColorMap:
    """Orange (negative) — neutral (zero) — blue (positive); ``strength`` < 1 pales the ends toward neutral."""
    mid = neutral()

    def toward(colour: QColor) -> QColor:
        c = QColor(colour)
        return QColor(
            round(mid.red() + (c.red() - mid.red()) * strength),
            round(mid.green() + (c.green() - mid.green()) * strength),
            round(mid.blue() + (c.blue() - mid.blue()) * strength),
        )

    return pg.ColorMap([0.0, 0.5, 1.0], [toward(style.NEGATIVE), mid, toward(style.POSITIVE)])


def sequential_map() -> pg.ColorMap:
    """Neutral (0) to blue (1): counts in a confusion matrix."""
    return pg.ColorMap([0.0, 1.0], [neutral(), QColor(style.POSITIVE)])


class ElidedLabel(QLabel):
    """A one-line label that gives up its width: cut with "…" when the panel is narrow, in full as its tooltip.

    ``text()`` is always the whole text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text or ""
        super().setText(self._full)
        self.update()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(24, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(min(super().sizeHint().width(), 400), super().sizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        self.setToolTip(self._full if shown != self._full else "")


def nice_ceil(value: float, steps=(1.0, 2.0, 5.0)) -> float:
    """The next 1, 2 or 5 × 10ⁿ (or other ``steps``) at or above ``value``: levels that stay put while values wander."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (*steps, 10.0):
        candidate = step * 10.0**exponent
        if candidate >= value * (1 - 1e-12):
            return candidate
    return 10.0 ** (exponent + 1)


def integer_ticks(n: int, start: int = 1, limit: int = 12) -> list[tuple[float, str]]:
    """Ticks for items counted from ``start`` (neurons 1..n): every one when few, else round steps."""
    if n <= limit:
        return [(float(k), str(k)) for k in range(start, start + n)]
    step = next((s for s in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if n / s <= limit), 1000)
    values = [start] + [k for k in range(step, start + n, step) if k > start]
    return [(float(k), str(k)) for k in values]


def format_value(value: float, digits: int = 4) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.{digits}g}"


def percent(share: float) -> str:
    return f"{100 * share:.1f} %" if share is not None and math.isfinite(share) else "—"


def style_plot(plot: pg.PlotItem) -> None:
    """Axes and titles in the palette's text colour (light and dark themes).

    Axes are cached as pixmaps: drawing their text is most of a frame's cost,
    and an axis whose range did not change need not be drawn again.
    """
    fg = foreground()
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.titleLabel.setAttr("color", fg.name())


def settle_ranges(*plots: pg.PlotItem) -> None:
    """Apply pending auto-ranges now rather than during the next paint, which would then paint twice."""
    for plot in plots:
        plot.getViewBox().prepareForPaint()  # auto-range and view matrix, as the paint would do


def set_title(plot: pg.PlotItem, text: str) -> None:
    plot.setTitle(text, color=foreground().name(), size="10pt")


def label_item(text: str = "", size: str = "9pt", **kwargs) -> pg.LabelItem:
    return pg.LabelItem(text, color=foreground().name(), size=size, **kwargs)


def legend(plot: pg.PlotItem, offset=(-10, 10)) -> pg.LegendItem:
    bg = background()
    bg.setAlpha(200)
    item = plot.addLegend(offset=offset, labelTextColor=foreground(), brush=pg.mkBrush(bg), labelTextSize="8pt")
    return item


class Series:
    """A curve's points in growing NumPy buffers (amortised appends, no per-point Python lists)."""

    def __init__(self, capacity: int = 1024):
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0

    def clear(self) -> None:
        self.n = 0

    def extend(self, xs, ys) -> None:
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        need = self.n + len(xs)
        if need > len(self.x):
            size = max(need, 2 * len(self.x))
            self.x = np.resize(self.x, size)
            self.y = np.resize(self.y, size)
        self.x[self.n : need] = xs
        self.y[self.n : need] = ys
        self.n = need

    def set(self, xs, ys) -> None:
        self.clear()
        self.extend(xs, ys)

    @property
    def xs(self) -> np.ndarray:
        return self.x[: self.n]

    @property
    def ys(self) -> np.ndarray:
        return self.y[: self.n]


class Panel(QWidget):
    """A live panel: controls on top, a pyqtgraph drawing below, export to PNG and SVG.

    Subclasses put their controls in :attr:`controls` (a row ending with the
    export button), draw into :attr:`graphics`, and implement :meth:`redraw`,
    which draws the latest data; :meth:`request_redraw` calls it now when the
    panel is visible and otherwise when it is next shown.
    """

    #: Used in file names suggested for export.
    export_name = "panel"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        layout.addLayout(self.controls)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(background())
        self.graphics.ci.setContentsMargins(4, 4, 4, 4)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body = layout
        layout.addWidget(self.graphics, 1)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setText(translate("Panels", "Export"))
        self.export_button.setToolTip(translate("Panels", "Save this plot as a PNG image or an SVG drawing"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAutoRaise(True)
        menu = QMenu(self.export_button)
        menu.addAction(translate("Panels", "Save as PNG image…"), lambda: self.export_dialog("png"))
        menu.addAction(translate("Panels", "Save as SVG drawing…"), lambda: self.export_dialog("svg"))
        self.export_button.setMenu(menu)

    def finish_controls(self) -> None:
        """Call after adding the controls: pushes the export button to the right."""
        self.controls.addStretch(1)
        self.controls.addWidget(self.export_button)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 280)

    # -- the run ------------------------------------------------------------------------------

    def set_network(self, network) -> None:
        """The document's network changed shape or names; rebuild what depends on it."""

    def begin_run(self, label: str) -> None:
        """A training run starts."""

    def add_snapshot(self, snapshot) -> None:
        """A training snapshot arrived (at most ~30 a second)."""

    def end_run(self, run) -> None:
        """The run ended; ``run`` is its :class:`~netbuilder.model.history.Run`."""

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw the latest data into the plot items (override)."""

    def is_shown(self) -> bool:
        """On the screen: visible and not a dock tab in the background. Qt 6.11 leaves a background tab's
        dock "visible" (``isVisible()`` is True) and only moves it out of the window, so the region the
        panel shows is what tells."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def request_redraw(self) -> None:
        if self.is_shown():
            self._dirty = False
            self.redraw()
        else:
            self._dirty = True

    def follow_dock(self, dock) -> None:
        """Draw what waited when ``dock``'s tab comes to the front (it gets no show event then)."""
        dock.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self._dirty:
            QTimer.singleShot(0, self._draw_waiting)  # after the dock has its place in the window

    def _draw_waiting(self) -> None:
        if self._dirty and self.isVisible():
            self._dirty = False
            try:
                self.redraw()
            except Exception:  # an error escaping a Qt slot would take the whole app down
                traceback.print_exc()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            try:
                self.redraw()
            except Exception:  # an error escaping a Qt virtual would take the whole app down
                traceback.print_exc()

    # -- export ---------------------------------------------------------------------------------

    def export_view(self) -> pg.GraphicsLayoutWidget:
        """What to export: the drawing shown now."""
        return self.graphics

    def export(self, path: str | Path, width: int | None = None) -> Path:
        """Save the drawing as PNG (``.png``) or SVG (``.svg``), chosen by the file's suffix.

        PNG goes through pyqtgraph's ImageExporter (``width`` in pixels, default
        the size on screen). SVG is drawn by Qt's own SVG generator: pyqtgraph
        0.14's SVGExporter cannot read the path syntax Qt 6.12 writes (its
        issue #3485); Qt's output keeps lines and text as vectors and images
        as embedded pictures.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(f"export as .png or .svg, not '{path.suffix or path.name}'")
        if self._dirty:
            self._dirty = False
            self.redraw()
        view = self.export_view()
        if suffix == ".png":
            exporter = pg.exporters.ImageExporter(view.scene())
            exporter.parameters()["background"] = background()
            if width:
                exporter.parameters()["width"] = int(width)
            exporter.export(str(path))
        else:
            write_svg(view, path, self.export_name)
        return path

    def export_dialog(self, kind: str) -> Path | None:
        from .. import settings

        filters = {"png": translate("Panels", "PNG images (*.png)"), "svg": translate("Panels", "SVG drawings (*.svg)")}
        start = str(Path(settings.last_directory()) / f"{self.export_name}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, translate("Panels", "Export plot"), start, filters[kind])
        if not path:
            return None
        if not path.lower().endswith("." + kind):
            path += "." + kind
        settings.set_last_directory(Path(path).parent)
        return self.export(path)


def write_svg(view: pg.GraphicsView, path: Path, title: str = "") -> None:
    """Draw what ``view`` shows into an SVG file with Qt's SVG generator."""
    from PySide6.QtSvg import QSvgGenerator

    source = view.mapToScene(view.viewport().rect()).boundingRect()
    w, h = max(1, round(source.width())), max(1, round(source.height()))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(w, h))
    generator.setViewBox(QRectF(0, 0, w, h))
    generator.setTitle(title)
    generator.setDescription("NetBuilder")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, w, h), background())
        view.scene().render(painter, QRectF(0, 0, w, h), source)
    finally:
        painter.end()
    if not path.exists():
        raise OSError(f"could not write {path}")


def no_mouse(view: pg.ViewBox) -> None:
    view.setMouseEnabled(False, False)
    view.setMenuEnabled(False)

