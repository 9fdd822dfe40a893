"""The one error type a file problem becomes: it names the file and the place in it."""

from __future__ import annotations

import re

#: A message longer than this (a value echoed whole) is cut in the middle, so it stays one readable line.
MAX_MESSAGE = 300
#: The place in the file is cut likewise (a 900-level path, a 100 000-character key).
MAX_WHERE = 120

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to at most ``limit`` characters with "…" where it was cut (its start and its end stay)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    tail = limit - 1 - head
    return text[:head] + "…" + (text[-tail:] if tail else "")


def one_line(text: str, limit: int) -> str:
    """``text`` as one printable line: control characters, line breaks and lone surrogates escaped, then cut."""
    text = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii")
                            if m.group() not in "\n\r\t" else " ", text)
    return shorten(text, limit)


class NetworkFileError(ValueError):
    """A file could not be read or written. ``where`` is a path inside the file such as
    ``layers[2].units`` (or ``line 4, column 9`` for JSON syntax), empty when it concerns the whole file.

    The message is always one line of printable text of at most :data:`MAX_MESSAGE` characters: a value
    echoed from the file is cut in the middle, never printed whole."""

    def __init__(self, message: str, *, where: str = "", path: str | None = None):
        self.message = one_line(str(message), MAX_MESSAGE)
        self.where = one_line(str(where), MAX_WHERE)
        self.path = path
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [p for p in (self.path, self.where) if p]
        return f"{': '.join(parts)}: {self.message}" if parts else self.message

    def with_path(self, path: str) -> "NetworkFileError":
        return NetworkFileError(self.message, where=self.where, path=path)
