"""Goals measured on a network through the API: figures, sentences, and networks that cannot be measured."""

from __future__ import annotations

import numpy as np

from netbuilder import api
from netbuilder.lessons import Checker, Goal, lesson_progress, record_progress
from netbuilder.lessons.builtin import activations, backpropagation, hidden_layer, perceptron
from netbuilder.lessons.goals import Case
from netbuilder.model.layer import Layer


def test_accuracy_and_loss_through_evaluate():
    lesson = activations()
    net = lesson.start()
    expected = api.evaluate(net)
    results = Checker([Goal("accuracy", at_least=0.4), Goal("loss", at_most=0.1),
                       Goal("loss", at_most=10.0, function="mse")], "x", net.dataset).check(net)
    assert [r.met for r in results] == [True, False, True]
    assert results[0].value == expected["accuracy"] and results[1].value == expected["loss"]
    assert results[0].text == "Accuracy at least 0.4: 0.496 on the test data"
    mse = net.copy()
    mse.set_training(loss="mse")
    assert results[2].value == api.evaluate(mse)["loss"]
    assert net.training.loss.name == "binary_crossentropy"  # measured on a copy


def test_training_data_when_there_is_no_test_set():
    lesson = hidden_layer()
    result = lesson.check(lesson.start()).goals[0]
    assert result.figure == "0.75 on the training data"


def test_the_lessons_data_counts_when_it_is_locked():
    lesson = hidden_layer()  # locks its data (XOR)
    net = lesson.start()
    net.set_settings(dataset={"kind": "builtin", "name": "and", "params": {}})
    assert api.evaluate(net)["accuracy"] != lesson.check(net).goals[0].value
    assert lesson.check(net).goals[0].value == api.evaluate(lesson.start())["accuracy"]
    checker = lesson.checker()
    checker.lock_data = False
    assert checker.check(net)[0].value == api.evaluate(net)["accuracy"]


def test_a_network_that_cannot_be_measured_fails_with_the_reason():
    lesson = hidden_layer()
    net = lesson.start()
    net.update_layer("L1", units=3)  # no longer fits XOR's two inputs
    result = lesson.check(net).goals[0]
    assert not result.met and result.value is None
    assert result.figure.startswith("cannot be measured: ")
    empty = lesson.start()
    for lid in list(empty.layers):
        empty.remove_layer(lid)
    assert not any(r.met for r in lesson.check(empty).goals[:1])
    regression = Checker([Goal("accuracy", at_least=0.5)], "x", {"kind": "builtin", "name": "plane", "params": {}})
    plane = lesson.start()
    plane.set_settings(dataset=None)
    plane.set_training(loss="mse")
    assert "no accuracy" in regression.check(plane)[0].figure


def test_counts():
    net = hidden_layer().start()
    net.add_layer(Layer(3, "relu", role="hidden"))
    results = Checker([Goal("hidden_neurons", at_most=2), Goal("hidden_layers", at_least=1),
                       Goal("parameters", at_least=1, at_most=10)], "x").check(net)
    assert [(r.met, r.value) for r in results] == [(False, 3), (True, 1), (True, 3 + 3)]
    assert results[0].text == "Hidden neurons: at most 2: 3"


def test_outputs_and_weights():
    lesson = perceptron()
    net = lesson.start()
    net.set_weights("C1", [[1.0], [1.0]])
    net.set_bias("L2", 0, -1.5)
    checker = lesson.checker()
    assert checker.check(net)[0].figure == "4 of 4 right"
    one = Checker([Goal("outputs", cases=(Case((1.0, 1.0), (1.0,)),), tolerance=0.0)], "x").check(net)[0]
    assert one.met and one.text == "For the input (1, 1) the output is 1 (± 0): the output is 1"
    wrong_shape = Checker([Goal("outputs", cases=(Case((1.0, 1.0), (1.0, 0.0)),))], "x").check(net)[0]
    assert not wrong_shape.met and "gives 1 outputs, the goal expects 2" in wrong_shape.figure
    wrong_input = Checker([Goal("outputs", cases=(Case((1.0,), (1.0,)),))], "x").check(net)[0]
    assert not wrong_input.met and wrong_input.figure.startswith("cannot be measured")
    weight = Checker([Goal("weight", connection="C1", row=1, column=0, value=1.0),
                      Goal("weight", connection="C1", row=5, column=0, value=1.0)], "x").check(net)
    assert weight[0].met and weight[0].figure == "Input 2 → Output 1 is 1"
    assert not weight[1].met and "no weight C1[5][0]" in weight[1].figure


def test_untrained_and_walkthrough_progress():
    lesson = backpropagation()
    net = lesson.start()
    checker = Checker([Goal("untrained"), Goal("walkthrough")], lesson.id)
    assert [r.met for r in checker.check(net)] == [True, False]
    assert record_progress(net, lesson.id, walkthrough_finished=True)
    assert not record_progress(net, lesson.id, walkthrough_finished=True)
    assert lesson_progress(net, lesson.id) == {"id": lesson.id, "walkthrough_finished": True}
    assert lesson_progress(net, "other") == {}
    api.train(net, epochs=1)
    first, second = checker.check(net)
    assert not first.met and "trained (1 runs)" in first.figure
    assert second.met
    from netbuilder.io import nbn

    assert lesson_progress(nbn.loads(nbn.dumps(net)), lesson.id)["walkthrough_finished"] is True


def test_labels_follow_the_language():
    goal = perceptron().goals[0]
    assert goal.describe("zh_TW") == "它計算 AND（0、0、0、1）"
    assert goal.describe("fr") == "It computes AND (0, 0, 0, 1)"


def test_the_data_is_loaded_once(monkeypatch):
    lesson = activations()
    checker = lesson.checker()
    calls = []
    real = api.dataset_for
    from netbuilder.data import Dataset

    def counting(net, data=None, base_dir=None):
        if not isinstance(data, Dataset):
            calls.append(data)
        return real(net, data, base_dir)

    monkeypatch.setattr(api, "dataset_for", counting)
    net = lesson.start()
    for _ in range(3):
        checker.check(net)
    assert len(calls) == 1
    assert np.isfinite(checker.check(net)[0].value)
