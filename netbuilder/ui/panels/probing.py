"""Where the panels' numbers come from when a network trains, and when it does not.

- :func:`make_probe` (in :mod:`netbuilder.session`, without Qt): the
  :class:`~netbuilder.engine.probes.SnapshotProbe` a training session should use
  for a network, with the raw input plane and the input transform worked out
  from the network's dataset (see :func:`plane_for`). Its work is done where the
  run trains (the worker thread, or a process of its own).
- :class:`DocumentState`: the same numbers for the document's own weights
  when no training runs (a file was opened, training ended, an undo), so the
  panels always show the network the canvas shows. Only for data that is
  quick to make (built-in generators, samples stored in the file) and small
  networks; it runs in the UI thread and takes a few milliseconds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from ...engine.compiled import CompiledNetwork, NotTrainableError
from ...engine.metrics import decision_threshold, infer_task
from ...engine.probes import BoundaryProbe, Plane, evaluation, feature_maps, health, layer_activations, probe_batch
from ...engine.snapshot import Snapshot

# Qt-free, so that a training process of its own makes the same probe (see netbuilder.workers.remote)
from ...session import make_probe, needs_plane, plane_for  # noqa: F401

#: Data kinds made quickly enough to load in the UI thread.
QUICK_KINDS = ("builtin", "inline")
#: The idle probe only runs for networks with at most this many inputs and parameters.
MAX_INPUTS = 64
MAX_WORK = 5e7  # samples × parameters per evaluation
#: CSV files up to this size are read for the idle panels too.
SMALL_FILE = 1_000_000
#: At most this many samples are drawn on the idle decision boundary.
BOUNDARY_POINTS = 2000
#: Regression data with at most this many samples, or targets that do not vary, has no meaningful R²:
#: the Metrics panel shows each sample's prediction instead.
FEW_SAMPLES = 10


class DocumentState:
    """Snapshots of the document's network as it stands (no training), with the data cached."""

    def __init__(self) -> None:
        self._data_key: str | None = None
        self._data = None
        self._plane: Plane | None = None
        self.error: str | None = None
        #: For regression data where R² says nothing (one sample, or targets all equal): each sample's
        #: target and prediction (see :func:`few_samples`), else None.
        self.degenerate: list[tuple[np.ndarray, np.ndarray]] | None = None

    def _dataset(self, network, base_dir):
        from ...api import dataset_for

        spec = network.dataset
        if not isinstance(spec, dict) or not (spec.get("kind") in QUICK_KINDS or _small_file(spec, base_dir)):
            return None, None
        try:
            key = json.dumps(spec, sort_keys=True, default=_jsonable) + "|" + str(base_dir)
        except (TypeError, ValueError):
            return None, None
        if key != self._data_key:
            self._data_key = key
            self._data = self._plane = None
            try:
                self._data = dataset_for(network, None, base_dir)
                self._plane = plane_for(spec, base_dir) if needs_plane(spec) else None
            except (ValueError, OSError) as error:
                self.error = str(error)
        return self._data, self._plane

    def snapshot(self, network, base_dir: str | Path | None = None, parameters=None) -> Snapshot | None:
        """A snapshot of the network's current weights (or ``parameters``: a recorded moment being replayed) on
        its data, or None when that is not possible/cheap.

        A network with two raw inputs always gets its decision boundary, trained or not: over its data's
        plane (at most :data:`BOUNDARY_POINTS` of the samples drawn), or over −1…1 × −1…1 when it has no
        data yet. The histograms, the confusion matrices (or R²) and the layers' health (gradient norms, dead
        and saturated units) need the data and a cheap evaluation.
        """
        self.error = None
        self.degenerate = None
        layer = network.input_layer
        if layer is None or layer.units > MAX_INPUTS:
            return None
        try:
            compiled = CompiledNetwork(network)
        except (NotTrainableError, ValueError):
            return None
        if parameters is not None:
            compiled.load_parameters(parameters)
        ds, plane = self._dataset(network, base_dir)
        fits = ds is not None and ds.n_features == compiled.n_inputs and ds.n_targets == compiled.n_outputs
        cheap = fits and len(ds.x) * compiled.size <= MAX_WORK
        if not fits and compiled.n_inputs != 2:
            return None
        task = ds.task if fits else infer_task(network)
        threshold = decision_threshold(network)
        snap = Snapshot(epoch=0, step=0, steps_per_epoch=0, global_step=0, total_steps=None, elapsed=0.0,
                        batch_losses=[], epoch_logs=[], parameters=compiled.parameters(), task=task)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if fits:
                x = np.asarray(ds.x, dtype=compiled.dtype)
                y = np.asarray(ds.y, dtype=compiled.dtype)
                test = ((np.asarray(ds.x_test, dtype=compiled.dtype), np.asarray(ds.y_test, dtype=compiled.dtype))
                        if ds.has_test else None)
                if plane is None and compiled.n_inputs == 2:
                    plane = Plane((x, y), test)
            if plane is not None or compiled.n_inputs == 2:
                snap.boundary = self._boundary(compiled, plane, task, threshold)
            if cheap:
                snap.activations = layer_activations(compiled, probe_batch(x))
                sets = {"train": (x, y), "test": test}
                snap.confusion, snap.r2 = evaluation(compiled, sets, task, threshold)
                if task == "regression":
                    self.degenerate = few_samples(compiled, x, y)
                # gradient flow, dead and saturated units of these weights over the training data (the canvas's
                # badges and the Gradient flow panel between runs, and at a replayed moment)
                snap.health = health(compiled, x, y)
        return snap

    @staticmethod
    def _boundary(compiled, plane: Plane | None, task: str, threshold: float):
        if plane is None:  # no data yet: the untrained network's output over −1…1 in both inputs
            corners = np.array([[-1.0, -1.0], [1.0, 1.0]])
            boundary = BoundaryProbe(compiled, corners, None, task=task, threshold=threshold, resolution=80,
                                     margin=0.0).compute()
            boundary.points, boundary.labels = {}, {}
            return boundary
        # The plane spans all the samples (at most BOUNDARY_POINTS of them drawn) with the range a training
        # run's probe takes, probes.plane_range (which widens one sample, or samples on a line, to a square-ish
        # plane): the picture does not jump when a run starts.
        every = [np.asarray(plane.train[0], dtype=np.float64).reshape(-1, 2)]
        if plane.test is not None:
            every.append(np.asarray(plane.test[0], dtype=np.float64).reshape(-1, 2))
        (train_x, train_y), test = _thin(plane.train), plane.test
        test_x, test_y = _thin(test) if test is not None else (None, None)
        return BoundaryProbe(compiled, np.asarray(train_x, dtype=np.float64), train_y, test_x, test_y,
                             transform=plane.transform, task=task, threshold=threshold, resolution=80,
                             extent=np.vstack(every)).compute()

    def feature_maps(self, network, base_dir, sample: int,
                     parameters=None) -> tuple[dict[str, np.ndarray], np.ndarray | None, int]:
        """For a network that reads images: the feature maps of training sample ``sample`` with the document's
        weights (or ``parameters``), the output for it, and how many samples there are; ({}, None, 0) otherwise."""
        try:
            compiled = CompiledNetwork(network)
        except (NotTrainableError, ValueError):
            return {}, None, 0
        if parameters is not None:
            compiled.load_parameters(parameters)
        if compiled.input_shape is None:
            return {}, None, 0
        ds, _ = self._dataset(network, base_dir)
        if ds is None or ds.n_features != compiled.n_inputs:
            return {}, None, 0
        k = min(max(int(sample), 0), len(ds.x) - 1)
        with np.errstate(over="ignore", invalid="ignore"):
            maps, output = feature_maps(compiled, ds.x[k])
        return maps, output, len(ds.x)

    def drawn_feature_maps(self, network, x: np.ndarray, parameters=None) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
        """The feature maps and the output for an image the learner drew, with the document's weights (or
        ``parameters``, e.g. a running training's latest)."""
        try:
            compiled = CompiledNetwork(network)
        except (NotTrainableError, ValueError):
            return {}, None
        if compiled.input_shape is None or np.size(x) != compiled.n_inputs:
            return {}, None
        if parameters is not None:
            compiled.load_parameters(parameters)
        with np.errstate(over="ignore", invalid="ignore"):
            return feature_maps(compiled, np.asarray(x))

    def class_names(self) -> list[str]:
        ds = self._data
        if ds is None or ds.task == "regression":
            return []
        return list(ds.target_names)

    def feature_names(self) -> list[str]:
        ds = self._data
        if ds is None:
            return []
        if isinstance(ds.spec, dict) and ds.spec.get("features") is not None and self._plane is not None:
            return ["x₁", "x₂"]
        return list(ds.feature_names)


def few_samples(compiled, x: np.ndarray, y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """Targets and predictions of regression data on which R² is not meaningful, else None.

    R² compares the errors with the targets' spread around their mean: with one sample, or targets that
    are all the same, there is no spread, and R² is 0 or 1 whatever the network predicts.
    """
    if len(y) > FEW_SAMPLES or len(y) == 0:
        return None
    if len(y) > 1 and np.any(np.ptp(y, axis=0) > 0):
        return None
    out = compiled.forward(x).output
    return [(np.asarray(y[k], dtype=np.float64), np.asarray(out[k], dtype=np.float64)) for k in range(len(y))]


def _small_file(spec: dict[str, Any], base_dir) -> bool:
    """A CSV file small enough to read in the window's thread (at most :data:`SMALL_FILE` bytes)."""
    if spec.get("kind") != "csv" or not isinstance(spec.get("path"), str):
        return False
    path = Path(spec["path"])
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    try:
        return path.is_file() and path.stat().st_size <= SMALL_FILE
    except OSError:
        return False


def _thin(points):
    """At most :data:`BOUNDARY_POINTS` samples of ``(x, y)``, evenly spread."""
    x, y = points
    step = max(1, -(-len(x) // BOUNDARY_POINTS))
    return (x[::step], None if y is None else y[::step])


def _jsonable(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    raise TypeError(type(value).__name__)
