"""The lesson file: round trip, strict reading with the place named, bounded reading, atomic writing."""

from __future__ import annotations

import json
import os

import pytest

from netbuilder.io import nbn
from netbuilder.lessons import Controls, Goal, Lesson, LessonFileError, dumps, load, loads, save
from netbuilder.lessons.builtin import DEFINITIONS, perceptron
from netbuilder.lessons.format import MAX_FILE_BYTES
from netbuilder.lessons.goals import Case


def doc() -> dict:
    return json.loads(dumps(perceptron()))


def refused(document, *parts) -> str:
    text = document if isinstance(document, (str, bytes)) else json.dumps(document)
    with pytest.raises(LessonFileError) as info:
        loads(text)
    message = str(info.value)
    for part in parts:
        assert part in message, message
    assert "\n" not in message
    return message


@pytest.mark.parametrize("name,make", DEFINITIONS, ids=[n for n, _ in DEFINITIONS])
def test_round_trip_is_exact(name, make):
    lesson = make()
    text = dumps(lesson)
    again = loads(text)
    assert dumps(again) == text
    assert again.id == lesson.id and again.title == lesson.title and again.text == lesson.text
    assert again.controls == lesson.controls
    assert again.goals == lesson.goals
    assert nbn.dumps(again.network) == nbn.dumps(lesson.network)


def test_the_network_is_embedded_as_a_network_file():
    d = doc()
    assert d["network"]["format"] == "netbuilder-network"
    assert nbn.dumps(nbn.loads(json.dumps(d["network"]))) == nbn.dumps(perceptron().network)


def test_save_and_load(tmp_path):
    lesson = Lesson("mine", {"en": "Mine"}, {"zh_CN": "文字"}, perceptron().network,
                    Controls(locked=frozenset({"activation"}), hidden=frozenset({"palette"}), max_hidden_neurons=3),
                    [Goal("accuracy", at_least=0.9), Goal("loss", at_most=0.5, function="mse"),
                     Goal("parameters", at_most=10), Goal("outputs", cases=(Case((1.0, 1.0), (1.0,)),)),
                     Goal("weight", connection="C1", row=1, column=0, value=2.0), Goal("walkthrough")])
    path = save(lesson, tmp_path / "mine.json")
    back = load(path)
    assert back.source == path and back.folder == tmp_path
    assert back.controls.locked_set == {"activation"} and back.controls.max_hidden_neurons == 3
    assert back.goals == lesson.goals
    assert dumps(back) == dumps(lesson)


def test_saving_something_unwritable_keeps_the_old_file(tmp_path):
    path = tmp_path / "l.json"
    save(perceptron(), path)
    before = path.read_bytes()
    lesson = perceptron()
    lesson.network.view = {"bad": float("nan")}
    with pytest.raises(LessonFileError, match=r"network\.view\.bad"):
        save(lesson, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["l.json"]


def test_editable_and_locked_round_trip():
    for controls in (Controls(editable=frozenset()), Controls(editable=frozenset({"learning_rate"})), Controls()):
        lesson = perceptron()
        lesson.controls = controls
        assert loads(dumps(lesson)).controls == controls
    assert Controls(editable=frozenset({"learning_rate"})).is_locked("batch_size")
    assert not Controls(editable=frozenset({"learning_rate"})).is_locked("learning_rate")


# -- strict reading ----------------------------------------------------------------------------------------


def test_not_json_and_not_a_lesson():
    refused(b"", "the file is empty")
    refused(b"{\"format\": ", "truncated")
    refused(b"{x}", "not valid JSON", "line 1")
    refused(b"\xff\xfe{", "not UTF-8")
    refused("{\"format\": \"netbuilder-lesson\",", "truncated")
    refused([1, 2], "expected a JSON object")
    refused({"a": 1}, "not a NetBuilder lesson")
    refused(json.loads(nbn.dumps(perceptron().network)), "network file, not a lesson")
    refused({**doc(), "format": "x"}, "format", "its format is")


def test_versions():
    refused({**doc(), "version": 2}, "version", "newer", "update NetBuilder")
    refused({**doc(), "version": "1"}, "version", "whole number")
    refused({**doc(), "version": 0}, "version")


def test_unknown_and_missing_fields_name_the_place():
    refused({**doc(), "titel": {}}, "unknown field \"titel\"", "did you mean 'title'")
    d = doc()
    del d["goals"]
    refused(d, "the field 'goals' is missing")
    d = doc()
    d["controls"]["lockd"] = []
    refused(d, "controls", "did you mean 'locked'")
    d = doc()
    d["goals"][0]["at_least"] = 1
    refused(d, "goals[0]", "unknown field \"at_least\"")


def test_bad_values_name_the_place():
    d = doc()
    d["goals"][0]["cases"][2]["input"][1] = "x"
    refused(d, "goals[0].cases[2].input[1]", "expected a number, got the text 'x'")
    d = doc()
    d["goals"][0]["cases"][1]["input"] = [1.0]
    refused(d, "goals[0].cases[1].input", "as many input values")
    d = doc()
    d["goals"] = [{"kind": "accuracy", "at_least": 1.5}]
    refused(d, "goals[0].at_least", "at most 1")
    d["goals"] = [{"kind": "acuracy", "at_least": 0.5}]
    refused(d, "goals[0].kind", "did you mean 'accuracy'")
    d["goals"] = [{"kind": "loss", "at_most": 0.1, "function": "msee"}]
    refused(d, "goals[0].function", "no loss")
    d["goals"] = [{"kind": "parameters"}]
    refused(d, "goals[0]", "at_least", "at_most")
    d["goals"] = [{"kind": "parameters", "at_least": 5, "at_most": 2}]
    refused(d, "goals[0]", "more than 'at_most'")
    d["goals"] = [{"kind": "hidden_neurons", "at_most": 2.5}]
    refused(d, "goals[0].at_most", "whole number")
    d["goals"] = [{"kind": "weight", "connection": "C9", "row": 0, "column": 0, "value": 1}]
    refused(d, "goals[0].connection", "no connection 'C9'", "C1")
    d["goals"] = []
    refused(d, "goals", "at least one goal")
    d["goals"] = [{"kind": "untrained"}] * 51
    refused(d, "goals", "more than the 50")


def test_texts_and_ids():
    refused({**doc(), "id": "Not An Id"}, "id", "lower-case")
    refused({**doc(), "title": {}}, "title", "at least one language")
    refused({**doc(), "title": {"de": "Hallo"}}, "title", "unknown field \"de\"")
    refused({**doc(), "title": {"en": 5}}, "title.en", "expected a text")
    refused({**doc(), "title": {"en": "two\nlines"}}, "title.en", "one line")
    refused({**doc(), "text": {"en": "x" * 200_001}}, "text.en", "more than the 200,000")


def test_controls_are_checked():
    d = doc()
    d["controls"] = {"locked": ["weights"], "editable": ["loss"]}
    refused(d, "controls", "not both")
    d["controls"] = {"locked": ["weigths"]}
    refused(d, "controls.locked[0]", "did you mean 'weights'")
    d["controls"] = {"locked": ["loss", "loss"]}
    refused(d, "controls.locked[1]", "twice")
    d["controls"] = {"hidden": ["canvas"]}
    refused(d, "controls.hidden[0]", "no panel")
    d["controls"] = {"max_hidden_neurons": -1}
    refused(d, "controls.max_hidden_neurons", "at least 0")
    d["controls"] = {"locked": "loss"}
    refused(d, "controls.locked", "expected a list")


def test_a_damaged_network_is_named_inside_the_lesson():
    d = doc()
    d["network"]["layers"][1]["units"] = "two"
    refused(d, "network.layers[1]", "units")
    d = doc()
    d["network"]["connections"][0]["weights"][0][0] = "x"
    refused(d, "network.connections[0].weights[0][0]")
    d = doc()
    d["network"] = [1]
    refused(d, "network", "expected the starting network as an object")


def test_strict_json():
    text = dumps(perceptron())
    refused(text.replace('"id": "perceptron",', '"id": "perceptron", "id": "x",'), "appears twice", "line 4")
    refused(text.replace('"tolerance": 0.01', '"tolerance": NaN'), "NaN")
    refused(text.replace('"tolerance": 0.01', '"tolerance": 1e400'), "too large")
    refused('{"format": "netbuilder-lesson", "version": 1, "x": ' + "[" * 40 + "]" * 40 + "}", "nested")
    refused('{"format": "netbuilder-lesson", "version": 1, "id": "\\ud800"}', "surrogate")


def test_reading_is_bounded_and_only_regular_files(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LessonFileError, match="more than the 64 MB a lesson file may have") as info:
        load(big)
    assert str(big) in str(info.value)
    with pytest.raises(LessonFileError, match="folder, not a lesson file"):
        load(tmp_path)
    with pytest.raises(LessonFileError, match="no such file"):
        load(tmp_path / "missing.json")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(LessonFileError, match="named pipe"):
        load(fifo)


def test_random_damage_never_escapes_as_another_error():
    import random

    text = dumps(perceptron()).encode()
    rng = random.Random(5)
    for _ in range(300):
        data = bytearray(text)
        for _ in range(rng.randint(1, 6)):
            op = rng.random()
            k = rng.randrange(len(data))
            if op < 0.4:
                data[k] = rng.randrange(256)
            elif op < 0.7:
                del data[k:k + rng.randint(1, 40)]
            else:
                data[k:k] = bytes(rng.choice(b'{}[]",:0123456789.-etrufalsn ') for _ in range(rng.randint(1, 5)))
        try:
            loads(bytes(data))
        except LessonFileError as exc:
            assert "\n" not in str(exc)
