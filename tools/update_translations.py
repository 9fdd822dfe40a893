#!/usr/bin/env python3
"""Extract NetBuilder's translatable strings into Qt ``.ts`` files and compile them to ``.qm``.

Run from anywhere (it finds the repository from its own path)::

    python tools/update_translations.py            # extract, merge, write the .ts files, compile the .qm files
    python tools/update_translations.py --check    # report only: what is new, missing or out of date; exit 1 if any
    python tools/update_translations.py --sync-table   # also add every new string to the table, untranslated

Why not ``pyside6-lupdate``: the code translates through wrappers that lupdate cannot follow. Core modules
call :func:`netbuilder.i18n.translate` (no Qt there), and many UI modules define a module-level
``def tr(text): return translate("Walkthrough", text)``; lupdate would file those ``tr("...")`` calls under
the enclosing *class* name (``TemplateDialog``, ``WalkthroughPanel`` ...), which is not the context the
running app asks for, so the translations would never be found. This script reads the source with
:mod:`ast` and collects, in every module under ``netbuilder/``:

* ``translate("Ctx", "literal")`` and ``i18n.translate(...)``;
* ``QT_TRANSLATE_NOOP("Ctx", "literal")`` (strings marked where they are defined, translated later);
* ``QCoreApplication.translate("Ctx", "literal")``;
* calls of module-level wrappers such as ``tr("literal")``: a function whose body is
  ``return translate("Ctx", <its parameter>)`` is a wrapper for "Ctx", also when imported from another module.

Adjacent string literals and ``"a" + "b"`` count as one literal. A call whose text is not a literal (e.g.
``translate("Activations", entry.label)``) cannot be extracted; the script lists those with ``--dynamic`` so
that the strings can be marked with ``QT_TRANSLATE_NOOP`` where they are defined.

Translations come from ``tools/translations_zh.json`` (context → English source → ``{"zh_CN": ..., "zh_TW":
...}``), the hand-written table, and otherwise from the existing ``.ts`` file (so a translation made in Qt
Linguist survives). A string that is no longer in the source is kept as ``type="vanished"`` while it has a
translation (``--drop-vanished`` removes it); lrelease ignores it. Strings without a translation are written
``type="unfinished"``; ``tests/ui/test_translations.py`` fails on any of them.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netbuilder"
TRANSLATIONS = ROOT / "resources" / "translations"
TABLE = ROOT / "tools" / "translations_zh.json"
LANGUAGES = ("zh_CN", "zh_TW")
COMMAND = "python tools/update_translations.py"

#: The tutorials' terms: a source text matching the pattern must use the term in its translation
#: (zh_CN, zh_TW). tests/ui/test_translations.py checks every translation against this list.
GLOSSARY: dict[str, tuple[str, str]] = {
    r"\bneurons?\b": ("神经元", "神經元"),
    r"\bweights?\b": ("权重", "權重"),
    r"\bbias(es)?\b": ("偏置", "偏置"),
    r"\bactivation function\b": ("激活函数", "激活函數"),
    r"\bloss\b": ("损失", "損失"),
    r"\bbackpropagation\b": ("反向传播", "反向傳播"),
    r"\blearning rate\b": ("学习率", "學習率"),
    r"\btrain(ing)?\b": ("训练", "訓練"),
    r"\blayers?\b": ("层", "層"),
    r"\binput layers?\b": ("输入层", "輸入層"),
    r"\boutput layers?\b": ("输出层", "輸出層"),
    r"\bhidden layers?\b": ("隐藏层", "隱藏層"),
    r"\bbatch size\b": ("批量大小", "批次大小"),
    r"\bmini-batch\b": ("小批量", "小批次"),
    r"\bepochs?\b": ("轮", "輪"),
    r"\bgradients?\b": ("梯度", "梯度"),
    r"\boptimizer\b": ("优化器", "優化器"),
    r"\bdata ?set\b": ("数据集", "資料集"),
}

#: Names whose calls take (context, text).
TRANSLATE_FUNCTIONS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


# --------------------------------------------------------------------------------------------- extraction


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


@dataclass
class Dynamic:
    """A translate call whose text is not a literal: the strings must be marked where they are defined."""

    path: str
    line: int
    context: str | None
    code: str


def _literal(node: ast.AST | None) -> str | None:
    """The string a node always evaluates to (constants, "a" "b", "a" + "b"), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate(func: ast.AST) -> bool:
    """translate(...), i18n.translate(...), QCoreApplication.translate(...), QT_TRANSLATE_NOOP(...)."""
    if isinstance(func, ast.Name):
        return func.id in TRANSLATE_FUNCTIONS
    if isinstance(func, ast.Attribute) and func.attr in TRANSLATE_FUNCTIONS:
        base = func.value
        name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
        # str.translate(table) and QTransform().translate(dx, dy) share the name; only these bases translate text.
        return name in {"i18n", "QCoreApplication", "QApplication", "QGuiApplication"}
    return False


def _wrapper_context(fn: ast.FunctionDef) -> str | None:
    """"Ctx" when ``fn`` is ``def f(text): [docstring] return translate("Ctx", text)``."""
    args = fn.args
    if len(args.args) != 1 or args.vararg or args.kwarg or args.kwonlyargs:
        return None
    param = args.args[0].arg
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) == 2):
        return None
    context = _literal(call.args[0])
    text = call.args[1]
    if context is None or not (isinstance(text, ast.Name) and text.id == param):
        return None
    return context


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_import(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def extract(package: Path = PACKAGE) -> tuple[list[Message], list[Dynamic]]:
    """Every translatable (context, source) under ``package``, in source order, and the calls it could not read.

    Locations are relative to the folder holding the package (the repository for ``netbuilder/``)."""
    root = package.resolve().parent
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in _python_files(package.resolve())}
    modules = {_module_name(p, root): p for p in trees}

    # Pass 1: module-level wrappers, per module.
    wrappers: dict[str, dict[str, str]] = {}
    for path, tree in trees.items():
        found = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node)
                if context is not None:
                    found[node.name] = context
        wrappers[_module_name(path, root)] = found

    messages: dict[tuple[str, str, str], Message] = {}
    dynamic: list[Dynamic] = []
    for path, tree in trees.items():
        module = _module_name(path, root)
        local = dict(wrappers[module])
        for node in ast.walk(tree):  # wrappers imported from other modules
            if isinstance(node, ast.ImportFrom):
                source = _resolve_import(module, path.name == "__init__.py", node)
                for alias in node.names:
                    if source in modules and alias.name in wrappers.get(source, {}):
                        local[alias.asname or alias.name] = wrappers[source][alias.name]
        rel = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _is_translate(node.func):
                if len(node.args) < 2:
                    continue
                context, text = _literal(node.args[0]), _literal(node.args[1])
                comment = _literal(node.args[2]) if len(node.args) > 2 else ""
            elif isinstance(node.func, ast.Name) and node.func.id in local and len(node.args) == 1:
                context, text, comment = local[node.func.id], _literal(node.args[0]), ""
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "tr" and node.args:
                # QObject.tr files the text under the C++ class name, which Python classes do not have reliably.
                dynamic.append(Dynamic(rel, node.lineno, None, ast.unparse(node) + "  (use translate(context, text))"))
                continue
            else:
                continue
            if context is None or text is None or comment is None:
                if not _inside_wrapper(tree, node, local):
                    dynamic.append(Dynamic(rel, node.lineno, context, ast.unparse(node)))
                continue
            if not text.strip():
                continue
            msg = messages.setdefault((context, text, comment), Message(context, text, comment))
            msg.locations.append((rel, node.lineno))
    return list(messages.values()), dynamic


def _inside_wrapper(tree: ast.Module, call: ast.Call, wrappers: dict[str, str]) -> bool:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in wrappers:
            if node.lineno <= call.lineno <= (node.end_lineno or node.lineno):
                return True
    return False


# ----------------------------------------------------------------------------------------------- TS files


@dataclass
class TsEntry:
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"


def read_ts(path: Path) -> dict[tuple[str, str, str], TsEntry]:
    """The messages of a ``.ts`` file, keyed by (context, source, comment)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            comment = m.findtext("comment") or ""
            t = m.find("translation")
            text = (t.text or "") if t is not None else ""
            kind = t.get("type", "") if t is not None else "unfinished"
            out[(name, source, comment)] = TsEntry(source, comment, text, kind)
    return out


def _esc(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;")
    else:
        text = text.replace('"', "&quot;").replace("'", "&apos;")
    return text


def write_ts(path: Path, language: str, contexts: dict[str, list[tuple[Message | None, TsEntry]]]) -> str:
    """Write a TS 2.1 file the way lupdate does (indentation, escaping), contexts and messages in order."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    ts_dir = path.parent
    for context in sorted(contexts):
        lines.append("<context>")
        lines.append(f"    <name>{_esc(context)}</name>")
        for msg, entry in contexts[context]:
            lines.append("    <message>")
            if msg is not None:
                for file, line in msg.locations:
                    rel = Path(_relpath(ROOT / file, ts_dir)).as_posix()
                    lines.append(f'        <location filename="{_esc(rel, True)}" line="{line}"/>')
            lines.append(f"        <source>{_esc(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <comment>{_esc(entry.comment)}</comment>")
            attr = f' type="{entry.kind}"' if entry.kind else ""
            if entry.translation:
                lines.append(f"        <translation{attr}>{_esc(entry.translation)}</translation>")
            else:
                lines.append(f"        <translation{attr}></translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    text = "\n".join(lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def _relpath(target: Path, start: Path) -> str:
    import os

    return os.path.relpath(target, start)


# ------------------------------------------------------------------------------------------------- table


def read_table(path: Path = TABLE) -> dict[str, dict[str, dict[str, str]]]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def write_table(table: dict[str, dict[str, dict[str, str]]], path: Path = TABLE) -> None:
    ordered = {ctx: {src: {lang: table[ctx][src].get(lang, "") for lang in LANGUAGES} for src in sorted(table[ctx])}
               for ctx in sorted(table)}
    path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------------- merge


def merge(messages: list[Message], language: str, table, existing, *, drop_vanished=False):
    """The contexts of the new .ts file: current messages (translated from the table, else the old file),
    then vanished ones that still have a translation."""
    contexts: dict[str, list[tuple[Message | None, TsEntry]]] = {}
    seen = set()
    for msg in sorted(messages, key=lambda m: (m.context, m.locations[0][0], m.locations[0][1])):
        seen.add(msg.key)
        text = table.get(msg.context, {}).get(msg.source, {}).get(language, "") if not msg.comment else ""
        old = existing.get(msg.key)
        if not text and old is not None and old.kind in ("", "unfinished") and old.translation:
            text = old.translation
            kind = old.kind
        else:
            kind = "" if text else "unfinished"
        contexts.setdefault(msg.context, []).append((msg, TsEntry(msg.source, msg.comment, text, kind)))
    if not drop_vanished:
        for key, old in existing.items():
            if key not in seen and old.translation:
                kind = old.kind if old.kind in ("vanished", "obsolete") else "vanished"
                contexts.setdefault(key[0], []).append((None, TsEntry(old.source, old.comment, old.translation, kind)))
    return contexts


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"netbuilder_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"netbuilder_{language}.qm"


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if exe is None:
        raise SystemExit("pyside6-lrelease not found (it comes with the PySide6 wheel)")
    return exe


def compile_qm(language: str) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts_path(language)), "-qm", str(qm_path(language))],
                   check=True)


def missing_translations(language: str, messages: list[Message] | None = None) -> list[tuple[str, str]]:
    """(context, source) of every extracted string without a finished translation in the language's .ts file."""
    if messages is None:
        messages, _ = extract()
    entries = read_ts(ts_path(language))
    out = []
    for m in messages:
        e = entries.get(m.key)
        if e is None or e.kind != "" or not e.translation.strip():
            out.append((m.context, m.source))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a string lacks a translation")
    parser.add_argument("--sync-table", action="store_true",
                        help="add every extracted string missing from the table (empty translations), for translators")
    parser.add_argument("--drop-vanished", action="store_true", help="drop strings no longer in the source")
    parser.add_argument("--dynamic", action="store_true", help="list translate calls whose text is not a literal")
    parser.add_argument("--no-compile", action="store_true", help="write the .ts files but not the .qm files")
    args = parser.parse_args(argv)

    messages, dynamic = extract()
    print(f"{len(messages)} strings in {len({m.context for m in messages})} contexts")
    if args.dynamic:
        for d in dynamic:
            print(f"  {d.path}:{d.line}: {d.code}")
    table = read_table()
    if args.sync_table and not args.check:
        for m in messages:
            table.setdefault(m.context, {}).setdefault(m.source, {lang: "" for lang in LANGUAGES})
        write_table(table)
    missing_any = False
    for language in LANGUAGES:
        existing = read_ts(ts_path(language))
        contexts = merge(messages, language, table, existing, drop_vanished=args.drop_vanished)
        missing = [(ctx, e.source) for ctx, items in contexts.items() for m, e in items
                   if m is not None and e.kind == "unfinished"]
        vanished = sum(1 for items in contexts.values() for m, _ in items if m is None)
        print(f"{language}: {len(missing)} untranslated, {vanished} vanished")
        for ctx, source in missing[:20]:
            print(f"    [{ctx}] {source!r}")
        if len(missing) > 20:
            print(f"    ... and {len(missing) - 20} more")
        missing_any = missing_any or bool(missing)
        if not args.check:
            write_ts(ts_path(language), language, contexts)
            if not args.no_compile:
                compile_qm(language)
    unused = [(ctx, src) for ctx, sources in table.items() for src in sources
              if (ctx, src, "") not in {m.key for m in messages}]
    if unused:
        print(f"{len(unused)} table entries are no longer in the source (kept as vanished in the .ts files)")
    return 1 if args.check and missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
