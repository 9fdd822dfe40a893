"""Import an ONNX multilayer perceptron or CNN as a network on the canvas: :func:`load_onnx`, :func:`network_from_onnx`.

The work is split in three:

- :mod:`netbuilder.io.onnx_read` reads the file (bounded, regular files
  only), parses and checks the protobuf, and reads back a NetBuilder
  export's metadata;
- :mod:`netbuilder.io.onnx_graph` walks the graph and tells what each
  tensor means for a network (:mod:`netbuilder.io.onnx_values`);
- this module builds the :class:`Network` the walk asks for: the input
  layer, a layer for each activation whose values are used, the output
  layer, a loss that suits it, and the layout.

What is understood:

- ``Gemm`` (any ``alpha``/``beta``, ``transB``) and ``MatMul`` with constant
  weights; ``Add``/``Sub`` of a bias; ``Add`` of several products (a layer
  with several inbound connections); ``Add`` of a layer's values (a skip
  connection, imported as an identity-matrix connection);
- ``Mul`` of a weight by a 0/1 constant: a mask (removed edges);
- activations: Relu, Sigmoid, Tanh, LeakyRelu, Elu, PRelu (slope per neuron
  or shared), Softmax on the last axis, Identity, Gelu (exact), the exact
  GELU written out (``Div``/``Erf``/``Add``/``Mul``/``Mul``), ELU written
  out (``Relu(z) + α·(Exp(Min(z, 0)) − 1)``), leaky ReLU written out
  (``Relu(z) + α·Min(z, 0)``), swish (``z · Sigmoid(β·z)``), step
  (``Greater(z, 0)`` + ``Cast``);
- Dropout and Identity pass values through; Flatten/Reshape of the model's
  input make an image-shaped input layer; ``Sub``/``Div`` of the input by
  constants (input scaling) is folded into the first weights;
- convolutional networks (:mod:`netbuilder.io.onnx_images`): ``Conv``,
  ``MaxPool``, ``AveragePool``, the global pools, NCHW/NHWC transposes and
  Flatten/Reshape of images become Conv2D, pooling and Flatten layers.

Anything else raises a ``ValueError`` that names the operators (and nodes)
NetBuilder cannot import. A model exported by NetBuilder carries its layer
names and canvas positions in its metadata and gets them back; other models
are laid out left to right (:func:`netbuilder.model.layout.auto_positions`,
the canvas's own layout).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from ..model.layer import Layer
from ..model.layout import auto_positions
from ..model.network import Network
from ..model.shapes import image_shape_of
from ..model.validation import errors, validate
from .errors import NetworkFileError
from .onnx_graph import SUPPORTED, GraphWalker
from .onnx_read import MAX_FILE_BYTES, check_structure, one_line, read_metadata, read_model, require_onnx
from .onnx_values import Affine

__all__ = ["MAX_FILE_BYTES", "SUPPORTED", "load_onnx", "network_from_onnx"]


def load_onnx(path: str | os.PathLike, *, name: str | None = None) -> Network:
    """Read an ONNX file and import it; every problem is a :class:`NetworkFileError` naming the file.

    Raises ``ImportError`` (saying what to install) without the ``onnx`` package.
    """
    path = Path(path)
    model = read_model(path)
    try:
        return _import(model, name, path.stem)
    except ValueError as exc:
        raise NetworkFileError(one_line(str(exc)), path=str(path)) from None
    except (ArithmeticError, IndexError, KeyError, TypeError, AttributeError, RecursionError, MemoryError) as exc:
        # a combination of nodes nobody thought of: still one sentence naming the file, never a traceback
        raise NetworkFileError(one_line(f"the model cannot be imported ({type(exc).__name__}: {exc})"),
                               path=str(path)) from None


def network_from_onnx(model, *, name: str | None = None) -> Network:
    """A :class:`Network` computing what the ONNX ``model`` computes (a ``ModelProto``).

    Its name is ``name`` if given, else the one a NetBuilder export recorded, else the graph's.
    Raises ``ValueError`` naming what cannot be imported.
    """
    onnx = require_onnx()
    copy = onnx.ModelProto()
    copy.CopyFrom(model)  # the checks put nodes in order and may not change the caller's model
    check_structure(copy, None)
    return _import(copy, name, None)


def _import(model, name: str | None, fallback: str | None) -> Network:
    meta = read_metadata(model)
    title = name or meta.name or fallback or model.graph.name or "Imported"
    builder = _NetworkBuilder(title, meta.layers)
    GraphWalker(model, builder, raw_input=meta.raw_input).run()
    return builder.net


class _NetworkBuilder:
    """Makes the layers and connections the graph walk asks for; names and places them from the metadata.

    ``layer_meta``: tensor name -> {"name", "position", "image_shape"} (see
    :func:`netbuilder.io.onnx_read.read_metadata`).
    """

    def __init__(self, name: str, layer_meta: dict[str, dict[str, Any]]):
        self.name = name
        self.layer_meta = layer_meta
        self.net: Network | None = None
        self.input_id: str | None = None
        self.hidden_count = 0
        #: layer id -> the tensor holding its values
        self.layer_tensor: dict[str, str] = {}

    def start(self, dtype: str, description: str) -> None:
        self.net = Network(self.name, dtype=dtype)
        self.net.description = description

    def units(self, layer_id: str) -> int:
        return self.net.layers[layer_id].units

    def shape(self, layer_id: str) -> tuple:
        """The layer's output shape: (units,) or height × width × channels."""
        return tuple(self.net.shapes()[layer_id])

    def set_image_shape(self, layer_id: str, shape) -> None:
        """The input layer's values read as an image of ``shape`` (height, width, channels)."""
        if image_shape_of(self.net.layers[layer_id]) != tuple(shape):  # a 28×28 image is 28×28×1 already
            self.net.update_layer(layer_id, image_shape=tuple(shape))

    def name_from(self, layer_id: str, tensor: str) -> None:
        """The layer's values pass on as ``tensor`` (a Cast of a float64 export): its name and position from
        the metadata, if the layer has none yet."""
        meta = self.layer_meta.get(tensor)
        if not meta or self.layer_tensor.get(layer_id) in self.layer_meta:
            return
        layer = self.net.layers[layer_id]
        if meta.get("name") and all(other.name != meta["name"] for other in self.net.layers.values()):
            self.net.update_layer(layer_id, name=meta["name"])
        if meta.get("position"):
            self.net.update_layer(layer_id, position=meta["position"])
        self.layer_tensor[layer.id] = tensor

    def create_input(self, units: int, image_shape, tensor: str) -> str:
        meta = self.layer_meta.get(tensor, {})
        if image_shape is not None and not (2 <= len(image_shape) <= 3):
            image_shape = None
        layer = Layer(units, "linear", role="input", name=meta.get("name") or "Input",
                      image_shape=meta.get("image_shape") or image_shape, position=meta.get("position"))
        self.input_id = self.net.add_layer(layer).id
        self.layer_tensor[self.input_id] = tensor
        return self.input_id

    def make_layer(self, z: Affine, activation, tensor: str, alpha: np.ndarray | None = None) -> str:
        """A hidden layer computing ``activation(z)``, connected to the layers ``z`` reads; returns its id.
        A net input with a window makes a convolution layer."""
        meta = self.layer_meta.get(tensor, {})
        window = {}
        if z.window is not None:
            window = {"kind": "conv2d", "kernel_size": z.window.kernel, "strides": z.window.strides,
                      "padding": z.window.padding}
            name = meta.get("name")
        else:
            self.hidden_count += 1
            name = meta.get("name") or f"Hidden {self.hidden_count}"
        layer = Layer(
            z.units,
            activation,
            name=name,
            use_bias=z.bias is not None,
            bias=None if z.bias is None else z.bias,
            alpha=alpha,
            position=meta.get("position"),
            **window,
        )
        layer_id = self.net.add_layer(layer).id
        for t in z.terms:
            self.net.connect(t.source, layer_id, t.weights, t.mask)
        self.layer_tensor[layer_id] = tensor
        return layer_id

    def make_pool(self, kind: str, source: str, window, tensor: str) -> str:
        """A max or average pooling layer of ``window`` over ``source``'s image; returns its id."""
        return self._shape_layer(Layer(1, kind=kind, kernel_size=window.kernel, strides=window.strides,
                                       padding=window.padding), source, tensor)

    def make_flatten(self, source: str, tensor: str) -> str:
        return self._shape_layer(Layer(1, kind="flatten"), source, tensor)

    def _shape_layer(self, layer: Layer, source: str, tensor: str) -> str:
        meta = self.layer_meta.get(tensor, {})
        if meta.get("name"):
            layer.update(name=meta["name"])
        if meta.get("position"):
            layer.update(position=meta["position"])
        layer_id = self.net.add_layer(layer).id
        self.net.connect(source, layer_id)  # no weights: the size follows the source
        self.layer_tensor[layer_id] = tensor
        return layer_id

    def finish(self, output_id: str) -> None:
        """Make ``output_id`` the output layer, choose a loss, check the network and lay it out."""
        layer = self.net.layers[output_id]
        meta_name = self.layer_meta.get(self.layer_tensor.get(output_id, ""), {}).get("name")
        changes: dict[str, Any] = {"role": "output"}
        if not meta_name:
            changes["name"] = "Output"
        self.net.update_layer(output_id, **changes)
        self._choose_loss(layer)
        problems = errors(validate(self.net))
        if problems:
            raise ValueError("the imported network has problems: " + " ".join(p.message for p in problems))
        positions = auto_positions(self.net, only_missing=True)  # layers that came with a position keep it
        if positions:
            self.net.set_positions(positions)

    def _choose_loss(self, output: Layer) -> None:
        """A loss that suits the output, so the imported network can be trained straight away."""
        if output.activation.name == "softmax" and output.units > 1:
            self.net.set_training(loss="categorical_crossentropy")
        elif output.activation.name == "sigmoid" and output.units == 1:
            self.net.set_training(loss="binary_crossentropy")
