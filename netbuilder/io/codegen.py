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
- float64 networks stay float64 (Keras: ``set_floatx`` and, on JAX, x64).

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
    weights: np.ndarray  # (fan_in, fan_out)
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

    @property
    def heading(self) -> str:
        """The comment that opens the layer's lines in every script ("# hidden: 3 neurons, relu"),
        so a reader finds the canvas's layers again whichever framework the script is for."""
        return f"# {self.name}: {self.units} neuron{'s' if self.units != 1 else ''}, {self.activation}"


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
    taken: set[str] = set()
    ident = {lid: _identifier(net.layers[lid].name, taken) for lid in order}
    var = {lid: f"a_{ident[lid]}" for lid in order}
    steps = []
    for lid in order[1:]:
        layer = net.layers[lid]
        step = _Step(var[lid], layer.name, layer.units, layer.activation.name, dict(layer.activation.params),
                     None if layer.alpha is None else layer.alpha.copy(), layer.dropout, ident=ident[lid])
        for k, c in enumerate(net.inbound(lid)):
            attr = _identifier(f"{ident[c.source]}_to_{ident[lid]}", taken)
            bias = layer.bias.copy() if (k == 0 and layer.use_bias) else None
            mask = None if c.mask is None else c.mask.copy()
            step.conns.append(_Conn(attr, var[c.source], c.weights.copy(), mask, bias))
        steps.append(step)
    first = net.layers[order[0]]
    class_name = re.sub(r"[^0-9a-zA-Z]", "", (net.name or "").title()) or "Network"
    if class_name[0].isdigit():
        class_name = f"Net{class_name}"
    return _Plan(net.name or "Network", class_name, net.dtype, first.units, var[order[0]], first.dropout,
                 ident[order[0]], steps, input_transform_spec(net))


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
    if plan.transform is not None:
        transform = ("\nThe model takes the input layer's values. This network's data is scaled and/or gets extra\n"
                     "input features first: prepare_inputs(raw) does that to raw rows.\n")
    return f'''"""{plan.title}: {framework} code generated by NetBuilder {__version__}.

    python {script}

loads the weights from {weights} (beside this file), runs the model on the sample inputs stored there
and checks that it gives NetBuilder's outputs. Needs {needs} and numpy.

Each layer's net input is the sum over its inbound connections (weights times mask where single edges
were removed) plus its bias; then comes its activation. Layers are computed in order, inputs first.
{transform}"""
'''


def _check_code(plan: _Plan, run: str) -> str:
    tol = TOLERANCE[plan.dtype]
    return f'''

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
        if not np.allclose(y, expected, rtol={tol!r}, atol={tol!r}):
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
        expr = "torch.softmax(z, dim=-1)"
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
    for step in plan.steps:
        body += ["", step.heading]
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
    for step in plan.steps:
        body += ["", step.heading]
        terms = []
        for c in step.conns:
            use_bias = c.bias is not None
            arrays[f"{c.attr}.kernel"] = c.weights.astype(plan.dtype)
            if use_bias:
                arrays[f"{c.attr}.bias"] = c.bias.astype(plan.dtype)
            if c.mask is None:
                terms.append(f'layers.Dense({step.units}, use_bias={use_bias}, name="{c.attr}")({c.source})')
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
            arrays[f"{step.ident}_prelu.alpha"] = step.alpha.astype(plan.dtype)
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
    text += _check_code(plan, run)
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
