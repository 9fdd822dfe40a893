"""Loss functions: each one's value, gradient dL/dŷ and teaching text side by side.

Conventions (the same as Keras):

- each sample's loss averages over the output units (MSE, MAE, binary
  cross-entropy, hinge) or sums them (categorical cross-entropy, and the
  textbook ½Σ(ŷ − y)²); the batch loss is the mean over samples;
- ``gradient`` already contains the 1/n of that batch mean, so dW = aᵀ·δ
  needs no further scaling.

Softmax + categorical cross-entropy and sigmoid + binary cross-entropy have
fused forms computed from the logits z: stable for any z, and with the
famously simple δ = (ŷ − y)/n. A loss that has one names its partner in
``fused_activation``; the engine asks :meth:`Loss.output_value` and
:meth:`Loss.output_delta` at the output layer and gets the fused form exactly
when it applies. :meth:`Loss.output_gradient` is dL/dŷ for the walkthrough,
also computed from the logits for a fused pair, so that even at a saturated
output dL/dŷ · f'(z) = δ holds in the numbers shown.
"""

from __future__ import annotations

import numpy as np

from ..i18n import translate
from ..model.catalog import LOSSES, Spec, resolve
from ..notation import MINUS, num, paren
from .activations import Activation, scalar, sigmoid

#: Probabilities are clipped away from 0 and 1 before a log, as Keras does (unfused pairs only).
EPSILON = 1e-7

#: How many output units a worked formula writes out before "+ …".
SHOWN_TERMS = 6


def _scale(n: int) -> str:
    return f" / {n}" if n > 1 else ""


def unsafe_probability(p: np.ndarray) -> float:
    """Below this a probability has lost half its digits to rounding near 0 or 1 (√ε of its dtype)."""
    return float(np.sqrt(np.finfo(p.dtype if p.dtype.kind == "f" else np.float64).eps))


class Loss:
    name = ""
    #: The output activation whose combination with this loss is computed from the logits.
    fused_activation: str | None = None

    def per_sample(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def value(self, y_hat: np.ndarray, y: np.ndarray) -> float:
        return float(self.per_sample(y_hat, y).mean())

    def gradient(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    # -- at the output layer: the engine's entry points -------------------------------------------

    def fused_with(self, activation: Activation) -> bool:
        return activation.name == self.fused_activation

    def output_value(self, activation: Activation, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> float:
        """The batch's data loss from the output layer's z and a = f(z)."""
        return self.value(a, y)

    def output_delta(self, activation: Activation, z, a, y) -> tuple[np.ndarray | None, np.ndarray]:
        """(dL/dŷ, δ = dL/dz) at the output; dL/dŷ is None when a fused form skipped it."""
        grad = self.gradient(a, y)
        return grad, activation.backward(grad, z, a)

    def output_gradient(self, activation: Activation, z, a, y) -> np.ndarray:
        """dL/dŷ at the output, as exact as the numbers allow (the walkthrough shows it)."""
        return self.gradient(a, y)

    def output(self, activation: Activation, z, a, y) -> tuple[float, np.ndarray | None, np.ndarray]:
        """(:meth:`output_value`, *:meth:`output_delta`) in one call: what backward needs at the output."""
        if self.fused_with(activation):
            return (self.output_value(activation, z, a, y), *self.output_delta(activation, z, a, y))
        grad = self.gradient(a, y)
        return self.value(a, y), grad, activation.backward(grad, z, a)

    # -- teaching text ----------------------------------------------------------------------------

    @property
    def formula(self) -> str:
        return LOSSES[self.name].formula

    def worked_formula(self, k: int) -> str:
        """The formula as the worked example writes it for ``k`` outputs."""
        return self.formula

    def worked_value(self, y_hat: np.ndarray, y: np.ndarray, s: int, d: int) -> str:
        """Sample ``s``'s loss with its numbers put in (without the result)."""
        raise NotImplementedError

    def worked_gradient(self, y_sym: str, y_hat: np.ndarray, y: np.ndarray, g: np.ndarray, s: int, j: int,
                        d: int) -> str:
        """dL/dŷⱼ of sample ``s`` with its numbers put in, ending in the value ``g[s, j]``."""
        return f"dL/d{y_sym} = {num(g[s, j], d)}"

    def unsafe_note(self, z: np.ndarray, a: np.ndarray, y: np.ndarray, g: np.ndarray, s: int) -> str:
        """A sentence when the textbook form cannot be computed from ŷ at this output ("" otherwise)."""
        return ""

    def worked_from_logits(self, z: np.ndarray, y: np.ndarray, s: int, d: int) -> str:
        """The stable form the engine computes, with the numbers put in ("" for unfused losses)."""
        return ""

    def fused_delta_note(self) -> str:
        """What the fused δ means, in words (fused losses only)."""
        return ""

    def fused_denominator(self, n: int, k: int) -> int:
        """The fused δ is (ŷ − y) divided by this, for a batch of n samples of k outputs."""
        raise NotImplementedError

    def worked_fused_delta(self, delta_sym: str, y_sym: str, y_hat: float, target: float, n: int, k: int,
                           delta: float, d: int) -> str:
        """The fused δ with the numbers put in, ending in the engine's δ (fused losses only)."""
        scale = _scale(self.fused_denominator(n, k))
        if not scale:
            return f"{delta_sym} = {y_sym} − y = {num(y_hat, d)} {MINUS} {num(target, d)} = {num(delta, d)}"
        return (f"{delta_sym} = ({y_sym} − y){scale} = ({num(y_hat, d)} {MINUS} {num(target, d)}){scale} "
                f"= {num(delta, d)}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _terms(y_hat, y, s, d, term: str) -> str:
    """Sample ``s``'s per-output terms, written with ``term`` ("({p} − {t})²"), the first few of them."""
    k = y.shape[1]
    parts = [term.format(p=num(y_hat[s, j], d), t=num(y[s, j], d)) for j in range(min(k, SHOWN_TERMS))]
    return " + ".join(parts) + (" + …" if k > SHOWN_TERMS else "")


class _MeanOverOutputs(Loss):
    """A loss that averages one term per output (MSE, MAE): written out the same way, only the term differs."""

    #: The term for one output, with ``{p}`` the prediction and ``{t}`` the target.
    term = ""
    #: The formula for a single output, where the mean is just the term.
    single_formula = ""

    def worked_formula(self, k):
        return self.single_formula if k == 1 else self.formula

    def worked_value(self, y_hat, y, s, d):
        body = _terms(y_hat, y, s, d, self.term)
        k = y.shape[1]
        return body if k == 1 else f"({body}) / {k}"


class MeanSquaredError(_MeanOverOutputs):
    name = "mse"
    term = f"({{p}} {MINUS} {{t}})²"
    single_formula = "L = (ŷ − y)²"

    def per_sample(self, y_hat, y):
        return ((y_hat - y) ** 2).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        return (2.0 / (n * k)) * (y_hat - y)

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n, k = y.shape
        factor = "2" if k == 1 else f"2/{k}"
        return (f"dL/d{y_sym} = {factor}·({y_sym} − y) = {factor} × ({num(y_hat[s, j], d)} {MINUS} "
                f"{num(y[s, j], d)}){_scale(n)} = {num(g[s, j], d)}")


class HalfSumSquaredError(Loss):
    """½ Σ (ŷ − y)², whose gradient is simply ŷ − y: the form of many hand-worked examples."""

    name = "half_sse"

    def per_sample(self, y_hat, y):
        return 0.5 * ((y_hat - y) ** 2).sum(axis=-1)

    def gradient(self, y_hat, y):
        return (y_hat - y) / y_hat.shape[0]

    def worked_value(self, y_hat, y, s, d):
        body = _terms(y_hat, y, s, d, MeanSquaredError.term)
        return f"½ × ({body})" if y.shape[1] > 1 else f"½ × {body}"

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n = y.shape[0]
        return (f"dL/d{y_sym} = {y_sym} − y = {num(y_hat[s, j], d)} {MINUS} {num(y[s, j], d)}{_scale(n)} "
                f"= {num(g[s, j], d)}")


class MeanAbsoluteError(_MeanOverOutputs):
    name = "mae"
    term = f"|{{p}} {MINUS} {{t}}|"
    single_formula = "L = |ŷ − y|"

    def per_sample(self, y_hat, y):
        return np.abs(y_hat - y).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        return np.sign(y_hat - y) / (n * k)

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n, k = y.shape
        return (f"dL/d{y_sym} = sign({y_sym} − y){_scale(n * k)} = sign({num(y_hat[s, j], d)} {MINUS} "
                f"{num(y[s, j], d)}){_scale(n * k)} = {num(g[s, j], d)}")


class BinaryCrossentropy(Loss):
    name = "binary_crossentropy"
    fused_activation = "sigmoid"

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

    def output_value(self, activation, z, a, y):
        if self.fused_with(activation):
            return float(self.from_logits(z, y).mean())
        return super().output_value(activation, z, a, y)

    def fused_denominator(self, n, k):
        return n * k  # the loss averages over the outputs too

    def output_delta(self, activation, z, a, y):
        if self.fused_with(activation):
            # ŷ − y written as (1 − y)·σ(z) − y·σ(−z): for y = 1 the usual σ(z) − 1 loses every digit of a
            # saturated output (σ(30) − 1 is off in the 4th digit), σ(−z) keeps them.
            return None, ((1.0 - y) * a - y * sigmoid(-z)) / self.fused_denominator(*a.shape)
        return super().output_delta(activation, z, a, y)

    def output_gradient(self, activation, z, a, y):
        if not self.fused_with(activation):
            return super().output_gradient(activation, z, a, y)
        # −y/ŷ + (1 − y)/(1 − ŷ) with 1/ŷ = 1 + e^(−z) and 1/(1 − ŷ) = 1 + e^z: no digit lost to 1 − ŷ.
        n, k = a.shape
        with np.errstate(over="ignore"):
            pos = np.where(y != 0, y * (1.0 + np.exp(-z)), 0.0)
            neg = np.where(y != 1, (1.0 - y) * (1.0 + np.exp(z)), 0.0)
        return ((neg - pos) / (n * k)).astype(a.dtype)

    def worked_formula(self, k):
        return "L = −[y·log ŷ + (1 − y)·log(1 − ŷ)]" if k == 1 else self.formula

    def fused_delta_note(self):
        return translate("Walkthrough", "With sigmoid and binary cross-entropy together, the chain rule simplifies to δ = ŷ − y.")

    def worked_value(self, y_hat, y, s, d):
        k = y.shape[1]
        parts = [f"{num(y[s, j], d)}·log {num(y_hat[s, j], d)} + (1 {MINUS} {num(y[s, j], d)})·log(1 {MINUS} "
                 f"{num(y_hat[s, j], d)})" for j in range(min(k, 3))]
        return f"{MINUS}[{' + '.join(parts)}{' + …' if k > 3 else ''}]" + _scale(k)

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n, k = y.shape
        return (f"dL/d{y_sym} = (ŷ − y) / (ŷ(1 − ŷ)){_scale(n * k)} = ({num(y_hat[s, j], d)} {MINUS} "
                f"{num(y[s, j], d)}) / ({num(y_hat[s, j], d)} × (1 {MINUS} {num(y_hat[s, j], d)})){_scale(n * k)} "
                f"= {num(g[s, j], d)}")

    def unsafe_note(self, z, a, y, g, s):
        near = np.minimum(a[s], sigmoid(-z[s]))  # ŷ and 1 − ŷ
        if np.all(near >= unsafe_probability(a)) and np.all(np.isfinite(g[s])):
            return ""
        return translate("Walkthrough",
                         "ŷ is so close to 0 or 1 that log(1 − ŷ) and dL/dŷ computed from ŷ lose their digits "
                         "(Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder computes the loss and δ = ŷ − y "
                         "from z instead, and dL/dŷ with 1 − ŷ = σ(−z), so the values shown are exact.")

    def worked_from_logits(self, z, y, s, d):
        k = y.shape[1]
        parts = [f"max({num(z[s, j], d)}, 0) {MINUS} {paren(z[s, j], d)}×{num(y[s, j], d)} + "
                 f"log(1 + e^({MINUS}{num(abs(z[s, j]), d)}))" for j in range(min(k, 3))]
        body = " + ".join(parts) + (" + …" if k > 3 else "")
        return f"L = max(z, 0) − z·y + log(1 + e^(−|z|)) = {body}{_scale(k)}"


class CategoricalCrossentropy(Loss):
    name = "categorical_crossentropy"
    fused_activation = "softmax"

    def per_sample(self, y_hat, y):
        p = np.clip(y_hat, EPSILON, 1.0)
        return -(y * np.log(p)).sum(axis=-1)

    def gradient(self, y_hat, y):
        p = np.clip(y_hat, EPSILON, 1.0)
        return -y / p / y_hat.shape[0]

    @staticmethod
    def log_softmax(z):
        """log softmax(z) with log-sum-exp, so no exponential overflows."""
        shifted = z - z.max(axis=-1, keepdims=True)
        return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))

    @classmethod
    def from_logits(cls, z, y):
        """Per-sample loss −Σ y·log softmax(z)."""
        return -(y * cls.log_softmax(z)).sum(axis=-1)

    def output_value(self, activation, z, a, y):
        if self.fused_with(activation):
            return float(self.from_logits(z, y).mean())
        return super().output_value(activation, z, a, y)

    def fused_denominator(self, n, k):
        return n  # the loss sums over the outputs

    @staticmethod
    def softmax_parts(z):
        """(softmax(z), z − max z, Σ e^(z − max z)): the softmax exactly as :class:`Softmax` computes it, with
        what :meth:`log_softmax` computes on the way, so the loss need not compute it again."""
        # np.maximum.reduce and np.add.reduce are what ndarray.max and .sum call, without their dispatch
        shifted = z - np.maximum.reduce(z, axis=-1, keepdims=True)
        e = np.exp(shifted)
        sums = np.add.reduce(e, axis=-1, keepdims=True)
        e /= sums
        return e, shifted, sums

    @staticmethod
    def value_from_parts(shifted, sums, y) -> float:
        """:meth:`output_value` of the fused pair from :meth:`softmax_parts`: the same numbers to the bit."""
        per_sample = -np.add.reduce(y * (shifted - np.log(sums)), axis=-1)
        return float(np.add.reduce(per_sample) / per_sample.shape[0])  # ndarray.mean, without its dispatch

    def output_delta(self, activation, z, a, y):
        if self.fused_with(activation):
            return None, self.fused_delta(a, y)
        return super().output_delta(activation, z, a, y)

    @staticmethod
    def fused_delta(a, y, one_hot: bool = False):
        """δ = (ŷ·Σy − y)/n of softmax + categorical cross-entropy: ŷ − y for one-hot targets.

        With ``one_hot`` (the caller knows every row of y holds one 1 and zeros) Σy is exactly 1 and ŷ·1 is ŷ
        to the bit, so the row sums and the product are skipped (two of the tiny network's ~40 NumPy calls).
        """
        n = scalar(a.shape[0], a.dtype)  # the batch mean (fused_denominator)
        if one_hot:
            return (a - y) / n
        return (a * np.add.reduce(y, axis=-1, keepdims=True) - y) / n

    def output_gradient(self, activation, z, a, y):
        if not self.fused_with(activation):
            return super().output_gradient(activation, z, a, y)
        # −y/ŷ with 1/ŷ = e^(−log ŷ), taken from the logits: exact until it overflows (ŷ < 10⁻³⁰⁸).
        with np.errstate(over="ignore"):
            g = np.where(y != 0, -y * np.exp(-self.log_softmax(z)), 0.0)
        return (g / len(a)).astype(a.dtype)

    def worked_formula(self, k):
        return self.formula

    def fused_delta_note(self):
        return translate("Walkthrough", "With softmax and cross-entropy together, the chain rule simplifies to δ = ŷ − y.")

    def worked_value(self, y_hat, y, s, d):
        hot = [j for j in range(y.shape[1]) if y[s, j] != 0]
        parts = [f"{num(y[s, j], d)}·log {num(y_hat[s, j], d)}" for j in hot[:SHOWN_TERMS]]
        return f"{MINUS}({' + '.join(parts) or '0'})"

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n = y.shape[0]
        return f"dL/d{y_sym} = −y / {y_sym} = {MINUS}{num(y[s, j], d)} / {num(y_hat[s, j], d)}{_scale(n)} = {num(g[s, j], d)}"

    def unsafe_note(self, z, a, y, g, s):
        hot = y[s] != 0
        if np.all(a[s][hot] >= unsafe_probability(a)) and np.all(np.isfinite(g[s])):
            return ""
        return translate("Walkthrough",
                         "The target class's probability ŷ is so small that log ŷ and dL/dŷ = −y/ŷ computed from ŷ "
                         "lose their digits or overflow (Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder "
                         "computes the loss with log-sum-exp and δ = ŷ − y from z instead, so the values shown are "
                         "exact wherever a float can hold them.")

    def worked_from_logits(self, z, y, s, d):
        hot = [j for j in range(y.shape[1]) if y[s, j] != 0]
        zmax = float(z[s].max())
        parts = [f"{num(y[s, j], d)}·({num(z[s, j], d)} {MINUS} {num(zmax, d)} {MINUS} log Σ e^(z {MINUS} "
                 f"{num(zmax, d)}))" for j in hot[:3]]
        return f"L = −Σ y·(z − max z − log Σ e^(z − max z)) = {MINUS}({' + '.join(parts) or '0'})"


class Hinge(Loss):
    """max(0, 1 − y·ŷ) with y ∈ {−1, 1}; 0/1 targets are mapped to −1/1 as Keras does."""

    name = "hinge"

    @staticmethod
    def signed(y):
        """The targets as −1/1: a batch of only 0s and 1s is mapped (0 → −1), anything else is kept."""
        return 2.0 * y - 1.0 if np.all((y == 0) | (y == 1)) else y

    def per_sample(self, y_hat, y):
        return np.maximum(0.0, 1.0 - self.signed(y) * y_hat).mean(axis=-1)

    def gradient(self, y_hat, y):
        n, k = y_hat.shape
        s = self.signed(y)
        return -s * (1.0 - s * y_hat > 0) / (n * k)

    def worked_formula(self, k):
        return "L = max(0, 1 − y·ŷ)" if k == 1 else self.formula

    def worked_value(self, y_hat, y, s, d):
        signed = self.signed(y)
        k = y.shape[1]
        parts = [f"max(0, 1 {MINUS} {paren(signed[s, j], d)}×{paren(y_hat[s, j], d)})" for j in range(min(k, 4))]
        return " + ".join(parts) + (" + …" if k > 4 else "") + _scale(k)

    def worked_gradient(self, y_sym, y_hat, y, g, s, j, d):
        n, k = y.shape
        t = self.signed(y)[s, j]
        return (f"dL/d{y_sym} = −y if y·ŷ < 1 else 0 = "
                f"{'−' + paren(t, d) if t * y_hat[s, j] < 1 else '0'}{_scale(n * k)} = {num(g[s, j], d)}")


LOSS_CLASSES: dict[str, type[Loss]] = {
    cls.name: cls
    for cls in (MeanSquaredError, HalfSumSquaredError, MeanAbsoluteError, BinaryCrossentropy, CategoricalCrossentropy, Hinge)
}


def get(identifier) -> Loss:
    if isinstance(identifier, Loss):
        return identifier
    spec: Spec = resolve("loss", identifier)
    return LOSS_CLASSES[spec.name]()

