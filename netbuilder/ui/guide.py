"""Help → Getting started: the first steps in the app, in the window's language.

A short built-in guide for a newcomer: open an example, read the canvas, choose data, train at a pace one can
watch, read the panels, step through one training step, build a network of one's own, save it. Each step
names the menu entry or button it uses, so the guide works without the README.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..i18n import translate


def steps() -> list[tuple[str, str]]:
    """(title, text) of each step, translated."""
    return [
        (translate("Guide", "Open an example"),
         translate("Guide", "File → Examples → XOR opens a small network that learns XOR. File → New offers the "
                            "same networks and an empty canvas; File → Open reads a .nbn file of your own.")),
        (translate("Guide", "Read the network"),
         translate("Guide", "Inputs are on the left, the output on the right. Blue edges are positive weights, "
                            "orange ones negative, and a thicker edge is a larger weight; the small “b” tag on a "
                            "neuron is its bias. Double-click a neuron or an edge to type a bias or a weight.")),
        (translate("Guide", "Choose the data"),
         translate("Guide", "The Data panel below the canvas (Data → Choose Dataset…) shows what the network "
                            "learns from: pick a built-in set such as circles or the spiral, import a CSV file, "
                            "or click on the plane to draw your own points.")),
        (translate("Guide", "Train and watch"),
         translate("Guide", "In the Training panel on the left, press Start (Ctrl+T). Choose a Speed such as "
                            "“10 epochs a second” to watch the network learn; Pause, Step (one mini-batch) and "
                            "Stop act at once, and Epochs ∞ trains until you stop it. The learning rate can "
                            "change while it runs.")),
        (translate("Guide", "Read the panels"),
         translate("Guide", "Loss shows the loss falling epoch by epoch, Decision boundary how the network "
                            "separates the classes, Metrics the confusion matrix (or R²) of the training and "
                            "test data. View → Panels brings back a panel you closed.")),
        (translate("Guide", "Follow one step by hand"),
         translate("Guide", "View → Walkthrough (F6) goes through one training step value by value: the "
                            "forward pass, the loss, backpropagation with the chain rule, and the update of "
                            "every weight. Apply update puts the new weights into the network.")),
        (translate("Guide", "Build your own"),
         translate("Guide", "Drag Input, Dense and Output layers from the Palette onto the canvas, then drag "
                            "from a layer's port (the small arrow) to the next layer to connect them. The "
                            "Inspector edits what is selected: size, activation, bias. Ctrl+Z undoes any edit.")),
        (translate("Guide", "Save and present"),
         translate("Guide", "File → Save (Ctrl+S) writes the network with its training history. In class, F5 "
                            "switches to presentation mode: larger text and every value on the canvas.")),
    ]


def guide_html() -> str:
    """The guide as HTML: a heading, then each step numbered."""
    heading = translate("Guide", "Getting started with NetBuilder")
    summary = translate("Guide", "Eight steps from opening a network to understanding how it learns.")
    parts = [f"<h2>{escape(heading)}</h2>", f"<p>{escape(summary)}</p>", "<ol>"]
    for title, text in steps():
        parts.append(f"<li><p><b>{escape(title)}</b><br>{escape(text)}</p></li>")
    parts.append("</ol>")
    return "\n".join(parts)


class GuideDialog(QDialog):
    """The guide in a window of its own; it may stay open beside the main window while one follows it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("Guide", "Getting started"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(560, 600)
