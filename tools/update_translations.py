#!/usr/bin/env python3
"""Update NetBuilder's translations with Qt's own tools: ``pyside6-lupdate``, then ``pyside6-lrelease``.

Run from anywhere (it finds the repository from its own path)::

    python tools/update_translations.py         # lupdate netbuilder/ into the .ts files, lrelease them into .qm
    python tools/update_translations.py --qm    # lrelease only (after translating in Qt Linguist)

The first is, from the repository::

    pyside6-lupdate -extensions py -no-obsolete -locations absolute netbuilder \\
        -ts resources/translations/netbuilder_zh_CN.ts resources/translations/netbuilder_zh_TW.ts
    pyside6-lrelease -nounfinished resources/translations/netbuilder_zh_CN.ts \\
        -qm resources/translations/netbuilder_zh_CN.qm     # and the same for zh_TW

and then drops the ``<extracomment>`` notes: lupdate reads a ``#:`` comment as a note for the translator, but
in this code ``#:`` documents an attribute and would land on whichever string comes next.

The ``.ts`` files are the translations' source of truth. lupdate adds new strings to them as unfinished,
keeps the translation of every string it still finds in the same context, and (``-no-obsolete``) drops the
strings the code no longer has, so the files hold exactly what the app shows; an old wording stays in git
history. Translate the unfinished strings in Qt Linguist (``pyside6-linguist``) or a text editor, then run
``--qm``. tests/ui/test_translations.py fails while a string is untranslated or the files are not current.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netbuilder"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
LUPDATE_OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "absolute")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"netbuilder_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"netbuilder_{language}.qm"


def qt_tool(name: str) -> str:
    """The lupdate/lrelease binary of the PySide6 wheel this Python uses, else ``pyside6-<name>`` on PATH."""
    import PySide6

    for binary in (name, f"{name}.exe"):
        path = Path(PySide6.__file__).parent / binary
        if path.is_file():
            return str(path)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (it comes with the PySide6 wheel)")
    return found


def lupdate(ts_files: list[Path], *, silent: bool = False) -> None:
    """Extract every translatable string under netbuilder/ into ``ts_files`` (created or merged)."""
    args = [qt_tool("lupdate"), *LUPDATE_OPTIONS, *(["-silent"] if silent else []), str(PACKAGE),
            "-ts", *map(str, ts_files)]
    subprocess.run(args, check=True, cwd=ROOT)
    for ts in map(Path, ts_files):
        text = ts.read_text(encoding="utf-8")
        ts.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8")


def lrelease(ts: Path, qm: Path, *, silent: bool = False) -> None:
    """Compile one .ts file; unfinished translations are left out (the app shows the English text)."""
    args = [qt_tool("lrelease"), "-nounfinished", *(["-silent"] if silent else []), str(ts), "-qm", str(qm)]
    subprocess.run(args, check=True, cwd=ROOT)


def problems(ts: Path) -> list[str]:
    """Messages in an empty context (a ``tr()`` outside a class: use ``translate("Context", ...)``) and
    messages without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if not name:
                out.append(f"no context: {source!r}")
            elif translation is None or translation.get("type") or not (translation.text or "").strip():
                out.append(f"untranslated: [{name}] {source!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qm", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    if not args.qm:
        lupdate([ts_path(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
        for line in problems(ts_path(lang)):
            print(f"{lang}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
