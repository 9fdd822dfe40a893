"""A network turned into a fast forward/backward program over one flat parameter vector.

Compiling reads the document once: the layers in topological order, and a
layout that puts every weight matrix, bias vector and PReLU slope vector
into one contiguous array (weights first, so the L1/L2 penalties act on one
slice). The engine then trains on that private copy; the document changes
only when :meth:`CompiledNetwork.parameters` is applied back to it.

Forward: z = Σ a_src @ (W ⊙ mask) + b, a = f(z), in topological order.
Backward, in reverse order: δ = dL/da ⊙ f'(z); dW = a_srcᵀ·δ (masked);
db = Σ δ; dL/da_src += δ·Wᵀ over every consumer of a layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model.network import Network
from ..model.parameters import Parameters
from ..model.validation import errors, validate
from . import activations, losses


class NotTrainableError(ValueError):
    """The network has problems that stop it from computing; ``problems`` lists them."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("the network cannot be computed: " + " ".join(p.message for p in problems))


@dataclass
class _Inbound:
    source: int  # index of the source layer in the topological order
    weights: np.ndarray  # view into the flat parameter vector
    grad: np.ndarray  # view into the flat gradient vector
    mask: np.ndarray | None
    connection_id: str


@dataclass
class _Step:
    index: int
    layer_id: str
    activation: activations.Activation
    inbound: list[_Inbound]
    bias: np.ndarray | None
    bias_grad: np.ndarray | None
    alpha: np.ndarray | None
    alpha_grad: np.ndarray | None
    dropout: float
    consumers: list[tuple[int, int]] = field(default_factory=list)  # (step position, inbound position)


@dataclass
class ForwardCache:
    """Everything the backward pass needs from one forward pass."""

    z: list[np.ndarray | None]  # net input per layer (None for the input layer)
    a: list[np.ndarray]  # output per layer, after dropout
    a_pre: list[np.ndarray]  # output per layer before dropout (= a without dropout)
    dropout_masks: list[np.ndarray | None]

    @property
    def output(self) -> np.ndarray:
        return self.a[-1]


class CompiledNetwork:
    """The network's computation, ready to run many times."""

    def __init__(self, net: Network, dtype: str | None = None) -> None:
        problems = errors(validate(net))
        if problems:
            raise NotTrainableError(problems)
        self.network_name = net.name
        self.dtype = np.dtype(dtype or net.dtype)
        self.order: list[str] = net.topological_order()
        position = {lid: i for i, lid in enumerate(self.order)}
        self.input_id, self.output_id = net.input_layer.id, net.output_layer.id
        if position[self.input_id] != 0 or position[self.output_id] != len(self.order) - 1:
            # validation guarantees the input is the only source and the output the only sink
            raise NotTrainableError(errors(validate(net)))
        self.layer_units = {lid: net.layers[lid].units for lid in self.order}
        self.loss = losses.get(net.training.loss)

        conns = list(net.connections.values())
        weight_size = sum(c.weights.size for c in conns)
        layers = [net.layers[lid] for lid in self.order[1:]]
        bias_size = sum(layer.units for layer in layers if layer.use_bias)
        alpha_size = sum(layer.units for layer in layers if layer.alpha is not None)
        self.size = weight_size + bias_size + alpha_size
        self.weight_size = weight_size
        self.flat = np.zeros(self.size, dtype=self.dtype)
        self.grad = np.zeros(self.size, dtype=self.dtype)
        offset = 0

        def take(shape, source=None):
            nonlocal offset
            n = int(np.prod(shape))
            view = self.flat[offset : offset + n].reshape(shape)
            gview = self.grad[offset : offset + n].reshape(shape)
            if source is not None:
                view[...] = source
            offset += n
            return view, gview

        self._weights: dict[str, np.ndarray] = {}
        inbound: dict[str, list[_Inbound]] = {lid: [] for lid in self.order}
        masks = []
        for c in conns:
            w, gw = take(c.shape, c.weights)
            mask = None if c.mask is None else c.mask.astype(self.dtype)
            masks.append(np.ones(c.weights.size, self.dtype) if mask is None else mask.ravel())
            self._weights[c.id] = w
            inbound[c.target].append(_Inbound(position[c.source], w, gw, mask, c.id))
        self.weight_mask = np.concatenate(masks) if any(c.mask is not None for c in conns) else None

        self._biases: dict[str, np.ndarray] = {}
        self._alphas: dict[str, np.ndarray] = {}
        self.steps: list[_Step] = []
        for layer in layers:
            b = gb = a = ga = None
            if layer.use_bias:
                b, gb = take((layer.units,), layer.bias)
                self._biases[layer.id] = b
            act = activations.get(layer.activation)
            if layer.alpha is not None:
                a, ga = take((layer.units,), layer.alpha)
                act.alpha = a
                self._alphas[layer.id] = a
            self.steps.append(
                _Step(position[layer.id], layer.id, act, inbound[layer.id], b, gb, a, ga, layer.dropout)
            )
        self.input_dropout = net.layers[self.input_id].dropout
        self.output_activation = self.steps[-1].activation
        self.fused = losses.is_fused(self.loss, self.output_activation)

    # -- running ---------------------------------------------------------------------------

    @property
    def n_inputs(self) -> int:
        return self.layer_units[self.input_id]

    @property
    def n_outputs(self) -> int:
        return self.layer_units[self.output_id]

    def forward(self, x: np.ndarray, *, training: bool = False, rng: np.random.Generator | None = None) -> ForwardCache:
        n = len(self.order)
        z: list = [None] * n
        a: list = [None] * n
        a_pre: list = [None] * n
        drop: list = [None] * n
        x = np.asarray(x, dtype=self.dtype)
        a_pre[0] = x
        a[0] = self._dropout(x, self.input_dropout, 0, drop, rng) if training else x
        for st in self.steps:
            total = None
            for inc in st.inbound:
                w = inc.weights if inc.mask is None else inc.weights * inc.mask
                if total is None:
                    total = a[inc.source] @ w
                else:
                    total += a[inc.source] @ w
            if st.bias is not None:
                total += st.bias
            out = st.activation.forward(total)
            z[st.index], a_pre[st.index] = total, out
            a[st.index] = self._dropout(out, st.dropout, st.index, drop, rng) if training else out
        return ForwardCache(z, a, a_pre, drop)

    def _dropout(self, values, rate, index, store, rng):
        """Inverted dropout: zero a share ``rate`` of the values and scale the rest by 1/(1 − rate)."""
        if rate <= 0.0:
            return values
        if rng is None:
            raise ValueError("dropout while training needs a random generator")
        keep = (rng.random(values.shape) >= rate).astype(self.dtype)
        keep *= 1.0 / (1.0 - rate)
        store[index] = keep
        return values * keep

    def predict(self, x: np.ndarray, batch_size: int = 4096) -> np.ndarray:
        """Outputs for many samples, in chunks so memory stays bounded."""
        x = np.asarray(x, dtype=self.dtype)
        if len(x) <= batch_size:
            return self.forward(x).output
        return np.concatenate([self.forward(x[i : i + batch_size]).output for i in range(0, len(x), batch_size)])

    def loss_value(self, cache: ForwardCache, y: np.ndarray) -> float:
        """The data loss of a forward pass (without penalties), stable for fused pairs."""
        out = self.steps[-1].index
        if self.fused:
            if self.loss.name == "categorical_crossentropy":
                return float(losses.CategoricalCrossentropy.from_logits(cache.z[out], y).mean())
            return float(losses.BinaryCrossentropy.from_logits(cache.z[out], y).mean())
        return self.loss.value(cache.a[out], y)

    def backward(self, cache: ForwardCache, y: np.ndarray) -> float:
        """Fill :attr:`grad` with dL/dθ for the batch; returns the batch's data loss."""
        out = self.steps[-1]
        value, delta = losses.output_delta(self.loss, out.activation, cache.z[out.index], cache.a_pre[out.index], y)
        upstream: list[np.ndarray | None] = [None] * len(self.order)
        for st in reversed(self.steps):
            if st is not out:
                g = upstream[st.index]
                if cache.dropout_masks[st.index] is not None:
                    g = g * cache.dropout_masks[st.index]
                z = cache.z[st.index]
                delta = st.activation.backward(g, z, cache.a_pre[st.index])
                if st.alpha_grad is not None:
                    st.alpha_grad[...] = st.activation.alpha_gradient(g, z)
            elif st.alpha_grad is not None:
                # the output's dL/da is only needed for PReLU's slope at the output
                st.alpha_grad[...] = out.activation.alpha_gradient(
                    self.loss.gradient(cache.a_pre[out.index], y), cache.z[out.index]
                )
            for inc in st.inbound:
                np.matmul(cache.a[inc.source].T, delta, out=inc.grad)
                if inc.mask is not None:
                    inc.grad *= inc.mask
                if inc.source != 0:
                    w = inc.weights if inc.mask is None else inc.weights * inc.mask
                    back = delta @ w.T
                    prev = upstream[inc.source]
                    upstream[inc.source] = back if prev is None else prev + back
            if st.bias_grad is not None:
                np.add.reduce(delta, axis=0, out=st.bias_grad)  # np.sum adds dispatch overhead per call
        return value

    def penalty(self, l1: float, l2: float) -> float:
        """l1·Σ|w| + l2·Σw² over the weights that are present; also adds its gradient to :attr:`grad`."""
        if l1 == 0.0 and l2 == 0.0:
            return 0.0
        w = self.flat[: self.weight_size]
        g = self.grad[: self.weight_size]
        if self.weight_mask is not None:
            w = w * self.weight_mask
        value = 0.0
        if l1:
            value += l1 * float(np.abs(w).sum())
            g += l1 * np.sign(w)
        if l2:
            value += l2 * float(np.dot(w, w))
            g += (2.0 * l2) * w
        return value

    # -- parameters ------------------------------------------------------------------------

    def parameters(self) -> Parameters:
        """The current values as a document-shaped snapshot (float64 copies)."""
        return Parameters(
            {cid: w.astype(np.float64) for cid, w in self._weights.items()},
            {lid: b.astype(np.float64) for lid, b in self._biases.items()},
            {lid: a.astype(np.float64) for lid, a in self._alphas.items()},
        )

    def gradients(self) -> Parameters:
        """The last backward pass's gradients, shaped like :meth:`parameters`."""
        grads = Parameters()
        for st in self.steps:
            for inc in st.inbound:
                grads.weights[inc.connection_id] = inc.grad.astype(np.float64)
            if st.bias_grad is not None:
                grads.biases[st.layer_id] = st.bias_grad.astype(np.float64)
            if st.alpha_grad is not None:
                grads.alphas[st.layer_id] = st.alpha_grad.astype(np.float64)
        return grads

    def load_parameters(self, params: Parameters) -> None:
        for cid, w in params.weights.items():
            self._weights[cid][...] = w
        for lid, b in params.biases.items():
            if lid in self._biases:
                self._biases[lid][...] = b
        for lid, a in params.alphas.items():
            self._alphas[lid][...] = a

    def weight_views(self) -> dict[str, np.ndarray]:
        """Live views of each connection's weights (read-only use: e.g. snapshots for the UI)."""
        return dict(self._weights)
