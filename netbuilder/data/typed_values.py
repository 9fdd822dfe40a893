"""Numbers typed by a person: one value (:func:`parse_number`) or a mini-batch of samples (:func:`parse_rows`).

The app (the value editors, the walkthrough's samples) and the command line
(``netbuilder predict --input``, ``netbuilder walkthrough --input/--target``)
read typed numbers with these same rules, so what works in one works in the
other:

- a number is ``0.1``, ``-3e-2``, ``0,25`` (a decimal comma, when there is
  no point), ``1/3`` (a fraction), with ``−`` (the minus sign) accepted for
  ``-``; it must be finite;
- samples are separated by ``;`` or a new line, the values of one sample by
  commas or spaces (so inside a batch a comma separates values, never
  decimals): ``"0.1, 0.2; 0.3 0.4"`` is two samples of two values.

No Qt here: the messages go through :func:`netbuilder.i18n.translate`
(context "Walkthrough"), which the app connects to its translations.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..i18n import fill, translate

_SPLIT_ROWS = re.compile(r"[;\n]")
_SPLIT_ITEMS = re.compile(r"[,\s]+")


def parse_number(text: str) -> float:
    """'0.1', '-3e-2', '0,25' (a decimal comma) or '1/3' as a float; ValueError for anything else.

    '−' (U+2212) counts as a minus sign and spaces are ignored; infinities,
    NaN and a division by zero are refused.
    """
    t = text.strip().replace("−", "-").replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        if t.count("/") == 1:
            num, den = t.split("/")
            value = float(num) / float(den)
        else:
            value = float(t)
    except ZeroDivisionError:
        raise ValueError(text) from None
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def is_number(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def parse_rows(text: str) -> np.ndarray:
    """'0.1, 0.2' or '0.1 0.2; 0.3 0.1' (one row per sample) as a 2-D float64 array; ValueError with a message.

    Rows are split on ``;`` and new lines (empty rows are skipped), values
    on commas and white space. Every row must have the same number of values.
    The messages: "“x” is not a number", "type at least one number", "every
    sample needs the same number of values" (translated in the app).
    """
    rows = []
    for part in _SPLIT_ROWS.split(text):
        items = [t for t in _SPLIT_ITEMS.split(part.strip()) if t]
        if not items:
            continue
        values = []
        for item in items:
            try:
                values.append(parse_number(item))
            except ValueError:
                raise ValueError(fill(translate("Walkthrough", "“%1” is not a number"), item)) from None
        rows.append(values)
    if not rows:
        raise ValueError(translate("Walkthrough", "type at least one number"))
    if len({len(r) for r in rows}) != 1:
        raise ValueError(translate("Walkthrough", "every sample needs the same number of values"))
    return np.array(rows, dtype=np.float64)


def format_row(values) -> str:
    """One sample written so that :func:`parse_rows` reads it back exactly (``repr`` of each value)."""
    return ", ".join(repr(float(v)) for v in np.ravel(values))
