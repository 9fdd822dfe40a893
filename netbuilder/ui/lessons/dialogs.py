"""Help → Lessons (the built-in lessons, or a lesson file) and File → Save as Lesson… (the teacher's view)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill, translate
from ...lessons import CONTROLS, LANGUAGES, PANELS, Controls, Goal, Lesson, LessonFileError, load
from ...lessons.builtin import builtin_paths
from ...model.history import TrainingHistory


def _language() -> str:
    from ..app import current_language

    return current_language()


class LessonsDialog(QDialog):
    """The built-in lessons in order, with each one's text; Open, or Open a lesson file…"""

    def __init__(self, parent=None, current: int | None = None):
        super().__init__(parent)
        self.setObjectName("lessonsDialog")
        self.setWindowTitle(translate("Lessons", "Lessons"))
        self.chosen_file: str | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.preview = QTextBrowser()
        self.preview.setObjectName("lessonPreview")
        row.addWidget(self.list, 2)
        row.addWidget(self.preview, 3)
        layout.addLayout(row, 1)
        language = _language()
        self.lessons: list[Lesson | None] = []
        for k, path in enumerate(builtin_paths()):
            try:
                lesson = load(path)
                text = fill(translate("Lessons", "%1. %2"), k + 1, lesson.title_in(language))
            except LessonFileError as exc:  # a damaged installation: listed, not opened
                lesson, text = None, f"{k + 1}. {path.name}: {exc.message}"
            self.lessons.append(lesson)
            item = QListWidgetItem(text)
            if lesson is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.file_button = buttons.addButton(translate("Lessons", "Open a Lesson &File…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self._choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(current if current is not None else 0)
        self.resize(820, 520)

    def _describe(self, row: int) -> None:
        lesson = self.lessons[row] if 0 <= row < len(self.lessons) else None
        if lesson is None:
            self.preview.clear()
            return
        language = _language()
        goals = "\n".join(f"- {g.describe(language)}" for g in lesson.goals)
        self.preview.setMarkdown(f"## {lesson.title_in(language)}\n\n{lesson.text_in(language)}\n\n"
                                 f"**{translate('Lessons', 'Goals')}**\n\n{goals}\n")

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from .. import settings

        path, _ = QFileDialog.getOpenFileName(self, translate("Lessons", "Open lesson"), settings.last_directory(),
                                              lesson_filter())
        if path:
            self.chosen_file = path
            self.accept()

    def choice(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.lessons) and self.lessons[row] is not None else None


def lesson_filter() -> str:
    return translate("Lessons", "NetBuilder lessons (*.json)") + ";;" + translate("Lessons", "All files (*)")


#: The goals the teacher's dialog offers: kind, bound, default, and the dialog's label.
_SIMPLE_GOALS = (
    ("accuracy", "at_least", 0.9),
    ("loss", "at_most", 0.3),
    ("hidden_neurons", "at_most", 8),
    ("hidden_layers", "at_least", 1),
    ("parameters", "at_most", 1000),
    ("untrained", None, None),
    ("walkthrough", None, None),
)


def _goal_label(kind: str) -> str:
    return {
        "accuracy": translate("Lessons", "Accuracy at least"),
        "loss": translate("Lessons", "Loss at most"),
        "hidden_neurons": translate("Lessons", "Hidden neurons at most"),
        "hidden_layers": translate("Lessons", "Hidden layers at least"),
        "parameters": translate("Lessons", "Parameters at most"),
        "untrained": translate("Lessons", "Solved by hand, without training"),
        "walkthrough": translate("Lessons", "The walkthrough stepped to its last step"),
    }[kind]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64]
    return slug or "lesson"


class SaveLessonDialog(QDialog):
    """The teacher's view: the open network as a lesson, with its text, what is locked, and the goals."""

    def __init__(self, network, parent=None):
        super().__init__(parent)
        self.setObjectName("saveLessonDialog")
        self.setWindowTitle(translate("Lessons", "Save as Lesson"))
        self.network = network
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)

        # -- text
        page = QWidget()
        form = QFormLayout(page)
        self.lesson_id = QLineEdit(_slug(network.name))
        self.lesson_id.setObjectName("lessonId")
        form.addRow(translate("Lessons", "Short name (id)"), self.lesson_id)
        self.titles: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        text_tabs = QTabWidget()
        from ..app import LANGUAGES as NAMES

        for code in LANGUAGES:
            self.titles[code] = QLineEdit(network.name if code == _language() else "")
            self.titles[code].setObjectName(f"lessonTitle:{code}")
            form.addRow(fill(translate("Lessons", "Title (%1)"), NAMES[code]), self.titles[code])
            edit = QPlainTextEdit(network.description if code == _language() else "")
            edit.setObjectName(f"lessonText:{code}")
            edit.setPlaceholderText(translate("Lessons", "What to do, in Markdown: **bold**, *italic*, lists with -"))
            self.texts[code] = edit
            text_tabs.addTab(edit, NAMES[code])
        form.addRow(translate("Lessons", "Text"), text_tabs)
        tabs.addTab(page, translate("Lessons", "Text"))

        # -- controls
        page = QWidget()
        grid = QVBoxLayout(page)
        mode = QHBoxLayout()
        self.lock_checked = QRadioButton(translate("Lessons", "Lock the checked controls"))
        self.only_checked = QRadioButton(translate("Lessons", "Leave only the checked controls editable"))
        self.lock_checked.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.lock_checked)
        group.addButton(self.only_checked)
        mode.addWidget(self.lock_checked)
        mode.addWidget(self.only_checked)
        grid.addLayout(mode)
        boxes = QGridLayout()
        self.control_boxes: dict[str, QCheckBox] = {}
        for k, name in enumerate(CONTROLS):
            box = QCheckBox(translate("Lessons", CONTROLS[name]))
            box.setObjectName(f"control:{name}")
            self.control_boxes[name] = box
            boxes.addWidget(box, k // 2, k % 2)
        grid.addLayout(boxes)
        limits = QFormLayout()
        self.max_neurons = QSpinBox(minimum=-1, maximum=1_000_000)
        self.max_neurons.setSpecialValueText(translate("Lessons", "no limit"))
        self.max_neurons.setValue(-1)
        limits.addRow(translate("Lessons", "At most this many hidden neurons"), self.max_neurons)
        self.max_layers = QSpinBox(minimum=-1, maximum=1000)
        self.max_layers.setSpecialValueText(translate("Lessons", "no limit"))
        self.max_layers.setValue(-1)
        limits.addRow(translate("Lessons", "At most this many hidden layers"), self.max_layers)
        grid.addLayout(limits)
        hidden = QGroupBox(translate("Lessons", "Panels to hide (they stay in View → Panels)"))
        hidden_grid = QGridLayout(hidden)
        self.panel_boxes: dict[str, QCheckBox] = {}
        for k, name in enumerate(PANELS):
            box = QCheckBox(translate("Lessons", PANELS[name]))
            box.setObjectName(f"panel:{name}")
            self.panel_boxes[name] = box
            hidden_grid.addWidget(box, k // 3, k % 3)
        grid.addWidget(hidden)
        grid.addStretch(1)
        tabs.addTab(page, translate("Lessons", "Controls"))

        # -- goals
        page = QWidget()
        goals = QGridLayout(page)
        self.goal_boxes: dict[str, tuple[QCheckBox, QWidget | None]] = {}
        for k, (kind, bound, default) in enumerate(_SIMPLE_GOALS):
            box = QCheckBox(_goal_label(kind))
            box.setObjectName(f"goal:{kind}")
            goals.addWidget(box, k, 0)
            value = None
            if isinstance(default, float):
                value = QDoubleSpinBox(decimals=4, minimum=0.0, maximum=1.0 if kind == "accuracy" else 1e6)
                value.setSingleStep(0.01)
                value.setValue(default)
            elif default is not None:
                value = QSpinBox(minimum=0, maximum=100_000_000)
                value.setValue(default)
            if value is not None:
                value.setObjectName(f"goalValue:{kind}")
                goals.addWidget(value, k, 1)
            self.goal_boxes[kind] = (box, value)
        note = QLabel(translate("Lessons", "Goals on outputs or a single weight can be written into the file "
                                           "(see docs/lessons.md)."))
        note.setWordWrap(True)
        note.setEnabled(False)
        goals.addWidget(note, len(_SIMPLE_GOALS), 0, 1, 2)
        goals.setRowStretch(len(_SIMPLE_GOALS) + 1, 1)
        tabs.addTab(page, translate("Lessons", "Goals"))

        self.problem = QLabel()
        self.problem.setObjectName("saveLessonProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def lesson(self) -> Lesson:
        """The lesson the dialog describes; ValueError (a sentence) if it is not complete."""
        title = {code: edit.text().strip() for code, edit in self.titles.items() if edit.text().strip()}
        if not title:
            raise ValueError(translate("Lessons", "Give the lesson a title."))
        lesson_id = self.lesson_id.text().strip()
        if not re.match(r"^[a-z0-9][a-z0-9_-]{0,63}$", lesson_id):
            raise ValueError(translate("Lessons", "The short name may hold only lower-case letters, digits, - and _."))
        checked = frozenset(name for name, box in self.control_boxes.items() if box.isChecked())
        controls = Controls(
            locked=checked if self.lock_checked.isChecked() else frozenset(),
            editable=checked if self.only_checked.isChecked() else None,
            hidden=frozenset(name for name, box in self.panel_boxes.items() if box.isChecked()),
            max_hidden_neurons=None if self.max_neurons.value() < 0 else self.max_neurons.value(),
            max_hidden_layers=None if self.max_layers.value() < 0 else self.max_layers.value(),
        )
        goals = []
        for kind, bound, _ in _SIMPLE_GOALS:
            box, value = self.goal_boxes[kind]
            if box.isChecked():
                goals.append(Goal(kind, **({bound: value.value()} if bound else {})))
        if not goals:
            raise ValueError(translate("Lessons", "Choose at least one goal."))
        network = self.network.copy()
        network.history = TrainingHistory()  # the teacher's runs are not the students' (and "by hand" holds)
        network.view = {k: v for k, v in network.view.items() if k != "lesson"}
        text = {code: edit.toPlainText() for code, edit in self.texts.items() if edit.toPlainText().strip()}
        return Lesson(lesson_id, title, text, network, controls, goals)

    def _accept(self) -> None:
        try:
            lesson = self.lesson()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        report = lesson.check(lesson.start(), language=_language())
        if report.passed:
            self.problem.setText(translate("Lessons", "The starting network already meets every goal: the students "
                                                      "would have nothing to do. Change a goal, or the network."))
            return
        self.accept()
