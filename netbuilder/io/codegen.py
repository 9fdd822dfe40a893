"""Generate a runnable PyTorch or Keras script that computes what the network computes.

Why code rather than a framework's own file: a learner who built a network
on the canvas should be able to read it as the few lines a tutorial would
write, run it, and keep training it in the framework. So the script is
plain: one module per connection, the layers computed in order, each
activation spelled out. The weights go into a ``.npz`` file beside the
script (NumPy's format, readable everywhere; nothing pickled), under the
names the framework's model uses.

Everything the engine supports is written out:

- several inbound connections are summed (PyTorch: one ``nn.Linear`` per
  connection; Keras: the functional API with ``layers.Add``), so skip
  connections work;
- a connection with removed edges keeps its 0/1 mask as a buffer
  (PyTorch) or a non-trainable weight (Keras, a small ``MaskedDense``
  layer defined in the script) and multiplies the weights by it;
- every activation: identity, step, sigmoid, tanh, relu, leaky ReLU (α),
  PReLU (learned α per neuron), ELU (α), swish (β), exact GELU, softmax;
- dropout as the framework's Dropout layer (the identity at inference);
- convolutional layers: PyTorch ``nn.Conv2d``, ``nn.MaxPool2d``,
  ``nn.AvgPool2d`` and a Flatten; Keras ``layers.Conv2D``,
  ``MaxPooling2D``, ``AveragePooling2D`` and ``Flatten``;
- float64 networks stay float64 (Keras: ``set_floatx`` and, on JAX, x64).

Images. The model takes the engine's flat rows (an image's pixels row by
row, channels last) and reshapes them. Keras works channels last like the
engine: its kernels (kh, kw, c, f), 'same' padding and Flatten are the
engine's. PyTorch works channels first: the script permutes the input image
to NCHW, stores each kernel as (f, c, kh, kw), and permutes back to channels
last before flattening, so the Dense weights after it keep the engine's row
order. PyTorch pads symmetrically (and has ``padding="same"`` for stride 1
only), so where 'same' puts its odd pixel at the bottom and right the
script pads explicitly with ``F.pad`` (−∞ for max pooling); a 'same' average
pool divides by the real inputs of each window, as Keras does
(``count_include_pad=False``, or ``keras_like_avg_pool`` in the script for
uneven padding).

The check. The engine lives outside :mod:`netbuilder.io` (the core's layers
may not import it), so the caller passes ``predict`` — the engine's
``CompiledNetwork(net).predict`` — and a few sample inputs with the
engine's outputs are stored in the ``.npz``; running the script prints the
framework's outputs and stops with an error if they differ. The generated
model takes the input layer's values; when the network's data scales its
inputs or adds features (x1², sin x1 ...), the script also defines
``prepare_inputs(raw)`` that does the same to raw rows.
"""

from __future__ import annotations

import io
import keyword
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .._version import __version__
from ..model.network import Network
from ..model.shapes import KIND_NAMES, POOLING, padding_amounts
from ..files import atomic_write_bytes, atomic_write_text
from .onnx_export import export_order, input_transform_spec

FORMATS = ("pytorch", "keras")
SAMPLES = 4
#: How close the framework's outputs must come to the engine's (float32 networks, float64 networks).
TOLERANCE = {"float32": 1e-5, "float64": 1e-9}


# -- what both scripts need ----------------------------------------------------------------


@dataclass
class _Conn:
    attr: str  # module / layer name in the script
    source: str  # variable of the source layer's values
    weights: np.ndarray  # (fan_in, fan_out); a convolution's kernel (kh, kw, c, f); none (0,) for pooling/Flatten
    mask: np.ndarray | None
    bias: np.ndarray | None  # the target's bias rides on its first inbound connection


@dataclass
class _Step:
    var: str
    name: str
    units: int
    activation: str
    params: dict
    alpha: np.ndarray | None
    dropout: float
    conns: list[_Conn] = field(default_factory=list)
    ident: str = ""
    kind: str = "dense"
    kernel: tuple[int, int] | None = None
    strides: tuple[int, int] | None = None
    padding: str | None = None
    #: (top, bottom), (left, right) padding of a window over its input, of height × width ``size``
    pads: tuple = ((0, 0), (0, 0))
    size: tuple = ()

    @property
    def heading(self) -> str:
        """The comment that opens the layer's lines in every script ("# hidden: 3 neurons, relu"),
        so a reader finds the canvas's layers again whichever framework the script is for."""
        if self.kind == "dense":
            return f"# {self.name}: {self.units} neuron{'s' if self.units != 1 else ''}, {self.activation}"
        if self.kind == "flatten":
            return f"# {self.name}: Flatten, {self.units} values (row by row, channels last)"
        window = (f"{self.kernel[0]}×{self.kernel[1]}, strides {self.strides[0]}×{self.strides[1]}, "
                  f"'{self.padding}' padding")
        if self.kind == "conv2d":
            return f"# {self.name}: Conv2D, {self.units} filters of {window}, {self.activation}"
        return f"# {self.name}: {KIND_NAMES[self.kind]} {window}"

    @property
    def symmetric(self) -> bool:
        """The padding is the same on both sides of each axis (PyTorch's own padding can do it)."""
        (t, b), (left, r) = self.pads
        return t == b and left == r


@dataclass
class _Plan:
    title: str
    class_name: str
    dtype: str
    n_inputs: int
    input_var: str
    input_dropout: float
    input_ident: str
    steps: list[_Step]
    transform: dict | None
    #: (h, w, c) when a convolution or a pooling reads the input's image, else None
    input_image: tuple[int, int, int] | None = None

    @property
    def input_image_var(self) -> str:
        return f"{self.input_var}_image"


#: Names the scripts use themselves (a layer called "input" becomes "input_layer").
_RESERVED = {"input", "x", "z", "np", "torch", "nn", "keras", "layers", "ops", "model", "self"}


def _identifier(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^0-9a-zA-Z]+", "_", text.lower()).strip("_") or "layer"
    if base[0].isdigit():
        base = f"layer_{base}"
    if keyword.iskeyword(base) or base in _RESERVED:
        base = f"{base}_layer"
    name, k = base, 2
    while name in taken:
        name = f"{base}_{k}"
        k += 1
    taken.add(name)
    return name


def _plan(net: Network) -> _Plan:
    order = export_order(net)
    shapes = net.shapes()
    taken: set[str] = set()
    ident = {lid: _identifier(net.layers[lid].name, taken) for lid in order}
    var = {lid: f"a_{ident[lid]}" for lid in order}
    first = net.layers[order[0]]
    input_image = None
    steps = []
    for lid in order[1:]:
        layer = net.layers[lid]
        step = _Step(var[lid], layer.name, layer.units, layer.activation.name, dict(layer.activation.params),
                     None if layer.alpha is None else layer.alpha.copy(), layer.dropout, ident=ident[lid],
                     kind=layer.kind, kernel=layer.kernel_size, strides=layer.strides, padding=layer.padding)
        for k, c in enumerate(net.inbound(lid)):
            attr = _identifier(f"{ident[c.source]}_to_{ident[lid]}", taken)
            bias = layer.bias.copy() if (k == 0 and layer.use_bias) else None
            mask = None if c.mask is None else c.mask.copy()
            source = var[c.source]
            if layer.is_windowed:
                step.size = tuple(shapes[c.source][:2])
                step.pads = padding_amounts(tuple(shapes[c.source][:2]), layer.kernel_size, layer.strides,
                                            layer.padding)
                if c.source == first.id:
                    input_image = tuple(shapes[c.source])
                    source = f"{source}_image"
            step.conns.append(_Conn(attr, source, c.weights.copy(), mask, bias))
        steps.append(step)
    class_name = re.sub(r"[^0-9a-zA-Z]", "", (net.name or "").title()) or "Network"
    if class_name[0].isdigit():
        class_name = f"Net{class_name}"
    return _Plan(net.name or "Network", class_name, net.dtype, first.units, var[order[0]], first.dropout,
                 ident[order[0]], steps, input_transform_spec(net), input_image)


def _f(value: float) -> str:
    """A float as Python source that reads back exactly."""
    return repr(float(value))


def _sample_inputs(plan: _Plan) -> np.ndarray:
    rng = np.random.default_rng(0)
    return rng.normal(size=(SAMPLES, plan.n_inputs)).astype(plan.dtype)


def _prepare_inputs_code(plan: _Plan) -> str:
    """NumPy code for the data's input transform (scaling, then extra feature columns)."""
    t = plan.transform
    if t is None:
        return ""
    lines = [
        "",
        "",
        "def prepare_inputs(raw):",
        '    """Raw rows in the data\'s own units -> the rows the model takes (as NetBuilder prepares them)."""',
        "    x = np.atleast_2d(np.asarray(raw, dtype=np.float64))",
    ]
    if t["scaler"] is not None:
        lines.append('    x = (x - ARRAYS["input.offset"]) / ARRAYS["input.scale"]')
    if t["features"] is not None:
        formulas = {
            "x1": "x[:, 0]", "x2": "x[:, 1]", "x1^2": "x[:, 0] ** 2", "x2^2": "x[:, 1] ** 2",
            "x1*x2": "x[:, 0] * x[:, 1]", "sin(x1)": "np.sin(x[:, 0])", "sin(x2)": "np.sin(x[:, 1])",
        }
        cols = ", ".join(f"{formulas[f]}" for f in t["features"])
        lines.append(f"    x = np.column_stack([{cols}])  # {', '.join(t['features'])}")
    lines.append(f'    return x.astype("{plan.dtype}")')
    return "\n".join(lines) + "\n"


def _arrays_common(plan: _Plan, predict: Callable[[np.ndarray], np.ndarray] | None) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    x = _sample_inputs(plan)
    arrays["sample.input"] = x
    if predict is not None:
        arrays["sample.output"] = np.asarray(predict(x)).astype(plan.dtype)
    t = plan.transform
    if t is not None and t["scaler"] is not None:
        arrays["input.offset"] = np.asarray(t["scaler"]["offset"], dtype=np.float64)
        arrays["input.scale"] = np.asarray(t["scaler"]["scale"], dtype=np.float64)
    return arrays


def _header(plan: _Plan, framework: str, script: str, weights: str, needs: str) -> str:
    transform = ""
    if plan.input_image is not None:
        h, w, c = plan.input_image
        transform += (f"\nThe model takes each {h}×{w}×{c} image as one row of its pixels (row by row, channels last,\n"
                      "as NetBuilder does) and reshapes it.")
        transform += (" PyTorch computes images channels first (NCHW): the image is\npermuted to that, and back "
                      "to channels last before a Flatten, so the Dense weights after it\nare NetBuilder's.\n"
                      if framework == "PyTorch" else "\n")
    if plan.transform is not None:
        transform += ("\nThe model takes the input layer's values. This network's data is scaled and/or gets extra\n"
                     "input features first: prepare_inputs(raw) does that to raw rows.\n")
    return f'''"""{plan.title}: {framework} code generated by NetBuilder {__version__}.

    python {script}

loads the weights from {weights} (beside this file), runs the model on the sample inputs stored there
and checks that it gives NetBuilder's outputs. Needs {needs} and numpy.

Each layer's net input is the sum over its inbound connections (weights times mask where single edges
were removed) plus its bias; then comes its activation. Layers are computed in order, inputs first.
{transform}"""
'''


def _check_code(plan: _Plan, run: str, keras: bool = False) -> str:
    tol = TOLERANCE[plan.dtype]
    tolerance = f"TOLERANCE = {tol!r}"
    if keras and plan.dtype == "float64":
        tolerance += f'''
if keras.backend.backend() != "tensorflow":
    # Keras 3 computes float64 values in float32 on its other backends (it follows JAX's default)
    TOLERANCE = {TOLERANCE["float32"]!r}'''
    return f'''

{tolerance}


def main():
    model = build_model()
    x = ARRAYS["sample.input"]
    y = {run}
    np.set_printoptions(precision=6, suppress=True)
    print("inputs:")
    print(x)
    print("outputs:")
    print(y)
    if "sample.output" in ARRAYS.files:
        expected = ARRAYS["sample.output"]
        difference = float(np.max(np.abs(y - expected)))
        if not np.allclose(y, expected, rtol=TOLERANCE, atol=TOLERANCE):
            raise SystemExit(f"the outputs differ from NetBuilder's by up to {{difference:.3g}}")
        print(f"matches NetBuilder's outputs (largest difference {{difference:.3g}})")


if __name__ == "__main__":
    main()
'''


# -- PyTorch -------------------------------------------------------------------------------


def _torch_activation(step: _Step) -> tuple[str, list[str]]:
    """(expression of z, extra lines for __init__)."""
    p = step.params
    name = step.activation
    init: list[str] = []
    if name == "linear":
        expr = "z"
    elif name == "step":
        expr = "(z > 0).to(z.dtype)"
    elif name in ("sigmoid", "tanh", "relu"):
        expr = f"torch.{name}(z)"
    elif name == "leaky_relu":
        expr = f"F.leaky_relu(z, negative_slope={_f(p['alpha'])})"
    elif name == "prelu":
        init.append(f"self.{step.ident}_prelu = nn.PReLU(num_parameters={step.units})  # learned slope per neuron")
        expr = f"self.{step.ident}_prelu(z)"
    elif name == "elu":
        expr = f"F.elu(z, alpha={_f(p['alpha'])})"
    elif name == "swish":
        expr = "F.silu(z)" if p["beta"] == 1.0 else f"z * torch.sigmoid({_f(p['beta'])} * z)"
    elif name == "gelu":
        expr = "F.gelu(z)  # exact: z·Φ(z)"
    elif name == "softmax":
        expr = "torch.softmax(z, dim=1)  # over the channels" if step.kind == "conv2d" else "torch.softmax(z, dim=-1)"
    else:
        raise ValueError(f"layer '{step.name}': the activation '{name}' has no PyTorch form")
    return expr, init


def pytorch_code(net: Network, weights_name: str = "model.npz", script_name: str = "model.py",
                 predict: Callable[[np.ndarray], np.ndarray] | None = None) -> tuple[str, dict[str, np.ndarray]]:
    """The script's text and the arrays for its ``.npz`` (keys are the model's ``state_dict`` names)."""
    plan = _plan(net)
    arrays = _arrays_common(plan, predict)
    init: list[str] = []
    body: list[str] = [f"{plan.input_var} = x"]
    if plan.input_dropout > 0:
        init.append(f"self.{plan.input_ident}_dropout = nn.Dropout({_f(plan.input_dropout)})")
        body.append(f"{plan.input_var} = self.{plan.input_ident}_dropout({plan.input_var})")
    if plan.input_image is not None:
        h, w, c = plan.input_image
        body.append("# the pixels as an image, channels first (N, C, H, W)")
        body.append(f"{plan.input_image_var} = {plan.input_var}.reshape(-1, {h}, {w}, {c}).permute(0, 3, 1, 2)")
    helpers: set[str] = set()
    for step in plan.steps:
        body += ["", step.heading]
        if step.kind != "dense":
            _torch_image_step(step, plan, init, body, arrays, helpers)
            continue
        terms = []
        for c in step.conns:
            n_in, n_out = c.weights.shape
            init.append(f"self.{c.attr} = nn.Linear({n_in}, {n_out}, bias={c.bias is not None})")
            arrays[f"{c.attr}.weight"] = c.weights.T.astype(plan.dtype)
            if c.bias is not None:
                arrays[f"{c.attr}.bias"] = c.bias.astype(plan.dtype)
            if c.mask is None:
                terms.append(f"self.{c.attr}({c.source})")
            else:
                init.append(f'self.register_buffer("{c.attr}_mask", torch.ones({n_out}, {n_in}))  # 0 = edge removed')
                arrays[f"{c.attr}_mask"] = c.mask.T.astype(plan.dtype)
                bias = f"self.{c.attr}.bias" if c.bias is not None else "None"
                terms.append(f"F.linear({c.source}, self.{c.attr}.weight * self.{c.attr}_mask, {bias})")
        body.append("z = " + " + ".join(terms))
        expr, extra = _torch_activation(step)
        init.extend(extra)
        if step.alpha is not None:
            arrays[f"{step.ident}_prelu.weight"] = step.alpha.astype(plan.dtype)
        body.append(f"{step.var} = {expr}")
        if step.dropout > 0:
            init.append(f"self.{step.ident}_dropout = nn.Dropout({_f(step.dropout)})")
            body.append(f"{step.var} = self.{step.ident}_dropout({step.var})")
    body.append(f"return {plan.steps[-1].var}")

    text = _header(plan, "PyTorch", script_name, weights_name, "torch")
    text += f'''
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

WEIGHTS = Path(__file__).resolve().with_name({weights_name!r})
ARRAYS = np.load(WEIGHTS)
DTYPE = torch.{plan.dtype}


class {plan.class_name}(nn.Module):
    def __init__(self):
        super().__init__()
{_indent(init or ["pass"], 8)}

    def forward(self, x):
{_indent(body, 8)}
{_TORCH_AVG_POOL if "avg_pool" in helpers else ""}

def build_model():
    """The model with NetBuilder's weights, in evaluation mode (dropout off)."""
    model = {plan.class_name}().to(DTYPE)
    state = {{key: torch.from_numpy(ARRAYS[key]) for key in model.state_dict()}}
    model.load_state_dict(state)
    return model.eval()
'''
    text += _prepare_inputs_code(plan)
    run = "model(torch.from_numpy(x)).detach().numpy()"
    text += _check_code(plan, run)
    return text, arrays


_TORCH_AVG_POOL = '''

def keras_like_avg_pool(x, kernel_size, stride, pads):
    """Average pooling over the real inputs of each window only (Keras's 'same'), with padding
    (left, right, top, bottom) that PyTorch's own, symmetric padding cannot give."""
    total = F.avg_pool2d(F.pad(x, pads), kernel_size, stride, divisor_override=1)
    count = F.avg_pool2d(F.pad(torch.ones_like(x[:1, :1]), pads), kernel_size, stride, divisor_override=1)
    return total / count
'''


def _torch_image_step(step: _Step, plan: _Plan, init: list[str], body: list[str], arrays: dict[str, np.ndarray],
                      helpers: set[str]) -> None:
    """The lines of a convolution, pooling or Flatten layer (the images are NCHW, as PyTorch has them)."""
    if step.kind == "flatten":
        source = step.conns[0].source
        body.append(f"{step.var} = torch.flatten({source}.permute(0, 2, 3, 1), 1)  # channels last, as NetBuilder")
    else:
        (top, bottom), (left, right) = step.pads
        kernel = f"({step.kernel[0]}, {step.kernel[1]})"
        stride = f"({step.strides[0]}, {step.strides[1]})"
        own = f"({top}, {left})" if step.symmetric else "0"
        uneven = f"({left}, {right}, {top}, {bottom})"  # F.pad's order: left, right, top, bottom
        if step.kind == "conv2d":
            terms = []
            for c in step.conns:
                kh, kw, c_in, filters = c.weights.shape
                init.append(f"self.{c.attr} = nn.Conv2d({c_in}, {filters}, kernel_size={kernel}, stride={stride}, "
                            f"padding={own}, bias={c.bias is not None})")
                arrays[f"{c.attr}.weight"] = c.weights.transpose(3, 2, 0, 1).astype(plan.dtype)  # (f, c, kh, kw)
                if c.bias is not None:
                    arrays[f"{c.attr}.bias"] = c.bias.astype(plan.dtype)
                source = c.source if step.symmetric else f"F.pad({c.source}, {uneven})"
                terms.append(f"self.{c.attr}({source})")
            if not step.symmetric:
                body.append(f"# 'same' puts the odd pixel of padding at the bottom and right: {uneven} is "
                            "(left, right, top, bottom)")
            body.append("z = " + " + ".join(terms))
            expr, extra = _torch_activation(step)
            init.extend(extra)
            if step.alpha is not None:
                arrays[f"{step.ident}_prelu.weight"] = step.alpha.astype(plan.dtype)
            body.append(f"{step.var} = {expr}")
        else:
            source = step.conns[0].source
            module = f"self.{step.ident}"
            if step.kind == "max_pooling2d":
                init.append(f"{module} = nn.MaxPool2d(kernel_size={kernel}, stride={stride}, padding={own})")
                if not step.symmetric:
                    source = f'F.pad({source}, {uneven}, value=float("-inf"))'
                body.append(f"{step.var} = {module}({source})")
            elif step.symmetric:
                init.append(f"{module} = nn.AvgPool2d(kernel_size={kernel}, stride={stride}, padding={own}, "
                            "count_include_pad=False)")
                body.append(f"{step.var} = {module}({source})")
            else:
                helpers.add("avg_pool")
                body.append(f"{step.var} = keras_like_avg_pool({source}, {kernel}, {stride}, {uneven})")
    if step.dropout > 0:
        init.append(f"self.{step.ident}_dropout = nn.Dropout({_f(step.dropout)})")
        body.append(f"{step.var} = self.{step.ident}_dropout({step.var})")


# -- Keras ---------------------------------------------------------------------------------

_MASKED_DENSE = '''

class MaskedDense(layers.Layer):
    """A Dense layer whose removed edges stay removed: z = x @ (kernel * edge_mask) + bias."""

    def __init__(self, units, use_bias=True, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.use_bias = use_bias

    def build(self, input_shape):
        fan_in = input_shape[-1]
        self.kernel = self.add_weight(shape=(fan_in, self.units), initializer="zeros", name="kernel")
        self.edge_mask = self.add_weight(shape=(fan_in, self.units), initializer="ones", trainable=False,
                                         name="edge_mask")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias") if self.use_bias else None

    def call(self, x):
        z = ops.matmul(x, self.kernel * self.edge_mask)
        return z if self.bias is None else z + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units, "use_bias": self.use_bias}
'''


def _real_share(step: _Step) -> np.ndarray:
    """kh·kw / (the real inputs of each window) of a 'same' pool, shaped (oh, ow, 1) to scale its means."""
    (top, bottom), (left, right) = step.pads
    h = step.size[0] + top + bottom
    w = step.size[1] + left + right
    real = np.zeros((h, w))
    real[top:top + step.size[0], left:left + step.size[1]] = 1.0
    kh, kw = step.kernel
    sh, sw = step.strides
    rows = range(0, h - kh + 1, sh)
    cols = range(0, w - kw + 1, sw)
    counts = np.array([[real[i:i + kh, j:j + kw].sum() for j in cols] for i in rows])
    return (kh * kw / counts)[:, :, None]


def _keras_activation(step: _Step) -> str:
    p = step.params
    name = step.activation
    if name == "linear":
        return "z"
    if name == "step":
        return "ops.cast(ops.greater(z, 0.0), DTYPE)"
    if name in ("sigmoid", "tanh", "relu"):
        return f"ops.{name}(z)"
    if name == "leaky_relu":
        return f"ops.leaky_relu(z, negative_slope={_f(p['alpha'])})"
    if name == "prelu" and step.kind == "conv2d":
        return f'layers.PReLU(shared_axes=[1, 2], name="{step.ident}_prelu")(z)  # learned slope per channel'
    if name == "prelu":
        return f'layers.PReLU(name="{step.ident}_prelu")(z)  # learned slope per neuron'
    if name == "elu":
        return f"ops.elu(z, alpha={_f(p['alpha'])})"
    if name == "swish":
        return f"z * ops.sigmoid({_f(p['beta'])} * z)"
    if name == "gelu":
        return "ops.gelu(z, approximate=False)  # exact: z·Φ(z)"
    if name == "softmax":
        return "ops.softmax(z, axis=-1)"
    raise ValueError(f"layer '{step.name}': the activation '{name}' has no Keras form")


def keras_code(net: Network, weights_name: str = "model.npz", script_name: str = "model.py",
               predict: Callable[[np.ndarray], np.ndarray] | None = None) -> tuple[str, dict[str, np.ndarray]]:
    """The Keras 3 script's text (functional API) and the arrays for its ``.npz``."""
    plan = _plan(net)
    arrays = _arrays_common(plan, predict)
    body: list[str] = [f'x = keras.Input(shape=({plan.n_inputs},), dtype=DTYPE, name="{plan.input_ident}")',
                       f"{plan.input_var} = x"]
    loads: list[str] = []
    masked = False
    if plan.input_dropout > 0:
        dropout = f'layers.Dropout({_f(plan.input_dropout)}, name="{plan.input_ident}_dropout")'
        body.append(f"{plan.input_var} = {dropout}({plan.input_var})")
    if plan.input_image is not None:
        h, w, c = plan.input_image
        body.append("# the pixels as an image, channels last")
        body.append(f'{plan.input_image_var} = layers.Reshape(({h}, {w}, {c}), name="{plan.input_ident}_image")'
                    f"({plan.input_var})")
    for step in plan.steps:
        body += ["", step.heading]
        if step.kind in POOLING or step.kind == "flatten":
            source = step.conns[0].source
            if step.kind == "flatten":
                body.append(f'{step.var} = layers.Flatten(name="{step.ident}")({source})')
            elif step.kind == "average_pooling2d" and not step.symmetric:
                # Keras 3's torch backend pads an uneven 'same' average pool by repeating the edge pixels
                (top, bottom), (left, right) = step.pads
                share = f"{step.ident}.real_share"
                arrays[share] = _real_share(step).astype(plan.dtype)
                body += [
                    "# 'same' padding, uneven here (the odd pixel at the bottom and right): zeros, a 'valid' pool, and",
                    "# each window's mean taken over its real inputs only, the same on every Keras backend",
                    f"{step.var} = layers.ZeroPadding2D((({top}, {bottom}), ({left}, {right})), "
                    f'name="{step.ident}_padding")({source})',
                    f'{step.var} = layers.AveragePooling2D({step.kernel}, strides={step.strides}, name="{step.ident}")'
                    f"({step.var})",
                    f'{step.var} = {step.var} * ARRAYS["{share}"]  # window size / real inputs in the window',
                ]
            else:
                pool = "MaxPooling2D" if step.kind == "max_pooling2d" else "AveragePooling2D"
                body.append(f"{step.var} = layers.{pool}({step.kernel}, strides={step.strides}, "
                            f'padding="{step.padding}", name="{step.ident}")({source})')
            if step.dropout > 0:
                body.append(f'{step.var} = layers.Dropout({_f(step.dropout)}, name="{step.ident}_dropout")({step.var})')
            continue
        terms = []
        for c in step.conns:
            use_bias = c.bias is not None
            arrays[f"{c.attr}.kernel"] = c.weights.astype(plan.dtype)
            if use_bias:
                arrays[f"{c.attr}.bias"] = c.bias.astype(plan.dtype)
            if step.kind == "conv2d":  # Keras's kernel is (kh, kw, c, f) and its 'same' is NetBuilder's
                terms.append(f"layers.Conv2D({step.units}, {step.kernel}, strides={step.strides}, "
                             f'padding="{step.padding}", use_bias={use_bias}, name="{c.attr}")({c.source})')
            elif c.mask is None:
                terms.append(f'layers.Dense({step.units}, use_bias={use_bias}, name="{c.attr}")({c.source})')
            if c.mask is None:
                names = [f'ARRAYS["{c.attr}.kernel"]'] + ([f'ARRAYS["{c.attr}.bias"]'] if use_bias else [])
                loads.append(f'model.get_layer("{c.attr}").set_weights([{", ".join(names)}])')
            else:
                masked = True
                arrays[f"{c.attr}.edge_mask"] = c.mask.astype(plan.dtype)
                terms.append(f'MaskedDense({step.units}, use_bias={use_bias}, name="{c.attr}")({c.source})')
                loads.append(f'layer = model.get_layer("{c.attr}")')
                loads.append(f'layer.kernel.assign(ARRAYS["{c.attr}.kernel"])')
                loads.append(f'layer.edge_mask.assign(ARRAYS["{c.attr}.edge_mask"])')
                if use_bias:
                    loads.append(f'layer.bias.assign(ARRAYS["{c.attr}.bias"])')
        if len(terms) == 1:
            body.append(f"z = {terms[0]}")
        else:
            body.append(f"z = layers.Add(name=\"{step.ident}_sum\")([")
            body.extend(f"    {t}," for t in terms)
            body.append("])")
        body.append(f"{step.var} = {_keras_activation(step)}")
        if step.alpha is not None:
            alpha = step.alpha.reshape(1, 1, -1) if step.kind == "conv2d" else step.alpha  # shared over h and w
            arrays[f"{step.ident}_prelu.alpha"] = alpha.astype(plan.dtype)
            loads.append(f'model.get_layer("{step.ident}_prelu").set_weights([ARRAYS["{step.ident}_prelu.alpha"]])')
        if step.dropout > 0:
            body.append(f'{step.var} = layers.Dropout({_f(step.dropout)}, name="{step.ident}_dropout")({step.var})')
    model_name = _identifier(plan.class_name, set())
    body.append(f'model = keras.Model(x, {plan.steps[-1].var}, name="{model_name}")')

    text = _header(plan, "Keras 3", script_name, weights_name, "keras (3.x, any backend)")
    x64 = ""
    if plan.dtype == "float64":
        x64 = ('\nif keras.backend.backend() == "jax":  # JAX computes in float32 unless told otherwise\n'
               '    import jax\n\n    jax.config.update("jax_enable_x64", True)\n')
    text += f'''
from pathlib import Path

import numpy as np
import keras
from keras import layers, ops

WEIGHTS = Path(__file__).resolve().with_name({weights_name!r})
ARRAYS = np.load(WEIGHTS)
DTYPE = "{plan.dtype}"
keras.config.set_floatx(DTYPE)  # before any layer is made, so every weight has the network's precision
{x64}'''
    if masked:
        text += _MASKED_DENSE
    text += f'''

def build_model():
    """The functional model with NetBuilder's weights."""
{_indent(body, 4)}
{_indent(loads, 4)}
    return model
'''
    text += _prepare_inputs_code(plan)
    run = "keras.ops.convert_to_numpy(model(x, training=False))"
    text += _check_code(plan, run, keras=True)
    return text, arrays


# -- files ---------------------------------------------------------------------------------


def weights_path(script: str | os.PathLike) -> Path:
    """The ``.npz`` written beside a script: ``model.py`` → ``model.npz``."""
    return Path(script).with_suffix(".npz")


def write_code(net: Network, path: str | os.PathLike, fmt: str,
               predict: Callable[[np.ndarray], np.ndarray] | None = None) -> tuple[Path, Path]:
    """Write the script and its weights (``fmt`` is 'pytorch' or 'keras'); returns both paths.

    Both files are written atomically (:mod:`netbuilder.files`): a failure is a ``FileAccessError``
    (an ``OSError``) naming the file, and leaves an older file of that name intact.
    """
    if fmt not in FORMATS:
        raise ValueError(f"code can be generated for {' or '.join(FORMATS)}, not {fmt!r}")
    path = Path(path)
    if path.suffix == "":
        path = path.with_name(path.name + ".py")
    npz = weights_path(path)
    if npz == path:
        raise ValueError(f"{path.name}: the script needs a name of its own (such as model.py); "
                         f"its weights go in {npz.name}")
    make = pytorch_code if fmt == "pytorch" else keras_code
    text, arrays = make(net, npz.name, path.name, predict)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    atomic_write_bytes(npz, buffer.getvalue())
    atomic_write_text(path, text)
    return path, npz


def _indent(lines: list[str], n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else "" for line in lines)
