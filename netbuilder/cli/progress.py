"""Keras-like training output: a live bar while an epoch runs, one line when it ends."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..engine.training import Callback, StepResult, Trainer


def format_logs(logs: dict[str, float]) -> str:
    order = ["loss", "accuracy", "r2", "val_loss", "val_accuracy", "val_r2"]
    keys = [k for k in order if k in logs] + [k for k in logs if k not in order and k != "seconds"]
    return " - ".join(f"{k}: {_value(logs[k])}" for k in keys)


def _value(v: float) -> str:
    """0.0123 as Keras prints it (4 decimals); a loss that exploded as 3.735e+305, not 306 digits."""
    return f"{v:.4f}" if abs(v) < 1e6 else f"{v:.4g}"


def format_duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f}ms"
    if seconds < 60:
        return f"{seconds:.0f}s" if seconds >= 10 else f"{seconds:.1f}s"
    m, s = divmod(int(round(seconds)), 60)
    if m < 60:
        return f"{m}m{s:02d}s"
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m"


class ProgressPrinter(Callback):
    """Prints each epoch's line to ``out``; on a terminal also a bar with ETA on ``err``.

    With many short epochs (XOR: 300 epochs of 4 samples) only about
    ``max_lines`` evenly spaced epochs are printed, plus the last, unless
    ``verbose``.
    """

    def __init__(self, total_epochs: int, out: TextIO | None = None, err: TextIO | None = None,
                 verbose: bool = False, max_lines: int = 20, bar: bool | None = None) -> None:
        self.total = total_epochs
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.every = 1 if verbose or total_epochs <= max_lines else max(1, total_epochs // max_lines)
        self.bar = self.err.isatty() if bar is None else bar
        self._last_draw = 0.0
        self._started = 0.0

    def on_train_begin(self, trainer: Trainer) -> None:
        self._started = time.perf_counter()

    def on_batch_end(self, trainer: Trainer, result: StepResult) -> None:
        if not self.bar or result.epoch_logs is not None:
            return
        now = time.perf_counter()
        if now - self._last_draw < 0.1:
            return
        self._last_draw = now
        done = (result.epoch - 1) * result.steps_per_epoch + result.step
        total = self.total * result.steps_per_epoch
        elapsed = now - self._started
        eta = elapsed / max(done, 1) * (total - done)
        width = 24
        filled = int(width * result.step / result.steps_per_epoch)
        bar = "━" * filled + "─" * (width - filled)
        self.err.write(
            f"\rEpoch {result.epoch}/{self.total} {result.step}/{result.steps_per_epoch} {bar} "
            f"loss: {result.loss:.4f} - ETA {format_duration(eta)}   "
        )
        self.err.flush()

    def on_epoch_end(self, trainer: Trainer, epoch: int, logs: dict[str, float]) -> None:
        if self.bar:
            self.err.write("\r" + " " * 100 + "\r")
            self.err.flush()
        if epoch % self.every and epoch not in (1, self.total) and not trainer.stop_reason:
            return
        steps = trainer.steps_per_epoch
        seconds = logs.get("seconds", 0.0)
        per_step = format_duration(seconds / max(steps, 1))
        self.out.write(
            f"Epoch {epoch}/{self.total} - {steps}/{steps} - {format_duration(seconds)} {per_step}/step - {format_logs(logs)}\n"
        )
        self.out.flush()
