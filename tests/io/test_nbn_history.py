"""Histories that stay small: per-epoch values whole, per-batch losses bounded (lowest and highest of each stretch
of steps), in memory and in the file; old files with long lists still open."""

import json
import math
from pathlib import Path

import numpy as np

import netbuilder as nb
from netbuilder import templates
from netbuilder.io import dumps, load, loads, save
from netbuilder.io.arrays import encode_array
from netbuilder.model import Run, TrainingHistory
from netbuilder.model.history import MAX_BATCH_POINTS, envelope

FILES = Path(__file__).parent / "files"
STEPS = 100_000


def long_curve(n=STEPS, seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    losses = 0.7 * np.exp(-t / 20_000) + 0.02 + 0.05 * rng.random(n)
    losses[n * 54 // 100] = 9.5  # one spike, which a thinned curve would lose
    losses[n * 77 // 100] = 0.0001  # and one dip
    return losses


def long_run(n=STEPS, epochs=1000):
    losses = long_curve(n)
    per_epoch = losses.reshape(epochs, -1).mean(axis=1)
    return Run({"optimizer": {"name": "sgd", "learning_rate": 0.5}, "batch_size": 1},
               {"loss": per_epoch.tolist(), "accuracy": np.linspace(0.5, 1, epochs).tolist()},
               losses.tolist(), f"completed {epochs} epochs", "2026-11-23T10:00:00+00:00")


def test_a_run_of_100000_batch_losses_saves_small_and_loads(tmp_path):
    net = templates.worked_example()  # 13 parameters
    run = long_run()
    net.history.runs.append(run)  # appended directly: saving compacts it
    path = save(net, tmp_path / "long.nbn")
    size = path.stat().st_size
    assert size < 60_000, f"{size:,} bytes"  # 1000 epochs of two values (21 KB) and 2000 batch losses (21 KB)
    back = load(path).history.runs[0]
    assert len(back.batch_loss) == MAX_BATCH_POINTS and back.batch_steps == STEPS and back.steps == STEPS
    assert back.epochs == run.epochs, "per-epoch values are kept exactly"
    assert max(back.batch_loss) == 9.5 and min(back.batch_loss) == 0.0001, "the spike and the dip survive"
    first = run.batch_loss[:STEPS // 1000]
    assert back.batch_loss[:2] == sorted([min(first), max(first)], key=first.index), "the first stretch's range"
    raw = json.loads(path.read_text())["history"][0]
    assert raw["batch_steps"] == STEPS and raw["batch_loss"]["shape"] == [MAX_BATCH_POINTS]
    assert dumps(load(path)) == path.read_text(), "compacting again changes nothing"


def test_three_long_runs_stay_small(tmp_path):
    """The issue's file: 16 MB for a 13-parameter network, almost all per-batch history of three runs."""
    net = templates.worked_example()
    net.set_history(TrainingHistory([long_run(400_000, 1000) for _ in range(3)]))
    path = save(net, tmp_path / "three.nbn")
    assert path.stat().st_size < 150_000
    assert [r.steps for r in load(path).history.runs] == [400_000] * 3


def test_runs_are_compacted_when_they_enter_the_history():
    run = long_run()
    history = TrainingHistory([run])
    assert len(history.runs[0].batch_loss) == MAX_BATCH_POINTS and history.runs[0].steps == STEPS
    assert len(run.batch_loss) == STEPS, "the run itself (the caller's) is not changed"
    short = Run({}, {"loss": [1.0]}, [0.5, 0.4], "done")
    assert TrainingHistory([short]).runs[0] is short


def test_training_keeps_a_compact_history():
    net = templates.xor()
    result = nb.train(net, "xor", epochs=600, batch_size=1, seed=0)  # 4 samples: 2400 steps
    assert len(result.run.batch_loss) == 2400
    kept = net.history.latest
    assert len(kept.batch_loss) == MAX_BATCH_POINTS and kept.steps == 2400 and kept.epoch_count == 600
    assert max(kept.batch_loss) == max(result.run.batch_loss) and min(kept.batch_loss) == min(result.run.batch_loss)


def test_the_envelope_keeps_each_stretch_lowest_and_highest_in_order():
    # stretches of 4: [5, 1, 2, 9] -> 1 (2nd), 9 (4th); [3, 3, 0, 4] -> 0 (3rd), 4 (4th)
    assert envelope([5, 1, 2, 9, 3, 3, 0, 4], 4) == [1.0, 9.0, 0.0, 4.0]
    assert envelope([9, 2, 1, 3], 2) == [9.0, 1.0], "the highest first when it came first"
    assert envelope([3, 2, 1, 0, 7, 8], 2) == [0.0, 8.0]
    assert envelope(list(range(10)), 20) == list(range(10)), "short lists are kept as they are"
    out = envelope(np.arange(100_001.0))
    assert len(out) == MAX_BATCH_POINTS and out[0] == 0.0 and out[-1] == 100_000.0 and out == sorted(out)


def test_missing_values_stay_missing_only_where_a_stretch_has_nothing_else():
    values = [math.nan, 1.0, math.nan, math.nan, 2.0, 3.0]
    out = envelope(values, 4)  # stretches [nan, 1, nan], [nan, 2, 3]
    assert out == [1.0, 1.0, 2.0, 3.0]
    out = envelope([math.nan] * 4 + [1.0, 2.0], 4)  # [nan, nan, nan], [nan, 1, 2]
    assert np.isnan(out[0]) and np.isnan(out[1]) and out[2:] == [1.0, 2.0]


def _v1_with_history(batch_loss) -> str:
    d = json.loads((FILES / "v1_worked_example.nbn").read_text())
    d["history"] = [{"settings": {"batch_size": 1}, "epochs": {"loss": [0.5, 0.25]}, "batch_loss": batch_loss,
                     "stop_reason": "done", "started": ""}]
    return json.dumps(d)


def test_old_files_with_long_lists_still_open(tmp_path):
    curve = long_curve()
    for batch_loss in (curve.tolist(), encode_array(curve)):  # written out as text, and packed
        text = _v1_with_history(batch_loss)
        assert json.loads(text)["version"] == 1 and len(text) > 1_000_000
        net = loads(text)
        run = net.history.runs[0]
        assert len(run.batch_loss) == MAX_BATCH_POINTS and run.steps == STEPS
        assert max(run.batch_loss) == 9.5
        path = save(net, tmp_path / "old.nbn")
        assert path.stat().st_size < 30_000
        assert load(path).history.runs[0].steps == STEPS


def test_old_files_with_missing_values_in_long_lists_open():
    curve = long_curve(5000).tolist()
    curve[10] = None
    net = loads(_v1_with_history(curve))
    assert len(net.history.runs[0].batch_loss) == MAX_BATCH_POINTS
    assert loads(dumps(net)).history.runs[0].steps == 5000
