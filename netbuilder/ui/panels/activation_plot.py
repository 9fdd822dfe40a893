"""An activation function and its derivative over z ∈ [−5, 5].

The values come from the engine's own activation objects
(:mod:`netbuilder.engine.activations`), so the picture is the function the
network computes — including α of Leaky ReLU / ELU / PReLU and β of Swish.
Choosing a layer on the canvas shows that layer's activation.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel

from ...engine import activations
from ...i18n import translate
from ...model.catalog import ACTIVATIONS, resolve
from .base import TRAIN, VALIDATION, Panel, foreground, legend, set_title, style_plot

Z = np.linspace(-5.0, 5.0, 501)
#: Softmax couples the neurons of a layer: it has no curve of one variable.
SKIP = {"softmax"}


class ActivationPlotPanel(Panel):
    export_name = "activation"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationPlotPanel")
        self.choice = QComboBox()
        self.choice.setObjectName("activationChoice")
        for name, entry in ACTIVATIONS.items():
            if name not in SKIP:
                self.choice.addItem(translate("Activations", entry.label), name)
        self.controls.addWidget(self.choice)
        self.alpha_box = self._spin("α", translate("Panels", "α: the slope (Leaky ReLU, PReLU) or the saturation value (ELU) for z < 0"))
        self.beta_box = self._spin("β", translate("Panels", "β: the sharpness of Swish"))
        self.formula = QLabel()
        self.formula.setObjectName("activationFormula")
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.controls.addWidget(self.formula)
        self.finish_controls()

        self.plot = self.graphics.addPlot()
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", "z")
        self.plot.addLine(x=0, pen=pg.mkPen(foreground(), width=0.6))
        self.plot.addLine(y=0, pen=pg.mkPen(foreground(), width=0.6))
        legend(self.plot, offset=(10, 10))
        self.curve = self.plot.plot(pen=pg.mkPen(TRAIN, width=2.5), name="f(z)")
        self.derivative_curve = self.plot.plot(pen=pg.mkPen(VALIDATION, width=2, style=Qt.PenStyle.DashLine), name="f′(z)")
        self.plot.setXRange(-5, 5, padding=0.02)
        self.values: np.ndarray | None = None
        self.derivative: np.ndarray | None = None

        self.choice.currentIndexChanged.connect(lambda _: self._chosen())
        self.alpha_box.valueChanged.connect(lambda _: self.request_redraw())
        self.beta_box.valueChanged.connect(lambda _: self.request_redraw())
        self.set_activation("sigmoid")

    def _spin(self, symbol: str, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setPrefix(symbol + " = ")
        box.setRange(-10.0, 10.0)
        box.setDecimals(3)
        box.setSingleStep(0.05)
        box.setToolTip(tip)
        self.controls.addWidget(box)
        return box

    # -- public --------------------------------------------------------------------------------

    @property
    def activation_name(self) -> str:
        return self.choice.currentData()

    def set_activation(self, identifier) -> None:
        """Show an activation: a name, ``{"name": "leaky_relu", "alpha": 0.1}`` or a catalog Spec."""
        spec = resolve("activation", identifier)
        if spec.name in SKIP:
            return
        for box, key in ((self.alpha_box, "alpha"), (self.beta_box, "beta")):
            if key in spec.params:
                box.blockSignals(True)
                box.setValue(float(spec.params[key]))
                box.blockSignals(False)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(spec.name))
        self.choice.blockSignals(False)
        self._chosen(keep_params=True)

    def params(self) -> dict[str, float]:
        names = {p.name for p in ACTIVATIONS[self.activation_name].params}
        out = {}
        if "alpha" in names:
            out["alpha"] = float(self.alpha_box.value())
        if "beta" in names:
            out["beta"] = float(self.beta_box.value())
        return out

    # -- internals -------------------------------------------------------------------------------

    def _chosen(self, keep_params: bool = False) -> None:
        entry = ACTIVATIONS[self.activation_name]
        names = {p.name: p for p in entry.params}
        for box, key in ((self.alpha_box, "alpha"), (self.beta_box, "beta")):
            box.setVisible(key in names)
            if key in names and not keep_params:
                box.blockSignals(True)
                box.setValue(float(names[key].default))
                box.blockSignals(False)
        self.formula.setText(entry.formula)
        set_title(self.plot, translate("Activations", entry.label))
        self.request_redraw()

    def redraw(self) -> None:
        fn = activations.get({"name": self.activation_name, **self.params()})
        z = Z.copy()
        with np.errstate(over="ignore", invalid="ignore"):
            a = fn.forward(z)
            d = fn.derivative(z, a)
        self.values, self.derivative = a, d
        self.curve.setData(Z, a)
        self.derivative_curve.setData(Z, d)
