"""Reading IDX files, the format of MNIST, Fashion-MNIST and their many look-alikes.

An IDX file is a 4-byte magic number (two zero bytes, a data-type code, the
number of dimensions), one big-endian 32-bit size per dimension, then the
values, big-endian. The files are downloaded from anywhere and often arrive
damaged or mis-named, so the header is checked against the bytes that are
really there before any array is made: a lying header can neither make us
allocate gigabytes nor hand back half an image set.
"""

from __future__ import annotations

import gzip
import math
import os
import zlib
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ..files import FileAccessError, as_value_error, open_regular

#: IDX data-type code -> (big-endian NumPy type, name for messages).
IDX_TYPES: dict[int, tuple[str, str]] = {
    0x08: (">u1", "unsigned byte"),
    0x09: (">i1", "signed byte"),
    0x0B: (">i2", "short"),
    0x0C: (">i4", "int"),
    0x0D: (">f4", "float"),
    0x0E: (">f8", "double"),
}

#: Largest data part we accept (the MNIST training images are 47 MB); more means a damaged header.
MAX_IDX_BYTES = 1 << 30

_MAX_DIMS = 8
_GZIP_MAGIC = b"\x1f\x8b"


def read_idx(path: str | Path, *, max_bytes: int = MAX_IDX_BYTES) -> np.ndarray:
    """The array an IDX file holds, in native byte order; ``.gz`` files are decompressed.

    Every problem is a ``ValueError`` whose message names the file and says
    what is wrong with it.
    """
    path = Path(path)
    try:
        raw_file = open_regular(path, kind="an IDX file")
    except FileAccessError as exc:
        raise as_value_error(exc, f"cannot find the IDX file {path}") from None
    try:
        size = os.fstat(raw_file.fileno()).st_size
        with raw_file as raw:
            head = raw.read(2)
            raw.seek(0)
            if size == 0:
                raise ValueError(f"{path} is empty: it should be an IDX file")
            if head == _GZIP_MAGIC:
                return _read(gzip.GzipFile(fileobj=raw, mode="rb"), path, None, max_bytes)
            if path.suffix.lower() == ".gz":
                raise ValueError(
                    f"{path} is named .gz but is not gzip-compressed data; it may be damaged or an HTML error "
                    "page saved by a download: download it again"
                )
            return _read(raw, path, size, max_bytes)
    except FileNotFoundError:
        raise ValueError(f"cannot find the IDX file {path}") from None
    except PermissionError:
        raise ValueError(f"no permission to read {path}") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise ValueError(f"{path} is damaged: its gzip compression is broken ({exc})") from None
    except EOFError:
        raise ValueError(f"{path} is truncated: the compressed data ends early; download it again") from None
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None


@lru_cache(maxsize=8)
def _read_cached(path: str, mtime_ns: int, size: int) -> np.ndarray:
    array = read_idx(path)
    array.flags.writeable = False
    return array


def read_idx_cached(path: str | Path) -> np.ndarray:
    """:func:`read_idx`, remembered per file (and its modification time) for this process.

    Decompressing MNIST costs a few tenths of a second and the app reloads a
    network's data often (New, Open, Train again); the cached array is
    read-only, so callers that change values must copy it.
    """
    path = Path(path).resolve()
    try:
        st = path.stat()
    except OSError:
        return read_idx(path)  # let the reader word the error
    return _read_cached(str(path), st.st_mtime_ns, st.st_size)


def describe_header(dims: tuple[int, ...], type_name: str) -> str:
    return f"{' × '.join(map(str, dims))} {type_name} values"


def _read(stream: BinaryIO, path: Path, file_size: int | None, max_bytes: int) -> np.ndarray:
    """Header first, sizes checked, then exactly the data the header declares (and one byte to spot extra)."""
    magic = _read_at_most(stream, 4)
    if len(magic) < 4:
        raise ValueError(f"{path} is too short to be an IDX file ({len(magic)} bytes)")
    if magic[0] != 0 or magic[1] != 0:
        raise ValueError(
            f"{path} is not an IDX file: its magic number is 0x{int.from_bytes(magic, 'big'):08X}, "
            "which should start with two zero bytes (0x00000801 for labels, 0x00000803 for images)"
        )
    code, ndim = magic[2], magic[3]
    if code not in IDX_TYPES:
        known = ", ".join(f"0x{c:02X} ({name})" for c, (_, name) in IDX_TYPES.items())
        raise ValueError(f"{path} has an unknown IDX data type 0x{code:02X} in its magic number (known: {known})")
    if not 1 <= ndim <= _MAX_DIMS:
        raise ValueError(f"{path} declares {ndim} dimensions; an IDX file has 1 to {_MAX_DIMS}")
    header = _read_at_most(stream, 4 * ndim)
    if len(header) < 4 * ndim:
        raise ValueError(f"{path} is truncated inside its header (it declares {ndim} dimensions)")
    dims = tuple(int.from_bytes(header[4 * i: 4 * i + 4], "big") for i in range(ndim))
    dtype, type_name = IDX_TYPES[code]
    what = describe_header(dims, type_name)
    if any(d == 0 for d in dims):
        raise ValueError(f"{path} holds no values: its header declares {what}")
    expected = math.prod(dims) * np.dtype(dtype).itemsize
    if expected > max_bytes:
        raise ValueError(
            f"{path} declares {what} ({_size(expected)}), more than the {_size(max_bytes)} this program "
            "reads; the header is probably damaged"
        )
    header_len = 4 + 4 * ndim
    if file_size is not None:  # uncompressed: the file size tells before reading anything
        _check_length(path, what, expected, file_size - header_len)
    data = _read_at_most(stream, expected + 1)
    _check_length(path, what, expected, len(data))
    return np.frombuffer(data, dtype=dtype).reshape(dims).astype(np.dtype(dtype).newbyteorder("="), copy=False)


def _read_at_most(stream: BinaryIO, n: int) -> bytes:
    """Up to n bytes (fewer only at the end of the data): raw files may return short reads."""
    first = stream.read(n)
    if len(first) == n or not first:
        return first
    parts = [first]
    got = len(first)
    while got < n:
        more = stream.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _check_length(path: Path, what: str, expected: int, actual: int) -> None:
    if actual < expected:
        raise ValueError(
            f"{path} is truncated: its header declares {what} ({expected} bytes of data) but only "
            f"{max(actual, 0)} bytes follow; download it again"
        )
    if actual > expected:
        raise ValueError(
            f"{path} has more data than its header declares ({what}, {expected} bytes): "
            "it is damaged or not an IDX file"
        )


def _size(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return f"{n} bytes"
