"""Comparing initialisations, learning rates and seeds: N labelled runs of the same network on the same data."""

import numpy as np

import netbuilder as nb
from netbuilder import templates
from netbuilder.compare import Variant, compare, initializations, learning_rates, seeds, variant_network


def xor_net():
    net = templates.xor()
    net.set_training(epochs=60, batch_size=None, optimizer={"name": "adam", "learning_rate": 0.05})
    return net


def test_four_initialisations_give_four_labelled_runs():
    net = xor_net()
    before = net.get_parameters()
    results = compare(net, initializations(), "xor", target_loss=0.3)
    assert [r.variant.label for r in results] == ["zeros", "small random (σ = 0.01)", "Glorot uniform", "He normal"]
    assert net.get_parameters().equals(before), "the network compared is not changed"
    zeros = results[0]
    assert zeros.final["accuracy"] <= 0.75, "all-zero weights keep every hidden unit the same: XOR stays unsolved"
    assert all(len(r.run.epochs["loss"]) == 60 for r in results)
    reached = [r.epochs_to_target for r in results]
    assert reached[0] is None and any(e is not None for e in reached[2:])


def test_variants_change_one_thing():
    net = xor_net()
    zeros = variant_network(net, Variant("z", {"kernel_initializer": "zeros"}))
    assert all(np.all(c.weights == 0) for c in zeros.connections.values())
    fast = variant_network(net, learning_rates(0.05)[2])
    assert fast.training.learning_rate == 0.5 and fast.get_parameters().equals(net.get_parameters())
    a, b = (variant_network(net, v) for v in seeds(2))
    assert not a.get_parameters().equals(b.get_parameters())
    results = compare(net, learning_rates(0.05, (0.01, 1.0)), "xor")
    assert results[0].final["loss"] > results[1].final["loss"], "a learning rate 100 times smaller learns less"
