#!/usr/bin/env python3
"""Fuzz the network file: damaged and hostile .nbn files through the reader and the commands that read one.

    python tools/fuzz_files.py                       # 10 000 cases, 2 at a time, 10 s and 3 GB each
    python tools/fuzz_files.py --cases 500 --seed 7 --jobs 1 --timeout 5 --memory-mb 1024 --keep failures/

Cases are made from the shipped example networks (those made for MNIST with 32 of its images) and a few
more (convolutional networks, runs in the history, removed edges, PReLU slopes, an inline dataset, files of
format version 1) by seeded mutations: the file cut short, bytes
flipped, spans deleted or repeated, keys deleted, given twice or added, values replaced by hostile ones
(numbers of 5 000 digits, 1e400, 10**400, NaN, lone surrogates, nesting 500–900 deep, huge lists and
shapes, wrong types), subtrees swapped. Case *k* of a seed is always the same file.

Each case runs in a child process of its own (forked, at most ``--jobs`` at a time) with a memory cap
(``RLIMIT_AS``) and a time limit, and goes through:

- ``netbuilder.load``: it must give a network, or one NetworkFileError of one line; a network must save
  again, load again, and then be written the same;
- ``netbuilder info``, ``train --epochs 1 -o OUT`` (OUT must load), ``predict`` (with an input of the
  right size) and ``walkthrough``, in-process through ``netbuilder.cli.main.main``: status 0, 1 (training
  diverged) or 2 with one line ``netbuilder: error: ...`` on stderr, never a traceback.

It prints how many cases were tried, how many ended cleanly (loaded, or refused with one message) and the
failures by kind: traceback (an exception other than NetworkFileError, or a traceback printed), unstable
(saved but did not read back the same), message (an error that is not one line), hang (over the time
limit), memory (MemoryError or over the cap), crash (the child died of a signal); and, not as failures,
the cases where a command that succeeded printed a Python warning (the engine's overflow warnings).
``--keep DIR`` writes the failing files there with what went wrong; ``--case K`` runs case K alone, in
the process, with the time of each step. The exit status is 1 if anything failed.

:func:`make_case` and :func:`check_in_process` are what ``tests/io/test_nbn_fuzz.py`` uses for its few
hundred cases in the test suite.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core per case: the machine is shared
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import select  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402
from functools import lru_cache  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

import netbuilder as nb  # noqa: E402
from netbuilder import assets, templates  # noqa: E402
from netbuilder.io import NetworkFileError, dumps, load, save  # noqa: E402
from netbuilder.model import Run  # noqa: E402

COMMANDS = ("load", "info", "train", "predict", "walkthrough")
KINDS = ("traceback", "unstable", "message", "hang", "memory", "crash")


# -- the networks mutated ---------------------------------------------------------------------------


def _small_cnn() -> nb.Network:
    net = nb.Sequential([nb.Input(shape=(8, 8, 1)), nb.Conv2D(3, 3, activation="relu", padding="same"),
                         nb.MaxPooling2D(2), nb.Conv2D(4, (2, 2), strides=(1, 2)), nb.AveragePooling2D(2),
                         nb.Flatten(), nb.Dense(3, "softmax")],
                        name="Small CNN", loss="categorical_crossentropy", seed=1, epochs=2, batch_size=4)
    rng = np.random.default_rng(0)
    x = rng.random((12, 64))
    y = np.eye(3)[rng.integers(0, 3, 12)]
    net.dataset = {"kind": "inline", "x": x, "y": y, "task": "multiclass"}
    return net


def _mnist_sample() -> dict[str, Any]:
    from netbuilder.data.builtin import make_builtin

    data = make_builtin("mnist", {"limit": 32})
    return {"kind": "inline", "x": data.x, "y": data.y, "task": data.task}


def _lenet() -> nb.Network:
    net = nb.Sequential([nb.Input(shape=(28, 28, 1)), nb.Conv2D(8, 3, activation="relu"), nb.MaxPooling2D(2),
                         nb.Conv2D(16, 3, activation="relu"), nb.MaxPooling2D(2), nb.Flatten(),
                         nb.Dense(10, "softmax")], name="LeNet", loss="categorical_crossentropy", seed=0)
    net.dataset = _mnist_sample()
    return net


def _trained_xor() -> nb.Network:
    net = templates.xor()
    net.set_training(epochs=40, batch_size=1)
    nb.train(net, "xor", seed=0)
    net.history.runs.append(Run({"optimizer": {"name": "adam", "learning_rate": 0.1}, "batch_size": 1,
                                 "changes": [{"step": 3, "optimizer": {"name": "adam", "learning_rate": 0.05}}]},
                                {"loss": [0.7, float("nan"), 0.5], "accuracy": [0.5, 0.75, 1.0]},
                                list(np.linspace(1, 0, 3000)), "stopped by the user", "2026-11-23T10:00:00+00:00"))
    net.view = {"zoom": 1.25, "center": [10.0, -4.5], "presentation": False, "panels": {"loss": {"log": True}}}
    return net


def _edited_worked_example() -> nb.Network:
    net = templates.worked_example()
    hidden = net.layer("Hidden")
    net.set_edge_enabled(net.inbound(hidden.id)[0].id, 1, 2, False)
    net.update_layer(hidden.id, activation={"name": "prelu", "alpha": 0.2}, dropout=0.1, position=(120.0, 40.0))
    net.set_training(optimizer={"name": "rmsprop", "learning_rate": 0.01, "centered": True}, l2=0.001,
                     early_stopping_patience=3, validation_split=0.0)
    return net


@lru_cache(maxsize=1)
def seeds() -> tuple[tuple[str, str, float], ...]:
    """(name, text, weight) of every network mutated; MNIST-sized ones are picked less often (slow to train)."""
    out = []
    for path in assets.examples():
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        dataset = doc.get("dataset") or {}
        if dataset.get("kind") == "builtin" and dataset.get("name") == "mnist":
            # 32 of its images carried by the file, not 60 000 and a test set of 10 000: a case is about the
            # file, and has 10 s
            net = nb.load(path)
            net.dataset = _mnist_sample()
            text = dumps(net)
        out.append((path.name, text, 0.3 if "mnist" in path.name else 1.0))
    for name, make, weight in (("small_cnn.nbn", _small_cnn, 2.0), ("lenet.nbn", _lenet, 0.3),
                               ("trained_xor.nbn", _trained_xor, 1.5), ("edited_worked.nbn", _edited_worked_example, 1.5)):
        out.append((name, dumps(make()), weight))
    v1 = ROOT / "tests" / "io" / "files"
    for path in sorted(v1.glob("v1_*.nbn")):
        out.append((path.name, path.read_text(encoding="utf-8"), 0.5))
    return tuple(out)


# -- mutations ---------------------------------------------------------------------------------


def _deep(rng: random.Random) -> str:
    n = rng.randint(500, 900)
    if rng.random() < 0.5:
        return "[" * n + "]" * n
    return '{"a": ' * n + "1" + "}" * n


#: Raw JSON text put where a value was: numbers Python cannot use, wrong types, lone surrogates, huge things.
HOSTILE: tuple[Callable[[random.Random], str], ...] = (
    lambda r: "1" * 5000,
    lambda r: "-" + "9" * 5000,
    lambda r: "0." + "3" * 5000,
    lambda r: "1e400",
    lambda r: "-1e400",
    lambda r: str(10**400),
    lambda r: str(-(10**400)),
    lambda r: "1e308",
    lambda r: "-1.7976931348623157e308",
    lambda r: "5e-324",
    lambda r: "1e-400",
    lambda r: "-0",
    lambda r: "NaN",
    lambda r: "Infinity",
    lambda r: "-Infinity",
    lambda r: str(r.choice([0, 1, 2, 3, 4, 7, 8, 64, 65, 255, 256, 1000, 1_000_000, 1_000_001, 2**31, 2**53 + 1,
                            2**63, 2**64, 10**18, -1, -2])),
    lambda r: r.choice(["0.5", "1.5", "-0.5", "2.0", "0.0", "3.0", "1e-7", "0.999999"]),
    lambda r: r.choice(["true", "false", "null"]),
    lambda r: r.choice(['""', '"x"', '"dense"', '"conv2d"', '"max_pooling2d"', '"average_pooling2d"', '"flatten"',
                        '"same"', '"valid"', '"input"', '"output"', '"hidden"', '"L1"', '"L2"', '"L3"', '"C1"',
                        '"sigmoid"', '"prelu"', '"softmax"', '"adam"', '"builtin"', '"inline"', '"csv"', '"mnist"',
                        '"float32"', '"uint8"', '"netbuilder-network"']),
    lambda r: r.choice(['"\\ud800"', '"a\\udfff"', '"\\udc00\\ud800"', '"\\u0000"', '"\\n\\r\\t\\u001b[2J"',
                        '"\\ud83d\\ude00"']),
    lambda r: '"' + "A" * r.choice([201, 1001, 100_001]) + '"',
    lambda r: r.choice(["[]", "{}", "[[]]", "[[[]]]", "[0]", "[1, 2]", "[1, 2, 3]", "[3, 3]", "[0, 0]", "[-1, 5]",
                        "[65, 2]", "[28, 28]", "[28, 28, 1]", "[2, 2, 2, 2]", "[1e400]", "[null]", '["x"]',
                        "[[0.1, 0.2], [0.3]]", "[true, false]"]),
    lambda r: "[" + ",".join(["1"] * r.choice([257, 30_000, 100_000])) + "]",
    lambda r: "[" + ",".join(["[0.5, 0.5]"] * r.choice([3, 1000])) + "]",
    lambda r: r.choice(['{"name": "x"}', '{"name": 5}', '{"name": "relu", "alpha": 1e308}', '{"name": "elu", "alpha": -1}',
                        '{"name": "constant", "value": "v"}', '{"name": "adam", "learning_rate": 0}',
                        '{"kind": "builtin", "name": "xor", "params": {"n": 100000000}}',
                        '{"kind": "csv", "path": "/dev/zero"}', '{"kind": "csv", "path": "."}',
                        '{"kind": "idx", "train_images": "/dev/zero"}', '{"kind": "inline", "x": [[1]], "y": [[1], [2]]}']),
    lambda r: r.choice(['{"dtype": "float64", "shape": [1000000000, 1000000000], "base64": ""}',
                        '{"dtype": "float64", "shape": [2, 3], "base64": "AAAA"}',
                        '{"dtype": "uint8", "shape": [0], "base64": ""}',
                        '{"dtype": "float32", "shape": [3], "base64": "AAAAAAAAAAAAAAAA"}',
                        '{"dtype": "float64", "shape": [-1], "base64": ""}',
                        '{"dtype": "float64", "shape": [' + str(10**300) + '], "base64": ""}',
                        '{"dtype": "float64", "shape": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "base64": "AAAAAAAAAAA="}',
                        '{"dtype": "float64", "shape": [1], "base64": "AAAAAAAA+H8="}']),  # NaN, packed
    _deep,
)

#: What the issue found loading and then not saving again, when put where anything may stand.
FREE_FORM_HOSTILE = (_deep, lambda r: r.choice(['"\\ud800"', '"a\\udfff"', '{"\\udc00": 1}']), lambda r: "1e400",
                     lambda r: "-1e400", lambda r: str(10**400), lambda r: "1" * 5000, lambda r: "NaN")

WRONG_TYPES = ('"text"', "[]", "{}", "0", "-1", "true", "null", "1.5", '[{"a": 1}]')

#: Keys worth adding where they do not belong (or belong, with a wrong value).
KEYS = ("kind", "filters", "kernel_size", "pool_size", "strides", "padding", "units", "mask", "weights", "bias",
        "alpha", "image_shape", "batch_steps", "id", "name", "role", "source", "target", "version", "format", "view",
        "dataset", "history", "settings", "epochs", "batch_loss", "dropout", "activation", "position", "x", "y",
        "params", "shape", "dtype", "base64", "changes", "optimizer", "learning_rate")


def _nodes(doc: Any) -> list[tuple]:
    """Paths to the values of a document worth mutating (long lists of numbers only at a few indices)."""
    out: list[tuple] = []
    stack: list[tuple[Any, tuple]] = [(doc, ())]
    while stack:
        value, path = stack.pop()
        out.append(path)
        if isinstance(value, dict):
            for k, v in value.items():
                stack.append((v, path + (k,)))
        elif isinstance(value, list):
            indices = range(len(value)) if len(value) <= 8 else (0, 1, len(value) // 2, len(value) - 1)
            for i in indices:
                stack.append((value[i], path + (i,)))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _set(doc: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    _get(doc, path[:-1])[path[-1]] = value
    return doc


class _Doc:
    """A document being mutated; raw JSON text goes in through placeholders replaced after dumping."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.raw: dict[str, str] = {}

    def placeholder(self, text: str) -> str:
        key = f"@@R{len(self.raw)}@@"
        self.raw[key] = text
        return key

    def dump(self, rng: random.Random) -> str:
        indent = rng.choice([None, None, 2])
        text = json.dumps(self.doc, indent=indent, ensure_ascii=rng.random() < 0.5, allow_nan=True)
        for key, raw in self.raw.items():
            text = text.replace(json.dumps(key), raw)
        return text


def _objects(d: _Doc) -> list[tuple]:
    return [p for p in _nodes(d.doc) if isinstance(_get(d.doc, p), dict)]


def m_replace(d: _Doc, rng: random.Random) -> str:
    path = rng.choice(_nodes(d.doc))
    d.doc = _set(d.doc, path, d.placeholder(rng.choice(HOSTILE)(rng)))
    return f"replace {_show_path(path)}"


def m_wrong_type(d: _Doc, rng: random.Random) -> str:
    path = rng.choice(_nodes(d.doc))
    d.doc = _set(d.doc, path, d.placeholder(rng.choice(WRONG_TYPES)))
    return f"wrong type at {_show_path(path)}"


def m_delete_key(d: _Doc, rng: random.Random) -> str:
    objects = [p for p in _objects(d) if _get(d.doc, p)]
    if not objects:
        return "no key to delete"
    path = rng.choice(objects)
    obj = _get(d.doc, path)
    key = rng.choice(list(obj))
    del obj[key]
    return f"delete {_show_path(path + (key,))}"


def m_duplicate_key(d: _Doc, rng: random.Random) -> str:
    objects = [p for p in _objects(d) if _get(d.doc, p)]
    if not objects:
        return "no key to repeat"
    path = rng.choice(objects)
    obj = _get(d.doc, path)
    key = rng.choice(list(obj))
    value = json.dumps(obj[key], allow_nan=True) if rng.random() < 0.5 else rng.choice(HOSTILE)(rng)
    # a placeholder key that becomes the repeated key itself: '"@@R1@@": "@@R2@@"' -> '"units": 5'
    obj[d.placeholder(json.dumps(key))] = d.placeholder(value)
    return f"repeat {_show_path(path + (key,))}"


def m_add_key(d: _Doc, rng: random.Random) -> str:
    objects = _objects(d)
    if not objects:
        return "no object"
    path = rng.choice(objects)
    key = rng.choice(KEYS)
    value = rng.choice(HOSTILE)(rng) if rng.random() < 0.7 else rng.choice(WRONG_TYPES)
    _get(d.doc, path)[key] = d.placeholder(value)
    return f"add {_show_path(path + (key,))}"


def m_deep(d: _Doc, rng: random.Random) -> str:
    if not _objects(d):
        return "no object"
    path = rng.choice(_objects(d))
    _get(d.doc, path)[rng.choice(["deep", "a"] + list(_get(d.doc, path))[:3] or ["a"])] = d.placeholder(_deep(rng))
    return f"nest deeply in {_show_path(path)}"


def m_swap(d: _Doc, rng: random.Random) -> str:
    nodes = [p for p in _nodes(d.doc) if p]
    if not nodes:
        return "no swap"
    a, b = rng.choice(nodes), rng.choice(nodes)
    if a[: len(b)] == b or b[: len(a)] == a:
        return "no swap"
    va, vb = _get(d.doc, a), _get(d.doc, b)
    _set(d.doc, a, vb)
    _set(d.doc, b, va)
    return f"swap {_show_path(a)} and {_show_path(b)}"


def m_number(d: _Doc, rng: random.Random) -> str:
    numbers = [p for p in _nodes(d.doc) if isinstance(_get(d.doc, p), (int, float)) and not isinstance(_get(d.doc, p), bool)]
    if not numbers:
        return "no number"
    path = rng.choice(numbers)
    value = _get(d.doc, path)
    new = rng.choice([value * 10**rng.randint(1, 12), -value, value + 1, value - 1, value / 3, 0, 10**rng.randint(6, 30),
                      float(value) * 1e300])
    _set(d.doc, path, new)
    return f"change the number at {_show_path(path)}"


def m_units(d: _Doc, rng: random.Random) -> str:
    """A size changed consistently nowhere else: the shapes downstream no longer fit."""
    layers = d.doc.get("layers") if isinstance(d.doc, dict) else None
    if not isinstance(layers, list) or not layers:
        return "no layer"
    layer = rng.choice(layers)
    if not isinstance(layer, dict):
        return "no layer"
    key = rng.choice(["units", "filters", "kernel_size", "pool_size", "strides", "padding", "kind", "role",
                      "image_shape"])
    layer[key] = rng.choice([1, 2, 3, 8, 16, 100, [1, 1], [2, 2], [3, 3], [5, 5], "same", "valid", "conv2d",
                             "max_pooling2d", "flatten", "dense", "input", "output", [8, 8], [28, 28, 1], None])
    return f"set layers[].{key}"


def m_version(d: _Doc, rng: random.Random) -> str:
    if isinstance(d.doc, dict):
        d.doc["version"] = rng.choice([0, 1, 2, 3, -1, 1.0, 2.5, "2", None, 10**6])
    return "change the version"


def m_plausible(d: _Doc, rng: random.Random) -> str:
    """A value replaced by one of the same type that could be right: most such files still load, so the
    commands get to run on odd but consistent networks."""
    path = rng.choice(_nodes(d.doc))
    value = _get(d.doc, path)
    if isinstance(value, bool):
        new: Any = not value
    elif isinstance(value, int):
        new = rng.choice([0, 1, 2, 3, value + 1, max(value - 1, 0), value * 2, 10, 100])
    elif isinstance(value, float):
        new = rng.choice([0.0, -value, value * 2, value / 7, 1e-8, 1e6, 0.5, -3.25, 1e300])
    elif isinstance(value, str):
        texts = [v for v in (_get(d.doc, q) for q in _nodes(d.doc)) if isinstance(v, str) and len(v) < 100]
        new = rng.choice(texts + ["", "ü 😀", "x" * 150, "relu", "adam", "linear", "glorot_normal", "hinge"])
    elif value is None:
        new = rng.choice([0, 0.5, "x", [], {}, [0.5, 0.5], [2, 2]])
    elif isinstance(value, list):
        new = value[: rng.randint(0, len(value))] if rng.random() < 0.5 else value + value[:1]
    else:
        new = dict(list(value.items())[: rng.randint(0, len(value))])
    d.doc = _set(d.doc, path, new)
    return f"plausible value at {_show_path(path)}"


def m_free_form(d: _Doc, rng: random.Random) -> str:
    """Something put into the parts of a file that are free-form: the view, dataset parameters, run settings."""
    if not isinstance(d.doc, dict):
        return "no document"
    targets = []
    if isinstance(d.doc.get("view"), dict):
        targets.append(("view",))
    if isinstance(d.doc.get("dataset"), dict):
        targets.append(("dataset",))
        if isinstance(d.doc["dataset"].get("params"), dict):
            targets.append(("dataset", "params"))
    for i, run in enumerate(d.doc.get("history") or []):
        if isinstance(run, dict) and isinstance(run.get("settings"), dict):
            targets.append(("history", i, "settings"))
    if not targets:
        return "nothing free-form"
    path = rng.choice(targets)
    key = rng.choice(["zoom", "x", "a", "seed", "n", "noise", "limit", "optimizer", "changes", "final", "😀", "\\"])
    value = rng.choice(FREE_FORM_HOSTILE)(rng) if rng.random() < 0.6 else rng.choice(HOSTILE)(rng) \
        if rng.random() < 0.5 else json.dumps(rng.choice([1, 0.5, "x", [1, {"a": None}]]))
    _get(d.doc, path)[key] = d.placeholder(value)
    return f"free-form {_show_path(path + (key,))}"


TREE_MUTATIONS = (m_plausible, m_plausible, m_plausible, m_plausible, m_plausible, m_plausible, m_free_form, m_free_form,
                  m_free_form, m_replace, m_replace, m_replace, m_wrong_type, m_delete_key, m_duplicate_key, m_add_key, m_deep,
                  m_swap, m_number, m_number, m_units, m_units, m_version)


def b_truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    cut = rng.randrange(len(data))
    return data[:cut], f"cut at byte {cut}"


def b_flip(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        # mostly characters JSON is made of (a damaged digit, quote or bracket), sometimes any byte
        out[rng.randrange(len(out))] = rng.choice(b'0123456789.-+eE"{}[],: \\nulltrue') if rng.random() < 0.75 \
            else rng.randrange(256)
    return bytes(out), "bytes flipped"


def b_splice(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 80))
    if rng.random() < 0.5:
        return data[:a] + data[b:], f"bytes {a}-{b} deleted"
    return data[:b] + data[a:b] + data[b:], f"bytes {a}-{b} repeated"


BYTE_MUTATIONS = (b_truncate, b_flip, b_flip, b_splice)


def _show_path(path: tuple) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{str(p)[:30]}" for p in path) or "the document"


def make_case(seed: int, index: int) -> tuple[str, bytes, list[str]]:
    """Case ``index`` of ``seed``: (the network it came from, the file's bytes, what was done)."""
    rng = random.Random(f"{seed}:{index}")
    names = seeds()
    name, text, _ = rng.choices(names, weights=[w for _, _, w in names])[0]
    done: list[str] = []
    data = text.encode("utf-8")
    if rng.random() < 0.85:
        d = _Doc(json.loads(text))
        for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3])):
            done.append(rng.choice(TREE_MUTATIONS)(d, rng))
        data = d.dump(rng).encode("utf-8", "surrogatepass")
    if rng.random() < 0.2 or not done:
        data, what = rng.choice(BYTE_MUTATIONS)(data, rng)
        done.append(what)
    return name, data, done


# -- checking one case ---------------------------------------------------------------------------


class Failure(Exception):
    def __init__(self, kind: str, detail: str):
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail = kind, detail


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from netbuilder.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except MemoryError:
            raise
        except BaseException as exc:  # noqa: BLE001 - anything escaping main is what we look for
            raise Failure("traceback", f"{' '.join(argv[:1])}: {type(exc).__name__} escaped main(): "
                          f"{_short(exc)}\n{_tail()}") from None
    return code, out.getvalue(), err.getvalue()


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:200] + "…" + text[-80:]


def _tail() -> str:
    return "".join(traceback.format_exc().splitlines(keepends=True)[-12:])


#: Commands whose stderr had a Python warning in it (not a failure, but worth a look: it is not one line).
WARNED: list[str] = []


def _check_cli(argv: list[str], allowed=(0, 2)) -> tuple[int, str]:
    code, out, err = _cli(argv)
    if "Warning: " in err:
        WARNED.append(argv[0] + ": " + next(line for line in err.splitlines() if "Warning: " in line).strip())
    if "Traceback (most recent call last)" in err or "Traceback (most recent call last)" in out:
        raise Failure("traceback", f"{argv[0]} printed a traceback: {err[-2000:]}")
    if code not in allowed:
        raise Failure("traceback", f"{argv[0]} returned {code}: {err[-500:]}")
    if code == 2:
        lines = [line for line in err.splitlines() if line]
        if len(lines) != 1 or not lines[0].startswith("netbuilder: error: "):
            raise Failure("message", f"{argv[0]}: not one line 'netbuilder: error: …': {err[:1000]!r}")
        if len(lines[0]) > 2000:
            raise Failure("message", f"{argv[0]}: an error of {len(lines[0]):,} characters")
    return code, err


def check_in_process(data: bytes, workdir: Path, commands: tuple[str, ...] = COMMANDS,
                     timings: dict[str, float] | None = None) -> str:
    """Run one case; returns "loaded" or "refused", raises :class:`Failure` (or MemoryError). ``timings``
    gets the seconds each step took."""
    clock = [time.perf_counter()]

    def lap(step: str) -> None:
        if timings is not None:
            now = time.perf_counter()
            timings[step] = now - clock[0]
            clock[0] = now

    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "case.nbn"
    path.write_bytes(data)
    outcome = "refused"
    net = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # warnings are not failures here (the test suite makes its own errors)
        try:
            net = load(path)
            outcome = "loaded"
        except NetworkFileError as exc:
            if "\n" in str(exc) or len(str(exc)) > 2000:
                raise Failure("message", f"load: {str(exc)[:500]!r}") from None
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise Failure("traceback", f"load: {type(exc).__name__}: {_short(exc)}\n{_tail()}") from None
    if net is not None:
        again = workdir / "again.nbn"
        try:
            save(net, again)
            back = load(again)
            first, second = dumps(net), dumps(back)
        except MemoryError:
            raise
        except NetworkFileError as exc:
            raise Failure("unstable", f"loaded, but saving or reading it again failed: {exc}") from None
        except Exception as exc:  # noqa: BLE001
            raise Failure("traceback", f"save/reload: {type(exc).__name__}: {_short(exc)}\n{_tail()}") from None
        if first != second:
            raise Failure("unstable", "saved and read again, it is written differently")
    lap("load")
    if "info" in commands:
        code, err = _check_cli(["info", str(path)])
        if (code == 0) != (net is not None):
            raise Failure("traceback", f"info returned {code} but load {outcome}: {err[:300]}")
        lap("info")
    if net is None:
        return outcome  # the commands below read the file just as load() did: the same message
    if "train" in commands:
        out = workdir / "trained.nbn"
        code, _ = _check_cli(["train", str(path), "--epochs", "1", "-q", "-o", str(out)], allowed=(0, 1, 2))
        if code in (0, 1):
            try:
                load(out)
            except NetworkFileError as exc:
                raise Failure("unstable", f"train wrote a file that does not load: {exc}") from None
        lap("train")
    if "predict" in commands:
        layer = net.input_layer
        n = layer.units if layer is not None and layer.units <= 5000 else 2
        _check_cli(["predict", str(path), "--input", ",".join(["0.5"] * n)])
        lap("predict")
    if "walkthrough" in commands:
        _check_cli(["walkthrough", str(path), "-o", str(workdir / "walk.txt")])
        lap("walkthrough")
    return outcome


# -- running many cases, each in a child process -------------------------------------------------------


def _vm_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0  # pragma: no cover


def _child(data: bytes, workdir: Path, commands: tuple[str, ...], memory_bytes: int, fd: int) -> None:
    try:
        limit = _vm_bytes() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        sys.setrecursionlimit(1000)
        try:
            result = {"outcome": check_in_process(data, workdir, commands)}
            if WARNED:
                result["warned"] = WARNED[:3]
        except Failure as exc:
            result = {"outcome": "failure", "kind": exc.kind, "detail": exc.detail}
        except MemoryError:
            result = {"outcome": "failure", "kind": "memory", "detail": f"MemoryError\n{_tail()}"}
        payload = json.dumps(result).encode("utf-8", "backslashreplace")
        while payload:
            payload = payload[os.write(fd, payload[:65536]):]
    finally:
        os._exit(0)


def run(cases: int, seed: int, jobs: int, timeout: float, memory_mb: int, commands: tuple[str, ...],
        keep: Path | None, progress: bool = True) -> dict[str, Any]:
    """Run cases 0 … ``cases`` − 1 of ``seed``, ``jobs`` child processes at a time; returns the counts and a
    few examples of each kind of failure."""
    import shutil

    seeds()  # made once, before forking
    counts: dict[str, Any] = {"tried": 0, "loaded": 0, "refused": 0, **{k: 0 for k in KINDS}, "warned": 0}
    warned: list[str] = []
    examples: dict[str, list[str]] = {k: [] for k in KINDS}
    running: dict[int, dict[str, Any]] = {}
    base = Path(tempfile.mkdtemp(prefix="nbn-fuzz-"))
    next_index = 0
    started = time.monotonic()

    def finish(pid: int, result: dict[str, Any] | None, kind: str | None = None, detail: str = "") -> None:
        case = running.pop(pid)
        os.close(case["fd"])
        shutil.rmtree(case["workdir"], ignore_errors=True)
        counts["tried"] += 1
        if kind is None:
            if result is None:
                kind, detail = "crash", "the child ended without a result"
            elif result["outcome"] == "failure":
                kind, detail = result["kind"], result["detail"]
            else:
                counts[result["outcome"]] += 1
                if result.get("warned"):
                    counts["warned"] += 1
                    if len(warned) < 5:
                        warned.append(f"case {case['index']} (from {case['name']}: {'; '.join(case['done'])}): "
                                      f"{result['warned'][0]}")
        if kind is not None:
            counts[kind] += 1
            what = f"case {case['index']} (from {case['name']}: {'; '.join(case['done'])})"
            if len(examples[kind]) < 5:
                examples[kind].append(f"{what}: {detail}")
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                stem = f"{kind}-{seed}-{case['index']}"
                (keep / f"{stem}.nbn").write_bytes(case["data"])
                (keep / f"{stem}.txt").write_text(f"{what}\n{detail}\n", encoding="utf-8", errors="backslashreplace")
        if progress and counts["tried"] % 500 == 0:
            rate = counts["tried"] / max(time.monotonic() - started, 1e-9)
            print(f"  {counts['tried']:,} cases, {rate:.1f} a second, {sum(counts[k] for k in KINDS)} failures",
                  file=sys.stderr, flush=True)

    try:
        while next_index < cases or running:
            while next_index < cases and len(running) < jobs:
                name, data, done = make_case(seed, next_index)
                workdir = base / str(next_index)
                r, w = os.pipe()
                pid = os.fork()
                if pid == 0:
                    os.close(r)
                    _child(data, workdir, commands, memory_mb * 2**20, w)
                os.close(w)
                running[pid] = {"index": next_index, "fd": r, "deadline": time.monotonic() + timeout,
                                "buffer": bytearray(), "name": name, "data": data, "done": done, "workdir": workdir}
                next_index += 1
            by_fd = {case["fd"]: pid for pid, case in running.items()}
            wait = max(0.0, min(case["deadline"] for case in running.values()) - time.monotonic())
            ready, _, _ = select.select(list(by_fd), [], [], wait)
            for fd in ready:
                pid = by_fd[fd]
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    running[pid]["buffer"].extend(chunk)
                    continue
                _, status = os.waitpid(pid, 0)
                if os.WIFSIGNALED(status):
                    sig = signal.Signals(os.WTERMSIG(status))
                    # the kernel's OOM killer sends SIGKILL; a segfault or an abort is a crash
                    finish(pid, None, "memory" if sig == signal.SIGKILL else "crash", f"killed by {sig.name}")
                    continue
                buf = bytes(running[pid]["buffer"])
                try:
                    result = json.loads(buf.decode("utf-8")) if buf else None
                except ValueError:
                    result = None
                finish(pid, result)
            now = time.monotonic()
            for pid, case in list(running.items()):
                if case["deadline"] <= now:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    finish(pid, None, "hang", f"still running after {timeout:g} s")
    finally:
        for pid in list(running):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        shutil.rmtree(base, ignore_errors=True)
    counts["seconds"] = round(time.monotonic() - started, 1)
    return {"counts": counts, "examples": examples, "warned": warned}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="cases run at the same time (default 2)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per case (default 10)")
    parser.add_argument("--memory-mb", type=int, default=3072,
                        help="address space a case may add to what the process has when it starts (default 3072: "
                             "evaluating LeNet on MNIST's test set takes 2.1 GB)")
    parser.add_argument("--commands", default=",".join(COMMANDS), help=f"of {', '.join(COMMANDS)}")
    parser.add_argument("--keep", type=Path, help="write failing cases into this folder")
    parser.add_argument("--case", type=int, help="run only this case, in this process, and say how it went")
    args = parser.parse_args(argv)
    commands = tuple(c.strip() for c in args.commands.split(",") if c.strip())
    unknown = set(commands) - set(COMMANDS)
    if unknown:
        parser.error(f"unknown command {', '.join(sorted(unknown))}")
    if args.case is not None:
        name, data, done = make_case(args.seed, args.case)
        print(f"case {args.case} of seed {args.seed}: from {name}: {'; '.join(done)} ({len(data):,} bytes)")
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            try:
                print(check_in_process(data, Path(tmp), commands, timings := {}))
            except Failure as exc:
                print(f"{exc.kind}: {exc.detail}")
            print(", ".join(f"{k} {v:.2f} s" for k, v in timings.items()), f"(in all {time.perf_counter() - start:.2f} s)")
        return 0
    print(f"fuzzing {args.cases:,} cases (seed {args.seed}) through {', '.join(commands)}; {args.jobs} at a time, "
          f"{args.timeout:g} s and {args.memory_mb:,} MB each", flush=True)
    report = run(args.cases, args.seed, args.jobs, args.timeout, args.memory_mb, commands, args.keep)
    c = report["counts"]
    failures = sum(c[k] for k in KINDS)
    print(f"tried {c['tried']:,} in {c['seconds']:g} s")
    print(f"clean {c['loaded'] + c['refused']:,}: {c['loaded']:,} loaded (and saved again, read back the same), "
          f"{c['refused']:,} refused with one message")
    print(f"failures {failures:,}: " + ", ".join(f"{k} {c[k]:,}" for k in KINDS))
    if c["warned"]:
        print(f"(not failures: {c['warned']:,} cases ended well but a command printed a Python warning on stderr)")
    for kind, lines in report["examples"].items():
        for line in lines:
            print(f"\n[{kind}] {line}")
    for line in report["warned"]:
        print(f"\n[warning] {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
