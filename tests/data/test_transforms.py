"""Extra input features (x1², x1·x2, sin x1 ...) as in the TensorFlow Playground."""

import numpy as np
import pytest

from netbuilder.data import input_transform, load_dataset, make_builtin, with_features
from netbuilder.data.transforms import FEATURES, canonical_feature, check_features, expand


def test_every_feature_is_computed_from_the_two_inputs():
    x = np.array([[1.0, 2.0], [-3.0, 0.5]])
    out = expand(x, list(FEATURES))
    x1, x2 = x[:, 0], x[:, 1]
    expected = np.column_stack([x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)])
    assert np.allclose(out, expected)


@pytest.mark.parametrize("typed, stored", [
    ("X1²", "x1^2"), ("x1**2", "x1^2"), ("x1 · x2", "x1*x2"), ("x2*x1", "x1*x2"), ("x1x2", "x1*x2"),
    ("sin x2", "sin(x2)"), ("SIN(X1)", "sin(x1)"), (" x2 ", "x2"),
])
def test_names_are_forgiving_and_stored_canonically(typed, stored):
    assert canonical_feature(typed) == stored


def test_choice_is_stored_in_the_spec_and_reapplied_by_load_dataset():
    spec = {"kind": "builtin", "name": "circles", "params": {"n": 40}, "features": ["x1^2", "x2²"]}
    data = load_dataset(spec)
    assert data.n_features == 2 and data.feature_names == ["x1²", "x2²"]
    assert data.spec["features"] == ["x1^2", "x2^2"]
    raw = make_builtin("circles", {"n": 40})
    assert np.allclose(data.x, raw.x**2) and np.allclose(data.x_test, raw.x_test**2)
    again = load_dataset(data.spec)
    assert np.array_equal(again.x, data.x)


def test_feature_labels_use_the_data_s_own_names():
    data = with_features(make_builtin("service_life", {"n": 20}), ["x1", "x2", "x1*x2", "sin(x1)"])
    assert data.feature_names == ["length", "width", "length·width", "sin(length)"]


def test_one_input_data_takes_the_x1_features():
    data = with_features(make_builtin("sine", {"n": 20}), ["x1", "x1^2", "sin(x1)"])
    assert data.n_features == 3 and data.feature_names == ["x", "x²", "sin(x)"]
    with pytest.raises(ValueError, match="needs a second input column"):
        with_features(make_builtin("sine", {"n": 20}), ["x1", "x2"])


def test_the_original_data_is_left_alone():
    raw = make_builtin("xor_plane", {"n": 20})
    before = raw.x.copy()
    with_features(raw, ["x1*x2"])
    assert np.array_equal(raw.x, before) and "features" not in raw.spec


@pytest.mark.parametrize("names, message", [
    (["x3"], "no input feature 'x3'"),
    (["x1^3"], r"did you mean 'x1\^2'"),
    ([], "at least one"),
    ("x1", "a list of names"),
    (["x1", "x1"], "switched on twice"),
    ([1], "named by text"),
])
def test_bad_choices_are_explained(names, message):
    with pytest.raises(ValueError, match=message):
        check_features(names, 2)


def test_features_need_one_or_two_inputs():
    with pytest.raises(ValueError, match="this data has 4"):
        check_features(["x1"], 4)


def test_input_transform_maps_typed_inputs_like_the_training_data():
    spec = {"kind": "builtin", "name": "xor_plane", "params": {}, "features": ["x1", "x1*x2"]}
    transform = input_transform(spec)
    assert transform([2.0, 3.0]).tolist() == [2.0, 6.0]
    assert transform([[1.0, -1.0], [2.0, 2.0]]).tolist() == [[1.0, -1.0], [2.0, 4.0]]
    assert input_transform({"kind": "builtin", "name": "xor"})([0.0, 1.0]).tolist() == [0.0, 1.0]
