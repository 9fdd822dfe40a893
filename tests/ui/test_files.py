"""Files from the window: save and reopen, the unsaved-changes prompt, dropped files, autosave recovery,
the status bar's problems, presentation mode and the command-line screenshot."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from netbuilder import templates
from netbuilder.io import load, save

from .conftest import answer_next_dialog, open_template

ROOT = Path(__file__).resolve().parents[2]


def press(button):
    def answer(dialog):
        assert isinstance(dialog, QMessageBox), dialog
        dialog.button(button).click()

    return answer


def test_save_then_reopen_gives_the_same_network(window, tmp_path, monkeypatch):
    open_template(window, "worked_example")
    net = window.doc.network
    hidden = net.layer("Hidden")
    window.editor.set_bias(hidden.id, 0, 0.25)
    window.scene.layer_items[hidden.id].setPos(10, 40)
    window.editor.move_layers({hidden.id: (10.0, 40.0)})
    path = tmp_path / "mine.nbn"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(tmp_path / "mine"), ""))
    assert window.act_save.isEnabled()
    window.act_save.trigger()
    assert path.exists() and not window.doc.modified
    assert window.windowTitle().startswith("mine.nbn")
    window.new_from_template("xor")
    assert window.open_file(path)
    again = window.doc.network
    assert again.get_parameters().equals(net.get_parameters())
    assert again.layer("Hidden").position == (10.0, 40.0)
    assert [l.name for l in again.layers.values()] == [l.name for l in net.layers.values()]
    assert window.doc.path == path and not window.doc.modified


def test_title_marks_unsaved_changes(window):
    open_template(window, "xor")
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    window.editor.add_from_palette({"kind": "dense"}, None, None)
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert not window.isWindowModified()


def test_unsaved_changes_prompt_cancel_discard_save(window, tmp_path, monkeypatch):
    path = tmp_path / "net.nbn"
    save(templates.xor(), path)
    assert window.open_file(path)
    window.editor.add_from_palette({"kind": "dense"}, None, None)
    layers = len(window.doc.network.layers)
    other = tmp_path / "other.nbn"
    save(templates.worked_example(), other)
    # Cancel: nothing happens.
    answer_next_dialog(press(QMessageBox.StandardButton.Cancel))
    assert not window.open_file(other)
    assert window.doc.path == path and len(window.doc.network.layers) == layers
    # Save: the change is written, then the other file opens.
    answer_next_dialog(press(QMessageBox.StandardButton.Save))
    assert window.open_file(other)
    assert len(load(path).layers) == layers and window.doc.path == other
    # Discard: the change is dropped.
    window.editor.add_from_palette({"kind": "dense"}, None, None)
    answer_next_dialog(press(QMessageBox.StandardButton.Discard))
    assert window.open_file(path)
    assert len(load(other).layers) == 3


def test_closing_with_unsaved_changes_asks(window):
    open_template(window, "xor")
    window.editor.add_from_palette({"kind": "dense"}, None, None)
    answer_next_dialog(press(QMessageBox.StandardButton.Cancel))
    assert not window.close() and window.isVisible()


def test_a_damaged_file_is_refused_and_the_open_network_kept(window, tmp_path):
    open_template(window, "worked_example")
    before = window.doc.network.get_parameters()
    bad = tmp_path / "bad.nbn"
    bad.write_text('{"format": "netbuilder", "version": 1, "network": {"layers": [}', encoding="utf-8")
    seen = []
    answer_next_dialog(lambda d: (seen.append(d.text()), d.accept()))
    assert not window.open_file(bad, ask=False)
    assert seen and "bad.nbn" in seen[0]
    assert window.doc.network.get_parameters().equals(before) and window.doc.network.name == "Worked example"


def drop_file(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted()


def test_dropping_a_network_file_on_the_window_opens_it(window, tmp_path, qtbot):
    path = tmp_path / "dropped.nbn"
    save(templates.xor(), path)
    assert drop_file(window, path)
    qtbot.waitUntil(lambda: window.doc.path == path, timeout=2000)
    assert window.doc.network.name == "XOR"
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not drop_file(window, text)


def test_autosave_after_a_crash_is_offered_back(window):
    open_template(window, "worked_example")
    window.editor.set_bias(window.doc.network.layer("Hidden").id, 1, 0.75)
    assert window.autosave.save_now()
    # What a crashed process leaves behind: its copy and a note naming a process that no longer runs.
    copy, note = window.autosave.copy, window.autosave.note
    dead_copy = copy.with_name("autosave-999999999.nbn")
    dead_copy.write_bytes(copy.read_bytes())
    meta = json.loads(note.read_text())
    meta["pid"] = 999_999_999
    dead_copy.with_suffix(".json").write_text(json.dumps(meta))
    window.new_from_template("xor")
    answer_next_dialog(press(QMessageBox.StandardButton.Yes))
    assert window.offer_recovery()
    net = window.doc.network
    assert net.name == "Worked example" and window.doc.modified
    assert net.layer("Hidden").bias[1] == 0.75
    assert not dead_copy.exists(), "a recovered copy is not offered twice"
    # Declining throws the copies away.
    dead_copy.write_bytes(copy.read_bytes())
    dead_copy.with_suffix(".json").write_text(json.dumps(meta))
    answer_next_dialog(press(QMessageBox.StandardButton.No))
    assert not window.offer_recovery() and not dead_copy.exists()


def test_status_bar_problem_selects_the_layer(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    hidden = net.layer("Hidden")
    (out_conn,) = [c for c in net.connections.values() if c.source == hidden.id]
    window.editor.delete_connection(out_conn.id)
    qtbot.waitUntil(lambda: any(p.code == "output_not_connected" for p in window.validation.problems), timeout=2000)
    button = window.validation.button
    assert button.isEnabled() and not button.icon().isNull(), "an error sign drawn as an icon"
    assert "⛔" not in button.full_text() and "not connected" in button.full_text()
    assert all("⛔" not in a.text() and not a.icon().isNull() for a in window.validation.menu.actions())
    # a long problem is cut to the room the status bar has, so the window never grows for it
    assert button.minimumSizeHint().width() <= 80 and window.statusBar().minimumSizeHint().width() < 400
    action = next(a for a in window.validation.menu.actions() if "Output" in a.text())
    action.trigger()
    selected = window.scene.selected_layers()
    assert [net.layers[i].name for i in selected] == ["Output (service life)"]


def test_presentation_mode_hides_editing_and_enlarges_text(window, qtbot):
    open_template(window, "worked_example")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenting and window.scene.read_only
    assert not window.palette_dock.isVisible() and not window.toolbar.isVisible()
    assert window.scene.font_scale > 1
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.presenting and window.palette_dock.isVisible()


def test_screenshot_from_the_command_line(tmp_path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETBUILDER_SETTINGS_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "netbuilder", str(ROOT / "resources/examples/worked_example.nbn"),
                           "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    # Not a blank picture: the canvas draws neurons and coloured edges.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
