"""One training step recorded value by value, for walkthroughs.

The trace is a recording of the compiled engine, not a second
implementation: compile → forward → loss → backward (recorded: dL/dŷ, f′,
δ, dW, db per connection, dα) → the network's optimizer's update → forward
again, with the very calls a training step makes
(:meth:`CompiledNetwork.loss_and_gradient`, :meth:`Optimizer.apply`). So the
traced loss is the training loss to the last bit, in the network's own
dtype, also at saturated outputs. Dropout is off, so the step can be
followed by hand; finite-difference tests check the engine independently.

The walkthroughs (``netbuilder walkthrough`` and the app's panel) are views of
a :class:`StepTrace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model.network import Network
from ..model.parameters import Parameters
from . import activations, losses, optimizers
from .compiled import BackwardRecording, CompiledNetwork
from .inputs import check_data


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
    #: The engine's activation, with its teaching text (symbol, rules, worked lines).
    function: activations.Activation
    bias: np.ndarray | None
    z: np.ndarray  # (n, units), or (n, height, width, channels) for convolution and pooling
    a: np.ndarray  # like z
    #: "dense", "conv2d", "max_pooling2d", "average_pooling2d" or "flatten".
    kind: str = "dense"
    #: How the window of a convolution or pooling layer slides over its input; None for the others.
    geometry: Any = None


@dataclass
class BackwardRecord:
    layer_id: str
    name: str
    activation: str
    #: Gradient arriving at the layer's output, (n, units); at a fused output it is computed from the
    #: logits for display (the engine goes straight to δ there).
    dL_da: np.ndarray
    #: f'(z) element by element (n, units); for softmax the Jacobian, (n, units, units).
    f_prime: np.ndarray
    delta: np.ndarray  # dL/dz, (n, units)
    dW: dict[str, np.ndarray]  # connection id -> data-loss gradient, (fan_in, fan_out)
    dW_penalty: dict[str, np.ndarray]  # connection id -> L1/L2 gradient (zeros when off)
    #: connection id -> the gradient the optimizer used: dW + dW_penalty as the engine added them.
    dW_total: dict[str, np.ndarray]
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
    #: The loss and the optimizer as the engine ran them (their teaching text explains the step).
    loss_function: losses.Loss | None = None
    optimizer: optimizers.Optimizer | None = None
    #: The optimizer's state (moments, accumulators) by symbol, before and after the update.
    optimizer_state_before: dict[str, Parameters] = field(default_factory=dict)
    optimizer_state_after: dict[str, Parameters] = field(default_factory=dict)
    dtype: str = "float64"

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
            "optimizer": self.optimizer.get_config() if self.optimizer else None,
            "dtype": self.dtype,
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
                    "dW_total": {k: arr(v) for k, v in r.dW_total.items()},
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
            "optimizer_state": {name: {"weights": {k: arr(v) for k, v in p.weights.items()},
                                       "biases": {k: arr(v) for k, v in p.biases.items()},
                                       "alphas": {k: arr(v) for k, v in p.alphas.items()}}
                                for name, p in self.optimizer_state_after.items()},
            "after_update": {"y_hat": arr(self.y_hat_after), "loss": self.loss_after},
        }


def trace_step(
    net: Network,
    x: Any,
    y: Any,
    *,
    learning_rate: float | None = None,
    loss: Any = None,
) -> StepTrace:
    """Record one training step of ``net`` on the samples ``x``, ``y``, as the engine takes it.

    ``x`` is one sample (a flat list) or a mini-batch (rows). The loss, the
    optimizer and the learning rate default to the network's own training
    settings; ``learning_rate`` overrides the optimizer's. Dropout is off, so
    the step is exactly reproducible by hand. The network is not changed.
    """
    compiled = CompiledNetwork(net, loss=loss)
    x, y = check_data(compiled, x, y, typed=True)
    config = net.training
    optimizer = optimizers.get(config.optimizer)
    if learning_rate is not None:
        lr = float(learning_rate)
        if not np.isfinite(lr) or lr <= 0:
            raise ValueError(f"the learning rate must be a positive number, got {learning_rate!r}")
        optimizer.set(learning_rate=lr)
    l1, l2 = config.l1, config.l2

    before = compiled.parameters()
    record = BackwardRecording()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        cache, loss_value, penalty = compiled.loss_and_gradient(x, y, l1, l2, record=record)
        forward = _forward_records(compiled, cache, net)
        dL_dy_hat = _output_gradient(compiled, cache, record, y)
        backward = _backward_records(compiled, cache, record, forward, dL_dy_hat, l1, l2)
        optimizer.build(compiled.size, compiled.dtype)
        state_before = {k: compiled.unflatten(v) for k, v in optimizer.state().items()}
        optimizer.apply(compiled.flat, compiled.grad)
        state_after = {k: compiled.unflatten(v) for k, v in optimizer.state().items()}
        after = compiled.parameters()
        cache_after = compiled.forward(x)
        loss_after = compiled.loss_value(cache_after, y)
        penalty_after = compiled.penalty(l1, l2, gradient=False)

    return StepTrace(
        network_name=net.name,
        x=x,
        y=y,
        loss_name=compiled.loss.name,
        learning_rate=optimizer.learning_rate,
        l1=l1,
        l2=l2,
        input_id=compiled.input_id,
        output_id=compiled.output_id,
        forward=forward,
        y_hat=cache.output,
        loss=loss_value,
        penalty=penalty,
        dL_dy_hat=dL_dy_hat,
        backward=backward,
        before=before,
        after=after,
        y_hat_after=cache_after.output,
        loss_after=loss_after,
        penalty_after=penalty_after,
        names={lid: layer.name for lid, layer in net.layers.items()},
        loss_function=compiled.loss,
        optimizer=optimizer,
        optimizer_state_before=state_before,
        optimizer_state_after=state_after,
        dtype=str(compiled.dtype),
    )


def _forward_records(compiled: CompiledNetwork, cache, net: Network) -> list[ForwardRecord]:
    """The forward pass as the engine computed it, with copies of the weights it used."""
    records = []
    for layer in compiled.layers:
        inbound = [
            InboundRecord(inc.connection_id, compiled.order[inc.source], cache.after_dropout[inc.source],
                          inc.weights.copy(), None if inc.mask is None else inc.mask.copy())
            for inc in layer.inbound
        ]
        bias = None if layer.bias is None else layer.bias.copy()
        model_layer = net.layers[layer.layer_id]
        geometry = layer.geometry if layer.geometry is not None else next(
            (inc.geometry for inc in layer.inbound if inc.geometry is not None), None)
        records.append(ForwardRecord(layer.layer_id, model_layer.name, model_layer.activation.name, inbound,
                                     layer.activation, bias, cache.z[layer.index], cache.a[layer.index],
                                     layer.kind, geometry))
    return records


def _output_gradient(compiled: CompiledNetwork, cache, record: BackwardRecording, y: np.ndarray) -> np.ndarray:
    """dL/dŷ: the one backward used, or for a fused output the loss's exact form from the logits."""
    used = record.layers[0].dL_da
    if used is not None:
        return used
    out = compiled.layers[-1]
    return compiled.loss.output_gradient(out.activation, cache.z[out.index], cache.a[out.index], y)


def _backward_records(compiled: CompiledNetwork, cache, record: BackwardRecording, forward: list[ForwardRecord],
                      dL_dy_hat: np.ndarray, l1: float, l2: float) -> list[BackwardRecord]:
    data = compiled.unflatten(record.data_gradient)
    total = compiled.gradients()
    penalty = np.zeros(compiled.size, compiled.dtype)
    if l1 or l2:
        penalty[: compiled.weight_size] = compiled.penalty_gradient(l1, l2)
    penalty_grads = compiled.unflatten(penalty)
    by_index = {layer.index: layer for layer in compiled.layers}
    records = []
    for step in record.layers:
        layer = by_index[step.index]
        fwd = forward[compiled.layers.index(layer)]
        act = layer.activation
        z, a = cache.z[step.index], cache.a[step.index]
        output = layer is compiled.layers[-1]
        cids = [inc.connection_id for inc in layer.inbound]
        lid = layer.layer_id
        records.append(BackwardRecord(
            lid, fwd.name, fwd.activation,
            dL_dy_hat if output else step.dL_da,
            act.jacobian(a) if act.coupled else act.derivative(z, a),
            step.delta,
            {cid: data.weights[cid] for cid in cids},
            {cid: penalty_grads.weights[cid] for cid in cids},
            {cid: total.weights[cid] for cid in cids},
            total.biases.get(lid),
            total.alphas.get(lid),
            output and step.dL_da is None,
        ))
    return records
