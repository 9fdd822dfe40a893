"""Recording a run for replay: bounded, covering the whole run, and restoring exactly what training had."""

import numpy as np

from netbuilder import templates
from netbuilder.model.recording import Moment, Recording
from netbuilder.model.parameters import Parameters
from netbuilder.session import Control, TrainingSession


def moment(step):
    return Moment(step, step / 10, 1.0 / (step + 1), Parameters({"C": np.full((2, 2), float(step))}))


def test_thinning_keeps_the_first_and_last_and_covers_the_run():
    rec = Recording(limit=10)
    for step in range(1000):
        rec.add(moment(step))
    assert len(rec.moments) <= 10
    assert rec.moments[0].step == 0 and rec.moments[-1].step == 999
    gaps = np.diff(rec.steps)
    assert gaps.max() <= 2 * gaps.min() + 2, "evenly spread, not bunched at the end"
    assert rec.at(500).step <= 500 < rec.moments[rec.steps.index(rec.at(500).step) + 1].step
    assert rec.at(-5).step == 0


def test_a_recording_fits_a_size_for_saving():
    rec = Recording(limit=100)
    for step in range(100):
        rec.add(moment(step))
    small = rec.fitted(10 * 32)
    assert small.nbytes <= 320 and small.moments[0].step == 0 and small.moments[-1].step == 99
    assert len(rec.moments) == 100, "the original is untouched"
    assert rec.fitted(10).moments == []


def test_a_watched_run_is_recorded_and_a_moment_restores_exactly():
    net = templates.xor()
    net.set_training(epochs=120, batch_size=1)
    start = net.get_parameters()
    outcome = TrainingSession(net).run(Control(), lambda snapshot: None)
    rec = outcome.recording
    assert rec is not None and 2 < len(rec.moments) <= rec.limit
    assert rec.moments[0].step == 0 and rec.moments[0].parameters.equals(start)
    assert rec.moments[-1].step == outcome.steps and rec.moments[-1].parameters.equals(outcome.parameters)
    assert sorted(rec.steps) == rec.steps and rec.moments[-1].epoch == 120
    assert TrainingSession(net).run(Control()).recording is None, "an unwatched run (the command line) is not recorded"


def test_a_recording_saved_with_the_file_replays_exactly(tmp_path):
    from netbuilder.io import load, save

    net = templates.xor()
    net.set_training(epochs=40, batch_size=1)
    outcome = TrainingSession(net).run(Control(), lambda snapshot: None)
    outcome.run.recording = outcome.recording
    net.set_parameters(outcome.parameters)
    net.set_history(type(net.history)(net.history.runs + [outcome.run]))
    save(net, tmp_path / "plain.nbn")
    assert load(tmp_path / "plain.nbn").history.latest.recording is None, "left out unless asked"
    save(net, tmp_path / "with.nbn", recording_bytes=10_000_000)
    back = load(tmp_path / "with.nbn").history.latest.recording
    assert back.steps == outcome.recording.steps
    for a, b in zip(back.moments, outcome.recording.moments):
        assert a.parameters.equals(b.parameters) and a.epoch == b.epoch
    save(net, tmp_path / "small.nbn", recording_bytes=2_000)
    small = load(tmp_path / "small.nbn").history.latest.recording
    assert small.nbytes <= 2_000 and small.moments[-1].parameters.equals(outcome.parameters)
    assert (tmp_path / "small.nbn").stat().st_size < (tmp_path / "with.nbn").stat().st_size


def test_a_recording_of_another_shape_is_dropped_and_a_damaged_one_refused(tmp_path):
    import json

    import pytest

    from netbuilder.io import NetworkFileError, loads, save

    net = templates.xor()
    net.set_training(epochs=5)
    outcome = TrainingSession(net).run(Control(), lambda snapshot: None)
    outcome.run.recording = outcome.recording
    net.set_history(type(net.history)([outcome.run]))
    save(net, tmp_path / "x.nbn", recording_bytes=1_000_000)
    doc = json.loads((tmp_path / "x.nbn").read_text())
    hidden = next(layer["id"] for layer in doc["layers"] if layer.get("role") == "hidden")
    edited = net.copy()
    edited.update_layer(hidden, units=7)  # the network changed shape after the run
    save(edited, tmp_path / "edited.nbn")
    doc2 = json.loads((tmp_path / "edited.nbn").read_text())
    doc2["history"] = doc["history"]
    assert loads(json.dumps(doc2)).history.latest.recording is None
    doc["history"][0]["recording"]["moments"][1]["step"] = 0
    with pytest.raises(NetworkFileError, match="increasing step order"):
        loads(json.dumps(doc))
