"""The convolution panels: learned filters (and their gradients) and feature maps, from real training and the document."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

import netbuilder as nb
from netbuilder.data import Dataset
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.probes import SnapshotProbe, feature_maps
from netbuilder.session import Control, TrainingSession
from netbuilder.ui.panels.feature_maps import FeatureMapsPanel
from netbuilder.ui.panels.filters import FiltersPanel

from .test_panels import shown


def small_cnn():
    return nb.Sequential([nb.Input(shape=(8, 8, 1)), nb.Conv2D(4, 3, activation="relu"), nb.MaxPooling2D(2),
                          nb.Conv2D(3, 2, activation="tanh"), nb.Flatten(), nb.Dense(2, "softmax")],
                         loss="categorical_crossentropy", optimizer={"name": "adam", "learning_rate": 0.01},
                         batch_size=8, epochs=3, seed=1)


def images(n=32, seed=0):
    """Bright left half (class 0) or bright right half (class 1), with noise."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, n)
    x = rng.uniform(0, 0.2, (n, 8, 8))
    for k, c in enumerate(labels):
        x[k, :, :4] += 0.8 * (c == 0)
        x[k, :, 4:] += 0.8 * (c == 1)
    return Dataset("halves", x.reshape(n, -1), np.eye(2)[labels], "multiclass", image_shape=(8, 8))


def last_snapshot(net, feature_sample=0):
    reports = []
    probe = SnapshotProbe(feature_sample=feature_sample)
    outcome = TrainingSession(net, images(), rate=0, probe_interval=0, probe=probe).run(Control(), reports.append)
    assert outcome.steps > 0
    return reports[-1]


def test_filters_show_the_trained_kernels_and_their_gradients(qtbot):
    net = small_cnn()
    snap = last_snapshot(net)
    panel = shown(qtbot, FiltersPanel())
    panel.set_network(net)
    panel.add_snapshot(snap)
    first = next(c for c in net.connections.values() if c.is_kernel)
    assert panel.connection_id == first.id and len(panel.images) == 4
    kernel = snap.parameters.weights[first.id]
    np.testing.assert_array_equal(panel.images[(2, 0)].image, kernel[:, :, 0, 2])
    panel.set_mode("gradients")
    np.testing.assert_array_equal(panel.images[(2, 0)].image, snap.gradients.weights[first.id][:, :, 0, 2])
    second = [c for c in net.connections.values() if c.is_kernel][1]
    panel.connection_box.setCurrentIndex(panel.connection_box.findData(second.id))
    assert len(panel.images) == 3 * 4, "one row per filter, one column per input channel"
    np.testing.assert_array_equal(panel.images[(1, 3)].image, snap.gradients.weights[second.id][:, :, 3, 1])
    assert "3 filters of 2×2 over 4 channels" in panel.caption.text


def test_feature_maps_follow_the_chosen_sample_while_training(qtbot):
    net = small_cnn()
    snap = last_snapshot(net, feature_sample=5)
    assert snap.feature_sample == 5 and set(snap.feature_maps) == {
        lid for lid, layer in net.layers.items() if layer.kind in ("conv2d", "max_pooling2d") or layer.role == "input"}
    panel = shown(qtbot, FeatureMapsPanel())
    panel.set_network(net)
    panel.add_snapshot(snap)
    conv = next(lid for lid, layer in net.layers.items() if layer.kind == "conv2d")
    caption, items = panel.rows[conv]
    assert len(items) == 4 and "6×6×4" in caption.text
    np.testing.assert_array_equal(items[3].image, snap.feature_maps[conv][:, :, 3])
    assert panel.predicted == int(np.argmax(snap.feature_output))



def test_feature_maps_keep_their_size_in_a_low_dock_and_scroll_instead(window, qtbot):
    """Four layers' rows in a dock 200 px high: before, the maps shrank to nothing and only captions showed."""
    from netbuilder.ui.panels.feature_maps import MIN_MAP_SIDE

    net = small_cnn()
    data = images(20)
    net.dataset = {"kind": "inline", "x": data.x.tolist(), "y": data.y.tolist(), "image_shape": [8, 8]}
    window.resize(1280, 720)
    window.doc.set_network(net)
    panels = window.panels
    dock = panels.docks["feature_maps"]
    dock.raise_()
    window.resizeDocks([dock], [200], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: bool(panels.feature_maps.rows), timeout=3000)
    qtbot.wait(50)
    for caption, items in panels.feature_maps.rows.values():
        for item in items:
            side = item.getViewBox().sceneBoundingRect()
            assert side.height() >= MIN_MAP_SIDE - 1 and side.width() >= MIN_MAP_SIDE - 1
    assert window.height() <= 720, "the dock scrolls; the window does not grow"

def test_the_window_draws_the_documents_feature_maps_and_filters(window, qtbot):
    net = small_cnn()
    data = images(20)
    net.dataset = {"kind": "inline", "x": data.x.tolist(), "y": data.y.tolist(), "image_shape": [8, 8]}
    window.doc.set_network(net)
    panels = window.panels
    panels.docks["feature_maps"].raise_()
    qtbot.waitUntil(lambda: bool(panels.feature_maps.maps), timeout=3000)
    panels.feature_maps.sample_box.setValue(7)
    compiled = CompiledNetwork(window.doc.network)
    expected, output = feature_maps(compiled, np.asarray(window.doc.network.dataset["x"][7]))
    conv = next(lid for lid, layer in window.doc.network.layers.items() if layer.kind == "conv2d")
    np.testing.assert_allclose(panels.feature_maps.maps[conv], expected[conv])
    assert panels.feature_maps.sample_box.maximum() == 19
    panels.docks["filters"].raise_()
    qtbot.waitUntil(lambda: bool(panels.filters.images), timeout=3000)


@pytest.mark.parametrize("kind", ["filters", "feature_maps"])
def test_cnn_panels_export(qtbot, tmp_path, kind):
    net = small_cnn()
    snap = last_snapshot(net)
    panel = shown(qtbot, FiltersPanel() if kind == "filters" else FeatureMapsPanel())
    panel.set_network(net)
    panel.add_snapshot(snap)
    for suffix in ("png", "svg"):
        out = panel.export(tmp_path / f"{kind}.{suffix}")
        assert out.stat().st_size > 500


def test_drawing_a_digit_classifies_it_and_shows_its_maps(window, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    net = small_cnn()
    data = images(20)
    net.dataset = {"kind": "inline", "x": data.x.tolist(), "y": data.y.tolist(), "image_shape": [8, 8]}
    window.doc.set_network(net)
    panel = window.panels.feature_maps
    window.panels.docks["feature_maps"].raise_()
    qtbot.waitUntil(lambda: bool(panel.maps), timeout=3000)
    panel.draw_box.click()
    pad = panel.pad
    assert pad.side == 8 and pad.width() == 112, "the pad draws images of the network's input size"
    with qtbot.waitSignal(panel.digitDrawn, timeout=2000):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(14, 7))
        for y in range(7, 112, 10):
            QTest.mouseMove(pad, QPoint(14, y))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(14, 105))
    assert pad.pixels[:, :3].sum() > 5 and pad.pixels[:, 5:].sum() == 0, "a stroke down the left half"
    compiled = CompiledNetwork(window.doc.network)
    expected, output = feature_maps(compiled, pad.image())
    conv = next(lid for lid, layer in window.doc.network.layers.items() if layer.kind == "conv2d")
    np.testing.assert_allclose(panel.maps[conv], expected[conv])
    assert panel.predicted == int(np.argmax(output)) and "predicted class" in panel.prediction.text()


def test_a_click_on_an_image_in_the_data_panel_chooses_the_sample(window, qtbot):
    net = small_cnn()
    data = images(20)
    net.dataset = {"kind": "inline", "x": data.x.tolist(), "y": data.y.tolist(), "image_shape": [8, 8]}
    window.doc.set_network(net)
    grid = window.data_panel.images
    grid.set_images(data.x[:6].reshape(6, 8, 8), [str(k) for k in range(6)])
    grid.resize(300, 300)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.tile_rect(4).center())
    assert grid.chosen == 4 and window.panels.feature_maps.sample == 4
