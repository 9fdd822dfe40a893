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

Every number comes from the trace, which is a recording of the engine; the
words and formulas of each activation, loss and optimizer come from the
engine's units themselves (``worked_value``, ``worked_derivative``,
``worked_update`` ...), so this module only decides what to show in which
order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine.trace import BackwardRecord, ForwardRecord, StepTrace
from ..i18n import fill, translate
from ..notation import num, paren, sub, vector

PHASES = ("forward", "loss", "backward", "update", "check")
_SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")

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


class Names:
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

    def prefix(self, lid: str) -> str:
        """The part of a symbol that names the layer: ₒ for the output, ⁽²⁾ for the second hidden layer."""
        if lid == self.trace.output_id:
            return "ₒ"
        return f"({self.hidden_index[lid]})".translate(_SUP) if self.several_hidden and lid in self.hidden_index else ""

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
    names = Names(trace)
    d = opts.digits
    s = min(max(opts.sample, 0), trace.batch_size - 1)
    steps: list[Step] = []
    batch = trace.batch_size > 1
    sample_note = fill(translate("Walkthrough", "Values shown for sample %1 of %2."), s + 1, trace.batch_size) if batch else ""

    from . import image_steps

    # -- forward --------------------------------------------------------------------------------
    for rec in trace.forward:
        if rec.kind != "dense":
            steps += image_steps.forward_steps(trace, rec, s, names, opts)
            continue
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
        if frec.kind != "dense":
            steps += image_steps.backward_steps(trace, frec, brec, s, names, opts)
            continue
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
    for rec in trace.forward:
        if rec.kind != "dense":
            if rec.kind == "conv2d":
                steps += image_steps.update_steps(trace, rec, s, names, opts)
            continue
        for inc in rec.inbound:
            steps.append(_update_weights(trace, rec, inc, names, opts))
        if rec.bias is not None:
            steps.append(_update_biases(trace, rec, names, opts))

    # -- check ----------------------------------------------------------------------------------
    steps.append(_check_step(trace, names, d, s))
    return steps


def _term(a_val: float, w_val: float, d: int) -> str:
    return f"{num(a_val, d)}×{paren(w_val, d)}"


def _weighted_sum(rec: ForwardRecord, j: int, s: int, names: Names, opts: Options, sample_note: str) -> Step:
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


def _activation(rec: ForwardRecord, j: int, s: int, names: Names, d: int) -> Step:
    fn = rec.function
    asym, zsym = names.a(rec.layer_id, j), names.z(rec.layer_id, j)
    z, a = rec.z[s, j], rec.a[s, j]
    lines = [fn.worked_value(asym, zsym, z, a, d)]
    if j == 0 and fn.name not in ("linear",):
        lines.insert(0, fn.formula)
    return Step("forward", fill(translate("Walkthrough", "Activation of %1"), asym), lines,
                translate("Walkthrough", "The activation function turns the weighted sum into the neuron's output."),
                rec.layer_id, [(rec.layer_id, j)], labels={(rec.layer_id, j): f"a={num(a, d)}"},
                values={asym: float(a)})


def _softmax(rec: ForwardRecord, s: int, names: Names, d: int) -> Step:
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


def _loss_step(trace: StepTrace, names: Names, d: int, s: int) -> Step:
    loss = trace.loss_function
    out = trace.output_id
    k = trace.y.shape[1]
    body = loss.worked_value(trace.y_hat, trace.y, s, d)
    lines = [loss.worked_formula(k)]
    if trace.batch_size == 1:
        lines.append(f"L = {body} = {num(trace.loss, d)}")
    else:
        lines.append(fill(translate("Walkthrough", "sample %1:"), s + 1) + f" {body}")
        lines.append(f"L = (1/{trace.batch_size}) Σ " + translate("Walkthrough", "over the batch") + f" = {num(trace.loss, d)}")
    note = translate("Walkthrough", "The loss measures how far the prediction ŷ is from the target y.")
    unsafe = _unsafe_note(trace, s)
    if unsafe:
        lines.append(loss.worked_from_logits(_output_z(trace), trace.y, s, d) + f" = {num(trace.loss, d)}"
                     if trace.batch_size == 1 else loss.worked_from_logits(_output_z(trace), trace.y, s, d))
        note += " " + unsafe
    if trace.penalty:
        lines.append(fill(translate("Walkthrough", "plus the penalty %1"), num(trace.penalty, d)) + f" = {num(trace.loss + trace.penalty, d)}")
    labels = {(out, j): f"ŷ={num(trace.y_hat[s, j], d)}" for j in range(k)}
    return Step("loss", translate("Walkthrough", "Loss"), lines, note,
                out, [(out, j) for j in range(k)], labels=labels, values={"L": float(trace.loss)})


def _output_z(trace: StepTrace) -> np.ndarray:
    return trace.forward_of(trace.output_id).z


def _unsafe_note(trace: StepTrace, s: int) -> str:
    """The loss's warning when ŷ is too close to 0 or 1 for the textbook form (fused pairs only)."""
    if not trace.backward_of(trace.output_id).fused:
        return ""
    return trace.loss_function.unsafe_note(_output_z(trace), trace.y_hat, trace.y, trace.dL_dy_hat, s)


def _dloss_step(trace: StepTrace, names: Names, d: int, s: int) -> Step:
    loss = trace.loss_function
    out = trace.output_id
    k = trace.y.shape[1]
    g = trace.dL_dy_hat
    lines = [loss.worked_gradient(names.a(out, j), trace.y_hat, trace.y, g, s, j, d) for j in range(min(k, 6))]
    if k > 6:
        lines.append("… " + fill(translate("Walkthrough", "%1 more"), k - 6))
    note = translate("Walkthrough", "Backpropagation starts here: how much the loss changes when the output changes.")
    unsafe = _unsafe_note(trace, s)
    if unsafe:
        note += " " + unsafe
    return Step("backward", translate("Walkthrough", "Gradient of the loss at the output"), lines, note,
                out, [(out, j) for j in range(k)],
                labels={(out, j): f"dL/dŷ={num(g[s, j], d)}" for j in range(k)},
                values={f"dL/d{names.a(out, j)}": float(g[s, j]) for j in range(k)})


def _upstream_step(trace: StepTrace, brec: BackwardRecord, j: int, s: int, names: Names, d: int) -> Step:
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


def _delta_step(trace: StepTrace, frec: ForwardRecord, brec: BackwardRecord, j: int, s: int, names: Names, d: int) -> Step:
    lid = brec.layer_id
    fn = frec.function
    asym, zsym, dsym = names.a(lid, j), names.z(lid, j), names.delta(lid, j)
    delta = brec.delta[s, j]
    z, a = frec.z[s, j], frec.a[s, j]
    fp = float(brec.f_prime[s, j, j] if brec.f_prime.ndim == 3 else brec.f_prime[s, j])
    lines = fn.worked_derivative(zsym, asym, z, a, fp, d)
    if brec.fused:
        loss = trace.loss_function
        lines.append(loss.worked_fused_delta(dsym, asym, a, trace.y[s, j], trace.batch_size, trace.y.shape[1], delta, d))
        note = loss.fused_delta_note()
    else:
        lines.append(fn.worked_delta(dsym, asym, zsym, brec.dL_da[s, j], fp, delta, d))
        note = translate("Walkthrough", "δ is the gradient of the loss with respect to the weighted sum z: dL/da · da/dz.")
    return Step("backward", fill(translate("Walkthrough", "Error signal %1"), dsym), [ln for ln in lines if ln], note, lid, [(lid, j)],
                labels={(lid, j): f"δ={num(delta, d)}"}, values={dsym: float(delta), f"f'({zsym})": fp})


def _weight_grad_step(trace, inc, brec: BackwardRecord, i: int, j: int, s: int, names: Names, d: int) -> Step:
    lid = brec.layer_id
    wsym = names.w(inc.source_id, i, lid, j)
    src = names.a(inc.source_id, i)
    dsym = names.delta(lid, j)
    g = brec.dW[inc.connection_id][i, j]
    pen = brec.dW_penalty[inc.connection_id][i, j]
    total = brec.dW_total[inc.connection_id][i, j]
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
        lines.append(fill(translate("Walkthrough", "plus the penalty gradient %1"), num(pen, d)) + f" = {num(total, d)}")
    return Step("backward", fill(translate("Walkthrough", "Gradient of %1"), wsym), lines,
                translate("Walkthrough", "A weight's gradient: the δ of the neuron it feeds times the input it carries."),
                lid, [(lid, j), (inc.source_id, i)], [(inc.connection_id, i, j)],
                labels={(inc.connection_id, i, j): f"dL/dw={num(total, d)}"}, values={f"dL/d{wsym}": float(total)})


def _bias_grad_step(brec: BackwardRecord, j: int, names: Names, d: int) -> Step:
    lid = brec.layer_id
    bsym, dsym = names.b(lid, j), names.delta(lid, j)
    g = brec.db[j]
    return Step("backward", fill(translate("Walkthrough", "Gradient of %1"), bsym), [f"dL/d{bsym} = {dsym} = {num(g, d)}"],
                translate("Walkthrough", "The bias adds 1 × b to z, so its gradient is δ itself."), lid, [(lid, j)],
                labels={(lid, j): f"dL/db={num(g, d)}"}, values={f"dL/d{bsym}": float(g)})


def _update_rule(trace: StepTrace, symbol: str, d: int) -> list[str]:
    """The optimizer's rule for ``symbol`` (w or b) and its settings, as the update steps open."""
    opt = trace.optimizer
    rule = opt.rule_for(symbol)
    rule[-1] += f",  {opt.settings_text(d)}"
    return rule


def _state(states: dict, kind: str, key: str, index) -> dict[str, float]:
    return {name: float(getattr(p, kind)[key][index]) for name, p in states.items()}


def worked_update(trace: StepTrace, sym: str, kind: str, key: str, index, grad: float, d: int) -> str:
    """One parameter's update by the optimizer's own words, with the values the engine's update left."""
    old, new = getattr(trace.before, kind)[key][index], getattr(trace.after, kind)[key][index]
    return trace.optimizer.worked_update(sym, float(old), float(grad), float(new),
                                         _state(trace.optimizer_state_before, kind, key, index),
                                         _state(trace.optimizer_state_after, kind, key, index), d)


def _update_weights(trace: StepTrace, rec: ForwardRecord, inc, names: Names, opts: Options) -> Step:
    d = opts.digits
    cid = inc.connection_id
    new = trace.after.weights[cid]
    grad = trace.backward_of(rec.layer_id).dW_total[cid]
    lines, edges, labels, values = _update_rule(trace, "w", d), [], {}, {}
    rows, cols = new.shape
    shown = 0
    for i in range(rows):
        for j in range(cols):
            if inc.mask is not None and not inc.mask[i, j]:
                continue
            edges.append((cid, i, j))
            labels[(cid, i, j)] = num(new[i, j], d)
            if shown < opts.max_terms:
                wsym = names.w(inc.source_id, i, rec.layer_id, j)
                lines.append(worked_update(trace, wsym, "weights", cid, (i, j), grad[i, j], d))
                values[wsym] = float(new[i, j])
            shown += 1
    if shown > opts.max_terms:
        lines.append("… " + fill(translate("Walkthrough", "%1 more weights, updated the same way"), shown - opts.max_terms))
    return Step("update", fill(translate("Walkthrough", "Update the weights into %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Each weight takes a small step against its gradient, downhill on the loss."),
                rec.layer_id, [], edges, labels, values)


def _update_biases(trace: StepTrace, rec: ForwardRecord, names: Names, opts: Options) -> Step:
    d = opts.digits
    new = trace.after.biases[rec.layer_id]
    grad = trace.backward_of(rec.layer_id).db
    lines, labels, values = _update_rule(trace, "b", d), {}, {}
    for j in range(len(new)):
        labels[(rec.layer_id, j)] = f"b={num(new[j], d)}"
        if j < opts.max_terms:
            bsym = names.b(rec.layer_id, j)
            lines.append(worked_update(trace, bsym, "biases", rec.layer_id, j, grad[j], d))
            values[bsym] = float(new[j])
    if len(new) > opts.max_terms:
        lines.append("… " + fill(translate("Walkthrough", "%1 more biases"), len(new) - opts.max_terms))
    return Step("update", fill(translate("Walkthrough", "Update the biases of %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Biases are updated like weights."), rec.layer_id,
                [(rec.layer_id, j) for j in range(len(new))], labels=labels, values=values)


def _check_step(trace: StepTrace, names: Names, d: int, s: int) -> Step:
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
