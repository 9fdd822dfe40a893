"""The tutorial's Keras MNIST model, shipped as resources/examples/mnist_mlp.nbn, learns in one epoch.

One epoch of the real thing (60000 images, batch 32, Adam, 20% held out for validation) through the
same API the command line uses; it takes a few seconds.
"""

import numpy as np

import netbuilder as nb
from netbuilder.assets import resource


def test_one_epoch_of_the_mnist_example_beats_90_percent_on_the_test_set():
    net = nb.load(resource("examples", "mnist_mlp.nbn"))
    assert net.dataset == {"kind": "builtin", "name": "mnist", "params": {}}, "the file names its data"
    assert net.training.batch_size == 32 and net.training.validation_split == 0.2

    result = nb.train(net, epochs=1)

    assert result.diverged is None
    assert result.final_on == "test"
    assert result.final["accuracy"] > 0.9, result.final
    epochs = result.run.epochs
    assert len(epochs["loss"]) == 1 and np.isfinite(epochs["loss"][0])
    assert epochs["val_accuracy"][0] > 0.9, "validated on the 12000 images held out"
    # evaluate() reads the same test set back through the file's dataset description.
    again = nb.evaluate(net)
    assert again["accuracy"] == result.final["accuracy"]
