"""A training process sends its run's recording moment by moment with the reports (netbuilder/workers/remote.py):
the window rebuilds the very recording the child kept — the same moments, the same parameters to the bit — and the
outcome crosses the pipe without it."""

from __future__ import annotations

import pickle

import numpy as np

from netbuilder import templates
from netbuilder.data import make_builtin
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.session import Control, TrainingSession
from netbuilder.workers.remote import RecordingRebuilt, reporter


def test_the_window_rebuilds_the_childs_recording():
    net = templates.xor()
    net.set_training(epochs=300, batch_size=16)
    session = TrainingSession(net, make_builtin("circles", {"n": 200, "noise": 0.05}), rate=1e9)
    wire = []
    outcome = session.run(Control(), reporter(session, lambda message: wire.append(pickle.dumps(message, 5))))
    assert len(session.recording.moments) < len(wire)  # it thinned: the rebuilt one must thin alike
    kept = session.recording
    outcome.recording = None  # as the child sends it
    wire.append(pickle.dumps(("finished", outcome), 5))

    window = RecordingRebuilt()
    received = [window.receive(pickle.loads(data)) for data in wire]
    assert all(len(m) == 2 for m in received[:-1])  # the snapshots as the window always had them
    rebuilt = received[-1][1].recording
    assert [m.step for m in rebuilt.moments] == [m.step for m in kept.moments]
    assert np.array_equal([m.loss for m in rebuilt.moments], [m.loss for m in kept.moments], equal_nan=True)
    for mine, theirs in zip(kept.moments, rebuilt.moments):
        for key, w in mine.parameters.weights.items():
            assert np.array_equal(w.view(np.uint64), theirs.parameters.weights[key].view(np.uint64))


def test_a_report_shares_its_parameters_with_its_moment_on_the_wire():
    net = Sequential([Input(2), Dense(64, "tanh"), Dense(64, "tanh"), Dense(1, "sigmoid")], seed=0,
                     loss="binary_crossentropy", batch_size=4, epochs=50)  # 4,353 parameters: 17 KB as float32
    session = TrainingSession(net, make_builtin("xor"), rate=1e9)
    sizes = []
    session.run(Control(), reporter(session, lambda message: sizes.append(
        (len(pickle.dumps(message, 5)), len(pickle.dumps(message[:2], 5)), len(message[2][1])))))
    one_moment = [(full, bare) for full, bare, n in sizes[1:] if n == 1]
    assert one_moment and all(full - bare < 500 for full, bare in one_moment)  # no second copy of the weights
