"""Activation functions, each with its derivative right beside it.

``forward(z)`` gives a = f(z); ``derivative(z, a)`` gives f'(z) element by
element (both z and a are passed so each function uses whichever is cheaper
and more exact — σ' = a(1 − a) needs no second exponential);
``backward(grad, z, a)`` turns dL/da into dL/dz. Softmax couples the units
of a layer, so it overrides ``backward`` with the Jacobian-vector product
and offers the full ``jacobian`` for the walkthrough.

PReLU's slope α is learned: the compiled network binds ``alpha`` to a view
of its parameter vector and asks ``alpha_gradient`` for dL/dα.
"""

from __future__ import annotations

import math

import numpy as np

from ..model.catalog import Spec, resolve

_SQRT_2PI = math.sqrt(2.0 * math.pi)
_erf = np.frompyfunc(math.erf, 1, 1)


def erf(x: np.ndarray) -> np.ndarray:
    """The error function to full double precision (NumPy has none; ``math.erf`` is exact)."""
    x = np.asarray(x)
    return _erf(x).astype(x.dtype if x.dtype.kind == "f" else np.float64)


def sigmoid(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


class Activation:
    name = ""
    #: True when f(z)ᵢ depends on other units of the layer (softmax).
    coupled = False
    #: True when f has learnable parameters (PReLU).
    learnable = False

    def __init__(self, **params: float) -> None:
        self.params = params

    def forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, grad: np.ndarray, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        return grad * self.derivative(z, a)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{type(self).__name__}({args})"


class Linear(Activation):
    name = "linear"

    def forward(self, z):
        return z.copy()

    def derivative(self, z, a):
        return np.ones_like(z)

    def backward(self, grad, z, a):
        return grad


class Step(Activation):
    """The perceptron's threshold: 1 when z > 0. Its derivative is 0 almost everywhere."""

    name = "step"

    def forward(self, z):
        return (z > 0).astype(z.dtype)

    def derivative(self, z, a):
        return np.zeros_like(z)


class Sigmoid(Activation):
    name = "sigmoid"

    def forward(self, z):
        return sigmoid(z)

    def derivative(self, z, a):
        return a * (1.0 - a)


class Tanh(Activation):
    name = "tanh"

    def forward(self, z):
        return np.tanh(z)

    def derivative(self, z, a):
        return 1.0 - a * a


class ReLU(Activation):
    name = "relu"

    def forward(self, z):
        return np.maximum(z, 0.0)

    def derivative(self, z, a):
        return (z > 0).astype(z.dtype)

    def backward(self, grad, z, a):
        return grad * (z > 0)


class LeakyReLU(Activation):
    name = "leaky_relu"

    def forward(self, z):
        return np.where(z > 0, z, self.params["alpha"] * z)

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, self.params["alpha"]).astype(z.dtype)


class PReLU(Activation):
    """Leaky ReLU whose slope α (one per neuron) is trained with the weights."""

    name = "prelu"
    learnable = True

    def __init__(self, **params: float) -> None:
        super().__init__(**params)
        self.alpha: np.ndarray | float = params.get("alpha", 0.25)

    def forward(self, z):
        return np.where(z > 0, z, self.alpha * z)

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, self.alpha).astype(z.dtype)

    def alpha_gradient(self, grad: np.ndarray, z: np.ndarray) -> np.ndarray:
        """dL/dα, summed over the batch: each neuron's α only acts where its z ≤ 0."""
        return (grad * np.minimum(z, 0.0)).sum(axis=0)


class ELU(Activation):
    name = "elu"

    def forward(self, z):
        alpha = self.params["alpha"]
        return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, a + self.params["alpha"]).astype(z.dtype)


class Swish(Activation):
    name = "swish"

    def forward(self, z):
        return z * sigmoid(self.params["beta"] * z)

    def derivative(self, z, a):
        beta = self.params["beta"]
        s = sigmoid(beta * z)
        return s + beta * a * (1.0 - s)


class GELU(Activation):
    """The exact GELU, z·Φ(z) with the normal CDF Φ from erf (not the tanh approximation)."""

    name = "gelu"

    def forward(self, z):
        return z * (0.5 * (1.0 + erf(z / math.sqrt(2.0))))

    def derivative(self, z, a):
        cdf = 0.5 * (1.0 + erf(z / math.sqrt(2.0)))
        pdf = np.exp(-0.5 * z * z) / _SQRT_2PI
        return cdf + z * pdf


class Softmax(Activation):
    name = "softmax"
    coupled = True

    def forward(self, z):
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        e /= e.sum(axis=-1, keepdims=True)
        return e

    def derivative(self, z, a):
        """The diagonal of the Jacobian, aᵢ(1 − aᵢ); the walkthrough shows the full :meth:`jacobian`."""
        return a * (1.0 - a)

    def jacobian(self, a: np.ndarray) -> np.ndarray:
        """∂aᵢ/∂zⱼ = aᵢ(δᵢⱼ − aⱼ), one matrix per sample: shape (n, k, k)."""
        return a[:, :, None] * (np.eye(a.shape[-1], dtype=a.dtype)[None] - a[:, None, :])

    def backward(self, grad, z, a):
        return a * (grad - (grad * a).sum(axis=-1, keepdims=True))


ACTIVATION_CLASSES: dict[str, type[Activation]] = {
    cls.name: cls for cls in (Linear, Step, Sigmoid, Tanh, ReLU, LeakyReLU, PReLU, ELU, Swish, GELU, Softmax)
}


def get(identifier) -> Activation:
    """An activation object from a name, a dict or a :class:`Spec` (Keras-style)."""
    if isinstance(identifier, Activation):
        return identifier
    spec: Spec = resolve("activation", identifier)
    return ACTIVATION_CLASSES[spec.name](**spec.params)
