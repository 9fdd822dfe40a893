"""A network turned into a fast forward/backward program over one flat parameter vector.

Compiling reads the document once: the layers in topological order, and a
layout that puts every weight matrix, bias vector and PReLU slope vector
into one contiguous array (weights first, so the L1/L2 penalties act on one
slice). The engine then trains on that private copy; the document changes
only when :meth:`CompiledNetwork.parameters` is applied back to it.

Forward: z = Σ a_src @ (W ⊙ mask) + b, a = f(z), in topological order; a
convolution sums a_src ⊛ K instead (:mod:`netbuilder.engine.convolution`), a
pooling or Flatten layer only reshapes or pools its one input
(:mod:`netbuilder.engine.pooling`). Backward, in reverse order:
δ = dL/da ⊙ f'(z); dW = a_srcᵀ·δ (masked), dK = colsᵀ·δ; db = Σ δ;
dL/da_src += δ·Wᵀ (or δ sent back through the kernel, the pool, the
reshape) over every consumer of a layer.

This is the only place a layer's forward and backward pass is written:
training runs it, ``evaluate`` and ``predict`` run it, and the walkthrough's
step trace (:mod:`netbuilder.engine.trace`) is a recording of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import shapes as model_shapes
from ..model.network import Network
from ..model.parameters import Parameters
from ..model.validation import errors, validate
from . import activations, blas, losses
from .convolution import Geometry, conv2d_forward, conv2d_input_gradient, conv2d_kernel_gradient
from .pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward


def _plain_batch(x: np.ndarray) -> bool:
    """A batch of more than one sample, C-contiguous: the chain's products may go through np.dot (see
    :meth:`CompiledNetwork._chain_plan`). The activations after it are new arrays, C-contiguous too."""
    return x.ndim == 2 and x.shape[0] > 1 and x.flags.c_contiguous


class NotTrainableError(ValueError):
    """The network has problems that stop it from computing; ``problems`` lists them."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("the network cannot be computed: " + " ".join(p.message for p in problems))


@dataclass
class CompiledInbound:
    """One connection into a compiled layer."""

    source: int  # index of the source layer in the topological order
    weights: np.ndarray  # view into the flat parameter vector
    grad: np.ndarray  # view into the flat gradient vector
    mask: np.ndarray | None
    connection_id: str
    #: How a convolution's kernel slides over the source; None for a dense connection.
    geometry: Geometry | None = None
    #: A dense connection from the input's image: it reads the pixels flat.
    flat_source: bool = False


@dataclass
class CompiledLayer:
    """A layer ready to run: its activation, its inbound connections and views of its parameters."""

    index: int  # position in the topological order
    layer_id: str
    activation: activations.Activation
    inbound: list[CompiledInbound]
    bias: np.ndarray | None
    bias_grad: np.ndarray | None
    alpha: np.ndarray | None
    alpha_grad: np.ndarray | None
    dropout: float
    kind: str = "dense"
    #: The window of a pooling layer over its input; None otherwise.
    geometry: Geometry | None = None
    #: The output shape without the batch: (units,) or height × width × channels.
    shape: tuple[int, ...] = ()

    @property
    def weighted(self) -> bool:
        """Dense and convolution layers sum weighted inputs; pooling and Flatten only move values."""
        return self.kind == "dense" or self.kind == "conv2d"


@dataclass(slots=True)
class ForwardCache:
    """Everything the backward pass needs from one forward pass, per layer in topological order."""

    z: list[np.ndarray | None]  # net input (None for the input layer)
    a: list[np.ndarray]  # the layer's output a = f(z) (the input itself for the input layer)
    #: What the next layers receive: ``a`` with dropout applied while training, else ``a`` itself.
    after_dropout: list[np.ndarray]
    #: The kept-and-scaled factors of inverted dropout, where it was applied.
    dropout_masks: list[np.ndarray | None]
    #: What a layer keeps for its backward pass: per inbound convolution its im2col matrix, for max
    #: pooling what finds the winner of each window.
    saved: list[list[np.ndarray]] = field(default_factory=list)
    #: For a softmax output trained with categorical cross-entropy: z − max z and Σ e^(z − max z), which the
    #: softmax computed and the loss from the logits needs again.
    softmax_parts: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def output(self) -> np.ndarray:
        return self.a[-1]


@dataclass
class BackwardRecording:
    """What a recorded backward pass kept: each layer's dL/da and δ, and the gradient before the penalties."""

    layers: list[LayerGradient] = field(default_factory=list)  # output layer first
    data_gradient: np.ndarray | None = None


@dataclass
class LayerGradient:
    """What backward computed at one layer, kept when the step is recorded for a walkthrough."""

    index: int  # position of the layer in the topological order
    #: dL/da arriving at the layer's output; None at an output whose fused loss goes straight to δ.
    dL_da: np.ndarray | None
    delta: np.ndarray  # dL/dz


class CompiledNetwork:
    """The network's computation, ready to run many times."""

    def __init__(self, net: Network, dtype: str | None = None, loss=None) -> None:
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
        self.loss = losses.get(net.training.loss if loss is None else loss)
        self.shapes = {lid: tuple(shape) for lid, shape in net.shapes().items()}
        #: The image the input layer's values are read as (height × width × channels), if a window reads it;
        #: dense layers read the flat values.
        windowed = any(net.layers[c.target].is_windowed for c in net.outbound(self.input_id))
        self.input_shape = self.shapes[self.input_id] if windowed else None

        conns = list(net.connections.values())
        weight_size = sum(c.weights.size for c in conns)
        layers = [net.layers[lid] for lid in self.order[1:]]
        bias_size = sum(layer.units for layer in layers if layer.use_bias)
        alpha_size = sum(layer.units for layer in layers if layer.alpha is not None)
        self.size = weight_size + bias_size + alpha_size
        self.weight_size = weight_size
        self.flat = np.zeros(self.size, dtype=self.dtype)
        self.grad = np.zeros(self.size, dtype=self.dtype)
        #: Where each parameter array sits in :attr:`flat`: (kind, key, offset, shape).
        self._slots: list[tuple[str, str, int, tuple[int, ...]]] = []
        offset = 0

        def take(kind, key, shape, source):
            nonlocal offset
            n = int(np.prod(shape))
            view = self.flat[offset : offset + n].reshape(shape)
            gview = self.grad[offset : offset + n].reshape(shape)
            view[...] = source
            self._slots.append((kind, key, offset, tuple(shape)))
            offset += n
            return view, gview

        self._weights: dict[str, np.ndarray] = {}
        inbound: dict[str, list[CompiledInbound]] = {lid: [] for lid in self.order}
        masks = []
        for c in conns:
            w, gw = take("weights", c.id, c.shape, c.weights)
            mask = None if c.mask is None else c.mask.astype(self.dtype)
            masks.append(np.ones(c.weights.size, self.dtype) if mask is None else mask.ravel())
            if c.has_weights:
                self._weights[c.id] = w
            target = net.layers[c.target]
            geometry = self._geometry(target, self.shapes[c.source]) if target.kind == "conv2d" else None
            flat = geometry is None and position[c.source] == 0 and self.input_shape is not None
            inbound[c.target].append(CompiledInbound(position[c.source], w, gw, mask, c.id, geometry, flat))
        self.weight_mask = np.concatenate(masks) if any(c.mask is not None for c in conns) else None

        self._biases: dict[str, np.ndarray] = {}
        self._alphas: dict[str, np.ndarray] = {}
        self.layers: list[CompiledLayer] = []
        for layer in layers:
            b = gb = a = ga = None
            if layer.use_bias:
                b, gb = take("biases", layer.id, (layer.units,), layer.bias)
                self._biases[layer.id] = b
            act = activations.get(layer.activation)
            if act.learnable:
                a, ga = take("alphas", layer.id, (layer.units,), layer.alpha)
                act.alpha = a
                self._alphas[layer.id] = a
            pool = None
            if layer.kind in model_shapes.POOLING:
                pool = self._geometry(layer, self.shapes[net.inbound(layer.id)[0].source])
            self.layers.append(
                CompiledLayer(position[layer.id], layer.id, act, inbound[layer.id], b, gb, a, ga, layer.dropout,
                              layer.kind, pool, self.shapes[layer.id])
            )
        self.input_dropout = net.layers[self.input_id].dropout
        self.output_activation = self.layers[-1].activation
        #: True when some layer reads images (then forward keeps what backward needs per layer).
        self.has_images = any(layer.kind != "dense" for layer in self.layers)
        #: Per layer, whether it sums weighted inputs (the hot loop reads a plain list, not a property).
        self._weighted = [layer.weighted for layer in self.layers]
        self._backward_order = [(layer, layer.weighted, len(layer.shape) == 3) for layer in reversed(self.layers)]
        #: Softmax + categorical cross-entropy at the output: the forward pass keeps the softmax's parts for the
        #: loss (see :meth:`losses.CategoricalCrossentropy.softmax_parts`).
        self._softmax_cce = (isinstance(self.loss, losses.CategoricalCrossentropy)
                             and self.loss.fused_with(self.output_activation) and self._weighted[-1])
        #: A plain chain of dense layers (each reads the one before, unmasked, flat values): the hot loops then
        #: run over a list of what each layer needs, without the general case's per-connection tests.
        self._chain = self._chain_plan()
        #: Threads of the BLAS library for this network's passes (:mod:`netbuilder.engine.blas`): 1 for
        #: mid-sized products, None for the library's own choice. Decided once, so that every run of the
        #: network — training, evaluation, the walkthrough — computes the same bits.
        self.blas_threads = blas.threads_for(self._product_sizes(), net.training.batch_size)
        if self.blas_threads == 1:
            for name in ("forward", "backward", "penalty", "penalty_gradient"):
                setattr(self, name, blas.on_one_thread(getattr(self, name)))

    def _product_sizes(self) -> list[tuple[int, int]]:
        """Per weighted connection: (output positions, weights) — a product of ``batch × positions`` rows."""
        sizes = []
        for layer in self.layers:
            positions = int(np.prod(layer.shape[:-1])) if len(layer.shape) == 3 else 1
            sizes += [(positions, inc.weights.size) for inc in layer.inbound if inc.weights.size]
        return sizes

    def _chain_plan(self) -> list[tuple] | None:
        """Per layer of a plain dense chain: (k, W, Wᵀ, dW, b, db, f, dropout rate, fused softmax output,
        product).

        Wᵀ is a view made once: the optimizer and :meth:`load_parameters` write the parameters in place, so
        it stays the transpose of W (``w.T`` made anew costs a tenth of a tiny layer's product).

        ``product`` is ``np.dot`` for a float32 or float64 layer of more than one input and one unit, else
        ``np.matmul``: for C-contiguous operands whose every dimension exceeds 1 (:func:`_plain_batch` checks
        the batch), both make the same BLAS gemm call, so the bits are the same, and np.dot skips the ufunc
        machinery (0.48 against 0.68 µs for 10 × 8 × 8). Where a dimension is 1 NumPy may pick gemv, dot or
        its own loop, and not necessarily the same for both: the chain keeps matmul there.
        """
        if self.has_images or self.input_shape is not None:
            return None
        plan = []
        for k, layer in enumerate(self.layers, start=1):
            if layer.index != k or len(layer.inbound) != 1 or layer.alpha is not None:
                return None
            inc = layer.inbound[0]
            if inc.source != k - 1 or inc.mask is not None or inc.geometry is not None or inc.flat_source:
                return None
            fused = self._softmax_cce and k == len(self.layers)
            blas_type = self.dtype == np.float32 or self.dtype == np.float64  # types the BLAS multiplies
            product = np.dot if blas_type and min(inc.weights.shape) > 1 else np.matmul
            plan.append((k, inc.weights, inc.weights.T, inc.grad, layer.bias, layer.bias_grad, layer.activation,
                         layer.dropout, fused, product))
        #: Whether any layer of the chain (or its input) drops values out while training.
        self._chain_drops = self.input_dropout > 0.0 or any(step[7] > 0.0 for step in plan)
        return plan

    @staticmethod
    def _geometry(layer, source_shape) -> Geometry:
        return Geometry(tuple(source_shape[:2]), layer.kernel_size, layer.strides, layer.padding)

    # -- running ---------------------------------------------------------------------------

    @property
    def n_inputs(self) -> int:
        return self.layer_units[self.input_id]

    @property
    def n_outputs(self) -> int:
        return self.layer_units[self.output_id]

    def forward(self, x: np.ndarray, *, training: bool = False, rng: np.random.Generator | None = None) -> ForwardCache:
        if self._chain is not None:
            return self._chain_forward(np.asarray(x, dtype=self.dtype), training, rng)
        n = len(self.order)
        z: list = [None] * n
        a: list = [None] * n
        passed: list = [None] * n
        drop: list = [None] * n
        saved: list = [None] * n if self.has_images else []
        x = np.asarray(x, dtype=self.dtype)
        if self.input_shape is not None:
            x = x.reshape(len(x), *self.input_shape)
        a[0] = x
        last = self.layers[-1]
        parts = [] if self._softmax_cce else None
        passed[0] = self._dropout(x, self.input_dropout, 0, drop, rng) if training else x
        for layer, weighted in zip(self.layers, self._weighted):
            if weighted:
                total = None
                for inc in layer.inbound:
                    src = passed[inc.source]
                    if inc.geometry is not None:
                        part, cols = conv2d_forward(src, inc.weights, inc.geometry)
                        saved[layer.index] = (saved[layer.index] or []) + [cols]
                    else:
                        if inc.flat_source:  # the input's image, read as its flat pixels
                            src = src.reshape(len(src), -1)
                        part = src @ (inc.weights if inc.mask is None else inc.weights * inc.mask)
                    if total is None:
                        total = part
                    else:
                        total += part
                if layer.bias is not None:
                    total += layer.bias
                if parts is not None and layer is last:
                    out, *parts = losses.CategoricalCrossentropy.softmax_parts(total)
                else:
                    out = layer.activation.forward(total)
            else:
                total = out = self._reshape_forward(layer, passed[layer.inbound[0].source], saved)
            z[layer.index], a[layer.index] = total, out
            passed[layer.index] = self._dropout(out, layer.dropout, layer.index, drop, rng) if training else out
        return ForwardCache(z, a, passed, drop, saved, tuple(parts) if parts else None)

    def _chain_forward(self, x: np.ndarray, training: bool, rng) -> ForwardCache:
        """:meth:`forward` for a plain chain of dense layers: the same operations in the same order."""
        n = len(self.order)
        z: list = [None] * n
        a: list = [None] * n
        drop: list = [None] * n
        a[0] = src = x
        dropping = training and self._chain_drops
        if dropping:
            passed: list = [None] * n
            passed[0] = src = self._dropout(x, self.input_dropout, 0, drop, rng)
        parts = None
        plain = _plain_batch(src)
        for k, w, _, _, b, _, act, rate, fused, product in self._chain:
            total = product(src, w) if plain else src @ w
            if b is not None:
                total += b
            if fused:
                out, shifted, sums = losses.CategoricalCrossentropy.softmax_parts(total)
                parts = (shifted, sums)
            else:
                out = act.forward(total)
            z[k] = total
            a[k] = src = out
            if dropping:
                passed[k] = src = self._dropout(out, rate, k, drop, rng)
        return ForwardCache(z, a, passed if dropping else a.copy(), drop, [], parts)

    @staticmethod
    def _reshape_forward(layer: CompiledLayer, src: np.ndarray, saved: list) -> np.ndarray:
        """A pooling or Flatten layer: its one input pooled or made flat (no weights, no activation)."""
        if layer.kind == "flatten":
            return src.reshape(len(src), -1)
        if layer.kind == "max_pooling2d":
            out, found = max_pool_forward(src, layer.geometry)
            saved[layer.index] = [found]
            return out
        return avg_pool_forward(src, layer.geometry)

    @staticmethod
    def _reshape_backward(layer: CompiledLayer, delta: np.ndarray, source_shape: tuple[int, ...],
                          saved: list) -> np.ndarray:
        """dL/d(input) of a pooling or Flatten layer from dL/d(output)."""
        if layer.kind == "flatten":
            return delta.reshape(len(delta), *source_shape)
        if layer.kind == "max_pooling2d":
            return max_pool_backward(delta, saved[layer.index][0], layer.geometry)
        return avg_pool_backward(delta, layer.geometry)

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

    @property
    def eval_batch(self) -> int:
        """Samples per chunk when predicting or evaluating: a convolution's windows take far more memory."""
        return 256 if self.has_images else 4096

    def predict(self, x: np.ndarray, batch_size: int | None = None) -> np.ndarray:
        """Outputs for many samples, in chunks so memory stays bounded. Overflow is not warned about: an
        infinite or NaN output is the answer a diverged network gives."""
        x = np.asarray(x, dtype=self.dtype)
        batch_size = batch_size or self.eval_batch
        with np.errstate(over="ignore", invalid="ignore"):
            if len(x) <= batch_size:
                return self.forward(x).output
            return np.concatenate([self.forward(x[i : i + batch_size]).output for i in range(0, len(x), batch_size)])

    def loss_value(self, cache: ForwardCache, y: np.ndarray) -> float:
        """The data loss of a forward pass (without penalties), stable for fused pairs."""
        if cache.softmax_parts is not None:
            return self.loss.value_from_parts(*cache.softmax_parts, y)
        out = self.layers[-1].index
        return self.loss.output_value(self.output_activation, cache.z[out], cache.a[out], y)

    def backward(self, cache: ForwardCache, y: np.ndarray, record: BackwardRecording | None = None, *,
                 one_hot: bool = False) -> float:
        """Fill :attr:`grad` with dL/dθ for the batch; returns the batch's data loss.

        With ``record``, each layer's dL/da and δ are kept in it, output first. ``one_hot`` says that every
        row of ``y`` is one-hot (the trainer checks its data once), which a fused softmax output uses.
        """
        out = self.layers[-1]
        parts = cache.softmax_parts
        if parts is not None:
            value = self.loss.value_from_parts(*parts, y)
            dL_da, delta = None, self.loss.fused_delta(cache.a[-1], y, one_hot)
        else:
            value, dL_da, delta = self.loss.output(out.activation, cache.z[out.index], cache.a[out.index], y)
        if self._chain is not None:
            self._chain_backward(cache, dL_da, delta, record)
            return value
        upstream: list[np.ndarray | None] = [None] * len(self.order)
        for layer, weighted, image in self._backward_order:
            if layer is not out:
                dL_da = upstream[layer.index]
                if cache.dropout_masks[layer.index] is not None:
                    dL_da = dL_da * cache.dropout_masks[layer.index]
                delta = layer.activation.backward(dL_da, cache.z[layer.index], cache.a[layer.index])
            if layer.alpha_grad is not None:
                layer.alpha_grad[...] = layer.activation.alpha_gradient(dL_da, cache.z[layer.index])
            if record is not None:
                record.layers.append(LayerGradient(layer.index, dL_da, delta))
            if not weighted:
                inc = layer.inbound[0]
                if inc.source != 0:
                    back = self._reshape_backward(layer, delta, self.layers_shape(inc.source), cache.saved)
                    prev = upstream[inc.source]
                    upstream[inc.source] = back if prev is None else prev + back
                continue
            k = 0
            for inc in layer.inbound:
                src = cache.after_dropout[inc.source]
                if inc.geometry is not None:
                    conv2d_kernel_gradient(cache.saved[layer.index][k], delta, inc.weights.shape, out=inc.grad)
                    k += 1
                    if inc.source != 0:
                        back = conv2d_input_gradient(delta, inc.weights, inc.geometry, src.shape[-1])
                        prev = upstream[inc.source]
                        upstream[inc.source] = back if prev is None else prev + back
                    continue
                flat = src.reshape(len(src), -1) if inc.flat_source else src
                np.matmul(flat.T, delta, out=inc.grad)
                if inc.mask is not None:
                    inc.grad *= inc.mask
                if inc.source != 0:
                    w = inc.weights if inc.mask is None else inc.weights * inc.mask
                    back = delta @ w.T
                    prev = upstream[inc.source]
                    upstream[inc.source] = back if prev is None else prev + back
            if layer.bias_grad is not None:
                d = delta.reshape(-1, delta.shape[-1]) if image else delta
                np.add.reduce(d, axis=0, out=layer.bias_grad)  # np.sum adds dispatch overhead per call
        return value

    def _chain_backward(self, cache: ForwardCache, dL_da, delta, record: BackwardRecording | None) -> None:
        """:meth:`backward`'s loop for a plain chain of dense layers: the same operations in the same order."""
        z, a, after, masks = cache.z, cache.a, cache.after_dropout, cache.dropout_masks
        matmul, add_reduce = np.matmul, np.add.reduce
        plain = _plain_batch(after[0])
        back = None
        for k, _, w_t, gw, _, gb, act, _, _, product in reversed(self._chain):
            if back is not None:  # not the output layer
                dL_da = back if masks[k] is None else back * masks[k]
                delta = act.backward(dL_da, z[k], a[k])
            if record is not None:
                record.layers.append(LayerGradient(k, dL_da, delta))
            if not plain:
                product = matmul
            product(after[k - 1].T, delta, gw)
            back = product(delta, w_t) if k > 1 else None
            if gb is not None:
                add_reduce(delta, axis=0, out=gb)

    def layers_shape(self, index: int) -> tuple[int, ...]:
        """The output shape (without the batch) of the layer at ``index`` in the topological order."""
        return self.shapes[self.order[index]]

    def _present_weights(self) -> np.ndarray:
        w = self.flat[: self.weight_size]
        return w if self.weight_mask is None else w * self.weight_mask

    def penalty(self, l1: float, l2: float, *, gradient: bool = True) -> float:
        """l1·Σ|w| + l2·Σw² over the weights that are present; with ``gradient`` its gradient is added to
        :attr:`grad` (after :meth:`backward`, which overwrites it)."""
        if l1 == 0.0 and l2 == 0.0:
            return 0.0
        w = self._present_weights()
        value = 0.0
        if l1:
            value += l1 * float(np.abs(w).sum())
        if l2:
            value += l2 * float(np.dot(w, w))
        if gradient:
            self.grad[: self.weight_size] += self.penalty_gradient(l1, l2)
        return value

    def penalty_gradient(self, l1: float, l2: float) -> np.ndarray:
        """d(penalty)/dθ as a flat vector over the weights (biases and slopes carry no penalty)."""
        w = self._present_weights()
        g = l1 * np.sign(w) if l1 else np.zeros_like(w)
        if l2:
            g += (2.0 * l2) * w
        return g

    def loss_and_gradient(self, x: np.ndarray, y: np.ndarray, l1: float = 0.0, l2: float = 0.0, *,
                          training: bool = False, rng: np.random.Generator | None = None,
                          record: BackwardRecording | None = None,
                          one_hot: bool = False) -> tuple[ForwardCache, float, float]:
        """Forward, backward and the penalties on one batch: (cache, data loss, penalty), :attr:`grad` filled.

        The part of a training step before the optimizer's update, shared by training and the walkthrough.
        ``one_hot``: see :meth:`backward`.
        """
        cache = self.forward(x, training=training, rng=rng)
        loss = self.backward(cache, y, record, one_hot=one_hot)
        if record is not None:
            record.data_gradient = self.grad.copy()
        return cache, loss, self.penalty(l1, l2)

    # -- parameters ------------------------------------------------------------------------

    def unflatten(self, vector: np.ndarray) -> Parameters:
        """A flat vector laid out like :attr:`flat` (parameters, gradients, optimizer state) as document-shaped
        float64 copies."""
        out = Parameters()
        for kind, key, offset, shape in self._slots:
            n = int(np.prod(shape))
            getattr(out, kind)[key] = vector[offset : offset + n].reshape(shape).astype(np.float64)
        return out

    def parameters(self) -> Parameters:
        """The current values as a document-shaped snapshot (float64 copies)."""
        return self.unflatten(self.flat)

    def gradients(self) -> Parameters:
        """The last backward pass's gradients (penalties included once added), shaped like :meth:`parameters`."""
        return self.unflatten(self.grad)

    def load_parameters(self, params: Parameters) -> None:
        for cid, w in params.weights.items():
            self._weights[cid][...] = w
        for lid, b in params.biases.items():
            if lid in self._biases:
                self._biases[lid][...] = b
        for lid, a in params.alphas.items():
            self._alphas[lid][...] = a
