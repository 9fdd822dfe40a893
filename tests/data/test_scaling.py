"""Input scaling: learnt on the training rows, applied to every later input, and undone for pictures."""

import numpy as np
import pytest

from netbuilder.data.scaling import SCALINGS, apply_scaler, fit_scaler, input_scaler, invert_scaler

ROWS = np.array([[1.0, 10.0, 5.0], [2.0, 30.0, 5.0], [4.0, -20.0, 5.0], [7.5, 0.5, 5.0]])  # last column constant


@pytest.mark.parametrize("method", SCALINGS)
def test_inverting_gives_back_the_raw_values(method):
    scaler = fit_scaler(ROWS, method, ["a", "b", "c"])
    scaled = apply_scaler(ROWS, scaler)
    if scaler is not None:
        assert not np.allclose(scaled, ROWS)
    np.testing.assert_allclose(invert_scaler(scaled, scaler), ROWS, rtol=0, atol=1e-12)
    # and the other way round: raw values of scaled ones, scaled again
    grid = np.array([[-1.0, 0.0, 0.0], [0.5, 2.0, -3.0]])
    np.testing.assert_allclose(apply_scaler(invert_scaler(grid, scaler), scaler), grid, rtol=0, atol=1e-12)


def test_the_scalings_map_the_training_rows_as_documented():
    standard = apply_scaler(ROWS, fit_scaler(ROWS, "standardize", list("abc")))
    np.testing.assert_allclose(standard[:, :2].mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(standard[:, :2].std(axis=0), 1.0)
    minmax = apply_scaler(ROWS, fit_scaler(ROWS, "minmax", list("abc")))
    np.testing.assert_allclose(minmax[:, :2].min(axis=0), 0.0)
    np.testing.assert_allclose(minmax[:, :2].max(axis=0), 1.0)
    np.testing.assert_array_equal(minmax[:, 2], 0.0)  # a constant column comes out as 0, not a division by 0


def test_without_a_scaler_rows_pass_through_as_floats():
    rows = [[1, 2], [3, 4]]
    for fn in (apply_scaler, invert_scaler):
        out = fn(rows, None)
        assert out.dtype == np.float64
        np.testing.assert_array_equal(out, rows)


def test_input_scaler_and_its_inverse_agree_on_one_row():
    scaler = fit_scaler(ROWS, "standardize", list("abc"))
    scale = input_scaler({"scaler": scaler})
    row = [3.0, 4.0, 5.0]
    np.testing.assert_allclose(invert_scaler(scale(row), scaler), row)
