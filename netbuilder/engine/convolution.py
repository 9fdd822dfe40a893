"""2-D convolution in NumPy, channels last (NHWC) as Keras has it: forward and backward side by side.

A kernel K of shape (kh, kw, c_in, c_out) slides over the input with a
stride; each output value is the sum of a window times the kernel, plus the
filter's bias:

    z[n, i, j, f] = Σ_{p, q, c} x[n, i·s + p, j·s + q, c] · K[p, q, c, f] + b[f]

Forward gathers every window into one matrix (im2col, through a strided view
of the input, so the gather is one copy) and multiplies it with the kernel
as one BLAS product. Backward is the same product transposed: dK = colsᵀ·δ,
and dx scatters δ·Kᵀ back over the windows (col2im, one strided add per
kernel position).

Padding follows Keras: ``"valid"`` uses only whole windows, ``"same"`` pads
so the output is ⌈in / stride⌉ wide, with the odd pixel of padding at the
bottom and right (TensorFlow's convention, which PyTorch's ``padding="same"``
shares for stride 1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


@dataclass(frozen=True)
class Geometry:
    """How windows of ``kernel`` with ``strides`` and ``padding`` tile an input of ``size`` (h, w)."""

    size: tuple[int, int]
    kernel: tuple[int, int]
    strides: tuple[int, int]
    padding: str  # "valid" or "same"

    @property
    def pads(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(top, bottom), (left, right) padding."""
        if self.padding == "valid":
            return (0, 0), (0, 0)
        out = []
        for n, k, s in zip(self.size, self.kernel, self.strides):
            total = max((math.ceil(n / s) - 1) * s + k - n, 0)
            out.append((total // 2, total - total // 2))
        return out[0], out[1]

    @property
    def output(self) -> tuple[int, int]:
        """The output's height and width (0 when the kernel does not fit)."""
        if self.padding == "same":
            return tuple(math.ceil(n / s) for n, s in zip(self.size, self.strides))  # type: ignore[return-value]
        return tuple(max((n - k) // s + 1, 0) for n, k, s in zip(self.size, self.kernel, self.strides))  # type: ignore[return-value]

    @property
    def fits(self) -> bool:
        return all(o > 0 for o in self.output)


def output_size(size, kernel, strides, padding) -> tuple[int, int]:
    return Geometry(tuple(size), tuple(kernel), tuple(strides), padding).output


def pad(x: np.ndarray, geometry: Geometry, value: float = 0.0) -> np.ndarray:
    (t, b), (left, r) = geometry.pads
    if not (t or b or left or r):
        return x
    return np.pad(x, ((0, 0), (t, b), (left, r), (0, 0)), constant_values=value)


def windows(xp: np.ndarray, geometry: Geometry) -> np.ndarray:
    """A strided view (n, oh, ow, c, kh, kw) of the padded input: every window, nothing copied."""
    kh, kw = geometry.kernel
    sh, sw = geometry.strides
    oh, ow = geometry.output
    view = sliding_window_view(xp, (kh, kw), axis=(1, 2))
    return view[:, : (oh - 1) * sh + 1 : sh, : (ow - 1) * sw + 1 : sw]


def im2col(x: np.ndarray, geometry: Geometry) -> np.ndarray:
    """Every window as one row, (n·oh·ow, kh·kw·c), in the kernel's (p, q, c) order."""
    n = x.shape[0]
    oh, ow = geometry.output
    w = windows(pad(x, geometry), geometry)  # (n, oh, ow, c, kh, kw)
    return np.ascontiguousarray(w.transpose(0, 1, 2, 4, 5, 3)).reshape(n * oh * ow, -1)


def conv2d_forward(x: np.ndarray, kernel: np.ndarray, geometry: Geometry) -> tuple[np.ndarray, np.ndarray]:
    """z = x ⊛ K without the bias, (n, oh, ow, c_out); also the im2col matrix backward needs."""
    n = x.shape[0]
    oh, ow = geometry.output
    cols = im2col(x, geometry)
    z = cols @ kernel.reshape(-1, kernel.shape[-1])
    return z.reshape(n, oh, ow, kernel.shape[-1]), cols


def conv2d_kernel_gradient(cols: np.ndarray, delta: np.ndarray, kernel_shape: tuple[int, ...],
                           out: np.ndarray | None = None) -> np.ndarray:
    """dL/dK = Σ over samples and output positions of window ⊗ δ: colsᵀ·δ, shaped like the kernel."""
    d = delta.reshape(-1, kernel_shape[-1])
    if out is None:
        return (cols.T @ d).reshape(kernel_shape)
    np.matmul(cols.T, d, out=out.reshape(-1, kernel_shape[-1]))
    return out


def conv2d_input_gradient(delta: np.ndarray, kernel: np.ndarray, geometry: Geometry, channels: int) -> np.ndarray:
    """dL/dx: each δ sent back through the kernel to the window it came from (col2im)."""
    n, oh, ow, _ = delta.shape
    kh, kw = geometry.kernel
    dcols = (delta.reshape(-1, kernel.shape[-1]) @ kernel.reshape(-1, kernel.shape[-1]).T)
    dcols = dcols.reshape(n, oh, ow, kh, kw, channels)
    return scatter((n, oh, ow, channels), geometry, [(p, q, dcols[:, :, :, p, q, :]) for p in range(kh) for q in range(kw)],
                   delta.dtype)


def scatter(shape: tuple[int, int, int, int], geometry: Geometry, parts, dtype) -> np.ndarray:
    """Add each kernel position's share of an output-shaped gradient back onto the input (padding cropped).

    ``parts`` holds (p, q, values): the gradient that window position (p, q) sends to its input pixel.
    """
    n, oh, ow, c = shape
    sh, sw = geometry.strides
    (t, b), (left, r) = geometry.pads
    h, w = geometry.size
    dxp = np.zeros((n, h + t + b, w + left + r, c), dtype=dtype)
    for p, q, part in parts:
        dxp[:, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw, :] += part
    return dxp[:, t : t + h, left : left + w, :]
