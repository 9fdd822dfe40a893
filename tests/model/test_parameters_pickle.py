"""Parameters pickle (a training process's reports and recording, on their way to the window) with float32-valued
arrays as float32: half the bytes, and every bit back — float32's values, other float64 values, NaN, infinities,
signed zeros."""

from __future__ import annotations

import pickle

import numpy as np

from netbuilder.model.parameters import Parameters
from netbuilder.model.recording import Moment, Recording


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a).view(np.uint64)


def test_float32_values_travel_as_float32_and_come_back_exactly():
    rng = np.random.default_rng(0)
    narrow = rng.standard_normal((784, 128)).astype(np.float32).astype(np.float64)
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 3.4e38], dtype=np.float32).astype(np.float64)
    wide = rng.standard_normal((3, 3))  # float64 values a float32 cannot hold
    params = Parameters({"C1": narrow, "C2": wide}, {"L1": special}, {"L2": np.array([0.25])})
    data = pickle.dumps(params, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    assert len(data) < narrow.nbytes * 0.55  # the large array went as float32
    for mine, theirs in ((params.weights, back.weights), (params.biases, back.biases), (params.alphas, back.alphas)):
        assert mine.keys() == theirs.keys()
        for key in mine:
            assert theirs[key].dtype == np.float64 and theirs[key].shape == mine[key].shape
            assert np.array_equal(_bits(theirs[key]), _bits(mine[key]))


def test_a_recording_pickles_its_moments_the_same_way():
    rng = np.random.default_rng(1)
    recording = Recording()
    for step in range(3):
        w = rng.standard_normal((50, 20)).astype(np.float32).astype(np.float64)
        recording.add(Moment(step, step / 10, 0.5, Parameters({"C1": w}, {}, {})))
    back = pickle.loads(pickle.dumps(recording))
    assert [m.step for m in back.moments] == [0, 1, 2]
    for a, b in zip(recording.moments, back.moments):
        assert np.array_equal(_bits(a.parameters.weights["C1"]), _bits(b.parameters.weights["C1"]))
