"""What the app remembers between sessions (QSettings): recent files, last folder, window layout, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    value = settings().value("recentFiles", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def add_recent_file(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    settings().setValue("recentFiles", files)
    settings().setValue("lastDirectory", str(Path(path).parent))
    return files


def remove_recent_file(path: str) -> None:
    settings().setValue("recentFiles", [p for p in recent_files() if p != path])


def last_directory() -> str:
    value = settings().value("lastDirectory", "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def set_last_directory(path: str | Path) -> None:
    settings().setValue("lastDirectory", str(path))


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    return s.value("window/geometry"), s.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)


def language() -> str:
    value = settings().value("language", "")
    return value if isinstance(value, str) else ""


def set_language(code: str) -> None:
    settings().setValue("language", code)


def flag(name: str, default: bool) -> bool:
    value = settings().value(name, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def set_flag(name: str, value: bool) -> None:
    settings().setValue(name, bool(value))


def value(name: str, default: float) -> float:
    """A number the app remembers (e.g. the training speed); ``default`` when unset or not a number."""
    raw = settings().value(name, default)
    try:
        return float(raw)
    except (TypeError, ValueError):
        return default


def set_value(name: str, number: float) -> None:
    settings().setValue(name, float(number))
