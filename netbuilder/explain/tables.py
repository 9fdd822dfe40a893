"""The matrices of one layer in a traced step, as tables a panel can show: x, W, b, z, a, δ, dL/dW ...

Every value comes from the trace (a recording of the engine); a table only
names its rows and columns with the walkthrough's symbols and marks the
cells the current step is about. No Qt: the app's matrix view draws these,
and a notebook can print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..engine.trace import StepTrace
from ..i18n import fill, translate
from .steps import Names, Step

#: Which tables each phase shows (all of them with "all tables").
PHASE_TABLES = {
    "forward": ("x", "W", "b", "z", "a"),
    "loss": ("a", "y"),
    "backward": ("x", "W", "dL_da", "f_prime", "delta", "dW", "dW_sample", "db"),
    "update": ("W", "dW", "W_new", "b", "db", "b_new", "alpha_new"),
    "check": ("y_hat_new", "a", "y"),
}
TABLE_ORDER = ("x", "W", "b", "z", "a", "y", "dL_da", "f_prime", "delta", "dW", "dW_sample", "db", "W_new", "b_new",
               "alpha_new", "y_hat_new")


@dataclass
class Table:
    """One matrix of a layer, with the cells the current step is about."""

    kind: str  # "x", "W", "b", "z", "a", "delta", "dW" ... (see TABLE_ORDER)
    key: str  # stable name: "x:<connection id>", "W:<connection id>", "z", "delta" ...
    title: str  # what the caption says, e.g. "W  (Input → Hidden)"
    values: np.ndarray  # always 2-D, float64
    row_names: list[str]
    column_names: list[str]
    #: Cells of the current step, (row, column); a row or column of -1 marks the whole column or row.
    marked: set[tuple[int, int]] = field(default_factory=set)
    #: 0 where an edge was removed (a masked connection), same shape as ``values``.
    mask: np.ndarray | None = None
    note: str = ""
    #: A longer description for the caption's hover text (which connection, which layer).
    description: str = ""


def layer_tables(trace: StepTrace, names: Names, layer_id: str, phase: str, step: Step | None = None,
                 sample: int = 0, every: bool = False, follow: dict[str, int] | None = None) -> list[Table]:
    """The tables of ``layer_id`` for ``phase`` (every table with ``every``), marked for ``step``."""
    t = trace
    try:
        rec = t.forward_of(layer_id)
        brec = t.backward_of(layer_id)
    except StopIteration:
        return []
    if rec.kind != "dense":
        return _image_tables(t, rec, brec, min(sample, t.batch_size - 1), phase, every, follow or {})
    n = t.batch_size
    s = min(sample, n - 1)
    units = rec.z.shape[1]
    samples = [fill(translate("Walkthrough", "sample %1"), k + 1) for k in range(n)] if n > 1 else [""]
    a_names = [names.a(layer_id, j) for j in range(units)]
    z_names = [names.z(layer_id, j) for j in range(units)]
    d_names = [names.delta(layer_id, j) for j in range(units)]
    b_names = [names.b(layer_id, j) for j in range(units)]
    one = [""]
    out = layer_id == t.output_id
    name = t.names.get(layer_id, layer_id)
    tables: list[Table] = []

    def add(kind, key, title, values, rows, cols, mask=None, note="", description=""):
        values = np.asarray(values, dtype=np.float64)
        if values.ndim == 1:
            values = values.reshape(1, -1)
        tables.append(Table(kind, key, title, values, rows, cols, mask=mask, note=note,
                            description=description or fill(translate("Walkthrough", "layer “%1”"), name)))

    for inc in rec.inbound:
        src = t.names.get(inc.source_id, inc.source_id)
        src_names = [names.a(inc.source_id, i) for i in range(inc.weights.shape[0])]
        suffix = f" ← {src}" if len(rec.inbound) > 1 else ""
        where = fill(translate("Walkthrough", "the connection “%1” → “%2”"), src, name)
        mask = inc.mask
        cid = inc.connection_id
        x_title = "x" if inc.source_id == t.input_id else f"a ({src})"
        add("x", f"x:{cid}", x_title, inc.inputs, samples, src_names,
            description=fill(translate("Walkthrough", "what layer “%1” receives from “%2”"), name, src))
        add("W", f"W:{cid}", "W" + suffix, inc.weights, src_names, a_names, mask, description=where)
        add("dW", f"dW:{cid}", "dL/dW" + suffix, brec.dW_total[cid], src_names, a_names, mask,
            translate("Walkthrough", "summed over the batch (δ holds the 1/n)") if n > 1 else "", description=where)
        if n > 1:
            add("dW_sample", f"dWs:{cid}", fill(translate("Walkthrough", "sample %1's part of dL/dW"), s + 1) + suffix,
                t.sample_dW(cid, s), src_names, a_names, mask, description=where)
        add("W_new", f"Wn:{cid}", translate("Walkthrough", "W after the update") + suffix, t.after.weights[cid],
            src_names, a_names, mask, description=where)
    if rec.bias is not None:
        add("b", "b", "b", rec.bias, one, b_names)
        if brec.db is not None:
            add("db", "db", "dL/db", brec.db, one, b_names)
        add("b_new", "b_new", translate("Walkthrough", "b after the update"), t.after.biases[layer_id], one, b_names)
    add("z", "z", "z", rec.z, samples, z_names)
    add("a", "a", "ŷ" if out else "a", rec.a, samples, a_names)
    if out:
        add("y", "y", translate("Walkthrough", "target y"), t.y, samples, a_names)
        add("y_hat_new", "y_hat_new", translate("Walkthrough", "ŷ after the update"), t.y_hat_after, samples, a_names)
    add("dL_da", "dL_da", "dL/dŷ" if out else "dL/da", brec.dL_da, samples, a_names)
    if brec.f_prime.ndim == 3:
        add("jacobian", "f_prime", fill(translate("Walkthrough", "softmax Jacobian ∂ŷᵢ/∂zⱼ, sample %1"), s + 1),
            brec.f_prime[s], a_names, z_names)
    elif not brec.fused:
        add("f_prime", "f_prime", "f'(z)", brec.f_prime, samples, z_names)
    add("delta", "delta", "δ = dL/dz", brec.delta, samples, d_names)
    if brec.dalpha is not None:
        add("alpha_new", "alpha_new", translate("Walkthrough", "α after the update"), t.after.alphas[layer_id], one, a_names)

    wanted = TABLE_ORDER if every else PHASE_TABLES.get(phase, TABLE_ORDER)
    tables = [tb for tb in tables if _family(tb.kind) in wanted]
    tables.sort(key=lambda tb: wanted.index(_family(tb.kind)))
    if step is not None:
        _mark(trace, tables, layer_id, step, s, n)
    return tables


def _family(kind: str) -> str:
    return "f_prime" if kind == "jacobian" else kind


def _mark(trace: StepTrace, tables: list[Table], layer_id: str, step: Step, s: int, n: int) -> None:
    mine = {j for lid, j in step.neurons if lid == layer_id}
    sources = {(lid, i) for lid, i in step.neurons if lid != layer_id}
    edges: dict[str, set] = {}
    whole = set()
    for cid, i, j in step.edges:
        if i < 0:
            whole.add(cid)
        else:
            edges.setdefault(cid, set()).add((i, j))
    for tb in tables:
        cid = tb.key.split(":", 1)[1] if ":" in tb.key else None
        if tb.kind in ("W", "dW", "dW_sample", "W_new"):
            tb.marked = {(i, -1) for i in range(tb.values.shape[0])} if cid in whole else set(edges.get(cid, set()))
        elif tb.kind == "x":
            inc = next((c for c in trace.forward_of(layer_id).inbound if c.connection_id == cid), None)
            cols = {i for lid, i in sources if inc is not None and lid == inc.source_id}
            cols |= {i for i, _ in edges.get(cid, set())}
            tb.marked = {(s if n > 1 else 0, i) for i in cols}
        elif tb.kind == "jacobian":
            tb.marked = {(j, j) for j in mine}
        else:
            row = s if tb.values.shape[0] == n and n > 1 else 0
            tb.marked = {(row, j) for j in mine if j < tb.values.shape[1]}


def _image_tables(t: StepTrace, rec, brec, s: int, phase: str, every: bool, follow: dict[str, int]) -> list[Table]:
    """A convolution's or pooling layer's maps at the followed channel, as tables (rows and columns of the image),
    with the followed position marked; a Flatten layer's vector."""
    from .image_steps import followed
    from .steps import Options

    name = t.names.get(rec.layer_id, rec.layer_id)
    where = fill(translate("Walkthrough", "layer “%1”"), name)
    if rec.kind == "flatten":
        values = np.asarray(rec.a[s], dtype=np.float64).reshape(1, -1)
        return [Table("a", "a", "a", values, [""], [str(k + 1) for k in range(values.shape[1])], description=where)]
    i, j, c = followed(rec, s, Options(follow=follow))
    h, w = rec.a.shape[1:3]
    rows, cols = [str(r + 1) for r in range(h)], [str(q + 1) for q in range(w)]
    tables = []

    def add(kind, title, values, marked, row_names=rows, col_names=cols):
        tables.append(Table(kind, kind, title, np.asarray(values, dtype=np.float64), row_names, col_names,
                            marked=marked, description=where))

    channel = fill(translate("Walkthrough", "channel %1"), c + 1)
    if rec.kind == "conv2d":
        inc = rec.inbound[0]
        kh, kw = inc.weights.shape[:2]
        add("W", f"K[:, :, 1, {c + 1}]", inc.weights[:, :, 0, c], set(), [str(p + 1) for p in range(kh)],
            [str(q + 1) for q in range(kw)])
        add("z", f"z · {channel}", rec.z[s, :, :, c], {(i, j)})
    add("a", f"a · {channel}", rec.a[s, :, :, c], {(i, j)})
    add("dL_da", f"dL/da · {channel}", brec.dL_da[s, :, :, c], {(i, j)})
    if rec.kind == "conv2d":
        add("delta", f"δ · {channel}", brec.delta[s, :, :, c], {(i, j)})
        inc = rec.inbound[0]
        kh, kw = inc.weights.shape[:2]
        add("dW", f"dL/dK[:, :, 1, {c + 1}]", brec.dW_total[inc.connection_id][:, :, 0, c], set(),
            [str(p + 1) for p in range(kh)], [str(q + 1) for q in range(kw)])
    wanted = TABLE_ORDER if every else PHASE_TABLES.get(phase, TABLE_ORDER)
    return [tb for tb in tables if tb.kind in wanted]
