"""Render the window at a projector's 1280 × 720 for the README.

    QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.screenshots docs/screenshots

writes ``small-screen-*.png``: the trained XOR network on circles with its panels, the replay timeline in the
middle of that run, Train → Compare… of four initialisations (the window and the dialog), the walkthrough of the
worked example, MNIST with its data, presentation mode with the walkthrough, the window in Simplified
Chinese, Help → Getting started, and the MNIST CNN (its canvas with the Filters and Feature maps panels, and
the walkthrough at one convolution). Saved layouts of the person running this do not change them.

    QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.screenshots docs/screenshots cnn

renders only the CNN's pictures (``small-screen-cnn*.png``).
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


def render(out_dir: str | Path, size=SIZE, only: str | None = None) -> list[Path]:
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

    if only == "cnn":
        cnn_shots(app, shot, close, out_dir, written)
        return written

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

    # 7. the MNIST CNN
    cnn_shots(app, shot, close, out_dir, written)
    return written


def cnn_shots(app, shot, close, out_dir: Path, written: list[Path]) -> None:
    """The MNIST CNN trained for one epoch on 6,000 images (a few seconds): the canvas with its stacks of
    feature maps, the Filters and Feature maps panels beside it, and the walkthrough at one convolution."""
    from .. import api
    from ..assets import resource
    from ..data import Dataset
    from ..io import load
    from .main_window import MainWindow
    from PySide6.QtCore import Qt

    from .walkthrough import install_walkthrough

    net = load(resource("examples", "mnist_cnn.nbn"))
    full = api.dataset_for(net)
    few = Dataset("MNIST (6,000)", full.x[:6000], full.y[:6000], "multiclass", full.x_test[:1000],
                  full.y_test[:1000], image_shape=(28, 28))
    api.train(net, few, epochs=1, validation_split=0.0, record_dataset=False)
    net.set_training(epochs=10, validation_split=0.1)  # the example's own settings again, for the full data
    window = MainWindow(net, autosave=False, remember_layout=False)
    window.resize(1280, 720)
    window.show()
    _settle(app)
    docks = window.panels.docks
    window.panels.show_sample(7)
    # the two convolution panels side by side: Filters on the right, Feature maps below the canvas
    window.tabifyDockWidget(docks["loss"], docks["feature_maps"])
    docks["feature_maps"].show()
    docks["feature_maps"].raise_()
    docks["filters"].show()
    docks["filters"].raise_()
    window.resizeDocks([docks["feature_maps"]], [330], Qt.Orientation.Vertical)
    _settle(app)
    shot(window, "cnn")

    panel = install_walkthrough(window)
    window.act_walkthrough.trigger()
    _settle(app)
    model = panel.model
    model.flush()
    start = next(k for k, s in enumerate(model.steps) if s.title.startswith("Convolution at"))
    model.go(start)
    window.resizeDocks([window.walkthrough_dock], [380], Qt.Orientation.Vertical)
    _settle(app)
    # the canvas on the input and the first convolution: the 3×3 window and the output pixel it makes
    items = window.scene.layer_items
    conv = next(lid for lid in net.topological_order() if net.layers[lid].kind == "conv2d")
    around = items[net.input_layer.id].sceneBoundingRect().united(items[conv].sceneBoundingRect())
    window.view.fitInView(around.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
    _settle(app, 0.3)
    path = out_dir / "small-screen-cnn-walkthrough.png"
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    written.append(path)
    close(window)


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
    for p in render(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", only=sys.argv[2] if len(sys.argv) > 2 else None):
        print(p)
