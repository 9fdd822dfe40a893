"""A lesson's goals and how they are checked, on the network itself, through :mod:`netbuilder.api`.

Each goal is one :class:`Goal` (its kind and numbers, as the lesson file gives them); a
:class:`Checker` measures them on a network — loss and accuracy with :func:`netbuilder.api.evaluate`,
outputs with :func:`netbuilder.api.predict`, sizes and weights from the model — and returns one
:class:`GoalResult` per goal: met or not, the figure, and a sentence. Nothing here trains: the goals are
about the network as it is. A network that cannot be measured (it does not fit the data, say) fails the
goal with the reason; checking never raises for a bad network.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import api
from ..i18n import fill, translate
from ..model.network import Network
from ..notation import num
from .locks import hidden_layers, hidden_neurons

#: goal kind -> the fields it takes besides "kind" and "label" (required ones first).
GOAL_FIELDS: dict[str, tuple[str, ...]] = {
    "accuracy": ("at_least",),
    "loss": ("at_most", "function"),
    "hidden_neurons": ("at_least", "at_most"),
    "hidden_layers": ("at_least", "at_most"),
    "parameters": ("at_least", "at_most"),
    "outputs": ("cases", "tolerance"),
    "weight": ("connection", "row", "column", "value", "tolerance"),
    "untrained": (),
    "walkthrough": (),
}
#: Counts: at least one bound, whole numbers.
COUNT_KINDS = ("hidden_neurons", "hidden_layers", "parameters")
DEFAULT_TOLERANCE = {"outputs": 0.01, "weight": 0.0005}

#: Where the app records a lesson's progress in a network file's free-form ``view``.
PROGRESS_KEY = "lesson"


@dataclass(frozen=True)
class Case:
    """One input and the output the network should give for it."""

    input: tuple[float, ...]
    output: tuple[float, ...]


@dataclass(frozen=True)
class Goal:
    kind: str
    at_least: float | None = None
    at_most: float | None = None
    #: loss goals: the loss to measure (default: the network's own)
    function: str | None = None
    cases: tuple[Case, ...] = ()
    tolerance: float | None = None
    connection: str | None = None
    row: int | None = None
    column: int | None = None
    value: float | None = None
    #: The goal in the lesson's own words, by language (optional); else a sentence made from the numbers.
    label: tuple[tuple[str, str], ...] = ()

    @property
    def tol(self) -> float:
        return self.tolerance if self.tolerance is not None else DEFAULT_TOLERANCE.get(self.kind, 0.0)

    def label_in(self, language: str) -> str | None:
        labels = dict(self.label)
        return labels.get(language) or labels.get("en") or next(iter(labels.values()), None)

    def describe(self, language: str = "en") -> str:
        """The goal as a sentence: "Accuracy at least 0.95", or the lesson's own label."""
        own = self.label_in(language)
        if own:
            return own
        k = self.kind
        if k == "accuracy":
            return fill(translate("Lessons", "Accuracy at least %1"), num(self.at_least))
        if k == "loss":
            if self.function:
                return fill(translate("Lessons", "Loss (%2) at most %1"), num(self.at_most), self.function)
            return fill(translate("Lessons", "Loss at most %1"), num(self.at_most))
        if k in COUNT_KINDS:
            what = {"hidden_neurons": translate("Lessons", "Hidden neurons"),
                    "hidden_layers": translate("Lessons", "Hidden layers"),
                    "parameters": translate("Lessons", "Parameters")}[k]
            if self.at_least is not None and self.at_most is not None:
                return fill(translate("Lessons", "%1: from %2 to %3"), what, _count(self.at_least), _count(self.at_most))
            if self.at_most is not None:
                return fill(translate("Lessons", "%1: at most %2"), what, _count(self.at_most))
            return fill(translate("Lessons", "%1: at least %2"), what, _count(self.at_least))
        if k == "outputs":
            if len(self.cases) == 1:
                case = self.cases[0]
                return fill(translate("Lessons", "For the input (%1) the output is %2 (± %3)"), _values(case.input),
                            _values(case.output), num(self.tol))
            return fill(translate("Lessons", "The right outputs for %1 inputs (± %2)"), len(self.cases), num(self.tol))
        if k == "weight":
            return fill(translate("Lessons", "Weight %1 is %2 (± %3)"), self.edge_text(), num(self.value, 6),
                        num(self.tol))
        if k == "untrained":
            return translate("Lessons", "Solved by hand, without training")
        if k == "walkthrough":
            return translate("Lessons", "The walkthrough stepped to its last step")
        return k

    def edge_text(self, net: Network | None = None) -> str:
        if net is not None and self.connection in net.connections:
            conn = net.connections[self.connection]
            return f"{net.layers[conn.source].name} {self.row + 1} → {net.layers[conn.target].name} {self.column + 1}"
        return f"{self.connection}[{self.row}][{self.column}]"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for name in GOAL_FIELDS[self.kind]:
            value = getattr(self, name)
            if name == "cases":
                out["cases"] = [{"input": list(c.input), "output": list(c.output)} for c in value]
            elif value is not None:
                out[name] = value
        if self.label:
            out["label"] = dict(self.label)
        return out


def _count(value: float) -> str:
    return f"{int(value):,}"


def _values(values) -> str:
    return ", ".join(num(v) for v in values)


@dataclass
class GoalResult:
    goal: Goal
    met: bool
    #: the figure measured (accuracy, loss, count, the output, the weight), None if it could not be measured
    value: float | None
    #: the goal as a sentence (the lesson's label, or one made from the numbers)
    description: str
    #: what was measured, as words: "0.9812 on the test data", "3 of 4 right", "cannot be measured: …"
    figure: str

    @property
    def text(self) -> str:
        return f"{self.description}: {self.figure}"

    def to_json(self) -> dict[str, Any]:
        return {"goal": self.goal.to_json(), "met": self.met, "value": self.value, "description": self.description,
                "figure": self.figure}


def lesson_progress(net: Network, lesson_id: str) -> dict[str, Any]:
    """What the app recorded in ``net``'s view about the lesson ``lesson_id`` (empty if nothing)."""
    entry = net.view.get(PROGRESS_KEY) if isinstance(net.view, dict) else None
    if isinstance(entry, dict) and entry.get("id") == lesson_id:
        return entry
    return {}


def record_progress(net: Network, lesson_id: str, **progress: Any) -> bool:
    """Record progress (``walkthrough_finished=True``) in ``net``'s view; True if anything changed."""
    view = dict(net.view) if isinstance(net.view, dict) else {}
    entry = dict(lesson_progress(net, lesson_id)) or {"id": lesson_id}
    new = {**entry, **progress}
    if new == view.get(PROGRESS_KEY):
        return False
    view[PROGRESS_KEY] = new
    net.set_settings(view=view)
    return True


class Checker:
    """Measures a lesson's goals on networks, keeping the loaded data between checks (MNIST loads once).

    ``data`` is the dataset description the goals are measured on when the network's own does not count
    (the lesson locks its data, or the network names none), read relative to ``data_dir``.
    """

    def __init__(self, goals, lesson_id: str, data: dict | None = None, data_dir: str | Path | None = None):
        self.goals = tuple(goals)
        self.lesson_id = lesson_id
        self.data = data
        self.data_dir = Path(data_dir) if data_dir else None
        self.lock_data = False
        self._cache: dict[tuple[str, str], Any] = {}

    def dataset(self, net: Network, base_dir: str | Path | None = None):
        """The data the goals are measured on: the lesson's when it locks its data, else the network's."""
        if self.lock_data or not net.dataset:
            spec, where = self.data, self.data_dir
        else:
            spec, where = net.dataset, Path(base_dir) if base_dir else None
        if not spec:
            raise ValueError(translate("Lessons", "there is no data to measure on"))
        key = (json.dumps(spec, sort_keys=True, default=lambda v: np.asarray(v).tolist()), str(where))
        if key not in self._cache:
            if len(self._cache) > 4:
                self._cache.clear()
            self._cache[key] = api.dataset_for(net, spec, where)
        return self._cache[key]

    def check(self, net: Network, base_dir: str | Path | None = None, language: str = "en") -> list[GoalResult]:
        evaluated: dict[str | None, tuple[dict[str, float], str] | Exception] = {}
        return [self._check(goal, net, base_dir, language, evaluated) for goal in self.goals]

    def _evaluate(self, net: Network, base_dir, function: str | None, evaluated: dict):
        if function not in evaluated:
            try:
                ds = self.dataset(net, base_dir)
                target = net
                if function and function != net.training.loss.name:
                    target = net.copy()
                    target.set_training(loss=function)
                logs = api.evaluate(target, ds)
                evaluated[function] = (logs, ds.test_or_train()[2])
            except Exception as exc:  # noqa: BLE001 - any network at all may be handed in; never raise
                evaluated[function] = exc
        return evaluated[function]

    def _check(self, goal: Goal, net: Network, base_dir, language: str, evaluated: dict) -> GoalResult:
        description = goal.describe(language)

        def result(met: bool, value: float | None, figure: str) -> GoalResult:
            return GoalResult(goal, bool(met), None if value is None else float(value), description, figure)

        def failed(problem: Any) -> GoalResult:
            text = problem.message if hasattr(problem, "message") and problem.message else str(problem)
            if not text and hasattr(problem, "problems"):
                text = " ".join(p.message for p in problem.problems)
            return result(False, None, fill(translate("Lessons", "cannot be measured: %1"), text or type(problem).__name__))

        k = goal.kind
        if k in ("accuracy", "loss"):
            found = self._evaluate(net, base_dir, goal.function if k == "loss" else None, evaluated)
            if isinstance(found, Exception):
                return failed(found)
            logs, which = found
            key = "accuracy" if k == "accuracy" else "loss"
            if key not in logs:
                return failed(translate("Lessons", "the data is not for classification, so there is no accuracy"))
            value = logs[key]
            on = translate("Lessons", "%1 on the test data") if which == "test" \
                else translate("Lessons", "%1 on the training data")
            if not math.isfinite(value):
                return result(False, None, fill(on, num(value)))
            met = value >= goal.at_least if k == "accuracy" else value <= goal.at_most
            return result(met, value, fill(on, num(value)))
        if k in COUNT_KINDS:
            value = {"hidden_neurons": hidden_neurons, "hidden_layers": hidden_layers,
                     "parameters": Network.parameter_count}[k](net)
            met = (goal.at_least is None or value >= goal.at_least) and (goal.at_most is None or value <= goal.at_most)
            return result(met, value, _count(value))
        if k == "outputs":
            try:
                xs = np.array([c.input for c in goal.cases], dtype=np.float64)
                ys = np.atleast_2d(api.predict(net, xs))
            except Exception as exc:  # noqa: BLE001
                return failed(exc)
            targets = [np.asarray(c.output, dtype=np.float64) for c in goal.cases]
            if ys.shape[1] != len(targets[0]):
                return failed(fill(translate("Lessons", "the network gives %1 outputs, the goal expects %2"),
                                   ys.shape[1], len(targets[0])))
            right = [bool(np.all(np.abs(y - t) <= goal.tol + 1e-12)) for y, t in zip(ys, targets)]
            if len(goal.cases) == 1:
                shown = _values(ys[0])
                return result(right[0], float(ys[0][0]), fill(translate("Lessons", "the output is %1"), shown))
            return result(all(right), sum(right), fill(translate("Lessons", "%1 of %2 right"), sum(right), len(right)))
        if k == "weight":
            conn = net.connections.get(goal.connection)
            if conn is None or conn.weights.ndim != 2 or goal.row >= conn.weights.shape[0] \
                    or goal.column >= conn.weights.shape[1]:
                return failed(fill(translate("Lessons", "the network has no weight %1"), goal.edge_text()))
            value = float(conn.weights[goal.row, goal.column])
            met = abs(value - goal.value) <= goal.tol + 1e-12
            return result(met, value, fill(translate("Lessons", "%1 is %2"), goal.edge_text(net), num(value, 6)))
        if k == "untrained":
            runs = len(net.history.runs)
            if runs == 0:
                return result(True, 0, translate("Lessons", "no training run"))
            return result(False, runs, fill(translate("Lessons", "the network was trained (%1 runs): undo the training "
                                                                 "or reset the lesson, then type the values"), runs))
        if k == "walkthrough":
            done = bool(lesson_progress(net, self.lesson_id).get("walkthrough_finished"))
            return result(done, None, translate("Lessons", "done") if done else translate("Lessons", "not yet (F6 opens it)"))
        return failed(k)  # pragma: no cover - kinds are checked on reading


@dataclass
class Report:
    """A network judged against a lesson: every goal, and the locked controls it changed."""

    goals: list[GoalResult]
    violations: list = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(r.met for r in self.goals) and not self.violations
