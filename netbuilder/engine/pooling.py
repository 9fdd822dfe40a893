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

from .convolution import Geometry, pad, scatter, windows


def max_pool_forward(x: np.ndarray, geometry: Geometry) -> tuple[np.ndarray, np.ndarray]:
    """(n, oh, ow, c) maxima and, per output, which position of its window won (flat index p·kw + q)."""
    w = windows(pad(x, geometry, -np.inf), geometry)  # (n, oh, ow, c, kh, kw)
    flat = w.reshape(*w.shape[:4], -1)
    winner = flat.argmax(axis=-1)
    return np.take_along_axis(flat, winner[..., None], axis=-1)[..., 0], winner


def max_pool_backward(delta: np.ndarray, winner: np.ndarray, geometry: Geometry) -> np.ndarray:
    """dL/dx: each output's gradient goes to the input that won its window."""
    kh, kw = geometry.kernel
    routes = [(p, q, (winner == p * kw + q)) for p in range(kh) for q in range(kw)]
    return scatter(delta.shape, geometry, [(p, q, delta * hit) for p, q, hit in routes], delta.dtype)


def _counts(geometry: Geometry, dtype) -> np.ndarray:
    """How many real (unpadded) inputs each window covers, (oh, ow, 1)."""
    ones = np.ones((1, *geometry.size, 1), dtype=dtype)
    return windows(pad(ones, geometry), geometry).sum(axis=(-2, -1))[0]


def avg_pool_forward(x: np.ndarray, geometry: Geometry) -> np.ndarray:
    w = windows(pad(x, geometry), geometry)
    return w.sum(axis=(-2, -1)) / _counts(geometry, x.dtype)


def avg_pool_backward(delta: np.ndarray, geometry: Geometry) -> np.ndarray:
    kh, kw = geometry.kernel
    share = delta / _counts(geometry, delta.dtype)
    return scatter(delta.shape, geometry, [(p, q, share) for p in range(kh) for q in range(kw)], delta.dtype)
