"""Walking an ONNX graph into layers: each node's output gets a meaning, and layers appear as values are used.

Why pattern matching rather than running the graph: a network document
needs layers, weight matrices and named activations, so each ONNX tensor is
classified as what it means for a network (see :mod:`netbuilder.io.onnx_values`)
— a constant, the values of a layer, a layer's net input ``z`` (a sum of
``a @ W`` terms plus a bias), or an activation applied to such a ``z`` —
and a layer is made when a value is used as a layer's output (by a
``MatMul``/``Gemm``, or as the model's output).

The :class:`GraphWalker` only reads the graph; the layers themselves are
made by a *builder* (``netbuilder.io.onnx_import``'s), which it asks to
``start`` the network, ``create_input``, ``make_layer`` for an activation
whose values are used, tell a layer's ``units``, and ``finish`` with the
output layer.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..model.layer import MAX_UNITS
from .onnx_read import clean_name
from .onnx_activations import ActivationOps
from .onnx_images import IMAGE_OPS, SHAPE_OPS, ImageOps
from .onnx_values import (
    Act,
    Affine,
    Const,
    Dims,
    Image,
    Partial,
    Pending,
    RawInput,
    Scaled,
    Term,
    Window,
    effective,
    is_scalar,
    mask_product,
    scalar,
    vector,
)

#: The operators the importer understands.
SUPPORTED = frozenset({
    "Gemm", "MatMul", "Add", "Sub", "Mul", "Div",
    "Relu", "Sigmoid", "Tanh", "LeakyRelu", "Elu", "PRelu", "Softmax", "Gelu", "Erf",
    "Greater", "Min", "Exp", "Cast", "Identity", "Dropout", "Flatten", "Reshape", "Transpose", "Constant",
}) | IMAGE_OPS | SHAPE_OPS

_FLOAT_TYPES = {1: "float32", 11: "float64"}  # TensorProto.FLOAT, TensorProto.DOUBLE


def node_name(node) -> str:
    return clean_name(node.name or (node.output[0] if node.output else node.op_type))


def _attribute(a):
    from onnx import helper

    value = helper.get_attribute_value(a)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return [v for v in value]
    return value


class GraphWalker(ActivationOps, ImageOps):
    """Reads the nodes the model's output needs, in order, and has ``builder`` make the layers.

    ``raw_input``: the model starts with NetBuilder's input transform (its
    metadata says so), which the error message for unknown operators explains.
    """

    def __init__(self, model, builder, *, raw_input: bool = False):
        from onnx import numpy_helper

        self.model = model
        self.graph = model.graph
        self.builder = builder
        self.to_array = numpy_helper.to_array
        self.raw_input = raw_input
        self.values: dict[str, Any] = {}
        self.dtype = "float64"
        self.input_dims: tuple = ()
        self.input_tensor = ""
        #: the model's rank-4 input as the input layer's image, once a Conv or a Transpose said how to read it
        self.raw_image: Image | None = None
        #: tensor name -> the node that computes it
        self.producer: dict[str, Any] = {}
        self.affine_tensor: dict[int, str] = {}
        #: id(affine) -> (affine, layer id): a net input used as values becomes one linear layer, however often used
        self.linear_layers: dict[int, tuple[Affine, str]] = {}

    @property
    def input_id(self) -> str | None:
        return self.builder.input_id

    # -- set up ----------------------------------------------------------------------------

    def run(self) -> None:
        """Walk the graph; raises ``ValueError`` naming the node for anything that is not a known layer."""
        g = self.graph
        for init in g.initializer:
            self.values[init.name] = Const(self.to_array(init).astype(np.float64))
        inputs = [i for i in g.input if i.name not in self.values]
        if len(inputs) != 1:
            names = ", ".join(f"'{clean_name(i.name)}'" for i in inputs) or "none"
            raise ValueError(f"a network has one input, this model has {len(inputs)} ({names})")
        if len(g.output) != 1:
            names = ", ".join(f"'{clean_name(o.name)}'" for o in g.output)
            raise ValueError(f"a network has one output, this model has {len(g.output)} ({names})")
        needed = self._ancestors(g.output[0].name)
        self._check_operators(needed)
        self._make_input(inputs[0])
        for node in needed:
            self._evaluate(node)
        self._finish(g.output[0].name)

    def _ancestors(self, output: str) -> list:
        producer = self.producer
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
        shapes = self._shape_tensors(nodes)
        for node in nodes:
            on_data = node.op_type in SHAPE_OPS - {"Shape"} and not all(i in shapes for i in node.input if i)
            if node.domain not in ("", "ai.onnx") or node.op_type not in SUPPORTED or on_data:
                op = node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"
                bad.append(f"{op} (node '{node_name(node)}')")
        if bad:
            raise ValueError(
                "this model uses operators NetBuilder cannot import: " + ", ".join(bad[:12])
                + (f" and {len(bad) - 12} more" if len(bad) > 12 else "")
                + ". NetBuilder imports multilayer perceptrons and convolutional networks: Gemm or MatMul+Add, Conv, "
                "MaxPool, AveragePool, Flatten or Reshape, with the activations Relu, Sigmoid, Tanh, LeakyRelu, Elu, "
                "PRelu, Softmax, GELU, swish and step"
                + (" (this model starts with NetBuilder's input features: export the network again without its "
                   "input transform, netbuilder export --no-input-transform, to import it)" if self.raw_input else "")
            )

    def _make_input(self, value_info) -> None:
        t = value_info.type.tensor_type
        dtype = _FLOAT_TYPES.get(t.elem_type)
        if dtype is None:
            raise ValueError(f"the model's input '{clean_name(value_info.name)}' is not float32 or float64 numbers")
        dims = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
        if len(dims) < 2 or any(d is None or d < 1 for d in dims[1:]):
            shape = "×".join("?" if d is None else str(d) for d in dims) or "unknown"
            raise ValueError(f"the model's input '{clean_name(value_info.name)}' must have a batch axis and fixed "
                             f"sizes (such as batch × 784), it has shape {shape}")
        values = math.prod(dims[1:])
        if values > MAX_UNITS:
            raise ValueError(f"the model's input '{clean_name(value_info.name)}' has {values:,} values per sample "
                             f"({'×'.join(map(str, dims[1:]))}), more than the {MAX_UNITS:,} a layer may have")
        self.dtype = dtype
        self.builder.start(dtype, self.graph.doc_string or "")
        self.input_dims = tuple(dims[1:])
        if len(self.input_dims) == 1:
            self.builder.create_input(self.input_dims[0], None, value_info.name)
            self.values[value_info.name] = Act(self.input_id)
        else:
            self.values[value_info.name] = RawInput(self.input_dims)
            self.input_tensor = value_info.name

    # -- one node --------------------------------------------------------------------------

    def _evaluate(self, node) -> None:
        op = node.op_type
        where = f"{op} node '{node_name(node)}'"
        args = [self.values.get(i) if i else None for i in node.input]
        if self.raw_image is not None:  # the rank-4 input has become the input layer's image
            args = [self.raw_image if isinstance(a, RawInput) else a for a in args]
        for i, a in zip(node.input, args):
            if i and a is None:
                raise ValueError(f"{where} reads '{clean_name(i)}', which nothing in the model computes")
        attrs = {a.name: _attribute(a) for a in node.attribute}
        handler = getattr(self, f"_op_{op}")
        result = handler(node, args, attrs, where)
        self.values[node.output[0]] = result

    def _op_Constant(self, node, args, attrs, where):
        if "value" in attrs:
            return Const(self.to_array(attrs["value"]).astype(np.float64))
        for key in ("value_float", "value_floats", "value_int", "value_ints"):
            if key in attrs:
                return Const(np.asarray(attrs[key], dtype=np.float64))
        raise ValueError(f"{where} holds a kind of constant NetBuilder cannot read")

    def _op_Identity(self, node, args, attrs, where):
        if isinstance(args[0], Affine):  # a linear layer's values, named (NetBuilder writes Identity for them)
            self.affine_tensor.setdefault(id(args[0]), node.output[0])
        return args[0]

    _op_Dropout = _op_Identity

    def _op_Cast(self, node, args, attrs, where):
        x = args[0]
        if isinstance(x, Partial) and x.kind == "positive":
            return Pending(x.affine, "step", node.output[0])
        if isinstance(x, Dims):
            return x
        if isinstance(x, Image):
            self.builder.name_from(x.layer_id, node.output[0])
        if isinstance(x, Const):
            return Const(x.value.astype(np.float64), x.mask)
        if attrs.get("to") not in _FLOAT_TYPES:
            raise ValueError(f"{where} turns values into something other than float numbers")
        return x

    def _op_Transpose(self, node, args, attrs, where):
        x = args[0]
        image = self._transpose_image(x, list(attrs.get("perm", [])), where)
        if image is not None:
            return image
        if not isinstance(x, Const) or x.value.ndim != 2 or attrs.get("perm", [1, 0]) != [1, 0]:
            raise ValueError(f"{where} transposes computed values; only weight matrices may be transposed")
        return Const(x.value.T, None if x.mask is None else x.mask.T)

    def _op_Flatten(self, node, args, attrs, where):
        x = args[0]
        if self._is_image(x) and not isinstance(x, RawInput):
            if attrs.get("axis", 1) != 1:
                raise ValueError(f"{where} flattens from axis {attrs['axis']}; a Flatten layer keeps the batch axis "
                                 "(axis 1)")
            return self._flatten_image(x, where, node.output[0])
        return self._flatten(x, where, attrs.get("axis", 1) == 1)

    def _op_Reshape(self, node, args, attrs, where):
        x, shape = args[0], args[1]
        if isinstance(shape, Dims):
            if None in shape.items[1:]:
                raise ValueError(f"{where} reshapes with the batch size in the wrong place")
            dims = [-1 if d is None else int(d) for d in shape.items]
        elif isinstance(shape, Const) and shape.value.size <= 16:
            dims = [int(d) for d in shape.value.reshape(-1)]
        else:
            raise ValueError(f"{where} reshapes to a computed shape; only a fixed reshape of the input is supported")
        image = self._reshape_image(x, dims, where, node.output[0])
        if image is not None:
            return image
        n = math.prod(self.input_dims) if isinstance(x, RawInput) else None
        ok = len(dims) == 2 and dims[0] in (-1, 0) and (dims[1] == -1 or n is None or dims[1] == n)
        if isinstance(x, Act) and x.layer_id == self.input_id:
            ok = ok and dims[1] in (-1, self._units_of(self.input_id))
        return self._flatten(x, where, ok)

    def _flatten(self, x, where, ok: bool):
        if isinstance(x, Act) and x.layer_id == self.input_id and ok:
            return x
        if isinstance(x, RawInput) and ok:
            if self.input_id is None:
                self.builder.create_input(math.prod(x.shape), x.shape, self.input_tensor)
            return Act(self.input_id)
        raise ValueError(f"{where}: only flattening the model's input into one row per sample is supported")

    # products ---------------------------------------------------------------------------

    def _op_MatMul(self, node, args, attrs, where):
        a, w = args
        if not isinstance(w, Const):
            raise ValueError(f"{where} multiplies two computed values; a layer multiplies values by constant weights")
        return self._product(a, w, where, 1.0)

    def _op_Gemm(self, node, args, attrs, where):
        a, w = args[0], args[1]
        c = args[2] if len(args) > 2 else None
        if attrs.get("transA", 0):
            raise ValueError(f"{where} transposes its input (transA=1); a layer takes one row per sample")
        if not isinstance(w, Const) or (c is not None and not isinstance(c, Const)):
            raise ValueError(f"{where} needs constant weights and bias")
        if attrs.get("transB", 0):
            w = Const(w.value.T, None if w.mask is None else w.mask.T)
        z = self._product(a, w, where, float(attrs.get("alpha", 1.0)))
        if c is not None:
            z = self._add_bias(z, c.value * float(attrs.get("beta", 1.0)), where)
        return z

    def _product(self, a, w: Const, where: str, alpha: float) -> Affine:
        if w.value.ndim != 2:
            raise ValueError(f"{where} has weights of shape {w.value.shape}; a layer's weights are a matrix")
        if self._is_image(a):
            raise ValueError(f"{where} multiplies an image by a weight matrix; a Dense layer reads it flattened "
                             "(Flatten first)")
        weights = w.value * alpha
        if isinstance(a, Act) and a.order is not None:  # flattened channels first: rows in NetBuilder's order
            self._check_rows(weights, self._units(a), where)
            mask = None
            if w.mask is not None:
                mask = np.empty_like(w.mask)
                mask[a.order] = w.mask
            reordered = np.empty_like(weights)
            reordered[a.order] = weights
            return Affine([Term(a.layer_id, reordered, mask)], None, weights.shape[1])
        if isinstance(a, Scaled):
            units = self._units_of(a.layer_id)
            self._check_rows(weights, units, where)
            folded = weights / a.scale.reshape(-1, 1)
            shift = -(a.offset / a.scale) @ (weights if w.mask is None else weights * w.mask)
            return Affine([Term(a.layer_id, folded, w.mask)], shift, weights.shape[1])
        source = self._layer_of(a, where)
        self._check_rows(weights, self._units_of(source), where)
        return Affine([Term(source, weights, w.mask)], None, weights.shape[1])

    def _check_rows(self, weights, units, where):
        if weights.shape[0] != units:
            raise ValueError(f"{where} has {weights.shape[0]} weight rows for {units} input values")

    # sums and scalings ------------------------------------------------------------------

    def _op_Add(self, node, args, attrs, where):
        a, b = args
        if isinstance(b, Const) and isinstance(a, Const):
            return Const(a.value + b.value)
        if isinstance(a, Const):
            a, b = b, a
        if isinstance(a, Partial) and a.kind == "erf" and isinstance(b, Const) and is_scalar(b.value, 1.0):
            return Partial("erf+1", a.affine, node=where)
        for x, y in ((a, b), (b, a)):
            if (isinstance(x, Pending) and x.activation == "relu" and x.layer_id is None
                    and isinstance(y, Partial) and y.affine is x.affine):
                if y.kind == "expm1":  # ELU written out: relu(z) + α·(exp(min(z, 0)) − 1)
                    return Pending(x.affine, {"name": "elu", "alpha": self._number(y.factor)}, node.output[0])
                if y.kind == "min0":  # leaky ReLU written out: relu(z) + α·min(z, 0)
                    return Pending(x.affine, {"name": "leaky_relu", "alpha": self._number(y.factor)}, node.output[0])
        if isinstance(b, Const):
            if isinstance(a, (Act, Pending, Image)):
                a = self._as_affine(a, where)
            if not isinstance(a, Affine):
                raise ValueError(f"{where} adds a constant to values that are not a layer's net input")
            return self._add_bias(a, b.value, where)
        return self._sum(self._as_affine(a, where), self._as_affine(b, where), where)

    def _op_Sub(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, Const) and isinstance(b, Const):
            return Const(a.value - b.value)
        if isinstance(a, Partial) and a.kind == "exp_min0" and isinstance(b, Const) and is_scalar(b.value, 1.0):
            return Partial("expm1", a.affine, node=where)
        if isinstance(b, Const):
            if isinstance(a, (Act, Image)) and not self._plain(a):
                a = self._as_affine(a, where)
            if isinstance(a, Act):
                return Scaled(a.layer_id, self._per_unit(b.value, a.layer_id, where), np.ones(self._units(a)))
            if isinstance(a, Affine):
                return self._add_bias(a, -b.value, where)
            if isinstance(a, Pending):
                return self._add_bias(self._as_affine(a, where), -b.value, where)
        if isinstance(a, Const):
            return self._add_bias(self._as_affine(b, where).times(-1.0), a.value, where)
        return self._sum(self._as_affine(a, where), self._as_affine(b, where).times(-1.0), where)

    def _op_Div(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, Const) and isinstance(b, Const):
            return Const(a.value / b.value)
        if not isinstance(b, Const) or np.any(b.value == 0):
            raise ValueError(f"{where} divides by computed values or by zero; only division by constants is supported")
        return self._scale(a, 1.0 / b.value, where)

    def _op_Mul(self, node, args, attrs, where):
        a, b = args
        if isinstance(a, Const) and isinstance(b, Const):
            return mask_product(a, b)
        if isinstance(a, Const):
            a, b = b, a
        if isinstance(b, Const):
            if isinstance(a, Partial) and a.kind == "gelu" and b.value.size == 1:
                return self._gelu_part(a.affine, a.factor * scalar(b.value), node, where)
            if isinstance(a, Partial) and a.kind in ("expm1", "min0") and b.value.size == 1:
                return Partial(a.kind, a.affine, a.factor * scalar(b.value), where)
            return self._scale(a, b.value, where)
        # two computed values: swish z·σ(βz) or the written-out GELU z·(1 + erf(z/√2))
        for x, y in ((a, b), (b, a)):
            if isinstance(x, Affine) and isinstance(y, Pending) and y.activation == "sigmoid" and y.layer_id is None:
                if y.affine.root is x.root and x.scale != 0:
                    beta = y.affine.scale / x.scale
                    return Pending(x, {"name": "swish", "beta": self._number(beta)}, node.output[0])
            if isinstance(x, Affine) and isinstance(y, Partial) and y.kind == "erf+1":
                # s·z·(1 + erf(z/√2)) = 2s·GELU(z) when erf's argument is z/√2 (z the unscaled net input)
                if y.affine.root is x.root and abs(y.affine.scale - 1 / math.sqrt(2)) < 1e-6:
                    return self._gelu_part(x.root, 2.0 * x.scale, node, where)
        raise ValueError(f"{where} multiplies two computed values in a way that is not a known activation")

    def _scale(self, a, c: np.ndarray, where: str):
        c = np.asarray(c, dtype=np.float64)
        if isinstance(a, (Act, Image)) and not self._plain(a):
            a = self._as_affine(a, where)
        if isinstance(a, Act):
            c = self._per_unit(c, a.layer_id, where)
            return Scaled(a.layer_id, np.zeros_like(c), 1.0 / c)
        if isinstance(a, Scaled):
            return Scaled(a.layer_id, a.offset, a.scale / self._per_unit(c, a.layer_id, where))
        if isinstance(a, Pending):
            a = self._as_affine(a, where)
        if isinstance(a, Affine):
            if c.size != 1:
                c = vector(c, a.units, where, a.window is not None)
            return a.times(c)
        raise ValueError(f"{where} scales values NetBuilder cannot place in a layer")

    def _add_bias(self, z: Affine, c: np.ndarray, where: str) -> Affine:
        c = vector(c, z.units, where, z.window is not None)
        bias = c.copy() if z.bias is None else z.bias + c
        return Affine(list(z.terms), bias, z.units, window=z.window)

    def _sum(self, a: Affine, b: Affine, where: str) -> Affine:
        if a.units != b.units:
            raise ValueError(f"{where} adds values of {a.units} and {b.units} neurons")
        if a.window != b.window:
            if a.window is None or b.window is None:
                raise ValueError(f"{where} adds an image and values of one row per sample")
            raise ValueError(f"{where} adds convolutions with different windows ({a.window.kernel} stride "
                             f"{a.window.strides} {a.window.padding}, {b.window.kernel} stride {b.window.strides} "
                             f"{b.window.padding}); the convolutions summed into one layer share their window")
        terms: list[Term] = list(a.terms)
        for t in b.terms:
            same = next((k for k, s in enumerate(terms) if s.source == t.source), None)
            if same is None:
                terms.append(t)
            else:
                s = terms[same]
                w = effective(s) + effective(t)
                mask = None if s.mask is None or t.mask is None else (s.mask | t.mask)
                terms[same] = Term(t.source, w, mask)
        if a.bias is None and b.bias is None:
            bias = None
        else:
            bias = (0.0 if a.bias is None else a.bias) + (0.0 if b.bias is None else b.bias)
        return Affine(terms, bias, a.units, window=a.window)

    # layers --------------------------------------------------------------------------------

    def _units_of(self, layer_id: str) -> int:
        return self.builder.units(layer_id)

    def _units(self, a: Act) -> int:
        return self._units_of(a.layer_id)

    def _per_unit(self, c: np.ndarray, layer_id: str, where: str) -> np.ndarray:
        return vector(c, self._units_of(layer_id), where)

    def _plain(self, a) -> bool:
        """A layer's values as the layer holds them (not reordered, not an image)."""
        return isinstance(a, Act) and a.order is None

    def _layer_of(self, a, where: str) -> str:
        """The layer whose values ``a`` are, making the layer if ``a`` is still pending."""
        if isinstance(a, Image):
            return self._image_of(a, where)
        if isinstance(a, Act) and a.order is not None:
            return self._layer_of(self._as_affine(a, where), where)
        if isinstance(a, Act):
            return a.layer_id
        if isinstance(a, Pending):
            return self._materialize(a)
        if isinstance(a, Affine):
            if id(a) not in self.linear_layers:
                pending = Pending(a, "linear", self.affine_tensor.get(id(a), ""))
                self.linear_layers[id(a)] = (a, self._materialize(pending))
            return self.linear_layers[id(a)][1]
        if isinstance(a, RawInput):
            raise ValueError(f"{where} uses the input of shape {'×'.join(map(str, a.shape))} before it is flattened")
        if isinstance(a, Partial):
            raise ValueError(f"{where} uses an unfinished activation (from {a.node}) that NetBuilder does not know")
        raise ValueError(f"{where} multiplies constants by constants where a layer's values were expected")

    def _as_affine(self, a, where: str) -> Affine:
        """Values as a net input: a layer's values pass through an identity-matrix connection (skip connections),
        an image through a 1×1 convolution with an identity kernel, reordered values through a permutation."""
        if isinstance(a, Affine):
            return a
        if self._is_image(a):
            source = self._image_of(a, where)
            channels = self._shape_of(source)[2]
            kernel = np.eye(channels).reshape(1, 1, channels, channels)
            return Affine([Term(source, kernel)], None, channels, window=Window((1, 1), (1, 1), "valid"))
        if isinstance(a, Act) and a.order is not None:
            units = self._units(a)
            weights = np.zeros((units, units))
            weights[a.order, np.arange(units)] = 1.0
            return Affine([Term(a.layer_id, weights)], None, units)
        if isinstance(a, Scaled):
            units = self._units_of(a.layer_id)
            return self._product(a, Const(np.eye(units)), where, 1.0)
        source = self._layer_of(a, where)
        units = self._units_of(source)
        return Affine([Term(source, np.eye(units))], None, units)

    def _materialize(self, p: Pending) -> str:
        if p.layer_id is None:
            image = p.affine.window is not None
            alpha = None if p.activation != "prelu" else vector(p.alpha, p.affine.units, "the PReLU slopes", image)
            p.layer_id = self.builder.make_layer(p.affine, p.activation, p.tensor, alpha)
        return p.layer_id

    def _finish(self, output: str) -> None:
        value = self.values[output]
        if isinstance(value, Affine):
            self.affine_tensor.setdefault(id(value), output)
        where = f"the model's output '{clean_name(output)}'"
        if self._is_image(value):
            node = self.producer.get(output)
            by = f", computed by {node.op_type} (node '{node_name(node)}')" if node is not None else ""
            raise ValueError(f"{where} is an image{by}: a network ends with a Dense layer (Flatten, then Gemm or "
                             "MatMul)")
        if isinstance(value, (Pending, Affine)):
            lid = self._layer_of(value, where)
        elif isinstance(value, Act) and value.layer_id != self.input_id:
            lid = value.layer_id
        else:
            raise ValueError(f"{where} is not computed by a layer NetBuilder can make")
        self.builder.finish(lid)
