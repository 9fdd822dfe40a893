"""Convolutional networks in the .nbn file (format version 2): Keras's argument names, exact kernels, weight
shapes checked against the graph, strict messages, and version 1 files still opening unchanged."""

import json
from pathlib import Path

import numpy as np
import pytest

import netbuilder as nb
from netbuilder import templates
from netbuilder.io import FORMAT_VERSION, NetworkFileError, dumps, load, loads, save

FILES = Path(__file__).parent / "files"


def lenet(seed=0):
    return nb.Sequential([nb.Input(shape=(28, 28, 1)), nb.Conv2D(8, 3, activation="relu"), nb.MaxPooling2D(2),
                          nb.Conv2D(16, 3, activation="relu"), nb.MaxPooling2D(2), nb.Flatten(),
                          nb.Dense(10, "softmax")], loss="categorical_crossentropy", seed=seed)


def varied():
    """Every window option: strides, 'same' padding, average pooling, PReLU slopes, an image with 3 channels."""
    net = nb.Sequential([nb.Input(shape=(12, 10, 3)),
                         nb.Conv2D(4, (3, 2), strides=(2, 1), padding="same", activation={"name": "prelu", "alpha": 0.1}),
                         nb.AveragePooling2D((2, 3), strides=1, padding="same"), nb.Conv2D(5, 1, use_bias=False),
                         nb.MaxPooling2D(3, padding="same"), nb.Flatten(), nb.Dense(2, "sigmoid")],
                        loss="binary_crossentropy", seed=5)
    net.layer("Conv").update(dropout=0.25, position=(10.5, -3.0))
    return net


def doc(net):
    return json.loads(dumps(net))


def error(d) -> NetworkFileError:
    with pytest.raises(NetworkFileError) as info:
        loads(json.dumps(d))
    return info.value


def assert_same_network(a, b):
    assert dumps(a) == dumps(b)
    assert list(a.layers) == list(b.layers) and list(a.connections) == list(b.connections)
    for lid, layer in a.layers.items():
        ca, cb = layer.get_config(), b.layers[lid].get_config()
        for key, value in ca.items():
            if isinstance(value, np.ndarray):
                assert value.tobytes() == cb[key].tobytes(), (lid, key)
            else:
                assert value == cb[key], (lid, key)
    for cid, conn in a.connections.items():
        other = b.connections[cid]
        assert conn.weights.shape == other.weights.shape and conn.weights.dtype == other.weights.dtype == np.float64
        assert conn.weights.tobytes() == other.weights.tobytes(), f"{cid}: identical bits"
    assert a.shapes() == b.shapes()
    assert a.summary() == b.summary()


@pytest.mark.parametrize("make", [lenet, varied])
def test_cnn_round_trips_bit_for_bit(tmp_path, make):
    net = make()
    rng = np.random.default_rng(1)
    kernel = next(c for c in net.connections.values() if c.is_kernel)
    w = rng.normal(size=kernel.shape)
    w.flat[:6] = [0.1, 1 / 3, 5e-324, -0.0, 1.7976931348623157e308, -2.2250738585072014e-308]
    net.set_weights(kernel.id, w)
    back = load(save(net, tmp_path / "cnn.nbn"))
    assert_same_network(net, back)
    assert back.connections[kernel.id].weights.tobytes() == w.tobytes(), "subnormals, -0.0 and the largest float"


def test_cnn_predicts_the_same_after_a_round_trip(tmp_path):
    net = lenet(seed=4)
    back = load(save(net, tmp_path / "cnn.nbn"))
    x = np.random.default_rng(0).random((3, 784))
    np.testing.assert_array_equal(nb.predict(back, x), nb.predict(net, x))


def test_layers_are_written_with_keras_argument_names():
    d = doc(lenet())
    layers = {layer["name"]: layer for layer in d["layers"]}
    assert d["version"] == FORMAT_VERSION == 2
    conv = layers["Conv"]
    assert list(conv) == ["id", "name", "role", "kind", "filters", "kernel_size", "strides", "padding", "activation",
                          "use_bias", "bias", "alpha", "dropout", "kernel_initializer", "bias_initializer", "position"]
    assert (conv["kind"], conv["filters"], conv["kernel_size"], conv["strides"], conv["padding"]) == \
        ("conv2d", 8, [3, 3], [1, 1], "valid")
    pool = layers["Pool"]
    assert list(pool) == ["id", "name", "role", "kind", "pool_size", "strides", "padding", "dropout", "position"]
    assert (pool["kind"], pool["pool_size"], pool["strides"]) == ("max_pooling2d", [2, 2], [2, 2])
    assert list(layers["Flatten"]) == ["id", "name", "role", "kind", "dropout", "position"]
    dense = layers["Output"]
    assert list(dense) == ["id", "name", "role", "units", "activation", "use_bias", "bias", "alpha", "dropout",
                           "kernel_initializer", "bias_initializer", "image_shape", "position"], "as in version 1"
    conns = d["connections"]
    assert np.array(conns[0]["weights"]).shape == (3, 3, 1, 8), "a small kernel is readable nested lists"
    assert "mask" not in conns[0]
    assert conns[1] == {"id": "C2", "source": "L2", "target": "L3"}, "no weights into a pooling layer"
    assert conns[2]["weights"]["shape"] == [3, 3, 8, 16] and "base64" in conns[2]["weights"]
    assert conns[-1]["mask"] is None and conns[-1]["weights"]["shape"] == [400, 10]


def test_dense_networks_are_written_as_in_version_1():
    """Only the version number differs from a file of version 1."""
    old = (FILES / "v1_worked_example.nbn").read_text()
    assert json.loads(old)["version"] == 1
    assert dumps(templates.worked_example()) == old.replace('"version": 1,', '"version": 2,', 1)


def test_version_1_files_open_unchanged():
    net = load(FILES / "v1_worked_example.nbn")
    assert_same_network(net, templates.worked_example())


def test_version_1_files_with_the_kind_fields_open():
    """Saved while convolutions were new: version 1, dense layers with kind "dense" and null windows."""
    path = FILES / "v1_worked_example_with_kinds.nbn"
    assert '"kernel_size": null' in path.read_text()
    net = load(path)
    fresh = templates.worked_example()
    assert net.get_parameters().equals(fresh.get_parameters())
    run = net.history.runs[0]
    assert run.epochs["loss"] == [0.3, 0.2, 0.1] and run.batch_loss == [0.31, 0.29, 0.2, 0.18, 0.11, 0.09]
    assert '"kernel_size"' not in dumps(net)


def test_version_1_convolutional_files_open():
    path = FILES / "v1_small_cnn.nbn"
    raw = json.loads(path.read_text())
    assert raw["version"] == 1
    net = load(path)
    assert [layer.kind for layer in net.layers.values()] == ["dense", "conv2d", "max_pooling2d", "flatten", "dense"]
    assert net.shapes()["L4"] == (18,)
    np.testing.assert_array_equal(net.connections["C1"].weights, np.array(raw["connections"][0]["weights"]))
    assert load_text(dumps(net)).summary() == net.summary()


def load_text(text):
    return loads(text)


def test_a_kernel_size_may_be_one_number_as_in_keras():
    d = doc(lenet())
    d["layers"][1]["kernel_size"] = 3
    d["layers"][1]["strides"] = 1
    d["layers"][2]["pool_size"] = 2
    del d["layers"][2]["strides"], d["layers"][1]["padding"]
    net = loads(json.dumps(d))
    assert net.layer("Conv").kernel_size == (3, 3) and net.layer("Pool").strides == (2, 2)
    assert net.layer("Conv").padding == "valid"


def test_a_disconnected_flatten_keeps_its_size():
    """Its size cannot come from its input, and decides the weights after it: so it is written."""
    net = lenet()
    net.disconnect(net.inbound(net.layer("Flatten").id)[0].id)
    assert net.layer("Flatten").units == 400
    d = doc(net)
    assert next(layer for layer in d["layers"] if layer["name"] == "Flatten")["units"] == 400
    assert_same_network(net, loads(json.dumps(d)))


def _conv2_kernel_for(channels):
    return np.zeros((3, 3, channels, 16)).tolist()


@pytest.mark.parametrize(
    "mutate, where, words",
    [
        (lambda d: d["layers"][3].update(kernel_size=[3]), "layers[3] (Conv 2)",
         "kernel_size must be a whole number or a pair [height, width] of whole numbers from 1 to 64, got [3]"),
        (lambda d: d["layers"][3].update(kernel_size=0), "layers[3] (Conv 2)", "kernel_size must be a whole number"),
        (lambda d: d["layers"][3].update(kernel_size=[3, 2.5]), "layers[3] (Conv 2)", "got [3, 2.5]"),
        (lambda d: d["layers"][3].pop("kernel_size"), "layers[3] (Conv 2)", "the field 'kernel_size' is missing"),
        (lambda d: d["layers"][3].update(strides="2"), "layers[3] (Conv 2)", "strides must be a whole number"),
        (lambda d: d["layers"][3].update(padding="full"), "layers[3] (Conv 2)", "padding must be one of 'valid', 'same'"),
        (lambda d: d["layers"][3].update(filters=0), "layers[3] (Conv 2)", "filters must be between 1 and 1,000,000"),
        (lambda d: d["layers"][3].update(units=16), "layers[3] (Conv 2)",
         "unknown field 'units' (a Conv2D layer's size is 'filters')"),
        (lambda d: d["layers"][2].update(kernel_size=[2, 2]), "layers[2] (Pool)",
         "unknown field 'kernel_size' (a pooling layer's window is 'pool_size')"),
        (lambda d: d["layers"][2].update(bias=[0.0] * 8), "layers[2] (Pool)", "unknown field 'bias'"),
        (lambda d: d["layers"][2].update(pool_size=[2, 65]), "layers[2] (Pool)", "pool_size must be"),
        (lambda d: d["layers"][5].update(units=100), "layers[5] (Flatten)",
         "units is 100, but its input gives it 400; a Flatten layer's size follows its input"),
        (lambda d: d["layers"][1].update(kind="conv3d"), "layers[1] (Conv)", "kind must be one of 'dense', 'conv2d'"),
        (lambda d: d["connections"][2].update(weights=_conv2_kernel_for(4)), "connections[2] (Pool → Conv 2)",
         "the weights have shape 3 × 3 × 4 × 16, but the graph needs 3 × 3 × 8 × 16 "
         "(kernel 3×3, 8 channels in, 16 filters)"),
        (lambda d: d["connections"][0].update(weights=np.zeros((3, 3, 8)).tolist()), "connections[0] (Input → Conv)",
         "the weights have shape 3 × 3 × 8, but the graph needs 3 × 3 × 1 × 8"),
        (lambda d: d["connections"][6 - 1].update(weights={"dtype": "float64", "shape": [100, 10], "base64": ""}),
         "connections[5] (Flatten → Output)", "the weights have shape 100 × 10, but the graph needs 400 × 10"),
        (lambda d: d["connections"][0].pop("weights"), "connections[0] (Input → Conv)",
         "the field 'weights' is missing (kernel 3×3, 1 channel in, 8 filters)"),
        (lambda d: d["connections"][1].update(weights=[[1.0]]), "connections[1] (Conv → Pool)",
         "a MaxPooling2D layer has no weights, but the file gives an array of shape 1 × 1"),
        (lambda d: d["connections"][0].update(mask=np.ones((3, 3, 1, 8)).tolist()), "connections[0] (Input → Conv)",
         "only the edges of a dense connection can be removed"),
        (lambda d: d["connections"][0]["weights"][1][2][0].__setitem__(3, "x"), "connections[0].weights[1][2][0][3]",
         "expected a number, got the text 'x'"),
        (lambda d: d["connections"][0]["weights"][1][2][0].pop(), "connections[0].weights[1][2][0]",
         "not rectangular"),
    ],
)
def test_wrong_convolutions_name_the_place(mutate, where, words):
    d = doc(lenet())
    mutate(d)
    e = error(d)
    assert e.where == where, e
    assert words in e.message, e
    assert "\n" not in str(e) and len(str(e)) < 400


def test_a_pooling_layer_of_an_image_too_large_is_refused_before_allocating():
    d = doc(nb.Sequential([nb.Input(shape=(1000, 1000)), nb.Conv2D(2, 1), nb.Flatten(), nb.Dense(1)], seed=0))
    d["layers"][1]["filters"] = 64  # 1000 × 1000 × 64: 64 million values per sample
    d["layers"][1]["bias"] = None
    d["connections"][0]["weights"] = np.zeros((1, 1, 1, 64)).tolist()
    e = error(d)
    assert e.where == "layers[1] (Conv)" and "has 64,000,000 values per sample, more than" in e.message


def test_a_kernel_that_does_not_fit_is_a_design_problem_not_damage():
    """The file is consistent (the kernel matches its layer); validation explains what does not fit."""
    d = doc(lenet())
    d["layers"][3]["kernel_size"] = [14, 14]
    d["connections"][2]["weights"] = np.zeros((14, 14, 8, 16)).tolist()
    assert "the size of 'Flatten' does not follow from its input here, so the file must give its \"units\"" in \
        error(d).message
    d["layers"][5]["units"] = 400
    net = loads(json.dumps(d))
    assert any("kernel 14×14 does not fit its 13×13×8 input" in p.message for p in nb.model.validate(net))
    assert dumps(loads(dumps(net))) == dumps(net)
