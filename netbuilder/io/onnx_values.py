"""What an ONNX tensor means to the importer: a constant, a layer's values, a net input, a pending activation.

The importer (:mod:`netbuilder.io.onnx_graph`) gives every tensor of the
graph one of these meanings instead of a value: a network document needs
layers, weight matrices and named activations, not numbers. The small
helpers at the end do the arithmetic on constants (one value per neuron,
masks, attribute values stored as float32).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass
class Const:
    value: np.ndarray
    mask: np.ndarray | None = None  # set when the value is W * mask with a 0/1 mask


@dataclass
class Act:
    """The values of a layer that exists already, one row per sample.

    ``order``: the row holds the layer's values in another order, column k being the layer's value
    ``order[k]`` (torch's Flatten of an NCHW image is channels first, NetBuilder's Flatten channels last).
    """

    layer_id: str
    order: np.ndarray | None = None


@dataclass
class Image:
    """The values of a layer whose output is an image (the input, a convolution, a pooling layer).

    ``layout``: how the ONNX tensor holds it, ``nchw`` or ``nhwc``; ``flat4`` is the flat input
    reshaped to rank 4 (``dims``), before a Transpose or a Conv says which of the two it is.
    """

    layer_id: str
    layout: str = "nchw"
    dims: tuple = ()


@dataclass(frozen=True)
class Window:
    """How a convolution or a pooling slides over an image, in NetBuilder's terms."""

    kernel: tuple[int, int]
    strides: tuple[int, int]
    padding: str  # 'valid' or 'same'


@dataclass
class Dims:
    """A shape computed in the graph (``Shape`` → ``Gather`` → ``Unsqueeze`` → ``Concat``): ints, None for
    the batch size; ``scalar`` for a single number (a Gather of one index)."""

    items: tuple
    scalar: bool = False


@dataclass
class RawInput:
    """The model's input before it is flattened (rank > 2)."""

    shape: tuple


@dataclass
class Scaled:
    """(a − offset) / scale of a layer's values: folded into the weights that use it."""

    layer_id: str
    offset: np.ndarray
    scale: np.ndarray


@dataclass
class Term:
    source: str
    weights: np.ndarray
    mask: np.ndarray | None = None


@dataclass(eq=False)
class Affine:
    """A net input z = Σ a_src @ W + b. ``base``/``scale``: this is ``scale`` × the affine ``base``.

    ``window``: a convolution's net input z = Σ a_src ⊛ K + b, its terms holding kernels (kh, kw, c, f)
    and ``units`` the filters; its values are an NCHW image.
    """

    terms: list[Term]
    bias: np.ndarray | None
    units: int
    base: "Affine | None" = None
    scale: float = 1.0
    window: Window | None = None

    @property
    def root(self) -> "Affine":
        return self.base or self

    def times(self, c: np.ndarray) -> "Affine":
        """c (one number, or one per neuron) times this net input."""
        c = np.asarray(c, dtype=np.float64)
        terms = [Term(t.source, t.weights * c, t.mask) for t in self.terms]
        bias = None if self.bias is None else self.bias * c
        if c.size == 1:
            return Affine(terms, bias, self.units, self.root, self.scale * float(c.reshape(-1)[0]), self.window)
        return Affine(terms, bias, self.units, window=self.window)


@dataclass(eq=False)
class Pending:
    """An activation applied to a net input: becomes a layer when something uses its values."""

    affine: Affine
    activation: Any
    tensor: str
    alpha: np.ndarray | None = None
    layer_id: str | None = None


@dataclass(eq=False)
class Partial:
    """Part of a multi-node activation (GELU, ELU or leaky ReLU written out, step) that is not finished yet.

    ``kind``: ``erf``, ``erf+1``, ``gelu`` (× ``factor``), ``min0`` (``factor`` × min(z, 0)),
    ``exp_min0``, ``expm1`` (``factor`` × (exp(min(z, 0)) − 1)) or ``positive`` (z > 0).
    """

    kind: str
    affine: Affine
    factor: float = 1.0
    node: str = ""


# -- constants -----------------------------------------------------------------------------


def vector(c, units: int, where: str, image: bool = False) -> np.ndarray:
    """A constant broadcast to one value per neuron: shapes (), (1,), (n,), (1, n); for an ``image`` (NCHW,
    its neurons the channels) (), (1,), (n, 1, 1), (1, n, 1, 1)."""
    arr = np.asarray(c, dtype=np.float64)
    if arr.size == 1:
        return np.full(units, float(arr.reshape(-1)[0]))
    flat = arr.reshape(-1)
    if image:
        if flat.size == units and arr.shape in ((units, 1, 1), (1, units, 1, 1)):
            return flat.copy()
        raise ValueError(f"{where} uses a constant of shape {arr.shape} where one value per channel "
                         f"(shape {units}×1×1) was expected")
    if flat.size == units and (arr.ndim == 1 or (arr.ndim == 2 and arr.shape[0] == 1)):
        return flat.copy()
    raise ValueError(f"{where} uses a constant of shape {arr.shape} where one value per neuron ({units}) was expected")


def chw_order(shape: tuple[int, int, int]) -> np.ndarray | None:
    """For an image of ``shape`` (h, w, c): which value of NetBuilder's flat image (h, w, c order) each
    column of ONNX's flat NCHW image (c, h, w order) holds; None when the two orders agree."""
    h, w, c = shape
    if c == 1 or h * w == 1:
        return None
    return np.arange(h * w * c).reshape(h, w, c).transpose(2, 0, 1).reshape(-1)


def is_scalar(value: np.ndarray, expected: float) -> bool:
    return value.size == 1 and float(value.reshape(-1)[0]) == expected


def scalar(value: np.ndarray) -> float:
    return float(np.asarray(value).reshape(-1)[0])


def tidy(value) -> float:
    """An attribute stored as float32 (0.0099999998) back to the number that was meant (0.01)."""
    v = float(value)
    short = float(np.format_float_positional(np.float32(v), unique=True, trim="-"))
    return short if np.float32(short) == np.float32(v) else v


def mask_product(a: Const, b: Const) -> Const:
    """W * mask with a 0/1 mask stays a weight matrix that remembers its removed edges."""
    for w, m in ((a, b), (b, a)):
        binary = np.all((m.value == 0) | (m.value == 1))
        if m.value.shape == w.value.shape and m.value.ndim == 2 and binary and w.mask is None:
            return Const(w.value, m.value.astype(bool))
    return Const(a.value * b.value)


def effective(t: Term) -> np.ndarray:
    return t.weights if t.mask is None else t.weights * t.mask
