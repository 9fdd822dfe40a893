"""Render the README's pictures of gradient flow, health badges and neuron pictures.

    QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.canvas.screenshots docs/screenshots

writes

- ``small-screen-gradient-flow.png``: the window at 1280 × 720 a fifth of an epoch into the vanishing-gradient
  example (sigmoid 784-30-30-30-10 on MNIST) with the Gradient flow panel in front;
- ``gradient-flow-vanishing.png`` and ``gradient-flow-relu.png``: the panel alone, larger, for the sigmoid
  example and its ReLU twin (the first 6400 MNIST images, one epoch, a report after every step);
- ``small-screen-neuron-pictures.png``: the window at 1280 × 720 with XOR's network trained on circles, every
  hidden and output neuron drawing its output over the input plane, and a health badge;
- ``canvas-neuron-pictures.png``: the canvas of that window, zoomed in.

Saved layouts and settings of the person running this do not change them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SIZE = (1280, 720)
CIRCLES = {"kind": "builtin", "name": "circles", "params": {"n": 200, "noise": 0.05}}


def _settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _train(app, window, steps: int | None = None) -> None:
    """Train from the window (stopped after ``steps`` mini-batches, if given) and let the panels settle."""
    window.training.start()
    while window.training.active:
        app.processEvents()
        session = window.training.controller.session
        if steps is not None and session is not None and session.trainer is not None \
                and session.trainer.global_step >= steps:
            window.training.controller.stop()
        time.sleep(0.005)
    _settle(app, 0.8)


def _panel_picture(name: str, out: Path) -> Path:
    """The Gradient flow panel alone, fed the reports of one epoch of an example on 6400 MNIST images."""
    from ... import api
    from ...assets import resource
    from ...data import Dataset
    from ...io import load
    from ...session import Control, TrainingSession
    from ..panels.gradient_flow import GradientFlowPanel

    net = load(resource("examples", f"{name}.nbn"))
    full = api.dataset_for(net)
    data = Dataset("MNIST", full.x[:6400], full.y[:6400], "multiclass", image_shape=(28, 28))
    net.set_training(epochs=1)
    panel = GradientFlowPanel()
    panel.resize(860, 360)
    panel.show()
    panel.set_network(net)
    panel.begin_run("")
    reports: list = []
    TrainingSession(net, data, rate=1e9).run(Control(), reports.append)  # a report after every step
    for report in reports:
        panel.add_snapshot(report)
    panel.end_run(None)
    from PySide6.QtWidgets import QApplication

    _settle(QApplication.instance(), 0.3)
    if not panel.grab().save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    panel.close()
    return out


def render(out_dir: str | Path, size=SIZE) -> list[Path]:
    from PySide6.QtCore import QSettings, QStandardPaths, Qt

    from ... import templates
    from ...assets import resource
    from ...io import load
    from ..app import create_application
    from ..main_window import MainWindow

    app = create_application("en")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="nb-shots-"))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str) -> None:
        path = out_dir / name
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)

    def close(window) -> None:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        _settle(app, 0.1)

    # 1. the vanishing-gradient example after one epoch, the Gradient flow panel in front
    net = load(resource("examples", "vanishing_gradients.nbn"))
    net.set_training(epochs=1)
    window = MainWindow(net, autosave=False, remember_layout=False)
    window.resize(*size)
    window.show()
    _settle(app)
    window.panels.docks["gradient_flow"].raise_()
    window.resizeDocks([window.panels.docks["gradient_flow"]], [300], Qt.Orientation.Vertical)
    _train(app, window, steps=400)  # a fifth of the epoch: the first layer's gradient still far below
    window.view.fit()
    _settle(app, 0.3)
    save(window, "small-screen-gradient-flow.png")
    close(window)

    # 2. the panel alone: sigmoid and ReLU
    written.append(_panel_picture("vanishing_gradients", out_dir / "gradient-flow-vanishing.png"))
    written.append(_panel_picture("vanishing_gradients_relu", out_dir / "gradient-flow-relu.png"))

    # 3. XOR's network on circles: every neuron's picture, a badge
    net = templates.xor()
    net.dataset = dict(CIRCLES)
    net.set_training(epochs=150, batch_size=16)
    window = MainWindow(net, autosave=False, remember_layout=False)
    window.resize(*size)
    window.show()
    _settle(app)
    _train(app, window)
    window.view.fit()
    _settle(app, 0.3)
    save(window, "small-screen-neuron-pictures.png")
    window.view.zoom_in()
    _settle(app, 0.3)
    save(window.view, "canvas-neuron-pictures.png")
    close(window)
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = argv[0] if argv else "docs/screenshots"
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
