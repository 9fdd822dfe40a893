"""The shipped lessons: current with their definitions, in three languages, each failing at its start and
solvable headless with what it leaves editable (tests/ui/test_lessons.py solves them through the app)."""

from __future__ import annotations

import re

import pytest

from netbuilder import api
from netbuilder.lessons import LANGUAGES, dumps, record_progress, violations
from netbuilder.lessons.builtin import DEFINITIONS, builtin_paths, find_builtin, load_builtin
from netbuilder.model.layer import Layer
from tests.ui.test_translations import GLOSSARY

LESSONS = {make().id: make for _, make in DEFINITIONS}


def test_at_least_ten_in_the_tutorials_order():
    assert [p.name for p in builtin_paths()] == [name for name, _ in DEFINITIONS]
    assert list(LESSONS) == ["neuron", "perceptron", "hidden-layer", "activations", "losses", "overfitting",
                             "learning-rate", "batch-size", "backpropagation", "mnist"]


@pytest.mark.parametrize("name,make", DEFINITIONS, ids=[n for n, _ in DEFINITIONS])
def test_the_files_are_current(name, make):
    """Regenerate with `python -m netbuilder.lessons.builtin`."""
    path = builtin_paths()[[n for n, _ in DEFINITIONS].index(name)]
    assert path.read_text(encoding="utf-8") == dumps(make())


def test_every_lesson_speaks_three_languages_with_the_tutorial_terms():
    for lesson in load_builtin():
        assert set(lesson.title) == set(LANGUAGES) and set(lesson.text) == set(LANGUAGES), lesson.id
        for goal in lesson.goals:
            assert not goal.label or {k for k, _ in goal.label} == set(LANGUAGES)
        for pattern, terms in GLOSSARY.items():
            if re.search(pattern, lesson.text["en"], re.IGNORECASE):
                for k, lang in enumerate(("zh_CN", "zh_TW")):
                    assert terms[k] in lesson.text[lang], (lesson.id, lang, terms[k])


def test_find_builtin():
    assert find_builtin("perceptron").name == "02-perceptron.json"
    assert find_builtin("02-perceptron").name == "02-perceptron.json"
    assert find_builtin("nothing") is None


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_each_fails_at_its_start(lesson_id):
    lesson = LESSONS[lesson_id]()
    report = lesson.check(lesson.start())
    assert not report.passed
    assert not all(r.met for r in report.goals)
    assert report.violations == []


def _solve(lesson_id, net):
    """What a student does, with only what the lesson leaves editable; returns True if that was training."""
    if lesson_id == "neuron":
        net.set_bias("L2", 0, 0.5)
        net.set_weights("C1", [[1.0], [2.0]])
    elif lesson_id == "perceptron":
        net.set_weights("C1", [[1.0], [1.0]])
        net.set_bias("L2", 0, -1.5)
    elif lesson_id == "hidden-layer":
        hidden = net.add_layer(Layer(4, "sigmoid", role="hidden"))
        net.connect("L1", hidden.id)
        net.connect(hidden.id, "L2")
        net.disconnect("C1")
    elif lesson_id == "activations":
        net.update_layer("L2", activation="tanh")
    elif lesson_id == "losses":
        net.set_training(loss="binary_crossentropy")
    elif lesson_id == "overfitting":
        net.set_training(l2=0.01)
    elif lesson_id == "learning-rate":
        net.set_training(learning_rate=0.03)
    elif lesson_id == "batch-size":
        net.set_training(batch_size=8)
    elif lesson_id == "backpropagation":
        net.set_weight("C2", 0, 0, 0.4084)
        record_progress(net, lesson_id, walkthrough_finished=True)
    elif lesson_id == "mnist":
        a = net.add_layer(Layer(128, "relu", role="hidden", name="Dense 128"))
        b = net.add_layer(Layer(64, "relu", role="hidden", name="Dense 64"))
        net.connect("L1", a.id)
        net.connect(a.id, b.id)
        net.connect(b.id, "L2")
        net.disconnect("C1")
    return lesson_id not in ("neuron", "perceptron", "backpropagation")


@pytest.mark.parametrize("lesson_id", [k for k in LESSONS if k != "mnist"] +
                         [pytest.param("mnist", marks=pytest.mark.slow)])
def test_each_is_solvable_and_training_as_it_is_does_not_solve_it(lesson_id):
    lesson = LESSONS[lesson_id]()
    net = lesson.start()
    if _solve(lesson_id, net):
        if lesson_id != "mnist":
            unchanged = lesson.start()
            api.train(unchanged)
            assert not lesson.check(unchanged).passed, "training the starting network already meets the goals"
        api.train(net)
    report = lesson.check(net)
    assert [r.text for r in report.goals if not r.met] == []
    assert violations(lesson.controls, lesson.network, net) == []
    assert report.passed
