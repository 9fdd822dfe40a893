"""Autosave: a copy of unsaved work every minute, offered back after a crash.

Each running app writes ``autosave-<pid>.nbn`` (with the core's atomic save)
and a small ``.json`` note saying which file it belongs to, in the user's
data folder. A clean exit or a save removes them; if they are still there at
the next start and their process is gone, the app crashed, and the user is
offered the work back.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from ..io import NetworkFileError, load, save
from ..files import atomic_write_text
from ..model.network import Network
from .document import Document

INTERVAL_MS = 60_000


def autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".netbuilder") / "autosave"


@dataclass
class Recoverable:
    path: Path  # the autosave copy
    original: str | None  # the file it is a copy of, if it had one
    name: str
    saved: str  # ISO time

    def describe(self) -> str:
        when = self.saved
        try:
            when = datetime.fromisoformat(self.saved).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
        return f"“{self.name}” ({Path(self.original).name if self.original else 'unsaved'}, {when})"

    def load(self) -> Network:
        return load(self.path)

    def discard(self) -> None:
        for p in (self.path, self.path.with_suffix(".json")):
            try:
                p.unlink()
            except OSError:
                pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def find_recoverable(directory: Path | None = None) -> list[Recoverable]:
    """Autosave copies left by app processes that are no longer running."""
    directory = directory or autosave_dir()
    found = []
    for note in sorted(directory.glob("autosave-*.json")):
        try:
            meta = json.loads(note.read_text(encoding="utf-8"))
            pid = int(meta.get("pid", 0))
        except (OSError, ValueError, TypeError):
            continue
        copy = note.with_suffix(".nbn")
        if not copy.exists() or _alive(pid):
            continue
        found.append(Recoverable(copy, meta.get("original"), str(meta.get("name", "")), str(meta.get("saved", ""))))
    return found


class Autosave(QObject):
    def __init__(self, document: Document, directory: Path | None = None, interval_ms: int = INTERVAL_MS, parent=None):
        super().__init__(parent)
        self.doc = document
        self.directory = directory or autosave_dir()
        self.copy = self.directory / f"autosave-{os.getpid()}.nbn"
        self.note = self.copy.with_suffix(".json")
        self._saved_index: int | None = None
        self.error: str | None = None
        self.timer = QTimer(self, interval=interval_ms, timeout=self.save_now)
        self.timer.start()
        document.modifiedChanged.connect(lambda modified: None if modified else self.remove())

    def save_now(self) -> bool:
        """Write the copy if there is unsaved work that is not in it yet."""
        if not self.doc.modified:
            self.remove()
            return False
        index = self.doc.undo_stack.index()
        if self._saved_index == index and self.copy.exists():
            return False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            meta = {
                "pid": os.getpid(),
                "original": str(self.doc.path) if self.doc.path else None,
                "name": self.doc.network.name,
                "saved": datetime.now().isoformat(timespec="seconds"),
            }
            # the note first, then the copy, both atomically: a crash at any moment leaves a note whose copy is
            # either the previous complete one or the new one (a note without a copy yet is skipped on recovery)
            atomic_write_text(self.note, json.dumps(meta))
            save(self.doc.network, self.copy)
        except (NetworkFileError, OSError) as exc:
            self.error = str(exc)  # never interrupt the user for an autosave; the window shows it in the status bar
            return False
        self._saved_index = index
        self.error = None
        return True

    def remove(self) -> None:
        self._saved_index = None
        for p in (self.copy, self.note):
            try:
                p.unlink()
            except OSError:
                pass

    def stop(self) -> None:
        """A clean exit: nothing to recover."""
        self.timer.stop()
        self.remove()
