"""The one atomic write and the one bounded read: old files survive failures, FIFOs and devices are refused."""

import errno
import os
import signal
import stat
import sys
from contextlib import contextmanager

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.io import NetworkFileError, load, save
from netbuilder import files
from netbuilder.files import FileAccessError, atomic_write_bytes, atomic_write_text, read_bounded_bytes

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")


@contextmanager
def deadline(seconds=5):
    """Fail instead of hanging: a blocking open() of a FIFO is interrupted by the alarm."""
    def expired(signum, frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def fail_with(err, where="os.replace"):
    def boom(*args, **kwargs):
        raise OSError(err, os.strerror(err))
    return boom


# -- writing -------------------------------------------------------------------------------


def test_a_new_file_is_written_with_the_usual_permissions(tmp_path):
    path = atomic_write_text(tmp_path / "a.txt", "héllo\n")
    assert path == tmp_path / "a.txt"
    assert path.read_bytes() == "héllo\n".encode("utf-8")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    assert names(tmp_path) == ["a.txt"]


@pytest.mark.parametrize("err, words", [
    (errno.ENOSPC, "the disk is full (No space left on device)"),
    (errno.EROFS, "the file system is read-only"),
    (errno.EACCES, "Permission denied"),
])
def test_a_failing_rename_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch, err, words):
    path = tmp_path / "keep.bin"
    path.write_bytes(b"old contents")
    monkeypatch.setattr(files.os, "replace", fail_with(err))
    with pytest.raises(FileAccessError) as info:
        atomic_write_bytes(path, b"new contents")
    assert str(info.value).startswith(f"{path}: cannot write the file: ") and words in str(info.value)
    assert isinstance(info.value, OSError) and info.value.errno == err and info.value.path == str(path)
    assert path.read_bytes() == b"old contents"
    assert names(tmp_path) == ["keep.bin"]


def test_a_disk_that_fills_up_while_writing_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.bin"
    path.write_bytes(b"old contents")
    monkeypatch.setattr(files.os, "fsync", fail_with(errno.ENOSPC))
    with pytest.raises(FileAccessError, match="disk is full"):
        atomic_write_bytes(path, b"x" * 100_000)
    assert path.read_bytes() == b"old contents"
    assert names(tmp_path) == ["keep.bin"]


def test_an_interrupted_write_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.bin"
    path.write_bytes(b"old")

    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old" and names(tmp_path) == ["keep.bin"]


def test_a_read_only_folder_is_explained(tmp_path, monkeypatch):
    # tests may run as root, for whom chmod does not make a folder read-only: fail where the temporary file is made
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    with pytest.raises(FileAccessError) as info:
        atomic_write_bytes(tmp_path / "new.bin", b"data")
    assert str(info.value) == (f"{tmp_path / 'new.bin'}: cannot write in the folder {tmp_path}: "
                               "the file system is read-only (Read-only file system)")
    assert names(tmp_path) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(FileAccessError, match=r"the folder .*nowhere does not exist"):
        atomic_write_bytes(tmp_path / "nowhere" / "x.bin", b"data")


def test_replacing_keeps_the_permissions(tmp_path):
    path = tmp_path / "p.bin"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    atomic_write_bytes(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == b"new"


def test_a_symbolic_link_stays_a_link_to_the_new_contents(tmp_path):
    real = tmp_path / "real.bin"
    real.write_bytes(b"old")
    link = tmp_path / "link.bin"
    link.symlink_to(real)
    assert atomic_write_bytes(link, b"new") == link
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_folder_is_not_replaced(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(FileAccessError, match="this is a folder"):
        atomic_write_bytes(tmp_path / "dir", b"data")
    assert (tmp_path / "dir").is_dir()


@posix_only
def test_a_fifo_is_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileAccessError, match=r"named pipe \(FIFO\), not a regular file"):
        atomic_write_bytes(fifo, b"data")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and names(tmp_path) == ["pipe"]


# -- reading -------------------------------------------------------------------------------


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "f.bin"
    data = bytes(range(256)) * 5000  # more than one read chunk
    path.write_bytes(data)
    assert read_bounded_bytes(path, len(data)) == data


def test_a_file_above_the_limit_is_refused_with_both_sizes(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FileAccessError) as info:
        read_bounded_bytes(path, 10, kind="a test file")
    assert str(info.value) == f"{path}: the file is 11 bytes, more than the 10 bytes a test file may have"
    assert read_bounded_bytes(path, 11) == b"x" * 11


def test_sizes_are_described_for_people():
    assert files.describe_size(1) == "1 byte"
    assert files.describe_size(3 * 2**20) == "3 MB"
    assert files.describe_size(1536) == "1.5 KB"
    assert files.describe_size(256 * 2**20) == "256 MB"


def test_a_file_that_grows_after_the_check_is_still_cut_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 100)
    real_stat, real_fstat = os.stat, os.fstat

    def small(st):
        values = list(st)
        values[stat.ST_SIZE] = 5
        return os.stat_result(values)

    monkeypatch.setattr(files.os, "stat", lambda p, *a, **k: small(real_stat(p, *a, **k)) if str(p) == str(path) else real_stat(p, *a, **k))
    monkeypatch.setattr(files.os, "fstat", lambda fd: small(real_fstat(fd)))
    with pytest.raises(FileAccessError, match="more than the 10 bytes"):
        read_bounded_bytes(path, 10)


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(FileAccessError, match="no such file"):
        read_bounded_bytes(tmp_path / "nope", 10)
    with pytest.raises(FileAccessError) as info:
        read_bounded_bytes(tmp_path, 10, kind="a network file")
    assert str(info.value) == f"{tmp_path}: this is a folder, not a network file"


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with deadline(), pytest.raises(FileAccessError) as info:
        read_bounded_bytes(fifo, 100)
    assert str(info.value) == f"{fifo}: this is a named pipe (FIFO), not a file"


@posix_only
def test_a_fifo_swapped_in_after_the_check_is_refused_without_waiting(tmp_path, monkeypatch):
    """os.stat sees a regular file, but by the time it is opened it is a FIFO: O_NONBLOCK and fstat catch it."""
    regular = tmp_path / "regular"
    regular.write_bytes(b"")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real_stat = os.stat
    monkeypatch.setattr(files.os, "stat", lambda p, *a, **k: real_stat(regular) if str(p) == str(fifo) else real_stat(p, *a, **k))
    with deadline(), pytest.raises(FileAccessError, match=r"named pipe \(FIFO\)"):
        read_bounded_bytes(fifo, 100)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_refused_before_reading():
    with deadline(), pytest.raises(FileAccessError) as info:
        read_bounded_bytes("/dev/zero", 10**12)
    assert str(info.value) == "/dev/zero: this is a device, not a file"


# -- the formats use them ----------------------------------------------------------------


@posix_only
def test_network_and_onnx_files_refuse_fifos_and_devices(tmp_path):
    fifo = tmp_path / "net.nbn"
    os.mkfifo(fifo)
    with deadline(), pytest.raises(NetworkFileError, match=r"net\.nbn: this is a named pipe \(FIFO\), not a network file"):
        load(fifo)
    if os.path.exists("/dev/zero"):
        with deadline(), pytest.raises(NetworkFileError, match="/dev/zero: this is a device, not a network file"):
            load("/dev/zero")
    pytest.importorskip("onnx")
    from netbuilder.io.onnx_import import load_onnx

    with deadline(), pytest.raises(NetworkFileError, match=r"this is a named pipe \(FIFO\), not an ONNX model"):
        load_onnx(fifo)


def test_a_network_file_above_the_limit_is_refused(tmp_path, monkeypatch):
    from netbuilder.io import nbn

    path = save(templates.xor(), tmp_path / "x.nbn")
    monkeypatch.setattr(nbn, "MAX_FILE_BYTES", 100)
    with pytest.raises(NetworkFileError, match=r"x\.nbn: the file is .*, more than the 100 bytes a network file may have"):
        load(path)


def test_a_failing_save_keeps_the_old_network_file(tmp_path, monkeypatch):
    path = save(templates.xor(), tmp_path / "keep.nbn")
    original = path.read_bytes()
    monkeypatch.setattr(files.os, "replace", fail_with(errno.EROFS))
    with pytest.raises(NetworkFileError, match=r"keep\.nbn: cannot write the file: the file system is read-only"):
        save(templates.worked_example(), path)
    assert path.read_bytes() == original and names(tmp_path) == ["keep.nbn"]


def test_a_failing_onnx_export_keeps_the_old_model(tmp_path, monkeypatch):
    pytest.importorskip("onnx")
    from netbuilder.io.onnx_export import save_onnx

    path = save_onnx(templates.xor(), tmp_path / "m.onnx")
    original = path.read_bytes()
    monkeypatch.setattr(files.os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(OSError, match=r"m\.onnx: cannot write the file: the disk is full"):
        save_onnx(templates.worked_example(), path)
    assert path.read_bytes() == original and names(tmp_path) == ["m.onnx"]


def test_a_failing_code_export_keeps_the_old_script_and_weights(tmp_path, monkeypatch):
    from netbuilder.io.codegen import write_code

    script, weights = write_code(templates.xor(), tmp_path / "model.py", "pytorch")
    old_script, old_weights = script.read_bytes(), weights.read_bytes()
    real_replace = os.replace
    calls = []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the weights are written, then the script fails
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", second_fails)
    with pytest.raises(OSError, match=r"model\.py: cannot write the file: the disk is full"):
        write_code(templates.worked_example(), script, "pytorch")
    assert script.read_bytes() == old_script and weights.read_bytes() != old_weights
    assert names(tmp_path) == ["model.npz", "model.py"]
    monkeypatch.setattr(files.os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(OSError, match=r"model\.npz: cannot write the file"):
        write_code(templates.xor(), script, "keras")
    assert names(tmp_path) == ["model.npz", "model.py"]
    assert np.load(weights).files  # still a whole .npz


def test_the_error_pickles_like_other_os_errors(tmp_path):
    import pickle

    exc = FileAccessError(tmp_path / "f", "no such file", errno.ENOENT)
    back = pickle.loads(pickle.dumps(exc))
    assert str(back) == str(exc) and back.errno == errno.ENOENT


def test_no_other_module_writes_or_reads_files_its_own_way():
    """One atomic write and one bounded read: the file formats do not make temporary files themselves."""
    import netbuilder.io as io_package
    from pathlib import Path

    folder = Path(io_package.__file__).parent
    for path in folder.glob("*.py"):
        if path.name == "files.py":
            continue
        text = path.read_text(encoding="utf-8")
        for what in ("mkstemp", "os.replace", "read_bytes(", ".write_bytes(", ".write_text(", "fsync"):
            assert what not in text, f"{path.name} uses {what}: go through netbuilder.files"
    assert sys.modules["netbuilder.files"] is files
