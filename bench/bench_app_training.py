"""Training MNIST in the app (offscreen): how responsive the window stays, and how fast training goes.

Prints the event loop's delay, measured by a timer that should fire every 10 ms (p50, p99, max), while the
worker trains ``mnist_mlp.nbn``; and the training speed in the app (steps per second while running) as a
share of the same session run headless, without Qt. Targets: p99 delay under 50 ms, speed at least 85 %.

    QT_QPA_PLATFORM=offscreen python bench/bench_app_training.py [--epochs 1] [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MNIST = ROOT / "resources" / "examples" / "mnist_mlp.nbn"


def headless(epochs: int) -> float:
    """Steps per second of a TrainingSession in this thread, data loading excluded."""
    from netbuilder.io import load
    from netbuilder.session import Control, TrainingSession

    session = TrainingSession(load(MNIST), epochs=epochs)
    session.prepare()
    start = time.perf_counter()
    outcome = session.run(Control())
    return outcome.steps / (time.perf_counter() - start)


def in_app(epochs: int, panels: bool = True) -> tuple[float, np.ndarray, int]:
    """Steps per second in the window's worker, and the 10 ms timer's delays (ms) while it ran."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from netbuilder.io import load
    from netbuilder.ui.app import create_application
    from netbuilder.ui.main_window import MainWindow

    app = create_application("en")
    window = MainWindow(load(MNIST), MNIST, autosave=False, remember_layout=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    snapshots = []
    window.training.controller.snapshotReady.connect(snapshots.append)
    if not panels:  # the canvas and progress bar only: what the live plots cost
        window.training.watchers.clear()
        window.training.probe_factory = None
    delays: list[float] = []
    clock = QElapsedTimer()
    state = {"last": None, "running_since": None}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None and window.training.controller.state == "running":
            delays.append(now - state["last"] - 10.0)
        state["last"] = now

    def on_state(s: str) -> None:
        if s == "running":
            state["running_since"] = time.perf_counter()

    window.training.controller.stateChanged.connect(on_state)
    timer = QTimer(interval=10)
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    window.doc.network.set_training(epochs=epochs)
    window.training.start()
    while window.training.active:
        app.processEvents()
        time.sleep(0.001)
    finished = time.perf_counter()
    timer.stop()
    outcome = window.training.last_outcome
    speed = outcome.steps / (finished - state["running_since"])
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return speed, np.maximum(np.array(delays), 0.0), len(snapshots)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--no-panels", action="store_true", help="without the live plots and their probes")
    args = parser.parse_args()
    print(f"MNIST MLP 784-128-64-10, batch 32, {args.epochs} epoch(s); load average {os.getloadavg()[0]:.2f}")
    for r in range(args.repeats):
        app_speed, delays, n_snap = in_app(args.epochs, panels=not args.no_panels)
        base = headless(args.epochs)
        p50, p99 = np.percentile(delays, [50, 99])
        print(f"run {r + 1}: event-loop delay p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {delays.max():.1f} ms "
              f"({len(delays)} ticks, {n_snap} snapshots); in app {app_speed:.0f} steps/s, headless {base:.0f} "
              f"steps/s: {100 * app_speed / base:.0f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
