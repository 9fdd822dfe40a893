"""Data handed to the engine, checked once, with messages that say what to change.

Two kinds of callers: a dataset (rows of samples; a 1-D array is one column
when the layer has one neuron) and values a person typed for one
prediction or one walkthrough step (``typed``: a flat list is one sample).
Training, ``evaluate``, ``predict`` and the walkthrough all come through here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .compiled import CompiledNetwork


def _rows(values: Any, dtype, width: int, typed: bool) -> np.ndarray:
    arr = np.asarray(values, dtype=dtype)
    if arr.ndim == 0:
        arr = arr.reshape(1, 1)
    elif arr.ndim == 1:
        arr = arr.reshape(1, -1) if typed or width != 1 else arr.reshape(-1, 1)
    elif arr.ndim > 2:
        arr = arr.reshape(len(arr), -1)
    return arr


def check_inputs(compiled: CompiledNetwork, x: Any, *, what: str = "the data", typed: bool = False) -> np.ndarray:
    """Inputs cast to the network's dtype, one row per sample."""
    x = _rows(x, compiled.dtype, compiled.n_inputs, typed)
    if x.shape[1] != compiled.n_inputs:
        if typed:
            raise ValueError(f"the input has {x.shape[1]} values but the input layer has {compiled.n_inputs} neurons")
        raise ValueError(f"{what} has {x.shape[1]} input columns but the input layer has {compiled.n_inputs} neurons")
    if len(x) == 0:
        raise ValueError(f"{what} has no samples")
    if not np.all(np.isfinite(x)):
        raise ValueError("the input must be finite numbers" if typed else f"{what} contains missing or infinite values")
    return x


def check_data(compiled: CompiledNetwork, x: Any, y: Any, what: str = "the data", *,
               typed: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Inputs and targets cast to the network's dtype and checked against its input and output layers."""
    x = check_inputs(compiled, x, what=what, typed=typed)
    y = _rows(y, compiled.dtype, compiled.n_outputs, typed)
    if y.shape[1] != compiled.n_outputs:
        if typed:
            raise ValueError(f"the target has {y.shape[1]} values but the output layer has {compiled.n_outputs} neurons")
        raise ValueError(f"{what} has {y.shape[1]} target columns but the output layer has {compiled.n_outputs} neurons")
    if len(x) != len(y):
        raise ValueError(f"{len(x)} inputs but {len(y)} targets" if typed else f"{what} has {len(x)} inputs but {len(y)} targets")
    if not np.all(np.isfinite(y)):
        raise ValueError("the targets must be finite numbers" if typed else f"{what} contains missing or infinite values")
    return x, y
