"""The one undoable edit of the data panel: use a dataset (or a changed version of it).

Recording the dataset in the network and fitting the input and output
layers to it (:func:`netbuilder.data.fit_network_to_data`) are one step in
the undo history, so Ctrl+Z after choosing MNIST gives back both the old data
and the old layer sizes with their weights.
"""

from __future__ import annotations

import copy
from typing import Any

from ...data import Dataset, fit_network_to_data
from ...model.layer import Layer
from ...model.network import Network
from ..commands import _Command

#: Layer settings that fitting may change; sizes bring their weights along (see Network.update_layer).
_FITTED = tuple(f for f in Layer.FIELDS if f not in ("bias", "alpha", "position", "name"))


class AttachDataset(_Command):
    """Record ``spec`` as the network's dataset and resize its ends to ``data``.

    After the first redo, :attr:`changes` holds one sentence per layer that
    changed and :attr:`problem` says why nothing could be fitted (no input
    layer yet, say); the dataset is recorded either way.
    """

    def __init__(self, net: Network, spec: dict[str, Any] | None, data: Dataset | None, text: str,
                 parent=None):
        super().__init__(net, text, parent)
        self.new_spec = copy.deepcopy(spec)
        self.old_spec = copy.deepcopy(net.dataset)
        self._data = data
        self.changes: list[str] = []
        self.problem: str | None = None
        #: (state before, state after) of each layer changed, in the order they were changed.
        self._steps: list[tuple[dict, dict]] = []
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._done = True
            if self._data is not None:
                self._fit(self._data)
            self._data = None  # a dataset can be large (MNIST): the layer states are all undo needs
        else:
            for _, after in self._steps:
                self.net.restore_layer_state(after)
        self.net.set_settings(dataset=copy.deepcopy(self.new_spec))

    def undo(self) -> None:
        for before, _ in reversed(self._steps):
            self.net.restore_layer_state(before)
        self.net.set_settings(dataset=copy.deepcopy(self.old_spec))

    def _fit(self, data: Dataset) -> None:
        # Fit a copy first to learn what changes, then make those changes here one layer at a time,
        # keeping each layer's state before and after: every undo step then leaves consistent sizes.
        trial = self.net.copy()
        try:
            self.changes = fit_network_to_data(trial, data)
        except ValueError as exc:
            self.problem = str(exc)
            return
        for lid, layer in trial.layers.items():
            old = self.net.layers[lid].get_config()
            new = layer.get_config()
            update = {k: new[k] for k in _FITTED if k in new and new[k] != old.get(k)}
            if update:
                before = self.net.layer_state(lid)
                self.net.update_layer(lid, **update)
                self._steps.append((before, self.net.layer_state(lid)))
