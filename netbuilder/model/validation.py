"""Everything that stops a network from training, in words a learner can act on.

Validation never raises: it returns every problem at once so the status bar
can list them and a click can select the layers concerned.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import GRADIENT_FREE_ACTIVATIONS
from .network import Network

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" stops training, "warning" does not
    code: str  # stable identifier, for tests and translations
    message: str
    layers: tuple[str, ...] = ()  # ids of the layers concerned (the UI selects them)
    connections: tuple[str, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def validate(net: Network, *, n_features: int | None = None, n_targets: int | None = None) -> list[Problem]:
    """Check the network (and, if given, the width of its data); returns every problem found."""
    found: list[Problem] = []

    def add(severity: str, code: str, message: str, layers=(), connections=()) -> None:
        found.append(Problem(severity, code, message, tuple(layers), tuple(connections)))

    if not net.layers:
        add(ERROR, "empty", "The network is empty: add an Input layer, a hidden layer and an Output layer, then connect them.")
        return found

    name = {lid: layer.name for lid, layer in net.layers.items()}
    inputs = net.layers_with_role("input")
    outputs = net.layers_with_role("output")

    if not inputs:
        add(ERROR, "no_input", "There is no input layer: add one (it receives the data) and connect it forward.")
    elif len(inputs) > 1:
        add(
            ERROR,
            "several_inputs",
            "There are several input layers ("
            + ", ".join(f"'{layer.name}'" for layer in inputs)
            + "): keep one and make the others hidden layers.",
            [layer.id for layer in inputs],
        )
    if not outputs:
        add(ERROR, "no_output", "There is no output layer: mark the last layer as the output (its values are the prediction).")
    elif len(outputs) > 1:
        add(
            ERROR,
            "several_outputs",
            "There are several output layers ("
            + ", ".join(f"'{layer.name}'" for layer in outputs)
            + "): keep one and make the others hidden layers.",
            [layer.id for layer in outputs],
        )

    for layer in inputs:
        for c in net.inbound(layer.id):
            add(
                ERROR,
                "input_has_inbound",
                f"The input layer '{layer.name}' receives a connection from '{name[c.source]}': data enters at the input, remove that connection.",
                [layer.id],
                [c.id],
            )
    for layer in outputs:
        for c in net.outbound(layer.id):
            add(
                ERROR,
                "output_has_outbound",
                f"The output layer '{layer.name}' feeds '{name[c.target]}': the output must be the last layer, remove that connection.",
                [layer.id],
                [c.id],
            )
        if layer.dropout > 0:
            add(ERROR, "output_dropout", f"The output layer '{layer.name}' has dropout: set it to 0 (dropout belongs on hidden layers).", [layer.id])

    cycle = net.find_cycle()
    if cycle:
        loop = " → ".join(name[i] for i in cycle + cycle[:1])
        add(ERROR, "cycle", f"The connections form a loop: {loop}. Remove one of these connections; data must flow one way.", cycle)

    if len(inputs) == 1:
        reached = _reachable(net, inputs[0].id, forward=True)
        for lid, layer in net.layers.items():
            if lid in reached or layer.role == "input":
                continue
            if layer.role == "output":
                add(
                    ERROR,
                    "output_not_connected",
                    f"The output layer '{layer.name}' is not connected to the input: connect the last hidden layer (or the input) to it.",
                    [lid],
                )
            else:
                add(
                    ERROR,
                    "unreachable",
                    f"Layer '{layer.name}' is not reached from the input '{inputs[0].name}': connect a layer into it, or delete it.",
                    [lid],
                )
    if len(outputs) == 1:
        useful = _reachable(net, outputs[0].id, forward=False)
        for lid, layer in net.layers.items():
            if layer.role == "hidden" and lid not in useful:
                add(
                    WARNING,
                    "dead_end",
                    f"Layer '{layer.name}' does not lead to the output '{outputs[0].name}': its values are computed but never used.",
                    [lid],
                )

    out = outputs[0] if len(outputs) == 1 else None
    if out is not None:
        _check_loss(net, out, add)

    single_layer = len(net.layers) == 2 and len(net.connections) == 1
    for lid, layer in net.layers.items():
        if layer.activation.name in GRADIENT_FREE_ACTIVATIONS and not single_layer:
            add(
                WARNING,
                "no_gradient",
                f"Layer '{layer.name}' uses the step function, whose gradient is zero: gradient descent cannot train it. "
                "Use sigmoid, or train a single-layer perceptron with the perceptron rule.",
                [lid],
            )
        if layer.activation.name == "softmax" and layer.units == 1:
            add(WARNING, "softmax_one_unit", f"Softmax over the single neuron of '{layer.name}' always gives 1: use sigmoid.", [lid])

    if n_features is not None and len(inputs) == 1 and n_features != inputs[0].units:
        add(
            ERROR,
            "data_width",
            f"The data has {n_features} input column{'s' if n_features != 1 else ''} but the input layer "
            f"'{inputs[0].name}' has {inputs[0].units} neuron{'s' if inputs[0].units != 1 else ''}: "
            f"make it {n_features} wide or choose other data.",
            [inputs[0].id],
        )
    if n_targets is not None and out is not None and n_targets != out.units:
        add(
            ERROR,
            "target_width",
            f"The data has {n_targets} target value{'s' if n_targets != 1 else ''} per sample but the output layer "
            f"'{out.name}' has {out.units} neuron{'s' if out.units != 1 else ''}: make it {n_targets} wide or choose other data.",
            [out.id],
        )
    return found


def _check_loss(net: Network, out, add) -> None:
    loss = net.training.loss.name
    act = out.activation.name
    if loss == "categorical_crossentropy":
        if out.units < 2:
            add(
                ERROR,
                "loss_output_mismatch",
                f"Categorical cross-entropy needs one output neuron per class (at least 2, with softmax), but '{out.name}' has "
                f"{out.units}. For two classes use binary_crossentropy with one sigmoid neuron.",
                [out.id],
            )
        elif act != "softmax":
            add(
                WARNING,
                "loss_activation_mismatch",
                f"Categorical cross-entropy expects class probabilities: give the output layer '{out.name}' the softmax activation (it uses {act}).",
                [out.id],
            )
    elif loss == "binary_crossentropy" and act not in ("sigmoid", "softmax"):
        add(
            WARNING,
            "loss_activation_mismatch",
            f"Binary cross-entropy needs outputs between 0 and 1: give the output layer '{out.name}' the sigmoid activation (it uses {act}).",
            [out.id],
        )
    elif loss == "hinge" and act in ("sigmoid", "softmax", "relu", "step"):
        add(
            WARNING,
            "loss_activation_mismatch",
            f"Hinge loss expects scores that can be negative (linear or tanh output); '{out.name}' uses {act}.",
            [out.id],
        )


def _reachable(net: Network, start: str, *, forward: bool) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        lid = todo.pop()
        nxt = [c.target for c in net.outbound(lid)] if forward else [c.source for c in net.inbound(lid)]
        for n in nxt:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen
