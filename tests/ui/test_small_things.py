"""Small things a newcomer hits: undo steps that each undo something, a quiet quit, example titles, the
built-in guide, the problems button."""

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import open_template


def select_hidden(window, qtbot):
    net = window.doc.network
    hidden = net.layer("Hidden")
    window.scene.layer_items[hidden.id].setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.stack.currentWidget() is window.inspector.layer_page)
    return hidden, window.inspector.layer_page


def test_two_activation_choices_are_two_undo_steps(window, qtbot):
    open_template(window, "worked_example")
    hidden, page = select_hidden(window, qtbot)
    stack = window.doc.undo_stack
    before = stack.count()
    combo = page.activation
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    first = hidden.activation.name
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    second = hidden.activation.name
    assert "sigmoid" != first != second
    assert stack.count() == before + 2
    window.act_undo.trigger()
    assert hidden.activation.name == first, "the first undo takes back the second choice"
    window.act_undo.trigger()
    assert hidden.activation.name == "sigmoid"


def test_going_back_and_forth_leaves_no_empty_step(window, qtbot):
    open_template(window, "worked_example")
    hidden, page = select_hidden(window, qtbot)
    stack = window.doc.undo_stack
    combo = page.activation
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert hidden.activation.name == "sigmoid"
    # two visible steps (there and back) rather than one that changes nothing
    assert stack.count() == 2
    window.act_undo.trigger()
    assert hidden.activation.name != "sigmoid"


def test_dialling_alpha_is_one_step_after_the_choice(window, qtbot):
    open_template(window, "worked_example")
    hidden, page = select_hidden(window, qtbot)
    stack = window.doc.undo_stack
    page.activation.setCurrentIndex(page.activation.findData("leaky_relu"))
    qtbot.waitUntil(lambda: page.param.isVisible())
    page.param.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.param, Qt.Key.Key_Up)
    alpha = hidden.activation.params["alpha"]
    assert stack.count() == 2, "the choice, then the dialled α as one step"
    window.act_undo.trigger()
    assert hidden.activation.name == "leaky_relu" and hidden.activation.params["alpha"] != alpha
    window.act_undo.trigger()
    assert hidden.activation.name == "sigmoid"


def test_quit_and_discard_prints_nothing():
    script = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QStandardPaths, QTimer
        QStandardPaths.setTestModeEnabled(True)
        from PySide6.QtWidgets import QApplication, QMessageBox
        from netbuilder.ui.app import create_application
        app = create_application("en")
        from netbuilder import templates
        from netbuilder.ui.main_window import MainWindow
        w = MainWindow(templates.xor(), remember_layout=False)
        w.show()
        app.processEvents()
        w.editor.auto_layout()
        assert w.doc.modified
        def answer():
            d = QApplication.activeModalWidget()
            if d is None:
                QTimer.singleShot(20, answer)
                return
            d.button(QMessageBox.StandardButton.Discard).click()
        QTimer.singleShot(0, answer)
        QTimer.singleShot(0, w.act_quit.trigger)
        QTimer.singleShot(3000, app.quit)
        app.exec()
        del w
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": "/tmp/nb-quit-test", "HOME": "/tmp/nb-quit-test",
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    errors = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert not errors, "\n".join(errors)


def test_examples_have_titles(window):
    titles = [a.text() for a in window.examples_menu.actions()]
    assert "Perceptron (AND)" in titles and "XOR (2-4-1)" in titles
    assert not any("_" in t or t[0].islower() for t in titles), titles
    action = next(a for a in window.examples_menu.actions() if a.text() == "Perceptron (AND)")
    action.trigger()
    assert window.doc.network.name == "Perceptron (AND)" and window.doc.path is None


def test_help_getting_started_shows_the_first_steps(window, qtbot):
    assert window.act_guide in window.help_menu.actions()
    assert window.help_menu.actions().index(window.act_guide) < window.help_menu.actions().index(window.act_about)
    window.act_guide.trigger()
    guide = window.guide
    qtbot.waitExposed(guide)
    text = guide.text.toPlainText()
    for words in ("File → Examples", "Start", "Speed", "Walkthrough", "Palette", "Ctrl+Z"):
        assert words in text
    assert not guide.isModal(), "it stays open beside the window while one follows it"
    window.act_guide.trigger()
    assert window.guide is guide
    guide.close()


def test_presentation_mode_enlarges_an_open_walkthrough(window, qtbot):
    open_template(window, "worked_example")
    window.act_walkthrough.trigger()
    panel = window.walkthrough
    normal = panel.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenting and window.walkthrough_dock.isVisible(), "the walkthrough stays on the screen"
    assert not window.training.dock.isVisible()
    assert panel.font().pointSizeF() >= 1.5 * normal
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert panel.font().pointSizeF() == pytest.approx(normal)
    assert window.training.dock.isVisible()


def test_in_chinese_examples_file_errors_and_the_filter_are_chinese(window, qtbot, tmp_path):
    from netbuilder.assets import resource
    from netbuilder.ui.app import install_translator
    from netbuilder.ui.main_window import file_filter

    from .conftest import answer_next_dialog

    install_translator(QApplication.instance(), "zh_CN")
    try:
        assert window.open_example(resource("examples", "worked_example.nbn"))
        net = window.doc.network
        assert net.name == "手算示例" and "使用寿命" in net.description
        assert sorted(l.name for l in net.layers.values()) == sorted(["输入（长度、宽度）", "隐藏", "输出（使用寿命）"])
        assert window.doc.path is None, "an example opens as an untitled copy"
        assert file_filter().startswith("NetBuilder 网络 (*.nbn)")
        bad = tmp_path / "bad.nbn"
        bad.write_text("{", encoding="utf-8")
        seen = []
        answer_next_dialog(lambda d: (seen.append((d.text(), d.informativeText())), d.accept()))
        assert not window.open_file(bad, ask=False)
        text, details = seen[0]
        assert "无法打开" in text and "bad.nbn" in text and details.startswith("详细信息：")
        window.act_guide.trigger()
        assert "NetBuilder 入门" in window.guide.text.toPlainText()
        window.guide.close()
    finally:
        install_translator(QApplication.instance(), "en")
