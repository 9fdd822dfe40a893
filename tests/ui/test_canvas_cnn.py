"""Building a convolutional network on the canvas as a user does: palette drops, connecting, the inspector, undo."""

import numpy as np
from PySide6.QtCore import QPointF

from netbuilder.model.shapes import describe
from netbuilder.ui.canvas.items import BundleItem

from .conftest import drag
from .test_canvas_editing import drop_palette, port_point, view_point


def body_point(window, layer_id):
    item = window.scene.layer_items[layer_id]
    return view_point(window, item.mapToScene(item.body_rect().center()))


def build_cnn(window):
    """Input 28×28×1 → Conv2D → MaxPooling2D → Flatten → Output, dragged from the palette and connected."""
    positions = {"input": -600, "conv2d": -350, "max_pooling2d": -100, "flatten": 150, "output": 400}
    for kind, x in positions.items():
        drop_palette(window, {"kind": kind}, QPointF(x, 0))
    net = window.doc.network
    by_kind = {}
    for layer in net.layers.values():
        by_kind["input" if layer.role == "input" else "output" if layer.role == "output" else layer.kind] = layer
    inp = by_kind["input"]
    inp.update(units=784, image_shape=(28, 28, 1))  # the data panel does this when MNIST is chosen
    chain = [by_kind[k] for k in positions]
    for a, b in zip(chain, chain[1:]):
        drag(window.view.viewport(), port_point(window, a.id), body_point(window, b.id))
    return net, chain


def test_a_cnn_built_from_the_palette_infers_its_shapes(window, qtbot):
    net, (inp, conv, pool, flat, out) = build_cnn(window)
    assert len(net.connections) == 4
    assert conv.kind == "conv2d" and conv.units == 8 and conv.activation.name == "relu"
    shapes = net.shapes()
    assert [describe(shapes[layer.id]) for layer in (conv, pool, flat, out)] == ["26×26×8", "13×13×8", "1352", "1"]
    assert net.connection_between(inp.id, conv.id).shape == (3, 3, 1, 8)
    assert net.connection_between(flat.id, out.id).shape == (1352, 1)
    assert window.scene.layer_items[conv.id].output_shape == (26, 26, 8), "the canvas draws the shape"
    bundle = next(i for i in window.scene.connection_items[net.connection_between(inp.id, conv.id).id])
    assert isinstance(bundle, BundleItem) and "kernels" in bundle.toolTip()
    qtbot.waitUntil(lambda: not [p for p in window.validation.problems if p.is_error], timeout=3000)


def test_the_inspector_edits_filters_kernel_stride_and_padding_undoably(window, qtbot):
    net, (inp, conv, pool, flat, out) = build_cnn(window)
    window.scene.clearSelection()
    window.scene.layer_items[conv.id].setSelected(True)
    page = window.inspector.layer_page
    qtbot.waitUntil(lambda: page.layer_id == conv.id, timeout=2000)
    assert page.units_label.text() == "Filters" and page.output.text() == "26×26×8"
    page.units.setValue(4)  # what typing 4 and Enter does (keyboard tracking is off)
    assert conv.units == 4 and describe(net.shapes()[flat.id]) == "676"
    assert net.connection_between(flat.id, out.id).shape == (676, 1), "the dense weights follow"
    page.kernel.boxes[0].setValue(5)
    assert conv.kernel_size == (5, 3) and net.shapes()[conv.id] == (24, 26, 4)
    page.padding.setCurrentIndex(page.padding.findData("same"))
    assert conv.padding == "same" and net.shapes()[conv.id] == (28, 28, 4)
    page.strides.boxes[1].setValue(2)
    assert net.shapes()[conv.id] == (28, 14, 4) and net.shapes()[pool.id] == (14, 7, 4)
    kernel = net.connection_between(inp.id, conv.id).weights.copy()
    assert kernel.shape == (5, 3, 1, 4)
    for _ in range(4):
        window.act_undo.trigger()
    assert (conv.units, conv.kernel_size, conv.padding, conv.strides) == (8, (3, 3), "valid", (1, 1))
    assert net.connection_between(flat.id, out.id).shape == (1352, 1), "undo restores the shapes downstream"
    window.act_redo.trigger()
    assert conv.units == 4 and net.connection_between(inp.id, conv.id).shape == (3, 3, 1, 4)


def test_pooling_shows_no_activation_and_refuses_one(window):
    net, (inp, conv, pool, flat, out) = build_cnn(window)
    drop_palette(window, {"kind": "activation", "name": "sigmoid"}, window.scene.layer_items[pool.id].pos())
    assert pool.activation.name == "linear"
    assert "no activation" in window.statusBar().currentMessage()
    window.scene.clearSelection()
    window.scene.layer_items[pool.id].setSelected(True)
    window.inspector.reload()
    page = window.inspector.layer_page
    assert not page.form.isRowVisible(page.activation) and page.form.isRowVisible(page.kernel)
    assert page.kernel_label.text() == "Pool size"


def test_a_kernel_weight_typed_in_the_inspector(window):
    net, (inp, conv, pool, flat, out) = build_cnn(window)
    cid = net.connection_between(inp.id, conv.id).id
    window.inspector.show_connection(cid)
    page = window.inspector.connection_page
    assert "8 filters, each 3×3 over 1 channels" in page.info.text()
    assert page.model.rowCount() == 9 and page.model.columnCount() == 8
    assert window.editor.set_kernel_weight(cid, 4, 2, 0.5)
    assert net.connections[cid].weights[1, 1, 0, 2] == 0.5, "row 4 is the kernel's centre"
    window.act_undo.trigger()
    assert net.connections[cid].weights[1, 1, 0, 2] != 0.5
    assert np.isfinite(net.connections[cid].weights).all()
