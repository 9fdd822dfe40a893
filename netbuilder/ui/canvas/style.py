"""Colours and sizes of the canvas, in one place.

Weight sign uses the Okabe–Ito colour-blind-safe pair: blue for positive,
orange for negative; magnitude shows as line width and opacity. Colours that
are not about meaning (background, text, outlines) come from the palette, so
light and dark system themes both look right.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# The layout's geometry lives in the core (the ONNX importer lays out layers with it too): one source.
from ...model.layout import (  # noqa: F401 - re-exported for the canvas
    LAYER_GAP_X,
    LAYER_GAP_Y,
    FLATTEN_WIDTH,
    MAP_OFFSET,
    MAX_MAPS,
    NEURON_LIMIT,
    NEURON_SPACING,
    block_height,
    map_side,
    neuron_mode,
)

POSITIVE = QColor("#0072B2")  # Okabe–Ito blue
NEGATIVE = QColor("#E69F00")  # Okabe–Ito orange
HIGHLIGHT = QColor("#CC79A7")  # Okabe–Ito reddish purple: the walkthrough's focus
MASKED = QColor(128, 128, 128, 110)

ROLE_FILL = {
    "input": QColor("#D9EFE6"),
    "hidden": QColor("#E8ECF4"),
    "output": QColor("#F3E3EE"),
}
ROLE_FILL_DARK = {
    "input": QColor("#24453A"),
    "hidden": QColor("#2E3542"),
    "output": QColor("#47303F"),
}

NEURON_RADIUS = 18.0
BLOCK_WIDTH = 84.0
TITLE_GAP = 26.0
#: Connections with at most this many edges show each weight's value by default.
LABEL_EDGE_LIMIT = 16

ACTIVATION_GLYPH = {
    "linear": "z",
    "step": "⎍",
    "sigmoid": "σ",
    "tanh": "tanh",
    "relu": "ReLU",
    "leaky_relu": "LReLU",
    "prelu": "PReLU",
    "elu": "ELU",
    "swish": "swish",
    "gelu": "GELU",
    "softmax": "soft",
}


def is_dark() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def role_fill(role: str) -> QColor:
    return (ROLE_FILL_DARK if is_dark() else ROLE_FILL)[role]


def text_colour() -> QColor:
    app = QApplication.instance()
    return app.palette().color(QPalette.ColorRole.WindowText) if app else QColor("black")


def outline_colour() -> QColor:
    c = QColor(text_colour())
    c.setAlpha(170)
    return c


def weight_colour(w: float, scale: float) -> QColor:
    """Blue for positive, orange for negative; fainter when small."""
    base = QColor(POSITIVE if w >= 0 else NEGATIVE)
    strength = min(abs(w) / scale, 1.0) if scale > 0 else 1.0
    base.setAlphaF(0.25 + 0.75 * strength)
    return base


def weight_width(w: float, scale: float) -> float:
    strength = min(abs(w) / scale, 1.0) if scale > 0 else 1.0
    return 0.6 + 4.4 * strength
