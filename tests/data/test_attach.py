"""Fitting a network's input and output layers to the data it is given."""

import pytest

from netbuilder.data import fit_network_to_data, make_builtin
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.model.network import Network


def mlp(n_in=2, n_out=1, **input_options):
    return Sequential([Input(n_in, name="Input", **input_options), Dense(3, "tanh", name="Hidden"),
                       Dense(n_out, "sigmoid", name="Output")])


def test_resizes_both_ends_and_says_so():
    net = mlp()
    data = make_builtin("spiral", {"classes": 3, "n": 30})
    hidden_in = net.connections[next(iter(net.connections))].weights.copy()
    changes = fit_network_to_data(net, data)
    assert changes == ["output layer 'Output' resized from 1 to 3 neurons to match 3 classes; it now uses "
                       "softmax, so its outputs are class probabilities that add up to 1"]
    assert net.output_layer.units == 3 and net.output_layer.activation.name == "softmax"
    assert (net.connections[next(iter(net.connections))].weights == hidden_in).all()


def test_input_layer_follows_the_number_of_features():
    from netbuilder.data import with_features

    net = mlp()
    data = with_features(make_builtin("circles", {"n": 20}), ["x1", "x2", "x1^2", "x2^2"])
    changes = fit_network_to_data(net, data)
    assert changes == ["input layer 'Input' resized from 2 to 4 neurons to match 4 features"]
    assert net.input_layer.units == 4
    assert fit_network_to_data(net, data) == []


def test_dry_run_changes_nothing():
    net = mlp(n_out=4)
    changes = fit_network_to_data(net, make_builtin("xor"), apply=False)
    assert changes == ["output layer 'Output' resized from 4 to 1 neurons to match 2 classes "
                       "(one neuron: 0 for the first class, 1 for the second)"]
    assert net.output_layer.units == 4


def test_an_image_shape_that_no_longer_fits_is_dropped():
    net = mlp(n_in=None, shape=(28, 28))
    assert net.input_layer.image_shape == (28, 28)
    changes = fit_network_to_data(net, make_builtin("sine", {"n": 10}))
    assert changes[0].startswith("input layer 'Input' resized from 784 to 1 neurons to match 1 feature;")
    assert "no longer shows its inputs as a 28 × 28 image" in changes[0]
    assert net.input_layer.units == 1 and net.input_layer.image_shape is None


def test_images_give_the_input_layer_its_shape():
    net = mlp(n_out=10)
    data = make_builtin("mnist", {"limit": 10})
    changes = fit_network_to_data(net, data)
    assert net.input_layer.units == 784 and net.input_layer.image_shape == (28, 28)
    assert "now shows its inputs as a 28 × 28 image" in changes[0]


def test_regression_targets():
    net = mlp(n_out=3)
    assert fit_network_to_data(net, make_builtin("plane", {"n": 10})) == [
        "output layer 'Output' resized from 3 to 1 neurons to match 1 target"]


@pytest.mark.parametrize("role", ["input", "output"])
def test_a_missing_end_is_explained_and_nothing_changes(role):
    net = Network()
    net.add_layer(units=5, role="input" if role == "output" else "hidden", name="A")
    with pytest.raises(ValueError, match=f"the network has no {role} layer"):
        fit_network_to_data(net, make_builtin("xor"))
    assert net.layer("A").units == 5


def test_two_input_layers_are_explained():
    net = Network()
    net.add_layer(units=2, role="input", name="A")
    net.add_layer(units=2, role="input", name="B")
    net.add_layer(units=1, role="output", name="C")
    with pytest.raises(ValueError, match="2 input layers \\('A', 'B'\\)"):
        fit_network_to_data(net, make_builtin("xor"))


def test_softmax_over_one_neuron_becomes_sigmoid():
    net = Sequential([Input(2), Dense(3, "relu"), Dense(3, "softmax", name="Output")])
    changes = fit_network_to_data(net, make_builtin("xor"))
    assert net.output_layer.units == 1 and net.output_layer.activation.name == "sigmoid"
    assert changes[0].endswith("it now uses sigmoid, since softmax over a single neuron always gives 1")


def test_a_linear_output_is_kept_for_regression():
    net = Sequential([Input(2), Dense(3, "relu"), Dense(2, "linear", name="Output")])
    fit_network_to_data(net, make_builtin("plane", {"n": 10}))
    assert net.output_layer.units == 1 and net.output_layer.activation.name == "linear"
