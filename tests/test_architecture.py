"""The architecture as tests: each part of the package names what it may import, and the core never imports Qt.

    ui ──► workers ──► session, api ──► engine, data, io, explain ──► model
    cli ──► api, engine, data, io, model (Qt only to start the app)

An allow-list rather than a deny-list: a new import across the layers fails
here until someone decides it belongs in ALLOWED.
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netbuilder"

#: Small shared modules at the top of the package that any part may use (no Qt, no engine).
SHARED = {"i18n", "notation", "assets", "files", "_version"}

#: part of the package -> the other parts it may import (besides itself and SHARED)
ALLOWED = {
    "model": set(),
    "engine": {"model"},
    "data": {"model"},
    "io": {"model", "data"},
    "explain": {"engine", "model"},
    "session": {"engine", "data", "model"},
    "api": {"session", "engine", "data", "explain", "model"},
    "compare": {"session", "engine", "model"},
    "templates": {"model", "io", "data"},
    "lessons": {"api", "io", "model", "data", "templates"},
    "cli": {"api", "engine", "data", "io", "model", "explain", "templates", "lessons"},
    "workers": {"session", "compare", "engine", "data", "model"},
    "ui": {"workers", "session", "api", "engine", "data", "io", "explain", "model", "templates", "lessons", "compare"},
    "__init__": {"api", "io", "model"},
    "__main__": {"cli"},
}
SHARED_PARTS = {name: set() for name in SHARED}
#: The core: importable without Qt, from a notebook.
CORE = ["model", "engine", "data", "io", "explain", "session", "api", "compare", "templates", "lessons", "cli", "i18n",
        "notation", "assets", "files"]
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def part_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(list(package[: len(package) - node.level + 1]) + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            # `from .. import api` imports the module netbuilder.api
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def internal_parts(path: Path) -> set[str]:
    parts = set()
    for name in imports_of(path):
        bits = name.split(".")
        if bits[0] == "netbuilder" and len(bits) > 1 and ((PACKAGE / bits[1]).is_dir() or (PACKAGE / f"{bits[1]}.py").is_file()):
            parts.add(bits[1])
    return parts


def all_parts() -> set[str]:
    return {part_of(p) for p in PACKAGE.rglob("*.py")}


def test_every_part_has_an_entry():
    assert all_parts() <= set(ALLOWED) | SHARED, f"name what these may import: {sorted(all_parts() - set(ALLOWED) - SHARED)}"


@pytest.mark.parametrize("part", sorted(set(ALLOWED) | SHARED))
def test_each_part_imports_only_what_it_may(part):
    allowed = ALLOWED.get(part, set()) | SHARED | {part}
    if part in SHARED:
        allowed = {part, "i18n"}  # shared modules stand on nothing else
    files = [p for p in PACKAGE.rglob("*.py") if part_of(p) == part]
    assert files, part
    for path in files:
        for other in internal_parts(path):
            if part == "cli" and other == "ui":
                assert "netbuilder.ui.app" in imports_of(path), "the cli only starts the app"
                continue
            assert other in allowed, f"{path.relative_to(ROOT)} imports netbuilder.{other}"


@pytest.mark.parametrize("part", CORE)
def test_core_source_does_not_import_qt(part):
    for path in (p for p in PACKAGE.rglob("*.py") if part_of(p) == part):
        for name in imports_of(path):
            assert not name.startswith(QT), f"{path.relative_to(ROOT)} imports {name}"


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if part_of(path) not in CORE:
            continue
        mod = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        names.append(mod.removesuffix(".__init__"))
    return names


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "from netbuilder.cli.main import main\n"
        "main(['predict', 'resources/examples/worked_example.nbn', '--input', '0.1,0.2'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print('QT', bad)\n"
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
