"""Locks judged on two networks: an edit in the app (before/after) and a submitted file (start/now)."""

from __future__ import annotations

from netbuilder.lessons import Controls, changed_controls, refusal, violations
from netbuilder.lessons.builtin import hidden_layer, mnist, neuron
from netbuilder.model.layer import Layer


def edited(net, edit):
    after = net.copy()
    edit(after)
    return after


def test_each_control_is_seen():
    net = hidden_layer().network
    cases = {
        "layers": lambda n: n.add_layer(Layer(3, "relu", role="hidden")),
        "neurons": lambda n: n.update_layer("L1", units=3),
        "activation": lambda n: n.update_layer("L2", activation="tanh"),
        "dropout": lambda n: n.update_layer("L2", dropout=0.2),
        "weights": lambda n: n.set_weight("C1", 0, 0, 5.0),
        "loss": lambda n: n.set_training(loss="mse"),
        "optimizer": lambda n: n.set_training(optimizer={"name": "sgd", "learning_rate": 0.05}),
        "learning_rate": lambda n: n.set_training(learning_rate=0.5),
        "batch_size": lambda n: n.set_training(batch_size=2),
        "epochs": lambda n: n.set_training(epochs=3),
        "regularization": lambda n: n.set_training(l2=0.1),
        "validation_split": lambda n: n.set_training(validation_split=0.5),
        "seed": lambda n: n.set_training(shuffle=False),
        "stopping": lambda n: n.set_training(target_loss=0.1),
        "dataset": lambda n: n.set_settings(dataset={"kind": "builtin", "name": "or", "params": {}}),
    }
    for control, edit in cases.items():
        changed = changed_controls(net, edited(net, edit))
        assert control in changed, control
        if control not in ("neurons",):  # a resized input layer also changes its connection's weights' shape
            assert changed == {control}, (control, changed)


def test_free_edits_change_no_control():
    net = hidden_layer().network
    for edit in (lambda n: n.set_positions({"L1": (10.0, 20.0)}), lambda n: n.update_layer("L2", name="Out"),
                 lambda n: n.set_settings(name="x", description="y", dtype="float32"),
                 lambda n: n.update_layer("L2", kernel_initializer="he_normal"),
                 lambda n: n.set_settings(dataset={"kind": "builtin", "name": "xor",
                                                   "params": {"n": 4, "noise": 0.0, "seed": 0, "test_fraction": 0.0}})):
        assert changed_controls(net, edited(net, edit)) == set()


def test_refusal_names_the_lock():
    lesson = neuron()
    net = lesson.network
    assert refusal(lesson.controls, net, edited(net, lambda n: n.set_weight("C1", 0, 0, 1.0))) is None
    text = refusal(lesson.controls, net, edited(net, lambda n: n.update_layer("L2", activation="tanh")))
    assert text == "Locked by the lesson: the activation functions."
    assert "learning rate" in refusal(lesson.controls, net, edited(net, lambda n: n.set_training(learning_rate=1.0)))


def test_limits_refuse_only_growth_beyond_them():
    controls = Controls(max_hidden_neurons=4, max_hidden_layers=1)
    net = hidden_layer().network
    four = edited(net, lambda n: n.add_layer(Layer(4, "relu", role="hidden")))
    assert refusal(controls, net, four) is None
    five = edited(four, lambda n: n.update_layer(next(l for l in n.layers if l not in net.layers), units=5))
    assert refusal(controls, four, five) == \
        "The lesson allows at most 4 hidden neurons; this change would make 5."
    assert refusal(controls, five, four) is None  # shrinking towards the limit is fine
    two = edited(four, lambda n: n.add_layer(Layer(0 + 1, "relu", role="hidden")))
    assert "at most 1 hidden layers" in refusal(Controls(max_hidden_layers=1), four, two)


def test_violations_of_a_submitted_network():
    lesson = mnist()
    start = lesson.network
    good = edited(start, lambda n: (n.set_weight("C1", 0, 0, 3.0), n.update_layer("L2", activation="sigmoid")))
    assert violations(lesson.controls, start, good) == []  # weights and activations are free here
    bad = edited(start, lambda n: (n.set_training(epochs=50), n.set_settings(dataset={"kind": "builtin",
                                                                                      "name": "xor"})))
    found = violations(lesson.controls, start, bad)
    assert [v.control for v in found] == ["epochs", "dataset"]
    assert found[0].text == "Changed although the lesson locks it: the number of epochs."
    limited = Controls(max_hidden_neurons=2)
    big = edited(start, lambda n: n.add_layer(Layer(3, "relu", role="hidden")))
    assert [v.text for v in violations(limited, start, big)] == ["3 hidden neurons, more than the 2 the lesson allows."]


def test_summary_lines():
    assert neuron().controls.summary() == ["You may change only: weights and biases."]
    lines = hidden_layer().controls.summary()
    assert lines[0].startswith("Locked: the loss function; the optimizer")
    assert lines[-1] == "At most 8 hidden neurons."
    assert Controls().summary() == [] and not Controls().anything
