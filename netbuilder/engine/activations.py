"""Activation functions: each one's forward, derivative and teaching text side by side.

``forward(z)`` gives a = f(z); ``derivative(z, a)`` gives f'(z) element by
element (both are passed so each function uses whichever is cheaper and more
exact); ``backward(grad, z, a)`` turns dL/da into dL/dz. These three are the
engine's math, used by training and recorded by the walkthrough alike.

Beside them each unit keeps what a tutorial writes about it: its symbol,
its formula (from the catalog, which the document's vocabulary shares), its
derivative rule, and :meth:`Activation.worked_derivative`, the rule with a
neuron's numbers put in.

Two kinds are special, and say so with a flag the engine reads:
``coupled`` (softmax: every output depends on every z of the layer, so
backward is a Jacobian-vector product and :meth:`Softmax.jacobian` gives the
whole matrix) and ``learnable`` (PReLU: the compiled network binds ``alpha``
to a view of its parameter vector and asks :meth:`PReLU.alpha_gradient` for
dL/dα).
"""

from __future__ import annotations

import math

import numpy as np

from ..model.catalog import ACTIVATIONS, Spec, resolve
from ..notation import MINUS, num, paren

_SQRT_2PI = math.sqrt(2.0 * math.pi)
#: An output counts as saturated where f'(z) is below this share of its largest value: learning has all but
#: stopped there.
SATURATION = 0.05
_erf = np.frompyfunc(math.erf, 1, 1)


def erf(x: np.ndarray) -> np.ndarray:
    """The error function to full double precision (NumPy has none; ``math.erf`` is exact)."""
    x = np.asarray(x)
    return _erf(x).astype(x.dtype if x.dtype.kind == "f" else np.float64)


_SCALARS: dict[tuple, np.ndarray] = {}


def scalar(value: float, dtype) -> np.ndarray:
    """``value`` as a read-only 0-d array of ``dtype``, made once per value and dtype.

    NumPy runs ``1 - a`` or ``a / n`` on a small array in about half the time with such an operand as with a
    Python number, which it converts at every call (0.28 against 0.5 µs on 10 × 8 values). A Python number
    takes the array's dtype, so the operand is the same number and the results are the same bits.
    """
    key = (value, dtype)
    found = _SCALARS.get(key)
    if found is None:
        found = _SCALARS[key] = np.array(value, dtype=dtype)
        found.flags.writeable = False
    return found


#: 1 as a 0-d array per dtype (see :func:`scalar`), for the hottest uses.
_ONES: dict[np.dtype, np.ndarray] = {}


def sigmoid(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


class Activation:
    name = ""
    #: How a hand calculation writes f: a = σ(z).
    symbol = "f"
    #: f' in words a learner can apply by hand.
    derivative_rule = ""
    #: True when f(z)ᵢ depends on other units of the layer (softmax): backward is not elementwise.
    coupled = False
    #: True when f has a parameter trained with the weights (PReLU's α).
    learnable = False
    #: True when f is 0 with a zero gradient for every z ≤ 0 (ReLU): a unit that never fires has stopped
    #: learning ("dead").
    can_die = False

    def saturated(self, a: np.ndarray) -> np.ndarray | None:
        """Where f'(z) < SATURATION · max f', told from the output a alone; None for a function that does
        not saturate."""
        return None

    def __init__(self, **params: float) -> None:
        self.params = params

    @property
    def formula(self) -> str:
        return ACTIVATIONS[self.name].formula

    def forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, grad: np.ndarray, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        return grad * self.derivative(z, a)

    # -- teaching text ---------------------------------------------------------------------------

    def worked_value(self, a_sym: str, z_sym: str, z: float, a: float, d: int) -> str:
        """a = f(z) with the number put in."""
        f = self.symbol
        return f"{a_sym} = {f}({z_sym}) = {f}({num(z, d)}) = {num(a, d)}"

    def worked_derivative(self, z_sym: str, a_sym: str, z: float, a: float, fp: float, d: int) -> list[str]:
        """f'(z) as a hand calculation writes it, ending in the engine's value ``fp``."""
        f = self.symbol
        return [self.derivative_rule, f"{f}'({z_sym}) = {f}'({num(z, d)}) = {num(fp, d)}"]

    def worked_delta(self, delta_sym: str, a_sym: str, z_sym: str, upstream: float, fp: float, delta: float,
                     d: int) -> str:
        """The chain rule at one neuron, δ = dL/da · f'(z), ending in the engine's δ."""
        f = self.symbol
        return f"{delta_sym} = dL/d{a_sym} · {f}'({z_sym}) = {paren(upstream, d)} × {num(fp, d)} = {num(delta, d)}"

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{type(self).__name__}({args})"


class Linear(Activation):
    name = "linear"
    derivative_rule = "f'(z) = 1"

    def forward(self, z):
        return z.copy()

    def derivative(self, z, a):
        return np.ones_like(z)

    def backward(self, grad, z, a):
        return grad

    def worked_value(self, a_sym, z_sym, z, a, d):
        return f"{a_sym} = {z_sym} = {num(a, d)}"


class Step(Activation):
    """The perceptron's threshold: 1 when z > 0. Its derivative is 0 almost everywhere."""

    name = "step"
    symbol = "step"
    derivative_rule = "step'(z) = 0"

    def forward(self, z):
        return (z > 0).astype(z.dtype)

    def derivative(self, z, a):
        return np.zeros_like(z)


class Sigmoid(Activation):
    name = "sigmoid"
    symbol = "σ"
    derivative_rule = "σ'(z) = a(1 − a)"

    def forward(self, z):
        return sigmoid(z)

    def derivative(self, z, a):
        # a(1 − a), with 1 − a taken as σ(−z): near saturation 1 − a loses every digit (σ(30) rounds
        # to within 1e-16 of 1), σ(−z) keeps them all.
        return a * sigmoid(-z)

    def backward(self, grad, z, a):
        return grad * (a * sigmoid(-z))  # grad · derivative(z, a), one call less

    def worked_derivative(self, z_sym, a_sym, z, a, fp, d):
        return [f"σ'({z_sym}) = {a_sym}(1 − {a_sym}) = {num(a, d)} × (1 {MINUS} {num(a, d)}) = {num(fp, d)}"]

    def saturated(self, a):
        return a * (1.0 - a) < SATURATION * 0.25  # σ' = a(1 − a) ≤ 1/4


class Tanh(Activation):
    name = "tanh"
    symbol = "tanh"
    derivative_rule = "tanh'(z) = 1 − a²"

    def forward(self, z):
        return np.tanh(z)

    def derivative(self, z, a):
        return 1.0 - a * a

    def backward(self, grad, z, a):
        try:
            one = _ONES[a.dtype]
        except KeyError:
            one = _ONES[a.dtype] = scalar(1.0, a.dtype)
        return grad * (one - a * a)  # grad · derivative(z, a), one call less

    def worked_derivative(self, z_sym, a_sym, z, a, fp, d):
        return [f"tanh'({z_sym}) = 1 − {a_sym}² = 1 {MINUS} {num(a, d)}² = {num(fp, d)}"]

    def saturated(self, a):
        return 1.0 - a * a < SATURATION  # tanh' = 1 − a² ≤ 1


class ReLU(Activation):
    name = "relu"
    symbol = "ReLU"
    derivative_rule = "ReLU'(z) = 1 if z > 0 else 0"
    can_die = True

    def forward(self, z):
        return np.maximum(z, 0.0)

    def derivative(self, z, a):
        return (z > 0).astype(z.dtype)

    def backward(self, grad, z, a):
        return grad * (z > 0)

    def worked_value(self, a_sym, z_sym, z, a, d):
        return f"{a_sym} = ReLU({z_sym}) = max(0, {num(z, d)}) = {num(a, d)}"

    def worked_derivative(self, z_sym, a_sym, z, a, fp, d):
        side = f"{num(z, d)} > 0" if z > 0 else f"{num(z, d)} ≤ 0"
        return [self.derivative_rule, f"ReLU'({z_sym}) = {num(fp, d)}  ({z_sym} = {side})"]


class LeakyReLU(Activation):
    name = "leaky_relu"
    symbol = "LeakyReLU"
    derivative_rule = "LeakyReLU'(z) = 1 if z > 0 else α"

    def forward(self, z):
        return np.where(z > 0, z, self.params["alpha"] * z)

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, self.params["alpha"]).astype(z.dtype)


class PReLU(Activation):
    """Leaky ReLU whose slope α (one per neuron) is trained with the weights."""

    name = "prelu"
    symbol = "PReLU"
    derivative_rule = "PReLU'(z) = 1 if z > 0 else α"
    learnable = True

    def __init__(self, **params: float) -> None:
        super().__init__(**params)
        self.alpha: np.ndarray | float = params.get("alpha", 0.25)

    def forward(self, z):
        return np.where(z > 0, z, self.alpha * z)

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, self.alpha).astype(z.dtype)

    def alpha_gradient(self, grad: np.ndarray, z: np.ndarray) -> np.ndarray:
        """dL/dα, summed over the batch (and an image's positions): each α only acts where its z ≤ 0."""
        g = grad * np.minimum(z, 0.0)
        return g.sum(axis=0) if g.ndim == 2 else g.reshape(-1, g.shape[-1]).sum(axis=0)


class ELU(Activation):
    name = "elu"
    symbol = "ELU"
    derivative_rule = "ELU'(z) = 1 if z > 0 else a + α"

    def forward(self, z):
        alpha = self.params["alpha"]
        return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, a + self.params["alpha"]).astype(z.dtype)


class Swish(Activation):
    name = "swish"
    symbol = "swish"
    derivative_rule = "swish'(z) = s + β·a·(1 − s), s = σ(βz)"

    def forward(self, z):
        return z * sigmoid(self.params["beta"] * z)

    def derivative(self, z, a):
        beta = self.params["beta"]
        s = sigmoid(beta * z)
        return s + beta * a * (1.0 - s)


class GELU(Activation):
    """The exact GELU, z·Φ(z) with the normal CDF Φ from erf (not the tanh approximation)."""

    name = "gelu"
    symbol = "GELU"
    derivative_rule = "GELU'(z) = Φ(z) + z·φ(z)"

    def forward(self, z):
        return z * (0.5 * (1.0 + erf(z / math.sqrt(2.0))))

    def derivative(self, z, a):
        cdf = 0.5 * (1.0 + erf(z / math.sqrt(2.0)))
        pdf = np.exp(-0.5 * z * z) / _SQRT_2PI
        return cdf + z * pdf


class Softmax(Activation):
    name = "softmax"
    symbol = "softmax"
    derivative_rule = "∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ)"
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

    def worked_derivative(self, z_sym, a_sym, z, a, fp, d):
        return [self.derivative_rule, f"∂{a_sym}/∂{z_sym} = {a_sym}(1 − {a_sym}) = {num(fp, d)}"]

    def worked_delta(self, delta_sym, a_sym, z_sym, upstream, fp, delta, d):
        # through the Jacobian: every output of the layer contributes to each δ
        return f"{delta_sym} = Σᵢ dL/dŷᵢ · ∂ŷᵢ/∂{z_sym} = {num(delta, d)}"


ACTIVATION_CLASSES: dict[str, type[Activation]] = {
    cls.name: cls for cls in (Linear, Step, Sigmoid, Tanh, ReLU, LeakyReLU, PReLU, ELU, Swish, GELU, Softmax)
}


def get(identifier) -> Activation:
    """An activation object from a name, a dict or a :class:`Spec` (Keras-style)."""
    if isinstance(identifier, Activation):
        return identifier
    spec: Spec = resolve("activation", identifier)
    return ACTIVATION_CLASSES[spec.name](**spec.params)

