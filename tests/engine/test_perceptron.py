"""Rosenblatt's rule: the gates it learns, and XOR, which it cannot."""

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.data import make_builtin
from netbuilder.engine.perceptron import train_perceptron
from netbuilder.model.builders import Dense, Input, Sequential


@pytest.mark.parametrize("gate", ["and", "or", "not"])
def test_learns_linearly_separable_gates(gate):
    net = templates.perceptron(gate)
    data = make_builtin(gate)
    result = train_perceptron(net, data.x, data.y, epochs=50)
    assert result.converged and result.errors[-1] == 0
    net.set_parameters(result.parameters)
    w = net.connections[next(iter(net.connections))].weights
    b = net.output_layer.bias
    predictions = ((data.x @ w + b) > 0).astype(float)
    np.testing.assert_array_equal(predictions, data.y)


def test_and_by_hand_first_epoch():
    """From zero weights with η = 1: only (0,0) and (1,1) cause updates in the first pass."""
    net = templates.perceptron("and")
    data = make_builtin("and")
    result = train_perceptron(net, data.x, data.y, epochs=1)
    # (0,0): ŷ=0 ok; (0,1): ŷ=0 ok; (1,0): ŷ=0 ok; (1,1): ŷ=0, y=1 -> w += (1,1), b += 1
    np.testing.assert_array_equal(result.parameters.weights[next(iter(net.connections))], [[1.0], [1.0]])
    np.testing.assert_array_equal(result.parameters.biases[net.output_layer.id], [1.0])
    assert result.errors == [1]


def test_fails_on_xor_and_says_why():
    net = templates.perceptron("xor")
    data = make_builtin("xor")
    result = train_perceptron(net, data.x, data.y, epochs=100)
    assert not result.converged
    assert all(e > 0 for e in result.errors)
    assert "straight line" in result.message and "XOR" in result.message


def test_network_that_is_not_a_perceptron_is_refused():
    mlp = Sequential([Input(2), Dense(2, "step"), Dense(1, "step")])
    with pytest.raises(ValueError, match="single layer"):
        train_perceptron(mlp, [[0, 0]], [0])
    sig = Sequential([Input(2), Dense(1, "sigmoid")])
    with pytest.raises(ValueError, match="step activation"):
        train_perceptron(sig, [[0, 0]], [0])
    with pytest.raises(ValueError, match="0 or 1"):
        train_perceptron(templates.perceptron("and"), [[0, 0]], [0.5])
