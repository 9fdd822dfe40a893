"""English, Simplified Chinese and Traditional Chinese: every visible string is translated, the compiled files
are current, placeholders survive, and the window really is Chinese.

The strings are found by Qt's own ``pyside6-lupdate`` (the tests run it into a temporary folder). When a test
here fails because strings were added or changed, run

    python tools/update_translations.py

which updates resources/translations/netbuilder_zh_CN.ts / _zh_TW.ts with lupdate and compiles the .qm files
next to them with lrelease; then translate the new (unfinished) strings in the .ts files (a text editor or
``pyside6-linguist``) and run ``python tools/update_translations.py --qm``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QMenu

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "python tools/update_translations.py"
LANGS = ("zh_CN", "zh_TW")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Visible texts that are the same in every language: product and format names, and the language names of
#: View → Language (each written in its own language on purpose).
PROPER_NAMES = {"NetBuilder", "ONNX", "PyTorch", "Keras", "CSV", "IDX", "MNIST", "L1", "L2", "PNG", "SVG",
                "English", "简体中文", "繁體中文", "SGD", "Adam", "Adagrad", "RMSprop", "HTML", "Markdown"}

#: The tutorials' terms: a source text matching the pattern must use the term in its translation (zh_CN, zh_TW).
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


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def read_ts(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, disambiguation) -> (translation, its type: "" when finished, "unfinished" ...)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = ("", "unfinished") if translation is None else (translation.text or "", translation.get("type", ""))
    return out


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[tuple[str, str, str], tuple[str, str]]:
    """What lupdate finds in the source now, in a fresh .ts file."""
    ts = tmp_path_factory.mktemp("lupdate") / "found.ts"
    tool.lupdate([ts], silent=True)
    return read_ts(ts)


def _entries(lang):
    return read_ts(tool.ts_path(lang))


def _finished(lang):
    return {key: text for key, (text, kind) in _entries(lang).items() if kind == "" and text.strip()}


def _listing(items, limit=40) -> str:
    lines = [f"  [{item[0]}] {item[1]!r}" for item in items[:limit]]
    if len(items) > limit:
        lines.append(f"  ... and {len(items) - limit} more")
    return "\n".join(lines)


# -- (a) found, complete and current ------------------------------------------------------------------------


def test_lupdate_reads_the_call_forms_the_code_uses(tmp_path):
    """translate("Ctx", ...) (netbuilder.i18n's, under that name), i18n.translate, QCoreApplication.translate and
    QT_TRANSLATE_NOOP all give their context; a module-level tr() wrapper gives none, so the code has none."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "words.py").write_text(
        "from netbuilder.i18n import translate, QT_TRANSLATE_NOOP\n"
        "from netbuilder import i18n\n"
        "def tr(text):\n    return translate('Wrapped', text)\n"
        "LABEL = QT_TRANSLATE_NOOP('Marked', 'A label')\n"
        "a = translate('Plain', 'Hello '\n              'world')\n"
        "b = i18n.translate('Module', 'Two' + ' parts')\n"
        "c = QCoreApplication.translate('Qt', 'From Qt')\n"
        "d = tr('Through a wrapper')\n"
        "e = translate('Plain', LABEL)\n"
        "f = 'x'.translate({})\n", encoding="utf-8")
    ts = tmp_path / "out.ts"
    tool.subprocess.run([tool.qt_tool("lupdate"), "-silent", *tool.LUPDATE_OPTIONS, str(pkg), "-ts", str(ts)],
                        check=True)
    assert {(c, s) for c, s, _ in read_ts(ts)} == {
        ("Marked", "A label"), ("Plain", "Hello world"), ("Module", "Two parts"), ("Qt", "From Qt"),
        ("", "Through a wrapper")}


def test_lupdate_finds_the_app_strings(found):
    keys = {(context, source) for context, source, _ in found}
    assert ("MainWindow", "&File") in keys
    assert ("MainWindow", "Open &Recent") in keys
    assert ("Walkthrough", "Apply update") in keys
    assert ("Losses", "Mean squared error") in keys  # marked in model/catalog.py
    assert ("Datasets", "Two moons") in keys  # marked in data/generators_2d.py
    assert ("Templates", "2-3-1 worked example") in keys
    assert ("Validation", "There are several input layers (%1): keep one and make the others hidden layers.") in keys
    assert ("Validation", "%1 neurons") in keys  # marked where validate() passes it to _count
    assert len(keys) > 700


def test_no_message_lands_in_an_empty_context(found):
    """A tr() outside a QObject class (or a module-level wrapper) files its text under "": the app asks for it
    in a named context and would never find the translation."""
    empty = [(context, source) for context, source, _ in found if not context]
    assert not empty, ("lupdate finds strings without a context; write translate(\"Context\", \"...\"):\n"
                       + _listing(empty))


@pytest.mark.parametrize("lang", LANGS)
def test_the_ts_file_holds_what_lupdate_finds(found, lang):
    committed = set(_entries(lang))
    new = sorted(set(found) - committed)
    gone = sorted(committed - set(found))
    assert not new and not gone, (
        f"{tool.ts_path(lang).relative_to(ROOT)} is not current; run `{REGENERATE}` and translate the new strings.\n"
        f"new in the source:\n{_listing(new)}\nno longer in the source:\n{_listing(gone)}")


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation(lang):
    missing = sorted(key for key, (text, kind) in _entries(lang).items() if kind != "" or not text.strip())
    assert not missing, (
        f"{len(missing)} visible strings have no finished {lang} translation in "
        f"{tool.ts_path(lang).relative_to(ROOT)}:\n{_listing(missing)}\n"
        f"Translate them there (and drop type=\"unfinished\"), then run `{REGENERATE} --qm`.")


@pytest.mark.parametrize("lang", LANGS)
def test_the_qm_file_is_compiled_from_the_ts_file(lang):
    """The committed .qm gives every finished translation of the .ts file, and nothing for the others (compared
    by lookups, not bytes: CI's lrelease may be a newer Qt than the one that compiled the file)."""
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(lang))), f"cannot load {tool.qm_path(lang)}; run `{REGENERATE}`"
    finished = _finished(lang)
    wrong = [(context, source) for (context, source, comment) in _entries(lang)
             if translator.translate(context, source, comment or None) != finished.get((context, source, comment), "")]
    assert not wrong, f"{tool.qm_path(lang).name} is older than its .ts file:\n{_listing(wrong)}\nRun `{REGENERATE} --qm`."


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_are_valid_ts_2_1(lang):
    root = ET.parse(tool.ts_path(lang)).getroot()
    assert root.tag == "TS" and root.get("version") == "2.1" and root.get("language") == lang
    assert root.get("sourcelanguage") == "en"


# -- (b) placeholders, markup, accelerators, terms -----------------------------------------------------------

PLACEHOLDER = re.compile(r"%\d+")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_tags_accelerators_and_edges(lang):
    problems = []
    for (context, source, _), text in _finished(lang).items():
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append((context, source, "placeholders"))
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            problems.append((context, source, "HTML tags"))
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append((context, source, "keyboard accelerator"))
        if source.count("\n") != text.count("\n"):
            problems.append((context, source, "line breaks"))
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            problems.append((context, source, "leading/trailing space"))
        for symbol in "σŷηδαβ≤≥→←×":
            if source.count(symbol) != text.count(symbol):
                problems.append((context, source, f"symbol {symbol}"))
    assert not problems, "\n".join(f"  [{c}] {s!r}: {what}" for c, s, what in problems)


def test_translated_templates_are_filled_with_fill_only():
    """One placeholder idiom: netbuilder.i18n.fill (Qt's %1 %2), not str.replace("%1", ...), .format or %."""
    other = re.compile(r"""\.replace\(\s*["']%\d|\.arg\(|translate\([^()]*\)\s*(%|\.format\()""")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "netbuilder").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if other.search(line)]
    assert not found, "use fill(translate(...), ...) here:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_use_the_tutorial_terms(lang):
    """神经元, 权重, 偏置, 激活函数, 损失函数, 反向传播, 学习率 ... (GLOSSARY above)."""
    k = LANGS.index(lang)
    off = []
    for (context, source, _), text in _finished(lang).items():
        for pattern, terms in GLOSSARY.items():
            if re.search(pattern, source, re.IGNORECASE) and terms[k] not in text:
                off.append(f"  [{context}] {source!r} -> {text!r}: should say {terms[k]}")
    assert not off, "\n".join(off)


# -- (c), (d) the window in Chinese -------------------------------------------------------------------------


def _plain(text: str) -> str:
    """The words of a menu text: no accelerator ("(&F)", "&"), no ellipsis."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "").replace("…", "").replace("...", "")
    return text.strip()


def _is_translated(text: str) -> bool:
    words = _plain(text)
    if not words or CJK.search(words):
        return True
    return all(w in PROPER_NAMES or not re.search(r"[A-Za-z]", w) for w in re.split(r"[\s/()（）,，:：]+", words) if w)


def _menu_texts(menu: QMenu, path=()):
    for action in menu.actions():
        if action.isSeparator():
            continue
        where = path + (action.text(),)
        yield where, action
        sub = action.menu()
        if sub is not None:
            sub.aboutToShow.emit()  # Open Recent fills itself when it opens
            yield from _menu_texts(sub, where)


@pytest.fixture
def window_in(qapp, qtbot):
    made = []

    def make(lang):
        from netbuilder.ui.app import install_translator
        from netbuilder.ui.language_menu import install_language_menu
        from netbuilder.ui.main_window import MainWindow

        assert install_translator(qapp, lang)
        w = MainWindow(remember_layout=False, autosave=False)
        install_language_menu(w)  # until MainWindow installs it itself (idempotent)
        w.resize(1200, 800)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.training.stop_and_wait()
        w.doc.undo_stack.setClean()
        w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _untranslated_menu_texts(window):
    english = []
    for menu_action in window.menuBar().actions():
        top = menu_action.text()
        if not _is_translated(top):
            english.append(top)
        menu = menu_action.menu()
        if menu is None:
            continue
        for where, action in _menu_texts(menu, (top,)):
            if action in window.examples_menu.actions():
                continue  # example file names ("worked example", "xor"): document names, not interface text
            if not _is_translated(action.text()):
                english.append(" → ".join(where))
    return english


def _visible_texts(widget):
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        text = child.text()
        if text and not text.startswith("<"):  # rich text labels hold values, not words
            yield child, text


def test_zh_CN_window_menus_docks_and_training_panel_are_chinese(window_in):
    w = window_in("zh_CN")
    assert w.menuBar().actions()[0].text() == "文件(&F)"
    english = _untranslated_menu_texts(w)
    assert not english, "menu entries still in English:\n  " + "\n  ".join(english)

    docks = {d.objectName(): d.windowTitle() for d in w.findChildren(QDockWidget)}
    assert docks and all(CJK.search(t) for t in docks.values()), docks

    panel = w.training.panel
    texts = [t for _, t in _visible_texts(panel)]
    assert "学习率" in texts and "批量大小" in texts and "轮次" in texts and "优化器" in texts and "损失函数" in texts
    english = [t for t in texts if not _is_translated(t)]
    assert not english, f"training panel texts still in English: {english}"
    assert panel.loss.itemText(panel.loss.findData("mse")) == "均方误差"
    assert {w.palette_dock.windowTitle(), w.inspector_dock.windowTitle()} == {"组件", "属性"}


def test_zh_TW_window_uses_the_traditional_terms(window_in):
    w = window_in("zh_TW")
    assert w.menuBar().actions()[0].text() == "檔案(&F)"
    english = _untranslated_menu_texts(w)
    assert not english, "menu entries still in English:\n  " + "\n  ".join(english)
    texts = [t for _, t in _visible_texts(w.training.panel)]
    for term in ("學習率", "批次大小", "輪次", "優化器", "損失函數"):
        assert term in texts, term
    assert w.training.panel.loss.itemText(w.training.panel.loss.findData("mse")) == "均方誤差"


def test_core_messages_follow_the_installed_language(qapp):
    from netbuilder.model import Network, validate
    from netbuilder.ui.app import install_translator

    english = validate(Network())[0].message
    install_translator(qapp, "zh_CN")
    assert validate(Network())[0].message.startswith("网络是空的")
    from netbuilder.explain.render import phase_title

    assert phase_title("backward") == "反向传递（反向传播）"
    install_translator(qapp, "zh_TW")
    assert validate(Network())[0].message.startswith("網路是空的")
    install_translator(qapp, "en")
    assert validate(Network())[0].message == english


# -- the language: system locale, View → Language, --lang -----------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("en_GB", "en"), ("de_DE", "en"),
    ("fr_FR", "en"),
])
def test_the_system_locale_chooses_the_language(name, expected):
    from netbuilder.ui.app import system_language

    assert system_language(QLocale(name)) == expected


def test_resolve_language_prefers_lang_then_the_remembered_choice_then_the_system(monkeypatch):
    from netbuilder.ui import app, settings

    monkeypatch.setattr(app, "system_language", lambda locale=None: "zh_TW")
    assert app.resolve_language(None) == "zh_TW"
    settings.set_language("zh_CN")
    assert app.resolve_language(None) == "zh_CN"
    assert app.resolve_language("en") == "en"
    assert app.resolve_language("zh-Hant-HK") == "zh_TW"
    settings.set_language("")
    assert app.resolve_language(None) == "zh_TW"


def test_view_language_menu_remembers_the_choice_and_switches_live(qtbot):
    from netbuilder import templates
    from netbuilder.ui import app, main_window, settings
    from netbuilder.ui.language_menu import install_language_menu

    window = main_window.MainWindow(templates.xor(), remember_layout=False)
    window.show()
    qtbot.waitExposed(window)
    menu = install_language_menu(window)
    assert install_language_menu(window) is menu  # once
    assert menu.menuAction() in window.view_menu.actions()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.data() for a in actions] == ["", "en", "zh_CN", "zh_TW"]
    assert [a.text() for a in actions[1:]] == ["English", "简体中文", "繁體中文"]
    assert actions[0].text().startswith("System default (") and actions[0].isChecked()
    assert all(a.isCheckable() for a in actions)
    window.editor.auto_layout()  # something to undo, not saved
    doc, steps = window.doc, window.doc.undo_stack.count()
    window.panels.docks["metrics"].raise_()

    actions[3].trigger()  # 繁體中文, now
    assert settings.language() == "zh_TW" and app.resolve_language(None) == "zh_TW"
    assert app.current_language() == "zh_TW"
    new = main_window._WINDOWS[-1]
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.doc is doc and doc.undo_stack.count() == steps and new.act_undo.isEnabled(), "same document, same undo"
    assert new.file_menu.title() != "&File" and "NetBuilder" in new.windowTitle()
    assert new.training.panel.start_button.text() != "Start"
    assert "繁體中文" in new.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.isVisible())
    new.act_undo.trigger()  # the new window edits the same document
    assert doc.undo_stack.count() == steps and doc.undo_stack.index() == steps - 1

    again = [a for a in new.language_menu.actions() if a.data() == "en"][0]
    again.trigger()  # back to English, live again
    newest = main_window._WINDOWS[-1]
    assert newest is not new and newest.file_menu.title() == "&File"
    assert newest.statusBar().currentMessage() == "NetBuilder is shown in English."
    [a for a in newest.language_menu.actions() if a.data() == ""][0].trigger()
    assert settings.language() == ""
    final = main_window._WINDOWS[-1] if main_window._WINDOWS else newest
    final.doc.undo_stack.setClean()
    final.close()
    assert not main_window._WINDOWS
    app.install_translator(QApplication.instance(), "en")


def test_a_remembered_choice_is_checked_in_a_new_window(window, qtbot):
    from netbuilder.ui import settings
    from netbuilder.ui.language_menu import install_language_menu

    settings.set_language("zh_CN")
    window.language_menu = None
    menu = install_language_menu(window)
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == ["zh_CN"]
