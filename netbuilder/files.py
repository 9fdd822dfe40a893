"""Writing a file atomically and reading one with a size limit: the one copy every file format uses.

Network files, ONNX models, code exports, walkthrough exports and the data
files a network names (CSV, IDX) all go through here, so every path a user
or a file can name is treated alike.

Writing (:func:`atomic_write_bytes`, :func:`atomic_write_text`): the data
goes to a temporary file in the target's folder, which is flushed and synced
and then renamed over the target (``os.replace``, atomic on one file
system); the folder is synced so the rename itself survives a crash. On any
failure — a read-only folder, a full disk, an interrupted write — the
temporary file is removed and the old file is left exactly as it was. A
replaced file keeps its permissions; a new one gets the usual ``0o666``
minus the umask.

Reading (:func:`read_bounded_bytes`, or :func:`open_regular` for a reader
that streams, such as IDX): only regular files are read. A named
pipe (FIFO), a device such as ``/dev/zero``, a socket or a folder is refused
with a message naming the path, before it is opened (``os.stat``) and again
after (``os.fstat`` on a descriptor opened with ``O_NONBLOCK``, so opening a
FIFO that appeared in between does not wait for a writer). At most
``max_bytes`` are read; a bigger file is refused with its size and the limit.

Every failure is a :class:`FileAccessError`: an ``OSError`` whose text is one
sentence naming the path, such as ``out/model.onnx: cannot write the file:
the disk is full (No space left on device)``.
"""

from __future__ import annotations

import errno as _errno
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["FileAccessError", "as_value_error", "atomic_write_bytes", "atomic_write_text", "describe_size", "open_regular",
           "read_bounded_bytes"]

_READ_CHUNK = 1 << 20

#: errno -> what it means for someone saving or opening a file
_REASONS = {
    _errno.ENOSPC: "the disk is full",
    _errno.EDQUOT: "the disk quota is used up",
    _errno.EROFS: "the file system is read-only",
    _errno.EACCES: "permission denied",
    _errno.EPERM: "the operation is not permitted",
    _errno.ENOENT: "the folder does not exist",
    _errno.ENOTDIR: "a part of the path is not a folder",
    _errno.EISDIR: "it is a folder",
    _errno.ENAMETOOLONG: "the name is too long",
    _errno.EIO: "an input/output error occurred (a damaged disk or a lost network drive?)",
    _errno.EFBIG: "the file is too large for this file system",
    _errno.ELOOP: "the path is a loop of symbolic links",
}


class FileAccessError(OSError):
    """A file could not be read or written. ``path`` is the file, ``message`` says why (without the path)."""

    def __init__(self, path: str | os.PathLike, message: str = "", errno: int | None = None):
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.errno = errno
        self.filename = self.path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __reduce__(self):
        return type(self), (self.path, self.message, self.errno)


def as_value_error(exc: FileAccessError, missing: str, too_big: str = "") -> ValueError:
    """The ValueError a data reader raises for ``exc``: ``missing`` when there is no such file, ``too_big``
    appended when it is over the limit (e.g. what to do instead), else the FileAccessError's own sentence."""
    if exc.errno == _errno.ENOENT:
        return ValueError(missing)
    if exc.errno == _errno.EFBIG and too_big:
        return ValueError(f"{exc}: {too_big}")
    return ValueError(str(exc))


def _reason(exc: OSError) -> str:
    """An OSError as words: 'the disk is full (No space left on device)'."""
    detail = exc.strerror or str(exc) or type(exc).__name__
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is None or reason.lower() == detail.lower():
        return detail
    return f"{reason} ({detail})"


def describe_size(n: int) -> str:
    """Bytes for people: '812 bytes', '3.4 KB', '256 MB'."""
    if n < 1024:
        return f"{n:,} byte{'s' if n != 1 else ''}"
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value >= 100 or value == int(value) else f"{value:.1f} {unit}"
    return f"{n:,} bytes"  # pragma: no cover


# -- writing -------------------------------------------------------------------------------


def _current_umask() -> int:
    """The process's umask, read without changing it (``os.umask`` would, briefly, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable; file systems that cannot sync a folder are left alone."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(directory, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _target(path: Path) -> Path:
    """The file to replace: a symbolic link is followed (the link stays, its file gets the new data)."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns ``path``. Raises :class:`FileAccessError`.

    Either the whole new file is on disk under ``path`` or, after any
    failure, the old file (if there was one) is unchanged and no temporary
    file is left behind.
    """
    shown = Path(path)
    path = _target(shown)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise FileAccessError(shown, f"cannot write the file: {_reason(exc)}", exc.errno) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise FileAccessError(shown, "cannot write the file: this is a folder", _errno.EISDIR)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise FileAccessError(shown, f"cannot write the file: this is {_kind(st.st_mode)}, not a regular file, "
                              "and it is not replaced")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            message = f"cannot write the file: the folder {directory} does not exist"
        else:
            message = f"cannot write in the folder {directory}: {_reason(exc)}"
        raise FileAccessError(shown, message, exc.errno) from None
    try:
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            mode = (st.st_mode & 0o7777) if st is not None else (0o666 & ~_current_umask())
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as exc:
        raise FileAccessError(shown, f"cannot write the file: {_reason(exc)}", exc.errno) from None
    _sync_directory(directory)
    return shown


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """:func:`atomic_write_bytes` of ``text`` encoded (UTF-8 by default, newlines as given)."""
    return atomic_write_bytes(path, text.encode(encoding))


# -- reading -------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_regular(shown: Path, st: os.stat_result, kind: str) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise FileAccessError(shown, f"this is {_kind(st.st_mode)}, not {kind}",
                              _errno.EISDIR if stat.S_ISDIR(st.st_mode) else None)


def _check_size(shown: Path, size: int, max_bytes: int, kind: str) -> None:
    if size > max_bytes:
        shown_size = describe_size(size)
        if shown_size == describe_size(max_bytes):  # 256.2 MB would read "256 MB, more than 256 MB"
            shown_size = f"{size:,} bytes"
        raise FileAccessError(shown, f"the file is {shown_size}, more than the {describe_size(max_bytes)} "
                              f"{kind} may have", _errno.EFBIG)


def _open_checked(shown: Path, max_bytes: int | None, kind: str) -> tuple[int, os.stat_result]:
    """A descriptor of the regular file ``shown``, checked before and after opening."""
    try:
        st = os.stat(shown)
    except FileNotFoundError:
        raise FileAccessError(shown, "no such file", _errno.ENOENT) from None
    except OSError as exc:
        raise FileAccessError(shown, f"cannot read the file: {_reason(exc)}", exc.errno) from None
    _check_regular(shown, st, kind)
    if max_bytes is not None:
        _check_size(shown, st.st_size, max_bytes, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(shown, flags)
    except FileNotFoundError:
        raise FileAccessError(shown, "no such file", _errno.ENOENT) from None
    except OSError as exc:
        raise FileAccessError(shown, f"cannot read the file: {_reason(exc)}", exc.errno) from None
    try:
        st = os.fstat(fd)  # what was opened, which may have been swapped for a FIFO since the stat above
        _check_regular(shown, st, kind)
        if max_bytes is not None:
            _check_size(shown, st.st_size, max_bytes, kind)
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def open_regular(path: str | os.PathLike, *, kind: str = "a file"):
    """The regular file ``path`` opened for reading in binary mode; raises :class:`FileAccessError`.

    For readers that stream a large file and check sizes themselves (IDX);
    the checks are those of :func:`read_bounded_bytes` without the size limit.
    """
    fd, _ = _open_checked(Path(path), None, kind)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)  # a regular file: reads never wait anyway
    return os.fdopen(fd, "rb")


def read_bounded_bytes(path: str | os.PathLike, max_bytes: int, *, kind: str = "a file") -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them. Raises :class:`FileAccessError`.

    ``kind`` names what the file should be, for the messages: "this is a
    folder, not a network file", "the file is 300 MB, more than the 256 MB
    a network file may have". Never waits on a FIFO or reads a device.
    """
    shown = Path(path)
    fd, _ = _open_checked(shown, max_bytes, kind)
    try:
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_READ_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise FileAccessError(shown, f"cannot read the file: {_reason(exc)}", exc.errno) from None
    finally:
        os.close(fd)
    _check_size(shown, total, max_bytes, kind)  # it grew while being read
    return b"".join(chunks)
