"""The importer's handlers for activations, including the forms written out with several nodes.

A mixin of :class:`netbuilder.io.onnx_graph.GraphWalker`. An activation
applied to a net input becomes a :class:`~netbuilder.io.onnx_values.Pending`
layer; the pieces of GELU, ELU, leaky ReLU and step written out with
several operators (``Erf``, ``Min``, ``Exp``, ``Greater``) are
:class:`~netbuilder.io.onnx_values.Partial` until the last node completes
them (``Add``, ``Mul`` and ``Cast`` finish them in the walker itself).
"""

from __future__ import annotations

from .onnx_values import Act, Affine, Const, Image, Partial, Pending, RawInput, is_scalar, tidy


def opset(model) -> int:
    for op in model.opset_import:
        if op.domain in ("", "ai.onnx"):
            return op.version
    return 1


class ActivationOps:
    """Relu, Sigmoid, Tanh, LeakyRelu, Elu, PRelu, Softmax, Gelu and the pieces of the written-out forms."""

    def _activate(self, x, activation, node, where, alpha=None):
        if isinstance(x, (Act, Image, RawInput)):
            x = self._as_affine(x, where)
        if isinstance(x, Pending):
            x = self._as_affine(x, where)
        if not isinstance(x, Affine):
            raise ValueError(f"{where} applies an activation to values that are not a layer's net input")
        return Pending(x, activation, node.output[0], alpha)

    def _op_Relu(self, node, args, attrs, where):
        return self._activate(args[0], "relu", node, where)

    def _op_Sigmoid(self, node, args, attrs, where):
        return self._activate(args[0], "sigmoid", node, where)

    def _op_Tanh(self, node, args, attrs, where):
        return self._activate(args[0], "tanh", node, where)

    def _op_LeakyRelu(self, node, args, attrs, where):
        return self._activate(args[0], {"name": "leaky_relu", "alpha": tidy(attrs.get("alpha", 0.01))}, node, where)

    def _op_Elu(self, node, args, attrs, where):
        return self._activate(args[0], {"name": "elu", "alpha": tidy(attrs.get("alpha", 1.0))}, node, where)

    def _op_PRelu(self, node, args, attrs, where):
        slope = args[1]
        if not isinstance(slope, Const):
            raise ValueError(f"{where} has computed slopes; PReLU slopes must be constants")
        return self._activate(args[0], "prelu", node, where, alpha=slope.value)

    def _op_Softmax(self, node, args, attrs, where):
        axis = attrs.get("axis", -1 if opset(self.model) >= 13 else 1)
        if self._is_image(args[0]):
            if axis not in (1, -3) or opset(self.model) < 13:
                raise ValueError(f"{where} works along axis {axis} of an image; a convolution layer's softmax runs "
                                 "over its channels (axis 1, opset 13 or later)")
            return self._activate(args[0], "softmax", node, where)
        if axis not in (-1, 1):
            raise ValueError(f"{where} works along axis {axis}; a layer's softmax runs over its neurons (axis -1)")
        return self._activate(args[0], "softmax", node, where)

    def _op_Gelu(self, node, args, attrs, where):
        if attrs.get("approximate", "none") not in ("none", b"none"):
            raise ValueError(f"{where} is the tanh approximation of GELU; NetBuilder's GELU is the exact one")
        return self._activate(args[0], "gelu", node, where)

    def _op_Erf(self, node, args, attrs, where):
        x = args[0]
        if not isinstance(x, Affine):
            raise ValueError(f"{where}: erf is only understood as part of GELU, z·½(1 + erf(z/√2))")
        return Partial("erf", x, node=where)

    def _op_Min(self, node, args, attrs, where):
        if len(args) == 2:
            x, c = args if isinstance(args[1], Const) else args[::-1]
            if isinstance(x, Affine) and isinstance(c, Const) and is_scalar(c.value, 0.0):
                return Partial("min0", x, node=where)
        raise ValueError(f"{where}: a minimum is only understood as part of ELU, α·(exp(min(z, 0)) − 1), "
                         "or of leaky ReLU, relu(z) + α·min(z, 0)")

    def _op_Exp(self, node, args, attrs, where):
        x = args[0]
        if isinstance(x, Partial) and x.kind == "min0" and x.factor == 1.0:
            return Partial("exp_min0", x.affine, node=where)
        raise ValueError(f"{where}: an exponential is only understood as part of ELU, α·(exp(min(z, 0)) − 1)")

    def _op_Greater(self, node, args, attrs, where):
        x, c = args
        if isinstance(x, (Act, Pending)):
            x = self._as_affine(x, where)
        if not isinstance(x, Affine) or not isinstance(c, Const) or not is_scalar(c.value, 0.0):
            raise ValueError(f"{where}: a comparison is only understood as the step activation, z > 0")
        return Partial("positive", x, node=where)

    def _number(self, value: float) -> float:
        """A parameter (α, β) computed from constant tensors: a float32 model's is tidied back to the number
        that was meant (0.0099999998 → 0.01), a float64 model's is kept exactly."""
        return tidy(value) if self.dtype == "float32" else float(value)

    def _gelu_part(self, affine: Affine, factor: float, node, where):
        """``factor`` × GELU(z): a layer once the factor is 1 (after the usual final × ½)."""
        if abs(factor - 1.0) < 1e-9:
            return Pending(affine, "gelu", node.output[0])
        return Partial("gelu", affine, factor, where)
