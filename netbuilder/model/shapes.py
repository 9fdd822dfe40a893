"""What shape each layer's output has, inferred from the input forward: 28×28×1 → 26×26×8 → 13×13×8 → 1352 → 10.

Dense layers output a vector of ``units`` values; convolution and pooling
layers an image, height × width × channels (channels last, as Keras); a
Flatten turns an image into a vector. The input layer is an image when it
has an ``image_shape`` and a vector otherwise; a Dense layer reads an image
input as its flat pixels, as the MLP on MNIST does, but anything after a
convolution needs a Flatten first.

Shapes decide the weight shapes (a dense connection is (inputs, units), a
convolution's kernel (kh, kw, channels in, filters), pooling and Flatten have
none), the sizes of pooling and Flatten layers, and what validation says
when a combination does not fit ("Conv2D 'Conv 2': kernel 5×5 does not fit
its 4×4×16 input"). The arithmetic of windows lives here once; the engine
uses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from .connection import Connection
    from .layer import Layer
    from .network import Network

#: Layer kinds, by their Keras names.
KINDS = ("dense", "conv2d", "max_pooling2d", "average_pooling2d", "flatten")
#: The class names people know from Keras, for messages and summaries.
KIND_NAMES = {"dense": "Dense", "conv2d": "Conv2D", "max_pooling2d": "MaxPooling2D",
              "average_pooling2d": "AveragePooling2D", "flatten": "Flatten"}
POOLING = frozenset({"max_pooling2d", "average_pooling2d"})
#: Kinds whose output is an image and that slide a window over an image input.
WINDOWED = frozenset({"conv2d"}) | POOLING
#: Kinds with no weights, bias or activation of their own: their size follows their input.
SHAPE_ONLY = POOLING | {"flatten"}
PADDINGS = ("valid", "same")
#: The weights of a connection into a pooling or Flatten layer: none.
WEIGHTLESS: tuple[int, ...] = (0,)

Shape = tuple[int, ...]


def output_size(size: tuple[int, int], kernel: tuple[int, int], strides: tuple[int, int],
                padding: str) -> tuple[int, int]:
    """Height and width after sliding ``kernel`` with ``strides``: ⌈n / s⌉ for 'same', ⌊(n − k) / s⌋ + 1 for
    'valid' (0 when the kernel does not fit), as Keras computes them."""
    if padding == "same":
        return tuple(math.ceil(n / s) for n, s in zip(size, strides))  # type: ignore[return-value]
    return tuple(max((n - k) // s + 1, 0) for n, k, s in zip(size, kernel, strides))  # type: ignore[return-value]


def padding_amounts(size: tuple[int, int], kernel: tuple[int, int], strides: tuple[int, int],
                    padding: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(top, bottom), (left, right): 'same' pads to cover ⌈n / s⌉ windows, the odd pixel at the bottom and right
    (TensorFlow's convention)."""
    if padding == "valid":
        return (0, 0), (0, 0)
    pads = []
    for n, k, s, out in zip(size, kernel, strides, output_size(size, kernel, strides, padding)):
        total = max((out - 1) * s + k - n, 0)
        pads.append((total // 2, total - total // 2))
    return pads[0], pads[1]


def describe(shape: Shape | None) -> str:
    """28×28×1, 1352 — as the canvas and the messages write a shape."""
    return "?" if shape is None else "×".join(str(d) for d in shape)


def image_shape_of(layer: "Layer") -> Shape | None:
    """The input layer's image as height × width × channels (a 2-D image shape has one channel)."""
    if layer.image_shape is None:
        return None
    dims = tuple(layer.image_shape)
    return dims if len(dims) == 3 else (*dims, 1)


@dataclass(frozen=True)
class ShapeProblem:
    layer_id: str
    message: str


def _name(layer: "Layer") -> str:
    return f"{KIND_NAMES[layer.kind]} '{layer.name}'"


def infer(net: "Network") -> tuple[dict[str, Shape | None], list[ShapeProblem]]:
    """Every layer's output shape (None where it cannot be known) and what does not fit, in forward order.

    Cycles are tolerated (the layers on them get None): validation reports the cycle itself.
    """
    from .network import CycleError

    try:
        order = net.topological_order()
    except CycleError:
        return {lid: None for lid in net.layers}, []
    shapes: dict[str, Shape | None] = {}
    problems: list[ShapeProblem] = []
    for lid in order:
        layer = net.layers[lid]
        shape, problem = _layer_shape(net, layer, shapes)
        shapes[lid] = shape
        if problem:
            problems.append(ShapeProblem(lid, problem))
    return shapes, problems


def shapes(net: "Network") -> dict[str, Shape | None]:
    return infer(net)[0]


def _layer_shape(net: "Network", layer: "Layer", shapes: dict[str, Shape | None]) -> tuple[Shape | None, str]:
    inbound = net.inbound(layer.id)
    if layer.role == "input":
        return image_shape_of(layer) or (layer.units,), ""
    sources = [(net.layers[c.source], shapes.get(c.source)) for c in inbound]
    if not sources or any(s is None for _, s in sources):
        return None, ""  # not connected yet (validation says so), or behind a layer that does not fit
    if layer.kind == "dense":
        for src, shape in sources:
            if len(shape) > 1 and src.role != "input":
                return (layer.units,), fill(
                    translate("Validation", "%1 needs a flat input, but “%2” gives a %3 image: put a Flatten between them"),
                    _name(layer), src.name, describe(shape))
        return (layer.units,), ""
    if layer.kind != "conv2d" and len(sources) > 1:
        return None, fill(translate("Validation", "%1 takes one input, but %2 layers are connected to it"),
                                  _name(layer), len(sources))
    if layer.kind == "flatten":
        return (math.prod(sources[0][1]),), ""
    # convolution and pooling: image in, image out
    for src, shape in sources:
        if len(shape) != 3:
            return None, fill(
                translate("Validation", "%1 needs an image input (height × width × channels), but “%2” gives %3 values"),
                _name(layer), src.name, describe(shape))
    sizes = {shape[:2] for _, shape in sources}
    if len(sizes) > 1:
        return None, fill(translate("Validation", "%1 adds convolutions of images of different sizes: %2"),
                                  _name(layer), ", ".join(describe(s) for s in sorted(sizes)))
    size = sources[0][1][:2]
    out = output_size(size, layer.kernel_size, layer.strides, layer.padding)
    if min(out) < 1:
        template = (translate("Validation", "%1: kernel %2 does not fit its %3 input") if layer.kind == "conv2d"
                    else translate("Validation", "%1: pool %2 does not fit its %3 input"))
        return None, fill(template, _name(layer), describe(layer.kernel_size), describe(sources[0][1]))
    channels = layer.units if layer.kind == "conv2d" else sources[0][1][2]
    return (*out, channels), ""


def weight_shape(layer: "Layer", source_shape: Shape | None) -> Shape | None:
    """The shape of a connection's weights into ``layer`` from a source of ``source_shape``:
    (inputs, units) into a Dense layer, (kh, kw, channels, filters) into a Conv2D, :data:`WEIGHTLESS` for pooling and Flatten."""
    if layer.kind in SHAPE_ONLY:
        return WEIGHTLESS
    if source_shape is None:
        return None
    if layer.kind == "conv2d":
        if len(source_shape) != 3:
            return None
        return (*layer.kernel_size, source_shape[-1], layer.units)
    return (math.prod(source_shape), layer.units)


def derived_units(layer: "Layer", shape: Shape | None) -> int | None:
    """The size a pooling or Flatten layer takes from its input: its channels, or all its values."""
    if layer.kind not in SHAPE_ONLY or shape is None:
        return None
    return shape[-1] if layer.kind in POOLING else shape[0]


def connection_weight_shape(net: "Network", conn: "Connection", shapes: dict[str, Shape | None]) -> Shape | None:
    return weight_shape(net.layers[conn.target], shapes.get(conn.source))
