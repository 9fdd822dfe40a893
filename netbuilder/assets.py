"""Where the shipped data files are: example networks, MNIST, icons, translations.

They live in the repository's top-level ``resources/`` folder and install as
the package ``netbuilder.resources``; both layouts resolve here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    try:
        from importlib.resources import files

        path = Path(str(files("netbuilder.resources")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "resources"  # a source checkout that is not installed


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def examples_dir() -> Path:
    return resource("examples")


def example(name: str) -> Path:
    """An example network by file name, with or without ``.nbn``."""
    return examples_dir() / (name if name.endswith(".nbn") else f"{name}.nbn")


def examples() -> list[Path]:
    return sorted(examples_dir().glob("*.nbn"))
