"""Loss values and metrics against numbers worked out by hand."""

import numpy as np
import pytest

from netbuilder.engine import losses, metrics
from netbuilder.engine.activations import get as activation


def test_mse_is_the_mean_over_outputs_and_samples():
    y_hat = np.array([[0.8670344586586273]])
    assert losses.get("mse").value(y_hat, np.array([[1.0]])) == pytest.approx(0.0176798351842043, rel=1e-14)
    assert losses.get("mse").value(np.array([[1.0, 3.0], [0.0, 0.0]]), np.zeros((2, 2))) == pytest.approx(2.5)


def test_half_sse_and_mae():
    y_hat, y = np.array([[1.0, 3.0]]), np.array([[0.0, 1.0]])
    assert losses.get("half_sse").value(y_hat, y) == pytest.approx(0.5 * (1 + 4))
    np.testing.assert_allclose(losses.get("half_sse").gradient(y_hat, y), [[1.0, 2.0]])
    assert losses.get("mae").value(y_hat, y) == pytest.approx(1.5)


def test_cross_entropies():
    p = np.array([[0.7, 0.2, 0.1]])
    y = np.array([[1.0, 0.0, 0.0]])
    assert losses.get("categorical_crossentropy").value(p, y) == pytest.approx(-np.log(0.7))
    assert losses.get("binary_crossentropy").value(np.array([[0.9]]), np.array([[1.0]])) == pytest.approx(-np.log(0.9))


def test_fused_softmax_cross_entropy_is_stable_and_simple():
    z = np.array([[1000.0, 0.0, -1000.0]])
    y = np.array([[0.0, 1.0, 0.0]])
    a = activation("softmax").forward(z)
    cce, softmax = losses.get("categorical_crossentropy"), activation("softmax")
    value, (_, delta) = cce.output_value(softmax, z, a, y), cce.output_delta(softmax, z, a, y)
    assert value == pytest.approx(1000.0)
    np.testing.assert_allclose(delta, a - y)


def test_fused_sigmoid_binary_cross_entropy():
    z = np.array([[-800.0], [2.0]])
    y = np.array([[1.0], [0.0]])
    a = activation("sigmoid").forward(z)
    bce, sigmoid = losses.get("binary_crossentropy"), activation("sigmoid")
    value, (_, delta) = bce.output_value(sigmoid, z, a, y), bce.output_delta(sigmoid, z, a, y)
    assert value == pytest.approx((800.0 + np.log1p(np.exp(-2.0)) + 2.0) / 2)
    np.testing.assert_allclose(delta, (a - y) / 2)


def test_hinge_reads_0_1_targets_as_minus_one_plus_one():
    h = losses.get("hinge")
    assert h.value(np.array([[0.3]]), np.array([[0.0]])) == pytest.approx(1.3)
    assert h.value(np.array([[2.0]]), np.array([[1.0]])) == 0.0


def test_metrics():
    p = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
    y = np.array([[1, 0], [0, 1], [0, 1]], dtype=float)
    assert metrics.accuracy(p, y, "multiclass") == pytest.approx(2 / 3)
    assert metrics.zero_one_loss(p, y, "multiclass") == pytest.approx(1 / 3)
    np.testing.assert_array_equal(metrics.confusion_matrix(p, y, "multiclass"), [[1, 0], [1, 1]])
    assert metrics.accuracy(np.array([[0.7], [0.2]]), np.array([[1.0], [1.0]]), "binary") == 0.5
    assert metrics.r2_score(np.array([[1.0], [2.0], [3.0]]), np.array([[1.0], [2.0], [3.0]])) == 1.0
    assert metrics.r2_score(np.full((3, 1), 2.0), np.array([[1.0], [2.0], [3.0]])) == 0.0


def test_unknown_loss_suggests_the_right_name():
    with pytest.raises(ValueError, match="did you mean 'categorical_crossentropy'"):
        losses.get("categorical_crossentropie")
