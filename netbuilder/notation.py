"""How numbers and symbols are written in walkthroughs: 4 significant digits, real minus signs, subscripts."""

from __future__ import annotations

import math

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
MINUS = "−"


def sub(index: int | str) -> str:
    """Subscript digits: sub(12) == '₁₂'."""
    return str(index).translate(_SUB)


def num(value: float, digits: int = 4) -> str:
    """A value with ``digits`` significant digits, as a person writes it: 0.19, 0.5474, −0.01678, 1.875."""
    value = float(value)
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("∞" if value > 0 else MINUS + "∞")
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        text = f"{mantissa}×10^{int(exp)}"
    return text.replace("-", MINUS)


def paren(value: float, digits: int = 4) -> str:
    """A value ready to follow an operator: negative numbers in parentheses, (−0.2659)."""
    text = num(value, digits)
    return f"({text})" if text.startswith(MINUS) else text


def vector(values, digits: int = 4, limit: int = 8) -> str:
    items = [num(v, digits) for v in list(values)[:limit]]
    more = len(values) - limit
    if more > 0:
        items.append(f"… {more} more")
    return "[" + ", ".join(items) + "]"
