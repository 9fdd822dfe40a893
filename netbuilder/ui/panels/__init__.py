"""The live panels (pyqtgraph, dockable): loss, metrics, weights, activations, decision boundary, activation function.

:func:`install_panels` (:mod:`.install`) puts them into the main window as
dock widgets and returns a :class:`Panels` object (:mod:`.group`); the
training worker calls its :meth:`~Panels.begin_run`,
:meth:`~Panels.add_snapshot` and :meth:`~Panels.end_run`, which fan out to
every panel. When no training runs, the panels show the document: its
weights, the stored loss history, and — for small networks on quick data —
its decision boundary, histograms and confusion matrices.
"""

from .activation_plot import ActivationPlotPanel
from .activations import ActivationsPanel
from .base import Panel
from .boundary import BoundaryPanel
from .group import Panels
from .install import DOCKS, install_panels
from .loss import LossPanel
from .metrics import MetricsPanel
from .probing import make_probe, plane_for
from .weights import WeightsPanel

__all__ = [
    "DOCKS", "ActivationPlotPanel", "ActivationsPanel", "BoundaryPanel", "LossPanel", "MetricsPanel", "Panel", "Panels",
    "WeightsPanel", "install_panels", "make_probe", "plane_for",
]
