"""Every problem validation finds, in words a learner can act on."""

import pytest

from netbuilder.model import Layer, Network, validate
from netbuilder.model.builders import Dense, Input, Sequential


def codes(net, **kw):
    return [p.code for p in validate(net, **kw)]


def test_a_good_network_has_no_problems():
    assert validate(Sequential([Input(2), Dense(3, "sigmoid"), Dense(1, "sigmoid")])) == []


def test_empty_network():
    (p,) = validate(Network())
    assert p.code == "empty" and "Input layer" in p.message


def test_missing_input_and_output():
    net = Network()
    net.add_layer(Layer(2))
    assert codes(net) == ["no_input", "no_output"]


def test_several_inputs_are_named():
    net = Sequential([Input(2), Dense(1)])
    extra = net.add_layer(Layer(3, role="input", name="Second"))
    (p,) = [p for p in validate(net) if p.code == "several_inputs"]
    assert "'Second'" in p.message and extra.id in p.layers


def test_cycle_names_the_layers():
    net = Sequential([Input(2), Dense(3, name="A"), Dense(3, name="B"), Dense(1)])
    net.connect(net.layer("B").id, net.layer("A").id)
    (p,) = [p for p in validate(net) if p.code == "cycle"]
    assert "A → B → A" in p.message or "B → A → B" in p.message
    assert set(p.layers) == {net.layer("A").id, net.layer("B").id}


def test_output_not_connected():
    net = Sequential([Input(2), Dense(3), Dense(1)])
    out = net.output_layer
    net.disconnect(net.inbound(out.id)[0].id)
    problems = validate(net)
    (p,) = [p for p in problems if p.code == "output_not_connected"]
    assert "output layer 'Output' is not connected" in p.message and p.layers == (out.id,)
    assert "dead_end" in [q.code for q in problems]


def test_unreachable_layer():
    net = Sequential([Input(2), Dense(1)])
    stray = net.add_layer(Layer(2, name="Stray"))
    net.connect(stray.id, net.output_layer.id)
    (p,) = [p for p in validate(net) if p.code == "unreachable"]
    assert "'Stray' is not reached from the input" in p.message and p.is_error


def test_dead_end_is_a_warning():
    net = Sequential([Input(2), Dense(1)])
    side = net.add_layer(Layer(2, name="Side"))
    net.connect(net.input_layer.id, side.id)
    (p,) = validate(net)
    assert p.code == "dead_end" and p.severity == "warning" and "'Side'" in p.message


def test_loss_that_does_not_fit_the_output():
    net = Sequential([Input(2), Dense(1, "sigmoid")], loss="categorical_crossentropy")
    (p,) = validate(net)
    assert p.code == "loss_output_mismatch" and p.is_error
    assert "at least 2" in p.message and "binary_crossentropy" in p.message
    net = Sequential([Input(2), Dense(3, "relu")], loss="categorical_crossentropy")
    assert codes(net) == ["loss_activation_mismatch"]
    net = Sequential([Input(2), Dense(1, "linear")], loss="binary_crossentropy")
    assert codes(net) == ["loss_activation_mismatch"]


def test_data_width():
    net = Sequential([Input(2), Dense(1)])
    (p,) = validate(net, n_features=3)
    assert p.code == "data_width" and "3 input columns" in p.message and "2 neurons" in p.message
    (p,) = validate(net, n_targets=10)
    assert p.code == "target_width" and "10 target values" in p.message


def test_input_with_inbound_and_output_with_outbound():
    net = Sequential([Input(2), Dense(2), Dense(2)])
    ids = list(net.layers)
    net.connect(ids[2], ids[0])
    found = codes(net)
    assert "input_has_inbound" in found and "output_has_outbound" in found and "cycle" in found


def test_step_in_a_multilayer_network_warns():
    net = Sequential([Input(2), Dense(2, "step"), Dense(1, "sigmoid")])
    assert codes(net) == ["no_gradient"]
    assert codes(Sequential([Input(2), Dense(1, "step")])) == []


def test_output_dropout_is_an_error():
    net = Sequential([Input(2), Dense(1, dropout=0.5)])
    assert codes(net) == ["output_dropout"]


def test_cross_entropy_needs_targets_between_0_and_1():
    from netbuilder.model.builders import Dense, Input, Sequential

    net = Sequential([Input(2), Dense(1, "sigmoid")], loss="binary_crossentropy")
    (p,) = [p for p in validate(net, target_range=(0.0, 7.0)) if p.code == "targets_not_probabilities"]
    assert p.is_error and "from 0 to 7" in p.message and "mse" in p.message
    assert not [p for p in validate(net, target_range=(0.0, 1.0)) if p.code == "targets_not_probabilities"]
    net.set_training(loss="mse")
    assert not [p for p in validate(net, target_range=(0.0, 7.0)) if p.code == "targets_not_probabilities"]
