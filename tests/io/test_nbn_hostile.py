"""Hostile and damaged network files: numbers Python cannot use, deep nesting, lone surrogates, duplicate keys,
values echoed at length, and a FIFO in place of the file — each one NetworkFileError naming the place (one line,
also through the command line), or a consistent network that saves again."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netbuilder import templates
from netbuilder.cli import main
from netbuilder.io import NetworkFileError, dumps, load, loads, save

ROOT = Path(__file__).resolve().parents[2]
BASE = dumps(templates.xor())


def edit(old, new, text=BASE):
    assert old in text, old
    return text.replace(old, new, 1)


def refused(text) -> NetworkFileError:
    with pytest.raises(NetworkFileError) as info:
        loads(text)
    e = info.value
    assert "\n" not in str(e) and len(str(e)) <= 450, str(e)
    return e


def line_of(text, needle):
    return text[: text.index(needle)].count("\n") + 1


def cli_error(tmp_path, capsys, text, *command):
    path = tmp_path / "hostile.nbn"
    path.write_text(text, encoding="utf-8")
    code = main([command[0] if command else "info", str(path), *command[1:]])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("netbuilder: error: ") and "Traceback" not in err, err
    return err


BIG_INT = "1" * 5000


@pytest.mark.parametrize(
    "old, new, needle, words",
    [
        ('"bias": [0.0, 0.0, 0.0, 0.0]', f'"bias": [0.0, {BIG_INT}, 0.0, 0.0]', BIG_INT, "5,000 digits"),
        ('"learning_rate": 0.05', f'"learning_rate": {BIG_INT}', BIG_INT, "5,000 digits"),
        ('"weights": [\n        [', f'"weights": [\n        [{BIG_INT}, ', BIG_INT, "5,000 digits"),
        ('"image_shape": null', '"image_shape": [1e400, 2]', "1e400", "1e400 is too large"),
        ('"units": 2', '"units": -1e400', "-1e400", "-1e400 is too large"),
        ('"image_shape": null', f'"image_shape": [{10**400}, 2]', str(10**400), "401 digits"),
        ('"params": {}', '"params": {"noise": 1e400}', "1e400", "1e400 is too large"),
        ('"params": {}', f'"params": {{"n": {10**400}}}', str(10**400), "401 digits"),
        ('"view": {}', '"view": {"zoom": 1e400}', "1e400", "beyond ±1.8e308"),
        ('"epochs": 300', '"epochs": 1E999', "1E999", "too large"),
        ('"view": {}', '"view": {"x": NaN}', "NaN", "NaN is not a number JSON allows"),
        ('"view": {}', '"view": {"x": -Infinity}', "-Infinity", "not a number JSON allows"),
    ],
)
def test_numbers_python_cannot_use_are_refused_with_their_line(tmp_path, capsys, old, new, needle, words):
    text = edit(old, new)
    e = refused(text)
    assert words in e.message
    assert e.where.startswith(f"line {line_of(text, needle)}, column "), e
    assert len(e.message) < 120, "the number itself is not echoed whole"
    err = cli_error(tmp_path, capsys, text)
    assert words in err


def test_a_large_but_finite_number_loads_and_saves_again(tmp_path, capsys):
    text = edit('"params": {}', '"params": {"noise": 1e300, "n": ' + "9" * 300 + "}")
    net = loads(text)
    assert loads(dumps(net)).dataset == net.dataset
    err = cli_error(tmp_path, capsys, text, "train", "--epochs", "1")  # the dataset says what is wrong with it
    assert "noise" in err or "'n'" in err


@pytest.mark.parametrize("depth", [500, 900])
@pytest.mark.parametrize(
    "old, new, where",
    [
        ('"view": {}', '"view": {}', "view"),
        ('"params": {}', '"params": {"deep": {}}', "dataset.params.deep"),
        ('"history": []', '"history": [{"settings": {"x": {}}}]', "history[0].settings.x"),
    ],
)
def test_deep_nesting_is_refused_with_the_place(tmp_path, capsys, depth, old, new, where):
    text = edit(old, new.replace("{}", "[" * depth + "]" * depth, 1) if "deep" in new or "x" in new
                else '"view": ' + '{"a": ' * depth + "1" + "}" * depth)
    start = time.perf_counter()
    e = refused(text)
    assert "nested more than 32 levels deep" in e.message and e.where.startswith(where), e
    assert time.perf_counter() - start < 2
    cli_error(tmp_path, capsys, text)


def test_nesting_that_a_network_needs_is_fine():
    assert loads(edit('"view": {}', '"view": ' + '{"a": ' * 30 + "1" + "}" * 30)).view


@pytest.mark.parametrize(
    "old, new, where",
    [
        ('"name": "XOR"', '"name": "X\\ud800"', "name"),
        ('"name": "Hidden"', '"name": "H\\udfff"', "layers[1].name"),
        ('"view": {}', '"view": {"\\udc00": 1}', "view.\udc00"),
        ('"description": "XOR', '"description": "\\ud83dXOR', "description"),
    ],
)
def test_lone_surrogates_are_refused(tmp_path, capsys, old, new, where):
    text = edit(old, new)
    e = refused(text)
    assert "lone surrogate" in e.message
    assert e.where == where.replace("\udc00", "\\udc00"), e
    str(e).encode("utf-8")  # printable
    err = cli_error(tmp_path, capsys, text)
    assert "lone surrogate" in err


def test_surrogate_pairs_are_characters():
    net = loads(edit('"name": "XOR"', '"name": "XOR \\ud83d\\ude00"'))
    assert net.name == "XOR 😀"
    assert loads(dumps(net)).name == "XOR 😀"


@pytest.mark.parametrize(
    "old, new, key",
    [
        ('"units": 4,', '"units": 4,\n      "units": 5,', "units"),
        ('"format": "netbuilder-network",', '"format": "netbuilder-network",\n  "layers": [],', "layers"),
        ('"view": {}', '"view": {"zoom": 1, "pan": [{"x": 1, "y": 2, "\\u0078": 3}]}', "x"),
    ],
)
def test_duplicate_keys_are_refused_naming_key_and_line(tmp_path, capsys, old, new, key):
    text = edit(old, new)
    e = refused(text)
    assert f'the key "{key}" appears twice in one object' in e.message
    second = {"units": '"units": 5', "layers": '"layers": [\n', "x": '"\\u0078"'}[key]  # the later one
    assert e.where.startswith(f"line {line_of(text, second)}, column "), e
    cli_error(tmp_path, capsys, text)


def test_the_same_key_in_different_objects_is_fine():
    assert loads(BASE).name == "XOR"  # "name", "id", "units" ... in every layer


@pytest.mark.parametrize(
    "old, new",
    [
        ('"position": null', '"position": [' + ", ".join(["1"] * 30_000) + "]"),
        ('{"name": "tanh"}', '{"name": "' + "x" * 100_000 + '"}'),
        ('"position": null', '"' + "k" * 100_000 + '": 1, "position": null'),
        ('"kernel_initializer": {"name": "glorot_uniform"}',
         '"kernel_initializer": {"name": "constant", "value": "' + "v" * 100_000 + '"}'),
        ('"kernel_initializer": {"name": "glorot_uniform"}',
         '"kernel_initializer": {"name": "glorot_uniform", "' + "p" * 100_000 + '": 1}'),
        ('"loss": "binary_crossentropy"', '"loss": "' + "l" * 100_000 + '"'),
        ('"source": "L1"', '"source": "' + "s" * 150 + '"'),
        ('"target": "L2"', '"target": "' + "\\n\\u001b[2J" * 50 + '"'),
        ('"units": 4', '"units": "' + "4" * 100_000 + '"'),
        ('"dropout": 0.0', '"dropout": [' + ", ".join(["0.5"] * 30_000) + "]"),
    ],
)
def test_messages_do_not_echo_long_values(tmp_path, capsys, old, new):
    text = edit(old, new)
    e = refused(text)
    assert len(e.message) <= 300 and "…" in str(e) or len(str(e)) < 200, str(e)
    err = cli_error(tmp_path, capsys, text)
    assert len(err) < 450


# -- a FIFO in place of a file -------------------------------------------------------------------


def _run_cli(*args, timeout=30):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "netbuilder", *args], capture_output=True, text=True, timeout=timeout,
                          env=env)
    return done, time.perf_counter() - start


@pytest.mark.parametrize("command", [["info"], ["train", "--epochs", "1"], ["predict", "--input", "1,0"],
                                     ["walkthrough"], ["evaluate"]])
def test_a_fifo_in_place_of_the_network_file_does_not_hang(tmp_path, command):
    fifo = tmp_path / "net.nbn"
    os.mkfifo(fifo)
    done, seconds = _run_cli(command[0], str(fifo), *command[1:])
    assert done.returncode == 2 and seconds < 20
    assert done.stderr == f"netbuilder: error: {fifo}: this is a named pipe (FIFO), not a network file\n"


def test_load_refuses_a_fifo_without_waiting(tmp_path):
    fifo = tmp_path / "net.nbn"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(NetworkFileError, match="named pipe"):
        load(fifo)
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("command", [["train", "--epochs", "1"], ["walkthrough"], ["evaluate"]])
def test_a_fifo_named_as_the_data_does_not_hang(tmp_path, command):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    net = templates.xor()
    net.dataset = {"kind": "csv", "path": "data.csv"}
    path = save(net, tmp_path / "net.nbn")
    done, seconds = _run_cli(command[0], str(path), *command[1:])
    assert done.returncode == 2 and seconds < 20, done.stderr
    assert done.stderr.count("\n") == 1 and "named pipe" in done.stderr, done.stderr


# -- what tools/fuzz_files.py found ----------------------------------------------------------------


def _worked(mutate, version=None):
    d = json.loads(dumps(templates.worked_example()))
    mutate(d)
    if version is not None:
        d["version"] = version
    return json.dumps(d)


@pytest.mark.parametrize(
    "mutate, version, where, words",
    [
        (lambda d: d["connections"][0].update(weights={"dtype": ["float64"], "shape": [2, 3], "base64": ""}), None,
         "connections[0].weights.dtype", "unknown array dtype a list"),
        (lambda d: d["layers"][1].update(bias={"dtype": {}, "shape": [3], "base64": ""}), None,
         "layers[1] (Hidden).bias.dtype", "unknown array dtype an object"),
        (lambda d: d["layers"][1].update(kind=["dense"]), 1, "layers[1] (Hidden)", "kind must be one of"),
        (lambda d: d.update(dataset={"kind": "builtin", "name": "xor", "params": "n=4"}), None, "dataset.params",
         "expected an object"),
        (lambda d: d.update(dataset={"kind": "builtin", "name": "xor", "params": {"seed": [[0.5, 0.5]] * 3000}}), None,
         "dataset.params.seed", "a built-in dataset's setting is a number or a word, got a list"),
        (lambda d: d.update(dataset={"kind": "builtin", "name": 5}), None, "dataset.name", "expected text"),
        (lambda d: d["dataset"].update(target_names=3), None, "dataset.target_names", "expected a list of names"),
        (lambda d: d["dataset"].update(target_names=None), None, "dataset.target_names", "got null"),
        (lambda d: d["dataset"].update(feature_names=["a", "b", "c"]), None, "dataset.feature_names",
         "has 3 names for 2 columns"),
        (lambda d: d["dataset"].update(task=["binary"]), None, "dataset.task", "expected text"),
        (lambda d: d.update(dtype="float32") or d["layers"][1].update(bias=[0.1, 1e300, 0.3]), None,
         "layers[1] (Hidden)", "bias holds 1e+300, beyond ±3.403e+38, the largest float32"),
        (lambda d: d.update(dtype="float32") or d["connections"][1].update(weights=[[0.4], [-1e39], [0.6]]), None,
         "connections[1] (Hidden → Output (service life))", "weights holds -1e+39"),
    ],
)
def test_what_the_fuzzer_found_is_refused_with_the_place(tmp_path, capsys, mutate, version, where, words):
    text = _worked(mutate, version)
    e = refused(text)
    assert e.where == where and words in e.message, e
    cli_error(tmp_path, capsys, text)


def test_a_float64_network_may_hold_large_values():
    net = loads(_worked(lambda d: d["layers"][1].update(bias=[0.1, 1e300, 0.3])))
    assert net.layer("Hidden").bias[1] == 1e300
