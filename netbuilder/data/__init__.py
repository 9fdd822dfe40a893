"""Datasets: built-in generators, samples carried by a network file, and (later) files on disk."""

from .builtin import GENERATORS, make_builtin
from .dataset import Dataset, one_hot
from .sources import LOADERS, inline_dataset, load_dataset, parse_data_argument

__all__ = [
    "GENERATORS",
    "LOADERS",
    "Dataset",
    "inline_dataset",
    "load_dataset",
    "make_builtin",
    "one_hot",
    "parse_data_argument",
]
