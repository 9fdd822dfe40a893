"""Built-in datasets, each made from a few settings (size, noise, seed ...).

A generator is registered with :func:`register` and described by its
parameters, so the app can show a form for it and a network file can name it
(``{"kind": "builtin", "name": "xor", "params": {"n": 4}}``) and get the very
same samples back.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Callable

import math

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from ..model.catalog import Param
from .dataset import Dataset

COMMON_PARAMS = (
    Param("seed", 0, int, 0, None, description=QT_TRANSLATE_NOOP("Datasets",
                                                                 "random seed: the same seed gives the same samples")),
    Param("test_fraction", 0.0, float, 0.0, 0.9, description=QT_TRANSLATE_NOOP("Datasets", "share of the samples kept "
                                                                                           "apart as a test set")),
)


@dataclass(frozen=True)
class Generator:
    name: str
    label: str
    make: Callable[[dict[str, Any], np.random.Generator], Dataset]
    params: tuple[Param, ...]
    description: str = ""
    #: The default test share for this generator (overrides the common default).
    test_fraction: float = 0.0
    #: The data comes with its own test set (MNIST's 10000 images), so there is no test share to choose.
    has_test_set: bool = False

    def all_params(self) -> tuple[Param, ...]:
        common = tuple(
            Param(p.name, self.test_fraction, p.kind, p.minimum, p.maximum, description=p.description)
            if p.name == "test_fraction"
            else p
            for p in COMMON_PARAMS
            if not (self.has_test_set and p.name == "test_fraction")
        )
        return self.params + common


GENERATORS: dict[str, Generator] = {}


def register(name: str, label: str, params: tuple[Param, ...] = (), description: str = "", test_fraction: float = 0.0,
             has_test_set: bool = False):
    def wrap(fn):
        GENERATORS[name] = Generator(name, label, fn, params, description, test_fraction, has_test_set)
        return fn

    return wrap


def _shown(value: Any, limit: int = 60) -> str:
    """A value as a message quotes it, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_params(gen: Generator, given: dict[str, Any]) -> dict[str, Any]:
    allowed = {p.name: p for p in gen.all_params()}
    unknown = sorted(set(given) - set(allowed))
    if unknown:
        raise ValueError(f"dataset '{gen.name}' has no setting '{unknown[0]}' (it takes {', '.join(allowed)})")
    out = {}
    for name, p in allowed.items():
        value = given.get(name, p.default)
        if p.kind is int:
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"dataset '{gen.name}' setting '{name}' must be a whole number, got {_shown(value)}")
        elif p.kind is float:
            # an integer too large for a float is refused before math.isfinite (which would overflow on it)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                    (isinstance(value, int) and abs(value) > 1e308) or not math.isfinite(value):
                raise ValueError(f"dataset '{gen.name}' setting '{name}' must be a number, got {_shown(value)}")
            value = float(value)
        if p.minimum is not None and value < p.minimum:
            raise ValueError(f"dataset '{gen.name}' setting '{name}' must be at least {p.minimum:g}, got {_shown(value)}")
        if p.maximum is not None and value > p.maximum:
            raise ValueError(f"dataset '{gen.name}' setting '{name}' must be at most {p.maximum:g}, got {_shown(value)}")
        out[name] = value
    return out


def make_builtin(name: str, params: dict[str, Any] | None = None) -> Dataset:
    """Generate a built-in dataset; unknown names and bad settings raise ``ValueError``."""
    key = name.strip().lower().replace("-", "_")
    if key not in GENERATORS:
        close = difflib.get_close_matches(key, list(GENERATORS), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ValueError(f"there is no built-in dataset '{name}'{hint} (there are: {', '.join(GENERATORS)})")
    gen = GENERATORS[key]
    p = check_params(gen, dict(params or {}))
    rng = np.random.default_rng(p["seed"])
    data = gen.make(p, rng)
    if p.get("test_fraction", 0.0) > 0:
        data = split_test(data, p["test_fraction"], rng)
    data.spec = {"kind": "builtin", "name": key, "params": p}
    return data


def split_test(data: Dataset, fraction: float, rng: np.random.Generator) -> Dataset:
    n = data.n_samples
    n_test = int(round(n * fraction))
    if n_test == 0 or n_test >= n:
        return data
    order = rng.permutation(n)
    test, train = order[:n_test], order[n_test:]
    data.x_test, data.y_test = data.x[test], data.y[test]
    data.x, data.y = data.x[train], data.y[train]
    return data


# -- logic gates: the perceptron's truth tables -----------------------------------------------

_GATE_PARAMS = (
    Param("n", 4, int, 1, 100_000, description=QT_TRANSLATE_NOOP("Datasets",
                                                                 "number of samples (the table's rows, repeated)")),
    Param("noise", 0.0, float, 0.0, 1.0,
          description=QT_TRANSLATE_NOOP("Datasets", "standard deviation of noise added to the inputs")),
)

_TABLES = {
    "and": ([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 0, 0, 1]),
    "or": ([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 1]),
    "xor": ([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0]),
    "not": ([[0], [1]], [1, 0]),
}


def _gate(name: str):
    table_x, table_y = (np.asarray(v, dtype=np.float64) for v in _TABLES[name])

    def make(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
        idx = np.arange(p["n"]) % len(table_x)
        x = table_x[idx] + (rng.normal(0.0, p["noise"], (p["n"], table_x.shape[1])) if p["noise"] > 0 else 0.0)
        names = ["x1", "x2"] if table_x.shape[1] == 2 else ["x"]
        return Dataset(name.upper(), x, table_y[idx].reshape(-1, 1), "binary", feature_names=names,
                       description=f"the {name.upper()} truth table")

    return make


for _name, _label, _desc in (
    ("xor", QT_TRANSLATE_NOOP("Datasets", "XOR"),
     QT_TRANSLATE_NOOP("Datasets", "1 when exactly one input is 1: no single straight line separates the classes")),
    ("and", QT_TRANSLATE_NOOP("Datasets", "AND"),
     QT_TRANSLATE_NOOP("Datasets", "1 only when both inputs are 1: a perceptron learns it")),
    ("or", QT_TRANSLATE_NOOP("Datasets", "OR"),
     QT_TRANSLATE_NOOP("Datasets", "1 when either input is 1: a perceptron learns it")),
    ("not", QT_TRANSLATE_NOOP("Datasets", "NOT"),
     QT_TRANSLATE_NOOP("Datasets", "flips its one input: a perceptron learns it")),
):
    register(_name, _label, _GATE_PARAMS, _desc)(_gate(_name))


# The other built-in sets register themselves on import; they come last because they use `register`.
from . import generators_2d, image_sets  # noqa: E402,F401
