"""Interactive training sessions: throttled reports, pause/step/stop, live setting changes, divergence."""

import threading

import numpy as np
import pytest

from netbuilder import templates
from netbuilder.session import Control, TrainingSession
from netbuilder.model.builders import Dense, Input, Sequential


class FakeClock:
    """Each reading is ``tick`` seconds after the previous one: steps look slow without being slow."""

    def __init__(self, tick: float):
        self.now, self.tick = 0.0, tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


def run_in_thread(session, control, reports):
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("outcome", session.run(control, reports.append)))
    thread.start()
    return thread, box


def wait_for(predicate, timeout=10.0):
    import time

    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def test_a_whole_run_leaves_the_network_alone_and_reports_every_loss():
    net = templates.xor()
    net.set_training(epochs=40, batch_size=1)
    before = net.get_parameters()
    session = TrainingSession(net, clock=FakeClock(0.004))
    reports = []
    outcome = session.run(Control(), reports.append)
    assert net.get_parameters().equals(before), "the document is applied by the caller, not by the session"
    assert outcome.epochs == 40 and outcome.steps == 40 * 4
    assert outcome.stop_reason == "completed 40 epochs"
    assert not outcome.parameters.equals(before)
    # Throttled: far fewer reports than steps, yet no loss and no epoch is lost between them.
    assert len(reports) < outcome.steps / 2
    assert sum(len(r.batch_losses) for r in reports) == outcome.steps
    assert [int(log["epoch"]) for r in reports for log in r.epoch_logs] == list(range(1, 41))
    assert reports[-1].global_step == outcome.steps and reports[-1].progress == 1.0
    assert outcome.run.batch_loss == [loss for r in reports for loss in r.batch_losses]
    assert outcome.final_on in ("training", "test") and "loss" in outcome.final


def test_reports_are_at_most_rate_per_second_of_training_time():
    net = templates.xor()
    net.set_training(epochs=200, batch_size=1)
    session = TrainingSession(net, rate=30, clock=FakeClock(0.001))
    reports = []
    session.run(Control(), reports.append)
    # 800 steps of ~3 ms each (three clock readings per step) is 2.4 s: about 30 × 2.4 reports.
    assert 50 < len(reports) <= 30 * 2.4 + 2


def test_paused_session_takes_single_steps_and_stops_on_request():
    net = templates.xor()
    control = Control(paused=True)
    session = TrainingSession(net)
    reports = []
    thread, box = run_in_thread(session, control, reports)
    control.step()
    wait_for(lambda: len(reports) == 1)
    control.step()
    wait_for(lambda: len(reports) == 2)
    assert [r.global_step for r in reports] == [1, 2]
    assert all(r.gradients is not None for r in reports)
    control.stop()
    thread.join(5)
    outcome = box["outcome"]
    assert outcome.steps == 2
    assert outcome.stop_reason.startswith("stopped by the user")


def test_learning_rate_changes_take_effect_without_resetting_the_optimizer():
    net = templates.xor()
    net.set_training(optimizer={"name": "adam", "learning_rate": 0.05})
    control = Control(paused=True)
    session = TrainingSession(net)
    session.prepare()
    reports = []
    thread, box = run_in_thread(session, control, reports)
    control.step(3)
    wait_for(lambda: len(reports) == 3)
    moments = session.trainer.optimizer.m.copy()
    control.change(learning_rate=0.01)
    wait_for(lambda: session.trainer.optimizer.learning_rate == 0.01)
    np.testing.assert_array_equal(session.trainer.optimizer.m, moments)  # state kept while paused
    control.step()
    wait_for(lambda: len(reports) == 4)
    control.stop()
    thread.join(5)
    changes = box["outcome"].run.settings["changes"]
    assert changes[0]["step"] == 3 and changes[0]["optimizer"]["learning_rate"] == 0.01


def test_divergence_stops_with_the_message_and_finite_parameters():
    net = Sequential([Input(2), Dense(1, "linear")])
    net.set_training(optimizer={"name": "sgd", "learning_rate": 1e6}, loss="mse", epochs=50)
    net.dataset = {"kind": "builtin", "name": "plane", "params": {}}
    outcome = TrainingSession(net).run(Control())
    assert outcome.diverged is not None
    assert "smaller learning rate" in outcome.diverged and "epoch" in outcome.diverged
    assert outcome.parameters.all_finite()


def test_target_loss_and_early_stopping_name_the_reason():
    net = templates.xor()
    net.set_training(epochs=5000, target_loss=0.05, batch_size=None, optimizer={"name": "adam", "learning_rate": 0.05})
    outcome = TrainingSession(net).run(Control())
    assert "target loss 0.05" in outcome.stop_reason
    net = templates.xor()
    net.set_training(epochs=5000, early_stopping_patience=3, optimizer={"name": "sgd", "learning_rate": 1e-30})
    outcome = TrainingSession(net).run(Control())
    assert outcome.stop_reason.startswith("early stopping")


def test_problems_are_reported_before_any_step():
    with pytest.raises(ValueError, match="perceptron rule"):
        TrainingSession(templates.perceptron("and")).prepare()
    net = templates.xor()
    net.dataset = None
    with pytest.raises(ValueError, match="names no data"):
        TrainingSession(net).prepare()
    net = templates.xor()
    net.dataset = {"kind": "builtin", "name": "spiral", "params": {"classes": 3}}
    with pytest.raises(ValueError):
        TrainingSession(net).prepare()


def test_probe_runs_on_single_steps_and_at_most_every_interval():
    net = templates.xor()
    net.set_training(epochs=100, batch_size=1)
    probed = []
    session = TrainingSession(net, probe=lambda trainer, snap: probed.append(snap.global_step),
                              probe_interval=0.5, clock=FakeClock(0.002))
    reports = []
    session.run(Control(), reports.append)
    assert 0 < len(probed) < len(reports)
    assert probed[-1] == 400, "the last report always carries probes"


def test_pausing_reports_where_training_stands():
    net = templates.xor()
    net.set_training(epochs=1000000, batch_size=1)
    control = Control()
    session = TrainingSession(net, rate=2)  # few reports: most steps are pending when the pause comes
    reports = []
    thread, box = run_in_thread(session, control, reports)
    wait_for(lambda: session.trainer is not None and session.trainer.global_step > 50)
    control.pause()
    wait_for(lambda: reports and reports[-1].global_step == session.trainer.global_step)
    stood = session.trainer.global_step
    control.step()
    wait_for(lambda: reports[-1].global_step == stood + 1)
    control.stop()
    thread.join(5)
    assert box["outcome"].steps == stood + 1


def test_a_speed_makes_the_loop_wait_between_steps_and_requests_still_pass_at_once():
    import time

    control = Control()
    control.set_speed(40)  # epochs a second
    control.set_steps_per_epoch(2)  # so 80 steps a second
    began = time.monotonic()
    for _ in range(9):
        assert control.wait_turn() == "run"
    assert time.monotonic() - began >= 8 / 80 * 0.95
    control.set_speed(0.5)  # one step every second: a stop must not wait for it
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("turn", control.wait_turn()))
    thread.start()
    time.sleep(0.05)
    stopped = time.monotonic()
    control.stop()
    thread.join(2)
    assert box["turn"] == "stop" and time.monotonic() - stopped < 0.3
    fast = Control()
    fast.set_speed(None)
    began = time.monotonic()
    for _ in range(1000):
        fast.wait_turn()
    assert time.monotonic() - began < 0.5


def test_an_endless_session_trains_until_stopped():
    session = TrainingSession(templates.xor(), "xor", epochs=float("inf"))
    control = Control()
    reports = []
    thread, box = run_in_thread(session, control, reports)
    wait_for(lambda: session.trainer is not None and session.trainer.epoch > templates.xor().training.epochs + 10)
    control.stop()
    thread.join(10)
    outcome = box["outcome"]
    assert outcome.epochs > 300 and "stopped by the user" in outcome.stop_reason
    assert all(r.total_steps is None and r.progress is None for r in reports)


def test_the_last_report_holds_the_evaluation_of_the_trained_network():
    """The probe evaluates at the end of epochs; a run whose last probe came in the middle of an epoch (MNIST:
    one long epoch) still ends with matrices of the trained weights, agreeing with the final evaluation."""
    from netbuilder.engine.probes import SnapshotProbe

    net = Sequential([Input(2), Dense(8, "tanh"), Dense(1, "sigmoid")], loss="binary_crossentropy",
                     optimizer={"name": "adam", "learning_rate": 0.05}, batch_size=8, epochs=1)
    net.dataset = {"kind": "builtin", "name": "circles", "params": {"n": 400, "test_fraction": 0.25}}
    probe = SnapshotProbe(cheap_eval=0)  # never "cheap": evaluates only at epoch ends and the first probe
    session = TrainingSession(net, probe=probe, probe_interval=1e9, rate=1e9)
    reports = []
    outcome = session.run(Control(), reports.append)
    last = reports[-1]
    assert last.confusion is not None and last.global_step == outcome.steps
    which = outcome.final_on
    matrix = last.confusion["test" if which == "test" else "train"]
    assert np.trace(matrix) / matrix.sum() == pytest.approx(outcome.final["accuracy"])
    first = next(r for r in reports if r.confusion is not None)
    assert first is not last
