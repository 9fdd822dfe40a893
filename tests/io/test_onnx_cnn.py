"""ONNX export and import of convolutional networks: onnxruntime gives the engine's outputs (NHWC ↔ NCHW).

Tolerance: 1e-5 (absolute and relative) in float32 and in float64. In float32 the engine (NumPy's BLAS on
an im2col matrix) and onnxruntime's Conv add a window's products in different orders, a few units in the
last place of float32 per sum; measured at most 2e-6 on these networks. In float64 onnxruntime has no Conv
or AveragePool kernel, so the export computes those two in float32 between Casts (see the README's list of
float64 exceptions): measured at most 3e-7 here, the rounding of the inputs and kernels to float32.
"""

import numpy as np
import pytest

onnx = pytest.importorskip("onnx", reason="the ONNX tests need the 'onnx' package (pip install '.[test]')")
ort = pytest.importorskip("onnxruntime", reason="the ONNX tests need onnxruntime (pip install '.[test]')")

from netbuilder import api  # noqa: E402
from netbuilder.io.onnx_export import to_onnx  # noqa: E402
from netbuilder.io.onnx_import import network_from_onnx  # noqa: E402
from netbuilder.model.builders import AveragePooling2D, Conv2D, Dense, Flatten, Input, MaxPooling2D, Sequential  # noqa: E402
from netbuilder.model.layer import Layer  # noqa: E402
from netbuilder.model.network import Network  # noqa: E402

TOL = 1e-5
DTYPES = ["float32", "float64"]


def run_onnx(model, x):
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})[0]


def samples(net, dtype, n=12, seed=0):
    return (np.random.default_rng(seed).normal(size=(n, net.input_layer.units)) * 2).astype(dtype)


def lenet(dtype="float64"):
    return Sequential([Input(shape=(28, 28, 1)), Conv2D(8, 3, activation="relu"), MaxPooling2D(2),
                       Conv2D(16, 3, activation="relu", padding="same"), AveragePooling2D(2), Flatten(),
                       Dense(10, "softmax")], loss="categorical_crossentropy", dtype=dtype, name="LeNet")


def strided_same(dtype="float64"):
    """Odd sizes, strides above 1 and 'same' everywhere: asymmetric padding (the odd pixel at the bottom/right)."""
    return Sequential([Input(shape=(9, 7, 2)), Conv2D(4, (3, 2), strides=(2, 3), padding="same", activation="tanh"),
                       MaxPooling2D((3, 2), strides=(1, 2), padding="same"),
                       AveragePooling2D(3, strides=2, padding="same"), Flatten(), Dense(3, "sigmoid")],
                      dtype=dtype, seed=1)


def strided_valid(dtype="float64"):
    """'valid' windows that leave pixels over, overlapping average pools, three input channels."""
    return Sequential([Input(shape=(11, 10, 3)), Conv2D(5, 4, strides=2, activation="elu"),
                       AveragePooling2D((2, 3), strides=1), MaxPooling2D(2, padding="valid"), Flatten(), Dense(4)],
                      dtype=dtype, seed=2)


def even_kernel_same(dtype="float64"):
    """Even kernels with 'same' padding, a 2-D image shape, and dropout on every kind of layer."""
    return Sequential([Input(shape=(6, 5), dropout=0.2), Conv2D(3, 2, padding="same", activation="gelu", dropout=0.3),
                       Conv2D(2, (4, 1), strides=(3, 1), padding="same", activation="swish"),
                       MaxPooling2D(2, strides=1, padding="same", dropout=0.2), Flatten(dropout=0.1),
                       Dense(5, "relu", dropout=0.5), Dense(2, "softmax")], dtype=dtype, seed=3)


def branches(dtype="float64"):
    """Input → two convolutions → one convolution summing both; the output also reads the input's pixels."""
    net = Network("branches", dtype=dtype, seed=4)
    x = net.add_layer(Input(shape=(8, 8, 2), dropout=0.1))
    a = net.add_layer(Layer(3, "relu", kind="conv2d", kernel_size=3, padding="same", bias=[0.1, -0.2, 0.3]))
    b = net.add_layer(Layer(2, "tanh", kind="conv2d", kernel_size=(1, 3), padding="same", use_bias=False))
    c = net.add_layer(Layer(4, "sigmoid", kind="conv2d", kernel_size=2, strides=2, bias=0.05))
    f = net.add_layer(Layer(1, kind="flatten"))
    o = net.add_layer(Layer(3, "linear", role="output", bias=[0.5, 0.0, -0.5]))
    for s, t in ((x, a), (x, b), (a, c), (b, c), (c, f), (f, o), (x, o)):
        net.connect(s.id, t.id)
    return net


CNNS = {"lenet": lenet, "strided_same": strided_same, "strided_valid": strided_valid,
        "even_kernel_same": even_kernel_same, "branches": branches}

#: Every activation of the catalog on a convolution layer (its neurons are the channels).
CONV_ACTIVATIONS = [
    "linear", "step", "sigmoid", "tanh", "relu", {"name": "leaky_relu", "alpha": 0.1}, "prelu",
    {"name": "elu", "alpha": 0.7}, {"name": "swish", "beta": 1.5}, "gelu", "softmax",
]


def conv_with(activation, dtype):
    net = Sequential([Input(shape=(5, 4, 2)), Conv2D(3, 2, padding="same", activation=activation, bias=[0.2, -0.1, 0]),
                      Flatten(), Dense(2, "linear")], dtype=dtype, seed=5)
    conv = next(layer for layer in net.layers.values() if layer.kind == "conv2d")
    if conv.alpha is not None:
        net.update_layer(conv.id, alpha=[0.1, -0.2, 0.3])
    return net


# -- export --------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("key", list(CNNS))
def test_cnns_run_in_onnxruntime_as_in_the_engine(key, dtype):
    net = CNNS[key](dtype)
    x = samples(net, dtype)
    out = run_onnx(to_onnx(net), x)
    assert out.dtype == np.dtype(dtype)
    np.testing.assert_allclose(out, api.predict(net, x), rtol=TOL, atol=TOL)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("activation", CONV_ACTIVATIONS, ids=lambda a: a if isinstance(a, str) else a["name"])
def test_every_activation_of_a_convolution_layer(activation, dtype):
    net = conv_with(activation, dtype)
    x = samples(net, dtype)
    np.testing.assert_allclose(run_onnx(to_onnx(net), x), api.predict(net, x), rtol=TOL, atol=TOL)


def test_the_graph_is_nchw_inside_and_takes_the_engines_flat_rows():
    model = to_onnx(lenet("float32"))
    ops = [n.op_type for n in model.graph.node]
    assert ops[:3] == ["Reshape", "Transpose", "Conv"]  # the input image once to NCHW
    assert ops.count("Transpose") == 2 and ops.index("Transpose", 2) == ops.index("Flatten") - 1  # back to NHWC
    assert "Cast" not in ops
    dims = [d.dim_value or d.dim_param for d in model.graph.input[0].type.tensor_type.shape.dim]
    assert dims == ["batch", 784]
    inits = {i.name: onnx.numpy_helper.to_array(i) for i in model.graph.initializer}
    assert inits["Conv/kernel"].shape == (8, 1, 3, 3) and inits["Conv 2/kernel"].shape == (16, 8, 3, 3)
    pool = next(n for n in model.graph.node if n.op_type == "AveragePool")
    attrs = {a.name: onnx.helper.get_attribute_value(a) for a in pool.attribute}
    assert attrs["count_include_pad"] == 0 and attrs["pads"] == [0, 0, 0, 0]


def test_same_padding_is_written_as_explicit_pads_with_the_odd_pixel_last():
    model = to_onnx(strided_same())
    pads = {n.op_type: {a.name: onnx.helper.get_attribute_value(a) for a in n.attribute}["pads"]
            for n in model.graph.node if n.op_type in ("Conv", "MaxPool", "AveragePool")}
    # 9×7 → Conv 3×2 stride 2×3: 5×3 windows need 2 rows (1 top, 1 bottom) and 1 column (0 left, 1 right)
    assert pads["Conv"] == [1, 0, 1, 1]
    assert pads["MaxPool"] == [1, 0, 1, 1]  # 5×3, pool 3×2, strides 1×2: 5×2 windows, 2 rows and 1 column
    assert pads["AveragePool"] == [1, 0, 1, 1]  # 5×2, pool 3, stride 2: 3×1 windows, 2 rows and 1 column


def test_a_float64_network_stays_float64_outside_conv_and_average_pool():
    model = to_onnx(lenet("float64"))
    casts = [n for n in model.graph.node if n.op_type == "Cast"]
    # input and kernel to float32 for each Conv, back after it; the average pool's input and output
    assert len(casts) == 2 * 3 + 2
    kernel = next(i for i in model.graph.initializer if i.name == "Conv/kernel")
    assert onnx.numpy_helper.to_array(kernel).dtype == np.float64
    assert all(n.op_type != "MaxPool" or n.input[0] != "Pool/float32" for n in model.graph.node)


@pytest.mark.parametrize("dtype", DTYPES)
def test_a_scaled_image_input_is_exported_with_its_transform(dtype):
    net = Sequential([Input(shape=(4, 3, 2)), Conv2D(2, 2, activation="relu"), Flatten(), Dense(1, "sigmoid")],
                     dtype=dtype)
    rng = np.random.default_rng(3)
    offset, scale = rng.normal(size=24), rng.uniform(0.5, 2.0, size=24)
    net.dataset = {"kind": "csv", "path": "pixels.csv",
                   "scaler": {"method": "standardize", "offset": offset.tolist(), "scale": scale.tolist()}}
    raw = rng.normal(size=(7, 24)) * 3 + 1
    model = to_onnx(net)
    assert {p.key: p.value for p in model.metadata_props}["netbuilder.input"] == "raw"
    np.testing.assert_allclose(run_onnx(model, raw.astype(dtype)), api.predict(net, raw), rtol=TOL, atol=TOL)
    plain = to_onnx(net, input_transform=False)
    x = samples(net, dtype)
    np.testing.assert_allclose(run_onnx(plain, x), api.predict(net, x, raw=False), rtol=TOL, atol=TOL)


# -- import --------------------------------------------------------------------------------


def nhwc_rows(x_nchw):
    """NCHW images as the rows a NetBuilder network takes: each image's pixels, channels last."""
    return np.ascontiguousarray(x_nchw.transpose(0, 2, 3, 1)).reshape(len(x_nchw), -1)


def layer_summary(net):
    return [(layer.name, layer.kind, layer.units, layer.kernel_size, layer.strides, layer.padding,
             layer.activation.get_config()) for layer in net.layers.values()]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("key", list(CNNS))
def test_exported_cnns_come_back_as_they_were(key, dtype):
    net = CNNS[key](dtype)
    net.set_positions({lid: (100.0 * k, 10.0 * k) for k, lid in enumerate(net.layers)})
    back = network_from_onnx(to_onnx(net))
    assert back.dtype == dtype
    assert layer_summary(back) == layer_summary(net)
    assert back.input_layer.image_shape == net.input_layer.image_shape
    assert [layer.position for layer in back.layers.values()] == [layer.position for layer in net.layers.values()]
    x = samples(net, dtype)
    np.testing.assert_array_equal(api.predict(back, x), api.predict(net, x))  # the same weights, exactly
    assert len(back.connections) == len(net.connections)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("activation", CONV_ACTIVATIONS, ids=lambda a: a if isinstance(a, str) else a["name"])
def test_every_activation_of_a_convolution_layer_comes_back(activation, dtype):
    net = conv_with(activation, dtype)
    back = network_from_onnx(to_onnx(net))
    assert layer_summary(back) == layer_summary(net)
    x = samples(net, dtype)
    np.testing.assert_array_equal(api.predict(back, x), api.predict(net, x))


def make_model(nodes, x_shape, y_shape, initializers, opset=17):
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        nodes, "foreign", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)],
        [numpy_helper.from_array(np.asarray(v, dtype=np.int64 if k.startswith("shape") else np.float32), k)
         for k, v in initializers.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def node(op, inputs, output, name, **attrs):
    return onnx.helper.make_node(op, inputs, [output], name=name, **attrs)


def test_a_hand_built_nchw_cnn_is_imported_and_runs_as_in_onnxruntime():
    """SAME_UPPER and explicit 'same' pads, a bias added after the Conv, PRelu per channel, a global average
    pool, Flatten of NCHW (channels first: the first Dense weights are reordered), Gemm, Softmax."""
    rng = np.random.default_rng(7)
    k1, b1 = rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4)
    k2, b2 = rng.normal(size=(5, 4, 2, 2)), rng.normal(size=(1, 5, 1, 1))
    w, b = rng.normal(size=(6, 5 * 3 * 2)), rng.normal(size=6)
    nodes = [
        node("Conv", ["x", "k1", "b1"], "c1", "conv1", strides=[2, 2], auto_pad="SAME_UPPER", kernel_shape=[3, 3]),
        node("Relu", ["c1"], "r1", "relu1"),  # 9×7 → 5×4
        node("MaxPool", ["r1"], "p1", "pool1", kernel_shape=[2, 2], strides=[1, 1], pads=[0, 0, 1, 1]),  # same, 5×4
        node("Conv", ["p1", "k2"], "c2", "conv2", pads=[0, 0, 0, 0]),  # 4×3
        node("Add", ["c2", "b2"], "z2", "bias2"),
        node("PRelu", ["z2", "slope"], "a2", "prelu2"),
        node("AveragePool", ["a2"], "p2", "pool2", kernel_shape=[2, 2], strides=[2, 2], ceil_mode=1),  # 4×3 → 2×2
        node("Flatten", ["p2"], "f", "flatten"),
        node("Gemm", ["f", "w", "b"], "z", "fc", transB=1),
        node("Softmax", ["z"], "y", "softmax", axis=-1),
    ]
    # the ceil_mode pool would give 2×2 rounding up (3 columns / 2): so it must be refused
    model = make_model(nodes, ["N", 3, 9, 7], ["N", 6], {"k1": k1, "b1": b1, "k2": k2, "b2": b2, "w": w[:, :20],
                                                          "b": b, "slope": rng.uniform(0, 0.5, size=(5, 1, 1))})
    with pytest.raises(ValueError, match=r"AveragePool node 'pool2' rounds its output size up \(ceil_mode=1"):
        network_from_onnx(model)
    nodes[6] = node("AveragePool", ["a2"], "p2", "pool2", kernel_shape=[2, 1], strides=[2, 1], ceil_mode=1)  # 2×3
    model = make_model(nodes, ["N", 3, 9, 7], ["N", 6], {"k1": k1, "b1": b1, "k2": k2, "b2": b2, "w": w,
                                                          "b": b, "slope": rng.uniform(0, 0.5, size=(5, 1, 1))})
    net = network_from_onnx(model)
    assert [(layer.kind, layer.units) for layer in net.layers.values()] == [
        ("dense", 189), ("conv2d", 4), ("max_pooling2d", 4), ("conv2d", 5), ("average_pooling2d", 5),
        ("flatten", 30), ("dense", 6)]
    assert net.input_layer.image_shape == (9, 7, 3)
    convs = [layer for layer in net.layers.values() if layer.kind == "conv2d"]
    assert [(c.strides, c.padding) for c in convs] == [((2, 2), "same"), ((1, 1), "valid")]
    x = rng.normal(size=(5, 3, 9, 7)).astype("float32")
    np.testing.assert_allclose(api.predict(net, nhwc_rows(x)), run_onnx(model, x), rtol=TOL, atol=TOL)
    assert net.training.loss.name == "categorical_crossentropy"


def test_a_channels_last_input_and_a_dynamic_batch_reshape():
    """A TensorFlow-style model: NHWC input transposed to NCHW, and torch's x.view(x.size(0), -1) through
    Shape, Gather, Unsqueeze and Concat; a global max pool and a Transpose back to NHWC before the Reshape."""
    rng = np.random.default_rng(8)
    k, w = rng.normal(size=(3, 2, 3, 3)), rng.normal(size=(3 * 6 * 5, 2))
    nodes = [
        node("Transpose", ["x"], "t", "to_nchw", perm=[0, 3, 1, 2]),
        node("Conv", ["t", "k"], "c", "conv", pads=[1, 1, 1, 1]),
        node("Tanh", ["c"], "a", "tanh"),
        node("Transpose", ["a"], "a_nhwc", "to_nhwc", perm=[0, 2, 3, 1]),
        node("Shape", ["a_nhwc"], "s", "shape"),
        node("Gather", ["s", "shape_zero"], "n", "batch", axis=0),
        node("Unsqueeze", ["n", "shape_axes"], "n1", "unsqueeze"),
        node("Concat", ["n1", "shape_minus_one"], "dims", "dims", axis=0),
        node("Reshape", ["a_nhwc", "dims"], "flat", "reshape"),
        node("MatMul", ["flat", "w"], "y", "fc"),
    ]
    model = make_model(nodes, ["N", 6, 5, 2], ["N", 2], {"k": k, "w": w, "shape_zero": np.array(0),
                                                         "shape_axes": [0], "shape_minus_one": [-1]})
    net = network_from_onnx(model)
    assert [layer.kind for layer in net.layers.values()] == ["dense", "conv2d", "flatten", "dense"]
    assert net.input_layer.image_shape == (6, 5, 2)
    x = rng.normal(size=(4, 6, 5, 2)).astype("float32")
    np.testing.assert_allclose(api.predict(net, x.reshape(4, -1)), run_onnx(model, x), rtol=TOL, atol=TOL)
    # the same with a global max pool of the NCHW image before a channels-first Flatten
    nodes[3:] = [node("GlobalMaxPool", ["a"], "g", "gmp"), node("Flatten", ["g"], "flat", "flatten"),
                 node("MatMul", ["flat", "w3"], "y", "fc")]
    model = make_model(nodes, ["N", 6, 5, 2], ["N", 2], {"k": k, "w3": w[:3]})
    net = network_from_onnx(model)
    pool = next(layer for layer in net.layers.values() if layer.kind == "max_pooling2d")
    assert pool.kernel_size == (6, 5) and pool.padding == "valid"
    np.testing.assert_allclose(api.predict(net, x.reshape(4, -1)), run_onnx(model, x), rtol=TOL, atol=TOL)


def test_a_flat_input_reshaped_to_one_channel_images():
    rng = np.random.default_rng(9)
    k, w = rng.normal(size=(2, 1, 2, 2)), rng.normal(size=(2 * 3 * 3, 1))
    nodes = [node("Reshape", ["x", "shape"], "img", "reshape"), node("Conv", ["img", "k"], "c", "conv"),
             node("Sigmoid", ["c"], "a", "sig"), node("Flatten", ["a"], "f", "flat"),
             node("MatMul", ["f", "w"], "y", "fc")]
    model = make_model(nodes, ["N", 16], ["N", 1], {"shape": [-1, 1, 4, 4], "k": k, "w": w})
    net = network_from_onnx(model)
    assert net.input_layer.image_shape == (4, 4, 1)
    x = rng.normal(size=(3, 16)).astype("float32")
    np.testing.assert_allclose(api.predict(net, x), run_onnx(model, x), rtol=TOL, atol=TOL)
    model = make_model(nodes, ["N", 48], ["N", 1], {"shape": [-1, 3, 4, 4], "k": np.ones((2, 3, 2, 2)), "w": w})
    with pytest.raises(ValueError, match="Conv node 'conv' reads the flat input reshaped to 3×4×4 channels first"):
        network_from_onnx(model)


REFUSED = [
    ({"dilations": [2, 2]}, r"Conv node 'conv' is dilated \(dilations=\[2, 2\]\)"),
    ({"pads": [1, 1, 1, 1], "strides": [2, 2]},
     r"Conv node 'conv' pads its 8×8 input by 1, 1, 1, 1 \(top, left, bottom, right\); NetBuilder pads 'valid' "
     r"\(not at all\) or 'same' \(0, 0, 1, 1 here"),
    ({"pads": [0, 1, 0, 1]}, r"Conv node 'conv' pads its 8×8 input by 0, 1, 0, 1"),
    ({"auto_pad": "SAME_LOWER", "strides": [2, 2]}, r"Conv node 'conv' pads its 8×8 input by 1, 1, 0, 0"),
]


@pytest.mark.parametrize("attrs,message", REFUSED, ids=["dilations", "torch-stride-2-pad-1", "one-side", "same-lower"])
def test_convolutions_netbuilder_cannot_represent_are_refused_naming_the_node(attrs, message):
    nodes = [node("Conv", ["x", "k"], "c", "conv", **attrs), node("Flatten", ["c"], "f", "flat"),
             node("MatMul", ["f", "w"], "y", "fc")]
    model = make_model(nodes, ["N", 1, 8, 8], ["N", 1], {"k": np.ones((2, 1, 3, 3)), "w": np.ones((2, 1))})
    with pytest.raises(ValueError, match=message):
        network_from_onnx(model)


def test_groups_pools_that_count_padding_and_images_at_the_end_are_refused():
    def refused(nodes, y_shape, inits, message, x_shape=("N", 2, 4, 4)):
        with pytest.raises(ValueError, match=message):
            network_from_onnx(make_model(nodes, list(x_shape), y_shape, inits))

    flat = [node("Flatten", ["c"], "f", "flat"), node("MatMul", ["f", "w"], "y", "fc")]
    refused([node("Conv", ["x", "k"], "c", "dw", group=2)] + flat, ["N", 1], {"k": np.ones((2, 1, 3, 3)),
            "w": np.ones((8, 1))}, r"Conv node 'dw' is a grouped convolution \(group=2\)")
    refused([node("AveragePool", ["x"], "c", "avg", kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=1)]
            + flat, ["N", 1], {"w": np.ones((32, 1))}, r"AveragePool node 'avg' counts the padding")
    refused([node("Conv", ["x", "k"], "y", "conv1")], ["N", 1, 2, 2], {"k": np.ones((1, 2, 3, 3))},
            r"the model's output 'y' is an image, computed by Conv \(node 'conv1'\)")
    refused([node("Conv", ["x", "k"], "c", "conv"), node("MatMul", ["c", "w"], "y", "fc")], ["N", 1, 2, 1],
            {"k": np.ones((1, 2, 3, 3)), "w": np.ones((2, 1))}, r"MatMul node 'fc' multiplies an image by a weight")
    refused([node("Conv", ["x", "k"], "c0", "conv"), node("Softmax", ["c0"], "c", "sm", axis=-1)] + flat, ["N", 1],
            {"k": np.ones((1, 2, 3, 3)), "w": np.ones((4, 1))}, r"Softmax node 'sm' works along axis -1 of an image")
    refused([node("Conv", ["x", "k"], "c", "conv1d")] + flat, ["N", 1], {"k": np.ones((1, 2, 3)),
            "w": np.ones((2, 1))}, r"Conv node 'conv1d' is a 1-D convolution", x_shape=("N", 2, 4))


def torch_export(module, x):
    torch = pytest.importorskip("torch", reason="PyTorch is not installed: no torch-exported model to import")
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module.eval(), (x,), buffer, dynamo=False, input_names=["x"], output_names=["y"],
                          dynamic_axes={"x": {0: "N"}, "y": {0: "N"}})
    return onnx.load_from_string(buffer.getvalue())


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize("flatten", ["nn.Flatten", "view"])
def test_a_lenet_exported_by_pytorch_is_imported(flatten, channels):
    torch = pytest.importorskip("torch", reason="PyTorch is not installed: no torch-exported model to import")
    from torch import nn

    class LeNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(channels, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(6, 16, 5), nn.PReLU(16), nn.AvgPool2d(2))
            self.flatten = nn.Flatten()
            self.classifier = nn.Sequential(nn.Dropout(0.3), nn.Linear(16 * 5 * 5, 120), nn.Tanh(),
                                            nn.Linear(120, 10), nn.Softmax(dim=1))

        def forward(self, x):
            x = self.features(x)
            x = self.flatten(x) if flatten == "nn.Flatten" else x.view(x.size(0), -1)
            return self.classifier(x)

    torch.manual_seed(0)
    model = torch_export(LeNet(), torch.randn(2, channels, 28, 28))
    net = network_from_onnx(model)
    assert [(layer.kind, layer.units, layer.activation.name) for layer in net.layers.values()] == [
        ("dense", 28 * 28 * channels, "linear"), ("conv2d", 6, "relu"), ("max_pooling2d", 6, "linear"),
        ("conv2d", 16, "prelu"), ("average_pooling2d", 16, "linear"), ("flatten", 400, "linear"),
        ("dense", 120, "tanh"), ("dense", 10, "softmax")]
    assert net.input_layer.image_shape == (28, 28, channels)
    assert next(layer for layer in net.layers.values() if layer.kind == "conv2d").padding == "same"
    x = np.random.default_rng(0).normal(size=(6, channels, 28, 28)).astype("float32")
    np.testing.assert_allclose(api.predict(net, nhwc_rows(x)), run_onnx(model, x), rtol=TOL, atol=TOL)


def test_netbuilder_import_writes_a_cnn_that_loads_with_the_same_outputs(tmp_path, capsys):
    from netbuilder.cli.main import main as cli
    from netbuilder.io import load
    from netbuilder.io.onnx_export import save_onnx

    net = strided_same("float32")
    save_onnx(net, tmp_path / "cnn.onnx")
    assert cli(["import", str(tmp_path / "cnn.onnx"), "-o", str(tmp_path / "cnn.nbn")]) == 0
    assert "Imported" in capsys.readouterr().out
    back = load(tmp_path / "cnn.nbn")
    assert layer_summary(back) == layer_summary(net)
    x = samples(net, "float32")
    np.testing.assert_array_equal(api.predict(back, x), api.predict(net, x))
