"""Dividing rows into training, validation and test parts, reproducibly.

The shares are fixed by a seed so that reopening a network file gives it
back exactly the test rows it was evaluated on.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def check_fraction(value: Any, name: str, maximum: float = 0.9) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not np.isfinite(value):
        raise ValueError(f"{name} must be a number from 0 to {maximum:g}, got {value!r}")
    if not 0.0 <= value <= maximum:
        raise ValueError(f"{name} must be from 0 to {maximum:g} (a share of the rows), got {value:g}")
    return float(value)


def check_seed(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"seed must be a whole number of at least 0, got {value!r}")
    return value


def split_indices(n: int, test_fraction: float, validation_fraction: float, seed: int
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row numbers of the training, validation and test parts.

    A share above zero always gets at least one row (asking for a test set
    and silently getting none would be worse than a small one). Without any
    split the rows stay in file order, so a small table reads as written;
    with one, all parts are shuffled.
    """
    n_test = _count(n, test_fraction)
    n_val = _count(n, validation_fraction)
    if n - n_test - n_val < 1:
        raise ValueError(
            f"a test share of {test_fraction:g} and a validation share of {validation_fraction:g} leave no "
            f"training rows out of {n}: make the shares smaller or add rows"
        )
    if n_test == 0 and n_val == 0:
        return np.arange(n), np.arange(0), np.arange(0)
    order = np.random.default_rng(seed).permutation(n)
    return order[n_test + n_val:], order[n_test:n_test + n_val], order[:n_test]


def _count(n: int, fraction: float) -> int:
    if fraction <= 0:
        return 0
    return max(1, int(round(n * fraction)))
