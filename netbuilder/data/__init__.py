"""Datasets: built-in generators, MNIST and other IDX sets, CSV files, and samples carried by a network file."""

from .builtin import GENERATORS, make_builtin
from .dataset import Dataset, one_hot
from .sources import LOADERS, inline_dataset, load_dataset, parse_data_argument
from . import csv_import as _csv_import  # noqa: F401  (registers the 'csv' kind)
from .attach import fit_network_to_data
from .csv_import import read_csv
from .idx import read_idx
from .scaling import input_scaler
from .transforms import FEATURES, input_transform, with_features

__all__ = [
    "FEATURES",
    "GENERATORS",
    "LOADERS",
    "Dataset",
    "fit_network_to_data",
    "inline_dataset",
    "input_scaler",
    "input_transform",
    "load_dataset",
    "make_builtin",
    "one_hot",
    "parse_data_argument",
    "read_csv",
    "read_idx",
    "with_features",
]
