"""The training loop: batches, seeds, callbacks, stop rules, divergence, dtypes."""

import threading

import numpy as np
import pytest

from netbuilder.data import make_builtin
from netbuilder.engine import Callback, Trainer, TrainingDiverged
from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.model.builders import Dense, Input, Sequential


def blobs(n=60, seed=0):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(-1, 0.5, (n // 2, 2)), rng.normal(1, 0.5, (n // 2, 2))])
    y = np.concatenate([np.zeros(n // 2), np.ones(n // 2)]).reshape(-1, 1)
    return x, y


def classifier(**training):
    settings = dict(loss="binary_crossentropy", optimizer={"name": "sgd", "learning_rate": 0.5}, batch_size=10, epochs=5, seed=3)
    settings.update(training)
    return Sequential([Input(2), Dense(4, "tanh"), Dense(1, "sigmoid")], **settings)


@pytest.mark.parametrize("batch_size, steps", [(1, 60), (7, 9), (10, 6), (None, 1), (1000, 1)])
def test_batch_modes(batch_size, steps):
    x, y = blobs()
    t = Trainer(classifier(batch_size=batch_size), x, y)
    assert t.steps_per_epoch == steps
    run = t.run(epochs=2)
    assert len(run.batch_loss) == 2 * steps
    assert len(run.epochs["loss"]) == 2


def test_learns_a_separable_problem():
    x, y = blobs()
    t = Trainer(classifier(epochs=30), x, y)
    run = t.run()
    assert run.epochs["loss"][-1] < run.epochs["loss"][0]
    assert t.evaluate(x, y)["accuracy"] == 1.0
    assert run.stop_reason == "completed 30 epochs"


def test_same_seed_same_run_other_seed_other_run():
    x, y = blobs()
    a = Trainer(classifier(), x, y).run()
    b = Trainer(classifier(), x, y).run()
    c = Trainer(classifier(seed=4), x, y).run()
    assert a.batch_loss == b.batch_loss
    assert a.batch_loss != c.batch_loss


def test_document_untouched_until_parameters_are_applied():
    net = classifier()
    before = net.get_parameters()
    t = Trainer(net, *blobs())
    t.run()
    assert net.get_parameters().equals(before)
    net.set_parameters(t.parameters())
    assert not net.get_parameters().equals(before)


def test_validation_split_takes_the_last_samples_like_keras():
    x, y = blobs(50)
    t = Trainer(classifier(validation_split=0.2), x, y)
    assert len(t.x) == 40 and np.array_equal(t.x_val, x[-10:])
    run = t.run(epochs=1)
    assert {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"} <= set(run.epochs)


def test_validation_split_too_small_is_explained():
    with pytest.raises(ValueError, match="leaves no validation samples out of 3"):
        Trainer(classifier(validation_split=0.2), *blobs(60)) if False else Trainer(classifier(validation_split=0.2), [[0, 0], [1, 1], [2, 2]], [0, 1, 1])


def test_callbacks_and_stop_event():
    calls = []

    class Spy(Callback):
        def on_train_begin(self, trainer):
            calls.append("begin")

        def on_batch_end(self, trainer, result):
            calls.append(("batch", result.epoch, result.step))
            if result.global_step == 8:
                stop.set()

        def on_epoch_end(self, trainer, epoch, logs):
            calls.append(("epoch", epoch))

        def on_train_end(self, trainer, run):
            calls.append("end")

    stop = threading.Event()
    t = Trainer(classifier(), *blobs(), callbacks=[Spy()])
    run = t.run(stop=stop)
    assert calls[0] == "begin" and calls[-1] == "end"
    assert ("epoch", 1) in calls and ("batch", 2, 2) in calls
    assert t.global_step == 8
    assert run.stop_reason == "stopped by the user at epoch 2"


def test_step_by_step_then_resume():
    t = Trainer(classifier(), *blobs())
    first = t.train_step()
    assert (first.epoch, first.step, first.steps_per_epoch) == (1, 1, 6)
    for _ in range(5):
        last = t.train_step()
    assert last.epoch_logs is not None and t.epoch == 1
    run = t.run(epochs=1)
    assert t.epoch == 2 and len(run.batch_loss) == 12


def test_target_loss_stops_training():
    t = Trainer(classifier(epochs=200, target_loss=0.2), *blobs())
    run = t.run()
    assert t.epoch < 200
    assert run.stop_reason.startswith("reached the target loss 0.2")


def test_early_stopping_on_validation_loss():
    x, y = blobs(80)
    rng = np.random.default_rng(0)
    y_noisy = y.copy()
    y_noisy[-16:] = rng.integers(0, 2, (16, 1))  # validation labels are noise: val loss cannot keep improving
    t = Trainer(classifier(epochs=300, validation_split=0.2, early_stopping_patience=3), x, y_noisy)
    run = t.run()
    assert t.epoch < 300
    assert "early stopping" in run.stop_reason and "validation loss" in run.stop_reason


def test_divergence_is_caught_and_weights_stay_finite():
    x = np.random.default_rng(0).normal(0, 10, (40, 2))
    y = (x @ [3.0, -2.0]).reshape(-1, 1) * 100
    net = Sequential([Input(2), Dense(8, "relu"), Dense(1)], loss="mse",
                     optimizer={"name": "sgd", "learning_rate": 1e6}, batch_size=4, epochs=50)
    t = Trainer(net, x, y)
    run = t.run()
    assert t.diverged is not None
    message = run.stop_reason
    assert message.startswith(f"Training diverged at epoch {t.diverged.epoch}, step {t.diverged.step}")
    assert "smaller learning rate" in message and "1e+06" in message
    params = t.parameters()
    assert params.all_finite()
    cache = t.compiled.forward(x)
    assert np.isfinite(t.compiled.loss_value(cache, y)), "the restored weights give a finite loss"


def test_divergence_raised_from_a_single_step():
    net = Sequential([Input(1), Dense(1)], loss="mse", optimizer={"name": "sgd", "learning_rate": 1e200}, batch_size=1)
    t = Trainer(net, [[1e10], [2e10]], [[1.0], [2.0]])
    with pytest.raises(TrainingDiverged, match="epoch 1, step"):
        for _ in range(10):
            t.train_step()


def test_learning_rate_change_takes_effect_without_reset():
    t = Trainer(classifier(optimizer="adam"), *blobs())
    for _ in range(3):
        t.train_step()
    m = t.optimizer.m.copy()
    t.set_config(learning_rate=0.5)
    assert t.optimizer.learning_rate == 0.5 and t.optimizer.iterations == 3
    assert np.array_equal(t.optimizer.m, m)
    t.train_step()
    assert t.optimizer.iterations == 4
    assert t.run_record.settings["optimizer"]["learning_rate"] == 0.5


def test_switching_optimizer_starts_it_fresh():
    t = Trainer(classifier(), *blobs())
    t.train_step()
    t.set_optimizer({"name": "adam", "learning_rate": 0.01})
    assert t.optimizer.name == "adam" and t.optimizer.iterations == 0


def test_dropout_only_while_training():
    net = Sequential([Input(2), Dense(32, "relu", dropout=0.5), Dense(1, "sigmoid")],
                     loss="binary_crossentropy", batch_size=8)
    c = CompiledNetwork(net)
    x = np.ones((4, 2))
    a = c.forward(x).output
    b = c.forward(x).output
    np.testing.assert_array_equal(a, b)
    rng = np.random.default_rng(0)
    cache = c.forward(np.ones((2000, 2)), training=True, rng=rng)
    hidden = cache.after_dropout[1]
    dropped = (hidden == 0) & (cache.a[1] != 0)
    assert 0.45 < dropped.mean() / (cache.a[1] != 0).mean() < 0.55
    # inverted dropout keeps the expected value
    np.testing.assert_allclose(hidden.mean(), cache.a[1].mean(), rtol=0.05)


def test_float32_networks_train_in_float32():
    net = classifier()
    net.set_settings(dtype="float32")
    t = Trainer(net, *blobs())
    assert t.compiled.flat.dtype == np.float32 and t.x.dtype == np.float32
    t.run()
    assert t.evaluate(*blobs())["accuracy"] > 0.9


def test_data_that_does_not_fit_is_explained():
    with pytest.raises(ValueError, match="3 input columns but the input layer has 2"):
        Trainer(classifier(), np.zeros((5, 3)), np.zeros((5, 1)))
    with pytest.raises(ValueError, match="2 target columns"):
        Trainer(classifier(), np.zeros((5, 2)), np.zeros((5, 2)))
    with pytest.raises(ValueError, match="5 inputs but 4 targets"):
        Trainer(classifier(), np.zeros((5, 2)), np.zeros((4, 1)))
    with pytest.raises(ValueError, match="missing or infinite"):
        Trainer(classifier(), [[0, np.nan]], [[1]])


def test_regression_reports_r2_and_multiclass_accuracy():
    x = np.random.default_rng(1).uniform(-1, 1, (100, 2))
    y = (x @ [1.0, -2.0] + 0.5).reshape(-1, 1)
    net = Sequential([Input(2), Dense(1)], loss="mse", optimizer={"name": "sgd", "learning_rate": 0.1}, batch_size=10)
    run = Trainer(net, x, y).run(epochs=40)
    assert run.epochs["r2"][-1] > 0.99
    spiral = make_builtin("xor", {"n": 40, "noise": 0.05})
    y3 = np.eye(2)[spiral.y[:, 0].astype(int)]
    net3 = Sequential([Input(2), Dense(8, "tanh"), Dense(2, "softmax")], loss="categorical_crossentropy",
                      optimizer={"name": "adam", "learning_rate": 0.05}, batch_size=8)
    t = Trainer(net3, spiral.x, y3)
    t.run(epochs=60)
    assert t.task == "multiclass" and t.evaluate(spiral.x, y3)["accuracy"] == 1.0


def test_a_second_run_trains_its_own_epochs():
    """A stop reason left by one run must not end the next one after its first epoch."""
    t = Trainer(classifier(), *blobs())
    t.run(epochs=2)
    run = t.run(epochs=3)
    assert t.epoch == 5 and run.stop_reason == "completed 3 epochs"
