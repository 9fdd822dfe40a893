"""A training process's probe runs beside training (netbuilder/workers/background_probe.py): the same numbers as
the probe run in the loop, reports in order and never sent before their probe, the last report always complete."""

from __future__ import annotations

import queue
import threading

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.data import make_builtin
from netbuilder.engine.probes import SnapshotProbe
from netbuilder.session import Control, TrainingSession
from netbuilder.workers.background_probe import BackgroundProbe


def _session(epochs=3, probe=None):
    net = templates.xor()
    net.set_training(epochs=epochs, batch_size=16)
    ds = make_builtin("circles", {"n": 200, "noise": 0.05})
    return TrainingSession(net, ds, rate=0.0, probe_interval=0.0, probe=probe), ds


def _run_with_sender(session, background):
    """The session run as a training process runs it: reports go to a queue a sender thread empties."""
    reports: queue.Queue = queue.Queue()
    sent = []

    def sender():
        while (snapshot := reports.get()) is not None:
            background.fill(snapshot)
            sent.append(snapshot)

    thread = threading.Thread(target=sender)
    thread.start()
    try:
        outcome = session.run(Control(), reports.put)
    finally:
        reports.put(None)
        thread.join(10)
    return outcome, sent


def test_the_numbers_are_those_of_the_probe_in_the_loop():
    inline_session, ds = _session()
    inline_session.probe = SnapshotProbe(dataset=ds, resolution=20)
    inline = []
    inline_session.run(Control(), inline.append)

    session, ds = _session()
    background = BackgroundProbe(SnapshotProbe(dataset=ds, resolution=20), session.network)
    session.probe = background
    _, sent = _run_with_sender(session, background)
    probed = [s for s in sent if s.activations is not None]
    assert len(probed) + background.skipped == len(sent)
    assert sent[-1].activations is not None and sent[-1].confusion is not None  # the last report is complete
    by_step = {s.global_step: s for s in inline}
    for snapshot in probed:
        twin = by_step[snapshot.global_step]
        for key, values in snapshot.activations.items():
            np.testing.assert_array_equal(values, twin.activations[key])
        np.testing.assert_array_equal(snapshot.boundary.output, twin.boundary.output)
    np.testing.assert_array_equal(sent[-1].confusion["train"], inline[-1].confusion["train"])
    assert [s.global_step for s in sent] == sorted(s.global_step for s in sent)


class _SlowProbe:
    """A probe whose work waits until the test lets it go."""

    def __init__(self):
        self.wanted = None
        self.release = threading.Event()
        self.calls = []

    def __call__(self, trainer, snapshot):
        self.release.wait(10)
        self.calls.append((trainer.epoch, snapshot.global_step))
        snapshot.r2 = {"train": float(trainer.epoch)}


def test_a_busy_probe_leaves_reports_out_but_not_the_last():
    session, _ = _session(epochs=2)
    session.prepare()
    slow = _SlowProbe()
    background = BackgroundProbe(slow, session.network)
    t = session.trainer
    first, second, last = (session._snapshot(None, 0.0, 2, 0, probe=False) for _ in range(3))
    background(t, first)
    background(t, second)  # the first one's probe has not run: this one goes without
    assert background.skipped == 1
    done = threading.Event()

    def sender():
        background.fill(first)
        background.fill(second)
        done.set()

    threading.Thread(target=sender).start()
    waiter = threading.Thread(target=background.probe_last, args=(t, last))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive()  # the last report waits for the probe running
    slow.release.set()
    waiter.join(5)
    assert not waiter.is_alive() and done.wait(5)
    background.fill(last)
    assert [step for _, step in slow.calls] == [first.global_step, last.global_step]
    assert second.r2 is None and last.r2 is not None


def test_the_copy_is_taken_at_the_report_not_when_the_probe_runs():
    session, _ = _session(epochs=2)
    session.prepare()
    t = session.trainer
    seen = {}

    def probe(trainer, snapshot):
        seen["flat"] = trainer.compiled.flat.copy()
        seen["epoch"] = trainer.epoch

    probe.wanted = None
    background = BackgroundProbe(probe, session.network)
    snapshot = session._snapshot(None, 0.0, 2, 0, probe=False)
    before = t.compiled.flat.copy()
    background(t, snapshot)
    for _ in range(t.steps_per_epoch):  # training goes on before the probe runs: a whole epoch
        t.train_step()
    background.fill(snapshot)
    np.testing.assert_array_equal(seen["flat"], before)
    assert seen["epoch"] == 0 and t.epoch == 1


def test_an_error_in_the_probe_fails_the_run_with_its_message():
    session, _ = _session()

    def broken(trainer, snapshot):
        raise RuntimeError("the probe broke")

    broken.wanted = None
    background = BackgroundProbe(broken, session.network)
    session.probe = background
    with pytest.raises(RuntimeError, match="the probe broke"):
        _run_with_sender(session, background)


def test_a_discarded_report_frees_the_probe():
    session, _ = _session()
    session.prepare()
    slow = _SlowProbe()
    background = BackgroundProbe(slow, session.network)
    snapshot = session._snapshot(None, 0.0, 2, 0, probe=False)
    background(session.trainer, snapshot)
    background.discard(snapshot)  # the window went away before it was sent
    later = session._snapshot(None, 0.0, 2, 0, probe=False)
    background.probe_last(session.trainer, later)  # does not wait: nothing runs
    assert slow.calls == [] and background.skipped == 0


def test_the_last_report_is_evaluated_even_with_the_metrics_hidden():
    session, ds = _session()
    session.min_interval = 1.0  # the first report, then the run's last (pending: not probed yet)
    probe = SnapshotProbe(dataset=ds, resolution=20, wanted=frozenset())  # no panel on the screen
    background = BackgroundProbe(probe, session.network)
    session.probe = background
    _, sent = _run_with_sender(session, background)
    assert all(s.confusion is None for s in sent[:-1])
    assert set(sent[-1].confusion) == {"train", "test"}
    assert sent[-1].confusion["test"].sum() == len(ds.x_test)


def test_beside_training_the_metrics_are_evaluated_between_epoch_ends_too():
    session, ds = _session(epochs=1)
    session.prepare()
    probe = SnapshotProbe(dataset=ds, resolution=20, cheap_eval=0)  # not cheap enough to evaluate at every probe
    background = BackgroundProbe(probe, session.network)
    assert probe.evaluate_every is not None
    probe.evaluate_every = 0.0  # at every probe, to test it without waiting
    t = session.trainer
    evaluated = []
    for _ in range(3):  # three reports inside the first epoch
        t.train_step()
        snapshot = session._snapshot(None, 0.0, 1, 0, probe=False)
        background(t, snapshot)
        background.fill(snapshot)
        evaluated.append(snapshot.confusion is not None)
    assert t.epoch == 0 and evaluated == [True, True, True]
    probe.evaluate_every = None  # as in the window's thread: only once an epoch has ended
    snapshot = session._snapshot(None, 0.0, 1, 0, probe=False)
    background(t, snapshot)
    background.fill(snapshot)
    assert snapshot.confusion is None
