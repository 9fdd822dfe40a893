"""Data from files: asking for a CSV file or IDX images, and describing what was picked.

These only ask and describe; the data panel loads the description and
makes it the network's dataset in one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from ...data import Dataset
from ...data.image_sets import idx_spec
from ...i18n import translate
from .csv_dialog import CsvImportDialog


def ask_csv_dataset(parent: QWidget, start_dir: Path) -> Dataset | None:
    """The import dialog: the dataset read from the CSV file the user set up, or None if cancelled."""
    dialog = CsvImportDialog(parent, str(start_dir))
    if dialog.exec() != CsvImportDialog.DialogCode.Accepted:
        return None
    return dialog.dataset


def ask_idx_file(parent: QWidget, start_dir: Path) -> str:
    """The IDX image file the user picked ("" if cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("Data", "Open IDX images"), str(start_dir),
        translate("Data", "IDX image files (*idx3* *.idx *.gz);;All files (*)"))
    return path


def idx_spec_for(path: str | Path) -> dict[str, Any]:
    """The dataset description of IDX images: the standard four names in a folder give a test set too.

    ``ValueError`` says what is wrong with the files.
    """
    path = Path(path).expanduser().absolute()
    spec = None
    if path.name.startswith("train-images"):
        try:
            spec = idx_spec(path.parent)
        except ValueError:
            spec = None
    spec = spec or idx_spec(path)
    spec.setdefault("name", path.parent.name or path.stem)
    return spec
