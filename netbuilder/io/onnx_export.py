"""Export a network to ONNX, so any ONNX runtime (onnxruntime, OpenVINO, a browser) can run it.

Why a hand-built graph instead of going through a framework: the engine's
network is a DAG of layers (several inbound connections summed, masked
edges, PReLU slopes per neuron), and every piece of it maps onto a few
standard ONNX operators, so the graph says exactly what the engine computes:

- a layer's net input ``z = Σ a_src @ (W ⊙ mask) + b``: ``Gemm`` for one
  inbound connection, otherwise one ``MatMul`` per connection, ``Add`` s and
  the bias last (the engine's order). A mask is kept as its own initializer
  and applied with ``Mul``, so an importer sees which edges were removed;
- activations: Identity, Sigmoid, Tanh, Relu, LeakyRelu, PRelu (learned α
  per neuron), Elu, Softmax (last axis); step is ``Greater(z, 0)`` then
  ``Cast``; swish is ``z · Sigmoid(β·z)``; GELU is the exact
  ``z · ½(1 + Erf(z/√2))`` (opset 17 has no Gelu operator);
- dropout is the identity at inference, so it leaves no trace;
- convolutions and pooling (see "Images" below): ``Conv``, ``MaxPool``,
  ``AveragePool`` and ``Flatten``.

Opset 17 / IR 8 keeps the file loadable by older runtimes. Values stay in
the network's dtype (float32 or float64). A float64 network differs from
the float32 graph where ONNX or onnxruntime would lose precision:

- LeakyRelu and Elu carry α as an ONNX *float* attribute (32 bits), so a
  float64 network's leaky ReLU is written ``Relu(z) + α·Min(z, 0)`` with α
  a float64 constant — the engine's ``where(z > 0, z, α·z)`` bit for bit;
- onnxruntime has no float64 Elu: ``Relu(z) + α·(Exp(Min(z, 0)) − 1)``, the
  same function up to rounding (``exp − 1`` where the engine uses ``expm1``);
- onnxruntime has no float64 Erf: GELU computes erf in float32 between two
  ``Cast`` s (an error below 1e-7).

The README's export section lists what else differs in float64 (the
runtime's own Gemm, Sigmoid, Tanh and Softmax kernels).

The input transform. A network trained on a CSV file with scaling, or with
extra input features (x1², x1·x2, sin x1), expects transformed inputs;
``netbuilder predict`` and :func:`netbuilder.api.predict` apply that
transform to raw inputs by default. The exported model does the same by
default (``input_transform=True``): its input ``input`` takes the data's
own units and the graph starts with the scaling (``Sub``, ``Div``) and the
feature columns (``Gather``, ``Mul``, ``Sin``, ``Concat``), computed in
float64 as the app does. With ``input_transform=False`` (or for a network
without a transform) ``input`` takes the input layer's values directly.
The model's metadata ``netbuilder.input`` says which (``raw`` or
``network``).

Images. The network works channels last (NHWC, as Keras), ONNX's Conv and
pooling channels first (NCHW). The model's input stays what ``predict``
takes, one flat row per sample in the engine's order (height, width,
channels); where a convolution or a pooling layer reads the input image, the
graph ``Reshape`` s it to (n, h, w, c) and ``Transpose`` s it to NCHW once.
Convolution and pooling layers then stay NCHW: ``Conv`` with the kernel
transposed from (kh, kw, c, f) to (f, c, kh, kw), ``MaxPool``,
``AveragePool`` (``count_include_pad=0``: the mean over the real inputs, as
Keras's 'same' pooling has it), 'same' padding written as explicit ``pads``
with the odd pixel at the bottom and right (TensorFlow's convention), a
convolution layer's activation on the channel axis (softmax ``axis=1``,
PReLU slopes of shape (f, 1, 1)). A Flatten layer ``Transpose`` s back to
NHWC before ``Flatten``, so the Dense weights after it keep Keras's row
order. onnxruntime has no float64 ``Conv`` or ``AveragePool``: a float64
network computes those two in float32 between ``Cast`` s (the kernel is
kept as a float64 initializer and cast in the graph; the bias is added in
float64 after the convolution). ``MaxPool`` runs in float64.

The core must not import the engine (see ``tests/test_architecture.py``),
so this module builds the graph from the document alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..data.scaling import check_scaler
from ..data.transforms import FEATURES, check_features
from ..model.network import Network
from ..model.shapes import padding_amounts
from ..model.validation import errors, validate
from ..files import atomic_write_bytes

OPSET = 17
IR_VERSION = 8
INPUT_NAME = "input"
OUTPUT_NAME = "output"
#: The metadata keys the importer reads back (layer names and canvas positions survive a round trip).
META_LAYERS = "netbuilder.layers"
META_INPUT = "netbuilder.input"
META_NETWORK = "netbuilder.network"

ONNX_MISSING = "exporting to ONNX needs the 'onnx' package: pip install onnx (or pip install 'netbuilder[export]')"


def require_onnx():
    """The ``onnx`` module, or an ImportError that tells the user what to install."""
    try:
        import onnx
    except ImportError:
        raise ImportError(ONNX_MISSING) from None
    return onnx


# -- shared with the code generators -------------------------------------------------------


def export_order(net: Network) -> list[str]:
    """Layer ids in computing order, after checking the network can be computed at all."""
    problems = errors(validate(net))
    if problems:
        raise ValueError("the network cannot be exported: " + " ".join(p.message for p in problems))
    order = net.topological_order()
    if net.layers[order[0]].role != "input" or net.layers[order[-1]].role != "output":
        raise ValueError("the network cannot be exported: data must flow from the input layer to the output layer")
    return order


def input_transform_spec(net: Network) -> dict[str, Any] | None:
    """What the network's data does to raw inputs: ``{"scaler": ..., "features": [...], "raw_width": n}``.

    ``None`` when the inputs go in unchanged. ``raw_width`` is None when it
    cannot be known (features of the first column only, from one- or
    two-column data).
    """
    spec = net.dataset or {}
    scaler = spec.get("scaler")
    features = spec.get("features")
    if scaler is None and features is None:
        return None
    if scaler is not None:
        scaler = check_scaler(scaler)
        width: int | None = len(scaler["offset"])
    else:
        width = None
    if features is not None:
        if width is None:
            needs = max(FEATURES[f][0] for f in check_features(features, 2))
            width = 2 if needs == 2 else None
        features = check_features(features, width or 2)
        out_width = len(features)
    else:
        out_width = width
    units = net.input_layer.units if net.input_layer else None
    if out_width is not None and units is not None and out_width != units:
        raise ValueError(
            f"the network's data gives {out_width} input values after its scaling and features, but the input "
            f"layer has {units} neurons: export without the input transform"
        )
    return {"scaler": scaler, "features": features, "raw_width": width}


# -- the graph -----------------------------------------------------------------------------


class _Graph:
    """Collects nodes and initializers and hands out unique tensor names."""

    def __init__(self, onnx, dtype: np.dtype):
        self.helper = onnx.helper
        self.numpy_helper = onnx.numpy_helper
        self.TensorProto = onnx.TensorProto
        self.dtype = dtype
        self.elem = onnx.TensorProto.FLOAT if dtype == np.float32 else onnx.TensorProto.DOUBLE
        self.nodes: list = []
        self.initializers: list = []
        self.used: set[str] = {INPUT_NAME, OUTPUT_NAME}
        self._consts: dict[tuple, str] = {}

    def name(self, base: str) -> str:
        name, k = base, 2
        while name in self.used:
            name = f"{base}_{k}"
            k += 1
        self.used.add(name)
        return name

    def tensor(self, base: str, values: np.ndarray, dtype: Any = None) -> str:
        name = self.name(base)
        arr = np.ascontiguousarray(np.asarray(values, dtype=dtype or self.dtype))
        self.initializers.append(self.numpy_helper.from_array(arr, name))
        return name

    def const(self, value: float, dtype: Any = None) -> str:
        """A shared scalar initializer (0, 1, ½, √2 ...)."""
        dt = np.dtype(dtype or self.dtype)
        key = (float(value), dt.str)
        if key not in self._consts:
            name = f"const/{value:g}" + ("" if dt == self.dtype else f"/{dt.name}")
            self._consts[key] = self.tensor(name, np.array(value, dt), dt)
        return self._consts[key]

    def node(self, op: str, inputs: list[str], base: str, output: str | None = None, **attrs: Any) -> str:
        out = output or self.name(base)
        self.nodes.append(self.helper.make_node(op, inputs, [out], name=self.name(f"{base}/{op}"), **attrs))
        return out


def to_onnx(net: Network, *, input_transform: bool = True):
    """The network as an ``onnx.ModelProto`` (checked with ``onnx.checker``).

    Input ``input`` and output ``output``, both ``[batch, n]`` in the
    network's dtype. See the module docstring for ``input_transform``.
    """
    onnx = require_onnx()
    order = export_order(net)
    dtype = np.dtype(net.dtype)
    g = _Graph(onnx, dtype)
    h = onnx.helper
    input_layer = net.layers[order[0]]
    output_id = order[-1]
    transform = input_transform_spec(net) if input_transform else None
    if transform is not None:
        x = _add_input_transform(g, transform)
        input_width: int | str = transform["raw_width"] or "raw_inputs"
    else:
        x = INPUT_NAME
        input_width = input_layer.units
    values = _Values(g, net, input_layer, x)
    layers_meta = [_layer_meta(input_layer, x)]
    for lid in order[1:]:
        layer = net.layers[lid]
        out = OUTPUT_NAME if lid == output_id else g.name(layer.name)
        if layer.kind == "dense":
            _activation(g, layer, _net_input(g, net, lid, values.flat), out)
            values.flats[lid] = out
        elif layer.kind == "conv2d":
            _activation(g, layer, _conv_net_input(g, net, lid, values), out, image=True)
            values.images[lid] = out
        elif layer.kind == "flatten":
            source = net.inbound(lid)[0].source
            nhwc = g.node("Transpose", [values.image(source)], f"{layer.name}/channels_last", perm=[0, 2, 3, 1])
            g.node("Flatten", [nhwc], layer.name, out, axis=1)
            values.flats[lid] = out
        else:
            _pool(g, net, layer, values, out)
            values.images[lid] = out
        layers_meta.append(_layer_meta(layer, out))

    output_layer = net.layers[output_id]
    graph = h.make_graph(
        g.nodes,
        net.name or "network",
        [h.make_tensor_value_info(INPUT_NAME, g.elem, ["batch", input_width])],
        [h.make_tensor_value_info(OUTPUT_NAME, g.elem, ["batch", output_layer.units])],
        g.initializers,
        doc_string=net.description or "",
    )
    model = h.make_model(
        graph,
        producer_name="netbuilder",
        producer_version=__version__,
        opset_imports=[h.make_opsetid("", OPSET)],
        doc_string=f"{net.name}: exported by NetBuilder {__version__}",
    )
    model.ir_version = IR_VERSION
    meta = {
        META_INPUT: "raw" if transform is not None else "network",
        META_LAYERS: json.dumps(layers_meta, ensure_ascii=False),
        META_NETWORK: json.dumps({"name": net.name, "dtype": net.dtype}, ensure_ascii=False),
    }
    h.set_model_props(model, meta)
    onnx.checker.check_model(model)
    return model


def save_onnx(net: Network, path: str | os.PathLike, *, input_transform: bool = True) -> Path:
    """Export and write atomically; returns the path. A file that cannot be written is a
    :class:`~netbuilder.files.FileAccessError` (an ``OSError``) naming it; an old file stays intact."""
    model = to_onnx(net, input_transform=input_transform)
    return atomic_write_bytes(path, model.SerializeToString())


def _layer_meta(layer, tensor: str) -> dict[str, Any]:
    return {
        "tensor": tensor,
        "name": layer.name,
        "position": None if layer.position is None else list(layer.position),
        "image_shape": None if layer.image_shape is None else list(layer.image_shape),
    }


class _Values:
    """Each layer's values as a tensor: ``flats`` (n, units) for the input, Dense and Flatten layers,
    ``images`` (n, c, h, w) for convolution and pooling layers; the input's image is made when first read."""

    def __init__(self, g: _Graph, net: Network, input_layer, x: str):
        self.g, self.net, self.input = g, net, input_layer
        self.flats: dict[str, str] = {input_layer.id: x}
        self.images: dict[str, str] = {}
        self.casts: dict[str, str] = {}
        self.shapes = net.shapes()

    def flat(self, lid: str) -> str:
        return self.flats[lid]  # validation puts a Flatten between an image and a Dense layer (the input aside)

    def image(self, lid: str) -> str:
        if lid not in self.images:  # only the input layer's image is made here
            h, w, c = self.shapes[lid]
            shape = self.g.tensor("input/image_shape", np.array([-1, h, w, c]), np.int64)
            nhwc = self.g.node("Reshape", [self.flats[lid], shape], "input/image")
            self.images[lid] = self.g.node("Transpose", [nhwc], "input/channels_first", perm=[0, 3, 1, 2])
        return self.images[lid]

    def window(self, layer, source: str) -> dict[str, Any]:
        """The ONNX attributes of ``layer``'s window over ``source``'s image: explicit pads, TensorFlow's 'same'."""
        size = tuple(self.shapes[source][:2])
        (top, bottom), (left, right) = padding_amounts(size, layer.kernel_size, layer.strides, layer.padding)
        return {"kernel_shape": list(layer.kernel_size), "strides": list(layer.strides),
                "pads": [top, left, bottom, right]}

    def float32(self, tensor: str) -> str:
        """``tensor`` as float32, for the operators onnxruntime has in float32 only (one Cast per tensor)."""
        if tensor not in self.casts:
            self.casts[tensor] = self.g.node("Cast", [tensor], f"{tensor}/float32", to=self.g.TensorProto.FLOAT)
        return self.casts[tensor]


def _conv_net_input(g: _Graph, net: Network, lid: str, values: _Values) -> str:
    """z = Σ a_src ⊛ K + b: one Conv per inbound connection (NCHW), summed, the bias added last."""
    layer = net.layers[lid]
    base = layer.name
    inbound = net.inbound(lid)
    single = len(inbound) == 1
    float64 = g.dtype != np.float32
    total = None
    for c in inbound:
        src = net.layers[c.source]
        suffix = "" if single else f"[{src.name}]"
        kernel = g.tensor(f"{base}/kernel{suffix}", c.weights.transpose(3, 2, 0, 1))  # (kh, kw, c, f) -> (f, c, kh, kw)
        x = values.image(c.source)
        inputs = [x, kernel]
        if float64:
            inputs = [values.float32(x), g.node("Cast", [kernel], f"{base}/kernel_float32{suffix}",
                                                to=g.TensorProto.FLOAT)]
        elif single and layer.use_bias:
            inputs.append(g.tensor(f"{base}/bias", layer.bias))
        part = g.node("Conv", inputs, f"{base}/convolution{suffix}", dilations=[1, 1], group=1,
                      **values.window(layer, c.source))
        if float64:
            part = g.node("Cast", [part], f"{base}/convolution_float64{suffix}", to=g.elem)
        total = part if total is None else g.node("Add", [total, part], f"{base}/sum")
    if layer.use_bias and (float64 or not single):
        total = g.node("Add", [total, g.tensor(f"{base}/bias", layer.bias.reshape(-1, 1, 1))], f"{base}/z")
    return total


def _pool(g: _Graph, net: Network, layer, values: _Values, out: str) -> None:
    source = net.inbound(layer.id)[0].source
    x = values.image(source)
    window = values.window(layer, source)
    if layer.kind == "max_pooling2d":
        g.node("MaxPool", [x], layer.name, out, **window)
        return
    if g.dtype == np.float32:
        g.node("AveragePool", [x], layer.name, out, count_include_pad=0, **window)
        return
    pooled = g.node("AveragePool", [values.float32(x)], f"{layer.name}/float32", count_include_pad=0, **window)
    g.node("Cast", [pooled], layer.name, out, to=g.elem)


def _net_input(g: _Graph, net: Network, lid: str, flat) -> str:
    """z = Σ a_src @ (W ⊙ mask) + b, summed in the engine's order."""
    layer = net.layers[lid]
    base = layer.name
    terms = []
    inbound = net.inbound(lid)
    for c in inbound:
        src = net.layers[c.source]
        suffix = "" if len(inbound) == 1 else f"[{src.name}]"
        w = g.tensor(f"{base}/weight{suffix}", c.weights)
        if c.mask is not None:
            mask = g.tensor(f"{base}/mask{suffix}", c.mask)
            w = g.node("Mul", [w, mask], f"{base}/masked_weight{suffix}")
        terms.append((flat(c.source), w, suffix))
    bias = g.tensor(f"{base}/bias", layer.bias) if layer.use_bias else None
    if len(terms) == 1 and bias is not None:
        a, w, _ = terms[0]
        return g.node("Gemm", [a, w, bias], f"{base}/z")
    total = None
    for a, w, suffix in terms:
        product = g.node("MatMul", [a, w], f"{base}/product{suffix}")
        total = product if total is None else g.node("Add", [total, product], f"{base}/sum")
    if bias is not None:
        total = g.node("Add", [total, bias], f"{base}/z")
    return total


def _activation(g: _Graph, layer, z: str, out: str, *, image: bool = False) -> None:
    """``out`` = the layer's activation of ``z``; an ``image`` (NCHW) has its neurons, the channels, on axis 1."""
    spec = layer.activation
    name = spec.name
    base = layer.name
    if name == "linear":
        g.node("Identity", [z], base, out)
    elif name == "step":
        positive = g.node("Greater", [z, g.const(0.0)], f"{base}/positive")
        g.node("Cast", [positive], base, out, to=g.elem)
    elif name in ("sigmoid", "tanh", "relu"):
        g.node({"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu"}[name], [z], base, out)
    elif name == "softmax":
        g.node("Softmax", [z], base, out, axis=1 if image else -1)
    elif name == "leaky_relu" and g.dtype == np.float32:
        g.node("LeakyRelu", [z], base, out, alpha=float(spec.params["alpha"]))
    elif name == "leaky_relu":
        # LeakyRelu's α is a float32 attribute: relu(z) + α·min(z, 0) with α a float64 constant is the
        # engine's where(z > 0, z, α·z) bit for bit (z + 0 = z, 0 + α·z = α·z)
        positive = g.node("Relu", [z], f"{base}/positive_part")
        low = g.node("Min", [z, g.const(0.0)], f"{base}/negative_z")
        negative = g.node("Mul", [low, g.const(float(spec.params["alpha"]))], f"{base}/negative_part")
        g.node("Add", [positive, negative], base, out)
    elif name == "elu" and g.dtype == np.float32:
        g.node("Elu", [z], base, out, alpha=float(spec.params["alpha"]))
    elif name == "elu":
        # onnxruntime has no float64 Elu: relu(z) + α·(exp(min(z, 0)) − 1) is the same function, exactly
        positive = g.node("Relu", [z], f"{base}/positive_part")
        low = g.node("Min", [z, g.const(0.0)], f"{base}/negative_z")
        e = g.node("Exp", [low], f"{base}/exp")
        m = g.node("Sub", [e, g.const(1.0)], f"{base}/expm1")
        negative = g.node("Mul", [m, g.const(float(spec.params["alpha"]))], f"{base}/negative_part")
        g.node("Add", [positive, negative], base, out)
    elif name == "prelu":
        slope = g.tensor(f"{base}/alpha", layer.alpha.reshape(-1, 1, 1) if image else layer.alpha)
        g.node("PRelu", [z, slope], base, out)
    elif name == "swish":
        beta = float(spec.params["beta"])
        scaled = z if beta == 1.0 else g.node("Mul", [z, g.const(beta)], f"{base}/beta_z")
        gate = g.node("Sigmoid", [scaled], f"{base}/gate")
        g.node("Mul", [z, gate], base, out)
    elif name == "gelu":
        t = g.node("Div", [z, g.const(float(np.sqrt(2.0)))], f"{base}/z_over_sqrt2")
        if g.dtype == np.float32:
            e = g.node("Erf", [t], f"{base}/erf")
        else:  # onnxruntime has no float64 Erf: erf in float32 (error below 1e-7), the rest in float64
            t32 = g.node("Cast", [t], f"{base}/z_over_sqrt2_float32", to=g.TensorProto.FLOAT)
            e32 = g.node("Erf", [t32], f"{base}/erf_float32")
            e = g.node("Cast", [e32], f"{base}/erf", to=g.elem)
        u = g.node("Add", [e, g.const(1.0)], f"{base}/one_plus_erf")
        v = g.node("Mul", [z, u], f"{base}/twice")
        g.node("Mul", [v, g.const(0.5)], base, out)
    else:  # pragma: no cover - the catalog test keeps this list complete
        raise ValueError(f"the activation '{name}' of layer '{layer.name}' has no ONNX form")


def _add_input_transform(g: _Graph, transform: dict[str, Any]) -> str:
    """Raw inputs → the network's inputs: scaling, then feature columns, in float64 like the app."""
    f64 = np.float64
    x = INPUT_NAME
    if g.dtype != f64:
        x = g.node("Cast", [x], "preprocess/raw_float64", to=g.TensorProto.DOUBLE)
    scaler = transform["scaler"]
    if scaler is not None:
        x = g.node("Sub", [x, g.tensor("preprocess/offset", scaler["offset"], f64)], "preprocess/centred")
        x = g.node("Div", [x, g.tensor("preprocess/scale", scaler["scale"], f64)], "preprocess/scaled")
    features = transform["features"]
    if features is not None:
        columns: dict[int, str] = {}

        def column(k: int) -> str:
            if k not in columns:
                idx = g.tensor(f"preprocess/index_x{k + 1}", np.array([k]), np.int64)
                columns[k] = g.node("Gather", [x, idx], f"preprocess/x{k + 1}", axis=1)
            return columns[k]

        made = []
        for f in features:
            if f in ("x1", "x2"):
                made.append(column(0 if f == "x1" else 1))
            elif f in ("x1^2", "x2^2"):
                c = column(0 if f == "x1^2" else 1)
                made.append(g.node("Mul", [c, c], f"preprocess/{f}"))
            elif f == "x1*x2":
                made.append(g.node("Mul", [column(0), column(1)], "preprocess/x1*x2"))
            elif f in ("sin(x1)", "sin(x2)"):
                made.append(g.node("Sin", [column(0 if f == "sin(x1)" else 1)], f"preprocess/{f}"))
            else:  # pragma: no cover - FEATURES and this list change together
                raise ValueError(f"the input feature '{f}' has no ONNX form")
        x = g.node("Concat", made, "preprocess/features", axis=1)
    if g.dtype != f64:
        x = g.node("Cast", [x], "preprocess/network_input", to=g.elem)
    elif x == INPUT_NAME:
        x = g.node("Identity", [x], "preprocess/network_input")
    return x
