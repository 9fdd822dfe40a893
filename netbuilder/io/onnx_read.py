"""Reading an ONNX file: the bytes (bounded, regular files only), the protobuf, the checker, the metadata.

Every problem becomes a :class:`NetworkFileError` naming the file: a
missing or oversized file, bytes that are not an ONNX model (damaged, cut
short), a model that ``onnx.checker`` refuses. :func:`read_metadata` reads
back what a NetBuilder export stored (layer names and canvas positions,
whether the model takes raw inputs, the network's name); damaged entries
are ignored.

A model file is data from anywhere, so before anything looks at its values
(:func:`check_structure`, also run for a ``ModelProto`` handed over in
Python):

- every tensor (initializers, Constant nodes, subgraphs) holds numbers,
  declares at most :data:`MAX_TENSOR_VALUES` of them, and stores exactly as
  many as its shape declares, so no shape asks for memory the file does not
  back;
- external data (weights in a file beside the model) is read only from
  regular files inside the model's folder: an absolute path, a ``..``, or a
  symbolic link that leads out is refused, a file that is too short too,
  and at most :data:`MAX_FILE_BYTES` are read in all; a model given without
  its file may not have external data at all;
- the graph computes each tensor once and has no cycle (a cycle is named
  node by node); nodes out of order are put in computing order.
"""

from __future__ import annotations

import heapq
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import NetworkFileError
from ..files import FileAccessError, open_regular, read_bounded_bytes
from .onnx_export import META_INPUT, META_LAYERS, META_NETWORK, ONNX_MISSING

MAX_FILE_BYTES = 1024 * 2**20
#: The most values one tensor may declare (a 1 GB file holds at most 2^28 float32 values).
MAX_TENSOR_VALUES = 2**28


def require_onnx():
    """The ``onnx`` module, or an ImportError that tells the user what to install."""
    try:
        import onnx
    except ImportError:
        raise ImportError(ONNX_MISSING.replace("exporting to", "importing")) from None
    return onnx


def read_model(path: str | os.PathLike):
    """The checked ``onnx.ModelProto`` in the file ``path`` (external data from its folder only)."""
    require_onnx()  # before the file is read: the missing package is the first thing to fix
    try:
        data = read_bounded_bytes(path, MAX_FILE_BYTES, kind="an ONNX model")
    except FileAccessError as exc:
        raise NetworkFileError(exc.message, path=exc.path) from None
    return parse_model(data, str(Path(path)), base_dir=Path(path).parent)


def parse_model(data: bytes, where: str, *, base_dir: str | os.PathLike | None = None):
    """Bytes to a checked ``ModelProto``; ``where`` (the file) goes in front of every message.
    External data is read from ``base_dir`` (the model's folder) only; without one it is refused."""
    onnx = require_onnx()
    try:
        model = onnx.load_model_from_string(data)
    except Exception:  # protobuf's DecodeError and friends
        raise NetworkFileError("this is not an ONNX model (the file is damaged, cut short or of another kind)",
                               path=where) from None
    try:
        check_structure(model, base_dir)
    except ValueError as exc:
        raise NetworkFileError(one_line(str(exc)), path=where) from None
    try:
        onnx.checker.check_model(model)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NetworkFileError(one_line(f"the ONNX model is not valid: {first}"), path=where) from None
    return model


def one_line(text: str, limit: int = 2000) -> str:
    """A message as one line of printable text (names from a file may hold anything), at most ``limit`` long."""
    if isinstance(text, bytes):  # protobuf hands over text that is not UTF-8 as bytes
        text = text.decode("utf-8", "replace")
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_name(name: str, limit: int = 80) -> str:
    """A node or tensor name for a message: printable, shortened."""
    return one_line(name, limit)


# -- what a hostile file could do ------------------------------------------------------------

#: bytes per value, and the field a tensor stores its values in when not as raw bytes, by TensorProto type
_TYPES = {1: (4, "float_data"), 2: (1, "int32_data"), 3: (1, "int32_data"), 4: (2, "int32_data"),
          5: (2, "int32_data"), 6: (4, "int32_data"), 7: (8, "int64_data"), 9: (1, "int32_data"),
          10: (2, "int32_data"), 11: (8, "double_data"), 12: (4, "uint64_data"), 13: (8, "uint64_data"),
          16: (2, "int32_data")}
_EXTERNAL = 1  # TensorProto.EXTERNAL


def check_structure(model, base_dir: str | os.PathLike | None) -> None:
    """Refuse (``ValueError``) what would make reading the model unsafe or endless; reads external data into
    the tensors (from ``base_dir`` only) and puts the nodes in computing order. See the module docstring."""
    if not model.HasField("graph") or not model.graph.node:
        raise ValueError("this is not an ONNX model (it has no graph of operators)")
    budget = [0]
    graphs = [model.graph]
    while graphs:
        graph = graphs.pop()
        if len(graph.sparse_initializer):
            raise ValueError(f"the model keeps tensor '{clean_name(graph.sparse_initializer[0].values.name)}' "
                             "sparse, which NetBuilder does not read")
        for tensor in graph.initializer:
            _check_tensor(tensor, base_dir, budget)
        for node in graph.node:
            for a in node.attribute:
                if a.HasField("t"):
                    _check_tensor(a.t, base_dir, budget)
                for t in a.tensors:
                    _check_tensor(t, base_dir, budget)
                if a.HasField("sparse_tensor") or len(a.sparse_tensors):
                    raise ValueError(f"node '{clean_name(node.name or node.op_type)}' holds a sparse tensor, which "
                                     "NetBuilder does not read")
                if a.HasField("g"):
                    graphs.append(a.g)
                graphs.extend(a.graphs)
    _sort_nodes(model.graph)


def _check_tensor(tensor, base_dir, budget: list[int]) -> None:
    name = clean_name(tensor.name or "(unnamed)")
    if tensor.data_type not in _TYPES:
        raise ValueError(f"tensor '{name}' does not hold numbers NetBuilder reads (ONNX type {tensor.data_type})")
    dims = list(tensor.dims)
    if any(d < 0 for d in dims):
        raise ValueError(f"tensor '{name}' declares a negative size ({'×'.join(map(str, dims))})")
    count = math.prod(dims)
    if count > MAX_TENSOR_VALUES:
        raise ValueError(f"tensor '{name}' declares {count:,} values ({'×'.join(map(str, dims))}), more than the "
                         f"{MAX_TENSOR_VALUES:,} NetBuilder reads from one tensor")
    itemsize, field_name = _TYPES[tensor.data_type]
    if tensor.data_location == _EXTERNAL:
        data = _external_data(tensor, name, count * itemsize, base_dir, budget)
        tensor.raw_data = data
        del tensor.external_data[:]
        tensor.data_location = 0  # TensorProto.DEFAULT
        return
    if tensor.HasField("raw_data"):
        stored, unit = len(tensor.raw_data), "bytes"
        needed = count * itemsize
    else:
        stored, unit = len(getattr(tensor, field_name)), "values"
        needed = count
    if stored != needed:
        raise ValueError(f"tensor '{name}' declares shape {'×'.join(map(str, dims)) or 'a single number'} but "
                         f"stores {stored:,} {unit} for the {needed:,} it needs (is the file damaged?)")


def _external_data(tensor, name: str, size: int, base_dir, budget: list[int]) -> bytes:
    """The ``size`` bytes of a tensor kept in a file beside the model, read only from inside its folder."""
    info = {e.key: e.value for e in tensor.external_data}
    location = info.get("location", "")
    shown = clean_name(location)
    if base_dir is None:
        raise ValueError(f"tensor '{name}' keeps its values in an external file ('{shown}'): open the model from "
                         "its file, so they are read from its folder")
    rel = PurePosixPath(location.replace("\\", "/"))
    if (not location or "\0" in location or rel.is_absolute() or re.match(r"^[A-Za-z]:", location)
            or ".." in rel.parts):
        raise ValueError(f"tensor '{name}' keeps its values in '{shown}', outside the model's folder: NetBuilder "
                         "reads external data only from files in the model's folder or below it")
    base = Path(base_dir).resolve()
    try:
        target = (base / Path(*rel.parts)).resolve(strict=True)
    except (OSError, RuntimeError):
        raise ValueError(f"tensor '{name}' keeps its values in '{shown}', which is not there beside the "
                         "model") from None
    if not target.is_relative_to(base):
        raise ValueError(f"tensor '{name}' keeps its values in '{shown}', a link that leads outside the model's "
                         "folder: NetBuilder reads external data only from inside it")
    try:
        offset = int(info.get("offset", "0"))
        length = int(info["length"]) if "length" in info else size
    except ValueError:
        raise ValueError(f"tensor '{name}' has an offset or length in '{shown}' that is not a whole number") from None
    if offset < 0 or length != size:
        raise ValueError(f"tensor '{name}' reads {length:,} bytes at {offset:,} of '{shown}' but needs {size:,}")
    budget[0] += size
    if budget[0] > MAX_FILE_BYTES:
        raise ValueError(f"the model's external data is more than the {MAX_FILE_BYTES // 2**20:,} MB NetBuilder "
                         "reads")
    try:
        with open_regular(target, kind="an ONNX model's external data") as f:
            if os.fstat(f.fileno()).st_size < offset + size:
                raise ValueError(f"tensor '{name}' needs {size:,} bytes at {offset:,} of '{shown}', which is shorter")
            f.seek(offset)
            return f.read(size)
    except FileAccessError as exc:
        raise ValueError(f"tensor '{name}': {exc}") from None


def _sort_nodes(graph) -> None:
    """Nodes in computing order; a tensor computed twice or a cycle is refused, naming the nodes."""
    nodes = list(graph.node)
    producer: dict[str, int] = {}
    for k, node in enumerate(nodes):
        for out in node.output:
            if not out:
                continue
            if out in producer:
                raise ValueError(f"tensor '{clean_name(out)}' is computed by two nodes, "
                                 f"{_describe(nodes[producer[out]])} and {_describe(node)}")
            producer[out] = k
    needs = [sorted({producer[i] for i in node.input if i in producer}) for node in nodes]
    order = _topological(needs)
    if len(order) < len(nodes):
        raise ValueError("the graph has a cycle: " + _cycle(nodes, needs, set(order))
                         + "; a network computes each value once, from the input forward")
    if order != list(range(len(nodes))):
        del graph.node[:]
        graph.node.extend(nodes[k] for k in order)


def _topological(needs: list[list[int]]) -> list[int]:
    """Indices in an order where every node comes after the nodes it reads, the file's order where it is one;
    nodes on a cycle (or after one) are left out."""

    waiting = [len(n) for n in needs]
    users: list[list[int]] = [[] for _ in needs]
    for k, deps in enumerate(needs):
        for d in deps:
            users[d].append(k)
    heap = [k for k, w in enumerate(waiting) if w == 0]
    heapq.heapify(heap)
    out = []
    while heap:
        k = heapq.heappop(heap)
        out.append(k)
        for u in users[k]:
            waiting[u] -= 1
            if waiting[u] == 0:
                heapq.heappush(heap, u)
    return out


def _cycle(nodes, needs, done: set[int]) -> str:
    """One cycle among the nodes not in ``done``, as 'Relu 'a' → Add 'b' → Relu 'a''."""
    start = next(k for k in range(len(nodes)) if k not in done)
    path, seen = [start], {start: 0}
    k = start
    while True:
        k = next(d for d in needs[k] if d not in done)  # a node on or leading to a cycle always has such a need
        if k in seen:
            loop = path[seen[k]:] + [k]
            return " → ".join(_describe(nodes[i]) for i in reversed(loop))
        seen[k] = len(path)
        path.append(k)


def _describe(node) -> str:
    return f"{node.op_type} '{clean_name(node.name or (node.output[0] if node.output else node.op_type))}'"


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
