"""The document: layers, connections, sizes, events, parameters."""

import numpy as np
import pytest

from netbuilder.model import CycleError, Layer, Network, Parameters
from netbuilder.model.builders import Dense, Input, Sequential, chain


@pytest.fixture
def net():
    return Sequential([Input(2), Dense(3, "sigmoid"), Dense(1, "sigmoid")], seed=1)


class Recorder:
    def __init__(self, net):
        self.events = []
        for signal in net.events.all():
            signal.connect(lambda *args, name=signal.name: self.events.append((name, args)))

    def names(self):
        return [e[0] for e in self.events]


def test_a_neuron_is_a_layer_of_one(net):
    n = net.add_layer(Layer(1, "relu"))
    assert n.units == 1 and n.name == "Hidden 2"
    assert net.parameter_count() == 13 + 1


def test_ids_and_names_are_unique_and_stable():
    net = Network()
    a = net.add_layer(Layer(2, role="input"))
    b = net.add_layer(Layer(2))
    c = net.add_layer(Layer(2))
    assert (a.id, b.id, c.id) == ("L1", "L2", "L3")
    assert (b.name, c.name) == ("Hidden", "Hidden 2")
    net.remove_layer(b.id)
    d = net.add_layer(Layer(2))
    assert d.id == "L4", "ids are not reused within a session"
    with pytest.raises(ValueError, match="already called 'Input'"):
        c.name = "Input"


def test_connect_draws_weights_from_the_initializer(net):
    h = net.add_layer(Layer(4, "relu", kernel_initializer="he_uniform"))
    c = net.connect(net.layer("Hidden").id, h.id)
    limit = np.sqrt(6 / 3)
    assert c.weights.shape == (3, 4) and np.all(np.abs(c.weights) <= limit)
    with pytest.raises(ValueError, match="already connected"):
        net.connect(net.layer("Hidden").id, h.id)
    with pytest.raises(ValueError, match="to itself"):
        net.connect(h.id, h.id)


def test_resizing_keeps_existing_weights_and_adds_fresh_ones(net):
    hidden = net.layer("Hidden")
    c_in, c_out = net.inbound(hidden.id)[0], net.outbound(hidden.id)[0]
    w_in, w_out, bias = c_in.weights.copy(), c_out.weights.copy(), hidden.bias.copy()
    rec = Recorder(net)
    old = hidden.update(units=5)
    assert old["units"] == 3
    assert c_in.weights.shape == (2, 5) and c_out.weights.shape == (5, 1)
    np.testing.assert_array_equal(c_in.weights[:, :3], w_in)
    np.testing.assert_array_equal(c_out.weights[:3], w_out)
    np.testing.assert_array_equal(hidden.bias[:3], bias)
    assert "layer_changed" in rec.names() and rec.names().count("connection_changed") == 2
    hidden.update(units=2)
    np.testing.assert_array_equal(c_in.weights, w_in[:, :2])


def test_invalid_changes_change_nothing(net):
    hidden = net.layer("Hidden")
    before = hidden.get_config()
    for bad in ({"units": 0}, {"units": 2.5}, {"activation": "sigmod"}, {"dropout": 1.0},
                {"units": 4, "activation": "nope"}, {"bias": [1, 2]}):
        with pytest.raises(ValueError):
            hidden.update(**bad)
    after = hidden.get_config()
    assert before.keys() == after.keys()
    for k in before:
        if isinstance(before[k], np.ndarray):
            np.testing.assert_array_equal(before[k], after[k])
        else:
            assert before[k] == after[k]


def test_input_layers_have_no_bias_or_activation():
    with pytest.raises(ValueError, match="must be 'linear'"):
        Layer(2, "relu", role="input")
    inp = Input(shape=(28, 28))
    assert inp.units == 784 and inp.image_shape == (28, 28) and not inp.use_bias
    with pytest.raises(ValueError, match="784 pixels but the layer has 10"):
        Layer(10, role="input", image_shape=(28, 28))


def test_changing_size_of_an_image_input_drops_the_image_shape():
    net = Sequential([Input(shape=(2, 2)), Dense(1)])
    inp = net.input_layer
    inp.update(units=5)
    assert inp.image_shape is None


def test_prelu_gets_learnable_slopes():
    layer = Layer(3, {"name": "prelu", "alpha": 0.1})
    np.testing.assert_array_equal(layer.alpha, [0.1, 0.1, 0.1])
    layer.update(units=4)
    np.testing.assert_array_equal(layer.alpha, [0.1] * 4)
    layer.update(activation="relu")
    assert layer.alpha is None and layer.parameter_count == 4


def test_single_edges_can_be_removed_and_restored(net):
    c = next(iter(net.connections.values()))
    w = c.weights[1, 2]
    assert net.set_edge_enabled(c.id, 1, 2, False) is True
    assert not c.is_enabled(1, 2) and c.parameter_count == 5
    assert c.effective_weights()[1, 2] == 0 and c.weights[1, 2] == w
    net.set_edge_enabled(c.id, 1, 2, True)
    assert c.mask is None, "a mask with every edge present is dropped"


def test_set_weight_and_bias_emit_events(net):
    rec = Recorder(net)
    c = next(iter(net.connections.values()))
    old = net.set_weight(c.id, 0, 1, 0.25)
    assert c.weights[0, 1] == 0.25 and isinstance(old, float)
    net.set_bias(net.layer("Output").id, 0, 1.0)
    assert rec.names() == ["connection_changed", "layer_changed"]
    with pytest.raises(ValueError, match="finite"):
        net.set_weight(c.id, 0, 0, float("inf"))
    with pytest.raises(IndexError, match="target neuron 3 does not exist"):
        net.set_weight(c.id, 0, 3, 1.0)


def test_set_parameters_is_all_or_nothing(net):
    params = net.get_parameters()
    cid = next(iter(params.weights))
    bad = params.copy()
    bad.weights[cid] = np.zeros((9, 9))
    rec = Recorder(net)
    with pytest.raises(ValueError):
        net.set_parameters(bad)
    assert net.get_parameters().equals(params) and rec.events == []
    new = params.copy()
    new.weights[cid] = new.weights[cid] + 1
    old = net.set_parameters(new)
    assert old.equals(params) or all(np.array_equal(old.weights[k], params.weights[k]) for k in old.weights)
    assert rec.names() == ["parameters_changed"]


def test_reinitialize_is_reproducible(net):
    net.reinitialize(7)
    first = net.get_parameters()
    net.reinitialize(8)
    net.reinitialize(7)
    assert net.get_parameters().equals(first)


def test_topological_order_and_cycles():
    net = chain([2, 3, 3, 1])
    ids = list(net.layers)
    assert net.topological_order() == ids
    net.connect(ids[2], ids[1])
    with pytest.raises(CycleError) as info:
        net.topological_order()
    assert set(info.value.cycle) == {ids[1], ids[2]}
    assert "Hidden" in str(info.value)


def test_remove_layer_returns_what_undo_needs(net):
    hidden = net.layer("Hidden")
    layer, conns = net.remove_layer(hidden.id)
    assert layer is hidden and len(conns) == 2 and not net.connections
    net.add_layer(layer)
    for c in conns:
        net.add_connection(c)
    assert net.parameter_count() == 13


def test_config_round_trip_and_independent_copy(net):
    net.dataset = {"kind": "builtin", "name": "xor", "params": {}}
    copy = net.copy()
    assert copy.get_parameters().equals(net.get_parameters())
    assert [l.name for l in copy.layers.values()] == [l.name for l in net.layers.values()]
    next(iter(copy.connections.values())).weights[0, 0] = 99
    assert next(iter(net.connections.values())).weights[0, 0] != 99
    assert copy.dataset == net.dataset and copy.dataset is not net.dataset


def test_training_settings_validate(net):
    old = net.set_training(learning_rate=0.3, batch_size=None)
    assert net.training.learning_rate == 0.3 and net.training.batch_size is None
    assert old.learning_rate != 0.3
    for bad in ({"batch_size": 0}, {"epochs": -1}, {"validation_split": 1.0}, {"loss": "nope"}, {"l2": -1},
                {"learning_rate": 0}, {"seed": -3}):
        with pytest.raises(ValueError):
            net.set_training(**bad)


def test_summary_reads_like_keras():
    net = Sequential([Input(shape=(28, 28)), Dense(128, "relu"), Dense(64, "relu"), Dense(10, "softmax")])
    text = net.summary()
    assert "784 (28×28)" in text and "100,480" in text and "Total parameters: 109,386" in text


def test_parameters_helpers():
    p = Parameters({"C1": np.ones((2, 2))}, {"L2": np.zeros(2)}, {})
    assert p.all_finite()
    q = p.copy()
    q.weights["C1"][0, 0] = np.nan
    assert not q.all_finite() and p.all_finite()


def test_layer_state_restores_a_resize_exactly(net):
    hidden = net.layer("Hidden")
    before = net.get_parameters()
    state = net.layer_state(hidden.id)
    hidden.update(units=6, activation="relu")
    net.restore_layer_state(state)
    assert hidden.units == 3 and hidden.activation.name == "sigmoid"
    assert net.get_parameters().equals(before)


def test_set_positions_moves_several_layers(net):
    rec = Recorder(net)
    ids = list(net.layers)[:2]
    old = net.set_positions({ids[0]: (10, 20), ids[1]: (30.5, -4)})
    assert old == {ids[0]: None, ids[1]: None}
    assert net.layers[ids[1]].position == (30.5, -4.0)
    assert rec.names() == ["layer_changed", "layer_changed"]
