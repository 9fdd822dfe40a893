"""What the walkthrough panel shows, apart from its widgets: settings, the trace, the steps, the position.

:class:`WalkthroughModel` turns the open network and the learner's choices
(which samples, typed inputs, loss, learning rate, precision, the sample and
neuron to follow) into an engine :class:`~netbuilder.engine.trace.StepTrace`
and the walkthrough's :class:`~netbuilder.walkthrough.Step` list, and keeps a
position in it. Every number comes from the trace and the steps; nothing
here computes a forward or backward pass of its own.

When the network changes underneath (an edit on the canvas, undo, a file
opened, the walkthrough's own update applied), the trace is rebuilt from the
network as it now is: the walkthrough follows the document rather than
locking it. The position is kept when the network kept its shape (only
values changed) and goes back to the first step otherwise.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ... import api
from ...engine.trace import StepTrace, trace_step
from ...i18n import fill, translate
from ...explain import Options, Step, build_steps, phase_starts, render
from ...explain.steps import Names
from ..commands import SetParameters
from ..document import Document
from .chain_rule import ChainRuleExample

#: Digits used for the hover texts: enough for any float64 to round-trip.
FULL_DIGITS = 17


def tr(text: str) -> str:
    return translate("Walkthrough", text)


class StepSequence(QObject):
    """A list of steps and a position in it: Next, Previous, jump to a phase, Restart."""

    #: The steps were rebuilt (new trace, other options).
    stepsChanged = Signal()
    #: The current step changed (its index).
    positionChanged = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.steps: list[Step] = []
        #: The same steps at full precision, for the hover texts (same order, same structure).
        self.full_steps: list[Step] = []
        self.index = 0
        self.digits = 4

    @property
    def count(self) -> int:
        return len(self.steps)

    @property
    def current(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    @property
    def current_full(self) -> Step | None:
        return self.full_steps[self.index] if self.index < len(self.full_steps) else None

    @property
    def at_start(self) -> bool:
        return self.index <= 0

    @property
    def at_end(self) -> bool:
        return self.index >= self.count - 1

    def phase_starts(self) -> dict[str, int]:
        return phase_starts(self.steps)

    def go(self, index: int) -> None:
        if not self.steps:
            return
        index = min(max(int(index), 0), self.count - 1)
        if index != self.index:
            self.index = index
            self.positionChanged.emit(index)

    def next(self) -> bool:
        if self.at_end:
            return False
        self.go(self.index + 1)
        return True

    def previous(self) -> bool:
        if self.at_start:
            return False
        self.go(self.index - 1)
        return True

    def restart(self) -> None:
        self.go(0)

    def jump(self, phase: str) -> bool:
        start = self.phase_starts().get(phase)
        if start is None:
            return False
        self.go(start)
        return True

    def set_digits(self, digits: int) -> None:
        digits = min(max(int(digits), 1), FULL_DIGITS)
        if digits != self.digits:
            self.digits = digits
            self._rebuild_steps(keep=True)

    def _rebuild_steps(self, keep: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _set_steps(self, steps: list[Step], full: list[Step], keep: bool) -> None:
        self.steps, self.full_steps = steps, full
        old = self.index
        self.index = min(old, len(steps) - 1) if keep and steps else 0
        self.stepsChanged.emit()
        self.positionChanged.emit(self.index)


class ChainRuleModel(StepSequence):
    """The warm-up: a car at 15, two cars, 10% tax."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.example = ChainRuleExample()
        self._rebuild_steps(keep=False)

    def _rebuild_steps(self, keep: bool) -> None:
        self._set_steps(self.example.steps(self.digits), self.example.steps(FULL_DIGITS), keep)


@dataclass
class Table:
    """One matrix of the current layer, with the cells the current step is about."""

    kind: str  # "x", "W", "b", "z", "a", "delta", "dW" ... (see TABLE_ORDER)
    key: str  # stable name: "x:<connection id>", "W:<connection id>", "z", "delta" ...
    title: str  # what the caption says, e.g. "W  (Input → Hidden)"
    values: np.ndarray  # always 2-D
    row_names: list[str]
    column_names: list[str]
    #: Cells of the current step, (row, column); a row or column of -1 marks the whole column or row.
    marked: set[tuple[int, int]] = field(default_factory=set)
    #: 0 where an edge was removed (a masked connection), same shape as ``values``.
    mask: np.ndarray | None = None
    note: str = ""
    #: A longer description for the caption's hover text (which connection, which layer).
    description: str = ""


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

_SPLIT_ROWS = re.compile(r"[;\n]")
_SPLIT_ITEMS = re.compile(r"[,\s]+")


def parse_rows(text: str) -> np.ndarray:
    """'0.1, 0.2' or '0.1 0.2; 0.3 0.1' (one row per sample) as a 2-D array; ValueError with a message."""
    from ..values import parse_number

    rows = []
    for part in _SPLIT_ROWS.split(text):
        items = [t for t in _SPLIT_ITEMS.split(part.strip()) if t]
        if not items:
            continue
        try:
            rows.append([parse_number(t) for t in items])
        except ValueError:
            bad = next(t for t in items if not _is_number(t))
            raise ValueError(fill(tr("“%1” is not a number"), bad)) from None
    if not rows:
        raise ValueError(tr("type at least one number"))
    if len({len(r) for r in rows}) != 1:
        raise ValueError(tr("every sample needs the same number of values"))
    return np.array(rows, dtype=np.float64)


def _is_number(text: str) -> bool:
    from ..values import parse_number

    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def format_row(values) -> str:
    return ", ".join(repr(float(v)) for v in np.ravel(values))


class WalkthroughModel(StepSequence):
    """One training step of the document's network, as steps, with the learner's settings."""

    #: A sentence for the user (an update applied, a file written).
    message = Signal(str)
    #: The samples, loss or learning rate the walkthrough uses changed (for the setup form).
    settingsChanged = Signal()

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = document
        # -- the learner's settings
        self.source = "data"  # or "manual"
        self.sample = 0  # first sample of the batch, 0-based
        self.batch = 1
        self.manual_x: np.ndarray | None = None
        self.manual_y: np.ndarray | None = None
        self.loss: str | None = None  # None: the network's training setting
        self.learning_rate: float | None = None  # None: the network's training setting
        self.shown_sample = 0  # which sample of a mini-batch the per-neuron lines follow
        self.follow: dict[str, int] = {}  # layer id -> neuron index, for layers too large to show whole
        # -- what was built from them
        self.trace: StepTrace | None = None
        self.error: str | None = None
        self.data_error: str | None = None
        self._names: Names | None = None
        self._structure: Any = None
        self._dataset_key: str | None = None
        self._dataset = None
        self._restart_next = False
        self.active = False
        self.dirty = True
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._rebuild_if_active)
        document.changed.connect(self.invalidate)

    # -- data --------------------------------------------------------------------------------------

    @property
    def network(self):
        return self.doc.network

    def dataset(self):
        """The network's data (cached), or None with :attr:`data_error` saying why."""
        net = self.network
        if net.dataset is None:
            self.data_error = tr("This network names no data: type inputs and targets by hand.")
            return None
        base = self.doc.path.parent if self.doc.path else None
        key = json.dumps([net.dataset, str(base)], sort_keys=True, default=_jsonable)
        if key != self._dataset_key:
            self._dataset_key, self._dataset = key, None
            try:
                self._dataset = api.dataset_for(net, None, base)
                self.data_error = None
            except Exception as exc:  # noqa: BLE001 - any reason the data cannot be read is shown, not raised
                self.data_error = fill(tr("The network's data cannot be read: %1"), exc)
        return self._dataset

    @property
    def n_samples(self) -> int:
        ds = self.dataset() if self.source == "data" else None
        return ds.n_samples if ds is not None else 0

    def samples(self) -> tuple[np.ndarray, np.ndarray]:
        """The inputs and targets of the step, one row per sample; ValueError when there are none."""
        if self.source == "data":
            ds = self.dataset()
            if ds is None:
                raise ValueError(self.data_error or tr("no data"))
            start = min(max(self.sample, 0), ds.n_samples - 1)
            stop = min(start + max(self.batch, 1), ds.n_samples)
            x = np.asarray(ds.x[start:stop], dtype=np.float64).reshape(stop - start, -1)
            y = np.asarray(ds.y[start:stop], dtype=np.float64).reshape(stop - start, -1)
            return x, y
        net = self.network
        x = self.manual_x
        y = self.manual_y
        if x is None:
            x = np.zeros((1, net.input_layer.units if net.input_layer else 1))
        if y is None:
            y = np.zeros((len(x), net.output_layer.units if net.output_layer else 1))
        return x, y

    # -- settings ----------------------------------------------------------------------------------

    def set_source(self, source: str) -> None:
        if source not in ("data", "manual"):
            raise ValueError(source)
        if source == "manual" and self.manual_x is None:
            try:
                self.manual_x, self.manual_y = self.samples()
            except ValueError:
                pass
        self.source = source
        self.shown_sample = 0
        self._changed_settings()

    def set_sample(self, index: int, batch: int | None = None) -> None:
        self.sample = max(int(index), 0)
        if batch is not None:
            self.batch = max(int(batch), 1)
        self.shown_sample = min(self.shown_sample, self.batch - 1)
        self._changed_settings()

    def set_batch(self, batch: int) -> None:
        self.set_sample(self.sample, batch)

    def set_manual(self, x: Any, y: Any) -> None:
        """Inputs and targets typed by hand (text as in the form, or arrays); ValueError if they cannot be used."""
        xs = parse_rows(x) if isinstance(x, str) else np.atleast_2d(np.asarray(x, dtype=np.float64))
        ys = parse_rows(y) if isinstance(y, str) else np.atleast_2d(np.asarray(y, dtype=np.float64))
        if len(ys) == 1 and len(xs) > 1:
            ys = np.repeat(ys, len(xs), axis=0)
        if len(xs) != len(ys):
            raise ValueError(fill(tr("%1 input rows but %2 target rows"), len(xs), len(ys)))
        self.manual_x, self.manual_y = xs, ys
        self.source = "manual"
        self.shown_sample = min(self.shown_sample, len(xs) - 1)
        self._changed_settings()

    def set_loss(self, loss: str | None) -> None:
        self.loss = loss or None
        self._changed_settings()

    def set_learning_rate(self, lr: float | None) -> None:
        if lr is not None and not (np.isfinite(lr) and lr > 0):
            raise ValueError(tr("the learning rate must be a positive number"))
        self.learning_rate = None if lr is None else float(lr)
        self._changed_settings()

    def set_shown_sample(self, k: int) -> None:
        self.shown_sample = max(int(k), 0)
        self._rebuild_steps(keep=True)

    def set_follow(self, layer_id: str, neuron: int | None) -> None:
        if neuron is None:
            self.follow.pop(layer_id, None)
        else:
            self.follow[layer_id] = int(neuron)
        self._rebuild_steps(keep=True)

    @property
    def effective_loss(self) -> str:
        return self.loss or self.network.training.loss.name

    @property
    def effective_learning_rate(self) -> float:
        return self.learning_rate if self.learning_rate is not None else self.network.training.learning_rate

    def _changed_settings(self) -> None:
        self.settingsChanged.emit()
        self.rebuild()

    # -- building ----------------------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """The panel is shown (rebuild when needed) or hidden (only note that things changed)."""
        self.active = active
        if active and self.dirty:
            self.rebuild()

    def invalidate(self) -> None:
        """The network changed: rebuild soon (once, however many changes come together)."""
        self.dirty = True
        if self.active:
            self._timer.start()

    def _rebuild_if_active(self) -> None:
        if self.active and self.dirty:
            self.rebuild()

    def flush(self) -> None:
        """Rebuild now if a change is pending (tests, and before an export)."""
        if self.dirty:
            self._timer.stop()
            self.rebuild()

    def options(self, digits: int | None = None) -> Options:
        n = self.trace.batch_size if self.trace is not None else 1
        return Options(digits=self.digits if digits is None else digits, sample=min(self.shown_sample, n - 1),
                       follow=dict(self.follow))

    def _structure_key(self, trace: StepTrace) -> Any:
        net = self.network
        return (
            tuple((r.layer_id, r.z.shape, r.activation) for r in trace.forward),
            tuple((cid, c.shape, None if c.mask is None else c.mask.tobytes()) for cid, c in net.connections.items()),
            trace.x.shape, trace.loss_name,
        )

    def rebuild(self) -> None:
        """Trace the step again from the network as it is now, with the current settings."""
        self.dirty = False
        self._timer.stop()
        try:
            x, y = self.samples()
            trace = trace_step(self.network, x, y, learning_rate=self.learning_rate, loss=self.loss)
        except ValueError as exc:  # NotTrainableError is a ValueError
            self.trace, self._names, self.error = None, None, _sentence(str(exc))
            self._structure = None
            self._set_steps([], [], keep=False)
            return
        self.error = None
        structure = self._structure_key(trace)
        keep = structure == self._structure and not self._restart_next
        self._restart_next = False
        self._structure = structure
        self.trace = trace
        self._names = Names(trace)
        self.shown_sample = min(self.shown_sample, trace.batch_size - 1)
        for lid in list(self.follow):
            if lid not in self._names.units:
                del self.follow[lid]
        self._rebuild_steps(keep)

    def _rebuild_steps(self, keep: bool) -> None:
        if self.trace is None:
            self._set_steps([], [], keep=False)
            return
        self._set_steps(build_steps(self.trace, self.options()), build_steps(self.trace, self.options(FULL_DIGITS)), keep)

    # -- what the current step shows ---------------------------------------------------------------

    def layers(self) -> list[tuple[str, str]]:
        """(layer id, name) of every layer with a step of its own, in forward order."""
        if self.trace is None:
            return []
        return [(r.layer_id, r.name) for r in self.trace.forward]

    def units(self, layer_id: str) -> int:
        return self._names.units.get(layer_id, 0) if self._names else 0

    def is_large(self, layer_id: str) -> bool:
        return self.units(layer_id) > Options().max_neurons

    def symbol(self, layer_id: str, j: int) -> str:
        return self._names.a(layer_id, j) if self._names else str(j + 1)

    def tables(self, layer_id: str | None = None, phase: str | None = None, every: bool = False) -> list[Table]:
        """The matrices of a layer (the current step's by default) for a phase, as tables."""
        t, names, step = self.trace, self._names, self.current
        if t is None or names is None:
            return []
        layer_id = layer_id or (step.layer_id if step else None) or t.output_id
        phase = phase or (step.phase if step else "forward")
        try:
            rec = t.forward_of(layer_id)
            brec = t.backward_of(layer_id)
        except StopIteration:
            return []
        n = t.batch_size
        s = min(self.shown_sample, n - 1)
        units = rec.z.shape[1]
        samples = [fill(tr("sample %1"), k + 1) for k in range(n)] if n > 1 else [""]
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
                                description=description or fill(tr("layer “%1”"), name)))

        for inc in rec.inbound:
            src = t.names.get(inc.source_id, inc.source_id)
            src_names = [names.a(inc.source_id, i) for i in range(inc.weights.shape[0])]
            several = len(rec.inbound) > 1
            suffix = f" ← {src}" if several else ""
            where = fill(tr("the connection “%1” → “%2”"), src, name)
            mask = inc.mask
            cid = inc.connection_id
            x_title = "x" if inc.source_id == t.input_id else f"a ({src})"
            add("x", f"x:{cid}", x_title, inc.inputs, samples, src_names,
                description=fill(tr("what layer “%1” receives from “%2”"), name, src))
            add("W", f"W:{cid}", "W" + suffix, inc.weights, src_names, a_names, mask, description=where)
            grad = brec.dW[cid] + brec.dW_penalty[cid]
            add("dW", f"dW:{cid}", "dL/dW" + suffix, grad, src_names, a_names, mask,
                tr("summed over the batch (δ holds the 1/n)") if n > 1 else "", description=where)
            if n > 1:
                add("dW_sample", f"dWs:{cid}", fill(tr("sample %1's part of dL/dW"), s + 1) + suffix,
                    t.sample_dW(cid, s), src_names, a_names, mask, description=where)
            add("W_new", f"Wn:{cid}", tr("W after the update") + suffix, t.after.weights[cid], src_names, a_names, mask,
                description=where)
        if rec.bias is not None:
            add("b", "b", "b", rec.bias, one, b_names)
            if brec.db is not None:
                add("db", "db", "dL/db", brec.db, one, b_names)
            add("b_new", "b_new", tr("b after the update"), t.after.biases[layer_id], one, b_names)
        add("z", "z", "z", rec.z, samples, z_names)
        add("a", "a", "ŷ" if out else "a", rec.a, samples, a_names)
        if out:
            add("y", "y", tr("target y"), t.y, samples, a_names)
            add("y_hat_new", "y_hat_new", tr("ŷ after the update"), t.y_hat_after, samples, a_names)
        add("dL_da", "dL_da", "dL/dŷ" if out else "dL/da", brec.dL_da, samples, a_names)
        if brec.f_prime.ndim == 3:
            add("jacobian", "f_prime", fill(tr("softmax Jacobian ∂ŷᵢ/∂zⱼ, sample %1"), s + 1), brec.f_prime[s], a_names, z_names)
        elif not brec.fused:
            add("f_prime", "f_prime", "f'(z)", brec.f_prime, samples, z_names)
        add("delta", "delta", "δ = dL/dz", brec.delta, samples, d_names)
        if brec.dalpha is not None:
            add("alpha_new", "alpha_new", tr("α after the update"), t.after.alphas[layer_id], one, a_names)

        wanted = TABLE_ORDER if every else PHASE_TABLES.get(phase, TABLE_ORDER)
        tables = [tb for tb in tables if _family(tb.kind) in wanted]
        tables.sort(key=lambda tb: wanted.index(_family(tb.kind)))
        self._mark(tables, layer_id, step, s, n)
        return tables

    def _mark(self, tables: list[Table], layer_id: str, step: Step | None, s: int, n: int) -> None:
        if step is None:
            return
        mine = {j for lid, j in step.neurons if lid == layer_id}
        sources = {(lid, i) for lid, i in step.neurons if lid != layer_id}
        edges = {}
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
                inc = next((c for c in self.trace.forward_of(layer_id).inbound if c.connection_id == cid), None)
                cols = {i for lid, i in sources if inc is not None and lid == inc.source_id}
                cols |= {i for i, _ in edges.get(cid, set())}
                tb.marked = {(s if n > 1 else 0, i) for i in cols}
            elif tb.kind == "jacobian":
                tb.marked = {(j, j) for j in mine}
            else:
                row = s if tb.values.shape[0] == n and n > 1 else 0
                tb.marked = {(row, j) for j in mine if j < tb.values.shape[1]}

    # -- values, for the tests and the hover texts -------------------------------------------------

    def held_values(self) -> list[float]:
        """Every number the current step shows: its results and the tables of its layer."""
        step = self.current
        values = list(step.values.values()) if step else []
        for tb in self.tables(every=True):
            values.extend(float(v) for v in tb.values.ravel())
        return values

    # -- apply, discard, export --------------------------------------------------------------------

    def apply_update(self) -> bool:
        """Commit the step's updated parameters to the document, as one undoable command."""
        self.flush()
        if self.trace is None:
            return False
        if self.doc.locked:
            self.message.emit(self.doc.locked_reason or tr("The network cannot be changed now."))
            return False
        before, after = self.trace.loss + self.trace.penalty, self.trace.loss_after + self.trace.penalty_after
        command = SetParameters(self.network, self.trace.after, tr("Apply walkthrough update"))
        self._restart_next = True
        if not self.doc.push(command):
            self._restart_next = False
            self.message.emit(self.doc.locked_reason or tr("The network cannot be changed now."))
            return False
        self.flush()
        self.message.emit(fill(tr("Update applied: loss %1 → %2. The walkthrough starts again from the new parameters."),
                               _num(before, self.digits), _num(after, self.digits)))
        return True

    def discard(self) -> None:
        """Leave the network as it is and go back to the first step."""
        self.restart()
        self.message.emit(tr("Nothing was changed: the network keeps its parameters."))

    def render(self, fmt: str) -> str:
        self.flush()
        if self.trace is None:
            raise ValueError(self.error or tr("nothing to export"))
        return render(self.trace, self.steps, fmt, self.digits)

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the walkthrough as Markdown or HTML (the same content as ``netbuilder walkthrough``)."""
        path = Path(path)
        if fmt is None:
            fmt = "html" if path.suffix.lower() in (".html", ".htm") else "markdown"
        text = self.render(fmt)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        self.message.emit(fill(tr("Walkthrough written to %1."), path.name))
        return path


def _family(kind: str) -> str:
    return "f_prime" if kind == "jacobian" else kind


def _num(value: float, digits: int) -> str:
    from ...notation import num

    return num(value, digits)


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]) if text else text


def _jsonable(obj):
    if hasattr(obj, "tolist"):
        return obj.tolist()
    return str(obj)
