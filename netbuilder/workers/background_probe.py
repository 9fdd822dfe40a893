"""A watched run's probe computed beside the training loop instead of inside it (a training process's probe).

A :class:`~netbuilder.engine.probes.SnapshotProbe` evaluates the network for the panels: the histograms, one
image's feature maps, the decision boundary, and at every epoch's end the confusion matrices on up to 30,000
images. In the training loop's thread that evaluation held MNIST's training up for about 70 ms an epoch, 9 %
of a run. A training process (:mod:`.remote`) sends its reports from a thread of its own anyway, and the
engine trains the MNIST MLP on one BLAS thread (:mod:`netbuilder.engine.blas`), so a core is free: the
probe's work now runs in that sender thread, on a copy of the network, while training goes on.

- In the training thread, :meth:`BackgroundProbe.__call__` only copies the parameter vector into the copy
  (about 10 µs for MNIST) and notes what the probe will read of the trainer now (its epoch).
- In the sender's thread, :meth:`BackgroundProbe.fill` runs the probe on that copy just before the snapshot
  is sent: reports stay in order, and none leaves before its probe is done.
- The confusion matrices are evaluated twice a second (:data:`EVALUATE_EVERY`), not only at epoch ends.
- While one probe is still waiting or running, a later report goes without one (the panels keep the last
  picture for a moment), except the run's last report: that one waits for it, so the final report is always
  complete, and its final evaluation is made here too (the training thread meanwhile finishes the run).
  The evaluation owed at an epoch's end is made at the next probe that runs.

An error in the probe is raised in the training thread at its next call, so the run fails with its message
as it did when the probe ran there.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine.compiled import CompiledNetwork
from ..engine.probes import SnapshotProbe
from ..engine.snapshot import Snapshot
from ..model.network import Network

#: Seconds between two evaluations beside training (besides those at every epoch's end): MNIST's 30,000 images
#: take ~70 ms of the core training leaves free, and probes come every 0.25 s, so this is twice a second.
EVALUATE_EVERY = 0.45


@dataclass
class _TrainerView:
    """What :class:`SnapshotProbe` reads of a trainer, fixed at the report's moment, with the copy to compute on."""

    compiled: CompiledNetwork
    x: np.ndarray
    y: np.ndarray
    x_val: Any
    y_val: Any
    task: str
    threshold: float
    epoch: int


class BackgroundProbe:
    """Wraps ``probe`` so that its work runs in the thread that calls :meth:`fill`; see the module's docstring."""

    def __init__(self, probe: SnapshotProbe, network: Network) -> None:
        self.probe = probe
        if getattr(probe, "evaluate_every", False) is None:  # there is time for it here: the Metrics panel refreshes twice a second
            probe.evaluate_every = EVALUATE_EVERY
        self._network = network
        self._copy: CompiledNetwork | None = None
        #: Per snapshot (by id) waiting to be sent: what its probe reads, and whether it is the run's last
        #: report to evaluate whatever is drawn.
        self._jobs: dict[int, tuple[_TrainerView, bool]] = {}
        #: Set while a probe waits or runs; the training thread copies parameters only when it is clear.
        self._idle = threading.Event()
        self._idle.set()
        self._error: BaseException | None = None
        #: Reports sent without a probe because the one before was still being computed (for benchmarks).
        self.skipped = 0

    # what the session and the window's requests read and set: the wrapped probe's
    @property
    def wanted(self):
        return self.probe.wanted

    @wanted.setter
    def wanted(self, value) -> None:
        self.probe.wanted = value

    def __call__(self, trainer, snapshot: Snapshot) -> bool:
        """In the training thread: hand the probe of ``snapshot`` to the sender's thread; False when it was
        left out (the one before was still being computed), so the session knows the report is not probed."""
        return self._hand(trainer, snapshot, last=False)

    def probe_last(self, trainer, snapshot: Snapshot) -> bool:
        """The run's last report (the session calls this instead): never left out, it waits for a probe running,
        and it is evaluated (confusion matrices or R²) whatever the panels draw, when the run took a step."""
        return self._hand(trainer, snapshot, last=True)

    def _hand(self, trainer, snapshot: Snapshot, last: bool) -> bool:
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if not self._idle.is_set():
            if not last:
                self.skipped += 1
                return False
            self._idle.wait()  # the last report is complete: wait for the probe before it
        if self._copy is None:
            self._copy = CompiledNetwork(self._network, dtype=str(trainer.compiled.dtype))
        np.copyto(self._copy.flat, trainer.compiled.flat)
        self._idle.clear()
        view = _TrainerView(self._copy, trainer.x, trainer.y, trainer.x_val, trainer.y_val, trainer.task,
                            trainer.threshold, trainer.epoch)
        self._jobs[id(snapshot)] = (view, last and trainer.global_step > 0)
        return True

    def fill(self, snapshot: Snapshot) -> None:
        """In the sender's thread, before ``snapshot`` is sent: run its probe, if it has one."""
        job = self._jobs.pop(id(snapshot), None)
        if job is None:
            return
        view, evaluate = job
        try:
            if evaluate:
                self.probe.evaluate(view, snapshot)
            self.probe(view, snapshot)  # it evaluates only what the snapshot does not hold yet
        except Exception as error:  # noqa: BLE001 - raised again in the training thread, which reports it
            self._error = error
        finally:
            self._idle.set()

    def discard(self, snapshot: Snapshot) -> None:
        """``snapshot`` will not be sent (the window is gone): forget its probe without computing it."""
        if self._jobs.pop(id(snapshot), None) is not None:
            self._idle.set()
