"""A snapshot of every trainable value of a network, keyed by layer and connection id.

The engine trains on its own copy of the parameters; when training ends the
app applies a ``Parameters`` snapshot to the document as one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Parameters:
    weights: dict[str, np.ndarray] = field(default_factory=dict)  # connection id -> (fan_in, fan_out)
    biases: dict[str, np.ndarray] = field(default_factory=dict)  # layer id -> (units,)
    alphas: dict[str, np.ndarray] = field(default_factory=dict)  # layer id -> (units,), PReLU only

    # Pickled (a training process's reports and its run's recording, sent to the window) with every float64
    # array that holds float32 values as float32: half the bytes, the same bits back (a float32 network's
    # values are float32's, widened exactly). An array with any other value stays float64.
    def __getstate__(self) -> dict:
        return {name: {k: _narrowed(v) for k, v in getattr(self, name).items()}
                for name in ("weights", "biases", "alphas")}

    def __setstate__(self, state: dict) -> None:
        for name in ("weights", "biases", "alphas"):
            setattr(self, name, {k: _widened(v) for k, v in state[name].items()})

    def copy(self) -> Parameters:
        return Parameters(
            {k: v.copy() for k, v in self.weights.items()},
            {k: v.copy() for k, v in self.biases.items()},
            {k: v.copy() for k, v in self.alphas.items()},
        )

    def all_finite(self) -> bool:
        return all(np.all(np.isfinite(a)) for d in (self.weights, self.biases, self.alphas) for a in d.values())

    def equals(self, other: Parameters) -> bool:
        """Exact equality, array by array."""
        mine, theirs = (self.weights, self.biases, self.alphas), (other.weights, other.biases, other.alphas)
        for a, b in zip(mine, theirs):
            if a.keys() != b.keys() or any(not np.array_equal(a[k], b[k]) for k in a):
                return False
        return True


def _narrowed(values: np.ndarray):
    """``values`` as float32 when that loses nothing (checked bit for bit), else as they are."""
    if not (isinstance(values, np.ndarray) and values.dtype == np.float64):
        return values
    narrow = values.astype(np.float32)
    if np.array_equal(narrow.astype(np.float64).view(np.uint64), values.view(np.uint64)):
        return ("float32", narrow)
    return values


def _widened(stored):
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == "float32":
        return stored[1].astype(np.float64)
    return stored
