"""Lessons in the app: Help → Lessons, the side panel with its live check, locked controls that stay locked
when a user tries them, every built-in lesson solved through the app, teacher's lessons, damaged files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from netbuilder.io import load, save
from netbuilder.lessons import load as load_lesson
from netbuilder.lessons.builtin import builtin_paths
from tests.ui.conftest import answer_next_dialog


def settle(qtbot, window, ms=400):
    """Let the debounced goal check run."""
    qtbot.wait(ms)
    QApplication.processEvents()


def open_lesson(window, qtbot, which):
    assert window.lessons.open_builtin(which, ask=False)
    settle(qtbot, window)
    return window.lessons


def goals_met(window) -> list[bool]:
    return [r.met for r in window.lessons.check_now()]


def train(window, qtbot, timeout=60000):
    runner = window.training
    qtbot.mouseClick(runner.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.active, timeout=timeout)
    settle(qtbot, window)


# -- menus, panel, dialog ---------------------------------------------------------------------------------------


def test_help_lessons_lists_the_built_in_ones_and_opens_one(window, qtbot):
    assert window.act_lessons in window.help_menu.actions()
    assert window.act_save_lesson in window.file_menu.actions()
    seen = {}

    def answer(dialog):
        seen["titles"] = [dialog.list.item(k).text() for k in range(dialog.list.count())]
        dialog.list.setCurrentRow(2)
        seen["preview"] = dialog.preview.toPlainText()
        dialog.accept()

    answer_next_dialog(answer)
    window.act_lessons.trigger()
    assert len(seen["titles"]) >= 10
    assert seen["titles"][0] == "1. A neuron and its weighted sum"
    assert seen["titles"][9] == "10. MNIST with a multilayer perceptron"
    assert "hidden layer" in seen["preview"] and "Goals" in seen["preview"]
    settle(qtbot, window)
    lessons = window.lessons
    assert lessons.lesson.id == "hidden-layer" and lessons.index == 2
    panel = window.lesson_panel
    assert window.lesson_dock.isVisible()
    assert panel.title.text() == "A hidden layer for XOR" and panel.where.text() == "Lesson 3 of 10"
    assert "Drag a Dense layer" in panel.text.toPlainText()
    assert "✗" in panel.goals.text() and "Accuracy at least 1" in panel.goals.text()
    assert "At most 8 hidden neurons." in panel.rules.text()
    assert window.doc.network.name == "XOR without a hidden layer" and not window.doc.modified


def test_next_previous_reset_and_close(window, qtbot):
    lessons = open_lesson(window, qtbot, 0)
    panel = window.lesson_panel
    assert not panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    assert window.palette_dock.isHidden()  # the first lesson hides the palette
    window.editor.set_bias("L2", 0, 0.5)
    assert window.doc.modified
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert float(window.doc.network.layers["L2"].bias[0]) == 0.1 and not window.doc.modified
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert lessons.lesson.id == "perceptron" and panel.where.text() == "Lesson 2 of 10"
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert lessons.lesson.id == "neuron"
    lessons.open_builtin(9, ask=False)
    assert not panel.next_button.isEnabled()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert lessons.lesson is None and window.lesson_dock.isHidden()
    assert not window.palette_dock.isHidden()  # hidden panels come back
    assert window.editor.set_activation("L2", "tanh")  # nothing is locked any more
    assert window.act_choose_data.isEnabled() and window.data_panel.isEnabled()


# -- locks --------------------------------------------------------------------------------------------------------


def test_locked_controls_refuse_every_way_in(window, qtbot):
    """The first lesson leaves only the weights and biases editable: try everything else as a user would."""
    open_lesson(window, qtbot, "neuron")
    net = window.doc.network
    before = json.dumps(net.training.get_config()), net.layers["L2"].activation.name, net.layers["L2"].units
    undo_count = window.doc.undo_stack.count()

    # the inspector: the layer's activation, its size
    window.scene.select_layers(["L2"])
    qtbot.wait(50)
    page = window.inspector.layer_page
    assert window.inspector.stack.currentWidget() is page
    page.activation.setCurrentIndex(page.activation.findData("tanh"))
    settle(qtbot, window, 100)
    assert net.layers["L2"].activation.name == "linear"
    assert page.activation.currentData() == "linear", "the inspector shows the activation as it still is"
    assert window.statusBar().currentMessage() == "Locked by the lesson: the activation functions."
    assert window.lesson_panel.refusal.text() == "Locked by the lesson: the activation functions."
    page.units.setValue(3)
    settle(qtbot, window, 100)
    assert net.layers["L2"].units == 1 and page.units.value() == 1
    page.dropout.setValue(0.5)
    settle(qtbot, window, 100)
    assert net.layers["L2"].dropout == 0.0

    # the canvas and the palette
    assert window.editor.add_from_palette({"kind": "dense"}) is None
    assert window.editor.set_activation("L2", "relu") is None
    window.scene.select_layers(["L2"])
    assert not window.editor.delete_selection() or "L2" in net.layers
    assert window.editor.set_edge_enabled("C1", 0, 0, False) is False

    # the inspector's network page: the loss
    window.scene.clearSelection()
    settle(qtbot, window, 100)
    npage = window.inspector.network_page
    npage.loss.setCurrentIndex(npage.loss.findData("mae"))
    settle(qtbot, window, 100)
    assert net.training.loss.name == "mse" and npage.loss.currentData() == "mse"

    # the training panel: learning rate, batch size, epochs, penalties, optimizer, loss
    panel = window.training.panel
    panel.learning_rate.setText("0.9")
    panel.learning_rate.editingFinished.emit()
    assert net.training.learning_rate == 0.5 and panel.learning_rate.text() == "0.5"
    assert panel.status.text() == "Locked by the lesson: the learning rate."
    panel.batch_size.setValue(7)
    assert net.training.batch_size == 1 and panel.batch_size.value() == 1
    panel.epochs.setValue(3)
    assert net.training.epochs == 100 and panel.epochs.value() == 100
    panel.l2.setText("0.1")
    panel.l2.editingFinished.emit()
    assert net.training.l2 == 0.0 and panel.l2.text() == ""
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    panel.optimizer.activated.emit(panel.optimizer.currentIndex())
    assert net.training.optimizer.name == "sgd" and panel.optimizer.currentData() == "sgd"
    panel.loss.setCurrentIndex(panel.loss.findData("mae"))
    panel.loss.activated.emit(panel.loss.currentIndex())
    assert net.training.loss.name == "mse"

    # the data: the Data menu and panel are off, Choose… says why
    assert not window.act_choose_data.isEnabled() and not window.act_import_csv.isEnabled()
    assert not window.act_open_idx.isEnabled() and not window.act_own_data.isEnabled()
    assert not window.data_panel.isEnabled()
    qtbot.mouseClick(panel.choose_data, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Locked by the lesson: the data."

    assert (json.dumps(net.training.get_config()), net.layers["L2"].activation.name, net.layers["L2"].units) == before
    assert window.doc.undo_stack.count() == undo_count, "nothing refused reached the undo history"

    # what the lesson leaves free still works, and is undoable
    assert window.editor.set_weight("C1", 0, 0, 1.0)
    assert window.editor.set_bias("L2", 0, 0.5)
    assert float(net.connections["C1"].weights[0, 0]) == 1.0
    window.act_undo.trigger()
    assert float(net.layers["L2"].bias[0]) == 0.1
    # moving layers and renaming are never locked
    window.editor.move_layers({"L2": (300.0, 10.0)})
    assert net.layers["L2"].position == (300.0, 10.0)


def test_only_the_learning_rate(window, qtbot):
    open_lesson(window, qtbot, "learning-rate")
    panel = window.training.panel
    panel.learning_rate.setText("0.03")
    panel.learning_rate.editingFinished.emit()
    assert window.doc.network.training.learning_rate == 0.03
    panel.batch_size.setValue(4)
    assert window.doc.network.training.batch_size is None
    assert panel.status.text() == "Locked by the lesson: the batch size."


def test_at_most_n_hidden_neurons(window, qtbot):
    open_lesson(window, qtbot, "hidden-layer")
    editor = window.editor
    first = editor.add_from_palette({"kind": "dense"})
    second = editor.add_from_palette({"kind": "dense"})
    assert first and second  # 4 + 4 = 8, the limit
    assert editor.add_from_palette({"kind": "neuron"}) is None
    assert window.statusBar().currentMessage() == \
        "The lesson allows at most 8 hidden neurons; this change would make 9."
    assert editor.add_from_palette({"kind": "neuron"}, target=first) is None
    window.scene.select_layers([first])
    qtbot.wait(50)
    page = window.inspector.layer_page
    page.units.setValue(5)
    settle(qtbot, window, 100)
    assert window.doc.network.layers[first].units == 4 and page.units.value() == 4
    page.units.setValue(2)
    settle(qtbot, window, 100)
    assert window.doc.network.layers[first].units == 2  # smaller is fine
    assert editor.set_activation(first, "tanh") == first  # the activation is free here
    window.training.panel.epochs.setValue(5)
    assert window.doc.network.training.epochs == 300  # epochs are locked


def test_a_run_applies_its_weights_even_where_weights_are_locked(window, qtbot):
    """Locks are on the learner's edits; training (when the lesson allows it) changes the weights."""
    open_lesson(window, qtbot, "learning-rate")
    train(window, qtbot)
    assert len(window.doc.network.history.runs) == 1


# -- solving every lesson through the app ---------------------------------------------------------------------------


def test_solve_1_neuron(window, qtbot):
    open_lesson(window, qtbot, "neuron")
    assert goals_met(window) == [False, False, True]
    window.editor.set_bias("L2", 0, 0.5)
    window.editor.set_weight("C1", 0, 0, 1.0)
    window.editor.set_weight("C1", 1, 0, 2.0)
    settle(qtbot, window)
    assert window.lessons.passed and goals_met(window) == [True, True, True]
    assert "✓" in window.lesson_panel.goals.text() and "well done" in window.lesson_panel.verdict.text()


def test_solve_2_perceptron_by_hand(window, qtbot):
    open_lesson(window, qtbot, "perceptron")
    assert goals_met(window) == [False, True]
    window.editor.set_weight("C1", 0, 0, 1.0)
    window.editor.set_weight("C1", 1, 0, 1.0)
    window.editor.set_bias("L2", 0, -1.5)
    settle(qtbot, window)
    assert goals_met(window) == [True, True]
    assert "4 of 4 right" in window.lesson_panel.goals.text()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)  # step neurons have no gradient
    assert not window.training.active and goals_met(window) == [True, True]


def test_solve_3_hidden_layer(window, qtbot):
    open_lesson(window, qtbot, "hidden-layer")
    editor = window.editor
    hidden = editor.add_from_palette({"kind": "dense"}, (200.0, 0.0))
    assert editor.connect_layers("L1", hidden) and editor.connect_layers(hidden, "L2")
    assert editor.delete_connection("C1")
    settle(qtbot, window)
    assert goals_met(window) == [False, True]
    train(window, qtbot)
    assert goals_met(window) == [True, True]


def test_solve_4_activations(window, qtbot):
    open_lesson(window, qtbot, "activations")
    train(window, qtbot)
    assert goals_met(window) == [False]
    window.act_undo.trigger()
    window.scene.select_layers(["L2"])
    qtbot.wait(50)
    page = window.inspector.layer_page
    page.activation.setCurrentIndex(page.activation.findData("tanh"))
    assert window.doc.network.layers["L2"].activation.name == "tanh"
    train(window, qtbot)
    assert goals_met(window) == [True]


def _set_and_train(window, qtbot, set_field):
    set_field(window.training.panel)
    train(window, qtbot)
    return goals_met(window)


def test_solve_5_losses(window, qtbot):
    open_lesson(window, qtbot, "losses")

    def loss(panel):
        panel.loss.setCurrentIndex(panel.loss.findData("binary_crossentropy"))
        panel.loss.activated.emit(panel.loss.currentIndex())

    assert _set_and_train(window, qtbot, loss) == [True]


def test_solve_6_overfitting(window, qtbot):
    open_lesson(window, qtbot, "overfitting")

    def l2(panel):
        panel.l2.setText("0.01")
        panel.l2.editingFinished.emit()

    assert _set_and_train(window, qtbot, l2) == [True]


def test_solve_7_learning_rate(window, qtbot):
    open_lesson(window, qtbot, "learning-rate")

    def rate(panel):
        panel.learning_rate.setText("0.03")
        panel.learning_rate.editingFinished.emit()

    assert _set_and_train(window, qtbot, rate) == [True]


def test_solve_8_batch_size(window, qtbot):
    open_lesson(window, qtbot, "batch-size")
    assert _set_and_train(window, qtbot, lambda panel: panel.batch_size.setValue(8)) == [True]


def test_solve_9_backpropagation_and_grade_the_saved_file(window, qtbot, tmp_path, capsys):
    open_lesson(window, qtbot, "backpropagation")
    assert goals_met(window) == [False, False]
    window.act_walkthrough.trigger()
    qtbot.waitUntil(lambda: window.walkthrough.model.count > 0, timeout=10000)
    walkthrough = window.walkthrough
    while not walkthrough.model.at_end:
        qtbot.mouseClick(walkthrough.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert goals_met(window) == [True, False]
    assert window.doc.modified, "the progress is worth saving"
    window.editor.set_weight("C2", 0, 0, 0.4084)
    settle(qtbot, window)
    assert goals_met(window) == [True, True]
    path = tmp_path / "attempt.nbn"
    assert window._write(path)
    from netbuilder.cli.main import main

    assert main(["check-lesson", "backpropagation", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "passed"


@pytest.mark.slow
def test_solve_10_mnist(window, qtbot):
    open_lesson(window, qtbot, "mnist")
    editor = window.editor
    page = window.inspector.layer_page
    made = []
    for units in (128, 64):
        lid = editor.add_from_palette({"kind": "dense"})
        window.scene.select_layers([lid])
        qtbot.wait(50)
        page.units.setValue(units)
        page.activation.setCurrentIndex(page.activation.findData("relu"))
        made.append(lid)
    editor.connect_layers("L1", made[0])
    editor.connect_layers(made[0], made[1])
    editor.connect_layers(made[1], "L2")
    editor.delete_connection("C1")
    settle(qtbot, window)
    assert window.doc.network.parameter_count() == 109_386
    train(window, qtbot, timeout=600_000)
    assert goals_met(window) == [True, True]


# -- files ------------------------------------------------------------------------------------------------------


def test_a_saved_attempt_finds_its_lesson_and_another_network_ends_it(window, qtbot, tmp_path):
    open_lesson(window, qtbot, "perceptron")
    window.editor.set_bias("L2", 0, -1.5)
    path = tmp_path / "mine.nbn"
    assert window._write(path)
    window.lessons.close_lesson()
    assert window.open_file(path, ask=False)
    settle(qtbot, window)
    assert window.lessons.lesson.id == "perceptron", "the attempt reopens its lesson"
    assert window.editor.set_activation("L2", "sigmoid") is None
    window.new_from_template("xor")
    settle(qtbot, window)
    assert window.lessons.lesson is None and window.lesson_dock.isHidden()
    assert window.editor.set_activation("L3", "relu") == "L3"


def test_a_damaged_lesson_file_is_a_message_and_changes_nothing(window, qtbot, tmp_path):
    open_lesson(window, qtbot, "perceptron")
    network = window.doc.network
    bad = tmp_path / "bad.json"
    text = builtin_paths()[0].read_text(encoding="utf-8").replace('"kind": "untrained"', '"kind": "untrained", "x": 1')
    bad.write_text(text, encoding="utf-8")
    expected = {bad: 'goals[2]: unknown field "x"', tmp_path / "missing.json": "no such file",
                tmp_path: "folder, not a lesson file"}
    for damaged, detail in expected.items():
        seen = {}

        def answer(box):
            seen["text"] = box.text() + " " + box.informativeText()
            box.accept()

        answer_next_dialog(answer)
        assert not window.lessons.open_file(damaged)
        assert "could not be opened" in seen["text"] and detail in seen["text"], seen
        assert window.doc.network is network and window.lessons.lesson.id == "perceptron"


def test_a_damaged_built_in_is_listed_but_not_opened(window, qtbot, tmp_path, monkeypatch):
    from netbuilder.ui.lessons import dialogs

    broken = tmp_path / "05-broken.json"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(dialogs, "builtin_paths", lambda: [builtin_paths()[0], broken])
    dialog = dialogs.LessonsDialog(window)
    assert dialog.list.count() == 2 and "05-broken.json" in dialog.list.item(1).text()
    assert not dialog.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.list.setCurrentRow(1)
    assert dialog.choice() is None
    dialog.deleteLater()


def test_teacher_saves_a_lesson_and_a_student_opens_it(window, qtbot, tmp_path):
    from netbuilder.ui.lessons import SaveLessonDialog, save_as_lesson

    window.new_from_template("xor")
    net = window.doc.network
    dialog = SaveLessonDialog(net, window)
    dialog.titles["en"].setText("XOR with few neurons")
    dialog.texts["en"].setPlainText("Train it, with **at most 3** hidden neurons.")
    dialog.only_checked.setChecked(True)
    for name in ("neurons", "activation"):
        dialog.control_boxes[name].setChecked(True)
    dialog.panel_boxes["palette"].setChecked(True)
    dialog.max_neurons.setValue(4)
    dialog.goal_boxes["accuracy"][0].setChecked(True)
    dialog.goal_boxes["accuracy"][1].setValue(1.0)
    dialog.goal_boxes["hidden_neurons"][0].setChecked(True)
    dialog.goal_boxes["hidden_neurons"][1].setValue(3)
    path = save_as_lesson(window, tmp_path / "xor3.json", dialog)
    lesson = load_lesson(path)
    assert lesson.id == "xor-2-4-1" or lesson.id.startswith("xor")
    assert lesson.title == {"en": "XOR with few neurons"}
    assert lesson.controls.editable == {"neurons", "activation"} and lesson.controls.max_hidden_neurons == 4
    assert [g.kind for g in lesson.goals] == ["accuracy", "hidden_neurons"]
    assert lesson.network.history.runs == []
    assert window.lessons.open_file(path, ask=False)
    settle(qtbot, window)
    assert window.lessons.index is None and window.lesson_panel.where.text() == "Lesson from a file"
    assert window.palette_dock.isHidden()
    assert window.editor.set_activation("L2", "relu") == "L2"
    assert window.editor.add_from_palette({"kind": "dense"}) is None  # layers are locked


def test_the_teachers_dialog_refuses_a_lesson_already_solved(window):
    from netbuilder.ui.lessons import SaveLessonDialog

    window.new_from_template("xor")
    dialog = SaveLessonDialog(window.doc.network, window)
    dialog.goal_boxes["parameters"][0].setChecked(True)
    dialog.goal_boxes["parameters"][1].setValue(1000)
    dialog._accept()
    assert "already meets every goal" in dialog.problem.text() and not dialog.result()
    dialog.goal_boxes["parameters"][0].setChecked(False)
    dialog._accept()
    assert "at least one goal" in dialog.problem.text()
    dialog.titles["en"].setText("")
    for edit in dialog.titles.values():
        edit.setText("")
    dialog._accept()
    assert "title" in dialog.problem.text()
    dialog.deleteLater()


def test_the_lesson_survives_a_language_switch(qtbot):
    """View → Language builds the window again around the same document: the lesson stays open and locked."""
    from netbuilder.ui.app import install_translator
    from netbuilder.ui.main_window import MainWindow

    old = MainWindow(autosave=False, remember_layout=False)
    old.show()
    qtbot.waitExposed(old)
    open_lesson(old, qtbot, "activations")
    install_translator(QApplication.instance(), "zh_CN")
    new = None
    try:
        new = old.rebuild()
        settle(qtbot, new)
        assert new.lessons.lesson.id == "activations" and not new.lesson_dock.isHidden()
        assert new.lesson_panel.title.text() == "激活函数"
        assert "数据是一个被圆环包围的圆盘" in new.lesson_panel.text.toPlainText()
        assert new.editor.set_weight("C1", 0, 0, 3.0) is False  # still locked
        assert new.lessons.results and not new.lessons.passed
    finally:
        install_translator(QApplication.instance(), "en")
        if new is not None:
            new.training.stop_and_wait()
            new.doc.undo_stack.setClean()
            new.close()
            new.deleteLater()
        QApplication.processEvents()
