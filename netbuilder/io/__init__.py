"""Reading and writing networks: the ``.nbn`` file format (and, later, exports)."""

from .errors import NetworkFileError
from .nbn import FORMAT_NAME, FORMAT_VERSION, dumps, load, loads, save

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "NetworkFileError", "dumps", "load", "loads", "save"]
