"""The lesson's side panel: its title and text, the goals with a live ✓ and the figure, its rules, and
Previous / Reset this lesson / Next."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill, translate
from ..icons import icon

MET = "#1b7f3b"  # green, like the app's ✓ elsewhere
NOT_MET = "#D55E00"  # the colour-blind-safe orange of the class colours


class LessonPanel(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.controller = controller
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.where = QLabel()
        self.where.setObjectName("lessonPosition")
        self.where.setEnabled(False)
        outer.addWidget(self.where)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.text, 1)
        self.goals_title = QLabel(translate("Lessons", "Goals"))
        bold = self.goals_title.font()
        bold.setBold(True)
        self.goals_title.setFont(bold)
        outer.addWidget(self.goals_title)
        self.goals = QLabel()
        self.goals.setObjectName("lessonGoals")
        self.goals.setWordWrap(True)
        self.goals.setTextFormat(Qt.TextFormat.RichText)
        self.goals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.goals)
        self.verdict = QLabel()
        self.verdict.setObjectName("lessonVerdict")
        self.verdict.setWordWrap(True)
        outer.addWidget(self.verdict)
        self.rules = QLabel()
        self.rules.setObjectName("lessonRules")
        self.rules.setWordWrap(True)
        self.rules.setEnabled(False)
        outer.addWidget(self.rules)
        self.refusal = QLabel()
        self.refusal.setObjectName("lessonRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {NOT_MET};")
        outer.addWidget(self.refusal)
        row = QHBoxLayout()
        self.previous_button = QPushButton(translate("Lessons", "◀ Previous"))
        self.previous_button.setObjectName("previousLesson")
        self.previous_button.clicked.connect(lambda: controller.previous())
        self.reset_button = QPushButton(icon("reset"), translate("Lessons", "Reset this lesson"))
        self.reset_button.setObjectName("resetLesson")
        self.reset_button.setToolTip(translate("Lessons", "Start this lesson again from its network"))
        self.reset_button.clicked.connect(lambda: controller.reset())
        self.next_button = QPushButton(translate("Lessons", "Next ▶"))
        self.next_button.setObjectName("nextLesson")
        self.next_button.clicked.connect(lambda: controller.next())
        for b in (self.previous_button, self.reset_button, self.next_button):
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            row.addWidget(b)
        outer.addLayout(row)
        bottom = QHBoxLayout()
        self.all_button = QPushButton(translate("Lessons", "All lessons…"))
        self.all_button.setObjectName("allLessons")
        self.all_button.clicked.connect(lambda: controller.window.act_lessons.trigger())
        self.close_button = QPushButton(translate("Lessons", "Close lesson"))
        self.close_button.setObjectName("closeLesson")
        self.close_button.setToolTip(translate("Lessons", "Leave the lesson: the network stays, nothing is locked"))
        self.close_button.clicked.connect(controller.close_lesson)
        bottom.addWidget(self.all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        controller.lessonChanged.connect(self.show_lesson)
        controller.checked.connect(self.show_results)
        controller.refused.connect(self.show_refusal)
        self.show_lesson(controller.lesson)

    def show_lesson(self, lesson) -> None:
        from ..app import current_language

        language = current_language()
        has = lesson is not None
        for w in (self.goals_title, self.goals, self.rules, self.previous_button, self.reset_button,
                  self.next_button, self.close_button):
            w.setVisible(has)
        self.refusal.clear()
        self.verdict.clear()
        if not has:
            self.where.setText("")
            self.title.setText(translate("Lessons", "No lesson open"))
            self.text.setMarkdown(translate("Lessons", "Help → Lessons lists the lessons: each starts from a network, "
                                                       "says what to do, and checks your goals as you work."))
            return
        index, count = self.controller.index, self.controller.builtin_count
        self.where.setText(fill(translate("Lessons", "Lesson %1 of %2"), index + 1, count) if index is not None
                           else translate("Lessons", "Lesson from a file"))
        self.title.setText(lesson.title_in(language))
        self.text.setMarkdown(lesson.text_in(language))
        self.previous_button.setEnabled(index is not None and index > 0)
        self.next_button.setEnabled(index is not None and index + 1 < count)
        rules = lesson.controls.summary()
        self.rules.setText("\n".join(rules))
        self.rules.setVisible(bool(rules))
        self.goals.setText("<br>".join(f"◻ {html.escape(g.describe(language))}" for g in lesson.goals))

    def show_results(self, results) -> None:
        rows = []
        for r in results:
            mark, colour = ("✓", MET) if r.met else ("✗", NOT_MET)
            rows.append(f"<span style='color:{colour}; font-weight:bold'>{mark}</span> "
                        f"{html.escape(r.description)}: <span style='color:{colour}'>{html.escape(r.figure)}</span>")
        self.goals.setText("<br>".join(rows))
        if results and all(r.met for r in results):
            index, count = self.controller.index, self.controller.builtin_count
            more = index is not None and index + 1 < count
            self.verdict.setText(translate("Lessons", "All goals met: well done! Go on with the next lesson.") if more
                                 else translate("Lessons", "All goals met: well done!"))
            self.verdict.setStyleSheet(f"color: {MET}; font-weight: bold;")
            self.refusal.clear()
        else:
            self.verdict.clear()

    def show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
