"""Hostile and damaged ONNX files: one clear sentence naming the file, nothing read outside the model's folder.

Cut-short files, tensors that declare more values than they hold (or than anyone could), external data
that points outside the model's folder (by path, by `..`, by a symbolic link), graphs with cycles; and
random damage, which may only ever end in a NetworkFileError (or a model that still imports).
"""

import builtins
import os
import sys

import numpy as np
import pytest

onnx = pytest.importorskip("onnx", reason="the ONNX tests need the 'onnx' package (pip install '.[test]')")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from netbuilder import api  # noqa: E402
from netbuilder.cli.main import main as cli  # noqa: E402
from netbuilder.io import NetworkFileError  # noqa: E402
from netbuilder.io.onnx_export import to_onnx  # noqa: E402
from netbuilder.io.onnx_import import load_onnx, network_from_onnx  # noqa: E402
from netbuilder.io.onnx_read import MAX_TENSOR_VALUES  # noqa: E402
from netbuilder.model.builders import Conv2D, Dense, Flatten, Input, MaxPooling2D, Sequential  # noqa: E402


def tiny_cnn(dtype="float32"):
    return Sequential([Input(shape=(4, 4, 1)), Conv2D(2, 3, activation="relu", padding="same"), MaxPooling2D(2),
                       Flatten(), Dense(2, "softmax")], dtype=dtype, name="tiny")


def refused(path, *match):
    """load_onnx(path) raises one line that names the file and contains every ``match``."""
    with pytest.raises(NetworkFileError) as info:
        load_onnx(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    for m in match:
        assert m in message, message
    return message


def cli_error(capsys, path):
    """`netbuilder import path` fails with exit status 2, one line on stderr, and writes nothing."""
    out = path.with_suffix(".nbn")
    code = cli(["import", str(path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("netbuilder: error: "), err
    return lines[0]


def mlp_model(initializers=(), nodes=None, x_shape=("N", 2)):
    nodes = nodes or [helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(x_shape))],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])], list(initializers))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def write(tmp_path, model, name="model.onnx"):
    path = tmp_path / name
    path.write_bytes(model.SerializeToString())
    return path


# -- cut short and damaged -------------------------------------------------------------------


def test_a_file_cut_short_anywhere_is_refused_or_still_whole(tmp_path):
    net = tiny_cnn()
    good = to_onnx(net).SerializeToString()
    x = np.random.default_rng(0).normal(size=(3, 16)).astype("float32")
    path = tmp_path / "cut.onnx"
    cuts = sorted(set(range(0, len(good), 7)) | set(range(len(good) - 80, len(good))))
    imported = 0
    for cut in cuts:
        path.write_bytes(good[:cut])
        try:
            back = load_onnx(path)
        except NetworkFileError as exc:
            assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
            continue
        # only the metadata at the very end can go without the protobuf noticing: the network is whole
        imported += 1
        np.testing.assert_array_equal(api.predict(back, x), api.predict(net, x))
    assert imported <= 4
    path.write_bytes(good[: len(good) // 2])
    assert "cut short" in refused(path, "this is not an ONNX model")


def test_a_cut_short_file_through_the_command_line(tmp_path, capsys):
    path = tmp_path / "half.onnx"
    good = to_onnx(tiny_cnn()).SerializeToString()
    path.write_bytes(good[: len(good) // 3])
    assert "half.onnx: this is not an ONNX model (the file is damaged, cut short" in cli_error(capsys, path)


@pytest.mark.parametrize("seed", range(3))
def test_random_damage_ends_in_a_message_naming_the_file(tmp_path, seed):
    good = bytearray(to_onnx(tiny_cnn("float64")).SerializeToString())
    rng = np.random.default_rng(seed)
    path = tmp_path / "damaged.onnx"
    for _ in range(300):
        data = bytearray(good)
        for _ in range(int(rng.integers(1, 4))):
            i = int(rng.integers(len(data)))
            op = int(rng.integers(3))
            if op == 0:
                data[i] = int(rng.integers(256))
            elif op == 1:
                del data[i]
            else:
                data.insert(i, int(rng.integers(256)))
        path.write_bytes(bytes(data))
        try:
            load_onnx(path)
        except NetworkFileError as exc:  # anything else is a bug
            assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)


def test_names_with_line_breaks_stay_on_one_line(tmp_path, capsys):
    nodes = [helper.make_node("MatMul", ["x", "w"], ["h"], name="evil\nnetbuilder: ok\r"),
             helper.make_node("LpNormalization", ["h"], ["y"], name="second\x1b[2J")]
    path = write(tmp_path, mlp_model([numpy_helper.from_array(np.eye(2, dtype=np.float32), "w")], nodes))
    message = cli_error(capsys, path)
    assert "LpNormalization (node 'second [2J')" in message and "\x1b" not in message


# -- sizes that no file backs -------------------------------------------------------------------


def tensor(name, dims, *, raw=None, floats=None, data_type=TensorProto.FLOAT):
    t = TensorProto()
    t.name, t.data_type = name, data_type
    t.dims.extend(dims)
    if raw is not None:
        t.raw_data = raw
    if floats is not None:
        t.float_data.extend(floats)
    return t


HUGE = [
    (tensor("w", [2**40], raw=b"\0" * 4), "tensor 'w' declares 1,099,511,627,776 values"),
    (tensor("w", [2**31, 2**31], floats=[1.0]), "tensor 'w' declares 4,611,686,018,427,387,904 values"),
    (tensor("w", [2**62, 8], raw=b"\0" * 4), "tensor 'w' declares 36,893,488,147,419,103,232 values"),
    (tensor("w", [-5, 2], raw=b""), "tensor 'w' declares a negative size (-5×2)"),
    (tensor("w", [2, 2], raw=b"\0" * 12), "tensor 'w' declares shape 2×2 but stores 12 bytes for the 16 it needs"),
    (tensor("w", [3, 2], floats=[1.0] * 5), "tensor 'w' declares shape 3×2 but stores 5 values for the 6 it needs"),
    (tensor("w", [2], data_type=TensorProto.STRING), "tensor 'w' does not hold numbers NetBuilder reads"),
]


@pytest.mark.parametrize("init,message", HUGE, ids=["2^40", "2^62-values", "product-overflow", "negative",
                                                    "short-raw-data", "short-floats", "text"])
def test_tensors_that_declare_more_than_they_hold_are_refused_before_anything_is_allocated(tmp_path, init, message):
    refused(write(tmp_path, mlp_model([init])), message)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        network_from_onnx(mlp_model([init]))


def test_a_constant_node_and_a_subgraph_are_checked_too(tmp_path):
    big = tensor("c", [2**40], raw=b"\0" * 4)
    nodes = [helper.make_node("Constant", [], ["w"], value=big, name="const"),
             helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")]
    refused(write(tmp_path, mlp_model([], nodes)), "tensor 'c' declares 1,099,511,627,776 values")
    branch = helper.make_graph([helper.make_node("Constant", [], ["v"], value=big)], "then", [],
                               [helper.make_tensor_value_info("v", TensorProto.FLOAT, [1])])
    nodes = [helper.make_node("If", ["x"], ["y"], then_branch=branch, else_branch=branch, name="if")]
    refused(write(tmp_path, mlp_model([], nodes), "if.onnx"), "tensor 'c' declares 1,099,511,627,776 values")


def test_huge_declared_input_sizes_and_windows(tmp_path, capsys):
    model = mlp_model([], [helper.make_node("Relu", ["x"], ["y"], name="r")], x_shape=("N", 10**12))
    assert "the model's input 'x' has 1,000,000,000,000 values per sample" in cli_error(capsys, write(tmp_path, model))
    model = mlp_model([], [helper.make_node("Relu", ["x"], ["y"])], x_shape=("N", 2**40, 2**40, 3))
    refused(write(tmp_path, model, "image.onnx"), "values per sample", "more than the 1,000,000 a layer may have")
    pool = [helper.make_node("MaxPool", ["x"], ["p"], kernel_shape=[10**9, 10**9], name="pool"),
            helper.make_node("Flatten", ["p"], ["y"])]
    refused(write(tmp_path, mlp_model([], pool, x_shape=("N", 1, 8, 8)), "pool.onnx"),
            "MaxPool node 'pool' has a pool of 1000000000×1000000000; NetBuilder's are 1 to 64 on a side")
    assert MAX_TENSOR_VALUES == 2**28


# -- external data -------------------------------------------------------------------------------


def external(name, location, size=16, offset=None):
    t = tensor(name, [2, 2])
    t.data_location = TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", offset), ("length", str(size))):
        if value is not None:
            entry = t.external_data.add()
            entry.key, entry.value = key, value
    return t


@pytest.fixture
def folders(tmp_path):
    """model/ holds the model; secret.bin beside the folder must never be read."""
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    secret = tmp_path / "secret.bin"
    secret.write_bytes(np.eye(2, dtype=np.float32).tobytes())
    return model_dir, secret


@pytest.fixture
def opened(monkeypatch):
    """Every path Python opens while the test runs."""
    paths = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):
        paths.append(os.path.realpath(file) if isinstance(file, (str, bytes, os.PathLike)) else file)
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        paths.append(os.path.realpath(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return paths


@pytest.mark.parametrize("where", ["dotdot", "absolute", "symlink", "nested-dotdot"])
def test_external_data_outside_the_models_folder_is_never_read(folders, opened, capsys, where):
    model_dir, secret = folders
    location = {"dotdot": "../secret.bin", "absolute": str(secret), "nested-dotdot": "sub/../../secret.bin",
                "symlink": "link.bin"}[where]
    if where == "symlink":
        (model_dir / "link.bin").symlink_to(secret)
    path = write(model_dir, mlp_model([external("w", location)]))
    message = refused(path, "tensor 'w' keeps its values in", "outside the model's folder")
    assert "link" in message if where == "symlink" else "NetBuilder reads external data only" in message
    assert str(secret) not in [str(p) for p in opened]
    assert "outside the model's folder" in cli_error(capsys, path)
    assert str(secret) not in [str(p) for p in opened]


def test_external_data_inside_the_folder_is_read_and_checked(folders, tmp_path):
    model_dir, _ = folders
    net = tiny_cnn()
    onnx.save_model(to_onnx(net), str(model_dir / "tiny.onnx"), save_as_external_data=True,
                    all_tensors_to_one_file=True, location="tiny.weights", size_threshold=0)
    back = load_onnx(model_dir / "tiny.onnx")
    x = np.random.default_rng(1).normal(size=(3, 16)).astype("float32")
    np.testing.assert_array_equal(api.predict(back, x), api.predict(net, x))
    weights = model_dir / "tiny.weights"
    weights.write_bytes(weights.read_bytes()[:-8])
    refused(model_dir / "tiny.onnx", "which is shorter")
    with pytest.raises(ValueError, match="open the model from its file"):
        network_from_onnx(onnx.load(str(model_dir / "tiny.onnx"), load_external_data=False))
    refused(write(model_dir, mlp_model([external("w", "missing.bin")]), "m2.onnx"), "'missing.bin', which is not there")
    refused(write(model_dir, mlp_model([external("w", "tiny.weights", size=12)]), "m3.onnx"),
            "reads 12 bytes at 0 of 'tiny.weights' but needs 16")
    refused(write(model_dir, mlp_model([external("w", "tiny.weights", offset="-4")]), "m4.onnx"),
            "reads 16 bytes at -4")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_external_data_in_a_fifo_or_a_folder_does_not_hang(folders):
    model_dir, _ = folders
    os.mkfifo(model_dir / "pipe.bin")
    (model_dir / "folder.bin").mkdir()
    refused(write(model_dir, mlp_model([external("w", "pipe.bin")])), "tensor 'w'", "pipe")
    refused(write(model_dir, mlp_model([external("w", "folder.bin")]), "f.onnx"), "tensor 'w'", "folder")


# -- graphs that are not a computation -------------------------------------------------------------


def test_a_graph_with_a_cycle_is_named_node_by_node(tmp_path, capsys):
    nodes = [helper.make_node("Relu", ["x"], ["a"], name="first"),
             helper.make_node("Add", ["a", "c"], ["b"], name="add"),
             helper.make_node("Relu", ["b"], ["c"], name="loop"),
             helper.make_node("Sigmoid", ["c"], ["y"], name="out")]
    path = write(tmp_path, mlp_model([], nodes))
    refused(path, "the graph has a cycle: Add 'add' → Relu 'loop' → Add 'add'")
    assert "cycle" in cli_error(capsys, path)
    with pytest.raises(ValueError, match="the graph has a cycle"):
        network_from_onnx(mlp_model([], nodes))
    selfish = [helper.make_node("Add", ["x", "s"], ["s"], name="self"), helper.make_node("Relu", ["s"], ["y"])]
    refused(write(tmp_path, mlp_model([], selfish), "self.onnx"), "the graph has a cycle: Add 'self' → Add 'self'")
    twice = [helper.make_node("Relu", ["x"], ["y"], name="one"), helper.make_node("Tanh", ["x"], ["y"], name="two")]
    refused(write(tmp_path, mlp_model([], twice), "twice.onnx"),
            "tensor 'y' is computed by two nodes, Relu 'one' and Tanh 'two'")


def test_nodes_out_of_order_are_put_in_computing_order(tmp_path):
    nodes = [helper.make_node("Sigmoid", ["h"], ["y"], name="out"), helper.make_node("MatMul", ["x", "w"], ["h"])]
    model = mlp_model([numpy_helper.from_array(np.array([[1, 2], [3, 4]], dtype=np.float32), "w")], nodes)
    net = load_onnx(write(tmp_path, model))
    x = np.array([[0.5, -1.0]], dtype=np.float32)
    np.testing.assert_allclose(api.predict(net, x), 1 / (1 + np.exp(-(x @ [[1, 2], [3, 4]]))), rtol=1e-6)
    assert [n.name for n in model.graph.node] == ["out", ""]  # the caller's model is left as it was
    network_from_onnx(model)
    assert [n.name for n in model.graph.node] == ["out", ""]


def test_a_deep_chain_of_nodes_is_no_problem(tmp_path):
    nodes = [helper.make_node("Identity", ["x" if k == 0 else f"t{k}"], [f"t{k + 1}"]) for k in range(5000)]
    nodes.append(helper.make_node("Relu", ["t5000"], ["y"]))
    sys.setrecursionlimit(sys.getrecursionlimit())  # nothing recursive: the default limit is enough
    net = load_onnx(write(tmp_path, mlp_model([], nodes[::-1])))
    assert net.output_layer.activation.name == "relu"
