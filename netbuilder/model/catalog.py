"""The vocabulary a network document may use: activations, losses, optimizers, initializers.

The document (model) has to validate names and hyper-parameters without
importing the engine, and the UI has to fill its combo boxes from one list,
so the names, their Keras-style aliases and their defaults live here as plain
data. The engine implements every entry (a test checks that).

Identifiers follow Keras: a string (``"adam"``), or a dict with a ``name`` and
parameters (``{"name": "leaky_relu", "alpha": 0.1}``), or a :class:`Spec`.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Param:
    name: str
    default: Any
    kind: type = float
    minimum: float | None = None
    maximum: float | None = None
    #: True when the minimum itself is not allowed (e.g. a learning rate of 0).
    exclusive_minimum: bool = False
    description: str = ""


@dataclass(frozen=True)
class Entry:
    name: str
    label: str
    params: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    formula: str = ""
    description: str = ""

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


@dataclass(frozen=True)
class Spec:
    """A resolved identifier: canonical name plus every parameter (defaults filled in)."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name, **dict(self.params)}

    def replace(self, **params: Any) -> "Spec":
        return Spec(self.name, {**dict(self.params), **params})

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(self.params.items()))))


def _by_name(*entries: Entry) -> dict[str, Entry]:
    """A catalog: its entries by canonical name, in the order the UI lists them."""
    return {e.name: e for e in entries}


ACTIVATIONS: dict[str, Entry] = _by_name(
    Entry("linear", QT_TRANSLATE_NOOP("Activations", "Identity (linear)"), aliases=("identity", "none"),
          formula="f(z) = z"),
    Entry(
        "step",
        QT_TRANSLATE_NOOP("Activations", "Step (perceptron)"),
        aliases=("heaviside", "binary_step"),
        formula="f(z) = 1 if z > 0 else 0",
        description="Has no useful gradient: train it with the perceptron rule.",
    ),
    Entry("sigmoid", QT_TRANSLATE_NOOP("Activations", "Sigmoid"), aliases=("logistic",),
          formula="σ(z) = 1 / (1 + e^(−z))"),
    Entry("tanh", QT_TRANSLATE_NOOP("Activations", "Tanh"),
          formula="tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"),
    Entry("relu", QT_TRANSLATE_NOOP("Activations", "ReLU"), formula="f(z) = max(0, z)"),
    Entry(
        "leaky_relu",
        QT_TRANSLATE_NOOP("Activations", "Leaky ReLU"),
        params=(Param("alpha", 0.01, float, 0.0, None, description="slope for z < 0"),),
        aliases=("leakyrelu",),
        formula="f(z) = z if z > 0 else α·z",
    ),
    Entry(
        "prelu",
        QT_TRANSLATE_NOOP("Activations", "PReLU"),
        params=(
            Param("alpha", 0.25, float, None, None, description="initial learnable slope for z < 0"),
        ),
        formula="f(z) = z if z > 0 else α·z  (α learned per neuron)",
    ),
    Entry(
        "elu",
        QT_TRANSLATE_NOOP("Activations", "ELU"),
        params=(Param("alpha", 1.0, float, 0.0, None, description="saturation value for z → −∞"),),
        formula="f(z) = z if z > 0 else α·(e^z − 1)",
    ),
    Entry(
        "swish",
        QT_TRANSLATE_NOOP("Activations", "Swish"),
        params=(Param("beta", 1.0, float, None, None, description="sharpness"),),
        aliases=("silu",),
        formula="f(z) = z · σ(β·z)",
    ),
    Entry("gelu", QT_TRANSLATE_NOOP("Activations", "GELU"), formula="f(z) = z · Φ(z) = z · ½(1 + erf(z/√2))"),
    Entry("softmax", QT_TRANSLATE_NOOP("Activations", "Softmax"), formula="f(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)"),
)

LOSSES: dict[str, Entry] = _by_name(
    Entry(
        "mse",
        QT_TRANSLATE_NOOP("Losses", "Mean squared error"),
        aliases=("mean_squared_error",),
        formula="L = mean((ŷ − y)²)",
    ),
    Entry(
        "half_sse",
        QT_TRANSLATE_NOOP("Losses", "Half sum of squared errors"),
        aliases=("half_sum_squared_error", "sse_half"),
        formula="L = ½ Σ (ŷ − y)²",
    ),
    Entry(
        "mae",
        QT_TRANSLATE_NOOP("Losses", "Mean absolute error"),
        aliases=("mean_absolute_error",),
        formula="L = mean(|ŷ − y|)",
    ),
    Entry(
        "binary_crossentropy",
        QT_TRANSLATE_NOOP("Losses", "Binary cross-entropy"),
        aliases=("bce", "log_loss"),
        formula="L = −mean(y·log ŷ + (1 − y)·log(1 − ŷ))",
    ),
    Entry(
        "categorical_crossentropy",
        QT_TRANSLATE_NOOP("Losses", "Categorical cross-entropy"),
        aliases=("cce", "crossentropy", "cross_entropy"),
        formula="L = −Σ y·log ŷ",
    ),
    Entry(
        "hinge",
        QT_TRANSLATE_NOOP("Losses", "Hinge"),
        formula="L = mean(max(0, 1 − y·ŷ)),  y ∈ {−1, 1}",
        description="Targets 0/1 are read as −1/1, as Keras does.",
    ),
)


def _lr(default: float) -> Param:
    return Param("learning_rate", default, float, 0.0, None, exclusive_minimum=True, description="step size η")


def _factor(name: str, default: float) -> Param:
    """A decay or averaging factor, a share from 0 to 1: momentum, RMSprop's ρ, Adam's β₁ and β₂."""
    return Param(name, default, float, 0.0, 1.0)


#: The small number that keeps the adaptive optimizers from dividing by zero (Keras' default).
_EPSILON = Param("epsilon", 1e-7, float, 0.0, None, exclusive_minimum=True)


OPTIMIZERS: dict[str, Entry] = _by_name(
    Entry(
        "sgd",
        QT_TRANSLATE_NOOP("Optimizers", "SGD"),
        params=(
            _lr(0.01),
            _factor("momentum", 0.0),
            Param("nesterov", False, bool),
        ),
        aliases=("gradient_descent",),
        formula="w ← w − η·∂L/∂w",
    ),
    Entry(
        "adagrad",
        QT_TRANSLATE_NOOP("Optimizers", "Adagrad"),
        params=(
            _lr(0.001),
            Param("initial_accumulator_value", 0.1, float, 0.0, None),
            _EPSILON,
        ),
    ),
    Entry(
        "rmsprop",
        QT_TRANSLATE_NOOP("Optimizers", "RMSprop"),
        params=(
            _lr(0.001),
            _factor("rho", 0.9),
            _factor("momentum", 0.0),
            _EPSILON,
            Param("centered", False, bool),
        ),
    ),
    Entry(
        "adam",
        QT_TRANSLATE_NOOP("Optimizers", "Adam"),
        params=(
            _lr(0.001),
            _factor("beta_1", 0.9),
            _factor("beta_2", 0.999),
            _EPSILON,
            Param("amsgrad", False, bool),
        ),
    ),
)

INITIALIZERS: dict[str, Entry] = _by_name(
    Entry("zeros", QT_TRANSLATE_NOOP("Initializers", "Zeros"), aliases=("zero",)),
    Entry("ones", QT_TRANSLATE_NOOP("Initializers", "Ones"), aliases=("one",)),
    Entry("constant", QT_TRANSLATE_NOOP("Initializers", "Constant"), params=(Param("value", 0.0, float),)),
    Entry(
        "random_uniform",
        QT_TRANSLATE_NOOP("Initializers", "Uniform"),
        params=(Param("minval", -0.05, float), Param("maxval", 0.05, float)),
        aliases=("uniform",),
    ),
    Entry(
        "random_normal",
        QT_TRANSLATE_NOOP("Initializers", "Normal"),
        params=(Param("mean", 0.0, float), Param("stddev", 0.05, float, 0.0, None)),
        aliases=("normal",),
    ),
    Entry("glorot_uniform", QT_TRANSLATE_NOOP("Initializers", "Glorot (Xavier) uniform"),
          aliases=("xavier_uniform", "glorot", "xavier")),
    Entry("glorot_normal", QT_TRANSLATE_NOOP("Initializers", "Glorot (Xavier) normal"), aliases=("xavier_normal",)),
    Entry("he_uniform", QT_TRANSLATE_NOOP("Initializers", "He uniform"), aliases=("kaiming_uniform",)),
    Entry("he_normal", QT_TRANSLATE_NOOP("Initializers", "He normal"), aliases=("kaiming_normal", "he")),
)

CATALOGS: dict[str, dict[str, Entry]] = {
    "activation": ACTIVATIONS,
    "loss": LOSSES,
    "optimizer": OPTIMIZERS,
    "initializer": INITIALIZERS,
}


def _canonical(catalog: dict[str, Entry], name: str) -> str | None:
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in catalog:
        return key
    for entry in catalog.values():
        if key in entry.aliases:
            return entry.name
    return None


def _check_param(kind: str, entry: Entry, p: Param, value: Any) -> Any:
    where = f"{kind} '{entry.name}' parameter '{p.name}'"
    if p.kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where} must be a number, got {value!r}")
    value = p.kind(value)
    if not math.isfinite(value):
        raise ValueError(f"{where} must be a finite number, got {value!r}")
    if p.minimum is not None:
        if value < p.minimum or (p.exclusive_minimum and value == p.minimum):
            rel = ">" if p.exclusive_minimum else "≥"
            raise ValueError(f"{where} must be {rel} {p.minimum:g}, got {value:g}")
    if p.maximum is not None and value > p.maximum:
        raise ValueError(f"{where} must be ≤ {p.maximum:g}, got {value:g}")
    return value


def resolve(kind: str, identifier: Any) -> Spec:
    """Turn a Keras-style identifier into a :class:`Spec`, or raise ``ValueError``.

    The message names what was received and, for a near-miss, what was meant
    (``unknown activation 'sigmod'; did you mean 'sigmoid'?``).
    """
    catalog = CATALOGS[kind]
    if isinstance(identifier, Spec):
        name, given = identifier.name, dict(identifier.params)
    elif isinstance(identifier, str):
        name, given = identifier, {}
    elif isinstance(identifier, Mapping):
        if "name" not in identifier or not isinstance(identifier["name"], str):
            raise ValueError(f"a {kind} needs a 'name', got {dict(identifier)!r}")
        given = dict(identifier)
        name = given.pop("name")
    else:
        raise ValueError(f"a {kind} must be a name or a dict with a name, got {identifier!r}")
    canonical = _canonical(catalog, name)
    if canonical is None:
        known = sorted(catalog)
        close = difflib.get_close_matches(name.lower(), known + [a for e in catalog.values() for a in e.aliases], n=1)
        hint = f"; did you mean '{_canonical(catalog, close[0])}'?" if close else ""
        raise ValueError(f"unknown {kind} '{name}'{hint} (known: {', '.join(known)})")
    entry = catalog[canonical]
    params: dict[str, Any] = {}
    allowed = {p.name for p in entry.params}
    unknown = sorted(set(given) - allowed)
    if unknown:
        what = ", ".join(f"'{u}'" for u in unknown)
        takes = ", ".join(sorted(allowed)) or "no parameters"
        raise ValueError(f"{kind} '{canonical}' has no parameter {what} (it takes {takes})")
    for p in entry.params:
        params[p.name] = _check_param(kind, entry, p, given[p.name]) if p.name in given else p.default
    return Spec(canonical, params)


def names(kind: str) -> list[str]:
    return list(CATALOGS[kind])


#: Activations whose derivative is zero almost everywhere: gradient descent cannot train them.
GRADIENT_FREE_ACTIVATIONS = frozenset({"step"})