"""A watched run computes only what is drawn: the probe's wanted parts, the health of a sample of the steps."""

import netbuilder as nb
from netbuilder.engine.probes import PARTS, SnapshotProbe
from netbuilder.engine.training import Trainer
from netbuilder.session import Control, TrainingSession


def circles_net(epochs=3):
    net = nb.Sequential([nb.Input(2), nb.Dense(4, "tanh"), nb.Dense(1, "sigmoid")], loss="binary_crossentropy",
                        batch_size=16, seed=0)
    net.dataset = {"kind": "builtin", "name": "circles", "params": {"n": 64, "noise": 0.05}}
    net.set_training(epochs=epochs)
    return net


def reports_of(probe, **kw):
    reports = []
    TrainingSession(circles_net(), rate=1e6, probe_interval=0, probe=probe, **kw).run(Control(), reports.append)
    return reports


def test_a_part_nobody_draws_is_not_computed():
    reports = reports_of(SnapshotProbe(wanted={"evaluation"}))
    assert all(r.boundary is None and r.activations is None for r in reports)
    assert all(r.health is None and r.gradients is None for r in reports), "health and gradients: the session's"
    assert any(r.confusion is not None for r in reports)


def test_everything_without_a_choice():
    reports = reports_of(SnapshotProbe())
    assert all(r.boundary is not None and r.activations is not None for r in reports)
    assert all(r.health and r.gradients is not None for r in reports[1:])


class Showing:
    """Show the boundary from the fifth report on, as a panel brought to the front during a run would."""

    def __init__(self, probe):
        self.probe, self.reports = probe, []

    def __call__(self, snapshot):
        self.reports.append(snapshot)
        if len(self.reports) == 5:
            self.probe.wanted = frozenset({"boundary", "health"})


def test_a_part_wanted_again_during_a_run_comes_at_the_next_probe():
    probe = SnapshotProbe(wanted=set())
    watcher = Showing(probe)
    TrainingSession(circles_net(), rate=1e6, probe_interval=0, probe=probe).run(Control(), watcher)
    reports = watcher.reports
    assert all(r.boundary is None for r in reports[:5])
    assert all(r.boundary is not None for r in reports[5:])
    assert reports[5].health is None or reports[5].health, "health starts being measured"
    assert all(r.health for r in reports[6:])


def test_evaluation_shown_again_is_evaluated_at_once_not_at_the_next_epoch():
    net = circles_net(epochs=1)
    net.set_training(batch_size=4)  # 16 steps in the epoch
    probe = SnapshotProbe(wanted=set(), cheap_eval=0)  # evaluated only at epochs' ends (and when shown)
    reports = []

    def watch(snapshot):
        reports.append(snapshot)
        if len(reports) == 3:
            probe.wanted = frozenset({"evaluation"})

    TrainingSession(net, rate=1e6, probe_interval=0, probe=probe).run(Control(), watch)
    assert reports[3].confusion is not None


def test_parts_are_the_ones_the_probe_and_session_know():
    assert PARTS == {"activations", "feature_maps", "boundary", "evaluation", "health", "gradients"}


def test_health_of_a_watched_run_measures_a_sample_of_the_steps():
    net = circles_net(epochs=200)
    session = TrainingSession(net, rate=30, probe_interval=1e9)
    session.run(Control(), lambda s: None)
    t = session.trainer
    assert 0 < t.health.measured < t.global_step
    # every step, as before, when the tracker is asked for by hand (tests, probes.health)
    ds = nb.dataset_for(circles_net())
    t2 = Trainer(circles_net(), ds.x, ds.y)
    t2.track_health()
    t2.run(epochs=2)
    assert t2.health.measured == t2.global_step
