"""Building a network on the canvas as a user does: palette drops, connecting, typing values, undo."""

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from netbuilder.ui.canvas.items import BundleItem, EdgeItem

from .conftest import answer_next_dialog, double_click, drag, open_template, view_point


def drop_palette(window, entry, scene_pos):
    item = window.palette.item_for(entry)
    assert item is not None, entry
    mime = window.palette.mimeData([item])
    vp = window.view.viewport()
    pos = view_point(window, scene_pos)
    for cls in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(vp, cls(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(vp, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                          Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()


def port_point(window, layer_id):
    item = window.scene.layer_items[layer_id]
    return view_point(window, item.mapToScene(item.port_rect().center()))


def layer_point(window, layer_id, neuron=0):
    item = window.scene.layer_items[layer_id]
    return view_point(window, item.mapToScene(item.neuron_centre(neuron)))


def build_two_layers(window):
    drop_palette(window, {"kind": "input"}, QPointF(-200, 0))
    drop_palette(window, {"kind": "output"}, QPointF(150, 0))
    net = window.doc.network
    (inp,) = net.layers_with_role("input")
    (out,) = net.layers_with_role("output")
    return net, inp, out


def test_drag_layers_from_the_palette_and_connect_them(window, qtbot):
    net, inp, out = build_two_layers(window)
    assert inp.units == 2 and inp.position == (-200.0, 0.0)
    assert out.units == 1 and out.activation.name == "sigmoid"
    drag(window.view.viewport(), port_point(window, inp.id), layer_point(window, out.id))
    (conn,) = net.connections.values()
    assert (conn.source, conn.target, conn.shape) == (inp.id, out.id, (2, 1))
    assert np.any(conn.weights != 0), "fresh weights from the initializer"
    edges = [i for i in window.scene.items() if isinstance(i, EdgeItem)]
    assert len(edges) == 2
    assert "Connect" in window.act_undo.text().replace("&", "")
    qtbot.waitUntil(lambda: window.validation.problems == [], timeout=2000)


def test_neuron_dropped_on_a_layer_adds_a_neuron_and_on_canvas_makes_a_layer(window):
    net, inp, out = build_two_layers(window)
    drop_palette(window, {"kind": "neuron"}, window.scene.layer_items[inp.id].pos())
    assert inp.units == 3
    assert window.act_undo.text().replace("&", "") == "Undo Add a neuron to “Input”"
    drop_palette(window, {"kind": "neuron"}, QPointF(0, 300))
    single = [l for l in net.layers.values() if l.name == "Neuron"]
    assert len(single) == 1 and single[0].units == 1 and single[0].role == "hidden"
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert inp.units == 2 and len(net.layers) == 2


def test_activation_dropped_on_a_layer(window):
    net, inp, out = build_two_layers(window)
    drop_palette(window, {"kind": "activation", "name": "relu"}, window.scene.layer_items[out.id].pos())
    assert out.activation.name == "relu"
    drop_palette(window, {"kind": "activation", "name": "relu"}, window.scene.layer_items[inp.id].pos())
    assert inp.activation.name == "linear"
    assert "input layer passes the data on unchanged" in window.statusBar().currentMessage()


def test_double_click_an_edge_to_type_a_weight(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    hidden = net.layer("Hidden")
    conn = net.inbound(hidden.id)[0]
    edge = window.scene.edge_item(conn.id, 1, 0)
    point = view_point(window, edge.path().pointAtPercent(0.62))

    def type_value(dialog):
        dialog.edit.setText("0.45")
        dialog._accept()

    answer_next_dialog(type_value)
    double_click(window.view.viewport(), point)
    qtbot.waitUntil(lambda: conn.weights[1, 0] == 0.45)
    assert window.act_undo.text().replace("&", "").startswith("Undo Set weight")
    window.act_undo.trigger()
    assert conn.weights[1, 0] == 0.4
    window.act_redo.trigger()
    assert conn.weights[1, 0] == 0.45


def test_double_click_a_neuron_to_type_its_bias_and_bad_text_is_refused(window, qtbot):
    open_template(window, "worked_example")
    out = window.doc.network.output_layer
    seen = []

    def first(dialog):
        dialog.edit.setText("not a number")
        dialog._accept()
        seen.append(dialog.error.text())
        dialog.edit.setText("-0.25")
        dialog._accept()

    answer_next_dialog(first)
    double_click(window.view.viewport(), layer_point(window, out.id, 0))
    qtbot.waitUntil(lambda: out.bias[0] == -0.25)
    assert "Type a number" in seen[0]


def test_delete_a_single_edge_then_restore_it(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    conn = net.inbound(net.output_layer.id)[0]
    edge = window.scene.edge_item(conn.id, 2, 0)
    edge.setSelected(True)
    window.act_delete.trigger()
    assert not conn.is_enabled(2, 0) and net.parameter_count() == 12
    edge = window.scene.edge_item(conn.id, 2, 0)
    assert edge.pen().style() == Qt.PenStyle.DashLine or not edge.enabled
    window.scene.clearSelection()
    window.scene.edge_item(conn.id, 2, 0).setSelected(True)
    window.act_delete.trigger()
    assert conn.is_enabled(2, 0)


def test_delete_key_removes_a_layer_and_undo_brings_it_back(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    before = net.get_parameters()
    hidden = net.layer("Hidden")
    window.scene.layer_items[hidden.id].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "Hidden" not in [l.name for l in net.layers.values()] and not net.connections
    qtbot.waitUntil(lambda: any("not connected" in p.message for p in window.validation.problems), timeout=2000)
    window.act_undo.trigger()
    assert net.get_parameters().equals(before)


def test_inspector_changes_size_and_activation_undoably(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    hidden = net.layer("Hidden")
    window.scene.layer_items[hidden.id].setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.stack.currentWidget() is window.inspector.layer_page)
    page = window.inspector.layer_page
    page.units.setValue(5)
    assert hidden.units == 5 and net.inbound(hidden.id)[0].shape == (2, 5)
    page.activation.setCurrentIndex(page.activation.findData("leaky_relu"))
    assert hidden.activation.name == "leaky_relu"
    qtbot.waitUntil(lambda: page.param.isVisible())
    page.param.setValue(0.2)
    assert hidden.activation.params["alpha"] == pytest.approx(0.2)
    assert window.act_undo.text().replace("&", "") == "Undo Set activation of “Hidden” to leaky_relu"
    window.act_undo.trigger()
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert hidden.units == 3 and hidden.activation.name == "sigmoid"


def test_weight_table_in_the_inspector(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    conn = net.inbound(net.layer("Hidden").id)[0]
    window.scene.edge_item(conn.id, 0, 0).setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.stack.currentWidget() is window.inspector.connection_page)
    model = window.inspector.connection_page.table.model()
    assert model.data(model.index(1, 2)) == "0.6"
    assert model.setData(model.index(1, 2), "0,75")
    assert conn.weights[1, 2] == 0.75
    assert not model.setData(model.index(1, 2), "abc") and "not a number" in model.error
    page = window.inspector.connection_page
    page.weight.setText("0.125")
    page._weight()
    assert conn.weights[0, 0] == 0.125


def test_move_a_layer_by_dragging_keeps_the_position(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    out = net.output_layer
    item = window.scene.layer_items[out.id]
    start = view_point(window, item.mapToScene(item.body_rect().center()))
    drag(window.view.viewport(), start, start + QPointF(0, 60).toPoint())
    assert out.position is not None and out.position[1] > 20
    assert window.act_undo.text().replace("&", "") == "Undo Move “Output (service life)”"
    window.act_undo.trigger()
    assert out.position is None


def test_copy_and_paste_layers_with_their_connection(window, qtbot):
    open_template(window, "worked_example")
    net = window.doc.network
    for lid in list(net.layers)[:2]:
        window.scene.layer_items[lid].setSelected(True)
    window.act_copy.trigger()
    window.act_paste.trigger()
    assert len(net.layers) == 5 and len(net.connections) == 3
    pasted = window.scene.selected_layers()
    assert len(pasted) == 2
    new_conn = [c for c in net.connections.values() if c.source in pasted and c.target in pasted][0]
    np.testing.assert_array_equal(new_conn.weights, [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
    window.act_undo.trigger()
    assert len(net.layers) == 3 and len(net.connections) == 2


def test_mnist_mlp_is_drawn_with_blocks_and_bundles(window):
    open_template(window, "mnist_mlp")
    bundles = [i for i in window.scene.items() if isinstance(i, BundleItem)]
    edges = [i for i in window.scene.items() if isinstance(i, EdgeItem)]
    assert len(bundles) == 3 and not edges
    assert not window.scene.layer_items[window.doc.network.input_layer.id].neuron_mode


def test_zoom_with_wheel_and_keys_and_fit(window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    open_template(window, "worked_example")
    before = window.view.zoom
    centre = window.view.viewport().rect().center()
    wheel = QWheelEvent(QPointF(centre), QPointF(window.view.viewport().mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.view.viewport(), wheel)
    assert window.view.zoom == pytest.approx(before * 1.15**2, rel=1e-6)
    window.act_zoom_out.trigger()
    assert window.view.zoom < before * 1.15**2
    window.act_fit.trigger()
    rect = window.view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
    assert window.view.viewport().rect().contains(rect.adjusted(10, 10, -10, -10))
    assert window.act_fit.shortcut() == QKeySequence("Ctrl+0")


def test_arrange_puts_layers_left_to_right(window):
    open_template(window, "worked_example")
    net = window.doc.network
    net.set_positions({lid: (0.0, float(k * 50)) for k, lid in enumerate(net.layers)})
    window.act_arrange.trigger()
    xs = [net.layers[lid].position[0] for lid in net.topological_order()]
    assert xs == sorted(xs) and len(set(xs)) == 3
