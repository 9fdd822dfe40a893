"""The canvas's neuron pictures while training on circles (offscreen): how responsive the window stays.

Trains XOR's network (2-4-1, tanh, sigmoid) on the circles dataset (200 points, noise 0.05, batch 16) in the
window as fast as it goes, with every hidden and output neuron drawing its output over the input plane
(View → Show Neuron Outputs), at each of the speeds asked for, and prints the event loop's delay, measured by a timer that should fire every
10 ms (p50, p99, max), with the pictures on and off; also what drawing the canvas's pictures and badges
costs per report (median and p99 of CanvasInsight.show) and how many reports were drawn. ``--wide`` adds a
2-16-16-16-1 network (49 pictures). ``--without-loss-redraw`` (a diagnosis, not the app) keeps the Loss panel
from drawing, to tell its share of the delay from the pictures'. Target: p99 delay under 50 ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_canvas_heatmaps.py [--seconds 6] [--repeats 2] [--wide] [--speeds max,30]
        [--without-loss-redraw]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

CIRCLES = {"kind": "builtin", "name": "circles", "params": {"n": 200, "noise": 0.05}}


def network(wide: bool):
    import netbuilder as nb
    from netbuilder import templates

    if not wide:
        net = templates.xor()
    else:
        net = nb.Sequential([nb.Input(2), nb.Dense(16, "tanh"), nb.Dense(16, "tanh"), nb.Dense(16, "tanh"),
                             nb.Dense(1, "sigmoid")], loss="binary_crossentropy",
                            optimizer={"name": "adam", "learning_rate": 0.02})
    net.dataset = dict(CIRCLES)
    net.set_training(epochs=100_000, batch_size=16)
    return net


def in_app(wide: bool, seconds: float, maps: bool, speed: float | None) -> tuple[np.ndarray, list[float], int, int]:
    """The 10 ms timer's delays (ms) while training ran, the cost of each canvas update (ms), the reports
    drawn and the steps trained."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from netbuilder.ui.app import create_application
    from netbuilder.ui.main_window import MainWindow

    app = create_application("en")
    window = MainWindow(network(wide), autosave=False, remember_layout=False)
    window.resize(1280, 720)
    window.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    insight = window.canvas_insight
    insight.set_show_maps(maps)
    window.training.set_speed(speed)
    costs: list[float] = []
    original = insight.show

    def timed(shown) -> None:
        began = time.perf_counter()
        original(shown)
        costs.append(1000 * (time.perf_counter() - began))

    window.panels.shownChanged.disconnect(original)
    window.panels.shownChanged.connect(timed)
    delays: list[float] = []
    clock = QElapsedTimer()
    state = {"last": None}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None and window.training.controller.state == "running":
            delays.append(now - state["last"] - 10.0)
        state["last"] = now

    timer = QTimer(interval=10)
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    window.training.start()
    began = None
    while window.training.active:
        app.processEvents()
        if began is None and window.training.controller.state == "running":
            began = time.perf_counter()
        if began is not None and time.perf_counter() - began > seconds:
            window.training.controller.stop()
        time.sleep(0.001)
    timer.stop()
    outcome = window.training.last_outcome
    shown_maps = sum(len(insight.map_items(lid)) for lid in window.scene.layer_items)
    assert shown_maps > 0 if maps else shown_maps >= 0
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return np.maximum(np.array(delays), 0.0), costs, len(costs), outcome.steps if outcome else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--wide", action="store_true", help="also a 2-16-16-16-1 network")
    parser.add_argument("--speeds", default="max,30", help="epochs a second to train at, 'max' for as fast as "
                                                            "possible (comma-separated; default: max,30)")
    parser.add_argument("--without-loss-redraw", action="store_true",
                        help="diagnosis: the Loss panel keeps its data but draws nothing")
    args = parser.parse_args()
    if args.without_loss_redraw:
        from netbuilder.ui.panels.loss import LossPanel

        LossPanel.redraw = lambda self: None
    print(f"circles (200 points, batch 16), {args.seconds:g} s of training per run; "
          f"load average {os.getloadavg()[0]:.2f}" + ("; the Loss panel not drawn" if args.without_loss_redraw else ""))
    cases = [("XOR's network 2-4-1", False)] + ([("2-16-16-16-1", True)] if args.wide else [])
    speeds = [None if s.strip() == "max" else float(s) for s in args.speeds.split(",")]
    for name, wide in cases:
        for speed in speeds:
            pace = "as fast as possible" if speed is None else f"{speed:g} epochs/s"
            for r in range(args.repeats):
                for maps in (True, False):
                    delays, costs, reports, steps = in_app(wide, args.seconds, maps, speed)
                    p50, p99 = np.percentile(delays, [50, 99])
                    c50, c99 = np.percentile(costs, [50, 99]) if costs else (0.0, 0.0)
                    print(f"{name}, {pace}, run {r + 1}, neuron pictures {'on ' if maps else 'off'}: event-loop "
                          f"delay p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {delays.max():.1f} ms ({len(delays)} "
                          f"ticks); canvas update p50 {c50:.2f} ms, p99 {c99:.2f} ms over {reports} reports; "
                          f"{steps} steps ({steps / args.seconds:.0f}/s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
