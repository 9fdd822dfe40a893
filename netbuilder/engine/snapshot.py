"""What a training run reports to whoever watches it: plain data, no Qt.

The training worker builds one :class:`Snapshot` at most ~30 times a second,
however fast the steps run. Everything the live panels draw is computed here,
in the worker's thread, by the engine (see :mod:`netbuilder.engine.probes`);
the panels only display it. A snapshot owns copies of its arrays, so the
worker may go on training while the UI reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model.parameters import Parameters


@dataclass
class Boundary:
    """The network's output over a grid of the 2-D input plane (TensorFlow Playground's picture)."""

    #: Grid coordinates: ``xs`` (W,) along input 1 and ``ys`` (H,) along input 2, in raw input units.
    xs: np.ndarray
    ys: np.ndarray
    #: Output on the grid, (H, W): the probability of class 1 for a 1-unit classifier, the arg-max
    #: class for a multi-class one, the value for regression.
    output: np.ndarray
    #: What ``output`` means: "probability", "class" or "value".
    kind: str
    #: Per hidden or output layer id: each neuron's activation on the grid, (units, H, W).
    neurons: dict[str, np.ndarray] = field(default_factory=dict)
    #: "train" / "test" → the samples to draw on top, (n, 2) in the same raw units as ``xs``/``ys``.
    points: dict[str, np.ndarray] = field(default_factory=dict)
    #: "train" / "test" → their class numbers (n,) for classifiers, their target values for regression.
    labels: dict[str, np.ndarray] = field(default_factory=dict)
    #: Where a "probability" output changes class: 0.5, or 0 for tanh-like scores.
    threshold: float = 0.5


@dataclass
class Snapshot:
    epoch: int  # 1-based epoch the last step belonged to
    step: int  # 1-based step within that epoch
    steps_per_epoch: int
    global_step: int
    total_steps: int | None  # when the run has a fixed number of epochs
    elapsed: float  # seconds since the run started (pauses excluded)
    #: Per-batch losses of the steps since the previous snapshot, in order.
    batch_losses: list[float]
    #: Logs of the epochs finished since the previous snapshot (each with an "epoch" key, 1-based).
    epoch_logs: list[dict[str, float]]
    #: Current parameters and the last step's gradients (copies).
    parameters: Parameters
    gradients: Parameters | None = None
    #: Per layer id: the layer's outputs on a fixed probe batch (≤ 512 samples), for histograms.
    activations: dict[str, np.ndarray] | None = None
    #: For networks with two inputs.
    boundary: Boundary | None = None
    #: "train" / "test" → confusion matrix (rows true, columns predicted), classifiers only.
    confusion: dict[str, np.ndarray] | None = None
    #: "train" / "test" → R², regression only.
    r2: dict[str, float] | None = None
    task: str = "regression"  # "binary", "multiclass" or "regression"
    #: For networks that read images: layer id → one sample at the input and after each convolution and
    #: pooling layer, (height, width, channels); ``feature_sample`` is its index in the training data.
    feature_maps: dict[str, np.ndarray] | None = None
    feature_sample: int | None = None
    #: The network's output for that sample.
    feature_output: np.ndarray | None = None
    #: Layer id → gradient norm, spreads, dead and saturated shares (:class:`~netbuilder.engine.health.LayerHealth`).
    health: dict | None = None
    #: Earlier reports' health when a watcher merged them into this one to draw them together: (their place in
    #: the run in epochs, ``epoch − 1 + step / steps_per_epoch``; their ``health``), oldest first.
    health_trail: list = field(default_factory=list)

    @property
    def progress(self) -> float | None:
        if not self.total_steps:
            return None
        return min(1.0, self.global_step / self.total_steps)

    @property
    def seconds_left(self) -> float | None:
        p = self.progress
        if p is None or p <= 0:
            return None
        return self.elapsed * (1 - p) / p
