"""Keras-style shortcuts for building a network in a script or notebook.

>>> net = Sequential([Input(2), Dense(3, "sigmoid"), Dense(1, "sigmoid")],
...                  loss="mse", optimizer={"name": "sgd", "learning_rate": 0.5})
>>> [layer.units for layer in net.layers.values()]
[2, 3, 1]
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np

from .layer import Layer
from .network import Network
from .training_config import TrainingConfig


def Input(units: int | None = None, *, shape: Sequence[int] | None = None, name: str | None = None, **kwargs: Any) -> Layer:  # noqa: N802
    """The input layer; ``shape=(28, 28)`` makes a 784-neuron layer shown as an image."""
    if shape is not None:
        dims = tuple(int(d) for d in shape)
        units = math.prod(dims)
        image_shape = dims if len(dims) >= 2 else None
    else:
        image_shape = None
    if units is None:
        raise ValueError("Input needs a size or a shape")
    return Layer(units, "linear", role="input", name=name, image_shape=image_shape, **kwargs)


def Dense(units: int, activation: Any = "linear", **kwargs: Any) -> Layer:  # noqa: N802
    """A fully connected layer (its role becomes 'output' when it is last in a Sequential)."""
    return Layer(units, activation, **kwargs)


def Conv2D(filters: int, kernel_size: Any = 3, strides: Any = 1, padding: str = "valid",  # noqa: N802
           activation: Any = "linear", **kwargs: Any) -> Layer:
    """``filters`` kernels of ``kernel_size`` slid over an image, as Keras's Conv2D (channels last)."""
    return Layer(filters, activation, kind="conv2d", kernel_size=kernel_size, strides=strides, padding=padding,
                 **kwargs)


def MaxPooling2D(pool_size: Any = 2, strides: Any = None, padding: str = "valid", **kwargs: Any) -> Layer:  # noqa: N802
    """The largest value of each window, per channel; ``strides`` default to the pool size."""
    return Layer(1, kind="max_pooling2d", kernel_size=pool_size, strides=strides, padding=padding, **kwargs)


def AveragePooling2D(pool_size: Any = 2, strides: Any = None, padding: str = "valid", **kwargs: Any) -> Layer:  # noqa: N802
    """The mean of each window, per channel; ``strides`` default to the pool size."""
    return Layer(1, kind="average_pooling2d", kernel_size=pool_size, strides=strides, padding=padding, **kwargs)


def Flatten(**kwargs: Any) -> Layer:  # noqa: N802
    """An image as one vector of its values (row by row, channels last), for the Dense layers after it."""
    return Layer(1, kind="flatten", **kwargs)


def Sequential(
    layers: Sequence[Layer],
    *,
    name: str = "Sequential",
    seed: int | None = 0,
    dtype: str = "float64",
    **training: Any,
) -> Network:  # noqa: N802
    """Chain the layers: the first is the input, the last the output, each connected to the next.

    Weights are drawn from each layer's initializer, reproducibly from ``seed``; training
    settings (``loss``, ``optimizer``, ``batch_size``, ``epochs`` ...) go into
    the network's :class:`TrainingConfig`.
    """
    if len(layers) < 2:
        raise ValueError("a network needs at least an input and an output layer")
    config = TrainingConfig(**{"seed": seed, **training}) if training or seed is not None else TrainingConfig()
    net = Network(name, training=config, dtype=dtype, seed=seed)
    previous = None
    for k, layer in enumerate(layers):
        if k == 0 and layer.role != "input":
            layer._apply({"role": "input", "activation": "linear", "use_bias": False})
        elif k == len(layers) - 1 and layer.role != "output":
            layer._apply({"role": "output"})
        net.add_layer(layer)
        if previous is not None:
            net.connect(previous.id, layer.id)
        previous = layer
    return net


def chain(sizes: Sequence[int], activation: str = "sigmoid", output_activation: str | None = None, **kwargs: Any) -> Network:
    """Sequential from sizes alone: ``chain([2, 3, 1], 'sigmoid')``."""
    layers = [Input(sizes[0])]
    for k, units in enumerate(sizes[1:], start=1):
        last = k == len(sizes) - 1
        layers.append(Dense(units, (output_activation or activation) if last else activation))
    return Sequential(layers, **kwargs)


def zeros_like_parameters(net: Network) -> None:
    """Set every weight and bias to zero (the perceptron's usual start)."""
    for cid, c in net.connections.items():
        net.set_weights(cid, np.zeros(c.shape))
    for lid, layer in net.layers.items():
        if layer.role != "input":
            layer.update(bias=np.zeros(layer.units))
