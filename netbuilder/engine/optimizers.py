"""Optimizers with the update rules and defaults of Keras, on one flat parameter vector.

The compiled network keeps all weights, biases and slopes in a single
contiguous array, so an update is a handful of vectorised in-place NumPy
operations however many layers there are — that is what makes small
networks fast here. Hyper-parameters may be changed between steps
(:meth:`Optimizer.set`) without losing the optimizer's state, so changing the
learning rate mid-training never resets it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..model.catalog import OPTIMIZERS, Spec, resolve


class Optimizer:
    name = ""

    def __init__(self, **params: Any) -> None:
        spec = resolve("optimizer", {"name": self.name, **params})
        self.params: dict[str, Any] = dict(spec.params)
        self.iterations = 0
        self._size = -1
        self._scratch: np.ndarray | None = None

    @property
    def learning_rate(self) -> float:
        return float(self.params["learning_rate"])

    def set(self, **params: Any) -> None:
        """Change hyper-parameters; the accumulated state (moments, velocities) is kept."""
        spec = resolve("optimizer", {"name": self.name, **self.params, **params})
        self.params = dict(spec.params)

    def build(self, size: int, dtype) -> None:
        """Allocate the state for ``size`` parameters (done once, before the first step)."""
        self._size = size
        self._scratch = np.empty(size, dtype=dtype)
        self._build(size, dtype)

    def _build(self, size: int, dtype) -> None:
        pass

    def apply(self, params: np.ndarray, grads: np.ndarray) -> None:
        """Update ``params`` in place from ``grads``."""
        if params.shape[0] != self._size:
            self.build(params.shape[0], params.dtype)
        self._apply(params, grads, self._scratch)
        self.iterations += 1

    def _apply(self, params: np.ndarray, grads: np.ndarray, tmp: np.ndarray) -> None:
        raise NotImplementedError

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name, **self.params}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.params.items())})"


class SGD(Optimizer):
    """w ← w − η·g; with momentum m: v ← m·v − η·g, w ← w + v (Nesterov: w ← w + m·v − η·g)."""

    name = "sgd"

    def _build(self, size, dtype):
        self.velocity = np.zeros(size, dtype=dtype)

    def _apply(self, params, grads, tmp):
        lr, momentum = self.params["learning_rate"], self.params["momentum"]
        np.multiply(grads, lr, out=tmp)
        if momentum == 0:
            np.subtract(params, tmp, out=params)
            return
        v = self.velocity
        v *= momentum
        v -= tmp
        if self.params["nesterov"]:
            params -= tmp
            np.multiply(v, momentum, out=tmp)
            params += tmp
        else:
            params += v


class Adagrad(Optimizer):
    """G ← G + g²; w ← w − η·g / √(G + ε)."""

    name = "adagrad"

    def _build(self, size, dtype):
        self.accumulator = np.full(size, self.params["initial_accumulator_value"], dtype=dtype)

    def _apply(self, params, grads, tmp):
        acc = self.accumulator
        np.square(grads, out=tmp)
        acc += tmp
        np.add(acc, self.params["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grads, tmp, out=tmp)
        tmp *= self.params["learning_rate"]
        params -= tmp


class RMSprop(Optimizer):
    """v ← ρ·v + (1 − ρ)·g²; w ← w − η·g / √(v + ε) (optionally centred, with momentum)."""

    name = "rmsprop"

    def _build(self, size, dtype):
        self.velocity = np.zeros(size, dtype=dtype)
        self.momentum = np.zeros(size, dtype=dtype)
        self.average_gradient = np.zeros(size, dtype=dtype)

    def _apply(self, params, grads, tmp):
        p = self.params
        rho, v = p["rho"], self.velocity
        np.square(grads, out=tmp)
        tmp *= 1.0 - rho
        v *= rho
        v += tmp
        if p["centered"]:
            mg = self.average_gradient
            mg *= rho
            mg += (1.0 - rho) * grads
            np.square(mg, out=tmp)
            np.subtract(v, tmp, out=tmp)
            tmp += p["epsilon"]
        else:
            np.add(v, p["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grads, tmp, out=tmp)
        tmp *= p["learning_rate"]
        if p["momentum"] > 0:
            mom = self.momentum
            mom *= p["momentum"]
            mom += tmp
            params -= mom
        else:
            params -= tmp


class Adam(Optimizer):
    """m ← m + (g − m)(1 − β₁); v ← v + (g² − v)(1 − β₂); w ← w − α_t·m / (√v + ε),
    with α_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ) (Keras's form of the bias correction)."""

    name = "adam"

    def _build(self, size, dtype):
        self.m = np.zeros(size, dtype=dtype)
        self.v = np.zeros(size, dtype=dtype)
        self.v_hat = np.zeros(size, dtype=dtype) if self.params["amsgrad"] else None

    def _apply(self, params, grads, tmp):
        p = self.params
        b1, b2 = p["beta_1"], p["beta_2"]
        t = self.iterations + 1
        alpha = p["learning_rate"] * math.sqrt(1.0 - b2**t) / (1.0 - b1**t)
        m, v = self.m, self.v
        np.subtract(grads, m, out=tmp)
        tmp *= 1.0 - b1
        m += tmp
        np.square(grads, out=tmp)
        tmp -= v
        tmp *= 1.0 - b2
        v += tmp
        if p["amsgrad"]:
            if self.v_hat is None:
                self.v_hat = v.copy()
            np.maximum(self.v_hat, v, out=self.v_hat)
            v = self.v_hat
        np.sqrt(v, out=tmp)
        tmp += p["epsilon"]
        np.divide(m, tmp, out=tmp)
        tmp *= alpha
        params -= tmp


OPTIMIZER_CLASSES: dict[str, type[Optimizer]] = {cls.name: cls for cls in (SGD, Adagrad, RMSprop, Adam)}
assert set(OPTIMIZER_CLASSES) == set(OPTIMIZERS)


def get(identifier) -> Optimizer:
    """An optimizer from ``'adam'``, ``{'name': 'sgd', 'learning_rate': 0.5}`` or a :class:`Spec`."""
    if isinstance(identifier, Optimizer):
        return identifier
    spec: Spec = resolve("optimizer", identifier)
    return OPTIMIZER_CLASSES[spec.name](**spec.params)
