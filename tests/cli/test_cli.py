"""The command line as a user runs it: output, files written, and one-line errors with status 2."""

import json
import subprocess
import sys

import pytest

from netbuilder import assets, load
from netbuilder.cli import main

WORKED = str(assets.example("worked_example"))
XOR = str(assets.example("xor"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_text_and_json(capsys):
    code, out, _ = run(capsys, "info", WORKED)
    assert code == 0
    assert "Worked example" in out and "Total parameters: 13" in out and "No problems found." in out
    code, out, _ = run(capsys, "info", WORKED, "--format", "json")
    doc = json.loads(out)
    assert doc["parameters"] == 13 and [l["units"] for l in doc["layers"]] == [2, 3, 1] and doc["problems"] == []


def test_train_writes_the_trained_network_with_history(capsys, tmp_path):
    out_path = tmp_path / "xor_trained.nbn"
    code, out, err = run(capsys, "train", XOR, "-o", str(out_path))
    assert code == 0, err
    assert "Epoch 1/300" in out and "Epoch 300/300" in out and "accuracy: 1.0000" in out
    net = load(out_path)
    assert len(net.history) == 1 and net.history.latest.epoch_count == 300
    code, out, _ = run(capsys, "evaluate", str(out_path), "--format", "json")
    assert json.loads(out)["accuracy"] == 1.0


def test_train_overrides_are_recorded(capsys, tmp_path):
    out_path = tmp_path / "w.nbn"
    code, out, err = run(capsys, "train", WORKED, "--epochs", "3", "--lr", "0.1", "--optimizer", "sgd",
                         "--batch-size", "full", "--seed", "5", "-q", "-o", str(out_path))
    assert code == 0, err
    net = load(out_path)
    t = net.training
    assert (t.epochs, t.learning_rate, t.batch_size, t.seed) == (3, 0.1, None, 5)


def test_train_on_a_builtin_dataset(capsys, tmp_path):
    code, out, err = run(capsys, "train", XOR, "--data", "xor:n=40,noise=0.05", "--epochs", "5", "-q")
    assert code == 0, err
    assert "Training set" in out


def test_perceptron_trains_with_its_rule(capsys):
    code, out, _ = run(capsys, "train", str(assets.example("perceptron_and")))
    assert code == 0 and "converged after" in out and "accuracy: 1.0000" in out
    code, out, _ = run(capsys, "train", str(assets.example("perceptron_xor")))
    assert code == 0 and "did not converge" in out


def test_predict(capsys):
    code, out, _ = run(capsys, "predict", WORKED, "--input", "0.1,0.2")
    assert code == 0 and out.strip() == "0.867034"
    code, out, _ = run(capsys, "predict", WORKED, "--input", "0.1 0.2", "--format", "json")
    assert json.loads(out)["output"] == [pytest.approx(0.8670344586586273, abs=1e-15)]


def test_walkthrough_reads_like_the_tutorial(capsys):
    code, out, _ = run(capsys, "walkthrough", WORKED)
    assert code == 0
    for line in [
        "z₁ = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19",
        "a₁ = σ(z₁) = σ(0.19) = 0.5474",
        "ŷ = σ(zₒ) = σ(1.875) = 0.867",
        "L = (0.867 − 1)² = 0.01768",
        "dL/dŷ = 2·(ŷ − y) = 2 × (0.867 − 1) = −0.2659",
        "δₒ = dL/dŷ · σ'(zₒ) = (−0.2659) × 0.1153 = −0.03066",
        "dL/dw(a₁→ŷ) = (−0.03066) × 0.5474 = −0.01678",
        "w(a₁→ŷ) ← 0.4 − 0.5 × (−0.01678) = 0.4084",
        "L = 0.01674  (was 0.01768: lower ✓)",
    ]:
        assert line in out, line


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Backward pass"), ("html", "<!DOCTYPE html>"), ("json", '"steps"')])
def test_walkthrough_formats(capsys, tmp_path, fmt, marker):
    target = tmp_path / f"w.{fmt}"
    code, out, _ = run(capsys, "walkthrough", WORKED, "--format", fmt, "-o", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert marker in text and ("0.01768" in text or fmt == "json")


def test_walkthrough_with_own_numbers(capsys):
    code, out, _ = run(capsys, "walkthrough", WORKED, "--input", "0.5,0.5", "--target", "0", "--lr", "1")
    assert code == 0 and "x = [0.5, 0.5]" in out and "η = 1" in out


def test_walkthrough_takes_a_mini_batch_as_the_app_does(capsys):
    """';' (or a new line) between samples, ',' or spaces between values: not one long sample."""
    code, out, err = run(capsys, "walkthrough", WORKED, "--input", "0.1,0.2;0.3,0.4", "--target", "1;0",
                         "--format", "json")
    assert code == 0, err
    trace = json.loads(out)["trace"]
    assert trace["input"] == [[0.1, 0.2], [0.3, 0.4]] and trace["target"] == [[1.0], [0.0]]
    code, out, err = run(capsys, "walkthrough", WORKED, "--input", "0.1 0.2\n0.3 0.4", "--target", "1\n0")
    assert code == 0, err
    assert "A mini-batch of 2 samples" in out


def test_walkthrough_repeats_one_target_row_for_every_sample(capsys):
    code, out, err = run(capsys, "walkthrough", WORKED, "--input", "0.1,0.2; 0.3,0.4; 0.5,0.6", "--target", "1",
                         "--format", "json")
    assert code == 0, err
    assert json.loads(out)["trace"]["target"] == [[1.0], [1.0], [1.0]]


def test_walkthrough_output_is_written_atomically(capsys, tmp_path, monkeypatch):
    import errno
    import os

    from netbuilder import files

    target = tmp_path / "step.md"
    target.write_text("the old walkthrough", encoding="utf-8")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "replace", full)
    code, out, err = run(capsys, "walkthrough", WORKED, "--format", "markdown", "-o", str(target))
    assert code == 2 and err.count("\n") == 1
    assert err == f"netbuilder: error: {target}: cannot write the file: the disk is full (No space left on device)\n"
    assert target.read_text(encoding="utf-8") == "the old walkthrough"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["step.md"]


def test_predict_several_samples_prints_one_line_each(capsys):
    code, out, err = run(capsys, "predict", WORKED, "--input", "0.1,0.2; 0.1 0.2;0.5,0.5")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 3 and lines[0] == lines[1] == "0.867034"
    code, out, _ = run(capsys, "predict", WORKED, "--input", "0.1,0.2;0.5,0.5", "--format", "json")
    doc = json.loads(out)
    assert doc["input"] == [[0.1, 0.2], [0.5, 0.5]] and len(doc["output"]) == 2
    assert doc["output"][0] == [pytest.approx(0.8670344586586273, abs=1e-15)]


def test_predict_accepts_the_apps_number_forms(capsys):
    code, out, err = run(capsys, "predict", WORKED, "--input", "1/10 −0.2e0")
    assert code == 0, err
    code2, out2, _ = run(capsys, "predict", WORKED, "--input", "0.1, -0.2")
    assert out == out2


def test_predict_softmax_classes_per_sample(capsys, tmp_path):
    from netbuilder.io import save
    from netbuilder.model.builders import Dense, Input, Sequential

    net = Sequential([Input(2), Dense(3, "softmax")], seed=1)
    path = save(net, tmp_path / "soft.nbn")
    code, out, err = run(capsys, "predict", str(path), "--input", "1,0; 0,1")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all("class: " in line for line in lines)
    code, out, _ = run(capsys, "predict", str(path), "--input", "1,0; 0,1", "--format", "json")
    assert len(json.loads(out)["class"]) == 2
    code, out, _ = run(capsys, "predict", str(path), "--input", "1,0")
    assert out.splitlines()[1].startswith("class: ")


@pytest.mark.parametrize(
    "argv, words",
    [
        (["info", "missing.nbn"], "missing.nbn: no such file"),
        (["train", WORKED, "--epochs", "0"], "--epochs: must be at least 1"),
        (["train", WORKED, "--optimizer", "adma"], "did you mean 'adam'"),
        (["train", WORKED, "--loss", "categorical_crossentropy"], "at least 2"),
        (["train", WORKED, "--data", "nonsense"], "neither a built-in dataset"),
        (["train", WORKED, "--data", "not"], "the network cannot be trained: The data has 1 input column"),
        (["predict", WORKED, "--input", "1,2,3"], "input has 3 values but the input layer has 2"),
        (["predict", WORKED, "--input", "a,b"], "--input: “a” is not a number"),
        (["predict", WORKED, "--input", "1,2; 3"], "every sample needs the same number of values"),
        (["predict", WORKED, "--input", " ; "], "type at least one number"),
        (["walkthrough", WORKED, "--input", "0.1,0.2; 0.3,0.4", "--target", "1; 0; 1"],
         "2 input samples but 3 target rows"),
        (["walkthrough", WORKED, "--input", "0.1,0.2; 0.3,0.4; 0.5,0.6"], "give their targets with --target"),
        (["predict", WORKED], "required"),
        (["walkthrough", WORKED, "--lr", "-2"], "must be a positive number"),
        (["frobnicate"], "frobnicate: no such file"),
    ],
)
def test_user_errors_are_one_line_with_status_2(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("netbuilder: error: ") and err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err


def test_damaged_file_is_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.nbn"
    bad.write_bytes(b'{"format": "netbuilder-network", "version": 1, "layers": [')
    code, _, err = run(capsys, "info", str(bad))
    assert code == 2 and "truncated" in err and err.count("\n") == 1


def test_installed_command_and_module_entry_point():
    result = subprocess.run([sys.executable, "-m", "netbuilder", "predict", WORKED, "--input", "0.1,0.2"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "0.867034"
    result = subprocess.run([sys.executable, "-m", "netbuilder", "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("netbuilder ")


def test_ctrl_c_during_train_exits_cleanly_and_writes_nothing(tmp_path):
    import signal
    import time

    out = tmp_path / "trained.nbn"
    proc = subprocess.Popen([sys.executable, "-m", "netbuilder", "train", str(assets.example("mnist_mlp")),
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while "Epoch" not in (proc.stdout.readline() or "") and time.monotonic() < deadline:
        pass  # wait until it trains (the first epoch line)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stderr.strip() == "netbuilder: interrupted" and "Traceback" not in stderr
    assert not out.exists() and not list(tmp_path.glob("*.tmp")), "no half-written output"


def test_a_diverging_run_says_so_and_saves_finite_weights(tmp_path, capsys):
    import numpy as np

    from netbuilder import Dense, Input, Sequential, load, save
    from netbuilder.cli.main import main

    net = Sequential([Input(2), Dense(3, "tanh"), Dense(1, "linear")], loss="mse", epochs=50)
    save(net, tmp_path / "lin.nbn")
    rc = main(["train", str(tmp_path / "lin.nbn"), "--data", "xor", "--lr", "1e6", "-o", str(tmp_path / "o.nbn")])
    err = capsys.readouterr()
    assert rc == 1 and "Training diverged" in err.err and "smaller learning rate" in err.err
    assert "e+" in err.out and max(len(line) for line in err.out.splitlines()) < 200, "huge losses printed short"
    trained = load(tmp_path / "o.nbn")
    assert all(np.isfinite(c.weights).all() for c in trained.connections.values())


def test_error_lines_are_cut_to_a_readable_length(capsys):
    from netbuilder.cli.main import _fail

    assert _fail("x" * 100_000) == 2
    line = capsys.readouterr().err
    assert line.count("\n") == 1 and len(line) < 330
