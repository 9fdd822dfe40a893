"""Extra input columns computed from two inputs, as in the TensorFlow Playground.

With x1² and x2² a single neuron separates the circles; with x1·x2 it
separates XOR. Switching such features on is how a learner sees that
choosing inputs can replace hidden layers. The choice is stored in the
dataset's spec as ``"features": ["x1", "x2", "x1^2", "x1*x2"]`` (the columns
the network gets, in order) and :func:`netbuilder.data.load_dataset`
applies it again after making the raw data.

The names always refer to the raw data's first and second input column, so
a stored choice keeps its meaning whatever those columns are called.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Any, Callable

import numpy as np

from .dataset import Dataset
from .scaling import input_scaler

#: canonical name -> (input columns it needs, function of the raw rows, label template)
FEATURES: dict[str, tuple[int, Callable[[np.ndarray], np.ndarray], str]] = {
    "x1": (1, lambda x: x[:, 0], "{1}"),
    "x2": (2, lambda x: x[:, 1], "{2}"),
    "x1^2": (1, lambda x: x[:, 0] ** 2, "{1}²"),
    "x2^2": (2, lambda x: x[:, 1] ** 2, "{2}²"),
    "x1*x2": (2, lambda x: x[:, 0] * x[:, 1], "{1}·{2}"),
    "sin(x1)": (1, lambda x: np.sin(x[:, 0]), "sin({1})"),
    "sin(x2)": (2, lambda x: np.sin(x[:, 1]), "sin({2})"),
}

_ALIASES = {"x1x2": "x1*x2", "x2*x1": "x1*x2", "x2x1": "x1*x2", "x1*x1": "x1^2", "x2*x2": "x2^2",
            "sinx1": "sin(x1)", "sinx2": "sin(x2)"}


def canonical_feature(name: Any) -> str:
    """The stored spelling of a feature name; forgiving about ² / ** / · / spaces / case."""
    if not isinstance(name, str):
        raise ValueError(f"a feature is named by text such as 'x1^2', got {name!r}")
    key = re.sub(r"\s+", "", name).lower()
    key = key.replace("²", "^2").replace("**2", "^2").replace("·", "*").replace("×", "*")
    key = _ALIASES.get(key, key)
    if key not in FEATURES:
        close = difflib.get_close_matches(key, list(FEATURES), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ValueError(f"there is no input feature '{name}'{hint} (there are: {', '.join(FEATURES)})")
    return key


def check_features(names: Any, n_inputs: int) -> list[str]:
    """The canonical list, or a ``ValueError`` saying what to change."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)):
        raise ValueError(f"the input features are a list of names such as ['x1', 'x2', 'x1^2'], got {names!r}")
    if not names:
        raise ValueError("switch on at least one input feature (for example x1)")
    if n_inputs not in (1, 2):
        raise ValueError(
            f"extra input features (x1², x1·x2, sin x1 ...) are made from one or two input columns; "
            f"this data has {n_inputs}"
        )
    out: list[str] = []
    for name in names:
        key = canonical_feature(name)
        if key in out:
            raise ValueError(f"the input feature '{key}' is switched on twice")
        if FEATURES[key][0] > n_inputs:
            raise ValueError(f"the input feature '{key}' needs a second input column; this data has only one")
        out.append(key)
    return out


def expand(x: np.ndarray, names: list[str]) -> np.ndarray:
    """The raw rows (one or two columns) -> one column per feature in ``names`` (already checked)."""
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    return np.column_stack([FEATURES[name][1](x) for name in names])


def feature_labels(names: list[str], base_names: list[str]) -> list[str]:
    """Names to show: 'x1^2' of a set whose inputs are length and width reads 'length²'."""
    first = base_names[0] if base_names else "x1"
    second = base_names[1] if len(base_names) > 1 else "x2"
    return [FEATURES[name][2].format("", first, second) for name in names]


def with_features(data: Dataset, names: Any) -> Dataset:
    """A copy of ``data`` whose inputs are the chosen features; its spec remembers the choice."""
    names = check_features(names, data.n_features)
    spec = dict(data.spec)
    spec["features"] = list(names)
    return dataclasses.replace(
        data,
        x=expand(data.x, names),
        x_test=None if data.x_test is None else expand(data.x_test, names),
        x_val=None if data.x_val is None else expand(data.x_val, names),
        feature_names=feature_labels(names, data.feature_names),
        image_shape=None,
        spec=spec,
    )


def input_transform(spec: dict[str, Any] | None) -> Callable[[Any], np.ndarray]:
    """Raw input rows, as the user types them -> the rows the network takes.

    Applies what the dataset did to its inputs, in the same order: the
    stored scaling (CSV files) and then the chosen extra features. This is
    what the app's prediction panel and ``netbuilder predict`` should call.
    """
    spec = spec or {}
    scale = input_scaler(spec)
    chosen = spec.get("features")

    def transform(rows: Any) -> np.ndarray:
        arr = np.asarray(rows, dtype=np.float64)
        single = arr.ndim == 1
        out = scale(np.atleast_2d(arr))
        if chosen is not None:
            out = expand(out, check_features(chosen, out.shape[1]))
        return out[0] if single else out

    return transform
