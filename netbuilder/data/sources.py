"""From a dataset description (as stored in a network file, or typed on the command line) to data.

Kinds of description:

- ``{"kind": "inline", "x": [[...]], "y": [[...]], "task": "binary"}`` — samples carried by the file;
- ``{"kind": "builtin", "name": "spiral", "params": {...}}`` — a generator;

- ``{"kind": "csv", "path": "parts.csv", ...}`` — a CSV file (:mod:`.csv_import`);
- ``{"kind": "idx", "train_images": ..., "train_labels": ..., ...}`` — IDX files such as Fashion-MNIST
  (:mod:`.image_sets`).

Any description may add ``"features": ["x1", "x2", "x1^2"]`` to compute extra input
columns from two-input data (:mod:`.transforms`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import numpy as np

from .builtin import GENERATORS, make_builtin
from .dataset import TASKS, Dataset

#: kind -> loader(spec, base_dir) -> Dataset
LOADERS: dict[str, Callable[[dict[str, Any], Path | None], Dataset]] = {}


def loader(kind: str):
    def wrap(fn):
        LOADERS[kind] = fn
        return fn

    return wrap


def guess_task(y: np.ndarray) -> str:
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1 and np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=1) == 1):
        return "multiclass"
    if y.ndim == 2 and y.shape[1] == 1 and np.all((y == 0) | (y == 1)):
        return "binary"
    return "regression"


def inline_dataset(x: Any, y: Any, *, task: str | None = None, name: str = "samples", **extra: Any) -> Dataset:
    """Samples given directly (typed into a table, carried by the file)."""
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    y = np.asarray(y, dtype=np.float64)
    if y.ndim == 1:
        y = y.reshape(-1, 1)
    task = task or guess_task(y)
    spec = {"kind": "inline", "x": x, "y": y, "task": task, **extra}
    return Dataset(name, x, y, task, spec=spec, feature_names=list(extra.get("feature_names", [])),
                   target_names=list(extra.get("target_names", [])))


@loader("inline")
def _load_inline(spec: dict[str, Any], base_dir: Path | None) -> Dataset:
    task = spec.get("task")
    if task is not None and task not in TASKS:
        raise ValueError(f"the data's task must be one of {', '.join(TASKS)}, got {task!r}")
    extra = {k: v for k, v in spec.items() if k in ("feature_names", "target_names")}
    return inline_dataset(spec["x"], spec["y"], task=task, name=spec.get("name", "samples"), **extra)


@loader("builtin")
def _load_builtin(spec: dict[str, Any], base_dir: Path | None) -> Dataset:
    name = spec.get("name")
    if not isinstance(name, str):
        raise ValueError("a built-in dataset needs a name")
    params = spec.get("params", {})
    if not isinstance(params, dict):
        raise ValueError("a built-in dataset's params must be an object")
    return make_builtin(name, params)


def load_dataset(spec: dict[str, Any], base_dir: str | Path | None = None) -> Dataset:
    """Make the data a description names; ``base_dir`` resolves relative file paths
    (the folder of the network file). Every problem is a ``ValueError`` with a message."""
    from .transforms import with_features

    if not isinstance(spec, dict) or not isinstance(spec.get("kind"), str):
        raise ValueError("a dataset description needs a 'kind'")
    kind = spec["kind"]
    if kind not in LOADERS:
        raise ValueError(f"unknown kind of dataset '{kind}' (known: {', '.join(LOADERS)})")
    raw = {k: v for k, v in spec.items() if k != "features"}
    data = LOADERS[kind](raw, Path(base_dir) if base_dir is not None else None)
    if spec.get("features") is not None:
        data = with_features(data, spec["features"])
    return data


def resolve_path(value: Any, base_dir: Path | None, what: str) -> Path:
    """A path from a description: ``~`` expanded, relative ones taken from ``base_dir``."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} needs the path of its file")
    path = Path(value).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path


def parse_data_argument(text: str) -> dict[str, Any]:
    """A command-line ``--data`` value to a description.

    ``xor`` or ``spiral:n=400,noise=0.2`` name a built-in generator; anything
    else is a path to a data file (its kind decided by the registered loaders).
    A relative path is taken from the current folder, as on any command line,
    and stored absolute: the network file that records it may live elsewhere.
    """
    name, _, rest = text.partition(":")
    key = name.strip().lower().replace("-", "_")
    if key in GENERATORS:
        params: dict[str, Any] = {}
        for item in filter(None, (s.strip() for s in rest.split(","))):
            k, eq, v = item.partition("=")
            if not eq:
                raise ValueError(f"dataset settings are written name=value, got '{item}'")
            params[k.strip()] = _number(v.strip())
        return {"kind": "builtin", "name": key, "params": params}
    path = Path(text).expanduser().absolute()
    for kind, matches in FILE_KINDS:
        if matches(path):
            make = FILE_SPECS.get(kind)
            return make(path) if make else {"kind": kind, "path": str(path)}
    raise ValueError(
        f"'{text}' is neither a built-in dataset ({', '.join(GENERATORS)}) nor a data file this program reads"
    )


#: (kind, predicate on a path) for data files, in order of preference; data readers append to it.
FILE_KINDS: list[tuple[str, Callable[[Path], bool]]] = []

#: kind -> description for a matched path, for kinds whose description is more than ``{"kind", "path"}``.
FILE_SPECS: dict[str, Callable[[Path], dict[str, Any]]] = {}


def _number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"dataset setting value '{text}' is not a number") from None
