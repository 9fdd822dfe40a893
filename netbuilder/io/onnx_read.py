"""Reading an ONNX file: the bytes (bounded, regular files only), the protobuf, the checker, the metadata.

Every problem becomes a :class:`NetworkFileError` naming the file: a
missing or oversized file, bytes that are not an ONNX model, a model that
``onnx.checker`` refuses. :func:`read_metadata` reads back what a NetBuilder
export stored (layer names and canvas positions, whether the model takes
raw inputs, the network's name); damaged entries are ignored.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import NetworkFileError
from ..files import FileAccessError, read_bounded_bytes
from .onnx_export import META_INPUT, META_LAYERS, META_NETWORK, ONNX_MISSING

MAX_FILE_BYTES = 1024 * 2**20


def require_onnx():
    """The ``onnx`` module, or an ImportError that tells the user what to install."""
    try:
        import onnx
    except ImportError:
        raise ImportError(ONNX_MISSING.replace("exporting to", "importing")) from None
    return onnx


def read_model(path: str | os.PathLike):
    """The checked ``onnx.ModelProto`` in the file ``path``."""
    require_onnx()  # before the file is read: the missing package is the first thing to fix
    try:
        data = read_bounded_bytes(path, MAX_FILE_BYTES, kind="an ONNX model")
    except FileAccessError as exc:
        raise NetworkFileError(exc.message, path=exc.path) from None
    return parse_model(data, str(Path(path)))


def parse_model(data: bytes, where: str):
    """Bytes to a checked ``ModelProto``; ``where`` (the file) goes in front of every message."""
    onnx = require_onnx()
    try:
        model = onnx.load_model_from_string(data)
    except Exception:  # protobuf's DecodeError and friends
        raise NetworkFileError("this is not an ONNX model (the file is damaged or of another kind)",
                               path=where) from None
    if not model.HasField("graph") or not model.graph.node:
        raise NetworkFileError("this is not an ONNX model (it has no graph of operators)", path=where)
    try:
        onnx.checker.check_model(model)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NetworkFileError(f"the ONNX model is not valid: {first}", path=where) from None
    return model


@dataclass
class ExportMetadata:
    """What a NetBuilder export left in the model's metadata (empty for other models)."""

    #: tensor name -> {"name", "position", "image_shape"} of the layer whose values the tensor holds
    layers: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: True when the model starts with the data's input transform (it takes raw inputs)
    raw_input: bool = False
    #: the network's name at export
    name: str | None = None


def read_metadata(model) -> ExportMetadata:
    meta = {p.key: p.value for p in model.metadata_props}
    network = _read_json(meta.get(META_NETWORK))
    name = network.get("name") if isinstance(network, dict) and isinstance(network.get("name"), str) else None
    return ExportMetadata(_read_layer_meta(meta.get(META_LAYERS)), meta.get(META_INPUT) == "raw", name)


def _read_json(text: str | None):
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _read_layer_meta(text: str | None) -> dict[str, dict[str, Any]]:
    """tensor name -> {name, position, image_shape} from a NetBuilder export; damaged entries are ignored."""
    found: dict[str, dict[str, Any]] = {}
    entries = _read_json(text)
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("tensor"), str):
            continue
        clean: dict[str, Any] = {}
        if isinstance(entry.get("name"), str) and entry["name"].strip():
            clean["name"] = entry["name"].strip()
        pos = entry.get("position")
        numbers = isinstance(pos, list) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in pos)
        if numbers and len(pos) == 2:
            clean["position"] = tuple(float(v) for v in pos)
        shape = entry.get("image_shape")
        if isinstance(shape, list) and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in shape):
            clean["image_shape"] = shape
        found[entry["tensor"]] = clean
    return found
