"""The one error type a file problem becomes: it names the file and the place in it."""

from __future__ import annotations


class NetworkFileError(ValueError):
    """A file could not be read or written. ``where`` is a path inside the file such as
    ``layers[2].units`` (or ``line 4, column 9`` for JSON syntax), empty when it concerns the whole file."""

    def __init__(self, message: str, *, where: str = "", path: str | None = None):
        self.message = message
        self.where = where
        self.path = path
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [p for p in (self.path, self.where) if p]
        return f"{': '.join(parts)}: {self.message}" if parts else self.message

    def with_path(self, path: str) -> "NetworkFileError":
        return NetworkFileError(self.message, where=self.where, path=path)
