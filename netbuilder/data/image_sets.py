"""Image sets stored as IDX files: MNIST, shipped with the app, and any other (Fashion-MNIST ...).

Both become the same kind of :class:`Dataset`: one row of pixels per image
scaled to [0, 1], one-hot labels, and ``image_shape`` so the app can draw a
row as a picture and give the input layer its 28 × 28 shape. Pixels are
float32: MNIST's 60000 × 784 values take 188 MB that way, twice that as
float64, and the engine casts to the network's own type anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..assets import resource
from ..i18n import QT_TRANSLATE_NOOP
from ..model.catalog import Param
from .builtin import register
from .dataset import Dataset, one_hot
from .idx import read_idx_cached
from .sources import FILE_KINDS, FILE_SPECS, loader, resolve_path

MNIST_FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
MNIST_TRAIN_SIZE = 60_000

#: Labels are class numbers 0..k-1; more classes than this means the file holds something else.
MAX_IMAGE_CLASSES = 1000

_IDX_KEYS = ("kind", "name", "train_images", "train_labels", "test_images", "test_labels", "limit", "seed")


def mnist_dir() -> Path:
    return resource("data", "mnist")


@register(
    "mnist",
    QT_TRANSLATE_NOOP("Datasets", "MNIST digits"),
    (Param("limit", MNIST_TRAIN_SIZE, int, 1, MNIST_TRAIN_SIZE,
           description=QT_TRANSLATE_NOOP("Datasets", "how many of the 60000 training images to use (a random choice "
                                                     "fixed by the seed); fewer train faster")),),
    QT_TRANSLATE_NOOP("Datasets",
                      "70000 handwritten digits of 28 × 28 pixels: 60000 to train on and 10000 to test, 10 classes"),
    has_test_set=True,
)
def mnist(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    folder = mnist_dir()
    paths = {key: folder / name for key, name in MNIST_FILES.items()}
    missing = [path.name for path in paths.values() if not path.is_file()]
    if missing:
        raise ValueError(
            f"the MNIST files are missing from this installation ({', '.join(missing)} in {folder}); "
            "reinstall NetBuilder, or open MNIST from a folder of IDX files instead"
        )
    data = image_dataset("MNIST", paths["train_images"], paths["train_labels"], paths["test_images"],
                         paths["test_labels"], limit=p["limit"], rng=rng)
    data.description = "handwritten digits 0-9 (Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0)"
    return data


@loader("idx")
def load_idx(spec: dict[str, Any], base_dir: Path | None) -> Dataset:
    """``{"kind": "idx", "train_images": ..., "train_labels": ..., "test_images": ..., "test_labels": ...}``;
    the test pair may be left out (or null), ``limit`` and ``seed`` choose a training subset."""
    unknown = sorted(set(spec) - set(_IDX_KEYS))
    if unknown:
        raise ValueError(f"an IDX dataset has no setting '{unknown[0]}' (it takes {', '.join(_IDX_KEYS[1:])})")
    paths = {key: resolve_path(spec.get(key), base_dir, f"an IDX dataset's '{key}'")
             for key in ("train_images", "train_labels")}
    test = [spec.get("test_images"), spec.get("test_labels")]
    if (test[0] is None) != (test[1] is None):
        raise ValueError("an IDX test set needs both 'test_images' and 'test_labels' (or neither)")
    if test[0] is not None:
        for key in ("test_images", "test_labels"):
            paths[key] = resolve_path(spec.get(key), base_dir, f"an IDX dataset's '{key}'")
    limit = spec.get("limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError(f"an IDX dataset's limit is a number of training images (1 or more), got {limit!r}")
    seed = spec.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a whole number of at least 0, got {seed!r}")
    name = spec.get("name") or paths["train_images"].parent.name or "images"
    data = image_dataset(str(name), paths["train_images"], paths["train_labels"], paths.get("test_images"),
                         paths.get("test_labels"), limit=limit, rng=np.random.default_rng(seed))
    data.spec = {k: v for k, v in spec.items() if v is not None}
    return data


def image_dataset(name: str, train_images: Path, train_labels: Path, test_images: Path | None = None,
                  test_labels: Path | None = None, *, limit: int | None = None,
                  rng: np.random.Generator | None = None) -> Dataset:
    """Pixels scaled to [0, 1] as float32 rows, labels one-hot (or one 0/1 column for two classes)."""
    images = read_idx_cached(train_images)
    labels = _labels(read_idx_cached(train_labels), train_labels)
    _check_pair(images, labels, train_images, train_labels)
    test = None
    if test_images is not None and test_labels is not None:
        t_images = read_idx_cached(test_images)
        t_labels = _labels(read_idx_cached(test_labels), test_labels)
        _check_pair(t_images, t_labels, test_images, test_labels)
        if t_images.shape[1:] != images.shape[1:]:
            raise ValueError(
                f"the test images ({test_images.name}) are {_shape(t_images)} but the training images "
                f"({train_images.name}) are {_shape(images)}"
            )
        test = (t_images, t_labels)
    if limit is not None and limit < len(images):
        chosen = np.sort((rng or np.random.default_rng(0)).choice(len(images), limit, replace=False))
        images, labels = images[chosen], labels[chosen]
    n_classes = int(max(labels.max(), test[1].max() if test else 0)) + 1
    if n_classes < 2:
        raise ValueError(f"every label in {train_labels.name} is 0: a classifier needs at least two classes")
    scale = _pixel_scale(images, train_images)
    x = scale(images)
    y = _targets(labels, n_classes)
    x_test = y_test = None
    if test:
        x_test, y_test = scale(test[0]), _targets(test[1], n_classes)
    shape = tuple(int(d) for d in images.shape[1:])
    return Dataset(
        name, x, y, "multiclass" if n_classes > 2 else "binary", x_test=x_test, y_test=y_test,
        target_names=[str(c) for c in range(n_classes)],
        feature_names=[f"pixel {i + 1}" for i in range(x.shape[1])],
        image_shape=shape if len(shape) in (2, 3) else None,
    )


def _labels(labels: np.ndarray, path: Path) -> np.ndarray:
    if labels.ndim != 1:
        raise ValueError(f"{path} should hold labels (one number per image) but holds {_shape(labels)} values; "
                         "are the image and label files swapped?")
    if labels.dtype.kind == "f":
        if not np.all(np.isfinite(labels)) or np.any(labels != np.round(labels)):
            raise ValueError(f"{path} holds labels that are not whole numbers; labels are class numbers 0, 1, 2 ...")
    if labels.min() < 0:
        raise ValueError(f"{path} holds the negative label {labels.min():g}; labels are class numbers 0, 1, 2 ...")
    if labels.max() >= MAX_IMAGE_CLASSES:
        raise ValueError(f"{path} holds the label {labels.max():g}: more than {MAX_IMAGE_CLASSES} classes "
                         "means this is not a label file")
    return labels.astype(np.int64)


def _check_pair(images: np.ndarray, labels: np.ndarray, images_path: Path, labels_path: Path) -> None:
    if images.ndim < 2:
        raise ValueError(f"{images_path} should hold images but holds a single list of {len(images)} values; "
                         "are the image and label files swapped?")
    if len(images) != len(labels):
        raise ValueError(f"{images_path.name} has {len(images)} images but {labels_path.name} has "
                         f"{len(labels)} labels: they do not belong together")


def _pixel_scale(images: np.ndarray, path: Path):
    """Bytes map to [0, 1] by /255; other types by the training images' own range (test images may overshoot)."""
    if images.dtype == np.uint8:
        lo, span = 0.0, 255.0
    elif images.dtype == np.int8:
        lo, span = -128.0, 255.0
    else:
        if not np.all(np.isfinite(images)):
            raise ValueError(f"{path} holds values that are not finite numbers")
        lo = float(images.min())
        span = float(images.max()) - lo or 1.0

    def scale(values: np.ndarray) -> np.ndarray:
        rows = values.reshape(len(values), -1)
        out = np.empty(rows.shape, dtype=np.float32)
        if lo == 0.0:
            np.divide(rows, np.float32(span), out=out, casting="unsafe")
        else:
            np.subtract(rows, lo, out=out, casting="unsafe")
            out /= np.float32(span)
        return out

    return scale


def _targets(labels: np.ndarray, n_classes: int) -> np.ndarray:
    if n_classes == 2:
        return labels.astype(np.float32).reshape(-1, 1)
    return one_hot(labels, n_classes).astype(np.float32)


def _shape(a: np.ndarray) -> str:
    return " × ".join(str(d) for d in a.shape)


# -- `netbuilder train net.nbn --data FOLDER-or-IMAGES-FILE` ---------------------------------------

_STANDARD = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}


def _find(folder: Path, stem: str) -> Path | None:
    for candidate in (folder / stem, folder / f"{stem}.gz", folder / stem.replace("-idx", ".idx")):
        if candidate.is_file():
            return candidate
    return None


def _is_idx(path: Path) -> bool:
    if path.is_dir():
        return _find(path, _STANDARD["train_images"]) is not None
    return "images-idx" in path.name or "images.idx" in path.name


def idx_spec(path: Path) -> dict[str, Any]:
    """A folder with the four standard MNIST-style names, or one images file whose labels sit beside it."""
    if path.is_dir():
        found = {key: _find(path, stem) for key, stem in _STANDARD.items()}
    else:
        labels = path.with_name(path.name.replace("images-idx3", "labels-idx1").replace("images.idx3", "labels.idx1")
                                .replace("images-idx", "labels-idx"))
        found = {"train_images": path, "train_labels": labels}
    if found.get("train_labels") is None:
        raise ValueError(f"{path} has training images but no train-labels-idx1-ubyte file beside them")
    spec: dict[str, Any] = {"kind": "idx"}
    spec.update({key: str(p) for key, p in found.items() if p is not None})
    if ("test_images" in spec) != ("test_labels" in spec):
        spec.pop("test_images", None)
        spec.pop("test_labels", None)
    return spec


FILE_KINDS.append(("idx", _is_idx))
FILE_SPECS["idx"] = idx_spec
