"""Input scaling learnt from the training rows and replayed on every later input.

A network trained on standardized inputs gives nonsense for raw ones, so the
numbers a scaler learnt are kept in the dataset's spec (and with it in the
network file); :func:`input_scaler` rebuilds the same mapping for the app's
prediction panel and ``netbuilder predict``. Only the training part is used
to learn them: statistics taken over the test rows would leak them into
training.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

SCALINGS = ("none", "standardize", "minmax")

#: A scaler as stored in a spec: ``scaled = (raw - offset) / scale``, one number per column.
Scaler = dict[str, Any]


def check_scaling(method: Any) -> str:
    if not isinstance(method, str) or method.strip().lower() not in SCALINGS:
        raise ValueError(f"scaling must be one of {', '.join(SCALINGS)}, got {method!r}")
    return method.strip().lower()


def fit_scaler(x: np.ndarray, method: str, columns: list[str]) -> Scaler | None:
    """Learn ``method`` on the training inputs ``x``; ``None`` for ``"none"``.

    A constant column gets scale 1 (it cannot be stretched to a range it
    does not have), so it comes out as 0 rather than as a division by zero.
    """
    method = check_scaling(method)
    if method == "none":
        return None
    x = np.asarray(x, dtype=np.float64)
    if method == "standardize":
        offset, scale = x.mean(axis=0), x.std(axis=0)
    else:
        offset = x.min(axis=0)
        scale = x.max(axis=0) - offset
    scale = np.where(scale > 0, scale, 1.0)
    return {"method": method, "columns": list(columns), "offset": offset.tolist(), "scale": scale.tolist()}


def apply_scaler(x: np.ndarray, scaler: Scaler | None) -> np.ndarray:
    """Raw rows -> scaled rows: ``(raw - offset) / scale`` per column; unchanged without a scaler."""
    x = np.asarray(x, dtype=np.float64)
    if scaler is None:
        return x
    return (x - np.asarray(scaler["offset"])) / np.asarray(scaler["scale"])


def invert_scaler(x: np.ndarray, scaler: Scaler | None) -> np.ndarray:
    """The inverse of :func:`apply_scaler`: scaled rows -> raw rows in the data file's units,
    ``scaled * scale + offset`` per column; unchanged without a scaler."""
    x = np.asarray(x, dtype=np.float64)
    if scaler is None:
        return x
    return x * np.asarray(scaler["scale"], dtype=np.float64) + np.asarray(scaler["offset"], dtype=np.float64)


def check_scaler(scaler: Any) -> Scaler:
    """A stored scaler, checked: it comes from a file that may have been edited by hand."""
    ok = (
        isinstance(scaler, dict)
        and scaler.get("method") in SCALINGS[1:]
        and isinstance(scaler.get("offset"), list)
        and isinstance(scaler.get("scale"), list)
        and len(scaler["offset"]) == len(scaler["scale"]) > 0
        and (scaler.get("columns") is None or len(scaler["columns"]) == len(scaler["offset"]))
    )
    if ok:
        offset = np.asarray(scaler["offset"], dtype=object)
        scale = np.asarray(scaler["scale"], dtype=object)
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in [*offset, *scale])
        ok = numbers and np.all(np.isfinite(offset.astype(float))) and np.all(scale.astype(float) > 0)
    if not ok:
        raise ValueError(
            "the stored input scaling is damaged (it needs a method, and one offset and one positive scale "
            "per input column): remove 'scaler' from the dataset settings to learn it again"
        )
    return scaler


def input_scaler(spec: dict[str, Any] | None) -> Callable[[Any], np.ndarray]:
    """Raw input rows (in the data file's units) -> the scaled rows the network was trained on.

    Accepts one row (a flat list) or many; without a stored scaler the rows
    pass through unchanged.
    """
    scaler = (spec or {}).get("scaler")
    if scaler is not None:
        scaler = check_scaler(scaler)

    def scale(rows: Any) -> np.ndarray:
        arr = np.asarray(rows, dtype=np.float64)
        single = arr.ndim == 1
        arr = np.atleast_2d(arr)
        if scaler is not None and arr.shape[1] != len(scaler["offset"]):
            names = scaler.get("columns") or []
            which = f" ({', '.join(map(str, names))})" if len(names) == len(scaler["offset"]) else ""
            raise ValueError(f"the input needs {len(scaler['offset'])} values{which}, got {arr.shape[1]}")
        out = apply_scaler(arr, scaler)
        return out[0] if single else out

    return scale
