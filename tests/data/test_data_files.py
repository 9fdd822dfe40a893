"""Data files a network names are read like every other file: regular files only, with a message naming the path."""

import os
import threading

import pytest

from netbuilder.data.csv_table import read_table
from netbuilder.data.idx import read_idx


def no_hang(fn, *args):
    """Run ``fn``; fail (instead of hanging the suite) if it blocks for more than 5 s."""
    box = {}

    def run():
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(5)
    assert not t.is_alive(), f"{fn.__name__} blocked on {args}"
    return box.get("error")


@pytest.mark.parametrize("reader, kind", [(read_table, "CSV file"), (read_idx, "IDX file")])
def test_a_fifo_is_refused_without_waiting(tmp_path, reader, kind):
    fifo = tmp_path / "data.fifo"
    os.mkfifo(fifo)
    error = no_hang(reader, fifo)
    assert isinstance(error, ValueError) and str(fifo) in str(error) and "named pipe" in str(error)


@pytest.mark.parametrize("reader", [read_table, read_idx])
def test_devices_are_refused(reader):
    error = no_hang(reader, "/dev/zero")
    assert isinstance(error, ValueError) and "/dev/zero" in str(error) and "device" in str(error)


@pytest.mark.parametrize("reader", [read_table, read_idx])
def test_a_symlink_loop_is_a_message(tmp_path, reader):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    error = no_hang(reader, loop)
    assert isinstance(error, ValueError) and "loop of symbolic links" in str(error)


def test_a_huge_csv_is_refused_by_size(tmp_path, monkeypatch):
    from netbuilder.data import csv_table

    monkeypatch.setattr(csv_table, "MAX_CSV_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("a,b\n" + "1,2\n" * 100)
    with pytest.raises(ValueError, match=r"big\.csv: the file is .* more than .*CSV file may have: use a sample"):
        read_table(big)
