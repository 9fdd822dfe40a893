"""Render the data panel's screenshots for the README.

    QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.data.screenshots docs/screenshots

writes ``data-spiral.png`` (a small network on the spiral, with x₁² ... switched on) and
``data-mnist.png`` (the MNIST example with its image grid), each the whole main window at 1400 × 900.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def render(out_dir: str | Path, size=(1400, 900)) -> list[Path]:
    from ...assets import resource
    from ...io import load
    from ...model.builders import Dense, Input, Sequential
    from ..app import create_application
    from ..main_window import MainWindow
    from . import install_data_panel

    import tempfile

    from PySide6.QtCore import QSettings, QStandardPaths

    app = create_application("en")
    # Saved window layouts of the person running this must not change the pictures.
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="nb-shots-"))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []

    def shoot(window, name: str) -> None:
        window.resize(*size)
        window.show()
        _settle(app)
        window.data_dock.raise_()
        _settle(app)
        window.view.fit()
        _settle(app)
        path = out_dir / name
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)

    spiral_net = Sequential([Input(2, name="Input"), Dense(8, "tanh", name="Hidden 1"), Dense(8, "tanh", name="Hidden 2"),
                             Dense(1, "sigmoid", name="Output")], name="Spiral", loss="binary_crossentropy",
                            optimizer={"name": "adam", "learning_rate": 0.03}, batch_size=10, epochs=200)
    window = MainWindow(spiral_net, autosave=False)
    panel = install_data_panel(window)
    panel.choose("spiral", {"noise": 0.1})
    panel.set_features(["x1", "x2", "x1^2", "x2^2", "sin(x1)", "sin(x2)"])
    shoot(window, "data-spiral.png")
    window.doc.undo_stack.setClean()
    window.close()

    window = MainWindow(load(resource("examples", "mnist_mlp.nbn")), autosave=False)
    install_data_panel(window)
    shoot(window, "data-mnist.png")
    window.doc.undo_stack.setClean()
    window.close()
    return written


if __name__ == "__main__":
    for p in render(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
        print(f"Screenshot written to {p}")
    QApplication.instance().quit()
