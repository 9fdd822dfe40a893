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
        (["predict", WORKED, "--input", "a,b"], "is not a list of numbers"),
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
