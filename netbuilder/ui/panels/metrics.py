"""How well the network does: confusion matrices (training and test) for classifiers, R² for regression.

A confusion matrix counts, for each true class (row), how often the network
chose each class (column); the diagonal holds the right answers. Each cell
shows its count; its colour is the share of its row, so a rare class is as
visible as a common one.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTransform
from PySide6.QtWidgets import QLabel, QStackedWidget

from ...engine.probes import classification_report
from ...i18n import fill, translate
from .base import (
    ElidedLabel,
    Panel,
    background,
    foreground,
    format_value,
    label_item,
    percent,
    sequential_map,
    set_title,
    style_plot,
)

#: Matrices with more classes than this show colours only (the counts would not fit).
TEXT_LIMIT = 20
#: Counts shrink to fit their cells, down to this size.
MIN_COUNT_POINTS = 5.0
#: The sets shown, in this order; "validation" stands in for "test" when there is no test set.
SETS = ("train", "test", "validation")


def set_title_text(name: str) -> str:
    return {
        "train": translate("Panels", "Training data"),
        "test": translate("Panels", "Test data"),
        "validation": translate("Panels", "Validation data"),
    }.get(name, name)


class CellCounts(pg.GraphicsObject):
    """Every cell's count of one matrix, drawn by a single item at a fixed font size whatever the zoom.

    One ``pg.TextItem`` per cell made a redraw of two 10 × 10 matrices cost 12-20 ms of the UI thread (57-132 ms
    while a run trains beside it) — the slowest thing in the window during training; one item paints them all in
    about a millisecond."""

    def __init__(self) -> None:
        super().__init__()
        self.n = 0
        #: The cells' texts, row by row, and which of them sit on a dark cell (written white).
        self.labels: list[str] = []
        self.on_dark = np.zeros(0, dtype=bool)
        self.font = QFont()

    def set_counts(self, counts: np.ndarray, on_dark: np.ndarray, font_size: float) -> None:
        n = counts.shape[0]
        if n != self.n:
            self.prepareGeometryChange()
            self.n = n
        self.labels = [str(int(c)) for c in counts.ravel()]
        self.on_dark = np.asarray(on_dark, dtype=bool).ravel()
        self.font.setPointSizeF(font_size)
        self.update()

    def clear(self) -> None:
        self.set_counts(np.zeros((0, 0)), np.zeros(0, dtype=bool), self.font.pointSizeF())

    def boundingRect(self) -> QRectF:
        return QRectF(-0.5, -0.5, self.n, self.n)

    def paint(self, painter, *args) -> None:
        if not self.labels:
            return
        to_device = painter.transform()
        cell = to_device.mapRect(QRectF(0.0, 0.0, 1.0, 1.0))
        w, h = abs(cell.width()), abs(cell.height())
        painter.save()
        painter.resetTransform()  # the text in pixels, not stretched with the plot's data units
        font = QFont(self.font)
        widest = max(QFontMetricsF(font).horizontalAdvance(text) for text in self.labels)
        if widest > 0.9 * w:  # counts wider than their cells: a smaller font rather than numbers run together
            font.setPointSizeF(max(MIN_COUNT_POINTS, font.pointSizeF() * 0.9 * w / widest))
        painter.setFont(font)
        pens = (QColor("#202020"), QColor("white"))
        centre = int(Qt.AlignmentFlag.AlignCenter)
        for k, text in enumerate(self.labels):
            i, j = divmod(k, self.n)
            at = to_device.map(QPointF(j, i))
            painter.setPen(pens[int(self.on_dark[k])])
            painter.drawText(QRectF(at.x() - w / 2, at.y() - h / 2, w, h), centre, text)
        painter.restore()


class _Matrix:
    """One confusion matrix: an image of row shares with the counts written in the cells."""

    def __init__(self, panel: MetricsPanel, col: int):
        self.panel = panel
        self.plot = panel.graphics.addPlot(row=0, col=col)
        style_plot(self.plot)
        self.plot.invertY(True)
        self.plot.setDefaultPadding(0.0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", translate("Panels", "true class"))
        self.plot.setLabel("bottom", translate("Panels", "predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(sequential_map())
        self.image.setTransform(QTransform().translate(-0.5, -0.5))  # cell (i, j) centred on (j, i)
        self.plot.addItem(self.image)
        self.cells = CellCounts()
        self.plot.addItem(self.cells)
        self.n = 0
        self.counts: np.ndarray | None = None

    def _build(self, n: int, names: list[str]) -> None:
        self.n = n
        ticks = [(k, names[k] if k < len(names) else str(k)) for k in range(n)]
        step = max(1, n // 12)
        ticks = ticks[::step]
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTicks([ticks, []])
        self.plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0)

    def show(self, name: str, matrix: np.ndarray, names: list[str]) -> None:
        m = np.asarray(matrix)
        n = m.shape[0]
        if n != self.n or self.panel._names_changed:
            self._build(n, names)
        self.counts = m
        rows = m.sum(axis=1, keepdims=True)
        share = np.divide(m, rows, out=np.zeros(m.shape, dtype=np.float64), where=rows > 0)
        self.image.setImage(share, autoLevels=False, levels=(0.0, 1.0))
        if n <= TEXT_LIMIT:
            self.cells.set_counts(m, share > 0.55, 9 if n <= 10 else 7)
        else:
            self.cells.clear()
        report = classification_report(m)
        set_title(self.plot, fill(translate("Panels", "%1: accuracy %2 (%3 samples)"), set_title_text(name),
                                  percent(report["accuracy"]), report["samples"]))


class MetricsPanel(Panel):
    export_name = "metrics"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("metricsPanel")
        self.caption = ElidedLabel(" ")
        self.caption.setObjectName("metricsCaption")
        self.controls.addWidget(self.caption, 1)
        self.finish_controls()
        self.matrices = [_Matrix(self, 0), _Matrix(self, 1)]
        # R² is drawn in a pyqtgraph scene of its own, so it exports like the matrices
        self.r2_graphics = pg.GraphicsLayoutWidget()
        self.r2_graphics.setBackground(background())
        self.r2_label = label_item("", size="15pt")
        self.r2_graphics.addItem(self.r2_label, row=0, col=0)
        self.r2_note = label_item(translate("Panels", "R² is 1 for perfect predictions and 0 for always predicting the mean."))
        self.r2_graphics.addItem(self.r2_note, row=1, col=0)
        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("metricsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.body.replaceWidget(self.graphics, self.stack)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.r2_graphics)
        self.stack.addWidget(self.empty)
        self.body.setStretchFactor(self.stack, 1)
        self.stack.setCurrentWidget(self.empty)
        self.confusion: dict[str, np.ndarray] | None = None
        self.r2: dict[str, float] | None = None
        self.class_names: list[str] = []
        self._names_changed = False
        #: The last run of a network these numbers cannot be computed for here (too large, data from a file
        #: too big to read in the window): its final evaluation is shown instead.
        self.summary_run = None
        #: Regression data on which R² means nothing (one sample, or equal targets): (target, prediction) pairs.
        self.samples: list[tuple[np.ndarray, np.ndarray]] | None = None
        self.output_layer: str | None = None

    @staticmethod
    def empty_text() -> str:
        return translate("Panels", "Train the network to see how well it does: a confusion matrix "
                                   "for classifiers, R² for regression.")

    def set_class_names(self, names) -> None:
        names = [str(n) for n in (names or [])]
        if names != self.class_names:
            self.class_names = names
            self._names_changed = True
            self.request_redraw()

    def set_network(self, network) -> None:
        """The names of the classes come from this network's data only (none: 0, 1, 2 …)."""
        spec = network.dataset if isinstance(network.dataset, dict) else {}
        names = spec.get("target_names")
        ok = isinstance(names, (list, tuple)) and spec.get("task") != "regression"
        self.set_class_names(names if ok else [])
        out = network.output_layer
        self.output_layer = out.id if out is not None else None

    def show_summary(self, run) -> None:
        """No numbers can be computed here: show the final evaluation the last run stored (one trained from
        the command line, or in an earlier session), or the invitation to train when there is none."""
        self.confusion = self.r2 = None
        self.samples = None
        self.summary_run = run if run is not None and _final_of(run) else None
        self.request_redraw()

    def show_samples(self, samples) -> None:
        """Each sample's target and prediction, for regression data on which R² says nothing (None: R²)."""
        self.samples = samples
        self.request_redraw()

    def show_metrics(self, confusion=None, r2=None) -> None:
        """New numbers; None for both keeps what is shown."""
        if confusion is None and r2 is None:
            return
        self.confusion, self.r2 = confusion, r2
        self.request_redraw()

    def clear(self) -> None:
        self.confusion = self.r2 = None
        self.summary_run = None
        self.samples = None
        self.request_redraw()

    def add_snapshot(self, snapshot) -> None:
        if self.samples is not None and snapshot.activations and self.output_layer in snapshot.activations:
            out = np.asarray(snapshot.activations[self.output_layer], dtype=np.float64)
            if len(out) >= len(self.samples):  # the probe batch holds every sample of so little data, in order
                self.samples = [(target, out[k]) for k, (target, _) in enumerate(self.samples)]
        self.show_metrics(snapshot.confusion, snapshot.r2)

    def shown_sets(self) -> list[str]:
        data = self.confusion or {}
        names = [s for s in ("train", "test") if s in data]
        if "test" not in data and "validation" in data:
            names.append("validation")
        return names

    def redraw(self) -> None:
        if self.confusion:
            self.stack.setCurrentWidget(self.graphics)
            names = self.shown_sets()
            for k, matrix in enumerate(self.matrices):
                visible = k < len(names)
                matrix.plot.setVisible(visible)
                if visible:
                    matrix.show(names[k], self.confusion[names[k]], self.class_names)
            self._names_changed = False
            self.caption.setText(translate("Panels", "Rows: true class · columns: the network's answer · colour: share of the row"))
        elif self.r2 and self.samples is not None:
            self.stack.setCurrentWidget(self.r2_graphics)
            self.r2_label.setText(samples_text(self.samples), color=foreground().name(), size="12pt")
            self.r2_note.setText(translate("Panels", "R² compares the errors with how much the targets vary.<br>"
                                                     "With one sample (or equal targets) they do not vary,<br>"
                                                     "so R² says nothing here: compare the prediction with the target."),
                                 color=foreground().name())
            self.caption.setText(translate("Panels", "Regression: the network's prediction for each sample"))
        elif self.r2:
            self.stack.setCurrentWidget(self.r2_graphics)
            self.r2_label.setText("", size="15pt")
            self.r2_note.setText(translate("Panels", "R² is 1 for perfect predictions and 0 for always predicting the mean."),
                                 color=foreground().name())
            lines = []
            for name in ("train", "test", "validation"):
                if name in self.r2:
                    lines.append(fill(translate("Panels", "%1: R² = %2"), set_title_text(name), format_value(self.r2[name], 4)))
            self.r2_label.setText("<br>".join(lines), color=foreground().name())
            self.caption.setText(translate("Panels", "Regression: coefficient of determination"))
        else:
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(summary_text(self.summary_run) if self.summary_run is not None else self.empty_text())
            self.caption.setText(translate("Panels", "The last training run's result") if self.summary_run is not None
                                 else " ")

    def export_view(self):
        return self.r2_graphics if self.stack.currentWidget() is self.r2_graphics else self.graphics


def _final_of(run) -> dict:
    final = run.settings.get("final") if isinstance(getattr(run, "settings", None), dict) else None
    return final if isinstance(final, dict) else {}


def summary_text(run) -> str:
    """The final evaluation a run stored: "The last training run (5 epochs) ended with: on the test data
    accuracy 97.4 %, loss 0.08612." """
    parts = []
    for which, values in _final_of(run).items():
        if not isinstance(values, dict):
            continue
        shown = []
        if "accuracy" in values:
            shown.append(fill(translate("Panels", "accuracy %1"), percent(values["accuracy"])))
        if "r2" in values:
            shown.append(fill(translate("Panels", "R² %1"), format_value(values["r2"], 4)))
        if "loss" in values:
            shown.append(fill(translate("Panels", "loss %1"), format_value(values["loss"], 4)))
        parts.append(fill(translate("Panels", "on the %1: %2"), set_title_text(which).lower(), ", ".join(shown)))
    epochs = run.epoch_count
    head = (translate("Panels", "The last training run (1 epoch) ended with:") if epochs == 1 else
            fill(translate("Panels", "The last training run (%1 epochs) ended with:"), epochs))
    return head + "\n" + "\n".join(parts) + "\n\n" + translate(
        "Panels", "Train it here to see the confusion matrices or R² as it learns.")


def samples_text(samples) -> str:
    """Each sample's target and prediction: "Sample 1: target y = 1, prediction ŷ = 0.867 (error −0.133)"."""
    from ...notation import num as number

    lines = []
    for k, (target, prediction) in enumerate(samples[:10]):
        t = np.atleast_1d(target)
        p = np.atleast_1d(prediction)
        one = len(t) == 1
        ts = number(float(t[0])) if one else "(" + ", ".join(number(float(v)) for v in t) + ")"
        ps = number(float(p[0])) if one else "(" + ", ".join(number(float(v)) for v in p) + ")"
        error = float(np.mean(p - t)) if one else float(np.sqrt(np.mean((p - t) ** 2)))
        template = (translate("Panels", "Sample %1: target y = %2<br>prediction ŷ = %3 (error %4)") if one else
                    translate("Panels", "Sample %1: target y = %2<br>prediction ŷ = %3 (RMS error %4)"))
        lines.append(fill(template, k + 1, ts, ps, number(error)))
    return "<br>".join(lines)
