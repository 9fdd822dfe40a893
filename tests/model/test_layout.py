"""The automatic layout: one copy in the core, used by the canvas and the ONNX importer alike."""

import ast
from pathlib import Path

import numpy as np
import pytest

from netbuilder.model import layout
from netbuilder.model.layer import Layer
from netbuilder.model.layout import LAYER_GAP_X, LAYER_GAP_Y, NEURON_SPACING, auto_positions, layer_height
from netbuilder.model.network import Network

ROOT = Path(__file__).resolve().parents[2]


def diamond(positions=None):
    """in(2) → a(3), b(40) → out(1): two layers share the middle column."""
    positions = positions or {}
    net = Network("diamond")
    ids = {}
    for key, units, role in (("in", 2, "input"), ("a", 3, "hidden"), ("b", 40, "hidden"), ("out", 1, "output")):
        ids[key] = net.add_layer(Layer(units, role=role, name=key, position=positions.get(key))).id
    for s, t in (("in", "a"), ("in", "b"), ("a", "out"), ("b", "out")):
        net.connect(ids[s], ids[t])
    return net, ids


def test_heights_neuron_by_neuron_then_as_a_block():
    assert layer_height(1) == NEURON_SPACING
    assert layer_height(layout.NEURON_LIMIT) == layout.NEURON_LIMIT * NEURON_SPACING
    assert layer_height(layout.NEURON_LIMIT + 1) == layout.block_height(layout.NEURON_LIMIT + 1)
    assert layout.block_height(1) == 80.0 and layout.block_height(10**9) == 320.0
    assert layout.neuron_mode(32) and not layout.neuron_mode(33)


def test_columns_by_depth_each_centred():
    net, ids = diamond()
    pos = auto_positions(net, only_missing=False)
    assert pos[ids["in"]] == (0.0, 0.0) and pos[ids["out"]] == (2 * LAYER_GAP_X, 0.0)
    (xa, ya), (xb, yb) = pos[ids["a"]], pos[ids["b"]]
    assert xa == xb == LAYER_GAP_X
    ha, hb = layer_height(3), layer_height(40)
    assert yb - ya == pytest.approx(ha / 2 + LAYER_GAP_Y + hb / 2)
    assert (ya - ha / 2) == pytest.approx(-(yb + hb / 2))  # the column is centred on y = 0


def test_only_missing_positions_are_filled():
    net, ids = diamond({"a": (5.0, 7.0)})
    pos = auto_positions(net)
    assert ids["a"] not in pos and set(pos) == {ids["in"], ids["b"], ids["out"]}
    assert auto_positions(net, only_missing=False)[ids["b"]] == pos[ids["b"]]


def test_the_canvas_draws_with_the_cores_sizes():
    pytest.importorskip("PySide6")
    from netbuilder.ui.canvas import scene, style

    for name in ("NEURON_SPACING", "NEURON_LIMIT", "LAYER_GAP_X", "LAYER_GAP_Y", "block_height", "neuron_mode"):
        assert getattr(style, name) is getattr(layout, name), name
    assert scene.auto_positions is auto_positions, "the canvas places layers with the core's layout"


def _assigned_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.add(node.name)
    return found


def test_the_geometry_is_defined_once():
    """Neither the canvas nor the importer defines the spacing or a layout function of its own (they used to)."""
    own = {"NEURON_SPACING", "NEURON_LIMIT", "LAYER_GAP_X", "LAYER_GAP_Y", "COLUMN_GAP", "ROW_GAP",
           "block_height", "neuron_mode", "layer_height", "auto_positions", "_height", "_lay_out"}
    paths = [*(ROOT / "netbuilder" / "io").rglob("*.py"), *(ROOT / "netbuilder" / "ui" / "canvas").rglob("*.py")]
    assert paths
    for path in paths:
        clash = own & _assigned_names(path)
        assert not clash, f"{path.relative_to(ROOT)} defines {sorted(clash)}: use netbuilder.model.layout"


def test_an_imported_foreign_model_is_laid_out_like_the_canvas():
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    from netbuilder.io.onnx_import import network_from_onnx

    w1, w2 = np.ones((3, 40)), np.ones((40, 2))
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w1"], ["z1"]), helper.make_node("Relu", ["z1"], ["h"]),
         helper.make_node("MatMul", ["h", "w2"], ["y"])],
        "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])],
        [numpy_helper.from_array(w1.astype(np.float32), "w1"), numpy_helper.from_array(w2.astype(np.float32), "w2")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    net = network_from_onnx(model)
    expected = auto_positions(net, only_missing=False)
    assert {lid: layer.position for lid, layer in net.layers.items()} == expected
