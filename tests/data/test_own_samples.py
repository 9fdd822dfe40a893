"""The learner's own samples (drawn on the plane or typed into a table), without a window."""

import numpy as np
import pytest

from netbuilder.data import load_dataset, make_builtin
from netbuilder.data.own_samples import MAX_CLASSES, OWN_NAME, Samples, default_samples, is_own, samples_from


def two_classes():
    return Samples(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, -1.0]]), np.array([0.0, 1.0, 1.0]))


# -- edits ----------------------------------------------------------------------------------------


def test_the_default_is_one_point_of_each_class():
    own = default_samples()
    assert own.n == 2 and own.is_classification and own.classes == ("class 0", "class 1")
    assert list(own.target) == [0.0, 1.0] and own.name == OWN_NAME


def test_every_edit_returns_new_samples_and_leaves_the_old_ones():
    own = two_classes()
    added = own.with_point(3.0, 4.0, 1)
    assert added.n == 4 and list(added.x[-1]) == [3.0, 4.0] and added.target[-1] == 1.0
    moved = own.moved(1, -5.0, 5.0)
    assert list(moved.x[1]) == [-5.0, 5.0] and list(moved.target) == list(own.target)
    fewer = own.without([0, 2])
    assert fewer.n == 1 and list(fewer.x[0]) == [1.0, 1.0]
    edited = own.with_value(2, 1, 7.5).with_value(2, 2, 0)
    assert edited.x[2, 1] == 7.5 and edited.target[2] == 0.0
    assert own.n == 3 and list(own.x[1]) == [1.0, 1.0] and list(own.target) == [0.0, 1.0, 1.0]


def test_a_dataset_keeps_at_least_one_sample():
    with pytest.raises(ValueError, match="at least one sample"):
        two_classes().without([0, 1, 2])


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.with_value(0, 2, 2), "whole number from 0 to 1"),
    (lambda s: s.with_value(0, 2, 0.5), "whole number from 0 to 1"),
    (lambda s: s.with_value(0, 0, float("nan")), "finite number"),
    (lambda s: s.with_point(0.0, float("inf"), 0), "finite number"),
])
def test_bad_values_are_refused(edit, message):
    with pytest.raises(ValueError, match=message):
        edit(two_classes())


def test_classes_grow_and_shrink_only_when_no_point_is_lost():
    own = two_classes().with_classes(4)
    assert own.classes == ("class 0", "class 1", "class 2", "class 3")
    own = own.with_point(0.5, 0.5, 3)
    with pytest.raises(ValueError, match="class 3: delete them first"):
        own.with_classes(3)
    assert own.without([own.n - 1]).with_classes(2).classes == ("class 0", "class 1")
    with pytest.raises(ValueError, match=f"2 to {MAX_CLASSES} classes"):
        two_classes().with_classes(MAX_CLASSES + 1)


def test_regression_samples_take_any_value_and_have_no_classes():
    own = Samples(np.array([[0.0, 0.0]]), np.array([2.5]), classes=None, target_name="life")
    assert not own.is_classification
    assert own.with_value(0, 2, -17.25).target[0] == -17.25
    with pytest.raises(ValueError, match="values, not classes"):
        own.with_classes(3)


# -- to and from dataset specs ------------------------------------------------------------------------


@pytest.mark.parametrize("k, task", [(None, "regression"), (2, "binary"), (3, "multiclass")])
def test_the_spec_loads_back_as_the_same_samples(k, task):
    x = np.array([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]])
    if k is None:
        own = Samples(x, np.array([0.5, -1.0, 2.0]), classes=None, target_name="y")
    else:
        own = Samples(x, np.array([0.0, 1.0, float(k - 1)]), classes=tuple(f"class {c}" for c in range(k)))
    spec = own.to_spec()
    assert spec["kind"] == "inline" and spec["task"] == task and is_own(spec)
    data = load_dataset(spec)
    assert data.task == task and np.array_equal(data.x, x)
    back = samples_from(data, name=spec["name"])
    np.testing.assert_array_equal(back.x, own.x)
    np.testing.assert_array_equal(back.target, own.target)
    assert back.classes == own.classes and back.name == OWN_NAME


def test_switched_on_features_travel_with_the_spec():
    own = samples_from(make_builtin("xor"), ["x1", "x2", "x1*x2"])
    assert own.features == ("x1", "x2", "x1*x2")
    assert own.to_spec()["features"] == ["x1", "x2", "x1*x2"]
    assert "features" not in default_samples().to_spec()


def test_a_built_in_set_becomes_own_samples_with_every_split():
    data = make_builtin("spiral", {"n": 60, "classes": 3})
    own = samples_from(data)
    assert own.n == 60 and own.classes == tuple(data.target_names)
    np.testing.assert_array_equal(own.x[: len(data.x)], data.x)
    np.testing.assert_array_equal(own.target[: len(data.x)], data.labels())


def test_what_cannot_be_drawn_on_a_plane_gives_none():
    assert samples_from(make_builtin("sine")) is None  # one input
    assert samples_from(make_builtin("spiral", {"n": 90, "classes": MAX_CLASSES + 1})) is None
    assert not is_own(None) and not is_own(make_builtin("xor").spec)
    assert not is_own({"kind": "inline", "x": [[1.0, 2.0, 3.0]], "y": [[0.0]]})
