"""Turning a learner's own CSV file into a dataset.

The spec (``{"kind": "csv", "path": "parts.csv", ...}``) is what the network
file keeps. After a first load it holds every decision that was detected or
learnt — the delimiter, whether there is a header, the columns by name, the
kind of target, the class names in order and the input scaling — so that
reopening the network gives it exactly the numbers it was trained on, even
if the file has grown since. Remove ``scaler`` or ``classes`` from a spec to
have them learnt again.

Two classes become one 0/1 column (``task="binary"``, the second class
name is 1, as for the built-in sets and a sigmoid output); three or more
become one-hot columns. Errors name the file, line and column, and nothing
is returned until every row has been checked.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import numpy as np

from .csv_table import MISSING, Table, check_delimiter, check_header, parse_number, read_table
from .dataset import Dataset, one_hot
from .scaling import apply_scaler, check_scaler, check_scaling, fit_scaler
from .sources import FILE_KINDS, loader, resolve_path
from .splits import check_fraction, check_seed, split_indices

TARGET_KINDS = ("auto", "classification", "regression")

#: 'auto' calls whole-number targets with at most this many distinct values class labels.
MAX_AUTO_CLASSES = 20
MAX_CLASSES = 1000

_SPEC_KEYS = (
    "kind", "path", "name", "delimiter", "header", "feature_columns", "target_columns", "target_kind",
    "scaling", "test_fraction", "validation_fraction", "seed", "scaler", "classes",
)

Columns = str | int | list[str | int] | None


def read_csv(
    path: str | Path,
    *,
    feature_columns: Columns = None,
    target_columns: Columns = None,
    target_kind: str = "auto",
    scaling: str = "none",
    test_fraction: float = 0.0,
    validation_fraction: float = 0.0,
    seed: int = 0,
    delimiter: str | None = None,
    header: bool | None = None,
    name: str | None = None,
    base_dir: str | Path | None = None,
) -> Dataset:
    """Read a CSV file; the returned dataset's ``spec`` makes the same data again.

    Columns are chosen by header name or by 0-based index (negative counts
    from the end); by default the last column is the target and all others
    are inputs. ``target_kind="auto"`` treats text, or whole numbers with at
    most 20 distinct values, as class labels and anything else as
    regression targets. ``scaling`` ("none", "standardize", "minmax") is
    learnt on the training rows only. ``delimiter``/``header`` of ``None``
    are detected.
    """
    spec: dict[str, Any] = {
        "kind": "csv", "path": str(path), "delimiter": delimiter, "header": header,
        "feature_columns": feature_columns, "target_columns": target_columns, "target_kind": target_kind,
        "scaling": scaling, "test_fraction": test_fraction, "validation_fraction": validation_fraction, "seed": seed,
    }
    if name is not None:
        spec["name"] = name
    return load_csv(spec, Path(base_dir) if base_dir is not None else None)


@loader("csv")
def load_csv(spec: dict[str, Any], base_dir: Path | None) -> Dataset:
    unknown = sorted(set(spec) - set(_SPEC_KEYS))
    if unknown:
        raise ValueError(f"a CSV dataset has no setting '{unknown[0]}' (it takes {', '.join(_SPEC_KEYS[1:])})")
    target_kind = spec.get("target_kind", "auto")
    if target_kind not in TARGET_KINDS:
        raise ValueError(f"target_kind must be one of {', '.join(TARGET_KINDS)}, got {target_kind!r}")
    scaling = check_scaling(spec.get("scaling", "none"))
    test_fraction = check_fraction(spec.get("test_fraction", 0.0), "test_fraction")
    val_fraction = check_fraction(spec.get("validation_fraction", 0.0), "validation_fraction")
    seed = check_seed(spec.get("seed", 0))
    path = resolve_path(spec.get("path"), base_dir, "a CSV dataset")
    table = read_table(path, delimiter=check_delimiter(spec.get("delimiter")),
                       header=check_header(spec.get("header")))

    features, targets = choose_columns(table, spec.get("feature_columns"), spec.get("target_columns"))
    x = numeric_columns(table, features)
    target = _targets(table, targets, target_kind, spec.get("classes"))
    train, val, test = split_indices(len(x), test_fraction, val_fraction, seed)

    feature_names = [table.columns[j] for j in features]
    scaler = _scaler(spec.get("scaler"), scaling, feature_names, x[train])
    x = apply_scaler(x, scaler)

    out_spec: dict[str, Any] = {
        "kind": "csv", "path": str(spec["path"]), "delimiter": table.delimiter, "header": table.has_header,
        "feature_columns": feature_names, "target_columns": [table.columns[j] for j in targets],
        "target_kind": target.kind, "scaling": scaling, "test_fraction": test_fraction,
        "validation_fraction": val_fraction, "seed": seed,
    }
    if "name" in spec:
        out_spec["name"] = spec["name"]
    if scaler is not None:
        out_spec["scaler"] = scaler
    if target.classes is not None:
        out_spec["classes"] = target.classes

    def part(rows: np.ndarray) -> tuple[np.ndarray | None, np.ndarray | None]:
        return (x[rows], target.y[rows]) if len(rows) else (None, None)

    x_val, y_val = part(val)
    x_test, y_test = part(test)
    return Dataset(
        str(spec.get("name") or path.stem), x[train], target.y[train], target.task,
        x_test=x_test, y_test=y_test, x_val=x_val, y_val=y_val,
        feature_names=feature_names if table.has_header else [],
        target_names=target.names,
        spec=out_spec,
        description=f"{len(x)} rows from {path.name}",
    )


# -- columns -----------------------------------------------------------------------------------


def choose_columns(table: Table, features: Columns, targets: Columns) -> tuple[list[int], list[int]]:
    """Column numbers of the inputs and the targets; by default the last column is the target."""
    width = len(table.columns)
    t = _select(table, targets, "target") if targets is not None else None
    f = _select(table, features, "input") if features is not None else None
    if t is None:
        rest = [j for j in range(width) if f is None or j not in f]
        if not rest:
            raise ValueError(f"every column of {table.path.name} is an input: leave one for the target")
        t = [rest[-1]]
    if f is None:
        f = [j for j in range(width) if j not in t]
        if not f:
            raise ValueError(f"every column of {table.path.name} is a target: leave one for the inputs")
    both = [j for j in f if j in t]
    if both:
        raise ValueError(f"{table.column_label(both[0])} is chosen both as an input and as a target")
    return f, t


def _select(table: Table, chosen: Columns, what: str) -> list[int]:
    items = [chosen] if isinstance(chosen, (str, int)) else chosen
    if not isinstance(items, (list, tuple)) or not items:
        raise ValueError(f"choose the {what} columns by name or number, e.g. ['length', 'width'] or [0, 1]")
    out: list[int] = []
    for item in items:
        j = _column_index(table, item, what)
        if j in out:
            raise ValueError(f"{table.column_label(j)} is chosen twice as {what} column")
        out.append(j)
    return out


def _column_index(table: Table, item: Any, what: str) -> int:
    width = len(table.columns)
    if isinstance(item, int) and not isinstance(item, bool):
        j = item + width if item < 0 else item
        if not 0 <= j < width:
            raise ValueError(
                f"there is no {what} column number {item}: {table.path.name} has {width} columns, "
                f"numbered 0 to {width - 1} (or -1 for the last)"
            )
        return j
    if not isinstance(item, str):
        raise ValueError(f"a column is chosen by name or number, got {item!r}")
    for matches in ([j for j, c in enumerate(table.columns) if c == item],
                    [j for j, c in enumerate(table.columns) if c.lower() == item.strip().lower()]):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            numbers = " and ".join(str(j + 1) for j in matches)
            raise ValueError(f"{table.path.name} has several columns called '{item}' ({numbers}): "
                             "choose by number instead")
    close = difflib.get_close_matches(item, table.columns, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    where = "its header names" if table.has_header else "it has no header row; its columns are"
    raise ValueError(f"{table.path.name} has no column '{item}'{hint} ({where}: {', '.join(table.columns)})")


# -- numbers -----------------------------------------------------------------------------------


def numeric_columns(table: Table, columns: list[int]) -> np.ndarray:
    """The chosen columns as floats; the first bad cell is reported by line and column."""
    out = np.empty((len(table.rows), len(columns)))
    for k, j in enumerate(columns):
        cells = [row[j] for row in table.rows]
        try:
            values = np.array(cells, dtype=np.float64)  # fast path for clean columns
            if np.all(np.isfinite(values)):
                out[:, k] = values
                continue
        except ValueError:
            pass
        out[:, k] = [_number(table, i, j, cell) for i, cell in enumerate(cells)]
    return out


def _number(table: Table, i: int, j: int, cell: str) -> float:
    value = parse_number(cell, table.decimal_comma)
    if value is None:
        if cell.lower() in MISSING:
            raise ValueError(f"{table.where(i, j)}: the value is missing; fill it in or delete the line")
        column = [row[j] for row in table.rows]
        if all(parse_number(c, table.decimal_comma) is None for c in column):
            raise ValueError(
                f"{table.where(i, j)}: '{cell}' is not a number, and nor is any value in this column; "
                "inputs and regression targets must be numbers: leave the column out, or make it the target "
                "if it names classes"
            )
        raise ValueError(f"{table.where(i, j)}: '{cell}' is not a number")
    if not np.isfinite(value):
        raise ValueError(f"{table.where(i, j)}: '{cell}' is not a finite number")
    return value


# -- targets -----------------------------------------------------------------------------------


class _Target:
    def __init__(self, y: np.ndarray, task: str, kind: str, names: list[str], classes: dict | None = None):
        self.y, self.task, self.kind, self.names, self.classes = y, task, kind, names, classes


def _targets(table: Table, columns: list[int], kind: str, stored: Any) -> _Target:
    names = [table.columns[j] for j in columns] if table.has_header else []
    if len(columns) > 1:
        y = numeric_columns(table, columns)
        one_hot_rows = bool(np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=1) == 1))
        if kind == "classification" and not one_hot_rows:
            raise ValueError(
                "several target columns make a classification only when they are one-hot (one 1 per row, "
                "the rest 0); for class labels choose the single column that holds them"
            )
        if kind != "regression" and one_hot_rows:
            return _Target(y, "multiclass", "classification", names)
        return _Target(y, "regression", "regression", names)
    j = columns[0]
    if kind == "auto":
        kind = _guess_kind(table, j)
    if kind == "regression":
        return _Target(numeric_columns(table, [j]), "regression", "regression", names)
    return _classes(table, j, stored)


def _guess_kind(table: Table, j: int) -> str:
    cells = [row[j] for row in table.rows]
    values = [parse_number(c, table.decimal_comma) for c in cells]
    numbers = [v for v in values if v is not None]
    if len(numbers) == len(values):
        finite = np.asarray(numbers)
        if np.all(np.isfinite(finite)) and np.all(finite == np.round(finite)):
            distinct = len(np.unique(finite))
            if distinct <= MAX_AUTO_CLASSES and distinct < len(finite):
                return "classification"
        return "regression"
    if len(numbers) > len(values) / 2:
        return "regression"  # mostly numbers: the text cells are mistakes, reported as such
    return "classification"


def _classes(table: Table, j: int, stored: Any) -> _Target:
    labels = [row[j] for row in table.rows]
    for i, label in enumerate(labels):
        if label == "":
            raise ValueError(f"{table.where(i, j)}: the class label is missing; fill it in or delete the line")
    numeric = [parse_number(c, table.decimal_comma) for c in labels]
    if all(v is not None for v in numeric):
        labels = [f"{v:g}" for v in numeric]  # 1 and 1.0 are the same class
        found = sorted(set(labels), key=float)
    else:
        found = sorted(set(labels))
    column = table.columns[j]
    if isinstance(stored, dict) and stored.get("column") == column:
        names = _stored_names(stored)
        index = {name: k for k, name in enumerate(names)}
        for i, label in enumerate(labels):
            if label not in index:
                raise ValueError(
                    f"{table.where(i, j)}: '{label}' is not one of the classes this data was first read with "
                    f"({', '.join(names)}); remove 'classes' from the dataset settings to read them afresh"
                )
    else:
        names = found
        index = {name: k for k, name in enumerate(names)}
    if len(names) < 2:
        raise ValueError(
            f"{table.path.name}: {table.column_label(j)} holds only the class '{names[0]}'; "
            "a classifier needs at least two classes"
        )
    if len(names) > MAX_CLASSES:
        raise ValueError(
            f"{table.path.name}: {table.column_label(j)} has {len(names)} different values; that many "
            "classes is unlikely: use target_kind='regression' if they are measurements"
        )
    codes = np.array([index[label] for label in labels], dtype=np.int64)
    classes = {"column": column, "names": names}
    if len(names) == 2:
        return _Target(codes.astype(np.float64).reshape(-1, 1), "binary", "classification", names, classes)
    return _Target(one_hot(codes, len(names)), "multiclass", "classification", names, classes)


def _stored_names(stored: dict) -> list[str]:
    names = stored.get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names) \
            or len(set(names)) != len(names):
        raise ValueError("the stored class names are damaged: remove 'classes' from the dataset settings")
    return names


def _scaler(stored: Any, method: str, columns: list[str], x_train: np.ndarray) -> dict | None:
    """The stored scaler when it still fits the chosen scaling and columns, else a freshly learnt one."""
    if stored is not None and isinstance(stored, dict) and stored.get("method") == method \
            and stored.get("columns") == columns:
        return check_scaler(stored)
    return fit_scaler(x_train, method, columns)


FILE_KINDS.append(("csv", lambda path: path.suffix.lower() in (".csv", ".tsv", ".txt")))
