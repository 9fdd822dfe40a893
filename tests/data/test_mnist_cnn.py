"""The shipped CNN, resources/examples/mnist_cnn.nbn, learns MNIST: a quick run on a few hundred images.

The full training (0.991 test accuracy in 10 epochs) is a benchmark, not a test: see bench/bench_cnn.py
and the README. Here: 1,000 training images for 3 epochs, checked on 500 test images.
"""

import numpy as np

import netbuilder as nb
from netbuilder.assets import resource
from netbuilder.data import Dataset


def test_the_mnist_cnn_example_learns_from_a_thousand_images():
    net = nb.load(resource("examples", "mnist_cnn.nbn"))
    assert [layer.kind for layer in net.layers.values()] == [
        "dense", "conv2d", "max_pooling2d", "conv2d", "max_pooling2d", "flatten", "dense", "dense"]
    shapes = [net.shapes()[lid] for lid in net.topological_order()]
    assert shapes == [(28, 28, 1), (26, 26, 16), (13, 13, 16), (11, 11, 32), (5, 5, 32), (800,), (64,), (10,)]
    full = nb.dataset_for(net)
    small = Dataset("MNIST (a few)", full.x[:1000], full.y[:1000], "multiclass", full.x_test[:500], full.y_test[:500],
                    image_shape=(28, 28))
    before = nb.evaluate(net, small)["accuracy"]
    result = nb.train(net, small, epochs=3, validation_split=0.0, record_dataset=False)
    assert result.diverged is None and result.final_on == "test"
    assert result.final["accuracy"] > 0.8 > before + 0.3, (before, result.final)
    assert np.isfinite(result.run.epochs["loss"]).all() and len(result.run.epochs["loss"]) == 3
