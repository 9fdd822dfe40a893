"""A dataset as the engine sees it: input rows, target rows, and what they mean.

Every source — a built-in generator, a CSV file, MNIST, samples typed into
the app — ends up as a :class:`Dataset`. Its ``spec`` is the small JSON-able
description stored in the network file (``{"kind": "builtin", "name":
"spiral", "params": {...}}``), from which :func:`netbuilder.data.load_dataset`
makes the same data again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..i18n import fill, translate

TASKS = ("binary", "multiclass", "regression")


@dataclass
class Dataset:
    name: str
    x: np.ndarray  # (n, features), training samples
    y: np.ndarray  # (n, targets)
    task: str  # "binary", "multiclass" or "regression"
    x_test: np.ndarray | None = None
    y_test: np.ndarray | None = None
    feature_names: list[str] = field(default_factory=list)
    #: Names of the target columns (regression) or of the classes (classification).
    target_names: list[str] = field(default_factory=list)
    #: Height × width when each row is a flattened image (MNIST).
    image_shape: tuple[int, ...] | None = None
    #: How to make this data again; stored in the network file.
    spec: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    #: Samples held out to watch for over-fitting during training (a CSV file's validation share);
    #: when absent the trainer falls back to the network's ``validation_split``.
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.x = np.atleast_2d(np.asarray(self.x))
        self.y = np.asarray(self.y)
        if self.y.ndim == 1:
            self.y = self.y.reshape(-1, 1)
        if len(self.x) != len(self.y):
            raise ValueError(f"{len(self.x)} input rows but {len(self.y)} target rows")
        if self.task not in TASKS:
            raise ValueError(f"a task is one of {', '.join(TASKS)}, got {self.task!r}")
        if (self.x_test is None) != (self.y_test is None):
            raise ValueError("a test set needs both inputs and targets")
        if self.x_test is not None:
            self.x_test, self.y_test = _rows(self.x_test, self.y_test, "test")
        if (self.x_val is None) != (self.y_val is None):
            raise ValueError("a validation set needs both inputs and targets")
        if self.x_val is not None:
            self.x_val, self.y_val = _rows(self.x_val, self.y_val, "validation")
        if not self.feature_names:
            self.feature_names = [f"x{i + 1}" for i in range(self.n_features)]
        if not self.target_names:
            if self.task == "multiclass":
                self.target_names = [str(i) for i in range(self.n_targets)]
            elif self.task == "binary":
                self.target_names = ["0", "1"]
            else:
                self.target_names = ["y"] if self.n_targets == 1 else [f"y{i + 1}" for i in range(self.n_targets)]

    @property
    def n_features(self) -> int:
        return int(self.x.shape[1])

    @property
    def n_targets(self) -> int:
        return int(self.y.shape[1])

    @property
    def n_samples(self) -> int:
        return int(len(self.x))

    @property
    def has_test(self) -> bool:
        return self.x_test is not None

    @property
    def has_validation(self) -> bool:
        return self.x_val is not None

    @property
    def n_classes(self) -> int | None:
        if self.task == "multiclass":
            return self.n_targets
        if self.task == "binary":
            return 2
        return None

    def labels(self, y: np.ndarray | None = None) -> np.ndarray:
        """Class numbers for classification targets (argmax of one-hot, or 0/1)."""
        y = self.y if y is None else y
        if self.task == "multiclass":
            return y.argmax(axis=1)
        return (y[:, 0] > (0 if np.any(y < 0) else 0.5)).astype(np.int64)

    def test_or_train(self) -> tuple[np.ndarray, np.ndarray, str]:
        """The test set if there is one, else the training set; and which it is."""
        if self.has_test:
            return self.x_test, self.y_test, "test"
        return self.x, self.y, "training"

    def summary(self) -> str:
        """"XOR: 4 samples, 2 features, 2 classes" (in the app's language when it has one)."""
        parts = [fill(translate("Datasets", "%1: %2 samples"), self.name, self.n_samples),
                 translate("Datasets", "1 feature") if self.n_features == 1
                 else fill(translate("Datasets", "%1 features"), self.n_features)]
        if self.task == "regression":
            parts.append(translate("Datasets", "1 target (regression)") if self.n_targets == 1
                         else fill(translate("Datasets", "%1 targets (regression)"), self.n_targets))
        else:
            parts.append(fill(translate("Datasets", "%1 classes"), self.n_classes))
        if self.has_validation:
            parts.append(fill(translate("Datasets", "%1 validation samples"), len(self.x_val)))
        if self.has_test:
            parts.append(fill(translate("Datasets", "%1 test samples"), len(self.x_test)))
        return ", ".join(parts)


def _rows(x: np.ndarray, y: np.ndarray, what: str) -> tuple[np.ndarray, np.ndarray]:
    x = np.atleast_2d(np.asarray(x))
    y = np.asarray(y)
    if y.ndim == 1:
        y = y.reshape(-1, 1)
    if len(x) != len(y):
        raise ValueError(f"the {what} set has {len(x)} input rows but {len(y)} target rows")
    return x, y


def one_hot(labels: np.ndarray, n_classes: int) -> np.ndarray:
    labels = np.asarray(labels, dtype=np.int64)
    out = np.zeros((len(labels), n_classes))
    out[np.arange(len(labels)), labels] = 1.0
    return out
