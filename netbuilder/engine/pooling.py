"""Max and average pooling in NumPy, channels last, as Keras's MaxPooling2D and AveragePooling2D.

Each channel is pooled on its own over windows of ``pool_size`` moved by
``strides`` (by default the pool size: windows that do not overlap).

- Max pooling keeps the largest value of each window; backward routes the
  whole gradient to that one input (the first one when several tie, as
  NumPy's argmax and PyTorch pick it), the others get 0.
- Average pooling keeps the mean; backward spreads the gradient evenly over
  the window. With ``"same"`` padding the mean is over the real inputs of a
  window only, padding excluded, as Keras computes it.
"""

from __future__ import annotations

import numpy as np

from .convolution import Geometry, pad, scatter


def _slices(xp: np.ndarray, geometry: Geometry) -> list[tuple[int, int, np.ndarray]]:
    """For each window position (p, q), the strided view of the padded input that every window sees there:
    (n, oh, ow, c) each, nothing copied. Pooling reduces over these few views instead of over a gathered
    (…, kh·kw) array, which would be a copy as large as the input times the window."""
    kh, kw = geometry.kernel
    sh, sw = geometry.strides
    oh, ow = geometry.output
    return [(p, q, xp[:, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw, :])
            for p in range(kh) for q in range(kw)]


def max_pool_forward(x: np.ndarray, geometry: Geometry) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """(n, oh, ow, c) maxima, and what backward needs to find each window's winner (the padded input and the
    maxima: the winner is the first position of its window that holds the maximum, as PyTorch picks it)."""
    xp = pad(x, geometry, -np.inf)
    slices = _slices(xp, geometry)
    out = slices[0][2].copy()
    for _, _, view in slices[1:]:
        np.maximum(out, view, out=out)
    return out, (xp, out)


def winners(saved: tuple[np.ndarray, np.ndarray], geometry: Geometry) -> np.ndarray:
    """Which position of each window won (flat index p·kw + q): the first that holds the maximum."""
    xp, out = saved
    kw = geometry.kernel[1]
    winner = np.zeros(out.shape, dtype=np.int16)
    taken = np.zeros(out.shape, dtype=bool)
    for p, q, view in _slices(xp, geometry):
        hit = (view == out) & ~taken
        winner[hit] = p * kw + q
        taken |= hit
    return winner


def max_pool_backward(delta: np.ndarray, saved: tuple[np.ndarray, np.ndarray], geometry: Geometry) -> np.ndarray:
    """dL/dx: each output's gradient goes to the input that won its window (the first one on a tie)."""
    xp, out = saved
    taken = np.zeros(out.shape, dtype=bool)
    parts = []
    for p, q, view in _slices(xp, geometry):
        hit = view == out
        hit &= ~taken
        taken |= hit
        parts.append((p, q, delta * hit))
    return scatter(delta.shape, geometry, parts, delta.dtype)


def _counts(geometry: Geometry, dtype) -> np.ndarray:
    """How many real (unpadded) inputs each window covers, (oh, ow, 1)."""
    ones = np.ones((1, *geometry.size, 1), dtype=dtype)
    return sum(view for _, _, view in _slices(pad(ones, geometry), geometry))[0]


def avg_pool_forward(x: np.ndarray, geometry: Geometry) -> np.ndarray:
    total = None
    for _, _, view in _slices(pad(x, geometry), geometry):
        total = view.copy() if total is None else np.add(total, view, out=total)
    return total / _counts(geometry, x.dtype)


def avg_pool_backward(delta: np.ndarray, geometry: Geometry) -> np.ndarray:
    kh, kw = geometry.kernel
    share = delta / _counts(geometry, delta.dtype)
    return scatter(delta.shape, geometry, [(p, q, share) for p in range(kh) for q in range(kw)], delta.dtype)
