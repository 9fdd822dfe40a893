"""Why a network learns or does not, measured while it trains: gradient flow, saturation, dead units.

A :class:`HealthTracker` watches the steps of a :class:`~netbuilder.engine.training.Trainer`
(the app's session turns it on; headless training does not pay for it):

- after each forward pass, per layer: which units fired at least once this epoch (a ReLU unit that
  stays at 0 for every sample of an epoch is *dead*: no gradient reaches its weights), how many outputs
  sit where f'(z) is all but 0 (sigmoid and tanh *saturate*), and the outputs' spread;
- after each backward pass, per layer: ‖dL/dW‖, the norm of the gradient of its incoming weights (the
  one of Nielsen's chapter 5: in a deep sigmoid network the first layer's is 100 times smaller than
  the last's — the vanishing gradient).

:meth:`HealthTracker.take` hands out the means since the previous call and the last completed
epoch's dead and saturated shares, as plain :class:`LayerHealth` values a snapshot can carry.

Measuring every step costs a small network as much as the step itself, so a watched run measures a
sample of its steps: with ``interval`` set, at most one step every ``interval`` seconds (every step when
the steps are slower than that; the first step always). The numbers keep their meaning on the steps
measured: ‖dL/dW‖ and the spreads are means over the measured steps since the last report, and a unit is
dead when it was 0 for every sample of the measured steps of the last epoch that had any (an epoch with
none measured, e.g. one of XOR's one-step epochs between two samples, leaves the shares as they were).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from .compiled import CompiledNetwork, ForwardCache


@dataclass
class LayerHealth:
    """One layer's health since the last report (``grad_norm``, the stds) and over the last epoch (the shares)."""

    #: ‖dL/dW‖ of the layer's incoming weights, the mean over the steps since the last report.
    grad_norm: float
    #: Standard deviation of the layer's incoming weights, now.
    weight_std: float
    #: Standard deviation of the layer's outputs over the samples seen since the last report.
    activation_std: float
    #: Share of the layer's units (filters of a convolution) that were 0 for every sample of the last
    #: epoch; None for activations that cannot die (everything but ReLU).
    dead_fraction: float | None
    #: Share of the outputs of the last epoch with f'(z) < 5 % of its peak; None for activations that do
    #: not saturate (everything but sigmoid and tanh).
    saturated_fraction: float | None
    units: int


class _Layer:
    """The running sums of one layer."""

    def __init__(self, compiled: CompiledNetwork, layer) -> None:
        self.layer = layer
        self.weights = [inc.weights for inc in layer.inbound if inc.weights.size]
        self.grads = [inc.grad for inc in layer.inbound if inc.grad.size]
        self.can_die = layer.activation.can_die
        self.saturates = layer.activation.saturated(np.zeros(1)) is not None
        units = layer.shape[-1] if layer.shape else 1
        self.active = np.zeros(units, dtype=bool)
        self.epoch_outputs = self.epoch_saturated = 0
        self.epoch_observed = False
        self.last_dead: float | None = None
        self.last_saturated: float | None = None
        self.reset_report()

    def reset_report(self) -> None:
        self.grad_sum = 0.0
        self.grad_steps = 0
        self.sum = self.sum_sq = 0.0
        self.count = 0

    def observe(self, a: np.ndarray) -> None:
        flat = a.reshape(-1, a.shape[-1])
        self.epoch_observed = True
        if self.can_die:
            self.active |= flat.any(axis=0)
        if self.saturates:
            self.epoch_saturated += int(np.count_nonzero(self.layer.activation.saturated(flat)))
            self.epoch_outputs += flat.size
        self.sum += float(flat.sum(dtype=np.float64))
        self.sum_sq += float(np.square(flat, dtype=np.float64).sum())
        self.count += flat.size

    def observe_gradient(self) -> None:
        if self.grads:
            self.grad_sum += math.sqrt(sum(float(np.vdot(g, g)) for g in self.grads))
            self.grad_steps += 1

    def end_epoch(self) -> None:
        if not self.epoch_observed:  # nothing measured in this epoch: the last measured one still stands
            return
        self.epoch_observed = False
        if self.can_die:
            self.last_dead = float(1.0 - self.active.mean())
            self.active[:] = False
        if self.saturates and self.epoch_outputs:
            self.last_saturated = self.epoch_saturated / self.epoch_outputs
        self.epoch_outputs = self.epoch_saturated = 0

    def report(self) -> LayerHealth:
        mean = self.sum / self.count if self.count else 0.0
        variance = max(self.sum_sq / self.count - mean * mean, 0.0) if self.count else 0.0
        weights = np.concatenate([w.ravel() for w in self.weights]) if self.weights else np.zeros(0)
        health = LayerHealth(
            grad_norm=self.grad_sum / self.grad_steps if self.grad_steps else float("nan"),
            weight_std=float(weights.std()) if weights.size else float("nan"),
            activation_std=math.sqrt(variance) if self.count else float("nan"),
            dead_fraction=self.last_dead,
            saturated_fraction=self.last_saturated,
            units=int(self.active.size),
        )
        self.reset_report()
        return health


class HealthTracker:
    """Gradient norms, spreads, dead and saturated units of every layer with weights, while training."""

    def __init__(self, compiled: CompiledNetwork, interval: float = 0.0) -> None:
        self._layers = {layer.layer_id: _Layer(compiled, layer) for layer in compiled.layers
                        if layer.weighted}
        self._order = list(self._layers)
        #: Measure at most one step every this many seconds (0: every step); see the module's docstring.
        self.interval = interval
        self._last = -math.inf
        self._measuring = True
        #: Measure only while this says so (None: always), asked before each step measured: e.g. whether a
        #: watcher draws the health now.
        self.gate = None
        #: Steps measured since the tracker was made (for tests and benchmarks).
        self.measured = 0

    def observe_forward(self, cache: ForwardCache, compiled: CompiledNetwork) -> None:
        if self.interval > 0:
            now = time.perf_counter()
            self._measuring = now - self._last >= self.interval
            if not self._measuring:
                return
            self._last = now
        if self.gate is not None:
            self._measuring = self.gate()
            if not self._measuring:
                return
        self.measured += 1
        for layer in compiled.layers:
            tracked = self._layers.get(layer.layer_id)
            if tracked is not None:
                tracked.observe(cache.a[layer.index])

    def observe_backward(self) -> None:
        if not self._measuring:
            return
        for tracked in self._layers.values():
            tracked.observe_gradient()

    def end_epoch(self) -> None:
        for tracked in self._layers.values():
            tracked.end_epoch()

    def take(self) -> dict[str, LayerHealth]:
        """Layer id → its health, in forward order; the means start again from here."""
        return {lid: self._layers[lid].report() for lid in self._order}
