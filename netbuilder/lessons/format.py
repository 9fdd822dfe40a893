"""The lesson file (``.json``): a title and text in three languages, a starting network, locks, goals.

A lesson is one UTF-8 JSON document (``docs/lessons.md``)::

    {"format": "netbuilder-lesson", "version": 1, "id": "perceptron",
     "title": {"en": …, "zh_CN": …, "zh_TW": …}, "text": {"en": "Markdown …", …},
     "controls": {"editable": ["weights"], "hidden": ["loss"], "max_hidden_neurons": null, …},
     "goals": [{"kind": "outputs", "cases": [{"input": [0, 0], "output": [0]}, …]}, …],
     "network": { …the starting network, exactly as a .nbn file holds it… }}

The starting network is embedded in the ``.nbn`` form (:func:`netbuilder.io.nbn.dumps`) rather than
named as a built-in template: a teacher's lesson starts from whatever network the teacher made (File →
Save as lesson…), not from a template; a template that changes in a later version would silently change
every lesson built on it and whether its goals can be met; and the embedded network is read by the
network file's own strict reader, with the same checks and limits.

Reading is strict and bounded, as for networks: at most :data:`MAX_FILE_BYTES` from a regular file
(:func:`netbuilder.files.read_bounded_bytes`), strict JSON (no key twice, no NaN, bounded nesting), no
unknown field, every value checked; any problem is one :class:`LessonFileError` naming the place
(``goals[2].at_least: expected a number, got the text 'x'``; ``network.layers[1].units: …``). Writing
goes through :func:`netbuilder.files.atomic_write_text`.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import FileAccessError, atomic_write_text, read_bounded_bytes
from ..io import nbn
from ..io.arrays import describe
from ..io.errors import NetworkFileError, shorten
from ..model.catalog import LOSSES
from ..model.network import Network
from .goals import COUNT_KINDS, GOAL_FIELDS, Case, Checker, Goal, Report
from .locks import CONTROLS, PANELS, Controls, violations

FORMAT_NAME = "netbuilder-lesson"
FORMAT_VERSION = 1
SUFFIX = ".json"
#: The languages a lesson's title and text may be given in (the app's).
LANGUAGES = ("en", "zh_CN", "zh_TW")
MAX_FILE_BYTES = 64 * 2**20
MAX_TITLE = 200
MAX_TEXT = 200_000
MAX_GOALS = 50
MAX_CASES = 1000
MAX_CASE_VALUES = 100_000

_TOP_KEYS = ("format", "version", "id", "title", "text", "controls", "goals", "network")
_CONTROL_KEYS = ("locked", "editable", "hidden", "max_hidden_neurons", "max_hidden_layers")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

#: version -> function turning a document of that version into one of the next (none yet).
MIGRATIONS: dict[int, Any] = {}


class LessonFileError(NetworkFileError):
    """A lesson file could not be read or written; names the file and the place in it (one line)."""

    def with_path(self, path: str) -> "LessonFileError":
        return LessonFileError(self.message, where=self.where, path=path)


@dataclass
class Lesson:
    id: str
    title: dict[str, str]
    text: dict[str, str]
    network: Network
    controls: Controls = field(default_factory=Controls)
    goals: list[Goal] = field(default_factory=list)
    #: The file it was read from (data files the network names are found beside it); not written.
    source: Path | None = None

    def __post_init__(self) -> None:
        if not _ID.match(self.id or ""):
            raise ValueError(f"a lesson id is 1 to 64 lower-case letters, digits, '-' or '_', got {self.id!r}")
        if not self.title:
            raise ValueError("a lesson needs a title")
        if not self.goals:
            raise ValueError("a lesson needs at least one goal")

    def title_in(self, language: str) -> str:
        return _pick(self.title, language)

    def text_in(self, language: str) -> str:
        return _pick(self.text, language)

    def start(self) -> Network:
        """A fresh copy of the starting network."""
        return self.network.copy()

    @property
    def folder(self) -> Path | None:
        return self.source.parent if self.source else None

    def checker(self) -> Checker:
        checker = Checker(self.goals, self.id, self.network.dataset, self.folder)
        checker.lock_data = self.controls.is_locked("dataset")
        return checker

    def check(self, net: Network, base_dir: str | Path | None = None, language: str = "en",
              checker: Checker | None = None) -> Report:
        """Every goal on ``net`` and what it changed of the locked controls (see :func:`.locks.violations`)."""
        checker = checker or self.checker()
        return Report(checker.check(net, base_dir, language), violations(self.controls, self.network, net))


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


# -- writing -------------------------------------------------------------------------------------------


def to_document(lesson: Lesson) -> dict[str, Any]:
    """The lesson as JSON values, the network as the .nbn document."""
    return {**_head(lesson), "network": json.loads(nbn.dumps(lesson.network))}


def _head(lesson: Lesson) -> dict[str, Any]:
    c = lesson.controls
    controls: dict[str, Any] = {}
    if c.editable is not None:
        controls["editable"] = [n for n in CONTROLS if n in c.editable]
    else:
        controls["locked"] = [n for n in CONTROLS if n in c.locked]
    controls["hidden"] = [n for n in PANELS if n in c.hidden]
    controls["max_hidden_neurons"] = c.max_hidden_neurons
    controls["max_hidden_layers"] = c.max_hidden_layers
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "id": lesson.id,
        "title": {k: lesson.title[k] for k in LANGUAGES if k in lesson.title},
        "text": {k: lesson.text[k] for k in LANGUAGES if k in lesson.text},
        "controls": controls,
        "goals": [g.to_json() for g in lesson.goals],
    }


def dumps(lesson: Lesson) -> str:
    """The file's text: the lesson's fields indented, the network laid out as a .nbn file lays it out.

    Raises :class:`LessonFileError` for anything the reader would refuse."""
    try:
        network_text = nbn.dumps(lesson.network)
    except NetworkFileError as exc:
        raise LessonFileError(exc.message, where=_inside("network", exc.where)) from None
    head = _head(lesson)
    parts = [f"  {json.dumps(k)}: {_pretty(v, 1)}" for k, v in head.items()]
    parts.append('  "network": ' + _indent(network_text.rstrip("\n")))
    text = "{\n" + ",\n".join(parts) + "\n}\n"
    loads(text)  # whatever is written opens again
    return text


def _pretty(value: Any, level: int) -> str:
    """Objects and lists of plain values on one line when short, as a network file lays them out."""
    pad, inner = "  " * level, "  " * (level + 1)
    flat = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or not value:
        return flat
    items = value.values() if isinstance(value, dict) else value
    if len(flat) + len(pad) <= 100 and (all(not isinstance(v, (dict, list)) for v in items) or len(flat) <= 60):
        return flat
    if isinstance(value, dict):
        rows = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_pretty(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + "\n" + pad + "}"
    return "[\n" + ",\n".join(inner + _pretty(v, level + 1) for v in value) + "\n" + pad + "]"


def _indent(text: str) -> str:
    return text.replace("\n", "\n  ")


def save(lesson: Lesson, path: str | os.PathLike) -> Path:
    """Write atomically (the old file stays whole if anything fails); failures are LessonFileErrors."""
    path = Path(path)
    try:
        text = dumps(lesson)
    except LessonFileError as exc:
        raise exc.with_path(str(path)) from None
    try:
        return atomic_write_text(path, text)
    except FileAccessError as exc:
        raise LessonFileError(exc.message, path=exc.path) from None


# -- reading -------------------------------------------------------------------------------------------


def load(path: str | os.PathLike) -> Lesson:
    """Open a lesson file; every failure is a :class:`LessonFileError` naming the file."""
    path = Path(path)
    try:
        data = read_bounded_bytes(path, MAX_FILE_BYTES, kind="a lesson file")
    except FileAccessError as exc:
        raise LessonFileError(exc.message, path=exc.path) from None
    try:
        lesson = loads(data)
    except LessonFileError as exc:
        raise exc.with_path(str(path)) from None
    lesson.source = path
    return lesson


def loads(data: bytes | str) -> Lesson:
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise LessonFileError(f"the file is more than the {MAX_FILE_BYTES // 2**20} MB a lesson file may have")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise LessonFileError(f"the file is not UTF-8 text (byte {exc.start} on line {line} cannot be read): "
                                  "it is not a lesson file, or it is damaged") from None
    try:
        doc = nbn.parse_json(data)
    except NetworkFileError as exc:
        raise LessonFileError(exc.message, where=exc.where) from None
    return from_document(doc)


def _inside(prefix: str, where: str) -> str:
    if not where:
        return prefix
    if where.startswith("line "):
        return where
    return f"{prefix}{where}" if where.startswith("[") else f"{prefix}.{where}"


class _Obj:
    """One JSON object of the file and its place, with checked getters."""

    def __init__(self, value: Any, where: str, what: str = "an object"):
        if not isinstance(value, dict):
            raise LessonFileError(f"expected {what}, got {describe(value)}", where=where or "the file")
        self.value, self.where = value, where

    def at(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.where}[{key}]"
        return f"{self.where}.{key}" if self.where else key

    def only(self, keys, what: str) -> None:
        for key in self.value:
            if key not in keys:
                close = difflib.get_close_matches(key, list(keys), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f" ({what} has: {', '.join(keys)})"
                raise LessonFileError(f"unknown field {json.dumps(shorten(key, 40))}{hint}", where=self.where or "the file")

    def require(self, key: str) -> Any:
        if key not in self.value:
            raise LessonFileError(f"the field '{key}' is missing", where=self.where or "the file")
        return self.value[key]


def _number(value: Any, where: str, *, minimum: float | None = None, maximum: float | None = None,
            whole: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise LessonFileError(f"expected {'a whole number' if whole else 'a number'}, got {describe(value)}", where=where)
    if whole and not float(value).is_integer():
        raise LessonFileError(f"expected a whole number, got {describe(value)}", where=where)
    if minimum is not None and value < minimum:
        raise LessonFileError(f"must be at least {minimum:g}, got {value:g}", where=where)
    if maximum is not None and value > maximum:
        raise LessonFileError(f"must be at most {maximum:g}, got {value:g}", where=where)
    return int(value) if whole else float(value)


def _texts(value: Any, where: str, limit: int, *, required: bool) -> dict[str, str]:
    obj = _Obj(value, where, "an object of texts by language (\"en\", \"zh_CN\", \"zh_TW\")")
    obj.only(LANGUAGES, "a text")
    out = {}
    for key, text in obj.value.items():
        if not isinstance(text, str):
            raise LessonFileError(f"expected a text, got {describe(text)}", where=obj.at(key))
        if len(text) > limit:
            raise LessonFileError(f"the text is {len(text):,} characters long, more than the {limit:,} allowed",
                                  where=obj.at(key))
        if text.strip():
            out[key] = text
    if required and not out:
        raise LessonFileError("give the text in at least one language (\"en\", \"zh_CN\" or \"zh_TW\")", where=where)
    return out


def _names(value: Any, where: str, known: dict[str, str], what: str) -> frozenset[str]:
    if not isinstance(value, list):
        raise LessonFileError(f"expected a list of {what} names, got {describe(value)}", where=where)
    names = []
    for i, name in enumerate(value):
        if not isinstance(name, str):
            raise LessonFileError(f"expected a {what} name, got {describe(name)}", where=f"{where}[{i}]")
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"there are: {', '.join(known)}"
            raise LessonFileError(f"there is no {what} {json.dumps(shorten(name, 40))} ({hint})", where=f"{where}[{i}]")
        if name in names:
            raise LessonFileError(f"the {what} '{name}' is named twice", where=f"{where}[{i}]")
        names.append(name)
    return frozenset(names)


def _controls(value: Any) -> Controls:
    obj = _Obj(value, "controls")
    obj.only(_CONTROL_KEYS, "controls")
    if "locked" in obj.value and "editable" in obj.value:
        raise LessonFileError("give either 'locked' (what is locked) or 'editable' (the only things that are not), "
                              "not both", where="controls")
    locked = _names(obj.value.get("locked", []), obj.at("locked"), CONTROLS, "control")
    editable = _names(obj.value["editable"], obj.at("editable"), CONTROLS, "control") if "editable" in obj.value else None
    hidden = _names(obj.value.get("hidden", []), obj.at("hidden"), PANELS, "panel")
    limits = {}
    for key in ("max_hidden_neurons", "max_hidden_layers"):
        raw = obj.value.get(key)
        limits[key] = None if raw is None else _number(raw, obj.at(key), minimum=0, maximum=1_000_000, whole=True)
    return Controls(locked=locked, editable=editable, hidden=hidden, **limits)


def _values(value: Any, where: str, budget: list[int]) -> tuple[float, ...]:
    if not isinstance(value, list) or not value:
        raise LessonFileError(f"expected a list of numbers, got {describe(value)}", where=where)
    budget[0] -= len(value)
    if budget[0] < 0:
        raise LessonFileError(f"the cases hold more than {MAX_CASE_VALUES:,} numbers", where=where)
    return tuple(_number(v, f"{where}[{i}]") for i, v in enumerate(value))


def _goal(value: Any, where: str) -> Goal:
    obj = _Obj(value, where)
    kind = obj.require("kind")
    if not isinstance(kind, str) or kind not in GOAL_FIELDS:
        close = difflib.get_close_matches(kind, list(GOAL_FIELDS), n=1) if isinstance(kind, str) else []
        hint = f"did you mean '{close[0]}'?" if close else f"there are: {', '.join(GOAL_FIELDS)}"
        raise LessonFileError(f"there is no goal kind {describe(kind)} ({hint})", where=obj.at("kind"))
    fields = GOAL_FIELDS[kind]
    obj.only(("kind", *fields, "label"), f"a goal of kind '{kind}'")
    args: dict[str, Any] = {"kind": kind}
    if "label" in obj.value:
        args["label"] = tuple(_texts(obj.value["label"], obj.at("label"), MAX_TITLE * 2, required=True).items())
    if kind == "accuracy":
        args["at_least"] = _number(obj.require("at_least"), obj.at("at_least"), minimum=0, maximum=1)
    elif kind == "loss":
        args["at_most"] = _number(obj.require("at_most"), obj.at("at_most"), minimum=0)
        function = obj.value.get("function")
        if function is not None:
            if not isinstance(function, str) or function not in LOSSES:
                raise LessonFileError(f"there is no loss {describe(function)} (there are: {', '.join(LOSSES)})",
                                      where=obj.at("function"))
            args["function"] = function
    elif kind in COUNT_KINDS:
        if "at_least" not in obj.value and "at_most" not in obj.value:
            raise LessonFileError("give 'at_least', 'at_most' or both", where=where)
        for key in ("at_least", "at_most"):
            if obj.value.get(key) is not None:
                args[key] = _number(obj.value[key], obj.at(key), minimum=0, maximum=1e12, whole=True)
        if args.get("at_least") is not None and args.get("at_most") is not None and args["at_least"] > args["at_most"]:
            raise LessonFileError(f"'at_least' ({args['at_least']}) is more than 'at_most' ({args['at_most']})",
                                  where=where)
    elif kind == "outputs":
        raw = obj.require("cases")
        if not isinstance(raw, list) or not raw:
            raise LessonFileError(f"expected a list of cases, got {describe(raw)}", where=obj.at("cases"))
        if len(raw) > MAX_CASES:
            raise LessonFileError(f"{len(raw):,} cases, more than the {MAX_CASES:,} allowed", where=obj.at("cases"))
        budget = [MAX_CASE_VALUES]
        cases = []
        for i, item in enumerate(raw):
            case = _Obj(item, f"{obj.at('cases')}[{i}]")
            case.only(("input", "output"), "a case")
            cases.append(Case(_values(case.require("input"), case.at("input"), budget),
                              _values(case.require("output"), case.at("output"), budget)))
            for name in ("input", "output"):
                if len(getattr(cases[-1], name)) != len(getattr(cases[0], name)):
                    raise LessonFileError(f"every case needs as many {name} values as the first "
                                          f"({len(getattr(cases[0], name))})", where=case.at(name))
        args["cases"] = tuple(cases)
    elif kind == "weight":
        connection = obj.require("connection")
        if not isinstance(connection, str) or not connection:
            raise LessonFileError(f"expected a connection id, got {describe(connection)}", where=obj.at("connection"))
        args["connection"] = connection
        for key in ("row", "column"):
            args[key] = _number(obj.require(key), obj.at(key), minimum=0, maximum=1_000_000, whole=True)
        args["value"] = _number(obj.require("value"), obj.at("value"))
    if "tolerance" in fields and obj.value.get("tolerance") is not None:
        args["tolerance"] = _number(obj.value["tolerance"], obj.at("tolerance"), minimum=0)
    return Goal(**args)


def from_document(doc: Any) -> Lesson:
    """Check a parsed lesson document completely, then build the lesson."""
    top = _Obj(doc, "", "a JSON object")
    fmt = doc.get("format")
    if fmt != FORMAT_NAME:
        if fmt is None:
            raise LessonFileError(f"this is JSON, but not a NetBuilder lesson (it has no \"format\": \"{FORMAT_NAME}\")")
        if fmt == nbn.FORMAT_NAME:
            raise LessonFileError("this is a network file, not a lesson: open it with File → Open", where="format")
        raise LessonFileError(f"this is not a NetBuilder lesson (its format is {describe(fmt)})", where="format")
    version = top.require("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LessonFileError(f"the format version must be a whole number from 1, got {describe(version)}",
                              where="version")
    if version > FORMAT_VERSION:
        raise LessonFileError(f"this lesson uses format version {version}, which is newer than this NetBuilder "
                              f"understands (up to {FORMAT_VERSION}): update NetBuilder to open it", where="version")
    while version < FORMAT_VERSION:  # pragma: no cover - no older versions yet
        doc = MIGRATIONS[version](dict(doc))
        version += 1
    top = _Obj(doc, "")
    top.only(_TOP_KEYS, "a lesson")
    lesson_id = top.require("id")
    if not isinstance(lesson_id, str) or not _ID.match(lesson_id):
        raise LessonFileError(f"a lesson id is 1 to 64 lower-case letters, digits, '-' or '_', got {describe(lesson_id)}",
                              where="id")
    title = _texts(top.require("title"), "title", MAX_TITLE, required=True)
    for key, text in title.items():
        if "\n" in text:
            raise LessonFileError("a title is one line", where=f"title.{key}")
    text = _texts(top.value.get("text", {}), "text", MAX_TEXT, required=False)
    controls = _controls(top.value.get("controls", {}))
    raw_goals = top.require("goals")
    if not isinstance(raw_goals, list) or not raw_goals:
        raise LessonFileError(f"expected a list of at least one goal, got {describe(raw_goals)}", where="goals")
    if len(raw_goals) > MAX_GOALS:
        raise LessonFileError(f"{len(raw_goals)} goals, more than the {MAX_GOALS} allowed", where="goals")
    goals = [_goal(g, f"goals[{i}]") for i, g in enumerate(raw_goals)]
    raw_network = top.require("network")
    if not isinstance(raw_network, dict):
        raise LessonFileError(f"expected the starting network as an object (a .nbn file's content), got "
                              f"{describe(raw_network)}", where="network")
    try:
        network = nbn.from_document(raw_network)
    except NetworkFileError as exc:
        raise LessonFileError(exc.message, where=_inside("network", exc.where)) from None
    for i, goal in enumerate(goals):
        if goal.kind == "weight" and goal.connection not in network.connections:
            raise LessonFileError(f"the starting network has no connection '{shorten(goal.connection, 40)}' "
                                  f"(it has: {', '.join(network.connections) or 'none'})", where=f"goals[{i}].connection")
    return Lesson(lesson_id, title, text, network, controls, goals)
