"""The importer's handlers for images: Conv, MaxPool, AveragePool, the layouts (NCHW, NHWC) and Flatten.

ONNX computes convolutions and pooling channels first (NCHW), NetBuilder
channels last (NHWC, as Keras). An image is kept as an
:class:`~netbuilder.io.onnx_values.Image` of a layer with the layout the
ONNX tensor has; a Conv's net input as an
:class:`~netbuilder.io.onnx_values.Affine` with a window, its kernels
transposed from (f, c, kh, kw) to (kh, kw, c, f). Flattening an NCHW image
gives its values channels first, so the first Dense weights after it are
reordered to NetBuilder's rows (channels last); a Transpose to NHWC before
the Flatten (as Keras models and NetBuilder's own export have it) needs no
reordering.

The model's input: a rank-4 input read by a Conv or a pooling is an NCHW
image (the input layer gets height × width × channels and takes its pixels
channels last), one that is first transposed with ``perm=[0, 3, 1, 2]`` is
NHWC; a flat input reshaped to (n, h, w, c) and transposed is NetBuilder's
own export.

What NetBuilder cannot represent is refused naming the node: dilations,
groups, padding that is neither 'valid' nor TensorFlow's 'same' (the odd
pixel at the bottom and right), ``ceil_mode`` where it changes the size,
average pooling that counts the padding.

The batch-size dance of a dynamic reshape (``Shape`` → ``Gather`` →
``Unsqueeze`` → ``Concat`` → ``Reshape``, as torch writes ``x.view(x.size(0),
-1)``) is followed as :class:`~netbuilder.io.onnx_values.Dims`.
"""

from __future__ import annotations

import math

import numpy as np

from ..model.layer import MAX_UNITS, MAX_WINDOW
from ..model.shapes import output_size, padding_amounts
from .onnx_values import Act, Affine, Const, Dims, Image, Pending, RawInput, Term, Window, chw_order

#: Operators that only compute shapes: understood where they do (on Shape's output and integer constants).
SHAPE_OPS = frozenset({"Shape", "Gather", "Unsqueeze", "Concat", "Squeeze"})
IMAGE_OPS = frozenset({"Conv", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool"})
_POOL_KIND = {"MaxPool": "max_pooling2d", "AveragePool": "average_pooling2d",
              "GlobalMaxPool": "max_pooling2d", "GlobalAveragePool": "average_pooling2d"}


def _pair(value, what: str, where: str) -> tuple[int, int]:
    if not isinstance(value, (list, tuple)) or len(value) != 2 or not all(isinstance(v, int) for v in value):
        raise ValueError(f"{where} has {what} {value!r}; NetBuilder's windows are 2-D (a height and a width)")
    return int(value[0]), int(value[1])


def _hwc(dims) -> str:
    return "×".join(str(d) for d in dims)


class ImageOps:
    """A mixin of :class:`netbuilder.io.onnx_graph.GraphWalker`: the operators on images."""

    # -- what a value is -------------------------------------------------------------------

    def _is_image(self, x) -> bool:
        if isinstance(x, (Image, RawInput)):
            return True
        if isinstance(x, Pending):
            x = x.affine
        return isinstance(x, Affine) and x.window is not None

    def _shape_of(self, layer_id: str) -> tuple:
        return self.builder.shape(layer_id)

    def _image_of(self, x, where: str) -> str:
        """The layer whose NCHW image ``x`` is (making the input or a pending convolution layer)."""
        if isinstance(x, RawInput):
            return self._raw_image("nchw", where).layer_id
        if isinstance(x, Image):
            if x.layout == "flat4":
                return self._unflat(x, "nchw", where).layer_id
            if x.layout != "nchw":
                raise ValueError(f"{where} reads an image with its channels last (NHWC); ONNX's convolutions and "
                                 "pooling read NCHW (a Transpose with perm [0, 3, 1, 2] is missing)")
            return x.layer_id
        if isinstance(x, (Pending, Affine)) and self._is_image(x):
            return self._layer_of(x, where)
        raise ValueError(f"{where} reads values of one row per sample where an image (N×C×H×W) is needed")

    def _raw_image(self, layout: str, where: str) -> Image:
        """The model's rank-4 input as the input layer's image; ``layout`` is the raw tensor's."""
        dims = self.input_dims
        if len(dims) != 3:
            raise ValueError(f"{where} reads the model's input of shape batch×{_hwc(dims)} as an image; "
                             "an image input is batch × channels × height × width")
        if self.input_id is not None:
            raise ValueError(f"{where} reads the model's input as an image after it was flattened; "
                             "NetBuilder's input is either")
        hwc = (dims[1], dims[2], dims[0]) if layout == "nchw" else tuple(dims)
        self.builder.create_input(math.prod(hwc), hwc, self.input_tensor)
        self.raw_image = Image(self.input_id, layout)
        return self.raw_image

    def _unflat(self, x: Image, layout: str, where: str) -> Image:
        """The flat input reshaped to rank 4, now known to be ``layout``: NHWC is NetBuilder's own order;
        NCHW is, too, for one channel only."""
        dims = x.dims
        if layout == "nchw":
            if dims[0] != 1:
                raise ValueError(f"{where} reads the flat input reshaped to {_hwc(dims)} channels first; NetBuilder "
                                 "takes an image's pixels channels last, so only a one-channel image can be read so")
            dims = (dims[1], dims[2], dims[0])
        self.builder.set_image_shape(self.input_id, dims)
        return Image(self.input_id, "nchw")

    # -- convolution -------------------------------------------------------------------------

    def _op_Conv(self, node, args, attrs, where):
        x, w = args[0], args[1]
        b = args[2] if len(args) > 2 else None
        if not isinstance(w, Const) or (b is not None and not isinstance(b, Const)):
            raise ValueError(f"{where} needs a constant kernel and bias")
        if w.value.ndim != 4:
            raise ValueError(f"{where} is a {max(w.value.ndim - 2, 0)}-D convolution; NetBuilder's are 2-D")
        if attrs.get("group", 1) != 1:
            raise ValueError(f"{where} is a grouped convolution (group={attrs['group']}); NetBuilder's convolutions "
                             "read every channel of their input")
        filters, channels, kh, kw = w.value.shape
        if tuple(attrs.get("kernel_shape", (kh, kw))) != (kh, kw):
            raise ValueError(f"{where} has kernel_shape {attrs['kernel_shape']} but a kernel of {kh}×{kw}")
        source = self._image_of(x, where)
        shape = self._shape_of(source)
        if channels != shape[2]:
            raise ValueError(f"{where} has a kernel for {channels} channels but its input has {shape[2]}")
        if filters < 1 or filters > MAX_UNITS:
            raise ValueError(f"{where} has {filters:,} filters; a layer has 1 to {MAX_UNITS:,}")
        window = self._window(attrs, shape[:2], (kh, kw), where)
        z = Affine([Term(source, w.value.transpose(2, 3, 1, 0))], None, filters, window=window)
        if b is not None:
            if b.value.size != filters:
                raise ValueError(f"{where} has {b.value.size} biases for {filters} filters")
            z.bias = b.value.reshape(-1).copy()
        return z

    def _window(self, attrs, size, kernel, where, *, pool: bool = False) -> Window:
        """The node's window as NetBuilder's kernel, strides and 'valid'/'same' padding, or a message."""
        what = "pool" if pool else "kernel"
        if not all(1 <= k <= MAX_WINDOW for k in kernel):
            raise ValueError(f"{where} has a {what} of {_hwc(kernel)}; NetBuilder's are 1 to {MAX_WINDOW} on a side")
        strides = _pair(attrs.get("strides", [1, 1]), "strides", where)
        if not all(1 <= s <= MAX_WINDOW for s in strides):
            raise ValueError(f"{where} has strides {_hwc(strides)}; NetBuilder's are 1 to {MAX_WINDOW}")
        dilations = attrs.get("dilations", [1, 1])
        if list(dilations) != [1, 1]:
            raise ValueError(f"{where} is dilated (dilations={list(dilations)}); NetBuilder's windows are not")
        same = padding_amounts(tuple(size), kernel, strides, "same")
        auto = attrs.get("auto_pad", "NOTSET")
        if auto == "VALID":
            pads = ((0, 0), (0, 0))
        elif auto == "SAME_UPPER":
            pads = same
        elif auto == "SAME_LOWER":
            pads = tuple((b, a) for a, b in same)
        elif auto == "NOTSET":
            p = attrs.get("pads", [0, 0, 0, 0])
            if not isinstance(p, (list, tuple)) or len(p) != 4:
                raise ValueError(f"{where} has pads {p!r}; a 2-D window has four (top, left, bottom, right)")
            pads = ((int(p[0]), int(p[2])), (int(p[1]), int(p[3])))
        else:
            raise ValueError(f"{where} has auto_pad {auto!r}, which ONNX does not define")
        if pads == ((0, 0), (0, 0)):
            padding = "valid"
        elif pads == same:
            padding = "same"
        else:
            (t, b), (left, r) = pads
            (st, sb), (sl, sr) = same
            raise ValueError(
                f"{where} pads its {_hwc(size)} input by {t}, {left}, {b}, {r} (top, left, bottom, right); "
                f"NetBuilder pads 'valid' (not at all) or 'same' ({st}, {sl}, {sb}, {sr} here: the odd pixel at the "
                "bottom and right, as TensorFlow)")
        if pool and attrs.get("ceil_mode", 0):
            floor = output_size(tuple(size), kernel, strides, padding)
            ceil = tuple(math.ceil((n + sum(pd) - k) / s) + 1 for n, pd, k, s in zip(size, pads, kernel, strides))
            if tuple(floor) != ceil:
                raise ValueError(f"{where} rounds its output size up (ceil_mode=1: {_hwc(ceil)} instead of "
                                 f"{_hwc(floor)}); NetBuilder's pooling rounds down, as Keras")
        if min(output_size(tuple(size), kernel, strides, padding)) < 1:
            raise ValueError(f"{where}: the {what} {_hwc(kernel)} does not fit its {_hwc(size)} input")
        return Window(tuple(kernel), strides, padding)

    # -- pooling -----------------------------------------------------------------------------

    def _pool(self, node, args, attrs, where):
        source = self._image_of(args[0], where)
        shape = self._shape_of(source)
        if node.op_type.startswith("Global"):
            kernel = tuple(shape[:2])
            attrs = {"strides": list(kernel)}
        else:
            kernel = _pair(attrs.get("kernel_shape"), "kernel_shape", where)
        window = self._window(attrs, shape[:2], kernel, where, pool=True)
        if (node.op_type == "AveragePool" and attrs.get("count_include_pad", 0) and window.padding == "same"):
            raise ValueError(f"{where} counts the padding in its means (count_include_pad=1); NetBuilder's average "
                             "pooling counts only the real inputs of a window, as Keras")
        kind = _POOL_KIND[node.op_type]
        return Image(self.builder.make_pool(kind, source, window, node.output[0]), "nchw")

    _op_MaxPool = _op_AveragePool = _op_GlobalMaxPool = _op_GlobalAveragePool = _pool

    # -- layouts -----------------------------------------------------------------------------

    def _transpose_image(self, x, perm, where):
        """NHWC ↔ NCHW of an image; None when ``x`` is no image."""
        to_nchw, to_nhwc = perm == [0, 3, 1, 2], perm == [0, 2, 3, 1]
        if isinstance(x, RawInput) and to_nchw:
            return Image(self._raw_image("nhwc", where).layer_id, "nchw")
        if isinstance(x, Image) and x.layout == "flat4" and to_nchw:
            return self._unflat(x, "nhwc", where)
        if isinstance(x, Image) and x.layout == "nhwc" and to_nchw:
            return Image(x.layer_id, "nchw")
        if self._is_image(x) and to_nhwc and not (isinstance(x, Image) and x.layout != "nchw"):
            return Image(self._image_of(x, where), "nhwc")
        if self._is_image(x):
            raise ValueError(f"{where} transposes an image with perm {perm}; only NCHW ↔ NHWC are understood")
        return None

    def _flatten_image(self, x, where: str, tensor: str):
        """An image as one row per sample: a Flatten layer (or the input's own flat values)."""
        if isinstance(x, Image) and x.layout == "flat4":
            return Act(x.layer_id)
        if isinstance(x, Image) and x.layout == "nhwc":
            lid, order = x.layer_id, None
        else:
            lid = self._image_of(x, where)
            order = chw_order(self._shape_of(lid))
        if lid != self.input_id:
            lid = self.builder.make_flatten(lid, tensor)
        return Act(lid, order)

    def _reshape_image(self, x, dims, where, tensor: str):
        """Reshape of an image or of the flat input to an image; None when it is neither."""
        batch_first = len(dims) >= 1 and dims[0] in (-1, 0, None)
        if self._is_image(x) and not isinstance(x, RawInput):
            n = math.prod(self._image_dims(x, where))
            if batch_first and len(dims) == 2 and dims[1] in (-1, n):
                return self._flatten_image(x, where, tensor)
            raise ValueError(f"{where} reshapes an image to {dims}; only flattening it (batch, -1) is understood")
        if isinstance(x, Act) and x.layer_id == self.input_id and x.order is None and len(dims) == 4:
            units = self.builder.units(self.input_id)
            rest = [int(d) for d in dims[1:]]
            if batch_first and all(d > 0 for d in rest) and math.prod(rest) == units:
                return Image(self.input_id, "flat4", tuple(rest))
            raise ValueError(f"{where} reshapes the input of {units} values to {dims}; an image of the same "
                             "values (batch, height, width, channels) was expected")
        return None

    def _image_dims(self, x, where) -> tuple:
        if isinstance(x, Image) and x.layout == "flat4":
            return x.dims
        lid = x.layer_id if isinstance(x, Image) else self._image_of(x, where)
        return tuple(self._shape_of(lid))

    # -- shapes computed in the graph ----------------------------------------------------------

    def _op_Shape(self, node, args, attrs, where):
        x = args[0]
        if isinstance(x, RawInput):
            dims = x.shape
        elif isinstance(x, Image) and x.layout == "flat4":
            dims = x.dims
        elif isinstance(x, Image) and x.layout == "nhwc":
            dims = self._image_dims(x, where)
        elif self._is_image(x):
            h, w, c = self._image_dims(x, where)
            dims = (c, h, w)
        elif isinstance(x, Act):
            dims = (self.builder.units(x.layer_id),)
        elif isinstance(x, (Pending, Affine)):
            dims = ((x.affine if isinstance(x, Pending) else x).units,)
        else:
            raise ValueError(f"{where} takes the shape of values NetBuilder does not follow")
        items = (None, *dims)
        if "start" in attrs or "end" in attrs:
            items = items[slice(attrs.get("start", 0), attrs.get("end"))]
        return Dims(tuple(items))

    def _ints(self, x, where) -> Dims:
        if isinstance(x, Dims):
            return x
        if isinstance(x, Const) and x.value.size <= 16 and np.all(x.value == np.round(x.value)):
            return Dims(tuple(int(v) for v in x.value.reshape(-1)), scalar=x.value.ndim == 0)
        raise ValueError(f"{where} computes with values where a shape (a few whole numbers) was expected")

    def _op_Gather(self, node, args, attrs, where):
        data, index = self._ints(args[0], where), self._ints(args[1], where)
        if attrs.get("axis", 0) != 0 or data.scalar:
            raise ValueError(f"{where} gathers along an axis a shape does not have")
        n = len(data.items)
        if not all(-n <= i < n for i in index.items):
            raise ValueError(f"{where} gathers index {list(index.items)} of a shape of {n} sizes")
        items = tuple(data.items[i] for i in index.items)
        return Dims(items, scalar=index.scalar)

    def _op_Unsqueeze(self, node, args, attrs, where):
        x = self._ints(args[0], where)
        axes = attrs.get("axes") if len(args) < 2 else list(self._ints(args[1], where).items)
        if not x.scalar or list(axes or []) not in ([0], [-1]):
            raise ValueError(f"{where} unsqueezes a shape in a way NetBuilder does not follow")
        return Dims(x.items)

    def _op_Squeeze(self, node, args, attrs, where):
        x = self._ints(args[0], where)
        if len(x.items) != 1:
            raise ValueError(f"{where} squeezes a shape in a way NetBuilder does not follow")
        return Dims(x.items, scalar=True)

    def _op_Concat(self, node, args, attrs, where):
        parts = [self._ints(a, where) for a in args]
        if any(p.scalar for p in parts) or attrs.get("axis", 0) not in (0, -1):
            raise ValueError(f"{where} concatenates a shape in a way NetBuilder does not follow")
        return Dims(tuple(i for p in parts for i in p.items))

    def _shape_tensors(self, nodes) -> set[str]:
        """The tensors that are shapes: Shape's outputs, integer constants, and shape operators of them."""
        ints = {6, 7}  # TensorProto.INT32, INT64
        found = {i.name for i in self.graph.initializer if i.data_type in ints}
        for node in nodes:
            ints_held = any(a.name in ("value_int", "value_ints") or (a.name == "value" and a.t.data_type in ints)
                            for a in node.attribute)
            if node.op_type == "Constant" and ints_held:
                found.update(node.output)
            elif node.op_type == "Shape":
                found.update(node.output)
            elif node.op_type in SHAPE_OPS | {"Cast"} and node.input and all(i in found for i in node.input if i):
                found.update(node.output)
        return found
