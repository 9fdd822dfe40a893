"""A list of walkthrough steps and a position in it, observed by the panel: Next, Previous, jump, Restart.

:class:`StepSequence` is the part the network's walkthrough and the chain-rule
warm-up share; :class:`ChainRuleModel` is the warm-up (a car at 15, two cars,
10% tax), whose steps come from the core's
:class:`~netbuilder.explain.chain_rule.ChainRuleExample`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...explain import Step, phase_starts
from ...explain.chain_rule import ChainRuleExample

#: Digits used for the hover texts: enough for any float64 to round-trip.
FULL_DIGITS = 17


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
