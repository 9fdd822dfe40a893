"""What the live panels draw, computed by the engine (in the training worker's thread).

The panels only display; every number they show comes from here and travels
in a :class:`~netbuilder.engine.snapshot.Snapshot`:

- :func:`layer_activations`: each layer's outputs on a fixed probe batch
  (:func:`probe_batch`), for the histograms; :func:`activation_summary` says
  how many outputs are exactly zero (dead ReLUs) or saturated.
- :func:`boundary` / :class:`BoundaryProbe`: the output and every neuron over
  a grid of the 2-D input plane (TensorFlow Playground's picture).
- :func:`confusion_matrices`, :func:`r2_scores`, :func:`classification_report`:
  how well the network does on the training and test sets.
- :func:`health`: gradient flow, dead and saturated units of the network as it
  stands (not training), measured on data the way a training run measures them.
- :class:`SnapshotProbe`: all of the above as the ``probe`` hook of
  :class:`~netbuilder.engine.session.TrainingSession` (with a :class:`Plane`
  for data whose inputs are transformed).

The input plane and the input transform
---------------------------------------
A dataset may change its inputs before the network sees them: a stored
scaling (CSV files) and extra features such as x1², x1·x2
(:mod:`netbuilder.data.transforms`). The picture must be drawn in the
plane the *user* knows — the raw two input columns — while the network is
fed exactly what it is fed in training. So :func:`boundary` takes

- the samples in raw plane coordinates (two columns), which set the grid's
  range and are drawn as the points, and
- ``transform``: raw rows → network rows, i.e.
  ``netbuilder.data.input_transform(network.dataset)``, the very function
  :func:`netbuilder.api.predict` applies to typed inputs.

The grid points go through ``transform`` once, as one batch, exactly like
data would. When the dataset has neither scaling nor extra features (every
built-in 2-D set) the transform is the identity and the raw samples are the
network's inputs: pass ``transform=None``. The engine does not import
:mod:`netbuilder.data`; the caller hands the function in.

Everything here is plain NumPy and fast: a 100 × 100 grid through a small
network takes about a millisecond.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import activations, metrics
from .compiled import CompiledNetwork
from .health import HealthTracker, LayerHealth
from .snapshot import Boundary, Snapshot

Transform = Callable[[np.ndarray], np.ndarray]

# -- activations on a probe batch ------------------------------------------------------------


def probe_batch(x: np.ndarray, size: int = 512, seed: int = 0) -> np.ndarray:
    """A fixed subset of at most ``size`` rows of ``x`` (the same rows every time, in their order)."""
    x = np.asarray(x)
    if len(x) <= size:
        return x
    rows = np.sort(np.random.default_rng(seed).choice(len(x), size, replace=False))
    return x[rows]


def feature_maps(compiled: CompiledNetwork, x_one: np.ndarray) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """What one sample looks like inside the network: layer id → its image at the input and after every
    convolution and pooling layer, (height, width, channels) (empty for a network without images), and the
    network's output for it. Dropout off."""
    cache = compiled.forward(np.asarray(x_one, dtype=compiled.dtype).reshape(1, -1))
    maps = {lid: cache.a[i][0] for i, lid in enumerate(compiled.order) if cache.a[i].ndim == 4}
    return maps, cache.output[0]


def layer_activations(compiled: CompiledNetwork, x_probe: np.ndarray) -> dict[str, np.ndarray]:
    """Layer id → the layer's outputs (samples, units) on ``x_probe``, dropout off; every layer but the input."""
    cache = compiled.forward(np.asarray(x_probe, dtype=compiled.dtype))
    return {lid: cache.a[i] for i, lid in enumerate(compiled.order) if i > 0}


@dataclass
class ActivationSummary:
    """What a histogram of one layer's outputs cannot show at a glance."""

    samples: int
    units: int
    #: Share of all outputs that are exactly 0 (ReLU's flat half).
    zero_fraction: float
    #: Neurons whose output is 0 for every probe sample: dead ReLUs, no gradient reaches their weights.
    dead_units: int
    #: Share of outputs where the derivative is below 5 % of its peak (sigmoid, tanh), else None.
    saturated_fraction: float | None


def activation_summary(values: np.ndarray, activation: str) -> ActivationSummary:
    """Dead and saturated outputs of one layer (``activation`` is its name, e.g. ``"relu"``)."""
    a = np.asarray(values)
    a = a.reshape(len(a), -1) if a.ndim != 2 else a
    n, units = a.shape
    zero = a == 0
    saturated = activations.get(activation).saturated(a)
    return ActivationSummary(
        samples=int(n),
        units=int(units),
        zero_fraction=float(zero.mean()) if a.size else 0.0,
        dead_units=int(zero.all(axis=0).sum()) if n else 0,
        saturated_fraction=float(saturated.mean()) if saturated is not None and a.size else None,
    )


def health(compiled: CompiledNetwork, x: np.ndarray, y: np.ndarray) -> dict[str, LayerHealth]:
    """Layer id → :class:`~netbuilder.engine.health.LayerHealth` of the network as it stands, on ``(x, y)``
    taken as one batch (dropout off, no penalties): what a training run's report would say about these
    weights after an epoch over these samples — ‖dL/dW‖ of one full-batch gradient, the spreads, the ReLU
    units that are 0 for every sample and the sigmoid/tanh outputs where f' is below 5 % of its peak.

    The same :class:`~netbuilder.engine.health.HealthTracker` measures it, so a replayed moment or the idle
    document shows what training showed. ``compiled``'s gradient buffers are overwritten.
    """
    tracker = HealthTracker(compiled)
    x = np.asarray(x, dtype=compiled.dtype)
    y = np.asarray(y, dtype=compiled.dtype)
    if y.ndim == 1:
        y = y.reshape(-1, 1)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        cache = compiled.forward(x)
        tracker.observe_forward(cache, compiled)
        compiled.backward(cache, y)
        tracker.observe_backward()
    tracker.end_epoch()
    return tracker.take()


# -- decision boundary --------------------------------------------------------------------------


def plane_range(points: np.ndarray, margin: float = 0.1) -> tuple[tuple[float, float], tuple[float, float]]:
    """((x_min, x_max), (y_min, y_max)) spanning ``points`` (n, 2) plus ``margin`` of the span on each side.

    The plane is never a sliver. A column whose values (nearly) do not vary gets a window around them as wide
    as the other column's span: samples on a line parallel to an axis have a square plane along them. When
    neither varies (one sample, the worked example) both get max(|x|, |y|, 1): a square around the point,
    ±0.5 for one near the origin. The document's idle picture and a training run's live one both take their
    range from here (through :class:`BoundaryProbe`), so the picture does not jump when a run starts.
    """
    p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    p = p[np.all(np.isfinite(p), axis=1)]
    if len(p) == 0:
        lows, highs = np.array([-1.0, -1.0]), np.array([1.0, 1.0])
    else:
        lows, highs = p.min(axis=0), p.max(axis=0)
    spans = highs - lows
    # "does not vary": a span within rounding of the values themselves (1e-9 of their size)
    flat = spans <= 1e-9 * np.maximum(1.0, np.maximum(np.abs(lows), np.abs(highs)))
    centres = (lows + highs) / 2
    out = []
    for col in range(2):
        lo, hi, span = float(lows[col]), float(highs[col]), float(spans[col])
        if flat[col]:
            span = float(spans[1 - col]) if not flat[1 - col] else max(1.0, *np.abs(centres).tolist())
            lo, hi = float(centres[col]) - span / 2, float(centres[col]) + span / 2
        out.append((lo - margin * span, hi + margin * span))
    return out[0], out[1]


def infer_task(compiled: CompiledNetwork) -> str:
    """The task from the output layer alone (prefer the trainer's ``task`` when there is one)."""
    name = compiled.output_activation.name
    if compiled.n_outputs > 1 and name == "softmax":
        return "multiclass"
    if compiled.n_outputs == 1 and name in ("sigmoid", "step"):
        return "binary"
    return "regression"


def _labels(y: np.ndarray | None, task: str) -> np.ndarray | None:
    """Class numbers (n,) for classifiers, the first target (n,) for regression."""
    if y is None:
        return None
    y = np.asarray(y)
    if y.ndim == 1:
        y = y.reshape(-1, 1)
    if task == "regression":
        return y[:, 0].astype(np.float64)
    labels = metrics.true_labels(y, task)
    return labels.reshape(len(y), -1)[:, 0].astype(np.int64)


class BoundaryProbe:
    """The grid of a decision-boundary picture, built once; :meth:`compute` runs the network on it.

    The grid and its transformed inputs do not change while a network trains,
    so a training worker keeps one of these and calls :meth:`compute` for each
    snapshot: only the forward pass is repeated.

    ``x_train`` / ``x_test`` are the samples in plane coordinates (two raw input
    columns); the grid spans them with ``margin`` of their range on each side.
    ``transform`` maps plane rows to network inputs (see the module notes; None
    when they are the same). ``y_*`` give the points' classes (or values).
    ``task`` is "binary", "multiclass" or "regression" (default: from the output
    layer); ``threshold`` is the binary decision threshold (0.5, or 0 for tanh scores).
    Layers with more than ``max_units`` neurons get no per-neuron pictures.
    ``extent``: other points (plane coordinates) whose range the grid spans instead
    of the samples' — e.g. all of a dataset's samples when only some are drawn.
    """

    def __init__(
        self,
        compiled: CompiledNetwork,
        x_train: np.ndarray,
        y_train: np.ndarray | None = None,
        x_test: np.ndarray | None = None,
        y_test: np.ndarray | None = None,
        *,
        transform: Transform | None = None,
        task: str | None = None,
        threshold: float = 0.5,
        resolution: int | tuple[int, int] = 100,
        margin: float = 0.1,
        max_units: int = 64,
        extent: np.ndarray | None = None,
    ) -> None:
        self.compiled = compiled
        self.task = task or infer_task(compiled)
        self.threshold = float(threshold)
        self.max_units = max_units
        x_train = np.array(x_train, dtype=np.float64)  # a copy: the snapshots share it read-only
        if x_train.ndim != 2 or x_train.shape[1] != 2:
            raise ValueError(f"a decision boundary needs samples with 2 input columns, got shape {x_train.shape}")
        x_test = None if x_test is None else np.array(x_test, dtype=np.float64).reshape(-1, 2)
        width, height = (resolution, resolution) if isinstance(resolution, int) else resolution
        if width < 2 or height < 2:
            raise ValueError("a decision boundary grid needs at least 2 × 2 points")
        everything = x_train if x_test is None or len(x_test) == 0 else np.concatenate([x_train, x_test])
        (x0, x1), (y0, y1) = plane_range(everything if extent is None else extent, margin)
        self.xs = np.linspace(x0, x1, width)
        self.ys = np.linspace(y0, y1, height)
        gx, gy = np.meshgrid(self.xs, self.ys)  # (H, W): row = y index, column = x index
        grid = np.column_stack([gx.ravel(), gy.ravel()])
        inputs = transform(grid) if transform is not None else grid
        inputs = np.asarray(inputs, dtype=compiled.dtype)
        if inputs.shape != (len(grid), compiled.n_inputs):
            raise ValueError(
                f"the input transform turns 2 plane coordinates into {inputs.shape[-1]} values, "
                f"but the network has {compiled.n_inputs} inputs"
            )
        self.inputs = np.ascontiguousarray(inputs)
        self.points = {"train": x_train}
        self.labels = {"train": _labels(y_train, self.task)} if y_train is not None else {}
        if x_test is not None and len(x_test):
            self.points["test"] = x_test
            if y_test is not None:
                self.labels["test"] = _labels(y_test, self.task)
        for arr in (*self.points.values(), *self.labels.values(), self.xs, self.ys):
            if arr is not None:
                arr.flags.writeable = False  # shared by every snapshot: nobody may change them

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.ys), len(self.xs)

    def compute(self) -> Boundary:
        c = self.compiled
        h, w = self.shape
        with np.errstate(over="ignore", invalid="ignore"):
            cache = c.forward(self.inputs)
        out = cache.a[-1]
        if self.task == "multiclass" and out.shape[1] > 1:
            output, kind = out.argmax(axis=1).reshape(h, w), "class"
        elif self.task in ("binary", "multiclass"):
            output, kind = out[:, 0].reshape(h, w).copy(), "probability"
        else:
            output, kind = out[:, 0].reshape(h, w).copy(), "value"
        neurons = {}
        for i, lid in enumerate(c.order[1:], start=1):
            a = cache.a[i]
            if a.shape[1] <= self.max_units:
                neurons[lid] = a.T.reshape(a.shape[1], h, w).copy()
        return Boundary(
            xs=self.xs,
            ys=self.ys,
            output=output,
            kind=kind,
            neurons=neurons,
            points=dict(self.points),
            labels=dict(self.labels),
            threshold=self.threshold,
        )


def boundary(compiled: CompiledNetwork, x_train: np.ndarray, y_train: np.ndarray | None = None,
             x_test: np.ndarray | None = None, y_test: np.ndarray | None = None, **options: Any) -> Boundary:
    """The network's output and every neuron over a grid of the 2-D input plane: one picture.

    Takes the arguments of :class:`BoundaryProbe` (the keyword-only ``options``
    are its ``transform``, ``task``, ``threshold``, ``resolution``, ``margin``,
    ``max_units`` and ``extent``), so the two cannot drift apart in names or defaults.
    For many snapshots of one run, keep a :class:`BoundaryProbe` instead.
    """
    return BoundaryProbe(compiled, x_train, y_train, x_test, y_test, **options).compute()


# -- metrics ----------------------------------------------------------------------------------

DataSets = Mapping[str, "tuple[np.ndarray, np.ndarray] | None"]


def _sets(sets: DataSets, limit: int | None):
    for name, pair in sets.items():
        if pair is None or pair[0] is None or pair[1] is None or len(pair[0]) == 0:
            continue
        x, y = pair
        if limit is not None and len(x) > limit:
            x, y = x[:limit], y[:limit]
        y = np.asarray(y)
        yield name, x, (y.reshape(-1, 1) if y.ndim == 1 else y)


def confusion_matrices(
    compiled: CompiledNetwork, sets: DataSets, task: str, threshold: float = 0.5,
    n_classes: int | None = None, limit: int | None = None,
) -> dict[str, np.ndarray]:
    """Set name ("train", "test", ...) → confusion matrix, rows true class, columns predicted.

    ``sets`` maps names to ``(x, y)`` in network inputs (None entries are skipped);
    ``limit`` caps the samples per set (the first ones) to bound the time.
    """
    out = {}
    for name, x, y in _sets(sets, limit):
        y_hat = compiled.predict(x)
        k = n_classes if n_classes is not None else (compiled.n_outputs if task == "multiclass" else 2)
        out[name] = metrics.confusion_matrix(y_hat, y, task, k, threshold)
    return out


def r2_scores(compiled: CompiledNetwork, sets: DataSets, limit: int | None = None) -> dict[str, float]:
    """Set name → R² of the network's outputs (averaged over outputs); 1 is perfect, 0 is 'predict the mean'."""
    return {name: metrics.r2_score(compiled.predict(x).astype(np.float64), y.astype(np.float64))
            for name, x, y in _sets(sets, limit)}


def evaluation(
    compiled: CompiledNetwork, sets: DataSets, task: str, threshold: float = 0.5, limit: int | None = None,
) -> tuple[dict[str, np.ndarray] | None, dict[str, float] | None]:
    """``(confusion, r2)`` as a Snapshot holds them: confusion matrices for classifiers, R² for regression."""
    if task == "regression":
        return None, r2_scores(compiled, sets, limit)
    return confusion_matrices(compiled, sets, task, threshold, limit=limit), None


def classification_report(matrix: np.ndarray) -> dict[str, Any]:
    """Per-class precision, recall, F1 and support from a confusion matrix (rows true, columns predicted).

    Returns ``{"accuracy": float, "samples": int, "classes": [{"precision", "recall", "f1", "support"}, ...]}``;
    a ratio whose denominator is 0 (a class never predicted, or absent) is NaN.
    """
    m = np.asarray(matrix, dtype=np.float64)
    total = m.sum()
    hits = np.diag(m)
    predicted, actual = m.sum(axis=0), m.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = hits / predicted
        recall = hits / actual
        f1 = 2 * precision * recall / (precision + recall)
    f1 = np.where((precision == 0) & (recall == 0), 0.0, f1)
    classes = [
        {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
        for p, r, f, s in zip(precision, recall, f1, actual)
    ]
    return {"accuracy": float(hits.sum() / total) if total else float("nan"), "samples": int(total), "classes": classes}


# -- everything, as the training session's probe ---------------------------------------------


@dataclass
class Plane:
    """The samples of a 2-D problem in raw plane coordinates, and how such rows become network inputs."""

    #: (x (n, 2), y) of the training samples; y as the dataset holds it (one-hot, 0/1 or values).
    train: tuple[np.ndarray, np.ndarray]
    test: tuple[np.ndarray, np.ndarray] | None = None
    #: Raw rows → network rows (``netbuilder.data.input_transform(spec)``); None when they are the same.
    transform: Transform | None = None


def _resolve(value):
    return value() if callable(value) else value


#: What a watched run can compute for its snapshots besides losses and parameters (see
#: :attr:`SnapshotProbe.wanted`): histograms, one image's feature maps, the decision boundary with every
#: neuron's picture, confusion matrices or R², the layers' health, the last step's gradients.
PARTS = frozenset({"activations", "feature_maps", "boundary", "evaluation", "health", "gradients"})


class SnapshotProbe:
    """Fills a snapshot's ``activations``, ``boundary``, ``confusion`` / ``r2``: the session's ``probe`` hook.

    Use as ``TrainingSession(net, probe=SnapshotProbe(...))``; it is called in the
    worker's thread as ``probe(trainer, snapshot)``. Both arguments are optional,
    and each may be a function returning the value, called once at the first
    probe (in the worker thread, after the data is loaded):

    ``dataset``
        Something with ``x_test`` / ``y_test`` in network inputs (a
        :class:`netbuilder.data.Dataset`): the test set of the metrics and the
        boundary picture.
    ``plane``
        A :class:`Plane`: the boundary's points in raw coordinates and the
        input transform. Without it, a network with exactly 2 inputs uses its
        training (and test) inputs as they are — right when the dataset has
        neither scaling nor extra features (every built-in 2-D set).

    The confusion matrices or R² are recomputed when an epoch ended since the
    last evaluation, at the first probe, and at every probe when the whole
    evaluation is cheap (small data such as the 2-D sets); at most
    ``max_eval`` samples per set.

    For a network that reads images, ``feature_sample`` (an index into the
    training data; the UI may change it at any time) is the sample whose
    feature maps every snapshot carries, and the histograms use at most
    ``image_probe_size`` samples (a convolution's outputs are large).

    ``wanted`` is the set of :data:`PARTS` someone draws now (None: all of them);
    the UI may change it at any time, and each probe reads it afresh, so a part
    nobody shows costs nothing and a panel shown again during a run gets its part
    at the next probe. "activations", "feature_maps", "boundary" and "evaluation"
    are computed here; "health" and "gradients" are the session's (it reads
    ``wanted`` too: :meth:`netbuilder.session.TrainingSession.wants`).
    """

    def __init__(
        self,
        *,
        dataset: Any = None,
        plane: Plane | Callable[[], Plane | None] | None = None,
        probe_size: int = 512,
        resolution: int = 80,
        max_eval: int | None = 20_000,
        cheap_eval: float = 2e6,
        seed: int = 0,
        feature_sample: int = 0,
        image_probe_size: int = 64,
        wanted: set[str] | frozenset[str] | None = None,
        evaluate_every: float | None = None,
    ) -> None:
        self.dataset = dataset
        #: The parts drawn now (a subset of :data:`PARTS`), None for all; read at every probe.
        self.wanted = None if wanted is None else frozenset(wanted)
        self.plane = plane
        self.probe_size = probe_size
        self.resolution = resolution
        self.max_eval = max_eval
        self.cheap_eval = cheap_eval
        self.seed = seed
        self.feature_sample = feature_sample
        self.image_probe_size = image_probe_size
        self._ready = False
        #: The trainer's epoch count at the last evaluation (None: none yet, or the panel was hidden).
        self._evaluated_at: int | None = None
        #: Also evaluate when this many seconds have passed since the last evaluation (None: at epoch ends only).
        #: A probe beside training (a training process's) has the time: the Metrics panel then refreshes twice a
        #: second instead of once an epoch.
        self.evaluate_every = evaluate_every
        self._evaluated_time = -math.inf
        self._eval_always = False
        self._x_probe: np.ndarray | None = None
        self._boundary: BoundaryProbe | None = None
        self._sets: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}

    def _prepare(self, trainer) -> None:
        self._ready = True
        c = trainer.compiled
        size = self.probe_size if c.input_shape is None else min(self.probe_size, self.image_probe_size)
        self._x_probe = probe_batch(trainer.x, size, self.seed)
        ds = _resolve(self.dataset)
        test = None
        if ds is not None and getattr(ds, "x_test", None) is not None:
            test = (np.asarray(ds.x_test, dtype=c.dtype), np.asarray(ds.y_test, dtype=c.dtype))
        self._sets = {"train": (trainer.x, trainer.y)}
        if test is not None:
            self._sets["test"] = test
        elif trainer.x_val is not None:
            self._sets["validation"] = (trainer.x_val, trainer.y_val)
        plane = _resolve(self.plane)
        if plane is None and c.n_inputs == 2:
            plane = Plane((trainer.x, trainer.y), test)
        if plane is not None and np.asarray(plane.train[0]).shape[-1] == 2:
            test_x, test_y = plane.test if plane.test is not None else (None, None)
            self._boundary = BoundaryProbe(
                c, plane.train[0], plane.train[1], test_x, test_y, transform=plane.transform, task=trainer.task,
                threshold=trainer.threshold, resolution=self.resolution,
            )
        n = sum(min(len(p[0]), self.max_eval or len(p[0])) for p in self._sets.values() if p is not None)
        self._eval_always = n * c.size <= self.cheap_eval

    def wants(self, part: str) -> bool:
        wanted = self.wanted
        return wanted is None or part in wanted

    def evaluate(self, trainer, snapshot: Snapshot) -> None:
        """The confusion matrices or R² of ``snapshot``, whatever is drawn: a run's last report always holds them
        (the session's own evaluation when the probe runs beside training, see
        :meth:`netbuilder.session.TrainingSession.run`)."""
        if not self._ready:
            self._prepare(trainer)
        self._evaluated_at = trainer.epoch
        self._evaluated_time = time.perf_counter()
        snapshot.confusion, snapshot.r2 = evaluation(trainer.compiled, self._sets, trainer.task, trainer.threshold,
                                                     self.max_eval)

    def __call__(self, trainer, snapshot: Snapshot) -> None:
        if not self._ready:
            self._prepare(trainer)
        c = trainer.compiled
        if self.wants("activations"):
            snapshot.activations = layer_activations(c, self._x_probe)
        if c.input_shape is not None and self.wants("feature_maps"):
            k = min(max(int(self.feature_sample), 0), len(trainer.x) - 1)
            snapshot.feature_sample = k
            snapshot.feature_maps, snapshot.feature_output = feature_maps(c, trainer.x[k])
        if self._boundary is not None and self.wants("boundary"):
            snapshot.boundary = self._boundary.compute()
        # Evaluated again once an epoch has ended since the last evaluation — whether or not that epoch's end came
        # with this report: most reports are not probed, and a test of the report's own epoch logs missed every
        # epoch end that fell between two probes (a panel then showed the untrained network's 14 % all run long).
        if not self.wants("evaluation"):
            self._evaluated_at = None  # shown again: evaluated at the next probe, not at the next epoch's end
        elif snapshot.confusion is not None or snapshot.r2 is not None:  # evaluated by the session (its last report)
            self._evaluated_at = trainer.epoch
        elif (self._eval_always or self._evaluated_at != trainer.epoch
              or (self.evaluate_every is not None and time.perf_counter() - self._evaluated_time >= self.evaluate_every)):
            self._evaluated_at = trainer.epoch
            self._evaluated_time = time.perf_counter()
            snapshot.confusion, snapshot.r2 = evaluation(c, self._sets, trainer.task, trainer.threshold, self.max_eval)
