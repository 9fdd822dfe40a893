"""A training step as a sequence of small steps a learner can follow, each with its numbers.

Built from an engine :class:`~netbuilder.engine.trace.StepTrace`, in the
order a hand calculation goes: every neuron's weighted sum and activation
going forward, the loss, dL/dŷ, then layer by layer backward f'(z), δ and
the gradient of every weight and bias, then every update w ← w − η·dL/dw,
and finally the loss again with the new parameters.

Notation: inputs x₁, x₂; hidden neurons z₁ → a₁ (with a layer superscript
z⁽²⁾₁ when there are several hidden layers); output neurons zₒ → ŷ; a weight
is named by the neurons it joins, w(x₁→a₁). Each step also says which
neurons and edges it involves, so the canvas can highlight them, and keeps
its values at full precision.

The same steps feed the command line (text, Markdown, HTML, JSON) and the
app's walkthrough panel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine.trace import BackwardRecord, ForwardRecord, StepTrace
from ..i18n import fill, translate
from .notation import MINUS, num, paren, sub, vector

PHASES = ("forward", "loss", "backward", "update", "check")
_SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")

_ACT_SYMBOL = {
    "linear": "f",
    "step": "step",
    "sigmoid": "σ",
    "tanh": "tanh",
    "relu": "ReLU",
    "leaky_relu": "LeakyReLU",
    "prelu": "PReLU",
    "elu": "ELU",
    "swish": "swish",
    "gelu": "GELU",
    "softmax": "softmax",
}

_DERIVATIVE_RULE = {
    "linear": "f'(z) = 1",
    "step": "step'(z) = 0",
    "sigmoid": "σ'(z) = a(1 − a)",
    "tanh": "tanh'(z) = 1 − a²",
    "relu": "ReLU'(z) = 1 if z > 0 else 0",
    "leaky_relu": "LeakyReLU'(z) = 1 if z > 0 else α",
    "prelu": "PReLU'(z) = 1 if z > 0 else α",
    "elu": "ELU'(z) = 1 if z > 0 else a + α",
    "swish": "swish'(z) = s + β·a·(1 − s), s = σ(βz)",
    "gelu": "GELU'(z) = Φ(z) + z·φ(z)",
    "softmax": "∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ)",
}


@dataclass
class Step:
    phase: str  # one of PHASES
    title: str
    lines: list[str]  # formulas with the numbers put in
    note: str = ""  # a sentence in words
    layer_id: str | None = None
    #: Neurons the step is about: (layer id, neuron index from 0).
    neurons: list[tuple[str, int]] = field(default_factory=list)
    #: Edges the step is about: (connection id, source index, target index).
    edges: list[tuple[str, int, int]] = field(default_factory=list)
    #: Short labels to draw on the canvas, keyed like ``neurons`` / ``edges``.
    labels: dict[tuple, str] = field(default_factory=dict)
    #: The step's results at full precision, by symbol.
    values: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "title": self.title,
            "lines": list(self.lines),
            "note": self.note,
            "layer": self.layer_id,
            "neurons": [list(n) for n in self.neurons],
            "edges": [list(e) for e in self.edges],
            "values": dict(self.values),
        }


@dataclass
class Options:
    digits: int = 4
    #: Layers with more neurons than this show their first neurons only, then a summary.
    max_neurons: int = 8
    #: Weighted sums with more terms than this are shortened with "…".
    max_terms: int = 8
    #: Which sample of a mini-batch the per-neuron lines follow.
    sample: int = 0
    #: Follow this neuron (layer id -> index) in layers too large to show whole.
    follow: dict[str, int] = field(default_factory=dict)


class _Names:
    """Symbols for every neuron of the traced network."""

    def __init__(self, trace: StepTrace):
        self.trace = trace
        hidden = [r.layer_id for r in trace.forward if r.layer_id != trace.output_id]
        self.hidden_index = {lid: i + 1 for i, lid in enumerate(hidden)}
        self.several_hidden = len(hidden) > 1
        self.units = {r.layer_id: r.z.shape[1] for r in trace.forward}
        self.units[trace.input_id] = trace.x.shape[1]

    def tag(self, lid: str, j: int) -> str:
        """The subscript part shared by z, δ and b of neuron j (0-based) of a layer."""
        if lid == self.trace.output_id:
            return "ₒ" + (sub(j + 1) if self.units[lid] > 1 else "")
        prefix = f"({self.hidden_index[lid]})".translate(_SUP) if self.several_hidden else ""
        return prefix + sub(j + 1)

    def a(self, lid: str, j: int) -> str:
        if lid == self.trace.input_id:
            return "x" + sub(j + 1)
        if lid == self.trace.output_id:
            return "ŷ" + (sub(j + 1) if self.units[lid] > 1 else "")
        return "a" + self.tag(lid, j)

    def z(self, lid: str, j: int) -> str:
        return "z" + self.tag(lid, j)

    def delta(self, lid: str, j: int) -> str:
        return "δ" + self.tag(lid, j)

    def b(self, lid: str, j: int) -> str:
        return "b" + self.tag(lid, j)

    def w(self, src: str, i: int, dst: str, j: int) -> str:
        return f"w({self.a(src, i)}→{self.a(dst, j)})"

    def layer_word(self, lid: str) -> str:
        name = self.trace.names.get(lid, lid)
        if lid == self.trace.output_id:
            return fill(translate("Walkthrough", "output layer “%1”"), name)
        return fill(translate("Walkthrough", "layer “%1”"), name)


def _shown(units: int, opts: Options, lid: str) -> list[int]:
    if units <= opts.max_neurons:
        return list(range(units))
    first = list(range(min(2, units)))
    follow = opts.follow.get(lid)
    if follow is not None and 0 <= follow < units and follow not in first:
        first.append(follow)
    return first


def build_steps(trace: StepTrace, options: Options | None = None) -> list[Step]:
    """Every step of the walkthrough, in order."""
    opts = options or Options()
    names = _Names(trace)
    d = opts.digits
    s = min(max(opts.sample, 0), trace.batch_size - 1)
    steps: list[Step] = []
    batch = trace.batch_size > 1
    sample_note = fill(translate("Walkthrough", "Values shown for sample %1 of %2."), s + 1, trace.batch_size) if batch else ""

    # -- forward --------------------------------------------------------------------------------
    for rec in trace.forward:
        units = rec.z.shape[1]
        shown = _shown(units, opts, rec.layer_id)
        for j in shown:
            steps.append(_weighted_sum(rec, j, s, names, opts, sample_note))
            if rec.activation != "softmax":
                steps.append(_activation(rec, j, s, names, d))
        if rec.activation == "softmax":
            steps.append(_softmax(rec, s, names, d))
        if len(shown) < units:
            steps.append(
                Step(
                    "forward",
                    fill(translate("Walkthrough", "The other neurons of %1"), names.layer_word(rec.layer_id)),
                    [f"z = {vector(rec.z[s], d)}", f"a = {vector(rec.a[s], d)}"],
                    fill(translate("Walkthrough", "Every neuron computes the same way; the layer has %1 neurons."), units),
                    rec.layer_id,
                    [(rec.layer_id, j) for j in range(units)],
                    values={},
                )
            )

    # -- loss -----------------------------------------------------------------------------------
    steps.append(_loss_step(trace, names, d, s))

    # -- backward -------------------------------------------------------------------------------
    steps.append(_dloss_step(trace, names, d, s))
    for brec in trace.backward:
        frec = trace.forward_of(brec.layer_id)
        units = frec.z.shape[1]
        shown = _shown(units, opts, brec.layer_id)
        out = brec.layer_id == trace.output_id
        for j in shown:
            if not out:
                steps.append(_upstream_step(trace, brec, j, s, names, d))
            steps.append(_delta_step(trace, frec, brec, j, s, names, d))
        for inc in frec.inbound:
            fan_in = inc.weights.shape[0]
            rows = list(range(fan_in)) if fan_in <= opts.max_terms else list(range(2))
            for j in shown:
                for i in rows:
                    if inc.mask is not None and not inc.mask[i, j]:
                        continue
                    steps.append(_weight_grad_step(trace, inc, brec, i, j, s, names, d))
            if len(rows) < fan_in or len(shown) < units:
                g = brec.dW[inc.connection_id]
                steps.append(
                    Step(
                        "backward",
                        fill(translate("Walkthrough", "All gradients of the weights into %1"), names.layer_word(brec.layer_id)),
                        [f"dL/dW = aᵀ·δ  ({g.shape[0]}×{g.shape[1]}): "
                         f"min {num(g.min(), d)}, max {num(g.max(), d)}, mean |g| {num(np.abs(g).mean(), d)}"],
                        translate("Walkthrough", "Each weight's gradient is the input it carries times the δ of the neuron it feeds."),
                        brec.layer_id,
                        edges=[(inc.connection_id, -1, -1)],
                    )
                )
        if brec.db is not None:
            for j in shown:
                steps.append(_bias_grad_step(brec, j, names, d))

    # -- update ---------------------------------------------------------------------------------
    lr = trace.learning_rate
    for rec in trace.forward:
        for inc in rec.inbound:
            steps.append(_update_weights(trace, rec, inc, names, opts, lr))
        if rec.bias is not None:
            steps.append(_update_biases(trace, rec, names, opts, lr))

    # -- check ----------------------------------------------------------------------------------
    steps.append(_check_step(trace, names, d, s))
    return steps


def _term(a_val: float, w_val: float, d: int) -> str:
    return f"{num(a_val, d)}×{paren(w_val, d)}"


def _weighted_sum(rec: ForwardRecord, j: int, s: int, names: _Names, opts: Options, sample_note: str) -> Step:
    d = opts.digits
    terms, symbols, edges, labels = [], [], [], {}
    count = 0
    total_terms = sum(int(inc.mask[:, j].sum()) if inc.mask is not None else inc.weights.shape[0] for inc in rec.inbound)
    for inc in rec.inbound:
        w = inc.weights
        for i in range(w.shape[0]):
            if inc.mask is not None and not inc.mask[i, j]:
                continue
            edges.append((inc.connection_id, i, j))
            labels[(inc.connection_id, i, j)] = num(w[i, j], d)
            if count < opts.max_terms:
                terms.append(_term(inc.inputs[s, i], w[i, j], d))
                symbols.append(f"{names.a(inc.source_id, i)}·{names.w(inc.source_id, i, rec.layer_id, j)}")
            count += 1
    if count > opts.max_terms:
        terms.append("… (" + fill(translate("Walkthrough", "%1 more terms"), count - opts.max_terms) + ")")
        symbols.append("…")
    zsym = names.z(rec.layer_id, j)
    bias_part = ""
    if rec.bias is not None:
        bias_part = f" + {paren(rec.bias[j], d)}"
        symbols.append(names.b(rec.layer_id, j))
    z = rec.z[s, j]
    lines = [f"{zsym} = {' + '.join(symbols)}" if symbols else f"{zsym} = 0"]
    lines.append(f"{zsym} = {' + '.join(terms) if terms else '0'}{bias_part} = {num(z, d)}")
    labels[(rec.layer_id, j)] = f"z={num(z, d)}"
    note = translate("Walkthrough", "The weighted sum: each input times the weight of its edge, plus the bias.")
    if total_terms == 0:
        note = translate("Walkthrough", "No edge reaches this neuron, so only its bias counts.")
    if sample_note:
        note += " " + sample_note
    return Step("forward", fill(translate("Walkthrough", "Weighted sum of %1 (%2)"), zsym, names.layer_word(rec.layer_id)),
                lines, note, rec.layer_id, [(rec.layer_id, j)] + [(inc.source_id, i) for inc in rec.inbound
                                                                  for i in range(inc.weights.shape[0])
                                                                  if inc.mask is None or inc.mask[i, j]],
                edges, labels, {zsym: float(z)})


def _activation(rec: ForwardRecord, j: int, s: int, names: _Names, d: int) -> Step:
    fsym = _ACT_SYMBOL.get(rec.activation, rec.activation)
    asym, zsym = names.a(rec.layer_id, j), names.z(rec.layer_id, j)
    z, a = rec.z[s, j], rec.a[s, j]
    lines = [f"{asym} = {fsym}({zsym}) = {fsym}({num(z, d)}) = {num(a, d)}"]
    if rec.activation == "sigmoid" and j == 0:
        lines.insert(0, f"σ(z) = 1 / (1 + e^({MINUS}z))")
    return Step("forward", fill(translate("Walkthrough", "Activation of %1"), asym), lines,
                translate("Walkthrough", "The activation function turns the weighted sum into the neuron's output."),
                rec.layer_id, [(rec.layer_id, j)], labels={(rec.layer_id, j): f"a={num(a, d)}"},
                values={asym: float(a)})


def _softmax(rec: ForwardRecord, s: int, names: _Names, d: int) -> Step:
    units = rec.z.shape[1]
    z, a = rec.z[s], rec.a[s]
    lines = [f"softmax(z)ⱼ = e^(zⱼ) / Σₖ e^(zₖ)"]
    for j in range(min(units, 10)):
        lines.append(f"{names.a(rec.layer_id, j)} = e^{paren(z[j], d)} / Σ = {num(a[j], d)}")
    if units > 10:
        lines.append("… " + fill(translate("Walkthrough", "%1 more"), units - 10))
    return Step("forward", fill(translate("Walkthrough", "Softmax over %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Softmax turns the scores into probabilities that add up to 1."),
                rec.layer_id, [(rec.layer_id, j) for j in range(units)],
                labels={(rec.layer_id, j): f"a={num(a[j], d)}" for j in range(units)},
                values={names.a(rec.layer_id, j): float(a[j]) for j in range(units)})


def _loss_formula(trace: StepTrace, names: _Names, d: int, s: int) -> tuple[str, str]:
    y_hat, y = trace.y_hat[s], trace.y[s]
    k = len(y)
    name = trace.loss_name
    if name in ("mse", "half_sse", "mae"):
        if name == "mae":
            parts = [f"|{num(y_hat[j], d)} {MINUS} {num(y[j], d)}|" for j in range(min(k, 6))]
        else:
            parts = [f"({num(y_hat[j], d)} {MINUS} {num(y[j], d)})²" for j in range(min(k, 6))]
        body = " + ".join(parts) + (" + …" if k > 6 else "")
        if name == "half_sse":
            return "L = ½ Σ (ŷ − y)²", f"½ × ({body})" if k > 1 else f"½ × {body}"
        symbolic = "L = mean((ŷ − y)²)" if name == "mse" else "L = mean(|ŷ − y|)"
        if k == 1:
            symbolic = "L = (ŷ − y)²" if name == "mse" else "L = |ŷ − y|"
            return symbolic, body
        return symbolic, f"({body}) / {k}"
    if name == "binary_crossentropy":
        parts = [f"{num(y[j], d)}·log {num(y_hat[j], d)} + (1 {MINUS} {num(y[j], d)})·log(1 {MINUS} {num(y_hat[j], d)})"
                 for j in range(min(k, 3))]
        return "L = −[y·log ŷ + (1 − y)·log(1 − ŷ)]", f"{MINUS}[{' + '.join(parts)}]" + (f" / {k}" if k > 1 else "")
    if name == "categorical_crossentropy":
        hot = [j for j in range(k) if y[j] != 0]
        parts = [f"{num(y[j], d)}·log {num(y_hat[j], d)}" for j in hot[:6]]
        return "L = −Σ y·log ŷ", f"{MINUS}({' + '.join(parts) or '0'})"
    if name == "hinge":
        signed = 2 * y - 1 if np.all((trace.y == 0) | (trace.y == 1)) else y
        parts = [f"max(0, 1 {MINUS} {paren(signed[j], d)}×{paren(y_hat[j], d)})" for j in range(min(k, 4))]
        return "L = max(0, 1 − y·ŷ)", " + ".join(parts) + (f" / {k}" if k > 1 else "")
    return f"L = {name}(ŷ, y)", ""  # pragma: no cover


def _loss_step(trace: StepTrace, names: _Names, d: int, s: int) -> Step:
    symbolic, body = _loss_formula(trace, names, d, s)
    out = trace.output_id
    k = trace.y.shape[1]
    lines = [symbolic]
    if trace.batch_size == 1:
        lines.append(f"L = {body} = {num(trace.loss, d)}")
    else:
        lines.append(fill(translate("Walkthrough", "sample %1:"), s + 1) + f" {body}")
        lines.append(f"L = (1/{trace.batch_size}) Σ " + translate("Walkthrough", "over the batch") + f" = {num(trace.loss, d)}")
    if trace.penalty:
        lines.append(fill(translate("Walkthrough", "plus the penalty %1"), num(trace.penalty, d)) + f" = {num(trace.loss + trace.penalty, d)}")
    labels = {(out, j): f"ŷ={num(trace.y_hat[s, j], d)}" for j in range(k)}
    return Step("loss", translate("Walkthrough", "Loss"), lines,
                translate("Walkthrough", "The loss measures how far the prediction ŷ is from the target y."),
                out, [(out, j) for j in range(k)], labels=labels, values={"L": float(trace.loss)})


def _dloss_step(trace: StepTrace, names: _Names, d: int, s: int) -> Step:
    out = trace.output_id
    k = trace.y.shape[1]
    n = trace.batch_size
    g = trace.dL_dy_hat[s]
    scale = f" / {n}" if n > 1 else ""
    lines = []
    for j in range(min(k, 6)):
        ys, yh, yv = names.a(out, j), trace.y_hat[s, j], trace.y[s, j]
        if trace.loss_name == "mse":
            factor = "2" if k == 1 else f"2/{k}"
            lines.append(f"dL/d{ys} = {factor}·({ys} − y) = {factor} × ({num(yh, d)} {MINUS} {num(yv, d)}){scale} = {num(g[j], d)}")
        elif trace.loss_name == "half_sse":
            lines.append(f"dL/d{ys} = {ys} − y = {num(yh, d)} {MINUS} {num(yv, d)}{scale} = {num(g[j], d)}")
        elif trace.loss_name == "categorical_crossentropy":
            lines.append(f"dL/d{ys} = −y / {ys} = {MINUS}{num(yv, d)} / {num(yh, d)}{scale} = {num(g[j], d)}")
        elif trace.loss_name == "binary_crossentropy":
            lines.append(f"dL/d{ys} = (ŷ − y) / (ŷ(1 − ŷ)) = {num(g[j], d)}")
        else:
            lines.append(f"dL/d{ys} = {num(g[j], d)}")
    if k > 6:
        lines.append("… " + fill(translate("Walkthrough", "%1 more"), k - 6))
    return Step("backward", translate("Walkthrough", "Gradient of the loss at the output"), lines,
                translate("Walkthrough", "Backpropagation starts here: how much the loss changes when the output changes."),
                out, [(out, j) for j in range(k)],
                labels={(out, j): f"dL/dŷ={num(trace.dL_dy_hat[s, j], d)}" for j in range(k)},
                values={f"dL/d{names.a(out, j)}": float(g[j]) for j in range(k)})


def _upstream_step(trace: StepTrace, brec: BackwardRecord, j: int, s: int, names: _Names, d: int) -> Step:
    """dL/da for a hidden neuron: the δs of the neurons it feeds, weighted by the edges."""
    asym = names.a(brec.layer_id, j)
    symbols, terms, edges = [], [], []
    for rec in trace.forward:
        for inc in rec.inbound:
            if inc.source_id != brec.layer_id:
                continue
            delta = trace.backward_of(rec.layer_id).delta[s]
            for k in range(inc.weights.shape[1]):
                if inc.mask is not None and not inc.mask[j, k]:
                    continue
                edges.append((inc.connection_id, j, k))
                if len(terms) < 8:
                    symbols.append(f"{names.delta(rec.layer_id, k)}·{names.w(brec.layer_id, j, rec.layer_id, k)}")
                    terms.append(f"{paren(delta[k], d)} × {paren(inc.weights[j, k], d)}")
    value = brec.dL_da[s, j]
    lines = [f"dL/d{asym} = {' + '.join(symbols) or '0'}",
             f"dL/d{asym} = {' + '.join(terms) or '0'} = {num(value, d)}"]
    return Step("backward", fill(translate("Walkthrough", "Gradient arriving at %1"), asym), lines,
                translate("Walkthrough", "The chain rule: the neuron's output affects the loss through every edge it feeds."),
                brec.layer_id, [(brec.layer_id, j)], edges, values={f"dL/d{asym}": float(value)})


def _delta_step(trace: StepTrace, frec: ForwardRecord, brec: BackwardRecord, j: int, s: int, names: _Names, d: int) -> Step:
    lid = brec.layer_id
    asym, zsym, dsym = names.a(lid, j), names.z(lid, j), names.delta(lid, j)
    delta = brec.delta[s, j]
    a = frec.a[s, j]
    lines: list[str] = []
    if brec.fused:
        yv = trace.y[s, j]
        lines.append(_DERIVATIVE_RULE.get(brec.activation, ""))
        if brec.activation == "softmax":
            lines.append(f"{dsym} = ({asym} − y)/n = ({num(a, d)} {MINUS} {num(yv, d)}) / {trace.batch_size} = {num(delta, d)}"
                         if trace.batch_size > 1 else f"{dsym} = {asym} − y = {num(a, d)} {MINUS} {num(yv, d)} = {num(delta, d)}")
            note = translate("Walkthrough", "With softmax and cross-entropy together, the chain rule simplifies to δ = ŷ − y.")
        else:
            k = trace.y.shape[1]
            denom = trace.batch_size * k
            tail = f" / {denom}" if denom > 1 else ""
            lines.append(f"{dsym} = ({asym} − y){tail} = ({num(a, d)} {MINUS} {num(yv, d)}){tail} = {num(delta, d)}")
            note = translate("Walkthrough", "With sigmoid and binary cross-entropy together, the chain rule simplifies to δ = ŷ − y.")
        fprime_value = float(a * (1 - a))
    else:
        fp = brec.f_prime[s, j, j] if brec.f_prime.ndim == 3 else brec.f_prime[s, j]
        fprime_value = float(fp)
        rule = _DERIVATIVE_RULE.get(brec.activation, "")
        fsym = _ACT_SYMBOL.get(brec.activation, "f")
        if brec.activation == "sigmoid":
            lines.append(f"σ'({zsym}) = {asym}(1 − {asym}) = {num(a, d)} × (1 {MINUS} {num(a, d)}) = {num(fp, d)}")
        elif brec.activation == "tanh":
            lines.append(f"tanh'({zsym}) = 1 − {asym}² = 1 {MINUS} {num(a, d)}² = {num(fp, d)}")
        else:
            lines.append(rule)
            lines.append(f"{fsym}'({zsym}) = {fsym}'({num(frec.z[s, j], d)}) = {num(fp, d)}")
        upstream = brec.dL_da[s, j]
        if brec.activation == "softmax":
            lines.append(f"{dsym} = Σᵢ dL/dŷᵢ · ∂ŷᵢ/∂{zsym} = {num(delta, d)}")
        else:
            lines.append(f"{dsym} = dL/d{asym} · {fsym}'({zsym}) = {paren(upstream, d)} × {num(fp, d)} = {num(delta, d)}")
        note = translate("Walkthrough", "δ is the gradient of the loss with respect to the weighted sum z: dL/da · da/dz.")
    return Step("backward", fill(translate("Walkthrough", "Error signal %1"), dsym), [ln for ln in lines if ln], note, lid, [(lid, j)],
                labels={(lid, j): f"δ={num(delta, d)}"}, values={dsym: float(delta), f"f'({zsym})": fprime_value})


def _weight_grad_step(trace, inc, brec: BackwardRecord, i: int, j: int, s: int, names: _Names, d: int) -> Step:
    lid = brec.layer_id
    wsym = names.w(inc.source_id, i, lid, j)
    src = names.a(inc.source_id, i)
    dsym = names.delta(lid, j)
    g = brec.dW[inc.connection_id][i, j]
    pen = brec.dW_penalty[inc.connection_id][i, j]
    lines = []
    if lid == trace.output_id and trace.output_id == brec.layer_id:
        ysym = names.a(lid, j)
        lines.append(f"dL/d{wsym} = dL/d{ysym} · d{ysym}/d{names.z(lid, j)} · d{names.z(lid, j)}/d{wsym} = {dsym} · {src}")
    else:
        lines.append(f"dL/d{wsym} = {dsym} · {src}")
    if trace.batch_size == 1:
        lines.append(f"dL/d{wsym} = {paren(brec.delta[0, j], d)} × {num(inc.inputs[0, i], d)} = {num(g, d)}")
    else:
        lines.append(f"dL/d{wsym} = Σ " + translate("Walkthrough", "over the batch") + f" {dsym}·{src} = {num(g, d)}")
    if pen:
        lines.append(fill(translate("Walkthrough", "plus the penalty gradient %1"), num(pen, d)) + f" = {num(g + pen, d)}")
    return Step("backward", fill(translate("Walkthrough", "Gradient of %1"), wsym), lines,
                translate("Walkthrough", "A weight's gradient: the δ of the neuron it feeds times the input it carries."),
                lid, [(lid, j), (inc.source_id, i)], [(inc.connection_id, i, j)],
                labels={(inc.connection_id, i, j): f"dL/dw={num(g + pen, d)}"}, values={f"dL/d{wsym}": float(g + pen)})


def _bias_grad_step(brec: BackwardRecord, j: int, names: _Names, d: int) -> Step:
    lid = brec.layer_id
    bsym, dsym = names.b(lid, j), names.delta(lid, j)
    g = brec.db[j]
    return Step("backward", fill(translate("Walkthrough", "Gradient of %1"), bsym), [f"dL/d{bsym} = {dsym} = {num(g, d)}"],
                translate("Walkthrough", "The bias adds 1 × b to z, so its gradient is δ itself."), lid, [(lid, j)],
                labels={(lid, j): f"dL/db={num(g, d)}"}, values={f"dL/d{bsym}": float(g)})


def _update_weights(trace: StepTrace, rec: ForwardRecord, inc, names: _Names, opts: Options, lr: float) -> Step:
    d = opts.digits
    old, new = trace.before.weights[inc.connection_id], trace.after.weights[inc.connection_id]
    lines, edges, labels, values = [f"w ← w − η·dL/dw,  η = {num(lr, d)}"], [], {}, {}
    brec = trace.backward_of(rec.layer_id)
    grad = brec.dW[inc.connection_id] + brec.dW_penalty[inc.connection_id]
    rows, cols = old.shape
    shown = 0
    for i in range(rows):
        for j in range(cols):
            if inc.mask is not None and not inc.mask[i, j]:
                continue
            edges.append((inc.connection_id, i, j))
            labels[(inc.connection_id, i, j)] = num(new[i, j], d)
            if shown < opts.max_terms:
                wsym = names.w(inc.source_id, i, rec.layer_id, j)
                lines.append(f"{wsym} ← {num(old[i, j], d)} {MINUS} {num(lr, d)} × {paren(grad[i, j], d)} = {num(new[i, j], d)}")
                values[wsym] = float(new[i, j])
            shown += 1
    if shown > opts.max_terms:
        lines.append("… " + fill(translate("Walkthrough", "%1 more weights, updated the same way"), shown - opts.max_terms))
    return Step("update", fill(translate("Walkthrough", "Update the weights into %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Each weight takes a small step against its gradient, downhill on the loss."),
                rec.layer_id, [], edges, labels, values)


def _update_biases(trace: StepTrace, rec: ForwardRecord, names: _Names, opts: Options, lr: float) -> Step:
    d = opts.digits
    old, new = trace.before.biases[rec.layer_id], trace.after.biases[rec.layer_id]
    grad = trace.backward_of(rec.layer_id).db
    lines, labels, values = [f"b ← b − η·dL/db,  η = {num(lr, d)}"], {}, {}
    for j in range(len(old)):
        labels[(rec.layer_id, j)] = f"b={num(new[j], d)}"
        if j < opts.max_terms:
            bsym = names.b(rec.layer_id, j)
            lines.append(f"{bsym} ← {num(old[j], d)} {MINUS} {num(lr, d)} × {paren(grad[j], d)} = {num(new[j], d)}")
            values[bsym] = float(new[j])
    if len(old) > opts.max_terms:
        lines.append("… " + fill(translate("Walkthrough", "%1 more biases"), len(old) - opts.max_terms))
    return Step("update", fill(translate("Walkthrough", "Update the biases of %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Biases are updated like weights."), rec.layer_id,
                [(rec.layer_id, j) for j in range(len(old))], labels=labels, values=values)


def _check_step(trace: StepTrace, names: _Names, d: int, s: int) -> Step:
    out = trace.output_id
    k = trace.y.shape[1]
    before, after = trace.loss + trace.penalty, trace.loss_after + trace.penalty_after
    lines = [f"{names.a(out, j)} = {num(trace.y_hat_after[s, j], d)}  (" + fill(translate("Walkthrough", "was %1"), num(trace.y_hat[s, j], d)) + ")"
             for j in range(min(k, 6))]
    verdict = translate("Walkthrough", "lower ✓") if after < before else translate("Walkthrough", "not lower: the learning rate may be too large")
    lines.append(f"L = {num(after, d)}  (" + fill(translate("Walkthrough", "was %1"), num(before, d)) + f": {verdict})")
    return Step("check", translate("Walkthrough", "Forward again with the new parameters"), lines,
                translate("Walkthrough", "One step of gradient descent; training repeats this many times."),
                out, [(out, j) for j in range(k)],
                labels={(out, j): f"ŷ={num(trace.y_hat_after[s, j], d)}" for j in range(k)},
                values={"L after": float(trace.loss_after), "L before": float(trace.loss)})


def phase_starts(steps: list[Step]) -> dict[str, int]:
    """Index of the first step of each phase (for 'jump to phase')."""
    starts: dict[str, int] = {}
    for i, st in enumerate(steps):
        starts.setdefault(st.phase, i)
    return starts
