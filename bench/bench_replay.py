#!/usr/bin/env python3
"""Replay, Compare… and the run animation in the window (a benchmark to run by hand, not a test).

XOR's 2-4-1 network trained in the window on the circles data (200 samples, 150 epochs, batches of 16), then:

* ``replay``  — one timeline position shown (``Replay.show``: the engine's probes for the moment's parameters,
  every panel and the canvas drawing it), median and 95th percentile over every recorded moment;
* ``compare`` — the event loop's delay while Train → Compare… trains the four initialisations in its thread
  (a 10 ms timer's lateness: median, 99th percentile, worst), and how long Cancel takes to end the thread;
* ``gif``     — File → Export → Run as Animation… without the dialogs: seconds for 100 frames, and the size.

    QT_QPA_PLATFORM=offscreen python bench/bench_replay.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import numpy as np
    from PySide6.QtCore import QSettings, QStandardPaths, QTimer

    from netbuilder import templates
    from netbuilder.ui.animation import export_run_animation
    from netbuilder.ui.app import create_application
    from netbuilder.ui.main_window import MainWindow
    from netbuilder.ui.screenshots import _settle, recorded_run

    app = create_application("en")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="nb-bench-"))
    window = MainWindow(recorded_run(templates.xor(), "circles"), autosave=False, remember_layout=False)
    window.resize(1280, 720)
    window.show()
    _settle(app)

    replay = window.replay
    times = []
    for k in range(len(replay.moments)):
        began = time.perf_counter()
        replay.show(k)
        app.processEvents()
        times.append(time.perf_counter() - began)
    ms = np.array(times) * 1000
    print(f"replay   {len(ms)} moments: median {np.median(ms):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms per position")
    replay.back_to_now()

    dialog = window.open_compare()
    dialog.epochs_box.setValue(100_000)  # long runs: the window must stay responsive all along
    delays, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        delays.append(now - last[0] - 0.010)
        last[0] = now

    timer = QTimer(interval=10, timeout=tick)
    dialog.start()
    timer.start()
    end = time.perf_counter() + 5
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    began = time.perf_counter()
    dialog.cancel()
    while dialog.running:
        app.processEvents()
        time.sleep(0.001)
    d = np.maximum(np.array(delays[1:]), 0) * 1000
    print(f"compare  event loop over 5 s: {len(d)} ticks, median {np.median(d):.1f} ms, p99 {np.percentile(d, 99):.1f} ms, "
          f"worst {d.max():.1f} ms late; Cancel ended the thread in {1000 * (time.perf_counter() - began):.0f} ms")
    dialog.close()

    out = Path(tempfile.mkdtemp(prefix="nb-gif-")) / "run.gif"
    began = time.perf_counter()
    export_run_animation(window, out)
    print(f"gif      {time.perf_counter() - began:.1f} s for the frames of {min(len(replay.moments), 100)} moments, "
          f"{out.stat().st_size / 2**20:.1f} MB")
    window.doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
