"""The chain-rule warm-up drawn as a computational graph: each node shows its value and, once the backward
pass has reached it, its gradient (micrograd's "data | grad"); the current step's nodes and edges are
highlighted and the rest dimmed, as on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...i18n import translate
from ...explain import Step
from ...notation import num
from ..canvas import style
from ...explain.chain_rule import ChainRuleExample

#: Where the nodes sit, as fractions of the drawing area.
POSITIONS = {
    "price": (0.0, 0.0),
    "cars": (0.0, 0.62),
    "subtotal": (0.5, 0.31),
    "tax": (0.5, 1.0),
    "total": (1.0, 0.62),
}
NODE_W, NODE_H = 136.0, 56.0


class ChainRuleGraph(QWidget):
    def __init__(self, example: ChainRuleExample, parent=None):
        super().__init__(parent)
        self.setObjectName("chainRuleGraph")
        self.example = example
        self.steps: list[Step] = []
        self.index = 0
        self.setMinimumSize(420, 170)
        self.setToolTip(translate("Walkthrough",
                                  "Forward, each node computes its value; backward, its gradient d(total)/d(node) is "
                                  "the gradient of the node it feeds times the local derivative on the edge (×…)."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_state(self, steps: list[Step], index: int) -> None:
        self.steps, self.index = steps, index
        self.update()

    # -- what the current step shows ----------------------------------------------------------------

    @property
    def current(self) -> Step | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def highlighted_nodes(self) -> set[str]:
        step = self.current
        return {n for n, _ in step.neurons} if step else set()

    def highlighted_edges(self) -> set[str]:
        step = self.current
        return {src for src, _, _ in step.edges} if step else set()

    def known(self) -> tuple[set[str], set[str]]:
        """Nodes whose value and whose gradient the steps so far have computed."""
        values, grads = set(), set()
        for step in self.steps[: self.index + 1]:
            for (node, _), _label in step.labels.items():
                if step.phase == "forward":
                    values.add(node)
                elif step.phase == "backward":
                    grads.add(node)
        if any(s.phase != "forward" for s in self.steps[: self.index + 1]):
            values = set(self.example.nodes)
        return values, grads

    # -- drawing -------------------------------------------------------------------------------------

    def _rect(self, key: str) -> QRectF:
        fx, fy = POSITIONS[key]
        area = QRectF(self.rect()).adjusted(NODE_W / 2 + 10, NODE_H / 2 + 6, -NODE_W / 2 - 10, -NODE_H / 2 - 6)
        c = QPointF(area.left() + fx * area.width(), area.top() + fy * area.height())
        return QRectF(c.x() - NODE_W / 2, c.y() - NODE_H / 2, NODE_W, NODE_H)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = style.text_colour()
        nodes = self.highlighted_nodes()
        edges = self.highlighted_edges()
        values, grads = self.known()
        active = self.current is not None
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        bold = QFont(font)
        bold.setBold(True)
        ex = self.example
        backward = self.current is not None and self.current.phase != "forward"

        for (src, dst), local in ex.local.items():
            a, b = self._rect(src), self._rect(dst)
            start = QPointF(a.right(), a.center().y())
            end = QPointF(b.left(), b.center().y())
            on = src in edges
            colour = QColor(style.HIGHLIGHT if on else style.outline_colour())
            if active and not on:
                colour.setAlphaF(0.3)
            pen = QPen(colour, 3.0 if on else 1.6)
            p.setPen(pen)
            path = QPainterPath(start)
            dx = (end.x() - start.x()) * 0.5
            path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            self._arrow_head(p, end, colour)
            if backward and src in grads:
                mid = path.pointAtPercent(0.5)
                label = f"×{num(local)}"
                p.setFont(small)
                w = p.fontMetrics().horizontalAdvance(label) + 10
                h = p.fontMetrics().height() + 2
                plate = QRectF(mid.x() - w / 2, mid.y() - h - 2, w, h)
                bg = QColor(self.palette().color(self.backgroundRole()))
                bg.setAlpha(230)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(bg)
                p.drawRoundedRect(plate, 3, 3)
                p.setPen(style.HIGHLIGHT if on else text)
                p.drawText(plate, Qt.AlignmentFlag.AlignCenter, label)

        for key, node in ex.nodes.items():
            r = self._rect(key)
            on = key in nodes
            p.setOpacity(0.35 if active and not on else 1.0)
            fill = style.role_fill("output" if key == "total" else "input" if not node.op else "hidden")
            p.setPen(QPen(style.HIGHLIGHT, 3.0) if on else QPen(style.outline_colour(), 1.3))
            p.setBrush(QBrush(fill))
            p.drawRoundedRect(r, 8, 8)
            p.setPen(text)
            p.setFont(bold)
            title = node.label + (f"  ({node.op})" if node.op else "")
            p.drawText(QRectF(r.left(), r.top() + 3, r.width(), 20), Qt.AlignmentFlag.AlignCenter, title)
            p.setFont(small)
            value = num(node.value) if key in values else "?"
            grad = num(node.grad) if key in grads and node.grad is not None else "?"
            p.drawText(QRectF(r.left() + 6, r.top() + 22, r.width() - 12, 16), Qt.AlignmentFlag.AlignCenter,
                       translate("Walkthrough", "value") + f" {value}")
            p.setPen(style.HIGHLIGHT if key in grads else text)
            p.drawText(QRectF(r.left() + 6, r.top() + 38, r.width() - 12, 16), Qt.AlignmentFlag.AlignCenter,
                       translate("Walkthrough", "gradient") + f" {grad}")
        p.setOpacity(1.0)
        p.end()

    @staticmethod
    def _arrow_head(p: QPainter, tip: QPointF, colour: QColor) -> None:
        head = QPainterPath(tip)
        head.lineTo(tip.x() - 9, tip.y() - 5)
        head.lineTo(tip.x() - 9, tip.y() + 5)
        head.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(head)
