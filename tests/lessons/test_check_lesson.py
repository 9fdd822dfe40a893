"""netbuilder check-lesson: a teacher grades saved networks headless, one verdict line per goal."""

from __future__ import annotations

import json

import pytest

from netbuilder.cli.main import main
from netbuilder.io import save
from netbuilder.lessons import save as save_lesson
from netbuilder.lessons.builtin import builtin_paths, perceptron


@pytest.fixture
def submissions(tmp_path):
    lesson = perceptron()
    start = lesson.start()
    save(start, tmp_path / "start.nbn")
    good = lesson.start()
    good.set_weights("C1", [[1.0], [1.0]])
    good.set_bias("L2", 0, -1.5)
    save(good, tmp_path / "good.nbn")
    cheat = lesson.start()
    cheat.update_layer("L2", activation="sigmoid")
    save(cheat, tmp_path / "cheat.nbn")
    (tmp_path / "damaged.nbn").write_text("{", encoding="utf-8")
    return tmp_path


def test_one_network_passes(submissions, capsys):
    assert main(["check-lesson", str(builtin_paths()[1]), str(submissions / "good.nbn")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "✓ met: It computes AND (0, 0, 0, 1): 4 of 4 right",
        "✓ met: Solved by hand, without training: no training run",
        "passed",
    ]


def test_a_built_in_lesson_by_name_and_one_that_fails(submissions, capsys):
    assert main(["check-lesson", "perceptron", str(submissions / "start.nbn")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "✗ not met: It computes AND (0, 0, 0, 1): 3 of 4 right" and out[-1] == "not passed"


def test_a_folder_of_submissions(submissions, capsys):
    files = [str(submissions / n) for n in ("good.nbn", "cheat.nbn", "damaged.nbn")]
    assert main(["check-lesson", "perceptron", *files]) == 1
    out = capsys.readouterr().out
    assert f"{files[0]}: passed (2 of 2 goals met)" in out
    assert f"{files[1]}: not passed (1 of 2 goals met)" in out
    assert "  ✗ lock: Changed although the lesson locks it: the activation functions." in out
    assert f"{files[2]}: not passed\n  ✗ cannot be read: {files[2]}: line 1" in out


def test_json(submissions, capsys):
    assert main(["check-lesson", "perceptron", str(submissions / "good.nbn"), str(submissions / "cheat.nbn"),
                 "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["lesson"]["id"] == "perceptron" and doc["passed"] is False
    good, cheat = doc["networks"]
    assert good["passed"] and [g["met"] for g in good["goals"]] == [True, True]
    assert good["goals"][0]["value"] == 4 and good["goals"][0]["goal"]["kind"] == "outputs"
    assert cheat["locks"] == [{"control": "activation",
                               "text": "Changed although the lesson locks it: the activation functions."}]


def test_a_damaged_lesson_is_one_error_line(tmp_path, submissions, capsys):
    bad = tmp_path / "lesson.json"
    text = json.loads(open(builtin_paths()[1], encoding="utf-8").read())
    text["goals"][0]["tolerance"] = "a lot"
    bad.write_text(json.dumps(text), encoding="utf-8")
    assert main(["check-lesson", str(bad), str(submissions / "good.nbn")]) == 2
    err = capsys.readouterr().err
    assert err == f"netbuilder: error: {bad}: goals[0].tolerance: expected a number, got the text 'a lot'\n"
    assert main(["check-lesson", str(tmp_path / "none.json"), str(submissions / "good.nbn")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_the_lessons_data_is_found_beside_the_lesson(tmp_path, capsys):
    """A teacher's lesson on a CSV file: the goals read it from the lesson's folder."""
    from netbuilder.lessons import Goal
    from netbuilder.lessons.builtin import activations

    (tmp_path / "lesson").mkdir()
    (tmp_path / "lesson" / "points.csv").write_text("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,1\n", encoding="utf-8")
    lesson = activations()
    lesson.network.update_layer("L2", activation="tanh")
    lesson.network.set_settings(dataset={"kind": "csv", "path": "points.csv", "target_columns": ["y"]})
    lesson.goals = [Goal("accuracy", at_least=0.0)]
    save_lesson(lesson, tmp_path / "lesson" / "or.json")
    net = lesson.start()
    save(net, tmp_path / "student.nbn")  # its own data path no longer resolves from here
    assert main(["check-lesson", str(tmp_path / "lesson" / "or.json"), str(tmp_path / "student.nbn")]) == 0, \
        capsys.readouterr()
