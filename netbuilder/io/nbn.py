"""The ``.nbn`` network file: JSON with a format name and version.

Reading is strict and bounded: the bytes are size-checked, decoded as UTF-8,
parsed as JSON (no NaN or infinity, no number beyond what a float64 holds, no
key twice in one object, bounded nesting, no lone surrogates), migrated from
older versions, and every field is checked — types, sizes, references, the
shape of every weight array against what the graph implies — before the
network is handed out. Any problem becomes one :class:`NetworkFileError`
naming the place in the file (``layers[2] (Conv 2): kernel_size must be …``,
``connections[1].weights[0][2]: expected a number, got the text 'x'``).
Nothing is evaluated or unpickled.

Writing checks the document as reading would (so whatever is saved opens
again), then goes through the atomic write in :mod:`netbuilder.files`: a
temporary file beside the target, flushed and synced, then renamed over it,
so a crash never leaves half a file. Reading only takes a regular file of at
most :data:`MAX_FILE_BYTES`.

The layout is documented in ``docs/file-format.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..model import shapes as model_shapes
from ..model.connection import Connection
from ..model.history import Run, TrainingHistory
from ..model.layer import MAX_UNITS, MAX_WINDOW, ROLES, Layer
from ..model.network import Network
from ..model.parameters import Parameters
from ..model.shapes import KIND_NAMES, KINDS, PADDINGS, POOLING, SHAPE_ONLY, WEIGHTLESS
from ..model.training_config import TrainingConfig
from .arrays import decode_array, declared_shape, describe, encode_array, shape_text, INLINE_LIMIT
from .errors import NetworkFileError, shorten
from ..files import FileAccessError, atomic_write_bytes, read_bounded_bytes

FORMAT_NAME = "netbuilder-network"
#: 1: dense layers only. 2: convolution, pooling and Flatten layers (Keras's argument names), per-batch
#: losses of long runs compacted (``batch_steps``).
FORMAT_VERSION = 2
SUFFIX = ".nbn"

MAX_FILE_BYTES = 256 * 2**20
#: Numbers written out as text (not base64) beyond this are refused: they would cost far more memory than bytes.
MAX_TEXT_VALUES = 2_000_000
MAX_PARAMETERS = 20_000_000
#: Layers and connections: far more than anyone draws, few enough that the graph's checks stay quick.
MAX_LAYERS = 1_000
MAX_CONNECTIONS = 5_000
#: The values one layer outputs for one sample (a 224 × 224 × 64 convolution has 3.2 million).
MAX_LAYER_VALUES = 2**24
MAX_DATASET_VALUES = 50_000_000
MAX_HISTORY_VALUES = 10_000_000
MAX_RUNS = 10_000
#: JSON objects and lists inside one another; a network file needs about 8 (a kernel is 4 lists deep).
MAX_DEPTH = 32
#: The largest whole number a file may hold: the largest float64, since every number ends up as one.
MAX_INTEGER = int(sys.float_info.max)

#: version -> function turning a document of that version into the next version's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_TOP_KEYS = {"format", "version", "name", "description", "dtype", "layers", "connections", "training", "dataset",
             "history", "view"}
#: The fields of each kind of layer, in the order they are written. Dense layers are written as in version 1
#: (no "kind"); the others with Keras's argument names: Conv2D(filters, kernel_size, strides, padding),
#: MaxPooling2D(pool_size, strides, padding). Pooling and Flatten layers take their size from their input, so
#: "units" is written only for one whose input is not known.
_DENSE_FIELDS = ("id", "name", "role", "units", "activation", "use_bias", "bias", "alpha", "dropout",
                 "kernel_initializer", "bias_initializer", "image_shape", "position")
_CONV_FIELDS = ("id", "name", "role", "kind", "filters", "kernel_size", "strides", "padding", "activation", "use_bias",
                "bias", "alpha", "dropout", "kernel_initializer", "bias_initializer", "position")
_POOL_FIELDS = ("id", "name", "role", "kind", "pool_size", "strides", "padding", "dropout", "position", "units")
_FLATTEN_FIELDS = ("id", "name", "role", "kind", "dropout", "position", "units")
_FIELDS = {"dense": _DENSE_FIELDS, "conv2d": _CONV_FIELDS, "max_pooling2d": _POOL_FIELDS,
           "average_pooling2d": _POOL_FIELDS, "flatten": _FLATTEN_FIELDS}
#: What a field of one kind is called in another, for the message about an unknown field.
_FIELD_HINTS = {
    ("conv2d", "units"): "a Conv2D layer's size is 'filters'",
    ("dense", "filters"): "only a Conv2D layer has filters; a dense layer's size is 'units'",
    ("max_pooling2d", "kernel_size"): "a pooling layer's window is 'pool_size'",
    ("average_pooling2d", "kernel_size"): "a pooling layer's window is 'pool_size'",
    ("conv2d", "pool_size"): "a Conv2D layer's window is 'kernel_size'",
}
_CONNECTION_KEYS = {"id", "source", "target", "weights", "mask"}
_RUN_KEYS = {"settings", "epochs", "batch_loss", "batch_steps", "stop_reason", "started", "recording"}
_RECORDING_KEYS = {"spacing", "moments"}
_MOMENT_KEYS = {"step", "epoch", "loss", "weights", "biases", "alphas"}
#: A saved recording holds at most this many moments, and all recordings of a file at most this many values.
MAX_MOMENTS = 10_000
MAX_RECORDING_VALUES = 40_000_000


# -- writing -------------------------------------------------------------------------------


def to_document(net: Network, *, recording_bytes: int = 0) -> dict[str, Any]:
    """The network as a JSON-ready dict (arrays encoded, long per-batch histories compacted).

    With ``recording_bytes`` the runs' recordings (for replay) are saved too, thinned to share that many
    bytes of parameters; without, they are left out."""
    # the free-form parts first: a view nested 900 deep would exhaust the recursion of the copy below
    _check_tree(net.view, writing=True, path=("view",), depth=2)
    _check_tree(net.dataset, writing=True, path=("dataset",), depth=2, arrays=True)
    for i, run in enumerate(net.history.runs):
        _check_tree(run.settings, writing=True, path=("history", i, "settings"), depth=4, nan=True)
    cfg = net.get_config()
    shapes = net.shapes()
    layers = []
    for lc in cfg["layers"]:
        layer = net.layers[lc["id"]]
        derived = model_shapes.derived_units(layer, shapes.get(layer.id))
        layers.append(_encode_layer(lc, units_follow_input=derived is not None))
    connections = [_encode_connection(cc) for cc in cfg["connections"]]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "name": cfg["name"],
        "description": cfg["description"],
        "dtype": cfg["dtype"],
        "layers": layers,
        "connections": connections,
        "training": cfg["training"],
        "dataset": _encode_dataset(cfg["dataset"]),
        "history": _encode_history(net, recording_bytes),
        "view": cfg["view"],
    }


def _encode_layer(lc: dict[str, Any], *, units_follow_input: bool) -> dict[str, Any]:
    kind = lc["kind"]
    values = dict(lc)
    values["bias"] = encode_array(lc["bias"])
    values["alpha"] = None if lc["alpha"] is None else encode_array(lc["alpha"])
    values["filters"] = lc["units"]
    values["pool_size"] = lc["kernel_size"]
    out = {key: values[key] for key in _FIELDS[kind] if key != "units" or kind not in SHAPE_ONLY}
    if kind in SHAPE_ONLY and not units_follow_input:
        out["units"] = lc["units"]
    return out


def _encode_connection(cc: dict[str, Any]) -> dict[str, Any]:
    weights = cc["weights"]
    out = {"id": cc["id"], "source": cc["source"], "target": cc["target"]}
    if weights.shape == WEIGHTLESS:
        return out  # into a pooling or Flatten layer: no weights
    out["weights"] = encode_array(weights)
    if weights.ndim == 2:
        out["mask"] = None if cc["mask"] is None else encode_array(cc["mask"])
    return out


def _encode_dataset(dataset: dict[str, Any] | None) -> dict[str, Any] | None:
    if dataset is None:
        return None
    out = {}
    for key, value in dataset.items():
        out[key] = encode_array(value) if isinstance(value, np.ndarray) else value
    return out


def _encode_values(values: list[float]) -> Any:
    """History values: base64 when long and finite, else a list with null for NaN."""
    floats = [float(v) for v in values]
    if len(floats) > INLINE_LIMIT and all(math.isfinite(v) for v in floats):
        return encode_array(np.asarray(floats))
    return [v if math.isfinite(v) else None for v in floats]


def _finite_or_null(value: Any) -> Any:
    """A run's settings with NaN and infinity as null, as in its lists: the final loss of a network whose
    outputs overflowed is a missing value, not a reason the trained network cannot be saved."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite_or_null(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite_or_null(v) for v in value]
    return value


def _encode_history(net: Network, recording_bytes: int) -> list[dict[str, Any]]:
    recorded = [run for run in net.history.runs if run.recording is not None and run.recording.moments]
    share = recording_bytes // len(recorded) if recorded and recording_bytes > 0 else 0
    out = []
    for run in net.history.runs:
        encoded = _encode_run(run.compacted())
        if share and run.recording is not None and run.recording.moments:
            fitted = run.recording.fitted(share)
            if fitted.moments:
                encoded["recording"] = _encode_recording(fitted, net.dtype)
        out.append(encoded)
    return out


def _encode_recording(recording, dtype: str) -> dict[str, Any]:
    """The moments of a run, each parameter array in the network's dtype (what training had, exactly)."""

    def arrays(group: dict) -> dict:
        return {key: encode_array(np.asarray(a, dtype=dtype)) for key, a in group.items()}

    return {"spacing": recording.spacing, "moments": [
        {"step": m.step, "epoch": m.epoch, "loss": m.loss if math.isfinite(m.loss) else None,
         "weights": arrays(m.parameters.weights), "biases": arrays(m.parameters.biases),
         "alphas": arrays(m.parameters.alphas)}
        for m in recording.moments]}


def _encode_run(run: Run) -> dict[str, Any]:
    out = {
        "settings": _finite_or_null(run.settings),
        "epochs": {k: _encode_values(v) for k, v in run.epochs.items()},
        "batch_loss": _encode_values(run.batch_loss),
        "stop_reason": run.stop_reason,
        "started": run.started,
    }
    if run.batch_steps > len(run.batch_loss):
        out["batch_steps"] = run.batch_steps
    return out


def dumps(net: Network, *, recording_bytes: int = 0) -> str:
    """The file's text: objects indented, each row of numbers on one line (``recording_bytes``: see
    :func:`to_document`).

    Raises :class:`NetworkFileError` for anything the reader would refuse (a NaN or a lone surrogate in the
    view, nesting too deep ...), naming its place."""
    document = to_document(net, recording_bytes=recording_bytes)
    _check_tree(document, writing=True)
    try:
        return _pretty(document, 0) + "\n"
    except (ValueError, TypeError) as exc:  # a value JSON cannot hold, such as a set in the view
        raise NetworkFileError(f"the network cannot be written: {exc}") from None


def _pretty(value: Any, level: int) -> str:
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        if all(not isinstance(v, (dict, list)) for v in value.values()):
            flat = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
            if len(flat) + len(pad) <= 100:
                return flat
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_pretty(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(json.dumps(v, allow_nan=False) for v in value) + "]"
        return "[\n" + ",\n".join(inner + _pretty(v, level + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def save(net: Network, path: str | os.PathLike, *, recording_bytes: int = 0) -> Path:
    """Write atomically: the old file stays intact unless the new one is complete on disk. With
    ``recording_bytes`` the runs' recordings go in too, within that size (see :func:`to_document`).

    Every failure is a :class:`NetworkFileError`: a network that cannot be written (naming the place), a
    read-only folder, a full disk (naming the file)."""
    path = Path(path)
    try:
        data = dumps(net, recording_bytes=recording_bytes).encode("utf-8")
    except NetworkFileError as exc:
        raise exc.with_path(str(path)) from None
    try:
        return atomic_write_bytes(path, data)
    except FileAccessError as exc:
        raise NetworkFileError(exc.message, path=exc.path) from None


# -- parsing -------------------------------------------------------------------------------


class _Refused(Exception):
    """Raised from inside the JSON parser's hooks; turned into a NetworkFileError with the place."""

    def __init__(self, message: str, token: str = "", key: str | None = None):
        self.message, self.token, self.key = message, token, key


def _reject_constant(name: str):
    raise _Refused(f"{name} is not a number JSON allows; values must be finite numbers", token=name)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {shorten(text, 40)} is too large: beyond ±1.8e308, the largest a float64 holds",
                       token=text)
    return value


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > 309:  # checked before int(): Python refuses to convert more than 4300 digits at all
        raise _Refused(f"a whole number of {digits:,} digits is too large for a network file", token=text)
    value = int(text)
    if abs(value) > MAX_INTEGER:
        raise _Refused(f"the whole number {shorten(text, 40)} is too large: beyond ±1.8e308, the largest a float64 "
                       "holds", token=text)
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused("", key=key)
            seen.add(key)
    return out


def parse_json(data: bytes | str) -> Any:
    """Bytes to JSON values with every failure explained (encoding, syntax, size, numbers, duplicate keys,
    nesting, text that is not valid Unicode)."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise NetworkFileError(f"the file is {len(data) / 2**20:.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB a network file may have")
        if not data.strip():
            raise NetworkFileError("the file is empty")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise NetworkFileError(
                f"the file is not UTF-8 text (byte {exc.start} on line {line} cannot be read): it is not a network file, or it is damaged"
            ) from None
    else:
        text = data
        if not text.strip():
            raise NetworkFileError("the file is empty")
    if text.count(",") > MAX_TEXT_VALUES:
        raise NetworkFileError(
            f"the file holds more than {MAX_TEXT_VALUES:,} values written out as text; "
            "NetBuilder writes large arrays in base64, so this file was not made by it"
        )
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_parse_float, parse_int=_parse_int,
                           object_pairs_hook=_object)
    except _Refused as exc:
        if exc.key is not None:
            where = _find_duplicate(text) or ""
            raise NetworkFileError(f"the key {json.dumps(shorten(exc.key, 40))} appears twice in one object; each "
                                   "field may be given once", where=where) from None
        raise NetworkFileError(exc.message, where=_locate(text, exc.token)) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise NetworkFileError(
                "the file ends in the middle of the data: it is truncated (perhaps an interrupted copy)",
                where=f"line {exc.lineno}, column {exc.colno}",
            ) from None
        raise NetworkFileError(f"this is not valid JSON ({exc.msg})", where=f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise NetworkFileError(f"the data is nested too deeply to be a network file (more than {MAX_DEPTH} levels)") from None
    _check_tree(value)
    return value


#: JSON's tokens: a string, a structural character, or anything else up to the next one (numbers, literals).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _position(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def _locate(text: str, token: str) -> str:
    """Where the number or literal ``token`` first stands outside a string."""
    if not token:
        return ""
    for m in _TOKEN.finditer(text):
        if m.group() == token:
            return _position(text, m.start())
    return ""


def _find_duplicate(text: str) -> str | None:
    """Where the first key given twice in one object is (only called for a file that has one)."""
    stack: list[tuple[set[str] | None, list[bool]]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok == "{":
            stack.append((set(), [True]))
        elif tok == "[":
            stack.append((None, [False]))
        elif tok in "}]" and len(tok) == 1:
            if stack:
                stack.pop()
        elif tok == ",":
            if stack and stack[-1][0] is not None:
                stack[-1][1][0] = True
        elif tok == ":":
            if stack:
                stack[-1][1][0] = False
        elif tok.startswith('"') and stack and stack[-1][0] is not None and stack[-1][1][0]:
            try:
                key = json.loads(tok)
            except ValueError:
                return None
            if key in stack[-1][0]:
                return _position(text, m.start())
            stack[-1][0].add(key)
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_tree(root: Any, *, writing: bool = False, path: tuple = (), depth: int = 1, arrays: bool = False,
                nan: bool = False) -> None:
    """Nesting within :data:`MAX_DEPTH`, and no text that UTF-8 cannot hold (a lone surrogate such as
    "\\ud800", which JSON's escapes allow); when ``writing``, also only JSON's own types and finite numbers.
    ``root`` sits at ``path`` in the document, ``depth`` objects and lists deep; with ``arrays``, NumPy arrays
    (encoded later) are let through, with ``nan`` NaN and infinity (written as null)."""
    if not isinstance(root, (dict, list)):
        if writing and not (arrays and isinstance(root, np.ndarray)):
            _check_scalar(root, path, nan)
        elif isinstance(root, str) and _SURROGATE.search(root):
            raise _surrogate_error(root, path, writing)
        return
    stack: list[tuple[Any, tuple, int]] = [(root, path, depth)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise NetworkFileError(("the network cannot be written: " if writing else "") +
                                   f"the data is nested more than {MAX_DEPTH} levels deep here; a network file needs "
                                   "far fewer", where=_path_text(path))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str) and _SURROGATE.search(key):
                raise _surrogate_error(key, path + (key,), writing)
            if isinstance(item, (dict, list)):
                stack.append((item, path + (key,), depth + 1))
            elif isinstance(item, str):
                if _SURROGATE.search(item):
                    raise _surrogate_error(item, path + (key,), writing)
            elif writing and not (arrays and isinstance(item, np.ndarray)):
                _check_scalar(item, path + (key,), nan)


def _check_scalar(value: Any, path: tuple, nan: bool = False) -> None:
    if value is None or isinstance(value, (bool, str)):
        return
    if isinstance(value, int):
        if abs(value) > MAX_INTEGER:
            raise NetworkFileError(f"the network cannot be written: {describe(value)} is too large for a network file",
                                   where=_path_text(path))
        return
    if isinstance(value, float):
        if not math.isfinite(value) and not nan:
            raise NetworkFileError(f"the network cannot be written: {value!r} is not a finite number",
                                   where=_path_text(path))
        return
    raise NetworkFileError(f"the network cannot be written: a {type(value).__name__} is not a JSON value",
                           where=_path_text(path))


def _surrogate_error(text: str, path: tuple, writing: bool) -> NetworkFileError:
    bad = _SURROGATE.search(text).group()
    what = "the network cannot be written: " if writing else ""
    return NetworkFileError(f"{what}{describe(text)} holds a lone surrogate (\\u{ord(bad):04x}), which is "
                            "not a character: text must be valid Unicode", where=_path_text(path))


def _path_text(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{shorten(part, 40)}" if out else shorten(part, 40))
    return out or "the file"


def loads(data: bytes | str) -> Network:
    return from_document(parse_json(data))


def load(path: str | os.PathLike) -> Network:
    """Open a network file; every failure is a :class:`NetworkFileError` naming the file."""
    path = Path(path)
    try:
        data = read_bounded_bytes(path, MAX_FILE_BYTES, kind="a network file")
    except FileAccessError as exc:
        raise NetworkFileError(exc.message, path=exc.path) from None
    try:
        return loads(data)
    except NetworkFileError as exc:
        raise exc.with_path(str(path)) from None


# -- reading -------------------------------------------------------------------------------


class _Reader:
    """Typed access to a JSON object that knows where in the file it is.

    With a ``label`` (``layers[2] (Conv 2)``) a problem with a field is reported at the label, the field
    named first in the message (``kernel_size must be …``); without, at the field's own path."""

    def __init__(self, value: Any, where: str, label: str = ""):
        if not isinstance(value, dict):
            raise NetworkFileError(f"expected an object {{...}}, got {describe(value)}", where=where or "the file")
        self.value, self.where, self.label = value, where, label

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, message: str) -> NetworkFileError:
        if self.label:
            sep = ": " if message.startswith("expected") else " "
            return NetworkFileError(f"{key}{sep}{message}", where=self.label)
        return NetworkFileError(message, where=self.at(key))

    def only(self, allowed: set[str] | tuple[str, ...], hints: dict[str, str] | None = None) -> None:
        hints = hints or {}
        unknown = sorted(set(self.value) - set(allowed), key=lambda k: (k not in hints, k))
        if unknown:
            hint = hints.get(unknown[0])
            message = f"unknown field '{shorten(unknown[0], 40)}'" + (f" ({hint})" if hint else "")
            if self.label:
                raise NetworkFileError(message, where=self.label)
            raise NetworkFileError(message, where=self.at(shorten(unknown[0], 40)))

    def has(self, key: str) -> bool:
        return key in self.value

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default)

    def require(self, key: str) -> Any:
        if key not in self.value:
            raise NetworkFileError(f"the field '{key}' is missing", where=self.label or self.where or "the file")
        return self.value[key]

    def string(self, key: str, default: str | None = None, *, max_length: int = 10_000) -> str:
        value = self.value.get(key, default) if default is not None else self.require(key)
        if not isinstance(value, str):
            raise self.fail(key, f"expected text, got {describe(value)}")
        if len(value) > max_length:
            raise self.fail(key, f"is text of {len(value):,} characters, longer than the {max_length:,} allowed")
        return value

    def integer(self, key: str, minimum: int, maximum: int, default: Any = ...) -> int:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected a whole number, got {describe(value)}")
        if not minimum <= value <= maximum:
            raise self.fail(key, f"must be between {minimum:,} and {maximum:,}, got {describe(value)}")
        return value

    def number(self, key: str, default: Any = ...) -> float:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, f"expected a number, got {describe(value)}")
        return float(value)

    def boolean(self, key: str, default: Any = ...) -> bool:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {describe(value)}")
        return value

    def choice(self, key: str, options: tuple[str, ...], default: Any = ...) -> str:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if value not in options or not isinstance(value, str):
            raise self.fail(key, f"must be one of {', '.join(repr(o) for o in options)}, got {describe(value)}")
        return value

    def list(self, key: str, max_length: int, default: Any = ...) -> list:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list [...], got {describe(value)}")
        if len(value) > max_length:
            raise self.fail(key, f"has {len(value):,} entries, more than the {max_length:,} allowed")
        return value

    def object(self, key: str, default: Any = ...) -> dict:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if not isinstance(value, dict):
            raise self.fail(key, f"expected an object {{...}}, got {describe(value)}")
        return value

    def window(self, key: str, default: Any = None) -> list[int] | None:
        """A kernel, pool or stride: a whole number or [height, width], each 1 to MAX_WINDOW (as Keras takes them)."""
        value = self.value.get(key, default)
        if value is None:
            return None
        pair = [value, value] if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        if (not isinstance(pair, list) or len(pair) != 2
                or any(isinstance(v, bool) or not isinstance(v, (int, float)) or v != int(v)
                       or not 1 <= v <= MAX_WINDOW for v in pair)):
            raise self.fail(key, f"must be a whole number or a pair [height, width] of whole numbers from 1 to "
                                 f"{MAX_WINDOW}, got {_show(value)}")
        return [int(pair[0]), int(pair[1])]

    def spec(self, key: str) -> None:
        """An activation or initializer: a name, or an object with a name (the model checks the rest)."""
        if key not in self.value:
            return
        value = self.value[key]
        name = value.get("name") if isinstance(value, dict) else value
        if not isinstance(name, str):
            raise self.fail(key, f"must be a name or an object with a \"name\", got {describe(value)}")
        if len(name) > 100:
            raise self.fail(key, f"has a name of {len(name):,} characters: there is no such {key.replace('_', ' ')}")


def _show(value: Any) -> str:
    """A JSON value as it was written, cut to a readable length."""
    if isinstance(value, (dict, list)):
        try:
            return shorten(json.dumps(value, ensure_ascii=False), 60)
        except (ValueError, TypeError):  # pragma: no cover - the file's own values always dump
            return describe(value)
    return describe(value)


def _model_error(where: str, exc: Exception) -> NetworkFileError:
    return NetworkFileError(str(exc), where=where)


#: What the model raises for a value it does not accept.
_MODEL_ERRORS = (ValueError, TypeError, OverflowError)


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring a document of an older format version up to :data:`FORMAT_VERSION`."""
    version = doc["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise NetworkFileError(f"format version {version} is no longer supported", where="version")
        doc = step(dict(doc))
        version += 1
        doc["version"] = version
    return doc


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 wrote every layer with the dense fields; files saved while convolutions were new also carry
    ``kind``, ``kernel_size``, ``strides`` and ``padding`` (null for a dense layer). Rename and drop those
    as version 2 writes them; anything else is left for the checks to judge."""
    layers = doc.get("layers")
    if not isinstance(layers, list):
        return doc
    out = []
    for layer in layers:
        if not isinstance(layer, dict):
            out.append(layer)
            continue
        layer = dict(layer)
        kind = layer.get("kind", "dense")
        if not isinstance(kind, str):
            pass  # refused by the checks, with the place
        elif kind == "dense":
            for key in ("kind", "kernel_size", "strides", "padding"):
                if key in layer and (layer[key] is None or (key == "kind" and layer[key] == "dense")):
                    del layer[key]
        elif kind == "conv2d":
            if "units" in layer and "filters" not in layer:
                layer["filters"] = layer.pop("units")
            if layer.get("image_shape", 0) is None:
                del layer["image_shape"]
        elif kind in SHAPE_ONLY:
            if kind in POOLING and "kernel_size" in layer and "pool_size" not in layer:
                layer["pool_size"] = layer.pop("kernel_size")
            for key in ("activation", "use_bias", "bias", "alpha", "kernel_initializer", "bias_initializer",
                        "image_shape", "kernel_size", "strides", "padding"):
                if key in layer and key not in _FIELDS[kind]:
                    del layer[key]
        out.append(layer)
    doc["layers"] = out
    return doc


MIGRATIONS[1] = _v1_to_v2


@dataclass
class _LayerSpec:
    label: str
    config: dict[str, Any]
    #: "units" as the file gives it for a pooling or Flatten layer, else None
    given_units: int | None


def from_document(doc: Any) -> Network:
    """Validate a parsed document completely, then build the network."""
    top = _Reader(doc, "")
    fmt = top.get("format")
    if fmt != FORMAT_NAME:
        if fmt is None:
            raise NetworkFileError("this is JSON, but not a NetBuilder network file (it has no \"format\": \"netbuilder-network\")")
        raise NetworkFileError(f"this is not a NetBuilder network file (its format is {describe(fmt)})", where="format")
    version = top.require("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise NetworkFileError(f"the format version must be a whole number from 1, got {describe(version)}", where="version")
    if version > FORMAT_VERSION:
        raise NetworkFileError(
            f"this file uses format version {describe(version)}, which is newer than this NetBuilder understands "
            f"(up to {FORMAT_VERSION}): update NetBuilder to open it",
            where="version",
        )
    top = _Reader(migrate(dict(doc)), "")
    top.only(_TOP_KEYS)

    name = top.string("name", "Untitled", max_length=1000)
    description = top.string("description", "", max_length=100_000)
    dtype = top.get("dtype", "float64")
    if dtype not in ("float64", "float32"):
        raise NetworkFileError(f"must be \"float64\" or \"float32\", got {describe(dtype)}", where="dtype")

    specs = _read_layers(top.list("layers", MAX_LAYERS))
    raw_connections = top.list("connections", MAX_CONNECTIONS)
    ends = _read_connection_ends(raw_connections, specs)

    training = top.object("training", {})
    try:
        training_config = TrainingConfig.from_config(training)
    except _MODEL_ERRORS as exc:
        raise _model_error("training", exc) from None
    dataset = _decode_dataset(top.get("dataset"))
    raw_history = top.list("history", MAX_RUNS, default=[])
    history = _decode_history(raw_history)
    view = top.object("view", {})

    net = Network(name=name, description=description, training=training_config, dtype=dtype)
    with net.events.blocked():
        for spec in specs:
            try:
                net.add_layer(Layer.from_config(spec.config))
            except _MODEL_ERRORS as exc:
                raise _model_error(spec.label, exc) from None
        _build_connections(net, specs, raw_connections, ends)
        if dtype == "float32":
            _check_float32(net, specs, ends, dataset)
        net.dataset = dataset
        _attach_recordings(net, history, raw_history)
        net.history = history
        net.view = view
    return net


def _read_layers(raw_layers: list) -> list[_LayerSpec]:
    specs: list[_LayerSpec] = []
    ids: set[str] = set()
    names: dict[str, int] = {}
    biases = 0
    for i, raw in enumerate(raw_layers):
        where = f"layers[{i}]"
        r = _Reader(raw, where, label=where)
        lid = r.string("id", max_length=200)
        if not lid:
            raise NetworkFileError("id: a layer id cannot be empty", where=where)
        if lid in ids:
            raise NetworkFileError(f"id: the layer id {shorten(lid, 40)!r} is used twice", where=where)
        ids.add(lid)
        name = r.string("name", lid, max_length=200)
        label = f"{where} ({shorten(name, 40)})"
        if name in names:
            raise NetworkFileError(f"name: layers[{names[name]}] has the same name; each layer has its own", where=label)
        names[name] = i
        r = _Reader(raw, where, label=label)
        kind = r.choice("kind", KINDS, "dense")
        r.only(_FIELDS[kind] + ("kind",), {key: hint for (k, key), hint in _FIELD_HINTS.items() if k == kind})
        cfg: dict[str, Any] = {"id": lid, "name": name, "kind": kind, "role": r.choice("role", ROLES, "hidden")}
        given_units = None
        if kind == "dense":
            cfg["units"] = r.integer("units", 1, MAX_UNITS)
        elif kind == "conv2d":
            cfg["units"] = r.integer("filters", 1, MAX_UNITS)
            if not r.has("kernel_size"):
                raise NetworkFileError("the field 'kernel_size' is missing (a Conv2D layer needs its kernel's size)",
                                       where=label)
            cfg["kernel_size"] = r.window("kernel_size")
            cfg["strides"] = r.window("strides", 1)
            cfg["padding"] = r.choice("padding", PADDINGS, "valid")
        else:
            if kind in POOLING:
                cfg["kernel_size"] = r.window("pool_size", 2)
                cfg["strides"] = r.window("strides")  # None: the pool size, as in Keras
                cfg["padding"] = r.choice("padding", PADDINGS, "valid")
            if r.has("units"):
                given_units = r.integer("units", 1, MAX_UNITS)
            cfg["units"] = given_units or 1
        units = cfg["units"]
        biases += units
        if kind not in SHAPE_ONLY:
            for key in ("activation", "kernel_initializer", "bias_initializer"):
                r.spec(key)
                if r.has(key):
                    cfg[key] = r.get(key)
            if r.has("use_bias"):
                cfg["use_bias"] = r.boolean("use_bias")
            for key in ("bias", "alpha"):
                if r.get(key) is not None:
                    cfg[key] = _decode_vector(r.get(key), label, key, units)
        if r.has("dropout"):
            r.number("dropout")
            cfg["dropout"] = r.get("dropout")
        if r.get("position") is not None:
            position = r.get("position")
            if (not isinstance(position, list) or len(position) != 2
                    or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in position)):
                raise r.fail("position", f"must be null or a pair [x, y] of numbers, got {_show(position)}")
            cfg["position"] = [float(v) for v in position]
        if r.get("image_shape") is not None:
            dims = r.get("image_shape")
            if (not isinstance(dims, list) or not 2 <= len(dims) <= 3
                    or any(isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= MAX_UNITS for v in dims)):
                raise r.fail("image_shape", "must be null or [height, width] or [height, width, channels], whole "
                                            f"numbers from 1, got {_show(dims)}")
            if math.prod(dims) != units:
                raise r.fail("image_shape", f"{shape_text(tuple(dims))} holds {math.prod(dims):,} values but the layer "
                                            f"has {units:,} neurons")
            cfg["image_shape"] = dims
        if biases > MAX_PARAMETERS:
            raise NetworkFileError(f"the layers have more than {MAX_PARAMETERS:,} neurons, more than NetBuilder handles",
                                   where=label)
        specs.append(_LayerSpec(label, cfg, given_units))
    return specs


def _decode_vector(value: Any, label: str, key: str, units: int) -> np.ndarray:
    """A layer's bias or PReLU slopes: one value per neuron."""
    found = declared_shape(value)
    if found is not None and found != (units,):
        size = f"{found[0]:,} value{'s' if found[0] != 1 else ''}" if len(found) == 1 else f"shape {shape_text(found)}"
        raise NetworkFileError(f"{key} has {size}, but the layer has {units:,} neuron{'s' if units != 1 else ''}: "
                               "one value each", where=label)
    return decode_array(value, f"{label}.{key}", shape=(units,), max_size=MAX_UNITS)


@dataclass
class _Ends:
    id: str
    source: str
    target: str
    label: str


def _read_connection_ends(raw_connections: list, specs: list[_LayerSpec]) -> list[_Ends]:
    """Each connection's id and layers, checked: the layers exist, no pair twice, no layer into itself."""
    names = {spec.config["id"]: spec.config["name"] for spec in specs}
    given_ids = set()
    for raw in raw_connections:
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            given_ids.add(raw["id"])
    ids: set[str] = set()
    pairs: dict[tuple[str, str], int] = {}
    out = []
    counter = 0
    for i, raw in enumerate(raw_connections):
        where = f"connections[{i}]"
        r = _Reader(raw, where)
        r.only(_CONNECTION_KEYS)
        found = []
        for key in ("source", "target"):
            ref = r.string(key, max_length=200)
            if ref not in names:
                raise NetworkFileError(f"refers to a layer {describe(ref)} that the file does not define", where=r.at(key))
            found.append(ref)
        source, target = found
        label = f"{where} ({shorten(names[source], 30)} → {shorten(names[target], 30)})"
        if source == target:
            raise NetworkFileError("a layer cannot be connected to itself", where=label)
        if (source, target) in pairs:
            raise NetworkFileError(f"connects the same two layers as connections[{pairs[source, target]}]", where=label)
        pairs[source, target] = i
        cid = r.get("id")
        if cid is None:
            while True:  # as the network names a new connection: the first free C1, C2 ...
                counter += 1
                cid = f"C{counter}"
                if cid not in given_ids and cid not in ids:
                    break
        elif not isinstance(cid, str) or not cid or len(cid) > 200:
            raise NetworkFileError(f"id must be null or text of 1 to 200 characters, got {describe(cid)}", where=label)
        if cid in ids:
            raise NetworkFileError(f"id: the connection id {shorten(cid, 40)!r} is used twice", where=label)
        ids.add(cid)
        out.append(_Ends(cid, source, target, label))
    return out


def _expected_shape(net: Network, conn: Connection, shapes: dict) -> tuple[int, ...]:
    """The weights' shape the graph implies; where the source's shape is not known yet (nothing flows into
    it), the shape the network gives a new connection then: from the source's size as it stands."""
    want = model_shapes.connection_weight_shape(net, conn, shapes)
    if want is not None:
        return tuple(want)
    source, target = net.layers[conn.source], net.layers[conn.target]
    if target.kind == "conv2d":
        return (*target.kernel_size, source.units, target.units)
    return tuple(model_shapes.weight_shape(target, (source.units,)))


def _explain_shape(target: Layer, shape: tuple[int, ...]) -> str:
    if target.kind == "conv2d" and len(shape) == 4:
        return (f"kernel {shape[0]}×{shape[1]}, {shape[2]} channel{'s' if shape[2] != 1 else ''} in, "
                f"{shape[3]} filter{'s' if shape[3] != 1 else ''}")
    if len(shape) == 2:
        return f"{shape[0]:,} input{'s' if shape[0] != 1 else ''} × {shape[1]:,} neuron{'s' if shape[1] != 1 else ''}"
    return ""


def _build_connections(net: Network, specs: list[_LayerSpec], raw_connections: list, ends: list[_Ends]) -> None:
    """Infer every layer's shape from the graph (the connections without their weights), check the sizes of
    pooling and Flatten layers and every weight array against it, then put the connections in."""
    for e in ends:
        net.connections[e.id] = Connection(e.source, e.target, np.zeros(WEIGHTLESS), id=e.id)
    shapes = net.shapes()
    total = 0
    for spec in specs:
        layer = net.layers[spec.config["id"]]
        shape = shapes.get(layer.id)
        if shape is not None and math.prod(shape) > MAX_LAYER_VALUES:
            raise NetworkFileError(f"its output, {model_shapes.describe(shape)}, has {math.prod(shape):,} values per "
                                   f"sample, more than the {MAX_LAYER_VALUES:,} NetBuilder handles", where=spec.label)
        derived = model_shapes.derived_units(layer, shape)
        if derived is not None:
            if derived > MAX_UNITS:
                raise NetworkFileError(f"its input gives it {derived:,} values, more than the {MAX_UNITS:,} a layer "
                                       "may have", where=spec.label)
            if spec.given_units is not None and spec.given_units != derived:
                raise NetworkFileError(f"units is {spec.given_units:,}, but its input gives it {derived:,}; a "
                                       f"{KIND_NAMES[layer.kind]} layer's size follows its input", where=spec.label)
        total += layer.units if derived is None else derived
        if total > MAX_PARAMETERS:
            raise NetworkFileError(f"the layers would have more than {MAX_PARAMETERS:,} neurons, more than NetBuilder "
                                   "handles", where=spec.label)
    expected = [_expected_shape(net, net.connections[e.id], shapes) for e in ends]
    for e, shape in zip(ends, expected):
        total += math.prod(shape)
        if total > MAX_PARAMETERS:
            raise NetworkFileError(
                f"the network would have more than {MAX_PARAMETERS:,} parameters, more than NetBuilder handles",
                where=f"{e.label.split(' ')[0]}.weights",
            )
    net.connections.clear()
    for i, (raw, e, shape) in enumerate(zip(raw_connections, ends, expected)):
        target = net.layers[e.target]
        where = f"connections[{i}]"
        weights_raw, mask_raw = raw.get("weights"), raw.get("mask")
        if shape == WEIGHTLESS:
            if weights_raw is not None and declared_shape(weights_raw) not in ((0,), None):
                raise NetworkFileError(f"a {KIND_NAMES[target.kind]} layer has no weights, but the file gives an "
                                       f"array of shape {shape_text(declared_shape(weights_raw))}", where=e.label)
            weights = np.zeros(WEIGHTLESS) if weights_raw is None else \
                decode_array(weights_raw, f"{where}.weights", shape=WEIGHTLESS, max_size=0, what="weights")
        else:
            if "weights" not in raw:
                raise NetworkFileError(f"the field 'weights' is missing ({_explain_shape(target, shape)})",
                                       where=e.label)
            found = declared_shape(weights_raw)
            if found is not None and found != shape:
                detail = _explain_shape(target, shape)
                source = net.layers[e.source]
                if source.kind in SHAPE_ONLY and shapes.get(source.id) is None:
                    detail += (f"; the size of '{shorten(source.name, 30)}' does not follow from its input here, so "
                               "the file must give its \"units\"")
                raise NetworkFileError(f"the weights have shape {shape_text(found)}, but the graph needs "
                                       f"{shape_text(shape)}" + (f" ({detail})" if detail else ""), where=e.label)
            weights = decode_array(weights_raw, f"{where}.weights", shape=shape, max_size=MAX_PARAMETERS,
                                   what="weights")
        mask = None
        if mask_raw is not None:
            if len(shape) != 2:
                raise NetworkFileError("mask: only the edges of a dense connection can be removed one by one; "
                                       "this one must have none (null)", where=e.label)
            mask = decode_array(mask_raw, f"{where}.mask", shape=shape, max_size=MAX_PARAMETERS, what="0/1 values")
            if not np.all((mask == 0) | (mask == 1)):
                raise NetworkFileError("a connection mask may only hold 0 and 1", where=f"{where}.mask")
        try:
            net.connections[e.id] = Connection(e.source, e.target, weights, mask, id=e.id)
        except _MODEL_ERRORS as exc:
            raise _model_error(e.label, exc) from None
    net.sync_shapes()  # pooling and Flatten layers take the sizes checked above; every weight already fits


_FLOAT32_MAX = float(np.finfo(np.float32).max)


def _check_float32(net: Network, specs: list[_LayerSpec], ends: list[_Ends], dataset: dict | None) -> None:
    """A network that computes in float32 holds only values a float32 can: 1e300 would become infinity."""
    arrays = []
    for spec in specs:
        layer = net.layers[spec.config["id"]]
        arrays += [(spec.label, "bias", layer.bias), (spec.label, "alpha", layer.alpha)]
    arrays += [(e.label, "weights", net.connections[e.id].weights) for e in ends]
    if dataset is not None and dataset.get("kind") == "inline":
        arrays += [("dataset", key, dataset[key]) for key in ("x", "y")]
    for label, key, arr in arrays:
        if arr is not None and arr.size and float(np.max(np.abs(arr))) > _FLOAT32_MAX:
            big = float(arr.flat[int(np.argmax(np.abs(arr)))])
            raise NetworkFileError(f"{key} holds {big:g}, beyond ±{_FLOAT32_MAX:.4g}, the largest float32: this network "
                                   "computes in float32 (its \"dtype\")", where=label)


def _decode_dataset(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    r = _Reader(raw, "dataset")
    kind = r.string("kind", max_length=100)
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("x", "y") and kind == "inline":
            out[key] = decode_array(value, r.at(key), ndim=2, max_size=MAX_DATASET_VALUES)
        else:
            out[key] = value
    if kind == "builtin":
        r.string("name", max_length=100)
        params = _Reader(r.object("params", {}), r.at("params"))
        for key, value in params.value.items():
            if isinstance(value, (dict, list)):
                raise NetworkFileError(f"a built-in dataset's setting is a number or a word, got {describe(value)}",
                                       where=params.at(shorten(key, 40)))
    if kind == "inline":
        for key in ("x", "y"):
            if key not in out:
                raise NetworkFileError(f"inline data needs '{key}'", where="dataset")
        if len(out["x"]) != len(out["y"]):
            raise NetworkFileError(f"has {len(out['x'])} inputs but {len(out['y'])} targets", where="dataset")
        if r.get("task") is not None:
            r.string("task", max_length=100)
        if r.has("name"):
            r.string("name", max_length=1000)
        for key, size in (("feature_names", out["x"].shape[1]), ("target_names", out["y"].shape[1])):
            if not r.has(key):
                continue
            names = r.get(key)
            if not isinstance(names, list) or not all(isinstance(n, str) and len(n) <= 1000 for n in names):
                raise NetworkFileError(f"expected a list of names (text), got {_show(names)}", where=r.at(key))
            if len(names) not in (0, size):
                raise NetworkFileError(f"has {len(names)} names for {size} columns", where=r.at(key))
    return out


def _decode_values(value: Any, where: str, budget: int) -> list[float]:
    if isinstance(value, dict):
        return decode_array(value, where, ndim=1, max_size=budget).tolist()
    if not isinstance(value, list):
        raise NetworkFileError(f"expected a list of numbers, got {describe(value)}", where=where)
    if len(value) > budget:
        raise NetworkFileError(f"the history holds more than {MAX_HISTORY_VALUES:,} values", where=where)
    out = []
    for i, v in enumerate(value):
        if v is None:
            out.append(math.nan)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(float(v))
        else:
            raise NetworkFileError(f"expected a number, got {describe(v)}", where=f"{where}[{i}]")
    return out


def _decode_settings(r: _Reader) -> dict[str, Any]:
    """A run's settings are free-form, but what labels the run in the app must be what it expects."""
    settings = r.object("settings", {})
    s = _Reader(settings, r.at("settings"))
    if s.has("optimizer"):
        opt = _Reader(s.object("optimizer"), s.at("optimizer"))
        if opt.has("learning_rate"):
            opt.number("learning_rate")
    return settings


def _attach_recordings(net: Network, history: TrainingHistory, raw_history: list) -> None:
    """Read each run's recording against the network just built (its parameters' shapes)."""
    budget = MAX_RECORDING_VALUES
    for i, (run, item) in enumerate(zip(history.runs, raw_history)):
        if "recording" in item:
            run.recording, used = _decode_recording(item["recording"], f"history[{i}].recording", net, budget)
            budget -= used


def _decode_recording(value: Any, where: str, net: Network, budget: int):
    """A run's moments. A recording of another shape of the network (edited after the run) cannot be
    replayed: it is dropped, the file is fine."""
    from ..model.recording import Moment, Recording

    r = _Reader(value, where)
    r.only(_RECORDING_KEYS)
    spacing = r.integer("spacing", 1, 10**15, default=1)
    raw_moments = r.list("moments", MAX_MOMENTS)
    want = {"weights": {cid: c.shape for cid, c in net.connections.items() if c.has_weights},
            "biases": {lid: (layer.units,) for lid, layer in net.layers.items()
                       if layer.role != "input" and layer.kind not in model_shapes.SHAPE_ONLY},
            "alphas": {lid: (layer.units,) for lid, layer in net.layers.items() if layer.alpha is not None}}
    moments, used, fits = [], 0, True
    last_step = -1
    for k, raw in enumerate(raw_moments):
        m = _Reader(raw, f"{where}.moments[{k}]")
        m.only(_MOMENT_KEYS)
        step = m.integer("step", 0, 10**15)
        if step <= last_step:
            raise NetworkFileError("moments must come in increasing step order", where=m.at("step"))
        last_step = step
        epoch = m.number("epoch")
        loss = m.get("loss")
        if loss is not None:
            loss = m.number("loss")
        groups = {}
        for group in ("weights", "biases", "alphas"):
            arrays = m.object(group, {})
            if set(arrays) != set(want[group]):
                fits = False
            decoded = {}
            for key, encoded in arrays.items():
                arr = decode_array(encoded, f"{m.at(group)}.{shorten(str(key), 40)}", max_size=max(budget - used, 0))
                used += arr.size
                if want[group].get(key) != arr.shape:
                    fits = False
                decoded[key] = arr.astype(np.float64)
            groups[group] = decoded
        moments.append(Moment(step, epoch, math.nan if loss is None else loss,
                              Parameters(groups["weights"], groups["biases"], groups["alphas"])))
    if not fits or not moments:
        return None, used
    recording = Recording(limit=max(Recording().limit, len(moments)))
    for moment in moments:  # at spacing 1 every moment is kept; the saved spacing applies to moments to come
        recording.add(moment)
    recording.spacing = spacing
    return recording, used


def _decode_history(raw: list) -> TrainingHistory:
    runs = []
    budget = MAX_HISTORY_VALUES
    for i, item in enumerate(raw):
        r = _Reader(item, f"history[{i}]")
        r.only(_RUN_KEYS)
        settings = _decode_settings(r)
        epochs_raw = r.object("epochs", {})
        epochs = {}
        for k, v in epochs_raw.items():
            if len(k) > 100:
                raise NetworkFileError(f"a per-epoch value is named by text of {len(k):,} characters",
                                       where=r.at("epochs"))
            epochs[k] = _decode_values(v, f"{r.at('epochs')}.{k}", budget)
            budget -= len(epochs[k])
        batch_loss = _decode_values(r.get("batch_loss", []), r.at("batch_loss"), budget)
        budget -= len(batch_loss)
        steps = r.integer("batch_steps", 0, 10**15, default=0)
        runs.append(
            Run(
                settings=settings,
                epochs=epochs,
                batch_loss=batch_loss,
                stop_reason=r.string("stop_reason", "", max_length=10_000),
                started=r.string("started", "", max_length=100),
                batch_steps=steps if steps > len(batch_loss) else 0,
            )
        )
    return TrainingHistory(runs)
