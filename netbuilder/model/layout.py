"""Where layers go on the canvas when nobody placed them: columns by depth, left to right (pure geometry).

The canvas draws with these sizes (``netbuilder.ui.canvas.style`` imports
them from here) and the ONNX importer lays out a model's layers with them,
so a layer placed by either sits where the other would put it. Positions
are layer centres in scene units.
"""

from __future__ import annotations

import math

from .network import Network
from .shapes import WINDOWED

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


#: A convolution or pooling layer is drawn as a stack of feature maps: the front map's side grows with the
#: image (MAP_SCALE per pixel, between MAP_MIN and MAP_MAX), and up to MAX_MAPS maps show behind it.
MAP_MIN, MAP_MAX, MAP_SCALE = 34.0, 96.0, 2.6
MAP_OFFSET = 7.0
MAX_MAPS = 6
#: A Flatten layer is a thin bar.
FLATTEN_WIDTH = 22.0


def map_side(height: int | None) -> float:
    """The side of the front feature map of an image ``height`` pixels high."""
    return MAP_MIN * 1.4 if height is None else max(MAP_MIN, min(MAP_MAX, height * MAP_SCALE))


def map_stack_size(shape: tuple[int, ...] | None) -> float:
    """Width and height of a stack of feature maps for an output of ``shape`` (height × width × channels)."""
    side = map_side(shape[0] if shape else None)
    maps = min(shape[-1], MAX_MAPS) if shape else 3
    return side + (maps - 1) * MAP_OFFSET


def layer_height(units: int, kind: str = "dense", shape: tuple[int, ...] | None = None) -> float:
    """The height a layer takes in its column."""
    if kind in WINDOWED:
        return map_stack_size(shape)
    if kind == "dense" and neuron_mode(units):
        return units * NEURON_SPACING
    return block_height(units)


def auto_positions(net: Network, only_missing: bool = True) -> dict[str, tuple[float, float]]:
    """Centres for layers: column by depth (inputs left), stacked and centred within a column.

    With ``only_missing`` the layers that already have a position keep it
    and only the others are placed (they are left out of the result).
    """
    depth = net.depths()
    shapes = net.shapes()
    columns: dict[int, list[str]] = {}
    for lid in net.layers:
        columns.setdefault(depth[lid], []).append(lid)
    out: dict[str, tuple[float, float]] = {}
    for d, ids in sorted(columns.items()):
        heights = [layer_height(net.layers[lid].units, net.layers[lid].kind, shapes.get(lid)) for lid in ids]
        total = sum(heights) + LAYER_GAP_Y * (len(ids) - 1)
        y = -total / 2
        for lid, h in zip(ids, heights):
            centre = (d * LAYER_GAP_X, y + h / 2)
            y += h + LAYER_GAP_Y
            if only_missing and net.layers[lid].position is not None:
                continue
            out[lid] = centre
    return out
