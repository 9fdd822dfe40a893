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
    net = Sequential([Input(shape=(5, 4, 2)), Conv2D(3, 2, padding="same", activation=activation, bias=[0.2, -0.1, 0.0]),
                      Flatten(), Dense(2, "linear")], dtype=dtype, seed=5)
    conv = [layer for layer in net.layers.values() if layer.kind == "conv2d"][0]
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
    assert onnx.numpy_helper.to_array(next(i for i in model.graph.initializer if i.name == "Conv/kernel")).dtype == np.float64
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
