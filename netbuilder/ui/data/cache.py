"""The data panel's loader cache: the last few datasets, kept loaded so undo and redo switch back without reading again.

No Qt: a key says when two dataset descriptions make the same data (a data
file changed on disk changes it), and :class:`DatasetCache` keeps the raw
data under it — without extra input features, which are cheap to add again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from ...data import Dataset, load_dataset, with_features

#: Datasets kept loaded (undo and redo switch between the last few without reading them again).
CACHE_SIZE = 2

_FILE_KEYS = ("path", "train_images", "train_labels", "test_images", "test_labels")


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def spec_key(spec: dict[str, Any] | None, base_dir: Path | None = None) -> str:
    """Equal for specs that make the same data; a data file that changed on disk changes the key."""
    stamps = []
    for key in _FILE_KEYS:
        value = (spec or {}).get(key)
        if isinstance(value, str):
            path = Path(value).expanduser()
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            try:
                st = path.stat()
                stamps.append((key, st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append((key, None))
    return json.dumps([spec, str(base_dir), stamps], sort_keys=True, default=_jsonable)


def without_features(spec: dict[str, Any]) -> dict[str, Any]:
    """The description of the raw data: ``spec`` without its extra input features."""
    return {k: v for k, v in spec.items() if k != "features"}


class DatasetCache:
    """The raw datasets of the last ``size`` descriptions loaded, the most recently used last."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._raw: OrderedDict[str, Dataset] = OrderedDict()

    def __len__(self) -> int:
        return len(self._raw)

    def load(self, spec: dict[str, Any], base_dir: Path | None = None) -> tuple[Dataset, Dataset]:
        """(data as the network gets it, raw data) for a spec; ``ValueError`` says what is wrong."""
        raw_spec = without_features(spec)
        key = spec_key(raw_spec, base_dir)
        raw = self._raw.get(key)
        if raw is None:
            raw = load_dataset(raw_spec, base_dir)
            self._raw[key] = raw
            while len(self._raw) > self.size:
                self._raw.popitem(last=False)
        else:
            self._raw.move_to_end(key)
        data = with_features(raw, spec["features"]) if spec.get("features") is not None else raw
        return data, raw

    def remember(self, spec: dict[str, Any], raw: Dataset, base_dir: Path | None = None) -> None:
        """Keep ``raw`` under a second description of the same data (a built-in set's settings written out
        in full); the oldest entries go at the next load that reads a file."""
        self._raw[spec_key(without_features(spec), base_dir)] = raw
