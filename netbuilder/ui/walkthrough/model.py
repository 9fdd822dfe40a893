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
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ... import api
from ...data.typed_values import parse_rows
from ...engine.trace import StepTrace, trace_step
from ...explain import Options, build_steps, render
from ...explain.steps import Names
from ...explain.tables import Table, layer_tables
from ...i18n import fill, translate
from ...files import atomic_write_text
from ...notation import num
from ..commands import SetParameters
from ..document import Document
from .sequence import FULL_DIGITS, StepSequence


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
            self.data_error = translate("Walkthrough", "This network names no data: type inputs and targets by hand.")
            return None
        base = self.doc.path.parent if self.doc.path else None
        key = json.dumps([net.dataset, str(base)], sort_keys=True, default=_jsonable)
        if key != self._dataset_key:
            self._dataset_key, self._dataset = key, None
            try:
                self._dataset = api.dataset_for(net, None, base)
                self.data_error = None
            except Exception as exc:  # noqa: BLE001 - any reason the data cannot be read is shown, not raised
                self.data_error = fill(translate("Walkthrough", "The network's data cannot be read: %1"), exc)
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
                raise ValueError(self.data_error or translate("Walkthrough", "no data"))
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
            raise ValueError(fill(translate("Walkthrough", "%1 input rows but %2 target rows"), len(xs), len(ys)))
        self.manual_x, self.manual_y = xs, ys
        self.source = "manual"
        self.shown_sample = min(self.shown_sample, len(xs) - 1)
        self._changed_settings()

    def set_loss(self, loss: str | None) -> None:
        self.loss = loss or None
        self._changed_settings()

    def set_learning_rate(self, lr: float | None) -> None:
        if lr is not None and not (np.isfinite(lr) and lr > 0):
            raise ValueError(translate("Walkthrough", "the learning rate must be a positive number"))
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
        t, step = self.trace, self.current
        if t is None or self._names is None:
            return []
        layer_id = layer_id or (step.layer_id if step else None) or t.output_id
        phase = phase or (step.phase if step else "forward")
        return layer_tables(t, self._names, layer_id, phase, step, self.shown_sample, every, self.follow)

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
            self.message.emit(self.doc.locked_reason or translate("Walkthrough", "The network cannot be changed now."))
            return False
        before, after = self.trace.loss + self.trace.penalty, self.trace.loss_after + self.trace.penalty_after
        command = SetParameters(self.network, self.trace.after, translate("Walkthrough", "Apply walkthrough update"))
        self._restart_next = True
        if not self.doc.push(command):
            self._restart_next = False
            self.message.emit(self.doc.locked_reason or translate("Walkthrough", "The network cannot be changed now."))
            return False
        self.flush()
        self.message.emit(fill(translate("Walkthrough", "Update applied: loss %1 → %2. The walkthrough starts again from the new parameters."),
                               num(before, self.digits), num(after, self.digits)))
        return True

    def discard(self) -> None:
        """Leave the network as it is and go back to the first step."""
        self.restart()
        self.message.emit(translate("Walkthrough", "Nothing was changed: the network keeps its parameters."))

    def render(self, fmt: str) -> str:
        self.flush()
        if self.trace is None:
            raise ValueError(self.error or translate("Walkthrough", "nothing to export"))
        return render(self.trace, self.steps, fmt, self.digits)

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the walkthrough as Markdown or HTML (the same content as ``netbuilder walkthrough``)."""
        path = Path(path)
        if fmt is None:
            fmt = "html" if path.suffix.lower() in (".html", ".htm") else "markdown"
        atomic_write_text(path, self.render(fmt))
        self.message.emit(fill(translate("Walkthrough", "Walkthrough written to %1."), path.name))
        return path


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]) if text else text


def _jsonable(obj):
    if hasattr(obj, "tolist"):
        return obj.tolist()
    return str(obj)
