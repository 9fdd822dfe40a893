"""The network document: layers, connections, settings, history and validation. No Qt, no engine."""

from .catalog import ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS, Spec, resolve
from .connection import Connection
from .history import Run, TrainingHistory
from .layer import Layer
from .network import CycleError, Network
from .parameters import Parameters
from .training_config import TrainingConfig
from .validation import Problem, errors, validate

__all__ = [
    "ACTIVATIONS",
    "INITIALIZERS",
    "LOSSES",
    "OPTIMIZERS",
    "Connection",
    "CycleError",
    "Layer",
    "Network",
    "Parameters",
    "Problem",
    "Run",
    "Spec",
    "TrainingConfig",
    "TrainingHistory",
    "errors",
    "resolve",
    "validate",
]
