"""Training in the window: the panel, the worker thread, and what a finished run leaves in the document.

- :mod:`.panel`: :class:`TrainingPanel`, the settings and the Start / Pause / Step / Stop buttons;
- :mod:`.runner`: :class:`TrainingRunner`, which runs the panel's requests in a worker thread, feeds the
  live plots and applies a finished run to the document as one undoable step;
- :mod:`.install`: :func:`install_training`, the dock in the main window.
"""

from .install import install_training
from .panel import LIVE_SETTINGS, TrainingPanel
from .runner import TrainingRunner, merge_snapshots, run_text

__all__ = ["LIVE_SETTINGS", "TrainingPanel", "TrainingRunner", "install_training", "merge_snapshots", "run_text"]
