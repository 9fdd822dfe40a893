"""The IDX reader: every IDX type, and damaged files refused with a message naming the file."""

import gzip
import struct

import numpy as np
import pytest

from netbuilder.data.idx import read_idx


def idx_bytes(array: np.ndarray, code: int, dims=None) -> bytes:
    dims = array.shape if dims is None else dims
    header = bytes([0, 0, code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims)
    return header + array.tobytes()


@pytest.mark.parametrize("code, dtype", [(0x08, ">u1"), (0x09, ">i1"), (0x0B, ">i2"), (0x0C, ">i4"),
                                         (0x0D, ">f4"), (0x0E, ">f8")])
def test_reads_every_idx_type_raw_and_gzipped(tmp_path, code, dtype):
    values = (np.arange(24).reshape(2, 3, 4) - 5).astype(dtype)
    if dtype == ">u1":
        values = np.arange(24, dtype=dtype).reshape(2, 3, 4)
    raw = tmp_path / "a.idx"
    raw.write_bytes(idx_bytes(values, code))
    packed = tmp_path / "a.idx.gz"
    packed.write_bytes(gzip.compress(raw.read_bytes()))
    for path in (raw, packed):
        got = read_idx(path)
        assert got.shape == (2, 3, 4) and np.array_equal(got, values)
        assert got.dtype.isnative


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    path = tmp_path / "labels-idx1-ubyte"
    path.write_bytes(gzip.compress(idx_bytes(np.array([1, 2, 3], dtype=np.uint8), 0x08)))
    assert read_idx(path).tolist() == [1, 2, 3]


def damaged(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ValueError) as err:
        read_idx(path)
    assert name in str(err.value)
    return str(err.value)


GOOD = idx_bytes(np.zeros((3, 2, 2), dtype=np.uint8), 0x08)


def test_empty_file(tmp_path):
    assert "is empty" in damaged(tmp_path, "empty-idx3-ubyte", b"")


def test_bad_magic(tmp_path):
    message = damaged(tmp_path, "bad-magic", b"\x12\x34" + GOOD[2:])
    assert "not an IDX file" in message and "0x12340803" in message


def test_unknown_type_code(tmp_path):
    assert "unknown IDX data type 0x07" in damaged(tmp_path, "bad-type", GOOD[:2] + b"\x07" + GOOD[3:])


def test_zero_dimensions(tmp_path):
    assert "0 dimensions" in damaged(tmp_path, "no-dims", b"\x00\x00\x08\x00")


def test_header_cut_short(tmp_path):
    assert "truncated inside its header" in damaged(tmp_path, "short-header", GOOD[:10])


def test_truncated_data(tmp_path):
    message = damaged(tmp_path, "truncated", GOOD[:-3])
    assert "truncated" in message and "12 bytes" in message and "only 9" in message


def test_truncated_gzip_data(tmp_path):
    assert "truncated" in damaged(tmp_path, "cut.gz", gzip.compress(GOOD)[:-10])


def test_extra_data(tmp_path):
    assert "more data than its header declares" in damaged(tmp_path, "long", GOOD + b"\x00")


def test_extra_data_in_gzip(tmp_path):
    assert "more data than its header declares" in damaged(tmp_path, "long.gz", gzip.compress(GOOD + b"\x00"))


def test_gigantic_dims_are_refused_before_allocating(tmp_path):
    header = bytes([0, 0, 0x08, 3]) + struct.pack(">III", 0xFFFFFFFF, 0xFFFFFFFF, 28)
    message = damaged(tmp_path, "huge-idx3-ubyte", header + b"\x00" * 100)
    assert "header is probably damaged" in message
    packed = damaged(tmp_path, "huge.gz", gzip.compress(header + b"\x00" * 100))
    assert "header is probably damaged" in packed


def test_a_zero_dimension(tmp_path):
    assert "holds no values" in damaged(tmp_path, "zero", bytes([0, 0, 8, 2]) + struct.pack(">II", 0, 28))


def test_not_gzip_but_named_gz(tmp_path):
    message = damaged(tmp_path, "train-images-idx3-ubyte.gz", b"<html>404 Not Found</html>")
    assert "is named .gz but is not gzip" in message


def test_broken_gzip_stream(tmp_path):
    data = bytearray(gzip.compress(GOOD * 50))
    data[20:30] = b"\xff" * 10
    message = damaged(tmp_path, "broken.gz", bytes(data))
    assert "damaged" in message or "truncated" in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ValueError, match="cannot find the IDX file"):
        read_idx(tmp_path / "nothing.gz")
    with pytest.raises(ValueError, match="is a folder"):
        read_idx(tmp_path)
