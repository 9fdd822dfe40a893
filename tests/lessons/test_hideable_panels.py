"""Every panel of the window, the Gradient flow panel and the replay timeline among them, can be hidden by a
lesson; a file naming one is valid for ``netbuilder check-lesson``, a misspelt one is an error."""

from __future__ import annotations

import json

from netbuilder.cli.main import main
from netbuilder.io import save
from netbuilder.lessons import PANELS, Controls, load
from netbuilder.lessons import save as save_lesson
from netbuilder.lessons.builtin import builtin_paths, neuron, perceptron


def test_the_gradient_flow_panel_and_the_replay_timeline_can_be_hidden(tmp_path):
    assert {"gradient_flow", "replay", "feature_maps", "filters", "walkthrough"} <= set(PANELS)
    controls = Controls(editable=frozenset({"weights"}), hidden=frozenset({"gradient_flow", "replay"}))
    lesson = perceptron()
    lesson.controls = controls
    path = save_lesson(lesson, tmp_path / "lesson.json")
    assert json.loads(path.read_text(encoding="utf-8"))["controls"]["hidden"] == ["gradient_flow", "replay"]
    assert load(path).controls.hidden == {"gradient_flow", "replay"}


def test_check_lesson_takes_them_and_names_a_misspelt_one(tmp_path, capsys):
    start = tmp_path / "start.nbn"
    save(perceptron().start(), start)
    doc = json.loads(builtin_paths()[1].read_text(encoding="utf-8"))
    doc["controls"]["hidden"] = ["gradient_flow", "replay", "feature_maps"]
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check-lesson", str(good), str(start)]) == 1  # read and graded: the start does not pass
    assert capsys.readouterr().out.splitlines()[-1] == "not passed"
    doc["controls"]["hidden"] = ["gradient_flow", "gradient flow"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check-lesson", str(bad), str(start)]) == 2
    assert capsys.readouterr().err == (f"netbuilder: error: {bad}: controls.hidden[1]: there is no panel "
                                       f"\"gradient flow\" (did you mean 'gradient_flow'?)\n")


def test_the_lessons_without_gradients_hide_the_gradient_flow_panel():
    assert "gradient_flow" in neuron().controls.hidden  # no training at all
    assert "gradient_flow" in perceptron().controls.hidden  # the perceptron rule: no gradients
    for path in builtin_paths()[:2]:
        assert "gradient_flow" in load(path).controls.hidden, path.name
