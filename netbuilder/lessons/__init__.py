"""Lessons: a starting network, a text in three languages, locked controls and goals the app checks.

- :mod:`.format`: the lesson file (:class:`Lesson`, :func:`load`, :func:`save`, strict reading);
- :mod:`.locks`: which controls a lesson locks, hides or limits, and how an edit or a submitted network
  is judged against them;
- :mod:`.goals`: the goals and their :class:`Checker` (through :mod:`netbuilder.api`);
- :mod:`.builtin`: the lessons NetBuilder ships (``resources/lessons``), following the tutorials.

No Qt: ``netbuilder check-lesson`` grades saved networks with the same code the app's lesson panel uses.
"""

from .format import FORMAT_NAME, FORMAT_VERSION, LANGUAGES, Lesson, LessonFileError, dumps, load, loads, save
from .goals import Case, Checker, Goal, GoalResult, Report, lesson_progress, record_progress
from .locks import CONTROLS, PANELS, Controls, Violation, changed_controls, refusal, violations

__all__ = ["CONTROLS", "FORMAT_NAME", "FORMAT_VERSION", "LANGUAGES", "PANELS", "Case", "Checker", "Controls", "Goal",
           "GoalResult", "Lesson", "LessonFileError", "Report", "Violation", "changed_controls", "dumps",
           "lesson_progress", "load", "loads", "record_progress", "refusal", "save", "violations"]
