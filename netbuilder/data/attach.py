"""Making a network's ends fit the data it is given.

Choosing a dataset in the app should not leave the learner with "the data
has 4 input columns but the input layer has 2 neurons": the input layer
takes one neuron per feature, the output layer one per target (one 0/1
neuron for two classes, one per class otherwise). When that size makes the
output activation wrong — softmax over one neuron always gives 1, sigmoid
over ten does not give class probabilities — the activation is switched
too (sigmoid <-> softmax) and the sentence says so; the loss is left to the
network's validation to point out. Everything goes through
:meth:`Network.update_layer`, so the canvas hears the usual events and
neurons that remain keep their weights; the returned sentences are what the
app shows (and what an undo entry can be named after).
"""

from __future__ import annotations

import math

from ..i18n import fill, translate
from ..model.network import Network
from .dataset import Dataset


def fit_network_to_data(net: Network, data: Dataset, *, apply: bool = True) -> list[str]:
    """Resize the input and output layers to ``data``; one sentence per change (empty: it already fits).

    Raises ``ValueError`` before changing anything when the network has no
    single input or output layer, since then there is nothing sensible to
    resize. With ``apply=False`` it only says what it would change.
    """
    first, last = _end(net, "input"), _end(net, "output")
    changes: list[tuple[str, dict, str]] = []

    n_in = data.n_features
    shape = data.image_shape if data.image_shape and math.prod(data.image_shape) == n_in else None
    in_changes: dict = {}
    notes = []
    if first.units != n_in:
        in_changes["units"] = n_in
        what = translate("Datasets", "1 feature") if n_in == 1 else fill(translate("Datasets", "%1 features"), n_in)
        notes.append(fill(translate("Datasets", "input layer '%1' resized from %2 to %3 neurons to match %4"),
                          first.name, first.units, n_in, what))
        if first.image_shape is not None and shape is None:
            notes.append(fill(translate("Datasets", "input layer '%1' no longer shows its inputs as a %2 image"),
                              first.name, _dims(first.image_shape)))
    if shape is not None and tuple(first.image_shape or ()) != tuple(shape):
        in_changes["image_shape"] = list(shape)
        notes.append(fill(translate("Datasets", "input layer '%1' now shows its inputs as a %2 image"),
                          first.name, _dims(shape)))
    if in_changes:
        changes.append((first.id, in_changes, "; ".join(notes)))

    n_out = data.n_targets
    if last.units != n_out:
        out_changes: dict = {"units": n_out}
        notes = [fill(translate("Datasets", "output layer '%1' resized from %2 to %3 neurons to match %4"),
                      last.name, last.units, n_out, _targets(data))]
        activation = last.activation.name
        if n_out == 1 and activation == "softmax":
            out_changes["activation"] = "sigmoid"
            notes.append(translate("Datasets",
                                   "it now uses sigmoid, since softmax over a single neuron always gives 1"))
        elif data.task == "multiclass" and activation == "sigmoid":
            out_changes["activation"] = "softmax"
            notes.append(translate("Datasets",
                                   "it now uses softmax, so its outputs are class probabilities that add up to 1"))
        changes.append((last.id, out_changes, "; ".join(notes)))
    if apply:
        for layer_id, update, _ in changes:
            net.update_layer(layer_id, **update)
    return [sentence for _, _, sentence in changes]


def _end(net: Network, role: str):
    layers = net.layers_with_role(role)
    if len(layers) == 1:
        return layers[0]
    if not layers:
        raise ValueError(f"the network has no {role} layer: add one (or mark a layer as {role}) "
                         "so the data has somewhere to go")
    names = ", ".join(f"'{layer.name}'" for layer in layers)
    raise ValueError(f"the network has {len(layers)} {role} layers ({names}); keep one to attach data")


def _targets(data: Dataset) -> str:
    if data.task == "binary":
        return translate("Datasets", "2 classes (one neuron: 0 for the first class, 1 for the second)")
    if data.task == "multiclass":
        return fill(translate("Datasets", "%1 classes"), data.n_targets)
    if data.n_targets == 1:
        return translate("Datasets", "1 target")
    return fill(translate("Datasets", "%1 targets"), data.n_targets)


def _dims(shape) -> str:
    return " × ".join(str(d) for d in shape)
