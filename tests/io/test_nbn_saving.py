"""Saving a network: killed at any moment, a full disk, a read-only folder, or a network that cannot be written
all leave the old file as it was, with one clear message."""

import errno
import json
import math
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import numpy as np
import pytest

from netbuilder import templates
from netbuilder import files as nb_files
from netbuilder.model import Run
from netbuilder.io import NetworkFileError, dumps, load, save

ROOT = Path(__file__).resolve().parents[2]

#: A process that imports NetBuilder once and then, on request, forks a child that saves two networks in turn
#: in a loop: a fork is cheap, so the test can kill a hundred savers at random moments.
_SAVER = textwrap.dedent("""
    import os, sys
    import numpy as np
    from netbuilder import templates
    from netbuilder.io import save
    path = sys.argv[1]
    a = templates.mnist_mlp()
    b = a.copy()
    for c in b.connections.values():
        b.set_weights(c.id, c.weights + 1.0)
    b.name = "B"
    save(a, path)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    k = 0
                    while True:
                        save(b if k % 2 == 0 else a, path)
                        k += 1
                finally:
                    os._exit(0)
            print(pid, flush=True)
        elif command == "reap":
            os.waitpid(int(arg), 0)
            print("reaped", flush=True)
""")


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_complete_file(tmp_path):
    path = tmp_path / "net.nbn"
    a = templates.mnist_mlp()
    texts = {dumps(a)}
    b = a.copy()
    for c in b.connections.values():
        b.set_weights(c.id, c.weights + 1.0)
    b.name = "B"
    texts.add(dumps(b))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}
    server = subprocess.Popen([sys.executable, "-c", _SAVER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=env, cwd=tmp_path)
    try:
        assert server.stdout.readline().strip() == "ready"
        rng = random.Random(0)
        seen = set()
        for _ in range(100):
            server.stdin.write("fork\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)
            server.stdin.write(f"reap {pid}\n")
            server.stdin.flush()
            assert server.stdout.readline().strip() == "reaped"
            text = path.read_text(encoding="utf-8")
            assert text in texts, "the file is the old or the new network, complete"
            seen.add(text)
        assert load(path).name in ("B", a.name)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "net.nbn"]
    assert len(seen) == 2, "the kills came both before and after a rename"
    assert leftovers and all(name.startswith(".net.nbn.") and name.endswith(".tmp") for name in leftovers), \
        "some kills came in the middle of writing (their temporary files are all that is left of them)"


@pytest.fixture
def saved(tmp_path):
    path = save(templates.xor(), tmp_path / "keep.nbn")
    return path, path.read_bytes()


def _only_the_file_is_left(path):
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file is left behind"


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_keeps_the_old_file(saved, monkeypatch, where):
    path, original = saved

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(nb_files.os, "fsync", full)
    else:
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                full()

            def __getattr__(self, name):
                return getattr(self.f, name)

        monkeypatch.setattr(nb_files.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    with pytest.raises(NetworkFileError) as info:
        save(templates.worked_example(), path)
    assert str(info.value) == f"{path}: cannot write the file: the disk is full (No space left on device)"
    assert path.read_bytes() == original
    _only_the_file_is_left(path)


@pytest.mark.parametrize("code, words", [(errno.EROFS, "the file system is read-only"),
                                         (errno.EACCES, "permission denied")])
def test_a_read_only_folder_keeps_the_old_file(saved, monkeypatch, code, words):
    path, original = saved

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(nb_files.tempfile, "mkstemp", refuse)  # tests run as root, who may write anywhere
    with pytest.raises(NetworkFileError) as info:
        save(templates.worked_example(), path)
    assert f"cannot write in the folder {path.parent}: {words}" in str(info.value).lower()
    assert path.read_bytes() == original
    _only_the_file_is_left(path)


@pytest.mark.parametrize(
    "view, where, words",
    [
        ({"zoom": math.nan}, "view.zoom", "nan is not a finite number"),
        ({"zoom": math.inf}, "view.zoom", "inf is not a finite number"),
        ({"tags": {1, 2}}, "view.tags", "a set is not a JSON value"),
        ({"zoom": np.int64(3)}, "view.zoom", "a int64 is not a JSON value"),
        ({"label": "x\ud800"}, "view.label", "lone surrogate"),
        ({"big": 10**400}, "view.big", "whole number of 401 digits"),
    ],
)
def test_a_network_that_cannot_be_read_back_is_not_written(saved, view, where, words):
    path, original = saved
    net = templates.xor()
    net.view = view
    with pytest.raises(NetworkFileError) as info:
        save(net, path)
    assert info.value.where == where and words in info.value.message and "cannot be written" in info.value.message
    assert path.read_bytes() == original


def test_a_name_with_a_lone_surrogate_is_refused_by_name(saved):
    path, original = saved
    net = templates.xor()
    net.layer("Hidden").update(name="H\udc80")
    with pytest.raises(NetworkFileError) as info:
        save(net, path)
    assert info.value.where == "layers[1].name" and "\\udc80" in str(info.value)
    str(info.value).encode("utf-8")  # the message itself can be printed
    assert path.read_bytes() == original


def test_a_view_nested_too_deeply_is_not_written(saved):
    path, original = saved
    net = templates.xor()
    deep = inner = {}
    for _ in range(900):
        inner["a"] = {}
        inner = inner["a"]
    net.view = deep
    with pytest.raises(NetworkFileError) as info:
        save(net, path)
    assert "nested more than 32 levels" in info.value.message and info.value.where.startswith("view.a.a")
    assert path.read_bytes() == original


def test_everything_the_writer_accepts_reads_back(tmp_path):
    net = templates.xor()
    net.view = {"zoom": 1e308, "labels": ["😀", "ü"], "nested": [[{"k": None}]], "n": -(10**300)}
    back = load(save(net, tmp_path / "v.nbn"))
    assert back.view == json.loads(json.dumps(net.view))


def test_a_run_whose_final_loss_is_not_a_number_is_saved_with_null(tmp_path):
    """Found by tools/fuzz_files.py: a network whose outputs overflow trains, evaluates to a NaN loss, and could
    then not be saved ("history[0].settings.final.training.loss: nan is not a finite number")."""
    net = templates.xor()
    net.history.runs.append(Run({"optimizer": {"name": "sgd", "learning_rate": 0.5},
                                 "final": {"training": {"loss": math.nan, "accuracy": 0.5, "other": [math.inf]}}},
                                {"loss": [math.nan]}, [math.nan], "diverged"))
    back = load(save(net, tmp_path / "nan.nbn"))
    assert back.history.runs[0].settings["final"] == {"training": {"loss": None, "accuracy": 0.5, "other": [None]}}
    assert dumps(load(save(back, tmp_path / "again.nbn"))) == dumps(back)


def test_training_a_network_that_overflows_saves_the_result(tmp_path, capsys):
    from netbuilder.cli import main

    import netbuilder as nb

    net = nb.Sequential([nb.Input(shape=(6, 6, 1)), nb.Conv2D(2, 3, activation="relu"), nb.Flatten(),
                         nb.Dense(3, "softmax")], loss="categorical_crossentropy", epochs=1, batch_size=4,
                        optimizer={"name": "sgd", "learning_rate": 1e300})
    rng = np.random.default_rng(0)
    net.dataset = {"kind": "inline", "x": rng.random((12, 36)), "y": np.eye(3)[rng.integers(0, 3, 12)]}
    path = save(net, tmp_path / "huge.nbn")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # the engine's overflow warnings are not this test's
        code = main(["train", str(path), "--epochs", "1", "-q", "-o", str(tmp_path / "out.nbn")])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert "Saved to" in out
    run = load(tmp_path / "out.nbn").history.latest
    assert run.settings["final"]["training"]["loss"] is None
