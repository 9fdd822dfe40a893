"""A training run recorded for replay: the parameters at a bounded number of moments.

The app records every run (the session adds a moment at the start, at every report it sends and at
every epoch's end); a timeline then scrubs through it and "Restore this moment" puts those parameters
back into the document. Memory stays bounded: past ``limit`` moments, every other moment between the
first and the last is dropped (the spacing doubles, the whole run stays covered), and the same thinning
fits a recording under a size for saving it with the file.

A moment's parameters are the run's own values (copies, in the network's dtype as float64 arrays), so
restoring one gives exactly what training had.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .parameters import Parameters


@dataclass
class Moment:
    step: int  # global step (mini-batches trained), 0 before the first
    epoch: float  # epochs completed, with the fraction of the current one
    loss: float  # the last batch's loss (NaN before the first step)
    parameters: Parameters

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for d in (self.parameters.weights, self.parameters.biases, self.parameters.alphas)
                   for a in d.values())


class Recording:
    """Moments of one run in step order: at most ``limit`` evenly spaced ones, and always the latest."""

    def __init__(self, limit: int = 400) -> None:
        self.limit = limit
        #: Keep a new moment once it is this many steps after the last kept one; doubles with each thinning.
        self.spacing = 1
        self._kept: list[Moment] = []
        self._latest: Moment | None = None

    def add(self, moment: Moment) -> None:
        """Keep ``moment`` if it is far enough from the last one kept; it is the latest either way."""
        if self._kept and moment.step - self._kept[-1].step < self.spacing:
            self._latest = moment if moment.step != self._kept[-1].step else None
            if moment.step == self._kept[-1].step:
                self._kept[-1] = moment
            return
        self._kept.append(moment)
        self._latest = None
        if len(self._kept) > self.limit:
            self.thin()

    def thin(self) -> None:
        """Drop every other moment (the first stays) and double the spacing of the ones to come."""
        if len(self._kept) > 1:
            last = self._kept[-1]
            self._kept = self._kept[::2]
            if self._kept[-1] is not last:
                self._latest = self._latest or last
            self.spacing *= 2

    @property
    def moments(self) -> list[Moment]:
        return self._kept + ([self._latest] if self._latest is not None else [])

    @property
    def steps(self) -> list[int]:
        return [m.step for m in self.moments]

    def at(self, step: int) -> Moment | None:
        """The latest moment at or before ``step`` (the first one before it all)."""
        moments = self.moments
        if not moments:
            return None
        k = bisect.bisect_right([m.step for m in moments], step) - 1
        return moments[max(k, 0)]

    @property
    def nbytes(self) -> int:
        return sum(m.nbytes for m in self.moments)

    def fitted(self, max_bytes: int) -> "Recording":
        """A copy thinned until it takes at most ``max_bytes`` (the first and the latest moments stay while
        they fit; an empty recording when not even one moment does)."""
        out = Recording(self.limit)
        out._kept, out._latest, out.spacing = list(self._kept), self._latest, self.spacing
        while out.nbytes > max_bytes and len(out.moments) > 2:
            out.thin()
            if out.nbytes > max_bytes and len(out._kept) == 1:
                break
        if out.nbytes > max_bytes:
            latest = out.moments[-1] if out.moments else None
            out._kept, out._latest = ([latest] if latest is not None and latest.nbytes <= max_bytes else []), None
        return out
