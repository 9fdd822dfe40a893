"""The decision boundary's plane: never a sliver, and the same before a run and during it (no jump at Start)."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from netbuilder.assets import resource
from netbuilder.engine.probes import plane_range
from netbuilder.io import load
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.ui.panels.probing import DocumentState


def _one_sample_net(x, y=(1.0,)):
    net = Sequential([Input(2), Dense(3, "sigmoid"), Dense(1, "sigmoid")], name="one sample", loss="mse", seed=2)
    net.dataset = {"kind": "inline", "name": "one", "x": np.array([x]), "y": np.array([y]), "task": "regression"}
    net.set_training(epochs=100000, batch_size=1)
    return net


def _line_net():
    """Samples on a vertical line x₁ = 0.1, x₂ from 0 to 10."""
    net = _one_sample_net([0.1, 0.0])
    x = np.column_stack([np.full(6, 0.1), np.linspace(0.0, 10.0, 6)])
    net.dataset = {"kind": "inline", "name": "line", "x": x, "y": np.linspace(0, 1, 6).reshape(-1, 1),
                   "task": "regression"}
    return net


def _ranges(boundary):
    return (boundary.xs[0], boundary.xs[-1]), (boundary.ys[0], boundary.ys[-1])


def test_the_plane_around_one_sample_and_along_a_line_is_square_ish():
    (x0, x1), (y0, y1) = plane_range([[0.1, 0.2]], margin=0.0)
    assert (x0, x1) == pytest.approx((-0.4, 0.6)) and (y0, y1) == pytest.approx((-0.3, 0.7))
    (x0, x1), (y0, y1) = plane_range([[4.0, 0.1]], margin=0.0)  # a point far out: a square around it
    assert (x1 - x0) == (y1 - y0) == 4.0 and (x0 + x1) / 2 == 4.0 and (y0 + y1) / 2 == pytest.approx(0.1)
    for line in ([[0.1, 0.0], [0.1, 4.0], [0.1, 10.0]],  # parallel to an axis
                 [[3.0, -2.0], [3.0 + 1e-13, 5.0]],  # nearly: within rounding
                 [[-5.0, 7.0], [5.0, 7.0]]):
        (x0, x1), (y0, y1) = plane_range(line, margin=0.1)
        width, height = x1 - x0, y1 - y0
        assert width > 0 and height > 0 and 0.9 <= width / height <= 1.1, (line, width, height)
        p = np.asarray(line)
        assert x0 <= p[:, 0].min() and p[:, 0].max() <= x1 and y0 <= p[:, 1].min() and p[:, 1].max() <= y1
    # samples that spread in both directions keep their own range
    assert plane_range([[0.0, 0.0], [1.0, 2.0]], margin=0.0) == ((0.0, 1.0), (0.0, 2.0))


@pytest.mark.parametrize("make", [lambda: load(resource("examples", "worked_example.nbn")),
                                  lambda: _one_sample_net([3.0, 4.0]), _line_net],
                         ids=["worked example", "one sample at (3, 4)", "samples on a line"])
def test_the_live_picture_spans_the_idle_pictures_plane(window, qtbot, make):
    net = make()
    net.set_training(epochs=100000)
    window.set_network(net)
    panel = window.panels.boundary
    idle = DocumentState().snapshot(window.doc.network).boundary
    qtbot.waitUntil(lambda: panel.boundary is not None, timeout=5000)
    assert _ranges(panel.boundary) == _ranges(idle)
    shown = panel._rect_key
    (x0, x1), (y0, y1) = _ranges(idle)
    assert 0.5 <= (x1 - x0) / (y1 - y0) <= 2.0, "square-ish"
    before = panel.boundary
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: window.panels.live and panel.boundary is not before, timeout=10000)
        assert _ranges(panel.boundary) == _ranges(idle)
        assert panel._rect_key == shown, "the picture did not jump when the run started"
    finally:
        window.training.controller.stop()
        qtbot.waitUntil(lambda: not window.training.active, timeout=10000)
