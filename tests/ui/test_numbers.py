"""Numbers that are right: the panels show the final state of the run that just ended, of the open document
only; the decision boundary before any training; what one sample has instead of R²; a network trained on
the command line shows its last run's result."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netbuilder import api, templates
from netbuilder.io import load, save
from netbuilder.model.builders import Dense, Input, Sequential

from .conftest import open_template


def settle(qtbot, window, ms=300):
    qtbot.wait(ms)
    QApplication.processEvents()


def show_metrics(qtbot, window):
    """Bring the Metrics tab to the front, as a click on its tab does."""
    dock = window.panels.docks["metrics"]
    dock.show()
    dock.raise_()
    QApplication.processEvents()
    return window.panels.metrics


def tick_names(matrix):
    ticks = matrix.plot.getAxis("bottom")._tickLevels
    return [name for _, name in ticks[0]] if ticks else []


def small_mnist(path, limit=1500):
    net = load(templates.TEMPLATES["mnist_mlp"][2] and _example("mnist_mlp.nbn"))
    net.dataset = {"kind": "builtin", "name": "mnist", "params": {"limit": limit}}
    net.set_training(epochs=1, validation_split=0.0)
    save(net, path)
    return path


def _example(name):
    from netbuilder.assets import resource

    return resource("examples", name)


def circles_file(path):
    net = templates.xor()
    net.dataset = {"kind": "builtin", "name": "circles", "params": {"n": 200}}
    save(net, path)
    return path


def test_a_short_mnist_run_shows_its_final_accuracy_and_a_file_switch_clears_it(window, qtbot, tmp_path):
    circles = circles_file(tmp_path / "circles.nbn")
    assert window.open_file(circles)
    settle(qtbot, window)
    metrics = show_metrics(qtbot, window)
    assert metrics.class_names == ["outer", "inner"]

    assert window.open_file(small_mnist(tmp_path / "mnist.nbn"))
    settle(qtbot, window)
    assert metrics.class_names == [], "the class names of the file opened before are gone"
    assert metrics.confusion is None and metrics.stack.currentWidget() is metrics.empty

    panel = window.training.panel
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=120000)
    outcome = window.training.last_outcome
    assert outcome is not None and outcome.epochs == 1
    settle(qtbot, window, 400)
    assert metrics.stack.currentWidget() is metrics.graphics
    which = "test" if "test" in metrics.confusion else "train"
    matrix = metrics.confusion[which]
    accuracy = np.trace(matrix) / matrix.sum()
    assert outcome.final_on == which
    assert abs(accuracy - outcome.final["accuracy"]) < 1e-9, "the Metrics panel and the Training panel agree"
    assert accuracy > 0.6, "one epoch teaches MNIST more than chance"
    assert f"{100 * accuracy:.1f} %" in metrics.matrices[1 if which == "test" else 0].plot.titleLabel.text
    assert tick_names(metrics.matrices[0])[:3] == ["0", "1", "2"]
    assert f"{outcome.final['accuracy']:.4g}" in panel.status.text()

    # another file: nothing of the MNIST run remains on its panels
    assert window.open_file(circles, ask=False)
    settle(qtbot, window)
    assert metrics.class_names == ["outer", "inner"]
    assert metrics.confusion is not None and metrics.confusion["train"].shape == (2, 2)
    assert panel.status.text() == "", "the last document's messages are gone"


def test_a_network_trained_on_the_command_line_shows_its_last_runs_result(window, qtbot, tmp_path):
    path = small_mnist(tmp_path / "trained.nbn", limit=800)
    net = load(path)
    result = api.train(net)
    save(net, path)
    assert window.open_file(path)
    settle(qtbot, window)
    metrics = show_metrics(qtbot, window)
    assert metrics.stack.currentWidget() is metrics.empty
    text = metrics.empty.text()
    assert "Train the network to see" not in text
    final = net.history.latest.settings["final"]
    which = next(iter(final))
    assert "The last training run (1 epoch) ended with:" in text
    assert f"{100 * final[which]['accuracy']:.1f} %" in text and result is not None


def test_the_decision_boundary_is_drawn_before_training_for_two_raw_inputs(window, qtbot):
    # a network built by hand, without data yet: the untrained network's output over −1…1
    net = Sequential([Input(2), Dense(3, "tanh"), Dense(1, "sigmoid")])
    window.set_network(net)
    settle(qtbot, window)
    boundary = window.panels.boundary
    assert boundary.boundary is not None and boundary.stack.currentWidget() is boundary.graphics
    assert boundary.boundary.xs.min() == -1 and boundary.boundary.xs.max() == 1
    assert not boundary.boundary.points
    # the XOR template before its first step
    open_template(window, "xor")
    settle(qtbot, window)
    assert window.doc.network.history.latest is None
    assert boundary.boundary is not None and set(boundary.boundary.points) == {"train"}
    # one input: no plane to draw
    open_template(window, "perceptron_not")
    settle(qtbot, window)
    assert boundary.boundary is None and boundary.stack.currentWidget() is boundary.empty


def test_one_sample_shows_its_prediction_instead_of_r2(window, qtbot):
    open_template(window, "worked_example")
    settle(qtbot, window)
    metrics = show_metrics(qtbot, window)
    assert metrics.stack.currentWidget() is metrics.r2_graphics
    text = metrics.r2_label.text
    assert "R² = 0" not in text and "R²" not in text
    assert "target y = 1" in text and "prediction ŷ = 0.867" in text
    assert "one sample" in metrics.r2_note.text
    # a step later the prediction follows the network
    qtbot.mouseClick(window.training.panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "prediction ŷ = 0.867" not in metrics.r2_label.text, timeout=10000)
    assert "R² =" not in metrics.r2_label.text
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.active, timeout=10000)
