"""The architecture as tests: the core never imports Qt, and each layer imports only what it may.

    ui ──► workers ──► engine, data, io ──► model
    cli ──► engine, data, io, model (Qt only to start the app)
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netbuilder"

#: package -> the netbuilder packages it must not import
FORBIDDEN = {
    "model": {"engine", "data", "io", "cli", "workers", "ui", "explain", "api"},
    "engine": {"data", "io", "cli", "workers", "ui", "explain", "api"},
    "data": {"engine", "io", "cli", "workers", "ui", "explain", "api"},
    "io": {"engine", "cli", "workers", "ui", "explain", "api"},
    "explain": {"io", "cli", "workers", "ui", "api"},
    "workers": {"ui", "cli"},
}
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.add(node.module)
    return found


def modules(sub: str):
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("sub", sorted(FORBIDDEN))
def test_layers_import_only_what_they_may(sub):
    for path in modules(sub):
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] == "netbuilder" and len(parts) > 1:
                assert parts[1] not in FORBIDDEN[sub], f"{path.relative_to(ROOT)} imports {name}"


@pytest.mark.parametrize("sub", ["model", "engine", "data", "io", "explain", "cli"])
def test_core_source_does_not_import_qt(sub):
    for path in modules(sub):
        for name in imports_of(path):
            if sub == "cli" and name == "netbuilder.ui.app":
                continue  # the one lazy import that starts the desktop app
            assert not name.startswith(QT), f"{path.relative_to(ROOT)} imports {name}"


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, netbuilder, netbuilder.cli, netbuilder.templates, netbuilder.explain, netbuilder.data;"
        "from netbuilder.cli.main import main;"
        "main(['predict', 'resources/examples/worked_example.nbn', '--input', '0.1,0.2']);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')];"
        "print('QT', bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout


def test_pyproject_lists_every_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.relative_to(ROOT).parts[:-1]) for p in PACKAGE.rglob("__init__.py")}
    found.add("netbuilder.resources")
    assert found == listed
