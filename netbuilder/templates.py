"""The networks NetBuilder ships: templates for File → New and the files in ``resources/examples``.

Each template is a function returning a fresh :class:`Network`, so the app's
New dialog, the example files and the tests all come from one definition.
``python -m netbuilder.templates DIR`` writes the example files.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import numpy as np

from .i18n import QT_TRANSLATE_NOOP
from .model.builders import Conv2D, Dense, Flatten, Input, MaxPooling2D, Sequential
from .model.network import Network

#: The worked example's parameters (``../shared/reference/worked_example.json``): chosen so that the
#: prediction for the part with length 0.1 and width 0.2 is the tutorial's 0.867.
WORKED_EXAMPLE = {
    "input": [0.1, 0.2],
    "target": [1.0],
    "W1": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]],
    "b1": [0.1, 0.2, 0.3],
    "W2": [[0.4], [0.5], [0.6]],
    "b2": [1.0],
    "learning_rate": 0.5,
}


def empty() -> Network:
    return Network("Untitled")


def worked_example() -> Network:
    """The 2-3-1 sigmoid network of the tutorial's hand calculation, with its one sample."""
    w = WORKED_EXAMPLE
    net = Sequential(
        [
            Input(2, name="Input (length, width)"),
            Dense(3, "sigmoid", name="Hidden", bias=w["b1"]),
            Dense(1, "sigmoid", name="Output (service life)", bias=w["b2"]),
        ],
        name="Worked example",
        loss="mse",
        optimizer={"name": "sgd", "learning_rate": w["learning_rate"]},
        batch_size=1,
        epochs=100,
        shuffle=False,
    )
    c1, c2 = list(net.connections)
    net.set_weights(c1, w["W1"])
    net.set_weights(c2, w["W2"])
    net.description = (
        "A part's length (0.1) and width (0.2) predict its service life. One step of gradient descent "
        "with learning rate 0.5 on this one sample is the tutorial's worked example: prediction 0.867, "
        "target 1. Open the walkthrough to follow every number."
    )
    net.dataset = {
        "kind": "inline",
        "name": "worked example",
        "x": np.array([w["input"]]),
        "y": np.array([w["target"]]),
        "task": "regression",
        "feature_names": ["length", "width"],
        "target_names": ["service life"],
    }
    return net


def xor() -> Network:
    """A 2-4-1 network that learns XOR, which no single perceptron can."""
    net = Sequential(
        [Input(2, name="Input"), Dense(4, "tanh", name="Hidden"), Dense(1, "sigmoid", name="Output")],
        name="XOR",
        loss="binary_crossentropy",
        optimizer={"name": "adam", "learning_rate": 0.05},
        batch_size=None,
        epochs=300,
        seed=1,
    )
    net.description = "XOR: 1 when exactly one input is 1. A hidden layer bends the decision boundary so it can be learned."
    net.dataset = {"kind": "builtin", "name": "xor", "params": {}}
    return net


def perceptron(gate: str = "and") -> Network:
    """One step neuron with two inputs (one for NOT), trained by the perceptron rule."""
    inputs = 1 if gate == "not" else 2
    net = Sequential(
        [Input(inputs, name="Input"), Dense(1, "step", name="Output", kernel_initializer="zeros")],
        name=f"Perceptron ({gate.upper()})",
        loss="mse",
        optimizer={"name": "sgd", "learning_rate": 1.0},
        batch_size=1,
        epochs=20,
        shuffle=False,
    )
    if gate == "xor":
        net.description = (
            "A single perceptron cannot learn XOR: no straight line separates its classes. "
            "Train it and watch it fail; then open xor.nbn, which has a hidden layer."
        )
    else:
        net.description = f"Rosenblatt's perceptron learns the {gate.upper()} truth table in a few epochs."
    net.dataset = {"kind": "builtin", "name": gate, "params": {}}
    return net


def mnist_mlp() -> Network:
    """The tutorial's Keras model: Flatten(28×28) → Dense(128, relu) → Dense(64, relu) → Dense(10, softmax)."""
    net = Sequential(
        [
            Input(shape=(28, 28), name="Flatten (28×28)"),
            Dense(128, "relu", name="Dense 128"),
            Dense(64, "relu", name="Dense 64"),
            Dense(10, "softmax", name="Digits"),
        ],
        name="MNIST MLP",
        loss="categorical_crossentropy",
        optimizer="adam",
        batch_size=32,
        epochs=5,
        validation_split=0.2,
        seed=0,
        dtype="float32",
    )
    net.description = (
        "The tutorial's Keras MNIST model: 784-128-64-10 with ReLU and softmax, Adam, categorical "
        "cross-entropy, 5 epochs of batch 32 with 20% of the training images held out for validation. "
        "Keras reports test accuracy 0.9741."
    )
    net.dataset = {"kind": "builtin", "name": "mnist", "params": {}}
    return net


def mnist_cnn() -> Network:
    """A small convolutional network for MNIST: two 3×3 convolutions with max pooling, then two dense layers."""
    net = Sequential(
        [
            Input(shape=(28, 28, 1), name="Image 28×28"),
            Conv2D(16, 3, activation="relu", kernel_initializer="he_uniform", name="Conv 16"),
            MaxPooling2D(2, name="Pool 1"),
            Conv2D(32, 3, activation="relu", kernel_initializer="he_uniform", name="Conv 32"),
            MaxPooling2D(2, name="Pool 2"),
            Flatten(name="Flatten"),
            Dense(64, "relu", kernel_initializer="he_uniform", dropout=0.25, name="Dense 64"),
            Dense(10, "softmax", name="Digits"),
        ],
        name="MNIST CNN",
        loss="categorical_crossentropy",
        optimizer="adam",
        batch_size=32,
        epochs=10,  # test accuracy 0.9898 after 6 epochs, 0.9905 after 7, 0.9908 after 10
        validation_split=0.1,
        seed=0,
        dtype="float32",
    )
    net.description = (
        "A small convolutional network (卷积神经网络) for MNIST: Conv2D 16 3×3 → MaxPooling 2 → Conv2D 32 3×3 → "
        "MaxPooling 2 → Flatten → Dense 64 (dropout 0.25) → Dense 10 softmax, Adam, batch 32, 10 epochs with 10% of "
        "the training images held out for validation. About 0.99 test accuracy."
    )
    net.dataset = {"kind": "builtin", "name": "mnist", "params": {}}
    return net


#: name -> (title shown in the app, factory, file name in resources/examples or None)
TEMPLATES: dict[str, tuple[str, Callable[[], Network], str | None]] = {
    "empty": (QT_TRANSLATE_NOOP("Templates", "Empty network"), empty, None),
    "worked_example": (QT_TRANSLATE_NOOP("Templates", "2-3-1 worked example"), worked_example, "worked_example.nbn"),
    "xor": (QT_TRANSLATE_NOOP("Templates", "XOR (2-4-1)"), xor, "xor.nbn"),
    "perceptron": (QT_TRANSLATE_NOOP("Templates", "Perceptron (AND)"), lambda: perceptron("and"),
                   "perceptron_and.nbn"),
    "perceptron_or": (QT_TRANSLATE_NOOP("Templates", "Perceptron (OR)"), lambda: perceptron("or"), "perceptron_or.nbn"),
    "perceptron_not": (QT_TRANSLATE_NOOP("Templates", "Perceptron (NOT)"), lambda: perceptron("not"),
                       "perceptron_not.nbn"),
    "perceptron_xor": (QT_TRANSLATE_NOOP("Templates", "Perceptron fails on XOR"), lambda: perceptron("xor"),
                       "perceptron_xor.nbn"),
    "mnist_mlp": (QT_TRANSLATE_NOOP("Templates", "MNIST MLP (784-128-64-10)"), mnist_mlp, "mnist_mlp.nbn"),
    "mnist_cnn": (QT_TRANSLATE_NOOP("Templates", "MNIST CNN (Conv 16 → Conv 32 → Dense)"), mnist_cnn, "mnist_cnn.nbn"),
}


#: The English texts of the shipped networks — their names, descriptions and layer names — marked for
#: translation: the app shows a template or an example in the window's language (:func:`localize`).
TEXTS = (
    QT_TRANSLATE_NOOP("Examples", "Untitled"),
    QT_TRANSLATE_NOOP("Examples", "Worked example"),
    QT_TRANSLATE_NOOP("Examples", "A part's length (0.1) and width (0.2) predict its service life. One step of "
                                  "gradient descent with learning rate 0.5 on this one sample is the tutorial's "
                                  "worked example: prediction 0.867, target 1. Open the walkthrough to follow "
                                  "every number."),
    QT_TRANSLATE_NOOP("Examples", "Input (length, width)"),
    QT_TRANSLATE_NOOP("Examples", "Hidden"),
    QT_TRANSLATE_NOOP("Examples", "Output (service life)"),
    QT_TRANSLATE_NOOP("Examples", "XOR"),
    QT_TRANSLATE_NOOP("Examples", "XOR: 1 when exactly one input is 1. A hidden layer bends the decision boundary "
                                  "so it can be learned."),
    QT_TRANSLATE_NOOP("Examples", "Input"),
    QT_TRANSLATE_NOOP("Examples", "Output"),
    QT_TRANSLATE_NOOP("Examples", "Perceptron (AND)"),
    QT_TRANSLATE_NOOP("Examples", "Perceptron (OR)"),
    QT_TRANSLATE_NOOP("Examples", "Perceptron (NOT)"),
    QT_TRANSLATE_NOOP("Examples", "Perceptron (XOR)"),
    QT_TRANSLATE_NOOP("Examples", "Rosenblatt's perceptron learns the AND truth table in a few epochs."),
    QT_TRANSLATE_NOOP("Examples", "Rosenblatt's perceptron learns the OR truth table in a few epochs."),
    QT_TRANSLATE_NOOP("Examples", "Rosenblatt's perceptron learns the NOT truth table in a few epochs."),
    QT_TRANSLATE_NOOP("Examples", "A single perceptron cannot learn XOR: no straight line separates its classes. "
                                  "Train it and watch it fail; then open xor.nbn, which has a hidden layer."),
    QT_TRANSLATE_NOOP("Examples", "MNIST MLP"),
    QT_TRANSLATE_NOOP("Examples", "The tutorial's Keras MNIST model: 784-128-64-10 with ReLU and softmax, Adam, "
                                  "categorical cross-entropy, 5 epochs of batch 32 with 20% of the training images "
                                  "held out for validation. Keras reports test accuracy 0.9741."),
    QT_TRANSLATE_NOOP("Examples", "Flatten (28×28)"),
    QT_TRANSLATE_NOOP("Examples", "Dense 128"),
    QT_TRANSLATE_NOOP("Examples", "Dense 64"),
    QT_TRANSLATE_NOOP("Examples", "Digits"),
    QT_TRANSLATE_NOOP("Examples", "MNIST CNN"),
    QT_TRANSLATE_NOOP("Examples", "A small convolutional network (卷积神经网络) for MNIST: Conv2D 16 3×3 → "
                                  "MaxPooling 2 → Conv2D 32 3×3 → MaxPooling 2 → Flatten → Dense 64 (dropout 0.25) "
                                  "→ Dense 10 softmax, Adam, batch 32, 10 epochs with 10% of the training images held "
                                  "out for validation. About 0.99 test accuracy."),
    QT_TRANSLATE_NOOP("Examples", "Image 28×28"),
    QT_TRANSLATE_NOOP("Examples", "Conv 16"),
    QT_TRANSLATE_NOOP("Examples", "Pool 1"),
    QT_TRANSLATE_NOOP("Examples", "Conv 32"),
    QT_TRANSLATE_NOOP("Examples", "Pool 2"),
    QT_TRANSLATE_NOOP("Examples", "Flatten"),
)


def localize(net: Network, translate: Callable[[str, str], str]) -> Network:
    """Put the network's shipped English texts (name, description, layer names) into the language of
    ``translate`` (``netbuilder.i18n.translate``); texts a user wrote are left alone. For a fresh template or
    an example copy, before it is shown."""
    known = set(TEXTS)

    def shown(text: str) -> str:
        return translate("Examples", text) if text in known else text

    net.name = shown(net.name)
    if net.description:
        net.description = shown(net.description)
    taken = {layer.name for layer in net.layers.values()}
    for layer in list(net.layers.values()):
        name = shown(layer.name)
        if name != layer.name and name not in taken:
            taken.discard(layer.name)
            net.update_layer(layer.id, name=name)
            taken.add(name)
    return net


def example_title(filename: str) -> str:
    """The title of a shipped example file (untranslated; the app translates it in the "Templates" context)."""
    for title, _, name in TEMPLATES.values():
        if name == filename:
            return title
    return Path(filename).stem.replace("_", " ").capitalize()


def write_examples(directory: Path) -> list[Path]:
    from .io.nbn import save

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for _, factory, filename in TEMPLATES.values():
        if filename:
            written.append(save(factory(), directory / filename))
    return written


if __name__ == "__main__":  # pragma: no cover - maintenance script
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "examples"
    for p in write_examples(target):
        print(p)
