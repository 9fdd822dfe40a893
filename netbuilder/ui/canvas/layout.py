"""The automatic layout now lives in the core, :mod:`netbuilder.model.layout`; kept for scene.py and editor.py."""

from ...model.layout import auto_positions, layer_height  # noqa: F401
