"""Rosenblatt's perceptron learning rule for a single layer of step neurons.

For each sample: ŷ = step(x·w + b); w ← w + η·(y − ŷ)·x; b ← b + η·(y − ŷ).
It converges whenever the classes can be separated by a straight line (AND,
OR, NOT) and never on XOR — which the result says in words, because that
failure is the lesson.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model.network import Network
from ..model.parameters import Parameters


@dataclass
class PerceptronResult:
    converged: bool
    epochs: int  # epochs run
    errors: list[int] = field(default_factory=list)  # misclassified samples per epoch
    parameters: Parameters | None = None
    message: str = ""


def check_perceptron(net: Network) -> tuple[str, str, str]:
    """(input id, output id, connection id) of a single-layer step network, or ValueError saying why not."""
    inputs, outputs = net.layers_with_role("input"), net.layers_with_role("output")
    if len(net.layers) != 2 or len(inputs) != 1 or len(outputs) != 1 or len(net.connections) != 1:
        raise ValueError(
            "the perceptron rule trains a single layer: one input layer connected straight to one output layer"
        )
    conn = next(iter(net.connections.values()))
    if (conn.source, conn.target) != (inputs[0].id, outputs[0].id):
        raise ValueError("the perceptron's connection must go from the input layer to the output layer")
    if outputs[0].activation.name != "step":
        raise ValueError(
            f"the perceptron rule needs the step activation on the output (it has {outputs[0].activation.name})"
        )
    return inputs[0].id, outputs[0].id, conn.id


def train_perceptron(net: Network, x: Any, y: Any, *, learning_rate: float = 1.0, epochs: int = 100) -> PerceptronResult:
    """Run the rule sample by sample until an epoch makes no mistake or ``epochs`` run out.

    The network itself is not changed; apply ``result.parameters`` to keep the result.
    """
    _, out_id, cid = check_perceptron(net)
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    y = np.asarray(y, dtype=np.float64).reshape(len(x), -1)
    conn, out = net.connections[cid], net.layers[out_id]
    if x.shape[1] != conn.shape[0] or y.shape[1] != conn.shape[1]:
        raise ValueError(
            f"the perceptron has {conn.shape[0]} inputs and {conn.shape[1]} outputs; "
            f"the data has {x.shape[1]} and {y.shape[1]}"
        )
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("perceptron targets must be 0 or 1")
    w = conn.weights.copy()
    mask = np.ones_like(w) if conn.mask is None else conn.mask.astype(np.float64)
    b = out.bias.copy()
    errors_per_epoch: list[int] = []
    converged = False
    for _ in range(int(epochs)):
        mistakes = 0
        for xi, yi in zip(x, y):
            y_hat = ((xi @ (w * mask) + (b if out.use_bias else 0.0)) > 0).astype(np.float64)
            err = yi - y_hat
            if np.any(err != 0):
                mistakes += 1
                w += learning_rate * np.outer(xi, err) * mask
                if out.use_bias:
                    b += learning_rate * err
        errors_per_epoch.append(mistakes)
        if mistakes == 0:
            converged = True
            break
    params = Parameters({cid: w}, {out_id: b}, {})
    if converged:
        message = f"converged after {len(errors_per_epoch)} epoch{'s' if len(errors_per_epoch) != 1 else ''}: every sample is classified correctly"
    else:
        message = (
            f"did not converge in {epochs} epochs ({errors_per_epoch[-1]} of {len(x)} samples still wrong). "
            "A single perceptron draws one straight line; if no line separates the classes (as for XOR), "
            "it never can — add a hidden layer and train with gradient descent."
        )
    return PerceptronResult(converged, len(errors_per_epoch), errors_per_epoch, params, message)
