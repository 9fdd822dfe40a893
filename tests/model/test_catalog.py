"""The vocabulary: Keras names and aliases, defaults, and what the engine implements."""

import pytest

from netbuilder.engine import activations, losses, optimizers
from netbuilder.model import ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS, resolve
from netbuilder.model.initializers import initial_values


def test_engine_implements_every_catalogue_entry():
    assert set(activations.ACTIVATION_CLASSES) == set(ACTIVATIONS)
    assert set(losses.LOSS_CLASSES) == set(LOSSES)
    assert set(optimizers.OPTIMIZER_CLASSES) == set(OPTIMIZERS)


@pytest.mark.parametrize("name", sorted(INITIALIZERS))
def test_every_initializer_is_implemented_and_seeded(name):
    import numpy as np

    a = initial_values(name, (30, 20), np.random.default_rng(5))
    b = initial_values(name, (30, 20), np.random.default_rng(5))
    assert a.shape == (30, 20) and np.array_equal(a, b)


def test_keras_names_and_aliases():
    assert resolve("activation", "identity").name == "linear"
    assert resolve("activation", "SiLU").name == "swish"
    assert resolve("loss", "mean_squared_error").name == "mse"
    assert resolve("initializer", "xavier_uniform").name == "glorot_uniform"
    assert resolve("activation", {"name": "leaky_relu", "alpha": 0.2}).params == {"alpha": 0.2}
    assert resolve("activation", "elu").params == {"alpha": 1.0}


def test_errors_show_the_value_received():
    with pytest.raises(ValueError, match="unknown activation 'sigmod'; did you mean 'sigmoid'"):
        resolve("activation", "sigmod")
    with pytest.raises(ValueError, match="must be a number, got 'x'"):
        resolve("activation", {"name": "elu", "alpha": "x"})
    with pytest.raises(ValueError, match="needs a 'name'"):
        resolve("optimizer", {"learning_rate": 0.1})


def test_glorot_and_he_scales():
    import numpy as np

    rng = np.random.default_rng(0)
    w = initial_values("glorot_uniform", (784, 128), rng)
    assert np.abs(w).max() <= np.sqrt(6 / (784 + 128))
    assert w.std() == pytest.approx(np.sqrt(2 / (784 + 128)), rel=0.05)
    h = initial_values("he_normal", (500, 400), rng)
    assert h.std() == pytest.approx(np.sqrt(2 / 500), rel=0.05)
    assert np.abs(h).max() <= 2 * np.sqrt(2 / 500) / 0.87962566103423978 + 1e-12
