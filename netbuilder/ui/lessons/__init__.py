"""Lessons in the app: Help → Lessons, the lesson's side panel, File → Save as Lesson…, and the locks.

``install_lessons(window)`` adds all of it to a :class:`~netbuilder.ui.main_window.MainWindow` and sets
``window.lessons`` (the :class:`LessonController`), ``window.lesson_panel``, ``window.lesson_dock``,
``window.act_lessons`` and ``window.act_save_lesson``. The editor and the training panel consult the
controller before every edit (``editor.lesson_guard``, ``training.panel.lesson_guard``), so what the open
lesson locks is refused, with the reason, wherever the edit comes from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog

from ...i18n import fill, translate
from ...lessons import LessonFileError, save
from .controller import LessonController
from .dialogs import LessonsDialog, SaveLessonDialog, lesson_filter
from .panel import LessonPanel

__all__ = ["LessonController", "LessonPanel", "LessonsDialog", "SaveLessonDialog", "install_lessons"]


def install_lessons(window) -> LessonController:
    """The lesson panel (hidden until a lesson opens), Help → Lessons…, File → Save as Lesson…, the locks."""
    existing = getattr(window, "lessons", None)
    if isinstance(existing, LessonController):
        return existing
    controller = LessonController(window)
    window.lessons = controller
    panel = LessonPanel(controller, window)
    dock = QDockWidget(translate("Lessons", "Lesson"), window)
    dock.setObjectName("lessonDock")
    dock.setWidget(panel)
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Horizontal)
        window.resizeDocks([dock], [330], Qt.Orientation.Horizontal)
    dock.hide()
    window.register_dock(dock)
    window.lesson_panel, window.lesson_dock = panel, dock

    window.act_lessons = QAction(translate("Lessons", "&Lessons…"), window)
    window.act_lessons.setObjectName("actionLessons")
    window.act_lessons.triggered.connect(lambda: choose_lesson(window))
    window.addAction(window.act_lessons)
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        about = getattr(window, "act_about", None)
        help_menu.insertAction(about if about in help_menu.actions() else None, window.act_lessons)
    window.act_save_lesson = QAction(translate("Lessons", "Save as &Lesson…"), window)
    window.act_save_lesson.setObjectName("actionSaveLesson")
    window.act_save_lesson.triggered.connect(lambda: save_as_lesson(window))
    window.addAction(window.act_save_lesson)
    file_menu = getattr(window, "file_menu", None)
    if file_menu is not None:
        actions = file_menu.actions()
        after = getattr(window, "act_save_as", None)
        place = actions.index(after) + 1 if after in actions else len(actions)
        file_menu.insertAction(actions[place] if place < len(actions) else None, window.act_save_lesson)

    window.editor.lesson_guard = controller.refuse_command
    training = getattr(window, "training", None)
    if training is not None:
        training.panel.lesson_guard = controller.refuse_settings
        training.panel.chooseDataRequested.connect(controller.data_requested)
    controller.refused.connect(window.show_message)
    replay = getattr(window, "replay", None)
    if replay is not None:  # Restore This Moment is an edit of the weights: not while the lesson locks them
        controller.lessonChanged.connect(lambda _=None: replay.lesson_changed())
        replay.lesson_changed()
    walkthrough = getattr(window, "walkthrough", None)
    if walkthrough is not None:
        walkthrough.model.positionChanged.connect(lambda _=0: controller.walkthrough_moved())
        walkthrough.model.stepsChanged.connect(controller.walkthrough_moved)
    controller.adopt()
    if controller.lesson is not None:
        controller.show_panel()
    return controller


def choose_lesson(window) -> bool:
    """Help → Lessons: pick a built-in lesson or a lesson file, and open it."""
    controller = window.lessons
    dialog = LessonsDialog(window, controller.index)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.chosen_file:
        return controller.open_file(dialog.chosen_file)
    choice = dialog.choice()
    return False if choice is None else controller.open_builtin(choice)


def save_as_lesson(window, path: str | Path | None = None, dialog: SaveLessonDialog | None = None) -> Path | None:
    """File → Save as Lesson…: the open network as the start of a lesson, with its locks and goals."""
    from .. import settings

    if dialog is None:
        dialog = SaveLessonDialog(window.doc.network, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    lesson = dialog.lesson()
    if path is None:
        start = str(Path(settings.last_directory()) / f"{lesson.id}.json")
        path, _ = QFileDialog.getSaveFileName(window, translate("Lessons", "Save lesson"), start, lesson_filter())
        if not path:
            return None
        if not path.endswith(".json"):
            path += ".json"
    try:
        written = save(lesson, path)
    except LessonFileError as exc:
        window.lessons._file_error(translate("Lessons", "Cannot save the lesson"),
                                   fill(translate("Lessons", "The lesson “%1” could not be written."), Path(path).name),
                                   exc)
        return None
    window.show_message(fill(translate("Lessons", "Saved the lesson %1."), Path(written).name))
    return Path(written)
