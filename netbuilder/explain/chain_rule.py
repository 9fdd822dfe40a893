"""The chain-rule warm-up of the tutorial, as a tiny computational graph stepped through like a network.

One car costs 15, we buy two, and 10% tax is added: subtotal = cars × price = 30, total = tax factor ×
subtotal = 1.1 × 30 = 33. Going backward, each node only knows its local derivative (the subtotal node:
d(subtotal)/d(price) = cars = 2; the tax node: d(total)/d(subtotal) = 1.1), and the chain rule multiplies
them: d(total)/d(price) = 2 × 1.1 = 2.2 — one euro more per car costs 2.2 more in total.

Each node holds its value and its gradient side by side, as micrograd draws them. The steps are ordinary
walkthrough :class:`~netbuilder.explain.Step` objects (``neurons`` name graph nodes, ``edges`` name graph
edges), so the app's panel shows them with the same formula view and navigation as a network's training step.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from ..notation import num
from .steps import Step


@dataclass
class Node:
    id: str
    #: The English name, translated when shown.
    name: str
    value: float
    #: "×" for a product of its two parents, "" for an input.
    op: str = ""
    parents: tuple[str, ...] = ()
    #: d(total)/d(this node), filled in by the backward pass.
    grad: float | None = None

    @property
    def label(self) -> str:
        return translate("Walkthrough", self.name)


NAMES = {
    "price": QT_TRANSLATE_NOOP("Walkthrough", "price"),
    "cars": QT_TRANSLATE_NOOP("Walkthrough", "cars"),
    "subtotal": QT_TRANSLATE_NOOP("Walkthrough", "subtotal"),
    "tax": QT_TRANSLATE_NOOP("Walkthrough", "tax factor"),
    "total": QT_TRANSLATE_NOOP("Walkthrough", "total"),
}


class ChainRuleExample:
    """price → (× cars) → subtotal → (× tax factor) → total, forward and backward."""

    def __init__(self, price: float = 15.0, cars: float = 2.0, tax_rate: float = 0.10):
        self.price, self.cars, self.tax_rate = float(price), float(cars), float(tax_rate)
        tax = 1.0 + self.tax_rate
        subtotal = self.cars * self.price
        total = tax * subtotal
        self.nodes: dict[str, Node] = {
            "price": Node("price", NAMES["price"], self.price),
            "cars": Node("cars", NAMES["cars"], self.cars),
            "subtotal": Node("subtotal", NAMES["subtotal"], subtotal, "×", ("cars", "price")),
            "tax": Node("tax", NAMES["tax"], tax),
            "total": Node("total", NAMES["total"], total, "×", ("tax", "subtotal")),
        }
        # backward: every product node passes its gradient to a parent times the other parent's value
        self.local = {  # (parent, child) -> d(child)/d(parent)
            ("price", "subtotal"): self.cars,
            ("cars", "subtotal"): self.price,
            ("subtotal", "total"): tax,
            ("tax", "total"): subtotal,
        }
        n = self.nodes
        n["total"].grad = 1.0
        n["subtotal"].grad = n["total"].grad * self.local[("subtotal", "total")]
        n["tax"].grad = n["total"].grad * self.local[("tax", "total")]
        n["price"].grad = self.local[("price", "subtotal")] * n["subtotal"].grad
        n["cars"].grad = self.local[("cars", "subtotal")] * n["subtotal"].grad
        # the check: one more per car, everything again
        self.total_plus_one = tax * (self.cars * (self.price + 1.0))

    @property
    def total(self) -> float:
        return self.nodes["total"].value

    @property
    def d_total_d_price(self) -> float:
        return float(self.nodes["price"].grad)

    @property
    def edges(self) -> list[tuple[str, str]]:
        return list(self.local)

    def steps(self, digits: int = 4) -> list[Step]:
        d = digits
        n = self.nodes
        name = {k: v.label for k, v in n.items()}

        def value_label(key: str) -> str:
            return f"{name[key]} = {num(n[key].value, d)}"

        def grad_label(key: str) -> str:
            return f"d{name['total']}/d{name[key]} = {num(n[key].grad, d)}"

        def dd(a: str, b: str) -> str:
            return f"d({name[a]})/d({name[b]})"

        steps = [
            Step("forward", translate("Walkthrough", "The inputs"), [
                f"{name['price']} = {num(self.price, d)}",
                f"{name['cars']} = {num(self.cars, d)}",
                f"{name['tax']} = 1 + {num(self.tax_rate * 100, d)}% = {num(n['tax'].value, d)}",
            ], translate("Walkthrough", "A car costs 15, we buy two, and 10% tax is added. Each quantity is a node of the graph."),
                "graph", [("price", 0), ("cars", 0), ("tax", 0)],
                labels={(k, 0): num(n[k].value, d) for k in ("price", "cars", "tax")},
                values={name["price"]: self.price, name["cars"]: self.cars, name["tax"]: n["tax"].value}),
            Step("forward", translate("Walkthrough", "Subtotal"), [
                f"{name['subtotal']} = {name['cars']} × {name['price']}",
                f"{name['subtotal']} = {num(self.cars, d)} × {num(self.price, d)} = {num(n['subtotal'].value, d)}",
            ], translate("Walkthrough", "A node computes its value from the nodes that feed it: here a product."),
                "graph", [("subtotal", 0), ("cars", 0), ("price", 0)], [("price", 0, 0), ("cars", 0, 0)],
                labels={("subtotal", 0): num(n["subtotal"].value, d)}, values={name["subtotal"]: n["subtotal"].value}),
            Step("forward", translate("Walkthrough", "Total with tax"), [
                f"{name['total']} = {name['tax']} × {name['subtotal']}",
                f"{name['total']} = {num(n['tax'].value, d)} × {num(n['subtotal'].value, d)} = {num(self.total, d)}",
            ], translate("Walkthrough", "The forward pass ends at the output: 33 in total."),
                "graph", [("total", 0), ("tax", 0), ("subtotal", 0)], [("subtotal", 0, 0), ("tax", 0, 0)],
                labels={("total", 0): num(self.total, d)}, values={name["total"]: self.total}),
            Step("backward", translate("Walkthrough", "Start at the output"), [
                f"{dd('total', 'total')} = 1",
            ], translate("Walkthrough", "Backward, every node gets the gradient of the output with respect to itself. The output's own is 1."),
                "graph", [("total", 0)], labels={("total", 0): grad_label("total")},
                values={dd("total", "total"): 1.0}),
            Step("backward", translate("Walkthrough", "Through the tax node"), [
                f"{dd('total', 'subtotal')} = {name['tax']} = {num(self.local[('subtotal', 'total')], d)}",
                f"{dd('total', 'tax')} = {name['subtotal']} = {num(self.local[('tax', 'total')], d)}",
            ], translate("Walkthrough", "The local derivative of a product with respect to one factor is the other factor."),
                "graph", [("subtotal", 0), ("tax", 0), ("total", 0)], [("subtotal", 0, 0), ("tax", 0, 0)],
                labels={("subtotal", 0): grad_label("subtotal"), ("tax", 0): grad_label("tax")},
                values={dd("total", "subtotal"): n["subtotal"].grad, dd("total", "tax"): n["tax"].grad}),
            Step("backward", translate("Walkthrough", "Chain rule: back to the price"), [
                f"{dd('subtotal', 'price')} = {name['cars']} = {num(self.local[('price', 'subtotal')], d)}",
                f"{dd('total', 'price')} = {dd('subtotal', 'price')} · {dd('total', 'subtotal')}",
                f"{dd('total', 'price')} = {num(self.local[('price', 'subtotal')], d)} × "
                f"{num(n['subtotal'].grad, d)} = {num(n['price'].grad, d)}",
            ], translate("Walkthrough", "The chain rule multiplies the local derivatives along the path: one more per car costs 2.2 more in total."),
                "graph", [("price", 0), ("subtotal", 0)], [("price", 0, 0)],
                labels={("price", 0): grad_label("price")},
                values={dd("subtotal", "price"): self.local[("price", "subtotal")], dd("total", "price"): n["price"].grad}),
            Step("backward", translate("Walkthrough", "Chain rule: back to the number of cars"), [
                f"{dd('subtotal', 'cars')} = {name['price']} = {num(self.local[('cars', 'subtotal')], d)}",
                f"{dd('total', 'cars')} = {num(self.local[('cars', 'subtotal')], d)} × "
                f"{num(n['subtotal'].grad, d)} = {num(n['cars'].grad, d)}",
            ], translate("Walkthrough", "Every input gets its gradient the same way, with one pass backward through the graph."),
                "graph", [("cars", 0), ("subtotal", 0)], [("cars", 0, 0)],
                labels={("cars", 0): grad_label("cars")},
                values={dd("subtotal", "cars"): self.local[("cars", "subtotal")], dd("total", "cars"): n["cars"].grad}),
            Step("check", translate("Walkthrough", "Check: one more per car"), [
                f"{name['total']} = {num(n['tax'].value, d)} × {num(self.cars, d)} × {num(self.price + 1, d)} = "
                f"{num(self.total_plus_one, d)}",
                f"{num(self.total_plus_one, d)} − {num(self.total, d)} = {num(self.total_plus_one - self.total, d)} = "
                f"{dd('total', 'price')} ✓",
            ], translate("Walkthrough", "Raising the price by 1 raises the total by exactly the gradient, because the graph is linear in the price."),
                "graph", [("price", 0), ("total", 0)], [("price", 0, 0), ("subtotal", 0, 0)],
                labels={("total", 0): num(self.total_plus_one, d)},
                values={fill("%1 (%2 + 1)", name["total"], name["price"]): self.total_plus_one}),
        ]
        return steps
