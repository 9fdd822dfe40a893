"""The walkthrough as text for a terminal, Markdown, HTML or JSON — one content, four forms."""

from __future__ import annotations

import html
import json
from typing import Any

from ..engine.trace import StepTrace
from ..model.shapes import describe
from ..notation import num, vector
from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from .steps import PHASES, Step

_PHASE_TITLES = {
    "forward": QT_TRANSLATE_NOOP("Walkthrough", "Forward pass"),
    "loss": QT_TRANSLATE_NOOP("Walkthrough", "Loss"),
    "backward": QT_TRANSLATE_NOOP("Walkthrough", "Backward pass (backpropagation)"),
    "update": QT_TRANSLATE_NOOP("Walkthrough", "Update"),
    "check": QT_TRANSLATE_NOOP("Walkthrough", "Check"),
}


def phase_title(phase: str) -> str:
    return translate("Walkthrough", _PHASE_TITLES[phase])


def header_lines(trace: StepTrace, digits: int = 4) -> list[str]:
    sizes = "-".join(describe(r.z.shape[1:]) for r in trace.forward)
    first = trace.forward[0].inbound[0].inputs.shape[1:] if trace.forward and trace.forward[0].inbound else trace.x.shape[1:]
    sizes = f"{describe(first)}-{sizes}"
    lines = [
        fill(translate("Walkthrough", "One training step of “%1” (%2, loss %3, optimizer %5, learning rate η = %4)"),
             trace.network_name, sizes, trace.loss_name, num(trace.learning_rate, digits), trace.optimizer.name)
    ]
    if trace.batch_size == 1:
        lines.append(fill(translate("Walkthrough", "Input x = %1, target y = %2"), vector(trace.x[0], digits), vector(trace.y[0], digits)))
    else:
        lines.append(fill(translate("Walkthrough", "A mini-batch of %1 samples; gradients are averaged over the batch."), trace.batch_size))
    return lines


def _grouped(steps: list[Step]):
    phase = None
    for step in steps:
        if step.phase != phase:
            phase = step.phase
            yield phase, None
        yield phase, step


def to_text(trace: StepTrace, steps: list[Step], digits: int = 4) -> str:
    out = header_lines(trace, digits)
    for phase, step in _grouped(steps):
        if step is None:
            out += ["", phase_title(phase).upper()]
            continue
        out.append(f"  {step.title}")
        out += [f"    {line}" for line in step.lines]
    return "\n".join(out) + "\n"


def to_markdown(trace: StepTrace, steps: list[Step], digits: int = 4) -> str:
    head = header_lines(trace, digits)
    title = translate("Walkthrough", "Walkthrough")
    out = [f"# {title}: {trace.network_name}", "", head[0], "", head[1]]
    for phase, step in _grouped(steps):
        if step is None:
            out += ["", f"## {phase_title(phase)}"]
            continue
        out += ["", f"**{step.title}**", ""]
        if step.note:
            out += [f"_{step.note}_", ""]
        out += [f"    {line}" for line in step.lines]
    return "\n".join(out) + "\n"


_CSS = """
body { font-family: "Noto Sans", "DejaVu Sans", "Microsoft YaHei", sans-serif; max-width: 52em; margin: 2em auto; line-height: 1.45; }
h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
.step { margin: 0.8em 0; }
.note { color: #555; font-style: italic; }
.formula { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; background: #f5f5f7; padding: 0.15em 0.5em; display: block; white-space: pre-wrap; }
"""


def to_html(trace: StepTrace, steps: list[Step], digits: int = 4) -> str:
    e = html.escape
    head = header_lines(trace, digits)
    title = e(translate("Walkthrough", "Walkthrough"))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{title}: {e(trace.network_name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{title}: {e(trace.network_name)}</h1>",
        f"<p>{e(head[0])}</p>",
        f"<p>{e(head[1])}</p>",
    ]
    for phase, step in _grouped(steps):
        if step is None:
            out.append(f'<h2 id="{phase}">{e(phase_title(phase))}</h2>')
            continue
        out.append('<div class="step">')
        out.append(f"<strong>{e(step.title)}</strong>")
        if step.note:
            out.append(f'<div class="note">{e(step.note)}</div>')
        for line in step.lines:
            out.append(f'<span class="formula">{e(line)}</span>')
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_json(trace: StepTrace, steps: list[Step]) -> str:
    doc: dict[str, Any] = {"trace": trace.to_dict(), "steps": [s.to_dict() for s in steps]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


FORMATS = {"text": to_text, "markdown": to_markdown, "html": to_html}


def render(trace: StepTrace, steps: list[Step], fmt: str = "text", digits: int = 4) -> str:
    if fmt == "json":
        return to_json(trace, steps)
    if fmt not in FORMATS:
        raise ValueError(f"unknown walkthrough format '{fmt}' (text, markdown, html or json)")
    return FORMATS[fmt](trace, steps, digits)


assert set(_PHASE_TITLES) == set(PHASES)
