"""MNIST as shipped with the app, and any other IDX image set (the 'idx' kind)."""

import gzip
import struct
import time

import numpy as np
import pytest

from netbuilder.data import GENERATORS, load_dataset, make_builtin, parse_data_argument
from netbuilder.data.idx import read_idx
from netbuilder.data.image_sets import MNIST_FILES, mnist_dir

TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def test_the_shipped_files_are_there_and_gzipped():
    for name in MNIST_FILES.values():
        path = mnist_dir() / name
        assert path.is_file() and path.read_bytes()[:2] == b"\x1f\x8b", name
    assert (mnist_dir() / "README.md").is_file()


@pytest.mark.parametrize("which, counts", [("train", TRAIN_COUNTS), ("test", TEST_COUNTS)])
def test_label_counts_per_digit(which, counts):
    labels = read_idx(mnist_dir() / MNIST_FILES[f"{which}_labels"])
    assert labels.dtype == np.uint8 and labels.shape == (sum(counts),)
    assert np.bincount(labels, minlength=10).tolist() == counts


@pytest.fixture(scope="module")
def mnist():
    started = time.perf_counter()
    data = make_builtin("mnist")
    return data, time.perf_counter() - started


def test_mnist_as_a_dataset(mnist):
    data, _ = mnist
    assert data.x.shape == (60000, 784) and data.x_test.shape == (10000, 784)
    assert data.x.dtype == np.float32 and data.x.min() == 0.0 and data.x.max() == 1.0
    assert data.y.shape == (60000, 10) and np.all(data.y.sum(axis=1) == 1)
    assert data.y.sum(axis=0).tolist() == TRAIN_COUNTS and data.y_test.sum(axis=0).tolist() == TEST_COUNTS
    assert data.task == "multiclass" and data.image_shape == (28, 28)
    assert data.target_names == [str(d) for d in range(10)]
    assert data.spec == {"kind": "builtin", "name": "mnist", "params": {"limit": 60000, "seed": 0}}


def test_mnist_pixels_are_the_bytes_over_255(mnist):
    data, _ = mnist
    raw = read_idx(mnist_dir() / MNIST_FILES["test_images"])
    assert np.array_equal(data.x_test[123], (raw[123].reshape(-1) / 255).astype(np.float32))


def test_mnist_loads_quickly(mnist):
    _, seconds = mnist
    assert seconds < 3.0
    started = time.perf_counter()
    make_builtin("mnist")  # decoded files are cached in-process
    assert time.perf_counter() - started < 1.5


def test_mnist_limit_is_a_seeded_subset():
    a = make_builtin("mnist", {"limit": 300})
    b = make_builtin("mnist", {"limit": 300})
    c = make_builtin("mnist", {"limit": 300, "seed": 1})
    assert a.x.shape == (300, 784) and a.x_test.shape == (10000, 784)
    assert np.array_equal(a.x, b.x) and not np.array_equal(a.x, c.x)
    assert a.y.sum(axis=0).min() > 10  # every digit is there


def test_mnist_keeps_its_own_test_set():
    assert "test_fraction" not in {p.name for p in GENERATORS["mnist"].all_params()}
    with pytest.raises(ValueError, match="no setting 'test_fraction'"):
        make_builtin("mnist", {"test_fraction": 0.2})


def test_the_mnist_template_fits_its_data():
    from netbuilder.model.validation import errors, validate
    from netbuilder.templates import mnist_mlp

    net = mnist_mlp()
    data = load_dataset({**net.dataset, "params": {"limit": 100}})
    assert not errors(validate(net, n_features=data.n_features, n_targets=data.n_targets))


# -- any IDX set --------------------------------------------------------------------------------

def write_idx(path, array, gz=True):
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(struct.pack(">I", d) for d in array.shape)
    data = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.fixture
def fashion(tmp_path):
    rng = np.random.default_rng(0)
    folder = tmp_path / "fashion"
    folder.mkdir()
    write_idx(folder / "train-images-idx3-ubyte.gz", rng.integers(0, 256, (30, 4, 5)))
    write_idx(folder / "train-labels-idx1-ubyte.gz", np.arange(30) % 3)
    write_idx(folder / "t10k-images-idx3-ubyte", rng.integers(0, 256, (6, 4, 5)), gz=False)
    write_idx(folder / "t10k-labels-idx1-ubyte", np.arange(6) % 3, gz=False)
    return folder


def test_an_idx_set_with_paths_relative_to_the_network_file(fashion):
    spec = {"kind": "idx", "train_images": "fashion/train-images-idx3-ubyte.gz",
            "train_labels": "fashion/train-labels-idx1-ubyte.gz",
            "test_images": "fashion/t10k-images-idx3-ubyte", "test_labels": "fashion/t10k-labels-idx1-ubyte"}
    data = load_dataset(spec, base_dir=fashion.parent)
    assert data.x.shape == (30, 20) and data.x_test.shape == (6, 20) and data.image_shape == (4, 5)
    assert data.task == "multiclass" and data.y.shape == (30, 3) and data.y[:4].argmax(axis=1).tolist() == [0, 1, 2, 0]
    assert 0 <= data.x.min() and data.x.max() <= 1
    assert data.spec == spec and data.name == "fashion"


def test_an_idx_folder_on_the_command_line(fashion):
    spec = parse_data_argument(str(fashion))
    assert spec["kind"] == "idx" and spec["test_labels"].endswith("t10k-labels-idx1-ubyte")
    assert load_dataset(spec).n_samples == 30
    from_file = parse_data_argument(str(fashion / "train-images-idx3-ubyte.gz"))
    assert from_file["train_labels"].endswith("train-labels-idx1-ubyte.gz") and "test_images" not in from_file


def test_idx_limit(fashion):
    spec = {"kind": "idx", "train_images": str(fashion / "train-images-idx3-ubyte.gz"),
            "train_labels": str(fashion / "train-labels-idx1-ubyte.gz"), "limit": 10, "seed": 2}
    assert load_dataset(spec).n_samples == 10


@pytest.mark.parametrize("change, message", [
    ({"train_labels": "t10k-labels-idx1-ubyte"}, "has 30 images but t10k-labels-idx1-ubyte has 6 labels"),
    ({"train_labels": "train-images-idx3-ubyte.gz"}, "should hold labels"),
    ({"train_images": "train-labels-idx1-ubyte.gz"}, "should hold images"),
    ({"test_labels": None}, "needs both 'test_images' and 'test_labels'"),
    ({"train_image": "x"}, "no setting 'train_image'"),
    ({"train_images": "missing.gz"}, "cannot find the IDX file"),
    ({"limit": 0}, "limit"),
])
def test_idx_sets_that_do_not_fit_together(fashion, change, message):
    spec = {"kind": "idx", "train_images": "train-images-idx3-ubyte.gz", "train_labels": "train-labels-idx1-ubyte.gz",
            "test_images": "t10k-images-idx3-ubyte", "test_labels": "t10k-labels-idx1-ubyte", **change}
    with pytest.raises(ValueError, match=message):
        load_dataset(spec, base_dir=fashion)
