"""The loss as it falls: every mini-batch (raw and smoothed), every epoch, validation; accuracy beside it.

Earlier runs of the same network stay in the picture in muted colours,
labelled with their settings ("sgd, lr 0.5, batch 32"), so a learning rate
that is too large (the curve jumps about), too small (it hardly moves) and
about right can be compared — the tutorials' steps down the hill. Training →
Compare… puts its runs in the same place, in clear colours, labelled with what
each one changed ("He normal", "learning rate 0.5").

While a recorded run is replayed (the timeline under the plots), a dashed line
and a dot mark the moment shown.

The x axis is in epochs for every curve: the k-th mini-batch of an epoch
with n steps sits at ``epoch − 1 + k/n``, so the batch curve and the
per-epoch points line up.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QWidget

from ...i18n import fill, translate
from .base import (
    ElidedLabel,
    EPOCH, MUTED, TRAIN, VALIDATION, Panel, Series, foreground, format_value, legend, nice_ceil, percent, set_title,
    settle_ranges, style_plot,
)

#: x-axis ends: the axis only moves when the curve passes one of these (× 10ⁿ), so it need not be redrawn each frame.
X_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0)

#: How many earlier runs to overlay (the latest ones), and at most how many points each.
MAX_OVERLAYS = 8
OVERLAY_POINTS = 2000
#: The runs of a comparison (Training → Compare…): Okabe–Ito colours, without the current run's blue.
COMPARED = ["#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C564B", "#999999", "#000000"]


def ema(values: np.ndarray, weight: float, state: tuple[float, int] = (0.0, 0)) -> tuple[np.ndarray, tuple[float, int]]:
    """Exponential moving average with TensorBoard's start-up correction; ``state`` continues a previous call.

    s_t = w·s_(t−1) + (1 − w)·x_t, shown as s_t / (1 − wᵗ) so the first points are not pulled to zero.
    Non-finite values are skipped (they keep the previous average).
    """
    acc, n = state
    out = np.empty(len(values))
    for k, v in enumerate(np.asarray(values, dtype=np.float64)):
        if math.isfinite(v):
            acc = weight * acc + (1.0 - weight) * v
            n += 1
        out[k] = acc / (1.0 - weight**n) if n and weight < 1.0 else (acc if n else math.nan)
    return out, (acc, n)


def batch_positions(count: int, run_epochs: int) -> np.ndarray:
    """x of each stored batch loss of a finished run: steps per epoch estimated from the counts."""
    per_epoch = count / run_epochs if run_epochs else max(count, 1)
    return np.arange(1, count + 1) / per_epoch


def epoch_symbol(validation: bool) -> str:
    """Per-epoch points: circles for training, squares for validation (the shape tells them apart without colour)."""
    return "s" if validation else "o"


def epoch_curve(plot: pg.PlotItem, colour, name: str, *, validation: bool = False) -> pg.PlotDataItem:
    """A curve with a point per epoch: solid for training, thinner and dashed for validation (see
    :func:`epoch_symbol`); :meth:`LossPanel.redraw` drops the points once there are too many to tell apart."""
    if validation:
        pen = pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine)
    else:
        pen = pg.mkPen(colour, width=2)
    return plot.plot(pen=pen, symbol=epoch_symbol(validation), symbolSize=5, symbolBrush=colour, symbolPen=None,
                     name=name)


class LossPanel(Panel):
    export_name = "loss"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lossPanel")
        self.summary = ElidedLabel()
        self.summary.setObjectName("lossSummary")
        self.controls.addWidget(self.summary, 1)
        self.log_box = QCheckBox(translate("Panels", "Log scale"))
        self.log_box.setToolTip(translate("Panels", "Show the loss on a logarithmic scale: small losses stay visible"))
        self.log_box.toggled.connect(self.set_log_scale)
        self.controls.addWidget(self.log_box)
        self.compare_box = QCheckBox(translate("Panels", "Compare runs"))
        self.compare_box.setToolTip(translate("Panels", "Show earlier runs of this network behind the current one"))
        self.compare_box.setChecked(True)
        self.compare_box.toggled.connect(lambda _: self.request_redraw())
        self.controls.addWidget(self.compare_box)
        self.smoothing_box = QDoubleSpinBox()
        self.smoothing_box.setPrefix(translate("Panels", "smoothing "))
        self.smoothing_box.setRange(0.0, 0.999)
        self.smoothing_box.setDecimals(3)
        self.smoothing_box.setSingleStep(0.05)
        self.smoothing_box.setValue(0.9)
        self.smoothing_box.setToolTip(translate("Panels", "How strongly the batch loss is smoothed (0 = not at all)"))
        self.smoothing_box.valueChanged.connect(self.set_smoothing)
        self.controls.addWidget(self.smoothing_box)
        self.finish_controls()

        self.loss_plot = self.graphics.addPlot(row=0, col=0)
        self.metric_plot = self.graphics.addPlot(row=0, col=1)
        self.graphics.ci.layout.setColumnStretchFactor(0, 3)
        self.graphics.ci.layout.setColumnStretchFactor(1, 2)
        for plot in (self.loss_plot, self.metric_plot):
            style_plot(plot)
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setLabel("bottom", translate("Panels", "epoch"))
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
        set_title(self.loss_plot, translate("Panels", "Loss"))
        self.loss_legend = legend(self.loss_plot)
        self.metric_legend = legend(self.metric_plot, offset=(-10, -10))

        # earlier runs first, so they are drawn behind the current one
        self._overlay_items: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.raw_curve = self.loss_plot.plot(pen=pg.mkPen(QColorA(TRAIN, 70), width=1), name=translate("Panels", "batch loss"))
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen(TRAIN, width=2), name=translate("Panels", "batch loss, smoothed"))
        self.epoch_curve = epoch_curve(self.loss_plot, EPOCH, translate("Panels", "training loss (epoch)"))
        self.val_curve = epoch_curve(self.loss_plot, VALIDATION, translate("Panels", "validation loss"), validation=True)
        self.metric_curve = epoch_curve(self.metric_plot, TRAIN, translate("Panels", "training"))
        self.val_metric_curve = epoch_curve(self.metric_plot, VALIDATION, translate("Panels", "validation"),
                                            validation=True)
        # the moment a replay shows: a dashed line through both plots and a dot on the loss
        marker = pg.mkPen(foreground(), width=1, style=Qt.PenStyle.DashLine)
        self.moment_lines = (pg.InfiniteLine(angle=90, movable=False, pen=marker),
                             pg.InfiniteLine(angle=90, movable=False, pen=marker))
        for plot, line in zip((self.loss_plot, self.metric_plot), self.moment_lines):
            line.setVisible(False)
            line.setZValue(20)
            plot.addItem(line, ignoreBounds=True)
        self.moment_dot = pg.ScatterPlotItem(size=9, pen=pg.mkPen(foreground(), width=1.5), brush=pg.mkBrush(TRAIN))
        self.moment_dot.setZValue(21)
        self.loss_plot.addItem(self.moment_dot, ignoreBounds=True)
        #: The moment marked (a :class:`~netbuilder.model.recording.Moment`), or None.
        self.moment = None
        for curve in (self.raw_curve, self.smooth_curve):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)

        self.batch = Series()
        self.smooth = Series()
        self.epoch_loss = Series()
        self.val_loss = Series()
        self.metric_series = Series()
        self.val_metric = Series()
        self._ema_state = (0.0, 0)
        self._metric_key = "accuracy"
        self.live = False
        self.live_label = ""
        #: The runs drawn muted behind the current curves.
        self.overlay_runs: list = []
        #: (label, run) of a comparison (Training → Compare…), drawn instead of the earlier runs.
        self.comparison: list[tuple[str, object]] = []
        self._overlay_pens: dict[int, str] = {}
        self._history: list = []
        self._latest = None
        self._last_logs: dict[str, float] = {}
        #: Epochs the live run will have, when it has a fixed number of steps.
        self._planned_epochs: float | None = None
        self._x_end: float | None = None
        self._y_top: float | None = None
        self._metric_fixed: bool | None = None
        #: One step per epoch: the batch curves would repeat the epoch curve, so they are not drawn.
        self.full_batch = False
        self._symbols: dict[int, bool] = {}
        self._set_metric_key("accuracy")
        self.redraw()

    # -- public ---------------------------------------------------------------------------------

    @property
    def overlay_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The muted loss curves of earlier runs drawn for comparison, oldest first (one made per run
        compared so far; a curve not in use has no points)."""
        return tuple(loss for loss, _ in self._overlay_items)

    @property
    def smoothing(self) -> float:
        return float(self.smoothing_box.value())

    def set_smoothing(self, weight: float) -> None:
        if abs(self.smoothing_box.value() - weight) > 1e-12:
            self.smoothing_box.setValue(weight)  # comes back here through valueChanged
            return
        smooth, self._ema_state = ema(self.batch.ys, self.smoothing)
        self.smooth.set(self.batch.xs, smooth)
        self.request_redraw()

    def set_log_scale(self, on: bool) -> None:
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)
            return
        self.loss_plot.setLogMode(y=on)
        self._y_top = None
        if on:
            self.loss_plot.enableAutoRange(axis="y")
        self.show_moment(self.moment)
        self.request_redraw()

    def show_history(self, runs) -> None:
        """The runs stored with the network (a file was opened, a run was added): the latest drawn in
        full, earlier ones muted. During a live run only the muted ones change."""
        runs = list(runs or [])
        self._history = runs
        if self.live:
            self.overlay_runs = runs
        else:
            self.overlay_runs = runs[:-1]
            self._show_run(runs[-1] if runs else None)
        self.request_redraw()

    def set_timeline(self, widget: QWidget) -> None:
        """Put ``widget`` (the replay timeline) under the plots."""
        self.body.addWidget(widget)

    def show_moment(self, moment) -> None:
        """Mark ``moment`` (its epoch and loss) on the plots; None takes the mark away."""
        self.moment = moment
        for line in self.moment_lines:
            line.setVisible(moment is not None)
            if moment is not None:
                line.setPos(float(moment.epoch))
        if moment is None or not math.isfinite(moment.loss) or (self.log_box.isChecked() and moment.loss <= 0):
            self.moment_dot.setData([], [])
        else:
            y = math.log10(moment.loss) if self.log_box.isChecked() else moment.loss
            self.moment_dot.setData([float(moment.epoch)], [y])

    def show_comparison(self, runs) -> None:
        """The runs of a comparison, ``[(label, run), ...]``, in clear colours with their labels (in place of the
        earlier runs) until the next training run, another comparison or :meth:`clear_comparison`."""
        self.comparison = list(runs)[:MAX_OVERLAYS]
        self.request_redraw()

    def clear_comparison(self) -> None:
        if self.comparison:
            self.comparison = []
            self.request_redraw()

    def begin_run(self, label: str) -> None:
        self.comparison = []
        earlier = list(self._history)
        if self._latest is not None and not any(r is self._latest for r in earlier):
            earlier.append(self._latest)
        self.overlay_runs = earlier
        self.live = True
        self.live_label = label
        for s in (self.batch, self.smooth, self.epoch_loss, self.val_loss, self.metric_series, self.val_metric):
            s.clear()
        self._ema_state = (0.0, 0)
        self._last_logs = {}
        self._planned_epochs = None
        self._y_top = None
        self.summary.setText(fill(translate("Panels", "Training: %1"), label) if label else "")
        self.request_redraw()

    def add_snapshot(self, snapshot) -> None:
        self.full_batch = snapshot.steps_per_epoch == 1
        if snapshot.total_steps and snapshot.steps_per_epoch:
            self._planned_epochs = snapshot.total_steps / snapshot.steps_per_epoch
        losses = np.asarray(snapshot.batch_losses, dtype=np.float64)
        if len(losses):
            spe = max(int(snapshot.steps_per_epoch), 1)
            steps = snapshot.step - np.arange(len(losses) - 1, -1, -1)
            xs = (snapshot.epoch - 1) + steps / spe
            self.batch.extend(xs, losses)
            smooth, self._ema_state = ema(losses, self.smoothing, self._ema_state)
            self.smooth.extend(xs, smooth)
        if snapshot.task == "regression":
            self._set_metric_key("r2")
        elif snapshot.task in ("binary", "multiclass"):
            self._set_metric_key("accuracy")
        for logs in snapshot.epoch_logs:
            self._add_epoch(logs)
        self._update_summary(snapshot)
        self.request_redraw()

    def end_run(self, run) -> None:
        self.live = False
        self._latest = run
        self.request_redraw()

    # -- internals --------------------------------------------------------------------------------

    def _add_epoch(self, logs: dict[str, float]) -> None:
        e = logs.get("epoch", self.epoch_loss.n + 1)
        if "loss" in logs:
            self.epoch_loss.extend([e], [logs["loss"]])
        if "val_loss" in logs:
            self.val_loss.extend([e], [logs["val_loss"]])
        key = self._metric_key
        if key in logs:
            self.metric_series.extend([e], [logs[key]])
        if "val_" + key in logs:
            self.val_metric.extend([e], [logs["val_" + key]])
        self._last_logs = logs

    def _set_metric_key(self, key: str) -> None:
        if key == self._metric_key and self.metric_plot.titleLabel.text:
            return
        self._metric_key = key
        set_title(self.metric_plot, translate("Panels", "Accuracy") if key == "accuracy" else translate("Panels", "R² (1 is perfect)"))

    def _show_run(self, run) -> None:
        """Draw a finished run with the current run's curves."""
        self._latest = run
        for s in (self.batch, self.smooth, self.epoch_loss, self.val_loss, self.metric_series, self.val_metric):
            s.clear()
        self._ema_state = (0.0, 0)
        if run is None:
            self.summary.setText("")
            return
        epochs = run.epoch_count
        losses = np.asarray(run.batch_loss, dtype=np.float64)
        self.full_batch = epochs > 0 and len(losses) == epochs
        xs = batch_positions(len(losses), epochs)
        self.batch.set(xs, losses)
        smooth, self._ema_state = ema(losses, self.smoothing)
        self.smooth.set(xs, smooth)
        key = "accuracy" if "accuracy" in run.epochs else ("r2" if "r2" in run.epochs else self._metric_key)
        self._set_metric_key(key)
        ep = np.arange(1, epochs + 1)
        for series, name in ((self.epoch_loss, "loss"), (self.val_loss, "val_loss"), (self.metric_series, key),
                             (self.val_metric, "val_" + key)):
            values = run.epochs.get(name, [])
            series.set(ep[: len(values)], values[:epochs])
        text = run.label()
        last = run.last("loss")
        if last is not None:
            text += "  ·  " + fill(translate("Panels", "%1 epochs, loss %2"), epochs, format_value(last))
        self.summary.setText(text)

    def shown_loss(self) -> float | None:
        """The loss the header shows (and the Training panel with it): with one step per epoch the epoch's
        loss, else the smoothed batch loss (a single batch's loss jumps about)."""
        if self.full_batch and self.batch.n:
            return float(self.batch.ys[-1])
        if self.smooth.n:
            return float(self.smooth.ys[-1])
        return None

    def _update_summary(self, snapshot) -> None:
        parts = [fill(translate("Panels", "epoch %1, step %2/%3"), snapshot.epoch, snapshot.step, snapshot.steps_per_epoch)]
        loss = self.shown_loss()
        if loss is not None:
            parts.append(fill(translate("Panels", "loss %1"), format_value(loss)))
        logs = self._last_logs
        if "val_loss" in logs:
            parts.append(fill(translate("Panels", "validation loss %1"), format_value(logs["val_loss"])))
        if "accuracy" in logs:
            parts.append(fill(translate("Panels", "accuracy %1"), percent(logs["accuracy"])))
        self.summary.setText("  ·  ".join(parts))

    def _overlay_pair(self, k: int) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        """The k-th pair of muted curves, made the first time it is needed (never per frame)."""
        while len(self._overlay_items) <= k:
            colour = MUTED[len(self._overlay_items) % len(MUTED)]
            pen = pg.mkPen(colour, width=1.5)
            loss = pg.PlotDataItem(pen=pen)  # drawn whole: few points (see _render_overlays)
            loss.setZValue(-10)
            metric = pg.PlotDataItem(pen=pen)
            metric.setZValue(-10)
            self.loss_plot.addItem(loss)
            self.metric_plot.addItem(metric)
            self._overlay_items.append((loss, metric))
        return self._overlay_items[k]

    def redraw(self) -> None:
        log = self.log_box.isChecked()
        batch = not self.full_batch
        self.raw_curve.setData(self.batch.xs if batch else [], self._positive(self.batch.ys, log) if batch else [])
        self.smooth_curve.setData(self.smooth.xs if batch else [], self._positive(self.smooth.ys, log) if batch else [])
        self.epoch_curve.setData(self.epoch_loss.xs, self._positive(self.epoch_loss.ys, log))
        self.val_curve.setData(self.val_loss.xs, self._positive(self.val_loss.ys, log))
        self.metric_curve.setData(self.metric_series.xs, self.metric_series.ys)
        self.val_metric_curve.setData(self.val_metric.xs, self.val_metric.ys)
        for curve, series in ((self.epoch_curve, self.epoch_loss), (self.val_curve, self.val_loss),
                              (self.metric_curve, self.metric_series), (self.val_metric_curve, self.val_metric)):
            few = series.n <= 60  # a symbol per epoch while they can be told apart
            if self._symbols.get(id(curve)) != few:
                self._symbols[id(curve)] = few
                validation = curve in (self.val_curve, self.val_metric_curve)
                curve.setSymbol(epoch_symbol(validation) if few else None)
        self._render_overlays(log)
        self._update_ranges()
        has_val = self.val_loss.n > 0
        self._legend_visible(self.loss_legend, self.raw_curve, batch, translate("Panels", "batch loss"))
        self._legend_visible(self.loss_legend, self.smooth_curve, batch, translate("Panels", "batch loss, smoothed"))
        self._legend_visible(self.loss_legend, self.val_curve, has_val, translate("Panels", "validation loss"))
        self._legend_visible(self.metric_legend, self.val_metric_curve, self.val_metric.n > 0, translate("Panels", "validation"))

    def _update_ranges(self) -> None:
        """x from 0 to a round number past the data, shared by both plots: during a run the axis follows the
        run (it grows as the run goes, whatever the planned number of epochs; earlier runs are cut at its
        edge), afterwards it spans every run shown; accuracy on a fixed 0–1 scale; the loss scaled to its data."""
        ends = [s.xs[-1] for s in (self.batch, self.epoch_loss) if s.n]
        if not self.live:
            runs = [run for _, run in self._overlays()]
            ends += [max(r.epoch_count, 1) for r in runs if r.batch_loss or r.epoch_count]
        end = nice_ceil(max(ends, default=1.0), X_STEPS)
        if end != self._x_end:
            self._x_end = end
            for plot in (self.loss_plot, self.metric_plot):
                plot.setXRange(0, end, padding=0.02)
        if not self.log_box.isChecked():
            # from 0 to a round number above the highest loss shown: the axis stays put while the loss falls
            # (log scale or the mouse show the detail), so it is not redrawn every frame
            tops = [np.nanmax(s.ys) for s in (self.batch, self.epoch_loss, self.val_loss) if s.n]
            tops += [np.nanmax(item.yData) for item, _ in self._overlay_items
                     if item.yData is not None and len(item.yData)]
            finite = [t for t in tops if np.isfinite(t)]
            top = nice_ceil(max(finite), X_STEPS) if finite else 1.0
            if top != self._y_top:
                self._y_top = top
                self.loss_plot.setYRange(0.0, top, padding=0.02)
        fixed = self._metric_key == "accuracy"
        if fixed != self._metric_fixed:
            self._metric_fixed = fixed
            if fixed:
                self.metric_plot.setYRange(0.0, 1.0, padding=0.04)
            else:
                self.metric_plot.enableAutoRange(axis="y")
        settle_ranges(self.loss_plot, self.metric_plot)

    def _legend_visible(self, leg, item, visible, name) -> None:
        present = any(sample.item is item for sample, _ in leg.items)
        if visible and not present:
            leg.addItem(item, name)
        elif not visible and present:
            leg.removeItem(item)

    def _overlays(self) -> list[tuple[str, object]]:
        """(legend label, run) of the curves drawn behind the current run: a comparison's runs, else the
        latest earlier runs ("run 2: adam, lr 0.05")."""
        if not self.compare_box.isChecked():
            return []
        if self.comparison:
            return self.comparison
        runs = self.overlay_runs[-MAX_OVERLAYS:]
        offset = len(self.overlay_runs) - len(runs)
        return [(fill(translate("Panels", "run %1: %2"), offset + k + 1, run.label()), run) for k, run in enumerate(runs)]

    def _render_overlays(self, log: bool) -> None:
        overlays = self._overlays()
        runs = [run for _, run in overlays]
        for k, (name, run) in enumerate(overlays):
            loss_item, metric_item = self._overlay_pair(k)
            colour = COMPARED[k % len(COMPARED)] if self.comparison else MUTED[k % len(MUTED)]
            if self._overlay_pens.get(k) != colour:
                self._overlay_pens[k] = colour
                pen = pg.mkPen(colour, width=2 if self.comparison else 1.5)
                loss_item.setPen(pen)
                metric_item.setPen(pen)
            losses = np.asarray(run.batch_loss, dtype=np.float64)
            if len(losses) and len(losses) != run.epoch_count:
                xs = batch_positions(len(losses), run.epoch_count)
                ys, _ = ema(losses, self.smoothing)
                step = max(1, len(ys) // OVERLAY_POINTS)  # a smoothed curve loses nothing by thinning
                xs, ys = xs[step - 1 :: step], ys[step - 1 :: step]
            else:  # full batch: the epoch losses are the batch losses
                ys = np.asarray(run.epochs.get("loss", []), dtype=np.float64)
                xs = np.arange(1, len(ys) + 1)
            loss_item.setData(xs, self._positive(ys, log))
            values = run.epochs.get(self._metric_key, [])
            metric_item.setData(np.arange(1, len(values) + 1), np.asarray(values, dtype=np.float64))
            self._relabel(loss_item, name)
        columns = 2 if self.comparison and len(self.loss_legend.items) > 4 else 1  # a comparison's labels fit a short plot
        if self.loss_legend.columnCount != columns:
            self.loss_legend.setColumnCount(columns)
        for k in range(len(runs), len(self._overlay_items)):
            loss_item, metric_item = self._overlay_items[k]
            loss_item.setData([], [])
            metric_item.setData([], [])
            self._relabel(loss_item, None)

    def _relabel(self, item, name: str | None) -> None:
        leg = self.loss_legend
        current = next((label for sample, label in leg.items if sample.item is item), None)
        if name is None:
            if current is not None:
                leg.removeItem(item)
        elif current is None:
            leg.addItem(item, name)
        elif current.text != name:
            current.setText(name)

    @staticmethod
    def _positive(values: np.ndarray, log: bool) -> np.ndarray:
        """On a log scale a loss of exactly 0 would be −∞: leave such points out (NaN) instead."""
        if not log or not len(values):
            return values
        return np.where(values > 0, values, np.nan)


def QColorA(colour, alpha: int):  # noqa: N802 - reads like the QColor it makes
    from PySide6.QtGui import QColor

    c = QColor(colour)
    c.setAlpha(alpha)
    return c
