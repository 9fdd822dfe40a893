"""The README's pictures of a lesson: ``QT_QPA_PLATFORM=offscreen python -m netbuilder.ui.lessons.screenshots DIR``.

``lesson-en.png``: lesson 3 (a hidden layer for XOR) solved, both goals ✓; ``lesson-zh_CN.png``: lesson 4
(activation functions) in Simplified Chinese, trained with its linear hidden layer, the goal ✗ at 0.616.
"""

from __future__ import annotations

import sys
from pathlib import Path


def render(directory: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ... import api
    from ...model.layer import Layer
    from ..app import create_application, install_translator, render_screenshot
    from ..main_window import MainWindow

    app = create_application("en")
    written = []
    for lang, lesson_id, name in (("en", "hidden-layer", "lesson-en.png"), ("zh_CN", "activations", "lesson-zh_CN.png")):
        install_translator(app, lang)
        window = MainWindow(autosave=False, remember_layout=False)
        window.lessons.open_builtin(lesson_id, ask=False)
        net = window.doc.network
        if lesson_id == "hidden-layer":
            hidden = window.editor.add_from_palette({"kind": "dense"}, (0.0, 0.0))
            window.editor.connect_layers("L1", hidden)
            window.editor.connect_layers(hidden, "L2")
            window.editor.delete_connection("C1")
            window.editor.auto_layout()
        api.train(net)
        window.panels.docks["boundary"].raise_()
        for _ in range(3):
            app.processEvents()
        window.lessons.check_now()
        written.append(render_screenshot(window, directory / name))
        window.doc.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    install_translator(app, "en")
    return written


if __name__ == "__main__":  # pragma: no cover - maintenance script
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
