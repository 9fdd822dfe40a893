"""One training step explained value by value: steps built from the engine's trace, and their renderings."""

from .render import FORMATS, render
from .steps import PHASES, Options, Step, build_steps, phase_starts

__all__ = ["FORMATS", "PHASES", "Options", "Step", "build_steps", "phase_starts", "render"]
