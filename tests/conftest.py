"""Shared test setup: offscreen Qt for the GUI tests, paths to reference data."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REFERENCE = Path(__file__).parent / "reference"


@pytest.fixture
def worked_reference():
    import json

    return json.loads((REFERENCE / "worked_example.json").read_text())
