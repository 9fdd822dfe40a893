"""Packaging: the Linux desktop files, the PyInstaller spec, and a wheel that carries every resource.

PyInstaller itself is not run here (a build takes a minute and 200 MB); packaging/build.sh builds the app
and smoke-tests it.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import netbuilder

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.netbuilder.NetBuilder"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"

# freedesktop.org menu specification: main categories, and the additional ones NetBuilder may use
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
                   "Office", "Science", "Settings", "System", "Utility"}
ADDITIONAL_CATEGORIES = {"ArtificialIntelligence", "ComputerScience", "DataVisualization", "Math", "Qt",
                         "NumericalAnalysis", "Teaching"}


def resource_files(folder: Path = RESOURCES) -> list[Path]:
    """Every file under resources/ that must ship, relative to resources/."""
    return sorted(
        p.relative_to(folder) for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
    )


# --- the .desktop file -------------------------------------------------------------------------------------


def read_desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_file_keys():
    entry = read_desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "NetBuilder"
    assert entry["Comment"]
    exec_ = entry["Exec"].split()
    assert exec_[0] == "netbuilder"
    assert set(exec_[1:]) <= {"%f", "%F", "%u", "%U"}
    assert entry["TryExec"] == "netbuilder"
    assert entry["Icon"] == APP_ID  # a themed icon name, installed as hicolor/scalable/apps/<id>.svg
    assert entry.get("Terminal", "false") == "false"


def test_desktop_file_lists_are_well_formed():
    entry = read_desktop()
    for key in ("Categories", "Keywords", "MimeType"):
        assert entry[key].endswith(";"), f"{key} must end with ';'"
    categories = entry["Categories"].rstrip(";").split(";")
    assert MAIN_CATEGORIES & set(categories), "needs at least one main category"
    assert set(categories) <= MAIN_CATEGORIES | ADDITIONAL_CATEGORIES
    assert entry["MimeType"].rstrip(";").split(";") == ["application/x-netbuilder-network"]
    for key in entry:  # only known keys, or localised forms of them, or X- extensions
        base = key.split("[", 1)[0]
        assert base.startswith("X-") or base in {
            "Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon", "Terminal",
            "Categories", "Keywords", "MimeType", "StartupNotify", "StartupWMClass"}, key


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout + result.stderr


def test_mime_type_matches_nbn_files():
    root = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-netbuilder-network"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.nbn"]


# --- the AppStream metainfo --------------------------------------------------------------------------------


def test_metainfo_has_the_required_elements():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "NetBuilder"
    summary = root.findtext("summary")
    assert summary and len(summary) < 80 and not summary.endswith(".")
    description = root.find("description")
    assert description is not None and description.find("p") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.find("content_rating").get("type", "").startswith("oars-")
    assert root.find("provides/binary").text == "netbuilder"


def test_metainfo_release_is_the_package_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "at least one release"
    assert releases[0].get("version") == netbuilder.__version__
    assert releases[0].get("date")


def test_metainfo_screenshot_is_in_the_repository():
    screenshots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert screenshots and screenshots[0].get("type") == "default"
    for shot in screenshots:
        assert shot.findtext("caption")
        url = shot.findtext("image")
        assert url.startswith("https://")
        # the picture is published from the repository itself: .../main/<path in the repository>
        path = ROOT / url.split("/main/", 1)[1]
        assert path.is_file(), f"{url}: no {path.relative_to(ROOT)}"
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        image = shot.find("image")
        if image.get("width"):  # the size the metainfo states is the picture's
            assert (int(image.get("width")), int(image.get("height"))) == struct.unpack(">II", data[16:24])


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_installs_under_the_application_id():
    install = (LINUX / "install.sh").read_text()
    assert "resources/icons/netbuilder.svg" in install
    assert "share/icons/hicolor/scalable/apps/$APP_ID.svg" in install
    assert f"APP_ID={APP_ID}" in install
    svg = ET.parse(RESOURCES / "icons" / "netbuilder.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox"), "a scalable icon needs a viewBox"


def test_install_script_stages_the_desktop_files(tmp_path):
    env = {**os.environ, "DESTDIR": str(tmp_path), "NETBUILDER_APP": "none"}
    result = subprocess.run(["bash", str(LINUX / "install.sh"), "/usr"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == (RESOURCES / "icons" / "netbuilder.svg").read_bytes()


# --- the PyInstaller spec and build script -----------------------------------------------------------------


def test_spec_bundles_resources_and_qt_plugins():
    spec = (PACKAGING / "netbuilder.spec").read_text()
    compile(spec, "netbuilder.spec", "exec")
    assert 'RESOURCES = ROOT / "resources"' in spec
    assert 'RESOURCES.rglob("*")' in spec  # every file, so translations and new data come along
    assert 'Path("netbuilder", "resources"' in spec  # where netbuilder.assets looks in the bundle
    assert "netbuilder_entry.py" in spec and (PACKAGING / "netbuilder_entry.py").is_file()
    for plugin in ('"offscreen"', '"xcb"', '"imageformats": ["svg"]', '"iconengines": ["svgicon"]'):
        assert plugin in spec


def test_build_script_smoke_tests_the_app():
    script = (PACKAGING / "build.sh").read_text()
    assert os.access(PACKAGING / "build.sh", os.X_OK)
    assert "packaging/netbuilder.spec" in script
    assert "QT_QPA_PLATFORM=offscreen" in script and "--screenshot" in script
    assert subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], timeout=30).returncode == 0


def test_build_output_is_ignored_by_git():
    patterns = (ROOT / ".gitignore").read_text().split()
    assert "build/" in patterns and "dist/" in patterns


# --- pip install . -----------------------------------------------------------------------------------------


def _setuptools_is_new_enough() -> bool:
    if importlib.util.find_spec("setuptools") is None:
        return False
    import setuptools

    return int(setuptools.__version__.split(".")[0]) >= 68


@pytest.fixture(scope="module")
def source_copy(tmp_path_factory) -> Path:
    """A copy of the source tree: nothing is written into the checkout, and the tests see one snapshot."""
    src = tmp_path_factory.mktemp("wheel") / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("netbuilder", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    return src


@pytest.fixture(scope="module")
def wheel(source_copy) -> Path:
    """The wheel `pip install .` would install."""
    src, tmp = source_copy, source_copy.parent
    command = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(tmp / "out")]
    if _setuptools_is_new_enough():
        command.append("--no-build-isolation")  # offline and quick; otherwise pip fetches setuptools
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp)
    assert result.returncode == 0, result.stdout + result.stderr
    (found,) = (tmp / "out").glob("netbuilder-*.whl")
    return found


def test_wheel_contains_every_resource(wheel, source_copy):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = resource_files(source_copy / "resources")
    missing = [str(p) for p in shipped if f"netbuilder/resources/{p.as_posix()}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    # the ones the app cannot do without, named so that a failure is obvious
    assert {n for n in names if n.startswith("netbuilder/resources/examples/") and n.endswith(".nbn")}
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte"):
        assert f"netbuilder/resources/data/mnist/{name}.gz" in names
    assert "netbuilder/resources/icons/netbuilder.svg" in names
    qm = sorted(p.as_posix() for p in shipped if p.suffix == ".qm")
    assert all(f"netbuilder/resources/{p}" in names for p in qm)


def test_wheel_contains_every_module_and_the_command(wheel, source_copy):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode()
    modules = sorted(p.relative_to(source_copy).as_posix() for p in (source_copy / "netbuilder").rglob("*.py"))
    missing = [m for m in modules if m not in names]
    assert not missing, f"not in the wheel (a package without __init__.py, or not in pyproject.toml?): {missing}"
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(scripts)
    assert parser["console_scripts"]["netbuilder"].strip() == "netbuilder.cli:main"


def test_installed_wheel_finds_its_resources(wheel, tmp_path):
    """Unpacked as pip would install it, the package finds examples and MNIST without the source tree."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import sys, netbuilder\n"
        "from netbuilder.assets import resources_dir, examples\n"
        "from netbuilder.cli import main\n"
        f"assert netbuilder.__file__.startswith({str(site)!r}), netbuilder.__file__\n"
        f"assert str(resources_dir()).startswith({str(site)!r}), resources_dir()\n"
        "assert len(examples()) >= 2, examples()\n"
        "sys.exit(main(['evaluate', str(resources_dir() / 'examples' / 'mnist_mlp.nbn')]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10000 test samples" in result.stdout
