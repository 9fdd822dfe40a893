"""What training did: one record per run, Keras-style lists per epoch and per batch.

A run keeps the settings it was trained with so curves from several runs can
be overlaid and labelled ("adam, lr 0.1") when a learner compares them.

The per-epoch lists are kept whole. The per-batch losses are kept whole up to
:data:`MAX_BATCH_POINTS` values; a longer run (100 000 steps of stochastic
gradient descent on XOR) keeps its curve's shape instead: the steps are cut
into ``MAX_BATCH_POINTS // 2`` equal stretches and each keeps its lowest and
its highest loss, in step order, so every spike and the whole range stay
visible while the history, and the file, stay small. This happens when a run
enters a :class:`TrainingHistory` (after training, on opening a file) and
again when a network is saved; ``Run.batch_steps`` remembers how many steps
the curve stands for.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .recording import Recording

#: A run keeps at most this many per-batch losses (an even number: a lowest and a highest per stretch).
MAX_BATCH_POINTS = 2000


def envelope(values: Any, max_points: int = MAX_BATCH_POINTS) -> list[float]:
    """``values`` if there are at most ``max_points`` of them, else the lowest and highest value of each of
    ``max_points // 2`` equal stretches, in the order they occurred (NaN, a missing value, only where a
    stretch has nothing else)."""
    arr = np.asarray(values, dtype=np.float64).ravel()
    if arr.size <= max_points:
        return arr.tolist()
    buckets = max(max_points // 2, 1)
    edges = np.linspace(0, arr.size, buckets + 1).round().astype(np.intp)
    out: list[float] = []
    for a, b in zip(edges[:-1], edges[1:]):
        chunk = arr[a:b]
        known = ~np.isnan(chunk)
        if not known.any():
            out += [math.nan, math.nan]
            continue
        filled_low = np.where(known, chunk, np.inf)
        filled_high = np.where(known, chunk, -np.inf)
        i, j = int(np.argmin(filled_low)), int(np.argmax(filled_high))
        first, second = (i, j) if i <= j else (j, i)
        out += [float(chunk[first]), float(chunk[second])]
    return out


@dataclass
class Run:
    #: The settings the run used (loss, optimizer with its parameters, batch size, ...).
    settings: dict[str, Any] = field(default_factory=dict)
    #: Per-epoch values: ``loss``, ``accuracy``, ``val_loss``, ``val_accuracy``, ``seconds`` ...
    epochs: dict[str, list[float]] = field(default_factory=dict)
    #: Per-batch training loss, in step order.
    batch_loss: list[float] = field(default_factory=list)
    #: Why the run ended, in words ("reached 5 epochs", "stopped by the user", ...).
    stop_reason: str = ""
    #: ISO 8601 start time.
    started: str = ""
    #: How many training steps ``batch_loss`` stands for: more than its length when the curve was compacted
    #: (see :func:`envelope`), 0 when it holds every step.
    batch_steps: int = 0
    #: The parameters at moments of the run, for replay (runs trained in the app; saved only when asked).
    recording: Recording | None = field(default=None, compare=False, repr=False)

    @property
    def steps(self) -> int:
        """The number of training steps of the run, also when ``batch_loss`` is compacted."""
        return max(self.batch_steps, len(self.batch_loss))

    def compacted(self, max_points: int = MAX_BATCH_POINTS) -> "Run":
        """This run if its per-batch losses are few enough, else a copy with them compacted (:func:`envelope`)."""
        if len(self.batch_loss) <= max_points:
            return self
        return dataclasses.replace(self, batch_loss=envelope(self.batch_loss, max_points), batch_steps=self.steps,
                                   epochs={k: list(v) for k, v in self.epochs.items()},
                                   settings=dict(self.settings))

    @property
    def epoch_count(self) -> int:
        return len(self.epochs.get("loss", []))

    def last(self, key: str) -> float | None:
        values = self.epochs.get(key)
        return values[-1] if values else None

    def label(self) -> str:
        opt = self.settings.get("optimizer", {})
        parts = [str(opt.get("name", "?"))]
        if "learning_rate" in opt:
            parts.append(f"lr {opt['learning_rate']:g}")
        if "batch_size" in self.settings:
            bs = self.settings["batch_size"]
            parts.append("full batch" if bs is None else f"batch {bs}")
        return ", ".join(parts)

    def get_config(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "epochs": {k: list(v) for k, v in self.epochs.items()},
            "batch_loss": list(self.batch_loss),
            "stop_reason": self.stop_reason,
            "started": self.started,
            "batch_steps": self.batch_steps,
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Run":
        return cls(
            settings=dict(config.get("settings", {})),
            epochs={k: [_num(x) for x in v] for k, v in config.get("epochs", {}).items()},
            batch_loss=[_num(x) for x in config.get("batch_loss", [])],
            stop_reason=str(config.get("stop_reason", "")),
            started=str(config.get("started", "")),
            batch_steps=int(config.get("batch_steps", 0) or 0),
        )


def _num(x: Any) -> float:
    return math.nan if x is None else float(x)


@dataclass
class TrainingHistory:
    """The runs of a network, oldest first; each run's per-batch losses are compacted as it enters."""

    runs: list[Run] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.runs = [run.compacted() for run in self.runs]

    @property
    def latest(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    def __len__(self) -> int:
        return len(self.runs)

    def get_config(self) -> list[dict[str, Any]]:
        return [r.get_config() for r in self.runs]

    @classmethod
    def from_config(cls, config: list[dict[str, Any]]) -> "TrainingHistory":
        return cls([Run.from_config(c) for c in config])
