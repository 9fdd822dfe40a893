"""Initial values for weights and biases, as Keras draws them.

These live beside the document rather than in the engine because creating a
connection (on the canvas, in a notebook, from a template) must give it
weights at once, and the model may not depend on the engine.

Every function takes an explicit ``numpy.random.Generator`` so that a seed
reproduces a network exactly.
"""

from __future__ import annotations

import math

import numpy as np

from .catalog import Spec, resolve

#: Keras scales a 2σ-truncated normal by this constant so its variance matches the target.
_TRUNCATED_STD_CORRECTION = 0.87962566103423978


def _truncated_normal(rng: np.random.Generator, shape: tuple[int, ...], stddev: float) -> np.ndarray:
    """A normal sample with every value within 2σ, redrawing the ones outside (as Keras does)."""
    out = rng.standard_normal(shape)
    bad = np.abs(out) > 2.0
    while bad.any():
        out[bad] = rng.standard_normal(int(bad.sum()))
        bad = np.abs(out) > 2.0
    return out * stddev


def initial_values(
    identifier,
    shape: tuple[int, ...],
    rng: np.random.Generator,
    *,
    fan_in: int | None = None,
    fan_out: int | None = None,
    dtype=np.float64,
) -> np.ndarray:
    """Draw an array of ``shape`` from the initializer ``identifier``.

    For a weight matrix of shape (fan_in, fan_out) the fans default to its
    dimensions, for a convolution kernel (kh, kw, c_in, c_out) to kh·kw·c_in
    and kh·kw·c_out (as Keras counts them); a bias vector passes them
    explicitly if it needs them.
    """
    spec: Spec = resolve("initializer", identifier)
    shape = tuple(int(s) for s in shape)
    if len(shape) == 4:
        receptive = shape[0] * shape[1]
        fan_in = receptive * shape[2] if fan_in is None else fan_in
        fan_out = receptive * shape[3] if fan_out is None else fan_out
    if fan_in is None:
        fan_in = shape[0] if shape else 1
    if fan_out is None:
        fan_out = shape[1] if len(shape) > 1 else (shape[0] if shape else 1)
    fan_in, fan_out = max(int(fan_in), 1), max(int(fan_out), 1)
    name, p = spec.name, spec.params
    if name == "zeros":
        out = np.zeros(shape)
    elif name == "ones":
        out = np.ones(shape)
    elif name == "constant":
        out = np.full(shape, float(p["value"]))
    elif name == "random_uniform":
        out = rng.uniform(p["minval"], p["maxval"], shape)
    elif name == "random_normal":
        out = p["mean"] + p["stddev"] * rng.standard_normal(shape)
    elif name == "glorot_uniform":
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        out = rng.uniform(-limit, limit, shape)
    elif name == "glorot_normal":
        out = _truncated_normal(rng, shape, math.sqrt(2.0 / (fan_in + fan_out)) / _TRUNCATED_STD_CORRECTION)
    elif name == "he_uniform":
        limit = math.sqrt(6.0 / fan_in)
        out = rng.uniform(-limit, limit, shape)
    elif name == "he_normal":
        out = _truncated_normal(rng, shape, math.sqrt(2.0 / fan_in) / _TRUNCATED_STD_CORRECTION)
    else:  # pragma: no cover - resolve() only returns catalogue names
        raise ValueError(f"initializer '{name}' is not implemented")
    return np.asarray(out, dtype=dtype)
