"""The open lesson in a window: which one, its locks on the edits, its hidden panels, its live goal check.

One :class:`LessonController` per main window (``window.lessons``). What belongs to the document — which
lesson is open, which panels the lesson hid — is kept per document, so a window rebuilt around the same
document (a language switch) carries the lesson on.

- Locks: the editor asks :meth:`refuse_command` before every edit from the canvas and the inspector, the
  training panel asks :meth:`refuse_settings` before every change of a setting; a refused edit changes
  nothing and says why (status bar, training panel, lesson panel). A lesson that fixes its data disables
  the Data menu's entries and the data panel.
- The check: the goals are measured again shortly after every change of the document (not while a run
  trains a copy of it: its weights arrive when it ends), through :class:`netbuilder.lessons.Checker`.
- The network knows its lesson: opening a lesson records the lesson's id in the network's free-form view,
  so a saved attempt opened later (File → Open) finds its built-in lesson again, and
  ``netbuilder check-lesson`` can tell that the walkthrough was stepped to its end.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from ...i18n import fill, translate
from ...lessons import Lesson, LessonFileError, lesson_progress, load, record_progress
from ...lessons.builtin import builtin_paths
from ...lessons.locks import locked_text
from .guard import command_refusal, settings_refusal


@dataclass
class _Session:
    """A lesson open on a document."""

    lesson: Lesson
    #: object names of the docks the lesson hid (shown again when it closes)
    hidden_docks: list[str] = field(default_factory=list)


#: document -> its open lesson (kept by the document, so a rebuilt window finds it)
_SESSIONS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _language() -> str:
    from ..app import current_language

    return current_language()


class LessonController(QObject):
    #: The open lesson changed (or was closed: None).
    lessonChanged = Signal(object)
    #: The goals were checked: a list of GoalResult.
    checked = Signal(object)
    #: An edit was refused: the sentence.
    refused = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.results: list = []
        self.last_refusal: str | None = None
        self._checker = None
        self._builtin: list[Path] = builtin_paths()
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.check_now)
        self.doc.changed.connect(self._changed)
        self.doc.reset.connect(self._document_replaced)
        self.doc.lockedChanged.connect(lambda locked: None if locked else self._timer.start())

    # -- state -------------------------------------------------------------------------------------------

    @property
    def session(self) -> _Session | None:
        return _SESSIONS.get(self.doc)

    @property
    def lesson(self) -> Lesson | None:
        session = self.session
        return session.lesson if session else None

    @property
    def index(self) -> int | None:
        """The open lesson's place among the built-in ones, or None (a teacher's lesson)."""
        lesson = self.lesson
        if lesson is None or lesson.source is None:
            return None
        for k, path in enumerate(self._builtin):
            if path.resolve() == lesson.source.resolve():
                return k
        return None

    @property
    def builtin_count(self) -> int:
        return len(self._builtin)

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(r.met for r in self.results)

    # -- opening and closing --------------------------------------------------------------------------

    def open_builtin(self, which: int | str, *, ask: bool = True) -> bool:
        """Open a built-in lesson by its place (0 = the first) or its id ("perceptron")."""
        if isinstance(which, str):
            from ...lessons.builtin import find_builtin

            path = find_builtin(which)
            if path is None:
                raise KeyError(which)
        else:
            path = self._builtin[which]
        return self.open_file(path, ask=ask)

    def open_file(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a lesson file; a damaged one is a message, and the open network and lesson stay as they were."""
        try:
            lesson = load(path)
        except LessonFileError as exc:
            self._file_error(translate("Lessons", "Cannot open lesson"),
                             fill(translate("Lessons", "“%1” could not be opened: it is not a lesson file NetBuilder "
                                                       "can read, or it is damaged."), Path(path).name), exc)
            return False
        return self.open_lesson(lesson, ask=ask)

    def open_lesson(self, lesson: Lesson, *, ask: bool = True) -> bool:
        """Start ``lesson`` from its beginning: its network replaces the open one (after asking about unsaved
        changes), its locks apply, its panels hide, its text and goals show."""
        window = self.window
        if ask and not (window.leave_document() if hasattr(window, "leave_document") else window.maybe_save()):
            return False
        net = lesson.start()
        from ... import templates

        if hasattr(templates, "localize"):  # the shipped layer names (Input, Hidden …) in the window's language
            templates.localize(net, translate)
        record_progress(net, lesson.id)
        self._attach(lesson)
        window.set_network(net)
        self.doc.origin = f"lesson:{lesson.id}"
        self.show_panel()
        window.show_message(fill(translate("Lessons", "Lesson: %1"), lesson.title_in(_language())))
        return True

    def reset(self, *, ask: bool = True) -> bool:
        """Reset this lesson: its starting network again (the work is lost unless saved)."""
        lesson = self.lesson
        return False if lesson is None else self.open_lesson(lesson, ask=ask)

    def next(self, *, ask: bool = True) -> bool:
        k = self.index
        if k is None or k + 1 >= len(self._builtin):
            return False
        return self.open_builtin(k + 1, ask=ask)

    def previous(self, *, ask: bool = True) -> bool:
        k = self.index
        if k is None or k == 0:
            return False
        return self.open_builtin(k - 1, ask=ask)

    def close_lesson(self) -> None:
        """Leave the lesson: the network stays as it is, every control is free again, hidden panels return."""
        session = _SESSIONS.pop(self.doc, None)
        if session is not None:
            self._restore_docks(session)
        self._checker = None
        self.results = []
        self.last_refusal = None
        self._apply_data_lock()
        self.lessonChanged.emit(None)
        dock = getattr(self.window, "lesson_dock", None)
        if dock is not None:
            dock.hide()

    def adopt(self) -> None:
        """A new window around a document that already has a lesson (a language switch): show it again."""
        if self.session is not None:
            self._checker = self.lesson.checker()
            for name, widget in self._docks().items():  # docks keep their place in the window's state; not
                if name in self.lesson.controls.hidden and not isinstance(widget, QDockWidget):  # the timeline
                    widget.hide()
            self._apply_data_lock()
            self.lessonChanged.emit(self.lesson)
            self.check_now()

    def _attach(self, lesson: Lesson) -> None:
        old = self.session
        if old is not None:
            self._restore_docks(old)
        session = _Session(lesson)
        _SESSIONS[self.doc] = session
        self._checker = lesson.checker()
        self.results = []
        self.last_refusal = None
        self._hide_docks(session)
        self._apply_data_lock()
        self.lessonChanged.emit(lesson)

    def _document_replaced(self) -> None:
        """Another network was opened: it keeps the lesson it belongs to (a saved attempt), finds its built-in
        lesson when none is open, and otherwise ends the open lesson."""
        progress_id = (self.doc.network.view.get("lesson") or {}).get("id") \
            if isinstance(self.doc.network.view.get("lesson"), dict) else None
        lesson = self.lesson
        if lesson is not None and progress_id == lesson.id:
            self._timer.start()
            return
        if progress_id:
            from ...lessons.builtin import find_builtin

            path = find_builtin(progress_id)
            if path is not None:
                try:
                    self._attach(load(path))
                except LessonFileError:
                    pass
                else:
                    self.show_panel()
                    self._timer.start()
                    return
        if lesson is not None:
            self.close_lesson()
            self.window.show_message(fill(translate("Lessons", "The lesson “%1” is closed: the open network is "
                                                               "not from it."), lesson.title_in(_language())))

    # -- panels ---------------------------------------------------------------------------------------------

    def show_panel(self) -> None:
        dock = getattr(self.window, "lesson_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()

    def _docks(self) -> dict[str, QWidget]:
        w = self.window
        found = {"palette": getattr(w, "palette_dock", None), "inspector": getattr(w, "inspector_dock", None),
                 "training": getattr(getattr(w, "training", None), "dock", None),
                 "data": getattr(w, "data_dock", None), "walkthrough": getattr(w, "walkthrough_dock", None)}
        panels = getattr(w, "panels", None)
        found.update(getattr(panels, "docks", {}) or {})
        # not a dock: the replay timeline under the Loss plot, hidden and shown again like one
        found["replay"] = getattr(getattr(w, "replay", None), "timeline", None)
        return {k: v for k, v in found.items() if v is not None}

    def _hide_docks(self, session: _Session) -> None:
        for name, dock in self._docks().items():
            if name in session.lesson.controls.hidden and not dock.isHidden():
                dock.hide()
                session.hidden_docks.append(dock.objectName())

    def _restore_docks(self, session: _Session) -> None:
        by_name = {d.objectName(): d for d in self._docks().values()}
        for name in session.hidden_docks:
            if name in by_name:
                by_name[name].show()
        session.hidden_docks.clear()

    # -- locks ------------------------------------------------------------------------------------------------

    def refuse_command(self, command) -> str | None:
        """For the editor: why the open lesson refuses this edit, or None."""
        lesson = self.lesson
        if lesson is None:
            return None
        reason = command_refusal(lesson.controls, self.doc.network, command)
        if reason:
            self._refused(reason)
            inspector = getattr(self.window, "inspector", None)
            if inspector is not None:  # the widget that asked shows the value as it still is
                QTimer.singleShot(0, inspector.reload)
        return reason

    def refuse_settings(self, changes: dict) -> str | None:
        """For the training panel: why the open lesson refuses these setting changes, or None."""
        lesson = self.lesson
        if lesson is None:
            return None
        reason = settings_refusal(lesson.controls, self.doc.network, changes)
        if reason:
            self._refused(reason)
        return reason

    def _refused(self, reason: str) -> None:
        self.last_refusal = reason
        self.refused.emit(reason)

    @property
    def data_locked(self) -> bool:
        lesson = self.lesson
        return lesson is not None and lesson.controls.is_locked("dataset")

    def _apply_data_lock(self) -> None:
        locked = self.data_locked
        w = self.window
        tip = locked_text("dataset") if locked else ""
        for name in ("act_choose_data", "act_import_csv", "act_open_idx", "act_own_data"):
            action = getattr(w, name, None)
            if action is not None:
                action.setEnabled(not locked)
                action.setToolTip(tip)
        panel = getattr(w, "data_panel", None)
        if panel is not None:
            panel.setEnabled(not locked)
            panel.setToolTip(tip)

    def data_requested(self) -> None:
        """The training panel's Choose… button: say why nothing happens when the lesson fixes the data."""
        if self.data_locked:
            text = locked_text("dataset")
            self._refused(text)
            training = getattr(self.window, "training", None)
            if training is not None:
                training.panel.show_message(text, error=True)
            self.window.show_message(text)

    # -- the walkthrough goal ------------------------------------------------------------------------------------

    def walkthrough_moved(self) -> None:
        """Record in the network that the walkthrough reached its last step (for a lesson with that goal)."""
        lesson = self.lesson
        walkthrough = getattr(self.window, "walkthrough", None)
        if lesson is None or walkthrough is None or not any(g.kind == "walkthrough" for g in lesson.goals):
            return
        model = walkthrough.model
        if walkthrough.mode != "network" or model.count == 0 or not model.at_end:
            return
        net = self.doc.network
        if lesson_progress(net, lesson.id).get("walkthrough_finished"):
            return
        record_progress(net, lesson.id, walkthrough_finished=True)
        self.doc.mark_modified()  # worth saving: the file now says so (netbuilder check-lesson reads it)
        self.check_now()

    # -- checking ----------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.session is not None:
            self._timer.start()

    def check_now(self) -> list:
        """Measure the goals on the open network now (the panel shows the results)."""
        lesson = self.lesson
        if lesson is None:
            return []
        if self.doc.locked:  # a run trains a copy; its result arrives when it ends
            return self.results
        if self._checker is None:
            self._checker = lesson.checker()
        base = self.doc.path.parent if self.doc.path else None
        self.results = self._checker.check(self.doc.network, base, _language())
        self.checked.emit(self.results)
        return self.results

    # -- helpers --------------------------------------------------------------------------------------------------

    def _file_error(self, title: str, sentence: str, error: Exception) -> None:
        file_error = getattr(self.window, "file_error", None)
        if callable(file_error):
            file_error(title, sentence, error)
        else:
            QMessageBox.critical(self.window, title, f"{sentence}\n\n{error}")
