"""The ``netbuilder`` command (no Qt unless the app is started)."""

from .main import main

__all__ = ["main"]
