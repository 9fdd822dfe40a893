"""Import an ONNX multilayer perceptron as a network on the canvas.

Why pattern matching rather than running the graph: a network document
needs layers, weight matrices and named activations, so each ONNX tensor is
classified as what it means for a network — a constant, the values of a
layer, a layer's net input ``z`` (a sum of ``a @ W`` terms plus a bias), or
an activation applied to such a ``z`` — and a layer is made when a value is
used as a layer's output (by a ``MatMul``/``Gemm``, or as the model's output).

What is understood:

- ``Gemm`` (any ``alpha``/``beta``, ``transB``) and ``MatMul`` with constant
  weights; ``Add``/``Sub`` of a bias; ``Add`` of several products (a layer
  with several inbound connections); ``Add`` of a layer's values (a skip
  connection, imported as an identity-matrix connection);
- ``Mul`` of a weight by a 0/1 constant: a mask (removed edges);
- activations: Relu, Sigmoid, Tanh, LeakyRelu, Elu, PRelu (slope per neuron
  or shared), Softmax on the last axis, Identity, Gelu (exact), the exact
  GELU written out (``Div``/``Erf``/``Add``/``Mul``/``Mul``), ELU written
  out (``Relu(z) + α·(Exp(Min(z, 0)) − 1)``), swish
  (``z · Sigmoid(β·z)``), step (``Greater(z, 0)`` + ``Cast``);
- Dropout and Identity pass values through; Flatten/Reshape of the model's
  input make an image-shaped input layer; ``Sub``/``Div`` of the input by
  constants (input scaling) is folded into the first weights.

Anything else raises a ``ValueError`` that names the operators (and nodes)
NetBuilder cannot import. A model exported by NetBuilder carries its layer
names and canvas positions in its metadata and gets them back; other models
are laid out left to right.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..model.layer import Layer
from ..model.network import Network
from ..model.validation import errors, validate
from .errors import NetworkFileError
from .onnx_export import META_INPUT, META_LAYERS, META_NETWORK, ONNX_MISSING

MAX_FILE_BYTES = 1024 * 2**20

#: The operators the importer understands.
SUPPORTED = frozenset({
    "Gemm", "MatMul", "Add", "Sub", "Mul", "Div",
    "Relu", "Sigmoid", "Tanh", "LeakyRelu", "Elu", "PRelu", "Softmax", "Gelu", "Erf",
    "Greater", "Min", "Exp", "Cast", "Identity", "Dropout", "Flatten", "Reshape", "Transpose", "Constant",
})

#: Left-to-right layout (the canvas's own spacing, repeated here because the core cannot import the UI).
COLUMN_GAP = 230.0
ROW_GAP = 60.0
NEURON_SPACING = 50.0
NEURON_LIMIT = 32

_FLOAT_TYPES = {1: "float32", 11: "float64"}  # TensorProto.FLOAT, TensorProto.DOUBLE


# -- what a tensor means -------------------------------------------------------------------


@dataclass
class _Const:
    value: np.ndarray
    mask: np.ndarray | None = None  # set when the value is W * mask with a 0/1 mask


@dataclass
class _Act:
    """The values of a layer that exists already."""

    layer_id: str


@dataclass
class _RawInput:
    """The model's input before it is flattened (rank > 2)."""

    shape: tuple


@dataclass
class _Scaled:
    """(a − offset) / scale of a layer's values: folded into the weights that use it."""

    layer_id: str
    offset: np.ndarray
    scale: np.ndarray


@dataclass
class _Term:
    source: str
    weights: np.ndarray
    mask: np.ndarray | None = None


@dataclass(eq=False)
class _Affine:
    """A net input z = Σ a_src @ W + b. ``base``/``scale``: this is ``scale`` × the affine ``base``."""

    terms: list[_Term]
    bias: np.ndarray | None
    units: int
    base: "_Affine | None" = None
    scale: float = 1.0

    @property
    def root(self) -> "_Affine":
        return self.base or self

    def times(self, c: np.ndarray) -> "_Affine":
        c = np.asarray(c, dtype=np.float64)
        terms = [_Term(t.source, t.weights * c, t.mask) for t in self.terms]
        bias = None if self.bias is None else self.bias * c
        if c.size == 1:
            return _Affine(terms, bias, self.units, self.root, self.scale * float(c.reshape(-1)[0]))
        return _Affine(terms, bias, self.units)


@dataclass(eq=False)
class _Pending:
    """An activation applied to a net input: becomes a layer when something uses its values."""

    affine: _Affine
    activation: Any
    tensor: str
    alpha: np.ndarray | None = None
    layer_id: str | None = None


@dataclass(eq=False)
class _Partial:
    """Part of a multi-node activation (GELU written out, step) that is not finished yet."""

    kind: str
    affine: _Affine
    factor: float = 1.0
    node: str = ""


# -- reading files -------------------------------------------------------------------------


def load_onnx(path: str | os.PathLike, *, name: str | None = None) -> Network:
    """Read an ONNX file and import it; every problem is a :class:`NetworkFileError` naming the file."""
    path = Path(path)
    try:
        import onnx
    except ImportError:
        raise ImportError(ONNX_MISSING.replace("exporting to", "importing")) from None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NetworkFileError(f"the file is {size / 2**20:.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB "
                                   "an imported model may have", path=str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise NetworkFileError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise NetworkFileError("this is a folder, not an ONNX model", path=str(path)) from None
    except OSError as exc:
        raise NetworkFileError(f"cannot read the file: {exc.strerror or exc}", path=str(path)) from None
    model = _parse(onnx, data, str(path))
    try:
        return _Importer(model, name, path.stem).run()
    except ValueError as exc:
        raise NetworkFileError(str(exc), path=str(path)) from None


def _parse(onnx, data: bytes, where: str):
    try:
        model = onnx.load_model_from_string(data)
    except Exception:  # protobuf's DecodeError and friends
        raise NetworkFileError("this is not an ONNX model (the file is damaged or of another kind)",
                               path=where) from None
    if not model.HasField("graph") or not model.graph.node:
        raise NetworkFileError("this is not an ONNX model (it has no graph of operators)", path=where)
    try:
        onnx.checker.check_model(model)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NetworkFileError(f"the ONNX model is not valid: {first}", path=where) from None
    return model


# -- the import ----------------------------------------------------------------------------


def network_from_onnx(model, *, name: str | None = None) -> Network:
    """A :class:`Network` computing what the ONNX ``model`` computes (a ``ModelProto``).

    Its name is ``name`` if given, else the one a NetBuilder export recorded, else the graph's.
    """
    return _Importer(model, name).run()


class _Importer:
    def __init__(self, model, name: str | None, fallback: str | None = None):
        from onnx import numpy_helper

        self.model = model
        self.graph = model.graph
        self.to_array = numpy_helper.to_array
        meta = {p.key: p.value for p in model.metadata_props}
        self.meta_layers = _read_layer_meta(meta.get(META_LAYERS))
        self.raw_input = meta.get(META_INPUT) == "raw"
        network_meta = _read_json(meta.get(META_NETWORK)) or {}
        title = network_meta.get("name") if isinstance(network_meta.get("name"), str) else None
        self.name = name or title or fallback or self.graph.name or "Imported"
        self.values: dict[str, Any] = {}
        self.net: Network | None = None
        self.input_id: str | None = None
        self.hidden_count = 0
        self.layer_tensor: dict[str, str] = {}
        self.affine_tensor: dict[int, str] = {}
        #: id(affine) -> (affine, layer id): a net input used as values becomes one linear layer, however often used
        self.linear_layers: dict[int, tuple[_Affine, str]] = {}

    # -- set up ----------------------------------------------------------------------------

    def run(self) -> Network:
        g = self.graph
        for init in g.initializer:
            self.values[init.name] = _Const(self.to_array(init).astype(np.float64))
        inputs = [i for i in g.input if i.name not in self.values]
        if len(inputs) != 1:
            names = ", ".join(f"'{i.name}'" for i in inputs) or "none"
            raise ValueError(f"a network has one input, this model has {len(inputs)} ({names})")
        if len(g.output) != 1:
            names = ", ".join(f"'{o.name}'" for o in g.output)
            raise ValueError(f"a network has one output, this model has {len(g.output)} ({names})")
        needed = self._ancestors(g.output[0].name)
        self._check_operators(needed)
        self._make_input(inputs[0])
        for node in needed:
            self._evaluate(node)
        self._finish(g.output[0].name)
        return self.net

    def _ancestors(self, output: str) -> list:
        producer = {}
        for node in self.graph.node:
            for out in node.output:
                producer[out] = node
        wanted, stack, seen = set(), [output], set()
        while stack:
            t = stack.pop()
            if t in seen:
                continue
            seen.add(t)
            node = producer.get(t)
            if node is not None and id(node) not in wanted:
                wanted.add(id(node))
                stack.extend(i for i in node.input if i)
        return [n for n in self.graph.node if id(n) in wanted]  # ONNX keeps nodes in computing order

    def _check_operators(self, nodes) -> None:
        bad = []
        for node in nodes:
            if node.domain not in ("", "ai.onnx") or node.op_type not in SUPPORTED:
                op = node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"
                bad.append(f"{op} (node '{_node_name(node)}')")
        if bad:
            raise ValueError(
                "this model uses operators NetBuilder cannot import: " + ", ".join(bad[:12])
                + (f" and {len(bad) - 12} more" if len(bad) > 12 else "")
                + ". NetBuilder imports multilayer perceptrons: Gemm or MatMul+Add with the activations "
                "Relu, Sigmoid, Tanh, LeakyRelu, Elu, PRelu, Softmax, GELU, swish and step"
                + (" (this model starts with NetBuilder's input features: export the network again without its "
                   "input transform, netbuilder export --no-input-transform, to import it)" if self.raw_input else "")
            )

    def _make_input(self, value_info) -> None:
        t = value_info.type.tensor_type
        dtype = _FLOAT_TYPES.get(t.elem_type)
        if dtype is None:
            raise ValueError(f"the model's input '{value_info.name}' is not float32 or float64 numbers")
        dims = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
        if len(dims) < 2 or any(d is None or d < 1 for d in dims[1:]):
            shape = "×".join("?" if d is None else str(d) for d in dims) or "unknown"
            raise ValueError(f"the model's input '{value_info.name}' must have a batch axis and fixed sizes "
                             f"(such as batch × 784), it has shape {shape}")
        self.net = Network(self.name, dtype=dtype)
        self.net.description = self.graph.doc_string or ""
        self.input_dims = tuple(dims[1:])
        if len(self.input_dims) == 1:
            self._create_input(self.input_dims[0], None, value_info.name)
            self.values[value_info.name] = _Act(self.input_id)
        else:
            self.values[value_info.name] = _RawInput(self.input_dims)
            self.input_tensor = value_info.name

    def _create_input(self, units: int, image_shape, tensor: str) -> None:
        meta = self.meta_layers.get(tensor, {})
        if image_shape is not None and not (2 <= len(image_shape) <= 3):
            image_shape = None
        layer = Layer(units, "linear", role="input", name=meta.get("name") or "Input",
                      image_shape=meta.get("image_shape") or image_shape, position=meta.get("position"))
        self.input_id = self.net.add_layer(layer).id
        self.layer_tensor[self.input_id] = tensor

    # -- one node --------------------------------------------------------------------------

    def _evaluate(self, node) -> None:
        op = node.op_type
        where = f"{op} node '{_node_name(node)}'"
        args = [self.values.get(i) if i else None for i in node.input]
        for i, a in zip(node.input, args):
            if i and a is None:
                raise ValueError(f"{where} reads '{i}', which nothing in the model computes")
        attrs = {a.name: _attribute(a) for a in node.attribute}
        handler = getattr(self, f"_op_{op}")
        result = handler(node, args, attrs, where)
        self.values[node.output[0]] = result

    def _op_Constant(self, node, args, attrs, where):
        if "value" in attrs:
            return _Const(self.to_array(attrs["value"]).astype(np.float64))
        for key in ("value_float", "value_floats", "value_int", "value_ints"):
            if key in attrs:
                return _Const(np.asarray(attrs[key], dtype=np.float64))
        raise ValueError(f"{where} holds a kind of constant NetBuilder cannot read")

    def _op_Identity(self, node, args, attrs, where):
        if isinstance(args[0], _Affine):  # a linear layer's values, named (NetBuilder writes Identity for them)
            self.affine_tensor.setdefault(id(args[0]), node.output[0])
        return args[0]

    _op_Dropout = _op_Identity

    def _op_Cast(self, node, args, attrs, where):
        x = args[0]
        if isinstance(x, _Partial) and x.kind == "positive":
            return _Pending(x.affine, "step", node.output[0])
        if isinstance(x, _Const):
            return _Const(x.value.astype(np.float64), x.mask)
        if attrs.get("to") not in _FLOAT_TYPES:
            raise ValueError(f"{where} turns values into something other than float numbers")
        return x

    def _op_Transpose(self, node, args, attrs, where):
        x = args[0]
        if not isinstance(x, _Const) or x.value.ndim != 2 or attrs.get("perm", [1, 0]) != [1, 0]:
            raise ValueError(f"{where} transposes computed values; only weight matrices may be transposed")
        return _Const(x.value.T, None if x.mask is None else x.mask.T)

    def _op_Flatten(self, node, args, attrs, where):
        return self._flatten(args[0], where, attrs.get("axis", 1) == 1)

    def _op_Reshape(self, node, args, attrs, where):
        x, shape = args[0], args[1]
        if not isinstance(shape, _Const):
            raise ValueError(f"{where} reshapes to a computed shape; only a fixed reshape of the input is supported")
        dims = [int(d) for d in shape.value.reshape(-1)]
        n = math.prod(self.input_dims) if isinstance(x, _RawInput) else None
        ok = len(dims) == 2 and dims[0] in (-1, 0) and (dims[1] == -1 or n is None or dims[1] == n)
        if isinstance(x, _Act) and x.layer_id == self.input_id:
            ok = ok and dims[1] in (-1, self.net.layers[self.input_id].units)
        return self._flatten(x, where, ok)

    def _flatten(self, x, where, ok: bool):
        if isinstance(x, _Act) and x.layer_id == self.input_id and ok:
            return x
        if isinstance(x, _RawInput) and ok:
            if self.input_id is None:
                self._create_input(math.prod(x.shape), x.shape, self.input_tensor)
            return _Act(self.input_id)
        raise ValueError(f"{where}: only flattening the model's input into one row per sample is supported")

    # products ---------------------------------------------------------------------------

    def _op_MatMul(self, node, args, attrs, where):
        a, w = args
        if not isinstance(w, _Const):
            raise ValueError(f"{where} multiplies two computed values; a layer multiplies values by constant weights")
        return self._product(a, w, where, 1.0)

    def _op_Gemm(self, node, args, attrs, where):
        a, w = args[0], args[1]
        c = args[2] if len(args) > 2 else None
        if attrs.get("transA", 0):
            raise ValueError(f"{where} transposes its input (transA=1); a layer takes one row per sample")
        if not isinstance(w, _Const) or (c is not None and not isinstance(c, _Const)):
            raise ValueError(f"{where} needs constant weights and bias")
        if attrs.get("transB", 0):
            w = _Const(w.value.T, None if w.mask is None else w.mask.T)
        z = self._product(a, w, where, float(attrs.get("alpha", 1.0)))
        if c is not None:
            z = self._add_bias(z, c.value * float(attrs.get("beta", 1.0)), where)
        return z

    def _product(self, a, w: _Const, where: str, alpha: float) -> _Affine:
        if w.value.ndim != 2:
            raise ValueError(f"{where} has weights of shape {w.value.shape}; a layer's weights are a matrix")
        weights = w.value * alpha
        if isinstance(a, _Scaled):
            units = self.net.layers[a.layer_id].units
            self._check_rows(weights, units, where)
            folded = weights / a.scale.reshape(-1, 1)
            shift = -(a.offset / a.scale) @ (weights if w.mask is None else weights * w.mask)
            return _Affine([_Term(a.layer_id, folded, w.mask)], shift, weights.shape[1])
        source = self._layer_of(a, where)
        self._check_rows(weights, self.net.layers[source].units, where)
        return _Affine([_Term(source, weights, w.mask)], None, weights.shape[1])

    def _check_rows(self, weights, units, where):
        if weights.shape[0] != units:
            raise ValueError(f"{where} has {weights.shape[0]} weight rows for {units} input values")

    # sums and scalings ------------------------------------------------------------------

    def _op_Add(self, node, args, attrs, where):
        a, b = args
        if isinstance(b, _Const) and isinstance(a, _Const):
            return _Const(a.value + b.value)
        if isinstance(a, _Const):
            a, b = b, a
        if isinstance(a, _Partial) and a.kind == "erf" and isinstance(b, _Const) and _is_scalar(b.value, 1.0):
            return _Partial("erf+1", a.affine, node=where)
        for x, y in ((a, b), (b, a)):  # ELU written out: relu(z) + α·(exp(min(z, 0)) − 1)
            if (isinstance(x, _Pending) and x.activation == "relu" and x.layer_id is None
                    and isinstance(y, _Partial) and y.kind == "expm1" and y.affine is x.affine):
                return _Pending(x.affine, {"name": "elu", "alpha": _tidy(y.factor)}, node.output[0])
        if isinstance(b, _Const):
            if isinstance(a, (_Act, _Pending)):
                a = self._as_affine(a, where)
            if not isinstance(a, _Affine):
                raise ValueError(f"{where} adds a constant to values that are not a layer's net input")
            return self._add_bias(a, b.value, where)
        return self._sum(self._as_affine(a, where), self._as_affine(b, where), where)

    def _op_Sub(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, _Const) and isinstance(b, _Const):
            return _Const(a.value - b.value)
        if isinstance(a, _Partial) and a.kind == "exp_min0" and isinstance(b, _Const) and _is_scalar(b.value, 1.0):
            return _Partial("expm1", a.affine, node=where)
        if isinstance(b, _Const):
            if isinstance(a, _Act):
                return _Scaled(a.layer_id, self._per_unit(b.value, a.layer_id, where), np.ones(self._units(a)))
            if isinstance(a, _Affine):
                return self._add_bias(a, -b.value, where)
            if isinstance(a, _Pending):
                return self._add_bias(self._as_affine(a, where), -b.value, where)
        if isinstance(a, _Const):
            return self._add_bias(self._as_affine(b, where).times(-1.0), a.value, where)
        return self._sum(self._as_affine(a, where), self._as_affine(b, where).times(-1.0), where)

    def _op_Div(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, _Const) and isinstance(b, _Const):
            return _Const(a.value / b.value)
        if not isinstance(b, _Const) or np.any(b.value == 0):
            raise ValueError(f"{where} divides by computed values or by zero; only division by constants is supported")
        return self._scale(a, 1.0 / b.value, where)

    def _op_Mul(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, _Const) and isinstance(b, _Const):
            return _mask_product(a, b)
        if isinstance(a, _Const):
            a, b = b, a
        if isinstance(b, _Const):
            if isinstance(a, _Partial) and a.kind == "gelu" and b.value.size == 1:
                return self._gelu_part(a.affine, a.factor * float(b.value.reshape(-1)[0]), node, where)
            if isinstance(a, _Partial) and a.kind == "expm1" and b.value.size == 1:
                return _Partial("expm1", a.affine, a.factor * float(b.value.reshape(-1)[0]), where)
            return self._scale(a, b.value, where)
        # two computed values: swish z·σ(βz) or the written-out GELU z·(1 + erf(z/√2))
        for x, y in ((a, b), (b, a)):
            if isinstance(x, _Affine) and isinstance(y, _Pending) and y.activation == "sigmoid" and y.layer_id is None:
                if y.affine.root is x.root and x.scale != 0:
                    beta = y.affine.scale / x.scale
                    return _Pending(x, {"name": "swish", "beta": _tidy(beta)}, node.output[0])
            if isinstance(x, _Affine) and isinstance(y, _Partial) and y.kind == "erf+1":
                # s·z·(1 + erf(z/√2)) = 2s·GELU(z) when erf's argument is z/√2 (z the unscaled net input)
                if y.affine.root is x.root and abs(y.affine.scale - 1 / math.sqrt(2)) < 1e-6:
                    return self._gelu_part(x.root, 2.0 * x.scale, node, where)
        raise ValueError(f"{where} multiplies two computed values in a way that is not a known activation")

    def _gelu_part(self, affine: _Affine, factor: float, node, where):
        """``factor`` × GELU(z): a layer once the factor is 1 (after the usual final × ½)."""
        if abs(factor - 1.0) < 1e-9:
            return _Pending(affine, "gelu", node.output[0])
        return _Partial("gelu", affine, factor, where)

    def _scale(self, a, c: np.ndarray, where: str):
        c = np.asarray(c, dtype=np.float64)
        if isinstance(a, _Act):
            c = self._per_unit(c, a.layer_id, where)
            return _Scaled(a.layer_id, np.zeros_like(c), 1.0 / c)
        if isinstance(a, _Scaled):
            return _Scaled(a.layer_id, a.offset, a.scale / self._per_unit(c, a.layer_id, where))
        if isinstance(a, _Pending):
            a = self._as_affine(a, where)
        if isinstance(a, _Affine):
            if c.size != 1:
                c = _vector(c, a.units, where)
            return a.times(c)
        raise ValueError(f"{where} scales values NetBuilder cannot place in a layer")

    def _add_bias(self, z: _Affine, c: np.ndarray, where: str) -> _Affine:
        c = _vector(c, z.units, where)
        bias = c.copy() if z.bias is None else z.bias + c
        return _Affine(list(z.terms), bias, z.units)

    def _sum(self, a: _Affine, b: _Affine, where: str) -> _Affine:
        if a.units != b.units:
            raise ValueError(f"{where} adds values of {a.units} and {b.units} neurons")
        terms: list[_Term] = list(a.terms)
        for t in b.terms:
            same = next((k for k, s in enumerate(terms) if s.source == t.source), None)
            if same is None:
                terms.append(t)
            else:
                s = terms[same]
                w = _effective(s) + _effective(t)
                mask = None if s.mask is None or t.mask is None else (s.mask | t.mask)
                terms[same] = _Term(t.source, w, mask)
        if a.bias is None and b.bias is None:
            bias = None
        else:
            bias = (0.0 if a.bias is None else a.bias) + (0.0 if b.bias is None else b.bias)
        return _Affine(terms, bias, a.units)

    # activations -------------------------------------------------------------------------

    def _activate(self, x, activation, node, where, alpha=None):
        if isinstance(x, _Act):
            x = self._as_affine(x, where)
        if isinstance(x, _Pending):
            x = self._as_affine(x, where)
        if not isinstance(x, _Affine):
            raise ValueError(f"{where} applies an activation to values that are not a layer's net input")
        return _Pending(x, activation, node.output[0], alpha)

    def _op_Relu(self, node, args, attrs, where):
        return self._activate(args[0], "relu", node, where)

    def _op_Sigmoid(self, node, args, attrs, where):
        return self._activate(args[0], "sigmoid", node, where)

    def _op_Tanh(self, node, args, attrs, where):
        return self._activate(args[0], "tanh", node, where)

    def _op_LeakyRelu(self, node, args, attrs, where):
        return self._activate(args[0], {"name": "leaky_relu", "alpha": _tidy(attrs.get("alpha", 0.01))}, node, where)

    def _op_Elu(self, node, args, attrs, where):
        return self._activate(args[0], {"name": "elu", "alpha": _tidy(attrs.get("alpha", 1.0))}, node, where)

    def _op_PRelu(self, node, args, attrs, where):
        slope = args[1]
        if not isinstance(slope, _Const):
            raise ValueError(f"{where} has computed slopes; PReLU slopes must be constants")
        return self._activate(args[0], "prelu", node, where, alpha=slope.value)

    def _op_Softmax(self, node, args, attrs, where):
        axis = attrs.get("axis", -1 if _opset(self.model) >= 13 else 1)
        if axis not in (-1, 1):
            raise ValueError(f"{where} works along axis {axis}; a layer's softmax runs over its neurons (axis -1)")
        return self._activate(args[0], "softmax", node, where)

    def _op_Gelu(self, node, args, attrs, where):
        if attrs.get("approximate", "none") not in ("none", b"none"):
            raise ValueError(f"{where} is the tanh approximation of GELU; NetBuilder's GELU is the exact one")
        return self._activate(args[0], "gelu", node, where)

    def _op_Erf(self, node, args, attrs, where):
        x = args[0]
        if not isinstance(x, _Affine):
            raise ValueError(f"{where}: erf is only understood as part of GELU, z·½(1 + erf(z/√2))")
        return _Partial("erf", x, node=where)

    def _op_Min(self, node, args, attrs, where):
        if len(args) == 2:
            x, c = args if isinstance(args[1], _Const) else args[::-1]
            if isinstance(x, _Affine) and isinstance(c, _Const) and _is_scalar(c.value, 0.0):
                return _Partial("min0", x, node=where)
        raise ValueError(f"{where}: a minimum is only understood as part of ELU, α·(exp(min(z, 0)) − 1)")

    def _op_Exp(self, node, args, attrs, where):
        x = args[0]
        if isinstance(x, _Partial) and x.kind == "min0":
            return _Partial("exp_min0", x.affine, node=where)
        raise ValueError(f"{where}: an exponential is only understood as part of ELU, α·(exp(min(z, 0)) − 1)")

    def _op_Greater(self, node, args, attrs, where):
        x, c = args
        if isinstance(x, (_Act, _Pending)):
            x = self._as_affine(x, where)
        if not isinstance(x, _Affine) or not isinstance(c, _Const) or not _is_scalar(c.value, 0.0):
            raise ValueError(f"{where}: a comparison is only understood as the step activation, z > 0")
        return _Partial("positive", x, node=where)

    # layers --------------------------------------------------------------------------------

    def _units(self, a: _Act) -> int:
        return self.net.layers[a.layer_id].units

    def _per_unit(self, c: np.ndarray, layer_id: str, where: str) -> np.ndarray:
        return _vector(c, self.net.layers[layer_id].units, where)

    def _layer_of(self, a, where: str) -> str:
        """The layer whose values ``a`` are, making the layer if ``a`` is still pending."""
        if isinstance(a, _Act):
            return a.layer_id
        if isinstance(a, _Pending):
            return self._materialize(a)
        if isinstance(a, _Affine):
            if id(a) not in self.linear_layers:
                pending = _Pending(a, "linear", self.affine_tensor.get(id(a), ""))
                self.linear_layers[id(a)] = (a, self._materialize(pending))
            return self.linear_layers[id(a)][1]
        if isinstance(a, _RawInput):
            raise ValueError(f"{where} uses the input of shape {'×'.join(map(str, a.shape))} before it is flattened")
        if isinstance(a, _Partial):
            raise ValueError(f"{where} uses an unfinished activation (from {a.node}) that NetBuilder does not know")
        raise ValueError(f"{where} multiplies constants by constants where a layer's values were expected")

    def _as_affine(self, a, where: str) -> _Affine:
        """Values as a net input: a layer's values pass through an identity-matrix connection (skip connections)."""
        if isinstance(a, _Affine):
            return a
        if isinstance(a, _Scaled):
            units = self.net.layers[a.layer_id].units
            return self._product(a, _Const(np.eye(units)), where, 1.0)
        source = self._layer_of(a, where)
        units = self.net.layers[source].units
        return _Affine([_Term(source, np.eye(units))], None, units)

    def _materialize(self, p: _Pending) -> str:
        if p.layer_id is not None:
            return p.layer_id
        z = p.affine
        meta = self.meta_layers.get(p.tensor, {})
        self.hidden_count += 1
        alpha = None
        if p.activation == "prelu":
            alpha = _vector(p.alpha, z.units, "the PReLU slopes")
        layer = Layer(
            z.units,
            p.activation,
            name=meta.get("name") or f"Hidden {self.hidden_count}",
            use_bias=z.bias is not None,
            bias=None if z.bias is None else z.bias,
            alpha=alpha,
            position=meta.get("position"),
        )
        layer_id = self.net.add_layer(layer).id
        for t in z.terms:
            self.net.connect(t.source, layer_id, t.weights, t.mask)
        p.layer_id = layer_id
        self.layer_tensor[layer_id] = p.tensor
        return layer_id

    def _finish(self, output: str) -> None:
        value = self.values[output]
        if isinstance(value, _Affine):
            self.affine_tensor.setdefault(id(value), output)
        where = f"the model's output '{output}'"
        if isinstance(value, (_Pending, _Affine)):
            lid = self._layer_of(value, where)
        elif isinstance(value, _Act) and value.layer_id != self.input_id:
            lid = value.layer_id
        else:
            raise ValueError(f"{where} is not computed by a layer NetBuilder can make")
        layer = self.net.layers[lid]
        meta_name = self.meta_layers.get(self.layer_tensor.get(lid, ""), {}).get("name")
        changes: dict[str, Any] = {"role": "output"}
        if not meta_name:
            changes["name"] = "Output"
        self.net.update_layer(lid, **changes)
        self._choose_loss(layer)
        problems = errors(validate(self.net))
        if problems:
            raise ValueError("the imported network has problems: " + " ".join(p.message for p in problems))
        _lay_out(self.net)

    def _choose_loss(self, output: Layer) -> None:
        """A loss that suits the output, so the imported network can be trained straight away."""
        if output.activation.name == "softmax" and output.units > 1:
            self.net.set_training(loss="categorical_crossentropy")
        elif output.activation.name == "sigmoid" and output.units == 1:
            self.net.set_training(loss="binary_crossentropy")


# -- helpers -------------------------------------------------------------------------------


def _node_name(node) -> str:
    return node.name or (node.output[0] if node.output else node.op_type)


def _attribute(a):
    from onnx import helper

    value = helper.get_attribute_value(a)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return [v for v in value]
    return value


def _opset(model) -> int:
    for op in model.opset_import:
        if op.domain in ("", "ai.onnx"):
            return op.version
    return 1


def _vector(c, units: int, where: str) -> np.ndarray:
    """A constant broadcast to one value per neuron (shapes (), (1,), (n,), (1, n))."""
    arr = np.asarray(c, dtype=np.float64)
    if arr.size == 1:
        return np.full(units, float(arr.reshape(-1)[0]))
    flat = arr.reshape(-1)
    if flat.size == units and (arr.ndim == 1 or (arr.ndim == 2 and arr.shape[0] == 1)):
        return flat.copy()
    raise ValueError(f"{where} uses a constant of shape {arr.shape} where one value per neuron ({units}) was expected")


def _is_scalar(value: np.ndarray, expected: float) -> bool:
    return value.size == 1 and float(value.reshape(-1)[0]) == expected


def _tidy(value) -> float:
    """An attribute stored as float32 (0.0099999998) back to the number that was meant (0.01)."""
    v = float(value)
    short = float(np.format_float_positional(np.float32(v), unique=True, trim="-"))
    return short if np.float32(short) == np.float32(v) else v


def _mask_product(a: _Const, b: _Const) -> _Const:
    """W * mask with a 0/1 mask stays a weight matrix that remembers its removed edges."""
    for w, m in ((a, b), (b, a)):
        binary = np.all((m.value == 0) | (m.value == 1))
        if m.value.shape == w.value.shape and m.value.ndim == 2 and binary and w.mask is None:
            return _Const(w.value, m.value.astype(bool))
    return _Const(a.value * b.value)


def _effective(t: _Term) -> np.ndarray:
    return t.weights if t.mask is None else t.weights * t.mask


def _read_json(text: str | None):
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _read_layer_meta(text: str | None) -> dict[str, dict[str, Any]]:
    """tensor name -> {name, position, image_shape} from a NetBuilder export; damaged entries are ignored."""
    found: dict[str, dict[str, Any]] = {}
    for entry in _read_json(text) or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("tensor"), str):
            continue
        clean: dict[str, Any] = {}
        if isinstance(entry.get("name"), str) and entry["name"].strip():
            clean["name"] = entry["name"].strip()
        pos = entry.get("position")
        numbers = isinstance(pos, list) and all(isinstance(v, (int, float)) and math.isfinite(v) for v in pos)
        if numbers and len(pos) == 2:
            clean["position"] = tuple(float(v) for v in pos)
        shape = entry.get("image_shape")
        if isinstance(shape, list) and all(isinstance(v, int) and v > 0 for v in shape):
            clean["image_shape"] = shape
        found[entry["tensor"]] = clean
    return found


def _height(units: int) -> float:
    if units <= NEURON_LIMIT:
        return units * NEURON_SPACING
    return max(80.0, min(320.0, 40.0 + 70.0 * math.log10(max(units, 1))))


def _lay_out(net: Network) -> None:
    """Left to right by depth, each column centred; layers that came with a position keep it."""
    depth = net.depths()
    columns: dict[int, list[str]] = {}
    for lid in net.layers:
        columns.setdefault(depth[lid], []).append(lid)
    positions = {}
    for d, ids in sorted(columns.items()):
        heights = [_height(net.layers[lid].units) for lid in ids]
        y = -(sum(heights) + ROW_GAP * (len(ids) - 1)) / 2
        for lid, h in zip(ids, heights):
            if net.layers[lid].position is None:
                positions[lid] = (d * COLUMN_GAP, y + h / 2)
            y += h + ROW_GAP
    if positions:
        net.set_positions(positions)
