"""How a network is meant to be trained: loss, optimizer, batches, epochs, penalties, stop rules.

Stored with the network so that ``netbuilder train FILE`` and the app's
training panel start from the same settings. Names follow Keras
(``loss='categorical_crossentropy'``, ``optimizer={'name': 'adam', 'learning_rate': 1e-3}``).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from .catalog import Spec, resolve

#: A batch this large is certainly a typo, and would need too much memory anyway.
MAX_BATCH_SIZE = 10_000_000
MAX_EPOCHS = 1_000_000


def _spec(kind: str, default: str):
    return field(default_factory=lambda: resolve(kind, default))


@dataclass(frozen=True)
class TrainingConfig:
    loss: Spec = _spec("loss", "mse")
    optimizer: Spec = _spec("optimizer", "sgd")
    #: Samples per gradient step: 1 is stochastic gradient descent, ``None`` the full batch.
    batch_size: int | None = 32
    epochs: int = 10
    #: Share of the training samples held back to measure validation loss (0 = none).
    validation_split: float = 0.0
    shuffle: bool = True
    l1: float = 0.0
    l2: float = 0.0
    seed: int | None = 0
    #: Stop as soon as the training loss is at or below this value.
    target_loss: float | None = None
    #: Stop when validation loss has not improved for this many epochs (``None`` = never).
    early_stopping_patience: int | None = None

    def __post_init__(self) -> None:
        s = object.__setattr__
        s(self, "loss", resolve("loss", self.loss))
        s(self, "optimizer", resolve("optimizer", self.optimizer))
        if self.batch_size is not None:
            s(self, "batch_size", _positive_int(self.batch_size, "the batch size", MAX_BATCH_SIZE))
        s(self, "epochs", _positive_int(self.epochs, "the number of epochs", MAX_EPOCHS))
        vs = _number(self.validation_split, "the validation split")
        if not 0.0 <= vs < 1.0:
            raise ValueError(f"the validation split is a share of the data, at least 0 and below 1, got {vs:g}")
        s(self, "validation_split", vs)
        if not isinstance(self.shuffle, bool):
            raise ValueError(f"shuffle must be true or false, got {self.shuffle!r}")
        for name in ("l1", "l2"):
            v = _number(getattr(self, name), f"the {name.upper()} penalty")
            if v < 0:
                raise ValueError(f"the {name.upper()} penalty cannot be negative, got {v:g}")
            s(self, name, v)
        if self.seed is not None:
            if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed < 2**63:
                raise ValueError(f"a seed is a whole number from 0, got {self.seed!r}")
        if self.target_loss is not None:
            s(self, "target_loss", _number(self.target_loss, "the target loss"))
        if self.early_stopping_patience is not None:
            s(
                self,
                "early_stopping_patience",
                _positive_int(self.early_stopping_patience, "the early-stopping patience", MAX_EPOCHS),
            )

    @property
    def learning_rate(self) -> float:
        return float(self.optimizer.params["learning_rate"])

    def replace(self, **changes: Any) -> "TrainingConfig":
        """A copy with some settings changed; ``learning_rate`` goes into the optimizer."""
        if "learning_rate" in changes:
            lr = changes.pop("learning_rate")
            spec = resolve("optimizer", changes.get("optimizer", self.optimizer))
            changes["optimizer"] = spec.replace(learning_rate=lr)
        return dataclasses.replace(self, **changes)

    def get_config(self) -> dict[str, Any]:
        return {
            "loss": self.loss.name,
            "optimizer": self.optimizer.get_config(),
            "batch_size": self.batch_size,
            "epochs": self.epochs,
            "validation_split": self.validation_split,
            "shuffle": self.shuffle,
            "l1": self.l1,
            "l2": self.l2,
            "seed": self.seed,
            "target_loss": self.target_loss,
            "early_stopping_patience": self.early_stopping_patience,
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "TrainingConfig":
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(config) - known
        if unknown:
            raise ValueError(f"unknown training setting {', '.join(sorted(unknown))}")
        return cls(**config)


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    return value


def _positive_int(value: Any, what: str, maximum: int) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be a whole number, got {value!r}")
    if value < 1:
        raise ValueError(f"{what} must be at least 1, got {value}")
    if value > maximum:
        raise ValueError(f"{what} may be at most {maximum:,}, got {value:,}")
    return value
