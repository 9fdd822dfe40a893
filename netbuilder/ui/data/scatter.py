"""The 2-D plane: the dataset's points in class colours, and the learner's own points to click, drag and delete.

Colours follow the canvas (:mod:`netbuilder.ui.canvas.style`): the
Okabe–Ito palette, orange and blue first, so that the two classes of every
binary set stay apart for colour-blind readers. Test samples are drawn as
rings. Regression targets colour the points along the cividis scale (also
colour-blind safe), with its colour bar.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor

from ...i18n import translate
from ..canvas.style import NEGATIVE, POSITIVE

#: Okabe–Ito: orange, blue, bluish green, reddish purple, sky blue, vermillion, yellow, black.
CLASS_COLOURS = [NEGATIVE.name(), POSITIVE.name(), "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
#: How close (in pixels) a click must be to a point to pick it.
PICK_RADIUS = 9.0


def class_colour(k: int) -> QColor:
    return QColor(CLASS_COLOURS[k % len(CLASS_COLOURS)])


class _Points(pg.ScatterPlotItem):
    """Points that leave clicks and drags to the view box (which knows about editing)."""

    def mouseClickEvent(self, ev):  # noqa: N802 - pyqtgraph API
        ev.ignore()

    def mouseDragEvent(self, ev):  # noqa: N802 - pyqtgraph API
        ev.ignore()


class PlaneViewBox(pg.ViewBox):
    """A view box that, when editable, turns clicks and drags on points into signals."""

    #: A left click on empty space, in data coordinates.
    clickedAt = Signal(float, float)
    #: A point was clicked: index, and whether it was the right button.
    pointClicked = Signal(int, bool)
    #: A point is being dragged: index, data position, and whether the drag ended.
    pointDragged = Signal(int, float, float, bool)

    def __init__(self):
        super().__init__()
        self.editable = False
        self.points = np.zeros((0, 2))
        self._dragging: int | None = None
        self.setMenuEnabled(False)

    def hit(self, scene_pos) -> int | None:
        """The point under a scene position (the nearest within PICK_RADIUS pixels)."""
        if not len(self.points):
            return None
        p = self.mapSceneToView(scene_pos)
        sx, sy = self.viewPixelSize()
        if not sx or not sy:
            return None
        d = np.hypot((self.points[:, 0] - p.x()) / sx, (self.points[:, 1] - p.y()) / sy)
        k = int(np.argmin(d))
        return k if d[k] <= PICK_RADIUS else None

    def mouseClickEvent(self, ev):  # noqa: N802 - pyqtgraph API
        if not self.editable:
            return super().mouseClickEvent(ev)
        k = self.hit(ev.scenePos())
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            if k is None:
                p = self.mapSceneToView(ev.scenePos())
                self.clickedAt.emit(p.x(), p.y())
            else:
                self.pointClicked.emit(k, False)
        elif ev.button() == Qt.MouseButton.RightButton and k is not None:
            ev.accept()
            self.pointClicked.emit(k, True)
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 - pyqtgraph API
        if self.editable and ev.button() == Qt.MouseButton.LeftButton:
            if ev.isStart():
                self._dragging = self.hit(ev.buttonDownScenePos())
            if self._dragging is not None:
                ev.accept()
                p = self.mapSceneToView(ev.scenePos())
                k = self._dragging
                if ev.isFinish():
                    self._dragging = None
                self.pointDragged.emit(k, p.x(), p.y(), ev.isFinish())
                return
        super().mouseDragEvent(ev, axis)


class ScatterView(pg.PlotWidget):
    """Points of a dataset with two inputs (or one input against its target)."""

    #: Delete or Backspace with a point selected.
    deleteRequested = Signal(int)

    def __init__(self, parent=None):
        self.box = PlaneViewBox()
        super().__init__(parent, viewBox=self.box, background=None)
        self.setObjectName("dataScatter")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.plot_item = self.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)
        self.plot_item.hideButtons()
        self.train_item = _Points(size=7, pxMode=True)
        self.test_item = _Points(size=7, pxMode=True)
        self.selected_item = _Points(size=15, pxMode=True, brush=None, pen=pg.mkPen("#CC79A7", width=2.5))
        for item in (self.test_item, self.train_item, self.selected_item):
            self.addItem(item)
        self.colour_bar: pg.ColorBarItem | None = None
        self.cmap = pg.colormap.get("cividis")
        self.selected: int | None = None
        self._x = np.zeros((0, 2))
        self.box.pointClicked.connect(self._clicked)

    # -- showing data -------------------------------------------------------------------------------

    def show_points(self, x: np.ndarray, target: np.ndarray, classes: list[str] | None, *,
                    x_test: np.ndarray | None = None, target_test: np.ndarray | None = None,
                    labels: tuple[str, str] = ("x1", "x2"), editable: bool = False, keep_range: bool = False,
                    plane: bool = True) -> None:
        """``target`` holds class numbers (``classes`` given) or values (regression)."""
        self._x = np.asarray(x, dtype=np.float64).reshape(-1, 2)
        self.box.points = self._x
        self.box.editable = editable
        self.classes = classes
        # Two inputs are a plane: equal units both ways, so circles look round. One input against its
        # target is a graph of a function: each axis its own scale.
        self.box.setAspectLocked(plane, ratio=1.0)
        self.plot_item.setLabel("bottom", labels[0])
        self.plot_item.setLabel("left", labels[1])
        lo = hi = None
        if classes is None:
            values = [np.asarray(target, dtype=np.float64).reshape(-1)]
            if target_test is not None:
                values.append(np.asarray(target_test, dtype=np.float64).reshape(-1))
            allv = np.concatenate(values) if values else np.zeros(0)
            lo, hi = (float(allv.min()), float(allv.max())) if allv.size else (0.0, 1.0)
            if hi <= lo:
                hi = lo + 1.0
        self.train_item.setData(pos=self._x, brush=self._brushes(target, lo, hi),
                                pen=pg.mkPen(QColor(255, 255, 255, 160), width=0.8), symbol="o")
        if x_test is not None and len(x_test):
            rings = self._brushes(target_test, lo, hi)
            self.test_item.setData(pos=np.asarray(x_test, dtype=np.float64).reshape(-1, 2), brush=None,
                                   pen=[pg.mkPen(b.color(), width=1.6) for b in rings], symbol="o")
        else:
            self.test_item.setData(pos=np.zeros((0, 2)))
        self._set_colour_bar(lo, hi)
        if self.selected is not None and self.selected >= len(self._x):
            self.selected = None
        self._show_selection()
        if not keep_range:
            self.autoRange_with_margin()

    def autoRange_with_margin(self) -> None:  # noqa: N802 - pyqtgraph naming
        pts = [self._x]
        test = self.test_item.getData()
        if test[0] is not None and len(test[0]):
            pts.append(np.column_stack(test))
        allp = np.vstack(pts) if pts else np.zeros((0, 2))
        if not len(allp):
            self.box.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
            return
        lo, hi = allp.min(axis=0), allp.max(axis=0)
        span = np.maximum(hi - lo, 1.0)
        self.box.setRange(xRange=(lo[0] - 0.08 * span[0], hi[0] + 0.08 * span[0]),
                          yRange=(lo[1] - 0.08 * span[1], hi[1] + 0.08 * span[1]), padding=0)

    def move_point(self, index: int, x1: float, x2: float) -> None:
        """Show a point somewhere else while it is dragged (the data changes when the drag ends)."""
        self._x = self._x.copy()
        self._x[index] = (x1, x2)
        self.box.points = self._x
        brushes = self.train_item.data["brush"]
        self.train_item.setData(pos=self._x, brush=list(brushes),
                                pen=pg.mkPen(QColor(255, 255, 255, 160), width=0.8), symbol="o")
        self.select(index)

    def select(self, index: int | None) -> None:
        self.selected = index
        self._show_selection()

    def _show_selection(self) -> None:
        if self.selected is None or self.selected >= len(self._x):
            self.selected_item.setData(pos=np.zeros((0, 2)))
        else:
            self.selected_item.setData(pos=self._x[self.selected:self.selected + 1])

    def _brushes(self, target, lo, hi):
        if target is None:
            return []
        target = np.asarray(target).reshape(-1)
        if self.classes is not None:
            cache = {}
            out = []
            for k in target.astype(np.int64):
                if k not in cache:
                    cache[k] = pg.mkBrush(class_colour(int(k)))
                out.append(cache[k])
            return out
        colours = self.cmap.map((target - lo) / (hi - lo), mode="qcolor")
        return [pg.mkBrush(c) for c in colours]

    def _set_colour_bar(self, lo, hi) -> None:
        layout = self.plot_item.layout
        if lo is None:
            if self.colour_bar is not None:
                layout.removeItem(self.colour_bar)
                self.colour_bar.setParentItem(None)
                self.scene().removeItem(self.colour_bar)
                self.colour_bar = None
            return
        if self.colour_bar is None:
            self.colour_bar = pg.ColorBarItem(values=(lo, hi), colorMap=self.cmap, interactive=False, width=12)
            layout.addItem(self.colour_bar, 2, 5)
        else:
            self.colour_bar.setLevels((lo, hi))

    # -- interaction ----------------------------------------------------------------------------------

    def _clicked(self, index: int, right: bool) -> None:
        if right:
            self.deleteRequested.emit(index)
        else:
            self.select(index)
            self.setFocus()

    def event(self, ev):
        # Delete and Backspace delete the selected point instead of triggering the window's Delete action.
        if ev.type() == QEvent.Type.ShortcutOverride and self.selected is not None and self.box.editable \
                and ev.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, ev):  # noqa: N802
        if self.selected is not None and self.box.editable and ev.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit(self.selected)
            ev.accept()
            return
        super().keyPressEvent(ev)

    def view_pos(self, x1: float, x2: float):
        """Where a data point is in this widget's coordinates (for tests and tooltips)."""
        scene = self.box.mapViewToScene(QPointF(x1, x2))
        return self.mapFromScene(scene)


def hint_text() -> str:
    return translate("Data", "Click to add a point of the chosen class; drag points to move them; "
                             "right-click or Delete removes one.")
