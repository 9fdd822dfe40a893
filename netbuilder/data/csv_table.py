"""A CSV file as a checked table of text cells, each remembering its line.

Learners' CSV files come from Excel, from a text editor, from a download:
comma, semicolon or tab separated, with or without a header row, sometimes
with a decimal comma, an Excel byte-order mark or trailing separators. This
module settles all of that and checks the shape (every row as wide as the
first); turning cells into numbers is :mod:`.csv_import`'s job. Every
complaint names the file and line so the learner can go and fix it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import FileAccessError, as_value_error, read_bounded_bytes

#: Larger files are refused: the whole table is held in memory as Python strings.
MAX_CSV_BYTES = 200 * 1024 * 1024

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"}

#: Cells that mean "no value here" in common exports.
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "-", "#n/a"})

_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+([eE][+-]?\d+)?$")


@dataclass
class Table:
    path: Path
    delimiter: str
    has_header: bool
    #: Column names: the header's, or "column 1", "column 2" ... without one.
    columns: list[str]
    rows: list[list[str]]
    #: The file line each row starts on (1-based), for messages.
    lines: list[int]

    @property
    def decimal_comma(self) -> bool:
        """Semicolon- and tab-separated files from European spreadsheets write 1,5 for 1.5."""
        return self.delimiter != ","

    def column_label(self, j: int) -> str:
        return f"column '{self.columns[j]}'" if self.has_header else f"column {j + 1}"

    def where(self, row: int, j: int) -> str:
        return f"{self.path.name}, line {self.lines[row]}, {self.column_label(j)}"


def check_delimiter(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        d = _DELIMITER_NAMES.get(value.strip().lower(), value)
        if d in DELIMITERS:
            return d
    raise ValueError(f"the delimiter is a comma, a semicolon or a tab (or None to detect it), got {value!r}")


def check_header(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"header is true, false or None (to detect it), got {value!r}")


def parse_number(text: str, decimal_comma: bool) -> float | None:
    """The number a cell holds, or None when it is not one (missing values included)."""
    if text.lower() in MISSING:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    if decimal_comma and _DECIMAL_COMMA.match(text):
        return float(text.replace(",", "."))
    return None


def read_table(path: str | Path, *, delimiter: str | None = None, header: bool | None = None) -> Table:
    """Read and check the table; ``None`` options are detected from the file."""
    path = Path(path)
    delimiter = check_delimiter(delimiter)
    header = check_header(header)
    text = _read_text(path)
    if delimiter is None:
        delimiter = _detect_delimiter(text)
    rows, lines = _parse(text, delimiter, path)
    if not rows:
        raise ValueError(f"{path.name} has no rows of values, only blank lines")
    while len(rows[0]) > 1 and rows[0][-1] == "":
        rows[0].pop()  # a trailing separator on the first line
    if header is None:
        header = _looks_like_header(rows, delimiter != ",")
    width = len(rows[0])
    _check_widths(rows, lines, width, path, delimiter, rows[0] if header else None)
    if header:
        columns = [c if c else f"column {j + 1}" for j, c in enumerate(rows[0])]
        rows, lines = rows[1:], lines[1:]
        if not rows:
            raise ValueError(f"{path.name} has a header row but no data rows below it")
    else:
        columns = [f"column {j + 1}" for j in range(width)]
    return Table(path, delimiter, header, columns, rows, lines)


def _read_text(path: Path) -> str:
    try:
        data = read_bounded_bytes(path, MAX_CSV_BYTES, kind="a CSV file")
    except FileAccessError as exc:
        raise as_value_error(exc, f"cannot find the data file {path}", "use a sample of the rows") from None
    if not data.strip():
        raise ValueError(f"{path.name} is empty: a CSV file needs rows of values separated by commas")
    if b"\x00" in data[:65536]:
        raise ValueError(
            f"{path.name} is not a text file (it contains binary data); save the table as CSV "
            "(in a spreadsheet: File → Save as → CSV)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{path.name}, line {line}: the byte 0x{data[exc.start]:02X} is not UTF-8 text; save the file "
            "as UTF-8 (in Excel: 'CSV UTF-8')"
        ) from None


def _detect_delimiter(text: str) -> str:
    """The candidate that splits the first lines into the same, largest number of fields."""
    sample = [line for line in text.splitlines() if line.strip()][:20]
    best, best_key = ",", (False, 1)
    for d in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=d)]
        except csv.Error:
            continue
        consistent = len(set(widths)) == 1
        key = (consistent, widths[0] if consistent else max(widths))
        if widths and widths[0] > 1 and key > best_key:
            best, best_key = d, key
    return best


def _parse(text: str, delimiter: str, path: Path) -> tuple[list[list[str]], list[int]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for row in reader:
            cells = [c.strip() for c in row]
            if any(cells):  # blank lines (and Excel's ",,," lines) carry no sample
                rows.append(cells)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValueError(f"{path.name}, line {reader.line_num}: {exc} (check the quotes on that line)") from None
    return rows, lines


def _looks_like_header(rows: list[list[str]], decimal_comma: bool) -> bool:
    """A header is text above a column of numbers; a file of only text rows is read as data."""
    first, rest = rows[0], rows[1:51]
    if not rest:
        return all(parse_number(c, decimal_comma) is None for c in first)
    for j, cell in enumerate(first):
        if parse_number(cell, decimal_comma) is None and cell.lower() not in MISSING:
            if all(j < len(r) and parse_number(r[j], decimal_comma) is not None for r in rest):
                return True
    return False


def _check_widths(rows: list[list[str]], lines: list[int], width: int, path: Path, delimiter: str,
                  header: list[str] | None) -> None:
    name = DELIMITERS[delimiter]
    if width < 2:
        raise ValueError(
            f"{path.name}, line {lines[0]}: found a single column (looking for {name}-separated values); "
            "a data file needs at least one input column and one target column"
        )
    for i, row in enumerate(rows):
        while len(row) > width and row[-1] == "":
            row.pop()  # a trailing separator, as some exporters write
        if len(row) == width:
            continue
        if len(row) < width:
            missing = len(row)
            column = f"column '{header[missing]}'" if header else f"column {missing + 1}"
            gone = f"{column} is missing" if width - missing == 1 else \
                f"{column} and the {width - missing - 1} after it are missing"
            raise ValueError(
                f"{path.name}, line {lines[i]}: {len(row)} values but the table has {width} columns "
                f"({name}-separated), so {gone}"
            )
        raise ValueError(
            f"{path.name}, line {lines[i]}: {len(row)} values but the table has {width} columns "
            f"({name}-separated); column {width + 1} is extra — is there a stray {name}"
            f"{' or a decimal comma' if delimiter == ',' else ''}?"
        )
