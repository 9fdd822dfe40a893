"""The built-in sets: the right shapes and classes, reproducible, and in the documented ranges."""

import numpy as np
import pytest

from netbuilder.data import GENERATORS, load_dataset, make_builtin
from netbuilder.data.generators_2d import service_life_of

TWO_D = ["gaussians", "circles", "moons", "spiral", "xor_plane", "plane", "service_life"]
NEW = TWO_D + ["sine"]
CLASSIFIERS = ["gaussians", "circles", "moons", "spiral", "xor_plane"]


@pytest.mark.parametrize("name", NEW)
def test_shapes_and_default_split(name):
    gen = GENERATORS[name]
    defaults = {p.name: p.default for p in gen.all_params()}
    data = make_builtin(name)
    n, frac = defaults["n"], defaults["test_fraction"]
    assert 200 <= n <= 500 and frac > 0
    assert len(data.x_test) == round(n * frac)
    assert data.n_samples + len(data.x_test) == n
    assert data.n_features == (1 if name == "sine" else 2)
    assert data.x.shape[1] == data.x_test.shape[1] == len(data.feature_names)
    assert np.all(np.isfinite(data.x)) and np.all(np.isfinite(data.y))
    assert data.spec == {"kind": "builtin", "name": name, "params": data.spec["params"]}


@pytest.mark.parametrize("name", NEW)
def test_same_seed_same_data_other_seed_other_data(name):
    a = make_builtin(name, {"seed": 3})
    b = make_builtin(name, {"seed": 3})
    c = make_builtin(name, {"seed": 4})
    assert np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y) and np.array_equal(a.x_test, b.x_test)
    assert not np.array_equal(a.x, c.x)


@pytest.mark.parametrize("name", NEW)
def test_spec_makes_the_same_data_again(name):
    data = make_builtin(name, {"n": 60, "seed": 9})
    again = load_dataset(data.spec)
    assert np.array_equal(data.x, again.x) and np.array_equal(data.y_test, again.y_test)


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_binary_sets_have_both_classes_as_a_01_column(name):
    data = make_builtin(name, {"test_fraction": 0.0, "noise": 0.2})
    assert data.task == "binary" and data.y.shape == (500, 1)
    assert set(np.unique(data.y)) == {0.0, 1.0}
    assert 0.35 < data.y.mean() < 0.65
    assert len(data.target_names) == 2


@pytest.mark.parametrize("name", CLASSIFIERS + ["plane"])
def test_playground_range(name):
    data = make_builtin(name, {"test_fraction": 0.0})
    assert np.all(np.abs(data.x) <= 6.5)
    assert np.abs(data.x).max() > 3  # filling the picture, not a dot in the middle


def test_rows_are_shuffled_so_a_split_from_the_end_sees_both_classes():
    data = make_builtin("gaussians", {"test_fraction": 0.0, "n": 100})
    assert 0 < data.y[-20:].sum() < 20


def test_gaussians_are_separable_without_noise():
    data = make_builtin("gaussians", {"test_fraction": 0.0})
    side = (data.x.sum(axis=1) > 0).astype(float)
    assert np.mean(side == data.y[:, 0]) > 0.97


def test_circles_inner_class_is_near_the_centre():
    data = make_builtin("circles", {"test_fraction": 0.0})
    r = np.linalg.norm(data.x, axis=1)
    assert np.all(r[data.y[:, 0] == 1] <= 2.5) and np.all(r[data.y[:, 0] == 0] >= 3.5)
    assert r.max() <= 5.0


def test_noise_mislabels_circles_near_the_boundary():
    clean = make_builtin("circles", {"test_fraction": 0.0, "noise": 0.0})
    noisy = make_builtin("circles", {"test_fraction": 0.0, "noise": 0.5})
    inner = lambda d: np.linalg.norm(d.x, axis=1) < 3  # noqa: E731
    assert np.array_equal(clean.y[:, 0] == 1, inner(clean))
    assert not np.array_equal(noisy.y[:, 0] == 1, inner(noisy))


def test_xor_plane_labels_follow_the_sign_of_the_product():
    data = make_builtin("xor_plane", {"test_fraction": 0.0})
    assert np.array_equal(data.y[:, 0], (data.x[:, 0] * data.x[:, 1] > 0).astype(float))
    assert np.all(np.abs(data.x) >= 0.3) and np.all(np.abs(data.x) <= 5.3)


def test_the_four_row_xor_truth_table_is_still_there():
    data = make_builtin("xor")
    assert data.x.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]] and data.y[:, 0].tolist() == [0, 1, 1, 0]


def test_moons_gets_wider_with_noise():
    spread = [make_builtin("moons", {"noise": v, "test_fraction": 0.0}).x.std() for v in (0.0, 0.5)]
    assert spread[1] > spread[0]


def test_spiral_with_more_arms_is_multiclass_one_hot():
    data = make_builtin("spiral", {"classes": 3, "n": 300, "test_fraction": 0.0})
    assert data.task == "multiclass" and data.y.shape == (300, 3)
    assert np.all(data.y.sum(axis=1) == 1) and data.y.sum(axis=0).tolist() == [100, 100, 100]
    assert data.target_names == ["arm 1", "arm 2", "arm 3"]
    assert np.linalg.norm(data.x, axis=1).max() <= 5.0


def test_spiral_needs_a_sample_per_arm():
    with pytest.raises(ValueError, match="at least 5 samples"):
        make_builtin("spiral", {"classes": 5, "n": 3})


def test_plane_is_a_linear_function_of_the_inputs():
    data = make_builtin("plane", {"noise": 0.0, "test_fraction": 0.0})
    assert data.task == "regression"
    assert np.allclose(data.y[:, 0], (data.x[:, 0] + data.x[:, 1]) / 10)


def test_sine_follows_sin_with_the_given_noise():
    data = make_builtin("sine", {"noise": 0.1, "n": 400, "test_fraction": 0.0})
    residual = data.y[:, 0] - np.sin(data.x[:, 0])
    assert data.x.shape == (400, 1) and 0.07 < residual.std() < 0.13
    assert np.all(np.abs(data.x) <= 6)


def test_service_life_matches_the_worked_example():
    assert service_life_of(np.array(0.1), np.array(0.2)) == pytest.approx(1.0)
    data = make_builtin("service_life")
    assert data.feature_names == ["length", "width"] and data.target_names == ["service life"]
    assert np.all((data.x >= 0) & (data.x <= 1))
    assert np.all((data.y > 0.2) & (data.y <= 1.0))
    assert np.allclose(data.y[:, 0], service_life_of(data.x[:, 0], data.x[:, 1]))


def test_every_generator_documents_size_noise_and_seed():
    for name in NEW:
        params = {p.name for p in GENERATORS[name].all_params()}
        assert {"n", "noise", "seed", "test_fraction"} <= params, name


@pytest.mark.parametrize("bad, message", [
    ({"noise": 2.0}, "at most 1"),
    ({"n": 0}, "at least 2"),
    ({"nosie": 0.1}, "no setting 'nosie'"),
])
def test_bad_settings_are_explained(bad, message):
    with pytest.raises(ValueError, match=message):
        make_builtin("moons", bad)


def test_hostile_settings_get_one_short_message():
    from netbuilder.data import load_dataset

    with pytest.raises(ValueError, match="setting 'noise' must be a number"):
        load_dataset({"kind": "builtin", "name": "circles", "params": {"noise": 18446744073709551616 ** 20}})
    with pytest.raises(ValueError) as info:
        load_dataset({"kind": "builtin", "name": "circles", "params": {"seed": "9" * 5000}})
    assert len(str(info.value)) < 200, "the echoed value is cut"
