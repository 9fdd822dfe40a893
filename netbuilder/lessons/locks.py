"""What a lesson locks, hides and limits, and how an edit or a submitted network is judged against it.

A lesson names *controls* — the things a learner can change — and locks some of them (or leaves only a
few editable). The rules are checked by comparing two networks, so the same code serves both places:

- the app, before every edit: the network as it is and as the edit would leave it
  (:func:`refusal` gives the sentence to show, or None);
- grading a saved network (``netbuilder check-lesson``): the lesson's starting network and the submitted
  one (:func:`violations`), for what a file can show — weights are left out there, since training
  changes them.

Hiding (``hidden``) is a matter of the app's layout only: a hidden panel can be brought back from
View → Panels, so a lesson that must keep something unchanged locks it as well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from ..model.network import Network

#: control -> what it covers, for messages and the teacher's dialog (translated in context "Lessons").
CONTROLS: dict[str, str] = {
    "layers": QT_TRANSLATE_NOOP("Lessons", "layers, connections and single edges (adding or removing them)"),
    "neurons": QT_TRANSLATE_NOOP("Lessons", "the number of neurons of a layer"),
    "activation": QT_TRANSLATE_NOOP("Lessons", "the activation functions"),
    "dropout": QT_TRANSLATE_NOOP("Lessons", "dropout"),
    "weights": QT_TRANSLATE_NOOP("Lessons", "weights and biases"),
    "loss": QT_TRANSLATE_NOOP("Lessons", "the loss function"),
    "optimizer": QT_TRANSLATE_NOOP("Lessons", "the optimizer and its settings"),
    "learning_rate": QT_TRANSLATE_NOOP("Lessons", "the learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("Lessons", "the batch size"),
    "epochs": QT_TRANSLATE_NOOP("Lessons", "the number of epochs"),
    "regularization": QT_TRANSLATE_NOOP("Lessons", "the L1 and L2 penalties"),
    "validation_split": QT_TRANSLATE_NOOP("Lessons", "the validation split"),
    "seed": QT_TRANSLATE_NOOP("Lessons", "the seed and shuffling"),
    "stopping": QT_TRANSLATE_NOOP("Lessons", "the stopping rules (target loss, early stopping)"),
    "dataset": QT_TRANSLATE_NOOP("Lessons", "the data"),
}

#: Panels a lesson may hide: the app's docks, and the replay timeline under the Loss plot ("replay").
PANELS: dict[str, str] = {
    "palette": QT_TRANSLATE_NOOP("Lessons", "Palette"),
    "inspector": QT_TRANSLATE_NOOP("Lessons", "Inspector"),
    "training": QT_TRANSLATE_NOOP("Lessons", "Training"),
    "data": QT_TRANSLATE_NOOP("Lessons", "Data"),
    "loss": QT_TRANSLATE_NOOP("Lessons", "Loss"),
    "gradient_flow": QT_TRANSLATE_NOOP("Lessons", "Gradient flow"),
    "replay": QT_TRANSLATE_NOOP("Lessons", "Replay timeline"),
    "metrics": QT_TRANSLATE_NOOP("Lessons", "Metrics"),
    "activation_plot": QT_TRANSLATE_NOOP("Lessons", "Activation function"),
    "boundary": QT_TRANSLATE_NOOP("Lessons", "Decision boundary"),
    "weights": QT_TRANSLATE_NOOP("Lessons", "Weights"),
    "activations": QT_TRANSLATE_NOOP("Lessons", "Activations"),
    "filters": QT_TRANSLATE_NOOP("Lessons", "Filters"),
    "feature_maps": QT_TRANSLATE_NOOP("Lessons", "Feature maps"),
    "walkthrough": QT_TRANSLATE_NOOP("Lessons", "Walkthrough"),
}

#: Training settings -> the control that covers them.
_TRAINING_CONTROLS = {
    "loss": "loss",
    "optimizer": "optimizer",
    "batch_size": "batch_size",
    "epochs": "epochs",
    "validation_split": "validation_split",
    "shuffle": "seed",
    "seed": "seed",
    "l1": "regularization",
    "l2": "regularization",
    "target_loss": "stopping",
    "early_stopping_patience": "stopping",
}

#: Layers counted as hidden neurons and hidden layers (pooling and Flatten have no neurons of their own).
_NEURON_KINDS = ("dense", "conv2d")


@dataclass(frozen=True)
class Controls:
    """What a lesson locks, hides and limits.

    Exactly one of ``locked`` and ``editable`` is used as the file gives it: ``locked`` names the locked
    controls, ``editable`` the only ones left free (everything else is locked). Both empty: nothing locked.
    """

    locked: frozenset[str] = frozenset()
    editable: frozenset[str] | None = None
    hidden: frozenset[str] = frozenset()
    max_hidden_neurons: int | None = None
    max_hidden_layers: int | None = None

    def __post_init__(self) -> None:
        if self.editable is not None and self.locked:
            raise ValueError("give either the locked controls or the editable ones, not both")
        for name in set(self.locked) | set(self.editable or ()):
            if name not in CONTROLS:
                raise ValueError(f"there is no control '{name}' (there are: {', '.join(CONTROLS)})")
        for name in self.hidden:
            if name not in PANELS:
                raise ValueError(f"there is no panel '{name}' (there are: {', '.join(PANELS)})")

    @property
    def locked_set(self) -> frozenset[str]:
        """Every locked control, whichever way the file names them."""
        if self.editable is not None:
            return frozenset(CONTROLS) - self.editable
        return self.locked

    def is_locked(self, control: str) -> bool:
        return control in self.locked_set

    @property
    def anything(self) -> bool:
        """Whether the lesson locks or limits anything at all."""
        return bool(self.locked_set) or self.max_hidden_neurons is not None or self.max_hidden_layers is not None

    def summary(self) -> list[str]:
        """One translated line per rule, for the lesson panel."""
        lines = []
        locked = [c for c in CONTROLS if self.is_locked(c)]
        if self.editable is not None:
            free = [translate("Lessons", CONTROLS[c]) for c in CONTROLS if c in self.editable]
            lines.append(fill(translate("Lessons", "You may change only: %1."), "; ".join(free))
                         if free else translate("Lessons", "Nothing can be changed in this lesson."))
        elif locked:
            lines.append(fill(translate("Lessons", "Locked: %1."), "; ".join(translate("Lessons", CONTROLS[c])
                                                                          for c in locked)))
        if self.max_hidden_neurons is not None:
            lines.append(fill(translate("Lessons", "At most %1 hidden neurons."), self.max_hidden_neurons))
        if self.max_hidden_layers is not None:
            lines.append(fill(translate("Lessons", "At most %1 hidden layers."), self.max_hidden_layers))
        return lines


# -- what a network is made of, control by control ------------------------------------------------


def hidden_neurons(net: Network) -> int:
    return sum(layer.units for layer in net.layers.values() if layer.role == "hidden" and layer.kind in _NEURON_KINDS)


def hidden_layers(net: Network) -> int:
    return sum(1 for layer in net.layers.values() if layer.role == "hidden" and layer.kind in _NEURON_KINDS)


def _layer_shape(layer) -> tuple:
    return (layer.role, layer.kind, layer.use_bias, tuple(layer.kernel_size or ()), tuple(layer.strides or ()),
            layer.padding, tuple(layer.image_shape or ()))


def _canonical_dataset(spec: Any) -> str:
    """The dataset as comparable text: a built-in one with its defaults filled in, as the app records it."""
    if isinstance(spec, dict) and spec.get("kind") == "builtin":
        from ..data.builtin import GENERATORS, check_params

        gen = GENERATORS.get(str(spec.get("name", "")).strip().lower().replace("-", "_"))
        if gen is not None:
            try:
                spec = {**spec, "name": gen.name, "params": check_params(gen, dict(spec.get("params") or {}))}
            except (ValueError, TypeError):
                pass
    return json.dumps(spec, sort_keys=True, default=_array_json)


def _array_json(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(type(value).__name__)


def changed_controls(before: Network, after: Network, *, weights: bool = True) -> set[str]:
    """The controls whose part of the network differs between ``before`` and ``after``.

    Layers and connections are matched by id. Without ``weights`` the weights, biases and PReLU slopes
    are not compared (training changes them)."""
    changed: set[str] = set()
    common = before.layers.keys() & after.layers.keys()
    if before.layers.keys() != after.layers.keys():
        changed.add("layers")
    for lid in common:
        a, b = before.layers[lid], after.layers[lid]
        if _layer_shape(a) != _layer_shape(b):
            changed.add("layers")
        if a.kind in _NEURON_KINDS and a.units != b.units:
            changed.add("neurons")
        if a.activation.get_config() != b.activation.get_config():
            changed.add("activation")
        if a.dropout != b.dropout:
            changed.add("dropout")
        if weights:
            for name in ("bias", "alpha"):
                va, vb = getattr(a, name), getattr(b, name)
                if va is not None and vb is not None and va.shape == vb.shape and not np.array_equal(va, vb):
                    changed.add("weights")
    ends_before = {cid: (c.source, c.target) for cid, c in before.connections.items()}
    ends_after = {cid: (c.source, c.target) for cid, c in after.connections.items()}
    if sorted(ends_before.values()) != sorted(ends_after.values()):
        changed.add("layers")
    for cid in ends_before.keys() & ends_after.keys():
        a, b = before.connections[cid], after.connections[cid]
        if a.weights.shape == b.weights.shape:
            if not np.array_equal(_mask(a), _mask(b)):
                changed.add("layers")
            if weights and not np.array_equal(a.weights, b.weights):
                changed.add("weights")
    ta, tb = before.training.get_config(), after.training.get_config()
    for key, control in _TRAINING_CONTROLS.items():
        if key == "optimizer":
            oa = {k: v for k, v in ta["optimizer"].items() if k != "learning_rate"}
            ob = {k: v for k, v in tb["optimizer"].items() if k != "learning_rate"}
            if oa != ob:
                changed.add(control)
        elif ta.get(key) != tb.get(key):
            changed.add(control)
    if before.training.learning_rate != after.training.learning_rate:
        changed.add("learning_rate")
    if _canonical_dataset(before.dataset) != _canonical_dataset(after.dataset):
        changed.add("dataset")
    return changed


def _mask(conn) -> np.ndarray:
    mask = getattr(conn, "mask", None)
    return np.ones(conn.weights.shape, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)


# -- judging ------------------------------------------------------------------------------------------


def locked_text(control: str) -> str:
    return fill(translate("Lessons", "Locked by the lesson: %1."), translate("Lessons", CONTROLS[control]))


def refusal(controls: Controls, before: Network, after: Network) -> str | None:
    """Why the edit from ``before`` to ``after`` is refused, or None when the lesson allows it.

    A limit refuses only an edit that goes further beyond it: a network that starts above the limit
    may still be made smaller."""
    changed = changed_controls(before, after)
    for control in CONTROLS:
        if control in changed and controls.is_locked(control):
            return locked_text(control)
    limit = controls.max_hidden_neurons
    if limit is not None:
        n_before, n_after = hidden_neurons(before), hidden_neurons(after)
        if n_after > limit and n_after > n_before:
            return fill(translate("Lessons", "The lesson allows at most %1 hidden neurons; this change would make %2."),
                        limit, n_after)
    limit = controls.max_hidden_layers
    if limit is not None:
        n_before, n_after = hidden_layers(before), hidden_layers(after)
        if n_after > limit and n_after > n_before:
            return fill(translate("Lessons", "The lesson allows at most %1 hidden layers; this change would make %2."),
                        limit, n_after)
    return None


@dataclass(frozen=True)
class Violation:
    """A rule a submitted network breaks: the control (or limit) and a sentence."""

    control: str
    text: str


def violations(controls: Controls, start: Network, network: Network) -> list[Violation]:
    """What ``network`` changed that the lesson locks, compared with the lesson's ``start``, and the
    limits it exceeds. Weights are not compared: training changes them."""
    found = []
    changed = changed_controls(start, network, weights=False)
    for control in CONTROLS:
        if control in changed and controls.is_locked(control) and control != "weights":
            found.append(Violation(control, fill(translate("Lessons", "Changed although the lesson locks it: %1."),
                                                 translate("Lessons", CONTROLS[control]))))
    if controls.max_hidden_neurons is not None and hidden_neurons(network) > controls.max_hidden_neurons:
        found.append(Violation("max_hidden_neurons", fill(
            translate("Lessons", "%1 hidden neurons, more than the %2 the lesson allows."),
            hidden_neurons(network), controls.max_hidden_neurons)))
    if controls.max_hidden_layers is not None and hidden_layers(network) > controls.max_hidden_layers:
        found.append(Violation("max_hidden_layers", fill(
            translate("Lessons", "%1 hidden layers, more than the %2 the lesson allows."),
            hidden_layers(network), controls.max_hidden_layers)))
    return found
