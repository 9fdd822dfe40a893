"""Stepping through one training step of a CNN in the app: the convolution's window on the canvas, its tables,
max pooling's winner, and the export."""

import numpy as np

import netbuilder as nb
from netbuilder.ui.canvas.items import HIGHLIGHT
from netbuilder.ui.walkthrough import install_walkthrough

from .test_walkthrough_panel import settle


def cnn_document(window):
    net = nb.Sequential([nb.Input(shape=(6, 6, 1), name="Image"), nb.Conv2D(2, 3, activation="relu"),
                         nb.MaxPooling2D(2), nb.Flatten(), nb.Dense(2, "softmax")],
                        loss="categorical_crossentropy", optimizer={"name": "sgd", "learning_rate": 0.1}, seed=0)
    x = np.random.default_rng(0).uniform(0, 1, (4, 36)).round(2)
    net.dataset = {"kind": "inline", "x": x.tolist(), "y": np.eye(2)[[0, 1, 1, 0]].tolist(), "image_shape": [6, 6]}
    window.doc.set_network(net)
    return net, x


def test_a_convolution_step_marks_the_window_and_the_pixel(window, qtbot):
    panel = install_walkthrough(window)
    net, x = cnn_document(window)
    window.act_walkthrough.trigger()
    settle()
    model = panel.model
    model.flush()
    assert model.trace is not None, model.error
    start = next(k for k, s in enumerate(model.steps) if s.title.startswith("Convolution at"))
    model.go(start)
    settle()
    step = model.current
    conv = next(lid for lid, layer in net.layers.items() if layer.kind == "conv2d")
    item = window.scene.layer_items[conv]
    marked = [k for k, e in item.neuron_emphasis.items() if e == HIGHLIGHT]
    assert len(marked) == 1, "the output pixel"
    source = window.scene.layer_items[net.input_layer.id]
    assert len([k for k, e in source.neuron_emphasis.items() if e == HIGHLIGHT]) == 9, "the 3×3 window on the input"
    i, j, f = np.unravel_index(marked[0], net.shapes()[conv])
    kernel = net.connection_between(net.input_layer.id, conv).weights[:, :, 0, f]
    by_hand = (x[0].reshape(6, 6)[i:i + 3, j:j + 3] * kernel).sum() + net.layers[conv].bias[f]
    assert abs(list(step.values.values())[0] - by_hand) < 1e-12
    tables = {t.kind: t for t in model.tables(conv, "forward")}
    assert tables["z"].marked == {(i, j)} and tables["z"].values.shape == (4, 4)
    assert abs(tables["z"].values[i, j] - by_hand) < 1e-12


def test_the_cnn_walkthrough_steps_to_the_end_and_exports(window, qtbot, tmp_path):
    panel = install_walkthrough(window)
    cnn_document(window)
    window.act_walkthrough.trigger()
    settle()
    model = panel.model
    model.flush()
    titles = [s.title for s in model.steps]
    assert any(t.startswith("Max pooling") for t in titles) and any(t.startswith("Gradient of the kernel") for t in titles)
    while model.next():
        settle()
    assert model.at_end and model.current.phase == "check"
    out = model.export(tmp_path / "cnn.md")
    text = out.read_text(encoding="utf-8")
    assert "Convolution at" in text and "(the winner)" in text
