"""Render the window at a projector's 1280 × 720 for the README.

    QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.screenshots docs/screenshots

writes ``small-screen-*.png``: the trained XOR network on circles with its panels, the replay timeline in the
middle of that run, Train → Compare… of four initialisations (the window and the dialog), the walkthrough of the
worked example, MNIST with its data, presentation mode with the walkthrough, the window in Simplified
Chinese, and Help → Getting started. Saved layouts of the person running this do not change them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SIZE = (1280, 720)


def _settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render(out_dir: str | Path, size=SIZE) -> list[Path]:
    from PySide6.QtCore import QSettings, QStandardPaths, Qt

    from .. import api, templates
    from ..assets import resource
    from .app import create_application, install_translator
    from .main_window import MainWindow

    app = create_application("en")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="nb-shots-"))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(window, name: str, widget=None) -> None:
        window.resize(*size)
        window.show()
        _settle(app)
        window.view.fit()
        _settle(app, 0.3)
        path = out_dir / f"small-screen-{name}.png"
        if not (widget or window).grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)

    def close(window) -> None:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        _settle(app, 0.1)

    # 1. XOR's network trained on circles: loss, decision boundary, metrics
    net = templates.xor()
    net.dataset = {"kind": "builtin", "name": "circles", "params": {"n": 200, "noise": 0.05}}
    net.set_training(epochs=150, batch_size=16)
    api.train(net)
    window = MainWindow(net, autosave=False, remember_layout=False)
    shot(window, "training")
    close(window)

    # 1b. the replay timeline in the middle of the same run, and Train → Compare… of four initialisations
    window = MainWindow(recorded_run(templates.xor(), "circles"), autosave=False, remember_layout=False)
    window.resize(*size)
    window.show()
    _settle(app)
    window.replay.show(len(window.replay.moments) // 2)
    shot(window, "timeline")
    dialog = window.open_compare()
    dialog.epochs_box.setValue(150)
    dialog.target_box.setValue(0.2)
    dialog.start()
    while dialog.running:
        _settle(app, 0.1)
    window.replay.back_to_now()
    window.resizeDocks([window.panels.docks["loss"]], [300], Qt.Orientation.Vertical)  # room for the labels
    shot(window, "compare")
    dialog.resize(620, 420)
    _settle(app)
    path = out_dir / "small-screen-compare-dialog.png"
    dialog.grab().save(str(path), "PNG")
    written.append(path)
    dialog.close()
    close(window)

    # 2. the worked example's walkthrough, a few steps in
    window = MainWindow(autosave=False, remember_layout=False)
    window.new_from_template("worked_example")
    window.act_walkthrough.trigger()
    _settle(app)
    for _ in range(3):
        window.walkthrough.next()
        _settle(app, 0.2)
    shot(window, "walkthrough")

    # 3. the same in presentation mode (F5): the canvas and the walkthrough enlarged
    window.toggle_presentation(True)
    shot(window, "presentation")
    window.toggle_presentation(False)
    close(window)

    # 4. MNIST with its images
    window = MainWindow(autosave=False, remember_layout=False)
    window.open_example(resource("examples", "mnist_mlp.nbn"))
    window.act_choose_data.trigger()
    shot(window, "mnist")
    close(window)

    # 5. Help → Getting started
    window = MainWindow(autosave=False, remember_layout=False)
    window.new_from_template("xor")
    guide = window.show_guide()
    guide.resize(560, 620)
    _settle(app)
    path = out_dir / "small-screen-guide.png"
    guide.grab().save(str(path), "PNG")
    written.append(path)
    guide.close()
    close(window)

    # 6. Simplified Chinese: examples, panels and messages in Chinese
    install_translator(app, "zh_CN")
    window = MainWindow(autosave=False, remember_layout=False)
    window.open_example(resource("examples", "xor.nbn"))
    shot(window, "zh_CN")
    close(window)
    install_translator(app, "en")
    return written


def recorded_run(net, dataset: str):
    """``net`` trained on a built-in dataset as the window trains it: watched, so the run is recorded for replay."""
    from ..session import TrainingSession
    from ..engine.control import Control
    from ..model.history import TrainingHistory

    net.dataset = {"kind": "builtin", "name": dataset, "params": {"n": 200, "noise": 0.05}}
    net.set_training(epochs=150, batch_size=16)
    outcome = TrainingSession(net).run(Control(), lambda snapshot: None)
    outcome.run.recording = outcome.recording
    net.set_parameters(outcome.parameters)
    net.set_history(TrainingHistory(net.history.runs + [outcome.run]))
    return net


if __name__ == "__main__":  # pragma: no cover - maintenance script
    for p in render(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
        print(p)
