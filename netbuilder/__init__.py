"""NetBuilder: build, train and understand neural networks.

The package root offers the core for scripts and notebooks (no Qt is
imported): the document model, the engine's operations and the file format.

>>> import netbuilder as nb
>>> net = nb.Sequential([nb.Input(2), nb.Dense(3, "sigmoid"), nb.Dense(1, "sigmoid")], loss="mse")
>>> net.parameter_count()
13
"""

from ._version import __version__
from .api import TrainResult, dataset_for, evaluate, predict, trace, train, walkthrough
from .io import NetworkFileError, load, save
from .model import Layer, Network, TrainingConfig, validate
from .model.builders import AveragePooling2D, Conv2D, Dense, Flatten, Input, MaxPooling2D, Sequential

__all__ = [
    "AveragePooling2D",
    "Conv2D",
    "Dense",
    "Flatten",
    "Input",
    "Layer",
    "MaxPooling2D",
    "Network",
    "NetworkFileError",
    "Sequential",
    "TrainResult",
    "TrainingConfig",
    "__version__",
    "dataset_for",
    "evaluate",
    "load",
    "predict",
    "save",
    "trace",
    "train",
    "validate",
    "walkthrough",
]
