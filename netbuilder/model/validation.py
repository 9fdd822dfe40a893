"""Everything that stops a network from training, in words a learner can act on.

Validation never raises: it returns every problem at once so the status bar
can list them and a click can select the layers concerned.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from . import shapes
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


def _count(n: int, one: str, many: str) -> str:
    """"1 neuron" / "3 neurons": English needs two forms, so both are marked for translation where they are
    written (QT_TRANSLATE_NOOP, %1 is the number)."""
    return fill(translate("Validation", one) if n == 1 else translate("Validation", many), n)


def _names(layers) -> str:
    return ", ".join(f"'{layer.name}'" for layer in layers)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def validate(net: Network, *, n_features: int | None = None, n_targets: int | None = None,
             target_range: tuple[float, float] | None = None) -> list[Problem]:
    """Check the network (and, if given, the width of its data and the range of its targets); returns every
    problem found."""
    found: list[Problem] = []

    def add(severity: str, code: str, message: str, layers=(), connections=()) -> None:
        found.append(Problem(severity, code, message, tuple(layers), tuple(connections)))

    if not net.layers:
        add(ERROR, "empty", translate("Validation", "The network is empty: add an Input layer, a hidden layer and an "
                                                    "Output layer, then connect them."))
        return found

    name = {lid: layer.name for lid, layer in net.layers.items()}
    inputs = net.layers_with_role("input")
    outputs = net.layers_with_role("output")

    if not inputs:
        add(ERROR, "no_input", translate("Validation", "There is no input layer: add one (it receives the data) and "
                                                       "connect it forward."))
    elif len(inputs) > 1:
        add(
            ERROR,
            "several_inputs",
            fill(translate("Validation",
                           "There are several input layers (%1): keep one and make the others hidden layers."),
                 _names(inputs)),
            [layer.id for layer in inputs],
        )
    if not outputs:
        add(ERROR, "no_output", translate("Validation", "There is no output layer: mark the last layer as the output "
                                                        "(its values are the prediction)."))
    elif len(outputs) > 1:
        add(
            ERROR,
            "several_outputs",
            fill(translate("Validation",
                           "There are several output layers (%1): keep one and make the others hidden layers."),
                 _names(outputs)),
            [layer.id for layer in outputs],
        )

    for layer in inputs:
        for c in net.inbound(layer.id):
            add(
                ERROR,
                "input_has_inbound",
                fill(translate("Validation", "The input layer '%1' receives a connection from '%2': data enters at the "
                                             "input, remove that connection."), layer.name, name[c.source]),
                [layer.id],
                [c.id],
            )
    for layer in outputs:
        for c in net.outbound(layer.id):
            add(
                ERROR,
                "output_has_outbound",
                fill(translate("Validation", "The output layer '%1' feeds '%2': the output must be the last layer, "
                                             "remove that connection."), layer.name, name[c.target]),
                [layer.id],
                [c.id],
            )
        if layer.dropout > 0:
            add(ERROR, "output_dropout",
                fill(translate("Validation",
                               "The output layer '%1' has dropout: set it to 0 (dropout belongs on hidden layers)."),
                     layer.name), [layer.id])

    cycle = net.find_cycle()
    if cycle:
        loop = " → ".join(name[i] for i in cycle + cycle[:1])
        add(ERROR, "cycle", fill(translate("Validation", "The connections form a loop: %1. Remove one of these "
                                                         "connections; data must flow one way."), loop), cycle)

    if len(inputs) == 1:
        reached = _reachable(net, inputs[0].id, forward=True)
        for lid, layer in net.layers.items():
            if lid in reached or layer.role == "input":
                continue
            if layer.role == "output":
                add(
                    ERROR,
                    "output_not_connected",
                    fill(translate("Validation", "The output layer '%1' is not connected to the input: connect the "
                                                 "last hidden layer (or the input) to it."), layer.name),
                    [lid],
                )
            else:
                add(
                    ERROR,
                    "unreachable",
                    fill(translate("Validation", "Layer '%1' is not reached from the input '%2': connect a layer into "
                                                 "it, or delete it."),
                         layer.name, inputs[0].name),
                    [lid],
                )
    if len(outputs) == 1:
        useful = _reachable(net, outputs[0].id, forward=False)
        for lid, layer in net.layers.items():
            if layer.role == "hidden" and lid not in useful:
                add(
                    WARNING,
                    "dead_end",
                    fill(translate("Validation", "Layer '%1' does not lead to the output '%2': its values are computed "
                                                 "but never used."),
                         layer.name, outputs[0].name),
                    [lid],
                )

    out = outputs[0] if len(outputs) == 1 else None
    if out is not None:
        _check_loss(net, out, add)
        if target_range is not None:
            _check_targets(net, out, target_range, add)
        if out.kind != "dense":
            add(ERROR, "output_not_dense",
                fill(translate("Validation", "The output layer '%1' is a %2: the prediction comes from a Dense layer, "
                                             "so end with Flatten and Dense."), out.name, shapes.KIND_NAMES[out.kind]),
                [out.id])
    if not cycle:
        for problem in shapes.infer(net)[1]:
            add(ERROR, "shape", problem.message, [problem.layer_id])

    single_layer = len(net.layers) == 2 and len(net.connections) == 1
    for lid, layer in net.layers.items():
        if layer.activation.name in GRADIENT_FREE_ACTIVATIONS and not single_layer:
            add(
                WARNING,
                "no_gradient",
                fill(translate("Validation",
                               "Layer '%1' uses the step function, whose gradient is zero: gradient descent cannot "
                               "train it. Use sigmoid, or train a single-layer perceptron with the perceptron rule."),
                     layer.name),
                [lid],
            )
        if layer.activation.name == "softmax" and layer.units == 1:
            add(WARNING, "softmax_one_unit",
                fill(translate("Validation", "Softmax over the single neuron of '%1' always gives 1: use sigmoid."),
                     layer.name), [lid])

    if n_features is not None and len(inputs) == 1 and n_features != inputs[0].units:
        add(
            ERROR,
            "data_width",
            fill(translate("Validation",
                           "The data has %1 but the input layer '%2' has %3: make it %4 wide or choose other data."),
                 _count(n_features, QT_TRANSLATE_NOOP("Validation", "%1 input column"),
                        QT_TRANSLATE_NOOP("Validation", "%1 input columns")), inputs[0].name,
                 _count(inputs[0].units, QT_TRANSLATE_NOOP("Validation", "%1 neuron"),
                        QT_TRANSLATE_NOOP("Validation", "%1 neurons")), n_features),
            [inputs[0].id],
        )
    if n_targets is not None and out is not None and n_targets != out.units:
        add(
            ERROR,
            "target_width",
            fill(translate("Validation",
                           "The data has %1 per sample but the output layer '%2' has %3: make it %4 wide or choose "
                           "other data."),
                 _count(n_targets, QT_TRANSLATE_NOOP("Validation", "%1 target value"),
                        QT_TRANSLATE_NOOP("Validation", "%1 target values")), out.name,
                 _count(out.units, QT_TRANSLATE_NOOP("Validation", "%1 neuron"),
                        QT_TRANSLATE_NOOP("Validation", "%1 neurons")), n_targets),
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
                fill(translate("Validation",
                               "Categorical cross-entropy needs one output neuron per class (at least 2, with "
                               "softmax), but '%1' has %2. For two classes use binary_crossentropy with one sigmoid "
                               "neuron."),
                     out.name, out.units),
                [out.id],
            )
        elif act != "softmax":
            add(
                WARNING,
                "loss_activation_mismatch",
                fill(translate("Validation",
                               "Categorical cross-entropy expects class probabilities: give the output layer '%1' the "
                               "softmax activation (it uses %2)."), out.name, act),
                [out.id],
            )
    elif loss == "binary_crossentropy" and act not in ("sigmoid", "softmax"):
        add(
            WARNING,
            "loss_activation_mismatch",
            fill(translate("Validation",
                           "Binary cross-entropy needs outputs between 0 and 1: give the output layer '%1' the sigmoid "
                           "activation (it uses %2)."), out.name, act),
            [out.id],
        )
    elif loss == "hinge" and act in ("sigmoid", "softmax", "relu", "step"):
        add(
            WARNING,
            "loss_activation_mismatch",
            fill(translate("Validation",
                           "Hinge loss expects scores that can be negative (linear or tanh output); '%1' uses %2."),
                 out.name, act),
            [out.id],
        )


def _check_targets(net: Network, out, target_range: tuple[float, float], add) -> None:
    """Cross-entropies compare probabilities: targets outside [0, 1] (a class number 7, a price) cannot be one."""
    low, high = target_range
    if net.training.loss.name in ("binary_crossentropy", "categorical_crossentropy") and (low < 0 or high > 1):
        add(ERROR, "targets_not_probabilities",
            fill(translate("Validation", "The loss %1 needs targets between 0 and 1 (0/1 labels or one-hot classes), but "
                                         "the data's targets go from %2 to %3: choose the loss mse for values, or data "
                                         "with class labels."), net.training.loss.name, f"{low:g}", f"{high:g}"),
            [out.id])


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
