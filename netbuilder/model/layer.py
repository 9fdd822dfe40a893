"""A layer: a group of neurons sharing an activation, each with its own bias.

A single neuron dragged onto the canvas is a layer with ``units == 1``; the
engine, the file format and the walkthrough never need a separate notion of
"neuron".

Layers come in the kinds Keras has (:data:`~netbuilder.model.shapes.KINDS`):
``dense`` (the default), ``conv2d`` (``units`` filters of ``kernel_size``,
moved by ``strides``, with ``padding`` 'valid' or 'same'; one bias per
filter), ``max_pooling2d`` and ``average_pooling2d`` (``kernel_size`` is the
pool size) and ``flatten``. Pooling and Flatten layers have no weights, bias
or activation; their ``units`` (channels, or values) follow their input and
the network keeps them in step (:mod:`netbuilder.model.shapes`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from .catalog import Spec, resolve
from .initializers import initial_values
from .shapes import KINDS, PADDINGS, POOLING, SHAPE_ONLY, WINDOWED

if TYPE_CHECKING:  # pragma: no cover
    from .network import Network

ROLES = ("input", "hidden", "output")

#: Above this many neurons a layer is drawn as a block and sizes this large are refused outright,
#: so a mistyped size cannot ask for gigabytes.
MAX_UNITS = 1_000_000
#: The largest kernel, pool or stride along one side.
MAX_WINDOW = 64


def check_units(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ValueError(f"a layer size must be a whole number, got {value!r}")
    value = int(value)
    if value < 1:
        raise ValueError(f"a layer needs at least one neuron, got {value}")
    if value > MAX_UNITS:
        raise ValueError(f"a layer of {value:,} neurons is larger than the {MAX_UNITS:,} this program allows")
    return value


def check_vector(value: Any, units: int, what: str) -> np.ndarray:
    arr = np.array(value, dtype=np.float64, copy=True)
    if arr.ndim == 0:
        arr = np.full(units, float(arr))
    if arr.shape != (units,):
        raise ValueError(f"{what} must have {units} values, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{what} must hold finite numbers")
    return arr


class Layer:
    """One layer of the network.

    Attributes set on a layer that belongs to a network go through
    :meth:`Network.update_layer`, so observers hear about every change and
    sizes stay consistent with the connections.
    """

    FIELDS = (
        "name",
        "role",
        "kind",
        "units",
        "activation",
        "use_bias",
        "bias",
        "alpha",
        "dropout",
        "kernel_initializer",
        "bias_initializer",
        "image_shape",
        "kernel_size",
        "strides",
        "padding",
        "position",
    )

    def __init__(
        self,
        units: int,
        activation: Any = "linear",
        *,
        name: str | None = None,
        role: str = "hidden",
        use_bias: bool | None = None,
        bias: Any = None,
        alpha: Any = None,
        dropout: float = 0.0,
        kernel_initializer: Any = "glorot_uniform",
        bias_initializer: Any = "zeros",
        image_shape: Any = None,
        kind: str = "dense",
        kernel_size: Any = None,
        strides: Any = None,
        padding: Any = None,
        position: Any = None,
        id: str | None = None,
    ) -> None:
        s = object.__setattr__
        s(self, "_network", None)
        s(self, "id", id)
        s(self, "name", name or "")
        s(self, "role", _check_role(role))
        kind = _check_kind(kind, role)
        s(self, "kind", kind)
        s(self, "units", check_units(units))
        s(self, "activation", resolve("activation", "linear" if kind in SHAPE_ONLY else activation))
        kernel, stride, pad = _window(kind, kernel_size, strides, padding)
        s(self, "kernel_size", kernel)
        s(self, "strides", stride)
        s(self, "padding", pad)
        if use_bias is None:
            use_bias = role != "input" and kind not in SHAPE_ONLY
        s(self, "use_bias", _check_bool(use_bias, "use_bias"))
        s(self, "kernel_initializer", resolve("initializer", kernel_initializer))
        s(self, "bias_initializer", resolve("initializer", bias_initializer))
        s(self, "dropout", _check_dropout(dropout))
        s(self, "image_shape", _check_image_shape(image_shape, self.units))
        s(self, "position", _check_position(position))
        if bias is None:
            # deterministic initializers (zeros, ones, constant) need no randomness; random ones get a fixed stream
            bias = initial_values(self.bias_initializer, (self.units,), np.random.default_rng(0),
                                  fan_in=self.units, fan_out=self.units)
        s(self, "bias", check_vector(bias, self.units, "the bias"))
        s(self, "alpha", _alpha_for(self.activation, alpha, self.units))
        if self.role == "input":
            _check_input_layer(self.activation, self.use_bias)

    # -- mutation -------------------------------------------------------------------------

    def __setattr__(self, key: str, value: Any) -> None:
        if key in self.FIELDS:
            self.update(**{key: value})
        elif key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            raise AttributeError(f"a layer has no attribute '{key}'")

    def update(self, **changes: Any) -> dict[str, Any]:
        """Change attributes, validated together; returns the old values."""
        if self._network is not None:
            return self._network.update_layer(self.id, **changes)
        return self._apply(changes)

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Validate every change first, then store them all (all or nothing)."""
        unknown = set(changes) - set(self.FIELDS)
        if unknown:
            raise AttributeError(f"a layer has no attribute {', '.join(sorted(unknown))}")
        new = {k: getattr(self, k) for k in self.FIELDS}
        role = _check_role(changes.get("role", self.role))
        kind = _check_kind(changes.get("kind", self.kind), role)
        units = check_units(changes.get("units", self.units))
        activation = resolve("activation", changes.get("activation", self.activation))
        if kind in SHAPE_ONLY:
            activation = resolve("activation", "linear")
        new.update(role=role, kind=kind, units=units, activation=activation)
        if kind != self.kind:  # a new kind starts from its own defaults unless given
            kernel, stride, pad = _window(kind, changes.get("kernel_size"), changes.get("strides"),
                                          changes.get("padding"))
        else:
            kernel, stride, pad = _window(kind, changes.get("kernel_size", self.kernel_size),
                                          changes.get("strides", None if "kernel_size" in changes and kind in POOLING
                                                      and "strides" not in changes and self.strides == self.kernel_size
                                                      else self.strides),
                                          changes.get("padding", self.padding))
        new.update(kernel_size=kernel, strides=stride, padding=pad)
        if "name" in changes:
            name = changes["name"]
            if not isinstance(name, str) or not name.strip():
                raise ValueError("a layer needs a name")
            new["name"] = name.strip()
        if "use_bias" in changes:
            new["use_bias"] = _check_bool(changes["use_bias"], "use_bias")
        elif ("role" in changes and role == "input") or kind in SHAPE_ONLY:
            new["use_bias"] = False
        elif kind != self.kind and self.kind in SHAPE_ONLY:
            new["use_bias"] = True
        if "dropout" in changes:
            new["dropout"] = _check_dropout(changes["dropout"])
        for key in ("kernel_initializer", "bias_initializer"):
            if key in changes:
                new[key] = resolve("initializer", changes[key])
        if "position" in changes:
            new["position"] = _check_position(changes["position"])
        if "image_shape" in changes:
            new["image_shape"] = _check_image_shape(changes["image_shape"], units)
        elif units != self.units and self.image_shape is not None:
            new["image_shape"] = None
        if "bias" in changes:
            new["bias"] = check_vector(changes["bias"], units, "the bias")
        elif units != self.units:
            new["bias"] = _resized(self.bias, units, lambda n: np.zeros(n))
        if "alpha" in changes or activation.name != self.activation.name or units != self.units:
            given = changes.get("alpha")
            if given is None and self.alpha is not None and activation.name == "prelu":
                given = _resized(self.alpha, units, lambda n: np.full(n, activation.params["alpha"]))
            new["alpha"] = _alpha_for(activation, given, units)
        if role == "input":
            _check_input_layer(activation, new["use_bias"])
        _check_shape_only(kind, activation, new["use_bias"])
        old = {k: getattr(self, k) for k in self.FIELDS if _differs(getattr(self, k), new[k])}
        for key in old:
            object.__setattr__(self, key, new[key])
        return old

    # -- description ----------------------------------------------------------------------

    @property
    def is_windowed(self) -> bool:
        """A convolution or pooling layer: it slides a window over an image."""
        return self.kind in WINDOWED

    @property
    def parameter_count(self) -> int:
        n = self.units if self.use_bias else 0
        if self.alpha is not None:
            n += self.units
        return n

    def get_config(self) -> dict[str, Any]:
        """Everything needed to rebuild the layer (arrays are copies)."""
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "units": self.units,
            "activation": self.activation.get_config(),
            "use_bias": self.use_bias,
            "bias": self.bias.copy(),
            "alpha": None if self.alpha is None else self.alpha.copy(),
            "dropout": self.dropout,
            "kernel_initializer": self.kernel_initializer.get_config(),
            "bias_initializer": self.bias_initializer.get_config(),
            "image_shape": None if self.image_shape is None else list(self.image_shape),
            "kind": self.kind,
            "kernel_size": None if self.kernel_size is None else list(self.kernel_size),
            "strides": None if self.strides is None else list(self.strides),
            "padding": self.padding,
            "position": None if self.position is None else list(self.position),
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Layer":
        return cls(**config)

    def __repr__(self) -> str:
        kind = "" if self.kind == "dense" else f", kind={self.kind!r}"
        return (f"Layer(id={self.id!r}, name={self.name!r}, role={self.role!r}{kind}, units={self.units}, "
                f"activation={self.activation.name!r})")


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if a is None or b is None:
            return True
        return a.shape != b.shape or not np.array_equal(a, b)
    return a != b


def _resized(values: np.ndarray, units: int, fill) -> np.ndarray:
    """Keep the first values, fill new neurons with ``fill(n)``."""
    if units <= values.shape[0]:
        return values[:units].copy()
    return np.concatenate([values, fill(units - values.shape[0])])


def _alpha_for(activation: Spec, alpha: Any, units: int) -> np.ndarray | None:
    if activation.name != "prelu":
        return None
    if alpha is None:
        alpha = activation.params["alpha"]
    return check_vector(alpha, units, "the PReLU slopes α")


def _check_role(role: Any) -> str:
    if role not in ROLES:
        raise ValueError(f"a layer's role must be one of {', '.join(ROLES)}, got {role!r}")
    return role


def _check_bool(value: Any, what: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{what} must be true or false, got {value!r}")
    return bool(value)


def _check_dropout(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)):
        raise ValueError(f"dropout must be a number between 0 and 1, got {value!r}")
    value = float(value)
    if not (0.0 <= value < 1.0):
        raise ValueError(f"dropout must be at least 0 and below 1 (it is the share of neurons switched off), got {value:g}")
    return value


def _check_image_shape(shape: Any, units: int) -> tuple[int, ...] | None:
    if shape is None:
        return None
    try:
        dims = tuple(int(d) for d in shape)
    except (TypeError, ValueError):
        raise ValueError(f"an image shape is a list of sizes such as [28, 28], got {shape!r}") from None
    if not (2 <= len(dims) <= 3) or any(d < 1 for d in dims):
        raise ValueError(f"an image shape is height × width (× channels), got {shape!r}")
    if math.prod(dims) != units:
        raise ValueError(
            f"an image of {' × '.join(map(str, dims))} has {math.prod(dims)} pixels but the layer has {units} neurons"
        )
    return dims


def _check_position(pos: Any) -> tuple[float, float] | None:
    if pos is None:
        return None
    try:
        x, y = (float(v) for v in pos)
    except (TypeError, ValueError):
        raise ValueError(f"a position is a pair of numbers, got {pos!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"a position must be finite, got {pos!r}")
    return (x, y)


def _check_input_layer(activation: Spec, use_bias: bool) -> None:
    if activation.name != "linear":
        raise ValueError("an input layer passes its values on unchanged: its activation must be 'linear'")
    if use_bias:
        raise ValueError("an input layer has no bias")


def _check_kind(kind: Any, role: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"a layer's kind is one of {', '.join(KINDS)}, got {kind!r}")
    if role == "input" and kind != "dense":
        raise ValueError("an input layer holds the data as it is: give it an image shape instead of a kind")
    return kind


def check_pair(value: Any, what: str) -> tuple[int, int]:
    """3 or (3, 3) or [3, 3] as (3, 3): a window's height and width, as Keras accepts them."""
    if isinstance(value, bool):
        raise ValueError(f"{what} is a whole number or a pair of them, got {value!r}")
    if isinstance(value, (int, np.integer)):
        value = (value, value)
    try:
        pair = tuple(value)
    except TypeError:
        raise ValueError(f"{what} is a whole number or a pair of them, got {value!r}") from None
    if len(pair) != 2 or any(isinstance(v, bool) or not isinstance(v, (int, np.integer, float)) for v in pair) or \
            any(isinstance(v, float) and not v.is_integer() for v in pair):
        raise ValueError(f"{what} is a whole number or a pair of them, got {value!r}")
    pair = (int(pair[0]), int(pair[1]))
    if not all(1 <= v <= MAX_WINDOW for v in pair):
        raise ValueError(f"{what} must be between 1 and {MAX_WINDOW}, got {pair[0]}×{pair[1]}")
    return pair


def _window(kind: str, kernel_size: Any, strides: Any, padding: Any):
    """(kernel_size, strides, padding) for a kind, with Keras's defaults: 3×3 / 1 for a convolution, 2×2 with
    strides equal to the pool for pooling, none for dense and Flatten."""
    if kind not in WINDOWED:
        return None, None, None
    kernel = check_pair((3, 3) if kernel_size is None and kind == "conv2d" else
                        (2, 2) if kernel_size is None else kernel_size,
                        "the kernel size" if kind == "conv2d" else "the pool size")
    if strides is None:
        strides = (1, 1) if kind == "conv2d" else kernel
    stride = check_pair(strides, "the strides")
    padding = "valid" if padding is None else padding
    if padding not in PADDINGS:
        raise ValueError(f"padding is 'valid' or 'same', got {padding!r}")
    return kernel, stride, padding


def _check_shape_only(kind: str, activation: Spec, use_bias: bool) -> None:
    if kind in SHAPE_ONLY and (activation.name != "linear" or use_bias):
        raise ValueError("pooling and Flatten layers have no activation and no bias of their own")
