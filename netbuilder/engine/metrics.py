"""Metrics that say how well a network does, beside the loss it minimises.

Which metrics apply depends on the task: ``multiclass`` (one output per
class, argmax), ``binary`` (one output, thresholded) or ``regression``.
"""

from __future__ import annotations

import numpy as np

from ..model.network import Network

TASKS = ("binary", "multiclass", "regression")


def infer_task(net: Network, y: np.ndarray | None = None) -> str:
    """Guess the task from the output layer, the loss and (if given) the targets."""
    out = net.output_layer
    loss = net.training.loss.name
    units = out.units if out is not None else (y.shape[1] if y is not None else 1)
    act = out.activation.name if out is not None else "linear"
    if loss == "categorical_crossentropy" or (units > 1 and act == "softmax"):
        return "multiclass"
    if loss in ("binary_crossentropy", "hinge"):
        return "binary"
    if y is not None and y.size and act in ("sigmoid", "step", "tanh") and _is_binary(y):
        return "binary"
    return "regression"


def _is_binary(y: np.ndarray) -> bool:
    return bool(np.all((y == 0) | (y == 1)) or np.all((y == -1) | (y == 1)))


def decision_threshold(net: Network) -> float:
    """0.5 for outputs read as probabilities, 0 for scores centred on zero (tanh, linear, hinge)."""
    out = net.output_layer
    act = out.activation.name if out is not None else "sigmoid"
    if net.training.loss.name == "hinge" or act in ("tanh", "linear", "elu", "leaky_relu", "prelu"):
        return 0.0
    return 0.5


def predicted_labels(y_hat: np.ndarray, task: str, threshold: float = 0.5) -> np.ndarray:
    if task == "multiclass":
        return y_hat.argmax(axis=-1)
    return (y_hat > threshold).astype(np.int64)


def true_labels(y: np.ndarray, task: str) -> np.ndarray:
    if task == "multiclass":
        return y.argmax(axis=-1)
    return (y > 0).astype(np.int64) if np.any(y < 0) else (y > 0.5).astype(np.int64)


def correct_count(y_hat: np.ndarray, y: np.ndarray, task: str, threshold: float = 0.5) -> int:
    """How many predictions are right (every output right, for multi-output binary)."""
    hits = predicted_labels(y_hat, task, threshold) == true_labels(y, task)
    if hits.ndim > 1:
        hits = hits.all(axis=-1)
    return int(hits.sum())


def accuracy(y_hat: np.ndarray, y: np.ndarray, task: str, threshold: float = 0.5) -> float:
    return correct_count(y_hat, y, task, threshold) / max(len(y), 1)


def zero_one_loss(y_hat: np.ndarray, y: np.ndarray, task: str, threshold: float = 0.5) -> float:
    """The share of samples classified wrongly: 1 − accuracy."""
    return 1.0 - accuracy(y_hat, y, task, threshold)


def r2_score(y_hat: np.ndarray, y: np.ndarray) -> float:
    """Coefficient of determination, averaged over outputs (1 is perfect, 0 is 'predict the mean')."""
    ss_res = ((y - y_hat) ** 2).sum(axis=0)
    ss_tot = ((y - y.mean(axis=0)) ** 2).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = np.where(ss_tot > 0, 1.0 - ss_res / np.where(ss_tot > 0, ss_tot, 1.0), np.where(ss_res > 0, 0.0, 1.0))
    return float(np.mean(r2))


def confusion_matrix(y_hat: np.ndarray, y: np.ndarray, task: str, n_classes: int | None = None, threshold: float = 0.5) -> np.ndarray:
    """Counts with true classes as rows and predicted classes as columns."""
    pred = predicted_labels(y_hat, task, threshold).reshape(len(y_hat), -1)[:, 0]
    true = true_labels(y, task).reshape(len(y), -1)[:, 0]
    if n_classes is None:
        n_classes = y.shape[1] if task == "multiclass" else 2
    out = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(out, (true, pred), 1)
    return out
