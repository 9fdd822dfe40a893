"""The walkthrough's steps for layers that read images: a convolution, pooling and Flatten, value by value.

A hand calculation of a convolution picks one output position of one
feature map and writes out its window:

    z[2,3,1] = x[2,3,1]·K[1,1,1,1] + x[2,4,1]·K[1,2,1,1] + … + b₁ = 0.731

so the steps here do the same at one *followed* position per layer (by
default where filter 1 responds most to the shown sample; ``Options.follow``
chooses another, as the flat index ``(i·W + j)·C + c``). Max pooling shows
which input of the window won, average pooling the mean; backward shows the
gradient of one kernel weight as the sum over every output position, the
error routed back through max pooling to the winners only, and Flatten as a
reshape. Every number is the trace's (a recording of the engine); indices
are written from 1 as the rest of the walkthrough does.

Neurons and edges of these steps use the flat index of a position in the
layer's output, ``(i·W + j)·C + c``, so the canvas can mark the window and
the output pixel on its feature maps.
"""

from __future__ import annotations

import numpy as np

from ..engine.trace import BackwardRecord, ForwardRecord, StepTrace
from ..i18n import fill, translate
from ..model.shapes import padding_amounts
from ..notation import num, paren, vector
from .steps import Names, Options, Step, worked_update


def flat_index(shape: tuple[int, ...], i: int, j: int, c: int) -> int:
    """The position (i, j, c) of an (H, W, C) image as one index, in the order Flatten reads it."""
    return (i * shape[1] + j) * shape[2] + c


def _idx(*values: int) -> str:
    return "[" + ",".join(str(v + 1) for v in values) + "]"


def _sym(names: Names, letter: str, lid: str) -> str:
    """z⁽²⁾, a⁽²⁾, δ⁽²⁾ ... for a layer (the input is x)."""
    if lid == names.trace.input_id:
        return "x"
    return letter + names.prefix(lid)


def followed(rec: ForwardRecord, s: int, opts: Options) -> tuple[int, int, int]:
    """The output position (i, j, channel) the steps follow in an image layer."""
    shape = rec.a.shape[1:]
    chosen = opts.follow.get(rec.layer_id)
    if chosen is not None and 0 <= chosen < int(np.prod(shape)):
        i, j, c = np.unravel_index(int(chosen), shape)
        return int(i), int(j), int(c)
    i, j = np.unravel_index(int(np.argmax(rec.a[s, :, :, 0])), shape[:2])
    return int(i), int(j), 0


def _window(rec: ForwardRecord, inputs: np.ndarray, i: int, j: int) -> list[tuple[int, int, int, int, float]]:
    """The input pixels under the window of output (i, j): (p, q, row, col, value); outside the image (padding)
    a row or column of -1 and the value 0."""
    g = rec.geometry
    (top, _), (left, _) = padding_amounts(g.size, g.kernel, g.strides, g.padding)
    out = []
    for p in range(g.kernel[0]):
        for q in range(g.kernel[1]):
            r, c = i * g.strides[0] + p - top, j * g.strides[1] + q - left
            inside = 0 <= r < g.size[0] and 0 <= c < g.size[1]
            out.append((p, q, r if inside else -1, c if inside else -1, inputs[r, c] if inside else None))
    return out


def _source_marks(src: str, shape, window, channels) -> list[tuple[str, int]]:
    return [(src, flat_index(shape, r, c, ch)) for _, _, r, c, _ in window if r >= 0 for ch in channels]


# -- forward -----------------------------------------------------------------------------------------


def forward_steps(trace: StepTrace, rec: ForwardRecord, s: int, names: Names, opts: Options) -> list[Step]:
    if rec.kind == "flatten":
        return [_flatten_forward(trace, rec, s, names, opts)]
    i, j, c = followed(rec, s, opts)
    if rec.kind == "conv2d":
        return _conv_forward(trace, rec, s, i, j, c, names, opts)
    return [_pool_forward(rec, s, i, j, c, names, opts)]


def _conv_forward(trace, rec, s, i, j, f, names: Names, opts: Options) -> list[Step]:
    d = opts.digits
    lid, shape = rec.layer_id, rec.a.shape[1:]
    z_sym, a_sym = _sym(names, "z", lid), _sym(names, "a", lid)
    symbols, terms, marks, count = [], [], [], 0
    for inc in rec.inbound:
        x_sym = _sym(names, "a", inc.source_id)
        window = _window(rec, inc.inputs[s], i, j)
        channels = inc.inputs.shape[-1]
        for p, q, r, col, pixel in window:
            for ch in range(channels):
                if count < opts.max_terms:
                    symbols.append(f"{x_sym}{_idx(r, col, ch)}·K{_idx(p, q, ch, f)}" if r >= 0 else "0")
                    value = 0.0 if pixel is None else pixel[ch]
                    terms.append(f"{num(value, d)}×{paren(inc.weights[p, q, ch, f], d)}")
                count += 1
        marks += _source_marks(inc.source_id, inc.inputs.shape[1:], window, range(channels))
    if count > opts.max_terms:
        more = "… (" + fill(translate("Walkthrough", "%1 more terms"), count - opts.max_terms) + ")"
        symbols.append("…")
        terms.append(more)
    bias = ""
    if rec.bias is not None:
        symbols.append(f"b{_idx(f)}")
        bias = f" + {paren(rec.bias[f], d)}"
    z, a = rec.z[s, i, j, f], rec.a[s, i, j, f]
    here = flat_index(shape, i, j, f)
    where = _idx(i, j, f)
    conv = Step(
        "forward", fill(translate("Walkthrough", "Convolution at %1%2 (%3)"), z_sym, where, names.layer_word(lid)),
        [f"{z_sym}[i,j,f] = Σ_p,q,c x[i·s + p, j·s + q, c] · K[p,q,c,f] + b[f]",
         f"{z_sym}{where} = {' + '.join(symbols)}",
         f"{z_sym}{where} = {' + '.join(terms)}{bias} = {num(z, d)}"],
        fill(translate("Walkthrough", "Filter %1 lies on a window of the input: each pixel under it times the kernel "
                                      "weight on it, all added up, plus the filter's bias. The same kernel slides to "
                                      "every position, so the feature map is the filter's answer everywhere."), f + 1),
        lid, [(lid, here)] + marks, labels={(lid, here): f"z={num(z, d)}"}, values={f"{z_sym}{where}": float(z)})
    act = Step(
        "forward", fill(translate("Walkthrough", "Activation of %1"), f"{a_sym}{where}"),
        [rec.function.worked_value(f"{a_sym}{where}", f"{z_sym}{where}", z, a, d)],
        translate("Walkthrough", "The activation function turns the weighted sum into the neuron's output."),
        lid, [(lid, here)], labels={(lid, here): f"a={num(a, d)}"}, values={f"{a_sym}{where}": float(a)})
    others = Step(
        "forward", fill(translate("Walkthrough", "The other filters at %1"), _idx(i, j)),
        [f"{a_sym}{_idx(i, j)}[f] = {vector(rec.a[s, i, j, :], d)}",
         fill(translate("Walkthrough", "output %1 × %2 × %3"), *shape)],
        fill(translate("Walkthrough", "Every filter and every position is computed the same way: %1 values in all."),
             int(np.prod(shape))),
        lid, [(lid, flat_index(shape, i, j, k)) for k in range(shape[2])])
    return [conv, act, others]


def _pool_forward(rec, s, i, j, c, names: Names, opts: Options) -> Step:
    d = opts.digits
    lid, shape = rec.layer_id, rec.a.shape[1:]
    inc = rec.inbound[0]
    x_sym, a_sym = _sym(names, "a", inc.source_id), _sym(names, "a", lid)
    window = [(p, q, r, col, px) for p, q, r, col, px in _window(rec, inc.inputs[s], i, j) if r >= 0]
    values = [(r, col, float(px[c])) for _, _, r, col, px in window]
    where = _idx(i, j, c)
    a = rec.a[s, i, j, c]
    listed = ", ".join(f"{x_sym}{_idx(r, col, c)} = {num(v, d)}" for r, col, v in values[: opts.max_terms])
    if rec.kind == "max_pooling2d":
        r, col, _ = max(values, key=lambda t: t[2])  # the first of equal values, as the engine's argmax
        lines = [f"{a_sym}[i,j,c] = max over the window of {x_sym}", listed,
                 f"{a_sym}{where} = max(…) = {num(a, d)}  ← {x_sym}{_idx(r, col, c)}"]
        note = translate("Walkthrough", "Max pooling keeps the strongest response of each window: the feature is "
                                        "still there, the map is smaller, and small shifts of the input matter less.")
        title = fill(translate("Walkthrough", "Max pooling at %1"), f"{a_sym}{where}")
        extra = {"winner": (r, col)}
    else:
        lines = [f"{a_sym}[i,j,c] = mean over the window of {x_sym}", listed,
                 f"{a_sym}{where} = ({' + '.join(num(v, d) for _, _, v in values[: opts.max_terms])}"
                 f"{' + …' if len(values) > opts.max_terms else ''}) / {len(values)} = {num(a, d)}"]
        note = translate("Walkthrough", "Average pooling keeps the mean of each window: a smaller, smoother map.")
        title = fill(translate("Walkthrough", "Average pooling at %1"), f"{a_sym}{where}")
        extra = {}
    here = flat_index(shape, i, j, c)
    marks = [(inc.source_id, flat_index(inc.inputs.shape[1:], r, col, c)) for r, col, _ in values]
    values_out = {f"{a_sym}{where}": float(a)}
    if extra:
        r, col = extra["winner"]
        values_out["winner"] = float(flat_index(inc.inputs.shape[1:], r, col, c))
    return Step("forward", title, lines, note, lid, [(lid, here)] + marks, labels={(lid, here): f"a={num(a, d)}"},
                values=values_out)


def _flatten_forward(trace, rec, s, names: Names, opts: Options) -> Step:
    d = opts.digits
    inc = rec.inbound[0]
    h, w, ch = inc.inputs.shape[1:]
    x_sym, a_sym = _sym(names, "a", inc.source_id), _sym(names, "a", rec.layer_id)
    lines = [f"{a_sym}[(i·{w} + j)·{ch} + c] = {x_sym}[i,j,c]"]
    for k in range(min(4, h * w * ch)):
        i, rest = divmod(k, w * ch)
        j, c = divmod(rest, ch)
        lines.append(f"{a_sym}{_idx(k)} = {x_sym}{_idx(i, j, c)} = {num(rec.a[s, k], d)}")
    lines.append(f"… {h}×{w}×{ch} = {h * w * ch}")
    return Step("forward", fill(translate("Walkthrough", "Flatten %1"), names.layer_word(rec.layer_id)), lines,
                translate("Walkthrough", "Flatten only reorders: the maps are read row by row, all channels of a pixel "
                                         "together, into one vector for the dense layers. Nothing is computed."),
                rec.layer_id, [(rec.layer_id, k) for k in range(min(4, h * w * ch))])


# -- backward -----------------------------------------------------------------------------------------


def backward_steps(trace: StepTrace, frec: ForwardRecord, brec: BackwardRecord, s: int, names: Names,
                   opts: Options) -> list[Step]:
    if frec.kind == "flatten":
        return [_flatten_backward(trace, frec, brec, s, names, opts)]
    i, j, c = followed(frec, s, opts)
    if frec.kind == "conv2d":
        return _conv_backward(trace, frec, brec, s, i, j, c, names, opts)
    return [_pool_backward(trace, frec, brec, s, i, j, c, names, opts)]


def _flatten_backward(trace, frec, brec, s, names: Names, opts: Options) -> Step:
    d = opts.digits
    inc = frec.inbound[0]
    shape = inc.inputs.shape[1:]
    a_sym, x_sym = _sym(names, "a", frec.layer_id), _sym(names, "a", inc.source_id)
    g = brec.dL_da[s]
    lines = [f"dL/d{x_sym}[i,j,c] = dL/d{a_sym}[(i·{shape[1]} + j)·{shape[2]} + c]"]
    for k in range(min(3, len(g))):
        i, rest = divmod(k, shape[1] * shape[2])
        j, c = divmod(rest, shape[2])
        lines.append(f"dL/d{x_sym}{_idx(i, j, c)} = {num(g[k], d)}")
    return Step("backward", fill(translate("Walkthrough", "Gradient through %1"), names.layer_word(frec.layer_id)),
                lines, translate("Walkthrough", "Backward, Flatten puts each gradient back at the pixel it came from."),
                frec.layer_id, [(frec.layer_id, k) for k in range(min(3, len(g)))],
                values={f"dL/d{x_sym}{_idx(0, 0, 0)}": float(g[0])})


def _pool_backward(trace, frec, brec, s, i, j, c, names: Names, opts: Options) -> Step:
    d = opts.digits
    inc = frec.inbound[0]
    a_sym, x_sym = _sym(names, "a", frec.layer_id), _sym(names, "a", inc.source_id)
    where = _idx(i, j, c)
    g = brec.dL_da[s, i, j, c]
    window = [(r, col, float(px[c])) for _, _, r, col, px in _window(frec, inc.inputs[s], i, j) if r >= 0]
    source = trace.backward_of(inc.source_id) if inc.source_id != trace.input_id else None
    lines = [f"dL/d{a_sym}{where} = {num(g, d)}"]
    if frec.kind == "max_pooling2d":
        r, col, _ = max(window, key=lambda t: t[2])
        winner = translate("Walkthrough", "the winner")
        lines.append(f"dL/d{x_sym}{_idx(r, col, c)} += {num(g, d)}  ({winner})")
        lines.append(translate("Walkthrough", "every other input of the window: + 0"))
        if source is not None:
            lines.append(f"dL/d{x_sym}{_idx(r, col, c)} = {num(source.dL_da[s, r, col, c], d)}")
        note = translate("Walkthrough", "Only the input that won the window influenced the output, so the whole "
                                        "gradient goes back to it; the others get none.")
        marks = [(inc.source_id, flat_index(inc.inputs.shape[1:], r, col, c))]
    else:
        share = g / len(window)
        lines.append(f"dL/d{x_sym}[each of the {len(window)}] += {num(g, d)} / {len(window)} = {num(share, d)}")
        note = translate("Walkthrough", "Every input of the window counted equally in the mean, so each gets an equal "
                                        "share of the gradient.")
        marks = [(inc.source_id, flat_index(inc.inputs.shape[1:], r, col, c)) for r, col, _ in window]
    here = flat_index(frec.a.shape[1:], i, j, c)
    return Step("backward", fill(translate("Walkthrough", "Gradient through the pooling at %1"), f"{a_sym}{where}"),
                lines, note, frec.layer_id, [(frec.layer_id, here)] + marks,
                values={f"dL/d{a_sym}{where}": float(g)})


def _conv_backward(trace, frec, brec, s, i, j, f, names: Names, opts: Options) -> list[Step]:
    d = opts.digits
    lid = frec.layer_id
    z_sym, a_sym = _sym(names, "z", lid), _sym(names, "a", lid)
    where = _idx(i, j, f)
    fp = float(brec.f_prime[s, i, j, f])
    delta = float(brec.delta[s, i, j, f])
    lines = frec.function.worked_derivative(f"{z_sym}{where}", f"{a_sym}{where}", frec.z[s, i, j, f],
                                            frec.a[s, i, j, f], fp, d)
    lines.append(frec.function.worked_delta(f"δ{names.prefix(lid)}{where}", f"{a_sym}{where}", f"{z_sym}{where}",
                                            float(brec.dL_da[s, i, j, f]), fp, delta, d))
    here = flat_index(frec.a.shape[1:], i, j, f)
    steps = [Step("backward", fill(translate("Walkthrough", "Error signal %1"), f"δ{names.prefix(lid)}{where}"),
                  [line for line in lines if line],
                  translate("Walkthrough", "δ is the gradient of the loss with respect to the weighted sum z: dL/da · da/dz."),
                  lid, [(lid, here)], labels={(lid, here): f"δ={num(delta, d)}"},
                  values={f"δ{names.prefix(lid)}{where}": delta})]
    for inc in frec.inbound:
        kh, kw, cin, _ = inc.weights.shape
        p, q, ch = kh // 2, kw // 2, 0
        x_sym = _sym(names, "a", inc.source_id)
        g = brec.dW[inc.connection_id][p, q, ch, f]
        oh, ow = frec.a.shape[1:3]
        terms = []
        for ii in range(oh):
            for jj in range(ow):
                window = _window(frec, inc.inputs[s], ii, jj)
                pixel = next(px for pp, qq, _, _, px in window if (pp, qq) == (p, q))
                value = 0.0 if pixel is None else float(pixel[ch])
                if len(terms) < 4:
                    terms.append(f"{paren(brec.delta[s, ii, jj, f], d)}×{num(value, d)}")
        count = fill(translate("Walkthrough", "%1 terms"), oh * ow * trace.batch_size)
        k_sym = f"K{_idx(p, q, ch, f)}"
        steps.append(Step(
            "backward", fill(translate("Walkthrough", "Gradient of the kernel weight %1"), k_sym),
            [f"dL/d{k_sym} = Σ_i,j δ[i,j,{f + 1}] · {x_sym}[i·s + {p + 1}, j·s + {q + 1}, {ch + 1}]",
             f"dL/d{k_sym} = {' + '.join(terms)} + … ({count}) = {num(g, d)}"],
            translate("Walkthrough", "A kernel weight is used at every position of the map, so its gradient adds up "
                                     "the δ of every position times the input pixel the weight met there."),
            lid, [(lid, here)], [(inc.connection_id, -1, -1)], values={f"dL/d{k_sym}": float(g)}))
    if brec.db is not None:
        steps.append(Step(
            "backward", fill(translate("Walkthrough", "Gradient of %1"), f"b{_idx(f)}"),
            [f"dL/db{_idx(f)} = Σ_i,j δ[i,j,{f + 1}] = {num(brec.db[f], d)}"],
            translate("Walkthrough", "The bias is added at every position, so its gradient is the sum of the map's δ."),
            lid, [(lid, here)], values={f"dL/db{_idx(f)}": float(brec.db[f])}))
    return steps


# -- update -----------------------------------------------------------------------------------------


def update_steps(trace: StepTrace, rec: ForwardRecord, s: int, names: Names, opts: Options) -> list[Step]:
    """The optimizer's update of the followed filter's centre weight and bias (every weight alike)."""
    d = opts.digits
    i, j, f = followed(rec, s, opts)
    lines = trace.optimizer.rule_for("w")
    lines[-1] += f",  {trace.optimizer.settings_text(d)}"
    total = 0
    for inc in rec.inbound:
        kh, kw, _, _ = inc.weights.shape
        index = (kh // 2, kw // 2, 0, f)
        grad = trace.backward_of(rec.layer_id).dW_total[inc.connection_id][index]
        lines.append(worked_update(trace, f"K{_idx(*index)}", "weights", inc.connection_id, index, grad, d))
        total += inc.weights.size
    if rec.bias is not None:
        grad = trace.backward_of(rec.layer_id).db[f]
        lines.append(worked_update(trace, f"b{_idx(f)}", "biases", rec.layer_id, f, grad, d))
    lines.append("… " + fill(translate("Walkthrough", "%1 more weights, updated the same way"), max(total - 1, 0)))
    return [Step("update", fill(translate("Walkthrough", "Update the filters of %1"), names.layer_word(rec.layer_id)),
                 lines, translate("Walkthrough", "Each weight takes a small step against its gradient, downhill on the loss."),
                 rec.layer_id, edges=[(inc.connection_id, -1, -1) for inc in rec.inbound])]

