"""A connection: the weights from one layer into another.

Into a dense layer ``weights`` has shape (source values, target units), the
row-vector convention z = x @ W + b. An optional 0/1 ``mask`` of the same
shape removes single edges (a teacher deleting one arrow of a 2-3-1
drawing); a masked weight keeps its value, so restoring the edge brings it
back unchanged. Into a convolution the weights are its kernel, (kh, kw,
channels in, filters); into a pooling or Flatten layer there are none
(shape ``(0,)``). :mod:`netbuilder.model.shapes` says which shape is right.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def check_matrix(value: Any, shape: tuple[int, ...], what: str = "the weights") -> np.ndarray:
    arr = np.array(value, dtype=np.float64, copy=True)
    if arr.ndim == 1 and arr.size == 0 and shape == (0,):
        return arr
    if arr.shape != tuple(shape):
        raise ValueError(f"{what} must have shape {' × '.join(map(str, shape))}, "
                         f"got {' × '.join(map(str, arr.shape)) or 'a single number'}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{what} must hold finite numbers")
    return arr


def check_mask(value: Any, shape: tuple[int, int]) -> np.ndarray | None:
    if value is None:
        return None
    arr = np.asarray(value)
    if arr.shape != shape:
        raise ValueError(f"the connection mask must have shape {shape[0]} × {shape[1]}, got {arr.shape}")
    if arr.dtype != bool:
        if not np.all(np.isin(arr, (0, 1))):
            raise ValueError("the connection mask may only hold 0 (edge removed) and 1 (edge present)")
        arr = arr.astype(bool)
    arr = arr.copy()
    return None if arr.all() else arr


class Connection:
    """The weights from ``source`` to ``target`` (layer ids)."""

    def __init__(self, source: str, target: str, weights: Any, mask: Any = None, *, id: str | None = None) -> None:
        self.id = id
        self.source = source
        self.target = target
        arr = np.array(weights, dtype=np.float64, copy=True)
        if arr.ndim not in (2, 4) and arr.shape != (0,):
            raise ValueError(f"weights are a matrix, a convolution kernel or none, got {arr.ndim} dimensions")
        self.weights = check_matrix(arr, arr.shape)
        if mask is not None and arr.ndim != 2:
            raise ValueError("only the edges of a dense connection can be removed one by one")
        self.mask = check_mask(mask, arr.shape)

    @property
    def shape(self) -> tuple[int, ...]:
        return self.weights.shape

    @property
    def has_weights(self) -> bool:
        """False for the connection into a pooling or Flatten layer, which only passes values on."""
        return self.weights.size > 0

    @property
    def is_kernel(self) -> bool:
        return self.weights.ndim == 4

    @property
    def parameter_count(self) -> int:
        """Trainable weights: masked edges do not count."""
        return int(self.weights.size if self.mask is None else self.mask.sum())

    def effective_weights(self) -> np.ndarray:
        return self.weights if self.mask is None else self.weights * self.mask

    def is_enabled(self, i: int, j: int) -> bool:
        return True if self.mask is None else bool(self.mask[i, j])

    def get_config(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "weights": self.weights.copy(),
            "mask": None if self.mask is None else self.mask.copy(),
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Connection":
        return cls(config["source"], config["target"], config["weights"], config.get("mask"), id=config.get("id"))

    def __repr__(self) -> str:
        return f"Connection(id={self.id!r}, {self.source!r} → {self.target!r}, shape={self.shape})"
