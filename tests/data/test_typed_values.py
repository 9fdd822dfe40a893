"""Typed numbers: one value and mini-batches of samples, the same rules in the app and on the command line."""

import subprocess
import sys

import numpy as np
import pytest

from netbuilder import i18n
from netbuilder.data.typed_values import is_number, parse_number, parse_rows


@pytest.mark.parametrize("text, value", [
    ("0.1", 0.1), ("-3e-2", -0.03), ("0,25", 0.25), ("1/3", 1 / 3), ("−2", -2.0), ("  7 ", 7.0),
    ("− 1/4", -0.25), ("1e3", 1000.0), ("+5", 5.0),
])
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,000.5", "inf", "-inf", "nan", "1/0", "1/2/3", "1e999", "0x10", "/"])
def test_not_numbers_are_value_errors(text):
    with pytest.raises(ValueError):
        parse_number(text)
    assert not is_number(text)


def test_rows_split_on_semicolons_and_new_lines_values_on_commas_and_spaces():
    rows = parse_rows("0.1,0.2;0.3,0.4")
    assert rows.dtype == np.float64 and rows.shape == (2, 2)
    np.testing.assert_array_equal(rows, [[0.1, 0.2], [0.3, 0.4]])
    np.testing.assert_array_equal(parse_rows("0.1 0.2\n0.3\t0.4\n"), rows)
    np.testing.assert_array_equal(parse_rows(" 0.1, 0.2 ;; 0.3 ,0.4 ; "), rows)  # empty rows are skipped
    np.testing.assert_array_equal(parse_rows("1"), [[1.0]])
    np.testing.assert_array_equal(parse_rows("1/2, −1"), [[0.5, -1.0]])


@pytest.mark.parametrize("text, message", [
    ("0.1, x", "“x” is not a number"),
    ("1; 2/0", "“2/0” is not a number"),
    ("", "type at least one number"),
    (" ;\n ; ", "type at least one number"),
    ("1, 2; 3", "every sample needs the same number of values"),
])
def test_row_messages(text, message):
    with pytest.raises(ValueError) as info:
        parse_rows(text)
    assert str(info.value) == message


def test_row_messages_go_through_the_walkthrough_translations():
    seen = []

    def fake(context, text):
        seen.append((context, text))
        return "«" + text + "»"

    i18n.set_translator(fake)
    try:
        with pytest.raises(ValueError, match="^«“%1” is not a number»$".replace("%1", "q")):
            parse_rows("q")
        with pytest.raises(ValueError, match="^«type at least one number»$"):
            parse_rows("")
    finally:
        i18n.set_translator(None)
    assert seen == [("Walkthrough", "“%1” is not a number"), ("Walkthrough", "type at least one number")]


def test_the_parser_needs_no_qt():
    code = ("import sys; from netbuilder.data.typed_values import parse_rows; parse_rows('1,2;3,4');"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_value_editors_use_this_parser():
    pytest.importorskip("PySide6")
    from netbuilder.ui import values

    assert values.parse_number is parse_number
