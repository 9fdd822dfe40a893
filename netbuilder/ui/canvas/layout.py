"""Automatic left-to-right layout by depth (pure geometry, no Qt)."""

from __future__ import annotations

from ...model.network import Network
from . import style


def layer_height(units: int) -> float:
    if style.neuron_mode(units):
        return units * style.NEURON_SPACING
    return style.block_height(units)


def auto_positions(net: Network, only_missing: bool = True) -> dict[str, tuple[float, float]]:
    """Centres for layers: column by depth (inputs left), stacked and centred within a column.

    With ``only_missing`` the layers that already have a position keep it
    and only the others are placed.
    """
    depth = net.depths()
    columns: dict[int, list[str]] = {}
    for lid in net.layers:
        columns.setdefault(depth[lid], []).append(lid)
    out: dict[str, tuple[float, float]] = {}
    for d, ids in sorted(columns.items()):
        heights = [layer_height(net.layers[lid].units) for lid in ids]
        total = sum(heights) + style.LAYER_GAP_Y * (len(ids) - 1)
        y = -total / 2
        for lid, h in zip(ids, heights):
            centre = (d * style.LAYER_GAP_X, y + h / 2)
            y += h + style.LAYER_GAP_Y
            if only_missing and net.layers[lid].position is not None:
                continue
            out[lid] = centre
    return out
