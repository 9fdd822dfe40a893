"""What training did: one record per run, Keras-style lists per epoch and per batch.

A run keeps the settings it was trained with so curves from several runs can
be overlaid and labelled ("adam, lr 0.1") when a learner compares them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


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
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Run":
        return cls(
            settings=dict(config.get("settings", {})),
            epochs={k: [_num(x) for x in v] for k, v in config.get("epochs", {}).items()},
            batch_loss=[_num(x) for x in config.get("batch_loss", [])],
            stop_reason=str(config.get("stop_reason", "")),
            started=str(config.get("started", "")),
        )


def _num(x: Any) -> float:
    return math.nan if x is None else float(x)


@dataclass
class TrainingHistory:
    runs: list[Run] = field(default_factory=list)

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
