"""Train → Compare…: the same network trained N times in the background, N labelled curves in the Loss panel,
N rows in the table; Cancel stops cleanly; the document is not changed."""

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from netbuilder.ui.compare_dialog import LEARNING_RATE, SEED, parse_rates

from .conftest import open_template


def open_compare(window, qtbot, template="xor", **training):
    open_template(window, template)
    if training:
        window.doc.network.set_training(**training)
    window.act_compare.trigger()  # Train → Compare…
    dialog = window.compare_dialog
    qtbot.waitExposed(dialog)
    return dialog


def legend_names(loss_panel):
    return [label.text for _, label in loss_panel.loss_legend.items]


def test_the_train_menu_opens_the_dialog(window, qtbot):
    assert window.act_compare in window.train_menu.actions()
    dialog = open_compare(window, qtbot)
    assert dialog.isVisible() and not dialog.isModal(), "the window stays usable"
    assert dialog.epochs_box.value() == window.doc.network.training.epochs


def test_comparing_initialisations_on_xor_gives_four_labelled_curves_and_rows(window, qtbot):
    dialog = open_compare(window, qtbot, epochs=60, batch_size=None, optimizer={"name": "adam", "learning_rate": 0.05})
    net = window.doc.network
    before, steps = net.get_parameters(), window.doc.undo_stack.count()
    dialog.epochs_box.setValue(60)
    dialog.target_box.setValue(0.3)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
    assert window.isEnabled() and not window.doc.locked, "the network can still be looked at and edited"
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    labels = ["zeros", "small random (σ = 0.01)", "Glorot uniform", "He normal"]
    rows = dialog.rows()
    assert [row[0] for row in rows] == labels
    assert dialog.table.horizontalHeaderItem(3).text() == "Epochs to loss ≤ 0.3"
    assert rows[0][3] == "not reached", "all-zero weights keep every hidden unit the same: XOR stays unsolved"
    assert all(row[1] != "—" and row[2].endswith("%") for row in rows)
    loss = window.panels.loss
    assert [label for label, _ in loss.comparison] == labels
    curves = [c for c in loss.overlay_curves if c.yData is not None and len(c.yData)]
    assert len(curves) == 4 and all(len(c.yData) == 60 for c in curves), "a curve per run, an epoch per point"
    assert all(label in legend_names(loss) for label in labels)
    assert dialog.progress.value() == dialog.progress.maximum() and "Done" in dialog.status.text()
    assert net.get_parameters().equals(before) and window.doc.undo_stack.count() == steps, "the document is untouched"
    assert not net.history.runs
    # the next real run takes the comparison away
    window.training.start()
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    assert not loss.comparison and not any(label in legend_names(loss) for label in labels)


def test_learning_rates_and_seeds(window, qtbot):
    dialog = open_compare(window, qtbot, epochs=20, batch_size=None)
    dialog.set_kind(LEARNING_RATE)
    dialog.rates_edit.clear()
    qtbot.keyClicks(dialog.rates_edit, "0.001, 0.5")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert [row[0] for row in dialog.rows()] == ["learning rate 0.001", "learning rate 0.5"]
    dialog.set_kind(SEED)
    dialog.seeds_box.setValue(3)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert [row[0] for row in dialog.rows()] == ["seed 0", "seed 1", "seed 2"]
    assert len(window.panels.loss.comparison) == 3, "a new comparison replaces the last one"


def test_a_bad_list_of_rates_is_refused_in_words(window, qtbot):
    dialog = open_compare(window, qtbot)
    dialog.set_kind(LEARNING_RATE)
    dialog.rates_edit.setText("0.1, fast")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.status.text() == "“fast” is not a number."
    assert parse_rates("0.01; 0.1 1") == [0.01, 0.1, 1.0]
    with pytest.raises(ValueError, match="larger than 0"):
        parse_rates("0")


def test_cancel_stops_cleanly_and_keeps_the_finished_runs(window, qtbot):
    dialog = open_compare(window, qtbot, batch_size=1)
    dialog.epochs_box.setValue(100_000)  # far more than anyone waits for
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.wait(300)
    QApplication.processEvents()  # the window answers while the runs train
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert "Cancelled after 0 of 4 runs" in dialog.status.text()
    assert dialog.rows() == [] and not window.panels.loss.comparison, "the run cut short is no result"
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not any(t.objectName() == "netbuilder-compare" and t.isRunning() for t in window.findChildren(QThread))


def test_closing_the_dialog_or_the_window_while_comparing_ends_the_thread(window, qtbot):
    dialog = open_compare(window, qtbot, batch_size=1)
    dialog.epochs_box.setValue(100_000)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    dialog.close()
    assert not dialog.running
    window.act_compare.trigger()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    window._stop_compare()  # what closing the window does first
    assert not dialog.running


def test_a_network_without_data_cannot_be_compared(window, qtbot):
    dialog = open_compare(window, qtbot, template="empty")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and "no data to train on" in dialog.status.text()
