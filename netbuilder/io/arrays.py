"""Arrays in JSON: readable lists when small, base64 when large, exact either way.

Small arrays are written as (nested) lists of numbers so a teacher can read
and edit a 2-3-1 network in a text editor; Python writes each float with the
shortest text that reads back to the same bits. Large arrays (the MNIST
MLP's 100 000 weights) are written as little-endian base64, which is exact,
compact and fast. Reading checks the shape and size before allocating
anything, so a hostile file cannot ask for gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import math
from typing import Any

import numpy as np

from .errors import NetworkFileError, shorten

#: Arrays with more elements than this are written as base64.
INLINE_LIMIT = 256

_DTYPES = {"float64": "<f8", "float32": "<f4", "uint8": "u1"}


def encode_array(arr: np.ndarray, *, inline_limit: int = INLINE_LIMIT) -> Any:
    arr = np.asarray(arr)
    if arr.dtype == bool:
        arr = arr.astype(np.uint8)
        if arr.size <= inline_limit:
            return arr.astype(int).tolist()
        return _packed(arr, "uint8")
    arr = arr.astype(np.float64, copy=False)
    if arr.size <= inline_limit:
        return arr.tolist()
    return _packed(arr, "float64")


def _packed(arr: np.ndarray, dtype: str) -> dict[str, Any]:
    data = np.ascontiguousarray(arr, dtype=_DTYPES[dtype]).tobytes()
    return {"dtype": dtype, "shape": list(arr.shape), "base64": base64.b64encode(data).decode("ascii")}


#: Packed arrays have at most this many dimensions, each at most this long (a convolution kernel has 4).
MAX_NDIM = 8
MAX_DIM = 2**40


def _is_dims(dims: Any) -> bool:
    return isinstance(dims, list) and len(dims) <= MAX_NDIM and all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= MAX_DIM for d in dims)


def declared_shape(value: Any) -> tuple[int, ...] | None:
    """The shape an encoded array says it has, without decoding it: a packed array's ``shape``, or the
    lengths along the first entries of nested lists; None when it is not an array at all."""
    if isinstance(value, dict):
        dims = value.get("shape")
        return tuple(dims) if _is_dims(dims) else None
    if not isinstance(value, list):
        return None
    dims: list[int] = []
    probe: Any = value
    while isinstance(probe, list) and len(dims) <= MAX_NDIM:
        dims.append(len(probe))
        if not probe:
            break
        probe = probe[0]
    return tuple(dims)


def shape_text(dims: tuple[int, ...]) -> str:
    """3 × 3 × 1 × 8, as the messages write a shape."""
    return _shape(dims)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def decode_array(
    value: Any,
    where: str,
    *,
    shape: tuple[int, ...] | None = None,
    ndim: int | None = None,
    max_size: int,
    what: str = "values",
) -> np.ndarray:
    """Read an array written by :func:`encode_array`, checking it is ``shape`` (or has ``ndim``
    dimensions), holds at most ``max_size`` finite numbers, and nothing else."""
    if isinstance(value, dict):
        arr = _decode_packed(value, where, shape, ndim, max_size)
    elif isinstance(value, list):
        arr = _decode_lists(value, where, shape, ndim, max_size)
    else:
        raise NetworkFileError(f"expected a list of {what}, got {describe(value)}", where=where)
    if not np.all(np.isfinite(arr)):
        bad = np.argwhere(~np.isfinite(arr))[0]
        raise NetworkFileError(f"holds a value that is not a finite number at position {tuple(int(i) for i in bad)}", where=where)
    return arr


def _decode_packed(value, where, shape, ndim, max_size) -> np.ndarray:
    keys = set(value)
    if keys != {"dtype", "shape", "base64"}:
        raise NetworkFileError("a packed array has exactly the keys dtype, shape and base64", where=where)
    dtype = value["dtype"]
    if not isinstance(dtype, str) or dtype not in _DTYPES:
        raise NetworkFileError(f"unknown array dtype {describe(dtype)} (expected one of {', '.join(_DTYPES)})",
                               where=f"{where}.dtype")
    dims = value["shape"]
    if not _is_dims(dims):
        raise NetworkFileError(f"the shape must be a list of at most {MAX_NDIM} whole numbers from 0 to {MAX_DIM:,}",
                               where=f"{where}.shape")
    dims = tuple(dims)
    if shape is not None and dims != shape:
        raise NetworkFileError(f"has shape {_shape(dims)} but {_shape(shape)} is needed", where=f"{where}.shape")
    if ndim is not None and len(dims) != ndim:
        raise NetworkFileError(f"must have {ndim} dimension(s), has {len(dims)}", where=f"{where}.shape")
    size = math.prod(dims)
    if size > max_size:
        raise NetworkFileError(f"holds {size:,} values, more than the {max_size:,} allowed here", where=f"{where}.shape")
    text = value["base64"]
    if not isinstance(text, str):
        raise NetworkFileError("base64 data must be text", where=f"{where}.base64")
    itemsize = np.dtype(_DTYPES[dtype]).itemsize
    expected = 4 * math.ceil(size * itemsize / 3)
    if len(text) != expected:
        raise NetworkFileError(
            f"base64 data has {len(text):,} characters but {expected:,} are needed for shape {_shape(dims)}",
            where=f"{where}.base64",
        )
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise NetworkFileError("base64 data is damaged", where=f"{where}.base64") from None
    return np.frombuffer(raw, dtype=_DTYPES[dtype]).reshape(dims).astype(np.float64)


def _decode_lists(value, where, shape, ndim, max_size) -> np.ndarray:
    # Walk the nesting first: rectangular, numbers only, bounded, before NumPy sees it.
    dims: list[int] = []
    probe: Any = value
    while isinstance(probe, list):
        dims.append(len(probe))
        if not probe:
            break
        probe = probe[0]
    dims_t = tuple(dims)
    if shape is not None and dims_t != shape:
        if len(dims_t) == len(shape):
            raise NetworkFileError(f"has shape {_shape(dims_t)} but {_shape(shape)} is needed", where=where)
        raise NetworkFileError(f"must be nested {len(shape)} deep (shape {_shape(shape)}), not {len(dims_t)}", where=where)
    if ndim is not None and len(dims_t) != ndim:
        raise NetworkFileError(f"must be nested {ndim} deep, not {len(dims_t)}", where=where)
    if math.prod(dims_t) > max_size:
        raise NetworkFileError(f"holds {math.prod(dims_t):,} values, more than the {max_size:,} allowed here", where=where)

    def check(node: Any, depth: int, path: str) -> None:
        if depth == len(dims_t):
            if not _is_number(node):
                raise NetworkFileError(f"expected a number, got {describe(node)}", where=path)
            return
        if not isinstance(node, list) or len(node) != dims_t[depth]:
            raise NetworkFileError(
                f"rows must all have {dims_t[depth]} entries (the array is not rectangular)", where=path
            )
        for i, child in enumerate(node):
            check(child, depth + 1, f"{path}[{i}]")

    check(value, 0, where)
    return np.array(value, dtype=np.float64).reshape(dims_t)


def _shape(dims: tuple[int, ...]) -> str:
    return " × ".join(map(str, dims)) if dims else "a single number"


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text {shorten(value, 40)!r}"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and abs(value) >= 10**30:
        return f"a whole number of {len(str(abs(value)))} digits ({shorten(str(value), 20)})"
    return shorten(repr(value), 80)
