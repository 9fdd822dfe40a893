"""File → Export and File → Import ONNX… in the app: files written, the clipboard filled, errors shown, nothing lost.

No modal dialog opens: the helpers take the path, and where an action itself is tested the file
dialog and the message box are replaced.
"""

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from netbuilder.engine import CompiledNetwork
from netbuilder.ui.export_actions import (
    copy_canvas_image,
    export_network,
    import_onnx_file,
    install_export_actions,
    save_canvas_png,
    save_canvas_svg,
)

from .conftest import open_template


@pytest.fixture
def actions(window):
    return install_export_actions(window)


@pytest.fixture
def shown_errors(monkeypatch):
    """Message boxes recorded instead of shown."""
    found = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: found.append((title, text)))
    return found


def answer_save_dialog(monkeypatch, path):
    asked = []

    def fake(parent, title, start, file_filter, *args, **kwargs):
        asked.append((title, start, file_filter))
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def test_the_file_menu_gets_import_and_an_export_submenu(window, actions):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Import ONNX…" in texts and "&Export" in texts
    assert texts.index("&Import ONNX…") < texts.index("&Quit") and texts.index("Save &As…") < texts.index("&Import ONNX…")
    assert [a.text() for a in actions.menu.actions() if not a.isSeparator()] == [
        "&ONNX…", "&PyTorch code…", "&Keras code…", "Canvas as P&NG…", "Canvas as &SVG…", "&Copy canvas image",
        "Run as &Animation…"]
    assert install_export_actions(window) is actions  # a second call adds no second menu
    assert [a.text() for a in window.file_menu.actions()].count("&Export") == 1


def test_canvas_as_png_and_svg(window, actions, tmp_path):
    open_template(window, "worked_example")
    png = save_canvas_png(window, tmp_path / "canvas.png")
    assert png.stat().st_size > 1000
    image = QImage(str(png))
    assert not image.isNull() and image.width() > image.height() > 100
    svg = save_canvas_svg(window, tmp_path / "canvas.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Worked example" in text


def test_rendering_keeps_the_selection(window, actions, tmp_path):
    open_template(window, "xor")
    item = next(iter(window.scene.layer_items.values()))
    item.setSelected(True)
    save_canvas_png(window, tmp_path / "c.png")
    assert item.isSelected()


def test_copy_canvas_image_puts_an_image_on_the_clipboard(window, actions):
    open_template(window, "xor")
    image = copy_canvas_image(window)
    clip = QGuiApplication.clipboard().image()
    assert not clip.isNull() and clip.size() == image.size()


def test_an_empty_canvas_has_nothing_to_export(window, actions, tmp_path, shown_errors, monkeypatch):
    with pytest.raises(ValueError, match="canvas is empty"):
        save_canvas_png(window, tmp_path / "empty.png")
    answer_save_dialog(monkeypatch, tmp_path / "empty.png")
    assert actions.canvas_dialog("png") is False
    assert shown_errors and "canvas is empty" in shown_errors[0][1] and "nothing was lost" in shown_errors[0][1]
    assert not (tmp_path / "empty.png").exists()
    assert actions.copy_image() is False


def test_export_network_writes_onnx_and_code(window, actions, tmp_path):
    pytest.importorskip("onnx", reason="the ONNX export needs the 'onnx' package")
    open_template(window, "worked_example")
    (onnx_path,) = export_network(window, tmp_path / "net.onnx", "onnx")
    assert onnx_path.stat().st_size > 0
    script, weights = export_network(window, tmp_path / "net.py", "pytorch")
    assert script.exists() and weights.exists()
    script, weights = export_network(window, tmp_path / "net_keras.py", "keras")
    compile(script.read_text(), str(script), "exec")


def test_the_export_actions_ask_for_a_file_and_write_it(window, actions, tmp_path, monkeypatch, shown_errors):
    pytest.importorskip("onnx", reason="the ONNX export needs the 'onnx' package")
    open_template(window, "xor")
    asked = answer_save_dialog(monkeypatch, tmp_path / "chosen")  # no suffix: the action adds it
    actions.act_onnx.trigger()
    assert (tmp_path / "chosen.onnx").stat().st_size > 0
    assert asked[-1][1].endswith("XOR.onnx") and "*.onnx" in asked[-1][2]
    answer_save_dialog(monkeypatch, tmp_path / "xor_torch.py")
    actions.act_pytorch.trigger()
    assert (tmp_path / "xor_torch.py").exists() and (tmp_path / "xor_torch.npz").exists()
    answer_save_dialog(monkeypatch, tmp_path / "xor_keras.py")
    actions.act_keras.trigger()
    assert (tmp_path / "xor_keras.npz").exists()
    answer_save_dialog(monkeypatch, tmp_path / "picture.png")
    actions.act_png.trigger()
    assert (tmp_path / "picture.png").stat().st_size > 0
    answer_save_dialog(monkeypatch, tmp_path / "drawing.svg")
    actions.act_svg.trigger()
    assert "<svg" in (tmp_path / "drawing.svg").read_text(encoding="utf-8")
    actions.act_copy_image.trigger()
    assert not QGuiApplication.clipboard().image().isNull()
    assert shown_errors == []
    assert "Canvas image copied." in window.statusBar().currentMessage()


def test_a_cancelled_dialog_does_nothing(window, actions, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    open_template(window, "xor")
    assert actions.export_dialog("onnx") is False
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_shows_the_message_and_keeps_the_network(window, actions, tmp_path, monkeypatch, shown_errors):
    pytest.importorskip("onnx", reason="the ONNX export needs the 'onnx' package")
    answer_save_dialog(monkeypatch, tmp_path / "empty.onnx")
    assert actions.export_dialog("onnx") is False  # the empty network cannot be exported
    assert "The network is empty" in shown_errors[-1][1]
    open_template(window, "xor")
    before = window.doc.network.get_config()
    answer_save_dialog(monkeypatch, tmp_path / "missing" / "dir" / "x.onnx")
    assert actions.export_dialog("onnx") is False
    assert "cannot write" in shown_errors[-1][1]
    assert window.doc.network.get_config()["name"] == before["name"] and not window.doc.modified


def test_import_opens_an_untitled_modified_network(window, actions, tmp_path):
    pytest.importorskip("onnx", reason="the ONNX import needs the 'onnx' package")
    from netbuilder import templates
    from netbuilder.io.onnx_export import save_onnx

    original = templates.worked_example()
    path = save_onnx(original, tmp_path / "worked.onnx")
    assert import_onnx_file(window, path) is True
    QApplication.processEvents()
    net = window.doc.network
    assert window.doc.path is None and window.doc.modified
    assert [layer.name for layer in net.layers.values()] == [layer.name for layer in original.layers.values()]
    x = np.array([[0.1, 0.2]])
    np.testing.assert_allclose(CompiledNetwork(net).predict(x), CompiledNetwork(original).predict(x), rtol=1e-12)
    assert len(window.scene.layer_items) == 3


def test_import_action_with_a_damaged_file_shows_the_message(window, actions, tmp_path, monkeypatch, shown_errors):
    pytest.importorskip("onnx", reason="the ONNX import needs the 'onnx' package")
    open_template(window, "xor")
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x00\x01 not an onnx model")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    actions.act_import.trigger()
    assert shown_errors and shown_errors[-1][0] == "Cannot import"
    assert "bad.onnx: this is not an ONNX model" in shown_errors[-1][1]
    assert window.doc.network.name == "XOR"  # the open network is untouched


def test_import_action_opens_the_model(window, actions, tmp_path, monkeypatch, shown_errors):
    pytest.importorskip("onnx", reason="the ONNX import needs the 'onnx' package")
    from netbuilder import templates
    from netbuilder.io.onnx_export import save_onnx

    path = save_onnx(templates.xor(), tmp_path / "xor.onnx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions.act_import.trigger()
    assert shown_errors == []
    assert window.doc.network.name == "XOR" and window.doc.modified and window.doc.path is None
    assert "Imported xor.onnx" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith("XOR")
