"""Generated PyTorch and Keras scripts: they run, reproduce the engine's outputs, and read like a tutorial.

PyTorch and Keras are not installed in CI; the tests that run the scripts skip there with the reason,
and the ones that only need the text (it compiles, it handles every layer) always run.
"""

import ast
import importlib.util
import py_compile
import subprocess
import sys

import numpy as np
import pytest

from netbuilder import api, templates
from netbuilder.engine import CompiledNetwork
from netbuilder.io.codegen import keras_code, pytorch_code, write_code
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.model.catalog import ACTIVATIONS
from netbuilder.model.layer import Layer
from netbuilder.model.network import Network

#: One hidden layer per activation (several with non-default parameters), all read by the output.
HIDDEN = [
    "linear", "step", "sigmoid", "tanh", "relu", {"name": "leaky_relu", "alpha": 0.1}, "prelu",
    {"name": "elu", "alpha": 0.7}, {"name": "swish", "beta": 1.5}, "swish", "gelu", "softmax",
]


def zoo(dtype="float64"):
    """Input → one layer per activation (in parallel) → output, with a skip connection, masks and dropout."""
    net = Network("Activation zoo", dtype=dtype, seed=4)
    x = net.add_layer(Layer(3, role="input", name="Input", dropout=0.1))
    out = net.add_layer(Layer(2, "sigmoid", role="output", name="Output"))
    for k, act in enumerate(HIDDEN):
        h = net.add_layer(Layer(3, act, name=f"H{k}", bias=np.linspace(-0.3, 0.3, 3), dropout=0.2 if k % 3 == 0 else 0.0))
        c = net.connect(x.id, h.id)
        if k % 2 == 0:
            net.set_edge_enabled(c.id, 1, 2, False)
        net.connect(h.id, out.id)
        if h.alpha is not None:
            net.update_layer(h.id, alpha=[0.1, -0.2, 0.3])
    skip = net.connect(x.id, out.id)
    net.set_edge_enabled(skip.id, 0, 0, False)
    return net


def test_the_zoo_has_every_activation():
    names = {a if isinstance(a, str) else a["name"] for a in HIDDEN}
    assert names == set(ACTIVATIONS)


def predict_of(net):
    return CompiledNetwork(net).predict


def load_module(path):
    spec = importlib.util.spec_from_file_location(f"generated_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_scripts_compile_and_write_their_weights(tmp_path, fmt, dtype):
    net = zoo(dtype)
    script, weights = write_code(net, tmp_path / f"{fmt}_zoo.py", fmt, predict=predict_of(net))
    assert script.name == f"{fmt}_zoo.py" and weights.name == f"{fmt}_zoo.npz"
    py_compile.compile(str(script), doraise=True)
    arrays = np.load(weights)
    assert arrays["sample.input"].dtype == np.dtype(dtype)
    np.testing.assert_allclose(arrays["sample.output"], CompiledNetwork(net).predict(arrays["sample.input"]))
    text = script.read_text()
    assert text.startswith('"""Activation zoo: ')
    assert (f'DTYPE = "{dtype}"' if fmt == "keras" else f"DTYPE = torch.{dtype}") in text


def test_pytorch_code_names_its_weights_after_the_state_dict():
    net = zoo()
    text, arrays = pytorch_code(net)
    assert "class ActivationZoo(nn.Module):" in text
    assert "F.gelu(z)" in text and "torch.sigmoid(1.5 * z)" in text and "F.silu(z)" in text
    assert "nn.PReLU(num_parameters=3)" in text and "F.elu(z, alpha=0.7)" in text and "(z > 0).to(z.dtype)" in text
    assert "torch.softmax(z, dim=-1)" in text and "F.leaky_relu(z, negative_slope=0.1)" in text
    assert "input_layer_to_h0_mask" in arrays and arrays["input_layer_to_h0.weight"].shape == (3, 3)
    # the output sums 12 hidden connections and the skip connection; its bias rides on the first
    assert text.count("self.input_layer_to_output") >= 2
    assert "nn.Linear(3, 2, bias=False)" in text


def test_keras_code_uses_the_functional_api_with_masks_and_exact_gelu():
    net = zoo()
    text, arrays = keras_code(net)
    compile(text, "keras_zoo.py", "exec")
    assert 'keras.config.set_floatx(DTYPE)' in text and 'jax_enable_x64' in text
    assert "class MaskedDense(layers.Layer):" in text and 'MaskedDense(3, use_bias=True, name="input_layer_to_h0")' in text
    assert "ops.gelu(z, approximate=False)" in text and "layers.Add(" in text and "keras.Model(x, a_output" in text
    assert 'layers.PReLU(name="h6_prelu")' in text and "ops.leaky_relu(z, negative_slope=0.1)" in text
    assert "ops.elu(z, alpha=0.7)" in text and "z * ops.sigmoid(1.5 * z)" in text and "ops.softmax(z, axis=-1)" in text
    assert 'layers.Dropout(0.1, name="input_layer_dropout")' in text
    assert arrays["input_layer_to_h0.kernel"].shape == (3, 3) and arrays["input_layer_to_h0.edge_mask"].shape == (3, 3)
    assert arrays["h6_prelu.alpha"].tolist() == [0.1, -0.2, 0.3]
    # every array the script reads is in the .npz
    read = set(__import__("re").findall(r'ARRAYS\["([^"]+)"\]', text))
    assert read - {"sample.output", "input.offset", "input.scale"} <= set(arrays)
    float32 = keras_code(zoo("float32"))[0]
    assert 'DTYPE = "float32"' in float32 and "jax_enable_x64" not in float32


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
def test_prepare_inputs_does_what_the_app_does_to_raw_inputs(tmp_path, fmt):
    net = Sequential([Input(4), Dense(3, "tanh"), Dense(1, "sigmoid")])
    net.dataset = {"kind": "csv", "path": "parts.csv", "features": ["x1", "x1*x2", "sin(x2)", "x2^2"],
                   "scaler": {"method": "minmax", "offset": [1.0, -2.0], "scale": [2.0, 0.5]}}
    script, weights = write_code(net, tmp_path / "model.py", fmt, predict=predict_of(net))
    tree = ast.parse(script.read_text())
    (fn,) = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "prepare_inputs"]
    namespace = {"np": np, "ARRAYS": np.load(weights)}
    exec(compile(ast.Module([fn], []), str(script), "exec"), namespace)
    raw = np.random.default_rng(0).normal(size=(5, 2))
    np.testing.assert_allclose(namespace["prepare_inputs"](raw), api.input_transform(net.dataset)(raw), rtol=1e-12)


def test_networks_that_cannot_compute_are_refused(tmp_path):
    with pytest.raises(ValueError, match="cannot be exported: The network is empty"):
        write_code(templates.empty(), tmp_path / "empty.py", "pytorch")
    with pytest.raises(ValueError, match="pytorch or keras"):
        write_code(templates.xor(), tmp_path / "x.py", "tensorflow")
    with pytest.raises(ValueError, match="a name of its own"):
        write_code(templates.xor(), tmp_path / "x.npz", "keras")


def test_a_name_without_suffix_gets_py_and_names_are_python_identifiers(tmp_path):
    net = Sequential([Input(2, name="输入"), Dense(2, "relu", name="class"), Dense(1, name="2nd out")], name="异或")
    script, weights = write_code(net, tmp_path / "model", "pytorch")
    assert script.name == "model.py" and weights.name == "model.npz"
    text = script.read_text()
    py_compile.compile(str(script), doraise=True)
    assert "class Network(nn.Module)" in text and "self.class_layer_to_layer_2nd_out" in text
    assert "sample.output" not in np.load(weights).files  # without the engine's outputs the script only prints


# -- running the scripts (where the framework is installed) ----------------------------------


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_pytorch_script_reproduces_the_engine(tmp_path, dtype):
    torch = pytest.importorskip("torch", reason="PyTorch is not installed: the generated script cannot be run here")
    net = zoo(dtype)
    script, weights = write_code(net, tmp_path / "zoo.py", "pytorch", predict=predict_of(net))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "matches NetBuilder's outputs" in result.stdout
    module = load_module(script)
    model = module.build_model()
    assert set(model.state_dict()) <= set(np.load(weights).files)
    x = np.random.default_rng(7).normal(size=(20, 3)).astype(dtype)
    with torch.no_grad():
        y = model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(y, CompiledNetwork(net).predict(x), rtol=1e-5, atol=1e-5 if dtype == "float32" else 1e-12)


def test_pytorch_script_of_every_template(tmp_path):
    torch = pytest.importorskip("torch", reason="PyTorch is not installed: the generated script cannot be run here")
    for key, (_, factory, _) in templates.TEMPLATES.items():
        if key == "empty":
            continue
        net = factory()
        script, _ = write_code(net, tmp_path / f"{key}.py", "pytorch", predict=predict_of(net))
        model = load_module(script).build_model()
        x = np.random.default_rng(1).random((6, net.input_layer.units)).astype(net.dtype)
        with torch.no_grad():
            y = model(torch.from_numpy(x)).numpy()
        np.testing.assert_allclose(y, CompiledNetwork(net).predict(x), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_keras_script_reproduces_the_engine(tmp_path, dtype):
    pytest.importorskip("keras", reason="Keras is not installed: the generated script cannot be run here")
    net = zoo(dtype)
    script, _ = write_code(net, tmp_path / "zoo_keras.py", "keras", predict=predict_of(net))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "matches NetBuilder's outputs" in result.stdout


# -- convolutional networks ------------------------------------------------------------------


def cnns():
    """The CNNs of the ONNX tests (strides, 'same' with uneven padding, pools, branches, dropout) in both dtypes."""
    from tests.io.test_onnx_cnn import CNNS

    return [(f"{key}-{dtype}", factory(dtype)) for key, factory in CNNS.items() for dtype in ("float64", "float32")]


def cnn_zoo(dtype="float64"):
    """One convolution layer per activation, summed into one more convolution: every activation on channels."""
    from netbuilder.model.builders import Input as ImageInput

    net = Network("CNN zoo", dtype=dtype, seed=6)
    x = net.add_layer(ImageInput(shape=(5, 6, 2), dropout=0.1))
    top = net.add_layer(Layer(3, "tanh", kind="conv2d", kernel_size=2, strides=2, padding="same"))
    for k, act in enumerate(HIDDEN):
        h = net.add_layer(Layer(2, act, kind="conv2d", kernel_size=3, padding="same", name=f"C{k}",
                                bias=[0.1, -0.2], dropout=0.2 if k % 3 == 0 else 0.0))
        net.connect(x.id, h.id)
        net.connect(h.id, top.id)
        if h.alpha is not None:
            net.update_layer(h.id, alpha=[0.3, -0.1])
    flat = net.add_layer(Layer(1, kind="flatten"))
    out = net.add_layer(Layer(2, "softmax", role="output"))
    net.connect(top.id, flat.id)
    net.connect(flat.id, out.id)
    net.connect(x.id, out.id)  # the output also reads the input's pixels
    return net


def test_cnn_scripts_spell_out_the_layers_and_keep_the_engines_layouts():
    from tests.io.test_onnx_cnn import strided_same

    net = strided_same()
    text, arrays = pytorch_code(net)
    compile(text, "cnn_torch.py", "exec")
    assert "a_input_layer.reshape(-1, 9, 7, 2).permute(0, 3, 1, 2)" in text
    assert "nn.Conv2d(2, 4, kernel_size=(3, 2), stride=(2, 3), padding=0, bias=True)" in text
    assert "self.input_layer_to_conv(F.pad(a_input_layer_image, (0, 1, 1, 1)))" in text  # the odd pixel: right
    assert 'self.pool(F.pad(a_conv, (0, 1, 1, 1), value=float("-inf")))' in text
    assert "keras_like_avg_pool(a_pool, (3, 3), (2, 2), (0, 1, 1, 1))" in text
    assert "torch.flatten(a_pool_2.permute(0, 2, 3, 1), 1)" in text
    conv = next(c for c in net.connections.values() if c.is_kernel)
    np.testing.assert_array_equal(arrays["input_layer_to_conv.weight"], conv.weights.transpose(3, 2, 0, 1))
    text, arrays = keras_code(net)
    compile(text, "cnn_keras.py", "exec")
    assert 'layers.Reshape((9, 7, 2), name="input_layer_image")(a_input_layer)' in text
    assert ('layers.Conv2D(4, (3, 2), strides=(2, 3), padding="same", use_bias=True, name="input_layer_to_conv")'
            "(a_input_layer_image)") in text
    assert 'layers.MaxPooling2D((3, 2), strides=(1, 2), padding="same", name="pool")(a_conv)' in text
    assert 'layers.ZeroPadding2D(((1, 1), (0, 1)), name="pool_2_padding")(a_pool)' in text
    assert 'layers.Flatten(name="flatten")(a_pool_2)' in text
    np.testing.assert_array_equal(arrays["input_layer_to_conv.kernel"], conv.weights)  # Keras's layout is ours
    # a 5×2 input, 3×3 windows of stride 2, padded by (1, 1) rows and (0, 1) columns: 4, 6 and 4 real inputs
    np.testing.assert_array_equal(arrays["pool_2.real_share"][:, 0, 0], [9 / 4, 9 / 6, 9 / 4])


def test_symmetric_same_padding_uses_the_frameworks_own():
    from tests.io.test_onnx_cnn import lenet

    text, _ = pytorch_code(lenet())
    assert "nn.Conv2d(8, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=True)" in text
    assert "F.pad" not in text and "keras_like_avg_pool" not in text
    assert "nn.AvgPool2d(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0), count_include_pad=False)" in text
    text, _ = keras_code(lenet())
    assert "ZeroPadding2D" not in text


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
def test_cnn_zoo_scripts_compile(tmp_path, fmt):
    net = cnn_zoo()
    script, weights = write_code(net, tmp_path / f"{fmt}_cnn.py", fmt, predict=predict_of(net))
    py_compile.compile(str(script), doraise=True)
    text = script.read_text()
    read = set(__import__("re").findall(r'ARRAYS\["([^"]+)"\]', text))
    assert read - {"sample.output", "input.offset", "input.scale"} <= set(np.load(weights).files)
    if fmt == "pytorch":
        assert "torch.softmax(z, dim=1)  # over the channels" in text and "nn.PReLU(num_parameters=2)" in text
    else:
        assert 'layers.PReLU(shared_axes=[1, 2], name="c6_prelu")' in text
        assert np.load(weights)["c6_prelu.alpha"].shape == (1, 1, 2)


@pytest.mark.parametrize("case", range(11), ids=lambda k: ["lenet", "lenet32", "strided_same", "strided_same32",
                                                           "strided_valid", "strided_valid32", "even_kernel_same",
                                                           "even_kernel_same32", "branches", "branches32", "zoo"][k])
def test_pytorch_scripts_of_cnns_reproduce_the_engine(tmp_path, case):
    pytest.importorskip("torch", reason="PyTorch is not installed: the generated script cannot be run here")
    net = (cnns() + [("zoo", cnn_zoo())])[case][1]
    script, _ = write_code(net, tmp_path / "cnn.py", "pytorch", predict=predict_of(net))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "matches NetBuilder's outputs" in result.stdout


def test_keras_scripts_of_cnns_reproduce_the_engine(tmp_path):
    pytest.importorskip("keras", reason="Keras is not installed: the generated script cannot be run here")
    for key, net in cnns() + [("zoo", cnn_zoo())]:
        script, _ = write_code(net, tmp_path / f"{key}.py", "keras", predict=predict_of(net))
        result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600,
                                cwd=tmp_path)
        assert result.returncode == 0, f"{key}: {result.stderr}"
        assert "matches NetBuilder's outputs" in result.stdout
