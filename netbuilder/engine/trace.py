"""One training step recorded value by value, for walkthroughs.

This is deliberately written for reading, not speed: a plain loop over the
layers forward, the loss, a plain loop backward, the update, and the loss
again — every intermediate kept. It shares the activation and loss
functions with the fast engine but not its code path, so the tests that
compare the two check each against the other.

The walkthroughs (``netbuilder walkthrough`` and the app's panel) are views of
a :class:`StepTrace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model.network import Network
from ..model.parameters import Parameters
from ..model.validation import errors, validate
from . import activations, losses
from .compiled import NotTrainableError


@dataclass
class InboundRecord:
    connection_id: str
    source_id: str
    inputs: np.ndarray  # a of the source layer, (n, fan_in)
    weights: np.ndarray  # W as stored, (fan_in, fan_out)
    mask: np.ndarray | None  # 0/1, or None when every edge is present

    @property
    def effective_weights(self) -> np.ndarray:
        return self.weights if self.mask is None else self.weights * self.mask


@dataclass
class ForwardRecord:
    layer_id: str
    name: str
    activation: str
    inbound: list[InboundRecord]
    bias: np.ndarray | None
    z: np.ndarray  # (n, units)
    a: np.ndarray  # (n, units)


@dataclass
class BackwardRecord:
    layer_id: str
    name: str
    activation: str
    dL_da: np.ndarray  # gradient arriving at the layer's output, (n, units)
    #: f'(z) element by element (n, units); for softmax the Jacobian, (n, units, units).
    f_prime: np.ndarray
    delta: np.ndarray  # dL/dz, (n, units)
    dW: dict[str, np.ndarray]  # connection id -> data-loss gradient, (fan_in, fan_out)
    dW_penalty: dict[str, np.ndarray]  # connection id -> L1/L2 gradient (zeros when off)
    db: np.ndarray | None
    dalpha: np.ndarray | None = None
    #: True when δ came from the fused softmax/sigmoid + cross-entropy form.
    fused: bool = False


@dataclass
class StepTrace:
    network_name: str
    x: np.ndarray  # (n, inputs)
    y: np.ndarray  # (n, outputs)
    loss_name: str
    learning_rate: float
    l1: float
    l2: float
    input_id: str
    output_id: str
    forward: list[ForwardRecord]
    y_hat: np.ndarray
    loss: float
    penalty: float
    dL_dy_hat: np.ndarray
    backward: list[BackwardRecord]
    before: Parameters
    after: Parameters
    y_hat_after: np.ndarray
    loss_after: float
    penalty_after: float = 0.0
    names: dict[str, str] = field(default_factory=dict)  # layer id -> name

    @property
    def batch_size(self) -> int:
        return len(self.x)

    def forward_of(self, layer_id: str) -> ForwardRecord:
        return next(r for r in self.forward if r.layer_id == layer_id)

    def backward_of(self, layer_id: str) -> BackwardRecord:
        return next(r for r in self.backward if r.layer_id == layer_id)

    def sample_dW(self, connection_id: str, sample: int) -> np.ndarray:
        """One sample's share of dW (the shares add up to dW, the 1/n is inside δ)."""
        for rec in self.forward:
            for inc in rec.inbound:
                if inc.connection_id == connection_id:
                    delta = self.backward_of(rec.layer_id).delta
                    part = np.outer(inc.inputs[sample], delta[sample])
                    return part if inc.mask is None else part * inc.mask
        raise KeyError(connection_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain lists and numbers, for JSON output."""

        def arr(a):
            return None if a is None else np.asarray(a).tolist()

        return {
            "network": self.network_name,
            "input": arr(self.x),
            "target": arr(self.y),
            "loss_function": self.loss_name,
            "learning_rate": self.learning_rate,
            "l1": self.l1,
            "l2": self.l2,
            "forward": [
                {
                    "layer": r.layer_id,
                    "name": r.name,
                    "activation": r.activation,
                    "inbound": [
                        {"connection": i.connection_id, "source": i.source_id, "inputs": arr(i.inputs),
                         "weights": arr(i.weights), "mask": arr(i.mask)}
                        for i in r.inbound
                    ],
                    "bias": arr(r.bias),
                    "z": arr(r.z),
                    "a": arr(r.a),
                }
                for r in self.forward
            ],
            "y_hat": arr(self.y_hat),
            "loss": self.loss,
            "penalty": self.penalty,
            "dL_dy_hat": arr(self.dL_dy_hat),
            "backward": [
                {
                    "layer": r.layer_id,
                    "name": r.name,
                    "activation": r.activation,
                    "dL_da": arr(r.dL_da),
                    "f_prime": arr(r.f_prime),
                    "delta": arr(r.delta),
                    "fused": r.fused,
                    "dW": {k: arr(v) for k, v in r.dW.items()},
                    "dW_penalty": {k: arr(v) for k, v in r.dW_penalty.items()},
                    "db": arr(r.db),
                    "dalpha": arr(r.dalpha),
                }
                for r in self.backward
            ],
            "updated_parameters": {
                "weights": {k: arr(v) for k, v in self.after.weights.items()},
                "biases": {k: arr(v) for k, v in self.after.biases.items()},
                "alphas": {k: arr(v) for k, v in self.after.alphas.items()},
            },
            "after_update": {"y_hat": arr(self.y_hat_after), "loss": self.loss_after},
        }


def _forward(net: Network, order: list[str], params: Parameters, x: np.ndarray) -> list[ForwardRecord]:
    outputs = {order[0]: x}
    records = []
    for lid in order[1:]:
        layer = net.layers[lid]
        inbound = []
        z = np.zeros((len(x), layer.units))
        for c in net.inbound(lid):
            rec = InboundRecord(c.id, c.source, outputs[c.source], params.weights[c.id].copy(),
                                None if c.mask is None else c.mask.astype(np.float64))
            z = z + rec.inputs @ rec.effective_weights
            inbound.append(rec)
        bias = params.biases[lid].copy() if layer.use_bias else None
        if bias is not None:
            z = z + bias
        act = activations.get(layer.activation)
        if isinstance(act, activations.PReLU):
            act.alpha = params.alphas[lid]
        a = act.forward(z)
        outputs[lid] = a
        records.append(ForwardRecord(lid, layer.name, layer.activation.name, inbound, bias, z, a))
    return records


def _penalty(net: Network, params: Parameters, l1: float, l2: float) -> tuple[float, dict[str, np.ndarray]]:
    value, grads = 0.0, {}
    for cid, c in net.connections.items():
        w = params.weights[cid] if c.mask is None else params.weights[cid] * c.mask
        value += l1 * float(np.abs(w).sum()) + l2 * float((w * w).sum())
        grads[cid] = l1 * np.sign(w) + 2.0 * l2 * w
    return value, grads


def trace_step(
    net: Network,
    x: Any,
    y: Any,
    *,
    learning_rate: float | None = None,
    loss: Any = None,
) -> StepTrace:
    """Record one plain gradient-descent step, w ← w − η·dL/dw, on the samples ``x``, ``y``.

    ``x`` is one sample (a flat list) or a mini-batch (rows). The loss and the
    learning rate default to the network's own training settings. Dropout
    is off, so the step is exactly reproducible by hand.
    """
    problems = errors(validate(net))
    if problems:
        raise NotTrainableError(problems)
    order = net.topological_order()
    n_in, n_out = net.input_layer.units, net.output_layer.units
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    y = np.atleast_2d(np.asarray(y, dtype=np.float64))
    if x.shape[1] != n_in:
        raise ValueError(f"the input has {x.shape[1]} values but the input layer has {n_in} neurons")
    if y.shape[1] != n_out:
        raise ValueError(f"the target has {y.shape[1]} values but the output layer has {n_out} neurons")
    if len(x) != len(y):
        raise ValueError(f"{len(x)} inputs but {len(y)} targets")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("the inputs and targets must be finite numbers")
    lr = float(net.training.learning_rate if learning_rate is None else learning_rate)
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(f"the learning rate must be a positive number, got {lr!r}")
    loss_fn = losses.get(loss if loss is not None else net.training.loss)
    l1, l2 = net.training.l1, net.training.l2

    before = net.get_parameters()
    fwd = _forward(net, order, before, x)
    out = fwd[-1]
    y_hat = out.a
    loss_value = loss_fn.value(y_hat, y)
    penalty, penalty_grads = _penalty(net, before, l1, l2)
    dL_dy_hat = loss_fn.gradient(y_hat, y)

    upstream: dict[str, np.ndarray] = {out.layer_id: dL_dy_hat}
    backward: list[BackwardRecord] = []
    grads = Parameters()
    for rec in reversed(fwd):
        layer = net.layers[rec.layer_id]
        act = activations.get(layer.activation)
        if isinstance(act, activations.PReLU):
            act.alpha = before.alphas[rec.layer_id]
        dL_da = upstream[rec.layer_id]
        fused = rec is out and losses.is_fused(loss_fn, act)
        if fused:
            _, delta = losses.output_delta(loss_fn, act, rec.z, rec.a, y)
        else:
            delta = act.backward(dL_da, rec.z, rec.a)
        f_prime = act.jacobian(rec.a) if isinstance(act, activations.Softmax) else act.derivative(rec.z, rec.a)
        dW, dW_pen = {}, {}
        for inc in rec.inbound:
            g = inc.inputs.T @ delta
            if inc.mask is not None:
                g = g * inc.mask
            dW[inc.connection_id] = g
            dW_pen[inc.connection_id] = penalty_grads[inc.connection_id]
            grads.weights[inc.connection_id] = g + penalty_grads[inc.connection_id]
            if inc.source_id != order[0]:
                back = delta @ inc.effective_weights.T
                upstream[inc.source_id] = upstream[inc.source_id] + back if inc.source_id in upstream else back
        db = delta.sum(axis=0) if layer.use_bias else None
        if db is not None:
            grads.biases[rec.layer_id] = db
        dalpha = act.alpha_gradient(dL_da, rec.z) if isinstance(act, activations.PReLU) else None
        if dalpha is not None:
            grads.alphas[rec.layer_id] = dalpha
        backward.append(BackwardRecord(rec.layer_id, rec.name, rec.activation, dL_da, f_prime, delta, dW, dW_pen, db, dalpha, fused))

    after = before.copy()
    for cid, g in grads.weights.items():
        after.weights[cid] = before.weights[cid] - lr * g
    for lid, g in grads.biases.items():
        after.biases[lid] = before.biases[lid] - lr * g
    for lid, g in grads.alphas.items():
        after.alphas[lid] = before.alphas[lid] - lr * g
    fwd_after = _forward(net, order, after, x)
    penalty_after, _ = _penalty(net, after, l1, l2)

    return StepTrace(
        network_name=net.name,
        x=x,
        y=y,
        loss_name=loss_fn.name,
        learning_rate=lr,
        l1=l1,
        l2=l2,
        input_id=order[0],
        output_id=order[-1],
        forward=fwd,
        y_hat=y_hat,
        loss=loss_value,
        penalty=penalty,
        dL_dy_hat=dL_dy_hat,
        backward=backward,
        before=before,
        after=after,
        y_hat_after=fwd_after[-1].a,
        loss_after=loss_fn.value(fwd_after[-1].a, y),
        penalty_after=penalty_after,
        names={lid: layer.name for lid, layer in net.layers.items()},
    )
