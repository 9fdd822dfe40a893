"""The learner's own samples: points on the plane, or rows typed into a table.

Plain data with no Qt, so the rules (what a class is, how a point becomes a
row of the dataset's spec) are tested without a window; the data panel
(:mod:`netbuilder.ui.data`) only turns clicks and typed cells into these
edits. Own samples are stored in the network file as an ``inline`` dataset
spec, so training and ``netbuilder train FILE`` see exactly what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..i18n import fill, translate
from .dataset import Dataset, one_hot

#: The name own data gets in the network file (and in the chooser).
OWN_NAME = "your data"
MAX_CLASSES = 8


@dataclass(frozen=True)
class Samples:
    """Two-column inputs with a class number (classification) or a value (regression) per row."""

    x: np.ndarray  # (n, 2)
    target: np.ndarray  # (n,): class numbers, or values when ``classes`` is None
    classes: tuple[str, ...] | None = ("class 0", "class 1")
    feature_names: tuple[str, ...] = ("x1", "x2")
    target_name: str = "y"
    #: Extra input features switched on (kept across edits); None when only the raw columns are used.
    features: tuple[str, ...] | None = None
    name: str = OWN_NAME
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return int(len(self.x))

    @property
    def is_classification(self) -> bool:
        return self.classes is not None

    def check(self) -> None:
        if self.x.ndim != 2 or self.x.shape[1] != 2:
            raise ValueError("own samples have two input columns")
        if len(self.target) != len(self.x):
            raise ValueError(f"{len(self.x)} input rows but {len(self.target)} targets")
        if not np.all(np.isfinite(self.x)) or not np.all(np.isfinite(self.target)):
            raise ValueError(translate("Data", "every value must be a finite number"))
        if self.classes is not None:
            k = len(self.classes)
            if not 2 <= k <= MAX_CLASSES:
                raise ValueError(f"own data has 2 to {MAX_CLASSES} classes, not {k}")
            if len(self.target) and (np.any(self.target != np.round(self.target)) or self.target.min() < 0
                                     or self.target.max() >= k):
                raise ValueError(fill(translate("Data", "a class is a whole number from 0 to %1"), k - 1))

    # -- edits (each returns new samples) ---------------------------------------------------------

    def with_point(self, x1: float, x2: float, target: float) -> "Samples":
        return self._make(np.vstack([self.x, [[x1, x2]]]), np.append(self.target, target))

    def moved(self, index: int, x1: float, x2: float) -> "Samples":
        x = self.x.copy()
        x[index] = (x1, x2)
        return self._make(x, self.target.copy())

    def without(self, indices) -> "Samples":
        keep = np.ones(self.n, dtype=bool)
        keep[list(indices)] = False
        if not keep.any():
            raise ValueError(translate("Data", "keep at least one sample: a dataset cannot be empty"))
        return self._make(self.x[keep], self.target[keep])

    def with_value(self, row: int, column: int, value: float) -> "Samples":
        """Column 0 and 1 are the inputs, column 2 the class or value."""
        x, t = self.x.copy(), self.target.copy()
        if column < 2:
            x[row, column] = value
        else:
            t[row] = value
        return self._make(x, t)

    def with_classes(self, k: int) -> "Samples":
        if self.classes is None:
            raise ValueError("these samples have values, not classes")
        if len(self.target) and k <= int(self.target.max()):
            raise ValueError(fill(translate("Data", "some points belong to class %1: delete them first"),
                                  int(self.target.max())))
        names = tuple(self.classes[:k]) + tuple(f"class {c}" for c in range(len(self.classes), k))
        out = replace(self, classes=names)
        out.check()
        return out

    def _make(self, x: np.ndarray, target: np.ndarray) -> "Samples":
        out = replace(self, x=np.asarray(x, dtype=np.float64).reshape(-1, 2),
                      target=np.asarray(target, dtype=np.float64).reshape(-1))
        out.check()
        return out

    # -- to and from dataset specs ------------------------------------------------------------------

    def to_spec(self) -> dict[str, Any]:
        if self.classes is None:
            y, task = self.target.reshape(-1, 1), "regression"
            target_names = [self.target_name]
        elif len(self.classes) == 2:
            y, task = self.target.reshape(-1, 1), "binary"
            target_names = list(self.classes)
        else:
            y, task = one_hot(self.target.astype(np.int64), len(self.classes)), "multiclass"
            target_names = list(self.classes)
        spec: dict[str, Any] = {
            "kind": "inline", "name": self.name, "x": self.x.copy(), "y": np.asarray(y, dtype=np.float64),
            "task": task, "feature_names": list(self.feature_names), "target_names": target_names,
        }
        if self.features is not None:
            spec["features"] = list(self.features)
        return spec


def default_samples() -> Samples:
    """What "your own data" starts with: one point of each class, to be moved and added to."""
    return Samples(np.array([[-2.0, -2.0], [2.0, 2.0]]), np.array([0.0, 1.0]))


def samples_from(data: Dataset, features: Any = None, name: str = OWN_NAME) -> Samples | None:
    """Own samples holding ``data``'s points (training, validation and test rows), or None when it
    cannot be drawn on a plane (not two inputs, or too many classes)."""
    if data.n_features != 2 or data.image_shape is not None:
        return None
    xs, ys = [data.x], [data.y]
    for x, y in ((data.x_val, data.y_val), (data.x_test, data.y_test)):
        if x is not None:
            xs.append(x)
            ys.append(y)
    x, y = np.vstack(xs).astype(np.float64), np.vstack(ys).astype(np.float64)
    if data.task == "regression":
        if y.shape[1] != 1:
            return None
        classes, target = None, y[:, 0]
        target_name = data.target_names[0] if data.target_names else "y"
    else:
        k = data.n_classes or 2
        if k > MAX_CLASSES:
            return None
        target = data.labels(y).astype(np.float64)
        names = list(data.target_names)[:k] if len(data.target_names) >= k else [f"class {c}" for c in range(k)]
        classes, target_name = tuple(names), "class"
    out = Samples(x, target, classes, tuple(data.feature_names[:2]), target_name,
                  tuple(features) if features is not None else None, name)
    out.check()
    return out


def is_own(spec: dict[str, Any] | None) -> bool:
    """Samples stored in the file itself (drawn, typed, or a tutorial's few rows) with two inputs."""
    if not spec or spec.get("kind") != "inline":
        return False
    x = np.asarray(spec.get("x"))
    return x.ndim == 2 and x.shape[1] == 2
