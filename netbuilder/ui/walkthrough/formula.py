"""The formula view: the current step's lines as rich text, numbers substituted, full precision on hover.

The walkthrough's lines are plain Unicode (``z₁ = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19``). Here the
Unicode sub- and superscripts become real ``<sub>``/``<sup>`` text, so they are set at a readable size in
any font, and every number becomes an anchor whose hover text is the value at full precision: the same
step built with 17 significant digits has the same lines with longer numbers, matched number by number.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ...i18n import fill, translate
from ...explain import Step
from ...notation import MINUS
from ..canvas import style

_SUB = dict(zip("₀₁₂₃₄₅₆₇₈₉ₒᵢⱼₖₙₐₑₓ₊₋₍₎", "0123456789oijknaex+−()"))
_SUP = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾ᵀ⁺⁻ⁿ", "0123456789()T+−n"))
#: A number as the walkthrough writes it: −0.2659, 0.19, 1.234×10^−5 (the sign only when it touches the digits).
NUMBER = re.compile(r"−?\d+(?:\.\d+)?(?:×10\^−?\d+)?")


def parse_value(token: str) -> float:
    """A number token of a walkthrough line back to a float: '−1.5×10^−3' -> -0.0015."""
    t = token.replace(MINUS, "-")
    if "×10^" in t:
        mantissa, exp = t.split("×10^")
        return float(f"{mantissa}e{exp}")
    return float(t)


def full_text(value: float) -> str:
    """The shortest text that gives back exactly this float64, with a real minus sign."""
    return repr(float(value)).replace("-", MINUS)


def number_pairs(line: str, full_line: str | None) -> list[tuple[str, str | None]]:
    """The numbers of a line, each with its full-precision text (None when the lines do not match)."""
    short = NUMBER.findall(line)
    full = NUMBER.findall(full_line) if full_line is not None else []
    if len(full) != len(short):
        return [(s, None) for s in short]
    out = []
    for s, f in zip(short, full):
        try:
            exact = parse_value(f)
            constant = "." not in s and "^" not in s and parse_value(s) == exact  # the 2 of 2·(ŷ − y), the 1 of 1 − a
            out.append((s, None if constant else full_text(exact)))
        except ValueError:
            out.append((s, None))
    return out


def rich(text: str) -> str:
    """Escape for HTML and turn Unicode sub/superscript runs into <sub>/<sup>; '10^−5' becomes 10<sup>−5</sup>."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in _SUB or ch in _SUP:
            table, tag = (_SUB, "sub") if ch in _SUB else (_SUP, "sup")
            j = i
            while j < len(text) and text[j] in table:
                j += 1
            out.append(f"<{tag}>{html.escape(''.join(table[c] for c in text[i:j]))}</{tag}>")
            i = j
            continue
        out.append(html.escape(ch))
        i += 1
    result = "".join(out)
    return re.sub(r"10\^(−?\d+)", r"10<sup>\1</sup>", result)


def line_html(line: str, full_line: str | None, tips: dict[str, str], colour: str) -> str:
    """One formula line as rich text; numbers become anchors ``n<k>`` whose full values go into ``tips``."""
    pairs = number_pairs(line, full_line)
    parts, pos = [], 0
    matches = list(NUMBER.finditer(line))
    last_eq = line.rfind("=")
    for m, (_, full) in zip(matches, pairs):
        parts.append(rich(line[pos:m.start()]))
        text = rich(m.group(0))
        bold = m.start() > last_eq >= 0 and m.end() == len(line.rstrip())
        if full is not None:
            key = f"n{len(tips)}"
            tips[key] = full
            inner = f"<b>{text}</b>" if bold else text
            parts.append(f'<a href="{key}" style="color:{colour}; text-decoration:none">{inner}</a>')
        else:
            parts.append(f"<b>{text}</b>" if bold else text)
        pos = m.end()
    parts.append(rich(line[pos:]))
    return "".join(parts)


def step_html(step: Step | None, full: Step | None, index: int, count: int, phase_title: str = "",
              message: str = "") -> tuple[str, dict[str, str]]:
    """The whole view for one step: where we are, the title, the formulas, the sentence in words."""
    tips: dict[str, str] = {}
    if step is None:
        return f"<p>{html.escape(message)}</p>", tips
    colour = style.POSITIVE.name()
    where = fill(translate("Walkthrough", "Step %1 of %2"), index + 1, count)
    head = f'<p style="margin:0; color:gray">{html.escape(where)} · {html.escape(phase_title)}</p>'
    title = f'<p style="margin:4px 0 6px 0; font-size:large"><b>{rich(step.title)}</b></p>'
    full_lines = full.lines if full is not None and len(full.lines) == len(step.lines) else [None] * len(step.lines)
    rows = "".join(
        f'<tr><td style="padding:3px 8px">{line_html(line, fl, tips, colour)}</td></tr>'
        for line, fl in zip(step.lines, full_lines)
    )
    size = "x-large" if len(step.lines) <= 3 and max(len(line) for line in step.lines) <= 40 else "large"
    formulas = (f'<table cellspacing="0" width="100%" style="font-size:{size}; background-color:{_formula_bg()}">'
                f"{rows}</table>")
    note = f'<p style="margin-top:8px; color:gray"><i>{rich(step.note)}</i></p>' if step.note else ""
    return head + title + formulas + note, tips


def _formula_bg() -> str:
    return "#2a2d33" if style.is_dark() else "#f3f4f7"


class FormulaView(QTextBrowser):
    """The current step as rich text; hovering a number shows it at full precision."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("walkthroughFormula")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.tips: dict[str, str] = {}
        self.step: Step | None = None

    def show_step(self, step: Step | None, full: Step | None, index: int, count: int, phase_title: str = "",
                  message: str = "") -> None:
        self.step = step
        text, self.tips = step_html(step, full, index, count, phase_title, message)
        self.setHtml(text)

    def plain_lines(self) -> list[str]:
        return list(self.step.lines) if self.step else []

    def tooltip_at(self, pos) -> str | None:
        anchor = self.anchorAt(pos)
        return self.tips.get(anchor) if anchor else None

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), fill(translate("Walkthrough", "%1 (full precision)"), tip),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
