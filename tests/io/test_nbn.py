"""The .nbn file: exact round trips, atomic saves, and every kind of damaged or hostile file."""

import json
import os
import time

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.io import FORMAT_VERSION, NetworkFileError, dumps, load, loads, save
from netbuilder.io import nbn
from netbuilder.model import Layer, Run
from netbuilder.model.builders import Dense, Input, Sequential


def doc(net=None):
    return json.loads(dumps(net or templates.worked_example()))


def load_doc(d):
    return loads(json.dumps(d))


def error(d_or_text) -> NetworkFileError:
    text = d_or_text if isinstance(d_or_text, (str, bytes)) else json.dumps(d_or_text)
    with pytest.raises(NetworkFileError) as info:
        loads(text)
    return info.value


# -- round trips ---------------------------------------------------------------------------


def test_float64_values_round_trip_bit_for_bit(tmp_path):
    rng = np.random.default_rng(0)
    net = Sequential([Input(3), Dense(5, "tanh"), Dense(600, "relu"), Dense(2, "softmax")], seed=2)
    tricky = np.array([0.1, 1 / 3, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 1e-300, np.pi])
    c = next(iter(net.connections.values()))
    w = rng.normal(size=c.shape)
    w.flat[: len(tricky)] = tricky
    net.set_weights(c.id, w)
    path = save(net, tmp_path / "n.nbn")
    back = load(path)
    assert back.get_parameters().equals(net.get_parameters())
    got = back.connections[c.id].weights
    assert got.tobytes() == w.tobytes(), "identical bits, including -0.0 and subnormals"
    big = list(back.connections.values())[1]
    assert big.weights.size > 256  # stored as base64
    assert '"base64"' in path.read_text()


def test_everything_survives_a_round_trip(tmp_path):
    net = templates.worked_example()
    hidden = net.layer("Hidden")
    net.update_layer(hidden.id, dropout=0.25, position=(120.5, -40.0), kernel_initializer={"name": "random_normal", "stddev": 0.3})
    net.set_edge_enabled(net.inbound(hidden.id)[0].id, 1, 2, False)
    net.add_layer(Layer(2, {"name": "prelu", "alpha": 0.2}, name="P"))
    net.set_training(optimizer={"name": "adam", "learning_rate": 0.01, "amsgrad": True}, l2=0.001, early_stopping_patience=3)
    net.view = {"zoom": 1.5, "presentation": False}
    net.history.runs.append(Run({"optimizer": {"name": "adam"}}, {"loss": [0.5, 0.25], "val_loss": [float("nan"), 0.3]},
                                [0.6, 0.4, 0.3], "completed 2 epochs", "2026-11-23T10:00:00+00:00"))
    back = load(save(net, tmp_path / "all.nbn"))
    assert back.get_config().keys() == net.get_config().keys()
    for a, b in zip(net.layers.values(), back.layers.values()):
        ca, cb = a.get_config(), b.get_config()
        for k in ca:
            if isinstance(ca[k], np.ndarray):
                np.testing.assert_array_equal(ca[k], cb[k])
            else:
                assert ca[k] == cb[k], k
    c = net.inbound(hidden.id)[0]
    np.testing.assert_array_equal(back.connections[c.id].mask, c.mask)
    assert back.training == net.training
    assert back.view == net.view
    run = back.history.runs[0]
    assert run.epochs["loss"] == [0.5, 0.25] and np.isnan(run.epochs["val_loss"][0])
    assert run.batch_loss == [0.6, 0.4, 0.3] and run.stop_reason == "completed 2 epochs"
    np.testing.assert_array_equal(back.dataset["x"], [[0.1, 0.2]])


def test_long_histories_are_compact(tmp_path):
    net = templates.xor()
    net.history.runs.append(Run({}, {"loss": list(np.linspace(1, 0, 500))}, list(np.linspace(1, 0, 1500)), "done"))
    path = save(net, tmp_path / "h.nbn")
    assert path.stat().st_size < 40_000
    run = load(path).history.runs[0]
    assert run.batch_loss == list(np.linspace(1, 0, 1500)), "up to 2000 batch losses are kept exactly"
    assert run.epochs["loss"] == list(np.linspace(1, 0, 500)) and run.steps == 1500


def test_small_networks_are_readable_text():
    text = dumps(templates.worked_example())
    assert '"weights": [\n        [0.1, 0.2, 0.3],\n        [0.4, 0.5, 0.6]\n      ]' in text
    assert '"activation": {"name": "sigmoid"}' in text


# -- atomic saving ------------------------------------------------------------------------


def test_save_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    path = save(templates.xor(), tmp_path / "keep.nbn")
    original = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nbn.os, "replace", boom)
    with pytest.raises(NetworkFileError, match="No space left on device"):
        save(templates.worked_example(), path)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["keep.nbn"], "no temporary file is left behind"


def test_save_into_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(NetworkFileError, match="cannot write"):
        save(templates.xor(), tmp_path / "no" / "such" / "dir" / "x.nbn")


def test_save_replaces_and_keeps_permissions(tmp_path):
    path = tmp_path / "p.nbn"
    save(templates.xor(), path)
    os.chmod(path, 0o640)
    save(templates.worked_example(), path)
    assert (path.stat().st_mode & 0o777) == 0o640
    assert load(path).name == "Worked example"


# -- damaged and hostile files -----------------------------------------------------------------


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NetworkFileError, match="no such file"):
        load(tmp_path / "nope.nbn")
    with pytest.raises(NetworkFileError, match="folder"):
        load(tmp_path)


def test_truncated_file(tmp_path):
    text = dumps(templates.worked_example())
    path = tmp_path / "cut.nbn"
    path.write_text(text[: len(text) // 2])
    with pytest.raises(NetworkFileError) as info:
        load(path)
    assert "truncated" in str(info.value) and str(path) in str(info.value) and "line" in info.value.where


def test_not_json_names_line_and_column():
    e = error('{\n  "format": "netbuilder-network",\n  "version": 1,\n  oops\n}')
    assert e.where == "line 4, column 3" and "not valid JSON" in e.message


def test_not_utf8():
    e = error(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "not UTF-8" in e.message


def test_empty_file():
    assert "empty" in error(b"   \n").message


def test_deeply_nested():
    start = time.perf_counter()
    e = error("[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in e.message
    assert time.perf_counter() - start < 5


def test_other_json_is_not_a_network():
    assert "not a NetBuilder network file" in error({"hello": 1}).message
    assert "format is the text 'keras'" in error({"format": "keras"}).message
    assert "expected an object" in error([1, 2, 3]).message


def test_newer_version_is_refused_with_advice():
    d = doc()
    d["version"] = FORMAT_VERSION + 1
    e = error(d)
    assert e.where == "version" and "newer" in e.message and "update NetBuilder" in e.message


def test_older_versions_are_migrated(monkeypatch):
    """Pretend the current format is 2 and version 1 called the activation 'act'."""
    d = doc()
    d["version"] = 1
    d["layers"][1]["act"] = d["layers"][1].pop("activation")

    def v1_to_v2(old):
        for layer in old["layers"]:
            if "act" in layer:
                layer["activation"] = layer.pop("act")
        return old

    monkeypatch.setattr(nbn, "FORMAT_VERSION", 2)
    monkeypatch.setitem(nbn.MIGRATIONS, 1, v1_to_v2)
    net = load_doc(d)
    assert net.layer("Hidden").activation.name == "sigmoid"
    assert json.loads(dumps(net))["version"] == 2
    d["version"] = 0
    assert "whole number from 1" in error(d).message


def test_migration_chain_runs_in_order(monkeypatch):
    seen = []

    def step(version):
        def run(d):
            seen.append(version)
            return d
        return run

    monkeypatch.setattr(nbn, "FORMAT_VERSION", 3)
    monkeypatch.setitem(nbn.MIGRATIONS, 1, step(1))
    monkeypatch.setitem(nbn.MIGRATIONS, 2, step(2))
    d = doc()
    d["version"] = 1
    net = load_doc(d)
    assert seen == [1, 2] and net.name == "Worked example"


def test_version_without_migration_is_explained(monkeypatch):
    monkeypatch.setattr(nbn, "FORMAT_VERSION", 2)
    monkeypatch.delitem(nbn.MIGRATIONS, 1, raising=False)
    d = doc()
    d["version"] = 1
    assert "no longer supported" in error(d).message


@pytest.mark.parametrize(
    "mutate, where, words",
    [
        (lambda d: d["layers"][1].update(units="three"), "layers[1] (Hidden)", "units: expected a whole number, got the text 'three'"),
        (lambda d: d["layers"][1].update(units=-3), "layers[1] (Hidden)", "units must be between 1"),
        (lambda d: d["layers"][1].update(units=10**9), "layers[1] (Hidden)", "units must be between 1 and 1,000,000"),
        (lambda d: d["layers"][1].update(units=3.5), "layers[1] (Hidden)", "units: expected a whole number, got 3.5"),
        (lambda d: d["layers"][1].update(activation="sigmod"), "layers[1] (Hidden)", "did you mean 'sigmoid'"),
        (lambda d: d["layers"][1].update(dropout="lots"), "layers[1] (Hidden)", "dropout: expected a number"),
        (lambda d: d["layers"][1].update(dropout=1.5), "layers[1] (Hidden)", "dropout must be at least 0 and below 1"),
        (lambda d: d["layers"][1].update(bias=[0.1, "x", 0.3]), "layers[1] (Hidden).bias[1]", "expected a number, got the text 'x'"),
        (lambda d: d["layers"][1].update(bias=[0.1, 0.2]), "layers[1] (Hidden)", "bias has 2 values, but the layer has 3 neurons"),
        (lambda d: d["layers"][1].update(colour="red"), "layers[1] (Hidden)", "unknown field 'colour'"),
        (lambda d: d["layers"][1].pop("units"), "layers[1] (Hidden)", "'units' is missing"),
        (lambda d: d["layers"][2].update(id="L2"), "layers[2]", "id: the layer id 'L2' is used twice"),
        (lambda d: d["layers"][2].update(name="Hidden"), "layers[2] (Hidden)", "layers[1] has the same name"),
        (lambda d: d["layers"][1].update(role="middle"), "layers[1] (Hidden)", "role must be one of 'input'"),
        (lambda d: d["layers"][1].update(position=[1, 2, 3]), "layers[1] (Hidden)", "position must be null or a pair"),
        (lambda d: d["layers"][0].update(image_shape=[2, 2]), "layers[0] (Input (length, width))",
         "image_shape 2 × 2 holds 4 values but the layer has 2 neurons"),
        (lambda d: d["layers"][1].update(kind="conv"), "layers[1] (Hidden)", "kind must be one of 'dense', 'conv2d'"),
        (lambda d: d["layers"][1].update(filters=3), "layers[1] (Hidden)", "unknown field 'filters' (only a Conv2D"),
        (lambda d: d["connections"][0].update(source="L9"), "connections[0].source", "does not define"),
        (lambda d: d["connections"][0]["weights"][1].pop(), "connections[0].weights[1]", "not rectangular"),
        (lambda d: d["connections"][0].update(weights=[[1, 2, 3]]), "connections[0] (Input (length, width) → Hidden)",
         "the weights have shape 1 × 3, but the graph needs 2 × 3 (2 inputs × 3 neurons)"),
        (lambda d: d["connections"][0].update(target="L1"), "connections[0] (Input (length, width) → Input (length, width))",
         "cannot be connected to itself"),
        (lambda d: d["connections"][1].update(source="L1", target="L2"), "connections[1] (Input (length, width) → Hidden)",
         "the same two layers as connections[0]"),
        (lambda d: d["connections"][1].update(id="C1"), "connections[1] (Hidden → Output (service life))",
         "the connection id 'C1' is used twice"),
        (lambda d: d["connections"][0].update(weights=5), "connections[0].weights", "expected a list of weights"),
        (lambda d: d["connections"][0].update(mask=[[1, 0, 2], [1, 1, 1]]), "connections[0].mask", "only hold 0 and 1"),
        (lambda d: d["connections"][0].update(weights={"dtype": "float64", "shape": [2, 3], "base64": "AAAA"}),
         "connections[0].weights.base64", "needed for shape"),
        (lambda d: d["connections"][0].update(weights={"dtype": "float64", "shape": [2, 3], "base64": "!" * 64}),
         "connections[0].weights.base64", "damaged"),
        (lambda d: d["connections"][0].update(weights={"dtype": "int64", "shape": [2, 3], "base64": ""}),
         "connections[0].weights.dtype", "unknown array dtype"),
        (lambda d: d["training"].update(optimizer={"name": "adam", "learning_rate": -1}), "training", "must be > 0"),
        (lambda d: d["training"].update(batch_size="all"), "training", "batch size must be a whole number"),
        (lambda d: d.update(dtype="float16"), "dtype", "float64"),
        (lambda d: d.update(layers={"a": 1}), "layers", "expected a list"),
        (lambda d: d.update(history=[{"epochs": {"loss": ["x"]}}]), "history[0].epochs.loss[0]", "expected a number"),
        (lambda d: d["dataset"].update(x=[[0.1, 0.2], [0.3, 0.4]]), "dataset", "2 inputs but 1 targets"),
    ],
)
def test_wrong_content_names_the_place(mutate, where, words):
    d = doc()
    mutate(d)
    e = error(d)
    assert e.where == where, e
    assert words in e.message, e


def test_nan_where_a_size_belongs():
    text = dumps(templates.worked_example()).replace('"units": 3', '"units": NaN', 1)
    e = error(text)
    assert "NaN is not a number JSON allows" in e.message and e.where.startswith("line ")


def test_sizes_that_would_need_gigabytes_are_refused_before_allocating():
    d = doc()
    d["layers"][0]["units"] = 1_000_000
    d["layers"][1]["units"] = 1_000_000
    d["layers"][0]["bias"] = None
    d["layers"][1]["bias"] = None
    start = time.perf_counter()
    e = error(d)
    assert "more than 20,000,000 parameters" in e.message and e.where == "connections[0].weights"
    assert time.perf_counter() - start < 2


def test_packed_array_with_lying_shape_is_refused():
    d = doc()
    d["connections"][0]["weights"] = {"dtype": "float64", "shape": [100000, 100000], "base64": ""}
    e = error(d)
    assert "the weights have shape 100000 × 100000, but the graph needs 2 × 3" in e.message


def test_huge_text_arrays_are_refused_quickly():
    text = '{"format": "netbuilder-network", "version": 1, "layers": [' + ",".join(["0"] * 2_100_000) + "]}"
    e = error(text)
    assert "written out as text" in e.message


def test_nothing_is_evaluated():
    d = doc()
    d["name"] = "__import__('os').system('echo hacked')"
    net = load_doc(d)
    assert net.name == "__import__('os').system('echo hacked')"


def test_every_shipped_example_loads_and_matches_its_template():
    from netbuilder import assets

    files = {p.name: p for p in assets.examples()}
    for key, (title, factory, filename) in templates.TEMPLATES.items():
        if filename is None or filename not in files:
            continue
        shipped = load(files[filename])
        fresh = factory()
        assert shipped.get_parameters().equals(fresh.get_parameters()), filename
        assert shipped.training == fresh.training
        assert dumps(shipped) == dumps(fresh), f"{filename} is out of date: run python -m netbuilder.templates"
