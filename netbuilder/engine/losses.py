"""Loss functions: the value averaged over the batch, and its gradient dL/dŷ.

Conventions (the same as Keras):

- each sample's loss averages over the output units (MSE, MAE, binary
  cross-entropy, hinge) or sums them (categorical cross-entropy, and the
  textbook ½Σ(ŷ − y)²); the batch loss is the mean over samples;
- ``gradient`` already contains the 1/n of that batch mean, so dW = aᵀ·δ
  needs no further scaling.

Softmax + categorical cross-entropy and sigmoid + binary cross-entropy have
fused forms, computed from the logits z: stable for any z, and with the
famously simple δ = (ŷ − y)/n. :func:`output_delta` picks them.
"""

from __future__ import annotations

import numpy as np

from ..model.catalog import Spec, resolve
from .activations import Activation

#: Probabilities are clipped away from 0 and 1 before a log, as Keras does.
EPSILON = 1e-7


class Loss:
    name = ""

    def per_sample(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def value(self, y_hat: np.ndarray, y: np.ndarray) -> float:
        return float(self.per_sample(y_hat, y).mean())

    def gradient(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class MeanSquaredError(Loss):
    name = "mse"

    def per_sample(self, y_hat, y):
        return ((y_hat - y) ** 2).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        return (2.0 / (n * k)) * (y_hat - y)


class HalfSumSquaredError(Loss):
    """½ Σ (ŷ − y)², whose gradient is simply ŷ − y: the form of many hand-worked examples."""

    name = "half_sse"

    def per_sample(self, y_hat, y):
        return 0.5 * ((y_hat - y) ** 2).sum(axis=-1)

    def gradient(self, y_hat, y):
        return (y_hat - y) / y_hat.shape[0]


class MeanAbsoluteError(Loss):
    name = "mae"

    def per_sample(self, y_hat, y):
        return np.abs(y_hat - y).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        return np.sign(y_hat - y) / (n * k)


class BinaryCrossentropy(Loss):
    name = "binary_crossentropy"

    def per_sample(self, y_hat, y):
        p = np.clip(y_hat, EPSILON, 1.0 - EPSILON)
        return -(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        p = np.clip(y_hat, EPSILON, 1.0 - EPSILON)
        return (p - y) / (p * (1.0 - p)) / (n * k)

    @staticmethod
    def from_logits(z, y):
        """Per-sample loss from z, stable for any z: max(z, 0) − z·y + log(1 + e^(−|z|))."""
        return (np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))).mean(axis=-1)


class CategoricalCrossentropy(Loss):
    name = "categorical_crossentropy"

    def per_sample(self, y_hat, y):
        p = np.clip(y_hat, EPSILON, 1.0)
        return -(y * np.log(p)).sum(axis=-1)

    def gradient(self, y_hat, y):
        p = np.clip(y_hat, EPSILON, 1.0)
        return -y / p / y_hat.shape[0]

    @staticmethod
    def from_logits(z, y):
        """Per-sample loss −Σ y·log softmax(z), with log-sum-exp so no exponential overflows."""
        shifted = z - z.max(axis=-1, keepdims=True)
        log_softmax = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
        return -(y * log_softmax).sum(axis=-1)


class Hinge(Loss):
    """max(0, 1 − y·ŷ) with y ∈ {−1, 1}; 0/1 targets are mapped to −1/1 as Keras does."""

    name = "hinge"

    @staticmethod
    def signed(y):
        return 2.0 * y - 1.0 if np.all((y == 0) | (y == 1)) else y

    def per_sample(self, y_hat, y):
        return np.maximum(0.0, 1.0 - self.signed(y) * y_hat).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        s = self.signed(y)
        return -s * (1.0 - s * y_hat > 0) / (n * k)


LOSS_CLASSES: dict[str, type[Loss]] = {
    cls.name: cls
    for cls in (MeanSquaredError, HalfSumSquaredError, MeanAbsoluteError, BinaryCrossentropy, CategoricalCrossentropy, Hinge)
}


def get(identifier) -> Loss:
    if isinstance(identifier, Loss):
        return identifier
    spec: Spec = resolve("loss", identifier)
    return LOSS_CLASSES[spec.name]()


def is_fused(loss: Loss, activation: Activation) -> bool:
    """True when the loss and the output activation have a combined, stable form."""
    return (loss.name, activation.name) in (
        ("categorical_crossentropy", "softmax"),
        ("binary_crossentropy", "sigmoid"),
    )


def output_delta(loss: Loss, activation: Activation, z: np.ndarray, a: np.ndarray, y: np.ndarray):
    """The batch loss and δ = dL/dz at the output layer.

    Fused pairs use the logits: δ = (ŷ − y)/n for softmax + CCE (per sample
    scaled by Σy, which is 1 for one-hot targets) and (ŷ − y)/(n·k) for
    sigmoid + BCE. Any other pair applies the chain rule,
    δ = dL/dŷ · f'(z).
    """
    n, k = a.shape
    if loss.name == "categorical_crossentropy" and activation.name == "softmax":
        value = float(CategoricalCrossentropy.from_logits(z, y).mean())
        return value, (a * y.sum(axis=-1, keepdims=True) - y) / n
    if loss.name == "binary_crossentropy" and activation.name == "sigmoid":
        value = float(BinaryCrossentropy.from_logits(z, y).mean())
        return value, (a - y) / (n * k)
    return loss.value(a, y), activation.backward(loss.gradient(a, y), z, a)
