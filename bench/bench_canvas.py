"""Opening the MNIST MLP in the window, and repainting its canvas.

Prints the time from creating the window with ``mnist_mlp.nbn`` until the canvas has been drawn once, and the
time of one full repaint of the canvas at fit-to-window zoom with 784-128-64-10 on screen (median of many).
Targets: open under 1 s, repaint under 30 ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--repeats 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
MNIST = ROOT / "resources" / "examples" / "mnist_mlp.nbn"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from netbuilder.ui.app import create_application

    app = create_application("en")
    from netbuilder.io import load
    from netbuilder.ui.main_window import MainWindow

    warm = MainWindow(autosave=False, remember_layout=False)  # Qt's own first-window costs, not ours
    warm.close()
    start = time.perf_counter()
    window = MainWindow(load(MNIST), MNIST, autosave=False, remember_layout=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.view.fit()
    viewport = window.view.viewport()
    viewport.repaint()
    opened = time.perf_counter() - start
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(args.repeats):
        painter = QPainter(image)
        t = time.perf_counter()
        window.view.render(painter)
        painter.end()
        times.append(time.perf_counter() - t)
    on_screen = sum(1 for _ in window.scene.items())
    print(f"open mnist_mlp.nbn until drawn: {opened * 1000:.0f} ms (target < 1000 ms)")
    print(f"repaint at fit zoom ({viewport.width()}×{viewport.height()} px, {on_screen} scene items): "
          f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (target < 30 ms)")
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
