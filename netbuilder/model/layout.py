"""Where layers go on the canvas when nobody placed them: columns by depth, left to right (pure geometry).

The canvas draws with these sizes (``netbuilder.ui.canvas.style`` imports
them from here) and the ONNX importer lays out a model's layers with them,
so a layer placed by either sits where the other would put it. Positions
are layer centres in scene units.
"""

from __future__ import annotations

import math

from .network import Network

#: Distance between the centres of two neurons drawn one by one.
NEURON_SPACING = 50.0
#: Layers with at most this many neurons are drawn neuron by neuron, with every edge; larger ones as a block.
NEURON_LIMIT = 32
#: Distance between two columns (layer centres), and the free space between two layers in one column.
LAYER_GAP_X = 230.0
LAYER_GAP_Y = 60.0


def neuron_mode(units: int) -> bool:
    """True when a layer of ``units`` neurons is drawn neuron by neuron."""
    return units <= NEURON_LIMIT


def block_height(units: int) -> float:
    """The height of a layer drawn as a block: grows with the logarithm of its size, 80 to 320."""
    return max(80.0, min(320.0, 40.0 + 70.0 * math.log10(max(units, 1))))


def layer_height(units: int) -> float:
    """The height a layer takes in its column."""
    if neuron_mode(units):
        return units * NEURON_SPACING
    return block_height(units)


def auto_positions(net: Network, only_missing: bool = True) -> dict[str, tuple[float, float]]:
    """Centres for layers: column by depth (inputs left), stacked and centred within a column.

    With ``only_missing`` the layers that already have a position keep it
    and only the others are placed (they are left out of the result).
    """
    depth = net.depths()
    columns: dict[int, list[str]] = {}
    for lid in net.layers:
        columns.setdefault(depth[lid], []).append(lid)
    out: dict[str, tuple[float, float]] = {}
    for d, ids in sorted(columns.items()):
        heights = [layer_height(net.layers[lid].units) for lid in ids]
        total = sum(heights) + LAYER_GAP_Y * (len(ids) - 1)
        y = -total / 2
        for lid, h in zip(ids, heights):
            centre = (d * LAYER_GAP_X, y + h / 2)
            y += h + LAYER_GAP_Y
            if only_missing and net.layers[lid].position is not None:
                continue
            out[lid] = centre
    return out
