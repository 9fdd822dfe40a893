"""ONNX export and import: onnxruntime gives the engine's outputs, imports round-trip, problems are named."""

import math

import numpy as np
import pytest

onnx = pytest.importorskip("onnx", reason="the ONNX tests need the 'onnx' package (pip install '.[test]')")
ort = pytest.importorskip("onnxruntime", reason="the ONNX tests need onnxruntime (pip install '.[test]')")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from netbuilder import api, templates  # noqa: E402
from netbuilder.engine import CompiledNetwork  # noqa: E402
from netbuilder.io import NetworkFileError  # noqa: E402
from netbuilder.io.onnx_export import save_onnx, to_onnx  # noqa: E402
from netbuilder.io.onnx_import import load_onnx, network_from_onnx  # noqa: E402
from netbuilder.model.builders import Dense, Input, Sequential  # noqa: E402
from netbuilder.model.catalog import ACTIVATIONS  # noqa: E402
from netbuilder.model.layer import Layer  # noqa: E402
from netbuilder.model.network import Network  # noqa: E402

TOL = 1e-5


def run_onnx(model, x):
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})[0]


def engine(net, x):
    return CompiledNetwork(net).predict(x)


def samples(n_inputs, dtype="float64", n=9, seed=0):
    return (np.random.default_rng(seed).normal(size=(n, n_inputs)) * 2).astype(dtype)


#: Every activation of the catalog, some with non-default parameters.
ACTIVATION_CASES = [
    "linear", "step", "sigmoid", "tanh", "relu", {"name": "leaky_relu", "alpha": 0.1}, "leaky_relu", "prelu",
    {"name": "elu", "alpha": 0.7}, "elu", {"name": "swish", "beta": 1.5}, "swish", "gelu", "softmax",
]


def test_the_cases_cover_every_activation():
    named = {c if isinstance(c, str) else c["name"] for c in ACTIVATION_CASES}
    assert named == set(ACTIVATIONS)


def graph_net(activation, dtype="float64"):
    """Input → H (masked) → H2 (dropout) → Out, plus a skip connection Input → Out."""
    net = Network("graph", dtype=dtype, seed=3)
    a = net.add_layer(Layer(3, role="input", name="In", position=(0, 0)))
    h = net.add_layer(Layer(4, activation, name="H", bias=np.linspace(-0.5, 0.5, 4), position=(200, 10)))
    h2 = net.add_layer(Layer(5, "tanh", name="H2", dropout=0.3, bias=0.1))
    o = net.add_layer(Layer(2, activation, role="output", name="Out", bias=[0.2, -0.1]))
    first = net.connect(a.id, h.id)
    net.connect(h.id, h2.id)
    net.connect(h2.id, o.id)
    net.connect(a.id, o.id)
    net.set_edge_enabled(first.id, 0, 1, False)
    net.set_edge_enabled(first.id, 2, 3, False)
    if net.layers[h.id].alpha is not None:
        net.update_layer(h.id, alpha=[0.1, -0.2, 0.3, 0.4])
    return net


@pytest.mark.parametrize("key", [k for k in templates.TEMPLATES if k != "empty"])
def test_every_template_runs_in_onnxruntime_as_in_the_engine(key):
    net = templates.TEMPLATES[key][1]()
    model = to_onnx(net)
    x = samples(net.input_layer.units, net.dtype)
    if key == "mnist_mlp":
        x = np.random.default_rng(0).random((9, 784)).astype("float32")
    out = run_onnx(model, x)
    assert out.dtype == np.dtype(net.dtype)
    np.testing.assert_allclose(out, engine(net, x), rtol=TOL, atol=TOL)


def test_the_empty_template_cannot_be_exported():
    with pytest.raises(ValueError, match="cannot be exported: The network is empty"):
        to_onnx(templates.empty())


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("activation", ACTIVATION_CASES, ids=lambda a: a if isinstance(a, str) else f"{a['name']}-custom")
def test_every_activation_with_masks_skips_and_dropout(activation, dtype):
    net = graph_net(activation, dtype)
    x = samples(3, dtype)
    out = run_onnx(to_onnx(net), x)
    assert out.dtype == np.dtype(dtype)
    np.testing.assert_allclose(out, engine(net, x), rtol=TOL, atol=TOL)


def test_masks_stay_visible_in_the_graph():
    model = to_onnx(graph_net("relu"))
    ops = [n.op_type for n in model.graph.node]
    assert "Mul" in ops and any(i.name == "H/mask" for i in model.graph.initializer)
    meta = {p.key: p.value for p in model.metadata_props}
    assert meta["netbuilder.input"] == "network"


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("activation", ACTIVATION_CASES, ids=lambda a: a if isinstance(a, str) else f"{a['name']}-custom")
def test_exported_then_imported_networks_give_the_same_outputs(activation, dtype):
    net = graph_net(activation, dtype)
    back = network_from_onnx(to_onnx(net))
    x = samples(3, dtype)
    np.testing.assert_allclose(engine(back, x), engine(net, x), rtol=1e-12 if dtype == "float64" else TOL, atol=1e-12 if dtype == "float64" else TOL)
    assert back.dtype == dtype
    assert [layer.name for layer in back.layers.values()] == ["In", "H", "H2", "Out"]
    assert [layer.role for layer in back.layers.values()] == ["input", "hidden", "hidden", "output"]
    by_name = {layer.name: layer for layer in back.layers.values()}
    original = {layer.name: layer for layer in net.layers.values()}
    for name in ("H", "Out"):
        assert by_name[name].activation == original[name].activation
    if original["H"].alpha is not None:
        # a float32 network's file holds float32 values: the slopes come back rounded to float32
        np.testing.assert_array_equal(by_name["H"].alpha, original["H"].alpha.astype(dtype))
    assert by_name["In"].position == (0.0, 0.0) and by_name["H"].position == (200.0, 10.0)
    assert all(layer.position is not None for layer in back.layers.values())  # the others are laid out
    masks = [c.mask for c in back.connections.values() if c.mask is not None]
    assert len(masks) == 1 and masks[0].sum() == masks[0].size - 2
    assert len(back.connections) == 4


@pytest.mark.parametrize("key", [k for k in templates.TEMPLATES if k != "empty"])
def test_templates_round_trip(key):
    net = templates.TEMPLATES[key][1]()
    back = network_from_onnx(to_onnx(net))
    x = samples(net.input_layer.units, net.dtype)
    np.testing.assert_allclose(engine(back, x), engine(net, x), rtol=TOL, atol=TOL)
    assert back.name == net.name
    assert [layer.units for layer in back.layers.values()] == [layer.units for layer in net.layers.values()]
    assert back.input_layer.image_shape == net.input_layer.image_shape


def test_save_and_load_files(tmp_path):
    net = templates.xor()
    path = save_onnx(net, tmp_path / "xor.onnx")
    assert path.stat().st_size > 0
    back = load_onnx(path)
    x = samples(2)
    np.testing.assert_allclose(engine(back, x), engine(net, x), rtol=1e-12, atol=1e-12)
    assert back.training.loss.name == "binary_crossentropy"  # chosen to suit the sigmoid output


# -- the input transform ------------------------------------------------------------------


SCALER = {"method": "standardize", "columns": ["length", "width"], "offset": [1.0, -2.0], "scale": [2.0, 0.5]}


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("dataset,n_raw", [
    ({"kind": "builtin", "name": "xor", "scaler": SCALER}, 2),
    ({"kind": "builtin", "name": "circle", "features": ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]}, 2),
    ({"kind": "builtin", "name": "circle", "features": ["x1", "x1^2", "sin(x1)"]}, 1),
    ({"kind": "csv", "path": "parts.csv", "scaler": SCALER, "features": ["x1*x2", "x2^2"]}, 2),
], ids=["scaling", "all-features", "one-column", "scaling-and-features"])
def test_the_input_transform_is_exported_like_predict_applies_it(dataset, n_raw, dtype):
    n = len(dataset.get("features", [0, 0]))
    net = Sequential([Input(n), Dense(4, "tanh"), Dense(1, "sigmoid")], dtype=dtype)
    net.dataset = dataset
    raw = np.random.default_rng(1).normal(size=(6, n_raw))
    model = to_onnx(net)
    assert {p.key: p.value for p in model.metadata_props}["netbuilder.input"] == "raw"
    np.testing.assert_allclose(run_onnx(model, raw.astype(dtype)), api.predict(net, raw), rtol=TOL, atol=TOL)
    plain = to_onnx(net, input_transform=False)
    x = samples(n, dtype)
    np.testing.assert_allclose(run_onnx(plain, x), engine(net, x), rtol=TOL, atol=TOL)
    back = network_from_onnx(plain)
    np.testing.assert_allclose(engine(back, x), engine(net, x), rtol=TOL, atol=TOL)


def test_imported_scaling_is_folded_into_the_first_weights():
    net = Sequential([Input(2), Dense(3, "relu"), Dense(1)])
    net.dataset = {"kind": "builtin", "name": "xor", "scaler": SCALER}
    back = network_from_onnx(to_onnx(net))
    raw = samples(2)
    np.testing.assert_allclose(engine(back, raw), api.predict(net, raw), rtol=1e-12, atol=1e-12)


def test_features_cannot_be_imported_and_the_message_says_what_to_do():
    net = Sequential([Input(3), Dense(1, "sigmoid")])
    net.dataset = {"kind": "builtin", "name": "circle", "features": ["x1", "x2", "x1*x2"]}
    with pytest.raises(ValueError, match=r"Gather .*Concat.*--no-input-transform"):
        network_from_onnx(to_onnx(net))


def test_a_transform_that_does_not_fit_the_input_layer_is_refused():
    net = Sequential([Input(2), Dense(1)])
    net.dataset = {"kind": "builtin", "name": "circle", "features": ["x1", "x2", "x1^2"]}
    with pytest.raises(ValueError, match="gives 3 input values .* input layer has 2"):
        to_onnx(net)
    to_onnx(net, input_transform=False)  # the network alone is fine


# -- models made elsewhere ----------------------------------------------------------------


def make_model(nodes, inputs, output, initializers, opset=17, elem=TensorProto.FLOAT):
    graph = helper.make_graph(
        nodes, "foreign",
        [helper.make_tensor_value_info(name, elem, shape) for name, shape in inputs],
        [helper.make_tensor_value_info(output[0], elem, output[1])],
        [numpy_helper.from_array(np.asarray(v, dtype=np.float32 if elem == TensorProto.FLOAT else np.float64), k)
         for k, v in initializers.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8 if opset <= 17 else 9
    onnx.checker.check_model(model)
    return model


def test_import_a_pytorch_style_mlp_with_flatten_gemm_transposed_and_softmax():
    rng = np.random.default_rng(5)
    w1, b1 = rng.normal(size=(6, 12)), rng.normal(size=6)  # PyTorch keeps (out, in): Gemm transB=1
    w2, b2 = rng.normal(size=(5, 6)), rng.normal(size=5)
    w3, b3 = rng.normal(size=(5, 6)), rng.normal(size=6)
    w4 = rng.normal(size=(6, 3))
    nodes = [
        helper.make_node("Flatten", ["x"], ["flat"], axis=1, name="flatten"),
        helper.make_node("Gemm", ["flat", "w1", "b1"], ["z1"], transB=1, name="fc1"),
        helper.make_node("LeakyRelu", ["z1"], ["h1"], alpha=0.2, name="act1"),
        helper.make_node("Gemm", ["h1", "w2", "b2"], ["z2"], transB=1, alpha=0.5, beta=2.0, name="fc2"),
        helper.make_node("Dropout", ["z2"], ["d2"], name="drop"),
        helper.make_node("PRelu", ["d2", "slope"], ["h2"], name="prelu"),
        helper.make_node("MatMul", ["h2", "w3"], ["p3"], name="fc3"),
        helper.make_node("Add", ["p3", "b3"], ["z3"], name="bias3"),
        helper.make_node("Elu", ["z3"], ["h3"], alpha=0.5, name="elu"),
        helper.make_node("MatMul", ["h3", "w4"], ["p4"], name="fc4"),
        helper.make_node("Softmax", ["p4"], ["y"], axis=-1, name="softmax"),
    ]
    model = make_model(nodes, [("x", ["N", 1, 3, 4])], ("y", ["N", 3]),
                       {"w1": w1, "b1": b1, "w2": w2, "b2": b2, "w3": w3, "b3": b3, "w4": w4, "slope": [0.3]})
    net = network_from_onnx(model, name="torch mlp")
    assert net.dtype == "float32"
    assert [(layer.units, layer.activation.name) for layer in net.layers.values()] == [
        (12, "linear"), (6, "leaky_relu"), (5, "prelu"), (6, "elu"), (3, "softmax")]
    assert net.input_layer.image_shape == (1, 3, 4)
    assert [layer.name for layer in net.layers.values()] == ["Input", "Hidden 1", "Hidden 2", "Hidden 3", "Output"]
    assert net.output_layer.use_bias is False
    xs = np.random.default_rng(1).normal(size=(7, 1, 3, 4)).astype("float32")
    np.testing.assert_allclose(engine(net, xs.reshape(7, 12)), run_onnx(model, xs), rtol=TOL, atol=TOL)
    xs_left = [layer.position[0] for layer in net.layers.values()]
    assert xs_left == sorted(xs_left) and len(set(xs_left)) == 5  # one column per layer, left to right
    assert net.training.loss.name == "categorical_crossentropy"


def test_import_gelu_operator_swish_and_a_residual_sum():
    rng = np.random.default_rng(2)
    w1, w2, w3 = rng.normal(size=(4, 4)), rng.normal(size=(4, 4)), rng.normal(size=(4, 2))
    nodes = [
        helper.make_node("MatMul", ["x", "w1"], ["z1"]),
        helper.make_node("Gelu", ["z1"], ["h1"]),
        helper.make_node("MatMul", ["h1", "w2"], ["z2"]),
        helper.make_node("Sigmoid", ["z2"], ["s2"]),
        helper.make_node("Mul", ["z2", "s2"], ["h2"]),  # swish = SiLU
        helper.make_node("Add", ["h2", "x"], ["r"]),  # residual: h2 + x
        helper.make_node("Gemm", ["r", "w3"], ["y"]),
    ]
    model = make_model(nodes, [("x", ["N", 4])], ("y", ["N", 2]), {"w1": w1, "w2": w2, "w3": w3}, opset=20)
    net = network_from_onnx(model)
    names = [layer.activation.get_config() for layer in net.layers.values()]
    assert {"name": "gelu"} in names and {"name": "swish", "beta": 1.0} in names
    x = samples(4, "float32")
    np.testing.assert_allclose(engine(net, x), run_onnx(model, x), rtol=TOL, atol=TOL)


def test_unsupported_operators_are_named_with_their_nodes(tmp_path):
    nodes = [
        helper.make_node("ConvTranspose", ["x", "k"], ["c"], name="deconv1"),
        helper.make_node("LpPool", ["c"], ["p"], kernel_shape=[2, 2], name="pool1"),
        helper.make_node("Flatten", ["p"], ["y"], name="flat"),
    ]
    model = make_model(nodes, [("x", [1, 1, 4, 4])], ("y", [1, 4]), {"k": np.ones((1, 1, 1, 1))})
    with pytest.raises(ValueError) as info:
        network_from_onnx(model)
    message = str(info.value)
    assert "ConvTranspose (node 'deconv1')" in message and "LpPool (node 'pool1')" in message
    assert "Flatten" not in message.split("NetBuilder imports")[0]
    path = tmp_path / "cnn.onnx"
    path.write_bytes(model.SerializeToString())
    with pytest.raises(NetworkFileError, match=r"cnn\.onnx: .*ConvTranspose \(node 'deconv1'\)"):
        load_onnx(path)


def test_the_tanh_approximation_of_gelu_is_refused():
    nodes = [helper.make_node("MatMul", ["x", "w"], ["z"]), helper.make_node("Gelu", ["z"], ["y"], approximate="tanh", name="g")]
    model = make_model(nodes, [("x", ["N", 2])], ("y", ["N", 2]), {"w": np.eye(2)}, opset=20)
    with pytest.raises(ValueError, match="Gelu node 'g' is the tanh approximation"):
        network_from_onnx(model)


def test_models_with_two_inputs_two_outputs_or_computed_weights_are_refused():
    nodes = [helper.make_node("MatMul", ["x", "x2"], ["y"], name="mm")]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 2]),
                                           helper.make_tensor_value_info("x2", TensorProto.FLOAT, [2, 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])])
    with pytest.raises(ValueError, match="one input, this model has 2"):
        network_from_onnx(helper.make_model(graph))
    nodes = [helper.make_node("Relu", ["x"], ["y"]), helper.make_node("Sigmoid", ["x"], ["y2"])]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2]),
                               helper.make_tensor_value_info("y2", TensorProto.FLOAT, ["N", 2])])
    with pytest.raises(ValueError, match="one output, this model has 2"):
        network_from_onnx(helper.make_model(graph))
    nodes = [helper.make_node("MatMul", ["x", "w"], ["h"]), helper.make_node("MatMul", ["h", "h"], ["y"], name="square")]
    model = make_model(nodes, [("x", ["N", 2])], ("y", ["N", 2]), {"w": np.eye(2)})
    with pytest.raises(ValueError, match="MatMul node 'square' multiplies two computed values"):
        network_from_onnx(model)


def test_an_activation_straight_on_the_input_becomes_a_layer_with_identity_weights():
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], [("x", ["N", 3])], ("y", ["N", 3]), {})
    net = network_from_onnx(model)
    (conn,) = net.connections.values()
    np.testing.assert_array_equal(conn.weights, np.eye(3))
    x = samples(3, "float32")
    np.testing.assert_allclose(engine(net, x), np.maximum(x, 0))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "json"])
def test_damaged_files_get_a_message_naming_the_file(tmp_path, damage):
    good = to_onnx(templates.xor()).SerializeToString()
    data = {"garbage": bytes(range(256)) * 4, "truncated": good[: len(good) // 2], "empty": b"",
            "json": b'{"format": "netbuilder-network"}'}[damage]
    path = tmp_path / "model.onnx"
    path.write_bytes(data)
    with pytest.raises(NetworkFileError) as info:
        load_onnx(path)
    assert str(info.value).startswith(f"{path}: ")
    assert "ONNX model" in str(info.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(NetworkFileError, match="no such file"):
        load_onnx(tmp_path / "nothing.onnx")


def test_gelu_written_out_in_float64_keeps_double_precision_outside_erf():
    net = graph_net("gelu")
    x = samples(3)
    err = np.abs(run_onnx(to_onnx(net), x) - engine(net, x)).max()
    assert err < 1e-6
    assert not math.isnan(err)


# -- float64 exactness ----------------------------------------------------------------------


def identity_net(activation, dtype="float64", n=4):
    """Input → Output with identity weights and zero bias: the output layer's z is the input, exactly."""
    net = Network("identity", dtype=dtype)
    a = net.add_layer(Layer(n, role="input"))
    o = net.add_layer(Layer(n, activation, role="output", bias=0.0))
    net.connect(a.id, o.id, np.eye(n))
    return net


def test_a_float64_leaky_relu_is_exported_bit_for_bit():
    """ONNX's LeakyRelu holds α as a float32 attribute: −1 would give −0.10000000149 instead of −0.1."""
    net = identity_net({"name": "leaky_relu", "alpha": 0.1})
    x = np.concatenate([[[-1.0, 1.0, -0.0, 0.0]], samples(4, n=200) * 100, samples(4, n=50) * 1e-300])
    model = to_onnx(net)
    assert "LeakyRelu" not in [node.op_type for node in model.graph.node]
    out = run_onnx(model, x)
    expected = api.predict(net, x)
    assert out[0, 0] == -0.1 == expected[0, 0]
    np.testing.assert_array_equal(out, expected)  # every bit, not within a tolerance
    assert np.array_equal(out.view(np.int64), expected.view(np.int64))  # the same bits (signed zeros too)


def test_a_float64_leaky_relu_in_a_deeper_network_matches_predict():
    net = graph_net({"name": "leaky_relu", "alpha": 0.123456789012345})
    x = samples(3, n=50)
    np.testing.assert_allclose(run_onnx(to_onnx(net), x), api.predict(net, x), rtol=1e-14, atol=1e-15)


def test_float32_networks_keep_the_leaky_relu_operator():
    model = to_onnx(identity_net({"name": "leaky_relu", "alpha": 0.1}, "float32"))
    (node,) = [n for n in model.graph.node if n.op_type == "LeakyRelu"]
    assert node.attribute[0].f == pytest.approx(0.1)


@pytest.mark.parametrize("activation", [
    {"name": "leaky_relu", "alpha": 0.123456789012345},
    {"name": "elu", "alpha": 0.123456789012345},
    {"name": "swish", "beta": 1.23456789012345},
], ids=lambda a: a["name"])
def test_float64_parameters_come_back_exactly_from_an_export(activation):
    """Constants of a float64 graph are float64: only float32 values are tidied back to short decimals."""
    back = network_from_onnx(to_onnx(identity_net(activation)))
    assert back.output_layer.activation.get_config() == activation


def test_a_written_out_leaky_relu_from_elsewhere_is_imported():
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["z"]),
        helper.make_node("Relu", ["z"], ["positive"]),
        helper.make_node("Min", ["z", "zero"], ["low"]),
        helper.make_node("Mul", ["alpha", "low"], ["negative"]),
        helper.make_node("Add", ["negative", "positive"], ["y"]),
    ]
    model = make_model(nodes, [("x", ["N", 2])], ("y", ["N", 2]),
                       {"w": [[1.0, -2.0], [0.5, 1.0]], "zero": 0.0, "alpha": 0.2})
    net = network_from_onnx(model)
    assert net.output_layer.activation.get_config() == {"name": "leaky_relu", "alpha": 0.2}  # float32 0.2, tidied
    x = samples(2, "float32")
    np.testing.assert_allclose(engine(net, x), run_onnx(model, x), rtol=TOL, atol=TOL)


def test_an_exponential_of_a_scaled_minimum_is_not_mistaken_for_elu():
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["z"]),
        helper.make_node("Relu", ["z"], ["positive"]),
        helper.make_node("Min", ["z", "zero"], ["low"]),
        helper.make_node("Mul", ["low", "two"], ["low2"]),
        helper.make_node("Exp", ["low2"], ["e"], name="exp"),
        helper.make_node("Sub", ["e", "one"], ["m"]),
        helper.make_node("Add", ["positive", "m"], ["y"]),
    ]
    model = make_model(nodes, [("x", ["N", 2])], ("y", ["N", 2]),
                       {"w": np.eye(2), "zero": 0.0, "two": 2.0, "one": 1.0})
    with pytest.raises(ValueError, match="Exp node 'exp'"):
        network_from_onnx(model)


def test_the_import_is_split_but_load_onnx_stays_where_it_was():
    import netbuilder.io.onnx_import as public
    from netbuilder.io import onnx_graph, onnx_read, onnx_values

    assert public.load_onnx is load_onnx and public.network_from_onnx is network_from_onnx
    assert public.MAX_FILE_BYTES == onnx_read.MAX_FILE_BYTES and public.SUPPORTED is onnx_graph.SUPPORTED
    for module in (public, onnx_graph, onnx_read, onnx_values):
        lines = len(open(module.__file__, encoding="utf-8").read().splitlines())
        assert lines < 600, f"{module.__name__} has {lines} lines again"
