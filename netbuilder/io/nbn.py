"""The ``.nbn`` network file: JSON with a format name and version.

Reading is strict and bounded: the bytes are size-checked, decoded as UTF-8,
parsed as JSON (no NaN, bounded nesting), migrated from older versions, and
every field is checked — types, sizes, references — before a single layer is
built. Any problem becomes one :class:`NetworkFileError` naming the place in
the file (``connections[1].weights[0][2]: expected a number, got the text 'x'``).
Nothing is evaluated or unpickled.

Writing is atomic and reading only takes a regular file of at most
:data:`MAX_FILE_BYTES` (both in :mod:`netbuilder.files`): a temporary file
beside the target, flushed and synced, then renamed over it, so a crash never
leaves half a file.

The layout is documented in ``docs/file-format.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..model.history import Run, TrainingHistory
from ..model.layer import MAX_UNITS, Layer
from ..model.network import Network
from ..model.training_config import TrainingConfig
from .arrays import INLINE_LIMIT, decode_array, describe, encode_array
from .errors import NetworkFileError
from ..files import FileAccessError, atomic_write_text, read_bounded_bytes

FORMAT_NAME = "netbuilder-network"
FORMAT_VERSION = 1
SUFFIX = ".nbn"

MAX_FILE_BYTES = 256 * 2**20
#: Numbers written out as text (not base64) beyond this are refused: they would cost far more memory than bytes.
MAX_TEXT_VALUES = 2_000_000
MAX_PARAMETERS = 20_000_000
MAX_LAYERS = 10_000
MAX_CONNECTIONS = 100_000
MAX_DATASET_VALUES = 50_000_000
MAX_HISTORY_VALUES = 10_000_000

#: version -> function turning a document of that version into the next version's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_TOP_KEYS = {"format", "version", "name", "description", "dtype", "layers", "connections", "training", "dataset", "history", "view"}
_LAYER_KEYS = set(Layer.FIELDS) | {"id"}
_CONNECTION_KEYS = {"id", "source", "target", "weights", "mask"}


# -- writing -------------------------------------------------------------------------------


def to_document(net: Network) -> dict[str, Any]:
    """The network as a JSON-ready dict (arrays encoded)."""
    cfg = net.get_config()
    layers = []
    for lc in cfg["layers"]:
        lc = dict(lc)
        lc["bias"] = encode_array(lc["bias"])
        if lc["alpha"] is not None:
            lc["alpha"] = encode_array(lc["alpha"])
        layers.append(lc)
    connections = []
    for cc in cfg["connections"]:
        cc = dict(cc)
        cc["weights"] = encode_array(cc["weights"])
        cc["mask"] = None if cc["mask"] is None else encode_array(cc["mask"])
        connections.append(cc)
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
        "history": [_encode_run(r) for r in cfg["history"]],
        "view": cfg["view"],
    }


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


def _encode_run(run: dict[str, Any]) -> dict[str, Any]:
    return {
        "settings": run["settings"],
        "epochs": {k: _encode_values(v) for k, v in run["epochs"].items()},
        "batch_loss": _encode_values(run["batch_loss"]),
        "stop_reason": run["stop_reason"],
        "started": run["started"],
    }


def dumps(net: Network) -> str:
    """The file's text: objects indented, each row of numbers on one line."""
    return _pretty(to_document(net), 0) + "\n"


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


def save(net: Network, path: str | os.PathLike) -> Path:
    """Write atomically: the old file stays intact unless the new one is complete on disk."""
    path = Path(path)
    try:
        text = dumps(net)
    except ValueError as exc:  # e.g. a NaN that slipped into the view dict
        raise NetworkFileError(f"the network cannot be written: {exc}", path=str(path)) from None
    try:
        return atomic_write_text(path, text)
    except FileAccessError as exc:
        raise NetworkFileError(exc.message, path=exc.path) from None


# -- reading -------------------------------------------------------------------------------


class _NotAllowedConstant(Exception):
    def __init__(self, name: str):
        self.name = name


def _reject_constant(name: str):
    raise _NotAllowedConstant(name)


def parse_json(data: bytes | str) -> Any:
    """Bytes to JSON values with every failure explained (encoding, syntax, size, nesting)."""
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
    if text.count(",") > MAX_TEXT_VALUES:
        raise NetworkFileError(
            f"the file holds more than {MAX_TEXT_VALUES:,} values written out as text; "
            "NetBuilder writes large arrays in base64, so this file was not made by it"
        )
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except _NotAllowedConstant as exc:
        where = _locate(text, exc.name)
        raise NetworkFileError(f"{exc.name} is not a number JSON allows; values must be finite numbers", where=where) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise NetworkFileError(
                "the file ends in the middle of the data: it is truncated (perhaps an interrupted copy)",
                where=f"line {exc.lineno}, column {exc.colno}",
            ) from None
        raise NetworkFileError(f"this is not valid JSON ({exc.msg})", where=f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise NetworkFileError("the data is nested too deeply to be a network file") from None


def _locate(text: str, token: str) -> str:
    m = re.search(r"(?<![\"\w])" + re.escape(token) + r"(?![\"\w])", text)
    if not m:
        return ""
    line = text.count("\n", 0, m.start()) + 1
    col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    return f"line {line}, column {col}"


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


class _Reader:
    """Typed access to a JSON object that knows where in the file it is."""

    def __init__(self, value: Any, where: str):
        if not isinstance(value, dict):
            raise NetworkFileError(f"expected an object {{...}}, got {describe(value)}", where=where or "the file")
        self.value, self.where = value, where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def only(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.value) - allowed)
        if unknown:
            raise NetworkFileError(f"unknown field '{unknown[0]}'", where=self.at(unknown[0]))

    def has(self, key: str) -> bool:
        return key in self.value

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default)

    def require(self, key: str) -> Any:
        if key not in self.value:
            raise NetworkFileError(f"the field '{key}' is missing", where=self.where or "the file")
        return self.value[key]

    def string(self, key: str, default: str | None = None, *, max_length: int = 10_000) -> str:
        value = self.value.get(key, default) if default is not None else self.require(key)
        if not isinstance(value, str):
            raise NetworkFileError(f"expected text, got {describe(value)}", where=self.at(key))
        if len(value) > max_length:
            raise NetworkFileError(f"text of {len(value):,} characters is longer than the {max_length:,} allowed", where=self.at(key))
        return value

    def integer(self, key: str, minimum: int, maximum: int) -> int:
        value = self.require(key)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise NetworkFileError(f"expected a whole number, got {describe(value)}", where=self.at(key))
        if not minimum <= value <= maximum:
            raise NetworkFileError(f"must be between {minimum:,} and {maximum:,}, got {value:,}", where=self.at(key))
        return value

    def list(self, key: str, max_length: int, default: Any = ...) -> list:
        value = self.require(key) if default is ... else self.value.get(key, default)
        if not isinstance(value, list):
            raise NetworkFileError(f"expected a list [...], got {describe(value)}", where=self.at(key))
        if len(value) > max_length:
            raise NetworkFileError(f"has {len(value):,} entries, more than the {max_length:,} allowed", where=self.at(key))
        return value


def _model_error(where: str, exc: Exception) -> NetworkFileError:
    return NetworkFileError(str(exc), where=where)


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
            f"this file uses format version {version}, which is newer than this NetBuilder understands "
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

    # Layers: sizes first, so every array below can be checked against them.
    layer_configs: list[dict[str, Any]] = []
    units: dict[str, int] = {}
    for i, raw in enumerate(top.list("layers", MAX_LAYERS)):
        r = _Reader(raw, f"layers[{i}]")
        r.only(_LAYER_KEYS)
        lid = r.string("id", max_length=200)
        if not lid:
            raise NetworkFileError("a layer id cannot be empty", where=r.at("id"))
        if lid in units:
            raise NetworkFileError(f"the layer id '{lid}' is used twice", where=r.at("id"))
        n = r.integer("units", 1, MAX_UNITS)
        units[lid] = n
        cfg = {k: raw[k] for k in raw if k not in ("bias", "alpha")}
        cfg["name"] = r.string("name", lid, max_length=200)
        if r.get("bias") is not None:
            cfg["bias"] = decode_array(r.get("bias"), r.at("bias"), shape=(n,), max_size=MAX_UNITS)
        if r.get("alpha") is not None:
            cfg["alpha"] = decode_array(r.get("alpha"), r.at("alpha"), shape=(n,), max_size=MAX_UNITS)
        layer_configs.append(cfg)

    raw_connections = top.list("connections", MAX_CONNECTIONS)
    total = sum(units.values())
    shapes = []
    for i, raw in enumerate(raw_connections):
        r = _Reader(raw, f"connections[{i}]")
        r.only(_CONNECTION_KEYS)
        ends = []
        for key in ("source", "target"):
            ref = r.string(key, max_length=200)
            if ref not in units:
                raise NetworkFileError(f"refers to a layer '{ref}' that the file does not define", where=r.at(key))
            ends.append(ref)
        shape = (units[ends[0]], units[ends[1]])
        total += shape[0] * shape[1]
        if total > MAX_PARAMETERS:
            raise NetworkFileError(
                f"the network would have more than {MAX_PARAMETERS:,} parameters, more than NetBuilder handles",
                where=r.at("weights"),
            )
        shapes.append(shape)

    connection_configs = []
    for i, (raw, shape) in enumerate(zip(raw_connections, shapes)):
        r = _Reader(raw, f"connections[{i}]")
        weights = decode_array(r.require("weights"), r.at("weights"), shape=shape, max_size=MAX_PARAMETERS, what="weights")
        mask = None
        if r.get("mask") is not None:
            mask = decode_array(r.get("mask"), r.at("mask"), shape=shape, max_size=MAX_PARAMETERS, what="0/1 values")
            if not np.all((mask == 0) | (mask == 1)):
                raise NetworkFileError("a connection mask may only hold 0 and 1", where=r.at("mask"))
        cid = r.get("id")
        if cid is not None and not isinstance(cid, str):
            raise NetworkFileError(f"expected text, got {describe(cid)}", where=r.at("id"))
        connection_configs.append({"id": cid, "source": raw["source"], "target": raw["target"], "weights": weights, "mask": mask})

    training = top.get("training", {})
    if not isinstance(training, dict):
        raise NetworkFileError(f"expected an object {{...}}, got {describe(training)}", where="training")
    try:
        training_config = TrainingConfig.from_config(training)
    except (ValueError, TypeError) as exc:
        raise _model_error("training", exc) from None

    dataset = _decode_dataset(top.get("dataset"))
    history = _decode_history(top.list("history", 100_000, default=[]))
    view = top.get("view", {})
    if not isinstance(view, dict):
        raise NetworkFileError(f"expected an object {{...}}, got {describe(view)}", where="view")

    net = Network(name=name, description=description, training=training_config, dtype=dtype)
    with net.events.blocked():
        for i, cfg in enumerate(layer_configs):
            try:
                net.add_layer(Layer.from_config(cfg))
            except (ValueError, TypeError) as exc:
                raise _model_error(f"layers[{i}]", exc) from None
        for i, cfg in enumerate(connection_configs):
            try:
                net.connect(cfg["source"], cfg["target"], cfg["weights"], cfg["mask"], id=cfg["id"])
            except (ValueError, TypeError, KeyError) as exc:
                raise _model_error(f"connections[{i}]", exc) from None
        net.dataset = dataset
        net.history = history
        net.view = view
    return net


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
    if kind == "inline":
        for key in ("x", "y"):
            if key not in out:
                raise NetworkFileError(f"inline data needs '{key}'", where="dataset")
        if len(out["x"]) != len(out["y"]):
            raise NetworkFileError(f"has {len(out['x'])} inputs but {len(out['y'])} targets", where="dataset")
    return out


def _decode_values(value: Any, where: str) -> list[float]:
    if isinstance(value, dict):
        return decode_array(value, where, ndim=1, max_size=MAX_HISTORY_VALUES).tolist()
    if not isinstance(value, list):
        raise NetworkFileError(f"expected a list of numbers, got {describe(value)}", where=where)
    out = []
    for i, v in enumerate(value):
        if v is None:
            out.append(math.nan)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(float(v))
        else:
            raise NetworkFileError(f"expected a number, got {describe(v)}", where=f"{where}[{i}]")
    return out


def _decode_history(raw: list) -> TrainingHistory:
    runs = []
    for i, item in enumerate(raw):
        r = _Reader(item, f"history[{i}]")
        r.only({"settings", "epochs", "batch_loss", "stop_reason", "started"})
        settings = r.get("settings", {})
        if not isinstance(settings, dict):
            raise NetworkFileError(f"expected an object, got {describe(settings)}", where=r.at("settings"))
        epochs_raw = r.get("epochs", {})
        if not isinstance(epochs_raw, dict):
            raise NetworkFileError(f"expected an object, got {describe(epochs_raw)}", where=r.at("epochs"))
        epochs = {str(k): _decode_values(v, f"{r.at('epochs')}.{k}") for k, v in epochs_raw.items()}
        batch_loss = _decode_values(r.get("batch_loss", []), r.at("batch_loss"))
        runs.append(
            Run(
                settings=settings,
                epochs=epochs,
                batch_loss=batch_loss,
                stop_reason=r.string("stop_reason", "", max_length=10_000),
                started=r.string("started", "", max_length=100),
            )
        )
    return TrainingHistory(runs)
