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

    def copy(self) -> "Parameters":
        return Parameters(
            {k: v.copy() for k, v in self.weights.items()},
            {k: v.copy() for k, v in self.biases.items()},
            {k: v.copy() for k, v in self.alphas.items()},
        )

    def all_finite(self) -> bool:
        return all(np.all(np.isfinite(a)) for d in (self.weights, self.biases, self.alphas) for a in d.values())

    def equals(self, other: "Parameters") -> bool:
        """Exact equality, array by array."""
        mine, theirs = (self.weights, self.biases, self.alphas), (other.weights, other.biases, other.alphas)
        for a, b in zip(mine, theirs):
            if a.keys() != b.keys() or any(not np.array_equal(a[k], b[k]) for k in a):
                return False
        return True
